"""Writes the meta.json of heldout63 half A's documents (latex, html, plaintext, org, bibtex).
Round 63's theme: sport and leisure history; geography and cartography.  Half A: sport and
leisure history, one sub-field per document (cycling and the Giro d'Italia, seaside resorts
and tourism, skiing, the Olympic movement, football and its clubs).  Labels and lines come from
the ⟦label⟧ annotations in the sources, checked on the built files by check_a.py; fields are
given here by hand.  Conventions: see ../../README.md, "Half A".  In short: journal and
newspaper articles `article`; books, guidebooks, edited volumes cited whole `book`; chapters
`chapter`; laws, official reports (Olympic official reports, an annual report to members) and
official statistics `report`; datasets, web pages, films and broadcasts `web`; theses `thesis`;
archival files with shelf marks `unknown`; interviews held by the author `commentary`.
Corporate authors, issuing bodies and editors are not keyed.  Then:
  /work/main/.venv/bin/python tests/corpus_build/build.py tests/heldout63 giro-gazzetta-it west-pier-en holmenkollen-no paris-1924-fr clubes-futebol-pt
  python3 tests/heldout63/_src/_meta/check_a.py"""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
B, A, R, CH, W, T, U, C, P = "book", "article", "report", "chapter", "web", "thesis", "unknown", "commentary", "patent"


def put(fmt, name, meta, file="meta.json"):
    p = os.path.join(HERE, "..", fmt, name, file)
    open(p, "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")


# ---- latex: Italian history of cycling (the Giro d'Italia and the Gazzetta), biblatex authoryear, one \input ----
tx = {
 "marchesini1996": dict(authors=["Marchesini"], title="L'Italia del Giro d'Italia", year=1996, kind=B),
 "foot2011": dict(authors=["Foot"], title="Pedalare! Pedalare!: A History of Italian Cycling", year=2011, kind=B),
 "pivato1985": dict(authors=["Pivato"], title="Sia lodato Bartali: Ideologia, cultura e miti dello sport cattolico (1936–1948)", year=1985, kind=B),
 "thompson2006": dict(authors=["Thompson"], title="The Tour de France: A Cultural History", year=2006, kind=B),
 "dauncey2003": dict(title="The Tour de France, 1903–2003: A Century of Sporting Structures, Meanings and Values", year=2003, kind=B),
 "ferretti2018": dict(authors=["Ferretti"], title="Sponsors on Wheels: Bicycle Manufacturers and the Giro d'Italia, 1909–1939", year=2018, doi="10.99999/09523367.2018.1523456", kind=A),
 "gazzetta1909": dict(title="Il primo Giro ciclistico d'Italia: l'arrivo trionfale a Milano", year=1909, kind=A),
 "corriere1946": dict(title="Il Giro della rinascita parte da Milano", year=1946, kind=A),
 "carteggio1909": dict(title="Giro d'Italia: carteggio della direzione sportiva", kind=U),
 "bassi2020": dict(authors=["Bassi"], title="Il pubblico del Giro: folle, paesi e strade nell'Italia tra le due guerre", year=2020, kind=T),
 "ferretti2022": dict(authors=["Ferretti", "Bassi"], title="Giro d'Italia Stage Results and Finishers, 1909–1950", year=2022, doi="10.99999/zenodo.7301122", kind=W),
 "conti2015": dict(authors=["Conti"], title="La bicicletta e gli italiani, 1890–1940", year=2015, kind=CH),
 "legge1942": dict(title="Legge 16 febbraio 1942, n. 426. Costituzione e ordinamento del Comitato olimpico nazionale italiano (C.O.N.I.)", year=1942, kind=R),
 "albodoro": dict(title="Giro d'Italia: albo d'oro e classifiche storiche", url="https://www.archiviociclismo.example.org/giro/albo-doro", kind=W),
 "tci1916": dict(title="Guida d'Italia del Touring Club Italiano: Piemonte, Lombardia, Canton Ticino", year=1916, kind=B),
 "pivato2019": dict(authors=["Pivato"], title="Storia sociale della bicicletta", year=2019, kind=B),
 "gazzetta1949": dict(title="Coppi solo sull'Izoard", year=1949, kind=A),
 "moretti2021": dict(authors=["Moretti", "Ferretti"], title="Pink Paper, Red Roads: The Sporting Press and the Making of a National Race in Liberal Italy", year=2021, doi="10.99999/17460263.2021.1876543", kind=A),
}
# biblatex authoryear sorts nyt: name (author, else editor; a braced corporate author by its name), else title; year; title
TX_ORDER = ["bassi2020", "conti2015", "gazzetta1949", "dauncey2003", "ferretti2018", "ferretti2022", "foot2011",
            "albodoro", "carteggio1909", "corriere1946", "gazzetta1909", "legge1942", "marchesini1996", "moretti2021",
            "pivato1985", "pivato2019", "thompson2006", "tci1916"]
