"""Is the cited web page the work the reference names?  (pure)

The cited title is compared with every title the page gives itself (see
:mod:`bibcheck.verify.pagemeta`): its metadata, JSON-LD headline, ``<h1>``
and ``<title>``, the latter also cut at the usual separators (``Title |
Site``, ``Site - Title``).  Titles are folded (case, punctuation, quotes,
``ё``) and compared by their content words; a cited title that is a URL
slug (``lukashenko-vstretilsya-s``) is read as words; a title in another script is compared after
transliteration, and when that does not make them alike (a title the author
translated) the pair says nothing.

Verdicts:

* ``page_matches`` - a title scores at least :data:`MATCH`; the page's
  authors and publication date are then compared too and reported as
  differences when they clearly disagree;
* ``page_mismatch`` - every comparable title scores at most
  :data:`MISMATCH`, the page names an article (metadata, a heading or a
  ``<title>`` of three words or more), most of the cited title's words are
  absent from the page's titles and opening text, and the cited title is not
  in that text either: the page is clearly a different article;
* ``page_inconclusive`` - anything in between, or nothing comparable.

When several versions of the page are known (live, and the archived copy
nearest the citation date) a match in either is a match, and a mismatch
needs every version to disagree.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, VerifyVerdict
from bibcheck.text import transliterate
from bibcheck.verify.match import fold, ref_surnames, same_surname, script_of
from bibcheck.verify.pagemeta import PageData

__all__ = ["MATCH", "MISMATCH", "PageJudgement", "judge_page", "title_score"]

MATCH = 0.7
MISMATCH = 0.5
SUPPORT_MAX = 0.5  # a mismatch needs at least half the cited title's words absent from the page
LEAD_CHARS = 800  # the opening of the text: navigation, headline and lead paragraph
TEXT_SUPPORT = 88  # partial_ratio of the cited title in the page's opening text
OPENING_CHARS = 6000
_STOP = frozenset(
    "the and for with from into over after about near new its their this that are was were "
    "has have will can not but who what when how why our your his her they them than then "
    "для при под над как что это его она они или над без про через после".split()
)

_SEPARATORS = lazy_compile(r"\s+[|–—•·:/\\»«-]+\s+|\s*::\s*|\s+\|\s*")
_SLUG = lazy_compile(r"^[\w%]+(?:[-_+][\w%]+){2,}(?:\.\w{2,5})?$")


@dataclass(frozen=True, slots=True)
class PageJudgement:
    verdict: VerifyVerdict
    score: float | None
    page_title: str  # the page title that decided (best, or the page's own)
    version: str  # live | archive
    url: str
    differences: tuple[tuple[str, str, str], ...] = ()
    detail: str = ""


def _stems(text: str) -> list[str]:
    """Content words, cut to 6 letters (so that Russian endings do not count)."""
    return [w[:6] for w in text.split() if (len(w) >= 3 and w not in _STOP) or w.isdigit()]


def _containment(a: str, b: str) -> float:
    """Share of ``a``'s content words found in ``b`` (0 when ``a`` has fewer than 3)."""
    mine, theirs = _stems(a), set(_stems(b))
    if len(mine) < 3:
        return 0.0
    return sum(w in theirs for w in mine) / len(mine)


def _sim(a: str, b: str) -> float:
    """Word overlap of two folded titles (Dice of word stems, or the share of one
    title's words in the other), or their character similarity when it is high
    (a misspelt title).  Unrelated titles score near 0, not the ~0.4 a plain
    character ratio gives any two strings of one language."""
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    mine, theirs = _stems(a), _stems(b)
    shared = len(set(mine) & set(theirs))
    dice = 2 * shared / (len(set(mine)) + len(set(theirs))) if mine and theirs else 0.0
    chars = max(fuzz.ratio(a, b), fuzz.token_sort_ratio(a, b)) / 100.0
    scores = [dice, chars if chars >= 0.9 else 0.0]  # 0.9: a misspelt title, no more
    inside = _containment(a, b)  # every cited word in a longer page title
    scores.append(inside if inside >= 0.85 else 0.0)
    if len(mine) >= 3 and len(theirs) >= 3:
        around = _containment(b, a)  # a short page title inside a longer cited one
        scores.append(around if around >= 0.85 else 0.0)
    return max(scores)


def _words_of_slug(title: str) -> str:
    text = title.strip()
    if _SLUG.match(text):
        text = re.sub(r"\.\w{2,5}$", "", text)
        return re.sub(r"[-_+]+", " ", text)
    return text


def _pieces(title: str) -> list[str]:
    """The title, and its longest part when it is cut by separators (``Title | Site``):
    the other parts are the site's name and section, which say nothing."""
    parts = [p for p in _SEPARATORS.split(title) if p.strip()]
    if len(parts) < 2:
        return [title]
    return [title, max(parts, key=lambda p: len(p.split()))]


