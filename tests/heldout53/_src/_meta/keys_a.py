"""Writes the meta.json of heldout53 half A's documents (rmarkdown, odt, org, rst, bibtex).
Round 53's theme: social-science fieldwork and survey research -- how sociology, political
science, anthropology, education and migration studies cite.  Labels and lines come from the
⟦label⟧ annotations in the sources (the OpenDocument chapter's from its footnotes, numbered by
build_odt.py, at their body paragraph), checked on the built files by check_a.py; fields are
given here by hand.  Conventions: see ../../README.md, "Half A".  In short: journal articles,
working papers in a journal-like series are `report` (NBER, Banco de España, a research
centre's documento de trabajo), newspaper articles `article`; laws, court decisions, UN
general comments, agency and statistics-office releases, survey technical reports, codebooks
and questionnaires `report`; datasets, preregistrations, software/R packages, web pages and
database tables `web`; chapters `chapter`; theses `thesis`; archival files `unknown`;
interviews and fieldnotes held by the author `commentary`.  Group and corporate authors are
not keyed; editors are not keyed.  Repeats (`Ivi`, `Ibid.`, `cit.`) are keyed with the work
they repeat; a note holding two works is keyed with its first.  Then:
  .venv/bin/python tests/corpus_build/build.py tests/heldout53 confianza-victimizacion-es tutoring-attendance-org rent-cap-policy-rst sociologia-biblio-es
  .venv/bin/python tests/heldout53/_src/_meta/build_odt_a.py"""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
B, A, R, CH, W, T, U, C = "book", "article", "report", "chapter", "web", "thesis", "unknown", "commentary"


def put(fmt, name, meta, file="meta.json"):
    p = os.path.join(HERE, "..", fmt, name, file)
    open(p, "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")


