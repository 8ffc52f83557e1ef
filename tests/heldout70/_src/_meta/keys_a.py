"""Writes the meta.json of heldout70 half A's documents (typst, pandoc, supmarkdown, asciidoc,
markdown-links).  Round 83's theme: linguistics and lexicography; religion and theology.  Half A:
linguistics and lexicography, one sub-field per document (Kartvelian linguistics in Georgian,
lexicography in Faroese, corpus linguistics and historical lexicography in English, language
policy and standardisation in Luxembourgish, dialectology and language documentation in
Armenian).  Labels and lines come from the ⟦label⟧ annotations in the sources, checked on the
built files by check_a.py; fields are given here by hand.  Conventions: see ../../README.md,
"Half A".  In short: journal and newspaper articles `article`; monographs, grammars, printed
dictionaries (editor-only or a body's) and a body's orthography `book`; chapters and conference
papers `chapter`; laws, a grand-ducal regulation, a ministry's strategy and a language council's
report `report`; web pages, online dictionaries, corpora, datasets and software `web`; theses
`thesis`; archival items `unknown` with no title and no year.  Corporate authors, issuing bodies
and editors are not keyed.  Then:
  /work/main/.venv/bin/python tests/corpus_build/build.py tests/heldout70 zmna-ka ordabok-fo oed-corpus-en sprooch-lb barbar-hy
  python3 tests/heldout70/_src/_meta/check_a.py"""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
B, A, R, CH, W, T, U = "book", "article", "report", "chapter", "web", "thesis", "unknown"


def put(fmt, name, meta, file="meta.json"):
    p = os.path.join(HERE, "..", fmt, name, file)
    open(p, "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")


# ---- typst: Georgian, Kartvelian linguistics, refs.bib, style chicago-author-date ----
ty = {
 "shanidze1973": dict(authors=["შანიძე"], title="ქართული ენის გრამატიკის საფუძვლები", year=1973, kind=B),
 "kegl1950": dict(title="ქართული ენის განმარტებითი ლექსიკონი", year=1950, kind=B),
 "chikobava1938": dict(authors=["ჩიქობავა"], title="ჭანურ-მეგრულ-ქართული შედარებითი ლექსიკონი", year=1938, kind=B),
 "hewitt1995": dict(authors=["Hewitt"], title="Georgian: A Structural Reference Grammar", year=1995, doi="10.1075/loall.2", kind=B),
 "aronson1990": dict(authors=["Aronson"], title="Georgian: A Reading Grammar", year=1990, kind=B),
 "boeder2005": dict(authors=["Boeder"], title="The South Caucasian Languages", year=2005, doi="10.1016/j.lingua.2003.06.002", kind=A),
 "tuite1997": dict(authors=["Tuite"], title="Svan", year=1997, kind=B),
 "holisky1991": dict(authors=["Holisky"], title="Laz", year=1991, kind=CH),
 "kajaia2001": dict(authors=["ქაჯაია"], title="მეგრულ-ქართული ლექსიკონი", year=2001, kind=B),
 "melikishvili2001": dict(authors=["მელიქიშვილი"], title="ქართული ზმნის უღლების სისტემა", year=2001, kind=B),
 "gnc2024": dict(title="ქართული ენის ეროვნული კორპუსი (GNC)", year=2024, url="https://gnc.gov.ge/", kind=W),
 "beridze2021": dict(authors=["ბერიძე", "გოგოლაძე"], title="მწკრივთა ჯგუფები და ინვერსიული ზმნები ქართულ სასაუბრო მეტყველებაში", year=2021, doi="10.99999/enatm.2021.44.2.31", kind=A),
 "tsiklauri2018": dict(authors=["წიკლაური"], title="სვანური ზმნის ასპექტი და მწკრივები ბალსზემოურ კილოში", year=2018, url="https://dspace.example.org/handle/123/4471", kind=T),
 "harris2013": dict(authors=["Harris"], title="Georgian Screeves and the Problem of Series Marking", year=2013, doi="10.99999/iran.cauc.17.3.315", kind=A),
}
# chicago-author-date: author, else editor, else title; year; title.  Latin names before
# Mkhedruli ones (code point order; Mkhedruli's code points follow the Georgian alphabet).
TY_ORDER = ["aronson1990", "boeder2005", "harris2013", "hewitt1995", "holisky1991", "tuite1997", "beridze2021",
            "melikishvili2001", "gnc2024", "kajaia2001", "shanidze1973", "chikobava1938", "kegl1950", "tsiklauri2018"]
