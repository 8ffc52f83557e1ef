"""Writes the meta.json of heldout47 half A's documents (pandoc, mediawiki, org, typst, rst).
Round 47's theme: citations outside the running prose (tables, captions, epigraphs, quote boxes,
annotated lists, reading lists, data-availability statements, abstracts, glossaries and
abbreviation lists that are no bibliographies).  Labels and lines come from the ⟦label⟧
annotations in the sources (checked with grep -n on the built files); fields are given here by
hand.  Conventions (see ../../README.md): title as printed (subtitle included); authors are
family names as printed; editors, translators and corporate authors (R Core Team, NatureScot)
not keyed; DOIs bare; URLs with scheme; kinds per the last section of tests/corpus/README.md
(datasets and software web, conference papers chapter, a RAND or EBSE technical report report,
an examensarbete thesis, a BBC News item article).  A citation in a table cell, caption, quote
attribution or annotation is keyed at the line of the built file where its marker stands.
An annotation paragraph belongs to its entry (it is no entry of its own).
Then:
  .venv/bin/python tests/corpus_build/build.py tests/heldout47 movement-minds beaver-scotland lectura-syllabus-es kodgranskning-sv sci-rev-annotated"""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
B, A, C, R, CH, W, T, U = "book", "article", "commentary", "report", "chapter", "web", "thesis", "unknown"


def put(fmt, name, meta):
    p = os.path.join(HERE, "..", fmt, name, "meta.json")
    open(p, "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")


# ---- pandoc: English public-health systematic review, [@key], .bib in YAML, default CSL ----
mm = {
 "biddle2011": dict(authors=["Biddle", "Asare"], title="Physical activity and mental health in children and adolescents: a review of reviews", year=2011, doi="10.1136/bjsports-2011-090185", kind=A),
 "page2021": dict(authors=["Page", "McKenzie", "Bossuyt", "Boutron", "Hoffmann", "Mulrow"], title="The PRISMA 2020 statement: an updated guideline for reporting systematic reviews", year=2021, doi="10.1136/bmj.n71", kind=A),
 "sterne2019": dict(authors=["Sterne", "Savović", "Page", "Elbers", "Blencowe", "Boutron"], title="RoB 2: a revised tool for assessing risk of bias in randomised trials", year=2019, doi="10.1136/bmj.l4898", kind=A),
 "guyatt2008": dict(authors=["Guyatt", "Oxman", "Vist", "Kunz", "Falck-Ytter", "Alonso-Coello", "Schünemann"], title="GRADE: an emerging consensus on rating quality of evidence and strength of recommendations", year=2008, doi="10.1136/bmj.39489.470347.AD", kind=A),
 "viechtbauer2010": dict(authors=["Viechtbauer"], title="Conducting meta-analyses in R with the metafor package", year=2010, doi="10.18637/jss.v036.i03", kind=A),
 "rcore2023": dict(title="R: A Language and Environment for Statistical Computing", year=2023, url="https://www.R-project.org/", kind=W),
 "higgins2002": dict(authors=["Higgins", "Thompson"], title="Quantifying heterogeneity in a meta-analysis", year=2002, doi="10.1002/sim.1186", kind=A),
 "okafor2019": dict(authors=["Okafor", "Byrne", "Walsh"], title="Classroom activity breaks and depressive symptoms in early adolescence: a cluster randomised trial", year=2019, doi="10.99999/jahr.2019.0142", kind=A),
 "lindqvist2020": dict(authors=["Lindqvist", "Holm"], title="Physically active lessons and mental well-being in Swedish lower secondary schools", year=2020, doi="10.99999/sjsh.2020.008", kind=A),
 "moreau2018": dict(authors=["Moreau", "Petit"], title="After-school football and mood in adolescents from deprived neighbourhoods: a randomised trial", year=2018, kind=A),
 "tanaka2021": dict(authors=["Tanaka", "Mori", "Suzuki"], title="Yoga-based mindfulness in junior high school: a randomised controlled trial", year=2021, doi="10.99999/ajymh.2021.5.1.17", kind=A),
 "hassan2022": dict(authors=["Hassan", "Clarke", "Reid", "Nakamura"], title="High-intensity interval training in physical education lessons and depressive symptoms", year=2022, doi="10.99999/pem.2022.e1022", kind=A),
 "ferreira2023": dict(authors=["Ferreira", "Lopes"], title="A school dance programme for adolescents with low mood: a pilot randomised trial", year=2023, kind=A),
 "adebayokline2025data": dict(authors=["Adebayo-Kline", "Osei"], title="Extraction data and analysis scripts for a systematic review of school-based physical activity and adolescent depressive symptoms", year=2025, doi="10.99999/zenodo.7730215", kind=W),
}
mm_order = ["adebayokline2025data", "biddle2011", "ferreira2023", "guyatt2008", "hassan2022", "higgins2002",
            "lindqvist2020", "moreau2018", "okafor2019", "page2021", "rcore2023", "sterne2019", "tanaka2021",
            "viechtbauer2010"]
