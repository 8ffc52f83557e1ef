import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from _kb import finder, write

ln = finder("rmarkdown/nightshift-affect/manuscript.Rmd")
N = {
    "kecklund2016": {"title": "Health Consequences of Shift Work and Insufficient Sleep", "year": 2016,
                     "authors": ["Kecklund", "Axelsson"], "kind": "article", "doi": "10.1136/bmj.i5210"},
    "yoo2007": {"title": "The Human Emotional Brain without Sleep -- a Prefrontal Amygdala Disconnect", "year": 2007,
                "authors": ["Yoo", "Gujar", "Hu", "Jolesz", "Walker"], "kind": "article", "doi": "10.1016/j.cub.2007.08.007"},
    "walker2009": {"title": "Overnight Therapy? The Role of Sleep in Emotional Brain Processing", "year": 2009,
                   "authors": ["Walker", "van der Helm"], "kind": "article", "doi": "10.1037/a0016570"},
    "buysse1989": {"title": "The Pittsburgh Sleep Quality Index: A New Instrument for Psychiatric Practice and Research",
                   "year": 1989, "authors": ["Buysse", "Reynolds", "Monk", "Berman", "Kupfer"], "kind": "article",
                   "doi": "10.1016/0165-1781(89)90047-4"},
    "watson1988": {"title": "Development and Validation of Brief Measures of Positive and Negative Affect: The PANAS Scales",
                   "year": 1988, "authors": ["Watson", "Clark", "Tellegen"], "kind": "article",
                   "doi": "10.1037/0022-3514.54.6.1063"},
    "R-lme4": {"title": "lme4: Linear Mixed-Effects Models using 'Eigen' and S4", "year": 2024,
               "authors": ["Bates", "Maechler", "Bolker", "Walker"], "url": "https://github.com/lme4/lme4/"},
    "bates2015": {"title": "Fitting Linear Mixed-Effects Models Using lme4", "year": 2015,
                  "authors": ["Bates", "Mächler", "Bolker", "Walker"], "kind": "article", "doi": "10.18637/jss.v067.i01"},
    "R-base": {"title": "R: A Language and Environment for Statistical Computing", "year": 2024,
               "url": "https://www.R-project.org/"},
    "R-papaja": {"title": "papaja: Prepare reproducible APA journal articles with R Markdown", "year": 2024,
                 "authors": ["Aust", "Barth"], "url": "https://github.com/crsh/papaja"},
}
cit = [
    ["kecklund2016", ln("[@kecklund2016]. Sleep")],
    ["yoo2007", ln("[@yoo2007]. @walker2009")],
    ["walker2009", ln("[@yoo2007]. @walker2009")],
    ["harvey2008", ln("[see also @harvey2008]")],
    ["walker2009", ln("[-@walker2009]")],
    ["buysse1989", ln("@buysse1989")],
    ["watson1988", ln("PANAS [@watson1988]")],
    ["watson1988", ln("[@watson1988; @kecklund2016, p. 3]")],
    ["kecklund2016", ln("[@watson1988; @kecklund2016, p. 3]")],
    ["R-lme4", ln("[@R-lme4; @bates2015]")],
    ["bates2015", ln("[@R-lme4; @bates2015]")],
    ["R-base", ln("[@R-base]")],
    ["R-papaja", ln("[@R-papaja]")],
    ["walker2009", ln("predictions of @walker2009")],
    ["yoo2007", ln("account [@yoo2007]")],
    ["kecklund2016", ln("recommended by @kecklund2016")],
]
order = ["kecklund2016", "yoo2007", "walker2009", "buysse1989", "watson1988", "R-lme4", "bates2015", "R-base", "R-papaja"]
write("rmarkdown/nightshift-affect.key.json", {
    "about": "Invented English papaja (apa6_pdf) manuscript on night shifts, sleep and negative affect in nurses. Authors, "
             "affiliations' address, OSF and GitHub URLs, sample and results are invented. Real works (Kecklund & Axelsson "
             "2016, Yoo et al. 2007, Walker & van der Helm 2009, Buysse et al. 1989, Watson et al. 1988, Bates et al. 2015) "
             "cited with data as remembered; r-references.bib in the shape r_refs() writes (R-Matrix written, never cited: "
             "not printed, not keyed). Not citations: the e-mail in the YAML, the HTML comment with @slanger2016, inline R. "
             "Planted: [see also @harvey2008] -- no such entry in either .bib.",
    "document": "nightshift-affect/manuscript.Rmd",
    "reader": "pandoc-markdown",
    "clean": True,
    "citations": cit,
    "notes": N | {"harvey2008": {}},
    "literature": [N[k] for k in order],
    "defects": [{"kind": "missing-literature-entry", "line": ln("[see also @harvey2008]")}],
})
