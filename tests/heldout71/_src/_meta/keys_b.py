"""Writes the meta.json of heldout71 half B's documents (rmarkdown, docx, odt, pdftext, mediawiki).
Round 84's theme for half B: history of medicine and public health.  Labels and lines come from the
⟦label⟧ annotations in the sources (for the odt, from its {fn:…} footnotes); fields are given here
by hand.  Conventions: ../../HALF_B.md.  Then:
  .venv/bin/python tests/corpus_build/build.py tests/heldout71 snow-mortality-en furuqa-soomaaliya-so leigheas-gaidhealtachd-gd
  .venv/bin/python tests/corpus_build/build_docx.py tests/heldout71 unani-pakistan-ur
  .venv/bin/python tests/heldout71/_src/_meta/build_odt_b.py
  python3 tests/heldout71/_src/_meta/check_b.py"""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
B, A, R, CH, W, T, U = "book", "article", "report", "chapter", "web", "thesis", "unknown"


def put(fmt, name, meta):
    p = os.path.join(HERE, "..", fmt, name, "meta.json")
    open(p, "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")


# ---- rmarkdown: English historical epidemiology (Bills of Mortality, Broad Street, 1918), R Markdown + BibTeX, csl: apa ----
rm = {
 "snow1855": dict(authors=["Snow"], title="On the Mode of Communication of Cholera", year=1855, kind=B),
 "graunt1662": dict(authors=["Graunt"], title="Natural and Political Observations Made upon the Bills of Mortality", year=1662, kind=B),
 "vinten2003": dict(authors=["Vinten-Johansen", "Brody", "Paneth", "Rachman", "Rip"], title="Cholera, Chloroform, and the Science of Medicine: A Life of John Snow", year=2003, kind=B),
 "brody2000": dict(authors=["Brody", "Rip", "Vinten-Johansen", "Paneth", "Rachman"], title="Map-making and myth-making in Broad Street: the London cholera epidemic, 1854", year=2000, doi="10.1016/S0140-6736(00)02442-9", kind=A),
 "johnson2002": dict(authors=["Johnson", "Mueller"], title="Updating the accounts: global mortality of the 1918–1920 “Spanish” influenza pandemic", year=2002, doi="10.1353/bhm.2002.0022", kind=A),
 "taubenberger2006": dict(authors=["Taubenberger", "Morens"], title="1918 Influenza: the Mother of All Pandemics", year=2006, doi="10.3201/eid1201.050979", kind=A),
 "szreter1988": dict(authors=["Szreter"], title="The Importance of Social Intervention in Britain's Mortality Decline c.1850–1914: a Re-interpretation of the Role of Public Health", year=1988, doi="10.1093/shm/1.1.1", kind=A),
 "mckeown1976": dict(authors=["McKeown"], title="The Modern Rise of Population", year=1976, kind=B),
 "hardy1993": dict(authors=["Hardy"], title="The Epidemic Streets: Infectious Disease and the Rise of Preventive Medicine, 1856–1900", year=1993, kind=B),
 "gro1868": dict(title="Report on the Cholera Epidemic of 1866 in England", year=1868, kind=R),
 "marr2019": dict(authors=["Marr-Ishikawa"], title="Counting the Dead Twice: Parish Clerks, Searchers and the Weekly Bills, 1665–1700", year=2019, kind=CH),
 "adebayo2021": dict(authors=["Adebayo-Lund"], title="Water Companies, Sewers and Mortality in the Registration Districts of South London, 1849–1866", year=2021, kind=T),
 "okonkwo2024": dict(authors=["Okonkwo-Hale", "Baptiste"], title="Weekly Bills of Mortality for the London Parishes, 1664–1700: Transcribed Counts by Cause", year=2024, doi="10.99999/zenodo.11772013", kind=W),
 "friendly2021": dict(authors=["Friendly"], title="HistData: Data Sets from the History of Statistics and Data Visualization", year=2021, url="https://CRAN.R-project.org/package=HistData", kind=W),
 "pebesma2018": dict(authors=["Pebesma"], title="Simple Features for R: Standardized Support for Spatial Vector Data", year=2018, doi="10.32614/RJ-2018-009", kind=A),
 "r2024": dict(title="R: A Language and Environment for Statistical Computing", year=2024, url="https://www.R-project.org/", kind=W),
 "koch2009": dict(authors=["Koch", "Denike"], title="Crediting his critics' concerns: Remaking John Snow's map of Broad Street cholera, 1854", year=2009, doi="10.1016/j.socscimed.2009.07.046", kind=A),
 "moh1920": dict(title="Report on the Pandemic of Influenza, 1918–19", year=1920, kind=R),
}
RM_LIT = ["adebayo2021", "brody2000", "friendly2021", "gro1868", "graunt1662", "hardy1993", "johnson2002", "koch2009",
          "marr2019", "mckeown1976", "moh1920", "okonkwo2024", "pebesma2018", "r2024", "snow1855", "szreter1988",
          "taubenberger2006", "vinten2003"]
