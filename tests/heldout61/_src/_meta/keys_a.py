"""Writes the meta.json of heldout61 half A's documents (latex, html, plaintext, org, bibtex).
Round 61's theme: economic and business history; architecture and architectural history.
Half A: economic and business history, one sub-field per document (banking and money, trade
and shipping, labour and wages, agrarian history, business archives and companies).  Labels
and lines come from the ⟦label⟧ annotations in the sources, checked on the built files by
check_a.py; fields are given here by hand.  Conventions: see ../../README.md, "Half A".  In
short: journal and newspaper articles `article`; books, edited volumes cited whole, exhibition
catalogues, statistical compendia and yearbooks with no genre word in their title, ship
registers `book`; chapters `chapter`; laws, parliamentary papers, a central bank's annual
report, working papers, a company's annual report to its shareholders `report` (and a typed
`@Report`); datasets and web pages `web`; theses `thesis`; archival files with shelf marks
`unknown`.  Corporate authors, issuing bodies, editors and translators are not keyed.  Then:
  /work/main/.venv/bin/python tests/corpus_build/build.py tests/heldout61 casse-risparmio-it hull-timber-en sagverk-loner-sv tiszantul-gabona-hu textil-arxius-ca
  python3 tests/heldout61/_src/_meta/check_a.py"""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
B, A, R, CH, W, T, U, C, P = "book", "article", "report", "chapter", "web", "thesis", "unknown", "commentary", "patent"


def put(fmt, name, meta, file="meta.json"):
    p = os.path.join(HERE, "..", fmt, name, file)
    open(p, "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")


# ---- latex: Italian banking and money history, biblatex authoryear (nyt), one \input section ----
tx = {
 "ciocca2007": dict(authors=["Ciocca"], title="Ricchi per sempre? Una storia economica d'Italia (1796–2005)", year=2007, kind=B),
 "toniolo1980": dict(authors=["Toniolo"], title="L'economia dell'Italia fascista", year=1980, kind=B),
 "cohen1972": dict(authors=["Cohen"], title="The 1927 Revaluation of the Lira: A Study in Political Economy", year=1972, kind=A),
 "bdi1928": dict(title="Adunanza generale ordinaria dei partecipanti tenuta in Roma il giorno 31 marzo 1928: Relazione del Governatore", year=1928, kind=R),
 "rossi2019": dict(authors=["Rossi", "Ferri"], title="Depositi e riserve delle casse di risparmio italiane, 1920–1939: Una nuova serie mensile", year=2019, doi="10.99999/qse.2019.046", kind=R),
 "istat1976": dict(title="Sommario di statistiche storiche dell'Italia 1861–1975", year=1976, kind=B),
 "mitchell2007": dict(authors=["Mitchell"], title="International Historical Statistics: Europe 1750–2005", year=2007, kind=B),
 "eichengreen1992": dict(authors=["Eichengreen"], title="Golden Fetters: The Gold Standard and the Great Depression, 1919–1939", year=1992, kind=B),
 "guarino1993": dict(title="La Banca d'Italia e il sistema bancario 1919–1936", year=1993, kind=B),
 "bianchi2021": dict(authors=["Bianchi", "Moretti"], title="Savings Banks and the Transmission of Monetary Shocks in Interwar Italy", year=2021, doi="10.99999/w28977", kind=R),
 "asbi412": dict(title="Cassa di risparmio di Nordia: verbale di ispezione", kind=U),
 "verbali1926": dict(title="Verbali del Consiglio di amministrazione", kind=U),
 "corriere1926": dict(title="Il discorso di Pesaro e la difesa della lira", year=1926, kind=A),
 "ferraresi2016": dict(authors=["Ferraresi"], title="Novant'anni fa la «quota novanta»", year=2016, kind=A),
 "rdl1936": dict(title="Regio decreto-legge 12 marzo 1936, n. 375. Disposizioni per la difesa del risparmio e per la disciplina della funzione creditizia", year=1936, kind=R),
 "lombardi2018": dict(authors=["Lombardi"], title="Le casse di risparmio emiliane tra stabilizzazione e crisi (1926–1934)", year=2018, kind=T),
 "rossi2020": dict(authors=["Rossi", "Ferri"], title="Italian Savings Banks' Balance Sheets, 1920–1939", year=2020, doi="10.99999/zenodo.4021987", kind=W),
 "maddison2023": dict(authors=["Bolt", "van Zanden"], title="Maddison Project Database, version 2023", year=2024, url="https://www.rug.nl/ggdc/historicaldevelopment/maddison/releases/maddison-project-database-2023", kind=W),
 "vitale2017": dict(authors=["Vitale"], title="Quota 90 and the Banks: Deflation and Credit in Italy, 1926–1929", year=2017, doi="10.99999/jeh.2017.0033", kind=A),
 "ferri2015": dict(authors=["Ferri"], title="Le casse di risparmio nel ventennio", year=2015, kind=CH),
 "gigliobianco2006": dict(authors=["Gigliobianco"], title="Via Nazionale: Banca d'Italia e classe dirigente. Cento anni di storia", year=2006, kind=B),
}
# biblatex authoryear sorts nyt: name (author, else editor; corporate author by name), else title; year; title
TX_ORDER = ["bdi1928", "bianchi2021", "maddison2023", "asbi412", "ciocca2007", "cohen1972", "eichengreen1992",
            "ferraresi2016", "ferri2015", "gigliobianco2006", "guarino1993", "corriere1926", "istat1976",
            "lombardi2018", "mitchell2007", "rdl1936", "rossi2019", "rossi2020", "toniolo1980", "verbali1926", "vitale2017"]
