"""A work's curators in Italian, French and Spanish: ``a cura di``, ``(a cura di)`` (pure
functions).

Romance notes and lists name who edited a work after its title, or head the entry with
them and the role in parentheses::

    Storia della diocesi di Como, a cura di M. Rossi, Morcelliana, Brescia 1999, 45.
    Rossi M. (a cura di), Storia della diocesi di Como, Morcelliana, Brescia 1999.
    Dupont J. (dir.), Histoire du diocèse de Lyon, Beauchesne, Paris 2001.

The statement of responsibility is no part of the title (:func:`without_curators`), and
the curators heading the entry are no authors of the work: :func:`curator_head` gives the
entry in the order of a note (``Title, a cura di Rossi M., Morcelliana, …``), to be read
authorless (an edited volume has no author).
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile

__all__ = ["curator_head", "without_curators"]

# the statement after the title: "a cura di", "a c. di", "sous la direction de", "éd. par",
# "edición de", "coord. de", "ed. by" / "edited by", "hg. von"
_STATEMENT = lazy_compile(
    r",\s(?:a\scura\sdi|a\sc\.\sdi|sous\sla\sdir(?:ection|\.)\sde|[ée]d\.\spar"
    r"|edici[óo]n\sde|coord\.\sde|ed\.\sby|edited\sby|hg\.\sv(?:on|\.)|hrsg\.\sv(?:on|\.))\s"
)
# "Rossi M. (a cura di), Title, …", "Rossi M., Bianchi L. (a cura di), …", "Dupont J. (dir.),"
_HEAD = lazy_compile(
    r"^(?P<names>[A-ZÀ-Þ][^()«»\"“”„]{1,80}?)\s\((?:a\scura\sdi|a\sc\.\sdi|dir\.|dirs\.|coord\.|coords\.)\),\s"
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
    """The entry ``text`` with the curators heading it put after its title (``Rossi M. (a
    cura di), Title, …`` -> ``Title, a cura di Rossi M., …``), or None when no curators head
    it."""
    m = _HEAD.match(text.strip())
    if m is None:
        return None
    title, comma, after = m.group("rest").partition(", ")
    if not comma:
        return None
    return f"{title}, a cura di {m.group('names')}, {after}"
