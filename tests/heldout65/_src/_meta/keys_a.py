"""Writes the meta.json of heldout65 half A's documents (latex, html, plaintext, org, bibtex).
Round 65's theme: linguistics and philology; public health and epidemiology.  Half A:
linguistics and philology, one sub-field per document (corpus linguistics and treebanks,
dialectology and linguistic atlases, textual criticism and manuscript studies, language
documentation of an endangered language, historical linguistics and etymology).  Labels and
lines come from the ⟦label⟧ annotations in the sources, checked on the built files by
check_a.py; fields are given here by hand.  Conventions: see ../../README.md, "Half A".
Then:
  /work/main/.venv/bin/python tests/corpus_build/build.py tests/heldout65 newsbook-treebank-en nyelvatlasz-hu psaltirea-ro libiesu-dokumentacija-lv etymologia-pl
  python3 tests/heldout65/_src/_meta/check_a.py"""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
B, A, R, CH, W, T, U, C = "book", "article", "report", "chapter", "web", "thesis", "unknown", "commentary"


def put(fmt, name, meta, file="meta.json"):
    p = os.path.join(HERE, "..", fmt, name, file)
    open(p, "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")


# ---- latex: English corpus linguistics (a dependency treebank of 17th-century newsbooks), natbib + plainnat, one \input ----
tx = {
 "nivre2020": dict(authors=["Nivre", "de Marneffe", "Ginter", "Hajič", "Manning", "Pyysalo", "Schuster", "Tyers", "Zeman"], title="Universal Dependencies v2: An Evergrowing Multilingual Treebank Collection", year=2020, url="https://aclanthology.org/2020.lrec-1.497", kind=CH),
 "demarneffe2021": dict(authors=["de Marneffe", "Manning", "Nivre", "Zeman"], title="Universal Dependencies", year=2021, doi="10.1162/coli_a_00402", kind=A),
 "ud213": dict(title="Universal Dependencies", year=2023, url="http://hdl.handle.net/11234/1-5287", kind=W),
 "biber1988": dict(authors=["Biber"], title="Variation across Speech and Writing", year=1988, kind=B),
 "mcenery2012": dict(authors=["McEnery", "Hardie"], title="Corpus Linguistics: Method, Theory and Practice", year=2012, kind=B),
 "qi2020": dict(authors=["Qi", "Zhang", "Zhang", "Bolton", "Manning"], title="Stanza: A Python Natural Language Processing Toolkit for Many Human Languages", year=2020, doi="10.18653/v1/2020.acl-demos.14", url="https://aclanthology.org/2020.acl-demos.14", kind=CH),
 "straka2017": dict(authors=["Straka", "Straková"], title="Tokenizing, POS Tagging, Lemmatizing and Parsing UD 2.0 with UDPipe", year=2017, doi="10.18653/v1/K17-3009", kind=CH),
 "kyto1996": dict(authors=["Kytö"], title="Manual to the Diachronic Part of the Helsinki Corpus of English Texts: Coding Conventions and Lists of Source Texts", year=1996, kind=R),
 "ppceme2004": dict(authors=["Kroch", "Santorini", "Delfs"], title="Penn-Helsinki Parsed Corpus of Early Modern English", year=2004, url="https://www.ling.upenn.edu/hist-corpora/", kind=W),
 "hilpert2009": dict(authors=["Hilpert", "Gries"], title="Assessing Frequency Changes in Multistage Diachronic Corpora: Applications for Historical Corpus Linguistics and the Study of Language Acquisition", year=2009, doi="10.1093/llc/fqn012", kind=A),
 "bates2015": dict(authors=["Bates", "Mächler", "Bolker", "Walker"], title="Fitting Linear Mixed-Effects Models Using lme4", year=2015, doi="10.18637/jss.v067.i01", kind=A),
 "rcore2024": dict(title="R: A Language and Environment for Statistical Computing", year=2024, url="https://www.R-project.org/", kind=W),
 "oakeshott2022": dict(authors=["Oakeshott"], title="Clause Linkage in the English Newsbook, 1641–1665", year=2022, url="https://eprints.wexcombe.example.org/id/eprint/88214", kind=T),
 "oakeshott2023": dict(authors=["Oakeshott", "Herrmann"], title="Annotating Seventeenth-Century Punctuation for Dependency Parsing", year=2023, doi="10.99999/jhs.2023.7.3.211", kind=A),
 "oakeshott2024": dict(authors=["Oakeshott"], title="EMN-UD: A Dependency Treebank of English Newsbooks, 1641–1665", year=2024, doi="10.99999/zenodo.10456789", kind=W),
 "ewtpage": dict(title="UD English EWT: Treebank Documentation", url="https://universaldependencies.org/treebanks/en_ewt/index.html", kind=W),
 "davies2010": dict(authors=["Davies"], title="The Corpus of Historical American English (COHA): 400 Million Words, 1810–2009", year=2010, url="https://www.english-corpora.org/coha/", kind=W),
 "herrmann2021": dict(authors=["Herrmann"], title="Sentence Length as a Register Marker in Early Modern Print", year=2021, kind=CH),
}
# plainnat: sort.label = author names as "von last first" (von kept: de Marneffe under D), braced corporate by its text; then year; then title
TX_ORDER = ["bates2015", "biber1988", "davies2010", "demarneffe2021", "herrmann2021", "hilpert2009", "ppceme2004",
            "kyto1996", "mcenery2012", "nivre2020", "oakeshott2022", "oakeshott2024", "oakeshott2023", "qi2020",
            "rcore2024", "straka2017", "ewtpage", "ud213"]
