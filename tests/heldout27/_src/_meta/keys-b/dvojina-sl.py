import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from _kb import finder, write

ln = finder("pandoc/dvojina-sl/clanek.md")
N = {
    "corbett2000": {"title": "Number", "year": 2000, "authors": ["Corbett"], "kind": "book", "doi": "10.1017/CBO9781139164344"},
    "toporisic2000": {"title": "Slovenska slovnica", "year": 2000, "authors": ["Toporišič"], "kind": "book"},
    "jakop2012": {"title": "Use of dual in standard Slovene, colloquial Slovene and Slovene dialects", "year": 2012,
                  "authors": ["Jakop"], "kind": "article", "doi": "10.4312/linguistica.52.1.87-99"},
    "derganc2003": {"title": "The dual in Slovenian", "year": 2003, "authors": ["Derganc"], "kind": "article",
                    "doi": "10.1524/stuf.2003.56.3.165"},
    "logar2012": {"title": "Korpusi slovenskega jezika Gigafida, KRES, ccGigafida in ccKRES: gradnja, vsebina, uporaba",
                  "year": 2012, "authors": ["Logar", "Grčar", "Brakus", "Erjavec", "Arhar Holdt", "Krek"], "kind": "book"},
    "krek2020": {"title": "Gigafida 2.0: Corpus of Written Standard Slovene", "year": 2020,
                 "authors": ["Krek", "Erjavec", "Repar"], "url": "http://hdl.handle.net/11356/1320"},
    "novak2024": {"title": "Dvojina ženskega spola v govorjenem korpusu GOS", "year": 2024, "authors": ["Novak"],
                  "kind": "article"},
}
cit = [
    ["corbett2000", ln("[@corbett2000, str. 20]")],
    ["toporisic2000", ln("[@toporisic2000]")],
    ["jakop2012", ln("[@jakop2012; @derganc2003")],
    ["derganc2003", ln("[@jakop2012; @derganc2003")],
    ["derganc2003", ln("Kot ugotavlja @derganc2003")],
    ["jakop2012", ln("Tudi @jakop2012")],
    ["logar2012", ln("[@logar2012; @krek2020]")],
    ["krek2020", ln("[@logar2012; @krek2020]")],
    ["novak2024", ln("@novak2024")],
    ["corbett2000", ln("@corbett2000 [str. 42]")],
    ["toporisic2000", ln("[glej")],  # the bracket starts on the line before
    ["jakop2012", ln("[glej")],
]
order = ["corbett2000", "toporisic2000", "jakop2012", "derganc2003", "logar2012", "krek2020", "novak2024"]
write("pandoc/dvojina-sl.key.json", {
    "about": "Invented Slovenian linguistics paper in Pandoc Markdown (lang: sl, CSL-JSON references.json, ::: {#refs}). "
             "The author, the counts and percentages and Novak 2024 are invented; Corbett 2000, Toporišič 2000, Jakop 2012, "
             "Derganc 2003, Logar et al. 2012 and Krek et al. 2020 (Gigafida 2.0 on CLARIN.SI) are cited with data as "
             "remembered (issue, pages, DOI, handle may differ). Not citations: the e-mail in the YAML, the pandoc-crossref "
             "[@tbl:pogoji], the commented-out [@marusic2019] (no such entry), the query URL. No planted defect.",
    "document": "dvojina-sl/clanek.md",
    "reader": "pandoc-markdown",
    "clean": True,
    "citations": cit,
    "notes": N,
    "literature": [N[k] for k in order],
    "defects": [],
})
