"""Notes that comment rather than cite, and the citation inside a note that does both.

A footnote is not always a reference.  ``For a complex solution to this
problem, see the discussion above.`` cites nothing: it is **commentary**
(:attr:`~bibcheck.model.RefKind.COMMENTARY`), not a work to export, check or
find in the literature list.  ``On this, see Smith, J. Title. 2019.`` mixes a
lead-in with a citation: only the citation is the work.

The decision looks for bibliographic content, never for a list of notes:

* a URL or DOI, a year where citations put it (``(2019)``, ``, 2019.``,
  ``Smith 2019``) -- not a date in running prose (``in spring 2024``, ``the
  version of 3 April 2023``, ``published between 2000 and 2022``) -- a quoted or
  emphasised title (``*Title of Book*``), a quoted name with a year (``газета «Уральский рабочий» за
  1928–1936 гг.``), a page or archival locator (``p. 45``, ``ch. 5``, ``Ф. Р-102.
  Оп. 1. Д. 45``), a volume/issue, a publisher area (``New York: Norton``), a
  GOST area separator or host mark, a legal citation (``576 U.S. at 542``,
  ``§ 26``), a repeat (``Ibid.``, ``Id. at 15``, ``Smith, supra note 6``) or a
  shortened note (``Federal Radio Commission, *Annual Report*, 1–2``; several
  joined by ``;``);
* a lead-in is cut off when what follows it has that content and what precedes
  it has none: ``See``, ``See also``, ``See, for example,``, ``Cf.``, ``Compare``,
  ``Quoted in``, ``Cited in``, ``Vgl.``, ``Zit. nach``, ``Voir``, ``Siehe``, ``См.``,
  ``Див.``, ``См. также:``, ``Ср.``, ``Цит. по:``, ``Напр.``, the Bluebook signals (``But see``,
  ``Accord``, ``Contra``, ``E.g.,``), with a topic before them (``On listeners'
  letters as a source, see``, ``Подробнее о плане 1930-х гг. см.:``, ``Об этом
  см.:``) or a clause that hands over to the source (``The procedure follows``,
  ``The account is in``, ``This section draws on``, ``The older view is represented
  by``, ``A similar conclusion is reached by``); so is a first prose sentence
  followed by such a lead-in.

:func:`citation_start` returns where the citation begins (0: the whole note)
and whether the note is commentary only; :func:`strip_lead_in` is the lead-in
alone, for the repeat-note resolver.
"""

from __future__ import annotations

import itertools
import os
import re
from collections.abc import Sequence

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind
from bibcheck.parse.nameparticles import PARTICLES
from bibcheck.parse.references import attribution, closing_reference, quote_pairs, role_marks
from bibcheck.parse.references.deposit import without_deposit
from bibcheck.parse.references.dual_year import common_era_year
from bibcheck.parse.references.entrymemo import entry_memo
from bibcheck.parse.references.field_records import field_record
from bibcheck.parse.references.fields import MONTHS
from bibcheck.parse.references.patterns import (
    ETHIOPIAN_ERA,
    IBID_NORDIC_BALTIC,
    OP_CIT_CENTRAL_ASIAN,
    OP_CIT_SLAVIC,
    PAGE_WORDS,
    UPPER,
)
from bibcheck.parse.years import YEAR as _YEAR

