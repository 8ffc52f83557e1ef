"""HTML, Markdown and JSON rendering: escaping, safe links, schema."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from sqlite_utils import Database

from bibcheck.export.json import links_json
from bibcheck.report import ReportData, load_reports, render
from bibcheck.report.html import safe_href
from bibcheck.report.json import REPORT_SCHEMA_VERSION, report_json
from bibcheck.report.markdown import md_escape
from bibcheck.shapes import findings_json
from bibcheck.store.links import ConfirmPolicy
from tests.helpers import EVIL_TITLE, build_db


@pytest.fixture
def data(tmp_path: Path) -> ReportData:
    (report,) = load_reports(build_db(tmp_path / "r.db"))
    return report


@pytest.fixture
def db(tmp_path: Path) -> Database:
    return build_db(tmp_path / "s.db")


@pytest.mark.parametrize(
    ("url", "href"),
    [
        ("https://example.org/a?b=1", "https://example.org/a?b=1"),
        ("http://example.org/", "http://example.org/"),
        ("HTTPS://EXAMPLE.ORG/", "HTTPS://EXAMPLE.ORG/"),
        ("javascript:alert(1)", None),
        ("JavaScript:alert(1)", None),
        ("data:text/html,<script>alert(1)</script>", None),
        ("//example.org/a", None),
        ("ftp://example.org/a", None),
        ("https://exa mple.org/", None),
        ("", None),
        (None, None),
    ],
)
def test_safe_href(url: str | None, href: str | None) -> None:
    assert safe_href(url) == href


def test_html_escapes_document_text(data: ReportData) -> None:
    html = render(data, "html")
    assert "<script>window.pwned" not in html
    assert "<img" not in html
    assert "&lt;script&gt;window.pwned=1&lt;/script&gt;" in html
    assert html.count("<script>") == 1  # bibcheck's own filter script
    assert "Content-Security-Policy" in html and "default-src &#39;none&#39;" in html


def test_html_is_self_contained(data: ReportData) -> None:
    html = render(data, "html")
    assert not re.search(r"<(?:link|img|iframe)\b|src=[\"']|@import|url\(", html)
    hrefs = re.findall(r'href="([^"]*)"', html)
    assert hrefs and all(h.startswith(("https://", "http://", "#")) for h in hrefs)


def test_markdown_escapes_document_text(data: ReportData) -> None:
    md = render(data, "md")
    assert "<script>" not in md and "<img" not in md
    assert md.startswith("## bibcheck: Evil &lt;script&gt;window.pwned=1&lt;/script&gt;")
    assert "### Errors (1)" in md and "### Warnings (2)" in md
    assert "<summary>Info (2)</summary>" in md


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("*bold* _it_ `code`", r"\*bold\* \_it\_ \`code\`"),
        ("[link](javascript:x)", r"\[link\](javascript:x)"),
        ("<b>&", "&lt;b&gt;&amp;"),
        ("# heading", r"\# heading"),
        ("1. item", r"1\. item"),
        ("a\n\n- b", "a - b"),
        ("|cell|", r"\|cell\|"),
    ],
)
def test_md_escape(text: str, escaped: str) -> None:
    assert md_escape(text) == escaped


def test_json_report_schema(data: ReportData) -> None:
    obj = json.loads(render(data, "json"))
    assert obj["schema"] == "bibcheck-report"
    assert obj["schema_version"] == REPORT_SCHEMA_VERSION
    assert obj["generated_at"] is None
    assert obj["document"]["title"] == EVIL_TITLE
    assert obj["summary"]["findings"] == {"error": 1, "warning": 2, "info": 2}
    fn = obj["footnotes"][0]
    assert fn["claim"] == "exports doubled in one year"
    assert fn["literature_entry"] == 1 and fn["verdict"] == "dead"
    assert fn["reference"]["url"] == "https://example.org/dead"
    dead = next(link for link in obj["links"] if link["url"] == "https://example.org/dead")
    assert dead["observations"] == 2 and dead["confirmed"] is True
    assert dead["archive"]["outcome"] == "not_archived"
    assert [a["outcome"] for a in obj["archives"]] == ["found", "not_archived"]
    kinds = {f["kind"] for f in obj["findings"]}
    assert "broken-link" in kinds


def test_link_objects_have_the_export_keys(data: ReportData, db: Database) -> None:
    export_keys = set(links_json(db, ConfirmPolicy())[0])
    report_keys = set(report_json(data)["links"][0])
    assert export_keys <= report_keys
    assert report_keys - export_keys == {"host", "archive"}


def test_findings_json_fields(data: ReportData) -> None:
    (first, *_) = findings_json(data.findings)
    assert set(first) == {
        "id", "kind", "severity", "message", "suggestion", "footnotes",
        "literature_entries", "lines", "urls", "document", "evidence", "places",
    }  # fmt: skip
    assert first["kind"] == "broken-link" and first["severity"] == "error"
    assert first["id"].startswith("broken-link:")
    assert first["footnotes"] == [1] and first["literature_entries"] == [1]
    assert first["evidence"]["confirmed"] == "yes"
