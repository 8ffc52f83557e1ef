"""The footnote counter as LaTeX keeps it, so that footnote labels are the printed numbers.

* ``\\footnote`` and ``\\footnotemark`` step the counter; ``\\footnotetext`` uses its
  current value; ``\\footnote[7]``, ``\\footnotemark[7]`` and ``\\footnotetext[7]`` use
  7 and leave the counter alone.
* ``\\setcounter{footnote}{n}``, ``\\addtocounter{footnote}{n}``, ``\\stepcounter`` and
  ``\\refstepcounter`` change it (the table idiom: three ``\\footnotemark``, then
  ``\\addtocounter{footnote}{-2}`` and ``\\footnotetext`` / ``\\stepcounter{footnote}``
  in turn).  A value that is no integer cannot be followed: said, never guessed.
* Classes with chapters (``report``, ``book``, ``memoir``, KOMA's ``scrreprt`` and
  ``scrbook`` ...) restart the footnote counter at every numbered chapter (not at
  ``\\chapter*``, nor in ``\\frontmatter``/``\\backmatter`` of the book classes);
  ``\\counterwithin{footnote}{section}``, ``\\numberwithin``, ``\\@addtoreset`` make it
  restart at another level, ``\\counterwithout`` / ``\\@removefromreset`` stop that.
  Where numbering restarts, a label is ``<chapter>.<n>`` (``2.1``, ``A.3`` after
  ``\\appendix``) when footnotes stand in more than one chapter, as the printed
  numbers alone would repeat; after a non-starred ``\\counterwithin`` (which prints
  ``2.1``) always.
* A ``minipage`` keeps notes of its own (LaTeX's ``mpfootnote``: a, b, c, restarting in
  each), and so does a table in REVTeX classes (its manual: a ``\\footnote`` in a
  ``table`` is a table note under it, lettered; ``\\footnotemark[n]`` /
  ``\\footnotetext[n]`` there give the n-th letter).  Their labels are
  ``minipage<k>.<letter>`` / ``table<k>.<letter>``: they neither step the footnote counter
  nor collide with the document's footnotes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from bibcheck.lazyre import lazy_compile
from bibcheck.readers.latex.classes import ClassChain

# document classes whose footnote counter is reset by \chapter
CHAPTER_CLASSES = frozenset(
    {"report", "book", "memoir", "scrreprt", "scrbook", "extreport", "extbook", "amsbook",
     "mwrep", "mwbk", "jsbook", "ltjsbook", "ctexrep", "ctexbook", "disser", "ucthesis",
     "thesis", "suthesis", "kaobook", "octavo", "scrreport",
     # built on them (read by name when their .cls is not beside the document)
     "abntex2", "unbtex", "iiufrgs", "ociamthesis", "mitthesis", "ucbthesis", "puthesis",
     "uwthesis", "yathesis", "thuthesis", "ustcthesis", "sjtuthesis", "njuthesis",
     "fduthesis", "elegantbook", "tudscrbook", "tudscrreprt", "svmono", "svmult", "krantz",
     "jreport", "jbook", "ujreport", "ujbook", "jsreport", "bxjsbook", "bxjsreport",
     "tbook", "treport", "ltjsreport", "ltjbook", "ltjreport"}
)  # fmt: skip
_CLASS = lazy_compile(r"\\documentclass\s*(?:\[[^\]]*\])?\s*\{\s*([^{}\s]+)\s*\}")
_RESET = lazy_compile(
    r"\\(counterwithin|numberwithin|counterwithout|@addtoreset|@removefromreset)(\*?)"
    r"\s*\{\s*footnote\s*\}\s*\{\s*(chapter|section)\s*\}"
)
_LEVELS = ("chapter", "section")
_INTEGER = lazy_compile(r"\s*+([+-]?)\s*+(\d{1,6})\s*+")  # (spaces possessive: not split every way)


@dataclass(frozen=True, slots=True)
class Reset:
    """Where the footnote counter restarts: ``within`` a chapter or section (or never),
    and whether the printed number shows it (``2.1``)."""

    within: str | None = None
    shown: bool = False


def _by_name(name: str) -> ClassChain:
    return ClassChain((name,))


def reset_of(*preambles: str, classes: Callable[[str], ClassChain] = _by_name) -> Reset:
    """The footnote reset of a document from its preamble(s) (a subfile's parent first);
    ``classes`` tells what a class is built on (see classes.py)."""
    within: str | None = None
    shown = False
    for text in preambles:
        m = _CLASS.search(text)
        sources = [text]
        if m is not None and m.group(1) != "subfiles":  # a subfile: its parent's class
            chain = classes(m.group(1))
            within = "chapter" if any(n in CHAPTER_CLASSES for n in chain.names) else None
            shown = False
            sources = [*chain.texts, text]
        for r in (r for source in sources for r in _RESET.finditer(source)):
            within, shown = _apply(r.group(1), r.group(2), r.group(3), within, shown)
    return Reset(within, shown)


def reset_command(text: str, reset: Reset) -> Reset | None:
    """The reset after a ``\\counterwithin{footnote}{...}``-like command in ``text``, or
    None when ``text`` is no such command."""
    m = _RESET.match(text)
    if m is None:
        return None
    return Reset(*_apply(m.group(1), m.group(2), m.group(3), reset.within, reset.shown))


def _apply(
    command: str, star: str, level: str, within: str | None, shown: bool
) -> tuple[str | None, bool]:
    if command in ("counterwithout", "@removefromreset"):
        return (None if within == level else within), (False if within == level else shown)
    return level, command in ("counterwithin", "numberwithin") and not star


LOCAL_NOTE_ENVIRONMENTS = frozenset({"minipage"})
REVTEX_TABLES = frozenset({"table", "table*"})


def is_revtex(preamble: str) -> bool:
    """Whether the document class is REVTeX's (``revtex4``, ``revtex4-1``, ``revtex4-2``)."""
    m = _CLASS.search(preamble)
    return m is not None and m.group(1).startswith("revtex")


@dataclass(slots=True)
class LocalNotes:
    """The notes of one minipage or REVTeX table: a series of their own, lettered."""

    environment: str  # "minipage", "table", "table*"
    scope: str  # the label prefix: "minipage1", "table3"
    value: int = 0

    def step(self) -> str:
        self.value += 1
        return self._label(self.value)

    def current(self) -> str:
        return self._label(self.value)

    def given(self, number: str) -> str:
        return self._label(int(number)) if number.isdigit() else f"{self.scope}.{number}"

    def _label(self, n: int) -> str:
        return f"{self.scope}.{_letters(n).lower()}"


def integer(value: str) -> int | None:
    """An integer counter value (``-2``, `` 3 ``), or None (``\\value{x}-1``)."""
    m = _INTEGER.fullmatch(value)
    if m is None:
        return None
    return -int(m.group(2)) if m.group(1) == "-" else int(m.group(2))


@dataclass(slots=True)
class FootnoteCounter:
    """The footnote counter, the chapter and section counters it may restart with, and
    the labels given so far."""

    reset: Reset = field(default_factory=Reset)
    value: int = 0
    chapter: int = 0
    section: int = 0
    appendix: bool = False
    numbered_chapters: bool = True  # \frontmatter / \backmatter turn this off
    prefixes: set[str] = field(default_factory=set)
    labels: set[str] = field(default_factory=set)  # the labels given with a prefix

    # -- labels ----------------------------------------------------------------

    def step(self) -> str:
        """``\\footnote``, ``\\footnotemark``: the next number."""
        self.value += 1
        return self._label(self.value)

    def current(self) -> str:
        """``\\footnotetext`` without a number: the counter as it stands."""
        return self._label(self.value)

    def given(self, number: str) -> str:
        """``\\footnote[7]``: the number written, in the current chapter."""
        return self._label(int(number)) if number.isdigit() else number

    def _label(self, n: int) -> str:
        prefix = self._prefix()
        if prefix is None:
            return str(n)
        self.prefixes.add(prefix)
        label = f"{prefix}.{n}"
        self.labels.add(label)
        return label

    def _prefix(self) -> str | None:
        if self.reset.within is None:
            return None
        chapter = _letters(self.chapter) if self.appendix else str(self.chapter)
        if self.reset.within == "chapter":
            return chapter
        return f"{chapter}.{self.section}" if self.chapter else str(self.section)

    def final(self, label: str) -> str:
        """The label as reported: the chapter prefix is dropped when all footnotes stand
        in one chapter and the printed number does not show it."""
        if self.reset.shown or len(self.prefixes) != 1 or label not in self.labels:
            return label
        prefix = next(iter(self.prefixes)) + "."
        return label[len(prefix) :] if label.startswith(prefix) else label

    # -- structure ---------------------------------------------------------------

    def heading(self, level: str, starred: bool) -> None:
        """A ``\\chapter`` or ``\\section`` (starred ones step nothing)."""
        if starred:
            return
        if level == "chapter" and self.numbered_chapters:
            self.chapter += 1
            self.section = 0
            if self.reset.within == "chapter":
                self.value = 0
        elif level == "section":
            self.section += 1
            if self.reset.within == "section":
                self.value = 0

    def start_appendix(self) -> None:
        self.appendix = True
        self.chapter = 0
        self.section = 0

    def matter(self, name: str) -> None:
        """``\\frontmatter``, ``\\mainmatter``, ``\\backmatter``."""
        self.numbered_chapters = name == "mainmatter"

    def change(self, command: str, counter: str, value: int | None) -> bool:
        """``\\setcounter``-like ``command`` on ``counter``; False when it changes the
        footnote numbering in a way that cannot be followed (a value that is no integer)."""
        if counter not in ("footnote", *_LEVELS):
            return True
        if command in ("stepcounter", "refstepcounter"):
            if counter == "footnote":
                self.value += 1
            else:
                self.heading(counter, starred=False)
            return True
        if value is None:
            return counter != "footnote"
        current = {"footnote": self.value, "chapter": self.chapter, "section": self.section}
        new = value if command == "setcounter" else current[counter] + value
        if counter == "footnote":
            self.value = new
        elif counter == "chapter":
            self.chapter = new
        else:
            self.section = new
        return True


def _letters(n: int) -> str:
    """1 -> A, 26 -> Z, 27 -> AA (``\\Alph`` stops at Z; spreadsheets' way beyond)."""
    if n <= 0:
        return "0"
    out = ""
    while n > 0:
        n, rest = divmod(n - 1, 26)
        out = chr(ord("A") + rest) + out
    return out
