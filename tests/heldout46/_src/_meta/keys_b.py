"""Writes the meta.json of heldout46 half B's documents (latex, docx, html, pdftext, plaintext).
Labels and lines come from the ⟦label⟧ annotations in the sources (checked with grep -n on the
built files); fields are given here by hand.  Conventions (see ../../HALF_B.md): the title as the
entry or note prints it FIRST (original script or romanization), without a bracketed translation
or a biblatex usera/titleaddon; CJK book-title marks 《》『』「」 are not part of the title;
authors are family names as printed (romanized or in script); CJK names printed whole in script
(김영태, 鎌田茂雄, 李焘) are keyed whole; editors, compilers, translators and corporate authors
are not keyed; year = Common Era year (where only another calendar is printed, the CE year is
said in the document's about); DOIs bare, URLs with scheme; kinds per tests/corpus/README.md.
Ibid. notes (위의 책, 같은 글, 同上书, 同上) and short notes (앞의 책, 前揭書, a short 李焘 note)
are keyed with the fields of the work they resolve to (authors, title, year, kind).
Then:
  .venv/bin/python tests/corpus_build/build.py tests/heldout46 holod-demography hafiz-perevody jiaozi-zh ghats-ritual-economy
  .venv/bin/python tests/corpus_build/build_docx.py tests/heldout46 hwaom-silla"""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
B, A, C, R, CH, W, T, U = "book", "article", "commentary", "report", "chapter", "web", "thesis", "unknown"


def put(fmt, name, meta):
    p = os.path.join(HERE, "..", fmt, name, "meta.json")
    open(p, "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")


# ---- latex: English Soviet-history article, biblatex verbose-ibid, \autocite as footnotes ----
bib = {
 "conquest1986": dict(authors=["Conquest"], title="The Harvest of Sorrow: Soviet Collectivization and the Terror-Famine", year=1986, kind=B),
 "davies2004": dict(authors=["Davies", "Wheatcroft"], title="The Years of Hunger: Soviet Agriculture, 1931–1933", year=2004, kind=B),
 "kulchytskyi2007": dict(authors=["Кульчицький"], title="Голодомор 1932–1933 рр. як геноцид: труднощі усвідомлення", year=2007, kind=B),
 "kondrashin2008": dict(authors=["Кондрашин"], title="Голод 1932–1933 годов: трагедия российской деревни", year=2008, kind=B),
 "rudnytskyi2015": dict(authors=["Rudnytskyi", "Levchuk", "Wolowyna", "Shevchuk", "Kovbasiuk"], title="Demography of a man-made human catastrophe: The case of massive famine in Ukraine 1932–1933", year=2015, doi="10.25336/P6FC7G", kind=A),
 "marochko2008": dict(authors=["Marochko", "Movchan"], title="Holodomor v Ukraïni 1932–1933 rokiv: khronika", year=2008, kind=B),
 "applebaum2017": dict(authors=["Applebaum"], title="Red Famine: Stalin's War on Ukraine", year=2017, kind=B),
 "applebaum2018": dict(authors=["Еплбаум"], title="Червоний голод: Війна Сталіна проти України", year=2018, kind=B),
 "stoyanov2022": dict(authors=["Стоянов"], title="Гладът в Украйна 1932–1933 г. и българските села в Приазовието", year=2022, kind=A),
 "papadopoulos2014": dict(authors=["Παπαδόπουλος"], title="Οι Έλληνες της Αζοφικής και ο λιμός του 1932–1933", year=2014, kind=B),
 "uinp2021": dict(title="Мартиролог: списки жертв Голодомору за районами", year=2021, url="https://uinp.gov.ua/%D0%B3%D0%BE%D0%BB%D0%BE%D0%B4%D0%BE%D0%BC%D0%BE%D1%80/martyrolog", kind=W),
}
fn_keys = ["conquest1986", "davies2004", "kulchytskyi2007", "kondrashin2008", "rudnytskyi2015", "marochko2008",
           "applebaum2017", "applebaum2018", None, "rudnytskyi2015", "rudnytskyi2015", "stoyanov2022",
           "papadopoulos2014", "stoyanov2022", "uinp2021", "rudnytskyi2015", "kulchytskyi2007"]