put("latex", "newsbook-treebank-en", {
 "about": "An invented English corpus-linguistics paper (EMN-UD, a Universal Dependencies treebank of English newsbooks 1641-1665, and sentence length in early periodical prose) in LaTeX: article class, natbib [round,authoryear] with \\bibliographystyle{plainnat} and \\bibliography{refs}; \\citep{k}, \\citep[see][ch.~5]{k}, \\citep[p.~214]{k}, \\citep{a, b} (two pairs), \\citep[cf.][]{k}, \\citep[][Table~4]{k}, \\citet{k}, \\citet[pp.~104--108]{k}; a table caption citing two works (the \\citep on the caption's second line); a \\thanks with an e-mail address; section 3 in sections/results.tex by \\input (its citations keyed at their lines in that file); a % TODO comment naming Brinton without a citation. refs.bib (BibTeX types @inproceedings for ACL Anthology and LREC papers, @article, @misc for the UD release with its handle hdl:11234/1-5287 and version 2.13 in a version field, the PPCEME and COHA corpora, the invented Zenodo treebank and the UD EWT page, @book, @techreport for the Helsinki Corpus manual, @manual for R with {R Core Team}, @phdthesis, @incollection in a Festschrift; TeX accents Haji{\\v{c}}, Strakov{\\'a}, Kyt{\\\"o}, M{\\\"a}chler). Real works with data as remembered: Nivre et al. 2020 (LREC, aclanthology 2020.lrec-1.497), de Marneffe et al. 2021 (Computational Linguistics), Zeman et al. UD 2.13 (2023, the handle as remembered), Biber 1988, McEnery and Hardie 2012, Qi et al. 2020 (Stanza), Straka and Straková 2017 (UDPipe), Kytö 1996, Kroch, Santorini and Delfs 2004 (PPCEME), Hilpert and Gries 2009, Bates et al. 2015 (lme4), R 2024, Davies 2010 (COHA), the UD English EWT page. Invented: Tamsin Oakeshott and Lukas Herrmann, the University of Wexcombe and its hosts (wexcombe.example.org), the thesis, the Journal of Historical Syntax article (DOI 10.99999/jhs.2023.7.3.211), the EMN-UD Zenodo record (DOI 10.99999/zenodo.10456789), the Festschrift 'Corpus Pathways' and its editors (Aldana, Whitcombe) and Herrmann's chapter in it, all figures (the table's HC and PPCEME counts included). Planted: \\citet{brinton2017} cites a key with no refs.bib entry: missing-literature-entry at its line (the citation keyed as a pair, no note); every entry is cited. The literature is the cited entries in plainnat's order (author names with the particle kept: de Marneffe under D; braced corporate authors by their text: R Core Team under R, Universal Dependencies contributors under U; then year: Oakeshott 2022, Oakeshott 2024, then Oakeshott and Herrmann 2023).",
 "document": "newsbook.tex", "reader": "latex", "clean": True,
 "notes": tx,
 "literature": [tx[k] for k in TX_ORDER],
})

