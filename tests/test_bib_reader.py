"""Reading .bib files as documents of references (bibcheck/readers/bibtex.py)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlite_utils import Database

from bibcheck.analyse import analyse_document
from bibcheck.bibfile import read_bib
from bibcheck.errors import InputError
from bibcheck.export.bibtex import export_bibtex
from bibcheck.export.works import load_works
from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode, RefKind
from bibcheck.readers import reader_for
from bibcheck.readers.bibtex import score
from bibcheck.store import open_db
from bibcheck.store.documents import load_document, save_document
from bibcheck.store.links import cited_urls
from tests.helpers import SAMPLE, store_tricky

BIB = r"""% A damaged bibliography
@online{belta2019,
  author = {Shumilin, A.},
  title = {Belarus and {Turkey} signed a roadmap},
  date = {2019-05-02},
  url = {https://www.belta.by/society/view/x_2019/},
  urldate = {2023-05-17},
  langid = {english},
}

@book{ivanov2020,
  author = {Иванов, И. И. and {Министерство экономики}},
  title = {Экономика Беларуси},
  publisher = {Наука}, address = {Минск},
  year = 2020, pagetotal = {250},
}

@article{broken,
  title = {Never closed,
  year = {2021},

@article{smith2020,
  author = {Smith, John and M{\"u}ller, Hans},
  title = {R\&D at 50\% -- a study},
  journal = {Journal of Things},
  year = {2020}, pages = {10--20},
  doi = {https://doi.org/10.1000/XYZ_1},
}

@misc{belta2019,
  title = {The same key again},
  howpublished = {\url{https://example.org/a%20b}},
  year = {202-},
}

@online{again,
  title = {Belarus and Turkey signed a road map},
  url = {http://belta.by/society/view/x_2019},
}

@article{smith2020b,
  title = {The same DOI},
  doi = {10.1000/xyz_1},
}

@online{nourl,
  title = {An online entry without URL},
  urldate = {17.05.2023},
}
"""


def parse(text: str = BIB, path: str = "refs.bib"):  # type: ignore[no-untyped-def]
    return parse_bytes(text.encode(), path)


def test_read_bib_lines_and_errors() -> None:
    records, errors = read_bib(BIB)
    assert [(r.key, r.line) for r in records] == [
        ("belta2019", 2),
        ("ivanov2020", 11),
        ("smith2020", 22),
        ("belta2019", 30),
        ("again", 36),
        ("smith2020b", 41),
        ("nourl", 46),
    ]
    assert records[0].end_line == 9 and records[0].field_lines["url"] == 6
    assert [(e.line, e.duplicate_key) for e in errors] == [(18, None), (30, "belta2019")]
    assert "first at line 2" in errors[1].message


def test_read_bib_decodes_latex_but_not_urls() -> None:
    records, _ = read_bib(BIB)
    smith = records[2]
    assert smith.fields["title"] == "R&D at 50% – a study"
    assert smith.authors == ("Smith, John", "Müller, Hans")
    assert records[1].authors == ("Иванов, И. И.", "Министерство экономики")
    assert records[0].fields["url"] == "https://www.belta.by/society/view/x_2019/"
    assert records[3].fields["howpublished"] == "https://example.org/a%20b"


def test_score_and_reader_choice() -> None:
    assert score(BIB) > 0.9
    assert score("@comment{only a comment}\n@string{x = {y}}") == 0
    assert score(SAMPLE.read_text(encoding="utf-8")) == 0
    assert reader_for("refs.bib", BIB).name == "bibtex"
    quoting = "Body text.[^1]\n\n[^1]: See the entry below.\n\n```\n@article{x, title={y}}\n```\n"
    assert reader_for("notes.md", quoting).name != "bibtex"


def test_entries_become_literature() -> None:
    doc = parse()
    assert doc.reader == "bibtex"
    assert doc.footnotes == ()
    assert [e.number for e in doc.literature] == list(range(1, 8))
    assert [e.line for e in doc.literature] == [2, 11, 22, 30, 36, 41, 46]
    first = doc.literature[0].reference
    assert first.kind is RefKind.WEB and first.style == "bibtex"
    assert first.url == "https://www.belta.by/society/view/x_2019/"
    assert (first.year, first.access_date, first.language) == (2019, date(2023, 5, 17), "en")
    assert first.authors == ("Shumilin, A.",)
    book = doc.literature[1].reference
    assert (book.kind, book.publisher, book.place, book.page_count, book.language) == (
        RefKind.BOOK, "Наука", "Минск", 250, "ru"
    )  # fmt: skip
    article = doc.literature[2].reference
    assert (article.host, article.pages, article.doi) == (
        "Journal of Things",
        "10–20",
        "10.1000/XYZ_1",
    )
    misc = doc.literature[3].reference
    assert misc.url == "https://example.org/a%20b" and misc.year is None and misc.year_raw == "202-"


def _codes(doc) -> list[tuple[str, int | None]]:  # type: ignore[no-untyped-def]
    return [(a.code.value, a.line) for a in doc.all_anomalies()]


def test_problems_are_anomalies_with_lines() -> None:
    found = _codes(parse())
    assert ("reference-unparsed", 18) in found
    assert ("literature-duplicate-entry", 30) in found  # key defined twice
    assert ("year-malformed", 33) in found
    assert ("url-missing", 46) in found
    assert ("access-date-invalid", 48) in found
    assert not any(code == "literature-uncited" for code, _ in found)
    assert not any(code == "no-literature-list" for code, _ in found)


def test_duplicate_works_are_reported() -> None:
    doc = parse()
    dups = [a for a in doc.all_anomalies() if a.code is AnomalyCode.LITERATURE_DUPLICATE_ENTRY]
    messages = {a.line: a.message for a in dups}
    assert "same URL" in messages[36] and "entry 1" in messages[36]
    assert "same DOI" in messages[41] and "entry 3" in messages[41]
    assert {a.literature_entry for a in dups if a.line in (36, 41)} == {5, 6}
    # each names both entries' lines: the copy and the one it repeats (key, URL, DOI)
    assert {a.line: a.lines for a in dups} == {30: (2, 30), 36: (2, 36), 41: (22, 41)}
    findings = analyse_document(doc, {}, {})
    assert sorted(f.lines for f in findings if f.kind == "duplicate-citation") == [
        (2, 30), (2, 36), (22, 41),
    ]  # fmt: skip


def test_stored_and_reloaded(db: Database) -> None:
    doc = parse()
    save_document(db, doc, size=len(BIB), now=datetime(2024, 1, 1, tzinfo=UTC))
    again = load_document(db, doc.id)
    assert [e.reference.url for e in again.literature] == [e.reference.url for e in doc.literature]
    assert "https://www.belta.by/society/view/x_2019/" in cited_urls(db)


@pytest.mark.parametrize("text", ["", "just prose, no entries", "@comment{x}"])
def test_not_a_bib(text: str) -> None:
    with pytest.raises(InputError):
        parse(text)


def test_garbage_never_raises() -> None:
    doc = parse("@article{x,\n title = {a}}}}}\n@@@@{\n@book{y, title={b}, year={2020}}\n" * 50)
    assert doc.literature


def test_export_then_import_keeps_the_works(tmp_path) -> None:  # type: ignore[no-untyped-def]
    source = store_tricky(open_db(memory=True))
    works = load_works(source)
    bib = export_bibtex(source)
    doc = parse(bib, "tricky.bib")
    assert not [a for a in doc.all_anomalies() if a.code is not AnomalyCode.YEAR_MALFORMED]
    imported = open_db(tmp_path / "imported.db")
    save_document(imported, doc, size=len(bib), now=datetime(2024, 1, 1, tzinfo=UTC))
    back = load_works(imported)
    assert [w.key for w in back] == [w.key for w in works]
    for old, new in zip(works, back, strict=True):
        for name in ("url", "title", "authors", "year", "year_raw", "doi", "publisher", "place",
                     "pages", "page_count", "language", "kind", "host"):  # fmt: skip
            assert getattr(new.reference, name) == getattr(old.reference, name), (old.key, name)


def test_concatenation_strings_and_ampersands() -> None:
    from bibcheck.bibfile import read_bib

    records, errors = read_bib(
        '@string{jot = "Journal of Trade"}\n'
        '@article{a, title = {Tom & Jerry}, journal = jot # " Quarterly", year = 2020}\n'
        '@misc{b, title = "foo" # { baz}}\n'
    )
    assert errors == []
    fields = {r.key: r.fields for r in records}
    assert fields["a"]["title"] == "Tom & Jerry"
    assert fields["a"]["journal"] == "Journal of Trade Quarterly"
    assert fields["b"]["title"] == "foo baz"


@pytest.mark.parametrize(
    ("year", "value", "malformed"),
    [
        ("1978/79", 1978, False),  # an academic year
        ("1910–1913; Second edition, 1925–1927", 1910, False),
        ("300 BC", None, False),  # an ancient work's year, written as such
        ("c. 1450 AD", None, False),
        ("202-", None, True),  # incomplete: said, never guessed
        ("sometime", None, True),
        ("1865（清同治四年）", 1865, False),  # GB/T 7714: the reign year in brackets
        ("1998 [1850]", 1998, False),  # a reprint and its original year
        ("1987 (reprint)", 1987, False),
        ("（清同治四年）", None, True),  # a reign year alone: no year to read
    ],
    ids=[
        "academic-year",
        "range-and-note",
        "bc",
        "ad",
        "incomplete",
        "words",
        "reign-year",
        "original-year",
        "reprint-note",
        "reign-year-alone",
    ],
)
def test_free_text_years_of_real_bib_files(year: str, value: int | None, malformed: bool) -> None:
    doc = parse(f"@book{{euclid, author={{Euclid}}, title={{Elements}}, year={{{year}}}}}\n")
    ref = doc.literature[0].reference
    assert ref.year == value
    codes = {a.code for a in doc.all_anomalies()}
    assert (AnomalyCode.YEAR_MALFORMED in codes) is malformed


@pytest.mark.parametrize(
    "text",
    [
        "@media (min-width: 768px) {\n  .l-gutter { height: 0px; }\n}\n",
        "@supports (display: grid) {\n  main { display: grid; }\n}\n@page { margin: 1cm; }\n",
        "@import url(style.css);\n@keyframes fade { from { opacity: 0; } }\n@layer base {\n}\n",
    ],
)
def test_css_at_rules_are_no_entries(text: str) -> None:
    # a page's style sheet (Jekyll front matter "_styles: >", <style>) is no bibliography
    assert score(text) == 0
