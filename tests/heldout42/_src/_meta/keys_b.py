"""Write the documents and keys of heldout42 half B (linking author-date and short cites to entries).

Documents are written by hand under `_src/_meta/b/<format>/<name>/`, with `⟦label⟧` (several:
`⟦a|b⟧`) after each citation marker on the line where the marker starts and `⟦!kind⟧` on a
planted defect's line.  This script copies them to `tests/heldout42/<format>/` (a one-file
document flat, as `<name>.<ext>`; a project as the folder `<name>/`) without the annotations
(nothing else changes, so lines are those of the written files), takes the citations and
defects from the annotations (the natbib paper: from a scan of its `\\cite…{}` commands), writes
the fields given by hand, and checks every keyed line with the label visible on it.
    python3 tests/heldout42/_src/_meta/keys_b.py
"""

import re
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parents[1].parent  # tests/heldout42
SRC = HERE / "_src" / "_meta" / "b"
sys.path.insert(0, str(HERE.parent / "corpus_build"))
from build import dump  # noqa: E402

NOTE = re.compile(r"⟦([^⟦⟧]*)⟧")


def publish(fmt, name, flat):
    src = SRC / fmt / name
    out_dir = HERE / fmt if flat else HERE / fmt / name
    if not flat and out_dir.exists():
        shutil.rmtree(out_dir)
    found = {}
    for f in sorted(src.rglob("*")):
        if f.is_dir():
            continue
        rel = f.relative_to(src).as_posix()
        dst = out_dir / rel
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
        found[rel] = (cites, defects, dst)
    return found


CITE = re.compile(r"\\cite(?:t|p|alp|alt|author|year|yearpar)?\*?(?:\[[^\]]*\])*\{([^}]*)\}")


def latex_scan(path):
    out = []
    for i, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
        if line.lstrip().startswith("%"):
            continue
        for m in CITE.finditer(line):
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


def write(fmt, name, key):
    path = HERE / fmt / f"{name}.key.json"
    path.write_text(dump(key), encoding="utf-8")
    print("wrote", path.relative_to(HERE), len(key["citations"]), "pairs",
          len(key.get("literature", [])), "entries", len(key.get("defects", [])), "defects")


def check(path, pairs, probe_of=None):
    lines = path.read_text(encoding="utf-8").split("\n")
    for lab, n in pairs:
        probe = probe_of(lab) if probe_of else lab
        if probe is None:
            continue
        assert probe in lines[n - 1], (path.name, lab, n, lines[n - 1])


DOCS = []


def doc(fn):
    DOCS.append(fn)
    return fn


# ---------------------------------------------------------------- 1 latex natbib + .bib (English)
COMMONS = {
    "agrawal2001common": W("article", "Common Property Institutions and Sustainable Governance of Resources", 2001, ["Agrawal"]),
    "baggio2016explaining": W("article", "Explaining Success and Failure in the Commons: The Configural Nature of Ostrom's Institutional Design Principles", 2016,
                              ["Baggio", "Barnett", "Perez-Ibarra", "Brady", "Ratajczyk", "Rollins", "Rubiños", "Shin", "Yu", "Aggarwal", "Anderies", "Janssen"]),
    "baland1996halting": W("book", "Halting Degradation of Natural Resources: Is There a Role for Rural Communities?", 1996, ["Baland", "Platteau"]),
    "cox2010review": W("article", "A Review of Design Principles for Community-Based Natural Resource Management", 2010, ["Cox", "Arnold", "Villamayor Tomás"]),
    "cox2014role": W("article", "The Role of Religion in Community-Based Natural Resource Management", 2014, ["Cox", "Villamayor-Tomás", "Hartberg"]),
    "fao2022sofia": W("book", "The State of World Fisheries and Aquaculture 2022: Towards Blue Transformation", 2022, doi="10.4060/cc0461en"),
    "hardin1968tragedy": W("article", "The Tragedy of the Commons", 1968, ["Hardin"]),
    "ostrom1990governing": W("book", "Governing the Commons: The Evolution of Institutions for Collective Action", 1990, ["Ostrom"]),
    "ostrom2005understanding": W("book", "Understanding Institutional Diversity", 2005, ["Ostrom"]),
    "ostrom2010beyond": W("article", "Beyond Markets and States: Polycentric Governance of Complex Economic Systems", 2010, ["Ostrom"], doi="10.1257/aer.100.3.641"),
    "ostrom1994rules": W("book", "Rules, Games, and Common-Pool Resources", 1994, ["Ostrom", "Gardner", "Walker"]),
    "ostromv1991meaning": W("book", "The Meaning of American Federalism: Constituting a Self-Governing Society", 1991, ["Ostrom"]),
    "schluter2010grammar": W("article", "The Grammar of Institutions: The Challenge of Distinguishing between Strategies, Norms, and Rules", 2010, ["Schlüter", "Theesfeld"]),
    "vanderploeg2011natural": W("article", "Natural Resources: Curse or Blessing?", 2011, ["van der Ploeg"]),
    "vonneumann1944theory": W("book", "Theory of Games and Economic Behavior", 1944, ["von Neumann", "Morgenstern"]),
    "wade1988village": W("book", "Village Republics: Economic Conditions for Collective Action in South India", 1988, ["Wade"]),
}


