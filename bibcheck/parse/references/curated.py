"""A work's curators in Italian, French and Spanish: ``a cura di``, ``(a cura di)`` (pure
functions).

Romance notes and lists name who edited a work after its title, or head the entry with
them and the role in parentheses::

    Storia della diocesi di Como, a cura di M. Rossi, Morcelliana, Brescia 1999, 45.
    Rossi M. (a cura di), Storia della diocesi di Como, Morcelliana, Brescia 1999.
    Dupont J. (dir.), Histoire du diocèse de Lyon, Beauchesne, Paris 2001.

The statement of responsibility is no part of the title (:func:`without_curators`).  The
curators heading the entry are read as its authors, as every editor-first head is (``Rossi,
Mario (a cura di), Storia agraria, …`` -> ``Rossi, Mario``); when the role in parentheses
leaves an entry unread (its title missing or holding the role, as with the publisher
before the place: ``…, Morcelliana, Brescia 1999``), :func:`curator_head` gives the entry
without the role (``Rossi M., Storia della diocesi di Como, Morcelliana, …``) to be read
again.  The head must be names alone (capitalised words, initials and the words joining
names), so that a chapter's author and title before its host's editors (``Jean Dupont, Le
roman, dans Marie Durand (dir.), …``) are never taken for one.
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile

__all__ = ["curator_head", "role_unread", "without_curators"]

# the statement after the title: "a cura di", "a c. di", "sous la direction de", "éd. par",
# "edición de", "coord. de", "ed. by" / "edited by", "hg. von"
_STATEMENT = lazy_compile(
    r",\s(?:a\scura\sdi|a\sc\.\sdi|sous\sla\sdir(?:ection|\.)\sde|[ée]d\.\spar"
    r"|edici[óo]n\sde|coord\.\sde|ed\.\sby|edited\sby|hg\.\sv(?:on|\.)|hrsg\.\sv(?:on|\.))\s"
)
# the curators' role in parentheses
_ROLE = r"\((?:a\scura\sdi|a\sc\.\sdi|dir\.|dirs\.|coord\.|coords\.)\)"
_ROLE_READ = lazy_compile(_ROLE + r",\s")
# a name's word: a capitalised word or an initial ("Rossi", "M.", "D'Angelo", "Pérez-Gil"),
# or a word joining or beginning names ("e", "et", "y", "and", "di", "de", "von", "van der")
_WORD = r"(?:[A-ZÀ-Þ][\w'’.-]*|e|et|y|and|und|&|di|da|de|del|della|des|du|dos|la|le|von|van|der)"
# "Rossi M. (a cura di), Title, …", "Rossi M., Bianchi L. (a cura di), …", "Dupont J. (dir.),"
_HEAD = lazy_compile(
    rf"^(?P<names>[A-ZÀ-Þ][\w'’.-]*(?:,?\s{_WORD}){{0,15}})"
    rf"\s{_ROLE},\s"
    r"(?P<rest>[^\W\d_].*)$",
    flags=0,
)


def without_curators(title: str) -> str:
    """``title`` without the curators' statement after it (``…, a cura di M. Rossi``)."""
    m = _STATEMENT.search(title)
    if m is None or m.start() < 3:
        return title
    return title[: m.start()].rstrip(" ,.")


def curator_head(text: str) -> str | None:
    """The entry ``text`` without the curators' role after the names heading it (``Rossi M.
    (a cura di), Title, …`` -> ``Rossi M., Title, …``), or None when no curators head it."""
    m = _HEAD.match(text.strip())
    if m is None or ", " not in m.group("rest"):
        return None
    return f"{m.group('names')}, {m.group('rest')}"


def role_unread(title: str | None) -> bool:
    """Whether ``title``, read from an entry headed by its curators, shows the head misread:
    no title, or one holding the role in parentheses (``(a cura di), Storia …``, ``Ferri
    G.L. (a cura di), Le pievi …``)."""
    return not title or _ROLE_READ.search(title) is not None
