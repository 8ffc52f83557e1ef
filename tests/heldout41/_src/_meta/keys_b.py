"""Write the documents and keys of heldout41 half B (long works over several files).

The documents are written by hand under `_src/_meta/b/<format>/<name>/`, with `⟦label⟧`
(several: `⟦a|b⟧`) after each citation marker on the line where the marker starts and
`⟦!kind⟧` on a planted defect's line.  This script copies them to `tests/heldout41/<format>/`
without the annotations (nothing else changes, so the lines are those of the written files),
takes the citations and defects from the annotations (the LaTeX thesis: from a scan of its
`\\...cite...{}` commands instead) with the line in the file where the marker is (a chapter
file's own line for an included chapter), and writes the keys with the fields below,
written by hand.  Then every citation line is checked against the written file.
Run from anywhere:
    python3 tests/heldout41/_src/_meta/keys_b.py
"""

import re
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parents[1].parent  # tests/heldout41
SRC = HERE / "_src" / "_meta" / "b"
sys.path.insert(0, str(HERE.parent / "corpus_build"))
from build import dump  # noqa: E402

NOTE = re.compile(r"⟦([^⟦⟧]*)⟧")


def publish(fmt, name):
    """Copy an annotated project; return {relpath: (citations, defects)}."""
    src, out = SRC / fmt / name, HERE / fmt / name
    if out.exists():
        shutil.rmtree(out)
    found = {}
    for f in sorted(src.rglob("*")):
        if f.is_dir():
            continue
        rel = f.relative_to(src).as_posix()
        dst = out / rel
        dst.parent.mkdir(parents=True, exist_ok=True)
        text = f.read_text(encoding="utf-8")
        cites, defects, lines = [], [], []
        for i, line in enumerate(text.split("\n"), 1):
            for m in NOTE.finditer(line):
                for item in m.group(1).split("|"):
                    item = item.strip()
                    (defects.append([item[1:], i]) if item.startswith("!") else cites.append([item, i]))
            lines.append(NOTE.sub("", line))
        dst.write_text("\n".join(lines), encoding="utf-8")
        found[rel] = (cites, defects)
    return found


def latex_scan(fmt, name, rel):
    pat = re.compile(r"\\(?:[Tt]ext|[Pp]aren|[Aa]uto|[Ff]oot|[Ss]mart)?cite(?:s|author|title)?\*?"
                     r"(?:\[[^\]]*\])*\{([^}]*)\}")
    out = []
    for i, line in enumerate((HERE / fmt / name / rel).read_text(encoding="utf-8").split("\n"), 1):
        if line.lstrip().startswith("%"):
            continue
        for m in pat.finditer(line):
            out += [[k.strip(), i] for k in m.group(1).split(",")]
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


def check(fmt, doc_dir, pairs_by_file):
    """Every label keyed at a line must be visible on that line of the written file."""
    for rel, pairs in pairs_by_file.items():
        lines = (HERE / fmt / doc_dir / rel).read_text(encoding="utf-8").split("\n")
        for lab, n in pairs:
            ln = lines[n - 1]
            probe = lab.lstrip("^")
            assert probe in ln or "[#]" in ln or "^[" in ln or "{{efn" in ln or "<ref" in ln, (rel, lab, n, ln)


# 1. mediawiki/tay-bridge-disaster -------------------------------------------------------
f = publish("mediawiki", "tay-bridge-disaster")
shutil.move(HERE / "mediawiki/tay-bridge-disaster/tay-bridge-disaster.wiki", HERE / "mediawiki/tay-bridge-disaster.wiki")
(HERE / "mediawiki/tay-bridge-disaster").rmdir()
cites, _ = f["tay-bridge-disaster.wiki"]
INQ = ("Report of the Court of Inquiry, and Report of Mr. Rothery, upon the Circumstances "
       "Attending the Fall of a Portion of the Tay Bridge on the 28th December 1879")
