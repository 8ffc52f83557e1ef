"""Notes and entries with family names in capitals (ČSN ISO 690, NP 405, ABNT), table-driven:
several names joined by commas or "a", "a kol." for et al., a lead-in of prose words before
the names, and NP 405's dash before the title (not GOST's area dash)."""

from __future__ import annotations

import pytest

from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.shared import place_publisher

NOTES = [
    (
        "csn-commas",
        "LUX, M., SUNEGA, P. Housing affordability in Czech cities. Czech Sociological Review."
        " 2020, roč. 56, č. 4, s. 503–531.",
        ["LUX, M", "SUNEGA, P"],
        "Housing affordability in Czech cities",
        2020,
        "article",
    ),
    (
        "csn-a-kol",
        "HULMÁK, M. a kol. Občanský zákoník VI. Závazkové právo. Komentář. Praha: C. H. Beck,"
        " 2014, s. 412–415.",
        ["HULMÁK, M"],
        # (a commentary's title runs to its imprint: its part and "Komentář" are its own)
        "Občanský zákoník VI. Závazkové právo. Komentář",
        2014,
        "book",
    ),
    (
        "csn-lead-in-prose",
        "K lhůtě podrobně KABELKOVÁ, E., DEJL, T. Nájem bytu a domu. 2. vyd. Praha: C. H. Beck,"
        " 2019, s. 88.",
        ["KABELKOVÁ, E", "DEJL, T"],
        "Nájem bytu a domu",
        2019,
        "book",
    ),
    (
        "csn-lead-in-srov",
        "K německé zkušenosti srov. BÖRSTINGHAUS, U. Mietpreisbremse in der Praxis. München:"
        " C. H. Beck, 2015.",
        ["BÖRSTINGHAUS, U"],
        "Mietpreisbremse in der Praxis",
        2015,
        "book",
    ),
    (
        "np405-dash-lead-in",
        "Para a discussão europeia, ver KERTZER, David I. – Sacrificed for honor: Italian infant"
        " abandonment. Boston: Beacon Press, 1993.",
        ["KERTZER, David I"],
        "Sacrificed for honor: Italian infant abandonment",
        1993,
        "book",
    ),
    (
        "np405-particle",
        "SÁ, Isabel dos Guimarães – A circulação de crianças na Europa do Sul. Lisboa: Fundação"
        " Calouste Gulbenkian, 1995.",
        ["SÁ, Isabel dos Guimarães"],
        "A circulação de crianças na Europa do Sul",
        1995,
        "book",
    ),
    (
        "np405-article-lead-in",
        "Cf.  ARAÚJO, Maria Marta Lobo de – A infância desvalida em Portugal no século XIX."
        " Revista Portuguesa de História. 44 (2013) 125-148.",
        ["ARAÚJO, Maria Marta Lobo de"],
        "A infância desvalida em Portugal no século XIX",
        2013,
        "article",
    ),
    (
        "np405-wrapped-lines",
        "Para a discussão europeia, ver KERTZER, David I. – Sacrificed for honor: Italian\n"
        "infant abandonment. Boston: Beacon Press,\n1993.",
        ["KERTZER, David I"],
        "Sacrificed for honor: Italian infant abandonment",
        1993,
        "book",
    ),
    (
        "vancouver-initials-are-no-caps-name",
        "Czeisler CA, Gooley JJ. Sleep and circadian rhythms in humans. Cold Spring Harb Symp"
        " Quant Biol. 2007;72:579-97.",
        ["Czeisler CA", "Gooley JJ"],
        "Sleep and circadian rhythms in humans",
        2007,
        "article",
    ),
    (
        "abnt-semicolons",
        "OLIVEIRA, Fernanda R.; ALMEIDA, Pedro S. Ensaio sobre redes. Revista Brasileira, v. 5,"
        " n. 2, p. 10-20, 2019.",
        ["OLIVEIRA, Fernanda R", "ALMEIDA, Pedro S"],
        "Ensaio sobre redes",
        2019,
        "article",
    ),
]