# ---- rmarkdown: Spanish political-science survey paper, R Markdown + referencias.bib ----
rm = {
 "levi2000": dict(authors=["Levi", "Stoker"], title="Political Trust and Trustworthiness", year=2000, doi="10.1146/annurev.polisci.3.1.475", kind=A),
 "mishler2001": dict(authors=["Mishler", "Rose"], title="What Are the Origins of Political Trust? Testing Institutional and Cultural Theories in Post-Communist Societies", year=2001, doi="10.1177/0010414001034001002", kind=A),
 "easton1975": dict(authors=["Easton"], title="A Re-Assessment of the Concept of Political Support", year=1975, doi="10.1017/S0007123400008309", kind=A),
 "malone2010": dict(authors=["Malone"], title="The Verdict Is In: The Impact of Crime on Public Trust in Central American Justice Systems", year=2010, doi="10.1177/1866802X1000200304", kind=A),
 "reyes2023prereg": dict(authors=["Reyes Ibáñez", "Aguirre Valdivia"], title="Victimización, corrupción percibida y confianza en la policía: plan de preanálisis", year=2023, doi="10.99999/osf.io/k7q2m", kind=W),
 "lapop2021data": dict(title="AmericasBarometer 2021 Merged Dataset", year=2022, url="https://www.vanderbilt.edu/lapop/raw-data.php", kind=W),
 "lapop2021tech": dict(title="AmericasBarometer 2021: Technical Information", year=2021, kind=R),
 "lapop2021codebook": dict(title="Barómetro de las Américas 2021: libro de códigos y cuestionario común", year=2021, kind=R),
 "aguirre2022wp": dict(authors=["Aguirre Valdivia", "Sepúlveda"], title="Medir la corrupción policial en América Latina: un índice compuesto, 2004–2021", year=2022, url="https://cesc.example.net/dt/17", kind=R),
 "unodc2023": dict(title="Global Study on Homicide 2023", year=2023, kind=R),
 "rcore2023": dict(title="R: A Language and Environment for Statistical Computing", year=2023, url="https://www.R-project.org/", kind=W),
 "bates2015": dict(authors=["Bates", "Mächler", "Bolker", "Walker"], title="Fitting Linear Mixed-Effects Models Using lme4", year=2015, doi="10.18637/jss.v067.i01", kind=A),
 "lumley2023": dict(authors=["Lumley"], title="survey: Analysis of Complex Survey Samples", year=2023, url="https://CRAN.R-project.org/package=survey", kind=W),
 "rosseel2012": dict(authors=["Rosseel"], title="lavaan: An R Package for Structural Equation Modeling", year=2012, doi="10.18637/jss.v048.i02", kind=A),
 "cruz2015": dict(authors=["Cruz"], title="Police Misconduct and Political Legitimacy in Central America", year=2015, doi="10.1017/S0022216X15000085", kind=A),
 "jackson2011": dict(authors=["Jackson", "Bradford", "Hough", "Kuha", "Stares", "Widdop", "Fitzgerald", "Yordanova", "Galev"], title="Developing European Indicators of Trust in Justice", year=2011, doi="10.1177/1477370811411458", kind=A),
 "ess2018data": dict(title="ESS Round 9: European Social Survey Round 9 Data", year=2018, doi="10.21338/NSD-ESS9-2018", kind=W),
 "tyler2006": dict(authors=["Tyler"], title="Why People Obey the Law", year=2006, kind=B),
 "putnam2000": dict(authors=["Putnam"], title="Bowling Alone: The Collapse and Revival of American Community", year=2000, kind=B),
}
put("rmarkdown", "confianza-victimizacion-es", {
 "about": "An invented Spanish political-science survey paper (victimisation and trust in the police in Latin America, a multilevel analysis of the AmericasBarometer 2021) as R Markdown: YAML header (bookdown::pdf_document2, bibliography: referencias.bib, lang: es-CL), R chunks, pandoc citations [@a; @b], [@key, p. 437], [@key, pp. 45--61], [véase ... en @key], a narrative @key, a suppressed author [-@key] after the authors' names, a narrative @key [p. 260], and `::: {#refs}` under Referencias. The .bib (BibTeX types) holds journal articles, a preregistration (@misc, OSF, invented DOI 10.99999), the LAPOP dataset, technical report and codebook, a working paper (invented, .example.net), a UNODC report, R, lme4, survey, lavaan, the ESS Round 9 data file, two books. Real works are cited with their data as the writer remembered them. Planted: [@dammert2012, pp. 45--61] has no .bib entry.",
 "document": "confianza.Rmd", "reader": "pandoc-markdown", "clean": True,
 "notes": rm,
 "literature": [rm[k] for k in ["aguirre2022wp", "bates2015", "cruz2015", "easton1975", "ess2018data", "jackson2011",
                                "lapop2021tech", "lapop2021codebook", "lapop2021data", "levi2000", "lumley2023",
                                "malone2010", "mishler2001", "putnam2000", "rcore2023", "reyes2023prereg",
                                "rosseel2012", "tyler2006", "unodc2023"]],
})

