"""Writes the meta.json of heldout52 half B's documents (latex, typst, html, pdftext,
supmarkdown).  Round 52's theme: biomedicine and public health — how clinical and health
literature is cited.  Labels and lines come from the ⟦label⟧ annotations in the sources; fields
are given here by hand.  Conventions (see ../../HALF_B.md): authors are family names as printed
(group, consortium and corporate authors — RECOVERY Collaborative Group, Santé publique France,
HAS, WHO, 厚生労働省, Kementerian Kesehatan, NICE, ONS — not keyed; `et al.`, `and others`, `他`
not keyed; particles and compound names whole: von Elm, Tchetgen Tchetgen, Di Pietrantonj);
titles as printed, subtitle included, BibTeX braces not part of them, `--` an en dash; journal
articles, Cochrane reviews, preprints (medRxiv) and their later journal versions (two works)
`article`; guidelines, surveillance bulletins, statistics-office reports, protocols, laws and
regulations, drug labels `report`; a trial registration record, software, statistics tables
online, data portals and news web pages `web` — but a newspaper article is `article`;
a textbook chapter `chapter`; books `book`; theses `thesis`.  DOIs bare; PMIDs, PMCIDs and
the PubMed/PMC/Crossref service links are not keyed (a url is keyed only where an entry
prints a URL of the work itself).  Then:
  .venv/bin/python tests/corpus_build/build.py tests/heldout52 grippe-ehpad-fr kenshin-ps-ja bp-control-cohort stunting-balita-id sugar-levy-brief"""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
B, A, C, R, CH, W, T, U, P = "book", "article", "commentary", "report", "chapter", "web", "thesis", "unknown", "patent"


def put(fmt, name, meta, file="meta.json"):
    p = os.path.join(HERE, "..", fmt, name, file)
    open(p, "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")


def numbered(notes, order):
    out = []
    for lab in order:
        e = dict(notes[lab])
        if lab.isdigit():
            e = {"number": int(lab), **e}
        out.append(e)
    return out


