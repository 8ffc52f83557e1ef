"""Writes the meta.json of heldout74 half B's documents (rst, latex, html, docx, pdftext).
Round 87's theme for half B: sport and physical education.  Labels and lines come from the
⟦label⟧ annotations in the sources; fields are given here by hand.  Conventions: ../../HALF_B.md.
Then:
  /work/main/.venv/bin/python tests/corpus_build/build.py tests/heldout74 acwr-rugby-en ere-idaraya-yo kriket-si kambala-kn
  /work/main/.venv/bin/python tests/corpus_build/build_docx.py tests/heldout74 runners-am
  python3 tests/heldout74/_src/_meta/check_b.py"""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
B, A, R, CH, W, T, U = "book", "article", "report", "chapter", "web", "thesis", "unknown"


def put(fmt, name, meta):
    p = os.path.join(HERE, "..", fmt, name, "meta.json")
    open(p, "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")


# ---- rst: English sports science, training load and injury (a club's season report) ----
rs = {
 "Banister1991": dict(authors=["Banister"], title="Modeling Elite Athletic Performance", year=1991, kind=CH),
 "Cummins2013": dict(authors=["Cummins", "Orr", "O'Connor", "West"], title="Global Positioning Systems (GPS) and Microtechnology Sensors in Team Sports: A Systematic Review", year=2013, doi="10.1007/s40279-013-0069-2", kind=A),
 "Foster2001": dict(authors=["Foster", "Florhaug", "Franklin", "Gottschall", "Hrovatin", "Parker", "Doleshal", "Dodge"], title="A New Approach to Monitoring Exercise Training", year=2001, kind=A),
 "Fuller2006": dict(authors=["Fuller", "Ekstrand", "Junge", "Andersen", "Bahr", "Dvorak", "Hägglund", "McCrory", "Meeuwisse"], title="Consensus Statement on Injury Definitions and Data Collection Procedures in Studies of Football (Soccer) Injuries", year=2006, doi="10.1136/bjsm.2005.025270", kind=A),
 "Gabbett2016": dict(authors=["Gabbett"], title="The Training–Injury Prevention Paradox: Should Athletes Be Training Smarter and Harder?", year=2016, doi="10.1136/bjsports-2015-095788", kind=A),
 "Hollis2025": dict(authors=["Hollis"], title="Clubs Turn to Load Data as Hamstring Injuries Mount", year=2025, kind=A),
 "Hulin2014": dict(authors=["Hulin", "Gabbett", "Blanch", "Chapman", "Bailey", "Orchard"], title="Spikes in Acute Workload Are Associated with Increased Injury Risk in Elite Cricket Fast Bowlers", year=2014, doi="10.1136/bjsports-2013-092524", kind=A),
 "Impellizzeri2004": dict(authors=["Impellizzeri", "Rampinini", "Coutts", "Sassi", "Marcora"], title="Use of RPE-Based Training Load in Soccer", year=2004, doi="10.1249/01.MSS.0000128199.23901.2F", kind=A),
 "Impellizzeri2019": dict(authors=["Impellizzeri", "Marcora", "Coutts"], title="Internal and External Training Load: 15 Years On", year=2019, doi="10.1123/ijspp.2018-0935", kind=A),
 "Lolli2019": dict(authors=["Lolli", "Batterham", "Hawkins", "Kelly", "Strudwick", "Thorpe", "Gregson", "Atkinson"], title="Mathematical Coupling Causes Spurious Correlation within the Conventional Acute-to-Chronic Workload Ratio Calculations", year=2019, doi="10.1136/bjsports-2017-098110", kind=A),
 "Marlow2026": dict(authors=["Marlow", "Okafor"], title="Harbourside Rugby GPS Load and Injury Data", year=2026, doi="10.99999/zenodo.8841207", kind=W),
 "Pemberton2023": dict(authors=["Pemberton"], title="Workload Spikes and Soft-Tissue Injury in Semi-Professional Rugby Union", year=2023, kind=T),
 "PWHub": dict(title="Injury Surveillance: Definitions and Reporting", url="https://playerwelfare.example.org/surveillance/definitions", kind=W),
 "RFU2023": dict(title="England Professional Rugby Injury Surveillance Project: 2021–22 Season Report", year=2023, kind=R),
 "Williams2017": dict(authors=["Williams", "West", "Cross", "Stokes"], title="Better Way to Determine the Acute:Chronic Workload Ratio?", year=2017, doi="10.1136/bjsports-2016-096589", kind=A),
}
rs_notes = dict(rs)
rs_notes["1"] = dict(title="Data Governance Committee, Harbourside Rugby Club, decision of 12 May 2026", year=2026, kind=R)
put("rst", "acwr-rugby-en", {
 "about": "An invented English season report (reStructuredText) of an invented rugby club's performance unit on training load and soft-tissue injury (session RPE, GPS units, the acute:chronic workload ratio and its critics, a data-set release): docinfo field list with a wrapped abstract, a local contents directive, `[Label]_` citations (two on one line `[Foster2001]_ [Impellizzeri2004]_`, `[Fuller2006]_ [RFU2023]_`; a locator after a citation `[Cummins2013]_, pp. 1030–33`; citations in an auto-numbered list, in a `.. note::` and in the last column of a simple table), one auto-numbered footnote `[#]_` naming the club committee's decision (keyed `report`, title with its date, year 2026; the committee not keyed), and 15 `.. [Label]` entries in Chicago author-date style, alphabetical, under References (the literature in document order, each label's note). Kinds: a chapter in an edited volume (Banister, `chapter`, editors not keyed), journal articles with DOIs in `doi:` and `https://doi.org/` forms and one without (Foster 2001), a newspaper piece (`article`), a Zenodo data release with `Version 2.0` after the title (`web`, version no part of the title), a PhD dissertation (`thesis`), a league's web page with an access date and no year (`web`, the hub, a corporate author, not keyed), the RFU's injury surveillance season report (`report`, the union not keyed; `2021–22` part of the title, year 2023). Clean. Invented: the club Harbourside Rugby Club and its committee decision, the authors Rowan Marlow and Dami Okafor, the data release and its DOI, Joel Pemberton's dissertation and the University of Calderbrook, Megan Hollis's piece and the Calderbrook Herald, the Premiership Player Welfare Hub page and its host, all figures. Real works (Banister 1991, Cummins et al., Foster et al., Fuller et al., Gabbett, Hulin et al., Impellizzeri et al. 2004 and 2019, Lolli et al., Williams et al., the RFU surveillance report) with their data as remembered (pages, issues, DOIs and the RFU report's year may differ from the published records).",
 "document": "load-report.rst", "reader": "rst", "clean": True,
 "notes": rs_notes,
 "literature": list(rs.values()),
})

