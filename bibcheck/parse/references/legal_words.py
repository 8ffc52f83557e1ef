"""The words civil-law and EU legal sources are cited by, shared by the parser that reads
an act's designation and year (:mod:`.acts`) and the test that tells a legal source from
literature (:mod:`.civil_law`): one list, so that what one knows the other knows."""

from __future__ import annotations

__all__ = [
    "BUDDHIST_ERA",
    "GAZETTES",
    "HISTORIC_GAZETTES",
    "NAMED_GAZETTES",
    "LAW_AMENDED",
    "LAW_DATE_MARKS",
    "LAW_FIRST",
    "LAW_LAST",
    "VIKRAM_SAMVAT_LAWS",
    "LAW_NUMBER_MARKS",
    "SLAVIC_GAZETTE",
    "STATUTES",
]

# statutes, decrees, orders and regulations by their designation: Spanish, French, Italian,
# Portuguese, German, Dutch, Polish, Czech, Catalan (the Nordic kinds, cited with their own
# numbers -- "Lag (2018:218)", "Lov nr. 1460" --, are :mod:`.nordic_acts`'s)
STATUTES = (
    # the Crown's acts, its word capitalised or not after "Real" / "Reial" / "Regio": "Real
    # Decreto 463/2020", "Real decreto-ley", "Real orden de 2 de mayo de 1890", "Real cédula",
    # "Reial decret", "Reial ordre", "Regio Decreto 16 marzo 1942, n. 262", "Regio decreto-legge"
    r"(?:Real|Reial)\s(?:[Dd]ecreto(?:-[Ll]ey|\s[Ll]egislativo)?|[Oo]rden|[Dd]ecret|[Cc]édula"
    r"|[Oo]rdre|[Pp]rovisión|[Rr]esolución)|Regio\s[Dd]ecreto(?:-[Ll]egge)?"
    # Spanish, Portuguese, Italian (decrees, laws, orders, resolutions, circulars,
    # instructions, regulations; the Portuguese "Portaria" and the old "Alvará")
    r"|Decreto(?:-[Ll]e[iy]|-[Ll]egge|\s[Ll]egislativo|\slegge)?|Ley(?:\s[Oo]rgánica)?|Orden"
    r"|Resoluci[óo]n|Circular|Instrucci[óo]n|Reglamento|Portaria|Alvará|Legge"
    r"|Lei(?:\sComplementar)?"
    # French: law, decree, ordinance, order; Luxembourg's and Belgium's regulations of the
    # sovereign, in the gazette's words ("Règlement grand-ducal du 30 juillet 1999",
    # "Arrêté royal du 8 mars 1993", "Loi modifiée du 24 février 1984": the last two
    # "Arrêté …", "Loi …")
    r"|Loi(?:\sorganique)?|Décret|Ordonnance|Arrêté|Règlement\sgrand-ducal"
    # (... and the grand-ducal regulation in Luxembourgish: "Groussherzoglecht Reglement vum
    # 30. Juli 1999")
    r"|Groussherzoglecht\sReglement"
    # German, Dutch, Polish, Czech
    r"|Gesetz|Verordnung|Bekanntmachung|Erlass|(?:Koninklijk\s)?Besluit|Wet"
    r"|Ustawa|Rozporządzenie|Obwieszczenie|Zarządzenie|Uchwała|Dekret|Zákon|Vyhláška|Nařízení"
    # Catalan: decree, law, order, resolution
    r"|Decret(?:\slegislatiu)?|Llei(?:\sorgànica)?|Ordre|Resolució"
    # Greek: a law, a legislative, presidential or royal decree, an emergency law, by their
    # abbreviations before the number ("Ν. 4748/1930", "Ν.Δ. 12/1974", "Π.Δ. 55/1998",
    # "Β.Δ. 3/1936", "Α.Ν. 2/1967"), or "Νόμος" in full; a number right after it ("Ν.
    # Σταθάκης" is a person)
    r"|(?:Ν|Ν\.\s?Δ|Π\.\s?Δ|Β\.\s?Δ|Α\.\s?Ν)\.(?=\s?\d{1,5}/)|Νόμος(?=\s\d{1,5}/)"
    # Albanian, in the definite form a note opens with and the indefinite one: a law, a
    # decision (of the Council of Ministers: "VKM"), an instruction, a decree, an order, a
    # regulation ("Ligji nr. 37/2017", "Ligj nr. 9062, datë 8.5.2003", "Vendimi i Këshillit
    # të Ministrave nr. 12, datë 3.2.2010", "VKM nr. 12, datë …", "Udhëzimi nr. 5, datë …")
    r"|Ligji|Ligj|Vendimi|Vendim|VKM|Udhëzimi|Udhëzim|Dekreti|Urdhri|Urdhër|Rregullorja"
    r"|Rregullore"
)
# official gazettes, by their abbreviations: "BGBl.", "GBl. DDR", "Dz. U.", "BOE", "JORF",
# "GURI", "Stb."
GAZETTES = (
    r"BOE|DOGC|BOJA|BOCM|DOUE|DOCE|JORF|JOUE|GURI|GU|BGBl\.|RGBl\.|Stb\.|Staatsblad|Stcrt\."
    # the Gesetzblatt of the GDR and of the German Länder, with its state: "GBl. DDR I",
    # "GBl. BW", "GVBl. Bln", "GVBl."
    r"|G(?:V|VO)?Bl\.(?:\s(?:DDR|BW|Bln|LSA|NRW|[A-Z]{2}))?"
    r"|Dz\.\s?U\.|M\.P\.|Sb\.|DRE?"
)

