"""Writes the meta.json of heldout63 half B's documents (rmarkdown, docx, odt, pdftext, mediawiki).
Round 63's theme for half B: geography and cartography.  Labels and lines come from the ⟦label⟧
annotations in the sources (for the odt, from its {fn:…} footnotes); fields are given here by hand.
Conventions: see ../../HALF_B.md.  Then:
  .venv/bin/python tests/corpus_build/build.py tests/heldout63 holderness-shoreline-en salpausselka-fi atlas-maior-nl
  .venv/bin/python tests/corpus_build/build_docx.py tests/heldout63 urmesstisch-de
  .venv/bin/python tests/heldout63/_src/_meta/build_odt_b.py
  python3 tests/heldout63/_src/_meta/check_b.py"""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
B, A, C, R, CH, W, T, U, P = "book", "article", "commentary", "report", "chapter", "web", "thesis", "unknown", "patent"


def put(fmt, name, meta):
    p = os.path.join(HERE, "..", fmt, name, "meta.json")
    open(p, "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")


# ---- rmarkdown: English GIS and remote sensing (Holderness cliff retreat), Quarto + CSL-JSON, no csl: ----
rm = {
 "boak2005": dict(authors=["Boak", "Turner"], title="Shoreline definition and detection: a review", year=2005, doi="10.2112/03-0071.1", kind=A),
 "eryc2019": dict(title="Coastal Monitoring Report 2019: Holderness Cliff and Beach Profiles", year=2019, url="https://coast.eastriding.example.org/monitoring/2019", kind=R),
 "ec2010": dict(title="Commission Regulation (EU) No 1089/2010 of 23 November 2010 implementing Directive 2007/2/EC of the European Parliament and of the Council as regards interoperability of spatial data sets and services", year=2010, kind=R),
 "esa2022": dict(title="Sentinel-2 MSI Level-2A Bottom-of-Atmosphere Reflectance", year=2022, url="https://dataspace.copernicus.eu/", kind=W),
 "gorelick2017": dict(authors=["Gorelick", "Hancher", "Dixon", "Ilyushchenko", "Thau", "Moore"], title="Google Earth Engine: Planetary-scale geospatial analysis for everyone", year=2017, doi="10.1016/j.rse.2017.06.031", kind=A),
 "harley1964": dict(authors=["Harley"], title="The Historian's Guide to Ordnance Survey Maps", year=1964, kind=B),
 "himmelstoss2021": dict(authors=["Himmelstoss", "Henderson", "Kratzmann", "Farris"], title="Digital Shoreline Analysis System (DSAS) version 5.1 user guide", year=2021, doi="10.3133/ofr20211091", kind=R),
 "iso2014": dict(title="Geographic information — Metadata — Part 1: Fundamentals", year=2014, kind=R),
 "okonkwo2024": dict(authors=["Okonkwo", "Thwaite"], title="Holderness cliff-top lines, transects and retreat rates, 1852–2023", year=2024, doi="10.99999/zenodo.10444321", kind=W),
 "osm2023": dict(title="Planet dump retrieved from https://planet.osm.org", year=2023, url="https://www.openstreetmap.org", kind=W),
 "os1854": dict(title="Yorkshire (East Riding), Sheet 228", year=1854, kind=B),
 "pye2015": dict(authors=["Pye", "Blott"], title="Spatial and temporal variations in soft-cliff erosion along the Holderness coast, East Riding of Yorkshire, UK", year=2015, kind=A),
 "qgis2023": dict(title="QGIS Geographic Information System", year=2023, url="https://qgis.org", kind=W),
 "quinn2009": dict(authors=["Quinn", "Philip", "Murphy"], title="Understanding the recession of the Holderness Coast, east Yorkshire, UK: a new presentation of temporal and spatial patterns", year=2009, doi="10.1144/1470-9236/08-032", kind=A),
 "sheppard1912": dict(authors=["Sheppard"], title="The Lost Towns of the Yorkshire Coast and Other Chapters Bearing upon the Geography of the District", year=1912, kind=B),
 "thieler2009": dict(authors=["Thieler", "Himmelstoss", "Zichichi", "Ergul"], title="Digital Shoreline Analysis System (DSAS) version 4.0: An ArcGIS extension for calculating shoreline change", year=2009, doi="10.3133/ofr20081278", kind=R),
 "thwaite2021": dict(authors=["Thwaite", "Okonkwo"], title="Georeferencing error in the Ordnance Survey County Series sheets of the East Riding of Yorkshire", year=2021, doi="10.99999/00087041.2021.1885412", kind=A),
 "usgs2021": dict(title="Landsat 4-5 Thematic Mapper Level-2, Collection 2", year=2021, doi="10.5066/P9IAXOVV", kind=W),
 "valentin1954": dict(authors=["Valentin"], title="Der Landverlust in Holderness, Ostengland, von 1852 bis 1952", year=1954, kind=A),
 "vos2019": dict(authors=["Vos", "Splinter", "Harley", "Simmons", "Turner"], title="CoastSat: A Google Earth Engine-enabled Python toolkit to extract shorelines from publicly available satellite imagery", year=2019, doi="10.1016/j.envsoft.2019.104528", kind=A),
}
RM_ORDER = list(rm)  # written in pandoc's default Chicago author-date order: first author (or corporate name), year, title
put("rmarkdown", "holderness-shoreline-en", {
 "about": "An invented English GIS and remote-sensing paper (cliff-top retreat on the Holderness coast, 1852–2023, from Ordnance Survey six-inch sheets, Landsat and Sentinel-2 imagery and DSAS transects) as a Quarto document (`.qmd`, `format: html`) with `bibliography: references.json` (CSL-JSON) and no `csl:` (so pandoc's default Chicago author-date order): YAML with two authors and affiliations, an R setup chunk and a figure chunk (`#| label: fig-retreat`, no citations), Quarto cross references `@sec-methods`, `@sec-results`, `@sec-discussion` and `(@fig-retreat)` (not citations), `[@a; @b]` and `[@a; @b, 23--31]` (two pairs), `[@key, 301--305]`, `[see @key]`, `[cf. @key]`, `[@key, Annex II]`, `[-@key]`, narrative `@key` and `@key [p. 170]`, a cited key with no entry, `::: {#refs}`. references.json holds books (Sheppard 1912, Harley 1964), journal articles (Valentin 1954 in Die Erde, Quinn et al. 2009, Pye and Blott 2015, Boak and Turner 2005, Vos et al. 2019, Gorelick et al. 2017, Thwaite and Okonkwo 2021), a printed Ordnance Survey six-inch sheet (CSL `map`, keyed `book` as a printed map, corporate author), USGS Open-File Reports (DSAS 4.0 and 5.1) as `report`, a council monitoring report (`report`, corporate), datasets (USGS Landsat Collection 2 with DOI, ESA Sentinel-2 L2A, the OpenStreetMap planet dump, Okonkwo and Thwaite's Zenodo record with a version), software (QGIS 3.28), a `standard` (ISO 19115-1:2014, keyed by its title without the designation) and a `legislation` (INSPIRE regulation 1089/2010), corporate authors given as CSL `literal` names (not keyed). Invented: the paper, its authors Imogen Thwaite and Daniel Okonkwo and their article in The Cartographic Journal and Zenodo dataset, the East Riding monitoring report and its host coast.eastriding.example.org, the sheet number 228 as cited, the transect counts and rates, the DOIs 10.99999/…, and brampton1992. Real works are cited with their data as the writer remembers them (pages, issue numbers and DOIs, the Landsat DOI included, may differ from the published records). Planted: `@brampton1992` has no entry in references.json: `missing-literature-entry` at its line.",
 "document": "holderness-shoreline.qmd", "reader": "pandoc-markdown", "clean": True,
 "notes": {k: rm[k] for k in RM_ORDER},
 "literature": [rm[k] for k in RM_ORDER],
})

