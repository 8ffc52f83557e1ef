"""Writes the meta.json of heldout58 half A's documents (typst, pandoc, supmarkdown, asciidoc,
markdown-links).  Round 58's theme: linguistics, language documentation and the history of
engineering; half A: linguistics and language documentation.  Labels and lines come from the
⟦label⟧ annotations in the sources, checked on the built files by check_a.py; fields are given
here by hand.  Conventions: see ../../README.md, "Half A".  In short: journal and newspaper
articles and a JOSS software paper `article`; books, dictionaries, reference grammars, edited
volumes and a printed atlas `book`; chapters, conference papers, dictionary entries and WALS
chapters `chapter`; standards `report`; datasets, corpora online, archived field recordings
with an item page, software, R packages, database entries (Glottolog), online dictionaries and
web pages `web`; theses `thesis`.  Corporate authors, issuing bodies and editors are not keyed.
Then:
  .venv/bin/python tests/corpus_build/build.py tests/heldout58 ae-aussprache-de literally-bnc-en ceceo-huelva-es kaweyo-archive-en woordenboek-online-nl
  python3 tests/heldout58/_src/_meta/check_a.py"""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
B, A, R, CH, W, T, U, C, P = "book", "article", "report", "chapter", "web", "thesis", "unknown", "commentary", "patent"


def put(fmt, name, meta, file="meta.json"):
    p = os.path.join(HERE, "..", fmt, name, file)
    open(p, "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")


# ---- typst: German phonetics article, @key / #cite(<key>), quellen.bib, style apa ----
ty = {
 "bates2015": dict(authors=["Bates", "Mächler", "Bolker", "Walker"], title="Fitting Linear Mixed-Effects Models Using lme4", year=2015, doi="10.18637/jss.v067.i01", kind=A),
 "boersma2023": dict(authors=["Boersma", "Weenink"], title="Praat: doing phonetics by computer", year=2023, url="https://www.praat.org", kind=W),
 "brunner2024": dict(authors=["Brunner", "Hansen"], title="Formantmessungen /ɛː/ und /eː/ in Hamburg und Wien: Lesesätze und Wortliste", year=2024, doi="10.99999/zenodo.10234567", kind=W),
 "hansen2021": dict(authors=["Hansen"], title="Die Ä-Aussprache im norddeutschen Gebrauchsstandard: Eine akustische Studie", year=2021, kind=T),
 "hillenbrand1995": dict(authors=["Hillenbrand", "Getty", "Clark", "Wheeler"], title="Acoustic characteristics of American English vowels", year=1995, doi="10.1121/1.411872", kind=A),
 "ipa1999": dict(title="Handbook of the International Phonetic Association: A Guide to the Use of the International Phonetic Alphabet", year=1999, kind=B),
 "kisler2017": dict(authors=["Kisler", "Reichel", "Schiel"], title="Multilingual processing of speech via web services", year=2017, doi="10.1016/j.csl.2017.01.005", kind=A),
 "kleiner2011": dict(authors=["Kleiner"], title="Atlas zur Aussprache des deutschen Gebrauchsstandards (AADG)", year=2011, url="http://prowiki.ids-mannheim.de/bin/view/AADG/", kind=W),
 "kohler1995": dict(authors=["Kohler"], title="Einführung in die Phonetik des Deutschen", year=1995, kind=B),
 "krech2009": dict(authors=["Krech", "Stock", "Hirschfeld", "Anders"], title="Deutsches Aussprachewörterbuch", year=2009, doi="10.1515/9783110215564", kind=B),
 "ladefoged1996": dict(authors=["Ladefoged", "Maddieson"], title="The Sounds of the World's Languages", year=1996, kind=B),
 "ids2024": dict(title="Datenbank für Gesprochenes Deutsch (DGD): Korpus Deutsch heute", url="https://dgd.ids-mannheim.de", kind=W),
 "lobanov1971": dict(authors=["Lobanov"], title="Classification of Russian vowels spoken by different speakers", year=1971, doi="10.1121/1.1912396", kind=A),
 "mooshammer2008": dict(authors=["Mooshammer", "Geng"], title="Acoustic and articulatory manifestations of vowel reduction in German", year=2008, doi="10.1017/S0025100308003435", kind=A),
 "moosmueller2015": dict(authors=["Moosmüller", "Schmid", "Brandstätter"], title="Standard Austrian German", year=2015, doi="10.1017/S0025100315000055", kind=A),
 "rcore2023": dict(title="R: A Language and Environment for Statistical Computing", year=2023, url="https://www.R-project.org/", kind=W),
 "schiel1999": dict(authors=["Schiel"], title="Automatic phonetic transcription of non-prompted speech", year=1999, kind=CH),
 "stevens1998": dict(authors=["Stevens"], title="Acoustic Phonetics", year=1998, kind=B),
 "wiese1996": dict(authors=["Wiese"], title="The Phonology of German", year=1996, kind=B),
}
# APA: by first author's family name (corporate authors by their name), then year, then title
TY_ORDER = ["bates2015", "boersma2023", "brunner2024", "hansen2021", "hillenbrand1995", "ipa1999", "kisler2017",
            "kleiner2011", "kohler1995", "krech2009", "ladefoged1996", "ids2024", "lobanov1971", "mooshammer2008",
            "moosmueller2015", "rcore2023", "schiel1999", "stevens1998", "wiese1996"]
