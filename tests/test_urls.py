"""URL extraction and repair: one case per defect seen in real manuscripts."""

from __future__ import annotations

import pytest

from bibcheck.model import AnomalyCode as C
from bibcheck.urls import encode_url, extract_urls, host_name, normalise_key


@pytest.mark.parametrize(
    ("text", "lines", "url", "display", "codes"),
    [
        pytest.param(
            "URL: <https://www.belta.by/society/view/x-344261-2019/>",
            (5,),
            "https://www.belta.by/society/view/x-344261-2019/",
            None,
            set(),
            id="angle-brackets",
        ),
        pytest.param(
            "see https://example.com/page for more",
            (1,),
            "https://example.com/page",
            None,
            set(),
            id="bare-url",
        ),
        pytest.param(
            "URL: [https://turkey.mfa.gov.by/ru/bilateral\\\\_relations/](https://turkey.mfa.gov.by/ru/bilateral_relations/)",
            (1,),
            "https://turkey.mfa.gov.by/ru/bilateral_relations/",
            None,
            set(),
            id="markdown-link-target-used",
        ),
        pytest.param(
            "[the ministry site](https://mfa.gov.by/press/)",
            (1,),
            "https://mfa.gov.by/press/",
            None,
            set(),
            id="markdown-link-with-prose-text",
        ),
        pytest.param(
            "[https://a.org/old](https://a.org/new)",
            (1,),
            "https://a.org/new",
            None,
            {C.URL_LINK_TEXT_DIFFERS},
            id="link-text-differs-from-target",
        ),
        pytest.param(
            "[https://zakon.rada.gov.ua/laws/show/213/95-вр]"
            "(https://zakon.rada.gov.ua/laws/show/213/95-%D0%B2%D1%80)",
            (1,),
            "https://zakon.rada.gov.ua/laws/show/213/95-%D0%B2%D1%80",
            None,
            set(),
            id="link-text-decoded-is-the-same-address",
        ),
        pytest.param(
            "URL: <https://example.org/news/dairy\\_exports/>",
            (1,),
            "https://example.org/news/dairy_exports/",
            None,
            {C.URL_ESCAPE_REMOVED},
            id="markdown-escape",
        ),
        pytest.param(
            "URL: https://example.org/a\\\\_b",
            (1,),
            "https://example.org/a_b",
            None,
            {C.URL_ESCAPE_REMOVED},
            id="double-escape-from-double-conversion",
        ),
        pytest.param(
            "URL: <https://www.belta.by/economics/view/beloruskie-predprijatija->\n\n"
            "[predstavili-produktsiju-569846-2023/](#)",
            (1117, 1119),
            "https://www.belta.by/economics/view/beloruskie-predprijatija-predstavili-produktsiju-569846-2023/",
            None,
            {C.URL_SPLIT_OVER_LINES},
            id="split-angle-plus-fragment-link",
        ),
        pytest.param(
            "URL: <https://www.belta.by/economics/view/sintszjanskij-evropejskij->\n\n"
            "[torgovij-tsentr-576501-2023/](https://www.belta.by/economics/view/torgovij-tsentr-576501-2023/)",
            (1389, 1391),
            "https://www.belta.by/economics/view/sintszjanskij-evropejskij-torgovij-tsentr-576501-2023/",
            None,
            {C.URL_SPLIT_OVER_LINES},
            id="split-with-bogus-link-target",
        ),
        pytest.param(
            "URL: <https://example.org/studies/second-\n    study-of-the-trend/>",
            (1, 2),
            "https://example.org/studies/second-study-of-the-trend/",
            None,
            {C.URL_SPLIT_OVER_LINES},
            id="split-inside-angle-brackets",
        ),
        pytest.param(
            "see https://example.org/a-\nb-c/ ok",
            (1, 2),
            "https://example.org/a-b-c/",
            None,
            {C.URL_SPLIT_OVER_LINES},
            id="split-bare-url-at-hyphen",
        ),
        pytest.param(
            "URL:\n<https://www.belta.by/regions/view/x-574541-2023/>",
            (829, 837),
            "https://www.belta.by/regions/view/x-574541-2023/",
            None,
            set(),
            id="url-on-next-line-is-not-a-split",
        ),
        pytest.param(
            "Available at https://example.com/report.",
            (1,),
            "https://example.com/report",
            None,
            {C.URL_TRAILING_PUNCTUATION},
            id="trailing-period",
        ),
        pytest.param(
            "(see https://en.wikipedia.org/wiki/Foo_(bar)), more",
            (1,),
            "https://en.wikipedia.org/wiki/Foo_(bar)",
            None,
            set(),  # the ")" closes the writer's "(see": the sentence's, no notice
            id="balanced-parenthesis-kept-unbalanced-dropped",
        ),
        pytest.param(
            "see https://en.wikipedia.org/wiki/Foo_(bar)), more",
            (1,),
            "https://en.wikipedia.org/wiki/Foo_(bar)",
            None,
            {C.URL_TRAILING_PUNCTUATION},  # no "(" opened before: a ")" too many, told
            id="unopened-parenthesis-dropped-and-told",
        ),
        pytest.param(
            "URL: <https://www.belta.by/economics/view/kрупnyh-576096-2023/>",
            (691,),
            "https://www.belta.by/economics/view/k%D1%80%D1%83%D0%BFnyh-576096-2023/",
            "https://www.belta.by/economics/view/kрупnyh-576096-2023/",
            {C.URL_NON_ASCII, C.URL_MIXED_SCRIPT},
            id="cyrillic-letters-in-latin-slug",
        ),
        pytest.param(
            "URL: <https://пример.рф/путь>",
            (1,),
            "https://xn--e1afmkfd.xn--p1ai/%D0%BF%D1%83%D1%82%D1%8C",
            "https://пример.рф/путь",
            {C.URL_NON_ASCII},
            id="idn-host-and-cyrillic-path-not-mixed",
        ),
        pytest.param(
            "see www.example.org/x, ok",
            (1,),
            "http://www.example.org/x",
            None,
            {C.URL_TRAILING_PUNCTUATION},
            id="www-without-scheme",
        ),
        pytest.param(
            "URL: <https://user:pw@example.org/>",
            (3,),
            None,
            None,
            {C.URL_INVALID},
            id="credentials-refused",
        ),
    ],
)
def test_extract_single_url(
    text: str, lines: tuple[int, ...], url: str | None, display: str | None, codes: set[C]
) -> None:
    result = extract_urls(text, lines)
    assert len(result.urls) == 1
    found = result.urls[0]
    assert found.url == url
    if display is not None:
        assert found.display == display
    assert {a.code for a in result.anomalies} == codes
    assert all(a.line == lines[0] for a in result.anomalies)
    assert "http" not in result.rest.replace("\\", "")


