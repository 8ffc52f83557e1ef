"""Link citations that differ only by their ``#fragment`` (real-document sweep 31, P3).

Jupyter Book, Quarto, Sphinx and pkgdown pages, and the notebooks exported from them,
cite by linking an anchor on one references page: ``[[1979](https://.../refs.html#id12)]``,
``[[1984](https://.../refs.html#id40)]``.  Each anchor is one work: one note per distinct
URL-with-fragment, and every link keeps its marker.  A page linked with and without one
fragment (``/guide`` and ``/guide#install``) stays one work, as before.
"""

from __future__ import annotations

import pytest

from bibcheck.export.works import distinct_works, split_pages, work_url
from bibcheck.manuscript import parse_bytes
from bibcheck.model import Reference
from bibcheck.readers.links import WorkKeys
from bibcheck.urls import citing_fragment, is_references_page
from tests.test_regex_growth import assert_linear

# (links in document order, the work each one is: equal letters, one work)
KEYS = {
    "references-page anchors": (
        [
            "https://lectures.example.org/zreferences.html#id12",
            "https://lectures.example.org/zreferences.html#id40",
            "https://lectures.example.org/zreferences.html#id12",
        ],
        "aba",
    ),
    "bibliography page, pandoc ref- anchors": (
        [
            "https://book.example.net/bibliography.html#ref-lee2019",
            "https://book.example.net/bibliography.html#ref-kim2021",
        ],
        "ab",
    ),
    "references page: the page itself and an anchor": (
        ["https://site.example.com/references/", "https://site.example.com/references/#ref-3"],
        "ab",
    ),
    "one page, two anchors": (
        [
            "https://data.example.gov/tools/#lodes",
            "https://data.example.gov/tools/#qwi",
            "https://data.example.gov/tools/#lodes",
        ],
        "aba",
    ),
    "a page with and without one anchor": (
        ["https://docs.example.io/guide", "https://docs.example.io/guide#install"],
        "aa",
    ),
    "anchor first, then the bare page, then another anchor": (
        [
            "https://docs.example.io/guide#install",
            "https://docs.example.io/guide",
            "https://docs.example.io/guide#usage",
        ],
        "aab",
    ),
    "scheme and www do not part works": (
        ["http://www.example.org/paper", "https://example.org/paper/"],
        "aa",
    ),
    "text fragments quote one page": (
        [
            "https://news.example.com/story#:~:text=rose%20by",
            "https://news.example.com/story#:~:text=fell%20by",
        ],
        "aa",
    ),
}


@pytest.mark.parametrize("case", KEYS, ids=list(KEYS))
def test_work_keys(case: str) -> None:
    urls, expected = KEYS[case]
    keys = WorkKeys()
    got = [keys.key(u) for u in urls]
    letters: dict[str, str] = {}
    shape = "".join(letters.setdefault(k, "abcdefgh"[len(letters)]) for k in got)
    assert shape == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://python.example.org/zreferences.html#id328", True),
        ("https://book.example.net/references.html#ref-smith2001", True),
        ("https://pkg.example.dev/articles/refs.html#r7", True),
        ("https://site.example.com/bibliography/#b12", True),
        ("https://site.example.com/literatur.html#mueller", True),
        ("https://site.example.com/references.html", False),  # no anchor
        ("https://site.example.com/blog/my-references-post.html#x", False),
        ("https://site.example.com/guide.html#references", False),
    ],
)
def test_is_references_page(url: str, expected: bool) -> None:
    assert is_references_page(url) is expected


def test_citing_fragment() -> None:
    assert citing_fragment("https://a.example/p#sec-2") == "sec-2"
    assert citing_fragment("https://a.example/p#:~:text=x") == ""
    assert citing_fragment("https://a.example/p") == ""


def _links(doc_bytes: bytes, name: str) -> list[tuple[str, str, int]]:
    doc = parse_bytes(doc_bytes, name)
    return [(fn.label, fn.reference.url or "", len(fn.markers)) for fn in doc.footnotes]


MD = b"""# Asset pricing notes

Consumption-based models were first estimated by Lee [[1979](https://notes.example.org/zreferences.html#id12)]
and refined by Kim and Park [[1984](https://notes.example.org/zreferences.html#id40)], whose
estimates Lee [[1979](https://notes.example.org/zreferences.html#id12)] later questioned.

The returns come from [the data library](https://data.example.edu/library.html).
"""


def test_markdown_links_one_note_per_anchor() -> None:
    assert _links(MD, "notes.md") == [
        ("L1", "https://notes.example.org/zreferences.html#id12", 2),
        ("L2", "https://notes.example.org/zreferences.html#id40", 1),
        ("L3", "https://data.example.edu/library.html", 1),
    ]


HTML = b"""<!DOCTYPE html><html><head><title>Onboarding</title></head><body>
<article><h1>Onboarding</h1>
<p>Newcomers settle faster with a mentor, as a
<a href="https://book.example.net/bibliography.html#ref-lee2019">study of new hires</a>
found, and social ties matter more than
<a href="https://book.example.net/bibliography.html#ref-kim2021">formal training</a>.</p>
<p>Our own numbers agree with a <a href="https://reports.example.org/2022/remote">survey of
remote teams</a>.</p>
</article></body></html>"""


def test_html_body_links_one_note_per_anchor() -> None:
    assert _links(HTML, "notes.html") == [
        ("L1", "https://book.example.net/bibliography.html#ref-lee2019", 1),
        ("L2", "https://book.example.net/bibliography.html#ref-kim2021", 1),
        ("L3", "https://reports.example.org/2022/remote", 1),
    ]


def test_long_path_is_linear() -> None:
    def key(url: str) -> object:
        is_references_page(url)
        return WorkKeys().key(url)

    assert_linear(
        key,
        lambda n: "https://a.example/" + "references/" * (n // 22) + "x" * (n // 2) + "#id1",
    )


def test_export_keeps_anchored_works_apart() -> None:
    doc = parse_bytes(MD, "notes.md")
    urls = sorted(w.reference.url or "" for w in distinct_works([doc]))
    assert urls == [
        "https://data.example.edu/library.html",
        "https://notes.example.org/zreferences.html#id12",
        "https://notes.example.org/zreferences.html#id40",
    ]


@pytest.mark.parametrize(
    ("urls", "works"),
    [
        (["https://d.example.gov/t/#lodes", "https://d.example.gov/t/#qwi"], 2),
        (["https://d.example.gov/t/", "https://d.example.gov/t/#lodes"], 1),
        (["https://d.example.gov/refs.html", "https://d.example.gov/refs.html#r1"], 2),
        (["http://www.d.example.gov/a", "https://d.example.gov/a/"], 1),
    ],
)
def test_work_url(urls: list[str], works: int) -> None:
    refs = [Reference(raw=u, line=1, end_line=1, url=u) for u in urls]
    split = split_pages(refs)
    assert len({work_url(u, split) for u in urls}) == works
