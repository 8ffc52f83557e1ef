"""Name and year patterns, defined once for every reference parser.

Letters are Latin (with the accented Latin-1 range) and Cyrillic.  Variants
exist where styles really differ, and their names say how:

* :data:`SURNAME` -- ``Smith``, ``Smith-Jones``, ``van der Berg``, ``McDonald``,
  ``O'Neil``, ``D'Ambrosio``, ``Иванов``;
* :data:`SURNAME_PLAIN` -- the same without particles or prefixes (GOST
  heading authors);
* :data:`SURNAME_LOOSE` -- any word characters after a capital, and a second
  part joined by a space or hyphen (the generic fallback parser, which
  must accept what the strict styles reject);
* :data:`INITIALS` -- ``J.``, ``J.-P.``, ``A. B.``;  :data:`INITIAL_DIGRAPH`
  -- one initial that may be two letters (``Yu.``, ``Zh.``), as GOST
  transliterations write them, and as Bulgarian, Serbian and Macedonian names are
  abbreviated (``Ст.``, ``Хр.``, ``Вл.``; ``Chr.`` has three);
* :data:`FOUR_DIGITS` -- a free-standing four-digit number;
  :data:`PLAUSIBLE_YEAR` -- a year from 1500 to 2100 not inside a date,
  a number or an identifier (an article number ``e2020WR028091``, an arXiv
  identifier ``2003.12345``).
"""

from __future__ import annotations

import re
import unicodedata

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.nameparticles import DUTCH_TE, PARTICLES, particle_pattern
from bibcheck.parse.references import bodywords, role_marks
from bibcheck.parse.references.volume_words import Reading, alternation, printed, words

# Capitals and small letters of the Latin (with Latin Extended-A: Polish Ł, Czech Č, Turkish
# Ş, Hungarian Ő; and Extended-B: Romanian comma-below Ș Ț, Croatian digraphs, Pinyin Ǎ),
# Cyrillic (with Ukrainian, Belarusian, Serbian and Macedonian) and Greek scripts (with the
# accented vowels of modern Greek: Ά Έ Ή Ί Ό Ύ Ώ, ά έ ή ί ό ύ ώ ϊ ϋ ΐ ΰ); and Latin Extended
# Additional: the tone-marked vowels of Vietnamese (Nguyễn, Phạm, Trần), Welsh ẁ ỳ.
_EXT_A = "".join(chr(c) for c in [*range(0x100, 0x250), *range(0x1E00, 0x1F00)])
# (Ѐ-Џ and ѐ-џ: Serbian and Macedonian Ђ Ј Љ Њ Ћ Џ Ѓ Ќ Ѕ, Ukrainian Є І Ї, Belarusian Ў)
# (Cyrillic Extended: Kazakh Ә Ғ Қ Ң Ө Ұ Ү Һ І, Mongolian Ө Ү, Uzbek Ў Қ Ғ Ҳ, Tatar, Bashkir,
# Kyrgyz, Tajik -- Ґ among them)
_EXT_CYRILLIC = "".join(chr(c) for c in range(0x460, 0x530))
# (Armenian: Ա-Ֆ, ա-ֆ and the ligature և -- a cased script, its names and titles written as in
# Cyrillic lists: "Պետրոսյան Ա. Title. Երևան: Publisher, 2005.")
U = (
    "A-ZÀ-ÖØ-ÞА-ЯЀ-ЏΑ-ΩΆΈ-ΏΪΫԱ-Ֆ"
    + "".join(c for c in _EXT_A if c.isupper())
    + "".join(c for c in _EXT_CYRILLIC if c.isupper())
)
L = (
    "a-zß-öø-ÿа-яѐ-џΐά-ώա-և"
    + "".join(c for c in _EXT_A if c.islower())
    + "".join(c for c in _EXT_CYRILLIC if c.islower())
)
UPPER, LOWER = U, L

# The letters of Chinese, Japanese and Korean words and names, one definition for every
# reader and parser: hiragana, katakana with the prolonged-sound mark "ー" (part of a word:
# "データ") and the small katakana of Ainu (U+31F0-U+31FF), CJK ideographs (with extension A
# and the compatibility ideographs), Hangul syllables, and the iteration and abbreviation
# marks written inside names and words ("佐々木", "〆切", "ヶ" as in "関ヶ原").  Not the katakana
# middle dot "・" (U+30FB): it parts the words of a transcribed name ("ジョン・スミス") and the
# names of a list, so a split of names on it needs it outside the letters.
# The ideographs alone (CJK unified, extension A, compatibility: a Chinese name, a one-character
# title) and the Hangul syllables, for the rules that must leave kana out.
CJK_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
HANGUL = "\uac00-\ud7af"
CJK_LETTERS = "\u3040-\u30fa\u30fc-\u30ff\u31f0-\u31ff" + CJK_HAN + HANGUL + "\u3005\u3006\u30f6"
# The letters and the middle dot "・": a run of CJK text, a title or a name read whole
# ("ロミオ・ジュリエット"), as every class but the name splitters has always read it.
CJK_TEXT = CJK_LETTERS + "\u30fb"
CJK_LETTER = lazy_compile(rf"[{CJK_LETTERS}]")

