"""Writes the meta.json of heldout55 half B's documents (plaintext, latex, docx, pdftext, html).
Round 55's theme: economics, finance and engineering — working papers, central banks,
statistics, standards, patents and technical reports.  Labels and lines come from the ⟦label⟧
annotations in the sources; fields are given here by hand.  Conventions: see ../../HALF_B.md.
Then:
  .venv/bin/python tests/corpus_build/build.py tests/heldout55 zinsweitergabe-referee-en blindleistung-pv-de mosty-zespolone-pl kreditluecke-blog-de
  .venv/bin/python tests/corpus_build/build_docx.py tests/heldout55 gagye-buchae-ko"""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
B, A, C, R, CH, W, T, U, P = "book", "article", "commentary", "report", "chapter", "web", "thesis", "unknown", "patent"


def put(fmt, name, meta, file="meta.json"):
    p = os.path.join(HERE, "..", fmt, name, file)
    open(p, "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")


def numbered(entries):
    return [dict(number=i + 1, **e) for i, e in enumerate(entries)]


# ---- latex: German power-engineering conference paper, IEEEtran + literatur.bib ----
lx = {
 "kerber2011": dict(authors=["Kerber"], title="Aufnahmefähigkeit von Niederspannungsverteilnetzen für die Einspeisung aus Photovoltaikkleinanlagen", year=2011, kind=T),
 "dena2012": dict(title="dena-Verteilnetzstudie: Ausbau- und Innovationsbedarf der Stromverteilnetze in Deutschland bis 2030", year=2012, kind=R),
 "en50160": dict(title="Merkmale der Spannung in öffentlichen Elektrizitätsversorgungsnetzen", year=2020, kind=R),
 "vdear4105": dict(title="Erzeugungsanlagen am Niederspannungsnetz – Technische Mindestanforderungen für Anschluss und Parallelbetrieb von Erzeugungsanlagen am Niederspannungsnetz", year=2018, kind=R),
 "bnetza2023": dict(title="Monitoringbericht 2023", year=2023, url="https://www.bundesnetzagentur.de/monitoringbericht2023", kind=R),
 "en50549": dict(title="Requirements for generating plants to be connected in parallel with distribution networks – Part 1: Connection to a LV distribution network – Generating plants up to and including Type B", year=2019, kind=R),
 "ieee1547": dict(title="IEEE Standard for Interconnection and Interoperability of Distributed Energy Resources with Associated Electric Power Systems Interfaces", year=2018, doi="10.1109/IEEESTD.2018.8332112", kind=R),
 "iec61850": dict(title="Communication networks and systems for power utility automation – Part 7-420: Basic communication structure – Distributed energy resources and distribution automation logical nodes", year=2021, kind=R),
 "turitsyn2011": dict(authors=["Turitsyn", "Šulc", "Backhaus", "Chertkov"], title="Options for Control of Reactive Power by Distributed Photovoltaic Generators", year=2011, doi="10.1109/JPROC.2011.2116750", kind=A),
 "stetz2013": dict(authors=["Stetz", "Marten", "Braun"], title="Improved Low Voltage Grid-Integration of Photovoltaic Systems in Germany", year=2013, doi="10.1109/TSTE.2012.2198925", kind=A),
 "bauer2019": dict(authors=["Bauer", "Lindqvist"], title="Q(U)-Regelung im Feld: Erfahrungen aus drei Jahren Netzbetrieb", year=2019, kind=CH),
 "wehrstedt2022": dict(authors=["Wehrstedt", "Brandhorst"], title="Minutenwerte der PV-Einspeisung in einem ländlichen Niederspannungsnetz: Aufbau und erste Auswertung eines Feldtests", year=2022, doi="10.99999/eui.2022.0139.05.402", kind=A),
 "meinecke2020": dict(authors=["Meinecke", "Sarajlić", "Drauz", "Klettke", "Lauven", "Rehtanz", "Moser", "Braun"], title="SimBench—A Benchmark Dataset of Electric Power Systems to Compare Innovative Solutions Based on Power Flow Analysis", year=2020, doi="10.3390/en13123290", kind=A),
 "thurner2018": dict(authors=["Thurner", "Scheidler", "Schäfer", "Menke", "Dollichon", "Meier", "Meinecke", "Braun"], title="pandapower—An Open-Source Python Tool for Convenient Modeling, Analysis, and Optimization of Electric Power Systems", year=2018, doi="10.1109/TPWRS.2018.2829021", kind=A),
 "pandapower-sw": dict(title="pandapower", year=2023, url="https://github.com/e2nIEE/pandapower", kind=W),
 "oeding2016": dict(authors=["Oeding", "Oswald"], title="Elektrische Kraftwerke und Netze", year=2016, kind=B),
 "heuck2013": dict(authors=["Heuck", "Dettmann", "Schulz"], title="Elektrische Energieversorgung: Erzeugung, Übertragung und Verteilung elektrischer Energie für Studium und Praxis", year=2013, kind=B),
 "sma2017": dict(authors=["Hollenbach", "Reimer"], title="Verfahren zur Blindleistungsregelung eines Wechselrichters mit gleitendem Totband", year=2017, kind=P),
 "eeg2023": dict(title="Gesetz für den Ausbau erneuerbarer Energien (Erneuerbare-Energien-Gesetz – EEG 2023)", year=2023, kind=R),
 "wehrstedt2024data": dict(authors=["Wehrstedt", "Zalewski"], title="PV-Einspeiseprofile (1 min) und Simulationsskripte zum Q(U)-Vergleich", year=2024, doi="10.99999/zenodo.qu-nordhessen.2024", kind=W),
}
LX_ORDER = ["kerber2011", "dena2012", "en50160", "vdear4105", "bnetza2023", "en50549", "ieee1547", "iec61850",
            "turitsyn2011", "stetz2013", "bauer2019", "wehrstedt2022", "meinecke2020", "thurner2018", "pandapower-sw",
            "oeding2016", "heuck2013", "sma2017", "eeg2023", "wehrstedt2024data"]
