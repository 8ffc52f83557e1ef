"""Writes the meta.json of heldout61 half B's documents (rmarkdown, docx, odt, pdftext, mediawiki).
Round 61's theme for half B: architecture and architectural history.  Labels and lines come from
the ⟦label⟧ annotations in the sources (for the odt, from its {fn:…} footnotes); fields are given
here by hand.  Conventions: see ../../HALF_B.md.  Then:
  .venv/bin/python tests/corpus_build/build.py tests/heldout61 hypar-shells-en hallehuis-twente-nl sorensen-landskab-da
  .venv/bin/python tests/corpus_build/build_docx.py tests/heldout61 sichtbeton-kirche-de
  .venv/bin/python tests/heldout61/_src/_meta/build_odt_b.py
  python3 tests/heldout61/_src/_meta/check_b.py"""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
B, A, C, R, CH, W, T, U, P = "book", "article", "commentary", "report", "chapter", "web", "thesis", "unknown", "patent"


def put(fmt, name, meta):
    p = os.path.join(HERE, "..", fmt, name, "meta.json")
    open(p, "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")


# ---- rmarkdown: English construction history (hypar shell roofs), R Markdown + BibTeX/biblatex .bib, no csl: ----
rm = {
 "addis2007": dict(authors=["Addis"], title="Building: 3000 Years of Design Engineering and Construction", year=2007, kind=B),
 "barraclough1959": dict(authors=["Barraclough"], title="Hyperbolic Paraboloid Roof, St Aidan's Church Hall, Coventry: Setting-out Drawing", year=1959, kind=U),
 "billington1983": dict(authors=["Billington"], title="The Tower and the Bridge: The New Art of Structural Engineering", year=1983, kind=B),
 "brennan2016": dict(authors=["Brennan"], title="Precast and In Situ: The Economics of Concrete Shell Roofs in Britain, 1945–1970", year=2016, kind=T),
 "bsi1957": dict(title="The Structural Use of Reinforced Concrete in Buildings", year=1957, kind=R),
 "candela1955": dict(authors=["Candela"], title="Structural Applications of Hyperbolic Paraboloidical Shells", year=1955, kind=A),
 "chilton2000": dict(authors=["Chilton"], title="Heinz Isler", year=2000, kind=B),
 "cen2004": dict(title="Eurocode 2: Design of Concrete Structures – Part 1-1: General Rules and Rules for Buildings", year=2004, kind=R),
 "faber1963": dict(authors=["Faber"], title="Candela: The Shell Builder", year=1963, kind=B),
 "hallworth2019": dict(authors=["Hallworth", "Osei"], title="Hypar Roofs in the English Midlands, 1956–1968: A Survey of Survivors", year=2019, doi="10.99999/ch.2019.34.2.71", kind=A),
 "helisting1998": dict(title="Church Hall of St Aidan, Coventry", year=1998, url="https://historicengland.example.org/listing/the-list/list-entry/1391025", kind=W),
 "hearchive1958": dict(title="Shell Roof under Construction, Wythenshawe", year=1958, url="https://historicengland.example.org/images-books/photos/item/JLP01-08-123456", kind=W),
 "isler1961": dict(authors=["Isler"], title="New Shapes for Shells", year=1961, kind=A),
 "joedicke1963": dict(authors=["Joedicke"], title="Shell Architecture", year=1963, kind=B),
 "kurrer2018": dict(authors=["Kurrer"], title="The History of the Theory of Structures: Searching for Equilibrium", year=2018, kind=B),
 "marsh1957": dict(authors=["Marsh"], title="Shells over Stevenage", year=1957, kind=A),
 "osei2022": dict(authors=["Osei"], title="Hyperbolic Paraboloid Roofs in England, 1955–1970: Survey Data", year=2022, doi="10.99999/zenodo.7012345", kind=W),
 "palladio1965": dict(authors=["Palladio"], title="The Four Books of Architecture", year=1965, kind=B),
 "pelham2021": dict(authors=["Pelham"], title="Timber Formwork for Hyperbolic Paraboloid Shells in Post-war Britain", year=2021, kind=CH),
 "rcore2023": dict(title="R: A Language and Environment for Statistical Computing", year=2023, url="https://www.R-project.org/", kind=W),
 "torroja1958": dict(authors=["Torroja"], title="The Structures of Eduardo Torroja: An Autobiography of Engineering Accomplishment", year=1958, kind=B),
 "vitruvius1999": dict(authors=["Vitruvius"], title="Ten Books on Architecture", year=1999, doi="10.1017/CBO9780511840951", kind=B),
}
RM_ORDER = list(rm)  # written in pandoc's default Chicago author-date order: first author (or corporate name), year, title
put("rmarkdown", "hypar-shells-en", {
 "about": "An invented English construction-history paper (hyperbolic paraboloid shell roofs in the English Midlands, 1956–1968: survey, drawings, costings, heritage) as an R Markdown document for bookdown::html_document2: YAML with two authors, `bibliography: references.bib` and no `csl:` (so pandoc's default Chicago author-date order), a setup chunk and a figure chunk (no citations), bookdown cross references `\\@ref(sec-heritage)` and `\\@ref(fig:spans)` (no citations), `[@a; @b, 512--530]` (two pairs), `[@key, 690]`, `[-@key]`, narrative `@key [pp. 88--97]`, `@key [ch. 4]` and bare `@key`, a citation in a Markdown image caption, a cited key with no entry, `::: {#refs}`. references.bib holds books (Palladio's Four Books in Ware's translation as the 1965 Dover facsimile, Vitruvius edited by Rowland and Howe, Torroja, Faber on Candela, Joedicke, Chilton on Isler, Kurrer, Billington, Addis), articles (Candela 1955 in the ACI journal, Isler 1961 in the IASS Bulletin), two `@standard`s (BSI CP 114:1957; EN 1992-1-1:2004) by corporate authors, an `@unpublished` drawing in the RIBA collection, two `@online` Historic England pages (a list entry; an archive photograph) with urldate, a `@dataset`, an `@software` (R), an `@inproceedings` in the 7th ICCH proceedings, a `@phdthesis`. Invented: the Midland survey and its findings, St Aidan's church hall, Coventry, and its list entry 1391025, the architect Dennis Barraclough and his drawing PB412/7(3), the Wythenshawe photograph JLP01/08/123456, the people Kwame Osei, Margaret Hallworth, Aoife Brennan, Rosalind Pelham and Denis Marsh and their works (Hallworth and Osei 2019 in Construction History, Osei's Zenodo dataset, Brennan's Bath thesis, Pelham's congress paper, Marsh's Architectural Review article), the DOIs 10.99999/…, the hosts historicengland.example.org, and draper1960. Real works are cited with their data as the writer remembers them (the Vitruvius DOI may differ). Planted: `@draper1960` has no entry in references.bib: `missing-literature-entry` at its line.",
 "document": "hypar-shells.Rmd", "reader": "pandoc-markdown", "clean": True,
 "notes": {k: rm[k] for k in RM_ORDER},
 "literature": [rm[k] for k in RM_ORDER],
})

