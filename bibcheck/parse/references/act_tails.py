"""What a statute's or a regulation's citation sets after its title: no part of the title.

A law is cited by its official title, its short title and abbreviation in parentheses, then
its date and the gazette, or the provisions cited and the state of its text::

    Gesetz für … (Digitale-Versorgung-Gesetz – DVG) vom 9. Dezember 2019, BGBl. I S. 2562.
    Verordnung über … (… – DiGAV) vom 8. April 2020 (BGBl. I S. 768).
    Sozialgesetzbuch (SGB) Fünftes Buch (V) – …, §§ 33a, 139e, zuletzt geändert 2023.
    Loi n° 2019-774 relative à l'organisation … du 24 juillet 2019, JORF n° 0172.
    Health and Social Care Act 2012, s. 12, as amended.

The short title, the abbreviation and the date belong to the title as the corpora before
heldout52 key it (``Gesetz über … (VgG) vom 3. März 2011``: tests/test_fix39l); the
provisions (``§§ 33a, 139e``, ``Art. 5``, ``artículo 43``, ``s. 12``), the state of the
text (``zuletzt geändert 2023``, ``in der Fassung …`` -- after a comma or, naming the
announcement or the date of the version, with none: ``Tierschutzgesetz in der Fassung der
Bekanntmachung vom …`` --, ``modifiée``, ``as amended``) and a
gazette's abbreviation left after a comma (``…, BGBl``) do not.  :func:`without_act_tail`
cuts a title there.  An act read with no kind whose tail was cut so is a ``report`` (the
corpus files laws and regulations as reports).
"""

from __future__ import annotations

import dataclasses

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind

__all__ = ["act_without_tail", "without_act_tail"]

# a gazette's abbreviation left at the title's end after a comma or an opening parenthesis, its
# numbers read elsewhere ("… vom 9. Dezember 2019, BGBl", "… du 24 juillet 2019, JORF", "… vom
# 29. Juli 2009 (BGBl")
_GAZETTE_LEFT = lazy_compile(
    r"(?:,\s|\s\()(?:BGBl|RGBl|GVBl|GBl|JORF|BOE|DOUE|ABl|Dz\.\sU)\.?\s?(?:I{1,2})?$"
)
# the provisions cited, the state of the text
_PROVISION = lazy_compile(
    r",\s(?:§§?\s?\d|Art\.\s?\d|Artikel\s\d|[Aa]rticles?\s\d|art\.\s?\d|[Ss]s?\.\s\d"
    r"|[Aa]rt[íi]culos?\s\d|[Mm]adde\s\d"
    r"|zuletzt\sgeändert|in\sder\sFassung|i\.\s?d\.\s?F\.|modifiée?|as\samended"
    r"|según\ssu\smodificación|modificad[ao])"
    # (the version cited with no comma before it: "Tierschutzgesetz in der Fassung der
    # Bekanntmachung vom 18. Mai 2006", "… i. d. F. d. Bek. vom 2. Januar 2002", "… in der
    # Fassung vom 1. Juli 2020", "… in der jeweils geltenden Fassung")
    r"|\s(?:in\sder\sFassung\s(?:der\s(?:Neu)?[Bb]ekanntmachung|des\s|vom\s)"
    r"|i\.\s?d\.\s?F\.(?=\s|$)"
    r"|in\sder\s(?:jeweils\s)?(?:geltenden|gültigen)\sFassung\b)"
)
# the title is an act's: a word of legislation in it
_ACT = lazy_compile(
    r"(?i:gesetz|verordnung|\bloi\b|décret|ordonnance|\bley\b|decreto|reglamento|\bkanun"
    r"|yönetmelik|\bact\b|regulations?\b|\bcode\b|\bcódigo\b)"
)


def without_act_tail(title: str | None) -> str | None:
    """``title`` of an act without its provisions, state or left gazette (see the module);
    as it is when it names no act or nothing is cut."""
    if not title or _ACT.search(title) is None:
        return title
    cut = title
    provision = _PROVISION.search(cut)
    if provision is not None:
        cut = cut[: provision.start()]
    left = _GAZETTE_LEFT.search(cut)
    if left is not None:
        cut = cut[: left.start()]
    cut = cut.rstrip(" ,;(")
    return cut if len(cut) >= 3 else title


def act_without_tail(ref: Reference) -> Reference:
    """``ref`` with its act's title cut (:func:`without_act_tail`), and of no kind a report."""
    title = without_act_tail(ref.title)
    if title == ref.title or ref.kind not in (RefKind.REPORT, RefKind.UNKNOWN, RefKind.BOOK):
        return ref
    kind = RefKind.REPORT if ref.kind is RefKind.UNKNOWN else ref.kind
    return dataclasses.replace(ref, title=title, kind=kind)
