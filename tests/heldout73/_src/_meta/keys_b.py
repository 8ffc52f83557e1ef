"""Writes the meta.json of heldout73 half B's documents (rmarkdown, docx, odt, pdftext, mediawiki).
Round 86's theme for half B: law and legal history.  Labels and lines come from the ⟦label⟧
annotations in the sources (for the odt, from its {fn:…} footnotes); fields are given here by
hand.  Conventions: ../../HALF_B.md.  Then (from the repository root):
  .venv/bin/python tests/corpus_build/build.py tests/heldout73 docket-dissent-en kodigo-sibil-tl hagaj-konvencioj-eo
  .venv/bin/python tests/corpus_build/build_docx.py tests/heldout73 muluki-ain-ne
  .venv/bin/python tests/heldout73/_src/_meta/build_odt_b.py
  python3 tests/heldout73/_src/_meta/check_b.py"""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
B, A, R, CH, W, T, U = "book", "article", "report", "chapter", "web", "thesis", "unknown"


def put(fmt, name, meta):
    p = os.path.join(HERE, "..", fmt, name, "meta.json")
    open(p, "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")


# ---- rmarkdown: English empirical legal studies, R Markdown + BibTeX, csl: chicago-author-date ----
rm = {
 "spaeth2023": dict(authors=["Spaeth", "Epstein", "Martin", "Segal", "Ruger", "Benesh"], title="Supreme Court Database", year=2023, url="http://supremecourtdatabase.org", kind=W),
 "epstein2014": dict(authors=["Epstein", "Martin"], title="An Introduction to Empirical Legal Research", year=2014, kind=B),
 "galanter1974": dict(authors=["Galanter"], title="Why the “Haves” Come out Ahead: Speculations on the Limits of Legal Change", year=1974, doi="10.2307/3053023", kind=A),
 "galanter2004": dict(authors=["Galanter"], title="The Vanishing Trial: An Examination of Trials and Related Matters in Federal and State Courts", year=2004, doi="10.1111/j.1740-1461.2004.00014.x", kind=A),
 "martin2002": dict(authors=["Martin", "Quinn"], title="Dynamic Ideal Point Estimation via Markov Chain Monte Carlo for the U.S. Supreme Court, 1953–1999", year=2002, doi="10.1093/pan/10.2.134", kind=A),
 "segal2002": dict(authors=["Segal", "Spaeth"], title="The Supreme Court and the Attitudinal Model Revisited", year=2002, kind=B),
 "elkins2009": dict(authors=["Elkins", "Ginsburg", "Melton"], title="The Endurance of National Constitutions", year=2009, kind=B),
 "elkins2022": dict(authors=["Elkins", "Ginsburg", "Melton"], title="Characteristics of National Constitutions", year=2022, url="https://comparativeconstitutionsproject.org", kind=W),
 "epstein2013": dict(authors=["Epstein", "Landes", "Posner"], title="The Behavior of Federal Judges: A Theoretical and Empirical Study of Rational Choice", year=2013, kind=B),
 "epstein2002": dict(authors=["Epstein", "King"], title="The Rules of Inference", year=2002, doi="10.2307/1600349", kind=A),
 "ho2011": dict(authors=["Ho", "Rubin"], title="Credible Causal Inference for Empirical Legal Studies", year=2011, doi="10.1146/annurev-lawsocsci-102510-105423", kind=A),
 "aousc2023": dict(title="Federal Judicial Caseload Statistics 2023", year=2023, kind=R),
 "brown1954": dict(title="Brown v. Board of Education", year=1954, kind=R),
 "planned1992": dict(title="Planned Parenthood of Southeastern Pennsylvania v. Casey", year=1992, kind=R),
 "benoit2018": dict(authors=["Benoit", "Watanabe", "Wang", "Nulty", "Obeng", "Müller", "Matsuo"], title="quanteda: An R Package for the Quantitative Analysis of Textual Data", year=2018, doi="10.21105/joss.00774", kind=A),
 "r2024": dict(title="R: A Language and Environment for Statistical Computing", year=2024, url="https://www.R-project.org/", kind=W),
 "okafor2022": dict(authors=["Okafor-Lindqvist"], title="Docket Pressure and Dissent in State Courts of Last Resort, 1980–2020", year=2022, kind=T),
 "brandt2025": dict(authors=["Brandt-Mwangi", "Hollis"], title="State High Court Dissent Panel", year=2025, doi="10.99999/zenodo.8841207", kind=W),
 "meerholz2020": dict(authors=["Meerholz"], title="Counting Cases: Caseload Statistics as Evidence in Comparative Judicial Studies", year=2020, kind=CH),
}
RM_LIT = ["aousc2023", "benoit2018", "brandt2025", "brown1954", "elkins2009", "elkins2022", "epstein2002", "epstein2013",
          "epstein2014", "galanter1974", "galanter2004", "ho2011", "martin2002", "meerholz2020", "okafor2022", "planned1992",
          "r2024", "segal2002", "spaeth2023"]