# ---- odt: Italian history-of-migration chapter, footnotes (Italian humanities note style) + Bibliografia ----
franzina = dict(authors=["Franzina"], title="La grande emigrazione. L'esodo dei rurali dal Veneto durante il secolo XIX", year=1976, kind=B)
rinauro = dict(authors=["Rinauro"], title="Il cammino della speranza. L'emigrazione clandestina degli italiani nel secondo dopoguerra", year=2009, kind=B)
dalmolin = dict(authors=["Dal Molin"], title="Le rimesse delle donne: lettere e vaglia dalla Svizzera, 1950–1965", year=2014, kind=CH)
colucci = dict(authors=["Colucci"], title="Lavoro in movimento. L'emigrazione italiana in Europa, 1945–57", year=2008, kind=B)
sayad = dict(authors=["Sayad"], title="La doppia assenza. Dalle illusioni dell'emigrato alle sofferenze dell'immigrato", year=2002, kind=B)
sori = dict(authors=["Sori"], title="L'emigrazione italiana dall'Unità alla seconda guerra mondiale", year=1979, kind=B)
od = {
 "1": dict(kind=U),
 "2": franzina,
 "3": franzina,
 "4": dict(title="Annuario statistico della emigrazione italiana dal 1876 al 1925", year=1926, kind=R),
 "5": dict(title="Legge 31 gennaio 1901, n. 23, sull'emigrazione", year=1901, kind=R),
 "6": dict(kind=U),
 "7": dict(title="Partono da Feltre altri duecento minatori", year=1952, kind=A),
 "8": dict(kind=C),
 "9": sayad,
 "10": colucci,
 "11": rinauro,
 "12": dict(kind=C),
 "13": dict(title="Marcinelle: tra le vittime anche undici bellunesi", year=1956, kind=A),
 "14": rinauro,
 "15": dalmolin,
 "16": dalmolin,
 "17": dict(kind=C),
 "18": sori,
}
put("odt", "emigrazione-veneta-it", {
 "title": "«Partire per restare»: emigrazione bellunese verso la Svizzera e il Belgio, 1946–1960",
 "about": "Built by tests/heldout53/_src/_meta/build_odt_a.py with tests/corpus_build/build_odt.py's Doc (unchanged). An invented Italian history-of-migration book chapter (emigration from the province of Belluno to Belgium and Switzerland, 1946-1960) as an .odt: headings, an author line, 18 footnotes (text:note) in Italian humanities note style: archival files (ACS, Archivio di Stato di Belluno, with b./fasc.), books with place/publisher/year, an official statistical yearbook, a 1901 law, two newspaper articles (headlines in «»), two interviews held by the author with pseudonyms, the author's fieldnotes, a chapter in an edited volume (a cura di), `Ivi, p. 112.`, `Ibid., p. 96.`, two `cit.` short repeats, a translated book with `ed. or.`, and a last note citing two works; then a Bibliografia of six plain paragraphs (not a list, not a generated index). The Dal Molin chapter, its volume and the two newspaper headlines are invented; real works are cited with their data as the writer remembered them. Lines are body paragraph numbers.",
 "reader": "odt", "clean": True,
 "notes": od,
 "literature": [colucci, dalmolin, franzina, rinauro, sayad, sori], "defects": [],
})