# ---- latex: French epidemiology paper (test-negative design), natbib numbers + vancouver.bst ----
gr = {
 "spf2023bilan": dict(title="Grippe : bilan de la saison 2022-2023", year=2023, url="https://www.santepubliquefrance.fr/maladies-et-traumatismes/maladies-et-infections-respiratoires/grippe/documents/bulletin-national/bulletin-epidemiologique-grippe.-bilan-de-la-saison-2022-2023", kind=R),
 "osterholm2012": dict(authors=["Osterholm", "Kelley", "Sommer", "Belongia"], title="Efficacy and effectiveness of influenza vaccines: a systematic review and meta-analysis", year=2012, doi="10.1016/S1473-3099(11)70295-X", kind=A),
 "demicheli2018": dict(authors=["Demicheli", "Jefferson", "Di Pietrantonj", "Ferroni", "Thorning", "Thomas", "Rivetti"], title="Vaccines for preventing influenza in the elderly", year=2018, doi="10.1002/14651858.CD004876.pub4", kind=A),
 "diazgranados2014": dict(authors=["DiazGranados", "Dunning", "Kimmel", "Kirby", "Treanor", "Collins"], title="Efficacy of high-dose versus standard-dose influenza vaccine in older adults", year=2014, doi="10.1056/NEJMoa1315727", kind=A),
 "lee2021suppl": dict(authors=["Lee", "Lam", "Shin", "Samson", "Greenberg", "Chit"], title="Efficacy and effectiveness of high-dose influenza vaccine in older adults by circulating strain and antigenic match: An updated systematic review and meta-analysis", year=2021, doi="10.1016/j.vaccine.2020.09.004", kind=A),
 "has2023grippe": dict(title="Stratégie de vaccination contre la grippe saisonnière : place des vaccins à haute dose et adjuvantés chez les personnes de 65 ans et plus", year=2023, kind=R),
 "gravenstein2017": dict(authors=["Gravenstein", "Davidson", "Taljaard", "Ogarek", "Gozalo", "Han", "Mor"], title="Comparative effectiveness of high-dose versus standard-dose influenza vaccination on numbers of US nursing home residents admitted to hospital: a cluster-randomised trial", year=2017, doi="10.1016/S2213-2600(17)30235-7", kind=A),
 "foppa2013": dict(authors=["Foppa", "Haber", "Ferdinands", "Shay"], title="The case test-negative design for studies of the effectiveness of influenza vaccine", year=2013, doi="10.1016/j.vaccine.2013.04.026", kind=A),
 "sullivan2016": dict(authors=["Sullivan", "Tchetgen Tchetgen", "Cowling"], title="Theoretical Basis of the Test-Negative Study Design for Assessment of Influenza Vaccine Effectiveness", year=2016, doi="10.1093/aje/kww064", kind=A),
 "nct05581927": dict(title="Efficacité du vaccin antigrippal haute dose chez les résidents d'EHPAD (EFFI-HD)", year=2022, url="https://clinicaltrials.gov/study/NCT05581927", kind=W),
 "vonelm2007": dict(authors=["von Elm", "Altman", "Egger", "Pocock", "Gøtzsche", "Vandenbroucke"], title="The Strengthening the Reporting of Observational Studies in Epidemiology (STROBE) statement: guidelines for reporting observational studies", year=2007, doi="10.1016/S0140-6736(07)61602-X", kind=A),
 "ecdc2023protocol": dict(title="Core protocol for ECDC studies of COVID-19 and influenza vaccine effectiveness against hospitalisation with severe acute respiratory infection", year=2023, kind=R),
 "rcore2023": dict(title="R: A Language and Environment for Statistical Computing", year=2023, url="https://www.R-project.org/", kind=W),
 "morel2023medrxiv": dict(authors=["Morel", "Girard", "Nguyen"], title="Vaccin antigrippal à haute dose et hospitalisations des résidents d'EHPAD : étude de cohorte dans trois régions françaises", year=2023, doi="10.99999/2023.10.02.23296411", kind=A),
 "morel2024": dict(authors=["Morel", "Girard", "Nguyen", "Petit"], title="High-dose influenza vaccine and hospitalisation among nursing-home residents in France: a retrospective cohort study", year=2024, doi="10.99999/j.vaccine.2024.03.017", kind=A),
 "recovery2021": dict(authors=["Group", "Horby", "Lim", "Emberson", "Mafham", "Bell"], title="Dexamethasone in Hospitalized Patients with Covid-19", year=2021, doi="10.1056/NEJMoa2021436", kind=A),
}
put("latex", "grippe-ehpad-fr", {
 "about": "An invented French epidemiology paper (test-negative case-control study of high-dose influenza vaccine in French nursing homes, EHPAD) in LaTeX with natbib [numbers,sort&compress,square], \\cite{a,b}, \\cite[p.~A29]{…}, \\cite[tableau~2]{…}, \\bibliographystyle{vancouver} and \\bibliography{biblio} (numbered in order of first citation; literature in that order). The .bib has @article with pmid fields (Cochrane review, a Vaccine Suppl 1 article), @techreport with group authors in double braces (Santé publique France, HAS, ECDC: not keyed), a ClinicalTrials.gov registration as @misc (web; sponsor CHU de Tours in double braces, not keyed), a medRxiv preprint @misc and its later journal version (two works, both article), R as @manual (web), RECOVERY with {{RECOVERY Collaborative Group}} before named authors (group not keyed; `and others` not keyed). Labels: citation keys. Invented: the paper, its authors and figures, the trial registration NCT05581927 (record and URL), Morel et al. 2023 preprint and 2024 article with their DOIs and PMID, mcconeghy2021. Real with data as remembered (pages, PMIDs and titles may differ): Osterholm 2012, Demicheli 2018, DiazGranados 2014, Lee 2021, Gravenstein 2017, Foppa 2013, Sullivan 2016, von Elm 2007, RECOVERY 2021, the Santé publique France bulletin, the HAS recommendation and the ECDC protocol (titles as remembered), R. Planted: \\cite{gravenstein2017,mcconeghy2021} cites mcconeghy2021, which biblio.bib lacks: missing-literature-entry at its line.",
 "document": "article.tex", "reader": "latex", "clean": True,
 "notes": gr,
 "literature": list(gr.values()),
})

