"""Writes the meta.json of heldout69 half A's documents (latex, html, plaintext, org, bibtex).
Round 82's theme: law and criminology; sport and exercise science.  Half A: law and criminology,
one sub-field per document (constitutional and administrative law, criminology and juvenile
justice, forensic science and policing, legal history, comparative private law and human rights
law).  Labels and lines come from the ⟦label⟧ annotations in the sources, checked on the built
files by check_a.py; fields are given here by hand.  Conventions: see ../../README.md, "Half A".
Then:
  /work/main/.venv/bin/python tests/corpus_build/build.py tests/heldout69 stharrig-kostituzzjonali-mt drejtesia-te-mitur-sq dna-database-review-en bizkaiko-forua-eu dereito-civil-galego-gl
  /work/main/.venv/bin/python tests/heldout69/_src/_meta/check_a.py"""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
B, A, R, CH, W, T, U = "book", "article", "report", "chapter", "web", "thesis", "unknown"


def put(fmt, name, meta, file="meta.json"):
    p = os.path.join(HERE, "..", fmt, name, file)
    open(p, "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")


# ---- latex: Maltese constitutional and administrative law, biblatex verbose-trad2, sorting=none, one \input ----
tx = {
 "kost1964": dict(title="Kostituzzjoni ta' Malta", year=1964, kind=R),
 "kap12": dict(title="Kodiċi ta' Organizzazzjoni u Proċedura Ċivili (Kap. 12 tal-Liġijiet ta' Malta)", year=1855, kind=R),
 "cremona1994": dict(authors=["Cremona"], title="The Maltese Constitution and Constitutional History since 1813", year=1994, kind=B),
 "borg2016": dict(authors=["Borg"], title="A Commentary on the Constitution of Malta", year=2016, kind=B),
 "venice2018": dict(title="Malta: Opinion on Constitutional Arrangements and Separation of Powers and the Independence of the Judiciary and Law Enforcement", year=2018, kind=R),
 "azzopardivella2019": dict(authors=["Azzopardi Vella"], title="Il-prinċipju tal-legalità u l-istħarriġ ġudizzjarju taħt l-artikolu 469A tal-Kap. 12", year=2019, kind=A),
 "farrugia2008": dict(title="Il-Pulizija v. Emanuel Farrugia", year=2008, kind=R),
 "spiteri2019": dict(title="Carmel Spiteri v. L-Avukat Ġenerali", year=2019, kind=R),
 "galea2021": dict(authors=["Galea", "Micallef Grech"], title="Constitutional References after Repubblika: Judicial Independence and the Maltese Courts", year=2021, doi="10.99999/mjhr.2021.25.113", kind=A),
 "kap385": dict(title="Att dwar l-Ombudsman (Kap. 385 tal-Liġijiet ta' Malta)", year=1995, kind=R),
 "ombudsman2023": dict(title="Rapport Annwali 2022", year=2023, kind=R),
 "mifsud2020": dict(authors=["Mifsud"], title="L-Ombudsman Parlamentari u r-rimedji amministrattivi f'Malta", year=2020, url="https://oar.um.example.org/handle/123456789/71204", kind=T),
 "kap460": dict(title="Att dwar l-Unjoni Ewropea (Kap. 460 tal-Liġijiet ta' Malta)", year=2003, kind=R),
 "cassarpullicino2024": dict(authors=["Cassar Pullicino"], title="Is-supremazija tad-dritt tal-Unjoni u l-Kostituzzjoni ta' Malta", year=2024, kind=CH),
 "repubblika2021": dict(title="Repubblika v. Il-Prim Ministru", year=2021, kind=R),
 "legislationmt": dict(title="Liġijiet ta' Malta", url="https://legislation.mt/", kind=W),
}
# sorting=none: the cited entries in order of first citation through the document, the \input file where it stands
TX_ORDER = ["kost1964", "kap12", "cremona1994", "borg2016", "venice2018", "azzopardivella2019", "farrugia2008",
            "spiteri2019", "galea2021", "kap385", "ombudsman2023", "mifsud2020", "kap460", "cassarpullicino2024",
            "repubblika2021", "legislationmt"]