# (capitalised too, as many write them: "Van den Abeele", "De Souza", "Le Roux"; German
# "vom Berge")
# (and the Nordic ones, lower case only: Faroese "Jógvan í Lon", "Símun av Skarði", "Óli á
# Horni", "við Á"; Swedish "af Klint")
# (the shared ones but Dutch "ten" and "ter", as this pattern has always read names, and
# German "vom", and the Italian articled prepositions of "Dal Molin", "Dalla Chiesa", "Della
# Porta", "Degli Esposti")
_ITALIAN_PARTICLES = frozenset({"dal", "dalla", "dalle", "della", "delle", "dei", "degli"})
_SURNAME_PARTICLES = (PARTICLES - DUTCH_TE) | {"vom"} | _ITALIAN_PARTICLES
_PARTICLE = (
    rf"(?:(?:{particle_pattern(_SURNAME_PARTICLES, capitalised=True)}"
    r"|í|á|av|af|við)\s)"
    r"{0,3}"
)
# The Irish and Scottish Gaelic patronymic particles, part of the family name: "Ó Néill",
# "Ua Buachalla", "Mac Cárthaigh", "Mag Uidhir", "Nic Shuibhne", "Ní Mhurchú", "Uí Bhriain",
# "Mhic Aoidh"; with the article ("Mac an tSaoir", "Mac na Ceàrdaich"), the Scottish "a'"
# ("Mac a' Phearsain"), "Giolla" ("Mac Giolla Phádraig") and the small letters of eclipsis
# (g, m, n, b, d, bh) or a prefixed h, t or n before the capital ("Ó hUiginn", "Mac an
# tSaoir", "Uí gCeallaigh").
# Only before a capitalised name: the particle is never an initial nor an author alone.
GAELIC_PARTICLE = (
    r"(?:(?:Ó|Ua|Ní|Nic|Mac|Mag|Uí|Mhic)\s(?:Giolla\s|(?:an|na)\s|a['’]\s)?"
    r"(?:[hntgmbd]|bh)?)"
)
# ("Sant'Anna", "Dell’Orto": a capital after the apostrophe)
# ("Viollet-le-Duc", "Saint-Just-en-Chaussée": lower-case joining words between the parts)
SURNAME_PLAIN = (
    rf"[{U}](?:[{L}]|['’](?=[{L}]))+(?:['’][{U}][{L}]+)?"
    # (a later part with its prefix: "Greenaway-McGrevy", "Lloyd-MacKenzie", "Clarke-O'Neill")
    # (... or with its particle, as a Dutch married name joins the spouse's: "Jansen-van
    # Dijk", "Smit-van der Berg", "Bakker-de Vries")
    rf"(?:-(?:[{L}]{{1,3}}-)*(?:Mc|Mac|O['’])?[{U}][{L}'’]+"
    rf"|-(?:van|de|ter|ten|von)\s(?:(?:der|den|de|het)\s)?[{U}][{L}'’]+){{0,2}}"
)
# (a prefix joined to the name with a capital after it: "McKenzie", "O'Brien", "DeMaria",
# "DiMaggio", "DuBois", "LaGuardia", "LeBlanc", "VanDyke", "VanderPlas"; an elided article:
# "L'Hours", "L’Estrange")
SURNAME = (
    rf"(?:{GAELIC_PARTICLE}|{_PARTICLE})"
    rf"(?:Mc|Mac|O['’]|D['’]|d['’]|L['’]|De|Di|Du|La|Le|Vander|Van)?{SURNAME_PLAIN}"
)
# A date in parentheses before a year: "(12 June 1996)", "(June 12, 1996)", "(June 1996)"
# (Wikipedia's news and web citations); the year is what a parser keeps.
DATE_BEFORE_YEAR = r"(?:\d{1,2}\s[^\W\d_]{3,9}\.?\s|[^\W\d_]{3,9}\.?\s(?:\d{1,2},\s)?)"
# (starts a word: searched in long text, it must not re-read a word from each capital in it)
SURNAME_LOOSE = (
    rf"(?<![\w'’])[{U}][\w'’]++(?:(?:-(?:[{L}]{{1,3}}-)*+[{U}][\w'’]++){{1,2}}|\s[{U}][\w'’]++)?"
)
# (a hyphenated pair written without the first point: "P-H. Kamp", as RFCs print it)
INITIALS = rf"[{U}](?:-[{U}])?\.(?:\s?-?[{U}]\.)*"
# (three letters in "Chr." -- Christian, Christo -- and Hungarian "Dzs.")
INITIAL_DIGRAPH = rf"(?:[{U}][{L}]?|Chr|Dzs)\."
# given names abbreviated to more than their first letter, before a family name in a note:
# Dutch, German, French and Latin "Th." (Theodoor, Theodor, Théodore), "Ph.", "Ch.", "Chr.",
# "Joh.", "Jac.", "Wilh."; English "Wm.", "Thos.", "Chas.", "Jas.", "Geo."; the Hungarian
# digraph initials "Gy.", "Zs.", "Sz.", "Cs.", "Ny.", "Dzs."
GIVEN_ABBREVIATED = r"(?:Th|Ph|Ch|Chr|Joh|Jac|Wilh|Wm|Thos|Chas|Jas|Geo|Gy|Zs|Sz|Cs|Ny|Dzs)\."

