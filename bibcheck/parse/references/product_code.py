"""A data product's or a database's own code in parentheses closing its title.

Ocean, climate and statistics services name each product by a code, and the lists cite the
product by its title with the code after it, in parentheses::

    Copernicus Marine Service (2023). *Global Ocean Physics Reanalysis*
        (GLOBAL_MULTIYEAR_PHY_001_030). https://doi.org/…
    Copernicus Marine Service. Arctic Ocean Sea Ice Analysis (ARCTIC_ANALYSIS_SEAICE_011_001)
        [dataset]. 2022 [cited …]. doi:…
    Statistics Office (2022). *Fish landings by port, 1990–2021* (LandStatDB). https://…

The code is the product's name as the service files it (one word: capitals and digits joined
by underscores, or a database's name written in one word with a capital inside), part of the
title the product is cited by -- no publisher (APA prints none in parentheses) and no fact of
the imprint (its digits are no year, volume or pages).  A title closing with such an
underscored code names a data product, which the corpus files as ``web`` (datasets are
``web``, tests/corpus/README.md "Kinds of sources").

:func:`code_after_title` gives the code opening what follows an APA title and the rest;
:func:`without_codes` a text with its codes taken out (for the checks that look for an
imprint's digits); :func:`product_kind` an entry whose title closes with a product code read
as a book or nothing as ``web``.
"""

from __future__ import annotations

import dataclasses

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind

__all__ = ["code_after_title", "product_kind", "without_codes"]

# "IBI_ANALYSISFORECAST_PHY_005_001", "GLOBAL_MULTIYEAR_PHY_001_030": capitals and digits
# joined by two underscores or more (a product's code as the services write it)
_UNDERSCORED = r"[A-Z][A-Z0-9]*(?:_[A-Z0-9]+){2,}"
# "FishStatJ", "HadISST", "LandStatDB": a database's name in one word, a capital inside
_ONE_WORD_NAME = r"[A-Z][a-z]+[A-Z][A-Za-z]*"
_CODE = rf"\((?P<code>{_UNDERSCORED}|{_ONE_WORD_NAME})\)"
# the code opening what follows an APA title ("(CODE). Publisher.", "(CODE).")
_LEADING = lazy_compile(rf"^{_CODE}\.?(?=\s|$)")
# a code anywhere (for :func:`without_codes`)
_ANY = lazy_compile(rf"\s?{_CODE}")
# a title closing with a product's underscored code
_CLOSING = lazy_compile(rf"\s\({_UNDERSCORED}\)$")
_TAKEN = (RefKind.BOOK, RefKind.UNKNOWN)


def code_after_title(remainder: str) -> tuple[str, str] | None:
    """(the code in parentheses, the rest after it) when ``remainder`` (what follows an
    APA title) opens with a product's or database's code, else None."""
    m = _LEADING.match(remainder)
    if m is None:
        return None
    return f"({m.group('code')})", remainder[m.end() :].strip()


def without_codes(text: str) -> str:
    """``text`` without the product codes in parentheses it holds."""
    return _ANY.sub("", text)


def product_kind(ref: Reference) -> Reference:
    """``ref`` as ``web`` when its title closes with a data product's underscored code and
    it was read as a book or nothing."""
    if ref.kind not in _TAKEN or not ref.title or _CLOSING.search(ref.title) is None:
        return ref
    return dataclasses.replace(ref, kind=RefKind.WEB)
