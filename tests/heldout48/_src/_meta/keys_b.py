"""Writes the meta.json of heldout48 half B's documents (docx, html, pdftext, plaintext, sup-markdown).
Round 48's theme: manuscripts in revision and review (tracked changes, comments holding citations,
draft markers, queries, response letters, second and superseded lists, in-press entries).
Labels and lines come from the ⟦label⟧ annotations in the sources (checked with grep -n on the
built files); fields are given here by hand.  Conventions (see ../../HALF_B.md): deleted or
commented-out text is not part of the document (no pairs, no entries); inserted text is; a draft
marker naming no source ([REF], [citation needed], [réf. à compléter], XXX) is no citation; an
entry "in press" / "forthcoming" / "à paraître" / "No prelo" / "submitted" / "soumis" /
"Submetido" has no year (key `year` absent, as tests/corpus README's `in press is no year`);
title as printed (subtitle included); authors are family names as printed (names before et al.
only); editors, translators and corporate authors not keyed; DOIs bare; URLs with scheme; kinds
per the last section of tests/corpus/README.md; legislation keyed by year and kind (report) only.
Then:
  .venv/bin/python tests/corpus_build/build.py tests/heldout48 passagem-plantao-pt tariff-response-letter organ-tuning-update friche-reconversion-fr
  .venv/bin/python tests/corpus_build/build_docx.py tests/heldout48 bail-hearings-draft"""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
B, A, C, R, CH, W, T, U = "book", "article", "commentary", "report", "chapter", "web", "thesis", "unknown"


def put(fmt, name, meta):
    p = os.path.join(HERE, "..", fmt, name, "meta.json")
    open(p, "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")


def numbered(notes, order):
    out = []
    for lab in order:
        e = dict(notes[lab])
        if lab.isdigit():
            e = {"number": int(lab), **e}
        out.append(e)
    return out