# ---- typst: Japanese public-health methods note, refs.bib, style ieee (order of first citation) ----
ks = {
 "kourei1982": dict(title="高齢者の医療の確保に関する法律(昭和57年法律第80号)", year=1982, url="https://laws.e-gov.go.jp/law/357AC0000000080", kind=R),
 "mhlw2024program": dict(title="標準的な健診・保健指導プログラム(令和6年度版)", year=2024, kind=R),
 "mhlw2023nhns": dict(title="令和4年 国民健康・栄養調査報告", year=2023, kind=R),
 "hernan2016": dict(authors=["Hernán", "Robins"], title="Using Big Data to Emulate a Target Trial When a Randomized Trial Is Not Available", year=2016, doi="10.1093/aje/kwv254", kind=A),
 "hernan2020": dict(authors=["Hernán", "Robins"], title="Causal Inference: What If", year=2020, kind=B),
 "rosenbaum1983": dict(authors=["Rosenbaum", "Rubin"], title="The central role of the propensity score in observational studies for causal effects", year=1983, doi="10.1093/biomet/70.1.41", kind=A),
 "estat2023kenshin": dict(title="特定健康診査・特定保健指導の実施状況(市町村国保)", year=2023, url="https://www.e-stat.go.jp/stat-search/files?toukei=00450390", kind=W),
 "benchimol2015": dict(authors=["Benchimol", "Smeeth", "Guttmann", "Harron", "Moher", "Petersen"], title="The REporting of studies Conducted using Observational Routinely-collected health Data (RECORD) Statement", year=2015, doi="10.1371/journal.pmed.1001885", kind=A),
 "austin2011": dict(authors=["Austin"], title="An Introduction to Propensity Score Methods for Reducing the Effects of Confounding in Observational Studies", year=2011, doi="10.1080/00273171.2011.568786", kind=A),
 "stuart2010": dict(authors=["Stuart"], title="Matching Methods for Causal Inference: A Review and a Look Forward", year=2010, doi="10.1214/09-STS313", kind=A),
 "vanbuuren2011": dict(authors=["van Buuren", "Groothuis-Oudshoorn"], title="mice: Multivariate Imputation by Chained Equations in R", year=2011, doi="10.18637/jss.v045.i03", kind=A),
 "ho2011": dict(authors=["Ho", "Imai", "King", "Stuart"], title="MatchIt: Nonparametric Preprocessing for Parametric Causal Inference", year=2011, doi="10.18637/jss.v042.i08", kind=A),
 "vanderweele2017": dict(authors=["VanderWeele", "Ding"], title="Sensitivity Analysis in Observational Research: Introducing the E-Value", year=2017, doi="10.7326/M16-2607", kind=A),
 "sato2021": dict(authors=["佐藤", "井上", "小林"], title="特定保健指導の参加と3年後の健診成績:市町村国保の健診・レセプト突合データを用いた傾向スコアマッチング分析", year=2021, doi="10.99999/jph.21-044", kind=A),
 "tsushita2018": dict(authors=["Tsushita", "Hosler", "Miura", "Ito", "Fukuda", "Kitamura", "Tatara"], title="Rationale and Descriptive Analysis of Specific Health Guidance: the Nationwide Lifestyle Intervention Program Targeting Metabolic Syndrome in Japan", year=2018, doi="10.5551/jat.42010", kind=A),
 "toukeihou2007": dict(title="統計法(平成19年法律第53号)", year=2007, url="https://laws.e-gov.go.jp/law/419AC0000000053", kind=R),
}
put("typst", "kenshin-ps-ja", {
 "about": "An invented Japanese public-health methods note (propensity-score analysis of specific health check-up and guidance data, 特定健診・特定保健指導, in municipal National Health Insurance) in Typst with refs.bib beside it: references @key (also directly before 。 and 、 and at a line start), @key[第22章], two references side by side (@a @b), #cite(<key>, supplement: [表5]) and supplements with page ranges and an article of a law; #bibliography(\"refs.bib\", title: \"参考文献\", style: \"ieee\"): all 16 entries cited, literature in order of first citation (the .bib's order). Entries: two Japanese laws as @misc keyed by title with their law numbers (printed inside the title field), MHLW reports and an e-Stat table with corporate authors in double braces (not keyed), English journal articles, a book, a Japanese journal article with Japanese names (family names keyed: 佐藤, 井上, 小林), `and others` not keyed. Labels: citation keys. Invented: the note, its authors and figures, 佐藤/井上/小林 2021 and its DOI. Real with data as remembered (titles of the MHLW documents, the e-Stat URL and law URLs may differ): the laws, the MHLW programme and survey report, Hernán & Robins 2016 and 2020, Rosenbaum & Rubin 1983, Benchimol 2015, Austin 2011, Stuart 2010, van Buuren 2011, Ho 2011, VanderWeele & Ding 2017, Tsushita 2018. Clean.",
 "document": "note.typ", "reader": "typst", "clean": True,
 "notes": ks,
 "literature": list(ks.values()),
})