@doc
def commons():
    fmt, name = "latex", "commons-design-principles"
    found = publish(fmt, name, flat=False)
    main = found["main.tex"][2]
    cites = latex_scan(main)
    check(main, cites)
    cited = {k for k, _ in cites}
    assert cited == set(COMMONS), cited ^ set(COMMONS)
    # the order BibTeX 0.99d with plainnat.bst prints (checked: pdflatex + bibtex on main.tex, main.bbl);
    # key correction after the first scoring, see HALF_B.md
    order = ["agrawal2001common", "baggio2016explaining", "baland1996halting", "cox2010review",
             "cox2014role", "fao2022sofia", "hardin1968tragedy", "ostrom1990governing",
             "ostrom2005understanding", "ostrom2010beyond", "ostrom1994rules", "ostromv1991meaning",
             "schluter2010grammar", "vanderploeg2011natural", "vonneumann1944theory", "wade1988village"]
    write(fmt, name, {
        "about": "English working paper on commons design principles; natbib round/authoryear with plainnat and a "
                 "Better-BibTeX-style refs.bib: two Ostroms (Elinor, Vincent), one author across years in one cite, "
                 "a three-author work shortened, a corporate author in double braces, van der/von particles, "
                 "\\\"u and \\'a accents, \\citeauthor/\\citeyear, pre/post notes. Real works cited from memory; "
                 "hanlon2024ledger (uncited, not printed) is invented. No planted defect.",
        "document": f"{name}/main.tex",
        "reader": "latex",
        "clean": True,
        "citations": cites,
        "notes": {k: COMMONS[k] for k in order},
        "literature": [COMMONS[k] for k in order],
    })


# ------------------------------------------- 2 latex, hand-written thebibliography (English, pinyin names)
HUKOU = [
    ("cai10", W("article", "Demographic transition, demographic dividend, and Lewis turning point in China", 2010, ["Cai"])),
    ("chan10", W("article", "The household registration system and migrant labor in China: notes on a debate", 2010, ["Chan"])),
    ("chan99", W("article", "The hukou system and rural-urban migration in China: processes and changes", 1999, ["Chan", "Zhang"])),
    ("fei92", W("book", "From the Soil: The Foundations of Chinese Society", 1992, ["Fei"])),
    ("knight99", W("book", "The Rural–Urban Divide: Economic Disparities and Interactions in China", 1999, ["Knight", "Song"])),
    ("liang16", W("article", "China's great migration and the prospects of a more integrated society", 2016, ["Liang"])),
    ("nbs21", W("report", "2020 Migrant Workers Monitoring Survey Report", 2021)),
    ("solinger99", W("book", "Contesting Citizenship in Urban China: Peasant Migrants, the State, and the Logic of the Market", 1999, ["Solinger"])),
    ("wangw15", W("book", "Villages in the City: Rental Housing and Migrant Life at the Edge of Shanghai", 2015, ["Wang"])),
    ("wangw18", W("article", "The urban hukou wage premium revisited", 2018, ["Wang"])),
    ("zhang01", W("book", "Strangers in the City: Reconfigurations of Space, Power, and Social Networks within China's Floating Population", 2001, ["Zhang"])),
    ("zhang19a", W("article", "Homeownership and the settlement intentions of rural migrants in Beijing, Shanghai and Guangzhou", 2019, ["Zhang", "Liu", "Wang"])),
    ("zhang19b", W("article", "Children's schooling and the decision to stay: evidence from migrant parents in three megacities", 2019, ["Zhang", "Chen", "Zhou"])),
]