# official gazettes by their name: the Official Journal of the European Union in its
# languages, and the national gazettes that print statutes and notices ("Dziennik Ustaw",
# "Diário da República", "Gazzetta Ufficiale", "Journal officiel", "Bundesgesetzblatt",
# "Boletín Oficial del Estado", "Staatsblad", "Latvijas Vēstnesis", "Magyar Közlöny")
NAMED_GAZETTES = (
    # the Official Journal of the European Union
    r"Official\sJournal\sof\sthe\sEuropean\s(?:Union|Communities)"
    r"|Amtsblatt\sder\sEuropäischen\s(?:Union|Gemeinschaften)"
    r"|Journal\sofficiel\sde\sl['’]Union\seuropéenne|Diario\sOficial\sde\sla\sUnión\sEuropea"
    r"|Gazzetta\s[Uu]fficiale\sdell['’]Unione\seuropea|Dziennik\sUrzędowy\sUnii\sEuropejskiej"
    r"|Úřední\svěstník\sEvropské\sunie|Publicatieblad\svan\sde\sEuropese\sUnie"
    r"|Eiropas\sSavienības\sOficiālais\sVēstnesis|Europos\sSąjungos\soficialusis\sleidinys"
    r"|Euroopa\sLiidu\sTeataja|Jornal\sOficial\sda\sUnião\sEuropeia"
    # ... in the other official languages of the Union (Slovak, Slovene, Croatian, Hungarian,
    # Romanian, Bulgarian, Greek, Danish, Swedish, Finnish, Maltese, Irish), and the
    # Communities' journal before 2003 in those that name it differently
    r"|Úradný\svestník\sEurópskej\sÚnie|Úradný\svestník\sEurópskej\súnie"
    r"|Úradný\svestník\sEurópskych\sspoločenstiev|Úřední\svěstník\sEvropských\sspolečenství"
    r"|Uradni\slist\sEvropske\sunije|Uradni\slist\sEvropskih\sskupnosti|Službeni\slist\sEuropske\sunije"
    r"|(?:Az\s)?Európai\sUnió\sHivatalos\sLapja|Jurnalul\sOficial\sal\sUniunii\sEuropene"
    r"|Официален\sвестник\sна\sЕвропейския\sсъюз|Επίσημη\sΕφημερίδα\sτης\sΕυρωπαϊκής\sΈνωσης"
    r"|Den\sEuropæiske\sUnions\sTidende|De\sEuropæiske\sFællesskabers\sTidende"
    r"|Europeiska\sunionens\sofficiella\stidning|Europeiska\sgemenskapernas\sofficiella\stidning"
    r"|Euroopan\sunionin\svirallinen\slehti|Euroopan\syhteisöjen\svirallinen\slehti"
    r"|Il-Ġurnal\sUffiċjali\stal-Unjoni\sEwropea|Iris\sOifigiúil\san\sAontais\sEorpaigh"
    r"|Journal\sofficiel\sdes\sCommunautés\seuropéennes|Diario\sOficial\sde\slas\sComunidades\sEuropeas"
    r"|Gazzetta\s[Uu]fficiale\sdelle\sComunità\s[Ee]uropee|Jornal\sOficial\sdas\sComunidades\sEuropeias"
    r"|Publicatieblad\svan\sde\sEuropese\sGemeenschappen|Dziennik\sUrzędowy\sWspólnot\sEuropejskich"
    # national gazettes: Latvian, Lithuanian, Estonian, Hungarian, Romanian, Polish, Portuguese
    # and Brazilian, Dutch, Italian, French, German, Spanish
    r"|Latvijas\sVēstnesis|Valstybės\sžinios|Riigi\sTeataja|Magyar\sKözlöny|Monitorul\sOficial"
    # (and Romania's gazette of 1949–1989, "Buletinul Oficial al R.S.R.")
    r"|Buletinul\sOficial"
    r"|Dziennik\s(?:Ustaw|Urzędowy)|Monitor\sPolski"
    r"|Diário\s(?:Oficial(?:\sda\sUnião|\sdo\sEstado)?|da\sRepública)|Staatsblad|Staatscourant"
    r"|Gazzetta\s[Uu]fficiale|Journal\sofficiel|Bundesgesetzblatt|Bolet[íi]n\sOficial\sdel\sEstado"
    # South Africa's gazette in Afrikaans and English, and the Official Journal as an
    # Afrikaans text names it ("Staatskoerant 46923", "Government Gazette 46923",
    # "Amptelike Tydskrif van die Europese Unie L 250")
    r"|Staatskoerant|Provinsiale\sKoerant|Government\sGazette|Provincial\sGazette"
    r"|Amptelike\sTydskrif\svan\sdie\sEuropese\sUnie"
    # Albania's and Kosovo's, in Albanian, definite or not ("Fletorja Zyrtare nr. 85",
    # "Gazeta Zyrtare e Republikës së Kosovës")
    r"|Fletor(?:ja|e)\sZyrtare|Gazet(?:a|ë)\sZyrtare"
)

