import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from _kb import finder, write

ln = finder("asciidoc/mwongozo-malaria-sw.adoc")
E = {
    "ali2015": {"title": "Updated global burden of cholera in endemic countries", "year": 2015,
                "authors": ["Ali", "Nelson", "Lopez", "Sack"], "kind": "article", "doi": "10.1371/journal.pntd.0003832"},
    "bhatt2015": {"title": "The effect of malaria control on Plasmodium falciparum in Africa between 2000 and 2015",
                  "year": 2015, "authors": ["Bhatt", "Weiss", "Cameron"], "kind": "article", "doi": "10.1038/nature15535"},
    "lengeler2004": {"title": "Insecticide-treated bed nets and curtains for preventing malaria", "year": 2004,
                     "authors": ["Lengeler"], "kind": "article", "doi": "10.1002/14651858.CD000363.pub2"},
    "moh2020": {"title": "Mwongozo wa Taifa wa Uchunguzi na Matibabu ya Malaria", "year": 2020},
    "mwakyusa2022": {"title": "Matumizi ya vyandarua vyenye dawa katika vijiji vya Mbeya Vijijini", "year": 2022,
                     "authors": ["Mwakyusa", "Mollel"], "kind": "article"},
    "kimaro2019": {"title": "Ubora wa maji ya visima vifupi na hatari ya kipindupindu Morogoro", "year": 2019,
                   "authors": ["Kimaro", "Lyimo"], "kind": "article"},
}
WHO = {"title": "World Malaria Report 2023", "year": 2023, "kind": "report",
       "url": "https://www.who.int/publications/i/item/9789240086173"}
N = {k: v for k, v in E.items() if k != "kimaro2019"} | {
    "1": {"kind": "commentary"}, "2": WHO, "3": E["mwakyusa2022"], "4": {"url": "https://www.moh.go.tz/"}}
cit = [
    ["1", ln("kipindupindu.footnote:[Takwimu")],
    ["moh2020", ln("<<moh2020>> daima")],
    ["2", ln("footnote:who[Shirika")],
    ["bhatt2015", ln("<<bhatt2015>>")],
    ["lengeler2004", ln("<<lengeler2004,uk. 8>>")],
    ["3", ln("footnote:[Tazama utafiti")],
    ["mwakyusa2022", ln("<<mwakyusa2022>>")],
    ["2", ln("huohuo.footnote:who[]")],
    ["ali2015", ln("<<ali2015>>. Tanzania")],
    ["4", ln("footnote:[Taarifa za milipuko")],
    ["moh2020", ln("<<moh2020,sura ya 6>>")],
    ["ali2015", ln("tazama <<ali2015>>")],
    ["2", ln("ya WHO.footnote:who[]")],
]
write("asciidoc/mwongozo-malaria-sw.key.json", {
    "about": "Invented Swahili community-health field guide (Asciidoctor book: admonitions, a table, footnote:[...] and a "
             "reused footnote:who[...] / footnote:who[], a [bibliography] section with [[[key]]] anchors, <<key>> and "
             "<<key,uk. 8>> citations, a <<sehemu-kipindupindu>> cross reference that is not a citation, a //// comment "
             "block with <<sack2004>>). The author, the district figures, Mwakyusa & Mollel 2022 and Kimaro & Lyimo 2019 "
             "are invented; WHO 2023, Bhatt et al. 2015, Lengeler 2004, Ali et al. 2015 are real works cited as "
             "remembered; the Tanzanian national guideline's edition and year are as remembered. Footnotes keyed by the "
             "number Asciidoctor prints (the reused 'who' note keeps 2). Planted: kimaro2019 is listed and never cited.",
    "reader": "asciidoc",
    "clean": True,
    "citations": cit,
    "notes": N,
    "literature": [E[k] for k in ["ali2015", "bhatt2015", "lengeler2004", "moh2020", "mwakyusa2022", "kimaro2019"]],
    "defects": [{"kind": "uncited-literature-entry", "line": ln("[[[kimaro2019]]]")}],
})
