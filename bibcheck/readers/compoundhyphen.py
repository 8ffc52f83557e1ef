"""Is a hyphen at a line end, between two lower-case parts, a compound's own hyphen?

A typesetter breaks a word between syllables and adds a hyphen that is not the word's
(``Schiff-`` / ``fahrt`` is *Schifffahrt*); a compound written with a hyphen may be broken
at it (``cross-`` / ``sectional`` is *cross-sectional*).  Where the part after the break
starts with a capital or a digit the hyphen is the word's
(:func:`~bibcheck.readers.linewrap.line_end_hyphen` says so); between two lower-case
parts the shape of the parts tells, in the languages where that shape is written:

- a first element that forms compounds with a hyphen (English ``self-``, ``cross-``,
  ``well-``, ``all-``, ``non-``, ``post-``; French ``arrière-``, ``après-``, ``demi-``), the part
  after it a word of its own: four letters or more, not an ending (``cross-`` / ``ing``,
  ``self-`` / ``ishness`` are typesetters' breaks), not one of the few words the language
  writes joined (``non-`` / ``sense``);
- a word said twice (Indonesian and Malay plurals and reduplications: ``anak-`` /
  ``anak``, ``sehari-`` / ``hari``, ``bermain-`` / ``main``; English ``so-so``): a
  typesetter's break never repeats the syllables before it;
- a pronoun or particle a hyphen joins to the verb or word before it (French ``peut-`` /
  ``être``, ``est-`` / ``ce``, ``celle-`` / ``ci``, ``c'est-`` / ``à-dire``; Portuguese
  ``trata-`` / ``se``, ``fazê-`` / ``lo``): too short, or written with an accent no
  syllable split leaves there;
- two adjectives of one kind put together (German ``deutsch-`` / ``französische``,
  ``politisch-`` / ``ökonomisch``; Spanish, Portuguese and Italian ``teórico-`` /
  ``práctico``, ``político-`` / ``social``: a first element in ``-ico`` that keeps its
  written accent is a word of its own, since a word joined into a compound loses it).

``language`` (an ISO 639-1 code, when the caller knows the document's body's:
:mod:`.bodylanguage`) leaves out the first elements of other languages that open words
the document's language writes joined -- English ``all-``, ``post-``, ``non-``, ``ill-`` in
a German or French text (``all-`` / ``gemeinen`` is *allgemeinen*, ``post-`` / ``face``
*postface*, ``ill-`` / ``usion`` *illusion*), French ``demi-``, ``vice-`` in an English one
(``demi-`` / ``urge`` is *demiurge*) -- while the other elements stay asked, since a
reference list cites titles in other languages (``cross-`` / ``sectional`` in a German
text's English title).  The particles, the doubled words and the paired adjectives are
asked in any language: their shapes are no other language's words.  Without it every
language's shapes are asked.  Deterministic, offline, constant time per break.
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile

__all__ = ["compound_heads", "compound_hyphen"]

# first elements written with a hyphen before a word of their own, by language, each
# marked whether a break after it in lower case is the compound's hyphen ("firm":
# "cross-" / "sectional") or not ("loose": the element also opens words written joined,
# "cooperate", "prevent", "antibody", where a typesetter breaks it): one table for both
# readers of it (:func:`compound_heads`; :mod:`.typedhyphen` asks for every English one)
_FIRM, _LOOSE = True, False
_COMPOUND_HEADS: dict[str, dict[str, bool]] = {
    "en": dict.fromkeys("cross self well ill non post half quasi all".split(), _FIRM)
    | dict.fromkeys(
        """co ex anti pre multi semi socio long short high low full part pseudo neo
        mid""".split(),
        _LOOSE,
    ),
    "fr": dict.fromkeys("arrière après demi vice avant".split(), _FIRM),
}


def compound_heads(language: str, *, loose: bool = False) -> frozenset[str]:
    """The first elements ``language`` writes with a hyphen before a word of their own:
    the firm ones (see :data:`_COMPOUND_HEADS`), the loose ones too when ``loose``."""
    table = _COMPOUND_HEADS.get(language, {})
    return frozenset(head for head, firm in table.items() if firm or loose)


_HEADS: dict[str, frozenset[str]] = {
    language: compound_heads(language) for language in _COMPOUND_HEADS
}
_ALL_HEADS = frozenset().union(*_HEADS.values())
# other languages' first elements that open words a language writes joined: German
# "allgemein", "postalisch", "nonverbal", "illegal"; French "allemand", "postface",
# "nonobstant", "illusion"; Italian "allegro", "nonostante", "postale"; Dutch "allemaal",
# "postbode", "illegaal"; English "demiurge", "viceroy"
_OPENS_JOINED: dict[str, frozenset[str]] = {
    "de": frozenset("all post non ill".split()),
    "fr": frozenset("all post non ill".split()),
    "it": frozenset("all post non ill".split()),
    "nl": frozenset("all post ill".split()),
    "en": frozenset("demi vice".split()),
}
# words each language writes joined after such an element ("nonsense", "postpone")
_JOINED: dict[str, frozenset[str]] = {
    "en": frozenset(
        """nonsense nonsensical nonetheless postpone postponed postponement postponing
        postulate postulated postulates postulating selfhood""".split()
    ),
    "fr": frozenset("avantage avantages avantageux avantageuse avantager".split()),
}
_ALL_JOINED = frozenset().union(*_JOINED.values())
# endings: a part after a break made of them alone is no word of its own ("ing",
# "ishness", "ages")
_ENDINGS = tuple(
    """ing ish ed er est ness less ly ful ment ance ence able ible ion ity ous ive al
    ize ise ism ist age ure eur euse eux""".split()
)
_ENDED = lazy_compile(rf"(?:{'|'.join(_ENDINGS)})+(?:s|es|ly)?")
_SHORTEST_TAIL = 4  # a compound's second element is a word: at least this many letters

# pronouns and particles a hyphen joins to the word before them, by language
_PARTICLES: dict[str, frozenset[str]] = {
    "fr": frozenset(
        "ce ci là il ils elle elles on je tu nous vous être à t moi toi lui leur".split()
    ),
    "pt": frozenset("se lo la los las lhe lhes me te nos vos o a".split()),
}
# the word before a French inversion or particle ("peut-être", "c'est-à-dire", "celle-ci")
_FRENCH_BEFORE = frozenset("peut est c'est celle celui celles ceux dit a-t sont".split())

_ACCENTED = lazy_compile(r"[áéíóúâêôãõàèìòùü]")
_ISCH = lazy_compile(r"[^s]sch(?:e[mnrs]?)?$")
_SHORTEST_DOUBLE = 3  # a word said twice: at least this many letters


def _heads(language: str | None) -> frozenset[str]:
    """The first elements asked in a document of ``language`` (see the module)."""
    if language is None:
        return _ALL_HEADS
    return _HEADS.get(language, frozenset()) | (
        _ALL_HEADS - _OPENS_JOINED.get(language, frozenset())
    )


def _headed(before: str, after: str, language: str | None) -> bool:
    """A compound's first element, then a word of its own ("cross-sectional")."""
    if before not in _heads(language):
        return False
    if len(after) < _SHORTEST_TAIL or _ENDED.fullmatch(after):
        return False
    return before + after not in _ALL_JOINED


