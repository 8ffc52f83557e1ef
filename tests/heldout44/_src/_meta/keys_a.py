"""Writes the meta.json of heldout44 half A's documents (latex, docx, rst, pdftext, pandoc).
Labels and lines come from the ⟦label⟧ annotations in the sources (checked with grep -n on the
built files); fields are given here by hand.  Conventions (see ../../README.md): the work's own
title (not its container, series, editors, edition, translator); authors are surnames, editors
of a collective work, translators and corporate authors are not keyed (an edited volume cited
whole has no `authors`); year of the edition cited; DOIs bare; URLs with scheme; kinds per the
last section of tests/corpus/README.md (chapter in an edited volume, encyclopedia entry,
conference paper or talk: chapter; book review, newspaper article: article; working paper,
numbered report, legislation, RFC: report; thesis: thesis).
Then:
  .venv/bin/python tests/corpus_build/build.py tests/heldout44 verdi-reception cache-eviction-pt quart-heure-fr consorcios-publicos
  .venv/bin/python tests/corpus_build/build_docx.py tests/heldout44 delos-league"""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
B, A, C, R, CH, W, T, U = "book", "article", "commentary", "report", "chapter", "web", "thesis", "unknown"


def put(fmt, name, meta):
    p = os.path.join(HERE, "..", fmt, name, "meta.json")
    open(p, "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")


# ---- latex: English musicology thesis, main.tex + \input chapters, biblatex authoryear ----
bib = {
 "abbate1991": dict(authors=["Abbate"], title="Unsung Voices: Opera and Musical Narrative in the Nineteenth Century", year=1991, kind=B),
 "balthazar2004": dict(title="The Cambridge Companion to Verdi", year=2004, doi="10.1017/CCOL9780521632287", kind=B),
 "benedetti2019": dict(authors=["Benedetti"], title="Orchestral Parts in the Ricordi Archive: A Condition Survey", year=2019, url="https://www.archivioricordi.example/reports/condition-survey-2019.pdf", kind=R),
 "budden1978": dict(authors=["Budden"], title="From Il trovatore to La forza del destino", year=1978, kind=B),
 "budden1992": dict(authors=["Budden"], title="The Operas of Verdi", year=1992, kind=B),
 "dahlhaus1989": dict(authors=["Dahlhaus"], title="Nineteenth-Century Music", year=1989, kind=B),
 "draycott2004": dict(authors=["Draycott"], title="Verdi's Censors and the Neapolitan Stage, 1849–1859", year=2004, kind=CH),
 "fairweather2016": dict(authors=["Fairweather"], title="Reviewing the Reviewers: Verdi in the London Press, 1847–1862", year=2016, doi="10.1017/S0954586716000142", kind=A),
 "gossett2006": dict(authors=["Gossett"], title="Divas and Scholars: Performing Italian Opera", year=2006, kind=B),
 "holloway2015": dict(authors=["Holloway"], title="Staging Verdi in Victorian London, 1845–1880", year=2015, kind=T),
 "kerman1988": dict(authors=["Kerman"], title="Opera as Drama", year=1988, kind=B),
 "lindqvist2021": dict(authors=["Lindqvist", "Okoye"], title="Measuring Tempo Drift in Early Verdi Recordings, 1902–1925", year=2021, url="https://archives.ismir.example/ismir2021/paper/000052.pdf", kind=CH),
 "parker1992": dict(authors=["Parker"], title="Verdi, Giuseppe (Fortunino Francesco)", year=1992, kind=CH),
 "pratt2007": dict(authors=["Pratt"], title="Review of Divas and Scholars: Performing Italian Opera, by Philip Gossett", year=2007, kind=A),
 "rivaldi2004": dict(authors=["Rivaldi"], title="Who Sings the Chorus? Ensemble and Nation in Nabucco", year=2004, kind=CH),
}
# (a key cited only by \footcite is a numbered footnote, never a note labelled by its key:
# kerman1988, gossett2006 and benedetti2019 are notes 2, 3 and 5 -- key correction 2026-12-04)
lnotes = {k: v for k, v in bib.items() if k not in ("kerman1988", "gossett2006", "benedetti2019")}
lnotes.update({"1": dict(kind=C), "2": bib["kerman1988"], "3": bib["gossett2006"], "4": bib["rivaldi2004"],
               "5": bib["benedetti2019"], "6": bib["dahlhaus1989"]})
