"""Find the claim a footnote marker supports (pure functions).

The claim is the quotation immediately before the marker when the marker
follows a closing quote (``"`` ``”`` ``»``), else the sentence that ends at
the marker.  Sentence starts are found by looking back for a sentence end
(``.`` ``!`` ``?`` ``…``, and each script's own: Arabic ``؟``, Urdu ``۔``,
Devanagari ``।`` ``॥``, Armenian ``։``, CJK ``。`` ``！`` ``？``; ``;`` between Greek
words, ``:`` between Armenian words) followed by space and a letter that starts
a sentence in its script: a capital where the script has case, any letter where
it has none (Hebrew, Arabic, Devanagari, Georgian, CJK), or a digit.  Initials
("R.T. Erdogan", "A. Lukashenko", "Γ. Παπαδόπουλος") and common abbreviations
are skipped, so names do not cut a sentence in two.  A marker at the very
start of a paragraph supports the last sentence of the paragraph before it.

Cost: a paragraph is indexed once (:class:`ClaimIndex`: sentence boundaries,
word runs, quote nesting as prefix sums), in time linear in its length; the
claim at each marker is then a few binary searches, so a paragraph of any
size with any number of markers is read in linear time.  A claim longer than
:data:`MAX_CLAIM_CHARS` keeps its last words, after an ellipsis (``truncated``
counts them, so the caller can say so).

A block's ``breaks`` (table rows read as text lines: :mod:`bibcheck.parse.table_rows`)
start sentences whatever the punctuation says, so a citation in a row claims its row.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Claim, ClaimKind, TextBlock
from bibcheck.parse.numbered_abbreviations import stands_before_number
from bibcheck.parse.references.quote_pairs import DOUBLE, EN_FR_CLOSINGS

CLOSING_QUOTES = {'"': '"', "”": "“", "»": "«", "“": "„"}  # “ closes German „
_OPENING = {'"': '"', "“": "”", "«": "»", "„": "“"}
_NAME_WORDS = 5  # a quoted name ("Zhodino State College") is at most this long
_ABBREVIATIONS = frozenset(
    # ("v": a case's versus, "TransUnion LLC v. Ramirez"; German "Urt. v. 16.2.2023")
    "mr mrs ms dr prof st no nos vol vols p pp ed eds etc e.g i.e vs v cf jr sr inc ltd co corp "
    "fig figs jan feb mar apr jun jul aug sep sept oct nov dec approx est dept univ govt "
    "т г гг им др см стр ул руб тыс млн млрд al art arts sec ch para pt op cit ibid "
    "ст п пп гл ч ср рис табл "
    # German "vgl." compare, "bzw." or, "z.B." e.g., "d.h." i.e., "sog." so-called, "ca."
    "vgl bzw z.b d.h sog ca "
    # Greek: "π.χ." e.g., "κ.λπ." etc., "βλ." see, "σ./σσ." page(s), "αι." century, ...
    "π.χ κ.λπ κλπ κ.ά δηλ βλ πρβλ σ σσ σελ αι μ.χ εκδ επιμ κεφ αρ τ τόμ".split()
)
# A candidate sentence boundary: end punctuation (a run, or ";"/":" right after a letter),
# closing quotes, space, then an opening quote or bracket and a letter or digit; whether
# that letter starts a sentence in its script is decided by _starts_sentence.  CJK full
# stops need no space after them.  Possessive runs, and no start inside a run of end
# punctuation: each character is looked at a bounded number of times, whatever the text.
_STOPS = ".!?…؟۔।॥։\u037e"  # Latin/Cyrillic/Greek, Arabic ?, Urdu, Devanagari, Armenian
_WIDE_STOPS = "。！？"  # CJK: no space follows
# a sentence end of a script with stops of its own, as a pattern for the sentence-end
# finders of readers (whose ``[.!?]`` alternatives keep their own exceptions)
SCRIPT_STOP = r"[。！？]+|[؟۔।॥։\u037e]+(?=[\s\"”»)]|$)"
_BOUNDARY = lazy_compile(
    rf"(?:(?<![{_STOPS}])[{_STOPS}]++|(?<=[^\W\d_])[;:])[\"'”»)]*+"
    # (a bracketed label glued after the stop, "night.[^not a note] Toads", "so.[3] Then":
    # the sentence before it has ended)
    r"(?:\[[^\[\]\n]{1,60}\])?+\s++(?=[\"'“«(\[]?[^\W_])"
    # (a wide stop ends a sentence whatever follows: a code span too, "包围。 `#` 是")
    rf"|(?<![{_WIDE_STOPS}])[{_WIDE_STOPS}]++[\"”»)」』）]*+\s*+(?=[\"“«(\[「『（]?[^\W_]|`)"
)
_OPENERS = "\"'“«([「『（"
_WORDS = lazy_compile(r"\S+")
_END_RUNS = lazy_compile(rf"[{_STOPS}{_WIDE_STOPS};:\"'”»)」』）]+")
# Scripts whose sentence-end mark is an ASCII sign that ends no sentence elsewhere: the
# Greek question mark (U+037E, "；" after NFC is ";"), the Armenian full stop written ":".
_GREEK = lazy_compile(r"[\u0370-\u03ff\u1f00-\u1fff]")
_ARMENIAN = lazy_compile(r"[\u0531-\u058f]")
_GEORGIAN = lazy_compile(r"[\u10a0-\u10ff\u1c90-\u1cbf\u2d00-\u2d2f]")  # cased in Unicode only
_MIN_QUOTE_WORDS = 3
_MAX_WORD = 64  # longer "words" before a period are never initials or abbreviations
MAX_CLAIM_CHARS = 2000  # a longer sentence or quotation keeps its last words


def claim_at(block: TextBlock, offset: int, previous: TextBlock | None = None) -> Claim:
    """The claim supported by a marker standing at ``offset`` in ``block``.

    For many markers in one block, build one :class:`ClaimIndex` per block instead.
    """
    prev = ClaimIndex(previous) if previous is not None else None
    return ClaimIndex(block).claim_at(offset, prev)


def sentence_start(text: str) -> int:
    """Offset where the last sentence of ``text`` begins."""
    index = ClaimIndex(TextBlock(text, ((0, 1),)))
    return index.sentence_start(index.content_end(len(text)))


# a callout's type opening a block quote: GitHub's "> [!NOTE]", "[!WARNING]", Obsidian's
# "[!tip]-" (folded), a theme's "[!TIP/Title]" (its title in the brackets)
_ALERT = lazy_compile(r"\s*+\[![A-Za-z][\w-]{0,30}(?:/[^\]\n]{0,120})?\][+-]?(?:\s++|$)")


def without_alert(text: str) -> str:
    """``text`` without the callout type that opens it (``[!NOTE] The API…`` -> ``The
    API…``): markup of the quote, no words of the claim."""
    m = _ALERT.match(text)
    return text[m.end() :] if m is not None else text


def _tidy(sentence: str) -> str:
    """Strip a sentence, and a quote at either end that is never matched."""
    text = sentence.strip()
    opening = text[:1]
    if opening in _OPENING:
        closing = _OPENING[opening]
        unmatched = text.count(opening) % 2 == 1 if opening == closing else closing not in text
        if unmatched:
            text = text[1:].lstrip()
    closing = text[-1:]
    if closing in CLOSING_QUOTES:
        opening = CLOSING_QUOTES[closing]
        unmatched = text.count(closing) % 2 == 1 if opening == closing else opening not in text
        if unmatched:
            return text[:-1].rstrip()
    return text


@dataclass(slots=True)
class _Nesting:
    """Quote marks of one kind as a walk: +1 for a closing mark, -1 for an opening one.

    Walking back from a closing mark, its opening mark is the nearest earlier
    position where the running sum returns to the value it had just after the
    closing mark: found by binary search in the positions of each sum value.
    """

    positions: list[int] = field(default_factory=list)
    sums: list[int] = field(default_factory=lambda: [0])  # sums[t]: steps of marks before t
    at_value: dict[int, list[int]] = field(default_factory=dict)

    def add(self, position: int, step: int) -> None:
        self.at_value.setdefault(self.sums[-1], []).append(len(self.positions))
        self.positions.append(position)
        self.sums.append(self.sums[-1] + step)

    def opening_for(self, closing_at: int) -> int | None:
        """The position of the mark opening the one at ``closing_at`` (a closing mark)."""
        t = bisect_left(self.positions, closing_at)
        if t == len(self.positions) or self.positions[t] != closing_at:
            return None
        found = self.at_value.get(self.sums[t] + 1, [])
        k = bisect_left(found, t) - 1
        return self.positions[found[k]] if k >= 0 else None


class ClaimIndex:
    """One paragraph indexed for claims: build once, then ask at every marker."""

    def __init__(self, block: TextBlock) -> None:
        self.block = block
        self.truncated = 0  # claims shortened to MAX_CLAIM_CHARS
        text = block.text
        self._text = text
        runs = [(m.start(), m.end()) for m in _WORDS.finditer(text)]
        self._word_starts = [s for s, _ in runs]
        self._word_ends = [e for _, e in runs]
        end_runs = [(m.start(), m.end()) for m in _END_RUNS.finditer(text)]
        self._end_run_starts = [s for s, _ in end_runs]
        self._end_run_ends = [e for _, e in end_runs]
        self._boundaries: list[int] = []  # sentence starts (ends of real boundaries)
        self._needs: list[int] = []  # characters the boundary looks ahead at
        for m in _BOUNDARY.finditer(text):
            start = m.end()
            first = start + 1 if text[start] in _OPENERS else start
            if not _starts_sentence(text, m.start(), first) or self._is_abbreviation(m.start()):
                continue
            self._boundaries.append(start)
            self._needs.append(first - start + 1)
        if block.breaks:
            needs = dict(zip(self._boundaries, self._needs, strict=True))
            merged = sorted(set(self._boundaries) | {b for b in block.breaks if b < len(text)})
            self._boundaries = merged
            self._needs = [needs.get(b, 1) for b in merged]
        self._straight = _Nesting()
        self._opens: dict[int, bool] = {}
        self._unclosed: dict[int, int | None] = {}  # quote -> last unclosed opening before it
        self._paired = {c: _Nesting() for c, o in CLOSING_QUOTES.items() if c != o}
        stack: list[int] = []
        for m in re.finditer(rf"[{DOUBLE}]", text):
            i, char = m.start(), m.group()
            if char == '"':
                opens = self._opens_at(i)
                self._opens[i] = opens
                self._unclosed[i] = stack[-1] if stack else None
                self._straight.add(i, -1 if opens else 1)
                if opens:
                    stack.append(i)
                elif stack:
                    stack.pop()
                continue
            for closing, nesting in self._paired.items():
                if char == closing:
                    nesting.add(i, 1)
                elif char == CLOSING_QUOTES[closing]:
                    nesting.add(i, -1)
        self._memo: dict[int, Claim] = {}

    # ----------------------------------------------------------------- queries

    def claim_at(
        self, offset: int, previous: ClaimIndex | None = None, *, row: bool = False
    ) -> Claim:
        """The claim of a marker at ``offset``; ``previous`` indexes the paragraph before.
        A ``row`` marker (a table row's cell) claims the block up to it, its row."""
        end = self.content_end(offset) if row else 0
        if end > 0 and self._quote_before(end) is None:  # (a quotation claims itself)
            return Claim(self._span(0, end), ClaimKind.SENTENCE, self.block.line_at(0))
        if offset in self._memo:
            return self._memo[offset]
        claim = self._claim(offset, previous)
        self._memo[offset] = claim
        return claim

    def last_sentence(self) -> Claim | None:
        """The paragraph's last sentence (for a marker opening the next paragraph)."""
        end = self.content_end(len(self._text))
        if end == 0:
            return None
        start = self.sentence_start(end)
        return Claim(self._span(start, end), ClaimKind.SENTENCE, self.block.line_at(start))

    def content_end(self, offset: int) -> int:
        """``len(text[:offset].rstrip())``."""
        offset = min(offset, len(self._text))
        if offset <= 0:
            return 0
        if not self._text[offset - 1].isspace():
            return offset
        k = bisect_right(self._word_ends, offset) - 1
        return self._word_ends[k] if k >= 0 else 0

    def sentence_start(self, end: int) -> int:
        """Where the last sentence of ``text[:end]`` (``end`` after non-space) begins."""
        limit = end
        k = bisect_right(self._end_run_starts, end - 1) - 1
        if k >= 0 and self._end_run_ends[k] >= end > self._end_run_starts[k]:
            limit = self._end_run_starts[k]  # the sentence's own final punctuation
        k = bisect_right(self._boundaries, limit - 1) - 1
        while k >= 0 and self._boundaries[k] + self._needs[k] > limit:
            k -= 1
        return self._boundaries[k] if k >= 0 else 0

    # ---------------------------------------------------------------- internals

    def _claim(self, offset: int, previous: ClaimIndex | None) -> Claim:
        text = self._text
        end = self.content_end(offset)
        # 'text" .' with the marker after the stray period still closes a quote.
        if end >= 2 and text[end - 1] in ".,;" and text[end - 2].isspace():
            quote_end = self.content_end(end - 1)
            if quote_end and text[quote_end - 1] in EN_FR_CLOSINGS:
                end = quote_end
        quote = self._quote_before(end)
        if quote is not None:
            start, stop = quote
            claim = self._span(start, stop, strip_quotes=False)
            return Claim(claim, ClaimKind.QUOTE, self.block.line_at(start))
        if end > 0:
            start = self.sentence_start(end)
            return Claim(self._span(start, end), ClaimKind.SENTENCE, self.block.line_at(start))
        if previous is not None:
            found = previous.last_sentence()
            if found is not None:
                return found
        return Claim("", ClaimKind.NONE, self.block.line_at(offset))

    def _quote_before(self, end: int) -> tuple[int, int] | None:
        """(start, end) of the quoted text when ``text[:end]`` ends with a closing quote."""
        if end == 0:
            return None
        closing = self._text[end - 1]
        if closing not in CLOSING_QUOTES:
            return None
        at = end - 1
        if closing == '"':
            found = self._straight.opening_for(at)
            if found is None:
                return None
            start = found
            outer = self._unclosed.get(start)
            if outer is not None and self._words(start + 1, at) <= _NAME_WORDS:
                # '"... at the college "Zhodino State College"': one quote mark closes
                # both the name and the quotation that contains it.
                start = outer
        else:
            found = self._paired[closing].opening_for(at)
            if found is None:
                return None
            start = found
        if self._words(start + 1, at) < _MIN_QUOTE_WORDS:
            return None
        return start + 1, at

    def _span(self, start: int, end: int, strip_quotes: bool = True) -> str:
        """The claim text ``text[start:end]``, tidied, at most MAX_CLAIM_CHARS long."""
        prefix = ""
        if end - start > MAX_CLAIM_CHARS:
            k = bisect_left(self._word_starts, end - MAX_CLAIM_CHARS)
            cut = self._word_starts[k] if k < len(self._word_starts) else end
            start, prefix = (cut if cut < end else end - MAX_CLAIM_CHARS), "… "
            self.truncated += 1
        piece = without_alert(self._text[start:end])
        return prefix + (_tidy(piece) if strip_quotes else piece.strip())

    def _words(self, start: int, end: int) -> int:
        """``len(text[start:end].split())``."""
        if end <= start:
            return 0
        return bisect_left(self._word_starts, end) - bisect_right(self._word_ends, start)

    def _opens_at(self, i: int) -> bool:
        """Does the straight quote at ``i`` open (space or bracket before, text after)?"""
        text = self._text
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        return (before.isspace() or before in "([{—-/") and not after.isspace()

    def _is_abbreviation(self, dot: int) -> bool:
        """Is the period at ``dot`` part of an initial or an abbreviation?"""
        text = self._text
        if text[dot] != ".":
            return False
        # The word before the period ("$" also matches before one final newline).
        stop = dot - 1 if dot and text[dot - 1] == "\n" else dot
        start = stop
        while start > 0 and stop - start <= _MAX_WORD and not text[start - 1].isspace():
            start -= 1
        if start == stop or stop - start > _MAX_WORD:
            return False
        word = text[start:stop].lstrip("(\"'“«[")
        parts = word.split(".")
        if all(len(part) == 1 and part.isupper() for part in parts):
            return True  # an initial: "A. Lukashenko", "R.T" in "R.T. Erdogan"
        if stands_before_number(word, text[dot + 1 : dot + 12].lstrip()):
            return True  # "Röm. 8,28", "1 Kor. 13", "Kap. 4": the number is its locator
        return word.lower().rstrip(".") in _ABBREVIATIONS


def _starts_sentence(text: str, stop: int, first: int) -> bool:
    """Does the sentence end at ``stop`` start a sentence at ``first``?

    A digit, or a letter that begins sentences in its script: a capital where the script
    has case, any letter where it has none.  ``;`` ends a sentence only between Greek words
    (the Greek question mark), ``:`` only between Armenian ones (the Armenian full stop).
    """
    if first >= len(text):
        return False
    char = text[first]
    mark = text[stop]
    if mark == ";":
        return bool(_GREEK.match(text, stop - 1) and _GREEK.match(char)) and char.isupper()
    if mark == ":":
        return bool(_ARMENIAN.match(text, stop - 1) and _ARMENIAN.match(char)) and char.isupper()
    if char.isdigit() or char.isupper() or (mark in _WIDE_STOPS and char == "`"):
        return True  # (a wide stop ends its sentence before a code span too)
    if not char.isalpha():
        return False
    return not char.islower() or bool(_GEORGIAN.match(char))