@doc
def hukou():
    fmt, name = "latex", "hukou-settlement"
    found = publish(fmt, name, flat=True)
    cites, defects, path = found[f"{name}.tex"]
    check(path, cites)
    assert sorted(cites) == sorted(latex_scan(path)), (cites, latex_scan(path))
    write(fmt, name, {
        "about": "English term paper on Chinese migrants' settlement intentions; natbib over a hand-written "
                 "thebibliography with author-year \\bibitem labels (natexlab a/b), pinyin names family name first, "
                 "two different people named Zhang Li and two named Wang Wei, one first author with two 2019 papers "
                 "whose co-authors differ, a translated classic with its original year, a statistics bureau as author. "
                 "Invented: wangw15, wangw18, zhang19a, zhang19b (and their journals). Planted defect: \\citet{zhang19c} "
                 "has no \\bibitem (only 2019a and 2019b exist).",
        "reader": "latex",
        "clean": True,
        "citations": cites,
        "notes": {k: v for k, v in HUKOU},
        "literature": [v for _, v in HUKOU],
        "defects": [{"kind": k, "line": n} for k, n in defects],
    })


# ------------------------------------------- 3 mediawiki, German Wikipedia article with short-ref notes
HAMBACH_LIT = {
    "Wirth": W("book", "Das Nationalfest der Deutschen zu Hambach", 1832, ["Wirth"]),
    "Foerster": W("book", "Der Preß- und Vaterlandsverein von 1832/33. Sozialstruktur und Organisationsformen der bürgerlichen Bewegung in der Zeit des Hambacher Festes", 1982, ["Foerster"]),
    "Hardtwig85": W("book", "Vormärz. Der monarchische Staat und das Bürgertum", 1985, ["Hardtwig"]),
    "Hardtwig94": W("book", "Nationalismus und Bürgerkultur in Deutschland 1500–1914. Ausgewählte Aufsätze", 1994, ["Hardtwig"]),
    "Herzberg": W("book", "Das Hambacher Fest. Geschichte der revolutionären Bestrebungen in Rheinbayern um das Jahr 1832", 1908, ["Herzberg"]),
    "Kermann": W("book", "Freiheit, Einheit und Europa. Das Hambacher Fest von 1832. Ursachen, Ziele, Wirkungen", 2006),
    "Nipperdey": W("book", "Deutsche Geschichte 1800–1866. Bürgerwelt und starker Staat", 1983, ["Nipperdey"]),
    "ThSchieder": W("book", "Vom Deutschen Bund zum Deutschen Reich 1815–1871", 1975, ["Schieder"]),
    "WSchieder": W("book", "Anfänge der deutschen Arbeiterbewegung. Die Auslandsvereine im Jahrzehnt nach der Julirevolution von 1830", 1963, ["Schieder"]),
    "Treitschke": W("book", "Deutsche Geschichte im neunzehnten Jahrhundert", 1889, ["von Treitschke"]),
}


def short(k):
    """A short note keyed with the title, year and authors of the list entry it points to."""
    return {f: v for f, v in HAMBACH_LIT[k].items() if f in ("title", "year", "authors")}