put("latex", "giro-gazzetta-it", {
 "about": "An invented Italian cycling-history article (the Giro d'Italia and the Gazzetta dello Sport that owned it, 1909-1949: the sports desk's correspondence, the paper's pages and a stage-results database) in LaTeX: article class, babel italian, csquotes, booktabs, biblatex style=authoryear with biber (\\textcite, \\parencite{a,b}, \\parencite[vedi][cap.~2]{k}, \\parencite[45--61]{k}, \\autocite{k}, \\parencite[vedi anche][]{a,b}, two \\textcite in a table caption), a \\thanks, section 3 in sezioni/stampa.tex by \\input (its citations keyed at their lines in that file), \\printbibliography[title={Riferimenti bibliografici}]. bibliografia.bib (biblatex types @book, @collection by its editors, @article for journal and newspaper articles, @unpublished archival file, @thesis, @dataset, @incollection, @legislation, @online, a braced corporate author). Real works with data as remembered: Marchesini 1996, Foot 2011, Pivato 1985 and 2019, Thompson 2006, Dauncey and Hare 2003, the 1942 CONI law, the TCI guide of 1916 (edition and details as remembered). Invented: Elena Vassallo and her department, Ferretti 2018 (IJHS) and Moretti and Ferretti 2021 (Sport in History) with 10.99999 DOIs, the Gazzetta articles of 1909 and 1949 and the Corriere d'Informazione article of 1946 (titles, dates, pages), the archival file and its shelf mark, Bassi's thesis, the Zenodo dataset, Conti's chapter and Rinaldi's volume, the albo d'oro page on archiviociclismo.example.org. Planted: \\textcite[12--20]{colombo1910} has no entry in the .bib (missing-literature-entry); the pair is keyed, no note.",
 "document": "articolo.tex", "reader": "latex", "clean": True,
 "notes": tx,
 "literature": [tx[k] for k in TX_ORDER],
})

