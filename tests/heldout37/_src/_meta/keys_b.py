"""Write the keys of heldout37 half B (plain-text documents in the shapes converters write).

Labels and fields are written by hand; lines are looked up by marker text (the n-th line
holding it) so that they match the files.  Run from anywhere:
    python3 tests/heldout37/_src/_meta/keys_b.py
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
    d = {"title": title, "year": year} if year else {"title": title}
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

# 1. pandoc/broad-street-pump ---------------------------------------------------------
# A Word seminar paper (Chicago notes and bibliography) converted with `pandoc -t markdown`.
M = "pandoc/broad-street-pump.md"
SNOW = W("book", "On the Mode of Communication of Cholera", 1855, ["Snow"])
JOHNSON = W("book", "The Ghost Map: The Story of London's Most Terrifying Epidemic -- and How It Changed "
            "Science, Cities, and the Modern World", 2006, ["Johnson"])
BRODY_T = "Map-Making and Myth-Making in Broad Street: The London Cholera Epidemic, 1854"
INQ_T = ("Report on the Cholera Outbreak in the Parish of St. James, Westminster, during the Autumn of 1854")
GBH_T = "Report of the Committee for Scientific Inquiries in Relation to the Cholera-Epidemic of 1854"
WHITE = W("article", "The Broad Street Pump: An Episode in the Cholera Epidemic of 1854", 1865, ["Whitehead"])
PAN_T = ("A Rivalry of Foulness: Official and Unofficial Investigations of the London Cholera Epidemic "
         "of 1854")
VJ_T = "Cholera, Chloroform, and the Science of Medicine: A Life of John Snow"
KOCH = W("book", "Cartographies of Disease: Maps, Mapping, and Medicine", 2005, ["Koch"])
HALL = W("book", "The Great Stink of London: Sir Joseph Bazalgette and the Cleansing of the Victorian "
         "Metropolis", 1999, ["Halliday"])
notes = {
    "1": SNOW,
    "2": JOHNSON,
    "3": W("article", BRODY_T, 2000, ["Brody"], doi="10.1016/S0140-6736(00)02442-9"),
    "4": W("report", INQ_T, 1855),
    "5": W("report", GBH_T, 1855),
    "6": WHITE,
    # 7: short note to the vestry report (corporate author, short title) + a remark: no fields keyed
    "8": W("article", PAN_T, 1998, ["Paneth"]),
    "9": {"authors": ["Snow"]},
    "10": W("book", VJ_T, 2003, ["Vinten-Johansen"]),
    "11": KOCH,
    "12": HALL,
}
write("pandoc/broad-street-pump.key.json", {
    "about": "Invented English seminar paper (Word, Chicago notes-bibliography) as `pandoc -t markdown` "
             "writes it: YAML title from the Title style, bold paragraphs, escaped \\[...\\] in a quote, "
             "[...]{.underline}, a simple table with caption, [^n] notes wrapped at 72 columns. "
             "Real works cited from memory; the paper, course and author are invented. "
             "Planted: the bibliography lists Hamlin 1998, cited in no note.",
    "reader": "pandoc-markdown",
    "clean": True,
    "citations": [[str(n), L(M, f"[^{n}]")] for n in range(1, 13)],
    "notes": notes,
    "literature": [
        W("article", BRODY_T, 2000, ["Brody", "Rip", "Vinten-Johansen", "Paneth", "Rachman"],
          doi="10.1016/S0140-6736(00)02442-9"),
        W("report", INQ_T, 1855),
        W("report", GBH_T, 1855),
        HALL,
        W("book", "Public Health and Social Justice in the Age of Chadwick: Britain, 1800--1854", 1998,
          ["Hamlin"]),
        JOHNSON,
        KOCH,
        W("article", PAN_T, 1998, ["Paneth", "Vinten-Johansen", "Brody", "Rip"], doi="10.2105/AJPH.88.10.1545"),
        SNOW,
        W("book", VJ_T, 2003, ["Vinten-Johansen", "Brody", "Paneth", "Rachman", "Rip"]),
        WHITE,
    ],
    "defects": [{"kind": "uncited-literature-entry", "line": L(M, "Hamlin, Christopher.")}],
})

# 2. rst/tempo-grossstadt ---------------------------------------------------------------
# A German Word Hausarbeit (footnotes, Literaturverzeichnis) converted with `pandoc -t rst`.
M = "rst/tempo-grossstadt.rst"
SIMMEL = W("chapter", "Die Großstädte und das Geistesleben", 1903, ["Simmel"])
ROSA05 = W("book", "Beschleunigung. Die Veränderung der Zeitstrukturen in der Moderne", 2005, ["Rosa"])
GELD = W("book", "Philosophie des Geldes", 1900, ["Simmel"])
KRAC = W("book", "Die Angestellten. Aus dem neuesten Deutschland", 1930, ["Kracauer"])
ZIV = W("book", "Über den Prozeß der Zivilisation", 1939, ["Elias"])
ZEIT = W("book", "Über die Zeit", 1984, ["Elias"])
BECK = W("book", "Risikogesellschaft. Auf dem Weg in eine andere Moderne", 1986, ["Beck"])
RES = W("book", "Resonanz. Eine Soziologie der Weltbeziehung", 2016, ["Rosa"])
# footnote references [#]_ in the order they stand (docutils numbers them 1..13 in that order)
cits = []
lines = [i for i, line in enumerate((HERE / M).read_text(encoding="utf-8").splitlines(), 1)
         if "[#]_" in line]
for n, ln in enumerate(lines, 1):
    cits += [[str(n), ln]] * (1)
assert len(cits) == 13, len(cits)
write("rst/tempo-grossstadt.key.json", {
    "about": "Invented German seminar paper (Hausarbeit) on Simmel, Kracauer and Rosa, from Word through "
             "`pandoc -t rst`: over/underlined title, |image1| substitution for a logo, a block quote, "
             "a grid table in a `.. table::` directive, 13 auto-numbered [#]_ footnotes defined at the end "
             "as `.. [#]` with the text on the next line (full first citations, short notes, two remarks), "
             "a Literaturverzeichnis as plain paragraphs. Real works from memory. Clean.",
    "reader": "rst",
    "clean": True,
    "citations": cits,
    "notes": {"1": SIMMEL, "2": ROSA05, "3": {"authors": ["Simmel"], "title": SIMMEL["title"]}, "4": GELD,
              "5": {"authors": ["Simmel"], "title": SIMMEL["title"]},
              "6": KRAC, "7": COMM, "8": ZIV, "9": ZEIT, "10": BECK, "11": {"authors": ["Rosa"]}, "12": RES,
              "13": COMM},
    "literature": [BECK, ZIV, ZEIT, KRAC, ROSA05, RES, GELD, SIMMEL],
})

# 3. org/desalacion-es -----------------------------------------------------------------
# A Spanish Word article (IEEE-like numeric citations, auto-numbered list) through `pandoc -t org`.
M = "org/desalacion-es.org"
E = {
    "1": W("article", "The state of desalination and brine production: A global outlook", 2019,
           ["Jones", "Qadir", "van Vliet", "Smakhtin", "Kang"], doi="10.1016/j.scitotenv.2018.12.076"),
    "2": W("article", "The end of scarcity? Water desalination as the new cornucopia for Mediterranean Spain",
           2014, ["March", "Saurí", "Rico-Amorós"], doi="10.1016/j.jhydrol.2014.04.023"),
    "3": W("article", "State-of-the-art of reverse osmosis desalination", 2007,
           ["Fritzmann", "Löwenberg", "Wintgens", "Melin"], doi="10.1016/j.desal.2006.12.009"),
    "4": W("article", "Reverse osmosis desalination: Water sources, technology, and today's challenges", 2009,
           ["Greenlee", "Lawler", "Freeman", "Marrot", "Moulin"], doi="10.1016/j.watres.2009.03.010"),
    "5": W("article", "The future of seawater desalination: Energy, technology, and the environment", 2011,
           ["Elimelech", "Phillip"], doi="10.1126/science.1200488"),
    "6": W("article", "Energy and air emission effects of water supply", 2009, ["Stokes", "Horvath"],
           doi="10.1021/es801802h"),
    "7": W("article", "Technical review and evaluation of the economics of water desalination: Current and "
           "future challenges for better water supply sustainability", 2013, ["Ghaffour", "Missimer", "Amy"],
           doi="10.1016/j.desal.2012.10.015"),
    "8": W("article", "Environmental impact and impact assessment of seawater desalination", 2008,
           ["Lattemann", "Höpner"], doi="10.1016/j.desal.2007.03.009"),
    "9": W("article", "Science and technology for water purification in the coming decades", 2008,
           ["Shannon", "Bohn", "Elimelech", "Georgiadis", "Mariñas", "Mayes"], doi="10.1038/nature06599"),
    "10": W("web", "La desalación en España", 2023, url="https://aedyr.com/desalacion-espana/"),
}
cits = [
    ["1", L(M, "estima en unos 142")],
    ["2", L(M, "cornucopia\" hídrica [2]")],
    ["3", L(M, "energía [3], [4]")],
    ["4", L(M, "energía [3], [4]")],
    ["5", L(M, "kWh/m³ [5]")],
    ["6", L(M, "\n[6]." if False else "[6]. La tabla")],
]
cits += [[str(n), L(M, "revisada [3]-[7]")] for n in range(3, 8)]
cits += [
    ["6", L(M, "| Agua subterránea local")],
    ["6", L(M, "| Trasvase con bombeo")],
    ["4", L(M, "| Desalación de agua salobre")],
    ["5", L(M, "| Desalación de agua de mar")],
    ["7", L(M, "| Desalación de agua de mar")],
    ["7", L(M, "explotación [7]")],
    ["8", L(M, "Mediterráneo [8]")],
    ["8", L(M, "[8, p. 12]")],
    ["9", L(M, "[9]. Un estudio")],
    ["11", L(M, "[11].")],
    ["1", L(M, "vertidos [1], [10]")],
    ["10", L(M, "vertidos [1], [10]")],
]
write("org/desalacion-es.key.json", {
    "about": "Invented Spanish article on desalination in Mediterranean Spain; Word manuscript with typed "
             "numeric citations and an auto-numbered reference list, through `pandoc -t org`: #+title/#+author, "
             "headings with CUSTOM_ID property drawers, an org table citing in cells, #+begin_quote, "
             "a numbered list (10 items). Authors invented; works real, from memory (entry 10's URL invented). "
             "Planted: [11] has no entry in the list.",
    "reader": "org",
    "clean": True,
    "citations": cits,
    "notes": E,
    "literature": [dict(E[str(n)], number=n) for n in range(1, 11)],
    "defects": [{"kind": "missing-literature-entry", "line": L(M, "[11].")}],
})

# 4. mediawiki/maintainer-burden ---------------------------------------------------------
# An English Markdown working paper with footnotes through `pandoc -t mediawiki`.
M = "mediawiki/maintainer-burden.wiki"
refs = []
for i, line in enumerate((HERE / M).read_text(encoding="utf-8").splitlines(), 1):
    refs += [i] * line.count("<ref>")
assert len(refs) == 15, len(refs)
N = {
    "1": W("book", "The Cathedral and the Bazaar: Musings on Linux and Open Source by an Accidental "
           "Revolutionary", 1999, ["Raymond"]),
    "2": W("article", "Some Simple Economics of Open Source", 2002, ["Lerner", "Tirole"],
           doi="10.1111/1467-6451.00174"),
    "3": W("article", "Open Source Software and the 'Private-Collective' Innovation Model: Issues for "
           "Organization Science", 2003, ["von Hippel", "von Krogh"], doi="10.1287/orsc.14.2.209.14992"),
    "4": W("article", "Two Case Studies of Open Source Software Development: Apache and Mozilla", 2002,
           ["Mockus", "Fielding", "Herbsleb"], doi="10.1145/567793.567795"),
    "5": W("book", "The Wealth of Networks: How Social Production Transforms Markets and Freedom", 2006,
           ["Benkler"]),
    "6": W("report", "Roads and Bridges: The Unseen Labor Behind Our Digital Infrastructure", 2016, ["Eghbal"],
           url="https://www.fordfoundation.org/work/learning/research-reports/roads-and-bridges-the-unseen-"
               "labor-behind-our-digital-infrastructure/"),
    "7": W("book", "Working in Public: The Making and Maintenance of Open Source Software", 2020, ["Eghbal"]),
    "8": W(None, "The Matter of Heartbleed", 2014, ["Durumeric"], doi="10.1145/2663716.2663755"),
    "9": W("web", "Apache Log4j Vulnerability Guidance", 2022,
           url="https://www.cisa.gov/news-events/news/apache-log4j-vulnerability-guidance"),
    "10": W("web", "CVE-2024-3094 Detail", 2024, url="https://nvd.nist.gov/vuln/detail/CVE-2024-3094"),
    "11": COMM,
    "12": W("book", "Governing the Commons: The Evolution of Institutions for Collective Action", 1990,
            ["Ostrom"]),
    "13": {"authors": ["Eghbal"]},
    "14": {"title": "Sovereign Tech Fund", "kind": "web", "url": "https://www.sovereign.tech/programs/fund"},
    "15": COMM,
}
write("mediawiki/maintainer-burden.key.json", {
    "about": "Invented English working paper on open-source maintenance, written in Markdown with footnotes "
             "and converted with `pandoc -t mediawiki`: == headings ==, one-line paragraphs with inline "
             "<ref>…</ref> notes (Chicago full notes, a short note, two remarks), a wikitable with notes "
             "in cells, curly quotes, <references /> at the end. No reference list. Real works from memory; "
             "the Utrecht workshop is invented. Clean.",
    "reader": "mediawiki",
    "clean": True,
    "citations": [[str(n), ln] for n, ln in enumerate(refs, 1)],
    "notes": N,
    "literature": [],
})

# 5. asciidoc/sourdough-starters ------------------------------------------------------------
# An English review written in DocBook and converted to AsciiDoc (docbookrx-style).
M = "asciidoc/sourdough-starters.adoc"
B = {
    "arora2021": W("article", "Thirty years of knowledge on sourdough fermentation: A systematic review", 2021,
                   ["Arora", "Ameur", "Polo", "Di Cagno", "Rizzello", "Gobbetti"],
                   doi="10.1016/j.tifs.2020.12.008"),
    "devuyst2005": W("article", "The sourdough microflora: biodiversity and metabolic interactions", 2005,
                     ["De Vuyst", "Neysens"], doi="10.1016/j.tifs.2004.02.012"),
    "ganzle2015": W("article", "Lactic metabolism revisited: metabolism of lactic acid bacteria in food "
                    "fermentations and food spoilage", 2015, ["Gänzle"], doi="10.1016/j.cofs.2015.03.001"),
    "gobbetti2013": W("book", "Handbook on Sourdough Biotechnology", 2013, ["Gobbetti", "Gänzle"],
                      doi="10.1007/978-1-4614-5425-0"),
    "kline1971": W("article", "Microorganisms of the San Francisco sour dough bread process. II. Isolation and "
                   "characterization of undescribed bacterial species responsible for the souring activity",
                   1971, ["Kline", "Sugihara"]),
    "landis2021": W("article", "The diversity and function of sourdough starter microbiomes", 2021,
                    ["Landis", "Oliverio", "McKenney", "Nichols", "Kfoury", "Biango-Daniels", "Shell", "Madden",
                     "Shapiro", "Sakunala", "Drake", "Robbat", "Booker", "Dunn", "Fierer", "Wolfe"]),
    "minervini2014": W("article", "Ecological parameters influencing microbial diversity and stability of "
                       "traditional sourdough", 2014, ["Minervini", "De Angelis", "Di Cagno", "Gobbetti"],
                       doi="10.1016/j.ijfoodmicro.2013.11.021"),
    "zheng2020": W("article", "A taxonomic note on the genus Lactobacillus: Description of 23 novel genera, "
                   "emended description of the genus Lactobacillus Beijerinck 1901, and union of "
                   "Lactobacillaceae and Leuconostocaceae", 2020,
                   ["Zheng", "Wittouck", "Salvetti", "Franz", "Harris", "Mattarelli", "O'Toole", "Pot",
                    "Vandamme", "Walter", "Watanabe", "Wuyts", "Felis", "Gänzle", "Lebeer"],
                   doi="10.1099/ijsem.0.004107"),
}
cits = [
    ["devuyst2005", L(M, "raise it <<devuyst2005>>")],
    ["kline1971", L(M, "1971 <<kline1971>>")],
    ["1", L(M, "1971 <<kline1971>>")],
    ["zheng2020", L(M, "<<zheng2020>>.]")],
    ["devuyst2005", L(M, "three reviews <<devuyst2005>>")],
    ["minervini2014", L(M, "three reviews <<devuyst2005>>")],
    ["arora2021", L(M, "three reviews <<devuyst2005>>")],
    ["gobbetti2013", L(M, "<<gobbetti2013>>")],
    ["ganzle2015", L(M, "<<ganzle2015>>")],
    ["landis2021", L(M, "<<landis2021>>.footnote")],
    ["2", L(M, "<<landis2021>>.footnote")],
    ["devuyst2005", L(M, "|<<devuyst2005>>, <<zheng2020>>")],
    ["zheng2020", L(M, "|<<devuyst2005>>, <<zheng2020>>")],
    ["minervini2014", L(M, "|<<minervini2014>>")],
    ["landis2021", L(M, "|<<landis2021>>")],
    ["minervini2014", L(M, "all matter <<minervini2014>>")],
    ["3", L(M, "strains.footnote:[")],
    ["arora2021", L(M, "countries <<arora2021>>")],
]
notes = dict(B)
notes.update({"1": COMM, "2": COMM, "3": COMM})
write("asciidoc/sourdough-starters.key.json", {
    "about": "Invented English review of sourdough starter microbiology, written in DocBook and converted "
             "to AsciiDoc in the shape docbookrx writes: header with author line and attributes, [abstract], "
             "<<key>> cross references to a [bibliography] list of [[[key]]] entries, footnote:[…] macros "
             "(one holding <<zheng2020>> on its second line), a table citing in cells. Authors invented; works "
             "real from memory. Planted: landis2021's DOI lost its slash (https://doi.org/10.7554eLife.61644); "
             "its doi is not keyed.",
    "reader": "asciidoc",
    "clean": True,
    "citations": cits,
    "notes": notes,
    "literature": list(B.values()),
    "defects": [{"kind": "malformed-field", "line": L(M, "10.7554eLife.61644")}],
})

# 6. markdown-links/Ville du quart d'heure … (Notion export) ---------------------------------
# A French Notion page exported as Markdown & CSV: hashed file name, property lines, <aside>
# callouts, a link to a sub-page (not a citation), links citing their sentence, a table, a
# "Sources" list of bare DOIs.
NAME = "Ville du quart d'heure — fiche de lecture 3f9c2a7e1b4d4e0f9a8b7c6d5e4f3a2b"
M = f"markdown-links/{NAME}.md"
U = [
    "https://doi.org/10.3390/smartcities4010006",
    "https://fr.wikipedia.org/wiki/Ville_du_quart_d%27heure",
    "https://doi.org/10.1016/j.jth.2019.05.005",
    "https://doi.org/10.3390/su13020928",
    "https://doi.org/10.1016/j.envint.2019.105132",
    "https://www.planning.vic.gov.au/guides-and-resources/strategies-and-initiatives/20-minute-neighbourhoods",
    "https://www.c40knowledgehub.org/s/article/How-to-build-back-better-with-a-15-minute-city",
    "https://www.revue-urbanites.fr/entretien-marquet-proximite/",
]
cits = []
for n, u in enumerate(U, 1):
    cits.append([f"L{n}", L(M, f"]({u})")])
cits.append(["L1", L(M, f"]({U[0]})", 2)])
cits.append(["L5", L(M, f"]({U[4]})", 2)])
cits.sort(key=lambda p: p[1])
write(f"markdown-links/{NAME}.key.json", {
    "about": "Invented French reading note (Notion page, author Camille Rouvière, workshop « Proximités ») "
             "in the shape Notion's Markdown export writes: file name with the page hash, property lines, "
             "<aside> callouts with an emoji, a percent-encoded link to a sub-page (not a citation), "
             "links citing their sentence, a pipe table citing in cells, a Sources list with bare DOIs. "
             "Real works from memory; the Urbanités interview with Hélène Marquet and its URL are invented. "
             "Jacobs (1961) in the Sources list is named in the text (no link): not keyed as a defect. Clean.",
    "reader": "markdown-links",
    "clean": True,
    "citations": cits,
    "notes": {f"L{n}": {"url": u} for n, u in enumerate(U, 1)},
    "literature": [
        W("article", "Introducing the “15-Minute City”: Sustainability, Resilience and Place Identity in Future "
          "Post-Pandemic Cities", 2021, ["Moreno", "Allam", "Chabaud", "Gall", "Pratlong"], doi=U[0][16:]),
        W("article", "The 15-minute walkable neighborhoods: Measurement, social inequalities and implications "
          "for building healthy communities in urban China", 2019, ["Weng", "Ding", "Li", "Jin", "Xiao", "He",
                                                                    "Su"], doi=U[2][16:]),
        W("article", "15-Minute City: Decomposing the New Urban Planning Eutopia", 2021,
          ["Pozoukidou", "Chatziyiannaki"], doi=U[3][16:]),
        W("article", "Changing the urban design of cities for health: The superblock model", 2020,
          ["Mueller", "Rojas-Rueda", "Khreis", "Cirach", "Andrés", "Ballester", "Bartoll", "Daher", "Deluca",
           "Echave", "Milà", "Márquez", "Palou", "Pérez", "Tonne", "Stevenson", "Rueda", "Nieuwenhuijsen"],
          doi=U[4][16:]),
        W("book", "The Death and Life of Great American Cities", 1961, ["Jacobs"]),
    ],
})
