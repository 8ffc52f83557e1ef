"""Unpublished archival sources, which a literature list need not hold.

Histories cite documents in archives by repository and shelfmark: ``ГАСО. Ф. 24. Оп. 1.
Д. 1412.`` (fonds, inventory, file), ``ЦДАВО України. Ф. 1. Оп. 2. Спр. 3. Арк. 4``,
``Archives départementales de la Charente-Maritime, C 142``, ``Landesarchiv Berlin, A Rep.
341-02 Nr. 12``, ``The National Archives, FO 371/12345``, ``Hoover Institution Archives,
box 4, folder 2``.  Many bibliographies list such documents apart (``Archival sources``,
``Quellen``) or not at all, so a note citing one is no ``missing-literature-entry``.  A
published edition of documents (``Archives parlementaires ... (Paris: Dupont, 1868)``) is
a book, not an archival source.

A note often names the archive by the abbreviation an earlier note defined (``LKAS, A 1
Nr. 1794``, ``HStAS, A 206 Bü 1573``, ``GStA PK, I. HA Rep. 77, Nr. 12``): an abbreviation,
then a signature whose fonds and item are marked as archives mark them (``Nr.``, ``Bü``,
``Fasz.``) are an archival source with no repository's word.

A note may also send the reader to a search in a digitised collection (newspapers, a
catalogue) by its query address: the results of a query are no work a list could hold.
"""

from __future__ import annotations

import re

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references import nordic_holding, signature_holding
from bibcheck.parse.references.cjk_held import held
from bibcheck.parse.references.collection_mark import collection_item
from bibcheck.parse.references.entrymemo import entry_memo
from bibcheck.parse.references.gost_sources import archive_file
from bibcheck.parse.references.library_holding import library_holding
from bibcheck.parse.references.unlisted import unlisted_work

__all__ = ["REPOSITORY", "archival_file", "archival_item", "archival_source", "repository"]

