"""A manuscript under revision read as if every change were accepted.

Runs on each file after :mod:`.blank` (comments are gone, so latexdiff's ``%DIFDELCMD <``
lines and the ``%DIFAUXCMD`` tails already are): what is deleted, old or a comment is
removed, the markup around what is added is removed and its text kept.  Every newline
stays where it was, so the lines of what remains are the lines of the file; columns on a
revised line are those of the accepted text.

* latexdiff: ``\\DIFdelbegin ... \\DIFdelend`` (and ``...FL``) is removed whole: the
  deleted text, the deleted commands (a ``\\footnote``, a ``\\bibitem``) and
  ``\\DIFdel{...}`` in it; ``\\DIFdel{...}``/``\\DIFdelFL{...}`` anywhere else too;
  ``\\DIFadd{...}``/``\\DIFaddFL{...}`` keep their text; ``\\DIFaddbegin``,
  ``\\DIFaddend``, ``\\DIFmodbegin``, ``\\DIFmodend`` (and ``...FL``) read as nothing.
* ``changes``: ``\\added[..]{new}`` keeps ``new``, ``\\deleted[..]{old}`` and
  ``\\comment[..]{note}`` are removed, ``\\replaced[..]{new}{old}`` keeps ``new``,
  ``\\highlight[..]{text}`` keeps ``text``.
* easyReview: ``\\add{new}`` and ``\\alert{text}`` keep their text, ``\\remove{old}`` is
  removed, ``\\replace{old}{new}`` and ``\\substitute{old}{new}`` keep ``new``,
  ``\\comment{text}{note}`` keeps ``text`` (only where the package is loaded: these
  names mean other things elsewhere); trackchanges likewise: ``\\add[ed]{new}``,
  ``\\remove[ed]{old}``, ``\\change[ed]{old}{new}``, ``\\note[ed]{note}``,
  ``\\annote[ed]{text}{note}``.
* Notes that are not text: todonotes' ``\\todo[..]{..}`` and ``\\missingfigure[..]{..}``,
  fixme's ``\\fxnote``/``\\fxwarning``/``\\fxerror``/``\\fxfatal``/``\\fixme`` (the
  starred forms keep their second argument, the text the note is about).
* In a manuscript that marks its revisions (it loads ``changes``, ``easyReview`` or
  ``trackchanges``, holds latexdiff markup, or defines a command of its own that strikes
  its argument out, ``\\newcommand{\\del}[1]{\\textcolor{red}{\\sout{#1}}}``: see
  :func:`strikes_argument`) struck-through text (``\\sout``,
  ``\\xout``, soul's ``\\st``) is deleted text, as those conventions use it; elsewhere it
  is typeset text and stays.  In such a manuscript, and in a draft that loads
  ``todonotes`` or ``fixme``, ``\\marginpar``/``\\marginnote`` are reviewers' notes, not
  text; elsewhere they are printed text and stay.

A command being defined (``\\providecommand{\\DIFdel}[1]{...}``, ``\\def\\todo``) is not
a use: it is left as it stands.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bibcheck.lazyre import lazy_compile
from bibcheck.readers.latex.scan import BraceIndex, bracket_end

_KEEP, _DROP = True, False
# command -> what becomes of each braced argument (True: its text is kept)
_ALWAYS: dict[str, tuple[bool, ...]] = {
    "DIFadd": (_KEEP,), "DIFaddFL": (_KEEP,), "DIFaddtex": (_KEEP,), "DIFaddFLtex": (_KEEP,),
    "DIFaddtexcmd": (_KEEP,), "DIFdel": (_DROP,), "DIFdelFL": (_DROP,),
    "DIFdeltex": (_DROP,), "DIFdelFLtex": (_DROP,), "DIFdeltexcmd": (_DROP,),
    "added": (_KEEP,), "deleted": (_DROP,), "replaced": (_KEEP, _DROP),
    "comment": (_DROP,), "highlight": (_KEEP,),
    "todo": (_DROP,), "missingfigure": (_DROP,),
    "fxnote": (_DROP,), "fxwarning": (_DROP,), "fxerror": (_DROP,), "fxfatal": (_DROP,),
    "fixme": (_DROP,),
}  # fmt: skip
# easyReview (its \\comment{text}{note} is not changes' \\comment{note})
_EASYREVIEW: dict[str, tuple[bool, ...]] = {
    "add": (_KEEP,), "remove": (_DROP,), "replace": (_DROP, _KEEP),
    "substitute": (_DROP, _KEEP), "comment": (_KEEP, _DROP), "alert": (_KEEP,),
}  # fmt: skip
# trackchanges: \\change[editor]{old}{new}, \\annote[editor]{text}{note}
_TRACKCHANGES: dict[str, tuple[bool, ...]] = {
    "add": (_KEEP,), "remove": (_DROP,), "change": (_DROP, _KEEP), "note": (_DROP,),
    "annote": (_KEEP, _DROP),
}  # fmt: skip
_STARRED = frozenset({"fxnote", "fxwarning", "fxerror", "fxfatal"})  # \fxnote*{note}{text}
_STRIKE = frozenset({"sout", "xout", "st"})
_MARGIN = frozenset({"marginpar", "marginnote"})
_TOKENS = frozenset(
    {"DIFaddbegin", "DIFaddend", "DIFmodbegin", "DIFmodend", "DIFaddbeginFL", "DIFaddendFL",
     "DIFmodbeginFL", "DIFmodendFL", "DIFdelend", "DIFdelendFL"}
)  # fmt: skip
_DELETION_BEGIN = {
    begin: re.compile(r"\\" + end + r"(?![A-Za-z@])")
    for begin, end in (("DIFdelbegin", "DIFdelend"), ("DIFdelbeginFL", "DIFdelendFL"))
}

_DEFINER = lazy_compile(
    r"\\(?:(?:re)?newcommand|providecommand|DeclareRobustCommand|(?:New|Renew|Provide|Declare)"
    r"DocumentCommand|[gex]?def|let|renewrobustcmd|newrobustcmd)\*?\s*\{?\s*$"
)
_PACKAGE = lazy_compile(r"\\(?:usepackage|RequirePackage)\s*(?:\[[^\]]*\])?\s*\{([^{}]*)\}")
_MARKS_REVISIONS = frozenset({"changes", "easyReview", "trackchanges"})
# a strike-out of a macro parameter: "\\sout{#1}" can only stand in a definition's body
_STRUCK_PARAMETER = lazy_compile(r"\\(?:sout|xout|st)\s*\{\s*#[1-9]\s*\}")
_DRAFT_NOTES = frozenset({"todonotes", "fixme", "fixmetodonotes"})


@dataclass(slots=True)
class Conventions:
    """What the files read so far say about the manuscript's revision marks."""

    revisions: bool = False  # changes/easyReview/trackchanges or latexdiff markup
    draft_notes: bool = False  # todonotes/fixme
    easyreview: bool = False
    trackchanges: bool = False

    def learn(self, text: str) -> None:
        for m in _PACKAGE.finditer(text):
            names = {n.strip() for n in m.group(1).split(",")}
            self.revisions |= bool(names & _MARKS_REVISIONS)
            self.draft_notes |= bool(names & _DRAFT_NOTES)
            self.easyreview |= "easyReview" in names
            self.trackchanges |= "trackchanges" in names
        self.revisions |= "\\DIFdelbegin" in text or "\\DIFaddbegin" in text
        self.revisions |= strikes_argument(text)

    def rules(self) -> dict[str, tuple[bool, ...]]:
        rules = dict(_ALWAYS)
        if self.easyreview:
            rules.update(_EASYREVIEW)
        if self.trackchanges:
            rules.update(_TRACKCHANGES)
        if self.revisions:
            rules.update(dict.fromkeys(_STRIKE, (_DROP,)))
        if self.revisions or self.draft_notes:
            rules.update(dict.fromkeys(_MARGIN, (_DROP,)))
        return rules


