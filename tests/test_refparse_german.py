"""German humanities / DIN 1505 references (``Surname, Given: Title, Place Year``) and the
ibidem forms of other languages."""

from __future__ import annotations

import pytest

from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.repeat import _IBID


@pytest.mark.parametrize(
    ("text", "authors", "title", "year", "extra"),
    [
        (
            "Seibel, Wolfgang: Verwaltete Illusionen. Die Privatisierung der DDR-Wirtschaft "
            "1990–2000, Frankfurt a. M./New York 2005, S. 112.",
            ("Seibel, Wolfgang",),
            "Verwaltete Illusionen. Die Privatisierung der DDR-Wirtschaft 1990–2000",
            2005,
            {"place": "Frankfurt a. M./New York", "pages": "112"},
        ),
        (
            "Fischer, Wolfram/Hax, Herbert/Schneider, Hans Karl (Hrsg.): Treuhandanstalt. Das "
            "Unmögliche wagen, Berlin 1993.",
            ("Fischer, Wolfram", "Hax, Herbert", "Schneider, Hans Karl"),
            "Treuhandanstalt. Das Unmögliche wagen",
            1993,
            {"place": "Berlin"},
        ),
        (
            "Müller, Hans: Der Hafen als Institution, in: Zeitschrift für "
            "Unternehmensgeschichte 45 (2000), S. 3–20.",
            ("Müller, Hans",),
            "Der Hafen als Institution",
            2000,
            {"host": "Zeitschrift für Unternehmensgeschichte", "volume": "45", "pages": "3–20"},
        ),
        (
            "Schmidt, Anna: Hafenarbeit, in: Meyer, Karl (Hrsg.): Handbuch der Häfen, "
            "Hamburg 2001, S. 10–30.",
            ("Schmidt, Anna",),
            "Hafenarbeit",
            2001,
            {"host": "Handbuch der Häfen", "place": "Hamburg"},
        ),
        (
            "Kleppmann, M.: Designing Data-Intensive Applications. Sebastopol: O'Reilly, 2017.",
            ("Kleppmann, M.",),
            "Designing Data-Intensive Applications",
            2017,
            {"place": "Sebastopol", "publisher": "O'Reilly"},
        ),
        (
            "Bass, L.; Clements, P.; Kazman, R.: Software Architecture in Practice. 4. Aufl., "
            "Boston: Addison-Wesley, 2021.",
            ("Bass, L.", "Clements, P.", "Kazman, R."),
            "Software Architecture in Practice",
            2021,
            {"publisher": "Addison-Wesley"},
        ),
        (
            "Starke, G.; Hruschka, P.: arc42 – Vorlage für Architekturdokumentation. "
            "Version 8.2, 2023.",
            ("Starke, G.", "Hruschka, P."),
            "arc42 – Vorlage für Architekturdokumentation",
            2023,
            {},
        ),
        (
            "Deutscher Bundestag: Beschlussempfehlung und Bericht des 2. "
            "Untersuchungsausschusses, Drucksache 12/8404, Bonn 1994.",
            ("Deutscher Bundestag",),
            "Beschlussempfehlung und Bericht des 2. Untersuchungsausschusses",
            1994,
            {},
        ),
        (
            "Fowler, M.: CQRS. Blog-Artikel, 14.07.2011. https://martinfowler.com/bliki/CQRS.html",
            ("Fowler, M.",),
            "CQRS",
            2011,
            {},
        ),
    ],
    ids=[
        "monograph",
        "editors",
        "article",
        "chapter",
        "din",
        "edition",
        "no-place",
        "organisation",
        "dated-post",
    ],
)
def test_german_references(
    text: str, authors: tuple[str, ...], title: str, year: int, extra: dict[str, str]
) -> None:
    ref = parse_reference(text, (1,), detect_styles=True)
    assert (ref.style, ref.authors, ref.title, ref.year) == ("german", authors, title, year)
    for name, value in extra.items():
        assert getattr(ref, name) == value, name