# the official gazettes and collections of acts of the nineteenth and early twentieth
# centuries, beside today's (:data:`NAMED_GAZETTES`): Spain's "Gaceta de Madrid" and
# "Colección legislativa", the provinces' "Boletín Oficial", Portugal's "Diário do Governo",
# France's "Bulletin des lois", "Moniteur universel" and Duvergier's "Collection complète
# des lois", Belgium's "Pasinomie" and "Moniteur belge", the German "Reichsgesetzblatt" and
# Prussia's "Gesetz-Sammlung", Italy's "Raccolta ufficiale delle leggi"
HISTORIC_GAZETTES = (
    r"Gaceta\sde\sMadrid|Gaceta\sOficial|Diario\sOficial|Diari\sOficial|Butlletí\sOficial"
    r"|Bolet[íi]n\sOficial\s(?:de\sla\sProvincia|del?\s)|Diário\sdo\sGoverno|Colección\slegislativa"
    r"|Moniteur\sbelge|Pasinomie|Bulletin\sdes\slois|(?:Le\s)?Moniteur\suniversel"
    r"|Collection\scomplète\sdes\slois|Reichs-?[Gg]esetz-?[Bb]latt|(?:Preußische\s)?Gesetz-?[Ss]ammlung"
    r"|Raccolta\sufficiale\sdelle\sleggi"
)

