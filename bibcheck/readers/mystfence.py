"""MyST directives whose body is prose: their fences and options are structure, not code.

A Jupyter Book / MyST page writes admonitions, figures, tables and margins as fenced
directives::

    ```{figure} ../images/apparatus.png
    :name: fig-apparatus
    :width: 60%

    The apparatus, redrawn from {cite:p}`smith1990`.
    ```

Such a fence is not a code block: its body (a caption, a note, a table) is rendered as
text, citations and all.  :func:`unfence` returns the lines with only the structure
blanked (spaces, so columns and line numbers stay): the opening fence and directive
name, the option lines (``:name: value`` or a ``---`` YAML block) right below it, and
the closing fence.  The directive's argument stays when it is text (an admonition's
title, a table's caption); a figure's argument is an image path and is blanked.  Code
fences (```` ```python ````, ```` ```{code-cell} ````, ```` ```{math} ````, any
directive not listed here) are left as they are, and nothing inside a code fence is
looked at; a code fence inside a prose directive stays a code fence.

The same option lines after a colon fence (``:::{note}`` / ``:class: tip``) are
blanked too (the ``:::`` lines are the reader's own business); :func:`colon_argument`
gives the reader the span of such a line's argument when it is text, as a fence's is
(``:::{table} Ages after {cite:t}`smith1990```: a caption, citations and all).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bibcheck.lazyre import lazy_compile

__all__ = ["PROSE_DIRECTIVES", "colon_argument", "unfence"]

PROSE_DIRECTIVES = frozenset(
    {
        # admonitions (docutils and sphinx)
        "admonition", "attention", "caution", "danger", "error", "hint", "important",
        "note", "seealso", "tip", "todo", "warning", "versionadded", "versionchanged",
        "deprecated",
        # figures, tables and layout
        "figure", "table", "list-table", "margin", "sidebar", "topic", "epigraph",
        "pull-quote", "highlights", "compound", "container", "div", "aside",
        # sphinx-design / jupyter-book
        "dropdown", "card", "grid", "grid-item", "grid-item-card", "tab-set", "tab-item",
        "tabbed", "details", "exercise", "solution", "only", "tab", "panels",
        # definitions and other text blocks (sphinx): a glossary's definitions, a rubric,
        # a list in columns, a literal block whose roles are still read
        "glossary", "rubric", "hlist", "centered", "parsed-literal", "line-block",
    }
)  # fmt: skip
_PATH_ARGUMENT = frozenset({"figure"})  # the argument is an image, not text
_OPEN = lazy_compile(r"^( {0,3})(`{3,}|~{3,})\s*\{(?P<name>[\w:.+-]+)\}(?P<arg>.*)$")
_CODE_OPEN = lazy_compile(r"^ {0,3}(`{3,}|~{3,})(.*)$")
_COLON_OPEN = lazy_compile(r"^\s*:{3,}\s*\{[\w:.+-]+\}")
_COLON_ARGUMENT = lazy_compile(r"^\s*+:{3,}+\s*+\{(?P<name>[\w:.+-]++)\}[ \t]*+(?P<arg>\S.*?)\s*$")
_OPTION = lazy_compile(r"^\s*:[\w.-]+:(?:\s.*)?$")


@dataclass(slots=True)
class _Fence:
    chars: str
    prose: bool


def _prose(name: str) -> bool:
    return name.lower() in PROSE_DIRECTIVES or name.lower().startswith("prf:")


def _closes(line: str, fence: _Fence) -> bool:
    stripped = line.strip()
    return (
        len(line) - len(line.lstrip(" ")) <= 3
        and len(stripped) >= len(fence.chars)
        and stripped == fence.chars[0] * len(stripped)
    )


def _options_end(lines: Sequence[str], start: int) -> int:
    """The first line after the option block that begins at ``start``."""
    k = start
    if k < len(lines) and lines[k].strip() == "---":  # a YAML block of options
        for j in range(k + 1, min(len(lines), k + 60)):
            if lines[j].strip() == "---":
                return j + 1
        return k
    while k < len(lines) and _OPTION.match(lines[k]):
        k += 1
    return k


def colon_argument(line: str) -> tuple[int, int] | None:
    """The span of the text argument of a prose directive's colon fence at ``line``
    (``:::{table} Caption``, ``::::{admonition} Title``), or None: no argument, a code
    directive's, or a figure's image path."""
    m = _COLON_ARGUMENT.match(line)
    if m is None or not _prose(m.group("name")) or m.group("name").lower() in _PATH_ARGUMENT:
        return None
    return m.start("arg"), m.end("arg")


def _blank(line: str) -> str:
    return " " * len(line)


def unfence(lines: Sequence[str]) -> list[str]:
    """``lines`` with the fences and options of prose directives blanked (see the module)."""
    out = list(lines)
    stack: list[_Fence] = []
    k = 0
    while k < len(out):
        line = out[k]
        top = stack[-1] if stack else None
        if top is not None and _closes(line, top):
            stack.pop()
            if top.prose:
                out[k] = _blank(line)
            k += 1
            continue
        if top is not None and not top.prose:
            k += 1  # inside code: nothing opens here
            continue
        m = _OPEN.match(line)
        if m is not None and _prose(m.group("name")):
            stack.append(_Fence(m.group(2), prose=True))
            keep = m.start("arg") if m.group("name").lower() not in _PATH_ARGUMENT else len(line)
            out[k] = _blank(line[:keep]) + line[keep:]
            end = _options_end(out, k + 1)
            out[k + 1 : end] = [_blank(x) for x in out[k + 1 : end]]
            k = max(end, k + 1)
            continue
        code = _CODE_OPEN.match(line)
        if code is not None and not (code.group(1)[0] == "`" and "`" in code.group(2)):
            stack.append(_Fence(code.group(1), prose=False))
        elif _COLON_OPEN.match(line):
            end = _options_end(out, k + 1)
            out[k + 1 : end] = [_blank(x) for x in out[k + 1 : end]]
            k = max(end, k + 1)
            continue
        k += 1
    return out
