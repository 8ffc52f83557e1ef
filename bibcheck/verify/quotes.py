"""Is a quotation on the cited page, as quoted?  (pure)

Both sides are normalised first: Unicode NFKC, case, ``ё``; every kind of
quote mark and dash folded; soft hyphens dropped and words hyphenated at a
line break joined (``coop-\\neration``); whitespace collapsed.  Then:

1. **exact**: the quotation's words stand in the page's words, in order; an
   ellipsis (``...``, ``…``, ``[…]``) in the quotation may skip any text, and
   spacing variants (``per cent`` / ``percent``) count as the same;
2. **windowed fuzzy**: otherwise candidate passages are located by the
   quotation's rarer words (each occurrence votes for a start position), and
   the passages around the best-voted starts are scored with rapidfuzz; the
   best is the *nearest passage*.

Verdicts (:func:`judge_quote`):

* ``quote_found`` - exact (as above);
* ``quote_changed`` - not exact, but a passage at least :data:`NEAR` similar:
  the differing numbers, names and words are named (a number or a name
  changed, a word replaced): the quotation was altered, or the page was;
* ``quote_not_found`` - no passage comes near;
* ``quote_unchecked`` - too short to prove anything, or written in another
  script than the page (a translated quotation cannot be found verbatim).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from bibcheck.lazyre import lazy_compile
from bibcheck.model import VerifyVerdict
from bibcheck.verify.match import script_of

__all__ = ["NEAR", "QuoteJudgement", "find_quote", "judge_quote", "normalise"]

NEAR = 75.0
MIN_WORDS = 4
MIN_CHARS = 20
MAX_STARTS = 12  # candidate passages scored per page
EVIDENCE_CHARS = 400

_SOFT = str.maketrans({"\u00ad": None, "\u200b": None, "\u2060": None, "\ufeff": None})
_QUOTES = str.maketrans({c: " " for c in "\"'«»“”„‘’‚‹›`´"})
_DASHES = lazy_compile(r"[\u2010-\u2015\u2212\-]")
_HYPHEN_BREAK = lazy_compile(r"(\w)-[ \t]*\n[ \t]*(\w)")
_WORD = lazy_compile(r"[^\W_]+")


def normalise(text: str) -> str:
    """Folded text: the words only, one space apart (see the module docstring)."""
    text = unicodedata.normalize("NFKC", text).translate(_SOFT)
    text = _DASHES.sub("-", text)
    text = _HYPHEN_BREAK.sub(r"\1\2", text)
    text = text.casefold().replace("ё", "е").translate(_QUOTES)
    return " ".join(_WORD.findall(text))


@dataclass(frozen=True, slots=True)
class Passage:
    score: float  # 0..100
    text: str  # the passage as it stands on the page (folded)
    exact: bool = False


def _words(text: str) -> list[str]:
    return text.split()


_ELLIPSIS = lazy_compile(r"\s*(?:[\[(]\s*(?:\.{3}|…)\s*[\])]|\.{3}|…)\s*")


def _exact(quote: str, hay: str) -> bool:
    """Every part of the quotation (split at ellipses) on the page, in order."""
    padded = f" {hay} "
    squeezed = hay.replace(" ", "")
    pos = pos_squeezed = 0
    for part in (normalise(p) for p in _ELLIPSIS.split(quote)):
        if not part:
            continue
        found = padded.find(f" {part} ", pos)
        if found >= 0:
            pos = found + len(part)
            continue
        found = squeezed.find(part.replace(" ", ""), pos_squeezed)  # per cent / percent
        if found < 0:
            return False
        pos_squeezed = found + len(part.replace(" ", ""))
    return True


def find_quote(quote: str, page_text: str) -> Passage | None:
    """The passage of ``page_text`` nearest to ``quote`` (None when the page has no words)."""
    needle = normalise(quote)
    hay = normalise(page_text)
    if not needle or not hay:
        return None
    if _exact(quote, hay):
        return Passage(100.0, needle, exact=True)
    q, h = _words(needle), _words(hay)
    positions: dict[str, list[int]] = {}
    for i, w in enumerate(h):
        positions.setdefault(w, []).append(i)
    counts = Counter(h)
    anchors = sorted(
        ((j, w) for j, w in enumerate(q) if w in positions and (len(w) > 3 or w.isdigit())),
        key=lambda jw: counts[jw[1]],
    )[:16]
    votes: Counter[int] = Counter()
    for j, w in anchors:
        for i in positions[w][:200]:
            votes[i - j] += 1
    if not votes:
        return Passage(0.0, "")
    best = Passage(0.0, "")
    n = len(q)
    for start, _v in votes.most_common(MAX_STARTS):
        for lo in (start - 2, start, start + 2):
            for size in (n - 2, n, n + 2):
                a, b = max(0, lo), max(0, lo) + max(1, size)
                if a >= len(h):
                    continue
                passage = " ".join(h[a:b])
                score = fuzz.ratio(needle, passage)
                if score > best.score:
                    best = Passage(score, passage)
    return best


_NUMBER = lazy_compile(r"\d+(?:[.,]\d+)*")


def _numbers(text: str) -> Counter[str]:
    return Counter(m.replace(",", ".") for m in _NUMBER.findall(text))


def _names(original: str) -> set[str]:
    """Capitalised words that do not start a sentence: names, places, organisations."""
    out = set()
    for m in re.finditer(r"(?<![.!?…]\s)(?<!^)\b([A-ZА-ЯЁ][\w-]{2,})", original.strip()):
        out.add(normalise(m.group(1)))
    return out


def _changed_bits(quote: str, passage: str) -> list[str]:
    """What differs between the quotation and the passage: numbers, names, words."""
    bits = []
    mine, theirs = _numbers(normalise(quote)), _numbers(passage)
    if mine != theirs:
        missing = sorted((mine - theirs).elements())
        extra = sorted((theirs - mine).elements())
        if missing or extra:
            bits.append(
                f"numbers: quoted {', '.join(missing) or '-'}, page {', '.join(extra) or '-'}"
            )
    page_words = set(passage.split())
    names = _names(quote)
    lost = sorted(n for n in names if n and not all(w in page_words for w in n.split()))
    if lost:
        bits.append(f"names not on the page: {', '.join(lost)}")
    quoted = [w for w in normalise(quote).split() if not _NUMBER.fullmatch(w)]
    named = {w for n in names for w in n.split()}
    added = [w for w in dict.fromkeys(quoted) if w not in page_words and w not in named]
    removed = [
        w for w in dict.fromkeys(passage.split())
        if w not in set(quoted) and not _NUMBER.fullmatch(w)
    ]  # fmt: skip
    if added:
        page_side = f" (the page has {', '.join(removed[:6])!s})" if removed else ""
        bits.append(f"words not on the page: {', '.join(added[:6])}{page_side}")
    return bits


@dataclass(frozen=True, slots=True)
class QuoteJudgement:
    verdict: VerifyVerdict
    score: float | None  # 0..1
    passage: str = ""
    version: str = ""
    url: str = ""
    detail: str = ""


def checkable(quote: str, page_text: str) -> str | None:
    """Why ``quote`` cannot be looked for on this page (None when it can)."""
    folded = normalise(quote)
    if len(folded) < MIN_CHARS or len(folded.split()) < MIN_WORDS:
        return "the quotation is too short to prove anything"
    if not page_text.strip():
        return "the page has no text"
    mine, theirs = script_of(folded), script_of(page_text[:20000])
    if mine != theirs:
        return f"the quotation is in {mine} script, the page in {theirs} (a translation?)"
    return None


def _judge_one(quote: str, text: str, version: str, url: str) -> QuoteJudgement:
    why = checkable(quote, text)
    if why is not None:
        return QuoteJudgement(VerifyVerdict.QUOTE_UNCHECKED, None, "", version, url, why)
    passage = find_quote(quote, text)
    if passage is None:
        return QuoteJudgement(
            VerifyVerdict.QUOTE_UNCHECKED, None, "", version, url, "the page has no text"
        )
    score = round(passage.score / 100.0, 3)
    evidence = passage.text[:EVIDENCE_CHARS]
    if passage.exact:
        return QuoteJudgement(VerifyVerdict.QUOTE_FOUND, 1.0, evidence, version, url, "exact")
    if passage.score >= NEAR:
        detail = "; ".join(_changed_bits(quote, passage.text))
        detail = detail or "the wording differs from the nearest passage"
        return QuoteJudgement(VerifyVerdict.QUOTE_CHANGED, score, evidence, version, url, detail)
    return QuoteJudgement(
        VerifyVerdict.QUOTE_NOT_FOUND, score, evidence, version, url,
        "no passage of the page comes near the quotation",
    )  # fmt: skip


def judge_quote(quote: str, pages: Sequence[tuple[str, str, str]]) -> QuoteJudgement | None:
    """Judge ``quote`` against ``(version, url, text)`` pages (live, archived copy).

    Found in any version is found; otherwise the nearest passage of any version
    decides between changed and not found.  None without a page.
    """
    if not pages:
        return None
    judged = [_judge_one(quote, text, version, url) for version, url, text in pages]
    order = [
        VerifyVerdict.QUOTE_FOUND,
        VerifyVerdict.QUOTE_CHANGED,
        VerifyVerdict.QUOTE_NOT_FOUND,
        VerifyVerdict.QUOTE_UNCHECKED,
    ]
    return min(judged, key=lambda j: (order.index(j.verdict), -(j.score or 0.0)))