# ---- html: Hungarian dialectology blog post (the closed ë and the Hungarian dialect atlas), 20 endnotes, no bibliography ----
mnya = dict(title="A magyar nyelvjárások atlasza", year=1973, kind=B)
imre = dict(authors=["Imre"], title="A mai magyar nyelvjárások rendszere", year=1971, kind=B)
juhasz = dict(authors=["Juhász"], title="A nyelvjárási régiók", year=2001, kind=CH)
szalontai = dict(authors=["Szalontai"], title="A zárt ë nyomai a Dél-Alföldön: atlaszadatok és mai felvételek", year=2023, doi="10.99999/mnyj.2023.61.45", kind=A)
chambers = dict(authors=["Chambers", "Trudgill"], title="Dialectology", year=1998, kind=B)
toth = dict(authors=["Tóth-Bakos"], title="Nyelvjárási szintek a Kisalföldön: atlaszadatok dialektometriai feldolgozása", year=2020, kind=T)
hn = {
 "1": mnya,
 "2": mnya,
 "3": imre,
 "4": juhasz,
 "5": dict(authors=["Gálffy", "Márton", "Szabó"], title="A moldvai csángó nyelvjárás atlasza", year=1991, kind=B),
 "6": dict(title="Új magyar tájszótár", year=1992, kind=B),
 "7": dict(authors=["Kiss"], title="Társadalom és nyelvhasználat: szociolingvisztikai alapfogalmak", year=1995, kind=B),
 "8": szalontai,
 "9": imre,
 "10": dict(title="A magyar nyelvjárások atlasza – digitális kiadás", url="https://mnya.example.org/terkep/512", kind=W),
 "11": chambers,
 "12": dict(authors=["Nerbonne"], title="Data-Driven Dialectology", year=2009, doi="10.1111/j.1749-818X.2008.00114.x", kind=A),
 "13": toth,
 "14": toth,
 "15": dict(kind=U),
 "16": dict(authors=["Goebl"], title="Dialektometrie: Prinzipien und Methoden des Einsatzes der numerischen Taxonomie im Bereich der Dialektgeographie", year=1982, kind=B),
 "17": szalontai,
 "18": dict(title="REDE – Regionalsprache.de", url="https://www.regionalsprache.de/", kind=W),
 "19": juhasz,
 "20": chambers,
}
put("html", "nyelvatlasz-hu", {
 "about": "An invented Hungarian dialectology blog post of an invented dialect collection's blog 'Tájszó' (the closed ë in the southern Great Plain: the maps of A magyar nyelvjárások atlasza, the Moldavian Csángó atlas, the Új magyar tájszótár, new recordings at former atlas points, a sound archive) in HTML: site navigation, byline with tag links, a figure whose caption gives a collection inventory number (no citation), 20 superscript endnote markers <sup class=\"jegyzet\"><a href=\"#jN\" id=\"jrN\">N</a></sup> (several on one source line), a 'Jegyzetek' <ol> of 20 notes in Hungarian humanities style (Hungarian names family name first: Imre Samu, Juhász Dezső, Kiss Jenő, Gálffy Mózes, Márton Gyula, Szabó T. Attila, Szalontai Réka, Tóth-Bakos Eszter; foreign names given name first; 'szerk.', 'főszerk.', 'In:', 'itt:', 'térkép', 's. v.', 'letöltés:'; a DOI as https://doi.org/ and one as 'DOI: 10...'), with back-links ↩, and a footer. Notes 2 and 14 ('Uo.') are keyed as the note before them (1, 13); the short notes 9, 17, 19, 20 as the full notes 3, 8, 4, 11. Editors and chief editors (Deme and Imre for the atlas, Kiss for Magyar dialektológia, Lőrincze for the ÚMTsz) are not keyed; the atlas is keyed by its volume's year (III, 1973), the ÚMTsz by its volume's year (III, 1992), both kind book (a printed atlas and a dictionary cited s.v.). The sound-archive tape (note 15) is an archival item: kind only. No literature (a web page's endnotes). Real works with data as remembered: MNyA III (1973; map numbers as remembered/illustrative), Imre 1971, Juhász's chapter in Kiss (ed.) 2001, the Csángó atlas 1991, ÚMTsz III (1992), Kiss 1995, Chambers and Trudgill 1998, Nerbonne 2009 (Language and Linguistics Compass; DOI as remembered), Goebl 1982, REDE (regionalsprache.de). Invented: the blog and its host (tajszo.example.org), the Nyelvjárási Gyűjtemény, Szalontai Réka and her Magyar Nyelvjárások article (DOI 10.99999/mnyj.2023.61.45), Tóth-Bakos Eszter and her Szeged dissertation, the digital atlas page (mnya.example.org), the tape NyHA 1962/114, the inventory number and all figures.",
 "document": "ze-a-deli-alfoldon.html", "reader": "html", "clean": True,
 "notes": hn,
 "literature": [],
})

