"""Compare a reference with a registered work, field by field (pure).

Every comparison answers ``True`` (agrees), ``False`` (clearly differs) or
``None`` (one side is missing, or they cannot be compared), so that a
missing field is never taken for a wrong one.  Comparisons fold what
citation styles change and keep what identifies a work:

* titles: case, punctuation, quotes, ``ё``, markup; a subtitle left out; a
  title in another script is transliterated (``Экономика`` ~ ``Ekonomika``)
  but a translated title cannot be compared and says nothing;
* surnames: transliteration systems differ (``Зайцев`` is ``Zaitsev`` or
  ``Zaytsev``, ``Юрьев`` ``Yuriev`` or ``Iur'ev``): both sides are folded
  to one skeleton before a fuzzy comparison;
* years: ``±1`` (online-first and print years differ);
* journals: abbreviations (``J. Sci. Policy`` ~ ``Journal of Science Policy``);
* pages: a pinpoint page inside the article's range agrees with the range.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference
from bibcheck.parse.years import YEAR
from bibcheck.text import transliterate
from bibcheck.verify.works import Work

__all__ = [
    "TITLE_EXACT",
    "TITLE_SAME",
    "Comparison",
    "authors_agree",
    "compare",
    "container_agrees",
    "fold",
    "number_agrees",
    "pages_agree",
    "ref_surnames",
    "same_surname",
    "script_of",
    "surname_key",
    "title_differs",
    "title_similarity",
    "year_agrees",
]

TITLE_SAME = 0.85  # title similarity from which two titles name the same work
TITLE_EXACT = 0.95  # below this a title that names the same work is reported as differing
_WORD = lazy_compile(r"[^\W_]+")
_QUOTES = str.maketrans({c: " " for c in "\"'«»“”„‘’‚`´"})


def fold(text: str | None) -> str:
    """Lower case, NFKC, ``ё`` -> ``е``, quotes and punctuation removed, spaces collapsed."""
    folded = unicodedata.normalize("NFKC", text or "").casefold().translate(_QUOTES)
    return " ".join(_WORD.findall(folded.replace("ё", "е")))


def script_of(text: str | None) -> str | None:
    """``latin``, ``cyrillic`` or ``other``: the script of most letters (None without any)."""
    counts: Counter[str] = Counter()
    for ch in text or "":
        if ch.isalpha():
            name = unicodedata.name(ch, "")
            kind = name.split(" ", 1)[0].lower() if name else "other"
            counts[kind if kind in ("latin", "cyrillic") else "other"] += 1
    return counts.most_common(1)[0][0] if counts else None


# --------------------------------------------------------------------------
# titles
# --------------------------------------------------------------------------


_TITLE_STOP = frozenset(
    "a an the of in on at to for and or with by from as into its their his her "
    "и в во на с со о об от до по к из за для под над при".split()
)


def _content(words: str) -> list[str]:
    return [w for w in words.split() if w not in _TITLE_STOP]


def _pair(a: str, b: str) -> float:
    """Similarity of two folded titles, 0..1: the lower of their character similarity
    and the overlap of their content words (a misspelt word still counts as the same
    word), so that two titles differing in one telling word ("Migration in ..." /
    "Competition in ...") are not taken for one."""
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    mine, theirs = _content(a), _content(b)
    short, long_ = (mine, theirs) if len(mine) <= len(theirs) else (theirs, mine)
    if len(short) >= 3 and long_[: len(short)] == short:
        return 0.98  # the subtitle left out (or added): the same title
    chars = max(fuzz.ratio(a, b), fuzz.token_sort_ratio(a, b)) / 100.0
    return min(chars, _word_overlap(mine, theirs))


def _word_overlap(mine: list[str], theirs: list[str]) -> float:
    """Dice coefficient of two word lists, a word matching a near-identical one."""
    if not mine or not theirs:
        return 0.0
    left = list(theirs)
    shared = 0
    for word in mine:
        for i, other in enumerate(left):
            if word == other or (len(word) > 3 and fuzz.ratio(word, other) >= 85):
                shared += 1
                del left[i]
                break
    return 2 * shared / (len(mine) + len(theirs))


def _comparable(cited: str, registered: str) -> tuple[str, str] | None:
    """Folded forms in one script; None when one is Latin and the other Cyrillic
    and the Latin one is not a transliteration (a translated title)."""
    a, b = fold(cited), fold(registered)
    sa, sb = script_of(a), script_of(b)
    if sa == sb or sa is None or sb is None:
        return a, b
    ta, tb = _skeleton_text(a), _skeleton_text(b)
    if _pair(ta, tb) >= 0.8:
        return ta, tb
    return None


def _skeleton_text(text: str) -> str:
    """A Latin skeleton of every word, so that transliteration systems agree."""
    return " ".join(surname_key(w) or w for w in fold(transliterate(text)).split())


def title_similarity(cited: str | None, registered: Iterable[str]) -> float | None:
    """Best similarity (0..1) of the cited title with any registered variant.

    None when nothing can be compared: no title on one side, or only titles in
    another script that are not transliterations of each other.
    """
    if not cited or not fold(cited):
        return None
    best: float | None = None
    for title in registered:
        pair = _comparable(cited, title)
        if pair is None:
            continue
        score = _pair(*pair)
        best = score if best is None else max(best, score)
    return best


def title_differs(cited: str, registered: Iterable[str]) -> bool:
    """Does the cited title say something else than every registered variant?

    Case, punctuation and small words aside, a word added, dropped or changed
    is a difference; a subtitle left out (or added) is not; titles in different
    scripts are never reported (a translation is not an error).
    """
    differs = False
    for title in registered:
        pair = _comparable(cited, title)
        if pair is None:
            continue
        a, b = (_content(x) for x in pair)
        if a == b:
            return False
        short, long_ = (a, b) if len(a) <= len(b) else (b, a)
        if len(short) >= 2 and long_[: len(short)] == short:
            return False  # the subtitle left out
        differs = True
    return differs


def title_in_text(text: str, registered: Iterable[str]) -> float | None:
    """How well a registered title (of at least 4 words) is found inside ``text``.

    Used on the raw reference when its title could not be parsed.
    """
    haystack = fold(text)
    best: float | None = None
    for title in registered:
        needle = fold(title)
        if len(needle.split()) < 4 or not haystack:
            continue
        if script_of(needle) != script_of(haystack):
            needle, hay = fold(transliterate(needle)), fold(transliterate(haystack))
        else:
            hay = haystack
        score = fuzz.partial_ratio(needle, hay) / 100.0
        best = score if best is None else max(best, score)
    return best


_LEADING_NAMES = lazy_compile(r"^(?:\s*[^\W\d_][\w'’-]+,?\s+(?:[^\W\d_]{1,2}\.\s*){1,3},?)+\s+")


def cited_titles(ref: Reference) -> list[str]:
    """The parsed title, and the same without author names glued in front of it
    (``Cook J., Powell J. Participation in ...``, when the parser missed the authors)."""
    if not ref.title:
        return []
    bare = _LEADING_NAMES.sub("", ref.title)
    return [ref.title, bare] if bare != ref.title and len(bare.split()) >= 2 else [ref.title]


def reference_title_score(ref: Reference, work: Work) -> float | None:
    """Title similarity of ``ref`` and ``work``, falling back on the raw text."""
    scores = [s for s in (title_similarity(t, work.titles) for t in cited_titles(ref)) if s]
    score = max(scores) if scores else title_similarity(ref.title, work.titles)
    if score is not None and score >= 0.97:
        return score
    raw = title_in_text(ref.raw, work.titles)
    if raw is not None and raw >= 0.95:
        return max(score or 0.0, raw)
    return score


# --------------------------------------------------------------------------
# people
# --------------------------------------------------------------------------

_INITIAL = lazy_compile(r"^(?:[^\W\d_]{1,2}\.)+$|^[^\W\d_]$")
_SKELETON = [
    ("shch", "sc"), ("sch", "sc"), ("kh", "h"), ("ts", "c"), ("tz", "c"), ("zh", "j"),
    ("yu", "u"), ("iu", "u"), ("ju", "u"), ("ya", "a"), ("ia", "a"), ("ja", "a"),
    ("ye", "e"), ("je", "e"), ("w", "v"), ("x", "ks"), ("y", "i"), ("j", "i"), ("io", "e"),
]  # fmt: skip
_ENDINGS = lazy_compile(r"(?:ii|iy|yi|yj|ij|y|i)$")


def surname_key(name: str) -> str:
    """A skeleton of a surname that transliteration systems agree on."""
    latin = transliterate(unicodedata.normalize("NFKC", name)).lower()
    letters = "".join(ch for ch in latin if ch.isalpha())
    letters = _ENDINGS.sub("i", letters)
    for old, new in _SKELETON:
        letters = letters.replace(old, new)
    return re.sub(r"(.)\1+", r"\1", letters)


def _name_words(name: str) -> list[str]:
    return [w for w in re.split(r"[\s,]+", name.strip()) if w and not _INITIAL.match(w)]


def ref_surnames(author: str) -> list[str]:
    """Surname candidates of one author as written (``Smith, J. A.``, ``J. Smith``,
    ``Иванов И. И.``, ``John Smith``): the part before a comma, else every word
    that is not an initial."""
    author = author.strip()
    if not author:
        return []
    if "," in author:
        head = author.split(",", 1)[0]
        words = _name_words(head)
        if words:
            return words
    words = [w.strip(".") for w in _name_words(author)]
    return [w for w in words if len(w) > 1]


def _work_surnames(person: tuple[str, str]) -> list[str]:
    family, given = person
    if family:
        return [family, *family.replace("-", " ").split()]
    return [w for w in _name_words(given) if len(w.strip(".")) > 1]  # a display name


def same_surname(a: str, b: str) -> bool:
    ka, kb = surname_key(a), surname_key(b)
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    return min(len(ka), len(kb)) >= 4 and fuzz.ratio(ka, kb) >= 85


_LEADING_NAME = lazy_compile(r"^\s*([^\W\d_][\w'’-]+),?\s+[^\W\d_]{1,2}\.")


def authors_agree(ref: Reference, work: Work) -> bool | None:
    """Does the first author of ``ref`` agree with the first author of ``work``?

    Falls back on the raw text when the reference lists no author: the work's
    first surname must then stand among the reference's first words.
    """
    first = work.first_author
    if first is None:
        return None
    theirs = _work_surnames(first)
    if not theirs:
        return None
    if ref.authors:
        mine = ref_surnames(ref.authors[0])
        if mine:
            return any(same_surname(m, t) for m in mine for t in theirs)
    words = _WORD.findall(ref.raw)[:6]
    if not words:
        return None
    if any(same_surname(w, t) for w in words for t in theirs if len(w) > 2):
        return True
    named = _LEADING_NAME.match(ref.raw)  # "McDonald, C." / "Long M." / "Иванов И."
    return False if named else None


# --------------------------------------------------------------------------
# year, journal, numbers, pages
# --------------------------------------------------------------------------

_YEAR = lazy_compile(rf"(?<!\d)({YEAR})(?!\d)")


def reference_year(ref: Reference) -> int | None:
    """The parsed year, else the only four-digit year in the raw text."""
    if ref.year is not None:
        return ref.year
    years = set(_YEAR.findall(ref.raw))
    return int(years.pop()) if len(years) == 1 else None


def year_agrees(year: int | None, work: Work) -> bool | None:
    """Within one year of any date of the work (issued, print, online)."""
    if year is None or not work.years:
        return None
    return min(abs(year - y) for y in work.years) <= 1


def year_differs(year: int | None, work: Work) -> bool:
    """Is the cited year worth reporting as wrong?  More than a year off, or a
    year off when the work's print and online years are both known and neither
    is the one cited."""
    if year is None or not work.years or year in work.years:
        return False
    gap = min(abs(year - y) for y in work.years)
    return gap > 1 or (gap == 1 and len(work.years) >= 2)


_STOP = frozenset("of the and for in on a an de la le der die das und des du et i".split())


def _abbreviates(short: list[str], full: list[str]) -> bool:
    """Every word of ``short`` is a prefix of a later word of ``full``, in order,
    and every skipped word of ``full`` is a stop word."""
    j = 0
    for word in short:
        while j < len(full) and not full[j].startswith(word):
            if full[j] not in _STOP:
                return False
            j += 1
        if j == len(full):
            return False
        j += 1
    return all(w in _STOP for w in full[j:])


def container_agrees(cited: str | None, containers: Sequence[str]) -> bool | None:
    """Journal or book title agreement, abbreviations allowed."""
    if not cited or not fold(cited) or not containers:
        return None
    compared = False
    for name in containers:
        pair = _comparable(cited, name)
        if pair is None:
            continue
        compared = True
        a, b = pair
        if a == b or fuzz.ratio(a, b) >= 85 or fuzz.token_sort_ratio(a, b) >= 90:
            return True
        sa, sb = a.split(), b.split()
        if _abbreviates(sa, sb) or _abbreviates(sb, sa):
            return True
    return False if compared else None


_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}


def _number(text: str | None) -> int | None:
    if not text:
        return None
    m = re.search(r"\d+", text)
    if m:
        return int(m.group())
    word = text.strip().strip(".").lower()
    if word and all(ch in _ROMAN for ch in word):
        total = 0
        for i, ch in enumerate(word):
            value = _ROMAN[ch]
            total += -value if i + 1 < len(word) and _ROMAN[word[i + 1]] > value else value
        return total
    return None


def number_agrees(cited: str | None, registered: str | None) -> bool | None:
    """Volume or issue numbers (``12``, ``Т. 12``, ``XII``) agree."""
    a, b = _number(cited), _number(registered)
    if a is None or b is None:
        return None
    return a == b


_PAGE_RANGE = lazy_compile(r"([A-Za-z]?\d+)\s*(?:[-–—‒]\s*([A-Za-z]?\d+))?")


def _page_range(text: str | None) -> tuple[int, int] | None:
    if not text:
        return None
    m = _PAGE_RANGE.search(text)
    if not m:
        return None
    first = int(re.sub(r"\D", "", m.group(1)))
    last_text = m.group(2)
    last = int(re.sub(r"\D", "", last_text)) if last_text else first
    if last < first:  # 123-45 means 123-145
        digits = str(last)
        last = int(str(first)[: -len(digits)] + digits) if len(digits) < len(str(first)) else first
    return first, max(first, last)


def pages_agree(cited: str | None, registered: str | None) -> bool | None:
    """Same first page, or the cited pages (a pinpoint) inside the article's range."""
    a, b = _page_range(cited), _page_range(registered)
    if a is None or b is None:
        return None
    if a[0] == b[0]:
        return True
    return b[0] <= a[0] and a[1] <= b[1]


