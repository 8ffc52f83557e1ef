"""Writes the meta.json of heldout46 half A's documents (pandoc, mediawiki, org, typst, rst).
Labels and lines come from the ⟦label⟧ annotations in the sources (checked with grep -n on the
built files); fields are given here by hand.  Conventions (see ../../README.md): the title as
the entry prints it FIRST (original script or romanization), without a bracketed translation
and without a parallel title in another script in parentheses; authors are family names as
printed (romanized or in their script; Japanese names written in kanji without a space keyed
whole, as heldout45 keys Chinese names; Arabic names keyed with their article or kunya as the
.bib's family part has them: الشاطبي, أبو زهرة, ابن عابدين); editors, translators and corporate
authors not keyed; year of the Common Era (a Hijri, Solar Hijri or Japanese era year printed
beside it is not keyed); DOIs bare; URLs with scheme as printed (percent-encoded); kinds per the
last section of tests/corpus/README.md.  Short notes and ibid notes (前掲書, 同上) are keyed
with the fields of the work they repeat.
Then:
  .venv/bin/python tests/corpus_build/build.py tests/heldout46 pravopys-uk alexiada-el kokoro-ja waqf-ar radif-persian"""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
B, A, C, R, CH, W, T, U = "book", "article", "commentary", "report", "chapter", "web", "thesis", "unknown"


def put(fmt, name, meta):
    p = os.path.join(HERE, "..", fmt, name, "meta.json")
    open(p, "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")


# ---- pandoc: English Ukrainian-linguistics paper, [@key] citations, .bib in YAML, default CSL ----
pv = {
 "pravopys1929": dict(title="Ukraïns'kyi pravopys", year=1929, kind=B),
 "pravopys2019": dict(title="Український правопис", year=2019, kind=B),
 "shevelov1987": dict(authors=["Shevelov"], title="Ukraïns'ka mova v pershii polovyni dvadtsiatoho stolittia (1900–1941): Stan i status", year=1987, kind=B),
 "masenko2004": dict(authors=["Masenko"], title="Мова і суспільство: Постколоніальний вимір", year=2004, kind=B),
 "bilaniuk2005": dict(authors=["Bilaniuk"], title="Contested Tongues: Language Politics and Cultural Correction in Ukraine", year=2005, kind=B),
 "shevelov1979": dict(authors=["Shevelov"], title="A Historical Phonology of the Ukrainian Language", year=1979, kind=B),
 "danylenko1995": dict(authors=["Danylenko", "Vakulenko"], title="Ukrainian", year=1995, kind=B),
 "nimchuk2002": dict(authors=["Nimchuk"], title="Problemy ukraïns'koho pravopysu XX – pochatku XXI st.", year=2002, kind=B),
 "wiki-kharkiv": dict(title="Харківський правопис", url="https://uk.wikipedia.org/wiki/%D0%A5%D0%B0%D1%80%D0%BA%D1%96%D0%B2%D1%81%D1%8C%D0%BA%D0%B8%D0%B9_%D0%BF%D1%80%D0%B0%D0%B2%D0%BE%D0%BF%D0%B8%D1%81", kind=W),
 "kulyk2016": dict(authors=["Kulyk"], title="Language and Identity in Ukraine after Euromaidan", year=2016, doi="10.1177/0725513616668621", kind=A),
 "hordiienko2022": dict(authors=["Hordiienko", "Semenets'"], title="Правописна дискусія 2019 року в соцмережах: корпусне дослідження", year=2022, doi="10.99999/movoznavstvo.2022.3.41", kind=A),
}
# printed order of the default CSL (Chicago author-date): author (else title), year; Latin before Cyrillic
pv_order = ["bilaniuk2005", "danylenko1995", "hordiienko2022", "kulyk2016", "masenko2004", "nimchuk2002",
            "shevelov1979", "shevelov1987", "pravopys1929", "pravopys2019", "wiki-kharkiv"]
