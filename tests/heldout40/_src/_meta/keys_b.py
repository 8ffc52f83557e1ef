"""Write the keys of heldout40 half B (science journal house styles).

Labels and fields are written by hand; lines are found by marker text (the n-th line
holding it) or by scanning a file for the format's markers, then checked with `grep -n`.
Run from anywhere:
    python3 tests/heldout40/_src/_meta/keys_b.py
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


def scan(path, pattern, start=1, stop=None, split=None):
    """Pairs [label, line] for every match of pattern (group 1 the label), in order;
    split(group) may turn one match into several labels (a group or a range)."""
    out = []
    for i, line in enumerate(lines(path), 1):
        if i < start or (stop and i >= stop):
            continue
        for m in re.finditer(pattern, line):
            labels = split(m.group(1)) if split else [m.group(1)]
            out += [[lab, i] for lab in labels]
    return out


def numbers(group):
    """'1,3–6' -> ['1', '3', '4', '5', '6'] (en dash or hyphen ranges)."""
    out = []
    for part in group.split(","):
        part = part.strip()
        m = re.fullmatch(r"(\d+)\s*[–-]\s*(\d+)", part)
        if m:
            out += [str(k) for k in range(int(m.group(1)), int(m.group(2)) + 1)]
        else:
            out.append(part)
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
    print("wrote", path, len(key["citations"]), "pairs", len(key.get("literature", [])), "entries")


# 1. latex/kagome-thermal-hall ------------------------------------------------------------
T = "latex/kagome-thermal-hall/kagome-thermal-hall.tex"
t_cites = scan(T, r"\\(?:online)?cite\{([^}]*)\}", start=L(T, "\\maketitle"),
               split=lambda g: [k.strip() for k in g.split(",")])
t_bib = {
    "Katsura2010": W("article", None, 2010, ["Katsura", "Nagaosa", "Lee"]),
    "Onose2010": W("article", None, 2010, ["Onose", "Ideue", "Katsura", "Shiomi", "Nagaosa", "Tokura"]),
    "Matsumoto2011": W("article", None, 2011, ["Matsumoto", "Murakami"]),
    "Hirschberger2015a": W("article", None, 2015, ["Hirschberger", "Chisnell", "Lee", "Ong"]),
    "Hirschberger2015b": W("article", None, 2015, ["Hirschberger", "Krizan", "Cava", "Ong"]),
    "Ideue2012": W("article", None, 2012, ["Ideue", "Onose", "Katsura", "Shiomi", "Ishiwata",
                                            "Nagaosa", "Tokura"]),
    "Matsumoto2014": W("article", None, 2014, ["Matsumoto", "Shindou", "Murakami"]),
    "Mook2014": W("article", None, 2014, ["Mook", "Henk", "Mertig"]),
    "Chisnell2015": W("article", None, 2015, ["Chisnell", "Helton", "Freedman", "Singh", "Bewley",
                                              "Nocera", "Lee"]),
    "Strohm2005": W("article", None, 2005, ["Strohm", "Rikken", "Wyder"]),
    "Grissonnanche2019": W("article", None, 2019, ["Grissonnanche"]),
    "Zhang2024": W("article", None, None, ["Zhang", "Lux", "Hanke", "Mokrousov"]),
    "Owerre2017": W("article", None, 2017, ["Owerre"]),
    "SM": W(None, None, None, url="http://link.aps.org/supplemental/10.1103/PhysRevB.xx.xxxxxx"),
    "Kresse1996": W("article", None, 1996, ["Kresse", "Furthmüller"]),
    "Momma2011": W("article", None, 2011, ["Momma", "Izumi"]),
    "Fukui2005": W("article", None, 2005, ["Fukui", "Hatsugai", "Suzuki"]),
}
t_order = list(t_bib)
assert [k for k in re.findall(r"\\bibitem\{([^}]*)\}", (HERE / T).read_text())] == t_order
t_notes = {k: t_bib[k] for k, _ in t_cites if k in t_bib}
write("latex/kagome-thermal-hall.key.json", {
    "about": "An invented Physical Review B regular article (condensed-matter physics: magnon thermal "
             "Hall effect in a breathing kagome ferromagnet) in revtex4-2 (`aps,prb,reprint`), with a "
             "hand-typed `thebibliography` in APS house style: no article titles, abbreviated journal "
             "names with periods (`Phys. Rev. Lett.`, `J. Phys. Soc. Jpn.`, `Nature (London)`), bold "
             "volumes, `et al.` for a long list (Grissonnanche), an arXiv id with its category and no "
             "year (Zhang2024: year not keyed), a Supplemental Material bibitem with a URL and a "
             "`\\cite` of its own (keyed as citations at that line, the rule for citations written "
             "inside a note), `\\cite{a,b,c}` groups, `Ref.~\\onlinecite{}`. Labels: citation keys. "
             "Planted: `\\cite{Owerre2017,Kim2019}` cites a key with no bibitem "
             "(missing-literature-entry at its first line). Invented: the compound Cu3Sb2F12, the "
             "authors, their institutions, grants and the SM URL; Zhang2024 (authors real names used "
             "for an invented arXiv id 2402.01234, treat as invented). Real, data as remembered: all "
             "other entries.",
    "document": "kagome-thermal-hall/kagome-thermal-hall.tex",
    "reader": "latex",
    "clean": True,
    "citations": t_cites,
    "notes": t_notes,
    "literature": [t_bib[k] for k in t_order],
    "defects": [{"kind": "missing-literature-entry", "line": L(T, "Owerre2017,Kim2019")}],
})

# 2. pandoc/nanoprata-pt ------------------------------------------------------------------
P = "pandoc/nanoprata-pt/artigo.md"
p_cites = scan(P, r"@([A-Za-z][\w:.\-]*[\w])", start=L(P, "# Introdução"))
p_bib = {
    "rai2009": W("article", "Silver nanoparticles as a new generation of antimicrobials", 2009,
                 ["Rai", "Yadav", "Gade"], doi="10.1016/j.biotechadv.2008.09.002"),
    "morones2005": W("article", "The bactericidal effect of silver nanoparticles", 2005,
                     ["Morones", "Elechiguerra", "Camacho", "Holt", "Kouri", "Ramírez", "Yacaman"],
                     doi="10.1088/0957-4484/16/10/059"),
    "turkevich1951": W("article", "A study of the nucleation and growth processes in the synthesis of "
                       "colloidal gold", 1951, ["Turkevich", "Stevenson", "Hillier"],
                       doi="10.1039/DF9511100055"),
    "frens1973": W("article", "Controlled Nucleation for the Regulation of the Particle Size in "
                   "Monodisperse Gold Suspensions", 1973, ["Frens"], doi="10.1038/physci241020a0"),
    "sun2002": W("article", "Shape-Controlled Synthesis of Gold and Silver Nanoparticles", 2002,
                 ["Sun", "Xia"], doi="10.1126/science.1077229"),
    "anastas1998": W("book", "Green Chemistry: Theory and Practice", 1998, ["Anastas", "Warner"]),
    "shankar2004": W("article", "Rapid synthesis of Au, Ag, and bimetallic Au core–Ag shell "
                     "nanoparticles using Neem (Azadirachta indica) leaf broth", 2004,
                     ["Shankar", "Rai", "Ahmad", "Sastry"], doi="10.1016/j.jcis.2004.03.003"),
    "iravani2014": W("article", "Synthesis of silver nanoparticles: chemical, physical and biological "
                     "methods", 2014, ["Iravani", "Korbekandi", "Mirmohammadi", "Zolfaghari"]),
    "oliveira2020": W("thesis", "Perfil fenólico e atividade antioxidante de folhas de Eugenia "
                      "uniflora L. coletadas no Vale do Jequitinhonha", 2020, ["Oliveira"]),
    "mie1908": W("article", "Beiträge zur Optik trüber Medien, speziell kolloidaler Metallösungen",
                 1908, ["Mie"], doi="10.1002/andp.19083300302"),
    "kelly2003": W("article", "The Optical Properties of Metal Nanoparticles: The Influence of Size, "
                   "Shape, and Dielectric Environment", 2003, ["Kelly", "Coronado", "Zhao", "Schatz"],
                   doi="10.1021/jp026731y"),
    "patterson1939": W("article", "The Scherrer Formula for X-Ray Particle Size Determination", 1939,
                       ["Patterson"], doi="10.1103/PhysRev.56.978"),
    "schneider2012": W("article", "NIH Image to ImageJ: 25 years of image analysis", 2012,
                       ["Schneider", "Rasband", "Eliceiri"], doi="10.1038/nmeth.2089"),
    "clsi2018": W("report", "Methods for Dilution Antimicrobial Susceptibility Tests for Bacteria That "
                  "Grow Aerobically", 2018),
    "duarte2024data": W("web", "Dados brutos: síntese verde de AgNPs com extrato de Eugenia uniflora",
                        2024, ["Duarte", "Rezende", "Nogueira"], doi="10.5281/zenodo.10912345"),
}
p_first = []
for k, _ in p_cites:
    if k not in p_first:
        p_first.append(k)
assert sorted(p_first) == sorted(p_bib), set(p_first) ^ set(p_bib)
write("pandoc/nanoprata-pt.key.json", {
    "about": "An invented Brazilian Portuguese chemistry article (green synthesis of silver "
             "nanoparticles with Eugenia uniflora leaf extract) in Pandoc Markdown: YAML with "
             "authors/affiliations, `lang: pt-BR`, `bibliography: referencias.bib`, `csl:` the ACS "
             "style by its Zotero URL, `reference-section-title: Referências`; citations "
             "`[@a; @b; @c]` and a four-key group, subscripts `AgNO~3~` and superscripts `L^−1^` in "
             "the text; a data-availability section citing a Zenodo `@dataset`. ACS is numbered in "
             "order of first citation, so the printed list is the cited entries in that order; "
             "`ahmed2016` in the .bib is not cited and not printed (not keyed). Kinds: CLSI standard "
             "M07 (`@techreport`) report; the Zenodo dataset web; `@mastersthesis` thesis. Labels: "
             "citation keys. Invented: the authors, the university's site, the data, Oliveira 2020 "
             "and the Zenodo record. Real, data as remembered: the other entries. Clean.",
    "document": "nanoprata-pt/artigo.md",
    "reader": "pandoc-markdown",
    "clean": True,
    "citations": p_cites,
    "notes": {k: p_bib[k] for k in p_first},
    "literature": [p_bib[k] for k in p_first],
    "defects": [],
})

# 3. supmarkdown/dongtu-tanpaifang-zh -----------------------------------------------------
S = "supmarkdown/dongtu-tanpaifang-zh.md"
SUP = r"<sup>([\d,–\-]+)</sup>"
s_cites = (scan(S, SUP, start=L(S, "> 本文为"), stop=L(S, "> 本文为") + 1, split=numbers)
           + scan(S, SUP, start=L(S, "## 研究背景"), stop=L(S, "## 参考文献"), split=numbers)
           + scan(S, SUP, start=L(S, "如需引用"), split=numbers))
s_list = [
    ("1", W("article", "Climate change and the permafrost carbon feedback", 2015, ["Schuur"])),
    ("2", W("article", "Estimated stocks of circumpolar permafrost carbon with quantified uncertainty "
            "ranges and identified data gaps", 2014, ["Hugelius"])),
    ("3", W("article", "Carbon release through abrupt permafrost thaw", 2020, ["Turetsky"])),
    ("4", W("article", "青藏高原多年冻土区土壤有机碳储量估算", 2019, ["王晓宇", "李明"])),
    ("5", W("article", "The permafrost carbon inventory on the Tibetan Plateau: a new evaluation using "
            "deep sediment cores", 2016, ["Ding"])),
    ("6", W("article", "Large loss of CO2 in winter observed across the northern permafrost region",
            2019, ["Natali"])),
    ("7", W("article", "Northern Hemisphere permafrost map based on TTOP modelling for 2000–2016 at "
            "1 km2 scale", 2019, ["Obu"])),
    ("8", W("article", "Permafrost carbon-climate feedbacks accelerate global warming", 2011, ["Koven"])),
    ("9", W("report", "Special Report on the Ocean and Cryosphere in a Changing Climate", 2019)),
    ("10", W("article", "Fitting linear mixed-effects models using lme4", 2015,
             ["Bates", "Mächler", "Bolker", "Walker"])),
    ("11", W("web", "R: A Language and Environment for Statistical Computing", 2023)),
    ("13", W("article", "Winter CO2 efflux offsets summer uptake in Tibetan permafrost meadows", 2024,
             ["Zhang", "Chen", "Liu"], doi="10.22541/essoar.171600000.04958372/v1")),
    ("14", W("web", "青藏高原多年冻土区土壤 CO2 通量自动观测数据集（2021–2023）", 2024, ["张伟"],
             doi="10.11888/Cryos.tpdc.301024")),
    ("15", W("book", "中国冻土", 2000, ["周幼吾", "郭东信", "邱国庆", "程国栋", "李树德"])),
]
s_notes = dict(s_list)
for lab, _ in s_cites:
    assert lab in s_notes, lab
write("supmarkdown/dongtu-tanpaifang-zh.key.json", {
    "about": "An invented Chinese preprint summary on a lab's Jekyll site (Earth system science: "
             "winter CO2 emissions from Tibetan Plateau permafrost), Nature house style: HTML "
             "superscript citations `<sup>1,2</sup>`, `<sup>1,3–6</sup>` (en-dash ranges), after "
             "Chinese full stops and before them, inside a numbered list and a blockquote; the "
             "reference list a Markdown numbered list in Nature style (`*et al.*` after the first "
             "author, bold volumes, abbreviated journals without periods `Nat. Geosci.`, `Proc. Natl "
             "Acad. Sci. USA`, `(eds …)`, `Preprint at https://doi.org/…`), with Chinese entries "
             "(an article, a dataset, a book) between English ones. Not citations: the affiliation "
             "superscripts after the author names (`<sup>1,2</sup>`, `<sup>1</sup>`) and the powers "
             "`m<sup>−2</sup>`, `km<sup>2</sup>`. Chinese names written in full without a space are "
             "keyed whole as written. Kinds: the IPCC special report report, R web (software), the "
             "preprint article, the data-centre dataset web, 中国冻土 book. Labels: list numbers. "
             "Planted: the list skips number 12 (11 is followed by 13): literature-numbering at the "
             "line of entry 13. Invented: the lab, its authors, the study, entries 4, 13 and 14 "
             "(DOIs invented). Real, data as remembered: the other entries.",
    "document": "dongtu-tanpaifang-zh.md",
    "reader": "sup-markdown",
    "clean": True,
    "citations": s_cites,
    "notes": {lab: s_notes[lab] for lab, _ in s_cites},
    "literature": [dict(v, number=int(k)) for k, v in s_list],
    "defects": [{"kind": "literature-numbering", "line": L(S, "13. Zhang, W.")}],
})

# 4. rst/cap-adult-guideline --------------------------------------------------------------
R = "rst/cap-adult-guideline.rst"
r_cites = scan(R, r":sup:`([\d,\-–]+)`", stop=L(R, "1. Metlay JP"),
               split=numbers)
r_list = [
    W("article", "Diagnosis and treatment of adults with community-acquired pneumonia: an official "
      "clinical practice guideline of the American Thoracic Society and Infectious Diseases Society "
      "of America", 2019, ["Metlay", "Waterer", "Long"], doi="10.1164/rccm.201908-1581ST"),
    W("article", "Defining community acquired pneumonia severity on presentation to hospital: an "
      "international derivation and validation study", 2003, ["Lim", "van der Eerden", "Laing"],
      doi="10.1136/thorax.58.5.377"),
    W("article", "A prediction rule to identify low-risk patients with community-acquired pneumonia",
      1997, ["Fine", "Auble", "Yealy"], doi="10.1056/NEJM199701233360402"),
    W("article", "Community-acquired pneumonia requiring hospitalization among U.S. adults", 2015,
      ["Jain", "Self", "Wunderink"], doi="10.1056/NEJMoa1500245"),
    W("article", "Procalcitonin to initiate or discontinue antibiotics in acute respiratory tract "
      "infections", 2017, ["Schuetz", "Wirz", "Sager"], doi="10.1002/14651858.CD007498.pub3"),
    W("article", "Discontinuing β-lactam treatment after 3 days for patients with community-acquired "
      "pneumonia in non-critical care wards (PTC): a double-blind, randomised, placebo-controlled, "
      "non-inferiority trial", 2021, ["Dinh", "Ropers", "Duran"], doi="10.1016/S0140-6736(21)00313-5"),
    W("article", "Hydrocortisone in severe community-acquired pneumonia", 2023,
      ["Dequin", "Meziani", "Quenot"], doi="10.1056/NEJMoa2215145"),
    W("article", "Antibiotic treatment strategies for community-acquired pneumonia in adults", 2015,
      ["Postma", "van Werkhoven", "van Elden"], doi="10.1056/NEJMoa1406330"),
    W("article", "β-Lactam monotherapy vs β-lactam-macrolide combination treatment in moderately "
      "severe community-acquired pneumonia: a randomized noninferiority trial", 2014,
      ["Garin", "Genné", "Carballo"], doi="10.1001/jamainternmed.2014.4887"),
    W("article", "Duration of antibiotic treatment in community-acquired pneumonia: a multicenter "
      "randomized clinical trial", 2016, ["Uranga", "España", "Bilbao"],
      doi="10.1001/jamainternmed.2016.3633"),
    W("report", "Pneumonia (community-acquired): antimicrobial prescribing", 2019,
      url="https://www.nice.org.uk/guidance/ng138"),
    W("article", "Community-acquired pneumonia", 2014, ["Musher", "Thorner"], doi="10.1056/NEJMra1312885"),
    W("web", "Pneumococcal vaccine recommendations", 2023,
      url="https://www.cdc.gov/vaccines/vpd/pneumo/hcp/recommendations.html"),
    W("article", "Infectious Diseases Society of America/American Thoracic Society consensus guidelines "
      "on the management of community-acquired pneumonia in adults", 2007,
      ["Mandell", "Wunderink", "Anzueto"], doi="10.1086/511159"),
    W("book", "Mandell, Douglas, and Bennett's Principles and Practice of Infectious Diseases", 2020,
      ["Bennett", "Dolin", "Blaser"]),
]
r_list = [dict(e, number=i) for i, e in enumerate(r_list, 1)]
for lab, _ in r_cites:
    assert lab != "14"
write("rst/cap-adult-guideline.key.json", {
    "about": "An invented hospital clinical practice guideline page (infectious diseases/pulmonary "
             "medicine: community-acquired pneumonia in adults) in reStructuredText as a Sphinx "
             "documentation site has it: label, `meta` directive, docinfo field list, `contents`, "
             "a `note` admonition, a `list-table`, a `#.` auto-numbered list; AMA citations as "
             "`\\ :sup:`1,12`` after the period or comma (and once before a semicolon), one range "
             "`1-3`, one inside a table cell; the reference list a hand-numbered enumerated list in "
             "AMA 11th style (all authors up to six, else three and `et al`, `*Journal*. "
             "year;vol(issue):pages. doi:…` with no https, a NICE guideline with `Published … "
             "Accessed …` and URL (report), a CDC web page (web), an edited book with `eds.` "
             "(authors keyed as the editors printed first)). Labels: list numbers. Planted: "
             "entry 14 (Mandell 2007) is never cited: uncited-literature-entry at its line. "
             "Invented: the hospital, its committee, the version data and local advice. Real, data "
             "as remembered: all references.",
    "document": "cap-adult-guideline.rst",
    "reader": "rst",
    "clean": True,
    "citations": r_cites,
    "notes": {lab: r_list[int(lab) - 1] for lab, _ in r_cites},
    "literature": r_list,
    "defects": [{"kind": "uncited-literature-entry", "line": L(R, "14. Mandell LA")}],
})

# 5. mediawiki/Journal_club_Place_cell_remapping ------------------------------------------
M = "mediawiki/Journal_club_Place_cell_remapping.wiki"
raw = scan(M, r'<ref name="([^"]+)" />', stop=L(M, "<references>"))
m_order = []
for name, _ in raw:
    if name not in m_order:
        m_order.append(name)
m_cites = [[str(m_order.index(name) + 1), line] for name, line in raw]
m_ref = {
    "OKeefe1971": W("article", "The hippocampus as a spatial map. Preliminary evidence from unit "
                    "activity in the freely-moving rat", 1971, ["O'Keefe", "Dostrovsky"]),
    "OKeefe1978": W("book", "The Hippocampus as a Cognitive Map", 1978, ["O'Keefe", "Nadel"]),
    "Hafting2005": W("article", "Microstructure of a spatial map in the entorhinal cortex", 2005,
                     ["Hafting", "Fyhn", "Molden", "Moser", "Moser"]),
    "Moser2008": W("article", "Place cells, grid cells, and the brain's spatial representation system",
                   2008, ["Moser", "Kropff", "Moser"]),
    "Wilson1993": W("article", "Dynamics of the hippocampal ensemble code for space", 1993,
                    ["Wilson", "McNaughton"]),
    "Muller1987": W("article", "The effects of changes in the environment on the spatial firing of "
                    "hippocampal complex-spike cells", 1987, ["Muller", "Kubie"]),
    "Leutgeb2005": W("article", "Independent codes for spatial and episodic memory in hippocampal "
                     "neuronal ensembles", 2005,
                     ["Leutgeb", "Leutgeb", "Barnes", "Moser", "McNaughton", "Moser"]),
    "Dombeck2010": W("article", "Functional imaging of hippocampal place cells at cellular resolution "
                     "during virtual navigation", 2010, ["Dombeck", "Harvey", "Tian", "Looger", "Tank"]),
    "Ziv2013": W("article", "Long-term dynamics of CA1 hippocampal neural codes", 2013,
                 ["Ziv", "Burns", "Cocker", "Hamel", "Ghosh", "Kitch", "El Gamal", "Schnitzer"]),
    "Mankin2012": W("article", "Neuronal code for extended time in the hippocampus", 2012,
                    ["Mankin", "Sparks", "Slayyeh", "Sutherland", "Leutgeb", "Leutgeb"]),
    "Sheintuch2017": W("article", "Tracking the same neurons across multiple days in Ca2+ imaging data",
                       2017, ["Sheintuch", "Rubin", "Brande-Eilat", "Geva", "Sadeh", "Pinchasof", "Ziv"]),
    "Pachitariu2017": W("article", "Suite2p: beyond 10,000 neurons with standard two-photon microscopy",
                        2017, ["Pachitariu", "Stringer", "Dipoppa", "Schröder", "Rossi", "Dalgleish",
                               "Carandini", "Harris"], doi="10.1101/061507"),
}
assert sorted(m_order) == sorted(m_ref)
write("mediawiki/Journal_club_Place_cell_remapping.key.json", {
    "about": "An invented lab-wiki journal-club note (neuroscience: hippocampal place-cell remapping "
             "and representational drift) in MediaWiki markup: a header template, categories, "
             "`__TOC__`, a bulleted list, a wikitable with caption and refs in cells, a numbered "
             "question list, a signature. Every citation is a named ref `<ref name=\"…\" />` whose "
             "text is given once in a list-defined `<references>…</references>` block (in an order "
             "that is not the order of first use), Cell Press reference style (`Surname, I.I., and "
             "Surname, I. (year). Title. J. Abbr. *vol*, pages.` with all authors, italic volumes "
             "by `''…''`, a book with `(Oxford: Clarendon Press)`, a bioRxiv preprint with its DOI "
             "(article)); two refs glued (`<ref …/><ref …/>`). Labels: the printed note numbers, "
             "by first use. Notes only, no literature (a MediaWiki reference list is the notes). "
             "Invented: the lab, the user, the dates, the protocol page. Real, data as remembered: "
             "all references. Clean.",
    "document": "Journal_club_Place_cell_remapping.wiki",
    "reader": "mediawiki",
    "clean": True,
    "citations": m_cites,
    "notes": {str(i + 1): m_ref[name] for i, name in enumerate(m_order)},
    "defects": [],
})

# 6. docx/adherentnost-ag-ru --------------------------------------------------------------
# lines are body paragraph numbers = lines of _src/docx/adherentnost-ag-ru/body.txt
D = "_src/docx/adherentnost-ag-ru/body.txt"
d_cites = scan(D, r"\^([^^]+)\^", stop=L(D, "#Литература"), split=numbers)
d_list = [
    W("article", "2018 ESC/ESH Guidelines for the management of arterial hypertension", 2018,
      ["Williams", "Mancia", "Spiering", "Agabiti Rosei", "Azizi", "Burnier"],
      doi="10.1093/eurheartj/ehy339"),
    W("article", "2023 ESH Guidelines for the management of arterial hypertension", 2023,
      ["Mancia", "Kreutz", "Brunström", "Burnier", "Grassi", "Januszewicz"],
      doi="10.1097/HJH.0000000000003480"),
    W("article", "Worldwide trends in hypertension prevalence and progress in treatment and control "
      "from 1990 to 2019: a pooled analysis of 1201 population-representative studies with 104 "
      "million participants", 2021, doi="10.1016/S0140-6736(21)01330-1"),
    W("article", "Артериальная гипертензия у взрослых. Клинические рекомендации 2020", 2020,
      ["Кобалава", "Конради", "Недогода", "Шляхто", "Арутюнов", "Баранова"],
      doi="10.15829/1560-4071-2020-3-3786"),
    W("article", "Adherence in hypertension", 2019, ["Burnier", "Egan"], doi="10.1161/CIRCRESAHA.118.313220"),
    W("article", "Predictive validity of a medication adherence measure in an outpatient setting", 2008,
      ["Morisky", "Ang", "Krousel-Wood", "Ward"], doi="10.1111/j.1751-7176.2008.07572.x"),
    W("article", "A new taxonomy for describing and defining adherence to medications", 2012,
      ["Vrijens", "De Geest", "Hughes", "Przemyslaw", "Demonceau", "Ruppar"],
      doi="10.1111/j.1365-2125.2012.04167.x"),
    W("article", "Prevalence, awareness, treatment, and control of hypertension in rural and urban "
      "communities in high-, middle-, and low-income countries", 2013,
      ["Chow", "Teo", "Rangarajan", "Islam", "Gupta", "Avezum"], doi="10.1001/jama.2013.184182"),
    W("article", "Приверженность к лечению у пациентов с артериальной гипертензией в условиях "
      "первичного звена", 2021, ["Петрова", "Сидоров"]),
    W("article", "Blood pressure lowering for prevention of cardiovascular disease and death: a "
      "systematic review and meta-analysis", 2016,
      ["Ettehad", "Emdin", "Kiran", "Anderson", "Callender", "Emberson"],
      doi="10.1016/S0140-6736(15)01225-8"),
    W("report", "Guideline for the pharmacological treatment of hypertension in adults", 2021),
    W("article", "Research electronic data capture (REDCap) – a metadata-driven methodology and "
      "workflow process for providing translational research informatics support", 2009,
      ["Harris", "Taylor", "Thielke", "Payne", "Gonzalez", "Conde"], doi="10.1016/j.jbi.2008.08.010"),
    W("web", "R: a language and environment for statistical computing", 2023,
      url="https://www.R-project.org/"),
    W("thesis", "Факторы низкой приверженности к антигипертензивной терапии у пациентов "
      "трудоспособного возраста", 2019, ["Смирнова"]),
]
d_list = [dict(e, number=i) for i, e in enumerate(d_list, 1)]
write("docx/adherentnost-ag-ru.key.json", {
    "about": "An invented Russian clinical manuscript (cardiology/primary care: adherence to "
             "antihypertensive therapy, a retrospective cohort) as a Word file saved by its authors: "
             "a Title paragraph, an author line with Unicode superscript affiliation marks (¹ ², not "
             "citations), a structured abstract, Heading 1 headings, citations typed and formatted "
             "superscript by hand (`w:vertAlign superscript` runs) after full stops and commas, in "
             "groups and en-dash ranges (`1–3`, `3,8–10`, `5–7`), one before a space inside a "
             "sentence; the list under `Литература` typed paragraphs with their own numbers "
             "(no automatic numbering) in Vancouver (ICMJE) style: six authors then `et al.`/`и др.`, "
             "`year;vol(issue):pages.` with elided page ranges, `doi:` without a URL, a corporate "
             "author (NCD-RisC; authors not keyed), a WHO guideline (report), R with `[Интернет]`, "
             "`[цитировано …]`, `Доступно по:` (web), a Russian dissertation `[диссертация]` "
             "(thesis). Built by `_src/_meta/build_docx40b.py`; lines are body paragraph numbers "
             "(= lines of body.txt). Labels: list numbers. Invented: the study, its authors and "
             "institutions, entries 9 (Петрова, Сидоров 2021) and 14 (Смирнова 2019). Real, data "
             "as remembered: the others (the Кобалава guideline as published in Российский "
             "кардиологический журнал, keyed article). Clean.",
    "document": "adherentnost-ag-ru.docx",
    "reader": "docx",
    "clean": True,
    "citations": d_cites,
    "notes": {lab: d_list[int(lab) - 1] for lab, _ in d_cites},
    "literature": d_list,
    "defects": [],
})