put("typst", "ae-aussprache-de", {
 "about": "An invented German phonetics / sociophonetics article (the merger of long /ɛː/ with /eː/ for <ä> in the standard usage of young speakers in Hamburg and Vienna) in Typst: #set document/page/text/heading, a centred title block, numbered headings, citations as @key, @key[S. 34--36], #cite(<key>), #cite(<key>, form: \"prose\"), #cite(<key>, supplement: [Kap. 6]) and #cite(<key>, form: \"prose\", supplement: [S. 35]), two @key side by side, a table in a #figure whose caption cites, labelled <tab-distanz> and referred to by @tab-distanz (a cross reference, no citation), and #bibliography(\"quellen.bib\", title: \"Literatur\", style: \"apa\"). quellen.bib (JabRef-style BibTeX with @article, @book, @software, @dataset, @phdthesis, @online, @inproceedings, corporate authors in braces) holds only cited entries; the literature is them in APA order (author, year, title: corporate authors by name, International Phonetic Association under I, Leibniz-Institut für Deutsche Sprache under L, R Core Team under R; Mooshammer before Moosmüller). Invented: the author, her institute (Universität Nordheim), the study and its numbers, Hansen 2021 (a Kiel dissertation), Brunner and Hansen 2024 (Zenodo DOI 10.99999). Real works with data as the writer remembered them (pages, DOIs and addresses may differ from the published records).",
 "document": "aufsatz.typ", "reader": "typst", "clean": True,
 "notes": ty,
 "literature": [ty[k] for k in TY_ORDER],
})

