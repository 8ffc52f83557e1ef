"""Writes the meta.json of heldout58 half B's documents (rst, latex, html, docx, pdftext).
Round 58's theme for half B: the history of engineering and technology.  Labels and lines come
from the ⟦label⟧ annotations in the sources; fields are given here by hand.  Conventions: see
../../HALF_B.md.  Then:
  .venv/bin/python tests/corpus_build/build.py tests/heldout58 williams-tube-en ponts-suspendus-fr napoli-portici-it gota-kanal-sv
  .venv/bin/python tests/corpus_build/build_docx.py tests/heldout58 mina-sao-domingos-pt
  python3 tests/heldout58/_src/_meta/check_b.py"""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
B, A, C, R, CH, W, T, U, P = "book", "article", "commentary", "report", "chapter", "web", "thesis", "unknown", "patent"


def put(fmt, name, meta):
    p = os.path.join(HERE, "..", fmt, name, "meta.json")
    open(p, "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")


# ---- rst: English history of early computing (the Williams tube), [Label]_ citations + 2 [#]_ footnotes ----
rs = {
 "BS4058": dict(title="Specification for data processing flow chart symbols, rules and conventions", year=1987, kind=R),
 "CK80": dict(authors=["Campbell-Kelly"], title="Programming the Mark I: Early programming activity at the University of Manchester", year=1980, doi="10.1109/MAHC.1980.10018", kind=A),
 "Cop11": dict(authors=["Copeland"], title="The Manchester computer: A revised history. Part 1: The memory", year=2011, doi="10.1109/MAHC.2010.1", kind=A),
 "Daw19": dict(authors=["Dawes"], title="Memory before the core: Cathode-ray tube storage in British and American computers, 1946–1955", year=2019, kind=T),
 "GB645691": dict(authors=["Williams", "Kilburn"], title="Improvements in or relating to electrical information-storing means", year=1950, kind=P),
 "HQ22": dict(authors=["Hartley", "Quan"], title="Computing Machine Laboratory notebooks, 1947–1951: Digitised images and transcriptions", year=2022, doi="10.99999/zenodo.8812004", kind=W),
 "Kil49": dict(authors=["Kilburn"], title="The University of Manchester universal high-speed digital computing machine", year=1949, doi="10.1038/164684a0", kind=A),
 "Lav98": dict(authors=["Lavington"], title="A History of Manchester Computers", year=1998, kind=B),
 "MSI": dict(title="The Baby: the world's first stored-program computer (replica)", url="https://www.scienceandindustry.example.net/objects/baby-replica", kind=W),
 "Nap00": dict(authors=["Napper"], title="The Manchester Mark 1 computers", year=2000, kind=CH),
 "Oka21": dict(authors=["Okafor"], title="ssem-sim: A cycle-accurate emulator of the Manchester small-scale experimental machine", year=2021, url="https://code.example.org/okafor/ssem-sim", kind=W),
 "Tim49": dict(title="The mechanical brain", year=1949, kind=A),
 "Tur51": dict(authors=["Turing"], title="Programmers' Handbook for Manchester Electronic Computer Mark II", year=1951, kind=R),
 "WK48": dict(authors=["Williams", "Kilburn"], title="Electronic digital computers", year=1948, doi="10.1038/162487a0", kind=A),
 "WK49": dict(authors=["Williams", "Kilburn"], title="A storage system for use with binary-digital computing machines", year=1949, doi="10.1049/pi-3.1949.0018", kind=A),
 "WKT51": dict(authors=["Williams", "Kilburn", "Tootill"], title="Universal high-speed digital computers: A small-scale experimental machine", year=1951, doi="10.1049/pi-2.1951.0004", kind=A),
 "WR50": dict(authors=["Wilkes", "Renwick"], title="The EDSAC (Electronic Delay Storage Automatic Calculator)", year=1950, kind=A),
}
rs_notes = dict(rs)
rs_notes["1"] = dict(authors=["Hartley", "Quan"], year=2022)  # the footnote's own short reference
rs_notes["2"] = dict(kind=U)  # an archival file
put("rst", "williams-tube-en", {
 "about": "An invented English history-of-computing working paper (the Williams cathode-ray-tube store at Manchester, 1946–1951) in reStructuredText as a Sphinx/docutils page: docinfo field list, contents directive, a note directive, a simple table with citations in its cells, IEEE-style `[Label]_` citations (`[Lav80]_ [Lav98]_` two on one line) resolving to `.. [Label]` entries under References, two auto-numbered `[#]_` footnotes (one a short author–year pointer into the dataset, one an archival file), DOIs as `doi:` and https://doi.org forms, a URL with an access date. Real works (Williams & Kilburn 1948 and 1949, Kilburn 1949, Williams, Kilburn & Tootill 1951, Campbell-Kelly 1980, Copeland 2011, Lavington 1998, Napper 2000, Wilkes & Renwick 1950, Turing's 1951 handbook, BS 4058:1987, patent GB 645,691, The Times 1949) with data as remembered (pages, DOIs, the patent's title and date, the Times page and date may differ from the records); invented: the author Helen Marsh-Okoro and Northbridge University, Dawes's thesis, the Hartley & Quan dataset (DOI 10.99999/zenodo.8812004), the shelf mark NAHC/FER/C30 and its letters, the museum page and its host www.scienceandindustry.example.net, Okafor's ssem-sim and its host code.example.org, all statements. Planted: `[Lav80]_` has no `.. [Lav80]` entry (missing-literature-entry at its line; a pair with no note).",
 "document": "williams-tube.rst", "reader": "rst", "clean": True,
 "notes": rs_notes,
 "literature": list(rs.values()),
})