# ---- latex: Yoruba on football and athletics in Nigeria, biblatex authoryear ----
lx = {
 "adebayo2021": dict(authors=["Adébáyọ̀"], title="Àjọ̀dún Eré-Ìdárayá Orílẹ̀-Èdè láti 1973 dé 2018: ìtàn àti ìṣèlú", year=2021, doi="10.99999/iei.2021.4.2.07", kind=A),
 "akinyemi2016": dict(authors=["Akínyẹmí"], title="Eré-ìje àti àwọn ọmọ ilé-ìwé gíga ní Ìbàdàn", year=2016, kind=CH),
 "alegi2010": dict(authors=["Alegi"], title="African Soccerscapes: How a Continent Changed the World's Game", year=2010, kind=B),
 "afn": dict(title="Ìtàn àwọn akọni eré-ìje orílẹ̀-èdè", url="https://afn.example.org/yo/itan-akoni", kind=W),
 "acog1997": dict(title="The Official Report of the Centennial Olympic Games", year=1997, kind=R),
 "bale1996": dict(authors=["Bale", "Sang"], title="Kenyan Running: Movement Culture, Geography and Global Change", year=1996, kind=B),
 "darby2002": dict(authors=["Darby"], title="Africa, Football and FIFA: Politics, Colonialism and Resistance", year=2002, kind=B),
 "darby2007": dict(authors=["Darby", "Akindes", "Kirwin"], title="Football Academies and the Migration of African Football Labor to Europe", year=2007, doi="10.1177/0193723507300481", kind=A),
 "fmysd2022": dict(title="National Sports Industry Policy", year=2022, kind=R),
 "nsc2004": dict(title="National Sports Commission Act", year=2004, kind=R),
 "ogundele1996": dict(authors=["Ògúndélé"], title="Chioma Ajunwa gba góòlù àkọ́kọ́ fún Nàìjíríà", year=1996, kind=A),
 "oladipo2019": dict(authors=["Ọládipọ̀"], title="Àwọn Green Eagles àti ìdánimọ̀ orílẹ̀-èdè Nàìjíríà, 1960–1985", year=2019, kind=T),
 "onwumechili2014": dict(title="Identity and Nation in African Football: Fans, Community and Clubs", year=2014, kind=B),
}
put("latex", "ere-idaraya-yo", {
 "about": "An invented Yoruba seminar paper (Yoruba with its tone marks and subdots) in LaTeX (XeLaTeX, fontspec, no babel) on football and athletics in Nigeria (the Green Eagles, the 1980 Nations Cup in Lagos, the National Sports Festival since 1973, the 1996 Atlanta Olympic team and Chioma Ajunwa), biblatex/biber `style=authoryear`, `\\parencite` and `\\textcite` with and without `ojú ìwé` locators and a prenote (`[wo][ojú ìwé~77]`), two keys in one command, a section by `\\input{ori/ere-ije}` (its lines that file's), a `\\thanks`, `\\printbibliography[title={Àwọn ìwé tí a tọ́ka sí}]`. Each citation labelled by its `.bib` key, its note that entry; the literature in biber's nyt order as computed by the writer (family name, accents and subdots folded; braced corporate authors under their first word; the `@collection` under its first editor) — no biber on this machine to confirm it. ere.bib: `@book` ×4, `@collection` with editors only (`book`, editors not keyed), `@article` ×3 (two with DOIs; one a newspaper piece in Aláròyé, `article`), `@incollection` (`chapter`, its editor not keyed), `@thesis` (`thesis`, `1960--1985` part of the title), `@misc` for the National Sports Commission Act (`report`, year 2004), `@report` ×2 with braced corporate authors (the Atlanta Committee's official report, the ministry's National Sports Industry Policy: `report`, bodies not keyed), `@online` with `urldate` and no year (`web`, the Athletics Federation of Nigeria not keyed). Planted: `\\parencite[ojú ìwé 12--19]{okpara1989}` has no `.bib` entry: `missing-literature-entry` at its line (20 of the main file), keyed as a pair with no note and no entry. Otherwise clean. Invented: the author Kẹ́hìndé Adéwálé and her university, Olúwaṣeun Adébáyọ̀'s article, its journal and DOI, Tèmítọ́pẹ́ Akínyẹmí's chapter and Adéṣínà Fálọlá's volume and press, Fúnmiláyọ̀ Ọládipọ̀'s thesis, Bísí Ògúndélé's newspaper piece (Aláròyé is real), the AFN page's host and path, Okpara 1989. Real works (Alegi, Darby 2002, Darby, Akindes & Kirwin, Onwumechili & Akindes, Bale & Sang, the Atlanta official report, the National Sports Commission Act, the National Sports Industry Policy) with their data as remembered (publishers, places, years, the Act's chapter number and the DOI may differ from the published records).",
 "document": "ere-idaraya.tex", "reader": "latex", "clean": True,
 "notes": dict(lx),
 "literature": list(lx.values()),
})

