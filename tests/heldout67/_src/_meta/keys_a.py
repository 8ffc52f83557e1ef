"""Writes the meta.json of heldout67 half A's documents (latex, html, plaintext, org, bibtex).
Round 80's theme: maritime and port history; astronomy and space science.  Half A: maritime and
port history, one sub-field per document (shipping history, port history, maritime archaeology,
trade and customs records, the port of Barcelona and Mediterranean trade).  Labels and lines come
from the ⟦label⟧ annotations in the sources, checked on the built files by check_a.py; fields are
given here by hand.  Conventions: see ../../README.md, "Half A".  Then:
  /work/main/.venv/bin/python tests/corpus_build/build.py tests/heldout67 vestfold-skipsfart-no peiraias-limani-el hollow-shoal-wreck-en oeresundstold-da port-barcelona-ca
  python3 tests/heldout67/_src/_meta/check_a.py"""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
B, A, R, CH, W, T, U, C = "book", "article", "report", "chapter", "web", "thesis", "unknown", "commentary"


def put(fmt, name, meta, file="meta.json"):
    p = os.path.join(HERE, "..", fmt, name, file)
    open(p, "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")


# ---- latex: Norwegian (bokmål) shipping history (Vestfold's fleet from sail to steam, Nortraship), natbib + plainnat, one \input ----
tx = {
 "nordvik1985": dict(authors=["Nordvik"], title="The Shipping Industries of the Scandinavian Countries, 1850–1914", year=1985, kind=CH),
 "tenold2019": dict(authors=["Tenold"], title="Norwegian Shipping in the 20th Century: Norway's Successful Navigation of the World's Most Global Industry", year=2019, doi="10.1007/978-3-319-95639-7", kind=B),
 "gjolberg1980": dict(authors=["Gjølberg"], title="The Substitution of Steam for Sail in Norwegian Ocean Shipping, 1866–1914: A Study in the Economics of Diffusion", year=1980, doi="10.1080/03585522.1980.10408025", kind=A),
 "kristiansen2018": dict(authors=["Kristiansen"], title="Rederne i Sandefjord og overgangen fra seil til damp, 1880–1910", year=2018, doi="10.99999/sfha.2018.045", kind=A),
 "rulle1872": dict(title="Sjømannsrulle for utenriks fart 1872–1878", kind=U),
 "lunde2023": dict(authors=["Lunde", "Kristiansen"], title="Vestfoldske seilskuter 1850–1914: skipsregisterdata", year=2023, doi="10.99999/zenodo.8812345", kind=W),
 "brautaset2002": dict(authors=["Brautaset"], title="Norsk eksport 1830–1865: i perspektiv av historiske nasjonalregnskaper", year=2002, kind=T),
 "ssb1995": dict(title="Historisk statistikk 1994", year=1995, kind=R),
 "hansen2009": dict(authors=["Hansen", "Aas"], title="Skipperne og bygdeskipsfarten i Vestfold", year=2009, kind=CH),
 "lunde2021": dict(authors=["Lunde"], title="Sjøfolk fra Nøtterøy i utenriks fart 1870–1900: en studie av sjømannsrullene", year=2021, url="https://openarchive.usn.example.org/handle/11250/2784431", kind=T),
 "sandefjordsblad1894": dict(title="Barken Fortuna forlist i Nordsjøen", year=1894, kind=A),
 "kaukiainen2001": dict(authors=["Kaukiainen"], title="Shrinking the World: Improvements in the Speed of Information Transmission, c. 1820–1870", year=2001, doi="10.1017/S1361491601000016", kind=A),
 "sjohistorie": dict(title="Sjøhistorie.no: skip, rederier og sjøfolk", url="https://www.sjohistorie.no/", kind=W),
 "thowsen1992": dict(authors=["Thowsen"], title="Nortraship: Profitt og patriotisme", year=1992, kind=B),
 "hjeltnes1995": dict(authors=["Hjeltnes"], title="Hverdagsliv", year=1995, kind=B),
 "nortraship1943": dict(title="Korrespondanse om mannskapsforhold og krigsrisikotillegg 1942–1944", kind=U),
}
# plainnat: sort.label = author names "last first" purified and lower-cased (braced corporate authors by their text,
# the newspaper by its key field), then year, then title
TX_ORDER = ["brautaset2002", "gjolberg1980", "hansen2009", "hjeltnes1995", "kaukiainen2001", "kristiansen2018",
            "lunde2021", "lunde2023", "nordvik1985", "nortraship1943", "sandefjordsblad1894", "sjohistorie",
            "ssb1995", "tenold2019", "thowsen1992", "rulle1872"]
