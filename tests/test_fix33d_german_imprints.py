"""German humanities references: the imprint ``Ort: Verlag Jahr`` (no comma before the
year, as German lists write it), after an edition or before a series ``(= Reihe 12)``; and a
note citing an edited work by its title, ``Titel, hg. v. Vorname Nachname, Ort Jahr``."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from tests.test_regex_growth import assert_linear

# (text, authors, title, year, place, publisher, kind)
LIST_ENTRIES = [
    (
        "Albers, Gertrud: Stadtluft und Seuche. Hygiene in rheinischen Mittelstädten, Köln: "
        "Böhlau 1997 (= Rheinisches Archiv 141).",
        ("Albers, Gertrud",),
        "Stadtluft und Seuche. Hygiene in rheinischen Mittelstädten",
        1997,
        "Köln",
        "Böhlau",
        RefKind.BOOK,
    ),
    (
        "Brandes, Matthias: Armenpflege im Vormärz. Eine Regionalstudie, Münster/New York: "
        "Waxmann 2011.",
        ("Brandes, Matthias",),
        "Armenpflege im Vormärz. Eine Regionalstudie",
        2011,
        "Münster/New York",
        "Waxmann",
        RefKind.BOOK,
    ),
    (
        "Dorn, Peter/Ebert, Lisa: Die Wärterschule. Ausbildung zwischen Kirche und Staat, "
        "3. Aufl., Stuttgart: Kohlhammer 2009.",
        ("Dorn, Peter", "Ebert, Lisa"),
        "Die Wärterschule. Ausbildung zwischen Kirche und Staat",
        2009,
        "Stuttgart",
        "Kohlhammer",
        RefKind.BOOK,
    ),
    (  # (a publisher of two words, a place with "a. M.")
        "Eckert, Sabine: Mutterhaus und Kirche, Frankfurt a. M.: Evangelischer Presseverband 1979.",
        ("Eckert, Sabine",),
        "Mutterhaus und Kirche",
        1979,
        "Frankfurt a. M.",
        "Evangelischer Presseverband",
        RefKind.BOOK,
    ),
    (  # a comma before the year, as some German lists write it
        "Haller, Ruth: Die Gemeindeschwester, Berlin: Duncker & Humblot, 2015.",
        ("Haller, Ruth",),
        "Die Gemeindeschwester",
        2015,
        "Berlin",
        "Duncker & Humblot",
        RefKind.BOOK,
    ),
    (
        "Ihle, Karl: Seelsorge am Krankenbett. Studien zum 19. Jahrhundert, Tübingen: Mohr "
        "Siebeck 2020 (= Beiträge zur Kirchengeschichte 12).",
        ("Ihle, Karl",),
        "Seelsorge am Krankenbett. Studien zum 19. Jahrhundert",
        2020,
        "Tübingen",
        "Mohr Siebeck",
        RefKind.BOOK,
    ),
    (  # an editor's "(Hg.)": the same imprint
        "Corell, Ida (Hg.): Briefe aus dem Lazarett. Eine Auswahl, Bielefeld: Transcript 2001.",
        ("Corell, Ida",),
        "Briefe aus dem Lazarett. Eine Auswahl",
        2001,
        "Bielefeld",
        "Transcript",
        RefKind.BOOK,
    ),
]


@pytest.mark.parametrize(
    ("text", "authors", "title", "year", "place", "publisher", "kind"),
    LIST_ENTRIES,
    ids=["series", "two-places", "edition", "a-m", "comma-year", "series-two-words", "editor"],
)
def test_list_entry_imprint(
    text: str,
    authors: tuple[str, ...],
    title: str,
    year: int,
    place: str,
    publisher: str,
    kind: RefKind,
) -> None:
    ref = parse_reference(text, [1], detect_styles=True)
    assert (ref.authors, ref.title, ref.year) == (authors, title, year)
    assert (ref.place, ref.publisher, ref.kind) == (place, publisher, kind)
    assert not ref.anomalies


# a chapter or an article: the host's imprint is read the same way
HOSTED = [
    (
        "Falk, Helene: Die Oberin als Vorgesetzte, in: Jonas Grimm (Hg.): Leitung und "
        "Gehorsam, Hamburg: Dölling 2003, S. 12–30.",
        "Die Oberin als Vorgesetzte",
        2003,
        "Leitung und Gehorsam",
        RefKind.CHAPTER,
    ),
    (
        "Gerber, Anton: Krankenhausbau um 1900, in: Medizinhistorisches Journal 45 (1990), "
        "S. 1–20.",
        "Krankenhausbau um 1900",
        1990,
        "Medizinhistorisches Journal",
        RefKind.ARTICLE,
    ),
]


@pytest.mark.parametrize(
    ("text", "title", "year", "host", "kind"), HOSTED, ids=["chapter-imprint", "article"]
)
def test_hosted(text: str, title: str, year: int, host: str, kind: RefKind) -> None:
    ref = parse_reference(text, [1], detect_styles=True)
    assert (ref.title, ref.year, ref.host, ref.kind) == (title, year, host, kind)


# A title that holds a colon and a number is no imprint: "Band 3: Von 1800 bis 1914"
def test_numbered_part_is_no_imprint() -> None:
    ref = parse_reference(
        "Jahn, Otto: Geschichte der Stadt Kassel, Band 3: Von 1800 bis 1914, Kassel 2001.",
        [1],
        detect_styles=True,
    )
    assert ref.year == 2001
    assert ref.place != "Band 3"


# (text, title, year, place)
EDITED_NOTES = [
    (
        "Briefe einer Landdiakonisse. Eine Edition, hg. v. Marta Lindner, Kassel 2012, S. 40–45.",
        "Briefe einer Landdiakonisse. Eine Edition",
        2012,
        "Kassel",
    ),
    (
        "Vgl. Das Tagebuch der Oberin, hrsg. von Ulrich Feld und Anke Roth, Leipzig: Koehler "
        "1999, S. 7.",
        "Das Tagebuch der Oberin",
        1999,
        "Leipzig",
    ),
    (
        "Akten zur Pflegeausbildung, Bd. 2, hg. v. Werner Stolz, Berlin 1987, S. 301 f.",
        "Akten zur Pflegeausbildung",
        1987,
        "Berlin",
    ),
    (
        "*Quellen zur Armenfürsorge. Texte und Kommentare*, herausgegeben von Jan Kohl, "
        "Bremen 1965.",
        "Quellen zur Armenfürsorge. Texte und Kommentare",
        1965,
        "Bremen",
    ),
]


@pytest.mark.parametrize(
    ("text", "title", "year", "place"),
    EDITED_NOTES,
    ids=["hg-v-subtitle", "hrsg-von-two", "volume-first", "italic-herausgegeben"],
)
def test_edited_work_note(text: str, title: str, year: int, place: str) -> None:
    ref = parse_reference(text, [1], detect_styles=True, note=True)
    assert (ref.authors, ref.title, ref.year, ref.place) == ((), title, year, place)
    assert ref.kind is RefKind.BOOK


@pytest.mark.parametrize(
    "line",
    [
        lambda n: ", Köln: " + "Verlag " * (n // 7) + "1997",
        lambda n: ", Ort" * (n // 5) + ": X",
        lambda n: "Titel" + ", hg. v. X" * (n // 10) + ", Berlin 1987.",
        lambda n: "Titel, hg. v. " + "Name, " * (n // 9) + "Ort: " * (n // 15) + "2001",
        lambda n: "Satz hg. " * (n // 9),
    ],
)
def test_new_patterns_stay_linear(line: Callable[[int], str]) -> None:
    from bibcheck.parse.references.discursive import after_lead_in_prose
    from bibcheck.parse.references.german import PLACE_PUBLISHER_YEAR, parse

    def read(text: str) -> object:
        PLACE_PUBLISHER_YEAR.search(text)
        parse(text)
        return after_lead_in_prose(text)

    assert_linear(read, line)