_URL_OR_DOI = lazy_compile(r"https?://|www\.|\bdoi\s?:|\b10\.\d{4,9}/", re.I)
_CITED_YEAR = lazy_compile(
    # (an Ethiopian-calendar year with its era: "(አዲስ አበባ፣ 2008 ዓ.ም.)")
    rf"[(\[,.:]\s?{_YEAR}[a-z]?(?:\s?[–-]\s?\d{{2,4}})?(?:\s{ETHIOPIAN_ERA}\.)?\s?(?:[).,:;\]]|$)"
    # (or a colon and the page: "Hofmeyr 2004:18", the author-date note of the humanities)
    # (or a semicolon, the next work after it: "…, Roma 2023; v. anche …")
    rf"|(?<![^\W\d_])[^\W\d_]{{2,}}+\s(?:et\sal\.\s)?{_YEAR}[a-z]?(?:,|\)|:\s?\d|;)"
    rf"|(?:^|\s){_YEAR}\.\s*$",
)
# A date in running prose: "in spring 2024", "in September 2023", "of 3 April 2023",
# "since 2019", "в 1924 г." -- not where a citation puts its year.
_PROSE_DATE = lazy_compile(
    r"\b(?:in|on|of|since|by|until|till|from|to|after|before|during|around|about|circa"
    r"|в|во|с|со|до|по|к|от|за|на|около|после|весной|летом|осенью|зимой"
    r"|im|vom|seit|bis|ab|um|nach|vor|während|zwischen|Anfang|Ende|Mitte|as\sof|as\sat|Stand:?"
    # French, Spanish, Italian, Portuguese: "lors du colloque de Chartres en 2019"
    r"|en|dès|depuis|jusqu['’]en|vers|avant|après|desde|hasta|hacia|nel|dal|fino\sal|em|até"
    # Swedish, Norwegian, Danish, Dutch: "i journalsystemet sedan 2022", "siden 2019", "sinds
    # 2020", "från 2023", "fram till 2024"
    r"|sedan|från|till|efter|före|innan|omkring|kring|siden|fra|til|etter|før|rundt"
    r"|sinds|vanaf|tot|tijdens|rond)\s"
    r"(?:(?:early|late|mid-?|the|начале|конце|середине)\s)?"
    # (a word with a full stop only as short as a month's abbreviation, "Sept. 2019": "of
    # Agriculture. 2019;" ends a journal's name, the year is the citation's)
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s)?(?:[^\W\d_]{3,}\s|[^\W\d_]{3,5}\.\s)?(?:\d{1,2},?\s)?"
    rf"(?P<year>{_YEAR})(?!\d)",
    re.I,
)
# A span of years in running prose: "published between 2000 and 2022", "from 1990 to 2010",
# "zwischen 1918 und 1933", "entre 1990 et 2000" (neither year a citation's)
_PROSE_RANGE = lazy_compile(
    r"\b(?:between|from|zwischen|von|entre|tra|fra|tussen|mellan|между|від|od|między)\s"
    r"(?:[^\W\d_]{3,}\.?\s)?(?P<first>" + _YEAR + r")\s"
    r"(?:and|to|until|und|bis|et|à|e|y|a|en|och|и|до|do|i)\s"
    r"(?:[^\W\d_]{3,}\.?\s)?(?P<year>" + _YEAR + r")(?!\d)",
    re.I,
)
# A span of months of one year in running prose: "between February and May 2024", "from
# March to June 2023", "zwischen Februar und Mai 2024" (both words months: a citation's
# names are no months)
_MONTH_RANGE = lazy_compile(
    r"\b(?:between|from|zwischen|von|entre|tra|fra|tussen|mellan|между|від|od|między)\s"
    r"(?P<first>[^\W\d_]{3,}\.?)\s"
    r"(?:and|to|until|und|bis|et|à|e|y|a|en|och|и|до|do|i)\s"
    r"(?P<last>[^\W\d_]{3,}\.?)\s(?P<year>" + _YEAR + r")(?!\d)",
    re.I,
)
# A list of years in running prose: "counted in the volumes 1877, 1883 and 1889", "dans les
# années 1862, 1871 et 1880" -- the word before it in lower case (after a name the years are
# that author's works: "Marx 1867, 1885 and 1894")
_PROSE_LIST = lazy_compile(
    rf"(?<![^\W\d_])(?-i:[a-zß-öø-ÿа-яё][^\W\d_]*+)\s{_YEAR}(?:,\s{_YEAR}(?!\d))*+,?\s"
    r"(?:and|und|en|et|y|e|och|og|i|и|і|a|és|ja|ve|oraz)\s"
    rf"{_YEAR}(?!\d)"
)
# (no opening mark inside: a run of 40,000 « is read once, not once per mark)
# (in any language's marks, :mod:`.quote_pairs`)
_QUOTED = lazy_compile(quote_pairs.any_quoted(3))
# A title set in italics by Markdown, reStructuredText, AsciiDoc or Org: *Title*, _Title_,
# /Title/.
# the name of a research project or grant, quoted after the word for one, is no work's title:
# "within the project “Harmonising Serbian Law with EU Law”", "u okviru projekta „…”",
# "у оквиру пројекта „…”", "im Rahmen des Projekts „…“", "dans le cadre du projet « … »"
_PROJECT_NAME = lazy_compile(
    r"(?i:\b(?:project|projects|projekt\w*|пројек\w*|проект\w*|projet|proyecto|progetto"
    r"|projeto|programme|program|programa|grant|grantu?"
    # a research (project) or thesis: Latvian "pētījuma „…”", Lithuanian "tyrimo „…“",
    # Estonian "uurimisprojekti „…“"
    r"|pētījum\w*|tyrim\w*|uurimis\w*))\s(?:[^\W\d_]{1,12}\s)?" + _QUOTED.pattern
)
_EMPHASIS = lazy_compile(
    r"(?:^|[\s(\[])([*_/])(?=[^\s*_/])([^*_/\n]{3,}?)(?<=\S)\1(?=[\s,.;:)\]]|$)"
)
# the name of a meeting, quoted or emphasised after the word for one, is no work's title:
# "a talk at the conference _Digital Days_ 2022", "na konferency _…_", "auf der Tagung „…“",
# "au colloque « … »", "на конференции «…»", "en el congreso *…*"
_EVENT_NAME = lazy_compile(
    r"(?i:\b(?:conferenc\w*|konferen[cz]\w*|conférence\w*|confer[eê]nci\w*|conferenz\w*"
    r"|congres\w*|congrès|kongres\w*|symposi\w*|sympozj\w*|simpozi\w*|simposi\w*|colloqu\w*"
    r"|kolokvi\w*|kolokwi\w*|tagung\w*|workshop\w*|seminar\w*|summit|festival\w*|meeting"
    r"|jornadas|journées?|конференц\w*|конгресс?\w*|симпозиум\w*|семинар\w*|фестивал\w*))"
    r"\s(?:[^\W\d_]{1,12}\s)?"
    r"(?:" + _QUOTED.pattern + r"|([*_])(?=[^\s*_])[^*_\n]{3,}?(?<=\S)\2(?=[\s,.;:)\]]|$))"
)
_ANY_YEAR = lazy_compile(rf"(?<!\d){_YEAR}(?!\d)")
_LOCATOR = lazy_compile(
    r"\b(?:pp?|С|с|S|σσ?)\.\s?\d|\b\d+,\sno\.\s?\d|\bvol\.\s?\d|\bТ\.\s?\d|№\s?\d"
    # (the volume of the Polish, Czech, French, Spanish notes, lower case: "t. 2", "t. 1–5")
    r"|,\s(?-i:t)\.\s?\d"
    r"|\b(?:ch|chap|sec|para|fols?|ff)\.\s?\d"
    # archival references: "Ф. Р-102. Оп. 1. Д. 45. Л. 3", "box 4, folder 2"
    r"|\b(?:Ф|Оп|Д|Л|Ед\.\s?хр)\.\s?[\wР-]*\d|\bbox\s\d+,\s(?:folder|file)\s\d"
    # ... a box or volume of a fonds in Scandinavian, Finnish, German, Dutch: "…, volym 12",
    # "…, boks 5", "…, Karton 3"
    r"|,\s(?:boks|eske|pakke|kapsel|volym|Karton|Schachtel|laatikko|kotelo|doos)\s\d"
    # a collection's number for the object it holds, after the holder's name: "Museum of
    # Geology, specimen no. GM-R/118", "…, okaz nr MG-P/2311", "…, Inv.-Nr. 4471", "…, inv. ME 12"
    r"|,\s(?:(?:specimen|okaz|objekt|Exemplar|spécimen|ejemplar|esemplare|accession|inventory)"
    r"\s(?:nos?\.|nr\.?|n[°º]\.?|num\.|number)|inv\.|Inv\.-Nr\.|nr\sinw\.)"
    r"\s?[A-Z]{0,5}(?:[-/][A-Z]{1,5})*[-/\s]?\d"
    # a star page, the original edition's, as the Bluebook cites a classic treatise: "2 William
    # Blackstone, Commentaries *18" (no italic number: "*1984*")
    r"|(?<=\w)\s\*\d{1,4}(?![\d*])",
    re.I,
)
# "New York: Norton" ("Stand: Juni 2023" is the German "as of")
_PUBLISHER = lazy_compile(
    r"(?<![\w.])(?!Stand:)[A-ZА-ЯЁ][\w.]*+(?:\s[A-Z][\w.]*+)?\s?:\s?[A-ZА-ЯЁ][^\s:]+"
)
_GOST = lazy_compile(r"\.\s[-–—]\s|\s//\s")
# Legal citations: "v. Smith", "§ 26", "c. 27", "302 P.3d 1145", "576 U.S. at 542",
# "[1889] 2 Q.B. 301", "478 F. Supp. 3d at 292–94" (possessive: each word read once).
_LEGAL = lazy_compile(
    r"\bv\.\s[A-Z]|§|\bc\.\s?\d"
    r"|\b\d{1,4}+\s(?:[A-Z][A-Za-z]*+\.(?:[A-Za-z]++\.)*+\s?|[A-Z]{2,}+\s"
    r"|\d(?:d|th|st|nd|rd)\s){1,5}+(?:at\s)?\d"
)
# "Ibid., 45.", "Id. at 7", "Там же. С. 5", "Smith, op. cit.", "Solove & Citron, supra
# note 6": a repeat of a citation ("See supra notes 6–7 and accompanying text" refers to
# the text, not to a work).
_REPEAT = lazy_compile(
    # (the Latin word set in italics: "*Ibid.*, 117.")
    r"^\s*[*_]{0,2}(?:ibid|ibíd|id\.|ebda?\.|ebenda|tamże|tamtéž|там\s+же|там\s+само|пак\s+там|ugyanott"
    r"|uo\.|isto[.,]|исто[.,]|như\s+trên|同上|同前|위의\s?(?:책|글|논문)|αυτόθι|དེ་ཉིད།|"
    + IBID_NORDIC_BALTIC
    + r")"
    r"|\b(?:op\.\s?cit|loc\.\s?cit|a\.\s?a\.\s?O|(?-i:aaO\b)|"
    + OP_CIT_SLAVIC
    + r"|(?-i:i\.\s?m\.)|(?-i:mts\.|a\.a\.)(?!O)|"
    + OP_CIT_CENTRAL_ASIAN
    + r")"
    # (Greek "ό.π.", alone or after the author: "Ό.π., σ. 4", "Harman, ό.π.")
    r"|(?<![\w.])[όο]\.\s?π\.(?!\w)"
    # "cited above" in Japanese, Chinese and Korean short notes: "宮崎、前掲論文", "앞의 책"
    r"|前掲|前揭|前引|上掲|앞의\s?(?:책|글|논문)"
    r"|[\w.)’']\s?,\s(?:supra|infra)\s+note\s+\d",
    re.I,
)
# A cross-reference a short note ends with: ", and see n. 1 above", "; cf. note 12 below",
# ", vgl. Anm. 4", ", siehe oben Anm. 4"
CROSS_REMARK = (
    r"(?:[,;]\s(?:and\s|und\s)?(?:see|cf\.|compare|vgl\.|siehe|voir|zie)\s(?:also\s|auch\s)?"
    r"(?:(?:oben|unten)\s)?(?:nn?\.|notes?|Anm\.|note)\s?\d+(?:\s?[-–]\s?\d+)?"
    r"(?:\s(?:above|below|supra|infra|oben|unten|ci-dessus))?)"
)
# A figure, plate, map or table of a work cited by its number or by the page it faces: "map
# facing p. 1", "plate 3", "fig. 12", "table 4", "pl. opposite p. 40" (before the number)
FIGURE_LOCATOR = (
    r"(?:maps?|plates?|pl\.|figs?\.|figures?|tables?|tab\.|charts?|illus\.|diagrams?)\s"
    r"(?:(?:facing|opposite|after|following)\s(?:pp?\.\s?)?)?"
)
# "Ward, Finance of Canal Building, 41.", "Federal Radio Commission, *Annual Report*, 1–2.",
# "Arregui et al., *Meter Management*, ch. 5.": a shortened note (author, short title, place)
_SHORT_NOTE = lazy_compile(
    r"^\s*[A-ZА-ЯЁ][\w'’.-]+(?:\s(?:[A-ZА-ЯЁ][\w'’.-]+|of|for|the|and|&|de|van|von)){0,6}"
    r"(?:,?\s(?:and|&|и)\s[A-ZА-ЯЁ][\w'’-]+)?(?:\set\sal\.)?"
    r",\s(?:\*[^*]{2,150}\*|_[^_]{2,150}_|/[^/]{2,150}/|“[^”]{2,150}”|\"[^\"]{2,150}\"|«[^»]{2,150}»|[^,;]{3,80})"
    # (a volume before the page: "Jedin, *History*, 2:67"; the page word of the Slavic and
    # Romance languages: "Wolska, Wystawa jako lekcja…, s. 520", "López, Puertos, pág. 7")
    # (an article of a charter or convention: "ICOMOS, *Venice Charter*, art. 9")
    rf",?\s(?:{FIGURE_LOCATOR}|(?:pp?\.|ch\.|chap\.|sec\.|para\.|§|n\.|fols?\.|s\.|S\.|[Aa]rts?\."
    rf"|{PAGE_WORDS})\s?)?"
    r"(?:\d{1,2}:)?[\dIVXLCivxlc]+"
    # (roman pages of a preface to the end of a range too: "xii–xv")
    r"(?:\s?[-–—]\s?(?:\d+|[ivxlc]+|[IVXLC]+))?(?:\s?n\.\s?\d+)?"
    # (what the page holds, in parentheses: "Tanner, Decrees, 2:797 (session 25).")
    r"(?:\s\([^()]{1,80}\))?"
    # (a cross-reference after: "Kinealy, *Calamity*, 141, and see n. 1 above.")
    rf"{CROSS_REMARK}?\.?\s*$"
)
# Lead-ins, in the languages of the documents bibcheck reads.
_SEE = (
    r"(?:(?:but\s+|also\s+)?see(?:\s+also|\s+generally|\s+further|\s+especially"
    # (not the French treaty "Accord entre le Saint-Siège et …", a title)
    r"|\s+in\s+particular)?|(?:but\s+)?cf\.|compare|accord(?!\s+(?:entre|between)\s)"
    r"|contra|e\.\s?g\.,?"
    r"|(?:as\s+)?quoted\s+in|cited\s+in"
    # where a table's or a note's numbers come from: "Figures from", "Calculated from";
    # a figure's source beside it, opening the note: "From X, *Title*, page 92." (not the
    # word inside a title: "The English Dictionary from Cawdrey to Johnson")
    r"|(?:figures|data|statistics|calculated|computed|compiled|adapted|derived)\s+from"
    r"|(?<!.)(?-i:From)"
    r"|vgl\.(?:\s+(?:auch|dazu|hierzu|ferner|etwa))?"
    r"|siehe(?:\s+(?:auch|dazu|hierzu))?"
    r"|zit\.\s?(?:nach|n\.)|zitiert\s+nach|ebenso|dazu"
    r"|voir(?:\s+aussi)?|см\.(?:\s+также)?|ср\.|цит\.\s?по|приводится\s+по|напр\.|например,?"
    r"|див\.(?:\s+також)?|цит\.\s?за"
    # Belarusian ("гл." before a number is the Russian "глава", a chapter)
    r"|гл\.(?!\s*\d)(?:\s+таксама)?|параўн\.|пар\.|цыт\.\s?па"
    # Polish, Czech, Spanish, Italian, Portuguese
    r"|por\.|zob\.(?:\s+też|\s+także)?|zobacz|patrz|srv\.|srov\.|viz(?:\s+též)?|véase(?:\s+también)?"
    # ... and the source a quotation was taken from: "Cytat za:", "Cyt. za", "Citováno podle",
    # "Citado por", "Cit. da", "Citato da", "Cité d'après"
    r"|cytat\s+za|cyt\.\s?za|cytuj[eę]\s+za|citováno\s+podle|cit\.\s?podle|citované\s+podľa"
    r"|citad[oa]\s+(?:por|en)|cit\.\s(?:por|en|da)|citato\s+da|cité\s+d['’]après"
    # (and Corsican "vede", Galician "véxase", Portuguese "veja", Occitan "vejatz")
    r"|cfr\.|vedi|vede|véxase|veja(?:\s+também)?|vejatz|ver(?:\s+também)?|zie(?:\s+ook)?"
    r"|se\s+även|se\s+også|bkz\.|bakınız"
    # Bulgarian, Serbian, Croatian, Macedonian (both scripts)
    r"|вж\.(?:\s+(?:и|също))?|виж(?:\s+(?:и|също))?|срв\.|види(?:\s+и)?|вид\.|уп\.|упор\.|исп\."
    r"|vidi(?:\s+i)?|vid\.|up\.|usp\.|isp\."
    # Romanian, Hungarian, Finnish, Indonesian, Vietnamese, Chinese
    r"|vezi(?:\s+(?:și|şi))?|a\s+se\s+vedea|vö\.|lásd(?:\s+még)?|ld\.|ks\.(?:\s+myös)?|katso|vrt\."
    r"|lihat(?:\s+juga)?|bdk\.|bandingkan|xem(?:\s+thêm)?|参见|參見|参阅|參閱|详见|詳見"
    # Tagalog/Filipino: "Tingnan ang" (see), "Tingnan din ang" (see also), "Ihambing" (compare)
    r"|tingnan(?:\s+(?:din|rin|lalo\s+na))?(?:\s+ang)?|ihambing(?:\s+ang)?"
    # Catalan, Lithuanian, Latvian, Slovak, Slovenian, Arabic, Persian, Hebrew
    r"|vegeu(?:\s+també)?|vg\.|žr\.|sk\.|pozri(?:\s+aj)?|prim\.|gl\.|انظر|راجع"
    # Scandinavian, Icelandic, Faroese, Estonian, Latvian: "Se", "Jf.", "Sjá", "Sbr.", "Sí",
    # "Vt.", "Vrd.", "Skat."
    r"|se(?:\s+(?:også|ogsaa|òg|eksempelvis|t\.\s?ex\.))?|jf\.|jfr\.|sjá(?:\s+einnig|\s+t\.\s?d\.)?"
    r"|sbr\.|sí(?:\s+eisini)?|vt\.?(?=\s)|vrd\.|skat\."
    r"|ر\.\s?ک\.|نک\.|ראו(?:\s+גם)?|ראה(?:\s+גם)?|השוו"
    # Welsh "Gw." / "Gweler" / "Cymharer", Irish "Féach", Albanian "Krahaso", Nepali
    # "हेर्नुहोस्", Lao "ເບິ່ງ"; Albanian "Shih" and Maltese "Ara" (also names: "Shih, C.",
    # "Ara Norenzayan") only before a name with initials ("Shih Dilek, Y.", "Ara J. Cremona")
    r"|gw\.|gweler(?:\s+hefyd)?|cymh\.|cymharer|féach(?:\s+freisin)?|krahaso|krh\.|qabbel"
    r"|हेर्नुहोस्|ເບິ່ງ"
    r"|(?:shih(?:\s+edhe)?|ara(?:\s+ukoll)?)(?=\s+(?-i:[A-Z][\w'’-]+,\s[A-Z]\.|[A-Z]\.))"
    # Greek: "βλ.", "βλ. επίσης", "βλ. γενικά", "πρβλ."
    r"|βλ\.(?:\s+(?:επίσης|γενικά|ιδίως|σχετικά|ακόμη|και))?|πρβλ\.|πβ\."
    # Latin (and the Italian "si veda"): "v. V. Väänänen", "vide", "cf. etiam"; verbs that
    # say who treated the topic: "De codicibus diligentissime egit Å. Josephson"
    r"|(?-i:v\.)(?=\s+[A-ZÀ-ÖØ-Þ])|vide(?:\s+etiam)?|cf\.\s+etiam|(?:si\s+)?veda(?:no)?"
    # (the Italian "V." before a phrase, never an initial: "V. per tutti", "v. anche", "V.,")
    r"|(?-i:[vV]\.)(?:\s+(?-i:per\s+tutti|anche|pure|ampiamente|amplius|inoltre|già|spec\."
    r"|da\s+ultimo|in\s+particolare|sul\s+punto))+|(?-i:[vV]\.)(?=,\s)"
    r"|egit|egerunt|scripsit|scripserunt|disseruit|disseruerunt|disputavit|tractavit"
    r"|tractaverunt|exposuit|docuit|monuit|observavit|adnotavit|annotavit|collegit|rettulit"
    # the words that say whose finding a note reports: "According to", "Selon", "Laut" ...
    rf"|{attribution.ATTRIBUTION})"
)
_EG = (
    r"(?:,?\s*(?:e\.\s?g\.|for\s+example|for\s+instance|например|напр\.|наприклад|np\.|z\.\s?B\."
    r"|par\s+exemple),?)?"
)
# a topic before the lead-in: "On this, see", "Подробнее о плане 1930-х гг. см.:"
_TOPIC = (
    r"(?:(?:on|for|about|regarding|concerning|об?|обо|о|по|про|подробнее|падрабязней|аб|пра|zu|zur|zum|für|über"
    r"|sur|pour"
    # (Italian and Spanish "for": "Per un quadro d'insieme cfr.", "Para una visión general, véase")
    r"|o|na\stemat|sobre|su|sul|sulla|sullo|sui|sugli|sulle|per|para|k|ke|ku|dėl|apie|par|de"
    # (Scandinavian, Icelandic and Faroese: "Om dette, se", "Um tvísöng sjá")
    r"|om|um)\s"
    r"[^;:]{0,100}?,?\s*)?"
)
# ... and what the reader is sent to, in lower case, before a colon: "См. об этом:",
# "Ср. аналогичную постановку вопроса для Москвы:" (not "see Ann Blair, Too Much:")
_ABOUT = (
    r"(?:\s(?-i:[a-zа-яёѐ-џ][^.;:\d(),]{0,60}?)\s?:|\s*:"
    # ... or the kind of text, then the preposition before its author: "see the survey in
    # Smith, J.", "Вж. обзора у Попов, Г.", "vezi discuția la Popescu", "lásd még Tóth"
    # (up to eight words: "Compare the different weight given to each factor by X")
    r"|\s(?-i:[a-zß-öø-ÿа-яёѐ-џ][^\s.;:\d,]*+(?:\s[a-zß-öø-ÿа-яёѐ-џ][^\s.;:\d,]*+){0,7}?)"
    r"\s(?-i:in|by|at|у|в|във|при|от|kod|u|od|bei|von|chez|par|dans|în|la|di|da|pada|dalam"
    # (Scandinavian "i", "hos", "av"/"af", Polish "w", Spanish "en", Portuguese "em", Dutch
    # "bij"/"door": "Se översikten i Larsson", "zob. omówienie w Nowak")
    r"|oleh|i|hos|av|af|w|en|em|bij|door)(?=\s(?-i:[A-ZА-ЯЁЀ-Џ]))"
    # ... or the kind of work alone before a declined name: "См. работу Ивановой (2010)"
    rf"|{attribution.PROSE_NOUN})?"
)
# an inserted phrase in lower case between commas: "See, most influentially, Hamlin",
# "Vgl., grundlegend, Müller", "Voir, en dernier lieu, Martin"
_INSERTED = r"(?:,\s(?-i:[a-zß-öø-ÿа-яё][\w'’-]*(?:\s[a-zß-öø-ÿа-яё][\w'’-]*){0,3}),)?"
# ... or an adverb with no commas: "Voir en dernier lieu Martin", "Vgl. zuletzt Roth",
# "See most recently Smith", "Véase sobre todo López"
_ADVERBIAL = (
    r"(?:\s(?-i:en\sdernier\slieu|en\sparticulier|notamment|surtout|également|récemment"
    r"|dernièrement|zuletzt|jüngst|neuerdings|besonders|insbesondere|grundlegend|ausführlich"
    r"|most\srecently|recently|especially|generally|sobre\stodo|en\sparticular|recientemente"
    r"|in\sparticolare|soprattutto|recentemente|da\sultimo|sobretudo|per\stutti|por\stodos"
    # (Icelandic, Danish, Norwegian, Swedish, Dutch: "sjá einkum", "se især", "se særlig",
    # "se särskilt", "zie vooral")
    r"|einkum|sérstaklega|einnig|især|særlig|spesielt|særskilt|särskilt|framför\sallt|främst"
    r"|vooral|met\sname|in\shet\sbijzonder))?"
)
_LEAD_IN = lazy_compile(rf"^{_TOPIC}\b{_SEE}{_EG}{_INSERTED}{_ADVERBIAL}{_ABOUT}\s+", re.I)
# A prose clause that hands over to its source: "The procedure follows AWWA (2016)",
# "The Commission's own account is in ...", "This section draws on ..." (verbs in lower
# case: "How the Port Follows Trade" is a title).
_HAND_OVER_VERB = (
    r"(?:follows?|is\s+based\s+on|are\s+based\s+on|draws?\s+on"
    # "My figures come from", "The series is derived from", "printed annually in"
    r"|comes?\s+from|(?:is|are)\s+derived\s+from"
    r"|(?:printed|published|listed|tabulated)\s+(?:(?:annually|yearly|monthly|regularly)\s+)?in"
    # "This mechanism is described in detail by", "was first analysed at length in", "has
    # been documented extensively by"
    r"|(?:is|are|was|were|has\s+been|have\s+been)\s+(?:(?:also|first|further|fully"
    r"|[a-z]+ly)\s+)?(?:described|discussed|treated|analy[sz]ed|documented|reported"
    r"|explained|examined|reviewed|studied|outlined|presented|surveyed|investigated)"
    r"(?:\s+(?:in\s+(?:detail|depth|full)|at\s+(?:length|some\s+length)|more\s+fully"
    r"|extensively|thoroughly|elsewhere|further|first|earlier))?\s+(?:by|in)"
    r"|(?:is|are|was|were)\s+(?:(?:given|printed|reprinted|reproduced|discussed|described"
    r"|summari[sz]ed|published)\s+)?in|adapted\s+from|taken\s+from"
    # "The older view is represented by", "A similar conclusion is reached by", "as argued by"
    r"|(?:is|are|was|were|has\s+been|have\s+been)\s+(?:represented|reached|argued|made"
    r"|put\s+forward|proposed|defended|developed|advanced|shown|found|set\s+out)\s+by"
    r"|as\s+(?:argued|shown|noted|suggested|described|reported)\s+by)\s+"
)
_HAND_OVER = lazy_compile(
    # (after a first clause: "The numbers are standard; a clear derivation is in ...")
    rf"^(?:[^.;:]{{0,160}}?[;:]\s+)?(?:[^.;:]{{0,100}}?\s)?{_HAND_OVER_VERB}"
)
# ... and a second one after it: "come from | the station lists printed annually in | *Title*"
_HAND_OVER_MORE = lazy_compile(rf"(?:[^.;:]{{0,100}}?\s)?{_HAND_OVER_VERB}")
_SENTENCE = lazy_compile(
    r"(?<=[.;!?])\s+(?=(?:See|Cf\.|Compare|Quoted|Cited|Vgl\.|Voir|Siehe|См\.|Ср\.|Цит\.)\s)"
    # after a semicolon the lead-in is lower case: "...; cf. François Héran, ..."
    # (or a comma: "Een klassiek argument, zie Petra van Ellen, ‘Title’, …")
    r"|(?<=[;,])\s+(?=(?:see|cf\.|compare|vgl\.|voir|siehe|см\.|ср\.|por\.|zob\.|zie|se\såven"
    r"|bkz\.|vedi|véase|dazu|hierzu|ferner|außerdem|zudem)\s)"
    # a sentence of Chinese, Japanese or Korean prose ends with its full stop
    r"|(?<=。)\s*(?=\S)"
)
# any sentence's end (after a word, not a number) before a capital: not "übers. v. Roth"
_SENTENCE_END = lazy_compile(rf"(?<=[^\W\d_]{{2}}[.!?])\s+(?=[{UPPER}])")
# (or a comma before a conjunction: "This was the view of X, and it was revived by Y, ...")
_CLAUSE_END = lazy_compile(r"(?<=;)\s+|(?<=,)\s+(?=(?:and|but|while)\s)")
# a clause that announces the source, then a colon: "Phénomène décrit dès 1980 : X Y, …"
_ANNOUNCED = lazy_compile(
    # (no comma in the clause: "Heri, Climate Change …: Capturing Risk, …" is author and title)
    r"^(?P<clause>[^():;,“”\"«»*_/\[\]]{10,160}?)\s?:\s+"
    r"(?=[A-ZÀ-ÖØ-Þ][\w'’-]+(?:\s[A-ZÀ-ÖØ-Þ][\w'’.-]+){1,3},\s)"
)