assert sorted(LX_ORDER) == sorted(lx)
put("latex", "blindleistung-pv-de", {
 "about": "An invented German power-engineering conference paper (reactive power from PV inverters in a rural low-voltage grid: Q(U) against cos phi(P) under VDE-AR-N 4105) in LaTeX: IEEEtran conference class, babel ngerman, cite package, \\cite{a,b,c} and \\cite[Abschn.~5.3]{key}, \\bibliographystyle{IEEEtran} with \\bibliography{literatur} (literatur.bib: @standard for DIN EN 50160, VDE-AR-N 4105, EN 50549-1, IEEE Std 1547, IEC 61850-7-420 with designation in `number`; @patent; @phdthesis; @techreport for the dena study and the Bundesnetzagentur monitoring report; @inproceedings; @misc for software, a law and a Zenodo dataset). Pairs by .bib key; the literature is the cited entries in IEEEtran's order (order of first citation); corporate authors (dena, Bundesnetzagentur, Bundeskartellamt) and organisations not keyed; a standard's designation no part of its title. Invented: the authors, their institute, Bauer and Lindqvist 2019, Wehrstedt and Brandhorst 2022 and the dataset (DOI prefix 10.99999), the SMA patent DE 10 2016 115 431 B4 and its inventors, the field test; real works as the writer remembers them (pages, DOIs, editions may differ). Planted: \\cite{schlabbach2009} has no .bib entry (missing-literature-entry at its line).",
 "document": "beitrag.tex", "reader": "latex", "clean": True,
 "notes": {k: lx[k] for k in LX_ORDER},
 "literature": [lx[k] for k in LX_ORDER],
})

