"""One body's name holding a conjunction: one author, not a list of them.

A public body's name often joins two of its remits with the word for "and" of its language:
``Direcção-Geral de Minas e Serviços Geológicos``, ``Ministerio de Agricultura, Pesca y
Alimentación``, ``Instituto Nacional de Estadística y Geografía``, ``Ministero
dell'Ambiente e della Sicurezza Energetica``, ``Servei Meteorològic i Oceanogràfic``,
``Ministère de l'Agriculture et de l'Alimentation``, ``Department of Mines and Energy``,
``National Institute of Standards and Technology``.  The conjunction that parts two people's
names (``Ana Rosado e Pedro Candeias``, ``J. Pemán y L. Arnal``) or two bodies
(``Ministry of Health and World Health Organization``, ``World Bank and IMF``) is inside
such a name: what follows it is no body nor a person by initials, nor a person in natural
order (``Ministério da Saúde e Ana Rosado``, ``Department of Health and John Smith``: two
to four capitalised words, particles between them, no body's word, the first a given name
:data:`~bibcheck.parse.references.given_names.COMMON_GIVEN` lists -- never a remit such as
``Economía Social`` or ``Social Care``).

A name is a body's by a word naming what the body is (a ministry, a department, a
directorate, an institute, a service, an agency, an office, a council …: the table of
:mod:`.bodywords`, in every language it holds), capitalised, opening the name or inside a
name of three words or more (``Robert Service`` is a person's name).
"""

from __future__ import annotations

import re

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.nameparticles import PARTICLES
from bibcheck.parse.references import bodywords
from bibcheck.parse.references.given_names import COMMON_GIVEN
from bibcheck.parse.references.patterns import L, U

__all__ = ["inside_body_name", "names_body", "split_names"]

# what a body is, in every language of the table (:mod:`.bodywords`), its openers and
# closers too ("Statens …", "… Geological Survey"): the text searched is one name
_BODY_WORD = lazy_compile(bodywords.pattern(edges=True))
# (a body after a conjunction: no closer -- "… Lands and Survey" is the name's remit)
_OTHER_BODY_WORD = lazy_compile(bodywords.BODY_WORD)
# a body by its initials ("IMF", "INEGI", "ISTAT")
_ACRONYM = lazy_compile(r"[A-Z][A-Z&]{1,9}")
# a person by initials, then the family name ("L. Arnal Sancho", "J.-P. Roux")
_BY_INITIALS = lazy_compile(rf"[{U}]\.")
# a capitalised word of a person's name ("Rosado", "Pérez", "Sá-Carneiro", "O'Neill")
_NAME_WORD = lazy_compile(rf"[{U}](?:[{L}]+|['’][{U}][{L}]+)(?:-[{U}][{L}]+)?")
# the particles between a person's names ("Maria da Silva", "Luis de la Torre")
_NAME_PARTICLES = PARTICLES | {"do", "das", "e", "y", "i"}


def names_body(name: str) -> bool:
    """Is ``name`` a body's by a word naming what it is -- opening it, or inside a name of
    three words or more (see the module)?"""
    words = name.split()
    found = _BODY_WORD.search(name)
    return found is not None and (found.start() == 0 or len(words) >= 3)


def _names_other_body(name: str) -> bool:
    """Is ``name``, after a conjunction, a body of its own: its initials, or a word naming a
    body closing it ("World Bank", "Home Office") or inside a name of three words or more
    ("World Health Organization", "Instituto Português do Mar")?  (A remit of two words,
    the body word first, is the name's: "… e Serviços Geológicos", "… e per i Servizi
    Tecnici".)"""
    if _ACRONYM.fullmatch(name):
        return True
    words = name.split()
    ends = [m.end() for m in _OTHER_BODY_WORD.finditer(name)]
    # (a whole word only: "Human Services" holds no "Service")
    whole = [end for end in ends if end == len(name) or not name[end].isalpha()]
    return bool(whole) and (len(words) >= 3 or len(name) in whole)


def _person(name: str) -> bool:
    """Is ``name`` a person's in natural order: two to four capitalised words, particles
    between them, the first a common given name, no word naming a body?"""
    words = name.split()
    named = [w for w in words if w not in _NAME_PARTICLES]
    return (
        2 <= len(named) <= 4
        and words[0] in COMMON_GIVEN
        and words[-1] not in _NAME_PARTICLES
        and all(_NAME_WORD.fullmatch(w) for w in named)
        and _BODY_WORD.search(name) is None
    )


def inside_body_name(before: str, after: str) -> bool:
    """Does a conjunction (or a comma) between ``before`` and ``after`` join the parts of one
    body's name -- a body's name before it, and after it neither a body nor a person (by
    initials, or a given name and family names)?"""
    if not names_body(before.strip(" ,")):
        return False
    after = after.strip(" ,.")
    return bool(after) and not (
        _BY_INITIALS.match(after) or _names_other_body(after) or _person(after)
    )


def split_names(separator: str, text: str) -> list[str]:
    """``text`` split at ``separator`` (a pattern with no group of its own), the parts of one
    body's name joined again (:func:`inside_body_name`; never across a semicolon)."""
    pieces = re.split(f"({separator})", text)
    parts = [pieces[0]]
    for between, piece in zip(pieces[1::2], pieces[2::2], strict=True):
        if ";" not in between and inside_body_name(parts[-1], piece):
            parts[-1] += between + piece
        else:
            parts.append(piece)
    return parts