put("latex", "vestfold-skipsfart-no", {
 "about": "An invented Norwegian (bokmål) shipping-history article (Vestfold's fleet from sail to steam, the seamen of the Tønsberg registers, Nortraship in the Second World War) in LaTeX: article class, babel norsk, natbib [round,authoryear] with \\bibliographystyle{plainnat} and \\bibliography{kilder}; \\citep{k}, \\citep[se][kap.~2]{k}, \\citep[tab.~19.3]{k}, \\citep[jf.][]{k}, \\citep[se også][]{k}, \\citep{a, b} (two pairs), \\citet{k}, \\citet[s.~60--71]{k}; a table caption citing two works with \\citet on its second line; a \\thanks with an e-mail address; section 3 and 4 in kapitler/krig.tex by \\input (citations keyed at their lines in that file); a % TODO comment naming Fischer and Nordvik without a citation. kilder.bib: @book, @incollection, @article, @phdthesis with type Dr.oecon.-avhandling, @mastersthesis with type Masteroppgave, @techreport for Statistics Norway's Historisk statistikk 1994 (NOS C 188) with a braced corporate author, @unpublished for two archival series (the Tønsberg seamen's register at Statsarkivet i Kongsberg, Nortraship's London office files at Riksarkivet) with braced corporate authors, @misc for the invented data set (version 2.1 in a version field) and the Sjøhistorie.no web page (braced author, read date in note), @article with a key field and no author for a newspaper item. Real works with data as remembered: Thowsen 1992 and Hjeltnes 1995 (Handelsflåten i krig 1939-1945, bind 1 and 2), Tenold 2019 (DOI as remembered), Nordvik 1985 in Fischer and Panting (eds.), Kaukiainen 2001 and Gjølberg 1980 (DOIs as remembered), Brautaset 2002, Historisk statistikk 1994 (NOS C 188, 1995), the Sjøhistorie.no site. Invented: the author Ingrid Bakke Sørlie and her address (vestfoldarkivet.example.net), Hege Marit Kristiansen and her Sjøfartshistorisk årbok article (DOI 10.99999/sfha.2018.045), Eirik Lunde and his master's thesis (openarchive.usn.example.org), the data set (DOI 10.99999/zenodo.8812345), the Festschrift 'Sjø og samfunn' for Arne Skjelbred, its editors and the chapter by Per Kristian Hansen and Torunn Aas, the Sandefjords Blad item on the bark Fortuna, the archival series' shelf marks (serie F, pk. 14; PA-0093 Da, eske 211) and all figures. Planted: \\citet{nygaard1994} cites a key with no kilder.bib entry: missing-literature-entry at its line (keyed as a pair, no note); every entry is cited. The literature is the cited entries in plainnat's order (sort label of author names, braced corporate authors by their text, the newspaper by its key field; then year, then title).",
 "document": "seilskuter.tex", "reader": "latex", "clean": True,
 "notes": tx,
 "literature": [tx[k] for k in TX_ORDER],
})