FOUR_DIGITS = r"(?<!\d)(\d{4})(?!\d)"
# NLM's series statement after the imprint, its number last, four digits as often as not:
# "(WHO Technical Report Series; 1014)", "(Methods in Molecular Biology; vol. 1234)", "(…,
# vol. 12)" -- the number no year; a name with no colon ("(London: HMSO; 1998)" is an imprint)
SERIES_STATEMENT_NUMBER = (
    r"\([^():;\[\]]{1,120}(?:;\s?(?:(?i:vol|v)\.\s?)?|,\s(?i:vol|v)\.\s?)\d{1,5}\)"
)
# the part of a book a note cites after the imprint, no page: a chapter ("cap. 3", "chap.
# II", "Kap. 4", "гл. 2") or an appendix ("apéndice II", "appendix 2", "annexe 3", "Anhang I")
PART_CITED = (
    r"(?:(?:cap|capp|chap|ch|Kap|kap|rozdz|гл|pogl)\.\s?|(?:apéndice|appendix|apêndice"
    r"|appendice|annexe|anexo|Anhang|dodatek|prilog|додаток|приложение)\s)(?:\d{1,3}|[IVXLC]{1,6})"
)
# (not the digits of an identifier: letters and more digits after them, "e2020WR028091",
# AGU's article numbers; the year-month of a new-style arXiv identifier, "2003.12345")
PLAUSIBLE_YEAR = r"(?<![\d./-])(1[5-9]\d\d|20\d\d|2100)(?![\d/]|[A-Za-z]++\d|\.\d{4,5}(?!\d))"

# An observatory of a field, in the languages cited ("Osservatorio Smart Working",
# "Observatorio de la Sostenibilidad", "Observatoire des inégalités", "Obserwatorium")
OBSERVATORY_WORD = (
    r"(?:Observatory|Osservatorio|Observatoire|Observatorium|Observat[oó]rio|Obserwatorium)"
)

# A word that names an organisation ("Marine Safety Agency", "Федеральная служба ..."): the
# one table of body words in every language, capitalised as written (:mod:`.bodywords`)
ORGANISATION_WORD = bodywords.BODY_WORD

# The word a series or a numbered publication is named by, before its number or code:
# "Clinical guideline CG161", "Safe Staffing Guideline SG1", "Technical Report Series 894",
# "Working Paper 12", "Briefing Paper No. 7"
SERIES_WORD = (
    r"(?:[Gg]uidelines?|[Gg]uidance|[Rr]eports?|[Pp]apers?|[Ss]eries|[Bb]ulletin|[Bb]riefing"
    r"|[Nn]otes?|[Dd]ocuments?|[Ss]tandards?|[Ss]tatements?|[Cc]irculars?|[Pp]ublications?)"
)

# French month names and their abbreviations, as dates in notes and access dates write them
# ("14 janv. 1890", "consulté le 2 févr. 2024"); the dot after an abbreviation optional
FRENCH_MONTH = (
    r"(?:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre"
    r"|novembre|décembre|decembre|janv|févr|avr|juil|sept|oct|nov|déc)\.?"
)

# The page word of a short note in the languages notes are written in, beside "p."/"S."/"s.":
# Icelandic "bls." (blaðsíða), Dutch "blz.", Slavic "str.", Estonian "lk.", Latvian "lpp.",
# Hungarian "old.", Spanish and Portuguese "pág."/"págs."/"pag.", Swedish "sid."
PAGE_WORDS = r"bls\.|blz\.|str\.|lk\.|lpp\.|old\.|págs?\.|pag\.|sid\."
# The page word of the Indic scripts and of other scripts with no Latin page word, as a
# reference's or a bracket citation's place and a newspaper's page write it: Hindi, Marathi
# and Nepali "पृ."/"पृष्ठ" (Marathi "पान"), Bengali "পৃ."/"পৃষ্ঠা", Gujarati "પૃ."/"પૃષ્ઠ",
# Punjabi "ਪੰਨਾ"/"ਪੰ.", Odia "ପୃ."/"ପୃଷ୍ଠା", Tamil "ப."/"பக்."/"பக்கம்", Telugu "పుట"/"పే."/
# "పేజీ", Kannada "ಪುಟ"/"ಪು.", Malayalam "പുറം"/"പേജ്"/"പു.", Sinhala "පිටුව"/"පි.", Amharic
# "ገጽ", Armenian "էջ", Thai "หน้า", Lao "ໜ້າ", Khmer "ទំព័រ", Burmese "စာမျက်နှာ" (each longer
# word before its abbreviation; the abbreviation's stop is the reader's)
SCRIPT_PAGE_WORD = (
    r"(?:पृष्ठ|पृ|पान|পৃষ্ঠা|পৃ|પૃષ્ઠ|પૃ|ਪੰਨਾ|ਪੰਨੇ|ਪੰ|ପୃଷ୍ଠା|ପୃ|பக்(?:கம்|கங்கள்)?|ப"
    r"|పుట(?:లు)?|పేజీ|పే|పు|ಪುಟ(?:ಗಳು)?|ಪು|പുറം|പേജ്|പു|පිටුව|පිටු|පි|ገጽ|էջ|หน้า|ໜ້າ"
    r"|ទំព័រ|စာမျက်နှာ)"
)
# the page word of a note's locator and its page or range, as a note cites a page after a
# work's facts ("p. 45", "pp. 3–9", German "S. 12", Slavic "s. 12", "str. 4", "с. 7",
# Hungarian "o. 5", Estonian "lk 8", Spanish "pág. 3", Dutch "blz. 6"): :mod:`.bst` after a
# comma imprint's year, :mod:`.chicago` alone after a short note's quoted title
NOTE_PAGE_WORD = r"(?:pp?|S|s|str|стр|с|o|old|lk|pág|págs|blz|bl)"
NOTE_PAGES = r"\d{1,5}(?:\s?[–-]\s?\d{1,5})?"