put("latex", "holod-demography", {
 "about": "An invented English Soviet-history article (two generations of famine-mortality estimates for Ukraine 1932-33 and the Bulgarian and Greek minorities of the Azov coast), XeLaTeX with polyglossia (ukrainian, russian, bulgarian, greek), \\foreignlanguage, an \\author \\thanks (a symbol mark from \\maketitle, not a numbered footnote), biblatex style=verbose-ibid with autocite=footnote so every \\autocite[pages]{key} is a numbered footnote (labels: footnote numbers 1-17 as printed; the note of each is its .bib entry), one plain \\footnote with an archival shelfmark (TsDAVO, f. 1, op. 6, spr. 237, ark. 12-14: keyed kind unknown only), keys cited again (rudnytskyi2015 five times, kulchytskyi2007 and stoyanov2022 twice; biblatex prints Ibid./short notes), a marker at the start of a line before an em dash. No \\printbibliography (Slavic Review-style notes only): no literature keyed. famine.bib: langid ukrainian/russian/bulgarian/greek/english, Cyrillic and Greek names in braces ({{Кульчицький}, Станіслав}, {{Стоянов}, {Петър}}, {{Παπαδόπουλος}, {Γιώργος}}), titles in script with an English translation in usera (not keyed), an ALA-LC romanized title (Holodomor v Ukraïni ... khronika) with its translation in titleaddon (not keyed), a Ukrainian translation of Applebaum with origtitle/origlanguage and a translator (not keyed), a corporate @online author in double braces (not keyed) with a percent-encoded Cyrillic URL path, '--' in titles (keyed as en dashes). Invented: the article, its author and university; stoyanov2022 (Bulgarian article), papadopoulos2014 (Greek book and its publisher), the uinp2021 page title and URL path, the translator of applebaum2018 and its publisher as remembered. Real with data as remembered (pages, DOI, publishers may differ): conquest1986, davies2004, kulchytskyi2007, kondrashin2008, rudnytskyi2015, marochko2008, applebaum2017. Clean.",
 "document": "main.tex", "reader": "latex", "clean": True, "lang": "en",
 "notes": {str(i + 1): (bib[k] if k else dict(kind=U)) for i, k in enumerate(fn_keys)},
})

# ---- docx: Korean Buddhism article, Korean Chicago-style footnotes, 참고문헌 in sections ----
k_samguk = dict(authors=["一然"], title="三國遺事", kind=B)
k_beopgye = dict(authors=["義湘"], title="華嚴一乘法界圖", year=1979, kind=CH)
k_go = dict(authors=["고익진"], title="한국고대불교사상사", year=1989, kind=B)
k_kimsh = dict(authors=["김상현"], title="신라화엄사상사연구", year=1991, kind=B)
k_kimyt = dict(authors=["김영태"], title="한국불교사", year=1997, kind=B)
k_lee = dict(authors=["이기백"], title="신라사상사연구", year=1986, kind=B)
k_choi = dict(authors=["최연식"], title="신라 화엄학 문헌의 전승 문제", year=2014, kind=A)
k_kamata = dict(authors=["鎌田茂雄"], title="朝鮮仏教史", year=1987, kind=B)
k_sato = dict(authors=["佐藤厚"], title="義湘系華厳思想の展開", year=2000, kind=A)
k_buswell = dict(authors=["Buswell"], title="The Korean Approach to Zen: The Collected Works of Chinul", year=1983, kind=B)
k_mcbride = dict(authors=["McBride"], title="Domesticating the Dharma: Buddhist Cults and the Hwaŏm Synthesis in Silla Korea", year=2008, kind=B)
k_web = dict(title="한국불교전서 검색시스템", url="https://kabc.dongguk.edu/", kind=W)
dnotes = [k_samguk, k_kimyt, k_mcbride, k_mcbride, k_choi, k_kamata, k_kimyt, k_beopgye, k_beopgye, k_go,
          k_buswell, k_choi, k_web, k_sato, k_kamata, k_kimsh]