put("pandoc", "movement-minds", {
 "about": "An invented English public-health systematic review (school-based physical activity programmes and adolescent depressive symptoms) in Pandoc Markdown: YAML with bibliography: review.bib, link-citations, lang: en-GB, no csl (Pandoc's default Chicago author-date: list by author, then year), an abstract in the YAML that cites [@key] twice (lines 12-13); [@key], [@key, item 7], [see @key, 890--892], [@a; @b], a figure caption ![...[@page2021]](...) with attributes, a pipe table of included studies (Table 1, caption line ': Table 1. ...') whose first cells cite with @key and 'Okafor et al. [-@okafor2019]' (each row one line, keyed at its line), a data-availability section citing a Zenodo @dataset by [@key], a Funding statement with no citation, ::: {#refs}. The .bib: @article, @software with a corporate author {R Core Team} (not keyed), @dataset (kind web). Labels: citation keys. Invented: the review, its author, the six included trials (Okafor 2019, Lindqvist 2020, Moreau 2018, Tanaka 2021, Hassan 2022, Ferreira 2023) and their journals and DOIs, the Zenodo dataset and its DOI (prefix 10.99999). Real with data as remembered: Biddle & Asare 2011, Page et al. 2021, Sterne et al. 2019, Guyatt et al. 2008, Viechtbauer 2010, Higgins & Thompson 2002, R 2023 (author lists cut short in the .bib for Page, Sterne; keyed as the .bib gives them). Clean.",
 "document": "movement-minds.md", "reader": "pandoc-markdown", "clean": True,
 "notes": mm,
 "literature": [mm[k] for k in mm_order],
})

