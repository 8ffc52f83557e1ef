"""Writes the meta.json of heldout60 half A's documents (typst, pandoc, supmarkdown, asciidoc,
markdown-links).  Round 60's theme: law and legal history; astronomy and the history of
astronomy.  Half A: law and legal history, one sub-field per document (Roman law and its
reception, legal anthropology, criminal justice history, law and technology, constitutional
history).  Labels and lines come from the ⟦label⟧ annotations in the sources, checked on the
built files by check_a.py; fields are given here by hand.  Conventions: see ../../README.md,
"Half A".  In short: journal and newspaper articles `article`; books, commentaries cited whole,
source editions and translations `book`; chapters, a commentary's section by its author,
Festschrift contributions and conference papers `chapter`; statutes, codes, constitutions,
regulations, court decisions, legislative materials and official reports `report`; datasets
and web pages `web`; theses `thesis`; archival files with shelf marks `unknown`.  Corporate
authors, courts, issuing bodies, editors and translators are not keyed; a court decision
printed by its designation only (no party names, no case name) is keyed without a title.
Then:
  /work/main/.venv/bin/python tests/corpus_build/build.py tests/heldout60 culpa-in-contrahendo-de village-courts-en kodeks-karny-pl informatique-libertes-fr constitucion-cadiz-es
  python3 tests/heldout60/_src/_meta/check_a.py"""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
B, A, R, CH, W, T, U, C, P = "book", "article", "report", "chapter", "web", "thesis", "unknown", "commentary", "patent"


def put(fmt, name, meta, file="meta.json"):
    p = os.path.join(HERE, "..", fmt, name, file)
    open(p, "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")


# ---- typst: German Roman law / reception (culpa in contrahendo), literatur.bib, chicago-notes ----
ty = {
 "jhering1861": dict(authors=["Jhering"], title="Culpa in contrahendo oder Schadensersatz bei nichtigen oder nicht zur Perfection gelangten Verträgen", year=1861, kind=A),
 "savigny1840": dict(authors=["Savigny"], title="System des heutigen Römischen Rechts", year=1840, kind=B),
 "windscheid1906": dict(authors=["Windscheid"], title="Lehrbuch des Pandektenrechts", year=1906, kind=B),
 "kaser1971": dict(authors=["Kaser"], title="Das römische Privatrecht", year=1971, kind=B),
 "zimmermann1990": dict(authors=["Zimmermann"], title="The Law of Obligations: Roman Foundations of the Civilian Tradition", year=1990, kind=B),
 "wieacker1967": dict(authors=["Wieacker"], title="Privatrechtsgeschichte der Neuzeit unter besonderer Berücksichtigung der deutschen Entwicklung", year=1967, kind=B),
 "digesta": dict(title="Corpus Iuris Civilis", year=1954, kind=B),
 "mugdan1899": dict(title="Die gesammten Materialien zum Bürgerlichen Gesetzbuch für das Deutsche Reich", year=1899, kind=B),
 "bgb1896": dict(title="Bürgerliches Gesetzbuch", year=1896, kind=R),
 "smg2001": dict(title="Gesetz zur Modernisierung des Schuldrechts", year=2001, kind=R),
 "btdrs14": dict(title="Entwurf eines Gesetzes zur Modernisierung des Schuldrechts", year=2001, url="https://dserver.bundestag.de/btd/14/060/1406040.pdf", kind=R),
 "rgz78": dict(title="Linoleumrollen-Fall", year=1911, kind=R),
 "bghz66": dict(title="Gemüseblatt-Fall", year=1976, kind=R),
 "emmerich2022": dict(authors=["Emmerich"], title="§ 311 Rechtsgeschäftliche und rechtsgeschäftsähnliche Schuldverhältnisse", year=2022, kind=CH),
 "canaris2001": dict(authors=["Canaris"], title="Die Reform des Rechts der Leistungsstörungen", year=2001, kind=A),
 "hartmann2022": dict(authors=["Hartmann"], title="Modestin, die Grabstätte und der nichtige Kauf: Jherings Digestenexegese und ihre Quellen", year=2022, doi="10.99999/zrgra-2022-0011", kind=A),
 "brenner2019": dict(authors=["Brenner"], title="Vorvertragliche Haftung im Gemeinen Recht 1861–1900", year=2019, kind=T),
 "briefwechsel": dict(title="Rudolf von Jhering an Bernhard Windscheid, Briefe 1856–1890", kind=U),
 "lassard": dict(authors=["Lassard", "Koptev"], title="The Roman Law Library", url="https://droitromain.univ-grenoble-alpes.fr/", kind=W),
}
# chicago-notes bibliography: author (corporate by name), else editor, else title; then title
TY_ORDER = ["brenner2019", "bghz66", "bgb1896", "canaris2001", "btdrs14", "emmerich2022", "smg2001", "hartmann2022",
            "jhering1861", "kaser1971", "lassard", "digesta", "mugdan1899", "rgz78", "briefwechsel", "savigny1840",
            "wieacker1967", "windscheid1906", "zimmermann1990"]