put("rmarkdown", "docket-dissent-en", {
 "about": "An invented English empirical-legal-studies paper (docket pressure and dissent in the US Supreme Court and state courts of last resort, 1980–2022) as an R Markdown document (`.Rmd`, `html_document`) with `bibliography: references.bib` and `csl: chicago-author-date.csl` (not in the folder; Chicago author-date sorts by author, date, title, a work without author by its title): YAML with two authors, a setup chunk reading the SCDB CSV and loading quanteda, a plotting chunk, an unevaluated glm chunk, `[@a, pp. 86--97]`, `[@a, ch. 6; see also @b]`, `[@a; @b]`, `[see @a, 32; @b, ch. 9]`, `[-@key, 97--104]`, `[@key, table B-1]`, `[@key, version 1.2]`, narrative `@key` and `@key [pp. 55--61]`, italic case names before `[@key]`, `::: {#refs}`; BibTeX types `@article`, `@book`, `@incollection` (with editors), `@techreport` (braced corporate author), `@misc` (two Supreme Court opinions by U.S. Reports citation in `howpublished`), `@manual` (R), `@dataset` (three, with `version`), `@phdthesis`; a title with ``…'' quotes, braces protecting capitals, a LaTeX umlaut. Real works cited with data as remembered (the Supreme Court Database 2023 Release 01, Epstein & Martin 2014, Galanter 1974 in Law & Society Review and 2004 in the Journal of Empirical Legal Studies, Martin & Quinn 2002, Segal & Spaeth 2002, Elkins, Ginsburg & Melton 2009 and the CCP's Characteristics of National Constitutions 4.0, Epstein, Landes & Posner 2013, Epstein & King 2002 in the University of Chicago Law Review, Ho & Rubin 2011, the Administrative Office's Federal Judicial Caseload Statistics 2023, Brown v. Board of Education 347 U.S. 483 (1954), Planned Parenthood v. Casey 505 U.S. 833 (1992), Benoit et al. 2018 in JOSS, R 2024; DOIs, author lists, pages and URLs remembered, not looked up). Invented: the authors Priya Castellanos-Whitby and Jonah Eberhardt-Osei and every finding, Okafor-Lindqvist's thesis and the University of Westmarch, Brandt-Mwangi & Hollis's Zenodo panel and its DOI 10.99999/zenodo.8841207, Meerholz's chapter and the volume edited by Harrow and Quist (Eastmarch University Press). Planted: `@owens2012` (cited once) has no entry in references.bib: `missing-literature-entry` at its line.",
 "document": "docket-dissent.Rmd", "reader": "pandoc-markdown", "clean": True,
 "notes": dict(rm),
 "literature": [rm[k] for k in RM_LIT],
})

