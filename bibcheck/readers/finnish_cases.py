"""The nominative of a family name that a Finnish sentence cites in another case.

Finnish declines a name cited in its sentence: ``Ahon (1990) tulkinta`` is Aho's,
``Virtasen ja Korhosen (2015) käyrä`` Virtanen's and Korhonen's, ``Smithin ym. (2004)
käsitys`` Smith's.  A name ending in a vowel takes the ending as it is (``Aho-n``,
``Aho-lla``; :mod:`.authoryear` matches those in any language); three kinds change
the name's end, and are read here, in a document known to be Finnish only:

- a name in ``-nen`` changes it to ``-se-`` before the ending (``Virtanen`` ->
  ``Virtasen``, ``Virtaselle``, ``Virtasesta``; ``Lappalainen`` -> ``Lappalaisen``);
- a name ending in a consonant, as foreign names do, takes ``-i-`` before the ending
  (``Berglund`` -> ``Berglundin``, ``Berglundia``; ``Smith`` -> ``Smithin``);
- a name in ``-i`` changes it to ``-e-`` (``Koski`` -> ``Kosken``, ``Niemi`` ->
  ``Niemen``; a change of the consonant before it, ``Lahti`` -> ``Lahden``, is not read).

Each candidate is a nominative the list may hold; the caller looks each up with the year.
"""

from __future__ import annotations

__all__ = ["nominatives"]

# the case endings a name's stem takes: genitive, the local cases, the translative, the
# essive and the partitive ("-a"/"-ä", after the "-i-" of a consonant's name only)
_ENDINGS = (
    *("n", "lla", "llä", "lle", "lta", "ltä", "sta", "stä", "ssa", "ssä", "ksi"),
    *("na", "nä"),
)
_PARTITIVE = ("a", "ä")
_VOWELS = frozenset("aeiouyäöå")
_MIN_STEM = 3  # letters of the name before its changed end


def nominatives(word: str) -> tuple[str, ...]:
    """The nominatives ``word`` may be a Finnish case of (see the module), none for a word
    with no such ending."""
    found: list[str] = []
    for ending in (*_ENDINGS, *_PARTITIVE):
        if not word.endswith(ending) or len(word) <= len(ending) + _MIN_STEM:
            continue
        stem = word[: -len(ending)]
        if ending not in _PARTITIVE and stem[-1] in _VOWELS:
            found.append(stem)  # "Aho-n" -> "Aho"
        if ending not in _PARTITIVE:
            if stem.endswith("se") and len(stem) > _MIN_STEM + 2:
                found.append(f"{stem[:-2]}nen")  # "Virtase-n" -> "Virtanen"
            if stem.endswith("e") and stem[-2:-1] not in _VOWELS:
                found.append(f"{stem[:-1]}i")  # "Koske-n" -> "Koski"
        if stem.endswith("i") and stem[-2:-1].isalpha() and stem[-2:-1] not in _VOWELS:
            found.append(stem[:-1])  # "Smithi-n" -> "Smith"
    return tuple(dict.fromkeys(found))
