"""Blocks that follow a reference list and are none of it.

A manuscript prepared for a journal (the AMS's, the AGU's, many with double spacing and
line numbers) puts after its References the list of figures, the figure captions, the
tables or an appendix.  Converted from PDF, nothing but the heading tells where the list
ends, and a caption (``FIG. 1. Radar reflectivity …``) has a year and names enough to
pass for one more entry.  The list ends at:

* a heading of such a block, on a line of its own in any case: ``LIST OF FIGURES``,
  ``Figure captions``, ``Tables``, ``Appendix A``, and their usual forms in German,
  French, Spanish, Portuguese, Italian, Hungarian, Dutch, the Scandinavian languages,
  Finnish, Polish, Czech, Russian and Turkish (``Abbildungsverzeichnis``, ``Liste des
  figures``, ``Lista de figuras``, ``Anexo``, ``Ábrajegyzék``, ``X. Mellékletek``);
* the first caption of a caption block: ``FIG. 1.``, ``Figure 2:``, ``Table 3.``,
  ``Abb. 4.``, ``Table S1.`` at the start of a line, followed by text (after a colon, a
  dash, a tab or a capital: ``Tableau 2 : …``, ``Table 2 – …``, ``Table 2 Studies
  included``, as Word's caption field leaves it; ``Table 2 shows`` is a sentence), the
  number first in Hungarian (``2. táblázat: …``, ``3. ábra.``), the label glued to its
  number or spaced in Japanese, Chinese and Korean (``表2　…``, ``图 3：…``, ``<표 2> …``;
  ``表2に示す`` is a sentence); or
  APA 7's label alone on its line (``Figure 1``, ``Table 2``, ``Abbildung 3``: the
  figure's title on the next line), as a student paper or a journal submission puts its
  figures and tables after the list.

A list of the figures' sources often follows the references numbered on its own, from 1
again, with or without a heading (``1. Figure 1: Photo by …``, ``1. Abb. 2 – Quelle:
Stadtarchiv``, ``1. Source: Wikimedia Commons``): an item restarting at 1 whose text
names a figure or a source (:func:`credit_item`) starts a list of its own, no entry.
"""

from __future__ import annotations

import re

from bibcheck.lazyre import lazy_compile

__all__ = ["credit_item", "ends_list"]

_HEADING_WIDTH = 60  # characters: a longer line is no heading

_BLOCK_HEADING = lazy_compile(
    r"^(?:\d{1,2}\.?\s+|[A-Z]\.\s+|[IVXL]{1,5}\.\s+)?"  # a section number: "7 ", "A. ", "X. "
    r"(?:lists?\s+of\s+(?:figures|tables|illustrations)|(?:figure|table)\s+(?:captions|legends)"
    r"|figures|tables|figures\s+and\s+tables|captions|legends(?:\s+to\s+figures)?"
    r"|appendix(?:\s+[A-Z\d]{1,2})?|appendices|supplementary\s+(?:material|information)"
    r"|supporting\s+information"
    r"|abbildungsverzeichnis|tabellenverzeichnis|abbildungen|tabellen|anhang(?:\s+[A-Z\d])?"
    r"|liste\s+des\s+(?:figures|tableaux)|l[ée]gendes\s+des\s+figures|annexes?(?:\s+[A-Z\d])?"
    r"|(?:lista|[íi]ndice)\s+de\s+(?:figuras|tablas|tabelas|quadros)|anexos?(?:\s+[A-Z\d])?"
    r"|ap[êe]ndices?(?:\s+[A-Z\d])?|elenco\s+delle\s+(?:figure|tabelle)|appendice(?:\s+[A-Z\d])?"
    # Hungarian, Dutch, Scandinavian, Finnish, Polish, Czech, Russian, Turkish
    r"|[áa]brajegyz[ée]k|t[áa]bl[áa]zatjegyz[ée]k|(?:[áa]br[áa]k|t[áa]bl[áa]zatok)\s+jegyz[ée]ke"
    r"|mell[ée]klet(?:ek)?(?:\s+[A-Z\d]{1,2})?|f[üu]ggel[ée]k(?:\s+[A-Z\d]{1,2})?"
    r"|bijlagen?(?:\s+[A-Z\d]{1,2})?|lijst\s+van\s+(?:figuren|tabellen|afbeeldingen)"
    r"|bilag(?:a|or)?(?:\s+[A-Z\d]{1,2})?|figurf[öo]rteckning|tabellf[öo]rteckning"
    r"|liitteet|kuvaluettelo|taulukkoluettelo"
    r"|aneks(?:\s+[A-Z\d]{1,2})?|za[łl][ąa]czniki?|spis\s+(?:rysunk[óo]w|tabel|ilustracji)"
    r"|p[řr][íi]lohy?|seznam\s+(?:obr[áa]zk[ůu]|tabulek)"
    r"|приложени[еяи]|список\s+(?:рисунков|иллюстраций|таблиц)"
    r"|ekler|[şs]ekiller\s+listesi|tablolar\s+listesi"
    r")[.:]?$",
    re.I,
)
# a caption's label: the word and its number ("Table 2", "Fig. 3b", "Table S1", "Tabelle A2")
_CAPTION_LABEL = (
    r"(?:(?:FIG(?:URE)?\.?|Fig\.|Figure|TABLE|Table|Abb\.|Abbildung|Tab\.|Tabelle|Tableau"
    r"|Figura|Tabla|Tabela|Rysunek|Tabulka|Obrázek|Рисунок|Таблица|Şekil|Tablo"
    r"|Taulukko|TAULUKKO|Kuva|KUVA|Kuvio|KUVIO)"
    r"\s?[A-Z]?\d{1,3}[a-z]?"
    # Hungarian puts the number first: "2. táblázat", "3. ábra", "1. kép" (no "Ábrahám")
    r"|\d{1,3}\.\s?(?i:t[áa]bl[áa]zat|[áa]bra|k[ée]p|diagram|grafikon)(?!\w))"
)
# the label, then its title after a full stop or a colon ("Table 3. …", "Tableau 2 : …"),
# a dash ("Table 2 – …", "Tabla 3.- …"), a tab, or a space and a capital ("Table 2 Studies
# included", as Word's caption field leaves it; "Table 2 shows" is a sentence)
_CAPTION = lazy_compile(
    rf"^{_CAPTION_LABEL}(?:\s?[.:]\s+\S|\s:\s+\S|\.?\s*[–—-]\s*\S|\.?\t\s*\S"
    r"|\s+(?=[^\W\d_])(?=[^a-zß-ÿа-я]))"
)


