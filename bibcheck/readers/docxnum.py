"""Word list numbering (``word/numbering.xml``): the number Word shows before a paragraph.

An automatically numbered list keeps its numbers out of the text: a paragraph says
``<w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr>`` (directly or through
its paragraph style, e.g. *List Number*), ``numId`` names a ``<w:num>`` that points at
an ``<w:abstractNum>``, and the level there gives the start value, the format
(``decimal``, ``lowerLetter``, ``upperRoman``, ``bullet`` ...) and the label text
(``%1.``, ``[%1]``, ``%1.%2``).  Lists that share an abstract definition continue one
another's numbers unless a ``<w:lvlOverride><w:startOverride>`` restarts them; a
paragraph at a level resets the numbers of the levels below it.

:class:`Numbering` is fed the body's paragraphs in document order and gives each
numbered one its label, as Word would print it.

Footnote and endnote marks are numbered the same way, by note properties
(``<w:footnotePr>``/``<w:endnotePr>``: ``numFmt``, ``numStart``, ``numRestart``) that
``word/settings.xml`` sets for the document and a section's ``<w:sectPr>`` may override.
Word's own defaults apply where they are left out: footnotes ``decimal``, endnotes
``lowerRoman`` (i, ii, iii; Word departs from the standard's ``decimal`` here), counted
from 1 and continuously.  :class:`NoteNumbering` gives each note its mark.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from xml.etree import ElementTree as ET

__all__ = ["ListLabel", "NoteCount", "NoteNumbering", "NoteStyle", "Numbering", "note_mark"]

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_DECIMAL = {"decimal", "decimalZero", "decimalEnclosedParen", "decimalEnclosedFullstop"}
_LEVELS = 9


@dataclass(frozen=True, slots=True)
class ListLabel:
    """What Word prints before a list paragraph."""

    text: str  # "[3]", "3.", "b)", "•"
    number: int | None  # the paragraph's own number in a decimal list, else None


@dataclass(frozen=True, slots=True)
class _Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."


@dataclass(slots=True)
class _Abstract:
    levels: dict[int, _Level] = field(default_factory=dict)
    style_link: str | None = None  # numStyleLink: the list is defined by a numbering style


@dataclass(slots=True)
class Numbering:
    """The numbering definitions of a package, and the counters of a pass over its body."""

    abstracts: dict[str, _Abstract] = field(default_factory=dict)
    nums: dict[str, tuple[str, dict[int, int]]] = field(default_factory=dict)  # id -> abs, starts
    style_num: dict[str, tuple[str | None, int | None]] = field(default_factory=dict)
    based_on: dict[str, str] = field(default_factory=dict)
    counters: dict[str, list[int | None]] = field(default_factory=dict)
    started: set[str] = field(default_factory=set)  # nums whose start overrides were applied

    @classmethod
    def read(cls, numbering: ET.Element | None, styles: ET.Element | None) -> Numbering:
        found = cls()
        for node in numbering.iter(W + "abstractNum") if numbering is not None else ():
            abstract = _Abstract()
            link = node.find(W + "numStyleLink")
            abstract.style_link = link.get(W + "val") if link is not None else None
            for lvl in node.findall(W + "lvl"):
                abstract.levels[_int(lvl.get(W + "ilvl"), 0)] = _level(lvl)
            found.abstracts[node.get(W + "abstractNumId", "")] = abstract
        for node in numbering.iter(W + "num") if numbering is not None else ():
            ref = node.find(W + "abstractNumId")
            starts: dict[int, int] = {}
            for override in node.findall(W + "lvlOverride"):
                start = override.find(W + "startOverride")
                if start is not None:
                    starts[_int(override.get(W + "ilvl"), 0)] = _int(start.get(W + "val"), 1)
            abstract_id = ref.get(W + "val", "") if ref is not None else ""
            found.nums[node.get(W + "numId", "")] = (abstract_id, starts)
        for style in styles.iter(W + "style") if styles is not None else ():
            style_id = style.get(W + "styleId", "")
            based = style.find(W + "basedOn")
            if based is not None:
                found.based_on[style_id] = based.get(W + "val", "")
            num_pr = style.find(f"{W}pPr/{W}numPr")
            if num_pr is not None:
                found.style_num[style_id] = _num_pr(num_pr)
        return found

    def label(self, paragraph: ET.Element) -> ListLabel | None:
        """The label of ``paragraph`` (call for every body paragraph, in order)."""
        num_id, ilvl = self._num_pr(paragraph)
        if not num_id or num_id == "0" or num_id not in self.nums:
            return None
        abstract_id, starts = self.nums[num_id]
        abstract = self._abstract(abstract_id)
        if abstract is None:
            return None
        level = min(max(ilvl, 0), _LEVELS - 1)
        counters = self.counters.setdefault(abstract_id, [None] * _LEVELS)
        if num_id not in self.started:
            self.started.add(num_id)
            for lvl, start in starts.items():
                if 0 <= lvl < _LEVELS:
                    counters[lvl] = start - 1
        definition = abstract.levels.get(level, _Level())
        current = counters[level]
        counters[level] = definition.start if current is None else current + 1
        for deeper in range(level + 1, _LEVELS):
            counters[deeper] = None
        if definition.fmt == "none":
            return None
        if definition.fmt == "bullet":
            return ListLabel(definition.text, None)
        text = definition.text
        for k in range(_LEVELS, 0, -1):  # "%10" is no placeholder; %1..%9
            spec = abstract.levels.get(k - 1, _Level())
            value = counters[k - 1]
            text = text.replace(f"%{k}", _format(spec.start if value is None else value, spec.fmt))
        own = counters[level]
        return ListLabel(text, own if definition.fmt in _DECIMAL else None)

    def _num_pr(self, paragraph: ET.Element) -> tuple[str | None, int]:
        num_pr = paragraph.find(f"{W}pPr/{W}numPr")
        num_id, ilvl = _num_pr(num_pr) if num_pr is not None else (None, None)
        style = paragraph.find(f"{W}pPr/{W}pStyle")
        style_id = style.get(W + "val", "") if style is not None else ""
        seen: set[str] = set()
        while style_id and style_id not in seen and (num_id is None or ilvl is None):
            seen.add(style_id)
            style_num, style_lvl = self.style_num.get(style_id, (None, None))
            num_id = num_id if num_id is not None else style_num
            ilvl = ilvl if ilvl is not None else style_lvl
            style_id = self.based_on.get(style_id, "")
        return num_id, ilvl or 0

    def _abstract(self, abstract_id: str) -> _Abstract | None:
        """The abstract definition, through a numbering style's link (once)."""
        abstract = self.abstracts.get(abstract_id)
        if abstract is not None and abstract.style_link and not abstract.levels:
            num_id, _ = self.style_num.get(abstract.style_link, (None, None))
            target = self.nums.get(num_id or "")
            if target is not None:
                return self.abstracts.get(target[0], abstract)
        return abstract