put("docx", "hwaom-silla", {
 "about": "An invented Korean article on Korean Buddhism (the transmission of Ŭisang's Hwaŏm texts in Silla and Koryŏ) as a Word manuscript with Chicago-style footnotes in Korean usage: 『』 for books, 「」 for articles and chapters, (서울: 경서원, 1997), 87–92쪽 / 54頁 page forms, ibid. as 위의 책 (note 4) and 같은 글 (note 9), short notes 김영태, 앞의 책 (7), 최연식, 앞의 글 (12), 鎌田茂雄, 前揭書 (15); classical Chinese primary sources (一然 『三國遺事』 卷4 with no date: no year keyed; 義湘 「華嚴一乘法界圖」 in 『韓國佛敎全書』 第2冊, 1979: chapter), Japanese works (鎌田茂雄, 佐藤厚) with 頁, English books with italics (McBride 'II' and Buswell 'Jr.' suffixes, keyed McBride, Buswell), a web database with a hyperlink and a Korean access date, a 3x3 table (not citations), headings Ⅰ.–Ⅳ., and a 참고문헌 split under headings 1. 원전 / 2. 단행본 / 3. 논문 / 4. 외국 문헌 / 5. 웹자료 (headings, not entries). Labels: footnote numbers 1-16; lines are body paragraph numbers. Names in script are keyed whole (김영태, 一然, 鎌田茂雄). Invented: the article and its author, 최연식's article title and issue, 佐藤厚's article title and journal issue. Real with data as remembered: the other works (publishers, years and pages may differ). Planted: 이기백, 『신라사상사연구』 (1986) is listed but cited nowhere: uncited-literature-entry at its paragraph.",
 "document": "hwaom-silla.docx", "reader": "docx", "clean": True, "lang": "ko-KR",
 "notes": {str(i + 1): v for i, v in enumerate(dnotes)},
 "literature": [k_samguk, k_beopgye, k_go, k_kimsh, k_kimyt, k_lee, k_choi, k_kamata, k_sato, k_buswell, k_mcbride, k_web],
})

# ---- html: Russian article on Persian poetry, GOST numbered [n, с. x], Список литературы ----
hl = [
 dict(authors=["Бертельс"], title="История персидско-таджикской литературы", year=1960, kind=B),
 dict(authors=["Плисецкий"], title="Газели Хафиза в переводах", year=1972, kind=A),
 dict(authors=["حافظ شیرازی"], title="دیوان", year=1941, kind=B),
 dict(authors=["خرمشاهی"], title="حافظ‌نامه", year=1987, kind=B),
 dict(authors=["Рейснер"], title="Эволюция классической газели на фарси (X–XIV века)", year=1989, kind=B),
 dict(authors=["Schimmel"], title="A Two-Colored Brocade: The Imagery of Persian Poetry", year=1992, kind=B),
 dict(authors=["Meisami"], title="Medieval Persian Court Poetry", year=1987, kind=B),
 dict(authors=["Хафиз"], title="Газели", year=1981, kind=B),
 dict(authors=["Чалисова"], title="Поэтика персидской классической газели", year=2006, kind=T),
 dict(authors=["Гусейнова"], title="Хафиз в русских переводах XIX века", year=2019, doi="10.99999/oriens.2019.4.112", kind=A),
 dict(title="گنجور: حافظ، غزلیات", url="https://ganjoor.net/hafez/ghazal/", kind=W),
]
put("html", "hafiz-perevody", {
 "about": "An invented Russian article on Persian poetry (Hafiz's ghazal in twentieth-century Russian translation) as a journal's HTML page (html lang=ru, citation_* meta tags, site header and footer, an affiliation mark <sup>1</sup> that is no citation): GOST numbered citations [1, с. 268], [1, с. 271–273], [6; 7], [2; 8], [6, p. 97], [7, p. 237–243], one with a Persian locator in Eastern Arabic digits [4, ج. ۱، ص. ۱۲۵]; dates in the text in two calendars (ум. 792/1390, 1320 г. с.х.), inline Persian in <span lang=fa dir=rtl> and <i lang=fa-Latn>. Список литературы as an <ol>: GOST 7.0.5 entries (М. : Наука, 1989. 224 с.; // Журнал. 2019. № 4. С. 112–125. DOI), Persian entries wholly in a dir=rtl span followed by a bracketed Russian rendering (entry 3: Tehran 1320 Sh., keyed 1941 as the bracket says; entry 4: 1366 Sh., keyed 1987), a Persian website title with its bracketed translation (title keyed in Persian, no year), a thesis 'дис. … д-ра филол. наук'. Labels: list numbers. Invented: the article, its author, the journal page; entry 2 (Plisetsky's article), entry 9's title and year, entry 10 (article and DOI). Real with data as remembered: 1, 3–8, 11 (editors, pages and years may differ). Clean.",
 "document": "hafiz-perevody.html", "reader": "html", "clean": True, "lang": "ru",
 "notes": {str(i + 1): v for i, v in enumerate(hl)},
 "literature": [dict(number=i + 1, **v) for i, v in enumerate(hl)],
})

