"""Writes the meta.json of heldout50 half B's documents (docx, pdftext, html, pandoc, plaintext).
Round 50's theme: primary sources, editions and translations in the humanities (canonical
references, patristic collections, editions with translators, manuscripts, artworks, exhibition
catalogues, sigla).  Labels and lines come from the ⟦label⟧ annotations in the sources (checked
on the built files); fields are given here by hand.  Conventions (see ../../HALF_B.md): a
canonical reference in running text with no marker is not a citation; a note is keyed with the
first work it cites; an ancient or medieval author is keyed with the name as printed in the
entry or note (Augustin, Agostinho, Thomas d'Aquin, Isidore of Seville); editors and
translators are not keyed, an edited volume or exhibition catalogue with editors only has no
authors; a note citing only a canonical passage (PL/CCSL column, Plotinus, an inscription) with
no edition named and no listed edition is `unknown` (kind only); a canonical reference to an
author whose edition a Texts list gives is keyed with that edition; artworks by inventory number
and archival documents `unknown` (kind only); church documents `report` with their title;
volume designations and volume titles (vol. 2, t. I, vol. 1: Books I-III) are not part of the
title; the year is that of the edition cited (not an original year in brackets); Ibid., Tamtéž,
op. cit., c. d., art. cit. and short forms repeat the work they name or the one work of the note
before; Id./Týž name the same author, and the note is keyed with the work it then cites.
Then:
  .venv/bin/python tests/corpus_build/build.py tests/heldout50 epitaphios-classics theodorik-karlstejn-cz imago-dei-pt inter-cetera-edition
  .venv/bin/python tests/corpus_build/build_docx.py tests/heldout50 distentio-animi-fr"""
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


PASSAGE = dict(kind=U)   # a canonical passage with no edition named, an artwork, an archival document

# ---- docx: French history-of-philosophy chapter (Augustine on time), Word footnotes ----
flasch = dict(authors=["Flasch"], title="Was ist Zeit? Augustinus von Hippo. Das XI. Buch der Confessiones. Historisch-philosophische Studie", year=1993, kind=B)
guitton = dict(authors=["Guitton"], title="Le temps et l'éternité chez Plotin et saint Augustin", year=1933, kind=B)
ricoeur = dict(authors=["Ricœur"], title="Temps et récit", year=1983, kind=B)
delorme = dict(authors=["Delorme-Sarrazin"], title="Distentio animi : relire Confessions XI, 26, 33", year=2014, doi="10.99999/chpm.2014.12.77", kind=A)
meijering = dict(authors=["Meijering"], title="Augustin über Schöpfung, Ewigkeit und Zeit. Das elfte Buch der Bekenntnisse", year=1979, kind=B)
put("docx", "distentio-animi-fr", {
 "about": "An invented French history-of-philosophy book chapter manuscript (Augustine, Confessions XI, on time as distentio animi, and its readers) as a Word document with footnotes in French note style, no bibliography: a heading, a version line, ## headings, paragraphs holding two or three footnotes each. Notes: editions with translators (the Bibliothèque augustinienne Confessions, Verheijen's CCSL 27 text, Pellegrin's Physique, Guillaumin's Boèce, the Cerf Somme théologique), books, an article with an invented DOI, 'Ibid.' (three; the one work of the note before), 'Flasch, Was ist Zeit?, op. cit.', 'Guitton, Le temps et l'éternité, op. cit.', 'Delorme-Sarrazin, art. cit.' (the works they name), notes citing only a canonical passage ('Plotin, Ennéades III, 7 [45], 11', 'Augustin, De Genesi ad litteram V, 5, 12 (PL 34, 325)', 'Id., De civitate Dei XI, 6 (CCSL 48, p. 326)': unknown, kind only; 'Id.' names the same author, not the same work), Gilson's 4th edition with the original year in brackets (keyed 1969). Labels: footnote numbers; lines: body paragraph numbers (every w:p, headings and empty paragraphs included). Invented: the chapter, its quoted phrasing, C. Delorme-Sarrazin and her article, the journal Cahiers d'histoire de la philosophie médiévale and the DOI. Real with data as remembered (pages and details may differ): BA 14 (1962), CCSL 27 (1981), Flasch 1993, Aristote trans. Pellegrin 2000, Guitton 1933, Ricœur 1983, Boèce trans. Guillaumin 2002, Somme théologique (Cerf 1984), Gilson 1929/1969, Meijering 1979. Clean.",
 "document": "distentio-animi-fr.docx", "reader": "docx", "clean": True, "lang": "fr-FR",
 "notes": {"1": dict(authors=["Augustin"], title="Confessions", year=1962, kind=B),
           "2": dict(authors=["Augustin"], title="Confessiones", year=1981, kind=B),
           "3": flasch, "4": flasch,
           "5": dict(authors=["Aristote"], title="Physique", year=2000, kind=B),
           "6": PASSAGE, "7": guitton, "8": PASSAGE, "9": PASSAGE, "10": flasch,
           "11": ricoeur, "12": ricoeur, "13": delorme,
           "14": dict(authors=["Boèce"], title="La Consolation de Philosophie", year=2002, kind=B),
           "15": dict(authors=["Thomas d'Aquin"], title="Somme théologique", year=1984, kind=B),
           "16": dict(authors=["Gilson"], title="Introduction à l'étude de saint Augustin", year=1969, kind=B),
           "17": guitton, "18": meijering, "19": meijering, "20": delorme},
})

