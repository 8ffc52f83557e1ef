"""Writes the meta.json of heldout66 half A's documents (typst, pandoc, supmarkdown, asciidoc,
markdown-links).  Round 66's theme: architecture and urban history; veterinary science and animal
health.  Half A: architecture and urban history, one sub-field per document (architectural history
in German, urban planning history in Italian, heritage conservation in English, vernacular and
industrial architecture in Czech, urban history in European Portuguese).  Labels and lines come
from the ⟦label⟧ annotations in the sources, checked on the built files by check_a.py; fields are
given here by hand.  Conventions: see ../../README.md, "Half A".  In short: journal articles
`article`; monographs, exhibition catalogues, memoirs and a person's guide `book`; chapters
`chapter`; laws, regulations, charters, an agency's guidance, a nomination dossier, a planning
report and a conservation-area appraisal `report`; web pages, inventory and listing records,
datasets `web`; theses `thesis`; archival files and drawings `unknown` with no title and no year.
Corporate authors, issuing bodies and editors are not keyed.  Then:
  /work/main/.venv/bin/python tests/corpus_build/build.py tests/heldout66 siedlungen-britz-de inacasa-roma-it brackenholme-cmp-en zlin-domky-cs baixa-pombalina-pt
  python3 tests/heldout66/_src/_meta/check_a.py"""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
B, A, R, CH, W, T, U = "book", "article", "report", "chapter", "web", "thesis", "unknown"


def put(fmt, name, meta, file="meta.json"):
    p = os.path.join(HERE, "..", fmt, name, file)
    open(p, "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")


# ---- typst: German architectural history (Großsiedlung Britz), refs.bib, style chicago-author-date ----
ty = {
 "albrecht2018": dict(authors=["Albrecht"], title="Wohnungsbau als Gemeinschaftsaufgabe: Die GEHAG und ihre Architekten, 1924–1933", year=2018, url="https://depositonce.example.org/handle/11303/7781", kind=T),
 "albrecht2020": dict(authors=["Albrecht"], title="Das Hufeisen als Bild: Zur Rezeption der Großsiedlung Britz nach 1945", year=2020, kind=CH),
 "brenne2005": dict(authors=["Brenne"], title="Bruno Taut: Meister des farbigen Bauens in Berlin", year=2005, kind=B),
 "denkmal2024": dict(title="Großsiedlung Britz, Hufeisensiedlung", year=2024, url="https://denkmaldatenbank.berlin.de/daobj.php?obj_dok_nr=09085211", kind=W),
 "denkmalliste2025": dict(title="Denkmalliste Berlin", year=2025, url="https://daten.berlin.example.org/datensaetze/denkmalliste-berlin", kind=W),
 "dschg1995": dict(title="Gesetz zum Schutz von Denkmalen in Berlin (Denkmalschutzgesetz Berlin – DSchG Bln) vom 24. April 1995", year=1995, kind=R),
 "hollweg2019": dict(authors=["Hollweg"], title="Farbe als Denkmalwert: Die Befundsicherung an den Fassaden der Hufeisensiedlung, 1978–2010", year=2019, doi="10.99999/dpf.2019.77.2.131", kind=A),
 "kessler2021": dict(authors=["Kessler", "Albrecht"], title="Standardization and Its Discontents: Martin Wagner's GEHAG and the Typology of the Berlin Siedlung, 1924–1931", year=2021, doi="10.99999/jsah.2021.80.3.312", kind=A),
 "lane1968": dict(authors=["Lane"], title="Architecture and Politics in Germany, 1918–1945", year=1968, kind=B),
 "lda2007": dict(title="Siedlungen der Berliner Moderne: Nominierung zur Aufnahme in die Welterbeliste der UNESCO", year=2007, kind=R),
 "pehnt2005": dict(authors=["Pehnt"], title="Deutsche Architektur seit 1900", year=2005, kind=B),
 "scarpa1986": dict(authors=["Scarpa"], title="Martin Wagner und Berlin: Architektur und Städtebau in der Weimarer Republik", year=1986, kind=B),
 "taut1924": dict(authors=["Taut"], title="Die neue Wohnung: Die Frau als Schöpferin", year=1924, kind=B),
 "unesco2008": dict(title="Berlin Modernism Housing Estates", year=2008, url="https://whc.unesco.org/en/list/1239", kind=W),
 "wagner1932": dict(authors=["Wagner"], title="Das wachsende Haus: Ein Beitrag zur Lösung der städtischen Wohnungsfrage", year=1932, kind=B),
}
# chicago-author-date: author (corporate by name; none: title), year, title
TY_ORDER = ["albrecht2018", "albrecht2020", "brenne2005", "dschg1995", "hollweg2019", "kessler2021", "lda2007",
            "denkmal2024", "denkmalliste2025", "lane1968", "pehnt2005", "scarpa1986", "taut1924", "unesco2008", "wagner1932"]
