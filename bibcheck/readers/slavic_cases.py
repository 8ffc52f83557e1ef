"""The nominative a declined family name cites, as Polish, Czech and Slovak sentences
decline the names they cite: "według Dolaty (2008)" cites Dolata, "u Kowalskiej (2019)"
Kowalska, "za Domańskim (2000)" and "według Domańskiego (2000)" Domański, "Nowakowi
(2010)" Nowak.

A name in ``-a`` changes its ending (genitive ``-y``/``-i``, dative and locative ``-ie``,
accusative ``-ę``, instrumental ``-ą``; a feminine adjectival name ``-ska`` → ``-skiej``);
an adjectival name in ``-ski``/``-cki``/``-dzki``/``-ny`` takes ``-ego``, ``-emu``, ``-im``;
a name ending in a consonant takes ``-owi`` or ``-iem``/``-em`` (the genitive ``-a`` and the
locative ``-u`` are left out: they make another name of many, "Martina", "Pauli").
:func:`nominatives` gives the forms a word may be declined from, longest ending first; the
caller takes one only when the list holds it (with the year cited), so an undeclined name is
never read as another.
"""

from __future__ import annotations

__all__ = ["nominatives"]

# (ending as cited, ending of the nominative): feminine and masculine names in "-a"
_A_NAMES = (("skiej", "ska"), ("ckiej", "cka"), ("dzkiej", "dzka"), ("ie", "a"), ("y", "a"))
_A_NAMES_MORE = (("ę", "a"), ("ą", "a"), ("i", "a"))
# adjectival names in "-ski", "-cki", "-dzki", "-ny" ("Domańskiego" → "Domański")
_ADJECTIVAL = (("iego", "i"), ("iemu", "i"), ("im", "i"), ("ego", "y"), ("emu", "y"), ("ym", "y"))
# names ending in a consonant ("Nowakowi", "Nowakiem" → "Nowak")
_CONSONANT = (("owi", ""), ("iem", ""), ("em", ""))
_MIN_STEM = 3
# "i" after these letters is a Polish genitive of a name in "-a" ("Kaliny" but "Wolskiej",
# "Zawiszy", "Olgi"): after k, g, l and the soft consonants
_I_AFTER = frozenset("kgljźćńśż")


def nominatives(word: str) -> tuple[str, ...]:
    """The nominatives ``word`` may be a declined form of (none for a word of no such
    ending)."""
    found: list[str] = []
    for cited, base in (*_A_NAMES, *_A_NAMES_MORE, *_ADJECTIVAL, *_CONSONANT):
        if not word.endswith(cited):
            continue
        stem = word[: len(word) - len(cited)]
        if len(stem) < _MIN_STEM or not stem[-1:].isalpha():
            continue
        if (cited, base) == ("i", "a") and stem[-1:] not in _I_AFTER:
            continue
        if base == "" and stem[-1:] in "aeiouyąęó":
            continue  # ("-owi", "-em" after a consonant only)
        found.append(stem + base)
    return tuple(dict.fromkeys(found))