# ---- docx: Nepali, constitutional and legal history of Nepal; footnotes + सन्दर्भ सामग्री (Nepali, then English) ----
hofer = dict(authors=["Höfer"], title="The Caste Hierarchy and the State in Nepal: A Study of the Muluki Ain of 1854", year=1979, kind=B)
muluki = dict(title="मुलुकी ऐन", year=1854, kind=R)
whelpton = dict(authors=["Whelpton"], title="A History of Nepal", year=2005, kind=B)
regmi = dict(authors=["Regmi"], title="Landownership in Nepal", year=1976, kind=B)
gautam = dict(authors=["गौतम"], title="मुलुकी ऐन र जातीय पदानुक्रम: कानूनी इतिहासको पुनर्पाठ", year=2018, kind=B)
abhilekh = dict(title="मुलुकी ऐन छपाउनेसम्बन्धी रुक्का", year=1870, kind=U)
adhikari = dict(authors=["अधिकारी"], title="राणाकालीन अड्डा अदालत र न्याय सम्पादन", year=2021, kind=A)
const1990 = dict(title="नेपाल अधिराज्यको संविधान", year=1990, kind=R)
malagodi = dict(authors=["Malagodi"], title="Constitutional Nationalism and Legal Exclusion: Equality, Identity Politics, and Democracy in Nepal (1990–2007)", year=2013, kind=B)
const2015 = dict(title="नेपालको संविधान", year=2015, kind=R)
pant = dict(title="सुनिलबाबु पन्त वि. नेपाल सरकार", year=2007, kind=R)
dhungana = dict(title="मीरा ढुंगाना वि. श्री ५ को सरकार", year=1995, kind=R)
paudel = dict(authors=["पौडेल"], title="नेपालमा सर्वोच्च अदालतको रिट क्षेत्राधिकारको विकास", year=2019, kind=T)
civil2017 = dict(title="मुलुकी देवानी (संहिता) ऐन", year=2017, kind=R)
lawcom = dict(title="मुलुकी ऐन (पुरानो संस्करणहरू)", url="https://www.lawcommission.gov.np/np/archives/category/documents/prevailing-law", kind=W)
thapa = dict(authors=["Thapa-Lindgren"], title="Codification and Caste in Rana Nepal: Reading the Muluki Ain of 1854", year=2019, doi="10.99999/jlh.2019.1612", kind=A)
gurung = dict(authors=["Gurung-Ferreira"], title="Land, Law and Lineage in the Nepal Tarai, 1854–1963", year=2021, kind=B)
dx_notes = [hofer, muluki, muluki, whelpton, regmi, gautam, hofer, abhilekh, adhikari, const1990, malagodi, const2015,
            pant, dhungana, paudel, civil2017, lawcom, thapa, malagodi, gautam]
