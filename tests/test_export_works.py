"""Distinct works, merging and citation keys (bibcheck.export.works).

Also home of the *tricky* fixture shared by the BibTeX, CSL-JSON, RIS and LaTeX
tests: hand-built references (a Cyrillic author, ``&`` and ``%`` in titles, a
URL with ``_`` and ``%``, a book with pages, a corporate author, ...) stored in
a database with a link history and an archived copy, so the goldens do not
move when the reference parser improves.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

import pytest
from sqlite_utils import Database

from bibcheck.export.works import (
    base_key,
    citation_keys,
    corporate,
    distinct_works,
    load_works,
    site_name,
    split_name,
    transliterate,
)
from bibcheck.model import (
    Footnote,
    LiteratureEntry,
    LiteratureMatch,
    Origin,
    ParsedDocument,
)
from tests.helpers import (
    FRAG_URL,
    LITERATURE,
    PCT_URL,
    SAMPLE,
    SNAPSHOT,
    TRICKY_WORKS,
    WHO_URL,
    ref,
    store_tricky,
    tricky_documents,
)

# --------------------------------------------------------------------------
# pure helpers
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Залесский", "Zalesskiy"),
        ("Щукин Юрий", "Shchukin Yuriy"),
        ("Ёлкин, Ж.", "Elkin, Zh."),
        ("Müller Çelik Ğ", "Muller Celik G"),
        ("Ўладзімір Іваноў", "Uladzimir Ivanou"),
        ("объём", "obem"),
        ("Żółć Łódź Straße Ærø", "Zolc Lodz Strasse Aero"),
        ("漢字 abc", " abc"),
    ],
)
def test_transliterate(text: str, expected: str) -> None:
    assert transliterate(text) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Shumilin, A.", ("Shumilin", "A.")),
        ("A. B. Shumilin", ("Shumilin", "A. B.")),
        ("John Smith", ("Smith", "John")),
        ("Иванов, И. И.", ("Иванов", "И. И.")),
        ("Plato", ("Plato", "")),
    ],
)
def test_split_name(name: str, expected: tuple[str, str]) -> None:
    assert split_name(name) == expected


@pytest.mark.parametrize(
    ("name", "is_org"),
    [
        ("World Health Organization", True),
        ("Министерство иностранных дел", True),
        ("BelTA", True),
        ("Zalesky, B.", False),
        ("John Smith", False),
        ("A. Shumilin", False),
    ],
)
def test_corporate(name: str, is_org: bool) -> None:
    assert corporate(name) is is_org


@pytest.mark.parametrize(
    ("url", "name"),
    [
        ("https://www.belta.by/society/view/x/", "belta"),
        ("https://turkey.mfa.gov.by/ru/", "mfa"),
        ("http://president.gov.by/ru/", "president"),
        ("https://www.bbc.co.uk/news", "bbc"),
        ("https://пример.рф/путь", "primer"),
        (None, ""),
    ],
)
def test_site_name(url: str | None, name: str) -> None:
    assert site_name(url) == name


@pytest.mark.parametrize(
    ("fields", "key"),
    [
        (
            {"authors": ("Zalesky, B.",), "title": "The Route of Interaction", "year": 2023},
            "zalesky2023route",
        ),
        (
            {"title": "Belarus and Turkey", "year": 2019, "url": "https://www.belta.by/a/"},
            "belta2019belarus",
        ),
        (
            {"authors": ("Иванов, И. И.",), "title": "О развитии экономики", "year": 2020},
            "ivanov2020razvitii",
        ),
        (
            {"authors": ("World Health Organization",), "title": "World report", "year": 2015},
            "world2015world",
        ),
        ({"title": "Political relations", "year_raw": "202-"}, "anon202political"),
        ({"title": "On the 2023 results", "publisher": "Наука Press"}, "naukandresults"),
    ],
)
def test_base_key(fields: dict[str, object], key: str) -> None:
    assert base_key(ref("raw", 1, **fields)) == key


def test_colliding_keys_get_suffixes_in_content_order() -> None:
    refs = [
        ref("b", 1, title="Belarus beta", year=2019, url="https://belta.by/b"),
        ref("a", 2, title="Belarus alpha", year=2019, url="https://belta.by/a"),
        ref("c", 3, title="Other", year=2019, url="https://belta.by/c"),
        ref("d", 4, title="Belarusa", year=2019, url="https://belta.by/d"),  # base ends in "a"
    ]
    keys = citation_keys(refs)
    # "belta2019belarusa" is taken by the work titled "Belarusa": the pair gets b and c
    assert keys == ["belta2019belarusc", "belta2019belarusb", "belta2019other", "belta2019belarusa"]
    shuffled = refs[:]
    random.Random(1).shuffle(shuffled)
    again = dict(zip((r.raw for r in shuffled), citation_keys(shuffled), strict=True))
    assert again == dict(zip((r.raw for r in refs), keys, strict=True))


def test_many_collisions_stay_unique() -> None:
    refs = [
        ref(str(i), i, title=f"Belarus {i}", year=2020, url=f"https://belta.by/{i}")
        for i in range(60)
    ]
    keys = citation_keys(refs)
    assert len(set(keys)) == 60
    assert "belta2020belarusaa" in keys


# --------------------------------------------------------------------------
# grouping and merging
# --------------------------------------------------------------------------


def test_distinct_works_merge_footnotes_literature_and_documents() -> None:
    works = distinct_works(tricky_documents())
    assert len(works) == TRICKY_WORKS
    assert [w.key for w in works] == sorted(w.key for w in works)
    by_url = {w.reference.url: w for w in works}
    pct = by_url[PCT_URL]
    # literature entry 2, footnote 2 (linked) and the second document's footnote 1 (same URL)
    assert [(c.document, c.origin) for c in pct.citations] == [
        ("book.md", Origin.LITERATURE),
        ("book.md", Origin.FOOTNOTE),
        ("article.md", Origin.FOOTNOTE),
    ]
    assert pct.reference.title == LITERATURE[1].title  # the literature entry wins


def test_footnote_pages_are_not_the_works_pages() -> None:
    works = distinct_works(tricky_documents())
    book = next(w for w in works if w.key.startswith("zalesky"))
    assert book.reference.pages == "45-47"  # the literature entry's own
    only_footnote = replace(tricky_documents()[0], literature=())
    merged = distinct_works([only_footnote])
    book = next(w for w in merged if w.key.startswith("zalesky"))
    assert book.reference.pages is None  # the footnote's "65" is per citation


def test_ibid_is_no_work() -> None:
    works = distinct_works(tricky_documents())
    assert not any(w.reference.raw == "Ibid." for w in works)


def test_literature_fills_from_footnote() -> None:
    lit = ref("lit", 1, title="A title", year=2020)
    fn_ref = ref("fn", 2, title="A title", year=2020, url="https://x.org/a", pages="5")
    doc = ParsedDocument(
        "c" * 64, "x.md", "r", None, "utf-8",
        (Footnote("1", 1, 2, fn_ref, (), LiteratureMatch(1, "title", 100.0)),),
        (LiteratureEntry(1, 1, lit, "1"),),
    )  # fmt: skip
    (work,) = distinct_works([doc])
    assert work.reference.url == "https://x.org/a"
    assert work.reference.pages is None
    assert work.reference.raw == "lit"


def test_load_works_adds_urldate_and_snapshot(db: Database) -> None:
    works = {w.reference.url: w for w in load_works(store_tricky(db))}
    pct = works[PCT_URL]
    assert pct.urldate == date(2024, 3, 1)  # last seen alive, not the later dead check
    assert pct.snapshot is not None
    assert pct.snapshot.url == SNAPSHOT and pct.snapshot.taken == date(2024, 3, 1)
    assert works[WHO_URL].urldate == date(2023, 5, 17)  # the access date wins
    assert works[FRAG_URL].urldate is None and works[FRAG_URL].snapshot is None


def test_sample_has_166_distinct_works(sample_doc: ParsedDocument) -> None:
    works = distinct_works([sample_doc])
    assert len(sample_doc.literature) == 166
    assert all(fn.literature is not None for fn in sample_doc.footnotes)
    assert len(works) == 166
    assert len({w.key for w in works}) == 166


@pytest.fixture(scope="module")
def sample_doc() -> ParsedDocument:
    from bibcheck.manuscript import parse_file

    return parse_file(SAMPLE)


def test_exports_agree_on_the_type_and_keep_an_articles_own_pages() -> None:
    from bibcheck.export.bibtex import entry_type
    from bibcheck.export.works import export_kind
    from bibcheck.model import Reference as R
    from bibcheck.model import RefKind as K

    hostless = R("x", 1, 1, kind=K.ARTICLE, title="T", url="https://a.org/x")
    assert export_kind(hostless) is K.WEB and entry_type(hostless, "biblatex") == "online"
    article = R("x", 1, 1, kind=K.ARTICLE, title="T", host="Journal", pages="10-20")
    assert export_kind(article) is K.ARTICLE and entry_type(article, "biblatex") == "article"
    from bibcheck.export.works import merge
    from bibcheck.model import Origin

    merged = merge([article], [Origin.FOOTNOTE])
    assert merged.pages == "10-20"  # an article's page range belongs to the work
    book = R("x", 1, 1, kind=K.BOOK, title="B", pages="65")
    assert merge([book], [Origin.FOOTNOTE]).pages is None  # the page a footnote cites
