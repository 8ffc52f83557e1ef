"""Fields of a BibTeX-made ``\\bibitem`` from its ``\\newblock`` blocks.

The standard bst styles (plain, abbrv, unsrt, alpha, plainnat, abbrvnat, unsrtnat,
apalike, siam, ...) write every entry as blocks separated by ``\\newblock``: the
authors, then the title, then the rest, whose shape says the kind of work::

    Arindrajit Dube, T.~William Lester, and Michael Reich.
    \\newblock Minimum wage effects across state borders.
    \\newblock \\emph{Rev. Econ. Stat.}, 92\\penalty0 (4):\\penalty0 945--964, 2010.

* ``\\emph{Journal}, vol (num):pages, year`` -- an article in that journal;
* ``In Editors, editors, \\emph{Book}, pages ...`` / ``In \\emph{Proceedings}`` -- a
  chapter or paper in that book;
* a title block set in italics -- a book; the rest is ``Publisher, Place, Year``;
* ``Technical report N, Institution``, ``Working Paper 32117, NBER``, a series and its
  number (``Discussion Paper 12``, ``Borradores de Economía 280, Banco ...``) -- a report;
  ``PhD thesis, University`` -- a thesis (a report).

The author block names people given name first (``A. Colin Cameron``, ``Mariana Derzon
and Rafael Almeida``, comma lists with a final ``and``) or family name first
(``Smith, J. and Jones, B.``); the natbib label ``[Dube et~al.(2010)Dube, Lester, and
Reich]`` names the family names, so a compound one (``López Castro``) is kept whole.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind
from bibcheck.parse.nameparticles import PARTICLES
from bibcheck.parse.references.shared import tidy
from bibcheck.parse.references.thesis import as_thesis

__all__ = ["block_reference", "label_families", "people"]

_LABEL = lazy_compile(r"^(?P<short>.*?)\(\s*(?:1[5-9]\d\d|20\d\d|n\.\s?d\.)[^)]*\)(?P<full>.*)$")
# (whitespace possessive, a run of it tried from its start: from each space, each try read
# the rest of the run)
_SEP = lazy_compile(r",\s*+(?:and\s++|&\s++)?|(?<!\s)\s++(?:and|&)\s++")
_INITIALS_ONLY = lazy_compile(r"[^\W\d_]{1,2}\.(?:\s*+-?\s?[^\W\d_]{1,2}\.)*+\s*+")
_WORD = lazy_compile(r"[^\W\d_][\w'’.-]*")
_ARTICLE = lazy_compile(r"^\s*+,?\s*+(?:\d|[ivxlcIVXLC]+\b|\(\d)")
_IN = lazy_compile(r"^In(?::|\s)\s*")
_THESIS = lazy_compile(
    r"\b(?:Ph\.?\s?D\.?|Master'?s|Doctoral|Bachelor'?s|MSc|Diploma)\s+thesis\b", re.I
)
_REPORT = lazy_compile(
    r"^(?:Technical\s+[Rr]eport|Tech\.\s+[Rr]ep\.|Research\s+[Rr]eport|[Rr]eport)\b"
    r"|\b(?:Working|Discussion|Policy\s+Research\s+Working|Occasional|Staff)\s+Papers?\b"
    r"|^[^\W\d_][^,.;:]{2,80}?\s(?:No\.\s?)?\d[\w/-]*,\s"  # a series and its number
)
# (spaces possessive and started only where a run of spaces, or a comma, starts: a match
# inside the run is never the first, and trying each is quadratic in a long run)
_YEAR_END = lazy_compile(
    r"(?:,|(?<![\s,]))\s*+(?:[A-Z][a-z]{2,8}\.?\s+)?(1[5-9]\d\d|20\d\d)[a-z]?\.?\s*$"
)
_URLISH = lazy_compile(r"^(?:URL\b|doi\b|DOI\b|https?://|ISSN\b|ISBN\b|arXiv\b|Accessed\b)", re.I)


def label_families(label: str) -> tuple[str, ...]:
    """The family names a natbib label gives: ``Dube et al.(2010)Dube, Lester, and Reich``
    -> Dube, Lester, Reich; ``Arango and Pachón(2005)`` -> both; ``Autor et al.(2016)``
    (no full list) -> none."""
    m = _LABEL.match(" ".join(label.split()))
    if m is None:
        return ()
    names = m.group("full").strip() or m.group("short").strip()
    if not names or re.search(r"\bet\.?\s?al\b", names):
        return ()
    return tuple(n.strip(" .{}") for n in _SEP.split(names) if n.strip(" .{}"))


def _given_first(name: str) -> bool:
    words = name.split()
    if not 2 <= len(words) <= 6:
        return False
    if not all(_WORD.fullmatch(w) and (w[0].isupper() or w in PARTICLES) for w in words):
        return False
    return not words[-1].endswith(".")  # the family name last, written out


def people(block: str) -> tuple[str, ...] | None:
    """The people of an author block, as written (``Given Family`` or ``Family, Given``),
    or None when it is not a list of names."""
    text = block.strip().rstrip(".").strip()
    if not text or len(text) > 600:
        return None
    tokens = [t.strip() for t in _SEP.split(text)]
    if all(_given_first(t) for t in tokens):
        return tuple(tokens)
    if len(tokens) == 1 and _WORD.fullmatch(tokens[0]):
        return (tokens[0],)  # one word: an organisation ("DANE")
    # family name first: "Smith, J. and Jones, B." / "Smith, John, Jones, Mary, and Lee, Al"
    if len(tokens) % 2 == 0:
        pairs = [(tokens[k], tokens[k + 1]) for k in range(0, len(tokens), 2)]
        if all(_family_given(f, g) for f, g in pairs):
            return tuple(f"{f}, {g}" for f, g in pairs)
    return None


def _family_given(family: str, given: str) -> bool:
    fam = family.split()
    if not 1 <= len(fam) <= 3 or not all(_WORD.fullmatch(w) for w in fam):
        return False
    if not fam[-1][0].isupper() or family.endswith("."):
        return False
    if _INITIALS_ONLY.fullmatch(given.replace("~", " ")):
        return True
    words = given.split()
    return 1 <= len(words) <= 3 and all(_WORD.fullmatch(w) and w[0].isupper() for w in words)


def _inverted(names: tuple[str, ...], families: tuple[str, ...]) -> tuple[str, ...]:
    """``Hugo López Castro`` with the label's ``López Castro`` -> ``López Castro, Hugo``."""
    if len(families) != len(names):
        return names
    out: list[str] = []
    for name, family in zip(names, families, strict=True):
        if "," not in name and " " in family and name.endswith(" " + family):
            out.append(f"{family}, {name[: -len(family) - 1]}")
        else:
            out.append(name)
    return tuple(out)


