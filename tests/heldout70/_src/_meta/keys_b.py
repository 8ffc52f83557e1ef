"""Writes the meta.json of heldout70 half B's documents (rst, latex, html, docx, pdftext).
Round 83's theme for half B: religion and theology.  Labels and lines come from the
⟦label⟧ annotations in the sources; fields are given here by hand.  Conventions: ../../HALF_B.md.
Then:
  /work/main/.venv/bin/python tests/corpus_build/build.py tests/heldout70 ca-minuscules-en dordt-afscheiding-nl tevaram-koyil-ta ugcc-lviv-uk
  /work/main/.venv/bin/python tests/corpus_build/build_docx.py tests/heldout70 patriarhie-ro
  python3 tests/heldout70/_src/_meta/check_b.py"""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
B, A, R, CH, W, T, U = "book", "article", "report", "chapter", "web", "thesis", "unknown"


def put(fmt, name, meta):
    p = os.path.join(HERE, "..", fmt, name, "meta.json")
    open(p, "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")


# ---- rst: English New Testament textual criticism (release notes of a transcription project) ----
rs = {
 "Aland1989": dict(authors=["Aland", "Aland"], title="The Text of the New Testament: An Introduction to the Critical Editions and to the Theory and Practice of Modern Textual Criticism", year=1989, kind=B),
 "Aland1994": dict(authors=["Aland"], title="Kurzgefasste Liste der griechischen Handschriften des Neuen Testaments", year=1994, kind=B),
 "Epp1999": dict(authors=["Epp"], title="The Multivalence of the Term 'Original Text' in New Testament Textual Criticism", year=1999, doi="10.1017/S0017816000017986", kind=A),
 "Gregory1908": dict(authors=["Gregory"], title="Die griechischen Handschriften des Neuen Testaments", year=1908, kind=B),
 "Gurry2017": dict(authors=["Gurry"], title="A Critical Examination of the Coherence-Based Genealogical Method in New Testament Textual Criticism", year=2017, kind=B),
 "Holmes2013": dict(authors=["Holmes"], title="From 'Original Text' to 'Initial Text': The Traditional Goal of New Testament Textual Criticism in Contemporary Discussion", year=2013, kind=CH),
 "Houghton2016": dict(authors=["Houghton", "Smith"], title="Digital Editing and the Greek New Testament", year=2016, kind=CH),
 "INTFListe": dict(title="Liste Handschriften", url="https://ntvmr.uni-muenster.de/liste", kind=W),
 "NTVMR": dict(title="New Testament Virtual Manuscript Room", url="https://ntvmr.uni-muenster.de/", kind=W),
 "Kyriakidis2021": dict(authors=["Kyriakidis"], title="Transcribing the Minuscules of the Catholic Epistles: First Report to the Leverhulme Trust", year=2021, kind=R),
 "Lindqvist2025": dict(authors=["Lindqvist"], title="Correctors' Hands in GA 1739 Revisited", year=2025, doi="10.99999/S0028688524000307", kind=A),
 "Metzger2005": dict(authors=["Metzger", "Ehrman"], title="The Text of the New Testament: Its Transmission, Corruption, and Restoration", year=2005, kind=B),
 "Mink2011": dict(authors=["Mink"], title="Contamination, Coherence, and Coincidence in Textual Transmission: The Coherence-Based Genealogical Method (CBGM) as a Complement and Corrective to Existing Approaches", year=2011, kind=CH),
 "NA28": dict(title="Novum Testamentum Graece", year=2012, kind=B),
 "ECM2013": dict(title="Novum Testamentum Graecum: Editio Critica Maior IV. Die Katholischen Briefe", year=2013, kind=B),
 "Okafor2024": dict(authors=["Okafor"], title="Minuscule 1735 and the Byzantine Text of 1 Peter", year=2024, doi="10.99999/15685365-bja10071", kind=A),
 "AMTP2026": dict(authors=["Oyelowo-Brandt", "Kyriakidis"], title="Catholic Epistles Minuscule Transcriptions", year=2026, doi="10.99999/zenodo.771204", kind=W),
 "Papadopoulou2022": dict(authors=["Papadopoulou-Reid"], title="Scribal Correction in the Minuscules of James", year=2022, kind=T),
 "Parker2008": dict(authors=["Parker"], title="An Introduction to the New Testament Manuscripts and Their Texts", year=2008, kind=B),
 "TEIP5": dict(title="TEI P5: Guidelines for Electronic Text Encoding and Interchange", year=2023, url="https://tei-c.example.org/guidelines/P5/", kind=R),
 "Wasserman2017": dict(authors=["Wasserman", "Gurry"], title="A New Approach to Textual Criticism: An Introduction to the Coherence-Based Genealogical Method", year=2017, kind=B),
}
rs_notes = dict(rs)
rs_notes["1"] = dict(title="Minutes of the editorial board, 14 March 2024", year=2024, kind=R)
put("rst", "ca-minuscules-en", {
 "about": "An invented English release-notes page (Sphinx/reStructuredText) of an invented transcription project for the minuscules of the Catholic Epistles: docinfo field list with a wrapped abstract, a local contents directive, `[Label]_` citations (two on one line: `[Aland1994]_ [INTFListe]_`, `[Mink2011]_ … [Wasserman2017]_`, `[Metzger2005]_ [Aland1989]_`; a locator after a citation `[Parker2008]_, pp. 37–94`), citations in a numbered list and a `.. note::`, a simple table citing in its last column (four rows), one auto-numbered footnote `\\ [#]_` on a line that also cites `[Houghton2016]_` (it names the project's board minutes: keyed `report`, title with its date, year 2024; the project, a corporate author, not keyed), and 21 `.. [Label]` entries in Chicago/SBL bibliography style, alphabetical, under References (the literature in document order, and each label's note): monographs and handbooks (Aland & Aland, Metzger & Ehrman, Parker, Gregory, Gurry, Wasserman & Gurry, the Kurzgefasste Liste in a series), the critical editions NA28 and ECM IV (`book`, no author: the INTF and the editors not keyed), chapters in edited volumes (Holmes, Mink, Houghton & Smith; editors not keyed), articles (Harvard Theological Review with `doi:`, New Testament Studies and Novum Testamentum with `https://doi.org/`), two INTF web pages with access dates and no year (`web`; the INTF, a corporate author, not keyed), the TEI P5 Guidelines (`report`, a body's guidelines; TEI Consortium not keyed), a project working paper (`report`), a Zenodo data release with `Version 2.1` (no part of the title; `web`), a PhD dissertation (`thesis`). Clean. Invented: the Ashcombe Minuscule Transcription Project, the University of Ashcombe, the authors Hannah Oyelowo-Brandt, Stefanos Kyriakidis, Maria Lindqvist, Chidinma Okafor and Ioanna Papadopoulou-Reid and their works (the data release and its DOI, the working paper, the NTS and NovT articles and their 10.99999 DOIs, the dissertation), the board minutes, all release figures and manuscript profiles; the TEI Guidelines' host tei-c.example.org (the Guidelines are real). Real works (Aland & Aland, K. Aland's Liste, the ECM Catholic Letters, NA28, Epp, Gregory, Gurry, Holmes, Houghton & Smith, Metzger & Ehrman, Mink, Parker, Wasserman & Gurry, the NTVMR and the INTF's Liste pages) with their data as remembered (editions, series numbers, pages, the Epp DOI and the NTVMR addresses may differ from the published records).",
 "document": "release-notes.rst", "reader": "rst", "clean": True,
 "notes": rs_notes,
 "literature": list(rs.values()),
})

