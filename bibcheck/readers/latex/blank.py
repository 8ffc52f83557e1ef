"""What in a LaTeX file is not live text: blanked with spaces, lines and offsets kept.

* ``%`` comments (``\\%`` is a percent sign; ``\\\\%`` a line break, then a comment);
* ``\\iffalse ... \\fi`` (nested conditionals counted; an ``\\else`` branch stays
  live) and the ``\\else`` branch of ``\\iftrue``; an ``\\iffalse`` never closed
  blanks the rest of the file, as TeX skips it, with an ``unread-region`` anomaly;
* the environments of the ``comment`` and ``verbatim`` families, those a file
  declares with ``\\excludecomment{name}``, and ``\\verb|...|`` / ``\\lstinline``;
* everything after ``\\endinput`` (one in a macro's body ends the file only when the
  macro is used, which is not followed: a class's error macro keeps the rest read);
* ``filecontents`` environments: blanked too, and their text kept by file name
  (a ``.bib`` embedded in the manuscript is read when no such file exists).

A citation in any of these is not cited, and an entry in them is not a duplicate.
"""

from __future__ import annotations

import heapq
import re
from dataclasses import dataclass, field

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Anomaly, AnomalyCode
from bibcheck.text import group_end

_TOKEN = lazy_compile(r"%|\\(?:([A-Za-z@]+)|.)", re.S)
_ENV_NAME = lazy_compile(r"\s*\{([A-Za-z@*]+)\}")
_NEWIF = lazy_compile(r"\\newif\s*\\if([A-Za-z@]+)")
# \let's two operands: "\let\ifdeutsch\iffalse", "\let\ifdraft = \iftrue" (after "\let")
# a definition's head up to its body's "{": "\def\iftex{", "\newcommand{\ifx}[1]{"
# the parameter text may hold delimiters that are commands (\def\split#1,#2\@{...})
_DEF_HEAD = lazy_compile(r"\s*\\(?:[A-Za-z@]+|.)(?:[^{}\\%\n]|\\[A-Za-z@]+|\\.){0,40}?\{")
_COMMAND_HEAD = lazy_compile(
    r"\*?\s*(?:\{\s*\\[A-Za-z@]+\s*\}|\\[A-Za-z@]+)\s*(?:\[[^\]\n]{0,40}\]\s*){0,2}\{"
)
_DEFINERS = frozenset({"def", "gdef", "edef", "xdef"})
_COMMAND_DEFINERS = frozenset({"newcommand", "renewcommand", "providecommand"})
_LET = lazy_compile(r"\s*\\([A-Za-z@]+)\s*=?\s*\\([A-Za-z@]+)")
_EXCLUDED = lazy_compile(r"\\excludecomment\s*\{([A-Za-z@*]+)\}")
_FILE_ARG = lazy_compile(r"\s*(?:\[[^\]]*\])?\s*\{([^{}]+)\}")
_VERBATIM_ENVS = frozenset(
    {
        "verbatim", "verbatim*", "Verbatim", "Verbatim*", "BVerbatim", "LVerbatim",
        "lstlisting", "minted", "comment", "spverbatim", "filecontents", "filecontents*",
        "lstinputlisting", "pycode", "sagesilent", "luacode", "luacode*",
    }
)  # fmt: skip
_CONDITIONALS = frozenset(
    {
        "if", "ifcat", "ifnum", "ifdim", "ifodd", "ifvmode", "ifhmode", "ifmmode", "ifinner",
        "ifvoid", "ifhbox", "ifvbox", "ifx", "ifeof", "iftrue", "iffalse", "ifcase",
        "ifdefined", "ifcsname", "iffontchar", "ifincsname", "ifpdfprimitive", "ifabsnum",
        "ifabsdim", "ifpdf", "ifxetex", "ifluatex", "ifpdftex", "ifvtex", "iftutex",
        "ifPDFTeX", "ifXeTeX", "ifLuaTeX",
    }
)  # fmt: skip
# \if... commands that take braced arguments and have no \fi (ifthen, etoolbox, xifthen)
_NOT_CONDITIONALS = frozenset(
    {
        "ifthenelse", "ifstrequal", "ifstrempty", "ifblank", "ifdefstring", "ifcsdef",
        "ifundef", "ifdef", "ifdefmacro", "ifbool", "iftoggle", "ifnumcomp", "ifdimcomp",
        "ifdefempty", "ifcsempty", "ifpackageloaded", "ifcsundef", "ifdefvoid", "ifboolexpr",
        "ifnumequal", "ifnumgreater", "ifnumless", "ifinlist", "ifentrytype", "iffieldundef",
        "ifnameundef", "iflistundef", "iffieldequalstr", "ifciteseen", "ifcategory",
    }
)  # fmt: skip