put("typst", "siedlungen-britz-de", {
 "about": "An invented German architectural-history article (the Großsiedlung Britz in Berlin-Neukölln, 1925-1933: type plans of the GEHAG, colour and its restoration, listing and World Heritage) in Typst: #set document/page/text/par/heading, a centred title block with #super affiliation marks, @key, @key[S. 38--41], @key[§ 2], two @key side by side (two pairs), #cite(<key>, form: \"prose\") (several, one in a #figure caption), a bare #cite(<key>), #cite(<key>, supplement: [...]), a labelled table <tab-abschnitte> referred to by @tab-abschnitte (a cross reference, no citation), #bibliography(\"refs.bib\", title: \"Literatur\", style: \"chicago-author-date\"). refs.bib (biblatex, one field a line): real works with data as remembered (Taut 1924 Die neue Wohnung, Wagner 1932 Das wachsende Haus, Lane 1968, Scarpa 1986, Pehnt 2005, Brenne 2005, the Landesdenkmalamt's 2007 World Heritage nomination as @report, the UNESCO list page 1239, the Berlin Denkmalschutzgesetz of 1995 as @legislation with its GVBl. page as remembered). Invented: the persons Katharina Wendelin, Maren Albrecht, Jonas Kessler, Friederike Hollweg and Thomas Reuß, the Hochschule Havelland, Albrecht's thesis (host depositonce.example.org) and chapter and the volume it stands in, the Die Denkmalpflege and JSAH articles (DOIs 10.99999/...), the Denkmaldatenbank object number 09085211 (invented path on the real host), the Denkmalliste dataset's address (host daten.berlin.example.org) and all figures of the table. Every entry is cited.",
 "document": "britz.typ", "reader": "typst", "clean": True,
 "notes": ty,
 "literature": [ty[k] for k in TY_ORDER],
})

# ---- pandoc: Italian urban planning history (INA-Casa in Rome, PRG 1962), refs.bib, csl chicago-author-date.csl ----
pd = {
 "insolera1962": dict(authors=["Insolera"], title="Roma moderna: Un secolo di storia urbanistica", year=1962, kind=B),
 "tafuri1986": dict(authors=["Tafuri"], title="Storia dell'architettura italiana 1944–1985", year=1986, kind=B),
 "benevolo1968": dict(authors=["Benevolo"], title="L'architettura delle città nell'Italia contemporanea", year=1968, kind=B),
 "quaroni1967": dict(authors=["Quaroni"], title="La torre di Babele", year=1967, kind=B),
 "dibiagi2001": dict(title="La grande ricostruzione: Il piano Ina-Casa e l'Italia degli anni '50", year=2001, kind=B),
 "ferretti2001": dict(authors=["Ferretti"], title="Il Tiburtino e il neorealismo in architettura", year=2001, kind=CH),
 "legge1942": dict(title="Legge 17 agosto 1942, n. 1150. Legge urbanistica", year=1942, url="https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:legge:1942-08-17;1150", kind=R),
 "legge1949": dict(title="Legge 28 febbraio 1949, n. 43. Provvedimenti per incrementare l'occupazione operaia, agevolando la costruzione di case per lavoratori", year=1949, kind=R),
 "dm1968": dict(title="Decreto interministeriale 2 aprile 1968, n. 1444. Limiti inderogabili di densità edilizia, di altezza, di distanza fra i fabbricati e rapporti massimi tra gli spazi destinati agli insediamenti e gli spazi pubblici", year=1968, kind=R),
 "prg1962": dict(title="Piano regolatore generale: Relazione", year=1962, kind=R),
 "marchetti2017": dict(authors=["Marchetti"], title="Planning the Periphery: INA-Casa Neighbourhoods and the Politics of Land in Rome, 1949–1963", year=2017, doi="10.99999/02665433.2017.1298765", kind=A),
 "rinaldi2022": dict(authors=["Rinaldi", "Marchetti"], title="Il piano regolatore di Roma del 1962 e la questione delle borgate", year=2022, doi="10.99999/tr2022-101011", kind=A),
 "rinaldi2019": dict(authors=["Rinaldi"], title="Borgate e piani: La periferia romana dalla legge del 1942 al piano del 1962", year=2019, url="https://iris.example.org/handle/11578/28811", kind=T),
 "inacasa2024": dict(title="Patrimonio INA-Casa: Schede dei quartieri romani", year=2024, url="https://inacasa.example.net/schede/roma", kind=W),
 "istat2011": dict(title="15° Censimento generale della popolazione e delle abitazioni 2011", year=2011, url="http://dati-censimentopopolazione.istat.it", kind=W),
}
# chicago-author-date.csl (not in the folder): author, else editor, else title; year; title
PD_ORDER = ["benevolo1968", "prg1962", "dm1968", "dibiagi2001", "ferretti2001", "insolera1962", "istat2011",
            "legge1942", "legge1949", "marchetti2017", "inacasa2024", "quaroni1967", "rinaldi2019", "rinaldi2022", "tafuri1986"]
