"""Repeat notes: ``Ibid.``, ``op. cit.`` and shortened notes, resolved to the full note.

Chicago notes cite a work in full once and then shortly (``Smith, Book of
Trade, 46.``) or as ``Ibid., 47.`` when the previous note cites the same
work; Russian manuscripts write ``Там же. С. 47.`` and ``Иванов И.И. Указ.
соч. С. 5.``.  Parsed on its own, such a note has no title, URL or year, and
would neither be checked nor linked to the literature list.

:func:`find_repeats` is a pure function over the footnote texts that says,
for each note, which earlier note it repeats (or that it repeats something
it cannot find); :func:`resolve_repeat_notes` applies it to a parsed
document: a resolved note takes the reference of the note it repeats (its
own raw text, lines and cited pages kept) and that note's literature match.
An ``Ibid.`` with nothing before it, or an ``op. cit.`` whose author is in
no earlier note, is a ``repeat-note-unresolved`` anomaly.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace

from bibcheck.lazyre import lazy_compile
from bibcheck.model import (
    Anomaly,
    AnomalyCode,
    Footnote,
    LiteratureEntry,
    LiteratureMatch,
    ParsedDocument,
    Reference,
    RefKind,
)
from bibcheck.parse.matching import CALL_NUMBER
from bibcheck.parse.names import family_name, same_family
from bibcheck.parse.references import (
    court_dated,
    hungarian_notes,
    parse_reference,
    role_marks,
    titled_op_cit,
)
from bibcheck.parse.references.acs import names_end
from bibcheck.parse.references.act_repeat import repeated_act
from bibcheck.parse.references.archival import archival_source, repository
from bibcheck.parse.references.archival_holdings import holdings
from bibcheck.parse.references.author_date_notes import cited_entry, resolve_author_date_notes
from bibcheck.parse.references.case_short import case_named, named_case_note
from bibcheck.parse.references.civil_law import legal_source
from bibcheck.parse.references.cjk_short import cites_work, cjk_short_note
from bibcheck.parse.references.commentary import (
    CROSS_REMARK,
    FIGURE_LOCATOR,
    citation_start,
    cited_through,
    short_note_head,
    strip_lead_in,
)
from bibcheck.parse.references.compared import first_compared
from bibcheck.parse.references.edition_notes import edition_repeated
from bibcheck.parse.references.italian_notes import CIT_SHORT
from bibcheck.parse.references.lead_repeat import repeated_lead
from bibcheck.parse.references.listed_notes import entries_as_resolved
from bibcheck.parse.references.parallel_pages import parallel_pages
from bibcheck.parse.references.patterns import (
    IBID_NORDIC_BALTIC,
    MARKS,
    OP_CIT_ARABIC,
    OP_CIT_CENTRAL_ASIAN,
    OP_CIT_INDIC,
    OP_CIT_SLAVIC,
    PAGE_WORDS,
    UPPER,
)
from bibcheck.parse.references.piece_in_repeat import with_pieces_in_repeats
from bibcheck.parse.references.pronoun_notes import same_author_work, with_pronoun_authors
from bibcheck.parse.references.quote_pairs import EN_CURLY
from bibcheck.parse.references.several import work_spans
from bibcheck.parse.references.short_forms import defined_short_forms, short_form_used
from bibcheck.parse.references.short_title_entry import entry_by_short_title
from bibcheck.parse.references.titled_cit import titled_cit
from bibcheck.parse.references.unpublished_kind import author_interview
from bibcheck.parse.references.worded_short import WORDED_SHORT
from bibcheck.text import title_key

# the Ethiopic-script ibidem (Tigrinya, Amharic), its words parted by a space or "፡"
_GEEZ_IBID = r"(?:ኣብ|አብ)[\s፡]{1,2}ዝተጠቕሰ|ዝኒ[\s፡]{1,2}ከማሁ|ዝ\.\s?ከ(?=\.)"
# the same after the author's name: the op. cit. of those notes ("ተስፋጽዮን ገብረመስቀል፡ ኣብ
# ዝተጠቕሰ፡ ገጽ 90።"); the name in Ethiopic letters, no digits or punctuation in it
_GEEZ_OP_CIT = lazy_compile(
    r"^\s*(?P<author>[\u1200-\u135a][\u1200-\u135a ]{0,60}?)\s?[,፡፣]\s?"
    rf"(?P<phrase>{_GEEZ_IBID}|የተጠቀሰው\s(?:መጽሐፍ|ሥራ))[,፡]?\s*(?P<locator>.*)$"
)
# the same in the Indic scripts, the name in their letters (an initial's stop in it): "இரா.
# வேலன், முற்குறிப்பிட்ட நூல், ப. 12.", "शर्मा, पूर्वोक्त, पृ. 8." (the Indic blocks, U+0900 to
# U+0DFF, no digits of theirs: read as Latin ones before)
_INDIC_OP_CIT = lazy_compile(
    r"^\s*(?P<author>[\u0900-\u0dff][\u0900-\u0dff. ]{0,60}?)\s?,\s?"
    rf"(?P<phrase>{OP_CIT_INDIC})[.,।]?\s*(?P<locator>.*)$"
)
# the same in the Arabic script (Urdu, Arabic, Persian), the name in its letters or Latin
# ones, parted by the Arabic comma or a Latin one: "Closser، محولہ بالا، ص 112۔", "فاروقی،
# محولہ بالا، ص 140۔", "الجابري، مرجع سابق، ص 12."
_ARABIC_OP_CIT = lazy_compile(
    r"^\s*(?P<author>\w[\w\u064b-\u065f\u0670\u200c.'’ -]{0,60}?)\s?[,،]\s?"
    rf"(?P<phrase>{OP_CIT_ARABIC})[.,،۔]?\s*(?P<locator>.*)$"
)
# a note that opens with an editor's name and mark and "op. cit.": "Lamy (dir.), op. cit.,
# p. 5.", "Rossi (a cura di), op. cit.", "Nowak (red.), dz. cyt." repeat the volume that
# editor directed (never "…, in Lycan (ed.), op. cit.": a chapter of it, a work of its own)
_EDITOR_OP_CIT = lazy_compile(
    rf"^(?P<author>(?-i:[{UPPER}])[\w'’-]++)\s{role_marks.MARK},?\s++[*_]{{0,2}}"
    r"(?P<phrase>op\.\s?cit|ouvr\.\s?cit(?:ée?)?|ob\.\s?cit|dz\.\s?cyt|a\.\s?a\.\s?O)\.?"
    r"[*_]{0,2},?\s*(?P<locator>.*)$",
    re.I,
)
# Ibidem in the languages notes are written in: ebd./ebda./ebenda (German; "a.a.O." with no
# author before it: the work of the note before), ib./ibíd. (Romance),
# tamże (Polish), tamtéž (Czech), там само (Ukrainian).
# пак там (Bulgarian), исто / isto (Serbian, Croatian), Uo. / ugyanott (Hungarian), như trên
# (Vietnamese), 同上 / 同前 / 同右 (Chinese, Japanese), 위의 책 / 같은 글 (Korean), ອ້າງແລ້ວ
# (Lao), เรื่องเดียวกัน (Thai), ό.π. / αυτόθι (Greek: "ό.π."
# alone repeats the work of the note before, "Harman, ό.π." the author's work cited before)
_IBID = lazy_compile(
    # (Romance: ibídem / ibíd. (Spanish, Catalan), ídem / idem, ivi (Italian), ib.; "Ib" and
    # "Ivi" are given names too, so those two need their period or comma)
    # (set in italics as a Latin word: "*Ibid.*, 117.", "_Ibid._, 117.")
    r"^\s*[*_]{0,2}(?:(?:ib[ií]d(?:em)?|[ií]d(?:em)?|ebda?|ebenda|a\.\s?a\.\s?o|tamże|tamtéž|там\s+же|тамже|там\s+само"
    r"|пак\s+там|ugyanott|như\s+trên|ό\.\s?π|ο\.\s?π|αυτόθι)(?!\w)|(?:同上|同前|同右|위의\s?(?:책|글|논문)|같은\s?(?:책|글|논문|곳))"
    # (Lao "ອ້າງແລ້ວ" (cited already) alone, Thai "เรื่องเดียวกัน" (the same work))
    r"|ອ້າງແລ້ວ|เรื่องเดียวกัน"
    # (Turkish "a.g.e." / "a.g.m." (adı geçen eser / makale) with no author before it: the
    # work of the note before; "g" in lower case: "A. G. E." are initials)
    r"|(?:y\.\s?)?a\.\s?(?-i:g)\.\s?(?-i:[em])(?=\.)"
    # (Tibetan "དེ་ཉིད།" (that same), closed by its shad)
    r"|དེ་ཉིད།"
    + r"|"
    + _GEEZ_IBID
    + r"|(?:uo|isto|исто|ivi|ib)(?=[.,])|"
    + IBID_NORDIC_BALTIC
    # (Swedish "A.a." (anfört arbete), Danish and Norwegian "A.st." / "Anf. st." (anførte
    # sted), "Anf. arb." (anførte arbeid), "Dens." (densamme) opening the note, with no
    # author before them: the work of the note before; only a page or nothing after them, as
    # "A.A." may be initials)
    + r"|(?:(?:a\.a|a\.\s?st|anf\.\s?(?:arb|st|v)|dens|ds)\.|densamm[ae](?!\w))"
    r"(?=(?:,?\s?(?:s\.|ss\.|sid\.|p\.|pp\.|S\.)?\s?\d[\d\s,–-]*\.?\s*$|\s*$))" + r")"
    # (Tigrinya "ኣብ ዝተጠቕሰ" (in the one cited), Amharic "ዝኒ ከማሁ" (the same as this),
    # their words parted by the Ethiopic wordspace "፡", written after them as a comma)
    r"\.?[*_]{0,2}[,፡]?\s*(?P<locator>.*)$",
    re.I,
)
# "Иванов И. И. Указ. соч. С. 5", "Smith, op. cit., 9", "... для Москвы: Ляпина Е. В.
# Указ. соч.": the name right before the phrase
_OP_CIT = lazy_compile(
    # (a word's start only, read once: searched through the whole note)
    # (any Latin capital: "Șandru", "Łoś", "Šimek", "Ōe")
    rf"(?<![\w'’-])(?P<author>(?-i:[{UPPER}])[\w'’-]++"
    rf"(?:,?\s[{UPPER}]\.(?:\s?-?[{UPPER}]\.)*+)?)"
    # (the first of several authors: "Moreno et al., « Titre court », art. cit.")
    r"(?P<etal>\s[*_]{0,2}et\sal\.?[*_]{0,2})?"
    # (a colon after the name, as Hungarian notes write it: "Kovács: i. m. 47.")
    r"[,:]?\s++"
    # a short title between: "Díaz, «Los daños...», op. cit.", "Lintsen, Geschiedenis, t.a.p."
    rf"(?:(?P<short>«[^»]{{1,120}}»|“[^”]{{1,120}}”|„[^{EN_CURLY}]{{1,120}}[{EN_CURLY}]"
    rf"|\"[^\"]{{1,120}}\"|\*[^*]{{1,120}}\*"
    r"|_[^_]{1,120}_|[^,;«“„\"*_()\d]{2,80}),\s++)?"
    # (the Slavic phrases, patterns.OP_CIT_SLAVIC: "Указ. соч.", "Цит. праця", "Цыт. праца",
    # "нав. дело", "dz. cyt.")
    # Dutch "t.a.p.", French "art. cit." / "ouvr. cit."
    # (German "a.a.O." also written "aaO", as legal notes do)
    # ("*op. cit.*": set in italics as a Latin phrase)
    r"[*_]{0,2}(?P<phrase>op\.\s?cit|loc\.\s?cit|a\.\s?a\.\s?O|(?-i:aaO)|t\.\s?a\.\s?p|art\.\s?cit(?:ée?)?|ouvr\.\s?cit(?:ée?)?"
    + "|"
    + OP_CIT_SLAVIC
    # Portuguese "ob. cit." (not Czech "c. d.": initials look the same)
    + r"|ob\.\s?cit"
    # Greek "ό.π." (όπου παραπάνω)
    r"|ό\.\s?π|ο\.\s?π"
    # Hungarian "i. m."
    r"|(?-i:i\.\s?m)"
    # Finnish "mts." / "mt." (mainittu teos), Swedish "a.a." (anfört arbete)
    # (in lower case, no space: "A. A." are initials)
    r"|(?-i:mts?)(?=\.)|(?-i:a\.a)(?=\.(?!O))"
    # Norwegian and Danish "anf. arb." (anførte arbeid), "anf. st." / "a.st." (anførte sted),
    # "anf. v." (anførte verk)
    r"|(?-i:anf)\.\s?(?-i:arb|st|v)|(?-i:a\.\s?st)|" + OP_CIT_CENTRAL_ASIAN + r")"
    r"\.?[*_]{0,2},?\s*(?P<locator>.*)$",
    re.I,
)
# Bluebook: "Solove & Citron, supra note 6, at 774–76", "Port Auth., supra note 4".
_SUPRA = lazy_compile(
    r"^\s*(?P<author>.{2,120}?),?\s(?:supra|infra)\s+note\s+(?P<note>\w+)(?P<locator>.*)$",
    re.I | re.S,
)
# A short note that points to the note citing the work in full: "Müller, Stadt (wie Anm. 3),
# S. 4", "Smith, Ports (n 3) 45" (OSCOLA), "Smith, Ports (see n. 3)", "Dupont, Chant (cf. n.
# 3)", "Pérez, Puertos (cit. en nota 3)", "Jansen, Dijken (zie noot 3)", "Novák, Dějiny (viz
# pozn. 3)", "Kowalski, Porty (zob. przyp. 3)": the note number, not a birth year "(n. 1900)".
_CROSS = lazy_compile(
    # (German legal notes: "(o. Fn. 3)", "(oben Fn. 3)", "(s. o. Fn. 3)")
    r"\(\s?(?:(?:wie|s\.\s?o\.|siehe\soben|vgl\.\soben|o\.|oben|s\.|siehe|vgl\.|see|cf\.|as\sin"
    r"|above,?|voir|como\sen|cit\.(?:\sen)?"
    r"|vid\.|véase|zie|als|viz|zob\.|jak\sw|v\.|vedi)\s)?"
    r"(?:Anm\.|Anmerkung|Fn\.|FN|Fußnote|nn?\.?|note|nota|noot|nt\.|pozn\.|przyp\.)"
    r"\s?(?P<note>\d{1,3})(?!\d)(?:,\s?(?:S|p|pp|blz|str|s)\.\s?[\d–-]+)?\s?\)",
    re.I,
)
# A note that only sends the reader to an earlier note: "Vgl. oben Anm. 12.", "See n. 12
# above.", "Cf. supra, note 12, p. 4.", "Voir supra n. 12.", "Vedi sopra, nota 12." (the
# word for "above" before or after; a page after it)
_BARE_CROSS = lazy_compile(
    r"^\s*(?:(?:vgl\.|s\.|siehe|see|cf\.|compare|voir|v\.|vedi|véase|zie)\s)?"
    r"(?:(?:oben|o\.|supra|above|ci-dessus|plus\shaut|sopra|arriba|boven),?\s)?"
    r"(?:Anm\.|Anmerkung|Fn\.|Fußnote|nn?\.|note|nota|noot)\s?(?P<note>\d{1,3})(?!\d)"
    r"(?:,?\s(?:oben|above|supra|ci-dessus|plus\shaut|sopra|arriba|boven))?"
    r"(?:,\s(?P<locator>(?:S|p|pp|s)\.\s?\d{1,5}(?:\s?[-–]\s?\d{1,5})?))?\.?\s*$",
    re.I,
)
# where a note's next work or remark starts: "A, Book, 4; B, Other, 5", "StadtA X, fol. 2r. –
# Zitiert bei Müller, Stadt (wie Anm. 2)" (the archive is the note's work, not Müller's)
# ("..., 261–290, and by François, ...": a page, then the next author)
_WORKS = lazy_compile(
    # (not before a GOST area of the same work: "Іваноў І. І. Цыт. праца. — С. 12.", "… — Т. 2.
    # — С. 5.": its page or volume)
    r";\s|(?<=\.)\s[–—]\s(?!(?:[СсCSPpРТтБбVv]|Стр|стр|Стор|стор|Вып|вып|Ч|ч|pp|Vol|vol)\.\s?(?:\d|[IVXLC]+\b))|(?<=\d),\s(?:and|und|et|y|e)\s(?:(?:by|bei|von|par|por)\s)?(?=[A-ZÀ-Þ])"
)
# the surname before the short title a cross-reference follows: "vgl. Pollack, Kirche (wie"
# (the comma is the last one in the text and the surname ends the word before it, whose
# first letter starts it: tried from the start of each word only, once a look ahead has seen
# that word end at that comma; searched from each letter, a long word with no ", title"
# after it was read to its end from each of them, the square of its length)
_NAMED_BEFORE = lazy_compile(
    r"(?<![\w'’-])(?=[\w'’-]*+,\s[^,]{1,80}$)[\w'’-]*?"
    r"(?P<surname>[^\W\d_][\w'’-]+),\s[^,]{1,80}$"
)
_NAME_ALONE = lazy_compile(r"\s*[*_]?(?P<surname>[^\W\d_][\w'’-]+)[*_]?\s*")
# Bluebook short forms of cases: "Remijas, 794 F.3d at 693", "568 U.S. at 410".
_CASE_SHORT = lazy_compile(
    r"^\s*(?:(?P<name>[^,\d]{2,80}),\s)?(?P<volume>\d{1,4})\s(?P<reporter>[A-Z][\w.\s]{0,24}?)"
    r"\sat\s(?P<locator>\d+(?:\s?[-–]\s?\d+)?)"
)
_TITLE = (
    r"\*[^*]{2,150}\*|_[^_]{2,150}_|/[^/]{2,150}/|“[^”]{2,150}[,.]?”|\"[^\"]{2,150}\"|«[^»]{2,150}»"
    # German „…“ and »…«
    rf"|„[^{EN_CURLY}]{{2,150}}[,.]?[{EN_CURLY}]|»[^«]{{2,150}}«"
)
# a character of a short note's names (no comma, opening quotation mark, parenthesis or
# emphasis)
_NAME_CHAR = r"[^,“\"«(*_]"
# a family name in a short note's list of names, and the word joining its last two names
_SURNAME_WORD = r"[^,“\"«(\s*_]{2,30}"
_SHORT_AND = r"(?:and|&|und|et|y|e|i|en|og|och|ve|és|ja)"
_NAMES_JOIN = lazy_compile(_SHORT_AND)
_SHORT = lazy_compile(
    # ("Mangen, Walgermo und Brønnick, „Title“, 66": the last two names joined by the
    # note's "and")
    # (no name opens with a quotation mark: "”Title”, Aftonbladet, 14 juli 1842, s. 3.", a
    # Swedish or Finnish article's title opened with the closing mark, is a full note)
    rf"^\s*(?P<author>(?![”„»]){_NAME_CHAR}{{2,60}}(?:,\s(?:and\s)?{_SURNAME_WORD}"
    rf"(?:\s{_SHORT_AND}\s{_SURNAME_WORD})?){{0,3}}),\s"
    # (a title, not the locator: "Chambers, Bibliography, nos. 520–531")
    rf"(?P<title>{_TITLE}|(?!(?:nos?|pp?|S|vol|ch)\.\s?\d)[^,()]{{3,80}}?)"
    # (the work's year repeated after the short title: "World Bank, *Land-Linked*, 2020, 35",
    # the full note's year -- checked by the resolver)
    r"(?:,\s(?P<year>(?:1[5-9]|20)\d\d)(?=,\s))?"
    # (the volume of a work in several first: "Rossi, Storia cit., II, p. 152", "vol. 2, p. 9")
    r",?\s(?:(?:(?:vol\.|t\.|Bd\.|tomo)\s?)?(?:[IVXL]{1,5}|\d{1,2}),\s(?=pp?\.|S\.|s\.))?"
    # (a volume before the page: "Jedin, *History*, 2:67"; German "S. 22 f.")
    # (an item of a catalogue: "Chambers, Bibliography, nos. 520–531")
    # (a figure or plate: "map facing p. 1", "plate 3")
    # (an article of a charter, convention or code: "ICOMOS, Venice Charter, art. 9",
    # German "Art. 3")
    rf"(?P<locator>(?:{FIGURE_LOCATOR}|(?:pp?\.|ch\.|chap\.|sec\.|para\.|§|n\.|nos?\.|S\.|Sp\.|s\."
    r"|[Aa]rts?\."
    rf"|{PAGE_WORDS})\s?"
    # (the page word of a note's own script: Lao "ໜ້າ", Thai "หน้า", Khmer "ទំព័រ", Hindi
    # "पृष्ठ" / "पृ.", Arabic "ص" / "صص", Persian "صفحه", Pashto "مخ")
    # (Urdu "صفحہ", Arabic "صفحة"; Sorani Kurdish "ل." / "لاپەڕە")
    # (the other Indic scripts': Bengali "পৃষ্ঠা" / "পৃ.", Gujarati "પૃષ્ઠ" / "પૃ.", Punjabi
    # "ਪੰਨਾ" / "ਪੰ.", Tamil "பக்." / "ப.", Telugu "పుట" / "పు.", Kannada "ಪುಟ" / "ಪು.",
    # Malayalam "പേജ്" / "പു.", Sinhala "පිටුව" / "පිටු" / "පි."; Amharic and Tigrinya "ገጽ")
    r"|(?:ໜ້າ|หน้า|ទំព័រ|पृष्ठ|पृ\.|صفحه|صفحہ|صفحة|صص|ص\.?|مخ|لاپەڕە|ل\.|ገጽ)\s?"
    r"|(?:পৃষ্ঠা|পৃ\.|પૃષ્ઠ|પૃ\.|ਪੰਨਾ|ਪੰ\.|பக்\.|ப\.|పుట|పు\.|ಪುಟ|ಪು\.|പേജ്|പു\.|පිටුව|පිටු|පි\.)\s?)?"
    r"(?:\d{1,2}:)?"
    r"[\dIVXLCivxlc]+(?:\s?[-–—]\s?\d+)?(?:\s?ff?\.)?)"
    # (what the page holds, in parentheses: "Tanner, Decrees, 2:797 (session 25).")
    r"(?:\s\([^()]{1,80}\))?"
    # a remark after the page ("27, der die Deutung ablehnt", "27, who reads it otherwise";
    # with figures once a word opens it: "45–47, report rates between 0.1 and 0.2")
    rf"(?:,\s(?=[a-zß-ÿ])[^\d;]{{3,200}}|,\s(?=[a-zß-ÿ]{{2,}}\s)[^;]{{3,200}}|{CROSS_REMARK})?"
    r"\.?\s*$"
)
# The short note German articles (and German Wikipedia's) write for a work cited in full
# before: the surname, a colon, the title or its first words, the year when written, the
# page: "Evans: *Tod in Hamburg.* 1990, S. 386.", "Leicht: Mühlen im Grabfeld, S. 47 f.",
# "Seidler/Leven: Geschichte der Medizin. 2003, S. 204."
_COLON_SHORT = lazy_compile(
    # ("Sahle; Henny: Klios Algorithmen, 2015, S. 116 f": two authors parted as the full
    # note parts them)
    r"^\s*(?P<author>[A-ZÀ-Þ][\w'’-]+(?:\s?/\s?[A-ZÀ-Þ][\w'’-]+|;\s[A-ZÀ-Þ][\w'’-]+"
    r"|\s(?:und|u\.)\s[A-ZÀ-Þ][\w'’-]+)?)"
    rf":\s(?P<title>\*[^*]{{2,150}}\*|_[^_]{{2,150}}_|„[^{EN_CURLY}]{{2,150}}[{EN_CURLY}]|"
    rf"[^*_:;„“”]{{3,150}}?)[.,]?\s"
    r"(?:(?P<year>(?:1[5-9]|20)\d\d)[a-z]?,\s)?"
    r"(?P<locator>(?:S\.|Sp\.)\s?[\dIVXLCivxlc]+(?:\s?[-–]\s?\d+)?(?:\s?ff?\.?)?)\.?\s*$"
)
# The short note of GOST 7.0.5 / ДСТУ 8302 (and the Belarusian, Kazakh ... standards after
# them): the authors as the full note names them (family name, initials), the title or its
# first words, the page, no imprint and no year: "Коваленко О. В., Шевчук Т. М. Назва
# статті. С. 50.", "Иванов И.И. Название … С. 12.", "Smith J. Title. P. 4."
_GOST_NAME = r"[^\W\d_][\w'’-]+\s(?:[^\W\d_]{1,2}\.\s?-?\s?){1,3}"
_GOST_SHORT = lazy_compile(
    rf"^\s*(?P<author>{_GOST_NAME}(?:,\s{_GOST_NAME}){{0,3}})"
    r"(?:(?:та\sін|и\sдр|et\sal)\.\s)?"
    r"(?P<title>[^\W\d_][^\n]{2,250}?)[.…]?\s"
    r"(?P<locator>(?:[СсCSPpР]|стор|стр)\.\s?\d+(?:\s?[-–—]\s?\d+)?)\.?\s*$"
)
# the author's name and the page alone, as MHRA and Chicago shorten a note when one work of
# the author is cited: "Darnton, p. 67.", "Sledd and Kolb, 114–16.", "Baxter, pp. 3–5."
_NAME_PAGE = lazy_compile(
    r"^\s*(?P<author>[A-ZÀ-Þ][\w'’-]+(?:\s(?:and|&)\s[A-ZÀ-Þ][\w'’-]+)?),\s"
    r"(?P<locator>(?:pp?\.\s?)?(?:\d{1,2}:)?[\dIVXLCivxlc]+(?:\s?[-–—]\s?\d+)?)\.?\s*$"
)
# the whole work, no page: "Lautier, « La restauration des vitraux »." (a marked title only)
_SHORT_WHOLE = lazy_compile(
    rf"^\s*(?P<author>(?![”„»]){_NAME_CHAR}{{2,60}}),\s(?P<title>{_TITLE})(?P<locator>)\.?\s*$"
)
# (the page after a volume: "2:67–75" cites pages 67–75)
_LOCATOR = lazy_compile(
    r"(?:pp?\.|[сcС]\.|стр\.|σσ?\.)?\s?(?:\d{1,2}:(?=\d))?(\d+(?:\s?[-–—〜~～]\s?\d+)?)"
)
_PAGED_LOCATOR = lazy_compile(
    r"(?<!\w)(?:pp?\.|[сcС]\.|стр\.|σσ?\.)\s?(?:\d{1,2}:(?=\d))?(\d+(?:\s?[-–—〜~～]\s?\d+)?)"
)
# A short note of Japanese, Korean and Chinese: the name, "cited above" and what was cited
# ("宮崎、前掲論文、15頁。", "岩科、前掲書", "홍길동, 앞의 책, 23쪽.", "王明：前引书，第5页"); the
# kind of work (書 a book, 論文 an article) tells two works of one author apart.
_CITED_ABOVE = lazy_compile(
    r"^\s*(?P<author>[^、，,：:\s『「《〈]{1,20})\s*[、，,：:]\s*"
    r"(?:前掲|前揭|前引|上掲|上揭|앞의|위의)\s*(?P<what>論文|论文|書|书|稿|논문|책|글)?"
    r"\s*[、，,]?\s*(?P<locator>.*)$"
)
_ARTICLE_WORDS = frozenset({"論文", "论文", "稿", "논문", "글"})
_PART_TITLE = lazy_compile(r"[「〈]")
_COMBINING = lazy_compile(r"[\u0300-\u036f]")
_LINE_BREAK = lazy_compile(r"\s*\n\s*")
_DOTLESS = lazy_compile(r"[ıȷ](?=[\u0300-\u036f])")
_UNDOTTED = {"ı": "i", "ȷ": "j"}
# (a word's combining marks with its letters: "भातखंडे" is one word, not "भ", "तख", "ड")
_WORD = lazy_compile(rf"[^\W\d_](?:[^\W\d_]|[{MARKS}]){{2,}}")
_SHORT_NAME = lazy_compile(r"(?<![^\W\d_])[^\W\d_]{2}(?![^\W\d_])|[^\W\d_]{3,}")
_YEAR = lazy_compile(r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)|https?://")
_NUMBER_WORD = lazy_compile(r"(?<![\w.])\d{1,4}(?![\w.])")
_UNLINKED = {
    AnomalyCode.LITERATURE_MISSING,
    AnomalyCode.LITERATURE_WEAK_MATCH,
    AnomalyCode.LITERATURE_URL_DIFFERS,
    AnomalyCode.LITERATURE_TITLE_DIFFERS,
    AnomalyCode.LITERATURE_YEAR_DIFFERS,
    AnomalyCode.LITERATURE_PAGES_DIFFER,
}


# "West Yorkshire Archive Service, Leeds (hereafter WYAS)", "(henceforth TNA)", "(cited as
# BL)", "(далее — ГАРФ)", "(im Folgenden: BArch)", "(ci-après AN)", "(en adelante AGI)",
# "(hierna NA)", "(d'ora in poi ASV)": a name, and the abbreviation later notes use for it.
_HEREAFTER = lazy_compile(
    r"\(\s*(?:hereafter|henceforth|hereinafter|cited\sas|далее|im\sFolgenden|ci-après"
    r"|en\sadelante|hierna|d'ora\sin\spoi|dále\sjen|dalej)\s?(?:cited\sas)?[\s:—–-]*"
    # (an abbreviation of two or three parts, each with a capital: "StadtA LG", "HStA Hannover")
    r"[*_“\"«]?(?P<abbr>[^\s,;.)”\"»*_]{2,20}(?:\s(?=[^\s,;.)]*[A-ZÀ-Þ])[^\s,;.)”\"»*_]{1,12}){0,2})"
    r"[*_”\"»]?\s*\)",
    re.I,
)


def abbreviations(texts: Sequence[str]) -> dict[str, str]:
    """Abbreviations the notes define (``... Leeds (hereafter WYAS)``) and the words they
    stand for (the text before the definition, back to the start of its clause); and an
    archive's initials a later note starts with, undefined (``West Yorkshire Archive
    Service, Calderdale, MR/1`` then ``WYAS Calderdale, MR/2``)."""
    found: dict[str, str] = {}
    for text in texts:
        for m in _HEREAFTER.finditer(text):
            before = re.split(r"[;:]\s|\.\s(?=[A-Z])", text[: m.start()])[-1]
            # "..., entry for 2 June, West Yorkshire Archive Service, Leeds (hereafter WYAS)":
            # the name and its place, the last two parts of the clause
            name = ", ".join(part.strip() for part in before.split(",")[-2:])
            found.setdefault(m.group("abbr"), name.strip().rstrip(","))
    archives: dict[str, str] = {}
    for text in texts:
        lead = _ACRONYM.match(text)
        if lead is not None and lead.group(0) in archives:
            found.setdefault(lead.group(0), archives[lead.group(0)])
        for m in _PROPER_NAME.finditer(text):
            if repository(m.group(0)):
                archives.setdefault(_initials(m.group(0)), m.group(0))
    return found


# An acronym a note starts with ("WYAS Calderdale, ..."); a name of capitalised words, small
# joining words allowed ("The National Archives", "Archives nationales d'outre-mer" no)
_ACRONYM = lazy_compile(r"\s*[A-Z]{2,6}(?![\w/])")
_JOINING = r"(?:of|for|and|the|de|du|des|di|del|der|für|und)"
_PROPER_NAME = lazy_compile(
    rf"(?<![\w'’-])[A-Z][\w'’-]+(?:\s(?:{_JOINING}\s)?[A-Z][\w'’-]+){{1,5}}"
)


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[0].isupper())


def expand_abbreviations(text: str, names: dict[str, str]) -> str:
    """``text`` with each defined abbreviation written out: ``WYAS, LC/M/3/1`` ->
    ``West Yorkshire Archive Service, Leeds, LC/M/3/1``."""
    for abbr, name in names.items():
        parts = re.split(rf"(?<!\w){re.escape(abbr)}(?!\w)", text)
        text = name.join(parts)
    return text


@dataclass(frozen=True, slots=True)
class Repeat:
    """A note that repeats an earlier one; ``target`` is None when it cannot be found."""

    kind: str  # "ibid", "op-cit", "short", "supra", "case", "act", "edition"
    target: int | None  # index of the full note repeated
    locator: str | None  # the pages cited this time
    # the surname a cross-reference names ("Müller, Stadt (wie Anm. 3)"): which of the works
    # of a note citing several it repeats
    author: str | None = None


def find_repeats(
    texts: Sequence[str],
    labels: Sequence[str] = (),
    commentary: Sequence[bool] = (),
) -> list[Repeat | None]:
    """For each note text, the earlier note it repeats (None: a full note).

    A lead-in (``See``, ``Cf.``, ``Ср.:``) does not hide a repeat.  ``labels`` (the
    notes' labels) let ``supra note 6`` find note 6; ``commentary`` marks notes that
    cite nothing, which ``Ibid.`` passes over."""
    found: list[Repeat | None] = []
    texts = [_composed(text) for text in texts]
    forms = defined_short_forms(texts)
    for i, text in enumerate(texts):
        bare = strip_lead_in(text.strip()).strip()
        # ("Relief Commissioners, Last Report, 28." after a note that says "Hereafter Relief
        # Commissioners, Last Report.")
        used = short_form_used(bare, forms, i)
        if used is not None:
            found.append(Repeat("short", _origin(found, used[0]), _locator(used[1])))
            continue
        # ("C. Garoflid, Titlu, 1920, p. 22, apud D. Șandru, op. cit., p. 71.": the note
        # cites the work it was read in, which may repeat an earlier note's)
        through = cited_through(bare)
        rep = _repeat(texts, found, i, bare[through:], labels, commentary)
        start = citation_start(bare)[0] if rep is None and not through else 0
        if start:
            # (a sentence of prose first: "Die Bücher verzeichnen nur ... Vgl. dazu Vogtherr,
            # Pfundzollbücher, Bd. 1, S. 22 f.")
            rep = _repeat(texts, found, i, bare[start:], labels, commentary)
        first = first_compared(text) if rep is None and not through else None
        if first is not None:
            # ("Compárese la visión de Ortega Sanz, Los pósitos, pp. 201–210, con la de Pablo
            # Ferrero Luque, Título, 2004.": the first of two works compared, repeated)
            rep = _repeat(texts, found, i, first, labels, commentary)
        found.append(rep)
    return found


def _authority_before(
    texts: Sequence[str], found: Sequence[Repeat | None], i: int, commentary: Sequence[bool]
) -> int:
    """The index of the note an ``Ibid.``/``Id.`` at note ``i`` repeats (-1 for none): the
    note before it, past the notes that cite no work (the Bluebook's "immediately preceding
    authority", rule 4.1; a remark is none).  A note that repeats a work is no remark,
    whatever it parsed as, and an interview the author held or a personal communication
    is an authority though it cites no published work ("Interview with Jane Roe (Mar. 3,
    2023)." then "Id.": the interview)."""
    previous = i - 1
    while (
        previous >= 0
        and previous < len(commentary)
        and commentary[previous]
        and found[previous] is None
        and not author_interview(texts[previous])
    ):
        previous -= 1
    return previous


def _legal(text: str) -> bool:
    """Does the note cite a statute or a court decision (a civil-law or European one)?"""
    return legal_source(text) or court_dated.recognised(text)


def _composed(text: str) -> str:
    """Letters a PDF converter kept apart put together: "Ibı́dem" (a dotless ı under a
    combining accent, TeX's \\'{\\i}) is "Ibídem"; a note's lines (a PDF's, a plain
    text's) joined: "Ibid., 5:30. On this see X,\\n(Rome: ...)" is one text."""
    text = _LINE_BREAK.sub(" ", text.strip())
    if not _COMBINING.search(text):
        return text
    return unicodedata.normalize("NFC", _DOTLESS.sub(lambda m: _UNDOTTED[m.group(0)], text))


def _repeat(
    texts: Sequence[str],
    found: Sequence[Repeat | None],
    i: int,
    text: str,
    labels: Sequence[str],
    commentary: Sequence[bool],
) -> Repeat | None:
    # ("Id., Altro titolo, Roma 2005": another work of the author before, no ibidem)
    ibid = _IBID.match(text) if same_author_work(text) is None else None
    if ibid:
        previous = _authority_before(texts, found, i, commentary)
        target = _origin(found, previous) if previous >= 0 else None
        # ("Ibid., 11." after "Bonus, *Title*, 7." whose full note cites a patent, then
        # Bonus's article: the work of the author that note named, not the note's first)
        before = found[previous] if previous >= 0 else None
        author = before.author if before is not None else None
        return Repeat("ibid", target, _locator(ibid.group("locator")), author)
    if names_end(text):
        # ("Brandt, L.; Okonkwo, C.; Haas, M. Title. *ChemRxiv* **2025**": ACS's list of
        # names, a full citation; its ";" parts people, and "Brandt, L." is no short note)
        return None
    # (the note's first work: "See Thomas Brereton, *Coal* 77 (2003); Ashworth, supra note 2,
    # at 24" cites Brereton's book in full, and repeats Ashworth's after it)
    supra = _SUPRA.match(_WORKS.split(text, maxsplit=1)[0])
    if supra and labels:
        note = supra.group("note")
        target = labels.index(note) if note in labels[:i] else None
        # ("Compare Kowalik, supra note 11" where note 11 is "Id. ¶ 40. See Anna Kowalik,
        # Title, ...": the work note 11 cites after its repeat, not the work it repeats)
        alone = _NAME_ALONE.fullmatch(supra.group("author"))
        author = alone.group("surname") if alone else None
        if target is not None and not _later_work_named(texts[target], found[target], author):
            target = _origin(found, target)
        return Repeat("supra", target, _locator(supra.group("locator")))
    bare_cross = _BARE_CROSS.match(text) if labels else None
    if bare_cross is not None:
        # ("Vgl. oben Anm. 12.", "See n. 12 above.", "Cf. supra, note 12.": the work note 12
        # cites, nothing else named)
        # (a later note's number, or one of another chapter: a remark, no repeat)
        note = bare_cross.group("note")
        if note not in labels[:i]:
            return None
        target = _origin(found, labels.index(note))
        return Repeat("cross", target, _locator(bare_cross.group("locator") or ""))
    first = _WORKS.split(text, maxsplit=1)[0]
    cross = _CROSS.search(first)
    if cross and labels and cross.start() > 0:
        note = cross.group("note")
        target = labels.index(note) if note in labels[:i] else None
        named = _NAMED_BEFORE.search(first[: cross.start()])
        # ("Corrigan (n 13)", "*Ashdown* (n 7)": OSCOLA and AGLC name the author alone)
        alone = _NAME_ALONE.fullmatch(first[: cross.start()])
        author = named.group("surname") if named else alone.group("surname") if alone else None
        if target is not None and not _later_work_named(texts[target], found[target], author):
            target = _origin(found, target)
        return Repeat("cross", target, _locator(first[cross.end() :]), author)
    above = _CITED_ABOVE.match(text)
    if above:
        target = _by_name_written(texts, found, i, above.group("author"), above.group("what"))
        return Repeat(
            "cited-above", target, _locator(above.group("locator")), above.group("author")
        )
    # "Art. 17 del Reglamento (UE) 2016/679, cit.": the act an earlier note cites in full
    act = repeated_act(first, texts[:i], _legal)
    if act is not None:
        return Repeat("act", _origin(found, act), None)
    # "CNR-DT 200 R1/2013, cit., § 4.5": the note that opened with those numbered words
    lead = repeated_lead(first, texts[:i])
    if lead is not None:
        return Repeat("lead", _origin(found, lead), None)
    # "*Tr.* 4.10.1–2.": a passage of a work whose edition an earlier note names
    edition = edition_repeated(first, texts[:i])
    if edition is not None:
        return Repeat("edition", _origin(found, edition[0]), edition[1])
    # (the note's first work first: "Grendler, *Inquisition*, 115; Fragnito, op. cit., 111"
    # repeats Grendler)
    grouped = _GROUP_OP_CIT.match(first)
    if grouped:
        # "Banque mondiale *et al.*, *op. cit.*, p. 45", "P. Roux et M. Blanc, op. cit.": the
        # note of that group
        group = _by_author_group(texts, found, i, grouped.group("lead"))
        if group is not None:
            return Repeat("op-cit", group, _locator(grouped.group("locator")))
    op_cit = (
        _EDITOR_OP_CIT.match(strip_lead_in(first.strip()).strip())
        or _OP_CIT.search(first)
        or _GEEZ_OP_CIT.match(first)
        or _INDIC_OP_CIT.match(first)
        or _ARABIC_OP_CIT.match(first)
    )
    if op_cit:
        return _op_cit(texts, found, i, op_cit)
    by_name = case_named(first)
    if by_name is not None:  # "Arrêt *Jand'heur*, préc.": the note naming that case
        earlier = named_case_note(texts, i, by_name[0])
        if earlier is not None:
            return Repeat(
                "case", _origin(found, earlier), _locator(by_name[1]) if by_name[1] else None
            )
    case = _CASE_SHORT.match(text)
    if case:
        target = _by_report(texts, found, i, case.group("volume"), case.group("reporter"))
        if target is not None:
            return Repeat("case", target, case.group("locator"))
    # ("Sahle; Henny: Title, 2015, S. 116": two authors parted by a semicolon, no two works)
    colon = _COLON_SHORT.match(strip_lead_in(text.strip()).strip())
    if colon is not None and ";" in colon.group("author"):
        rep = _colon_short(texts, found, i, colon, commentary)
        if rep is not None:
            return rep
    rep = _short(texts, found, i, strip_lead_in(first.strip()).strip(), commentary)
    if rep is not None:
        return rep
    rep = _titled(texts, found, i, strip_lead_in(first.strip()).strip())
    if rep is not None:
        return rep
    op_cit = _OP_CIT.search(text)
    # (a later part's "*op. cit.*" in italics is read as before the italics were: "Zob.
    # wyrok SA … 2019 r., I ACa 112/18; podobnie A. Zielińska, *op. cit.*, s. 47" cites
    # the judgment first)
    if op_cit and not _in_italics(op_cit):
        return _op_cit(texts, found, i, op_cit)
    parts = _WORKS.split(text)  # "A, Book, 4; B, Other, 5": the first
    # ("Pss. Sol. 8,11–13; vgl. Vollrath, *Tempel*, 212": a note whose first part is a
    # primary source, which cites no work, repeats the work its later part names)
    for part in parts if i < len(commentary) and commentary[i] else parts[:1]:
        rep = _short(texts, found, i, strip_lead_in(part.strip()).strip(), commentary)
        if rep is not None:
            return rep
    return None


# the Arabic script's comma and Urdu's full stop, read as a short note's Latin ones
# (and the Ethiopic comma and full stop: "ሰላማዊት ታደሰ፣ «በቆጂ»፣ ገጽ 40።")
_ARABIC_STOPS = str.maketrans({"\u060c": ",", "\u06d4": ".", "\u1363": ",", "\u1362": "."})


def _short(
    texts: Sequence[str],
    found: Sequence[Repeat | None],
    i: int,
    text: str,
    commentary: Sequence[bool],
) -> Repeat | None:
    """The short note ``text`` (``Smith, *Trade*, 46``) resolved to the earlier full note
    of that author and title; None when it is no short note or names no earlier work.

    The Arabic script's comma and Urdu's full stop part it as the Latin ones do: "دورینگ،
    *سنت و تحول*، ص ۸۸." (Persian), "فاروقی، تاریخ ادب، صفحہ ۴۰۔" (Urdu)."""
    text = text.translate(_ARABIC_STOPS)
    cjk = cjk_short_note(text)
    if cjk is not None:  # "李四：《书名》卷3，第45页。": the note citing that work in full
        for j in range(i - 1, -1, -1):
            if found[j] is None and cites_work(texts[j], cjk[0], cjk[1]):
                return Repeat("short", j, cjk[2])
    gost = _GOST_SHORT.match(text)
    if gost is not None and not _YEAR.search(text):
        words = tuple(w.lower() for w in _WORD.findall(gost.group("title")))
        target = _by_author(texts, found, i, gost.group("author"), words, commentary)
        if target is not None:  # "Коваленко О. В. Назва. С. 50.": the note naming both
            return Repeat("short", target, _locator(gost.group("locator")))
    # ("Juhász: A nyelvjárási régiók, 270.": Hungarian's, :mod:`.hungarian_notes`)
    colon = _COLON_SHORT.match(text) or hungarian_notes.COLON_SHORT.match(text)
    by_colon = _colon_short(texts, found, i, colon, commentary) if colon else None
    if by_colon is not None:  # "Evans: *Tod in Hamburg.* 1990, S. 386."
        return by_colon
    if hungarian_notes.YEAR_SHORT.match(text):  # "Imre 1971, 45.": the note naming both
        dated = hungarian_notes.year_short_target(texts, found, commentary, i, text)
        if dated is not None:
            return Repeat("short", dated[0], _locator(dated[1]))
    # (Italian "cit.": "Rossi, *La pena*, cit., pp. 4 ss.", a title with its parentheses)
    # (not "Familiaris consortio, n. 84, cit.": a document's name and its paragraph, no
    # author and title, :func:`_titled`)
    cit_short = CIT_SHORT.match(text) if titled_cit(text) is None else None
    short = _SHORT.match(text) or _SHORT_WHOLE.match(text) or cit_short
    # ("Lee, “Port Books,” codebook.": a part named in words, :mod:`.worded_short`)
    short = short or WORDED_SHORT.match(text)
    head = short_note_head(text) if short is None else None
    if head is not None:  # "Hammel-Kiesow, Die Hanse, 92. I follow his dating ...": a remark
        text = head
        short = _SHORT.match(text)
    named = _NAME_PAGE.match(text) if short is None else None
    if named is not None:  # "Darnton, p. 67.": the one work of that author cited before
        target = _by_author(texts, found, i, named.group("author"), (), commentary)
        return None if target is None else Repeat("short", target, _locator(named.group("locator")))
    if short is None:
        return None
    year = short.groupdict().get("year")
    unyeared = text[: short.start("year")] + text[short.end("year") :] if year else text
    if _YEAR.search(unyeared.replace(short.group("title"), " ")):
        return None
    words = tuple(w.lower() for w in _WORD.findall(short.group("title")))
    # (the numbers of a short title tell two works of one author apart: "Rhodes, “League
    # to 449 B.C.”" is not Rhodes's "League" cited later)
    numbers = tuple(_NUMBER_WORD.findall(short.group("title")))
    target = _by_author(texts, found, i, short.group("author"), words, commentary, numbers)
    if target is None or (year and year not in _YEAR.findall(texts[target])):
        # (a year repeated must be the full note's: another year is another work)
        return None
    # (which work of a note citing several: "Lautier, « La restauration »" where the note
    # cites de Finance, then Lautier)
    cited = {w.lower() for w in _WORD.findall(texts[target])}
    names = sorted(_WORD.findall(short.group("author")), key=len, reverse=True)
    surname = next((w for w in names if w.lower() in cited), None)
    several = len(work_spans(texts[target])) > 1 or found[target] is not None
    author = surname if several or _named_after_a_work(texts[target], surname) else None
    return Repeat("short", target, _locator(short.group("locator")), author)


def _titled(
    texts: Sequence[str], found: Sequence[Repeat | None], i: int, text: str
) -> Repeat | None:
    """ "Cfr. Familiaris consortio, n. 84, cit.": the latest earlier full note whose title is
    that name (:mod:`.titled_cit`); None when the note is no such short note or no earlier
    note's title is its name (a title naming it among other words is another work's)."""
    short = titled_cit(text)
    if short is None:
        return None
    name = title_key(short[0])
    for j in range(i - 1, -1, -1):
        if found[j] is not None or name not in title_key(texts[j]):
            continue
        ref = parse_reference(texts[j], (0,), detect_styles=True, note=True)
        if ref.title is not None and title_key(ref.title) == name:
            return Repeat("short", j, _locator(short[1] or ""))
    return None


def _colon_short(
    texts: Sequence[str],
    found: Sequence[Repeat | None],
    i: int,
    short: re.Match[str],
    commentary: Sequence[bool],
) -> Repeat | None:
    """The latest earlier full note naming the author of ``short`` (``Name: Title. 1990,
    S. 4``), every word of its title and its year when written (another edition is
    another work); None when none does."""
    # (never the word joining the names: "Berg und Falk" names no "und")
    named = _WORD.findall(short.group("author"))
    names = sorted(
        (w for w in named if _NAMES_JOIN.compiled.fullmatch(w) is None), key=len, reverse=True
    )
    words = {w.lower() for w in _WORD.findall(short.group("title"))}
    year = short.group("year")
    if not names or not words:
        return None
    for j in range(i - 1, -1, -1):
        if found[j] is not None or (j < len(commentary) and commentary[j]):
            continue
        cited = {w.lower() for w in _WORD.findall(texts[j])}
        if any(name.lower() not in cited for name in names) or not words <= cited:
            continue
        if year is None or re.search(rf"(?<!\d){year}(?!\d)", texts[j]):
            return Repeat("short", j, _locator(short.group("locator")))
    return None


def _named_after_a_work(text: str, surname: str | None) -> bool:
    """Does ``text`` first name ``surname`` after a work it cites in full (a year before
    it: "Pedro García Martín, *Title* (Madrid, 1988), 4, y Ana Isabel Rubio Pérez, …")?"""
    if surname is None:
        return False
    at = _surname_at(text, surname)
    return at > 0 and _YEAR.search(text, 0, at) is not None


def _in_italics(op_cit: re.Match[str]) -> bool:
    """Is the phrase of an :data:`_OP_CIT` match set in italics ("*op. cit.*")?"""
    at = op_cit.start("phrase")
    return at > 0 and op_cit.string[at - 1] in "*_"


# the name right before "op. cit." ("Berechnung nach Brand, a. a. O.": Brand, not Berechnung)
_NAME_BEFORE = lazy_compile(rf"(?<![\w'’-])(?-i:[{UPPER}])[\w'’-]+,?\s*$")


def _op_cit(
    texts: Sequence[str], found: Sequence[Repeat | None], i: int, op_cit: re.Match[str]
) -> Repeat:
    """The ``op. cit.`` note resolved to the latest earlier note naming its author (the name
    right before the phrase first, then the name its pattern read); with that surname when
    the note found cites several works."""
    authors = [op_cit.group("author")]
    near = _NAME_BEFORE.search(op_cit.string, 0, op_cit.start("phrase"))
    if near is not None and near.group(0).strip(" ,") not in authors:
        authors.insert(0, near.group(0).strip(" ,"))
    # ("Dilek et al., vep. e cit.": the first author's work, not a later note naming Dilek
    # second)
    before = _ET_AL_BEFORE.search(op_cit.string, 0, op_cit.start("phrase"))
    first_named = before is not None or bool(op_cit.groupdict().get("etal"))
    for author in authors:
        target = _by_first_author(texts, found, i, author) if first_named else None
        if target is None:
            target = _by_author(texts, found, i, author, ())
            if target is not None:
                target = _as_author(texts, found, target, author)
        if target is not None:
            # ("J. Makarewicz, *Kodeks karny*, op. cit.": the author's work of that title,
            # not his latest)
            target = titled_op_cit.titled_target(
                texts, found, target, author, op_cit.groupdict().get("short")
            )
            several = len(work_spans(texts[target])) > 1
            return Repeat(
                "op-cit", target, _locator(op_cit.group("locator")), author if several else None
            )
    return Repeat("op-cit", None, _locator(op_cit.group("locator")))


def _as_author(
    texts: Sequence[str], found: Sequence[Repeat | None], target: int, author: str
) -> int:
    """``target`` (the latest note naming ``author``), or an earlier full note whose first
    author ``author`` is when ``target`` names it only after its first name, in a title or
    a remark ("Winckelmann, a.a.O." after "Carl Justi, Winckelmann und seine Zeitgenossen"
    repeats "Johann Joachim Winckelmann, Gedanken …", the note before)."""
    if found[target] is not None or _first_named(texts[target], author):
        return target
    earlier = _by_first_author(texts, found, target, author)
    return target if earlier is None else earlier


def _first_named(text: str, author: str) -> bool:
    """Does ``text`` name ``author`` among the words of its first name?"""
    surname = author.strip(" ,").casefold()
    first = _FIRST_NAME_END.split(strip_lead_in(text.strip()), maxsplit=1)[0]
    return surname in (w.casefold() for w in _WORD.findall(first))


_ET_AL_BEFORE = lazy_compile(r"\set\.?\sal\.?,?\s*[*_]{0,2}$")


def _by_first_author(
    texts: Sequence[str], found: Sequence[Repeat | None], i: int, author: str
) -> int | None:
    """The latest earlier full note whose first author (its first name, a lead-in before)
    is ``author``, or None."""
    surname = author.strip(" ,").casefold()
    for j in range(i - 1, -1, -1):
        if found[j] is not None:
            continue
        first = _FIRST_NAME_END.split(strip_lead_in(texts[j].strip()), maxsplit=1)[0]
        if surname in (w.casefold() for w in _WORD.findall(first)):
            return j
    return None


# where a note's first name ends: a comma, a semicolon, "and" in the languages of the notes
_FIRST_NAME_END = lazy_compile(r"[,;(]|\s(?:&|and|und|et|e|y|i|a|ac|agus|dhe|og|och|en)\s")


# a note that is an author group and "op. cit." / "art. cit." ("*op. cit.*" in italics)
_GROUP_OP_CIT = lazy_compile(
    r"(?P<lead>[^;:«“„\"()\d]{2,150}?),?\s[*_]{0,2}(?:op|art|ouvr)\.\s?cit\.?[*_]{0,2},?\s*"
    r"(?P<locator>[^;]*)$",
    re.I,
)
# the names of an author group before "op. cit.": "Banque mondiale *et al.*,", "K. Lee, E.
# Miguel et C. Wolfram,"
_GROUP_ET_AL = lazy_compile(r"[*_]{0,2}\bet\sal\.?[*_]{0,2}", re.I)
_GROUP_NAME = lazy_compile(r"(?<![^\W\d_])(?-i:[A-ZÀ-ÖØ-ÞА-ЯЁ])[^\W\d_'’-]*(?:['’-][^\W\d_]+)*")
# where the names of a full note end: its title's quotation marks or italics
_TITLE_MARK = lazy_compile(r"[«“\"„*_]")


def _by_author_group(
    texts: Sequence[str], found: Sequence[Repeat | None], i: int, lead: str
) -> int | None:
    """The latest earlier full note whose names (before its title) hold every name of the
    group the ``op. cit.`` note writes (``Banque mondiale *et al.*, op. cit.``: the note by
    the Banque mondiale and others, not another work it publishes), when that group is
    more than one word or is ``et al.``; None when no note has those names first."""
    grouped = _GROUP_ET_AL.search(lead) is not None
    lead = _GROUP_ET_AL.sub(" ", lead).strip(" ,;:")
    if len(lead) > 150 or not lead:
        return None
    words = [w.casefold() for w in _GROUP_NAME.findall(lead) if len(w) > 1 and w != "et"]
    if not words or (len(words) < 2 and not grouped):
        return None
    for j in range(i - 1, -1, -1):
        if found[j] is not None:
            continue
        mark = _TITLE_MARK.search(texts[j])
        head = texts[j][: mark.start() if mark else 120]
        named = {w.casefold() for w in _GROUP_NAME.findall(head)}
        if all(w in named for w in words):
            return j
    return None


def _origin(found: Sequence[Repeat | None], index: int) -> int | None:
    """The full note behind note ``index`` (following chains of repeats)."""
    rep = found[index]
    if rep is None:
        return index
    return rep.target


def _later_work_named(text: str, rep: Repeat | None, author: str | None) -> bool:
    """Does note ``text``, itself a repeat of another author's work, cite in full a later work
    of ``author``?  ("Vogtherr, Prälaten (wie Anm. 29)" where note 29 is "Neben Rübesamen,
    Prälatenkrieg (wie Anm. 9), vgl. ...; Thomas Vogtherr, Die Prälaten ...": note 29's own
    work, not note 9's.)"""
    if rep is None or author is None or rep.author == author:
        return False
    # (after the work the note repeats: its "Ibid."/"Id.", its cross-reference, or its
    # first work; an "Id." names no author, whatever its note goes on to cite)
    ibid = _IBID.match(text) if rep.kind == "ibid" else None
    cross = _CROSS.search(text)
    end = (
        ibid.start("locator")
        if ibid
        else cross.end()
        if cross
        else len(_WORKS.split(text, maxsplit=1)[0])
    )
    return _surname_at(text[:end], author) < 0 and _surname_at(text[end:], author) >= 0


def _locator(text: str) -> str | None:
    """The pages ``text`` cites: the number after a page word ("Т. 2. — С. 47": 47, not the
    volume), else its first number."""
    m = _PAGED_LOCATOR.search(text) or _LOCATOR.search(text)
    return m.group(1) if m else None


def _by_report(
    texts: Sequence[str], found: Sequence[Repeat | None], i: int, volume: str, reporter: str
) -> int | None:
    """The latest earlier full note citing the same volume of the same reporter."""
    cited = re.compile(rf"\b{volume}\s{re.escape(reporter.strip())}\s\d")
    for j in range(i - 1, -1, -1):
        if found[j] is None and cited.search(" ".join(texts[j].split())):
            return j
    return None


def _by_author(
    texts: Sequence[str],
    found: Sequence[Repeat | None],
    i: int,
    author: str,
    title_words: tuple[str, ...],
    commentary: Sequence[bool] = (),
    numbers: tuple[str, ...] = (),
) -> int | None:
    """The latest earlier full note naming ``author`` (and most of ``title_words``); never
    a note of ``commentary``, which cites no work.  A note holding every title word and
    every one of ``numbers`` (the short title's) comes first."""
    # (the longest word first; then the others, for a word a lead-in left: "Anders Keller")
    # (never the word joining the names: "Berg und Falk" names no "und")
    words = (w for w in _WORD.findall(author) if _NAMES_JOIN.compiled.fullmatch(w) is None)
    names = sorted(words, key=len, reverse=True)
    if not names and title_words:
        # a family name of two letters ("Ka", "Li", "Ng"), with the title's words to match
        names = _SHORT_NAME.findall(author)
    if numbers and title_words:
        for surname in names:
            target = _by_surname(
                texts, found, i, surname.lower(), title_words, commentary, numbers=numbers
            )
            if target is not None:
                return target
    for surname in names[:1] if not title_words else names:
        target = _by_surname(texts, found, i, surname.lower(), title_words, commentary)
        if target is not None:
            return target
    return None


def _by_name_written(
    texts: Sequence[str], found: Sequence[Repeat | None], i: int, name: str, what: str | None
) -> int | None:
    """The latest earlier full note that starts with ``name`` (written without spaces, as
    Chinese, Japanese and Korean names are), of an article when ``what`` says so and of a
    book when it says that; any of them when none is of that kind."""
    written = re.compile(rf"(?:^|[。、，,\s]){re.escape(name)}")
    named = [j for j in range(i - 1, -1, -1) if found[j] is None and written.search(texts[j])]
    if what is None:
        return named[0] if named else None
    article = what in _ARTICLE_WORDS
    kind = [j for j in named if bool(_PART_TITLE.search(texts[j])) == article]
    chosen = kind or named
    return chosen[0] if chosen else None


def _by_surname(
    texts: Sequence[str],
    found: Sequence[Repeat | None],
    i: int,
    surname: str,
    title_words: tuple[str, ...],
    commentary: Sequence[bool],
    *,
    numbers: tuple[str, ...] = (),
) -> int | None:
    """The latest earlier note naming ``surname`` and every one of ``title_words``, else the
    latest naming most of them (with ``numbers``: all of them, and every number).  (A short
    title repeats its work's words: "Roe, *Censorship of Drama*, 98." is Roe's *The
    Censorship of Drama* cited earlier, not the later book by Doe and Roe whose title shares
    most of its words.)"""
    most: int | None = None
    for j in range(i - 1, -1, -1):
        if j < len(commentary) and commentary[j]:
            continue
        found_words = (_WORD if len(surname) > 2 else _SHORT_NAME).findall(texts[j])
        words = {w.lower() for w in found_words}
        # (a name is written with its capital: "METRÔ, op. cit." repeats the note by "METRÔ –
        # Companhia …", not the later one that speaks of "as linhas do metrô")
        if surname not in {w.lower() for w in found_words if not w[0].islower()}:
            continue
        # (a repeat that goes on to cite a work in full: "Ibid., 9:112. The speech is analysed
        # in Alexandra Walsham, “Title,” *Journal* 42 (2003)")
        if found[j] is not None and not _cited_later(texts[j], surname):
            continue
        if _named_shortly(texts[j], surname):
            # ("CT 1:37; cf. Jedin, *History*, 2:72": that note repeats the work too)
            continue
        if numbers:
            held = set(_NUMBER_WORD.findall(texts[j]))
            if all(w in words for w in title_words) and all(n in held for n in numbers):
                return j
            continue
        if all(w in words for w in title_words):
            return j
        if most is None and sum(w in words for w in title_words) >= 0.6 * len(title_words):
            most = j
    return most


def _cited_later(text: str, surname: str) -> bool:
    """Does ``text`` (a repeat note) name ``surname`` in a later sentence or part that has a
    year, a work cited in full?"""
    at = _surname_at(text.casefold(), surname.casefold())
    start = max((m.end() for m in _LATER.finditer(text, 0, max(at, 0))), default=-1)
    return at > 0 and start >= 0 and bool(_YEAR.search(text, at))


# where a repeat's later sentence or part starts
_LATER = lazy_compile(r"[.;]\s")


# where a work named in a note ends: "; ", ", and ", " and "
_PART_END = lazy_compile(r";\s|,?\s(?:and|und|et|y|e)\s")


def _named_shortly(text: str, surname: str) -> bool:
    """Does ``text`` name ``surname`` only in short notes (``..., and on its consequences
    Fragnito, *Proibito*, 261``), a later repeat of the work and not where it is cited in
    full?"""
    found = False
    for m in re.finditer(rf"(?<![\w'’-]){re.escape(surname)}(?![\w'’-])", text, re.I):
        end = _PART_END.search(text, m.end())
        part = text[m.start() : end.start() if end else len(text)]
        short = _SHORT.match(part)
        if short is None or _YEAR.search(part):
            return False
        found = True
    return found


def resolve_repeat_notes(doc: ParsedDocument) -> ParsedDocument:
    """``doc`` with every repeat note resolved to the reference of the note it repeats
    (short author-date notes first given their list entry's, and notes citing another work
    of the author before by a pronoun given that name: an "Ibid." after one repeats that
    work; the pronoun's name read again once the repeats before it are resolved)."""
    repeats = find_repeats(
        [fn.reference.raw for fn in doc.footnotes],
        [fn.label for fn in doc.footnotes],
        [fn.reference.kind is RefKind.COMMENTARY for fn in doc.footnotes],
    )
    at = frozenset(i for i, rep in enumerate(repeats) if rep is not None)
    resolved = _resolve_repeats(with_pronoun_authors(resolve_author_date_notes(doc, at)))
    # ("長木誠司「解説」、同上、4–9頁", "Smith, "Notes," in ibid., 4–9": a piece in the work
    # of the note before, :mod:`.piece_in_repeat`)
    resolved = with_pieces_in_repeats(resolved)
    # (a notes list read as the literature too: its repeat notes' entries name their work)
    return entries_as_resolved(doc, with_pronoun_authors(resolved))


_MANAGER_STYLE = "csl-json"  # a reference made from a citation manager's CSL-JSON


def _resolve_repeats(doc: ParsedDocument) -> ParsedDocument:
    repeats = find_repeats(
        [fn.reference.raw for fn in doc.footnotes],
        [fn.label for fn in doc.footnotes],
        [fn.reference.kind is RefKind.COMMENTARY for fn in doc.footnotes],
    )
    # a note tied to its entry by citation key (``\cite{key}``, ``[@key]``) cites that entry,
    # whatever its text looks like ("T.M. McDonald, J.A. Mason, X. Kong, ..." is no short note);
    # so does a note whose work a citation manager's field gave (its shown text may be the
    # manager's short form, "Nord, *Dunes*, 4.", of a work an earlier note cites among others)
    repeats = [
        None
        if (fn.literature is not None and fn.literature.method == "key")
        or fn.reference.style == _MANAGER_STYLE
        else rep
        for fn, rep in zip(doc.footnotes, repeats, strict=True)
    ]
    anomalies = list(doc.anomalies)
    if doc.literature:
        chased = [rep is not None for rep in repeats]
        doc, anomalies = _short_notes_listed(doc, repeats, anomalies)
        settled = {k for k, rep in enumerate(repeats) if chased[k] and rep is None}
        if settled:
            commentary = [fn.reference.kind is RefKind.COMMENTARY for fn in doc.footnotes]
            repeats = _ibid_after_settled(repeats, settled, commentary)
    if not any(repeats):
        return _with_archives(doc, list(doc.footnotes), anomalies)
    texts = [fn.reference.raw for fn in doc.footnotes]
    labels = [fn.label for fn in doc.footnotes]
    notes_apart = [fn.reference.kind is RefKind.COMMENTARY for fn in doc.footnotes]
    footnotes: list[Footnote] = []
    for i, (fn, found) in enumerate(zip(doc.footnotes, repeats, strict=True)):
        rep = _supra_author(found, texts[i])
        if (
            rep is not None
            and rep.target is not None
            and not _all_repeats(texts, repeats[:i], i, labels, notes_apart)
        ):
            # "Bethge (wie Anm. 1), S. 9; vgl. auch seinen Brief ..., Nachlass X": the letter
            # is a work of its own, which the list may lack: the note's findings stay
            named = _named_work(doc.footnotes[rep.target], rep, repeats[rep.target] is not None)
            footnotes.append(_resolved(fn, named, rep))
            # (but not a disagreement with an entry a repeated work of the note is tied to:
            # "Ó Gráda, *Black '47*, 76; Donnelly, *Famine*, 101; and ... Kinealy, 'Title' ..."
            # compares the whole note with Donnelly's entry)
            repeated = _repeated_entries(texts, repeats, i, labels, notes_apart, doc)
            anomalies = [
                a
                for a in anomalies
                if not (
                    _linking_note(a, fn.label)
                    and a.code is not AnomalyCode.LITERATURE_MISSING
                    and a.literature_entry in repeated
                )
            ]
            continue
        if rep is None:
            footnotes.append(fn)
        elif rep.target is None:
            footnotes.append(fn)
            at = _authority_before(texts, repeats, i, notes_apart) if rep.kind == "ibid" else i - 1
            before = doc.footnotes[at] if at >= 0 else None
            passed = tuple(f.label for f in doc.footnotes[at + 1 : i])
            anomalies.append(_unresolved(fn, rep, before, remarks=passed))
        elif not _names(doc.footnotes[rep.target], rep.author) or (
            # (a repeat that goes on to cite the author's work in full: that work)
            rep.author is not None and repeats[rep.target] is not None
        ):
            # "Tietz, Theologe (wie Anm. 1)" where note 1 cites Bethge, then Tietz: the
            # note repeats a later work of that note; it is listed when that note's are
            named = _named_work(doc.footnotes[rep.target], rep, repeats[rep.target] is not None)
            footnotes.append(_resolved(fn, named, rep))
            target_label = doc.footnotes[rep.target].label
            if not any(
                a.code is AnomalyCode.LITERATURE_MISSING and a.footnote == target_label
                for a in anomalies
            ):
                anomalies = [a for a in anomalies if not _linking_note(a, fn.label)]
        else:
            target = doc.footnotes[rep.target]
            footnotes.append(_resolved(fn, target, rep))
            anomalies = [a for a in anomalies if not _linking_note(a, fn.label)]
    return _with_archives(doc, footnotes, anomalies)


def _short_notes_listed(
    doc: ParsedDocument, repeats: list[Repeat | None], anomalies: list[Anomaly]
) -> tuple[ParsedDocument, list[Anomaly]]:
    """Short notes tied to the list entry they shorten: "Smith, *Trade*, 46.", "Müller:
    Lehrbuch, S. 12." cite the one entry of that author whose title the note's title
    shortens (the list holds the full form, as in German Wikipedia's short refs under a
    Literatur section; :mod:`bibcheck.parse.references.short_title_entry`).  A note that
    repeats no earlier note, or whose earlier note is another work of that author (two
    works of one author in one note), takes that entry's reference, its own text, lines and
    pages kept; ``repeats`` loses the repeats so settled."""
    footnotes = list(doc.footnotes)
    for k, (fn, rep) in enumerate(zip(doc.footnotes, repeats, strict=True)):
        if fn.literature is not None and fn.literature.method not in _LIKENESS:
            continue
        if rep is not None and (rep.kind != "short" or rep.target is None):
            continue
        found = _short_title_entry(fn.reference.raw, doc.literature)
        if found is None:
            continue
        i, locator = found
        entry = doc.literature[i]
        if rep is not None:
            target = doc.footnotes[rep.target] if rep.target is not None else None
            chased = target.literature if target is not None else None
            if chased is None or chased.number == entry.number:
                continue  # the earlier note is that work: resolved as its repeat
            repeats[k] = None
        footnotes[k] = cited_entry(fn, entry, i, locator or fn.reference.pages, "short")
        anomalies = [
            a
            for a in anomalies
            if not (a.footnote == fn.label and a.code in _UNLINKED)
            and not (
                a.code is AnomalyCode.LITERATURE_UNCITED and a.literature_entry == entry.number
            )
        ]
    return replace(doc, footnotes=tuple(footnotes)), anomalies


def _ibid_after_settled(
    repeats: Sequence[Repeat | None], settled: set[int], commentary: Sequence[bool]
) -> list[Repeat | None]:
    """``repeats`` with each "Ibid." after a note that was read as a repeat of an earlier
    note and is now tied to its own entry (``settled``) repeating that note, not the
    earlier one (and so each "Ibid." after such an "Ibid.")."""
    out = list(repeats)
    for i, rep in enumerate(out):
        if rep is None or rep.kind != "ibid" or rep.target is None:
            continue
        previous = i - 1
        while previous >= 0 and commentary[previous] and out[previous] is None:
            previous -= 1
        before = out[previous] if previous >= 0 else None
        if previous in settled:
            out[i] = replace(rep, target=previous)
        elif before is not None and before.kind == "ibid" and before.target in settled:
            out[i] = replace(rep, target=before.target)
    return out


# how a note may have been tied to an entry by likeness alone (a short title like a long one)
_LIKENESS = frozenset({"title", "short"})


def _short_title_entry(
    raw: str, literature: Sequence[LiteratureEntry]
) -> tuple[int, str | None] | None:
    """The index of the entry the short note ``raw`` (its first work, a lead-in aside)
    names by author and short title, and the pages it cites; None when it is no short
    note or names no single entry."""
    text = _composed(raw)
    text = strip_lead_in(_WORKS.split(strip_lead_in(text), maxsplit=1)[0].strip()).strip()
    start = citation_start(text)[0]
    for part in (text, text[start:]) if start else (text,):
        short = _COLON_SHORT.match(part) or _SHORT.match(part) or _SHORT_WHOLE.match(part)
        if short is None:
            continue
        year = short.groupdict().get("year")
        rest = part[: short.start("title")] + part[short.end("title") :]
        if len(_YEAR.findall(rest)) > (1 if year else 0):
            return None  # a year of its own: a work cited in full
        found = entry_by_short_title(
            short.group("author"), short.group("title"), literature, int(year) if year else None
        )
        return None if found is None else (found, _locator(short.group("locator")))
    return None


_MARKS = lazy_compile(r"[*_„“”«»\"]")


def _with_archives(
    doc: ParsedDocument, footnotes: list[Footnote], anomalies: list[Anomaly]
) -> ParsedDocument:
    """``doc`` with its (resolved) ``footnotes`` and ``anomalies``, notes citing an archive's
    document tied to the entry of its fonds (:func:`_archives_linked`)."""
    footnotes, anomalies = _archives_linked(doc.footnotes, footnotes, doc.literature, anomalies)
    return replace(doc, footnotes=tuple(footnotes), anomalies=tuple(anomalies))


def _all_repeats(
    texts: Sequence[str],
    found: Sequence[Repeat | None],
    i: int,
    labels: Sequence[str],
    commentary: Sequence[bool],
) -> bool:
    """Is every work note ``i`` cites a repeat of an earlier note (true for a note citing
    one work)?"""
    text = _composed(texts[i])
    for start, end in work_spans(text)[1:]:
        part = strip_lead_in(text[start:end].strip()).strip()
        rep = _repeat(texts, found, i, part, labels, commentary)
        if rep is None or rep.target is None:
            return False
    return True


def _repeated_entries(
    texts: Sequence[str],
    found: Sequence[Repeat | None],
    i: int,
    labels: Sequence[str],
    commentary: Sequence[bool],
    doc: ParsedDocument,
) -> set[int]:
    """The literature entries of the works note ``i`` repeats: the entries of the notes
    repeated, and the entries of the author a repeated work names first ("Donnelly,
    *Famine*, 101" repeating the second work of a note)."""
    entries: set[int] = set()
    text = _composed(texts[i])
    for start, end in [(0, len(text)), *work_spans(text)]:
        part = strip_lead_in(text[start:end].strip()).strip()
        rep = _repeat(texts, found, i, part, labels, commentary)
        if rep is None or rep.target is None:
            continue
        target = doc.footnotes[rep.target]
        if target.literature is not None:
            entries.add(target.literature.number)
        name = family_name(part.split(",", 1)[0])
        entries |= {
            e.number
            for e in doc.literature
            if e.reference.authors and same_family(family_name(e.reference.authors[0]), name)
        }
    return entries


def _names(target: Footnote, author: str | None) -> bool:
    """Does the work of note ``target`` have the surname ``author`` (None: any)?"""
    if author is None:
        return True
    ref = target.reference
    names = " ".join((*ref.authors, ref.title or "")).casefold()
    return author.casefold() in names or author.casefold() not in ref.raw.casefold()


# where a later work of a note starts: after "; " or Compare's "with" ("Compare A, 'T' (2023)
# 35 JEL 57 with B, 'U' (2023) 86 MLR 1102")
_WORK_BREAK = lazy_compile(r";\s|\s(?:with|and\swith)\s(?=\S)")


def _named_work(target: Footnote, rep: Repeat, repeat: bool = False) -> Footnote:
    """Note ``target`` as the work of the author ``rep`` names: itself when its (first)
    work is that author's or no author is named; else its later work that names them
    ("Corrigan (n 13)" where note 13 compares Natarajan's article with Corrigan's), with no
    literature match of its own."""
    if rep.author is None or (_names(target, rep.author) and not repeat):
        return target
    raw = target.reference.raw
    at = _surname_at(raw, rep.author)
    if at < 0:
        return target
    starts = [m.end() for m in _WORK_BREAK.finditer(raw, 0, at)]
    start = starts[-1] if starts else 0
    # (the later work starts with its author's given names, after whatever joins it to the
    # first: "Ibid.; y, en sentido contrario, Josep Lluís Barona, *Title*", "*Title* (1988);
    # y, para León, Ana Isabel Rubio Pérez, “Title”": from there when the part as cut names
    # no author)
    given = _GIVEN_NAMES.search(raw, start, at)
    starts = [given.start()] if repeat and given else [start, given.start()] if given else [start]
    end = raw.find("; ", at)
    line = target.reference.line
    for begin in starts:
        part = raw[begin : end if end >= 0 else len(raw)].replace("\n", " ")
        ref = parse_reference(part, (line,), detect_styles=True, note=True)
        # (a work cited by its journal alone is one too: "a.A. Wessel, ZSD 2024, 101")
        named = ref.title is not None or ref.host is not None
        if named and rep.author.casefold() in " ".join(ref.authors).casefold():
            return replace(
                target, reference=replace(ref, end_line=target.reference.end_line), literature=None
            )
    return target


_GIVEN_NAMES = lazy_compile(r"(?<![\w'’.-])(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*\s){1,3}$")


def _supra_author(rep: Repeat | None, text: str) -> Repeat | None:
    """``rep`` with the author a ``supra note`` names alone ("Raman, supra note 10")."""
    if rep is None or rep.kind != "supra" or rep.author is not None:
        return rep
    supra = _SUPRA.match(strip_lead_in(_composed(text).strip()).strip())
    alone = _NAME_ALONE.fullmatch(supra.group("author")) if supra else None
    return replace(rep, author=alone.group("surname")) if alone else rep


def _surname_at(text: str, author: str) -> int:
    m = re.search(rf"(?<![\w'’-]){re.escape(author)}(?![\w'’-])", text)
    return m.start() if m else -1


def _archives_linked(
    original: Sequence[Footnote],
    footnotes: Sequence[Footnote],
    literature: Sequence[LiteratureEntry],
    anomalies: list[Anomaly],
) -> tuple[list[Footnote], list[Anomaly]]:
    """Notes that cite a document of an archive, tied to the list's entry for that archive's
    fonds (``StadtA LG, AB 11, fol. 3r`` -> ``Stadtarchiv Lüneburg, AB 4–8 und AB 11``), the
    archive's abbreviation an earlier note defined written out.  A note citing a fonds of an
    archive the list names, which no entry holds, is ``missing-literature-entry``; one citing
    an archive the list does not name is an archival source, which the list need not hold."""
    names = abbreviations([fn.reference.raw for fn in footnotes])
    listed = [(h, i) for i, e in enumerate(literature) for h in holdings(e.reference.raw)]
    archives = {h.archive for h, _ in listed}
    linked: list[Footnote] = []
    for fn, before in zip(footnotes, original, strict=True):
        text = expand_abbreviations(fn.reference.raw, names)
        cited = holdings(text)
        own = [a for a in anomalies if a.footnote == fn.label and a.code in _UNLINKED]
        if not cited or not _cites_archive_first(text):
            if (
                own
                and archival_source(text)
                and any(a.code is AnomalyCode.LITERATURE_MISSING for a in own)
            ):
                anomalies = [a for a in anomalies if a not in own]
            linked.append(fn)
            continue
        if cited[0].archive not in archives:
            if archival_source(text):
                anomalies = [
                    a
                    for a in anomalies
                    if not (a in own and a.code is AnomalyCode.LITERATURE_MISSING)
                ]
            linked.append(fn)
            continue
        held = [i for h, i in listed if h.covers(cited[0])]
        anomalies = [a for a in anomalies if a not in own]
        if held:
            entry = literature[held[0]]
            match = LiteratureMatch(entry.number, CALL_NUMBER, 100.0, held[0])
            # (its own reference: "StadtA LG, AB 4 (wie Anm. 16)" repeats the fonds, not the
            # work note 16 goes on to cite)
            linked.append(replace(before, literature=match))
            continue
        linked.append(replace(before, literature=None))
        anomalies.append(
            Anomaly(
                AnomalyCode.LITERATURE_MISSING,
                f"footnote {fn.label} cites a fonds of an archive the literature list names, "
                "but no entry for that fonds",
                fn.line,
                footnote=fn.label,
            )
        )
    return linked, anomalies


def _cites_archive_first(text: str) -> bool:
    """Does the note's first work (after a lead-in) name an archive?"""
    first = _WORKS.split(strip_lead_in(text.strip()).strip(), maxsplit=1)[0]
    return bool(holdings(first))


def _linking_note(anomaly: Anomaly, label: str) -> bool:
    return anomaly.footnote == label and anomaly.code in _UNLINKED


def _resolved(fn: Footnote, target: Footnote, rep: Repeat) -> Footnote:
    own = fn.reference
    moot = {AnomalyCode.REFERENCE_UNPARSED}
    ibid = _IBID.match(own.raw) if rep.kind == "ibid" else None
    if ibid is not None and parallel_pages(ibid.group("locator")):
        # ("Ebd. 16 (229).": the page of another edition in parentheses, no year)
        moot.add(AnomalyCode.YEAR_MALFORMED)
    keep = tuple(a for a in own.anomalies if a.code not in moot)
    authors = target.reference.authors
    if rep.kind == "cited-above" and rep.author and authors and authors[0].startswith(rep.author):
        # "宮崎、前掲論文": the family name, as the note writes it, of "宮崎ふみ子"
        authors = (rep.author, *authors[1:])
    ref: Reference = replace(
        target.reference,
        authors=authors,
        raw=own.raw,
        line=own.line,
        end_line=own.end_line,
        pages=rep.locator or target.reference.pages,
        anomalies=keep,
    )
    return replace(fn, reference=ref, literature=target.literature)


# the repeat's word as the note writes it ("Id.", "Ibid.", "Ebd.", "Ivi"), for the message
_IBID_WORD = lazy_compile(r"^[^\W\d_][^\W\d_]{1,7}\.?(?=[\s,;:]|$)")


def _unresolved(
    fn: Footnote, rep: Repeat, before: Footnote | None = None, remarks: Sequence[str] = ()
) -> Anomaly:
    """The anomaly of a repeat whose work is unknown; an ``Ibid.`` after a note (``before``)
    that was not read as a citation, or repeats one that was not, says so: there is an
    earlier note, it was not understood.  An ``Id.`` after notes read as remarks (their
    labels ``remarks``) and no note before them says that: it has no authority to repeat."""
    if rep.kind == "ibid" and before is None and remarks:
        word = _IBID_WORD.match(fn.reference.raw.strip())
        said = word.group(0) if word else "Ibid."
        if len(remarks) == 1:
            what = f"the note before it, footnote {remarks[0]}, was read as a remark citing no"
            what += " work (a citation in it was not understood, if it holds one)"
        else:
            what = f"the {len(remarks)} notes before it, footnotes {remarks[0]}–{remarks[-1]},"
            what += " were read as remarks citing no work (a citation in them was not"
            what += " understood, if they hold one)"
        return Anomaly(
            AnomalyCode.REPEAT_NOTE_UNRESOLVED,
            f"footnote {fn.label}: “{said}” repeats the authority cited before it, but {what},"
            " and no note before them cites one; the work it cites is unknown",
            fn.line,
            footnote=fn.label,
        )
    if rep.kind == "ibid" and before is not None:
        return Anomaly(
            AnomalyCode.REPEAT_NOTE_UNRESOLVED,
            f"footnote {fn.label}: “Ibid.” repeats the note before it, footnote {before.label},"
            " whose citation was not understood (not read as a work); the work it cites is"
            " unknown",
            fn.line,
            footnote=fn.label,
        )
    what = {
        "ibid": "“Ibid.” has no earlier note to repeat",
        "supra": "“supra note” points to no earlier note of that number",
        "cross": "its cross-reference (“wie Anm.”, “n.”) points to no earlier note of that number",
    }.get(rep.kind, "“op. cit.” names an author found in no earlier note")
    return Anomaly(
        AnomalyCode.REPEAT_NOTE_UNRESOLVED,
        f"footnote {fn.label}: {what}; the work it cites is unknown",
        fn.line,
        footnote=fn.label,
    )
