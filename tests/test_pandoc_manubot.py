"""Manubot manuscripts: self-identifying citation keys, tags and manual references."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from bibcheck.model import AnomalyCode, RawDocument, RefKind
from bibcheck.readers import ReadOptions
from bibcheck.readers.manubot import alias_definitions, identify
from bibcheck.readers.pandoc import read_opts, without_urls
from tests.test_regex_growth import assert_linear


@pytest.mark.parametrize(
    ("key", "scheme", "ok"),
    [
        ("doi:10.1234/abc.5678", "doi", True),
        ("DOI:10.5555/Some-Thing_1", "doi", True),
        ("doi:notadoi", "doi", False),
        ("pubmed:31415926", "pubmed", True),
        ("pmid:2718281", "pubmed", True),
        ("pubmed:PMC12", "pubmed", False),
        ("pmc:PMC1234567", "pmc", True),
        ("pmcid:PMC99", "pmc", True),
        ("pmc:1234567", "pmc", False),
        ("arxiv:2101.01234v2", "arxiv", True),
        ("arxiv:math.GT/0309136", "arxiv", True),
        ("arxiv:soon", "arxiv", False),
        ("isbn:9780306406157", "isbn", True),
        ("isbn:0-306-40615-2", "isbn", True),
        ("isbn:9780306406158", "isbn", False),  # check digit wrong
        ("wikidata:Q4242", "wikidata", True),
        ("wikidata:42", "wikidata", False),
        ("url:https://example.org/page", "url", True),
        ("https://example.org/a/b", "url", True),
        ("url:example", "url", False),
        ("url:https://localhost/x", "url", False),
    ],
)
def test_identify(key: str, scheme: str, ok: bool) -> None:
    ident = identify(key)
    assert ident is not None
    assert ident.scheme == scheme
    assert (ident.problem is None) is ok


@pytest.mark.parametrize("key", ["smith2020", "fig:plot", "eq:one", "sec:intro", "foo:bar"])
def test_not_self_identifying(key: str) -> None:
    assert identify(key) is None


def test_alias_definitions() -> None:
    lines = ["[@tagged]: doi:10.1234/xyz", "  [@other]: pmid:123", "[text]: https://x.org", "x"]
    assert alias_definitions(lines) == {"tagged": "doi:10.1234/xyz", "other": "pmid:123"}


def _read(tmp_path: Path, body: str, files: dict[str, str] | None = None) -> RawDocument:
    for name, text in (files or {}).items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    path = tmp_path / "content" / "10.intro.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(body, encoding="utf-8")
    return read_opts(body, str(path), ReadOptions())


def _missing(doc: RawDocument) -> list[str]:
    return [a.footnote or "" for a in doc.anomalies if a.code is AnomalyCode.CITATION_KEY_MISSING]


def _by_label(doc: RawDocument) -> dict[str, object]:
    return {n.label: n.reference for n in doc.literature}


BODY = """## Background