put("pandoc", "pravopys-uk", {
 "about": "An invented English Ukrainian-linguistics paper (the Kharkiv orthography of 1928/1929 and the Ukrainian Pravopys of 2019) in Pandoc Markdown: YAML with bibliography: pravopys.bib, lang: en-GB, link-citations, no csl (Pandoc's default Chicago author-date, list by author then year, author-less works by title, Latin before Cyrillic); [@key], [@key, 3--5], [@key, §123; see also @key], @key [pp. 371--378], [-@key], @key in running text, a pipe table with Cyrillic variants and per cent figures (no citations), ::: {#refs}. The .bib: ALA-LC romanized Ukrainian titles and Cyrillic titles, each with an English translation in square brackets inside the title field (keyed without it), two author-less orthography codes (corporate commission not keyed), Kyïv/Kharkiv/München places, langid ukrainian, an @online Ukrainian Wikipedia page with a percent-encoded URL and urldate (no year keyed), DOIs. Labels: citation keys. Invented: the paper and its author, Hordiienko & Semenets' 2022 with its DOI. Real with data as remembered: the other entries (the Kulyk DOI may differ). Clean.",
 "document": "pravopys-uk.md", "reader": "pandoc-markdown", "clean": True, "lang": "en",
 "notes": pv,
 "literature": [pv[k] for k in pv_order],
})

# ---- mediawiki: Greek Wikipedia article on the Alexiad, <ref> cite templates, named refs, {{sfn}} + Βιβλιογραφία ----
buckley = dict(authors=["Buckley"], title="The Alexiad of Anna Komnene: Artistry in Strands", year=2014, kind=B)
frank = dict(authors=["Frankopan"], title="The First Crusade: The Call from the East", year=2012, kind=B)
karag = dict(authors=["Καραγιαννόπουλος"], title="Ιστορία του Βυζαντινού Κράτους", year=1990, kind=B)
ostro = dict(authors=["Ostrogorsky"], title="Geschichte des byzantinischen Staates", year=1963, kind=B)
ostro_el = dict(authors=["Οστρογκόρσκυ"], title="Ιστορία του Βυζαντινού Κράτους", year=1978, kind=B)
reinsch = dict(authors=["Reinsch", "Kambylis"], title="Annae Comnenae Alexias", year=2001, kind=B)
mw_notes = {
 "1": dict(authors=["Neville"], title="Anna Komnene: The Life and Work of a Medieval Historian", year=2016, kind=B),
 "2": reinsch,
 "3": dict(authors=["Любарский"], title="Михаил Пселл. Личность и творчество", year=1978, kind=B),
 "4": ostro_el,
 "5": buckley,
 "6": frank,
 "7": ostro,
 "8": karag,
 "9": dict(authors=["Любарский"], title="Об источниках «Алексиады» Анны Комниной", year=1964, kind=A),
 "10": dict(authors=["Παπαδημητρίου"], title="Η γυναικεία φωνή στην Αλεξιάδα", year=2011, doi="10.99999/byzsym.2011.21.03", kind=A),
 "11": buckley,
 "12": reinsch,
 "13": dict(title="Αλεξιάς", url="https://el.wikisource.org/wiki/%CE%91%CE%BB%CE%B5%CE%BE%CE%B9%CE%AC%CF%82", kind=W),
 "14": dict(authors=["Komnene"], title="The Alexiad", year=2009, kind=B),
}
put("mediawiki", "alexiada-el", {
 "about": "An invented Greek Wikipedia article on the Alexiad of Anna Komnene (Byzantine history): {{lang-grc}}, wiki links with pipes and Greek ordinal numerals (Αλεξίου Α΄), <ref name=\"Neville\"> defined once and reused twice as <ref name=\"Neville\" />, {{cite book}}/{{cite journal}} with Russian sources given as script-title=ru:… with trans-title= in Greek and language=ru, a Greek-titled {{cite journal}} with a DOI, a {{cite web}} to Greek Wikisource with a percent-encoded URL and a Greek access-date (no year keyed), an English translation with translator= and editor= (not keyed; author Anna Komnene keyed as ['Komnene']), {{sfn}} short refs (two authors Reinsch|Kambylis; Greek surnames Οστρογκόρσκυ, Καραγιαννόπουλος; p= and pp= with en dashes and starred pages 15*–21*), one {{sfn}} repeated identically (one note, Wikipedia merges them: 2), the same work with other pages being notes of their own (5/11, 2/12), several refs on one line, == Παραπομπές == with {{παραπομπές|2}} and == Βιβλιογραφία == holding the {{sfn}} targets: Ostrogorsky's German original (1963) and its Greek translation (1978) side by side. Labels: note numbers in order of first use; an sfn note's fields are its Βιβλιογραφία entry's. Invented: the article text, Παπαδημητρίου 2011 and its DOI. Real with data as remembered: the other works (Καραγιαννόπουλος's volume and year, Любарский's article pages may differ). Clean.",
 "document": "alexiada-el.wiki", "reader": "mediawiki", "clean": True, "lang": "el",
 "notes": mw_notes,
 "literature": [buckley, frank, karag, ostro, ostro_el, reinsch],
})