# ---- latex: Dutch Reformed theology and church history, biblatex verbose-trad2 footnotes ----
lx = {
 "acta1926": dict(title="Acta der buitengewone Generale Synode van de Gereformeerde Kerken in Nederland, gehouden te Assen", year=1926, kind=B),
 "bakker1984": dict(title="De Afscheiding van 1834 en haar geschiedenis", year=1984, kind=B),
 "bavinck1911": dict(authors=["Bavinck"], title="Gereformeerde dogmatiek", year=1911, kind=B),
 "vandenbelt2017": dict(authors=["van den Belt"], title="Herman Bavinck's Lectures on the Certainty of Faith (1891)", year=2017, kind=A),
 "bratt2013": dict(authors=["Bratt"], title="Abraham Kuyper: Modern Calvinist, Christian Democrat", year=2013, kind=B),
 "decock1833": dict(authors=["de Cock"], title="Verdediging van de ware gereformeerde leer en van de ware gereformeerden, bestreden en ten toon gesteld door twee zoogenaamd gereformeerde leeraars", year=1833, kind=B),
 "goudriaan2011": dict(title="Revisiting the Synod of Dordt (1618–1619)", year=2011, kind=B),
 "harinck2006": dict(authors=["Harinck", "Winkeler"], title="De negentiende eeuw", year=2006, kind=CH),
 "koch2006": dict(authors=["Koch"], title="Abraham Kuyper: Een biografie", year=2006, kind=B),
 "kuyper1880": dict(authors=["Kuyper"], title="Souvereiniteit in eigen kring: Rede ter inwijding van de Vrije Universiteit, den 20sten October 1880 gehouden, in het Koor der Nieuwe Kerk te Amsterdam", year=1880, kind=B),
 "kerkorde2023": dict(title="Kerkorde en ordinanties van de Protestantse Kerk in Nederland", year=2023, kind=R),
 "sietsma2019": dict(authors=["Sietsma"], title="Afgescheiden en toch gebonden: de Christelijke Afgescheidene Gemeente te Groningen, 1835–1869", year=2019, kind=T),
 "sinnema2015": dict(title="Acta et Documenta Synodi Nationalis Dordrechtanae (1618–1619)", year=2015, kind=B),
 "dordt400": dict(title="Vierhonderd jaar Synode van Dordrecht: terugblik op het herdenkingsjaar", url="https://www.dordt400.example.org/terugblik", kind=W),
 "devries2024": dict(authors=["de Vries-Hoekstra"], title="Twintig jaar kerkorde van de Protestantse Kerk: een balans", year=2024, doi="10.99999/ntt.2024.1.004", kind=A),
 "wet1853": dict(title="Wet van 10 september 1853, houdende bepalingen betreffende de onderscheidene kerkgenootschappen", year=1853, kind=R),
}
# Key correction (round 83, fix83l): with autocite=footnote every \autocite and \footcite prints a footnote,
# numbered 1-22 in reading order (hoofdstukken/dordt.tex where its \input stands; \maketitle resets the
# counter after the \thanks); the corpus labels such a citation by that number, its note the cited entry
# (\autocite{bratt2013,koch2006}: one footnote, the first work; heldout50 README); footnote 14 cites the
# missing kuyper1898: a pair with no note (heldout40, heldout50).
LX_NOTES = ["harinck2006", "devries2024", "sinnema2015", "goudriaan2011", "dordt400", "kerkorde2023", "bakker1984",
            "bavinck1911", "decock1833", "bakker1984", "sietsma2019", "bratt2013", "kuyper1880", None, "koch2006",
            "bavinck1911", "vandenbelt2017", "wet1853", "acta1926", "kerkorde2023", "harinck2006", "devries2024"]
