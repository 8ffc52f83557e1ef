"""Write the keys of heldout39 half B (student and early-career writing).

Labels and fields are written by hand; lines are found by marker text (the n-th line
holding it) or by scanning a file for the format's markers, then checked with `grep -n`.
Run from anywhere:
    python3 tests/heldout39/_src/_meta/keys_b.py
"""

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(HERE.parents[0] / "corpus_build"))
from build import dump  # noqa: E402


def lines(path):
    return (HERE / path).read_text(encoding="utf-8").splitlines()


def L(path: str, text: str, n: int = 1) -> int:
    seen = 0
    for i, line in enumerate(lines(path), 1):
        if text in line:
            seen += 1
            if seen == n:
                return i
    raise KeyError((path, text, n))


def scan(path, pattern, start=1, stop=None):
    """Pairs [label, line] for every match of pattern (group 1 the label), in order."""
    out = []
    for i, line in enumerate(lines(path), 1):
        if i < start or (stop and i >= stop):
            continue
        out += [[m.group(1), i] for m in re.finditer(pattern, line)]
    return out


def W(kind, title, year, authors=None, **kw):
    d = {}
    if title:
        d["title"] = title
    if year:
        d["year"] = year
    if authors:
        d["authors"] = authors
    if kind:
        d["kind"] = kind
    d.update(kw)
    return d


def write(path, key):
    (HERE / path).write_text(dump(key), encoding="utf-8")
    print("wrote", path, len(key["citations"]), "pairs")


# 1. rmarkdown/sleep-seminar --------------------------------------------------------------
R = "rmarkdown/sleep-seminar/seminar-paper.Rmd"
body = L(R, "# Introduction")
r_cites = scan(R, r"@([A-Za-z][\w:.\-]*[\w])", start=body)
diek = W("article", "The memory function of sleep", 2010, ["Diekelmann", "Born"], doi="10.1038/nrn2762")
r_notes = {
    "diekelmann_memory_2010": diek,
    "diekelmann_memory_2010-1": diek,
    "rasch_about_2013": W("article", "About Sleep's Role in Memory", 2013, ["Rasch", "Born"],
                          doi="10.1152/physrev.00032.2012"),
    "hirshkowitz_national_2015": W(
        "article", "National Sleep Foundation's sleep time duration recommendations: methodology and "
        "results summary", 2015,
        ["Hirshkowitz", "Whiton", "Albert", "Alessi", "Bruni", "DonCarlos", "Hazen", "Herman", "Katz",
         "Kheirandish-Gozal", "Neubauer", "O'Donnell", "Ohayon", "Peever", "Rawding", "Sachdeva",
         "Setters", "Vitiello", "Ware", "Adams Hillard"], doi="10.1016/j.sleh.2014.12.010"),
    "walker_sleep-dependent_2004": W("article", "Sleep-Dependent Learning and Memory Consolidation", 2004,
                                     ["Walker", "Stickgold"], doi="10.1016/j.neuron.2004.08.032"),
    "okafor_lecture_2023": W("web", "Lecture 7: Sleep, memory and the learning brain", 2023, ["Okafor"],
                             url="https://moodle.example-university.edu/mod/resource/view.php?id=48213"),
    "noauthor_sleep_2023": W(None, "Sleep and memory", 2023,
                             url="https://en.wikipedia.org/w/index.php?title=Sleep_and_memory&oldid=1183022517"),
    "lo_cognitive_2016": W("article", "Cognitive Performance, Sleepiness, and Mood in Partially Sleep "
                           "Deprived Adolescents: The Need for Sleep Study", 2016,
                           ["Lo", "Ong", "Leong", "Gooley", "Chee"], doi="10.5665/sleep.5552"),
    "buysse_pittsburgh_1989": W("article", "The Pittsburgh sleep quality index: A new instrument for "
                                "psychiatric practice and research", 1989,
                                ["Buysse", "Reynolds", "Monk", "Berman", "Kupfer"],
                                doi="10.1016/0165-1781(89)90047-4"),
}
# printed order: Pandoc's default Chicago author-date (author, year, title); the two Diekelmann
# records are identical (2010a, 2010b)
r_order = ["buysse_pittsburgh_1989", "diekelmann_memory_2010", "diekelmann_memory_2010-1",
           "hirshkowitz_national_2015", "lo_cognitive_2016", "okafor_lecture_2023", "rasch_about_2013",
           "noauthor_sleep_2023", "walker_sleep-dependent_2004"]
