"""Writes the meta.json of heldout41 half A's documents (labels and fields by hand; lines come
from the ⟦label⟧ annotations next to each marker in the sources, checked with grep -n).
Then: .venv/bin/python tests/corpus_build/build.py tests/heldout41 wies-laboratorium-pl heat-resilience-report sociolinguistica-ca
and   .venv/bin/python tests/corpus_build/build_docx.py tests/heldout41 fen-drainage-ch4
and   .venv/bin/python tests/heldout41/_src/_meta/build_odt41a.py   (the odt and its key; fields there)
Kinds follow the last section of tests/corpus/README.md (statutes, directives, SOUs and IPCC
assessment reports report; archival files unknown; a chapter in an edited volume or a preface
in a collection chapter; a doctoral thesis thesis; web pages web)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
B, A, C, R, CH, W, T, U = "book", "article", "commentary", "report", "chapter", "web", "thesis", "unknown"


def put(fmt, name, meta):
    p = os.path.join(HERE, "..", fmt, name, "meta.json")
    open(p, "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")


# ---- docx: English environmental-history book chapter, Word endnotes (lower roman), Works Cited + Works Consulted ----
darby = dict(authors=["Darby"], title="The Draining of the Fens", year=1940, kind=B)
ash = dict(authors=["Ash"], title="The Draining of the Fens: Projectors, Popular Politics, and State Building in Early Modern England", year=2017, kind=B)
dugdale = dict(authors=["Dugdale"], title="The History of Imbanking and Drayning of Divers Fenns and Marshes, Both in Forein Parts and in This Kingdom", year=1662, kind=B)
lindley = dict(authors=["Lindley"], title="Fenland Riots and the English Revolution", year=1982, kind=B)
arch = dict(kind=U)
holmes = dict(authors=["Holmes"], title="Drainers and Fenmen: The Problem of Popular Political Consciousness in the Seventeenth Century", year=1985, kind=CH)
wells = dict(authors=["Wells"], title="The History of the Drainage of the Great Level of the Fens, Called Bedford Level", year=1830, kind=B)
scott = dict(authors=["Scott"], title="Seeing Like a State: How Certain Schemes to Improve the Human Condition Have Failed", year=1998, kind=B)
rotherham = dict(authors=["Rotherham"], title="The Lost Fens: England’s Greatest Ecological Disaster", year=2013, kind=B)
thirsk = dict(authors=["Thirsk"], title="English Peasant Farming: The Agrarian History of Lincolnshire from Tudor to Recent Times", year=1957, kind=B)
hoskins = dict(authors=["Hoskins"], title="The Making of the English Landscape", year=1955, kind=B)
rackham = dict(authors=["Rackham"], title="The History of the Countryside", year=1986, kind=B)
summers = dict(authors=["Summers"], title="The Great Level: A History of Drainage and Land Reclamation in the Fens", year=1976, kind=B)
put("docx", "fen-drainage-ch4", {
 "about": "An invented English environmental-history book chapter manuscript (draining the Great Level of the Fens, 1630–1700) as a Word .docx sent to volume editors: a draft line, Heading 1 chapter title and section headings, author line, 15 Word ENDNOTES (word/endnotes.xml, endnoteReference runs; settings.xml endnotePr numFmt lowerRoman, Word's default, so the markers print i, ii … xv) in Chicago notes style: full first notes, 'Ibid., 88–90.' (iii -> Ash), 'Ibid., fols. 14v–15r.' (vii -> the archival file of vi), short forms (ix 'Ash, Draining of the Fens, 142–49.', xiv 'Darby, Draining of the Fens, 97.' — two books with the same short title by different authors), a note with a semicolon and a cross-reference to a later note ('see also Holmes, “Drainers and Fenmen” (n. viii below)': keyed with Lindley), an archival note (Cambridgeshire Archives … R59/31/9/3: unknown), a chapter in an edited volume (Holmes: chapter), a multi-volume work cited '1:211–16', a note that only comments on place names (xii: commentary). Two lists typed as plain paragraphs after Heading 1 'Works Cited' (10 entries, the archival entry included: unknown) and 'Works Consulted' (3 entries cited nowhere, by design: a 'Works Consulted' list holds works read but not cited). Labels: the endnote numbers as printed (lower roman); lines are body paragraph numbers. Invented: the chapter, its author and volume, the archival reference (file number, folios, order book). Real with data as remembered: Darby 1940, Ash 2017, Dugdale 1662, Lindley 1982, Holmes 1985, Wells 1830, Scott 1998, Rotherham 2013, Thirsk 1957, Hoskins 1955, Rackham 1986, Summers 1976. Clean.",
 "document": "fen-drainage-ch4.docx", "reader": "docx", "clean": True, "lang": "en-GB",
 "title": "Ch4 Fens draft v3", "creator": "Hannah Ellery-Burgess", "endnote_format": "lowerRoman",
 "notes": {"i": darby, "ii": ash, "iii": ash, "iv": dugdale, "v": lindley, "vi": arch, "vii": arch, "viii": holmes, "ix": ash, "x": wells,
           "xi": scott, "xii": dict(kind=C), "xiii": rotherham, "xiv": darby, "xv": thirsk},
 "literature": [ash, arch, darby, dugdale, holmes, lindley, rotherham, scott, thirsk, wells, hoskins, rackham, summers],
})


# ---- pdftext: Polish sociology monograph, endnotes at the back ("Przypisy") per chapter, numbers restarting ----
peasant = dict(authors=["Thomas", "Znaniecki"], title="The Polish Peasant in Europe and America", year=1918, kind=B)
znan = dict(authors=["Znaniecki"], title="Wstęp do socjologii", year=1922, kind=B)
chal = dict(authors=["Chałasiński"], title="Młode pokolenie chłopów. Procesy i zagadnienia kształtowania się warstwy chłopskiej w Polsce", year=1938, kind=B)
krzyw = dict(authors=["Krzywicki"], title="Wstęp", year=1935, kind=CH)
szcz = dict(authors=["Szczepański"], title="Odmiany czasu teraźniejszego", year=1971, kind=B)
ossow = dict(authors=["Ossowski"], title="Struktura klasowa w społecznej świadomości", year=1957, kind=B)
dobrow = dict(authors=["Dobrowolski"], title="Studia nad życiem społecznym i kulturą", year=1966, kind=B)
sztomp = dict(authors=["Sztompka"], title="Trauma wielkiej zmiany. Społeczne koszty transformacji", year=2000, kind=B)
put("pdftext", "wies-laboratorium-pl", {
 "about": "An invented Polish sociology monograph (the village as the laboratory of Polish sociology) as `pdftotext -layout` gives a typeset book (hand-shaped): chapter openings centred ('Rozdział 1' + title), running heads with page numbers on verso pages ('18   Wieś jako laboratorium socjologii'), folios at the foot of recto pages, form feeds, hyphenated line ends, note markers glued after words and punctuation ('pół wieku.1 Nie była to', 'jednostki,2', 'odpowiada podziałom obiektywnym.1 Dla ba-'). The notes are ENDNOTES gathered at the back under 'Przypisy' with chapter subheadings 'Rozdział 1' / 'Rozdział 2', numbers restarting in each chapter, hanging indents. Polish note forms: full first notes, 'Tamże, t. 2, s. 301–315.' (1.4 -> Chałasiński), 'Por. tamże, s. 88.' (2.2 -> Ossowski), Znaniecki given in full again at his first note of chapter 2 (2.3), 'dz. cyt.' (2.8 -> Chałasiński of chapter 1, year not printed: keyed with the work's fields), a two-author multi-volume work ('t. 1–5, Boston 1918–1920': year 1918), a preface in a collection ('Wstęp, w: Pamiętniki chłopów': chapter). No bibliography. Labels: chapter.n (the corpus convention for restarting notes); lines are lines of the file. Invented: the monograph, its page numbers, the exact page ranges. Real with data as remembered: Thomas & Znaniecki 1918–1920, Znaniecki 1922, Chałasiński 1938, Krzywicki's preface to Pamiętniki chłopów 1935, Szczepański 1971, Ossowski 1957, Dobrowolski 1966, Sztompka 2000. Planted: chapter 2 skips note 4 — the body goes from marker 3 to marker 5 and 'Przypisy' from 3 to 5 (a note deleted without renumbering): footnote-numbering at the line of body marker 5.",
 "document": "wies-laboratorium-pl.txt", "reader": "pdf-text", "clean": True,
 "notes": {"1.1": peasant, "1.2": znan, "1.3": chal, "1.4": chal, "1.5": krzyw, "1.6": szcz,
           "2.1": ossow, "2.2": ossow, "2.3": znan, "2.5": dobrow, "2.6": sztomp, "2.7": sztomp, "2.8": chal},
})


# ---- pandoc: English policy report, Pandoc footnotes [^n] with author-date short forms, bibliography in thematic sections ----
cca = dict(title="Climate Change Act 2008", year=2008, kind=R)
epbd = dict(title="Directive (EU) 2024/1275 of the European Parliament and of the Council of 24 April 2024 on the energy performance of buildings (recast)", year=2024, kind=R)
ec = dict(title="Forging a climate-resilient Europe – the new EU Strategy on Adaptation to Climate Change", year=2021, kind=R)
ball = dict(authors=["Ballester", "Quijal-Zamorano", "Méndez Turrubiates"], title="Heat-related mortality in Europe during the summer of 2022", year=2023, doi="10.1038/s41591-023-02419-z", kind=A)
ipcc = dict(title="Climate Change 2022: Impacts, Adaptation and Vulnerability. Contribution of Working Group II to the Sixth Assessment Report of the Intergovernmental Panel on Climate Change", year=2022, kind=R)
klin = dict(authors=["Klinenberg"], title="Heat Wave: A Social Autopsy of Disaster in Chicago", year=2002, kind=B)
kov = dict(authors=["Kovats", "Hajat"], title="Heat stress and public health: a critical review", year=2008, doi="10.1146/annurev.publhealth.29.020907.090843", kind=A)
oke = dict(authors=["Oke", "Mills", "Christen", "Voogt"], title="Urban Climates", year=2017, kind=B)
robine = dict(authors=["Robine", "Cheung", "Le Roy"], title="Death toll exceeded 70,000 in Europe during the summer of 2003", year=2008, doi="10.1016/j.crvi.2007.12.001", kind=A)
who = dict(title="Heat and health in the WHO European Region: updated evidence for effective prevention", year=2021, kind=B)
cop = dict(title="European State of the Climate 2022", year=2023, url="https://climate.copernicus.eu/esotc/2022", kind=W)
eea = dict(title="Climate-ADAPT: case studies", year=2024, url="https://climate-adapt.eea.europa.eu/en/knowledge/tools/case-studies-climate-adapt", kind=W)
stone = dict(authors=["Stone"], title="The City and the Coming Climate: Climate Change in the Places We Live", year=2012, kind=B)
harlan = dict(authors=["Harlan", "Ruddell"], title="Climate change and health in cities: impacts of heat and air pollution and potential co-benefits from mitigation and adaptation", year=2011, kind=A)
put("pandoc", "heat-resilience-report", {
 "about": "An invented English public-health policy report (heat-health action plans for mid-sized municipalities, a think tank's 'Policy Report No. 7') in Pandoc Markdown: YAML header (two authors, documentclass report, toc), numbered sections, a numbered recommendations list, 16 Pandoc footnotes [^n] defined together before the bibliography, each an author-date short form pointing into the list ('Robine et al. (2008), p. 174.', 'Kovats and Hajat (2008), p. 45.', 'Directive (EU) 2024/1275, Art. 2 and Annex I.', 'Climate Change Act 2008, ss. 62–63.', 'IPCC (2022), chapter 13 …'), notes that argue ('Compare WHO … (2021), p. 41, which …'), a note that only describes the interviews (4: commentary), notes whose short form comes after prose (8 -> Copernicus, 15 -> EEA); footnotes keyed with the fields of the list entry they point to. The bibliography (# Bibliography) is split into thematic sections '## Primary sources' (a statute, an EU directive, a Commission communication: report), '## Secondary literature', '## Online resources' (web pages with URLs: web), '## Further reading' (two works cited nowhere, by design). Harvard-style entries with 'et al.' after three authors (keyed with the printed surnames), DOIs as 'doi:'. The WHO Europe evidence review is keyed a book (an agency publication whose title calls it no report), the IPCC WGII volume a report (series: Sixth Assessment Report). Invented: the report, its authors and publisher, the interviews, the Landsat analysis. Real with data as remembered: everything in the bibliography and Vicedo-Cabrera et al. 2021 (Nature Climate Change 11, 492–500). Planted: footnote 13 'Vicedo-Cabrera et al. (2021), p. 494.' cites a work no section of the bibliography lists: missing-literature-entry at the line of its marker [^13] (keyed with the note's own fields).",
 "document": "heat-resilience-report.md", "reader": "pandoc-markdown", "clean": True,
 "notes": {"1": robine, "2": ball, "3": who, "4": dict(kind=C), "5": kov, "6": klin, "7": oke, "8": cop, "9": ec, "10": epbd,
           "11": cca, "12": ipcc, "13": dict(authors=["Vicedo-Cabrera"], year=2021), "14": who, "15": eea, "16": kov},
 "literature": [cca, epbd, ec, ball, ipcc, klin, kov, oke, robine, who, cop, eea, stone, harlan],
})


# ---- html: Catalan sociolinguistics handbook chapter on an open-access book platform, notes per section, annotated bibliography ----
fish = dict(authors=["Fishman"], title="Reversing Language Shift: Theoretical and Empirical Foundations of Assistance to Threatened Languages", year=1991, kind=B)
aracil = dict(authors=["Aracil"], title="Papers de sociolingüística", year=1982, kind=B)
bast = dict(authors=["Bastardas"], title="Ecologia de les llengües: medi, contactes i dinàmica sociolingüística", year=1996, kind=B)
boix = dict(authors=["Boix-Fuster", "Vila"], title="Sociolingüística de la llengua catalana", year=1998, kind=B)
eulp = dict(title="Enquesta d’usos lingüístics de la població 2018: principals resultats", year=2019, kind=R)
nin = dict(authors=["Ninyoles"], title="Conflicte lingüístic valencià", year=1969, kind=B)
puj = dict(authors=["Pujolar", "Gonzàlez"], title="Linguistic ‘mudes’ and the de-ethnicization of language choice in Catalonia", year=2013, doi="10.1080/13670050.2012.720664", kind=A)
vila = dict(title="Survival and Development of Language Communities: Prospects and Challenges", year=2013, kind=B)
w89 = dict(authors=["Woolard"], title="Double Talk: Bilingualism and the Politics of Ethnicity in Catalonia", year=1989, kind=B)
w16 = dict(authors=["Woolard"], title="Singular and Plural: Ideologies of Linguistic Authority in 21st Century Catalonia", year=2016, kind=B)
put("html", "sociolinguistica-ca", {
 "about": "An invented Catalan sociolinguistics handbook chapter ('Capítol 6. La transmissió intergeneracional del català' of an open-access 'Manual de sociolingüística catalana') as the press's book platform serves it: platform bar and chapter navigation, citation_* meta tags with a chapter DOI, a CC BY licence link, four <section>s each ending with its own 'Notes' block (<div class=\"section-notes\">, notes as <p class=\"note\" id=\"nN\"><a href=\"#rN\">N</a>. …</p>) while the numbering runs on through the chapter (1–3, 4–7, 8–11, 12–13); body markers <sup><a class=\"noteref\" id=\"rN\" href=\"#nN\">N</a></sup>. Notes are author-date short forms into the list ('Fishman (1991: 87–109).', 'Woolard (1989: 60–88).'), 'Ibídem, p. 38.' (5 -> the EULP report), 'Ibídem, p. 147–149. Vegeu també Bastardas (1996: 121).' (11 -> Pujolar & Gonzàlez), 'Vegeu Aracil (1982: 23–38) i, per al cas valencià, Ninyoles (1969).' (2 -> Aracil, the first work), a note with a bare URL to a data portal (7: web), a cross-reference to another chapter (12: commentary). An annotated bibliography ('Bibliografia comentada'): each <p class=\"bib-entry\"> followed by a <p class=\"bib-comment\"> paragraph commenting on it (comments are not entries); Catalan double surnames ('Bastardas i Boada', 'Vila i Moreno'; keyed by the first surname), an edited volume ('Vila i Moreno … (ed.)': editor not keyed), a corporate author (Generalitat de Catalunya: not keyed; the survey results keyed report), a DOI link. The 'Com citar aquest capítol' footer is no citation. Labels: note numbers as printed. Invented: the handbook, its press and platform, the chapter and its author, its DOI. Real with data as remembered: every list entry. Clean.",
 "document": "sociolinguistica-ca.html", "reader": "html", "clean": True,
 "notes": {"1": fish, "2": aracil, "3": boix, "4": eulp, "5": eulp, "6": vila, "7": dict(url="https://llengua.gencat.cat/ca/serveis/dades_i_estudis/", kind=W),
           "8": w89, "9": w16, "10": puj, "11": puj, "12": dict(kind=C), "13": bast},
 "literature": [aracil, bast, boix, fish, eulp, nin, puj, vila, w89, w16],
})
