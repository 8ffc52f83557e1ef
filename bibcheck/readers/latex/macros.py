"""User macros: ``\\newcommand``, ``\\renewcommand``, ``\\providecommand``,
``\\DeclareRobustCommand``, ``\\def`` (undelimited parameters), the xparse
``\\NewDocumentCommand`` family (argument types ``m``, ``o``, ``O{default}``, ``s``),
and ``\\let`` aliases.

A macro that wraps a citation (``\\newcommand{\\mycite}[2][]{\\citep[#1]{#2}}``) is
expanded where it is used, so its citations are read like written-out ones.  A
definition this module cannot follow (delimited ``\\def`` parameters, other xparse
argument types) is left out: the command is then read like any unknown one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from bibcheck.lazyre import lazy_compile
from bibcheck.readers.latex.scan import BraceIndex, bracket_end
from bibcheck.text import group_end

NO_VALUE = "-NoValue-"  # what xparse passes for an optional argument not given
BOOLEAN_TRUE = "\\BooleanTrue"
BOOLEAN_FALSE = "\\BooleanFalse"

_NAME = r"(?:\{\s*\\([A-Za-z@]+)\s*\}|\\([A-Za-z@]+))"
_NEWCOMMAND = lazy_compile(
    r"\\(newcommand|renewcommand|providecommand|DeclareRobustCommand)\s*+\*?\s*+" + _NAME
)
_DOCUMENTCOMMAND = lazy_compile(
    r"\\(NewDocumentCommand|RenewDocumentCommand|DeclareDocumentCommand"
    r"|ProvideDocumentCommand|NewExpandableDocumentCommand)\s*" + _NAME
)
_DEF = lazy_compile(r"\\(?:long\s*\\|global\s*\\|protected\s*\\)*[gex]?def\s*\\([A-Za-z@]+)")
_PARAMS = lazy_compile(r"((?:#[1-9])*)\s*\{")
_LET = lazy_compile(r"\\let\s*\\([A-Za-z@]+)\s*+=?\s*+\\([A-Za-z@]+)")
_COUNT = lazy_compile(r"\s*\[\s*([0-9])\s*\]")
_PARAM = lazy_compile(r"#(#|[1-9])")
_LINK_CALL = lazy_compile(r"\\(?:href|url|nolinkurl)(?![A-Za-z@])")
# (spaces possessive, here and in _NEWCOMMAND and _LET: a run of them before an optional "+",
# "*" or "=" was split between the two runs every way when no argument type or name followed)
_SPEC = lazy_compile(r"\s*+(\+?)\s*+(m|o|s|O\s*\{)")


@dataclass(frozen=True, slots=True)
class Macro:
    """A macro definition: argument kinds (``m``, ``o``, ``s`` or ``O:default``) and body."""

    name: str
    arguments: tuple[str, ...]
    body: str

    def expand(self, values: list[str]) -> str:
        """The body with ``#1``... replaced by ``values`` (``##`` is ``#``)."""

        def fill(m: re.Match[str]) -> str:
            if m.group(1) == "#":
                return "#"
            k = int(m.group(1)) - 1
            return values[k] if k < len(values) else ""

        return _PARAM.sub(fill, self.body)

    def expand_placed(self, values: list[str]) -> tuple[str, list[tuple[int, int, int]]]:
        """The body as :meth:`expand` gives it, and where each argument stands in it:
        (start, end, index of the value), so the text of an argument keeps its lines."""
        parts: list[str] = []
        placed: list[tuple[int, int, int]] = []
        length = 0
        pos = 0
        for m in _PARAM.finditer(self.body):
            parts.append(self.body[pos : m.start()])
            length += m.start() - pos
            pos = m.end()
            if m.group(1) == "#":
                parts.append("#")
                length += 1
                continue
            k = int(m.group(1)) - 1
            value = values[k] if k < len(values) else ""
            if value:
                placed.append((length, length + len(value), k))
            parts.append(value)
            length += len(value)
        parts.append(self.body[pos:])
        return "".join(parts), placed


@dataclass(frozen=True, slots=True)
class Macros:
    defined: dict[str, Macro]
    aliases: dict[str, str]  # \let\new\old
    # aliases made while their target had no definition here, which one later made: the
    # alias keeps the built-in meaning (``\let\oldmarginpar\marginpar`` before
    # ``\renewcommand{\marginpar}[1]{...\oldmarginpar{#1}...}``), as \let does in TeX
    primitive: frozenset[str] = frozenset()

    def resolve(self, name: str) -> str:
        """The command ``name`` stands for after ``\\let`` aliases (a few steps at most)."""
        for _ in range(8):
            target = self.aliases.get(name)
            if target is None or target == name:
                break
            name = target
        return name


def is_link_macro(macro: Macro) -> bool:
    """Does ``macro`` print a link (its body calls ``\\href``, ``\\url`` or
    ``\\nolinkurl``)?  A thesis class's ``\\newcommand\\hrefemph[2]{\\emph{\\href{#1}{#2}}}``."""
    return _LINK_CALL.search(macro.body) is not None