put("pandoc", "inacasa-roma-it", {
 "about": "An invented Italian urban-planning-history article (the INA-Casa neighbourhoods of Rome's first seven-year plan, 1949-1956, and the general town plan of 1962) in Pandoc Markdown: YAML header with title, two authors with affiliations, date, lang: it-IT, abstract, keywords, bibliography: refs.bib (biblatex), csl: chicago-author-date.csl (not in the folder), link-citations; citations [@a; @b, pp. 14--22], [@key], [@key, art. 7], narrative @key and @key [p. 215], suppressed-author [-@key, pp. 67--70], [vedi anche @key], [@a; @b, cap. 5], one inline note ^[...] opening on one line and holding a citation on its next line (the note a pair ^1 at the line where it opens, the citation a pair of its own at its line), three citations in a pipe table's source column, a 'Bibliografia {-}' heading with ::: {#refs}. refs.bib: real works with data as remembered (Insolera 1962, Tafuri 1986, Benevolo 1968, Quaroni 1967, Di Biagi (ed.) 2001 as an editor-only @book: editor not keyed, Legge 1150/1942, Legge 43/1949 and D.I. 1444/1968 as @legislation, the Comune di Roma's 1962 PRG report as @report, ISTAT's 2011 census as @dataset). Invented: the persons Federica Lanzoni, Matteo Sgarbossa, Chiara Ferretti, Giulia Marchetti and Tommaso Rinaldi, their universities, Ferretti's chapter in the real Di Biagi volume, the Planning Perspectives and Territorio articles (DOIs 10.99999/...), Rinaldi's thesis (host iris.example.org), the 'Archivio digitale INA-Casa' page (host inacasa.example.net) and the table's figures. Every entry is cited; clean.",
 "document": "inacasa.md", "reader": "pandoc-markdown", "clean": True,
 "notes": pd,
 "literature": [pd[k] for k in PD_ORDER],
})

