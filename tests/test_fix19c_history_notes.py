"""History theses: parliamentary papers by session and command number, Chicago bibliography
names with a given name after an initial or several given names before co-authors, a body
heading its archival records, a short note followed by a remark."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import RefKind
from bibcheck.parse.references import chicago, parse_reference
from bibcheck.parse.references.commentary import citation_start, short_note_head


@pytest.mark.parametrize(
    ("text", "note", "title", "year"),
    [
        (
            "*Report of the Commissioners on Handloom Weavers, 1840*. Parliamentary Papers "
            "1841 (296), x.",
            False,
            "Report of the Commissioners on Handloom Weavers, 1840",
            1841,
        ),
        (
            "Returns of Vagrants Relieved in Workhouses, 1866–67, HC 1867 (4012) lx, 213.",
            True,
            "Returns of Vagrants Relieved in Workhouses, 1866–67",
            1867,
        ),
        (
            "Numbers from *Return of Paupers in Receipt of Relief, 1859*, Sessional Papers "
            "1860 (2714), lviii, 3–9.",
            True,
            "Return of Paupers in Receipt of Relief, 1859",
            1860,
        ),
        (
            "Report on the Sanitary Condition of the Labouring Population, PP 1842 [5506] "
            "xxvi, 44.",
            True,
            "Report on the Sanitary Condition of the Labouring Population",
            1842,
        ),
        (
            "Report of the Departmental Committee on Vagrancy, Cd. 2852 (London: HMSO, "
            "1906), 17.",
            True,
            "Report of the Departmental Committee on Vagrancy",
            1906,
        ),
        (
            "Report on Full Employment in a Free Society (Cmd. 6527, 1944), 3.",
            True,
            "Report on Full Employment in a Free Society",
            1944,
        ),
        (
            "Calculated from Return of Wages in the Textile Trades, P.P. 1887 (5172), "
            "lxxxix, 12.",
            True,
            "Return of Wages in the Textile Trades",
            1887,
        ),
    ],
    ids=["pp-italic-bib", "hc-no-comma", "lead-in-sessional", "bracketed-command",
         "cd-facts", "cmd-in-parens", "calculated-from"],
)  # fmt: skip
def test_parliamentary_paper_number_is_no_year(
    text: str, note: bool, title: str, year: int
) -> None:
    ref = parse_reference(text, [1], detect_styles=not note, note=note)
    assert (ref.title, ref.year, ref.kind, ref.authors) == (title, year, RefKind.REPORT, ())
    assert not [a for a in ref.anomalies if "year" in a.message]


@pytest.mark.parametrize(
    ("text", "authors", "title"),
    [
        (
            "Mayhew, H. Stuart. *The Weavers of Spitalfields*. London: Bell, 1872.",
            ("Mayhew, H. Stuart",),
            "The Weavers of Spitalfields",
        ),
        (
            "Cole, G. Douglas. The Chartist Leaders. London: Macmillan, 1941.",
            ("Cole, G. Douglas",),
            "The Chartist Leaders",
        ),
        (
            "Thorne, J. Edward. “Relief in the Potteries.” *Midland History* 4 (1977): 5–19.",
            ("Thorne, J. Edward",),
            "Relief in the Potteries",
        ),
        (
            "Keller, Hans Peter, and Maria Lenz. Die Kaufleute von Brügge. Berlin: "
            "Akademie, 1998.",
            ("Keller, Hans Peter", "Maria Lenz"),
            "Die Kaufleute von Brügge",
        ),
        (
            "Dahl, Anna Marie Louise, Per Holm, and Karen Juul. “Toll Books of the "
            "Sound.” *Scandinavian Economic History Review* 12 (1964): 1–30.",
            ("Dahl, Anna Marie Louise", "Per Holm", "Karen Juul"),
            "Toll Books of the Sound",
        ),
        # (an initial alone stays an initial: the next sentence is the title)
        (
            "Mayhew, H. The Street Traders of London. London: Bell, 1861.",
            ("Mayhew, H.",),
            "The Street Traders of London",
        ),
    ],
    ids=["initial-given-italic", "initial-given-plain", "initial-given-article",

         "two-given-coauthor", "three-given-two-coauthors", "initial-only"],
)  # fmt: skip
def test_chicago_bibliography_given_names(text: str, authors: tuple[str, ...], title: str) -> None:
    fields = chicago.parse(text)
    assert fields is not None
    assert (tuple(a.rstrip(".") for a in fields.authors), fields.title) == (
        tuple(a.rstrip(".") for a in authors),
        title,
    )


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        (
            "Ruth Brand, Oskar Lind. *Harbour Dues in Bergen*. Fagbokforlaget, 1990.",
            ("Ruth Brand", "Oskar Lind"),
        ),
        (
            "Ruth Brand, Oskar Lind, and Ida Holm. “Harbour Dues in Bergen.” *Norwegian "
            "Historical Review* 8 (1990): 3–20.",
            ("Ruth Brand", "Oskar Lind", "Ida Holm"),
        ),
    ],
    ids=["two-natural", "three-natural"],
)
def test_natural_order_names_are_not_one_inverted_name(text: str, authors: tuple[str, ...]) -> None:
    ref = parse_reference(text, [1], detect_styles=True)
    assert (ref.authors, ref.title) == (authors, "Harbour Dues in Bergen")


@pytest.mark.parametrize(
    ("text", "author", "title"),
    [
        (
            "Central Relief Fund Committee. Minutes, 1846–1848. RF/2/7. Cork City and "
            "County Archives, Cork.",
            "Central Relief Fund Committee",
            "Minutes, 1846–1848",
        ),
        (
            "Board of Guardians of the Preston Union. Letter books, 1861-66. PUR 4/2. "
            "Lancashire Record Office, Preston.",
            "Board of Guardians of the Preston Union",
            "Letter books, 1861-66",
        ),
    ],
    ids=["committee-minutes", "board-letter-books"],
)
def test_body_heading_its_archival_records(text: str, author: str, title: str) -> None:
    ref = parse_reference(text, [1], detect_styles=True)
    assert (ref.authors, ref.title) == ((author,), title)


@pytest.mark.parametrize(
    ("text", "head"),
    [
        (
            "Postan, Medieval Trade, 41. His figures are too low, in my view.",
            "Postan, Medieval Trade, 41.",
        ),
        (
            "Lloyd, *German Hanse*, 217–21. The treaty is discussed in chapter 4.",
            "Lloyd, *German Hanse*, 217–21.",
        ),
        ("I follow the dating of the charter. It is not certain.", None),
        ("Postan, Medieval Trade, 41.", None),  # no remark: the whole note
    ],
    ids=["plain-title", "italic-title", "prose-only", "no-remark"],
)
def test_short_note_then_remark(text: str, head: str | None) -> None:
    assert short_note_head(text) == head
    if head is not None:
        assert citation_start(text) == (0, False)  # a citation, not commentary


@pytest.mark.parametrize(
    ("second", "remark"),
    [
        ("Hammer, *Die Stadt*, 92. I follow his dating rather than Weber's.", True),
        ("Hammer, Die Stadt, 92–94. The charter itself is lost.", True),
        ("Hammer, *Die Stadt*, 92.", False),
    ],
    ids=["italic-remark", "plain-remark", "no-remark"],
)
def test_short_note_with_remark_repeats_the_full_note(
    tmp_path: Path, second: str, remark: bool
) -> None:
    source = tmp_path / "chapter.md"
    source.write_text(
        "Text.[^1] More.[^2]\n\n"
        "[^1]: Rolf Hammer, *Die Stadt* (Munich: Beck, 2000), 61.\n"
        f"[^2]: {second}\n",
        encoding="utf-8",
    )
    doc = parse_file(source)
    repeat = doc.footnotes[1].reference
    assert (repeat.authors, repeat.title, repeat.year) == (("Rolf Hammer",), "Die Stadt", 2000)
    assert (repeat.kind is RefKind.COMMENTARY) is False
    assert remark == (short_note_head(second) is not None)


@pytest.mark.parametrize(
    "text",
    [
        "Regional Archive of the Harbour Board. Fonds 7. Folder 2.",
        "County Record Office of Kent. Minutes 4. Box 12.",
    ],
    ids=["archive-fonds", "record-office-numbered"],
)
def test_an_archive_is_not_the_creator_of_its_fonds(text: str) -> None:
    assert parse_reference(text, [1], detect_styles=True).authors == ()