put("typst", "culpa-in-contrahendo-de", {
 "about": "An invented German legal-history article (Roman law and its reception: culpa in contrahendo from D. 18.1.62.1 through Jhering 1861, the pandectists and the BGB debates to § 311 Abs. 2 BGB after the 2001 Schuldrechtsreform) in Typst: #set document/page/text/heading, a centred title block, @key, @key[S. 1--7], @key[§ 311 Rn. 36] (a commentary's margin number), @key[§ 307], @key[Bl. 14r], #cite(<key>, supplement: [S. 244--246]), two @key side by side (two pairs), a #figure table whose caption cites by #cite(<key>, form: \"prose\"), a labelled table referred to by @tab-quellen (a cross reference, no citation), and #bibliography(\"literatur.bib\", title: \"Literaturverzeichnis\", style: \"chicago-notes\"). literatur.bib (JabRef, biblatex types @Article, @Book, @InBook, @Legislation, @Jurisdiction, @Report, @Thesis, @Unpublished, @Online; corporate authors Reichsgericht, Bundesgerichtshof, Deutscher Bundestag in braces; `subtitle` fields joined to the title by ': ') holds only cited entries; the literature is them in chicago-notes order (author or corporate author, else editor (Mommsen for the Corpus Iuris, Mugdan), else title; then title). Court decisions are keyed by the case names the .bib gives as titles (Linoleumrollen-Fall RGZ 78, 239; Gemüseblatt-Fall BGHZ 66, 51) and the year of their date; the laws by their date's year; the Bundestag-Drucksache 14/6040 `report`; Emmerich's section of the Münchener Kommentar `chapter`; editors (Kipp, Mommsen and Krüger, Mugdan) not keyed. Invented: the author and Universität Nordheim, Hartmann 2022 (a real journal, invented article and DOI 10.99999), Brenner 2019 (a Dissertation), the Göttingen letter file and its shelf mark. Real works with data as the writer remembered them (pages, volumes, editions, the Drucksache address and the Roman Law Library address may differ from the published records).",
 "document": "aufsatz.typ", "reader": "typst", "clean": True,
 "notes": ty,
 "literature": [ty[k] for k in TY_ORDER],
})