miss = L(R, "@hershner2014")
write("rmarkdown/sleep-seminar.key.json", {
    "document": "sleep-seminar/seminar-paper.Rmd",
    "reader": "pandoc-markdown",
    "about": "English R Markdown seminar paper (psychology, 2nd-year undergraduate) with a Zotero "
             "BibTeX export holding duplicate records (diekelmann_memory_2010 / -1 both cited; "
             "walker_sleep-dependent_2004-1 uncited, not printed). Invented: the student, the "
             "lecturer Adaeze Okafor, her slides and their Moodle URL, the survey data. Planted: "
             "@hershner2014 is not a key of the .bib (the entry is hershner_causes_2014). "
             "Unplanned, keyed after the first scoring: the duplicate Diekelmann records are "
             "printed twice (duplicate-citation).",
    "clean": True,
    "citations": r_cites,
    "notes": r_notes,
    "literature": [r_notes[k] for k in r_order],
    # key correction after the first scoring (HALF_B.md): the printed list holds the Zotero
    # duplicate twice, a real defect the first key missed; its line is the first record's in the .bib
    "defects": [{"kind": "missing-literature-entry", "line": miss},
                {"kind": "duplicate-citation",
                 "line": L("rmarkdown/sleep-seminar/zotero-export.bib", "@article{diekelmann_memory_2010,")}],
})

# 2. pandoc/practica4-calidad-aire (Jupyter nbconvert Markdown, Spanish) -------------------
P = "pandoc/practica4-calidad-aire.md"
defs = L(P, "## Referencias y notas")
p_cites = scan(P, r"(?<!^)\[\^(\d+)\]", stop=defs)  # [^5]: in running text is a marker
p_notes = {
    "1": W("web", "Calidad del aire. Datos horarios años 2001 a 2024", 2024,
           url="https://datos.madrid.es/portal/site/egob/menuitem.c05c1f754a33a9fbe4b2e4b284f1a5a0/"
               "?vgnextoid=f3c0f7d512273410VgnVCM2000000c205a0aRCRD"),
    "2": W("commentary", None, None),
    "3": W("book", "Atmospheric chemistry and physics: From air pollution to climate change", 2016,
           ["Seinfeld", "Pandis"]),
    "4": {},
    "5": W("report", None, 2011),
    "6": W("report", "WHO global air quality guidelines: Particulate matter (PM2.5 and PM10), ozone, "
           "nitrogen dioxide, sulfur dioxide and carbon monoxide", 2021,
           url="https://apps.who.int/iris/handle/10665/345329"),
    "7": W("report", "Air quality in Europe — 2020 report", 2020, doi="10.2800/786656"),
    "8": W("chapter", "Data Structures for Statistical Computing in Python", 2010, ["McKinney"],
           doi="10.25080/Majora-92bf1922-00a"),
    "9": W("article", "Array programming with NumPy", 2020, ["Harris", "Millman", "van der Walt"],
           doi="10.1038/s41586-020-2649-2"),
    "10": W("web", "ChatGPT", 2024, url="https://chat.openai.com/chat"),
    "11": W(None, "Tema 5: Contaminación atmosférica urbana", 2024, ["Sáenz Ortega"]),
}
p_notes = {k: v for k, v in p_notes.items() if v}
write("pandoc/practica4-calidad-aire.key.json", {
    "reader": "pandoc-markdown",
    "about": "Spanish lab report (environmental engineering, 3rd year) exported from Jupyter "
             "(nbconvert Markdown: code cells, indented output, a pipe table, a png) with [^n] "
             "footnotes under 'Referencias y notas' mixing APA, Vancouver and Nature styles, a "
             "comment note (2), a secondary citation (4, 'citado por', no fields keyed), a Real "
             "Decreto (5), ChatGPT (10) and lecture notes (11); [^5] is followed by ':' in running text. Invented: the students, the "
             "lecturer M. Sáenz Ortega and her notes, the data values. Clean.",
    "clean": True,
    "citations": p_cites,
    "notes": p_notes,
})