put("typst", "zmna-ka", {
 "about": "An invented Georgian (Mkhedruli) article on Kartvelian linguistics (the screeves and series of the Georgian verb from Shanidze to the Georgian National Corpus, the Explanatory Dictionary edited by Chikobava, Mingrelian, Laz and Svan) in Typst: #set document/page/text(lang: \"ka\")/par/heading, a centred title block with #super affiliation marks, @key, @key[გვ. 182–240], @key[თავი 3], two @key side by side (two pairs), #cite(<key>, form: \"prose\"), a bare #cite(<key>) and #cite(<key>, supplement: [გვ. 182]) in a #figure caption (two pairs on the caption's line), a labelled table <tab-mwkrivi> referred to by @tab-mwkrivi (a cross reference, no citation), #bibliography(\"refs.bib\", title: \"ლიტერატურა\", style: \"chicago-author-date\"). refs.bib (biblatex, one field a line; Georgian works in Mkhedruli): real works with data as remembered (Shanidze's Kartuli enis gramatikis sapudzvlebi I, 1973 edition; the Explanatory Dictionary (KEGL) vol. 1, 1950, as an editor-only @book (Chikobava, editor not keyed); Chikobava's Chan-Megrelian-Georgian comparative dictionary 1938; Hewitt 1995 with its DOI as remembered; Aronson 1990; Boeder 2005 in Lingua, DOI as remembered; Tuite 1997; Holisky's 'Laz' in Harris (ed.) 1991; Kajaia's Megrelian-Georgian dictionary vol. 1, 2001, publisher as remembered; Melikishvili 2001; the Georgian National Corpus at gnc.gov.ge (its version 3.2 in a version field is invented)). Invented: the authors Tamar Khurtsidze and Davit Lortkipanidze and their affiliations, Nino Beridze and Levan Gogoladze's article and its journal (DOI 10.99999/...), Mariam Tsiklauri's thesis (host dspace.example.org), the article 'Georgian Screeves and the Problem of Series Marking' credited to the real scholar Alice C. Harris in Iran and the Caucasus (DOI 10.99999/...), the frequency figure in the text. Every entry is cited; clean.",
 "document": "zmna.typ", "reader": "typst", "clean": True,
 "notes": ty,
 "literature": [ty[k] for k in TY_ORDER],
})

# ---- pandoc: Faroese lexicography, refs.bib, csl chicago-author-date.csl, lang fo ----
pd = {
 "jakobsen1921": dict(authors=["Jakobsen"], title="Etymologisk ordbog over det norrøne sprog på Shetland", year=1921, kind=B),
 "jacobsen1961": dict(authors=["Jacobsen", "Matras"], title="Føroysk–donsk orðabók", year=1961, kind=B),
 "poulsen1998": dict(authors=["Poulsen", "Simonsen", "í Lon Jacobsen", "Johansen", "Johansen"], title="Føroysk orðabók", year=1998, kind=B),
 "hammershaimb1891": dict(authors=["Hammershaimb"], title="Færøsk anthologi", year=1891, kind=B),
 "young1985": dict(authors=["Young", "Clewer"], title="Føroysk–ensk orðabók", year=1985, kind=B),
 "thrainsson2004": dict(authors=["Thráinsson", "Petersen", "í Lon Jacobsen", "Hansen"], title="Faroese: An Overview and Reference Grammar", year=2004, kind=B),
 "petersen2010": dict(authors=["Petersen"], title="The Dynamics of Faroese–Danish Language Contact", year=2010, kind=B),
 "sprotin2025": dict(title="Orðabøkur á netinum", year=2025, url="https://sprotin.fo/dictionaries", kind=W),
 "dahl2019": dict(authors=["Dahl", "Niclasen"], title="Nýggjyrði í føroyskum 1950–2010: Ein korpuskanning", year=2019, doi="10.99999/fsr.66.2019.44", kind=A),
 "hojgaard2018": dict(authors=["Højgaard"], title="From Print to Platform: Revising a Faroese Bilingual Dictionary for Mobile Use", year=2018, kind=CH),
 "malrad2012": dict(title="Nýggj orð í føroyskum: Frágreiðing um orðasmíð 2008–2011", year=2012, kind=R),
 "ordatekst2023": dict(title="Føroyska orðatekstsavnið", year=2023, url="https://korpus.example.net/ordatekst", kind=W),
 "joensen2016": dict(authors=["Joensen"], title="Málreinsan og orðabókin: Danskar lánsorð í Føroyskari orðabók 1998", year=2016, url="https://setur.example.org/ritgerdir/joensen-2016", kind=T),
 "simonsen2008": dict(authors=["Simonsen"], title="Tá ið Føroysk orðabók varð til: Arbeiðið á orðabókadeildini 1978–1998", year=2008, doi="10.99999/ijl/ecn027", kind=A),
}
# chicago-author-date.csl (not in the folder), lang fo: author (corporate by name), else title; year; title.
# The dataset has no author and files under its title (F); ø and ð stand only where both orders agree.
PD_ORDER = ["dahl2019", "ordatekst2023", "hammershaimb1891", "hojgaard2018", "jacobsen1961", "jakobsen1921", "joensen2016",
            "malrad2012", "petersen2010", "poulsen1998", "simonsen2008", "sprotin2025", "thrainsson2004", "young1985"]
