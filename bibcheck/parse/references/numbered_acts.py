"""Statutes and executive acts cited by their number, as the common-law and the mixed
jurisdictions print them.

A note citing one of these is a legal source (:mod:`.legal_kind` files it as ``report``),
though it carries none of the marks of the civil-law systems or the United States Code:

* the Philippines: ``Republic Act No. 10173``, ``Rep. Act No. 10173``, ``R.A. No. 10173``,
  ``Commonwealth Act No. 141``, ``Batas Pambansa Blg. 22``, ``Presidential Decree No. 1529``,
  ``P.D. No. 1529``, ``Executive Order No. 292``, ``E.O. No. 292``;
* the United States: ``Pub. L. No. 117-58``, ``Public Law 117-58``, ``Exec. Order No.
  14110``, ``Executive Order 14110``;
* the Commonwealth: ``Act No. 3 of 2019``, ``Act 3 of 2019`` (in Afrikaans ``Wet op Wyn 3
  van 2019``), ``Ordinance No. 12``, a Hong
  Kong or Singapore chapter after an ordinance or in brackets (``Personal Data (Privacy)
  Ordinance (Cap. 486)``, ``Ordinance, Cap. 486``) — a bare ``Cap. 3`` is a book's chapter
  (Italian ``cap.``, Spanish ``cap.``) and is left.

A note *cites* such an act (:func:`cited_act`) when the designation stands as a part of the
citation: at its start, after a punctuation mark or a title's capitalised word, and before a
punctuation mark, a section or the end (``An Act …, Republic Act No. 10173, § 3``); not as a
word of a sentence (``See the discussion of Republic Act No. 10173 in the hearings``, ``the
Court applied R.A. No. 9262 when …``), nor in a book's title about it.
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile

__all__ = ["cited_act", "numbered_act"]

_NO = r"(?:No\.|No|Nos?\.|Blg\.|n[°o]\.?)\s?"
_NUMBERED_ACT = lazy_compile(
    # the Philippines' statutes and decrees
    rf"\b(?:Republic\sAct|Rep\.\sAct|R\.\s?A\.|Commonwealth\sAct|Com\.\sAct|C\.\s?A\."
    rf"|Presidential\sDecree|Pres\.\sDec\.|P\.\s?D\.|Batas\sPambansa|B\.\s?P\.)\s{_NO}\d{{1,5}}\b"
    r"|\bBatas\sPambansa\sBlg\.\s?\d{1,5}\b"
    # executive orders, ordinances (the number required)
    rf"|\b(?:Executive\sOrder|Exec\.\sOrder|E\.\s?O\.|Administrative\sOrder|Ordinance)\s{_NO}\d{{1,5}}\b"
    r"|\b(?:Executive\sOrder|Exec\.\sOrder)\s\d{3,5}\b"
    # the United States' public laws
    r"|\b(?:Pub\.\s?L\.|Public\sLaw|P\.\s?L\.)\s(?:No\.\s)?\d{2,3}-\d{1,4}\b"
    # an act by its number and year
    r"|\bAct\s(?:No\.\s?)?\d{1,4}\sof\s(?:1[6-9]|20)\d\d\b"
    # ... as South Africa's Afrikaans texts name it, its subject between: "Wet op
    # Drankprodukte 60 van 1989", "Wysigingswet op Wyn 12 van 1990", "Wet oor Water 36 van 1998"
    r"|\b(?:Wet|Wysigingswet)\s(?:op|oor|ter|tot|betreffende)\s[^\d,;.()]{2,80}?"
    r"\s(?:No\.\s?|Nr\.\s?)?\d{1,4}\svan\s(?:1[6-9]|20)\d\d\b"
    # a chapter of the laws of Hong Kong or Singapore, after an ordinance or bracketed
    r"|\bOrdinance,?\s\(?Cap\.\s?\d{1,4}[A-Z]?\b|\(Cap\.\s?\d{1,4}[A-Z]{0,2}\)"
)


def numbered_act(text: str) -> bool:
    """Does ``text`` cite a statute, decree, order or ordinance by its number (see the
    module)?"""
    return _NUMBERED_ACT.search(text) is not None


# what may stand before a cited act: nothing, a punctuation mark, a title's capitalised word
# or a lead-in signal ("See", "Cf.")
_BEFORE = lazy_compile(
    r"(?:^|[,;:(\[*_\"“”]|(?:^|\s)(?:[A-Z][\w\'’-]*|\([^()]*\)|See|Cf\.|Id\.,?|Vgl\.)\s?)\s*$"
)
# what may follow it: a punctuation mark, a section or article, a year in brackets, the end
_AFTER = lazy_compile(r"\s*(?:[,;.:)\]*_]|§|\(|(?:s|ss|sec|secs|art|arts)\.?\s\d|$)")


def cited_act(text: str) -> bool:
    """Does ``text`` cite a statute, decree, order or ordinance by its number as a part of a
    citation, not as a word of a sentence (see the module)?"""
    body = " ".join(text.split())
    for m in _NUMBERED_ACT.finditer(body):
        if _BEFORE.search(body[: m.start()]) and _AFTER.match(body, m.end()):
            return True
    return False