# ---- html: Sinhala on cricket in Sri Lanka (a society's web article, endnotes) ----
perera = dict(authors=["Perera"], title="The Janashakthi Book of Sri Lanka Cricket (1832–1996)", year=1999, kind=B)
roberts = dict(authors=["Roberts"], title="Essaying Cricket: Sri Lanka and Beyond", year=2006, kind=B)
jaya = dict(authors=["ජයසූරිය"], title="මහා තරග සංස්කෘතිය: රාජකීය–තෝමියන් තරගයේ සමාජ ඉතිහාසය", year=2020, doi="10.99999/svs.2020.12.1.03", kind=A)
dperera = dict(authors=["Perera", "Fernando"], title="Schools Cricket and the National Team Pathway in Sri Lanka: A Registry Study", year=2024, doi="10.99999/17430437.2024.2301188", kind=A)
slsca = dict(title="මහා තරග දින දර්ශනය", url="https://slsca.example.org/maha-tharaga/dina-darshanaya", kind=W)
herath = dict(authors=["හේරත්"], title="පාසල් ක්‍රිකට් සහ සමාජ සංචලනය: කොළඹ මහා තරග පිළිබඳ අධ්‍යයනයක්", year=2018, kind=T)
law = dict(title="ක්‍රීඩා නීතිය", year=1973, kind=R)
arch = dict(title="ලංකා ක්‍රිකට් පාලක මණ්ඩලය: අමාත්‍යාංශය සමග ලිපි හුවමාරුව", kind=U)
comm = dict(title="පාසල් ක්‍රීඩා පිළිබඳ ජනාධිපති කාරක සභා වාර්තාව", year=2004, kind=R)
wisden = dict(title="Wisden Cricketers’ Almanack 1997", year=1997, kind=B)
dinamina = dict(title="ලෝක කුසලානය ශ්‍රී ලංකාවට", year=1996, kind=A)
guna = dict(authors=["Gunawardena"], title="Lahore Triumph Caps a Fairy-Tale Campaign", year=1996, kind=A)
appa = dict(authors=["Appadurai"], title="Modernity at Large: Cultural Dimensions of Globalization", year=1996, kind=B)
guha = dict(authors=["Guha"], title="A Corner of a Foreign Field: The Indian History of a British Sport", year=2002, kind=B)
ht = [perera, roberts, roberts, jaya, dperera, jaya, slsca, herath, law, arch, comm, wisden, dinamina, guna, appa, guha, roberts, perera]
put("html", "kriket-si", {
 "about": "An invented Sinhala web article (Sinhala script) on an invented society's site about cricket in Sri Lanka (the first match of 1832, the Royal–Thomian and the schools' Big Matches, the Sports Law No. 25 of 1973, the Board of Control, the 1996 World Cup final in Lahore), with site chrome (header navigation, byline link, og:url, footer): 18 note calls `<sup id=\"ref-N\"><a href=\"#fn-N\">N</a></sup>` (one in a `<figcaption>`, two adjacent calls in one sentence, two in one line) and 18 endnotes `<li id=\"fn-N\">` under සටහන් in Chicago note style, English works in Latin script and Sinhala ones in Sinhala script. Kinds: monographs (`book`), Wisden 1997 (`book`, its editor not keyed, `1997` part of the title), articles (an invented Sinhala journal article with `https://doi.org/`, an invented article in Sport in Society), two newspaper pieces (Dinamina unsigned, Daily News signed: `article`), an MPhil thesis (`thesis`), the Sports Law `1973 අංක 25 දරන ක්‍රීඩා නීතිය` (`report`, title `ක්‍රීඩා නීතිය`, year 1973), a presidential committee's report with a sessional-paper number (`report`, the ministry not keyed), a National Archives file with a file number and a date range (`unknown`, no year), the schools cricket association's page with `ප්‍රවේශ වූයේ` access date and no year (`web`, the association not keyed). Repeats: `එම කෘතිය, පි. 118.` (3) keyed as the note before; short notes `ජයසූරිය, “මහා තරග සංස්කෘතිය,” පි. 41.` (6), `Roberts, Essaying Cricket, 140.` (17), `Perera, Janashakthi Book, 212.` (18) keyed with the full fields of the work they repeat. Sinhala authors keyed by the family name, the last word of the name as printed (ප්‍රදීප් ජයසූරිය → ජයසූරිය; චමින්ද හේරත් → හේරත්). No literature. Clean. Invented: the society ක්‍රීඩා ඉතිහාස සංසදය and its site, the author නදීෂා ගුණසේකර, Pradeep Jayasuriya's article, its journal සමාජ විද්‍යා සඟරාව and DOI, Dilani Perera and Asanka Fernando's article and DOI, Chaminda Herath's thesis, the Dinamina and Daily News pieces and Nihal Gunawardena (both papers are real), the archives file and its number, the presidential committee's report, the association's page and host. Real works (S. S. Perera's Janashakthi book, Roberts, Wisden 1997, Appadurai, Guha, the Sports Law No. 25 of 1973) with their data as remembered (years, publishers, pages may differ from the published records).",
 "document": "lanka-kriket.html", "reader": "html", "clean": True,
 "notes": {str(i + 1): w for i, w in enumerate(ht)},
 "literature": [],
})