put("latex", "casse-risparmio-it", {
 "about": "An invented Italian banking-and-money history article (savings banks and the stabilisation of the lira, 1926-1936: deposits, reserves and supervision in a Po-valley province, from a savings bank's board minutes and a Banca d'Italia inspection report) in LaTeX: article class, babel italian, csquotes, booktabs, biblatex style=authoryear with biber (\\parencite, \\parencite{a,b}, \\parencite[cap.~5]{k}, \\parencite[vedi anche][]{a,b}, \\textcite[F1]{k}, \\footcite{k}, \\autocite[c.~7r]{k}, \\textcite inside a table caption), a \\thanks, section 3 in sezioni/depositi.tex by \\input (its citations keyed at their lines in that file), \\printbibliography[title={Riferimenti bibliografici}] from bibliografia.bib (JabRef style, UTF-8; biblatex types @Book, @Article, @Report with corporate author in braces, @Collection by its editors, @Unpublished archival files (no date: no year), @Legislation, @Thesis, @Dataset, @Online, @InCollection; `subtitle` joined to the title by ': '). The literature is every cited entry in biblatex nyt order (author or editor, corporate author by name (Banca d'Italia under B), else title (the archival files, the Corriere article, the 1936 decree); year; title). Real works with data as the writer remembered them (Ciocca 2007, Toniolo 1980, Cohen 1972 in the Economic History Review, Istat's Sommario 1976, Mitchell 2007, Eichengreen 1992, Guarino and Toniolo 1993, Gigliobianco 2006, the Banca d'Italia's 1928 annual meeting report, the Regio decreto-legge 12 marzo 1936 n. 375, Bolt and van Zanden's Maddison Project Database 2023 and its address; pages, numbers and titles may differ). Invented: the author and the Università di Nordia, the Cassa di risparmio di Nordia, its board minutes and the Banca d'Italia inspection file and their shelf marks, the table's figures, Rossi and Ferri 2019 (a real series, Quaderni di Storia Economica, invented paper, number and DOI 10.99999), Bianchi and Moretti 2021 (a real series, NBER Working Papers, invented paper, number and DOI 10.99999), the Corriere della Sera article of 19 August 1926 and the Il Sole 24 Ore article of 2016 (real newspapers, invented articles), Lombardi 2018 (a tesi di dottorato), Rossi and Ferri 2020 (Zenodo, DOI 10.99999), Vitale 2017 (a real journal, invented article and DOI 10.99999), Ferri 2015 and its volume and publisher. Planted: \\parencite[12]{einaudi1927} has no entry in the .bib (missing-literature-entry).",
 "document": "articolo.tex", "reader": "latex", "clean": True,
 # key correction (lead, round 75): a \footcite is keyed by the number it is printed with
 # (tests/corpus/README.md "footcite footnotes by their printed number"; heldout31 HALF_B.md key correction 2)
 "notes": {("1" if k == "corriere1926" else k): v for k, v in tx.items()},
 "literature": [tx[k] for k in TX_ORDER],
})

