"""Writes the meta.json of heldout43 half B's documents (labels and fields by hand; lines come
from the ⟦label⟧ annotations next to each citation in the sources, checked with grep -n).
Then: .venv/bin/python tests/corpus_build/build.py tests/heldout43 flaky-ci-report \
      ricognizione-tuscania lynx-occupancy skogsbranderna-2018 inflace-analyza
Conventions (see HALF_B.md): citation keys for keyed citations, footnote/<ref> numbers as printed,
Pandoc inline notes ^n, link citations Ln; a DOI given as a resolver URL
(https://doi.org/…, http://dx.doi.org/…, doi:…) is keyed as the bare DOI in `doi` (no `url`);
a URL is keyed as the address the link checker would fetch (the original, not an archived
copy); corporate authors not keyed; kinds after the last section of tests/corpus/README.md."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
B, A, C, R, CH, W, T, U = "book", "article", "commentary", "report", "chapter", "web", "thesis", "unknown"


def put(fmt, name, meta):
    p = os.path.join(HERE, "..", fmt, name, "meta.json")
    open(p, "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")


def E(kind=None, title=None, year=None, authors=None, **kw):
    d = {}
    if title:
        d["title"] = title
    if year:
        d["year"] = year
    if authors:
        d["authors"] = authors
    if kind:
        d["kind"] = kind
    d.update(kw)
    return d


# ---- asciidoc: English software-engineering technical report, [bibliography] + <<key>>, footnotes with URLs ----
ad = {
 "bell2018": E(CH, "DeFlaker: Automatically Detecting Flaky Tests", 2018, ["Bell", "Legunsen", "Hilton", "Eloussi", "Yung", "Marinov"], doi="10.1145/3180155.3180164"),
 "fowler2011": E(W, "Eradicating Non-Determinism in Tests", 2011, ["Fowler"], url="https://martinfowler.com/articles/nonDeterminism.html"),
 "gruber2021": E(CH, "An Empirical Study of Flaky Tests in Python", 2021, ["Gruber", "Lukasczyk", "Kroiß", "Fraser"], doi="10.1109/ICST49551.2021.00026"),
 "lam2019": E(CH, "iDFlakies: A Framework for Detecting and Partially Classifying Flaky Tests", 2019, ["Lam", "Oei", "Shi", "Marinov", "Xie"], doi="10.1109/ICST.2019.00038"),
 "luo2014": E(CH, "An Empirical Analysis of Flaky Tests", 2014, ["Luo", "Hariri", "Eloussi", "Marinov"], doi="10.1145/2635868.2635920"),
 "okafor2024data": E(W, "Flaky-failure audit of a payments monorepo, October 2023 – March 2024 (anonymised)", 2024, ["Okafor", "Wielgosz"], doi="10.5281/zenodo.11204873"),
 "parry2022": E(A, "A Survey of Flaky Tests", 2022, ["Parry", "Kapfhammer", "Hilton", "McMinn"], doi="10.1145/3476105"),
 "rerunfailures": E(W, "pytest-rerunfailures: a pytest plugin that re-runs failed tests to eliminate intermittent failures", 2024, url="https://github.com/pytest-dev/pytest-rerunfailures"),
 "rfc3339": E(R, "Date and Time on the Internet: Timestamps", 2002, ["Klyne", "Newman"], url="https://www.rfc-editor.org/rfc/rfc3339"),
}
ad_notes = {
 "1": E(W, "Flaky Tests at Google and How We Mitigate Them", 2016, ["Micco"], url="https://testing.googleblog.com/2016/05/flaky-tests-at-google-and-how-we.html"),
 "2": E(W, url="https://github.com/pytest-dev/pytest-randomly"),
 "3": E(W, url="https://docs.pytest.org/en/stable/how-to/cache.html#rerun-only-failures-or-failures-first"),
 "4": E(R, "Cost of a Red Build", url="https://wiki.example.org/display/DEVPROD/TR-2023-11+Cost+of+a+Red+Build"),
 "5": E(C),
}
ad_notes.update(ad)
put("asciidoc", "flaky-ci-report", {
 "about": "An invented English software-engineering technical report (flaky tests in a payments monorepo, a quarantine policy) in Asciidoctor: header with author line and revision, :toc:/:sectnums:, [abstract], a numbered proposal list, a '[bibliography]' section of '- [[[key]]] text' entries in IEEE/ACM-like form cited by '<<key>>' and '<<key,text>>' (text with a comma: '<<gruber2021,Gruber et al., Table 4>>'), five footnote:[...] notes. Identifier forms in the list: 'doi:10.…' (bell2018), 'https://doi.org/10.…' (gruber2021, okafor2024data; parry2022 with no final stop and broken after the prefix slash over two lines, as a PDF copy leaves it), 'DOI: 10.….' with a trailing full stop (lam2019), 'http://dx.doi.org/…' (luo2014), an URL in angle brackets with 'Accessed …' (fowler2011), a GitHub repository '(accessed …)' (rerunfailures), an RFC (report); gruber2021 has two addresses, the publisher's DOI and an arXiv preprint ('Preprint: https://arxiv.org/abs/2101.09077'; keyed by its DOI only). Footnotes: a blog post with author, date, URL and '(accessed 3 March 2024)' broken over two lines (1), a note that is only a bare URL (2), a note with two documentation URLs, the first with a fragment, the second with a query string (3: keyed the first), an internal report with its URL in angle brackets and 'archived at' a Wayback copy (4: keyed the original URL), a commentary note (5). A sentence naming an internal GitLab repository without a link (no citation). Invented: the report, its authors, the company wiki and its URLs, the Zenodo record and its DOI. Real with data as remembered: the papers, the blog posts, the plugin, the RFC. Literature as written (alphabetical by key). Clean.",
 "document": "flaky-ci-report.adoc", "reader": "asciidoc", "clean": True,
 "notes": ad_notes,
 "literature": [ad[k] for k in ["bell2018", "fowler2011", "gruber2021", "lam2019", "luo2014", "okafor2024data", "parry2022", "rerunfailures", "rfc3339"]],
})


# ---- typst: Italian archaeology paper (field survey), .bib with DOIs/handle/URLs, chicago-author-date ----
ty = {
 "bronkramsey2009": E(A, "Bayesian Analysis of Radiocarbon Dates", 2009, ["Bronk Ramsey"], doi="10.1017/S0033822200033865"),
 "cambi1994": E(B, "Introduzione all'archeologia dei paesaggi", 1994, ["Cambi", "Terrenato"]),
 "carandini1981": E(B, "Storie dalla terra: Manuale di scavo archeologico", 1981, ["Carandini"]),
 "harris1979": E(B, "Principles of Archaeological Stratigraphy", 1979, ["Harris"]),
 "morel1981": E(B, "Céramique campanienne: les formes", 1981, ["Morel"], url="https://www.persee.fr/issue/befar_0257-4101_1981_mon_244_1"),
 "orton1993": E(B, "Pottery in Archaeology", 1993, ["Orton", "Tyers", "Vince"], doi="10.1017/CBO9780511621536"),
 "reimer2020": E(A, "The IntCal20 Northern Hemisphere Radiocarbon Age Calibration Curve (0–55 cal kBP)", 2020, doi="10.1017/RDC.2020.41"),
 "rossi2019": E(A, "Visibilità dei suoli e densità dei reperti: un modello per la ricognizione di superficie", 2019, ["Rossi", "Bianchi"], doi="10.19282/ac.30.2019.14", url="http://www.archcalc.cnr.it/indice/PDF30/14_Rossi_Bianchi.pdf"),
 "santarelli2018": E(T, "Il popolamento rurale dell'Etruria meridionale interna tra IV e I secolo a.C.: il territorio di Tuscania", 2018, ["Santarelli"], url="http://hdl.handle.net/11573/1125874"),
 "witcher2006": E(A, "Settlement and Society in Early Imperial Etruria", 2006, ["Witcher"], doi="10.3815/000000006784016288"),
}
ty_notes = {
 "1": E(W, url="https://gna.cultura.gov.it/"),
 "2": E(W, url="https://archaeologydataservice.ac.uk/archives/view/amphora_ahrb_2005/"),
 "3": E(W, doi="10.5281/zenodo.7439021"),
 "5": E(W, url="http://www.sabap-vt-em.beniculturali.it/notizie/tuscania-scavo-loc-pian-di-mola"),
}
ty_notes.update(ty)
put("typst", "ricognizione-tuscania", {
 "about": "An invented Italian archaeology paper (preliminary results of a field survey near Tuscania: black-gloss pottery and rural settlement) in Typst with a BibTeX file 'bibliografia.bib' and '#bibliography(..., style: \"chicago-author-date\")' (printed by author, year, title): '@key', '@key[pp. 112–140]', '#cite(<key>, form: \"prose\")', two keys in one line, a citation inside a footnote (note 4 cites witcher2006). Identifier forms in the .bib: a bare DOI, 'doi = {https://doi.org/…}' (witcher2006), 'doi = {doi:…}' (rossi2019, with 'urldate'), a DOI plus the same DOI as a 'http://dx.doi.org/' url (bronkramsey2009: keyed by its DOI), a handle in 'note = {hdl:…}' and 'url = {http://hdl.handle.net/…}' (santarelli2018, 'Tesi di dottorato': thesis), ISBNs, a Persée URL with underscores. Footnotes with '#link(...)': an Italian access date 'consultato il 3 marzo 2023' (1), 'consultato il 12/04/2022' with a long path (2), a note that is only a DOI link to Zenodo (3: keyed as its DOI), a Soprintendenza page no longer online and its Wayback copy, 'consultata il 5 aprile 2022' (5: keyed the original URL). Uncited .bib entry bevan2013 (not printed: no list entry, no finding). Reimer et al. 2020 ends its authors with 'and others' (authors not keyed). Invented: the paper, its authors, the survey, the Zenodo record, the thesis by Santarelli and its handle, the article by Rossi & Bianchi and its DOI/URL, the Soprintendenza page. Real with data as remembered: the other works and the GNA and ADS sites. Clean.",
 "document": "ricognizione-tuscania.typ", "reader": "typst", "clean": True,
 "notes": ty_notes,
 "literature": [ty[k] for k in ["bronkramsey2009", "cambi1994", "carandini1981", "harris1979", "morel1981", "orton1993", "reimer2020", "rossi2019", "santarelli2018", "witcher2006"]],
})


# ---- rmarkdown: English ecology/statistics paper, [@key] + references.bib with DOIs in mixed forms ----
rm = {
 "burton2015": E(A, "Wildlife Camera Trapping: A Review and Recommendations for Linking Surveys to Ecological Processes", 2015, ["Burton", "Neilson", "Moreira", "Ladle", "Steenweg", "Fisher", "Bayne", "Boutin"], doi="10.1111/1365-2664.12432"),
 "fiske2011": E(A, "Unmarked: An R Package for Fitting Hierarchical Models of Wildlife Occurrence and Abundance", 2011, ["Fiske", "Chandler"], doi="10.18637/jss.v043.i10"),
 "gelman1992": E(A, "Inference from Iterative Simulation Using Multiple Sequences", 1992, ["Gelman", "Rubin"], doi="10.1214/ss/1177011136", url="https://projecteuclid.org/journals/statistical-science/volume-7/issue-4/Inference-from-Iterative-Simulation-Using-Multiple-Sequences/10.1214/ss/1177011136.full"),
 "guilleraarroita2017": E(A, "Modelling of Species Distributions, Range Dynamics and Communities under Imperfect Detection: Advances, Challenges and Opportunities", 2017, ["Guillera-Arroita"], doi="10.1111/ecog.02445"),
 "hruskova2022data": E(W, "Camera-Trap Detections of Eurasian Lynx in the Šumava Foothills, 2019–2021", 2022, ["Hrušková", "Whitcombe"], doi="10.5281/zenodo.6958214", url="https://zenodo.org/records/6958214"),
 "kellner2014": E(A, "Accounting for Imperfect Detection in Ecology: A Quantitative Review", 2014, ["Kellner", "Swihart"], doi="10.1371/journal.pone.0111436", url="https://journals.plos.org/plosone/article?id=10.1371/journal.pone.0111436"),
 "kery2016": E(B, "Applied Hierarchical Modeling in Ecology: Analysis of Distribution, Abundance and Species Richness in R and BUGS. Volume 1: Prelude and Static Models", 2016, ["Kéry", "Royle"]),
 "mackenzie2002": E(A, "Estimating Site Occupancy Rates When Detection Probabilities Are Less Than One", 2002, ["MacKenzie", "Nichols", "Lachman", "Droege", "Royle", "Langtimm"], doi="10.1890/0012-9658(2002)083[2248:ESORWD]2.0.CO;2"),
 "rcoreteam2023": E(W, "R: A Language and Environment for Statistical Computing", 2023, url="https://www.R-project.org/"),
 "rovero2013": E(A, "“Which Camera Trap Type and How Many Do I Need?” A Review of Camera Features and Study Designs for a Range of Wildlife Research Applications", 2013, ["Rovero", "Zimmermann", "Berzi", "Meek"], doi="10.4404/hystrix-24.2-8789"),
 "royle2003": E(A, "Estimating Abundance from Repeated Presence-Absence Data or Point Counts", 2003, ["Royle", "Nichols"], doi="10.1890/0012-9658(2003)084[0777:EAFRPA]2.0.CO;2"),
 "tyre2003": E(A, "Improving Precision and Reducing Bias in Biological Surveys: Estimating False-Negative Error Rates", 2003, ["Tyre", "Tenhumberg", "Field", "Niejalke", "Parris", "Possingham"], doi="10.1890/02-5078", url="https://esajournals.onlinelibrary.wiley.com/doi/abs/10.1890/02-5078"),
 "vehtari2017": E(A, "Practical Bayesian Model Evaluation Using Leave-One-out Cross-Validation and WAIC", 2017, ["Vehtari", "Gelman", "Gabry"], doi="10.1007/s11222-016-9696-4"),
}
rm_notes = {
 "^1": E(W, url="https://browningtrailcameras.com/products/recon-force-elite-hp4?variant=39387163639885"),
 "L1": E(W, url="https://www.npsumava.cz/priroda-a-krajina/zvirata/rys-ostrovid/"),
}
rm_notes.update(rm)
put("rmarkdown", "lynx-occupancy", {
 "about": "An invented English ecology/statistics paper (occupancy of Eurasian lynx from camera traps) in R Markdown (bookdown::pdf_document2, knitr chunks, inline R in the YAML date, math) with 'bibliography: references.bib' and no csl: (Pandoc's default Chicago author-date: list by author, year, title). Citations '[@key]', '[@a; @b]', '@key [ch. 10]', '@key [p. 152]', '[@key, pp. 310–315]', narrative '@key'. The .bib (Better BibTeX-like) holds DOIs in mixed forms: SICI DOIs with parentheses, brackets and a semicolon (mackenzie2002 as 'doi'; royle2003 only as 'url = {http://dx.doi.org/…}': keyed as its DOI), 'doi = {doi:…}' (burton2015), 'doi = {https://doi.org/…}' (fiske2011, guilleraarroita2017), 'DOI = {…}' upper-case field name (rovero2013), an upper-case Zenodo DOI '10.5281/ZENODO.6958214' (compared case-folded) plus its record URL, DOI plus publisher URL with a query string and a pmid field (kellner2014) or a long path (gelman1992, tyre2003), an arXiv eprint with archiveprefix beside the DOI (vehtari2017), an ISBN (kery2016), R as software by a braced corporate author (web; author not keyed). One Pandoc inline note with a manufacturer's URL with a query string and 'accessed 12 March 2022' (^1); one parenthesised autolink to the national park's lynx page as the source of a sentence (L1); a bare autolink to the authors' own code (no citation). Invented: the paper, its authors, the study, the Zenodo record and DOI, the national-park page path, the product page query. Real with data as remembered: the other works. Clean.",
 "document": "lynx-occupancy.Rmd", "reader": "pandoc-markdown", "clean": True,
 "notes": rm_notes,
 "literature": [rm[k] for k in ["burton2015", "fiske2011", "gelman1992", "guilleraarroita2017", "hruskova2022data", "kellner2014", "kery2016", "mackenzie2002", "rcoreteam2023", "rovero2013", "royle2003", "tyre2003", "vehtari2017"]],
})


# ---- mediawiki: Swedish Wikipedia article, {{webbref}}/{{Tidskriftsref}}/{{bokref}}, arkivurl, named refs ----
sv_gran = E(B, "Brand i skog och mark: Ekologi, historia och brandförsvar", 2020, ["Granström"])
sv_msb = E(None, "Skogsbränderna sommaren 2018: Utvärdering av MSB:s stöd till räddningstjänsterna", 2019, url="https://rib.msb.se/filer/pdf/28727.pdf")
sv_pyne = E(B, "Vestal Fire: An Environmental History, Told through Fire, of Europe and Europe's Encounter with the World", 1997, ["Pyne"])
sv_zack = E(A, "Influence of forest fires on the North Swedish boreal forest", 1977, ["Zackrisson"], doi="10.2307/3543289")
put("mediawiki", "skogsbranderna-2018", {
 "about": "An invented Swedish Wikipedia article (the 2018 forest fires in Sweden) in sv.wikipedia's shape: {{Infobox brand}}, <ref> notes numbered in order of first use with named reuse (<ref name=\"sou\"/> three times, <ref name=\"msb\"/>), {{webbref |url= |titel= |utgivare= |datum= |hämtdatum=}} with 'arkivurl'/'arkivdatum' Wayback copies (2, 6) and 'död länk=ja' (6), {{Tidskriftsref}} with a DOI and with a SICI DOI holding parentheses, brackets and a semicolon (4), short notes 'Pyne 1997, s. 215–219.' / 'Granström 2020, s. 12.' / 'Myndigheten för samhällsskydd och beredskap 2019, s. 34–41.' pointing into a 'Källor' list of {{bokref}}/{{Tidskriftsref}} entries (ISBN, id=, url=), a note that is only a bare URL (12), 'språk=engelska', 'Se även' and 'Externa länkar' (no citations). Notes keyed with the fields of the page or work they name (short notes: of the Källor entry); URLs keyed as the original address, not the archive copy; the SOU page (1) and the MSB evaluation keyed without kind (a report's web page / an agency evaluation in a book template); the SVT news page an article (newspaper article). Invented: the article text, all URL paths of regeringen.se, smhi.se, msb.se, ec.europa.eu, svt.se, skogsstyrelsen.se and rib.msb.se (the sites are real), the MSB report number and Granström's 2020 book. Real with data as remembered: Krikken et al. 2021, Niklasson & Granström 2000, Pyne 1997, Zackrisson 1977, SOU 2019:7 and the EFFIS page. Planted: Zackrisson 1977 is listed under Källor but cited by no note: uncited-literature-entry at its line.",
 "document": "skogsbranderna-2018.wiki", "reader": "mediawiki", "clean": True,
 "notes": {
  "1": E(None, "Skogsbränderna sommaren 2018 (SOU 2019:7)", 2019, url="https://www.regeringen.se/rattsliga-dokument/statens-offentliga-utredningar/2019/02/sou-20197/"),
  "2": E(W, "Sommaren 2018 – extremt varm och torr", 2018, url="https://www.smhi.se/klimat/klimatet-da-och-nu/sveriges-klimat/sommaren-2018-extremt-varm-och-torr-1.138459"),
  "3": E(A, "Attribution of the role of climate change in the forest fires in Sweden 2018", 2021, ["Krikken", "Lehner", "Haustein", "Drobyshev", "van Oldenborgh"], doi="10.5194/nhess-21-2169-2021"),
  "4": E(A, "Numbers and sizes of fires: long-term spatially explicit fire history in a Swedish boreal landscape", 2000, ["Niklasson", "Granström"], doi="10.1890/0012-9658(2000)081[1484:NASOFL]2.0.CO;2"),
  "5": sv_pyne,
  "6": E(W, "Läget i landet den 14 juli", 2018, url="https://www.msb.se/sv/aktuellt/nyheter/2018/juli/laget-i-landet-den-14-juli/"),
  "7": E(W, "Forest fires in Sweden: EU mobilises further assistance", 2018, url="https://ec.europa.eu/echo/news/forest-fires-sweden-eu-mobilises-further-assistance_en"),
  "8": E(A, "Flygvapnet bombade branden i Älvdalen", 2018, url="https://www.svt.se/nyheter/lokalt/dalarna/flygvapnet-bombade-branden-i-alvdalen"),
  "9": sv_msb,
  "10": sv_gran,
  "11": E(W, "Brand i skog – råd till skogsägare", url="https://www.skogsstyrelsen.se/bruka-skog/skogsskador/brand/"),
  "12": E(W, url="https://effis.jrc.ec.europa.eu/reports-and-publications/annual-fire-reports"),
 },
 "literature": [sv_gran, sv_msb, sv_pyne, sv_zack],
})


# ---- html: Czech news-analysis page, <a href> citations in the body and a 'Poznámky' list (ČSN ISO 690, [cit. …]) ----
put("html", "inflace-analyza", {
 "about": "An invented Czech news-analysis article (why Czech CPI inflation differs from the euro-area HICP) on a weekly's web page: header with logo and nav links, perex, author line, <h2> sections, 11 note markers '<sup><a href=\"#poznN\" id=\"zpetN\">N</a></sup>' and a 'Poznámky' <ol> in ČSN ISO 690 ('[online]', '[cit. 2023-03-15]', 'Dostupné z:', surnames in capitals, 'ISSN', 'ISBN', 'DOI:'), back-links '↑', a footer with share links (URL-encoded query strings; no citations). Four body links that name the source of their sentence, keyed L1–L4 by the corpus label convention (one per distinct URL): a methodology page, a data table with a query string ('?lang=en&amp;category=…': keyed unescaped), a forecast page with a fragment '#inflace', an ECB working paper PDF with '~' in its name (no kind keyed: a working paper that the link names only by its text). Notes: a URL both as href and text (1, 3), an EU manual with ISBN and '[cit.]' after the URL (2), a URL in angle brackets '&lt;…&gt;' around the link (4), a DOI as link text with a doi.org href (5), 'Dostupné z: doi:…' as plain text (6), a handle 'hdl:20.500.11956/…' as link text with a hdl.handle.net href (7: a 'Diplomová práce', thesis), an address 'www.…' without scheme, not linked (8: keyed with https://), a news article with 'Archivováno z originálu' and a Wayback link (9: keyed the original), a book with ISBN and pages (10), a note that is only a Wikipedia URL whose href is percent-encoded and whose text shows the Czech letters, with '[cit. …]' (11: keyed as the href). Corporate authors (ČSÚ, Eurostat, ČNB) not keyed. Invented: the weekly, its site and the author; the article by Novotný and its DOI; the thesis by Dvořáková and its handle; the iDNES article and its URL; the exact paths of the czso.cz, cnb.cz, mfcr.cz and ECB addresses (the sites are real). Real with data as remembered: Bils & Klenow 2004, Mankiw's Czech translation, Eurostat's OOH manual. No reference list besides the notes (no literature). Clean.",
 "document": "inflace-analyza.html", "reader": "html", "clean": True,
 "notes": {
  "1": E(W, "Indexy spotřebitelských cen – inflace – prosinec 2022", 2023, url="https://www.czso.cz/csu/czso/cri/indexy-spotrebitelskych-cen-inflace-prosinec-2022"),
  "2": E(None, "Owner-occupied housing price index: methodological manual", 2017, url="https://ec.europa.eu/eurostat/documents/3859598/8185764/KS-GQ-17-004-EN-N.pdf"),
  "3": E(W, "Metodika indexu spotřebitelských cen", 2022, url="https://www.czso.cz/csu/czso/metodika-indexu-spotrebitelskych-cen"),
  "4": E(R, "Zpráva o měnové politice – zima 2023", 2023, url="https://www.cnb.cz/export/sites/cnb/cs/menova-politika/.galleries/zpravy_o_menove_politice/2023/zima_2023/download/zpr_mp_2023_zima.pdf"),
  "5": E(A, "Some Evidence on the Importance of Sticky Prices", 2004, ["Bils", "Klenow"], doi="10.1086/422559"),
  "6": E(A, "Imputované nájemné v indexu spotřebitelských cen: zkušenosti České republiky", 2021, ["Novotný"], doi="10.18267/j.polek.1330"),
  "7": E(T, "Měření inflace v domácnostech důchodců", 2020, ["Dvořáková"], url="http://hdl.handle.net/20.500.11956/119876"),
  "8": E(None, "Makroekonomická predikce České republiky – leden 2023", 2023, url="https://www.mfcr.cz/cs/verejny-sektor/makroekonomika/makroekonomicka-predikce/2023/makroekonomicka-predikce-leden-2023-50075"),
  "9": E(A, "Inflace je nejvyšší od roku 1993, ceny táhnou energie a potraviny", 2023, ["Kopecký"], url="https://www.idnes.cz/ekonomika/domaci/inflace-prosinec-2022-csu-ceny-energie.A230110_091204_ekonomika_kop"),
  "10": E(B, "Zásady ekonomie", 1999, ["Mankiw"]),
  "11": E(W, url="https://cs.wikipedia.org/wiki/Index_spot%C5%99ebitelsk%C3%BDch_cen"),
 },
})