# ---- supmarkdown: English heritage conservation (a conservation management plan), <sup>n</sup>, numbered ## References ----
sm = [
 dict(title="The Burra Charter: the Australia ICOMOS Charter for Places of Cultural Significance, 2013", year=2013, kind=R),
 dict(authors=["Kerr"], title="The Conservation Plan: a guide to the preparation of conservation plans for places of European cultural significance", year=2013, kind=B),
 dict(title="International Charter for the Conservation and Restoration of Monuments and Sites (The Venice Charter)", year=1964, kind=R),
 dict(title="The Nara Document on Authenticity", year=1994, kind=R),
 dict(title="Conservation Principles, Policies and Guidance for the Sustainable Management of the Historic Environment", year=2008, kind=R),
 dict(title="Brackenholme Mill, Calder Bridge", year=2019, url="https://historicengland.org.uk/listing/the-list/list-entry/1486213", kind=W),
 dict(title="Planning (Listed Buildings and Conservation Areas) Act 1990", year=1990, url="https://www.legislation.gov.uk/ukpga/1990/9", kind=R),
 dict(title="National Planning Policy Framework", year=2023, kind=R),
 dict(title="Calder Bridge Conservation Area Appraisal and Management Plan", year=2018, kind=R),
 dict(kind=U),
 dict(title="Understanding Historic Buildings: A Guide to Good Recording Practice", year=2016, kind=R),
 dict(authors=["Hartley"], title="Water, steam and stone: the mill buildings of the upper Calder valley, 1780–1914", year=2016, url="https://etheses.example.org/id/eprint/15520", kind=T),
 dict(title="Gazetteer of textile mills in the upper Calder valley", year=2022, url="https://penninemills.example.org/gazetteer", kind=W),
 dict(authors=["Pendleton", "Hartley"], title="Fire-resisting floors in Pennine textile mills, 1830–1880: fabric and repair", year=2020, doi="10.99999/13556207.2020.1741122", kind=A),
 dict(authors=["Feilden"], title="Conservation of Historic Buildings", year=1982, kind=B),
 dict(authors=["Jokilehto"], title="A History of Architectural Conservation", year=1999, kind=B),
 dict(title="Listed Building points (National Heritage List for England)", year=2025, url="https://opendata-historicengland.hub.arcgis.com", kind=W),
 dict(authors=["Stratton", "Trinder"], title="Twentieth Century Industrial Archaeology", year=2000, kind=B),
]
put("supmarkdown", "brackenholme-cmp-en", {
 "about": "An invented English conservation management plan (draft) for an invented Grade II textile mill, Brackenholme Mill at an invented Calder Bridge in the Calder valley, in Markdown with Vancouver <sup>n</sup> markers numbered by first citation (repeats keep their number; <sup>1,2</sup>, <sup>3,15</sup>, <sup>5,6,9</sup> one pair per number; four pairs in three cells of a pipe table's source column: <sup>10,12</sup>, <sup>10</sup>, <sup>6</sup>), Unicode superscript affiliation marks ¹ ² in the byline (no citations), and a numbered '## References' list of 18 Vancouver entries ('[Internet]', '[cited ...]', 'Available from:', '[PhD thesis]', '[dataset]', 'doi:10...'). Real works with data as remembered: the Burra Charter 2013, Kerr's The Conservation Plan 7th ed. 2013, the Venice Charter 1964, the Nara Document 1994, English Heritage's Conservation Principles 2008, the Planning (Listed Buildings and Conservation Areas) Act 1990, the NPPF 2023, Historic England's Understanding Historic Buildings 2016, Feilden 1982, Jokilehto 1999, Historic England's open listed-building dataset, Stratton and Trinder 2000. Invented: the mill, Calder Bridge, its trust, the persons Ruth Ashworth, Daniel Okafor, S. Hartley and R. Pendleton, the University of the West Riding, the list entry 1486213 (invented path on the real host), Calderdale's Calder Bridge appraisal (a real council, an invented document), the Holroyd family papers and their shelf mark HOL/7/3/12 (an archival item: kind unknown, no title, no year), Hartley's thesis (host etheses.example.org), the Pennine Mills Trust gazetteer (host penninemills.example.org) and the Journal of Architectural Conservation article (DOI 10.99999/...). Notes are the cited entries by number; the list is the literature (number given). Planted: entry 18 (Stratton and Trinder) is cited nowhere: uncited-literature-entry at its line.",
 "document": "brackenholme.md", "reader": "sup-markdown", "clean": True,
 "notes": {str(i + 1): e for i, e in enumerate(sm[:17])},
 "literature": [dict(number=i + 1, **e) for i, e in enumerate(sm)],
})