assert len(dx_notes) == 20
put("docx", "muluki-ain-ne", {
 "about": "An invented Nepali legal-history article (from the Muluki Ain of 1910 BS / 1854 to the Constitution of Nepal 2072 BS / 2015: caste hierarchy, land, courts and equality) in Word, Devanagari with Devanagari digits, Bikram Sambat years beside AD years (`वि.सं. २०७५ [सन् २०१८]`, `२०७२ (सन् २०१५)`): title, byline, Heading 1 sections, 20 footnotes in the manner of Nepali law and history journals — Nepali works in Nepali (`नाम थर, *शीर्षक* (स्थान: प्रकाशक, वि.सं. … [सन् …]), पृ. ४५।`, a विद्यावारिधि शोधप्रबन्ध, a quarterly's article, an item of the राष्ट्रिय अभिलेखालय with पोका and कागज numbers, the Muluki Ain by its महल and नं., the 1990 and 2015 constitutions by धारा with the Nepal Rajpatra, the Muluki Civil Code 2074 by दफा, two Supreme Court decisions by ने.का.प. year, अंक and नि.नं., the Law Commission's page with `हेरिएको मिति`), English works in Latin script in Chicago notes (one DOI as `https://doi.org/`), `ऐजन, …।` for ibid., `Höfer, पूर्ववत्, 112.`, `Malagodi, पूर्ववत्, …`, `गौतम, पूर्ववत्, …` for op. cit.; two footnotes on one body paragraph; a `सन्दर्भ सामग्री` with two sub-headings, `नेपाली` (11 entries, inverted `थर, नाम।`, laws and decisions by title, Devanagari order) and `अंग्रेजी` (6 entries, Chicago author-date, alphabetical), all in Bibliography style, keyed in that order. Real works cited with data as remembered (Höfer 1979, Whelpton 2005, Regmi 1976, Malagodi 2013, the Muluki Ain in the Kanun Kitab Byabastha Samiti's edition of 2022 BS, the constitutions of 2047 and 2072 BS and the Rajpatra reference, the Muluki Civil Code 2074, Sunil Babu Pant v. Government of Nepal (decided 2064/9/6 BS, 21 December 2007) and Meera Dhungana v. HMG (2052 BS) with NKP volumes and decision numbers remembered, not looked up and possibly wrong, the Law Commission's host). Invented: the author Asha Shrestha-Brown, Suryaprasad Gautam's book and Himshikhar Prakashan, Rama Adhikari's article and the quarterly कानून र समाज त्रैमासिक, the archival ruqqa of 1927 BS and its पोका/कागज numbers, Gita Paudel's thesis, the Law Commission page's title and path, Thapa-Lindgren's Journal of Legal History article and its DOI 10.99999/jlh.2019.1612, Gurung-Ferreira's book and Chandragiri Books. Planted: the English entry Gurung-Ferreira 2021 is listed but no footnote cites it: `uncited-literature-entry` at its paragraph.",
 "document": "muluki-ain-ne.docx", "reader": "docx", "clean": True, "lang": "ne-NP",
 "title": "मुलुकी ऐनदेखि संविधानसम्म", "creator": "Asha Shrestha-Brown",
 "notes": {str(i + 1): e for i, e in enumerate(dx_notes)},
 "literature": [adhikari, gautam, const1990, lawcom, const2015, paudel, dhungana, muluki, civil2017, abhilekh, pant,
                gurung, hofer, malagodi, regmi, thapa, whelpton],
})

# ---- odt: Belarusian, legal history of the Grand Duchy of Lithuania; GOST footnotes + numbered Літаратура ----
statut = dict(title="Статут Вялікага княства Літоўскага 1588: Тэксты. Даведнік. Каментарыі", year=1989, kind=B)
last = dict(authors=["Ластоўская"], title="Прадмова Льва Сапегі да Статута 1588 года: рыторыка і права", year=2019, kind=A)
bardach = dict(authors=["Bardach"], title="Statuty litewskie a prawo rzymskie", year=1999, kind=B)
yukho = dict(authors=["Юхо"], title="Кароткі нарыс гісторыі дзяржавы і права Беларусі", year=1992, kind=B)
frost = dict(authors=["Frost"], title="The Oxford History of Poland-Lithuania", year=2015, kind=B)
metryka = dict(title="Метрыка Вялікага Княства Літоўскага. Кніга 28 (1522–1552). Кніга запісаў 28", year=2000, kind=B)
kopys = dict(authors=["Копысский"], title="Магдебургское право в городах Белоруссии (конец XV – первая половина XVII в.)", year=1972, kind=B)
kopiya = dict(title="Копія прывілея гораду Мінску на магдэбургскае права", year=1591, kind=U)
zhuk = dict(authors=["Жукоўская-Рыўс"], title="Магдэбургскае права ў Мінску ў XVI–XVII стст.", year=2016, kind=T)
charn = dict(authors=["Чарняўскі-Олдэн"], title="Актавыя кнігі магістратаў і гарадская справаводчая культура", year=2018, kind=CH)
maroz = dict(authors=["Мароз-Сміт"], title="Колькасны аналіз актавых кніг Віцебскага магістрата (1590–1650)", year=2021, doi="10.99999/2520-6338-2021-3-34-45", kind=A)
picheta = dict(authors=["Пичета"], title="Белоруссия и Литва XV–XVI вв.: исследования по истории социально-экономического, политического и культурного развития", year=1961, kind=B)
elec = dict(title="Электронная копія Статута 1588 года", url="https://statut1588.example.org/vydanne", kind=W)
od_notes = [statut, statut, last, bardach, yukho, frost, metryka, kopys, kopiya, zhuk, zhuk, charn, maroz, yukho, picheta,
            elec, bardach, kopys, last]
