"""Writes the meta.json of heldout47 half B's documents (latex, docx, html, pdftext, plaintext).
Labels and lines come from the ⟦label⟧ annotations in the sources (checked with grep -n on the
built files); fields are given here by hand.  Conventions (see ../../HALF_B.md): title as the
entry or note prints it (subtitle included); authors are family names as printed (particles
kept: vom Berge); editors and corporate authors not keyed; DOIs bare; URLs with scheme; kinds
per the last section of tests/corpus/README.md.  Short notes (op. cit.) and ibid. notes are
keyed with the fields of the work they repeat.  Interviews held by the author: commentary.
Then:
  .venv/bin/python tests/corpus_build/build.py tests/heldout47 wage-floor pressure-injury-review mobilidade-periferia organ-reading-list
  .venv/bin/python tests/corpus_build/build_docx.py tests/heldout47 entretiens-chantier"""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
B, A, C, R, CH, W, T, U = "book", "article", "commentary", "report", "chapter", "web", "thesis", "unknown"


def put(fmt, name, meta):
    p = os.path.join(HERE, "..", fmt, name, "meta.json")
    open(p, "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")


# ---- latex: English labour-economics working paper, natbib plainnat, table/caption/tablenotes/epigraph/appendix ----
wf = {
 "card1994": dict(authors=["Card", "Krueger"], title="Minimum Wages and Employment: A Case Study of the Fast-Food Industry in New Jersey and Pennsylvania", year=1994, kind=A),
 "neumark2008": dict(authors=["Neumark", "Wascher"], title="Minimum Wages", year=2008, kind=B),
 "cengiz2019": dict(authors=["Cengiz", "Dube", "Lindner", "Zipperer"], title="The Effect of Minimum Wages on Low-Wage Jobs", year=2019, doi="10.1093/qje/qjz014", kind=A),
 "dube2010": dict(authors=["Dube", "Lester", "Reich"], title="Minimum Wage Effects Across State Borders: Estimates Using Contiguous Counties", year=2010, doi="10.1162/REST_a_00039", kind=A),
 "dustmann2022": dict(authors=["Dustmann", "Lindner", "Schönberg", "Umkehrer", "vom Berge"], title="Reallocation Effects of the Minimum Wage", year=2022, doi="10.1093/qje/qjab028", kind=A),
 "manning2003": dict(authors=["Manning"], title="Monopsony in Motion: Imperfect Competition in Labor Markets", year=2003, kind=B),
 "stigler1946": dict(authors=["Stigler"], title="The Economics of Minimum Wage Legislation", year=1946, kind=A),
 "lowpay2023": dict(title="National Minimum Wage: Low Pay Commission Report 2023", year=2024, url="https://www.gov.uk/government/publications/low-pay-commission-report-2023", kind=R),
 "harasztosi2019": dict(authors=["Harasztosi", "Lindner"], title="Who Pays for the Minimum Wage?", year=2019, doi="10.1257/aer.20171445", kind=A),
 "callaway2021": dict(authors=["Callaway", "Sant'Anna"], title="Difference-in-Differences with Multiple Time Periods", year=2021, doi="10.1016/j.jeconom.2020.12.001", kind=A),
 "ons2024": dict(title="Annual Survey of Hours and Earnings: Dataset, 2023 Provisional Results", year=2024, url="https://www.ons.gov.uk/employmentandlabourmarket/peopleinwork/earningsandworkinghours/datasets/ashe1997to2015selectedestimates", kind=W),
 "hollis2021": dict(authors=["Hollis", "Odhiambo"], title="Spillovers Above the Floor: Evidence from British Supermarket Payrolls", year=2021, kind=R),
}
wf_order = ["callaway2021", "card1994", "cengiz2019", "dube2010", "dustmann2022", "harasztosi2019", "hollis2021",
            "lowpay2023", "manning2003", "neumark2008", "ons2024", "stigler1946"]
