"""The place in a cited work after a reference number in brackets: the ``p. 45`` of
``[1, p. 45]``, in any language (:data:`LOCATOR`).  Shared by the readers that read numeric
bracket citations (plain text and those that use its grammar, the pdf-text reader's list)."""

from __future__ import annotations

import unicodedata

from bibcheck.parse.references.patterns import SCRIPT_PAGE_WORD
from bibcheck.readers.subverbo import SUB_VERBO

__all__ = ["ABBREVIATION", "LOCATOR", "LOCATOR_WORD", "SUFFIXED"]

# A place in the work after the number: "[1, с. 45]", "[2, p. 7]", "[3, pp. 5-9; 4, S. 2]",
# "[3, Sec. 3.3]", "[5, Fig. 2]", "[6, § 4]", "[7, гл. 2]", "[1, s. 40–44]", "[7, п. 4.3]",
# "[4, т. 1, с. 5]", "[2, S. 45 f.]", "[5, p.~12--14]": page, part, figure and table words of
# English, Russian, Ukrainian, German, French, Polish, Spanish, Italian, Catalan ("pàg."),
# Dutch ("blz."), Malay ("ms.", "Jadual", "Rajah"), Indonesian ("hlm.", "hal.", "Tabel",
# "Gambar"), Lithuanian ("pav.", "lent.", "skyr."), Slovak and Czech ("obr."), Turkish ("sf.",
# "şek.", "böl."), Hindi and Nepali ("पृ."), Bengali ("পৃ.", "চিত্র"), Tamil ("ப.", "பக்."),
# the page words of the other Indic scripts and of Sinhala, Amharic, Armenian, Lao, Khmer and
# Burmese (:data:`~bibcheck.parse.references.patterns.SCRIPT_PAGE_WORD`: "[2, ಪುಟ 3–18]",
# "[4, పే. 12]", "[1, ਪੰਨਾ 7]", "[3, ገጽ 45]"),
# Arabic, Persian and Urdu ("ص") and Thai ("หน้า"), and the pinpoints of British legal
# citation (OSCOLA: "[9, s 78(4)-(6)]", "[1, paras 30-34]", "[2, sch 1 para 3]", "[4, pt 2]",
# "[5, reg 4(2)]", "[6, r 55.10]", "[1, cl 14]"), any case, with a dot or none, and a
# space, no-break space or ``~`` (LaTeX) before the number; one place may narrow the one
# before it without a comma ("sch 1 para 3").
LOCATOR_WORD = (
    r"(?i:p{1,2}|s{1,2}|с{1,2}|c|стр|рр|str|pag[gs]?|pág(?:s|ina)?|pàg(?:s|ina)?|seite[n]?"
    r"|sec(?:t|tion)?s?|ch(?:ap|apter)?|cap|kap|rozdz|fig(?:ure)?s?|abb|rys|tab(?:le|l)?|eqs?"
    r"|thm|theorem|lemma|def|app(?:endix)?|paras?|par|abs|art|arts|cols?|l{1,2}|n{1,2}|no|nr|note"
    r"|anm|fn|rn|vol|v|t|bd|fol|ff|гл|разд|розд|рис|табл|ст|ч|прил|дод|п{1,2}|т|кн|вып|арк|л"
    r"|blz|bl|ms|jadual|rajah|bab|hlm|hal|tabel|gambar|pav|lent|skyr|obr|sf|şek|böl"
    r"|চিত্র|সারণি|ص|صفحہ|sch(?:ed)?s?|pts?|regs?|r{1,2}|cls?"
    rf"|{SCRIPT_PAGE_WORD})"
)
_SPACE = r"[\s~]*+"  # (possessive: no place starts with a space)
# ... and the place words written out, which no abbreviation above catches: a rule of a
# rule book, an article or item of a code, a chapter, page, point, table or figure, in
# English, Finnish ("[15, sääntö 124]", "[3, luku 4]", "[2, kohta 5]"), Swedish, Norwegian
# and Danish ("[4, regel 12]", "[2, kapitel 3]", "[6, sida 7]"), German, Dutch, French,
# Spanish, Portuguese, Italian, Estonian, Hungarian, Polish, Czech and Turkish
# ("[5, règle 3]", "[2, artículo 14]", "[7, peatükk 2]", "[3, fejezet 4]", "[1, madde 6]"),
# and the page words of Somali ("[1, bog 37]", "bogga", "bogag"), Swahili ("ukurasa",
# "kurasa"), Hausa ("shafi"), Zulu and Xhosa ("ikhasi"), Afrikaans ("bladsy"), Welsh
# ("tudalen"), Irish ("leathanach"), Malay and Indonesian ("halaman"), Tagalog ("pahina")
# and Vietnamese ("trang")
_WRITTEN_WORD = (
    r"(?i:rules?|articles?|items?|points?|clauses?|pages?|chapters?|paragraphs?|sections?"
    r"|sääntö|säännöt|luku|luvut|pykälä|kohta|sivu|sivut|artikla|taulukko|kuva"
    r"|regel|regler|kapit(?:el|tel)|sida|sidor|sider?|punkt|artik(?:el|kel)|avsnitt|tabell|figur"
    r"|abschnitt|tabelle|abbildung|hoofdstuk|bladzijde|punt|règle|chapitre|tableau"
    r"|regla|regra|regola|cap[íi]tulo|capitolo|art[íi]culo|artigo|articolo|punto|ponto"
    r"|p[áa]gina|tabla|tabela|tabella|figura|reegel|peatükk|lõige|lehekülg|tabel"
    r"|szabály|fejezet|pont|oldal|táblázat|reguła|rozdział|artykuł|strona"
    r"|pravidlo|kapitola|článek|článok|bod|strana|tabulka|kural|bölüm|madde|sayfa|tablo"
    r"|bog(?:ga|ag(?:ga)?)?|ukurasa|kurasa|shafi|ikhasi|bladsy|tudalen|leathanach|halaman"
    r"|pahina|trang)"
)
# Any other place word, in any language or script, as an abbreviation: one to four letters
# and a full stop before the number ("х. 23" Mongolian, "old. 5" Hungarian, "sv. 2" Czech,
# "бет. 4"): a short word with a full stop and a number after the work's number is a place
# in it, whichever language names the place.
# A letter of an abugida carries its vowel sign, virama or nasal mark (Devanagari "पृ.", Kannada
# "ಅ.", Telugu "పే.", Sinhala "පි.", Thai, Myanmar, Khmer): these marks are no word characters
# to ``re``, so they are named here, each after its letter.
_MARKS = "".join(
    chr(c)
    for c in (*range(0x0900, 0x10A0), *range(0x1780, 0x1800))
    if unicodedata.category(chr(c)) in ("Mn", "Mc")
)
ABBREVIATION = rf"(?:[^\W\d_][{_MARKS}]*){{1,4}}\."
# a statute's subsection and paragraph: the "(4)" and "(1)(b)" of "s 78(4)", "s 21(1)(b)"
_SUBSECTION = r"(?:\([\dA-Za-z]{1,4}\))"
# 12, iv, 3a, 4.2, and a table or figure number of a part or appendix: "2.B1", "S3", "A-4"
_NUMBER = rf"(?:[A-Z]-?(?=\d))?[\dIVXLCivxlc]+[a-z]?(?:\.(?:\d+|[A-Z]\d+))*{_SUBSECTION}*"
# An appendix or annex by its letter: "[1, app. B]", "[2, Appendix C]", "[3, annex A]",
# "[4, Anh. B]", "[5, annexe A]", "[6, anexo B]", "[7, allegato C]", "[8, bilaga A]",
# "[9, bijlage B]", "[2, liite A]", "[3, прил. Б]", and a part of it ("app. B.2")
_APPENDIX_WORD = (
    r"(?i:app(?:endix|endices)?|annex(?:e|es)?|anh(?:ang)?|anexos?|apéndice|appendice"
    r"|allegato|bilag[ae]?|bijlage|vedlegg|liite|прил(?:ожение)?|дод(?:аток)?)"
)
_LETTER = r"[A-ZА-Я](?![\w\-])(?:\.\d{1,3}){0,3}"
# A place written after its number, as Turkic languages write it: the page of Uzbek, Kazakh and
# Kyrgyz after a hyphen ("[4, 14–22-b.]", "[9, 112-bet]", "[3, 45-б.]", "[2, 8-бет]"), a leaf
# ("[14, 12–15-v.]", "[6, 3-varaq]"), a volume ("[5, IV jild, 5–9-b.]", "[2, 3-том]", Turkish
# "[7, 2. cilt, 45. s.]"), and a page word after the number in Turkish, Azerbaijani or Russian
# ("[3, 45 s.]", "[8, 12-15 səh.]", "[2, 45 с.]"): the number (or range), a hyphen, a space or
# an ordinal's full stop, then a written place word or a short word with a full stop
# (:data:`ABBREVIATION`) -- never a bare letter, which letters an entry ("[2, 5b]").
_SUFFIX_WORD = (
    r"(?i:bet(?:lar)?|бет(?:тер)?|varaq(?:lar)?|jild|tom|том|cilt|bob|qism|sahifa"
    r"|sayfa|bölüm|bap|бап|бөлім|бөлүм|kitob|kitap)(?![^\W\d_])"
)
SUFFIXED = (
    rf"{_NUMBER}(?:{_SPACE}(?:[-–—]{{1,2}}){_SPACE}{_NUMBER})?"
    rf"(?:-|\.?[\s~]++)(?:{_SUFFIX_WORD}|{ABBREVIATION})"
)
_PLACE = (
    rf"(?:(?:{LOCATOR_WORD}\.?{_SPACE}|{ABBREVIATION}{_SPACE}|{_WRITTEN_WORD}\s|[§№]{{1,2}}{_SPACE})"
    rf"{_NUMBER}"
    rf"(?:{_SPACE}(?:[-–—]{{1,2}}){_SPACE}(?:{_NUMBER}|{_SUBSECTION}+))?(?:{_SPACE}f{{1,2}}\.?)?"
    rf"|{_APPENDIX_WORD}\.?{_SPACE}{_LETTER}|{SUFFIXED})"
)
# (Persian and Arabic part the places with their own comma: "[4, ج. ۱، ص. ۱۲۵]"; a
# dictionary's headword is its place: "[15, s.v. blând]", :mod:`bibcheck.readers.subverbo`)
LOCATOR = rf"(?:[,،]{_SPACE}(?:{_PLACE}(?:\s+{_PLACE})*+|{SUB_VERBO}))"
