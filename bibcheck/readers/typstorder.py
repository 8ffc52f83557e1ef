"""The order Typst prints a bibliography in: its style's sort keys, names as Typst sorts them.

The keys are the style's (:func:`.listorder.csl_sort`: a ``.csl`` file's ``<sort>``, else
the style's name; no style: IEEE, order of first citation).  Names sort as Typst's engine,
hayagriva, sorts them (:mod:`.hayagrivanames`): ``Family, Given particle``.

* A lower-case particle read as a name's prefix ("de Jong", "van der Berg": biblatex's
  "von" part of a ``.bib`` name, the lower-case words before the family name of a
  Hayagriva ``Family, Given`` string) sorts after the given names in every style, even one
  whose ``demote-non-dropping-particle`` is ``never``.
* A capitalised particle opening the family name ("Le Bras", "Van Gogh", "Di Stefano",
  "De la Cruz": the longest run of words before a space that is on hayagriva's list of
  particles) is demoted too -- "Bras, Gabriel Le" under B -- unless the style's
  ``demote-non-dropping-particle`` is ``never`` (then under L).  A style without the
  attribute demotes (CSL's default is ``display-and-sort``); ``sort-only`` demotes in
  sorting.  A name that merely begins like a particle ("Lee", "Dean", "Vance": one word)
  is not split; an organisation (no given name) is never split.

Evidence (hayagriva, github.com/typst/hayagriva at e51299e, June 2026; biblatex
github.com/typst/biblatex at 66c76ab; citationberg github.com/typst/citationberg):

* ``src/csl/sort.rs``, ``StyleContext::cmp_entries``: a ``<key macro=...>`` renders the
  macro in a sorting context (``macro_sorting_ctx``, ``Sorting::Macro``); a ``<key
  variable=...>`` of names compares with ``Person::csl_cmp(..., demote_particle)``,
  ``demote_particle`` = the style's ``demote_non_dropping_particle != Never``.
* ``src/csl/rendering/names.rs``, ``write_names``: ``demote_non_dropping`` is false for
  ``Never``, true for ``DisplayAndSort``, and for ``SortOnly`` when sorting; ``write_name``
  ("Always reverse when sorting") then calls ``reverse_demote_particle`` (family
  ``name_without_particle()``, the given names, the ``prefix``, then ``name_particle()``)
  or ``reverse_keep_particle`` (the whole family ``name``, the given names, the
  ``prefix``); an institutional name (no given name, suffix or prefix) sorts by
  ``name_without_article()``.
* ``src/types/persons.rs``: ``Person::from_strings`` (a Hayagriva YAML ``"Le Bras,
  Gabriel"``, split at commas) makes the lower-case words up to the last lower-case word
  the ``prefix`` and the rest the ``name`` ("Le Bras" whole); ``name_particle`` takes the
  longest leading part of ``name`` ending before a space whose lower case is in
  ``NAME_PARTICLES`` (``src/lang/name.rs``; its test ``person_non_dropping_initials``:
  "Von Der Leyen" gives "Von Der" and "Leyen"); ``csl_cmp`` with ``demote_particle``
  compares ``name_without_particle`` first.
* ``src/interop.rs``, ``From<&tex::Person> for Person``: a ``.bib`` name keeps biblatex's
  ``name`` and ``prefix``; biblatex ``src/types/person.rs``, ``parse_single_comma``, splits
  them as ``from_strings`` does ("Le Bras, Gabriel": no prefix, name "Le Bras").
* citationberg ``src/lib.rs``: ``DemoteNonDroppingParticle``'s default is
  ``DisplayAndSort``.
* The styles hayagriva ships (``archive/styles/*.cbor``, read for their
  ``demote-non-dropping-particle``; the same values in github.com/citation-style-language/
  styles at 0819c0e): ``chicago-author-date``, ``chicago-notes`` (chicago-notes-
  bibliography), ``chicago-shortened-notes``, ``turabian-author-date`` have no attribute
  (``display-and-sort``); ``american-meteorological-society``, ``ieee``, ``nature``,
  ``harvard-cite-them-right`` and most others ``sort-only``; ``apa``, ``mla`` and the
  styles of :data:`NEVER_DEMOTE` ``never``.
"""

from __future__ import annotations

from dataclasses import replace

from bibcheck.readers.listorder import CITED, ListSort, csl_sort

__all__ = ["NEVER_DEMOTE", "typst_sort"]

# Typst's built-in styles (hayagriva's ``ArchivedStyle::names``) whose
# ``demote-non-dropping-particle`` is ``never``: a capitalised particle stays in front
NEVER_DEMOTE = frozenset(
    {
        *("american-physiological-society", "american-psychological-association", "apa"),
        *("american-society-for-microbiology", "annual-reviews"),
        *("annual-reviews-author-date", "associacao-brasileira-de-normas-tecnicas"),
        *("deutsche-sprache", "elsevier-harvard", "frontiers", "gb-7714-2005-numeric"),
        *("gb-7714-2015-author-date", "gb-7714-2015-note", "gb-7714-2015-numeric"),
        *("iso-690-author-date", "iso-690-numeric", "mla", "mla-8"),
        *("modern-language-association", "modern-language-association-8"),
        *("springer-basic-author-date", "springer-socpsych-author-date"),
    }
)


def _never(style: str) -> bool:
    """Does the style named ``style`` (a built-in name, or a ``.csl`` file named after
    one) keep a capitalised particle in front?"""
    name = style.strip().lower().removesuffix(".csl").rsplit("/", 1)[-1]
    return name in NEVER_DEMOTE


def typst_sort(style: str, text: str | None) -> ListSort:
    """How Typst orders the list of the style ``style`` (``text``: its ``.csl`` file's
    text, when the document names one that is at hand)."""
    from_text = csl_sort("", text) if text else None
    found = from_text or csl_sort(style, None) or CITED
    if found.cited:
        return found
    # use_prefix: the style never demotes a capitalised particle (the file's attribute,
    # else the built-in style's)
    keep = found.use_prefix if from_text is not None else _never(style)
    return replace(found, use_prefix=keep, hayagriva=True)
