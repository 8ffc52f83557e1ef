"""Inverted names whose initials end with a comma before the title.

Geography, physics and older author-first lists write "Oke, T. R., The energetic basis of
the urban heat island. Journal, 108, 1–24, 1982": the family name, a comma, a run of
initials ("T. R.", "H.-P.", "J.-M."), then a comma and the title. A reader that closes a
name at its first initial leaves "R., The energetic ..." as the title; this module says
where such a list of names ends, so its initials stay with their names. Several names are
joined by commas or by "and" in the list's language ("Oke, T. R., and Smith, J. K.,
Title", "Müller, H.-P. und Weber, K., Titel", "Dupont, J.-M. et Martin, P., Titre").
"""

from __future__ import annotations

import re

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references.patterns import INITIALS, SURNAME, SURNAME_PLAIN, U

# "and" between inverted names, in the list's language
_AND = r"(?:and|&|und|et|e|y|i|en|og|och|ja)"
_FAMILY = rf"{SURNAME}(?:\s{SURNAME_PLAIN})?"
_NAME = rf"{_FAMILY},\s{INITIALS}"
# (the title after the comma: a capital letter, a digit or an opening quote, never a further
# "Family, I." name nor a year with its colon, "1982: Title", which the author-date readers
# take)
_NAMES_THEN_TITLE = lazy_compile(
    rf"^(?P<authors>{_NAME}(?:,?\s{_AND}\s{_NAME}|,\s{_NAME})*),\s"
    rf"(?!{_NAME})(?!\d{{4}}[:.,])(?P<after>[{U}\d“„«\"].*)$"
)
_ONE_NAME = lazy_compile(rf"{_NAME}")
# the Copernicus journals' own form closes the names with a colon: "Oke, T. R. and Lee, H.:
# Title, …" (no year after the names: "Oke, T. R., 1982: Title" is the author-date form)
_NAMES_COLON_TITLE = lazy_compile(
    rf"^(?P<authors>{_NAME}(?:,?\s{_AND}\s{_NAME}|,\s{_NAME})*):\s"
    rf"(?P<after>[{U}\d“„«\"].*)$"
)


def initialled_names(body: str) -> tuple[tuple[str, ...], str] | None:
    """The inverted names with their initials and the text after the comma that closes
    them (the title onwards), or None when ``body`` does not open with that shape.

    >>> initialled_names("Oke, T. R., The energetic basis. J. Clim., 1, 1–2, 1982.")
    (('Oke, T. R.',), 'The energetic basis. J. Clim., 1, 1–2, 1982.')
    >>> initialled_names("Oke, T. R. (1982). Title.") is None
    True
    """
    return _names(_NAMES_THEN_TITLE.match(body))


def colon_initialled_names(body: str) -> tuple[tuple[str, ...], str] | None:
    """:func:`initialled_names` of names closed by a colon (``Oke, T. R. and Lee, H.: Title``).

    >>> colon_initialled_names("Oke, T. R. and Lee, H.: Title, J. Clim., 1, 1–2, 1982.")
    (('Oke, T. R.', 'Lee, H.'), 'Title, J. Clim., 1, 1–2, 1982.')
    """
    return _names(_NAMES_COLON_TITLE.match(body))


def _names(m: re.Match[str] | None) -> tuple[tuple[str, ...], str] | None:
    if m is None:
        return None
    names = tuple(n.group(0) for n in _ONE_NAME.finditer(m.group("authors")))
    return names, m.group("after")