# What a German place's name carries after it, its river or region, abbreviated or not:
# "Frankfurt a. M." (am Main), "Halle a. S." (an der Saale), "Freiburg i. Br." (im
# Breisgau), "Halle a. d. Saale", "Neustadt a. d. Weinstraße", "Weiden i. d. OPf.": part
# of the place, so "Halle a. S. 1901" is a place and a year, not a page "S. 1901"
# ("o. J.", no year, is no place's: only "a." and "i." open a qualifier)
PLACE_QUALIFIER = r"(?:a|i)\.\s?(?:d\.\s?)?[A-ZÄÖÜ][a-zäöüßA-Z]{0,15}\.?"

# "Ibidem" in the Nordic, Baltic and South Slavic languages, for the repeat-note rules of
# :mod:`bibcheck.parse.references.repeat` and :mod:`bibcheck.parse.references.commentary`
# (case-insensitive, at a note's start): Icelandic "Sama heimild" / "Sama rit" / "Á sama
# stað", Faroese "Sama stað", Danish and Norwegian "Smst." / "Sammesteds" / "Samme sted" /
# "Sst.", Swedish "Dito", Finnish "Sama." / "Emt." (edellä mainittu teos), Estonian "Samas",
# Latvian "Turpat", Lithuanian "Ten pat", Slovene "Prav tam".  The phrases of several words
# end at a word's end; the single words that are also words of prose ("Samas on ...",
# "Sama asia ...") need their period or comma.
IBID_NORDIC_BALTIC = (
    r"(?:(?:á\s+)?sama\s+(?:heimild|rit|stað)|sammesteds|samme\s+sted|ten\s+pat|prav\s+tam"
    # (Swedish "Sammastädes", Danish "Sammested", Slovak "Tamže" / "Tamtiež", Serbian and
    # Croatian "Isto tamo" / "Исто тамо")
    r"|turpat|sammastädes|sammested|tamže|tamtiež|isto\s+tamo|исто\s+тамо|"
    # ... and in the languages of the Caucasus and Central Asia: Mongolian "Мөн тэнд", Kazakh
    # "Сонда" / "Бұл да сонда", Kyrgyz "Ошол эле жерде", Uzbek "O‘sha joyda" / "Ўша жойда",
    # Azerbaijani "Yenə orada", Turkish "Aynı yer" / "A.y.", Armenian "Նույն տեղում", Georgian
    # "იქვე"; Turkmen "Şol ýerde" / "Шол ерде", Turkish "Aynı eser" / "Aynı yerde", Tatar
    # "Шунда ук", Bashkir "Шунда уҡ"
    r"мөн\s+тэнд|бұл\s+да\s+сонда|ошол\s+эле\s+жерде|o[‘'’ʻ]sha\s+joyda"
    r"|ўша\s+жойда|yenə\s+orada|aynı\s+(?:yer(?:de)?|eser)|նույն\s+տեղում|იქვე"
    r"|şol\s+ýerde|шол\s+ерде|шунда\s+у[кҡ]"
    # ... Chuvash "Ҫавӑнтах" (there itself), also typed with the Latin "ç", "ă"
    r"|[ҫç]ав[ӑă]нтах"
    # ... Tajik "Ҳамон ҷо" / "Ҳамонҷо" (the same place), Uzbek "Ўша ерда" / "O‘sha yerda",
    # Kyrgyz "Ошол жерде"; the Latin word in Cyrillic letters, as Kyrgyz, Kazakh and Tajik
    # notes write it ("Ибид.")
    r"|ҳамон\s?ҷо|ўша\s+ерда|o[‘'’ʻ]sha\s+yerda|ошол\s+жерде|ибид"
    # ... and Belarusian "Тамсама" / "Там жа", Nepali "उही" (the same), Sanskrit, Marathi and
    # Hindi "तत्रैव" (there itself), Lao "ອ້າງແລ້ວ" (cited already) alone at a note's start;
    # Nepali "ऐजन" (the same, from Persian "aizan"); Albanian "Po aty" ("Po aty u botua …" is
    # prose)
    r"|тамсама|там\s+жа|उही|तत्रैव|ऐजन|ອ້າງແລ້ວ)(?!\w)"
    r"|(?:smst|sst|dito|sama|samas|emt|a\.\s?y|сонда|po\s+aty)(?=[.,])"
    # (Greek "Στο ίδιο" / "Στο ίδιο έργο" (in the same work): "Στο ίδιο λιμάνι …" is prose,
    # so with its comma or stop)
    r"|στο\s+[ίι]διο(?:\s+έργο)?(?=\s?[.,])"
    # (Hindi "वही" (the same) is a word of prose too ("वही लेखक …"): with its stop or comma,
    # the Devanagari danda "।" too)
    r"|वही(?=\s?[.,।])"
    # ... and in Arabic script: Arabic "المصدر نفسه" / "المرجع نفسه" / "نفس المصدر" (the same
    # source), Sorani Kurdish "هەمان سەرچاوە" / "هەمان شوێن" (the same source, place), Persian
    # "همان منبع" / "همان‌جا" (or "همان جا"), Urdu "ایضاً"; Persian "همان" and Sorani "هەمان"
    # (the same) alone are words of prose too ("همان طور که …"): with their comma or stop
    r"|(?:(?:المصدر|المرجع)\s+(?:نفسه|ذاته)|نفس\s+(?:المصدر|المرجع)|هەمان\s+(?:سەرچاوە|شوێن)"
    r"|همان\s+منبع|همان\u200c?جا|ایضاً|ایضا)(?!\w)"
    r"|(?:همان|هەمان)(?=\s?[.,،])"
    # (Persian "همان جا" typed with a space, not the joiner: with its comma or stop, "همان جا
    # که …" is prose)
    r"|همان\sجا(?=\s?[.,،])"
    # ... and in the Indic scripts: Tamil "மேலது" (the above), "அதே நூல்" (the same book),
    # "அதே இடம்" (the same place); Sanskrit, Hindi and Marathi "तदेव", Bengali "তদেব" (that
    # same); Bengali "ঐ" (that) is a word of prose too: with its comma or stop
    r"|(?:மேலது|அதே\s(?:நூல்|இடம்|கட்டுரை)|तदेव|তদেব)(?!\w)|ঐ(?=\s?[.,।])"
    # ... Malayalam "അതേ കൃതി" / "അതേ ഗ്രന്ഥം" / "അതേ ലേഖനം" (the same work, book, article),
    # Kannada "ಅದೇ ಕೃತಿ" / "ಅದೇ ಗ್ರಂಥ", Telugu "అదే గ్రంథం" / "అదే పుస్తకం": "the same" with a
    # noun for the work, never the word alone ("അതേ വർഷം …" is prose)
    r"|(?:അതേ\s(?:കൃതി|ഗ്രന്ഥം|പുസ്തകം|ലേഖനം|പ്രബന്ധം|സ്ഥലം)"
    r"|ಅದೇ\s(?:ಕೃತಿ|ಗ್ರಂಥ|ಪುಸ್ತಕ|ಲೇಖನ)|అదే\s(?:గ్రంథం|పుస్తకం|వ్యాసం|రచన))(?!\w)"
    # (Telugu "అదే" and Kannada "ಅದೇ" (the same) alone, as Hindi "वही": with their comma or
    # stop, "అదే సంవత్సరం …" is prose)
    r"|(?:అదే|ಅದೇ)(?=\s?[.,])"
    # ... Sinhala "එම කෘතිය" / "එම ග්‍රන්ථය" / "එම ලිපිය" (that work, book, article: the
    # conjunct's joiner there or not), "එහිම" (in the same place); "එම" (that) alone, as
    # Hindi "वही": with its comma or stop ("එම වසරේ …" is prose)
    r"|(?:එම\s(?:කෘතිය|ග්\u200d?රන්ථය|පොත|ලිපිය|නිබන්ධනය)|එහිම)(?![^\W\d_]|[\u0d80-\u0dff\u200d])"
    r"|එම(?=\s?[.,])"
)
# "Op. cit." in the Indic scripts, after the author's name: Tamil "முற்குறிப்பிட்ட நூல்" /
# "மேற்குறிப்பிட்ட கட்டுரை" (the book / article cited before); Hindi and Marathi
# "पूर्वोक्त" / "पूर्वोद्धृत" (said / quoted before), Nepali "पूर्ववत्" (as before), Bengali
# "প্রাগুক্ত" / "পূর্বোক্ত": words of prose too ("पूर्वोक्त विवरण", "पूर्ववत् रहनेछ"), so with their
# comma, stop or danda
OP_CIT_INDIC = (
    r"(?:(?:முற்|மேற்|முன்)குறிப்பிட்ட\s(?:நூல்|கட்டுரை|ஆய்வேடு))(?!\w)"
    r"|(?:पूर्वोक्त|पूर्वोद्धृत|पूर्ववत्|প্রাগুক্ত|পূর্বোক্ত)(?=\s?[.,।])"
    # Malayalam "മുൻ ഉദ്ധരിച്ച ലേഖനം" / "മുകളിൽ ഉദ്ധരിച്ച കൃതി" (the article / work quoted
    # before; the old chillu "ന്\u200d" too), Kannada "ಪೂರ್ವೋಕ್ತ ಕೃತಿ" / "ಹಿಂದೆ ಉಲ್ಲೇಖಿಸಿದ
    # ಕೃತಿ", Telugu "పూర్వోక్త గ్రంథం" / "పైన పేర్కొన్న గ్రంథం": the verb with a noun for the work
    r"|(?:(?:മു(?:ൻ|ന്\u200d)(?:പ്)?|മുമ്പ്|മുകളി(?:ൽ|ല്\u200d)|നേരത്തെ)\s?ഉദ്ധരിച്ച"
    r"\s(?:ലേഖനം|കൃതി|ഗ്രന്ഥം|പുസ്തകം|പ്രബന്ധം)"
    r"|(?:ಪೂರ್ವೋಕ್ತ|ಹಿಂದೆ\sಉಲ್ಲೇಖಿಸಿದ|ಈ\sಮೊದಲು\sಉಲ್ಲೇಖಿಸಿದ)\s(?:ಕೃತಿ|ಗ್ರಂಥ|ಪುಸ್ತಕ|ಲೇಖನ)"
    r"|(?:పూర్వోక్త|పైన\sపేర్కొన్న|ఇంతకు\sముందు\sపేర్కొన్న)\s(?:గ్రంథం|పుస్తకం|వ్యాసం|రచన))(?!\w)"
    # (Telugu "పూర్వోక్త" and Kannada "ಪೂರ್ವೋಕ್ತ" alone, as Hindi "पूर्वोक्त": with their comma
    # or stop)
    r"|(?:పూర్వోక్త|ಪೂರ್ವೋಕ್ತ)(?=\s?[.,])"
    # (Sinhala "පෙර සඳහන් කෘතිය" / "පූර්වෝක්ත කෘතිය" (the work named before), "ලිපිය" an
    # article, "ග්‍රන්ථය" a book)
    r"|(?:පෙර\sසඳහන්|පූර්වෝක්ත)\s(?:කෘතිය|ග්\u200d?රන්ථය|ලිපිය)(?![^\W\d_]|[\u0d80-\u0dff\u200d])"
)
# "Op. cit." in the Arabic script, after the author's name: Urdu "محولہ بالا" / "محولۂ بالا"
# (referred to above), "محولہ سابق"; Arabic "مرجع سابق" / "المرجع السابق" / "مصدر سابق" /
# "المصدر السابق" (the earlier source); Persian "منبع پیشین" / "پیشین" (the earlier one,
# with its comma or stop: "پیشین" is a word of prose too)
OP_CIT_ARABIC = (
    r"(?:محول[ہۂ]\s(?:بالا|سابق)|(?:ال)?(?:مرجع|مصدر)\s(?:ال)?سابق|منبع\sپیشین)(?!\w)"
    r"|پیشین(?=\s?[.,،۔])"
)
# The Slavic phrases for "the work cited", without their closing full stop (matched ignoring
# case): Russian "указ. соч.", "цит. соч.", "указ. раб.", "цит. раб.", Bulgarian "цит. съч.",
# Serbian "нав. дело", "нав. съч.", Croatian "nav. djelo", "nav. delo", "nav. dj.", Ukrainian
# "зазнач. праця", "вказ. праця", "цит. праця", Belarusian "цыт. праца", "пазн. праца", "пазн.
# твор", Polish "dz. cyt."; one list for the repeat readers and the commentary test
OP_CIT_SLAVIC = (
    r"(?:указ|цит)\.\s?(?:соч|раб)|цит\.\s?съч|нав\.\s?(?:дело|съч)|nav\.\s?(?:djelo|delo|dj)"
    r"|(?:зазнач|вказ|цит)\.\s?праця|(?:цыт|пазн)\.\s?(?:праца|твор)|dz\.\s?cyt"
)
# "Op. cit." in the same languages, after the author's name: Mongolian "Майдар, дээрх бүтээл"
# / "дурдсан бүтээл", Kazakh "көрсетілген еңбек" / "көрс. еңбек", Uzbek "ko‘rsatilgan asar",
# Azerbaijani "göstərilən əsər", Turkish "a.g.e." (adı geçen eser), "a.g.m.", Armenian "նշվ. աշխ.";
# Albanian "vep. e cit." / "vep. cit." / "vepra e cituar", Belarusian "цыт. твор"
OP_CIT_CENTRAL_ASIAN = (
    r"vep\.\s?(?:e\s)?cit|vepra\s+e\s+cituar|цыт\.\s?твор|"
    r"(?:дээрх|дурдсан|дээр\s+дурдсан)\s+(?:бүтээл|ном|өгүүлэл)|көрсетілген\s+еңбек"
    r"|көрс\.\s?еңбек|ko[‘'’ʻ]rsatilgan\s+asar|кўрсатилган\s+асар|göstərilən\s+əsər"
    # (Turkish "a.g.m." (adı geçen makale) for an article, "y.a.g.e." (yukarıda adı geçen
    # eser); in lower case after "a": "A. G. E." are initials)
    r"|(?:y\.\s?)?a\.\s?(?-i:g)\.\s?(?-i:[em])(?=\.)|նշվ\.\s?աշխ"
    # Kyrgyz "Көрсөтүлгөн эмгек" / "Көрс. эмгек" / "Аталган эмгек", Kazakh "аталған еңбек",
    # Tajik "Асари зикршуда" / "Асари зикргардида" / "Асари номбурда", Turkmen "Görkezilen
    # iş" / "Görkezilen eser", Tatar "Күрсәтелгән хезмәт", Bashkir "Күрһәтелгән хеҙмәт"
    r"|көрсөтүлгөн\s+эмгек|көрс\.\s?эмгек|аталган\s+эмгек|аталған\s+еңбек"
    r"|асари\s+(?:зикршуда|зикргардида|номбурда)|görkezilen\s+(?:iş|eser)"
    r"|күрсәтелгән\s+хезмәт|күрһәтелгән\s+хеҙмәт"
    # ... abbreviated as GOST notes write them: Tatar "Күрс. хезм.", Bashkir "Күрһ. хеҙм.";
    # Chuvash "Асӑннӑ ӗҫ" (the work named), also typed with the Latin "ă", "ĕ", "ç"
    r"|күрс\.\s?хезм(?!\w)|күрһ\.\s?хеҙм(?!\w)|ас[ӑă]нн[ӑă]\s+[ӗĕ][ҫç](?!\w)|" + OP_CIT_INDIC
)


