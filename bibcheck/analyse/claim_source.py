"""``claim-source-mismatch``: a footnote whose claim fits a neighbour's source far better.

When footnotes are shifted by one (a marker lost, a definition inserted) or
two are swapped, each claim ends up "supported" by the wrong source.  Claims
and titles are compared as TF-IDF weighted bags of content words (lower-cased,
stop words dropped, crude stemming: plural ``s`` and a 7-letter prefix, so
"cooperation"/"cooperate" match), the IDF taken over the document's own
claims and titles; the score is their cosine, 0..1.

A claim and its own source's title usually share little (a claim quotes the
article, the title summarises it), so the rule is deliberately conservative.
Footnote *i* is flagged only when all of these hold:

* its claim scores below :data:`OWN_MAX` against its own source's title, and against its
  own note as written (the title may have been cut wrongly out of it);
* a footnote *j* at most :data:`REACH` positions away has a title scoring at
  least :data:`NEIGHBOUR_MIN` against claim *i*, and at least :data:`MARGIN`
  more than *i*'s own title;
* title *j* fits claim *i* better than it fits claim *j* (the source seems to
  belong here, not there), and fits claim *j* weakly (below :data:`NEIGHBOUR_OWN_MAX`):
  when notes are shifted or swapped, the neighbour's own pair is wrong too.  Two
  neighbouring claims on one subject ("the leakage index ranged from 2.1 to 9.6" and
  "an index above 8 is inefficient") whose second note names that subject are no shift.

Only notes that can be shifted take part: a numbered note defined apart from its marker.
A note named by a key (``[@smith2019]``, ``[RFC8767]``, ``[Goodman1955]_``, ``<ref
name=...>``-style names) or written where it is cited (``^[...]``, ``<ref>...</ref>``,
``\\footnote{...}``) cannot move to another sentence.  A title in another language than
the claim (a German title cited in an English sentence) shares no words with any claim,
so it is no evidence either way.

The finding is a **warning** carrying the scores as evidence so an editor can
judge.  On the sample manuscript no footnote meets these conditions (the best
neighbour scores there stay below 0.32).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from bibcheck.analyse.common import finding
from bibcheck.lazyre import lazy_compile
from bibcheck.model import Finding, FindingKind, Footnote, ParsedDocument, Severity
from bibcheck.text import title_key

OWN_MAX = 0.10
NEIGHBOUR_MIN = 0.35
MARGIN = 0.25
REACH = 2
NEIGHBOUR_OWN_MAX = 0.20

_STOP = frozenset(
    """a an the of in on and or to for with by at from as is are was were be been this that
    these those it its their his her our we they he she which who whom what when where how
    not no also has have had will would can could should may might than then there here into
    about over under between after before during more most such other all any each both few
    some very just only own same so too up out new two one""".split()
)
_WORD = lazy_compile(r"[^\W_]+")

Vector = dict[str, float]


def tokens(text: str) -> list[str]:
    """Content words, crudely stemmed (numbers dropped)."""
    out = []
    for word in _WORD.findall(text.lower()):
        if word in _STOP or len(word) < 3 or word.isdigit():
            continue  # numbers ("§ 3604", "2019") are no subject words
        if word.endswith("ies") and len(word) > 4:
            word = word[:-3] + "y"
        elif word.endswith("s") and not word.endswith("ss") and len(word) > 3:
            word = word[:-1]
        out.append(word[:7])
    return out


@dataclass(frozen=True, slots=True)
class Scorer:
    """TF-IDF cosine over a fixed corpus."""

    idf: dict[str, float]
    default_idf: float

    @classmethod
    def fit(cls, texts: Sequence[str]) -> Scorer:
        df = Counter(w for text in texts for w in set(tokens(text)))
        n = len(texts)
        idf = {w: math.log((n + 1) / (c + 1)) + 1 for w, c in df.items()}
        return cls(idf, math.log(n + 1) + 1)

    def vector(self, text: str) -> Vector:
        counts = Counter(tokens(text))
        vec = {w: (1 + math.log(c)) * self.idf.get(w, self.default_idf) for w, c in counts.items()}
        norm = math.sqrt(sum(x * x for x in vec.values())) or 1.0
        return {w: x / norm for w, x in vec.items()}


def cosine(a: Vector, b: Vector) -> float:
    if len(b) < len(a):
        a, b = b, a
    return sum(x * b.get(w, 0.0) for w, x in a.items())


def _claim(fn: Footnote) -> str:
    for marker in fn.markers:
        if marker.claim is not None and marker.claim.text:
            return marker.claim.text
    return ""


def claim_findings(doc: ParsedDocument) -> list[Finding]:
    """Footnotes whose claim fits a neighbouring footnote's source far better.

    Only real notes count: in a numeric style ("[1, 2]" citing a numbered list) a "note"
    is a list entry, its neighbours are the list's order, not the text's, and one claim
    may cite several entries."""
    listed = {e.number: " ".join(e.reference.raw.split()) for e in doc.literature}
    fns = [
        fn
        for fn in doc.footnotes
        if _claim(fn)
        and fn.reference.title
        and not _list_entry(fn, listed)
        and _movable(fn)
        and _language(fn.reference.title) in (None, _language(_claim(fn)))
    ]
    if len(fns) < 2:
        return []
    scorer = Scorer.fit([_claim(fn) for fn in fns] + [fn.reference.title or "" for fn in fns])
    claims = [scorer.vector(_claim(fn)) for fn in fns]
    titles = [scorer.vector(fn.reference.title or "") for fn in fns]
    notes = [scorer.vector(fn.reference.raw) for fn in fns]
    found = []
    for i, fn in enumerate(fns):
        if _names_own_author(fn):
            continue
        hit = _best_neighbour(fns, claims, titles, i, notes[i])
        if hit is not None:
            found.append(_finding(doc, fn, fns[hit[0]], *hit[1:]))
    return found


_NAME_WORD = lazy_compile(r"[^\W\d_]{3,}")


def _names_own_author(fn: Footnote) -> bool:
    """Does the claim name an author of its own source ("Elias held that …" before a note
    citing T O Elias)?  Such a note is where it belongs, whatever words the claim shares
    with a neighbour's title."""
    claim = set(_NAME_WORD.findall(_claim(fn)))
    return any(
        word[0].isupper() and word in claim
        for author in fn.reference.authors
        for word in _NAME_WORD.findall(author)
    )


