"""Writes the meta.json of heldout50 half A's documents (latex, typst, asciidoc, mediawiki) and
the odt_meta.json the ODT document's script reads.  Round 50's theme: primary sources, editions
and translations in the humanities.  Labels and lines come from the ⟦label⟧ annotations in the
sources (the ODT's from its footnotes, numbered by build_odt.py), checked on the built files;
fields are given here by hand.  Conventions: see ../../README.md, "Half A".  In short: an
edition or translation of an ancient or medieval text is keyed with the ancient author as
printed (Augustinus, Thucydides, Macrobius, 'Thomas von Aquin' as one name) and the edition's
title and year; editors, translators and corporate authors are not keyed; an edition with no
author field (Rusten's Thucydides II, the Vulgate, an edited catalogue) has no authors;
manuscripts cited by shelfmark are kind unknown with no other field; canonical references in
running text with no citation command (civ. 19,13; Thuc. 2.34.1; Sat. 1.16.12; WA 11, 251)
are no citations.  Then:
  .venv/bin/python tests/corpus_build/build.py tests/heldout50 friedensordnung-de thucydides-funeral psalter-catalogue macrobius
  .venv/bin/python tests/heldout50/_src/odt/getijdenboek-nl/getijdenboek.py"""
import json, os, re
HERE = os.path.dirname(os.path.abspath(__file__))
B, A, C, R, CH, W, T, U = "book", "article", "commentary", "report", "chapter", "web", "thesis", "unknown"


def put(fmt, name, meta, file="meta.json"):
    p = os.path.join(HERE, "..", fmt, name, file)
    open(p, "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")


# ---- latex: German theology dissertation chapter, biblatex verbose-trad2, Quellen / Literatur ----
la = {
 "civ": dict(authors=["Augustinus"], title="De civitate dei. Libri XI–XXII", year=1955, kind=B),
 "civdt": dict(authors=["Augustinus"], title="Vom Gottesstaat (De civitate dei). Buch 11 bis 22", year=2007, kind=B),
 "conf": dict(authors=["Augustinus"], title="Confessionum libri XIII", year=1981, kind=B),
 "luther": dict(authors=["Luther"], title="Von weltlicher Obrigkeit, wie weit man ihr Gehorsam schuldig sei", year=1900, kind=CH),
 "wa": dict(title="D. Martin Luthers Werke. Kritische Gesamtausgabe", year=1883, kind=B),
 "thomas": dict(authors=["Thomas von Aquin"], title="Summa theologiae. Secunda secundae, qq. 1–56", year=1895, kind=B),
 "vulgata": dict(title="Biblia Sacra iuxta Vulgatam versionem", year=2007, kind=B),
 "brown": dict(authors=["Brown"], title="Augustine of Hippo. A Biography", year=2000, kind=B),
 "duchrow": dict(authors=["Duchrow"], title="Christenheit und Weltverantwortung. Traditionsgeschichte und systematische Struktur der Zweireichelehre", year=1970, kind=B),
 "flasch": dict(authors=["Flasch"], title="Augustin. Einführung in sein Denken", year=1980, kind=B),
 "harbeck": dict(authors=["Harbeck"], title="Tranquillitas ordinis. Die Friedensdefinition von civ. 19,13 und ihre Vorgeschichte", year=2020, doi="10.99999/zac-2020-0001", kind=A),
 "markus": dict(authors=["Markus"], title="Saeculum. History and Society in the Theology of St Augustine", year=1970, kind=B),
 "oberdorfer": dict(authors=["Oberdorfer"], title="Ordo und Obrigkeit. Augustinische Motive in Luthers Zwei-Reiche-Lehre", year=2018, kind=B),
}
la_notes = ["civ", "civdt", "flasch", "conf", "markus", "harbeck", "vulgata", "oberdorfer", "thomas",
            "harbeck", None, "luther", "duchrow", "oberdorfer", "luther", "wa", "civ"]
