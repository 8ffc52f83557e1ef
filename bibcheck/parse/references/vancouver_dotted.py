"""Vancouver names written with full stops after the initials.

NLM writes the initials bare ("Smith JA, Jones KB."); many lists that follow it otherwise --
journals' own house styles, reference managers' "Vancouver" variants, lists in Central and
Eastern Europe, Turkey or Latin America -- keep a full stop after each initial, and join the
last name with "and" or "&"::

    Smith J., Jones K. and Brown L. Harbour works. J Hist. 2015;3:1-9.
    Novák J.A., Svoboda K.-B. Title. Place: Publisher; 2015.
    Smith J. & Jones K. Title. J Hist. 2015;3:1-9.

The names' end is the last initial's full stop. :func:`dotted_names` gives the names the
Vancouver way ("Smith JA", "Svoboda K-B") and the text after them, for two names at least
(one name alone, "Smith J. Title.", is read as before).
"""

from __future__ import annotations

import re

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.coauthors import AND
from bibcheck.parse.references.patterns import SURNAME, U

__all__ = ["dotted_list", "dotted_names"]

# initials each with a full stop ("J.", "J.A.", "J. A.", "J.-F."), or NLM's letters with one
# full stop closing them ("JA.")
_INITIALS = rf"(?:[{U}]\.(?:\s?-?[{U}]\.){{0,3}}|[{U}]{{2,4}}\.)"
_PERSON = rf"(?>{SURNAME}\s{_INITIALS})"
_SEP = rf"(?:,\s|;\s|,?\s{AND}\s)"
_ET_AL = r"(?:,?\s(?:et\sal\.|i\sin\.|a\skol\.|и\sдр\.|m\.fl\.|u\.a\.))"
_NAMES = rf"{_PERSON}(?>(?:{_SEP}{_PERSON}){{1,40}}){_ET_AL}?"
_HEAD = lazy_compile(rf"^(?P<names>{_NAMES})\s(?P<after>[^\s(].*)$")
_LIST = lazy_compile(rf"{_NAMES}\.?")
_SPLIT = lazy_compile(rf"{_SEP}(?=[^\W\d_])")
_INITIAL_PART = lazy_compile(rf"(?:-?[{U}]{{1,4}}\.)+")


def dotted_names(body: str) -> tuple[tuple[str, ...], str] | None:
    """The names at the start of ``body`` written with full stops after the initials, the
    Vancouver way ("Smith J., Jones K. and Brown L. Title." -> ("Smith J", "Jones K", "Brown
    L"), "Title."), or None when it does not open with two such names at least."""
    m = _HEAD.match(body)
    if m is None:
        return None
    return _people(m.group("names")), m.group("after")


def dotted_list(text: str) -> tuple[str, ...] | None:
    """``text`` as names alone written so ("Smith J. and Jones K.", a Harvard list's names
    before its year in parentheses), the Vancouver way, or None."""
    return _people(text) if _LIST.fullmatch(text.strip()) else None


def _people(names: str) -> tuple[str, ...]:
    names = re.sub(rf"{_ET_AL}$", "", names)
    return tuple(_vancouver_way(name) for name in _SPLIT.split(names) if name)


def _vancouver_way(name: str) -> str:
    """ "Smith J.A." -> "Smith JA", "Svoboda K.-B." -> "Svoboda K-B", "van Berg J. A." ->
    "van Berg JA" (the family name as written)."""
    parts = name.strip().split(" ")
    cut = next((k for k, part in enumerate(parts) if k and _INITIAL_PART.fullmatch(part)), 0)
    if not cut:
        return name.strip()
    return f"{' '.join(parts[:cut])} {''.join(parts[cut:]).replace('.', '')}"