# ---- mediawiki: English Wikipedia article, ecology (beaver reintroduction in Scotland) ----
gaywood = dict(authors=["Gaywood"], title="Reintroducing the Eurasian beaver Castor fiber to Scotland", year=2018, doi="10.1111/mam.12113", kind=A)
coles = dict(authors=["Coles"], title="Beavers in Britain's Past", year=2006, kind=B)
cp = dict(authors=["Campbell-Palmer", "Gow", "Schwab"], title="The Eurasian Beaver Handbook: Ecology and Management of Castor fiber", year=2016, kind=B)
rosell = dict(authors=["Rosell", "Bozsér", "Collen", "Parker"], title="Ecological impact of beavers Castor fiber and Castor canadensis and their ability to modify ecosystems", year=2005, doi="10.1111/j.1365-2907.2005.00067.x", kind=A)
law = dict(authors=["Law", "Gaywood", "Jones", "Ramsay", "Willby"], title="Using ecosystem engineers as tools in habitat restoration and rewilding: beaver and wetlands", year=2017, doi="10.1016/j.scitotenv.2017.06.173", kind=A)
brazier = dict(authors=["Brazier", "Puttock", "Graham", "Auster", "Davies", "Brown"], title="Beaver: Nature's ecosystem engineers", year=2021, doi="10.1002/wat2.1494", kind=A)
bw = {
 "1": gaywood,
 "2": coles,
 "3": dict(title="Beavers in Scotland", url="https://www.nature.scot/plants-animals-and-fungi/mammals/land-mammals/beavers", kind=W),
 "4": dict(authors=["Halley", "Rosell", "Saveljev"], title="Population and distribution of Eurasian beavers (Castor fiber)", year=2012, kind=A),
 "5": rosell,
 "6": cp,
 "7": cp,
 "8": dict(authors=["Campbell-Palmer", "Puttock"], title="Survey of the Tayside area beaver population 2020–2021", year=2021, kind=R),
 "9": dict(title="Beavers released at Loch Lomond in first translocation to new catchment", year=2023, url="https://www.bbc.co.uk/news/uk-scotland-glasgow-west-67700001", kind=A),
 "10": law,
 "11": brazier,
 "12": coles,
}
put("mediawiki", "beaver-scotland", {
 "about": "An invented English Wikipedia article on the reintroduction of the Eurasian beaver in Scotland (ecology): {{Short description}}, {{Use dmy dates}}, an image caption [[File:...|thumb|...<ref name=...>{{cite journal}}</ref>]] at line 4 (the first note), {{sfn}} short refs to a === Sources === list, named refs reused (<ref name=\"Gaywood2018\" /> in the lead and in a table cell; Law2017, Rosell2005, Brazier2021), a {{Quote box}} whose |source= carries <ref>{{harvnb|...|p=9}}</ref> (note 6, keyed at the |source= line), a {| class=\"wikitable sortable\" table with a caption |+ whose Source cells carry <ref name=... />, a {{sfn}}, a {{cite report}} and a {{cite news}} (one row a line), a second image caption (left) citing with a named ref (note 10) that the next line reuses, an {{sfn}} repeated with identical arguments (one note, 7, as Wikipedia merges them), the same work with other pages a note of its own (Coles 2 and 12), two refs glued together, a ref then an sfn glued, == References == {{Reflist}} with === Sources ===, an uncited == Further reading == (two {{cite book}}), == External links ==, categories. Labels: note numbers in order of first use; sfn/harvnb notes carry their Sources entry's fields. Literature: the Sources entries, then the Further reading entries, in document order (further reading is never uncited). Authors: Campbell-Palmer et al. 2016 keyed with the three last= the template gives (display-authors=etal). Invented: the article text, the quoted field notes, the 2021 NatureScot survey report's number and data, the BBC News item and its URL, the table's family counts. Real with data as remembered: Gaywood 2018, Coles 2006, Halley et al. 2012, Rosell et al. 2005, Campbell-Palmer et al. 2016, Law et al. 2017, Brazier et al. 2021, Kitchener 2001, Goldfarb 2018 (the NatureScot URL may differ). Clean.",
 "document": "beaver-scotland.wiki", "reader": "mediawiki", "clean": True,
 "notes": bw,
 "literature": [cp, coles,
                dict(authors=["Kitchener"], title="Beavers", year=2001, kind=B),
                dict(authors=["Goldfarb"], title="Eager: The Surprising, Secret Life of Beavers and Why They Matter", year=2018, kind=B)],
})

# ---- org: Spanish syllabus (education), org-cite [cite:@key] with #+bibliography and #+cite_export: csl ----
ls = {
 "sole1992": dict(authors=["Solé"], title="Estrategias de lectura", year=1992, kind=B),
 "castles2018": dict(authors=["Castles", "Rastle", "Nation"], title="Ending the Reading Wars: Reading Acquisition From Novice to Expert", year=2018, doi="10.1177/1529100618772271", kind=A),
 "rosenblatt1978": dict(authors=["Rosenblatt"], title="The Reader, the Text, the Poem: The Transactional Theory of the Literary Work", year=1978, kind=B),
 "ferreiro1979": dict(authors=["Ferreiro", "Teberosky"], title="Los sistemas de escritura en el desarrollo del niño", year=1979, kind=B),
 "vygotski1995": dict(authors=["Vygotski"], title="Pensamiento y lenguaje", year=1995, kind=B),
 "snow2002": dict(authors=["Snow"], title="Reading for Understanding: Toward an R&D Program in Reading Comprehension", year=2002, url="https://www.rand.org/pubs/monograph_reports/MR1465.html", kind=R),
 "lerner2001": dict(authors=["Lerner"], title="Leer y escribir en la escuela: lo real, lo posible y lo necesario", year=2001, kind=B),
 "freire1970": dict(authors=["Freire"], title="Pedagogía del oprimido", year=1970, kind=B),
 "colomer2005": dict(authors=["Colomer"], title="Andar entre libros: la lectura literaria en la escuela", year=2005, kind=B),
 "cassany2006": dict(authors=["Cassany"], title="Tras las líneas: sobre la lectura contemporánea", year=2006, kind=B),
}
ls_order = ["cassany2006", "castles2018", "colomer2005", "ferreiro1979", "freire1970", "lerner2001",
            "rosenblatt1978", "snow2002", "sole1992", "vygotski1995"]