# ---- html: English museum blog post on Brighton's West Pier and the day-tripper, 23 Chicago endnotes, no bibliography ----
walton1983 = dict(authors=["Walton"], title="The English Seaside Resort: A Social History 1750–1914", year=1983, kind=B)
walton2000 = dict(authors=["Walton"], title="The British Seaside: Holidays and Resorts in the Twentieth Century", year=2000, kind=B)
harwood = dict(authors=["Harwood"], title="Penny on the Pier: Admission Charges and the Day-Tripper in Brighton, 1866–1914", year=2020, doi="10.99999/1755182X.2020.1834567", kind=A)
cross = dict(authors=["Cross", "Walton"], title="The Playful Crowd: Pleasure Places in the Twentieth Century", year=2005, kind=B)
hn = {
 "1": walton1983,
 "2": walton2000,
 "3": walton2000,  # Ibid., 45.
 "4": dict(kind=U),
 "5": dict(title="The Opening of the West Pier", year=1866, kind=A),
 "6": dict(authors=["Gilbert"], title="Brighton: Old Ocean's Bauble", year=1954, kind=B),
 "7": dict(authors=["Baedeker"], title="Great Britain: Handbook for Travellers", year=1910, kind=B),
 "8": dict(title="Handbook for Travellers in Sussex", year=1877, kind=B),
 "9": dict(title="Bank Holidays Act 1871", year=1871, kind=R),
 "10": dict(title="The Bank Holiday at the Seaside", year=1871, kind=A),
 "11": harwood,
 "12": harwood,  # short note
 "13": dict(kind=U),
 "14": dict(kind=C),
 "15": dict(authors=["Okoro"], title="Ballrooms on the Sea: Pier Pavilions and Popular Entertainment, 1890–1939", year=2017, kind=T),
 "16": cross,
 "17": cross,  # Ibid., 88–93.
 "18": dict(title="Brighton Rock", year=1947, kind=W),
 "19": dict(title="Piers of the Realm", year=1998, url="https://www.bbc.co.uk/programmes/p0piers98", kind=W),
 "20": dict(authors=["Urry"], title="The Tourist Gaze: Leisure and Travel in Contemporary Societies", year=1990, kind=B),
 "21": dict(title="Brighton & Hove Visitor Economy Report 2019", year=2020, kind=R),
 "22": dict(title="West Pier, Brighton", url="https://www.piersheritage.example.org/piers/brighton-west", kind=W),
 "23": walton1983,  # short note
}
put("html", "west-pier-en", {
 "about": "An invented English museum blog post (a seaside museum's social-history curator on Brighton's West Pier and the day-tripper, 1866-1939, from the pier company's minute book, guidebooks, the press, oral histories and visitor statistics) as a full HTML page: head meta tags (og:url), site header navigation, byline with a tag link, a figure with a caption (no citation), 23 superscript endnote markers <sup class=\"fn\"><a href=\"#fnN\" id=\"fnrefN\">N</a></sup>, a Notes <ol> of Chicago-style endnotes with back-links, and a footer with privacy/contact/social links (no citations). The endnotes are the notes by number; the page has no bibliography (literature []). Real works with data as remembered: Walton 1983 and 2000, Gilbert 1954, Baedeker's Great Britain (7th ed., 1910), Murray's Handbook for Travellers in Sussex (4th ed., 1877; edition and year as remembered), the Bank Holidays Act 1871, Cross and Walton 2005, Urry 1990, the film Brighton Rock (1947). Invented: the Museum of the Seaside (seasidemuseum.example.org) and Rachel Ainsworth, the minute book's shelf mark ACC 8765/1/1, the Brighton Gazette and Times articles (titles, dates, pages), Harwood 2020 (Journal of Tourism History, 10.99999 DOI), the QueenSpark interview 47 and its shelf mark, the interview with Doris H., Okoro's thesis, the BBC Radio 4 feature 'Piers of the Realm' and its bbc.co.uk path (an invented path on a real host), the city council's visitor economy report 2019, the Piers Heritage Register page (piersheritage.example.org). Notes 3 and 17 (Ibid.) are keyed as the note before them, the short notes 12 and 23 as the full notes 11 and 1; archival notes 4 and 13 kind only; the interview held by the author (14) commentary.",
 "document": "day-trippers.html", "reader": "html", "clean": True,
 "notes": hn,
 "literature": [],
})