# ---- pandoc: English corpus-linguistics article, CSL-JSON refs.json, unified style (author-date) ----
pd = {
 "anthony2023": dict(authors=["Anthony"], title="AntConc", year=2023, url="https://www.laurenceanthony.net/software/antconc/", kind=W),
 "baayen2008": dict(authors=["Baayen"], title="Analyzing Linguistic Data: A Practical Introduction to Statistics using R", year=2008, doi="10.1017/CBO9780511801686", kind=B),
 "biber1999": dict(authors=["Biber", "Johansson", "Leech", "Conrad", "Finegan"], title="Longman Grammar of Spoken and Written English", year=1999, kind=B),
 "bnc2007": dict(title="The British National Corpus, version 3 (BNC XML Edition)", year=2007, url="http://hdl.handle.net/20.500.12024/2554", kind=W),
 "brezina2015": dict(authors=["Brezina", "McEnery", "Wattam"], title="Collocations in context: A new perspective on collocation networks", year=2015, doi="10.1075/ijcl.20.2.01bre", kind=A),
 "evert2005": dict(authors=["Evert"], title="The Statistics of Word Cooccurrences: Word Pairs and Collocations", year=2005, kind=T),
 "gries2013": dict(authors=["Gries"], title="50-something years of work on collocations: What is or should be next …", year=2013, doi="10.1075/ijcl.18.1.09gri", kind=A),
 "hardie2012": dict(authors=["Hardie"], title="CQPweb — combining power, flexibility and usability in a corpus analysis tool", year=2012, doi="10.1075/ijcl.17.3.04har", kind=A),
 "israel2002": dict(authors=["Israel"], title="Literally speaking", year=2002, kind=A),
 "ito2003": dict(authors=["Ito", "Tagliamonte"], title="Well weird, right dodgy, very strange, really cool: Layering and recycling in English intensifiers", year=2003, doi="10.1017/S0047404503322055", kind=A),
 "kilgarriff2014": dict(authors=["Kilgarriff", "Baisa", "Bušta", "Jakubíček", "Kovář", "Michelfeit", "Rychlý", "Suchomel"], title="The Sketch Engine: ten years on", year=2014, doi="10.1007/s40607-014-0009-9", kind=A),
 "oed-literally": dict(title="literally, adv.", url="https://www.oed.com/view/Entry/109070", kind=CH),
 "love2017": dict(authors=["Love", "Dembry", "Hardie", "Brezina", "McEnery"], title="The Spoken BNC2014: Designing and building a spoken corpus of everyday conversations", year=2017, doi="10.1075/ijcl.22.3.02lov", kind=A),
 "mcenery2012": dict(authors=["McEnery", "Hardie"], title="Corpus Linguistics: Method, Theory and Practice", year=2012, kind=B),
 "okafor2024": dict(authors=["Okafor", "Lindqvist"], title="Intensifying literally in BNC1994 and the Spoken BNC2014: Annotated concordances", year=2024, doi="10.99999/zenodo.8812345", kind=W),
 "pryce2022": dict(authors=["Pryce"], title="Literally as an intensifier in British conversation: A variationist corpus study", year=2022, kind=T),
 "sinclair1991": dict(authors=["Sinclair"], title="Corpus, Concordance, Collocation", year=1991, kind=B),
 "tagliamonte2005": dict(authors=["Tagliamonte", "Roberts"], title="So weird; so cool; so innovative: The use of intensifiers in the television series Friends", year=2005, doi="10.1215/00031283-80-3-280", kind=A),
 "wickham2019": dict(authors=["Wickham", "Averick", "Bryan", "Chang", "McGowan", "François", "Grolemund", "Hayes", "Henry", "Hester", "Kuhn", "Pedersen", "Miller", "Bache", "Müller", "Ooms", "Robinson", "Seidel", "Spinu", "Takahashi", "Vaughan", "Wilke", "Woo", "Yutani"], title="Welcome to the tidyverse", year=2019, doi="10.21105/joss.01686", kind=A),
}
# unified style sheet for linguistics: author (else title), then year; case ignored
PD_ORDER = ["anthony2023", "baayen2008", "biber1999", "bnc2007", "brezina2015", "evert2005", "gries2013", "hardie2012",
            "israel2002", "ito2003", "kilgarriff2014", "oed-literally", "love2017", "mcenery2012", "okafor2024",
            "pryce2022", "sinclair1991", "tagliamonte2005", "wickham2019"]
put("pandoc", "literally-bnc-en", {
 "about": "An invented English corpus-linguistics article (the intensifying use of 'literally' in the spoken BNC1994 and the Spoken BNC2014, collocates and frequencies) in Pandoc Markdown: YAML header with two authors and affiliations, abstract, keywords, bibliography: refs.json (CSL-JSON), csl: unified-style-linguistics.csl, lang en-GB; citations [@key], [@a; @b], [@key, pp. 323--327], narrative @key [p. 424], @key [ch. 3], a suppressed author [-@key] on a line of its own, two inline notes ^[…] each holding a narrative citation (the note is a pair ^1/^2 at the line where it opens, the @key inside a pair of its own), a pipe table whose caption cites, and ::: {#refs}. refs.json holds every cited work but one (software, book, dataset with a hdl.handle.net URL, article-journal, thesis, entry-dictionary with accessed date). The literature is the cited entries in the style's author-date order (the authorless OED entry by its title under L, BNC Consortium under B after Biber). Invented: the authors and the University of Westerby, the study's counts, Okafor and Lindqvist 2024 (Zenodo DOI 10.99999), Pryce 2022 (an MA dissertation). Real works with data as the writer remembered them (the OED entry URL, pages and DOIs may differ). Planted: [@nevalainen2008, p. 296] has no entry in refs.json (missing-literature-entry).",
 "document": "literally.md", "reader": "pandoc-markdown", "clean": True,
 "notes": pd,
 "literature": [pd[k] for k in PD_ORDER],
})