# Key correction (round 82, fix82l): verbose-trad2 prints every \footcite/\footcites and every \textcite
# (verbose-trad2.cbx: \cbx@textcite@init\cbx@textcite\footcite) as a footnote, numbered 1-20 in reading order
# (\maketitle resets the counter after the \thanks); the corpus labels such a citation by that number, its note
# the cited entry (a \footcites with two works: the first, heldout50 README).
TX_NOTES = ["kost1964", "kap12", "cremona1994", "borg2016", "venice2018", "azzopardivella2019", "farrugia2008",
            "spiteri2019", "galea2021", "kap385", "ombudsman2023", "mifsud2020", "borg2016", "cremona1994",
            "kap460", "cassarpullicino2024", "repubblika2021", "galea2021", "legislationmt", "venice2018"]
put("latex", "stharrig-kostituzzjonali-mt", {
 "about": "An invented Maltese article on the judicial review of administrative action and the role of the Qorti Kostituzzjonali (article 469A of Kap. 12, constitutional redress, the Parliamentary Ombudsman, EU law and the Constitution) in LaTeX: article class, babel maltese, csquotes, biblatex style=verbose-trad2 with sorting=none (biber), \\addbibresource{bibljografija.bib}, \\printbibliography[title={Bibljografija}]; \\footcite{k}, \\footcite[art.~6 u 116]{k}, \\footcite[ara][kap.~9]{k}, \\footcites[ara][34--41]{a}{b} and \\footcites[ara][45--52]{a}[kap.~12]{b} (one footnote each, its note the first work), \\textcite{k}, \\textcite[125]{k}, \\textcite[220]{k}; a \\thanks with an e-mail address; section 3 in taqsimiet/ombudsman.tex by \\input (citations keyed at their lines in that file); every citation is a footnote (\\textcite under verbose-trad2 too), labelled by its number 1-20 in reading order (key corrected in round 82, fix82l); a % TODO comment naming a seminar without a citation. bibljografija.bib: @legislation (the Constitution, Kap. 12, Kap. 385, Kap. 460, by date), @book, @article (journaltitle), @jurisdiction for three judgments (biblatex's case-law type: report), @report with a braced corporate author (the Venice Commission opinion CDL-AD(2018)028, the Ombudsman's annual report), @thesis with type Teżi LL.D., @incollection with editors, @online with urldate. Real works with data as remembered: the Constitution of Malta 1964, Kap. 12 (dated 1855), Kap. 385 (1995), Kap. 460 (2003), Cremona 1994, Borg 2016 (publisher and place as remembered), the Venice Commission opinion CDL-AD(2018)028, Repubblika v Il-Prim Ministru, C-896/19, 20 April 2021 (ECLI:EU:C:2021:311), the legislation.mt site. Invented: the author Tereża Camilleri Bonello and her address (dritt.example.net), Ċensu Azzopardi Vella and his Id-Dritt article, Roberta Galea and Jean-Paul Micallef Grech and their Mediterranean Journal of Human Rights article (DOI 10.99999/mjhr.2021.25.113), the judgments Il-Pulizija v. Emanuel Farrugia (2008) and Carmel Spiteri v. L-Avukat Ġenerali (2019) with their application numbers, the Maltese title of the Ombudsman's 2022 report and its figures, Daniela Mifsud's LL.D. thesis (oar.um.example.org), Ramona Cassar Pullicino's chapter and the edited volume 'Malta fl-Unjoni Ewropea' with its editors Mark Zammit and Lara Debattista. Clean: every entry cited, every cited key an entry. The literature is the cited entries in order of first citation (sorting=none).",
 "document": "stharrig.tex", "reader": "latex", "clean": True,
 "notes": {str(i + 1): tx[k] for i, k in enumerate(TX_NOTES)},
 "literature": [tx[k] for k in TX_ORDER],
})