# ---- plaintext: English referee report by e-mail (euro area deposit pass-through), author-year ----
ref = [
 dict(authors=["Altavilla", "Canova", "Ciccarelli"], title="Mending the broken link: Heterogeneous bank lending rates and monetary policy pass-through", year=2020, doi="10.1016/j.jmoneco.2019.01.001", kind=A),
 dict(authors=["Bernanke", "Blinder"], title="The federal funds rate and the channels of monetary transmission", year=1992, kind=A),
 dict(authors=["Drechsler", "Savov", "Schnabl"], title="The deposits channel of monetary policy", year=2017, doi="10.1093/qje/qjx019", kind=A),
 dict(authors=["Drechsler", "Savov", "Schnabl"], title="Banking on deposits: Maturity transformation without interest rate risk", year=2021, doi="10.1111/jofi.13013", kind=A),
 dict(title="Financial Stability Review, May 2023", year=2023, kind=R),
 dict(title="MFI interest rate statistics (MIR)", year=2026, url="https://data.ecb.europa.eu/data/datasets/MIR", kind=W),
 dict(title="HICP - monthly data (annual rate of change)", year=2026, url="https://ec.europa.eu/eurostat/databrowser/view/prc_hicp_manr/default/table", kind=W),
 dict(title="Federal Funds Effective Rate", year=2026, url="https://fred.stlouisfed.org/series/FEDFUNDS", kind=W),
 dict(authors=["Gambacorta"], title="How do banks set interest rates?", year=2008, kind=A),
 dict(authors=["Hofmann", "Mizen"], title="Interest rate pass-through and monetary transmission: Evidence from individual financial institutions' retail rates", year=2004, kind=A),
 dict(authors=["Holm-Hadulla", "Thurwachter"], title="Heterogeneity in corporate debt structures and the transmission of monetary policy", year=2021, kind=A),
 dict(authors=["Jorda"], title="Estimation and inference of impulse responses by local projections", year=2005, doi="10.1257/0002828053828518", kind=A),
 dict(authors=["Kashyap", "Stein"], title="What do a million observations on banks say about the transmission of monetary policy?", year=2000, kind=A),
 dict(authors=["Marchetti", "Osei"], title="Deposit betas in the 2022 tightening cycle: evidence from euro area banks", year=2024, kind=R),
 dict(authors=["Montiel Olea", "Plagborg-Moller"], title="Local projection inference is simpler and more robust than you think", year=2021, kind=A),
 dict(authors=["Plagborg-Moller", "Wolf"], title="Local projections and VARs estimate the same impulse responses", year=2021, kind=A),
 dict(authors=["Schnabel"], title="Monetary policy tightening and the financial system", year=2023, kind=CH),
 dict(authors=["Sorensen", "Werner"], title="Bank interest rate pass-through in the euro area: a cross country comparison", year=2006, kind=R),
 dict(authors=["Wang", "Whited", "Wu", "Xiao"], title="Bank market power and monetary policy transmission: Evidence from a structural estimation", year=2022, kind=A),
]
put("plaintext", "zinsweitergabe-referee-en", {
 "about": "An invented English referee report on an invented central-bank journal submission (euro area deposit and loan rate pass-through in the 2022-2024 tightening), as plain text an e-mail carries it: mail headers, a manuscript block, numbered sections, lettered minor comments, author-year citations in ASCII (Jorda, Plagborg-Moller, Sorensen, Thurwachter), narrative and parenthetical, `(Drechsler et al. 2017, 2021)`, `(ECB 2023, p. 61)`, `Wang et al. (2022, Section IV)`, a series key and a FRED series code beside a citation, and an alphabetical REFERENCES list with 4-space hanging wraps (journal articles with DOI links, ECB and Eurostat statistics with access dates, a FRED series, ECB working papers with numbers, a speech). Each author-year citation is a pair labelled by the position of its References entry, written [n] (as heldout54's MLA article); two works in one parenthesis or sentence are two pairs at that line; a URL wrapped over two lines is keyed whole; corporate authors (ECB, Eurostat, Federal Reserve Bank of St. Louis) not keyed; the FRED series code in brackets is no part of its title; statistics and data series `web`, working papers and the Financial Stability Review `report`, a speech at a named conference `chapter`. Invented: the manuscript, the journal and its addresses, Marchetti and Osei (2024, ECB WP 2950), the MIR series key's use; real works as the writer remembers them (pages and DOIs may differ). Planted: the entry Schnabel (2023) is cited nowhere (uncited-literature-entry at its line).",
 "document": "referee_report_MPR-2026-0417.txt", "reader": "plain-text", "clean": True,
 "notes": {f"[{i + 1}]": e for i, e in enumerate(ref) if i + 1 != 17},
 "literature": ref,
})

