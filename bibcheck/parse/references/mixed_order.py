"""Names in two orders in one entry, and names written family name first.

* An author-date list that inverts the first name only and writes the others in natural
  order, the year in parentheses after them (``Chan, Kam Wing and Zhang Li (1999).``,
  ``Knight, John and Song Lina (1999).``, ``Berg, Anna, Carl Dahl and Eva Fors (2019).``):
  :func:`inverted_then_natural` parts the names.
* A Chinese, Korean or Japanese name written family name first and not inverted (``Cai
  Fang``, ``Zhang Li``) reads as a Western one (given name first) unless something says
  otherwise: the citation label of the entry naming the person by the first word
  (natbib's ``\\bibitem[Cai(2010)]``, ``[Zhang et~al.(2019a)Zhang, Liu, and Wang]``).
  :func:`family_first_as_cited` writes such names inverted (``Cai, Fang``), as BibTeX and
  library catalogues write them; without such a label nothing changes (``Wang Wei`` may be
  Mr Wang or Mr Wei).
"""

from __future__ import annotations

from collections.abc import Iterable

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references.patterns import SURNAME, L, U

__all__ = ["cited_names", "family_first_as_cited", "inverted_then_natural"]

_WORD = rf"[{U}][{L}'’-]+"
_NATURAL = rf"{_WORD}(?:\s(?:{_WORD}|[{U}]\.)){{0,2}}\s{_WORD}"
# "and" in the languages such lists are written in (Czech and Slovak "a", Finnish and
# Estonian "ja", Lithuanian "ir", Romanian "și", Indonesian "dan", Basque "eta")
_AND = r"(?:and|&|und|et|y|e|en|og|och|és|ve|i|a|ja|ir|[șş]i|dan|eta)"
_MIXED = lazy_compile(
    rf"^(?P<first>{SURNAME},\s{_WORD}(?:\s(?:{_WORD}|[{U}]\.)){{0,2}})"
    rf"(?P<others>(?:,\s{_NATURAL})*),?\s{_AND}\s(?P<last>{_NATURAL})$"
)
_OTHER = lazy_compile(rf",\s(?P<name>{_NATURAL})")


def inverted_then_natural(text: str) -> tuple[str, ...] | None:
    """``Chan, Kam Wing and Zhang Li`` -> (``Chan, Kam Wing``, ``Zhang Li``): the first name
    inverted, the others in natural order; None for any other names."""
    m = _MIXED.fullmatch(text.strip())
    if m is None:
        return None
    others = [o.group("name") for o in _OTHER.finditer(m.group("others"))]
    return (m.group("first"), *others, m.group("last"))


# a family name in a citation label: "Cai(2010)", "Chan and Zhang(1999)", "Zhang
# et~al.(2019{\natexlab{a}})Zhang, Liu, and Wang"
_LABEL_NAME = lazy_compile(rf"{_WORD}")
_LABEL_WORDS = frozenset({"and", "et", "al", "und", "Others", "others"})


def cited_names(label: str) -> frozenset[str]:
    """The capitalised words of a citation label, case-folded: the family names it cites the
    entry by (``Zhang et al.(2019a)Zhang, Liu, and Wang`` -> zhang, liu, wang)."""
    return frozenset(w.casefold() for w in _LABEL_NAME.findall(label) if w not in _LABEL_WORDS)


def family_first_as_cited(authors: Iterable[str], cited: frozenset[str]) -> tuple[str, ...]:
    """``authors`` with each uninverted name of two or three words whose first word is a
    name ``cited`` gives and whose last is not written inverted (``Cai Fang`` cited ``Cai``
    -> ``Cai, Fang``); the others as they are."""
    turned = []
    for author in authors:
        words = author.split()
        if (
            "," not in author
            and 2 <= len(words) <= 3
            and all(_LABEL_NAME.fullmatch(w) for w in words)
            and words[0].casefold() in cited
            and words[-1].casefold() not in cited
        ):
            turned.append(f"{words[0]}, {' '.join(words[1:])}")
        else:
            turned.append(author)
    return tuple(turned)
