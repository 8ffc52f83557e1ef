"""Writes the meta.json of heldout59 half A's documents (latex, html, plaintext, org, bibtex).
Round 59's theme: history of medicine and public health; musicology.  Half A: history of
medicine and public health, one sub-field per document (anatomy, vaccination, epidemics,
nursing, pharmacy).  Labels and lines come from the ⟦label⟧ annotations in the sources, checked
on the built files by check_a.py; fields are given here by hand.  Conventions: see
../../README.md, "Half A".  In short: journal and newspaper articles `article`; books, early
printed treatises, translations, facsimiles and reprints, pharmacopoeias `book`; chapters,
conference papers and encyclopedia entries `chapter`; laws, official reports (Board of Health,
WHO, parliamentary papers) `report`; datasets, digitised collections and web pages `web`;
theses `thesis`; archival files and registers with shelf marks `unknown`.  Corporate authors,
issuing bodies, editors and translators are not keyed.  Then:
  .venv/bin/python tests/corpus_build/build.py tests/heldout59 leichen-anatomie-de pocken-impfung-en colera-valencia-es sygepleje-diakonisse-da lekarnictvi-knihovna-cs
  python3 tests/heldout59/_src/_meta/check_a.py"""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
B, A, R, CH, W, T, U, C, P = "book", "article", "report", "chapter", "web", "thesis", "unknown", "commentary", "patent"


def put(fmt, name, meta, file="meta.json"):
    p = os.path.join(HERE, "..", fmt, name, file)
    open(p, "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")


# ---- latex: German history of anatomy, biblatex authoryear (nyt), one \input section ----
tx = {
 "vesalius1543": dict(authors=["Vesalius"], title="De humani corporis fabrica libri septem", year=1543, doi="10.3931/e-rara-20094", kind=B),
 "vesalius2014": dict(authors=["Vesalius"], title="The Fabric of the Human Body: An Annotated Translation of the 1543 and 1555 Editions", year=2014, kind=B),
 "richardson2001": dict(authors=["Richardson"], title="Death, Dissection and the Destitute", year=2001, kind=B),
 "stukenbrock2001": dict(authors=["Stukenbrock"], title="„Der zerstückte Cörper“: Zur Sozialgeschichte der anatomischen Sektionen in der frühen Neuzeit (1650–1800)", year=2001, kind=B),
 "sappol2002": dict(authors=["Sappol"], title="A Traffic of Dead Bodies: Anatomy and Embodied Social Identity in Nineteenth-Century America", year=2002, kind=B),
 "park2006": dict(authors=["Park"], title="Secrets of Women: Gender, Generation, and the Origins of Human Dissection", year=2006, kind=B),
 "ferrari1987": dict(authors=["Ferrari"], title="Public Anatomy Lessons and the Carnival: The Anatomy Theatre of Bologna", year=1987, doi="10.1093/past/117.1.50", kind=A),
 "guerrini2004": dict(authors=["Guerrini"], title="Anatomists and Entrepreneurs in Early Eighteenth-Century London", year=2004, doi="10.1093/jhmas/jrh038", kind=A),
 "macdonald2009": dict(authors=["MacDonald"], title="Procuring Corpses: The English Anatomy Inspectorate, 1842 to 1858", year=2009, doi="10.1017/S0025727300000259", kind=A),
 "schreiber2019": dict(authors=["Schreiber"], title="Leichenlieferungen an die Berliner Anatomie 1790–1840: Eine Auswertung der Sektionsregister", year=2019, doi="10.99999/mhj.2019.3.211", kind=A),
 "schreiber2020": dict(authors=["Schreiber", "Lindner"], title="Sektionsregister Berlin 1812–1830: Transkription und Tabellen", year=2020, doi="10.99999/zenodo.4412093", kind=W),
 "lindner2017": dict(authors=["Lindner"], title="Die Anatomie als Armenfrage: Leichenbeschaffung in Preußen 1790–1850", year=2017, kind=T),
 "hoffmann2015": dict(authors=["Hoffmann"], title="Armenleichen und Anatomieunterricht in Halle und Berlin um 1800", year=2015, kind=CH),
 "rudolphi1821": dict(authors=["Rudolphi"], title="Grundriß der Physiologie", year=1821, kind=B),
 "heckscher1958": dict(authors=["Heckscher"], title="Rembrandt's Anatomy of Dr. Nicolaas Tulp: An Iconological Study", year=1958, kind=B),
 "bekanntmachung1828": dict(title="Bekanntmachung, die Ablieferung der Leichname an die Königliche Anatomie betreffend", year=1828, kind=A),
 "anatomyact1832": dict(title="An Act for Regulating Schools of Anatomy", year=1832, kind=R),
 "gstaacta": dict(title="Acta betreffend die Ablieferung der Leichen an das Anatomische Theater zu Berlin", kind=U),
 "hubsektion": dict(title="Sektionsregister des Anatomischen Theaters", kind=U),
 "bmm": dict(title="Berliner Medizinhistorisches Museum der Charité", url="https://bmm.charite.de/", kind=W),
}
# biblatex authoryear sorts nyt: name (else title), year, title
TX_ORDER = ["gstaacta", "anatomyact1832", "bekanntmachung1828", "bmm", "ferrari1987", "guerrini2004", "heckscher1958",
            "hoffmann2015", "lindner2017", "macdonald2009", "park2006", "richardson2001", "rudolphi1821", "sappol2002",
            "schreiber2019", "schreiber2020", "hubsektion", "stukenbrock2001", "vesalius1543", "vesalius2014"]