# ---- docx: Amharic on Ethiopian distance running, footnotes and a two-part bibliography ----
judah = dict(authors=["Judah"], title="Bikila: Ethiopia’s Barefoot Olympian", year=2008, kind=B)
rambali = dict(authors=["Rambali"], title="Barefoot Runner: The Life of Marathon Champion Abebe Bikila", year=2006, kind=B)
azemen = dict(title="አበበ ቢቂላ በሮም ማራቶን በባዶ እግሩ አሸነፈ", year=1953, kind=A)
selam = dict(authors=["ሰላማዊት ታደሰ"], title="በቆጂ፡ የሯጮች መፍለቂያ — ማኅበረሰባዊ ጥናት", year=2012, kind=T)
hailu = dict(authors=["ሃይሉ ተሰማ"], title="በቆጂና የሩጫ ባህል", year=2010, kind=CH)
crawley = dict(authors=["Crawley"], title="Out of Thin Air: Running Wisdom and Magic from Above the Clouds in Ethiopia", year=2020, kind=B)
wilber = dict(authors=["Wilber", "Pitsiladis"], title="Kenyan and Ethiopian Distance Runners: What Makes Them So Good?", year=2012, doi="10.1123/ijspp.7.2.92", kind=A)
levine = dict(authors=["Levine", "Stray-Gundersen"], title="‘Living High–Training Low’: Effect of Moderate-Altitude Acclimatization with Low-Altitude Training on Performance", year=1997, doi="10.1152/jappl.1997.83.1.102", kind=A)
yonas = dict(authors=["ዮናስ ገብረ መድኅን"], title="የከፍታ ቦታ ልምምድና የኢትዮጵያ ረጅም ርቀት ሯጮች", year=2014, doi="10.99999/ejss.2014.5.1.02", kind=A)
eaf = dict(title="የብሔራዊ ቡድን ማሰልጠኛ ማዕከላት", url="https://eaf.example.org/am/training-centres", kind=W)
direct = dict(title="የስፖርት ማኅበራት ምዝገባና አስተዳደር መመሪያ ቁጥር 12/2008", year=2008, kind=R)
narch = dict(title="የኢትዮጵያ ኦሊምፒክ ኮሚቴ፡ የሮም ኦሊምፒክ ልዑካን ቡድን ደብዳቤዎች", kind=U)
bahru = dict(authors=["Bahru Zewde"], title="A History of Modern Ethiopia, 1855–1991", year=2001, kind=B)
hamilton = dict(authors=["Hamilton"], title="East African Running Dominance: What Is Behind It?", year=2000, doi="10.1136/bjsm.34.5.391", kind=A)
dx = [judah, rambali, rambali, azemen, selam, hailu, crawley, selam, wilber, levine, yonas, yonas, eaf, direct, narch, bahru, judah, crawley]
put("docx", "runners-am", {
 "about": "An invented Amharic article in Word (Ethiopic script; Ethiopian-calendar years `ዓ.ም.` in Amharic notes and entries, Gregorian years in Latin-script ones) on Ethiopian distance running (Abebe Bikila in Rome and Tokyo, Bekoji, altitude training, the athletics federation, a sport directive, an archive file): a Heading 1 title, an author line, Heading 2 sections, 18 footnotes (up to three in one paragraph), Amharic works in Ethiopic and English works in Latin script. Repeats: `ዝኒ ከማሁ፣ ገጽ …።` (3, 12) keyed as the note before; short notes `ሰላማዊት ታደሰ፣ «በቆጂ»፣ ገጽ 40።` (8), `Judah, Bikila, p. 88.` (17), `Crawley, Out of Thin Air, p. 140.` (18) keyed with the full fields of their work. Bibliography: 14 `Bibliography`-style paragraphs after the Heading 1 `ዋቢ መጻሕፍት`, in two Heading 2 groups (በአማርኛ 7, in fidel order = code-point order by their first word; በእንግሊዝኛ 7, alphabetical, Chicago author-date), the literature in document order. Ethiopian authors keyed by the whole name as printed, uninverted (`ሰላማዊት ታደሰ`, `ሃይሉ ተሰማ`, `ዮናስ ገብረ መድኅን`, `Bahru Zewde`), as round 78 keys Icelandic names. Years as printed: Ethiopian-calendar years of Amharic works keyed as the printed number (`2012 ዓ.ም.` → 2012); the access date `የተጎበኘው … 2018 ዓ.ም.` no year. Kinds: monographs `book`; articles (IJSPP and J Appl Physiol with DOIs, an invented Amharic journal article with DOI, BJSM) `article`; an unsigned Addis Zemen news report `article` (year 1953); an MA thesis `thesis`; a chapter in an edited volume (`chapter`, editor not keyed); a ministry's directive `መመሪያ ቁጥር 12/2008` (`report`, title with its number as printed in italics, year 2008; the ministry not keyed); an archival file of the National Archives and Library Agency (`unknown`, item title, date range, no year); the federation's web page (`web`, no year, the federation not keyed). Planted: the English entry Hamilton 2000 is cited in no footnote: `uncited-literature-entry` at its paragraph (33); it stays in the literature and has no note. Otherwise clean. Invented: the author ቤተልሔም ወርቁ and her department, Selamawit Tadesse's thesis, Hailu Tessema's chapter and Elsa Abebe's volume and its press, Yonas Gebre Medhin's article, its journal and DOI, the Addis Zemen report's headline and page (the paper is real), the directive and its number, the archival file and its number, the federation page's host eaf.example.org. Real works (Judah, Rambali, Crawley, Wilber & Pitsiladis, Levine & Stray-Gundersen, Bahru Zewde, Hamilton) with their data as remembered (publishers, years, pages, editions and DOIs may differ from the published records).",
 "document": "runners-am.docx", "reader": "docx", "clean": True, "lang": "am-ET",
 "notes": {str(i + 1): w for i, w in enumerate(dx)},
 "literature": [hailu, selam, narch, azemen, eaf, direct, yonas, bahru, crawley, hamilton, judah, levine, rambali, wilber],
})

