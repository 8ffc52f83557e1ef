"""Writes every meta.json of heldout33 half A (labels and fields by hand)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
B, A, C, R, CH, W = "book", "article", "commentary", "report", "chapter", "web"


def put(fmt, name, meta):
    p = os.path.join(HERE, "..", fmt, name, "meta.json")
    open(p, "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")


def notes_of(entries, bracket=True):
    return {(f"[{e['number']}]" if bracket else str(e["number"])): {k: v for k, v in e.items() if k != "number"} for e in entries}


# ---- markdown-links: Shona economics blog post ----
sn = [
 dict(number=1, authors=["Hanke", "Kwok"], title="On the measurement of Zimbabwe's hyperinflation", year=2009, kind=A),
 dict(number=2, authors=["Chikowore"], title="Dollarisation and informal cross-border trade in rural Zimbabwe", year=2014, kind=A, doi="10.4102/jef.v7i2.49"),
 dict(number=3, title="Zimbabwe: 2014 Article IV Consultation", year=2014, kind=R),
 dict(number=4, authors=["Noko"], title="Dollarization: The case of Zimbabwe", year=2011, kind=R),
 dict(number=5, authors=["Pindiriri"], title="Monetary policy and the parallel market in Zimbabwe", year=2021, kind=A),
]
put("markdown-links", "mari-yemhuri-sn", {
 "about": "An invented Shona economics blog post (Zimbabwe's currency from the 2008 hyperinflation to the RTGS dollar) as Hugo Markdown: YAML front matter, a featured image with a Wikimedia Commons credit link (not a citation), citations as inline links '[Hanke & Kwok, 2009](https://www.cato.org/...)', '[Chikowore (2014)](https://doi.org/...)', '([2009](...))' (the Cato link again) and bare autolinks '<https://www.imf.org/...>', '<https://www.veritaszim.net/node/3369>'; links that are not citations (the author's older post, a Mailchimp sign-up, a Twitter handle, share buttons); a blockquote, a pipe table; after a horizontal rule a numbered APA list of 5 entries with NO heading, followed by a 'Share this:' line of links. Links that match an entry of the list keyed by the entry's number (by its address, or by the author and year their words or sentence name; the IMF autolink is the address of entry 3's report), with the entry's fields; the Veritas autolink matches no entry (no citation: body links that match no entry are not counted, corpus convention). Key corrected in fix round 50 (see HALF_B.md). Invented: the author, the blog, Chikowore 2014 (journal, DOI), Pindiriri 2021 (journal; the ResearchGate URL), the IMF report URL's number, the Veritas node, the table figures. Real works with data as remembered: Hanke & Kwok 2009 (Cato Journal 29(2)), Noko 2011 (MPRA paper 38084), the IMF 2014 Article IV report (country report number as remembered). Corporate author (IMF) not keyed. Clean.",
 "document": "mari-yemhuri-sn.md", "flat": True, "reader": "markdown-links", "clean": True,
 "notes": notes_of(sn, bracket=False),
 "literature": sn,
})

# ---- html: Zulu law article, OJS 3 ----
zu = [
 dict(number=1, authors=["Bennett"], title="Customary Law in South Africa", year=2004, kind=B),
 dict(number=2, authors=["Cele"], title="Ubufakazi bomthetho wesintu ezinkantolo zomndeni", year=2020, kind=A, doi="10.17159/obiter.v41i2.8531"),
 dict(number=3, authors=["Dlamini"], title="Ubuntu njengomgomo womthethosisekelo: ukubuyekezwa kuka-Makwanyane", year=2015, kind=A),
 dict(number=4, title="African Customary Law in South Africa: Post-Apartheid and Living Law Perspectives", year=2014, kind=B),
 dict(number=5, authors=["Mthembu", "Ngcobo"], title="Living customary law and the courts: a KwaZulu-Natal study", year=2019, kind=A, doi="10.17159/1727-3781/2019/v22i0a5671"),
 dict(number=6, title="Introduction to Legal Pluralism in South Africa", year=2018, kind=B),
]
zun = notes_of(zu[:5])
zun.update({
 "1": dict(title="S v Makwanyane and Another", year=1995),
 "2": dict(title="Bhe and Others v Magistrate, Khayelitsha and Others", year=2005),
 "3": dict(title="Recognition of Customary Marriages Act 120 of 1998", year=1998),
 "4": dict(kind=C),
})
put("html", "mutheto-zu", {
 "about": "An invented Zulu (isiZulu) law article (ubuntu and customary law after S v Makwanyane) as an Open Journal Systems 3.3 article page with the HTML galley inline: OJS head meta (DC/citation_*), site header and navigation, breadcrumbs, authors, DOI, keywords; author-date citations '(Dlamini 2015: 34)', '(Bennett 2004: 45–47; Himonga & Nhlapo 2014)', '(Mthembu & Ngcobo 2019; Cele 2020)', 'uCele (2020: 241)' (Zulu noun-class prefix u- on the name), '(Mthembu & Ngcobo 2019: 88)'; footnotes '<sup><a href=\"#fn3\" id=\"ref3\">3</a></sup>' with an 'Amanothi' list (two cases in SA Law Reports form, a statute, a thanks note); a table; an 'Imithombo' reference section of 6 <p> paragraphs (no list markup), DOIs as https://doi.org/ links; OJS sidebar chrome ('Downloads' PDF/HTML galleys, 'How to Cite' with a CSL entry of this article, citation-format links, RIS/BibTeX, licence). Footnotes labelled by number, author-date citations by the list position '[n]'. Cases and the statute keyed by title and year, no kind; edited volumes (Himonga & Nhlapo, Rautenbach) without authors. Invented: the journal, its URLs and DOI, the author, the article, the table, Cele 2020, Dlamini 2015, Mthembu & Ngcobo 2019 (titles, DOIs, pages). Real works/cases/statute with data as remembered: Bennett 2004, Himonga & Nhlapo 2014, Rautenbach 2018 (5th ed.), Makwanyane 1995 (3) SA 391 (CC), Bhe 2005 (1) SA 580 (CC), Act 120 of 1998. Planted: Rautenbach (entry 6, line of its <p>) is cited nowhere: uncited-literature-entry.",
 "document": "mutheto-zu.html", "flat": True, "reader": "html", "clean": True,
 "notes": zun, "literature": zu,
})

# ---- plaintext: Nepali economics paper ----
ne = [
 dict(number=1, authors=["अधिकारी"], title="वैदेशिक रोजगारी र ग्रामीण अर्थतन्त्र", year=2075, kind=B),
 dict(number=2, title="नेपालमा विप्रेषण: प्रवृत्ति, प्रयोग र प्रभाव", year=2078, kind=R),
 dict(number=3, authors=["पौडेल", "खनाल"], title="विप्रेषण र गरिबी न्यूनीकरण: स्याङ्जाको अनुभव", year=2076, kind=A),
 dict(number=4, authors=["Sapkota"], title="Remittances in Nepal: Boon or bane?", year=2013, kind=A, doi="10.1080/00220388.2013.812196"),
 dict(number=5, authors=["Seddon", "Adhikari", "Gurung"], title="Foreign labor migration and the remittance economy of Nepal", year=2002, kind=A, doi="10.1080/146727102760166581"),
 dict(number=6, authors=["Sharma"], title="Remittances and household welfare in Nepal", year=2010, kind=R),
 dict(number=7, title="Large-scale migration and remittance in Nepal: Issues, challenges, and opportunities", year=2011, kind=R),
]
put("plaintext", "remitans-ne", {
 "about": "An invented Nepali (Devanagari) economics paper on remittances in rural households (Syangja, Dhanusha), plain text: title block with e-mail, abstract, keywords, numbered sections with Devanagari numerals, author-year citations in Nepali with Devanagari digits and Bikram Sambat years '(अधिकारी, २०७५)', '(नेपाल राष्ट्र बैंक, २०७८)', '(पौडेल र खनाल, २०७६; World Bank, 2011)' (Nepali 'र' = and), '(अधिकारी, २०७५, पृ. ८८)', '(नेपाल राष्ट्र बैंक, २०७८, पृ. ३४)', and in Latin '(Sapkota, 2013)', 'Seddon, Adhikari र Gurung (2002)', 'Sharma (2010, p. 5)', '(Sharma 2010, p. 5; …)'; a GitHub URL (not a citation), an indented dash-ruled table with Devanagari figures, a grant number, and an UNNUMBERED APA 'सन्दर्भ सामग्री' list of 7 entries (Nepali first, then English; one paragraph each, blank lines between, three wrapped over two lines with an indent). Author-date citations labelled by list position '[n]'. Years keyed as printed (BS years in Devanagari digits keyed as their value: २०७५ = 2075). Corporate authors (Nepal Rastra Bank, World Bank) not keyed. Invented: the paper, author, data, Adhikari 2075, the NRB 2078 report, Paudel & Khanal 2076, Sharma 2010 (NRB working paper), the grant code. Real works with data as remembered: Seddon, Adhikari & Gurung 2002 (Critical Asian Studies), Sapkota 2013 (J. Dev. Studies), World Bank 2011 report (number as remembered). Planted: 'Thieme (2006)' (line of the results paragraph) has no entry in the list: missing-literature-entry at its line (the citation itself is not keyed as a pair: it has no list position).",
 "document": "remitans-ne.txt", "flat": True, "reader": "plain-text", "clean": True,
 "notes": notes_of(ne), "literature": ne,
})

# ---- org: Khmer astronomy note ----
km_bib = {
 "stencel1976": dict(authors=["Stencel", "Gifford", "Morón"], title="Astronomy and Cosmology at Angkor Wat", year=1976, kind=A, doi="10.1126/science.193.4250.281"),
 "mannikka1996": dict(authors=["Mannikka"], title="Angkor Wat: Time, Space, and Kingship", year=1996, kind=B),
 "eade1995": dict(authors=["Eade"], title="The Calendrical Systems of Mainland South-East Asia", year=1995, kind=B),
 "faraut1910": dict(authors=["Faraut"], title="Astronomie cambodgienne", year=1910, kind=B),
}
kmn = dict(km_bib)
kmn["1"] = dict(kind=C)
kmn["2"] = dict(title="Spring equinox sunrise over Angkor Wat, 2019", url="https://www.angkorequinox.org/2019/spring-sunrise", kind=W)
put("org", "phkay-dos-km", {
 "about": "An invented Khmer (Khmer script) astronomy note (the equinox sunrise over Angkor Wat) in Org mode with org-cite: '#+bibliography: refs.bib', '#+cite_export: csl', '[cite:@stencel1976]', '[cite/t:@mannikka1996;@eade1995]', '[cite:@faraut1910 p. 12]', '[cite:@stencel1976 p. 284]', '#+print_bibliography:' under a Khmer heading; Org footnotes [fn:1] (commentary) and [fn:2] (a web page with URL and access date) under '* Footnotes'; a property drawer, a LaTeX equation and inline maths, a Python (Astropy) src block with bracketed comments and a #+RESULTS: line '[az] … [alt] …', a #+begin_example block holding '[១]' and a '[cite:@notakey]' (example text, not a citation), an Org table, and a commented-out line '# … [cite:@coedes1968]' (not a citation). Citations labelled by key; footnotes by their number. Literature = the .bib entries in file order. Invented: the note, the observation, the table, the Angkor Equinox Watch page and URL. Real works with data as remembered: Stencel, Gifford & Morón 1976 (Science 193), Mannikka 1996, Eade 1995 (Brill), Faraut 1910. Clean.",
 "document": "phkay-dos-km.org", "reader": "org", "clean": True,
 "notes": kmn, "literature": list(km_bib.values()),
})

# ---- typst: Gujarati astronomy paper ----
gu_bib = {
 "sharma1995": dict(authors=["Sharma"], title="Sawai Jai Singh and His Astronomy", year=1995, kind=B),
 "pingree1978": dict(authors=["Pingree"], title="History of Mathematical Astronomy in India", year=1978, kind=CH),
 "ohashi1993": dict(authors=["Ohashi"], title="Development of Astronomical Observation in Vedic and Post-Vedic India", year=1993, kind=A),
 "patel2019": dict(authors=["પટેલ", "દેસાઈ"], title="સમ્રાટ યંત્રની છાયા અને સમય માપનની ચોકસાઈ", year=2019, kind=A, doi="10.5281/zenodo.3356218"),
}
put("typst", "taramandal-gu", {
 "about": "An invented Gujarati (Gujarati script) astronomy paper (timekeeping with the Samrat Yantra of Jaipur's Jantar Mantar) in Typst: '@sharma1995', '@sharma1995[p. 7]', '#cite(<sharma1995>, form: \"prose\")' (on the line of the first @sharma1995: one pair), '#cite(<pingree1978>) #cite(<ohashi1993>)', '@ohashi1993[pp. 190–192]', '@patel2019'; labels '<intro>', '<method>', '<eq-hour>', '<fig-samrat>', '<tab-noon>' referenced as '@method', '@eq-hour', '@fig-samrat', '@tab-noon' (cross-references, not citations); a display equation, inline maths, a figure with an image, a table figure, a '//' comment holding '@kaye1918' (not a citation), a bare URL, superscript affiliation marks, and '#bibliography(\"refs.bib\", style: \"apa\", title: …)' with a .bib beside it (4 entries: @book, @incollection, @article ×2, one in Gujarati). Citations labelled by key; literature = the .bib entries in file order. Invented: the paper, the authors, the measurements, Patel & Desai 2019 (journal, DOI). Real works with data as remembered: Sharma 1995 (Motilal Banarsidass), Pingree 1978 (DSB vol. 15), Ohashi 1993 (IJHS 28(3)). Clean.",
 "document": "taramandal-gu.typ", "reader": "typst", "clean": True,
 "notes": gu_bib, "literature": list(gu_bib.values()),
})

# ---- pdftext: Quechua irrigation report (built by build_pdftext.py) ----
qu = [
 dict(number=1, title="Plan nacional de recursos hídricos del Perú: Memoria nal", year=2015, kind=R, url="https://www.ana.gob.pe/sites/default/files/normatividad/files/plannacional-de-recursos-hidricos-del-peru-memoria-final-2015.pdf"),
 dict(number=2, authors=["Boelens", "Vos"], title="The danger of naturalizing water policy concepts: Water productivity and eciency discourses from eld irrigation to virtual water trade", year=2012, kind=A, doi="10.1016/j.agwat.2011.06.013"),
 dict(number=3, authors=["Gelles"], title="Water and power in highland Peru: The cultural politics of irrigation and development", year=2000, kind=B),
 dict(number=4, authors=["Mayer"], title="The articulated peasant: Household economies in the Andes", year=2002, kind=B),
 dict(number=5, authors=["Trawick"], title="The struggle for water in Peru: Comedy and tragedy in the Andean commons", year=2003, kind=B),
]
qun = notes_of(qu)
qun.update({"1": dict(kind=C), "2": dict(title="Ley de Recursos Hídricos", year=2009), "3": dict(kind=C)})
put("pdftext", "yaku-rakay-qu", {
 "about": "An invented Quechua (Southern Quechua: ch', k', q', p', t', ll, ñ) engineering report (lining irrigation canals in the ayllu of Ccochaccasa, Huancavelica), pdflatex (11 pt, a4, T1 fontenc with the EC bitmap fonts this machine has: pdftotext loses the fi/ffi ligatures and en dashes, so 'Memoria nal', 'eciency', 'eld', '1626', '20212022' are as converted) + pdftotext (no -layout): fancyhdr running head on both pages and centred page numbers, section numbers split from their titles, three footnotes (a commentary on 'yaku kamayuq', the water law 'Ley N.º 29338, Ley de Recursos Hídricos (2009), art. 2.', a commentary on 'ch'aki killa') whose texts pdftotext moves to after the page's body, a booktabs table shattered into columns, author-year APA citations '(Gelles, 2000, p. 45)' broken over two lines, 'Mayer (2002, p. 14)', '(Trawick, 2003; Boelens & Vos, 2012)', 'Autoridad Nacional del Agua (2015)' broken over two lines, '(Boelens & Vos, 2012, p. 20)', 'Gelles (2000)', and an APA 'Pukyukuna' list of 5 hanging-indent entries on page 2, the ANA URL broken at a hyphen by url's [hyphens] option and joined by pdftotext without the hyphen ('plannacional-de-…', keyed as converted). Footnotes labelled by number (lines found by the builder), author-year citations by list position '[n]' (extra_citations, lines read from the text: a citation broken over two lines at its first line). The law keyed by title and year, no kind; ANA as corporate author not keyed. Invented: the report, authors, canals, figures, the ANA plan URL. Real works with data as remembered: Gelles 2000, Mayer 2002, Trawick 2003, Boelens & Vos 2012 (Agricultural Water Management 108), Ley 29338 (2009). Clean.",
 "tex": "yaku-rakay-qu.tex", "document": "yaku-rakay-qu.txt", "reader": "pdf-text", "clean": True,
 "extra_citations": [["[3]", 23], ["[4]", 24], ["[5]", 27], ["[2]", 27], ["[1]", 32], ["[2]", 59], ["[3]", 65]],
 "notes": qun, "literature": qu,
})

# ---- docx: Marathi music-history article (built by build_docx.py) ----
bhat = dict(authors=["भातखंडे"], title="हिंदुस्थानी संगीत पद्धती", year=1910, kind=B)
bakh = dict(authors=["बखले"], title="Two Men and Music: Nationalism in the Making of an Indian Classical Tradition", year=2005, kind=B)
arch = dict(title="वार्षिक अहवाल, १९१२", year=1912)
neum = dict(authors=["न्यूमन"], title="The Life of Music in North India: The Organization of an Artistic Tradition", year=1980, kind=B)
joshi = dict(authors=["जोशी"], title="संतवाणी", year=1973)
put("docx", "raga-itihas-mr", {
 "about": "An invented Marathi (Devanagari, Devanagari digits) music-history article (Bhatkhande, Paluskar and music teaching in Maharashtra, 1900–1940) in Word (mr-IN) with 10 footnotes in Chicago notes-bibliography style: full first notes (Bhatkhande 1910 with volume, Bakhle 2005, Neuman 1980 — English titles with Marathi places and publishers), 'तत्रैव, पृ. ४५.' and 'तत्रैव.' (ibid.), short notes 'भातखंडे, *हिंदुस्थानी संगीत पद्धती*, ६७.' and 'बखले, *Two Men and Music*, १२०.', a manuscript archive source (Gandharva Mahavidyalaya archive, Miraj, annual report 1912, file 7/3), a commentary note on 'ख्याल', a recording 'भीमसेन जोशी, *संतवाणी*, ध्वनिमुद्रिका (मुंबई: एचएमव्ही, १९७३).'; a 4×4 table and caption, a bare domain (not a citation), and a 'संदर्भग्रंथसूची' heading over 5 Chicago bibliography paragraphs (archive and recording included). Notes labelled by number; lines are body paragraph numbers. Repeat notes keyed with the repeated work's fields; the archival document by title and year only; the recording by title, year and artist, no kind. Invented: the article, the table, the archive's file and report, page numbers, Bhatkhande's place/publisher/year details (the work is real, published in several volumes from c. 1910), the recording's label/year as remembered. Real works with data as remembered: Bakhle 2005 (OUP), Neuman 1980 (Wayne State UP). Clean.",
 "document": "raga-itihas-mr.docx", "reader": "docx", "lang": "mr-IN",
 "title": "हिंदुस्थानी संगीताचे पुनरुज्जीवन", "creator": "S. Kulkarni", "clean": True,
 "notes": {"1": bhat, "2": bhat, "3": bakh, "4": arch, "5": bhat, "6": bakh, "7": bakh, "8": dict(kind=C), "9": neum, "10": joshi},
 "literature": [arch, joshi, neum, bakh, bhat],
})
