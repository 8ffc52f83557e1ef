"""Writes the meta.json of heldout38 half A's documents (labels and fields by hand; lines come
from the ⟦label⟧ annotations next to each marker in the sources, checked with grep -n).
Then: .venv/bin/python tests/corpus_build/build.py tests/heldout38 <name ...>
and   .venv/bin/python tests/corpus_build/build_docx.py tests/heldout38
Kinds (round 38 decisions): datasets, software, standards, legislation, court decisions,
talks and preprints are keyed without a kind; videos, podcasts, social-media posts and web
pages `web`; agency/NGO reports `report`; patents `patent`; interviews and personal
communications keyed with no fields."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
B, A, C, R, CH, W, T, P = "book", "article", "commentary", "report", "chapter", "web", "thesis", "patent"


def put(fmt, name, meta):
    p = os.path.join(HERE, "..", fmt, name, "meta.json")
    open(p, "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")


def numbered(entries):
    return [dict(number=i + 1, **e) for i, e in enumerate(entries)]


# ---- plaintext: English ethnomusicology article, hand-wrapped .txt, Unicode superscripts ----
put("plaintext", "kitchen-sessions", {
 "about": "An invented English ethnomusicology article draft (livestreamed Irish traditional 'kitchen sessions', 2020-2024) typed in a plain-text editor for a journal submission: hard-wrapped at ~72 columns, numbered section headings, note markers as Unicode superscript digits glued after punctuation (¹ … ¹⁵), and a NOTES section with notes as '1 text' (number, space) wrapped over several lines (Chicago notes: YouTube video, YouTube playlist, X post, Instagram post, podcast episode, keynote talk, interview, email, personal communication, two books and one book of a press, a branch guide). Labels: note numbers. Kinds: YouTube video/playlist, X and Instagram posts and the podcast episode web; the keynote (7) no kind; interview (5), email (11), personal communication (15) and the interview-list note (4) keyed with no fields; the Comhaltas branch guide (14) a report (corporate author, not keyed). Invented: the article, its author, every musician, host, channel, post, video, podcast, keynote, URL and status/video id, the branch guide. Real with data as remembered: Finnegan 1989, Turino 2008, Baym 2018. Planted: the notes skip 13 (…¹², ¹⁴…): footnote-numbering at the line of the body marker ¹⁴.",
 "document": "kitchen-sessions.txt", "reader": "plain-text", "clean": True,
 "notes": {
  "1": dict(authors=["Mahon"], title="Kitchen session #1 -- concertina, Kilfenora", year=2020, url="https://www.youtube.com/watch?v=kS3ssn01Clr", kind=W),
  "2": dict(authors=["Finnegan"], title="The Hidden Musicians: Music-Making in an English Town", year=1989, kind=B),
  "3": dict(authors=["Turino"], title="Music as Social Life: The Politics of Participation", year=2008, kind=B),
  "4": dict(kind=C),
  "5": {},
  "6": dict(authors=["Ó Ceallaigh"], title="Session etiquette in 2020: 'and a big hello to Bernie in Boston who has her tin whistle out'", year=2020, url="https://x.com/niallflute/status/1323361712208123904", kind=W),
  "7": dict(authors=["Daly"], title="The Photogenic Kitchen: Notes on Streaming Tradition", year=2022),
  "8": dict(authors=["Treacy"], title="A thread on who got left out of the livestream boom", year=2021, url="https://www.instagram.com/p/COWr2pTgHxL/", kind=W),
  "9": dict(title="Is a Stream a Session?", year=2021, url="https://open.spotify.com/episode/4bQyV2kWcrooked37", kind=W),
  "10": dict(authors=["Baym"], title="Playing to the Crowd: Musicians, Audiences, and the Intimate Work of Connection", year=2018, kind=B),
  "11": {},
  "12": dict(title="Live from the Kitchen -- complete archive 2020-2023", url="https://www.youtube.com/playlist?list=PLenn1sTradKitchen2020", kind=W),
  "14": dict(title="Streaming a Session: A Short Guide for Branches", year=2021, kind=R),
  "15": {},
 },
})


# ---- latex: English soil-physics paper, biblatex authoryear + biber, non-article .bib types ----
sc = {
 "allen1998": dict(authors=["Allen", "Pereira", "Raes", "Smith"], title="Crop Evapotranspiration: Guidelines for Computing Crop Water Requirements", year=1998, kind=R),
 "astmd2216": dict(title="Standard Test Methods for Laboratory Determination of Water (Moisture) Content of Soil and Rock by Mass", year=2019, doi="10.1520/D2216-19"),
 "bates2015": dict(authors=["Bates", "Mächler", "Bolker", "Walker"], title="Fitting Linear Mixed-Effects Models Using lme4", year=2015, doi="10.18637/jss.v067.i01", kind=A),
 "soilcal": dict(authors=["Brandt", "Okoro"], title="soilcal: Calibration tools for capacitive soil moisture probes", year=2024, doi="10.5281/zenodo.11203317"),
 "dfrobot": dict(title="Capacitive Soil Moisture Sensor SKU:SEN0193", url="https://wiki.dfrobot.com/Capacitive_Soil_Moisture_Sensor_SKU_SEN0193", kind=W),
 "eu2000wfd": dict(year=2000),
 "hartmann2019": dict(authors=["Hartmann", "Yilmaz"], title="Capacitive soil moisture probe with temperature-compensated oscillator", year=2019, kind=P),
 "iso11461": dict(title="Soil quality – Determination of soil water content as a volume fraction using coring sleeves – Gravimetric method", year=2014),
 "nguyen2024": dict(authors=["Nguyen", "Aldana"], title="Batch or probe? Variability of low-cost capacitive soil moisture sensors across manufacturing lots", year=2024),
 "okoro2024data": dict(authors=["Okoro", "Brandt"], title="Paired capacitive-probe readings and gravimetric soil water content, Lower Saxony field plots 2022–2023", year=2024, doi="10.5281/zenodo.10482213"),
 "placidi2020": dict(authors=["Placidi", "Gasperini", "Grassi", "Cecconi", "Scorzoni"], title="Characterization of Low-Cost Capacitive Soil Moisture Sensors for IoT Networks", year=2020, doi="10.3390/s20123585", kind=A),
 "rcore2023": dict(title="R: A Language and Environment for Statistical Computing", year=2023, url="https://www.R-project.org/"),
 "schulte2021": dict(authors=["Schulte", "Fiedler"], title="Soil water content and soil temperature at the TERENO station Wüstebach, 2015–2020", year=2021, doi="10.1594/PANGAEA.931245"),
 "topp1980": dict(authors=["Topp", "Davis", "Annan"], title="Electromagnetic determination of soil water content: Measurements in coaxial transmission lines", year=1980, doi="10.1029/WR016i003p00574", kind=A),
 "weber2022": dict(authors=["Weber"], title="Bodenphysikalische Kennwerte dreier Versuchsflächen im Leinetal", year=2022, kind=T),
}
put("latex", "soil-capacitance", {
 "about": "An invented English soil-physics paper (field calibration of low-cost capacitive soil moisture probes) in LaTeX with biblatex style=authoryear and biber (\\textcite, \\parencite with pre/postnotes, \\citeauthor, multi-key \\parencite), and a hand-kept refs.bib full of non-article types as people write them: @dataset (Zenodo with version, PANGAEA), @software (R with version and url; a Zenodo software DOI plus GitHub url), @online with urldate and a corporate author, @patent with type=patentus and date, @report (FAO-56 with type/number/institution), @thesis type=mathesis, @standard (ISO, corporate author in double braces, number), a standard as @misc with howpublished, a directive as @misc with howpublished and no author, an arXiv preprint as @misc with eprint/eprinttype/eprintclass/version. Labels: citation keys; literature: the 15 cited entries in the order biblatex authoryear (sorting nyt) prints them (name, year, title; entries without a name by title: 'Directive …' after 'DFRobot'). Corporate authors (ASTM International, DFRobot, ISO, R Core Team) not keyed; the directive keyed by year only; datasets, software, standards and the preprint without a kind. Invented: the paper, its authors and results, soilcal and its DOI/URL, both datasets and their DOIs, Nguyen & Aldana 2024 and its arXiv id, Hartmann & Yilmaz's patent, its number and holder, Weber 2022. Real with data as remembered: Topp, Davis & Annan 1980, Placidi et al. 2020, Bates et al. 2015, Allen et al. 1998 (FAO-56), ISO 11461:2014, ASTM D2216-19, Directive 2000/60/EC, R 4.3.1, the DFRobot wiki page. Clean.",
 "document": "main.tex", "reader": "latex", "clean": True,
 "notes": sc,
 "literature": [sc[k] for k in ["allen1998", "astmd2216", "bates2015", "soilcal", "dfrobot", "eu2000wfd", "hartmann2019", "iso11461", "nguyen2024", "okoro2024data", "placidi2020", "rcore2023", "schulte2021", "topp1980", "weber2022"]],
})


# ---- html: Spanish legal blog post (WordPress + Easy Footnotes), case law and statutes ----
rallo = dict(authors=["Rallo Lombarte"], title="El derecho al olvido en Internet. Google versus España", year=2014, kind=B)
put("html", "olvido-hemerotecas-es", {
 "about": "An invented Spanish legal blog post (digital newspaper archives and the right to be forgotten, ten years after Google Spain) as a WordPress 6.4 site with the Astra theme and the Easy Footnotes plugin serves it: head with Yoast-like meta, site header and nav, article header with date/author/category, each paragraph of the body on one line, every note marker written as the plugin writes it ('<sup class=\"easy-footnote-margin-adjust\" id=\"easy-footnote-N-4127\"></sup><sup class=\"easy-footnote\"><a href=\"#easy-footnote-bottom-N-4127\" title=\"NOTE TEXT\"><sup>N</sup></a></sup>', the note's text repeated, tags stripped, in the title attribute), the notes at the end of the entry content as '<ol class=\"easy-footnotes-wrapper\"><li class=\"easy-footnote-single\"><span id=…></span>TEXT<a class=\"easy-footnote-to-top\" …></a></li>', then tags, post navigation, two comments and the footer. Notes in Spanish legal style: CJEU, ECtHR, Supreme Court and Constitutional Court decisions (STJUE, STEDH, STS, STC), the Advocate General's opinion, the GDPR with its OJ reference, the Ley Orgánica 3/2018 with its BOE number, two books (AUTHOR IN CAPITALS, A.:), 'Ibid., p. 112.' (7 → Rallo Lombarte), a journal article with a DOI, a newspaper article with URL and access date, the AEPD annual report (corporate author, not keyed), an SSRN working paper, a short note to the GDPR ('Art. 17.3.a) del Reglamento (UE) 2016/679, cit.', keyed as the GDPR) and a commentary (13). Labels: note numbers. Legislation, decisions and the AG opinion keyed by year only, no kind; the SSRN paper without a kind; the newspaper article an article. Invented: the blog, its domain and URLs, the author (also the author of note 11), the comments, García-Moreno 2020 and its DOI, Pérez Lanza's El País article and URL, Alonso Vidal 2023 and its SSRN id, the AEPD report URL. Real with data as remembered: C-131/12 and the AG opinion (ECLIs), GDPR, LO 3/2018, STS 545/2015, STC 58/2018, M.L. and W.W. v. Germany, Rallo Lombarte 2014, Mayer-Schönberger 2009, the AEPD's Memoria 2022. Clean.",
 "document": "olvido-hemerotecas-es.html", "reader": "html", "clean": True,
 "notes": {"1": dict(year=2014), "2": dict(year=2016), "3": dict(year=2018), "4": dict(year=2015), "5": dict(year=2018),
           "6": rallo, "7": rallo, "8": dict(year=2013), "9": dict(year=2018),
           "10": dict(authors=["Mayer-Schönberger"], title="Delete: The Virtue of Forgetting in the Digital Age", year=2009, kind=B),
           "11": dict(authors=["García-Moreno"], title="Hemerotecas digitales y anonimización: la doctrina constitucional tras la STC 58/2018", year=2020, doi="10.18042/cepc/redc.118.07", kind=A),
           "12": dict(authors=["Pérez Lanza"], title="El Supremo avala que los periódicos oculten nombres antiguos en sus archivos digitales", year=2015, url="https://elpais.com/politica/2015/10/19/actualidad/1445262840_312233.html", kind=A),
           "13": dict(kind=C),
           "14": dict(title="Memoria 2022", year=2023, url="https://www.aepd.es/documento/memoria-aepd-2022.pdf", kind=R),
           "15": dict(authors=["Alonso Vidal"], title="Forgetting by Design? Newspaper Archives, Search Engines and Article 17 GDPR", year=2023, url="https://ssrn.com/abstract=4412395"),
           "16": dict(year=2016)},
})


# ---- pdftext: German civil-engineering project report, Word PDF through pdftotext -layout, DIN ISO 690 numeric ----
hb = [
 {},
 dict(title="Eurocode 5: Bemessung und Konstruktion von Holzbauten – Teil 1-1: Allgemeines – Allgemeine Regeln und Regeln für den Hochbau", year=2010),
 dict(title="Sortierung von Holz nach der Tragfähigkeit – Teil 1: Nadelschnittholz", year=2012),
 {},
 dict(authors=["Opderbecke"], title="Der Zimmermann", year=1998, kind=B),
 dict(title="Erhaltung des kulturellen Erbes – Historische Holzkonstruktionen – Leitlinien für die Bewertung vor Ort von tragenden Holzkonstruktionen", year=2019),
 dict(authors=["Krüger"], title="Zerstörungsarme Bestimmung von Restquerschnitten historischer Bauhölzer mit Bohrwiderstandsmessungen", year=2018, kind=T),
 dict(authors=["Hoffmann", "Lenz"], title="Tragfähigkeit gründerzeitlicher Holzbalkendecken nach Schädlingsbefall", year=2021, doi="10.1002/bate.202000118", kind=A),
 dict(authors=["Gerner"], title="Handwerkliche Holzverbindungen der Zimmerer", year=2000, kind=B),
 dict(authors=["Blass", "Sandhaas"], title="Ingenieurholzbau: Grundlagen der Bemessung", year=2016, doi="10.5445/KSP/1000069616", kind=B),
 dict(authors=["Schneider", "Wagner"], title="Verbindungsmittel für Holz-Beton-Verbunddecken im Bestand", year=2020, kind=P),
 {},
 dict(title="Holzbalkendecken im Bestand: Leitfaden für Planung und Ausführung", year=2020, url="https://www.bbsr.bund.de/BBSR/DE/veroeffentlichungen/bbsr-online/2020/bbsr-online-12-2020.html", kind=R),
 dict(title="Balkenköpfe in Außenwänden: Schäden erkennen und sanieren", year=2022, url="https://informationsdienst-holz.de/publikationen/sanierung/balkenkoepfe", kind=W),
]
put("pdftext", "holzbalkendecken-de", {
 "about": "An invented German civil-engineering project report (strengthening the timber beam floors of an 1898 house in Erfurt; M.Sc. module 'Bauen im Bestand') written in Word and converted by `pdftotext -layout` (written by hand in that shape): a running header line on each of three pages, centred title block, justified body with hyphenation at line ends ('Statik-' / 'unterlagen'), a table laid out in columns, page numbers centred at the foot, form feeds between pages. Numeric citations in brackets with locators ('[1, Bl. 14–17]', '[5, S. 212]', '[10, Kap. 7]', '[2, 3]', '[5, 9]'); a 'Quellen- und Literaturverzeichnis' numbered '[1]' … '[14]' with hanging indent in DIN ISO 690 (surnames in capitals, ' ; ' between authors, 'Ort : Verlag, Jahr', '– ISBN', '– DOI', '– URL … – Aktualisierungsdatum', '[Zugriff am: …]'): archive files of the Stadtarchiv (Bestand/Nr./Bl.), three DIN/EN standards with their dates, a reprint with the original edition named ('Reprint der Ausgabe Leipzig 1909', keyed with the reprint's year), a dissertation, a journal article, two books, a German patent application (number, publication date, inventors, applicant), an authority's unpublished statement with file number, a BBSR online report (URL wrapped at a hyphen, editor corporate) and a web page. Labels '[n]'. Archive files (1, 4) and the authority's statement (12) keyed with no fields; standards without a kind; corporate authors/editors not keyed; authors as printed ('BLASS'). Invented: the report, its authors, supervisor, university, the house and its history, the archive files and call numbers, the authority's statement, Krüger 2018, Hoffmann & Lenz 2021 and its DOI, the patent and its number/inventors/applicant, the BBSR guide and its URL, the Informationsdienst Holz page and URL. Real with data as remembered: DIN EN 1995-1-1, DIN 4074-1, DIN EN 17121, Opderbecke's Der Zimmermann and its reprint (ISBN as remembered), Gerner's book (edition/ISBN as remembered), Blaß & Sandhaas 2016 (DOI as remembered). Planted: entry [14] is never cited: uncited-literature-entry at its first line.",
 "document": "holzbalkendecken-de.txt", "reader": "plain-text", "clean": True,
 "notes": {f"[{i + 1}]": e for i, e in enumerate(hb[:13])},
 "literature": numbered(hb),
})


# ---- docx: English environmental-science manuscript, Vancouver numbers, Word auto-numbered list ----
sw = [
 dict(authors=["Hobbie", "Finlay", "Janke", "Nidzgorski", "Millet", "Baker"], title="Contrasting nitrogen and phosphorus budgets in urban watersheds and implications for managing urban water pollution", year=2017, doi="10.1073/pnas.1618536114", kind=A),
 dict(authors=["Selbig"], title="Evaluation of leaf removal as a means to reduce nutrient concentrations and loads in urban stormwater", year=2016, doi="10.1016/j.scitotenv.2016.07.003", kind=A),
 dict(title="Stormwater pond inventory for the Twin Cities region, 2022 update", year=2022, kind=R),
 dict(title="Minnesota Stormwater Manual: Stormwater ponds", year=2022, url="https://stormwater.pca.state.mn.us/index.php/Stormwater_ponds", kind=W),
 dict(authors=["Song", "Xenopoulos", "Buttle", "Marsalek", "Wagner", "Pick", "Frost"], title="Thermal stratification patterns in urban ponds and their relationships with vertical nutrient gradients", year=2013, doi="10.1016/j.jenvman.2013.05.052", kind=A),
 dict(authors=["Taguchi", "Olsen", "Natarajan", "Janke", "Gulliver", "Finlay", "Stefan"], title="Internal loading in stormwater ponds as a phosphorus source to downstream waters", year=2020, doi="10.1002/lol2.10155", kind=A),
 dict(authors=["Williams", "Frost", "Xenopoulos"], title="Beyond best management practices: pelagic biogeochemical dynamics in urban stormwater ponds", year=2013, doi="10.1890/12-0825.1", kind=A),
 dict(authors=["Hanson"], title="Green slime in suburban ponds: cities ask whether their stormwater fixes are working", year=2023, kind=A),
 dict(year=1972),
 dict(title="Standard methods for the examination of water and wastewater", year=2023, kind=B),
 dict(title="Water quality — Determination of phosphorus — Ammonium molybdate spectrometric method", year=2004),
 dict(authors=["Osei"], title="Phosphorus fractions and release potential of sediments in urban stormwater ponds", year=2021, kind=T),
 dict(title="QGIS Geographic Information System", year=2022, url="https://qgis.org"),
 dict(authors=["Rossman", "Simon"], title="Storm Water Management Model user's manual version 5.2", year=2022, kind=R),
 dict(authors=["Wickham", "François", "Henry", "Müller", "Vaughan"], title="dplyr: a grammar of data manipulation", year=2023, url="https://CRAN.R-project.org/package=dplyr"),
 dict(authors=["Bates", "Mächler", "Bolker", "Walker"], title="Fitting linear mixed-effects models using lme4", year=2015, doi="10.18637/jss.v067.i01", kind=A),
 dict(authors=["Lindgren", "Osei", "Park"], title="Data from: Sediment phosphorus fractions and bottom-water chemistry of 32 stormwater ponds, Minnesota, 2022", year=2024, doi="10.5061/dryad.8cz8w9h3k"),
 dict(authors=["Park", "Osei"], title="Temperature and dissolved oxygen logger records, Twin Cities stormwater ponds, summer 2022", year=2024, doi="10.6084/m9.figshare.25310467.v1"),
 dict(authors=["Chen", "Park"], title="Iron amendments suppress internal phosphorus loading in stormwater ponds: a sediment diagenesis model", year=2024, doi="10.31223/X5KQ3M"),
]
put("docx", "stormwater-ponds", {
 "about": "An invented English environmental-science manuscript (phosphorus release from sediments of 32 stormwater ponds in the Twin Cities) as Word saves a draft with typed Vancouver (ICMJE/NLM) citations: title, author and affiliation paragraphs, Heading1/Heading2 headings, bracketed numbers typed after the punctuation or before it ('[1,2].', '[4],', a range '[5–7]' with an en dash = 5, 6, 7), a results table (cells are paragraphs), and the References as a Word automatically numbered list (List Number style with numbering.xml, so the numbers are not in the text) of 19 entries: journal articles with doi:, an agency report with report number, an agency web manual ([Internet], updated/cited dates, a hyperlink run), a newspaper article with section/page, the Clean Water Act, an edited methods book, an ISO standard, a master's thesis, QGIS and dplyr as [software], EPA's SWMM manual (report), a Dryad and a figshare [dataset] with DOIs and a version, an EarthArXiv [Preprint] with DOI. Labels: reference numbers; lines are body paragraph numbers. Corporate authors and the editors of the methods book not keyed; the law by year only; software, datasets, the standard and the preprint without a kind; the newspaper article an article. Invented: the manuscript, its authors and data, the Metropolitan Council inventory and its report number, the Star Tribune article, Osei 2021, both datasets and their DOIs, Chen & Park 2024 and its DOI. Real with data as remembered: Hobbie et al. 2017, Selbig 2016, Song et al. 2013, Taguchi et al. 2020, Williams, Frost & Xenopoulos 2013, the MPCA Stormwater Manual page, the Clean Water Act, Standard Methods 24th ed., ISO 6878:2004, QGIS 3.28, Rossman & Simon 2022 (SWMM 5.2 manual), dplyr 1.1.4, Bates et al. 2015. Clean.",
 "document": "stormwater-ponds.docx", "reader": "docx", "clean": True, "lang": "en-US",
 "title": "Stormwater ponds draft", "creator": "Kwame Osei",
 "notes": {str(i + 1): e for i, e in enumerate(sw)},
 "literature": numbered(sw),
})
