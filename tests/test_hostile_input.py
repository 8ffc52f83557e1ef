"""Malformed and hostile input: a clear error or an anomaly, never a traceback."""

from __future__ import annotations

import pytest

from bibcheck.errors import InputError
from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode as C


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Unclosed <sup>1 marker.\n\n---\n\n<sup>1</sup> Ref.\n", id="unclosed-sup"),
        pytest.param("A<sup><sup>1</sup></sup>.\n\n---\n\n<sup>1</sup> Ref.\n", id="nested-sup"),
        pytest.param("A<sup>1</sup>.\n\n---\n\n<sup>1</sup>\n", id="empty-definition"),
        pytest.param("A[^1].\n\n[^1]:\n", id="empty-pandoc-definition"),
        pytest.param("A<sup>1</sup>.\n\n---\n---\n---\n<sup>1</sup> [[[((( <<<\n", id="brackets"),
        pytest.param("A<sup>99999</sup>.\n\n---\n\n<sup>99999</sup> R.\n", id="huge-number"),
        pytest.param('“”«»""<sup>1</sup>\n\n---\n\n<sup>1</sup> R\n', id="only-quotes"),
        pytest.param("A<sup>1</sup>\r\n\r\n---\r\n\r\n<sup>1</sup> R. - 2020.\r\n", id="crlf"),
        pytest.param(
            "A<sup>1</sup>.\n\n---\n\n<sup>1</sup> R\n\n## Literature\n\n"
            + "1. x\n" * 3
            + "99999999999999999999. y\n",
            id="absurd-list-number",
        ),
    ],
)
def test_malformed_markup_parses(text: str) -> None:
    doc = parse_bytes(text.encode(), "m.md")
    assert doc.footnotes or doc.stray_markers


@pytest.mark.parametrize(
    ("url", "code"),
    [
        pytest.param("javascript:alert(1)", C.URL_MISSING, id="javascript"),
        pytest.param("data:text/html,<script>alert(1)</script>", C.URL_MISSING, id="data"),
        pytest.param("https://exa\u0007mple.org/", C.URL_INVALID, id="control-char"),
        pytest.param("https://example.org/" + "a" * 100_000, None, id="very-long"),
        pytest.param("https://[::1/", C.URL_INVALID, id="broken-ipv6"),
        pytest.param("https://example.org:99999/", C.URL_INVALID, id="bad-port"),
    ],
)
def test_hostile_urls(url: str, code: C | None) -> None:
    text = f"A<sup>1</sup>.\n\n---\n\n<sup>1</sup> T [Electronic resource]. - 2020. - URL: {url}\n"
    doc = parse_bytes(text.encode(), "m.md")
    ref = doc.footnotes[0].reference
    assert ref.url is None or ref.url.startswith("https://")
    if code is not None:
        assert code in {a.code for a in ref.anomalies}


def test_large_manuscript_is_linear_not_pathological() -> None:
    body = ("word " * 2000 + '"quote"<sup>1</sup>. ') * 50
    text = body + "\n\n---\n\n<sup>1</sup> R. - 2020.\n"
    doc = parse_bytes(text.encode(), "big.md")
    assert len(doc.footnotes[0].markers) == 50


def test_huge_input_is_refused_clearly() -> None:
    from bibcheck.readers import decode as textio

    with pytest.raises(InputError, match="too large"):
        textio.decode(b"x" * (textio.MAX_BYTES + 1), "huge.md")