# --------------------------------------------------------------------------
# a whole reference against a whole work
# --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Comparison:
    """How ``ref`` compares with ``work``."""

    work: Work
    title: float | None  # 0..1, None when it cannot be compared
    author: bool | None
    year: bool | None
    container: bool | None
    volume: bool | None
    pages: bool | None

    @property
    def title_same(self) -> bool:
        return self.title is not None and self.title >= TITLE_SAME

    @property
    def title_different(self) -> bool:
        return self.title is not None and self.title < 0.5


_URLISH = lazy_compile(r"https?://\S+|\b10\.\d{4,9}/\S+", re.IGNORECASE)
_VOL_ISSUE_PAGES = lazy_compile(
    r"(?<![\d.])(\d{1,4})\s*\((\d{1,4}(?:[-–]\d{1,4})?)\)\s*[:,]?\s*(?:pp?\.\s*)?"
    r"(\d{1,6})(?:\s*[-–—]\s*(\d{1,6}))?"
)
_VOLUME = lazy_compile(r"(?:\bvol\.?|\bvolume|\bТ\.|\bтом)\s*(\d{1,4})", re.IGNORECASE)
_ISSUE = lazy_compile(r"(?:\bno\.?|\bissue|№|\bвып\.)\s*(\d{1,4})", re.IGNORECASE)
_PAGES = lazy_compile(
    r"(?:\bpp?\.|\bС\.|\bс\.|\bpages?)\s*(\d{1,6}(?:\s*[-–—]\s*\d{1,6})?)", re.IGNORECASE
)