# ---- pdftext: Kannada on traditional sports and physical education in Karnataka ----
pt = [
 dict(authors=["Guttmann"], title="From Ritual to Record: The Nature of Modern Sports", year=1978, kind=B),
 dict(title="Sport in South Asian Society: Past and Present", year=2005, kind=B),
 dict(authors=["Alter"], title="The Wrestler’s Body: Identity and Ideology in North India", year=1992, kind=B),
 dict(authors=["ಶೆಟ್ಟಿ"], title="ಕಂಬಳ: ತುಳುನಾಡಿನ ಕೃಷಿ ಕ್ರೀಡೆ", year=2015, kind=B),
 dict(authors=["Claus"], title="Mayndala: A Legend and Possession Cult of Tulunad", year=1979, kind=A),
 dict(authors=["ಹೆಗ್ಡೆ"], title="ದಕ್ಷಿಣ ಕನ್ನಡದ ಕಂಬಳ ಸಂಸ್ಕೃತಿ: ಒಂದು ಕ್ಷೇತ್ರಾಧ್ಯಯನ", year=2019, kind=T),
 dict(title="Animal Welfare Board of India v. A. Nagaraja", year=2014, kind=R),
 dict(title="ಪ್ರಾಣಿಗಳ ಮೇಲಿನ ಹಿಂಸೆ ತಡೆ (ಕರ್ನಾಟಕ ಎರಡನೇ ತಿದ್ದುಪಡಿ) ಅಧಿನಿಯಮ", year=2017, kind=R),
 dict(authors=["ರಾವ್"], title="ಕಂಬಳಕ್ಕೆ ಮತ್ತೆ ಜೀವ: ಸುಗ್ರೀವಾಜ್ಞೆಗೆ ರಾಜ್ಯಪಾಲರ ಅಂಕಿತ", year=2017, kind=A),
 dict(authors=["Rao", "Pai"], title="Kambala race timings 2014–2024", year=2025, doi="10.99999/zenodo.1418820", kind=W),
 dict(authors=["ನಾಯಕ್"], title="ಕಬಡ್ಡಿ: ಗ್ರಾಮೀಣ ಆಟದಿಂದ ವೃತ್ತಿಪರ ಲೀಗ್‌ವರೆಗೆ", year=2022, doi="10.99999/kvp.2022.9.1.03", kind=A),
 dict(title="Official rules of kabaddi", url="https://akfi.example.org/rules/kabaddi", kind=W),
 dict(authors=["ಕಾಮತ್"], title="ಕುಸ್ತಿ ಮತ್ತು ಮೈಸೂರು ದಸರಾ", year=2018, kind=CH),
 dict(title="ದಸರಾ ಕುಸ್ತಿ ಪಂದ್ಯಗಳ ಕಡತ", kind=U),
 dict(title="National Council for Teacher Education (Recognition Norms and Procedure) Regulations", year=2014, kind=R),
 dict(title="ಬಿ.ಪಿ.ಎಡ್. ಪಠ್ಯಕ್ರಮ: ದೈಹಿಕ ಶಿಕ್ಷಣ ಸ್ನಾತಕ ಪದವಿ", url="https://mangaloreuniversity.example.org/syllabus/bped.pdf", kind=W),
]
put("pdftext", "kambala-kn", {
 "about": "An invented Kannada journal article as pdftotext gives four pages of an invented journal (ಕ್ರೀಡಾ ವಿಜ್ಞಾನ ಪತ್ರಿಕೆ): head with volume, pages, ISSN and the article's own DOI, a title over two lines, author and affiliation, ಸಾರಾಂಶ and ಕೀಲಿ ಪದಗಳು, real form feeds, running heads with page numbers (46, 48 verso with the journal; 47 recto with the author and short title) on pages 2–4; numbered sections; numbered citations in square brackets with `ಪುಟ` locators and groups (`[5; 6, ಪುಟ 71]`, `[8; 9]`, `[6; 10]`, `[1,`⏎`ಪುಟ 15–55]` keyed at the line where it opens, `[4, ಪುಟ 88; 11, ಪುಟ 30]`), numbered in order of first citation, and a ಉಲ್ಲೇಖಗಳು list of 16 entries in APA-like style (continuation lines indented four spaces), continued over the page break, followed by the received/revised/published dates. Pairs labelled by the entry's number; notes are the cited entries. Kinds: monographs (`book`), an edited volume `(Eds.)` (`book`, editors not keyed), a Kannada monograph, an article without DOI (Claus), a Kannada article with DOI, a Kannada newspaper piece (Prajavani, `article`), a Kannada PhD thesis (`thesis`, `(ಪಿಎಚ್.ಡಿ. ಮಹಾಪ್ರಬಂಧ)` no part of the title), the Supreme Court's Nagaraja judgment (`report`, case law, year 2014), the Karnataka amendment act of 2017 (`report`, title without `, 2017`, round 84), the NCTE regulations of 2014 (`report`, title without `, 2014`), a Zenodo data set `(Version 1.1) [Data set]` (`web`, version no part of the title, `2014–2024` part of it, year 2025), two web pages with `ಸಂದರ್ಶಿಸಿದ ದಿನಾಂಕ` and no year (`web`; the federation and the university, corporate authors, not keyed), a chapter in an edited volume (`chapter`, editor not keyed), a State Archives file (`unknown`, its item title, file number and date range, no year). Kannada authors keyed by the family name before the comma (`ಶೆಟ್ಟಿ`, `ಹೆಗ್ಡೆ`, `ರಾವ್`, `ನಾಯಕ್`, `ಕಾಮತ್`). Clean. Invented: the journal, its ISSN and the article's DOI, the author ಶ್ರೀನಿಧಿ ಉಪಾಧ್ಯ and the centre, K. Prabhakara Shetty's book and its press, Ashwini Hegde's thesis (Kuvempu University is real), Girish Rao's Prajavani piece (the paper is real), M. Rao and S. Pai's data set and DOI, Suma R. Nayak's article and DOI, Vinaya Kamath's chapter and S. N. Joshi's volume (the Kannada Pustaka Pradhikara is real), the archives file and its number, the AKFI page's and the Mangalore University page's hosts (both bodies are real). Real works (Guttmann 1978, Majumdar & Mangan's volume, Alter 1992, Claus 1979, the Nagaraja judgment, the 2017 Karnataka amendment act, the NCTE regulations 2014) with their data as remembered (years, pages, volume numbers and report citations may differ from the published records).",
 "document": "desi-kridegalu.txt", "reader": "plain-text", "clean": True,
 "notes": {str(i + 1): e for i, e in enumerate(pt)},
 "literature": pt,
})