# ---- plaintext: Brazilian Portuguese nursing draft, Vancouver [n], renumbered, [3a], OLD REFS ----
pp = {
 "1": dict(authors=["Riesenberg", "Leitzsch", "Cunningham"], title="Nursing handoffs: a systematic review of the literature", year=2010, doi="10.1097/01.NAJ.0000370154.79857.09", kind=A),
 "2": dict(authors=["Manser", "Foster"], title="Effective handover communication: an overview of research and improvement efforts", year=2011, doi="10.1016/j.bpa.2011.02.006", kind=A),
 "3": dict(title="To err is human: building a safer health system", year=2000, kind=B),
 "3a": dict(authors=["Ferreira", "Lima", "Nunes"], title="Comunicação na transição do cuidado em terapia intensiva: revisão integrativa", kind=A),
 "4": dict(title="Communication during patient hand-overs", year=2007, kind=R),
 "5": dict(year=2013, kind=R),
 "6": dict(authors=["Cohen", "Hilligoss"], title="The published literature on handoffs in hospitals: deficiencies identified in an extensive review", year=2010, doi="10.1136/qshc.2009.033480", kind=A),
 "7": dict(authors=["Patterson", "Wears"], title="Patient handoffs: standardized and reliable measurement tools remain elusive", year=2010, doi="10.1016/S1553-7250(10)36011-9", kind=A),
 "8": dict(authors=["Riesenberg", "Leitzsch", "Little"], title="Systematic review of handoff mnemonics literature", year=2009, doi="10.1177/1062860609332512", kind=A),
 "9": dict(authors=["Haig", "Sutton", "Whittington"], title="SBAR: a shared mental model for improving communication between clinicians", year=2006, doi="10.1016/S1553-7250(06)32022-3", kind=A),
 "10": dict(authors=["Müller", "Jürgens", "Redaèlli", "Klingberg", "Hautz", "Stock"], title="Impact of the communication and patient hand-off tool SBAR on patient safety: a systematic review", year=2018, doi="10.1136/bmjopen-2018-022202", kind=A),
 "11": dict(authors=["Starmer", "Spector", "Srivastava", "West", "Rosenbluth", "Allen"], title="Changes in medical errors after implementation of a handoff program", year=2014, doi="10.1056/NEJMsa1405556", kind=A),
 "12": dict(authors=["Almeida"], title="Comunicação entre enfermeiros na transição do cuidado em terapia intensiva", year=2019, kind=T),
 "13": dict(authors=["Costa", "Pereira"], title="Instrumento estruturado para passagem de plantão de enfermagem: validação de conteúdo", kind=A),
 "14": dict(authors=["Gonçalves", "Rocha", "Anders", "Kusahara", "Tomazoni"], title="Comunicação e segurança do paciente na passagem de plantão em unidades de cuidados intensivos neonatais", year=2016, kind=A),
 "15": dict(authors=["Tong", "Sainsbury", "Craig"], title="Consolidated criteria for reporting qualitative research (COREQ): a 32-item checklist for interviews and focus groups", year=2007, doi="10.1093/intqhc/mzm042", kind=A),
 "16": dict(authors=["Bardin"], title="Análise de conteúdo", year=2011, kind=B),
 "17": dict(authors=["Braun", "Clarke"], title="Using thematic analysis in psychology", year=2006, doi="10.1191/1478088706qp063oa", kind=A),
 "18": dict(authors=["Lima", "Ferreira"], title="Passagem de plantão à beira do leito e eventos adversos: revisão de escopo", year=2024, doi="10.99999/scielopreprints.7781", kind=A),
}
pp_order = ["1", "2", "3", "3a"] + [str(i) for i in range(4, 19)]
put("plaintext", "passagem-plantao-pt", {
 "about": "An invented Brazilian Portuguese nursing manuscript (observational study of ICU shift handover in Porto Alegre) saved as plain text between drafts: a 'RASCUNHO v4' header saying the references were renumbered after ref. 3a was inserted, Vancouver [n] citations in order of first citation with ranges [6–8], [12–14] (en dash), [1,2], an inserted [3a] cited and listed between 3 and 4 (label '3a', listed with no number in the key), draft markers that name no source ('[citation needed]', '[REF]', 'XXX conferir ...': no citations), a REFERÊNCIAS list 1–18 with '3a.' (Vancouver; 'No prelo' and 'Submetido à Rev Bras Enferm.' in place of a year: year absent; a [dissertação]; a WHO report and a ministerial Portaria (report, year and kind only) and the Institute of Medicine book (corporate author, not keyed); a SciELO preprint), then 'OLD REFS — delete before submission' with 7 superseded entries of version 2: not part of the document, not keyed. Labels: reference numbers. Invented: the study, its data and authors, Ferreira/Lima/Nunes (no prelo), Costa & Pereira (submitted), Almeida 2019 dissertation, Lima & Ferreira 2024 preprint and its DOI (10.99999), the old list's 'Em preparação' item. Real with data as remembered (pages, DOIs may differ): Riesenberg et al. 2010 and 2009, Manser & Foster 2011, IOM 2000, WHO 2007, Portaria 529/2013, Cohen & Hilligoss 2010, Patterson & Wears 2010, Haig et al. 2006, Müller et al. 2018, Starmer et al. 2014, Gonçalves et al. 2016, Tong et al. 2007, Bardin, Braun & Clarke 2006. Planted: [19] (line of the Discussion) cites a number the list does not have: missing-literature-entry.",
 "document": "passagem-plantao-pt.txt", "reader": "plain-text", "clean": True,
 "notes": pp,
 "literature": numbered(pp, pp_order),
})