put("rmarkdown", "snow-mortality-en", {
 "about": "An invented English historical-epidemiology paper (re-reading the London Bills of Mortality, the 1854 Broad Street cholera and the 1918 influenza series with versioned R tools) as an R Markdown document (`.Rmd`, `html_document`) with `bibliography: references.bib` and `csl: apa.csl` (APA author–date, not in the folder; its list sorted by author, year): YAML with two authors, a setup chunk loading HistData and sf, a plotting chunk on HistData's Snow.deaths and Snow.pumps, an unevaluated model chunk, `[@a; @b]`, `[@a, pp. 35--52; @b]`, `[@a; see also @b]`, `[cf. @key, p. 26]`, `[@key, version 0.8-7]`, `[-@key, ch. 2]`, narrative `@key` and `@key [pp. 44--49]`, `::: {#refs}`; BibTeX types `@article`, `@book`, `@incollection` (with editors), `@techreport` (two, corporate authors), `@manual` (HistData and R), `@dataset`, `@phdthesis`; braced corporate authors (`{General Register Office}`, `{Ministry of Health}`, `{R Core Team}`), a title with ``…'' quotes. Real works cited with data as remembered (Snow 1855, Graunt 1662, Vinten-Johansen et al. 2003, Brody et al. 2000 in The Lancet, Johnson & Mueller 2002 in the Bulletin of the History of Medicine, Taubenberger & Morens 2006, Szreter 1988 in Social History of Medicine, McKeown 1976, Hardy 1993, the GRO's 1868 cholera report, Friendly's HistData 0.8-7, Pebesma 2018, R 2024, Koch & Denike 2009, the Ministry of Health's 1920 influenza report (Reports on Public Health and Medical Subjects No. 4), Whitehead's 1854 inquiry; DOIs, versions and publishers remembered, not looked up). Invented: the authors Imogen Sallis-Okafor and Dmitri Kowalczyk-Reid and every finding, Marr-Ishikawa's chapter and the volume edited by Halloran and de Vries (Eastbury University Press), Adebayo-Lund's PhD thesis and the University of Eastbury, Okonkwo-Hale & Baptiste's Zenodo dataset and its DOI 10.99999/zenodo.11772013. Planted: `@whitehead1854` (cited once) has no entry in references.bib: `missing-literature-entry` at its line.",
 "document": "broad-street.Rmd", "reader": "pandoc-markdown", "clean": True,
 "notes": dict(rm),
 "literature": [rm[k] for k in RM_LIT],
})