# ---- html: English clinical journal article page, AMA superscripts, numbered reference list ----
bp = {
 "1": dict(authors=["Mills", "Stefanescu", "He"], title="The global epidemiology of hypertension", year=2020, doi="10.1038/s41581-019-0244-2", kind=A),
 "2": dict(title="Worldwide trends in hypertension prevalence and progress in treatment and control from 1990 to 2019: a pooled analysis of 1201 population-representative studies with 104 million participants", year=2021, doi="10.1016/S0140-6736(21)01330-1", kind=A),
 "3": dict(authors=["Whelton", "Carey", "Aronow"], title="2017 ACC/AHA/AAPA/ABC/ACPM/AGS/APhA/ASH/ASPC/NMA/PCNA guideline for the prevention, detection, evaluation, and management of high blood pressure in adults: a report of the American College of Cardiology/American Heart Association Task Force on Clinical Practice Guidelines", year=2018, doi="10.1161/HYP.0000000000000065", kind=A),
 "4": dict(authors=["Muntner", "Hardy", "Fine"], title="Trends in blood pressure control among US adults with hypertension, 1999-2000 to 2017-2018", year=2020, doi="10.1001/jama.2020.14545", kind=A),
 "5": dict(authors=["Wright", "Williamson", "Whelton", "Group"], title="A randomized trial of intensive versus standard blood-pressure control", year=2015, doi="10.1056/NEJMoa1511939", kind=A),
 "6": dict(authors=["Proia", "Thota", "Njie", "Force"], title="Team-based care and improved blood pressure control: a community guide systematic review", year=2014, doi="10.1016/j.amepre.2014.03.004", kind=A),
 "7": dict(authors=["Carter", "Rogers", "Daly", "Zheng", "James"], title="The potency of team-based care interventions for hypertension: a meta-analysis", year=2009, doi="10.1001/archinternmed.2009.316", kind=A),
 "8": dict(authors=["Jaffe", "Lee", "Young", "Sidney", "Go"], title="Improved blood pressure control associated with a large-scale hypertension program", year=2013, doi="10.1001/jama.2013.108769", kind=A),
 "9": dict(authors=["Tucker", "Sheppard", "Stevens"], title="Self-monitoring of blood pressure in hypertension: a systematic review and individual patient data meta-analysis", year=2017, doi="10.1371/journal.pmed.1002389", kind=A),
 "10": dict(authors=["Victor", "Lynch", "Li"], title="A cluster-randomized trial of blood-pressure reduction in Black barbershops", year=2018, doi="10.1056/NEJMoa1717250", kind=A),
 "11": dict(title="Hypertension cascade: hypertension prevalence, treatment and control estimates among US adults aged 18 years and older applying the criteria from the ACC/AHA 2017 hypertension guideline—NHANES 2017–March 2020", year=2023, url="https://millionhearts.hhs.gov/data-reports/hypertension-prevalence.html", kind=W),
 "12": dict(title="Health center program uniform data system (UDS) data overview: national data, table 7", url="https://data.hrsa.gov/tools/data-reporting/program-data/national", kind=W),
 "13": dict(authors=["Okonkwo", "Ramírez-Soto"], title="Community health center hypertension registry, 2018-2023", year=2024, doi="10.99999/dryad.x3ffbg7qk", kind=W),
 "14": dict(authors=["Reyes-Navarro", "Chen", "Patel"], title="Pharmacist-led antihypertensive titration in a federally qualified health center network: a stepped implementation study", year=2022, doi="10.99999/s11606-022-07512-3", kind=A),
 "15": dict(title="Hypertension in Adults: Diagnosis and Management", year=2019, url="https://www.nice.org.uk/guidance/ng136", kind=R),
 "16": dict(authors=["Austin"], title="Balance diagnostics for comparing the distribution of baseline covariates between treatment groups in propensity-score matched samples", year=2009, doi="10.1002/sim.3697", kind=A),
 "17": dict(authors=["Desai", "Franklin"], title="Alternative approaches for confounding adjustment in observational studies using weighting based on the propensity score: a primer for practitioners", year=2019, doi="10.1136/bmj.l5657", kind=A),
 "18": dict(authors=["Kotchen"], title="Hypertensive vascular disease", year=2022, kind=CH),
 "19": dict(authors=["Okonkwo", "Lindqvist", "Ramírez-Soto"], title="Team-based care and hypertension control in safety-net clinics: a retrospective cohort study", year=2024, doi="10.99999/2024.01.30.24301987", kind=A),
}
put("html", "bp-control-cohort", {
 "about": "An invented English clinical journal article page in HTML as a publisher renders it (team-based care and blood pressure control in US community health centers; JAMA-Network-like: site header, citation_ meta tags, article type line, authors with affiliation superscripts <sup>1,3</sup> (not citations), Key Points, structured abstract, sections, Article Information with a mailto link). AMA superscript markers <sup><a href=\"#ref-N\">N</a>,<a …>M</a></sup> and ranges <sup><a href=\"#ref-6\">6</a>-<a href=\"#ref-8\">8</a></sup> (one pair per number spanned); one marker before a semicolon. References as <div class=\"ref\" id=\"ref-N\"><span class=\"ref-num\">N.</span> … with Crossref | PubMed | PMC link rows (service links: not keyed, the DOI is). AMA entries: `et al` and group names after a semicolon (`; SPRINT Research Group`) not keyed, a group author alone (NCD-RisC) not keyed, `Jr` not part of the name, an `Erratum in:` tail not part of the entry's fields, CDC and HRSA statistics pages (web; HRSA has only an access date: no year), a [dataset] on Dryad (web; `[dataset]` not part of the title), a NICE guideline (report, keyed by its title; `NICE guideline NG136` its designation), a Harrison's chapter (chapter; editors not keyed), a medRxiv preprint (article). Invented: the article, its authors, journal and DOI, refs 13, 14 and 19 (DOIs, PMIDs, PMCIDs). Real with data as remembered (pages, PMIDs and PMCIDs may differ): refs 1–12 and 15–18. Clean.",
 "document": "article.html", "reader": "html", "clean": True,
 "notes": bp,
 "literature": numbered(bp, [str(i) for i in range(1, 20)]),
})