# ---- pdftext: English economics response-to-referees letter, pdftotext without -layout ----
tr = {
 "1": dict(authors=["Amiti", "Redding", "Weinstein"], title="The impact of the 2018 tariffs on prices and welfare", year=2019, doi="10.1257/jep.33.4.187", kind=A),
 "2": dict(authors=["Fajgelbaum", "Goldberg", "Kennedy", "Khandelwal"], title="The return to protectionism", year=2020, doi="10.1093/qje/qjz036", kind=A),
 "3": dict(authors=["Cavallo", "Gopinath", "Neiman", "Tang"], title="Tariff pass-through at the border and at the store: evidence from US trade policy", year=2021, doi="10.1257/aeri.20190536", kind=A),
 "4": dict(authors=["Flaaen", "Hortaçsu", "Tintelnot"], title="The production relocation and price effects of US trade policy: the case of washing machines", year=2020, doi="10.1257/aer.20190611", kind=A),
 "5": dict(authors=["Callaway", "Sant’Anna"], title="Difference-in-differences with multiple time periods", year=2021, doi="10.1016/j.jeconom.2020.12.001", kind=A),
 "6": dict(authors=["de Chaisemartin", "D’Haultfœuille"], title="Two-way fixed effects estimators with heterogeneous treatment effects", year=2020, doi="10.1257/aer.20181169", kind=A),
 "7": dict(authors=["Goldberg", "Knetter"], title="Goods prices and exchange rates: what have we learned?", year=1997, kind=A),
 "8": dict(authors=["Feenstra"], title="Symmetric pass-through of tariffs and exchange rates under imperfect competition: an empirical test", year=1989, doi="10.1016/0022-1996(89)90076-0", kind=A),
 "9": dict(authors=["Halvorsen", "Okonjo"], title="Retail margins and the incidence of import duties", kind=A),
 "10": dict(authors=["Brandt", "Ruiz"], title="Tariff incidence in small open economies: evidence from customs and scanner data", year=2025, kind=R),
}
put("pdftext", "tariff-response-letter", {
 "about": "An invented English economics 'Response to the referees' letter (second round, tariff pass-through to Norwegian retail prices) as pdftotext prints a Word PDF without -layout: lines wrapped as on the page, a word hyphenated over a line end (pass-/through), page numbers alone on their line, a form feed and a running head at the top of pages 2 and 3, referee comments ('Comment 1.1.') and responses ('Response.'), passages of the revised manuscript quoted in the replies with their numbered citations (the letter says the numbers were changed to refer to the letter's own list: every printed [n] is a citation at its line, quoted or not), [1, 2], a reference list 'References cited in this letter' [1]–[10] (IEEE-like, wrapped, DOIs as 'doi: ...'; one 'forthcoming' entry: year absent; a CEPR discussion paper: report). Labels: reference numbers. Invented: the manuscript, its authors, editor and number, the journal's referees, Halvorsen & Okonjo (forthcoming) and its journal, Brandt & Ruiz 2025 and its number. Real with data as remembered (pages, DOIs may differ): Amiti et al. 2019, Fajgelbaum et al. 2020, Cavallo et al. 2021, Flaaen et al. 2020, Callaway & Sant'Anna 2021, de Chaisemartin & D'Haultfœuille 2020, Goldberg & Knetter 1997, Feenstra 1989. Clean.",
 "document": "tariff-response-letter.txt", "reader": "plain-text", "clean": True,
 "notes": tr,
 "literature": numbered(tr, [str(i) for i in range(1, 11)]),
})