# Fonds / inventory / file (folio, sheet) of Russian, Ukrainian and Belarusian archives.
_POST_SOVIET = lazy_compile(
    # (the number and what follows it read once: "\d+[\w–-]*" split a run of digits between
    # the two every way before a failing stop)
    # (GOST's areas parted by a dash too: "Ф. 1705. — Воп. 1. — Спр. 4."; Belarusian
    # "Воп." (вопіс), the inventory)
    r"\b(?:Ф|Оп|Воп|Д|Л|Спр|Арк|Ед\.\s?хр)\.\s?[РПр]?-?\d[\w–-]*+\.?\s++(?:[–—]\s)?"
    r"(?:Ф|Оп|Воп|Д|Л|Спр|Арк|Ед\.\s?хр)\.\s?[РПр]?-?\d"
)
REPOSITORY = lazy_compile(
    r"\b(?:Archives?|Archiv|Archivio|Archivo|Archief|Arkiv|Archiwum|Record\sOffice"
    r"|Records\sOffice|Staatsarchiv|Landesarchiv|Stadtarchiv|Bundesarchiv|Hauptstaatsarchiv"
    r"|Generallandesarchiv|Kreisarchiv|Manuscripts?\sDivision|Special\sCollections"
    # Catalan, Portuguese, South Slavic, Latin, Hungarian, Lithuanian, Latvian, Slovak; a
    # library's manuscripts
    r"|Arxiu|Arquivo|Arhiv|Archivum|Levéltár|Archyvas|Archīvs|Archív"
    # Welsh (an archive, a record office), Irish, Scottish Gaelic, Basque: "Archifau
    # Morgannwg", "Archifdy Ceredigion", "Cartlann Náisiúnta na hÉireann", "Tasglann nan
    # Eilean Siar", "Bizkaiko Foru Artxiboa"
    r"|Archifau|Archifdy|Cartlann|Tasglann|Artxiboa|Artxiboko"
    # Armenian and Georgian: an archive ("Հայաստանի ազգային արխիվ", "արխիվում"), the
    # Matenadaran, a centre of manuscripts ("ხელნაწერთა ეროვნული ცენტრი"), "საქართველოს
    # ეროვნული არქივი" (the endings of the cases after the stem)
    r"|արխիվ[^\W\d_]{0,4}|Մատենադարան[^\W\d_]{0,3}|არქივ[^\W\d_]{0,4}|ხელნაწერთა"
    # the Arabic script: Urdu "دستاویز خانہ" (a house of documents), "آرکائیوز", "محافظ خانہ"
    # (a record office); Persian "آرشیو", "سازمان اسناد" (the documents' organisation);
    # Arabic "أرشيف" / "الأرشيف", "دار الوثائق" / "دار المحفوظات" (house of documents, of
    # records)
    r"|دستاویز\s?خان[ہه]|محافظ\s?خان[ہه]|آرکائیو(?:ز|ذ)?|آرشیو|سازمان\sاسناد"
    r"|(?:ال)?أرشيف|(?:ال)?ارشيف|دار\s(?:ال)?(?:وثائق|محفوظات)"
    r"|(?:British|National|Royal|State|University|Bodleian|Vatican)\sLibrary"
    r"|Biblioth[eè]que|Biblioteca|Bibliothek"
    # an archive's name in one word, as Scandinavian, Finnish, Dutch and German write it
    # ("Riksarkivet", "Rigsarkivet", "Landsarkivet i Lund", "Kansallisarkisto",
    # "Stadsarchief Amsterdam", "Kreisarchiv"; "-et" the Norwegian, Danish and Swedish
    # definite form)
    # (and Hungarian's: "Hangarchívum", a sound archive, "Néprajzi Archívum")
    r"|[^\W\d_]{2,40}?(?:arkivet|arkiv|arkisto|archief|archiv|archívum))\b",
    re.I,
)
# A shelfmark after the repository: "C 142", "4 J 1845", "FO 371/12345", "A Rep. 341-02
# Nr. 12", "MS 1234", "box 4, folder 2", "fonds 12", "carton 3", "Best. 2".
# ("XD/44/2", "D/DU/12": a county record office's collection, series and item)
_SHELFMARK = lazy_compile(
    r"(?:,|\.|:)\s(?:\d+\s)?[A-Z]{1,4}(?:\sRep\.)?[\s/]?\d+[A-Z]?(?:[/.-]\d+)*\b"
    # (a series' letters and its sub-series' abbreviated word, the year and item: "LCP Corr
    # 1921/407", a collection's correspondence files)
    r"|(?:,|\.|:)\s[A-Z]{2,6}\s[A-Z][a-z]{1,5}\.?\s\d+/\d+\b"
    # (the item's letter before its number: "NAHC/FER/C30", "D/EX/B12")
    r"|(?:,|\.|:)\s[A-Z]{1,4}/[A-Z]{1,4}/[A-Z]{0,2}\d"
    # (a fonds' letters and its series' down the levels, then the item's numbers:
    # "GLC/DG/PRB/35/012", "LCC/CL/HSG/1/45", "ACC/2558/NW/03/001")
    r"|(?:,|\.|:)\s[A-Z]{2,6}(?:/[A-Z]{1,6}){1,5}(?:/\d[\w.-]{0,8}){1,6}(?![\w/])"
    # an ISAD(G) reference code: the country's ISO code, the repository's code, the fonds and
    # its levels down to the item ("PT/AMLSB/CMLSB/UROB-PU/05/0012", "GB/0214/HOL/7/3",
    # "ES/AHN/1.1.12.3//CONSEJOS,L.1234")
    r"|(?:,|\.|:)\s[A-Z]{2}/[A-Z\d][A-Za-z\d]{1,11}(?:/[A-Za-z\d][\w.-]{0,14}){1,8}(?![\w/])"
    # the Norwegian national archives' fonds signature: "RA/S-1234", "RA/PA-0123", "SAO/A-10001"
    r"|(?:,|\.|:)\s[A-Z]{1,4}/[A-Z]{1,4}-\d"
    # a Hungarian collection's letters, a digraph one letter of them ("NyHA 1962/114", "MNyA
    # 12"), and the item's number
    r"|(?:,|\.|:)\s[A-ZÁÉÍÓÖŐÚÜŰ]{0,3}(?:Cs|Dz|Gy|Ly|Ny|Sz|Ty|Zs)[A-ZÁÉÍÓÖŐÚÜŰ]{0,3}\s?\d+(?:/\d+)?\b"
    # a series, subseries and item in Roman, letter and number: "Protocolli, II.a.1"
    r"|(?:,|\.|:)\s[IVXL]{1,5}\.[a-z\d]{1,3}\.\d"
    r"|\b(?:MS|Ms|Add\.\sMS|box|folder|fonds|carton|liasse|Best\.|Bestand|Nr\.|fols?\.|ff?\.)"
    r"\s?\d"
    # the holder's reference in parentheses with its label, in English, Welsh (cyfeirnod),
    # Irish (tagairt), Basque (erreferentzia), French: "(ref. D/DX 41/2)", "(cyf. D/DX
    # 41/2)", "(tag. 2019/45/12)", "(erref. AHE/3/12)", "(réf. E 3/12)": letters, then parts
    # parted by slashes or spaces, or a number's parts parted by slashes (a volume's "(cyf.
    # 3)", "(ref. 12)" is none)
    r"|\((?:[Rr]ef|[Cc]yf|[Tt]ag|[Ee]rref|[Rr]éf)\.:?\s"
    r"(?:[A-Z]{1,6}[\w.-]{0,8}(?:[/\s][\w.-]{1,12}){1,5}|\d[\w.-]{0,10}(?:/[\w.-]{1,12}){1,5})\)"
    # a box or folder in Scandinavian, Finnish, German and Dutch: "boks 5", "eske 12", "mappe
    # 3", "pakke 4", "kapsel 2", "volym 7", "Karton 3", "laatikko 5", "doos 8"
    r"|\b(?:boks|eske|mappe|pakke|kapsel|volym|læg|Karton|Mappe|Schachtel|laatikko|kotelo"
    r"|doos|omslag)\s?\d"
    # "lligall 51, núm. 12", "legajo 4", "caja 7", "exp. 12", "Cod. Vat. lat. 3225"
    r"|\b(?:lligall|legajo|leg\.|caja|carpeta|expediente|exp\.|sign\.|Cod\.|cod\.|ms\.)\s?\d"
    # Armenian and Georgian: a fonds, a folder, an inventory, a file, a box, a sheet in words
    # ("ֆոնդ 57", "թղթապանակ 14", "ցուցակ 1", "գործ 12", "տուփ 3"; "ფონდი 1", "ანაწერი 2",
    # "საქმე 3", "საქაღალდე 4", "ყუთი 5", "ფურცელი 6")
    r"|\b(?:ֆոնդ|թղթապանակ|ցուցակ|գործ|տուփ|ფონდი|ანაწერი|საქმე|საქაღალდე|ყუთი|ფურცელი)"
    r"\s?(?:N|№|թիվ\s|#)?\d"
    # a file by its number or its letters and number, in English and the Arabic script ("File
    # HF/ADM/14/62", "file no. 12"; Urdu "فائل HF/ADM/14/62", "فائل نمبر 12"; Persian
    # "پرونده 240/12", "جعبه 3" (a box); Arabic "ملف رقم 12", "محفظة 4" (a folder); "File No.
    # 112/1936" with its capital too)
    r"|(?<!\w)(?:[Ff]ile|فائل|پرونده|جعبه|ملف|محفظة)\s(?:(?:[Nn]o\.|نمبر|شماره|رقم)\s?)?"
    r"(?:[A-Za-z]{1,8}[/.-]){0,4}\d"
    # Polish: "sygn. 2/61/0/1234" (sygnatura), "zesp. 35" (zespół, the fonds)
    r"|\b(?:[Ss]ygn\.|sygnatura|zesp\.)\s?\d"
    # Czech and Slovak: "inv. č. 4128" (inventární / inventárne číslo), "kart. 12" (karton),
    # "šk. 3" (škatuľa, the Slovak box)
    r"|\b(?:inv\.\s?č\.|kart\.|karton|šk\.|škatuľa)\s?\d"
    # the Nordic, Dutch and German registration, journal and inventory numbers: "reg.nr.
    # 4711", "reg. nr. 12", "j.nr. 1234" (journalnummer), "inv.nr. 56", "Inv.-Nr. 7"
    r"|\b(?:[Rr]eg|[Jj]|[Ii]nv)\.\s?-?[Nn]r\.?\s?\d"
    # the Romance inventory number: Catalan, Spanish and Italian "inv. 05.02/117", "inv. n.
    # 12", "inventario núm. 4", "inventari 7"
    r"|\b(?:[Ii]nv\.|inventari|inventario)\s?(?:n\.|nº|n\.º|núm\.)?\s?\d"
    # Portuguese: "liv. 3" (livro), "cód. 8571" (códice), "mç. 12" (maço), "cx. 4" (caixa)
    r"|(?<!\w)(?:liv\.|livro|[Cc]ód\.|códice|mç\.|maço|cx\.|caixa)\s?\d"
    # a section in words, then a bundle's number with its letter: "Indiferente General,
    # 1558-A", "Estado, 2B" (the Spanish archives' legajo, its label left out)
    r"|,\s[^\W\d_][^\d,;:()«»\"]{2,40},\s\d{1,5}-?[A-Z]\b(?![\w-])"
    # Dutch and Flemish: "2.04.01, inv.nr. 4125", "toegang 3.01.27, inventarisnummer 12"
    r"|\b(?:inv\.\s?nr\.?|inventarisnummer|inventarisnr\.|toegang)\s?\d"
    # an inventory number in the Romance languages and English, its series' letters before
    # its digits: "n.º inv. FOT-0931", "n.º de inventário 1204", "núm. inv. 77", "n° d'inv.
    # 12", "n. inv. AF 312", "inv. no. PH-17", "inventory no. 4"
    r"|(?<!\w)(?:n\.?\s?[º°o]\.?|núm\.|n\.)\s?(?:de\s|d['’])?inv(?:\.|entário|entario"
    r"|entaire)\s?[A-Z]{0,5}[\s-]?\d"
    r"|\b(?:inv\.|inventory)\s(?:no\.|nr\.|n\.?\s?[º°o]\.?|number)\s?[A-Z]{0,5}[\s-]?\d"
    # Italian: "b. 12/6745" (busta), "fasc. 3", "filza 12", "mazzo 4", "reg. 7", "cart. 12"
    # (cartella), "scat. 5" (scatola), "fald. 3" (faldone)
    r"|\b(?:b\.|busta|fasc\.|filza|mazzo|reg\.|cart\.|cartella|scat\.|scatola|fald\.|faldone)"
    r"\s?\d+(?:/\d+)?\b"
    # leaves with their side, in any language: "cc. 33r-41v", "c. 2r", "fol. 12v", "Bl. 4r"
    # (the Portuguese and Spanish folha, "fl. 71v", "fls. 23r–24v")
    r"|\b(?:cc?|ff?|fols?|fos?|fls?|Bll?)\.\s?\d+\s?[rv]\b"
    # French folios: "f° 112-139", "fo 12", "ff° 3-5"; a manuscript's shelfmark with its
    # collection's letters: "ms. g 226", "MS fr. 1234", "ms. lat. 8"
    r"|(?<![\w°])ff?°\s?\d|\b(?:ms|MS|Ms)\.?\s(?:[a-z]{1,4}\.?\s)?\d",
)
# An archive's abbreviation first ("LKAS", "HStAS", "BArch", "StadtA LG", "GStA PK"), then the
# fonds (letters and a number, a Prussian "I. HA Rep. 77") and an item by its archival mark
_ABBREVIATED_ARCHIVE = lazy_compile(
    r"^\s*[A-ZÄÖÜ][A-Za-zäöü]{0,6}[A-Z](?:\s[A-ZÄÖÜ][A-Za-zäöü]{0,5})?,\s"
    r"(?:[IVX]{1,4}\.\s?HA,?\s)?(?:Rep\.\s?)?(?:[A-Z]{1,4}\s?)?\d+[a-z]?(?:\s[IVX]{1,4})?(?:/\d+)*"
    r",?\s(?:Nr\.|Bü\b|Büschel\b|Fasz\.|Faszikel\b|Akte\b|Sign\.)\s?\d"
)
# An archive's abbreviation first ("SächsHStA", "TNA", "LRO"), then the fonds in words and
# numbers, and a leaf (a French "f° 41") or the Saxon "Loc." item: "SächsHStA, 10026
# Geheimes Kabinett, Loc. 894/7, Bl. 3v." (each part read once, no comma or semicolon in it)
_ABBREVIATED_LEAF = lazy_compile(
    r"^\s*[A-ZÄÖÜ][A-Za-zäöü]{0,8}[A-Z][A-Za-zäöü]{0,3},\s[^;,]{1,80}+"
    r"(?:,\s[^;,]{1,80}+){0,3}?,\s(?:Loc\.\s?\d|(?:Bll?|fols?|ff?)\.\s?\d|ff?°\s?\d)"
)
# Swedish archives: a file by the national archival database's reference code ("RA, 1946 års
# skolkommission, SE/RA/323594, vol. 14", "SE/KrA/0023/4"), or a volume of a fonds after a
# Nordic archive named in its definite form ("Riksarkivet, Stockholm, Socialdepartementet,
# vol. 12", "Landsarkivet i Lund, Skolrådet, vol. F 3"): an archive's "vol." (volym) is a
# bound file, not a journal's or book's volume (no journal is called "…arkivet"); the
# archive's abbreviation may follow its name ("Landsarkivet i Uppsala (ULA), …, vol. 3")
_NORDIC_FILE = lazy_compile(
    r"\bSE/[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{0,7}(?:/[A-ZÅÄÖ\d]{1,10}){0,3}/\d{2,}"
    r"|\b[^\W\d_]{2,30}?(?:arkivet|arkisto)\b(?:[^;()]|\([A-ZÅÄÖ]{2,8}\)){0,120}?"
    r",\svol\.\s?(?:[A-ZÅÄÖ][a-zåäö]?\s?)?\d"
)
# "(Paris: Dupont, 1868)" (the colon and the year looked for ahead, the parentheses read
# once: three runs of the same characters were cubic in an unclosed one)
_PUBLISHED = lazy_compile(r"\((?=[^():]*+:[^()]*?\d{4})[^()]*+\)")