# ---- pdftext: Chinese thesis chapter on Song paper money, footnotes at page feet ----
z_changbian = dict(authors=["李焘"], title="续资治通鉴长编", year=2004, kind=B)
z_tongkao = dict(authors=["马端临"], title="文献通考", year=2011, kind=B)
z_huiyao = dict(title="宋会要辑稿", year=1957, kind=B)
z_gao = dict(authors=["高聪明"], title="宋代货币与货币流通研究", year=2000, kind=B)
z_li = dict(authors=["李伯重"], title="“选精”、“集粹”与“宋代江南农业革命”——对传统经济史研究方法的检讨", year=2000, kind=A)
z_peng = dict(authors=["彭信威"], title="中国货币史", year=1958, kind=B)
z_qi = dict(authors=["漆侠"], title="宋代经济史", year=1987, kind=B)
z_quan = dict(authors=["全汉昇"], title="北宋物价的变动", year=1944, kind=A)
z_shiba_zh = dict(authors=["斯波义信"], title="宋代商业史研究", year=1997, kind=B)
z_kato = dict(authors=["加藤繁"], title="支那經濟史考證", year=1953, kind=B)
z_shiba_ja = dict(authors=["斯波義信"], title="宋代商業史研究", year=1968, kind=B)
z_glahn = dict(authors=["von Glahn"], title="Fountain of Fortune: Money and Monetary Policy in China, 1000–1700", year=1996, kind=B)
z_web = dict(title="中华古籍资源库", url="http://read.nlc.cn/allSearch/searchDetail?searchType=10&showType=1&indexName=data_892", kind=W)
znotes = [z_changbian, z_kato, z_peng, z_peng, dict(title="宋会要辑稿·食货", year=1957, kind=B), z_glahn, z_qi, z_shiba_zh,
          z_shiba_ja, z_li, z_li, z_tongkao, z_quan, z_gao, z_changbian, z_web]
put("pdftext", "jiaozi-zh", {
 "about": "An invented Chinese doctoral-thesis chapter in Chinese economic history (jiaozi paper money in Northern Song Sichuan) hand-shaped as pdftotext (no -layout) prints a thesis: form feeds, running head 北京大学博士学位论文 on every page, page numbers 23–25 and 131 alone at the page foot, lines wrapped at a fixed width, footnote numbers glued to the text after or before punctuation (记载。1日本学者, 特征3，, 看法12，), footnotes numbered through 1–16 at the page feet in Chinese note style (李焘：《续资治通鉴长编》卷101，北京：中华书局，2004年，第2343页。), notes wrapped over two lines (one URL broken after '?'), ibid. as 同上书 (4) and 同上 (11), a short note (15: 李焘 … 卷283, no imprint), a Chinese translation and its Japanese original cited in successive notes (8 斯波义信著，庄景辉译 1997; 9 斯波義信 1968), nested quotation marks inside 《》 (note 10), a table 表2-1 with years and numbers (not citations), and a 参考文献 split into 一、史料 / 二、研究论著 with （一）中文（二）日文（三）西文 / 三、网络资源 (headings, not entries); 徐松辑 (compiler) not keyed. Labels: footnote numbers; note 5 keyed with the title as printed there (宋会要辑稿·食货), the list entry as 宋会要辑稿. Literature: the 13 entries in printed order. Invented: the thesis and its university context, the National Library URL's query. Real with data as remembered (editions, years and pages may differ): all cited works. Clean.",
 "document": "jiaozi-zh.txt", "reader": "pdf-text", "clean": True, "lang": "zh",
 "notes": {str(i + 1): v for i, v in enumerate(znotes)},
 "literature": [z_changbian, z_tongkao, z_huiyao, z_gao, z_li, z_peng, z_qi, z_quan, z_shiba_zh, z_kato, z_shiba_ja, z_glahn, z_web],
})

