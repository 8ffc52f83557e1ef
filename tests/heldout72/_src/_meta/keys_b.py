"""Writes the meta.json of heldout72 half B's documents (rst, latex, html, docx, pdftext).
Round 85's theme for half B: music and musicology.  Labels and lines come from the
⟦label⟧ annotations in the sources; fields are given here by hand.  Conventions: ../../HALF_B.md.
Then:
  /work/main/.venv/bin/python tests/corpus_build/build.py tests/heldout72 chorale-mei-en ceol-rince-ga sopanam-ml shashmaqom-uz
  /work/main/.venv/bin/python tests/corpus_build/build_docx.py tests/heldout72 radif-fa
  python3 tests/heldout72/_src/_meta/check_b.py"""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
B, A, R, CH, W, T, U = "book", "article", "report", "chapter", "web", "thesis", "unknown"


def put(fmt, name, meta):
    p = os.path.join(HERE, "..", fmt, name, "meta.json")
    open(p, "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")


# ---- rst: English digital musicology and music encoding (an encoding report in Sphinx) ----
rs = {
 "Bach1941": dict(authors=["Bach"], title="371 Harmonized Chorales and 69 Chorale Melodies with Figured Bass", year=1941, kind=B),
 "Brennan2025": dict(authors=["Brennan", "Wendler"], title="Encoding Variant Readings in Eighteenth-Century Chorale Sources", year=2025, doi="10.99999/09298215.2025.2290114", kind=A),
 "Cook2004": dict(authors=["Cook"], title="Computational and Comparative Musicology", year=2004, kind=CH),
 "Crawford2009": dict(title="Modern Methods for Musicology: Prospects, Proposals, and Realities", year=2009, kind=B),
 "CrawfordLewis2016": dict(authors=["Crawford", "Lewis"], title="Review: Music Encoding Initiative", year=2016, doi="10.1525/jams.2016.69.1.273", kind=A),
 "Cuthbert2010": dict(authors=["Cuthbert", "Ariza"], title="music21: A Toolkit for Computer-Aided Musicology and Symbolic Music Data", year=2010, kind=CH),
 "Good2001": dict(authors=["Good"], title="MusicXML for Notation and Analysis", year=2001, kind=CH),
 "Hankinson2011": dict(authors=["Hankinson", "Roland", "Fujinaga"], title="The Music Encoding Initiative as a Document-Encoding Framework", year=2011, kind=CH),
 "Huron2002": dict(authors=["Huron"], title="Music Information Processing Using the Humdrum Toolkit: Concepts, Examples, and Lessons", year=2002, doi="10.1162/014892602760137158", kind=A),
 "MEI2023": dict(title="MEI Guidelines", year=2023, url="https://music-encoding.org/guidelines/v5/content/", kind=R),
 "Neuwirth2018": dict(authors=["Neuwirth", "Harasim", "Moss", "Rohrmeier"], title="The Annotated Beethoven Corpus (ABC): A Dataset of Harmonic Analyses of All Beethoven String Quartets", year=2018, doi="10.3389/fdigh.2018.00016", kind=A),
 "Okonkwo2024": dict(authors=["Okonkwo"], title="Measuring Editorial Intervention in Digital Scores", year=2024, kind=T),
 "Pugin2014": dict(authors=["Pugin", "Zitellini", "Roland"], title="Verovio: A Library for Engraving MEI Music Notation into SVG", year=2014, kind=CH),
 "RISM": dict(title="RISM Catalog", url="https://opac.rism.info/", kind=W),
 "Roland2002": dict(authors=["Roland"], title="The Music Encoding Initiative (MEI)", year=2002, kind=CH),
 "Sapp2005": dict(authors=["Sapp"], title="Online Database of Scores in the Humdrum File Format", year=2005, kind=CH),
 "SelfridgeField1997": dict(title="Beyond MIDI: The Handbook of Musical Codes", year=1997, kind=B),
 "Wendler2026": dict(authors=["Wendler", "Brennan"], title="Leipzig Chorale Sources in MEI", year=2026, doi="10.99999/zenodo.1182235", kind=W),
}
rs_notes = dict(rs)
rs_notes["1"] = dict(title="Minutes of the editorial board, 2 October 2026", year=2026, kind=R)
put("rst", "chorale-mei-en", {
 "about": "An invented English encoding report (Sphinx/reStructuredText) of an invented project that encodes the Bach four-part chorales in MEI: docinfo field list with a wrapped abstract, a local contents directive, `[Label]_` citations (two on one line: `[Cuthbert2010]_ [Sapp2005]_`, `[Roland2002]_ [Hankinson2011]_`, `[Cook2004]_ [Crawford2009]_`; a locator after a citation `[Good2001]_, pp. 113–15`; a citation in a numbered list, in a `.. note::` and in the last column of a simple table of four rows), one auto-numbered footnote `[#]_` naming the project's board minutes (keyed `report`, title with its date, year 2026; the project not keyed), and 18 `.. [Label]` entries in Chicago bibliography style, alphabetical, under References (the literature in document order, each label's note). Kinds: a score edition (Bach's 371 chorales ed. Riemenschneider, `book`, composer keyed, editor not), edited volumes with editors only (`book`, editors not keyed), conference papers in ISMIR and XML proceedings (`chapter`), chapters in edited volumes (`chapter`), journal articles with DOIs in `doi:` and `https://doi.org/` forms, the MEI Guidelines version 5.0 (`report`, a body's guidelines; version no part of the title; the MEI, a corporate author, not keyed), RISM's catalogue with an access date and no year (`web`), a Zenodo data release with `Version 1.3` (`web`, version no part of the title), a PhD dissertation (`thesis`). Clean. Invented: the project Leipzig Chorale Sources in MEI, the people Tobias Wendler, Aoife Brennan and Ifeoma Okonkwo, their JNMR article and its DOI, the data release and its DOI, the dissertation and the University of Calderbrook, the board minutes, all figures. Real works (Riemenschneider's Bach edition, Cook, Crawford & Gibson, Crawford & Lewis, Cuthbert & Ariza, Good, Hankinson et al., Huron, the MEI Guidelines, Neuwirth et al., Pugin et al., RISM's catalogue, Roland, Sapp, Selfridge-Field) with their data as remembered (pages, places, proceedings numbers, DOIs and the addresses may differ from the published records).",
 "document": "encoding-report.rst", "reader": "rst", "clean": True,
 "notes": rs_notes,
 "literature": list(rs.values()),
})

