"""Writes the meta.json of heldout43 half A's text documents (markdown-links, org, supmarkdown,
plaintext); the odt document and its key are written by build_odt43a.py.  Labels and lines come
from the ⟦label⟧ annotations in the sources (checked with grep -n on the built files); fields are
given here by hand.  DOIs are keyed bare (the README's key format, `doi` case-folded), whatever
form the document writes them in (`doi:`, `DOI: … .`, https://doi.org/, http://dx.doi.org/); a
reference that gives its DOI only as a resolver address is keyed with the DOI and no url; `url`
is the address of the work itself (not its archived copy), with a scheme.
Then: .venv/bin/python tests/corpus_build/build.py tests/heldout43 linkrot-audit soil-carbon-notebook kometa-pl broadband-brief
Kinds follow the last section of tests/corpus/README.md."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
B, A, C, R, CH, W, T, U = "book", "article", "commentary", "report", "chapter", "web", "thesis", "unknown"


def put(fmt, name, meta):
    p = os.path.join(HERE, "..", fmt, name, "meta.json")
    open(p, "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")


def numbered(entries):
    notes = {str(i + 1): e for i, e in enumerate(entries)}
    lit = [dict(number=i + 1, **e) for i, e in enumerate(entries)]
    return notes, lit


# ---- markdown-links: English data-journalism post, inline links + numbered reference list ----
md = [
 dict(authors=["Klein", "Van de Sompel", "Sanderson"], title="Scholarly context not found: one in five articles suffers from reference rot", year=2014, doi="10.1371/journal.pone.0115253", kind=A),
 dict(authors=["Jones", "Van de Sompel", "Shankar"], title="Scholarly context adrift: three out of four URI references lead to changed content", year=2016, doi="10.1371/journal.pone.0167475", kind=A),
 dict(authors=["Zittrain", "Albert", "Lessig"], title="Perma: scoping and addressing the problem of link and reference rot in legal citations", year=2014, url="https://harvardlawreview.org/forum/vol-127/perma-scoping-and-addressing-the-problem-of-link-and-reference-rot-in-legal-citations/", kind=A),
 dict(authors=["Van de Sompel", "Nelson", "Sanderson"], title="HTTP Framework for Time-Based Access to Resource States -- Memento", year=2013, url="https://www.rfc-editor.org/rfc/rfc7089.html", kind=R),
 dict(authors=["Landauer", "Okafor"], title="linkaudit: scripts and data for the 2025 archive link audit", year=2025, url="https://github.com/dailyledger-data/linkaudit", doi="10.5281/zenodo.17403318", kind=W),
 dict(title="Planning application 16/0412, documents", year=2016, url="https://planning.harrowgate-council.example/search?ref=16%2F0412&view=summary#documents", kind=W),
 dict(authors=["Lawrence", "Pennock", "Flake"], title="Persistence of web references in scientific research", year=2001, doi="10.1109/2.901164", kind=A),
 dict(authors=["Chapekis", "Bestvater", "Remy", "Rivero"], title="When online content disappears", year=2024, url="https://www.pewresearch.org/data-labs/2024/05/17/when-online-content-disappears/", kind=W),
 dict(title="Save Page Now", url="https://web.archive.org/save", kind=W),
 dict(title="Perma.cc: websites change, Perma links don't", url="https://perma.cc/", kind=W),
 dict(authors=["Benton"], title="What happens to news when the links die?", year=2021, url="https://www.niemanlab.org/2021/05/what-happens-to-news-when-the-links-die/", kind=A),
]
notes, lit = numbered(md)
put("markdown-links", "linkrot-audit", {
 "about": "An invented English data-journalism blog post (a newsroom's audit of link rot in its own archive) in Markdown with YAML front matter, citing by inline links whose URLs are those of a numbered '## References' list (`1. Authors. [Title](url). *Journal* **vol**, page (year).`) and by `[3]` markers. The link cases: a link text that differs from the address ('one in five articles suffers…'), a body link by http://dx.doi.org/ to an entry listed by https://doi.org/ (the same DOI: cites entry 2), an angle-bracket autolink with a query string, a percent-encoded slash and a fragment, a Wayback link to the archived copy the entry names (cites entry 6, on the same line), an entry with two URLs (GitHub repository and Zenodo DOI: url and doi keyed), a link to a home page (Perma.cc) that is an entry, an RFC (report), a DOI link with the link text 'Lawrence and colleagues', 'accessed 2 October 2025' after an angle-bracketed archive URL. Labels: the entry number (a link citing an entry, or `[n]`); the same entry twice on one line is one pair. DOIs keyed bare, urls as listed. Invented: the post, its author, the newspaper (dailyledger), the GitHub repository and Zenodo DOI, the Harrowgate council page and its Wayback capture, the Nieman Lab piece (title and URL invented). Real with data as remembered (author lists cut as printed, with *et al.*): Klein et al. 2014, Jones et al. 2016, Zittrain et al. 2014 (its URL path may differ), RFC 7089, Lawrence et al. 2001, Pew 2024, Save Page Now, Perma.cc. Clean (half A's planted defects are in org and plaintext).",
 "document": "linkrot-audit.md", "reader": "markdown-links", "clean": True, "lang": "en",
 "notes": notes, "literature": lit,
})

# ---- org: English thesis-chapter notebook, org-ref cite: links, refs.bib with DOIs in several forms ----
org_notes = {
 "poeplau2015carbon": dict(authors=["Poeplau", "Don"], title="Carbon sequestration in agricultural soils via cultivation of cover crops -- A meta-analysis", year=2015, doi="10.1016/j.agee.2014.10.024", kind=A),
 "jian2020meta": dict(authors=["Jian", "Du", "Reiter", "Stewart"], title="A meta-analysis of global cropland soil carbon changes due to cover cropping", year=2020, doi="10.1016/j.soilbio.2020.107735", kind=A),
 "chaplot2023cover": dict(authors=["Chaplot", "Smith"], title="Cover crops do not increase soil organic carbon stocks as much as has been claimed: What is the way forward?", year=2023, doi="10.1111/gcb.16917", kind=A),
 "vonhaden2020bulk": dict(authors=["von Haden", "Yang", "DeLucia"], title="Soils' dirty little secret: Depth-based comparisons can be inadequate for quantifying changes in soil organic carbon and other mineral soil properties", year=2020, url="http://dx.doi.org/10.1111/gcb.15124", kind=A),
 "katterer2011roots": dict(authors=["Kätterer", "Bolinder", "Andrén", "Kirchmann", "Menichetti"], title="Roots contribute more to refractory soil organic matter than above-ground crop residues, as revealed by a long-term field experiment", year=2011, doi="10.1016/j.agee.2011.02.029", kind=A),
 "poggio2021soilgrids": dict(authors=["Poggio", "de Sousa", "Batjes", "Heuvelink", "Kempen", "Ribeiro", "Rossiter"], title="SoilGrids 2.0: producing soil information for the globe with quantified spatial uncertainty", year=2021, doi="10.5194/soil-7-217-2021", url="https://soil.copernicus.org/articles/7/217/2021/", kind=A),
 "reinholt2025chapter3data": dict(authors=["Reinholt"], title="Chapter 3 input data: cover-crop soil organic carbon re-analysis", year=2025, doi="10.5281/zenodo.15522107", url="https://zenodo.org/records/15522107", kind=W),
 "fick2017worldclim": dict(authors=["Fick", "Hijmans"], title="WorldClim 2: new 1-km spatial resolution climate surfaces for global land areas", year=2017, doi="10.1002/joc.5086", url="https://www.worldclim.org/data/worldclim21.html", kind=A),
 "zomer2022global": dict(authors=["Zomer", "Xu", "Trabucco"], title="Version 3 of the Global Aridity Index and Potential Evapotranspiration Database", year=2022, doi="10.1038/s41597-022-01493-1", kind=A),
 "wendt2013esm": dict(authors=["Wendt", "Hauser"], title="An equivalent soil mass procedure for monitoring soil organic carbon in multiple soil layers", year=2013, doi="10.1111/ejss.12002", kind=A),
 "viechtbauer2010metafor": dict(authors=["Viechtbauer"], title="Conducting Meta-Analyses in R with the metafor Package", year=2010, doi="10.18637/jss.v036.i03", url="https://www.jstatsoft.org/v36/i03/", kind=A),
 "nakagawa2022methods": dict(authors=["Nakagawa", "Lagisz", "Jennions", "Koricheva", "Noble", "Parker", "Sánchez-Tójar", "Yang", "O'Dea"], title="Methods for testing publication bias in ecological and evolutionary meta-analyses", year=2022, doi="10.1111/2041-210X.13724", kind=A),
 "mcclelland2021management": dict(authors=["McClelland", "Paustian", "Schipanski"], title="Management of cover crops in temperate climates influences soil organic carbon stocks: a meta-analysis", year=2021, doi="10.1002/eap.2278", kind=A),
 "1": dict(url="https://wviechtb.github.io/metafor/reference/funnel.html"),
}
put("org", "soil-carbon-notebook", {
 "about": "An invented English PhD-thesis chapter kept as an Org-mode notebook (soil organic carbon under cover crops: data sources and a first re-analysis) with org-ref links (`cite:`, `citep:a,b`, `citet:`), `bibliography:refs.bib` / `bibliographystyle:unsrtnat` at the end, a `:noexport:` to-do subtree holding a cite (not text: no pair), a cite in a `#+CAPTION:`, and one Org footnote `[fn:1]` whose definition holds a cite of its own and a bare URL with '(accessed 2025-09-30)'. The .bib (a Better BibTeX export edited by hand) writes DOIs in several forms: bare `doi = {10.…}`, `doi = {https://doi.org/10.…}`, `doi = {doi:10.…}`, `doi = {https://dx.doi.org/10.…}`, `DOI = {…}` in capitals beside a publisher `url`, only `url = {http://dx.doi.org/10.…}` (keyed as that url: the entry has no doi field), a `@dataset` with a Zenodo DOI, url and urldate (kind web), and a handle with an access date in a `note` (not keyed). Labels: the .bib keys; footnote `1` (keyed with its URL only). DOIs keyed bare. No literature keyed: org-ref's printed list depends on the export (unsrtnat through LaTeX); the notes carry the fields. Invented: the chapter, its author, the Zenodo record and DOI, the SLU handle. Real with data as remembered: the other entries (DOIs, pages and author lists may differ in detail). Planted: `cite:blanco2022deep` has no entry in refs.bib: missing-literature-entry at its line (no pair keyed for it).",
 "document": "chapter3.org", "reader": "org", "clean": True, "lang": "en",
 "notes": org_notes,
})

# ---- supmarkdown: Polish popular-science article, <sup>n</sup> markers, numbered 'Przypisy' ----
pl = [
 dict(authors=["Meech", "Weryk", "Micheli"], title="A brief visit from a red and extremely elongated interstellar asteroid", year=2017, doi="10.1038/nature25020", kind=A),
 dict(title="The natural history of ʻOumuamua", year=2019, doi="10.1038/s41550-019-0816-x", kind=A),
 dict(authors=["Micheli", "Farnocchia", "Meech"], title="Non-gravitational acceleration in the trajectory of 1I/2017 U1 (ʻOumuamua)", year=2018, doi="10.1038/s41586-018-0254-4", kind=A),
 dict(authors=["Bialy", "Loeb"], title="Could solar radiation pressure explain ʻOumuamua's peculiar acceleration?", year=2018, kind=A),
 dict(authors=["Loeb"], title="Extraterrestrial: The First Sign of Intelligent Life Beyond Earth", year=2021, kind=B),
 dict(authors=["Jackson", "Desch"], title="1I/ʻOumuamua as an N₂ ice fragment of an exo-Pluto surface: I. Size and compositional constraints", year=2021, doi="10.1029/2020JE006706", kind=A),
 dict(title="MPEC 2019-R106: Comet C/2019 Q4 (Borisov)", year=2019, url="https://minorplanetcenter.net/mpec/K19/K19RA6.html", kind=W),
 dict(authors=["Guzik", "Drahus", "Rusek"], title="Initial characterization of interstellar comet 2I/2019 Q4 (Borisov)", year=2020, doi="10.1038/s41550-019-0931-8", kind=A),
 dict(authors=["Jewitt", "Luu"], title="Initial characterization of interstellar comet 2I/2019 Q4 (Borisov)", year=2019, url="https://arxiv.org/abs/1910.02547", kind=A),
 dict(authors=["Kaczmarek"], title="Jak Polacy jako pierwsi zmierzyli kometę z innej gwiazdy", year=2019, url="https://www.urania.edu.pl/wiadomości/polacy-kometa-borysowa-pomiary", kind=A),
 dict(url="https://pl.wikipedia.org/wiki/Obiekt_mi%C4%99dzygwiazdowy", kind=W),
 dict(title="ʻOumuamua", url="https://science.nasa.gov/solar-system/comets/oumuamua/", kind=W),
 dict(authors=["Hoover", "Seligman", "Payne"], title="The population of interstellar objects detectable with the LSST and accessible for in situ rendezvous with various mission designs", year=2022, doi="10.3847/PSJ/ac58fe", kind=A),
 dict(title="Comet Interceptor", url="https://www.esa.int/Science_Exploration/Space_Science/Comet_Interceptor", kind=W),
]
notes, lit = numbered(pl)
put("supmarkdown", "kometa-pl", {
 "about": "An invented Polish popular-science magazine article (interstellar objects ʻOumuamua and 2I/Borisov) as Markdown converted from a CMS page: title, byline, standfirst, `---` rules, sections, `<sup>n</sup>` markers (notes 1 and 2 cited more than once) and a numbered '## Przypisy' list in a Polish PN-ISO-690-like style (`Nazwisko I., Tytuł, „Czasopismo” rok, t., s.`, `i in.`). Identifiers as Polish writers type them: `DOI: 10.… .` with the list's full stop, `https://doi.org/…`, `doi:10.…`, `doi: 10.…` with a space, a DOI URL in angle brackets, `arXiv:1810.11490` (no url keyed), a DOI plus a preprint `arXiv:1909.05851 [astro-ph.EP]` (the DOI keyed), an arxiv.org/abs URL as the only address, an ISBN, an access date `(dostęp: 3.03.2025)` and `[dostęp 2025-05-12]`, an archived copy after `kopia archiwalna:` (url keyed is the original), a URL with a non-ASCII path (`wiadomości`) and a percent-encoded Wikipedia URL that is the note's only content. Labels: the note numbers; a note's fields are those of its list entry (notes and literature keyed alike). A corporate author (ʻOumuamua ISSI Team, Minor Planet Center, NASA Science, ESA) is not keyed. Invented: the article, its author, the Urania piece (author, title and URL). Real with data as remembered (page ranges, DOIs, the ISBN and the MPC address may differ in detail): the others. Clean (half A's planted defects are in org and plaintext).",
 "document": "kometa-pl.md", "reader": "sup-markdown", "clean": True, "lang": "pl",
 "notes": notes, "literature": lit,
})

# ---- plaintext: English policy brief, [n] citations, References with bare URLs broken over lines ----
pt = [
 dict(title="Connected Nations 2024: UK report", year=2024, url="https://www.ofcom.org.uk/phones-and-broadband/coverage-and-speeds/connected-nations-2024", kind=R),
 dict(title="Project Gigabit progress update: spring 2025", year=2025, url="https://www.gov.uk/government/publications/project-gigabit-progress-update-spring-2025"),
 dict(authors=["Czernich", "Falck", "Kretschmer", "Woessmann"], title="Broadband infrastructure and economic growth", year=2011, doi="10.1111/j.1468-0297.2011.02420.x", kind=A),
 dict(authors=["Kolko"], title="Broadband and local growth", year=2012, doi="10.1016/j.jue.2011.07.004", kind=A),
 dict(authors=["Malecki"], title="Digital development in rural areas: potentials and pitfalls", year=2003, doi="10.1016/S0743-0167(02)00068-2", kind=A),
 dict(authors=["Whitacre", "Gallardo", "Strover"], title="Broadband's contribution to economic growth in rural areas: moving towards a causal relationship", year=2014, doi="10.1016/j.telpol.2014.05.005", kind=A),
 dict(authors=["LaRose", "Gregg", "Strover", "Straubhaar", "Carpenter"], title="Closing the rural broadband gap: promoting adoption of the Internet in rural America", year=2007, doi="10.1016/j.telpol.2007.04.004", kind=A),
 dict(authors=["Penhallow", "Ibbetson"], title="Telecottages and the rural information economy", year=1998, doi="10.1002/(SICI)1099-1662(199809)14:3<211::AID-RDS412>3.0.CO;2-K", kind=A),
 dict(authors=["Dunmore", "Ashcroft"], title="Video consultations in rural general practice during COVID-19: a cross-sectional survey", year=2021, kind=A),
 dict(title="Rural broadband: the state of the nation", year=2019, url="https://rsnonline.org.uk/broadband-state-of-the-nation"),
 dict(title="Improving broadband", year=2020, url="https://www.nao.org.uk/reports/improving-broadband/", kind=R),
 dict(authors=["Warf"], title="Global Geographies of the Internet", year=2013, kind=B),
 dict(title="Britain's digital infrastructure: the case for full fibre", year=2018, url="https://www.broadbanduk.org/reports/full-fibre-case?year=2018&format=pdf"),
]
notes, lit = numbered(pt)
del notes["13"]  # never cited
put("plaintext", "broadband-brief", {
 "about": "An invented English policy brief (rural gigabit broadband in the UK) as a plain-text file of a think-tank unit: masthead, authors, rules of dashes, SUMMARY bullets, numbered sections, lettered recommendations, `[n]` citations (runs `[1][2]`, `[3][4][6]`) and a 'REFERENCES' list of `[n]` entries in Harvard-like form with hanging 4-space indents. Identifiers and addresses as typed: `DOI: 10.1111/… .` alone on a line with the full stop, `doi:` with an Elsevier PII DOI holding parentheses, a doi.org URL broken by the author after `telpol.` (keyed whole), a Wiley SICI DOI with parentheses, angle brackets and a semicolon broken over two lines after `(199809)` (keyed whole), a URL without a scheme (`www.gov.uk/…`, keyed with https://), a URL followed by its full stop (`…/improving-broadband/.`), 'Archived from the original on 4 June 2020 at' a Wayback URL broken after `https://` inside the archived address (the url keyed is the original page), '(accessed 3 October 2025)', '(retrieved …)', `PMID:`, `ISSN`, `ISBN`, a URL with a query string followed by a comma. Labels: the entry numbers; each note keyed with its entry's fields. Corporate authors (Ofcom, DSIT, Rural Services Network, NAO, Broadband Stakeholder Group) not keyed; Ofcom's and the NAO's reports `report`; kinds not keyed where unclear (a progress update, an advocacy group's publication). Invented: the brief, its unit and authors, Penhallow & Ibbetson 1998 (journal and SICI DOI invented in Wiley's shape), Dunmore & Ashcroft 2021 (and its PMID), the RSN page and its capture, the Broadband Stakeholder Group URL. Real with data as remembered: the others (URL paths, pages and DOIs may differ in detail). Planted: entry [13] is cited nowhere: uncited-literature-entry at its first line.",
 "document": "broadband-brief.txt", "reader": "plain-text", "clean": True, "lang": "en",
 "notes": notes, "literature": lit,
})