assert len(od_notes) == 19
put("odt", "statut-vkl-be", {
 "about": "An invented Belarusian legal-history article (the Statute of the Grand Duchy of Lithuania of 1588 and Lew Sapieha's preface, Roman law, Magdeburg law in Belarusian towns, town courts) in LibreOffice: title, author and affiliation paragraphs, headings, 19 footnotes (text:note footnote) in the GOST 7.0.5 manner of Belarusian journals (`Прозвішча І. Б. Загаловак. — Горад: Выдавецтва, год. — С. 45.`, `//` before a journal, a collection or an archive, `/ рэдкал.:`, `/ падрыхт.`, `/ пад рэд.`, `дыс. … канд. гіст. навук: 07.00.02`, an NHAB fonds with Ф., Воп., Спр., Арк., a DOI as `— DOI: …`, `— URL: … (дата звароту: 12.11.2026)`, Russian works in Russian, Polish with `S.`, English with `Vol.`/`P.`), `Тамсама. — С. 47.` for ibid., `Юхо Я. А. Цыт. праца. — С. 120.` and `Bardach J. Op. cit. — S. 233.` for op. cit., two footnotes on one paragraph; and a numbered `Літаратура` of 13 items (Cyrillic in Belarusian alphabetical order, then Latin), keyed in that order. Real works cited with data as remembered (the 1989 edition of the Statute of 1588 (Беларуская савецкая энцыклапедыя, editorial board under I. P. Shamiakin), Bardach 1999, Yukho 1992, Frost 2015, the Belarusian edition of Lithuanian Metrica book 28 prepared by V. Meniŭski (Athenaeum 2000), Kopysskii 1972, Picheta 1961; publishers, pages and the NHAB fonds number 1705 remembered, not looked up). Invented: the author Hanna Lebedz-Thornton and her institute, Lastoŭskaja's Беларускі гістарычны часопіс article (the journal is real), the file Спр. 4 and its title, Zhukoŭskaja-Ryŭs's dissertation, Charniaŭski-Olden's chapter and Mazur-Hilton's volume, Maroz-Smith's article in the Journal of the Belarusian State University. History and its DOI 10.99999/2520-6338-2021-3-34-45, the electronic copy on statut1588.example.org.",
 "document": "statut-vkl-be.odt", "reader": "odt", "clean": True,
 "title": "Статут 1588 года і магдэбургскае права",
 "notes": {str(i + 1): e for i, e in enumerate(od_notes)},
 "literature": [zhuk, kopiya, kopys, last, maroz, metryka, picheta, statut, charn, elec, yukho, bardach, frost],
 "defects": [],
})

# ---- pdftext: Tagalog/Filipino, Philippine family law and the Civil Code; footnotes as pdftotext gives them ----
agon = dict(authors=["Agoncillo"], title="The Revolt of the Masses: The Story of Bonifacio and the Katipunan", year=1956, kind=B)
tol = dict(authors=["Tolentino"], title="Commentaries and Jurisprudence on the Civil Code of the Philippines", year=1990, kind=B)
civil = dict(title="An Act to Ordain and Institute the Civil Code of the Philippines", year=1949, kind=R)
codecom = dict(title="Report of the Code Commission on the Proposed Civil Code of the Philippines", year=1948, kind=R)
family = dict(title="The Family Code of the Philippines", year=1987, kind=R)
sempio = dict(authors=["Sempio-Diy"], title="Handbook on the Family Code of the Philippines", year=1988, kind=B)
santos = dict(title="Santos v. Court of Appeals", year=1995, kind=R)
molina = dict(title="Republic v. Molina", year=1997, kind=R)
tsoi = dict(title="Chi Ming Tsoi v. Court of Appeals", year=1997, kind=R)
ngote = dict(title="Ngo Te v. Yu-Te", year=2009, kind=R)
tanandal = dict(title="Tan-Andal v. Andal", year=2021, kind=R)
dizon = dict(authors=["Dizon-Okafor"], title="Psychological Incapacity in the Regional Trial Courts, 1998–2018: An Empirical Study", year=2020, kind=T)
magna = dict(title="An Act Providing for the Magna Carta of Women", year=2009, kind=R)
pcwfaq = dict(title="Magna Carta of Women: Frequently Asked Questions", url="https://pcw.gov.ph/faq-magna-carta-of-women/", kind=W)
irr = dict(title="Implementing Rules and Regulations of Republic Act No. 9710", year=2010, kind=R)
silverio = dict(title="Silverio v. Republic", year=2007, kind=R)
lacson = dict(authors=["Lacson-Varga"], title="Silverio and the Limits of Statutory Silence", year=2010, doi="10.99999/plj.2010.84.2.211", kind=A)
pt_notes = [agon, tol, civil, civil, codecom, codecom, family, family, sempio, santos, molina, tsoi, ngote, tanandal, dizon,
            magna, pcwfaq, irr, silverio, lacson, tol, agon]