# ---- docx: German building conservation (exposed concrete of a 1960s church), footnotes + grouped list ----
riegl = dict(authors=["Riegl"], title="Der moderne Denkmalkultus. Sein Wesen und seine Entstehung", year=1903, kind=B)
dehio = dict(authors=["Dehio"], title="Denkmalschutz und Denkmalpflege im neunzehnten Jahrhundert", year=1905, kind=B)
huse = dict(title="Denkmalpflege. Deutsche Texte aus drei Jahrhunderten", year=1984, kind=B)
viollet = dict(authors=["Viollet-le-Duc"], title="Restauration", year=1866, kind=CH)
charta = dict(title="Internationale Charta über die Konservierung und Restaurierung von Denkmälern und Ensembles (Charta von Venedig)", year=1964, kind=R)
lab = dict(kind=U)
falk = dict(authors=["Falk"], title="Kirche am Teltowkanal", year=1966, kind=A)
amtu = dict(kind=U)
din1045 = dict(title="Beton- und Stahlbetonbau. Bemessung und Ausführung", year=1972, kind=R)
kessler = dict(authors=["Kessler"], title="Sichtbeton im Sakralbau der Nachkriegsmoderne. Materialität, Alterung und Instandsetzung", year=2018, kind=T)
dafstb = dict(title="Schutz und Instandsetzung von Betonbauteilen", year=2001, kind=R)
din1504 = dict(title="Produkte und Systeme für den Schutz und die Instandsetzung von Betontragwerken – Teil 9: Allgemeine Grundsätze für die Anwendung von Produkten und Systemen", year=2008, kind=R)
brandt = dict(authors=["Brandt", "Özdemir"], title="Hydrophobierung und Lasur. Zwei Wege der Sichtbetoninstandsetzung im Vergleich", year=2021, doi="10.99999/dp.2021.79.2.112", kind=A)
oezdemir = dict(authors=["Özdemir"], title="Karbonatisierungstiefen und Betondeckung an zwölf Berliner Sakralbauten der 1960er Jahre", year=2022, doi="10.99999/zenodo.6638201", kind=W)
lda = dict(title="Kirche Zum Guten Hirten", url="https://denkmaldatenbank.example.org/daobj.php?obj_dok_nr=09066512", kind=W)
buttlar = dict(title="denkmal!moderne. Architektur der 60er Jahre. Wiederentdeckung einer Epoche", year=2007, kind=B)
petzet = dict(authors=["Petzet", "Mader"], title="Praktische Denkmalpflege", year=1993, kind=B)
marburg = dict(title="Kirche Zum Guten Hirten, Westfassade", year=1967, url="https://www.bildindex.example.net/bilder/fm1043377", kind=W)
dx_notes = [riegl, dehio, dehio, huse, viollet, charta, lab, falk, amtu, lab, din1045, kessler, dafstb, din1504, brandt, kessler, oezdemir, lda, buttlar, petzet, riegl, marburg]
assert len(dx_notes) == 22
put("docx", "sichtbeton-kirche-de", {
 "about": "An invented German building-conservation article (the repair, 2019–2022, of the board-marked exposed concrete of an invented Berlin church of 1965–1967, Kirche Zum Guten Hirten am Teltowkanal, by an invented architect, Hans-Joachim Brenner) in Word: title and byline paragraphs, Heading 1/2 sections, 22 footnotes in German humanities style (full first notes `Vorname Name: Titel, Ort Jahr, S. …`, `Ebd., S. 14.`, short notes with `(wie Anm. 12)` and `(wie Anm. 1)`, an archive introduced with `(im Folgenden: LAB)` and repeated as `LAB, … (wie Anm. 7)`, Viollet-le-Duc's article `Restauration` in the Dictionnaire raisonné, the Venice Charter, DIN 1045:1972-01 and DIN EN 1504-9:2008-11 with their designations first, a DAfStb guideline by its issuing body, a Bauwelt article by Heft, a drawing by inventory number, a Dissertation, an article with `DOI: `, a Zenodo dataset as a doi.org address, the Berlin monument database and the Foto Marburg image index with `(Zugriff: …)`), two notes in the third cells of a table's rows (annotated with the cell number 3, so keyed at those cells' paragraphs), and a `Quellen und Literatur` with four Heading 2 groups (Archivalien, Normen und Richtlinien, Literatur, Internetquellen und Daten) in the Bibliography style. Invented: the church, its architect, the author Friederike Lemberg-Adomeit, the files LAB B Rep. 202 Nr. 4711 and Architekturmuseum TU Berlin Inv.-Nr. 41722, Werner Falk's Bauwelt article, Mareike Kessler's Dresden thesis, Brandt and Özdemir's article in Die Denkmalpflege, Özdemir's dataset, the monument number 09066512, the photograph fm1043377, the DOIs 10.99999/…, the hosts denkmaldatenbank.example.org and www.bildindex.example.net. Real works (Riegl, Dehio, Huse, Viollet-le-Duc, the Venice Charter, DIN 1045, DIN EN 1504-9, the DAfStb guideline, Buttlar and Heuter, Petzet and Mader) with their data as remembered.",
 "document": "sichtbeton-kirche-de.docx", "reader": "docx", "clean": True, "lang": "de-DE",
 "title": "Sichtbeton als Denkmal", "creator": "Friederike Lemberg-Adomeit",
 "notes": {str(i + 1): e for i, e in enumerate(dx_notes)},
 "literature": [amtu, lab, din1045, din1504, dafstb, charta, brandt, buttlar, dehio, falk, huse, kessler, petzet, riegl, viollet, marburg, lda, oezdemir],
})