# ---- pdftext: English classics article, footnotes at page bottoms, author-date bibliography ----
lysias = dict(authors=["Lysias"], title="Lysiae orationes cum fragmentis", year=2007, kind=B)
plato = dict(authors=["Plato"], title="Platonis opera", year=1903, kind=B)
thuc = dict(authors=["Thucydides"], title="Historiae", year=1942, kind=B)
arrington = dict(authors=["Arrington"], title="Ashes, Images, and Memories: The Presence of the War Dead in Fifth-Century Athens", year=2015, kind=B)
bosworth = dict(authors=["Bosworth"], title="The Historical Context of Thucydides' Funeral Oration", year=2000, kind=A)
gomme = dict(authors=["Gomme"], title="A Historical Commentary on Thucydides", year=1956, kind=B)
hornblower = dict(authors=["Hornblower"], title="A Commentary on Thucydides", year=1991, kind=B)
jacoby = dict(authors=["Jacoby"], title="Patrios Nomos: State Burial in Athens and the Public Cemetery in the Kerameikos", year=1944, kind=A)
loraux = dict(authors=["Loraux"], title="The Invention of Athens: The Funeral Oration in the Classical City", year=1986, kind=B)
nwosu = dict(authors=["Nwosu"], title="Bodies without Faces: The Casualty Lists and the Epitaphios", year=2022, doi="10.99999/jar.2022.14.88", kind=A)
rusten = dict(authors=["Rusten"], title="Thucydides: The Peloponnesian War, Book II", year=1989, kind=B)
todd = dict(authors=["Todd"], title="A Commentary on Lysias, Speeches 1–11", year=2007, kind=B)
yunis = dict(authors=["Yunis"], title="Taming Democracy: Models of Political Rhetoric in Classical Athens", year=1996, kind=B)
ziol = dict(authors=["Ziolkowski"], title="Thucydides and the Tradition of Funeral Speeches at Athens", year=1981, kind=B)
put("pdftext", "epitaphios-classics", {
 "about": "An invented English classics article (anonymity of the dead in the Athenian funeral speeches: Thucydides, Plato's Menexenus, Lysias 2) as pdftotext prints three pages of a journal offprint without -layout: a journal line, title and author in capitals, an abstract, section heads in capitals, footnote markers glued to words and punctuation ('topography,1', 'city;4', 'others.5'), footnotes at each page's bottom ('<n> text'), a bare page number at the foot of page 1, form feeds, running heads on pages 2 and 3 ('202 MIRIAM OKONJO', 'PRAISE WITHOUT NAMES 203'), and a BIBLIOGRAPHY split into Texts (editions keyed under the ancient author as printed, editors not keyed) and Studies (author-date), the last two footnotes printed after it on page 3. Notes are author-date short references and canonical references ('Thuc. 2.41.5', 'Pl. Menex. 239a-246a; text in Burnet 1903', 'Lys. 2.4-16, cited from Carey 2007'): a canonical reference to an author whose edition the Texts list gives is keyed with that edition; note 3 (IG I3 1147; Paus.) cites nothing listed: unknown, kind only; a note citing several works is keyed with the first (note 1 Jacoby, note 6 the Thucydides edition, Rusten cited second). Canonical references in running text ('(Thuc. 2.34.1-6)', '(236b)') are not citations. Labels: footnote numbers; literature: the 14 entries in printed order. Invented: the article, Miriam Okonjo, the journal Westbury Classical Studies and its pages, C. Nwosu's article, the Journal of Ancient Rhetoric and the DOI. Real with data as remembered (pages may differ): the OCT editions (Carey 2007, Burnet 1903, Jones-Powell 1942), Arrington 2015, Bosworth 2000, Gomme 1956, Hornblower 1991, Jacoby 1944, Loraux 1986, Rusten 1989, Todd 2007, Yunis 1996, Ziolkowski 1981. Clean.",
 "document": "epitaphios-classics.txt", "reader": "pdf-text", "clean": True,
 "notes": {"1": jacoby, "2": ziol, "3": PASSAGE, "4": loraux, "5": ziol, "6": thuc, "7": gomme,
           "8": hornblower, "9": thuc, "10": bosworth, "11": yunis, "12": plato, "13": lysias,
           "14": todd, "15": arrington, "16": nwosu, "17": hornblower},
 "literature": [lysias, plato, thuc, arrington, bosworth, gomme, hornblower, jacoby, loraux, nwosu,
                rusten, todd, yunis, ziol],
})