# ---- latex: Irish (Gaeilge) on Irish traditional music collections, biblatex authoryear ----
lx = {
 "breathnach1963": dict(authors=["Breathnach"], title="Ceol Rince na hÉireann", year=1963, kind=B),
 "breathnach1971": dict(authors=["Breathnach"], title="Folk Music and Dances of Ireland", year=1971, kind=B),
 "carolan1997": dict(authors=["Carolan"], title="A Harvest Saved: Francis O'Neill and Irish Music in Chicago", year=1997, kind=B),
 "henry1989": dict(authors=["Henry"], title="Institutions for the Promotion of Indigenous Music: The Case for Ireland's Comhaltas Ceoltóirí Éireann", year=1989, doi="10.2307/852170", kind=A),
 "kearney2013": dict(authors=["Kearney"], title="Regions, Regionality and Regionalization in Irish Traditional Music: The Role of Comhaltas Ceoltóirí Éireann", year=2013, doi="10.1080/17411912.2013.775806", kind=A),
 "macfhlannchadha2019": dict(authors=["Mac Fhlannchadha"], title="Na bailiúcháin cheoil agus an ceoltóir aonair", year=2019, kind=CH),
 "nicheallaigh2024": dict(authors=["Ní Cheallaigh"], title="Taifeadtaí páirce agus an t-amhrán sean-nóis i gConamara", year=2024, kind=T),
 "niuallachain2003": dict(authors=["Ní Uallacháin"], title="A Hidden Ulster: People, Songs and Traditions of Oriel", year=2003, kind=B),
 "ocanainn1978": dict(authors=["Ó Canainn"], title="Traditional Music in Ireland", year=1978, kind=B),
 "ohallmhurain1998": dict(authors=["Ó hAllmhuráin"], title="A Pocket History of Irish Traditional Music", year=1998, kind=B),
 "heaney1976": dict(authors=["Ó hÉanaí"], title="Ó Mo Dhúchas", year=1976, kind=W),
 "olaoire2005": dict(authors=["Ó Laoire"], title="On a Rock in the Middle of the Ocean: Songs and Singers in Tory Island, Ireland", year=2005, kind=B),
 "omadagain2005": dict(authors=["Ó Madagáin"], title="Caointe agus seancheolta eile", year=2005, kind=B),
 "oneill1903": dict(authors=["O'Neill"], title="O'Neill's Music of Ireland", year=1903, kind=B),
 "oneill1907": dict(authors=["O'Neill"], title="The Dance Music of Ireland: 1001 Gems", year=1907, kind=B),
 "oneill1913": dict(authors=["O'Neill"], title="Irish Minstrels and Musicians", year=1913, kind=B),
 "itma": dict(title="Cartlann dhigiteach: taifeadtaí fuaime", url="https://www.itma.ie/ga/cartlann/taifeadtai", kind=W),
 "vallely2011": dict(title="The Companion to Irish Traditional Music", year=2011, kind=B),
 "williams2011": dict(authors=["Williams", "Ó Laoire"], title="Bright Star of the West: Joe Heaney, Irish Song-Man", year=2011, kind=B),
}
put("latex", "ceol-rince-ga", {
 "about": "An invented Irish-language (Gaeilge) seminar paper in LaTeX on the printed collections of Irish dance music (O'Neill's Chicago volumes, Breathnach's Ceol Rince na hÉireann), Comhaltas Ceoltóirí Éireann, sean-nós song, field recordings and the Irish Traditional Music Archive: babel irish, biblatex/biber `style=authoryear`, `\\parencite` and `\\textcite` with and without `lch.` locators and a prenote (`[féach freisin][lch.~52]`), a section by `\\input{caibidil/oneill}` (its lines that file's), a `\\thanks`, `\\printbibliography[title={Saothair a luadh}]`. Each citation is labelled by its `.bib` key (author–year, no footnotes), its note that entry; the literature in biber's printed order (nyt: family name as written with its particle, `Ó hÉanaí` after `Ó hAllmhuráin`, all `Ó …`/`Ní …` before `O'Neill`; the edited `vallely2011` under its editor; the braced corporate author `{Taisce Cheol Dúchais Éireann}` under T), as biber printed it in a copy with babel english (no irish.ldf on this machine) and csquotes removed (not installed). ceol.bib: `@book` (monographs, O'Neill's three books incl. two music collections, Breathnach's collection; Vallely's Companion with `editor` only, editor not keyed), `@article` ×2 with DOIs, `@incollection` (`chapter`, its editor not keyed), `@thesis` (`thesis`), `@audio` (Seosamh Ó hÉanaí's Gael Linn LP, catalogue number CEF 051: `web`, round 85), `@online` with `urldate` and no year (`web`; ITMA, a corporate author, not keyed). Planted: `\\parencite[lch.~xi--xiv]{breathnach1985}` (Breathnach's third volume) has no `.bib` entry: `missing-literature-entry` at its line (22 of the main file), keyed as a pair with no note and no entry. Otherwise clean. Invented: the author Eimear Nic Giolla Phádraig, Dónall Mac Fhlannchadha's chapter and Nóra Ní Bhriain's volume and Cló an Ghleanna, Siobhán Ní Cheallaigh's thesis, the ITMA page's path (ITMA and its host are real; the path is invented). Real works (Breathnach 1963 and 1971, Carolan, Henry, Kearney, Ní Uallacháin, Ó Canainn, Ó hAllmhuráin, Ó hÉanaí's LP, Ó Laoire, Ó Madagáin, O'Neill 1903, 1907, 1913, Vallely, Williams & Ó Laoire) with their data as remembered (publishers, places, the LP's catalogue number, pages and DOIs may differ from the published records).",
 "document": "ceol-rince.tex", "reader": "latex", "clean": True,
 "notes": dict(lx),
 "literature": list(lx.values()),
})