put("pandoc", "ordabok-fo", {
 "about": "An invented Faroese article on lexicography (from Jakob Jakobsen's word collections and Hammershaimb's glossary to the Føroysk-donsk orðabók, the monolingual Føroysk orðabók of 1998, purism and neologisms, and Sprotin's online dictionaries) in Pandoc Markdown: YAML header with title, two authors with affiliations, date, lang: fo, abstract, keywords, bibliography: refs.bib (biblatex), csl: chicago-author-date.csl (not in the folder), link-citations; citations [@key, s. 5--9], [@key], [sí eisini @key, s. 31--36], narrative @key [s. iii--vii] and @key, suppressed-author [-@key, s. 392--398], [@key, kap. 4], [@a, s. 52; sbr. @b], [@a, s. ix; @b], [@a; @b], three cells of a pipe table's source column (four pairs), one inline note ^[...] opening on one line and holding a citation on its next line (the note a pair ^1 at the line where it opens, the citation a pair of its own), a 'Bókmentir {-}' heading with ::: {#refs}. refs.bib: real works with data as remembered (Jakobsen's Etymologisk ordbog 1921, Jacobsen and Matras 1961, Poulsen et al. 1998 with five authors as remembered, the particle name Jógvan í Lon Jacobsen braced as a family name, Hammershaimb 1891, Young and Clewer 1985, Thráinsson et al. 2004, Petersen 2010, the Sprotin site (path as remembered), the EURALEX 2018 proceedings volume and its editors). Invented: the authors Rannvá Joensen Hentze and Óli Mikkelsen, Rakul Dahl and Eyðun Niclasen's Fróðskaparrit article (DOI 10.99999/...), Sára Højgaard's EURALEX paper, the Málráðið report and its number, the dataset Føroyska orðatekstsavnið and its version 1.2 (host korpus.example.net), Turið Joensen's MA thesis (host setur.example.org), the article 'Tá ið Føroysk orðabók varð til' credited to the real lexicographer Marjun Simonsen in the International Journal of Lexicography (DOI 10.99999/...). Every entry is cited; clean.",
 "document": "ordabok.md", "reader": "pandoc-markdown", "clean": True,
 "notes": pd,
 "literature": [pd[k] for k in PD_ORDER],
})