# A personal name a citation starts with, then its comma (or "and" and the next name):
# "Gerhard Besier,", "J. M. Díaz Lema,", "J. van den Noort,", "E. García de Enterría y
# T.-R. Fernández,", "William E. Kovacic et al.,"
_UPPER = r"[A-ZÀ-ÖØ-ÞĀ-Ž]"
# (the shared ones but "dos", as this parser has always read names; "della", "zu", and
# Spanish "y" joining two family names)
_PARTICLES = (PARTICLES - {"dos"}) | {"della", "zu", "y"}
_PARTICLE = rf"(?:{'|'.join(sorted(_PARTICLES))})"
# (a compound given name: "Jean-Pierre", "Hans-Jürgen")
_GIVEN = (
    rf"(?:{_UPPER}[a-zß-öø-ÿā-ž'’-]+(?:-{_UPPER}[a-zß-öø-ÿā-ž'’]+)?"
    rf"|{_UPPER}\.(?:\s?-?{_UPPER}\.)*)"
)
# (a particle before the surname, "J. van den Noort", or after it, "E. García de Enterría";
# not both: "These von Irmgard Scheitler" is a noun, "von", then the name)
_SURNAME = rf"{_UPPER}[\w'’-]+"
_PERSON = (
    rf"{_GIVEN}(?:\s{_UPPER}\.(?:-{_UPPER}\.)?)*\s"
    rf"(?:(?:{_PARTICLE}\s){{1,2}}{_SURNAME}|{_SURNAME}(?:\s(?:{_PARTICLE}\s){{0,2}}{_SURNAME})?)"
    r"(?:\set\sal\.|\su\.\sa\.)?"
    # (an editor's mark after the name: "H. Lintsen (red.),", "A. Ruiz (coord.),")
    rf"(?:\s{role_marks.MARK})?"
    r"(?:,|\s(?:y|en|und|and|et|e|&|och|og|i|a|ve)\s"
    # (German humanities notes: the name, then a colon before the title or a slash before the
    # next name: "Grundlegend dazu Eva Lang: Titel", "Vgl. etwa Eva Lang/Otto Roth: Titel")
    rf"|:\s|\s?/\s?{_UPPER})"
)
# Words that open a note and then hand over to the author, in the languages of the notes:
# "So etwa", "Besonders", "Vooral", "Así,", "Par exemple", "En particulier", "Especially"
_ADVERB = (
    r"(?:so\s(?:etwa|z\.\s?B\.)|etwa|besonders|insbesondere|namentlich|grundlegend|neuerdings"
    r"|ausführlich|eingehend"
    r"|neuer|jüngst|jünger|älter"
    r"|zuletzt|vor\sallem|zum\sBeispiel|z\.\s?B\.|ebenso|ähnlich|anders|dagegen|ferner|auch"
    r"|vooral|bijvoorbeeld|onder\s(?:meer|andere)|ook|eveneens|recent"
    r"|especially|notably|in\sparticular|for\s(?:example|instance)|similarly|likewise|thus"
    r"|recently|above\sall|also"
    r"|así|asimismo|también|igualmente|especialmente|en\sparticular|por\sejemplo|sobre\stodo"
    r"|ainsi|aussi|notamment|surtout|également|en\sparticulier|par\sexemple|avant\stout"
    r"|inoltre|anche|così|soprattutto|in\sparticolare|ad\sesempio|per\sesempio"
    r"|zejména|například|szczególnie|zwłaszcza|np\.|framför\sallt|till\sexempel|t\.\s?ex\.)"
)
# A clause of running prose before the name: "Eine Ausnahme ist", "Zur Biographie
# grundlegend", "Para una exposición general,", "Zie voor een recent overzicht" -- a
# capitalised word, then words at least one of them lower case, none a number; the word before
# the name no article or preposition ("Letters of John Adams, ...", "Report of the Select
# Committee, ..." are titles).
_CLOSED = frozenset(
    "of the a an by from with to for and in on at der die das des dem den ein eine einer eines"
    " von vom an am mit für und zu zur zum bei über de del la le les los las el du et y e en à"
    " au aux con por para di da della il lo van het een voor met aan op uit och av till i ur"
    " na w z o u im ins vom zum beim durch gegen ohne um"
    # (Malay and Indonesian "and", Vietnamese "and": "Ahmad Fauzi dan Rina Hartati, ...";
    # Turkish, Norwegian and Danish, Hungarian, Finnish, Polish: "Ali Kaya ve Ayşe Demir, ...")
    " dan và ve og és ja oraz".split()
)
# The preposition that hands a clause of prose over to the author ("offered by", "the
# edition of", "Schätzung nach ... bei", "eine Magisterarbeit von"): allowed last when the
# clause has a word of prose that is no article or preposition ("Letters of John Adams" has
# none), "bei" / "chez" always (no title ends "bei" before its author).
_HANDING = frozenset("by of in von bei nach chez par door with".split())
_ALWAYS_HANDING = frozenset("bei chez".split())
_NAMED_LEAD = lazy_compile(
    rf"(?:(?P<adverb>(?i:(?:(?:so|thus|also|ainsi|così|así),?\s)?{_ADVERB})),?"
    rf"|(?P<clause>[\w'’-]+(?:\s[\w'’-]+){{0,8}}?)(?P<comma>,?))"
    rf"\s+(?={_PERSON})"
)