def strikes_argument(text: str) -> bool:
    """Does ``text`` define a command that strikes its argument out?

    Authors who mark a revision by hand define their own pair of commands, one for new
    text and one for deleted text: ``\\newcommand{\\del}[1]{\\textcolor{red}{\\sout{#1}}}``,
    ``\\newcommand{\\rem}[1]{{\\color{red}\\st{#1}}}``, ``\\def\\old#1{\\xout{#1}}``,
    ``\\newcommand{\\repl}[2]{\\sout{#1} #2}``.  Such a manuscript marks its revisions
    (whatever the command is called): what it strikes out is deleted text."""
    return "#" in text and _STRUCK_PARAMETER.search(text) is not None


def accept(text: str, conventions: Conventions) -> str:
    """``text`` (comments already blanked) with every change accepted, newlines kept."""
    conventions.learn(text)
    if "\\" not in text:
        return text
    rules = conventions.rules()
    cuts: list[tuple[int, int]] = []  # spans removed (their newlines stay)
    braces: BraceIndex | None = None  # made when a command with arguments is met
    pos = 0
    n = len(text)
    names = sorted({*rules, *_TOKENS, *_DELETION_BEGIN}, key=len, reverse=True)
    # "\\" is a line break, not the start of a command name
    word = re.compile(r"\\\\|\\(" + "|".join(names) + r")(?![A-Za-z@])(\*?)")
    while pos < n:
        m = word.search(text, pos)
        if m is None:
            break
        name, star = m.group(1), m.group(2)
        pos = m.end()
        if name is None or _DEFINER.search(text, max(0, m.start() - 40), m.start()):
            continue
        if name in _DELETION_BEGIN:
            close = _DELETION_BEGIN[name].search(text, pos)
            if close is not None:
                cuts.append((m.start(), _after_spaces(text, close.end())))
                pos = close.end()
                continue
            cuts.append((m.start(), _after_spaces(text, pos)))
            continue
        if name in _TOKENS:
            cuts.append((m.start(), _after_spaces(text, pos)))
            continue
        actions = rules[name]
        if star and name in _STARRED:
            actions = (_DROP, _KEEP)
        braces = braces or BraceIndex(text)
        found = _arguments(text, braces, m.end(), len(actions))
        if found is None:
            continue  # not used with its arguments: left as it stands
        spans, end = found
        cut_from = m.start()
        for (open_, close_), keep in zip(spans, actions, strict=True):
            if keep:
                cuts.append((cut_from, open_ + 1))  # the command (and options) up to "{"
                cut_from = close_ - 1  # from its "}"
        cuts.append((cut_from, end))
        # the kept arguments are read on for the changes inside them
        kept = [open_ + 1 for (open_, _), keep in zip(spans, actions, strict=True) if keep]
        pos = kept[0] if kept else end
    return _remove(text, cuts)