# ---- odt: Spanish urbanism (the Cerdà plan and the Eixample block), footnotes + grouped Fuentes y bibliografía ----
cerda = dict(authors=["Cerdà"], title="Teoría general de la urbanización y aplicación de sus principios y doctrinas a la reforma y ensanche de Barcelona", year=1867, kind=B)
alberti = dict(authors=["Alberti"], title="Los diez libros de architectura", year=1582, kind=B)
ley = dict(title="Ley de 29 de junio de 1864 sobre ensanche de poblaciones", year=1864, kind=R)
ahcb = dict(kind=U)
aibar = dict(authors=["Aibar", "Bijker"], title="Constructing a City: The Cerdà Plan for the Extension of Barcelona", year=1997, doi="10.1177/016224399702200101", kind=A)
busquets = dict(authors=["Busquets"], title="Barcelona: la construcción urbanística de una ciudad compacta", year=2004, kind=B)
magrinya = dict(title="Cerdà. Urbs i territori", year=1994, kind=B)
sola = dict(authors=["Solà-Morales"], title="Las formas de crecimiento urbano", year=1997, kind=B)
soria = dict(authors=["Soria y Mata"], title="La Ciudad Lineal", year=1882, kind=A)
howard = dict(authors=["Howard"], title="Garden Cities of To-morrow", year=1902, kind=B)
hall = dict(authors=["Hall"], title="Cities of Tomorrow: An Intellectual History of Urban Planning and Design in the Twentieth Century", year=1988, kind=B)
puig = dict(authors=["Puig Brunet"], title="El chaflán como espacio público: la esquina del Eixample, 1860-2010", year=2010, kind=A)
valles = dict(authors=["Vallès Ferrer", "Quintana Soto"], title="La manzana cerdiana ante la densificación: ordenanzas y alturas, 1891-1976", year=2019, doi="10.99999/cytet.2019.201.07", kind=A)
ribas15 = dict(authors=["Ribas Oliveras"], title="Permanencia y transformación de la manzana del Ensanche de Barcelona, 1860-1936", year=2015, kind=T)
ribas21 = dict(authors=["Ribas Oliveras", "Serra Llobet"], title="Parcelario histórico del Ensanche de Barcelona, 1890-1930", year=2021, doi="10.99999/zenodo.5120448", kind=W)
comas = dict(authors=["Comas Pujol"], title="Las bóvedas tabicadas en las casas del Ensanche", year=2015, kind=CH)
golferichs = dict(title="Casa Golferichs", url="https://patrimoni.barcelona.example.net/fitxa/1845", kind=W)
superilles = dict(title="Superilles", url="https://ajuntament.barcelona.cat/superilles/es/", kind=W)
rueda = dict(authors=["Rueda"], title="Superblocks for the Design of New Cities and Renovation of Existing Ones: Barcelona's Case", year=2019, doi="10.1007/978-3-319-74983-9_8", kind=CH)
od_notes = [cerda, alberti, alberti, ley, ahcb, aibar, busquets, cerda, magrinya, sola, soria, howard, howard, hall, puig, valles, ribas15, ribas21, comas, golferichs, superilles, rueda, busquets]
assert len(od_notes) == 23
put("odt", "ensanche-cerda-es", {
 "about": "An invented Spanish urbanism article (the Cerdà plan of 1859, the Eixample block and its chamfered corner from the ordinances of 1891 to the superblocks) in LibreOffice: title, byline and affiliation paragraphs, headings, 23 footnotes (text:note footnote) in Spanish humanities style (Cerdà's Teoría general of 1867, Alberti's Los diez libros de architectura in Lozano's translation of 1582, `Ibid., lib. IV, cap. 6.`, `Ibid., pp. 20-23.`, the 1864 ensanche law in the Gaceta de Madrid, the 1859 plan in the AHCB by inventory number, `op. cit.` short notes, an exhibition catalogue by its editors, a newspaper article of 1882, Howard, Hall, a congress paper in the Actas del Noveno Congreso Nacional de Historia de la Construcción, a tesis doctoral, a Zenodo dataset `[conjunto de datos]`, a heritage catalogue record and a city web page with `(consultado el …)`, DOIs as `doi: ` and as doi.org addresses), two notes in the third cells of a table's rows, and `Fuentes y bibliografía` in three groups (Fuentes, Bibliografía, Recursos electrónicos) with Spanish capitalised surnames. Invented: the author Marta Ribas Oliveras, her thesis and her dataset with Pau Serra Llobet, Laia Puig Brunet's Quaderns article, the CyTET article by Jordi Vallès Ferrer and Nuria Quintana Soto, Andreu Comas Pujol's congress paper, the AHCB inventory number 05.02/117, the catalogue record 1845 and its host patrimoni.barcelona.example.net, the DOIs 10.99999/…. Real works with their data as remembered (Cerdà, Alberti/Lozano, the 1864 law, Aibar and Bijker, Busquets, Magrinyà and Tarragó, Solà-Morales, Soria y Mata, Howard, Hall, Rueda, the Superilles page).",
 "document": "ensanche-cerda-es.odt", "reader": "odt", "clean": True,
 "title": "La manzana y el chaflán: permanencias del Plan Cerdà en el Ensanche de Barcelona (1859-2020)",
 "notes": {str(i + 1): e for i, e in enumerate(od_notes)},
 "literature": [ahcb, alberti, cerda, howard, ley, soria, aibar, busquets, comas, hall, magrinya, puig, ribas15, rueda, sola, valles, golferichs, superilles, ribas21],
 "defects": [],
})