def _named_lead(text: str, offset: int) -> int:
    """Where a lead-in before a personal name ends (0: none): an adverb (``So etwa``,
    ``Vooral``, ``Así,``) or a clause of prose (``Eine Ausnahme ist``, ``Zie voor een recent
    overzicht``), at least one word of it in lower case and its last word no article or
    preposition (``Letters of John Adams, ...`` is a title)."""
    m = _NAMED_LEAD.match(text, offset)
    if m is None:
        return 0
    clause = m.group("clause")
    if clause is not None:
        words = clause.split()
        # (after "Zie", "See": a phrase in lower case, "voor een recent overzicht"; else a
        # sentence, a capital first)
        first = 0 if offset else 1
        prose = [w for w in words[first:] if w[0].islower() and w not in _PARTICLES]
        last = words[-1].lower()
        content = [w for w in prose if w.lower() not in _CLOSED]
        # (a clause in lower case goes on a sentence, never a title: "and for Saxony by")
        going_on = not offset and words[0][0].islower() and words[0] not in _PARTICLES
        handing = last in _ALWAYS_HANDING or (last in _HANDING and (bool(content) or going_on))
        if (
            not prose
            or (last in _CLOSED and not handing)
            # (capitalised words joined by a conjunction or a preposition, no word of prose
            # among them, are a name: "Gençlik ve Spor Genel Müdürlüğü …", "Youth and Sport
            # Directorate …", a body's or a title's words, no lead-in)
            or (not content and not handing)
            or (offset and len(prose) < len(words))
            # (a clause in lower case that hands over to the author goes on a sentence: the
            # later work of a note, "...; and for Saxony by Karl Rupp, Title (...)")
            or (not offset and not words[0][0].isupper() and not handing)
            # ("Guardiola-Albert, C. y Jackson": a surname and its initials, no phrase)
            or (m.group("comma") and not words[-1][0].islower())
            or any(c.isdigit() for c in clause)
        ):
            topic = _TOPIC_NAME.match(text, offset) if offset else None
            return topic.end() if topic else 0
    return m.end()


# After a lead-in, the place or matter the work is cited for, then its author: "Vgl. für
# Kolberg Jürgen Sarnowsky, ...", "See, for Kent, John Smith, ...", "Voir pour Lyon Jean Roux"
_TOPIC_NAME = lazy_compile(
    r"(?-i:für|for|zu|zur|zum|über|on|sur|pour|per|para|voor)\s"
    rf"(?:{_UPPER}[\w'’-]+,?\s){{1,2}}?(?={_GIVEN}\s{_SURNAME},)"
)


# A person's years of life after the name: "the cartographer Nicolaus Cruquius (1678-1754)",
# "Hugo de Groot (1583–1645)" -- no year of publication
_LIFESPAN = lazy_compile(
    rf"(?<=[^\W\d_]\s)\((?:[*†]\s?)?(?P<first>{_YEAR})\s?[–-]\s?(?:[*†]\s?)?(?P<year>{_YEAR})\)"
)
# A note that reports what someone said or wrote to the author: no work a list could hold
_PERSONAL = lazy_compile(
    r"\b(?:personal\s(?:communication|correspondence)|pers\.\s?comm\.|in\sconversation\swith"
    r"|conversation\swith|(?:interview|e-?mail|letter|correspondence)\s(?:with|to)\sthe\sauthor"
    r"|Gespräch\smit|Gesprächs?\s(?:mit|am)|mündliche[rn]?\sMitteilung|persönliche[rn]?\sMitteilung"
    r"|(?:E-Mail|Brief|Schreiben)\san\sd(?:en|ie)\s(?:Verfasser|Autor)"
    r"|communication\spersonnelle|entretien\savec\sl'auteur|conversation\savec"
    r"|comunicación\spersonal|conversación\scon|persoonlijke\smededeling|gesprek\smet"
    r"|mondelinge\smededeling|comunicazione\spersonale|conversazione\scon|osobní\ssdělení"
    r"|rozmowa\sz|personlig\skommunikation|samtal\smed|личное\sсообщение|беседа\sс"
    # the author's own interview or talk in the Arabic script: Pashto "زما مرکه" (my
    # interview), "له لیکوال سره مرکه" (interview with the writer); Persian "مصاحبه با
    # نگارنده", "مصاحبهٔ نگارنده", "گفت‌وگوی نگارنده", "ارتباط شخصی" (personal communication);
    # Arabic "مقابلة شخصية", "اتصال شخصي", "مقابلة أجراها الباحث"; Urdu "ذاتی گفتگو"; in
    # Devanagari: Hindi "व्यक्तिगत बातचीत", "लेखक से बातचीत"
    r"|زما\s(?:مرکه|مرکې|خبرې\sاترې)|له\sلیکوال\sسره|مصاحبه\sبا\sنگارنده"
    r"|(?:مصاحبه|گفت[\u200c\s]?وگو)(?:ی|ٔ|\u200cی)?\sنگارنده|ارتباط\sشخصی"
    r"|مقابلة\sشخصية|اتصال\sشخصي|مقابلة\sأجراها\sالباحث|ذاتی\sگفتگو"
    r"|व्यक्तिगत\sबातचीत|लेखक\sसे\sबातचीत)",
    re.I,
)
# A note that says where the author's data or details are to be had on request: no work a
# list could hold ("Data are available from the authors on request", "Details on request
# from the editors", German "auf Anfrage erhältlich", French "disponibles sur demande",
# Spanish "disponibles previa solicitud", Italian "disponibili su richiesta", Russian "по
# запросу", Lao "ສາມາດຂໍໄດ້ຈາກ" (can be asked for from), Thai "ขอได้ที่" / "สามารถขอได้จาก",
# Chinese "可向…索取" / "备索")
_ON_REQUEST = lazy_compile(
    r"\b(?:available|obtainable|details|provided)\s(?:from\s(?:the\s)?[\w-]+(?:\s[\w-]+)?\s)?"
    r"(?:up)?on\s(?:reasonable\s)?request"
    r"|\b(?:auf\sAnfrage\s(?:erhältlich|verfügbar)|(?:erhältlich|verfügbar)\sauf\sAnfrage"
    r"|disponibles?\ssur\sdemande|disponibles?\s(?:previa|bajo|a)\s(?:solicitud|petición)"
    r"|disponibil[ei]\ssu\srichiesta|disponíve(?:l|is)\smediante\s(?:solicitação|pedido)"
    r"|(?:доступны|предоставляются)\sпо\sзапросу)\b"
    r"|ສາມາດຂໍໄດ້|ຂໍໄດ້ຈາກ|ขอได้ที่|สามารถขอได้|可向[^。，,.]{1,20}索取|备索|備索",
    re.I,
)