# ---- html: Greek port history (from Ermoupoli to Piraeus; the Piraeus Port Authority), museum blog post, 20 endnotes ----
harl01 = dict(authors=["Χαρλαύτη"], title="Ιστορία της ελληνόκτητης ναυτιλίας, 19ος–20ός αιώνας", year=2001, kind=B)
kard = dict(authors=["Καρδάσης"], title="Σύρος: σταυροδρόμι της Ανατολικής Μεσογείου (1832–1857)", year=1987, kind=B)
harl96 = dict(authors=["Harlaftis"], title="A History of Greek-Owned Shipping: The Making of an International Tramp Fleet, 1830 to the Present Day", year=1996, kind=B)
mavro = dict(authors=["Μαυρογιάννη"], title="Οι λιμενικές εργασίες του Πειραιά, 1870–1930: σχέδια και πραγματοποιήσεις", year=2021, doi="10.99999/istorika.2021.38.2.211", kind=A)
hn = {
 "1": harl01,
 "2": harl01,
 "3": kard,
 "4": dict(authors=["Αγριαντώνη"], title="Οι απαρχές της εκβιομηχάνισης στην Ελλάδα τον 19ο αιώνα", year=1986, kind=B),
 "5": harl96,
 "6": dict(kind=U),
 "7": dict(authors=["Ρούσσος", "Φραγκιαδάκη"], title="Ψηφιακό νηολόγιο Σύρου 1830–1870", year=2022, doi="10.99999/zenodo.7712004", kind=W),
 "8": mavro,
 "9": kard,
 "10": dict(authors=["Λεοντίδου"], title="Πόλεις της σιωπής: εργατικός εποικισμός της Αθήνας και του Πειραιά, 1909–1940", year=1989, kind=B),
 "11": dict(authors=["Theotokas", "Harlaftis"], title="Leadership in World Shipping: Greek Family Firms in International Business", year=2009, kind=B),
 "12": dict(title="Η κίνησις του λιμένος μας", year=1885, kind=A),
 "13": dict(title="Ν. 4748/1930, «Περί ιδρύσεως Οργανισμού Λιμένος Πειραιώς»", year=1930, kind=R),
 "14": dict(title="Η ιστορία του λιμένα", url="https://www.olp.gr/el/o-organismos/istoria-limena", kind=W),
 "15": mavro,
 "16": dict(authors=["Harlaftis"], title="The Greek Shipping Sector, c. 1850–2000", year=2008, kind=CH),
 "17": dict(authors=["Παπαδημητρίου"], title="Η ακτοπλοΐα και το λιμάνι του Πειραιά, 1890–1939", year=2016, kind=T),
 "18": dict(title="Στατιστική της εμπορικής ναυτιλίας της Ελλάδος κατά το έτος 1936", year=1938, kind=R),
 "19": dict(authors=["Lekakis"], title="Steam Coasting Lines and the Port of Piraeus, 1857–1914", year=2021, doi="10.99999/08438714211022941", kind=A),
 "20": harl96,
}
put("html", "peiraias-limani-el", {
 "about": "An invented modern Greek museum blog post (an invented maritime museum's blog: how the centre of Greek shipping moved from Ermoupoli on Syros to Piraeus; the port works of Piraeus and the Piraeus Port Authority, OLP) in HTML: site header and navigation, byline with tag links, a figure whose caption gives a photo-archive inventory number (no citation), 20 superscript endnote markers <sup class=\"ypo\"><a href=\"#sN\" id=\"srN\">N</a></sup>, a 'Σημειώσεις' <ol> of 20 notes in Greek humanities style (initials then family name, Greek names in Greek script and foreign names in Latin script; «» around article and chapter titles, <em> around book and journal titles; 'σ.', 'στο', '(επιμ.)', 'τόμ.', 'τχ.', 'εφημ.', 'ΦΕΚ', 'τελευταία πρόσβαση'; DOIs as https://doi.org/ and as 'DOI: 10...'), back-links ↩ and a footer. Note 2 ('Στο ίδιο', ibid.) is keyed as note 1; the short notes 9, 15, 20 ('ό.π.', op. cit.) as the full notes 3, 8, 5. The archival file (note 6: ΓΑΚ, Αρχεία Νομού Κυκλάδων, Λιμεναρχείο Σύρου, φάκ. 37, no separable title) is keyed by kind only. The law (note 13: Ν. 4748/1930, its quoted title, ΦΕΚ) is a report titled by its designation and its quoted title, as the corpora key an act (key correction, round 80: see the README). The data set's version (έκδοση 1.3, after a comma) is no part of its title. The 1936 shipping statistics volume is a report (a body's statistics of a year). Editors (Fischer and Lange) are not keyed; bodies (Οργανισμός Λιμένος Πειραιώς, the ministry) are not keyed as authors. No literature (a web page's endnotes). Real works with data as remembered: Χαρλαύτη 2001, Καρδάσης 1987, Αγριαντώνη 1986, Harlaftis 1996, Λεοντίδου 1989, Theotokas and Harlaftis 2009, Harlaftis 2008 in Fischer and Lange (eds.), the newspaper Σφαίρα of Piraeus (the item's title and date invented), the law founding OLP (number and ΦΕΚ as remembered, may be off), the 1936 shipping statistics volume (title and year as remembered/illustrative). Invented: the museum, its blog and the author Ελένη Σταυροπούλου, the inventory number, the archival file number, Δ. Ρούσσος and Μ. Φραγκιαδάκη and their Zenodo data set (DOI 10.99999/zenodo.7712004), Ε. Μαυρογιάννη and her Τα Ιστορικά article (DOI 10.99999/istorika.2021.38.2.211), Α. Παπαδημητρίου and the Aegean thesis, K. Lekakis and his IJMH article (DOI 10.99999/08438714211022941), and the path of the OLP page on the real host www.olp.gr.",
 "document": "to-limani-tou-peiraia.html", "reader": "html", "clean": True,
 "notes": hn,
 "literature": [],
})