# 3. rst/assignment3-sorting -----------------------------------------------------------
S = "rst/assignment3-sorting.rst"
refs = L(S, "References")
s_cites = scan(S, r"\[(\d+)\]_", stop=refs)
s_notes = {
    "1": W("book", "Introduction to Algorithms", 2022, ["Cormen", "Leiserson", "Rivest", "Stein"]),
    "2": W("web", "Sorting Techniques", None, ["Dalke", "Hettinger"],
           url="https://docs.python.org/3/howto/sorting.html"),
    "3": W("web", "listsort.txt", 2002, ["Peters"],
           url="https://github.com/python/cpython/blob/main/Objects/listsort.txt"),
    "4": W("chapter", "On the worst-case complexity of TimSort", 2018,
           ["Auger", "Jugé", "Nicaud", "Pivoteau"], doi="10.4230/LIPIcs.ESA.2018.4"),
    "5": W("article", "Engineering a sort function", 1993, ["Bentley", "McIlroy"],
           doi="10.1002/spe.4380231105"),
    "6": W("web", "Lecture 9: Divide and conquer II — quicksort", 2024, ["Castellanos"],
           url="https://cs201.example.edu/slides/lec09-quicksort.pdf"),
    "7": W(None, "Timsort", None, url="https://en.wikipedia.org/wiki/Timsort"),
    "9": W("web", "timeit — Measure execution time of small code snippets", None,
           url="https://docs.python.org/3/library/timeit.html"),
    "10": W("article", "Introspective sorting and selection algorithms", 1997, ["Musser"],
            doi="10.1002/(SICI)1097-024X(199708)27:8<983::AID-SPE117>3.0.CO;2-#"),
}
write("rst/assignment3-sorting.key.json", {
    "reader": "rst",
    "about": "English Sphinx page of a course assignment (CS 201, data structures): field list, "
             "contents, admonition, :doc:/:download: roles, an auto-enumerated list, a code block, "
             "a list-table, hand-numbered footnotes [n]_ (1 cited three times, [3]_ [4]_ adjacent) "
             "defined under 'References' in mixed IEEE/APA shapes. Invented: the course, its "
             "lecturer R. Castellanos and the slide URL. Planted: footnote [8] (Knuth) is never "
             "referenced (footnote-numbering; first keyed uncited-literature-entry).",
    "clean": True,
    "citations": s_cites,
    "notes": s_notes,
    # key correction after the first scoring (HALF_B.md): a footnote with no marker is
    # footnote-numbering (project README finding table), first keyed uncited-literature-entry
    "defects": [{"kind": "footnote-numbering", "line": L(S, ".. [8]")}],
})

# 4. org/memoire-plan ------------------------------------------------------------------
O = "org/memoire-plan/plan-memoire.org"
o_cites = []
for i, line in enumerate(lines(O), 1):
    if line.startswith("[fn:"):
        line = line[line.index("]") + 1:]
    for m in re.finditer(r"\[cite[^:]*:[^\]]*\]|\[fn:(\d+)\]", line):
        if m.group(1):
            o_cites.append([m.group(1), i])
        else:
            o_cites += [[k, i] for k in re.findall(r"@([\w\-]+)", m.group(0))]
