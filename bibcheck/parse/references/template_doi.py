"""A DOI given in a citation template's parameter (``|doi=``) that is no DOI.

A wiki's ``{{cite journal|doi=10.1234.x.5}}`` (a dot for the slash), ``doi=10,1234/x`` (a
comma for the prefix's dot) or ``doi=10.12/x`` (a prefix too short) is the same defect as
``DOI: 10.1234.x.5`` in a reference's text: the work's DOI was meant and cannot be resolved.
The template's value is the DOI alone (after a resolver's address or a ``doi:`` label,
which :func:`bare_value` strips), so it is judged whole: it must read ``10.NNNN/suffix``
(:func:`~bibcheck.parse.references.fields.doi_problem`).  A value that does not open with
``10`` (``doi=none``, a wiki's placeholder) is not a DOI written wrong and is left alone.
"""

from __future__ import annotations

import re

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Anomaly, AnomalyCode
from bibcheck.parse.references.fields import doi_problem

__all__ = ["bare_value", "malformed_template_doi"]

_RESOLVER_OR_LABEL = lazy_compile(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", re.IGNORECASE)
# what a DOI written wrong opens with: "10." or "10," and a digit
_DOI_LIKE = lazy_compile(r"^10[.,]\d")


def bare_value(value: str) -> str:
    """The template's DOI without a resolver's address or a ``doi:`` label before it."""
    return _RESOLVER_OR_LABEL.sub("", value.strip())


def malformed_template_doi(value: str, line: int | None) -> Anomaly | None:
    """A ``doi-invalid`` anomaly for a template's ``doi=`` value that reads like a DOI and
    is none (see the module), or None."""
    bare = bare_value(value)
    if not _DOI_LIKE.match(bare):
        return None
    problem = doi_problem(bare)
    if problem is None:
        return None
    return Anomaly(AnomalyCode.DOI_INVALID, f"doi= {bare!r} is malformed: {problem}", line)
