"""Writes the meta.json of heldout56 half A's documents (docx, odt, pdftext, rst, markdown-links).
Round 56's theme: religion and theology -- scripture, church and synagogue documents, patristics,
religious history.  Labels and lines come from the ⟦label⟧ annotations in the sources (the odt's
from its {fn:} footnotes, numbered by the builder), checked on the built files by check_a.py;
fields are given here by hand.  Conventions: see ../../README.md, "Half A".  In short: books,
editions, lexicons, commentaries and hymnals `book`; a work inside a collected edition or a
Migne/CCSL volume, an encyclopaedia article and an essay in a volume `chapter`; journal articles
`article`; council and papal documents, curial letters, the Code of Canon Law and technical
guidelines (TEI, MEI, IIIF) `report`; web pages, Sefaria texts, catalogues, databases, software
and datasets `web`; archival files and digitised manuscripts `unknown`; a note that only
comments (scripture, cross-reference) `commentary`.  Editors, curators and corporate authors are
not keyed.  Then:
  .venv/bin/python tests/corpus_build/build_docx.py tests/heldout56 cyprian-busse-de
  .venv/bin/python tests/heldout56/_src/_meta/build_odt_a.py
  .venv/bin/python tests/corpus_build/build.py tests/heldout56 olive-romans-en hymnal-corpus-tei genizah-fragments-en"""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
B, A, R, CH, W, T, U, C, P = "book", "article", "report", "chapter", "web", "thesis", "unknown", "commentary", "patent"


def put(fmt, name, meta, file="meta.json"):
    p = os.path.join(HERE, "..", fmt, name, file)
    open(p, "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")


# ---- docx: German church-history article, Word footnotes, Quellen- und Literaturverzeichnis ----
posch = dict(authors=["Poschmann"], title="Paenitentia secunda. Die kirchliche Buße im ältesten Christentum bis Cyprian und Origenes. Eine dogmengeschichtliche Untersuchung", year=1940, kind=B)
lapsis = dict(authors=["Cyprianus"], title="De lapsis", year=1972, kind=CH)
epist = dict(authors=["Cyprianus"], title="Epistularium", year=1994, kind=B)
clarke = dict(authors=["Clarke"], title="The Letters of St. Cyprian of Carthage", year=1986, kind=B)
dunn = dict(authors=["Dunn"], title="Cyprian and the Bishops of Rome. Questions of Papal Primacy in the Early Church", year=2007, kind=B)
brent = dict(authors=["Brent"], title="Cyprian and Roman Carthage", year=2010, kind=B)
aug = dict(authors=["Augustinus"], title="Sermo 351: De utilitate agendae poenitentiae", year=1841, kind=CH)
trent = dict(title="Doctrina de sacramento paenitentiae", year=1551, kind=R)
dh = dict(authors=["Denzinger"], title="Kompendium der Glaubensbekenntnisse und kirchlichen Lehrentscheidungen", year=2017, kind=B)
symb = dict(authors=["Möhler"], title="Symbolik oder Darstellung der dogmatischen Gegensätze der Katholiken und Protestanten nach ihren öffentlichen Bekenntnißschriften", year=1958, kind=B)
arch = dict(kind=U)
geis = dict(authors=["Geiselmann"], title="Die katholische Tübinger Schule. Ihre theologische Eigenart", year=1964, kind=B)
kess = dict(authors=["Kessler"], title="Möhlers Väterlektüre im Spiegel seiner Tübinger Vorlesungen", year=2018, kind=A)
einh = dict(authors=["Möhler"], title="Die Einheit in der Kirche oder das Princip des Katholicismus. Dargestellt im Geiste der Kirchenväter der drei ersten Jahrhunderte", year=1825, kind=B)
wick = dict(authors=["Wickert"], title="Cyprian", year=1981, kind=CH)
bren = dict(authors=["Brenner"], title="Lapsi und libelli. Zur Verwaltungspraxis der decianischen Opfer", year=2020, doi="10.99999/zac-2020-0004", kind=A)
lg = dict(title="Lumen gentium", year=1965, kind=R)
vorg = dict(authors=["Vorgrimler"], title="Buße und Krankensalbung", year=1978, kind=B)
dx_notes = [posch, lapsis, lapsis, lapsis, epist, clarke, brent, dict(kind=C), aug, dunn, trent, dh, symb, arch, arch,
            geis, arch, kess, einh, einh, wick, bren, lg, vorg, posch]