_JOURNAL_AFTER_QUOTE = lazy_compile(  # Chicago: "Title." Journal Name 12 (3): 45–60.
    r"[\"”»]\s*[.,]?\s+([^\W\d_][^\"“”«»\d]{3,120}?)[,.]?\s+(?:vol\.\s*)?\d{1,4}\s*[(,:]"
)


def with_raw_fields(ref: Reference) -> Reference:
    """``ref`` with volume, issue, pages (and a journal after a quoted title) read from
    its raw text where the parser left them empty: ``12(3), 45–60``,
    ``vol. 12, no. 3, pp. 45–60``, ``Т. 12, № 3. С. 45–60``."""
    if ref.volume and ref.pages:
        return ref
    raw = _URLISH.sub(" ", ref.raw)
    found: dict[str, str] = {}
    m = _VOL_ISSUE_PAGES.search(raw)
    if m:
        found = {"volume": m.group(1), "issue": m.group(2), "pages": m.group(3)}
        if m.group(4):
            found["pages"] = f"{m.group(3)}–{m.group(4)}"
    for name, pattern in (("volume", _VOLUME), ("issue", _ISSUE), ("pages", _PAGES)):
        if name not in found and (m := pattern.search(raw)):
            found[name] = m.group(1)
    if not ref.host and (m := _JOURNAL_AFTER_QUOTE.search(raw)):
        found["host"] = m.group(1).strip(" ,.")
    if not any(not getattr(ref, k) for k in found):
        return ref
    return dataclasses.replace(
        ref,
        volume=ref.volume or found.get("volume"),
        issue=ref.issue or found.get("issue"),
        pages=ref.pages or found.get("pages"),
        host=ref.host or found.get("host"),
    )