# ---- html: Albanian criminology and juvenile justice, institute web article, 19 endnotes ----
law37 = dict(title="Ligji nr. 37/2017, «Kodi i Drejtësisë Penale për të Mitur»", year=2017, kind=R)
kp = dict(title="Ligji nr. 7895, datë 27.1.1995, «Kodi Penal i Republikës së Shqipërisë»", year=1995, kind=R)
hasl = dict(authors=["Hasluck"], title="The Unwritten Law in Albania", year=1954, kind=B)
kadiu = dict(authors=["Kadiu", "Doda"], title="Blood feud, self-help and the state in post-communist northern Albania", year=2022, doi="10.99999/ccj.2022.0418", kind=A)
hn = {
 "1": law37,
 "2": kp,
 "3": kp,
 "4": law37,
 "5": dict(authors=["Meçe", "Spahiu"], title="Të mitur në konflikt me ligjin në Shqipëri, 2015–2022", year=2025, doi="10.99999/zenodo.9930412", kind=W),
 "6": dict(title="Raporti vjetor 2022", year=2023, url="https://provesi.example.org/raporte/raporti-vjetor-2022.pdf", kind=R),
 "7": dict(title="Statistikat e drejtësisë 2022", year=2023, kind=R),
 "8": dict(title="Drejtësia për fëmijët në Shqipëri: vlerësim i zbatimit të masave alternative", year=2018, kind=R),
 "9": dict(authors=["Gjeçovi"], title="Kanuni i Lekë Dukagjinit", year=1933, kind=B),
 "10": hasl,
 "11": kadiu,
 "12": dict(authors=["Gjana"], title="Ngujimi dhe fëmijët: një studim kriminologjik i familjeve në gjakmarrje në Shqipërinë e Veriut", year=2021, kind=T),
 "13": hasl,
 "14": kp,
 "15": law37,
 "16": dict(title="Konventa për të Drejtat e Fëmijës", year=1989, kind=R),
 "17": dict(authors=["Kola"], title="Ndërmjetësimi në çështjet penale me të mitur: përvoja e Elbasanit dhe Durrësit", year=2020, kind=CH),
 "18": dict(title="Projekti “Ndërmjetësim për të miturit”: materiale dhe modele", url="https://qsk.example.org/projekte/ndermjetesim/", kind=W),
 "19": kadiu,
}
put("html", "drejtesia-te-mitur-sq", {
 "about": "An invented Albanian web article of an invented criminology institute (Qendra për Studime Kriminologjike, QSK) on juvenile offenders seven years after the Juvenile Criminal Justice Code: diversion, alternatives to pre-trial detention, the Probation Service, children of families confined by blood feud, restorative mediation. Site header and navigation, breadcrumbs, a byline with two authors, a figure whose caption refers to note 5 in words (no marker), 19 superscript endnote markers <sup><a href=\"#fnN\" id=\"refN\">N</a></sup>, an ordered list of notes under 'Shënime' with back-links ↩, a footer. Notes in Albanian humanities form (initials and family name, «» and “” for titles of parts, italics for books, 'f.' for pages, 'red.' for editors, 'parë më' for access dates), one 'Po aty' (note 3, keyed as note 2) and 'vep. e cit.' short notes (4, 13, 14, 15, 19, keyed with the full fields of notes 1, 10, 2, 1, 11). Kinds: laws and the UN convention report (keyed by designation with the quoted title; the Fletorja Zyrtare number, dates of amendment and articles no part of it), the probation service's annual report, INSTAT's justice statistics and a UNICEF assessment report (corporate authors not keyed), Gjeçovi's Kanun and Hasluck book, a chapter in an edited volume (editors not keyed), a doctoral dissertation thesis, a data set with its version after the title (web; 'versioni 2.0' no part of the title), the institute's project page web (no year). Real works with data as remembered: Ligji nr. 37/2017 (the Fletorja Zyrtare number as remembered), Ligji nr. 7895 of 27.1.1995 (articles as remembered), Gjeçovi's Kanuni i Lekë Dukagjinit (Shkodër 1933), Hasluck 1954 (pages illustrative), the UN Convention on the Rights of the Child (1989). Invented: the institute, its site and the authors Alketa Meçe and Dritan Spahiu, their data set (DOI 10.99999/zenodo.9930412), the Probation Service report's address (provesi.example.org) and figures, the INSTAT volume's title, the UNICEF assessment's title, Blerina Kadiu and Arben Doda and their Criminology & Criminal Justice article (DOI 10.99999/ccj.2022.0418), E. Gjana's dissertation, L. Kola's chapter and the volume 'Drejtësia restauruese në Shqipëri' with its editors R. Hysa and M. Dervishi, the project page (qsk.example.org). Clean. No literature list: the endnotes are the notes by number.",
 "document": "te-miturit-ne-konflikt-me-ligjin.html", "reader": "html", "clean": True,
 "notes": hn,
 "literature": [],
})

