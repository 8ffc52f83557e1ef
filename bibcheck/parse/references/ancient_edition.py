"""A list's entry for an edition of an ancient or medieval author's work.

A classics or medieval-studies list prints the texts it cites under their author's one
name, then the edition's title and its editor or translator: ``Lysias. Lysiae orationes
cum fragmentis, ed. C. Carey. Oxford, 2007.``, ``Plato. Platonis opera, vol. 3, ed. J.
Burnet. Oxford, 1903.``, ``Lysias. 2007. Lysiae orationes cum fragmentis. Ed. C. Carey.
Oxford.``, ``Boethius. De consolatione philosophiae, hg. v. C. Moreschini. München, 2000.``,
``Isidore of Seville. Etymologiae, trans. S. Barney. Cambridge, 2006.``.  The one name is
the author (no given name, no family name), the title runs to the editor's role; the
work is a book.
"""

from __future__ import annotations

from dataclasses import dataclass

from bibcheck.lazyre import lazy_compile

__all__ = ["AncientEdition", "ancient_edition"]

# the author's one name, perhaps with "of Place" / "von Ort" / "de Lieu": "Isidore of
# Seville", "Thomas von Aquin", "Guillaume de Conches"
_AUTHOR = (
    r"(?P<author>[A-ZÀ-ÖØ-Þ][^\W\d_]{1,30}"
    r"(?:\s(?:of|von|de|d'|da|di|van|z|ze)\s?[A-ZÀ-ÖØ-Þ][^\W\d_]{1,30})?)"
)
# the role that ends the title: an editor's, a translator's
_ROLE = (
    r"(?:ed|eds|edd|éd|éds|hg|hrsg|Hg|Hrsg|trans|transl|trad|übers|a\scura\sdi|red|vert"
    r"|Ed|Eds|Trans|Trad|Éd)\.?(?:\sv\.|\sby)?"
)
_ENTRY = lazy_compile(
    rf"^{_AUTHOR}\.\s(?:(?P<year>(?:1[5-9]|20)\d\d[a-z]?)\.\s)?"
    r"(?P<title>[^\W\d_][^.;:]{2,200}?)"
    r"(?:,\s(?:vol|t|Bd|tome|tomo)\.\s?(?:\d+|[IVXLC]+))?"
    rf"(?:,\s|\.\s){_ROLE}\s[A-ZÀ-Ž]"
)


@dataclass(frozen=True, slots=True)
class AncientEdition:
    """The author's one name and the edition's title."""

    author: str
    title: str


def ancient_edition(text: str) -> AncientEdition | None:
    """The author and title of ``text`` when it is a list's entry for an edition under an
    ancient or medieval author's one name (see the module doc), else None."""
    found = _ENTRY.match(text.strip())
    if found is None:
        return None
    return AncientEdition(found.group("author"), found.group("title").strip(" ,"))
