"""Book-shaped scholarship: a chapter's own list, abbreviations, peers, editions, MHRA notes.

Fixtures are invented here (names, works, numbers): a chapter's list headed for the chapter
(``References for Chapter 7``) with sub-headings, a heading no vocabulary knows over
entries (reported, never silent), short forms keyed to an abbreviations list, notes by a
peer, by an attributed author in brackets, by a name with ``Jr.``, edition statements after
a note's title, MHRA short notes by surname and page, and page references in prose.
"""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode, RefKind
from bibcheck.parse.coverage import coverage
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.abbreviated import abbreviation_list, cited_abbreviation
from bibcheck.parse.references.callnumbers import call_numbers
from bibcheck.parse.references.repeat import find_repeats
from bibcheck.readers.common import is_literature_heading, is_notes_heading
from bibcheck.readers.headscope import unscoped
from bibcheck.readers.listlike import Heading, unread_list_headings
from tests.test_reader_docx import build_docx, note, p, ref, t

# --------------------------------------------------------------------------
# A list's heading with a phrase of scope
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "left"),
    [
        ("works cited in this chapter", "works cited"),
        ("references for chapter 7", "references"),
        ("bibliography to this essay", "bibliography"),
        ("references (chapter iv)", "references"),
        ("sources cited in the present volume", "sources cited"),
        ("notes to chapter twelve", "notes"),
        ("literatur zu kapitel 3", "literatur"),
        # no phrase of scope: kept
        ("sources for the study", "sources for the study"),
        ("chapter 3", "chapter 3"),
        ("references", "references"),
    ],
)
def test_phrase_of_scope_dropped(key: str, left: str) -> None:
    assert unscoped(key) == left


@pytest.mark.parametrize(
    ("line", "literature", "notes"),
    [
        ("# Works Cited in This Chapter", True, False),
        ("## References for Chapter 7", True, False),
        ("**Bibliography to this Essay**", True, False),
        ("## Notes to Chapter 4", False, True),
        ("## Sources for the Study", False, False),
    ],
)
def test_scoped_headings_are_list_headings(line: str, literature: bool, notes: bool) -> None:
    assert is_literature_heading(line) is literature
    assert is_notes_heading(line) is notes


_ENTRIES = [
    "Oxford, Bodleian Library. MS Ashmole 1729. Letters of the Vale family.",
    "Calloway, Ruth. The Wool Trade of Norwich. Leeds: Moorfield Press, 1979.",
    "Hale, Marcus. Salt Roads of Cheshire. London: Drover Books, 1988.",
]


def _chapter(heading: str, sub_headings: bool = True) -> bytes:
    body = [
        p(t("Chapter 7"), style="Title"),
        p(t("The wool trade was the city's first industry."), ref(1), t(".")),
        p(t("Salt came over the hills."), ref(2), t(".")),
        p(t(heading), style="Heading1"),
    ]
    if sub_headings:
        body.append(p(t("Manuscripts"), style="Heading2"))
    body.append(p(t(_ENTRIES[0])))
    if sub_headings:
        body.append(p(t("Printed Works"), style="Heading2"))
    body.extend(p(t(e)) for e in _ENTRIES[1:])
    notes = [
        note(1, t("Ruth Calloway, The Wool Trade of Norwich (Leeds: Moorfield Press, 1979), 4.")),
        note(2, t("Marcus Hale, Salt Roads of Cheshire (London: Drover Books, 1988), 12.")),
    ]
    return build_docx(body, notes)


@pytest.mark.parametrize(
    "heading",
    ["References for Chapter 7", "Works Cited in This Chapter", "Bibliography to this Essay"],
)
def test_a_chapters_own_list_is_read(heading: str) -> None:
    doc = parse_bytes(_chapter(heading), "chapter.docx")
    assert len(doc.literature) == 3
    assert [fn.literature.number if fn.literature else None for fn in doc.footnotes] == [2, 3]
    assert "reference list" not in coverage(doc).line()


