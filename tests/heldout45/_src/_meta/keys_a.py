"""Writes the meta.json of heldout45 half A's text documents (latex, sup-markdown, asciidoc,
rmarkdown); the odt document and its key are written by build_odt_a.py.
Labels and lines come from the ⟦label⟧ annotations in the sources (checked with grep -n on the
built files); fields are given here by hand.  Conventions (see ../../README.md): the work's own
title; APS-style entries print no article title and are keyed with no `title`; authors are
surnames as printed (an `et al.` list keyed with the names printed; a .bib entry with the names
in its `author` field, `others` left out); corporate authors not keyed; DOIs bare (a
https://doi.org/ link keyed as the DOI only); URLs with scheme; kinds per the last section of
tests/corpus/README.md (dataset/software: web; standard, guide, agency report: report;
preprint: article; proceedings paper: chapter; thesis: thesis); an ACS-style number holding
several works (a)/(b) keyed by its first work.
Then:
  .venv/bin/python tests/corpus_build/build.py tests/heldout45 moire-transport perovskite-stability footbridge-monitoring anfibios-quitridio
  .venv/bin/python tests/heldout45/_src/_meta/build_odt_a.py"""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
B, A, C, R, CH, W, T, U = "book", "article", "commentary", "report", "chapter", "web", "thesis", "unknown"


def put(fmt, name, meta):
    p = os.path.join(HERE, "..", fmt, name, "meta.json")
    open(p, "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")


# ---- latex: English condensed-matter physics letter, revtex4-2, hand-written APS thebibliography ----
aps = [
 ("LopesdosSantos2007", dict(authors=["Lopes dos Santos", "Peres", "Castro Neto"], year=2007, kind=A)),
 ("SuarezMorell2010", dict(authors=["Suárez Morell", "Correa", "Vargas", "Pacheco", "Barticevic"], year=2010, kind=A)),
 ("Bistritzer2011", dict(authors=["Bistritzer", "MacDonald"], year=2011, kind=A)),
 ("Cao2018b", dict(authors=["Cao", "Fatemi", "Demir", "Fang", "Tomarken", "Luo", "Sanchez-Yamagishi", "Watanabe", "Taniguchi", "Kaxiras", "Ashoori", "Jarillo-Herrero"], year=2018, kind=A)),
 ("Cao2018a", dict(authors=["Cao", "Fatemi", "Fang", "Watanabe", "Taniguchi", "Kaxiras", "Jarillo-Herrero"], year=2018, kind=A)),
 ("Yankowitz2019", dict(authors=["Yankowitz", "Chen", "Polshyn", "Zhang", "Watanabe", "Taniguchi", "Graf", "Young", "Dean"], year=2019, kind=A)),
 ("Lu2019", dict(authors=["Lu", "Stepanov", "Yang", "Xie", "Aamir", "Das", "Urgell", "Watanabe", "Taniguchi", "Zhang", "Bachtold", "MacDonald", "Efetov"], year=2019, kind=A)),
 ("Sharpe2019", dict(authors=["Sharpe", "Fox", "Barnard", "Finney", "Watanabe", "Taniguchi", "Kastner", "Goldhaber-Gordon"], year=2019, kind=A)),
 ("Serlin2020", dict(authors=["Serlin", "Tschirhart", "Polshyn", "Zhang", "Zhu", "Watanabe", "Taniguchi", "Balents", "Young"], year=2020, kind=A)),
 ("Tarnopolsky2019", dict(authors=["Tarnopolsky", "Kruchkov", "Vishwanath"], year=2019, kind=A)),
 ("Andrei2020", dict(authors=["Andrei", "MacDonald"], year=2020, kind=A)),
 ("Uri2020", dict(authors=["Uri"], year=2020, kind=A)),
 ("Watanabe2004", dict(authors=["Watanabe", "Taniguchi", "Kanda"], year=2004, kind=A)),
 ("SM", dict(kind=C)),
 ("Koshino2018", dict(authors=["Koshino", "Yuan", "Koretsune", "Ochi", "Kuroki", "Fu"], year=2018, kind=A)),
 ("moirebands", dict(authors=["Raghunathan", "Lindqvist"], title="moirebands: continuum models of twisted multilayers", year=2024, doi="10.5281/zenodo.10488213", kind=W)),
 ("Zhou2023", dict(authors=["Zhou", "Varga", "Nakashima"], year=2023, kind=A)),
 ("Bultinck2020", dict(authors=["Bultinck", "Khalaf", "Liu", "Chatterjee", "Vishwanath", "Zaletel"], year=2020, kind=A)),
 ("Hallstein2022", dict(authors=["Hallstein"], title="Hartree–Fock studies of magic-angle graphene", year=2022, kind=T)),
]
put("latex", "moire-transport", {
 "about": "An invented English condensed-matter physics paper (thermal activation gaps in magic-angle twisted bilayer graphene) for Physical Review B: revtex4-2 (aps,prb,twocolumn,superscriptaddress), \\affiliation/\\email, \\cite{a,b,c} lists that revtex compresses to numeric ranges ([1-3], [4-7]), \\onlinecite after 'Ref.~', 'Refs.~\\cite{...}' in a table caption, a key cited again later (Cao2018b, Lu2019, Uri2020, Yankowitz2019), cross references that are not citations (Fig.~\\ref, Table~\\ref, Eq.~(\\ref), Sec.~\\ref, 'Sec.~S3'), and a hand-written thebibliography in APS style: article titles omitted (keyed with no title), abbreviated journals (Phys. Rev. Lett., Proc. Natl. Acad. Sci. USA, Nature (London), Nat. Mater.), bold volumes, article numbers (256802, 121407(R), 031087), 'A. Uri \\textit{et al.}' (keyed ['Uri']), a Supplemental Material note (keyed kind commentary only), a Zenodo software record with version and a \\href DOI (web; title kept), an arXiv preprint with no title (article), a Ph.D. thesis with its title. Labels: \\bibitem keys; literature in \\bibitem order (numbered as printed). Invented: the paper, its authors and institutions, Zhou et al. (arXiv number), the moirebands software and DOI, Hallstein's thesis, the SM URL. Real with data as remembered: all other entries. Clean.",
 "document": "main.tex", "reader": "latex", "clean": True, "lang": "en",
 "notes": {k: v for k, v in aps},
 "literature": [dict(number=i + 1, **v) for i, (k, v) in enumerate(aps)],
})

