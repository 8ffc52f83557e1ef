import json, os
HERE = os.path.join(os.path.dirname(__file__), "../pandoc/measles-catchment-quarto")
A, B, R = "article", "book", "report"
notes = {
 "guerra2017": dict(authors=["Guerra", "Bolotin", "Lim", "Heffernan", "Deeks", "Li", "Crowcroft"], title="The basic reproduction number (R0) of measles: a systematic review", year=2017, doi="10.1016/S1473-3099(17)30307-9", kind=A),
 "who2017": dict(title="Measles vaccines: WHO position paper – April 2017", year=2017, kind=A),
 "truelove2019": dict(authors=["Truelove", "Graham", "Moss", "Metcalf", "Ferrari", "Lessler"], title="Characterizing the impact of spatial clustering of susceptibility for measles elimination", year=2019, doi="10.1016/j.vaccine.2018.12.012", kind=A),
 "funk2019": dict(authors=["Funk", "Knapp", "Lebo", "Reef", "Dabbagh", "Kretsinger", "Jit", "Edmunds", "Strebel"], title="Combining serological and contact data to derive target immunity levels for achieving and maintaining measles elimination", year=2019, doi="10.1186/s12916-019-1413-7", kind=A),
 "lo2017": dict(authors=["Lo", "Hotez"], title="Public health and economic consequences of vaccine hesitancy for measles in the United States", year=2017, doi="10.1001/jamapediatrics.2017.1695", kind=A),
 "larson2014": dict(authors=["Larson", "Jarrett", "Eckersberger", "Smith", "Paterson"], title="Understanding vaccine hesitancy around vaccines and vaccination from a global perspective: a systematic review of published literature, 2007–2012", year=2014, doi="10.1016/j.vaccine.2014.01.081", kind=A),
 "macdonald2015": dict(authors=["MacDonald", "Hesitancy"], title="Vaccine hesitancy: definition, scope and determinants", year=2015, doi="10.1016/j.vaccine.2015.04.036", kind=A),
 "mina2019": dict(authors=["Mina", "Kula", "Leng", "Li", "de Vries", "Knip", "Siljander", "Rewers", "Choy", "Wilson", "Larman", "Nelson", "Griffin", "de Swart", "Elledge"], title="Measles virus infection diminishes preexisting antibodies that offer protection from other pathogens", year=2019, doi="10.1126/science.aay6485", kind=A),
 "lphu2024": dict(title="School immunization coverage dashboard, 2023–24 school year", year=2024, url="https://www.lakeshorephu.ca/data/school-immunization"),
 "1": dict(kind="commentary"),
 "wood2017": dict(authors=["Wood"], title="Generalized Additive Models: An Introduction with R", year=2017, kind=B),
 "rcore2023": dict(title="R: A Language and Environment for Statistical Computing", year=2023, url="https://www.R-project.org/"),
 "ecdc2020": dict(title="Measles and rubella surveillance – 2019", year=2020, kind=R),
 "phadke2016": dict(authors=["Phadke", "Bednarczyk", "Salmon", "Omer"], title="Association between vaccine refusal and vaccine-preventable diseases in the United States: a review of measles and pertussis", year=2016, doi="10.1001/jama.2016.1353", kind=A),
}
meta = {
 "about": "An invented public-health analysis (Lakeshore Public Health Unit, University of Eastlake, the authors, ORCID, e-mail, the GitHub and dashboard URLs and every figure are invented) written as a Quarto manuscript project: _quarto.yml (project type manuscript, code-links, number-sections, bibliography: references.bib, csl: vancouver.csl — the CSL file is not shipped, format html/docx/jats, freeze) and index.qmd with YAML author/affiliation blocks (an e-mail address holding @), `[@a]`, `[@a; @b]`, `[@a; @b; @c]`, `[-@truelove2019]`, narrative `@guerra2017` / `@truelove2019`, locators `[@wood2017, chap. 4]`, `[@phadke2016, pp. 1153–1155]`, a prefix `[see @macdonald2015, p. 4162]`, Quarto cross-references that are not citations (@sec-sensitivity, @fig-coverage, @tbl-risk, @eq-reff, also inside a footnote and a callout), {#sec-…} ids, callout-note and callout-important blocks, an R chunk with #| options, display maths with {#eq-reff}, a pipe table with a {#tbl-risk} caption, a commentary footnote [^1], and `::: {#refs}`. references.bib: 13 entries (corporate authors in double braces, @techreport, @manual, @misc with urldate, a pmid field). The bibliography is named only in _quarto.yml. Real works with their data as remembered; WHO, ECDC, R Core Team and the health unit are corporate authors (not keyed). Planted: `@phadke2015` is cited but the .bib holds phadke2016 (a wrong year in the key), missing-literature-entry at that line.",
 "document": "index.qmd",
 "reader": "pandoc-markdown",
 "clean": True,
 "notes": notes,
}
open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")
