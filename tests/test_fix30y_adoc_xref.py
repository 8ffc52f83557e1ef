"""AsciiDoc: a ``<<id>>`` that points at no anchor and no bibliography entry, in a
document with a ``[bibliography]`` section.  An id shaped like a section's -- Asciidoctor's
auto-generated section id (the ``idprefix``, ``_`` by default: ``_deployment_model``) or
a conventional section/figure/table prefix (``sec-``, ``fig:``, ``tbl_``) -- is a broken
cross reference (an info ``xref-unresolved`` anomaly: Asciidoctor prints ``[id]`` and
warns "possible invalid reference"); an id shaped like the bibliography's keys is a
citation of a missing entry (``citation-key-missing``).  Section ids follow the
document's ``:idprefix:`` and ``:idseparator:``."""

from __future__ import annotations

import pytest

from bibcheck.model import AnomalyCode as C
from bibcheck.readers.asciidoc import read, section_like
from tests.test_regex_growth import assert_linear

DOC = """\
= Field Notes on Queues
{attributes}
== Overview

Queues grow under load <<beyer2016>>, and the RFC editors agree <<rfc-editor>>.
See {xref} for the details.

[bibliography]
== References

- [[[beyer2016]]] B. Beyer et al. Site Reliability Engineering. 2016.
- [[[rfc-editor]]] RFC Editor. Style Guide. 2020.
"""


def _codes(xref: str, attributes: str = "") -> list[tuple[C, str | None]]:
    doc = read(DOC.format(xref=xref, attributes=attributes))
    return [
        (a.code, a.footnote)
        for a in doc.anomalies
        if a.code in (C.CITATION_KEY_MISSING, C.XREF_UNRESOLVED)
    ]


@pytest.mark.parametrize(
    ("xref", "attributes", "want"),
    [
        # broken cross references to sections, figures, tables
        ("<<_deployment_model>>", "", [(C.XREF_UNRESOLVED, None)]),
        ("<<sec-results>>", "", [(C.XREF_UNRESOLVED, None)]),
        ("<<fig:architecture>>", "", [(C.XREF_UNRESOLVED, None)]),
        ("xref:tbl_latency[the table]", "", [(C.XREF_UNRESOLVED, None)]),
        ("<<sect-results_2021>>", ":idprefix: sect-\n:idseparator: _\n", [(C.XREF_UNRESOLVED, None)]),
        # an id shaped like the bibliography's keys: a missing entry
        ("<<beyer2017>>", "", [(C.CITATION_KEY_MISSING, "beyer2017")]),
        ("<<iso-norm>>", "", [(C.CITATION_KEY_MISSING, "iso-norm")]),
        # resolved: the section exists (default ids, and the document's own idprefix)
        ("<<_overview>>", "", []),
        ("<<overview>>", ":idprefix:\n:idseparator: -\n", []),
        ("<<s-overview>>", ":idprefix: s-\n", []),
        # another file of a book: not this document's to resolve
        ("<<chapter2.adoc#sec-x>>", "", []),
    ],
)  # fmt: skip
def test_unresolved_xref(xref: str, attributes: str, want: list[tuple[C, str | None]]) -> None:
    assert _codes(xref, attributes) == want


@pytest.mark.parametrize(
    ("key", "prefix", "want"),
    [
        ("_intro", "_", True),
        ("sec-intro", "_", True),
        ("Sec:Intro", "_", True),
        ("appendix-b", "_", True),
        ("sect-x", "sect-", True),
        ("beyer2016", "_", False),
        ("section", "_", False),
        ("secret2020", "_", False),
        ("intro", "", False),
        ("", "_", False),
    ],
)
def test_section_like(key: str, prefix: str, want: bool) -> None:
    assert section_like(key, prefix) is want


def test_long_id_is_linear() -> None:
    assert_linear(lambda key: section_like(key, "_"), lambda n: "sec" * (n // 3))
    assert_linear(
        lambda xref: read(DOC.format(xref=xref, attributes="")),
        lambda n: "<<" + "sec-" * (n // 4) + ">>",
    )