# ---- plaintext: English forensic science and policing, evidence review note, Vancouver [n] + numbered REFERENCES ----
pt = [
 dict(title="S and Marper v United Kingdom", year=2008, kind=R),
 dict(title="Protection of Freedoms Act 2012", year=2012, kind=R),
 dict(title="R (GC) v Commissioner of Police of the Metropolis; R (C) v Commissioner of Police of the Metropolis", year=2011, kind=R),
 dict(title="Gaughran v United Kingdom", year=2020, kind=R),
 dict(title="Gaughran's Application for Judicial Review", year=2015, kind=R),
 dict(authors=["Amankwaa", "McCartney"], title="The effectiveness of the UK national DNA database", year=2019, doi="10.1016/j.fsisyn.2019.03.004", kind=A),
 dict(authors=["Wallace", "Jackson", "Gruber", "Thibedeau"], title="Forensic DNA databases: ethical and legal standards. A global review", year=2014, kind=A),
 dict(title="National DNA Database Strategy Board annual report April 2021 to March 2022", year=2023, kind=R),
 dict(title="Annual report 2021", year=2022, kind=R),
 dict(title="Biometric evidence: an inspection of how police forces retain and delete DNA profiles and fingerprints", year=2024, kind=R),
 dict(title="NDNAD deletion requests, 2019-2025", year=2026, doi="10.99999/peu.ndnad.2026", kind=W),
 dict(authors=["Wixted", "Wells"], title="The relationship between eyewitness confidence and identification accuracy: a new synthesis", year=2017, doi="10.1177/1529100616686966", kind=A),
 dict(authors=["Wells", "Kovera", "Douglass", "Brewer", "Meissner", "Wixted"], title="Policy and procedure recommendations for the collection and preservation of eyewitness identification evidence", year=2020, doi="10.1037/lhb0000359", kind=A),
 dict(title="Police and Criminal Evidence Act 1984 (PACE) Code D: revised code of practice for the identification of persons by police officers", year=2017, kind=R),
 dict(authors=["Okonkwo-Barnes", "Lindqvist"], title="Confidence recording in video identification procedures: a survey of identification officers in England and Wales", year=2025, doi="10.99999/policing.paae041", kind=A),
 dict(title="Code of practice", year=2023, kind=R),
 dict(authors=["Haddow-Kerr"], title="Regulating identification evidence: statutory codes and the fair trial", year=2024, url="https://theses.gla.example.org/84127/", kind=T),
 dict(authors=["Gill"], title="Misleading DNA evidence: reasons for miscarriages of justice", year=2014, kind=B),
]
put("plaintext", "dna-database-review-en", {
 "about": "An invented English evidence review note of an invented policing evidence unit for an invented joint forensic governance panel, on the retention of DNA profiles on the National DNA Database and on video identification procedures and eyewitness confidence: a title block with a note number (2026/04), numbered sections and paragraphs (2.1 …), lettered recommendations, rule lines of hyphens; Vancouver citations [n] with locators ([4, paras 88-96], [10, p. 27]), a group [6, 7] and a group with a locator [13, rec. 4-5; 12] (two pairs each), and a numbered REFERENCES list in NLM form with hanging wrapped entries; entries 1-17 are the notes by number. Kinds: case law (S and Marper and Gaughran in the ECtHR by application number, GC and C and Gaughran's application by UKSC neutral citation) and the Protection of Freedoms Act 2012 report; the Strategy Board's annual report, the Biometrics Commissioner's annual report, an HMICFRS inspection report with its report number (no part of its title), PACE Code D and the Forensic Science Regulator's Code of practice report (corporate authors not keyed); a data set with [dataset] and its version after the title (web; neither part of the title); a PhD thesis; a book. DOIs as doi:, 'doi: ', 'DOI: ' and https://doi.org/ keyed bare. Real works with data as remembered: S and Marper v United Kingdom (2008), the Protection of Freedoms Act 2012, R (GC) v Commissioner of Police of the Metropolis [2011] UKSC 21, Gaughran v United Kingdom (2020, application number as remembered), Gaughran's Application [2015] UKSC 29, Amankwaa and McCartney 2019, Wallace et al. 2014, Wixted and Wells 2017, Wells et al. 2020 (DOIs as remembered), PACE Code D (2017), Gill 2014; the titles and years of the Strategy Board's and the Biometrics Commissioner's reports and of the Regulator's Code as remembered. Invented: the panel, the Policing Evidence Unit, Dr Niamh O'Rourke-Tait, the HMICFRS inspection and its number HMICFRS/2024/112, the unit's data set (DOI 10.99999/peu.ndnad.2026), T. Okonkwo-Barnes and E. Lindqvist and their Policing article (DOI 10.99999/policing.paae041), F. Haddow-Kerr's thesis (theses.gla.example.org) and all figures. Planted: entry 18 (Gill 2014) is cited nowhere: uncited-literature-entry at its first line.",
 "document": "dna-identification-review.txt", "reader": "plain-text", "clean": True,
 "notes": {str(i + 1): pt[i] for i in range(17)},
 "literature": [dict(number=i + 1, **pt[i]) for i in range(18)],
})