# APA 7's caption: the label alone on its line ("Figure 1", "Table 2"), its title below
_LABEL_ALONE = lazy_compile(
    r"^(?:Figure|FIGURE|Table|TABLE|Abbildung|Tabelle|Figura|Tabla|Tabela|Tableau|Rysunek"
    r"|Tabulka|Obrázek|Рисунок|Таблица|Şekil|Tablo|Taulukko|TAULUKKO|Kuva|KUVA|Kuvio|KUVIO)"
    r"\s\d{1,3}[a-z]?$"
    r"|^\d{1,3}\.\s?(?i:t[áa]bl[áa]zat|[áa]bra|k[ée]p|diagram|grafikon)$"
)
# a Japanese, Chinese or Korean caption: the label glued to its number or spaced from it
# ("表2", "表 2", "図3", "图 3", "표 2", "그림 3"; Korean also "<표 2>", "[그림 3]"), then
# its title after a space, a full-width space or a mark ("表1　調査対象者の属性", "图 3：…",
# "표 2. 연구 대상"), or nothing; the label run on into the words ("表2に示すように",
# "表2显示") is a sentence
_CJK_CAPTION = lazy_compile(
    r"^(?:[<〈《\[【［(（]\s?(?:表|図|图|圖|표|그림|도표)\s?\d{1,3}[a-z]?\s?[>〉》\]】］)）]"
    r"|(?:表|図|图|圖|표|그림|도표)\s?[0-9０-９]{1,3}[a-z]?(?:-\d{1,2})?(?=$|[\s\u3000.:．：、]))"
    r"(?:$|[\s\u3000]*+[.:．：、]?[\s\u3000]*+(?![\d０-９])\S)"
)


def ends_list(line: str) -> bool:
    """Does ``line`` (a line of converted text) start a block that ends a reference list:
    a list of figures or tables, captions, an appendix (see the module)?"""
    text = line.strip()
    if _CAPTION.match(text) or _LABEL_ALONE.match(text) or _CJK_CAPTION.match(text):
        return True
    return len(text) <= _HEADING_WIDTH and bool(_BLOCK_HEADING.match(text))


# an item of a figure-sources list: a figure named (with its number, or a credit's word and
# a colon), or a source or credit named before a colon, in the usual languages
_CREDIT = lazy_compile(
    r"^(?:(?:fig(?:ure)?s?|fig\.|abb\.|abbildung|bild|image|imagen|imagem|immagine|photo"
    r"|foto|figura|illustration|ilustraci[óo]n|plate|map|karte|grafik|gr[áa]fico|graphique"
    r"|diagram|diagramm|table|tab\.|tabelle|tableau|tabla|tabela|cover|titelbild)"
    r"\s?(?:\d{1,3}[a-z]?\s*+[.:,;–—-]|:)"
    r"|(?:sources?|quellen?|bildquellen?|bildnachweis|fuentes?|fontes?|credits?|cr[ée]dits?"
    r"|cr[ée]ditos?|courtesy|copyright|©|eigene\s+darstellung|own\s+illustration)\s*+:)",
    re.I,
)


def credit_item(text: str) -> bool:
    """Is ``text`` (a numbered item's text, its number left out) an item of a list of the
    figures' sources or credits (``Figure 1: …``, ``Abb. 2 – …``, ``Quelle: …``)?"""
    return _CREDIT.match(text.strip()) is not None