order = ["abbate1991", "balthazar2004", "benedetti2019", "budden1978", "budden1992", "dahlhaus1989", "draycott2004",
         "fairweather2016", "gossett2006", "holloway2015", "kerman1988", "lindqvist2021", "parker1992", "pratt2007", "rivaldi2004"]
put("latex", "verdi-reception", {
 "about": "An invented English musicology PhD thesis (Verdi's reception in London, 1847-1880): main.tex (report class with \\counterwithout{footnote}{chapter}, so one note series) \\input-ing chapters/introduction.tex and chapters/sources.tex; biblatex style=authoryear with refs.bib: @collection cited whole and two @incollection children by crossref, @mvbook with volumes/edition/origdate, @book with maintitle/volume and \\emph in the title, @incollection in a dictionary (booktitle, editor, volume), @book with translator/origtitle/origdate/series/number, title+subtitle fields (keyed joined by ': '), @book with edition = {New and revised} and origdate, a review as @article titled 'Review of ...', an @article with issuetitle (special issue), @report with type/institution/number, @thesis type phdthesis, @inproceedings with eventtitle and editors. Citations: \\autocite with pre/postnotes, \\textcite, \\Textcite, \\footcite[pre][post]{key} (one split over two lines, keyed at the line where it starts) and one plain \\footnote (note 1, commentary). Labels: .bib keys for \\autocite/\\textcite; footnote numbers for \\footcite (heldout31 convention), its note being the cited entry. Lines are lines of the included file. Literature: the cited entries in nyt order (editor as sort name for the collection). Invented: the thesis, Draycott, Rivaldi, Pratt, Fairweather (and DOI), Benedetti (and URL), Holloway, Lindqvist & Okoye (and URL). Real with data as remembered: Abbate, Balthazar (DOI as remembered), Budden, Dahlhaus, Gossett, Kerman, Parker's Grove article. Planted: \\textcite{holloway2016} (sources.tex line 21) has no entry in refs.bib: missing-literature-entry (no pair keyed for it).",
 "document": "main.tex", "reader": "latex", "clean": True, "lang": "en",
 "notes": lnotes, "literature": [bib[k] for k in order],
})

# ---- docx: English classics chapter, Chicago notes-bibliography footnotes, typed Bibliography ----
meiggs = dict(authors=["Meiggs"], title="The Athenian Empire", year=1972, kind=B)
rhodes_cah = dict(authors=["Rhodes"], title="The Delian League to 449 B.C.", year=1992, kind=CH)
thuc = dict(authors=["Thucydides"], title="History of the Peloponnesian War", year=1972, kind=B)
kallet = dict(authors=["Kallet"], title="The Fifth Century: Political and Military Narrative", year=2000, kind=CH)
low = dict(title="The Athenian Empire", year=2008, kind=B)
ml = dict(title="A Selection of Greek Historical Inscriptions to the End of the Fifth Century B.C.", year=1988, kind=B)
samons = dict(authors=["Samons"], title="Empire of the Owl: Athenian Imperial Finance", year=2000, kind=B)
ashby = dict(authors=["Ashby"], year=2001, url="https://bmcr.brynmawr.edu/2001/2001.03.12/", kind=A)
marlowe = dict(authors=["Marlowe"], title="Tribute and Trust: The Athenian Tribute Lists as Documents", year=2018, kind=T)
grote = dict(authors=["Grote"], title="A History of Greece", kind=B)
rhodes_ocd = dict(authors=["Rhodes"], title="Delian League", year=2012, kind=CH)
ober = dict(authors=["Ober"], title="Wealthy Hellas", year=2010, url="http://www.princeton.edu/~pswpc/pdfs/ober/100901.pdf", kind=R)
hadley = dict(authors=["Hadley"], title="Acropolis Now! The Treasure of Athena Goes on Show", year=2025, kind=A)
dnotes = {"1": meiggs, "2": rhodes_cah, "3": thuc, "4": thuc, "5": dict(authors=["Meiggs"], title="The Athenian Empire", kind=B),
          "6": kallet, "7": low, "8": ml, "9": ml, "10": samons, "11": ashby, "12": marlowe, "13": grote,
          "14": rhodes_ocd, "15": ober, "16": hadley, "17": dict(title=ml["title"], kind=B),
          "18": dict(authors=["Rhodes"], title=rhodes_cah["title"], kind=CH),
          "19": dict(authors=["Kallet"], title=kallet["title"], kind=CH)}