# ---- pandoc: English legal anthropology (village courts, PNG), refs.json (CSL-JSON), AAA style ----
pd = {
 "malinowski1926": dict(authors=["Malinowski"], title="Crime and Custom in Savage Society", year=1926, kind=B),
 "llewellyn1941": dict(authors=["Llewellyn", "Hoebel"], title="The Cheyenne Way: Conflict and Case Law in Primitive Jurisprudence", year=1941, kind=B),
 "gluckman1955": dict(authors=["Gluckman"], title="The Judicial Process among the Barotse of Northern Rhodesia", year=1955, kind=B),
 "bohannan1957": dict(authors=["Bohannan"], title="Justice and Judgment among the Tiv", year=1957, kind=B),
 "comaroff1981": dict(authors=["Comaroff", "Roberts"], title="Rules and Processes: The Cultural Logic of Dispute in an African Context", year=1981, kind=B),
 "villagecourts1973": dict(title="Village Courts Act 1973", year=1973, kind=R),
 "goddard2009": dict(authors=["Goddard"], title="Substantial Justice: An Anthropology of Village Courts in Papua New Guinea", year=2009, kind=B),
 "moore1973": dict(authors=["Moore"], title="Law and Social Change: The Semi-Autonomous Social Field as an Appropriate Subject of Study", year=1973, doi="10.2307/3052967", kind=A),
 "griffiths1986": dict(authors=["Griffiths"], title="What Is Legal Pluralism?", year=1986, doi="10.1080/07329113.1986.10756387", kind=A),
 "merry1988": dict(authors=["Merry"], title="Legal Pluralism", year=1988, doi="10.2307/3053638", kind=A),
 "merry2006": dict(authors=["Merry"], title="Human Rights and Gender Violence: Translating International Law into Local Justice", year=2006, kind=B),
 "geertz1983": dict(authors=["Geertz"], title="Local Knowledge: Further Essays in Interpretive Anthropology", year=1983, kind=B),
 "nader1990": dict(authors=["Nader"], title="Harmony Ideology: Justice and Control in a Zapotec Mountain Village", year=1990, kind=B),
 "lrc1977": dict(title="The Role of Customary Law in the Legal System", year=1977, kind=R),
 "hollis2023": dict(authors=["Hollis", "Kaupa"], title="Village Court Hearing Records, Goroka District, 2016–2019", year=2023, doi="10.99999/zenodo.8123456", kind=W),
 "kaupa2018": dict(authors=["Kaupa"], title="Women before the Village Court: Gender and Customary Dispute Settlement in the Eastern Highlands", year=2018, kind=T),
 "hollis2022": dict(authors=["Hollis"], title="Recording Customary Hearings: Consent, Shame and the Open Archive", year=2022, kind=CH),
 "kaupa2021": dict(authors=["Kaupa", "Hollis"], title="Compensation, Shame and the Court Book: Village Court Hearings in the Eastern Highlands", year=2021, doi="10.99999/ocea.5301", kind=A),
 "mabo1992": dict(title="Mabo v Queensland (No 2)", year=1992, url="https://www.austlii.edu.au/cgi-bin/viewdoc/au/cases/cth/HCA/1992/23.html", kind=R),
 "paclii": dict(title="Pacific Islands Legal Information Institute (PacLII)", url="http://www.paclii.org/", kind=W),
}
# american-anthropological-association.csl: author (literal names as written; no author: title), then year
PD_ORDER = ["bohannan1957", "comaroff1981", "geertz1983", "gluckman1955", "goddard2009", "griffiths1986", "hollis2022",
            "hollis2023", "kaupa2018", "kaupa2021", "lrc1977", "llewellyn1941", "mabo1992", "malinowski1926",
            "merry1988", "merry2006", "moore1973", "nader1990", "paclii", "villagecourts1973"]
put("pandoc", "village-courts-en", {
 "about": "An invented English legal-anthropology article (village courts in the Eastern Highlands of Papua New Guinea: compensation, shame and the court books clerks keep) in Pandoc Markdown: YAML header with two authors and affiliations, abstract, keywords, bibliography: refs.json (CSL-JSON), csl: american-anthropological-association.csl (not in the folder), link-citations; citations [@key, 55--59], [-@key], [@a; @b, 1--24], narrative @key [870--872] inside a bracketed pair, [@key, chap. 3] forms, two inline notes ^[…] each holding a narrative citation (the note a pair ^1/^2 at the line where it opens, the @key inside a pair of its own at its line, the notes no fields of their own), a pipe table whose 'Table:' caption cites, and ::: {#refs}. refs.json (book, article-journal, legislation, legal_case with an AustLII address, report with a literal corporate author, dataset, thesis, paper-conference, webpage with an accessed date only: no year) holds every cited work but one. The literature is the cited entries in the AAA style's author-date order (author, else title: Law Reform Commission of Papua New Guinea under L before Llewellyn, Mabo v Queensland (No 2) under M before Malinowski, the PacLII page and the Village Courts Act by their titles); corporate authors and the court not keyed. Invented: the authors and the University of Westerby, the study, the table's counts, Hollis and Kaupa 2023 (Zenodo DOI 10.99999), Kaupa 2018 (a PhD dissertation), Hollis 2022 (a conference paper), Kaupa and Hollis 2021 (a real journal, invented article and DOI 10.99999). Real works with data as the writer remembered them (the Village Courts Act's number, the Law Reform Commission report's number and year, pages, DOIs and the AustLII address may differ). Planted: [@strathern1972, 31] has no entry in refs.json (missing-literature-entry).",
 "document": "village-courts.md", "reader": "pandoc-markdown", "clean": True,
 "notes": pd,
 "literature": [pd[k] for k in PD_ORDER],
})