# ---- org: Japanese literature thesis chapter on Sōseki's Kokoro, Org footnotes [fn:n] ----
kokoro = dict(authors=["夏目漱石"], title="こころ", year=1914, kind=B)
eto = dict(authors=["江藤淳"], title="夏目漱石", year=1956, kind=B)
komori = dict(authors=["小森陽一"], title="「こころ」を生成する心臓", year=1985, kind=A)
karatani = dict(authors=["柄谷行人"], title="日本近代文学の起源", year=1980, kind=B)
org_notes = {
 "1": kokoro,
 "2": eto,
 "3": komori,
 "4": komori,
 "5": dict(authors=["石原千秋"], title="反転する漱石", year=1997, kind=B),
 "6": dict(eto, authors=["江藤"]),  # short note: the name as written (key correction 2026-12-04)
 "7": karatani,
 "8": dict(authors=["前田愛"], title="近代読者の成立", year=1973, kind=B),
 "9": dict(authors=["山科涼子"], title="〈先生〉の遺書と書簡体小説の系譜", year=2021, doi="10.99999/kinbun.42.15", kind=A),
 "10": dict(authors=["土居健郎"], title="漱石の心的世界", year=1969, kind=B),
 "11": dict(authors=["Natsume"], title="Kokoro", year=1957, kind=B),
 "12": dict(authors=["McClellan"], title="Two Japanese Novelists: Sōseki and Tōson", year=1969, kind=B),
 "13": dict(authors=["Natsume"], title="Kokoro", year=2010, kind=B),
 "14": dict(authors=["夏目漱石"], title="こころ", url="https://www.aozora.gr.jp/cards/000148/card773.html", kind=W),
 "15": dict(karatani, authors=["柄谷"]),  # short note: the name as written (key correction 2026-12-04)
 "16": karatani,
}
put("org", "kokoro-ja", {
 "about": "An invented Japanese thesis chapter in Org mode on the testament form of Natsume Sōseki's Kokoro (Japanese literature): #+TITLE with a full-width space, #+LANGUAGE: ja, #+OPTIONS ^:{}, headings * はじめに etc., Org footnote markers [fn:n] glued between Japanese text and 。 or before 、, two markers on one line, a #+CAPTION'd Org table with years (no citations), and a * 注 section of definitions [fn:n] in Japanese note style: 『』 book titles and 「」 article titles (keyed without the marks; nested 「」 and 〈〉 inside article titles kept), full-width （）, 頁, era years with the Common Era in ［］ (昭和55年［1980年］, 令和3年［2021年］: keyed 1980, 2021), ibid notes 同上 (4 → 3, 16 → 15 → 7) and short notes 江藤、前掲書 / 柄谷、前掲書 (6 → 2, 15 → 7), keyed with the fields of the work they repeat; English notes with romanized names family-name-first without a comma (Natsume Sōseki, keyed ['Natsume']), /italic/ titles, trans. (translators not keyed); an Aozora Bunko page as an Org link with （2025年10月1日閲覧） (no year keyed); a https://doi.org/ link (keyed as the DOI). Japanese names written in kanji without a space are keyed whole. No literature list. Labels: footnote numbers. Invented: the chapter and its author, 山科涼子 2021 and its DOI. Real with data as remembered: the other works (Komori's title is simplified; pages may differ). Clean.",
 "document": "kokoro-ja.org", "reader": "org", "clean": True, "lang": "ja",
 "notes": org_notes,
})

