"""Write the keys of heldout32 half B (all plain-text documents, written directly).

Labels and fields are written by hand; lines are looked up by marker text (the n-th line
holding it) so that they match the files.  Run from anywhere:
    python3 tests/heldout32/_src/_meta/keys_b.py
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


def first_order(cits, table):
    order = []
    for k, _ in cits:
        if k in table and k not in order:
            order.append(k)
    return order


COMM = {"kind": "commentary"}

# 1. latex/boz-tulqyn-ba ------------------------------------------------------------
M = "latex/boz-tulqyn-ba/main.tex"
K = "latex/boz-tulqyn-ba/sections/kereshe.tex"
Y = "latex/boz-tulqyn-ba/sections/ysul.tex"
BA = {
    "landau1987": W("book", "Теория упругости", 1987, ["Ландау", "Лифшиц"]),
    "squire2007": W("article", "Of ocean waves and sea-ice revisited", 2007, ["Squire"],
                    doi="10.1016/j.coldregions.2007.04.007"),
    "kheisin1967": W("book", "Динамика ледяного покрова", 1967, ["Хейсин"]),
    "kerr1976": W("article", "The bearing capacity of floating ice plates subjected to static or quasi-static loads",
                  1976, ["Kerr"], doi="10.3189/S0022143000013563"),
    "petrenko1999": W("book", "Physics of Ice", 1999, ["Petrenko", "Whitworth"],
                      doi="10.1093/acprof:oso/9780198518945.001.0001"),
    "timco2010": W("article", "A review of the engineering properties of sea ice", 2010, ["Timco", "Weeks"],
                   doi="10.1016/j.coldregions.2009.10.003"),
    "schulson2009": W("book", "Creep and Fracture of Ice", 2009, ["Schulson", "Duval"],
                      doi="10.1017/CBO9780511581397"),
}
cits = [
    ["landau1987", L(K, "\\cite{landau1987}")],
    ["squire2007", L(K, "\\cite{squire2007,timco2010}")],
    ["timco2010", L(K, "\\cite{squire2007,timco2010}")],
    ["kheisin1967", L(K, "\\cite{kheisin1967}")],
    ["petrenko1999", L(Y, "[с.~87]{petrenko1999}")],
    ["squire2007", L(Y, "\\cite{squire2007,kerr1976}")],
    ["kerr1976", L(Y, "\\cite{squire2007,kerr1976}")],
    ["tkachenko2015", L(Y, "\\cite{tkachenko2015}")],
    ["timco2010", L(M, "\\cite{timco2010,petrenko1999}")],
    ["petrenko1999", L(M, "\\cite{timco2010,petrenko1999}")],
    ["kheisin1967", L(M, "[с.~5]{kheisin1967}")],
    ["kerr1976", L(M, "\\cite{kerr1976}")],
    ["schulson2009", L(M, "\\cite{schulson2009}")],
]
write("latex/boz-tulqyn-ba.key.json", {
    "document": "boz-tulqyn-ba/main.tex",
    "reader": "latex",
    "clean": True,
    "about": "An invented Bashkir (Cyrillic) physics article (amsart, XeLaTeX, polyglossia russian) on "
    "flexural-gravity waves in the ice of the Pavlovka reservoir; authors, affiliations, e-mail, data URL, "
    "measurements and the work tkachenko2015 are invented. Split over main.tex and sections/kereshe.tex, "
    "sections/ysul.tex (\\input; lines are those of the file where the citation stands). A hand-written "
    "thebibliography{99} of 7 \\bibitem entries in GOST-like style (Russian and English), DOIs in \\href. "
    "\\cite{a,b} = two pairs, \\cite[с.~5]{k}, \\cite in a table caption, a %-commented \\cite (no "
    "citation), maths macros \\Ci and \\citf (c_f, a wave speed) that are not citations, \\ref, \\eqref, "
    "\\url. Real works with their data as remembered (pages, DOIs may differ in detail). The hand-written "
    "list is keyed in full, in its order. Planted: \\cite{tkachenko2015} (sections/ysul.tex) has no "
    "\\bibitem: missing-literature-entry at its line.",
    "citations": cits,
    "notes": BA,
    "literature": [BA[k] for k in ["landau1987", "squire2007", "kheisin1967", "kerr1976",
                                   "petrenko1999", "timco2010", "schulson2009"]],
    "defects": [{"kind": "missing-literature-entry", "line": L(Y, "\\cite{tkachenko2015}")}],
})

# 2. latex/vatu-ni-cakau-fj ---------------------------------------------------------
M = "latex/vatu-ni-cakau-fj/main.tex"
C = "latex/vatu-ni-cakau-fj/chapters/methods.tex"
FJ = {
    "hughes2017": W("article", "Global warming and recurrent mass bleaching of corals", 2017,
                    ["Hughes", "Kerry", "Álvarez-Noriega"], doi="10.1038/nature21707"),
    "morris2019": W("report", "Status of coral reefs in Fiji 2018", 2019, ["Morris", "Mangubhai"]),
    "mangubhai2016": W("report", "Impact of Tropical Cyclone Winston on coral reefs in the Vatu-i-Ra Seascape",
                       2016, ["Mangubhai"]),
    "fiji2017": W("report", "Fiji Post-Disaster Needs Assessment: Tropical Cyclone Winston, February 20, 2016", 2016),
    "english1997": W("book", "Survey Manual for Tropical Marine Resources", 1997, ["English", "Wilkinson", "Baker"]),
    "noaa2023": W("web", "Daily 5km Satellite Coral Bleaching Heat Stress Monitoring, Version 3.1", 2023,
                  url="https://coralreefwatch.noaa.gov/product/5km/"),
    "rcore2023": W(None, "R: A Language and Environment for Statistical Computing", 2023,
                   url="https://www.R-project.org/"),
    "wcs2023": W(None, "Kadavu reef monitoring transects 2016--2023", 2023, ["Tuilau", "Rokobiau"],
                 doi="10.5281/zenodo.0000000"),
}
cits = [
    ["hughes2017", L(M, "\\textcite{hughes2017}")],
    ["morris2019", L(M, "[][12]{morris2019}")],
    ["mangubhai2016", L(M, "\\parencites{mangubhai2016}{fiji2017}")],
    ["fiji2017", L(M, "\\parencites{mangubhai2016}{fiji2017}")],
    ["english1997", L(M, "\\citeauthor{english1997}")],
    ["english1997", L(M, "\\citeyear{english1997}")],
    ["noaa2023", L(M, "\\parencite{noaa2023}")],
    ["english1997", L(C, "\\textcite{english1997}")],
    ["rcore2023", L(C, "\\parencite{rcore2023}")],
    ["noaa2023", L(C, "\\parencite{noaa2023}")],
    ["morris2019", L(M, "[45]{morris2019}")],
    ["wcs2023", L(M, "\\textcite{wcs2023}")],
    ["hughes2017", L(M, "[see][]{hughes2017}")],
]
write("latex/vatu-ni-cakau-fj.key.json", {
    "document": "vatu-ni-cakau-fj/main.tex",
    "reader": "latex",
    "clean": True,
    "about": "An invented Fijian marine-biology paper (coral cover at Kadavu after Cyclone Winston); authors, "
    "institute address, measurements and the Zenodo dataset (its DOI 10.5281/zenodo.0000000 a placeholder) "
    "are invented. article class, babel english, biblatex style=authoryear with biber, "
    "\\addbibresource{vakatatabaki.bib}; the methods section is a subfile (\\subfile{chapters/methods}, "
    "\\documentclass[../main.tex]{subfiles}; lines are those of chapters/methods.tex). \\textcite, "
    "\\parencite[][12]{k}, \\parencites{a}{b} (two pairs), \\citeauthor and \\citeyear of the same key "
    "on consecutive lines (a pair each), \\textcite[45]{k}, \\textcite in a figure caption, "
    "\\parencite[see][]{k}, a %-commented \\parencite (obura2012: in the .bib, uncited, not printed: not "
    "keyed; its data invented/approximate). .bib: @article, 3 @report (one corporate), @book, @online with "
    "urldate, @software, @dataset. Real works with their data as remembered. Literature: the cited "
    "entries, in order of first citation (convention of heldout30/31). Corporate authors not keyed; "
    "@software and @dataset keyed without kind. Clean.",
    "citations": cits,
    "notes": FJ,
    "literature": [FJ[k] for k in first_order(cits, FJ)],
    "defects": [],
})

# 3. rmarkdown/lea-faka-tonga-to ----------------------------------------------------
Q = "rmarkdown/lea-faka-tonga-to/03-lea-fakaapaapa.qmd"
TO = {
    "churchward1953": W("book", "Tongan Grammar", 1953, ["Churchward"]),
    "philips1991": W("article", "Tongan speech levels: Practice and talk about practice in the cultural "
                     "construction of social hierarchy", 1991, ["Philips"]),
    "taumoefolau2004": W("chapter", "A place to stand: Tongan speech levels", 2004, ["Taumoefolau"]),
    "churchward1959": W("book", "Tongan Dictionary (Tongan--English and English--Tongan)", 1959, ["Churchward"]),
    "volkel2010": W("book", "Social Structure, Space and Possession in Tongan Culture and Language: "
                    "An Ethnolinguistic Study", 2010, ["Völkel"], doi="10.1075/clu.4"),
    "milner1961": W("article", "The Samoan vocabulary of respect", 1961, ["Milner"], doi="10.2307/2844417"),
}
cits = [
    ["churchward1953", L(Q, "[@churchward1953, 303]")],
    ["churchward1953", L(Q, "ʻe @churchward1953")],
    ["philips1991", L(Q, "ʻe @philips1991")],
    ["taumoefolau2004", L(Q, "[@taumoefolau2004; @churchward1959")],
    ["churchward1959", L(Q, "[@taumoefolau2004; @churchward1959")],
    ["philips1991", L(Q, "[vakai @philips1991")],
    ["volkel2010", L(Q, "[vakai @philips1991")],
    ["milner1961", L(Q, "[@milner1961]")],
    ["taumoefolau2004", L(Q, "@taumoefolau2004 [p. 112]")],
    ["volkel2010", L(Q, "ʻa @volkel2010")],
]
write("rmarkdown/lea-faka-tonga-to.key.json", {
    "document": "lea-faka-tonga-to/03-lea-fakaapaapa.qmd",
    "reader": "pandoc-markdown",
    "clean": True,
    "about": "An invented Tongan linguistics chapter (speech levels) of a Quarto book; book title, authors, "
    "repo URL, site URL, e-mail and the radio corpus are invented. The chapter .qmd has no bibliography "
    "field: _quarto.yml beside it names bibliography: references.bib (and a CSL). [@k, 303], narrative "
    "@k twice, [@a; @b, p. 4] and [vakai @a; @b, 57–62] (two pairs each), [@k] inside a callout-tip, "
    "@k [p. 112]; not citations: @sec-…, @tbl-kai, @fig-lau cross-references, python @functools.lru_cache "
    "and @staticmethod decorators, '@param' in a docstring, '@' in a string, an HTML comment holding "
    "[@tchekhoff1990], an e-mail address, an autolink. Real works with their data as remembered. "
    "Literature: cited entries in order of first citation (tchekhoff1990 is uncited, not printed). Clean.",
    "citations": cits,
    "notes": TO,
    "literature": [TO[k] for k in first_order(cits, TO)],
    "defects": [],
})

# 4. pandoc/yakovlev-alfavite-cv ----------------------------------------------------
P = "pandoc/yakovlev-alfavite-cv.md"
ya = W("book", "Моя жизнь: Воспоминания", 1997, ["Яковлев"])
kr = W("chapter", "Яковлев алфавичӗ тата унӑн историйӗ", 2012, ["Краснов"])
ash = W("book", "Словарь чувашского языка", 1928, ["Ашмарин"])
eg = W("book", "Современный чувашский литературный язык в сравнительно-историческом освещении", 1971, ["Егоров"])
cits = [
    ["1", L(P, "хатӗрленӗ[^1]")],
    ["2", L(P, "палӑртман[^2]")],
    ["3", L(P, "хушнӑ[^3]")],
    ["1", L(P, "улшӑннӑ[^1]")],
    ["4", L(P, "тенӗ[^4]")],
    ["5", L(P, "тухнӑ[^5]")],
    ["6", L(P, "тухнӑ[^6]")],
]
write("pandoc/yakovlev-alfavite-cv.key.json", {
    "reader": "pandoc-markdown",
    "clean": True,
    "about": "An invented Chuvash history page (Yakovlev's alphabet of 1871-1872) as a Docusaurus v3 doc "
    "(.md parsed as MDX): front matter with last_update, import lines, <Admonition> with an <a> link, "
    "<Tabs>/<TabItem> with a custom <AlphabetTable> component, GFM footnotes [^1]..[^6] (1 reused; 2 and 5 "
    "commentary; 1, 3, 4, 6 GOST-like citations), a python code block holding [^x] and [^2] (not "
    "citations), a described link to a corpus site (not a citation), a hand-written 'Литература' list of "
    "4 entries. Krasnov 2012 and its collection, the page author and the sites are invented; the other "
    "works are real, data as remembered. Footnotes labelled as written. Literature keyed in full, in "
    "its order. Clean.",
    "citations": cits,
    "notes": {"1": ya, "2": COMM, "3": kr, "4": ash, "5": COMM, "6": eg},
    "literature": [ash, eg, kr, ya],
    "defects": [],
})

# 5. html/nettali-wolof-wo ----------------------------------------------------------
H = "html/nettali-wolof-wo.html"
sv = W("book", "Description synchronique d'un dialecte wolof : le parler du Dyolof", 1965, ["Sauvageot"])
ka = W("book", "Wolof Phonology and Morphology", 1994, ["Ka"])
mc = W("article", "Consonant mutation and reduplication in Seereer-Siin", 2000, ["McLaughlin"],
       doi="10.1017/S0952675700003936")
ro = W("book", "Approche énonciative du système verbal : le cas du wolof", 1991, ["Robert"])
to = W("book", "The Clause Structure of Wolof: Insights into the Left Periphery", 2013, ["Torrence"],
       doi="10.1075/la.198")
cits = [
    ["1", L(H, 'href="#footnote-412-1"')],
    ["2", L(H, 'href="#footnote-412-2"')],
    ["3", L(H, 'href="#footnote-412-3"')],
    ["4", L(H, 'href="#footnote-412-4"')],
    ["5", L(H, 'href="#footnote-412-5"')],
    ["6", L(H, 'href="#footnote-412-6"')],
    ["7", L(H, 'href="#footnote-412-7"')],
]
write("html/nettali-wolof-wo.key.json", {
    "reader": "html",
    "clean": True,
    "about": "An invented Wolof linguistics textbook chapter (noun classes and determiners) exported from "
    "Pressbooks (book, site, authors, image and post ids invented): reading nav, learning-objectives and "
    "exercises textboxes, footnote markers <a class=\"footnote\" title=\"…\" id=\"return-footnote-412-n\" "
    "href=\"#footnote-412-n\"><sup class=\"footnote\">[n]</sup></a> (the title attribute repeats the note), "
    "<hr class=\"before-footnotes clear\" /><div class=\"footnotes\"><ol> with return links, a figure, a "
    "table, a link to SIL resources (not a citation), Media Attributions and licence links, footer links "
    "(not citations). 7 Chicago notes: 5 first notes (books, an article with DOI), a short note (6, Ka), "
    "a commentary note (5). Real works with data as remembered. Clean.",
    "citations": cits,
    "notes": {"1": sv, "2": ka, "3": mc, "4": ro, "5": COMM, "6": ka, "7": to},
    "defects": [],
})

# 6. rst/mandio-gn ------------------------------------------------------------------
R = "rst/mandio-gn/mandio.rst"
GN = {
    "olsen1999": W("article", "Evidence on the origin of cassava: Phylogeography of Manihot esculenta", 1999,
                   ["Olsen", "Schaal"], doi="10.1073/pnas.96.10.5586"),
    "alves2002": W("chapter", "Cassava botany and physiology", 2002, ["Alves"], doi="10.1079/9780851995243.0067"),
    "fao2013": W("book", "Save and Grow: Cassava. A Guide to Sustainable Production Intensification", 2013),
    "elsharkawy2004": W("article", "Cassava biology and physiology", 2004, ["El-Sharkawy"],
                        doi="10.1007/s11103-005-2270-7"),
}
mag = W("web", "Calendario agrícola: mandioca", 2022, url="https://www.mag.gov.py/calendario-agricola/mandioca")
pip = W("book", "The Origins of Agriculture in the Lowland Neotropics", 1998, ["Piperno", "Pearsall"])
cits = [
    ["olsen1999", L(R, ":cite:p:`olsen1999`")],
    ["3", L(R, "[#f1]_")],
    ["alves2002", L(R, ":cite:ps:`alves2002,fao2013`")],
    ["fao2013", L(R, ":cite:ps:`alves2002,fao2013`")],
    ["elsharkawy2004", L(R, ":cite:t:`elsharkawy2004`")],
    ["1", L(R, ":footcite:`mag2022`")],
    ["fao2013", L(R, ":cite:p:`fao2013`")],
    ["4", L(R, "[#f2]_")],
    ["alves2002", L(R, ":cite:p:`alves2002`")],
    ["2", L(R, ":footcite:`piperno2011`")],
    ["lopez2019", L(R, ":cite:t:`lopez2019`")],
]
notes = dict(GN)
notes.update({"1": mag, "2": pip, "3": COMM, "4": COMM})
write("rst/mandio-gn.key.json", {
    "document": "mandio-gn/mandio.rst",
    "reader": "rst",
    "clean": True,
    "about": "An invented Guarani agriculture documentation page (cassava growing for a cooperative) for "
    "Sphinx with sphinxcontrib-bibtex (conf.py with bibtex_bibfiles = ['refs.bib'] beside it); the "
    "cooperative, the ministry page URL and lopez2019 are invented. :cite:p:, :cite:t:, :cite:ps:`a,b` "
    "(two pairs), :footcite: twice, docutils auto-numbered footnotes [#f1]_ and [#f2]_ (commentary) "
    "defined before `.. footbibliography::`, `.. bibliography::` at the end; :doc: and :ref: roles, a "
    "list-table, a python code-block, a note directive, a contents directive (not citations). Labels: "
    "citation keys for :cite:; footnotes by the numbers docutils prints (same convention as the "
    "lead's \\footcite rule in heldout31): sphinxcontrib-bibtex's :footcite: role makes its "
    "footnote (document.note_autofootnote) where it is first met, so docutils numbers it with the "
    "page's [#] footnotes in the order of the roles and the definitions: 1 (mag2022) and 2 "
    "(piperno2011, whose entry says 1998), then [#f1] 3 and [#f2] 4, defined at the end (key "
    "correction, README). Literature: the entries the bibliography directive prints "
    "(:cite: only, not :footcite:), in order of first citation. Real works with data as remembered. "
    "Planted: :cite:t:`lopez2019` has no entry in refs.bib: missing-literature-entry at its line.",
    "citations": cits,
    "notes": notes,
    "literature": [GN[k] for k in first_order(cits, GN)],
    "defects": [{"kind": "missing-literature-entry", "line": L(R, ":cite:t:`lopez2019`")}],
})

# 7. supmarkdown/yarmarka-sah -------------------------------------------------------
S = "supmarkdown/yarmarka-sah.md"
saf = W("book", "Город Якутск в XVII — начале XIX веков", 1957, ["Сафронов"])
ser = W("book", "Якуты: Опыт этнографического исследования", 1896, ["Серошевский"])
tok = W("book", "Общественный строй якутов XVII–XVIII вв.", 1945, ["Токарев"])
okl = W("book", "История Якутской АССР. Т. 2. Якутия от 1630-х годов до 1917 г.", 1957, ["Окладников"])
iva = W("article", "Русские и якуты: торговые связи в XIX в.", 2015, ["Иванов"])
cits = [
    ["1", L(S, "биирдэстэрэ буолбута.<sup>1</sup>")],
    ["2", L(S, "кэлэллэрэ.<sup>2</sup>")],
    ["3", L(S, "күрэстэһэллэрэ.<sup>3</sup>")],
    ["4", L(S, "тэҥнэһэрэ».<sup>4</sup>")],
    ["5", L(S, "баара.<sup>5</sup>")],
    ["6", L(S, "олороллоро.<sup>6</sup>")],
    ["8", L(S, "<sup>8</sup>")],
    ["9", L(S, "<sup>9, 10</sup>")],
    ["10", L(S, "<sup>9, 10</sup>")],
    ["11", L(S, "<sup>11</sup>")],
]
write("supmarkdown/yarmarka-sah.key.json", {
    "reader": "sup-markdown",
    "clean": True,
    "about": "An invented Yakut (Sakha) history article on the Yakutsk fair in the XIX century, as a CMS "
    "publishes a Word file converted to Markdown: byline with views count, <sup>n</sup> markers after "
    "punctuation, a combined <sup>9, 10</sup> (two pairs), a marker after an italic table caption, "
    "'м<sup>2</sup>' (square metres, not a marker), a pipe table, a described link (not a citation), a "
    "'### Примечания' list of Russian GOST/Chicago-like notes with 'Там же. С. 145.' (ibid, keyed with "
    "the repeated work) and 'Указ. соч.' (short note), an author's remark (commentary), an archival "
    "reference (note 11: no fields keyed), a reprint line. Ivanov 2015, the figures, the site and the "
    "author are invented; the other works are real, data as remembered. No reference list. Planted: "
    "the numbering skips 7 (marker and note): footnote-numbering at the line of marker 8.",
    "citations": cits,
    "notes": {"1": saf, "2": saf, "3": ser, "4": ser, "5": tok, "6": COMM, "8": saf, "9": okl,
              "10": iva, "11": {}},
    "defects": [{"kind": "footnote-numbering", "line": L(S, "<sup>8</sup>")}],
})