def find_macros(texts: list[str], classes: list[str] | None = None) -> Macros:
    """The macro definitions in ``texts`` (in order: a later definition wins, except
    ``\\providecommand`` which never replaces one).  Of the project's ``classes`` (read
    before the texts, as TeX loads the class first) only the link macros are taken: a
    class redefines the layout commands (``\\maketitle``, ``\\section``) in ways not
    followed here, but a macro of its own that wraps ``\\href`` is written in the text
    like ``\\href``, and read as text its URL and link text would run together."""
    defined: dict[str, Macro] = {}
    aliases: dict[str, str] = {}
    primitive: set[str] = set()
    taken = [
        (kind, macro)
        for text in classes or []
        for kind, macro in _definitions(text)
        if kind != "let" and is_link_macro(macro)
    ]
    for kind, macro in taken:
        if kind.startswith("Provide") or kind == "providecommand":
            defined.setdefault(macro.name, macro)
        else:
            defined[macro.name] = macro
    for text in texts:
        for kind, macro in _definitions(text):
            if kind == "let":  # \let takes the meaning the command has now
                new, old = macro.name, macro.body
                if old in defined and old not in aliases:
                    defined[new] = replace(defined[old], name=new)
                    aliases.pop(new, None)
                else:
                    aliases[new] = old
                primitive.discard(new)
            elif kind.startswith("Provide") or kind == "providecommand":
                defined.setdefault(macro.name, macro)
            else:
                if macro.name not in defined:  # a built-in redefined: aliases keep it
                    primitive.update(a for a, t in aliases.items() if t == macro.name)
                defined[macro.name] = macro
    return Macros(defined, aliases, frozenset(primitive))


def _definitions(text: str) -> list[tuple[str, Macro]]:
    found: list[tuple[int, str, Macro]] = []
    braces = BraceIndex(text)
    for m in _NEWCOMMAND.finditer(text):
        macro = _newcommand(text, m, braces)
        if macro is not None:
            found.append((m.start(), m.group(1), macro))
    for m in _DOCUMENTCOMMAND.finditer(text):
        macro = _documentcommand(text, m, braces)
        if macro is not None:
            found.append((m.start(), m.group(1), macro))
    for m in _DEF.finditer(text):
        params = _PARAMS.match(text, m.end())
        if params is None:
            continue  # delimited parameters (\def\x#1.{...}): not followed
        body = _group(text, params.end() - 1, braces)
        if body is not None:
            count = len(params.group(1)) // 2
            found.append((m.start(), "def", Macro(m.group(1), ("m",) * count, body)))
    for m in _LET.finditer(text):  # (kind "let": the alias's name, its target as body)
        found.append((m.start(), "let", Macro(m.group(1), (), m.group(2))))
    found.sort(key=lambda item: item[0])
    return [(kind, macro) for _, kind, macro in found]


def _group(text: str, start: int, braces: BraceIndex) -> str | None:
    end = braces.end(start, len(text))
    return text[start + 1 : end - 1] if end is not None else None


def _newcommand(text: str, m: re.Match[str], braces: BraceIndex) -> Macro | None:
    name = m.group(2) or m.group(3)
    pos = m.end()
    count = 0
    arguments: list[str] = []
    counted = _COUNT.match(text, pos)
    if counted is not None:
        count = int(counted.group(1))
        pos = counted.end()
        default = re.compile(r"\s*\[").match(text, pos)
        if default is not None and count:
            end = bracket_end(text, default.end() - 1, len(text))
            if end is None:
                return None
            arguments.append("O:" + text[default.end() : end - 1])
            pos = end
    arguments.extend(["m"] * (count - len(arguments)))
    brace = re.compile(r"\s*\{").match(text, pos)
    if brace is None:
        return None
    body = _group(text, brace.end() - 1, braces)
    return Macro(name, tuple(arguments), body) if body is not None else None


def _documentcommand(text: str, m: re.Match[str], braces: BraceIndex) -> Macro | None:
    name = m.group(2) or m.group(3)
    brace = re.compile(r"\s*\{").match(text, m.end())
    if brace is None:
        return None
    spec_end = braces.end(brace.end() - 1, len(text))
    if spec_end is None:
        return None
    spec = text[brace.end() : spec_end - 1]
    arguments: list[str] = []
    pos = 0
    while pos < len(spec) and spec[pos:].strip():
        item = _SPEC.match(spec, pos)
        if item is None:
            return None  # an argument type not followed (r, d, t, e, v ...)
        kind = item.group(2)
        if kind.startswith("O"):
            end = group_end(spec, item.end() - 1)
            if end is None:
                return None
            arguments.append("O:" + spec[item.end() : end - 1])
            pos = end
        else:
            arguments.append(kind)
            pos = item.end()
    body_brace = re.compile(r"\s*\{").match(text, spec_end)
    if body_brace is None:
        return None
    body = _group(text, body_brace.end() - 1, braces)
    return Macro(name, tuple(arguments), body) if body is not None else None