put("latex", "dordt-afscheiding-nl", {
 "about": "An invented Dutch article draft on church order and synodal authority in the Dutch Reformed tradition from the Synod of Dort to the Protestantse Kerk in Nederland (2004), in LaTeX: babel dutch, biblatex/biber `style=verbose-trad2` with `autocite=footnote` and `useprefix=false`, `\\autocite` and `\\footcite` (footnote citations, with and without locators: pages, `art.~2`, `ord.~4-2`, roman pages), `\\autocite{bratt2013,koch2006}` (one footnote, its note the first work), a section by `\\input{hoofdstukken/dordt}` (its lines that file's), a `\\thanks`, `\\printbibliography[title={Literatuur}]`. Every citation prints a footnote (`autocite=footnote`), labelled by its printed number 1–22 in reading order (the `\\input` file where it stands; `\\maketitle` resets the counter after the `\\thanks`), its note the entry it cites first (key corrected in round 83, fix83l: it labelled them by `.bib` key); the literature in biber's printed order (sorting nyt: family name without the particle, `useprefix=false`: `de Cock` under C, `van den Belt` under B, `de Vries-Hoekstra` under V; an entry without author by its editor (`bakker1984` Bakker, `goudriaan2011` Goudriaan, `sinnema2015` Sinnema) or, without either, by its title (`acta1926`, `wet1853`); braced corporate authors by their name: `{Protestantse Kerk in Nederland}` under P, `{Stichting Dordt 400}` under S), as biber printed it in a copy with babel english (no dutch.ldf on this machine). gereformeerd.bib: `@book` (Kuyper's 1880 rectoral address, Bavinck vol. 4 2nd ed., de Cock's 1833 pamphlet, Bratt, Koch; edited volumes with `editor` only: the Dort Acta et Documenta critical edition, the Afscheiding 1834 volume with four editors incl. `van 't Spijker`, Revisiting the Synod of Dordt; the Assen 1926 synod acts with no author: all `book`, editors not keyed), `@incollection` (Harinck & Winkeler in the Handboek Nederlandse kerkgeschiedenis: `chapter`), `@article` (The Bavinck Review; Nederlands Theologisch Tijdschrift with a DOI), `@thesis` `type = {phdthesis}`, `@misc` (the PKN church order with a braced corporate author and the 1853 law on church bodies: `report`), `@online` with `urldate` and no year (`web`). Planted: `\\footcite[99--106]{kuyper1898}` (Kuyper's Stone Lectures) has no `.bib` entry: `missing-literature-entry` at its line (47 of the main file); its footnote 14 is keyed as a pair with no note and no entry (as heldout40 and heldout50 keyed theirs). Otherwise clean. Invented: the author Wiebe Hoekstra-Dijkman and the Theologische Universiteit Zwolle, Anneke de Vries-Hoekstra's NTT article and its DOI, Jelle Sietsma's dissertation, the Stichting Dordt 400 web page and its host www.dordt400.example.org; all argument. Real works (Kuyper, Bavinck, de Cock, Bratt, Koch, van den Belt, Harinck & Winkeler, the Sinnema–Moser–Selderhuis edition, Goudriaan & van Lieburg, the 1984 Afscheiding volume, the Assen 1926 acts, the PKN church order, the law of 10 September 1853) with their data as remembered (full titles, editions, publishers, pages and editors may differ from the published records).",
 "document": "gereformeerd.tex", "reader": "latex", "clean": True,
 "notes": {str(i + 1): lx[k] for i, k in enumerate(LX_NOTES) if k is not None},
 "literature": list(lx.values()),
})