# the official gazettes of the South Slavic states, by name (their issues numbered by the
# year: "„Службени гласник РС”, бр. 45/2013", "Narodne novine, br. 35/05", "Uradni list RS,
# št. 55/2008", "Službene novine FBiH, br. 7/05", abbreviated "Сл. гласник РС", "Sl. list";
# "Службен весник на РМ", Bulgarian "Държавен вестник" and its abbreviation "ДВ", its issue
# numbered and dated: "обн. ДВ, бр. 67 от 27.07.1999 г.")
SLAVIC_GAZETTE = (
    r"(?:Службени|Сл\.)\s(?:гласник|лист)|(?:Službeni|Sl\.)\s(?:glasnik|list)|Službene\snovine|Narodne\snovine"
    r"|Народне\sновине|Uradni\slist|Службен\s(?:весник|лист)|Државен\sвестник|Държавен\sвестник"
    r"|ДВ(?!\w)"
)

# the words a statute's name opens with in the languages that name the kind of act first,
# then its subject, then its number and date ("ກົດໝາຍວ່າດ້ວຍແຮ່ທາດ ເລກທີ 02/ສພຊ, ລົງວັນທີ …",
# "พระราชบัญญัติแร่ พ.ศ. 2560", "Luật Khoáng sản số 60/2010/QH12 ngày …", "Закон про охорону
# праці № 2694-XII від 14.10.1992", "Sheria ya Ardhi Na. 4 ya 1999", "قانون العمل رقم 12
# لسنة 2003"): one line a language (the scripts without spaces join the subject to the word)
LAW_FIRST = (
    # Lao: law, decree, presidential decree, decision, instruction
    r"ກົດໝາຍ|ດຳລັດ|ລັດຖະດຳລັດ|ຂໍ້ຕົກລົງ|ຄຳແນະນຳ"
    # Thai: act, royal decree (emergency, ordinary), code, ministerial regulation
    r"|พระราชบัญญัติ|พระราชกำหนด|พระราชกฤษฎีกา|ประมวลกฎหมาย|กฎกระทรวง|ประกาศ"
    # Khmer: law, royal decree, sub-decree, royal code
    r"|ច្បាប់|ព្រះរាជក្រឹត្យ|អនុក្រឹត្យ|ព្រះរាជក្រម|ប្រកាស"
    # Burmese: law (the Pyidaungsu Hluttaw law), order, notification
    r"|ဥပဒေ|အမိန့်|ပြည်ထောင်စုလွှတ်တော်ဥပဒေ"
    # Vietnamese: law, code, decree, resolution, circular, decision, ordinance
    r"|Luật|Bộ\sluật|Nghị\sđịnh|Nghị\squyết|Thông\stư|Quyết\sđịnh|Pháp\slệnh"
    # Tagalog: republic act, law
    r"|Batas\s(?:Republika|Pambansa)|Batas"
    # Ukrainian, Belarusian, Kazakh (Russian script): law, code, decree, resolution, order
    r"|Закон|Кодекс|Кодэкс|Указ|Постанова|Пастанова|Дэкрэт|Декрет|Розпорядження|Наказ"
    # Georgian, Armenian (designation first): law, decree
    r"|საქართველოს\sკანონი|ბრძანებულება|Օրենք|Որոշում"
    # Amharic: proclamation, regulation; Swahili: law, act, regulations
    r"|አዋጅ|ደንብ|Sheria|Kanuni"
    # Arabic and Persian: law, decree, royal decree, regulation, resolution
    r"|قانون|مرسوم|المرسوم|نظام|قرار|آیین\u200cنامه|آیین‌نامه|تصویب‌نامه"
    # Turkish: law, decree, regulation
    r"|Kanun|Kararname|Yönetmelik|Tüzük"
)
# the word before an act's number: Lao "ເລກທີ", Thai "เลขที่" / "ฉบับที่", Khmer "លេខ",
# Burmese "အမှတ်", Vietnamese "số", "№", "No.", Tagalog "Blg.", Swahili "Na.", Amharic "ቁጥር",
# Arabic "رقم", Persian "شماره", Turkish "sayı", Ukrainian "N", Indonesian "Nomor"
LAW_NUMBER_MARKS = r"ເລກທີ|เลขที่|លេខ|အမှတ်|số|№|N[o°º]\.?|Nr\.?|Nomor|Blg\.|Na\.|ቁጥር|رقم|شماره|[Ss]ayı"
# the word before an act's date or year: Lao "ລົງວັນທີ", "ປີ", Thai "ลงวันที่", "ปี", Khmer
# "ចុះថ្ងៃទី", "ឆ្នាំ", Vietnamese
# "ngày", Ukrainian "від", Belarusian "ад", Russian "от", Kazakh "жылғы" (after), Arabic "بتاريخ"
# / "لسنة" (of the year), Persian "مصوب" (passed), Swahili "ya" (of, before the year)
LAW_DATE_MARKS = r"ລົງວັນທີ|ลงวันที่|ចុះថ្ងៃទី|ឆ្នាំ|ປີ|ปี|ngày|năm|від|ад|от|بتاريخ|لسنة|لعام|مصوب|ya"
# a Buddhist Era year's mark (Thai "พ.ศ.", Lao "ພ.ສ.", Khmer "ព.ស."): the year is 543 after
# the Common Era's
BUDDHIST_ERA = r"พ\.\s?ศ\.|ພ\.\s?ສ\.|ព\.\s?ស\."
# an amended act's mark after its name: "(ສະບັບປັບປຸງ)", "(ฉบับที่ 2)", "(sửa đổi)",
# "(amended)", "(зі змінами)", "(із змінами)"
LAW_AMENDED = r"\((?:ສະບັບປັບປຸງ|ฉบับที่\s?\d+|sửa\sđổi[^()]{0,40}|amended|зі\sзмінами|із\sзмінами)\)"
# the words a statute's name ends in, in the scripts with no capitals, then its year:
# Hindi "सूचना का अधिकार अधिनियम, 2005" (act, code), Nepali "भूमि सम्बन्धी ऐन, २०२१" (act,
# rules), Bengali "তথ্য অধিকার আইন, ২০০৯" (law, ordinance), Sinhala "… පනත, 2007" (act) /
# "… නීතිය, 1973" (law), Tamil
# "… சட்டம், 2005", Burmese "… ဥပဒေ (၂၀၁၂)"; Marathi "… कायदा, 1999", Gujarati "…
# અધિનિયમ, 1949", Punjabi "… ਐਕਟ, 1925", Telugu "… చట్టం, 1987", Kannada "… ಅಧಿನಿಯಮ, 1997" /
# "… ಕಾಯ್ದೆ, 1961", Malayalam "… നിയമം, 1963"
# (Nepali and Hindi "संविधान", Bengali "সংবিধান": a constitution, "नेपालको संविधान, २०७२")
LAW_LAST = (
    r"अधिनियम|संहिता|ऐन|नियमावली|संविधान|সংবিধান|আইন|অধ্যাদেশ|පනත|නීතිය|சட்டம்|ဥပဒေ"
    r"|कायदा|અધિનિયમ|ਐਕਟ|చట్టం|ಅಧಿನಿಯಮ|ಕಾಯ್ದೆ|നിയമം"
)
# the words of Nepal's acts, dated by the Vikram Samvat (the Common Era year + 57: ऐन, २०४९
# is 1992)
VIKRAM_SAMVAT_LAWS = r"ऐन|नियमावली"