put("docx", "cyprian-busse-de", {
 "about": "An invented German church-history / patristics article (Cyprian of Carthage's penitential discipline and its reading in the Catholic Tübingen School) in Word: title, author line, Heading 2 sections, 25 footnotes in German humanities style (full first notes, short notes 'wie Anm. n', 'Ebd.', CCSL and Migne PL editions by volume and page, the Council of Trent by DH paragraphs, Lumen gentium in AAS, archival files of the Diözesanarchiv Rottenburg and Universitätsarchiv Tübingen by shelfmark and folio, a TRE article, a note of scripture references and a cross-reference only), and a Quellen- und Literaturverzeichnis split into Ungedruckte Quellen (2), Gedruckte Quellen (8) and Literatur (9). Invented: the author, the 1834 Gutachten and the UAT Nachschrift (their shelfmarks), Kessler 2018 and Brenner 2020 (DOI 10.99999). Real works are given with data as the writer remembered them. Lines are body paragraph numbers.",
 "document": "cyprian-busse.docx", "lang": "de-DE", "title": "Zwischen Strenge und Nachsicht", "creator": "Martin Ebersbach",
 "reader": "docx", "clean": True,
 "notes": {str(i + 1): n for i, n in enumerate(dx_notes)},
 "literature": [arch, arch, aug, lapsis, epist, dh, trent, einh, symb, lg,
                bren, brent, clarke, dunn, geis, kess, posch, vorg, wick],
})

