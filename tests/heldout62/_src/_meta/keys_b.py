"""Writes the meta.json of heldout62 half B's documents (latex, rst, html, docx, pdftext).
Round 62's theme for half B: philosophy and ethics.  Labels and lines come from the ⟦label⟧
annotations in the sources; fields are given here by hand.  Conventions: see ../../HALF_B.md.
Then:
  .venv/bin/python tests/corpus_build/build.py tests/heldout62 akrasia-protagoras-en underdetermination-en zgoda-swiadoma-pl leiblichkeit-nl
  .venv/bin/python tests/corpus_build/build_docx.py tests/heldout62 cogito-at-fr
  python3 tests/heldout62/_src/_meta/check_b.py"""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
B, A, C, R, CH, W, T, U, P = "book", "article", "commentary", "report", "chapter", "web", "thesis", "unknown", "patent"


def put(fmt, name, meta):
    p = os.path.join(HERE, "..", fmt, name, "meta.json")
    open(p, "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")


# ---- latex: English ancient philosophy (akrasia in the Protagoras and EN VII), natbib + plainnat ----
lx = {
 "bywater1894": dict(authors=["Aristotle"], title="Ethica Nicomachea", year=1894, kind=B),
 "rowe2002": dict(authors=["Aristotle"], title="Nicomachean Ethics", year=2002, kind=B),
 "charlton1988": dict(authors=["Charlton"], title="Weakness of Will: A Philosophical Introduction", year=1988, kind=B),
 "davidson1970": dict(authors=["Davidson"], title="How is Weakness of the Will Possible?", year=1970, kind=CH),
 "destree2007": dict(authors=["Destrée"], title="Aristotle on the Causes of Akrasia", year=2007, kind=CH),
 "dk1951": dict(authors=["Diels", "Kranz"], title="Die Fragmente der Vorsokratiker", year=1951, kind=B),
 "hartwell2021": dict(authors=["Hartwell"], title="Knowledge, True Belief and the Measuring Art in the Protagoras", year=2021, doi="10.99999/15685284-12340412", kind=A),
 "irwin1995": dict(authors=["Irwin"], title="Plato's Ethics", year=1995, doi="10.1093/0195086457.001.0001", kind=B),
 "kraut2022": dict(authors=["Kraut"], title="Aristotle's Ethics", year=2022, url="https://plato.stanford.edu/archives/fall2022/entries/aristotle-ethics/", kind=CH),
 "lindqvist2020": dict(authors=["Lindqvist", "Marangoni"], title="Mastery Vocabulary in the Corpus Aristotelicum: A Lemmatised Count", year=2020, doi="10.99999/japc.2020.004", kind=A),
 "moss2012": dict(authors=["Moss"], title="Aristotle on the Apparent Good: Perception, Phantasia, Thought, and Desire", year=2012, doi="10.1093/acprof:oso/9780199656349.001.0001", kind=B),
 "oyelaran2023": dict(authors=["Oyelaran"], title="Akrasia and the Unity of the Virtues from the Protagoras to the Eudemian Ethics", year=2023, kind=T),
 "penner1990": dict(authors=["Penner"], title="Plato and Davidson: Parts of the Soul and Weakness of Will", year=1990, doi="10.1080/00455091.1990.10716484", kind=A),
 "burnet1903": dict(authors=["Plato"], title="Platonis Opera", year=1903, kind=B),
 "taylor1976": dict(authors=["Plato"], title="Protagoras", year=1976, kind=B),
 "santas1966": dict(authors=["Santas"], title="Plato's Protagoras and Explanations of Weakness", year=1966, doi="10.2307/2183589", kind=A),
 "vlastos1991": dict(authors=["Vlastos"], title="Socrates: Ironist and Moral Philosopher", year=1991, kind=B),
}
LX_ORDER = list(lx)  # plainnat: sorted by author names, year, title (Aristotle 1894 before 2002; Plato 1903 before 1976)
put("latex", "akrasia-protagoras-en", {
 "about": "An invented English ancient-philosophy paper (Socrates' denial of akrasia and the measuring art in Plato's Protagoras 352b–357e, Aristotle's reply in Nicomachean Ethics VII) as a LaTeX article draft: natbib `round,authoryear`, `\\citep[352b--c]{k}` with Stephanus numbers, `\\citep[1146b31--35]{k}` with Bekker numbers, `\\citep[68~B~3]{dk1951}` with a DK number, `\\citet{k}`, `\\citet[ch.~2]{k}`, `\\citep[see][]{a,b}` and `\\citep{a,b}` (two pairs each), the measuring-art section by `\\input{sections/protagoras}` (its lines are that file's), a `\\thanks` with an e-mail, a commented TODO, `\\bibliographystyle{plainnat}`, `\\bibliography{akrasia}`. akrasia.bib (Zotero/Better BibTeX shape) holds the OCT texts of Plato (Burnet) and Aristotle (Bywater) with `author` Plato/Aristotle and `editor`, translations (Taylor's Protagoras, Rowe's Nicomachean Ethics) with `translator`, DK 6th edition, books (Charlton, Irwin, Moss, Vlastos), chapters (Davidson in Feinberg, Destrée in Bobonich and Destrée), articles (Santas in Philosophical Review, Penner in the Canadian Journal's supplementary volume), the Stanford Encyclopedia entry of Kraut as `@incollection` with a URL, a `@phdthesis`. Planted: `\\citep{price1995}` (Price's Mental Conflict, real) has no .bib entry: `missing-literature-entry` at its line. Invented: the author Miriam Hartwell, the University of Eastmoor and its e-mail host, her Phronesis article and its DOI (10.99999/…), Lindqvist and Marangoni's article, the Journal of Ancient Philosophy and Computing and its DOI, Oyelaran's thesis; the DOIs of Irwin, Moss, Penner and Santas are as remembered.",
 "document": "akrasia.tex", "reader": "latex", "clean": True,
 "notes": {k: lx[k] for k in LX_ORDER},
 "literature": [lx[k] for k in LX_ORDER],
})