# A search in a digitised collection: "https://newspapers.library.wales/search?query=...",
# "https://trove.nla.gov.au/search/category/newspapers?keyword=...", "https://www.e-
# periodica.ch/digbib/results?q=...": the address of a query, not of a work.
# (each part of the address is read once: no run of "<http://a" costs a scan per start)
_SEARCH_URL = lazy_compile(
    r"https?://[^\s/?#<>\"]{1,100}+(?:/[^\s/?#<>\"]{0,100}+){0,12}?"
    r"/(?:search|results|find|suche|recherche|busca|ricerca|haku|pencarian|kereses|zoeken|sok"
    r"|szukaj)(?:\.\w+)?(?:/[^\s/?#<>\"]{0,100}+){0,4}\?[^\s=<>\"]{0,100}+="
)


def repository(name: str) -> bool:
    """Does ``name`` name an archive or a library's collections ("West Yorkshire Archive
    Service", "The National Archives", "Staatsarchiv Hamburg")?"""
    return REPOSITORY.search(name) is not None


@entry_memo  # (asked by the reading, the kind and the list's index: .entrymemo)
def archival_file(text: str) -> bool:
    """Does ``text`` cite a document or file in an archive or a library's manuscripts by
    repository (or its abbreviation) and shelfmark?  (Unlike :func:`archival_source`, no
    newspaper issue, Act or search: the archival kind of work only.)"""
    if _POST_SOVIET.search(text) or archive_file(text) or _ABBREVIATED_ARCHIVE.match(text):
        return True
    if _ABBREVIATED_LEAF.match(text) or _NORDIC_FILE.search(text):
        return True
    if held(text):  # "…スケッチ、…資料館所蔵、MS-12。", "《家书》，上海图书馆藏。"
        return True
    if collection_item(text) and not _PUBLISHED.search(text):
        # ("Theatre and Performance Collections, THM/118/7": a collection's item)
        return True
    if signature_holding.held_entry(text) or nordic_holding.nordic_holding(text):
        # ("…. Barcelona: Museu …, signatura PM-123.": the holder in the imprint's place,
        # :mod:`.signature_holding`; "…, Kungliga biblioteket, Småtryck, 1842:17.", "…, vol.
        # E IV:9, Stockholms stadsarkiv.": a Nordic holder closing the note,
        # :mod:`.nordic_holding`)
        return True
    found = REPOSITORY.search(text)
    if found is None or _PUBLISHED.search(text):
        return False
    return bool(_SHELFMARK.search(text, found.end())) or library_holding(text, found.end())