# ---- docx: Urdu, Unani medicine and public health in Pakistan; footnotes + کتابیات (Urdu, then English sources) ----
attewell = dict(authors=["Attewell"], title="Refiguring Unani Tibb: Plural Healing in Late Colonial India", year=2007, kind=B)
alavi = dict(authors=["Alavi"], title="Islam and Healing: Loss and Recovery of an Indo-Muslim Medical Tradition, 1600–1900", year=2008, kind=B)
faruqi = dict(authors=["فاروقی"], title="طب یونانی کا ارتقا: برصغیر میں ایک ہزار سال", year=2011, kind=B)
pharma = dict(title="Hamdard Pharmacopoeia of Eastern Medicine", year=1970, kind=B)
siddiqui = dict(authors=["Siddiqui"], title="Hakim Mohammed Said and the Institutionalisation of Tibb in Pakistan, 1948–1998", year=2018, kind=A)
archive = dict(title="مدینۃ الحکمہ کی زمین کے حصول سے متعلق خط و کتابت", year=1981, kind=U)
jang = dict(title="ہمدرد کے بانی حکیم محمد سعید کراچی میں قتل", year=1998, kind=A)
act1965 = dict(title="Unani, Ayurvedic and Homoeopathic Practitioners Act", year=1965, kind=R)
act2010 = dict(title="Punjab Healthcare Commission Act", year=2010, kind=R)
malik = dict(authors=["ملک"], title="پنجاب میں صحتِ عامہ کے قوانین، 1947–1990: ایک تاریخی جائزہ", year=2017, kind=T)
zahid = dict(authors=["حسین"], title="لاہور میں 1950 کی دہائی کی چیچک مہم اور حکما کا کردار", year=2015, kind=A)
closser = dict(authors=["Closser"], title="Chasing Polio in Pakistan: Why the World's Largest Public Health Initiative May Fail", year=2010, kind=B)
who = dict(title="Polio Eradication & Endgame Strategic Plan 2013–2018", year=2013, kind=R)
hussain = dict(authors=["Hussain", "Boyle", "Patel", "Sullivan"], title="Eradicating Polio in Pakistan: An Analysis of the Challenges and Solutions to This Security and Health Issue", year=2016, doi="10.1186/s12992-016-0195-3", kind=A)
qureshi = dict(authors=["Qureshi", "Baloch"], title="Use of Unani Remedies among Mothers Attending Polio Vaccination Camps in Karachi", year=2022, doi="10.99999/jpma.2022.4471", kind=A)
neoc = dict(title="Polio Cases in Provinces", url="https://neoc-pakistan.example.org/polio-cases-in-provinces", kind=W)
dx_notes = [attewell, alavi, faruqi, faruqi, pharma, siddiqui, archive, jang, act1965, act2010, malik, zahid, zahid,
            closser, who, hussain, qureshi, closser, neoc, alavi, faruqi]