write("mediawiki/tay-bridge-disaster.key.json", {
    "about": "English Wikipedia-style article on the Tay Bridge disaster (1879): explanatory notes "
             "with {{efn}} (lower-alpha, one defined in the infobox and reused by name, two holding "
             "a <ref> of their own) and {{notelist}}, references with named reuse and short "
             "'Prebble 1956, p. x.' notes in {{reflist}}, Further reading and External links. "
             "Invented: Donnelley & Ross 2014 (note 7), the Scottish Railway Heritage page (6), "
             "the two External links URLs; the ODNB DOI is as remembered. Literature = Further "
             "reading (External links are no list of works: the corpora's convention).",
    "reader": "mediawiki",
    "clean": True,
    "citations": cites,
    "notes": {
        "1": W("report", INQ, 1880),
        "2": W("book", "The High Girders", 1956, ["Prebble"]),
        "3": W("book", "The North British Railway", 1969, ["Thomas"]),
        "4": W("book", "Beautiful Railway Bridge of the Silvery Tay: Reinvestigating the Tay Bridge Disaster of 1879", 2004, ["Lewis"]),
        "5": W(None, None, 1956, ["Prebble"]),
        "6": W("web", 'NBR 224 "The Diver"', None, url="https://www.scottishrailheritage.org.uk/locomotives/nbr-224"),
        "7": W("article", "Counting the dead of the Tay Bridge", 2014, ["Donnelley", "Ross"]),
        "8": W(None, None, 1956, ["Prebble"]),
        "9": W("chapter", "Bouch, Sir Thomas (1822–1880)", 2004, ["Paxton"], doi="10.1093/ref:odnb/2980"),
        "10": W("article", "Forensic engineering: a reappraisal of the Tay Bridge disaster", 2002, ["Lewis", "Reynolds"]),
        "11": W(None, None, 2010, ["Martin", "McLeod"]),
        "12": W("book", "Poetic Gems", 1890, ["McGonagall"]),
        "13": W("article", "Die Brück' am Tay", 1880, ["Fontane"]),
        "a": W("commentary", None, None),
        "b": W("commentary", None, None),
        "c": W("commentary", None, None),
        "d": W("commentary", None, None),
    },
    "literature": [
        W("book", "The Tay Bridge Disaster Revisited", 2010, ["Martin", "McLeod"]),
        W("book", "The Fall of the Tay Bridge", 1994, ["Swinfen"]),
        W("book", "Thomas Bouch: The Builder of the Tay Bridge", 2006, ["Rapley"]),
        # key correction (fix55e): the External links are no literature (heldout15, 30, 36)
    ],
})
check("mediawiki", ".", {"tay-bridge-disaster.wiki": cites})