put("docx", "delos-league", {
 "about": "An invented English classics chapter draft (the Delian League and the Athenian empire) typed in Word: headings, 19 footnotes in Chicago notes-bibliography style (full first notes, short notes, 'Ibid.', 'Ibid., no. 45.'), a typed Bibliography of plain paragraphs in alphabetical order with a 3-em dash (———.) repeating Rhodes. Container forms: a chapter in the Cambridge Ancient History (2nd ed., vol. 5 with its volume title, ed. D. M. Lewis et al.), a chapter in an edited volume in a series, an edited volume cited whole (Low, ed.; Meiggs and Lewis, eds., rev. ed.: keyed with no authors), a translation (Thucydides, trans. Rex Warner), a monograph in a numbered series (Historia Einzelschriften 142), a review with no title of its own ('review of *Empire of the Owl*…', keyed without title), a PhD dissertation, a reprint (Grote 1862, repr. 2010: year not keyed, the edition cited is ambiguous), an encyclopedia entry (OCD 4th ed.), a working paper in a numbered series with URL, a newspaper article with section and page and a title ending in '!'-phrase. Labels: footnote numbers; lines: body paragraph numbers. Short notes and Ibid. carry the fields of the work they repeat (short notes: no year). Literature: the 13 Bibliography paragraphs in document order. Invented: the chapter, Ashby's review, Marlowe's thesis, Hadley's Guardian article. Real with data as remembered: Meiggs, Rhodes (CAH and OCD), Thucydides/Warner, Kallet, Low, Meiggs-Lewis, Samons, Grote, Ober (URL as remembered). Clean.",
 "document": "delos-league.docx", "reader": "docx", "clean": True, "lang": "en-GB",
 "notes": dnotes,
 "literature": [ashby, grote, hadley, kallet, low, marlowe, meiggs, ml, ober, rhodes_ocd, rhodes_cah, samons, thuc],
})