put("latex", "leichen-anatomie-de", {
 "about": "An invented German history-of-anatomy article (where the bodies dissected at the Berlin Anatomisches Theater came from, 1795-1836, from the dissection registers and ministry files) in LaTeX: scrartcl, babel ngerman, csquotes, biblatex style=authoryear with biber (\\parencite, \\textcite, \\parencite[S.~liv--lvi]{k}, \\parencite[vgl.\\ auch][]{k}, \\parencite[nach][Tab.~2]{k} in a table caption, \\parencite{a,b}), a \\thanks with an e-mail address, and section 3 in kapitel/register.tex by \\input (its citations keyed at their lines in that file); \\printbibliography[title={Literatur und Quellen}] from anatomie.bib (JabRef, UTF-8): Vesalius 1543 (e-rara DOI) and its 2014 English translation (translators not keyed), books, Past & Present / JHMAS / Medical History / Medizinhistorisches Journal articles, a Zenodo dataset, a Dissertation, a conference paper, Rudolphi 1821, an unsigned 1828 newspaper notice, the Anatomy Act 1832 (@Legislation), two archival files with shelf marks (@Unpublished, date ranges in note: no year) and the museum's web page (@Online, urldate only: no year). Every .bib entry is cited; the literature is them in biblatex nyt order (name, else title; year; title). Invented: the author and Universität Nordheim, the numbers of the table, Schreiber 2019 (a real journal, invented article and DOI 10.99999), Schreiber and Lindner 2020 (DOI 10.99999), Lindner 2017, Hoffmann 2015 and its Tagungsband, Vogt, Verlag am Saaleufer, the 1828 notice, the two archival files and their shelf marks (the GStA PK's Rep. 76 is real, the file invented; the Humboldt-Universität file invented). Real works with data as the writer remembered them (pages, DOIs, the e-rara DOI and the museum address may differ from the published records).",
 "document": "anatomie.tex", "reader": "latex", "clean": True,
 "notes": tx,
 "literature": [tx[k] for k in TX_ORDER],
})

