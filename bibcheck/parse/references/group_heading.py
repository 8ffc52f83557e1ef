"""A collective author whose name holds a colon, before the title, as Vancouver, Nature and
AMA lists cite clinical guidelines: ``Kidney Disease: Improving Global Outcomes (KDIGO)
Acute Kidney Injury Work Group. KDIGO clinical practice guideline …. Kidney Int Suppl.
2012;2(1):1–138.``  The colon is the body's own (its programme's name), but every parser
takes "Name: …" for a title and its subtitle, so the group's sentence is read as the title.

:func:`masked_heading` gives the text with the colons of such a heading written as the
ratio sign (the same length, so that lines and offsets stay right); the caller reads that
and gives the author back its colon (:func:`unmasked`).  Only a heading that ends in the
word of a collective body (``Work Group``, ``Writing Committee``, ``Investigators``,
``Consortium``, ``Task Force`` …) and is followed by a sentence is changed.
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile

__all__ = ["masked_heading", "unmasked"]

_RATIO = "\u2236"
_HEADING = lazy_compile(
    r"^\s*(?:The\s)?[A-Z][^.:]{1,80}:\s[^.:]{3,160}?\s"
    r"(?:Work(?:ing)?\sGroup|Study\sGroup|Collaborative\sGroup|Writing\s(?:Committee|Group)"
    r"|Steering\sCommittee|Guideline\s(?:Committee|Panel|Group)|Task\sForce|Expert\sPanel"
    r"|Consensus\s(?:Panel|Group)|Investigators|Collaborators|Consortium)"
    r"\.\s(?=[A-Z\d])"
)


def masked_heading(text: str) -> str | None:
    """``text`` with the colon of a collective author's name before the title masked, or
    None when it opens with no such author."""
    m = _HEADING.match(text)
    if m is None:
        return None
    return text[: m.end()].replace(":", _RATIO) + text[m.end() :]


def unmasked(name: str) -> str:
    """A name read from a masked text, its colon given back."""
    return name.replace(_RATIO, ":")
