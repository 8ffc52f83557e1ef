"""Writes the meta.json of heldout48 half A's documents (rmarkdown, latex, mediawiki, asciidoc, org).
Round 48's theme: manuscripts in revision and review (tracked changes, comments holding old
citations, draft markers, reviewer queries and a response letter, in-press/forthcoming entries).
Labels and lines come from the ⟦label⟧ annotations in the sources (checked with grep -n on the
built files); fields are given here by hand.  Conventions (see ../../README.md): text that is
deleted (CriticMarkup {-- --}, the old side of {~~ old ~> new ~~}, LaTeX \\deleted{} and the old
argument of \\replaced{new}{old}) or commented out (<!-- -->, %, //, ////, # , #+begin_comment,
todonotes \\todo{}) is not part of the document: its citations are no pairs and an entry it
alone cites is not printed (Pandoc, biblatex, org-cite print cited entries only).  Inserted text
({++ ++}, \\added{}, the new side of \\replaced) is.  Draft markers that name no source
([@TODO: ...], [REF ...], XXX, (REF), [doplnit citaci], [Quelle fehlt ...], {{citation needed}})
are no citations.  An entry whose year is "in press", "im Druck" or pubstate forthcoming has
no year keyed.  Title as printed (subtitle included); authors family names as printed;
corporate authors not keyed; DOIs bare; URLs with scheme; kinds per tests/corpus/README.md.
Then:
  .venv/bin/python tests/corpus_build/build.py tests/heldout48 snowmelt-revision vaccine-revision vowel-merger cache-zprava-cs kommunal-kapitel-de"""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
B, A, C, R, CH, W, T, U = "book", "article", "commentary", "report", "chapter", "web", "thesis", "unknown"


def put(fmt, name, meta):
    p = os.path.join(HERE, "..", fmt, name, "meta.json")
    open(p, "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")


# ---- rmarkdown: English hydrology paper, R1 with CriticMarkup, refs.bib, default CSL ----
sm = {
 "barnett2005": dict(authors=["Barnett", "Adam", "Lettenmaier"], title="Potential impacts of a warming climate on water availability in snow-dominated regions", year=2005, doi="10.1038/nature04141", kind=A),
 "stewart2005": dict(authors=["Stewart", "Cayan", "Dettinger"], title="Changes toward earlier streamflow timing across western North America", year=2005, doi="10.1175/JCLI3321.1", kind=A),
 "mote2005": dict(authors=["Mote", "Hamlet", "Clark", "Lettenmaier"], title="Declining mountain snowpack in western North America", year=2005, doi="10.1175/BAMS-86-1-39", kind=A),
 "kowalczyk_inpress": dict(authors=["Kowalczyk", "Brunner"], title="Streamflow timing trends in Alpine headwaters, 1961–2020", kind=A),
 "berghuijs2014": dict(authors=["Berghuijs", "Woods", "Hrachowitz"], title="A precipitation shift from snow towards rain leads to a decrease in streamflow", year=2014, doi="10.1038/nclimate2246", kind=A),
 "musselman2017": dict(authors=["Musselman", "Clark", "Liu", "Ikeda", "Rasmussen"], title="Slower snowmelt in a warmer world", year=2017, doi="10.1038/nclimate3225", kind=A),
 "hock2003": dict(authors=["Hock"], title="Temperature index melt modelling in mountain areas", year=2003, doi="10.1016/S0022-1694(03)00257-9", kind=A),
 "addor2017": dict(authors=["Addor", "Newman", "Mizukami", "Clark"], title="The CAMELS data set: catchment attributes and meteorology for large-sample studies", year=2017, doi="10.5194/hess-21-5293-2017", kind=A),
 "ehyd2024": dict(title="eHYD: Hydrographische Daten Österreichs", year=2024, url="https://ehyd.gv.at/", kind=W),
 "seibert2012": dict(authors=["Seibert", "Vis"], title="Teaching hydrological modeling with a user-friendly catchment-runoff-model software package", year=2012, doi="10.5194/hess-16-3315-2012", kind=A),
 "nash1970": dict(authors=["Nash", "Sutcliffe"], title="River flow forecasting through conceptual models part I — A discussion of principles", year=1970, doi="10.1016/0022-1694(70)90255-6", kind=A),
 "gupta2009": dict(authors=["Gupta", "Kling", "Yilmaz", "Martinez"], title="Decomposition of the mean squared error and NSE performance criteria: Implications for improving hydrological modelling", year=2009, doi="10.1016/j.jhydrol.2009.08.003", kind=A),
}
sm_order = ["addor2017", "barnett2005", "berghuijs2014", "ehyd2024", "gupta2009", "hock2003",
            "kowalczyk_inpress", "mote2005", "musselman2017", "nash1970", "seibert2012", "stewart2005"]
