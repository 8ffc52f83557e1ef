"""Key citations that a filled paragraph wraps over line ends count at the line where
they start: org-cite and org-ref (Org), ``[@key, ...]`` (Pandoc), ``<<key,...>>``
(AsciiDoc)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from bibcheck.readers.asciidoc import read as read_asciidoc
from bibcheck.readers.org import read as read_org
from bibcheck.readers.org import read_opts
from bibcheck.readers.pandoc import read as read_pandoc
from bibcheck.readers.registry import ReadOptions
from tests.test_regex_growth import assert_linear

# The body starts at line 4 of the Org document.
_ORG_HEAD = "#+TITLE: Notes\n\n* Section\n"


@pytest.mark.parametrize(
    ("body", "cited"),
    [
        (
            "Tuned as advised [cite:@kowal2021bench,\nsec. 3] before the runs.",
            [("kowal2021bench", 4)],
        ),
        ("The rule [cite:compare\n@kowal2021bench p. 12] holds.", [("kowal2021bench", 4)]),
        (
            "Both agree [cite:@kowal2021bench;\n@ruiz2019cache;\n@tan2018vec ch. 2] here.",
            [("kowal2021bench", 4), ("ruiz2019cache", 4), ("tan2018vec", 4)],
        ),
        (
            "As [cite/t:@ruiz2019cache;\n@tan2018vec] show.",
            [("ruiz2019cache", 4), ("tan2018vec", 4)],
        ),
        ("Indented\n  text [cite/na/b:@tan2018vec,\n  p. 9] ends.", [("tan2018vec", 5)]),
        (
            "Done twice.[fn:1] A checklist [cite:@kowal2021bench,\nitems 2 and 4].\n\n"
            "[fn:1] Warm-up runs dropped.",
            [("1", 4), ("kowal2021bench", 4)],
        ),
        (
            "Runs.[fn:2]\n\n[fn:2] See the method [cite:@ruiz2019cache,\np. 40] and [cite:@tan2018vec].",
            [("2", 4), ("ruiz2019cache", 6), ("tan2018vec", 7)],
        ),
        (
            "Shown [[citep:See;&kowal2021bench\np. 3;&ruiz2019cache]].",
            [("kowal2021bench", 4), ("ruiz2019cache", 4)],
        ),
        ("Shown [[cite:tan2018vec][see::\np. 4]] too.", [("tan2018vec", 4)]),
        ("Listed only [cite/n:@kowal2021bench;\n@ruiz2019cache] here.", []),
        ("Never closed [cite:@kowal2021bench,\n\np. 3] here.", []),
        ("# a comment [cite:@kowal2021bench,\n# p. 3] here.", []),
        ("Crosses [cite:@kowal2021bench,\n* Next heading]", []),
    ],
    ids=[
        "suffix",
        "prefix",
        "three-lines-several-keys",
        "style-t",
        "style-variant-indented",
        "footnote-marker-on-the-line",
        "in-footnote-definition",
        "orgref3-link",
        "orgref2-description",
        "nocite",
        "blank-line-between",
        "comment-lines",
        "heading-between",
    ],
)
def test_org_wrapped_citation_counts_where_it_starts(
    body: str, cited: list[tuple[str, int]]
) -> None:
    raw = read_org(_ORG_HEAD + body + "\n")
    assert [(m.label, m.line) for m in raw.markers] == cited


def test_org_wrapped_citation_leaves_no_locator_in_the_text() -> None:
    raw = read_org(
        _ORG_HEAD + "Tuned as advised [cite:@kowal2021bench,\nsec. 3] before the runs.\n"
    )
    text = " ".join(b.text for b in raw.blocks)
    assert "sec. 3" not in text and "before the runs" in text


def test_org_wrapped_nocite_adds_to_the_list(tmp_path: Path) -> None:
    (tmp_path / "refs.bib").write_text(
        "@book{kowal2021bench, author={Kowal, Kit}, title={Benchmarks}, year={2021},"
        " publisher={P}}\n@book{ruiz2019cache, author={Ruiz, Rosa}, title={Caches},"
        " year={2019}, publisher={P}}\n"
    )
    doc = tmp_path / "n.org"
    text = (
        "#+bibliography: refs.bib\n"
        + _ORG_HEAD
        + "Listed [cite/n:@kowal2021bench;\n@ruiz2019cache].\n"
    )
    raw = read_opts(text, str(doc), ReadOptions())
    assert raw.markers == ()
    assert sorted(n.label for n in raw.literature) == ["kowal2021bench", "ruiz2019cache"]


@pytest.mark.parametrize(
    "body",
    [
        lambda n: "[cite:@a " + "@b; x " * (n // 12) + "\n" + "more @c " * (n // 16),
        lambda n: "[cite:@a, " * (n // 20) + "\n" + "] " * (n // 4),
        lambda n: "[[cite:&a " * (n // 20) + "\n" + "]] " * (n // 6),
        lambda n: "x [cite:see " + "a word " * (n // 7) + "@b; @c\n p. 3]",
    ],
    ids=["unclosed", "nested-openers", "nested-links", "long-prefix"],
)
def test_org_long_lines_of_citations_are_linear(body: Callable[[int], str]) -> None:
    # (counted in steps, a line of nested openers costs a fixed step more from 1,000 to
    # 2,000 characters, 6,700 to 39,800 steps, then grows linearly: 305,000 at 10,000, 45
    # times the 1,000's; a quadratic read would be 100 times)
    assert_linear(lambda text: read_org(_ORG_HEAD + text + "\n"), body, ratio=60)


_PANDOC_HEAD = "---\ntitle: T\n---\n\n"


@pytest.mark.parametrize(
    ("body", "cited"),
    [
        ("Text [@kowal2021bench,\np. 5] more.", [("kowal2021bench", 5)]),
        ("Text [compare\n@kowal2021bench, p. 5] more.", [("kowal2021bench", 5)]),
        (
            "Text [@kowal2021bench;\n@ruiz2019cache;\n@tan2018vec] more.",
            [("kowal2021bench", 5), ("ruiz2019cache", 5), ("tan2018vec", 5)],
        ),
        ("Text [-@tan2018vec,\npp. 3--4] more.", [("tan2018vec", 5)]),
    ],
    ids=["suffix", "prefix", "several-keys", "suppress-author"],
)
def test_pandoc_wrapped_citation_counts_where_it_starts(
    body: str, cited: list[tuple[str, int]]
) -> None:
    raw = read_pandoc(_PANDOC_HEAD + body + "\n")
    assert [(m.label, m.line) for m in raw.markers] == cited


_ADOC = """= Manual

{body}

[bibliography]
== References

- [[[kowal2021bench]]] K. Kowal. _Benchmarks_. 2021.
- [[[ruiz2019cache]]] R. Ruiz. _Caches_. 2019.
"""


@pytest.mark.parametrize(
    ("body", "cited"),
    [
        ("Text <<kowal2021bench,\nKowal>> more.", [("kowal2021bench", 3)]),
        ("Text <<kowal2021bench,Kowal\n2021>> more.", [("kowal2021bench", 3)]),
        (
            "Text <<kowal2021bench,\nKowal\n2021>> and <<ruiz2019cache>>.",
            [("kowal2021bench", 3), ("ruiz2019cache", 5)],
        ),
        ("Text xref:ruiz2019cache[Ruiz\n2019] more.", [("ruiz2019cache", 3)]),
    ],
    ids=["reftext-next-line", "reftext-wraps", "three-lines", "xref-macro"],
)
def test_asciidoc_wrapped_citation_counts_where_it_starts(
    body: str, cited: list[tuple[str, int]]
) -> None:
    raw = read_asciidoc(_ADOC.format(body=body))
    assert [(m.label, m.line) for m in raw.markers] == cited