# ---- org: English education-research working paper, org-cite + tutoring.bib (biblatex types), csl apa ----
og = {
 "nickow2020": dict(authors=["Nickow", "Oreopoulos", "Quan"], title="The Impressive Effects of Tutoring on PreK-12 Learning: A Systematic Review and Meta-Analysis of the Experimental Evidence", year=2020, doi="10.3386/w27476", kind=R),
 "kraft2021": dict(authors=["Kraft", "Falken"], title="A Blueprint for Scaling Tutoring and Mentoring Across Public Schools", year=2021, doi="10.1177/23328584211042858", kind=A),
 "eef2021toolkit": dict(title="Small Group Tuition", year=2021, url="https://educationendowmentfoundation.org.uk/education-evidence/teaching-learning-toolkit/small-group-tuition", kind=W),
 "gottfried2014": dict(authors=["Gottfried"], title="Chronic Absenteeism and Its Effects on Students' Academic and Socioemotional Outcomes", year=2014, doi="10.1080/10824669.2014.962696", kind=A),
 "dfe2024absence": dict(title="Pupil Absence in Schools in England: 2022/23", year=2024, url="https://explore-education-statistics.service.gov.uk/find-statistics/pupil-absence-in-schools-in-england", kind=R),
 "dfe2021ntp": dict(title="National Tutoring Programme: Guidance for Schools, Academic Year 2021 to 2022", year=2021, kind=R),
 "nao2022": dict(title="Education Recovery in Schools in England", year=2022, kind=R),
 "lord2023": dict(authors=["Lord", "Styles", "Rennie"], title="National Tutoring Programme Year 2: Implementation and Process Evaluation", year=2023, url="https://www.nfer.ac.uk/publications/ntp-year-2-evaluation", kind=R),
 "okafor2023prereg": dict(authors=["Okafor", "Pemberton"], title="Tutoring and School Attendance in Northern England: Pre-Analysis Plan", year=2023, doi="10.99999/osf.io/3fz8w", kind=W),
 "ukhls2023": dict(title="Understanding Society: Waves 1–13, 2009–2022 and Harmonised BHPS: Waves 1–18, 1991–2009", year=2023, doi="10.5255/UKDA-SN-6614-19", kind=W),
 "mhclg2019imd": dict(title="English Indices of Deprivation 2019", year=2019, url="https://www.gov.uk/government/statistics/english-indices-of-deprivation-2019", kind=W),
 "callaway2021": dict(authors=["Callaway", "Sant'Anna"], title="Difference-in-Differences with Multiple Time Periods", year=2021, doi="10.1016/j.jeconom.2020.12.001", kind=A),
 "rcore2024": dict(title="R: A Language and Environment for Statistical Computing", year=2024, url="https://www.R-project.org/", kind=W),
 "callaway2022did": dict(authors=["Callaway", "Sant'Anna"], title="did: Difference in Differences", year=2022, url="https://CRAN.R-project.org/package=did", kind=W),
 "braun2006": dict(authors=["Braun", "Clarke"], title="Using Thematic Analysis in Psychology", year=2006, doi="10.1191/1478088706qp063oa", kind=A),
 "braun2019": dict(authors=["Braun", "Clarke"], title="Reflecting on Reflexive Thematic Analysis", year=2019, doi="10.1080/2159676X.2019.1628806", kind=A),
 "guryan2023": dict(authors=["Guryan", "Ludwig", "Bhatt", "Cook", "Davis", "Dodge", "Farkas", "Fryer", "Mayer", "Pollack", "Steinberg"], title="Not Too Late: Improving Academic Outcomes among Adolescents", year=2023, doi="10.1257/aer.20210434", kind=A),
}
put("org", "tutoring-attendance-org", {
 "about": "An invented English education-research working paper (small-group tutoring under England's National Tutoring Programme and pupil attendance) in Org mode: #+title/#+author/#+date, #+bibliography: tutoring.bib, #+cite_export: csl apa.csl, headings, org-cite [cite:@key], [cite:@a; @b], [cite/t:@key], [cite/t:@key p. 9], [cite:see @a p. 4; @b], [cite:@key pp. 31--33], an =did= verbatim, and #+print_bibliography:. The .bib (biblatex types: @report with type/number, @online with urldate, @dataset, @software with version) holds an NBER working paper, EEF toolkit page, DfE statistics and guidance, an NAO report, the NFER evaluation, an OSF pre-analysis plan (invented DOI 10.99999), Understanding Society (UK Data Service SN 6614), the English IMD, R and the did package, journal articles. The authors, their preregistration and the results are invented; real works are cited with their data as the writer remembered them. Literature: the cited entries as APA prints them (author, year; Department for Education under D, Education Endowment Foundation under E, Ministry of Housing... under M, National Audit Office under N, R Core Team under R, University of Essex... under U).",
 "document": "tutoring-attendance.org", "reader": "org", "clean": True,
 "notes": og,
 "literature": [og[k] for k in ["braun2006", "braun2019", "callaway2021", "callaway2022did", "dfe2021ntp", "dfe2024absence",
                                "eef2021toolkit", "gottfried2014", "guryan2023", "kraft2021", "lord2023", "mhclg2019imd",
                                "nao2022", "nickow2020", "okafor2023prereg", "rcore2024", "ukhls2023"]],
})

