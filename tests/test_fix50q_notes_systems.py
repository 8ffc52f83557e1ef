"""Fix 50q: notes called ``(n)`` in any script's digits (plain text), a numbered ``[n]``
list cited beside page-bottom footnotes (pdftotext), the Arabic-script ibidem, Nordic
statutes, and the Nordic chapter and report cues.  Own fixtures, written in the shapes real
documents use; each rule with a look-alike it must not take."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.model import RawNote, RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.acts import act
from bibcheck.parse.references.nordic_acts import nordic_act
from bibcheck.parse.references.repeat import find_repeats
from bibcheck.readers import pdftext, plaintext
from bibcheck.readers.common import is_literature_heading, is_notes_heading
from bibcheck.readers.parennotes import calls
from bibcheck.readers.pdfbeside import (
    bracketed_entries,
    list_cites,
    mark_list_cites,
    notes_list_cites,
)
from bibcheck.readers.wordnotes import headed_notes
from tests.test_regex_growth import assert_linear

# --- note calls in parentheses -------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "last", "want"),
    [
        # glued after the full stop, Arabic-Indic digits (Arabic, Sorani)
        ("کۆتایی هات.(٢) دواتر", 5, ["2"]),
        # Persian digits after a word and a space, a stop after it
        ("چنین گفته است (۳).", 5, ["3"]),
        # Devanagari digits after the danda
        ("यह कहा गया।(४) फिर", 5, ["4"]),
        # Bengali digits glued to the word
        ("বলা হয়েছে(২)।", 5, ["2"]),
        # ASCII digits glued to a quote
        ("as the report put it.”(1) Later", 5, ["1"]),
        # two calls on a line
        ("first.(1) and second.(2)", 5, ["1", "2"]),
        # negatives: a list of points after a colon, or opening the line
        ("three factors: (1) age, (2) sex and (3) income", 5, []),
        ("(1) The first point of the list", 5, []),
        # a term of a formula, an equation's number
        ("x = 2(3) + 1", 5, []),
        ("the sum is = (4)", 5, []),
        # a year in parentheses is no call (four digits)
        ("published later(1992).", 5, []),
        # far past the last note
        ("a remark.(40) Then", 5, []),
        # a product of terms
        ("f.(2)(1) is", 5, []),
    ],
)
def test_paren_calls(line: str, last: int, want: list[str]) -> None:
    assert [label for _, label in calls(line, last)] == want


# --- endnotes written "(n)" under a notes heading ------------------------------------------

_PERSIAN = [
    "عنوان مقاله",
    "",
    "این موضوع پیشتر بررسی شده است.(۱) نویسنده دیگری نیز چنین گفته است (۲).",
    "نتیجه روشن است.(۴)",
    "",
    "پانویس‌ها",
    "(۱) محمد رضایی، تاریخ ایران (تهران: نشر نی، ۱۳۸۰)، ص ۱۲.",
    "(۲) همان، ص ۱۵.",
    "(۴) همان منبع، ص ۲۰.",
]


def test_headed_notes_in_parentheses_with_a_gap_and_no_bibliography() -> None:
    found = headed_notes(_PERSIAN)
    assert found is not None and found.parenthesised
    assert [n.label for n in found.notes] == ["1", "2", "4"]
    assert found.heading is None


@pytest.mark.parametrize(
    "lines",
    [
        # a list of points "(1) … (2) …" under no notes heading
        ["Title", "", "We ask:", "(1) whether it holds;", "(2) why.", ""],
        # notes written "1." may skip no number ("2013." in a note is no note 2013)
        [
            "Notes",
            "1. Smith, A Book (2001).",
            "3. Jones, Another (2002).",
            "",
            "References",
            "Smith, A. A Book. 2001.",
        ],
    ],
)
def test_headed_notes_negatives(lines: list[str]) -> None:
    found = headed_notes(lines)
    assert found is None or [n.label for n in found.notes] != ["1", "3"]
    if found is not None:
        assert not found.parenthesised


def test_plain_text_reads_parenthesised_notes() -> None:
    text = "\n".join(_PERSIAN) + "\n"
    assert plaintext.score(text) > 0
    doc = plaintext.read(text)
    assert [(m.label, m.line) for m in doc.markers] == [("1", 3), ("2", 3), ("4", 4)]
    assert [n.label for n in doc.footnotes] == ["1", "2", "4"]


def test_plain_text_list_of_points_is_no_notes() -> None:
    text = (
        "Title\n\nThe aims are: (1) to count, (2) to weigh.\n\nNotes\n(1) A remark.\n(2) Another.\n"
    )
    assert plaintext.score(text) == 0.0


@pytest.mark.parametrize(
    ("heading", "notes", "literature"),
    [
        ("پەراوێزەکان", True, False),
        ("پانویس‌ها", True, False),
        ("سەرچاوەکان", False, True),
        ("Notes", True, False),
        ("پێشەکی", False, False),  # "introduction": neither
    ],
)
def test_headings(heading: str, notes: bool, literature: bool) -> None:
    assert is_notes_heading(f"# {heading}") is notes
    assert is_literature_heading(f"# {heading}") is literature


# --- the Arabic-script ibidem ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("second", "ibid"),
    [
        ("هەمان سەرچاوە، ل. ١٢.", True),  # Sorani
        ("المصدر نفسه، ص ٤٥.", True),  # Arabic
        ("نفس المرجع، ص ٤٥.", True),
        ("همان، ص ۱۵.", True),  # Persian, with its comma
        ("همان‌جا، ص ۱۵.", True),
        ("ایضاً، ص ۱۵۔", True),  # Urdu
        # Persian "همان" as a word of prose
        ("همان طور که گفته شد، این نظر درست نیست.", False),
    ],
)
def test_arabic_script_ibid(second: str, ibid: bool) -> None:
    first = "محمد رضایی، تاریخ ایران (تهران: نشر نی، ۲۰۰۱)، ص ۱۲."
    found = find_repeats([first, second])
    assert (found[1] is not None and found[1].kind == "ibid") is ibid


# --- Nordic statutes ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Lov nr. 1460 af 19. december 2017 om ændring af lov om skatter, med senere ændringer.",
            ("Lov nr. 1460 af 19. december 2017 om ændring af lov om skatter", "2017"),
        ),
        (
            "Kunngerð nr. 12 frá 3. februar 2010 um fiskiskap, § 4.",
            ("Kunngerð nr. 12 frá 3. februar 2010 um fiskiskap", "2010"),
        ),
        (
            "Lov 17. juni 2005 nr. 62 om arbeidsmiljø, § 2-1.",
            ("Lov 17. juni 2005 nr. 62 om arbeidsmiljø", "2005"),
        ),
        (
            "Lög nr. 90/2003 um tekjuskatt.",
            ("Lög nr. 90/2003 um tekjuskatt", "2003"),
        ),
        (
            "Förordning (1998:901) om verksamhetsutövares egenkontroll.",
            ("Förordning (1998:901) om verksamhetsutövares egenkontroll", "1998"),
        ),
        (
            "Lög um stjórn fiskveiða nr. 116/2006, 3. gr.",
            ("Lög um stjórn fiskveiða nr. 116/2006", "2006"),
        ),
        # negatives: the word alone, a title that opens with it
        ("Lov og ret i Norden (Oslo: Universitetsforlaget, 2001).", None),
        ("Lag effects in panel data, 2nd edn (2010).", None),
    ],
)
def test_nordic_act(text: str, want: tuple[str, str] | None) -> None:
    assert nordic_act(text) == want


def test_nordic_act_is_a_statute_of_act() -> None:
    assert act("Bekendtgørelse nr. 5 af 2. januar 2019 om affald.") == (
        "Bekendtgørelse nr. 5 af 2. januar 2019 om affald",
        "2019",
    )


# --- Nordic chapters and reports ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Jacobsen, J. (2011). Fiskiveiði í Føroyum. Í: A. Hansen og B. Olsen (ritst.), "
            "Føroya søga, s. 12-40. Tórshavn: Fróðskapur.",
            RefKind.CHAPTER,
        ),
        (
            "Hafrannsóknastofnun (2020). Staða fiskistofna. Hafrannsóknir Tækniskýrsla 2020-07. "
            "Reykjavík: Hafrannsóknastofnun.",
            RefKind.REPORT,
        ),
        (
            "Nielsen, K. (2018). Fiskeriets historie. Fagrapport 2018-3. Aarhus: DCE.",
            RefKind.REPORT,
        ),
        # a book: no host word, no report number
        ("Nielsen, K. (2018). Fiskeriets historie 1900-1950. Aarhus: Klim.", RefKind.BOOK),
    ],
)
def test_nordic_kinds(text: str, kind: RefKind) -> None:
    assert parse_reference(text, [1], detect_styles=True).kind is kind


# --- a numbered [n] list beside page-bottom footnotes ---------------------------------------


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("as shown before [2] and later [1, 3].", [["2"], ["1", "3"]]),
        ("a range [2]–[4] of works", [["2", "3", "4"]]),
        ("a year [2019] and a far number [40]", []),
    ],
)
def test_list_cites(line: str, want: list[list[str]]) -> None:
    assert [numbers for _, _, numbers in list_cites(line, {"1", "2", "3", "4"})] == want


def test_mark_list_cites_boxes_labels() -> None:
    marked = mark_list_cites("text [2].", {"1", "2"})
    assert marked == "text \x00\x012\x00."


def test_bracketed_entries() -> None:
    lines = ["[1] Aa, B. (2001). One.", "[2] Cc, D. (2002). Two.", "1. Ee, F. (2003). Three."]
    good = [RawNote("1", "Aa", 1, 1), RawNote("2", "Cc", 2, 2)]
    assert bracketed_entries(good, lines)
    assert not bracketed_entries([RawNote("1", "Ee", 3, 3)], lines)
    assert not bracketed_entries([], lines)


def test_notes_list_cites() -> None:
    notes = [
        RawNote("1", "A remark with no citation.", 10, 10, (10,)),
        RawNote("2", "See also chapter 4 in [3].", 11, 11, (11,)),
    ]
    found = notes_list_cites(notes, {"1", "2", "3"}, 5)
    assert [(m.label, m.line, m.block) for m in found.markers] == [("\x013", 11, 5)]


_REPORT = """\
Fish stocks of the shelf                                                   Report 1


                          Fish stocks of the shelf 2010-2020
                                 A. Hansen and B. Olsen