def archival_source(text: str) -> bool:
    """Does ``text`` cite an unpublished document in an archive, or a search in a
    digitised collection (see the module doc)?  Newspaper issues and Acts, which a
    bibliography leaves out as well (:mod:`bibcheck.parse.references.unlisted`), count."""
    # (the marks of Central Asian archives too, see :func:`archival_file`)
    return archival_file(text) or bool(_SEARCH_URL.search(text)) or unlisted_work(text)


# A document in an archive cited by repository, shelfmark and its own title, then the leaf
# or page: "Archives nationales de Luxembourg (ANLux), H-0123, Registre des entrées …,
# 1864–1868, fol. 12r." (a note), "Stadtarchiv Trier, Best. 12 Nr. 4. Ratsprotokoll 1794."
# (a list's entry): the document is the work, its title the title
# (A bibliography's "Archival sources" part writes the same parts as sentences: "British
# Library. Lord Chamberlain's Plays. LCP 1921/56. *Title*. Licensed 9 May 1921.")
# (the repository has no digits; the shelfmark, one to three words, has one; the title
# starts with a letter; the locator is one word after its label, so each is read once)
# (Italian, Spanish and French notes name the fonds and series in words before the marks,
# and date the document after its title: "Archivio di Stato di Firenze (ASFi), Sanità, b.
# 123, fasc. 4, Lettera del commissario, 3 giugno 1631."); the Portuguese and Spanish ones
# quote it after a colon and cite the folha: "Arquivo Histórico Ultramarino, Angola, cx.
# 612, proc. 14: «Relatório do governador …», 1905, fl. 3."
_ITEM = lazy_compile(
    r"^\s*(?P<repository>[^\d,.;:()]{3,120})(?:\s\([^\d()]{1,20}\))?[,.]\s"
    r"(?:[^\W\d_][^\d,.;:()]{1,60}[,.]\s){0,3}"
    r"(?P<mark>(?:[^\s,;]{1,20}\s){0,2}[^\s,;]{0,20}\d[^\s,;]{0,20}?"
    r"(?:,\s(?:[^\s,;]{1,20}\s){0,2}[^\s,;]{0,20}\d[^\s,;]{0,20}?){0,3})(?:[,.]\s|:\s(?=[«“\"„]))"
    # (the comma may stand inside the closing quote: '“Title,” 1981'; quoted in single marks
    # too, as British notes quote: "…, BDP 4/1, 'Plan of the yard', 1850.")
    r"(?P<title>[*_«“\"'‘]?[^\W\d_][^;()]{2,300}?)(?:,?[»”\"'’]|[*_])?"
    # (the date after a comma, or after a full stop as a list's sentence: "'Plan'. 1850.")
    r"(?:(?:[,.]|(?<=,[»”\"'’]))\s(?:\d{1,2}\s)?(?:[^\W\d_]{3,10}\s)?(?P<year>\d{4})"
    # (the date of what was done to it, a word before: ", licensed 9 May 1921", ".
    # Received June 4, 1921")
    r"|[,.]\s[^\W\d_]{3,12}\s(?:\d{1,2}\s[^\W\d_]{3,10}|[^\W\d_]{3,10}\s\d{1,2},)\s\d{4})?"
    r"(?:,\s(?:fols?|ff?|fls?|cc?|pp?|S|Bll?|s)\.\s?\d[\w–-]{0,20}|\s?\.)?\.?\s*$"
)