put("latex", "wage-floor", {
 "about": "An invented English labour-economics working paper (minimum-wage spillovers in British retail) in LaTeX with natbib (round, authoryear) and \\bibliographystyle{plainnat} over wages.bib: an \\epigraph whose attribution is \\citet{card1994} (the quotation as the writer remembers Card and Krueger's abstract), \\citet in the abstract, \\citep with a pre-note and a post-note, \\citep{a, b}, a threeparttable table whose caption cites with \\citealp, whose tabular rows each begin with \\citet (one row with a \\tnote), a tablenotes \\item[a] citing and an unnumbered 'Source:' \\item, a figure \\caption citing two works, an \\appendix section citing with a post-note, a \\thanks on the author. Labels: citation keys. Literature: the cited .bib entries in plainnat's printed order (by author surname, corporate authors by their name). Invented: the paper and its author, Hollis & Odhiambo 2021 (working paper and its centre), the ONS dataset URL's exact path. Real with data as remembered: the other entries (the LPC report's year of publication, 2024, may differ). Planted: \\citet{brennan2020} has no .bib entry (missing-literature-entry at its line; keyed also as a citation pair).",
 "document": "main.tex", "reader": "latex", "clean": True, "lang": "en",
 "notes": wf,
 "literature": [wf[k] for k in wf_order],
})

# ---- docx: French sociology thesis chapter, Word footnotes (also in table cells and a Source line) ----
jounin08 = dict(authors=["Jounin"], title="Chantier interdit au public. Enquête parmi les travailleurs du bâtiment", year=2008, kind=B)
bourdieu = dict(authors=["Bourdieu"], title="Le sens pratique", year=1980, kind=B)
beaud = dict(authors=["Beaud", "Pialoux"], title="Retour sur la condition ouvrière. Enquête aux usines Peugeot de Sochaux-Montbéliard", year=1999, kind=B)
verret = dict(authors=["Verret"], title="L'Espace ouvrier", year=1979, kind=B)
jounin04 = dict(authors=["Jounin"], title="L'ethnicisation en chantiers. Reconstructions des statuts par l'ethnique en milieu de travail", year=2004, kind=A)
ferrand = dict(authors=["Ferrand"], title="Les grues et les hommes. Sociologie des métiers du levage en Rhône-Alpes", year=2012, kind=T)
sayad = dict(authors=["Sayad"], title="La double absence. Des illusions de l'émigré aux souffrances de l'immigré", year=1999, kind=B)
insee = dict(title="Recensement de la population – Exploitation complémentaire : activité des résidents", url="https://www.insee.fr/fr/statistiques/2011101?geo=DEP-69", kind=W)
castel = dict(authors=["Castel"], title="Les métamorphoses de la question sociale. Une chronique du salariat", year=1995, kind=B)
put("docx", "entretiens-chantier", {
 "about": "An invented French sociology thesis chapter (building-site workers in the Lyon area, 1975-2015) as a Word draft with footnotes: a 'Liste des sigles' (BTP – Bâtiment et travaux publics, REMI – Revue européenne des migrations internationales...) and a 'Liste des entretiens cités' (E1–E4: interviewees, places, dates), neither a bibliography; footnotes in French humanities style (*italic titles*, « guillemets », Paris, Fayard, 1999, p. 155); an interview quotation with a footnote naming the interview (commentary); a Word table of ethnographic studies whose first cells carry a footnote reference and one last cell an Ibid. note; a 'Source :' paragraph under the table with an op. cit. footnote; a figure title and a 'Source : INSEE' paragraph whose footnote holds a hyperlink; two footnotes in one paragraph; op. cit. short notes; a 'Bibliographie' of 9 entries, NOM Prénom first, alphabetical. Labels: footnote numbers; lines: body paragraph numbers (headings, empty paragraphs and each table cell count; a footnote in a cell is keyed at that cell's paragraph). Notes: Ibid./op. cit. keyed with the fields of the work they repeat; interview notes commentary. Invented: the chapter, its author and interviewees, Ferrand's 2012 thesis, the INSEE page's exact URL. Real with data as remembered: the other works (pages, subtitles may differ). Clean.",
 "document": "entretiens-chantier.docx", "reader": "docx", "clean": True, "lang": "fr-FR",
 "heading_ids": {"1": "Titre1", "2": "Titre2"},
 "notes": {"1": jounin08, "2": bourdieu, "3": dict(kind=C), "4": beaud, "5": verret, "6": jounin04, "7": ferrand,
           "8": ferrand, "9": jounin08, "10": sayad, "11": insee, "12": castel, "13": dict(kind=C), "14": beaud},
 "literature": [beaud, bourdieu, castel, ferrand, insee, jounin04, jounin08, sayad, verret],
})

