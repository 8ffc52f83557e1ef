"""The HTML report in a real headless Chromium: offline, totals, filters, escaping.

Selenium drives Debian's ``chromium`` through ``/usr/bin/chromedriver`` given
explicitly as the Service, so Selenium Manager never downloads a driver; the
page is opened straight from disk (``file://``).  Skipped, with the reason,
only where no browser or driver is installed
(``apt-get install chromium chromium-driver``).
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bibcheck.report import load_reports, render
from tests.helpers import EVIL_TITLE, build_db

CHROMEDRIVER = Path("/usr/bin/chromedriver")
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed")
if not CHROMEDRIVER.exists() or CHROMIUM is None:
    pytest.skip(
        "no headless browser: apt-get install chromium chromium-driver", allow_module_level=True
    )

from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import Select  # noqa: E402


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    tmp = tmp_path_factory.mktemp("browser")
    (data,) = load_reports(build_db(tmp / "evil.db"))
    html = tmp / "report.html"
    html.write_text(render(data, "html"), encoding="utf-8")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-dev-shm-usage",
        f"--user-data-dir={tmp / 'profile'}",
    ):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    try:
        driver.get(html.as_uri())
        yield driver
    finally:
        driver.quit()


def _visible_rows(driver: Any) -> list[Any]:
    rows = driver.find_elements(By.CSS_SELECTOR, "#findings tbody tr")
    return [r for r in rows if r.is_displayed()]


def test_loads_from_disk_without_any_request(page: Any) -> None:
    assert page.current_url.startswith("file://")
    requests = page.execute_script("return performance.getEntriesByType('resource').length")
    assert requests == 0
    csp = page.execute_script(
        "return document.querySelector('meta[http-equiv=\"Content-Security-Policy\"]').content"
    )
    assert csp.startswith("default-src 'none';") and "script-src 'sha256-" in csp


def test_totals(page: Any) -> None:
    def text(element_id: str) -> str:
        return page.find_element(By.ID, element_id).text

    assert (text("total-error"), text("total-warning"), text("total-info")) == ("1", "2", "2")
    assert text("total-all") == "5"
    assert text("visible-count") == "5"
    assert len(_visible_rows(page)) == 5


def test_filters(page: Any) -> None:
    severity = Select(page.find_element(By.ID, "filter-severity"))
    kind = Select(page.find_element(By.ID, "filter-kind"))
    severity.select_by_value("info")
    rows = _visible_rows(page)
    assert {r.get_attribute("data-severity") for r in rows} == {"info"}
    assert len(rows) == 2
    assert page.find_element(By.ID, "visible-count").text == "2"
    severity.select_by_value("")
    kind.select_by_value("broken-link")
    rows = _visible_rows(page)
    assert [r.get_attribute("data-kind") for r in rows] == ["broken-link"]
    kind.select_by_value("")
    assert len(_visible_rows(page)) == 5


def test_markup_in_document_text_is_shown_as_text(page: Any) -> None:
    assert page.find_element(By.ID, "doc-title").text == EVIL_TITLE
    assert page.execute_script("return window.pwned === undefined")
    assert page.find_elements(By.TAG_NAME, "img") == []
    assert len(page.find_elements(By.TAG_NAME, "script")) == 1
    claims = page.find_element(By.ID, "footnotes").text
    assert "<script>window.pwned=3</script>" in claims
    assert '<img src=x onerror="window.pwned=4">' in claims