# ---- html: English library blog post on smallpox vaccination, 21 endnotes (Chicago notes), no bibliography ----
simon = dict(authors=["Simon"], title="Papers Relating to the History and Practice of Vaccination", year=1857, kind=B)
post = dict(title="The Great Anti-Vaccination Demonstration", year=1885, kind=A)
hn = {
 "1": dict(title="Anti-vaccination leaflets, 1870–1900", url="https://digital.northgate-library.example.org/collections/antivax", kind=W),
 "2": dict(authors=["Jenner"], title="An Inquiry into the Causes and Effects of the Variolæ Vaccinæ, a Disease Discovered in Some of the Western Counties of England, Particularly Gloucestershire, and Known by the Name of the Cow Pox", year=1798, kind=B),
 "3": dict(title="An Act to Extend and Make Compulsory the Practice of Vaccination", year=1853, kind=R),
 "4": simon,
 "5": simon,
 "6": dict(authors=["Brunton"], title="The Politics of Vaccination: Practice and Policy in England, Wales, Ireland, and Scotland, 1800–1874", year=2008, kind=B),
 "7": dict(authors=["Durbach"], title="Bodily Matters: The Anti-Vaccination Movement in England, 1853–1907", year=2005, kind=B),
 "8": dict(authors=["Durbach"], title="‘They Might As Well Brand Us’: Working-Class Resistance to Compulsory Vaccination in Victorian England", year=2000, doi="10.1093/shm/13.1.45", kind=A),
 "9": dict(kind=U),
 "10": dict(authors=["Hartley", "Okeke"], title="Leicester Vaccination Defaulters, 1880–1890", year=2021, doi="10.99999/zenodo.5550123", kind=W),
 "11": post,
 "12": post,
 "13": dict(title="The Leicester Demonstration", year=1885, kind=A),
 "14": dict(authors=["Fraser"], title="Leicester and Smallpox: The Leicester Method", year=1980, doi="10.1017/S0025727300040345", kind=A),
 "15": dict(authors=["Biggs"], title="Leicester: Sanitation versus Vaccination", year=1912, kind=B),
 "16": dict(title="Final Report of the Royal Commission Appointed to Inquire into the Subject of Vaccination", year=1896, kind=R),
 "17": dict(authors=["Barrow"], title="In the Beginning Was the Lymph: The Hollowing of Stational Vaccination in England and Wales, 1840–98", year=2000, kind=CH),
 "18": dict(authors=["Fenner", "Henderson", "Arita", "Ježek", "Ladnyi"], title="Smallpox and Its Eradication", year=1988, url="https://apps.who.int/iris/handle/10665/39485", kind=B),
 "19": dict(title="Smallpox", url="https://www.who.int/health-topics/smallpox", kind=W),
 "20": dict(authors=["Baxby"], title="Edward Jenner’s Inquiry; a Bicentenary Analysis", year=1999, doi="10.1016/s0264-410x(98)00207-2", kind=A),
 "21": dict(authors=["Hartley"], title="Vaccination Officers and the Poor Law in the East Midlands, 1871–1898", year=2019, kind=T),
 "22": dict(title="Twenty-Eighth Annual Report of the Local Government Board, 1898–99", year=1899, kind=R),
}
hn["23"] = hn["7"]  # short note: Durbach, Bodily Matters, 171–97.
hn["24"] = dict(title="Vaccination Act, 1898", year=1898, kind=R)
put("html", "pocken-impfung-en", {
 "about": "An invented English library blog post (a special-collections librarian on the Leicester anti-vaccination demonstration of 23 March 1885, the Vaccination Acts and the 'Leicester method') as a full HTML page: head meta tags, site header navigation and footer links (no citations), a figure whose caption carries endnote 1, 24 superscript endnote markers <sup class=\"fn\"><a href=\"#fnN\" id=\"fnrefN\">N</a></sup> and a Notes <ol> of Chicago-style endnotes with back-links (Jenner 1798, the Vaccination Acts of 1853 and 1898 (the latter by its short title), the Local Government Board's annual report for 1898-99 (Cd. 9444, keyed by its year of publication 1899), John Simon's 1857 Papers for the General Board of Health, the Royal Commission's Final Report C. 8270, books, Social History of Medicine / Medical History / Vaccine articles with DOIs as a doi.org link, a bare https://doi.org/ address and doi: forms, a Lancet paragraph, a Leicester newspaper, the WHO's Smallpox and Its Eradication by its IRIS handle address, a WHO web page, a chapter, a thesis, a Zenodo dataset, an archival report book with a record-office reference, the library's digitised collection, 'Ibid.' twice, a short note 'Durbach, Bodily Matters, 171–97.'). Notes by number (Ibid. and the short note keyed with the fields of the work they repeat; the archival report book kind only); a web page's endnotes are notes, not literature (heldout54 fix68g), so no literature. Invented: the library, its blog, the author, the handbill and leaflet collection and their example.org addresses, the newspaper headline (Leicester Daily Post) and the Lancet paragraph's title and issue, the record-office reference G/12/57c/4, the page and Command number of the Local Government Board report, Hartley 2019 and Hartley and Okeke 2021 (DOI 10.99999). Real works with data as the writer remembered them (titles, pages, DOIs, the IRIS handle and the WHO address may differ from the published records).",
 "document": "leicester-1885.html", "reader": "html", "clean": True,
 "notes": hn,
 "literature": [],
})

