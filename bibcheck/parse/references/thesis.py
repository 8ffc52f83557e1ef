"""Is a work a thesis?  The designation a thesis names itself by, in every style and
language references are written in, and the university or school it was written at.

A thesis is cited with a designation of its genre where a book has its publisher:

- English: ``PhD thesis``, ``Ph.D. dissertation``, ``PhD diss.`` (Chicago), ``Doctoral
  dissertation``, ``Master's thesis``, ``MSc thesis``, ``Bachelor's thesis``,
  ``Thesis (Ph.D.)``, APA's ``[Doctoral dissertation, University]``, Vancouver's
  ``[dissertation]`` / ``[master's thesis]``, MLA's ``U of X, PhD dissertation``;
- German ``Dissertation``, ``Diss.``, ``Masterarbeit``, ``Magisterarbeit``, ``Diplomarbeit``,
  ``Habilitationsschrift``; French ``Thèse de doctorat``, ``Mémoire de master``; Italian
  ``Tesi di laurea``, ``Tesi di dottorato``; Spanish ``Tesis doctoral``, ``Tesis de
  maestría``; Portuguese ``Tese (Doutorado em …)``, ``Dissertação (Mestrado em …)``; Dutch
  ``Proefschrift``; Polish ``Praca doktorska``; Scandinavian ``Doktorsavhandling``;
  Indonesian and Malay ``Disertasi``, ``Tesis``, ``Skripsi``; Catalan ``Tesi doctoral``;
  Welsh ``Traethawd doethuriaeth``; Irish ``Tráchtas PhD``; Basque ``Doktore-tesia``;
  Estonian ``Doktoritöö``; Lithuanian ``Daktaro disertacija``; Slovene ``Magistrsko delo``;
  Afrikaans ``Proefskrif``, ``Meestersverhandeling``; Maltese ``Teżi tad-dottorat``;
  Albanian ``Disertacion doktorature``, ``Tezë masteri``, ``Punim diplome``;
  Russian and Ukrainian ``дис. … канд. техн. наук``, ``диссертация на соискание ученой
  степени``; Japanese and Chinese ``博士論文``, ``修士論文``, ``博士学位论文``; GB/T 7714's
  ``[D]`` (read by :mod:`.gbt`).

:func:`designation` finds the designation (a segment of its own: a book titled
"Dissertation on the Canon Law" names none); :func:`institution` the university named
with it; :func:`as_thesis` makes a parsed reference a thesis (the university is not its
publisher).  The structured readers (BibTeX, CSL-JSON, COinS, wiki templates, Hayagriva)
call :func:`degree_of` on their type field.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind, ThesisType

__all__ = ["Designation", "as_thesis", "degree_of", "designation", "institution", "structured"]


@dataclass(frozen=True, slots=True)
class Designation:
    degree: ThesisType
    text: str  # as written: "PhD thesis", "Tesi di laurea", "дис. … канд. техн. наук"
    start: int
    end: int


_DOC = ThesisType.DOCTORAL
_MA = ThesisType.MASTERS
_OTHER = ThesisType.OTHER

# the degree words before "thesis" / "dissertation" (English)
_EN_DOCTORAL = (
    r"Ph\.?\s?D\.?|D\.?\s?Phil\.?|Ed\.?\s?D\.?|D\.?\s?Sc\.?|Dr\.?\s?(?:phil|rer\.\s?nat|ing)\.?"
    r"|Doctoral|Doctorate|Doctor['’]?s|PhD"
    # (the professional doctorates: music, business, psychology, theology, letters,
    # nursing, public health: "DMA diss.", "D.Mus. thesis", "PsyD dissertation")
    r"|D\.?\s?M\.?\s?A\.?|D\.?\s?Mus\.?|Mus\.?\s?D\.?|D\.?\s?B\.?\s?A\.?|Psy\.?\s?D\.?"
    r"|Th\.?\s?D\.?|D\.?\s?Litt\.?|D\.?\s?N\.?\s?P\.?|Dr\.?\s?P\.?\s?H\.?"
)
_EN_MASTERS = (
    r"M\.?\s?Sc\.?|M\.?\s?S\.?|M\.?\s?A\.?|M\.?\s?Phil\.?|M\.?\s?Eng\.?|M\.?\s?Res\.?"
    r"|MBA|LL\.?\s?M\.?|Master['’]?s|Masters|Master"
    # ("MMus thesis", "MFA thesis", "M.Ed. thesis", "MPH thesis")
    r"|M\.?\s?Mus\.?|M\.?\s?F\.?\s?A\.?|M\.?\s?Ed\.?|M\.?\s?P\.?\s?H\.?"
)
_EN_OTHER = (
    r"B\.?\s?Sc\.?|B\.?\s?A\.?|Bachelor['’]?s|Bachelor|Honou?rs|Undergraduate|Senior|Diploma"
    r"|Licentiate|Habilitation|Graduate"
)
_GENRE_EN = r"(?:thesis|dissertation|diss\.)"
# a degree's field in parentheses after it: "MSc (Agric) thesis", "MSc (Agric)-tesis",
# "PhD (Eng) thesis"
_FIELD = r"(?:\s?\([A-Z][a-z]{1,10}\.?\))?"
_UNPUB = r"(?:(?:Unpublished|Published|Online)\s)?"
# Turkish "Yayımlanmamış" / "Yayınlanmamış" (unpublished) before the designation
_UNPUB_TR = r"(?:Yay[ıi][mn]lanmam[ıi]ş\s)?"

# the fields of France's professional doctorates (a "thèse d'exercice")
_FR_FIELD = (
    r"(?:m[ée]decine(?:\sv[ée]t[ée]rinaire|\sg[ée]n[ée]rale)?|pharmacie|chirurgie\sdentaire"
    r"|odontologie|ma[ïi]eutique)"
)

# (pattern, degree); a pattern's "deg" group, when set, decides the degree by its words
_PATTERNS: tuple[tuple[str, ThesisType], ...] = (
    (rf"{_UNPUB}(?:{_EN_DOCTORAL}){_FIELD}\s{_GENRE_EN}", _DOC),
    (rf"{_UNPUB}(?:{_EN_MASTERS}){_FIELD}\s{_GENRE_EN}", _MA),
    (rf"{_UNPUB}(?:{_EN_OTHER}){_FIELD}\s{_GENRE_EN}", _OTHER),
    # Afrikaans: a doctorate's "proefskrif" ("PhD-proefskrif", "DPhil-proefskrif",
    # "Doktorale proefskrif"), a master's "tesis" after its degree ("MSc-tesis", "MSc
    # (Agric)-tesis", "MA-tesis", "Magister-tesis", "Meestersgraadtesis") or "skripsie"
    (rf"(?:(?:{_EN_DOCTORAL}|D\.?\s?Phil\.?|DLitt|Doktorale){_FIELD}[-\s])?Proefskrif", _DOC),
    (
        rf"(?:{_EN_MASTERS}|Magister|Meesters|M){_FIELD}-?tesis|Meestersgraad-?tesis"
        r"|Magister-?skripsie|Meesters-?skripsie",
        _MA,
    ),
    (r"Honneurs-?skripsie|B\.?\s?(?:Sc|A)\.?\s?Hons\.?-?skripsie", _OTHER),
    # a library catalogue's "Thesis (Ph.D.)", "Thesis (M.A.)"
    (rf"Thesis\s\((?:{_EN_DOCTORAL})\)", _DOC),
    (rf"Thesis\s\((?:{_EN_MASTERS})\)", _MA),
    # German
    (r"(?:Inaugural-?)?Dissertation|Diss\.|Doktorarbeit|Promotionsschrift", _DOC),
    (r"Master-?arbeit|Magisterarbeit|Masterthesis", _MA),
    (
        r"Habilitationsschrift|Habil\.-Schr\.|Diplomarbeit|Bachelor-?arbeit|Staatsexamensarbeit"
        r"|Zulassungsarbeit|Seminararbeit",
        _OTHER,
    ),
    # Luxembourgish ("Aarbecht", a work: "Doktoraarbecht", "Doktorarbecht", "Dissertatioun";
    # "Masteraarbecht", "Bachelor-Aarbecht")
    (r"Doktor-?a?arbecht|Dissertatioun", _DOC),
    (r"Master-?a?arbecht", _MA),
    (r"Bachelor-?a?arbecht", _OTHER),
    # French (a doctor of medicine's or pharmacy's "thèse d'exercice", its field after it:
    # "Thèse d'exercice de médecine", "thèse de médecine", "thèse pour le diplôme d'État de
    # docteur en pharmacie"; a master's "mémoire de master 2")
    (
        rf"Th[èe]se\s(?:d['’]exercice(?:\s(?:de|en)\s{_FR_FIELD})?|de\s{_FR_FIELD}"
        rf"|pour\sle\sdipl[ôo]me\sd['’][ÉEée]tat\sde\sdocteur\sen\s{_FR_FIELD})",
        _DOC,
    ),
    (r"Th[èe]se\sde\sdoctorat|Th[èe]se\sd['’][ÉE]tat|Th[èe]se\sde\sPhD|Th[èe]se", _DOC),
    (
        r"M[ée]moire\sde\s(?:master(?:\s[12])?|ma[îi]trise|DEA|DESS|fin\sd['’][ée]tudes)",
        _MA,
    ),
    (r"M[ée]moire\sd['’]habilitation(?:\s[àa]\sdiriger\sdes\srecherches)?", _OTHER),
    # Italian
    (r"Tesi\sdi\sdottorato(?:\sdi\sricerca)?|Tesi\sdottorale", _DOC),
    (r"Tesi\sdi\slaurea\s(?:magistrale|specialistica)|Tesi\sdi\smaster", _MA),
    (r"Tesi\sdi\slaurea(?:\striennale)?|Tesi\sdi\sspecializzazione", _OTHER),
    # Spanish
    (r"Tesis\sdoctoral|Tesis\sde\sdoctorado|Tesis\s\(?Doctorado\b[^()\]]{0,80}\)?", _DOC),
    (
        r"Tesis\sde\s(?:maestr[íi]a|m[áa]ster)|Trabajo\s(?:de\s)?fin\sde\sm[áa]ster"
        r"|Tesis\s\(?Maestr[íi]a\b[^()\]]{0,80}\)?",
        _MA,
    ),
    (r"Tesis\sde\s(?:licenciatura|grado)|Trabajo\s(?:de\s)?fin\sde\sgrado", _OTHER),
    # Tagalog/Filipino (a Philippine law review's note: "(di-nalathalang tesis masteral,
    # Unibersidad ng …)", unpublished master's thesis; "disertasyong doktoral")
    (
        r"(?:di-nalathalang\s)?(?:tesis\s(?:doktoral|pandoktorado)|disertasyon(?:g\sdoktoral)?)",
        _DOC,
    ),
    (r"(?:di-nalathalang\s)?tesis\s(?:masteral|pang-?masteral)", _MA),
    # Portuguese: "Tese" is a doctorate's, "Dissertação" a master's
    (
        r"Tese\s\((?:Doutorado|Doutoramento)\b[^()]{0,120}\)|Tese\sde\s(?:doutorado|doutoramento)",
        _DOC,
    ),
    (r"Disserta[çc][ãa]o\s\(Mestrado\b[^()]{0,120}\)|Disserta[çc][ãa]o\sde\smestrado", _MA),
    (
        r"Tese\s\(Livre-?Doc[êe]ncia\b[^()]{0,120}\)|Monografia\s\([^()]{0,120}\)"
        # (a bachelor's or specialisation's final paper: "Trabalho de Conclusão de Curso
        # (Graduação em …)", "TCC (Especialização em …)")
        r"|Trabalho\sde\sConclus[ãa]o\sde\sCurso(?:\s\([^()]{0,120}\))?|TCC\s\([^()]{0,120}\)",
        _OTHER,
    ),
    # Dutch, Polish, Czech, Scandinavian, Icelandic, Finnish, Turkish
    (
        # (Czech "Disertační práce" or "Dizertační práce", Slovak "Dizertačná práca")
        r"Proefschrift|Praca\sdoktorska|Rozprawa\sdoktorska|Di[sz]erta[čc]n[íiáa]\spr[áa]c[ea]"
        r"|Doktorsavhandling|Doktoravhandling|Ph\.?\s?d\.?-afhandling|V[äa]it[öo]skirja"
        # (Icelandic "doktorsritgerð", Norwegian "doktorgradsavhandling")
        r"|Doktorsritger[ðd]|Doktorgradsavhandling"
        rf"|{_UNPUB_TR}Doktora\stezi",
        _DOC,
    ),
    (
        # (Slovak "Diplomová práca"; Croatian "Diplomski rad", Slovene "Magistrsko delo")
        r"Masterscriptie|Doctoraalscriptie|Praca\smagisterska|Diplomov[áa]\spr[áa]c[ea]"
        r"|Diplomski\srad|Magistrsko\sdelo"
        r"|Masteroppgave|Masteruppsats|Pro\sgradu(?:\s-tutkielma)?"
        # (Icelandic "MA-ritgerð", "MS-ritgerð", "meistararitgerð", "meistaraprófsritgerð";
        # Danish "specialeafhandling")
        r"|M\.?\s?[AS]\.?-ritger[ðd]|Meistara(?:prófs)?ritger[ðd]|Specialeafhandling"
        rf"|{_UNPUB_TR}Y[üu]ksek\slisans\stezi",
        _MA,
    ),
    (
        # (Slovak "Bakalárska práca", "Rigorózna práca"; Croatian "Završni rad", Slovene
        # "Diplomsko delo")
        r"Bakal[áa](?:[řr]sk[áa]|rska)\spr[áa]c[ea]|Rigor[óo]zn[ia]\spr[áa]c[ea]"
        r"|Zavr[šs]ni\srad|Diplomsko\sdelo|Praca\slicencjacka|Licentiatavhandling"
        r"|Examensarbete|Bachelorscriptie|B\.?\s?[AS]\.?-ritger[ðd]|Lokaritger[ðd]",
        _OTHER,
    ),
    # Indonesian and Malay ("Disertasi" a doctorate's, "Tesis" a master's, "Skripsi" a
    # bachelor's), Catalan, Romanian, Croatian and Serbian, Hungarian, Vietnamese
    (
        r"Disertasi(?:\s(?:doktor|Doktoral|PhD))?|Tesis\s(?:PhD|Doktor(?:al)?|Kedoktoran)"
        r"|Tesi\sdoctoral|Tez[ăa]\sde\sdoctorat|Doktorska\s(?:disertacija|dizertacija)"
        r"|Doktori\s(?:értekezés|disszertáció)|PhD-értekezés|Luận\sán\stiến\ssĩ",
        _DOC,
    ),
    # Serbian, Croatian, Bosnian, Montenegrin (both scripts), Macedonian and Bulgarian: a
    # doctorate's "докторска дисертација" / "doktorski rad" / "докторска дисертация", a
    # master's "мастер рад", "magistarski rad", "магистарска теза", "магистърска теза"; a
    # first degree's "diplomski rad", "završni rad", "дипломна работа"
    (
        r"Докторска\sдисертаци(?:ја|я)|Doktorski\srad|Докторски\sрад|Докторска\sтеза",
        _DOC,
    ),
    (
        r"Master\srad|Мастер\sрад|Magistarski\srad|Магистарски\sрад|Magistarska\steza"
        r"|Магистарска\sтеза|Магистърска\sтеза|Магистерска\sтеза",
        _MA,
    ),
    # (the Latin "Diplomski rad", "Završni rad" are read above, with the Croatian and Slovene
    # words: "Diplomski rad" a master's there, as Croatia's graduate degree names it)
    (r"Дипломски\sрад|Завршни\sрад|Дипломна\sработа", _OTHER),
    (r"Tesis\s(?:Magister|Sarjana|S2)|Tesi\sde\smàster|Luận\svăn\sthạc\ssĩ", _MA),
    (r"Skripsi|Tesis|Treball\sde\sfi\sde\sgrau", _OTHER),
    # Russian, Ukrainian, Belarusian: "дис. … канд. техн. наук", "дис. ... д-ра экон. наук",
    # "диссертация на соискание ученой степени кандидата …", "дисертація", Belarusian "дыс.
    # … канд. гіст. навук", "дысертацыя на атрыманне вучонай ступені кандыдата … навук"
    (
        r"(?:[Дд]ис(?:\.|сертация|ертація)|[Дд]ыс(?:\.|ертацыя))"
        r"\s?(?:на\s(?:соиск|атрым)[^\s]*\s[^\s]+\s[^\s]+\s)?"
        r"(?:…|\.\.\.|\.\s\.\s\.)?\s?(?:канд(?:идата|ыдата)?|д-ра|докт(?:ора|ара)?)\.?"
        r"(?:\s[а-яёіїў-]{1,16}\.?){0,3}\s(?:наук|навук|н\.)",
        _DOC,
    ),
    (r"(?:кандидатская|докторская)\sдиссертация|(?:кандидатська|докторська)\sдисертація", _DOC),
    (r"магистерская\sдиссертация|выпускная\sквалификационная\sработа", _MA),
    # the Turkic languages of Russia and Central Asia: a candidate's or doctor's degree, its
    # field before it, then the word: Tatar "тарих фәннәре кандидаты диссертациясе",
    # "кандидатлык диссертациясе", Bashkir "… фәндәре кандидаты диссертацияһы", Kazakh
    # "кандидаттық диссертация", "докторлық диссертациясы", Kyrgyz "кандидаттык
    # диссертация", Uzbek "tarix fanlari nomzodi dissertatsiyasi", "nomzodlik
    # dissertatsiyasi", Azerbaijani "namizədlik dissertasiyası"
    (
        r"(?:[^\W\d_]{2,20}\s){0,2}(?:кандидат(?:ы|лы[кҡ]|т[ыі][кқ])|доктор(?:ы|лы[кҡ]|л[ыу][кқ])"
        r"|PhD\sдокторлы[кқ]|nomzod(?:i|lik)|doktor(?:i|lik)|namizəd(?:i|lik))"
        r"\s(?:диссертаци[яи]|dissertatsiya|dissertasiya)[^\W\d_]{0,4}",
        _DOC,
    ),
    (
        r"(?:магистрлы[кҡ]|магистрлі[кқ]|магистрдик|magistrlik)"
        r"\s(?:диссертаци[яи]|dissertatsiya|dissertasiya)[^\W\d_]{0,4}",
        _MA,
    ),
    # Hindi: "पीएच.डी. शोध-प्रबंध" (a doctorate's), "एम.फिल. लघु शोध-प्रबंध" (a minor one);
    # Nepali "विद्यावारिधि शोधप्रबन्ध" (a doctorate's), "स्नातकोत्तर शोधपत्र" / "एम.ए. शोधप्रबन्ध"
    # (a master's): "शोधपत्र" alone is any research paper
    (
        r"(?:एम\.?\s?फ़?िल\.?\s)?लघु[-\s]शोध[-\s]?प्रब(?:ं|न्)ध"
        r"|(?:स्नातकोत्तर|एम\.?\s?ए\.?)\sशोध[-\s]?(?:पत्र|प्रब(?:ं|न्)ध)",
        _MA,
    ),
    (
        r"(?:(?:पीएच\.?\s?डी\.?|विद्यावारिधि)\s)?शोध[-\s]?प्रब(?:ं|न्)ध"
        r"|पीएच\.?\s?डी\.?\sप्रब(?:ं|न्)ध|विद्यावारिधि\sशोध[-\s]?पत्र",
        _DOC,
    ),
    # Tamil "முனைவர் பட்ட ஆய்வேடு" (a doctorate's), "ஆய்வியல் நிறைஞர் பட்ட ஆய்வேடு" (an
    # M.Phil.'s); Bengali "পিএইচডি অভিসন্দর্ভ", "এম.ফিল. অভিসন্দর্ভ"; Malayalam "ഗവേഷണ
    # പ്രബന്ധം" (a research thesis; "പ്രബന്ധം" alone is any paper); Telugu "సిద్ధాంత గ్రంథం";
    # Kannada "ಮಹಾಪ್ರಬಂಧ"; Gujarati "મહાનિબંધ", "શોધ પ્રબંધ"
    (
        r"ஆய்வியல்\sநிறைஞர்(?:\sபட்ட)?\sஆய்வேடு|எம்\.?\s?ஃபில்\.?\s(?:பட்ட\s)?ஆய்வேடு"
        r"|এম\.?\s?ফিল\.?\sঅভিসন্দর্ভ",
        _MA,
    ),
    (
        r"(?:முனைவர்(?:\sபட்ட)?\s)?ஆய்வேடு|(?:পিএইচ\.?\s?ডি\.?\s)?অভিসন্দর্ভ"
        r"|(?:പിഎച്ച്\.?\s?ഡി\.?|ഗവേഷണ)\sപ്രബന്ധം|(?:పిహెచ్\.?\s?డి\.?\s)?సిద్ధాంత\sగ్రంథం"
        r"|(?:ಪಿಎಚ್\.?\s?ಡಿ\.?\s)?ಮಹಾಪ್ರಬಂಧ|(?:પીએચ\.?\s?ડી\.?\s)?મહાનિબંધ|શોધ[-\s]પ્રબંધ",
        _DOC,
    ),
    # Punjabi (Gurmukhi): "ਪੀਐਚ.ਡੀ. ਥੀਸਿਸ" / "ਪੀਐਚ.ਡੀ. ਖੋਜ-ਪ੍ਰਬੰਧ" (a doctorate's), "ਖੋਜ-ਪ੍ਰਬੰਧ"
    # (a research thesis) alone, "ਐਮ.ਫ਼ਿਲ. ਥੀਸਿਸ" / "ਐਮ.ਫ਼ਿਲ. ਖੋਜ-ਨਿਬੰਧ" (an M.Phil.'s, "ਫ਼" with its
    # nukta or precomposed), "ਐਮ.ਏ. ਥੀਸਿਸ"; Sinhala "ආචාර්ය උපාධි නිබන්ධනය" (a doctorate's),
    # "දර්ශනපති" / "ශාස්ත්‍රපති" / "විද්‍යාපති නිබන්ධනය" (an M.Phil.'s, an M.A.'s, an M.Sc.'s),
    # "උපාධි නිබන්ධනය" (a degree's) and "නිබන්ධනය" alone; Punjabi "ਥੀਸਿਸ" (the English word)
    # alone: the degree unsaid
    (
        r"(?:ਪੀ\.?\s?-?ਐ[ਚੱ]?ਚ\.?\s?ਡੀ\.?)\s(?:ਥੀਸਿਸ|ਖੋਜ[-\s]?ਪ੍ਰਬੰਧ)|ਖੋਜ[-\s]?ਪ੍ਰਬੰਧ"
        r"|(?:ආචාර්ය(?:\sඋපාධි)?|පීඑච්\.?\s?ඩී\.?)\sනිබන්ධනය",
        _DOC,
    ),
    (
        r"(?:ਐਮ\.?\s?(?:ਫ(?:\u0a3c)?ਿਲ|\u0a5eਿਲ|ਏ)\.?)\s(?:ਥੀਸਿਸ|ਖੋਜ[-\s]?(?:ਨਿਬੰਧ|ਪ੍ਰਬੰਧ))"
        r"|ਖੋਜ[-\s]?ਨਿਬੰਧ|(?:දර්ශනපති|ශාස්ත්\u200d?රපති|විද්\u200d?යාපති)\sනිබන්ධනය",
        _MA,
    ),
    (r"ਥੀਸਿਸ|(?:උපාධි\s)?නිබන්ධනය", _OTHER),
    # Urdu "پی ایچ ڈی مقالہ" (a doctorate's), "ایم فل مقالہ" / "ایم اے مقالہ" (a master's);
    # Persian "رسالهٔ دکتری" / "پایان‌نامهٔ دکتری" (a doctorate's), "پایان‌نامهٔ کارشناسی
    # ارشد" (a master's), "پایان‌نامه" alone; Arabic "أطروحة دكتوراه" / "رسالة دكتوراه" (a
    # doctorate's), "رسالة ماجستير" / "مذكرة ماجستير" (a master's)
    (
        r"پی\sایچ\.?\s?ڈی\.?\sمقال[ہه]|(?:رسال|پایان\u200c?\s?نام)(?:ه|هٔ|ۀ)\s(?:دکتری|دکترا)"
        r"|(?:أطروحة|اطروحة|رسالة)\s(?:ال)?دكتوراه?",
        _DOC,
    ),
    (
        r"ایم\.?\s?(?:فل|اے)\.?\sمقال[ہه]|پایان\u200c?\s?نام(?:ه|هٔ|ۀ)\sکارشناسی\sارشد"
        r"|(?:رسالة|أطروحة|مذكرة)\s(?:ال)?ماجستير",
        _MA,
    ),
    (r"پایان\u200c?\s?نامه", _OTHER),
    # Greek: "Διδακτορική διατριβή", "Μεταπτυχιακή (διπλωματική) εργασία", "Πτυχιακή εργασία"
    (r"Διδακτορική\sδιατριβή", _DOC),
    (r"Μεταπτυχιακή\s(?:διπλωματική\s)?(?:εργασία|διατριβή)", _MA),
    (r"(?:Διπλωματική|Πτυχιακή)\sεργασία", _OTHER),
    # Welsh ("[Traethawd doethuriaeth, Prifysgol Bangor]", "Traethawd PhD", "Traethawd
    # MPhil"), Irish ("Tráchtas PhD", "Tráchtas dochtúireachta", "Tráchtas máistreachta"),
    # Basque ("Doktore-tesia", "Doktoretza tesia", "Master Amaierako Lana"), Estonian
    # ("doktoritöö", "magistritöö"), Lithuanian ("daktaro disertacija", "magistro
    # baigiamasis darbas"), Afrikaans ("MA-verhandeling"), Maltese ("Teżi tad-dottorat");
    # Slovene "magistrsko delo", "diplomsko delo" and Afrikaans "proefskrif", "skripsie" are
    # read above
    (
        r"Traethawd\s(?:doethuriaeth|doethur|PhD|Ph\.D\.)|Tr[áa]chtas\s(?:PhD|Ph\.D\."
        r"|docht[úu]ireachta)|Doktore(?:tza|go)?[-\s]tesia|Doktorit[öo][öo]|Doktoriv[äa]itekiri"
        r"|Daktaro\sdisertacija|Te[żz]i\stad-dottorat"
        # (Maltese "Teżi tal-PhD", "Teżi tad-Dottorat")
        r"|Te[żz]i\stal-Ph\.?\s?D\.?",
        _DOC,
    ),
    (
        r"Traethawd\s(?:meistr|MPhil|MA|MSc|M\.?Phil\.?|ymchwil\smeistr)"
        r"|Tr[áa]chtas\s(?:m[áa]istreachta|MA|MSc|MPhil)|Master\samaierako\slana"
        r"|Magistrit[öo][öo]|Magistro\s(?:baigiamasis\s)?darbas"
        r"|(?:Meesters|M[AS]-|M\.[AS]\.-)verhandeling"
        # (Maltese "Teżi tal-Masters", "Teżi tal-M.A.", "Teżi tal-M.Sc.", "Dissertazzjoni
        # tal-Masters": "tal-" the article's "of the" before the degree)
        r"|(?:Te[żz]i|Dissertazzjoni)\stal-(?:Masters?|M\.?\s?(?:A|Sc|Phil)\.?|MA|MSc|MPhil)",
        _MA,
    ),
    (
        r"Bakalaureuset[öo][öo]|Bakalauro\s(?:baigiamasis\s)?darbas|Gradu\samaierako\slana"
        # (Maltese "Teżi tal-B.A.", "Dissertazzjoni tal-Baċellerat")
        r"|(?:Te[żz]i|Dissertazzjoni)\stal-(?:B\.?\s?(?:A|Sc|Ed)\.?|Ba[ċc]ellerat|BA|BSc)",
        _OTHER,
    ),
    # Albanian: a doctorate's "disertacion doktorature" / "tezë (temë, punim) doktorature"
    # ("disertacioni i doktoraturës", "disertacion" alone), a master's "tezë (temë, punim)
    # masteri", a first degree's "punim (temë) diplome"; Bulgarian "дисертационен труд";
    # Romanian "lucrare de disertație" (a master's), "lucrare de licență" (a bachelor's)
    (
        r"Disertacion(?:i\si\sdoktoraturës|\sdoktorature)?|(?:Tez|Tem)ë\sdoktorature"
        r"|Punim\sdoktorature|Дисертационен\sтруд",
        _DOC,
    ),
    (r"(?:Tez|Tem)ë\s(?:e\s)?masteri|Punim\smasteri|Lucrare\sde\sdisertați[ea]", _MA),
    (r"(?:Punim|Temë)\sdiplome|Lucrare\sde\slicenț[ăa]", _OTHER),
    # Armenian: a candidate's or a doctor's "թեկնածուական (դոկտորական) ատենախոսություն",
    # "ատենախոսություն" alone, a master's "մագիստրոսական թեզ (ատենախոսություն, աշխատանք)",
    # a first degree's "ավարտական (բակալավրական) աշխատանք"; Georgian: "სადოქტორო
    # (საკანდიდატო) დისერტაცია", "დისერტაცია" alone, a master's "სამაგისტრო ნაშრომი (თეზისი)"
    # (the author's abstract, "ատենախոսության սեղմագիր", "დისერტაციის ავტორეფერატი", in the
    # genitive, is no designation: a booklet of its own, as "автореф. дис." is)
    (
        r"(?:Թեկնածուական\s|Դոկտորական\s)?Ատենախոսություն"
        r"|(?:სადოქტორო\s|საკანდიდატო\s)?დისერტაცია",
        _DOC,
    ),
    (
        r"Մագիստրոսական\s(?:թեզ|ատենախոսություն|աշխատանք)"
        r"|სამაგისტრო\s(?:ნაშრომი|თეზისი|დისერტაცია)",
        _MA,
    ),
    (r"(?:Ավարտական|Բակալավրական)\sաշխատանք|საბაკალავრო\sნაშრომი", _OTHER),
    # Amharic: a degree's "ማሟያ ጽሑፍ" (the paper completing it) or "መመረቂያ ጽሑፍ" (graduation
    # paper) named by the degree, a doctorate's "የዶክትሬት (ዲግሪ ማሟያ) ጽሑፍ" / "የዶክትሬት ጥናታዊ ጽሑፍ" /
    # "የዶክትሬት ዲሰርቴሽን", a master's "የማስተርስ ዲግሪ ማሟያ ጽሑፍ" / "የማስተርስ ቴሲስ", a first
    # degree's "የመጀመሪያ (የባችለር) ዲግሪ ማሟያ ጽሑፍ"; "ጥናታዊ ጽሑፍ" (research paper) or "የመመረቂያ ጽሑፍ"
    # alone, a thesis of no degree named
    (
        r"የዶክትሬት\s(?:ዲግሪ\s)?(?:ማሟያ|መመረቂያ|ጥናታዊ)\sጽሑፍ|የዶክትሬት\s(?:ዲሰርቴሽን|ጽሑፍ)",
        _DOC,
    ),
    (r"የማስተርስ\s(?:ዲግሪ\s)?(?:(?:ማሟያ|መመረቂያ|ጥናታዊ)\sጽሑፍ|ቴሲስ)", _MA),
    (
        r"(?:የመጀመሪያ|የባችለር)\sዲግሪ\s(?:ማሟያ|መመረቂያ)\sጽሑፍ|ጥናታዊ\sጽሑፍ|የመመረቂያ\sጽሑፍ",
        _OTHER,
    ),
    # Japanese, Chinese
    (r"博士(?:学位)?論文|博士(?:学位)?论文", _DOC),
    (r"修士(?:学位)?論文|硕士(?:学位)?论文", _MA),
    (r"卒業論文|学士(?:学位)?论文", _OTHER),
    # bare English genre words (Vancouver's "[dissertation]", "Thesis, University of X")
    (r"(?:Doctoral\s)?[Dd]issertation", _DOC),
    (r"[Tt]hesis", _OTHER),
)
_ALTERNATIVES = "|".join(f"(?P<d{i}>{p})" for i, (p, _d) in enumerate(_PATTERNS))
# (after a closing quotation mark: “ closes German and Icelandic titles, „Titill.“ MA-ritgerð)
_OPEN = r"[.,;:(\[/『』「」【】（）、，。．\"“”’'»]"
_CLOSE = r"[.,;:)\]/–—、，。．）】]"
# a designation is a segment of its own: after the start, a separator or a bracket, and
# before a separator, a bracket or the end ("Dissertation on the Canon Law" is a title)
_FIND = lazy_compile(
    rf"(?:^|(?<={_OPEN}\s)|(?<={_OPEN})|(?<=[–—-]\s)|(?<=--))(?:{_ALTERNATIVES})"
    # (its field after it, in French, Spanish and Portuguese: "thèse de doctorat en histoire")
    rf"(?:(?={_CLOSE}|\s{_CLOSE}|\s?--|\s\(|\s(?:at|submitted|presented|an\sder|en|em)\s|\s*$)"
    r"|(?<=\.))",
    re.IGNORECASE,
)
# an automatic summary of a dissertation is a booklet of its own, not the thesis
_ABSTRACT = lazy_compile(
    r"(?:автореф(?:ерат)?\.?|авторэф\.|аўтарэф(?:ерат)?\.?)\s?$", re.IGNORECASE
)

# a university or school, in the languages theses are written in
_SCHOOL = lazy_compile(
    r"\b(?:(?i:univ|uniwersytet|egyetem|yliopisto|üniversite|korkeakoulu|högskola|høgskole"
    r"|hogeschool|hochschule|politecnico|politécnic|polytechn"
    # (Welsh, Irish, Basque, Estonian, Icelandic)
    r"|prifysgol|ollscoil|unibertsitate|ülikool|háskól"
    # (Tagalog/Filipino: a university, a college)
    r"|unibersidad|pamantasan|kolehiyo)"
    r"|College|Colegio|Collège|Collegium|Coll\.|Institut|Inst\.|Academ|Akadem|Accademia"
    r"|School|Schule|[ÉE]cole|Escola|Escuela|Scuola|Facult|Fakult|Department|Dept\b|Seminary"
    r"|Conservato)"
    r"|\b(?:TU|ETH|EPFL|MIT|KTH|UCL|UCLA|NTNU|LMU|RWTH|Technion|Caltech|CUNY|SUNY|U\sof|U\sde"
    r"|Uni)\b"
    r"|(?i:πανεπιστήμι|πολυτεχνείο)"
    r"|(?i:ун-т|ин-т|ін-т|университет|універсітэт|університет|институт|інститут|академи"
    r"|акад\.|универзитет|факултет|свеучилиште|sveučilište|fakultet|univerzitet)"
    r"|大学|大學|学院|學院|研究院|研究所"
    # (Armenian and Georgian: a university, an institute, an academy, a faculty)
    r"|(?i:համալսարան|ինստիտուտ|ակադեմիա|ֆակուլտետ|უნივერსიტეტ|ინსტიტუტ|აკადემი|ფაკულტეტ)"
    # (a university in the Indic scripts: Tamil, Hindi and Marathi, Bengali, Malayalam,
    # Telugu, Kannada, Gujarati)
    r"|பல்கலைக்கழக|विश्वविद्यालय|विद्यापीठ|বিশ্ববিদ্যাল|സർവകലാശാല|విశ్వవిద్యాలయ"
    r"|ವಿಶ್ವವಿದ್ಯಾಲಯ|યુનિવર્સિટી|વિદ્યાપીઠ"
    # (... Punjabi, Odia, Sinhala)
    r"|ਯੂਨੀਵਰਸਿਟੀ|ਵਿਸ਼ਵਵਿਦਿਆਲਾ|ବିଶ୍ୱବିଦ୍ୟାଳୟ|විශ්ව\u200d?විද්\u200d?යාල"
    # (Amharic and Tigrinya: a university, a college)
    r"|ዩኒቨርሲቲ|ዩኒቨርስቲ|ኮሌጅ",
)
# a year the institution is written with ("Universität Hamburg 2004")
_GLUED_YEAR = lazy_compile(r"\s\(?(?:1[5-9]|20)\d\d\)?\.?$")
_YEAR = lazy_compile(r"^(?:\(?(?:1[5-9]|20)\d\d[a-z]?\)?|n\.\s?d\.)$")
# a segment boundary: a comma, semicolon, colon, slash or dash, a bracket, or a full stop
# before a capital (not the stop of "Моск. гос.")
_SEGMENT = lazy_compile(
    r"\s?[,;/:]\s|\s[–—]\s|\s?--\s?|\s\(|\)|\[|\]"
    # (not after an abbreviated word: "Univ. Oslo", "Dept. Elect. Eng.")
    r"|(?<!\b[A-Z][a-z]{3})(?<!\b[A-Z][a-z]{2})(?<!\b[A-Z][a-z])(?<!\b[A-Z])\.\s(?=[A-ZА-ЯЁ\"“«])"
)
# (the stop of an abbreviation stays: "Stanford Univ.", "Моск. гос. ун-т.")
_TRAILING = lazy_compile(
    r"(?<!\bUniv)(?<!\bInst)(?<!\bColl)(?<!\bDept)(?<!\bAcad)(?<!ун-т)(?<!ин-т)\.?[\s,;:]*$"
)


def designation(text: str) -> Designation | None:
    """The first thesis designation in ``text``, or None."""
    for match in _FIND.finditer(text):
        if _ABSTRACT.search(text, max(0, match.start() - 16), match.start()):
            continue
        index = next(int(k[1:]) for k, v in match.groupdict().items() if v is not None)
        return Designation(_PATTERNS[index][1], match.group(0), match.start(), match.end())
    return None


def degree_of(written: str | None) -> ThesisType | None:
    """The degree a type field names (``phdthesis``, ``mathesis``, ``Doctoral dissertation``,
    ``Tesi di laurea``, ``PhD``, ``Master's``), or None when it names none."""
    words = (written or "").strip()
    lowered = words.casefold().replace(".", "").replace("’", "'")
    if lowered in _WORDS:
        return _WORDS[lowered]
    if re.match(rf"(?:{_EN_DOCTORAL})\b", words, re.IGNORECASE):
        return _DOC
    if re.match(rf"(?:{_EN_MASTERS})\b", words, re.IGNORECASE):
        return _MA
    found = designation(words)
    return found.degree if found is not None else None


# the type values of BibTeX, biblatex, CSL genres and wiki templates' degree=
_WORDS = {
    "phdthesis": _DOC, "phd": _DOC, "doctoral": _DOC, "doctorate": _DOC, "dphil": _DOC,
    "mathesis": _MA, "mastersthesis": _MA, "masters": _MA, "master's": _MA, "master": _MA,
    "ma": _MA, "msc": _MA, "ms": _MA, "mphil": _MA,
    "bathesis": _OTHER, "bachelor": _OTHER, "bachelor's": _OTHER, "candthesis": _DOC,
}  # fmt: skip


def structured(
    ref: Reference,
    *,
    written_type: str | None,
    school: str | None,
    default: ThesisType = ThesisType.OTHER,
) -> Reference:
    """``ref``, read from a structured record (a BibTeX ``@phdthesis``, a CSL ``thesis``, a
    wiki ``{{cite thesis}}``), as a thesis: the type field as written (its degree, else
    ``default``: the entry type's), the school or institution."""
    degree = degree_of(written_type) if written_type else None
    return dataclasses.replace(
        ref,
        kind=RefKind.THESIS,
        thesis_type=degree or default,
        thesis_designation=written_type.strip() if written_type else None,
        institution=school,
    )


def _segments(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` between separators, empty ones left out."""
    spans = []
    start = 0
    for sep in _SEGMENT.finditer(text):
        spans.append((start, sep.start()))
        start = sep.end()
    spans.append((start, len(text)))
    return [(a, b) for a, b in spans if text[a:b].strip(" .")]


def _school(text: str) -> bool:
    return _SCHOOL.search(text) is not None


def institution(text: str, found: Designation) -> str | None:
    """The university or school ``text`` names with its designation ``found``.

    After the designation, before the year: its segments from the first to the last that
    names a school (``Ph.D. dissertation, Dept. Elect. Eng., Stanford Univ., Stanford, CA``
    -> ``Dept. Elect. Eng., Stanford Univ.``; ``PhD thesis, Tampere, 2005`` names none);
    when only a year follows it, the segment before it that names a school (MLA's ``U of
    Toronto, PhD dissertation``, the German catalogue's ``Hamburg, Univ., Diss.``).
    """
    after = text[found.end :]
    spans = _segments(after)[:6]
    first = last = None
    for i, (a, b) in enumerate(spans):
        part = after[a:b].strip()
        if _YEAR.match(part.strip(" .")):
            break
        if _school(part):
            first = i if first is None else first
            last = i
    if first is not None and last is not None:
        # (". Երևանի պետական համալսարան": the stop before a school in a script the segments
        # do not part at)
        named = _GLUED_YEAR.sub("", after[spans[first][0] : spans[last][1]].strip().lstrip(".,;: "))
        return _TRAILING.sub("", named) or None
    rest = after[spans[0][0] : spans[0][1]].strip(" .") if spans else ""
    before = text[: found.start]
    if before and (not rest or _YEAR.match(rest)):
        for a, b in reversed(_segments(before)[-2:]):
            part = before[a:b].strip()
            if _school(part) and len(part) <= 120:
                return _TRAILING.sub("", part) or None
    return None


def _cut(value: str | None, found: Designation) -> str | None:
    """``value`` without the designation and what follows it (a title that swallowed
    ``. PhD thesis, University``)."""
    if not value or found.text not in value:
        return value
    kept = value[: value.index(found.text)].rstrip(" \t\n.,;:([")
    return kept or None


# GB/T 7714's document-type code of a thesis
_GBT_CODE = lazy_compile(r"\[D(?:/OL)?\]")


def _coded(ref: Reference, text: str) -> Reference:
    """A thesis a style's code names (GB/T 7714 ``[D]``), its university read as the
    publisher: the degree its words say (``博士学位论文``), else OTHER; the code as its
    designation; the "publisher" its institution."""
    found = designation(text)
    code = _GBT_CODE.search(ref.raw)
    return dataclasses.replace(
        ref,
        thesis_type=found.degree if found is not None else ThesisType.OTHER,
        thesis_designation=(
            found.text if found is not None else code.group(0) if code is not None else None
        ),
        institution=ref.institution or ref.publisher,
        publisher=None,
    )


def as_thesis(ref: Reference, text: str) -> Reference:
    """``ref`` as a thesis when ``text`` (its reference, read) designates one.

    A journal article or a chapter (a host read, the designation not in it) stays what it is:
    it may be about a thesis.  The university is the thesis's institution, not its
    publisher or host.
    """
    if ref.kind is RefKind.THESIS:
        return _coded(ref, text) if ref.thesis_type is None else ref
    if ref.kind in (RefKind.PATENT, RefKind.COMMENTARY):
        return ref
    found = designation(text)
    if found is None:
        return ref
    host = ref.host or ""
    said = found.text.rstrip(".")
    # (a host cut short inside the designation: "Mémoire de master" of "Mémoire de master
    # 2", its number read as a volume)
    cut_short = bool(host) and said.startswith(host.rstrip(" .,"))
    if ref.kind in (RefKind.ARTICLE, RefKind.CHAPTER) and host and said not in host:
        if not cut_short:
            return ref
    if ref.title and found.text == ref.title.strip():
        return ref  # a work titled "Dissertation"
    school = institution(text, found)
    publisher = ref.publisher
    if publisher and (
        found.text in publisher or (school and (publisher in school or school in publisher))
    ):
        publisher = None
    if school is None and publisher and _school(publisher):
        school, publisher = publisher, None
    if host and (cut_short or said in host or (school and (host in school or school in host))):
        host = ""
    title = _cut(ref.title, found)
    # (the designation as the reference writes it: "дис. ... д-ра", not the read "дис.... д-ра")
    written = designation(ref.raw) if ref.raw else None
    return dataclasses.replace(
        ref,
        kind=RefKind.THESIS,
        thesis_type=found.degree,
        thesis_designation=written.text if written is not None else found.text,
        institution=school,
        publisher=publisher,
        host=host or None,
        title=title if title else ref.title,
    )