# ---- html: Malayalam on Kerala's music traditions (an institute's web article, endnotes) ----
menon = dict(authors=["Menon"], title="The Courtly Kriti: Swathi Thirunal and the Music of Travancore", year=2019, kind=B)
swathi = dict(authors=["സ്വാതിതിരുനാൾ"], title="സ്വാതിതിരുനാൾ കൃതികൾ", year=2002, kind=B)
groes1 = dict(authors=["Groesbeck"], title="‘Classical Music,’ ‘Folk Music,’ and the Brahmanical Temple in Kerala, India", year=1999, doi="10.2307/834315", kind=A)
sree = dict(authors=["ശ്രീദേവി"], title="സോപാനസംഗീതത്തിലെ രാഗസഞ്ചാരങ്ങൾ", year=2022, doi="10.99999/ksp.2022.7.1.03", kind=A)
zar00 = dict(authors=["Zarrilli"], title="Kathakali Dance-Drama: Where Gods and Demons Come to Play", year=2000, kind=B)
jones = dict(authors=["Jones", "Jones"], title="Kathakali: An Introduction to the Dance-Drama of Kerala", year=1970, kind=B)
groes2 = dict(authors=["Groesbeck"], title="Cultural Constructions of Improvisation in Tāyampaka, a Genre of Temple Instrumental Music in Kerala, India", year=1999, kind=A)
ksna = dict(title="പുരസ്കാരങ്ങൾ: ക്ഷേത്രകലകൾ", url="https://ksna.example.org/puraskarangal/kshetrakala", kind=W)
act = dict(title="Travancore-Cochin Hindu Religious Institutions Act", year=1950, kind=R)
arch = dict(title="ക്ഷേത്രവാദ്യക്കാരുടെ ശമ്പളരജിസ്റ്റർ", kind=U)
hari = dict(authors=["ഹരികൃഷ്ണൻ"], title="കഥകളിസംഗീതത്തിലെ രാഗപ്രയോഗം: കലാമണ്ഡലം ചിട്ടയെ മുൻനിർത്തി ഒരു പഠനം", year=2021, kind=T)
nair = dict(authors=["Nair"], title="Tala Cycles of the Sopanam Style", year=2016, kind=CH)
zar84 = dict(authors=["Zarrilli"], title="The Kathakali Complex: Actor, Performance and Structure", year=1984, kind=B)
kalam = dict(title="കഥകളിസംഗീതം: പാഠ്യപദ്ധതി", url="https://kalamandalam.example.org/courses/kathakali-sangeetham", kind=W)
haid = dict(authors=["ഹൈദരാലി"], title="കഥകളിപ്പദങ്ങൾ", year=1994, kind=W)
ht = [menon, swathi, swathi, groes1, sree, zar00, jones, groes2, ksna, act, arch, zar00, hari, nair, groes2, groes2, zar84, kalam, sree, haid]
put("html", "sopanam-ml", {
 "about": "An invented Malayalam web article (Malayalam script) on an invented institute's site about Kerala's music traditions (Swathi Thirunal's compositions, Sopana sangeetham, Kathakali music, temple drumming, the Kerala Sangeetha Nataka Akademi, Kalamandalam, temple records), with site chrome (header navigation, byline link, og:url, footer): 20 note calls `<sup id=\"ref-N\"><a href=\"#fn-N\">N</a></sup>` (one in a `<figcaption>`, up to three in one paragraph line, two in one sentence) and 20 endnotes `<li id=\"fn-N\">` under കുറിപ്പുകൾ in Chicago note style, English works in Latin script and Malayalam ones in Malayalam script. Kinds: monographs (`book`), an edition of Swathi Thirunal's kritis (`book`, the composer keyed as `സ്വാതിതിരുനാൾ`, the editor not keyed), articles (Asian Music with `https://doi.org/`; Ethnomusicology without DOI; a Malayalam journal with `doi:`), a chapter in an edited volume (`chapter`, editor not keyed), a Malayalam PhD thesis (`thesis`), the Travancore-Cochin Hindu Religious Institutions Act, 1950 (`report`, its year after a comma keyed as its date, round 84), a temple archive's register file with a date range (`unknown`, no year), two web pages with `സന്ദർശിച്ചത്` access dates and no year (`web`; the Akademi and Kalamandalam, corporate authors, not keyed), an audio cassette with label and number (`web` since round 85, the singer keyed by his name after the honorific `കലാമണ്ഡലം`: `ഹൈദരാലി`). Repeats: `അതേ കൃതി, പുറം …` (3 and 16) keyed as the note before; `Zarrilli, Kathakali Dance-Drama, 88.` (12), `Groesbeck, “Cultural Constructions of Improvisation,” 14.` (15) and `ശ്രീദേവി, മുൻ ഉദ്ധരിച്ച ലേഖനം, പുറം 41.` (19) keyed with the full fields of the work they repeat. Malayalam authors keyed by the name after the initials (കെ. ആർ. ശ്രീദേവി → ശ്രീദേവി; എം. പി. ഹരികൃഷ്ണൻ → ഹരികൃഷ്ണൻ). No literature. Clean. Invented: the institute കലാപഠനകേന്ദ്രം and its site kalapadanam.example.org, the author അനിത വാരിയർ, Lakshmi R. Menon's book and Anantha Books, the kritis edition's editor, publisher and year as written, K. R. Sreedevi's article, its journal കേരള സംഗീതപഠനങ്ങൾ and its DOI, M. P. Harikrishnan's thesis, Sreekumar Nair's chapter and Geetha Pillai's volume and Malabar Academic Press, the Koodalmanikyam register file (the Devaswom is real), the Akademi's and Kalamandalam's page addresses (both bodies are real; the hosts are invented), the cassette's label and number (Kalamandalam Hyderali is real). Real works (Groesbeck's two articles, Zarrilli 1984 and 2000, Jones & Jones, the 1950 Act) with their data as remembered (pages, the Asian Music DOI and the Act's number may differ from the published records).",
 "document": "kerala-sangeetham.html", "reader": "html", "clean": True,
 "notes": {str(i + 1): w for i, w in enumerate(ht)},
 "literature": [],
})