def _mark_ranges() -> str:
    """The combining marks (categories Mn, Mc) of the Basic Multilingual Plane below the CJK
    blocks, as character-class ranges: the vowel signs, viramas and nasal marks of the
    Brahmic scripts (Devanagari, Bengali, Gujarati, Tamil, Thai, Myanmar, Khmer ...)."""
    ranges: list[str] = []
    start = end = -1
    for code in range(0x300, 0x3000):
        if unicodedata.category(chr(code)) in ("Mn", "Mc"):
            if code == end + 1:
                end = code
                continue
            if start >= 0:
                ranges.append(f"{chr(start)}-{chr(end)}")
            start = end = code
    ranges.append(f"{chr(start)}-{chr(end)}")
    return "".join(ranges)


# Python's ``\w`` holds no combining mark: "भातखंडे" is read as "भ", "तख", "ड". A word's
# letters with its marks: a letter, then letters and marks
# (and the zero-width joiner and non-joiner, format characters inside a word of the Indic
# scripts: Sinhala "ක්\u200dරීඩා" (its conjunct's "ර" joined so), Malayalam's old chillu
# "ന്\u200d", Devanagari's and Kannada's half forms; Persian "همان\u200cجا")
MARKS = _mark_ranges() + "\u200c\u200d"
WORD_WITH_MARKS = rf"[^\W\d_](?:[^\W\d_]|[{MARKS}])*+"