@dataclass(slots=True)
class Definitions:
    """What earlier files declared that changes how later ones are read."""

    conditionals: set[str] = field(default_factory=set)  # \newif names ("ifdraft")
    # conditionals made \iffalse or \iftrue by \let ("\let\ifdeutsch\iffalse")
    false_ifs: set[str] = field(default_factory=set)
    true_ifs: set[str] = field(default_factory=set)
    excluded: set[str] = field(default_factory=set)  # \excludecomment environments


@dataclass(frozen=True, slots=True)
class Blanked:
    text: str
    anomalies: tuple[Anomaly, ...]
    embedded: tuple[tuple[str, str, int], ...]  # filecontents: (file name, text, first line)


def _line(text: str, pos: int) -> int:
    return text.count("\n", 0, pos) + 1


def _is_conditional(name: str, text: str, after: int, known: Definitions) -> bool:
    if name in _CONDITIONALS or name in known.conditionals:
        return True
    if name in _NOT_CONDITIONALS or not name.startswith("if"):
        return False
    rest = text[after : after + 40].lstrip(" \t")
    return not rest.startswith(("{", "["))  # \ifdraft ...; not \ifthenelse{...}


def _branch_end(text: str, pos: int, known: Definitions) -> tuple[int, int, bool] | None:
    """From inside a conditional: (start, end, is_else) of the ``\\else`` or ``\\fi`` that
    ends its branch at depth 0, or None when the file ends first."""
    depth = 0
    inert = 0  # conditionals before this offset stand in a macro's body
    while True:
        m = _TOKEN.search(text, pos)
        if m is None:
            return None
        pos = m.end()
        if m.group(0) == "%":
            newline = text.find("\n", pos)
            if newline < 0:
                return None
            pos = newline
            continue
        name = m.group(1)
        if name is None:
            continue
        if name == "let":
            pos = _let_end(text, pos)
            continue
        if name in _DEFINERS or name in _COMMAND_DEFINERS:
            inert = max(inert, _body_end(name, text, pos))
            continue
        if m.start() < inert:
            continue
        if name == "fi":
            if depth == 0:
                return m.start(), m.end(), False
            depth -= 1
        elif name == "else" and depth == 0:
            return m.start(), m.end(), True
        elif _is_conditional(name, text, m.end(), known):
            depth += 1


def _body_end(command: str, text: str, pos: int) -> int:
    """The end of the body of the definition ``command`` (``def``, ``newcommand`` ...)
    whose name ends at ``pos``: a conditional in a macro's body opens nothing where the
    macro is defined (``\\def\\iftex{\\iffalse}``); ``pos`` when there is none."""
    head = (_DEF_HEAD if command in _DEFINERS else _COMMAND_HEAD).match(text, pos)
    if head is None:
        return pos
    end = group_end(text, head.end() - 1)
    return end if end is not None else pos


def _let_end(text: str, pos: int) -> int:
    """Past the two operands of the ``\\let`` ending at ``pos`` (``\\let\\ifx\\iffalse``
    defines a conditional; it opens none); ``pos`` when they are not control words."""
    m = _LET.match(text, pos)
    return m.end() if m is not None else pos


def let_conditionals(text: str, known: Definitions) -> None:
    """Record in ``known`` the conditionals ``text`` makes false or true by ``\\let``
    (``\\let\\ifdeutsch\\iffalse``): each read as the conditional it was made."""
    for m in re.finditer(r"\\let(?![A-Za-z@])", text):
        operands = _LET.match(text, m.end())
        if operands is None or not operands.group(1).startswith("if"):
            continue
        name, target = operands.groups()
        if target not in ("iffalse", "iftrue"):
            continue
        known.conditionals.add(name)
        (known.false_ifs if target == "iffalse" else known.true_ifs).add(name)
        (known.true_ifs if target == "iffalse" else known.false_ifs).discard(name)


def _fi_after(text: str, pos: int, known: Definitions) -> int | None:
    """End of the ``\\fi`` closing the conditional whose ``\\else`` ends at ``pos``."""
    while True:
        found = _branch_end(text, pos, known)
        if found is None:
            return None
        if not found[2]:
            return found[1]
        pos = found[1]