# ---- rst: Portuguese computer-science report, Sphinx [Label]_ citations, ABNT-style definitions ----
rnotes = {
 "AC20": dict(authors=["Aguiar", "Costa"], title="Caches distribuídos: do memcached às CDNs", year=2020, kind=CH),
 "BBS20": dict(authors=["Berg"], title="The CacheLib caching engine: design and experiences at scale", year=2020, kind=CH),
 "Bel66": dict(authors=["Belady"], title="A study of replacement algorithms for a virtual-storage computer", year=1966, doi="10.1147/sj.52.0078", kind=A),
 "JZ02": dict(authors=["Jiang", "Zhang"], title="LIRS: an efficient low inter-reference recency set replacement policy to improve buffer cache performance", year=2002, doi="10.1145/511334.511340", kind=CH),
 "Knu98": dict(authors=["Knuth"], title="The Art of Computer Programming", year=1998, kind=B),
 "Lop21": dict(authors=["Lopes"], title="Cacheabilidade do tráfego HTTP na rede da universidade: medições de 2020", year=2021, url="https://www.ic.unicamp.example/reltec/2021/21-07.pdf", kind=R),
 "MM03": dict(authors=["Megiddo", "Modha"], title="ARC: a self-tuning, low overhead replacement cache", year=2003, kind=CH),
 "OOW93": dict(authors=["O'Neil", "O'Neil", "Weikum"], title="The LRU-K page replacement algorithm for database disk buffering", year=1993, doi="10.1145/170035.170081", kind=CH),
 "Pet18": dict(authors=["Petrov"], title="Buffer replacement policies", year=2018, kind=CH),
 "RFC9111": dict(title="HTTP Caching", year=2022, url="https://www.rfc-editor.org/rfc/rfc9111", kind=R),
 "Sil19": dict(authors=["Silva"], title="Avaliação de políticas de cache para CDNs em redes acadêmicas brasileiras", year=2019, kind=T),
 "TB16": dict(authors=["Tanenbaum", "Bos"], title="Sistemas operacionais modernos", year=2016, kind=B),
 "YZY23": dict(authors=["Yang", "Zhang", "Qiu", "Yue", "Vinayak"], title="FIFO queues are all you need for cache eviction", year=2023, doi="10.1145/3600006.3613147", kind=CH),
}
put("rst", "cache-eviction-pt", {
 "about": "An invented Portuguese (pt-BR) computer-science internal report (cache replacement policies for CDN edge servers) as a Sphinx reStructuredText page: field list, contents directive, a note directive, inline literals, citations `[Label]_` (two on one line twice) with `.. [Label]` definitions under 'Referências' written in ABNT NBR 6023 style (SURNAME, Given; *In*: EDITOR (org./ed.). *Container*. place: publisher, year. (Series, n.). p. x–y.; '*Anais* [...]', '*Proceedings* [...]', '[S. l.]', 'Tradução de', 'Título original: … [2014]', 'Dissertação (Mestrado …) – University', 'Disponível em: … Acesso em: …', 'DOI: …', '*et al.*'). Container forms: conference papers in proceedings (chapter), a chapter in an organised volume in a numbered series, an encyclopedia entry (2nd ed.), a translated textbook (4th ed.), a multi-volume work (v. 3, 2nd ed.), a technical report in a numbered series, a master's dissertation, an RFC with '(ed.)' authors (keyed with no authors: its editors). Labels: the citation labels; each definition is keyed as the note of its label (heldout41's Sphinx convention), no literature keyed. Invented: the report and its authors, Aguiar & Costa's chapter and Moreira's volume, Petrov's entry, Lopes's Unicamp report and URL, Silva's dissertation. Real with data as remembered: Belady, Megiddo & Modha, O'Neil et al., Jiang & Zhang, Berg et al. (CacheLib), Yang et al. (SOSP '23), Knuth, Tanenbaum & Bos (translation details as remembered), RFC 9111. Clean.",
 "document": "cache-eviction-pt.rst", "reader": "rst", "clean": True, "lang": "pt",
 "notes": rnotes,
})

# ---- pdftext: French urban-planning journal article, footnotes at page bottoms, Bibliographie ----
moreno = dict(authors=["Moreno", "Allam", "Chabaud", "Gall", "Pratlong"], title="Introducing the “15-Minute City”: Sustainability, Resilience and Place Identity in Future Post-Pandemic Cities", year=2021, doi="10.3390/smartcities4010006", kind=A)
marchand = dict(authors=["Marchand"], title="Paris à quinze minutes : le pari tient-il ?", year=2024, kind=A)
choay = dict(authors=["Choay"], title="L’Urbanisme, utopies et réalités. Une anthologie", year=1965, kind=B)
lefebvre = dict(authors=["Lefebvre"], title="Le Droit à la ville", year=2009, kind=B)
jacobs = dict(authors=["Jacobs"], title="Déclin et survie des grandes villes américaines", year=1991, kind=B)
duby = dict(title="La Ville de l’âge industriel. Le cycle haussmannien", year=1983, kind=B)
delaunay = dict(authors=["Delaunay"], title="Sarcelles, ou la ville sans centre ?", year=1988, kind=CH)
paquot = dict(title="Le Quotidien urbain. Essais sur les temps des villes", year=2001, kind=B)
roussel = dict(authors=["Roussel"], title="Les Temps de la ville. Chronotopies et politiques publiques à Rennes et Poitiers", year=2017, kind=T)
garnier = dict(authors=["Garnier"], title="La ville du quart d’heure à l’épreuve des données", year=2021, kind=R)
berthier = dict(authors=["Berthier"], title="Mesurer l’accessibilité à quinze minutes : une comparaison de quatre métropoles", year=2023, kind=CH)
pereira = dict(authors=["Pereira", "Costa"], title="Qui peut vivre à quinze minutes ? Les biais des indicateurs d’accessibilité", year=2022, kind=R)
merlin = dict(authors=["Merlin"], title="Urbanisme", year=2010, kind=CH)
pnotes = {"1": moreno, "2": marchand, "3": choay, "4": lefebvre, "5": jacobs, "6": duby, "7": delaunay,
          "8": dict(authors=["Lefebvre"], title=lefebvre["title"], kind=B), "9": paquot, "11": roussel, "12": roussel,
          "13": dict(garnier, url="https://www.institutparisregion.example/nos-travaux/publications/note-rapide-900/"),
          "14": berthier, "15": pereira, "16": merlin,
          "17": dict(authors=["Moreno"], title=moreno["title"], kind=A)}