@doc
def hambach():
    fmt, name = "mediawiki", "hambacher-fest"
    found = publish(fmt, name, flat=True)
    cites, defects, path = found[f"{name}.wiki"]
    check(path, cites, probe_of=lambda lab: "<ref")
    L = HAMBACH_LIT
    notes = {
        "1": short("Foerster"), "2": short("Nipperdey"), "3": short("Hardtwig85"), "4": short("Foerster"),
        "5": short("Herzberg"),
        "6": W("web", "Die Fahne von 1832", None, url="https://www.hambacher-schloss.de/geschichte/die-fahne"),
        "7": short("Kermann"), "8": short("Wirth"), "9": short("Herzberg"), "10": short("Hardtwig94"),
        "11": short("ThSchieder"), "12": short("Herzberg"), "13": short("Hardtwig85"), "14": short("WSchieder"),
        "15": short("Treitschke"), "16": L["Treitschke"], "17": short("Hardtwig94"), "18": short("Kermann"),
        "19": W("web", "Hambach 1832 – Aufbruch zur Demokratie", 2022,
                url="https://www.bundestag.de/besuche/ausstellungen/hambach-1832"),
    }
    assert sorted({c for c, _ in cites}, key=int) == list(notes), cites
    write(fmt, name, {
        "about": "German Wikipedia article (Hambacher Fest 1832) in de.wikipedia's shape: free-text short notes "
                 "(`Foerster 1982, S. 41 f.`) pointing into a `{{Literatur}}` list and a `Quellen` list, named reuse, "
                 "two works by one author (Hardtwig 1985, 1994), father and son (Th. Schieder 1975, W. Schieder 1963), "
                 "von Treitschke cited as Treitschke, editors with `u. a.`, a note naming two works (keyed with the "
                 "first), `{{Internetquelle}}` notes. The two web pages' addresses are invented. No planted defect.",
        "reader": "mediawiki",
        "clean": True,
        "citations": cites,
        "notes": notes,
        "literature": [L[k] for k in ("Wirth", "Foerster", "Hardtwig85", "Hardtwig94", "Herzberg", "Kermann",
                                       "Nipperdey", "ThSchieder", "WSchieder", "Treitschke")],
    })


# ------------------------------------------- 4 pandoc Markdown + .bib, Hungarian thesis chapter
TANYA = [  # Chicago author-date (pandoc's default CSL), hu-HU: author, year, title
    ("bibo1986", W("chapter", "A kelet-európai kisállamok nyomorúsága", 1986, ["Bibó"])),
    ("erdei1937", W("book", "Futóhomok: A Duna–Tisza köze", 1937, ["Erdei"])),
    ("erdei1940", W("book", "Magyar falu", 1940, ["Erdei"])),
    ("erdei1942", W("book", "Magyar tanyák", 1942, ["Erdei"])),
    ("hann1980", W("book", "Tázlár: A Village in Hungary", 1980, ["Hann"])),
    ("kovach2012", W("book", "A vidék az ezredfordulón: A jelenkori magyar vidéki társadalom szerkezeti és hatalmi változásai", 2012, ["Kovách"])),
    ("kovacsi1937", W("book", "A néma forradalom", 1937, ["Kovács"])),
    ("kovacsk2012", W("article", "Tanyák a rendszerváltás után: Egy homokhátsági kistérség esettanulmánya", 2012, ["Kovács", "Váradi"])),
    ("ksh2013", W("book", "Tanyák Magyarországon, 2011", 2013)),
    ("szelenyi1988", W("book", "Socialist Entrepreneurs: Embourgeoisement in Rural Hungary", 1988, ["Szelényi"])),
]


@doc
def tanyak():
    fmt, name = "pandoc", "tanyak-hu"
    found = publish(fmt, name, flat=False)
    cites, defects, path = found[f"{name}.md"]
    check(path, cites)
    assert {c for c, _ in cites} == {k for k, _ in TANYA}
    write(fmt, name, {
        "about": "Hungarian thesis chapter on the tanya (scattered farmsteads), Pandoc Markdown with a .bib and "
                 "lang hu-HU: names written family name first, some braced as one literal name ({{Kovács Imre}}, "
                 "{{Bibó István}}, the KSH as corporate author) and some split (Erdei, Ferenc); Kovács Imre, Kovács "
                 "Katalin and Kovách Imre; three works by Erdei in one cite; [-@key] suppressed-author cites, "
                 "Hungarian locators (`45. o.`, `3. fej.`), a 1946 essay in a 1986 collection (origdate). "
                 "Invented: kovacsk2012 (Kovács and Váradi's article); the rest cited from memory. No planted defect.",
        "document": f"{name}/{name}.md",
        "reader": "pandoc-markdown",
        "clean": True,
        "citations": cites,
        "notes": {k: v for k, v in TANYA},
        "literature": [v for _, v in TANYA],
    })