assert len(dx_notes) == 21
put("docx", "unani-pakistan-ur", {
 "about": "An invented Urdu history-of-medicine article (Unani medicine and public health in Pakistan, 1947–2020: Hamdard and Hakim Mohammed Said, the registration of tabibs, Punjab health legislation, the polio eradication campaign) in Word, Arabic script, right to left (the builder writes no bidi marks; `lang` ur-PK): title, byline, Heading 1 sections, 21 footnotes in the manner of Urdu history journals — Urdu works in Urdu (`مصنف، *عنوان* (شہر: ناشر، سال)، ص 87۔`, a PhD مقالہ, a quarterly's article, an archival file of the Hamdard Foundation, a Jang headline), English works in Latin script in Chicago notes (`Name, *Title* (Place: Publisher, Year), pages.`, `ed.`, `2nd ed.`, `no.`, `https://doi.org/…` and `doi:…`, a WHO document number WHO/POLIO/13.02, two acts with their Gazette, a web page with `accessed`), `ایضاً، ص 102۔` for ibid., `Closser، محولہ بالا، ص 112۔`, `Alavi، محولہ بالا…`, `فاروقی، محولہ بالا…` for op. cit.; two footnotes on one body paragraph; a `کتابیات` with two sub-headings, `اردو مآخذ` (5 entries, inverted `خاندانی نام، ذاتی نام۔`, Urdu alphabetical order) and `انگریزی مآخذ` (11 entries, Chicago bibliography, alphabetical), all in Bibliography style, keyed in that order. Real works cited with data as remembered (Attewell 2007, Alavi 2008, the Hamdard Pharmacopoeia of Eastern Medicine edited by Hakim Mohammed Said, the Unani, Ayurvedic and Homoeopathic Practitioners Act 1965, the Punjab Healthcare Commission Act 2010 and its Gazette date, Closser 2010, the GPEI Polio Eradication & Endgame Strategic Plan 2013–2018 WHO/POLIO/13.02, Hussain, Boyle, Patel & Sullivan 2016 in Globalization and Health; editions, pages and numbers remembered, not looked up). Invented: the author Farhana Yousafzai-Edwards and her university, Salma Faruqi's book and Dar-ul-Hikmat Publishers, Siddiqui's Hamdard Medicus article, the Hamdard archive file HF/ADM/14/62, the Jang headline of 18 October 1998 (Hakim Said's murder on 17 October 1998 is real), Ayesha Malik's thesis, Zahid Hussain's article and the quarterly مجلہ طب و صحت, Qureshi & Baloch's JPMA article and its DOI 10.99999/jpma.2022.4471, the NEOC page on neoc-pakistan.example.org.",
 "document": "unani-pakistan-ur.docx", "reader": "docx", "clean": True, "lang": "ur-PK",
 "title": "طبِ یونانی اور صحتِ عامہ", "creator": "Farhana Yousafzai-Edwards",
 "notes": {str(i + 1): e for i, e in enumerate(dx_notes)},
 "literature": [zahid, faruqi, malik, archive, jang, alavi, attewell, closser, pharma, hussain, neoc, act2010, qureshi, siddiqui, act1965, who],
})

# ---- odt: Tatar, history of medicine in Kazan (the university's medical faculty, zemstvo medicine, folk medicine) ----
zagoskin = dict(authors=["Загоскин"], title="История Императорского Казанского университета за первые сто лет его существования, 1804–1904", year=1902, kind=B)
khair = dict(authors=["Хайретдинова"], title="Медицинский факультет Казанского университета в 1814–1917 гг.", year=2014, doi="10.99999/kmj2014-95-6-934", kind=A)
protocol = dict(title="Протоколы заседаний совета медицинского факультета за 1865 г.", year=1865, kind=U)
polozh = dict(title="Положение о губернских и уездных земских учреждениях", year=1864, kind=R)
frieden = dict(authors=["Frieden"], title="Russian Physicians in an Era of Reform and Revolution, 1856–1905", year=1981, kind=B)
hutch = dict(authors=["Hutchinson"], title="Politics and Public Health in Revolutionary Russia, 1890–1918", year=1990, kind=B)
mukh = dict(authors=["Мөхәммәтҗанова"], title="Казан губернасында земство медицинасы (1865–1917)", year=2012, kind=T)
sabir = dict(authors=["Сабирова"], title="Земство табиблары һәм татар авыллары", year=2016, kind=CH)
ramer = dict(authors=["Ramer"], title="Who Was the Russian Feldsher?", year=1976, kind=A)
vedom = dict(title="О холерной эпидемии в Казани", year=1892, kind=A)
gabdr = dict(authors=["Габдрахманов"], title="Татар халык медицинасы: тарих һәм традицияләр", year=2009, kind=B)
galiev = dict(authors=["Галиева"], title="Татар халык медицинасында им-томнар", year=2018, kind=A)
muzej = dict(title="Университет тарихы", url="https://kgmu-muzej.example.org/tarih", kind=W)
od_notes = [zagoskin, khair, khair, protocol, polozh, frieden, hutch, mukh, sabir, frieden, ramer, vedom, gabdr, galiev,
            galiev, zagoskin, muzej, mukh, gabdr]