def blank(text: str, known: Definitions, name: str = "") -> Blanked:
    """The text with its not-live parts blanked; ``known`` collects ``\\newif`` names and
    excluded environments for the files read after this one."""
    known.conditionals.update("if" + m.group(1) for m in _NEWIF.finditer(text))
    known.excluded.update(m.group(1) for m in _EXCLUDED.finditer(text))
    let_conditionals(text, known)
    spans: list[tuple[int, int]] = []
    anomalies: list[Anomaly] = []
    embedded: list[tuple[str, str, int]] = []
    pending: list[tuple[int, int]] = []  # \else branches of \iftrue, by start
    where = f" of {name}" if name else ""
    pos = 0
    n = len(text)
    inert = 0  # conditionals before this offset stand in a macro's body
    while pos < n:
        m = _TOKEN.search(text, pos)
        if m is None:
            break
        if pending and m.start() >= pending[0][0]:
            start, end = heapq.heappop(pending)
            if end > pos:
                spans.append((max(start, pos), end))
                pos = end
            continue
        pos = m.end()
        token = m.group(0)
        if token == "%":
            newline = text.find("\n", m.start())
            pos = n if newline < 0 else newline
            spans.append((m.start(), pos))
            continue
        command = m.group(1)
        if command is None:
            continue
        if command == "let":
            pos = _let_end(text, pos)
        elif command in _DEFINERS or command in _COMMAND_DEFINERS:
            inert = max(inert, _body_end(command, text, pos))
        elif m.start() < inert and _is_conditional(command, text, pos, known):
            continue
        elif command == "iffalse" or command in known.false_ifs:
            found = _branch_end(text, pos, known)
            if found is None:
                anomalies.append(_unclosed(f"\\{command}", _line(text, m.start()), where))
                spans.append((m.start(), n))
                break
            # up to its \fi, or its \else: that branch is live (its \fi reads as nothing)
            spans.append((m.start(), found[1]))
            pos = found[1]
        elif command == "iftrue" or command in known.true_ifs:
            found = _branch_end(text, pos, known)
            if found is not None and found[2]:
                fi = _fi_after(text, found[1], known)
                heapq.heappush(pending, (found[0], fi if fi is not None else n))
        elif command == "endinput" and m.start() >= inert:  # (a macro's: when it runs)
            spans.append((m.start(), n))
            break
        elif command in ("verb", "lstinline"):
            pos = _inline_verbatim(text, m, spans)
        elif command == "begin":
            env = _ENV_NAME.match(text, pos)
            if env is None:
                continue
            kind = env.group(1)
            if kind not in _VERBATIM_ENVS and kind not in known.excluded:
                continue
            close = re.compile(r"\\end\s*\{" + re.escape(kind) + r"\}").search(text, env.end())
            if kind.startswith("filecontents"):
                arg = _FILE_ARG.match(text, env.end())
                if arg is not None and close is not None:
                    body_start = text.find("\n", arg.end())
                    if 0 <= body_start < close.start():
                        body = text[body_start + 1 : close.start()]
                        embedded.append((arg.group(1).strip(), body, _line(text, body_start + 1)))
            end = close.end() if close is not None else n
            if close is None:
                anomalies.append(_unclosed(f"\\begin{{{kind}}}", _line(text, m.start()), where))
            spans.append((m.start(), end))
            pos = end
    return Blanked(_apply(text, spans), tuple(anomalies), tuple(embedded))


def _inline_verbatim(text: str, m: re.Match[str], spans: list[tuple[int, int]]) -> int:
    """``\\verb|x|``, ``\\verb*+x+``, ``\\lstinline{x}``: blanked to the closing delimiter
    (on the same line, as in LaTeX)."""
    pos = m.end()
    if text[pos : pos + 1] == "*":
        pos += 1
    if pos >= len(text) or text[pos] in " \t\n":
        return pos
    if text[pos] == "{":
        close = group_end(text, pos, min(len(text), pos + 2000))
        if close is None:
            return pos
        spans.append((m.start(), close))
        return close
    end = text.find(text[pos], pos + 1)
    newline = text.find("\n", pos + 1)
    if end < 0 or (0 <= newline < end):
        return pos
    spans.append((m.start(), end + 1))
    return end + 1


def _unclosed(what: str, line: int, where: str) -> Anomaly:
    return Anomaly(
        AnomalyCode.UNREAD_REGION,
        f"{what} at line {line}{where} is never closed: the rest of the file is not read "
        "(as TeX would skip it)",
        line,
    )


def _apply(text: str, spans: list[tuple[int, int]]) -> str:
    if not spans:
        return text
    out: list[str] = []
    pos = 0
    for start, end in sorted(spans):
        if end <= pos:
            continue
        start = max(start, pos)
        out.append(text[pos:start])
        out.append(re.sub(r"[^\n]+", lambda g: " " * len(g.group(0)), text[start:end]))
        pos = end
    out.append(text[pos:])
    return "".join(out)