# ---- docx: German historical cartography (Prussian plane-table sheets in the Münsterland), footnotes + grouped list ----
schneider = dict(authors=["Schneider"], title="Die Macht der Karten. Eine Geschichte der Kartographie vom Mittelalter bis heute", year=2004, kind=B)
lehmann = dict(authors=["Lehmann"], title="Die Lehre der Situation-Zeichnung oder Anweisung zum richtigen Erkennen und genauen Abbilden der Erd-Oberfläche in topographischen Charten und Situation-Planen", year=1799, kind=B)
imhof = dict(authors=["Imhof"], title="Kartographische Geländedarstellung", year=1965, kind=B)
umtb = dict(kind=U)
brinkhoff = dict(authors=["Brinkhoff"], title="Lagegenauigkeit der Urmesstischblätter. Eine Analyse mit 312 Passpunkten", year=2019, doi="10.99999/s42489-019-00017-3", kind=A)
overbeck = dict(authors=["Overbeck"], title="Die Geländedarstellung der Urmesstischblätter in Westfalen 1836–1850", year=2017, kind=T)
mtb = dict(title="Messtischblatt 4011 Münster", year=1897, kind=B)
harley = dict(authors=["Harley"], title="Deconstructing the Map", year=1989, doi="10.3138/E635-7827-1757-9T53", kind=A)
verz = dict(title="Alphabetisches Verzeichniß sämmtlicher Ortschaften der Provinz Westfalen", year=1846, kind=B)
dgm1 = dict(title="Digitales Geländemodell Gitterweite 1 m (DGM1)", url="https://www.opengeodata.nrw.de/produkte/geobasis/hm/dgm1_xyz/", kind=W)
inspire = dict(title="Richtlinie 2007/2/EG des Europäischen Parlaments und des Rates vom 14. März 2007 zur Schaffung einer Geodateninfrastruktur in der Europäischen Gemeinschaft (INSPIRE)", year=2007, kind=R)
sbbdig = dict(title="Urmesstischblätter der Preußischen Landesaufnahme", url="https://digital.staatsbibliothek-berlin.example.org/urmesstischblaetter", kind=W)
wms = dict(title="WMS NW Uraufnahme 1836–1850", url="https://www.wms.geobasis-nrw.example.org/wms_nw_uraufnahme", kind=W)
wolff = dict(title="Vierhundert Jahre Mercator, vierhundert Jahre Atlas. „Die ganze Welt zwischen zwei Buchdeckeln“. Eine Geschichte der Atlanten", year=1995, kind=B)
tenbrock = dict(authors=["Tenbrock"], title="Vom Messtisch zum Luftbild. Die Fortführung der Messtischblätter in Westfalen 1877–1945", year=2011, kind=CH)
vogt = dict(authors=["Vogt", "Brinkhoff"], title="Automatic Vectorisation of Hachures on Prussian Plane-Table Sheets", year=2021, doi="10.99999/ica-proc-4-112-2021", kind=CH)
dx_notes = [schneider, lehmann, lehmann, imhof, umtb, brinkhoff, overbeck, umtb, mtb, harley, overbeck, verz, brinkhoff, dgm1, inspire, sbbdig, wms, wolff, tenbrock, schneider, schneider, vogt]
assert len(dx_notes) == 22
put("docx", "urmesstisch-de", {
 "about": "An invented German history-of-cartography article (the Prussian Urmesstischblätter, the hand-drawn 1:25 000 plane-table sheets of 1836–1850, in the Münsterland: drawing rules, survey practice, positional accuracy, afterlife) in Word: title and byline paragraphs, Heading 1/2 sections, 22 footnotes in German humanities style (full first notes `Vorname Name: Titel, Ort Jahr, S. …`, `Ebd., S. 12–15.` and `Ebd., S. 114.`, short notes `(wie Anm. 7)`, `(wie Anm. 6)`, `(wie Anm. 1)`, a map library introduced with `(im Folgenden: SBB-PK)` and its sheet repeated as `SBB-PK, Kart. N 729, Bl. 2246 (wie Anm. 5)`, a printed Messtischblatt by its issuing survey, scale and sheet number, a gazetteer with no author, an article with `DOI: ` and one as a doi.org address, a Dissertation, the INSPIRE directive, an edited volume cited whole, a chapter, an ICA proceedings paper, a DGM1 dataset, a digitised collection and a WMS service with `(Zugriff: …)`, one address as a hyperlink), two notes in the third cells of a table's rows (annotated with the cell number 3, so keyed at those cells' paragraphs), and a `Quellen und Literatur` with four Heading 2 groups (Karten, Rechtsvorschriften, Literatur, Online-Ressourcen und Geodaten) in the Bibliography style. Kinds: the printed Messtischblatt and the gazetteer `book`, the hand-drawn sheet in the map library by its call number `unknown` (no title, no year), the ICA paper and Tenbrock `chapter`, the directive `report`, the DGM1, the digitised collection and the WMS `web` with no year. Invented: the author Jana Brüggemann-Aydın, Lukas Brinkhoff's article in Kartographische Nachrichten, Katharina Overbeck's Münster thesis, Heike Tenbrock's chapter and Jürgen Lindemann's volume, Mirjam Vogt and Brinkhoff's ICA paper, the call number Kart. N 729 and sheet numbers as cited, the gazetteer's imprint as cited, the hosts digital.staatsbibliothek-berlin.example.org and www.wms.geobasis-nrw.example.org, the DOIs 10.99999/…. Real works (Schneider, Lehmann, Imhof, Harley, Wolff's volume, the INSPIRE directive, the DGM1 of Geobasis NRW) with their data as remembered.",
 "document": "urmesstisch-de.docx", "reader": "docx", "clean": True, "lang": "de-DE",
 "title": "Gelände auf dem Messtisch", "creator": "Jana Brüggemann-Aydın",
 "notes": {str(i + 1): e for i, e in enumerate(dx_notes)},
 "literature": [mtb, umtb, inspire, verz, brinkhoff, harley, imhof, lehmann, overbeck, schneider, tenbrock, vogt, wolff, wms, dgm1, sbbdig],
})