# A note that says its figures are the author's own, never published: no work a list could
# hold ("unpublished data", "data not yet published", "Daten nicht veröffentlicht",
# "unveröffentlichte Daten", "données non publiées", "datos no publicados", "dati non
# pubblicati", "ongepubliceerde gegevens", Swahili "hazijachapishwa" -- "they have not been
# published", the prefix agreeing with the noun: haija-, hayaja-, haiku-)
_UNPUBLISHED = lazy_compile(
    r"\b(?:unpublished\s(?:data|observations?|results|findings|records|survey\sdata|figures)"
    r"|(?:data|results|figures)\s(?:(?:are|were|is|was)\s)?(?:not\s(?:yet\s)?|un)published"
    r"|(?:Daten|Ergebnisse|Befunde)\s(?:sind\s)?(?:noch\s)?(?:nicht|un)\s?veröffentlicht"
    r"|unveröffentlichte[rn]?\s(?:Daten|Ergebnisse|Befunde|Beobachtungen)"
    r"|(?:données|résultats|observations)\s(?:non|pas\sencore)\spubliée?s"
    r"|(?:datos|resultados)\s(?:no|aún\sno|todavía\sno)\s(?:publicados|divulgados)"
    r"|(?:dati|risultati)\s(?:non|ancora\snon)\spubblicati|dados\snão\spublicados"
    r"|(?:niet-|on)gepubliceerde\s(?:gegevens|data|resultaten)|opublicerade\s(?:data|uppgifter)"
    r"|неопубликованные\sданные|dane\s(?:niepublikowane|nieopublikowane)"
    r"|ha\w{0,3}(?:ja|ku)chapishwa)\b",
    re.I,
)

# A note on the author's own fieldwork -- recordings, interviews, observations made by the
# author, field notes -- which no list of literature could hold ("The songs were recorded by
# the author in March 2018.", "Field notes of the author, 2 May 2021", "vom Verfasser
# aufgenommen am 3. Juli 2019", "enquête de terrain, juin 2017", "trabajo de campo, 2016",
# "полевые материалы автора, 2015 г.")
_FIELDWORK = lazy_compile(
    r"\b(?:(?:recorded|made|taken|conducted|carried\sout|collected|transcribed|photographed"
    r"|filmed|observed|interviewed|noted)\sby\sthe\s(?:present\s)?(?:author|writer)s?\b"
    r"|(?:the\s)?(?:author|writer)['’]s\s(?:own\s)?(?:field\s?work|field\s?notes"
    r"|field\srecordings?|recordings?|interviews?|observations?|photographs?)"
    r"|field\s?(?:work|notes|recordings?)\s(?:of|by)\sthe\s(?:author|writer)"
    r"|(?:im|bei\sder|während\sder)\s(?:eigenen\s)?Feldforschung|eigene[rn]?\sFeldforschung"
    r"|Feld(?:forschung|notizen|aufnahmen?)\sdes\sVerfassers"
    r"|vom\sVerfasser\s(?:aufgenommen|aufgezeichnet|geführt|erhoben|beobachtet)"
    r"|enquête\sde\sterrain|notes\sde\sterrain|(?:enregistr|réalis|recueill)\w*\spar\sl['’]auteur"
    r"|trabajo\sde\scampo|notas\sde\scampo|(?:grabad|realizad|recogid)[ao]s?\spor\sel\sautor"
    r"|trabalho\sde\scampo|lavoro\sdi\scampo|(?:registrat|raccolt)[aoie]\sdall['’]autore"
    r"|полев(?:ые|ых)\s(?:материал\w*|запис\w*|дневник\w*)\sавтора|записано\sавтором)",
    re.I,
)


# A note naming one of the author's own interviews by its number or its person, as a list
# of interviews (not the bibliography) records them: "Entretien E2, Villeurbanne, 2 avril
# 2019.", "Interview 7, Leeds, 3 May 2020.", "Interview with a site foreman, Lyon, 12 March
# 2021.", "Entrevista con una vecina, Quito, 2018.", "Gespräch mit dem Bürgermeister, 2019.",
# Swedish, Norwegian and Danish "Intervju med en fiskare, Kiruna, 3 maj 2020", "Interview med
# en tidligere lods, Skagen, 2019"
_INTERVIEW_NOTE = lazy_compile(
    r"(?:entretiens?|interviews?|entrevistas?|interviste?|intervista|gespräch|wywiad|intervjuer"
    r"|intervjuet|intervjun|intervju)"
    # (who held it: "Intervista dell'autrice con", "Entretien de l'auteur avec", "Interview
    # by the author with", "Entrevista de la autora con", "Gespräch des Verfassers mit")
    r"(?:\s(?:dell['’]aut(?:ore|rice)|de\sl['’]aut(?:eur|rice)|del\sautor|de\sla\sautora"
    r"|by\sthe\s(?:present\s)?(?:author|writer)|des\sVerfassers|der\sVerfasserin"
    r"|do\sautor|da\sautora))?"
    r"\s(?:(?:n[°ºo]\.?\s?)?(?-i:[A-Z]{0,3})[-‑]?\d{1,3}\b|(?:avec|with|con|com|mit|z|med)\s)",
    re.I,
)


def _own_fieldwork(text: str) -> bool:
    """A note on the author's fieldwork with no work in it: none of a work's marks (address,
    title, publisher, locator, repeat, legal citation) beside the fieldwork's date; or a
    note citing the author's field record by its place and date (:mod:`.field_records`)."""
    return field_record(text) or bool(
        (_FIELDWORK.search(text) or _INTERVIEW_NOTE.match(text.lstrip()))
        and not (
            _URL_OR_DOI.search(text)
            or _titled(text)
            or _PUBLISHER.search(text)
            or _LOCATOR.search(text)
            or _REPEAT.search(text)
            or _LEGAL.search(text)
            or _CASELESS_FACTS.search(text)
        )
    )


def fieldwork_year(text: str) -> int | None:
    """The year a note on the author's interview or fieldwork dates it to ("Interview with
    a former officer, London, 14 June 2022": 2022; its last year), None for any other note
    or one that writes no year."""
    if not _own_fieldwork(text):
        return None
    years = _ANY_YEAR.findall(text)
    return int(years[-1]) if years else None


def _lifespan(first: str, last: str) -> bool:
    return 15 <= int(last) - int(first) <= 110


def _cited_year(text: str) -> bool:
    """A year where citations put it, not only inside a date of running prose or the years
    of a person's life."""
    prose = [m.span("year") for m in _PROSE_DATE.finditer(text)]
    for m in _LIFESPAN.finditer(text):
        if _lifespan(m.group("first"), m.group("year")):
            prose.extend((m.span("first"), m.span("year")))
    for m in _PROSE_RANGE.finditer(text):
        prose.extend((m.span("first"), m.span("year")))
    for m in _MONTH_RANGE.finditer(text):
        if all(m.group(k).rstrip(".").casefold() in MONTHS for k in ("first", "last")):
            prose.append(m.span("year"))
    for m in _PROSE_LIST.finditer(text):
        prose.extend(
            (m.start() + y.start(), m.start() + y.end()) for y in _ANY_YEAR.finditer(m.group(0))
        )
    for m in _CITED_YEAR.finditer(text):
        year = _ANY_YEAR.search(m.group(0))
        if year is None:
            continue
        at = m.start() + year.start()
        if not any(start <= at < end for start, end in prose) and not _prose_word_year(
            text[: m.start()], m.group(0)
        ):
            return True
    return False


# the word before a year and the one before that: "afo 2019;", "marzo de 2019,"
_WORD_YEAR = lazy_compile(r"^(?P<word>[^\W\d_]++)\s(?:et\sal\.\s)?" + _YEAR)
_LAST_WORD = lazy_compile(r"(?:^|\s)(?P<word>[^\W\d_]++)\s*$")


def _prose_word_year(before: str, found: str) -> bool:
    """The year after a lower-case word of running prose, in any language ("n’afo 2019;",
    Igbo: in the year 2019; "tupu 1978,", before 1978): a date of prose, not an
    author-date's "Smith 2019," (a name, capitalised) -- unless the word is a month's
    (French "mars 2019,", Spanish "marzo de 2019,")."""
    m = _WORD_YEAR.match(found)
    if m is None:
        # (the year that ends the note after two words of prose, "… wọn ní 2019.")
        return _prose_end_year(before, found)
    word = m.group("word")
    if not word[0].islower() or word.casefold() in MONTHS:
        return False
    last = _LAST_WORD.search(before[-40:])
    return last is None or last.group("word").casefold() not in MONTHS


# the two words before a year that ends the note: "a precios constantes de | 2018."
_TWO_WORDS = lazy_compile(r"(?:^|\s)(?P<first>[^\W\d_]++)\s(?P<word>[^\W\d_]++)\s*$")


def _prose_end_year(before: str, found: str) -> bool:
    """The year that ends a sentence of running prose, after two lower-case words in any
    language ("… expresadas a precios constantes de 2018.", "… in the prices of 2018."):
    a date of prose, not a citation's year, which follows a name, a place, a publisher, a
    number or a month ("Ley 100 de 1993.", "marzo de 2019.", "Oxford: Clarendon 2018.")."""
    if not found.lstrip()[:1].isdigit():
        return False
    m = _TWO_WORDS.search(before[-60:])
    if m is None:
        return False
    words = (m.group("first"), m.group("word"))
    if all(w[0].islower() and w.casefold() not in MONTHS for w in words):
        return True
    # (or after one lower-case word, a place's name before it, when the sentence is prose:
    # "… taught in the colleges of Senegal until 1990." in a language the dates of prose have
    # no words for -- a citation's year follows a place or a publisher, capitalised)
    word = m.group("word")
    return (
        word[0].islower()
        and word.casefold() not in MONTHS
        and sum(1 for w in _ANY_WORD.findall(before) if w[0].islower()) >= _PROSE_WORDS
    )


