"""Author lists in natural order joined by a conjunction of the document's language."""

from __future__ import annotations

import pytest

from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.namelist import split_names


@pytest.mark.parametrize(
    ("names", "people"),
    [
        pytest.param(
            "Ásdís B. Ólafsdóttir, Páll Einarsson og Hrund Jónsdóttir",
            ("Ásdís B. Ólafsdóttir", "Páll Einarsson", "Hrund Jónsdóttir"),
            id="icelandic-og",
        ),
        pytest.param(
            "Karin Lindqvist och Erik Sandberg", ("Karin Lindqvist", "Erik Sandberg"), id="och"
        ),
        pytest.param(
            "Pieter de Wet, Anna Botha en Johan Marais",
            ("Pieter de Wet", "Anna Botha", "Johan Marais"),
            id="afrikaans-en-particle",
        ),
        pytest.param(
            "Rhian Morgan a Dafydd Hughes", ("Rhian Morgan", "Dafydd Hughes"), id="welsh-a"
        ),
        pytest.param(
            "Hanna Berg og Strand, K. L.", ("Hanna Berg", "Strand, K. L."), id="mixed-forms"
        ),
        pytest.param(
            "R. J. Tovey, S. A. Mills and P. K. Oduya",
            ("R. J. Tovey", "S. A. Mills", "P. K. Oduya"),
            id="initials-first",
        ),
    ],
)
def test_split_names(names: str, people: tuple[str, ...]) -> None:
    assert split_names(names) == people


@pytest.mark.parametrize(
    ("text", "authors", "title", "year", "container"),
    [
        pytest.param(
            "Ásdís B. Ólafsdóttir, Páll Einarsson og Hrund Jónsdóttir (2018). Skjálftavirkni "
            "við Kröflu 2010–2017. Reykjavík: Veðurstofa Íslands.",
            ("Ásdís B. Ólafsdóttir", "Páll Einarsson", "Hrund Jónsdóttir"),
            "Skjálftavirkni við Kröflu 2010–2017",
            2018,
            None,
            id="apa-icelandic-og",
        ),
        pytest.param(
            "Karin Lindqvist, Erik Sandberg och Maja Holm (2019). Kustens sediment. "
            "_Geologiska Föreningens Förhandlingar_, 141(2), 88–97.",
            ("Karin Lindqvist", "Erik Sandberg", "Maja Holm"),
            "Kustens sediment",
            2019,
            "Geologiska Föreningens Förhandlingar",
            id="apa-swedish-och-journal",
        ),
        pytest.param(
            "Hanna Berg og Strand, K. L. (2021). Fjordis og klima. _Naturen_, 145(3), 12–20.",
            ("Hanna Berg", "Strand, K. L."),
            "Fjordis og klima",
            2021,
            "Naturen",
            id="apa-mixed-name-forms",
        ),
        pytest.param(
            'Tomas Ruiz, Elif Demir, Noor Haddad, and Sven Aho. "Retry Storms in Service '
            'Meshes." _ACM Queue_ 19, no. 2 (2021): 40–58.',
            ("Tomas Ruiz", "Elif Demir", "Noor Haddad", "Sven Aho"),
            "Retry Storms in Service Meshes",
            2021,
            "ACM Queue",
            id="quoted-title-journal",
        ),
        pytest.param(
            'Mira Kell, Otto Brandt, Lena Virtanen, and Raj Iyer. "Deterministic Replay for '
            'Flaky Builds." In _Proceedings of the 9th Workshop on Build Systems (WBS 2020)_, '
            "12–21. 2020.",
            ("Mira Kell", "Otto Brandt", "Lena Virtanen", "Raj Iyer"),
            "Deterministic Replay for Flaky Builds",
            2020,
            "Proceedings of the 9th Workshop on Build Systems (WBS 2020)",
            id="quoted-title-proceedings-acronym-year",
        ),
        pytest.param(
            "Pieter de Wet, Anna Botha en Johan Marais. _Die Karoo se Fossiele_. Kaapstad: "
            "Struik, 2015.",
            ("Pieter de Wet", "Anna Botha", "Johan Marais"),
            "Die Karoo se Fossiele",
            2015,
            None,
            id="book-afrikaans-en",
        ),
        pytest.param(
            "Kari Nordmann, Ola Hansen og Per Berg (2016) Fjordenes økologi. Bergen: "
            "Fagbokforlaget.",
            ("Kari Nordmann", "Ola Hansen", "Per Berg"),
            "Fjordenes økologi",
            2016,
            None,
            id="harvard-norwegian-og",
        ),
        pytest.param(
            "Liisa Korhonen, Mikko Laine ja Anni Salo (2020) 'Itämeren jää', Geofysiikka, "
            "12(3), pp. 4-9.",
            ("Liisa Korhonen", "Mikko Laine", "Anni Salo"),
            "Itämeren jää",
            2020,
            "Geofysiikka",
            id="harvard-finnish-ja-quoted",
        ),
        pytest.param(
            "Kari Nordmann, Ola Hansen og Per Berg, Fjordenes økologi, Bergen 2016.",
            ("Kari Nordmann", "Ola Hansen", "Per Berg"),
            "Fjordenes økologi",
            2016,
            None,
            id="comma-form-og",
        ),
        pytest.param(
            "Anna Botha en Johan Marais, Die Karoo se Fossiele, Kaapstad 2015.",
            ("Anna Botha", "Johan Marais"),
            "Die Karoo se Fossiele",
            2015,
            None,
            id="comma-form-afrikaans-en",
        ),
        pytest.param(
            "Karin Lindqvist och Erik Sandberg: Kustens sediment, Uppsala 2014.",
            ("Karin Lindqvist", "Erik Sandberg"),
            "Kustens sediment",
            2014,
            None,
            id="colon-form-och",
        ),
        pytest.param(
            "Nadia Roy, Arjun Mehta, and Clara Voss, eds. _Operating Large Fleets: Practice "
            "and Pitfalls_. Boston: Addison-Wesley, 2019.",
            ("Nadia Roy", "Arjun Mehta", "Clara Voss"),
            "Operating Large Fleets: Practice and Pitfalls",
            2019,
            None,
            id="editors-book",
        ),
    ],
)
def test_natural_order_list(
    text: str, authors: tuple[str, ...], title: str, year: int, container: str | None
) -> None:
    ref = parse_reference(text, (1,), detect_styles=True)
    assert ref.authors == authors
    assert ref.title == title
    assert ref.year == year
    assert ref.host == container
    assert not ref.anomalies


def test_an_edited_book_keeps_its_imprint() -> None:
    ref = parse_reference(
        "Nadia Roy, Arjun Mehta, and Clara Voss, eds. _Operating Large Fleets_. Boston: "
        "Addison-Wesley, 2019.",
        (1,),
        detect_styles=True,
    )
    assert (ref.place, ref.publisher) == ("Boston", "Addison-Wesley")