# ---- html: English museum blog post on Baltic timber at Hull, 22 Chicago endnotes, no bibliography ----
committee = dict(title="Report from the Select Committee on the Timber Duties; with the Minutes of Evidence", year=1835, kind=R)
pickering = dict(authors=["Pickering"], title="Deals from the North: Norwegian Shipping in the Hull Timber Trade, 1842–1860", year=2021, doi="10.99999/ijmh.2021.0412", kind=A)
bills = dict(authors=["Ormsby", "Pickering"], title="Hull Bills of Entry: Timber Cargoes, 1820–1860", year=2024, doi="10.99999/zenodo.10234567", kind=W)
letters = dict(kind=U)
hn = {
 "1": dict(kind=U),
 "2": dict(authors=["Davis"], title="The Industrial Revolution and British Overseas Trade", year=1979, kind=B),
 "3": committee,
 "4": committee,  # Ibid., iv–vii.
 "5": dict(authors=["Jackson"], title="Hull in the Eighteenth Century: A Study in Economic and Social History", year=1972, kind=B),
 "6": dict(title="Sound Toll Registers Online", url="https://www.soundtoll.nl/", kind=W),
 "7": bills,
 "8": pickering,
 "9": dict(title="Lloyd’s Register of British and Foreign Shipping", year=1845, url="https://archive.org/details/HECROS1845ST", kind=B),
 "10": dict(title="The New Tariff: Timber", year=1842, kind=A),
 "11": dict(title="The Timber Duties and the Colonies", year=1846, kind=A),
 "12": dict(authors=["Harley"], title="Ocean Freight Rates and Productivity, 1740–1913: The Primacy of Mechanical Invention Reaffirmed", year=1988, kind=A),
 "13": dict(authors=["Mitchell"], title="British Historical Statistics", year=1988, kind=B),
 "14": dict(authors=["O’Rourke", "Williamson"], title="Globalization and History: The Evolution of a Nineteenth-Century Atlantic Economy", year=1999, kind=B),
 "15": dict(authors=["Findlay", "O’Rourke"], title="Power and Plenty: Trade, War, and the World Economy in the Second Millennium", year=2007, kind=B),
 "16": dict(kind=U),
 "17": letters,
 "18": letters,  # Ibid.
 "19": pickering,  # short note
 "20": dict(authors=["Wilberfoss"], title="Timber Yards and Railways: Goole and Hull, 1826–1880", year=2016, kind=T),
 "21": bills,  # short note
 "22": dict(authors=["Mitchell"], title="International Historical Statistics: Europe 1750–2005", year=2007, kind=B),
}
put("html", "hull-timber-en", {
 "about": "An invented English museum blog post (a maritime museum's curator on reading the Hull customs bills of entry for the Baltic timber trade, 1815-1860, from the timber duties to free trade) as a full HTML page: head meta tags (og:url), site header navigation, byline with a tag link, a figure whose caption carries endnote 1, 22 superscript endnote markers <sup class=\"fn\"><a href=\"#fnN\" id=\"fnrefN\">N</a></sup>, a Notes <ol> of Chicago-style endnotes with back-links, and a footer with privacy/contact/social links (no citations). The endnotes are the notes by number; the page has no bibliography (literature []). Notes: Davis 1979, the 1835 Select Committee report (Parliamentary Papers 1835 (519) XIX; its 'Ibid., iv–vii.' keyed as it), Jackson 1972, the Sound Toll Registers Online (accessed date only: no year), a Zenodo dataset by a doi.org link, an International Journal of Maritime History article with 'doi:', Lloyd's Register 1845 by an archive.org address, the Hull Packet 1842 and The Economist 1846 (unsigned), Harley 1988 in the JEH, Mitchell 1988 and 2007, O'Rourke and Williamson 1999, Findlay and O'Rourke 2007, archival registers and letter books with shelf marks and no separable title (kind only; the 'Ibid.' after the letter books likewise), a PhD dissertation, two short notes (Pickering, Ormsby and Pickering) keyed with the fields of the work they shorten. Real works with data as the writer remembered them (pages, places, the Parliamentary Paper's number). Invented: the museum, its blog and host (example.org), the author Rachel Ormsby, the bill of entry no. 1412 and all shelf marks (HMM/…, C DPD/3/1–14), Messrs Rayner and Gott and their letter books, the dataset (DOI 10.99999), Pickering 2021 (a real journal, invented article and DOI 10.99999), the archive.org identifier HECROS1845ST, the Hull Packet and Economist articles' titles and pages, Wilberfoss 2016 and the University of Westerby, the footer's social link (example.net).",
 "document": "bills-of-entry.html", "reader": "html", "clean": True,
 "notes": hn,
 "literature": [],
})