notes = {str(i + 1): la[k] for i, k in enumerate(la_notes) if k}
notes["brown2000"] = la["brown"]
notes["harbeck2020"] = la["harbeck"]
put("latex", "friedensordnung-de", {
 "about": "An invented German theology dissertation chapter (Augustine's definition of peace as tranquillitas ordinis in civ. 19,13 and its reception by Thomas and Luther) in LaTeX (scrbook, babel ngerman, csquotes), biblatex style=verbose-trad2 with biber and dissertation.bib beside it. Citations: \\footcite[hier 679]{key}, \\footcite[Vgl.][hier 555--557]{key}, \\footcite[1764]{key}, one \\footcites[Vgl.][hier 12--15]{harbeck2020}[anders][]{brown2000} (one footnote citing two works, keyed with the first, harbeck2020) and two \\parencite in the running text (verbose styles print them in parentheses, no footnote: labelled by their .bib key, their note the entry). Each \\footcite/\\footcites makes a footnote, labelled by its printed number 1-17, its note the cited entry. Canonical references written in the text with no citation command (civ. 19,13; civ. 19,17; ord. 1,1-3; conf. 13,9,10; Röm 13,1-7; Jer 29,7; 1 Tim 2,2; Mt 5,38-41; S. th. II-II, q. 29, a. 1 ad 1; WA 11, 249-251 and 251,15-18) are no citations: the edition each refers to is in the .bib and cited by \\footcite where the author cites it. Bibliography split by keyword: \\printbibliography[keyword=quelle,title={Quellen}] then [notkeyword=quelle,title={Literatur}], each in biblatex's nty order (verbose-trad2's default sorting): Quellen: Augustinus (Confessionum libri XIII; De civitate dei; Vom Gottesstaat: one name, by title), D. Martin Luthers Werke (the WA @mvbook with no name, sorted by its title), Luther, Thomas von Aquin (braced as one name), Biblia Sacra (no author, sorted by its editor Weber); Literatur: Brown, Duchrow, Flasch, Harbeck, Markus, Oberdorfer. Fields: ancient and medieval authors as printed (Augustinus; Thomas von Aquin one name), editors and translators not keyed (Dombart/Kalb, Thimme, Verheijen, Weber/Gryson), the WA keyed with the first year of its date range 1883/2009. Invented: the dissertation and its text, Harbeck 2020 (title, volume, pages, DOI with prefix 10.99999), Oberdorfer 2018 and its series number. Real with data as remembered: CCSL 48 (Dombart/Kalb 1955), CCSL 27 (Verheijen 1981), Thimme's translation (dtv edition and year as remembered), WA 11 (1900) and the Obrigkeitsschrift's pages, the Leonine Summa II-II volume, the Stuttgart Vulgate 5th ed., Brown 2000, Duchrow 1970, Flasch 1980, Markus 1970. Planted: \\footcite[Vgl.][hier 58--62]{wolf2016} (footnote 11) cites a key dissertation.bib does not have: keyed as a pair with no note, missing-literature-entry at its line.",
 "document": "kapitel2.tex", "reader": "latex", "clean": True,
 "notes": notes,
 "literature": [la[k] for k in ["conf", "civ", "civdt", "wa", "luther", "thomas", "vulgata",
                                "brown", "duchrow", "flasch", "harbeck", "markus", "oberdorfer"]],
})