def compare(ref: Reference, work: Work) -> Comparison:
    ref = with_raw_fields(ref)
    return Comparison(
        work=work,
        title=reference_title_score(ref, work),
        author=authors_agree(ref, work),
        year=year_agrees(reference_year(ref), work),
        container=container_agrees(ref.host, work.containers),
        volume=number_agrees(ref.volume, work.volume),
        pages=pages_agree(ref.pages, work.pages),
    )


def _first_author_text(work: Work) -> str:
    first = work.first_author
    if first is None:
        return ""
    family, given = first
    return f"{family}, {given}".strip(", ") if family else given


def cited_first_author(ref: Reference) -> str:
    """The first author as cited: parsed, else the name the raw reference starts with."""
    if ref.authors:
        return ref.authors[0]
    named = _LEADING_NAME.match(ref.raw)
    return named.group(0).strip() if named else ""


def differences(ref: Reference, cmp: Comparison) -> list[tuple[str, str, str]]:
    """``(field, as cited, as registered)`` for each field that clearly differs."""
    ref = with_raw_fields(ref)
    work = cmp.work
    out: list[tuple[str, str, str]] = []
    if ref.title and cmp.title is not None and title_differs(cited_titles(ref)[-1], work.titles):
        in_raw = title_in_text(ref.raw, work.titles)  # the parse missed, the text has it
        if in_raw is None or in_raw < TITLE_EXACT:
            out.append(("title", cited_titles(ref)[-1], work.title))
    if cmp.author is False and cited_first_author(ref):
        out.append(("author", cited_first_author(ref), _first_author_text(work)))
    year = reference_year(ref)
    if year_differs(year, work):
        out.append(("year", str(year), "/".join(str(y) for y in sorted(set(work.years)))))
    if cmp.container is False and ref.host:
        out.append(("container", ref.host, work.containers[0]))
    if cmp.volume is False:
        out.append(("volume", ref.volume or "", work.volume))
    if number_agrees(ref.issue, work.issue) is False and _plain(ref.issue) and _plain(work.issue):
        out.append(("issue", ref.issue or "", work.issue))
    if cmp.pages is False:
        out.append(("pages", ref.pages or "", work.pages))
    return out


def _plain(text: str | None) -> bool:
    return bool(text) and bool(re.fullmatch(r"\s*\d+\s*", text or ""))
