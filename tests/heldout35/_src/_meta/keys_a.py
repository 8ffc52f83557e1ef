"""Writes every meta.json of heldout35 half A (labels and fields by hand; lines come from the
⟦label⟧ annotations next to each marker in the sources, checked with grep -n)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
B, A, C, R, CH, W, T = "book", "article", "commentary", "report", "chapter", "web", "thesis"


def put(fmt, name, meta):
    p = os.path.join(HERE, "..", fmt, name, "meta.json")
    open(p, "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")


def numbered(entries):
    return [dict(number=i + 1, **e) for i, e in enumerate(entries)]


def by_number(entries):
    return {f"[{i + 1}]": dict(e) for i, e in enumerate(entries)}


# ---- docx: Hungarian history-of-engineering thesis chapter, Word CITATION fields, IEEE ----
hu = [
 dict(authors=["Duffy"], title="Electric Railways 1880–1990", year=2003, kind=B),
 dict(authors=["Horváth"], title="Kandó Kálmán és az ipari frekvenciájú vontatás", year=1998, kind=B),
 dict(authors=["Mezei"], title="A V40 sorozatú mozdonyok fázisváltó gépe", year=2015, kind=A),
 dict(title="Kandó Kálmán hagyatéka", year=2021, url="https://www.kozlekedesimuzeum.hu/gyujtemeny/kando-hagyatek", kind=W),
 dict(authors=["Szabó", "Tóth"], title="Phase converter locomotives revisited: a simulation study", year=2019),
 dict(title="A magyar vasútvillamosítás száz éve", year=2012),
]
hu_notes = dict(zip(["Duf03", "Hor98", "Mez15", "Koz21", "Sza19", "MAV12"], hu))  # Word tags (key correction 1)
hu_notes.update({"1": dict(kind=C), "2": {}, "3": dict(kind=C), "4": {}})
put("docx", "kando-hu", {
 "about": "An invented Hungarian thesis chapter (history of engineering: Kálmán Kandó's phase-converter electric traction, the V40/V60 locomotives, the Budapest–Hegyeshalom line) as Word 2016 saves a document cited with its own source manager: every citation a CITATION field in a w:sdt content control with w:citation ('CITATION Duf03 \\l 1038', with '\\p 24' for a page, '\\m MAV12' for a second source), results as the Hungarian IEEE style prints them ('[1]', '[3, o. 24]', '[5, 6]'); two of the four footnotes hold a CITATION field ('A V40 fázisváltó gépének … lásd: [3, o. 26–27].', 'Vö. [1, o. 301].'), two are commentary; a 3-column data table; the BIBLIOGRAPHY field inside a 'Bibliographies' docPart content control, printed as Word's IEEE table (number cell, entry cell) under 'Irodalomjegyzék', with Hungarian cues ('évf.', 'sz.', 'Elérhető:', '[Hozzáférés dátuma: 12. március 2024.]', 'és'); the source store in customXml/item1.xml (b:Sources, SelectedStyle IEEE2006OfficeOnline) holds 7 sources, one of them (Nag89, Nagy 1989) cited nowhere and so not printed: it is not an entry. Labels: the Word tag for each cited source of a CITATION field (as a LaTeX \\cite key; key correction 1 of round 35: first keyed by printed number '[n]'), footnote numbers for the footnotes; a CITATION inside a footnote is a pair of its own at the paragraph of the footnote's reference. Footnotes that only point to a citation they hold are keyed with no fields. Lines are body paragraph numbers (table cells included). Conference paper (5) keyed without a kind; corporate authors (Közlekedési Múzeum, MÁV Zrt.) not keyed; entry 6 (a company's anniversary publication, stored as Report, printed with no report cue) keyed without a kind. Invented: the thesis and author, Horváth 1998, Mezei 2015, the museum page and its URL, Szabó & Tóth 2019, MÁV 2012, Nagy 1989, the table figures as given. Real with data as remembered: Duffy 2003 (IET). Clean.",
 "document": "kando-hu.docx", "reader": "docx", "lang": "hu-HU", "clean": True,
 "title": "3. fejezet – A fázisváltós villamos vontatás", "creator": "Kiss Dóra",
 "style": "\\IEEE2006OfficeOnline.xsl", "style_name": "IEEE",
 "notes": hu_notes,
 "literature": numbered(hu),
 "sources": [
  dict(Tag="Duf03", SourceType="Book", Guid="0B9F3C2A-1D4E-4B71-9E2A-5C6D7E8F9A01", Authors=[["Duffy", "Michael C."]], Title="Electric Railways 1880–1990", Year="2003", City="London", Publisher="The Institution of Engineering and Technology", RefOrder="1"),
  dict(Tag="Hor98", SourceType="Book", Guid="1C8E4D3B-2E5F-4C82-8F3B-6D7E8F9A0B12", Authors=[["Horváth", "Ferenc"]], Title="Kandó Kálmán és az ipari frekvenciájú vontatás", Year="1998", City="Budapest", Publisher="Műszaki Könyvkiadó", RefOrder="2"),
  dict(Tag="Nag89", SourceType="Book", Guid="2D7F5E4C-3F60-4D93-9A4C-7E8F9A0B1C23", Authors=[["Nagy", "Ernő"]], Title="A Ganz Villamossági Gyár története 1878–1949", Year="1989", City="Budapest", Publisher="Ganz Villamossági Művek", LCID="1038"),
  dict(Tag="Mez15", SourceType="JournalArticle", Guid="3E6A6F5D-4071-4EA4-8B5D-8F9A0B1C2D34", Authors=[["Mezei", "Gábor"]], Title="A V40 sorozatú mozdonyok fázisváltó gépe", JournalName="Sínek Világa", Year="2015", Pages="22–29", Volume="58", Issue="3", RefOrder="3"),
  dict(Tag="Koz21", SourceType="InternetSite", Guid="4F5B7A6E-5182-4FB5-9C6E-9A0B1C2D3E45", Corporate="Közlekedési Múzeum", Title="Kandó Kálmán hagyatéka", Year="2021", YearAccessed="2024", MonthAccessed="március", DayAccessed="12", URL="https://www.kozlekedesimuzeum.hu/gyujtemeny/kando-hagyatek", RefOrder="4"),
  dict(Tag="Sza19", SourceType="ConferenceProceedings", Guid="5A4C8B7F-6293-40C6-8D7F-0B1C2D3E4F56", Authors=[["Szabó", "Péter"], ["Tóth", "Anna"]], Title="Phase converter locomotives revisited: a simulation study", ConferenceName="2019 International Conference on Electrical Drives and Power Electronics (EDPE)", City="The High Tatras", Year="2019", RefOrder="5"),
  dict(Tag="MAV12", SourceType="Report", Guid="6B3D9C80-73A4-41D7-9E80-1C2D3E4F5A67", Corporate="MÁV Zrt.", Title="A magyar vasútvillamosítás száz éve", Year="2012", Publisher="MÁV Zrt.", City="Budapest", RefOrder="6"),
 ],
})

# ---- markdown-links: Vietnamese NLP blog post (Hugo page bundle), numbered in-page links ----
vi = [
 dict(authors=["Vu", "Nguyen", "Nguyen", "Dras", "Johnson"], title="VnCoreNLP: A Vietnamese Natural Language Processing Toolkit", year=2018, url="https://aclanthology.org/N18-5012"),
 dict(authors=["Nguyen", "Nguyen", "Vu", "Dras", "Johnson"], title="A Fast and Accurate Vietnamese Word Segmenter", year=2018),
 dict(authors=["Nguyen", "Vu", "Nguyen", "Nguyen", "Le"], title="Building a Large Syntactically-Annotated Corpus of Vietnamese", year=2009),
 dict(authors=["Devlin", "Chang", "Lee", "Toutanova"], title="BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding", year=2019, doi="10.18653/v1/N19-1423"),
 dict(authors=["Nguyen", "Nguyen"], title="PhoBERT: Pre-trained language models for Vietnamese", year=2020, doi="10.18653/v1/2020.findings-emnlp.92"),
 dict(authors=["Vu"], title="underthesea: Vietnamese NLP Toolkit", url="https://github.com/undertheseanlp/underthesea"),
 dict(authors=["Trần", "Lê"], title="So sánh các công cụ tách từ tiếng Việt trên dữ liệu mạng xã hội", year=2022, kind=A),
 dict(authors=["Conneau", "Khandelwal", "Goyal", "Chaudhary", "Wenzek", "Guzmán", "Grave", "Ott", "Zettlemoyer", "Stoyanov"], title="Unsupervised Cross-lingual Representation Learning at Scale", year=2020),
]
put("markdown-links", "phobert-vi", {
 "about": "An invented Vietnamese blog post (NLP: is word segmentation still needed with PhoBERT-era models?) as a Hugo page bundle (index.md): TOML front matter between '+++' lines, a {{< ref >}} shortcode link to an older post, '<!--more-->', a {{< figure >}} shortcode, a Python code block whose output holds '[1]', a pipe table, and a footer with a GitHub issues link and {{< comments >}} (none of them citations). Citations are numbered in-page links to the post's own list: '[[1]](#ref1)', '[[2, tr. 2584]](#ref2)' (tr. = trang, page), two adjacent '[[4]](#ref4)[[8]](#ref8)'; the list under 'Tài liệu tham khảo' has an HTML anchor '<a id=\"refN\"></a>' in front of each '[N] …' entry. Labels '[n]'. Conference papers keyed without a kind; the software entry (underthesea) without a kind and year (no release year printed). Invented: the blog, author, experiment and table, Trần & Lê 2022 (journal, pages), the older post, the GitHub blog repository URL. Real with data as remembered: Vu et al. 2018 (NAACL demos), Nguyen et al. 2018 (LREC), Nguyen et al. 2009 (LAW III), Devlin et al. 2019, Nguyen & Nguyen 2020 (Findings EMNLP), underthesea, Conneau et al. 2020 (ACL). Planted: '[[9]](#ref9)' (ViT5) has no entry 9 (the list ends at 8): missing-literature-entry at its line; the citation is a pair with no fields.",
 "document": "index.md", "reader": "markdown-links", "clean": True,
 "notes": by_number(vi),
 "literature": numbered(vi),
})

# ---- html: Indonesian volcanology course notes, MkDocs Material page with footnotes ----
id_boers = dict(authors=["de Jong Boers"], title="Mount Tambora in 1815: A Volcanic Eruption in Indonesia and Its Aftermath", year=1995, kind=A)
id_opp = dict(authors=["Oppenheimer"], title="Climatic, Environmental and Human Consequences of the Largest Known Historic Eruption: Tambora Volcano (Indonesia) 1815", year=2003, kind=A, doi="10.1191/0309133303pp379ra")
id_pvmbg = dict(title="Data Dasar Gunung Api Tambora", year=2021, url="https://vsi.esdm.go.id/index.php/gunungapi/data-dasar-gunungapi/tambora", kind=W)
id_raf = dict(authors=["Raffles"], title="The History of Java", year=1817, kind=B)
id_sig = dict(authors=["Sigurdsson", "Carey"], title="Plinian and Co-ignimbrite Tephra Fall from the 1815 Eruption of Tambora Volcano", year=1989, kind=A)
id_sto = dict(authors=["Stothers"], title="The Great Tambora Eruption in 1815 and Its Aftermath", year=1984, kind=A, doi="10.1126/science.224.4654.1191")
id_wood = dict(authors=["Wood"], title="Tambora: The Eruption That Changed the World", year=2014, kind=B)
put("html", "tambora-id", {
 "about": "An invented Indonesian course-notes page (historical volcanology: the 1815 Tambora eruption) as MkDocs 1.5 + Material for MkDocs 9.5 render it: head with generator meta, header with the repository link, primary nav, 'Daftar isi' TOC sidebar, an edit-page button, admonitions, headerlink pilcrows, a table with a '[tidak tercatat]' cell, links to sibling pages and a glossary anchor, 'Terakhir diperbarui' date, footer prev/next links and 'Made with Material for MkDocs' (none of them citations). Python-Markdown footnotes: '<sup id=\"fnref:N\"><a class=\"footnote-ref\" href=\"#fn:N\">N</a></sup>', a named footnote ('fn:oppenheimer', printed 1) used twice (second marker 'fnref2:oppenheimer'), the notes in '<div class=\"footnote\"><ol>' with backref arrows, AFTER the 'Daftar Pustaka' list. Notes are Chicago author-date short notes ('Oppenheimer 2003, hlm. 232.', 'Ibid., hlm. 1195.'), one commentary note; 'Daftar Pustaka' is a <ul> of 7 Chicago author-date entries (two DOI links, a web page with 'Diakses 4 Maret 2024'). Notes labelled by printed number, keyed with the fields of the list entry they point to (ibid. = the note before). Corporate author (PVMBG) not keyed. Invented: the course site, lab, repository, the PVMBG page's title/year/URL as given, the table. Real works with data as remembered: de Jong Boers 1995 (Indonesia 60), Oppenheimer 2003 (Prog. Phys. Geogr.), Raffles 1817, Sigurdsson & Carey 1989 (Bull. Volcanol.), Stothers 1984 (Science), Wood 2014 (Princeton UP). Planted: list entry 5 (Sigurdsson & Carey 1989) is cited in no note: uncited-literature-entry at its line.",
 "document": "tambora-id.html", "reader": "html", "clean": True,
 "notes": {"1": id_opp, "2": id_raf, "3": id_pvmbg, "4": id_sto, "5": id_sto, "6": dict(kind=C), "7": id_boers, "8": id_wood},
 "literature": numbered([id_boers, id_opp, id_pvmbg, id_raf, id_sig, id_sto, id_wood]),
})

# ---- plaintext: Chinese literature review of a master's proposal (开题报告), GB/T 7714-2015 numeric ----
zh = [
 dict(authors=["McMahan", "Moore", "Ramage"], title="Communication-efficient learning of deep networks from decentralized data", year=2017),
 dict(authors=["Yang", "Liu", "Chen"], title="Federated machine learning: concept and applications", year=2019, kind=A),
 dict(authors=["Kairouz", "McMahan", "Avent"], title="Advances and open problems in federated learning", year=2021, kind=A),
 dict(authors=["周俊", "方国英", "吴楠"], title="联邦学习安全与隐私保护研究综述", year=2020, kind=A),
 dict(authors=["Zhu", "Liu", "Han"], title="Deep leakage from gradients", year=2019),
 dict(authors=["Abadi", "Chu", "Goodfellow"], title="Deep learning with differential privacy", year=2016, doi="10.1145/2976749.2978318"),
 dict(authors=["Bonawitz", "Ivanov", "Kreuter"], title="Practical secure aggregation for privacy-preserving machine learning", year=2017),
 dict(title="FATE: an industrial grade federated learning framework", year=2023, url="https://github.com/FederatedAI/FATE", kind=W),
 dict(authors=["Li", "Sahu", "Zaheer"], title="Federated optimization in heterogeneous networks", year=2020),
 dict(authors=["李明"], title="基于联邦学习的电子病历隐私保护建模研究", year=2022, kind=T),
 dict(title="信息安全技术 个人信息安全规范", year=2020),
]
put("plaintext", "lianbang-zh", {
 "about": "An invented Chinese (Simplified) literature-review section of a master's thesis proposal (开题报告; federated learning and privacy for medical data) kept as a UTF-8 .txt in a student's repository: a cover block with full-width spacing ('学    院：'), a '=' rule, Chinese section numbering ('一、', '（一）'), numeric GB/T 7714-2015 citations in order of first citation written as plain brackets (superscripts lost): '[1]', a range '[2-4]', author-integrated 'Zhu 等[5]', '周俊等[4]', '李明[10]', a standard 'GB/T 35273—2020[11]', '[1,3,9]' with no space; a dash-ruled text table whose last column cites '[6]', '[7]', '[8]' (keyed as citations: a table cell that names the representative work); '参考文献' with 11 entries using GB/T type codes [C] [J] [S] [D] [EB/OL], 'et al.' and Chinese comma lists of authors, surnames in capitals ('McMAHAN B'), an [EB/OL] with '(2023-06-15)[2024-03-20]' dates. Labels '[n]'; a range is one pair per number. Conference papers [C] keyed without a kind; the standard [S] by title and year, no kind; corporate authors (微众银行, the two standards bodies) not keyed; Chinese authors keyed as written (full names). The [EB/OL] year keyed as its update year 2023. Invented: the proposal, student, supervisor, school, the table, 李明 2022 (thesis). Real with data as remembered: McMahan et al. 2017 (AISTATS), Yang et al. 2019 (ACM TIST), Kairouz et al. 2021 (FnT ML), 周俊/方国英/吴楠 2020 (西华大学学报, details as remembered, may differ), Zhu, Liu & Han 2019 (NeurIPS), Abadi et al. 2016 (CCS), Bonawitz et al. 2017 (CCS), FATE (WeBank, GitHub), Li et al. 2020 (MLSys), GB/T 35273—2020. Clean.",
 "document": "文献综述.txt", "reader": "plain-text", "clean": True,
 "notes": by_number(zh),
 "literature": numbered(zh),
})

# ---- latex: Dutch coastal-engineering MSc thesis over \include chapters, biblatex authoryear ----
nl = {
 "bruun1962": dict(authors=["Bruun"], title="Sea-Level Rise as a Cause of Shore Erosion", year=1962, kind=A),
 "deltacommissie2008": dict(title="Samen werken met water: een land dat leeft, bouwt aan zijn toekomst: Bevindingen van de Deltacommissie 2008", year=2008, kind=R),
 "hamm2002": dict(authors=["Hamm", "Capobianco", "Dette", "Lechuga", "Spanhoff", "Stive"], title="A Summary of European Experience with Shore Nourishment", year=2002, kind=A, doi="10.1016/S0378-3839(02)00127-8"),
 "jansen2021": dict(authors=["Jansen"], title="Tien jaar Zandmotor: verspreiding van zand langs de Delflandse kust", year=2021, kind=T),
 "koningsveld2004": dict(authors=["van Koningsveld", "Mulder"], title="Sustainable Coastal Policy Developments in the Netherlands. A Systematic Approach Revealed", year=2004, kind=A, doi="10.2112/1551-5036(2004)020[0375:SCPDIT]2.0.CO;2"),
 "luijendijk2018": dict(authors=["Luijendijk", "Hagenaars", "Ranasinghe", "Baart", "Donchyts", "Aarninkhof"], title="The State of the World's Beaches", year=2018, kind=A, doi="10.1038/s41598-018-24630-6"),
 "rws2023": dict(title="Kustlijnkaarten 2023", year=2023, kind=R, url="https://www.rijkswaterstaat.nl/water/waterbeheer/bescherming-tegen-het-water/kustonderhoud/kustlijnkaarten"),
 "schipper2016": dict(authors=["de Schipper", "de Vries", "Ruessink", "de Zeeuw", "Rutten", "van Gelder-Maas", "Stive"], title="Initial Spreading of a Mega Feeder Nourishment: Observations of the Sand Engine Pilot Project", year=2016, kind=A, doi="10.1016/j.coastaleng.2015.10.011"),
 "stive2013": dict(authors=["Stive", "de Schipper", "Luijendijk", "Aarninkhof", "van Gelder-Maas", "van Thiel de Vries", "de Vries", "Henriquez", "Marx", "Ranasinghe"], title="A New Alternative to Saving Our Beaches from Sea-Level Rise: The Sand Engine", year=2013, kind=A, doi="10.2112/JCOASTRES-D-13-00070.1"),
}
nl_notes = dict(nl)
nl_notes.update({"1": dict(kind=C), "2": {}})
put("latex", "zandmotor-nl", {
 "about": "An invented Dutch MSc thesis (coastal engineering: the Sand Motor/Zandmotor mega-nourishment after ten years) split as real theses are: main.tex (report class, babel dutch, csquotes, siunitx with a decimal comma, biblatex authoryear with biber, useprefix=false, sorting=nyt, a commented \\includeonly) that \\input's voorwerk/titelpagina.tex and \\include's hoofdstukken/inleiding.tex and hoofdstukken/gebiedsbeschrijving.tex (each with a '% !TEX root' line), and literatuur.bib (JabRef header; @Article, @Report with a corporate author in braces and url/urldate, @MastersThesis, and vandantzig1956 cited only in a %-commented line, so not printed). Citations: \\parencite{k}, \\parencite[zie][14]{k}, \\parencite[45--47]{k}, \\textcite{k}, \\textcite inside a hand \\footnote, \\parencites[]{a}[29]{b}, \\parencite{a,b}; a table caption with '[bron: eigen bewerking]', an equation, \\SI quantities, \\ref. Lines are lines of the file the citation is in (included files at their own lines). Labels: citation keys; hand footnotes by the number they print with (report class: per chapter, chapter 1 holds 1 and 2). Footnote 1 commentary, footnote 2 only points to \\textcite{hamm2002}: no fields. Literature: the 9 cited entries in the printed order (nyt, prefixes ignored in sorting: van Koningsveld under K, de Schipper under S), checked by compiling a copy without babel dutch, csquotes and siunitx (missing on this machine) with biber. Dutch particles keyed as part of the family name (corpus convention). Corporate authors (Rijkswaterstaat, Deltacommissie) not keyed. Invented: the thesis, its author, Jansen 2021 (MSc thesis, URL), the table, page numbers cited, rws2023's URL as given. Real works with data as remembered: van Koningsveld & Mulder 2004, Rijkswaterstaat Kustlijnkaarten (annual), Luijendijk et al. 2018, Bruun 1962, Deltacommissie 2008, Stive et al. 2013, Hamm et al. 2002, de Schipper et al. 2016, van Dantzig 1956. Clean.",
 "document": "main.tex", "reader": "latex", "clean": True,
 "notes": nl_notes,
 "literature": list(nl.values()),
})

# ---- pdftext: Italian history-of-medicine article, one column, footnotes (pdftotext -layout shape) ----
it_tad = dict(authors=["Tadino"], title="Raguaglio dell'origine et giornali successi della gran peste contagiosa, venefica, & malefica seguita nella città di Milano", year=1648, kind=B)
it_rip = dict(authors=["Ripamonti"], title="De peste quae fuit anno MDCXXX libri V", year=1641, kind=B)
it_cip = dict(authors=["Cipolla"], title="Chi ruppe i rastelli a Monte Lupo?", year=1977, kind=B)
it_alf = dict(authors=["Alfani"], title="Plague in seventeenth-century Europe and the decline of Italy: an epidemiological hypothesis", year=2013, kind=A, doi="10.1093/ereh/het013")
it_ap = dict(authors=["Alfani", "Percoco"], title="Plague and long-term development: the lasting effects of the 1629-30 epidemic on the Italian cities", year=2019, kind=A)
it_man = dict(authors=["Manzoni"], title="Storia della colonna infame", year=1842, kind=B)
put("pdftext", "peste-it", {
 "about": "An invented Italian history-of-medicine journal article (plague in Milan 1629-1630: rastelli, the San Gregorio lazzaretto, the untori trial) in the shape `pdftotext -layout` gives a one-column journal PDF, written by hand (no pdftotext on this machine) with a small generator (_src/_meta/gen_peste/, annotations kept in the source): a journal head block centred, title, author, affiliation, e-mail, abstract 'Riassunto.', 'Parole chiave:', justified lines with runs of spaces, footnote markers as plain digits glued to the word or stop ('contraddittoria.1', 'Mora.10'), a running head on pages 2 and 3 ('148   CHIARA BELLOTTI', '«SERRAR LE PORTE AL CONTAGIO»   149'), a page number at the foot of page 1, form feeds between pages, a text table whose figures ('130.000', '46') are not markers, the notes at each page foot under a rule '_______________' as '   n text' with hanging indent, 12 notes in Italian humanities style: full first notes (A. Tadino 1648, G. Ripamonti 1641, C.M. Cipolla 1977, two articles with «Journal», vol. (year), issue, pp.; one with 'doi:'), 'Ivi, p. 27.', 'Cipolla, Chi ruppe i rastelli, cit., p. 58.', 'Ibidem.', an archive document (ASMi, Sanità parte antica, cart. 280, with its title and date), a commentary note, a web page note with URL and 'consultato il 3 marzo 2023'. No bibliography. Notes labelled by number; repeat notes (Ivi, cit., Ibidem) keyed with the repeated work's fields; the archive document by title and year, no kind. Invented: the journal 'Quaderni di Storia della Sanità', the article, author, the ASMi document and folder, the table figures, the Comune di Milano page title and URL. Real works with data as remembered: Tadino 1648, Ripamonti 1641, Cipolla 1977 (Il Mulino), Alfani 2013 (EREH), Alfani & Percoco 2019 (EHR), Manzoni 1842. Clean.",
 "document": "peste-it.txt", "flat": True, "reader": "pdf-text", "clean": True,
 "notes": {"1": it_tad, "2": it_rip, "3": it_rip, "4": it_cip, "5": dict(kind=C), "6": it_alf,
           "7": dict(title="Relazione del Tribunale di Provvisione sullo stato del lazzaretto", year=1630),
           "8": it_cip, "9": it_ap, "10": it_man, "11": it_man,
           "12": dict(title="Il Lazzaretto di Milano", url="https://www.comune.milano.it/cultura/patrimonio-storico/lazzaretto", kind=W)},
})