# ... or by repository and title, the holder's reference in parentheses with its label
# after it, then perhaps the link: "Cartlann Náisiúnta na hÉireann. Miontuairiscí an
# choiste (tag. 2019/45/12). https://…", "Archifau Morgannwg. Llyfr cofnodion y capel (cyf.
# D/DX 41/2).", "Bizkaiko Foru Artxiboa. Udal aktak (erref. AHE/3/12)." (the repository has
# no full stop, so it ends once; the title no parenthesis)
_REFERENCED_ITEM = lazy_compile(
    r"^\s*(?P<repository>[^\W\d_][^\d,.;:()]{2,120})\.\s(?P<title>[^\W\d_][^();]{2,300}?)\s"
    r"\((?:[Rr]ef|[Cc]yf|[Tt]ag|[Ee]rref|[Rr]éf)\.:?\s[^()]{1,60}\)\.?"
    r"(?:\s<?https?://[^\s<>]{1,500}>?)?\s*$"
)


def archival_item(text: str) -> str | None:
    """The title of the document a note or entry cites in an archive by repository and
    shelfmark (see :data:`_ITEM`), or by repository and title with the holder's reference
    after it (:data:`_REFERENCED_ITEM`), or None."""
    found = dated_archival_item(text)
    return None if found is None else found[0]


