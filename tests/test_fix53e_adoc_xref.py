"""AsciiDoc: a ``<<id>>`` to no anchor of the file is a citation of a missing entry only
when the document cites by cross reference (``[[[key]]]`` entries, or a ``<<key>>`` that
names a ``.bib`` entry).  A chapter that cites by ``cite:[key]`` (asciidoctor-bibtex)
uses ``<<id>>`` for cross references only: one to another chapter's anchor is an
``xref-unresolved``, never ``citation-key-missing``, whatever the id's shape."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.model import AnomalyCode as C
from bibcheck.readers.asciidoc import read_opts, xref_names_entry
from bibcheck.readers.registry import ReadOptions

BIB = """\
@book{knuth:taocp:1,
  author = {Knuth, Donald E.}, title = {Fundamental Algorithms}, year = {1997},
  publisher = {Addison-Wesley}}
@misc{rfc9110,
  author = {Fielding, Roy}, title = {HTTP Semantics}, year = {2022}}
@misc{lamport,
  author = {Lamport, Leslie}, title = {Time, Clocks}, year = {1978}}
"""

CHAPTER = """\
[[chap:clocks]]
== Logical clocks

Ordering follows cite:[lamport] and the algorithms of cite:[knuth:taocp:1].
{xref}
"""

LISTED = """\
== Logical clocks

Ordering follows <<lamport>>.
{xref}

[bibliography]
== References

* [[[lamport]]] L. Lamport. Time, Clocks. 1978.
* [[[knuth:taocp:1]]] D. E. Knuth. Fundamental Algorithms. 1997.
"""


def _found(tmp_path: Path, doc: str, xref: str) -> list[tuple[C, str | None]]:
    bib = tmp_path / "refs.bib"
    bib.write_text(BIB, encoding="utf-8")
    path = tmp_path / "chapter.adoc"
    text = doc.format(xref=xref)
    path.write_text(text, encoding="utf-8")
    read_doc = read_opts(text, str(path), ReadOptions(bibliography=(str(bib),)))
    return [
        (a.code, a.footnote)
        for a in read_doc.anomalies
        if a.code in (C.CITATION_KEY_MISSING, C.XREF_UNRESOLVED)
    ]


@pytest.mark.parametrize(
    ("doc", "xref", "want"),
    [
        # cites by cite:[key]: other chapters' anchors, whatever their shape
        (CHAPTER, "See <<bits>> for the bit order.", [(C.XREF_UNRESOLVED, None)]),
        (CHAPTER, "The <<ext:zbb>> extension adds it.", [(C.XREF_UNRESOLVED, None)]),
        (CHAPTER, "As in xref:ch-intro[the introduction].", [(C.XREF_UNRESOLVED, None)]),
        (CHAPTER, "See <<smith2020>>.", [(C.XREF_UNRESOLVED, None)]),
        # an anchor of this file, or another file named: nothing to say
        (CHAPTER, "Back to <<chap:clocks>>.", []),
        (CHAPTER, "See <<intro.adoc#sec-x>>.", []),
        # cites by cross reference ([[[key]]] entries): a key-shaped id is a missing entry
        (LISTED, "And <<knuth:taocp:2>>.", [(C.CITATION_KEY_MISSING, "knuth:taocp:2")]),
        (LISTED, "See <<sec-results>>.", [(C.XREF_UNRESOLVED, None)]),
    ],
)  # fmt: skip
def test_unknown_xref(
    tmp_path: Path, doc: str, xref: str, want: list[tuple[C, str | None]]
) -> None:
    assert _found(tmp_path, doc, xref) == want


def test_xref_to_bib_entry_makes_xrefs_citations(tmp_path: Path) -> None:
    """A chapter that also cites a .bib entry by <<key>>: a key-shaped unknown id is a
    missing entry again."""
    doc = CHAPTER + "\nAlso <<rfc9110>>.\n"
    found = _found(tmp_path, doc, "And <<rfc9111>>.")
    assert found == [(C.CITATION_KEY_MISSING, "rfc9111")]


@pytest.mark.parametrize(
    ("live", "want"),
    [
        ("see <<lamport>> here", True),
        ("see xref:rfc9110[HTTP] here", True),
        ("see <<bits>> and <<lamport2>>", False),
        ("see cite:[lamport]", False),
        ("", False),
    ],
)
def test_xref_names_entry(live: str, want: bool) -> None:
    assert xref_names_entry(live, {"lamport", "rfc9110"}) is want
