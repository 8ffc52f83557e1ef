"""Fix 45t: Textile documents are refused (exit 2 at ingest), named, with the pandoc command
to convert them; Markdown and plain text that merely hold one Textile-like line, a page
reference wrapped to a line's start or a Textile example in a fenced block are not.  Texts
written for this test."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.errors import InputError
from bibcheck.manuscript import parse_bytes
from bibcheck.readers import markupkind
from bibcheck.readers.markupkind import foreign_markup
from tests.test_regex_growth import assert_linear

TEXTILE_NOTES = """h1. Harbour towns

The quay was rebuilt twice[1] and its cranes sold in 1961.[2]

h2. The older quay

bq. Ships lay three deep along the wall.

fn1. Tom Reed, _Harbour Works_ (Hull: Dock Press, 1988), 12.

fn2. "Port records":https://records.example.org/port, box 4.
"""
TEXTILE_ATTRIBUTES = """h2(lead). Bridges of the river

p(intro). The first bridge was wooden.

p>. The second was of stone, finished in 1820.

h3{color:grey}. Later works

p. Iron came later, see "the survey":https://survey.example.net/bridges.
"""
TEXTILE_SUPERSCRIPTS = """h1. Units

p. An area of 10 m^2^ is small.

h2. Volumes

p. A volume of 3 m^3^ is not.
"""
TEXTILE_SHORT = """h1. Notes on mills

The mill ground oats.[1]

fn1. Ann Holt, Mills (1970).
"""

REFUSED = {
    "notes-quotes-links": ("harbour.txt", TEXTILE_NOTES),
    "block-attributes": ("bridges.md", TEXTILE_ATTRIBUTES),
    "superscripts": ("units.txt", TEXTILE_SUPERSCRIPTS),
    "textile-extension-two-signatures": ("mills.textile", TEXTILE_SHORT),
}


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_textile_is_refused_with_the_pandoc_command(name: str) -> None:
    path, text = REFUSED[name]
    with pytest.raises(InputError) as caught:
        parse_bytes(text.encode(), path)
    message = str(caught.value)
    assert "Textile" in message and "pandoc -f textile -t markdown" in message


NOT_TEXTILE = {
    "markdown-one-h1": (
        "notes.md",
        "# Styles\n\nh1. is how Textile writes a heading.[^1]\n\n"
        "[^1]: Ann Holt, *Markup* (Leeds: Loom, 2001), 4.\n",
    ),
    "plain-text-wrapped-pages": (
        "notes.txt",
        "1. Ann Holt, Mills of the Dales (Leeds: Loom, 1970),\n\n"
        "p. 45, and again\n\np. 112.\n\np. xii of the preface.\n\n"
        "2. Tom Reed, Harbour Works (Hull, 1988), 3.\n",
    ),
    "markdown-fenced-example": (
        "howto.md",
        "# Textile\n\nTextile looks like this:\n\n```\n" + TEXTILE_NOTES + "```\n",
    ),
    "two-signatures-other-name": ("mills.txt", TEXTILE_SHORT),
    "same-kind-only": (
        "heads.txt",
        "h1. One\n\nText.\n\nh2. Two\n\nText.\n\nh3. Three\n\nText.\n",
    ),
}


@pytest.mark.parametrize("name", sorted(NOT_TEXTILE))
def test_other_text_is_not_taken_for_textile(name: str) -> None:
    path, text = NOT_TEXTILE[name]
    assert foreign_markup(path, text) is None


Line = Callable[[int], str]


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "h1(" * (n // 3), id="unclosed-class"),
        pytest.param(lambda n: "p<>" * (n // 3), id="alignments"),
        pytest.param(lambda n: '"a' * (n // 2), id="quotes"),
        pytest.param(lambda n: "^a" * (n // 2), id="carets"),
    ],
)
def test_textile_patterns_are_linear(line: Line) -> None:
    assert_linear(lambda text: markupkind._TEXTILE_BLOCK.match(text), line)
    assert_linear(lambda text: markupkind._TEXTILE_LINK.search(text), line)
    assert_linear(lambda text: markupkind._TEXTILE_SUP.search(text), line)
    assert_linear(lambda text: markupkind._textile(".txt", text), line)