# 2. latex/coop-energy-thesis ------------------------------------------------------------
f = publish("latex", "coop-energy-thesis")
files = ["chapters/introduction.tex", "chapters/methods.tex", "appendix/archives.tex"]
byfile = {r: latex_scan("latex", "coop-energy-thesis", r) for r in files}
cites = [p for r in files for p in byfile[r]]
defects = [{"kind": k, "line": n} for k, n in f["chapters/methods.tex"][1]]
assert len(defects) == 1
B = {
    "walker2008community": W("article", "Community renewable energy: What should it mean?", 2008, ["Walker", "Devine-Wright"], doi="10.1016/j.enpol.2007.10.019"),
    "seyfang2013thousand": W("article", "A thousand flowers blooming? An examination of community energy in the UK", 2013, ["Seyfang", "Park", "Smith"], doi="10.1016/j.enpol.2013.06.030"),
    "ostrom1990governing": W("book", "Governing the Commons: The Evolution of Institutions for Collective Action", 1990, ["Ostrom"]),
    "eeg2000": W("report", "Gesetz für den Vorrang Erneuerbarer Energien (Erneuerbare-Energien-Gesetz – EEG)", 2000),
    "bauwens2016drives": W("article", "What drives the development of community energy in Europe? The case of wind power cooperatives", 2016, ["Bauwens", "Gotchev", "Holstenkamp"], doi="10.1016/j.erss.2015.12.016"),
    "hicks2018exploration": W("article", "An exploration of the boundaries of ‘community’ in community renewable energy projects: Navigating between motivations and context", 2018, ["Hicks", "Ison"], doi="10.1016/j.enpol.2017.10.031"),
    "yin2018case": W("book", "Case Study Research and Applications: Design and Methods", 2018, ["Yin"]),
    "flyvbjerg2006five": W("article", "Five misunderstandings about case-study research", 2006, ["Flyvbjerg"], doi="10.1177/1077800405284363"),
    "braun2006using": W("article", "Using thematic analysis in psychology", 2006, ["Braun", "Clarke"], doi="10.1191/1478088706qp063oa"),
    "whitcombe2025codebook": W("web", "Codebook and interview summaries for “Owning the Wind”", 2025, ["Whitcombe"], doi="10.5281/zenodo.15552031"),
    "sla2011": W("unknown", "Levels Community Energy Ltd: minutes and share registers, 2009–2011", 2011),
    "levelsenergy2012offer": W("web", "Share offer document: Westmoor turbine", 2012, url="https://www.levelscommunityenergy.org.uk/share-offer-2012.pdf"),
    "harland2016local": W("thesis", "Local power, local people? Ownership and acceptance in two Somerset energy schemes", 2016, ["Harland"]),
}
order = (["bauwens2016drives", "eeg2000", "hicks2018exploration", "ostrom1990governing", "seyfang2013thousand", "walker2008community"]
         + ["bauwens2016drives", "braun2006using", "flyvbjerg2006five", "ostrom1990governing", "walker2008community", "whitcombe2025codebook", "yin2018case"]
         + ["harland2016local", "levelsenergy2012offer", "sla2011"])
write("latex/coop-energy-thesis.key.json", {
    "about": "English PhD-style thesis (energy cooperatives) over \\include'd chapter files and an "
             "\\input appendix, biblatex authoryear with refsection=chapter (one \\printbibliography per "
             "chapter, the appendix in an explicit refsection), one refs.bib. Citation lines are lines "
             "of the chapter file holding the command. \\citeauthor/\\citetitle count as citations. "
             "Literature: each section's printed list in turn (nyt: name or title, year, title). "
             "Invented: the author, the cooperatives, sla2011, levelsenergy2012offer, harland2016local, "
             "whitcombe2025codebook (and its DOI), the DGRV report's exact title. Defect: "
             "\\parencite{dgrv2019} in methods.tex, the .bib has only dgrv2020 (missing-literature-entry).",
    "document": "coop-energy-thesis/main.tex",
    "reader": "latex",
    "clean": True,
    "citations": cites,
    "notes": {k: B[k] for k in dict.fromkeys(lab for lab, _ in cites) if k in B},
    "literature": [B[k] for k in order],
    "defects": defects,
})

