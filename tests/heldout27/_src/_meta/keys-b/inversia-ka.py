import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from _kb import finder, write

ln = finder("latex/inversia-ka/article.tex")
N = {
    "shanidze1953": {"title": "ქართული ენის გრამატიკის საფუძვლები", "year": 1953, "authors": ["შანიძე"], "kind": "book"},
    "harris1981": {"title": "Georgian Syntax: A Study in Relational Grammar", "year": 1981, "authors": ["Harris"], "kind": "book"},
    "aronson1990": {"title": "Georgian: A Reading Grammar", "year": 1990, "authors": ["Aronson"], "kind": "book"},
    "hewitt1995": {"title": "Georgian: A Structural Reference Grammar", "year": 1995, "authors": ["Hewitt"], "kind": "book",
                   "doi": "10.1075/loall.2"},
    "nash1995": {"title": "Portée argumentale et marquage casuel dans les langues SOV et dans les langues ergatives : l'exemple du géorgien",
                 "year": 1995, "authors": ["Nash"], "kind": "thesis"},
    "boeder2005": {"title": "The South Caucasian languages", "year": 2005, "authors": ["Boeder"], "kind": "article",
                   "doi": "10.1016/j.lingua.2003.06.002"},
    "harris1991": {"title": "Overview on the History of the Kartvelian Languages", "year": 1991, "authors": ["Harris"],
                   "kind": "chapter"},
    "melikishvili2001": {"title": "ქართული ზმნის უღლების სისტემა", "year": 2001, "authors": ["მელიქიშვილი"], "kind": "book"},
    "beridze2021": {"title": "აფექტური ზმნები თანამედროვე ქართულში", "year": 2021, "authors": ["ბერიძე"], "kind": "thesis"},
}
cit = [
    ["shanidze1953", ln("ინარჩუნებს \\parencite[45]{shanidze1953}")],
    ["harris1981", ln("\\cite{harris1981}")],
    ["shanidze1953", ln("\\parencite[45]{shanidze1953}.\\footnote")],
    ["harris1981", ln("\\parencite[117--146]{harris1981}")],
    ["aronson1990", ln("\\parencite{aronson1990,hewitt1995}")],
    ["hewitt1995", ln("\\parencite{aronson1990,hewitt1995}")],
    ["2", ln("\\footcite{nash1995}")],
    ["boeder2005", ln("{boeder2005}")],
    ["3", ln("\\footcite[12]{hewitt1995}")],
    ["harris1991", ln("{harris1991}")],
    ["melikishvili2001", ln("\\textcite{melikishvili2001}")],
    ["beridze2021", ln("\\textcite{beridze2021}")],
    ["4", ln("\\footnote{On the quantity")],
    ["melikishvili2001", ln("\\cite[210]{melikishvili2001}")],
    ["1", ln("\\footnote{The term is")],
]
N["1"] = {"kind": "commentary"}
N["4"] = dict(N["melikishvili2001"])
N["2"] = dict(N["nash1995"])
N["3"] = dict(N["hewitt1995"])
order = ["shanidze1953", "harris1981", "aronson1990", "hewitt1995", "nash1995", "boeder2005",
         "harris1991", "melikishvili2001", "beridze2021"]
write("latex/inversia-ka.key.json", {
    "about": "Invented Georgian/English linguistics article (XeLaTeX, polyglossia, biblatex authoryear-comp/biber). "
             "The author Nino Beridze, her 2021 thesis, the corpus, its GitHub URL and the example counts are invented; "
             "Shanidze 1953, Harris 1981/1991, Aronson 1990, Hewitt 1995, Nash 1995, Boeder 2005, Melikishvili 2001 and "
             "Tuite 1998 are real works cited with data as remembered (publisher, pages, DOI may differ). "
             "tuite1998 is cited only in a commented-out line: not printed, not keyed. The two plain \\footnote's are keyed by the number they print "
             "(1, 4); the \\footcite notes print 2 and 3 and are keyed as that number with the cited work's fields, the convention of tests/heldout2/README.md for LaTeX \\footcite (key correction by the developer, see HALF_B.md): note 1 is commentary, note 4 "
             "cites Melikishvili with a \\cite of its own (keyed also as the key, same line). No planted defect.",
    "document": "inversia-ka/article.tex",
    "reader": "latex",
    "clean": True,
    "citations": cit,
    "notes": {k: v for k, v in N.items() if k != "nash1995"},  # cited by \\footcite only
    "literature": [N[k] for k in order],
    "defects": [],
})