# a word of any script, and how many of them in lower case make a sentence of prose
_ANY_WORD = lazy_compile(r"(?<![^\W\d_])[^\W\d_]++")
_PROSE_WORDS = 6


def _titled(text: str) -> bool:
    """A quoted title of three words, an emphasised one of two, or a quoted name and a year;
    not a gloss, the meaning of a word in single quotes, lower-case (``довговусий ‘який має
    довгі вуса’``, ``*mensa* ‘a table’``), nor a phrase in double quotes (``the famous
    "overnight country loaf"``): a title starts with a capital."""
    text = _EVENT_NAME.sub(" ", _PROJECT_NAME.sub(" ", text))
    quoted = [m.group(1) for m in _QUOTED.finditer(text) if not m.group(1).lstrip()[:1].islower()]
    if any(len(q.split()) >= 3 for q in quoted):
        return True
    # (a term set in italics, "_alarm fatigue_", starts lower-case; a title does not)
    if any(
        len(m.group(2).split()) >= 2 and not m.group(2)[0].islower()
        for m in _EMPHASIS.finditer(text)
    ):
        return True
    return bool(any(len(q.split()) >= 2 for q in quoted) and _ANY_YEAR.search(text))


# the end of a sentence, before the next one: "Hammel-Kiesow, Die Hanse, 92. I follow ..."
# (not after an initial: "T.M. Reyes, J.A. Okafor, X. Lund, ..." lists names, no sentence ends
# at "X.")
_SENTENCE_BREAK = lazy_compile(r"(?<=[\w*_”\"»)])(?<!\b[A-ZÀ-ÖØ-ÞА-ЯЁ])\.\s+(?=[A-ZÀ-ÖØ-ÞА-ЯЁ])")


def short_note_head(text: str) -> str | None:
    """The shortened note before the author's remark on it (``Hammel-Kiesow, Die Hanse,
    92.`` of ``Hammel-Kiesow, Die Hanse, 92. I follow his dating rather than
    Dollinger's.``): a citation, whatever the remark says; None when ``text`` has not that
    shape."""
    for m in _SENTENCE_BREAK.finditer(text):
        head = text[: m.start() + 1]
        if _short_notes(head):
            return head
    return None


def _short_notes(text: str) -> bool:
    """Shortened notes, one or several joined by ``;``."""
    parts = [p for p in re.split(r";\s+", text.strip()) if p]
    return bool(parts) and all(_SHORT_NOTE.match(p) for p in parts)


# A place and publisher and a year in a script without capitals ("تهران: نشر مرکز، ۱۳۸۹",
# "กรุงเทพฯ: มหาวิทยาลัยธรรมศาสตร์, 2530"), digits of any kind, any calendar's year
# (only searched for: tried from the start of each word, from its first letter of those
# scripts, the rest of the word possessive; tried from each letter, each try read the
# rest of a long word again)
_CASELESS_FACTS = lazy_compile(
    r"(?<![^\s:])(?>[^\s:]*?[\u0590-\u06ff\u0e00-\u0e7f])[^\s:]*+"
    r"\s?:\s?[^\W\d_][^:;]{1,80}?[,،]\s?[\d٠-٩۰-۹๐-๙]{4}"
)


# East Asian title brackets: a book's or journal's 『』 / 《》 (「」 also quotes a phrase); a
# year where Japanese, Korean and Chinese notes put it ("、1983年、", "（2005年）")
_CJK_TITLE = lazy_compile(r"『[^』]{2,}』|《[^》]{2,}》")
_CJK_YEAR = lazy_compile(rf"[、，（(]\s?{_YEAR}\s?年?\s?[、，。）)]")


# A British parliamentary paper's session and number: "H.C. 1847–48 (956)", "HC 1833 (676)",
# "H.L. 1852-3 (12)", "PP 1842 [380]", "Parliamentary Papers 1863 (3197)", a command paper
# "Cd. 4499", "Cmd. 1234", "Cmnd. 5678"
_PARLIAMENTARY = lazy_compile(
    r"\b(?:H\.?\s?[CL]\.?|P\.?\s?P\.?|Parliamentary\sPapers|Sessional\sPapers)\s"
    r"(?:1[6-9]|20)\d\d(?:\s?[-–/]\s?\d{1,4})?\s?"
    r"(?:\(\d{1,5}\)|\[(?:(?:C|Cd|Cmd|Cmnd|Cm)\.?\s?)?\d{1,5}\])"
    r"|\b(?:Cd|Cmd|Cmnd|Cm)\.\s?\d{1,5}\b"
)


# The number of a contract, grant or agreement, and its date: a document between parties, no
# work a list could hold ("по договору № 12-22 от 01.03.2022", "under contract no. 4410-B of
# 3 May 2021", "grant No. 22-17-00001", "Fördervertrag Nr. 12/3 vom 1.2.2020", "contrato
# n.º 45/2019", "convenio núm. 7", "σύμβαση αρ. 12")
_AGREEMENT_NUMBER = lazy_compile(
    r"(?<![^\W\d_])(?i:contracts?|grants?|agreements?|договор\w{0,3}|соглашени\w{0,3}"
    r"|контракт\w{0,3}|грант\w{0,3}|(?:Förder|Kooperations)?vertrag\w{0,2}|Förderkennzeichen"
    r"|contrat|contrato|convenio|contratto|convenzione|σύμβαση\w{0,2})"
    # (its number marked as one: "Grant 2019" is a name and a year)
    r"\s(?:№|No\.?|no\.?|Nr\.?|nr\.?|n\.\s?º|nº|n\.|núm\.|αρ\.)\s?"
    r"[\w/.-]{0,20}?\d[\w/-]{0,20}"
    # (and the date it was made on)
    r"(?:,?\s(?:от|of|dated|vom|du|del|de|από)\s(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}"
    r"|\d{1,2}\.?\s[^\W\d_]{3,}\.?\s\d{4}|[^\W\d_]{3,}\s\d{1,2},\s\d{4}))?"
)


def bibliographic(text: str) -> bool:
    """Does ``text`` carry what a citation has (URL, year, title, locator, publisher)?  (A
    contract's or grant's number and date, :data:`_AGREEMENT_NUMBER`, is none of it.)"""
    text = _AGREEMENT_NUMBER.sub(" ", text)
    return bool(
        _CASELESS_FACTS.search(text)
        or _PARLIAMENTARY.search(text)
        or _CJK_TITLE.search(text)
        or _CJK_YEAR.search(text)
        or _REPEAT.search(text)
        or _short_notes(text)
        or _URL_OR_DOI.search(text)
        or _cited_year(text)
        or _titled(text)
        or _LOCATOR.search(text)
        or _GOST.search(text)
        or _LEGAL.search(text)
        or _PUBLISHER.search(text)
        # ("…, recorded 1984, County Record Office, OHC/3/12.": an item by its holder's
        # reference, :mod:`.closing_reference`)
        or closing_reference.closing_reference(text)
    )


def strip_lead_in(text: str) -> str:
    """``text`` without a leading ``See``, ``Cf.``, ``Quoted in``, ``См.:``..."""
    lead = _LEAD_IN.match(text.lstrip())
    if lead is None:
        return text
    return text.lstrip()[lead.end() :]


def _see_lead_in(text: str) -> int:
    """Where a lead-in ends (0: none) -- only when what follows it is a citation and
    what precedes it is not."""
    offset = len(text) - len(text.lstrip())
    for pattern in (_LEAD_IN, _HAND_OVER):
        # (matched on the text from its first word: the patterns are anchored with "^", which
        # matches at no offset but the string's start)
        lead = pattern.match(text[offset:])
        if lead is None or lead.end() == 0:
            continue
        if not bibliographic(text[: offset + lead.end()]) and bibliographic(
            text[offset + lead.end() :]
        ):
            end = offset + lead.end()
            more = _HAND_OVER_MORE.match(text, end) if pattern is _HAND_OVER else None
            if (
                more is not None
                and not bibliographic(text[: more.end()])
                and bibliographic(text[more.end() :])
            ):
                end = more.end()
            return end
    return 0


def opens_with_lead_in(text: str) -> bool:
    """Does ``text`` start with a lead-in (``See``, ``Vegeu``, ``Vgl.``) before a citation?"""
    return _see_lead_in(text) > 0


def _lead_in(text: str) -> int:
    """Where a lead-in ends (0: none), a phrase before the name after it included: "Zie
    voor een recent overzicht | J. van den Noort, ..."."""
    end = _see_lead_in(text)
    if end:
        more = _named_lead(text, end)
        return more if more and bibliographic(text[more:]) else end
    offset = len(text) - len(text.lstrip())
    end = _named_lead(text, offset)
    if end and not bibliographic(text[:end]) and bibliographic(text[end:]):
        return end
    end = _uncased_lead(text)
    if end and bibliographic(text[end:]):
        return end
    return 0


# a Latin personal name a citation starts with: "Russell, S.", "S. Russell,"
_LATIN_NAME = lazy_compile(
    # (from the first initial of a run only, the run read once)
    r"(?<=\s)(?<![A-Z]\.\s)(?:[A-Z][\w'’-]+,\s[A-Z]\.|[A-Z]\.\s?(?:-?[A-Z]\.\s?)*+[A-Z][\w'’-]+"
    r"(?:,|\s(?:and|&)\s))"
)
_PARENTHESISED = lazy_compile(r"\([^()]*\)")


def _uncased_lead(text: str) -> int:
    """Where a sentence in a script without capitals (Korean, Chinese, Japanese, Arabic,
    Hebrew) hands over to a work cited in Latin letters ends: "허용 가능성과 일관성의 차이는 |
    Russell, S., Norvig, P. *Title*, …" (0: none).  Every letter before the name (words in
    parentheses aside) is of such a script."""
    m = _LATIN_NAME.search(text, 0, 400)
    if m is None:
        return 0
    head = _PARENTHESISED.sub(" ", text[: m.start()])
    letters = [c for c in head if c.isalpha()]
    if len(letters) < 2 or any(c.lower() != c.upper() for c in letters):
        return 0
    return m.start()