# ---- plaintext: Swedish e-mailed memo on sawmill wages, Vancouver [n], numbered REFERENSER ----
pt = [
 dict(authors=["Bagge", "Lundberg", "Svennilson"], title="Wages in Sweden 1860-1930", year=1935, kind=B),
 dict(authors=["Prado"], title="Nominal and real wages of manufacturing workers, 1860-2007", year=2010, kind=CH),
 dict(authors=["Gårdlund"], title="Industrialismens samhälle", year=1942, kind=B),
 dict(authors=["Schön"], title="En modern svensk ekonomisk historia: tillväxt och omvandling under två sekel", year=2007, kind=B),
 dict(authors=["Cornell"], title="Sundsvallsdistriktets sågverksarbetare 1860-1890: arbete, levnadsförhållanden, rekrytering", year=1982, kind=T),
 dict(authors=["Nyström"], title="Strejken 1879 och arbetsgivarna i Sundsvall", year=2016, doi="10.99999/ht.2016.136.3.05", kind=A),
 dict(authors=["Nyström"], title="Sundsvallsstrejken 1879: förhör och domstolsprotokoll", year=2019, doi="10.99999/zenodo.3312087", kind=W),
 dict(title="Fabriker och handtverk år 1890", year=1891, kind=B),
 # key correction (lead, round 75): a body's statistical yearbook is a report (official statistics:
 # tests/corpus/README.md kinds of sources; statistical_yearbook.py, heldout52/53 keys)
 dict(title="Lönestatistisk årsbok för Sverige 1929", year=1930, kind=R),
 dict(kind=U),
 dict(kind=U),
 dict(authors=["Lindqvist"], title="Ackord och priser: lönesättning vid Svartviks sågverk 1880-1910", year=2023, kind=CH),
 dict(kind=U),
 dict(title="Strejken vid sågverken", year=1879, kind=A),
 dict(authors=["Lindqvist", "Eriksson"], title="Löner vid Svartviks sågverk 1878-1912", year=2024, doi="10.99999/zenodo.11002345", kind=W),
 dict(authors=["Bolt", "van Zanden"], title="Maddison style estimates of the evolution of the world economy: a new 2023 update", year=2024, doi="10.1111/joes.12618", kind=A),
 dict(authors=["Mitchell"], title="International historical statistics: Europe 1750-2005", year=2007, kind=B),
 dict(authors=["Eriksson", "Lindqvist"], title="Wage dispersion in the Swedish sawmill industry, 1880-1913", year=2024, doi="10.99999/sehr.2024.2291045", kind=A),
 dict(authors=["Magnusson"], title="An economic history of Sweden", year=2000, kind=B),
 dict(title="Historisk monetär statistik för Sverige", url="https://www.riksbank.se/sv/statistik/historisk-monetar-statistik/", kind=W),
 dict(authors=["Jörberg"], title="Growth and fluctuations of Swedish industry 1869-1912: studies in the process of industrialisation", year=1961, kind=B),
]
put("plaintext", "sagverk-loner-sv", {
 "about": "An invented Swedish e-mailed research memo (an economic historian to her project group on the wages of sawmill workers in the Sundsvall district, 1870-1914, between the 1879 strike and the First World War) as plain text: mail header lines with addresses, greeting and signature, rules of dashes, numbered section headings in capitals ('1. SYFTE' …) and numbered subsections ('3.1 Företagsarkiv.': headings, not list entries), an indented plain-text table whose 'Källa:' line cites, Vancouver citations in brackets ([1], [3, 4] two pairs, the range [5-7] three, [12, s. 88-94], [2, tabell A.3], [16, 17]), and a REFERENSER list numbered in order of first citation, Vancouver style with Swedish words (I:, red., uppl., [dataset], [Internet], [citerad …], Tillgänglig från:, Doktorsavhandling) and three-or-four-space hanging wraps: Bagge, Lundberg and Svennilson 1935 (volume 'Part 2.' and series no part of the title), Prado's chapter in the Riksbank's Historical Monetary and Financial Statistics 2010 (editors not keyed), Gårdlund 1942, Schön 2007 (2 uppl.), Cornell 1982 (a doktorsavhandling), a Historisk tidskrift article and a Zenodo dataset with 'doi:', the official statistics of Kommerskollegium 1891 and Socialstyrelsen 1930 (corporate authors not keyed; series no part of the title), three archival series (a company's wage books, pay lists, union protocols) with shelf marks (kind only), Sundsvalls Tidning 1879 (unsigned), a dataset and a Scandinavian Economic History Review article by https://doi.org/ addresses, Bolt and van Zanden 2024 (Journal of Economic Surveys) with 'doi:', Mitchell 2007, Magnusson 2000, the Riksbank's historical statistics page (cited date only: no year), Jörberg 1961. The list is the literature (number given); entries 1-20 are the notes by number. Real works with data as the writer remembered them (pages, series, publishers, the Riksbank address, Cornell 1982's title and place). Invented: the author, the project, the Nordhem addresses (example.org), the memo's figures, Nyström 2016 (a real journal, invented article and DOI 10.99999), the 1879 strike dataset (DOI 10.99999), the archival volumes and shelf marks, the Sundsvalls Tidning article's title and page, Lindqvist 2023 and its volume, the Svartvik wage dataset (DOI 10.99999), Eriksson and Lindqvist 2024 (a real journal, invented article and DOI 10.99999). Planted: entry 21 (Jörberg 1961) is cited nowhere (uncited-literature-entry at its first line).",
 "document": "pm-sagverkslonerna.txt", "reader": "plain-text", "clean": True,
 "notes": {str(i + 1): e for i, e in enumerate(pt) if i < 20},
 "literature": [dict(number=i + 1, **e) for i, e in enumerate(pt)],
})