# ---- pdftext: Polish civil-engineering journal article (fatigue of shear studs), IEEE-like numbered list ----
pl = [
 dict(authors=["Furtak"], title="Mosty zespolone", year=1999, kind=B),
 dict(title="Raport o stanie technicznym obiektów mostowych na drogach krajowych w 2023 roku", year=2024, kind=R),
 dict(authors=["Bień"], title="Uszkodzenia i diagnostyka obiektów mostowych", year=2010, kind=B),
 dict(title="Eurokod 4: Projektowanie zespolonych konstrukcji stalowo-betonowych – Część 2: Reguły ogólne i reguły dotyczące mostów", year=2010, kind=R),
 dict(title="Eurokod 3: Projektowanie konstrukcji stalowych – Część 1-9: Zmęczenie", year=2007, kind=R),
 dict(title="Eurokod 1: Oddziaływania na konstrukcje – Część 2: Obciążenia ruchome mostów", year=2007, kind=R),
 dict(authors=["Kożuch", "Rosiński"], title="Widma ruchu ciężkiego na drogach krajowych w świetle danych z systemu WIM", year=2023, kind=CH),
 dict(authors=["Nowicka"], title="Badania zmęczeniowe łączników sworzniowych wyciętych z rozbieranego wiaduktu", year=2022, doi="10.99999/pb.2022.93.5.44", kind=A),
 dict(authors=["Hanswille", "Porsch", "Üstündağ"], title="Resistance of headed studs subjected to fatigue loading: Part I: Experimental study", year=2007, kind=A),
 dict(authors=["Lukačević"], title="Fatigue of shear connectors under variable amplitude loading", year=2016, kind=R),
 dict(title="Spawanie – Sworznie i pierścienie ceramiczne do zgrzewania łukowego sworzni", year=2018, kind=R),
 dict(title="Rozporządzenie Ministra Infrastruktury z dnia 24 czerwca 2022 r. w sprawie przepisów techniczno-budowlanych dotyczących drogowych obiektów inżynierskich", year=2022, kind=R),
 dict(authors=["Wierzbicki"], title="Monitoring odkształceń w ocenie trwałości zmęczeniowej mostów zespolonych", year=2021, kind=T),
 dict(title="Standard Test Methods for Tension Testing of Metallic Materials", year=2022, kind=R),
 dict(title="SOFiSTiK 2023", url="https://www.sofistik.com/", kind=W),
 dict(authors=["Johnson"], title="Designers’ Guide to Eurocode 4: Design of Composite Steel and Concrete Structures", year=2012, kind=B),
 dict(authors=["Kowalczyk", "Mazur"], title="Łącznik sworzniowy z podkładką dystansową do konstrukcji zespolonych", year=2023, kind=P),
 dict(authors=["Nowicka", "Wierzbicki"], title="Pomiary odkształceń łączników trzech wiaduktów DK7 (2023–2024)", year=2025, doi="10.99999/zenodo.dk7-laczniki.2025", kind=W),
]
put("pdftext", "mosty-zespolone-pl", {
 "about": "An invented Polish civil-engineering journal article (fatigue life of headed shear studs in three existing steel-concrete composite road viaducts: PN-EN 1994-2 against a year of strain measurements) as pdftotext gives a two-column typeset journal without -layout: a full-width title block, abstract and keywords, then the columns read one after the other as short lines, words hyphenated at line ends (`zmę-`/`czeniowej`), a form feed with a running head and page number, numbered IEEE-like citations `[1]`, `[2], [7]`, `[8]–[10]` (three pairs), `[13, rozdz. 4]`, `[16, s. 142]`, and a LITERATURA list in order of first citation with indented wrapped lines (Polish standards PN-EN under their titles with designations after them, ASTM E8/E8M-22, a ministerial regulation, a GDDKiA report, a conference paper, a thesis, a Polish patent, software with URL and access date, a Zenodo dataset with DOI, a URL broken after a dot at a line end). Pairs by the printed number at the line holding the marker; the list entries are both the notes and the literature (numbered); a standard's designation, publisher and `[Online]` are no part of a title; corporate authors (GDDKiA, PKN, ASTM International, SOFiSTiK AG) not keyed; a URL broken at a line end keyed whole. Invented: the journal issue and its DOI, the authors and their institutions, the viaducts and measurements, Kożuch and Rosiński 2023, Nowicka 2022, Lukačević 2016, Wierzbicki 2021, the GDDKiA report number, patent PL 241 386 B1 and its inventors, the dataset (DOI prefix 10.99999); real works as the writer remembers them. Clean.",
 "document": "mosty-zespolone.txt", "reader": "plain-text", "clean": True,
 "notes": {str(i + 1): e for i, e in enumerate(pl)},
 "literature": numbered(pl),
})

