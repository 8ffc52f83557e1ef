"""Page metadata (meta tags, JSON-LD, headings) and the cited title against it."""

from __future__ import annotations

import pytest

from bibcheck.model import Reference, VerifyVerdict
from bibcheck.verify.pagemeta import PageData, page_data, page_from_json, page_to_json
from bibcheck.verify.pages import judge_page, title_score
from tests.registryserver import article_page

SCHOLAR_PAGE = """<!doctype html><html><head>
<meta name="citation_title" content="Cooperation in Research Networks">
<meta name="citation_author" content="Smith, John A.">
<meta name="citation_author" content="Jones, Bob">
<meta name="citation_publication_date" content="2019/03/01">
<title>Cooperation in Research Networks | Journal of Science Policy</title>
</head><body><div class="toc"><h2>Contents</h2></div><article><h1>Cooperation in Research
Networks</h1><p>Abstract. We study networks.</p></article></body></html>"""

LD_PAGE = """<!doctype html><html><head><title>Blog</title>
<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
 {"@type": "WebSite", "name": "My blog"},
 {"@type": ["BlogPosting"], "headline": "How we moved to Rust",
  "datePublished": "2022-05-04T10:00:00Z",
  "author": [{"@type": "Person", "name": "Ann Lee"}]}]}</script>
<script type="application/ld+json">{ not json</script>
</head><body><!-- BEGIN WAYBACK TOOLBAR INSERT --><div>Wayback toolbar text</div>
<!-- END WAYBACK TOOLBAR INSERT --><p>Post text.</p></body></html>"""


def test_scholarly_meta_tags() -> None:
    page = page_data("https://j.test/a", SCHOLAR_PAGE)
    assert ("citation_title", "Cooperation in Research Networks") in page.titles
    assert ("h1", "Cooperation in Research Networks") in page.titles
    assert page.authors == ("Smith, John A.", "Jones, Bob")
    assert page.dates == ("2019/03/01",)
    assert "We study networks." in page.text and "Contents" in page.text


def test_json_ld_graph_and_broken_blocks() -> None:
    page = page_data("https://b.test/p", LD_PAGE, version="archive")
    assert ("headline", "How we moved to Rust") in page.titles
    assert page.authors == ("Ann Lee",) and page.dates == ("2022-05-04T10:00:00Z",)
    assert "Wayback" not in page.text and page.text == "Post text."
    assert page_from_json(page_to_json(page)) == page


def test_unbalanced_markup_is_still_read() -> None:
    page = page_data("u", "<html><head><title>Half <b>bold</title><p>text <div>more")
    assert page.titles == (("title", "Half bold"),) and "more" in page.text


def ref(title: str, **fields: object) -> Reference:
    return Reference(raw=title, line=1, end_line=1, title=title, **fields)  # type: ignore[arg-type]


BELTA = page_data(
    "https://news.test/a",
    article_page(
        "Лукашенко встретился с губернатором Минской области",
        "Президент провёл встречу в Минске. Обсуждались вопросы экономики региона.",
        site="БелТА",
        author="Иван Петров",
        published="2023-02-01T10:00:00+03:00",
    ),
)
FORUM = page_data(
    "https://news.test/b",
    article_page("Economic forum opens in Minsk", "The forum opened today with many guests."),
)
HOME = page_data("https://news.test/", "<html><head><title>News</title></head><body>x</body>")


@pytest.mark.parametrize(
    ("reference", "page", "verdict"),
    [
        (ref("Лукашенко встретился с губернатором Минской области"), BELTA,
         VerifyVerdict.PAGE_MATCHES),
        (ref("lukashenko-vstretilsya-s-gubernatorom-minskoy-oblasti"), BELTA,
         VerifyVerdict.PAGE_MATCHES),
        (ref("Lukashenko vstretilsya s gubernatorom Minskoy oblasti"), BELTA,
         VerifyVerdict.PAGE_MATCHES),
        (ref("Lukashenko met the governor of the Minsk region"), BELTA,
         VerifyVerdict.PAGE_INCONCLUSIVE),
        (ref("Путин провёл совещание по экономике"), BELTA, VerifyVerdict.PAGE_MISMATCH),
        (ref("Economic forum opens in Minsk"), FORUM, VerifyVerdict.PAGE_MATCHES),
        (ref("ECONOMIC FORUM OPENS IN MINSK!"), FORUM, VerifyVerdict.PAGE_MATCHES),
        (ref("New vaccine approved by the regulator in Brazil"), FORUM,
         VerifyVerdict.PAGE_MISMATCH),
        (ref("New vaccine approved by the regulator in Brazil"), HOME,
         VerifyVerdict.PAGE_INCONCLUSIVE),
    ],
    ids=["same-title", "latin-slug", "transliterated", "translated", "other-article",
         "english", "case-and-punctuation", "english-other", "generic-home-page"],
)  # fmt: skip
def test_judge_page(reference: Reference, page: PageData, verdict: VerifyVerdict) -> None:
    judged = judge_page(reference, [page])
    assert judged is not None and judged.verdict is verdict


def test_a_match_in_the_archived_copy_wins_over_a_changed_live_page() -> None:
    live = page_data("https://news.test/b", article_page("Weather for the weekend", "Rain."))
    archived = PageData(url=FORUM.url, titles=FORUM.titles, text=FORUM.text, version="archive")
    judged = judge_page(ref("Economic forum opens in Minsk"), [live, archived])
    assert judged is not None
    assert judged.verdict is VerifyVerdict.PAGE_MATCHES and judged.version == "archive"


def test_the_cited_title_in_the_opening_text_is_no_mismatch() -> None:
    page = page_data(
        "https://blog.test/p",
        "<html><head><title>Blog of a researcher</title></head><body><h1>Notes</h1>"
        "<p>Economic forum opens in Minsk: what I saw on the first day.</p></body></html>",
    )
    judged = judge_page(ref("Economic forum opens in Minsk"), [page])
    assert judged is not None and judged.verdict is not VerifyVerdict.PAGE_MISMATCH


@pytest.mark.parametrize(
    ("fields", "names"),
    [
        ({"authors": ("Петров И.",), "year": 2023}, []),
        ({"authors": ("Сидоров С.",), "year": 2023}, ["author"]),
        ({"authors": ("Petrov I.",), "year": 2020}, ["date"]),
    ],
    ids=["agrees", "other-author", "other-year"],
)
def test_author_and_date_when_the_title_matches(
    fields: dict[str, object], names: list[str]
) -> None:
    judged = judge_page(ref("Лукашенко встретился с губернатором Минской области", **fields),
                        [BELTA])  # fmt: skip
    assert judged is not None and judged.verdict is VerifyVerdict.PAGE_MATCHES
    assert [d[0] for d in judged.differences] == names


def test_title_score_of_a_swapped_pair() -> None:
    assert (title_score("Economic forum opens in Minsk", FORUM.all_titles()) or 0) >= 0.9
    assert (title_score("Economic forum opens in Minsk", BELTA.all_titles()) or 0) < 0.3
