"""RefManageR citations in R Markdown: inline R code that cites from a ``.bib`` file.

An R Markdown document (xaringan slides often) may cite with the RefManageR package
instead of Pandoc: a code chunk reads the file, ``bib <- ReadBib("refs.bib")``, and
inline code cites from it, `` `r Citep(bib, "key")` ``, `` `r Citet(bib, c("a", "b"),
.opts = list(cite.style = "authoryear"))` ``.  Each such call is rewritten as the Pandoc
citation it renders to (``[@a; @b]`` for the parenthetical forms, ``@a`` for the
textual ones), padded to the call's length so that columns stay; ``NoCite`` cites
without a marker (its keys are listed as ``nocite``); the files ``ReadBib`` reads are
the document's bibliography.  Named arguments (``.opts``, ``before``, ``after``, a
search by field such as ``author = "Smith"``) are not keys.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bibcheck.lazyre import lazy_compile

__all__ = ["Rewritten", "bib_files", "rewrite"]

_PARENTHETICAL = {"citep", "autocite", "cite", "parencite", "citealp", "footcite", "smartcite"}
_TEXTUAL = {"citet", "textcite", "citealt", "citeauthor"}
_NOCITE = {"nocite"}
_FUNCTIONS = "|".join(sorted(_PARENTHETICAL | _TEXTUAL | _NOCITE))
# `r Citep(bib, "key", .opts = list(...))` on one line (the inline code's backticks)
_CALL = lazy_compile(
    r"`r[ \t]+(?:RefManageR::)?(?P<fn>(?i:" + _FUNCTIONS + r"))\((?P<args>[^`\n]*)\)[ \t]*`"
)
_STRING = lazy_compile(r"""(?P<q>["'])(?P<s>(?:\\.|(?!(?P=q))[^\\\n])*+)(?P=q)""")
_NAMED = lazy_compile(r"^\s*[\w.]+\s*=(?!=)")
_READ_BIB = lazy_compile(
    r"""\b(?:RefManageR::)?ReadBib\(\s*(?:file\s*=\s*)?(?P<q>["'])(?P<name>[^"'\n]+)(?P=q)"""
)


@dataclass(slots=True)
class Rewritten:
    """The text with each call as a Pandoc citation, and what ``NoCite`` cites."""

    text: str
    calls: int = 0
    nocite: list[str] = field(default_factory=list)


def _arguments(args: str) -> list[str]:
    """Top-level arguments of a call (commas inside brackets and strings left alone)."""
    parts: list[str] = []
    depth, start, quote = 0, 0, ""
    k = 0
    while k < len(args):
        ch = args[k]
        if quote:
            if ch == "\\":
                k += 1
            elif ch == quote:
                quote = ""
        elif ch in "\"'":
            quote = ch
        elif ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        elif ch == "," and depth == 0:
            parts.append(args[start:k])
            start = k + 1
        k += 1
    parts.append(args[start:])
    return parts


def call_keys(args: str) -> list[str]:
    """The keys a call cites: the strings of its positional arguments after the first
    (the bibliography object)."""
    keys: list[str] = []
    for arg in _arguments(args)[1:]:
        if _NAMED.match(arg):
            continue
        keys.extend(m.group("s").strip() for m in _STRING.finditer(arg) if m.group("s").strip())
    return keys


def _cited(keys: list[str], textual: bool) -> str:
    written = [
        "@" + k if re.fullmatch(r"[\w][\w:.#$%&+?~/-]*", k) else "@{" + k + "}" for k in keys
    ]
    return " and ".join(written) if textual else "[" + "; ".join(written) + "]"


def rewrite(text: str) -> Rewritten:
    """``text`` with RefManageR's inline citation calls as Pandoc citations."""
    result = Rewritten(text)
    if "`r" not in text:
        return result

    def one(m: re.Match[str]) -> str:
        keys = call_keys(m.group("args"))
        fn = m.group("fn").lower()
        if not keys:
            return m.group(0)
        result.calls += 1
        if fn in _NOCITE:
            result.nocite.extend(keys)
            return " " * len(m.group(0))
        cited = _cited(keys, fn in _TEXTUAL)
        return cited.ljust(len(m.group(0))) if len(cited) <= len(m.group(0)) else cited

    result.text = _CALL.sub(one, text)
    return result


def bib_files(text: str) -> list[tuple[str, int]]:
    """The files ``ReadBib("...")`` reads, with the line that names each."""
    return [
        (m.group("name").strip(), text.count("\n", 0, m.start()) + 1)
        for m in _READ_BIB.finditer(text)
    ]