put("pdftext", "quart-heure-fr", {
 "about": "An invented French urban-planning journal article ('La ville du quart d’heure, une vieille idée ?') written by hand in the shape pdftotext (no -layout) gives a LaTeX/InDesign journal PDF: a running head with journal, issue and pages on page 1, 'page-number Author' and 'Title page-number' running heads after form feeds, abstract and keywords, superscript note markers glued to words or punctuation ('récit3', 'îlots.5', 'temps11'), footnotes '1. …' at page bottoms, 'no' for n°, a URL broken over two lines in note 13 (keyed whole), and a 'Bibliographie' of 'Nom Prénom, …' entries. French note forms: « … » titles with an inner “15-Minute City”, titles ending in ' ?', 'dans X (dir.)', '3e éd.', '3e éd. revue et augmentée', '[1968]' original years, 'trad. de l’anglais par', 't. IV' of a multi-volume work with its own volume editor (keyed by the volume's title, no authors), 'coll. « Cahiers libres »', 'Note rapide, no 900', 'Document de travail du LATTS, no 2022-03', 'thèse de doctorat', 'communication au colloque', a dictionary entry, 'cahier « Économie », p. 18', 'op. cit.', 'art. cité', 'Ibid.'. Labels: footnote numbers as printed; short notes (op. cit., art. cité) carry authors and title, Ibid. the fields of note 11. Literature: the Bibliographie's 13 entries in document order. Invented: the article, its author, the journal issue, Marchand, Delaunay, Garnier (and URL), Berthier, Pereira & Costa, Roussel; Merlin's authorship of the entry as remembered. Real with data as remembered: Moreno et al. 2021, Choay, Lefebvre, Jacobs's translation, Duby/Agulhon, Fourcaut's volume, Paquot's volume, the Merlin-Choay dictionary. Planted: note 10 is missing (9 then 11): footnote-numbering at the line of marker 11 (line 55).",
 "document": "quart-heure-fr.txt", "reader": "pdf-text", "clean": True, "lang": "fr",
 "notes": pnotes,
 "literature": [berthier, choay, delaunay, duby, garnier, jacobs, lefebvre, marchand, merlin, moreno, paquot, pereira, roussel],
})

