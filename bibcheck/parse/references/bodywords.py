"""The words that make a name a body's (an organisation's), in one table for every parser.

A name is a body's when it holds a word saying what the body is -- a ministry, an agency, an
institute, a council, a university, a bank, a society -- in the languages cited: English,
the Romance languages, German and Dutch, the Nordic languages, Finnish, the Slavic languages
(Latin and Cyrillic letters), Greek, Turkish, Swahili, Welsh, Irish, Albanian, Hindi and the
other Indic languages.  A person's name holds no such word, and a title holds one only as a
common noun, which the case rules below tell apart.  Each row of :data:`TABLE` gives the
word, its language and its form:

* ``OPEN`` -- the word opens a word, its endings free: a plural, a definite or a case form
  (``Departments``, ``Institutet``, ``Ministeriums``, ``министерства``);
* ``WHOLE`` -- a whole word only, because it also opens other words (``Amt`` is no
  ``Amtmann``, ``Fund`` no ``Fundamental``, ``Banca`` no ``Bancarotta``);
* ``END`` -- the end of a compound that names a body (German ``Umweltbundesamt``,
  ``Bundesanstalt``; Nordic ``Naturvårdsverket``, ``Miljøstyrelsen``; Finnish
  ``Ruokavirasto``);
* ``OPENER`` -- a word that makes a body's name only when it opens it (``Statens vegvesen``,
  ``Państwowy Instytut``): the state's adjective, a word of many titles elsewhere;
* ``CLOSER`` -- a word that makes a body's name only when it closes it (``Geological
  Survey``, ``World Economic Forum``), a title's word elsewhere (``Survey of …``);
* ``SHAPE`` -- a few words together, written as a pattern (``Vláda České republiky``: a
  government by what it governs -- ``Vlada`` alone is also a given name).

The case rules: a word counts capitalised as written (an English or Romance name capitalises
its words, a German noun is always capitalised: ``institution`` in a sentence is no body);
a word whose language capitalises only a name's first word, or writes its words in any case,
is written in :data:`TABLE` with ``any_case`` (Cyrillic stems, ``banka``, ``contributors``).
A compound counts when it opens with a capital (``Umweltbundesamt``); a parser that knows it
holds a name may ask for any case (:func:`pattern` ``any_case=True``: ``Havs- och
vattenmyndigheten``).  A word only English spells so, followed by a word of a sentence in
small letters (``Board games``, ``Trust issues``, ``Group work``), is a title's word: an
English body's name goes on with capitals or with a small joining word (``Board of
Trustees``, ``Bank for International Settlements``), while a French one goes on in small
letters (``Office fédéral de la statistique``), hence only English's own words.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass

from bibcheck.lazyre import lazy_compile

__all__ = [
    "BODY_WORD",
    "TABLE",
    "BodyWord",
    "Form",
    "Language",
    "closes_with_body_word",
    "compound_end",
    "has_body_word",
    "pattern",
]


class Language(enum.Enum):
    """A language (or a family whose body words are spelt alike) of the table."""

    ENGLISH = "en"
    ROMANCE = "romance"
    GERMAN_DUTCH = "de-nl"
    NORDIC = "nordic"
    FINNISH = "fi"
    SLAVIC = "slavic"
    GREEK = "el"
    TURKISH = "tr"
    SWAHILI = "sw"
    CELTIC_ALBANIAN = "cy-ga-sq"
    HINDI = "hi"
    INDIC = "indic"  # the other Indic scripts: Kannada, Telugu, Tamil, Malayalam, Bengali …


class Form(enum.Enum):
    """How a body word stands in a name (see the module)."""

    OPEN = "open"
    WHOLE = "whole"
    END = "end"
    OPENER = "opener"
    CLOSER = "closer"
    SHAPE = "shape"


@dataclass(frozen=True)
class BodyWord:
    """One row of the table: the word (a pattern for ``SHAPE``), its language, its form,
    and whether its first letter may be small."""

    word: str
    language: Language
    form: Form
    any_case: bool = False


def _rows(
    language: Language, form: Form, words: str, *, any_case: bool = False
) -> tuple[BodyWord, ...]:
    # (a phrase's words are joined by "_": "Task_Force")
    return tuple(BodyWord(w.replace("_", " "), language, form, any_case) for w in words.split())


_EN, _RO, _DE, _NO = Language.ENGLISH, Language.ROMANCE, Language.GERMAN_DUTCH, Language.NORDIC
_FI, _SL, _EL, _TR = Language.FINNISH, Language.SLAVIC, Language.GREEK, Language.TURKISH
_SW, _CE, _HI = Language.SWAHILI, Language.CELTIC_ALBANIAN, Language.HINDI
_IN = Language.INDIC
_OPEN, _WHOLE, _END, _OPENER, _SHAPE = Form.OPEN, Form.WHOLE, Form.END, Form.OPENER, Form.SHAPE
# a Finnish name of genitives ("Terveyden ja hyvinvoinnin", up to four words, "ja" between
# two) closing with a body's word or a compound of one ("laitos", "ympäristökeskus"); the
# genitive's "-n" checked behind a possessive run, one split per word
_FI_BODY_ENDS = "laitos keskus virasto ministeriö instituutti yliopisto liitto säätiö lautakunta"
_FI_GENITIVE_BODY = (
    r"[A-ZÅÄÖ][a-zåäö-]{1,30}+(?<=n)(?:\s(?:ja\s)?[a-zåäö-]{1,30}+(?<=n)){0,3}"
    r"\s[a-zåäö-]{0,30}+(?:" + "|".join(f"(?<={w})" for w in _FI_BODY_ENDS.split()) + r")(?!\w)"
)

TABLE: tuple[BodyWord, ...] = (
    *_rows(
        _EN,
        _OPEN,
        """Society Association Institute Institution Council Agency Department Ministry Office
        Commission Committee Foundation University Bank Authority Service Union Board
        Organisation Organization Centre Center Corporation Company Group Bureau Laboratory
        Consortium Alliance Federation Trust Panel Task_Force Administration Government
        Parliament Collaborators Collaboration Network Initiative Programme
        Partnership Investigators Team Developers Inspectorate Chief_Inspector_of Inspector_of
        Ombudsman Regulator""",
    ),
    # the collective authors of an open project: "OpenStreetMap contributors"
    *_rows(_EN, _OPEN, "Contributors", any_case=True),
    *_rows(_EN, _WHOLE, "Observatory Fund Directorate Secretariat Academy Museum"),
    # a company's legal form ("Inc" opens "Income")
    *_rows(_EN, _WHOLE, "Inc Incorporated Ltd LLC"),
    # (a survey, a forum: a body closing its name, "Geological Survey", "World Economic
    # Forum"; a title's word elsewhere, "Survey of …", "Forum Italicum")
    *_rows(_EN, Form.CLOSER, "Survey Forum"),
    # French and the other Romance languages (French spells some words as English does:
    # they are French words too, and a French name goes on in small letters)
    *_rows(
        _RO,
        _OPEN,
        """Ministerio Ministério Ministero Ministère Instituto Istituto Institut Agência
        Agencia Agenzia Agence Secretaria Comissão Comisión Commissione Conselho Consejo
        Consiglio Conseil Fundação Fundación Fondazione Universidade Universidad Università
        Université Commissariato Commissariat Comisaría Comisaria Comissariado Ufficio Oficina
        Autoridad Autoridade Autorità Autorité Banco Banque Direzione_generale
        Dirección_General Direccion_General Direction_générale Direction_generale
        Direcção-Geral Direcção_Geral Direção-Geral Direção_Geral Direcao-Geral Direcao_Geral
        Association Commission Institution Union Service Office Bureau Administration
        Organisation Alliance Centre""",
    ),
    *_rows(
        _RO,
        _WHOLE,
        """Associazione Asociación Associação Associació Banca Fondo Fonds Osservatorio
        Observatoire Observatorio Observatório Observatori Ministeri Departamento Departament
        Dipartimento Département Direcção Direção Dirección Direcció Direzione Direction
        Directorio Secretaría Segreteria Secrétariat Serviço Serviços Servicio Servicios
        Servei Serveis Servizio Servizi Agència Repartição Comissió Comité Comitato Consell
        Conselleria Consejería Junta Administração Administración Administració
        Amministrazione Autoritat Inspecção Inspección Ispettorato Sociedade Sociedad
        Societat Società Société Fundació Fondation Federação Federación Federació
        Federazione Fédération Universitat Academia Acadèmia Accademia Académie Museu Museo
        Musée Laboratório Laboratorio Laboratori Laboratoire Centro Governo Gobierno Govern
        Gouvernement Generalitat Organização Organización Organizzazione Ente Parlement
        Syndicat Sindicato Sindacato Diretoria Superintendência""",
    ),
    # assemblies, courts, prosecutors and ombudsmen; Spanish and Portuguese administration
    # ("Diputación Provincial de León", "Câmara Municipal de Lisboa", "Xunta de Galicia";
    # Galician "Consellería do Mar", "Concello de Vigo", "Deputación de Lugo")
    *_rows(
        _RO,
        _WHOLE,
        """Assemblea Asamblea Assemblée Segretariato Senato Senado Sénat Parlamento Garante
        Difensore Defensoría Procura Fiscalía Tribunal Confederación Confederação
        Mancomunidad Diputación Ayuntamiento Consorcio Xunta Cabildo Câmara Cámara Colegio
        Consellería Concello Deputación""",
    ),
    # German and Dutch: a noun always capitalised; a compound by its end
    *_rows(
        _DE,
        _OPEN,
        """Ministerium Ministerie Stiftung Bundesamt Landesamt Generaldirektion Universität
        Universiteit Instituut""",
    ),
    *_rows(
        _DE,
        _WHOLE,
        "Vereinigung Verband Agentur Amt Museum Observatorium Kommission Behörde Akademie",
    ),
    # (a central bank: "Deutsche Bundesbank", "Oesterreichische Nationalbank")
    *_rows(_DE, _OPEN, "Bundesbank Nationalbank"),
    *_rows(
        _DE,
        _END,
        """verband agentur ministerium stiftung behörde amt anstalt dienst verwaltung institut
        archiv gericht instituut agentschap ministerie""",
    ),
    # Swedish, Norwegian, Danish, with their definite forms; a name capitalises its first
    # word only ("Sveriges geologiska undersökning", "Statens vegvesen")
    *_rows(
        _NO,
        _END,
        """myndighet myndigheten verket styrelse styrelsen institutt instituttet institutet
        direktorat direktoratet departement departementet tilsyn tilsynet etaten vesen
        undersökning undersøkelse""",
    ),
    *_rows(_NO, _OPENER, "Statens"),
    # Finnish ("Ilmatieteen laitos", "Suomen ympäristökeskus", "Ruokavirasto")
    *_rows(_FI, _END, "laitos keskus virasto ministeriö instituutti"),
    *_rows(_FI, _WHOLE, "Pankki"),
    # (... and the same words closing a name of words in the genitive, as Finnish names a
    # body after what it serves: "Terveyden ja hyvinvoinnin laitos", "Ilmatieteen laitos",
    # "Suomen ympäristökeskus", "Liikenteen turvallisuusvirasto", "Tampereen yliopisto")
    BodyWord(_FI_GENITIVE_BODY, _FI, _SHAPE),
    # Slavic in Latin letters (a name capitalises its first word only: "Hrvatska narodna
    # banka"); a government by what it governs ("Vlada Republike Slovenije")
    *_rows(_SL, _OPEN, "Ministerstvo Uniwersytet Urząd Úřad"),
    *_rows(
        _SL,
        _WHOLE,
        """Ministarstvo Ministrstvo Ministerstwo Zavod Agencija Agentura Uprava Ured Úrad
        Komisija Komise Sabor Skupština Sveučilište Univerzitet Univerza Akademija Inštitut
        Instytut Inspektorat Agencja Obserwatorium Asociace Akademia""",
    ),
    *_rows(_SL, _WHOLE, "banka", any_case=True),
    *_rows(_SL, _OPENER, "Państwowy Państwowa Główny Główna"),
    BodyWord(r"Vl[aá]d[aey]\s(?:Republik|Federacij|Česk|Slovensk|Kanton|Crne)", _SL, _SHAPE),
    # Russian, Ukrainian, Serbian in Cyrillic letters: stems, any case, any ending
    *_rows(_SL, _OPEN, "Міністерств"),
    *_rows(
        _SL,
        _OPEN,
        """асоціаці інститут університет спілк товариств комісі служб министерств
        министарств агентств институт университет комитет комисси совет управлени центр
        фонд ассоциаци обществ союз правительств администраци департамент банк академи палат
        метрополитен ведомств инспекци корпораци компани объединени библиотек музей музея
        архив""",
        any_case=True,
    ),
    *_rows(_SL, _WHOLE, "рада ради", any_case=True),
    *_rows(
        _EL,
        _OPEN,
        "Υπουργείο Ινστιτούτο Εταιρεία Ένωση Οργανισμός Σύλλογος Επιτροπή Πανεπιστήμιο Ακαδημία",
    ),
    # Turkish: the possessive forms that close a name ("Türkiye İstatistik Kurumu")
    *_rows(
        _TR,
        _WHOLE,
        """Bakanlığı Başkanlığı Müdürlüğü Belediyesi Kurumu Kurulu Üniversitesi Enstitüsü
        Derneği Vakfı Odası Birliği""",
    ),
    # ... and Uzbek and Azerbaijani, whose names capitalise their first word only
    # ("Oʻzbekiston davlat konservatoriyasi", "Toshkent davlat universiteti", "Madaniyat
    # vazirligi", "Azərbaycan Milli Elmlər Akademiyası")
    *_rows(
        _TR,
        _WHOLE,
        """konservatoriyasi universiteti instituti akademiyasi vazirligi qoʻmitasi qo‘mitasi
        agentligi konservatoriyası akademiyası nazirliyi""",
        any_case=True,
    ),
    *_rows(_SW, _WHOLE, "Wizara Shirika Taasisi Baraza Tume Mamlaka Idara Ofisi Benki Chuo_Kikuu"),
    *_rows(
        _CE,
        _WHOLE,
        """Comisiwn Cyngor Llywodraeth Adran Prifysgol Swyddfa Pwyllgor Awdurdod Sefydliad
        Coimisiún Comhairle Rialtas Roinn Ollscoil Oifig Údarás Institiúid Komisioni Këshilli
        Qeveria Ministria Universiteti Zyra Autoriteti Instituti Shërbimi Agjencia Drejtoria""",
    ),
    *_rows(
        _HI,
        _OPEN,
        """मंत्रालय मन्त्रालय प्राधिकरण निदेशालय विभाग आयोग संस्थान परिषद विश्वविद्यालय संगठन समिति अकादमी
        बोर्ड निगम बैंक बैङ्क""",
    ),
    # Marathi and Hindi: a municipal corporation or council, a government ("महाराष्ट्र
    # शासन"), a whole word (no "प्रशासन")
    *_rows(_HI, _OPEN, "महानगरपालिका नगरपालिका"),
    *_rows(_HI, _WHOLE, "शासन"),
    # the university, ministry, department, directorate, academy, board, commission and
    # authority of the other Indic scripts, their case endings free ("ಮಂಗಳೂರು
    # ವಿಶ್ವವಿದ್ಯಾಲಯ", "ಕರ್ನಾಟಕ ರಾಜ್ಯ ಪತ್ರಾಗಾರ ಇಲಾಖೆ", "తెలుగు విశ్వవిద్యాలయం", "சென்னைப்
    # பல்கலைக்கழகம்", "കേരള സർവകലാശാല", "কলকাতা বিশ্ববিদ্যালয়", "ગુજરાત વિદ્યાપીઠ")
    *_rows(
        _IN,
        _OPEN,
        """ವಿಶ್ವವಿದ್ಯಾಲಯ ವಿಶ್ವವಿದ್ಯಾನಿಲಯ ಸಚಿವಾಲಯ ಇಲಾಖೆ ನಿರ್ದೇಶನಾಲಯ ಪ್ರಾಧಿಕಾರ ಅಕಾಡೆಮಿ ಮಂಡಳಿ ಆಯೋಗ
        విశ్వవిద్యాలయ మంత్రిత్వ డైరెక్టరేట్ అకాడమీ మండలి కమిషన్
        பல்கலைக்கழக அமைச்சக இயக்ககம் ஆணையம் வாரியம்
        സർവകലാശാല മന്ത്രാലയ വകുപ്പ് ഡയറക്ടറേറ്റ് അക്കാദമി കമ്മീഷൻ
        বিশ্ববিদ্যালয় মন্ত্রণালয় মন্ত্রক অধিদপ্তর অধিদফতর পরিদপ্তর একাডেমি কমিশন
        યુનિવર્સિટી વિદ્યાપીઠ મંત્રાલય વિભાગ અકાદમી આયોગ
        ਯੂਨੀਵਰਸਿਟੀ ਮੰਤਰਾਲਾ ਮੰਤਰਾਲੇ ਵਿਭਾਗ ਅਕਾਦਮੀ
        ବିଶ୍ୱବିଦ୍ୟାଳୟ ମନ୍ତ୍ରଣାଳୟ ବିଭାଗ ଏକାଡେମୀ
        විශ්වවිද්‍යාලය අමාත්‍යාංශය දෙපාර්තමේන්තුව""",
    ),
)

# the capitals a compound opens with (Latin with its accents, Cyrillic, Greek)
_CAPITAL = "A-ZÀ-ÖØ-ÞА-ЯЁІЇЄЎΑ-Ω" + "".join(c for c in map(chr, range(0x100, 0x250)) if c.isupper())
# (a title's word in English: the next word in small letters and no joining word)
_SENTENCE_GOES_ON = r"(?!\w*\s(?!(?:with|from|into|upon|over|under)\b)[a-z]{4,}(?![\w'’-]))"


def _english_only() -> frozenset[str]:
    spelt = {row.word for row in TABLE if row.language is not Language.ENGLISH}
    return frozenset(row.word for row in TABLE if row.language is Language.ENGLISH) - spelt


# (a whole word or its plural, in the languages whose words take no case ending: no
# derived word, "Banking", "Officer", "Institutional", "Organisationnel")
_PLURAL_ONLY = frozenset({Language.ENGLISH, Language.ROMANCE, Language.GERMAN_DUTCH})
_PLURAL = r"(?:e?s|e?n|x)?(?!\w)"


def _alternative(
    row: BodyWord, any_case: bool, english_only: frozenset[str], whole: bool = False
) -> str:
    if row.form is Form.SHAPE:
        return row.word
    text = re.escape(row.word).replace(r"\ ", r"\s")
    if row.form is Form.END:
        return (
            rf"[^\W\d_]*{text}(?!\w)" if any_case else rf"[{_CAPITAL}][^\W\d_]{{1,30}}{text}(?!\w)"
        )
    if row.any_case or any_case:
        first = row.word[0]
        text = f"[{first.upper()}{first.lower()}]" + re.escape(row.word[1:]).replace(r"\ ", r"\s")
    if row.form is Form.OPENER:
        return rf"(?:^|(?<=[.:;]\s)){text}\s(?=\w)"
    if row.form is Form.CLOSER:
        return rf"{text}$"
    if row.form is Form.WHOLE:
        text += r"(?!\w)"
    elif whole and row.form is Form.OPEN and row.language in _PLURAL_ONLY:
        text += _PLURAL
    if row.word in english_only and not row.any_case:
        text += _SENTENCE_GOES_ON
    return text


def pattern(
    *,
    any_case: bool = False,
    edges: bool = False,
    languages: frozenset[Language] | None = None,
    whole: bool = False,
) -> str:
    """The pattern of a body word anywhere in a text, from :data:`TABLE` (see the module):
    capitalised as the table writes it, or in any case (``any_case``, for a text a parser
    already holds for a name); with the openers and the closers (``Statens``, ``Survey``)
    only when ``edges``: the text searched is one name, its start and end the name's.  Two
    filters for a parser with a narrower need: only the words of some ``languages`` (a word
    two languages spell alike is each one's), and an English, Romance, German or Dutch open
    word whole or in its plural only (``whole``: ``Banks``,
    ``Universitäten``, not ``Banking``, ``Institutional``), for a text that may be a
    title's part rather than a name."""
    english_only = _english_only()
    rows = [
        r
        for r in TABLE
        if (edges or r.form not in (Form.OPENER, Form.CLOSER))
        and (languages is None or r.language in languages)
    ]
    # (the longer word first, where one opens another: "Institution" before "Institut")
    rows.sort(key=lambda r: -len(r.word))
    # (a word two languages spell alike is one alternative: "Organisation", "Service")
    alternatives = dict.fromkeys(_alternative(r, any_case, english_only, whole) for r in rows)
    return r"\b(?:" + "|".join(alternatives) + ")"


# the table's words capitalised as written, no opener: what most parsers search for
BODY_WORD = pattern()
_BODY_WORD = lazy_compile(BODY_WORD)
# (an open word with its ending: "Karolinska Institutet", "World Banks")
_CLOSING = lazy_compile(rf"(?:{pattern(edges=True)})[^\W\d_]*$")


def compound_end(language: Language) -> str:
    """The pattern of one word, a compound of ``language`` closing with a body's word
    (``Bundesarchiv``, ``Umweltbundesamt``; not the word alone, ``Amt``): a filter over the
    table's ``END`` rows for a parser that reads the last word of a name."""
    ends = sorted((r.word for r in TABLE if r.language is language and r.form is Form.END), key=len)
    return rf"[{_CAPITAL}][^\W\d_]*(?:{'|'.join(map(re.escape, reversed(ends)))})"


def hyphenated_body(language: Language) -> str:
    """The pattern of a body's name of ``language`` written with hyphens, as German names
    an office or an institute after its field or a person (``Kraftfahrt-Bundesamt``,
    ``Friedrich-Loeffler-Institut``, ``Hans-Böckler-Stiftung``, and with the person's given
    name apart, ``Robert Koch-Institut``): capitalised parts joined by hyphens, the last a
    body's word or a compound closing with one (any case: ``-Institut``, ``-Bundesamt``); a
    person's double name (``Müller-Lüdenscheidt``) has none.  Bounded: three parts before
    the last at most, one word before them."""
    ends = sorted((r.word for r in TABLE if r.language is language and r.form is Form.END), key=len)
    part = rf"[{_CAPITAL}][^\W\d_]{{0,40}}"
    return (
        rf"(?:{part}\s)?(?:{part}-){{1,3}}(?=[{_CAPITAL}])"
        rf"(?i:[^\W\d_]{{0,40}}(?:{'|'.join(map(re.escape, reversed(ends)))}))"
    )


def has_body_word(text: str) -> bool:
    """Does ``text`` hold a word that makes a name a body's (see the module)?  (No opener
    nor closer: ``text`` may be more than a name.)"""
    return _BODY_WORD.search(text) is not None


def closes_with_body_word(name: str) -> bool:
    """Does ``name`` end with a body's word (``World Bank``, ``Internet Engineering Task
    Force``, ``Umweltbundesamt``)?"""
    return _CLOSING.search(name.strip()) is not None