# ---- plaintext: Romanian textual criticism (the critical edition of the Psaltirea Scheiană), e-mailed report, Vancouver [n], numbered BIBLIOGRAFIE ----
pt = [
 dict(authors=["Candrea"], title="Psaltirea Scheiană comparată cu celelalte psaltiri din sec. XVI și XVII traduse din slavonește", year=1916, kind=B),
 dict(kind=U),
 dict(kind=U),
 dict(kind=U),
 dict(title="Codicele Voronețean", year=1981, kind=B),
 dict(authors=["Dobrescu", "Pârvulescu"], title="Corpus de texte vechi românești (CTVR)", year=2024, url="http://hdl.handle.net/11372/CTVR-0002", kind=W),
 dict(authors=["Dobrescu"], title="Mâini și straturi în Psaltirea Scheiană: o reexaminare paleografică", year=2023, doi="10.99999/dacoro.2023.28.2.155", kind=A),
 dict(authors=["Rosetti"], title="Istoria limbii române de la origini până în secolul al XVII-lea", year=1968, kind=B),
 dict(authors=["Gheție", "Mareș"], title="Originile scrisului în limba română", year=1985, kind=B),
 dict(authors=["West"], title="Textual Criticism and Editorial Technique Applicable to Greek and Latin Texts", year=1973, kind=B),
 dict(authors=["Maas"], title="Textkritik", year=1960, kind=B),
 dict(authors=["Bédier"], title="La tradition manuscrite du Lai de l'Ombre: réflexions sur l'art d'éditer les anciens textes", year=1928, kind=A),
 dict(authors=["Pârvulescu"], title="Tradiția manuscrisă a psaltirilor rotacizante", year=2021, kind=T),
 dict(authors=["Trovato"], title="Everything You Always Wanted to Know about Lachmann's Method", year=2014, kind=B),
 dict(title="Dicționarul limbii române", year=1913, kind=B),
 dict(title="eDTLR - Dicționarul tezaur al limbii române în format electronic", url="https://edtlr.example.org/", kind=W),
 dict(authors=["Dobrescu", "Pârvulescu"], title="Sigle și convenții pentru aparatul critic al psaltirilor rotacizante", year=2024, kind=R),
 dict(authors=["Densusianu"], title="Histoire de la langue roumaine", year=1938, kind=B),
]
put("plaintext", "psaltirea-ro", {
 "about": "An invented Romanian e-mailed interim report (a philologist to her project team on the critical edition of the Psaltirea Scheiană: collation with the other rhotacising psalters, scribal hands, dating, stemmatic principles) as plain text: mail header lines with addresses, greeting and signature with a phone line, rules of dashes, numbered section headings in capitals ('1. STADIUL COLAȚIONĂRII' …) and numbered subsections ('1.1 Mâinile copiștilor.': headings, not list entries), manuscript sigla S, V, H with shelf marks and folio ranges in the text, an indented plain-text table whose 'Sursa' column cites on three rows, Vancouver citations in brackets ([2, f. 1r-132v], [7, p. 160-164], [14, p. 109-125], [15, s.v. blând] one pair each; [10, 11] two and [3, 4, 13] three pairs; a bracketed locator wrapping to the next line after [15, s.v.), and a BIBLIOGRAFIE list numbered in order of first citation, Vancouver style in Romanian ('Disponibil la:', '(accesat ...)', '[teză de doctorat]', '[corpus]', '[Internet]', 'Ed. a 4-a') with hanging wraps. Real works with data as remembered: Candrea 1916, Costinescu's edition of the Codicele Voronețean (1981; keyed without authors: she is its editor), Rosetti 1968, Gheție and Mareș 1985, West 1973, Maas 1960 (4th ed.), Bédier 1928 (Romania), Trovato 2014, the Academy's Dicționarul limbii române tome I part I (year as remembered), and the Library of the Romanian Academy manuscripts ms. rom. 449, 693 and 3077 (shelf marks and folio ranges as remembered; archival items keyed kind only), Densusianu's Histoire de la langue roumaine vol. II (1938). Invented: Ilinca Dobrescu and Andrei Pârvulescu and the addresses (filologie.example.net), the CTVR corpus and its handle (an invented path on the real host hdl.handle.net), the Dacoromania article (DOI 10.99999/dacoro.2023.28.2.155), the thesis, the research report 1/2024, the eDTLR host (edtlr.example.org), all figures and folio divisions of the hands. Planted: entry 18 (Densusianu 1938) is cited nowhere: uncited-literature-entry at its first line. Notes are entries 1-17 by number; the list is the literature (number given).",
 "document": "raport-psaltirea.txt", "reader": "plain-text", "clean": True,
 "notes": {str(i + 1): e for i, e in enumerate(pt) if i < 17},
 "literature": [dict(number=i + 1, **e) for i, e in enumerate(pt)],
})