# ---- odt: Czech toponymy (field names on the Stable Cadastre maps), footnotes + grouped Prameny a literatura ----
profous = dict(authors=["Profous"], title="Místní jména v Čechách: jejich vznik, původní význam a změny", year=1947, kind=B)
smilauer = dict(authors=["Šmilauer"], title="Úvod do toponomastiky", year=1963, kind=B)
olivova = dict(authors=["Olivová-Nezbedová"], title="Pomístní jména v Čechách: o čem vypovídají jména polí, luk, lesů, hor, vod a cest", year=1995, kind=B)
semotanova = dict(authors=["Semotanová"], title="Mapy Čech, Moravy a Slezska v zrcadle staletí", year=2001, kind=B)
uazk = dict(kind=U)
narch = dict(kind=U)
kadlecova = dict(authors=["Kadlecová"], title="Pomístní jména v císařských otiscích stabilního katastru na Žďársku", year=2018, doi="10.99999/ao.2018.59.1.88", kind=A)
harvalik = dict(authors=["Harvalík"], title="Synchronní a diachronní aspekty české toponymie", year=2004, kind=B)
novotna = dict(authors=["Novotná"], title="Němčina a čeština na mapách stabilního katastru", year=2016, kind=CH)
geonames = dict(title="Geografické názvy území České republiky (Geonames)", url="https://geoportal.cuzk.cz/geonames", kind=W)
iso19112 = dict(title="Geographic information – Spatial referencing by geographic identifiers", year=2019, kind=R)
ungegn = dict(title="Glossary of Terminology for the Standardization of Geographical Names", year=2002, kind=B)
narizeni = dict(title="Nařízení vlády č. 430/2006 Sb., o stanovení geodetických referenčních systémů a státních mapových děl závazných na území státu a zásadách jejich používání", year=2006, kind=R)
jelinek = dict(authors=["Jelínek"], title="Vektorizace pomístních jmen z map stabilního katastru", year=2021, kind=T)
archivni = dict(title="Archivní mapy: císařské povinné otisky map stabilního katastru", url="https://archivnimapy.cuzk.cz", kind=W)
od_notes = [profous, smilauer, olivova, olivova, semotanova, uazk, narch, kadlecova, harvalik, profous, novotna, geonames, iso19112, ungegn, narizeni, jelinek, archivni, kadlecova, kadlecova]
assert len(od_notes) == 19
put("odt", "pomistni-jmena-cs", {
 "about": "An invented Czech toponymy article (field names, pomístní jména, on the Stable Cadastre maps of 1826–1843 for the cadastral area of Sněžné in the Žďárské vrchy, compared with today's Geonames) in LibreOffice: title, byline and affiliation paragraphs, headings, 19 footnotes (text:note footnote) in Czech ČSN ISO 690 style with capitalised family names (`PROFOUS, Antonín. Místní jména v Čechách …`), `Tamtéž, s. 48.` and `Tamtéž, s. 99.`, `PROFOUS, c. d., s. 212.` and `KADLECOVÁ, c. d., s. 97.` short notes, two archival map sheets by fond and signature/inventory number (a císařský otisk in ÚAZK, an originální mapa in the Národní archiv), an article with `DOI ` and ISSN, a chapter in an edited volume (`In: HARVALÍK, Milan (ed.).`), a diplomová práce, a standard headed by its designation (ISO 19112:2019), a UN glossary by its corporate author, a government decree (nařízení vlády č. 430/2006 Sb.), a ČÚZK dataset `[datová sada]` in the third cell of a table row and the ČÚZK Archivní mapy application `[online]` with `[cit. …]`), and `Prameny a literatura` in four groups (Archivní prameny, Literatura, Normy a právní předpisy, Elektronické zdroje). Kinds: the archival map sheets `unknown` (no title, no year), the decree, the standard and the UN glossary `report`, the dataset and the application `web` with no year, Novotná `chapter`. Authors in capitals keyed in ordinary case (`Profous`, `Šmilauer`, `Olivová-Nezbedová` with `a kol.` only the first); corporate authors (ČÚZK, UNGEGN, ISO) and the editor Harvalík of the volume not keyed. Invented: the author Tereza Kadlecová and her Acta onomastica article, Marie Novotná's chapter and the volume Jména v prostoru a čase, Ondřej Jelínek's thesis, the signature CO 7412-1 and inventory number 4128, the counts 214 and 87, the DOIs 10.99999/…. Real works (Profous, Šmilauer, Olivová-Nezbedová et al., Semotanová, Harvalík, ISO 19112, the UNGEGN glossary, the decree 430/2006, the ČÚZK Geonames and Archivní mapy) with their data as remembered (addresses, pages and imprints may differ).",
 "document": "pomistni-jmena-cs.odt", "reader": "odt", "clean": True,
 "title": "Pomístní jména na mapách stabilního katastru",
 "notes": {str(i + 1): e for i, e in enumerate(od_notes)},
 "literature": [narch, uazk, harvalik, jelinek, kadlecova, novotna, olivova, profous, semotanova, smilauer, iso19112, narizeni, ungegn, archivni, geonames],
 "defects": [],
})