# ---- rst: English philosophy of science (unconceived alternatives), [Label]_ citations + 2 [#]_ footnotes ----
rs = {
 "Achterberg2022": dict(authors=["Achterberg", "Nwosu"], title="Unconceived alternatives in nineteenth-century optics: A case database", year=2022, doi="10.99999/zenodo.7765432", kind=W),
 "Boyd1983": dict(authors=["Boyd"], title="On the current status of the issue of scientific realism", year=1983, doi="10.1007/BF00174775", kind=A),
 "Chakravartty2017": dict(authors=["Chakravartty"], title="Scientific realism", year=2017, url="https://plato.stanford.edu/archives/sum2017/entries/scientific-realism/", kind=CH),
 "Duhem1954": dict(authors=["Duhem"], title="The aim and structure of physical theory", year=1954, kind=B),
 "Kitcher1993": dict(authors=["Kitcher"], title="The advancement of science: Science without legend, objectivity without illusions", year=1993, kind=B),
 "Laudan1981": dict(authors=["Laudan"], title="A confutation of convergent realism", year=1981, doi="10.1086/288975", kind=A),
 "LaudanLeplin1991": dict(authors=["Laudan", "Leplin"], title="Empirical equivalence and underdetermination", year=1991, doi="10.2307/2026601", kind=A),
 "Mwangi2021": dict(authors=["Mwangi"], title="Theory choice under empirical equivalence: A formal study of rival generation", year=2021, kind=T),
 "Okasha2002": dict(authors=["Okasha"], title="Underdetermination, holism and the theory/data distinction", year=2002, doi="10.1111/1467-9213.00270", kind=A),
 "Psillos1999": dict(authors=["Psillos"], title="Scientific realism: How science tracks truth", year=1999, kind=B),
 "Quine1951": dict(authors=["Quine"], title="Two dogmas of empiricism", year=1951, doi="10.2307/2181906", kind=A),
 "Rask2024": dict(authors=["Rask"], title="Transient underdetermination and the division of cognitive labour", year=2024, kind=CH),
 "ReadingGroup2024": dict(title="Session notes, spring term 2024", year=2024, url="https://philsci-westfield.example.org/reading-group/underdetermination-2024", kind=W),
 "Stanford2006": dict(authors=["Stanford"], title="Exceeding our grasp: Science, history, and the problem of unconceived alternatives", year=2006, doi="10.1093/0195174089.001.0001", kind=B),
 "Worrall1989": dict(authors=["Worrall"], title="Structural realism: The best of both worlds?", year=1989, doi="10.1111/j.1746-8361.1989.tb00933.x", kind=A),
 "vanFraassen1980": dict(authors=["van Fraassen"], title="The scientific image", year=1980, kind=B),
}
rs_notes = dict(rs)
rs_notes["1"] = dict(authors=["Whewell"], title="The Philosophy of the Inductive Sciences, Founded upon Their History", year=1847, kind=B)
rs_notes["2"] = dict(authors=["Stanford"], year=2006)  # the footnote's short pointer into Stanford's book
put("rst", "underdetermination-en", {
 "about": "An invented English philosophy-of-science seminar paper (Stanford's problem of unconceived alternatives read as a claim about a method of eliciting rivals) in reStructuredText: docinfo field list with a multi-line abstract, a contents directive, numbered section titles, `[Label]_` citations (two on one line: `[Okasha2002]_ [Kitcher1993]_`, `[Worrall1989]_ … [Psillos1999]_`; a citation followed by an auto-numbered footnote `[Stanford2006]_ [#]_`), two citations in a `.. note::` directive, a simple table citing in its last column, a `.. rubric:: Footnotes` with two `[#]` footnotes (a full Chicago-style note to Whewell 1847; a short pointer `Stanford (2006), ch. 2`), and 16 `.. [Label]` entries in APA 7 style under References (alphabetical by label, so `vanFraassen1980` last): DOIs as https://doi.org and one `doi:` form, Chakravartty's Stanford Encyclopedia entry (Summer 2017) by its archive URL, a translation with `(Original work published 1906)`, a Zenodo dataset `(Version 1.2) [Data set]`, a doctoral dissertation, a conference presentation, a reading group's web page with `Retrieved …, from`. Invented: the author Hanna Rask and the University of Westfield, Achterberg and Nwosu's dataset and its DOI, Mwangi's dissertation, Rask's PSA presentation, the reading group and its page (philsci-westfield.example.org).",
 "document": "unconceived-alternatives.rst", "reader": "rst", "clean": True,
 "notes": rs_notes,
 "literature": list(rs.values()),
})