# ---- supmarkdown: Polish criminal justice history, <sup>n</sup> and a numbered ## Przypisy list ----
mak32 = dict(authors=["Makarewicz"], title="Kodeks karny z komentarzem", year=1932, kind=B)
mak06 = dict(authors=["Makarewicz"], title="Einführung in die Philosophie des Strafrechts auf entwicklungsgeschichtlicher Grundlage", year=1906, kind=B)
wis20 = dict(authors=["Wiśniewski"], title="Kara śmierci w orzecznictwie sądów doraźnych II Rzeczypospolitej", year=2020, kind=T)
sm = [
 mak32,
 dict(title="Rozporządzenie Prezydenta Rzeczypospolitej z dnia 11 lipca 1932 r. – Kodeks karny", year=1932, kind=R),
 dict(authors=["Sójka-Zielińska"], title="Historia prawa", year=2014, kind=B),
 mak06,
 mak06,  # Ibidem, s. 412.
 dict(title="Uzasadnienie projektu kodeksu karnego", year=1930, kind=R),
 dict(authors=["Makowski"], title="Kodeks karny 1932. Komentarz", year=1933, kind=B),
 mak32,  # J. Makarewicz, Kodeks karny z komentarzem, op. cit., s. 88.
 dict(title="Rozporządzenie Prezydenta Rzeczypospolitej z dnia 19 marca 1928 r. – Kodeks postępowania karnego", year=1928, kind=R),
 dict(authors=["Nowicka"], title="Sądy doraźne w praktyce Sądu Okręgowego w Lublinie (1932–1939)", year=2019, doi="10.99999/cph.2019.2.11", kind=A),
 dict(kind=U),
 dict(year=1934, kind=R),
 dict(title="Wyrok sądu doraźnego w Lublinie", year=1933, kind=A),
 dict(kind=U),
 dict(authors=["Nowicka", "Wiśniewski"], title="Wyroki sądów doraźnych okręgu lubelskiego 1932–1939", year=2022, doi="10.99999/zenodo.7340021", kind=W),
 wis20,
 wis20,  # Ibidem, s. 143–150.
 dict(authors=["Foucault"], title="Nadzorować i karać. Narodziny więzienia", year=1993, kind=B),
 dict(authors=["Radzinowicz"], title="A History of English Criminal Law and Its Administration from 1750", year=1948, kind=B),
 dict(authors=["Kowalczyk"], title="Makarewicz i szkoła socjologiczna w prawie karnym", year=2015, kind=CH),
 dict(title="Ustawa z dnia 17 marca 1921 r. – Konstytucja Rzeczypospolitej Polskiej", year=1921, kind=R),
 dict(title="Ustawa z dnia 6 czerwca 1997 r. – Kodeks karny", year=1997, kind=R),
 dict(title="Internetowy System Aktów Prawnych", url="https://isap.sejm.gov.pl/", kind=W),
 dict(authors=["Mikołajczyk"], title="Przestępstwo i kara w prawie miast Polski południowej XVI–XVIII wieku", year=1998, kind=B),
]
put("supmarkdown", "kodeks-karny-pl", {
 "about": "An invented Polish criminal-justice-history paper draft (the 1932 Penal Code of Juliusz Makarewicz and the summary courts (sądy doraźne) of the Lublin district, 1932-1939) in Markdown with <sup>n</sup> footnote markers 1-24 (one each, in order; two in a pipe-table's source column) and a numbered '## Przypisy' list of 24 Polish legal-style footnotes (initial and surname, italic title, place and year, 's.' pages; the Dziennik Ustaw citations of the 1928 and 1932 decrees, the 1921 Constitution and the 1997 Code; the Komisja Kodyfikacyjna's Uzasadnienie; a Supreme Court judgment by its designation and OSP report (keyed year and kind only); archival files of the Archiwum Akt Nowych and the Archiwum Państwowe w Lublinie with sygnatury (kind only); a newspaper article; a Zenodo dataset by a doi.org address; a praca doktorska; a Festschrift chapter with [w:] and red.; a translation (translator not keyed); ISAP with (dostęp: …); 'Ibidem' twice and an 'op. cit.' short note, keyed with the fields of the work they repeat). The list is both the notes (by number) and the literature (number given). A statute is keyed by its official title (the act, its date and its name), the Dz.U. citation no part of it. Invented: the author and the Uniwersytet w Nordheim, the seminar, the table's figures, Nowicka 2019 (a real journal, invented article and DOI 10.99999), the archival files and their sygnatury, the Supreme Court judgment II K 566/34 and its report, the newspaper article in the real Ilustrowany Kuryer Codzienny, the dataset (DOI 10.99999), Wiśniewski 2020, Kowalczyk 2015 and the Festschrift. Real works with data as the writer remembered them (pages, editions, places and the Dz.U. numbers may differ from the published records).",
 "document": "sady-dorazne.md", "reader": "sup-markdown", "clean": True,
 "notes": {str(i + 1): e for i, e in enumerate(sm)},
 "literature": [dict(number=i + 1, **e) for i, e in enumerate(sm)],
})