# ---- plaintext: English anthropology working paper, IEEE-like numbered list, Hindi and Persian sources ----
pl = [
 dict(authors=["Parry"], title="Death in Banaras", year=1994, kind=B),
 dict(authors=["Eck"], title="Banaras: City of Light", year=1982, kind=B),
 dict(authors=["Parry"], title="Ghosts, greed and sin: The occupational identity of the Benares funeral priests", year=1980, doi="10.2307/2801482", kind=A),
 dict(authors=["Justice"], title="Dying the Good Death: The Pilgrimage to Die in India's Holy City", year=1997, kind=B),
 dict(authors=["मिश्र"], title="काशी के घाट और डोम समाज", year=2011, kind=B),
 dict(authors=["पाण्डेय"], title="बनारस के डोम: जाति, श्रम और मृत्यु", year=2018, kind=T),
 dict(title="Ain-i Akbari", year=1891, kind=B),
 dict(authors=["Kumar"], title="The Artisans of Banaras: Popular Culture and Identity, 1880-1986", year=1988, kind=B),
 dict(title="पर्यटक आगमन सांख्यिकी 2022", year=2023, url="https://uptourism.gov.in/pages/top/about-up-tourism/tourist-statistics", kind=R),
 dict(title="मणिकर्णिका घाट पर लकड़ी के दाम दोगुने", year=2022, url="https://www.jagran.com/uttar-pradesh/varanasi-city-%E0%A4%AE%E0%A4%A3%E0%A4%BF%E0%A4%95%E0%A4%B0%E0%A5%8D%E0%A4%A3%E0%A4%BF%E0%A4%95%E0%A4%BE-23215587.html", kind=A),
 dict(authors=["Chaudhary"], title="Maṇikarṇikā kī lakṛī maṇḍī: ek sarvekṣaṇ", year=2016, kind=A),
 dict(title="District Census Handbook: Varanasi, Part XII-B", year=2014, kind=R),
 dict(authors=["शुक्ल"], title="तीर्थयात्रा और लोक: उत्तर भारत के तीर्थों का समाजशास्त्र", year=2009, kind=B),
 dict(authors=["Vidyarthi"], title="The Sacred Complex in Hindu Gaya", year=1961, kind=B),
]
put("plaintext", "ghats-ritual-economy", {
 "about": "An invented English working paper in South Asian anthropology (the ritual economy of the cremation ghats of Varanasi) saved as plain text: series line, capitals headings, a draft notice, ABSTRACT and Keywords, year ranges (2021-2023) and 'seven crore', IEEE-like numeric citations [1], [2] / [5, pp. 41-58] / [7, vol. 2, p. 158] / [12, Table A-4], numbers cited again (1, 2, 3, 6), and a REFERENCES list [n] with hanging indents: Hindi entries in Devanagari with the author's given name first (विश्वनाथ मिश्र: keyed मिश्र; सुनीता पाण्डेय: पाण्डेय; रामनारायण शुक्ल: शुक्ल) and a bracketed English translation (not keyed), a Hindi Ph.D. thesis (पीएच.डी. शोध-प्रबंध), a Persian title in Arabic script in parentheses after its romanization (Ain-i Akbari (آئین اکبری), keyed by the romanization, no author keyed: Abu'l-Fazl 'Allami printed whole, trans. Jarrett), a state agency's Hindi statistics report with [Online]. Available: (corporate author not keyed), a Hindi newspaper article with a percent-encoded Devanagari URL, an IAST-romanized Hindi article title, a census handbook (report), doi: 10.2307/... Labels: list numbers. Invented: the paper and its authors, entries 5, 6, 11, 13, the title and URL of 10, the title and URL path of 9. Real with data as remembered (pages, publishers, the DOI of 3 may differ): 1-4, 7, 8, 12, 14. Planted: [15] cites a number beyond the 14-entry list: missing-literature-entry at its line (keyed as a citation pair too, with no note).",
 "document": "ghats-ritual-economy.txt", "reader": "plain-text", "clean": True, "lang": "en",
 "notes": {str(i + 1): v for i, v in enumerate(pl)},
 "literature": [dict(number=i + 1, **v) for i, v in enumerate(pl)],
})
