"""A declined family name before the Slavic "and others": ``Laskara a kol. (2004)``.

Czech and Slovak sentences decline the first author's name before ``a kol.`` / ``a spol.``
as any noun ("podle řešení Laskara a kol. (2004)": Laskar's, genitive; "Novákovi a kol.",
dative; "s Novákem a kol.", instrumental; "Novákové a kol.", the genitive of Nováková),
and Polish ones before ``i in.`` / ``i wsp.`` ("według Nowaka i in. (2010)").  The
genitive ``-a`` of a name ending in a consonant is left out elsewhere
(:mod:`bibcheck.readers.slavic_cases`: "Martina" and "Pauli" are names of their own); the
Slavic words for "and others" after it say the sentence is Czech, Slovak or Polish, and
that the name is declined.  English text ("Smith et al.", "Costa et al.") is never read so.
:func:`declined_before_others` gives the nominatives the name may be declined from, longest
ending first; the caller takes one only when the list holds it with the year cited.
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile

__all__ = ["declined_before_others"]

# the Slavic "and others" right after the name ("a kol.", "a spol.", "i in.", "i wsp.")
_OTHERS = lazy_compile(r",?\s+(?:a\s+(?:kol|spol)|i\s+(?:in|wsp))\.?(?!\w)")
# (ending as cited, ending of the nominative), before "a kol." and the like: masculine
# genitive and accusative "-a", dative and locative "-ovi"/"-owi", instrumental "-em",
# "-iem"; feminine "-ová" in the genitive, dative, locative "-ové" (Slovak "-ovej") and
# the instrumental "-ovou"
_ENDINGS = (
    ("ovou", "ová"),
    ("ovej", "ová"),
    ("ové", "ová"),
    ("ovi", ""),
    ("owi", ""),
    ("iem", ""),
    ("em", ""),
    ("a", ""),
)
_MIN_STEM = 3
_VOWELS = frozenset("aeiouyáéíóúůýěąęó")


def declined_before_others(name: str, after: str) -> tuple[str, ...]:
    """The nominatives ``name`` may be declined from when ``after`` (the text right after
    it) opens with the Slavic "and others"; none otherwise."""
    if _OTHERS.match(after) is None:
        return ()
    return _bases(name, _ENDINGS)


def _bases(name: str, endings: tuple[tuple[str, str], ...]) -> tuple[str, ...]:
    found: list[str] = []
    for cited, base in endings:
        if not name.endswith(cited):
            continue
        stem = name[: len(name) - len(cited)]
        if len(stem) < _MIN_STEM or not stem[-1:].isalpha():
            continue
        if base == "" and stem[-1:].casefold() in _VOWELS:
            continue  # (a consonant's ending: "Costa" is no declined "Cost")
        found.append(stem + base)
    return tuple(dict.fromkeys(found))