def _rest_kind(rest: str, italic: str | None) -> tuple[RefKind, str | None]:
    """The kind of work the blocks after the title say, and its host."""
    lead = _IN.match(rest)
    if lead is not None:
        return RefKind.CHAPTER, tidy(italic) if italic else None
    if _THESIS.search(rest):
        return RefKind.THESIS, None
    if italic and rest.startswith(italic):
        after = rest[len(italic) :]
        if _ARTICLE.match(after):
            return RefKind.ARTICLE, tidy(italic)
        return RefKind.UNKNOWN, None
    if _REPORT.search(rest):
        return RefKind.REPORT, None
    return RefKind.UNKNOWN, None


def _imprint(rest: str) -> tuple[str | None, str | None]:
    """``Publisher, Place, 2011.`` / ``Series. Publisher, Place, 2007.`` -> publisher,
    place (a book's last block)."""
    m = _YEAR_END.search(rest)
    if m is None:
        return None, None
    head = rest[: m.start()].strip(" ,.")
    head = head.rsplit(". ", 1)[-1]  # a series before the imprint
    parts = [p.strip() for p in head.split(",") if p.strip()]
    if not parts or len(parts) > 4:
        return None, None
    if len(parts) == 1:
        return parts[0], None
    return parts[0], ", ".join(parts[1:])


def block_reference(ref: Reference, blocks: tuple[str, ...], italics: tuple[str | None, ...],
                    label: str) -> Reference | None:  # fmt: skip
    """``ref`` (the entry's text parsed) with the authors, title, kind and host its
    ``\\newblock`` blocks give, or None when the blocks are not of that shape."""
    if len(blocks) < 2:
        return None
    names = people(blocks[0])
    if names is None:
        return None
    names = _inverted(names, label_families(label))
    italics = italics + (None,) * (len(blocks) - len(italics))
    title_block = blocks[1].strip()
    title_italic = italics[1]
    rest_blocks = [b for b in blocks[2:] if not _URLISH.match(b.strip())]
    rest = " ".join(b.strip() for b in rest_blocks)
    rest_italic = next((i for b, i in zip(blocks[2:], italics[2:], strict=False)
                        if i and not _URLISH.match(b.strip())), None)  # fmt: skip
    if title_italic and tidy(title_block) == tidy(title_italic):
        found = replace(ref, authors=names, title=tidy(title_italic), kind=RefKind.BOOK)
        publisher, place = _imprint(rest)
        if publisher:
            found = replace(found, publisher=publisher, place=place or found.place)
        return found
    title = tidy(title_block)
    if not title:
        return None
    if title_italic and title.startswith(tidy(title_italic) or "\0"):
        return None  # a title run into its host: not the bst shape
    kind, host = _rest_kind(rest, rest_italic)
    found = replace(ref, authors=names, title=title)
    if kind is RefKind.THESIS and ref.kind is not RefKind.THESIS:
        # "PhD thesis, University of X, 2010.": its degree and university (never a report's)
        return as_thesis(replace(found, kind=RefKind.UNKNOWN, host=None), rest)
    if kind is not RefKind.UNKNOWN:
        found = replace(found, kind=kind, host=host or found.host)
    return found