# ---- plaintext: Norwegian e-mailed memo on the Holmenkollen ski jump and its public, Vancouver [n], numbered LITTERATUR ----
pt = [
 dict(authors=["Bomann-Larsen"], title="Den evige sne: en skihistorie om Norge", year=1993, kind=B),
 dict(authors=["Vaage"], title="Norske ski erobrer verden", year=1952, kind=B),
 dict(authors=["Allen"], title="Historical dictionary of skiing", year=2012, kind=B),
 dict(authors=["Goksøyr"], title="Idrettsliv i borgerskapets by: en historisk undersøkelse av idrettens utvikling og organisering i Bergen på 1800-tallet", year=1991, kind=T),
 dict(title="Aarsberetning for 1892", year=1893, kind=R),
 dict(kind=U),
 dict(title="Holmenkolrendet", year=1892, kind=A),
 dict(title="VI Olympiske Vinterleker Oslo 1952: offisiell rapport", year=1952, kind=R),
 dict(authors=["Goksøyr"], title="Phases and functions of nationalism: Norway's utilization of international sport in the late nineteenth and early twentieth centuries", year=1995, doi="10.1080/09523369508713899", kind=A),
 dict(authors=["Haugen", "Lie"], title="Hopprennet som folkefest: publikum i Holmenkollen 1892-1939", year=2019, doi="10.99999/issn.1504-2944-2019-03-02", kind=A),
 dict(kind=C),
 dict(title="Hotellstatistikk 1950-1970", year=1972, kind=R),
 dict(authors=["Haugen"], title="Holmenkollrennet: resultater og publikumstall 1892-1939", year=2023, doi="10.99999/zenodo.8123456", kind=W),
 dict(title="Skimuseet i Holmenkollen", url="https://www.skimuseet.example.org/om-museet", kind=W),
 dict(title="Holmenkollrennet 1952: hopprennet", year=1952, kind=W),
 dict(authors=["Lie"], title="Skisporten og nasjonen", year=1987, kind=CH),
 dict(authors=["Huntford"], title="Two planks and a passion: the dramatic history of skiing", year=2008, kind=B),
 dict(authors=["Nansen"], title="Paa ski over Grønland: en skildring af den norske Grønlands-expedition 1888-89", year=1890, kind=B),
]
put("plaintext", "holmenkollen-no", {
 "about": "An invented Norwegian e-mailed research memo (a sport historian to her project group on the public and the press at the Holmenkollen ski jump, 1892-1952) as plain text: mail header lines with addresses, greeting and signature, rules of dashes, numbered section headings in capitals ('1. BAKGRUNN' …) and numbered subsections ('2.1 Foreningens arkiv.': headings, not list entries), an indented plain-text table whose 'Kilde' column cites, Vancouver citations in brackets ([1-3] three pairs, [9, 10], [10, 13], [7, 10], [5, 6] two each, [8, s. 37-52], [10, s. 220-4] one), and a LITTERATUR list numbered in order of first citation, Vancouver style with hanging wraps. Real works with data as remembered: Bomann-Larsen 1993, Vaage 1952, Allen 2012, Goksøyr 1991 (doktoravhandling) and 1995 (IJHS; the DOI 10.1080/09523369508713899 as remembered), the Oslo 1952 official report (Petersen as editor, not keyed), Huntford 2008, Nansen 1890, Olstad's Norsk idretts historie (the volume; Lie's chapter in it invented). Invented: Ingrid Mæhle and the addresses (example.no), the Foreningen's Aarsberetning for 1892 as cited, the board minutes' shelf mark, the Aftenposten report of 1892 (title, date, page), Haugen and Lie 2019 (Historisk tidsskrift, 10.99999 DOI), the interview with R. Bakken (held by the author: commentary), SSB's Hotellstatistikk 1950-1970 (NOS A 512), the Zenodo dataset, the Skimuseet page (skimuseet.example.org), the NRK radio broadcast of 1952 as cited, Lie's chapter. Planted: entry 18 (Nansen 1890) is cited nowhere: uncited-literature-entry at its first line.",
 "document": "notat-holmenkollen.txt", "reader": "plain-text", "clean": True,
 "notes": {str(i + 1): e for i, e in enumerate(pt) if i < 17},
 "literature": [dict(number=i + 1, **e) for i, e in enumerate(pt)],
})