# The volume or part of a work in several, in the Indic languages, before its number: Hindi,
# Marathi, Nepali "खंड" / "खण्ड" / "भाग", Bengali "খণ্ড" / "ভাগ", Gujarati "ખંડ" / "ભાગ",
# Punjabi "ਭਾਗ", Tamil "தொகுதி" / "பாகம்", Telugu "సంపుటి", Kannada "ಸಂಪುಟ", Malayalam
# "വാല്യം" (the words: :mod:`.volume_words`)
INDIC_VOLUME_WORD = alternation(words(Reading.INDIC))

# the Ethiopian calendar's era after a year, Amharic and Tigrinya "ዓ.ም." (ዓመተ ምሕረት, the year
# of mercy), its closing full stop apart ("2012 ዓ.ም.", "(2014 ዓ.ም.)"): the year is kept as
# written, the era no part of any field
ETHIOPIAN_ERA = r"ዓ\.\s?ም"
# A recording's or film's medium, which Chicago sets after its title ("*Title*, compact disc
# (Place: Label, 1999)"): "LP", "CD", "DVD", "audiocassette"; Hindi and Marathi
# "ध्वनिमुद्रिका" (a gramophone record), "ध्वनिफीत" (a tape), "ग्रामोफ़ोन रिकॉर्ड"; the
# borrowed words in the Dravidian scripts: Malayalam "ഓഡിയോ കാസറ്റ്" (an audio cassette),
# "ഗ്രാമഫോൺ റെക്കോർഡ്", Tamil "ஒலிநாடா" (a tape), "இசைத்தட்டு" (a record), "ஆடியோ கேசட்",
# Telugu "ఆడియో క్యాసెట్", Kannada "ಆಡಿಯೋ ಕ್ಯಾಸೆಟ್", Hindi "ऑडियो कैसेट"
RECORDING_MEDIUM = (
    r"(?:LP|CD|DVD|(?i:compact\sdisc|audiocassette|videocassette|sound\srecording"
    r"|vinyl\s(?:LP|record)|gramophone\srecord|phonograph\srecord)"
    r"|ध्वनिमुद्रिका|ध्वनिफीत|ध्वनिमुद्रण|ग्रामोफ़?ोन\sरिकॉर्ड|ऑडियो\sकैसेट"
    r"|(?:ഓഡിയോ\s)?കാസറ്റ്|ഗ്രാമഫോൺ\sറെക്കോർഡ്|ஒலிநாடா|இசைத்தட்டு|ஆடியோ\sகேசட்"
    r"|ఆడియో\sక్యాసెట్|ಆಡಿಯೋ\sಕ್ಯಾಸೆಟ್)"
)


