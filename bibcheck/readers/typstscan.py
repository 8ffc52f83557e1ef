"""Typst syntax for the Typst reader: what is text, what cites, what names files.

:func:`scan` walks a ``.typ`` file as Typst parses it: markup, with ``#`` entering code
for one expression (``#name(args)[content]...``, ``#{...}``, ``#(...)``) or one
statement (``#let``, ``#set``, ``#show``, ``#import``, ``#include``, ``#if``, ...
to the end of its line, brackets balanced), and content blocks ``[...]`` inside code
being markup again (a caption, a table cell, a template's ``abstract: [...]``).

It returns the file's *shown* text, the same length with the same line breaks, where
only rendered markup is kept: comments (``//``, nested ``/* */``), raw text
(backticks), math (``$...$``), code, string literals and labels (``<name>``) are
blanked; a citation is written ``@key`` where it starts; a reference's supplement
(``@key[p. 7]``) is blanked.  Besides it:

* citations: ``@key`` (a reference, wherever an ``@`` is followed by a label character, as
  Typst reads it: ``先行研究@key`` too; not inside an automatic link ``https://...``;
  a citation unless the key is a label of the
  document), ``#cite(<key>)``, ``#cite(label("key"), supplement: [...], form: "prose")``,
  ``#ref(<key>)``, ``#quote(attribution: <key>)``;
* footnotes: ``#footnote[...]`` / ``#footnote(numbering: ...)[...]`` /
  ``#footnote([...])``, with the offsets of their content;
* labels defined (``<name>`` in markup, on headings, figures, equations; ``#<name>``
  and ``#label("name")`` inside math, the ``equate`` package's per-line labels;
  ``#label("name")`` in markup; given to a function in code, ``<name>`` or
  ``label("name")``);
* calls of citation macros the document defines (``#let citet(key) = cite(key, form:
  "prose")`` then ``#citet(<key>)``);
* the files named by ``bibliography(...)`` (a string, an array of strings, or a
  variable set by ``#let name = "file"``) and ``include`` (``#include "ch.typ"``);
* the document title (``#set document(title: ...)``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bibcheck.lazyre import lazy_compile
from bibcheck.readers.typstincludes import Expression, Joined, include_target

__all__ = ["Cite", "Footnote", "Named", "Scan", "scan"]

_IDENT = lazy_compile(r"[A-Za-z_][\w-]*")
_LABEL = lazy_compile(r"<([\w:.\-]+)>")
_REF_KEY = lazy_compile(r"[\w][\w:.\-]*")
_STRING = lazy_compile(r'"((?:[^"\\\n]|\\.)*)"')
_STRINGS = lazy_compile(r'\s*(?:"(?:[^"\\\n]|\\.)*"|\((?:\s*"(?:[^"\\\n]|\\.)*"\s*,?)*\s*\))\s*')
_LABEL_CALL = lazy_compile(r'label\(\s*"((?:[^"\\]|\\.)*)"\s*\)')
_INCLUDE_NAME = lazy_compile(r'\s*\(?\s*"((?:[^"\\]|\\.)*)"')
_LET_STRING = lazy_compile(r'\s+([A-Za-z_][\w-]*)\s*=\s*"((?:[^"\\\n]|\\.)*)"')
_DOC_TITLE = lazy_compile(r'\s*document\s*\((?:[^()]*?\b)?title:\s*(?:"([^"]*)"|\[([^\]]*)\])')
_LET_FUNCTION = lazy_compile(r"\s+([A-Za-z_][\w-]*)\s*\(")
_LET_ASSIGN = lazy_compile(r"\s+([A-Za-z_][\w-]*)\s*=\s*")
_NAMED_ARG = lazy_compile(r"[ \t]*:(?!:)[ \t]*")
# a named argument opening a call's arguments (``numbering: "*"``), no positional body
_NAMED_ARG_START = lazy_compile(r"[A-Za-z_][\w-]*[ \t]*:(?!:)")
# what may follow a content block that is a whole argument: its ``)`` or the next argument
_ARG_END = lazy_compile(r"\s*[),]")
_PROSE = lazy_compile(r'form\s*:\s*"prose"')
_TERM_KEY = lazy_compile(r'key\s*:\s*"([\w:.\-]+)"')
_TEMPLATE_TITLE = lazy_compile(r'(?:[^\n]*\n){0,40}?\s*title\s*:\s*(?:"([^"\n]*)"|\[([^\]\n]*)\])')
_KEYWORDS = frozenset(
    {"let", "set", "show", "import", "include", "if", "else", "for", "while", "context",
     "return", "break", "continue"}
)  # fmt: skip
_CLOSERS = {"(": ")", "{": "}", "[": "]"}
_OPENERS = {")": "(", "]": "["}
_AUTO_LINK = lazy_compile(r"https?://")
_LINK_CHARS = frozenset("!#$%&*+,-./:;=?@_~'")
MAX_NESTING = 150  # deeper groups are skipped unread (no recursion limit reached)


@dataclass(frozen=True, slots=True)
class Cite:
    """A citation or reference from ``start`` to ``end`` (offsets in the file)."""

    start: int
    end: int
    key: str
    ref: bool  # written as a reference (@key, ref()): a label's key makes it a cross reference
    form: str = "normal"  # cite's form: "normal", "prose", "author", "year", "full", "none"


@dataclass(frozen=True, slots=True)
class Footnote:
    """``#footnote[...]``: the call's start, the first offset of its content, its ``]``."""

    start: int
    body: int
    close: int


