"""A second reference list after the first: one added in revision, or the list going on.

A manuscript revised after review often keeps its list as it was and puts the works the
revision cites in a list of their own after it, numbered on from the first (``[15]`` after
``[14]``) or holding its own entries: ``Additional references``, ``Références
complémentaires (ajoutées lors de la révision)``, ``References added in revision``,
``Referencias adicionales``, ``New references (R1)``; a long list broken by a page or a
column goes on under ``References (continued)``.  Such a list is the document's list too:
its entries are cited like the first one's (an entry none cites is uncited).

:func:`is_added_list_heading` tells such a heading from the text's other headings;
:func:`continues_numbering` tells a list with no such heading (or none the reader knows)
that goes on with the first list's numbers.  A list named as reading (``Further
reading``, ``Bibliographie complémentaire``) is read elsewhere, scoped as reading
(:mod:`bibcheck.readers.listscope`); a superseded list (``Old references — delete``) is
neither.
"""

from __future__ import annotations

from collections.abc import Sequence

from bibcheck.lazyre import lazy_compile
from bibcheck.readers.common import is_literature_heading
from bibcheck.readers.listheads import is_qualified_list_heading
from bibcheck.text import fold_accents

__all__ = ["continues_numbering", "is_added_list_heading", "printed_number"]

# words naming what a list of cited works holds (accents folded): "references" in the
# languages of the vocabulary
_REFERENCE_WORDS = frozenset(
    {
        "references", "reference", "referencias", "riferimenti", "referenzen", "referenties",
        "referenser", "referanser", "referencer", "referinte", "citations",
    }
)  # fmt: skip
# words saying a list holds works added to another (accents folded)
_ADDED_WORDS = frozenset(
    {
        "additional", "added", "new", "complementary", "further", "more", "late",
        "complementaires", "supplementaires", "additionnelles", "nouvelles", "ajoutees",
        "adicionales", "complementarias", "nuevas", "anadidas", "agregadas",
        "adicionais", "complementares", "novas", "adicionadas", "acrescentadas",
        "weitere", "erganzende", "zusatzliche", "neue",
        "aggiuntivi", "aggiuntive", "ulteriori", "complementari", "nuovi", "nuove",
        "aanvullende", "extra", "nieuwe",
    }
)  # fmt: skip
# a phrase after a list's name saying it was added in a revision or goes on from before:
# "(added in revision)", "— added after review", "(ajoutées lors de la révision)",
# "(R1)", "(continued)", "(suite)", "(Fortsetzung)"
_ADDED_PHRASE = lazy_compile(
    r"(?<=\S)\s*+[,:;–—-]?\s*+(?:"
    r"[(\[][^()\[\]]{0,60}?\b(?:revision|revised|review|reviewers?|relecture|revisao|"
    r"uberarbeitung|uberarbeitet|r[1-3]|v\d{1,2})\b[^()\[\]]{0,40}[)\]]"
    r"|[(\[]\s*+(?:continued|cont\.?|suite|fortsetzung|forts\.?|continuacion|continuacao|"
    r"continua|segue|vervolg)\s*+[)\]]"
    r"|(?:added|inserted|ajoutees?|ajoutes?|hinzugefugt|erganzt|adicionad[ao]s|"
    r"acrescentad[ao]s|anadid[ao]s|agregad[ao]s|aggiunt[ei]|toegevoegd)\s++"
    r"(?:in|at|during|after|for|lors\s++de|en|apres|pour|bei|nach|in\s++der|na|no|durante|"
    r"en\s++la|dopo|nella|bij|tijdens)\s++[^()\[\]]{1,40}"
    r")\s*+$",
)
_WORD = lazy_compile(r"[^\W\d_][\w'’-]*+")
_MARKS = " \t=#*:._–—-"


def _key(text: str) -> str:
    return fold_accents(" ".join(text.casefold().split())).strip(_MARKS)


def _added_name(key: str) -> bool:
    """A name made of "added" words and one "references" word (``Additional
    references``, ``Références complémentaires``, ``Weitere Referenzen``)."""
    words = _WORD.findall(key)
    if not 2 <= len(words) <= 3 or len(" ".join(words)) < len(key) - 2:
        return False
    heads = [w for w in words if w in _REFERENCE_WORDS]
    return len(heads) == 1 and all(w in _ADDED_WORDS for w in words if w not in heads)


def is_added_list_heading(text: str) -> bool:
    """Is ``text`` (a heading's text) the name of a reference list added to the first: an
    "added" name of references (``Additional references``, ``Referências
    complementares``), or a list's name with a phrase saying it was added in revision or
    goes on (``References added in revision``, ``Bibliography (continued)``)?"""
    key = _key(text)
    if not key or len(key) > 120:
        return False
    m = _ADDED_PHRASE.search(key)
    if m is None:
        return _added_name(key)
    rest = key[: m.start()].strip(_MARKS + ",;")
    if not rest:
        return False
    return (
        _added_name(rest) or is_literature_heading(f"# {rest}") or is_qualified_list_heading(rest)
    )


# "[15] Douglas J.", "15. Douglas", "15) Douglas", "[15a]" is no plain number
_PRINTED = lazy_compile(r"^\s*+(?:\[(\d{1,4})\]|(\d{1,4})[.)](?!\d))\s")


def printed_number(text: str) -> int | None:
    """The number an entry's text opens with (``[15] …``, ``15. …``), or None."""
    m = _PRINTED.match(text)
    if m is None:
        return None
    return int(m.group(1) or m.group(2))


def continues_numbering(before: Sequence[int | None], after: Sequence[int | None]) -> bool:
    """Do the entries numbered ``after`` go on with the numbers of ``before`` (a list's
    entries, in order; None where one shows no number): the first after the highest
    before, and every shown number of ``after`` rising by one?"""
    shown = [n for n in before if n is not None]
    if not shown or not after or after[0] is None:
        return False
    if after[0] != max(shown) + 1:
        return False
    numbers = [n for n in after if n is not None]
    return all(b == a + 1 for a, b in zip(numbers, numbers[1:], strict=False))
