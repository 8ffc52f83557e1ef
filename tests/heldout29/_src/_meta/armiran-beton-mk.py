import json, os
B, A = "book", "article"
lit = [
 dict(number=1, title="Building Code Requirements for Structural Concrete (ACI 318-19) and Commentary", year=2019),
 dict(number=2, title="Eurocode 2: Design of Concrete Structures – Part 1-1: General Rules and Rules for Buildings", year=2004),
 dict(number=3, authors=["Paulay", "Priestley"], title="Seismic Design of Reinforced Concrete and Masonry Buildings", year=1992, kind=B),
 dict(number=4, authors=["Priestley", "Calvi", "Kowalsky"], title="Displacement-Based Seismic Design of Structures", year=2007, kind=B),
 dict(number=5, authors=["Петровски"], title="Армиран бетон: теориjа и пресметка", year=2016, kind=B),
 dict(number=6, authors=["Mander", "Priestley", "Park"], title="Theoretical stress-strain model for confined concrete", year=1988, kind=A),
 dict(number=7, authors=["Стоjановска", "Николов"], title="Оценка на сеизмичката отпорност на училишни згради во Скопjе", year=2019, kind=A),
 dict(number=8, title="Правилник за технички нормативи за бетон и армиран бетон", year=1987),
]
notes = {str(e["number"]): {k: v for k, v in e.items() if k != "number"} for e in lit}
notes["9"] = {}
cites = [(1,16),(2,18),(3,18),(4,18),(5,20),(8,20),(6,27),(4,55),(2,64),(7,65),(3,67),(9,70),(5,79),(6,80),(1,81)]
meta = {
 "about": "An invented Macedonian (Cyrillic) civil-engineering paper on the deformation capacity of old reinforced-concrete columns, pdflatex (T2A, type1ec/cm-super, babel russian with Macedonian caption names, a4, twoside, first page 23) + pdftotext: running head on the even page ('Градежништво, год. 31, бр. 1 (2023)'), page numbers 23/24 inside the flow, section numbers on lines of their own, two displayed equations broken into pieces by the converter, a figure caption 'Слика 1: Момент–кривина …', IEEE numbered citations '[1]', the range '[2]–[4]' (three pairs), '[5, стр. 12], [8]', and a 'Користена литература' of 8 numbered entries: two codes/standards (ACI 318-19, EN 1992-1-1; keyed with title and year, corporate authors not keyed), three English books, an English journal article, a Macedonian textbook and a Macedonian journal article, the Yugoslav 1987 concrete regulation (title and year). T2A fonts make pdftotext print Cyrillic ј as Latin j (Стоjановска, теориjа): keyed as printed. Invented: the authors, the journal issue, Петровски's textbook, Стојановска & Николов's article, the column data and figures. Real works with data as remembered (ACI 318-19, EN 1992-1-1:2004, Paulay & Priestley 1992, Priestley, Calvi & Kowalsky 2007, Mander, Priestley & Park 1988, PBAB 87 in Sl. list SFRJ 11/87). Citations read off the converted text (no footnotes). Planted: '[9]' (steel jackets, line 70) cites a number the 8-entry list does not have: missing-literature-entry at line 70 (keyed as a citation of label 9 with no fields).",
 "document": "armiran-beton-mk.txt",
 "reader": "plain-text",
 "tex": "armiran-beton-mk.tex",
 "marker_macro": "nofootnotehere",
 "extra_citations": [[str(a), b] for a, b in cites],
 "clean": True,
 "notes": notes,
 "literature": lit,
 "defects": [{"kind": "missing-literature-entry", "line": 70}],
}
p = os.path.join(os.path.dirname(__file__), "../pdftext/armiran-beton-mk/meta.json")
open(p, "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")