# ---- pdftext: Dutch vernacular building (the Twente hall-house), author–date, alphabetical Literatuur ----
pt = [
 dict(authors=["Berends"], title="Historische houtconstructies in Nederland", year=1996, kind=B),
 dict(authors=["Dijkstra", "Hanraets"], title="Dendrochronologische dateringen van gebinten in Twentse boerderijen, 1540–1860", year=2021, doi="10.99999/dans-x7k-2m9q", kind=W),
 dict(authors=["Hekman"], title="Het los hoes en de opkomst van de dwarsdeel in Twente", year=2017, doi="10.99999/bk.2017.116.3.141", kind=A),
 dict(authors=["Hekman"], title="Ankerbalk of dekbalk? Gebintvormen in Oost-Nederland", year=2020, kind=CH),
 dict(title="Minuutplan Lonneker, sectie D, blad 3", year=1832, url="https://hisgis.example.org/overijssel/lonneker/D3", kind=W),
 dict(title="Beoordeling van de constructieve veiligheid van een bestaand bouwwerk bij verbouw en afkeuren – Grondslagen", year=2011, kind=R),
 dict(title="Encyclopedia of vernacular architecture of the world", year=1997, kind=B),
 dict(title="Boerderij Het Erve Brilman, Lonneker", url="https://monumentenregister.example.org/monumenten/45123", kind=W),
 dict(authors=["Rudofsky"], title="Architecture without architects: a short introduction to non-pedigreed architecture", year=1964, kind=B),
 dict(authors=["Slicher van Bath"], title="Een samenleving onder spanning: geschiedenis van het platteland in Overijssel", year=1957, kind=B),
 dict(authors=["Voskuil"], title="Van vlechtwerk tot baksteen: geschiedenis van de wanden van het boerenhuis in Nederland", year=1979, kind=B),
 dict(authors=["Wennekes"], title="Het hallehuis herbestemd: veertig Twentse boerderijen na de landbouw", year=2019, kind=T),
 dict(authors=["Zantkuijl"], title="Bouwen in Nederland: vormgeving, constructie en restauratie", year=1993, kind=B),
]
put("pdftext", "hallehuis-twente-nl", {
 "about": "An invented Dutch vernacular-architecture article (the construction and change of the Twente hall-house, 1600–1900: anchor-beam trusses, the transverse threshing floor, dendrochronology, conversion) as pdftotext (no -layout) gives the pages of Bulletin KNOB: journal head with the article's own DOI, title and subtitle, the two authors' names, Samenvatting and Trefwoorden, numbered sections, form feeds with running heads carrying page numbers (`62 BULLETIN KNOB 2024 • 2`, `Wennekes en Dijkstra • Gebint en dwarsdeel 63`), words hyphenated at line ends, author–date citations `Rudofsky (1964)`, `(Voskuil 1979)`, `(Slicher van Bath 1957, 412–430)`, `Hekman (2017, 2020)` (two works, one pair each), `(Dijkstra & Hanraets 2021)`, `(vgl. RCE z.j.)`, `(NEN 2011)`, `(vgl. Rudofsky 1964; Oliver 1997)`, a citation wrapped after the name (`Oliver` ⏎ `(1997)`, `(Kadaster` ⏎ `1832)`, `Slicher` ⏎ `van Bath (1957, 87)`) and one running over a page break (`(Hekman 2020,` ⏎ running head ⏎ `41–47)`), a table's source line `Bron: Dijkstra & Hanraets 2021.`, and a 13-entry alphabetical Literatuur (an editor-headed encyclopedia, a standard headed by NEN and its designation, the RCE register page `z.j.`, the cadastral map online, a URL wrapped after a dot). Invented: the article and its authors Hendrik Wennekes and Tjitske Dijkstra, Wennekes's Delft thesis, the dataset by Dijkstra and M. Hanraets, J. Hekman's article and chapter and the volume edited by Hanraets, the farm Het Erve Brilman and monument number 45123, the HISGIS address, the DOIs 10.99999/…, the hosts hisgis.example.org and monumentenregister.example.org. Real works (Berends, Oliver, Rudofsky, Slicher van Bath, Voskuil, Zantkuijl, NEN 8700) with their data as remembered.",
 "document": "hallehuis.txt", "reader": "pdf-text", "clean": True,
 "notes": {str(i + 1): e for i, e in enumerate(pt)},
 "literature": pt,
})