@pytest.mark.parametrize(
    "text",
    [
        "Paper. Available at: (https://example.com/a) (accessed 01.02.2020).",
        "Paper (https://example.com/a).",
        "Paper [https://example.com/a].",
    ],
)
def test_url_in_parentheses_or_brackets(text: str) -> None:
    result = extract_urls(text, (1,))
    assert [u.url for u in result.urls] == ["https://example.com/a"]
    assert "(" not in result.rest.split("(accessed")[0] and "[" not in result.rest


def test_two_urls_and_rest() -> None:
    result = extract_urls("A <https://a.org/x> and B https://b.org/y.", (1,))
    assert [u.url for u in result.urls] == ["https://a.org/x", "https://b.org/y"]
    assert result.rest.split() == ["A", "and", "B"]


def test_no_url() -> None:
    result = extract_urls("Ivanov, I. A book. - Moscow, 2020. - 100 p.", (1,))
    assert result.urls == () and result.anomalies == ()


def test_anomaly_line_follows_the_part_where_the_url_starts() -> None:
    result = extract_urls("Title. - URL:\n\n<https://a.org/x\\_y>", (10, 12))
    assert result.urls[0].line == 12
    assert [a.line for a in result.anomalies] == [12]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param("http://www.example.org/a/", "https://example.org/a", id="scheme-www-slash"),
        pytest.param("https://EXAMPLE.org:443/a", "https://example.org/a", id="case-default-port"),
        pytest.param(
            "https://example.org/a?utm_source=x&b=2&a=1",
            "https://example.org/a?a=1&b=2",
            id="tracking-and-order",
        ),
        pytest.param("https://example.org/a#section", "https://example.org/a", id="fragment"),
        pytest.param("https://example.org/%7euser", "https://example.org/~user", id="escapes"),
    ],
)
def test_normalise_key_equal(a: str, b: str) -> None:
    assert normalise_key(a) == normalise_key(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param("https://example.org/a", "https://example.org/b", id="path"),
        pytest.param("https://example.org/a?id=1", "https://example.org/a?id=2", id="query"),
        pytest.param("https://a.example.org/", "https://b.example.org/", id="host"),
    ],
)
def test_normalise_key_different(a: str, b: str) -> None:
    assert normalise_key(a) != normalise_key(b)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("javascript:alert(1)", None),
        ("file:///etc/passwd", None),
        ("https://", None),
        ("http://exa mple.org/", None),
        ("https://example.org/a b", None),
        ('https://example.org/a"b', "https://example.org/a%22b"),
        ("HTTPS://example.org/A", "https://example.org/A"),
    ],
)
def test_encode_url_refuses_unusable(raw: str, expected: str | None) -> None:
    assert encode_url(raw) == expected


def test_host_of() -> None:
    assert host_name("https://WWW.Example.org:8080/x") == "www.example.org"
    assert host_name("not a url") == ""


def test_ipv6_literal_keeps_its_brackets() -> None:
    assert encode_url("http://[::1]:8080/a/x") == "http://[::1]:8080/a/x"