# ---- asciidoc: French law and technology, <<key>>, footnote:[], a [bibliography] section ----
ad = [
 ("boucher1974", dict(authors=["Boucher"], title="Safari ou la chasse aux Français", year=1974, kind=A)),
 ("cnil2019", dict(title="Délibération SAN-2019-001 du 21 janvier 2019 prononçant une sanction pécuniaire à l'encontre de la société Google LLC", year=2019, kind=R)),
 ("cnilsanctions", dict(title="Les sanctions prononcées par la CNIL", url="https://www.cnil.fr/fr/les-sanctions-prononcees-par-la-cnil", kind=W)),
 ("tricot1975", dict(title="Rapport de la Commission Informatique et libertés", year=1975, kind=R)),
 ("cc2009", dict(year=2009, url="https://www.conseil-constitutionnel.fr/decision/2009/2009580DC.htm", kind=R)),
 ("ce2020", dict(title="Société Google LLC", year=2020, kind=R)),
 ("cjue2014", dict(title="Google Spain SL et Google Inc. c. Agencia Española de Protección de Datos (AEPD) et Mario Costeja González", year=2014, kind=R)),
 ("debet2015", dict(authors=["Debet", "Massot", "Metallinos"], title="Informatique et libertés : la protection des données à caractère personnel en droit français et européen", year=2015, kind=B)),
 ("dubois2019", dict(authors=["Dubois"], title="Quarante ans de loi Informatique et libertés", year=2019, kind=CH)),
 ("girard2021", dict(authors=["Girard"], title="La CNIL et le juge administratif (1978-2018)", year=2021, kind=T)),
 ("girard2023", dict(authors=["Girard"], title="Sanctions prononcées par la CNIL, 1978-2023", year=2023, doi="10.99999/zenodo.9001234", kind=W)),
 ("lefebvre2018", dict(authors=["Lefebvre"], title="Le fichier SAFARI et la naissance de la CNIL", year=2018, kind=CH)),
 ("lessig1999", dict(authors=["Lessig"], title="Code and Other Laws of Cyberspace", year=1999, kind=B)),
 ("hadopi2009", dict(title="Loi n° 2009-669 du 12 juin 2009 favorisant la diffusion et la protection de la création sur internet", year=2009, kind=R)),
 ("loi1978", dict(title="Loi n° 78-17 du 6 janvier 1978 relative à l'informatique, aux fichiers et aux libertés", year=1978, kind=R)),
 ("lynskey2015", dict(authors=["Lynskey"], title="The Foundations of EU Data Protection Law", year=2015, kind=B)),
 ("martin2019", dict(authors=["Martin"], title="Le droit au déréférencement après Google Spain : une jurisprudence en quête de critères", year=2019, doi="10.99999/rtde.2019.3.541", kind=A)),
 ("rgpd2016", dict(title="Règlement (UE) 2016/679 du Parlement européen et du Conseil du 27 avril 2016 relatif à la protection des personnes physiques à l'égard du traitement des données à caractère personnel et à la libre circulation de ces données", year=2016, kind=R)),
 ("warren1890", dict(authors=["Warren", "Brandeis"], title="The Right to Privacy", year=1890, doi="10.2307/1321160", kind=A)),
]
put("asciidoc", "informatique-libertes-fr", {
 "about": "An invented French law-and-technology article draft (forty years of data-protection control in France: the SAFARI affair of 1974, the Tricot report, the loi Informatique et libertés of 1978, the GDPR, Google Spain, the Hadopi decision of the Conseil constitutionnel, the CNIL's 2019 Google fine and the Conseil d'État's 2020 judgment) in AsciiDoc: document header with two authors (one e-mail address), revision line and attributes, an [abstract], section anchors [[sec-…]] cited by <<sec-origines>>/<<sec-europe>> (cross references, no citations), <<key>> and <<key,p. 11-19>>/<<key,art. 1>>/<<key,cons. 12>>/<<key,pt 80-88>>/<<key,n° 27-31>> citations, three footnote:[…] macros in the French note style with 'préc.' (each footnote a pair by its number 1-3 at the line where it opens, with no fields of its own; the <<key>>s inside pairs of their own at their lines), a titled table with four citations in cells, and a [bibliography] section '== Bibliographie' of 19 [[[key]]] entries, alphabetical by their first word (corporate authors CNIL, Commission, Conseil, Cour; laws and the regulation by their italic titles under L and R), which is the literature in list order and the notes by key. Laws, the regulation (its official title, the JOUE citation no part of it), the Tricot report, the CNIL deliberation and the court decisions `report`; the Conseil constitutionnel decision, printed by its number only, keyed without a title; the CE and CJEU judgments by their party names; the Le Monde article `article`; a Mélanges contribution and a conference paper `chapter`; a thèse `thesis`; the CNIL's sanctions page (consulté only: no year) and a Zenodo dataset `web`. Invented: the authors and the Université de Nordheim, Girard 2021 and 2023 (DOI 10.99999), Lefebvre 2018 and its colloque, Dubois 2019 and the Mélanges, Martin 2019 (a real journal, invented article and DOI 10.99999). Real works with data as the writer remembered them (the Le Monde page, JORF pages, ECLIs and addresses may differ). Planted: Warren and Brandeis 1890 is cited nowhere (uncited-literature-entry at its line).",
 "document": "informatique-libertes.adoc", "reader": "asciidoc", "clean": True,
 "notes": {k: e for k, e in ad if k != "warren1890"},
 "literature": [e for _, e in ad],
})