assert len(pt_notes) == 22
put("pdftext", "kodigo-sibil-tl", {
 "about": "An invented Tagalog/Filipino legal-history article (the Civil Code of 1950, the Family Code of 1987 and psychological incapacity under its Article 36, the Magna Carta of Women) as pdftotext (no -layout) gives three pages of a law journal's article (an invented journal, Dyornal ng Batas at Lipunan): journal head with the article's own (invented) DOI, title, author with a `*` affiliation note, Buod (abstract), Mga susing salita, sections, form feeds, running heads with page numbers, words hyphenated at line ends, footnote markers flattened to digits after the word or punctuation they follow (`Malolos.1`, `1949,3`, `1950.4`, two markers on one line), and the footnotes at the foot of each page in the Philippine manner (Bluebook-like: `1 Arturo M. Tolentino, Commentaries … 3–5 (1990)` with the volume before the author, statutes by title with `[CIVIL CODE]` and `Republic Act No. 386 (1949)`, Supreme Court decisions by G.R. No. and SCRA, a law-review article as `84 Phil. L.J. 211, 215 (2010), doi:…`, a web page with `huling na-access noong`, a master's thesis with `(di-nalathalang tesis masteral, …)`, `Id.`, `Id. sa 78–80.` for ibid., `Tolentino, supra note 2, sa 412.` for op. cit.); no bibliography. Real works cited with data as remembered (Agoncillo 1956, Tolentino's Commentaries vol. 1 (1990), Republic Act No. 386, the Code Commission's 1948 report, Executive Order No. 209, Sempio-Diy 1988, Santos v. CA, Republic v. Molina, Chi Ming Tsoi v. CA, Ngo Te v. Yu-Te, Tan-Andal v. Andal, Republic Act No. 9710 and the PCW's IRR, Silverio v. Republic; G.R. numbers, SCRA pages, dates and the pcw.gov.ph URL remembered, not looked up). Invented: the author Ma. Teresa Villanueva-Haldane and her college, the journal and the article's DOI 10.99999/dbl.2025.8.1.55, Dizon-Okafor's thesis, the FAQ page's title and path, Lacson-Varga's Philippine Law Journal article (the journal is real) and its DOI 10.99999/plj.2010.84.2.211.",
 "document": "kodigo-sibil.txt", "reader": "pdf-text", "clean": True,
 "notes": {str(i + 1): e for i, e in enumerate(pt_notes)},
 "literature": [],
})