# ---- typst: English classics article, works.bib, chicago-author-date ----
ty = {
 "jones1942": dict(authors=["Thucydides"], title="Historiae", year=1942, kind=B),
 "hammond2009": dict(authors=["Thucydides"], title="The Peloponnesian War", year=2009, kind=B),
 "rusten1989": dict(title="Thucydides: The Peloponnesian War, Book II", year=1989, kind=B),
 "gomme1956": dict(authors=["Gomme"], title="A Historical Commentary on Thucydides", year=1956, kind=B),
 "hornblower1991": dict(authors=["Hornblower"], title="A Commentary on Thucydides, Volume I: Books I–III", year=1991, kind=B),
 "loraux1986": dict(authors=["Loraux"], title="The Invention of Athens: The Funeral Oration in the Classical City", year=1986, kind=B),
 "ziolkowski1981": dict(authors=["Ziolkowski"], title="Thucydides and the Tradition of Funeral Speeches at Athens", year=1981, kind=B),
 "clairmont1983": dict(authors=["Clairmont"], title="Patrios Nomos: Public Burial in Athens during the Fifth and Fourth Centuries B.C.", year=1983, kind=B),
 "balot2014": dict(authors=["Balot"], title="Courage in the Democratic Polis: Ideology and Critique in Classical Athens", year=2014, kind=B),
 "marlowe2021": dict(authors=["Marlowe"], title="Pericles' Dead: Numbers, Names and the Casualty Lists behind Thucydides 2.34", year=2021, doi="10.99999/cq.2021.0007", kind=A),
 "varga2019": dict(authors=["Varga"], title="Praise without Names: Anonymity and the Athenian Epitaphios", year=2019, kind=CH),
}
put("typst", "thucydides-funeral", {
 "about": "An invented English classics article draft (anonymity and number in Pericles' funeral speech, Thuc. 2.34-46) in Typst: #set document/page/text/par/heading, a #let helper for Greek type (no citation), a centred title block, citations @key, @key[pp. 94–101], @key[2.45.2], two glued on one line (@gomme1956[...] @hornblower1991[...]), #cite(<key>, supplement: [...]), #cite(<key>, form: \"prose\") and #cite(<key>, form: \"prose\", supplement: [...]); labelled by their .bib key, their note the entry. Canonical references in the running text (Thuc. 2.34.1, 2.35-46, 1.84.3; Lys. 2; Pl. Menex. 236d-249c; Dem. 60; Hyp. 6; Arist. EN 3.6, 1115a6-1116a15; IG I^3 1147 with #super) are no citations and have no entries; an Abbreviations paragraph before the bibliography. #bibliography(\"works.bib\", title: \"Works cited\", style: \"chicago-author-date\"): the 11 cited entries in that style's order (author, or editor where there is none, then year, title): Balot, Clairmont, Gomme, Hornblower, Loraux, Marlowe, Rusten (editor), Thucydides 1942 (OCT), Thucydides 2009 (Hammond's translation), Varga, Ziolkowski. Editions and translations are keyed with the ancient author as their .bib author (Thucydides), editors and translators (Jones & Powell, Hammond, Sheridan) not keyed; Rusten's edition has no author field: no authors. Invented: the article and its author, Marlowe 2021 (title, pages, DOI prefix 10.99999), Varga 2019 and the edited volume it is in (editors Lund & Achterberg). Real with data as remembered: the OCT (Jones & Powell 1942), Hammond 2009, Rusten 1989, Gomme 1956, Hornblower 1991, Loraux 1986, Ziolkowski 1981, Clairmont 1983, Balot 2014. Clean.",
 "document": "thucydides-funeral.typ", "reader": "typst", "clean": True,
 "notes": ty,
 "literature": [ty[k] for k in ["balot2014", "clairmont1983", "gomme1956", "hornblower1991", "loraux1986",
                                "marlowe2021", "rusten1989", "jones1942", "hammond2009", "varga2019", "ziolkowski1981"]],
})