def _arguments(
    text: str, braces: BraceIndex, pos: int, count: int
) -> tuple[list[tuple[int, int]], int] | None:
    """Spans (``{`` index, index after ``}``) of ``count`` braced arguments after
    optional ``[...]`` ones, and the end of the last; None when they are not there."""
    limit = len(text)
    while True:
        pos = _after_spaces(text, pos)
        if text.startswith("[", pos):
            end = bracket_end(text, pos, limit)
            if end is None:
                return None
            pos = end
            continue
        break
    spans: list[tuple[int, int]] = []
    for _ in range(count):
        pos = _skip_space(text, pos)
        if not text.startswith("{", pos):
            return None
        close = braces.end(pos, len(text))
        if close is None:
            return None
        spans.append((pos, close))
        pos = close
    return spans, pos


def _after_spaces(text: str, pos: int) -> int:
    """After the spaces and tabs at ``pos`` (TeX skips them after a control word)."""
    while pos < len(text) and text[pos] in " \t":
        pos += 1
    return pos


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t\n":
        if text.startswith("\n\n", pos):
            break
        pos += 1
    return pos


def _remove(text: str, cuts: list[tuple[int, int]]) -> str:
    if not cuts:
        return text
    out: list[str] = []
    pos = 0
    for start, end in sorted(cuts):
        if end <= pos:
            continue
        start = max(start, pos)
        out.append(text[pos:start])
        newlines = text.count("\n", start, end)
        out.append("\n" * newlines)
        if not newlines and _joins_word(out, text, end):
            out.append(" ")
        pos = end
    out.append(text[pos:])
    return "".join(out)


_CONTROL_WORD_END = lazy_compile(r"\\[A-Za-z@]+$")


def _joins_word(out: list[str], text: str, end: int) -> bool:
    """Would removing the span make a control word run into the letters after it?"""
    if end >= len(text) or not (text[end].isalpha() or text[end] == "@"):
        return False
    tail = "".join(out[-2:])[-60:]
    return bool(_CONTROL_WORD_END.search(tail))