o_notes = {
    "conseildeleuropeCadreEuropeenCommun2001": W(
        "book", "Cadre européen commun de référence pour les langues : apprendre, enseigner, évaluer", 2001),
    "cuqCoursDidactiqueFrancais2017": W("book", "Cours de didactique du français langue étrangère et seconde",
                                        2017, ["Cuq", "Gruca"]),
    "fieldListeningLanguageClassroom2008": W("book", "Listening in the Language Classroom", 2008, ["Field"],
                                             doi="10.1017/CBO9780511575945"),
    "leroySeance4Comprehension2023": W(None, "Séance 4 : la compréhension de l'oral", 2023, ["Leroy"]),
    "martinPodcastClasseFLE2021": W("thesis", "Le podcast en classe de FLE : usages et représentations des "
                                    "enseignants", 2021, ["Martin"]),
    "rfiJournalFrancaisFacile2024": W("web", "Journal en français facile", 2024,
                                      url="https://francaisfacile.rfi.fr/fr/podcasts/journal-en-fran%C3%A7ais-facile/"),
    "rosell-aguilarTopPodsSearch2007": W("article", "Top of the Pods—In Search of a Podcasting “Podagogy” for "
                                         "Language Learning", 2007, ["Rosell-Aguilar"],
                                         doi="10.1080/09588220701746047"),
    "vandergriftTeachingLearningSecond2012": W("book", "Teaching and Learning Second Language Listening: "
                                               "Metacognition in Action", 2012, ["Vandergrift", "Goh"]),
}
o_lit = [o_notes[k] for k in sorted(o_notes, key=str.lower)]  # APA: author (Conseil, Cuq, Field, …)
o_notes["1"] = W("commentary", None, None)
write("org/memoire-plan.key.json", {
    "document": "memoire-plan/plan-memoire.org",
    "reader": "org",
    "about": "French master's thesis outline (Master 2 FLE, language didactics) in Org with org-cite "
             "(#+cite_export: csl apa.csl), a Better BibTeX biblatex file, [cite/t:], locators, a "
             "secondary citation as a key prefix ('Krashen (1982), cité par @cuq…'), a citation in a "
             "table cell, TODO headings, a comment line, footnotes: [fn:1] a comment, [fn:2] holding a "
             "[cite:] (note 2 no fields keyed). The uncited Puren entry is not printed. Invented: the "
             "student, A. Leroy and her notes, C. Martin's mémoire. Clean.",
    "clean": True,
    "citations": o_cites,
    "notes": o_notes,
    "literature": o_lit,
})

# 5. mediawiki/GEOG310_Group4_Urban_heat_islands -----------------------------------------
M = "mediawiki/GEOG310_Group4_Urban_heat_islands.wiki"
names, m_cites = {}, []
for i, line in enumerate(lines(M), 1):
    for m in re.finditer(r'<ref(?: name="([^"]+)")?\s*(/?)>', line):
        name, reuse = m.group(1), m.group(2)
        if reuse:
            m_cites.append([names[name], i])
            continue
        n = str(max([int(c[0]) for c in m_cites] + [0]) + 1)
        if name:
            names[name] = n
        m_cites.append([n, i])
m_notes = {
    "1": W("article", "The energetic basis of the urban heat island", 1982, ["Oke"], doi="10.1002/qj.49710845502"),
    "3": W("article", "Thermal remote sensing of urban climates", 2003, ["Voogt", "Oke"],
           doi="10.1016/S0034-4257(03)00079-8"),
    "4": W(None, "The urban energy balance", 2023, ["Lindqvist"]),
    "5": W("article", "Two decades of urban climate research: a review of turbulence, exchanges of energy "
           "and water, and the urban heat island", 2003, ["Arnfield"], doi="10.1002/joc.859"),
    "6": W("web", "ChatGPT", 2023, url="https://chat.openai.com/chat"),
    "7": W("article", "Local Climate Zones for urban temperature studies", 2012, ["Stewart", "Oke"],
           doi="10.1175/BAMS-D-11-00019.1"),
    "8": W(None, "Urban heat island", None, url="https://en.wikipedia.org/wiki/Urban_heat_island"),
    "9": W("report", "Reducing Urban Heat Islands: Compendium of Strategies", 2008,
           url="https://www.epa.gov/heat-islands/heat-island-compendium"),
    "10": W("article", "Urban greening to cool towns and cities: a systematic review of the empirical "
            "evidence", 2010, ["Bowler", "Buyung-Ali", "Knight", "Pullin"],
            doi="10.1016/j.landurbplan.2010.05.006"),
    "11": W("article", "Cooling the cities – A review of reflective and green roof mitigation technologies "
            "to fight heat island and improve comfort in urban environments", 2014, ["Santamouris"],
            doi="10.1016/j.solener.2012.07.003"),
}
write("mediawiki/GEOG310_Group4_Urban_heat_islands.key.json", {
    "reader": "mediawiki",
    "about": "English class wiki page (GEOG 310 urban climatology group project) with hand-typed "
             "<ref> notes in APA, Vancouver and loose shapes, named refs reused (oke1982 three times, "
             "lecture5 twice), a secondary citation (note 2, 'cited in', no fields keyed), ChatGPT, "
             "Wikipedia, lecture slides, a wikitable, signed talk comments, <references />. Invented: "
             "the course, students, Prof. E. Lindqvist and her slides, the transect data. Clean.",
    "clean": True,
    "citations": m_cites,
    "notes": m_notes,
})