# ---- plaintext: English maritime archaeology (a designated wreck: hull recording and dendrochronology), Vancouver [n], numbered REFERENCES ----
pt = [
 dict(title="Hollow Shoal wreck, Isle of Wight: diver survey and assessment 2023", year=2024, kind=R),
 dict(title="Protection of Wrecks Act 1973", year=1973, kind=R),
 dict(title="Convention on the Protection of the Underwater Cultural Heritage", year=2001, kind=R),
 dict(title="Underwater archaeology: the NAS guide to principles and practice", year=2009, kind=B),
 dict(authors=["Steffy"], title="Wooden ship building and the interpretation of shipwrecks", year=1994, kind=B),
 dict(authors=["Pennick", "Hale"], title="Tool marks and fastening patterns on a late sixteenth-century merchant hull from the western Solent", year=2022, doi="10.99999/ijna.2022.51.2.301", kind=A),
 dict(title="Mary Rose: your noblest shippe. Anatomy of a Tudor warship", year=2009, kind=B),
 dict(title="Dendrochronology: guidelines on producing and interpreting dendrochronological dates", year=2019, kind=R),
 dict(authors=["Hale", "Ostrowski"], title="Hollow Shoal wreck: tree-ring measurement series", year=2024, doi="10.99999/ads.hollowshoal.1", kind=W),
 dict(authors=["Daly"], title="Timber, trade and tree-rings: a dendrochronological analysis of structural oak timber in Northern Europe, c. AD 1000 to c. AD 1650", year=2007, kind=T),
 dict(authors=["Daly", "Nymoen"], title="The Bøle ship, Skien, Norway: research history, dendrochronology and provenance", year=2008, doi="10.1111/j.1095-9270.2007.00170.x", kind=A),
 dict(authors=["Baillie"], title="A slice through time: dendrochronology and precision dating", year=1995, kind=B),
 dict(title="The Skuldelev ships I: topography, archaeology, history, conservation and display", year=2002, kind=B),
 dict(kind=U),
 dict(title="Admiralty chart 2021: harbours and anchorages in the west Solent area", year=2019, kind=B),
 dict(title="Hollow Shoal wreck: list entry 1491877", year=2023, url="https://historicengland.org.uk/listing/the-list/list-entry/1491877", kind=W),
 dict(authors=["Muckelroy"], title="Maritime archaeology", year=1978, kind=B),
 dict(authors=["Bonde", "Crumlin-Pedersen"], title="The dating of Wreck 2, the longship, from Skuldelev, Denmark", year=1990, kind=A),
]
put("plaintext", "hollow-shoal-wreck-en", {
 "about": "An invented English interim note on a diving season at an invented designated wreck (the Hollow Shoal wreck off the Isle of Wight: hull recording, tool marks, dendrochronological sampling, dating and provenance, a sixteenth-century Admiralty court record) as plain text pasted for an archive folder: a title block, numbered section headings (1. BACKGROUND …) and subsections (2.1 …), a to-do list, a signature; Vancouver citations [n] (with locators [5, pp. 7-41], [7, ch. 5], [10, ch. 6], [1, app. B], grouped [10, 11], [2, 16] and a range [5-7], three pairs) and a numbered REFERENCES list in NLM/Vancouver form with hanging wrapped entries. Entries 1-17 are the notes by number. Kinds: the unit's survey report with its report number (report), the Protection of Wrecks Act 1973 and the UNESCO 2001 convention (report, as laws and conventions), Historic England's dendrochronology guidelines (report), edited volumes (Bowens; Marsden; Crumlin-Pedersen and Olsen: book, editors not keyed), a PhD thesis, a data set with its version after the title (web; version no part of the title), a printed Admiralty chart (book; its chart number 2021 kept in the title as printed), the list entry page with [Internet], [cited …] and Available from (web, year 2023 as printed), a TNA archival piece with no separable title (HCA 13/25: kind only). Corporate authors (the unit, UNESCO, Historic England, UKHO, TNA) are not keyed. DOIs as doi:, 'doi: ' and https://doi.org/ keyed bare. Real works with data as remembered: Muckelroy 1978, Bowens (ed.) 2009, the Act of 1973, the UNESCO Convention 2001, Historic England's dendrochronology guidelines (year as remembered), Steffy 1994, Marsden (ed.) 2009, Daly 2007, Daly and Nymoen 2008 (DOI as remembered), Baillie 1995, Crumlin-Pedersen and Olsen (eds.) 2002, the Admiralty chart 2021 (edition year illustrative), Bonde and Crumlin-Pedersen 1990, the TNA series HCA 13 (the piece number and its dates illustrative). Invented: the Hollow Shoal wreck and its designation, J. D. Hale, R. Pennick and M. Ostrowski, the Solent Marine Archaeology Unit and its reports (SMAU 2023/117, 2025/031), the IJNA article (DOI 10.99999/ijna.2022.51.2.301), the ADS data set (DOI 10.99999/ads.hollowshoal.1), the list entry number 1491877 and its path on the real host historicengland.org.uk, the 1586 loss and all figures. Planted: entry 18 (Bonde and Crumlin-Pedersen 1990) is cited nowhere: uncited-literature-entry at its first line.",
 "document": "hollow-shoal-survey.txt", "reader": "plain-text", "clean": True,
 "notes": {str(i + 1): e for i, e in enumerate(pt) if i < 17},
 "literature": [dict(number=i + 1, **e) for i, e in enumerate(pt)],
})