# ---- html: Tamil Śaiva temple traditions (Tēvāram sites, inscriptions, temple administration) ----
peterson = dict(authors=["Peterson"], title="Poems to Śiva: The Hymns of the Tamil Saints", year=1989, kind=B)
zvelebil = dict(authors=["Zvelebil"], title="Tamil Literature", year=1975, kind=B)
sii = dict(title="South Indian Inscriptions", year=1895, kind=B)
kalai = dict(authors=["கலைச்செல்வி"], title="தஞ்சைப் பெருவுடையார் கோயில் கல்வெட்டுகளில் ஓதுவார் நியமனம்", year=2023, doi="10.99999/tki.2023.14.2.03", kind=A)
arse = dict(title="Annual Report on South Indian Epigraphy for the Year Ending 31st March 1925", year=1926, kind=R)
davis = dict(authors=["Davis"], title="Ritual in an Oscillating Universe: Worshipping Śiva in Medieval India", year=1991, kind=B)
appadurai = dict(authors=["Appadurai", "Breckenridge"], title="The South Indian Temple: Authority, Honour and Redistribution", year=1976, doi="10.1177/006996677601000201", kind=A)
hrce = dict(title="தமிழ்நாடு இந்து சமய அறநிலையக் கொடைகள் சட்டம்", year=1959, kind=R)
presler = dict(authors=["Presler"], title="Religion under Bureaucracy: Policy and Administration for Hindu Temples in South India", year=1987, kind=B)
hrceweb = dict(title="திருக்கோயில்கள் – ஓதுவார் பணியிடங்கள்", url="https://hrce.example.org/temples/oduvar", kind=W)
siva = dict(authors=["மெய்கண்டார்"], title="சிவஞானபோதம்", year=1953, kind=B)
fisher = dict(authors=["Fisher"], title="Hindu Pluralism: Religion and the Public Sphere in Early Modern South India", year=2017, doi="10.1525/luminos.22", kind=B)
muru = dict(authors=["முருகேசன்"], title="திருவாவடுதுறை ஆதீனமும் சைவசித்தாந்தக் கல்வியும் (1850–1950)", year=2018, kind=T)
tevweb = dict(title="தேவாரம் – பன்னிரு திருமுறை இணையப் பதிப்பு", url="https://thirumurai.example.net/tevaram/1/1", kind=W)
orr = dict(authors=["Orr"], title="Donors, Devotees, and Daughters of God: Temple Women in Medieval Tamilnadu", year=2000, kind=B)
ht = [peterson, zvelebil, zvelebil, sii, kalai, arse, davis, peterson, appadurai, hrce, presler, presler, hrceweb, siva, fisher, muru, davis, tevweb, kalai, orr]
put("html", "tevaram-koyil-ta", {
 "about": "An invented Tamil web article (Tamil script) on an invented institute's site about Tēvāram temples, their inscriptions and the ōtuvār tradition, with site chrome (header navigation, byline link, og:url, footer): 20 note calls `<sup><a href=\"#kurippu-N\" id=\"azhaippu-N\">N</a></sup>` (one in a `<figcaption>`, up to three on one paragraph line, two adjacent: 11 and 12) and 20 endnotes `<li id=\"kurippu-N\">` under குறிப்புகள் in Chicago note style, English-language works in Latin script and Tamil ones in Tamil script, titles in curly quotes: monographs (Peterson, Zvelebil in the Handbuch der Orientalistik, Davis, Presler, Fisher with a DOI, Orr), the inscription corpus South Indian Inscriptions vol. II part 3 with its number (`book`; title `South Indian Inscriptions`, the volume, part and number no part; the editor Hultzsch (ப.ஆ.) not keyed), the Annual Report on South Indian Epigraphy (`report`, year of publication 1926), articles (Contributions to Indian Sociology with `doi:`; a Tamil journal with `https://doi.org/`), the Tamil Nadu HR&CE Act 1959 by its Tamil title (`report`), a Śaiva Siddhānta text in an edition (Meykaṇṭār's Civañāṉapōtam, `book`, author மெய்கண்டார்), a Tamil doctoral thesis (`thesis`), two web pages with `பார்வையிட்ட நாள்` access dates and no year (`web`). Repeats: `மேலது, ப. 140.` (3) and `மேலது, ப. 90–94.` (12) keyed as the note before; `Peterson, முற்குறிப்பிட்ட நூல், ப. 51.` (8) and `கலைச்செல்வி, முற்குறிப்பிட்ட கட்டுரை, ப. 40.` (19) and the short note `Davis, Ritual in an Oscillating Universe, 140.` (17) keyed with the full fields of the work they repeat. Tamil authors keyed by the name after the initial (இரா. கலைச்செல்வி → கலைச்செல்வி, ச. முருகேசன் → முருகேசன்). No literature. Clean. Invented: the institute சைவ மரபு ஆய்வகம் and its site saivamarabu.example.org, the author க. தமிழ்ச்செல்வன், the article of இரா. கலைச்செல்வி, its journal தமிழ்க் கல்வெட்டியல் ஆய்விதழ் and its DOI, the thesis of ச. முருகேசன், the HR&CE page's address hrce.example.org (the department is real), the web edition திருமுறை மின்னகம் and its host thirumurai.example.net; the Civañāṉapōtam edition's place, publisher and year as written are not checked. Real works (Peterson, Zvelebil, Hultzsch's SII vol. II, the ARSIE 1925, Davis, Appadurai & Breckenridge, Presler, Fisher, Orr, the HR&CE Act 1959) with their data as remembered (pages, years, the SII part's year and the DOIs may differ from the published records).",
 "document": "tevaram-thalangal.html", "reader": "html", "clean": True,
 "notes": {str(i + 1): w for i, w in enumerate(ht)},
 "literature": [],
})

