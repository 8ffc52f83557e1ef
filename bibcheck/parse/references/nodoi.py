"""A DOI field that says there is no DOI.

Authors who check every entry for a DOI mark the ones that have none, so that the check
is not repeated: ``doi = {none}``, ``{n/a}``, ``{-}``, ``{no DOI}``, ``{keine}``.  Such a
field is "no DOI", not a malformed one.
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile

# none / n/a / na / nil / null / unknown / missing / no doi / without doi / not available
# / keine / sans / sin / sem / nessuno / brak, or only dashes; case and spaces free
_NO_DOI = lazy_compile(
    r"(?i)(?:none|n\.?\s?/?\s?a\.?|nil|null|unknown|missing|not\s+available|"
    r"(?:no|without|keine?|ohne|sans|sin|sem|senza|brak)(?:\s+doi)?|nessun[oa]?|"
    r"[-\u2010-\u2015?]{1,3})"
)


def says_no_doi(value: str) -> bool:
    """Whether a DOI field's ``value`` says the work has no DOI (``none``, ``n/a``, ``-``)."""
    text = value.strip().strip("{}").strip()
    return len(text) <= 20 and _NO_DOI.fullmatch(text) is not None