# ---- html: English nursing systematic review page, Vancouver [n] in table cells, caption, tfoot, figcaption, blockquote ----
pi = [
 dict(title="Prevention and treatment of pressure ulcers/injuries: clinical practice guideline", year=2019, kind=R),
 dict(authors=["Moore", "Patton"], title="Risk assessment tools for the prevention of pressure ulcers", year=2019, doi="10.1002/14651858.CD006471.pub4", kind=A),
 dict(authors=["Coleman", "Gorecki", "Nelson", "Closs", "Defloor", "Halfens"], title="Patient risk factors for pressure ulcer development: systematic review", year=2013, doi="10.1016/j.ijnurstu.2012.11.019", kind=A),
 dict(authors=["Gillespie", "Walker", "Latimer", "Thalib", "Whitty", "McInnes"], title="Repositioning for pressure injury prevention in adults", year=2020, doi="10.1002/14651858.CD009958.pub3", kind=A),
 dict(authors=["Page", "McKenzie", "Bossuyt", "Boutron", "Hoffmann", "Mulrow"], title="The PRISMA 2020 statement: an updated guideline for reporting systematic reviews", year=2021, doi="10.1136/bmj.n71", kind=A),
 dict(title="JBI manual for evidence synthesis", year=2020, url="https://synthesismanual.jbi.global", kind=B),
 dict(authors=["Defloor", "De Bacquer", "Grypdonck"], title="The effect of various combinations of turning and pressure reducing devices on the incidence of pressure ulcers", year=2005, doi="10.1016/j.ijnurstu.2004.05.013", kind=A),
 dict(authors=["Vanderwee", "Grypdonck", "De Bacquer", "Defloor"], title="Effectiveness of turning with unequal time intervals on the incidence of pressure ulcer lesions", year=2007, doi="10.1111/j.1365-2648.2006.04060.x", kind=A),
 dict(authors=["Bergstrom", "Horn", "Rapp", "Stern", "Barrett", "Watkiss"], title="Turning for Ulcer ReductioN: a multisite randomized clinical trial in nursing homes", year=2013, doi="10.1111/jgs.12440", kind=A),
 dict(authors=["Okafor", "Lindqvist"], title="Two-hourly versus four-hourly repositioning on viscoelastic foam in intensive care: a cluster randomised non-inferiority trial", year=2022, doi="10.99999/jtv.2022.0402", kind=A),
 dict(authors=["Kottner", "Cuddigan", "Carville", "Balzer", "Berlowitz", "Law"], title="Prevention and treatment of pressure ulcers/injuries: the protocol for the second update of the international Clinical Practice Guideline 2019", year=2019, doi="10.1016/j.jtv.2019.01.001", kind=A),
]
put("html", "pressure-injury-review", {
 "about": "An invented English nursing systematic review as a journal's HTML article page (citation_* meta tags, site header and footer, affiliation <sup>1</sup>/<sup>2</sup>): Vancouver numbered citations [n] in order of first citation, a range [7–9]; an 'Abbreviations' <dl> (EPUAP, JBI, NPIAP...) that is not a bibliography; a <figure> whose <figcaption> cites ('Adapted from ... [5]'); a <table> of included trials whose <caption> cites, whose first <td> of each row cites ('Defloor et al., 2005 [7]'), with a <sup>a</sup> footnote mark in a cell and a <tfoot> note citing two works; a <blockquote> whose <footer><cite> attribution cites [10]; a References <ol> with DOIs as links, six authors then et al. Labels: list numbers; lines: the line of the marker (each table cell is on its own line). Authors keyed as printed before 'et al.'; the corporate guideline authors and the JBI manual's editors not keyed. Invented: the review, its authors and journal, Okafor & Lindqvist 2022 (its quoted sentence, its DOI). Real with data as remembered: the other entries. Planted: entry 11 (Kottner et al. 2019) is never cited: uncited-literature-entry at its line.",
 "document": "pressure-injury-review.html", "reader": "html", "clean": True, "lang": "en",
 "notes": {str(i + 1): pi[i] for i in range(10)},
 "literature": [dict(number=i + 1, **pi[i]) for i in range(11)],
})