# ---- docx: Persian on Persian classical music (the radif of Mirza Abdollah), right to left ----
borumand = dict(authors=["برومند"], title="ردیف میرزا عبدالله به روایت نورعلی برومند", year=1379, kind=W)
during_fa = dict(authors=["دورینگ"], title="سنت و تحول در موسیقی ایرانی", year=1383, kind=B)
rahimi = dict(authors=["رحیمی"], title="تحول گوشه‌های دستگاه ماهور در ردیف‌های ضبط‌شده", year=1398, kind=T)
radio = dict(title="برنامهٔ گل‌ها: اجرای ردیف آوازی در دستگاه ماهور", kind=U)
talai = dict(authors=["طلایی"], title="ردیف میرزا عبدالله: نت‌نویسی آموزشی و تحلیلی", year=1374, kind=B)
law = dict(title="قانون اهداف و وظایف وزارت فرهنگ و ارشاد اسلامی", year=1365, kind=R)
kazemi = dict(authors=["کاظمی"], title="ردیف به مثابه متن: ملاحظاتی در تصحیح ردیف‌های آوازی", year=1398, kind=A)
mahoor = dict(title="معرفی ردیف‌های منتشرشده", url="https://mahoor.example.org/radif", kind=W)
blum = dict(authors=["Blum"], title="Iran: An Introduction", year=2002, kind=CH)
caron = dict(authors=["Caron", "Safvate"], title="Iran: Les traditions musicales", year=1966, kind=B)
during = dict(authors=["During"], title="La musique iranienne: tradition et évolution", year=1984, kind=B)
farhat = dict(authors=["Farhat"], title="The Dastgāh Concept in Persian Music", year=1990, kind=B)
nettl = dict(authors=["Nettl"], title="The Radif of Persian Music: Studies of Structure and Cultural Context", year=1987, kind=B)
nooshin = dict(authors=["Nooshin"], title="The Song of the Nightingale: Processes of Improvisation in Dastgāh Segāh (Iranian Classical Music)", year=1998, doi="10.1080/09681229808567274", kind=A)
sadeghi = dict(authors=["Sadeghi"], title="Recording the Radif: Mahoor Institute Editions and the Canon", year=2024, doi="10.99999/irn.2024.0317", kind=A)
zonis = dict(authors=["Zonis"], title="Classical Persian Music: An Introduction", year=1973, kind=B)
dx = [nettl, talai, talai, borumand, during, during_fa, farhat, nettl, zonis, nooshin, law, law, radio, rahimi, sadeghi, kazemi, blum, mahoor, during_fa, talai]
put("docx", "radif-fa", {
 "about": "An invented Persian article in Word (Arabic script, right to left; Persian digits in Persian-script notes and entries, Western digits in Latin-script ones) on the radif of Mirza Abdollah, its editions, recordings and the law: a Heading 1 title, an author line, Heading 2 sections, 20 footnotes (two or three in one paragraph), Persian works in Persian script and Western works in Latin script. Repeats: `همان، ص ۱۵–۱۶.` (3) and `همان، مادهٔ ۲.` (12) keyed as the note before; short notes `Nettl, The Radif of Persian Music, p. 45.` (8), `دورینگ، سنت و تحول در موسیقی ایرانی، ص ۸۸.` (19) and `طلایی، ردیف میرزا عبدالله، ص ۴۰.` (20) keyed with the full fields of their work. Bibliography: 16 `Bibliography`-style paragraphs after the Heading 1 `منابع`, in two Heading 2 groups (منابع فارسی 8, in Persian alphabetical order by their first word; منابع لاتین 8, alphabetical), the literature in document order. Years as printed: Solar Hijri years of Persian works keyed as the printed number (`۱۳۷۴` → 1374); the access date `دسترسی در ۱۲ آبان ۱۴۰۵` no year. Kinds: monographs and a music edition (Talai's notation of the radif) `book`; Jean During's French book and its Persian translation (translator not keyed) `book`; articles (British Journal of Ethnomusicology with `https://doi.org/`, Iranian Studies with `doi:`, a Mahoor quarterly article) `article`; an encyclopedia article in the Garland Encyclopedia (`chapter`, editors not keyed); an MA thesis `thesis`; the 1365 law on the Ministry of Culture and Islamic Guidance (`report`, year 1365); an archival radio tape (`unknown`, by its item title, no year); Borumand's radif as a Mahoor album with catalogue number (`web` since round 85); the Mahoor Institute's web page (`web`, the institute, a corporate author, not keyed). Planted: the bibliography entry Caron & Safvate 1966 is cited in no footnote: `uncited-literature-entry` at its paragraph; it stays in the literature and has no note. Otherwise clean. Invented: the author Maryam Afsharnia and the university, Fatemeh Rahimi's thesis, Narges Kazemi's article, Arash Sadeghi's Iranian Studies article and its DOI, the radio archive tape and its number, the album's catalogue number M.CD-105, the Mahoor page's host mahoor.example.org (the institute is real). Real works (Nettl 1987, Talai's radif notation, Borumand's radif recording, During 1984 and its Persian translation, Farhat, Zonis, Nooshin, Blum in the Garland Encyclopedia, Caron & Safvate, the 1365 law) with their data as remembered (publishers, years, pages, the translator and the DOI may differ from the published records).",
 "document": "radif-fa.docx", "reader": "docx", "clean": True, "lang": "fa-IR",
 "notes": {str(i + 1): w for i, w in enumerate(dx)},
 "literature": [borumand, during_fa, rahimi, radio, talai, law, kazemi, mahoor, blum, caron, during, farhat, nettl, nooshin, sadeghi, zonis],
})