# ------------------------------------------- 5 html, Turkish policy report, Harvard author-date + Kaynakça
KENT = [  # (name the citation shows, fields) in list order: labels [1]..[14]
    ("AFAD", W("report", "6 Şubat 2023 Kahramanmaraş (Pazarcık ve Elbistan) Depremleri Raporu", 2023)),
    ("Balamir", W("article", "Afet riski ve kentsel dönüşüm: 6306 sayılı Kanun üzerine notlar", 2013, ["Balamir"])),
    ("Bayırbağ", W("article", "Urban crisis: “limits to governance of alienation”", 2017, ["Bayırbağ", "Penpecioğlu"])),
    ("Çavuşoğlu", W("chapter", "“We’ll come and demolish your house!”: the role of spatial (re-)production in the neoliberal hegemonic politics of Turkey", 2014, ["Çavuşoğlu", "Strutz"])),
    ("Erman", W("article", "The politics of squatter (gecekondu) studies in Turkey: the changing representations of rural migrants in the academic discourse", 2001, ["Erman"])),
    ("Harvey", W("article", "The right to the city", 2008, ["Harvey"])),
    ("Karaman", W("article", "Urban renewal in Istanbul: reconfigured spaces, robotic lives", 2013, ["Karaman"])),
    ("Keyder", W("article", "Globalization and social exclusion in Istanbul", 2005, ["Keyder"])),
    ("Kuyucu", W("article", "“Urban transformation” as state-led property transfer: an analysis of two cases of urban renewal in Istanbul", 2010, ["Kuyucu", "Ünsal"])),
    ("TOKİ", W("web", "Kentsel dönüşüm uygulamaları", None, url="https://www.toki.gov.tr/kentsel-donusum-uygulamalari")),
    ("Türkün", W("book", "Mülk, Mahal, İnsan: İstanbul’da Kentsel Dönüşüm", 2014)),
    ("Demir", W("article", "Dönüşüm sonrası mahallede kalmak: Kadıköy’de hak sahipleri üzerine bir izleme çalışması", 2020, ["Yılmaz", "Demir", "Aksoy"])),
    ("Kaya", W("article", "Kiracılar nereye gidiyor? İstanbul’un batı yakasında kentsel dönüşüm ve yerinden edilme", 2020, ["Yılmaz", "Kaya", "Öztürk"])),
    ("R. Yılmaz", W("thesis", "Kentsel dönüşümde kiracılar: hak sahipliği dışında kalanlar", 2020, ["Yılmaz"])),
]


@doc
def kent():
    fmt, name = "html", "kentsel-donusum-tr"
    found = publish(fmt, name, flat=True)
    cites, defects, path = found[f"{name}.html"]
    check(path, cites, probe_of=lambda lab: KENT[int(lab.strip("[]")) - 1][0])
    assert {c for c, _ in cites} == {f"[{i}]" for i in range(1, 15) if i != 5}
    write(fmt, name, {
        "about": "Turkish policy report on urban transformation as a WordPress-style HTML page, Harvard author-date "
                 "(`vd.`, `ve`, `aktaran`, `t.y.`) with a typed alphabetical `Kaynakça` of <p class=kaynak> paragraphs "
                 "(Turkish order: Ç after B, TOKİ before Türkün). A corporate author introduced with its abbreviation "
                 "(AFAD) then abbreviated; three Yılmaz 2020 works: E. Yılmaz with different co-authors, cited "
                 "`Yılmaz, Demir vd.`/`Yılmaz, Kaya vd.`, and R. Yılmaz's thesis cited with the initial; a secondary "
                 "citation `(Lefebvre, 1968, aktaran Harvey, 2008)` citing only Harvey (Lefebvre is rightly not "
                 "listed); the 6306 statute unlisted. Invented: Balamir 2013, the three Yılmaz works, the TOKİ page "
                 "address, the organisation; the AFAD title from memory. Planted defect: `Erman (2011)` with Erman "
                 "2001 in the list (year mismatch): the cite matches no entry (missing-literature-entry at its "
                 "line, keyed as no citation pair) and the 2001 entry is uncited (uncited-literature-entry) — one "
                 "defect, two findings.",
        "reader": "html",
        "clean": True,
        "citations": cites,
        "notes": {f"[{i}]": v for i, (_, v) in enumerate(KENT, 1) if i != 5},
        "literature": [v for _, v in KENT],
        "defects": [{"kind": k, "line": n} for k, n in defects],
    })


if __name__ == "__main__":
    for fn in DOCS:
        fn()