# ---- supmarkdown: English corpus linguistics and historical lexicography, <sup>n</sup>, numbered ## References ----
sm = [
 dict(authors=["Murray"], title="Caught in the web of words: James A. H. Murray and the Oxford English Dictionary", year=1977, kind=B),
 dict(authors=["Gilliver"], title="The making of the Oxford English Dictionary", year=2016, kind=B),
 dict(title="Oxford English Dictionary Online", year=2000, url="https://www.oed.com/", kind=W),
 dict(authors=["Simpson"], title="The word detective: searching for the meaning of it all at the Oxford English Dictionary", year=2016, kind=B),
 dict(authors=["Brewer"], title="Treasure-house of the language: the living OED", year=2007, kind=B),
 dict(title="The British National Corpus, XML Edition", year=2007, url="http://hdl.handle.net/20.500.12024/2554", kind=W),
 dict(authors=["Davies"], title="The Corpus of Contemporary American English (COCA)", year=2008, url="https://www.english-corpora.org/coca/", kind=W),
 dict(authors=["Davies"], title="The 385+ million word Corpus of Contemporary American English (1990–2008+): design, architecture, and linguistic insights", year=2009, doi="10.1075/ijcl.14.2.02dav", kind=A),
 dict(authors=["Love", "Dembry", "Hardie", "Brezina", "McEnery"], title="The Spoken BNC2014: designing and building a spoken corpus of everyday conversations", year=2017, doi="10.1075/ijcl.22.3.02lov", kind=A),
 dict(authors=["Anthony"], title="AntConc", year=2022, url="https://www.laurenceanthony.net/software/antconc/", kind=W),
 dict(authors=["Brezina", "McEnery", "Wattam"], title="Collocations in context: a new perspective on collocation networks", year=2015, doi="10.1075/ijcl.20.2.01bre", kind=A),
 dict(authors=["McEnery", "Hardie"], title="Corpus linguistics: method, theory and practice", year=2012, kind=B),
 dict(authors=["Ferrant"], title="Slips, databases and the dating of senses in OED3", year=2016, kind=CH),
 dict(title="Middle English Compendium", year=2018, url="https://quod.lib.umich.edu/m/middle-english-dictionary/", kind=W),
 dict(authors=["Durkin"], title="The Oxford guide to etymology", year=2009, kind=B),
 dict(authors=["Okonjo-Lyle"], title="Corpus overlap in the revised OED, R–S", year=2023, url="https://theses.carrowmore.example.org/okonjo-lyle-2023", kind=T),
 dict(authors=["Whitcombe"], title="Sampling the past: what a historical dictionary is not", year=2021, doi="10.99999/ijl/ecaa031", kind=A),
 dict(authors=["Mugglestone"], title="Lost for words: the hidden history of the Oxford English Dictionary", year=2005, kind=B),
]
put("supmarkdown", "oed-corpus-en", {
 "about": "An invented English preprint on corpus linguistics and historical lexicography (the OED's third-edition revision, its evidence, reference corpora and their versions, a concordancer's release) in Markdown with <sup>n</sup> note numbers (comma lists one pair per number; three pairs in three cells of a table's source column) and a numbered '## References' list in Vancouver form, as a preprint pastes it. Real works with data as remembered: K. M. E. Murray 1977, Gilliver 2016, the OED Online, Simpson 2016, Brewer 2007, the BNC XML Edition (handle as remembered; BNC Consortium a body, not keyed), COCA and Davies 2009 (DOI as remembered), Love et al. 2017 and Brezina et al. 2015 (DOIs as remembered), AntConc 4.2.0 (year and path as remembered), McEnery and Hardie 2012, the Middle English Compendium (McSparran editor, not keyed; year as remembered), Durkin 2009, The Oxford Handbook of Lexicography edited by Durkin 2016, Mugglestone 2005. Invented: the author Alasdair Penhallow-Reyes and the University of Carrowmore, A. Ferrant's chapter in the Durkin handbook, T. Okonjo-Lyle's thesis (host theses.carrowmore.example.org), H. Whitcombe's International Journal of Lexicography article (DOI 10.99999/...), the figures in the text. Entry 18 (Mugglestone 2005) is cited nowhere: the planted defect uncited-literature-entry at its line.",
 "document": "oed.md", "reader": "sup-markdown", "clean": True,
 "notes": {str(i + 1): e for i, e in enumerate(sm[:17])},
 "literature": [dict(number=i + 1, **e) for i, e in enumerate(sm)],
})