# ---- odt: Italian canon-law chapter, LibreOffice footnotes (numbered by the builder), Bibliografia (Fonti, Studi) ----
al = dict(title="Amoris laetitia", year=2016, kind=R)
fc = dict(title="Familiaris consortio", year=1981, kind=R)
cic = dict(title="Codex Iuris Canonici", year=1983, kind=R)
pinto = dict(title="Commento al Codice di diritto canonico", year=2001, kind=B)
trento = dict(title="Canones de sacramento matrimonii", year=1563, kind=R)
dhi = dict(authors=["Denzinger"], title="Enchiridion symbolorum definitionum et declarationum de rebus fidei et morum", year=2012, kind=B)
cdf = dict(title="Lettera ai vescovi della Chiesa cattolica circa la recezione della comunione eucaristica da parte dei fedeli divorziati risposati", year=1994, kind=R)
pctl = dict(title="Dichiarazione circa l'ammissibilità alla Santa Comunione dei divorziati risposati", year=2000, kind=R)
ghir = dict(authors=["Ghirlanda"], title="Il diritto nella Chiesa mistero di comunione. Compendio di diritto ecclesiale", year=2006, kind=B)
mon = dict(authors=["Moneta"], title="Il matrimonio nel nuovo diritto canonico", year=2008, kind=B)
erra = dict(authors=["Errázuriz"], title="La rilevanza canonica della sacramentalità del matrimonio e della sua dimensione familiare", year=1995, kind=A)
sin = dict(title="Relazione finale del Sinodo dei Vescovi al Santo Padre Francesco", year=2015, url="https://www.vatican.va/roman_curia/synod/documents/rc_synod_doc_20151026_relazione-finale-xiv-assemblea_it.html", kind=R)
kasp = dict(authors=["Kasper"], title="Il Vangelo della famiglia", year=2014, kind=B)
rin = dict(authors=["Rinaldi"], title="L'accompagnamento pastorale dei divorziati risposati dopo Amoris laetitia: profili canonistici", year=2018, kind=A)
col = dict(authors=["Colombetti"], title="La prassi penitenziale nelle diocesi lombarde dopo il 2016", year=2020, doi="10.99999/prc.2020.109.3", kind=A)
od_notes = [al, al, fc, fc, cic, pinto, trento, dhi, cdf, pctl, ghir, mon, ghir, erra, erra, sin, kasp, kasp, rin, col, dict(kind=U), al]
col_lit = {k: v for k, v in col.items() if k != "doi"}  # the Bibliografia prints no DOI
put("odt", "amoris-divorziati-it", {
 "about": "An invented Italian canon-law / pastoral-theology book chapter (the discernment of divorced and civilly remarried faithful after Amoris laetitia, can. 915) as LibreOffice saves it: headings, 22 footnotes (papal exhortations with date and AAS volume and pages, the CIC by canon, Trent by DH number, the Denzinger-Hünermann bilingual edition, a CDF letter, a PCTL declaration in Communicationes, the 2015 Synod's Relatio finalis on vatican.va with access date, a commentary 'a cura di', monographs and articles, 'Ivi', 'Ibid.', 'cit.', a note of scripture references that then cites Kasper, an archival file of the Curia of Bergamo) and a Bibliografia with Fonti (8) and Studi (7) paragraphs. Invented: Rinaldi 2018, Colombetti 2020 (DOI 10.99999), the Bergamo file. Real works with data as the writer remembered them. Built by _src/_meta/build_odt_a.py with build_odt.py's Doc; lines are body paragraph numbers.",
 "document": "amoris-divorziati-it.odt", "title": "Il discernimento dei fedeli divorziati risposati tra diritto e pastorale",
 "reader": "odt", "clean": True,
 "notes": {str(i + 1): n for i, n in enumerate(od_notes)},
 "literature": [cic, trento, cdf, dhi, al, fc, pctl, sin, col_lit, erra, ghir, kasp, mon, pinto, rin],
})

# ---- pdftext: English SBL author-date journal article as pdftotext gives it; Works Cited alphabetical ----
pt = [
 dict(authors=["Bell"], title="The Irrevocable Call of God: An Inquiry into Paul's Theology of Israel", year=2005, kind=B),
 dict(authors=["Das"], title="Solving the Romans Debate", year=2007, kind=B),
 dict(authors=["Davies"], title="Paul and the People of Israel", year=1984, kind=CH),
 dict(authors=["Esler"], title="Ancient Oleiculture and Ethnic Differentiation: The Meaning of the Olive-Tree Image in Romans 11", year=2003, doi="10.1177/0142064X0302600106", kind=A),
 dict(authors=["Fitzmyer"], title="Romans: A New Translation with Introduction and Commentary", year=1993, kind=B),
 dict(authors=["Hays"], title="Echoes of Scripture in the Letters of Paul", year=1989, kind=B),
 dict(authors=["Jewett"], title="Romans: A Commentary", year=2007, kind=B),
 dict(authors=["Käsemann"], title="Commentary on Romans", year=1980, kind=B),
 dict(authors=["Mbatha"], title="Holy Root, Holy Branches: Firstfruits Logic in Romans 11:16", year=2021, doi="10.99999/nts.2021.017", kind=A),
 dict(authors=["Moo"], title="The Letter to the Romans", year=2018, kind=B),
 dict(authors=["Nanos"], title="The Mystery of Romans: The Jewish Context of Paul's Letter", year=1996, kind=B),
 dict(authors=["Sanders"], title="Paul, the Law, and the Jewish People", year=1983, kind=B),
 dict(authors=["Wagner"], title='Heralds of the Good News: Isaiah and Paul "in Concert" in the Letter to the Romans', year=2002, kind=B),
 dict(authors=["Wright"], title="The Letter to the Romans: Introduction, Commentary, and Reflections", year=2002, kind=CH),
 dict(authors=["Zoccali"], title="'And So All Israel Will Be Saved': Competing Interpretations of Romans 11.26 in Pauline Scholarship", year=2008, kind=A),
]
put("pdftext", "olive-romans-en", {
 "about": "An invented English biblical-studies journal article (Rom 11:16-24, the olive tree, firstfruits and Isaiah's remnant) in SBL author-date style as pdftotext (no -layout) gives a typeset journal: title block with the article's own DOI (no citation), abstract, running heads with page numbers, form feeds, words hyphenated at line ends, citations (Author Year, pages) some wrapped over two lines, scripture references, Hebrew and Greek words, sigla used without entries (BDAG s.v., MT, LXX, 1QIsaa: no citations), and an alphabetical Works Cited with five-space hanging wraps, a DOI wrapped before its last period. Author-date citations cite the list by the entry's position [n]. Invented: the journal, the author, Mbatha 2021 (DOI 10.99999). Real works with data as the writer remembered them. Planted: Das 2007 (entry 2) is cited nowhere.",
 "document": "olive-romans.txt", "reader": "pdf-text", "clean": True,
 "notes": {str(i + 1): e for i, e in enumerate(pt) if i != 1},
 "literature": pt,
})

