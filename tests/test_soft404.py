"""Soft-404 evidence: text patterns, parking, redirect targets, random-path probe."""

from __future__ import annotations

import asyncio

import pytest

from bibcheck.net.soft404 import (
    PageSample,
    ProbeCache,
    not_found_text,
    page_kind,
    parking_page,
    probe_key,
    probe_url,
    redirect_target,
    same_as_missing_page,
)

LONG_ARTICLE = "An ordinary article about cooperation. " * 100


@pytest.mark.parametrize(
    ("title", "text", "hit"),
    [
        ("Page not found", "", True),
        ("404 Not Found", "", True),
        ("Error 404 | Example", "", True),
        ("Oops", "Sorry, the page you requested could not be found.", True),
        ("Oops", "This page does not exist.", True),
        ("Страница не найдена", "", True),
        ("Ошибка", "Запрашиваемая страница не существует.", True),
        ("Ошибка 404", "", True),
        ("Новости", "Материал удален по просьбе автора.", True),
        ("Cooperation in research", LONG_ARTICLE, False),
        # a long article that mentions 404s is not a 404 page
        (
            "How to design a good error page",
            LONG_ARTICLE + " page not found " + LONG_ARTICLE,
            False,
        ),
        ("Сотрудничество", "Текст статьи о сотрудничестве.", False),
        (None, None, False),
    ],
)
def test_not_found_text(title: str | None, text: str | None, hit: bool) -> None:
    assert (not_found_text(title, text) is not None) is hit


@pytest.mark.parametrize(
    ("title", "text", "url", "hit"),
    [
        ("example.com", "This domain is for sale! Make an offer.", None, True),
        ("Buy this domain", "", None, True),
        ("example.ru", "Этот домен продаётся.", None, True),
        ("x", "", "https://www.sedo.com/search/details/?domain=x.com", True),
        ("x", "", "https://www.hugedomains.com/domain_profile.cfm?d=x", True),
        ("Real estate for sale", "Houses for sale in the area.", None, False),
    ],
)
def test_parking(title: str, text: str, url: str | None, hit: bool) -> None:
    assert (parking_page(title, text, url) is not None) is hit


@pytest.mark.parametrize(
    ("url", "kind"),
    [
        ("https://x.test/", "home"),
        ("https://x.test", "home"),
        ("https://x.test/index.php", "home"),
        ("https://x.test/en/", "home"),
        ("https://x.test/?utm_source=old", "home"),
        ("https://x.test/search?q=missing", "search"),
        ("https://x.test/?s=missing", "search"),
        ("https://x.test/login?next=/doc", "login"),
        ("https://x.test/accounts/signin", "login"),
        ("https://x.test/auth/realms/x", "login"),
        ("https://x.test/wp-login.php", "login"),
        ("https://x.test/a/b/article", None),
        ("https://x.test/?p=123", None),
        ("https://x.test/authors/smith", None),
    ],
)
def test_page_kind(url: str, kind: str | None) -> None:
    assert page_kind(url) == kind


@pytest.mark.parametrize(
    ("original", "final", "kind"),
    [
        ("http://x.test/old/page", "https://x.test/", "home"),
        ("http://x.test/old/page", "https://x.test/search?q=page", "search"),
        ("http://x.test/paper.pdf", "https://x.test/login?next=/paper.pdf", "login"),
        ("http://x.test/", "https://x.test/", None),  # home to home is fine
        ("http://x.test/old", "https://x.test/new", None),
    ],
)
def test_redirect_target(original: str, final: str, kind: str | None) -> None:
    evidence = redirect_target(original, final)
    assert (evidence.kind if evidence else None) == kind


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://x.test/a/b/c/", "http://x.test/a/b/TOKEN/"),
        ("http://x.test/a/b/c", "http://x.test/a/b/TOKEN"),
        ("http://x.test/a/b/c.html?x=1", "http://x.test/a/b/TOKEN.html"),
        ("http://x.test:8080/doc", "http://x.test:8080/TOKEN"),
        ("http://x.test/", None),
    ],
)
def test_probe_url_same_depth(url: str, expected: str | None) -> None:
    assert probe_url(url, token="TOKEN") == expected


def test_probe_url_random_by_default() -> None:
    a, b = probe_url("http://x.test/a/b"), probe_url("http://x.test/a/b")
    assert a and b and a != b and a.startswith("http://x.test/a/")


def test_probe_key_groups_by_origin_and_depth() -> None:
    assert probe_key("http://x.test/a/b") == probe_key("http://X.test/c/d?q=1")
    assert probe_key("http://x.test/a/b") != probe_key("http://x.test/a/b/c")
    assert probe_key("http://x.test/a/b") != probe_key("https://x.test/a/b")


PAGE = PageSample(200, "Portal", "Welcome to the portal. Everything is here. " * 5)


@pytest.mark.parametrize(
    ("probe", "hit"),
    [
        (PageSample(200, "Portal", PAGE.text), True),
        (PageSample(200, "Portal", (PAGE.text or "") + " /a/b/bibcheck-123 requested"), True),
        (PageSample(404, "Portal", PAGE.text), False),
        (PageSample(200, "Another title", PAGE.text), False),
        (PageSample(200, "Portal", "Something completely different, an article. " * 5), False),
    ],
)
def test_same_as_missing_page(probe: PageSample, hit: bool) -> None:
    assert (same_as_missing_page(PAGE, probe) is not None) is hit


def test_nearly_empty_pages_are_not_compared() -> None:
    shell = PageSample(200, "App", "Loading")
    assert same_as_missing_page(shell, shell) is None


def test_probe_cache_fetches_once_per_key_under_threads() -> None:
    """Concurrent checks (asyncio tasks) of one (origin, depth) share one probe."""
    cache = ProbeCache()
    calls: list[str] = []

    async def fetch(url: str) -> PageSample:
        calls.append(url)
        await asyncio.sleep(0.01)  # the others arrive while the probe is in flight
        return PAGE

    async def scenario() -> tuple[PageSample | None, PageSample | None]:
        await asyncio.gather(*(cache.get(f"http://x.test/a/{i}", fetch) for i in range(20)))
        assert len(calls) == 1
        deeper = await cache.get("http://x.test/a/b/c", fetch)
        assert len(calls) == 2
        return deeper, await cache.get("http://x.test/", fetch)

    deeper, root = asyncio.run(scenario())
    assert deeper is PAGE
    assert root is None  # the root has no sibling
    assert (cache.fetched, cache.reused) == (2, 19)