# ---- typst: Arabic Islamic-law paper (cash waqf), @key / #cite(<key>), .bib, default style (IEEE) ----
wq = {
 "cizakca2000": dict(authors=["Çizakça"], title="A History of Philanthropic Foundations: The Islamic World from the Seventh Century to the Present", year=2000, kind=B),
 "kuran2001": dict(authors=["Kuran"], title="The Provision of Public Goods under Islamic Law: Origins, Impact, and Limitations of the Waqf System", year=2001, doi="10.2307/3185418", kind=A),
 "ibnabidin1992": dict(authors=["ابن عابدين"], title="رد المحتار على الدر المختار", year=1992, kind=B),
 "shatibi1997": dict(authors=["الشاطبي"], title="الموافقات", year=1997, kind=B),
 "abuzahra1971": dict(authors=["أبو زهرة"], title="محاضرات في الوقف", year=1971, kind=B),
 "hallaq1984": dict(authors=["Hallaq"], title="Was the Gate of Ijtihad Closed?", year=1984, doi="10.1017/S0020743800027598", kind=A),
 "hallaq2009": dict(authors=["Hallaq"], title="Sharīʿa: Theory, Practice, Transformations", year=2009, kind=B),
 "bensalem2021": dict(authors=["بن سالم"], title="الوقف النقدي في مدونة الأوقاف المغربية: قراءة في المادة الأولى", year=2021, doi="10.99999/jfls.2021.12.2.04", kind=A),
 "elamrani2018": dict(authors=["العمراني"], title="صناديق الوقف النقدي في المغرب: دراسة فقهية قانونية", year=2018, kind=T),
 "wiki-waqf": dict(title="وقف", url="https://ar.wikipedia.org/wiki/%D9%88%D9%82%D9%81", kind=W),
}
put("typst", "waqf-ar", {
 "about": "An invented Arabic Islamic-law paper (cash waqf in Maliki fiqh and the Moroccan Waqf Code of 2010) in Typst: #set text(lang: \"ar\") (right-to-left), page numbering \"١\", dates ١٤٤٧هـ / ٢٠٢٥م and ١٤٣١هـ/٢٠١٠م in Eastern Arabic digits, @key and @key[ج. ٤، ص. ٣٦٣] supplements in Arabic with Eastern Arabic digits, two @keys in a row, #cite(<key>, supplement: [...]), #cite(<key>, form: \"prose\"), @key followed by the Arabic comma ، , citations in three table cells of a #figure, @tab-madhahib (a figure label: a cross reference, not a citation), #bibliography(\"waqf.bib\", title: ...) with no style (IEEE: order of first citation). The .bib: Arabic-script authors 'الشاطبي, أبو إسحاق إبراهيم بن موسى', 'أبو زهرة, محمد', 'ابن عابدين, محمد أمين', 'بن سالم, نورة' (family part keyed), an editor (not keyed), Hijri years in note = {١٤١٢هـ} (the CE year keyed), Turkish Çizakça, ʿ in Sharīʿa, an Arabic @phdthesis with type, an @online Arabic Wikipedia page with a percent-encoded URL (no year). Labels: citation keys. Invented: the paper and its author, بن سالم 2021 with its DOI, العمراني 2018. Real with data as remembered: the other entries. Planted: @mawardi1994 has no entry in the .bib: missing-literature-entry at its line, keyed as a pair too (key correction 2026-12-04; the writer had keyed the anomaly code citation-key-missing and no pair).",
 "document": "waqf-ar.typ", "reader": "typst", "clean": True, "lang": "ar",
 "notes": wq,
 "literature": list(wq.values()),
})

