"""Source markup no reader reads: Texinfo, troff (man, mdoc, ms) and Textile: recognised and
refused.

A Texinfo manual (``\\input texinfo``, ``@setfilename``, ``@node``, ``@chapter``, ``@bye``)
read as Pandoc Markdown makes every ``@command`` a citation key; a troff page (``.TH``,
``.SH``, ``.PP``) read as plain text makes its requests claims.  Neither is read half-way:
the file is refused with what it is and how to convert it to a format bibcheck reads (the
HTML that ``texi2any --html`` writes, the Markdown ``pandoc -f man`` writes).

Decided by the markup's own lines, which no prose or Markdown writes at the start of a
line: Texinfo's ``\\input texinfo`` first line, or in a ``.texi`` file its structural
commands (``@node``, ``@setfilename``, ``@bye``, a sectioning command: an included chapter);
troff that starts (after its comments) with requests, a header request (``.TH`` of man,
``.Dd``/``.Dt`` of mdoc, ``.TL``/``.NH`` of ms) among them, paragraph or section requests
after it; Textile by its block signatures opening blocks (``h1.``, ``bq.``, ``fn1.``, ``p.``
after a blank line), several of them of two kinds or with Textile's ``"text":url`` links
and ``^superscripts^`` (one ``h1.`` in prose is not enough; a ``.textile`` file needs one:
its ``fn1.`` notes would otherwise be read as nothing, its ``[^x^]`` as Pandoc markers).
(A Markdown page that shows such lines in a code block is not refused.)
Only the file's first lines are looked at for the header; each pattern is anchored at a
line's start and bounded (linear in the text).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import PurePath

from bibcheck.lazyre import lazy_compile

__all__ = ["ForeignMarkup", "foreign_markup", "refusal"]

_TEXINFO_EXTENSIONS = {".texi", ".texinfo", ".txi"}
_TEXINFO_INPUT = lazy_compile(r"\A\ufeff?(?:[ \t]*+\n)*+\\input texinfo\b")
_TEXINFO_COMMAND = lazy_compile(
    r"^@(?P<name>setfilename|settitle|node|bye|top|chapter|section|subsection|unnumbered"
    r"|appendix|menu|end|deffn|defun|defmac|defvar|include|c|comment)\b",
    re.M,
)
_TEXINFO_STRUCTURE = {"setfilename", "node", "bye"}
_TEXINFO_SECTIONS = {"top", "chapter", "section", "subsection", "unnumbered", "appendix", "menu"}

_TROFF_REQUEST = lazy_compile(r"^[.'](?P<name>[A-Za-z]{1,3})\b", re.M)
_TROFF_HEADERS = {"TH": "man", "Dd": "mdoc", "Dt": "mdoc", "TL": "ms", "NH": "ms"}
_TROFF_BODY = {"SH", "SS", "PP", "LP", "IP", "TP", "Sh", "Pp", "Nm", "NH"}
_TROFF_COMMENT = lazy_compile(r"^[.']\\\"|^\\\"")
_HEAD = 60  # lines in which a troff header request stands

# Textile's block signatures opening a block (after a blank line): "h1. ", "bq. ", "bc.. ",
# "fn1. ", "p. ", "pre. ", "notextile. ", perhaps with attributes ("p(lead). ", "h2{color:red}.
# ", "p<. ", "fn1^. ")
_TEXTILE_BLOCK = lazy_compile(
    r"(?P<sig>h[1-6]|bq|bc|fn\d{1,4}|p|pre|notextile)"
    r"(?:\([^()\n]{0,40}\)|\{[^{}\n]{0,80}\}|\[[A-Za-z-]{1,10}\]|[<>=^])"
    r"{0,6}\.\.?[ \t]+(?=\S)"
)
_TEXTILE_KIND = {"bq": "quote", "bc": "code", "pre": "code", "fn": "note", "p": "paragraph"}
_TEXTILE_KIND["notextile"] = "code"
# "p. 45", "p. xii": a page reference wrapped to a line's start, no paragraph signature
_PAGE_AFTER = lazy_compile(r"(?:\d|[ivxlcIVXLC]{1,6}\b)")
# a Textile link, "text":https://… (quoted text, a colon, an address), and a superscript
_TEXTILE_LINK = lazy_compile(r"\"[^\"\n]{1,200}\":(?:https?://|/|#|mailto:)")
_TEXTILE_SUP = lazy_compile(r"(?<![\w^])\^[^\s^][^\^\n]{0,60}\^(?![\w^])")
_TEXTILE_BLOCKS = 3  # signatures that make a file of another name Textile
_TEXTILE_EXTENSIONS = {".textile", ".txtl"}
_MD_FENCE = lazy_compile(r"^[ \t]{0,3}(?P<fence>`{3,}|~{3,})")


@dataclass(frozen=True, slots=True)
class ForeignMarkup:
    """A markup language bibcheck has no reader for, and how to convert it."""

    kind: str  # "a Texinfo manual"
    convert: str  # the command to suggest


def foreign_markup(path: str | PurePath, text: str) -> ForeignMarkup | None:
    """What unsupported source markup ``text`` is (Texinfo, troff), or None."""
    head = text[:200_000]
    if _texinfo(PurePath(path).suffix.lower(), head):
        return ForeignMarkup(
            "a Texinfo manual",
            "`texi2any --html --no-split FILE` (or `makeinfo --html --no-split`), then "
            "ingest the HTML it writes",
        )
    if _textile(PurePath(path).suffix.lower(), head):
        return ForeignMarkup(
            "a Textile document (block signatures such as `h1.`, `bq.`, `fn1.`)",
            "`pandoc -f textile -t markdown FILE -o FILE.md`, then ingest the Markdown",
        )
    macros = _troff(head)
    if macros is not None:
        convert = (
            "`pandoc -f man -t markdown FILE` (or `mandoc -T html FILE`)"
            if macros in ("man", "mdoc")
            else "`groff -ms -T html FILE`"
        )
        return ForeignMarkup(f"a troff document ({macros} macros)", convert + ", then ingest that")
    return None


def _texinfo(suffix: str, text: str) -> bool:
    if _TEXINFO_INPUT.match(text):
        return True
    if suffix not in _TEXINFO_EXTENSIONS:
        return False  # (a Markdown page may show a manual's lines in a code block)
    names = {m.group("name") for m in _TEXINFO_COMMAND.finditer(text)}
    return bool(names & (_TEXINFO_STRUCTURE | _TEXINFO_SECTIONS))


def _textile(suffix: str, text: str) -> bool:
    """Whether ``text`` is Textile: block signatures (``h2.``, ``bq.``, ``fn1.``, ``p(lead).``)
    opening blocks, at least three of them and of two kinds, or Textile's links and
    superscripts besides (``"text":https://…``, ``^sup^``); any one in a ``.textile`` file.
    A Markdown page's fenced example is skipped; ``p. 45`` (a page) is no signature."""
    kinds: set[str] = set()
    blocks = 0
    previous_blank = True
    fence = ""
    for line in text.split("\n"):
        opened = _MD_FENCE.match(line)
        if fence or opened is not None:
            if not fence and opened is not None:
                fence = opened.group("fence")
            elif fence and line.strip().startswith(fence) and not line.strip().strip(fence[0]):
                fence = ""
            previous_blank = False
            continue
        m = _TEXTILE_BLOCK.match(line) if previous_blank else None
        if m is not None and not (m.group("sig") == "p" and _PAGE_AFTER.match(line, m.end())):
            blocks += 1
            kinds.add(_TEXTILE_KIND.get(m.group("sig").rstrip("0123456789"), "heading"))
        previous_blank = not line.strip()
    if suffix in _TEXTILE_EXTENSIONS:
        return blocks >= 1
    if blocks < _TEXTILE_BLOCKS:
        return False
    if _TEXTILE_LINK.search(text):
        kinds.add("link")
    if _TEXTILE_SUP.search(text):
        kinds.add("superscript")
    return len(kinds) >= 2


def _troff(text: str) -> str | None:
    lines = text.split("\n", _HEAD)[:_HEAD]
    first = next((x for x in lines if x.strip() and not _TROFF_COMMENT.match(x)), "")
    if not _TROFF_REQUEST.match(first):
        return None  # troff source starts with its requests (after comments)
    header = None
    for line in lines:
        m = _TROFF_REQUEST.match(line)
        if m and m.group("name") in _TROFF_HEADERS:
            header = _TROFF_HEADERS[m.group("name")]
            break
    if header is None:
        return None
    body = sum(1 for m in _TROFF_REQUEST.finditer(text) if m.group("name") in _TROFF_BODY)
    return header if body >= 2 else None


def refusal(path: str, markup: ForeignMarkup) -> str:
    """The message refusing ``markup``: what it is, that no reader reads it, how to convert."""
    return (
        f"{path}: {markup.kind}; bibcheck has no reader for this markup (its commands would "
        f"be misread as citations or text). Convert it first: {markup.convert}. `--reader` "
        "forces a reader if you know better."
    )
