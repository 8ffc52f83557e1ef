"""The order Typst prints a bibliography in: its style's sort keys, names as Typst sorts them.

The keys are the style's (:func:`.listorder.csl_sort`: a ``.csl`` file's ``<sort>``, else
the style's name; no style: IEEE, order of first citation).  Names sort as Typst's engine,
hayagriva, sorts them (:mod:`.hayagrivanames`): a ``.bib`` name's lower-case particle ("de
Jong") after the given names in every style, a capitalised one ("Van Gogh") after them too
unless the style's ``demote-non-dropping-particle`` is ``never``.  That attribute is read
from a ``.csl`` file, and for the styles Typst ships it is that of their CSL files in
Typst's archive (hayagriva ``archive/styles/*.cbor``): ``never`` in
:data:`NEVER_DEMOTING`, ``sort-only`` or ``display-and-sort`` in all others.
"""

from __future__ import annotations

from dataclasses import replace

from bibcheck.readers.listorder import CITED, ListSort, csl_id, csl_sort

__all__ = ["NEVER_DEMOTING", "typst_sort"]

# the names Typst knows its archived styles by whose demote-non-dropping-particle is "never"
NEVER_DEMOTING = frozenset(
    {
        *("american-physiological-society", "american-psychological-association", "apa"),
        *("american-society-for-microbiology", "annual-reviews", "annual-reviews-author-date"),
        *("associacao-brasileira-de-normas-tecnicas", "deutsche-sprache", "elsevier-harvard"),
        *("frontiers", "gb-7714-2005-numeric", "gb-7714-2015-author-date", "gb-7714-2015-note"),
        *("gb-7714-2015-numeric", "iso-690-author-date", "iso-690-numeric", "mla", "mla-8"),
        *("modern-language-association", "modern-language-association-8"),
        *("springer-basic-author-date", "springer-socpsych-author-date"),
    }
)


def typst_sort(style: str, text: str | None) -> ListSort:
    """How Typst orders the list of the style ``style`` (``text``: its ``.csl`` file's
    text, when the document names one that is at hand)."""
    found = csl_sort(style, text) or CITED
    if found.cited:
        return found
    # (a .csl file's attribute: csl_sort read it into use_prefix)
    never = found.use_prefix if text else csl_id(style) in NEVER_DEMOTING
    return replace(found, use_prefix=never, hayagriva=True)
