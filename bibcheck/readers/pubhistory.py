"""A journal's publication history printed after the last reference: no part of an entry.

A journal article ends, often right after its reference list, with the dates it was
received and accepted: ``Received 12.11.2024 / Accepted 20.01.2025``, Polish ``Otrzymano
12.11.2024 / Zaakceptowano 20.01.2025``, German ``Eingegangen am 3. März 2023; angenommen
am …``, French ``Reçu le …, accepté le …``, Spanish ``Recibido: …; aceptado: …``,
Italian ``Ricevuto …``, Portuguese ``Recebido em …; aceito em …``.  Read with the list,
such a line runs on the last entry and gives it a wrong year; a line that is nothing but
such dates is cut from the entry.
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile

__all__ = ["history_line"]

_WORD = (
    r"(?i:received|revised|accepted|published(?:\sonline)?|available\sonline|submitted"
    r"|otrzymano|zaakceptowano|przyjęto|poprawiono|eingegangen|angenommen|überarbeitet"
    r"|reçu|accepté|révisé|recibido|aceptado|revisado|ricevuto|accettato|revisionato"
    r"|recebido|aceito|aceite|ontvangen|geaccepteerd|přijato|получено|принято|поступила"
    r"|(?:в\s)?редакцию)"
)
_DATE = (
    r"(?:\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d|(?:19|20)\d\d-\d{2}-\d{2}"
    r"|\d{1,2}\.?\s[^\W\d_]{3,12}\.?\s(?:19|20)\d\d|[^\W\d_]{3,12}\.?\s\d{1,2},\s(?:19|20)\d\d)"
)
_ONE = rf"{_WORD}(?:\s(?:am|on|le|em|il|el|op))?\s?:?\s?{_DATE}"
_HISTORY = lazy_compile(rf"^\s*{_ONE}(?:\s?[/;,|–—-]\s?(?:(?i:and|und|et|y|e|i)\s)?{_ONE})*\.?\s*$")


def history_line(line: str) -> bool:
    """Is ``line`` nothing but a publication history's dates (see the module)?"""
    return _HISTORY.match(line) is not None
