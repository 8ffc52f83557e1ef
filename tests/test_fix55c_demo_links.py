"""fix55c: an address shown as example input (an attack string, a local server, anyone's
site) is no link citation; a link a word processor cut at a parenthesis is one link to
the whole address."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.readers.demourls import _ANYONES_HOST, _PAYLOAD, is_demo_url
from bibcheck.readers.links import joined_links
from tests.test_reader_odt import odt


@pytest.mark.parametrize(
    ("url", "demo"),
    [
        ("http://www.monsite.com/search.html?q=xss+%3Cscript%3Ealert(1)%3C/script%3E", True),
        ("http://mysite.com/page", True),
        ("https://your-domain.org/login", True),
        ("http://votresite.fr/contact", True),
        ("http://meinewebseite.de/", True),
        ("http://localhost:8080/api/users", True),
        ("http://127.0.0.1/admin", True),
        ("http://192.168.1.10/setup", True),
        ("http://shop.test.net/item.php?id=1'+OR+'1'='1", True),
        ("http://host.net/item.php?id=1%27%20or%201=1--", True),
        ("http://host.net/list?cat=1+UNION+SELECT+password+FROM+users", True),
        ("http://host.net/download?file=../../etc/passwd", True),
        ("http://host.net/q?name=%3Cimg%20src=x%20onerror=alert(1)%3E", True),
        # sources, also ones about attacks, and invented hosts a corpus cites
        ("https://owasp.org/www-community/attacks/xss/", False),
        ("https://en.wikipedia.org/wiki/SQL_injection", False),
        ("https://en.wikipedia.org/wiki/Minification_(programming)", False),
        ("https://www.gao.example.gov/reports/2021", False),
        ("https://mysql.com/doc/union-select.html", False),
        ("https://www.mysite-reviews.com/", False),
        ("http://10.1000/182", False),  # (no host like a private network: a path)
        ("https://doi.org/10.1000/182", False),
        ("https://www.bbc.co.uk/news?q=or+1", False),
    ],
)
def test_demo_urls(url: str, demo: bool) -> None:
    assert is_demo_url(url) is demo


@pytest.mark.parametrize(
    ("links", "link", "expected"),
    [
        # "…_(programming" then ")" linked to the whole address: one link
        (
            [("http://w.org/wiki/Min_(prog", 10, 37)],
            ("http://w.org/wiki/Min_(prog)", 37, 38),
            [("http://w.org/wiki/Min_(prog)", 10, 38)],
        ),
        # two links side by side to different pages: two
        (
            [("http://a.org/x", 0, 14)],
            ("http://b.org/y", 14, 28),
            [("http://a.org/x", 0, 14), ("http://b.org/y", 14, 28)],
        ),
        # the same page linked twice with text between: two
        (
            [("http://a.org/x", 0, 14)],
            ("http://a.org/x/more", 20, 39),
            [("http://a.org/x", 0, 14), ("http://a.org/x/more", 20, 39)],
        ),
        ([], ("http://a.org/x", 0, 14), [("http://a.org/x", 0, 14)]),
    ],
)
def test_joined_links(
    links: list[tuple[str, int, int]],
    link: tuple[str, int, int],
    expected: list[tuple[str, int, int]],
) -> None:
    assert joined_links(list(links), link) == expected


def _a(url: str, text: str) -> str:
    return f'<text:a xlink:type="simple" xlink:href="{url}">{text}</text:a>'


def test_odt_demo_links_are_no_link_notes() -> None:
    attack = "http://www.mysite.com/find?q=%3Cscript%3Ealert(1)%3C/script%3E"
    cut = "https://en.wikipedia.org/wiki/Minification_(programming"
    body = (
        '<text:h text:outline-level="1">Introduction</text:h>'
        f"<text:p>An attacker sends {_a(attack, attack)} to the form.</text:p>"
        f"<text:p>The tool runs at {_a('http://localhost:3000/', 'http://localhost:3000/')}."
        "</text:p>"
        f"<text:p>Minified code is smaller, see {_a(cut, cut)}{_a(cut + ')', ')')}.</text:p>"
        "<text:p>The annual report shows it "
        f"({_a('https://www.cert.example.org/report-2019', 'report 2019')}).</text:p>"
    )
    doc = parse_bytes(odt(body), "paper.odt")
    urls = sorted(fn.reference.url or "" for fn in doc.footnotes)
    assert urls == [
        "https://en.wikipedia.org/wiki/Minification_(programming)",
        "https://www.cert.example.org/report-2019",
    ]


@pytest.mark.parametrize(
    ("pattern", "unit"),
    [(_ANYONES_HOST, "my-"), (_PAYLOAD, "' or "), (_PAYLOAD, "union  "), (_PAYLOAD, "< / ")],
)
def test_demo_patterns_stay_linear(pattern: object, unit: str) -> None:
    from tests.test_regex_growth import assert_linear

    search = pattern.search  # type: ignore[attr-defined]
    assert_linear(search, lambda n: (unit * (n // len(unit) + 1))[:n])