assert len(od_notes) == 19
put("odt", "kazan-medicina-tt", {
 "about": "An invented Tatar history-of-medicine article (Kazan University's medical faculty, zemstvo medicine in Kazan guberniya and Tatar folk medicine, 1814–1917) in LibreOffice: title, author and affiliation paragraphs, headings, 19 footnotes (text:note footnote) in the Russian GOST 7.0.5 manner as Tatar journals use it (`Фамилия И. О. Заглавие. — Город: Издательство, год. — С. 312.`, Tatar `б.` for pages of Tatar works, `//` before a journal, a collection or an archive, `/ ред.`, `тарих фәннәре кандидаты диссертациясе`, a DOI as `— DOI: …`, `— URL: … (мөрәҗәгать итү вакыты: 14.10.2026)`, Russian works in Russian, English ones with `P.`/`Vol.`), `Шунда ук. — С. 936.` for ibid., `Frieden N. M. Күрс. хезм. — P. 112.` (`күрсәтелгән хезмәт`) for op. cit., two footnotes side by side, an archival file of the National Archive of the Republic of Tatarstan (НА РТ, ф. 977), the 1864 zemstvo statute in the Полное собрание законов, a Казанские губернские ведомости item; and a numbered `Әдәбият` of 13 items (Cyrillic in Tatar alphabetical order, then Latin), keyed in that order. Real works cited with data as remembered (Zagoskin's history of Kazan University vol. 1 1902, the Положение о губернских и уездных земских учреждениях of 1 January 1864, PSZ II vol. 39 no. 40457, Frieden 1981, Hutchinson 1990, Ramer 1976 in the Bulletin of the History of Medicine; pages and numbers remembered, not looked up). Invented: the author Läysän Mirkhäydärova-Shtern and her institute, Khayretdinova's Kazanskii meditsinskii zhurnal article and its DOI 10.99999/kmj2014-95-6-934, the archival file д. 1527 and its title, Mökhämmätjanova's dissertation, Sabirova's chapter and Väliev's volume, the Vedomosti item of 14 August 1892 (no. 180), Gabdrakhmanov's book, Galieva's Гасырлар авазы article, the museum page on kgmu-muzej.example.org.",
 "document": "kazan-medicina-tt.odt", "reader": "odt", "clean": True,
 "title": "Казан медицинасы тарихыннан",
 "notes": {str(i + 1): e for i, e in enumerate(od_notes)},
 "literature": [gabdr, galiev, zagoskin, mukh, vedom, polozh, protocol, sabir, muzej, khair, frieden, hutch, ramer],
 "defects": [],
})