# ---- plaintext: Spanish e-mailed historical report on cholera 1885, Vancouver [n], numbered REFERENCIAS ----
pt = [
 dict(kind=U),
 dict(kind=U),
 dict(kind=U),
 dict(authors=["Martí Sanchis", "Pons Ferrer"], title="Mortalidad por cólera en los municipios valencianos, 1885", year=2022, doi="10.99999/zenodo.6601234", kind=W),
 dict(authors=["Ferrán"], title="Nota sobre la profilaxis del cólera por medio de inyecciones hipodérmicas de cultivos puros del bacilo vírgula", year=1885, kind=A),
 dict(authors=["Koch"], title="Ueber die Cholerabakterien", year=1884, kind=A),
 dict(authors=["Ferrán", "Giménez Cortés", "Paulí"], title="La inoculación preventiva contra el cólera morbo asiático", year=1886, kind=B),
 dict(title="El doctor Ferrán en Alcira", year=1885, kind=A),
 dict(title="Folletos sobre el cólera de 1885", url="https://bivaldi.gva.es/es/consulta/busqueda.do?colera1885", kind=W),
 dict(title="Real orden de 13 de junio de 1885 suspendiendo las inoculaciones anticoléricas", year=1885, kind=R),
 dict(authors=["Ramón y Cajal"], title="Estudios sobre el microbio vírgula del cólera y las inoculaciones profilácticas", year=1885, kind=B),
 dict(authors=["Bornside"], title="Jaime Ferran and preventive inoculation against cholera", year=1981, kind=A),
 dict(authors=["Martí Sanchis"], title="La epidemia de cólera de 1885 en la Ribera del Júcar", year=2016, kind=T),
 dict(authors=["Pons Ferrer", "Martí Sanchis"], title="Vacunados y no vacunados: una relectura de las estadísticas de Ferrán en Alzira (1885)", year=2020, doi="10.99999/asclepio.2020.01.290", kind=A),
 dict(authors=["Snow"], title="On the mode of communication of cholera", year=1855, kind=B),
 dict(authors=["Evans"], title="Death in Hamburg: society and politics in the cholera years 1830-1910", year=1987, kind=B),
 dict(authors=["Pons Ferrer"], title="Valencia 1885, Hamburgo 1892: dos epidemias, dos respuestas", year=2018, kind=CH),
 dict(title="Cólera - situación mundial", year=2023, url="https://www.who.int/es/emergencies/disease-outbreak-news/item/2023-DON437", kind=W),
 dict(authors=["Rosenberg"], title="The cholera years: the United States in 1832, 1849, and 1866", year=1962, kind=B),
]
put("plaintext", "colera-valencia-es", {
 "about": "An invented Spanish e-mailed historical report (a historian of medicine to a health museum's exhibition committee: the cholera epidemic of 1885 in the province of Valencia and Jaume Ferrán's anticholera inoculations, room 3 of an exhibition) as plain text: mail header lines with addresses, greeting, numbered section headings in capitals ('1. LA EPIDEMIA' ...: headings, not list entries), a plain-text table whose source line cites, Vancouver citations in brackets ([1], [7, p. 112-130], the range [12-14] three pairs, [16, cap. 5]), a signature after '--', and a REFERENCIAS list numbered in order of first citation with four-space hanging wraps (archival files from a municipal archive, a parish death register and a hospital admissions book with shelf marks, a Zenodo dataset with 'doi:', 1880s medical journals, Ferrán's 1886 book, Ramón y Cajal 1885, an 1885 newspaper, the Gaceta de Madrid's real orden, a digitised collection and a WHO Disease Outbreak News page with [Internet] and [consultado ...], a tesis doctoral, an Asclepio article with a doi.org address, Snow 1855 2nd ed., Evans 1987, congress proceedings). The list is the literature (number given) and its entries 1-18 the notes by number; archival entries 1-3 keyed kind only. Invented: the authors, their group, the museum, the e-mail addresses (example.org/.net), the table's figures, the archival files and their shelf marks, the dataset (DOI 10.99999), Martí Sanchis 2016, Pons Ferrer and Martí Sanchis 2020 (a real journal, invented article and DOI 10.99999), Pons Ferrer 2018 and the congress volume, the Las Provincias headline, the real orden's date and wording, the BIVALDI path. Real works with data as the writer remembered them (Ferrán 1885's journal data, Koch 1884, Ferrán, Giménez Cortés and Paulí 1886, Bornside 1981, the WHO page address may differ). Planted: entry 19 (Rosenberg 1962) is cited nowhere (uncited-literature-entry at its first line).",
 "document": "informe-colera-1885.txt", "reader": "plain-text", "clean": True,
 "notes": {str(i + 1): e for i, e in enumerate(pt) if i < 18},
 "literature": [dict(number=i + 1, **e) for i, e in enumerate(pt)],
})

