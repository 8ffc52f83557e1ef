"""Texinfo and troff sources are refused (exit 2 at ingest), named, with the conversion to
run; Markdown, plain text and LaTeX that merely mention such commands are not.  Texts
written for this test."""

from __future__ import annotations

import pytest

from bibcheck.errors import InputError
from bibcheck.manuscript import parse_bytes
from bibcheck.readers.markupkind import foreign_markup
from tests.growth import growth

TEXINFO_INPUT = """\\input texinfo   @c -*-texinfo-*-
@setfilename lamp.info
@settitle Lamp Manual

@node Top
@top Lamp

The lamp is lit with @code{lamp-on}.  See @ref{Wicks}.

@bye
"""
TEXINFO_NO_INPUT = """@c A fragment included by the main manual
@node Wicks
@chapter Wicks

Trim the wick with @kbd{C-c w}; see @cite{Lamp Care}.

@node Oil
@section Oil

@defun lamp-fill amount
Fill @var{amount} of oil.
@end defun
"""
MAN = """.\\" lamp(1) manual page
.TH LAMP 1 "June 2020" "lamp 2.0"
.SH NAME
lamp \\- light the lamp
.SH SYNOPSIS
.B lamp
[\\fB\\-w\\fR \\fIwick\\fR]
.SH DESCRIPTION
.PP
Lights the lamp [1].
"""
MDOC = """.Dd June 3, 2020
.Dt LAMP 1
.Os
.Sh NAME
.Nm lamp
.Nd light the lamp
.Sh DESCRIPTION
Lights the lamp.
"""
MS = """.TL
On Lamps
.AU
A. Lamb
.NH
Wicks
.PP
The wick is trimmed daily [1].
.PP
Oil is added weekly.
"""

CASES = {
    "texinfo-input": ("manual.txt", TEXINFO_INPUT, "a Texinfo manual", "texi2any --html"),
    "texinfo-extension": ("wicks.texi", TEXINFO_NO_INPUT, "a Texinfo manual", "texi2any --html"),
    "man": ("lamp.1", MAN, "man macros", "pandoc -f man"),
    "mdoc": ("lamp.8", MDOC, "mdoc macros", "pandoc -f man"),
    "ms": ("lamps.ms", MS, "ms macros", "groff -ms"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_unsupported_markup_is_refused(name: str) -> None:
    path, text, kind, convert = CASES[name]
    with pytest.raises(InputError) as caught:
        parse_bytes(text.encode(), path)
    message = str(caught.value)
    assert kind in message and convert in message and "no reader" in message


NOT_MARKUP = {
    "pandoc-citation-at-line-start": (
        "notes.md",
        "# Lamps\n\nAs argued by\n@lamb2020, wicks matter.\n\n@node2019 agrees.\n",
    ),
    "markdown-mentions-texinfo": (
        "howto.md",
        "# Writing manuals\n\nStart the file with `\\input texinfo` and end it with `@bye`.\n",
    ),
    "plain-text-dot-lines": (
        "list.txt",
        "Things to buy\n\n.NET books\n.SH files are shell scripts\n.PP is a request\n",
    ),
    "texinfo-fragment-not-texi": ("wicks.txt", TEXINFO_NO_INPUT),
    "markdown-shows-a-manual": ("howto.md", "# Manuals\n\n```\n" + TEXINFO_NO_INPUT + "```\n"),
    "markdown-shows-a-man-page": ("howto.md", "# Man pages\n\n```\n" + MAN + "```\n"),
    "latex": (
        "paper.tex",
        "\\documentclass{article}\n\\begin{document}\n@node\n@bye\n\\end{document}\n",
    ),
}


@pytest.mark.parametrize("name", sorted(NOT_MARKUP))
def test_other_text_is_not_taken_for_markup(name: str) -> None:
    path, text = NOT_MARKUP[name]
    assert foreign_markup(path, text) is None


def test_recognition_is_linear() -> None:
    # (four times the text: about four times the time, not sixteen)
    assert growth(lambda n: foreign_markup("x.txt", "@" * n + "\n" + "." * n), 25_000, 100_000) < 8