# ---- pdftext: Somali, smallpox eradication and public health in Somalia, Vancouver numbered ----
pt = [
 dict(authors=["Fenner", "Henderson", "Arita", "Ježek", "Ladnyi"], title="Smallpox and its eradication", year=1988, kind=B),
 dict(authors=["Deria", "Jezek", "Markvart", "Carrasco", "Weisfeld"], title="The world's last endemic case of smallpox: surveillance and containment measures", year=1980, kind=A),
 dict(title="The global eradication of smallpox: final report of the Global Commission for the Certification of Smallpox Eradication, Geneva, December 1979", year=1980, kind=R),
 dict(authors=["Henderson"], title="Smallpox: the death of a disease", year=2009, kind=B),
 dict(authors=["Foege", "Millar", "Lane"], title="Selective epidemiologic control in smallpox eradication", year=1971, doi="10.1093/oxfordjournals.aje.a121325", kind=A),
 dict(authors=["Breman", "Arita"], title="The confirmation and maintenance of smallpox eradication", year=1980, doi="10.1056/NEJM198011273032204", kind=A),
 dict(title="Warbixinta sannadlaha ah ee barnaamijka ciribtirka furuqa, 1977", year=1978, kind=R),
 dict(title="Smallpox eradication programme, Somalia: field reports, Merca district, October–November 1977", year=1977, kind=U),
 dict(authors=["Tucker"], title="Scourge: the once and future threat of smallpox", year=2001, kind=B),
 dict(authors=["Xasan-Nordin", "Warsame"], title="Xusuusta shaqaalihii furuqa ee Marka: daraasad taariikh afeed", year=2023, doi="10.99999/jcbs.2023.5.1.12", kind=A),
 dict(title="Furuqa waa laga guulaystay", year=1979, kind=A),
 dict(authors=["Jaamac-Eriksson"], title="Cholera outbreaks in Somalia 1985–2017: a spatial analysis", year=2019, kind=T),
 dict(title="Cholera situation in Somalia", year=2017, url="https://emro-somalia.example.org/cholera/situation-2017", kind=W),
 dict(authors=["Ali", "Nelson", "Lopez", "Sack"], title="Updated global burden of cholera in endemic countries", year=2015, doi="10.1371/journal.pntd.0003832", kind=A),
 dict(authors=["Henderson"], title="The eradication of smallpox – an overview of the past, present, and future", year=2011, doi="10.1016/j.vaccine.2011.06.080", kind=A),
 dict(authors=["Nuur-Halvorsen", "Cabdullaahi"], title="Tallaalka iyo kalsoonida bulshada ee Koonfurta Soomaaliya", year=2021, doi="10.99999/jcbs.2021.3.2.55", kind=A),
]
put("pdftext", "furuqa-soomaaliya-so", {
 "about": "An invented Somali public-health-history article (the last natural case of smallpox, Ali Maow Maalin in Merca on 26 October 1977, the WHO Intensified Smallpox Eradication Programme in Somalia and the lessons for cholera control) as pdftotext (no -layout) gives three pages of a research article in an invented journal (J Caafimaadka Bulshada Soomaaliyeed): journal head with the article's own (invented) DOI, title, authors with affiliation numbers, Soo koobid (abstract), sections, form feeds, running heads with page numbers, words hyphenated at line ends, a text table whose source line cites [7], Vancouver numbered citations in order of first citation (`[1]`, `[2,3]`, `[12–14]` three pairs, `[1, bog 1037]` with the Somali `bog` for page, a citation starting a line), and a numbered `Tixraacyo` of 16 entries with indented continuation lines, DOIs as `doi:` and `https://doi.org/`, three DOIs and one URL wrapped after `/` or at a hyphen, a WHO report with its series number, a Ministry of Health report with its number, a WHO archives file, a newspaper item, a master's thesis, a web page with `[cited …]`. Real works cited with data as remembered (Fenner et al. 1988, Deria et al. 1980 in the Bulletin of the World Health Organization, the Global Commission's final report 1980, Henderson 2009 and 2011, Foege, Millar & Lane 1971, Breman & Arita 1980, Tucker 2001, Ali et al. 2015; DOIs and pages remembered, not looked up). Invented: the authors Cabdiraxmaan Xirsi-Lindberg, Faadumo Cali Warsame and Maxamed Nuur Gedi-Kowalski and their units, the article and its DOI 10.99999/jcbs.2025.7.2.101, the table's figures, the Ministry's 1978 report SOM/SE/78.3, the WHO archives file SE/SOM/7 box 412, Xasan-Nordin & Warsame's article, the Xiddigta Oktoobar item of 27 October 1979 (the newspaper is real), Jaamac-Eriksson's thesis, the EMRO page on emro-somalia.example.org, Nuur-Halvorsen & Cabdullaahi's article. Planted: entry 16 (Nuur-Halvorsen & Cabdullaahi 2021) is never cited: `uncited-literature-entry` at the line where it starts; notes are keyed for the cited numbers 1–15 only.",
 "document": "furuqa-soomaaliya.txt", "reader": "plain-text", "clean": True,
 "notes": {str(i + 1): e for i, e in enumerate(pt[:15])},
 "literature": pt,
})