# A note that sends the reader elsewhere in the same text, no work: "See below, p. 12.",
# "Siehe unten S. 142–146.", "Vgl. oben Kap. 3.", "Voir ci-dessous, p. 8", "См. выше, с. 5"
_INTERNAL_REF = (
    rf"\s*(?:{_SEE},?\s+)?(?:(?:schon|bereits|auch|also|already|déjà|ya|già)\s+)?(?:above|below|supra|infra|oben|unten|ci-dessus|ci-dessous|plus\shaut"
    r"|plus\sbas|más\sarriba|más\sabajo|arriba|abajo|sopra|sotto|hierboven|hieronder|выше|ниже"
    r"|wyżej|niżej|výše|níže)"
    r",?\s+(?:(?:pp?|S|s|с|Kap|chap|ch|cap|sec|sect|Abschn|Anm|n|note|nota|§)\.?\s?)?"
    r"[\dIVXLCivxlc]+(?:\s?[-–—]\s?\d+)?(?:\s?(?:f|ff)\.)?"
)
_INTERNAL = lazy_compile(rf"{_INTERNAL_REF}\s*[.;]?\s*", re.I)
# ... as the note's first sentence, a citation after it: "Vgl. oben Anm. 38. Grundlegend X, ..."
_INTERNAL_FIRST = lazy_compile(rf"{_INTERNAL_REF}\s*[.;]\s+(?=\S)", re.I)


# A hyperlink's target after the words it links, as the readers write a link ("words
# <https://…>"): at the start of a note it may belong to a lead-in phrase ("<a href=doi>A
# quantitative analysis</a> in K. Smith, Title, …"), which it does not make a citation.
_LINKED_WORDS = lazy_compile(
    r"^\s*+[^<>\s][^<>]{2,150}?(?P<link>\s<(?:https?|ftp)://[^\s<>]+>)(?=\s)"
)


# Linked words that point at the author's own material, as the readers write a link ("words
# <https://…>"): "the full disposition table is in the technical report <…>", "see our
# codebook <…>", "the project's pre-registration <…>", "in the online appendix <…>"
_OWN_LINK = lazy_compile(
    r"\b(?:the|our|this|its|their)\s(?:(?:full|complete|online|public|project['’]s|study['’]s"
    r"|survey['’]s)\s){0,2}(?:(?:technical|methods?|methodological|field(?:work)?|final)"
    r"\s(?:report|appendix)|codebook|questionnaire|(?:online\s|supplementary\s)?appendix"
    r"|replication\s(?:package|materials|files|archive)|pre-?registration|data\sdictionary)"
    r"\s<(?:https?|ftp)://[^\s<>]++>",
    re.I,
)


# A note that opens by thanking someone: "I thank the Penzol Foundation (<site>) for …",
# "We are grateful to …", "Agradezo á …", "Agradezco a …", "Je remercie …", "Ich danke …"
_THANKS = lazy_compile(
    r"\s*(?:(?:I|We)\s(?:would\slike\sto\s|wish\sto\s)?(?:thank|am\sgrateful|are\sgrateful"
    r"|owe|acknowledge)|(?:My|Our)\s(?:sincere\s|warm\s)?thanks|Thanks\sto"
    r"|Agrade(?:zo|zco|cemos|ço|cem)|Quero\sagradecer|Quisiera\sagradecer"
    r"|Je\sremercie|Nous\sremercions|Ringrazio|Ringraziamo|Ich\sdanke|Wir\sdanken"
    r"|Mein\sDank|Unser\sDank|Dziękuję|Dziękujemy|Děkuji|Благодарю|Благодарим|Выражаю"
    r"|Дякую|Ik\sdank|Wij\sdanken|Jag\stackar|Vi\stackar|Jeg\stakker|Vi\stakker"
    r"|Eskerrik|Mulțumesc|Köszönöm|Teşekkür)\b",
    re.I,
)
# An author note: the label of the corresponding author and an e-mail address ("Corresponding
# author: a@b.org. An earlier version was presented at …, 2022."), in English, Spanish,
# Portuguese, French, German, Italian, Welsh, Irish, Albanian
_AUTHOR_NOTE = lazy_compile(
    r"\s*(?:Corresponding\sauthor|Correspondence|Autor(?:a)?\s(?:de\s|para\s)?correspond[eê]ncia"
    r"|Autor(?:a)?\sde\scontacto|Auteur\scorrespondant|Korrespondenzautor(?:in)?|Autore\scorrispondente"
    r"|Awdur\sgohebu|Údar\scomhfhreagrach|Autori\spër\skorrespondencë)\s?:?\s"
    r"[^\s@]{1,64}@[^\s@]{1,255}\.\w",
    re.I,
)
# An author note on where the article comes from: a talk or paper it grew out of, named with
# its meeting and date ("This article is based on a paper given at the seminar 'Medicine and
# Society', 12 March 2022."): the meeting is no work cited (English, German, Luxembourgish,
# Dutch, French, Italian, Spanish, Portuguese)
_ORIGIN_NOTE = lazy_compile(
    r"\s*(?:(?:This|The\spresent)\s(?:article|paper|essay|chapter|study)\s(?:is\sbased\son"
    r"|grew\sout\sof|originated\sas|derives\sfrom|is\sa\srevised\sversion\sof|goes\sback\sto)"
    r"|(?:Dieser|Der\svorliegende)\s(?:Artikel|Beitrag|Aufsatz)\s(?:geht|beruht|basiert)"
    r"|Dësen?\s(?:Artikel|Bäitrag)\s(?:geet|baséiert|beruht)"
    r"|Dit\s(?:artikel|essay|hoofdstuk)\s(?:is\sgebaseerd|gaat\sterug)"
    r"|Cet\s(?:article|essai)\s(?:est\sissu|reprend|est\sla\sversion)"
    r"|Questo\s(?:articolo|saggio)\s(?:nasce|riprende|è\sla\sversione)"
    r"|Este\s(?:artículo|trabajo|artigo)\s(?:tiene\ssu\sorigen|se\sbasa|es\suna\sversión"
    r"|tem\sorigem|baseia-se|é\suma\sversão))\b",
    re.I,
)
# a site's home page, as an acknowledgement names the body it thanks: "(https://www.x.org)"
_HOME_PAGE = lazy_compile(r"\(?<?(?:https?://|www\.)[^\s/<>()]++/?(?=[\s)>,;]|\.(?:\s|$)|$)>?\)?")


def thanks_note(text: str) -> bool:
    """Is ``text`` an acknowledgement (:data:`_THANKS`) whose only citation-like content is
    the home page of a body it thanks?  It cites no work."""
    if _AUTHOR_NOTE.match(text) is not None or _ORIGIN_NOTE.match(text) is not None:
        return True
    if _THANKS.match(text) is None:
        return False
    return not bibliographic(_HOME_PAGE.sub(" ", text))


# The paper's own supplement at its address, as physics and chemistry lists number it among
# their references (APS: "See Supplemental Material at [URL] for …"; "Supporting Information
# is available at https://…", "Supplementary Data are available online at <https://…>")
_SUPPLEMENT_LINK = lazy_compile(
    r"\b(?:Supplement(?:al|ary)\s(?:Materials?|Information|Data|Notes?|Methods|Text)"
    r"|Supporting\s(?:Information|Material)|Electronic\sSupplementary\s(?:Material|Information))"
    r"(?:\s\([A-Z]{2,4}\))?(?:\s(?:is|are)(?:\s(?:freely\s)?available)?(?:\sonline)?)?\s(?:at|from)"
    r"\s<?(?P<url>(?:https?|ftp)://[^\s<>]++)>?",
    re.I,
)


def supplement_link(text: str) -> str | None:
    """The address of the paper's own supplement that ``text`` gives (kept on the note, so
    that the link is still checked), or None."""
    m = _SUPPLEMENT_LINK.search(text)
    return m.group("url").rstrip(".,;:)") if m is not None else None


def own_link_note(text: str) -> bool:
    """Is ``text`` prose whose only citation-like content is links to the author's own
    material (:data:`_OWN_LINK`, :data:`_SUPPLEMENT_LINK`)?  Such a note points, as "see the
    Supporting Information" does; it cites no work."""
    found = False
    for own in (_OWN_LINK, _SUPPLEMENT_LINK):
        if own.search(text) is not None:
            found = True
            text = own.sub(" ", text)
    return found and not bibliographic(text)


def _deposit_note(text: str) -> bool:
    """Is ``text`` a note on where the author's data or code are deposited (see
    :mod:`bibcheck.parse.references.deposit`), with nothing else a citation has?"""
    left = without_deposit(text)
    return left is not None and not bibliographic(left)


@entry_memo  # (asked twice of a note: .entrymemo)
def citation_start(text: str) -> tuple[int, bool]:
    """(offset where the citation starts, True when the note is commentary only); a lead-in
    may be linked words (their link target, inside it, is the citation's link)."""
    if own_link_note(text) or thanks_note(text) or _deposit_note(text):
        # (a lead-in before it hands over to no work: "see our codebook")
        return 0, True
    start, commentary = _citation_start(text)
    if commentary:
        start, commentary = _dual_dated_start(text, start)
    linked = _LINKED_WORDS.match(text) if not (start or commentary) else None
    if linked is None:
        return start, commentary
    at, end = linked.span("link")
    lead = _lead_in(text[:at] + text[end:])
    if lead > at:
        return lead + end - at, False
    return start, commentary


def _dual_dated_start(text: str, start: int) -> tuple[int, bool]:
    """(start, commentary) of a note read as commentary only that dates its work by two
    calendars ("…, वि.सं. २०६९ [सन् २०१२]), पृ. ४।": :func:`.dual_year.common_era_year`),
    read again with the Common Era year alone; the start found then stands when it comes
    before the dates it rewrote."""
    reduced = common_era_year(text)
    if reduced == text:
        return start, True
    again, commentary = _citation_start(reduced)
    if commentary or again > len(os.path.commonprefix((text, reduced))):
        return start, True
    return again, False


def cited_through(text: str) -> int:
    """Where the work read starts in a note that cites another work through it (0: no
    such note): after "apud", "cit. in", "zit. nach", "cyt. za", ", quoted in" (:data:`_APUD`)
    when what follows is a citation, full or repeated ("apud D. Șandru, op. cit., p. 71")."""
    apud = _APUD.search(text, 0, 300)
    if apud is not None and bibliographic(text[apud.end() :]):
        return apud.end()
    return 0


def secondary_at(text: str) -> int:
    """Where the words that hand a note over to the work it cites another through start
    ("Berg (2004), S. 4, zit. nach Lind (2010)": at ", zit. nach"; -1: none), whatever
    follows them (:data:`_APUD`)."""
    apud = _APUD.search(text, 0, 300)
    return -1 if apud is None else apud.start()