# ---- org: Danish history of nursing, org-cite + csl apa.csl, sygepleje.bib ----
og = {
 "nightingale1859": dict(authors=["Nightingale"], title="Notes on Nursing: What It Is, and What It Is Not", year=1859, kind=B),
 "rafferty1996": dict(authors=["Rafferty"], title="The Politics of Nursing Knowledge", year=1996, kind=B),
 "nelson2001": dict(authors=["Nelson"], title="Say Little, Do Much: Nursing, Nuns, and Hospitals in the Nineteenth Century", year=2001, kind=B),
 "helmstadter2011": dict(authors=["Helmstadter", "Godden"], title="Nursing before Nightingale, 1815–1899", year=2011, kind=B),
 "lutzen1998": dict(authors=["Lützen"], title="Byen tæmmes: Kernefamilie, sociale reformer og velgørenhed i 1800-tallets København", year=1998, kind=B),
 "tscherning1901": dict(authors=["Tscherning"], title="Om Sygeplejerskernes Uddannelse", year=1901, kind=A),
 "andersen2020": dict(authors=["Andersen", "Holm"], title="Deaconesses and the Secular Nurse: Training and Authority in Copenhagen, 1863–1920", year=2020, doi="10.99999/nhr.28.2020.91", kind=A),
 "politiken1899": dict(title="Et dansk Sygeplejeraad stiftet", year=1899, kind=A),
 "holm2018": dict(authors=["Holm"], title="Kald og fag: Diakonisser og verdslige sygeplejersker i København 1863–1920", year=2018, kind=T),
 "holm2021": dict(authors=["Holm", "Krogh"], title="Elevprotokoller fra Kommunehospitalets sygeplejeskole 1876–1899: transskription", year=2021, doi="10.99999/zenodo.5123456", kind=W),
 "krogh2019": dict(authors=["Krogh"], title="Fra kald til fagforening: Dansk Sygeplejeraad og lønspørgsmålet 1899–1920", year=2019, kind=CH),
 "lov1933": dict(title="Lov om Autorisation af Sygeplejersker", year=1933, kind=R),
 "sundhed1912": dict(title="Medicinalberetning for Kongeriget Danmark for Aaret 1910", year=1912, kind=R),
 "who2020": dict(title="State of the World's Nursing 2020: Investing in Education, Jobs and Leadership", year=2020, url="https://www.who.int/publications/i/item/9789240003279", kind=R),
 "icn": dict(title="Our history", url="https://www.icn.ch/who-we-are/our-history", kind=W),
 "denstoredanske": dict(title="sygeplejerske", url="https://denstoredanske.lex.dk/sygeplejerske", kind=CH),
 "protokol": dict(title="Protokol over optagne Prøvesøstre 1863–1890", kind=U),
 "elevprotokol": dict(title="Elevprotokol for Kommunehospitalets Sygeplejeskole, bd. 1", kind=U),
}
# apa.csl: author (corporate by name; no author: title), then year, then title
OG_ORDER = ["andersen2020", "elevprotokol", "politiken1899", "helmstadter2011", "holm2018", "holm2021", "icn", "krogh2019",
            "lov1933", "lutzen1998", "nelson2001", "nightingale1859", "protokol", "rafferty1996", "sundhed1912",
            "denstoredanske", "tscherning1901", "who2020"]
