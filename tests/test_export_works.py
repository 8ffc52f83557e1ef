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
from datetime import UTC, date, datetime

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
    ArchiveLookup,
    ArchiveOutcome,
    Footnote,
    LinkCheck,
    LinkStatus,
    LiteratureEntry,
    LiteratureMatch,
    Origin,
    ParsedDocument,
    Reference,
    RefKind,
)
from bibcheck.store.archives import save_lookup
from bibcheck.store.documents import save_document
from bibcheck.store.links import save_check, start_run

# --------------------------------------------------------------------------
# the tricky fixture
# --------------------------------------------------------------------------

PCT_URL = "https://www.belta.by/economics/view/r_d-spending-grew-by-14%25-2023_556675/"
FRAG_URL = "https://example.org/path_with_underscore/%D0%B0%D0%B1?q=a_b&x=1#frag_1"
WHO_URL = "https://apps.who.int/iris/handle/10665/186463"
SNAPSHOT = "https://web.archive.org/web/20240301120000/" + PCT_URL


def ref(raw: str, line: int, **fields: object) -> Reference:
    return Reference(raw=raw, line=line, end_line=line, **fields)  # type: ignore[arg-type]


LITERATURE = (
    ref(
        "Иванов, И. И. Экономика Беларуси и Турции / И. И. Иванов. - Минск : Наука, 2020. - 250 с.",
        40,
        kind=RefKind.BOOK,
        style="gost",
        authors=("Иванов, И. И.",),
        title="Экономика Беларуси и Турции: итоги 2020 года",
        responsibility="И. И. Иванов",
        year=2020,
        year_raw="2020",
        publisher="Наука",
        place="Минск",
        page_count=250,
        language="ru",
    ),
    ref(
        "R&D spending grew by 14% ...",
        41,
        kind=RefKind.WEB,
        title="R&D spending grew by 14% in 2023: BelTA's #1 story, $3.5 billion_total ~ ^ {x} \\",
        year=2023,
        year_raw="2023",
        url=PCT_URL,
        url_raw=PCT_URL,
        url_display=PCT_URL,
        electronic=True,
        language="en",
    ),
    ref(
        "Zalesky, B. The Route of Interaction - Asia / B. Zalesky. - LAP LAMBERT Academic Publishing, 2023. - 112 c.",
        42,
        kind=RefKind.BOOK,
        authors=("Zalesky, B.",),
        title="The Route of Interaction - Asia. Intensification of Belarus' multifaceted ties",
        year=2023,
        year_raw="2023",
        publisher="LAP LAMBERT Academic Publishing",
        pages="45-47",
        page_count=112,
        language="en",
    ),
    ref(
        "World Health Organization. World report on ageing and health. Geneva: WHO, 2015.",
        43,
        kind=RefKind.REPORT,
        authors=("World Health Organization",),
        title="World report on ageing and health",
        year=2015,
        year_raw="2015",
        publisher="WHO",
        place="Geneva",
        url=WHO_URL,
        url_raw=WHO_URL,
        url_display=WHO_URL,
        access_date=date(2023, 5, 17),
        language="en",
    ),
    ref(
        "Петров, П. Статья // Материалы конференции. - 2019. - С. 45-47.",
        44,
        kind=RefKind.CHAPTER,
        authors=("Петров, П.", "Сидорова, А. Б."),
        title="Сотрудничество в области науки",
        host="Материалы международной научной конференции «Беларусь и Азия»",
        year=2019,
        year_raw="2019",
        pages="45–47",
        language="ru",
    ),
    ref(
        "Smith, J., & Doe, A. (2020). A study of things. Journal of Things, 10-20.",
        45,
        kind=RefKind.ARTICLE,
        style="generic",
        authors=("Smith, J.", "Doe, A."),
        title="A study of things in iPhone apps and GDP growth",
        host="Journal of Things & Stuff",
        year=2020,
        year_raw="2020",
        pages="10-20",
        doi="10.1000/xyz_1",
        url=FRAG_URL,
        url_raw=FRAG_URL,
        url_display=FRAG_URL,
        language="en",
    ),
    ref(
        "Political relations [Electronic resource]. - 202-. - URL: https://turkey.mfa.gov.by/ru/bilateral_relations/",
        46,
        kind=RefKind.WEB,
        title="Political relations",
        year_raw="202-",
        url="https://turkey.mfa.gov.by/ru/bilateral_relations/",
        url_raw="https://turkey.mfa.gov.by/ru/bilateral_relations/",
        url_display="https://turkey.mfa.gov.by/ru/bilateral_relations/",
        electronic=True,
        language="en",
    ),
)
TRICKY_WORKS = len(LITERATURE) + 1  # plus the second document's own work


def tricky_documents() -> list[ParsedDocument]:
    """Two documents: footnotes linked to literature, an Ibid., a cross-document duplicate."""
    entries = tuple(LiteratureEntry(i, r.line, r, str(i)) for i, r in enumerate(LITERATURE, 1))
    footnotes = (
        Footnote(
            "1",
            1,
            10,
            replace(LITERATURE[2], pages="65", line=10),
            (),
            LiteratureMatch(3, "title", 100.0),
        ),
        Footnote(
            "2",
            2,
            11,
            replace(LITERATURE[1], title="R&D spending grew", line=11),
            (),
            LiteratureMatch(2, "url", 100.0),
        ),
        Footnote("3", 3, 12, ref("Ibid.", 12), (), None),
        Footnote(
            "4", 4, 13, replace(LITERATURE[0], line=13), (), LiteratureMatch(1, "title", 100.0)
        ),
    )
    first = ParsedDocument("a" * 64, "book.md", "sup-markdown", None, "utf-8", footnotes, entries)
    second_refs = (
        # the same web page as literature entry 2, cited in another manuscript
        replace(LITERATURE[1], raw="other", title="Other title for the same page", line=3),
        ref(
            "Belta. Belarus and Turkey ... 2019. URL: https://www.belta.by/society/view/x-2019/",
            4,
            kind=RefKind.WEB,
            title="Belarus and Turkey signed a roadmap",
            year=2019,
            year_raw="2019",
            url="https://www.belta.by/society/view/x-2019/",
            url_raw="https://www.belta.by/society/view/x-2019/",
            electronic=True,
            language="en",
        ),
    )
    second_fns = tuple(
        Footnote(str(i), i, r.line, r, (), None) for i, r in enumerate(second_refs, 1)
    )
    second = ParsedDocument(
        "b" * 64, "article.md", "pandoc-markdown", None, "utf-8", second_fns, ()
    )
    return [first, second]


def store_tricky(db: Database) -> Database:
    """The tricky documents stored, with a link history and an archived copy."""
    now = datetime(2024, 6, 1, tzinfo=UTC)
    for doc in tricky_documents():
        save_document(db, doc, size=0, now=now)
    run = start_run(db, {}, "test", now)
    for when, status in (("2024-02-01", LinkStatus.ALIVE), ("2024-03-01", LinkStatus.ALIVE),
                         ("2024-05-01", LinkStatus.DEAD)):  # fmt: skip
        checked = datetime.fromisoformat(when).replace(tzinfo=UTC)
        save_check(db, run, LinkCheck(PCT_URL, status, checked, http_status=200))
    save_lookup(
        db,
        ArchiveLookup(
            PCT_URL,
            ArchiveOutcome.FOUND,
            now,
            snapshot_url=SNAPSHOT,
            snapshot_timestamp="20240301120000",
            verified=True,
        ),
    )
    return db


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
    from tests.conftest import SAMPLE

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
