"""What a French, Italian, Spanish, German or English note writes after a title to say the
work is read online and nothing else: ``*Correspondance*, édition électronique, <url>
(consulté le …)``, ``edizione digitale``, ``edición digital``, ``Online-Ausgabe``,
``online edition``.  A title followed by such words and its address only is a page online,
not a book (no place, no publisher, no year)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bibcheck.lazyre import lazy_compile

__all__ = ["only_online"]

_ONLINE = lazy_compile(
    r"(?:(?:édition|edizione|edición|edição|edition)\s(?:électronique|numérique|en\sligne"
    r"|digitale?|elettronica|electrónica|eletrônica|electronic|online|digital)"
    r"|(?:digital|electronic|online)\sedition|(?:Online|Digital)-?(?:Ausgabe|Edition)"
    r"|site\s(?:web|internet)|en\sligne|online)",
    re.IGNORECASE,
)

# the address and the date it was read, when still in the parts
_ADDRESS_OR_READ = lazy_compile(
    r"(?:<?https?://\S+>?)?\s*(?:[(\[]?\s*(?:consulté|consultée|accessed|abgerufen|consultato"
    r"|consultado|zugegriffen)\b[^()\[\]]*[)\]]?)?",
    re.IGNORECASE,
)


def only_online(parts: Sequence[str]) -> bool:
    """Are ``parts`` (what follows a title, comma by comma, its address out) only words
    saying the work is read online?"""
    kept = [p.strip(" .") for p in parts if not _ADDRESS_OR_READ.fullmatch(p.strip(" ."))]
    return bool(kept) and all(_ONLINE.fullmatch(p) for p in kept)