@dataclass(frozen=True, slots=True)
class Named:
    """A file named by ``bibliography(...)`` or ``include``, at an offset."""

    name: str
    offset: int


@dataclass(slots=True)
class Scan:
    shown: str
    cites: list[Cite] = field(default_factory=list)
    footnotes: list[Footnote] = field(default_factory=list)
    labels: set[str] = field(default_factory=set)
    # labels given to functions (``subfigure(..., <fig:a>)``): a label, or a key given
    # to a citation macro the reader does not know
    code_labels: set[str] = field(default_factory=set)
    # glossary keys (``key: "cpu"``): @cpu is no citation
    terms: set[str] = field(default_factory=set)
    bibliographies: list[Named] = field(default_factory=list)
    full_bibliography: bool = False
    # the style a ``bibliography(style: "...")`` or ``#set bibliography(style: ...)``
    # names (a built-in style's name or a ``.csl`` file): the order the list prints in
    bibliography_style: str | None = None
    includes: list[Named] = field(default_factory=list)
    # includes naming their file by an expression: joined strings, or anything else
    joined: list[Joined] = field(default_factory=list)
    expressions: list[Expression] = field(default_factory=list)
    unresolved: list[Named] = field(default_factory=list)  # bibliography(expression)
    title: str | None = None
    # local modules imported (``#import "template.typ": *``; not ``@preview/`` packages)
    # and files included from code (``include "cover.typ"`` in a template's function)
    imports: list[Named] = field(default_factory=list)
    # strings given to names: ``let name = "refs.bib"`` and named arguments
    # ``name: "refs.bib"`` / ``name: ("a.bib", "b.yml")`` (a template's parameter, a
    # default): what ``bibliography(name)`` may be given
    assigned: dict[str, list[str]] = field(default_factory=dict)
    # ``#link("https://…")[…]`` calls: (where the call starts, the address)
    links: list[tuple[int, str]] = field(default_factory=list)