# ---- supmarkdown: Spanish sociolinguistics research note, <sup>n</sup> and a numbered Referencias ----
sm = [
 dict(authors=["Villena Ponsoda"], title="Sociolinguistic patterns of Andalusian Spanish", year=2008, doi="10.1515/IJSL.2008.050", kind=A),
 dict(authors=["Narbona Jiménez", "Cano Aguilar", "Morillo-Velarde Pérez"], title="El español hablado en Andalucía", year=2003, kind=B),
 dict(authors=["Regan"], title="A study of ceceo variation in Western Andalusia (Huelva)", year=2017, doi="10.1515/shll-2017-0005", kind=A),
 dict(authors=["Alvar"], title="Atlas lingüístico y etnográfico de Andalucía", year=1961, kind=B),
 dict(authors=["Labov"], title="Sociolinguistic Patterns", year=1972, kind=B),
 dict(authors=["Moreno Fernández"], title="Principios de sociolingüística y sociología del lenguaje", year=2009, kind=B),
 dict(authors=["Tagliamonte"], title="Variationist Sociolinguistics: Change, Observation, Interpretation", year=2012, kind=B),
 dict(title="Corpus del Proyecto para el estudio sociolingüístico del español de España y de América", year=2014, url="http://preseea.uah.es", kind=W),
 dict(title="Cifras oficiales de población resultantes de la revisión del Padrón municipal a 1 de enero", year=2023, url="https://www.ine.es/dynt3/inebase/es/index.htm?padre=517", kind=W),
 dict(authors=["Hernández-Campoy"], title="Sociolinguistic Styles", year=2016, doi="10.1002/9781118737606", kind=B),
 dict(title="Nueva gramática de la lengua española: Fonética y fonología", year=2011, kind=B),
 dict(authors=["Johnson"], title="Getting off the GoldVarb standard: Introducing Rbrul for mixed-effects variable rule analysis", year=2009, doi="10.1111/j.1749-818X.2008.00108.x", kind=A),
 dict(authors=["Sankoff", "Tagliamonte", "Smith"], title="Goldvarb X: A variable rule application for Macintosh and Windows", year=2005, url="http://individual.utoronto.ca/tagliamonte/goldvarb.html", kind=W),
 dict(authors=["Ruiz Domínguez", "Ortega Rey"], title="Corpus oral de Huelva capital (COHUC): entrevistas sociolingüísticas 2021–2022", year=2023, doi="10.99999/zenodo.7654321", kind=W),
 dict(authors=["García Marín"], title="Ceceo, seseo y distinción en jóvenes onubenses: un estudio en tiempo aparente", year=2022, kind=T),
 dict(authors=["Carbonero Cano"], title="Estudios de sociolingüística andaluza", year=2003, kind=B),
 dict(authors=["Díaz Ledesma"], title="«Aquí se cecea con orgullo»: el habla de la capital vuelve a los escenarios", year=2023, url="https://www.huelvaaldia.example.net/cultura/aqui-se-cecea-con-orgullo", kind=A),
 dict(authors=["Dalbor"], title="Observations on present-day seseo and ceceo in southern Spain", year=1980, doi="10.2307/340806", kind=A),
]
put("supmarkdown", "ceceo-huelva-es", {
 "about": "An invented Spanish sociolinguistics research note (ceceo, seseo and distinción among young speakers of Huelva city, an apparent-time study) in Markdown with <sup>n</sup> markers (<sup>2,3</sup> two pairs, the range <sup>5–7</sup> three, one in a pipe-table cell) and a numbered ## Referencias list of 18 entries in APA 7 in Spanish, numbered in order of first citation (articles with DOI links, books, the ALEA as a printed multi-volume atlas keyed by its first year, the PRESEEA corpus and INE population page with [consulta: …], the RAE/ASALE grammar, Goldvarb X [programa informático], a Zenodo dataset [conjunto de datos], a Trabajo Fin de Máster, a local newspaper). The list is both the notes (by number) and the literature (number given). Invented: the research group, the authors' study and its numbers, García Marín 2022, Ruiz Domínguez and Ortega Rey 2023 (DOI 10.99999), Díaz Ledesma 2023 and the newspaper Huelva al Día (example.net). Real works with data as the writer remembered them (pages, DOIs and the INE address may differ). Planted: entry 18 (Dalbor 1980) is cited nowhere (uncited-literature-entry).",
 "document": "ceceo-huelva.md", "reader": "sup-markdown", "clean": True,
 "notes": {str(i + 1): e for i, e in enumerate(sm) if i != 17},
 "literature": [dict(number=i + 1, **e) for i, e in enumerate(sm)],
})