@pytest.mark.parametrize(
    ("heading", "said"),
    [
        ("Bibliography of Printed and Manuscript Works", True),
        ("Sources Quoted Throughout", True),
        ("Literature Review", False),  # prose under it, no entries
    ],
)
def test_a_list_under_an_unknown_heading_is_not_read_in_silence(heading: str, said: bool) -> None:
    if said:
        data = _chapter(heading, sub_headings=False)
    else:
        body = [
            p(t("Chapter 7"), style="Title"),
            p(t("The wool trade was the city's first industry."), ref(1), t(".")),
            p(t(heading), style="Heading1"),
            p(t("Calloway (1979) reads the guild rolls; Hale, in 1988, the toll books.")),
            p(t("Both leave out the river, which carried most of the cloth after 1750.")),
        ]
        data = build_docx(
            body, [note(1, t("Ruth Calloway, The Wool Trade (Leeds: Moorfield Press, 1979), 4."))]
        )
    doc = parse_bytes(data, "chapter.docx")
    unread = [a for a in doc.anomalies if a.code is AnomalyCode.UNREAD_REGION]
    assert bool(unread) is said
    assert ("part not read" in coverage(doc).line()) is said


def test_unread_list_headings_table() -> None:
    outline = [
        Heading(1, "Chapter 2", 1),
        Heading(2, "Body text with a year, 1990.", None),
        Heading(3, "Bibliography of Printed Works", 1),
        Heading(4, "Archives", 2),
        Heading(5, "Calloway, Ruth. The Wool Trade. Leeds: Moorfield Press, 1979.", None),
        Heading(6, "———. The Guild Rolls. Leeds: Moorfield Press, 1984.", None),
        Heading(7, "Index", 1),
        Heading(8, "Hale, Marcus. Salt Roads. London: Drover Books, 1988.", None),
    ]
    found = unread_list_headings(outline, set())
    assert [(a.code, a.line) for a in found] == [(AnomalyCode.UNREAD_REGION, 3)]
    assert "2 paragraphs" in found[0].message
    assert unread_list_headings(outline, {5}) == []  # read: nothing to say


# --------------------------------------------------------------------------
# Entries and notes of book-length scholarship
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "note", "authors", "title", "year"),
    [
        # a generation after a natural-order name, with or without the comma
        (
            "Marcus Hale Jr., Salt Roads of Cheshire (London: Drover Books, 1988), 12.",
            True,
            ["Marcus Hale Jr"],
            "Salt Roads of Cheshire",
            1988,
        ),
        # a surname with a prefix joined to it ("DuPree", "LeBlanc")
        (
            "DuPree, Amos, Jr. The Tanners of Leeds. Leeds: Moorfield Press, 1991.",
            False,
            ["DuPree, Amos, Jr"],
            "The Tanners of Leeds",
            1991,
        ),
        (
            "Odile LeBlanc, Ports of the Channel (Paris: Éditions du Quai, 1974), 8.",
            True,
            ["Odile LeBlanc"],
            "Ports of the Channel",
            1974,
        ),
        # a peer: the title of nobility is the name the work is filed by
        (
            "Henry Vane Fothergill, second Earl of Ashcombe, Observations on the Fens "
            "(London: T. Cadell, 1781), 12.",
            True,
            ["Ashcombe, Henry Vane Fothergill, second Earl of"],
            "Observations on the Fens",
            1781,
        ),
        (
            "Ashcombe, Henry Vane Fothergill, Earl of. Observations on the Fens. London: "
            "T. Cadell, 1781.",
            False,
            ["Ashcombe, Henry Vane Fothergill, Earl of"],
            "Observations on the Fens",
            1781,
        ),
        # an edition statement after a note's title
        (
            "Ruth Calloway, The Wool Trade of Norwich, new ed., with a preface by Simon Grey "
            "(1931; repr., Leeds: Moorfield Press, 1979), 40.",
            True,
            ["Ruth Calloway"],
            "The Wool Trade of Norwich",
            1979,
        ),
        (
            "Ruth Calloway, The Wool Trade of Norwich, 3rd ed. (Leeds: Moorfield Press, 1979), 4.",
            True,
            ["Ruth Calloway"],
            "The Wool Trade of Norwich",
            1979,
        ),
        # initials, then a given name; initials in the title; a place with its state
        (
            "Pryor, L. M. Henrietta. The Letters of A. B. Castell and His Circle. Ithaca, NY: "
            "Lantern House Press, 1983.",
            False,
            ["Pryor, L. M. Henrietta"],
            "The Letters of A. B. Castell and His Circle",
            1983,
        ),
        # a first published year and an edition statement between the title and the imprint
        (
            "Calloway, Ruth, and Simon Grey. The Wool Trade. 1931. Reprint, with a new preface "
            "by Anne Hart. Leeds: Moorfield Press, 1979.",
            False,
            ["Calloway, Ruth", "Simon Grey"],
            "The Wool Trade",
            1979,
        ),
    ],
)
def test_names_and_titles(text: str, note: bool, authors: list[str], title: str, year: int) -> None:
    found = parse_reference(text, (1,), detect_styles=True, note=note)
    assert list(found.authors) == authors
    assert found.title == title
    assert found.year == year