# ---- mediawiki: Scottish Gaelic, medicine in the Highlands and Islands ----
bannerman = dict(authors=["Bannerman"], title="The Beatons: A Medical Kindred in the Classical Gaelic Tradition", year=1986, kind=B)
ruadh = dict(authors=["Ruadh-Okonjo"], title="Gaelic medical manuscripts and the Salernitan tradition", year=2016, doi="10.99999/mdh.2016.11", kind=A)
nls = dict(title="Adv.MS.72.1.2: Gaelic medical compendium", url="https://lamh-sgriobhainn.example.org/adv-ms-72-1-2", kind=W)
hamilton = dict(authors=["Hamilton"], title="The Healers: A History of Medicine in Scotland", year=1981, kind=B)
dewar = dict(title="Report to the Lords Commissioners of His Majesty's Treasury", year=1912, kind=R)
mccrae = dict(authors=["McCrae"], title="The National Health Service in Scotland: Origins and Ideals, 1900–1950", year=2003, kind=B)
nicleoid = dict(authors=["NicLeòid", "Fairbairn-Mbeki"], title="The Highlands and Islands Medical Service and the doctor's car, 1913–1948", year=2023, doi="10.99999/smj.2023.68.3.101", kind=A)
macaoidh = dict(authors=["MacAoidh"], title="Lèigh, banaltram agus eaglais: slàinte phoblach ann an Leòdhas, 1890–1950", year=2018, kind=T)
act1947 = dict(title="National Health Service (Scotland) Act 1947", year=1947, url="https://www.legislation.gov.uk/ukpga/Geo6/10-11/27/contents", kind=R)
nhsh = dict(title="About NHS Highland", url="https://www.nhshighland.scot.nhs.uk/about-us/", kind=W)
whfp = dict(authors=["Moireasdan"], title="Doctors' crisis on the islands 'worst in a generation'", year=2019, url="https://whfp-tasglann.example.org/2019/05/14/doctors-crisis", kind=A)
mw_notes = [bannerman, ruadh, nls, hamilton, dewar, mccrae, nicleoid, macaoidh, act1947, nhsh, whfp]
put("mediawiki", "leigheas-gaidhealtachd-gd", {
 "about": "A Scottish Gaelic Wikipedia-style article (written for this corpus) on medicine in the Highlands and Islands: a Gaelic infobox template, internal links, sections on the Beaton medical kindred and their Gaelic manuscripts, the Dewar Report of 1912 and the Highlands and Islands Medical Service of 1913, the NHS and NHS Highland, `Faic cuideachd`, `Iomraidhean` (`<references/>`), categories; `<ref>`s with English CS1 templates as gd.wikipedia uses them (`{{cite book}}` with `page`, `{{cite journal}}` with `last1`/`last2` and `doi`, `{{cite web}}` with `website`/`publisher` and Gaelic access dates, `{{cite report}}` with a corporate `author=` and `id=Cd. 6559`, `{{Cite thesis}}`, `{{cite news}}` with a Gaelic `date`), named refs reused (`bannerman` twice, `ruadh`, `hamilton`, `dewar` twice, `mccrae` twice, `nhsh`), refs side by side; notes numbered by first use (11 notes for 20 markers). Real works cited with data as remembered (Bannerman 1986, Hamilton 1981, the Dewar Committee's report Cd. 6559 of 1912, McCrae 2003, the National Health Service (Scotland) Act 1947 and its legislation.gov.uk URL, NHS Highland's About page URL; remembered, not looked up). Invented: Ruadh-Okonjo's Medical History article and its DOI 10.99999/mdh.2016.11, the manuscript catalogue page on lamh-sgriobhainn.example.org (the shelf mark Adv.MS.72.1.2 is remembered as one of the NLS Gaelic medical manuscripts; its title here is invented), NicLeòid & Fairbairn-Mbeki's Scottish Medical Journal article and its DOI 10.99999/smj.2023.68.3.101, MacAoidh's Aberdeen thesis, Moireasdan's West Highland Free Press item and its URL on whfp-tasglann.example.org. The article has no bibliography section: the literature is empty.",
 "document": "leigheas-gaidhealtachd.wiki", "reader": "mediawiki", "clean": True,
 "notes": {str(i + 1): e for i, e in enumerate(mw_notes)},
 "literature": [],
})