# ---- asciidoc: English art-history exhibition-catalogue essay, [bibliography] lists ----
ad = {
 "bl-add49622": dict(kind=U),
 "bodl-douce366": dict(kind=U),
 "bl-digitised": dict(title="Add MS 49622: The Gorleston Psalter", url="https://www.bl.uk/manuscripts/FullDisplay.aspx?ref=Add_MS_49622", kind=W),
 "alexander1987": dict(title="Age of Chivalry: Art in Plantagenet England 1200–1400", year=1987, kind=B),
 "camille1992": dict(authors=["Camille"], title="Image on the Edge: The Margins of Medieval Art", year=1992, kind=B),
 "camille1998": dict(authors=["Camille"], title="Mirror in Parchment: The Luttrell Psalter and the Making of Medieval England", year=1998, kind=B),
 "cockerell1926": dict(authors=["Cockerell", "James"], title="Two East Anglian Psalters at the Bodleian Library, Oxford", year=1926, kind=B),
 "cockerell1907": dict(authors=["Cockerell"], title="The Gorleston Psalter: A Manuscript of the Beginning of the Fourteenth Century in the Library of C. W. Dyson Perrins", year=1907, kind=B),
 "dunmore2017": dict(authors=["Dunmore"], title="Singing Apes and Silent Kings: Music in the Margins of Norwich Psalters", year=2017, doi="10.99999/jwci.80.2017.201", kind=A),
 "harper1991": dict(authors=["Harper"], title="The Forms and Orders of Western Liturgy from the Tenth to the Eighteenth Century", year=1991, kind=B),
 "panayotova2008": dict(authors=["Panayotova"], title="The Macclesfield Psalter", year=2008, kind=B),
 "randall1966": dict(authors=["Randall"], title="Images in the Margins of Gothic Manuscripts", year=1966, kind=B),
 "sandler1986": dict(authors=["Sandler"], title="Gothic Manuscripts 1285–1385", year=1986, kind=B),
 "wexcombe2024": dict(title="Collection Database", url="https://collections.wexcombe-museum.example.net/objects/1987.114", kind=W),
}
put("asciidoc", "psalter-catalogue", {
 "about": "An invented English art-history exhibition-catalogue essay (marginal images in East Anglian psalters, c. 1300-1340) in AsciiDoc: header with author and attributes, a [.lead] paragraph, an image block with a caption naming an inv. no. (no citation), an [appendix] Abbreviations description list, and a Bibliography split into two [bibliography] lists ('Manuscripts and digital facsimiles': two manuscripts by shelfmark and the BL's digitised copy; 'Secondary literature': 11 entries in Chicago bibliography style, some wrapping over two or three lines). Citations <<key>> and <<key,pp. 24–39>>, <<key,fol. 153r>>, <<key,no. 575>>, <<key,inv. no. 1987.114>>, labelled by their key, their note the entry. Canonical references in the text (Ps 101:7, Psalm 80:3 in Vulgate numbering; fol. 9v; cat. numbers; inv. no. in the text) are no citations. Literature: the 14 entries in document order. Manuscripts cited by shelfmark: kind unknown, no other field. The BL's digitised-manuscripts page and the museum's collection record are web (corporate authors not keyed; no year: only an access date is printed). The Age of Chivalry catalogue is edited (editors not keyed), kind book. Invented: the essay, its author, the exhibition, the Wexcombe Museum of Art, the leaf inv. no. 1987.114 and its record URL, Dunmore 2017 and its DOI (prefix 10.99999). Real with data as remembered: BL Add MS 49622, Bodleian MS Douce 366, the BL digitised-manuscripts URL, Alexander & Binski 1987, Camille 1992 and 1998, Cockerell & James 1926, Cockerell 1907, Harper 1991, Panayotova 2008, Randall 1966, Sandler 1986. Planted: cockerell1907 is in the list but cited nowhere: uncited-literature-entry at the entry's first line.",
 "document": "psalter-catalogue.adoc", "reader": "asciidoc", "clean": True,
 "notes": {k: v for k, v in ad.items() if k != "cockerell1907"},
 "literature": list(ad.values()),
})

