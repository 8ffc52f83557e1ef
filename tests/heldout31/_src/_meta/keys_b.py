"""Write the keys of heldout31 half B (all plain-text documents).

Labels and fields are written by hand; lines are looked up by marker text (the n-th line
holding it) so that they match the files.  Run from tests/heldout31:
    python3 _src/_meta/keys_b.py
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(HERE.parents[0] / "corpus_build"))
from build import dump  # noqa: E402


def L(path: str, text: str, n: int = 1) -> int:
    seen = 0
    for i, line in enumerate((HERE / path).read_text(encoding="utf-8").splitlines(), 1):
        if text in line:
            seen += 1
            if seen == n:
                return i
    raise KeyError((path, text, n))


def W(kind, title, year, authors=None, **kw):
    d = {"title": title, "year": year}
    if authors:
        d["authors"] = authors
    if kind:
        d["kind"] = kind
    d.update(kw)
    return d


def write(path, key):
    (HERE / path).write_text(dump(key), encoding="utf-8")
    print("wrote", path, len(key["citations"]), "pairs")


COMM = {"kind": "commentary"}

# 1. latex/vyakarana-sa -------------------------------------------------------------
M = "latex/vyakarana-sa/main.tex"
SA = {
    "katre1987": W("book", "Aṣṭādhyāyī of Pāṇini", 1987, ["Pāṇini"]),
    "kielhorn1880": W("book", "The Vyākaraṇa-Mahābhāṣya of Patañjali", 1880, ["Patañjali"]),
    "cardona1997": W("book", "Pāṇini: His Work and its Traditions. Volume One: Background and Introduction", 1997, ["Cardona"]),
    "kiparsky1979": W("book", "Pāṇini as a Variationist", 1979, ["Kiparsky"]),
    "staal1972": W("book", "A Reader on the Sanskrit Grammarians", 1972, ["Staal"]),
    "rau1977": W("book", "Bhartṛharis Vākyapadīya", 1977, ["Bhartṛhari"]),
    "deshpande1993": W("book", "Sanskrit & Prakrit: Sociolinguistic Issues", 1993, ["Deshpande"]),
    "scharf2009": W("chapter", "Modeling Pāṇinian Grammar", 2009, ["Scharf"], doi="10.1007/978-3-642-00155-0_4"),
    "pollock2006": W("book", "The Language of the Gods in the World of Men: Sanskrit, Culture, and Power in Premodern India", 2006, ["Pollock"]),
}
cits = [
    ["katre1987", L(M, "[p.~12]{katre1987}")],
    ["kielhorn1880", L(M, "\\citep{kielhorn1880}")],
    ["cardona1997", L(M, "\\citet{cardona1997}")],
    ["cardona1976", L(M, "\\citet{cardona1976}")],
    ["kiparsky1979", L(M, "\\citealp{kiparsky1979,staal1972}")],
    ["staal1972", L(M, "\\citealp{kiparsky1979,staal1972}")],
    ["kiparsky1979", L(M, "\\citeauthor{kiparsky1979}")],
    ["kielhorn1880", L(M, "\\mycite{kielhorn1880}")],
    ["rau1977", L(M, "{rau1977}")],
    ["deshpande1993", L(M, "{deshpande1993}")],
    ["kielhorn1880", L(M, "\\cite{kielhorn1880}")],
    ["scharf2009", L(M, "\\cite{scharf2009}")],
    ["scharf2009", L(M, "\\mycite{scharf2009}")],
    ["pollock2006", L(M, "\\citeauthor{pollock2006}")],
    ["pollock2006", L(M, "[ch.~4]{pollock2006}")],
]
order = []
for k, _ in cits:
    if k in SA and k not in order:
        order.append(k)
write("latex/vyakarana-sa.key.json", {
    "document": "vyakarana-sa/main.tex",
    "reader": "latex",
    "clean": True,
    "about": "An invented English indology paper with Sanskrit in Devanagari (author, e-mail, source URL "
    "invented) on the asiddhavat principle and the Tripadi of Panini. XeLaTeX, fontspec, polyglossia "
    "(english main, sanskrit other, \\textsanskrit), natbib [round,sort] with \\bibliographystyle{unsrtnat} "
    "and \\bibliography{primary,secondary}: two .bib files (primary.bib: three text editions, author "
    "= the ancient author, editor = the modern editor; secondary.bib: six studies). \\citep[p.~12]{k}, "
    "\\citet, (see \\citealp{a,b}) = two pairs, \\citeauthor (a pair), a \\newcommand{\\mycite}[1]{\\citep{#1}} "
    "macro used twice, \\cite in two table cells, a %-commented \\citep (no citation), \\ref and \\url "
    "(no citations). Real works with their data as remembered (pages, DOI may differ). Literature: "
    "unsrtnat prints cited entries in order of first citation. Planted: \\citet{cardona1976} (Cardona's "
    "1976 survey, real, but in neither .bib file): missing-literature-entry at its line (a citation of "
    "cardona1976 with no fields).",
    "citations": cits,
    "notes": SA,
    "literature": [SA[k] for k in order],
    "defects": [{"kind": "missing-literature-entry", "line": L(M, "\\citet{cardona1976}")}],
})

# 2. latex/wetterjocht-fy -----------------------------------------------------------
F = "latex/wetterjocht-fy/haadstik3.tex"
FY = {
    "bremmer2009": W("book", "An Introduction to Old Frisian: History, Grammar, Reader, Glossary", 2009, ["Bremmer"]),
    "buma1963": W("book", "Das Rüstringer Recht", 1963, ["Buma", "Ebel"]),
    "eckhardt1982": W("book", "Lex Frisionum", 1982, ["Eckhardt", "Eckhardt"]),
    "nijdam2008": W("book", "Lichaam, eer en recht in middeleeuws Friesland: een studie naar de Oudfriese boeteregisters", 2008, ["Nijdam"]),
    "sybrandy2015": W("article", "De Santjin Kêren yn oarkonden fan de trettjinde ieu", 2015, ["Sybrandy"]),
    "vries1986": W("book", "Het Heilige Roomse Rijk en de Friese vrijheid", 1986, ["Vries"]),
}
# \footcite, \footcites and \autocite (autocite=footnote) are footnotes labelled by their
# printed number (key correction 2 in HALF_B.md); \footcites{a}{b} is one footnote keyed with
# its first work's fields (a note "takes the first cited entry as its reference").
FN = {"sybrandy2015": FY["sybrandy2015"]}
FN["1"] = COMM
FN["2"] = FY["bremmer2009"]
FN["3"] = FY["eckhardt1982"]
FN["4"] = FY["eckhardt1982"]
FN["5"] = FY["buma1963"]
FN["6"] = FY["buma1963"]
FN["7"] = COMM
FN["8"] = FY["nijdam2008"]
FN["9"] = FY["nijdam2008"]
FN["10"] = FY["vries1986"]
FN["11"] = FY["sybrandy2015"]
FN["12"] = FY["sybrandy2015"]
write("latex/wetterjocht-fy.key.json", {
    "document": "wetterjocht-fy/haadstik3.tex",
    "reader": "latex",
    "clean": True,
    "about": "An invented West Frisian legal-history book chapter (chapter 3) on the Seventeen Statutes "
    "(Santjin Kêren) and Frisian Freedom. book class, babel frisian, csquotes, biblatex "
    "style=verbose-ibid (autocite=footnote) with biber, \\addbibresource{boarne.bib}, "
    "\\printbibliography[title=...]. \\footcite[45]{k}, \\autocite{k}, \\autocite[88]{k}, "
    "\\footcites{a}{b} (one footnote, keyed with its first work), repeated \\footcite of one key (printed Ibid.: still the key), a "
    "%-commented \\footcite (none), three plain \\footnote{...}: 1 and 7 commentary, 11 a remark "
    "holding \\cite[107--110]{sybrandy2015} (keyed with that work's fields, the established "
    "convention; its \\cite is a pair of its own). LABEL CONVENTION: a plain \\footnote is labelled by "
    "the number it is PRINTED with, counting every footnote the page gets (\\footcite, \\footcites and "
    "\\autocite make footnotes in a verbose style), so the three are 1, 7 and 11, not 1, 2, 3; every \\footcite, \\footcites and \\autocite is labelled by its printed number too (key correction 2 in HALF_B.md). "
    "Sybrandy 2015 (author, article, It Beaken 77) is invented; other works real with data as "
    "remembered; the Vries 1986 publisher is uncertain. Literature: biber sorts nty (name, title, "
    "year); all six .bib entries are cited. Keyed in order of FIRST CITATION (heldout30 convention for lists printed from .bib; key correction 1 in HALF_B.md), although biber prints them sorted nty. Clean.",
    "citations": [
        ["1", L(F, "\\footnote{Oer de legindaryske")],
        ["2", L(F, "{bremmer2009}")],
        ["3", L(F, "\\autocite{eckhardt1982}")],
        ["4", L(F, "[12--14]{eckhardt1982}")],
        ["5", L(F, "\\footcites{buma1963}{nijdam2008}")],
        ["6", L(F, "[28]{buma1963}")],
        ["7", L(F, "\\footnote{De oersetting")],
        ["8", L(F, "[112]{nijdam2008}")],
        ["9", L(F, "[115]{nijdam2008}")],
        ["10", L(F, "[88]{vries1986}")],
        ["11", L(F, "\\footnote{Sjoch foar")],
        ["sybrandy2015", L(F, "\\cite[107--110]{sybrandy2015}")],
        ["12", L(F, "\\footcite{sybrandy2015}")],
    ],
    "notes": FN,
    "literature": [FY[k] for k in ["bremmer2009", "eckhardt1982", "buma1963", "nijdam2008", "vries1986", "sybrandy2015"]],
})

# 3. rmarkdown/inflacija-bs ---------------------------------------------------------
R = "rmarkdown/inflacija-bs/rad.Rmd"
BS = {
    "cbbih2022": W("report", "Godišnji izvještaj 2021", 2022, url="https://www.cbbh.ba/Content/Archive/36"),
    "coats2007": W("book", "One Currency for Bosnia: Creating the Central Bank of Bosnia and Herzegovina", 2007, ["Coats"]),
    "frankel1999": W("report", "No Single Currency Regime Is Right for All Countries or at All Times", 1999, ["Frankel"], doi="10.3386/w7338"),
    "ghosh2000": W("article", "Currency Boards: More than a Quick Fix?", 2000, ["Ghosh", "Gulde", "Wolf"], doi="10.1111/1468-0327.00062"),
    "hanke2002": W("article", "Currency Boards", 2002, ["Hanke"]),
    "hodzic2019": W("article", "Prenos cijena hrane na inflaciju u Bosni i Hercegovini", 2019, ["Hodžić", "Kovačević"]),
}
write("rmarkdown/inflacija-bs.key.json", {
    "document": "inflacija-bs/rad.Rmd",
    "reader": "pandoc-markdown",
    "clean": True,
    "about": "An invented Bosnian (Latin: č, ć, đ, š, ž) economics paper in R Markdown (bookdown "
    "pdf_document2/html_document2) on the currency board and inflation in Bosnia and Herzegovina "
    "(author, e-mails, data invented). YAML with an e-mail, inline r in the date, bibliography: "
    "literatura.bib, csl: apa.csl. [@k], [@a; @b, str. 12], narrative @k mid-line, Frankel [-@k], "
    "[vidi @a, str. 301; @b], [@a; @b]; \\@ref(fig:cpi) and \\@ref(tab:prenos) (bookdown cross "
    "references, no citations), roxygen #' @param/@return and a python @dataclass decorator in "
    "chunks, e-mails in a chunk comment and in text, inline r code, an HTML comment holding a "
    "citation (none), ::: {#refs}. Hodžić & Kovačević 2019 is invented; the CBBiH report URL is "
    "invented; other works real with data as remembered (DOIs may differ). Corporate author not "
    "keyed. Literature: all six entries cited; keyed in order of FIRST CITATION (heldout30 convention; key correction 1 in HALF_B.md), although apa.csl prints them sorted by author. Clean.",
    "citations": [
        ["cbbih2022", L(R, "[@cbbih2022]")],
        ["coats2007", L(R, "pisao @coats2007")],
        ["ghosh2000", L(R, "[@ghosh2000; @hanke2002, str. 92]")],
        ["hanke2002", L(R, "[@ghosh2000; @hanke2002, str. 92]")],
        ["frankel1999", L(R, "[-@frankel1999]")],
        ["hodzic2019", L(R, "@hodzic2019")],
        ["ghosh2000", L(R, "[vidi @ghosh2000")],
        ["frankel1999", L(R, "[vidi @ghosh2000")],
        ["coats2007", L(R, "[@coats2007; @cbbih2022]")],
        ["cbbih2022", L(R, "[@coats2007; @cbbih2022]")],
    ],
    "notes": BS,
    "literature": [BS[k] for k in ["cbbih2022", "coats2007", "ghosh2000", "hanke2002", "frankel1999", "hodzic2019"]],
})

# 4. rst/casale-co ------------------------------------------------------------------
S = "rst/casale-co.rst"
CO = {
    "INV2011": W("book", "Corse: l'architecture rurale du Cap Corse", 2011),
    "RAU1992": W("book", "L'architecture rurale française: Corse", 1992, ["Raulin"]),
    "CAR2018": W("article", "Vent, relief et habitat dans le Cap Corse", 2018, ["Carrega", "Lanfranchi"], doi="10.4000/mediterranee.9999"),
    "GIEC2021": W(None, "Climate Change 2021: The Physical Science Basis", 2021, doi="10.1017/9781009157896"),
    "BER2004": W("book", "E case di petra in Corsica", 2004, ["Bertoncini"]),
}
CN = {k: v for k, v in CO.items() if k != "BER2004"}
CN.update({"1": COMM, "2": COMM, "3": COMM,
           "4": W("web", "Fiche climatologique Bastia (2B)", 2022, url="https://donneespubliques.meteofrance.fr/")})
write("rst/casale-co.key.json", {
    "document": "casale-co.rst",
    "reader": "rst",
    "clean": True,
    "about": "An invented Corsican architecture report (author, contract number, case studies invented) on "
    "the traditional house of Cap Corse, plain docutils reStructuredText (no Sphinx): field list, "
    "substitutions |CTC| and |m2|, contents, numbered footnote [1]_, anonymous auto-numbered [#]_ "
    "(twice) and labelled [#vento]_: docutils numbers the auto-numbered footnotes in definition order "
    "after the manual 1, so they print as 2, 3 (vento), 4 and are keyed so. Notes 1-3 commentary; "
    "note 4 names a Météo-France web page (web, corporate author not keyed). Citations [INV2011]_ etc. "
    "with .. [LABEL] definitions under Bibliografia (the literature, in document order); a named "
    "hyperlink reference with its .. _Parcu naturale regiunale: target and an embedded-URI link "
    "(no citations), a python code-block, a simple table in .. table::. INV2011 (an invented "
    "Inventaire volume, corporate author), CAR2018 (article and DOI) and BER2004 are invented; Raulin "
    "and IPCC AR6 WG1 real with data as remembered (IPCC: kind not keyed, a report published as a "
    "book). Planted: [BER2004] is never cited: uncited-literature-entry at its definition line.",
    "citations": [
        ["1", L(S, "|CTC| [1]_")],
        ["INV2011", L(S, "[INV2011]_")],
        ["RAU1992", L(S, "[RAU1992]_")],
        ["2", L(S, "quattru lati [#]_")],
        ["CAR2018", L(S, "[CAR2018]_")],
        ["3", L(S, "[#vento]_")],
        ["CAR2018", L(S, "[CAR2018]_", 2)],
        ["GIEC2021", L(S, "[GIEC2021]_")],
        ["4", L(S, "[GIEC2021]_ [#]_")],
        ["INV2011", L(S, "[INV2011]_", 2)],
    ],
    "notes": CN,
    "literature": [CO[k] for k in ["INV2011", "RAU1992", "CAR2018", "GIEC2021", "BER2004"]],
    "defects": [{"kind": "uncited-literature-entry", "line": L(S, ".. [BER2004]")}],
})

# 5. org/klimat-tt ------------------------------------------------------------------
O = "org/klimat-tt/makala.org"
TT = {
    "barriopedro2011": W("article", "The Hot Summer of 2010: Redrawing the Temperature Record Map of Europe", 2011,
                         ["Barriopedro", "Fischer", "Luterbacher", "Trigo", "García-Herrera"], doi="10.1126/science.1201224"),
    "hersbach2020": W("article", "The ERA5 global reanalysis", 2020, ["Hersbach", "Bell", "Berrisford"], doi="10.1002/qj.3803"),
    "roshydromet2022": W("report", "Доклад об особенностях климата на территории Российской Федерации за 2021 год", 2022,
                         url="https://www.meteorf.gov.ru/product/climat/"),
    "perevedentsev2017": W("article", "Современные изменения климата Приволжского федерального округа", 2017,
                           ["Переведенцев", "Шанталинский"]),
    "hansen2012": W("article", "Perception of climate change", 2012, ["Hansen", "Sato", "Ruedy"], doi="10.1073/pnas.1205276109"),
}
TN = dict(TT)
TN["1"] = COMM
TN["2"] = TT["hersbach2020"]
write("org/klimat-tt.key.json", {
    "document": "klimat-tt/makala.org",
    "reader": "org",
    "clean": True,
    "about": "An invented Tatar (Cyrillic: ә, ө, ү, җ, ң, һ) climate-science paper on the 2010 heat wave "
    "and drought in Tatarstan (author, e-mail, station figures invented). Org with org-ref v3 links: "
    "citep:&a;&b (two pairs), cite:&k, [[citet:&k]], citet:&k, a '# ' comment line holding cite:&k "
    "(none), #+begin_src python and emacs-lisp blocks, an Org table with #+CAPTION/#+NAME and a "
    "[[tab:anomaliya]] link (no citation), a described https link to a ministry site (said not to be a "
    "source), bibliographystyle:unsrt and bibliography:refs.bib links, footnotes [fn:1] (commentary) and "
    "[fn:2] (a remark that points at cite:&hersbach2020: keyed with that work's fields by the "
    "established convention; its cite is a pair of its own at its line). Perevedentsev & Shantalinsky "
    "2017 (title, journal, pages) is invented in its details; the Roshydromet report URL may differ; "
    "the others are real with data as remembered. Corporate author not keyed. Literature: unsrt "
    "prints cited entries in order of first citation (.bib written so). Clean.",
    "citations": [
        ["barriopedro2011", L(O, "citep:&barriopedro2011;&hersbach2020")],
        ["hersbach2020", L(O, "citep:&barriopedro2011;&hersbach2020")],
        ["1", L(O, "төрле[fn:1]")],
        ["roshydromet2022", L(O, "cite:&roshydromet2022")],
        ["perevedentsev2017", L(O, "[[citet:&perevedentsev2017]]")],
        ["hersbach2020", L(O, "кулландык cite:&hersbach2020")],
        ["2", L(O, "исәпләнде[fn:2]")],
        ["barriopedro2011", L(O, "citet:&barriopedro2011,")],
        ["hansen2012", L(O, "citep:&hansen2012;&roshydromet2022")],
        ["roshydromet2022", L(O, "citep:&hansen2012;&roshydromet2022")],
        ["hersbach2020", L(O, "турында cite:&hersbach2020")],
    ],
    "notes": TN,
    "literature": [TT[k] for k in ["barriopedro2011", "hersbach2020", "roshydromet2022", "perevedentsev2017", "hansen2012"]],
})

# 6. pandoc/dengbej-kmr --------------------------------------------------------------
P = "pandoc/dengbej-kmr.md"
KU = {
    "allison2001": W("book", "The Yezidi Oral Tradition in Iraqi Kurdistan", 2001, ["Allison"]),
    "aydin2018": W("article", "Ritma vegotinê di kilamên dengbêjan de", 2018, ["Aydın"]),
    "christensen1963": W("article", "Tanzlieder der Hakkari-Kurden", 1963, ["Christensen"]),
    "hamelink2016": W("book", "The Sung Home: Narrative, Morality, and the Kurdish Nation", 2016, ["Hamelink"]),
    "scalbert2009": W("article", "The Invention of a Tradition: Diyarbakır's Dengbêj Project", 2009, ["Scalbert-Yücel"],
                      url="https://journals.openedition.org/ejts/4055"),
}
KN = dict(KU)
KN["1"] = COMM
KN["2"] = KU["christensen1963"]
KN["3"] = COMM
write("pandoc/dengbej-kmr.key.json", {
    "document": "dengbej-kmr.md",
    "reader": "pandoc-markdown",
    "clean": True,
    "about": "An invented Kurmanji Kurdish (Latin: ç, ê, î, ş, û) musicology paper on the form of the "
    "dengbêj kilam in Serhed (author, informants, recordings, durations invented). Pandoc Markdown: "
    "YAML with bibliography: refs.json (CSL-JSON beside it, article-journal/book items), [@k], "
    "[binêre @a, r. 12; @b] (Kurmanji 'see', r. = page), narrative @k at a line start and mid-line, "
    "Christensen [-@k], [@a; @b], a grid table with a ': ' caption, footnotes [^1] and [^3] "
    "(commentary) and [^2] (a remark on where the recordings are kept that points at @christensen1963 "
    "[r. 14] on its indented second line: keyed with that work's fields, its citation a pair of its "
    "own), ::: {#refs}. Aydın 2018 (author, article, Nûbihar 140) is invented; the others real with "
    "data as remembered (Scalbert-Yücel's URL may differ). Literature: the default Chicago "
    "author-date would sort by author; all five items cited; keyed in order of FIRST CITATION (heldout30 convention; key correction 1 in HALF_B.md). Clean.",
    "citations": [
        ["hamelink2016", L(P, "dibêjin [@hamelink2016]")],
        ["scalbert2009", L(P, "@scalbert2009")],
        ["hamelink2016", L(P, "r. 12; @hamelink2016]")],
        ["allison2001", L(P, "@allison2001")],
        ["1", L(P, "zêdetir.[^1]")],
        ["christensen1963", L(P, "[-@christensen1963]")],
        ["2", L(P, "bibe.[^2]")],
        ["aydin2018", L(P, "Li gorî @aydin2018")],
        ["aydin2018", L(P, "[@aydin2018; @christensen1963]")],
        ["christensen1963", L(P, "[@aydin2018; @christensen1963]")],
        ["3", L(P, "dikin.[^3]")],
        ["christensen1963", L(P, "wan binêre @christensen1963")],
    ],
    "notes": KN,
    "literature": [KU[k] for k in ["hamelink2016", "scalbert2009", "allison2001", "christensen1963", "aydin2018"]],
})

# 7. markdown-links/imbalela-xh ------------------------------------------------------
X = "markdown-links/imbalela-xh.md"
XH = [
    W("article", "Anthropogenic influence on the drivers of the Western Cape drought 2015–2017", 2018, ["Otto"],
      url="https://doi.org/10.1088/1748-9326/aae9f9"),
    W("report", "Annual State of the Climate of South Africa 2020", 2021,
      url="https://www.weathersa.co.za/Documents/Corporate/StateOfClimate2020.pdf"),
    W("web", "Water outlook and conservation results", 2018, url="https://www.capetown.gov.za/water-outlook-2018"),
    W("article", "How severe is Cape Town's \"Day Zero\" drought?", 2018, ["Wolski"],
      url="https://doi.org/10.1111/j.1740-9713.2018.01127.x"),
    W("web", "Abafama baseMakhanda nembalela engapheliyo", 2024, ["Nkosi"],
      url="https://www.example-news.co.za/2024/03/makhanda-imbalela"),
    W("report", "National State of Water Report 2022", 2023, url="https://www.dws.gov.za/Documents/NSoW2022.pdf"),
]
for i, e in enumerate(XH, 1):
    e["number"] = i
XN = {str(i): {k: v for k, v in e.items() if k != "number"} for i, e in enumerate(XH, 1) if i != 6}
write("markdown-links/imbalela-xh.key.json", {
    "document": "imbalela-xh.md",
    "reader": "markdown-links",
    "clean": True,
    "about": "An invented Xhosa climate post (Hugo, TOML +++ front matter) on the Cape Town 'Day Zero' "
    "drought (author, site, quotation, dam figures invented). Breadcrumb links, two {{< figure >}} "
    "shortcodes, three inline links in sentences and two reference-style links [text][3] and [text][5] "
    "whose definitions [3]: and [5]: stand at the bottom, a blockquote, a pipe table, a numbered "
    "'## Iimbekiselo' list '1. Author. [Title](url). Site, Year.' of six sources; share links "
    "(Twitter/Facebook/WhatsApp) and previous/next post links (no citations). Links matching a list "
    "entry are keyed by the entry's number (heldout28/30 convention). Entries 1 and 4 real with DOIs as "
    "remembered; the SAWS, City of Cape Town and DWS URLs and entry 5 (Nkosi, Iindaba Zethu) invented. "
    "Corporate authors not keyed; Otto et al. keyed by the first author as printed. Planted: entry 6 "
    "(DWS National State of Water Report) is linked nowhere in the post: uncited-literature-entry at "
    "its line.",
    "citations": [
        ["1", L(X, "(https://doi.org/10.1088/1748-9326/aae9f9)")],
        ["2", L(X, "Ngokwe-[ngxelo")],
        ["4", L(X, "UPiotr Wolski")],
        ["3", L(X, "][3]")],
        ["5", L(X, "][5]")],
    ],
    "notes": XN,
    "literature": XH,
    "defects": [{"kind": "uncited-literature-entry", "line": L(X, "6. Department of Water")}],
})
