"""A Vancouver article not yet published: its journal, then "In press" or "Submitted"::

    Ferreira DS, Lima KB. Title of the review. Rev Gaucha Enferm. No prelo.
    Costa LM, Pereira JS. Title of the study. Submetido à Rev Bras Enferm.
    Okafor C. Title. J Adv Nurs. In press.

NLM writes an article in press as the journal's (abbreviated) name and ``[In press]`` or
``Forthcoming`` in the place of the year, volume and pages; a manuscript's own list writes a
paper under review as submitted to its journal.  With no other host and no publisher, the
work is that journal's article.
"""

from __future__ import annotations

import dataclasses

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references.yearwords import IN_PRESS_WORDS

__all__ = ["pending_article"]

_SPACED = "|".join(r"\s".join(w.split()) for w in sorted(IN_PRESS_WORDS, key=len, reverse=True))
# a journal's name as NLM abbreviates it, or in full: capitalised words ("Rev Gaucha Enferm",
# "BMJ Open", "J Adv Nurs", "Journal of Nursing Studies"), small joining words between
_JOURNAL = (
    r"(?P<journal>[A-Z][\w'’&.-]*(?:\s(?:[A-Z&][\w'’&.-]*|of|the|and|for|in|de|da|do|des"
    r"|di|del|la|le|und|für)){0,9})"
)
# "Journal. In press." / "Journal. [In press]." / "Journal. Forthcoming 2026."
_IN_PRESS = lazy_compile(
    rf"\.\s{_JOURNAL}\.?\s\[?(?i:{_SPACED}|accepted|submitted|em\savalia[çc][ãa]o)\]?"
    r"(?:\s(?:19|20)\d\d)?\.?$"
)
# "Submitted to Journal.", "Submetido à Revista.", "Enviado a Revista.", "Soumis à Revue.",
# "Eingereicht bei Zeitschrift."
_SUBMITTED = lazy_compile(
    r"\.\s(?:Submitted\sto|Submetido\s(?:à|ao|a)|Submetido\spara|Enviado\s(?:à|ao|a|para)"
    r"|Soumis\s(?:à|au)|Sottoposto\sa|Eingereicht\sbei|Under\sreview\s(?:at|in|with))"
    rf"\s(?:the\s)?{_JOURNAL}\.?$"
)


def pending_article(ref: Reference, text: str) -> Reference:
    """``ref`` as the article of the journal named before its "in press" (or after its
    "submitted to") when nothing else was read as its host or publisher."""
    if ref.kind is not RefKind.UNKNOWN or ref.host or ref.publisher or not ref.title:
        return ref
    tail = text.strip()
    m = _IN_PRESS.search(tail) or _SUBMITTED.search(tail)
    if m is None:
        return ref
    journal = m.group("journal").strip(" .")
    if not journal or journal in ref.title or ref.title.endswith(journal):
        return ref
    return dataclasses.replace(ref, host=journal, kind=RefKind.ARTICLE)