# ---- html: Polish bioethics (broad consent in biobanks), online magazine article with 20 endnotes ----
belmont = dict(title="The Belmont Report: Ethical Principles and Guidelines for the Protection of Human Subjects of Research", year=1979, kind=R)
helsinki = dict(title="World Medical Association Declaration of Helsinki: Ethical Principles for Medical Research Involving Human Subjects", year=2013, doi="10.1001/jama.2013.281053", kind=A)
bc = dict(authors=["Beauchamp", "Childress"], title="Principles of Biomedical Ethics", year=2019, kind=B)
faden = dict(authors=["Faden", "Beauchamp"], title="A History and Theory of Informed Consent", year=1986, kind=B)
oneill = dict(authors=["O’Neill"], title="Autonomy and Trust in Bioethics", year=2002, kind=B)
manson = dict(authors=["Manson", "O’Neill"], title="Rethinking Informed Consent in Bioethics", year=2007, doi="10.1017/CBO9780511814600", kind=B)
kant = dict(authors=["Kant"], title="Uzasadnienie metafizyki moralności", year=1984, kind=B)
eyal = dict(authors=["Eyal"], title="Informed Consent", year=2019, url="https://plato.stanford.edu/archives/spr2019/entries/informed-consent/", kind=CH)
dawson = dict(authors=["Dawson"], title="Informed Consent: Bioethical Ideal and Empirical Reality", year=2005, kind=CH)
wzor = dict(title="Wzór formularza świadomej zgody na przechowywanie materiału biologicznego w biobanku", year=2022, url="https://komisja.uniwersytet-nadwislanski.example.org/dokumenty/wzor-zgody-biobank.pdf")
ustawa96 = dict(title="Ustawa z dnia 5 grudnia 1996 r. o zawodach lekarza i lekarza dentysty", year=1996, kind=R)
ustawa23 = dict(title="Ustawa z dnia 9 marca 2023 r. o badaniach klinicznych produktów leczniczych stosowanych u ludzi", year=2023, kind=R)
rodo = dict(year=2016, kind=R)
cioms = dict(title="International Ethical Guidelines for Health-related Research Involving Humans", year=2016, kind=R)
nowicki = dict(authors=["Nowicki", "Adeyemi"], title="Broad consent and the problem of future uses: a survey of biobank donors in three countries", year=2022, kind=A)
kowalczyk = dict(authors=["Kowalczyk"], title="Autonomia pacjenta a paternalizm lekarski w polskiej praktyce klinicznej. Studium empiryczne", year=2019, kind=T)
online = dict(title="Świadoma zgoda w badaniach prowadzonych przez internet – pytania i odpowiedzi", url="https://komisja.uniwersytet-nadwislanski.example.org/pytania/zgoda-online", kind=W)
ht_notes = [belmont, helsinki, bc, bc, faden, oneill, manson, kant, oneill, eyal, dawson, wzor, ustawa96, ustawa23, rodo, cioms, nowicki, kowalczyk, manson, online]
assert len(ht_notes) == 20
put("html", "zgoda-swiadoma-pl", {
 "about": "An invented Polish bioethics article (is broad consent in biobanks still informed consent?) as an online magazine's page: site header and navigation, `og:url`, a byline with a section link, a lead, numbered sections, a figure whose caption carries a note, 20 note calls `<sup class=\"przypis\"><a href=\"#przypis-N\" id=\"odsylacz-N\">N</a></sup>` and an `<ol>` of 20 notes under `Przypisy` in Polish humanities style (initials first, `[w:]`, `(red.)`, `przeł.`, `wyd. 8`, journal titles in „…”, `Tamże, s. 123–125.`, short notes with `dz. cyt.`, `(dostęp: 2.03.2024)`), with back-links `↩`. Sources: the Belmont Report (National Commission), the Declaration of Helsinki (2013, Fortaleza) as its JAMA publication with `doi: `, Beauchamp and Childress 8th ed., Faden and Beauchamp, O’Neill (apostrophe ’), Manson and O’Neill with https://doi.org, Kant's Grundlegung in Wartenberg's Polish translation with the Akademie-Ausgabe locator `(AA IV, 429)`, Eyal's Stanford Encyclopedia entry (Spring 2019), Dawson's chapter, the Polish acts of 1996 and 2023 by their headings with Dz.U. numbers, the GDPR by number and date (keyed year and kind only), the CIOMS guidelines of 2016, a doctoral thesis (rozprawa doktorska). Note 12 (an ethics committee's consent-form template, PDF, `wersja 3, 2022`) is keyed without a kind (web page or report). Planted: note 17's DOI `https://doi.org/10.99999.bioe.13021` has a dot where its slash belongs: `malformed-field` at that note's line; the note is keyed without a DOI. Invented: the magazine Etyka Stosowana Online (etyka-stosowana.example.org), the author Agata Wiśniewska, the Uniwersytet Nadwiślański and its ethics committee's pages and form (…example.org), Nowicki and Adeyemi's Bioethics article and its DOI, Kowalczyk's thesis; the Helsinki and Manson–O’Neill DOIs are as remembered.",
 "document": "zgoda-szeroka.html", "reader": "html", "clean": True,
 "notes": {str(i + 1): e for i, e in enumerate(ht_notes)},
 "literature": [],
})