# ---- sup-markdown: English musicology blog post, revised with an Update ----
lehman1 = dict(authors=["Lehman"], title="Bach's extraordinary temperament: our Rosetta Stone — 1", year=2005, doi="10.1093/em/cah037", kind=A)
ot = {
 "1": lehman1,
 "2": dict(authors=["Lehman"], title="Bach's extraordinary temperament: our Rosetta Stone — 2", year=2005, doi="10.1093/em/cah062", kind=A),
 "3": dict(authors=["Lehman"], title="Bach's extraordinary temperament: our Rosetta Stone — 1", year=2005, kind=A),
 "4": dict(authors=["Barbour"], title="Tuning and Temperament: A Historical Survey", year=1951, kind=B),
 "5": dict(authors=["Jorgensen"], title="Tuning: Containing the Perfection of Eighteenth-Century Temperament, the Lost Art of Nineteenth-Century Temperament, and the Science of Equal Temperament", year=1991, kind=B),
 "6": dict(authors=["Werckmeister"], title="Musicalische Temperatur", year=1691, kind=B),
 "7": dict(authors=["Holmsen"], title="Forty evenings in Lehman tuning", kind=A),
 "8": dict(authors=["Duffin"], title="How Equal Temperament Ruined Harmony (and Why You Should Care)", year=2007, kind=B),
 "9": dict(authors=["Di Veroli"], title="Unequal Temperaments: Theory, History, and Practice", year=2009, kind=B),
 "10": dict(authors=["Vestergaard"], title="Ten tunings on one harpsichord", year=2024, url="https://quilled.example.net/2024/05/ten-tunings/", kind=W),
 "11": dict(authors=["Tanaka", "Müller-Brandt"], title="Loops, ligatures and luck: a statistical test of the Wohltemperirte Clavier title-page tuning", year=2026, url="https://arxiv.org/abs/2602.01734", kind=A),
 "12": dict(authors=["Lindley"], title="Temperaments", year=2001, doi="10.1093/gmo/9781561592630.article.27643", kind=CH),
 "13": dict(authors=["Lehman"], title="A reply about the loops", url="https://www.larips.example.com/bach/reply.html", kind=W),
}
put("sup-markdown", "organ-tuning-update", {
 "about": "An invented English musicology blog post (a harpsichord tuner on Lehman's reading of the Well-Tempered Clavier title page) as Markdown with <sup>N</sup> markers and a '## Notes' numbered list of Chicago notes, revised after posting: an italic line saying notes were renumbered, a struck-out sentence ~~...<sup>6</sup>~~ followed on the next line by its replacement citing the same note (a blog's visible strike-through, on a page with no revision markup: printed text, its marker a citation at its line), an HTML comment holding an old marker <sup>7</sup> (not text: no citation), an '**Update (14 March 2026):**' paragraph after a rule adding notes 11–13 and <sup>6,12</sup>, a short-form note (3: 'Lehman, \"Rosetta Stone — 1,\" 12'; keyed with the work it repeats: authors, title, year, kind), an 'in press' note (7: year absent), a Grove Music Online entry (chapter), an arXiv preprint (article), a blog post and a personal website with an access date only (web; no year). Labels: note numbers. No bibliography: notes only, no literature keyed. Invented: the post and its author Marit Holmsen, her in-press article and journal, Clara Vestergaard's blog and URL, the Tanaka & Müller-Brandt preprint and its arXiv number, Lehman's 'reply' page and its URL (example.com). Real with data as remembered: Lehman 2005 (two parts, Early Music; DOIs as remembered), Barbour 1951, Jorgensen 1991, Werckmeister 1691, Duffin 2007, Di Veroli 2009, Lindley in Grove (DOI as remembered). Clean.",
 "document": "organ-tuning-update.md", "reader": "sup-markdown", "clean": True,
 "notes": ot,
})