# ---- html: Czech art-history article page, numbered endnotes in an <ol> ----
magister = dict(title="Magister Theodoricus, dvorní malíř císaře Karla IV. Umělecká výzdoba posvátných prostor hradu Karlštejna", year=1997, kind=B)
stejskal = dict(authors=["Stejskal"], title="Umění na dvoře Karla IV.", year=1978, kind=B)
royt = dict(authors=["Royt"], title="Středověké malířství v Čechách", year=2002, kind=B)
crossley = dict(authors=["Crossley"], title="The Politics of Presentation: The Architecture of Charles IV of Bohemia", year=2000, kind=CH)
hruba = dict(authors=["Hrubá-Novotná"], title="Rámy a okna. Theodorikovy desky jako součást architektury kaple sv. Kříže", year=2018, doi="10.99999/batm.2018.14.45", kind=A)
put("html", "theodorik-karlstejn-cz", {
 "about": "An invented Czech art-history article (Master Theodoric's panels in the Chapel of the Holy Cross at Karlštejn as part of the chapel's architecture) as a journal's HTML article page: header and nav, Highwire citation_ meta tags, an abstract, sections with markers <sup><a href=\"#pozn-N\" id=\"odkaz-N\">N</a></sup>, and a 'Poznámky' section whose notes are the items of an <ol> (<li id=\"pozn-N\">, numbered by the list, with a back-link ↩). Czech note style, surnames in capitals (keyed in ordinary case): two exhibition catalogues with editors only (Magister Theodoricus 1997; Prague: The Crown of Bohemia 2005: book, no authors), books, a chapter in an edited volume, an article with an invented DOI, artworks by inventory number (Národní galerie, inv. č. O 1470, O 1469: unknown, kind only), a charter in the Národní archiv and a restoration report in the NG archive (unknown, kind only), 'Tamtéž' (the one work of the note before; note 12 repeats the archival report), 'ROYT, c. d.', 'HRUBÁ-NOVOTNÁ, c. d.', 'CROSSLEY, c. d.', 'Magister Theodoricus, c. d.' (the works they name). A Bible reference in running text (Zj 21,18-21) is not a citation. Labels: note numbers; notes only, no literature. Invented: the article, Lucie Marková, the journal Průzkumy gotického umění and its ISSN, Tereza Hrubá-Novotná, her article, the Bulletin ateliéru technologie malby and the DOI, the inventory numbers, the charter's inventory number, the restoration report's carton. Real with data as remembered (pages may differ): Fajt 1997, Stejskal 1978, Royt 2002, Boehm & Fajt 2005, Crossley 2000, Belting (Czech edition 2015). Clean.",
 "document": "theodorik-karlstejn-cz.html", "reader": "html", "clean": True,
 "notes": {"1": magister, "2": PASSAGE, "3": stejskal, "4": stejskal, "5": PASSAGE, "6": royt,
           "7": dict(title="Prague: The Crown of Bohemia, 1347–1437", year=2005, kind=B),
           "8": crossley, "9": hruba, "10": royt, "11": PASSAGE, "12": PASSAGE, "13": PASSAGE,
           "14": magister,
           "15": dict(authors=["Belting"], title="Obraz a kult. Dějiny obrazu před věkem umění", year=2015, kind=B),
           "16": hruba, "17": crossley},
})