put("org", "lectura-syllabus-es", {
 "about": "An invented Spanish course syllabus (education: teaching reading in primary school) in Org: #+TITLE with an em dash, #+LANGUAGE: es, #+bibliography: lecturas.bib, #+cite_export: csl (citeproc-el's default Chicago author-date: list by author), a description list of course data (no citations), weeks as ** headings with 'Obligatoria:'/'Recomendada:' list items each citing [cite:@key] with a Spanish locator suffix (cap. 1–2, pp. 17–38), a #+CAPTION'd Org table of assessments (no bibliography, no citation), a [cite/t:@key pp. ...] in prose, a description list of abbreviations (ECTS, FCE, PISA, TFG: not a bibliography), #+print_bibliography: under * Bibliografía. The .bib: Spanish and English books, a translated book (translator not keyed), a RAND @techreport (report) with a URL, an article with a DOI. Labels: citation keys. Literature: the cited .bib entries in the printed order (by author). Planted: [cite:@petit1999] (line 42, week 5's recommended reading, Michèle Petit's Nuevos acercamientos a los jóvenes y la lectura) has no entry in lecturas.bib: missing-literature-entry at line 42, also keyed as a citation pair (the document cites it) with no note. Invented: the syllabus, its teacher and schedule. Real with data as remembered: the ten .bib works (places and publishers may differ; Snow 2002 is the RAND Reading Study Group's report, keyed by the .bib's author).",
 "document": "lectura-syllabus-es.org", "reader": "org", "clean": True,
 "notes": ls,
 "literature": [ls[k] for k in ls_order],
})

# ---- typst: Swedish software-engineering report, figure(table) cells citing, quote attribution ----
ks = {
 "brooks1975": dict(authors=["Brooks"], title="The Mythical Man-Month: Essays on Software Engineering", year=1975, kind=B),
 "fagan1976": dict(authors=["Fagan"], title="Design and code inspections to reduce errors in program development", year=1976, doi="10.1147/sj.153.0182", kind=A),
 "bacchelli2013": dict(authors=["Bacchelli", "Bird"], title="Expectations, outcomes, and challenges of modern code review", year=2013, doi="10.1109/ICSE.2013.6606617", kind=CH),
 "sadowski2018": dict(authors=["Sadowski", "Söderberg", "Church", "Sipko", "Bacchelli"], title="Modern code review: a case study at Google", year=2018, doi="10.1145/3183519.3183525", kind=CH),
 "kitchenham2007": dict(authors=["Kitchenham", "Charters"], title="Guidelines for performing Systematic Literature Reviews in Software Engineering", year=2007, kind=R),
 "wohlin2014": dict(authors=["Wohlin"], title="Guidelines for snowballing in systematic literature studies and a replication in software engineering", year=2014, doi="10.1145/2601248.2601268", kind=CH),
 "mcintosh2014": dict(authors=["McIntosh", "Kamei", "Adams", "Hassan"], title="The impact of code review coverage and code review participation on software quality: a case study of the Qt, VTK, and ITK projects", year=2014, doi="10.1145/2597073.2597076", kind=CH),
 "rigby2013": dict(authors=["Rigby", "Bird"], title="Convergent contemporary software peer review practices", year=2013, doi="10.1145/2491411.2491444", kind=CH),
 "lindgren2021": dict(authors=["Lindgren"], title="Kodgranskning i svenska myndigheter: en enkätstudie", year=2021, url="https://www.example.org/kth-diva/lindgren2021", kind=T),
 "sjoberg2025data": dict(authors=["Sjöberg"], title="Sökprotokoll och kodningsschema för en översikt om kodgranskning", year=2025, doi="10.99999/zenodo.8812044", kind=W),
}
ks_order = ["brooks1975", "fagan1976", "bacchelli2013", "sadowski2018", "kitchenham2007", "wohlin2014",
            "mcintosh2014", "rigby2013", "lindgren2021", "sjoberg2025data"]
