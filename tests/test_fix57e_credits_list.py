"""Fix 57e (2): a list of the figures' sources numbered from 1 again after the references.

A document often ends with the sources or credits of its figures as a numbered list of
its own, after the reference list and with or without a heading (``1. Figure 1: Photo …``,
``1. Abb. 2 – Quelle: Stadtarchiv``, ``1. Source: Wikimedia Commons``).  It restarts the
numbering at 1: it is no part of the reference list, and no duplicate numbering.  A list
that restarts at 1 with works (``1. Smith, J. (2019) …``) is still one list numbered
twice (said).

Own fixtures: an invented paper on harbour ledgers, in Org (numeric and with ``[fn:]``
notes), plain text and Pandoc Markdown.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode, ParsedDocument
from bibcheck.readers.listafter import credit_item

CREDITS = {
    "Figure 1: Photograph of the harbour, courtesy of the city archive.": True,
    "Fig. 2, drawn by the author.": True,
    "Abb. 3 – Stadtarchiv Hamburg, Bestand 411.": True,
    "Abbildung 1: Eigene Darstellung.": True,
    "Imagen 2: Archivo General de la Nación.": True,
    "Quelle: Stadtarchiv Bremen.": True,
    "Source: Wikimedia Commons, CC BY-SA 4.0.": True,
    "Fontes: IBGE, 2010.": True,
    "Credit: NASA/JPL.": True,
    "Bildnachweis: Landesarchiv.": True,
    # works, and words that only begin like a figure's
    "Berg, A. (2004). The customs house and its books. London: Verso.": False,
    "Figueroa, J. (2010). Puertos del Caribe. Madrid: Akal.": False,
    "Mapping the harbour. Journal of Ports 3 (2001): 1–20.": False,
    "Sources of error in ledgers. Oxford, 1999.": False,
    "Bildung und Hafen. Berlin 2012.": False,
}


@pytest.mark.parametrize(("text", "want"), CREDITS.items())
def test_credit_item(text: str, want: bool) -> None:
    assert credit_item(text) is want


REFS = [
    "Berg, A. (2004). The customs house and its books. London: Verso.",
    "Hale, T. (2011). Clerks of the port. Oxford: Clarendon Press.",
    "Moss, I. (2015). Tides of trade. Leeds: Northern Press.",
]
FIGURES = [
    "Figure 1: Photograph of the harbour, courtesy of the city archive.",
    "Figure 2: Map of the quays, drawn by the author.",
]
ABB = ["Abb. 1: Quelle: Stadtarchiv Hamburg.", "Abb. 2: Eigene Darstellung."]
WORKS = [
    "Smith, J. (2019). Harbour at dawn. London: Dock Press.",
    "Doe, R. (2018). The quays. York: River Press.",
]
NUMERIC = [
    "The ledgers were read as trade records [1]. Later work saw the clerks in them [2],",
    "and the tides of trade were studied later [3].",
]
NOTED = [
    "The ledgers were read as trade records.[fn:1] Later work saw the clerks.[fn:2]",
    "The tides of trade were studied later.[fn:3]",
    "",
    "* Notes",
    "[fn:1] Berg (2004), p. 3.",
    "[fn:2] Hale (2011), p. 9.",
    "[fn:3] Moss (2015), p. 12.",
]
PANDOC = [
    "The ledgers were read as trade records.[^1] Later work saw the clerks.[^2]",
    "The tides of trade were studied later.[^3]",
    "",
    "[^1]: Berg (2004), p. 3.",
    "[^2]: Hale (2011), p. 9.",
    "[^3]: Moss (2015), p. 12.",
]


def _numbered(items: list[str]) -> list[str]:
    return [f"{k}. {e}" for k, e in enumerate(items, 1)]


def _org(body: list[str], second: list[str], blank: bool) -> bytes:
    out = ["#+TITLE: Harbour ledgers", "", "* Introduction", *body, "", "* References"]
    out += [*_numbered(REFS), *([""] if blank else []), *_numbered(second), ""]
    return "\n".join(out).encode()


def _text(body: list[str], second: list[str], blank: bool) -> bytes:
    out = ["Harbour ledgers", "", *body, "", "References", "", *_numbered(REFS)]
    out += [*([""] if blank else []), *_numbered(second), ""]
    return "\n".join(out).encode()


def _md(body: list[str], second: list[str], blank: bool) -> bytes:
    out = ["# Harbour ledgers", "", *body, "", "## References", "", *_numbered(REFS)]
    out += [*([""] if blank else []), *_numbered(second), ""]
    return "\n".join(out).encode()


Maker = Callable[[list[str], list[str], bool], bytes]
DOCS: list[tuple[str, Maker, list[str], str]] = [
    ("org-numeric", _org, NUMERIC, "paper.org"),
    ("org-notes", _org, NOTED, "paper.org"),
    ("text", _text, NUMERIC, "paper.txt"),
    ("markdown-numeric", _md, NUMERIC, "paper.md"),
    ("pandoc-notes", _md, PANDOC, "paper.md"),
]


def _read(kind: str, second: list[str], blank: bool) -> ParsedDocument:
    make, body, name = next((m, b, n) for k, m, b, n in DOCS if k == kind)
    return parse_bytes(make(body, second, blank), name)


def _codes(parsed: ParsedDocument) -> set[AnomalyCode]:
    return {a.code for a in parsed.all_anomalies()}


@pytest.mark.parametrize("blank", [True, False], ids=["blank-line", "no-blank-line"])
@pytest.mark.parametrize("second", [FIGURES, ABB], ids=["figure", "abb"])
@pytest.mark.parametrize("kind", [d[0] for d in DOCS])
def test_credits_list_is_no_part_of_the_references(
    kind: str, second: list[str], blank: bool
) -> None:
    parsed = _read(kind, second, blank)
    assert [(e.number, e.reference.raw.split(",")[0]) for e in parsed.literature] == [
        (1, "Berg"),
        (2, "Hale"),
        (3, "Moss"),
    ]
    assert AnomalyCode.LITERATURE_DUPLICATE_NUMBER not in _codes(parsed)
    assert AnomalyCode.LITERATURE_UNCITED not in _codes(parsed)


@pytest.mark.parametrize("kind", ["org-numeric", "text"])
def test_works_numbered_again_are_still_said(kind: str) -> None:
    """A second run of works from 1: still read as the list, its numbering said."""
    parsed = _read(kind, WORKS, True)
    assert len(parsed.literature) == 5
    assert AnomalyCode.LITERATURE_DUPLICATE_NUMBER in _codes(parsed)