# ---- latex: French history of suspension bridges (Angers 1850), biblatex authoryear + ponts.bib ----
lx = {
 "catastrophe1850": dict(title="Catastrophe du pont de la Basse-Chaîne", year=1850, kind=A),
 "nfen1993-1-11": dict(title="Eurocode 3 – Calcul des structures en acier – Partie 1-11 : Calcul des structures à câbles ou éléments tendus", year=2007, kind=R),
 "gauthier2018": dict(authors=["Gauthier"], title="La fatigue des câbles de ponts suspendus au XIXe siècle : une relecture des essais de 1830–1850", year=2018, kind=CH),
 "hartwell1851": dict(authors=["Hartwell"], title="On the fall of the suspension bridge at Angers", year=1851, doi="10.99999/imotp.1851.23987", kind=A),
 "kemp1977": dict(authors=["Kemp"], title="Samuel Brown: Britain's pioneer suspension bridge builder", year=1977, kind=A),
 "lemoine1986": dict(authors=["Lemoine"], title="L'architecture du fer : France, XIXe siècle", year=1986, kind=B),
 "lenoir1850": dict(authors=["Lenoir"], title="Note sur la rupture du pont suspendu de la Basse-Chaîne, à Angers", year=1850, kind=A),
 "marchand2016": dict(authors=["Marchand"], title="Fil de fer et responsabilité : les ingénieurs des Ponts et Chaussées face aux ponts suspendus (1823–1870)", year=2016, kind=T),
 "navier1823": dict(authors=["Navier"], title="Rapport à Monsieur Becquey et Mémoire sur les ponts suspendus", year=1823, kind=B),
 "peters1987": dict(authors=["Peters"], title="Transitions in Engineering: Guillaume Henri Dufour and the Early 19th Century Cable Suspension Bridges", year=1987, kind=B),
 "picon1992": dict(authors=["Picon"], title="L'invention de l'ingénieur moderne : l'École des ponts et chaussées, 1747–1851", year=1992, kind=B),
 "structurae": dict(title="Pont de la Basse-Chaîne (1839)", url="https://structurae.example.net/ouvrages/pont-de-la-basse-chaine-1839", kind=W),
 "an-f14": dict(title="Pont suspendu de la Basse-Chaîne à Angers : rapports, procès-verbaux et correspondance", kind=U),
 "roussel2021": dict(authors=["Roussel", "Ferrand"], title="Ponts suspendus en France, 1823–1870 : inventaire des ouvrages et de leurs accidents", year=2021, doi="10.99999/zenodo.6620117", kind=W),
 "seguin1824": dict(authors=["Seguin"], title="Des ponts en fil de fer", year=1824, kind=B),
 "seguin1825": dict(authors=["Seguin"], title="Système de pont suspendu en fil de fer à tablier léger", year=1825, kind=P),
 "vicat1831": dict(authors=["Vicat"], title="Description du pont suspendu construit sur la Dordogne, à Argentat", year=1831, kind=B),
}
LX_ORDER = list(lx)  # biblatex authoryear's default sorting nyt: name (else title), year, title
put("latex", "ponts-suspendus-fr", {
 "about": "An invented French history-of-engineering article (the collapse of the Basse-Chaîne suspension bridge at Angers, 16 April 1850, and the end of the wire-cable suspension bridges in France) in LaTeX with babel french and biblatex `style=authoryear` (biber), `\\parencite`, `\\parencite[p.~57--92]{k}`, `\\parencite[voir aussi][ch.~4]{k}`, `\\parencite{a,b}` (two pairs), `\\textcite`, `\\textcite[p.~301]{k}`, one `\\autocite` (inline under authoryear), a `\\thanks` in the title, `\\printbibliography[title={Bibliographie}]`; ponts.bib holds a newspaper article and a standard with no author, an archival file (@misc) and a web page (@online) with no year, a patent, a thesis, a conference paper, a dataset, Annales des ponts et chaussées and ICE Minutes of Proceedings articles. Every entry is cited; the literature is the cited entries in nyt order (name, else title; year; title). Real works (Navier 1823, Seguin 1824, Picon 1992, Peters 1987, Lemoine 1986, Kemp 1977, Vicat 1831, NF EN 1993-1-11) with data as remembered; invented: the author Mathilde Vernier-Okonkwo and her laboratory, the Journal de Maine-et-Loire report as cited, Lenoir's Annales note, Hartwell's ICE paper (DOI 10.99999/imotp.1851.23987), Gauthier's congress paper, Marchand's thesis, the Roussel & Ferrand dataset (DOI 10.99999/zenodo.6620117), Seguin's 1825 patent as cited, the Archives nationales file F/14/17482, the host structurae.example.net, all figures and statements.",
 "document": "angers1850.tex", "reader": "latex", "clean": True,
 "notes": {k: lx[k] for k in LX_ORDER},
 "literature": [lx[k] for k in LX_ORDER],
})