1     Introduction
The stock has varied much over fifty years, and its growth follows primary
production on the shelf [1]. The link was described in earlier studies of the
ecosystem [2], but it has new weight.
   Since 1996 the fishery has been managed by days at sea.1 The legal ground is
the fisheries act,2 which sets the days for each fleet.

2     Methods
Data come from the annual surveys, and the assessment model is the one used
in the last advice [3]. Growth is the mean of three years [1, 2].
    1
        Days at sea replaced the quotas of 1994.
    2
        Act no. 28 of 10 March 1994 on commercial fishing.




                                                          1
Fish stocks of the shelf                                                   Report 1


References
[1] Steen, P. and Gard, E. (2005). Phytoplankton and cod production on the shelf.
    Journal of Marine Science, 62(2), 163-176.

[2] Gard, E. (2002). Features of the shelf ecosystem. In: K. Sherman (ed.), Large
    Marine Ecosystems, pp. 245-265. Amsterdam: Elsevier.

[3] Marine Institute (2022). Cod on the shelf: assessment 2022. Technical Report
    22-04. Torshavn: Marine Institute.




                                                         2
"""


def test_pdf_text_reads_a_numbered_list_beside_footnotes() -> None:
    doc = pdftext.read(_REPORT)
    got = sorted((m.label, m.line) for m in doc.markers)
    assert got == sorted(
        [("[1]", 10), ("[2]", 11), ("1", 12), ("2", 13), ("[3]", 17), ("[1]", 17), ("[2]", 17)]
    )
    labels = {n.label for n in doc.footnotes}
    assert {"1", "2", "[1]", "[2]", "[3]"} <= labels
    assert doc.literature_partial


def test_pdf_text_footnotes_without_bracket_citations_stay_as_they_were() -> None:
    text = _REPORT.replace("[1]. The", ". The").replace("[2], but", ", but")
    text = text.replace("advice [3]", "advice").replace("years [1, 2]", "years")
    doc = pdftext.read(text)
    assert not any(m.label.startswith("[") for m in doc.markers)
    assert not doc.literature_partial


# --- linear on hostile lines ----------------------------------------------------------------

LINES = [
    pytest.param(lambda n: "a" * n, id="one-long-word"),
    pytest.param(lambda n: "(1" * (n // 2), id="open-parens"),
    pytest.param(lambda n: ".(1)" * (n // 4), id="calls"),
    pytest.param(lambda n: "Lov nr. 1 af " + "1. x " * (n // 5), id="dates"),
    pytest.param(lambda n: "Lög um " + "a " * (n // 2), id="subject"),
    pytest.param(lambda n: "rapport " * (n // 8), id="report-words"),
    pytest.param(lambda n: "همان " * (n // 5), id="arabic-words"),
]


@pytest.mark.parametrize("line", LINES)
def test_new_patterns_are_linear(line: Callable[[int], str]) -> None:
    assert_linear(lambda text: calls(text, 9), line)
    assert_linear(nordic_act, line)
    assert_linear(lambda text: find_repeats(["A, B (2001).", text]), line)