@pytest.mark.parametrize(
    ("text", "authors", "host", "year"),
    [
        # an essay of a periodical cited by its number and date; the author in brackets
        (
            "[Mary Ellerby], The Lantern, no. 14 (3 June 1762).",
            ["Mary Ellerby"],
            "The Lantern",
            1762,
        ),
        (
            "[Henry Vane Fothergill, Earl of Ashcombe], The Tatler's Cousin, no. 8 (5 May 1760) "
            "and no. 9 (12 May 1760).",
            ["Ashcombe, Henry Vane Fothergill, Earl of"],
            "The Tatler's Cousin",
            1760,
        ),
        (
            "Amos Reed, The Idler's Friend, no. 31 (November 1759), 2.",
            ["Amos Reed"],
            "The Idler's Friend",
            1759,
        ),
    ],
)
def test_essays_by_number_and_attributed_authors(
    text: str, authors: list[str], host: str, year: int
) -> None:
    found = parse_reference(text, (1,), detect_styles=True, note=True)
    assert list(found.authors) == authors
    assert (found.host, found.year, found.kind) == (host, year, RefKind.ARTICLE)
    assert not [a for a in found.anomalies if a.code is AnomalyCode.REFERENCE_UNPARSED]


def test_a_volume_of_a_collected_edition_is_a_book() -> None:
    text = (
        "———. Sermons on Several Occasions. Edited by Tom Vale. Vol. 4 of The Works of Ann "
        "Lee. Leeds: Moor Press, 1999."
    )
    found = parse_reference(text, (1,), detect_styles=True)
    assert (found.kind, found.title) == (RefKind.BOOK, "Sermons on Several Occasions")


@pytest.mark.parametrize(
    ("text", "heads"),
    [
        ("London, British Library, Add. MS 31207, fols. 4–9.", [("MS ADD ", 31207, 31207)]),
        ("Oxford, Bodleian Library, MS Rawlinson 412, fol. 3.", [("MS RAWLINSON ", 412, 412)]),
        ("British Library, Egerton MSS 2010–2014.", [("MS EGERTON ", 2010, 2014)]),
        ("See MS 12 in the catalogue.", []),  # no collection named
        ("In MS 12 pages survive.", []),
    ],
)
def test_manuscripts_by_collection_and_number(text: str, heads: list[tuple[str, int, int]]) -> None:
    assert [(c.head, c.lo, c.hi) for c in call_numbers(text)] == heads


@pytest.mark.parametrize(
    ("text", "commentary"),
    [
        (
            "Her chapter on tolls (pp. 88–90) says little about the river trade, which the port books record.",
            True,
        ),
        (
            "The table (p. 112) leaves out the coastal trade; the figures have since been corrected.",
            True,
        ),
        (
            "Ruth Calloway, The Wool Trade of Norwich (Leeds: Moorfield Press, 1979), pp. 88–90.",
            False,
        ),
    ],
)
def test_pages_in_prose_are_commentary(text: str, commentary: bool) -> None:
    found = parse_reference(text, (1,), detect_styles=True, note=True)
    assert (found.kind is RefKind.COMMENTARY) is commentary


