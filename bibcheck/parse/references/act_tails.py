"""What a statute's or a regulation's citation sets after its title: no part of the title.

A law is cited by its official title, its short title and abbreviation in parentheses, then
its date and the gazette, or the provisions cited and the state of its text::

    Gesetz für … (Digitale-Versorgung-Gesetz – DVG) vom 9. Dezember 2019, BGBl. I S. 2562.
    Verordnung über … (… – DiGAV) vom 8. April 2020 (BGBl. I S. 768).
    Sozialgesetzbuch (SGB) Fünftes Buch (V) – …, §§ 33a, 139e, zuletzt geändert 2023.
    Loi n° 2019-774 relative à l'organisation … du 24 juillet 2019, JORF n° 0172.
    Ley 41/2002 básica reguladora de la autonomía del paciente, de 14 de noviembre, BOE núm. 274.
    Health and Social Care Act 2012, s. 12, as amended.

The short title and abbreviation belong to the title; the date (``vom 9. Dezember 2019``,
``du 24 juillet 2019``, ``de 14 de noviembre``), the provisions (``§§ 33a, 139e``, ``Art. 5``,
``s. 12``) and the state of the text (``zuletzt geändert 2023``, ``in der Fassung …``,
``modifiée``, ``as amended``) do not (the corpus conventions).  :func:`without_act_tail`
cuts a title there -- only a date that ends the title or stands before the gazette's
comma or parenthesis: a date inside the title's sentence (``Orden ARM/2656/2008, de 10 de
septiembre, por la que se aprueba …``, ``Loi … du 30 mars 1992 portant Code foncier``) is the
title's own.  An act read with no kind whose tail was cut so is a ``report`` (the corpus
files laws and regulations as reports).
"""

from __future__ import annotations

import dataclasses

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind

__all__ = ["act_without_tail", "without_act_tail"]

# month names of the languages a statute is dated in
_MONTH = (
    r"(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November"
    r"|Dezember|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre"
    r"|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre"
    r"|octubre|noviembre|diciembre|Ocak|Şubat|Mart|Nisan|Mayıs|Haziran|Temmuz|Ağustos|Eylül"
    r"|Ekim|Kasım|Aralık)"
)
# the date: "vom 9. Dezember 2019", "vom 08.04.2020", "du 24 juillet 2019", "de 14 de
# noviembre(de 2002)"; then the title's end, or the gazette after a comma or parenthesis
_DATE = lazy_compile(
    rf",?\s(?:vom|v\.|du|de|del)\s(?:\d{{1,2}}\.?\s?(?:de\s)?{_MONTH}(?:\s(?:de\s)?\d{{4}})?"
    rf"|\d{{1,2}}\.\d{{1,2}}\.\d{{4}}|1er\s{_MONTH}\s\d{{4}})(?=\s*(?:[,(;]|$))",
)
# what may follow the date in the title: a gazette's name or nothing
_AFTER = lazy_compile(r"^\s*(?:[,(;]\s*(?:[^\s,;()]+\s?){0,3})?$")
# the provisions cited, the state of the text
_PROVISION = lazy_compile(
    r",\s(?:§§?\s?\d|Art\.\s?\d|Artikel\s\d|[Aa]rticles?\s\d|art\.\s?\d|[Ss]s?\.\s\d"
    r"|zuletzt\sgeändert|in\sder\sFassung|i\.\s?d\.\s?F\.|modifiée?|as\samended"
    r"|según\ssu\smodificación|modificad[ao])"
)
# the title is an act's: a word of legislation in it
_ACT = lazy_compile(
    r"(?i:gesetz|verordnung|\bloi\b|décret|ordonnance|\bley\b|decreto|reglamento|\bkanun"
    r"|yönetmelik|\bact\b|regulations?\b|\bcode\b|\bcódigo\b)"
)


def without_act_tail(title: str | None) -> str | None:
    """``title`` of an act without its date, gazette, provisions or state (see the module);
    as it is when it names no act or nothing is cut."""
    if not title or _ACT.search(title) is None:
        return title
    cut = title
    provision = _PROVISION.search(cut)
    if provision is not None:
        cut = cut[: provision.start()]
    for m in _DATE.finditer(cut):
        if _AFTER.match(cut[m.end() :]) is not None:
            cut = cut[: m.start()]
            break
    cut = cut.rstrip(" ,;(")
    return cut if len(cut) >= 3 else title


def act_without_tail(ref: Reference) -> Reference:
    """``ref`` with its act's title cut (:func:`without_act_tail`), and of no kind a report."""
    title = without_act_tail(ref.title)
    if title == ref.title or ref.kind not in (RefKind.REPORT, RefKind.UNKNOWN, RefKind.BOOK):
        return ref
    kind = RefKind.REPORT if ref.kind is RefKind.UNKNOWN else ref.kind
    return dataclasses.replace(ref, title=title, kind=kind)