# 6. typst/poster-lua -------------------------------------------------------------------
T = "typst/poster-lua/poster.typ"
t_cites = scan(T, r"@([a-z][a-z0-9]+)") + scan(T, r"#cite\(<([^>]+)>")
t_cites.sort(key=lambda p: p[1])
t_notes = {
    "yan2009": W("article", "Global estimations of the inventory and mitigation potential of methane "
                 "emissions from rice cultivation conducted using the 2006 Intergovernmental Panel on "
                 "Climate Change Guidelines", 2009, ["Yan", "Akiyama", "Yagi", "Akimoto"],
                 doi="10.1029/2008GB003299"),
    "botnmt2022": W("report", "Báo cáo kỹ thuật kiểm kê quốc gia khí nhà kính năm 2018", 2022),
    "lampayan2015": W("article", "Adoption and economics of alternate wetting and drying water management "
                      "for irrigated lowland rice", 2015, ["Lampayan", "Rejesus", "Singleton", "Bouman"],
                      doi="10.1016/j.fcr.2014.10.013"),
    "wassmann2000": W("article", "Characterization of methane emissions from rice fields in Asia. III. "
                      "Mitigation options and future research needs", 2000,
                      ["Wassmann", "Lantin", "Neue", "Buendia", "Corton", "Lu"], doi="10.1023/A:1009874014903"),
    "ipcc2019": W("report", "2019 Refinement to the 2006 IPCC Guidelines for National Greenhouse Gas "
                  "Inventories", 2019, url="https://www.ipcc-nggip.iges.or.jp/public/2019rf/index.html"),
    "faostat": W("web", "FAOSTAT: Emissions from rice cultivation", 2024,
                 url="https://www.fao.org/faostat/en/#data/GR"),
    "tran2018": W("article", "Impacts of alternate wetting and drying on greenhouse gas emission from paddy "
                  "field in Central Vietnam", 2018, ["Tran", "Hoang", "Tokida", "Tirol-Padre", "Minamikawa"],
                  doi="10.1080/00380768.2017.1409601"),
    "le2021": W("thesis", "Đánh giá hiệu quả giảm phát thải khí nhà kính của kỹ thuật tưới ngập khô xen kẽ "
                "trên đất phù sa tại thành phố Cần Thơ", 2021, ["Lê"]),
    "pham2023": W(None, "Bài giảng Biến đổi khí hậu và nông nghiệp (học phần MT345)", 2023, ["Phạm"]),
}
t_order = []
for lab, _ in t_cites:
    if lab not in t_order:
        t_order.append(lab)
write("typst/poster-lua.key.json", {
    "document": "poster-lua/poster.typ",
    "reader": "typst",
    "about": "Vietnamese student-conference poster (environmental science, Can Tho) in Typst, two "
             "columns, @key and @key[tr. 97] and #cite(<key>, supplement:), a Hayagriva file, "
             "default IEEE style (first-citation order). Invented: the students, supervisor, "
             "experiment, data, the MONRE report title details, Lê Thị Ngọc Hân's thesis and "
             "Phạm Văn Quang's lecture notes. Clean.",
    "clean": True,
    "citations": t_cites,
    "notes": t_notes,
    "literature": [t_notes[k] for k in t_order],
})