def dated_archival_item(text: str) -> tuple[str, int | None] | None:
    """:func:`archival_item`'s title and the document's year printed right after it
    (``…, File 12, “Title”, 1981.`` -> ``("Title", 1981)``; None for the year when none is)."""
    flat = " ".join(text.split())
    found = _ITEM.match(flat)
    # (the archive may be named after its body: "Hamdard Foundation, Central Archive,
    # Karachi, File 12, …", "…، مرکزی دستاویز خانہ، کراچی، فائل …")
    if found is None or not repository(flat[: found.start("mark")]):
        found = _REFERENCED_ITEM.match(flat)
        # (the reference itself marks a file the holder keeps: :data:`_SHELFMARK`)
        if found is None or not repository(found.group("repository")):
            return None
        if not _SHELFMARK.search(flat, found.end("title")):
            return None
    title = found.group("title").strip(' ,.*_«»“”"')
    if title[:1] in "'‘":  # ("'Plan of the yard'": the single marks, not an apostrophe)
        title = title.strip(" ,.'‘’")
    # (two words of letters at least: "Fonds 3. File 12." names no document)
    if sum(w.isalpha() for w in title.split()) < 2:
        return None
    year = found.groupdict().get("year")
    # (a year of the printed era only: "…, 'Title', 0412." is a number, no date)
    return title, int(year) if year is not None and 1500 <= int(year) < 2100 else None