# ---- html: Italian railway history (Napoli–Portici 1839), journal page, [n] citations + numbered list ----
ht = [
 dict(title="Real decreto col quale si accorda al signor Armando Bayard la concessione di una strada di ferro da Napoli a Nocera e Castellammare", year=1836, kind=R),
 dict(authors=["Schram"], title="Railways and the formation of the Italian state in the nineteenth century", year=1997, kind=B),
 dict(authors=["Kalla-Bishop"], title="Italian railways", year=1971, kind=B),
 dict(title="Strada di ferro da Napoli a Portici", year=1839, kind=A),
 dict(authors=["Russo"], title="Locomotive inglesi per il Regno delle Due Sicilie, 1839–1860", year=2019, doi="10.99999/qst.2019.12.2.45", kind=A),
 dict(authors=["Whitcombe"], title="On the railways of southern Italy", year=1862, doi="10.99999/imotp.1862.22970", kind=A),
 dict(kind=U),
 dict(title="Pianta della città di Napoli e de' suoi contorni", year=1840, kind=B),
 dict(authors=["Esposito"], title="Espropri e tracciati: la costruzione delle prime ferrovie napoletane, 1836–1860", year=2015, kind=T),
 dict(authors=["Giannattasio"], title="Privativa per un sistema di cuscinetti in ghisa per le guide delle strade ferrate", year=1843, kind=P),
 dict(authors=["Ciccarelli", "Rinaldi"], title="Rete ferroviaria italiana 1839–1913: tracciati storici georeferenziati", year=2021, doi="10.99999/zenodo.5123876", kind=W),
 dict(title="QGIS Geographic Information System", year=2023, url="https://qgis.org", kind=W),
 dict(authors=["Wolmar"], title="Blood, iron and gold: how the railways transformed the world", year=2009, kind=B),
 dict(title="Applicazioni ferroviarie – Binario – Rotaia – Parte 1: Rotaie Vignole di massa maggiore o uguale a 46 kg/m", year=2011, kind=R),
 dict(title="Museo Nazionale Ferroviario di Pietrarsa: la storia", url="https://www.fondazionefs.example.net/pietrarsa/storia", kind=W),
 dict(authors=["Marino"], title="Il tracciato costiero della Napoli–Portici e l'erosione del litorale vesuviano", year=2020, kind=A),
 dict(title="La Napoli–Portici, prima ferrovia d'Italia", year=2019, url="https://www.fsitaliane.example.net/storia/napoli-portici-1839", kind=W),
 dict(authors=["Maggi"], title="Le ferrovie", year=2003, kind=B),
]
put("html", "napoli-portici-it", {
 "about": "An invented Italian railway-history article (building the Napoli–Portici line, 1836–1840) as an online journal's article page: Highwire `citation_*` meta tags, site navigation and footer (no citations), the article's own DOI line, Riassunto, sections, Vancouver-style bracketed numeric citations with each number linked to `#rifN` (`[2, 3]` two pairs, `[4–6]` with both ends linked three pairs, `[9, p. 112]` one), two citations in a `<figcaption>`, and a numbered `<ol>` Riferimenti bibliografici in order of first citation (a royal decree, books, an unsigned newspaper report, journal articles with `doi:` and linked https://doi.org DOIs, an ICE Minutes of Proceedings paper, an archival file by fondo and fascio, a printed map, a doctoral thesis, a privativa (patent), a Zenodo dataset, QGIS, UNI EN 13674-1:2011, museum and company web pages). Real works (Schram 1997, Kalla-Bishop 1971, Wolmar 2009, Maggi 2003, QGIS 3.28, UNI EN 13674-1:2011) with data as remembered; invented: the journal Quaderni di storia dei trasporti as a site, the author Annalisa Ruggiero and the article, the decree's wording, the newspaper report's number, Russo 2019 and Marino 2020 (DOIs with prefix 10.99999), Whitcombe 1862 (DOI 10.99999/imotp.1862.22970), the Archivio di Stato file, the 1840 map edition, Esposito's thesis, Giannattasio's privativa, the Ciccarelli & Rinaldi dataset (DOI 10.99999/zenodo.5123876), the hosts fondazionefs.example.net and fsitaliane.example.net, all statements. Planted: entry 16's DOI `10.99999qst.2020.13.1.88` has no slash (malformed-field at that entry's line; the entry is keyed without a DOI).",
 "document": "napoli-portici.html", "reader": "html", "clean": True,
 "notes": {str(i + 1): e for i, e in enumerate(ht)},
 "literature": [dict(number=i + 1, **e) for i, e in enumerate(ht)],
})