put("org", "sygepleje-diakonisse-da", {
 "about": "An invented Danish history-of-nursing article draft (deaconesses of the Diakonissestiftelsen and secular nurses trained at Kommunehospitalet in Copenhagen, 1863-1933) in Org mode with org-cite: #+bibliography: sygepleje.bib, #+cite_export: csl apa.csl, a :noexport: status checklist without citations, [cite:@key], [cite:@key s. 6--8], [cite:@a; @b], [cite/t:@key], [cite/t:@key kap. 4], [cite:se @a s. 201--215; @b kap. 6], a #+caption: of an Org table citing two works, and #+print_bibliography: under * Litteratur. The .bib (BibTeX/biblatex types) holds Nightingale 1859 (with a facsimile note), books, a Tidsskrift for Sygepleje article, a Nursing History Review article, an unsigned Politiken notice (date field), a ph.d.-afhandling, a Zenodo dataset, a conference paper, the 1933 authorisation law (@legislation), Sundhedsstyrelsen's Medicinalberetning (@report, corporate author in braces), WHO's State of the World's Nursing 2020 (@report), the ICN history page (@online, urldate only), a Den Store Danske entry (@inreference, chapter) and two archival protocols (@unpublished, kind unknown, no year). Every .bib entry is cited; the literature is them in APA order (author, corporate authors by name: International Council of Nurses under I, Sundhedsstyrelsen under S, World Health Organization under W; no author: title; then year). Invented: the author and her e-mail host, the table's figures, Holm 2018, Holm and Krogh 2021 (DOI 10.99999), Krogh 2019 and its proceedings, Andersen and Holm 2020 (a real journal, invented article and DOI 10.99999), Tscherning 1901's title and pages, the Politiken notice, the two archival protocols and their references, the report's page. Real works with data as the writer remembered them (the law's number and date, the WHO, ICN and lex.dk addresses may differ). Planted: [cite:@tscherning1899] has no .bib entry (missing-literature-entry).",
 "document": "diakonisser.org", "reader": "org", "clean": True,
 "notes": og,
 "literature": [og[k] for k in OG_ORDER],
})

