"""fix77i: archival documents of a theatre-history article's notes and grouped
bibliography -- a call number with its sub-series' word (callnumbers.py, archival.py), a
named collection's item by its slashed number (collection_mark.py), an item's title in a
list's sentences and before the date of an act done to it (archival.py ``_ITEM``), an
unprinted report in an archive (archival_report.py), and the notes matched to the entries
by those call numbers (bibcheck/parse/matching.py)."""

from __future__ import annotations

import pytest

from bibcheck.model import LiteratureEntry, RefKind
from bibcheck.parse.matching import CALL_NUMBER, LiteratureIndex
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.archival import archival_file, archival_item
from bibcheck.parse.references.callnumbers import CallNumber, call_numbers

CALLS = [
    ("Example Library, Censors' Papers Correspondence, LCP Corr 1921/407.", "LCP CORR 1921/", 407),
    (
        "Example Library. Censors' Papers Correspondence. ABC Misc. 1908/12. Letter.",
        "ABC MISC. 1908/",
        12,
    ),
    # (as before: letters and slashes)
    ("The National Archives, HO 45/10456.", "HO 45/", 10456),
]


@pytest.mark.parametrize(("text", "head", "number"), CALLS)
def test_call_numbers(text: str, head: str, number: int) -> None:
    assert CallNumber(head, number, number) in call_numbers(text)


def test_no_call_number_in_prose_with_years() -> None:
    # (a capitalised word before a year range is no sub-series: no slash after the number)
    assert call_numbers("London Stage 1921–1925, vol. 2.") == []


ARCHIVAL = [
    (
        "A. B. Reader, reader's report, 2 May 1921, British Library, Censors' Papers "
        "Correspondence, LCP Corr 1921/407.",
        True,
    ),
    ("Playbill, Royal Theatre, 4 June 1921, Theatre and Performance Collections, THM/118/7.", True),
    ("Theatre and Performance Collections. THM/118/7. Playbill, Royal Theatre, 4 June 1921.", True),
    ("Photograph, Wellcome Collection, MS/5120/2.", True),
    # no item: a collection's printed catalogue, a journal's volume
    ("Museum Collections, THM/118/7 (London: HMSO, 1970).", False),
    ("Jane Roe, “Stage Collections,” Theatre Notebook 12, no. 3 (1958): 4–9.", False),
]


@pytest.mark.parametrize(("text", "want"), ARCHIVAL)
def test_archival_file(text: str, want: bool) -> None:
    assert archival_file(text) is want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Theatre and Performance Collections, THM/118/7.", True),
        ("Private Collection, 12/4/1921.", False),  # a date, no call number
        ("Collections, THM/118.", False),  # one number: no item in a series
    ],
)
def test_collection_item(text: str, want: bool) -> None:
    from bibcheck.parse.references.collection_mark import collection_item  # (new in fix77i)

    assert collection_item(text) is want


ITEMS = [
    # a note: repository, collection, call number, the document's title, the date it was
    # licensed
    (
        "British Library, Censors' Plays, LCP 1921/56, *The Vicar's Umbrella*, licensed 9 May 1921.",
        "The Vicar's Umbrella",
    ),
    # a bibliography's "Archival sources": the same parts as sentences
    (
        "British Library. Censors' Plays. LCP 1921/56. *The Vicar's Umbrella*. Licensed 9 May 1921.",
        "The Vicar's Umbrella",
    ),
    (
        "British Library. Censors' Plays. LCP 1921/56. The Vicar's Umbrella. Received June 4, 1921.",
        "The Vicar's Umbrella",
    ),
    # (as before: a date alone after the title)
    (
        "British Library, Censors' Plays, LCP 1921/56, The Vicar's Umbrella, 9 May 1921.",
        "The Vicar's Umbrella",
    ),
]


@pytest.mark.parametrize(("text", "title"), ITEMS)
def test_archival_item(text: str, title: str) -> None:
    assert archival_item(text) == title


@pytest.mark.parametrize(("text", "title"), ITEMS[:3])
@pytest.mark.parametrize("note", [True, False])
def test_archival_item_read(text: str, title: str, note: bool) -> None:
    ref = parse_reference(text, (1,), detect_styles=True, note=note)
    assert ref.title == title
    assert ref.authors == ()
    assert ref.year == 1921
    assert ref.kind is RefKind.UNKNOWN


KINDS = [
    # a report kept in an archive, never printed: unknown (tests/corpus/README.md, archives)
    (
        "A. B. Reader, reader's report, 2 May 1921, British Library, Censors' Papers "
        "Correspondence, LCP Corr 1921/407.",
        True,
        RefKind.UNKNOWN,
    ),
    (
        "Theatre and Performance Collections. THM/118/7. Playbill, Royal Theatre, week "
        "beginning 4 June 1921.",
        False,
        RefKind.UNKNOWN,
    ),
    # guards (pass on main): a printed report whose copy an archive keeps stays a report
    (
        "Home Office, Report of the Inspector of Theatres for 1921 (London: HMSO, 1922), "
        "The National Archives, HO 45/10456.",
        True,
        RefKind.REPORT,
    ),
    (
        "Home Office. Report of the Inspector of Theatres for 1921. London: HMSO, 1922. "
        "The National Archives, HO 45/10456.",
        False,
        RefKind.REPORT,
    ),
]


@pytest.mark.parametrize(("text", "note", "kind"), KINDS)
def test_archival_kind(text: str, note: bool, kind: RefKind) -> None:
    assert parse_reference(text, (1,), detect_styles=True, note=note).kind is kind


def _entry(number: int, text: str) -> LiteratureEntry:
    return LiteratureEntry(number, number, parse_reference(text, (number,), detect_styles=True))


def test_notes_matched_to_grouped_archival_entries() -> None:
    index = LiteratureIndex(
        [
            _entry(
                1,
                "British Library. Censors' Plays. LCP 1921/56. *The Vicar's Umbrella*. "
                "Licensed 9 May 1921.",
            ),
            _entry(
                2,
                "British Library. Censors' Papers Correspondence. LCP Corr 1921/407. "
                "Reader's report by A. B. Reader, 2 May 1921.",
            ),
            _entry(
                3,
                "Theatre and Performance Collections. THM/118/7. Playbill, Royal Theatre, "
                "week beginning 4 June 1921.",
            ),
            _entry(4, "Roe, Jane. The Stage Censor. London: Methuen, 1990."),
        ]
    )
    notes = {
        2: "A. B. Reader, reader's report, 2 May 1921, British Library, Censors' Papers "
        "Correspondence, LCP Corr 1921/407.",
        3: "Playbill, Royal Theatre, week beginning 4 June 1921, Theatre and Performance "
        "Collections, THM/118/7.",
    }
    for number, text in notes.items():
        found = index.match(parse_reference(text, (10,), detect_styles=True, note=True))
        assert found is not None
        assert (found.number, found.method) == (number, CALL_NUMBER)