class _Scanner:
    def __init__(self, text: str) -> None:
        self.text = text
        self.n = len(text)
        self.out = [c if c == "\n" else " " for c in text]
        self.result = Scan("")
        self.strings: dict[str, str] = {}  # #let name = "value"
        self.depth = 0  # nesting of markup and code
        self.wrappers: dict[str, str] = {}  # citation macros -> the form they cite in
        self.template_title: str | None = None  # #show: template.with(title: ...)

    # -- helpers ---------------------------------------------------------------

    def copy(self, start: int, end: int) -> None:
        for k in range(start, min(end, self.n)):
            self.out[k] = self.text[k]

    def write(self, at: int, text: str) -> None:
        for k, c in enumerate(text):
            if at + k < self.n and self.text[at + k] != "\n":
                self.out[at + k] = c

    def skip_comment(self, i: int) -> int | None:
        """The offset after a comment starting at ``i``, or None if none starts there."""
        t = self.text
        if t.startswith("//", i):
            end = t.find("\n", i)
            return self.n if end < 0 else end
        if t.startswith("/*", i):
            depth, k = 0, i
            while k < self.n:
                if t.startswith("/*", k):
                    depth, k = depth + 1, k + 2
                elif t.startswith("*/", k):
                    depth, k = depth - 1, k + 2
                    if depth == 0:
                        return k
                else:
                    k += 1
            return self.n
        return None

    def skip_raw(self, i: int) -> int:
        """The offset after the raw text starting with backticks at ``i``."""
        t = self.text
        run = 0
        while i + run < self.n and t[i + run] == "`":
            run += 1
        if run == 2:
            return i + 2  # empty raw
        fence = "`" * run
        end = t.find(fence, i + run)
        return self.n if end < 0 else end + run

    def skip_math(self, i: int) -> int:
        """The offset after the math starting with ``$`` at ``i``; a label written in it
        (``#<eq:a>``, ``#label("eq:a")``: the ``equate`` package's per-line labels) is a
        label of the document."""
        t = self.text
        k = i + 1
        while k < self.n:
            c = t[k]
            if c == "\\":
                k += 2
            elif c == "$":
                return k + 1
            elif c == "#" and (found := self.label_at(k + 1)) is not None:
                self.result.labels.add(found[0])
                k = found[1]
            else:
                k += 1
        return self.n

    def label_at(self, j: int) -> tuple[str, int] | None:
        """(name, end) of a label written at ``j`` as ``<name>`` or ``label("name")``."""
        m = _LABEL.match(self.text, j) or _LABEL_CALL.match(self.text, j)
        return (m.group(1), m.end()) if m else None

    def skip_string(self, i: int) -> int:
        m = _STRING.match(self.text, i)
        if m:
            return m.end()
        end = self.text.find("\n", i + 1)
        return self.n if end < 0 else end

    def group_end(self, i: int) -> int:
        """The offset after the bracket group opening at ``i`` (strings, comments,
        raw text and nested groups skipped), nothing recorded."""
        stack = [_CLOSERS[self.text[i]]]
        k = i + 1
        while k < self.n and stack:
            c = self.text[k]
            skipped = self.skip_comment(k)
            if skipped is not None:
                k = skipped
            elif c == "\\":
                k += 2
            elif c == '"' and stack[-1] != "]":
                k = self.skip_string(k)
            elif c == "`":
                k = self.skip_raw(k)
            elif c in _CLOSERS:
                stack.append(_CLOSERS[c])
                k += 1
            elif c == stack[-1]:
                stack.pop()
                k += 1
            else:
                k += 1
        return k

    # -- markup ----------------------------------------------------------------

    def markup(self, i: int, closing: bool) -> int:
        """Markup from ``i`` to the ``]`` that closes it (its offset) or the end."""
        if closing and self.depth >= MAX_NESTING:  # skipped unread, without recursion
            return self.group_end(i - 1) - 1
        self.depth += 1
        try:
            return self._markup(i, closing)
        finally:
            self.depth -= 1

    def _markup(self, i: int, closing: bool) -> int:
        t = self.text
        depth = 0
        while i < self.n:
            c = t[i]
            if c == "/" and not (i > 0 and t[i - 1] == ":"):  # (https://: a link)
                skipped = self.skip_comment(i)
                if skipped is not None:
                    i = skipped
                    continue
            if c == "\\":
                self.copy(i + 1, i + 2)
                i += 2
            elif c == "`":
                i = self.skip_raw(i)
            elif c == "$":
                i = self.skip_math(i)
            elif c == "#" and i + 1 < self.n and (t[i + 1] in "({[" or _IDENT.match(t, i + 1)):
                i = self.hash(i)
            elif c == "<" and (m := _LABEL.match(t, i)):
                self.result.labels.add(m.group(1))
                i = m.end()
            elif c == "h" and (m := _AUTO_LINK.match(t, i)):
                i = self.auto_link(i, m.end())
            elif c == "@" and _REF_KEY.match(t, i + 1):
                # Typst ends text at any "@" followed by a label character, whatever
                # precedes it (先行研究@key, and ada@example.org too, which needs \@)
                i = self.reference(i)
            elif c == "[":
                depth += 1
                self.copy(i, i + 1)
                i += 1
            elif c == "]":
                if depth == 0 and closing:
                    return i
                depth -= 1
                self.copy(i, i + 1)
                i += 1
            else:
                self.copy(i, i + 1)
                i += 1
        return self.n

    def auto_link(self, i: int, j: int) -> int:
        """An automatic link ``https://...`` at ``i`` (its characters as Typst's
        ``link_prefix`` takes them, from ``j``): shown as it is, no reference in it."""
        t = self.text
        k = j
        brackets: list[str] = []
        while k < self.n:
            c = t[k]
            if c in "([":
                brackets.append(c)
            elif c in ")]":
                if not brackets or brackets.pop() != _OPENERS[c]:
                    break
            elif not (c.isascii() and (c.isalnum() or c in _LINK_CHARS)):
                break
            k += 1
        while k > j and t[k - 1] in "!,.:;?'":
            k -= 1
        self.copy(i, k)
        return k

    def reference(self, i: int) -> int:
        """``@key`` or ``@key[supplement]`` at ``i``."""
        m = _REF_KEY.match(self.text, i + 1)
        assert m is not None
        key = m.group(0).rstrip(".:")
        end = i + 1 + len(key)
        if end < self.n and self.text[end] == "[":
            end = self.group_end(end)
        self.result.cites.append(Cite(i, end, key, ref=True))
        self.write(i, "@" + key)
        return end

    # -- code ------------------------------------------------------------------

    def hash(self, i: int) -> int:
        """A ``#`` expression or statement at ``i``; the offset after it."""
        t = self.text
        j = i + 1
        if t[j] in "({":
            return self.code(j + 1, _CLOSERS[t[j]])
        if t[j] == "[":
            return self.markup(j + 1, closing=True) + 1
        m = _IDENT.match(t, j)
        assert m is not None
        name = m.group(0)
        if name in _KEYWORDS:
            return self.statement(i, name, m.end())
        if name == "label" and (found := self.label_at(j)) is not None:
            self.result.labels.add(found[0])  # #label("name") in markup: a label
            return found[1]
        return self.call(i, name, m.end())

    def statement(self, i: int, name: str, j: int) -> int:
        t = self.text
        if name == "include":
            m = _INCLUDE_NAME.match(t, j)
            if not self.include_expression(i, j) and m:
                self.result.includes.append(Named(m.group(1), i))
        if name == "let":
            m = _LET_STRING.match(t, j)
            if m:
                self.strings[m.group(1)] = m.group(2)
        if name in ("import", "let"):
            self.module_or_let(name, j)
        end = self.code(j, "\n")
        if name == "let" and (m := _LET_FUNCTION.match(t, j)) and "cite(" in t[j:end]:
            # a citation macro: #let citep(key) = cite(key, form: "prose")
            self.wrappers[m.group(1)] = "prose" if _PROSE.search(t, j, end) else "normal"
        if name == "show" and self.template_title is None:
            found = _TEMPLATE_TITLE.match(t, j, end)
            if found:
                self.template_title = (found.group(1) or found.group(2) or "").strip() or None
        if name == "set" and self.result.title is None:
            found = _DOC_TITLE.match(t, j, end)
            if found:
                self.result.title = (found.group(1) or found.group(2) or "").strip() or None
        return end

    def code(self, i: int, closer: str) -> int:
        """Code from ``i`` to ``closer`` (``)``, ``}``, or ``\\n`` for a statement line):
        the offset after the closer (before a closing newline)."""
        if self.depth >= MAX_NESTING:  # skipped unread, without recursion
            if closer == "\n":
                end = self.text.find("\n", i)
                return self.n if end < 0 else end
            return self.group_end(i - 1)
        self.depth += 1
        try:
            return self._code(i, closer)
        finally:
            self.depth -= 1

    def _code(self, i: int, closer: str) -> int:
        t = self.text
        while i < self.n:
            c = t[i]
            skipped = self.skip_comment(i)
            if skipped is not None:
                i = skipped
            elif c == closer:
                return i if closer == "\n" else i + 1
            elif c in ")}]" and closer == "\n":
                return i  # a statement inside a group ends with it
            elif c == '"':
                i = self.skip_string(i)
            elif c == "`":
                i = self.skip_raw(i)
            elif c == "$":
                i = self.skip_math(i)
            elif c in "({":
                i = self.code(i + 1, _CLOSERS[c])
            elif c == "[":
                i = self.markup(i + 1, closing=True) + 1
            elif (c == "<" or c == "l") and (label := self.code_label(i)) is not None:
                self.result.code_labels.add(label[0])  # given to a function
                i = label[1]
            elif c == "k" and (term := _TERM_KEY.match(t, i)):
                self.result.terms.add(term.group(1))  # a glossary entry's key
                i = term.end()
            elif (m := _IDENT.match(t, i)) and not (
                i > 0 and (t[i - 1].isalnum() or t[i - 1] in "_-")
            ):
                if i > 0 and t[i - 1] == ".":
                    i = m.end()  # a method or field (``ieee.with``)
                elif m.group(0) in ("include", "import", "let"):
                    self.module_or_let(m.group(0), m.end())
                    i = m.end()
                else:
                    if (named := _NAMED_ARG.match(t, m.end())) is not None:
                        self.assign(m.group(0), named.end())
                    i = self.call(i, m.group(0), m.end())
            else:
                i += 1
        return self.n

    def code_label(self, i: int) -> tuple[str, int] | None:
        """A label in code at ``i``: ``<name>``, or a call ``label("name")`` (not a method
        or a longer name ending in ``label``)."""
        t = self.text
        if t[i] == "l" and i > 0 and (t[i - 1].isalnum() or t[i - 1] in "_-."):
            return None
        return self.label_at(i)

    def module_or_let(self, name: str, j: int) -> None:
        """``import "file.typ"`` / ``include "file.typ"`` (a local file) and
        ``let name = "value"``, from ``j`` after the keyword."""
        if name == "let":
            if (m := _LET_ASSIGN.match(self.text, j)) is not None:
                self.assign(m.group(1), m.end())
            return
        if name == "include" and self.include_expression(j, j):
            return
        m = _INCLUDE_NAME.match(self.text, j)
        if m and not m.group(1).startswith("@"):
            self.result.imports.append(Named(m.group(1), j))

    def include_expression(self, at: int, j: int) -> bool:
        """An include at ``at`` (its keyword ending at ``j``) naming its file by an
        expression: recorded, and True; False for a plain string."""
        target = include_target(self.text, j, at)
        if isinstance(target, Joined):
            self.result.joined.append(target)
        elif isinstance(target, Expression):
            self.result.expressions.append(target)
        return target is not None

    def assign(self, name: str, k: int) -> None:
        """The string, or array of strings, at ``k`` given to ``name``."""
        t = self.text
        values: list[str] = []
        if t.startswith('"', k):
            m = _STRING.match(t, k)
            values = [m.group(1)] if m else []
        elif t.startswith("(", k):
            end = self.group_end(k)
            parts = [p.strip() for p in t[k + 1 : end - 1].split(",")]
            found = [_STRING.fullmatch(p) for p in parts if p]
            values = [m.group(1) for m in found if m] if all(found) else []
        if values:
            self.result.assigned.setdefault(name, []).extend(values)

    def call(self, start: int, name: str, j: int) -> int:
        """``name`` followed by arguments and content blocks, or a field chain."""
        t = self.text
        special = {
            "cite": self.cite,
            "ref": self.cite,
            "footnote": self.footnote,
            "bibliography": self.bibliography,
            "quote": self.quote,
            "link": self.link,
        }.get(name)
        if special is not None and j < self.n and t[j] in "([":
            return special(start, name, j)
        if name in self.wrappers and j < self.n and t[j] == "(":
            return self.wrapped(start, name, j)
        while j < self.n:
            if t[j] == "(":
                j = self.code(j + 1, ")")
            elif t[j] == "[":
                j = self.markup(j + 1, closing=True) + 1
            elif t[j] == "." and (m := _IDENT.match(t, j + 1)):
                j = m.end()
            else:
                break
        return j

    def args(self, j: int) -> tuple[list[tuple[str | None, str]], int]:
        """The arguments of a call whose ``(`` is at ``j``: (name or None, value text)."""
        end = self.group_end(j)
        inner = self.text[j + 1 : end - 1]
        parts: list[str] = []
        depth, begin, k = 0, 0, 0
        while k < len(inner):
            c = inner[k]
            if c == '"':
                m = _STRING.match(inner, k)
                k = m.end() if m else k + 1
                continue
            if c in "([{":
                depth += 1
            elif c in ")]}":
                depth -= 1
            elif c == "," and depth == 0:
                parts.append(inner[begin:k])
                begin = k + 1
            k += 1
        parts.append(inner[begin:])
        found: list[tuple[str | None, str]] = []
        for part in (p.strip() for p in parts):
            named = re.match(r"([A-Za-z_][\w-]*)\s*:(?!:)\s*(.*)$", part, re.S)
            if named and not part.startswith(("<", '"')):
                found.append((named.group(1), named.group(2).strip()))
            elif part:
                found.append((None, part))
        return found, end

    @staticmethod
    def key_of(value: str) -> str | None:
        m = _LABEL.fullmatch(value.strip()) or _LABEL_CALL.fullmatch(value.strip())
        return m.group(1) if m else None

    def cite(self, start: int, name: str, j: int) -> int:
        if self.text[j] != "(":
            return j
        args, end = self.args(j)
        key = next((k for n, v in args if n is None and (k := self.key_of(v))), None)
        form = next((v.strip('"') for n, v in args if n == "form"), "normal")
        if key is not None:
            self.result.cites.append(Cite(start, end, key, ref=name == "ref", form=form))
            if form != "none":
                self.write(start, "@" + key)
        return end

    def wrapped(self, start: int, name: str, j: int) -> int:
        """A call of a citation macro the document defines: its label arguments cite."""
        args, end = self.args(j)
        keys = [k for n, v in args if n is None and (k := self.key_of(v))]
        for key in keys:
            self.result.cites.append(Cite(start, end, key, ref=False, form=self.wrappers[name]))
        if keys:
            self.write(start, "@" + keys[0])
        return end

    def footnote(self, start: int, name: str, j: int) -> int:
        t = self.text
        after = j
        if t[j] == "(":
            inner = j + 1
            while inner < self.n and t[inner] in " \t\n":
                inner += 1
            if inner < self.n and t[inner] == "[":  # #footnote([...])
                close = self.markup(inner + 1, closing=True)
                if _ARG_END.match(t, close + 1):
                    self.result.footnotes.append(Footnote(start, inner + 1, close))
                    return self.group_end(j)
            if inner < self.n and t[inner] != ")" and not _NAMED_ARG_START.match(t, inner):
                # #footnote(cite(<key>)), #footnote([See ] + cite(<key>)), #footnote(emph[…]):
                # the body is an expression, rendered as code renders (its calls, its content)
                end = self.code(inner, ")")
                self.result.footnotes.append(Footnote(start, inner, max(inner, end - 1)))
                return end
            after = self.group_end(j)
        if after < self.n and t[after] == "[":
            close = self.markup(after + 1, closing=True)
            self.result.footnotes.append(Footnote(start, after + 1, close))
            return close + 1
        return after

    def bibliography(self, start: int, name: str, j: int) -> int:
        if self.text[j] != "(":
            return j
        args, end = self.args(j)
        positional = [v for n, v in args if n is None]
        if positional:
            value = positional[0]
            names = [m.group(1) for m in _STRING.finditer(value)]
            if not _STRINGS.fullmatch(value):
                names = []  # an expression: read(...), sys.inputs.at("bib"), a function's
            if not names and value in self.strings:
                names = [self.strings[value]]
            self.result.bibliographies += [Named(n, start) for n in names]
            if not names:  # a file named by an expression this scanner does not evaluate
                self.result.unresolved.append(Named(value, start))
        if any(n == "full" and v == "true" for n, v in args):
            self.result.full_bibliography = True
        style = next((_STRING.fullmatch(v) for n, v in args if n == "style"), None)
        if style is not None:
            self.result.bibliography_style = style.group(1)
        # content arguments (title: [...]) are rendered
        self.code(j + 1, ")")
        return end

    def link(self, start: int, name: str, j: int) -> int:
        """``#link("url")[text]``: the address is written where the call starts (a note
        "see #link(...)" names its source), the text follows."""
        t = self.text
        end = j
        if t[j] == "(":
            args, end = self.args(j)
            target = next((v for n, v in args if n is None), "")
            m = _STRING.fullmatch(target)
            if m and re.match(r"(?:https?|ftp)://|mailto:", m.group(1)):
                self.write(start, m.group(1) + " ")
                self.result.links.append((start, m.group(1)))
        while end < self.n and t[end] == "[":
            end = self.markup(end + 1, closing=True) + 1
        return end

    def quote(self, start: int, name: str, j: int) -> int:
        t = self.text
        end = j
        if t[j] == "(":
            args, end = self.args(j)
            for n, v in args:
                key = self.key_of(v) if n == "attribution" else None
                if key is not None:
                    self.result.cites.append(Cite(start, end, key, ref=False))
                    self.write(start, "@" + key)
            if not any(n == "attribution" and self.key_of(v) for n, v in args):
                self.code(j + 1, ")")
        while end < self.n and t[end] == "[":
            end = self.markup(end + 1, closing=True) + 1
        return end


def scan(text: str) -> Scan:
    """The shown text, citations, footnotes, labels and named files of a Typst file."""
    scanner = _Scanner(text)
    scanner.markup(0, closing=False)
    result = scanner.result
    result.shown = "".join(scanner.out)
    result.title = result.title or scanner.template_title
    return result
