import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from _kb import finder, write

ln = finder("latex/palgalohe-wp/main.tex")
N = {
    "blau2017": {"title": "The Gender Wage Gap: Extent, Trends, and Explanations", "year": 2017,
                 "authors": ["Blau", "Kahn"], "kind": "article", "doi": "10.1257/jel.20160995"},
    "anspal2010": {"title": "Sooline palgalõhe Eestis. Empiiriline analüüs", "year": 2010,
                   "authors": ["Anspal", "Kraut", "Rõõm"], "kind": "report"},
    "oaxaca1973": {"title": "Male-Female Wage Differentials in Urban Labor Markets", "year": 1973,
                   "authors": ["Oaxaca"], "kind": "article", "doi": "10.2307/2525981"},
    "blinder1973": {"title": "Wage Discrimination: Reduced Form and Structural Estimates", "year": 1973,
                    "authors": ["Blinder"], "kind": "article", "doi": "10.2307/144855"},
    "card2016": {"title": "Bargaining, Sorting, and the Gender Wage Gap: Quantifying the Impact of Firms on the Relative Pay of Women",
                 "year": 2016, "authors": ["Card", "Cardoso", "Kline"], "kind": "article", "doi": "10.1093/qje/qjv038"},
    "christofides2013": {"title": "Gender Wage Gaps, 'Sticky Floors' and 'Glass Ceilings' in Europe", "year": 2013,
                         "authors": ["Christofides", "Polycarpou", "Vrachimis"], "kind": "article",
                         "doi": "10.1016/j.labeco.2012.12.006"},
    "lepik2023": {"title": "Limited Mobility Bias in Two-Way Fixed Effects Wage Models: A Split-Sample Correction",
                  "year": 2023, "authors": ["Lepik"], "kind": "report",
                  "url": "https://www.eestipank.ee/en/publication/working-papers/2023/4"},
    "tamm2025": {"title": "Who Bargains? Gender Differences in Firm Wage Premia in Estonia", "year": 2025,
                 "authors": ["Tamm"]},
    "ilves2024": {"title": "Occupational Segregation and Pay in the Estonian Public Sector", "year": 2024,
                  "authors": ["Ilves", "Saar"], "kind": "report"},
}
cit = [
    ["anspal2010", ln("vt ka][lk~12]{anspal2010}")],
    ["blau2017", ln("reviewed by \\citet{blau2017}")],
    ["anspal2010", ln("[see][p.~4]{anspal2010}")],
    ["oaxaca1973", ln("\\citeauthor{oaxaca1973}")],
    ["blinder1973", ln("\\citeauthor{blinder1973}")],
    ["card2016", ln("\\citet{card2016}.")],
    ["card2016", ln("\\citealt{card2016}")],
    ["christofides2013", ln("\\citet{christofides2013}")],
    ["card2016", ln("as in \\citet{card2016}")],
    ["lepik2023", ln("method of \\citet{lepik2023}")],
    ["card2016", ln("\\citealp{card2016}")],
    ["tamm2025", ln("\\citet{tamm2025}")],
    ["card2016", ln("\\citet[pp.~660--662]{card2016}")],
    ["lepik2023", ln("\\citep{lepik2023,merikull2017}")],
    ["merikull2017", ln("\\citep{lepik2023,merikull2017}")],
    ["blau2017", ln("\\citep{blau2017,ilves2024}")],
    ["ilves2024", ln("\\citep{blau2017,ilves2024}")],
]
order = ["anspal2010", "blau2017", "oaxaca1973", "blinder1973", "card2016", "christofides2013",
         "lepik2023", "tamm2025", "ilves2024"]
write("latex/palgalohe-wp.key.json", {
    "about": "Invented Estonian/English economics working paper (University of Tartu series); authors "
             "Ilves, Saar, Lepik, Tamm, their works, the data figures and the Eesti Pank URL are invented. "
             "Real works (Blau & Kahn 2017, Oaxaca 1973, Blinder 1973, Card, Cardoso & Kline 2016, "
             "Christofides et al. 2013, Anspal, Kraut & Rõõm 2010) cited with data as remembered. "
             "Planted: \\citep{lepik2023,merikull2017} -- viited.bib has no merikull2017.",
    "document": "palgalohe-wp/main.tex",
    "reader": "latex",
    "clean": True,
    "citations": cit,
    "notes": N | {"merikull2017": {}},
    "literature": [N[k] for k in order],
    "defects": [{"kind": "missing-literature-entry", "line": ln("merikull2017")}],
})
