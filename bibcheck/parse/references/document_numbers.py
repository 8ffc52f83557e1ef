"""A document's number or version printed next to its title: no part of the title.

Vancouver and AMA entries for an agency's document, a guideline or a registry record print
the number the issuing body files it under, or the version cited, as a sentence of its own
after the title, or the record's number before it::

    ICH guideline M10 on bioanalytical method validation. EMA/CHMP/ICH/172948/2019. Amsterdam: …
    Eliquis: EPAR – product information. EMEA/H/C/002148. Amsterdam: EMA; 2023.
    Allgemeine Methoden. Version 7.0. Köln: IQWiG; 2023.
    Guía de práctica clínica sobre diabetes. Versión 2.1. Madrid: …
    Evde bakım rehberi. Sürüm 3.0. Ankara: …
    Deutsches Register Klinischer Studien. DRKS00099017: Wirksamkeit einer App …
    ClinicalTrials.gov. NCT01234567: A study of …

The number identifies the document, it does not name it (the corpus conventions: a
designation is no part of a title).  :func:`without_numbers` cuts from a title

* a last sentence that is nothing but a body's filing code -- capitals and digits in three or
  more groups joined by slashes, with a digit (``EMA/CHMP/ICH/172948/2019``,
  ``EMEA/H/C/002148``, ``WHO/CDS/TB/2003.313``) -- or a version's number (``Version 7.0``,
  ``Versión 2``, ``Version 3.5``, ``Sürüm 2.1``, ``Versione 1.0``, ``Wersja 4``), and
* a closing designation in parentheses, a body's code with a year and a number in slashed
  groups (``… Kapitalpuffer (ESRB/2014/1)``, ``Decision … (ECB/2020/17)``), or the
  European Commission's document number after a comma (``…, COM(2019) 95 final``), and
* an opening registry number with its colon: capitals then at least five digits, in one
  word (``DRKS00099017:``, ``NCT01234567:``, ``ISRCTN12345678:``, ``ACTRN12619000001234:``),

and keeps a title that would be nothing without them (a version after a comma is the
title's own: ``The Unicode Standard, Version 12.0``, as the corpora key it);
:func:`without_edition_number` cuts an edition after a comma from a book's or a
report's title (``…, 2. edición``; ``…, 3`` of ``…, 3. Auflage.``).  A slashed code inside
a sentence (``Orden ARM/2656/2008, de 10 de septiembre, …``, ``Décret D/2001/037/PRG/SGG
portant …``) is the title's own and stays.
"""

from __future__ import annotations

import re

from bibcheck.lazyre import lazy_compile

__all__ = ["filing_code", "without_edition_number", "without_numbers"]

# a last sentence: a filing code of three or more slashed groups with a digit, or a version
_TAIL = lazy_compile(
    r"\.\s+(?:(?=[^\s]*\d)[A-Z][A-Za-z0-9.-]*(?:/[A-Za-z0-9][A-Za-z0-9.-]*){2,}"
    r"|(?:Version|Versión|Versão|Versione|Sürüm|Wersja|Verze|Versie|Versio)\s\d{1,3}"
    r"(?:\.\d{1,3}){0,2})\.?$"
)
# an edition's number after a comma, its full stop and word cut off by the sentence's end:
# "…, 3" of "…, 3. Auflage." ("2. Aufl.", "2e édition", "2ª edición", "3. baskı", "wyd. 2")
_EDITION_NUMBER = lazy_compile(r",\s(?P<number>\d{1,2})$")
_EDITION_WORD = (
    r"(?:Auflage|Aufl\.|Ausgabe|ed\.|edn\.?|edition|[ée]dition|edici[óo]n|edi[çc][ãa]o"
    r"|edizione|baskı|wydanie|upplagan|utgave|udgave|druk|vydání)"
)
_EDITION_AFTER = lazy_compile(rf"\.\s?{_EDITION_WORD}", re.IGNORECASE)
# ... or the whole statement closing the title: "…, 2. édition", "…, 2ª edición", "…, 3rd ed."
_EDITION_CLOSING = lazy_compile(
    rf",\s\d{{1,2}}(?:\.|e|ª|º|st|nd|rd|th)?\s?{_EDITION_WORD}\.?$", re.IGNORECASE
)
# a closing designation in parentheses, a body's code, a year and a number in slashed
# groups: "… antizyklische Kapitalpuffer (ESRB/2014/1)", "… (ECB/2020/17)", "(EBA/GL/2020/02)"
_DESIGNATION = lazy_compile(
    r"\s\((?=[^()]*/(?:19|20)\d\d(?:/|\)))[A-Z]{2,8}(?:/[A-Z0-9]{1,8}){2,4}\)$"
)
# the European Commission's document number closing the title after a comma or a full stop:
# "…, COM(2019) 95 final", "…. SWD(2019) 30 final", "…, C(2021) 2800"
_COMMISSION_NUMBER = lazy_compile(
    r"[,.]\s(?:COM|SWD|SEC|JOIN|C)\s?\((?:19|20)\d\d\)\s?\d{1,5}(?:\sfinal)?$"
)
# an opening registry number with its colon
_LEAD = lazy_compile(r"^[A-Z]{2,8}\d{5,20}:\s+(?=\S)")


# a sentence that is a body's filing code alone: "WHO/CDS/TB/2019.15", "A/RES/70/1",
# "E/CN.4/1998/53", "WHO/2019-nCoV/IPC/2020.4" (slashes part the groups, a digit among them)
_CODE = lazy_compile(r"(?=\S*\d)[A-Z][A-Za-z0-9.-]*(?:/[A-Za-z0-9][A-Za-z0-9.-]*){2,}")


def filing_code(sentence: str) -> str | None:
    """The code when ``sentence`` is nothing but a body's filing code (``WHO/CDS/TB/2019.15.``,
    ``A/RES/70/1``, see the module), else None (``COVID-19``, ``HIV/AIDS``: no code)."""
    m = _CODE.fullmatch(sentence.strip().removesuffix("."))
    return None if m is None else m.group(0)


def without_numbers(title: str | None) -> str | None:
    """``title`` without a trailing filing code or version sentence and an opening registry
    number (see the module); as it is when nothing is left or nothing is cut."""
    if not title:
        return title
    cut = title
    lead = _LEAD.match(cut)
    if lead is not None:
        cut = cut[lead.end() :]
    tail = _TAIL.search(cut) or _DESIGNATION.search(cut) or _COMMISSION_NUMBER.search(cut)
    if tail is not None:
        cut = cut[: tail.start()]
    cut = cut.strip()
    return cut if len(cut) >= 3 else title


def without_edition_number(title: str | None, text: str) -> str | None:
    """``title`` without the edition the entry prints after it, after a comma: the whole
    statement (``…, 2. édition``, ``…, 2ª edición``) or the number the sentence's end after
    the ordinal's full stop left in the title (``…, 3`` of ``… Langfassung, 3. Auflage.
    Version 3. 2019.``)."""
    if not title:
        return title
    whole = _EDITION_CLOSING.search(title)
    if whole is not None:
        cut = title[: whole.start()].strip()
        return cut if len(cut) >= 3 else title
    m = _EDITION_NUMBER.search(title)
    if m is None:
        return title
    flat, name = " ".join(text.split()), " ".join(title.split())
    at = flat.find(name)
    if at < 0 or _EDITION_AFTER.match(flat, at + len(name)) is None:
        return title
    cut = title[: m.start()].strip()
    return cut if len(cut) >= 3 else title