def _pair_score(cited: str, title: str) -> float | None:
    a, b = fold(cited), fold(title)
    if not a or not b:
        return None
    sa, sb = script_of(a), script_of(b)
    if sa == sb or "other" in (sa, sb):
        return _sim(a, b)
    score = _sim(fold(transliterate(a)), fold(transliterate(b)))
    return score if score >= 0.6 else None  # translated: says nothing


def title_score(cited: str | None, titles: Sequence[str]) -> float | None:
    """Best similarity (0..1) of the cited title with any of the page's titles."""
    if not cited or not fold(cited):
        return None
    cited = _words_of_slug(cited)
    best: float | None = None
    for title in titles:
        for piece in _pieces(title):
            score = _pair_score(cited, piece)
            if score is not None:
                best = score if best is None else max(best, score)
    return best


def _names_an_article(titles: Sequence[tuple[str, str]]) -> bool:
    return any(where != "title" or len(fold(t).split()) >= 3 for where, t in titles)


def _in_opening_text(cited: str, text: str) -> bool:
    needle = fold(_words_of_slug(cited))
    hay = fold(text[:OPENING_CHARS])
    if len(needle) < 12 or not hay:
        return False
    if script_of(needle) != script_of(hay):
        needle, hay = fold(transliterate(needle)), fold(transliterate(hay))
    return fuzz.partial_ratio(needle, hay) >= TEXT_SUPPORT


def _support(cited: str, page: PageData) -> float:
    """Share of the cited title's content words found in the page's titles and lead
    (transliterated when the scripts differ)."""
    words = fold(_words_of_slug(cited))
    where = fold(" ".join([*page.all_titles(), page.text[:LEAD_CHARS]]))
    if script_of(words) != script_of(where):
        words, where = fold(transliterate(words)), fold(transliterate(where))
    mine = [w for w in _stems(words) if not w.isdigit()]
    if not mine:
        return 1.0
    theirs = set(_stems(where))
    return sum(w in theirs for w in mine) / len(mine)


_YEAR = lazy_compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")


def _metadata_differences(ref: Reference, page: PageData) -> list[tuple[str, str, str]]:
    """The cited author and year against the page's own, when both sides have them."""
    out: list[tuple[str, str, str]] = []
    if ref.authors and page.authors:
        mine = [s for a in ref.authors for s in ref_surnames(a)]
        theirs = [w for a in page.authors for w in re.split(r"[\s,]+", a) if len(w) > 1]
        if mine and theirs and not any(same_surname(m, t) for m in mine for t in theirs):
            out.append(("author", ref.authors[0], page.authors[0]))
    years = {int(m.group(1)) for d in page.dates for m in [_YEAR.search(d)] if m}
    if ref.year is not None and years and ref.year not in years:
        out.append(("date", str(ref.year), sorted(page.dates)[0]))
    return out


def _judge_one(ref: Reference, page: PageData) -> PageJudgement:
    titles, version, url, text = page.titles, page.version, page.url, page.text
    cited = ref.title or ""
    best_score: float | None = None
    best_title = titles[0][1] if titles else ""
    for _where, title in titles:
        score = title_score(cited, [title])
        if score is not None and (best_score is None or score > best_score):
            best_score, best_title = score, title
    if best_score is not None and best_score >= MATCH:
        diffs = tuple(_metadata_differences(ref, page))
        return PageJudgement(
            VerifyVerdict.PAGE_MATCHES, best_score, best_title, version, url, diffs, "title agrees"
        )
    if (
        best_score is not None
        and best_score <= MISMATCH
        and _names_an_article(titles)
        and _support(cited, page) <= SUPPORT_MAX
        and not _in_opening_text(cited, text)
    ):
        detail = f"the page is titled {best_title!r}, the reference names {cited!r}"
        return PageJudgement(
            VerifyVerdict.PAGE_MISMATCH, best_score, best_title, version, url, (), detail
        )
    if best_score is None:
        detail = "no page title comparable with the cited one (none, or another language)"
    else:
        detail = "the page's title is neither clearly the cited one nor clearly another"
    if best_score is not None and _in_opening_text(cited, text):
        return PageJudgement(
            VerifyVerdict.PAGE_MATCHES, best_score, best_title, version, url, (),
            "the cited title stands in the page's text",
        )  # fmt: skip
    return PageJudgement(
        VerifyVerdict.PAGE_INCONCLUSIVE, best_score, best_title, version, url, (), detail
    )


def judge_page(ref: Reference, pages: Sequence[PageData]) -> PageJudgement | None:
    """Judge the cited page from its known versions (live, archived); None without any."""
    if not pages or not ref.title:
        return None
    judged = [_judge_one(ref, p) for p in pages]
    for j in judged:
        if j.verdict is VerifyVerdict.PAGE_MATCHES:
            return j
    if all(j.verdict is VerifyVerdict.PAGE_MISMATCH for j in judged):
        return min(judged, key=lambda j: j.score or 0.0)
    return next(j for j in judged if j.verdict is VerifyVerdict.PAGE_INCONCLUSIVE)