# ---- org: Basque legal history (the foral law of Bizkaia), org-cite with csl chicago-author-date.csl ----
og = {
 "monreal1974": dict(authors=["Monreal Zia"], title="Las instituciones públicas del Señorío de Vizcaya (hasta el siglo XVIII)", year=1974, kind=B),
 "celaya1965": dict(authors=["Celaya Ibarra"], title="Vizcaya y su Fuero Civil", year=1965, kind=B),
 "tomasyvaliente1979": dict(authors=["Tomás y Valiente"], title="Manual de historia del derecho español", year=1979, kind=B),
 "fueronuevo1526": dict(title="Fuero Nuevo de Vizcaya", year=1526, kind=R),
 "lege3-1992": dict(title="3/1992 Legea, uztailaren 1ekoa, Euskal Herriko Foru Zuzenbide Zibilari buruzkoa", year=1992, kind=R),
 "lege5-2015": dict(title="5/2015 Legea, ekainaren 25ekoa, Euskal Zuzenbide Zibilarena", year=2015, kind=R),
 "etxeberria2022": dict(authors=["Etxeberria Goikoetxea"], title="Bizkaiko Foru Zaharra eta Batzar Nagusien akten tradizioa (1452–1526)", year=2022, doi="10.99999/iuravasconiae.2022.19.145", kind=A),
 "arana2018": dict(authors=["Arana Uribarri", "Zubizarreta"], title="Tronkalitatea Bizkaiko foru zuzenbidean: jatorria eta bilakaera", year=2018, kind=CH),
 "olabarria2020": dict(authors=["Olabarria Aretxabaleta"], title="Bizkaiko Batzar Nagusiak eta foru zuzenbidearen aplikazioa XVIII. mendean", year=2020, url="https://addi.ehu.example.org/handle/10810/48213", kind=T),
 "aktak1704": dict(title="Batzar Nagusien aktak, 1700–1705", kind=U),
 "auzia1611": dict(title="Tronkalitateari buruzko auzia, Otxandioko Joan Ibarraren alarguna eta haren ondorengoak", kind=U),
 "aktakdatuak2024": dict(authors=["Olabarria Aretxabaleta", "Etxeberria Goikoetxea"], title="Bizkaiko Batzar Nagusien aktak, 1700–1800: transkripzioak eta metadatuak", year=2024, doi="10.99999/zenodo.11204577", kind=W),
 "forulegea": dict(title="Bizkaiko foru zuzenbidearen testu historikoak", url="https://behatokia.example.net/testu-historikoak/", kind=W),
}
# chicago-author-date: author (a braced corporate author by its name), else title (the two laws by their
# leading digits first, the Fuero under F), then year, then title; Basque collation (accents with their base letter)
OG_ORDER = ["lege3-1992", "lege5-2015", "arana2018", "aktak1704", "celaya1965", "etxeberria2022", "forulegea",
            "fueronuevo1526", "monreal1974", "olabarria2020", "aktakdatuak2024", "tomasyvaliente1979", "auzia1611"]