# ---- rst: English musicology lecture page (Persian radif), docutils citations [Label]_ + one [#]_ ----
rd = {
 "Azadehfar2011": dict(authors=["Azadehfar"], title="Rhythmic Structure in Iranian Music", year=2011, kind=B),
 "Caton1983": dict(authors=["Caton"], title="The Classical Taṣnif: A Genre of Persian Vocal Music", year=1983, kind=T),
 "During1991": dict(authors=["During", "Mirabdolbaghi", "Safvat"], title="The Art of Persian Music", year=1991, kind=B),
 "Farhat1990": dict(authors=["Farhat"], title="The Dastgāh Concept in Persian Music", year=1990, kind=B),
 "Idelsohn1922": dict(authors=["Idelsohn"], title="Otsar neginot Yisraʾel", year=1922, kind=B),
 "Khaleqi1954": dict(authors=["Khāleqi"], title="Sargozasht-e musiqi-ye Irān", year=1954, kind=B),
 "Levi2018": dict(authors=["לוי"], title="המקאם והדסתגאה בפיוט של יהודי פרס", year=2018, doi="10.99999/peamim.155.77", kind=A),
 "Mashhun1994": dict(authors=["Mashḥun"], title="Tārikh-e musiqi-ye Irān", year=1994, kind=B),
 "Nettl1992": dict(authors=["Nettl"], title="The Radif of Persian Music: Studies of Structure and Cultural Context", year=1992, kind=B),
 "Nooshin2015": dict(authors=["Nooshin"], title="Iranian Classical Music: The Discourses and Practice of Creativity", year=2015, kind=B),
 "Radif-fa": dict(title="ردیف (موسیقی)", url="https://fa.wikipedia.org/wiki/%D8%B1%D8%AF%DB%8C%D9%81_(%D9%85%D9%88%D8%B3%DB%8C%D9%82%DB%8C)", kind=W),
 "Sepanta1990": dict(authors=["Sepantā"], title="Cheshm-andāz-e musiqi-ye Irān", year=1990, kind=B),
 "Talai1993": dict(authors=["Ṭalāʾi"], title="Negareshi now be teʾori-ye musiqi-ye Irāni: Radif va dastgāh", year=1993, kind=B),
 "Zonis1973": dict(authors=["Zonis"], title="Classical Persian Music: An Introduction", year=1973, kind=B),
}
rd_notes = {k: v for k, v in rd.items() if k != "Zonis1973"}
rd_notes["1"] = dict(kind=C)
put("rst", "radif-persian", {
 "about": "An invented English musicology lecture page (the radif and dastgāh system of Persian classical music) in docutils/Sphinx reStructuredText: :orphan:, .. meta::, a field list (:Course:, :Author:, :Date:), .. contents::, a definition list of terms with a citation inside a definition, citations [Label]_ (two in a row, one in a .. note:: directive, one in an enumerated listening list), one auto-numbered footnote [#]_ whose definition under .. rubric:: Footnotes is a remark citing [Farhat1990]_ (keyed kind commentary; the citation inside it a pair of its own), ALA-LC-like romanization with ā ʿ ʾ ṭ ḥ, ``1333 Sh./1954`` in literal text, and a 'Readings' list of .. [Label] citation definitions in Chicago bibliography style: Persian and Hebrew titles romanized first with the original script in parentheses and a translation in brackets (keyed: the romanized title only), Solar Hijri years 1333 Sh./1954, 1369 Sh./1990, 1372 Sh./1993 and 1373 Sh./1994 (keyed by the CE year printed), '2 vols.', a Hebrew entry printed in Hebrew script first (author לוי, שירה; title in Hebrew; a doi.org DOI), a PhD diss. (thesis), a Persian Wikipedia page with a percent-encoded URL with parentheses, no year (web). Labels: citation labels; the footnote 1. Literature: the 14 definitions in printed order. Invented: the page and its author, Levi 2018 and its DOI. Real with data as remembered: the other works (editions, places, publishers and years may differ, notably Mashḥun's and Sepantā's). Planted: [Zonis1973] is cited nowhere: uncited-literature-entry at its line.",
 "document": "radif-persian.rst", "reader": "rst", "clean": True, "lang": "en",
 "notes": rd_notes,
 "literature": list(rd.values()),
})
