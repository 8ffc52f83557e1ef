"""The files a build script joins into one before Pandoc renders it.

A book written one Markdown file per chapter is often joined into one file by the build
script, and Pandoc run on that file::

    cat ch*.md > book.md                      (sh)
    type *.md > all.md                        (cmd.exe)
    copy /b intro.md+body.md+notes.md all.md  (cmd.exe)
    Get-Content a.md, b.md | Set-Content all.md   (PowerShell)
    pandoc all.md -o book.pdf

The joined file is made of the chapters, in the command's order (``>>`` adds to it): a
chapter is a part of the document Pandoc renders.  :func:`concatenations` gives each
joining command of a line, its output and its inputs as written (names and patterns,
relative to the line's folder); only Markdown files count (:func:`concatenations` takes
the test for a Markdown name).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from bibcheck.lazyre import lazy_compile

__all__ = ["Concatenation", "concatenations"]

_START = r"(?:^|(?<=[;&(|]))\s*"
_OUT = r"""(?P<out>"[^"]+"|'[^']+'|[^\s;&|<>()]+)"""
# "cat a.md b.md > all.md", "type *.md >> all.md", "Get-Content a.md, b.md > all.md"
_REDIRECTED = lazy_compile(
    rf"{_START}(?:cat|type|Get-Content|gc)\s+(?P<args>[^<>|;&]+?)\s*(?P<op>>>?)\s*{_OUT}",
    re.I,
)
# "Get-Content a.md, b.md | Set-Content all.md" ("Add-Content": adds to it)
_PIPED = lazy_compile(
    rf"{_START}(?:cat|type|Get-Content|gc)\s+(?P<args>[^<>|;&]+?)\s*\|\s*"
    rf"(?P<op>Set-Content|Out-File|Add-Content)\s+(?:-(?:Path|FilePath|LiteralPath)\s+)?{_OUT}",
    re.I,
)
# "copy /b a.md+b.md all.md", "copy *.md all.md" (cmd.exe joins the files into one)
_COPIED = lazy_compile(
    rf"{_START}copy(?:\s+/[a-z-]+)*\s+(?P<args>\S+)(?:\s+/[a-z]+)*\s+{_OUT}(?:\s+/[a-z]+)*\s*$",
    re.I,
)
_SEPARATORS = lazy_compile(r"[\s,+]+")


@dataclass(frozen=True, slots=True)
class Concatenation:
    """A command that joins ``inputs`` (names and patterns, in order) into ``output``;
    ``append``: added to what ``output`` held (``>>``, ``Add-Content``)."""

    output: str
    inputs: tuple[str, ...]
    append: bool = False


def concatenations(command: str, markdown: Callable[[str], bool]) -> list[Concatenation]:
    """The joining commands of the script line ``command`` whose output and inputs are
    Markdown files by ``markdown`` (a test of a name)."""
    found = []
    for pattern in (_PIPED, _REDIRECTED):
        for m in pattern.finditer(command):
            append = m.group("op").lower() in (">>", "add-content")
            found.append(_joined(m.group("args"), m.group("out"), append, markdown, False))
    copied = _COPIED.search(command)
    if copied is not None:
        found.append(_joined(copied.group("args"), copied.group("out"), False, markdown, True))
    return [c for c in found if c is not None]


def _joined(
    args: str, out: str, append: bool, markdown: Callable[[str], bool], copied: bool
) -> Concatenation | None:
    output = out.strip("\"'")
    names = [n.strip("\"'") for n in _SEPARATORS.split(args.strip())]
    inputs = tuple(n for n in names if n and not n.startswith(("-", "/")) and markdown(n))
    if not markdown(output) or not inputs:
        return None
    # (cmd.exe's copy joins files given with "+" or by a pattern; one name is a copy)
    if copied and "+" not in args and not any(c in args for c in "*?"):
        return None
    return Concatenation(output, inputs, append)
