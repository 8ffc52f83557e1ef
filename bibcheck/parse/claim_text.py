"""Find the claim a footnote marker supports (pure functions).

The claim is the quotation immediately before the marker when the marker
follows a closing quote (``"`` ``”`` ``»``), else the sentence that ends at
the marker.  Sentence starts are found by looking back for ``. `` + capital,
skipping initials ("R.T. Erdogan", "A. Lukashenko") and common
abbreviations, so names do not cut a sentence in two.  A marker at the very
start of a paragraph supports the last sentence of the paragraph before it.
"""

from __future__ import annotations

import re

from bibcheck.model import Claim, ClaimKind, TextBlock

CLOSING_QUOTES = {'"': '"', "”": "“", "»": "«", "“": "„"}  # “ closes German „
_OPENING = {'"': '"', "“": "”", "«": "»", "„": "“"}
_NAME_WORDS = 5  # a quoted name ("Zhodino State College") is at most this long
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof st no nos vol vols p pp ed eds etc e.g i.e vs cf jr sr inc ltd co corp "
    "fig figs jan feb mar apr jun jul aug sep sept oct nov dec approx est dept univ govt "
    "т г гг им др см стр ул руб тыс млн млрд al art arts sec ch para pt op cit ibid "
    "ст п пп гл ч ср рис табл".split()
)
_BOUNDARY = re.compile(r"[.!?…]+[\"'”»)]*\s+(?=[\"'“«(\[]?[A-ZА-ЯЁ0-9])")
_MIN_QUOTE_WORDS = 3


def claim_at(block: TextBlock, offset: int, previous: TextBlock | None = None) -> Claim:
    """The claim supported by a marker standing at ``offset`` in ``block``."""
    before = block.text[:offset].rstrip()
    # 'text" .' with the marker after the stray period still closes a quote.
    before = re.sub(r'(["”»])\s+[.,;]$', r"\1", before)
    quote = _quote_before(before)
    if quote is not None:
        start, text = quote
        return Claim(text, ClaimKind.QUOTE, block.line_at(start))
    if before.strip():
        start = sentence_start(before)
        return Claim(_tidy(before[start:]), ClaimKind.SENTENCE, block.line_at(start))
    if previous is not None and previous.text.strip():
        text = previous.text.rstrip()
        start = sentence_start(text)
        return Claim(_tidy(text[start:]), ClaimKind.SENTENCE, previous.line_at(start))
    return Claim("", ClaimKind.NONE, block.line_at(offset))


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


def _quote_before(before: str) -> tuple[int, str] | None:
    """(start offset, quoted text) when ``before`` ends with a closing quote."""
    if not before:
        return None
    closing = before[-1]
    if closing not in CLOSING_QUOTES:
        return None
    opening = CLOSING_QUOTES[closing]
    end = len(before) - 1
    if opening == closing:
        found = _straight_opening(before, end)
        if found is None:
            return None
        start = found
        outer = _unclosed_before(before, start)
        if outer is not None and len(before[start + 1 : end].split()) <= _NAME_WORDS:
            # '"... at the college "Zhodino State College"': one quote mark closes
            # both the name and the quotation that contains it.
            start = outer
    else:
        found = _paired_opening(before, end, opening, closing)
        if found is None:
            return None
        start = found
    text = before[start + 1 : end].strip()
    if len(text.split()) < _MIN_QUOTE_WORDS:
        return None
    return start + 1, text


def _straight_opening(text: str, end: int) -> int | None:
    """Opening ``"`` matching the closing one at ``end``, allowing nested quotes.

    Walking back, a quote with a letter before it and space after it closes
    (depth + 1); one with space (or an opening bracket) before it opens.
    """
    depth = 1
    for i in range(end - 1, -1, -1):
        if text[i] != '"':
            continue
        depth += -1 if _opens(text, i) else 1
        if depth == 0:
            return i
    return None


def _paired_opening(text: str, end: int, opening: str, closing: str) -> int | None:
    """The opening quote matching the closing one at ``end``: “a “b” c” nests."""
    depth = 1
    for i in range(end - 1, -1, -1):
        if text[i] == closing:
            depth += 1
        elif text[i] == opening:
            depth -= 1
            if depth == 0:
                return i
    return None


def _opens(text: str, i: int) -> bool:
    """Does the straight quote at ``i`` open (space or bracket before, text after)?"""
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{—-/") and not after.isspace()


def _unclosed_before(text: str, end: int) -> int | None:
    """The last straight quote before ``end`` that opens and is never closed."""
    stack: list[int] = []
    for i in range(end):
        if text[i] != '"':
            continue
        if _opens(text, i):
            stack.append(i)
        elif stack:
            stack.pop()
    return stack[-1] if stack else None


def sentence_start(text: str) -> int:
    """Offset where the last sentence of ``text`` begins."""
    body = text.rstrip()
    # The sentence's own final punctuation does not start it.
    limit = len(body.rstrip(".!?…\"'”»)"))
    start = 0
    for m in _BOUNDARY.finditer(body, 0, max(limit, 0)):
        if m.end() >= limit:
            break
        if _is_abbreviation(body, m.start()):
            continue
        start = m.end()
    return start


def _is_abbreviation(text: str, dot: int) -> bool:
    """Is the period at ``dot`` part of an initial or an abbreviation?"""
    if text[dot] != ".":
        return False
    m = re.search(r"(\S+)$", text[:dot])
    if not m:
        return False
    word = m.group(1).lstrip("(\"'“«[")
    if len(word) == 1 and word.isupper():
        return True  # an initial: "A. Lukashenko"
    if re.fullmatch(r"(?:[A-ZА-ЯЁ]\.)+[A-ZА-ЯЁ]", word):
        return True  # "R.T" in "R.T. Erdogan"
    return word.lower().rstrip(".") in _ABBREVIATIONS