# ---- pdftext: Finnish glacial geomorphology (the Salpausselkä interval), author–date, alphabetical Lähteet ----
pt = [
 dict(authors=["Ahola", "Mäkelä"], title="Salpausselkien kerrostumisympäristöt LiDAR-korkeusmallin perusteella", year=2019, doi="10.99999/terra.2019.131.2.67", kind=A),
 dict(authors=["Donner"], title="The Quaternary History of Scandinavia", year=1995, kind=B),
 dict(title="Maaperäkartta 1:20 000/1:50 000", year=2020, url="https://hakku.gtk.fi", kind=W),
 dict(authors=["Hughes", "Gyllencreutz", "Lohne", "Mangerud", "Svendsen"], title="The last Eurasian ice sheets – a chronological database and time-slice reconstruction, DATED-1", year=2016, doi="10.1111/bor.12142", kind=A),
 dict(authors=["Johansson", "Lunkka", "Sarala"], title="Glaciation of Finland", year=2011, kind=CH),
 dict(title="Topografikartta 1:20 000, lehti 3112 04 Hollola", year=1938, kind=B),
 dict(title="Laserkeilausaineisto 5 p", year=2023, url="https://tiedostopalvelu.maanmittauslaitos.fi/tp/kartta", kind=W),
 dict(authors=["Rainio"], title="The Younger Dryas ice-marginal formations of southern Finland", year=1991, kind=CH),
 dict(authors=["Saarnisto", "Saarinen"], title="Deglaciation chronology of the Scandinavian Ice Sheet from the Lake Onega Basin to the Salpausselkä End Moraines", year=2001, doi="10.1016/S0921-8181(01)00131-X", kind=A),
 dict(authors=["Sauramo"], title="The Quaternary geology of Finland", year=1929, kind=B),
 dict(title="Geotekninen tutkimus ja testaus. Maalajien tunnistus ja luokitus. Osa 1: Tunnistus ja kuvaus", year=2018, kind=R),
 dict(authors=["Stroeven", "Hättestrand", "Kleman"], title="Deglaciation of Fennoscandia", year=2016, doi="10.1016/j.quascirev.2015.09.016", kind=A),
 dict(authors=["Tikkanen", "Oksanen"], title="Late Weichselian and Holocene shore displacement history of the Baltic Sea in Finland", year=2002, kind=A),
 dict(authors=["Virtanen"], title="Jäätikön reunan vetäytymisnopeus Salpausselkien välillä", year=2022, kind=T),
]
put("pdftext", "salpausselka-fi", {
 "about": "An invented Finnish physical-geography article (the retreat of the ice margin between the First and Second Salpausselkä near Lahti and Hollola, mapped from a LiDAR elevation model, the GTK superficial-deposit map and a 1938 topographic sheet) as pdftotext (no -layout) gives the pages of Terra: journal head with the article's own DOI, title, the two authors' names in capitals, Tiivistelmä and Avainsanat, numbered sections, form feeds with running heads carrying page numbers (`90 TERRA 136: 2 (2024)`, `Laine & Virtanen: … 91`), words hyphenated at line ends, a table with a source line `Lähde: Maanmittauslaitos 2023; GTK 2020.` (two pairs), Finnish author–date citations `(Donner 1995, 211–214)`, `(Saarnisto &` ⏎ `Saarinen 2001; Stroeven ym. 2016)` (one pair on each line), `Hughes ym. (2016)`, `(Johansson ym.` ⏎ `2011)` and `(Rainio 1991,` ⏎ form feed and running head ⏎ `43–50)` (at the line where the name starts), names in the genitive (`Sauramon` ⏎ `(1929)`, `Sauramon (1929)`, `Johanssonin ym. (2011)`, `Tikkasen ja Oksasen (2002)` for Tikkanen and Oksanen), `Ahola & Mäkelä (2019)`, corporate heads (`(GTK 2020)`, `(Maanmittauslaitos 2023)`, `(Maanmittaushallitus 1938)`) and a standard cited by its designation (`SFS-EN ISO 14688-1 (2018)`), all cited by the entry's position n in the alphabetical `Lähteet` of 14 entries (corporate and standard heads unkeyed as authors; a `Teoksessa … (toim.)` chapter's editors not keyed; Stroeven et al. printed with three names and `ym.`, keyed with those three; DOIs as doi.org addresses wrapped after `/`; the standard by its title without its designation). Not citations: `GTK:n`, `Maanmittauslaitoksen`, `De Geer -moreenien`, the byline and running heads, the article's DOI. Kinds: the printed 1938 topographic sheet and Sauramo's bulletin monograph `book`; the GTK map service and the NLS laser-scanning data `web`; Johansson et al. and Rainio `chapter`; the standard `report`; a pro gradu thesis `thesis`. Invented: the article and its authors Aino Laine and Lotta Virtanen, Virtanen's thesis, Ahola and Mäkelä's Terra article, the sheet number 3112 04 as cited, the counts and rates, the DOIs 10.99999/…. Real works (Donner, Hughes et al., Johansson et al., Rainio, Saarnisto and Saarinen, Sauramo, Stroeven et al., Tikkanen and Oksanen, the GTK and NLS products, SFS-EN ISO 14688-1) with their data as remembered (pages, issue numbers, DOIs and addresses may differ).",
 "document": "salpausselka.txt", "reader": "pdf-text", "clean": True,
 "notes": {str(i + 1): e for i, e in enumerate(pt)},
 "literature": pt,
})