# ---- pdftext: Indonesian public-health journal article as pdftotext prints it, Vancouver (n) ----
st = {
 "1": dict(title="Hasil Survei Status Gizi Indonesia (SSGI) 2022", year=2023, kind=R),
 "2": dict(title="Reducing stunting in children: equity considerations for achieving the Global Nutrition Targets 2025", year=2018, kind=B),
 "3": dict(authors=["Black", "Victora", "Walker", "Bhutta", "Christian", "de Onis"], title="Maternal and child undernutrition and overweight in low-income and middle-income countries", year=2013, kind=A),
 "4": dict(authors=["Beal", "Tumilowicz", "Sutrisna", "Izwardy", "Neufeld"], title="A review of child stunting determinants in Indonesia", year=2018, doi="10.1111/mcn.12617", kind=A),
 "5": dict(authors=["Torlesse", "Cronin", "Sebayang", "Nandy"], title="Determinants of stunting in Indonesian children: evidence from a cross-sectional survey indicate a prominent role for the water, sanitation and hygiene sector in stunting reduction", year=2016, kind=A),
 "6": dict(authors=["Titaley", "Ariawan", "Hapsari", "Muasyaroh", "Dibley"], title="Determinants of the stunting of children under two years old in Indonesia: a multilevel analysis of the 2013 Indonesia Basic Health Survey", year=2019, kind=A),
 "7": dict(authors=["de Onis", "Branca"], title="Childhood stunting: a global perspective", year=2016, kind=A),
 "8": dict(title="Peraturan Presiden Republik Indonesia Nomor 72 Tahun 2021 tentang Percepatan Penurunan Stunting", year=2021, kind=R),
 "9": dict(title="Kabupaten Lombok Timur dalam angka 2023", year=2023, kind=R),
 "10": dict(title="WHO Child Growth Standards based on length/height, weight and age", year=2006, kind=A),
 "11": dict(title="Peraturan Menteri Kesehatan Nomor 2 Tahun 2020 tentang Standar Antropometri Anak", year=2020, kind=R),
 "12": dict(authors=["Rahmawati"], title="Hubungan pola asuh makan dengan kejadian stunting pada balita di Kecamatan Sakra", year=2021, kind=T),
 "13": dict(authors=["Lestari", "Hidayat", "Kurniawan"], title="Sanitasi rumah tangga dan kejadian stunting pada baduta di wilayah pesisir", year=2022, doi="10.99999/jkli.21.3.301-309", kind=A),
 "14": dict(authors=["Hosmer", "Lemeshow", "Sturdivant"], title="Applied logistic regression", year=2013, kind=B),
 "15": dict(authors=["Victora", "Christian", "Vidaletti", "Gatica-Domínguez", "Menon", "Black"], title="Revisiting maternal and child undernutrition in low-income and middle-income countries: variable progress towards an unfinished agenda", year=2021, kind=A),
 "16": dict(authors=["Dewey", "Begum"], title="Long-term consequences of stunting in early life", year=2011, kind=A),
}
put("pdftext", "stunting-balita-id", {
 "about": "An invented Indonesian public-health journal article (risk factors for stunting among children aged 24–59 months in East Lombok, a posyandu-based case-control study) as pdftotext prints four pages of a two-column journal without -layout: journal head with volume, pages and ISSNs, bilingual title, authors with affiliation digits and an asterisk, affiliations split from their digits, Indonesian ABSTRAK and English ABSTRACT with keywords, the two columns merged into short lines, a word and a range wrapped at a line end (`24–` / `59`), a flattened table (`Tabel 1`, numbers with decimal commas and ranges: no citations), a corresponding-author line at the first page foot (no citation), running heads `Hidayati BN, dkk. …` on pages 2–4, folios 115–118 alone or with a running foot, form feeds. Vancouver citations in parentheses `(1)`, `(3,4)`, `(5–7)` (a range: one pair per number spanned), numbered in order of first citation; DAFTAR PUSTAKA `1.`–`16.` in Vancouver style across pages 3–4 with wrapped lines (a DOI wrapped after its slash, joined; hyphenated compounds wrapped after their hyphen keyed with it: `cross-sectional`, `middle-income`), `et al.` not keyed, corporate and group authors not keyed (Kementerian Kesehatan RI, WHO, BPS, WHO Multicentre Growth Reference Study Group), a Presidential Regulation and a Health Ministry regulation (report, keyed by the title printed with their number and year), a BPS regency statistical yearbook (report), a master's thesis `[tesis]` (thesis; the bracket not part of the title), a textbook (book), `Suppl 1`/`Suppl 3` supplements. Reader: plain-text, as heldout51's fix65h decided for pdftotext texts with form feeds and folios whose list stands under a references heading (`DAFTAR PUSTAKA`). Invented: the article, journal, authors, ISSNs and e-mail, Rahmawati 2021, Lestari et al. 2022 and its DOI. Real with data as remembered (pages and titles may differ): refs 1–11 and 14–16. Clean.",
 "document": "stunting-balita-id.txt", "reader": "plain-text", "clean": True,
 "notes": st,
 "literature": numbered(st, [str(i) for i in range(1, 17)]),
})