# ---- org: French Olympic history (Paris 1924), org-cite + csl chicago-author-date.csl, bibliographie.bib ----
og = {
 "coubertin1931": dict(authors=["Coubertin"], title="Mémoires olympiques", year=1931, kind=B),
 "macaloon1981": dict(authors=["MacAloon"], title="This Great Symbol: Pierre de Coubertin and the Origins of the Modern Olympic Games", year=1981, kind=B),
 "rapport1924": dict(title="Les Jeux de la VIIIe Olympiade Paris 1924 : rapport officiel", year=1924, kind=R),
 "lauto1924": dict(title="Cérémonie d'ouverture des Jeux de la VIIIe Olympiade", year=1924, kind=A),
 "cio1924": dict(title="Jeux de la VIIIe Olympiade, Paris 1924 : correspondance du comité d'organisation", kind=U),
 "terret2008": dict(title="Les Paris des Jeux olympiques de 1924", year=2008, kind=B),
 "clastres2008": dict(authors=["Clastres"], title="Jeux olympiques : un siècle de passions", year=2008, kind=B),
 "delaunay2019": dict(authors=["Delaunay"], title="Selling the Eighth Olympiad: Ticketing, Tourism and the Paris Games of 1924", year=2019, doi="10.99999/09523367.2019.1701234", kind=A),
 "martin2017": dict(authors=["Martin", "Rocher"], title="Le stade de Colombes et ses publics (1907–1939)", year=2017, doi="10.99999/sta.117.0045", kind=A),
 "rocher2016": dict(authors=["Rocher"], title="Les sports d'hiver à Chamonix, 1908–1939 : tourisme, fédérations et Jeux", year=2016, kind=T),
 "lefebvre2008": dict(authors=["Lefebvre"], title="La presse sportive et les Jeux de 1924", year=2008, kind=CH),
 "ina1924": dict(title="Ouverture des Jeux olympiques de Paris au stade de Colombes", url="https://www.ina.fr/ina-eclaire-actu/video/ouverture-jeux-olympiques-paris-1924", kind=W),
 "olympics1924": dict(title="Paris 1924 : Jeux de la VIIIe Olympiade", url="https://www.olympics.com/fr/olympic-games/paris-1924", kind=W),
 "ont1925": dict(title="Statistique du mouvement des étrangers en France, année 1924", year=1925, kind=R),
 "monmarche1924": dict(authors=["Monmarché"], title="Paris et ses environs", year=1924, kind=B),
 "holt1981": dict(authors=["Holt"], title="Sport and Society in Modern France", year=1981, kind=B),
}
# chicago-author-date.csl: author (a braced corporate author by its name; else editor), no author: title; then year, title
OG_ORDER = ["lauto1924", "clastres2008", "rapport1924", "coubertin1931", "delaunay2019", "holt1981", "cio1924",
            "lefebvre2008", "macaloon1981", "martin2017", "monmarche1924", "ont1925", "ina1924", "olympics1924",
            "rocher2016", "terret2008"]
put("org", "paris-1924-fr", {
 "about": "An invented French Olympic-history article draft (the Paris Games of 1924 and their publics: the organising committee's official report and correspondence, the sporting press, ticketing, tourism, and the Chamonix winter week) in Org mode with org-cite: #+bibliography: bibliographie.bib, #+cite_export: csl chicago-author-date.csl (not in the folder), a :noexport: checklist without citations, [cite:@key], [cite:@key p. 190-196], [cite/t:@key], [cite/t:@key p. 810], [cite:voir @key], [cite:@a; @b], [cite:@a; @b; @c], [cite:@key tableau 4], a #+caption: of an Org table citing two works, and #+print_bibliography: under * Bibliographie. bibliographie.bib (BibTeX/biblatex types: @book, @article, @report with braced corporate authors, @unpublished archival file, @collection by its editor, @phdthesis, @incollection, @online). Real works with data as remembered: Coubertin 1931 (written 'Coubertin, Pierre de'), MacAloon 1981, the official report of 1924, Terret (dir.) 2008, Clastres 2008, Monmarché's Guide bleu Paris et ses environs (year as remembered), Holt 1981; the olympics.com page (path as remembered). Invented: Mathilde Garnier, the L'Auto article (title, date, page), the CIO archive box, Delaunay 2019 (IJHS) and Martin and Rocher 2017 (Staps, DOI written as https://doi.org/…) with 10.99999 DOIs, Rocher's thesis, Lefebvre's chapter, the INA page path on ina.fr (an invented path on a real host), the Office national du tourisme statistics for 1924.",
 "document": "jeux-1924.org", "reader": "org", "clean": True,
 "notes": og,
 "literature": [og[k] for k in OG_ORDER],
})