# ---- docx: Portuguese mining history (São Domingos), Chicago notes + Fontes e bibliografia ----
harvey = dict(authors=["Harvey"], title="The Rio Tinto Company: An Economic History of a Leading International Mining Concern, 1873–1954", year=1981, kind=B)
avery = dict(authors=["Avery"], title="Not on Queen Victoria's Birthday: The Story of the Rio Tinto Mines", year=1974, kind=B)
adb = dict(kind=U)
pim = dict(authors=["Pimentel"], title="Noticia sobre a mina de S. Domingos", year=1879, kind=A)
lock = dict(authors=["Lockhart"], title="Notes on the Mining of Cupreous Pyrites at São Domingos, Portugal", year=1895, kind=A)
fialho = dict(authors=["Fialho"], title="Mason & Barry e a paisagem industrial de São Domingos, 1858–1966", year=2011, doi="10.99999/ai.2011.14.55", kind=A)
whit = dict(authors=["Whitfield"], title="Improvements in the Extraction of Copper from Cupreous Pyrites", year=1866, kind=P)
agric = dict(authors=["Agricola"], title="De Re Metallica", year=1912, kind=B)
estat = dict(title="Estatística mineira do anno de 1917", year=1918, kind=R)
seculo = dict(title="A greve dos mineiros de S. Domingos", year=1912, kind=A)
intv = dict(kind=C)
foto = dict(kind=U)
matos = dict(authors=["Matos"], title="Corta, túneis e chaminés: a técnica mineira em São Domingos (1858–1966)", year=2018, kind=T)
carta = dict(year=1992, kind=B)
rosado = dict(authors=["Rosado", "Candeias"], title="Mina de São Domingos: levantamento LiDAR e modelo digital do terreno, 2021", year=2022, doi="10.99999/zenodo.7430021", kind=W)
dl90 = dict(year=1990, kind=R)
np97 = dict(title="Eurocódigo 7 – Projeto geotécnico – Parte 1: Regras gerais", year=2010, kind=R)
cmm = dict(title="Mina de São Domingos", url="https://www.cm-mertola.example.org/patrimonio/mina-de-sao-domingos", kind=W)
dx_notes = [harvey, avery, adb, adb, pim, lock, harvey, fialho, whit, agric, estat, seculo, intv, foto, fialho, matos, carta, rosado, dl90, np97, cmm, matos]
assert len(dx_notes) == 22
put("docx", "mina-sao-domingos-pt", {
 "about": "An invented Portuguese (European Portuguese) mining-history article (open-cast working, cementation and the industrial landscape of the São Domingos copper-pyrite mine, Mértola, 1858–1966) in Word: title and byline paragraphs, Heading 1/2 sections, 22 footnotes in Chicago notes style in Portuguese (full first notes, short notes `Harvey, *The Rio Tinto Company*, 88.` and `Matos, «Corta, túneis e chaminés», 143.`, `Ibidem, fl. 4v.`, `Fialho, op. cit., 61.`; books, a trade-journal article in the Revista de Obras Publicas e Minas, a Transactions of the IMM paper, a British patent, a translated classic, an official statistics volume, a newspaper, an oral-history interview, a municipal photograph, a master's dissertation, a geological map sheet, a Zenodo dataset with `doi:`, a decree-law by number, NP EN 1997-1:2010, a municipal web page with access date), and a Fontes e bibliografia in five groups (Fontes de arquivo, Fontes orais, Fontes impressas e cartografia, Recursos electrónicos, Bibliografia), paragraphs in the Bibliography style. Real works (Harvey 1981, Avery 1974, Agricola in the Hoovers' 1912 translation, Decreto-Lei n.º 90/90, NP EN 1997-1:2010, the SGP 1:50 000 map series) with data as remembered (pages, the sheet's year); invented: the author Rui Valadares Nkosi, the ADBJA box and document, Pimentel's 1879 article, Lockhart's 1895 paper, Fialho 2011 (DOI 10.99999/ai.2011.14.55), Whitfield's patent, the 1917 statistics title as printed, the O Século report, the interview, the photograph's inventory number, Matos's dissertation, the Rosado & Candeias dataset (DOI 10.99999/zenodo.7430021), the host www.cm-mertola.example.org, all statements.",
 "document": "mina-sao-domingos-pt.docx", "reader": "docx", "clean": True, "lang": "pt-PT",
 "title": "A corta e o vale", "creator": "Rui Valadares Nkosi",
 "notes": {str(i + 1): e for i, e in enumerate(dx_notes)},
 "literature": [adb, foto, intv, seculo, dl90, estat, np97, lock, pim, carta, whit, cmm, rosado, agric, avery, fialho, harvey, matos],
})

