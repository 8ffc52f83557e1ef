"""German humanities notes in the comma form (chapters after ``in:`` with their editors,
edited volumes with an italic title, books with place and year and no publisher), and the
notes a list of literature rightly leaves out (archival sources by an archive's
abbreviation, early prints, a link alone)."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode, RefKind
from bibcheck.parse.references import german, parse_reference
from bibcheck.parse.references.archival import archival_source
from bibcheck.parse.references.unlisted import bare_link, early_print


@pytest.mark.parametrize(
    ("note", "author", "title", "year", "container"),
    [
        (
            "Karl Weiß, Die Orgel im Dorf, in: Maria Lenz (Hg.), *Kirchenmusik auf dem "
            "Land*, Tübingen 2009, S. 12–40.",
            "Karl Weiß",
            "Die Orgel im Dorf",
            2009,
            "Kirchenmusik auf dem Land",
        ),
        (
            "Ruth Albers, Schulbücher und Konfession, in: Peter Kamp und Ida Roth (Hrsg.), "
            "Lesen lernen im 19. Jahrhundert, Münster 2016, S. 201.",
            "Ruth Albers",
            "Schulbücher und Konfession",
            2016,
            "Lesen lernen im 19. Jahrhundert",
        ),
        (
            "Jonas Brandt, „Die Visitation als Quelle“, in: Heike Moll (Bearb.), "
            "*Visitationsakten im Vergleich*, Marburg 1999, S. 5–9.",
            "Jonas Brandt",
            "Die Visitation als Quelle",
            1999,
            "Visitationsakten im Vergleich",
        ),
    ],
    ids=["hg-italic", "hrsg-two-editors-plain", "quoted-title-bearb"],
)
def test_comma_chapter(note: str, author: str, title: str, year: int, container: str) -> None:
    found = german.parse(note)
    assert found is not None
    assert found.authors == (author,)
    assert found.title == title
    assert found.year.year == year
    assert found.container == container
    assert found.chapter


@pytest.mark.parametrize(
    ("note", "author", "title", "year", "place"),
    [
        (
            "Jakob Sommer (Hg.), *Quellen zur Schulgeschichte*, Bd. 3: *Das Gymnasium*, "
            "Bielefeld 1988, S. 14–16.",
            "Jakob Sommer",
            "Quellen zur Schulgeschichte",
            1988,
            "Bielefeld",
        ),
        (
            "Clara Vogel (Hrsg.), _Briefe aus Herrnhut_, Halle 2003, S. 8.",
            "Clara Vogel",
            "Briefe aus Herrnhut",
            2003,
            "Halle",
        ),
        (
            "Anton Keller, *Der Kirchenbau im Barock. Eine Übersicht*, Regensburg 1961.",
            "Anton Keller",
            "Der Kirchenbau im Barock. Eine Übersicht",
            1961,
            "Regensburg",
        ),
    ],
    ids=["hg-volume", "hrsg-underscores", "place-year-no-publisher"],
)
def test_comma_italic_book(note: str, author: str, title: str, year: int, place: str) -> None:
    found = german.parse(note)
    assert found is not None
    assert found.authors == (author,)
    assert found.title == title
    assert found.year.year == year
    assert found.place == place
    # (a document whose list is read with style detection, as a German list is)
    ref = parse_reference(note, [1], detect_styles=True, note=True)
    assert ref.kind is RefKind.BOOK


@pytest.mark.parametrize(
    "note",
    [
        # Chicago's facts in parentheses: not this shape
        "Anton Keller, *Der Kirchenbau im Barock* (Regensburg: Pustet, 1961), 12.",
        # a date, not a place and year
        "Anton Keller, *Der Kirchenbau*, October 1961.",
    ],
    ids=["chicago-parens", "month-date"],
)
def test_comma_italic_book_refuses(note: str) -> None:
    found = german.parse(note)
    assert found is None or found.place is None


@pytest.mark.parametrize(
    "note",
    [
        "LKAS, A 1 Nr. 1794, Dekanat Schorndorf, Bericht aus Winterbach.",
        "EZA, 7 Nr. 3120, Schreiben vom 4. Mai 1921.",
        "HStAS, A 206 Bü 1573, Bl. 4r.",
        "GStA PK, I. HA Rep. 77, Nr. 12, Bl. 3.",
        "StadtA LG, AB 11 Nr. 3.",
    ],
    ids=["lkas", "eza", "hstas-bue", "gsta-rep", "stadta-two-parts"],
)
def test_archive_abbreviation(note: str) -> None:
    assert archival_source(note)


@pytest.mark.parametrize(
    "note",
    [
        "MEW, Bd. 23, S. 45.",  # an edition's abbreviation: a printed work
        "WA 7, 25.",
        "DBW 6, S. 12.",
        "Karl Weiß, Die Orgel im Dorf, Tübingen 2009, S. 12.",
    ],
    ids=["mew", "weimar", "dbw", "book"],
)
def test_not_archival(note: str) -> None:
    assert not archival_source(note)


@pytest.mark.parametrize(
    ("note", "early"),
    [
        ("Vorrede, in: *Kirchenordnung für das Herzogtum*, Stuttgart 1752, S. IV.", True),
        ("Johann Arndt, *Vier Bücher vom wahren Christentum*, Frankfurt a. M. 1605.", True),
        ("Anonymous, *A Sermon Preached*, London, 1776, p. 4.", True),
        ("Johann Arndt, *Vier Bücher*, Frankfurt a. M. 1605; Nachdruck Hildesheim 1978.", False),
        ("Anton Keller, *Der Kirchenbau im Barock*, Regensburg 1961.", False),
        ("Die Unruhen von 1789 in der Stadt.", False),
    ],
    ids=["vorrede", "frankfurt-am", "london-comma", "reprint", "modern", "no-imprint"],
)
def test_early_print(note: str, early: bool) -> None:
    assert early_print(note) is early
    assert not archival_source(note)  # a print is no archival document


_EARLY = """# Die Gesangbuchreform