# ---- org: Latvian language documentation (Livonian recordings, ELAR and PARADISEC deposits, a corpus), org-cite + csl ----
og = {
 "austin2011": dict(title="The Cambridge Handbook of Endangered Languages", year=2011, kind=B),
 "bird2003": dict(authors=["Bird", "Simons"], title="Seven Dimensions of Portability for Language Documentation and Description", year=2003, doi="10.1353/lan.2003.0149", kind=A),
 "elan2023": dict(title="ELAN", year=2023, url="https://archive.mpi.nl/tla/elan", kind=W),
 "ernstreits2011": dict(authors=["Ernštreits"], title="Liivi kirjakeel", year=2011, kind=T),
 "himmelmann1998": dict(authors=["Himmelmann"], title="Documentary and Descriptive Linguistics", year=1998, doi="10.1515/ling.1998.36.1.161", kind=A),
 "kalnina2019": dict(authors=["Kalniņa"], title="Lībiešu runa Kurzemē: pēdējo runātāju pēcteču ieraksti", year=2019, url="http://hdl.handle.net/2196/00-0000-0000-0010-5C3A-7", kind=W),
 "kalnina2022": dict(authors=["Kalniņa", "Ozoliņa"], title="Lībiešu valodas palatalizācija jaunākajos ierakstos", year=2022, doi="10.99999/ll.2022.30.88", kind=A),
 "kettunen1938": dict(authors=["Kettunen"], title="Livisches Wörterbuch mit grammatischer Einleitung", year=1938, kind=B),
 "livones": dict(title="Lībiešu valoda", url="https://www.livones.net/lv/valoda", kind=W),
 "moseley2010": dict(title="Atlas of the World's Languages in Danger", year=2010, kind=B),
 "ozolina2018": dict(authors=["Ozoliņa"], title="Lībiešu dziesmas un stāstījumi Mazirbē", year=2018, url="https://catalog.paradisec.org.au/collections/DO1/items/017", kind=W),
 "ozolina2021": dict(authors=["Ozoliņa"], title="Lībiešu valodas dokumentēšanas metodes: lauka darba pieredze 2016–2020", year=2021, kind=T),
 "rikters2022": dict(authors=["Rikters", "Tomingas", "Tuisk", "Ernštreits", "Fishel"], title="Machine Translation for Livonian: Catering to 20 Speakers", year=2022, doi="10.18653/v1/2022.acl-short.55", url="https://aclanthology.org/2022.acl-short.55", kind=CH),
 "seifart2018": dict(title="Language Documentation Twenty-Five Years on", year=2018, doi="10.1353/lan.2018.0070", kind=A),
 "likums1999": dict(title="Valsts valodas likums", year=1999, url="https://likumi.lv/ta/id/14740", kind=R),
 "viitso2012": dict(authors=["Viitso", "Ernštreits"], title="Līvõkīel-ēstikīel-leţkīel sõnārōntõz", year=2012, kind=B),
 "woodbury2003": dict(authors=["Woodbury"], title="Defining Documentary Linguistics", year=2003, kind=CH),
}
# unified-style-sheet-for-linguistics (author, year, title): author names (else editor: Austin, Moseley; a braced corporate author by its name: Max Planck … under M), no name: title (Lībiešu valoda under L, Valsts valodas likums under V)
OG_ORDER = ["austin2011", "bird2003", "ernstreits2011", "himmelmann1998", "kalnina2019", "kalnina2022", "kettunen1938",
            "livones", "elan2023", "moseley2010", "ozolina2018", "ozolina2021", "rikters2022", "seifart2018",
            "likums1999", "viitso2012", "woodbury2003"]
