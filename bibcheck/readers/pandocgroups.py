"""A bibliography key written without its ``@`` inside a Pandoc citation group.

``[@Rew90; Rew2006; @OGC]`` cites two works: Pandoc reads ``Rew2006`` as text (a prefix
or suffix of its neighbour) and prints it literally, so the work the author meant to cite
is not cited and the reader of the paper sees a bare key.  :func:`unmarked_keys` finds
such a part -- one token, no ``@``, that is a key of the document's bibliography -- and
says it, once per place.  A part that is no key (a prefix "see", a locator "p. 3") is
text, as Pandoc reads it.
"""

from __future__ import annotations

from collections.abc import Iterable, Set

from bibcheck.model import Anomaly, AnomalyCode

__all__ = ["unmarked_keys"]

_STRIP = " \t-,.;:"  # around a part: spaces, the "-" of a suppressed author, stops


def _bare(part: str) -> str | None:
    """The part's one token, if the part is one token with no ``@``."""
    token = part.strip(_STRIP)
    if not token or "@" in token or any(ch.isspace() for ch in token):
        return None
    return token.removeprefix("{").removesuffix("}")


def unmarked_keys(groups: Iterable[tuple[int, str]], keys: Set[str]) -> list[Anomaly]:
    """``citation-key-unmarked`` anomalies for the bare keys of ``groups`` (``(line,
    body)`` of each bracketed citation, its body holding at least one ``@key``), ``keys``
    the bibliography's."""
    found: list[Anomaly] = []
    for line, body in groups:
        parts = body.split(";")
        if len(parts) < 2:
            continue
        for part in parts:
            token = _bare(part)
            if token is not None and token in keys:
                found.append(
                    Anomaly(
                        AnomalyCode.CITATION_KEY_UNMARKED,
                        f"'{token}' in the citation [{body.strip()}] is a bibliography key "
                        "written without '@': Pandoc prints it as text and does not cite it",
                        line,
                    )
                )
    return found