# ---- docx: Romanian Orthodox church history (the Patriarchate, church and state) ----
pac = dict(authors=["Păcurariu"], title="Istoria Bisericii Ortodoxe Române", year=1994, kind=B)
leu = dict(authors=["Leuștean"], title="Orthodoxy and the Cold War: Religion and Political Power in Romania, 1947–65", year=2009, kind=B)
lege25 = dict(title="Lege pentru ridicarea Scaunului Arhiepiscopal și Mitropolitan al Ungrovlahiei, ca Primat al României, la rangul de Scaun Patriarhal", year=1925, kind=R)
anr = dict(title="Corespondență privind înființarea Patriarhiei", kind=U)
vas = dict(authors=["Vasile"], title="Patriarhul Miron Cristea și Concordatul din 1927", year=2019, kind=CH)
neamt = dict(title="Inventarul averii mănăstirii la secularizare", kind=U)
dob = dict(authors=["Dobrescu"], title="Arhivele Mănăstirii Neamț după secularizarea din 1863", year=2023, kind=A)
mar = dict(authors=["Marinescu"], title="Monahismul feminin în Moldova în secolul al XIX-lea", year=2021, kind=T)
dec = dict(title="Decretul nr. 177/1948 pentru regimul general al cultelor religioase", year=1948, kind=R)
stan_a = dict(authors=["Stan", "Turcescu"], title="The Romanian Orthodox Church and Post-communist Democratisation", year=2000, doi="10.1080/713663138", kind=A)
stan_b = dict(authors=["Stan", "Turcescu"], title="Religion and Politics in Post-Communist Romania", year=2007, kind=B)
l489 = dict(title="Legea nr. 489/2006 privind libertatea religioasă și regimul general al cultelor", year=2007, kind=R)
statut = dict(title="Statutul pentru organizarea și funcționarea Bisericii Ortodoxe Române", year=2008, kind=R)
patr = dict(title="Scurt istoric al Patriarhiei Române", url="https://patriarhia.example.org/istoric", kind=W)
ena = dict(authors=["Enache"], title="Ortodoxie și putere politică în România contemporană", year=2005, kind=B)
dx = [pac, pac, leu, lege25, anr, vas, neamt, dob, mar, dec, leu, pac, stan_a, stan_b, stan_a, l489, statut, statut, patr, ena]
put("docx", "patriarhie-ro", {
 "about": "An invented Romanian article in Word on the Romanian Orthodox Church's patriarchate and its relation to the state, 1925–2007: title and byline paragraphs, Heading 2 sections, 20 footnotes in Romanian humanities style (full first citation with `vol. III, ed. a II-a`, `p.`, `f.`, `art.`; `Ibidem, p. 405.` (2) and `Ibidem, art. 134.` (18) keyed as the note before; short notes `Leuștean, Orthodoxy and the Cold War, p. 88.` (11), `Păcurariu, Istoria Bisericii Ortodoxe Române, vol. III, p. 320.` (12), `Stan, Turcescu, „The Romanian Orthodox Church”, p. 1475.` (15) keyed with the full fields of their work); two or three footnotes in one paragraph. Bibliography: 15 `Bibliography`-style paragraphs after the Heading 1 `Bibliografie`, in four Heading 2 groups in this order (Surse arhivistice, Acte normative și documente bisericești, Lucrări, Surse online), each group alphabetical (the literature in document order). Kinds: monographs (Păcurariu, Leuștean, Stan & Turcescu, Enache) `book`; Europe-Asia Studies with `DOI:` and an invented Studii Teologice article `article`; a chapter in a coordinated volume (`chapter`, the coordinator not keyed); a doctoral thesis `thesis`; the 1925 law on the Patriarchate, Decree 177/1948 and Law 489/2006 in the Monitorul Oficial, and the Church's 2008 Statute `report` (laws by their full titles as printed; Law 489/2006 keyed with its gazette year 2007; the Statute a church order); two archival files by fonds and dosar with their titles and date ranges (`unknown`, no year); the Patriarchate's web page with `accesat la` and no year (`web`; the Patriarhia Română, a corporate author, not keyed). Authors with diacritics (Păcurariu, Leuștean with ș comma-below) and hyphenated given names; `Pr.` before a priest's name no part of it. Clean. Invented: the author Teodor Bălășescu-Ungureanu, Radu Vasile's chapter, Elena Popa's volume, Ilie-Cosmin Dobrescu's article, Ana-Maria Marinescu's thesis, both archival files (dosar numbers and titles), the web page's address patriarhia.example.org (the Patriarchate is real). Real works (Păcurariu, Leuștean, Stan & Turcescu's article and book, Enache, the 1925 law, Decree 177/1948, Law 489/2006, the 2008 Statute) with their data as remembered (gazette numbers and dates, editions, pages and the DOI may differ from the published records).",
 "document": "patriarhie-ro.docx", "reader": "docx", "clean": True, "lang": "ro-RO",
 "notes": {str(i + 1): w for i, w in enumerate(dx)},
 "literature": [neamt, anr, dec, lege25, l489, statut, dob, ena, leu, mar, pac, stan_a, stan_b, vas, patr],
})

