"""RIS files (reference managers' exports) read as documents: tags, kinds, bad input,
sniffing and the round trip through ``bibcheck export ris``."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlite_utils import Database

from bibcheck.export.ris import export_ris, works_to_ris
from bibcheck.export.works import Work, export_kind, load_works
from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode, Reference, RefKind
from bibcheck.parse.references.ris import is_ris, kind_of, records, tag_line
from bibcheck.readers.registry import choose, scores
from bibcheck.readers.risfile import read_at
from tests.helpers import ref


def _record(*lines: str, kind: str = "JOUR") -> str:
    return "\n".join([f"TY  - {kind}", *lines, "ER  - ", ""])


def _one(text: str) -> Reference:
    doc = read_at(text, "refs.ris")
    assert len(doc.literature) == 1
    ref = doc.literature[0].reference
    assert ref is not None
    return ref


FIELDS = [
    (("AU  - Smith, Jane", "A1  - Doe, John"), "authors", ("Smith, Jane", "Doe, John")),
    (("A2  - Editor, Eve", "TI  - Edited"), "authors", ("Editor, Eve",)),
    (("AU  - Müller, Jürgen", "A2  - Editor, Eve"), "authors", ("Müller, Jürgen",)),
    (("TI  - Über die Dinge",), "title", "Über die Dinge"),
    (("T1  - A primary title",), "title", "A primary title"),
    (("TI  - A title", "T2  - Journal of Tests"), "host", "Journal of Tests"),
    (("JO  - J Tests",), "host", "J Tests"),
    (("JF  - Journal of Full Tests", "JA  - J Full Tests"), "host", "Journal of Full Tests"),
    (("PY  - 2020///",), "year", 2020),
    (("PY  - 2019/05/03/",), "year", 2019),
    (("Y1  - 1998",), "year", 1998),
    (("DA  - 2021/11/02",), "year", 2021),
    (("VL  - 12", "IS  - 3"), "volume", "12"),
    (("VL  - 12", "IS  - 3"), "issue", "3"),
    (("SP  - 101", "EP  - 110"), "pages", "101-110"),
    (("SP  - e1234",), "pages", "e1234"),
    (("PB  - MIT Press",), "publisher", "MIT Press"),
    (("CY  - Genève",), "place", "Genève"),
    (("DO  - 10.1000/xyz123",), "doi", "10.1000/xyz123"),
    (("DO  - https://doi.org/10.1000/abc",), "doi", "10.1000/abc"),
    (("UR  - https://example.org/a",), "url", "https://example.org/a"),
    (("L2  - https://example.org/full",), "url", "https://example.org/full"),
    (("L1  - internal-pdf://paper.pdf",), "url", None),
    (("UR  - https://a.example/x", "UR  - https://b.example/y"), "links", ("https://b.example/y",)),
    (("SN  - 978-0-262-51763-8",), "isbn", "9780262517638"),
    (("SN  - 0262517639",), "isbn", "0262517639"),
    (("SN  - 0028-0836 (Print) 1476-4687 (Electronic)",), "isbn", None),
    (("AN  - 31986264", "DB  - PubMed"), "pmid", "31986264"),
    (("AN  - 31986264", "DP  - NLM"), "pmid", "31986264"),
    (("AN  - 31986264", "DB  - Scopus"), "pmid", None),
    (("AN  - WOS:000123456700001",), "pmid", None),
    (("AN  - 31986264",), "pmid", "31986264"),
    (("AN  - 106234567", "DB  - cin20"), "pmid", None),
    (("C2  - PMC7159299",), "pmcid", "PMC7159299"),
    (("C2  - 12",), "pmcid", None),
    (("Y2  - 2021/03/04",), "access_date", date(2021, 3, 4)),
    (("Y2  - 2021-03-04",), "access_date", date(2021, 3, 4)),
    (("LA  - eng",), "language", "en"),
    (("LA  - German",), "language", "de"),
    (("LA  - fr",), "language", "fr"),
]


@pytest.mark.parametrize(("lines", "name", "expected"), FIELDS)
def test_tags_to_fields(lines: tuple[str, ...], name: str, expected: object) -> None:
    assert getattr(_one(_record(*lines)), name) == expected


def test_book_title_and_thesis() -> None:
    book = _one(_record("BT  - A Whole Book", "PB  - Press", kind="BOOK"))
    assert (book.kind, book.title, book.host) == (RefKind.BOOK, "A Whole Book", None)
    chapter = _one(_record("TI  - Part", "BT  - The Book", kind="CHAP"))
    assert (chapter.title, chapter.host) == ("Part", "The Book")
    thesis = _one(_record("TI  - T", "PB  - Universität Wien", "M3  - Dissertation", kind="THES"))
    assert (thesis.institution, thesis.publisher) == ("Universität Wien", None)
    assert thesis.thesis_designation == "Dissertation"


KINDS = [
    ("JOUR", RefKind.ARTICLE),
    ("JFULL", RefKind.ARTICLE),
    ("MGZN", RefKind.ARTICLE),
    ("NEWS", RefKind.ARTICLE),
    ("BOOK", RefKind.BOOK),
    ("CHAP", RefKind.CHAPTER),
    ("CONF", RefKind.CHAPTER),
    ("CPAPER", RefKind.CHAPTER),
    ("RPRT", RefKind.REPORT),
    ("GOVDOC", RefKind.REPORT),
    ("STAND", RefKind.REPORT),
    ("BILL", RefKind.REPORT),
    ("STAT", RefKind.REPORT),
    ("CASE", RefKind.REPORT),
    ("THES", RefKind.THESIS),
    ("ELEC", RefKind.WEB),
    ("WEB", RefKind.WEB),
    ("BLOG", RefKind.WEB),
    ("DATA", RefKind.WEB),
    ("COMP", RefKind.WEB),
    ("PAT", RefKind.PATENT),
    ("GEN", RefKind.UNKNOWN),
    ("XYZ", RefKind.UNKNOWN),
]


@pytest.mark.parametrize(("record_type", "kind"), KINDS)
def test_kinds(record_type: str, kind: RefKind) -> None:
    assert kind_of(record_type) is kind
    text = _record("TI  - T", "UR  - https://example.org/", kind=record_type)
    assert _one(text).kind is kind


_DAMAGED = AnomalyCode.DOCUMENT_DAMAGED
BAD = [
    ("TY  - JOUR\nTI  - No end\n", "has no end", 1, _DAMAGED),
    ("TY  - JOUR\nTI  - One\nTY  - BOOK\nTI  - Two\nER  - \n", "has no end", 2, _DAMAGED),
    (_record("TI  - T", "ZZ  - odd"), "unknown RIS tag 'ZZ'", 1, AnomalyCode.FIELD_NAME_MISSPELLED),
    (_record("TI - Loosely spaced"), "not spaced", 1, _DAMAGED),
    (_record("TI -Glued"), "not spaced", 1, _DAMAGED),
    (_record("PY  -2020"), "not spaced", 1, _DAMAGED),
    ("Exported from a manager\n" + _record("TI  - T"), "outside any RIS record", 1, _DAMAGED),
    ("AU  - Nobody, N.\nER  - \n", "outside any RIS record", 0, _DAMAGED),
    ("just words\n", "no RIS record", 0, _DAMAGED),
]


@pytest.mark.parametrize(("text", "message", "count", "code"), BAD)
def test_bad_input_is_anomalies(text: str, message: str, count: int, code: AnomalyCode) -> None:
    doc = read_at(text, "refs.ris")
    assert len(doc.literature) == count
    assert any(message in a.message and a.code is code for a in doc.anomalies), doc.anomalies


def test_loose_tag_still_read() -> None:
    assert _one(_record("TI - Loosely spaced")).title == "Loosely spaced"


def test_continuation_starting_like_a_tag() -> None:
    ref = _one(_record("TI  - Trials of", "UK-wide schemes", "PY  - 2020"))
    assert (ref.title, ref.year) == ("Trials of UK-wide schemes", 2020)


def test_bom_crlf_continuation_and_lines() -> None:
    text = "\ufeff" + _record("TI  - A long", "   title wrapped", "AU  - Roe, R.").replace(
        "\n", "\r\n"
    )
    text += "\r\n" + _record("TI  - Second", kind="BOOK").replace("\n", "\r\n")
    doc = read_at(text, "refs.ris")
    first, second = doc.literature
    assert first.reference is not None and first.reference.title == "A long title wrapped"
    assert (first.line, first.end_line, second.line, second.end_line) == (1, 5, 7, 9)
    assert first.reference.line == 1 and first.reference.end_line == 5
    assert first.text.startswith("TY  - JOUR") and first.text.endswith("ER  -")
    assert not doc.anomalies and not doc.footnotes and not doc.markers


def test_provider_header_is_no_stray_text() -> None:
    header = "Provider: A Publisher Ltd\nDatabase: Online Library\nContent: text/plain\n\n"
    text = header + _record("TI  - Headed", "AU  - Roe, R.")
    assert is_ris(text)
    doc = read_at(text, "refs.ris")
    assert not doc.anomalies
    assert [(e.line, e.end_line) for e in doc.literature] == [(5, 8)]


def test_non_utf8_file_is_read_with_an_anomaly(tmp_path: Path) -> None:
    path = tmp_path / "refs.ris"
    path.write_bytes(_record("TI  - Café au lait").encode("latin-1"))
    doc = parse_file(path)
    assert len(doc.literature) == 1
    assert any("UTF-8" in a.message for a in doc.anomalies)


def test_duplicates_are_reported() -> None:
    text = _record("TI  - Same", "DO  - 10.1000/same") + _record("TI  - Same", "DO  - 10.1000/same")
    doc = read_at(text, "refs.ris")
    assert len(doc.literature) == 2
    assert any("duplicate" in a.code.value for a in doc.anomalies), doc.anomalies


_WORKS = [
    ref(
        "x",
        1,
        kind=RefKind.ARTICLE,
        authors=("Smith, Jane", "Doe, John"),
        title="A study of things",
        host="Journal of Tests",
        year=2020,
        url="https://example.org/a",
        doi="10.1000/xyz123",
        volume="12",
        issue="3",
        pages="101-110",
        pmid="31986264",
        pmcid="PMC7159299",
        language="en",
    ),
    ref(
        "y",
        2,
        kind=RefKind.BOOK,
        authors=("Roe, Richard",),
        title="Ein Buch",
        year=2012,
        publisher="Verlag",
        place="Berlin",
        isbn="9780262517638",
        language="de",
    ),
    ref(
        "z",
        3,
        kind=RefKind.WEB,
        authors=("World Health Organization",),
        title="A page",
        url="https://example.org/page",
        language="en",
    ),
]
_SAME = ("authors", "title", "host", "year", "url", "doi", "volume", "issue", "pages")
_SAME += ("pmid", "pmcid", "isbn", "publisher", "place", "language", "kind")


@pytest.mark.parametrize("work", _WORKS, ids=lambda r: r.kind.value)
def test_round_trip(work: Reference) -> None:
    text = works_to_ris([Work("key1", work, (), urldate=date(2024, 3, 1))])
    back = _one(text)
    assert {n: getattr(back, n) for n in _SAME} == {n: getattr(work, n) for n in _SAME}
    if work.url:
        assert back.access_date == date(2024, 3, 1)


def test_round_trip_of_stored_documents(tricky: Database) -> None:
    works = load_works(tricky)
    doc = read_at(export_ris(tricky), "export.ris")
    assert len(doc.literature) == len(works)
    by_key = sorted(works, key=lambda w: w.key)
    for work, entry in zip(by_key, doc.literature, strict=True):
        ref, back = work.reference, entry.reference
        assert back is not None
        for name in ("title", "host", "url", "doi", "volume", "issue", "isbn", "pmid"):
            assert getattr(back, name) == getattr(ref, name), (work.key, name)
        assert back.year == ref.year, work.key
        assert back.kind is export_kind(ref), work.key


RIS_TEXT = _record("AU  - Smith, Jane", "TI  - A title", "PY  - 2020")
NOT_RIS = [
    "# Notes\n\nA RIS record opens with `TY  - JOUR` and ends with `ER  - `.\n",
    "Export format notes:\nTY  - JOUR\nthen the fields\nand more prose here\nER  - \n",
    "```\nTY  - JOUR\nTI  - In a code block\nER  - \n```\n",
    "Reading list\n\n1. Smith J. A title. 2020.\n",
    "",
    "TY  - JOUR\nTI  - never closed\n",
]


@pytest.mark.parametrize("text", NOT_RIS)
def test_not_ris(text: str) -> None:
    assert not is_ris(text)


@pytest.mark.parametrize("name", ["refs.ris", "refs.txt", "refs"])
def test_chosen_for_ris(name: str) -> None:
    assert is_ris(RIS_TEXT) and is_ris("\ufeff" + RIS_TEXT.replace("\n", "\r\n"))
    assert choose(name, RIS_TEXT).reader.name == "ris"


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("notes.md", "# Notes\n\nSee [^1].\n\n[^1]: TY  - JOUR is a tag, ER  - ends it.\n"),
        ("notes.txt", "Notes\n\nSmith (2020) says so.[1]\n\n1. Smith J. A title. 2020.\n"),
        (
            "howto.md",
            "# RIS\n\nSee [^1].\n\n```\n" + RIS_TEXT + "```\n\n[^1]: Smith J. Title. 2020.\n",
        ),
    ],
)
def test_other_documents_never_ris(name: str, text: str) -> None:
    assert [s for s, r in scores(name, text) if r.name == "ris"] == [0.0]


def test_ingested_file(tmp_path: Path) -> None:
    path = tmp_path / "export.ris"
    path.write_text(RIS_TEXT + "\n" + _record("TI  - Two", "UR  - https://example.org/"))
    doc = parse_file(path)
    assert doc.reader == "ris" and len(doc.literature) == 2
    assert [e.line for e in doc.literature] == [1, 7]


TAG_LINES = [
    ("TY  - JOUR", ("TY", "JOUR", True)),
    ("ER  - ", ("ER", "", True)),
    ("ER  -", ("ER", "", True)),
    ("TI  - Título: una   prueba ", ("TI", "Título: una   prueba", True)),
    ("TI - Loose", ("TI", "Loose", False)),
    ("A1 -Glued, G.", ("A1", "Glued, G.", False)),
    ("AU   - Wide, W.", ("AU", "Wide, W.", False)),
    ("US-led trials continue the abstract", None),
    ("ZZ - an unknown tag spaced loosely", None),
    ("An ordinary sentence - with a dash", None),
    ("- a list item", None),
    ("ti  - lower case", None),
]


@pytest.mark.parametrize(("line", "expected"), TAG_LINES)
def test_tag_line(line: str, expected: tuple[str, str, bool] | None) -> None:
    assert tag_line(line) == expected


def test_records_keep_tags_in_order() -> None:
    found = records(_record("AU  - B, B.", "AU  - A, A.", "KW  - one", "KW  - two"))
    (record,) = found.records
    assert record.values("AU") == ["B, B.", "A, A."]
    assert record.values("KW") == ["one", "two"]
    assert (record.line, record.end_line, record.closed) == (1, 6, True)