# ---- asciidoc: English language-documentation corpus guide, <<key>> and a [bibliography] ----
ad = {
 "aikhenvald2015": dict(authors=["Aikhenvald"], title="The art of grammar: A practical guide", year=2015, doi="10.1093/acprof:oso/9780198701316.001.0001", kind=B),
 "bird2003": dict(authors=["Bird", "Simons"], title="Seven dimensions of portability for language documentation and description", year=2003, doi="10.1353/lan.2003.0149", kind=A),
 "bowern2015": dict(authors=["Bowern"], title="Linguistic fieldwork: A practical guide", year=2015, kind=B),
 "comrie2008": dict(authors=["Comrie", "Haspelmath", "Bickel"], title="The Leipzig Glossing Rules: Conventions for interlinear morpheme-by-morpheme glosses", year=2008, url="https://www.eva.mpg.de/lingua/resources/glossing-rules.php", kind=W),
 "dryer2013": dict(authors=["Dryer"], title="Order of subject, object and verb", year=2013, url="https://wals.info/chapter/81", kind=CH),
 "wals2013": dict(title="The world atlas of language structures online", year=2013, doi="10.5281/zenodo.7385533", kind=W),
 "elan2023": dict(title="ELAN", year=2023, url="https://archive.mpi.nl/tla/elan", kind=W),
 "gippert2006": dict(title="Essentials of language documentation", year=2006, doi="10.1515/9783110197730", kind=B),
 "hammarstrom2023": dict(authors=["Hammarström", "Forkel", "Haspelmath", "Bank"], title="Glottolog 4.8", year=2023, doi="10.5281/zenodo.8131084", kind=W),
 "himmelmann1998": dict(authors=["Himmelmann"], title="Documentary and descriptive linguistics", year=1998, doi="10.1515/ling.1998.36.1.161", kind=A),
 "iso639-3": dict(title="Codes for the representation of names of languages — Part 3: Alpha-3 code for comprehensive coverage of languages", year=2007, kind=R),
 "reyes2017": dict(authors=["Reyes"], title="Kaweyo wordlist elicitation, Wanaka village, session 3", year=2017, url="https://catalog.paradisec.example.org/collections/CR1/items/003", kind=W),
 "reyes2021": dict(authors=["Reyes", "Tamu"], title="Kaweyo oral traditions and conversation (2016–2020)", year=2021, doi="10.99999/elar.dk0789", kind=W),
 "seifart2018": dict(authors=["Seifart", "Evans", "Hammarström", "Levinson"], title="Language documentation twenty-five years on", year=2018, doi="10.1353/lan.2018.0070", kind=A),
 "sloetjes2008": dict(authors=["Sloetjes", "Wittenburg"], title="Annotation by category: ELAN and ISO DCR", year=2008, kind=CH),
 "tamu2019": dict(authors=["Tamu"], title="A grammar sketch of Kaweyo, a Papuan language of the Upper Wanaka valley", year=2019, kind=T),
 "thieberger2012": dict(authors=["Thieberger", "Berez"], title="Linguistic data management", year=2012, doi="10.1093/oxfordhb/9780199571888.013.0005", kind=CH),
 "woodbury2003": dict(authors=["Woodbury"], title="Defining documentary linguistics", year=2003, kind=CH),
}
put("asciidoc", "kaweyo-archive-en", {
 "about": "An invented English language-documentation corpus guide (the documentary corpus of Kaweyo, an invented Papuan language of an invented Upper Wanaka valley: recordings, ELAN annotation tiers, glossing, archive deposits) in AsciiDoc: document header with authors, revision line and attributes, an [abstract] section, <<key>> and <<key,pp. 46-47>>/<<key,ch. 5>> citations, two footnote:[…] macros each holding citations (each footnote a pair by its number at the line where it opens, the <<key>>s inside pairs of their own at their lines), section anchors [[sec-…]] cited by <<sec-archive>>/<<sec-annotation>> (cross references, no citations), a titled table with a citation in a cell, and a [bibliography] section of 18 [[[key]]] entries in Unified Style Sheet form (alphabetical), which is the literature in list order and the notes by key. Kinds: a WALS chapter `chapter`, WALS Online and Glottolog (Zenodo DOIs) `web`, ISO 639-3 by its title (the designation no part of it) `report`, ELAN and the Leipzig Glossing Rules page `web`, archived recordings with an item page or DOI (PARADISEC, ELAR) `web`. Invented: Kaweyo, the Upper Wanaka valley, the authors, the corpus and its numbers, Tamu 2019 (an MA thesis), Reyes 2017 (a PARADISEC-style item on catalog.paradisec.example.org) and Reyes and Tamu 2021 (an ELAR deposit, DOI 10.99999). Real works with data as the writer remembered them (the Aikhenvald and Thieberger DOIs, pages and versions may differ).",
 "document": "kaweyo-corpus-guide.adoc", "reader": "asciidoc", "clean": True,
 "notes": ad,
 "literature": list(ad.values()),
})