# ---- bibtex: Portuguese football-club history project library, a .bib on its own (biblatex, Better BibTeX) ----
bb = [
 dict(authors=["Serrado"], title="O Jogo de Salazar: A Política e o Futebol no Estado Novo", year=2012, kind=B),
 dict(authors=["Coelho", "Pinheiro"], title="A Paixão do Povo: História do Futebol em Portugal", year=2002, kind=B),
 dict(authors=["Pinheiro"], title="História da Imprensa Desportiva em Portugal", year=2011, kind=B),
 dict(authors=["Tavares", "Lopes"], title="Sócios e quotas: a economia dos clubes de Lisboa, 1904–1940", year=2020, doi="10.99999/lerhistoria.2020.7012", kind=A),
 dict(authors=["Nogueira"], title="Eusébio's Empire: Football, Migration and Colonial Mozambique, 1950–1966", year=2018, doi="10.99999/14660970.2018.1487123", kind=A),
 dict(title="Livro de actas da Direcção do Sport Lisboa e Benfica, 1908–1917", kind=U),
 dict(title="Livro de registo de sócios do Sporting Clube de Portugal", kind=U),
 dict(title="Benfica campeão da Europa!", year=1961, kind=A),
 dict(title="Relatório e Contas da Direcção: Exercício de 1961", year=1962, kind=R),
 dict(authors=["Lopes"], title="O futebol operário no Barreiro: a CUF e o Grupo Desportivo, 1937–1974", year=2019, kind=T),
 dict(authors=["Domingos"], title="Futebol e Colonialismo: Corpo e Cultura Popular em Moçambique", year=2012, kind=B),
 dict(title="História do clube: de 1893 aos nossos dias", url="https://www.museu-fcporto.example.org/historia", kind=W),
 dict(authors=["Tavares"], title="Resultados do Campeonato Nacional da I Divisão, 1934–1974", year=2023, doi="10.99999/zenodo.9012345", kind=W),
 dict(title="Decreto-Lei n.º 32 946, de 3 de agosto de 1943. Regula a organização e a prática dos desportos", year=1943, kind=R),
 dict(title="Final da Taça dos Clubes Campeões Europeus: Benfica–Barcelona, relato radiofónico", year=1961, url="https://arquivos.rtp.example.org/contents/final-berna-1961", kind=W),
 dict(authors=["Goldblatt"], title="The Ball Is Round: A Global History of Football", year=2006, kind=B),
 dict(authors=["Lopes"], title="Works Teams and Company Towns: The CUF and Football in Barreiro, 1937–1974", year=2021, doi="10.99999/09523367.2021.1990123", kind=A),
 dict(authors=["Lopes"], title="Entrevista a Artur Peixoto, antigo sócio do Grupo Desportivo da CUF", year=2018, url="https://oralhistoria.example.net/barreiro/peixoto-2018", kind=W),
]
put("bibtex", "clubes-futebol-pt", {
 "about": "An invented Portuguese football-history research project's shared biblatex library exported from Zotero with Better BibTeX (clubs, members and cities: football in Portugal, 1904-1974): % comment lines, one @string macro for a journal, Better BibTeX keys, langid fields, @book with subtitle (Serrado 2012, Coelho and Pinheiro 2002, Pinheiro 2011, Domingos 2012, Goldblatt 2006: real works with data as remembered), @article (Ler História, Soccer & Society, IJHS via the macro, an unsigned A Bola front page of 1961), @unpublished club minute book and members' register with shelf marks, @report (Benfica's annual report and accounts for 1961, a braced corporate author), @thesis, @online (a club museum page, an RTP radio archive page, an online oral-history interview by its interviewer), @dataset, @legislation (Decreto-Lei n.º 32 946 of 1943, its subtitle as remembered). Invented: Tavares and Lopes 2020, Nogueira 2018, Lopes 2019 and 2021, Tavares 2023 with 10.99999 DOIs, the shelf marks, the A Bola headline and pages, the museu-fcporto.example.org, arquivos.rtp.example.org and oralhistoria.example.net pages, the interview with Artur Peixoto. No pairs; the literature is every entry in file order (the @string and comments none).",
 "document": "futebol-clubes.bib", "reader": "bibtex", "clean": True,
 "literature": bb,
})