# ---- org: Hungarian agrarian history, org-cite + csl chicago-author-date.csl, irodalom.bib ----
og = {
 "komlos1983": dict(authors=["Komlos"], title="The Habsburg Monarchy as a Customs Union: Economic Development in Austria-Hungary in the Nineteenth Century", year=1983, kind=B),
 "good1984": dict(authors=["Good"], title="The Economic Rise of the Habsburg Empire, 1750–1914", year=1984, kind=B),
 "berend1974": dict(authors=["Berend", "Ránki"], title="Economic Development in East-Central Europe in the 19th and 20th Centuries", year=1974, kind=B),
 "katus2008": dict(authors=["Katus"], title="Hungary in the Dual Monarchy, 1867–1914", year=2008, kind=B),
 "eddie1968": dict(authors=["Eddie"], title="Agricultural Production and Output per Worker in Hungary, 1870–1913", year=1968, kind=A),
 "ksh1915": dict(title="Magyar statisztikai évkönyv 1914", year=1915, kind=B),
 "szabo2019": dict(authors=["Szabó"], title="Bérlők és uradalmak a Tiszántúlon a gabonakonjunktúra idején (1867–1895)", year=2019, doi="10.99999/atsz.2019.60.033", kind=A),
 "szabo2021": dict(authors=["Szabó"], title="Az uradalmi cselédség bérei 1880 és 1914 között", year=2021, kind=CH),
 "toth2017": dict(authors=["Tóth"], title="Gabonakereskedelem és vasút a Tiszántúlon, 1857–1914", year=2017, kind=T),
 "toth2022": dict(authors=["Tóth", "Szabó"], title="Tiszántúli búzaárak és szállítmányok, 1867–1913", year=2022, doi="10.99999/zenodo.6789012", kind=W),
 "tv1894": dict(title="1894. évi XII. törvénycikk a mezőgazdaságról és a mezőgazdasági rendőrségről", year=1894, kind=R),
 "tv1898": dict(title="1898. évi II. törvénycikk a munkaadók és mezőgazdasági munkások közti jogviszony szabályozásáról", year=1898, kind=R),
 "pestinaplo1894": dict(title="Búzaár és tőzsdei spekuláció", year=1894, kind=A),
 "szamadasok": dict(title="Gazdasági számadások, nagyváradi uradalom", kind=U),
 "hungaricana": dict(title="Hungaricana – Közgyűjteményi portál", url="https://hungaricana.hu/", kind=W),
 "gunst1998": dict(authors=["Gunst"], title="Agrarian Development and Social Change in Eastern Europe, 14th–19th Centuries", year=1996, kind=B),
 "kovacs2023": dict(authors=["Kovács", "Horváth"], title="Grain Prices and Market Integration in Hungary, 1867–1913", year=2023, doi="10.99999/j.eeh.2023.101498", kind=A),
}
# chicago-author-date.csl: author (no author: title; digits before letters), then year, then title
OG_ORDER = ["tv1894", "tv1898", "berend1974", "pestinaplo1894", "eddie1968", "szamadasok", "good1984", "gunst1998",
            "hungaricana", "katus2008", "komlos1983", "kovacs2023", "ksh1915", "szabo2019", "szabo2021", "toth2017", "toth2022"]