# ---- mediawiki: English Wikipedia article on Macrobius, {{sfn}} + Sources ----
mac = dict(authors=["Cameron"], title="The Last Pagans of Rome", year=2011, kind=B)
kas = dict(authors=["Macrobius"], title="Saturnalia", year=2011, kind=B)
sta = dict(authors=["Macrobius"], title="Commentary on the Dream of Scipio", year=1952, kind=B)
wil = dict(authors=["Macrobius"], title="Ambrosii Theodosii Macrobii Saturnalia", year=1970, kind=B)
dep = dict(authors=["Macrobius"], title="Macrobii Theodosii De verborum Graeci et Latini differentiis vel societatibus excerpta", year=1990, kind=B)
fla = dict(authors=["Flamant"], title="Macrobe et le néo-platonisme latin, à la fin du IVe siècle", year=1977, kind=B)
gol = dict(authors=["Goldlust"], title="Rhétorique et poétique de Macrobe: La Seconde Sophistique latine", year=2010, kind=B)
mw_ids = {
 "c11a": mac, "c11b": mac, "k11a": kas, "k11b": kas, "k11c": kas, "k11d": kas,
 "cam66": dict(authors=["Cameron"], title="The Date and Identity of Macrobius", year=1966, doi="10.2307/300131", kind=A),
 "wil": wil, "zet": dict(authors=["Zetzel"], title="Cicero: De re publica. Selections", year=1995, kind=B),
 "fla": fla, "sta": sta, "stb": sta, "dep": dep,
 "bar": dict(authors=["Barker-Benfield"], title="A Critical Edition of Macrobius' Commentary on the Somnium Scipionis", year=1975, kind=T),
 "oko": dict(authors=["Okonjo"], title="Glossing the Dream: William of Conches and Macrobius", year=2022, url="https://medievalcosmology.example.net/2022/02/william-of-conches-macrobius/", kind=W),
 "gol": gol,
}
# note numbers: order of first use (named refs and identical sfns keep their first number)
order = ['c11a', 'k11a', 'cam66', 'k11b', 'c11b', 'wil', 'k11c', 'zet', 'fla', 'sta', 'dep', 'bar', 'stb', 'oko', 'k11d', 'gol']
put("mediawiki", "macrobius", {
 "about": "An invented English Wikipedia article on Macrobius (late Roman writer, fl. c. 430): short description, Use-dmy, Infobox writer (no note), <ref> notes: {{sfn|Author|Year|p=}} short citations to a 'Sources' section (== Sources == with '=== Editions and translations ===' of four {{cite book |author=Macrobius |editor-last=... |ref={{sfnref|Editor|Year}}}} and '=== Studies ===' of three {{cite book}}, inside {{refbegin}}/{{refend}}), identical {{sfn}} calls merged into one note (as MediaWiki merges them: Cameron 2011 p. 231 and pp. 265–272 each used twice), two {{sfn}} glued at the end of one sentence, a named ref {{cite journal}} reused once, a named ref {{cite thesis}} reused once, a {{cite book}} and a {{cite web}} in plain <ref>s; {{Reflist}} under == References ==, See also (wikilinks). Labels: note numbers in order of first use (1-16; named refs and identical sfns reused keep their number). Each sfn note is keyed with the work its sfnref names. Canonical references in prose (Sat. praef. 11-12, Sat. 1.16.12 and 5.1.1-2, Cic. Rep. 6.9-29, In Somn. 1.3.2-11, Parliament of Fowls lines 29-84, the manuscript Paris, BnF, lat. 6371) are no citations. Literature: the 7 Sources entries in document order; editions keyed with author Macrobius as the template gives it, editors and translators (De Paolis, Kaster, Stahl, Willis) not keyed. Kinds: cite thesis thesis, cite web web. Invented: the article text, Okonjo's blog post and its URL. Real with data as remembered: Cameron 1966 (JRS 56, DOI as remembered) and 2011, Kaster's Loeb Saturnalia 2011, Willis's Teubner 1970, Stahl 1952, De Paolis 1990, Zetzel 1995, Flamant 1977, Goldlust 2010, Barker-Benfield's DPhil thesis 1975 (title as remembered). Clean.",
 "document": "macrobius.wiki", "reader": "mediawiki", "clean": True,
 "notes": {str(i + 1): mw_ids[k] for i, k in enumerate(order)},
 "literature": [dep, kas, sta, wil, mac, fla, gol],
})