# ---- pdftext: Swedish history of canal building (Göta kanal), author–date, alphabetical Referenser ----
pt = [
 dict(title="Göta kanals invigning vid Mem", year=1832, kind=A),
 dict(authors=["Bergström", "Ek"], title="Slussarnas murverk: skador och restaurering vid Berg 2010–2015", year=2017, doi="10.99999/bt.2017.4.33", kind=A),
 dict(authors=["Buchanan"], title="The rise of scientific engineering in Britain", year=1985, doi="10.1017/S0007087400022135", kind=A),
 dict(authors=["Forssell"], title="Charta öfver Göta canal från Mem till Sjötorp", year=1822, kind=B),
 dict(title="Berättelse om Göta kanals byggnad och fullbordan", year=1833, kind=R),
 dict(title="Kanalens historia", url="https://www.gotakanal.example.net/om-kanalen/historia", kind=W),
 dict(authors=["Hallberg"], title="Privilegium exclusivum på en ny inrättning af slussportar af järn", year=1847, kind=P),
 dict(authors=["Holm"], title="Slusstrafik på Göta kanal 1990–2020", year=2021, doi="10.99999/snd.2021.077", kind=W),
 dict(authors=["Hughes"], title="Networks of power: Electrification in Western society, 1880–1930", year=1983, kind=B),
 dict(authors=["Kaijser"], title="I fädrens spår: Den svenska infrastrukturens historiska utveckling och framtida utmaningar", year=1994, kind=B),
 dict(authors=["Lindgren"], title="Soldater vid spaden: Indelta regementen i Göta kanals bygge 1810–1832", year=2009, kind=A),
 dict(authors=["Persson"], title="Telford i Sverige: Tekniköverföring och anpassning", year=2015, kind=CH),
 dict(authors=["Rolt"], title="Thomas Telford", year=1958, kind=B),
 dict(title="Eurokod 6 – Dimensionering av murverkskonstruktioner – Del 1-1: Allmänna regler för armerat och oarmerat murverk", year=2013, kind=R),
 dict(authors=["Smiles"], title="Lives of the engineers", year=1861, kind=B),
 dict(authors=["Telford"], title="Life of Thomas Telford, civil engineer, written by himself", year=1838, kind=B),
 dict(authors=["Åkesson"], title="Kanalen som system: Göta kanal och den svenska infrastrukturens framväxt 1800–1870", year=2012, kind=T),
]
put("pdftext", "gota-kanal-sv", {
 "about": "An invented Swedish history-of-technology article (Göta kanal, 1808–1832, as a transfer of British canal engineering) as pdftotext gives a page of the journal Polhem: journal head lines, title block, Sammanfattning and Nyckelord, running heads with page numbers and form feeds, words hyphenated at line ends, Swedish author–date (APA-like) citations `(Telford 1838, s. 67–80)`, `(Smiles 1861; Rolt 1958, ⏎kap. 7)`, narrative `Kaijser (1994)`, `Åkesson (2012, kap. 3)`, `Buchanan ⏎(1985)` and `(Persson ⏎2015, s. 60)` and `(Bergström ⏎& Ek 2017)` wrapped after the name, a corporate author with and without a year (`Göta kanalbolag 1833`, `Göta kanalbolag u.å.`), `(SIS 2013)`, `(Aftonbladet 1832)`, and an alphabetical Referenser in Swedish order (Å after the rest) with hanging indents and DOIs/URLs wrapped after `/`. Real works (Telford 1838, Smiles 1861, Rolt 1958, Hughes 1983, Kaijser 1994, Buchanan 1985, SS-EN 1996-1-1) with data as remembered (pages, the DOI); invented: the author Elin Strandberg-Mwangi and the article's volume and pages, the Aftonbladet report, Bergström & Ek 2017 (DOI 10.99999/bt.2017.4.33), Forssell's map, the kanalbolag's 1833 Berättelse as titled, the host www.gotakanal.example.net, Hallberg's privilegium, Holm's SND dataset (DOI 10.99999/snd.2021.077), Lindgren 2009, Persson 2015 and its proceedings, Åkesson's thesis, all figures and statements.",
 "document": "gota-kanal.txt", "reader": "pdf-text", "clean": True,
 "notes": {str(i + 1): e for i, e in enumerate(pt)},
 "literature": pt,
})