# ---- pdftext: Uzbek on the Shashmaqom tradition (a journal article's pages) ----
pt = [
 dict(authors=["Levin"], title="The Hundred Thousand Fools of God: Musical Travels in Central Asia (and Queens, New York)", year=1996, kind=B),
 dict(title="The Music of Central Asia", year=2016, kind=B),
 dict(authors=["Успенский"], title="Шесть музыкальных поэм (Шашмаком)", year=1924, kind=B),
 dict(authors=["Fitrat"], title="Oʻzbek klassik musiqasi va uning tarixi", year=1927, kind=B),
 dict(authors=["Rajabiy"], title="Shashmaqom", year=1966, kind=B),
 dict(title="Oʻzbek milliy maqom sanʼatini yanada rivojlantirish chora-tadbirlari toʻgʻrisida", year=2017, kind=R),
 dict(title="Xalqaro maqom sanʼati anjumanini oʻtkazish toʻgʻrisida", year=2018, kind=R),
 dict(title="Shashmaqom music", url="https://ich.unesco.org/en/RL/shashmaqom-music-00089", kind=W),
 dict(authors=["Matyoqubov"], title="Maqomot", year=2004, kind=B),
 dict(title="Maqom ijrochiligi kafedrasi", url="https://konservatoriya.example.org/kafedralar/maqom", kind=W),
 dict(authors=["Djumaev"], title="Musical Heritage and National Identity in Uzbekistan", year=2005, doi="10.1080/17411910500329856", kind=A),
 dict(authors=["Rahimov"], title="Toshkent–Fargʻona maqom yoʻllari", year=2018, kind=CH),
 dict(authors=["Karimov"], title="Shashmaqom nashrlarining matnshunoslik tahlili", year=2022, doi="10.99999/sm.2022.3.05", kind=A),
 dict(title="Shashmaqom yozuvlari boʻyicha ekspeditsiya hisobotlari", kind=U),
 dict(title="Bukhara: Musical Crossroads of Asia", year=1991, kind=W),
 dict(authors=["Xolmatova"], title="Buxoro Shashmaqomi ijrochilik anʼanalari", year=2019, kind=T),
]
put("pdftext", "shashmaqom-uz", {
 "about": "An invented Uzbek journal article (Latin script with oʻ, gʻ and the tutuq belgisi ʼ) as pdftotext gives three pages of an invented journal (Sanʼatshunoslik axborotnomasi): head with ISSN and the article's own DOI, UDK, author and affiliation, title in capitals over two lines, Annotatsiya and Kalit soʻzlar, form feeds, running heads with page numbers on pages 2 and 3; numbered citations in square brackets with locators (`-b.`, `-v.`, `p.`), groups (`[1, p. 31; 2, p. 101–110]`, `[9, 112-b.; 10]`, `[6; 7]`, `[13, 47–50-b.; 5,` ⏎ `IV jild, 5–9-b.]` both pairs at the line where the group starts), numbered in order of first citation, and a FOYDALANILGAN ADABIYOTLAR list of 16 entries in that order (GOST-like: `//` before a journal or database, `–` between areas; continuation lines indented four spaces; a URL and a decree number wrapped after a hyphen). Pairs labelled by the entry's number. Kinds: monographs, V. A. Uspenskiy's 1924 Bukhara notation of the Shashmaqom (in Russian, Cyrillic: `book`), Rajabiy's Shashmaqom vol. I (`book`, title `Shashmaqom`, the volume `I jild: Buzruk` no part), an edited volume (`book`, editors not keyed); two presidential decrees (qarorlar PQ-3391 of 2017 and PQ-3652 of 2018) keyed by their quoted titles (`report`, the head `Oʻzbekiston Respublikasi Prezidentining` and `…gi … qarori` no part); UNESCO's Shashmaqom page and the Conservatory's department page with `murojaat sanasi` and no year (`web`; UNESCO and the Conservatory, corporate authors, not keyed); articles (Ethnomusicology Forum with `DOI:`, an Uzbek journal with `https://doi.org/`); a chapter in a collection (`chapter`, its editor not keyed); an archival file of the National Archives of Uzbekistan by fonds, roʻyxat and yigʻmajild (`unknown`, its date range, no year); a Smithsonian Folkways album with catalogue number (`web` since round 85, the recordists after `/` not keyed); a candidate's dissertation (`thesis`, the `san.f.n. ... diss.` no part of the title). Clean (no planted defect). Invented: the journal, its ISSN and the article's DOI, the author Dilnoza Yoʻldosheva, B. Karimov's article and its DOI and journal issue, S. Rahimov's chapter and N. Yusupova's collection, D. Xolmatova's dissertation, the archival file (fond R-2661, its list, file number, title and dates), the Conservatory page's host konservatoriya.example.org (the Conservatory is real). Real works (Levin 1996, The Music of Central Asia, Uspenskiy 1924, Fitrat 1927, Rajabiy's Shashmaqom, the decrees PQ-3391 and PQ-3652, UNESCO's page, Matyoqubov's Maqomot, Djumaev, the Folkways album SFW 40050) with their data as remembered (decree dates and numbers, publishers, page counts, the DOI and the catalogue number may differ from the published records).",
 "document": "shashmaqom-nashrlar.txt", "reader": "plain-text", "clean": True,
 "notes": {str(i + 1): e for i, e in enumerate(pt)},
 "literature": pt,
})