# ---- org: Danish trade and customs records (the Sound Toll and Copenhagen's customs house), org-cite + csl chicago-author-date ----
og = {
 "stro": dict(title="Sound Toll Registers Online", url="https://www.soundtoll.nl/", kind=W),
 "bang1906": dict(authors=["Bang"], title="Tabeller over skibsfart og varetransport gennem Øresund 1497–1660", year=1906, kind=B),
 "bang1930": dict(authors=["Bang", "Korst"], title="Tabeller over skibsfart og varetransport gennem Øresund 1661–1783 og gennem Storebælt 1701–1748", year=1930, kind=B),
 "gobel2010": dict(authors=["Gøbel"], title="The Sound Toll Registers Online Project, 1497–1857", year=2010, doi="10.1177/084387141002200213", kind=A),
 "veluwenkamp2018": dict(title="Early Modern Shipping and Trade: Novel Approaches Using Sound Toll Registers Online", year=2018, kind=B),
 "toldkammer1772": dict(title="Københavns Toldkammer, klareringsprotokol for indgående skibe 1771–1773", kind=U),
 "rao1784": dict(title="Øresundstoldregnskaber, regnskab for 1784", kind=U),
 "scheltjens2015": dict(authors=["Scheltjens"], title="Dutch Deltas: Emergence, Functions and Structure of the Low Countries' Maritime Transport System, ca. 1300–1850", year=2015, kind=B),
 "johansen1983": dict(authors=["Johansen"], title="Shipping and Trade between the Baltic Area and Western Europe 1784–95", year=1983, kind=B),
 "toldforordning1797": dict(title="Forordning angaaende Tolden i Danmark", year=1797, kind=R),
 "holm2009": dict(authors=["Holm"], title="Toldboden i København og klareringen af skibe 1760–1800", year=2009, doi="10.99999/hsm.2009.68.55", kind=A),
 "toldhistorie": dict(title="Toldboden i København gennem 300 år", url="https://toldhistorie.example.net/toldboden-300-aar", kind=W),
 "sorensen2022data": dict(authors=["Sørensen"], title="STRO-udtræk: danske skibe i Øresund 1750–1790", year=2022, doi="10.99999/zenodo.6677889", kind=W),
 "sorensen2022": dict(authors=["Sørensen"], title="Kornhandel gennem Øresund 1750–1790: en analyse af STRO-data", year=2022, kind=T),
 "feldbaek1997": dict(authors=["Feldbæk"], title="Storhandelens tid: 1720–1814", year=1997, kind=B),
 "gobel1978": dict(authors=["Gøbel"], title="Asiatisk Kompagnis kinafarter 1732–1833: Besejling og bemanding", year=1978, kind=A),
 "glamann1958": dict(authors=["Glamann"], title="Dutch-Asiatic Trade 1620–1740", year=1958, kind=B),
}
# chicago-author-date (not in the folder: sorted as the style it names): author (else editor: Veluwenkamp; a braced
# corporate author by its name: Told- og Skattehistorisk Selskab under T), no name: title (Forordning … under F,
# Københavns Toldkammer … under K, Sound Toll Registers Online under S, Øresundstoldregnskaber last), then year, title
OG_ORDER = ["bang1906", "bang1930", "feldbaek1997", "toldforordning1797", "glamann1958", "gobel1978", "gobel2010",
            "holm2009", "johansen1983", "toldkammer1772", "scheltjens2015", "stro", "sorensen2022", "sorensen2022data",
            "toldhistorie", "veluwenkamp2018", "rao1784"]