# ---- markdown-links: Dutch lexicography blog post, inline links, an unnumbered ## Bronnen list ----
ml = [
 dict(title="Het Nederlandsch Woordenboek", year=1864, url="https://www.delpher.example.org/nl/kranten/view?identifier=ddd:010123456:mpeg21:a0007", kind=A),
 dict(authors=["Atkins", "Rundell"], title="The Oxford Guide to Practical Lexicography", year=2008, url="https://global.oup.com/academic/product/the-oxford-guide-to-practical-lexicography-9780199277711", kind=B),
 dict(authors=["De Groot"], title="'Het woordenboek is nooit af': op bezoek bij de redactie van het ANW", year=2022, url="https://www.leidschnieuws.example.net/cultuur/2022/10/14/het-woordenboek-is-nooit-af", kind=A),
 dict(authors=["De Vries", "te Winkel"], title="Woordenboek der Nederlandsche Taal. Inleiding", year=1882, url="https://www.dbnl.org/tekst/vrie001inle01_01/", kind=B),
 dict(title="Electronic Lexicography", year=2012, doi="10.1093/acprof:oso/9780199654864.001.0001", kind=B),
 dict(authors=["Hendriks", "Peeters"], title="Neologismen in Nederlandse nieuwsteksten 2018–2022", year=2023, url="http://hdl.handle.net/21.99999/neo-2023-01", kind=W),
 dict(title="Algemeen Nederlands Woordenboek (ANW)", url="https://anw.ivdnt.org/", kind=W),
 dict(title="Woordenboek der Nederlandsche Taal (WNT)", url="https://gtb.ivdnt.org/search/?owner=WNT", kind=W),
 dict(title="Woordenlijst Nederlandse Taal", url="https://woordenlijst.org/", kind=W),
 dict(authors=["Oostdijk", "Reynaert", "Hoste", "Schuurman"], title="The construction of a 500-million-word reference corpus of contemporary written Dutch", year=2013, doi="10.1007/978-3-642-30910-6_13", kind=CH),
 dict(authors=["Tiberius", "Niestadt"], title="The ANW: an online Dutch dictionary", year=2010, url="https://euralex.org/publications/the-anw-an-online-dutch-dictionary/", kind=CH),
 dict(title="Van Dale Groot woordenboek van de Nederlandse taal", year=2015, url="https://www.vandale.nl/", kind=B),
 dict(title="A Practical Guide to Lexicography", year=2003, doi="10.1075/tlrp.6", kind=B),
 dict(authors=["Vermeulen"], title="Van kaartenbak tot database: de digitalisering van het WNT-archief, 1970–2001", year=2021, url="https://scripties.example.org/leiden/vermeulen-2021", kind=T),
]
put("markdown-links", "woordenboek-online-nl", {
 "about": "An invented Dutch lexicography blog post (the Woordenboek der Nederlandsche Taal from its first instalment in 1864 to its online edition, the online-only ANW, what users look up) in Markdown citing by inline links [tekst](url) woven into sentences and a bullet list, with navigation links at the top and contact/newsletter links at the foot (relative addresses, no citations), and an unnumbered ## Bronnen list of 14 entries with <…> addresses. Each body link to an address of the Bronnen list is a pair labelled by that entry's position n (repeated links too; a doi.org link the entry's DOI); the list is both the notes (by position) and the literature, no number. Editors (Granger and Paquot, Van Sterkenburg, den Boon and Hendrickx) and corporate bodies (Instituut voor de Nederlandse Taal, Nederlandse Taalunie) are not keyed; the Algemeen Handelsblad review (a newspaper article with no author) is keyed by its title. Invented: the blog and its author's post, the Delpher address and identifier of the 1864 review (delpher.example.org), De Groot 2022 and the newspaper Leidsch Nieuws (example.net), Hendriks and Peeters 2023 and its handle (prefix 21.99999), Vermeulen 2021 (scripties.example.org). Real works with data as the writer remembered them (the DBNL, OUP and Euralex addresses and the 1882 date of the Inleiding may differ).",
 "document": "woordenboek-online.md", "reader": "markdown-links", "clean": True,
 "notes": {str(i + 1): e for i, e in enumerate(ml)},
 "literature": ml,
})