# ---- html: French architecture accepted manuscript with <ins>/<del>, comments, two lists ----
fr = {
 "1": dict(authors=["Janin", "Andres"], title="Les friches : espaces en marge ou marges de manœuvre pour l'aménagement des territoires ?", year=2008, doi="10.3917/ag.663.0062", kind=A),
 "2": dict(authors=["Rey"], title="Régénération des friches urbaines et développement durable : vers une évaluation intégrée à la dynamique du projet", year=2006, kind=T),
 "3": dict(authors=["Ambrosino", "Andres"], title="Friches en ville : du temps de veille aux politiques de l'éphémère", year=2008, doi="10.3917/esp.134.0037", kind=A),
 "4": dict(authors=["Choay"], title="L'allégorie du patrimoine", year=1992, kind=B),
 "5": dict(year=2021, kind=R),
 "6": dict(title="Cartofriches : inventaire national des friches", year=2024, url="https://cartofriches.cerema.fr/", kind=W),
 "7": dict(authors=["Panerai", "Castex", "Depaule"], title="Formes urbaines : de l'îlot à la barre", year=1977, kind=B),
 "8": dict(authors=["Rossi"], title="L'architecture de la ville", year=1981, kind=B),
 "9": dict(authors=["Brand"], title="How Buildings Learn: What Happens After They're Built", year=1994, kind=B),
 "10": dict(title="Fiche opération : La Filature, Roubaix", url="https://observatoire-friches.example.fr/operations/filature-roubaix", kind=W),
 "11": dict(title="Reconversion des friches industrielles en logements : bilan carbone de vingt-quatre opérations", year=2023, kind=R),
 "12": dict(authors=["Moreau", "Lefebvre"], title="Transformer l'usine : typologies de reconversion résidentielle à Roubaix et Tourcoing", kind=A),
 "13": dict(authors=["Druot", "Lacaton", "Vassal"], title="Plus : les grands ensembles de logements, territoire d'exception", year=2007, kind=B),
 "14": dict(authors=["Lynch"], title="Wasting Away", year=1990, kind=B),
 "15": dict(authors=["Douglas"], title="Building Adaptation", year=2006, kind=B),
 "16": dict(authors=["Plevoets", "Van Cleempoel"], title="Adaptive Reuse of the Built Heritage: Concepts and Cases of an Emerging Discipline", year=2019, kind=B),
 "17": dict(authors=["Ducret", "Nguyen"], title="Carbone incorporé et réhabilitation lourde : une comparaison de douze opérations lilloises", kind=A),
}
fr18 = dict(authors=["Bullen", "Love"], title="Adaptive reuse of heritage buildings", year=2011, doi="10.1108/02630801111182439", kind=A)
put("html", "friche-reconversion-fr", {
 "about": "An invented French architecture article (residential conversion of textile mills around Lille) as an accepted-manuscript HTML page after revision: citation_* meta, a banner explaining <ins>/<del> with styles, numeric [n] citations, <ins> around inserted citations ([6], [15, 16], [11], [17], [16]), <del> around deleted ones ([4], [18], [14]: no citations), an HTML comment holding a referee's suggestion with [4] (not text) and a commented-out list entry [14bis] (no entry), a draft marker '[réf. à compléter]' (no citation), a 'Références' list [1]–[14] as <p class=\"ref\"> (French author-initials style, « » titles kept out of the keyed title, DOI : ..., a doctoral thesis, a law (report, year and kind only), a Cerema dataset (web, corporate author not keyed), a web page with a consultation date only (no year), an ADEME report (corporate), 'à paraître': year absent, a translator not keyed) and 'Références complémentaires (ajoutées lors de la révision)' [15]–[18] ('soumis': year absent). Labels: reference numbers. Literature: both lists in order, 18 entries. Invented: the article, its author and journal, the Observatoire des friches page and URL, the ADEME report, Moreau & Lefebvre (à paraître), Ducret & Nguyen (soumis). Real with data as remembered (pages, DOIs may differ): Janin & Andres 2008, Rey 2006, Ambrosino & Andres 2008, Choay 1992, loi 2021-1104, Cartofriches, Panerai et al. 1977, Rossi 1981, Brand 1994, Druot/Lacaton/Vassal 2007, Lynch 1990, Douglas 2006, Plevoets & Van Cleempoel 2019, Bullen & Love 2011. Planted: entry [18] (Bullen & Love), added in revision, is cited only inside a <del>: uncited-literature-entry at its line.",
 "document": "friche-reconversion-fr.html", "reader": "html", "clean": True,
 "notes": fr,
 "literature": numbered({**fr, "18": fr18}, [str(i) for i in range(1, 19)]),
})