put("org", "oeresundstold-da", {
 "about": "An invented Danish article on trade and customs records (danish ships in the Sound Toll registers 1750-1790 and the Copenhagen customs house's clearance registers; grain trade) in Org mode: #+bibliography: oeresund.bib, #+cite_export: csl chicago-author-date.csl (the style file not in the folder), [cite:@k], [cite:@a; @b] and [cite:@a; se også @b] (two pairs), [cite/t:@k s. 310–314], [cite/t:@k kap. 4], [cite:@k §§ 12–19], [cite:jf. @k s. 71], two citations on a #+caption: line of an Org table, a :noexport: review subtree with no citation. oeresund.bib (biblatex: @book, @collection by its editors, @article with journaltitle and a DOI as https://doi.org/ (keyed bare), @online with urldate, @unpublished for two archival records (Rigsarkivet's Sound Toll accounts for 1784, the Copenhagen Toldkammer clearance register at Københavns Stadsarkiv) keyed by their .bib title and kind unknown with no year, @legislation with a date (the customs ordinance of 1797: report, the date's year), @thesis with type Specialeafhandling, @dataset with a version field). Real works with data as remembered: Bang 1906 and Bang and Korst 1930, Veluwenkamp and Scheltjens (eds.) 2018, Gøbel 2010 (IJMH; DOI as remembered) and Gøbel 1978 (Handels- og Søfartsmuseets årbog; title and pages as remembered), Sound Toll Registers Online, Feldbæk 1997 (Dansk søfarts historie 3), Glamann 1958, Johansen 1983, Scheltjens 2015, the customs ordinance of 1797 (title and date as remembered, may be off). Invented: the author Rasmus Sørensen, his thesis and Zenodo data set (DOI 10.99999/zenodo.6677889), Mette Louise Holm and her årbog article (DOI 10.99999/hsm.2009.68.55), the Told- og Skattehistorisk Selskab page (toldhistorie.example.net), the archival references (pk. 1784/2, nr. 4.17) and all figures. Clean. The literature is the cited entries in chicago-author-date order (author, else editor, else title; then year, then title: Sørensen 2022 thesis before the data set).",
 "document": "oeresundstold.org", "reader": "org", "clean": True,
 "notes": og,
 "literature": [og[k] for k in OG_ORDER],
})

