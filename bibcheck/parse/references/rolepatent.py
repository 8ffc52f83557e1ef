"""Patents cited the Vancouver way, their people's roles written after them, in any language::

    Lind K, Berg A, inventors; Nordvik AB, assignee. Title. US patent 9876543. 2018 Mar 6.
    Kaya B, Arslan T, buluş sahipleri; Ozan Tekstil A.Ş., başvuru sahibi. Title. TR patent …
    Vogel H, Erfinder; Muster GmbH, Anmelder. Title. DE Patent 10 2019 …. 2020 Jun 4.
    Martin P, inventeur; Société X, déposant. Title. Brevet FR 3 012 345. 2017.

The inventors are the authors, the sentence after the roles the title, the last year the
patent's date.  Citations Medicine (NLM) writes it so; Turkish, German, French, Spanish,
Portuguese, Italian and Dutch renderings of the style put their own role words in.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind

__all__ = ["reread"]

_INVENTORS = (
    r"(?:inventors?|buluş\ssahip(?:leri)?|buluş\ssahibi|mucit(?:ler)?|Erfinder(?:in)?|inventeurs?|inventrices?"
    r"|inventor(?:es|as|a)|inventori|uitvinders?|wynalazc[ay])"
)
_APPLICANT = (
    r"(?:assignees?|applicants?|başvuru\ssahip(?:leri)?|başvuru\ssahibi|patent\ssahibi|Anmelder(?:in)?"
    r"|Inhaber(?:in)?|déposant|titulaire|solicitante|titular|requerente|richiedente|titolare"
    r"|aanvrager|octrooihouder|zgłaszający|uprawniony)"
)
# "Names, inventors; Body, assignee. Title. <patent words>"
_SHAPE = lazy_compile(
    rf"^(?P<names>[^;]{{2,300}}?),\s{_INVENTORS}\s?;\s?(?:(?P<body>[^;]{{2,200}}?),\s{_APPLICANT}"
    r"\s?\.\s)?(?P<title>\S.*?[^\s.])\.\s(?P<tail>.*)$",
    re.S | re.I,
)
# the tail names a patent: "US patent 9876543", "Türk Patent TR …", "Brevet FR …"
_PATENT = lazy_compile(r"\b(?:patent|brevet|brevetto|patente|octrooi|patentu?)\b", re.I)
_YEAR = lazy_compile(r"\b(?:1[89]|20)\d\d\b(?![/\d])")
_NAME_SPLIT = lazy_compile(r",\s(?=\S)")


def reread(ref: Reference, rest: str) -> Reference:
    """``ref`` read again as a patent when ``rest`` names its inventors and applicant by
    their roles, Vancouver-style; else ``ref`` as it is."""
    m = _SHAPE.match(" ".join(rest.split()))
    if m is None or not _PATENT.search(m.group("tail")):
        return ref
    names = tuple(n.strip() for n in _NAME_SPLIT.split(m.group("names")) if n.strip())
    years = _YEAR.findall(m.group("tail"))
    year_raw = years[-1] if years else ref.year_raw
    return replace(
        ref,
        kind=RefKind.PATENT,
        authors=names,
        title=m.group("title").strip(),
        host=None,
        year=int(year_raw) if year_raw else ref.year,
        year_raw=year_raw,
    )
