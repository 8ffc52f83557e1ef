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
import re

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references.yearwords import IN_PRESS_WORDS, STAGES, StageWords, sent_pattern

__all__ = ["pending_article"]

_SPACED = "|".join(r"\s".join(w.split()) for w in sorted(IN_PRESS_WORDS, key=len, reverse=True))
# a journal's name as NLM abbreviates it, or in full: capitalised words ("Rev Gaucha Enferm",
# "BMJ Open", "J Adv Nurs", "Journal of Nursing Studies"), small joining words between
_JOURNAL = (
    r"(?P<journal>[A-Z][\w'’&.-]*(?:\s(?:[A-Z&][\w'’&.-]*|of|the|and|for|in|de|da|do|des"
    r"|di|del|la|le|und|für)){0,9})"
)
# "Journal. In press." / "Journal. [In press]." / "Journal. Forthcoming 2026." /
# "Journal. Submitted." (a stage of a work sent to a journal, in any language of
# :data:`~.yearwords.STAGES`: "Em avaliação", "Accepted")
_IN_PRESS = lazy_compile(
    rf"\.\s{_JOURNAL}\.?\s\[?(?i:{_SPACED}|{sent_pattern()})\]?"
    r"(?:\s(?:19|20)\d\d)?\.?$"
)


# the stages of a work that a manuscript names with where it was sent ("Submitted to")
_SENT_TO_STAGES = frozenset({"submitted", "under review"})


def _sent_to(lang: StageWords) -> str:
    """``lang``'s words for a work submitted or under review, its first letter a capital,
    then a word that names where it was sent: "Submetido à", "Eingereicht bei"."""
    words = sorted(
        (w for w, stage in lang.words.items() if stage in _SENT_TO_STAGES),
        key=len,
        reverse=True,
    )
    spelled = "|".join(
        re.escape(w[0].upper()) + r"\s".join(map(re.escape, w[1:].split(" "))) for w in words
    )
    to = "|".join(map(re.escape, sorted(lang.to, key=len, reverse=True)))
    return f"(?:{spelled})\\s(?:{to})" if words and to else ""


# "Submitted to Journal.", "Submetido à Revista.", "Enviado a Revista.", "Soumis à Revue.",
# "Eingereicht bei Zeitschrift.", "Under review at Journal."
_SUBMITTED = lazy_compile(
    rf"\.\s(?:{'|'.join(filter(None, map(_sent_to, STAGES)))})"
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