@pytest.mark.parametrize(
    "text",
    [
        "Desmond, Matthew. Evicted: Poverty and Profit in the American City. New York: Crown, "
        "2016.",
        "Markus Krajewski, Paper Machines: About Cards & Catalogs, 1548–1929 (Cambridge, MA: "
        "MIT Press, 2011), 12.",
        "Smith, J. (2020). Trade: A history. London: Routledge.",
        "Nature: International Weekly Journal of Science. London: Macmillan.",
    ],
    ids=["chicago-entry", "chicago-note", "apa", "no-author"],
)
def test_other_styles_with_a_colon_are_not_german(text: str) -> None:
    assert parse_reference(text, (1,), detect_styles=True).style != "german"


@pytest.mark.parametrize(
    ("note", "locator"),
    [
        ("Ebd., S. 152.", "S. 152."),
        ("ebenda, S. 9", "S. 9"),
        ("Ibíd., p. 4.", "p. 4."),
        ("Tamże, s. 7.", "s. 7."),
        ("Там само. С. 12.", "С. 12."),
        ("Ibid.", ""),
    ],
    ids=["ebd", "ebenda", "spanish", "polish", "ukrainian", "latin"],
)
def test_ibidem_in_other_languages(note: str, locator: str) -> None:
    m = _IBID.match(note)
    assert m is not None and m.group("locator") == locator


@pytest.mark.parametrize(
    ("text", "authors", "title", "year"),
    [
        (
            "Hans Leicht: Mühlen im Grabfeld. Geschichte und Technik. Verlag Mainfranken, "
            "Würzburg 1998, S. 45.",
            ("Hans Leicht",),
            "Mühlen im Grabfeld. Geschichte und Technik",
            1998,
        ),
        ("Leicht: Mühlen im Grabfeld. S. 47 f.", ("Leicht",), "Mühlen im Grabfeld", None),
        (
            "Anna Roth und Karl Weiß: Die Streu. Ein Fluss und seine Mühlen, Bad Neustadt 2010.",
            ("Anna Roth", "Karl Weiß"),
            "Die Streu. Ein Fluss und seine Mühlen",
            2010,
        ),
    ],
    ids=["wikipedia-book", "short-reference", "two-authors"],
)
def test_natural_order_german_references(
    text: str, authors: tuple[str, ...], title: str, year: int | None
) -> None:
    ref = parse_reference(text, (1,), detect_styles=True)
    assert (ref.style, ref.authors, ref.title, ref.year) == ("german", authors, title, year)


# German Wikipedia's forms with no place: a publisher and year after the title's sentence,
# initials in the names (with or without their period), "u. a." and "(Hrsg.)" after them,
# and the short form "Name: Title. Year, S. n."
@pytest.mark.parametrize(
    ("text", "authors", "title", "year", "publisher", "pages"),
    [
        (
            "J. Michael Hartley: Wasserräder und Windmühlen: Eine Technikgeschichte. Campus "
            "Verlag, 2009, ISBN 978-3-593-38812-4, S. 17, 22.",
            ("J. Michael Hartley",),
            "Wasserräder und Windmühlen: Eine Technikgeschichte",
            2009,
            "Campus Verlag",
            "17",
        ),
        (
            "Frank L Osterberg: Coastal Artillery of the Baltic. Naval Institute Press, 2004, "
            "ISBN 978-1-55750-000-0, S. 9.",
            ("Frank L Osterberg",),
            "Coastal Artillery of the Baltic",
            2004,
            "Naval Institute Press",
            "9",
        ),
        (
            "Lisa Moreau (Hrsg.): Handbuch der Glockengießerei. Verlag Schnell, 2015, S. 33.",
            ("Lisa Moreau",),
            "Handbuch der Glockengießerei",
            2015,
            "Verlag Schnell",
            "33",
        ),
        (
            "Peter Hahn, Maria Kolb: Die Flößerei am Main. Echter, 1999, S. 12–14.",
            ("Peter Hahn", "Maria Kolb"),
            "Die Flößerei am Main",
            1999,
            "Echter",
            "12–14",
        ),
        (
            "Ortmann: Die Talsperre. 2011, S. 58–59.",
            ("Ortmann",),
            "Die Talsperre",
            2011,
            None,
            "58–59",
        ),
        (
            "Keller u. a.: Das Zeughaus. 1962, S. 214.",
            ("Keller",),
            "Das Zeughaus",
            1962,
            None,
            "214",
        ),
        (
            "Thomas W. Ruhl: History of the Survey Office. 1987.",
            ("Thomas W. Ruhl",),
            "History of the Survey Office",
            1987,
            None,
            None,
        ),
    ],
    ids=[
        "initial-first",
        "initial-no-period",
        "editor",
        "two-authors",
        "short",
        "u-a",
        "title-year",
    ],
)
def test_german_wikipedia_references_without_a_place(
    text: str,
    authors: tuple[str, ...],
    title: str,
    year: int,
    publisher: str | None,
    pages: str | None,
) -> None:
    ref = parse_reference(text, (1,), detect_styles=True)
    assert (ref.style, ref.authors, ref.title, ref.year) == ("german", authors, title, year)
    assert (ref.publisher, ref.pages) == (publisher, pages)


