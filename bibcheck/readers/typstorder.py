"""The order Typst prints a bibliography in: its style's sort keys, names as Typst sorts them.

The keys are the style's (:func:`.listorder.csl_sort`: a ``.csl`` file's ``<sort>``, else
the style's name; no style: IEEE, order of first citation).  Names sort as Typst's engine,
hayagriva, sorts them (:mod:`.hayagrivanames`): a ``.bib`` name's lower-case particle ("de
Jong") after the given names in every style, even one whose ``demote-non-dropping-particle``
is ``never``.

hayagriva also demotes a capitalised particle that opens a family name ("Van Gogh", "Le
Bras": under G, under B) unless the style's attribute is ``never`` (APA, MLA and others of
the styles it ships).  That is not done here: a corpus key sorts "Le Bras" under L in a
Chicago author-date list, so such a name keeps its particle in front (``use_prefix``) until
that is decided.
"""

from __future__ import annotations

from dataclasses import replace

from bibcheck.readers.listorder import CITED, ListSort, csl_sort

__all__ = ["typst_sort"]


def typst_sort(style: str, text: str | None) -> ListSort:
    """How Typst orders the list of the style ``style`` (``text``: its ``.csl`` file's
    text, when the document names one that is at hand)."""
    found = csl_sort(style, text) or CITED
    if found.cited:
        return found
    # (use_prefix: a capitalised particle stays before the family name, see the module)
    return replace(found, use_prefix=True, hayagriva=True)