# ---- html: German research-institute blog post (credit-to-GDP gap), footnotes with back-links + Literatur ----
h = {
 "bafin": dict(title="Allgemeinverfügung zur Festsetzung der inländischen antizyklischen Kapitalpufferquote gemäß § 10d KWG", year=2022, kind=R),
 "bcbs": dict(title="Guidance for national authorities operating the countercyclical capital buffer", year=2010, kind=R),
 "borio": dict(authors=["Borio", "Lowe"], title="Asset prices, financial and monetary stability: exploring the nexus", year=2002, kind=R),
 "brandt": dict(authors=["Brandt", "Okonkwo"], title="Kreditlücken in Echtzeit: eine Datenbank für Deutschland, Frankreich und Spanien, 1999–2025", year=2026, doi="10.99999/ifsf.dp.2026.07", kind=R),
 "buba": dict(title="Finanzstabilitätsbericht 2025", year=2025, kind=R),
 "drehmann": dict(authors=["Drehmann", "Tsatsaronis"], title="The credit-to-GDP gap and countercyclical capital buffers: questions and answers", year=2014, kind=A),
 "esrb": dict(title="Empfehlung des Europäischen Ausschusses für Systemrisiken vom 18. Juni 2014 zur Festlegung der Quoten für antizyklische Kapitalpuffer", year=2014, kind=R),
 "hamilton": dict(authors=["Hamilton"], title="Why You Should Never Use the Hodrick-Prescott Filter", year=2018, doi="10.1162/rest_a_00706", kind=A),
 "hodrick": dict(authors=["Hodrick", "Prescott"], title="Postwar U.S. Business Cycles: An Empirical Investigation", year=1997, kind=A),
 "jorda": dict(authors=["Jordà", "Schularick", "Taylor"], title="Macrofinancial History and the New Business Cycle Facts", year=2017, kind=A),
 "lang": dict(authors=["Lang", "Welz"], title="Semi-structural credit gap estimation", year=2018, kind=R),
 "crd": dict(title="Richtlinie 2013/36/EU des Europäischen Parlaments und des Rates vom 26. Juni 2013 über den Zugang zur Tätigkeit von Kreditinstituten und die Beaufsichtigung von Kreditinstituten und Wertpapierfirmen", year=2013, kind=R),
 "destatis": dict(title="Generalrevision 2019 der Volkswirtschaftlichen Gesamtrechnungen: Ergebnisse und Methoden", year=2019, kind=R),
}
H_NOTES = ["borio", "bcbs", "crd", "drehmann", "hamilton", "drehmann", "destatis", "lang", "jorda", "buba", "bafin", "crd", "lang", "brandt"]
h_notes = {str(i + 1): h[k] for i, k in enumerate(H_NOTES)}
h_notes["L1"] = dict(url="https://data.bis.org/topics/CREDIT_GAPS", kind=W)
h_notes["L2"] = dict(url="https://www.ifsf.example.net/daten/kreditluecke-echtzeit", kind=W)
put("html", "kreditluecke-blog-de", {
 "about": "An invented German research-institute blog post (the credit-to-GDP gap as the anchor of the countercyclical capital buffer, and how much its real-time estimate is revised) as a web page: site header and navigation, kicker, byline with author links and date, lead, h2 sections, a figure with an image and a caption whose 'Quelle:' line names sources, a data table with a 'Quelle:' line, pandoc-like superscript footnote references (<sup><a href=\"#fn1\" id=\"fnref1\">) and a 'Fußnoten' <ol> whose items end in back-links, then an unnumbered alphabetical 'Literatur' <ul> (BCBS guidance, BIS and ECB working papers by number, BIS Quarterly Review, an ESRB recommendation and an EU directive as published in the Official Journal, a BaFin general ruling, a Bundesbank Financial Stability Review, a Destatis methods report, journal articles with DOI links, the authors' own discussion paper). Footnote references are pairs labelled by their printed number at the line holding them; the notes hold short author-year references and are keyed with the full fields of the Literatur entry they name (a note naming two works, `Richtlinie 2013/36/EU, Art. 135–136; ESRB (2014)`, with its first; `Ebenso Lang und Welz (2018)` with Lang and Welz); two body links that cite their sentence (the BIS credit-gap database, the institute's data page) are pairs L1, L2 with their URL; navigation, byline and footer links are no citations; the 'Quelle:' lines under the figure and the table carry no marker and are no citations. Literature: the Literatur entries in document order; corporate authors (BaFin, Basler Ausschuss, Deutsche Bundesbank, ESRB, Statistisches Bundesamt) and law-givers not keyed; working papers, reports, laws, the recommendation and the general ruling `report`. Invented: the institute, its host, the authors, their discussion paper (DOI prefix 10.99999) and data page, the real-time numbers; real works as the writer remembers them (pages, dates and DOIs may differ). Clean.",
 "document": "kreditluecke.html", "reader": "html", "clean": True,
 "notes": h_notes,
 "literature": [h[k] for k in ["bafin", "bcbs", "borio", "brandt", "buba", "drehmann", "esrb", "hamilton", "hodrick", "jorda", "lang", "crd", "destatis"]],
})