put("org", "bizkaiko-forua-eu", {
 "about": "An invented Basque article on the foral law of Bizkaia from the Old Fuero (1452) and the New Fuero (1526) to the Basque Civil Law Act 5/2015: the General Assemblies (Batzar Nagusiak) as interpreters of the Fuero, the troncalidad (tronkalitatea). Org mode with #+language: eu, #+bibliography: foruak.bib, #+cite_export: csl chicago-author-date.csl (not in the folder), #+print_bibliography:; [cite:@k], [cite:@k 23-41. or.], [cite/t:@k], [cite/t:@k 2. kap.], [cite:ikus halaber @k 188. or.], [cite:@a; @b 412-418. or.] and [cite:@a 88-91. or.; @b] (two pairs each), two on a #+caption: line of a table; a :noexport: review subtree with no citations. foruak.bib (BibTeX fields, biblatex types): @book, @article, @incollection with an editor, @phdthesis with type Doktore-tesia, @legislation for the New Fuero and the two acts (by date), @unpublished for two archival items with braced corporate authors (kind only by the .bib title, no year), @misc for a data set (howpublished with its version) and a web page (braced corporate author). Real works with data as remembered: Monreal Zia 1974, Celaya Ibarra 1965, Tomás y Valiente 1979, the Fuero Nuevo de Vizcaya (1526, date as remembered), Law 3/1992 and Law 5/2015 (the EHAA numbers and dates as remembered). Invented: the author Maialen Garaikoetxea Ruiz de Azua, Ane Etxeberria Goikoetxea and her Iura Vasconiae article (DOI 10.99999/iuravasconiae.2022.19.145), Mikel Arana Uribarri and Itziar Zubizarreta's chapter and the volume with its editor Joseba Lizarralde, Garazi Olabarria Aretxabaleta's thesis (addi.ehu.example.org) and the data set (DOI 10.99999/zenodo.11204577), the shelf marks of the General Assemblies' minutes and the Chancillería lawsuit and the lawsuit itself, the observatory and its page (behatokia.example.net), the table's figures, urrutia1999. Planted: [cite/t:@urrutia1999] cites a key with no foruak.bib entry: missing-literature-entry at its line (keyed as a pair, no note); every entry is cited. The literature is the cited entries in chicago-author-date order.",
 "document": "bizkaiko-forua.org", "reader": "org", "clean": True,
 "notes": og,
 "literature": [og[k] for k in OG_ORDER],
})

