"""Write the keys of heldout38 half B (sources that are not journal articles).

Labels and fields are written by hand; lines are found by scanning each file for its
citation markers (every marker of the format on every line, in order) or by marker text
(the n-th line holding it), then checked with `grep -n`.  Run from anywhere:
    python3 tests/heldout38/_src/_meta/keys_b.py
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


def scan(path, pattern, keys=None, start=1, stop=None):
    """Pairs [label, line] for every match of pattern (group 1 the label, or keys(m))."""
    out = []
    for i, line in enumerate(lines(path), 1):
        if i < start or (stop and i >= stop):
            continue
        for m in re.finditer(pattern, line):
            labels = keys(m) if keys else [m.group(1)]
            out += [[lab, i] for lab in labels]
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


# 1. rst/timestamp-formats -------------------------------------------------------------
R = "rst/timestamp-formats.rst"
ref_start = L(R, "References")
rst_notes = {
    "RFC3339": W("report", "Date and Time on the Internet: Timestamps", 2002, ["Klyne", "Newman"],
                 doi="10.17487/RFC3339"),
    "RFC5234": W("report", "Augmented BNF for Syntax Specifications: ABNF", 2008, ["Crocker", "Overell"],
                 doi="10.17487/RFC5234"),
    "RFC9557": W("report", "Date and Time on the Internet: Timestamps with Additional Information", 2024,
                 ["Sharma", "Bormann"], doi="10.17487/RFC9557"),
    "ISO8601-1": W("report", "Date and time — Representations for information interchange — Part 1: "
                   "Basic rules", 2019),
    "ISO8601-2": W("report", "Date and time — Representations for information interchange — Part 2: "
                   "Extensions", 2019),
    "W3CDTF": W("report", "Date and Time Formats", 1997, ["Wolf", "Wicksteed"],
                url="https://www.w3.org/TR/NOTE-datetime"),
    "TZDB": W("web", "Time Zone Database", None, url="https://www.iana.org/time-zones"),
    "tzdata-pypi": W("web", "tzdata", None, url="https://pypi.org/project/tzdata/"),
    "Eggert2018": W("web", "Sources for time zone and daylight saving time data", 2018, ["Eggert", "Olson"]),
    "Kleppmann2017": W("book", "Designing Data-Intensive Applications", 2017, ["Kleppmann"]),
    "POSIX2017": W("report", "IEEE Std 1003.1-2017 (Revision of IEEE Std 1003.1-2008): Standard for "
                   "Information Technology — Portable Operating System Interface (POSIX) Base "
                   "Specifications, Issue 7", 2018, doi="10.1109/IEEESTD.2018.8277153"),
    "dateutil": W("web", "python-dateutil", 2024, ["Niemeyer", "Pieviläinen", "de Leeuw", "Ganssle"],
                  url="https://github.com/dateutil/dateutil"),
    "ciso8601": W("web", "ciso8601", 2023, url="https://github.com/closeio/ciso8601"),
}
hinnant = W("web", "A <chrono>-compatible low-level date algorithms", 2016, ["Hinnant"],
            url="https://howardhinnant.github.io/date_algorithms.html")
rst_order = ["RFC3339", "RFC5234", "RFC9557", "ISO8601-1", "ISO8601-2", "W3CDTF", "TZDB", "tzdata-pypi",
             "Eggert2018", "Kleppmann2017", "POSIX2017", "dateutil", "ciso8601"]
write("rst/timestamp-formats.key.json", {
    "about": "Invented Sphinx page of an invented Python library (tidemark): citations [Label]_ to "
             "docutils citations in a References section: IETF RFCs with DOIs, ISO 8601 parts, a W3C "
             "note, the IANA tz database, PyPI and GitHub software with versions, a book, the POSIX "
             "standard; a _target, a :doc: role, a literal ABNF block and a list-table citing in cells. "
             "Real works cited from memory; the library, its versions and the tzdata-pypi/ciso8601 "
             "entry wording are invented. Planted: [Hinnant2016] is cited nowhere.",
    "reader": "rst",
    "clean": True,
    "citations": scan(R, r"\[([A-Za-z0-9-]+)\]_", stop=ref_start),
    "notes": rst_notes,
    "literature": [rst_notes[k] for k in rst_order] + [hinnant],
    "defects": [{"kind": "uncited-literature-entry", "line": L(R, ".. [Hinnant2016]")}],
})

# 2. mediawiki/Culverhythe_tide_engine -------------------------------------------------
M = "mediawiki/Culverhythe_tide_engine.wiki"
wiki_notes = {
    "1": W("patent", "Improvements in apparatus for raising water by the energy of the tide", 1910,
           ["Tebbutt"]),
    "2": W("web", "Culverhythe Tide Engine House", None,
           url="https://historicengland.org.uk/listing/the-list/list-entry/1590412"),
    "3": W("report", "Report of the engineer on the flooding of the winters of 1905–06 and 1906–07", 1907),
    "4": W("article", "A tide that pumps: Mr. Tebbutt's scheme for the fen", 1909),
    "5": W("book", "Lincolnshire Sheet CXXXII.SE", 1906),
    "6": W("thesis", "Tidal power in British land drainage, 1880–1930", 2011, ["Pearce"],
           url="https://eprints.nottingham.ac.uk/12577/"),
    "7": W("article", "Fen engine gets a new lease of life", 1998, ["Whitlock"]),
    "8": W("chapter", "Re-rigging a tide engine: the Culverhythe float gear", 2016, ["Marsh", "Pearce"]),
    "9": W("web", "The Engine That Waits for the Tide", 2017, ["Alder"]),
    "10": W("web", "Culverhythe tide gear running, spring tide 2022", 2022,
            url="https://www.youtube.com/watch?v=Q7pLk2xVb0s"),
    "11": W("book", "Dredge, Drain, Reclaim: The Art of a Nation", 1948, ["van Veen"]),
}
wiki_cites = [
    ["1", L(M, '<ref name="patent1909">')],
    ["2", L(M, "cite web |title=Culverhythe Tide Engine House")],
    ["3", L(M, '<ref name="board-report">')],
    ["4", L(M, '<ref name="boston-guardian">')],
    ["5", L(M, "{{cite map")],
    ["6", L(M, '<ref name="pearce">')],
    ["3", L(M, '<ref name="board-report" />')],
    ["6", L(M, '<ref name="pearce" />', 1)],
    ["7", L(M, "|last=Whitlock")],
    ["8", L(M, "{{cite conference")],
    ["9", L(M, "|people=Alder")],
    ["10", L(M, "Culverhythe tide gear running")],
    ["1", L(M, '<ref name="patent1909" />')],
    ["11", L(M, "|last=van Veen")],
    ["6", L(M, '<ref name="pearce" />', 2)],
]
write("mediawiki/Culverhythe_tide_engine.key.json", {
    "about": "Invented English Wikipedia article about an invented tidal pumping engine: {{Infobox}}, "
             "{{cite patent}}, {{cite web}}, {{cite report}} (archive minute book), {{cite news}} x2, "
             "{{cite map}}, {{cite thesis}}, {{cite conference}}, {{cite AV media}} x2 (a TV documentary, "
             "a YouTube video), {{cite book}} followed by {{failed verification}}, <ref name> reuse "
             "(pearce reused twice, once on its own line of definition), {{Reflist}}. Every person, "
             "work and URL is invented except van Veen's book (1948). No reference list. Clean.",
    "reader": "mediawiki",
    "clean": True,
    "citations": wiki_cites,
    "notes": wiki_notes,
})

# 3. pandoc/erebia-phenology -----------------------------------------------------------
P = "pandoc/erebia-phenology/index.qmd"
pan = {
    "eea2017climate": W("report", "Climate change, impacts and vulnerability in Europe 2016: An "
                        "indicator-based report", 2017, doi="10.2800/534806"),
    "fasiolo2021qgam": W("article", "Fast calibrated additive quantile regression", 2021,
                         ["Fasiolo", "Wood", "Zaffran", "Nedellec", "Goude"],
                         doi="10.1080/01621459.2020.1725521"),
    "gbif2023erebia": W("web", "GBIF Occurrence Download", 2023, doi="10.15468/dl.7hkzqm"),
    "halvorsen2019thesis": W("thesis", "Climate and the timing of flight in northern butterflies", 2019,
                             ["Halvorsen"]),
    "isaac2014statistics": W("article", "Statistics for citizen science: extracting signals of change "
                             "from noisy ecological data", 2014,
                             ["Isaac", "van Strien", "August", "de Zeeuw", "Roy"],
                             doi="10.1111/2041-210X.12254"),
    "keller2023thinning": W("article", "Thinning by observer-days removes most of the seasonal bias in "
                            "opportunistic insect records", 2023, ["Keller", "Moreau"]),
    "lindqvist2022data": W("web", "Data from: Elevational shifts in the flight period of alpine Erebia "
                           "butterflies", 2022, ["Lindqvist", "Haas", "Bühler"],
                           doi="10.5061/dryad.h70rxwdm4"),
    "meteoswiss2023normals": W("web", "Climate normals 1991–2020", 2023,
                               url="https://www.meteoswiss.admin.ch/climate/the-climate-of-switzerland/"
                                   "climate-normals.html"),
    "parmesan2003": W("article", "A globally coherent fingerprint of climate change impacts across "
                      "natural systems", 2003, ["Parmesan", "Yohe"], doi="10.1038/nature01286"),
    "rcore2023": W("web", "R: A Language and Environment for Statistical Computing", 2023,
                   url="https://www.R-project.org/"),
    "roy2000": W("article", "Phenology of British butterflies and climate change", 2000, ["Roy", "Sparks"],
                 doi="10.1046/j.1365-2486.2000.00322.x"),
    "solberg2022preprint": W("article", "Comparing quantile and mixture models for butterfly flight "
                             "periods", 2022, ["Solberg", "Ferrante"], doi="10.1101/2022.06.21.495012"),
    "solberg2023phenowin": W("web", "phenowin: Flight-window estimation from opportunistic records", 2023,
                             ["Solberg", "Ferrante"], doi="10.5281/zenodo.8123456"),
    "solberg2024data": W("web", "Filtered Erebia occurrence records for the Alpine arc, 1990–2022", 2024,
                         ["Solberg", "Ferrante"], doi="10.5281/zenodo.10456789"),
}
yaml_end = L(P, "---", 2)
write("pandoc/erebia-phenology.key.json", {
    "document": "erebia-phenology/index.qmd",
    "about": "Invented English Quarto paper (ecology) with bibliography: references.bib in its YAML and "
             "no csl: (Pandoc's default Chicago author-date, list sorted by author, year). Entries: "
             "@dataset (Dryad, Zenodo), GBIF download as @misc with DOI, EEA @techreport, @online with "
             "urldate, @software (R, a Zenodo release), an arXiv preprint v2 as @article with eprint, "
             "a bioRxiv preprint as @unpublished, @phdthesis, articles. Bracketed, grouped, locator and "
             "textual citations; @fig-shift is a cross reference, not a citation. Real: Parmesan & Yohe, "
             "Roy & Sparks, Fasiolo et al., Isaac et al., EEA report, R; everything else (authors, "
             "datasets, DOIs of invented items, thesis, preprints) invented. Clean.",
    "reader": "pandoc-markdown",
    "clean": True,
    "citations": scan(P, r"@([A-Za-z][A-Za-z0-9_]*)", start=yaml_end + 1,
                      keys=lambda m: [] if m.group(1) == "fig" else [m.group(1)]),
    "notes": pan,
    "literature": list(pan.values()),
})

# 4. supmarkdown/archiver-la-radio -----------------------------------------------------
S = "supmarkdown/archiver-la-radio.md"
sup = {
    "1": W("article", "Kinetics of the humid aging of magnetic recording tape", 1982, ["Bertram", "Cuddihy"],
           doi="10.1109/TMAG.1982.1061963"),
    "2": W("report", "Guidelines on the Production and Preservation of Digital Audio Objects", 2009,
           url="https://www.iasa-web.org/tc04/audio-preservation"),
    "3": W("web", "Why nobody makes good cassette decks any more", 2021,
           url="https://www.youtube.com/watch?v=k3Vf9xR2mPq"),
    "4": W("report", "Specification of the Broadcast Wave Format (BWF), Version 2", 2011,
           url="https://tech.ebu.ch/docs/tech/tech3285.pdf"),
    "5": W("web", "DCMI Metadata Terms", 2020,
           url="https://www.dublincore.org/specifications/dublin-core/dcmi-terms/"),
    "6": W("web", "Faut-il vraiment numériser en 96 kHz ?", 2023, ["Perrault"],
           url="https://soundmatters.fm/episodes/47"),
    "7": W(None, "Archives sonores associatives : de la cave au serveur", 2022, ["Hébrard"]),
    "8": W("web", "Bilan du fonds Radio Campus : 900 heures numérisées, 1 100 heures de description…", 2023,
           ["Garnier"], url="https://piaille.fr/@lgarnier/111380245519876543"),
    "9": W("web", "Radios associatives : vos autorisations", None,
           url="https://www.sacem.fr/utilisateurs/radios-associatives"),
    "10": W("web", "Numériser et diffuser des archives sonores : fiche pratique", 2021,
            url="https://www.culture.gouv.fr/fiches-pratiques/numeriser-archives-sonores"),
    "11": W("web", "Les voix de la vallée", 2023, url="https://archives.radiovaldorne.fr/podcast"),
}
write("supmarkdown/archiver-la-radio.key.json", {
    "about": "Invented French blog post (Hugo front matter) on digitising a local radio archive: "
             "<sup>[n]</sup> markers, a block quote, a `### Sources` numbered list in APA 7 (French "
             "localisation: `Consulté le`, `s. d.`, `[Vidéo]`, `[Épisode de podcast]`, `[Publication]`, "
             "`[Communication]`). Real: Bertram & Cuddihy 1982 (DOI as remembered), IASA-TC 04, EBU Tech "
             "3285, DCMI Metadata Terms; the radio, people, videos, podcasts, posts and URLs otherwise "
             "invented. Planted: [12] (the INA guide) has no entry in the list.",
    "reader": "sup-markdown",
    "clean": True,
    "citations": scan(S, r"<sup>\[(\d+)\]</sup>"),
    "notes": sup,
    "literature": [dict(number=int(k), **v) for k, v in sup.items()],
    "defects": [{"kind": "missing-literature-entry", "line": L(S, "<sup>[12]</sup>")}],
})

# 5. org/siccita-po --------------------------------------------------------------------
O = "org/siccita-po/quaderno.org"
org = {
    "hersbach2023era5": W("web", "ERA5 hourly data on single levels from 1940 to present", 2023,
                          ["Hersbach", "Bell", "Berrisford", "Biavati", "Horányi", "Muñoz Sabater", "Nicolas",
                           "Peubey", "Radu", "Rozum", "Schepers", "Simmons", "Soci", "Dee", "Thépaut"],
                          doi="10.24381/cds.adbb2d47"),
    "arpae2023annali": W("report", "Annale idrologico 2022. Parte seconda", 2023),
    "autoritapo2022bollettino": W("report", "Osservatorio permanente sugli utilizzi idrici: bollettino di "
                                  "severità idrica n. 7/2022", 2022,
                                  url="https://www.adbpo.it/osservatorio-permanente/"),
    "montanari2023why": W("article", "Why the 2022 Po River drought is the worst in the past two centuries",
                          2023, ["Montanari", "Nguyen", "Rubinetti", "Ceola", "Galelli", "Rubino", "Zanchettin"],
                          doi="10.1126/sciadv.adg8304"),
    "hersbach2020era5": W("article", "The ERA5 global reanalysis", 2020,
                          ["Hersbach", "Bell", "Berrisford", "Hirahara", "Horányi", "Muñoz-Sabater"],
                          doi="10.1002/qj.3803"),
    "zanchettin2021pontelagoscuro": W("web", "Daily discharge of the Po River at Pontelagoscuro, 1807–2020 "
                                      "(homogenised)", 2021, ["Zanchettin", "Rubinetti"],
                                      doi="10.5281/zenodo.5523911"),
    "hoyer2017xarray": W("article", "xarray: N-D labeled arrays and datasets in Python", 2017,
                         ["Hoyer", "Hamman"], doi="10.5334/jors.148"),
    "xarray2023zenodo": W("web", "xarray", 2023, ["Hoyer", "Roos", "Hamman"], doi="10.5281/zenodo.10008291"),
    "schulzweida2023cdo": W("web", "CDO User Guide", 2023, ["Schulzweida"], doi="10.5281/zenodo.10020800"),
    "begueria2023spei": W("web", "SPEI: Calculation of the Standardized Precipitation-Evapotranspiration "
                          "Index", 2023, ["Beguería", "Vicente-Serrano"],
                          url="https://CRAN.R-project.org/package=SPEI"),
    "vicenteserrano2010spei": W("article", "A multiscalar drought index sensitive to global warming: the "
                                "standardized precipitation evapotranspiration index", 2010,
                                ["Vicente-Serrano", "Beguería", "López-Moreno"], doi="10.1175/2009JCLI2909.1"),
    "rossetti2020tesi": W("thesis", "Indici di siccità e bilancio idrico nella pianura padana", 2020,
                          ["Rossetti"], url="http://amsdottorato.unibo.it/9371/"),
    "bellini2022tesi": W("thesis", "Analisi della siccità meteorologica in Piemonte mediante l'indice SPI",
                         2022, ["Bellini"]),
}
write("org/siccita-po.key.json", {
    "document": "siccita-po/quaderno.org",
    "about": "Invented Italian research notebook in Org (hydrology): #+bibliography: bibliografia.bib, "
             "#+cite_export: csl ieee.csl (list in order of first citation), [cite:@k], [cite:@a; @b], "
             "[cite/t:@k] (one in a heading), locators (`cap. 3`, `p. 4`), a citation in an org-table "
             "cell, a src block, #+print_bibliography:. .bib with @dataset (ERA5 CDS, Zenodo), "
             "@software (Zenodo, CRAN), @report, @phdthesis, @mastersthesis; one .bib entry "
             "(ispra2022siccita) is never cited and is not printed, so not keyed. Real: ERA5 dataset "
             "and paper, Montanari et al. 2023, Hoyer & Hamman 2017, Vicente-Serrano et al. 2010, SPEI, "
             "CDO, xarray (Zenodo DOIs as remembered); the theses, the Zanchettin series, the ARPAE and "
             "AdB Po items' wording and the author are invented. Clean.",
    "reader": "org",
    "clean": True,
    "citations": scan(O, r"\[cite(?:/[a-z/]+)?:([^\]]*)\]",
                      keys=lambda m: re.findall(r"@([A-Za-z0-9_]+)", m.group(1))),
    "notes": org,
    "literature": list(org.values()),
})

# 6. asciidoc/relatorio-acessibilidade -------------------------------------------------
A = "asciidoc/relatorio-acessibilidade.adoc"
ado = {
    "nbr9050": W("report", "NBR 9050: acessibilidade a edificações, mobiliário, espaços e equipamentos "
                 "urbanos", 2020),
    "dec5296": W(None, None, 2004),
    "lei13146": W(None, None, 2015),
    "emag31": W("report", "eMAG: Modelo de Acessibilidade em Governo Eletrônico", 2014,
                url="https://emag.governoeletronico.gov.br/"),
    "tic2022": W("report", "Pesquisa sobre o uso das tecnologias de informação e comunicação no setor "
                 "público brasileiro: TIC Governo Eletrônico 2021", 2022),
    "axecore": W("web", "axe-core", 2023, url="https://github.com/dequelabs/axe-core"),
    "en301549": W("report", "EN 301 549 V3.2.1: accessibility requirements for ICT products and services",
                  2021),
    "freire2008": W("chapter", "A survey on the accessibility awareness of people involved in web "
                    "development projects in Brazil", 2008, ["Freire", "Russo", "Fortes"],
                    doi="10.1145/1368044.1368064"),
    "isoiec40500": W("report", "ISO/IEC 40500:2012: information technology: W3C Web Content Accessibility "
                     "Guidelines (WCAG) 2.0", 2012),
    "santos2021": W("thesis", "Acessibilidade digital em portais de governos estaduais brasileiros: uma "
                    "avaliação com usuários cegos", 2021, ["Santos"]),
    "vigo2013": W("chapter", "Benchmarking web accessibility evaluation tools: measuring the harm of sole "
                  "reliance on automated tests", 2013, ["Vigo", "Brown", "Conway"],
                  doi="10.1145/2461121.2461124"),
    "wcagem": W("report", "Website Accessibility Conformance Evaluation Methodology (WCAG-EM) 1.0", 2014,
                url="https://www.w3.org/TR/WCAG-EM/"),
    "wcag21": W("report", "Web Content Accessibility Guidelines (WCAG) 2.1", 2018,
                url="https://www.w3.org/TR/WCAG21/"),
}
write("asciidoc/relatorio-acessibilidade.key.json", {
    "about": "Invented Brazilian Portuguese technical report (web accessibility audit) in AsciiDoc: "
             "header with author and revision lines, pt-BR captions, [abstract], <<key>> citations "
             "(adjacent pairs, in a table cell, in ordered lists), a [bibliography] section of "
             "`* [[[key]]]` entries in ABNT NBR 6023 (upper-case authors, BRASIL as author of a decree, "
             "a law and a ministry guideline, standards NBR, EN, ISO/IEC, W3C recommendation and note, "
             "software with version, a dissertação, two W4A papers with `In:`), sorted alphabetically. "
             "Legislation keyed by year only (no kind fits; the title of an act is not settled). Real "
             "works cited from memory (DOIs as remembered); the report, team, Santos 2021 and the "
             "findings are invented. Clean.",
    "reader": "asciidoc",
    "clean": True,
    "citations": scan(A, r"<<([a-z0-9]+)>>"),
    "notes": ado,
    "literature": list(ado.values()),
})