# ---- rst: English public-policy brief, [Label]_ citations + .. [Label] entries ----
rs = {
 "Arundel2017": dict(authors=["Arundel"], title="Equity inequity: Housing wealth inequality, inter and intra-generational divergences, and the rise of private landlordism", year=2017, doi="10.1080/14036096.2017.1284154", kind=A),
 "CESCR1991": dict(title="General Comment No. 4: The Right to Adequate Housing (Art. 11 (1) of the Covenant)", year=1991, kind=R),
 "Diamond2019": dict(authors=["Diamond", "McQuade", "Qian"], title="The effects of rent control expansion on tenants, landlords, and inequality: Evidence from San Francisco", year=2019, doi="10.1257/aer.20181289", kind=A),
 "ElPais2024": dict(authors=["Blanchar"], title="Los alquileres bajan en Cataluña seis meses después de aplicar el tope", year=2024, url="https://elpais.example.net/economia/2024-09-09/alquileres-cataluna-tope.html", kind=A),
 "Eurostat2023": dict(title="Housing cost overburden rate by tenure status - EU-SILC survey", year=2023, url="https://ec.europa.eu/eurostat/databrowser/view/ilc_lvho07c/default/table", kind=W),
 "Expansion2024": dict(authors=["Zarza"], title="El alquiler de temporada se dispara en las zonas tensionadas", year=2024, kind=A),
 "Incasol2024": dict(title="Estadística de fiances de lloguer: primer semestre 2024", year=2024, url="https://habitatge.gencat.cat/ca/dades/estadistiques/fiances", kind=R),
 "INE2024": dict(title="Índice de Precios de Vivienda en Alquiler (IPVA). Año 2022", year=2024, kind=R),
 "Kholodilin2024": dict(authors=["Kholodilin"], title="Rent control effects through the lens of empirical research: An almost complete review of the literature", year=2024, doi="10.1016/j.jhe.2024.101983", kind=A),
 "Ley2023": dict(title="Ley 12/2023, de 24 de mayo, por el derecho a la vivienda", year=2023, kind=R),
 "LopezMatea2019": dict(authors=["López-Rodríguez", "Matea"], title="Evolución reciente del mercado del alquiler de vivienda en España", year=2019, kind=R),
 "Monras2023": dict(authors=["Monràs", "García-Montalvo"], title="The effect of second generation rent controls: New evidence from Catalonia", year=2023, doi="10.1016/j.jhe.2023.101949", kind=A),
 "OECD2021": dict(title="Brick by Brick: Building Better Housing Policies", year=2021, doi="10.1787/b453b043-en", kind=B),
 "OECDAHD2024": dict(title="HC1.2 Housing costs over income", year=2024, url="https://www.oecd.org/housing/data/affordable-housing-database/", kind=W),
 "STC2024": dict(title="Sentencia 79/2024, de 21 de mayo de 2024. Recurso de inconstitucionalidad 5491-2023", year=2024, kind=R),
}
order = ["Arundel2017", "CESCR1991", "Diamond2019", "ElPais2024", "Eurostat2023", "Expansion2024", "Incasol2024", "INE2024",
         "Kholodilin2024", "Ley2023", "LopezMatea2019", "Monras2023", "OECD2021", "OECDAHD2024", "STC2024"]
put("rst", "rent-cap-policy-rst", {
 "about": "An invented English public-policy brief (rent caps under Spain's 2023 housing act, Ley 12/2023, in Catalonia) in reStructuredText: title, a field list, a contents directive, sections, a note directive holding a citation, an enumerated list with citations, [Label]_ citations (two side by side counted as two pairs) and a References section of `.. [Label]` citation entries in alphabetical order citing the OECD, a UN general comment, INE and Eurostat tables, INCASÒL deposit statistics, the law, a Constitutional Court judgment, a Banco de España occasional paper, two newspapers and journal articles. The newspaper articles (one with an .example.net URL), the judgment's number and the authors are invented; real works are cited with their data as the writer remembered them. Planted: entry [Arundel2017] is cited nowhere (uncited-literature-entry at its first line).",
 "document": "rent_reference_index.rst", "reader": "rst", "clean": True,
 "notes": {k: v for k, v in rs.items() if k != "Arundel2017"},
 "literature": [rs[k] for k in order],
})