# ---- docx: Korean central-bank issue note (variable-rate household debt), author-date + 4 footnotes ----
ko = [
 dict(authors=["김", "이"], title="변동금리 주택담보대출과 통화정책의 소비 파급효과", year=2021, kind=A),
 dict(authors=["박"], title="가계부채 누증과 금융안정: 차주 단위 분석", year=2023, kind=R),
 dict(authors=["최"], title="한국 금융제도의 역사: 1950~2000", year=2019, kind=B),
 dict(title="2024년 가계금융복지조사 결과", year=2024, kind=R),
 dict(title="금융안정보고서", year=2024, kind=R),
 dict(title="통화신용정책보고서", year=2025, kind=R),
 dict(title="Annual Economic Report 2024", year=2024, kind=R),
 dict(authors=["Cloyne", "Ferreira", "Surico"], title="Monetary Policy when Households Have Debt: New Evidence on the Transmission Mechanism", year=2020, kind=A),
 dict(authors=["Di Maggio", "Kermani", "Keys", "Piskorski", "Ramcharan", "Seru", "Yao"], title="Interest Rate Pass-Through: Mortgage Rates, Household Consumption, and Voluntary Deleveraging", year=2017, kind=A),
 dict(authors=["Flodén", "Kilström", "Sigurdsson", "Vestman"], title="Household Debt and Monetary Policy: Revealing the Cash-Flow Channel", year=2021, kind=A),
 dict(title="Republic of Korea: 2022 Article IV Consultation—Press Release; Staff Report", year=2023, kind=R),
 dict(authors=["Mian", "Sufi"], title="House of Debt", year=2014, kind=B),
 dict(authors=["Mian", "Sufi", "Verner"], title="Household Debt and Business Cycles Worldwide", year=2017, kind=A),
]
ko_notes = {
 "1": dict(title="예금은행 가중평균금리(신규취급액 기준)", url="https://ecos.bok.or.kr", kind=W),
 "2": dict(title="한국은행법", kind=R),
 "3": dict(authors=["이"], title="금리 7% 시대… '영끌족' 카드값부터 줄였다", year=2023, kind=A),
 "4": dict(title="전국주택가격동향조사", year=2023, url="https://www.reb.or.kr/r-one", kind=W),
}
ko_notes.update({f"[{i + 1}]": e for i, e in enumerate(ko)})
put("docx", "gagye-buchae-ko", {
 "about": "An invented Korean central-bank issue note (BOK 이슈노트 style: variable-rate household debt and the consumption channel of monetary policy, borrower-level data) in Word: report number, title, date and authors as plain paragraphs, Heading 1 sections (요약, I.–IV., 참고문헌), Korean author-date citations in the body (`김민수·이지현(2021)`, `(한국은행, 2025, 52쪽)`, `(Cloyne et al., 2020; Flodén et al., 2021)`, `Cloyne et al.(2020, Table 3)`, `Mian and Sufi(2014, 5장)`), a table of borrower statistics with a '자료:' caption line, four Word footnotes (an ECOS statistics table with table code, URL and access date; the Bank of Korea Act by article; a newspaper article; a Korea Real Estate Board survey page) and a 참고문헌 list of 13 plain paragraphs, Korean entries in 가나다 order then foreign entries alphabetically. Footnotes are pairs labelled by number at their body paragraph; each author-date citation is a pair labelled by the position of its 참고문헌 entry, written [n] (heldout54's MLA rule), two works in one parenthesis two pairs; the 참고문헌 is the literature (unnumbered). Korean authors by the family name (the first syllable: 김민수 → 김); corporate authors (한국은행, 통계청, BIS, IMF, 한국부동산원) not keyed; titles without 「」/『』; central-bank reports, a working paper, a press release of survey results, an IMF country report and a law `report`; ECOS and the survey page `web`. Invented: the note, its number and authors, the borrower database figures, 김민수·이지현 2021, 박선영 2023, 최준호 2019, the newspaper article; the IMF report number and the real works as the writer remembers them. Clean.",
 "document": "gagye-buchae.docx", "reader": "docx", "clean": True, "lang": "ko-KR",
 "title": "변동금리 가계대출과 통화정책의 소비 파급경로", "creator": "윤서진",
 "notes": ko_notes,
 "literature": ko,
})
