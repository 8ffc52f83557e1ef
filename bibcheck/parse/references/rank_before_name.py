"""A clergy or academic rank written before the first author's name in a note or entry.

Humanities notes, Romanian and Moldovan church history above all, give a priest or a
monk his rank before his name, and an academic hers: ``Pr. Ion Ardeleanu, „Titlu”, în …``,
``Pr. conf. dr. Ion Ardeleanu, Titlu, Iași, …``, ``Arhim. Vasile Moga, …``, ``Ierom.
Pavel Dinu, …``, ``Diac. Ilie Preda, …``, ``Rev. John Marsh, …``, ``Fr. Paul Quinn, …``,
``ks. Jan Wolny, …``, ``Prof. Dr. Hans Ebner, …``, ``прот. Іван Левко, …``.  The rank is
no part of the name: :func:`rank_end` says where it ends, so that the reference is read
from the name on.  Only a rank before a name in natural order (a given name and a family
name, then a comma) counts: ``Dr. Strangelove, or …`` (a title) and ``Pr. Neamț`` (no
comma after the name) stay as they are, and so do the names of holy persons and icons that
start with a rank's word (``Maica Domnului Vladimirskaia, …``: the Mother of God).
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references.patterns import U

__all__ = ["rank_end"]

# the ranks, abbreviated with their full stop or written out (a word of its own)
_RANK = (
    # Romanian and Moldovan clergy and academic ranks
    r"(?:Pr|Preot|Protos|Protosinghel|Arhim|Arhimandrit|Ierom|Ieromonah|Ierod|Ierodiacon"
    r"|Diac|Diacon|Arhid|Arhidiacon|Protopop|Protopr|Protoiereu|Monah|Monahia|Maica|Stavr"
    r"|Prof|prof|Conf|conf|Lect|lect|Asist|asist|Acad|acad|univ|dr|Dr|habil"
    # English, German, Polish, Italian, French, Greek-Catholic and Orthodox Slavonic ones
    r"|Rev|Revd|Very\sRev|Fr|Msgr|Mgr|Pfr|Pfarrer|ks|Ks|o|Mons|mons|Abbé"
    r"|прот|свящ|ієр|иер|архім|архим|ігум|игум|о|діак|диак|проф|д-р)"
)
# words after "Maica" (or another rank's word) that make it the name of a holy person or an
# icon, no rank before a person's name: "Maica Domnului Vladimirskaia, …" (the Mother of God),
# "Maica Precista Mare, …", "Monah Sfântul …"
_HOLY = r"(?:Domnului|Precista|Preacurat|Prea\s?[Ss]f|Sf[âaiî]n[tț]|Sf\.)"
_RANKS = lazy_compile(
    # (each rank a word of its own, with its stop or without; at most four: "Pr. prof. univ.
    # dr."); the name after them, a given and a family name (hyphenated or with an initial
    # between), then its comma
    rf"^(?:{_RANK}\.?\s){{1,4}}(?!{_HOLY})(?=[{U}][\w'’-]*+(?:\s[{U}]\.)?\s[{U}][\w'’-]*+(?:\s[{U}][\w'’-]*+)?,\s)"
)


def rank_end(text: str) -> int:
    """Where the ranks before the first author's name end (0: none):
    ``Pr. Radu Ionescu, „Biserica”, …`` -> 4."""
    found = _RANKS.match(text)
    return 0 if found is None else found.end()
