"""The comma form of Romance-language and Central European humanities references, with
no italics left to mark the title (plain text, PDF conversions):

``Tye, Michael, Consciousness, Color, and Content, Cambridge (MA), MIT Press, 2000.``,
``Flonta, Mircea, Cognitio. O introducere critică, Bucureşti, Editura All, 1994.``,
``Michael Tye, Consciousness, Color, and Content, Cambridge (MA), MIT Press, 2000, p. 15.``

The names come first (inverted with a comma, or in natural order); the reference ends
with ``, Place, Publisher, Year`` (and a page in a note), the publisher named as one
(``Press``, ``Editura``, ``Verlag``, ``Edizioni`` ...).  The title is all between: it may
hold commas of its own, which only the end of the reference can tell apart.
"""

from __future__ import annotations

import re

from bibcheck.parse.references.patterns import SURNAME, U
from bibcheck.parse.references.shared import Fields, year_of

_GIVEN = rf"[{U}][\w'’-]+(?:\s[{U}]\.)?(?:\s[{U}][\w'’-]+)?"
_NAMES = re.compile(
    rf"^(?P<authors>{SURNAME},\s{_GIVEN}|{_GIVEN}\s{SURNAME}"
    rf"|[{U}]\.(?:\s?[{U}]\.)*\s{SURNAME}),\s(?P<rest>\S.+)$"
)
_PUBLISHER = (
    r"(?:Press|Presses|Editura|Editions?|Éditions|Edizioni|Editore|Editori|Editorial"
    r"|Ediciones|Edições|Editora|Verlag|Publishing|Publishers?|Books|University|Universit\w+"
    r"|Wydawnictwo|Kiadó|Nakladatelství|Izdat\w+|Издательство|Видавництво|Humanitas|Polirom"
    r"|Gallimard|Seuil|Laterza|Einaudi|Mulino|Mondadori|Routledge|Blackwell|Springer|Wiley"
    r"|Clarendon|Beck|Suhrkamp|Akademie|Academy|Academia|Institut\w*)"
)
_TAIL = re.compile(
    rf",\s(?P<place>[{U}][\w'’.-]+(?:[\s-][{U}][\w'’.-]+)?(?:\s\([A-Z]{{2,3}}\))?)"
    r",\s(?P<pub>[^,]{2,60}?),\s(?P<year>(?:1[5-9]|20)\d\d)"
    r"(?:,\s(?:pp?|s|S|p|c|с|str|o)\.\s?(?P<pages>\d+(?:\s?[–-]\s?\d+)?))?\.?$"
)


def parse(body: str) -> Fields | None:
    """Fields of a reference in the comma form, or None."""
    names = _NAMES.match(body)
    if names is None:
        return None
    rest = names.group("rest")
    tail = _TAIL.search(rest)
    if tail is None or tail.start() == 0 or not re.search(_PUBLISHER, tail.group("pub")):
        return None
    title = rest[: tail.start()].strip(" ,.")
    if not title or len(title) > 300:
        return None
    return Fields(
        "comma",
        (names.group("authors"),),
        title,
        year_of(tail.group("year")),
        pages=tail.group("pages"),
        publisher=tail.group("pub").strip(),
        place=tail.group("place"),
    )
