"""Content drift: does the live page still say what the archived copy said?  Pure.

A cited page can stay "alive" and still change under the citation: a news
article rewritten, a page replaced by another at the same address.  The
live page is compared with the capture nearest the citation date:

* title similarity - rapidfuzz ``ratio`` of normalised titles (0..1);
* main-text similarity - cosine similarity of word counts (0..1): it does
  not care about the order of blocks or a little added chrome (a new menu,
  a cookie banner), and it falls when the words themselves change;
* score = 0.25 x title + 0.75 x text (text alone when a title is missing);
  the page has **drifted** when the score is below the threshold.

A quotation claim is checked on its own: is the quotation (fuzzily, with
``partial_ratio``) still in the live page, and in the capture?  Only when the
quotation is written in the page's script (Latin or Cyrillic) - a quotation
translated by the author cannot be found verbatim.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from bibcheck.lazyre import lazy_compile

TITLE_WEIGHT = 0.25
QUOTE_HAYSTACK = 300_000  # characters of a page searched for a quotation
MIN_QUOTE_CHARS = 12  # shorter quotations prove nothing either way
_WORD_RE = lazy_compile(r"\w+", re.UNICODE)
_QUOTES = str.maketrans({c: " " for c in "\"'«»“”„‘’‚"})


@dataclass(frozen=True, slots=True)
class Drift:
    score: float  # 0..1, 1 = same page
    drifted: bool
    title_similarity: float | None
    text_similarity: float | None


def normalize(text: str | None) -> str:
    """Lower case, NFKC, quotes and punctuation runs folded, spaces collapsed."""
    folded = unicodedata.normalize("NFKC", text or "").lower().translate(_QUOTES)
    folded = folded.replace("ё", "е")
    return " ".join(_WORD_RE.findall(folded))


def title_similarity(a: str | None, b: str | None) -> float | None:
    left, right = normalize(a), normalize(b)
    if not left or not right:
        return None
    return float(fuzz.ratio(left, right)) / 100.0


def text_similarity(a: str | None, b: str | None) -> float | None:
    """Cosine similarity of the word counts of two texts (None when either is empty)."""
    left, right = Counter(normalize(a).split()), Counter(normalize(b).split())
    if not left or not right:
        return None
    dot = sum(count * right[word] for word, count in left.items())
    norm = math.sqrt(sum(c * c for c in left.values())) * math.sqrt(
        sum(c * c for c in right.values())
    )
    return dot / norm if norm else 0.0


def drift(
    live_title: str | None,
    live_text: str | None,
    old_title: str | None,
    old_text: str | None,
    threshold: float,
) -> Drift | None:
    """Compare the live page with the capture; None when there is nothing to compare."""
    title = title_similarity(live_title, old_title)
    text = text_similarity(live_text, old_text)
    if text is None and title is None:
        return None
    if text is None:
        score = title
    elif title is None:
        score = text
    else:
        score = TITLE_WEIGHT * title + (1 - TITLE_WEIGHT) * text
    assert score is not None
    score = round(score, 3)
    return Drift(score, score < threshold, title, text)


# --------------------------------------------------------------------------
# quotations
# --------------------------------------------------------------------------


def script(text: str | None) -> str | None:
    """``latin`` or ``cyrillic``: the script of most letters; None without letters."""
    counts: Counter[str] = Counter()
    for ch in text or "":
        if ch.isalpha():
            name = unicodedata.name(ch, "")
            if name.startswith("CYRILLIC"):
                counts["cyrillic"] += 1
            elif name.startswith("LATIN"):
                counts["latin"] += 1
            else:
                counts["other"] += 1
    return counts.most_common(1)[0][0] if counts else None


def quote_checkable(quote: str, page_text: str | None) -> bool:
    """Is the quotation long enough and in the page's script?"""
    if len(normalize(quote)) < MIN_QUOTE_CHARS or not page_text:
        return False
    mine = script(quote)
    return mine is not None and mine == script(page_text)


def quote_present(quote: str, page_text: str | None, threshold: float) -> bool:
    """Is the quotation (fuzzily) in the page text?"""
    needle = normalize(quote)
    haystack = normalize((page_text or "")[:QUOTE_HAYSTACK])
    if not needle or not haystack:
        return False
    if needle in haystack:
        return True
    return bool(fuzz.partial_ratio(needle, haystack) >= threshold)


def quotes_present(quotes: Sequence[str], page_text: str | None, threshold: float) -> bool | None:
    """True when every checkable quotation is in the page; None when none is checkable."""
    checkable = [q for q in quotes if quote_checkable(q, page_text)]
    if not checkable:
        return None
    return all(quote_present(q, page_text, threshold) for q in checkable)
