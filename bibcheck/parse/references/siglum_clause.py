"""Sigla a note defines inside a clause of its parenthesis, and where a later note cites
one after a lead of prose.

Humanities notes name the edition they cite in full and say how later notes will cite it,
often after a remark in the same parenthesis and followed by how the siglum is used:
``R. Dupont, *Œuvres*, Paris, Vrin, 1990, t. II, p. 12 (Discours ; désormais OD, suivi du
tome et de la page).``, ``(… ; hereafter CW, by volume and page)``, ``(im Folgenden
abgekürzt als GS, mit Band und Seite)``, ``(d'ora in poi OC, seguito dal volume)``,
``(en adelante OC, con tomo y página)``, ``(abrégé LM)``.  Later notes cite the siglum with
a volume and page (``OD II, 27.``), at the start or after a sentence of prose and a colon
(``La traduction ne reprend pas le mot : OD IV-1, 21.``) or as the second citation of a
note (``Voir Dupont, op. cit., p. 3 ; OD II, 30.`` — the first is read first).
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile

__all__ = ["clause_sigla", "prose_lead_end"]

_WORDS = (
    r"(?:hereafter|henceforth|hereinafter|cited\s(?:hereafter\s)?as|im\sFolgenden"
    r"|ci-après|désormais|en\sadelante|d['’]ora\sin\spoi|abrégé(?:\sen)?|abgekürzt"
    r"|künftig|fortan)"
    r"(?:\s(?:cited|zitiert|cité|citado|citato|abgekürzt|abrégé)(?:\sas|\sals|\scomme|\scomo)?)?"
)
# "(…; désormais OD, suivi du tome …)", "(hereafter CW, by volume)": a siglum of capitals
# (two to eight letters, small ones inside: "StA", "KrV") after a clause's start, then the
# clause's end or a comma saying how it is used
_CLAUSE = lazy_compile(
    rf"[(;]\s*(?i:{_WORDS})[:\s]\s*[*_]?(?P<short>[A-ZÀ-Þ][A-ZÀ-Þa-z]{{0,6}}[A-ZÀ-Þ])[*_]?"
    r"(?=\s*[,;)])"
)
# the lead a later note cites the siglum after: a sentence of prose and a colon, or a first
# citation and a semicolon
_LEAD_END = lazy_compile(r"\s[:;]\s(?=\S)")
# a lead that itself cites a work: a year of an imprint (after a comma; "la version de
# 1647" is prose), a repeat of one, a page
_CITING = lazy_compile(
    r",\s(?:1[5-9]|20)\d\d(?!\d)|(?i:\b(?:ibid|ibidem|id|op\.\s?cit|art\.\s?cit|loc\.\s?cit)\b)"
    r"|\b(?:pp?|S|col)\.\s?\d"
)


def clause_sigla(text: str) -> list[tuple[int, str]]:
    """The sigla ``text`` defines in a clause of a parenthesis, each with where its
    clause starts."""
    return [(m.start(), m.group("short")) for m in _CLAUSE.finditer(text)]


def prose_lead_end(text: str) -> int | None:
    """Where a citation starts after a lead of prose that cites no work (``Le texte ne
    reprend pas la formule : OD IV-1, 21.``), or None."""
    m = _LEAD_END.search(text)
    if m is None or _CITING.search(text[: m.start()]):
        return None
    return m.end()
