"""Writes every meta.json of heldout34 half A (labels and fields by hand)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
B, A, C, R, CH, W = "book", "article", "commentary", "report", "chapter", "web"


def put(fmt, name, meta):
    p = os.path.join(HERE, "..", fmt, name, "meta.json")
    open(p, "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")


# ---- supmarkdown: Kannada public-health essay (Substack export) ----
put("supmarkdown", "dengi-kn", {
 "about": "An invented Kannada public-health newsletter essay (dengue and household water storage in Tumakuru district villages) as Substack exports it to Markdown: title, subtitle heading, a linked substackcdn image with an italic caption, <sup>1</sup> markers after punctuation ('.<sup>1</sup>', ';<sup>5</sup>') and before it, one '<sup>2,3</sup>' citing two notes, superscripts that are not markers ('10<sup>6</sup>', '40 m<sup>2</sup>'), a blockquote, a pipe table, a link to the author's older post and a 'Subscribe now' link (not citations); after a '***' rule the notes as a numbered list with NO heading, then a 'Share · Leave a comment' line. Notes labelled by number; no literature list. Invented: the newsletter, author, survey figures, the table, note 5 (Shivakumar & Gowda 2021, journal), note 1's access date. Real works with data as remembered: Bhatt et al. 2013 (Nature), Murray, Quam & Wilder-Smith 2013 (Clin. Epidemiol.), WHO 2009 dengue guidelines; the NCVBDC page URL as remembered. Corporate authors (NCVBDC, WHO) not keyed. Clean.",
 "document": "dengi-kn.md", "flat": True, "reader": "sup-markdown", "clean": True,
 "notes": {
  "1": dict(title="Dengue Situation in India", url="https://ncvbdc.mohfw.gov.in/index4.php?lang=1&level=0&linkid=431&lid=3715", kind=W),
  "2": dict(authors=["Bhatt", "Gething", "Brady"], title="The global distribution and burden of dengue", year=2013, kind=A, doi="10.1038/nature12060"),
  "3": dict(authors=["Murray", "Quam", "Wilder-Smith"], title="Epidemiology of dengue: past, present and future prospects", year=2013, kind=A, doi="10.2147/CLEP.S34440"),
  "4": dict(title="Dengue: Guidelines for Diagnosis, Treatment, Prevention and Control", year=2009, kind=R),
  "5": dict(authors=["ಶಿವಕುಮಾರ್", "ಗೌಡ"], title="ತುಮಕೂರು ಜಿಲ್ಲೆಯ ಗ್ರಾಮೀಣ ಮನೆಗಳಲ್ಲಿ ಈಡಿಸ್ ಲಾರ್ವಾ ಸಮೀಕ್ಷೆ", year=2021, kind=A),
  "6": dict(kind=C),
 },
})

# ---- html: Maori education thesis, repository full-text page ----
mi = [
 dict(number=1, authors=["Bishop"], title="Freeing ourselves from neocolonial domination in research: A kaupapa Māori approach to creating knowledge", year=2005, kind=CH),
 dict(number=2, authors=["Durie"], title="Whaiora: Māori health development", year=1998, kind=B),
 dict(number=3, authors=["Hēnare"], title="Ko te pouako reo Māori i te kura auraki: He rangahau i Tāmaki Makaurau", year=2019, kind=A, doi="10.1007/s40841-019-00131-4"),
 dict(number=4, authors=["Pihama", "Cram", "Walker"], title="Creating methodological space: A literature review of Kaupapa Maori research", year=2002, kind=A),
 dict(number=5, authors=["Smith"], title="Decolonizing methodologies: Research and indigenous peoples", year=1999, kind=B),
 dict(number=6, authors=["Walker"], title="Ka whawhai tonu mātou: Struggle without end", year=1990, kind=B),
]
put("html", "matauranga-mi", {
 "about": "An invented Māori (te reo) education master's thesis (teachers of te reo Māori in English-medium secondary schools) as a DSpace-like university repository item page with the full text inline: citation_* meta, header and nav, breadcrumbs, 'Download PDF' button, permanent handle link, 'Cite this item' (an APA entry of this very thesis), CC licence, a figure credit link to Education Counts, related items, footer (none of them citations). APA author-date citations '(Walker, 1990, p. 147)', '(Smith, 1999, p. 1)', '(Pihama et al., 2002; Bishop, 2005)', 'Durie (1998)', 'Hēnare (2019)' (macron in the name), 'Bishop (2005, p. 117)', '(Walker, 1990)', '(Smith, 1999; Durie, 1998)'; a data table; 'Ngā Tohutoro' as <ul class=\"hanging\"> of 6 APA entries (one DOI link). Author-date citations labelled by list position '[n]'. Invented: the repository, its URLs and handle, the author, thesis, ethics code, table, related items, Hēnare 2019 (title, pages, DOI). Real works with data as remembered: Bishop 2005 (Sage Handbook 3rd ed.), Durie 1998, Pihama, Cram & Walker 2002, L. T. Smith 1999, Walker 1990. Planted: '(Hunn, 1961)' (the Hunn Report, real) has no entry in the list: missing-literature-entry at its line (not keyed as a pair: no list position).",
 "document": "matauranga-mi.html", "flat": True, "reader": "html", "clean": True,
 "notes": {f"[{e['number']}]": {k: v for k, v in e.items() if k != "number"} for e in mi},
 "literature": mi,
})

# ---- plaintext: Sorani Kurdish religion/history paper ----
ckb_abu = dict(authors=["Abu-Manneh"], title="The Naqshbandiyya-Mujaddidiyya in the Ottoman Lands in the Early 19th Century", year=1982, kind=A)
ckb_bru = dict(authors=["Bruinessen"], title="Agha, Shaikh and State: The Social and Political Structures of Kurdistan", year=1992, kind=B)
ckb_ras = dict(authors=["ڕەسووڵ"], title="تەکیە و خانەقا لە سلێمانی", year=2006, kind=B)
put("plaintext", "ola-ckb", {
 "about": "An invented Sorani Kurdish (Arabic script, right to left) history-of-religion paper (the Naqshbandi and Qadiri orders, tekke and khanaqah in Sulaymaniyah 1811–1920), plain text: title block with e-mail, abstract, keywords, sections numbered with Arabic-Indic digits, endnote markers in parentheses with Arabic-Indic digits '(١)' glued after the full stop, years in Arabic-Indic digits ('١٨١١', '١٩٢٠'), an indented dash-ruled table; notes under 'پەراوێزەکان' each starting '(n)': full first notes (van Bruinessen 1992 and Abu-Manneh 1982 in English with Arabic-Indic digits for years/pages, a Sorani book), 'هەمان سەرچاوە، ل. ١٢.' (ibid.) twice, a short note 'ڤان براونسن، Agha, Shaikh and State، ل. ٢٣٥.', an archive-visit commentary note; then a 'سەرچاوەکان' bibliography of 3 unnumbered entries (Sorani, then Latin). Labels: the note numbers' values in ASCII digits ('(٥)' = '5'); years keyed as values. Repeat notes keyed with the repeated work's fields. Invented: the paper, author, table, Rasul 2006 (Sorani book and publisher), the archive visit. Real works with data as remembered: van Bruinessen 1992 (Zed Books), Abu-Manneh 1982 (Die Welt des Islams 22). Planted: the notes go (١)(٢)(٣)(٥)…: number 4 is skipped in the text and in the notes: footnote-numbering at the line of marker (٥).",
 "document": "ola-ckb.txt", "flat": True, "reader": "plain-text", "clean": True,
 "notes": {"1": ckb_bru, "2": ckb_abu, "3": ckb_abu, "5": ckb_ras, "6": ckb_bru, "7": ckb_bru, "8": dict(kind=C)},
 "literature": [ckb_ras, ckb_abu, ckb_bru],
})

# ---- docx: Kyrgyz economics report, Word endnotes, GOST ----
ky1 = dict(authors=["Жээнбеков"], title="Кыргызстандын эмгек миграциясы жана акча которуулар", year=2019, kind=B)
ky2 = dict(authors=["Осмоналиева"], title="Акча которуулардын үй чарбаларынын керектөөсүнө таасири", year=2021, kind=A)
ky3 = dict(authors=["Токтогулов"], title="Айыл чарбасындагы инвестициялар жана эмгек миграциясы", year=2017, kind=B)
ky4 = dict(authors=["Ratha", "Chandra", "Kim", "Plaza", "Mahmood"], title="Migration and Development Brief 38", year=2023, kind=R)
ky_law = dict(title="Тышкы эмгек миграциясы жөнүндө", year=2006)
put("docx", "ekonomika-ky", {
 "about": "An invented Kyrgyz (Cyrillic ң ө ү) economics policy brief (labour migration and remittances) in Word with 9 ENDNOTES (endnotePr numFmt decimal) in GOST R 7.0.5 style: full first notes with en dashes ('– Бишкек: Илим, 2019. – 212 б. – Б. 34.'), an article with '//' and '– Т. 21, № 4. – Б. 112–119.', 'Ошол эле жерде. – Б. 45.' (ibid.), a statute ('Кыргыз Республикасынын 2006-жылдын 13-январындагы № 4 «Тышкы эмгек миграциясы жөнүндө» Мыйзамы.') followed by 'Ибид.', a web source '[Электрондук ресурс]. – URL: … (кирүү датасы: 12.03.2024).' with a hyperlink, a short note 'Көрсөтүлгөн эмгек. – Б. 78.' (op. cit.), an English World Bank/KNOMAD brief, a commentary note; a 5×3 table, a bare domain, and an 'Адабияттар' heading over an automatically numbered list of 4 entries. Lines are body paragraph numbers. The statute keyed by title and year, no kind; corporate authors not keyed; repeat notes keyed with the repeated work's fields. Invented: the brief, Жээнбеков 2019, Осмоналиева 2021, Токтогулов 2017, the table figures. Real with data as remembered: the 2006 law on external labour migration (number/date as remembered), the NBKR balance-of-payments page URL, KNOMAD Migration and Development Brief 38 (2023). Planted: list entry 3 (Токтогулов 2017) is cited in no note: uncited-literature-entry at its paragraph.",
 "document": "ekonomika-ky.docx", "reader": "docx", "lang": "ky-KG", "title": "Эмгек миграциясы жана акча которуулар", "creator": "A. Asanova", "clean": True,
 "notes": {
  "1": ky1, "2": ky1, "3": ky2, "4": ky_law, "5": ky_law,
  "6": dict(title="Кыргыз Республикасынын төлөм теңдеми: 2023-жылдын I чейреги", url="https://www.nbkr.kg/index1.jsp?item=1785&lang=KGZ", kind=W),
  "7": ky1, "8": ky4, "9": dict(kind=C),
 },
 "literature": [dict(number=1, **ky1), dict(number=2, **ky2), dict(number=3, **ky3), dict(number=4, **ky4)],
})

# ---- odt: Tajik history article, LibreOffice footnotes ----
tg_arch = dict(title="Маълумотнома дар бораи ҳолати колхозҳои вилояти Кӯлоб", year=1934)
tg_mas = dict(authors=["Масов"], title="История топорного разделения", year=1991, kind=B)
tg_ber = dict(authors=["Bergne"], title="The Birth of Tajikistan: National Identity and the Origins of the Republic", year=2007, kind=B)
tg_abd = dict(authors=["Абдуллоев"], title="Колхозонии деҳоти Тоҷикистон дар солҳои 1930", year=2012, kind=B)
put("odt", "bostonho-tg", {
 "about": "An invented Tajik (Cyrillic ғ ӣ қ ӯ ҳ ҷ) history article (collectivisation in the Vakhsh valley and Kulob, 1929–1937) as LibreOffice Writer saves it, with 9 footnotes: a Soviet-era archive file ('Бойгонии марказии давлатии Ҷумҳурии Тоҷикистон (БМД ҶТ). Ф. 18. Р. 1. П. 245. В. 10–15.' + the document's title and year), 'Ҳамон ҷо. С. 12.' (ibid.) twice, a Russian-titled book, a newspaper issue ('«Тоҷикистони сурх». 1933. 14 июн.' with the article's title), a commentary note, an English book, 'Асари зикршуда. С. 54.' (op. cit.); a 4×3 table and its caption, and an 'Адабиёт' heading over an automatically numbered list of 3 entries (GOST, en dashes). Lines are body paragraph numbers (footnote labels and lines from the builder). Archive document and newspaper article keyed by title and year, no kind; repeat notes keyed with the repeated work's fields. Invented: the article, author, the archive file's title and folio numbers, the newspaper article's title, the table figures, Абдуллоев 2012. Real with data as remembered: Masov 1991 (Irfon), Bergne 2007 (I. B. Tauris). Clean.",
 "title": "Коллективонӣ дар водии Вахш ва Кӯлоб", "reader": "odt", "clean": True,
 "notes": {
  "1": tg_arch, "2": tg_arch, "3": tg_mas,
  "4": dict(title="Ба пешвози кишти баҳорӣ", year=1933),
  "5": dict(kind=C), "6": tg_ber, "7": tg_mas, "8": tg_mas, "9": tg_abd,
 },
 "literature": [dict(number=1, **tg_abd), dict(number=2, **tg_mas), dict(number=3, **tg_ber)],
})

# ---- latex: Breton religion-history chapter, biblatex verbose-ibid ----
br_bro = dict(authors=["Broudic"], title="La pratique du breton de l'Ancien Régime à nos jours", year=1995, kind=B)
br_cro = dict(authors=["Croix"], title="Les missions et la langue du peuple", year=1980, kind=CH)
br_enq = dict(title="Enquête sur l'usage de la langue bretonne au catéchisme, doyennés de Cornouaille", year=1902)
br_lag = dict(authors=["Lagrée"], title="Religion et cultures en Bretagne (1850–1950)", year=1992, kind=B)
br_mis = dict(title="Misterioù ar Rozera: kaier kantikoù ar barrez", year=1865)
br_opa = dict(title="Enklask sokioyezhel 2018: ar brezhoneg hag ar yezhoù all", year=2018, url="https://www.fr.brezhoneg.bzh/5-enquetes-sociolinguistiques.htm", kind=W)
put("latex", "iliz-br", {
 "about": "An invented Breton (c'h, ñ, ù) book chapter on the Church and the Breton language in Lower Brittany 1850–1950: scrbook, babel breton, csquotes, biblatex style=verbose-ibid with biber, \\addbibresource{refs.bib}; \\autocite[12]{…} and \\autocite{…} (footnote citations under verbose), \\footcite[165]{…}, \\footcite[201]{…}, \\autocite[88]{enquete1902} right after \\autocite{enquete1902} (printed 'Ibid.'), a hand \\footnote commentary, a \\footnote holding \\cite{broudic1995}, \\cite{lagree1992} in running text, a %-commented \\autocite{devailly1980}, a table whose caption has '[E 1902]', maths, \\label, and \\printbibliography[heading=bibintoc,title={Levrlennadur}]. refs.bib: @book ×2, @incollection crossref to an @collection (cited through its child only: not printed, mincrossrefs 2), @unpublished and @manuscript archival items without author, @online with corporate author, url and urldate. Footnote citations keyed by the number they print with (notes 1–9, hand notes 2 and 7 included; note 7 only points to another citation: no fields), \\cite in text by key. Literature = the printed bibliography (nyt sorting; checked with pdflatex + biber on a copy without babel breton and csquotes, which this machine lacks): 6 entries, which is also first-citation order. Archival items keyed by title and year, no kind. Invented: the chapter, Croix's chapter title and pages, both archival items and their shelfmarks, the table figures, the OPAB survey title (the URL as remembered). Real with data as remembered: Broudic 1995 (PUR), Lagrée 1992 (Fayard), Devailly (ed.) 1980 (C.L.D.). Clean.",
 "document": "main.tex", "reader": "latex", "clean": True,
 "notes": {
  "1": br_bro, "2": dict(kind=C), "3": br_cro, "4": br_enq, "5": br_enq, "6": br_lag, "7": {}, "8": br_mis, "9": br_opa,
  "lagree1992": br_lag, "broudic1995": br_bro,
 },
 "literature": [br_bro, br_cro, br_enq, br_lag, br_mis, br_opa],
})

# ---- pdftext: Faroese fisheries report (pdflatex + pdftotext -layout) ----
fo = [
 dict(number=1, authors=["Steingrund", "Gaard"], title="Relationship between phytoplankton production and cod production on the Faroe Shelf", year=2005, kind=A, doi="10.1016/j.icesjms.2004.08.019"),
 dict(number=2, authors=["Gaard", "Hansen", "Olsen", "Reinert"], title="Ecological features and recent trends in the physical environment, plankton, sh stocks, and seabirds in the Faroe shelf ecosystem", year=2002, kind=CH),
 dict(number=3, title="Toskur á Landgrunninum: stovnsmeting og ráðgeving 2022", year=2022, kind=R),
 dict(number=4, authors=["Joensen"], title="Fiskidagaskipanin í 25 ár: hvat hava vit lært?", year=2018, kind=A),
]
fon = {f"[{e['number']}]": {k: v for k, v in e.items() if k != "number"} for e in fo}
fon.update({
 "1": dict(kind=C),
 "2": dict(title="Løgtingslóg nr. 28 frá 10. mars 1994 um sjófeingi", year=1994),
 "3": dict(url="https://www.shipowners.fo/ummaeli/2022-toskur", kind=W),
 "4": {},
})
put("pdftext", "fiskivinna-fo", {
 "about": "An invented Faroese (ð ø á í ó ú ý æ) fisheries report (Faroe Plateau cod 2010–2022, the days-at-sea system) through pdflatex (T1 + EC bitmap fonts: pdftotext drops the fi/fl ligatures and en dashes — 'skidagar', 'sh stocks', '163176' — keyed as converted) + pdftotext -layout: fancyhdr running heads on both pages, page numbers, section numbers apart from titles, a booktabs table in columns with an English caption ('Table 1'), B_pa as 'Bpa'; 4 footnotes whose texts land at the page feet ('1'/'2' on a line of their own above the note text): a commentary, the 1994 fisheries act (Løgtingslóg nr. 28 … um sjófeingi), a see-note to a shipowners' web page whose URL is broken over two lines, and a commentary that cites '[3]' (a citation of its own; the note itself only points, no fields); numeric citations [1], [2], [3], [1, 2], [4] of a 'Keldur' list of 4 hanging entries [1]…[4] (thebibliography). Footnotes labelled by number, list citations '[n]'. Statute keyed by title and year, no kind; corporate author (Havstovan) not keyed. Invented: the report, authors, all figures, Havstovan 2022 report, Joensen 2018, the shipowners' URL. Real with data as remembered: Steingrund & Gaard 2005 (ICES JMS), Gaard et al. 2002 (chapter in Sherman & Skjoldal, Elsevier), the 1994 act. Clean.",
 "tex": "fiskivinna-fo.tex", "document": "fiskivinna-fo.txt", "reader": "pdf-text", "clean": True, "layout": True,
 "extra_citations": [["[1]", 19], ["[2]", 20], ["[3]", 30], ["[3]", 45], ["[1]", 46], ["[2]", 46], ["[4]", 61], ["[4]", 66], ["[3]", 94]],
 "notes": fon, "literature": fo,
})