Die Reform begann mit einer Vorrede.[^1] Sie folgte älteren Mustern.[^2]

[^1]: Vorrede, in: *Gesangbuch für die Kirchen des Landes*, Ulm 1779, S. III–X.

[^2]: Karl Weiß, *Die Orgel im Dorf*, Tübingen 2009, S. 12.

## Literatur

{listed}Weiß, Karl: *Die Orgel im Dorf*, Tübingen 2009.
"""


@pytest.mark.parametrize(
    ("listed", "missing"),
    [
        pytest.param("", False, id="a-list-of-literature-leaves-early-prints-out"),
        pytest.param(
            "Kirchenordnung des Herzogtums, Stuttgart 1752.\n\n",
            True,
            id="a-list-holding-early-prints-lists-them-all",
        ),
    ],
)
def test_an_early_print_missing_from_the_list(listed: str, missing: bool) -> None:
    doc = parse_bytes(_EARLY.format(listed=listed).encode(), "kapitel.md")
    codes = {(a.code, a.footnote) for a in doc.all_anomalies()}
    assert ((AnomalyCode.LITERATURE_MISSING, "1") in codes) is missing
    assert (AnomalyCode.LITERATURE_MISSING, "2") not in codes


@pytest.mark.parametrize(
    ("note", "bare"),
    [
        ("Siehe <https://www.example.org/sammlung/akten/> (abgerufen am 3. März 2024).", True),
        ("Vgl. https://example.org/edition/register.", True),
        ("See <https://example.org/project> (accessed 2 May 2023).", True),
        ("<https://example.org/a>", True),
        ("See Anna Weber, Title of the Page, https://example.org/a (accessed 2020).", False),
        ("Siehe dazu die Edition unter <https://example.org/ed>.", False),
    ],
    ids=["siehe-autolink", "vgl-bare", "see-accessed", "alone", "titled", "prose"],
)
def test_bare_link(note: str, bare: bool) -> None:
    assert bare_link(note) is bare