# ---- bibtex: Czech history-of-pharmacy project library, a .bib on its own (biblatex types, JabRef) ----
bb = [
 dict(authors=["Mattioli"], title="Herbář, jinak bylinář velmi užitečný", year=1562, kind=B),
 dict(title="Pharmacopoeia Austriaca", year=1812, kind=B),
 dict(title="Český lékopis 2017", year=2017, kind=B),
 dict(title="Generale Normativum in Re Sanitatis", year=1770, kind=R),
 dict(title="Zákon č. 378/2007 Sb., o léčivech a o změnách některých souvisejících zákonů (zákon o léčivech)", year=2007, url="https://www.zakonyprolidi.cz/cs/2007-378", kind=R),
 dict(authors=["Schmitz"], title="Geschichte der Pharmazie", year=1998, kind=B),
 dict(authors=["Sonnedecker"], title="Kremers and Urdang's History of Pharmacy", year=1976, kind=B),
 dict(title="Making Medicines: A Brief History of Pharmacy and Pharmaceuticals", year=2005, kind=B),
 dict(authors=["Horáková"], title="Apothecaries and the Plague in Prague, 1713", year=2020, doi="10.99999/pih.62.3.101", kind=A),
 dict(authors=["Vlček"], title="Lékárna U Zlatého jednorožce na Malé Straně v 18. století", year=2020, kind=A),
 dict(authors=["Vlček"], title="Farmaceutická taxa jako pramen k dějinám cen léčiv", year=2018, kind=CH),
 dict(authors=["Horáková"], title="Lékárníci a mor v Praze 1680–1715", year=2019, kind=T),
 dict(authors=["Novák"], title="Pražská farmaceutická taxa z roku 1740", year=2021, kind=T),
 dict(authors=["Vlček", "Horáková"], title="Pražské lékárny 1600–1850: databáze majitelů a provizorů", year=2022, doi="10.99999/zenodo.7001122", kind=W),
 dict(title="Lékárna", year=1900, kind=CH),
 dict(title="WHO Expert Committee on Specifications for Pharmaceutical Preparations: Fifty-fifth Report", year=2021, url="https://www.who.int/publications/i/item/55th-report-of-the-who-expert-committee-on-specifications-for-pharmaceutical-preparations", kind=R),
 dict(title="Taxa pharmaceutica Pragensis", year=1740, kind=U),
 dict(title="Vizitace pražských lékáren", kind=U),
 dict(title="Manuscriptorium: Digitální knihovna rukopisů a starých tisků", url="https://www.manuscriptorium.com/", kind=W),
 dict(title="Barokní lékárna U Granátového jablka", url="https://www.hospital-kuks.cz/", kind=W),
]
put("bibtex", "lekarnictvi-knihovna-cs", {
 "about": "An invented Czech history-of-pharmacy research project's shared biblatex library kept in JabRef (apothecaries of Prague 1600-1850): % comment lines, two @String macros for journals, @Book (Mattioli's 1562 Czech herbal with its translator, the Pharmacopoeia Austriaca 1812 and the Český lékopis 2017 without author, Schmitz vol. 1, Sonnedecker 4th edn), @Collection by its editor with subtitle, @Legislation (the 1770 Generale Normativum in Re Sanitatis, the 2007 Czech medicines act with URL), @Article (Pharmacy in History, Česká a slovenská farmacie, via macros), @InProceedings, two @Thesis (disertační and diplomová práce), @Dataset (Zenodo), @InReference (an Ottův slovník naučný entry), @Report (a WHO Technical Report Series volume with URL), two @Unpublished archival items with shelf marks (one dated 1740, one with a date range in note: no year), two @Online with urldate only (no year; an organization not keyed), and a final @Comment{jabref-meta}. No citations; the literature is every entry in file order (titles with biblatex subtitle joined by ': '; editors and translators not keyed). Invented: the project, its institute and curator, Horáková 2019 and 2020 (DOI 10.99999), Vlček 2018, 2020 and 2022 (DOI 10.99999), Novák 2021, the two archival items and their signatures, the conference volume. Real works with data as the writer remembered them (the ISBN, dates, report number and addresses may differ). Planted: Vlček 2020's doi field has no slash (10.99999csf.2020.69.45): malformed-field at its line; the malformed DOI is not keyed.",
 "document": "dejiny-lekarnictvi.bib", "reader": "bibtex", "clean": True,
 "literature": bb,
})