# ---- docx: French early modern philosophy (the cogito and memory in Descartes), footnotes + grouped Bibliographie ----
at = dict(authors=["Descartes"], title="Œuvres", year=1996, kind=B)
beyssade = dict(authors=["Descartes"], title="Méditations métaphysiques", year=1990, kind=B)
alquie = dict(authors=["Alquié"], title="La découverte métaphysique de l'homme chez Descartes", year=1950, kind=B)
gueroult = dict(authors=["Gueroult"], title="Descartes selon l'ordre des raisons", year=1953, kind=B)
marion = dict(authors=["Marion"], title="Sur la théologie blanche de Descartes", year=1981, kind=B)
spinoza = dict(authors=["Spinoza"], title="Spinoza Opera", year=1925, kind=B)
leibniz = dict(authors=["Leibniz"], title="Sämtliche Schriften und Briefe", year=1999, kind=B)
malebranche = dict(authors=["Malebranche"], title="De la recherche de la vérité", year=1962, kind=B)
williams = dict(authors=["Williams"], title="Descartes: The Project of Pure Enquiry", year=1978, kind=B)
hintikka = dict(authors=["Hintikka"], title="Cogito, ergo sum: Inference or Performance?", year=1962, doi="10.2307/2183678", kind=A)
morel = dict(authors=["Morel"], title="Le cogito et la mémoire : Descartes face à Gassendi", year=2022, doi="10.99999/agph-2022-0014", kind=A)
newman = dict(authors=["Newman"], title="Descartes' Epistemology", year=2023, url="https://plato.stanford.edu/archives/win2023/entries/descartes-epistemology/", kind=CH)
lefranc = dict(authors=["Lefranc"], title="La certitude de soi chez Descartes et Spinoza", year=2020, kind=T)
garber = dict(authors=["Garber"], title="Semel in vita: The Scientific Background to Descartes' Meditations", year=1986, kind=CH)
corresp = dict(title="Correspondance de Descartes et Mersenne", url="https://descartes-mersenne.example.net/lettres/1630-04-15", kind=W)
dx_notes = [at, at, beyssade, beyssade, alquie, gueroult, marion, gueroult, spinoza, leibniz, malebranche, williams, hintikka, morel, newman, at, lefranc, morel, garber, corresp, gueroult, gueroult]
assert len(dx_notes) == 22
put("docx", "cogito-at-fr", {
 "about": "An invented French early-modern-philosophy article (is the Cartesian cogito a memory? certainty of self, the order of reasons and memory from the Second Meditation to Spinoza, Leibniz and Malebranche) in Word: title and byline paragraphs, Heading 1 sections, 22 footnotes in French humanities style (the Adam–Tannery edition (`R. Descartes, Œuvres, éd. Ch. Adam et P. Tannery`) cited in full in note 1 with `désormais AT, suivi du tome et de la page`, then `AT VII, 27.` and a note ending `: AT IX-1, 21.` keyed as that edition; `Ibid., p. 75.` after Beyssade's translation, `Ibid., t. I, p. 154, à propos de AT VII, 70.` after Gueroult; `op. cit.` and `art. cit.` short notes; Spinoza's Opera in Gebhardt's edition with the work cited in parentheses; Leibniz's Akademie edition with `désormais A VI, 4`; Malebranche's Recherche in Rodis-Lewis's edition; Hintikka with `doi:`; a Stanford Encyclopedia entry with `consulté le`; a thèse de doctorat; an online edition of letters), a three-column table whose third cell of the first data row holds a note, and a `Bibliographie` in three Heading 2 groups (Sources, Études, Ressources en ligne) of Bibliography-style paragraphs. Invented: the author Claire Morel, the Université de Haute-Loire, her Archiv für Geschichte der Philosophie article and its DOI, Lefranc's thesis, the online edition of the Descartes–Mersenne letters (descartes-mersenne.example.net); Hintikka's DOI is as remembered.",
 "document": "cogito-at-fr.docx", "reader": "docx", "clean": True, "lang": "fr-FR",
 "title": "Le cogito est-il un souvenir ? Mémoire, ordre des raisons et certitude de soi chez Descartes", "creator": "Claire Morel",
 "notes": {str(i + 1): e for i, e in enumerate(dx_notes)},
 "literature": [at, beyssade, leibniz, malebranche, spinoza, alquie, garber, gueroult, hintikka, lefranc, marion, morel, williams, corresp, newman],
})