def _doubled(before: str, after: str) -> bool:
    """A word said twice ("anak-anak", "sehari-hari", "bermain-main"), not a syllable
    that merely ends the word before too ("bring-" / "ing")."""
    if len(before) < _SHORTEST_DOUBLE or len(after) < _SHORTEST_DOUBLE:
        return False
    if after.startswith(before):
        return True
    return len(after) >= _SHORTEST_TAIL and before.endswith(after) and not _ENDED.fullmatch(after)


def _particle(before: str, after: str, language: str | None) -> bool:
    """A pronoun or particle joined by its hyphen ("peut-être", "celle-ci", "fazê-lo")."""
    if after in _PARTICLES["fr"]:
        if before in _FRENCH_BEFORE or (after in ("ci", "là") and before.startswith("ce")):
            return True
    if after not in _PARTICLES["pt"]:
        return False
    # a verb ending in an accented vowel ("fazê-lo", "dá-se"); any verb where the
    # document is known to be Portuguese ("trata-se")
    return language == "pt" or _ACCENTED.search(before[-1:]) is not None


def _paired(before: str, after: str) -> bool:
    """Two adjectives of one kind ("deutsch-französisch", "teórico-práctico")."""
    if _ISCH.search(before) and _ISCH.search(after):
        return True
    return (
        before.endswith("ico")
        and _ACCENTED.search(before) is not None
        and len(after) >= _SHORTEST_TAIL
    )


def compound_hyphen(before: str, after: str, language: str | None = None) -> bool:
    """Is the hyphen that a line ends with after the word ``before``, the next line
    going on with the word ``after`` (both lower case, letters only, an apostrophe
    allowed in ``before``), the compound's own rather than a typesetter's?  (See the
    module docstring; ``language``: the document's, when known.)"""
    before, after = before.lower().replace("’", "'"), after.lower()
    bare = before.rsplit("'", 1)[-1]  # "l'arrière": the word after an elided article
    if not bare or not after:
        return False
    return (
        _headed(bare, after, language)
        or _doubled(bare, after)
        or _particle(before, after, language)
        or _particle(bare, after, language)
        or _paired(bare, after)
    )