put("org", "libiesu-dokumentacija-lv", {
 "about": "An invented Latvian language-documentation article (recordings of Livonian on the Courland coast 2016-2024, their deposits in ELAR and PARADISEC, glossing in ELAN and a Livonian-Latvian parallel corpus) in Org mode with org-cite: #+bibliography: libiesi.bib, #+cite_export: csl unified-style-sheet-for-linguistics.csl (not in the folder), [cite:@key], [cite:@key 23.–41. lpp.], [cite:@key 95. lpp.], [cite:@key 4. pants], [cite/t:@key], [cite:sk. arī @key 35.–38. lpp.], [cite:@a; @b] (two pairs), a #+caption: of an Org table citing two works, a :noexport: to-do subtree without citations, #+print_bibliography: under * Literatūra. libiesi.bib (biblatex types @collection by its editors, @article, @software with a braced corporate author and a version field, @phdthesis, @dataset for the ELAR and PARADISEC deposits with handle/item URLs, @book (one by its editor), @online with urldate, @mastersthesis, @inproceedings (ACL Anthology), @legislation with a date, @incollection; a DOI written as https://doi.org/… keyed bare; an author list ending in 'and others' keyed without authors). Real works with data as remembered: Austin and Sallabank (eds.) 2011, Bird and Simons 2003, ELAN 6.7 (2023), Ernštreits 2011 (Liivi kirjakeel, Tartu), Himmelmann 1998, Kettunen 1938, Moseley (ed.) 2010, Rikters et al. 2022 (ACL; anthology id and DOI as remembered), Seifart et al. 2018, the State Language Law of 1999 (likumi.lv id as remembered), Viitso and Ernštreits 2012, Woodbury 2003, the Livonian Institute's site livones.net (its path invented). Invented: Marta Kalniņa and Dace Ozoliņa, the ELAR collection and its handle (an invented handle on hdl.handle.net), the PARADISEC collection DO1 and its item (an invented path on the real catalog.paradisec.org.au), the Linguistica Lettica article (DOI 10.99999/ll.2022.30.88), the master's thesis, and all counts. The literature is the cited entries in the style's order (author names, else editor, else title; then year; then title).",
 "document": "libiesu-ieraksti.org", "reader": "org", "clean": True,
 "notes": og,
 "literature": [og[k] for k in OG_ORDER],
})