# ---- bibtex: a sociologist's biblatex library (JabRef), the .bib as the document ----
bt = [
 dict(authors=["Portes"], title="Social Capital: Its Origins and Applications in Modern Sociology", year=1998, doi="10.1146/annurev.soc.24.1.1", kind=A),
 dict(authors=["Bourdieu"], title="La distinción: criterio y bases sociales del gusto", year=1988, kind=B),
 dict(authors=["Weber"], title="Economy and Society: An Outline of Interpretive Sociology", year=1978, kind=B),
 dict(authors=["Bourdieu"], title="The Forms of Capital", year=1986, kind=CH),
 dict(authors=["Massey"], title="Why Does Immigration Occur? A Theoretical Synthesis", year=1999, kind=CH),
 dict(authors=["Alba", "Nee"], title="Rethinking Assimilation Theory for a New Era of Immigration", year=1999, kind=CH),
 dict(title="The Handbook of International Migration: The American Experience", year=1999, kind=B),
 dict(authors=["Wimmer", "Glick Schiller"], title="Methodological Nationalism and Beyond: Nation-State Building, Migration and the Social Sciences", year=2002, doi="10.1111/1471-0374.00043", kind=A),
 dict(authors=["Cachón Rodríguez"], title="La formación de la «España inmigrante»: mercado y ciudadanía", year=2002, kind=A),
 dict(authors=["Anderson"], title="Us and Them? The Dangerous Politics of Immigration Control", year=2013, kind=B),
 dict(authors=["Card"], title="Immigration and Inequality", year=2009, doi="10.3386/w14683", kind=R),
 dict(title="Encuesta Nacional de Inmigrantes 2007: una monografía", year=2009, kind=R),
 dict(title="ESS Round 10 Source Questionnaire", year=2020, kind=R),
 dict(title="ESS10 – Integrated File, Edition 3.2", year=2023, doi="10.21338/ess10e03_2", kind=W),
 dict(title="European Values Study 2017: Integrated Dataset (EVS 2017)", year=2022, doi="10.4232/1.13897", kind=W),
 dict(title="Estadística del Padrón Continuo a 1 de enero de 2024. Datos provisionales", year=2024, url="https://www.ine.es/dyngs/INEbase/es/operacion.htm?c=Estadistica_C&cid=1254736177012", kind=W),
 dict(authors=["García Abad"], title="Redes familiares y trayectorias laborales de mujeres bolivianas en Madrid (2005–2015)", year=2019, url="https://docta.example.net/handle/20.500.14352/garcia2019", kind=T),
 dict(authors=["García Abad", "Herrera Soto"], title="Cuidar a distancia: remesas, cuidados y tiempo en familias transnacionales bolivianas", year=2021, doi="10.99999/ris.2021.79.3.m21-042", kind=A),
 dict(authors=["Sassen"], title="The Mobility of Labor and Capital: A Study in International Investment and Labor Flow", year=1988, kind=B),
]
put("bibtex", "sociologia-biblio-es", {
 "about": "An invented Spanish sociologist's working library on migration and labour (JabRef 5 export in biblatex mode, edited by hand; Spanish comments): @article with journaltitle/date, a translated book with translator/origtitle/origdate, a book with editors and origdate (Weber 1922/1978), @incollection in a volume, two @incollection chapters crossref'd to a @book of editors only, @techreport with type/number (NBER), INE and ESS reports, @misc datasets with version/publisher/doi (ESS10 edition 3.2, EVS 2017 ZA7500), @online with date and urldate (INE Padrón), @thesis with type phdthesis, a @Comment. Two typical mistakes: a doi field holding a full https://doi.org/ URL (keyed bare), an entry with LaTeX accent escapes and a single-hyphen page range. The García Abad thesis and article (invented DOI 10.99999, .example.net URL) are invented; real works are cited with their data as the writer remembered them. No citations: the literature is every entry in file order (the @Comment is none).",
 "document": "migraciones.bib", "reader": "bibtex", "clean": True,
 "notes": {}, "literature": bt,
})
