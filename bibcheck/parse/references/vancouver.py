"""Vancouver (NLM, ICMJE) book details the IEEE/Vancouver parser reads with these.

An edition statement is a sentence of its own between the title and the imprint, in the
forms NLM's *Citing Medicine* and EndNote's output styles write: ``5th ed.``, ``2nd ed.,
rev.``, ``5th ed., text rev.``, ``3rd rev. ed.``, ``10th rev.``, ``Rev. ed.``, and those of
the same lists in German, French, Spanish, Portuguese, the Scandinavian languages, Dutch or
Czech (``2. Aufl.``, ``3e éd.``, ``2ª ed.``, ``2. uppl.``, ``4e druk``).  :data:`EDITION`
matches one at the start of a sentence (the whole statement, so that removing it leaves the
imprint).

The imprint names the place with its state or country in parentheses, NLM's way:
``Washington (DC): American Psychiatric Publishing; 2022.``, ``Bethesda (MD): National
Library of Medicine (US); 2007.`` :func:`vancouver_imprint` reads that too.
"""

from __future__ import annotations

import re

from bibcheck.parse.references.shared import place_publisher

__all__ = ["EDITION", "vancouver_imprint"]

_ORDINAL = (
    r"(?:\d+(?:st|nd|rd|th|\.|e|re|ème|ª|º|a|o)|Revised|Rev\.|New|Updated|Expanded|Enlarged"
    r"|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth)"
)
_REVISION = r"(?:text\s)?(?:rev|revised|updated|expanded|enl|enlarged|reprint(?:ed)?)\b\.?"
EDITION = re.compile(
    rf"^{_ORDINAL}\s?(?:(?:rev\.|revised|updated|expanded|enl\.)\s)?"
    # (Swedish "2. uppl.", Norwegian "3. utg.", Danish "2. udg.", Dutch "4e druk", Czech
    # "2. vyd.")
    rf"(?:ed|edn|edition|éd|édition|Aufl|Auflage|rev|uppl|upplagan|utg|utgave|utgåva|udg"
    rf"|udgave|druk|vyd)\b\.?(?:,?\s{_REVISION})*(?:\s|$)",
    re.I,
)
# "Washington (DC): Publisher" / "Bethesda (MD): National Library of Medicine (US)"
_PLACE_IN_PARENS = re.compile(
    r"^\s*(?P<place>[^\W\d][^:;,()]{1,60}?\s\([^()]{2,20}\))\s?:\s?"
    r"(?P<publisher>[^,;:]+?)\s*(?:[,;]|$)"
)

_EDITION_REST = re.compile(r"^\s*(?:ed|edn|edition)\.\s", re.I)


def vancouver_imprint(text: str) -> tuple[str | None, str | None]:
    """The place and publisher of a Vancouver imprint ("Place: Publisher, 2020"; the place
    with its state in parentheses too)."""
    text = _EDITION_REST.sub("", text)  # "3rd rev." / "ed. Bethesda (MD): …" split apart
    place, publisher = place_publisher(text)
    if place is None and publisher is None:
        m = _PLACE_IN_PARENS.match(text)
        if m:
            return m.group("place").strip(), m.group("publisher").strip()
    return place, publisher