# ---- pdftext: Portuguese urban-planning thesis chapter, ABNT footnotes at page feet, flattened table, Fonte: lines ----
villaca = dict(authors=["Villaça"], title="Espaço intra-urbano no Brasil", year=1998, kind=B)
maricato = dict(authors=["Maricato"], title="Brasil, cidades: alternativas para a crise urbana", year=2001, kind=B)
rolnik = dict(authors=["Rolnik"], title="Guerra dos lugares: a colonização da terra e da moradia na era das finanças", year=2015, kind=B)
metro = dict(title="Pesquisa Origem e Destino 2017: síntese das informações da pesquisa domiciliar", year=2019, kind=R)
vasc = dict(authors=["Vasconcellos"], title="Transporte urbano, espaço e equidade: análise das políticas públicas", year=2001, kind=B)
pereira = dict(authors=["Pereira", "Schwanen", "Banister"], title="Distributive justice and equity in transportation", year=2017, doi="10.1080/01441647.2016.1257660", kind=A)
santos = dict(authors=["Santos"], title="Tempo de deslocamento e renda na Zona Leste de São Paulo", year=2018, kind=T)
ibge = dict(title="Censo Demográfico 2010: características da população e dos domicílios: resultados do universo", year=2011, kind=R)
sptrans_note = dict(title="GTFS: dados do transporte público por ônibus da cidade de São Paulo", url="https://www.sptrans.com.br/desenvolvedores/", kind=W)
sptrans = dict(sptrans_note, year=2020)
lei = dict(year=2014, kind=R)
put("pdftext", "mobilidade-periferia", {
 "about": "An invented Brazilian Portuguese urban-planning thesis chapter (commuting times in São Paulo's Zona Leste) hand-shaped as pdftotext without -layout prints a LaTeX/Word PDF: form feeds, a running head on every page but the chapter's first, page numbers alone at the foot (14-16, 31 for the appendix, 33 for the references), footnote numbers glued to words and punctuation (`concentrados ... cidade.1`, `de 20174`, `Santos8`), the notes at each page's foot as a number alone on its line followed by its ABNT text (NOME, Prenome. Título: subtítulo. Local: Editora, ano. p. x), numbered 1-14 through the chapter; a table flattened one cell per line with a note number glued to a cell (`Metrô e trem5`), 'Fonte:' lines under the table and a figure title carrying note numbers (`Fonte: IBGE (2011)10 e SPTrans (2020)11`), an explanatory note that also cites (5), op. cit. and Ibid. notes, an appendix with a 'Quadro A1 – Siglas utilizadas' (acronym / expansion on alternate lines: not a bibliography) and notes of its own, and a REFERÊNCIAS list (ABNT, alphabetical, 10 entries, wrapped lines) after the appendix. Labels: footnote numbers. Notes: op. cit./Ibid. keyed with the fields of the work they repeat; note 11 prints no year (none keyed). The municipal law (SÃO PAULO (Município). Lei nº 16.050 ...) is keyed by year and kind only (report: legislation). Invented: the chapter, Santos's 2018 master's dissertation, the SPTrans page's exact path. Real with data as remembered: the other works (editions, years may differ). Clean.",
 "document": "mobilidade-periferia.txt", "reader": "pdf-text", "clean": True, "lang": "pt",
 "notes": {"1": villaca, "2": maricato, "3": rolnik, "4": metro, "5": vasc, "6": metro, "7": pereira, "8": santos,
           "9": santos, "10": ibge, "11": sptrans_note, "12": lei, "13": maricato, "14": rolnik},
 "literature": [ibge, maricato, metro, pereira, rolnik, santos, lei, sptrans, vasc, villaca],
})