put("typst", "kodgranskning-sv", {
 "about": "An invented Swedish report (software engineering: a literature review of code review for public-sector teams) in Typst: #set text(lang: \"sv\"), a title block, an epigraph as #quote(block: true, attribution: [@brooks1975])[...] (a Swedish rendering of Brooks's law, keyed at the #quote line), @key, two @keys in a row, #cite(<key>, supplement: [avsnitt 6]), #cite(<key>, form: \"prose\"), @key[s. 190], a #figure(table(...)) whose first column cites in every row ([@key] and [#cite(<key>)], one row a line) with a caption citing @key, an image #figure whose caption cites two keys, @tab-studier and @fig-tid (figure references, no citations), a data-availability paragraph citing a Zenodo @dataset, #bibliography(\"refs.bib\", title: \"Referenser\") with no style (IEEE: first-citation order; the quote's attribution is the first citation). The .bib: a book, an article, four @inproceedings (chapter), a @techreport (report), a Swedish @mastersthesis with type Examensarbete (thesis) and an example.org URL, a @dataset (web). Labels: citation keys. Invented: the report, its author and institution, Lindgren 2021 and its URL, the dataset and its DOI (prefix 10.99999). Real with data as remembered: Brooks 1975, Fagan 1976, Bacchelli & Bird 2013, Sadowski et al. 2018, Kitchenham & Charters 2007, Wohlin 2014, McIntosh et al. 2014, Rigby & Bird 2013 (pages and DOIs may differ). Clean.",
 "document": "kodgranskning-sv.typ", "reader": "typst", "clean": True,
 "notes": ks,
 "literature": [ks[k] for k in ks_order],
})

# ---- rst: English history-of-science seminar page, annotated list of citation definitions ----
sr = {
 "Butterfield1949": dict(authors=["Butterfield"], title="The Origins of Modern Science, 1300–1800", year=1949, kind=B),
 "Cohen1994": dict(authors=["Cohen"], title="The Scientific Revolution: A Historiographical Inquiry", year=1994, kind=B),
 "DastonPark1998": dict(authors=["Daston", "Park"], title="Wonders and the Order of Nature, 1150–1750", year=1998, kind=B),
 "Dear2001": dict(authors=["Dear"], title="Revolutionizing the Sciences: European Knowledge and Its Ambitions, 1500–1700", year=2001, kind=B),
 "Drake1957": dict(title="Discoveries and Opinions of Galileo", year=1957, kind=B),
 "Shapin1988": dict(authors=["Shapin"], title="The House of Experiment in Seventeenth-Century England", year=1988, doi="10.1086/354773", kind=A),
 "Shapin1996": dict(authors=["Shapin"], title="The Scientific Revolution", year=1996, kind=B),
 "ShapinSchaffer1985": dict(authors=["Shapin", "Schaffer"], title="Leviathan and the Air-Pump: Hobbes, Boyle, and the Experimental Life", year=1985, kind=B),
 "Smith2004": dict(authors=["Smith"], title="The Body of the Artisan: Art and Experience in the Scientific Revolution", year=2004, kind=B),
 "Westfall1971": dict(authors=["Westfall"], title="The Construction of Modern Science: Mechanisms and Mechanics", year=1971, kind=B),
}
sr_order = ["Butterfield1949", "Cohen1994", "DastonPark1998", "Dear2001", "Drake1957", "Shapin1988",
            "Shapin1996", "ShapinSchaffer1985", "Smith2004", "Westfall1971"]
put("rst", "sci-rev-annotated", {
 "about": "An invented English seminar page (history of science: the Scientific Revolution) in docutils/Sphinx rst: :orphan:, an .. epigraph:: whose attribution line (-- Galileo ..., paraphrased from [Drake1957]_) cites, .. contents::, a .. list-table:: mapping weeks to positions whose 'Representative work' cells cite [Label]_ (each cell a line), a .. figure:: whose caption cites, a .. sidebar:: citing, a .. csv-table:: of assessed work whose cells cite (one with two labels), a definition-list glossary (no bibliography; names Shapin and Schaffer without a marker), and an 'Annotated list' of .. [Label] citation definitions in Chicago bibliography style, each followed (indented, after a blank line) by an annotation paragraph that belongs to its entry; two annotations cite another entry with [Label]_ (pairs at their lines), one names authors without a marker (Whewell, Kuhn: no citation). Drake's entry is headed by the translator-editor (no author keyed); Shapin 1988 has a https://doi.org/ link keyed as the DOI. Labels: citation labels. Literature: the definitions in document order. Planted: [Butterfield1949] is listed but cited nowhere: uncited-literature-entry at line 93 (it has no note). Invented: the page, the course, the paraphrase of Galileo. Real with data as remembered: the ten works.",
 "document": "sci-rev-annotated.rst", "reader": "rst", "clean": True,
 "notes": {k: v for k, v in sr.items() if k != "Butterfield1949"},
 "literature": [sr[k] for k in sr_order],
})
