"""TeX's own spacing and penalty assignments: ``\\hskip 1em plus 0.5em minus 0.4em\\relax``,
``\\spaceskip=\\fontdimen2\\font plus 4\\fontdimen3\\font\\relax``, ``\\penalty 10000``.

They typeset space, never text: IEEEtran's ``.bbl`` files write them between the blocks
of an entry (``\\newblock``'s ``\\hskip .11em plus .33em minus .07em``) and inside the
``\\BIBentryALTinterwordspacing`` macros they define with ``\\providecommand``.  Their
values (dimensions with ``plus``/``minus`` stretch, font dimensions, numbers, a
``\\relax`` that ends them) are no text either: :func:`value_end` skips them.
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile

__all__ = ["INTEGERS", "PARAMETERS", "value_end"]

# Integer parameters: a number is their whole value ("\hyphenpenalty=300\exhyphenpenalty=300"
# is two settings; a number before a dimension register is a factor, "2\parindent").
INTEGERS = frozenset(
    {"hbadness", "vbadness", "tolerance", "pretolerance", "penalty", "hyphenpenalty",
     "exhyphenpenalty", "clubpenalty", "widowpenalty", "interlinepenalty", "brokenpenalty",
     "doublehyphendemerits", "finalhyphendemerits", "adjdemerits", "linepenalty",
     "looseness", "displaywidowpenalty", "predisplaypenalty", "postdisplaypenalty"}
)  # fmt: skip
# Primitives and LaTeX lengths that take a value written after them (not in braces).
PARAMETERS = INTEGERS | frozenset(
    {"hskip", "vskip", "kern", "mskip", "mkern", "spaceskip", "xspaceskip", "baselineskip",
     "lineskip", "lineskiplimit", "parskip", "parindent", "parfillskip", "leftskip",
     "rightskip", "emergencystretch", "hfuzz", "vfuzz", "fontdimen", "tabcolsep",
     "arraycolsep", "labelwidth", "labelsep", "itemsep", "parsep", "topsep", "itemindent",
     "leftmargin", "listparindent", "bibsep", "bibhang", "textwidth", "linewidth",
     "columnsep", "baselinestretch"}
)  # fmt: skip

_NUMBER = r"(?:[-+]\s*+)?(?:\d+(?:\.\d*)?|\.\d+)"
_UNIT = r"(?:true\s*+)?(?:pt|em|ex|in|cm|mm|bp|dd|pc|sp|cc|mu|fil{1,3})(?![A-Za-z])"
_FONT_DIMENSION = r"\\fontdimen\s*\d+\s*\\(?:font|[A-Za-z@]+font)(?![A-Za-z@])"
_REGISTER = r"\\(?:" + "|".join(sorted(PARAMETERS - INTEGERS - {"fontdimen"})) + r")(?![A-Za-z@])"
_INTEGER_REGISTER = r"\\(?:" + "|".join(sorted(INTEGERS)) + r")(?![A-Za-z@])"
# (a factor may be a macro holding a number: "\BIBentryALTinterwordstretchfactor\fontdimen3\font")
_DIMENSION = (
    rf"(?:{_NUMBER}\s*+)?(?:\\(?!relax(?![A-Za-z@]))[A-Za-z@]+\s*+)??"
    rf"(?:{_UNIT}|{_FONT_DIMENSION}|{_REGISTER})"
)
# TeX ends a number at a space, which it takes: a penalty prints nothing ("12\penalty0 (3)",
# natbib's styles; an end of line is a space, the next line's indent is skipped; never a
# blank line).  (A glue's space is kept: the glue itself is space in the text.)
_SPACE = r"(?:[ \t]++(?:\n[ \t]*+)?|\n[ \t]*+)(?!\n)"
# every run of spaces taken whole (possessive): overlapping runs made a line of spaces
# polynomial in its length (benchmarks/regex_worst_case.py)
_VALUE = lazy_compile(
    rf"\s*+(?:=\s*+)?(?:{_DIMENSION}(?:\s*+plus\s*+{_DIMENSION})?(?:\s*+minus\s*+{_DIMENSION})?"
    rf"|{_NUMBER}(?![\d.])(?:{_SPACE})?|{_INTEGER_REGISTER})(?:\s*+\\relax(?![A-Za-z@]))?"
)


def value_end(text: str, pos: int, end: int) -> int:
    """Where the value written at ``pos`` after a :data:`PARAMETERS` command ends (``pos``
    itself when none is written there)."""
    m = _VALUE.match(text, pos, end)
    return m.end() if m else pos