# ---- bibtex: Polish historical linguistics and etymology project library, a .bib on its own (biblatex, JabRef export) ----
bb = [
 dict(authors=["Boryś"], title="Słownik etymologiczny języka polskiego", year=2005, kind=B),
 dict(authors=["Bańkowski"], title="Etymologiczny słownik języka polskiego", year=2000, kind=B),
 dict(authors=["Brückner"], title="Słownik etymologiczny języka polskiego", year=1927, kind=B),
 dict(authors=["Sławski"], title="Słownik etymologiczny języka polskiego", year=1958, kind=B),
 dict(title="kmieć", year=1962, kind=CH),
 dict(authors=["Derksen"], title="Etymological Dictionary of the Slavic Inherited Lexicon", year=2008, kind=B),
 dict(authors=["Vasmer"], title="Russisches etymologisches Wörterbuch", year=1953, kind=B),
 dict(authors=["Klemensiewicz", "Lehr-Spławiński", "Urbańczyk"], title="Gramatyka historyczna języka polskiego", year=1955, kind=B),
 dict(authors=["Długosz-Kurczabowa"], title="Nowy słownik etymologiczny języka polskiego", year=2003, kind=B),
 dict(authors=["Przepiórkowski", "Bańko", "Górski", "Lewandowska-Tomaszczyk"], title="Narodowy Korpus Języka Polskiego", year=2012, kind=B),
 dict(title="KorBa: Elektroniczny korpus tekstów polskich z XVII i XVIII wieku (do 1772 roku)", url="https://korba.edu.pl", kind=W),
 dict(authors=["Wierzbowska"], title="Staropolskie kmieć i jego łacińskie źródło raz jeszcze", year=2021, doi="10.99999/jp.2021.101.3.1", kind=A),
 dict(authors=["Nowicki", "Halloran"], title="Borrowing Chronology and the Latin Loans of Old Polish", year=2019, doi="10.99999/dia.18012.now", kind=A),
 dict(authors=["Wierzbowska"], title="Rick Derksen, Etymological Dictionary of the Slavic Inherited Lexicon, Leiden–Boston 2008", year=2010, kind=A),
 dict(authors=["Halloran"], title="Old Polish kmieć and Latin comes Once More", year=2016, kind=CH),
 dict(authors=["Nowicki"], title="Zapożyczenia łacińskie w polszczyźnie średniowiecznej: chronologia i drogi przejścia", year=2015, kind=T),
 dict(title="Psałterz floriański", kind=U),
 dict(authors=["Wróblewska"], title="Extended and Enhanced Polish Dependency Bank in Universal Dependencies Format", year=2018, doi="10.18653/v1/W18-6020", url="https://aclanthology.org/W18-6020", kind=CH),
]
put("bibtex", "etymologia-pl", {
 "about": "An invented Polish research project's shared biblatex library exported from JabRef (Latin and Czech loans in the Old Polish vocabulary: etymological dictionaries, a historical grammar, a national corpus, articles, a review, a Festschrift chapter, a thesis, a manuscript): % comment lines, one @String macro for a journal (Język Polski), capitalised entry types (@Book, @InReference, @Article, @InCollection, @Thesis with type phdthesis, @Unpublished, @InProceedings, @Online), biblatex fields (journaltitle, location, date, langid, urldate, titleaddon, volumes), \\emph{} in titles, and a closing @Comment{jabref-meta: …} (not an entry). Real works with data as remembered: Boryś 2005, Bańkowski 2000, Brückner 1927, Sławski's Słownik etymologiczny (the volume 2 fascicle keyed by its date 1958; years as remembered), Słownik staropolski vol. 3 s.v. kmieć (a dictionary entry @InReference: chapter, title 'kmieć', editor not keyed; pages and year as remembered), Derksen 2008, Vasmer 1953, Klemensiewicz, Lehr-Spławiński and Urbańczyk 1955, Długosz-Kurczabowa 2003, Przepiórkowski et al. 2012 (NKJP), the KorBa corpus site, the Psałterz floriański (shelf mark and leaves as remembered: an archival manuscript, kind unknown, by its title, no year), Wróblewska 2018 (UDW; anthology id and DOI as remembered). Invented: Joanna Wierzbowska, Piotr Nowicki, Siobhan Halloran and their works (the Język Polski article 10.99999/jp.2021.101.3.1, the Diachronica article 10.99999/dia.18012.now, the review in Rocznik Slawistyczny, the Festschrift 'Verba et historia' for Wiesław Boryś with its editors Kowalczyk and Rudnicki and its publisher, the Kraków thesis). No pairs; the literature is every entry in file order (the @String, @Comment and % comments none).",
 "document": "etymologia.bib", "reader": "bibtex", "clean": True,
 "literature": bb,
})