# ---- asciidoc: Czech vernacular and industrial architecture (Baťa workers' houses in Zlín), <<key>>, [bibliography] ----
ad = [
 ("batafond", dict(kind=U)),
 ("ntmgahura", dict(kind=U)),
 ("ruian2025", dict(title="Registr územní identifikace, adres a nemovitostí (RÚIAN)", year=2025, url="https://vdp.cuzk.cz", kind=W)),
 ("dvorak2018", dict(authors=["Dvořák", "Klimešová"], title="The Factory Town as a System: Standard Units and Urban Form in Zlín, 1924–1938", year=2018, doi="10.99999/arh.2018.61.211", kind=A)),
 ("hornakova2009", dict(authors=["Horňáková"], title="Fenomén Baťa: zlínská architektura 1910–1960", year=2009, kind=B)),
 ("karfik1993", dict(authors=["Karfík"], title="Architekt si pamatuje", year=1993, kind=B)),
 ("klimesova2015", dict(authors=["Klimešová"], title="Dělnické kolonie firmy Baťa mimo Zlín", year=2015, url="https://dspace.example.org/handle/11012/41234", kind=T)),
 ("npu2024a", dict(title="Soubor dělnických domků v Zálešné, Zlín", year=2024, url="https://pamatkovykatalog.cz/soubor-delnickych-domku-v-zalesne-1000178645", kind=W)),
 ("npu2024b", dict(title="Správní budova firmy Baťa č. 21", year=2024, url="https://pamatkovykatalog.cz/spravni-budova-firmy-bata-c-21-1000156784", kind=W)),
 ("novak1993", dict(authors=["Novák"], title="Zlínská architektura 1900–1950", year=1993, kind=B)),
 ("sevcikova2019", dict(authors=["Ševčíková"], title="Baťovské domky jako památka", year=2019, kind=CH)),
 ("sevcikova2021", dict(authors=["Ševčíková"], title="Obnova ocelových oken zlínských dělnických domků: mezi autenticitou a energetickými nároky", year=2021, doi="10.99999/zpp.2021.81.3.245", kind=A)),
 ("slapeta1991", dict(authors=["Šlapeta"], title="Baťa: architektura a urbanismus 1910–1950", year=1991, kind=B)),
 ("zakon1987", dict(title="Zákon č. 20/1987 Sb., o státní památkové péči", year=1987, url="https://www.zakonyprolidi.cz/cs/1987-20", kind=R)),
 ("zakon2006", dict(title="Zákon č. 183/2006 Sb., o územním plánování a stavebním řádu (stavební zákon)", year=2006, url="https://www.zakonyprolidi.cz/cs/2006-183", kind=R)),
 ("zlinweb2024", dict(title="Zlínská moderna: mapa staveb", year=2024, url="https://zlinska-moderna.example.org/mapa", kind=W)),
]
put("asciidoc", "zlin-domky-cs", {
 "about": "An invented Czech article on vernacular and industrial architecture (the Baťa company's standard workers' houses in Zlín, 1924-1938, their restoration and heritage protection) in AsciiDoc: document header with two authors (one e-mail address at an invented host), revision line and attributes (:lang: cs, :toc:, :sectnums:), an [abstract], section anchors [[...]] of which one is referred to by <<ochrana>> (a cross reference, no citation), <<key>> and <<key,s. 87–104>>, two footnote:[...] (pairs 1 and 2 at the lines where they open), each holding a <<key>> on its next line (a pair of its own at its line), a table whose source column cites in three cells, and two [bibliography] lists under '== Prameny a literatura': '=== Archivní prameny' (2 archival files: kind unknown, no title, no year) and '=== Literatura' (14 entries, ČSN ISO 690: surnames in capitals, '[online]', '[cit. ...]', 'Dostupné z:', 'Diplomová práce', 'In: ... ed.'), alphabetical in Czech order (Č after C, Š after S). Real works with data as remembered: Novák 1993, Karfík 1993, Šlapeta 1991, Horňáková 2009, zákon č. 20/1987 Sb. and č. 183/2006 Sb., ČÚZK's RÚIAN. Invented: the persons Veronika Machálková, Ondřej Zbořil, Marek Dvořák, Jana Klimešová and Hana Ševčíková, the Architectural History and Zprávy památkové péče articles (DOIs 10.99999/...), the chapter and the volume it stands in, the thesis (host dspace.example.org), the two Památkový katalog records and their catalogue numbers (invented paths on the real host), the fond's box and inventory numbers and the NTM inventory number, the web map (host zlinska-moderna.example.org). Planted: <<pokluda2007>> in the second footnote cites a key with no bibliography entry: missing-literature-entry at its line (the citation keyed as a pair, no note); every entry is cited.",
 "document": "domky.adoc", "reader": "asciidoc", "clean": True,
 "notes": {k: e for k, e in ad},
 "literature": [e for _, e in ad],
})

