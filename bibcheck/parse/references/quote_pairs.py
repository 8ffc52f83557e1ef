"""The quotation marks titles are written in: one vocabulary of opening and closing marks.

A quoted title (an article's, a chapter's) is set off by the marks of its language:

* English “…” and ‘…’ (and the keyboard's "…"), the same marks Chinese writes in Latin text;
* German and Czech „…“ and ‚…‘, German and Danish »…« and ›…‹ (Swedish »…»);
* Polish, Hungarian, Romanian and Croatian „…” (or „…" closed with the keyboard's mark);
* French, Italian, Spanish, Russian «…» (French with spaces: « … ») and ‹…› (‹ … ›);
* Swedish and Finnish ”…” and ’…’;
* Chinese and Japanese 「…」 and 『…』.

:func:`spans` gives the patterns :func:`bibcheck.parse.references.fields.first_closed` looks
for a quoted span with, and :func:`unwrapped` takes the marks off a title they wholly enclose.
A typewriter's or a word processor's half-converted marks close a pair too (``"Title”``,
``“Title“``, ``‚Titel'``), as documents print them.

Parsers that test for "a quoted title here" in a pattern of their own take the marks from
:func:`openings`, :func:`closings` and :func:`marks` (the marks that double as apostrophes,
``’`` and ``'``, left out unless asked for), and French notes the guillemets French quotes
titles in from :data:`FRENCH`: no parser keeps its own set of quotation marks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache


@dataclass(frozen=True, slots=True)
class QuotePair:
    """An opening mark and the marks that can close it."""

    opening: str
    closing: str  # every mark that closes ``opening`` (German „ closes with “, Polish with ”)
    name: str


PAIRS: tuple[QuotePair, ...] = (
    QuotePair("“", '”“"', "English double"),
    QuotePair('"', '"”“', "typewriter double"),
    QuotePair("«", "»", "French guillemets"),
    QuotePair("„", '“”"', "low double (German, Czech, Polish, Hungarian, Romanian)"),
    QuotePair("”", "”", "Swedish and Finnish double"),
    QuotePair("‘", "’", "English single"),
    QuotePair("'", "'", "typewriter single"),
    QuotePair("‚", "‘’'", "low single (German, Czech)"),
    QuotePair("»", "«»", "German and Danish guillemets (Swedish »…»)"),
    QuotePair("›", "‹›", "German single guillemets"),
    QuotePair("‹", "›", "French single guillemets"),
    QuotePair("’", "’", "Swedish and Finnish single"),
    QuotePair("「", "」", "CJK corner brackets"),
    QuotePair("『", "』", "CJK white corner brackets"),
)

OPENINGS = "".join(p.opening for p in PAIRS)
CLOSINGS = "".join(sorted({c for p in PAIRS for c in p.closing}))
# the marks that double as apostrophes ("O’Brien’s", "l'Europe")
APOSTROPHES = "’'"
# the double marks of the European languages, English (“”), the typewriter's ("), the low
# double (German, Polish „) and the guillemets («»): a span in them is quoted in any style,
# whatever the language
_DOUBLE_PAIRS = tuple(p for p in PAIRS if p.opening in '“"„«')
DOUBLE_OPENINGS = "".join(p.opening for p in _DOUBLE_PAIRS)
DOUBLE_CLOSINGS = "".join(sorted({c for p in _DOUBLE_PAIRS for c in p.closing}))
DOUBLE = "".join(sorted({*DOUBLE_OPENINGS, *DOUBLE_CLOSINGS}))
# English double marks and the typewriter's, as English titles and phrases are quoted in:
# the opening marks (“ "), the closing marks (” "), the curly pair alone (“ ”) and all three;
# with the low double mark (German, Polish „) the curly marks a title is quoted in, and the
# guillemets (« ») alone
EN_OPENINGS = '“"'
EN_CLOSINGS = '”"'
EN_CURLY = "“”"
EN_DOUBLE = EN_CURLY + '"'
CURLY_LOW = EN_CURLY + "„"
GUILLEMETS = "«»"
# the low double mark and every mark that closes it: German, Czech and Polish „…“ / „…”, or
# „…" closed with the keyboard's mark
LOW_DOUBLE = "„" + EN_DOUBLE
# English and French double marks with the typewriter's, as a title quoted in either
# language opens (“ " «) and closes (” " »), and all five
EN_FR_OPENINGS = EN_OPENINGS + "«"
EN_FR_CLOSINGS = EN_CLOSINGS + "»"
EN_FR_DOUBLE = EN_DOUBLE + GUILLEMETS
# English single marks (‘ ’), and the marks a single-quoted title opens with (‘ and the
# typewriter's ')
EN_SINGLE = "‘’"
SINGLE_OPENINGS = "‘'"
# the marks a title quoted after its author's or body's name opens with: English double and
# single, the typewriter's, the low double, French guillemets (no mark that is also an
# apostrophe or a closing mark)
TITLE_OPENINGS = '“"„«‘'
# the guillemets French quotes a title in: « Titre » and ‹ Titre ›
FRENCH: tuple[QuotePair, ...] = tuple(p for p in PAIRS if p.name.startswith("French"))


def openings(*, apostrophes: bool = False) -> str:
    """Every opening mark (those that double as apostrophes only when asked for)."""
    return "".join(m for m in OPENINGS if apostrophes or m not in APOSTROPHES)


def closings(*, apostrophes: bool = False) -> str:
    """Every closing mark (those that double as apostrophes only when asked for)."""
    return "".join(m for m in CLOSINGS if apostrophes or m not in APOSTROPHES)


def marks(*, apostrophes: bool = False) -> str:
    """Every mark, opening or closing, in one string (for a pattern's character class)."""
    return "".join(sorted({*openings(apostrophes=apostrophes), *closings(apostrophes=apostrophes)}))


def pair_opened_by(mark: str) -> QuotePair | None:
    """The pair ``mark`` opens, or None."""
    return next((p for p in PAIRS if p.opening == mark), None)


def unwrapped(title: str | None) -> str | None:
    """``„Die Orgel im Dorf“`` -> ``Die Orgel im Dorf``: a title wholly enclosed in one pair
    of marks, with no other mark of that pair inside (``"Big data" and the "state"`` keeps
    its marks), loses them and the spaces French sets inside (``« Titre »``)."""
    if not title or len(title) < 3:
        return title
    for pair in PAIRS:
        if title[0] != pair.opening or title[-1] not in pair.closing:
            continue
        inner = title[1:-1]
        marks = {pair.opening, *pair.closing}
        if any(m in inner for m in marks):
            return title
        inner = inner.strip(" \u00a0\u202f,")
        return inner if len(inner) >= 2 else title
    return title


def spans(by_hand: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    """One pattern per pair whose opening mark is not in ``by_hand`` (the marks a caller
    writes its own patterns for): the span, group 1 its words, a comma or stop before the
    closing mark left out (Chicago's "“Title,”"), with the marks that close it."""
    found: list[tuple[re.Pattern[str], str]] = []
    for pair in PAIRS:
        if pair.opening in by_hand:
            continue
        marks = re.escape(pair.opening + pair.closing)
        close = f"[{re.escape(pair.closing)}]"
        # (a mark that is also an apostrophe opens only after a space or the start, and
        # closes only before no letter: "O’Brien’s" holds no quotation)
        before = r"(?<![^\W_])" if pair.opening in "’‚'" else ""
        after = r"(?![^\W\d_])" if set(pair.closing) & set("’‘'") else ""
        found.append(
            (
                re.compile(
                    rf"{before}{re.escape(pair.opening)}\s?([^{marks}]{{2,}}?)[,.]?\s?{close}{after}"
                ),
                pair.closing,
            )
        )
    return tuple(found)


def any_quoted(least: int) -> str:
    """A pattern (one group: the words) for a span in any pair's marks, at least ``least``
    characters long, holding no mark: the test "is something quoted here" prose and
    citations are told apart by.  A mark that is also an apostrophe (’ ') opens only after
    no letter and closes only before none: "the author’s own view isn’t" quotes nothing."""
    inner = marks(apostrophes=True)
    opening = rf"(?:[{re.escape(openings())}]|(?<![^\W_])[{APOSTROPHES}])"
    closing = rf"(?:[{re.escape(closings())}]|[{APOSTROPHES}](?![^\W\d_]))"
    return rf"{opening}([^{re.escape(inner)}]{{{least},}}+){closing}"


def leading(text: str) -> tuple[str, int] | None:
    """The title in any pair's marks at the start of ``text`` and where its closing mark
    ends (a comma or stop before that mark left out): ``»Titel«, in: …`` -> ("Titel", 7)."""
    if not text or text[0] not in OPENINGS:
        return None
    pair = pair_opened_by(text[0])
    if pair is None:
        return None
    m = _leading_pattern(pair).match(text)
    if m is None:
        return None
    words = m.group(1).strip(" \u00a0\u202f,.")
    return (words, m.end()) if len(words) >= 2 else None


@cache
def _leading_pattern(pair: QuotePair) -> re.Pattern[str]:
    marks = re.escape("".join(sorted({pair.opening, *pair.closing})))
    after = r"(?![^\W\d_])" if set(pair.closing) & set(APOSTROPHES + "‘") else ""
    close = re.escape(pair.closing)
    return re.compile(rf"{re.escape(pair.opening)}([^{marks}]{{2,300}})[{close}]{after}")