# The word a chapter's (or an article's) host follows, in the languages cited: English,
# Latin and German "In" ("Im"), Spanish and Catalan "En", Portuguese "Em", French "Dans",
# Polish "W", Czech and Slovak "V" / "Ve", Croatian, Serbian and Bosnian "U" / "У", Russian,
# Ukrainian and Bulgarian "В" / "Във" (GOST's "В кн.:", in the book), Icelandic and Faroese "Í"
# (with their editors' "(ritst.)", ritstjórar / ritstjórnarar), Albanian "Në", Welsh
# "Yn", Indonesian and Malay "Dalam", Vietnamese "Trong", Turkish "İçinde", Maltese "Fi" /
# "F'". Not Scandinavian
# "I": a volume's Roman numeral is written so ("vol. I: The Colonial Book", "Del I: …"), and
# the numeral "V" is no Czech "V" after a volume's word ("vol. V: The Later Years", "Bd. V:",
# "sv. V:"; the words, as printed: :mod:`.volume_words`). One list for every style's parser
# (APA, Chicago, ISO 690/GOST, journals).
_NOT_A_NUMERAL = "".join(rf"(?<!\b{re.escape(word)}\s)" for word in printed(words(Reading.NUMERAL)))
IN_WORD = (
    # (Maltese "Fi" / "F'" before a vowel: "F' *Il-Baħar u l-Gżejjer*, edit. …")
    rf"(?:In|in|IN|Im|En|en|Em|Dans|W|{_NOT_A_NUMERAL}V|Ve|U|Në|Yn|Dalam|Trong|İçinde|Í|Fi|F['’]"
    r"|В\s?кн\.|Във|В|У)"
)
IN_COLON = rf"{IN_WORD}\s?:\s"
# the editors' mark after their names, in those languages: "(Eds.)", "(Hrsg.)", "(Hg.)",
# "(éds.)", "(dir.)", "(coord.)", "(org.)", "(comp.)", "(red.)", "(reds.)", "(utg.)", "(ur.)",
# "(toim.)", "(szerk.)", "(zost.)", "(ред.)", "(a cura di)", "(gol.)", "(ritstj.)", "(útg.)":
# the one table of :mod:`.role_marks`, which every reader of entry heads takes too
EDITORS_MARK = role_marks.MARK