# 3. pandoc/bao-chi-quoc-ngu (Quarto book, one key per chapter) --------------------------
f = publish("pandoc", "bao-chi-quoc-ngu")
V = {
    "huynhvantong2000": W("book", "Lịch sử báo chí Việt Nam từ khởi thủy đến năm 1945", 2000, ["Huỳnh"]),
    "dqhung2000": W("book", "Lịch sử báo chí Việt Nam 1865–1945", 2000, ["Đỗ", "Nguyễn", "Dương"]),
    "mchale2004print": W("book", "Print and Power: Confucianism, Communism, and Buddhism in the Making of Modern Vietnam", 2004, ["McHale"]),
    "anderson1983imagined": W("book", "Imagined Communities: Reflections on the Origin and Spread of Nationalism", 1983, ["Anderson"]),
    "nguyenthanh1984": W("book", "Báo chí cách mạng Việt Nam 1925–1945", 1984, ["Nguyễn"]),
    "tvqg2023baochiso": W("web", "Báo chí số: Gia Định báo (1865–1909)", 2023, url="https://baochi.nlv.gov.vn/baochi/cgi-bin/baochi?a=cl&cl=CL1&sp=GDB"),
    "marr1981tradition": W("book", "Vietnamese Tradition on Trial, 1920–1945", 1981, ["Marr"]),
    "tai1992radicalism": W("book", "Radicalism and the Origins of the Vietnamese Revolution", 1992, ["Tai"]),
    "le2019phongdoc": W("thesis", "Phòng đọc sách bình dân ở Nam Kỳ, 1920–1945", 2019, ["Lê"]),
    "taylor2013history": W("book", "A History of the Vietnamese", 2013, ["Taylor"]),
}
for ch, order in [("01-gia-dinh-bao.qmd", ["anderson1983imagined", "dqhung2000", "huynhvantong2000", "mchale2004print", "nguyenthanh1984", "tvqg2023baochiso"]),
                  ("02-thap-nien-1920.qmd", ["huynhvantong2000", "le2019phongdoc", "marr1981tradition", "mchale2004print", "nguyenthanh1984", "tai1992radicalism", "taylor2013history"])]:
    cites, _ = f[ch]
    write(f"pandoc/bao-chi-quoc-ngu-{ch[:2]}.key.json", {
        "about": "Vietnamese Quarto book (history of the quốc ngữ press) — _quarto.yml names the "
                 "chapters and references.bib; this key is one chapter file, read as a document of "
                 "its own (bibcheck reads a book's chapters each as a document). Named footnotes "
                 "([^gdb-1]) with citations inside them, inline notes ^[…], locators 'tr.'/'chương'. "
                 "Literature: the chapter's cited entries in the default CSL style's order "
                 "(Chicago author-date: author, year, title; Unicode collation, Đ after D). Invented: "
                 "the author, le2019phongdoc, the exact TVQG URL. No planted defect.",
        "document": f"bao-chi-quoc-ngu/{ch}",
        "reader": "pandoc-markdown",
        "clean": True,
        "citations": cites,
        "notes": {k: V[k] for k in dict.fromkeys(lab for lab, _ in cites) if k in V},
        "literature": [V[k] for k in order],
    })
    check("pandoc", "bao-chi-quoc-ngu", {ch: cites})

# 4. rst/perkebunan-teh (Sphinx project, one key per chapter) -----------------------------
f = publish("rst", "perkebunan-teh")
R = {
    "Breman1997": W("book", "Menjinakkan Sang Kuli: Politik Kolonial pada Awal Abad ke-20", 1997, ["Breman"]),
    "Furnivall1939": W("book", "Netherlands India: A Study of Plural Economy", 1939, ["Furnivall"]),
    "Geertz1963": W("book", "Agricultural Involution: The Processes of Ecological Change in Indonesia", 1963, ["Geertz"]),
    "Hidayat2018": W("thesis", "Buruh Teh di Pangalengan, 1900–1942", 2018, ["Hidayat"]),
    "Kartodirdjo1991": W("book", "Sejarah Perkebunan di Indonesia: Kajian Sosial Ekonomi", 1991, ["Kartodirdjo", "Suryo"]),
    "Mubyarto1992": W("book", "Tanah dan Tenaga Kerja Perkebunan: Kajian Sosial Ekonomi", 1992, ["Mubyarto"]),
    "Stoler1985": W("book", "Capitalism and Confrontation in Sumatra's Plantation Belt, 1870–1979", 1985, ["Stoler"]),
    "White1983": W("article", "Agricultural Involution and Its Critics: Twenty Years After", 1983, ["White"]),
    "BPS2023": W("report", "Statistik Teh Indonesia 2022", 2023, url="https://www.bps.go.id/id/publication/2023/11/30/statistik-teh-indonesia-2022.html"),
}
for ch, extra in [("bab1-tanam-paksa.rst", {}),
                  ("bab2-buruh-kebun.rst", {"5": W("web", None, None, url="https://digitalcollections.universiteitleiden.nl/view/item/priangan-theecultuur-1935")})]:
    cites, defects = f[ch]
    notes = {k: R[k] for k in dict.fromkeys(lab for lab, _ in cites) if k in R}
    notes.update(extra)
    key = {
        "about": "Indonesian Sphinx textbook (tea plantations in Priangan): index.rst with a numbered "
                 "toctree and an abbreviations list, chapter files with footnotes (bab1 auto-numbered "
                 "[#]_, bab2 hand-numbered) and [Label]_ citations whose entries are on the separate "
                 "page pustaka.rst (split into 'Sumber cetak' and 'Sumber daring dan statistik'). This "
                 "key is one chapter file; its citations resolve to the bibliography page, whose "
                 "entries are keyed as the notes of their labels; the chapter prints no list of its "
                 "own, so no literature is keyed. Invented: the author, Hidayat2018, the KITLV URL. "
                 + ("Defect: bab2's hand-numbered footnotes run 1, 2, 4, 5 (footnote-numbering at [4]_)."
                    if defects else "No planted defect in this chapter."),
        "document": f"perkebunan-teh/{ch}",
        "reader": "rst",
        "clean": True,
        "citations": cites,
        "notes": notes,
    }
    if defects:
        key["defects"] = [{"kind": k, "line": n} for k, n in defects]
    write(f"rst/perkebunan-teh-{ch[:4]}.key.json", key)