# ---- sup-markdown: English materials-chemistry lab blog post, <sup> markers, ACS-style numbered list ----
sm = {
 1: dict(authors=["Kojima", "Teshima", "Shirai", "Miyasaka"], title="Organometal Halide Perovskites as Visible-Light Sensitizers for Photovoltaic Cells", year=2009, doi="10.1021/ja809598r", kind=A),
 2: dict(authors=["Lee", "Teuscher", "Miyasaka", "Murakami", "Snaith"], title="Efficient Hybrid Solar Cells Based on Meso-Superstructured Organometal Halide Perovskites", year=2012, doi="10.1126/science.1228604", kind=A),
 3: dict(authors=["Jeon", "Noh", "Yang", "Kim", "Ryu", "Seo", "Seok"], title="Compositional Engineering of Perovskite Materials for High-Performance Solar Cells", year=2015, doi="10.1038/nature14133", kind=A),
 4: dict(authors=["Saliba", "Matsui", "Seo", "Domanski", "Correa-Baena", "Nazeeruddin", "Zakeeruddin", "Tress", "Abate", "Hagfeldt", "Grätzel"], title="Cesium-Containing Triple Cation Perovskite Solar Cells: Improved Stability, Reproducibility and High Efficiency", year=2016, doi="10.1039/C5EE03874J", kind=A),
 5: dict(title="Best Research-Cell Efficiency Chart", url="https://www.nrel.gov/pv/cell-efficiency.html", kind=W),
 6: dict(authors=["Khenkin"], title="Consensus Statement for Stability Assessment and Reporting for Perovskite Photovoltaics Based on ISOS Procedures", year=2020, doi="10.1038/s41560-019-0529-5", kind=A),
 7: dict(authors=["Conings", "Drijkoningen", "Gauquelin", "Babayigit", "D'Haen", "D'Olieslaeger", "Ethirajan", "Verbeeck", "Manca", "Mosconi", "De Angelis", "Boyen"], title="Intrinsic Thermal Instability of Methylammonium Lead Trihalide Perovskite", year=2015, doi="10.1002/aenm.201500477", kind=A),
 8: dict(authors=["Eperon", "Stranks", "Menelaou", "Johnston", "Herz", "Snaith"], title="Formamidinium Lead Trihalide: A Broadly Tunable Perovskite for Efficient Planar Heterojunction Solar Cells", year=2014, doi="10.1039/C3EE43822H", kind=A),
 9: dict(authors=["Domanski", "Roose", "Matsui", "Saliba", "Turren-Cruz", "Correa-Baena", "Carmona", "Richardson", "Foster", "De Angelis", "Ball", "Petrozza", "Mine", "Nazeeruddin", "Tress", "Grätzel", "Steiner", "Hagfeldt", "Abate"], title="Migration of Cations Induces Reversible Performance Losses over Day/Night Cycling in Perovskite Solar Cells", year=2017, doi="10.1039/C6EE03352K", kind=A),
 10: dict(authors=["Okonkwo", "Brandt"], title="Damp-Heat Ageing of Triple-Cation Perovskite Films: XRD and PL Data", year=2025, doi="10.5281/zenodo.14761208", kind=W),
 11: dict(authors=["Brandt", "Okonkwo", "Haas"], title="Light Soaking Partly Reverses Damp-Heat Losses in Encapsulated Triple-Cation Perovskite Cells", year=2025, doi="10.26434/chemrxiv-2025-7qk3d", kind=A),
 12: dict(authors=["Stranks", "Eperon", "Grancini", "Menelaou", "Alcocer", "Leijtens", "Herz", "Petrozza", "Snaith"], title="Electron-Hole Diffusion Lengths Exceeding 1 Micrometer in an Organometal Trihalide Perovskite Absorber", year=2013, doi="10.1126/science.1243982", kind=A),
}
put("supmarkdown", "perovskite-stability", {
 "about": "An invented English materials-chemistry lab blog post (damp-heat stability of triple-cation perovskite solar cells): byline with <sup>*</sup>/<sup>†</sup> author marks and a line of their explanations (not citations), Nature-style <sup>n</sup> markers after punctuation ('.<sup>1</sup>', ',<sup>2</sup>'), lists <sup>3,4</sup>, <sup>4,8</sup>, a range in a figure caption 'refs <sup>6,9–11</sup>' (en dash), numbers cited again (6 four times, 9 three times, 4 twice), 'ref. 9' named in the text on a line that also has <sup>9</sup>, non-citation superscripts and subscripts (cm<sup>2</sup>, 10<sup>−4</sup>, g m<sup>−2</sup> day<sup>−1</sup>, PbI<sub>2</sub>), 'Figure 2', 'Step 2', a numbered four-step protocol (not references), and a '## References' numbered Markdown list in ACS style with titles: 'J. Am. Chem. Soc. **2009**, *131*, 6050–6051', ISO 4 abbreviations (Energy Environ. Sci., Adv. Energy Mater., Nat. Energy), an article number (1500477), 'et al.' after the first author (keyed ['Khenkin']), entry 8 holding two works '(a) … (b) …' (keyed by its first work, Eperon et al. 2014), a web chart by an agency with '(accessed 2025-03-10)' (corporate author not keyed, no year keyed), a Zenodo dataset with version (web), a ChemRxiv preprint (article), DOIs as https://doi.org/ links (keyed bare, no url). Labels: list numbers. Invented: the post, its authors and group, the dataset (10) and preprint (11) with their DOIs. Real with data as remembered: 1-4, 6-9, 12 and the NREL chart URL. Planted: entry 12 (Stranks et al. 2013) is cited nowhere: uncited-literature-entry at its line.",
 "document": "perovskite-stability.md", "reader": "sup-markdown", "clean": True, "lang": "en",
 "notes": {str(n): v for n, v in sm.items() if n != 12},
 "literature": [dict(number=n, **v) for n, v in sm.items()],
})