# ---- markdown-links: Spanish constitutional-history blog post, inline links, an unnumbered ## Fuentes list ----
ml = [
 dict(authors=["Artola"], title="Los orígenes de la España contemporánea", year=1959, url="https://datos.bne.es/edicion/bimo0000512345.html", kind=B),
 dict(authors=["Clavero"], title="Manual de historia constitucional de España", year=1989, url="https://www.alianzaeditorial.es/libro/manual-de-historia-constitucional-de-espana-bartolome-clavero-9788420628011/", kind=B),
 dict(title="Las Constituciones españolas", url="https://www.congreso.es/es/cem/constituciones", kind=W),
 dict(title="Constitución de la República Española", year=1931, url="https://www.boe.es/datos/pdfs/BOE//1931/344/A01578-01588.pdf", kind=R),
 dict(title="Constitución Española", year=1978, url="https://www.boe.es/eli/es/c/1978/12/27/(1)/con", kind=R),
 dict(title="Constitución política de la Monarquía Española", year=1812, url="https://www.cervantesvirtual.com/obra/constitucion-politica-de-la-monarquia-espanola-promulgada-en-cadiz-a-19-de-marzo-de-1812--0/", kind=R),
 dict(title="Diario de Sesiones de las Cortes Generales y Extraordinarias", url="https://app.congreso.es/est_sesiones/", kind=R),
 dict(title="Cádiz 19 de marzo", year=1812, url="https://hemerotecadigital.bne.es/hd/es/viewer?id=5f0c1a2b-7d3e-4c11-9a8b-2e6f0d4c1812", kind=A),
 dict(authors=["Fernández Sarasola"], title="La Constitución de Cádiz: origen, contenido y proyección internacional", year=2011, url="https://www.cepc.gob.es/publicaciones/libros/la-constitucion-de-cadiz-origen-contenido-y-proyeccion-internacional", kind=B),
 dict(authors=["Ortiz Calvo"], title="Ciudadanía y vecindad en la Constitución de 1812", year=2020, doi="10.99999/redc.118.02", kind=A),
 dict(authors=["Ortiz Calvo", "Soler Pastor"], title="Diputados de las Cortes de Cádiz, 1810-1813: base de datos prosopográfica", year=2022, doi="10.99999/zenodo.6543210", kind=W),
 dict(authors=["Soler Pastor"], title="Las diputaciones provinciales en la Constitución de 1812", year=2017, url="https://repositorio.nordheim.example.org/handle/123/4567", kind=T),
 dict(authors=["Soler Pastor"], title="La Diputación Provincial de Valencia y la Constitución de 1812", year=2019, url="https://www.nordheim-ediciones.example.net/homenaje-ferrer-roig", kind=CH),
 dict(year=1981, url="https://hj.tribunalconstitucional.es/es/Resolucion/Show/11", kind=R),
 dict(authors=["Varela Suanzes-Carpegna"], title="La teoría del Estado en los orígenes del constitucionalismo hispánico (Las Cortes de Cádiz)", year=1983, url="https://www.cervantesvirtual.com/obra/la-teoria-del-estado-en-los-origenes-del-constitucionalismo-hispanico/", kind=B),
]
put("markdown-links", "constitucion-cadiz-es", {
 "about": "An invented Spanish constitutional-history blog post (a law faculty's blog 'Historia constitucional en abierto' on the bicentenary-plus of the Cádiz Constitution of 1812, 'la Pepa', and what of it survives in 1931 and 1978) in Markdown citing by inline links [texto](url) woven into sentences (author-year link texts, a BOE ELI address with '(1)' in it, doi.org links, a repeated link), with navigation links at the top and newsletter/contact links at the foot (relative addresses, no citations), and an unnumbered '## Fuentes' list of 15 entries with <…> addresses, alphabetical. Each body link to an address of the Fuentes list is a pair labelled by that entry's position n (repeated links too; a doi.org address is the entry's DOI, then no url); the list is both the notes (by position) and the literature, no number. Constitutions, the Diario de Sesiones and the STC 11/1981 (printed by its designation only: keyed without a title) `report`; the El Conciso report of 20 March 1812 `article` by its headline (the newspaper named in place of an author, not keyed); the Congreso page (consultado only: no year) `web`; the Diario de Sesiones no year. Invented: the blog and the post, its author's article Ortiz Calvo 2020 (a real journal, invented article and DOI 10.99999), the dataset (DOI 10.99999), Soler Pastor 2017 and 2019, the homenaje volume and Nordheim Ediciones (example.net), the repository (example.org), the El Conciso headline, the Hemeroteca Digital viewer id, the datos.bne.es record number. Real works with data as the writer remembered them (the BOE, Cervantes Virtual, CEPC, Alianza, Congreso and Tribunal Constitucional addresses may differ from the real ones).",
 "document": "la-pepa-1978.md", "reader": "markdown-links", "clean": True,
 "notes": {str(i + 1): e for i, e in enumerate(ml)},
 "literature": ml,
})