def _citation_start(text: str) -> tuple[int, bool]:
    if _INTERNAL.fullmatch(text) or _own_fieldwork(text):
        # (the fieldwork's date hands over to no work: "… made by the author in May 2019")
        return 0, True
    apud = cited_through(text)
    if apud:
        # "TUUTTI, 1982 apud HELENE, Paulo. Title. …": the work read is the one cited after
        # "apud" (ABNT NBR 10520, Latin "cited in"); the first is cited through it
        return apud, False
    first = _INTERNAL_FIRST.match(text)
    if first is not None and bibliographic(text[first.end() :]):
        return first.end() + _lead_in(text[first.end() :]), False
    lead = _lead_in(text)
    if lead:
        return lead, False
    if short_note_head(text) is not None:
        return 0, False
    if _title_in_prose(text):
        return 0, True
    if not bibliographic(text) or (
        (_PERSONAL.search(text) or _UNPUBLISHED.search(text) or _ON_REQUEST.search(text))
        and not (_URL_OR_DOI.search(text) or _titled(text))
    ):
        return 0, True
    if _pages_in_prose(text):
        return 0, True
    for m in _SENTENCE.finditer(text):
        head, tail = text[: m.start()], text[m.end() :]
        if not bibliographic(head) and bibliographic(tail):
            return m.end() + _lead_in(tail), False
    # a sentence of comment, then one opening with a lead-in in any language the lead-ins
    # know: "Upptökurnar eru misgóðar. Sjá X, *Title* …", "Opptakene varierer. Se X, …"
    for m in itertools.islice(_SENTENCE_END.finditer(text), 12):
        head, tail = text[: m.start()], text[m.end() :]
        if _see_lead_in(tail) and not bibliographic(head):
            return m.end() + _lead_in(tail), False
    # a clause of prose, then one that hands over: "Answers vary; for a fuller view see X, ..."
    for m in _CLAUSE_END.finditer(text):
        head, tail = text[: m.start()], text[m.end() :]
        lead = _lead_in(tail)
        if lead and not bibliographic(head):
            return m.end() + lead, False
    announced = _ANNOUNCED.match(text)
    if announced is not None:
        words = announced.group("clause").split()
        prose = sum(1 for w in words if w[:1].islower()) >= 3  # a clause, not a title
        # (one clause: "Rozenfelds J. Lietu tiesības un citas. Rīga: Zvaigzne ABC, 2011" is
        # a name, a title and a place, sentences the colon does not end)
        one = _SENTENCE_END.search(announced.group("clause")) is None
        if prose and one and not bibliographic(announced.group("clause")):
            return announced.end(), False
    quoted_in = _QUOTED_IN.search(text)
    if quoted_in is not None and bibliographic(text[quoted_in.end() :]):
        # "Robert Kyd to Sir John Macpherson, 1 June 1786, quoted in Ray Desmond, Title
        # (Oxford: ..., 1992), 45.": the letter is read in the work cited after it
        return quoted_in.end(), False
    return 0, False


def _title_in_prose(text: str) -> bool:
    """Is ``text`` a sentence of prose that names one title in quotes and nothing else of a
    work -- no name, no year where citations put it, no place, publisher or locator -- in any
    language: "We shall return to the missionaries' spelling later, in the article «Books of
    1769–1871»."  Every word outside the quotes but the first is in lower case (a citation
    names its author, its place or its journal), and there are enough of them to make a
    sentence."""
    quoted = list(itertools.islice(_QUOTED.finditer(text), 2))
    if len(quoted) != 1:
        return False
    start, end = quoted[0].span()
    outside = f"{text[:start]} {text[end:]}"
    words = _ANY_WORD.findall(outside)[1:]
    return (
        len(words) >= _PROSE_WORDS
        and all(w[0].islower() for w in words)
        and not bibliographic(outside)
    )


# a name and a year in parentheses inside a sentence: "… the value of Fizeau (1849) was …"
_NAME_YEAR = lazy_compile(rf"(?<=\s)(?-i:[{UPPER}])[^\W\d_]++\s\({_YEAR}\)(?=\s[^\W\d_])")


def dated_name_remark(text: str) -> bool:
    """Is ``text`` a sentence of prose whose only citation-like content is a name with a year
    in parentheses, inside the sentence ("Fizeau's value (1849) was about 315 000 km/s" as
    "… του Fizeau (1849) ήταν …"): an author-date citation where a list holds the work, a
    remark in notes that cite in full (see :func:`remarks_in_full_notes`)."""
    if _NAME_YEAR.search(text) is None:
        return False
    rest = _NAME_YEAR.sub(" ", text)
    lower = sum(1 for w in _ANY_WORD.findall(rest) if w[0].islower())
    return lower >= _PROSE_WORDS and not bibliographic(rest)


def remarks_in_full_notes(refs: Sequence[Reference]) -> set[int]:
    """The indexes of the notes among ``refs`` (a document's, with no list of literature) that
    are remarks naming someone with a year (:func:`dated_name_remark`) in a document whose
    other notes cite in full -- a title and a year, an address or a DOI, most of them: there
    a name and a year are no citation of their own."""
    remarks = {
        i
        for i, r in enumerate(refs)
        if r.kind is not RefKind.COMMENTARY and dated_name_remark(r.raw)
    }
    if not remarks:
        return set()
    others = [
        r for i, r in enumerate(refs) if i not in remarks and r.kind is not RefKind.COMMENTARY
    ]
    full = [r for r in others if r.title and (r.year or r.url or r.doi)]
    if len(full) < _FULL_NOTES or 2 * len(full) <= len(others) or len(full) < 2 * len(remarks):
        return set()
    return remarks


# how many notes citing in full make a document's style
_FULL_NOTES = 3


# pages in parentheses inside a sentence, of the work the text discusses (a review's book,
# the chapter's own pages): "The appendix (pp. 281–96) lists …", "as she notes (p. 45)"
_PAREN_PAGES = lazy_compile(r"\s\((?:pp?\.\s?)[\divxlc]+(?:\s?[–-]\s?\d+)?\)(?=[\s,;.])")
_PROSE_WORD = lazy_compile(r"(?<![\w'’-])[a-zß-ÿ]{2,}(?![\w'’-])")


def _pages_in_prose(text: str) -> bool:
    """Is ``text`` prose whose only bibliographic content is pages in parentheses?"""
    if not _PAREN_PAGES.search(text):
        return False
    rest = _PAREN_PAGES.sub(" ", text)
    return len(_PROSE_WORD.findall(rest)) >= 6 and not bibliographic(rest)


# A source read through another: "..., quoted in", "(cited in", "цит. по:", "zit. nach";
# a dated document printed in an edition, which is the work cited (and its year the year):
# "Rezess mit Lübeck, 1469; gedruckt in: Hanserecesse, Leipzig 1890", "Charter of 1285,
# printed in Select Charters (Oxford, 1913)", "Lettre du 3 mai 1552, publiée dans ...".
# "apud" (cited in) after a citation of the work not read, short or full: ABNT "TUUTTI, 1982
# apud HELENE, Paulo. …", "SILVA (2001) apud COSTA, Ana. …", Romanian "C. Garoflid, Titlu,
# 1920, p. 22, apud D. Șandru, op. cit., p. 71.", Portuguese and Spanish "citado por", Italian
# "cit. in", Polish "cyt. za", German "zit. nach", French "cité par", Romanian "citat de",
# Czech "cit. podle", English "qtd. in", Russian "цит. по"; the words of a sentence ("cited in",
# "quoted in", "citado en", "cité dans", "citato in") after a comma, a semicolon or a
# parenthesis only ("This claim is cited in many surveys" is prose)
_APUD = lazy_compile(
    r"(?:(?<=[\w.)\]*_»”’,;])\s(?:apud|citad[oa]\spor|cit\.\s(?:apud|por|en|in|par|dans|da|după"
    r"|podle|dle|za)|cyt\.\sza|zit\.\s?(?:nach|n\.)|zitiert\snach|qtd\.\sin|cité[es]{0,2}\spar"
    r"|citat[aă]?\s(?:de|după)|citato\sda|цит\.\s?(?:по|за))"
    r"|[,;(]\s(?:as\s)?(?:quoted|cited)\sin|[,;(]\s(?:citad[oa]\sen|cité[es]{0,2}\sdans"
    r"|citat[oaă]?\s(?:in|în)))"
    # (not a cross-reference to a note: "Pérez, Puertos (cit. en nota 3)")
    r"\s?:?\s+(?!(?:nota|note|noot|n\.|nn?\.|Anm\.|przyp\.)\s?\d)(?=\S)",
    re.I,
)
_QUOTED_IN = lazy_compile(
    r"[,;(]\s(?:as\s)?(?:quoted|cited|reprinted|reproduced|printed|edited|calendared)\s+in"
    r"\s?:?\s+"
    r"|[,;(]\s(?:цит\.\s?по|цит\.\s?за|zit\.\s?nach)\s?:?\s+"
    r"|[,;(]\s(?:(?:ab)?gedruckt|gedr\.|ediert|regestiert|publiée?s?|imprimée?s?|éditée?s?"
    r"|pubblicat[aoie]|edit[aoie]|publicad[ao]s?|editad[ao]s?)\s+(?:in|dans|en)\s?:?\s+",
    re.I,
)


# A pointer to the paper's own material or to another entry, as the notes that chemistry,
# physics and Science lists number among their references write it: "See the Supporting
# Information, Table S3.", "Materials and methods are available as supplementary materials.",
# "For a related case, see ref 12.", "Details in the Supplemental Material."
_OWN_MATERIAL = lazy_compile(
    r"\b(?i:Supporting\sInformation|Supplement(?:ary|al)\s(?:Information|Materials?|Data|Text"
    r"|Notes?|Methods|Tables?|Fig(?:ure|\.)?s?)|Electronic\sSupplementary"
    r"|refs?\.?\s\d+|this\s(?:work|paper|study|article|Letter|Communication))\b"
    r"|\b(?:ESI|SI)\b"  # (in capitals only: "si" is a word of Spanish, French, Italian)
    # the authors' own figures, worked out from something the entry does not cite as a work:
    # "Unit estimate, based on the costs of …", "Own calculations using survey data",
    # "Elaboración propia con base en …", "Eigene Berechnung nach …", "Расчеты автора по …"
    r"|(?i:\b(?:estimates?|calculations?|computations?|projections?)\b,?\s(?:based\son|using"
    r"|from|derived\sfrom)\b|\b(?:elaboraci[oó]n|estimaci[oó]n|c[aá]lculos?)\spropi[oa]s?\b"
    r"|\beigene\s(?:Berechnung|Schätzung|Darstellung)(?:en)?\b|\bcalculs\sde\sl['’]auteur"
    r"|\bpropres\scalculs\b|\bрасч[её]ты?\sавтор\w{0,2}|\bоценк[аи]\sавтор\w{0,2})"
)


def list_note(text: str) -> bool:
    """Is the numbered list entry ``text`` a note, not a work: commentary with no citation's
    facts (no year, DOI, URL, title) that points at the paper's own material or at another
    entry?  ("Smith, J. Unpublished results." and "Personal communication." stay works.)"""
    if _PERSONAL.search(text) or _OWN_MATERIAL.search(text) is None:
        return False
    start, commentary = citation_start(text)
    if commentary:
        return not start
    # "For a related mechanism, see ref 12.": the lead-in hands over to another entry only
    return bool(start) and _ENTRY_NUMBERS.fullmatch(text[start:].strip()) is not None


_ENTRY_NUMBERS = lazy_compile(
    r"(?:refs?\.?|references?)\s\d+(?:(?:,\s?|\s?[–-]\s?|\sand\s)\d+)*\.?", re.I
)