def _num_pr(num_pr: ET.Element) -> tuple[str | None, int | None]:
    num = num_pr.find(W + "numId")
    lvl = num_pr.find(W + "ilvl")
    return (
        num.get(W + "val") if num is not None else None,
        _int(lvl.get(W + "val"), 0) if lvl is not None else None,
    )


def _level(lvl: ET.Element) -> _Level:
    start = lvl.find(W + "start")
    fmt = lvl.find(W + "numFmt")
    text = lvl.find(W + "lvlText")
    return _Level(
        _int(start.get(W + "val"), 1) if start is not None else 1,
        fmt.get(W + "val", "decimal") if fmt is not None else "decimal",
        text.get(W + "val", "") if text is not None else "",
    )


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _format(value: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        letters = ""
        n = max(value, 1)
        while n:
            n, rest = divmod(n - 1, 26)
            letters = chr(ord("a") + rest) + letters
        return letters.upper() if fmt == "upperLetter" else letters
    if fmt in ("lowerRoman", "upperRoman"):
        roman = _roman(value)
        return roman if fmt == "upperRoman" else roman.lower()
    if fmt == "decimalZero":
        return f"{value:02d}"
    return str(value)


def _roman(value: int) -> str:
    if not 0 < value < 4000:
        return str(value)
    out = ""
    for number, symbol in (
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ):
        while value >= number:
            out += symbol
            value -= number
    return out


# --------------------------------------------------------------------------
# Footnote and endnote marks
# --------------------------------------------------------------------------

_CHICAGO = ("*", "\u2020", "\u2021", "\u00a7")  # *, †, ‡, § then doubled, tripled ...


@dataclass(frozen=True, slots=True)
class NoteStyle:
    """How the notes of one kind are numbered in a section."""

    fmt: str = "decimal"
    start: int = 1
    restart: str = "continuous"  # "eachSect"; "eachPage" cannot be followed without pages

    def overlay(self, properties: ET.Element | None) -> NoteStyle:
        """These properties with what ``<w:footnotePr>``/``<w:endnotePr>`` sets."""
        if properties is None:
            return self
        fmt = properties.find(W + "numFmt")
        start = properties.find(W + "numStart")
        restart = properties.find(W + "numRestart")
        return NoteStyle(
            fmt.get(W + "val", self.fmt) if fmt is not None else self.fmt,
            _int(start.get(W + "val"), self.start) if start is not None else self.start,
            restart.get(W + "val", self.restart) if restart is not None else self.restart,
        )


@dataclass(frozen=True, slots=True)
class NoteCount:
    """The place of one note mark: its section and the number Word gives it there."""

    section: int
    value: int
    fmt: str


@dataclass(slots=True)
class NoteNumbering:
    """Footnote or endnote numbering of a document, section by section."""

    styles: list[NoteStyle]  # one per section, in document order (at least one)
    value: int | None = None
    section: int = 0
    restarted: bool = False  # a later section started counting again
    prefix: str = ""  # put before every label ("e" for endnotes beside footnotes)

    @classmethod
    def read(
        cls, kind: str, settings: ET.Element | None, sections: list[ET.Element | None]
    ) -> NoteNumbering:
        """``kind`` is "foot" or "end"; ``sections`` the ``<w:sectPr>`` of each section.

        Without a settings part (a package no word processor saved) notes are decimal.
        """
        tag = W + ("footnotePr" if kind == "foot" else "endnotePr")
        base = NoteStyle("lowerRoman" if kind == "end" and settings is not None else "decimal")
        base = base.overlay(settings.find(tag) if settings is not None else None)
        styles = [base.overlay(s.find(tag) if s is not None else None) for s in sections]
        return cls(styles or [base])

    def next(self, section: int) -> NoteCount:
        """The next note, met in ``section`` (sections are met in order)."""
        section = min(max(section, 0), len(self.styles) - 1)
        style = self.styles[section]
        if self.value is None:
            self.value = style.start
        elif section != self.section and style.restart == "eachSect":
            self.value = style.start
            self.restarted = True
        else:
            self.value += 1
        self.section = section
        return NoteCount(section, self.value, style.fmt)


def note_mark(value: int, fmt: str) -> str:
    """The mark Word prints for note number ``value`` in format ``fmt``."""
    if fmt == "chicago" and value > 0:
        symbol = _CHICAGO[(value - 1) % len(_CHICAGO)]
        return symbol * ((value - 1) // len(_CHICAGO) + 1)
    if fmt in ("lowerLetter", "upperLetter"):
        # Word repeats the letter for note marks: a..z, aa..zz (not aa, ab as in lists)
        letter = chr(ord("a") + (max(value, 1) - 1) % 26) * ((max(value, 1) - 1) // 26 + 1)
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt in ("lowerRoman", "upperRoman"):
        return _format(value, fmt)
    return str(value)  # decimal, and formats Word falls back from (bullet, none ...)