# ---- asciidoc: English civil-engineering monitoring report, <<key>> citations, IEEE [bibliography] ----
ad = [
 ("zivanovic2005", dict(authors=["Živanović", "Pavic", "Reynolds"], title="Vibration serviceability of footbridges under human-induced excitation: A literature review", year=2005, doi="10.1016/j.jsv.2004.01.019", kind=A)),
 ("dallard2001", dict(authors=["Dallard"], title="The London Millennium Footbridge", year=2001, kind=A)),
 ("setra2006", dict(title="Footbridges: Assessment of vibrational behaviour of footbridges under pedestrian loading", year=2006, kind=R)),
 ("iso10137", dict(title="Bases for Design of Structures—Serviceability of Buildings and Walkways Against Vibrations", year=2007, kind=R)),
 ("brownjohn2007", dict(authors=["Brownjohn"], title="Structural health monitoring of civil infrastructure", year=2007, doi="10.1098/rsta.2006.1925", kind=A)),
 ("farrar2013", dict(authors=["Farrar", "Worden"], title="Structural Health Monitoring: A Machine Learning Perspective", year=2013, kind=B)),
 ("peeters2001", dict(authors=["Peeters", "De Roeck"], title="One-year monitoring of the Z24-Bridge: Environmental effects versus damage events", year=2001, kind=A)),
 ("ferreira2024", dict(authors=["Ferreira", "Okafor"], title="Temperature-driven frequency shifts in a pultruded GFRP footbridge: Five years of monitoring", year=2024, url="https://arxiv.org/abs/2403.05512", kind=A)),
 ("keller2021", dict(authors=["Keller", "Osei"], title="A low-cost MEMS accelerometer network for footbridge monitoring", year=2021, kind=CH)),
 ("brincker2001", dict(authors=["Brincker", "Zhang", "Andersen"], title="Modal identification of output-only systems using frequency domain decomposition", year=2001, doi="10.1088/0964-1726/10/3/303", kind=A)),
 ("peeters1999", dict(authors=["Peeters", "De Roeck"], title="Reference-based stochastic subspace identification for output-only modal analysis", year=1999, doi="10.1006/mssp.1999.1249", kind=A)),
 ("omatools", dict(authors=["Haldane"], title="oma-tools: Operational modal analysis in Python", year=2023, url="https://github.com/rhaldane/oma-tools", kind=W)),
 ("osei2023", dict(authors=["Osei"], title="Crowd-induced lateral vibration of lightweight footbridges", year=2023, kind=T)),
]
put("asciidoc", "footbridge-monitoring", {
 "about": "An invented English civil-engineering monitoring report (first year of ambient vibration monitoring of an invented steel footbridge) in Asciidoctor: header with author line and revision, :sectnums:, :xrefstyle: short, an [abstract] block, section ids ([#sec-...]), <<key>> citations, two in a row '<<a>>, <<b>>', a citation in a figure's block title, cross references to a table, a figure and sections (<<tbl-sensors>>, <<fig-layout>>, <<tbl-modes>>: not citations), tables with numbers and units, 'Step 3' in a processing chain, and a [bibliography] section of '* [[[key,n]]]' items in IEEE style: 'et al.' after the first author (keyed ['Dallard']), '_J. Sound Vib._, vol., no., pp.', 'doi:' (keyed bare), a technical guide by an agency (Sétra; corporate author not keyed; report), an ISO standard (report, no author), a book with 'Chichester, U.K.: Wiley', an arXiv preprint with '[Online]. Available:' (article, url keyed), a proceedings paper 'in _Proc. ..._' (chapter), software with version and '[Online]. Available:' (web), a Ph.D. dissertation (thesis). Labels: the bibliography keys; literature in list order. Invented: the report, bridge, authors, Ferreira & Okafor (arXiv number), Keller & Osei, oma-tools (and URL), Osei's dissertation. Real with data as remembered: Živanović et al., Dallard et al., Sétra 2006, ISO 10137, Brownjohn, Farrar & Worden, Peeters & De Roeck (both), Brincker et al. Planted: <<heinemeyer2009>> (the HiVoSS guideline, line of 'modes in <<heinemeyer2009>>') has no bibliography entry: missing-literature-entry (no pair keyed for it).",
 "document": "footbridge-monitoring.adoc", "reader": "asciidoc", "clean": True, "lang": "en",
 "notes": {k: v for k, v in ad},
 "literature": [dict(number=i + 1, **v) for i, (k, v) in enumerate(ad)],
})