@pytest.mark.parametrize(
    ("text", "authors", "title", "year", "publisher", "place"),
    [
        (
            "Böick, Marcus (2018): Die Treuhand. Idee – Praxis – Erfahrung 1990–1994, "
            "Göttingen: Wallstein.",
            ("Böick, Marcus",),
            "Die Treuhand. Idee – Praxis – Erfahrung 1990–1994",
            2018,
            "Wallstein",
            "Göttingen",
        ),
        (
            "Fischer, Wolfram/Hax, Herbert (Hrsg.) (1993): Treuhandanstalt. Das Unmögliche "
            "wagen, Berlin: Akademie Verlag.",
            ("Fischer, Wolfram", "Hax, Herbert"),
            "Treuhandanstalt. Das Unmögliche wagen",
            1993,
            "Akademie Verlag",
            "Berlin",
        ),
        (
            "Deutscher Bundestag (1994): Beschlussempfehlung und Bericht des 2. "
            "Untersuchungsausschusses, Drucksache 12/8404, Bonn.",
            ("Deutscher Bundestag",),
            "Beschlussempfehlung und Bericht des 2. Untersuchungsausschusses",
            1994,
            None,
            None,
        ),
    ],
    ids=["author-year", "editors-author-year", "organisation-author-year"],
)
def test_author_year_german_references(
    text: str,
    authors: tuple[str, ...],
    title: str,
    year: int,
    publisher: str | None,
    place: str | None,
) -> None:
    ref = parse_reference(text, (1,), detect_styles=True)
    assert (ref.style, ref.authors, ref.title, ref.year) == ("german", authors, title, year)
    assert (ref.publisher, ref.place) == (publisher, place)


def test_author_year_notes_are_tied_to_their_entry() -> None:
    from bibcheck.manuscript import parse_bytes
    from bibcheck.model import AnomalyCode

    text = (
        "# Treuhand\n\nDie Privatisierung war schnell.[^1] Sie war umstritten.[^2] "
        "Die Folgen blieben.[^3]\n\n"
        "[^1]: Vgl. Seibel (2005), S. 88.\n"
        "[^2]: Zit. nach Böick (2018), S. 254.\n"
        "[^3]: Vgl. Müller (2001), S. 3.\n\n"
        "## Literaturverzeichnis\n\n"
        "- Böick, Marcus (2018): Die Treuhand. Idee – Praxis – Erfahrung, Göttingen: Wallstein.\n"
        "- Seibel, Wolfgang (2005): Verwaltete Illusionen, Frankfurt a. M.: Campus.\n"
    )
    doc = parse_bytes(text.encode(), "treuhand.md")
    linked = {f.label: f.literature.number if f.literature else None for f in doc.footnotes}
    assert linked == {"1": 2, "2": 1, "3": None}  # Müller (2001) is not in the list
    codes = {(a.code, a.footnote) for a in doc.all_anomalies()}
    assert not any(code is AnomalyCode.LITERATURE_TITLE_DIFFERS for code, _ in codes)