# ---- pdftext: Ukrainian history of the Greek Catholic Church (the 1946 Lviv pseudo-synod) ----
pt = [
 dict(authors=["Гудзяк"], title="Криза і реформа: Київська митрополія, Царгородський патріархат і генеза Берестейської унії", year=2000, kind=B),
 dict(title="Діяння Собору Греко-Католицької Церкви у Львові 8–10 березня 1946", year=1946, kind=B),
 dict(title="Закон України «Про захист конституційного ладу у сфері діяльності релігійних організацій»", year=2024, kind=R),
 dict(title="Закон України «Про свободу совісті та релігійні організації»", year=1991, kind=R),
 dict(authors=["Лозинська"], title="Греко-католицьке підпілля у Львові 1960-х рр. за матеріалами КДБ", year=2021, doi="10.99999/uhj2021.04.098", kind=A),
 dict(authors=["Мельничук"], title="Берестейська унія в українській історіографії XIX ст.", year=2012, kind=T),
 dict(title="Митрополит Андрей Шептицький: Життя і діяльність. Документи і матеріали 1899–1944", year=1995, kind=B),
 dict(title="Історія УГКЦ", url="https://ugcc.example.org/istoriya", kind=W),
 dict(authors=["Федорак"], title="Клір Перемиської єпархії після 1946 року: нові архівні дані", year=2022, kind=A),
 dict(title="Листування консисторії з деканатами про стан парафій", kind=U),
 dict(authors=["Шептицький"], title="Пастирські послання", year=2007, kind=B),
 dict(authors=["Bociurkiw"], title="The Ukrainian Greek Catholic Church and the Soviet State (1939–1950)", year=1996, kind=B),
 dict(authors=["Gudziak"], title="Crisis and Reform: The Kyivan Metropolitanate, the Patriarchate of Constantinople, and the Genesis of the Union of Brest", year=1998, kind=B),
 dict(authors=["Himka"], title="Religion and Nationality in Western Ukraine: The Greek Catholic Church and the Ruthenian National Movement in Galicia, 1867–1900", year=1999, kind=B),
 dict(authors=["Pius XII"], title="Orientales omnes Ecclesias", year=1946, kind=R),
 dict(authors=["Plokhy"], title="The Cossacks and Religion in Early Modern Ukraine", year=2001, kind=B),
 dict(authors=["Welykyj"], title="Documenta Unionis Berestensis eiusque auctorum (1590–1600)", year=1970, kind=B),
]
put("pdftext", "ugcc-lviv-uk", {
 "about": "An invented Ukrainian journal article (Cyrillic) as pdftotext gives three pages of an invented journal (Вісник церковної історії): journal head with ISSN and the article's own DOI, УДК, author and affiliation, title in capitals over two lines, Анотація and Ключові слова, form feeds, running heads with page numbers on pages 2 and 3; numbered citations in square brackets with locators (`[13, p. 87; 1,` ⏎ `с. 112]` two pairs at the line where both numbers stand, `[11, с. 210–214; 7, с. 15–20]`, `[1, с. 245;` ⏎ `17, p. 101]` both pairs at the line where the group starts, `[10, арк. 5–7]`, `[4, ст. 8]`, `[3]`, `[8]`), and a numbered СПИСОК ВИКОРИСТАНИХ ДЖЕРЕЛ of 17 entries in ДСТУ 8302:2015 style, Cyrillic entries alphabetical first, then Latin ones alphabetical (continuation lines indented four spaces; a DOI URL wrapped after `https://doi.` ); pairs labelled by the entry's number, at the line where the number stands (a group wrapped over two lines at the line where it starts, `tests/corpus/README.md`). Kinds: monographs (Гудзяк, Шептицький's pastoral letters vol. 1, Bociurkiw, Gudziak, Himka, Plokhy) and source editions (Welykyj's Documenta Unionis Berestensis; the documents volume on Metropolitan Sheptytsky and the published acts of the 1946 synod, with no author: editor not keyed) `book`; two laws of Ukraine keyed by their title as printed with `Закон України` and the «…» name (`report`), Pius XII's encyclical Orientales omnes Ecclesias in the Acta Apostolicae Sedis (`report`, a church document in the Holy See's official gazette; author keyed `Pius XII`); journal articles (Український історичний журнал with a DOI; Ковчег) `article`; a candidate's dissertation `thesis` (its `дис. … канд. іст. наук : 07.00.01` no part of the title); an archival file of the TsDIAL (fond 201, opys 4б, sprava 1873) keyed by its file title, date range, no year (`unknown`); the church's web page with `дата звернення` and no year (`web`; the UGCC, a corporate author, not keyed). Planted: entry 16 (Plokhy 2001) is never cited: `uncited-literature-entry` at its line (101); it stays in the literature and has no note (as heldout68's correction keys an uncited entry). Otherwise clean. Invented: the journal Вісник церковної історії, its ISSN and the article's DOI, the author Роман Білик and the Рівненський гуманітарний інститут, the articles of М. Лозинська (and its DOI) and О. Федорак, А. Мельничук's dissertation, the TsDIAL file's opys, sprava number, title and dates (fond 201 is the Greek Catholic Metropolitan Consistory), the UGCC page's address ugcc.example.org. Real works (Гудзяк 2000, Gudziak 1998, the 1946 Діяння, the two laws of Ukraine, the Sheptytsky documents volume (1995), Шептицький's Пастирські послання (2007), Bociurkiw, Himka, Pius XII's encyclical in AAS 38, Plokhy, Welykyj) with their data as remembered (publishers, page counts, gazette numbers and dates, AAS pages and the editor named may differ from the published records).",
 "document": "ugcc-psevdosobor.txt", "reader": "plain-text", "clean": True,
 "notes": {str(i + 1): e for i, e in enumerate(pt) if i + 1 != 16},
 "literature": pt,
})