# ---- mediawiki: Dutch Wikipedia-style article on an atlas (Blaeu's Atlas Maior) ----
krogt05 = dict(authors=["Van der Krogt"], title="Joan Blaeu: Atlas Maior of 1665", year=2005, kind=B)
koeman = dict(authors=["Koeman"], title="Atlantes Neerlandici: Bibliography of terrestrial, maritime and celestial atlases and pilot books, published in the Netherlands up to 1880", year=1967, kind=B)
netten = dict(authors=["Van Netten"], title="Koopman in kennis: De uitgever Willem Jansz Blaeu in de geografische cultuur van zijn tijd (1571–1638)", year=2014, kind=B)
krogt00 = dict(authors=["Van der Krogt"], title="Koeman's Atlantes Neerlandici. New Edition. Volume II: The Folio Atlases Published by Willem Jansz. Blaeu and Joan Blaeu", year=2000, kind=B)
uva = dict(authors=["Blaeu"], title="Atlas maior, sive cosmographia Blaviana", year=1662, kind=B)
grooten = dict(authors=["Blaeu"], title="Grooten atlas, oft Wereld-beschryving, in welcke 't aerdryck, de zee, en hemel, wort vertoont en beschreven", year=1664, kind=B)
schilder = dict(authors=["Schilder"], title="Monumenta Cartographica Neerlandica", year=1986, kind=B)
hoogendoorn = dict(authors=["Hoogendoorn"], title="Copied coasts: map reuse in Blaeu's Atlas Maior and its sources", year=2015, kind=A)
wouters22 = dict(authors=["Wouters"], title="Blaeu Atlas Maior 1662: georeferenced maps and metadata", year=2022, doi="10.99999/dans-zq4-8k2p", kind=W)
wouters19 = dict(authors=["Wouters", "Bakker"], title="Georeferencing the Atlas Maior: accuracy of seventeenth-century coastlines", year=2019, doi="10.99999/ica-proc-2-142-2019", kind=CH)
onb = dict(title="Atlas Blaeu – Van der Hem", url="https://www.onb.example.org/sammlungen/karten/atlas-blaeu-van-der-hem", kind=W)
kb = dict(title="De Atlas Van der Hagen", url="https://www.kb.example.org/ontdekken/atlas-van-der-hagen", kind=W)
iiif = dict(title="IIIF Presentation API 3.0", year=2020, url="https://iiif.io/api/presentation/3.0/", kind=W)
mw_notes = [krogt05, koeman, netten, krogt00, uva, grooten, netten, schilder, hoogendoorn, wouters22, wouters19, onb, kb, iiif, schilder]
assert len(mw_notes) == 15
put("mediawiki", "atlas-maior-nl", {
 "about": "A Dutch Wikipedia-style article (written for this corpus) on Joan Blaeu's Atlas Maior (1662–1665): an `{{Infobox boek}}`, internal links, sections on its history, editions, contents, surviving copies and reprints, `<ref>`s with Dutch `{{Citeer boek}}` (`achternaam=`/`voornaam=`, a particle name `Van der Krogt`) and `{{Citeer web}}` (`bezochtdatum=`; one whose `url=` is a doi.org address, keyed as its DOI; one with `datum=2020`), English `{{Cite journal}}` and `{{Cite conference}}`, a plain-text map-library catalogue record (a copy of the 1662 Latin edition by its shelf mark, keyed as the printed atlas, `book`), a named ref reused twice (`<ref name=\"krogt2005\" />`), `{{sfn}}`s resolving to a `Literatuur` of four `{{Citeer boek|…|ref=harv}}` (`{{sfn|Koeman|1967|p=199}}` and `{{sfn|Van der Krogt|2000|pp=38–45}}` each twice with identical arguments, one note each; `{{sfn|Schilder|1986|p=47}}` and `|p=112` two notes), a `{{Harvnb}}` inside a `<ref>` with prose (keyed as Van Netten 2014), `{{Appendix}}` with `{{References}}`, an external link and categories (no citations); notes numbered in order of first use (15 notes, 19 pairs). Invented: Marijke Hoogendoorn's Imago Mundi article, Sanne Wouters's DANS dataset and Wouters and Joris Bakker's ICA paper, the shelf mark OTM: HB-KZL 1806 A 1–11, the hosts www.onb.example.org, www.kb.example.org and www.atlasmaior.example.net, the DOIs 10.99999/…. Real works (Van der Krogt's Taschen facsimile introduction 2005 and his Koeman's Atlantes Neerlandici volume of 2000, Koeman 1967, Schilder 1986, Van Netten 2014, Blaeu's Grooten atlas, the IIIF Presentation API) with their data as remembered; the facts about the atlas are written from memory. Planted: Hoogendoorn 2015's `doi=10.99999.imago.2015.67.2.201` has a dot where its slash belongs: `malformed-field` at that line (the note keyed without a DOI).",
 "document": "atlas-maior.wiki", "reader": "mediawiki", "clean": True,
 "notes": {str(i + 1): e for i, e in enumerate(mw_notes)},
 "literature": [koeman, schilder, krogt00, netten],
})