# ---- mediawiki: Esperanto, international law (the Hague Conventions, the PCIJ and ICJ, the VCLT, Esperanto and the League) ----
scott = dict(title="The Hague Conventions and Declarations of 1899 and 1907", year=1915, kind=B)
best = dict(authors=["Best"], title="Peace Conferences and the Century of Total War: The 1899 Hague Conference and What Came After", year=1999, doi="10.1111/1468-2346.00098", kind=A)
hull = dict(authors=["Hull"], title="The Two Hague Conferences and Their Contributions to International Law", year=1908, kind=B)
hagoiv = dict(title="Convention (IV) respecting the Laws and Customs of War on Land and its annex", year=1907, url="https://ihl-databases.icrc.org/en/ihl-treaties/hague-conv-iv-1907", kind=R)
chorzow = dict(title="Factory at Chorzów", year=1928, kind=R)
wall = dict(title="Legal Consequences of the Construction of a Wall in the Occupied Palestinian Territory", year=2004, kind=R)
nicaragua = dict(title="Military and Paramilitary Activities in and against Nicaragua", year=1986, kind=R)
vclt = dict(title="Vienna Convention on the Law of Treaties", year=1969, url="https://treaties.un.org/doc/Publication/UNTS/Volume%201155/volume-1155-I-18232-English.pdf", kind=R)
shaw = dict(authors=["Shaw"], title="International Law", year=2021, kind=B)
crawford = dict(authors=["Crawford"], title="Brownlie's Principles of Public International Law", year=2019, kind=B)
heroldo = dict(authors=["Lindqvist-Arrabal"], title="Zamenhof, Hago kaj la revo pri monda juro", year=2017, kind=A)
ligo = dict(title="Esperanto as an International Auxiliary Language", year=1922, kind=R)
kowalska = dict(authors=["Kowalska-Bertrand"], title="La Ligo de Nacioj kaj la lingva demando, 1920–1925", year=2019, kind=T)
uea = dict(title="UEA kaj la Unuiĝintaj Nacioj", url="https://uea.org/asocio/UN", kind=W)
charter = dict(title="Charter of the United Nations", year=1945, url="https://www.un.org/en/about-us/un-charter/full-text", kind=R)
mw_notes = [scott, best, hull, hagoiv, chorzow, wall, nicaragua, vclt, shaw, crawford, heroldo, ligo, kowalska, uea, charter]
put("mediawiki", "hagaj-konvencioj-eo", {
 "about": "An Esperanto Wikipedia-style article (written for this corpus) on the Hague Conventions of 1899 and 1907 and their later use: an Esperanto infobox template, internal links, sections on their history, their use by the PCIJ and the ICJ, the Vienna Convention on the Law of Treaties, Esperanto and the League of Nations, `Vidu ankaŭ`, `Referencoj` (`<references/>`), categories; `<ref>`s with English CS1 templates as eo.wikipedia uses them (`{{cite book}}` with `editor-last` only, `edition=9-a`, `{{cite journal}}` with `doi`, `{{cite web}}` for three treaties with `publisher` and Esperanto access dates, `{{cite news}}` with an Esperanto `date`, `{{cite report}}` with a corporate `author=` and `id=`, `{{Cite thesis}}`), one Esperanto template (`{{Citaĵo el la reto}}` with `titolo`, `url`, `eldonejo`, `alirdato`), three plain refs for PCIJ and ICJ decisions (italic case name, parties in Esperanto, Series A / I.C.J. Reports), named refs reused (`scott` three times, `best`, `hagoIV`, `vclt`, `shaw`, `ligo`), refs side by side; notes numbered by first use (15 notes for 22 markers). Real works cited with data as remembered (Scott 1915, Best 1999 in International Affairs, Hull 1908, Hague Convention IV of 1907 and the ICRC database URL, Factory at Chorzów (1928, Series A No. 17), the Wall advisory opinion (2004), Nicaragua v. United States (1986), the VCLT (1155 UNTS 331, registration 18232) and its UNTS PDF URL, Shaw 2021, Crawford 2019, the League Secretariat's 1922 report on Esperanto (document number remembered, possibly wrong), the UN Charter page URL; not looked up). Invented: Lindqvist-Arrabal's Heroldo de Esperanto item (the newspaper is real), Kowalska-Bertrand's thesis and the University of Orientmarko, the UEA page's title and path on uea.org. The article has no bibliography section: the literature is empty.",
 "document": "hagaj-konvencioj.wiki", "reader": "mediawiki", "clean": True,
 "notes": {str(i + 1): e for i, e in enumerate(mw_notes)},
 "literature": [],
})