put("org", "tiszantul-gabona-hu", {
 "about": "An invented Hungarian agrarian-history article draft (great estates, tenants and the grain boom east of the Tisza, 1867-1914, from one estate's accounts and regional price series) in Org mode with org-cite: #+bibliography: irodalom.bib, #+cite_export: csl chicago-author-date.csl (not in the folder), a :noexport: checklist without citations, [cite:@key], [cite:@a; @b 74--96], [cite:@key fej. 2], [cite/t:@key], [cite:lásd @a; @b 150--155], [cite:@a ch. VII; @b], a #+caption: of an Org table citing two works, and #+print_bibliography: under * Irodalom. irodalom.bib (BibTeX types: @book, @article, @incollection, @phdthesis, @misc for a Zenodo dataset and two laws, @unpublished archival accounts (date range in note: no year), @online with urldate only (no year); a corporate author in braces, not keyed; the key gunst1998 of a 1996 book keyed by its year field) holds only cited entries. The literature is them in Chicago author-date order (author; no author: title, the two laws by their titles beginning with digits first, the Pesti Napló article and the archival accounts by title; then year; Tóth 2017 before Tóth and Szabó 2022). Real works with data as the writer remembered them (Komlos 1983, Good 1984, Berend and Ránki 1974, Katus 2008, Eddie 1968 in the JEH, the KSH's Magyar statisztikai évkönyv for 1914, Gunst 1996, the laws 1894:XII and 1898:II, Hungaricana's address). Invented: the author and the Nordhegy university, the estate accounts and their shelf mark (MNL Nordhegy Vármegyei Levéltára), the table's figures, Szabó 2019 (a real journal, Agrártörténeti Szemle, invented article and DOI 10.99999), Szabó 2021 and its volume, Tóth 2017 (a PhD-értekezés), the Zenodo dataset (DOI 10.99999), the Pesti Napló article of 14 October 1894, Kovács and Horváth 2023 (a real journal, invented article and DOI 10.99999).",
 "document": "gabonakonjunktura.org", "reader": "org", "clean": True,
 "notes": og,
 "literature": [og[k] for k in OG_ORDER],
})