# ---- supmarkdown: English health-policy brief, <sup>n</sup> notes, numbered Notes list ----
sl = {
 "1": dict(title="Soft Drinks Industry Levy: 12 things you should know", year=2018, url="https://www.gov.uk/government/news/soft-drinks-industry-levy-12-things-you-should-know", kind=W),
 "2": dict(title="Soft Drinks Industry Levy statistics commentary 2024", year=2024, url="https://www.gov.uk/government/statistics/soft-drinks-industry-levy-statistics", kind=R),
 "3": dict(title="Milkshakes and flavoured milks product survey 2023", year=2023, kind=R),
 "4": dict(title="National Child Measurement Programme, England, 2022/23 school year", year=2023, url="https://digital.nhs.uk/data-and-information/publications/statistical/national-child-measurement-programme/2022-23-school-year", kind=R),
 "5": dict(title="National Diet and Nutrition Survey: diet, nutrition and physical activity in 2020", year=2023, kind=R),
 "6": dict(title="Carbohydrates and Health", year=2015, kind=B),
 "7": dict(title="WHO manual on sugar-sweetened beverage taxation policies to promote healthy diets", year=2022, kind=R),
 "8": dict(authors=["Colchero", "Rivera-Dommarco", "Popkin", "Ng"], title="In Mexico, evidence of sustained consumer response two years after implementing a sugar-sweetened beverage tax", year=2017, doi="10.1377/hlthaff.2016.1231", kind=A),
 "9": dict(authors=["Teng", "Jones", "Mizdrak", "Signal", "Genç", "Wilson"], title="Impact of sugar-sweetened beverage taxes on purchases and dietary intake: systematic review and meta-analysis", year=2019, doi="10.1111/obr.12868", kind=A),
 "10": dict(title="Finance Act 2017", year=2017, url="https://www.legislation.gov.uk/ukpga/2017/10/part/2", kind=R),
 "11": dict(title="The Soft Drinks Industry Levy Regulations 2018", year=2018, url="https://www.legislation.gov.uk/uksi/2018/41/contents", kind=R),
 "12": dict(authors=["Scarborough", "Adhikari", "Harrington"], title="Impact of the announcement and implementation of the UK Soft Drinks Industry Levy on sugar content, price, product size and number of available soft drinks in the UK, 2015-19: a controlled interrupted time series analysis", year=2020, doi="10.1371/journal.pmed.1003025", kind=A),
 "13": dict(authors=["Pell", "Mytton", "Penney"], title="Changes in soft drinks purchased by British households associated with the UK soft drinks industry levy: controlled interrupted time series analysis", year=2021, doi="10.1136/bmj.n254", kind=A),
 "14": dict(authors=["Rogers", "Cummins", "Forde"], title="Associations between trajectories of obesity prevalence in English primary school children and the UK soft drinks industry levy: an interrupted time series analysis of surveillance data", year=2023, doi="10.1371/journal.pmed.1004160", kind=A),
 "15": dict(title="Family spending workbook 1: detailed expenditure and trends", url="https://www.ons.gov.uk/peoplepopulationandcommunity/personalandhouseholdfinances/expenditure/datasets/familyspendingworkbook1detailedexpenditureandtrends", kind=W),
 "16": dict(authors=["Briggs", "Mytton", "Kehlbacher", "Tiffin", "Rayner", "Scarborough"], title="Overall and income specific effect on prevalence of overweight and obesity of 20% sugar sweetened drink tax in UK: econometric and comparative risk assessment modelling study", year=2013, doi="10.1136/bmj.f6189", kind=A),
 "17": dict(title="Sugar reduction: report on progress between 2015 and 2019", year=2020, kind=R),
 "18": dict(authors=["Campbell"], title="Ministers weigh extending sugar tax to milkshakes as child obesity stalls", year=2024, kind=A),
 "19": dict(title="Soft Drinks Industry Levy: consultation on the treatment of milk-based drinks", year=2024, kind=R),
}
put("supmarkdown", "sugar-levy-brief", {
 "about": "An invented English health-policy brief in Markdown (extending the UK Soft Drinks Industry Levy to milk-based drinks): title, italic series line, summary bullets, numbered sections, a pipe table with <sup>n</sup> markers in cells, a numbered recommendations list (`1.`–`4.`: not citations), <sup>n</sup> and <sup>n,m</sup> markers (one pair per number), and a Notes list `1.`–`19.` in AMA-like style, numbered in order of first citation: gov.uk news and guidance page (web), HMRC, NHS England Digital and ONS statistics (the statistics commentary and the NCMP release report; the ONS workbook, a dataset page, web, with only an edition `Financial year ending 2023 edition` and no year), WHO, SACN, OHID/FSA and PHE reports (report; corporate authors not keyed), journal articles with DOIs (`et al.` not keyed), an Act and a Statutory Instrument (report keyed by the short title; `c. 10, Part 2` and `SI 2018/41` are designations), a newspaper article (article), a consultation (report). Invented: the brief, its centre and survey, notes 3 (title), 18 and 19 (as titled here). Real with data as remembered (titles, dates and URLs of the government pages may differ): notes 1, 2, 4–17. Planted: note 16 (Briggs et al. 2013) is cited nowhere (the body skips from 15 to 17): uncited-literature-entry at its line; it is in the literature but has no note (as heldout51's fix65h corrected for the HTML list).",
 "document": "brief.md", "reader": "sup-markdown", "clean": True,
 "notes": {k: v for k, v in sl.items() if k != "16"},
 "literature": numbered(sl, [str(i) for i in range(1, 20)]),
})