# 5. org/tramvay-tez ---------------------------------------------------------------------
f = publish("org", "tramvay-tez")
cites = f["bolumler/01-giris.org"][0] + f["bolumler/02-elektrik.org"][0]
O = {
    "celik1986remaking": W("book", "The Remaking of Istanbul: Portrait of an Ottoman City in the Nineteenth Century", 1986, ["Çelik"]),
    "kuban1996istanbul": W("book", "İstanbul: Bir Kent Tarihi", 1996, ["Kuban"]),
    "tekeli2010modernizm": W("book", "Modernizm, Modernite ve Türkiye'nin Kent Planlama Tarihi", 2010, ["Tekeli"]),
    "boa1911tramvay": W("unknown", "Dersaadet Tramvay Şirketi'nin elektrikli işletmeye geçişine dair yazışmalar", 1911),
    "kirli2000kahvehane": W("thesis", "The Struggle over Space: Coffeehouses of Ottoman Istanbul, 1780–1845", 2000, ["Kırlı"]),
    "edwards2003infrastructure": W("chapter", "Infrastructure and Modernity: Force, Time, and Social Organization in the History of Sociotechnical Systems", 2003, ["Edwards"]),
    "hughes1983networks": W("book", "Networks of Power: Electrification in Western Society, 1880–1930", 1983, ["Hughes"]),
    "iett2014tarihce": W("web", "Tarihçe: İstanbul'da tramvay", 2014, url="https://www.iett.istanbul/tr/main/pages/tarihce/95"),
    "mckay1976tramways": W("book", "Tramways and Trolleys: The Rise of Urban Mass Transport in Europe", 1976, ["McKay"]),
}
order = ["celik1986remaking", "edwards2003infrastructure", "hughes1983networks", "iett2014tarihce",
         "kirli2000kahvehane", "kuban1996istanbul", "mckay1976tramways", "boa1911tramvay", "tekeli2010modernizm"]
write("org/tramvay-tez.key.json", {
    "about": "Turkish master's thesis (Istanbul tramways) in Org: tez.org with front matter "
             "(preface, abbreviations BOA/İETT) #+INCLUDEs two chapter files; org-cite [cite:…] and "
             "[cite/t:…] with suffix locators, [fn:N] footnotes holding citations, #+BIBLIOGRAPHY "
             "kaynaklar.bib and #+PRINT_BIBLIOGRAPHY with a chicago-author-date CSL. Citation lines are "
             "the included file's own lines. Literature: the cited entries in the CSL's order (author, "
             "Turkish letters collated with their base letters: Çelik first, İETT after Hughes, Kırlı "
             "before Kuban). Invented: the author, boa1911tramvay's call number, the exact İETT URL. "
             "No planted defect.",
    "document": "tramvay-tez/tez.org",
    "reader": "org",
    "clean": True,
    "citations": cites,
    "notes": {k: O[k] for k in dict.fromkeys(lab for lab, _ in cites) if k in O},
    "literature": [O[k] for k in order],
})
check("org", "tramvay-tez", {"bolumler/01-giris.org": f["bolumler/01-giris.org"][0],
                              "bolumler/02-elektrik.org": f["bolumler/02-elektrik.org"][0]})
