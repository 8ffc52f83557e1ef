"""Reader for text extracted from a PDF (``pdftotext``, with or without ``-layout``).

A PDF has no footnote markup: the converter writes what was printed.  Footnote
markers come out glued to the word or punctuation they followed (``ground.4``,
``ground4``, ``rules,12``) or as Unicode superscripts (``⁷``); the notes come
out at the bottom of each page as a bare number (alone on its line, or
followed by the text) and the text; running headers, footers and page numbers
are repeated on every page; a form feed separates pages; words are hyphenated
at line ends.  This reader recovers the notes by **sequence and position**,
never by a list of phrases:

1. pages are split at form feeds (or, when the converter left none, at a run
   of bare page numbers that grow by one);
2. page artifacts are lines at the top or bottom of a page that recur on
   other pages once their digits are ignored (``102  JOURNAL OF X  [Vol.
   12:101``), and bare numbers that grow with the page (the page numbers);
3. a page's footnote area starts at a line that begins with the next note
   number (or 1, where numbering restarts per page or per chapter) when that
   number stands glued in the text above it; later notes of the area start
   with the following numbers; other lines continue the note above; a
   ``Notes`` / ``Endnotes`` / ``Примечания`` section is read the same way;
4. markers are chosen among the glued numbers by aligning them with the
   notes: a note's marker is a candidate with its number, on its page or
   the page before (footnotes) or anywhere before the notes (endnotes), in
   the order of the notes.  So ``COVID-19``, ``H2O``, ``page 45``, years and
   section numbers stay text: they are not glued to a word, or no note of
   that number stands there.  A glued token that recurs (``CO2`` twice) is
   text too.

Where numbering restarts (per page or per chapter) labels are ``p<page>.<n>``
(the printed page number when it is known) or ``<part>.<n>``; otherwise the
printed number.  A ``References`` / ``Bibliography`` section at the end is the
literature list.  Anything that cannot be tied up (a note with no marker, a
marker-like number with no note) is reported by the shared numbering checks.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from bibcheck.model import Anomaly, AnomalyCode, RawDocument, RawMarker, RawNote
from bibcheck.readers import Reader, register
from bibcheck.readers.common import BlockCollector, is_literature_heading

NAME = "pdf-text"

_SUPERS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUPER_DIGITS = str.maketrans(_SUPERS, "0123456789")
_SUPER = re.compile(f"[{_SUPERS}]{{1,3}}")
# Digits glued to a word or to punctuation, and followed by a space, punctuation or the end.
_GLUED = re.compile(r"(?:(?<=[^\W\d_])|(?<=[.,;:!?)\]\"'”’»]))(\d{1,3})(?=[\s.,;:!?)\]—–]|$)")
# "p.45", "No.5", "c.27", "tbl.4": a number that belongs to the abbreviation before it.
_ABBREVIATION = re.compile(
    r"(?:^|[\s(\[])(?:p|pp|no|nos|vol|art|arts|s|ss|c|ch|fig|tbl|sec|para|n|nn|v|vs|t|ст|п|гл"
    r"|ч|рис|табл|№)\.?$",
    re.IGNORECASE,
)
_UNIT = re.compile(r"(?:^|[\s(\d])(?:k|c|m|d|μ|к|с|м|д)?(?:m|g|l|s|Hz|W|J|м|г|л)$|°$")
_DEFINITION = re.compile(
    rf"^\s*(?P<num>\d{{1,3}}|[{_SUPERS}]{{1,3}})(?:[.)]?\s+(?P<text>\S.*?))?\s*$"
)
# What a note's text may start with when its number shares the line ("12 See ...").
_NOTE_START = re.compile(r"[\"“«‘'(\[\d]|[^\W\d_]")
_BARE_NUMBER = re.compile(r"^\s*(?:[-–—]\s*)?(\d{1,4})(?:\s*[-–—])?\s*$")
_PAGE_WORD = re.compile(
    r"^\s*(?:page|p\.|стр\.?|с\.)\s*\d{1,4}(?:\s*(?:of|из|/)\s*\d{1,4})?\s*$", re.I
)
_NOTES_HEADING = re.compile(
    r"^\s*(?:end\s?notes|notes|notes and references|примечания|сноски|комментарии)\s*:?\s*$",
    re.IGNORECASE,
)
_GLUED_END = re.compile(r"(?<=[^\W\d_])(\d{1,3})\s*$")
_MARKUP = re.compile(r"<sup>|\[\^[^\[\]\s]++\]|</?(?:p|div|span|a)\b", re.I)  # linear
_TERMINAL = re.compile(r"[.!?:;][\"'”»’)\]]*$")
_MARK = re.compile(r"\x00(?P<label>[^\x00]+)\x00")
_ZONE = 3  # lines at the top and bottom of a page that may be headers or footers
_TOLERANCE = 2  # a note number may skip this many numbers (a note lost in conversion)


@dataclass(frozen=True, slots=True)
class _Candidate:
    """A number in the body that may be a footnote marker."""

    value: int
    line: int  # index into the lines
    start: int  # span in the line
    end: int
    page: int
    quality: float  # superscript 3 > after punctuation 2 > after a letter 1


@dataclass(slots=True)
class _Note:
    value: int
    part: int  # numbering run (a new one where numbering restarts)
    page: int
    lines: list[int]  # indexes
    parts: list[str]
    endnote: bool = False


@dataclass(slots=True)
class _Layout:
    """Where things are: pages, artifacts, the notes area and the end sections."""

    lines: list[str]
    page_of: list[int]
    pages: list[list[int]]  # indexes of non-blank lines per page
    artifacts: set[int] = field(default_factory=set)
    printed: dict[int, int] = field(default_factory=dict)  # page -> printed page number
    cut: dict[int, int] = field(default_factory=dict)  # body line -> where a note starts in it


# --------------------------------------------------------------------------
# pages and artifacts
# --------------------------------------------------------------------------


def _split_lines(text: str) -> tuple[list[str], list[int]]:
    """Lines (split at newlines only: a form feed is not a line end for an editor) and
    the page of each."""
    lines: list[str] = []
    page_of: list[int] = []
    page = 0
    for raw in text.split("\n"):
        raw = raw.rstrip("\r")
        if raw.startswith("\f"):
            page += raw.count("\f")
            raw = raw.replace("\f", "")
        elif "\f" in raw:
            raw = raw.replace("\f", "")
        lines.append(raw)
        page_of.append(page)
    return lines, page_of


def _number_pages(lines: list[str]) -> list[int]:
    """Pages for text without form feeds: a run of bare numbers growing by one."""
    # A folio stands apart (a blank line before or after it); a note number is followed
    # by its text.
    numbers = [
        (i, int(m.group(1)))
        for i, line in enumerate(lines)
        if (m := _BARE_NUMBER.match(line)) and _apart(lines, i)
    ]
    best: list[int] = []
    for start, (_, first) in enumerate(numbers):
        chain = [start]
        want = first + 1
        for j in range(start + 1, len(numbers)):
            if numbers[j][1] == want:
                chain.append(j)
                want += 1
        if len(chain) > len(best):
            best = chain
    if len(best) < 3:
        return [0] * len(lines)
    ends = {numbers[j][0] for j in best}
    page_of: list[int] = []
    page = 0
    for i in range(len(lines)):
        page_of.append(page)
        if i in ends:
            page += 1
    return page_of


def _note_line(lines: list[str], members: list[int], i: int) -> bool:
    """A note's first line ("7 Id. at 45.", or "Id. at 45." under a lone "7"): never a
    footer, however often the same note text recurs."""
    if _DEFINITION.match(lines[i]):
        return True
    k = members.index(i)
    return k > 0 and bool(re.fullmatch(r"\s*\d{1,3}\s*", lines[members[k - 1]]))


def _apart(lines: list[str], i: int) -> bool:
    before = lines[i - 1].strip() if i > 0 else ""
    after = lines[i + 1].strip() if i + 1 < len(lines) else ""
    return not before or not after


def _layout(text: str) -> _Layout:
    lines, page_of = _split_lines(text)
    if max(page_of, default=0) == 0:
        page_of = _number_pages(lines)
    pages: list[list[int]] = [[] for _ in range(max(page_of, default=0) + 1)]
    for i, line in enumerate(lines):
        if line.strip():
            pages[page_of[i]].append(i)
    layout = _Layout(lines, page_of, pages)
    _find_artifacts(layout)
    return layout


def page_artifacts(text: str) -> tuple[list[str], set[int]]:
    """The lines of converted text (split at newlines only, form feeds dropped) and the
    indexes of its running heads, footers and page numbers; for other readers of
    PDF-converted text (the plain-text reader)."""
    layout = _layout(text)
    return layout.lines, layout.artifacts


def artifact_anomalies(lines: list[str], artifacts: set[int]) -> list[Anomaly]:
    """One anomaly per running head, footer or page-number series, at its first line."""
    groups: dict[str, list[int]] = {}
    for i in sorted(artifacts):
        groups.setdefault(_normal(lines[i]), []).append(i)
    return [
        Anomaly(
            AnomalyCode.ARTIFACT_LINE,
            f"page artifact {lines[members[0]].strip()!r} "
            f"({'page number' if key == '#' else 'running head or footer'}, "
            f"{len(members)} {'line' if len(members) == 1 else 'lines'}); ignored "
            "(claims are joined across it)",
            members[0] + 1,
        )
        for key, members in groups.items()
    ]


def _normal(line: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"\d+", "#", line)).strip().casefold()


def _pieces(line: str) -> list[str]:
    """A running head in ``-layout`` output: pieces apart by wide gaps, digits ignored."""
    return [_normal(p) for p in re.split(r"\s{3,}", line.strip()) if p.strip()]


def _find_artifacts(layout: _Layout) -> None:
    pages = [p for p in layout.pages if p]
    if len(pages) < 2:
        return
    lines = layout.lines
    offsets: Counter[int] = Counter()
    numbered: list[tuple[int, int, int]] = []  # line, page, value
    top: Counter[str] = Counter()
    bottom: Counter[str] = Counter()
    for page, members in enumerate(layout.pages):
        head, foot = members[:_ZONE], members[-_ZONE:]
        for i in dict.fromkeys(head + foot):
            m = _BARE_NUMBER.match(lines[i])
            edge = i in (members[0], members[-1])
            if m and (edge or _apart(lines, i)):  # a note's number has its text right after it
                numbered.append((i, page, int(m.group(1))))
                offsets[int(m.group(1)) - page] += 1
            elif _PAGE_WORD.match(lines[i]):
                layout.artifacts.add(i)
        top.update(
            {p for i in head if not _note_line(lines, members, i) for p in _pieces(lines[i])}
        )
        bottom.update(
            {p for i in foot if not _note_line(lines, members, i) for p in _pieces(lines[i])}
        )
    if offsets:
        offset, count = offsets.most_common(1)[0]
        if count >= 2:
            for i, page, value in numbered:
                if value - page == offset:
                    layout.artifacts.add(i)
                    layout.printed[page] = value
    n = len(pages)
    heads = {s for s, c in top.items() if c >= 2 and c >= 0.2 * n}
    feet = {s for s, c in bottom.items() if c >= 3 and c >= 0.3 * n}
    for members in layout.pages:
        for zone, known in ((members[:_ZONE], heads), (members[-_ZONE:], feet)):
            for i in zone:
                pieces = _pieces(lines[i])
                if all(p in known or p == "#" for p in pieces) and any(p != "#" for p in pieces):
                    layout.artifacts.add(i)
        for i in members[:_ZONE]:
            text = lines[i].strip()
            if len(text) <= 12 and not re.search(r"[^\W\d_]", text) and not text.isdigit():
                layout.artifacts.add(i)  # "2021]", "– 12 –": a running head's date or folio


# --------------------------------------------------------------------------
# marker candidates
# --------------------------------------------------------------------------


def _candidates(line: str, index: int, page: int) -> list[_Candidate]:
    found: list[_Candidate] = []
    for m in _SUPER.finditer(line):
        before = line[: m.start()]
        start = m.start()
        if _UNIT.search(before):
            if len(m.group(0)) == 1:
                continue  # "m²", "км³": a unit's power
            start += 1  # "м²⁴": the area, then note 4
        if not before.strip():
            continue
        value = int(line[start : m.end()].translate(_SUPER_DIGITS))
        quality = 0.5 if before[-1:].isdigit() else 3.0  # "10⁶": more likely a power
        found.append(_Candidate(value, index, start, m.end(), page, quality))
    for m in _GLUED.finditer(line):
        before = line[: m.start()]
        if _ABBREVIATION.search(before):
            continue
        prev = before[-1]
        if prev.isalpha():
            word = re.search(r"[^\W\d_]+$", before)
            caps = word is not None and word.group(0).isupper() and len(word.group(0)) <= 3
            quality = 0.5 if caps else 1.0
        elif re.search(r"\d[.,:]$", before):
            quality = 0.3  # "2.2", "3,5", "12:30": more likely a number than a marker
        else:
            quality = 2.0
        found.append(_Candidate(int(m.group(1)), index, m.start(), m.end(), page, quality))
    return found


def _token(line: str, c: _Candidate) -> str:
    start = c.start
    while start > 0 and not line[start - 1].isspace():
        start -= 1
    return line[start : c.end]


# --------------------------------------------------------------------------
# notes
# --------------------------------------------------------------------------


@dataclass(slots=True)
class _NoteReader:
    """Collects notes in reading order, numbering run by numbering run."""

    notes: list[_Note] = field(default_factory=list)
    expected: int = 1  # next note number in the current run
    part: int = 1

    def accepts(self, value: int) -> bool:
        """Can a note numbered ``value`` start here (the next number, or 1 again)?"""
        return self.expected <= value <= self.expected + _TOLERANCE or (
            value == 1 and self.expected > 1
        )

    def start(self, value: int, page: int, index: int, text: str, endnote: bool) -> None:
        if value < self.expected:  # numbering restarts
            self.part += 1
        self.notes.append(_Note(value, self.part, page, [index], [text], endnote))
        self.expected = value + 1

    def extend(self, index: int, text: str) -> None:
        note = self.notes[-1]
        note.lines.append(index)
        note.parts.append(text)


def _definition(line: str) -> tuple[int, str, bool] | None:
    """(number, text, alone) for a line that may start a note."""
    m = _DEFINITION.match(line)
    if m is None:
        return None
    text = m.group("text") or ""
    if text and not _NOTE_START.match(text):
        return None
    if text and text[0].islower() and not text.startswith(("e.g.", "cf.", "see", "id.")):
        return None  # "8 percent of ships ...": a sentence that starts with a number
    return int(m.group("num").translate(_SUPER_DIGITS)), text, not text


def _read_footnotes(
    layout: _Layout, cands: dict[int, list[_Candidate]], reader: _NoteReader, end: int
) -> set[int]:
    """Footnote areas at page bottoms (before line ``end``); returns the lines they use."""
    used: set[int] = set()
    lines = layout.lines
    for page, members in enumerate(layout.pages):
        seen: Counter[int] = Counter()  # candidate values above, on this page
        for c in cands.get(page - 1, ()):
            seen[c.value] += 1
        in_zone = False
        for i in members:
            if i >= end or i in layout.artifacts:
                continue
            found = _definition(lines[i])
            if not in_zone:
                glued = _GLUED_END.search(lines[i])
                if (
                    found
                    and found[0] in seen
                    and reader.accepts(found[0])
                    and _on_page(found, cands, page, i)
                ):
                    reader.start(found[0], page, i, found[1], endnote=False)
                    in_zone = True
                    used.add(i)
                elif (
                    glued
                    and int(glued.group(1)) in seen
                    and reader.accepts(int(glued.group(1)))
                    and i != members[-1]
                ):
                    # "... those char15": pdftotext joined a word hyphenated at the page
                    # end with the number of the first note below it.
                    reader.start(int(glued.group(1)), page, i, "", endnote=False)
                    layout.cut[i] = glued.start()
                    in_zone = True
                else:
                    for c in cands.get(page, ()):
                        if c.line == i:
                            seen[c.value] += 1
                continue
            used.add(i)
            if (
                found
                and reader.accepts(found[0])
                and found[0] != 1
                and (found[2] or found[0] in seen)
            ):
                reader.start(found[0], page, i, found[1], endnote=False)
            else:
                reader.extend(i, lines[i].strip())
    return used


def _on_page(
    found: tuple[int, str, bool], cands: dict[int, list[_Candidate]], page: int, i: int
) -> bool:
    """A note whose number shares its line needs its marker on the same page above it."""
    if found[2]:
        return True
    return any(c.value == found[0] and c.line < i for c in cands.get(page, ()))


def _read_endnotes(layout: _Layout, reader: _NoteReader, start: int, end: int) -> set[int]:
    used: set[int] = set()
    lines = layout.lines
    for i in range(start + 1, end):
        if i in layout.artifacts or not lines[i].strip():
            continue
        found = _definition(lines[i])
        if found and reader.accepts(found[0]):
            reader.start(found[0], layout.page_of[i], i, found[1], endnote=True)
            used.add(i)
        elif reader.notes and reader.notes[-1].endnote:
            reader.extend(i, lines[i].strip())
            used.add(i)
    return used


def _notes_heading(layout: _Layout) -> int | None:
    """The last ``Notes`` heading followed by note lines."""
    lines = layout.lines
    found = None
    for i, line in enumerate(lines):
        if i in layout.artifacts or not _NOTES_HEADING.match(line):
            continue
        following = [j for j in range(i + 1, min(len(lines), i + 12)) if lines[j].strip()]
        starts = [j for j in following if (d := _definition(lines[j])) and d[0] <= 3]
        if starts:
            found = i
    return found


def _literature_heading(layout: _Layout, after: int) -> int | None:
    found = None
    for i in range(after, len(layout.lines)):
        text = layout.lines[i].strip()
        if text and len(text) < 60 and is_literature_heading(f"# {text}"):
            found = i  # a running head repeats it: the heading itself may look like one
    if found is not None:
        layout.artifacts.discard(found)
    return found


# --------------------------------------------------------------------------
# markers: align candidates with notes
# --------------------------------------------------------------------------


def _align(cands: list[_Candidate], notes: list[_Note]) -> dict[int, _Candidate]:
    """Note index -> its marker: the heaviest chain of (candidate, note) pairs increasing
    in both reading order and note order (a 2-D longest increasing subsequence)."""
    by_value: dict[int, list[int]] = {}
    for k, note in enumerate(notes):
        by_value.setdefault(note.value, []).append(k)
    pairs: list[tuple[int, int, float]] = []  # candidate index, note index, weight
    for ci, c in enumerate(cands):
        for k in by_value.get(c.value, ()):
            note = notes[k]
            if note.endnote:
                if c.line >= note.lines[0]:
                    continue
            elif not (note.page - 1 <= c.page <= note.page and c.line < note.lines[0]):
                continue
            pairs.append((ci, k, 10.0 + c.quality))
    # Candidates in reading order; for one candidate, notes in decreasing order so
    # that a candidate is never used twice.
    pairs.sort(key=lambda p: (p[0], -p[1]))
    size = len(notes) + 1
    tree: list[tuple[float, int]] = [(0.0, -1)] * (size + 1)

    def query(k: int) -> tuple[float, int]:  # best chain ending at a note < k
        best = (0.0, -1)
        while k > 0:
            best = max(best, tree[k])
            k -= k & -k
        return best

    def update(k: int, value: tuple[float, int]) -> None:
        k += 1
        while k <= size:
            tree[k] = max(tree[k], value)
            k += k & -k

    score: list[float] = []
    parent: list[int] = []
    for n, (_ci, k, weight) in enumerate(pairs):
        best, back = query(k)
        score.append(best + weight)
        parent.append(back)
        update(k, (score[-1], n))
    if not pairs:
        return {}
    n = max(range(len(pairs)), key=lambda j: score[j])
    chosen: dict[int, _Candidate] = {}
    while n >= 0:
        ci, k, _ = pairs[n]
        chosen[k] = cands[ci]
        n = parent[n]
    return chosen


def _labels(notes: list[_Note], layout: _Layout) -> list[str]:
    parts = {n.part for n in notes}
    if len(parts) <= 1:
        return [str(n.value) for n in notes]
    per_page = all(len({n.page for n in notes if n.part == p}) == 1 for p in parts)
    if per_page and not any(n.endnote for n in notes):
        return [f"p{layout.printed.get(n.page, n.page + 1)}.{n.value}" for n in notes]
    return [f"{n.part}.{n.value}" for n in notes]


# --------------------------------------------------------------------------
# reading
# --------------------------------------------------------------------------


@dataclass(slots=True)
class _Analysis:
    layout: _Layout
    notes: list[_Note]
    labels: list[str]
    markers: dict[int, _Candidate]  # note index -> marker
    note_lines: set[int]
    body_end: int
    literature_at: int | None


def _analyse(text: str) -> _Analysis:
    layout = _layout(text)
    lines = layout.lines
    notes_at = _notes_heading(layout)
    literature_at = _literature_heading(layout, 0 if notes_at is None else notes_at)
    body_end = min(x for x in (notes_at, literature_at, len(lines)) if x is not None)
    cands: dict[int, list[_Candidate]] = {}
    for i in range(body_end):
        if i in layout.artifacts or not lines[i].strip():
            continue
        for c in _candidates(lines[i], i, layout.page_of[i]):
            cands.setdefault(c.page, []).append(c)
    reader = _NoteReader()
    used = _read_footnotes(layout, cands, reader, body_end)
    if notes_at is not None:
        end = (
            literature_at if literature_at is not None and literature_at > notes_at else len(lines)
        )
        used |= _read_endnotes(layout, reader, notes_at, end)
    cut = layout.cut
    body = [
        c
        for page in sorted(cands)
        for c in cands[page]
        if c.line not in used and c.start < cut.get(c.line, len(lines[c.line]))
    ]
    tokens = Counter(_token(lines[c.line], c) for c in body if c.quality < 2)
    body = [c for c in body if c.quality >= 2 or tokens[_token(lines[c.line], c)] == 1]
    body.sort(key=lambda c: (c.line, c.start))
    markers = _align(body, reader.notes)
    return _Analysis(
        layout,
        reader.notes,
        _labels(reader.notes, layout),
        markers,
        used,
        body_end,
        literature_at,
    )


def score(text: str) -> float:
    """Fits text with notes tied to glued or superscript markers (and page breaks)."""
    if not re.search(rf"\d|[{_SUPERS}]", text) or _MARKUP.search(text):
        return 0.0  # Markdown or HTML notes have markup of their own
    found = _analyse(text)
    tied = sum(1 for c in found.markers.values() if c.quality >= 1)  # decimals prove little
    if tied < 2 or tied < 0.5 * len(found.notes):
        return 0.0
    pages = "\f" in text
    return 0.85 if tied >= 3 or pages else 0.5


def _join_note(note: _Note) -> list[str]:
    """Note lines with words hyphenated at line ends joined again."""
    parts = [p.strip() for p in note.parts]
    for j in range(len(parts) - 1):
        if _hyphenated(parts[j], parts[j + 1]):
            word, _, rest = parts[j + 1].partition(" ")
            parts[j] = parts[j][:-1] + word
            parts[j + 1] = rest
    return parts


def _hyphenated(line: str, following: str) -> bool:
    """``set-`` at a line end and ``tled`` on the next: one word (URLs are left alone)."""
    tail = line.rstrip()
    last = tail.split()[-1] if tail.split() else ""
    return (
        bool(re.search(r"[^\W\d_]{2}-$", tail))
        and "/" not in last
        and following.lstrip()[:1].islower()
    )


def _is_heading(lines: list[str], i: int, body: list[int], pos: int) -> bool:
    """A short line with no final punctuation between a break and a capitalised line."""
    text = lines[i].strip()
    if len(text) > 70 or _TERMINAL.search(text) or not text[:1].isupper():
        return False
    before = body[pos - 1] if pos > 0 else None
    after = body[pos + 1] if pos + 1 < len(body) else None
    broken = before is None or before != i - 1 or _TERMINAL.search(lines[before].strip())
    return bool(broken and after is not None and lines[after].strip()[:1].isupper())


def read(text: str) -> RawDocument:
    found = _analyse(text)
    layout, lines = found.layout, found.layout.lines
    by_line: dict[int, list[tuple[_Candidate, str]]] = {}
    for k, c in found.markers.items():
        by_line.setdefault(c.line, []).append((c, found.labels[k]))
    collector = BlockCollector(_MARK)
    body = [
        i
        for i in range(found.body_end)
        if i not in layout.artifacts and i not in found.note_lines and lines[i].strip()
    ]
    glue = False
    previous: int | None = None
    for pos, i in enumerate(body):
        if previous is not None and i > previous + 1 and not _blank_between(lines, previous, i):
            pass  # artifacts or notes in between: the paragraph goes on
        elif previous is not None and i > previous + 1:
            collector.blank()
        line = lines[i][: layout.cut.get(i, len(lines[i]))]
        for c, label in sorted(by_line.get(i, ()), key=lambda x: -x[0].start):
            line = f"{line[: c.start]}\x00{label}\x00{line[c.end :]}"
        nxt = body[pos + 1] if pos + 1 < len(body) else None
        hyphen = nxt is not None and _hyphenated(line, lines[nxt])
        if hyphen:
            line = line.rstrip()[:-1]
        elif i in layout.cut and nxt is not None and lines[nxt].lstrip()[:1].islower():
            hyphen = True  # the converter had already removed the hyphen
        if _is_heading(lines, i, body, pos) and not by_line.get(i):
            collector.heading(i + 1, line.strip())
            glue = False
        else:
            collector.line(i + 1, line.strip(), glue=glue)
            glue = hyphen
        previous = i
    blocks, markers, anomalies = collector.finish()
    notes = [_raw_note(label, note) for label, note in zip(found.labels, found.notes, strict=True)]
    literature: list[RawNote] = []
    if found.literature_at is not None:
        literature = _read_literature(layout, found.literature_at)
    anomalies.extend(artifact_anomalies(lines, layout.artifacts))
    title = next((lines[i].strip() for i in body[:1]), None)
    first = next((line.strip() for line in lines if line.strip()), None)
    if first is not None and not _BARE_NUMBER.match(first):
        title = _MARK.sub("", first) if len(first) < 150 else title
    return RawDocument(
        reader=NAME,
        title=title,
        blocks=tuple(blocks),
        markers=tuple(RawMarker(m.label, m.line, m.column, m.block, m.offset) for m in markers),
        footnotes=tuple(notes),
        literature=tuple(literature),
        anomalies=tuple(anomalies),
        literature_heading_line=None if found.literature_at is None else found.literature_at + 1,
    )


def _raw_note(label: str, note: _Note) -> RawNote:
    """A note as a RawNote; a number alone on its line is not part of the text."""
    parts = _join_note(note)
    kept = [(text, i + 1) for text, i in zip(parts, note.lines, strict=True) if text]
    if not kept:
        kept = [("", note.lines[0] + 1)]
    return RawNote(
        label,
        "\n".join(t for t, _ in kept),
        note.lines[0] + 1,
        note.lines[-1] + 1,
        tuple(line for _, line in kept),
    )


def _blank_between(lines: Sequence[str], a: int, b: int) -> bool:
    return any(not lines[j].strip() for j in range(a + 1, b))


_ITEM = re.compile(r"^\s*(?:\[(?P<a>\d{1,4})\]|(?P<b>\d{1,4})[.)])\s+(?P<text>\S.*)$")
_ENTRY_START = re.compile(r"^[^\W\d_][\w'’-]+(?:\s[^\W\d_][\w'’-]+)?,\s")


def _read_literature(layout: _Layout, heading: int) -> list[RawNote]:
    """Entries under a References heading: numbered, or one per author-led paragraph."""
    lines = layout.lines
    rows = [
        i for i in range(heading + 1, len(lines)) if lines[i].strip() and i not in layout.artifacts
    ]
    numbered = sum(1 for i in rows if _ITEM.match(lines[i]))
    width = max((len(lines[i].rstrip()) for i in rows), default=0)
    indents = [len(lines[i]) - len(lines[i].lstrip()) for i in rows]
    hanging = len(set(indents)) > 1 and indents.count(min(indents, default=0)) >= 2
    items: list[tuple[str, list[int]]] = []
    for i in rows:
        line = lines[i].strip()
        m = _ITEM.match(lines[i])
        prev = lines[items[-1][1][-1]].rstrip() if items else ""
        if numbered >= 2:
            new = m is not None
        elif hanging:  # -layout keeps the hanging indent of each entry
            new = len(lines[i]) - len(lines[i].lstrip()) == min(indents)
        else:
            ended = bool(_TERMINAL.search(prev)) or not prev
            new = ended and (len(prev) < 0.85 * width or bool(_ENTRY_START.match(line)))
        if new or not items:
            label = (m.group("a") or m.group("b")) if (m and numbered >= 2) else str(len(items) + 1)
            items.append((label, [i]))
        else:
            items[-1][1].append(i)
    notes = []
    for label, members in items:
        parts = [lines[i].strip() for i in members]
        m = _ITEM.match(lines[members[0]])
        if m and numbered >= 2:
            parts[0] = m.group("text").strip()
        note = _Note(0, 0, 0, members, parts)
        text = "\n".join(_join_note(note))
        notes.append(
            RawNote(label, text, members[0] + 1, members[-1] + 1, tuple(i + 1 for i in members))
        )
    return notes


READER = register(Reader(NAME, (".txt",), score, read, detect_styles=True))