# ---- pdftext: Dutch phenomenology (the lived body in chronic pain), author–date, alphabetical Literatuur ----
pt = [
 dict(authors=["Al-Saji"], title="Bodies and sensings: On the uses of Husserlian phenomenology for feminist theory", year=2010, doi="10.1007/s11007-010-9135-8", kind=A),
 dict(authors=["Bakker"], title="Lichaam en leefwereld: Een fenomenologische studie naar chronische pijn", year=2019, kind=T),
 dict(authors=["Fuchs"], title="Ecology of the brain: The phenomenology and biology of the embodied mind", year=2018, kind=B),
 dict(authors=["Gallagher"], title="How the body shapes the mind", year=2005, doi="10.1093/0199271941.001.0001", kind=B),
 dict(authors=["Heidegger"], title="Sein und Zeit", year=2006, kind=B),
 dict(authors=["Husserl"], title="Ideen zu einer reinen Phänomenologie und phänomenologischen Philosophie. Zweites Buch: Phänomenologische Untersuchungen zur Konstitution", year=1952, kind=B),
 dict(authors=["Husserl"], title="Cartesianische Meditationen und Pariser Vorträge", year=1973, kind=B),
 dict(authors=["Leder"], title="The absent body", year=1990, kind=B),
 dict(authors=["Merleau-Ponty"], title="Phénoménologie de la perception", year=1945, kind=B),
 dict(authors=["Merleau-Ponty"], title="Fenomenologie van de waarneming", year=1997, kind=B),
 dict(authors=["Slatman"], title="Our strange body: Philosophical reflections on identity and medical interventions", year=2014, kind=B),
 dict(authors=["Smith"], title="Phenomenology", year=2018, url="https://plato.stanford.edu/archives/sum2018/entries/phenomenology/", kind=CH),
 dict(authors=["Svenaeus"], title="Illness as unhomelike being-in-the-world: Heidegger and the phenomenology of medicine", year=2011, doi="10.1007/s11019-010-9301-0", kind=A),
 dict(authors=["Toombs"], title="The meaning of illness: A phenomenological account of the different perspectives of physician and patient", year=1992, kind=B),
 dict(authors=["Verhoeven", "Okafor"], title="Pijnbeleving en lichamelijke vervreemding: Interviewdata", year=2023, doi="10.99999/dans-2023-xk7p", kind=W),
 dict(authors=["Zahavi"], title="Phenomenology: The basics", year=2019, kind=B),
]
put("pdftext", "leiblichkeit-nl", {
 "about": "An invented Dutch phenomenology article (the lived body, Leib and Körper, in the experience of chronic pain) as pdftotext (no -layout) gives the pages of Tijdschrift voor Filosofie: journal head with the article's own DOI, title and subtitle, `door Maarten Bakker (Nijmegen)`, Samenvatting and Trefwoorden, numbered sections, form feeds with page numbers and running heads on lines of their own, words hyphenated at line ends, APA-like author–date citations (`(Husserl 1952, 144–151)`, narrative `Leder (1990)`, `Toombs (1992) en Svenaeus (2011)` two on a line, `(vgl. Heidegger 2006, §40)`, `Gallagher (2005, 24–39)`, `Slatman (2014, 51–` ⏎ `58)` with the locator wrapped, `(Verhoeven & Okafor` ⏎ `2023)` wrapped after the names, `(Merleau-` ⏎ `Ponty 1945, 90–105)` wrapped inside the hyphenated name, the author's own thesis `(Bakker 2019)`), a text table whose `Bron: Verhoeven & Okafor 2023.` cites, and a 16-entry alphabetical Literatuur in APA style with Dutch words (`red.`, `vert.`, `proefschrift`, `19e druk; oorspr. 1927`, `Parijs`, `Londen`, `Den Haag`), Husserliana volumes, DOIs as https://doi.org links wrapped after `https://` or `https://doi.org/`, a Stanford Encyclopedia entry whose URL wraps, a DANS dataset `[Dataset]`. Labels are the entries' positions in the Literatuur. Invented: the author Maarten Bakker and his thesis, the article's DOI and pages, Verhoeven and Okafor's dataset and its DOI; the Dutch translation of Merleau-Ponty is given as remembered.",
 "document": "leiblichkeit.txt", "reader": "pdf-text", "clean": True,
 "notes": {str(i + 1): e for i, e in enumerate(pt)},
 "literature": pt,
})