# ---- bibtex: Catalan shared project library (the port of Barcelona and Mediterranean trade), biblatex from Zotero/Better BibTeX ----
bb = [
 dict(authors=["Capmany y de Montpalau"], title="Memorias históricas sobre la marina, comercio y artes de la antigua ciudad de Barcelona", year=1779, kind=B),
 dict(title="Llibre del Consolat de Mar", year=1981, kind=B),
 dict(authors=["Carrère"], title="Barcelone, centre économique à l'époque des difficultés, 1380–1462", year=1967, kind=B),
 dict(authors=["Del Treppo"], title="I mercanti catalani e l'espansione della Corona d'Aragona nel secolo XV", year=1972, kind=B),
 dict(authors=["Vilar"], title="Catalunya dins l'Espanya moderna: recerques sobre els fonaments econòmics de les estructures nacionals", year=1966, kind=B),
 dict(authors=["Riera i Melis"], title="La Llotja de Barcelona i el comerç marítim baixmedieval", year=1990, kind=CH),
 dict(authors=["Pujol i Ferran", "Soler"], title="Les obres del port de Barcelona i la Junta d'Obres, 1869–1900: projectes, finançament i conflictes", year=2019, doi="10.99999/drassana.2019.27.44", kind=A),
 dict(authors=["Delgado Ribas"], title="El port de Barcelona al segle XVIII: trànsit i comerç colonial", year=2003, kind=A),
 dict(authors=["Ferrer i Bosch"], title="Vaixells, patrons i mercaderies: el registre de matrícules del port de Barcelona, 1830–1870", year=2020, url="https://diposit.ub.example.org/handle/2445/170012", kind=T),
 dict(title="Junta d'Obres del Port de Barcelona, actes de les sessions, 1872–1875", kind=U),
 dict(title="Llibre de matrícula de vaixells de la província marítima de Barcelona, 1845–1852", kind=U),
 dict(title="Llei 5/1998, de 17 d'abril, de ports de Catalunya", year=1998, kind=R),
 dict(authors=["Ferrer i Bosch"], title="Matrícules de vaixells de Barcelona, 1830–1870", year=2021, doi="10.99999/cora.bcn.matricules.2", kind=W),
 dict(title="Història del port", url="https://www.portdebarcelona.cat/ca/web/el-port/historia", kind=W),
 dict(title="Memoria sobre el estado y progreso de las obras del puerto durante el año 1924", year=1925, kind=R),
 dict(title="Las obras del puerto", year=1869, kind=A),
 dict(authors=["Alemany"], title="El port de Barcelona: un miler d'anys d'activitat", year=2002, kind=B),
 dict(authors=["Martínez Shaw"], title="Barcelona i el comerç amb Amèrica al segle XVIII", year=1995, kind=CH),
]
put("bibtex", "port-barcelona-ca", {
 "about": "An invented Catalan research project's shared biblatex library (the port of Barcelona and Mediterranean trade: the Consolat de Mar, the Llotja, 18th-century colonial trade, the 19th-century port works of the Junta d'Obres, ship registers) exported from Zotero with Better BibTeX: % header comments, an @string used as a journaltitle macro, lower-case types, date fields (a full date for the law and the newspaper), langid, location, @collection-free editors on an edited source edition (@book with editor only: not keyed), @incollection in edited volumes, @thesis with type phdthesis, @unpublished for two archival items (Arxiu del Port de Barcelona; Arxiu Nacional de Catalunya) keyed by title, kind unknown, no year, @legislation (the Catalan ports law 5/1998, title as the field holds it, report), @dataset with version (web), @online with urldate (web), @report with a braced corporate author (the Junta de Obras annual memoria, report), a newspaper item as @article with no author, and a closing @comment. Catalan compound family names kept whole (Riera i Melis, Pujol i Ferran, Ferrer i Bosch, Delgado Ribas, Martínez Shaw, Capmany y de Montpalau, Del Treppo). Real works with data as remembered: Capmany 1779, the Llibre del Consolat de Mar edited by Colon and Garcia (vol. 1, 1981), Carrère 1967, Del Treppo 1972, Vilar vol. 3 (year as remembered), Riera i Melis in 'La Llotja de Barcelona' (chapter, volume and editor illustrative), Delgado Ribas 2003 in Recerques (title and pages illustrative), Alemany 2002, Martínez Shaw in Història de Barcelona vol. 5 (title and pages illustrative), the ports law 5/1998, the Port de Barcelona history page (path as remembered), the Junta de Obras memoria for 1924 (illustrative). Invented: Marta Pujol i Ferran and Jordi Soler and their Drassana article (DOI 10.99999/drassana.2019.27.44), Laia Ferrer i Bosch, her thesis (diposit.ub.example.org) and data set (DOI 10.99999/cora.bcn.matricules.2), the archival signatures, the Diario de Barcelona item. 0 pairs; every entry in file order (the @string and @comment none). Clean.",
 "document": "port-barcelona.bib", "reader": "bibtex", "clean": True,
 "literature": bb,
})