print("ok")

# 6. docx/balaton-jelentes ---------------------------------------------------------------
sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_docx41b import build  # noqa: E402

build("balaton-jelentes")
cites, defects = [], []
part = 1  # key correction (fix55e): a chapter's citations are <part>.<n>, part = its list's place
for i, line in enumerate((SRC / "docx/balaton-jelentes/body.txt").read_text(encoding="utf-8").split("\n"), 1):
    for m in NOTE.finditer(line):
        for item in m.group(1).split("|"):
            (defects.append({"kind": item[1:], "line": i}) if item.startswith("!") else cites.append([f"{part}.{item}", i]))
    if line.startswith("## Irodalom"):
        part += 1
write("docx/balaton-jelentes.key.json", {
    "about": "Hungarian technical report (Lake Balaton water quality) in Word: two chapters, each "
             "ending with its own typed numbered 'Irodalom' list (Heading 2), numbering restarting "
             "in chapter 2; bracketed numeric citations [n], [n, m]. Lines are body paragraph "
             "numbers (= lines of _src/_meta/b/docx/balaton-jelentes/body.txt). Numbers repeat across "
             "chapters, so a citation is labelled <part>.<n> (part = its chapter's list, the project "
             "README's label for lists restarting per part); no notes are keyed: the fields are in "
             "the literature (both lists in order). Hungarian names are written family name first ('Herodek S.'). Invented: the "
             "authors, Varga 2005 (ch. 2 no. 5), the OVF plan's URL; real works as remembered. "
             "Defect: chapter 2's list skips no. 4 (literature-numbering at the entry numbered 5).",
    "reader": "docx",
    "clean": True,
    "citations": cites,
    "literature": [
        W("article", "Phytoplankton changes during eutrophication and P and N metabolism", 1986, ["Herodek"], number=1),
        W("article", "Factors influencing lake recovery from eutrophication — the case of Basin 1 of Lake Balaton", 2001, ["Istvánovics", "Somlyódy"], number=2, doi="10.1016/S0043-1354(00)00301-5"),
        W("book", "Modeling and Managing Shallow Lake Eutrophication: With Application to Lake Balaton", 1986, ["Somlyódy", "van Straten"], number=3),
        W("article", "Dynamics and ecological significance of daily internal load of phosphorus in shallow Lake Balaton, Hungary", 2004, ["Istvánovics", "Osztoics", "Honti"], number=4),
        W("article", "Cylindrospermopsis raciborskii (Woloszynska) Seenayya et Subba Raju, an expanding, highly adaptive cyanobacterium: worldwide distribution and review of its ecology", 1997, ["Padisák"], number=5),
        W("article", "The role of the Kis-Balaton Water Protection System in the control of water quality of Lake Balaton", 2000, ["Tátrai", "Mátyás", "Korponai", "Paulovits", "Pomogyi"], number=6),
        W("article", "Updating water quality targets for shallow Lake Balaton (Hungary), recovering from eutrophication", 2007, ["Istvánovics", "Clement", "Somlyódy", "Specziár", "G.-Tóth", "Padisák"], number=1, doi="10.1007/s10750-006-0509-x"),
        W("book", "A hazai vízgazdálkodás stratégiai kérdései", 2011, ["Somlyódy"], number=2),
        W("article", "Differential response of blue-green algal groups to phosphorus load reduction in a large shallow lake: Balaton, Hungary", 1997, ["Padisák", "Istvánovics"], number=3),
        W("article", "A Balaton vízháztartása és a 2003. évi alacsony vízállás", 2005, ["Varga"], number=5),
        W("report", "A Balaton vízgyűjtő-gazdálkodási terve, 2021. évi felülvizsgálat", 2022, number=6, url="https://www.vizugy.hu/vgt2021/balaton"),
    ],
    "defects": defects,
})
print("ok docx")