@pytest.mark.parametrize(
    ("texts", "targets"),
    [
        (
            [
                "Ruth Calloway, The Wool Trade (Leeds: Moorfield Press, 1979), p. 4.",
                "Calloway, p. 12.",
            ],
            [None, 0],
        ),
        (
            [
                "Ruth Calloway and Simon Grey, The Wool Trade (Leeds: Moorfield Press, 1979), 4.",
                "Marcus Hale, Salt Roads (London: Drover Books, 1988), 3.",
                "Calloway and Grey, 7.",
                "Hale, pp. 9–10.",
            ],
            [None, None, 0, 1],
        ),
    ],
)
def test_short_notes_by_surname_and_page(texts: list[str], targets: list[int | None]) -> None:
    found = find_repeats(texts)
    assert [r.target if r else None for r in found] == targets


# --------------------------------------------------------------------------
# Short forms keyed to a list of abbreviations
# --------------------------------------------------------------------------

_ABBREVIATIONS = [
    (3, "Abbreviations used in the notes"),
    (4, "Diary = Ann Lee, The Diary of Ann Lee, ed. Tom Vale, 2 vols. (Leeds: Moor Press, 2001)."),
    (5, "Works = The Works of Ann Lee, ed. Tom Vale, 4 vols. (Leeds: Moor Press, 1999)."),
    (6, "The city kept its records in the guildhall = a building of 1410."),
]


def test_abbreviation_list() -> None:
    found = abbreviation_list(_ABBREVIATIONS)
    assert [(a.short, a.line) for a in found] == [("Diary", 4), ("Works", 5)]
    assert [
        a.short
        for a in abbreviation_list(
            [
                (
                    1,
                    "Abbreviations: CL = Collected Letters, ed. J. Hart (Bath: Pump Press, 1990); Rec = Town Records, 1700–1750 (Bath, 1911).",
                )
            ]
        )
    ] == ["CL", "Rec"]


@pytest.mark.parametrize(
    ("note_text", "short"),
    [
        ("Diary, 2:14–15.", "Diary"),
        ("Lee to Vale, 2 May 1790, Works, 3:12.", "Works"),
        (
            "Diary, 1:9; see also Ruth Calloway, The Wool Trade (Leeds: Moorfield Press, 1979), 5.",
            "Diary",
        ),
        ("See Works, 4: sig. B2r.", "Works"),
        ("Ruth Calloway, The Diary Trade (Leeds: Moorfield Press, 1979), 5.", None),
        ("Calloway, Works and Days, 4.", None),
    ],
)
def test_cited_abbreviation(note_text: str, short: str | None) -> None:
    found = cited_abbreviation(note_text, abbreviation_list(_ABBREVIATIONS))
    assert (found.short if found else None) == short


def test_notes_cite_the_works_the_abbreviations_stand_for() -> None:
    body = [
        p(t("Chapter 2"), style="Title"),
        p(t("Abbreviations used in the notes"), style="Heading2"),
        *(p(t(text)) for _, text in _ABBREVIATIONS[1:3]),
        p(
            t("Lee wrote daily."),
            ref(1),
            t(" She wrote to Vale."),
            ref(2),
            t(" Again."),
            ref(3),
            t("."),
        ),
        p(t("Works Cited"), style="Heading1"),
        p(t("Calloway, Ruth. The Wool Trade. Leeds: Moorfield Press, 1979.")),
        p(
            t(
                "Lee, Ann. The Diary of Ann Lee. Edited by Tom Vale. 2 vols. Leeds: Moor Press, 2001."
            )
        ),
        p(
            t(
                "Lee, Ann. The Works of Ann Lee. Edited by Tom Vale. 4 vols. Leeds: Moor Press, 1999."
            )
        ),
    ]
    notes = [
        note(1, t("Diary, 2:14–15.")),
        note(2, t("Lee to Vale, 2 May 1790, Works, 3:12.")),
        note(
            3,
            t(
                "Diary, 1:9; see also Ruth Calloway, The Wool Trade (Leeds: Moorfield Press, 1979), 5."
            ),
        ),
    ]
    doc = parse_bytes(build_docx(body, notes), "chapter.docx")
    got = [
        (fn.reference.title, fn.literature.number if fn.literature else None)
        for fn in doc.footnotes
    ]
    assert got == [
        ("The Diary of Ann Lee", 2),
        ("The Works of Ann Lee", 3),
        ("The Diary of Ann Lee", 2),
    ]
    assert list(doc.footnotes[0].reference.authors) == ["Ann Lee"]
    assert not [a for a in doc.anomalies if a.code is AnomalyCode.LITERATURE_MISSING]