put("rmarkdown", "snowmelt-revision", {
 "about": "An invented English hydrology paper (earlier snowmelt and summer low flows in headwater catchments) as an R Markdown revision R1 (bookdown::html_document2), tracked changes written in CriticMarkup. YAML with bibliography: refs.bib, link-citations, no csl (Pandoc's default Chicago author-date: list by author, then year; the corporate-authored ehyd2024 under 'Bundesministerium'). Revision features: a <!-- --> comment block at the top quoting an old sentence with [@mote2005] (not a pair; mote2005 is cited live elsewhere); {++ insertions ++} holding [@kowalczyk_inpress], [-@stewart2005], @kowalczyk_inpress and [@ehyd2024] (pairs); a {-- deletion --} holding [@bafu2019] (no pair; bafu2019 stays in the .bib but is cited nowhere live, so not printed and not keyed); a substitution {~~[@hock2003]~>[@musselman2017]~~} (only the new side is a pair; hock2003 is cited live as @hock2003 elsewhere); a {>> comment <<} from the co-author; a placeholder [@TODO: find the Swiss low-flow paper] (a draft marker, no pair, though Pandoc would take it for key TODO); <!-- --> comment holding [@arnold1998] (no pair; arnold1998 in the .bib, uncited live, not keyed); '(Anzengruber et al., in preparation)' and '[REF for groundwater buffering?]' (no citations); [@key, pp. 82--84], [see also @key, fig. 3], [@a; @b]. The .bib: kowalczyk_inpress has year = {in press} and a TODO note (no year keyed); two corporate-authored @misc (BAFU, the Austrian ministry: not keyed as authors; kind web). Invented: the paper and its authors, Kowalczyk & Brunner (in press) and its title. Real with data as remembered: Barnett et al. 2005, Stewart et al. 2005, Mote et al. 2005, Berghuijs et al. 2014, Musselman et al. 2017, Hock 2003, Addor et al. 2017, Seibert & Vis 2012, Nash & Sutcliffe 1970, Gupta et al. 2009, Arnold et al. 1998, the eHYD portal (URL as remembered). Clean.",
 "document": "snowmelt-revision.Rmd", "reader": "pandoc-markdown", "clean": True,
 "notes": sm,
 "literature": [sm[k] for k in sm_order],
})

# ---- latex: English epidemiology paper, biblatex authoryear, changes package, response to reviewers ----
vr = {
 "osterholm2012": dict(authors=["Osterholm", "Kelley", "Sommer", "Belongia"], title="Efficacy and effectiveness of influenza vaccines: a systematic review and meta-analysis", year=2012, doi="10.1016/S1473-3099(11)70295-X", kind=A),
 "belongia2016": dict(authors=["Belongia", "Simpson", "King", "Sundaram", "Kelley", "Osterholm", "McLean"], title="Variable influenza vaccine effectiveness by subtype: a systematic review and meta-analysis of test-negative design studies", year=2016, doi="10.1016/S1473-3099(16)00129-8", kind=A),
 "jackson2013": dict(authors=["Jackson", "Nelson"], title="The test-negative design for estimating influenza vaccine effectiveness", year=2013, doi="10.1016/j.vaccine.2013.02.053", kind=A),
 "sullivan2016": dict(authors=["Sullivan", "Tchetgen Tchetgen", "Cowling"], title="Theoretical basis of the test-negative study design for assessment of influenza vaccine effectiveness", year=2016, doi="10.1093/aje/kww064", kind=A),
 "greenland1999": dict(authors=["Greenland", "Pearl", "Robins"], title="Causal diagrams for epidemiologic research", year=1999, kind=A),
 "rothman2008": dict(authors=["Rothman", "Greenland", "Lash"], title="Modern Epidemiology", year=2008, kind=B),
 "lipsitch2010": dict(authors=["Lipsitch", "Tchetgen Tchetgen", "Cohen"], title="Negative controls: a tool for detecting confounding and bias in observational studies", year=2010, doi="10.1097/EDE.0b013e3181d61eeb", kind=A),
 "okonkwo_forth": dict(authors=["Okonkwo", "Lindahl"], title="Egg-adapted and cell-based influenza vaccines in Nordic adults over 65: a registry cohort", kind=A),
}
vr_order = ["belongia2016", "greenland1999", "jackson2013", "lipsitch2010", "okonkwo_forth",
            "osterholm2012", "rothman2008", "sullivan2016"]