# ---- rst: English DH project design note, [Label]_ citations, .. [Label] Works cited ----
rs = {
 "Burnard2014": dict(authors=["Burnard"], title="What is the Text Encoding Initiative? How to Add Intelligent Markup to Digital Resources", year=2014, doi="10.4000/books.oep.426", kind=B),
 "ESTC": dict(title="English Short Title Catalogue", url="https://estc.bl.uk/", kind=W),
 "Hymnary": dict(title="Hymnary.org: A Comprehensive Index of Hymns and Hymnals", url="https://hymnary.org/", kind=W),
 "IIIF2020": dict(title="IIIF Presentation API 3.0", year=2020, url="https://iiif.io/api/presentation/3.0/", kind=R),
 "Julian1907": dict(title="A Dictionary of Hymnology: Setting Forth the Origin and History of Christian Hymns of All Ages and Nations", year=1907, kind=B),
 "Marini2003": dict(authors=["Marini"], title="Sacred Song in America: Religion, Music, and Public Culture", year=2003, kind=B),
 "MEI2019": dict(title="MEI Guidelines", year=2019, url="https://music-encoding.org/guidelines/v4/content/", kind=R),
 "Moravian1789": dict(title="A Collection of Hymns, for the Use of the Protestant Church of the United Brethren", year=1789, kind=B),
 "Okafor2024": dict(authors=["Okafor", "Ellery"], title="Revival Hymnals: OCR Ground Truth and Transkribus Model", year=2024, doi="10.99999/zenodo.11223344", kind=W),
 "Tamke1978": dict(authors=["Tamke"], title="Make a Joyful Noise unto the Lord: Hymns as a Reflection of Victorian Social Attitudes", year=1978, kind=B),
 "TEI2024": dict(title="TEI P5: Guidelines for Electronic Text Encoding and Interchange", year=2024, url="https://tei-c.org/Vault/P5/4.8.0/doc/tei-p5-doc/en/html/", kind=R),
 "Transkribus": dict(title="Transkribus", url="https://www.transkribus.org/", kind=W),
 "Watson1997": dict(authors=["Watson"], title="The English Hymn: A Critical and Historical Study", year=1997, kind=B),
 "Wesley1780": dict(authors=["Wesley"], title="A Collection of Hymns for the Use of the People Called Methodists", year=1780, kind=B),
 "Wilkinson2016": dict(authors=["Wilkinson"], title="The FAIR Guiding Principles for Scientific Data Management and Stewardship", year=2016, doi="10.1038/sdata.2016.18", kind=A),
}
put("rst", "hymnal-corpus-tei", {
 "about": "An invented English digital-humanities design note for a TEI/IIIF corpus of Methodist and Moravian hymnals (1737-1830) in reStructuredText: title, field list, contents directive, sections, a .. note:: holding a citation, a list-table with citations in cells, ``literal`` TEI element names, scripture references that are text, not citations, [Key2019]_ citations (two side by side once) and a Chicago-style Works cited of 15 .. [Label] entries in label order (hymnals of 1780 and 1789, Julian's Dictionary, books, an article, TEI/MEI/IIIF guidelines, ESTC and Hymnary.org, Transkribus, a Zenodo dataset). Invented: the project, its authors, the dataset (DOI 10.99999). Planted: [Temperley1998]_ has no entry.",
 "document": "corpus_design.rst", "reader": "rst", "clean": True,
 "notes": rs,
 "literature": list(rs.values()),
})