# ---- asciidoc: Luxembourgish language policy and standardisation, <<key>> and footnote:[...], [bibliography] ----
ad = {
 "anlux-cpll": dict(kind=U),
 "bruch1953": dict(authors=["Bruch"], title="Grundlegung einer Geschichte des Luxemburgischen", year=1953, kind=B),
 "fehlen2009": dict(authors=["Fehlen"], title="BaleineBis: Une enquête sur un marché linguistique multilingue en profonde mutation", year=2009, kind=B),
 "gilles2019": dict(authors=["Gilles"], title="Anglizismen am Lëtzebuergeschen: Integratioun an Orthografie", year=2019, doi="10.99999/zls.2019.4.15", kind=A),
 "gilles2013": dict(authors=["Gilles", "Trouvain"], title="Luxembourgish", year=2013, doi="10.1017/S0025100312000278", kind=A),
 "horner2008": dict(authors=["Horner", "Weber"], title="The Language Situation in Luxembourg", year=2008, doi="10.2167/cilp130.0", kind=A),
 "lod2025": dict(title="Lëtzebuerger Online Dictionnaire (LOD)", year=2025, url="https://lod.lu/", kind=W),
 "loi2018": dict(title="Loi du 20 juillet 2018 portant création d'un poste de Commissaire à la langue luxembourgeoise", year=2018, url="https://legilux.public.lu/eli/etat/leg/loi/2018/07/20/a623/jo", kind=R),
 "loi1984": dict(title="Loi du 24 février 1984 sur le régime des langues", year=1984, url="https://legilux.public.lu/eli/etat/leg/loi/1984/02/24/n1/jo", kind=R),
 "strategie2017": dict(title="Strategie fir d'Promotioun vun der Lëtzebuerger Sprooch: 40 Punkten", year=2017, kind=R),
 "newton1996": dict(title="Luxembourg and Lëtzebuergesch: Language and Communication at the Crossroads of Europe", year=1996, kind=B),
 "rgd1999": dict(title="Règlement grand-ducal du 30 juillet 1999 portant réforme du système officiel d'orthographe luxembourgeoise", year=1999, kind=R),
 "ries2021": dict(authors=["Ries"], title="Norm a Variatioun am Lëtzebuerger Online Dictionnaire", year=2021, url="https://orbilu.example.org/handle/10993/48812", kind=T),
 "schanen2003": dict(authors=["Schanen", "Lulling"], title="Introduction à l'orthographe luxembourgeoise", year=2003, kind=B),
 "zls2019": dict(title="D'Lëtzebuerger Orthografie", year=2019, kind=B),
}
AD_ORDER = list(ad)  # list order: the unprinted source, then alphabetical order (ë, é, è as e)
put("asciidoc", "sprooch-lb", {
 "about": "An invented Luxembourgish article on language policy and standardisation (the language law of 1984, the orthography of 1999 and its reform of 2019, the Zenter fir d'Lëtzebuerger Sprooch and the Commissioner, the LOD) in AsciiDoc: a header with author line (host sproochpolitik.example.org) and attributes, an [abstract] block, <<key>> and <<key,S. 72–85>>/<<key,Kap. 5>> citations, two <<key>> side by side (two pairs), two footnote:[...] that open on one line and hold a <<key>> on the next (each footnote a pair 1, 2 at the line where it opens, its <<key>> a pair of its own), a section anchor [[gesetz]] referred to by <<gesetz>> (no citation), three <<key>> in table cells, and a [bibliography] section 'Bibliographie' with two lists (Ongedréckt Quellen: one archival item; Gedréckt Quellen an Internetsäiten: fourteen entries in alphabetical order, persons inverted, 'an' between authors, 'Hrsg.' for an editor, laws under their titles). Real works with data as remembered: Bruch 1953, Fehlen 2009, Gilles and Trouvain 2013 in JIPA (DOI as remembered), Horner and Weber 2008 (DOI as remembered), the LOD at lod.lu, the law of 24 February 1984 (Mémorial A n° 16, address as remembered), the law of 20 July 2018 creating the Commissioner (Mémorial number and address as remembered, possibly wrong), the règlement grand-ducal of 30 July 1999 (Mémorial number as remembered), Newton (ed.) 1996 (editor not keyed), Schanen and Lulling 2003 (publisher as remembered), the ministry's strategy for the promotion of Luxembourgish (year and title as remembered), the ZLS's D'Lëtzebuerger Orthografie 2019. Invented: the author Joëlle Kremer-Feipel, Peter Gilles's 2019 article and its journal (DOI 10.99999/...; the real scholar credited with an invented title), Claudine Ries's thesis (host orbilu.example.org), the archival shelf mark CPLL-0127. Planted defect: <<hoffmann1996>> names no [[[hoffmann1996]]] entry: missing-literature-entry at its line, the citation keyed as a pair with no note.",
 "document": "sprooch.adoc", "reader": "asciidoc", "clean": True,
 "notes": ad,
 "literature": [ad[k] for k in AD_ORDER],
})

