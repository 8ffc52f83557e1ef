"""The words a reference writes in a year's place for a work with no date or not yet out.

One list, read twice: :mod:`bibcheck.parse.references.year_place` finds them in a list
entry's year's place (``Rossi, M. (in stampa). Titolo``) and reads the entry as undated;
:mod:`bibcheck.readers.citenames` finds them in a citation in running text (``(Rossi, in
stampa)``) and links it to that entry.  A word added here is read in both places.

* No date, abbreviated: English ``n.d.``; Portuguese, Spanish, Italian and French ``s.d.``;
  Spanish ``s.f.`` (*sin fecha*); Dutch ``z.j.``; Turkish ``t.y.``; German ``o.J.``;
  Norwegian, Danish and Swedish ``u.å.`` (*uten/uden/utan år*); Russian ``б.г.``; Czech,
  Slovak and Polish ``b.r.``, Polish ``b.d.`` (*bez daty*); Hungarian ``é.n.``; Latin
  ``s.a.`` (*sine anno*) (a space after the first stop or none; in lower case only, so
  never the initials "B. D." nor a company's "S.A."; never before a number: "s.a. 1066" is
  a chronicle's *sub anno*).  Read by every parser that reads a year's place: the list
  entry's (:mod:`.year_place`), the Central European list's year before its colon
  (:mod:`.colon_year`), a publisher's line (``Kraków: Znak, b.d.``,
  :func:`~bibcheck.parse.references.shared.place_publisher`), a year field
  (:mod:`.fields`, :mod:`.wikicite`) and a citation in running text
  (:mod:`bibcheck.readers.citenames`).
* Not yet published, in words: English ``in press``, ``forthcoming``; Dutch ``te
  verschijnen``, ``ter perse``; German ``im Druck``; Portuguese ``no prelo``; Spanish ``en
  prensa``; French ``sous presse``, ``à paraître``; Italian ``in stampa``, ``in corso di
  stampa``; Turkish ``baskıda``.
* A stage before print, in English, as a manuscript cites its authors' own work in the
  year's place (``Rossi, M. (in preparation)``, ``(Rossi & Berg, submitted)``,
  ``(provisionally accepted)``): each stage its own kind (:data:`STAGE_WORDS`), so that
  ``(Rossi, in preparation)`` finds the ``in preparation`` entry, not another work of the
  same author ``submitted`` or ``in press``.
* A work sent to a journal, in the languages cited (:data:`STAGES`, of which English is
  :data:`STAGE_WORDS`): ``soumis à``, ``submetido ao``, ``sometido a``, ``sottoposto a``,
  ``eingereicht bei``, ``under review at``; read after a comma-form entry's title
  (:mod:`.commatails`) and around a Vancouver entry's journal (:mod:`.pendingjournal`).

A year field's whole value (a BibTeX ``year``, a CSL ``issued``, a wiki template's
``date``) is read by two more lists, each built on these (:func:`field_status`): that of
:mod:`bibcheck.parse.references.fields` (these, the no-date words spelled out,
:data:`NO_DATE_PHRASES`, and the stages before print: "submitted", "under review", …) and
that of :mod:`bibcheck.parse.references.wikicite` (the no-date words alone).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass

from bibcheck.lazyre import lazy_compile

__all__ = [
    "IN_PRESS_WORDS",
    "abbreviations",
    "NO_DATE",
    "NO_DATE_PHRASES",
    "NO_DATE_WORDS",
    "SEE_ALSO_WORDS",
    "SENT_STAGES",
    "STAGES",
    "STAGE_WORDS",
    "StageWords",
    "field_status",
    "in_press_word",
    "list_status",
    "sent_pattern",
    "sent_words",
    "stage_key",
    "text_status",
]

# "n.d." itself: the form every other no-date word is read as
NO_DATE = "n.d."
# the abbreviations for "no date", as written (their letters' case is part of them: "o.J.",
# not "O.j."; so "b.d." and "s.a." are never the initials "B. D." or a company's "S.A."); a
# space may follow the first stop ("n. d.", "б. г."); Czech, Slovak and Polish "b. r." (bez
# roku), Polish "b. d." (bez daty), Hungarian "é. n." (év nélkül), Latin "s. a." (sine
# anno, which Italian and Spanish lists write too: senza/sin año)
NO_DATE_WORDS = (
    NO_DATE,
    "s.d.",
    "s.f.",
    "z.j.",
    "t.y.",
    "o.J.",
    "u.å.",
    "б.г.",
    "b.r.",
    "b.d.",
    "é.n.",
    "s.a.",
)
# the no-date words that are another word too: German "s. a." (*siehe auch*, "see also":
# "Müller, Geschichte, s. a. Schmidt, …"), which a note writes after a comma; bare after a
# comma these are not read as no date (in parentheses, before a colon or after the names'
# full stop they are)
SEE_ALSO_WORDS = ("s.a.",)
# "no date" spelled out, as a year field holds it: English, French, Spanish, German,
# Russian; and "nd", "n.d." without its stops (as Wikipedia's citation templates accept it)
NO_DATE_PHRASES = ("no date", "undated", "nd", "sans date", "sin fecha", "ohne Jahr", "без даты")
# the words for "not yet published", as written in the middle of a sentence
IN_PRESS_WORDS = (
    "in press",
    "forthcoming",
    "te verschijnen",
    "ter perse",
    "im Druck",
    "no prelo",
    "en prensa",
    "sous presse",
    "à paraître",
    "in stampa",
    "in corso di stampa",
    "baskıda",
)


@dataclass(frozen=True, slots=True)
class StageWords:
    """One language's words for the stages before print, each with the stage it is read
    as (its synonyms one stage: "in prep." is "in preparation"), and the words after them
    that name where the work was sent ("submitted to", "soumis à", "eingereicht bei")."""

    language: str
    words: Mapping[str, str]
    to: tuple[str, ...] = ()


# The stages before print, in the languages cited: one vocabulary, read in three places.
# A year's place reads the English words (:data:`STAGE_WORDS`), in a list entry and in a
# citation; the words for a work sent to a journal (:data:`SENT_STAGES`), in every
# language, are read after a comma-form entry's title ("« Titre », soumis à la Revue X":
# :mod:`.commatails`) and before the journal a Vancouver entry names ("Submetido à Rev
# Bras Enferm.": :mod:`.pendingjournal`).
STAGES = (
    StageWords(
        "en",
        {
            "in preparation": "in preparation",
            "in prep.": "in preparation",
            "submitted": "submitted",
            "submitted for publication": "submitted",
            "in submission": "submitted",
            "under review": "under review",
            "under revision": "under review",
            "in revision": "under review",
            "accepted": "accepted",
            "accepted for publication": "accepted",
            "provisionally accepted": "accepted",
            "conditionally accepted": "accepted",
        },
        ("to", "at", "in", "with"),
    ),
    StageWords(
        "fr",
        {
            "soumis": "submitted",
            "soumise": "submitted",
            "accepté": "accepted",
            "accepte": "accepted",
            "en révision": "under review",
            "en revision": "under review",
            "en évaluation": "under review",
            "en evaluation": "under review",
            "sous evaluation": "under review",
        },
        ("à", "au", "aux", "pour", "en"),
    ),
    StageWords(
        "pt",
        {
            "submetido": "submitted",
            "submetida": "submitted",
            "enviado": "submitted",
            "enviada": "submitted",
            "aceito": "accepted",
            "em avaliação": "under review",
            "em avaliacao": "under review",
        },
        ("à", "ao", "a", "para"),
    ),
    StageWords(
        "es",
        {
            "sometido": "submitted",
            "sometida": "submitted",
            "enviado": "submitted",
            "enviada": "submitted",
            "aceptado": "accepted",
        },
        ("a", "para"),
    ),
    StageWords(
        "it", {"inviato": "submitted", "sottoposto": "submitted", "accettato": "accepted"}, ("a",)
    ),
    StageWords("de", {"eingereicht": "submitted"}, ("bei",)),
)
# the stages before print as a manuscript writes them in a year's place (English)
STAGE_WORDS = STAGES[0].words
# the stages of a work sent to a journal (not one still in preparation)
SENT_STAGES = frozenset({"submitted", "under review", "accepted"})


def sent_words(stages: Collection[str] = SENT_STAGES) -> tuple[str, ...]:
    """The words, in every language of :data:`STAGES`, for the ``stages`` of a work sent
    to a journal (each once)."""
    return tuple(
        dict.fromkeys(w for lang in STAGES for w, stage in lang.words.items() if stage in stages)
    )


def sent_pattern(stages: Collection[str] = SENT_STAGES) -> str:
    """:func:`sent_words` as alternatives, the longest first, each space any white space."""
    return _words(sent_words(stages))


# (a number after the word: no date's place but a chronicle's year, "s.a. 1066" (sub anno),
# or a page)
_NO_NUMBER = r"(?!\s?\d)"


def _abbreviation(word: str, *, last_stop: bool = True) -> str:
    """``n.d.`` as a pattern: ``n\\.\\s?d\\.``, no number after it (``s.a. 1066`` is
    *sub anno*, a chronicle's year); without ``last_stop``, its last stop optional
    (``n\\.\\s?d\\.?``)."""
    first, _, rest = word.partition(".")
    if not last_stop and rest.endswith("."):
        return rf"{re.escape(first)}\.\s?{re.escape(rest[:-1])}\.?{_NO_NUMBER}"
    return rf"{re.escape(first)}\.\s?{re.escape(rest)}{_NO_NUMBER}"


def _spaced(text: str) -> str:
    """``text`` as a pattern, each space any one white space."""
    return r"\s".join(map(re.escape, text.split(" ")))


def abbreviations(words: tuple[str, ...]) -> str:
    """``words`` (abbreviations as :data:`NO_DATE_WORDS` writes them) as alternatives of a
    pattern, a space allowed after the first stop (``b. r.``)."""
    return "|".join(map(_abbreviation, words))


def _words(words: tuple[str, ...]) -> str:
    """``words`` as alternatives, the longest first."""
    return "|".join(map(_spaced, sorted(words, key=len, reverse=True)))


def _capitalised(word: str) -> str:
    """``word`` as a pattern whose first letter may be a capital too (``Te verschijnen``
    opening a sentence of its own: ``[Tt]e\\sverschijnen``)."""
    head, tail = word[0], word[1:]
    return f"[{head.upper()}{head.lower()}]{_spaced(tail)}"


def text_status() -> str:
    """The pattern of a date word in a citation in running text: an abbreviation as
    written, a not-yet-published word in any case (``In Press``) standing alone."""
    words = _words((*IN_PRESS_WORDS, *STAGE_WORDS))
    return rf"(?:{abbreviations(NO_DATE_WORDS)})|(?<![\w.])(?i:{words})(?![\w])"


def list_status(*, without: tuple[str, ...] = ()) -> str:
    """The pattern of a date word in a list entry's year's place: an abbreviation as
    written, a not-yet-published word with its first letter in either case (``Im Druck``,
    but not ``IN PRESS`` in a title in capitals).  ``n.d.`` is no part of it: it is what
    the others are read as; nor are the abbreviations ``without`` names."""
    abbreviations = [_abbreviation(w) for w in NO_DATE_WORDS if w != NO_DATE and w not in without]
    written = sorted((*IN_PRESS_WORDS, *STAGE_WORDS), key=len, reverse=True)
    words = [_capitalised(w) for w in written]
    return f"(?:{'|'.join(abbreviations + words)})"


def field_status(abbreviations: tuple[str, ...], words: tuple[str, ...]) -> str:
    """The pattern of a year field's whole value that is one of ``abbreviations`` (each its
    last stop optional: ``s.f``, ``o. J``) or of ``words`` (each space any white space), to
    be matched whole and in any case (a field is often written in capitals)."""
    abbreviated = [_abbreviation(w, last_stop=False) for w in abbreviations]
    return f"(?:{'|'.join([*abbreviated, _words(words)] if words else abbreviated)})"


_IN_PRESS = lazy_compile(_words(IN_PRESS_WORDS), re.IGNORECASE)


def in_press_word(word: str) -> bool:
    """``word`` is one of the words for a work not yet published (``im Druck``,
    ``Baskıda``, ``in corso di stampa``), in any case, its spaces any white space."""
    return _IN_PRESS.fullmatch(" ".join(word.split())) is not None


_STAGES = {" ".join(w.split()).casefold(): stage for w, stage in STAGE_WORDS.items()}


def stage_key(word: str) -> str | None:
    """The stage before print ``word`` names (:data:`STAGE_WORDS`: ``In Preparation`` and
    ``in prep.`` are ``in preparation``), in any case, its spaces any white space; None
    when it names none."""
    return _STAGES.get(" ".join(word.split()).casefold())
