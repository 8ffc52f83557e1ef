import json
A="article"
notes={
"gillooly2001":dict(authors=["Gillooly","Brown","West","Savage","Charnov"],title="Effects of Size and Temperature on Metabolic Rate",year=2001,doi="10.1126/science.1061967",kind=A),
"atkinson1994":dict(authors=["Atkinson"],title="Temperature and Organism Size—A Biological Law for Ectotherms?",year=1994,doi="10.1016/S0065-2504(08)60212-3",kind=A),
"lampert2011":dict(authors=["Lampert"],title="Daphnia: Development of a Model Organism in Ecology and Evolution",year=2011,kind="book"),
"jensen2019":dict(authors=["Jensen","Sørensen"],title="Dafnier i fynske vandhuller: størrelse, tæthed og prædation fra fisk",year=2019,kind=A),
"ebert2005":dict(authors=["Ebert"],title="Ecology, Epidemiology, and Evolution of Parasitism in Daphnia",year=2005,url="https://www.ncbi.nlm.nih.gov/books/NBK2036/",kind="book"),
"oecd2012":dict(title="Test No. 211: Daphnia magna Reproduction Test",year=2012,doi="10.1787/9789264185203-en"),
"vonbertalanffy1957":dict(authors=["von Bertalanffy"],title="Quantitative Laws in Metabolism and Growth",year=1957,doi="10.1086/401873",kind=A),
"rcoreteam2023":dict(title="R: A Language and Environment for Statistical Computing",year=2023,url="https://www.R-project.org/"),
"bates2015":dict(authors=["Bates","Mächler","Bolker","Walker"],title="Fitting Linear Mixed-Effects Models Using lme4",year=2015,doi="10.18637/jss.v067.i01",kind=A),
}
cites=[("gillooly2001",31),("atkinson1994",33),("lampert2011",33),("lampert2011",34),("jensen2019",37),("ebert2005",43),("oecd2012",49),("vonbertalanffy1957",51),("rcoreteam2023",57),("bates2015",58),("atkinson1994",73),("gillooly2001",86),("jensen2019",87),("lampert2011",88),("ebert2005",88)]
key=dict(document="vaekst-daphnia/vaekst-daphnia.qmd",reader="pandoc-markdown",clean=True,
about="An invented Danish biology paper (temperature-dependent growth of Daphnia magna from three ponds on Funen) as a Quarto .qmd: YAML with authors/e-mail/affiliations, lang: da, html+pdf formats, bibliography: referencer.bib, csl: apa.csl (not shipped), crossref prefixes in Danish; citations [@k], [@a; @b], narrative @k mid-sentence and at a line start, [@k, s. 49], Ebert [-@k] inside a .callout-note div, [se @a, kap. 4; @b]. NOT citations: Quarto cross references @sec-methods, @eq-model (twice, once inside a fig-cap cell option), @tbl-data at a line start, (@fig-growth); section ids {#sec-…}, an equation label {#eq-model}, code cells with '#| label: tbl-data' / 'fig-growth', an e-mail in the YAML and in an R comment, an R S4 slot 'fit@frame', an autolink. referencer.bib in Better BibTeX's BibTeX shape (year/journal/address, braced corporate authors OECD and R Core Team: not keyed, @manual and the OECD guideline keyed without kind, LaTeX accents {\\o} {\\ae} {\\\"a}, urldate, langid, {von Bertalanffy} braced family name). Invented: the study, its authors, data, the GitHub URL, Jensen & Sørensen 2019 (the journal Flora og Fauna is real). Other works real, data as remembered. Clean.",
citations=[list(c) for c in cites],notes=notes)
open("rmarkdown/vaekst-daphnia.key.json","w").write(json.dumps(key,ensure_ascii=False,indent=1)+"\n")