# "et al." after the first names of a note, in the languages notes are written in: Czech and
# Slovak "a kol." ("a kolektiv", "a kolektív"), German "u. a.", Dutch "e.a.", Polish "i in.",
# Croatian "i sur.", Serbian "i dr.", Slovene "idr.", Russian "и др.", Ukrainian "та ін."/
# "і ін.", Scandinavian "m.fl.", Finnish "ym.", Turkish "ve ark."/"ve diğ."/"vd.", Hungarian
# "és mtsai", French "et coll.", Spanish and Portuguese "y cols."/"e cols.", "y otros", "e
# outros", Italian "e altri"; and OSCOLA's "and others" (each with its period: a word of a
# title is none of them)
NOTE_ET_AL = (
    r"(?:et\sal\.|and\sothers|a\skol(?:\.|ektiv\b|ektív\b)|u\.\s?a\.|e\.\s?a\.|i\sin\.|i\ssur\."
    r"|i\sdr\.|idr\.|и\sдр\.|та\sін\.|і\sін\.|m\.\s?fl\.|ym\.|ve\sark\.|ve\sdiğ\.|vd\."
    r"|és\smtsai\b|et\scoll\.|[ye]\scols?\.|y\sotros\b|e\soutros\b|e\saltri\b)"
)

# the word before a list's last name in English, French, German and Spanish: "Wagner, K. L.
# and Miller, J. R.", "Dupont, M. et Lefèvre, J.", "Müller, K. und Schmidt, H. P.",
# "García, J. y López, M. A." (no "&": each caller says where that goes)
LAST_NAME_AND = r"(?:and|et|und|y)"