# ---- bibtex: Catalan business-history project library, a .bib on its own (biblatex types, JabRef) ----
bb = [
 dict(authors=["Nadal"], title="El fracaso de la Revolución industrial en España, 1814-1913", year=1975, kind=B),
 dict(authors=["Maluquer de Motes"], title="Història econòmica de Catalunya, segles XIX i XX", year=1998, kind=B),
 dict(title="Estadísticas históricas de España: Siglos XIX-XX", year=2005, kind=B),
 dict(authors=["Rosés"], title="Why Isn't the Whole of Spain Industrialized? New Economic Geography and Early Industrialization, 1797-1910", year=2003, kind=A),
 dict(title="Catalunya, la fàbrica d'Espanya: Un segle d'industrialització catalana, 1833-1936", year=1985, kind=B),
 dict(authors=["Puig Rovira"], title="Els consells d'administració de La España Industrial, 1847-1900: Una anàlisi a partir de les actes", year=2016, doi="10.99999/rhi.2016.62.03", kind=A),
 dict(authors=["Puig Rovira", "Soler i Vidal"], title="Dividends and Reinvestment in Catalan Cotton Firms, 1850-1913", year=2019, doi="10.99999/00076791.2019.1441122", kind=A),
 dict(title="Memoria presentada por el Consejo de Administración a la Junta General de Accionistas: Ejercicio de 1913", year=1914, kind=R),
 dict(title="Fons La España Industrial, SA: llibres d'actes del Consell d'Administració", kind=U),
 dict(title="Fabra i Coats: correspondència comercial amb Paisley", kind=U),
 dict(title="La crisis algodonera y los fabricantes", year=1913, kind=A),
 dict(title="Estadística de la contribución industrial y de comercio: Año 1900", year=1901, kind=R),
 dict(authors=["Soler i Vidal"], title="Les colònies tèxtils del Llobregat i els seus arxius, 1858-1936", year=2020, url="https://dipositdigital.nordvila.example.org/handle/2445/170331", kind=T),
 dict(authors=["Soler i Vidal", "Puig Rovira"], title="Balanços de societats tèxtils catalanes, 1880-1930", year=2022, kind=W),
 dict(authors=["Vidal Costa"], title="Els arxius d'empresa a Catalunya: un patrimoni per descobrir", year=2012, kind=CH),
 dict(title="Sistema Territorial del mNACTEC", url="https://mnactec.cat/", kind=W),
 dict(authors=["Chandler"], title="The Visible Hand: The Managerial Revolution in American Business", year=1977, kind=B),
 dict(authors=["Jones", "Zeitlin"], title="Introduction", year=2008, kind=CH),
]
put("bibtex", "textil-arxius-ca", {
 "about": "An invented Catalan business-history research project's shared biblatex library kept in JabRef (company archives of the Catalan textile industry, 1840-1936): a JabRef header and % comment lines, two @String macros for journals, @Book (Nadal 1975, Maluquer de Motes 1998, Chandler 1977, an exhibition catalogue by its editors Nadal and Maluquer (editors not keyed)), @Collection by its editors (Carreras and Tafunell's Estadísticas históricas, 2nd edn, vol. 1), @Article (the JEH via a macro, Revista de Historia Industrial via a macro, Business History, an unsigned La Vanguardia article of 1913), @Report (La España Industrial's annual report to its shareholders for 1913 and the Ministerio de Hacienda's industrial tax statistics for 1900, corporate authors in braces, not keyed), two @Unpublished archival fonds with shelf marks and date ranges in note (no year), @Thesis with a repository URL, @Dataset, two @InCollection, @Online with urldate only (no year), langid fields in Catalan, Spanish and English, @Comment{jabref-meta}. `subtitle` joined to the title by ': '; hyphens in year spans as typed. No citations; the literature is every entry in file order. Real works with data as the writer remembered them (Nadal 1975, Maluquer de Motes 1998, Carreras and Tafunell 2005, Rosés 2003, the 1985 exhibition catalogue, Chandler 1977, Jones and Zeitlin 2008, the mNACTEC address; pages and places may differ). Invented: the project, Puig Rovira 2016 (a real journal, invented article and DOI 10.99999), Puig Rovira and Soler i Vidal 2019 (a real journal, invented article and DOI 10.99999), the archival shelf marks (ANC1-917 UI 12-31, capses 44-58), the La Vanguardia article's title and page, Soler i Vidal 2020 and the Universitat de Nordvila repository (example.org), the dataset, Vidal Costa 2012 and its volume. Planted: the dataset's `doi = {10.99999.zenodo.7712345}` has no slash (malformed-field at its line; the malformed DOI not keyed).",
 "document": "arxius-empresa-textil.bib", "reader": "bibtex", "clean": True,
 "literature": bb,
})