@pytest.mark.parametrize(
    ("text", "authors", "title", "year", "kind"),
    [case[1:] for case in NOTES],
    ids=[case[0] for case in NOTES],
)
def test_caps_note(text: str, authors: list[str], title: str, year: int, kind: str) -> None:
    ref = parse_reference(text, tuple(range(1, text.count("\n") + 2)), note=True)
    assert (list(ref.authors), ref.title, ref.year, ref.kind.value) == (
        authors,
        title,
        year,
        kind,
    )


@pytest.mark.parametrize(
    ("text", "who", "title"),
    [
        (
            "Rijkswaterstaat, ‘Ruimte voor de Rivier’, geraadpleegd 2 oktober 2023,"
            " https://www.rijkswaterstaat.nl/water/rivier.",
            "Rijkswaterstaat",
            "Ruimte voor de Rivier",
        ),
        (
            "Statistik Austria, „Wohnen 2022“, Wien 2023, S. 14.",
            "Statistik Austria",
            "Wohnen 2022",
        ),
        ("Riksarkivet, ”Kyrkoarkiv”, hämtad 3 maj 2022.", "Riksarkivet", "Kyrkoarkiv"),
    ],
    ids=["single-quotes", "german-quotes", "swedish-quotes"],
)
def test_organisation_then_quoted_title(text: str, who: str, title: str) -> None:
    ref = parse_reference(text, (1,), note=True)
    assert (list(ref.authors), ref.title) == ([who], title)


def test_gost_dash_stays_gost() -> None:
    text = "Иванов, И. И. История города / И. И. Иванов. – М. : Наука, 2019. – 256 с."
    assert parse_reference(text, (1,), note=True).style == "gost"


def test_a_capitalised_lead_in_word_is_no_lead_in() -> None:
    # two names in capitals: the first is no lead-in word, the reference is not read as caps
    ref = parse_reference("NATO and EU papers KERTZER, David I. – Title. Boston: X, 1993.", (1,))
    assert ref.style != "caps"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Praha: C. H. Beck, 2014", ("Praha", "C. H. Beck")),
        ("New York: W. W. Norton. 2010", ("New York", "W. W. Norton")),
        ("London: Verso. Second edition", ("London", "Verso")),
        ("Paris: A. Colin, 1990", ("Paris", "A. Colin")),
    ],
    ids=["czech-initials", "norton", "period-ends", "one-initial"],
)
def test_publisher_with_initials(text: str, expected: tuple[str, str]) -> None:
    assert place_publisher(text) == expected


def test_a_slash_inside_an_italic_title_is_text() -> None:
    text = (
        "Stjepan Damjanović, _Slovo iskona: staroslavenska/starohrvatska čitanka_, 2. izd.,"
        " Zagreb: Matica hrvatska, 2008, 45."
    )
    ref = parse_reference(text, (1,), note=True)
    assert ref.title == "Slovo iskona: staroslavenska/starohrvatska čitanka"


@pytest.mark.parametrize(
    ("text", "who", "title", "year"),
    [
        (
            "Department for Energy Security and Net Zero (2023) *Boiler Upgrade Scheme: grant\n"
            "increase to £7,500*. Available at: https://www.gov.uk/x (Accessed: 3 March 2024).",
            "Department for Energy Security and Net Zero",
            "Boiler Upgrade Scheme: grant increase to £7,500",
            2023,
        ),
        (
            "Ofgem (2022) 'Energy price cap explained'. Available at: https://www.ofgem.gov.uk/x.",
            "Ofgem",
            "Energy price cap explained",
            2022,
        ),
    ],
    ids=["italic-title-wrapped", "quoted-title"],
)
def test_harvard_notes_with_a_marked_title(text: str, who: str, title: str, year: int) -> None:
    ref = parse_reference(text, tuple(range(1, text.count("\n") + 2)), note=True)
    assert (list(ref.authors), ref.title, ref.year) == ([who], title, year)


def test_a_note_with_a_low_quoted_title_is_chicago_not_bluebook() -> None:
    text = (
        "Tomislav Galović, „Bašćanska ploča – 'kamena krsna isprava' hrvatskoga naroda“,"
        " _Hrvatska revija_ 18 (2018), br. 2, 4–11."
    )
    ref = parse_reference(text, (1,), note=True)
    assert ref.title == "Bašćanska ploča – 'kamena krsna isprava' hrvatskoga naroda"
    assert ref.year == 2018