put("latex", "vaccine-revision", {
 "about": "An invented English epidemiology paper (influenza vaccine effectiveness against hospitalisation in adults over 65, a test-negative study) as a revised LaTeX manuscript: the changes package ([final], two \\definechangesauthor) with \\added[id=R2]{... \\textcite{sullivan2016} ...}, \\added[id=R1]{...} holding \\parencite and \\textcite (pairs), \\deleted[id=R1]{... \\parencite{govaert1994}} (no pair), two \\replaced[id=R1]{new}{old} whose new side cites (pairs) and whose old side cites \\textcite{osterholm2012} or says '(REF)' (no pairs); '%' comment lines holding \\parencite{foppa2013} and \\textcite{rothman2008} (no pairs); todonotes' \\todo{... \\cite{jackson2013} ...} (a note, no pair); a draft marker '[XXX: add B/Victoria ...]'; \\parencite{a, b}, \\parencite[see][pp.~104--106]{key}, \\textcite[347--349]{key}; \\printbibliography before an \\appendix 'Response to reviewers' (\\section*) that quotes reviewer comments in \\emph and cites with \\parencite and \\textcite (pairs, at their lines). biblatex style=authoryear (sorting nyt: list by author, year, title). The .bib: foppa2013 and govaert1994 are cited only in comments or deleted text (not printed, not keyed); okonkwo_forth has pubstate = {forthcoming}, no date, note = {check pages} (no year keyed); compound family name Tchetgen Tchetgen. Invented: the study, its authors and numbers, Okonkwo & Lindahl (forthcoming) and its title. Real with data as remembered: Osterholm et al. 2012, Belongia et al. 2016, Foppa et al. 2013, Jackson & Nelson 2013, Sullivan et al. 2016, Govaert et al. 1994, Greenland et al. 1999, Rothman et al. 2008, Lipsitch et al. 2010, Halloran et al. 2010 (cited, not in the .bib). Planted: \\textcite{halloran2010}, inside an \\added{} (live) text, has no .bib entry (biblatex prints it bold as the key; keyed as a pair with no note): missing-literature-entry at its line.",
 "document": "main.tex", "reader": "latex", "clean": True,
 "notes": vr,
 "literature": [vr[k] for k in vr_order],
})

# ---- mediawiki: English Wikipedia article mid-edit, linguistics (low back merger) ----
lab = dict(authors=["Labov", "Ash", "Boberg"], title="The Atlas of North American English: Phonetics, Phonology and Sound Change", year=2006, kind=B)
wells = dict(authors=["Wells"], title="Accents of English", year=1982, kind=B)
labov94 = dict(authors=["Labov"], title="Principles of Linguistic Change", year=1994, kind=B)
johnson = dict(authors=["Johnson"], title="Stability and Change Along a Dialect Boundary: The Low Vowels of Southeastern New England", year=2010, kind=B)
vm = {
 "1": lab,
 "2": dict(authors=["Boberg"], title="Regional phonetic differentiation in Standard Canadian English", year=2008, doi="10.1177/0075424208316648", kind=A),
 "3": wells,
 "4": dict(authors=["Herold"], title="Mechanisms of merger: The implementation and distribution of the low back merger in eastern Pennsylvania", year=1990, kind=T),
 "5": labov94,
 "6": johnson,
 "7": dict(authors=["Dorrance"], title="Do you say 'cot' and 'caught' the same? Your answer says where you grew up", year=2019, url="https://www.providenceledger.example/news/2019/03/03/cot-caught-survey", kind=A),
 "8": johnson,
 "9": lab,
 "10": dict(authors=["Reyes"], title="Mapping the low back merger with crowd-sourced recordings", year=2021, url="https://variationnotes.example.org/2021/05/low-back-merger-crowd", kind=W),
}
put("mediawiki", "vowel-merger", {
 "about": "An invented English Wikipedia article mid-edit on the low back (cot-caught) merger (linguistics): maintenance templates ({{More citations needed section}}), {{sfn}} short refs to a === Sources === list of {{cite book}}, a named ref defined in the lead (Boberg2008) and reused, a {{cite thesis}} named ref reused on the next line followed by an {{sfn}} glued to it, two {{citation needed|date=...}} (no citations), an editors' <!-- --> note, a <ref>{{cite web}}</ref> commented out with <!-- --> after a live named ref on the same line (no note, no number), a <ref>{{cite news}}</ref> followed by {{Failed verification|date=...|reason=...}} (the ref is still a note), an {{sfn}} repeated with identical arguments (the same note: 1 and 5 reused), the same work with other pages a note of its own (Johnson 6 and 8; Labov, Ash & Boberg 1 and 9), two sfns glued then a ref, {{Reflist}}, a commented-out Sources entry (Kurath 1949: no entry), an uncited == Further reading == of two books. Labels: note numbers in order of first use; sfn notes carry their Sources entry's fields. Literature: the 4 Sources entries, then the 2 Further reading entries, in document order (further reading is never uncited). Titles: {{cite book}} |title= only (the |volume= text such as '1: Internal Factors' is no part of it). Kinds: {{cite thesis}} thesis, {{cite news}} article, {{cite web}} web. Invented: the article text, the Providence Ledger item by Kate Dorrance and its URL, the 'Variation Notes' blog post by Marisol Reyes and its URL, the commented-out dead web page. Real with data as remembered: Labov, Ash & Boberg 2006, Boberg 2008, Wells 1982, Herold 1990, Labov 1994, Johnson 2010, Kurath & McDavid 1961, Gordon 2001 (pages as remembered or invented). Clean.",
 "document": "vowel-merger.wiki", "reader": "mediawiki", "clean": True,
 "notes": vm,
 "literature": [johnson, labov94, lab, wells,
                dict(authors=["Kurath", "McDavid"], title="The Pronunciation of English in the Atlantic States", year=1961, kind=B),
                dict(authors=["Gordon"], title="Small-Town Values and Big-City Vowels: A Study of the Northern Cities Shift in Michigan", year=2001, kind=B)],
})