# ---- markdown-links: Portuguese urban history blog post (Pombaline Lisbon), inline links, ## Fontes ----
ml = [
 dict(url="https://arquivomunicipal.example.org/PT-AMLSB-CMLSB-UROB-PU-05-0012", kind=U),
 dict(title="Plano Diretor Municipal de Lisboa", year=2012, url="https://www.lisboa.pt/cidade/urbanismo/planeamento/plano-diretor-municipal", kind=R),
 dict(title="Património classificado", year=2024, url="https://dados.lisboa.example.org/dataset/patrimonio-classificado", kind=W),
 dict(authors=["França"], title="Lisboa pombalina e o iluminismo", year=1987, url="https://archive.org/details/lisboapombalina00fran", kind=B),
 dict(title="Censos 2021: Resultados definitivos", year=2022, url="https://www.ine.pt/xportal/xmain?xpid=CENSOS21", kind=W),
 dict(authors=["Kendrick"], title="The Lisbon earthquake", year=1956, url="https://archive.org/details/lisbonearthquake0000kend", kind=B),
 dict(authors=["Moura"], title="Proprietários e quarteirões: a reconstrução da Baixa de Lisboa, 1755–1800", year=2019, url="https://repositorio.example.org/handle/10451/52207", kind=T),
 dict(authors=["Mullin"], title="The reconstruction of Lisbon following the earthquake of 1755: A study in despotic planning", year=1992, doi="10.1080/02665439208725746", kind=A),
 dict(title="Lei n.º 107/2001, de 8 de setembro: Estabelece as bases da política e do regime de proteção e valorização do património cultural", year=2001, url="https://diariodarepublica.pt/dr/detalhe/lei/107-2001-629790", kind=R),
 dict(authors=["Sequeira", "Alves"], title="O cadastro pombalino da Baixa: fontes e métodos", year=2021, doi="10.99999/rha.2021.14.88", kind=A),
 dict(title="Baixa Pombalina", year=2011, url="http://www.monumentos.gov.pt/Site/APP_PagesUser/SIPA.aspx?id=5903", kind=W),
 dict(title="Edifício na Rua Augusta, n.º 24–28", year=2014, url="http://www.monumentos.gov.pt/Site/APP_PagesUser/SIPA.aspx?id=6543", kind=W),
 dict(title="Baixa Pombalina", year=2004, url="https://whc.unesco.org/en/tentativelists/1927/", kind=W),
]
put("markdown-links", "baixa-pombalina-pt", {
 "about": "An invented European-Portuguese urban-history blog post (the rebuilding of Lisbon's Baixa after the earthquake of 1755: the 1758 plan, the cadastre, the SIPA inventory, legal protection and counts of surviving buildings) in Markdown citing by inline links [texto](url) woven into sentences (author-year link texts, descriptive link texts, repeated links), navigation links at the top and RSS/privacy/back-to-top links at the foot (relative addresses or '#', no citations), and an unnumbered '## Fontes' list of 13 APA-like entries in Portuguese ('&' between authors, '[tese de doutoramento, ...]', '[conjunto de dados]', '[lista indicativa]', 'Consultado a ...') with <...> addresses, in alphabetical order. Each body link is a pair labelled by the position of the entry whose address it is. Real works with data as remembered: França 1987 (3rd ed.), Kendrick 1956, Mullin 1992 Planning Perspectives (its DOI as remembered), Lei n.º 107/2001, Lisbon's PDM of 2012 (Aviso n.º 11622/2012), INE's Censos 2021, the SIPA inventory and the UNESCO tentative list (the record numbers, the archive.org identifiers and the page paths on the real hosts are invented or as remembered). Invented: the blog 'Cidade em Camadas', the persons Inês Carvalhal Moura, R. M. Sequeira and T. Alves, Moura's thesis (host repositorio.example.org), the Revista de História da Arte article (DOI 10.99999/...), the Arquivo Municipal copy of the 1758 plan and its reference code (an archival item: kind unknown, no title, no year; host arquivomunicipal.example.org), the municipal dataset (host dados.lisboa.example.org) and the count of buildings. Clean.",
 "document": "baixa.md", "reader": "markdown-links", "clean": True,
 "notes": {str(i + 1): e for i, e in enumerate(ml)},
 "literature": ml,
})