# ---- docx: English criminology manuscript, copy-edited, Chicago notes, Word revisions ----
feeley = dict(authors=["Feeley"], title="The Process Is the Punishment: Handling Cases in a Lower Criminal Court", year=1979, kind=B)
kohler = dict(authors=["Kohler-Hausmann"], title="Misdemeanorland: Criminal Courts and Social Control in an Age of Broken Windows Policing", year=2018, kind=B)
bail = dict(year=1976, kind=R)
dobbie = dict(authors=["Dobbie", "Goldin", "Yang"], title="The Effects of Pretrial Detention on Conviction, Future Crime, and Employment: Evidence from Randomly Assigned Judges", year=2018, doi="10.1257/aer.20161503", kind=A)
heaton = dict(authors=["Heaton", "Mayson", "Stevenson"], title="The Downstream Consequences of Misdemeanor Pretrial Detention", year=2017, kind=A)
klein_n = dict(authors=["Kleinberg"], title="Human Decisions and Machine Predictions", year=2018, doi="10.1093/qje/qjx032", kind=A)
klein_b = dict(authors=["Kleinberg", "Lakkaraju", "Leskovec", "Ludwig", "Mullainathan"], title="Human Decisions and Machine Predictions", year=2018, doi="10.1093/qje/qjx032", kind=A)
dhami = dict(authors=["Dhami", "Ayton"], title="Bailing and Jailing the Fast and Frugal Way", year=2001, doi="10.1002/bdm.371", kind=A)
okafor = dict(authors=["Okafor", "Reyes"], title="Remote Bail Hearings and the Quality of Defence Representation", kind=A)
whit = dict(authors=["Whitcombe"], title="Five Minutes to Decide? Timing Bail Hearings in Three Magistrates’ Courts", kind=A)
hmip = dict(title="Annual Report 2023–24", year=2024, kind=R)
put("docx", "bail-hearings-draft", {
 "about": "An invented English criminology article (bail and remand hearings in three English magistrates' courts) as a Word manuscript returned by a copy-editor with Track Changes and comments: Chicago notes (full first note, short form after, Ibid.), a tracked insertion holding a whole footnote (note 6) and one whose footnote is note 13 (Ibid.), tracked deletions of plain sentences and, in the Conclusion, of a sentence with the last footnote (a deleted footnote after all live ones: not part of the document, no pair; the live notes keep numbers 1–14), Word comments holding a copy-editor's query 'AU: please supply year and section ...' and a suggested citation (Emerson, Fretz and Shaw: comment text, not keyed), a '[REF]' placeholder (no citation), notes citing the Bail Act 1976 (report, year and kind only; statutes are in notes only, not in the bibliography, as Chicago allows), an 'in press' note and entry and a 'submitted' note and entry (year absent), a Bibliography of Chicago entries with one entry deleted whole (paragraph mark deleted too: no entry) and one inserted (keyed). Labels: footnote numbers; lines: body paragraph numbers (every w:p, deleted ones included). Note 6 (Kleinberg et al.) is keyed with the author printed before et al.; note 11 (short form), 13 (Ibid.) and 14 (short form) with the fields of the work they repeat. Invented: the study and its data, Okafor & Reyes (in press), Whitcombe (submitted), the manuscript number. Real with data as remembered (pages, DOIs may differ): Feeley 1979, Kohler-Hausmann 2018, Bail Act 1976, Dobbie et al. 2018, Heaton et al. 2017, Kleinberg et al. 2018, Dhami & Ayton 2001, HMIP Annual Report 2023–24, Hucklesby 1997 (deleted entry). Clean.",
 "document": "bail-hearings-draft.docx", "reader": "docx", "clean": True,
 "lang": "en-GB", "revision_author": "Copy-editor", "comment_author": "Copy-editor", "revision_date": "2026-11-21T10:00:00Z",
 "notes": {"1": feeley, "2": kohler, "3": bail, "4": dobbie, "5": heaton, "6": klein_n, "7": dhami, "8": okafor,
           "9": whit, "10": bail, "11": okafor, "12": hmip, "13": hmip, "14": feeley},
 "literature": [dhami, dobbie, feeley, heaton, hmip, klein_b, kohler, okafor, whit],
})