# ---- asciidoc: Czech computer-science technical report, <<key>> and xref, [bibliography] ----
belady = dict(authors=["Belady"], title="A study of replacement algorithms for a virtual-storage computer", year=1966, doi="10.1147/sj.52.0078", kind=A)
oneil = dict(authors=["O'Neil", "O'Neil", "Weikum"], title="The LRU-K page replacement algorithm for database disk buffering", year=1993, doi="10.1145/170035.170081", kind=CH)
jiang = dict(authors=["Jiang", "Zhang"], title="LIRS: An efficient low inter-reference recency set replacement policy to improve buffer cache performance", year=2002, doi="10.1145/511334.511340", kind=CH)
megiddo = dict(authors=["Megiddo", "Modha"], title="ARC: A self-tuning, low overhead replacement cache", year=2003, kind=CH)
einziger = dict(authors=["Einziger", "Friedman", "Manes"], title="TinyLFU: A highly efficient cache admission policy", year=2017, doi="10.1145/3149371", kind=A)
novak = dict(authors=["Novák", "Vondráčková"], title="Záznamy přístupů k internímu úložišti souborů 2024–2025", year=2025, kind=R)
caffeine = dict(authors=["Manes"], title="Caffeine: A high performance caching library for Java", year=2024, url="https://github.com/ben-manes/caffeine", kind=W)
yang = dict(authors=["Yang", "Zhang", "Qiu", "Yue", "Vinayak"], title="FIFO queues are all you need for cache eviction", year=2023, doi="10.1145/3600006.3613147", kind=CH)
put("asciidoc", "cache-zprava-cs", {
 "about": "An invented Czech computer-science technical report draft (v0.9, after review: eviction policies for an application cache, a benchmark) in AsciiDoc: header with revision line, // comment lines (a status note; an old sentence citing <<jiang2002>> and the reviewer's request to drop it: no pairs), a //// comment block holding the old paragraph with <<libcachesim>> and <<jiang2002>> (no pairs; libcachesim has no entry), <<key>>, <<key,text>>, xref:key[text] citations, draft markers 'TODO: doplnit ...' and '[doplnit citaci -- srovnání z Redis?]' (no citations), a section headed '(doplněno v revizi)', and a [bibliography] '== Literatura' of * [[[key]]] entries in ČSN ISO 690 style (surnames in capitals, 'a' between authors, 'In:' for proceedings, 'DOI 10...' bare, '[software] ... Dostupné z: URL'), the last marked '(Doplněno v revizi v0.9.)'. Literature in document order. Kinds: proceedings papers chapter, a technical report report, a GitHub library web. Authors: O'NEIL twice (Elizabeth J. and Patrick E.). Invented: the report, its authors and numbers, the reviewer, Novák & Vondráčková 2025 (TZ-2025-07) and its institute. Real with data as remembered: Belady 1966, O'Neil et al. 1993, Jiang & Zhang 2002, Megiddo & Modha 2003, Einziger et al. 2017, Caffeine (Manes), Yang et al. 2023 (pages as remembered). Planted: jiang2002 is cited only in comments (its citation was commented out in revision, the entry left in the list): uncited-literature-entry at the entry's first line.",
 "document": "cache-zprava-cs.adoc", "reader": "asciidoc", "clean": True,
 "notes": {"belady1966": belady, "oneil1993": oneil, "megiddo2003": megiddo, "einziger2017": einziger,
           "novak2025": novak, "caffeine": caffeine, "yang2023": yang},
 "literature": [belady, oneil, jiang, megiddo, einziger, novak, caffeine, yang],
})

