"""DOIs written with a label, a macro or a resolver that are no DOI: ``DOI: 10.1021ed039p333``,
``https://doi.org/10,1371/journal.x``.

A reference that says ``DOI:`` (or ``doi``, or ``\\doi{...}``) and then gives a number
that does not read ``10.NNNN/suffix`` (the slash after the prefix lost, a comma for the
dot) has a defect the reader must report: the parser finds no DOI there and would pass
over it in silence.  :func:`malformed_dois` finds each such DOI in a text, with its
offset; what is not DOI-like at all (``DOI: not assigned``) is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import unquote

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references.fields import bare_doi

__all__ = ["MalformedDoi", "malformed_dois", "malformed_resolver_doi"]

# "DOI: 10.1021/x", "doi 10.1021/x", "DOI:~10.1021/x" (not "dx.doi.org/10..." nor "doi/10.")
# (the label's whitespace possessive: "\s*(?::|\s)\s*" split a run of spaces every way)
# (and the word after one space, for a DOI broken by it: "doi: 10.1128 /CMR.00011-07",
# "doi:10.1128/ CMR.00011-07")
_LABELLED = lazy_compile(
    r"(?<![\w/.\\-])doi\b(?:\s*+:\s*+|\s++)(?:~\s*+)?(?P<doi>10[.,]\S*+)(?:[ \t](?P<gap>\S++))?",
    re.IGNORECASE,
)
_MACRO = lazy_compile(r"\\doi\s*\{(?P<doi>\s*10[.,][^{}]*)\}")
_TRAILING = ".,;:)]}"
# a resolver's address whose path reads like a DOI and is none: "https://doi.org/10,1371/x"
# (a comma for the prefix's dot), "https://dx.doi.org/10.1021ed047p12" (the slash lost)
_RESOLVER = lazy_compile(r"^https?://(?:www\.|dx\.)?doi\.org/(?P<doi>10[.,]\S*)$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class MalformedDoi:
    written: str
    start: int  # offset of the DOI in the text
    problem: str
    # offset of its label ("doi:", "\\doi{"), where the DOI's part of the text begins
    label_start: int = -1

    @property
    def span(self) -> tuple[int, int]:
        """Offsets of the label and the DOI as written: no other field's text."""
        begin = self.start if self.label_start < 0 else self.label_start
        return begin, self.start + len(self.written)


def _problem(doi: str) -> str:
    if re.search(r"\s", doi):
        return "a space breaks the DOI (a DOI reads 10.NNNN/suffix, with no space)"
    prefix = re.match(r"10[.,]\d*", doi)
    if doi.startswith("10,"):
        return "the prefix is written with a comma (a DOI reads 10.NNNN/suffix)"
    if "/" not in doi:
        return "the '/' between prefix and suffix is missing (a DOI reads 10.NNNN/suffix)"
    if prefix is None or not 4 <= len(prefix.group(0)) - 3 <= 9:
        return "the prefix is not 10. and 4 to 9 digits (a DOI reads 10.NNNN/suffix)"
    return "a DOI reads 10.NNNN/suffix"


def malformed_dois(text: str) -> Iterator[MalformedDoi]:
    """Each labelled or ``\\doi{}`` DOI in ``text`` that is not a DOI."""
    for pattern in (_LABELLED, _MACRO):
        for m in pattern.finditer(text):
            written = m.group("doi").strip().rstrip(_TRAILING)
            if pattern is _LABELLED:
                written = _across_space(m.group("doi"), m.groupdict().get("gap"), written)
            if pattern is _LABELLED and written.count("(") < written.count(")"):
                written = written.rstrip(")")
            if bare_doi(written) is None:
                yield MalformedDoi(written, m.start("doi"), _problem(written), m.start())


def _across_space(doi: str, gap: str | None, written: str) -> str:
    """The DOI with the word after a space when the space breaks it: the prefix before
    ``/suffix`` (``10.1128 /CMR.1``), or a ``/`` before the suffix (``10.1128/ CMR.1``);
    a DOI whole before the space is kept alone."""
    if gap is None or bare_doi(written) is not None:
        return written
    broken = (gap.startswith("/") and re.fullmatch(r"10[.,]\d+", doi) is not None) or (
        doi.endswith("/") and re.match(r"[\w(]", gap) is not None
    )
    return f"{doi} {gap}".rstrip(_TRAILING) if broken else written


def malformed_resolver_doi(url: str) -> MalformedDoi | None:
    """The DOI of a doi.org address that is no DOI (its offset in ``url``), or None."""
    m = _RESOLVER.match(url)
    if m is None:
        return None
    written = unquote(m.group("doi")).rstrip(_TRAILING)  # ("10.1000%2Fxyz" is a DOI)
    if bare_doi(written) is not None:
        return None
    return MalformedDoi(written, m.start("doi"), _problem(written))