# ---- odt: Dutch medieval-studies article, footnotes (build_odt.py's Doc) ----
vw = dict(authors=["van Wijk"], title="Het getijdenboek van Geert Grote naar het Haagse handschrift 133 E 21", year=1940, kind=B)
ms = dict(kind=U)
mertens = dict(authors=["Mertens"], title="Lezen met de pen. Ontwikkelingen in het laatmiddeleeuws geestelijk proza", year=1989, kind=CH)
versch = dict(authors=["Verschuren"], title="Uren en klokken in Middelnederlandse getijdenboeken", year=2022, doi="10.99999/queeste.2022.2.101", kind=A)
odt_notes = [
 vw, ms, vw,
 dict(title="Kriezels, aubergines en takkenbossen. Randversiering in Noordnederlandse handschriften uit de vijftiende eeuw", year=1992, kind=B),
 ms,
 dict(authors=["Defoer", "Korteweg", "Wüstefeld"], title="The Golden Age of Dutch Manuscript Painting", year=1990, kind=B),
 ms, ms,
 dict(authors=["Kwakkel"], title="Die dietsche boeke die ons toebehoeren. De kartuizers van Herne en de productie van Middelnederlandse handschriften in de regio Brussel (1350–1400)", year=2002, kind=B),
 ms, mertens, mertens, mertens, vw, ms, ms, versch, versch,
 dict(authors=["Ruijsenaars"], title="Getijden in gebruik. Sporen van lezers in Noordnederlandse getijdenboeken", year=2007, kind=CH),
]
put("odt", "getijdenboek-nl", {
 "title": "Lezen met de klok mee",
 "about": "An invented Dutch medieval-studies journal article (a Delft book of hours in Geert Grote's translation, The Hague, KB 135 G 19, and the traces of its users, c. 1460-1540) as an OpenDocument text built by tests/corpus_build/build_odt.py's Doc class (script _src/odt/getijdenboek-nl/getijdenboek.py, output folder set to tests/heldout50/odt): headings, an author line, 19 footnotes and no bibliography, as Dutch humanities journals print it. Notes cite manuscripts by shelfmark (KB 135 G 19 with folios, then 'hierna: KB 135 G 19'; Leiden UB BPL 2747; Utrecht, Museum Catharijneconvent, BMH h 70), editions and secondary works in full at first mention, short forms later (Van Wijk, Getijdenboek; Mertens, 'Lezen met de pen'; Verschuren, 'Uren en klokken'), Ibidem/Ibid., an italic title, a hyperlink to the ISTC in a note. Labels: the footnote numbers 1-19 at their body paragraph (lines are body paragraph numbers, headings and the author line included). Fields: a note is keyed with the first work it cites (note 13 'Ibid., 196; voor de druk zie ... ISTC' is Mertens, the work of note 12; note 16 'Utrecht, ... BMH h 70, fol. 22r; zie L. Verschuren, ...' is the manuscript); Ibidem/Ibid. repeat the one work of the note before; a note citing a manuscript by shelfmark is kind unknown with no other field; an edited volume (Korteweg red.) has no authors; Dutch family names with their particle as printed ('van Wijk', from 'N. van Wijk' and 'Van Wijk'); 'Vgl.' and 'zie' lead-ins are no part of a title. Biblical references in the text (Ps. 50, Ps. 129) are no citations. Invented: the article and its author, the shelfmark KB 135 G 19 as described, BPL 2747 and BMH h 70 as used here, the owners' notes, Verschuren 2022 and its DOI (prefix 10.99999), Ruijsenaars 2007 and its title. Real with data as remembered: Van Wijk 1940, Korteweg 1992, Defoer/Korteweg/Wüstefeld 1990, Kwakkel 2002, Mertens 1989 (pages as remembered), the ISTC URL pattern. Clean.",
 "reader": "odt", "clean": True, "defects": [],
 "notes": {str(i + 1): v for i, v in enumerate(odt_notes)},
}, file="odt_meta.json")
