"""The words an author-date citation joins its names with, in the writer's language.

A citation names the first author and "and others" in the language of the document, or two
authors joined by its word for "and": ``(Giri dkk., 2011)`` and ``Sari dan Putra (2021)``
(Indonesian, Malay), ``Müller u. a. (2018)`` (German), ``Vermeulen e.a.`` (Dutch),
``Lindgren m.fl.`` (Swedish, Norwegian, Danish), ``Joensen o.o.`` (Faroese), ``Jónsson
o.fl.`` (Icelandic), ``Kowalski i in.`` / ``i wsp.`` (Polish),
``Novák a kol.`` (Czech, Slovak), ``Иванов и др.`` (Russian, Bulgarian), ``Шевченко та ін.``
(Ukrainian), ``Yılmaz vd.`` / ``ve ark.`` (Turkish), ``Nguyễn và cs.`` / ``và nnk.``
(Vietnamese), ``García y cols.`` (Spanish), ``Silva e col.`` (Portuguese), ``Kovács és
mtsai`` (Hungarian), ``Horvat i sur.`` (Croatian), ``Novak in sod.`` (Slovene), ``Popescu
și colab.`` (Romanian), ``Virtanen ym.`` (Finnish), ``Tamm jt`` (Estonian),
``Garmendia eta beste`` (Basque) -- and "et al."
in every one of them.  Defined once, for every reader and parser that finds such
citations in running text.
"""

from __future__ import annotations

# "and others" after the first author's name (the closing full stop is left out by many:
# "dkk", "vd", "mtsai"; what follows the words -- a comma, the year -- decides)
ET_AL = (
    r"(?:et\s+al"
    r"|dkk"  # Indonesian, Malay: dan kawan-kawan
    r"|u\.\s?a|e\.\s?a|m\.\s?fl|mfl|u\.\s?c"  # German, Dutch, Scandinavian, Latvian
    r"|o\.\s?o|o\.\s?fl|og\s+fl"  # Faroese (og onnur), Icelandic (og fleiri)
    r"|i\s+(?:in|wsp|sur|sar)|in\s+sod|a\s+(?:kol|spol)"  # Polish, Croatian, Serbian, ...
    r"|и\s+(?:др|сар)|(?:та|і)\s+(?:ін|інш)"  # Russian, Bulgarian, Serbian; Ukrainian
    r"|vd|ve\s+(?:ark|diğ)"  # Turkish
    r"|và\s+(?:cs|nnk|cộng\s+sự)"  # Vietnamese
    r"|y\s+(?:cols?|otros)|e\s+(?:cols?|coll|outros|altri)|et\s+coll"  # Spanish, ...
    r"|és\s+(?:mtsai|tsai)|[șş]i\s+(?:colab|alții)|ir\s+kt|ym|jt"  # Hungarian, ...
    r"|και\s+συν"  # Greek
    r"|eta\s+(?:beste(?:ak|ek|en)?|al))\.?"  # Basque: eta beste(ak), eta al.
)
# "and" between two authors' names (or an ampersand): English, German, Dutch and Afrikaans,
# French, Spanish, Italian and Portuguese, Swedish, Norwegian, Danish and Icelandic,
# Indonesian and Malay, Polish, Croatian and Catalan, Czech and Slovak, Welsh, Hungarian,
# Turkish, Vietnamese, Finnish and Estonian, Lithuanian, Latvian, Slovene, Romanian,
# Russian, Bulgarian and Serbian, Ukrainian, Greek, Basque, Maltese, Irish, Albanian
AND = (
    r"(?:and|&|und|en|et|y|e|och|og|dan|i|a|ac|és|ve|và|ja|ir|un|in|[șş]i|и|та|і|και|eta|u"
    r"|agus|dhe)"
)
# ... and in the Indic languages, whose names have no capitals: "and" in Nepali "र", Marathi
# "आणि" / "व", Hindi "और" / "एवं" / "तथा", Bengali "ও" / "এবং", Gujarati "અને", Punjabi "ਅਤੇ",
# Tamil "மற்றும்", Telugu "మరియు", Kannada "ಮತ್ತು"; "and others": Hindi "आदि" / "इत्यादि" /
# "एवं अन्य" / "और अन्य", Nepali "र अन्य" / "समेत", Marathi "व इतर" / "इत्यादी", Bengali
# "প্রমুখ" / "ও অন্যান্য", Gujarati "અને અન્ય"
AND_INDIC = r"(?:र|आणि|व|और|एवं|तथा|ও|এবং|અને|ਅਤੇ|மற்றும்|మరియు|ಮತ್ತು)"
ET_AL_INDIC = r"(?:आदि|इत्यादि|इत्यादी|समेत|(?:र|और|एवं|व)\s+(?:अन्य|इतर)|প্রমুখ|ও\s+অন্যান্য|અને\s+અન્ય)"