# ---- org: German political-science thesis chapter, org-cite with a .bib, csl export ----
ko = {
 "dahl1973": dict(authors=["Dahl", "Tufte"], title="Size and Democracy", year=1973, kind=B),
 "wollmann2004": dict(authors=["Wollmann"], title="Local government reforms in Great Britain, Sweden, Germany and France: between multi-function and single-purpose organisations", year=2004, doi="10.1080/0300393042000318030", kind=A),
 "kuhlmann2019": dict(authors=["Kuhlmann", "Wollmann"], title="Introduction to Comparative Public Administration: Administrative Systems and Reforms in Europe", year=2019, kind=B),
 "lijphart1999": dict(authors=["Lijphart"], title="Patterns of Democracy: Government Forms and Performance in Thirty-Six Countries", year=1999, kind=B),
 "vetter2007": dict(authors=["Vetter"], title="Local Politics: A Resource for Democracy in Western Europe?", year=2007, kind=B),
 "lassen2011": dict(authors=["Lassen", "Serritzlew"], title="Jurisdiction size and local democracy: Evidence on internal political efficacy from large-scale municipal reform", year=2011, doi="10.1017/S000305541100013X", kind=A),
 "blesse2016": dict(authors=["Blesse", "Baskaran"], title="Do municipal mergers reduce costs? Evidence from a German federal state", year=2016, doi="10.1016/j.regsciurbeco.2016.04.003", kind=A),
 "statla2024": dict(title="Kommunalwahlen in Sachsen-Anhalt: Ergebnisse nach Gemeinden 2004–2024", year=2024, url="https://statistik.sachsen-anhalt.de/themen/wahlen/kommunalwahlen/", kind=W),
 "hartmann_druck": dict(authors=["Hartmann", "Özdemir"], title="Gemeindefusionen und Wahlbeteiligung in Sachsen-Anhalt", kind=A),
}
ko_order = ["blesse2016", "dahl1973", "hartmann_druck", "kuhlmann2019", "lassen2011", "lijphart1999",
            "statla2024", "vetter2007", "wollmann2004"]
put("org", "kommunal-kapitel-de", {
 "about": "An invented German political-science thesis chapter draft (municipal size and local democracy) in Org mode after a supervisor's feedback: #+bibliography: literatur.bib, #+cite_export: csl (no style: org-cite's default Chicago author-date, list by author then year; the corporate-authored statla2024 under 'Statistisches'), #+print_bibliography: under '* Literatur'; TODO/DONE headings, a statistics cookie [2/3] and checkbox items citing (pairs at their item lines); '# ' comment lines with superseded citations [cite:@tocqueville1835] and [cite:@angrist2009] (no pairs; tocqueville1835 is in the .bib but printed nowhere, angrist2009 has no entry) and the supervisor's remarks; a #+begin_comment ... #+end_comment block holding [cite:@putnam1993] and [cite:@verba1995 S. 23] (no pairs; putnam1993 in the .bib, not printed, not keyed); [cite/t:@key], [cite/t:@key S. 112–130], [cite:@a; @b Kap. 5], [cite:@key S. 13–16]; draft markers '[Quelle fehlt: ...]' and 'XXX' (no citations). The .bib: hartmann_druck has year = {im Druck} and note 'TODO Seitenzahlen' (no year keyed); a @misc dataset of a state statistical office (corporate, not keyed; kind web). Invented: the chapter, its author and supervisor, Hartmann & Özdemir (im Druck) and its title, the dataset's title and URL. Real with data as remembered: Dahl & Tufte 1973, Tocqueville 1835, Wollmann 2004, Kuhlmann & Wollmann 2019, Lijphart 1999, Vetter 2007, Putnam 1993, Lassen & Serritzlew 2011, Blesse & Baskaran 2016. Clean.",
 "document": "kommunal-kapitel-de.org", "reader": "org", "clean": True,
 "notes": ko,
 "literature": [ko[k] for k in ko_order],
})