# ---- plaintext: English musicology seminar reading list + annotated bibliography, [n] ----
org = [
 dict(authors=["Williams", "Owen"], title="The Organ", year=1988, kind=B),
 dict(authors=["Vogel", "Lade", "Borger-Keweloh"], title="Orgeln in Niedersachsen", year=1997, kind=B),
 dict(authors=["Marwick"], title="Wind Systems and Tremulants in Arp Schnitger's Hamburg Instruments", year=2012, kind=A),
 dict(title="The North German Organ in Oergryte New Church", url="https://www.gu.se/en/goart/north-german-baroque-organ", kind=W),
 dict(authors=["Snyder"], title="Dieterich Buxtehude: Organist in Luebeck", year=2007, kind=B),
 dict(authors=["Belotti"], title="Die freien Orgelwerke Dieterich Buxtehudes: Ueberlieferungsgeschichtliche und stilkritische Studien", year=1995, kind=B),
 dict(authors=["Dirksen"], title="Heinrich Scheidemann's Keyboard Music: Transmission, Style and Chronology", year=2007, kind=B),
 dict(authors=["Edler"], title="Organ Music within the Social Structure of North German Cities in the Seventeenth Century", year=1990, kind=CH),
 dict(authors=["Williams"], title="The Organ Music of J. S. Bach", year=2003, kind=B),
 dict(authors=["Yearsley"], title="Bach and the Meanings of Counterpoint", year=2002, kind=B),
 dict(authors=["Owen"], title="The Registration of Baroque Organ Music", year=1997, kind=B),
 dict(authors=["Faulkner"], title="J. S. Bach's Keyboard Technique: A Historical Introduction", year=1984, kind=B),
 dict(authors=["Pellegrini"], title="Stylus Phantasticus and the Pedal: Performance Practice in the North German Praeludium", year=2016, kind=T),
]
put("plaintext", "organ-reading-list", {
 "about": "An invented English musicology seminar handout (the North German organ school) saved as plain text: a course header, a 'How to use this list' note, WEEKLY READINGS by week with 'Required:' / 'Recommended:' lines citing the bibliography by [n] with chapters and page ranges ([1], ch. 6; [2], pp. 9-40), a list of instruments to visit (place: builder, date) that is not a bibliography, then an ANNOTATED BIBLIOGRAPHY under roman-numbered topic headings: Chicago bibliography entries numbered [1]-[13] with hanging indents, each followed by an indented annotation paragraph; annotations cite other entries by [n] (citations of their own at their lines). German names and titles in ASCII transliteration as plain-text handouts write them (Luebeck, Guenter, Ueberlieferungs-/geschichtliche hyphenated over a line, keyed joined), a chapter in an edited volume (editor not keyed), a DMA dissertation, a web page with an access date (no year keyed). Annotation paragraphs belong to their entry and are not entries. Labels: list numbers. Invented: the seminar and instructor, Marwick 2012 (in the real Organ Yearbook), Pellegrini 2016, the GOArt page's exact URL. Real with data as remembered: the other works (pages, editions may differ). Clean.",
 "document": "organ-reading-list.txt", "reader": "plain-text", "clean": True, "lang": "en",
 "notes": {str(i + 1): org[i] for i in range(13)},
 "literature": [dict(number=i + 1, **org[i]) for i in range(13)],
})