def _movable(fn: Footnote) -> bool:
    """A numbered note defined apart from its markers: one a lost marker could shift."""
    if fn.number is None:
        return False  # a name ("smith2019", "RFC8767") stays with its citation
    end = max(fn.reference.end_line, fn.line)
    return not any(fn.line <= m.line <= end for m in fn.markers)


# Function words that tell the language of a title or a sentence apart.
_FUNCTION_WORDS = {
    "en": frozenset("the of and in on for with from to is are was by an".split()),
    "de": frozenset("der die das des dem den und im von zur zum mit für ist eine einer".split()),
    "fr": frozenset("le la les des du et dans une pour sur est au aux".split()),
    "es": frozenset("el los las del y en una por para con es al".split()),
    "ru": frozenset("и в во на по из для от при как что это не".split()),
}


def _language(text: str) -> str | None:
    """The language whose function words ``text`` uses most (None: no clear sign)."""
    words = _WORD.findall(text.lower())
    counts = {lang: sum(w in vocab for w in words) for lang, vocab in _FUNCTION_WORDS.items()}
    best = max(counts, key=lambda lang: counts[lang])
    ranked = sorted(counts.values(), reverse=True)
    return best if ranked[0] >= 2 and ranked[0] > ranked[1] else None


def _list_entry(fn: Footnote, listed: dict[int, str]) -> bool:
    """Is the "note" list entry n itself, cited by its number ("[n]")?"""
    number = fn.label.strip("[]")
    return (
        number.isdigit()
        and int(number) in listed
        and listed[int(number)] == " ".join(fn.reference.raw.split())
    )


def _best_neighbour(
    fns: Sequence[Footnote],
    claims: Sequence[Vector],
    titles: Sequence[Vector],
    i: int,
    note: Vector,
) -> tuple[int, float, float, float] | None:
    # (the claim against its own note as written too: a title cut wrongly out of the note,
    # "fac-similés phototypiques, t. I" for "Paléographie musicale. Les principaux
    # manuscrits…, t. I", must not make the note look moved)
    own = max(cosine(claims[i], titles[i]), cosine(claims[i], note))
    if own >= OWN_MAX:
        return None
    own_key = title_key(fns[i].reference.title)
    best: tuple[int, float, float, float] | None = None
    for j in range(max(0, i - REACH), min(len(fns), i + REACH + 1)):
        if j == i or title_key(fns[j].reference.title) == own_key:
            continue
        score = cosine(claims[i], titles[j])
        theirs = cosine(claims[j], titles[j])
        if (
            score >= NEIGHBOUR_MIN
            and score - own >= MARGIN
            and score > theirs
            and theirs < NEIGHBOUR_OWN_MAX
        ):
            if best is None or score > best[1]:
                best = (j, score, own, theirs)
    return best


def _finding(
    doc: ParsedDocument, fn: Footnote, other: Footnote, score: float, own: float, theirs: float
) -> Finding:
    marker_lines = [m.line for m in fn.markers]
    message = (
        f"the claim of footnote {fn.label} shares little with its source "
        f"{fn.reference.title!r} (score {own:.2f}) but fits the source of footnote "
        f"{other.label}, {other.reference.title!r}, far better (score {score:.2f}): "
        "the footnotes may be shifted or swapped"
    )
    return finding(
        FindingKind.CLAIM_SOURCE_MISMATCH,
        Severity.WARNING,
        message,
        doc=doc,
        suggestion=f"check that footnote {fn.label} is attached to the right sentence and cites "
        f"the right source",
        footnotes=[fn.label, other.label],
        lines=[*marker_lines, fn.reference.line, other.reference.line],
        evidence=[
            ("claim", _claim(fn)),
            ("own_score", own),
            ("neighbour", other.label),
            ("neighbour_score", score),
            ("neighbour_own_score", theirs),
        ],
    )
