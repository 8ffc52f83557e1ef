"""Writes every meta.json of heldout32 half A (labels and fields by hand)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
B, A, C, R, CH, W = "book", "article", "commentary", "report", "chapter", "web"


def put(fmt, name, meta):
    p = os.path.join(HERE, "..", fmt, name, "meta.json")
    open(p, "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")


# ---- plaintext: Mongolian linguistics paper, GOST list ----
mn = [
 dict(number=1, authors=["Бадамдорж"], title="Монгол хэлний авиазүй", year=2001, kind=B),
 dict(number=2, authors=["Poppe"], title="Mongolian Language Handbook", year=1970, kind=B),
 dict(number=3, authors=["Svantesson", "Tsendina", "Karlsson", "Franzén"], title="The Phonology of Mongolian", year=2005, kind=B),
 dict(number=4, authors=["Санжеев"], title="Сравнительная грамматика монгольских языков", year=1953, kind=B),
 dict(number=5, authors=["Лувсанвандан"], title="Монгол хэлний бүтэц", year=1968, kind=B),
 dict(number=6, authors=["Janhunen"], title="Mongolian", year=2012, kind=B),
 dict(number=7, authors=["Гэрэлсайхан"], title="Эгшиг зохицох ёс ба үгийн бүтэц", year=2015, kind=A),
 dict(number=8, authors=["Төмөртогоо"], title="Монгол хэлний түүхэн хэл зүй", year=2002, kind=B),
]
put("plaintext", "egshig-zokhits-mn", {
 "about": "An invented Mongolian (Cyrillic: ө, ү) linguistics paper on vowel harmony in suffixes, plain text: title block with e-mail, abstract, numbered sections, GOST-style bracket citations '[1, х. 23]', '[2; 5]', '[3, p. 45–48]', '[4, с. 112]', '[3; 6]', '[1, х. 87; 4, с. 118]', a bare URL (mongoltoli.mn, not a citation), an indented dash-ruled table, an acknowledgement with a grant number, and a 'Ном зүй' list of 8 GOST entries (Mongolian, Russian, English; continuation lines indented). Invented: the author, the sample, Badamdorj 2001 (title/publisher), Gerelsaikhan 2015, the details of Luvsanvandan 1968 and Tömörtogoo 2002 (names real, data as guessed). Real works with data as remembered: Poppe 1970, Svantesson et al. 2005, Sanzheev 1953, Janhunen 2012. Planted: entry 8 (Tömörtogoo) is cited nowhere: uncited-literature-entry at its first line.",
 "document": "egshig-zokhits-mn.txt", "flat": True, "reader": "plain-text", "clean": True,
 "notes": {str(e["number"]): {k: v for k, v in e.items() if k != "number"} for e in mn[:7]},
 "literature": mn,
})

# ---- supmarkdown: Tok Pisin agriculture blog ----
tp = [
 dict(number=1, title="Food and Agriculture in Papua New Guinea", year=2009, kind=B, url="https://press.anu.edu.au/publications/food-and-agriculture-papua-new-guinea"),
 dict(number=2, authors=["Kiele", "Sar"], title="Climate variability and sweet potato production in the highlands of Papua New Guinea", year=2019, kind=A),
 dict(number=3, authors=["Gleadow", "Hanan", "Dorin"], title="Averting a crisis: climate change and the future of root crops", year=2016, kind=A, doi="10.1007/s12571-016-0618-2"),
 dict(number=4, authors=["Kanua", "Bang", "Bourke"], title="The 2015–2016 El Niño drought and frosts in Papua New Guinea", year=2016),
 dict(number=5, authors=["Waddell"], title="The Mound Builders: Agricultural Practices, Environment, and Society in the Central Highlands of New Guinea", year=1972, kind=B),
]
tpn = {str(e["number"]): {k: v for k, v in e.items() if k != "number"} for e in tp}
tpn["6"] = {}
put("supmarkdown", "kaukau-tpi", {
 "about": "An invented Tok Pisin agriculture blog post (sweet potato and climate change in the PNG Highlands) as Markdown from a CMS (Hugo-like front matter with an image path): superscript markers '<sup>[1]</sup>', '<sup>2,3</sup>', '<sup>[4]</sup>', '<sup>6</sup>', units 'm<sup>2</sup>' (twice, once in a table header) and 'CO<sub>2</sub>', a numbered list of farming methods with a link to NARI (not a citation), a quotation, a pipe table, donate/newsletter/Facebook links (not citations), and an 'Ol Referens' list of 5 Vancouver entries (an edited volume with URL, a DOI). Invented: the author, the farmers, the figures, Kiele & Sar 2019 and its journal, the CARE report entry 4 (authors' names real PNG researchers' as remembered, the publication invented). Real works with data as remembered (may differ): Bourke & Harwood 2009 (ANU E Press, edited: no authors keyed), Gleadow et al. 2016 (Food Security; title and DOI as remembered, may be wrong), Waddell 1972. Planted: '<sup>6</sup>' cites a note the list does not have (5 entries): missing-literature-entry at its line.",
 "document": "kaukau-tpi.md", "flat": True, "reader": "sup-markdown", "clean": True,
 "notes": tpn, "literature": tp,
})

# ---- mediawiki: Chechen village article ----
sul = dict(authors=["Сулейманов"], title="Топонимия Чечни", year=2006, kind=B)
gold77 = dict(authors=["Гольдштейн"], title="Башни в горах", year=1977, kind=B)
put("mediawiki", "khoy-ce", {
 "about": "An invented Chechen (Cyrillic with palochka Ӏ) Wikipedia article on the abandoned mountain village Khoy (Vedeno district), as ce.wikipedia writes it: a settlement infobox (карточка) with a named <ref> inside, Russian-style {{книга|автор= |заглавие= |место= |издательство= |год= |страниц=}} and {{статья|автор= |заглавие= |издание= |год= |номер= |страницы=}} templates and {{cite web|url= |title= |access-date=}}, <ref name> reuse (perepis2021, sulejmanov, gold), a commented-out <ref>, a wikitable with a ref in a cell, {{примечания}} under '== Билгалдахарш ==', a '== Литература ==' list of 3 '* {{книга ...}}' (one not cited in the text: further reading, as on Wikipedia), an external OSM link, a navbox, categories and interwiki. Footnotes keyed by number in order of first use (a reused name keeps its number). Invented: the article's sentences and facts (altitude, tower dating, restoration news), the Rosstat and grozny-inform URLs and titles, Goldshtein 1975 in 'Известия ЧИНИИИЯЛ' (issue/pages), Bugay 1990 pages/issue (Bugay wrote on the deportations; the article data are guessed), the Ilyasov 2009 details. Sulejmanov 'Топонимия Чечни' (Grozny, 2006) and Goldshtein 'Башни в горах' (Moscow: Iskusstvo, 1977) as remembered. Web notes keyed without year (only an access date). Clean.",
 "document": "khoy-ce.wiki", "flat": True, "reader": "mediawiki", "clean": True,
 "notes": {
  "1": dict(title="Всероссийская перепись населения 2020 года. Численность населения по населённым пунктам", url="https://rosstat.gov.ru/vpn/2020", kind=W),
  "2": sul,
  "3": dict(authors=["Гольдштейн"], title="Средневековое зодчество Чечено-Ингушетии", year=1975, kind=A),
  "4": dict(authors=["Бугай"], title="Депортация народов Северного Кавказа", year=1990, kind=A),
  "5": gold77,
  "6": dict(title="В Веденском районе начались работы по реставрации башен в селе Хой", url="https://www.grozny-inform.ru/news/culture/107744/", kind=W),
 },
 "literature": [sul, gold77, dict(authors=["Ильясов"], title="Культура чеченского народа", year=2009, kind=B)],
})

# ---- html: Oromo PMC article ----
om = [
 dict(number=1, authors=["Ogurtsova", "da Rocha Fernandes", "Huang", "Linnenkamp", "Guariguata", "Cho"], title="IDF Diabetes Atlas: Global estimates for the prevalence of diabetes for 2015 and 2040", year=2017, kind=A, doi="10.1016/j.diabres.2017.03.024"),
 dict(number=2, authors=["Zekewos", "Loha", "Egeno", "Wubshet", "Merga"], title="Prevalence of diabetes mellitus and associated factors in Southern Ethiopia: a community based study", year=2018, kind=A, doi="10.4314/ejhs.v28i4.11"),
 dict(number=3, authors=["Bishu", "Jenkins", "Yebyo", "Atsbha", "Wubayehu", "Gebregziabher"], title="Diabetes in Ethiopia: a systematic review of prevalence, risk factors, complications, and cost", year=2019, kind=A, doi="10.1016/j.obmed.2019.100132"),
 dict(number=4, authors=["Abebe", "Berhane", "Worku", "Assefa"], title="Diabetes mellitus in North West Ethiopia: a community based study", year=2014, kind=A, doi="10.1186/1471-2458-14-97"),
 dict(number=5, title="Classification and diagnosis of diabetes: Standards of Medical Care in Diabetes—2020", year=2020, kind=A, doi="10.2337/dc20-S002"),
 dict(number=6, title="Global report on diabetes", year=2016, kind=R),
 dict(number=7, authors=["Tolessa", "Gudina"], title="Glycaemic control among adults with type 2 diabetes at Jimma Medical Center, southwest Ethiopia", year=2021, kind=A),
 dict(number=8, authors=["Saeedi", "Petersohn", "Salpea", "Malanda", "Karuranga", "Unwin"], title="Global and regional diabetes prevalence estimates for 2019 and projections for 2030 and 2045: results from the International Diabetes Federation Diabetes Atlas, 9th edition", year=2019, kind=A, doi="10.1016/j.diabres.2019.107843"),
 dict(number=9, authors=["Hailu", "Mariam", "Belachew", "Birhanu"], title="Self-care practice and glycaemic control amongst adults with diabetes at the Jimma University Specialized Hospital in south-west Ethiopia: a cross-sectional study", year=2012, kind=A, doi="10.4102/phcfm.v4i1.311"),
]
put("html", "sukkaara-om", {
 "about": "An invented Oromo (Afaan Oromoo: Latin, double vowels, ' glottal) medical article on diabetes and glycaemic control in Jimma, as a PubMed Central article page: USA banner, NCBI header, journal banner, citation line with DOI link, PMCID/PMID, author links to PubMed searches with affiliation superscripts, licence link, citations '[<a href=\"#R1\" class=\"bibr\" rid=\"R1\">1</a>,<a ... rid=\"R8\">8</a>]' and a range '[<a ... R3>3</a>–<a ... R5>5</a>]' (keyed as 3, 4, 5), a table with caption and footer, a link to the IDF site (not a citation), a 'Wabiilee' ref-list of 9 <li id=\"Rn\"> Vancouver items with [DOI] [PubMed] [Google Scholar] links, a 'Similar articles' aside and 'Cited by' link, NCBI footer links. Invented: the article, its authors, DOI/PMCID/PMID of the article itself, the figures, reference 7 (Tolessa & Gudina 2021), the PubMed ids of the references. Real references with data as remembered: Ogurtsova 2017, Zekewos 2018, Bishu 2019, Abebe 2014, ADA 2020, WHO 2016, Saeedi 2019, Hailu 2012. Corporate authors (ADA, WHO) not keyed; 'et al.' lists keyed with the names printed. Planted: reference 9 (Hailu et al.) is cited nowhere: uncited-literature-entry at its line.",
 "document": "sukkaara-om.html", "flat": True, "reader": "html", "clean": True,
 "notes": {str(e["number"]): {k: v for k, v in e.items() if k != "number"} for e in om[:8]},
 "literature": om,
})

# ---- pdftext: Kinyarwanda public-health report ----
rw = [
 dict(number=1, title="World malaria report 2022", year=2022, kind=R),
 dict(number=2, title="Rwanda Malaria Strategic Plan 2020–2024", year=2020, kind=R, url="https://rbc.gov.rw/fileadmin/user_upload/strategy/Rwanda_Malaria_Strategic_Plan_2020-2024_final_version.pdf"),
 dict(number=3, authors=["Karema", "Wen", "Sidibe", "Smith", "Gosling", "Hakizimana"], title="History of malaria control in Rwanda: implications for future elimination in Rwanda and other malaria-endemic countries", year=2020, kind=A, doi="10.1186/s12936-020-03407-1"),
 dict(number=4, authors=["Uwimana", "Legrand", "Stokes", "Ndikumana", "Warsame", "Umulisa"], title="Emergence and clonal expansion of in vitro artemisinin-resistant Plasmodium falciparum kelch13 R561H mutant parasites in Rwanda", year=2020, kind=A, doi="10.1038/s41591-0201005-2"),
 dict(number=5, authors=["Bhatt", "Weiss", "Cameron", "Bisanzio", "Mappin", "Dalrymple"], title="The effect of malaria control on Plasmodium falciparum in Africa between 2000 and 2015", year=2015, kind=A, doi="10.1038/nature15535"),
 dict(number=6, authors=["Hakizimana", "Karema", "Munyakanage", "Githure", "Mazarati", "Tongren"], title="Spatio-temporal distribution of mosquitoes and risk of malaria infection in Rwanda", year=2018, kind=A, doi="10.1016/j.actatropica.2018.02.012"),
 dict(number=7, title="Rwanda Demographic and Health Survey 2019–20 Final Report", year=2021, kind=R),
]
put("pdftext", "malariya-rw", {
 "about": "An invented Kinyarwanda public-health report (malaria incidence in Kirehe and Nyagatare, 2018–2022), pdflatex (11 pt, a4, fancyhdr running head and footer page numbers, the cite package with [nospace]: '[1]', '[2,3]', '[4–6]', '[1,5]') + pdftotext (no -layout): two booktabs tables shattered into columns, an enumerate list, a bare URL in the text (rbc.gov.rw, not a citation), and a thebibliography renamed 'Indanganturo' of 7 Vancouver entries, entry 2's URL broken over two lines by the url package. Invented: the report, its figures, the RBC strategic-plan URL (the plan's existence as remembered). Real works with data as remembered: WHO 2022, Karema 2020, Uwimana 2020, Bhatt 2015, Hakizimana 2018, NISR/ICF DHS 2019–20. Corporate authors not keyed. Citation lines found in the converted text (extra_citations). Clean.",
 "tex": "malariya-rw.tex", "document": "malariya-rw.txt", "reader": "pdf-text", "clean": True,
 "extra_citations": [["1", 21], ["2", 23], ["3", 23], ["4", 25], ["5", 25], ["6", 25], ["7", 34], ["3", 80], ["1", 83], ["5", 83]],
 "notes": {str(e["number"]): {k: v for k, v in e.items() if k != "number"} for e in rw},
 "literature": rw,
})

# ---- docx: Tswana thesis chapter, Word endnotes i, ii, iii ----
hub = dict(authors=["Hubbard"], title="Agricultural Exports and Economic Growth: A Study of the Botswana Beef Industry", year=1986, kind=B)
act = dict(title="Botswana Meat Commission Act", year=1965)
gov = dict(title="National Policy on Agricultural Development", year=1991, kind=R)
sam = dict(authors=["Samatar"], title="An African Miracle: State and Class Leadership and Colonial Legacy in Botswana Development", year=1999, kind=B)
sel = dict(authors=["Seleka"], title="Challenges for Agricultural Diversification in Botswana under the Proposed SADC–EU Economic Partnership Agreement", year=2005, kind=R)
put("docx", "ubudi-tn", {
 "about": "An invented Tswana (Setswana: š) agricultural-economics thesis chapter (beef exports, the BMC and small farmers in Botswana) in Word (tn-BW) with ENDNOTES numbered lower-roman (w:endnotePr numFmt lowerRoman: i … x), Harvard-style full notes 'Hubbard, M. (1986) *Title*. London: KPI, p. 112.', 'ibid., p. 118.', 'Hubbard, op. cit., p. 140.', 'Seleka, op. cit., p. 14.', 'Republic of Botswana, op. cit., p. 22.' (a government paper), a statute 'Botswana Meat Commission Act, 1965 (Cap. 74:03), s. 17.', a BIDPA working paper, a terminological commentary note, a 5×4 table and caption, a bare domain in the text (not a citation), and a 'Metswedi' list of 5 plain paragraphs (statute first). Notes keyed by the numeral printed (i, ii …); lines are body paragraph numbers. Invented: the chapter, the table figures, the section of the Act and its year/chapter number as remembered (may differ), page numbers. Real works as remembered: Hubbard 1986, Republic of Botswana 1991 (Government Paper No. 1), Samatar 1999, Seleka 2005 (BIDPA WP 27; title as remembered). The statute keyed by name and year, no kind; Republic of Botswana as corporate author, not keyed. Clean.",
 "document": "ubudi-tn.docx", "reader": "docx", "lang": "tn-BW", "endnote_format": "lowerRoman", "title": "Kgaolo 3", "creator": "K. Mosweu", "clean": True,
 "notes": {"i": hub, "ii": hub, "iii": act, "iv": gov, "v": hub, "vi": sel, "vii": dict(kind=C), "viii": sam, "ix": sel, "x": gov},
 "literature": [act, hub, gov, sam, sel],
})

# ---- odt: Yoruba history article, Chicago notes ----
law = dict(authors=["Law"], title="The Oyo Empire, c.1600–c.1836: A West African Imperialism in the Era of the Atlantic Slave Trade", year=1977, kind=B)
joh = dict(authors=["Johnson"], title="The History of the Yorubas from the Earliest Times to the Beginning of the British Protectorate", year=1921, kind=B)
aja = dict(authors=["Ajayi"], title="The Aftermath of the Fall of Old Oyo", year=1974, kind=CH)
agb = dict(authors=["Agbaje-Williams"], title="Oyo Ruins of NW Yorubaland, Nigeria", year=1990, kind=A)
put("odt", "oyo-ile-yo", {
 "about": "An invented Yoruba (ẹ, ọ, ṣ, tone marks) history article on the fall of Old Oyo, LibreOffice Writer (.odt) with 13 footnotes in Chicago notes-bibliography style: first full notes (Law 1977, Johnson 1921), 'Ibid.' and 'Ibid., 45.', a commentary note on the word Aláàfin, an archival source (NAI, CSO 26/2, file 12723, box 14, 'Intelligence Report on Oyo Division,' 1934), a newspaper article without author, short notes 'Law, *Oyo Empire*, 255.', a chapter in an edited volume (Ajayi 1974) and its 'Ibid., 140.', a commentary note (thanks), a journal article; a 2-column table and caption; an 'Àwọn Ìwé Ìtọ́kasí' bibliography of 4 (Chicago, inverted first author). Invented: the author, all sentences, the archival file and box numbers, the 1934 report title, the newspaper 'Ìròyìn Yorùbá' and its article, page numbers. Real works with data as remembered: Law 1977, Johnson 1921, Ajayi 1974 in History of West Africa vol. 2 (chapter: the editors not keyed as authors), Agbaje-Williams 1990. Repeat notes keyed with the repeated work; the archival report keyed by title and year only. Clean.",
 "title": "Ìṣubú Ọ̀yọ́-Ilé", "reader": "odt", "clean": True,
 "notes": {"1": law, "2": joh, "3": joh, "4": joh, "5": dict(kind=C),
           "6": dict(title="Intelligence Report on Oyo Division", year=1934),
           "7": dict(title="Ọ̀yọ́-Ilé: Ìtàn tí a kò gbọdọ̀ gbàgbé", year=1962, kind=A),
           "8": law, "9": aja, "10": aja, "11": dict(kind=C), "12": joh, "13": agb},
 "literature": [agb, aja, joh, law],
})