# ---- pandoc: Portuguese theology essay (Quarto .qmd), BibTeX, default CSL ----
im = {
 "agostinho1994": dict(authors=["Agostinho"], title="A Trindade", year=1994, kind=B),
 "barr1968": dict(authors=["Barr"], title="The Image of God in the Book of Genesis: A Study of Terminology", year=1968, kind=A),
 "ctimp2004": dict(title="Comunhão e serviço: a pessoa humana criada à imagem de Deus", year=2004, url="https://www.vatican.va/roman_curia/congregations/cfaith/cti_documents/rc_con_cfaith_doc_20040723_communion-stewardship_po.html", kind=R),
 "gaudium1965": dict(title="Constituição pastoral Gaudium et spes sobre a Igreja no mundo actual", year=1965, kind=R),
 "figueira2019": dict(authors=["Figueira"], title="Imago Dei e dignidade: leituras patrísticas de Gn 1,26", year=2019, doi="10.99999/didaskalia.2019.49.2.03", kind=A),
 "gregorio2011": dict(authors=["Gregório de Nissa"], title="A criação do homem; A alma e a ressurreição; A grande catequese", year=2011, kind=B),
 "ireneu1995": dict(authors=["Ireneu de Lião"], title="Contra as heresias", year=1995, kind=B),
 "ladaria1998": dict(authors=["Ladaria"], title="Introdução à antropologia teológica", year=1998, kind=B),
 "merriell1990": dict(authors=["Merriell"], title="To the Image of the Trinity: A Study in the Development of Aquinas' Teaching", year=1990, kind=B),
 "middleton2005": dict(authors=["Middleton"], title="The Liberating Image: The Imago Dei in Genesis 1", year=2005, kind=B),
 "pannenberg2009": dict(authors=["Pannenberg"], title="Teologia sistemática", year=2009, kind=B),
 "sullivan1963": dict(authors=["Sullivan"], title="The Image of God: The Doctrine of St. Augustine and Its Influence", year=1963, kind=B),
 "tomas2002": dict(authors=["Tomás de Aquino"], title="Suma teológica", year=2002, kind=B),
 "westermann1984": dict(authors=["Westermann"], title="Genesis 1–11: A Commentary", year=1984, kind=B),
}
im_order = ["agostinho1994", "barr1968", "ctimp2004", "gaudium1965", "figueira2019", "gregorio2011",
            "ireneu1995", "ladaria1998", "merriell1990", "middleton2005", "pannenberg2009",
            "sullivan1963", "tomas2002", "westermann1984"]
put("pandoc", "imago-dei-pt", {
 "about": "An invented Portuguese (pt-PT) theology seminar essay (the image of God, Gen 1:26, from Irenaeus to Aquinas and Vatican II) as a Quarto .qmd: YAML with lang, bibliography: imago.bib and html/pdf formats, no csl (Pandoc's default Chicago author-date: by author, corporate authors by their name), '::: {#refs}' under '## Referências'. Citations '[@key, 93-145; @key2, 147-155]', '@key [13-18]', '[cf. @key, 70-80]', '[@key, n. 22]'. Bible references in running text in Portuguese form (Gn 1,26-27; Sl 8,6; 2Cor 3,18; Cl 1,15) and canonical references (Adversus haereses V, 6, 1; Suma teológica I, q. 93) are not citations. Entries: patristic and scholastic works in Portuguese translation (Paulus 'Patrística', Loyola) with the ancient author as a braced corporate-style name (keyed as printed: Agostinho, Gregório de Nissa, Ireneu de Lião, Tomás de Aquino), translators not keyed, Gaudium et spes and the International Theological Commission's 2004 document (@misc with a braced corporate author: report, author not keyed), books, articles. Labels: citation keys; literature: the 14 entries in printed order. Invented: the essay, Rui Tavares Mendonça, Marta Lobo Figueira and her article (in a real journal's name, Didaskalia) and the DOI; the vatican.va URL as remembered. Real with data as remembered: the Paulus and Loyola translations, Barr 1968, Ladaria 1998, Merriell 1990, Middleton 2005, Pannenberg 2009, Sullivan 1963, Westermann 1984, Gaudium et spes 1965, Communion and Stewardship 2004. Planted: '[cf. @clines1968, 70-80]' cites a key the .bib lacks: missing-literature-entry at its line.",
 "document": "imago-dei-pt.qmd", "reader": "pandoc-markdown", "clean": True,
 "notes": im,
 "literature": [im[k] for k in im_order],
})