# ---- mediawiki: Danish Wikipedia-style biography of a landscape architect (C. Th. Sørensen) ----
and93 = dict(authors=["Andersson", "Høyer"], title="C.Th. Sørensen – en havekunstner", year=1993, kind=B)
and01 = dict(authors=["Andersson", "Høyer"], title="C.Th. Sørensen: Landscape Modernist", year=2001, kind=B)
s31 = dict(authors=["Sørensen"], title="Parkpolitik i Sogn og Købstad", year=1931, kind=B)
s59 = dict(authors=["Sørensen"], title="Europæisk havekunst", year=1959, kind=B)
s66 = dict(authors=["Sørensen"], title="39 haveplaner: Typiske haver til et typehus", year=1966, kind=B)
lindholm = dict(authors=["Lindholm"], title="Universitetsparken i Aarhus", year=1947, kind=A)
fbb = dict(title="Aarhus Universitet, Universitetsparken", url="https://www.kulturarv.example.org/fbb/sagsvisning.htm?sagid=4711", kind=W)
junk = dict(authors=["Sørensen"], title="Junk Playgrounds", year=1951, kind=A)
treib = dict(title="Modern Landscape Architecture: A Critical Review", year=1993, kind=B)
kjaer = dict(authors=["Kjærgaard"], title="De ovale haver i Nærum: Et kulturarvsforløb", year=2018, kind=A)
opm = dict(authors=["Kjærgaard"], title="Kolonihaver i Nærum: opmåling 2021", year=2022, doi="10.99999/zenodo.8123456", kind=W)
heart = dict(title="De geometriske haver", url="https://www.heartmus.example.org/de-geometriske-haver", kind=W)
arkiv = dict(kind=U)
hauxner = dict(authors=["Hauxner"], title="Fantasiens have: Det moderne gennembrud i havekunsten og sporene i byens landskab", year=1993, kind=B)
jensen = dict(authors=["Jensen"], title="Sørensen og det sociale landskab: Legepladser, kolonihaver og boligbebyggelser 1930–1970", year=2016, kind=T)
mw_notes = [and93, and01, s31, s59, lindholm, fbb, s31, junk, treib, kjaer, opm, heart, arkiv, s66, hauxner, jensen]
assert len(mw_notes) == 16
put("mediawiki", "sorensen-landskab-da", {
 "about": "A Danish Wikipedia-style biography (written for this corpus) of the landscape architect C. Th. Sørensen (1893–1979): internal links, sections and subsections on the Aarhus University park, the Emdrup junk playground, the Nærum allotment gardens and the geometric gardens at Herning, `<ref>`s with Danish `{{Kilde bog}}` (`forfatter=` holding two names joined by `og`), `{{Kilde artikel}}` (`forfatter=`, `publikation=`, `bind=`, `nummer=`), `{{Kilde www}}` (`besøgsdato=`; one whose `url=` is a doi.org address, keyed as its DOI) and English `{{Cite journal}}`/`{{Cite book}}` (an edited volume by `editor-last=`), a plain-text archive reference, a plain-text ph.d. thesis, a named ref reused (`<ref name=\"andersson\" />`), `{{sfn}}`s resolving to a `Litteratur` of five `{{Cite book|…|ref=harv}}` (one repeated with identical arguments twice, merged; `{{sfn|Sørensen|1931}}` and `{{sfn|Sørensen|1931|p=54}}` two notes), a `{{Harvnb}}` inside a `<ref>` with prose, `{{reflist|2}}`, an external link, `{{Autoritetsdata}}` and categories (no citations). Invented: the Arkitekten article by Poul Lindholm, the Slots- og Kulturstyrelsen case page (host www.kulturarv.example.org), Mette Kjærgaard's Landskab article and Zenodo survey, the HEART page (host www.heartmus.example.org), the archive number 23715 and the Kunstbibliotek page (www.kunstbib.example.org), Anne Marie Jensen's thesis, the DOIs 10.99999/…. Real works (Andersson and Høyer 1993 and 2001, Hauxner 1993, Sørensen's books, Sørensen's Danish Outlook piece, Treib) with their data as remembered. Planted: Kjærgaard 2018's `doi=10.99999.landskab.2018.4.22` has a dot where its slash belongs: `malformed-field` at that line (the note keyed without a DOI).",
 "document": "ct-sorensen.wiki", "reader": "mediawiki", "clean": True,
 "notes": {str(i + 1): e for i, e in enumerate(mw_notes)},
 "literature": [and01, hauxner, s31, s59, s66],
})