# ---- markdown-links: English newsletter post of a Jewish-Christian relations library, inline links + Sources list ----
ml = [
 dict(title="Letter of a flax merchant, Fustat", url="https://cudl.lib.cam.ac.uk/view/MS-TS-00013-J-00020-00017/1", kind=U),
 dict(title="Psalms with Babylonian vocalisation", url="https://cudl.lib.cam.ac.uk/view/MS-TS-A-00013-00002/1", kind=U),
 dict(title="Pirkei Avot 1:1", url="https://www.sefaria.org/Pirkei_Avot.1.1", kind=W),
 dict(title="Berakhot 2a", url="https://www.sefaria.org/Berakhot.2a", kind=W),
 dict(title="Nostra Aetate", year=1965, url="https://www.vatican.va/archive/hist_councils/ii_vatican_council/documents/vat-ii_decl_19651028_nostra-aetate_en.html", kind=R),
 dict(title="Princeton Geniza Project", url="https://geniza.princeton.edu/", kind=W),
 dict(title="Friedberg Genizah Project", url="https://fjms.genizah.org/", kind=W),
 dict(authors=["Goitein"], title="A Mediterranean Society: The Jewish Communities of the Arab World as Portrayed in the Documents of the Cairo Geniza", year=1967, url="https://archive.org/details/mediterraneansoc0001goit", kind=B),
 dict(authors=["Hoffman", "Cole"], title="Sacred Trash: The Lost and Found World of the Cairo Geniza", year=2011, url="https://www.penguinrandomhouse.com/books/176367/sacred-trash-by-adina-hoffman-and-peter-cole/", kind=B),
 dict(authors=["Lev"], title="Reading Fragments Together: Joins in the Taylor-Schechter Collection", year=2022, doi="10.99999/jsq-2022-0007", kind=A),
 dict(authors=["Rustow"], title="The Lost Archive: Traces of a Caliphate in a Cairo Synagogue", year=2020, url="https://press.princeton.edu/books/hardcover/9780691156477/the-lost-archive", kind=B),
]
put("markdown-links", "genizah-fragments-en", {
 "about": "An invented English newsletter post of a Jewish-Christian relations centre's library on Cairo Genizah facsimiles, in Markdown with YAML front matter: navigation links and a footer Subscribe link (no citations), inline links woven into sentences (to Cambridge Digital Library fragments, Sefaria pages for m. Avot 1:1 and b. Berakhot 2a, Nostra Aetate on vatican.va, the Princeton and Friedberg Geniza projects, books, an article by DOI link; several linked more than once, one by a chapter's link text), scripture named as text, and a 'Sources and further reading' list in two unnumbered groups whose entries carry their addresses in <...>. Each body link cites the list entry with its address, by position. Invented: the centre, its librarian, Lev 2022 (DOI 10.99999); the T-S shelfmarks, their titles and the book addresses may not match real records.",
 "document": "genizah-fragments.md", "reader": "markdown-links", "clean": True,
 "notes": {str(i + 1): e for i, e in enumerate(ml)},
 "literature": ml,
})