# ---- markdown-links: Armenian dialectology and language documentation, inline links, further-reading list ----
ml = [
 dict(authors=["Աճառյան"], title="Հայ բարբառագիտություն: Ներածություն և դասավորություն բարբառների", year=1911, url="https://arar.example.org/hy/ajaryan-1911", kind=B),
 dict(authors=["Աճառյան"], title="Քննություն Համշենի բարբառի", year=1947, url="https://arar.example.org/hy/ajaryan-1947", kind=B),
 dict(authors=["Աճառյան"], title="Հայերեն արմատական բառարան", year=1971, url="https://arar.example.org/hy/hab-1", kind=B),
 dict(title="Հայերենի բարբառային բառարան", year=2001, url="https://www.ilinguistics.example.org/publications/bbb-1", kind=B),
 dict(title="Բարբառագիտության բաժին", year=2024, url="https://www.ilinguistics.example.org/dialectology", kind=W),
 dict(url="https://matenadaran.example.org/archive/ajaryan/14", kind=U),
 dict(authors=["Սարգսյան"], title="Էրզրումի բարբառի ներկա վիճակը", year=2015, url="https://dspace.example.net/ysu/sargsyan-2015", kind=T),
 dict(authors=["Քոչարյան"], title="Վերջին խոսողները", year=2022, url="https://azg.example.net/2022/03/14/verjin-khosoghnery", kind=A),
 dict(authors=["Dum-Tragut"], title="Armenian: Modern Eastern Armenian", year=2009, doi="10.1075/loall.14", kind=B),
 dict(title="Eastern Armenian National Corpus (EANC)", year=2024, url="http://www.eanc.net/", kind=W),
 dict(authors=["Hovhannisyan"], title="Documentation of the Sasun dialect of Armenian", year=2020, url="https://www.elararchive.example.org/dk0612", kind=W),
 dict(authors=["Martirosyan"], title="Loanwords in the Hamshen Armenian lexicon", year=2019, doi="10.99999/iran.cauc.23.2.155", kind=A),
 dict(authors=["Vaux"], title="The phonology of Armenian", year=1998, url="https://global.oup.example.net/vaux-1998", kind=B),
 dict(authors=["Vaux"], title="Homshetsma: The language of the Armenians of Hamshen", year=2007, url="https://www.routledge.com/The-Hemshin/Simonian/p/book/9780700736560", kind=CH),
]
put("markdown-links", "barbar-hy", {
 "about": "An invented Armenian (Eastern Armenian, Armenian script) heritage-site article on dialectology and language documentation (Ačaṙyan's classification and dictionaries, Eastern and Western Armenian, the Hamshen dialect, the Institute of Language's dialect dictionary, recordings of endangered dialects) citing by inline [text](http...) links only, with relative navigation and footer links and a '#kap' anchor (no citations), and an unnumbered '## Լրացուցիչ ընթերցանություն' list in APA form with <...> addresses: Armenian-script entries first in Armenian alphabetical order, then Latin-script ones in Latin order; each body link to a list address is a pair labelled by that entry's position (repeated links too). Real works with data as remembered: Ačaṙyan's Hay barbaragitutʿyun 1911, his Kʿnnutʿyun Hamšeni barbaṙi 1947, his Root Dictionary (1971 edition, vol. 1), the Institute of Language's Dialect Dictionary vol. 1 (2001, publisher as remembered; the institute a body, not keyed), Dum-Tragut 2009 (DOI as remembered), the EANC at eanc.net, Vaux 1998, Vaux's 'Homshetsma' chapter in Simonian (ed.) 2007 (pages as remembered; an invented path on the real host routledge.com). Invented: the author Ani Torosyan and the project, the digital-library host arar.example.org for Ačaṙyan's books, the Institute's pages (host ilinguistics.example.org), the Matenadaran folder (host matenadaran.example.org), L. Sargsyan's candidate dissertation (host dspace.example.net), N. Kocharyan's newspaper piece in Azg (host azg.example.net), K. Hovhannisyan's ELAR deposit and its version (host elararchive.example.org), A. Martirosyan's Iran and the Caucasus article (DOI 10.99999/...), the OUP catalogue page (host global.oup.example.net). Every entry is linked; clean.",
 "document": "barbar.md", "reader": "markdown-links", "clean": True,
 "notes": {str(i + 1): e for i, e in enumerate(ml)},
 "literature": ml,
})