Earlier work measured it [@doi:10.5555/abc.123; @pmid:1234567].
The archive holds a copy [@pmc:PMC7654321] and a preprint [@arxiv:2203.04567v1].
A handbook covers the rest [@isbn:9780306406157], see also @doi:10.5555/xyz.9.
The project page [@url:https://example.org/project] and [@{https://example.net/x/}].
"""


def test_self_identifying_keys_are_their_own_entries(tmp_path: Path) -> None:
    doc = _read(tmp_path, BODY)
    assert _missing(doc) == []
    assert not [a for a in doc.anomalies if a.code is AnomalyCode.BIBLIOGRAPHY_UNREADABLE]
    refs = _by_label(doc)
    assert len(refs) == 8
    doi = refs["doi:10.5555/abc.123"]
    assert getattr(doi, "doi", None) == "10.5555/abc.123"
    pmid = refs["pmid:1234567"]
    assert getattr(pmid, "url", None) == "https://pubmed.ncbi.nlm.nih.gov/1234567/"
    assert getattr(pmid, "kind", None) is RefKind.ARTICLE
    assert "PMC7654321" in str(getattr(refs["pmc:PMC7654321"], "url", ""))
    assert getattr(refs["arxiv:2203.04567v1"], "url", None) == "https://arxiv.org/abs/2203.04567v1"
    assert getattr(refs["arxiv:2203.04567v1"], "kind", None) is RefKind.ARTICLE
    assert getattr(refs["isbn:9780306406157"], "kind", None) is RefKind.BOOK
    assert getattr(refs["doi:10.5555/xyz.9"], "doi", None) == "10.5555/xyz.9"  # narrative
    assert getattr(refs["url:https://example.org/project"], "url", None) == (
        "https://example.org/project"
    )
    assert getattr(refs["https://example.net/x/"], "url", None) == "https://example.net/x/"


def test_tags_resolve_to_their_identifier(tmp_path: Path) -> None:
    body = (
        "It was shown before [@first-review] and again [@second].\n\n"
        "[@first-review]: doi:10.5555/review.2020\n"
    )
    doc = _read(
        tmp_path, body, {"content/citation-tags.tsv": "tag\tcitation\nsecond\tpmid:7654321\n"}
    )
    assert _missing(doc) == []
    refs = _by_label(doc)
    assert getattr(refs["first-review"], "doi", None) == "10.5555/review.2020"
    assert "7654321" in str(getattr(refs["second"], "url", ""))


def test_manual_references_in_content(tmp_path: Path) -> None:
    manual = (
        '[{"id": "url:https://example.org/tool", "type": "webpage", '
        '"URL": "https://example.org/tool", "title": "A tool page"},'
        ' {"id": "handmade", "type": "book", "title": "A handmade entry"}]'
    )
    body = "The tool [@url:https://example.org/tool] and the book [@handmade].\n"
    doc = _read(tmp_path, body, {"content/manual-references.json": manual})
    assert _missing(doc) == []
    refs = _by_label(doc)
    assert getattr(refs["url:https://example.org/tool"], "title", None) == "A tool page"
    assert getattr(refs["handmade"], "title", None) == "A handmade entry"


@pytest.mark.parametrize(
    ("key", "code"),
    [
        ("doi:nonsense", AnomalyCode.DOI_INVALID),
        ("pmc:12345", AnomalyCode.IDENTIFIER_MALFORMED),
        ("isbn:12345", AnomalyCode.IDENTIFIER_MALFORMED),
    ],
)
def test_malformed_identifier_is_no_missing_entry(
    tmp_path: Path, key: str, code: AnomalyCode
) -> None:
    doc = _read(tmp_path, f"A claim [@{key}] and a sound one [@doi:10.5555/ok.1].\n")
    assert _missing(doc) == []
    found = [a for n in doc.literature if n.reference for a in n.reference.anomalies]
    assert [a.code for a in found] == [code]


def test_plain_bib_keyed_by_doi_comes_first(tmp_path: Path) -> None:
    bib = (
        "@article{doi:10.5555/held.1, title={Held in the bib}, year={2020}}\n"
        "@book{other, title={Other}, year={2001}}\n"
    )
    body = "---\nbibliography: refs.bib\n---\n\nSee [@doi:10.5555/held.1] and [@doi:10.5555/absent.2].\n"
    doc = _read(tmp_path, body, {"content/refs.bib": bib})
    refs = _by_label(doc)
    assert getattr(refs["doi:10.5555/held.1"], "title", None) == "Held in the bib"
    # a .bib that keys works by DOI manages such keys: one it lacks is missing
    assert _missing(doc) == ["doi:10.5555/absent.2"]


def test_url_key_kept_by_url_masking() -> None:
    text = "a [@url:https://example.org/x] b [@https://example.org/y] c https://example.org/z"
    masked = without_urls(text)
    assert "@url:https://example.org/x" in masked
    assert "@https://example.org/y" in masked
    assert "example.org/z" not in masked


@pytest.mark.parametrize(
    "key",
    [
        lambda n: "doi:10.5555/" + "a" * n,
        lambda n: "url:https://" + "a." * (n // 2),
        lambda n: "url:https://" + "a." * (n // 2) + " ",
        lambda n: "https://" + "a." * (n // 2) + "/ x",
        lambda n: "arxiv:" + "a-" * (n // 2),
    ],
)
def test_a_long_key_is_identified_in_linear_time(key: Callable[[int], str]) -> None:
    assert_linear(identify, key)


def test_a_long_key_line_is_read_in_linear_time(tmp_path: Path) -> None:
    def body(n: int) -> str:
        return (
            "x [@doi:10.5555/" + "a" * (n // 3) + "]\n\n"
            "y [@url:https://" + "a." * (n // 6) + "]\n\n"
            "z " + "[@url:https://e.org/" * (n // 60) + "\n"
        )

    assert_linear(lambda text: _read(tmp_path, text), body)