# ---- pandoc: Portuguese public-administration paper, [@key] citations, CSL-JSON bibliography ----
pan = {
 "abrucio2005coordenacao": dict(authors=["Abrucio"], title="A coordenação federativa no Brasil: a experiência do período FHC e os desafios do governo Lula", year=2005, doi="10.1590/S0104-44782005000100005", kind=A),
 "alves2013resenha": dict(authors=["Alves"], title="Centralizar para descentralizar?", year=2013, kind=A),
 "arretche2012democracia": dict(authors=["Arretche"], title="Democracia, federalismo e centralização no Brasil", year=2012, kind=B),
 "brasil2005lei": dict(title="Lei nº 11.107, de 6 de abril de 2005. Dispõe sobre normas gerais de contratação de consórcios públicos e dá outras providências", year=2005, url="https://www.planalto.gov.br/ccivil_03/_ato2004-2006/2005/lei/l11107.htm", kind=R),
 "dantas2018consorcios": dict(authors=["Dantas"], title="Consórcios intermunicipais de saúde em Minas Gerais: cooperação ou dependência?", year=2018, kind=T),
 "hueglin2015federalism": dict(authors=["Hueglin"], title="Federalism", year=2015, doi="10.1016/B978-0-08-097086-8.93045-7", kind=CH),
 "ibge2020munic": dict(title="Perfil dos municípios brasileiros: 2019", year=2020, url="https://biblioteca.ibge.gov.br/visualizacao/livros/liv101770.pdf", kind=R),
 "linhares2012federalismo": dict(title="Federalismo à brasileira: questões para discussão", year=2012, kind=B),
 "matos2012consorcios": dict(authors=["Matos"], title="Consórcios públicos e cooperação horizontal: o que mudou depois de 2005?", year=2012, kind=CH),
 "nunes2022texto": dict(authors=["Nunes"], title="Coordenação federativa na pandemia: o papel dos consórcios públicos", year=2022, url="https://repositorio.ipea.example/handle/11058/2745", kind=R),
 "pinto2022coordena": dict(authors=["Pinto"], title="Quem coordena os consórcios? Evidências de 2015 a 2021", year=2022, kind=CH),
 "secchi2019politicas": dict(authors=["Secchi"], title="Políticas públicas: conceitos, esquemas de análise, casos práticos", year=2019, kind=B),
 "souza2021consorcios": dict(authors=["Souza"], title="Consórcios de municípios tentam comprar vacinas por conta própria", year=2021, kind=A),
 "weber1999economia": dict(authors=["Weber"], title="Economia e sociedade: fundamentos da sociologia compreensiva", year=1999, kind=B),
}
put("pandoc", "consorcios-publicos", {
 "about": "An invented Portuguese (pt-BR) public-administration paper (intermunicipal public consortia in Brazilian federalism) in Pandoc Markdown: YAML front matter with `bibliography: referencias.json` (CSL-JSON), `lang: pt-BR`, `link-citations`, no `csl:` (citeproc's default Chicago author-date), a title ending in '?', `[@key, p. 43]`, `[@key, tab. 12]`, `[-@key, p. 170-175]`, `[-@key, v. 2, p. 198]`, in-text `@key`, `[@a; ver também @b]`, `[@a; @b]` on a line of its own, `# Referências {-}` with a `::: {#refs}` div. CSL-JSON types: article-journal, book, legislation (Brasil literal author), report with literal corporate author IBGE and collection-title, an edited volume cited whole (editors only, collection-number: no authors), a chapter in it (container-title, editor, page), a translated multi-volume book (translator, volume, number-of-volumes, original-date), entry-encyclopedia (edition 2, volume), a 3rd edition, review-book (reviewed-author/-title: its own title keyed), thesis (genre Tese), paper-conference (event-title), article-newspaper (section, page B4), report with genre 'Texto para Discussão' and number. Labels: citation keys. Literature: the cited entries in citeproc's default Chicago author-date order (author or editor or corporate name, year, title). Invented: the paper and its author, Matos's chapter, Alves's review, Dantas's thesis, Pinto's paper, Souza's newspaper article, Nunes's Texto para Discussão (and URL); the Hueglin entry and its DOI are as remembered or invented. Real with data as remembered: Abrucio 2005, Arretche 2012, Lei 11.107/2005, IBGE MUNIC 2019 (URL as remembered), Linhares et al. 2012, Weber's Brazilian translation, Secchi. Clean.",
 "document": "consorcios-publicos.md", "reader": "pandoc-markdown", "clean": True, "lang": "pt",
 "notes": pan, "literature": [pan[k] for k in sorted(pan)],
})