# ---- bibtex: Galician comparative private law and human rights law, a JabRef-kept biblatex library ----
gb = [
 ("lei2-2006", dict(title="Lei 2/2006, do 14 de xuño, de dereito civil de Galicia", year=2006, kind=R)),
 ("lei4-1995", dict(title="Lei 4/1995, do 24 de maio, de dereito civil de Galicia", year=1995, kind=R)),
 ("stc88-1993", dict(title="STC 88/1993, de 12 de marzo", year=1993, kind=R)),
 ("marckx1979", dict(title="Marckx c. Bélxica", year=1979, kind=R)),
 ("munozdiaz2009", dict(title="Muñoz Díaz c. España", year=2009, kind=R)),
 ("pla2004", dict(title="Pla e Puncernau c. Andorra", year=2004, kind=R)),
 ("cedh1950", dict(title="Convenio para la Protección de los Derechos Humanos y de las Libertades Fundamentales", year=1950, kind=R)),
 ("zweigert1998", dict(authors=["Zweigert", "Kötz"], title="Introduction to Comparative Law", year=1998, kind=B)),
 ("harris2018", dict(authors=["Harris", "O'Boyle", "Bates", "Buckley"], title="Harris, O'Boyle, and Warbrick: Law of the European Convention on Human Rights", year=2018, kind=B)),
 ("rebolledo2008", dict(title="Comentarios a la Ley de Derecho Civil de Galicia (Ley 2/2006, de 14 de junio)", year=2008, kind=B)),
 ("fernandezlois2021", dict(authors=["Fernández Lois", "Rodríguez de Castro"], title="A compañía familiar galega e o principio de igualdade entre fillos: unha lectura desde Marckx", year=2021, doi="10.99999/afduc.2021.25.7841", kind=A)),
 ("pazos2019", dict(authors=["Pazos Vilariño"], title="O dereito á vida familiar e os pactos sucesorios no dereito civil de Galicia", year=2019, doi="10.99999/dereito.28.2.6122", kind=A)),
 ("dovale2023", dict(authors=["do Vale Carballo"], title="Dereitos civís autonómicos e Convenio Europeo: a veciñanza civil como criterio de diferenciación", year=2023, kind=CH)),
 ("mourino2022", dict(authors=["Mouriño Castro"], title="A mellora e a lexítima no dereito civil de Galicia: estudo histórico e comparado", year=2022, url="https://minerva.usc.example.org/handle/10347/29981", kind=T)),
 ("valedora2023", dict(title="Informe ordinario 2022", year=2023, kind=R)),
 ("sentenzas2025", dict(authors=["Fernández Lois"], title="Sentenzas do Tribunal Superior de Xustiza de Galicia en materia de dereito civil galego, 2006–2024", year=2025, doi="10.99999/zenodo.14420931", kind=W)),
 ("protocolo1788", dict(title="Escritura de compañía familiar entre Xoán Seoane e a súa filla, protocolo de Domingo Varela", kind=U)),
 ("ccg-dereito", dict(title="Textos legais e xurisprudencia do dereito civil de Galicia", url="https://dereitocivil.example.org/textos/", kind=W)),
]
put("bibtex", "dereito-civil-galego-gl", {
 "about": "An invented Galician research project's working bibliography on Galician civil law and human rights law (the compañía familiar galega, succession and the equality of children, the ECtHR's family-life case law, the State's and the autonomous communities' civil-law competence), kept in JabRef as a biblatex database: % comments, an @string macro used as a journaltitle, date fields, langid, location, @legislation for the two Galician civil-law acts and the European Convention (by date), @jurisdiction for the Constitutional Court's STC 88/1993 and three ECtHR judgments (application numbers in number, ECLI in a note), @book with edition and a translator, an editor-only commentary @book (editor not keyed), @article with a DOI as a https://doi.org/ URL (keyed bare), @incollection with editors and an author with a lower-case particle (do Vale Carballo, keyed whole), @thesis with type, @report with a braced corporate author, @dataset with a version field, @unpublished for a notarial deed with a braced corporate author (kind only by its title, no year), @online with urldate, a closing @comment (jabref-meta). Real works with data as remembered: Lei 2/2006 and Lei 4/1995 (DOG numbers as remembered), STC 88/1993 (its ECLI), Marckx v. Belgium (6833/74, 1979), Muñoz Díaz v. Spain (49151/07, 2009), Pla and Puncernau v. Andorra (69498/01, 2004), the European Convention on Human Rights (1950), Zweigert and Kötz 1998 (3rd ed., tr. Weir), Harris, O'Boyle, Bates and Buckley 2018 (4th ed.), Rebolledo Varela (ed.) 2008 (title and publisher as remembered), the Valedora do Pobo's report for 2022 (title as remembered). Invented: Uxía Fernández Lois and Brais Rodríguez de Castro and their AFDUC article (DOI 10.99999/afduc.2021.25.7841), Antía Pazos Vilariño and her Dereito article (DOI 10.99999/dereito.28.2.6122), Xoán do Vale Carballo's chapter and the volume 'Pluralidade de ordenamentos civís en España' with its editors Iria Souto Paz and Martiño Lorenzo Filgueira, Lucía Mouriño Castro's thesis (minerva.usc.example.org), the data set (DOI 10.99999/zenodo.14420931), the notarial deed and its shelf mark, the observatory page (dereitocivil.example.org). Clean. 18 entries in file order (the @string and the @comment none).",
 "document": "dereito-comparado.bib", "reader": "bibtex", "clean": True,
 "literature": [dict(v) for _, v in gb],
})