# ---- plaintext: English medieval-studies edition introduction, sigla, numbered bibliography ----
ic = {
 "1": dict(authors=["Boethius"], title="De consolatione philosophiae. Opuscula theologica", year=2000, kind=B),
 "2": dict(authors=["Guillaume de Conches"], title="Glosae super Boetium", year=1999, kind=B),
 "3": dict(title="Saeculi noni auctoris in Boetii Consolationem philosophiae commentarius", year=1935, kind=B),
 "4": dict(authors=["Courcelle"], title="La Consolation de Philosophie dans la tradition littéraire: antécédents et postérité de Boèce", year=1967, kind=B),
 "5": dict(authors=["Troncarelli"], title="Tradizioni perdute: la 'Consolatio Philosophiae' nell'alto medioevo", year=1981, kind=B),
 "6": dict(authors=["Isidore of Seville"], title="Etymologiarum sive originum libri XX", year=1911, kind=B),
 "7": dict(authors=["Bischoff"], title="Latin Palaeography: Antiquity and the Middle Ages", year=1990, kind=B),
 "8": dict(authors=["Madan", "Craster"], title="A Summary Catalogue of Western Manuscripts in the Bodleian Library at Oxford", year=1922, kind=B),
 "9": dict(authors=["Nauta"], title="The Consolation: The Latin Commentary Tradition, 800-1700", year=2009, kind=CH),
 "10": dict(authors=["Ouy"], title="Les manuscrits de l'abbaye de Saint-Victor: catalogue établi sur la base du répertoire de Claude de Grandrue (1514)", year=1999, kind=B),
 "11": dict(authors=["Marenbon"], title="Boethius", year=2003, kind=B),
 "12": dict(authors=["Southern"], title="Scholastic Humanism and the Unification of Europe", year=1995, kind=B),
 "13": dict(title="Boethius: His Life, Thought and Influence", year=1981, kind=B),
 "14": dict(title="Chaucer's Boece and the Medieval Tradition of Boethius", year=1993, kind=B),
 "15": dict(authors=["Ellard"], title="The Sacred Cosmos: Theological, Philosophical, and Scientific Conversations in the Twelfth-Century School of Chartres", year=2007, kind=B),
 "16": dict(title="Guidelines for Editors of Medieval Latin Texts", year=2014, kind=R),
}
put("plaintext", "inter-cetera-edition", {
 "about": "An invented English medieval-studies text: the introduction to a critical edition of an anonymous twelfth-century commentary on Boethius, Consolation book III ('Inter cetera'), as plain text: a header block, ABBREVIATIONS AND SIGLA (CCCM, PL, Cons., Glos. with '[2]', then manuscript sigla A B C m ω with shelfmarks and folios: the sigla are not citations; the 'Glos. ... [2]' line is a citation of entry 2), numbered sections and paragraphs (1.1), '[n]', '[n, p. x]', '[n, pp. x-y]' citations (some wrapped after 'pp.' onto the next line: the line of the opening bracket is keyed), canonical references in running text (Cons. 3 m. 9, Tim. 41d, Sap 11:21, PL 63: not citations), and a BIBLIOGRAPHY numbered [1]-[16] across 'Primary sources' and 'Secondary literature', entries wrapped with a four-space indent: editions keyed under the medieval author as printed (Boethius, Guillaume de Conches, Isidore of Seville; editors not keyed), an edition and two volumes with editors only (no authors), a chapter, a manuscript catalogue, a series volume with the volume title after 'vol. 1:' (not part of the title), corporate guidelines (report). Labels: reference numbers; the list is both notes and literature (with number). Invented: the commentary and its manuscripts' folio ranges and dates, the editor Eleanor M. Hartwell and her centre, the Corpus Christianorum guidelines entry [16]. Real with data as remembered (details may differ): Moreschini 2000, Nauta 1999 (CCCM 158), Silk 1935, Courcelle 1967, Troncarelli 1981, Lindsay 1911, Bischoff 1990, Madan & Craster 1922, Nauta 2009, Ouy 1999, Marenbon 2003, Southern 1995, Gibson 1981, Minnis 1993, Ellard 2007. Planted: entry [14] (Minnis) is cited nowhere: uncited-literature-entry at its first line.",
 "document": "inter-cetera-edition.txt", "reader": "plain-text", "clean": True,
 "notes": {lab: e for lab, e in ic.items() if lab != "14"},  # key correction: see HALF_B.md
 "literature": numbered(ic, [str(i) for i in range(1, 17)]),
})