# ---- rmarkdown: Spanish ecology paper, bookdown html_document2, referencias.bib, csl vancouver ----
rb = {
 "berger1998": dict(authors=["Berger", "Speare", "Daszak", "Green", "Cunningham", "Goggin", "Slocombe", "Ragan", "Hyatt", "McDonald", "Hines", "Lips", "Marantelli", "Parkes"], title="Chytridiomycosis causes amphibian mortality associated with population declines in the rain forests of Australia and Central America", year=1998, doi="10.1073/pnas.95.15.9031", kind=A),
 "longcore1999": dict(authors=["Longcore", "Pessier", "Nichols"], title="Batrachochytrium dendrobatidis gen. et sp. nov., a chytrid pathogenic to amphibians", year=1999, doi="10.1080/00275514.1999.12061011", kind=A),
 "scheele2019": dict(authors=["Scheele", "Pasmans", "Skerratt", "Berger", "Martel", "Beukema", "Acevedo", "Burrowes", "Carvalho", "Catenazzi"], title="Amphibian fungal panzootic causes catastrophic and ongoing loss of biodiversity", year=2019, doi="10.1126/science.aav0379", kind=A),
 "lips2006": dict(authors=["Lips", "Brem", "Brenes", "Reeve", "Alford", "Voyles", "Carey", "Livo", "Pessier", "Collins"], title="Emerging infectious disease and the loss of biodiversity in a Neotropical amphibian community", year=2006, doi="10.1073/pnas.0506889103", kind=A),
 "iucn2023": dict(title="State of the World's Amphibians: The Second Global Amphibian Assessment", year=2023, url="https://www.amphibians.org/publications/state-of-the-worlds-amphibians/", kind=R),
 "luedtke2023": dict(authors=["Luedtke", "Chanson", "Neam", "Hobin", "Maciel", "Catenazzi"], title="Ongoing declines for the world's amphibians in the face of emerging threats", year=2023, doi="10.1038/s41586-023-06578-4", kind=A),
 "seimon2007": dict(authors=["Seimon", "Seimon", "Daszak", "Halloy", "Schloegel", "Aguilar", "Sowell", "Hyatt", "Konecky", "Simmons"], title="Upward range extension of Andean anurans and chytridiomycosis to extreme elevations in response to tropical deglaciation", year=2007, doi="10.1111/j.1365-2486.2006.01278.x", kind=A),
 "pounds2006": dict(authors=["Pounds", "Bustamante", "Coloma", "Consuegra", "Fogden", "Foster", "La Marca", "Masters", "Merino-Viteri", "Puschendorf"], title="Widespread amphibian extinctions from epidemic disease driven by global warming", year=2006, doi="10.1038/nature04246", kind=A),
 "herrera2021": dict(authors=["Herrera-Lozano"], title="Dinámica estacional de Batrachochytrium dendrobatidis en poblaciones de Telmatobius del valle del Vilcanota", year=2021, kind=T),
 "boyle2004": dict(authors=["Boyle", "Boyle", "Olsen", "Morgan", "Hyatt"], title="Rapid quantitative detection of chytridiomycosis (Batrachochytrium dendrobatidis) in amphibian samples using real-time Taqman PCR assay", year=2004, doi="10.3354/dao060141", kind=A),
 "rcore2024": dict(title="R: A Language and Environment for Statistical Computing", year=2024, url="https://www.R-project.org/", kind=W),
 "bates2015": dict(authors=["Bates", "Mächler", "Bolker", "Walker"], title="Fitting Linear Mixed-Effects Models Using lme4", year=2015, doi="10.18637/jss.v067.i01", kind=A),
 "quispe2024data": dict(authors=["Quispe Mamani", "Herrera-Lozano"], title="Hisopados y cargas de zoosporas de Batrachochytrium dendrobatidis en anuros altoandinos, 2019–2023", year=2024, doi="10.5061/dryad.8w9ghx3q7", kind=W),
}
put("rmarkdown", "anfibios-quitridio", {
 "about": "An invented Spanish ecology paper (prevalence of the chytrid fungus Bd in high-Andean frogs of southern Peru, 2019-2023) in R Markdown with bookdown::html_document2 and word_document2: YAML with lang: es, bibliography: referencias.bib and a numeric csl: given as a URL (https://www.zotero.org/styles/vancouver), link-citations; R chunks (setup, a model, a figure by knitr::include_graphics with fig.cap), bookdown cross references \\@ref(tab:sitios) and \\@ref(fig:prevalencia) and a '(\\#tab:sitios)' table caption (not citations), citations [@a; @b], [@key, p. 1460], @key in the text, [-@key], a key cited again later, an e-mail address in the text (not a citation), '# Referencias {-}' with '::: {#refs}'. The .bib: @article with abbreviated journal names (Proc Natl Acad Sci U S A, Glob Change Biol, Dis Aquat Organ, J Stat Softw) and 'and others' (keyed with the names in the field, 'others' left out), \\emph in titles, a corporate @report with institution and url (author not keyed), @phdthesis with type = {Tesis doctoral}, @manual for R with version (web, corporate author not keyed), a Dryad dataset as @misc with version and doi (web). Labels: citation keys (tests/heldout44 pandoc convention). Literature: Vancouver prints the cited entries in order of first citation. Invented: the paper, its authors and the second affiliation, Herrera-Lozano's thesis, the Dryad dataset and its DOI. Real with data as remembered: the other entries (author lists and DOIs as remembered; Longcore's DOI in particular may differ). Clean.",
 "document": "anfibios-quitridio.Rmd", "reader": "pandoc-markdown", "clean": True, "lang": "es",
 "notes": rb,
 "literature": [rb[k] for k in ["berger1998", "longcore1999", "scheele2019", "lips2006", "iucn2023", "luedtke2023", "seimon2007", "pounds2006", "herrera2021", "boyle2004", "rcore2024", "bates2015", "quispe2024data"]],
})
