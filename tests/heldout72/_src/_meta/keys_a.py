"""Writes the meta.json of heldout72 half A's documents (typst, pandoc, supmarkdown, asciidoc,
markdown-links).  Round 85's theme: economics and finance; music and musicology.  Half A:
economics and finance, one sub-field per document (resource economics and public finance in
Kazakh, regional and tourism economics of Graubünden in Romansh, financial history and central
banking in English, Islamic finance and microfinance in Indonesian, cooperative and dairy
economics in Gujarati).  Labels and lines come from the ⟦label⟧ annotations in the sources,
checked on the built files by check_a.py; fields are given here by hand.  Conventions: see
../../README.md, "Half A".  In short: journal and newspaper articles `article`; monographs
`book`; chapters `chapter`; working and discussion papers, central-bank, ministry and
government reports, laws, codes, regulations and fatwas `report`; web pages and datasets and
statistical series `web`; theses `thesis`.  Corporate authors, issuing bodies and editors are not
keyed.  Then:
  /work/main/.venv/bin/python tests/corpus_build/build.py tests/heldout72 ulttyq-qor-kk turissem-rm boe-history-en bmt-syariah-id dudh-sahkar-gu
  python3 tests/heldout72/_src/_meta/check_a.py"""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
B, A, R, CH, W, T, U = "book", "article", "report", "chapter", "web", "thesis", "unknown"


def put(fmt, name, meta, file="meta.json"):
    p = os.path.join(HERE, "..", fmt, name, file)
    open(p, "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")


# ---- typst: Kazakh, resource economics and public finance, refs.bib, chicago-author-date ----
ty = {
 "sachs2001": dict(authors=["Sachs", "Warner"], title="The Curse of Natural Resources", year=2001, doi="10.1016/S0014-2921(01)00125-8", kind=A),
 "corden1982": dict(authors=["Corden", "Neary"], title="Booming Sector and De-Industrialisation in a Small Open Economy", year=1982, doi="10.2307/2232670", kind=A),
 "ross2012": dict(authors=["Ross"], title="The Oil Curse: How Petroleum Wealth Shapes the Development of Nations", year=2012, kind=B),
 "esanov2001": dict(authors=["Esanov", "Raiser", "Buiter"], title="Nature's Blessing or Nature's Curse: The Political Economy of Transition in Resource-Based Economies", year=2001, kind=R),
 "frankel2012": dict(authors=["Frankel"], title="The Natural Resource Curse: A Survey of Diagnoses and Some Prescriptions", year=2012, kind=R),
 "imf2014": dict(title="Republic of Kazakhstan: 2014 Article IV Consultation – Staff Report", year=2014, kind=R),
 "kalyuzhnova2008": dict(authors=["Kalyuzhnova"], title="Economics of the Caspian Oil and Gas Wealth: Companies, Governments, Policies", year=2008, kind=B),
 "kalyuzhnova2011": dict(authors=["Kalyuzhnova"], title="The National Fund of the Republic of Kazakhstan (NFRK): From Accumulation to Stress-Test to Global Future", year=2011, doi="10.1016/j.enpol.2011.08.025", kind=A),
 "pomfret2005": dict(authors=["Pomfret"], title="Kazakhstan's Economy since Independence: Does the Oil Boom Offer a Second Chance for Sustainable Development?", year=2005, doi="10.1080/09668130500199392", kind=A),
 "bayzhanov2017": dict(authors=["Байжанов", "Жұмабаева"], title="Теңгенің еркін бағамы: 2015 жылғы ауысудың инфляцияға әсері", year=2017, doi="10.99999/kaznu.econ.2017.121.3.44", kind=A),
 "zhaksybekov2020": dict(authors=["Жақсыбеков"], title="Мұнай табыстары және «голланд ауруы»: Қазақстан өңдеу өнеркәсібінің динамикасы", year=2020, url="https://dspace.kaznu.example.org/handle/123/8817", kind=T),
 "butjetkodeks2008": dict(title="Қазақстан Республикасының Бюджет кодексі", year=2008, url="https://adilet.zan.kz/kaz/docs/K080000095_", kind=R),
 "nbk2015": dict(title="Қаржылық тұрақтылық туралы есеп, 2015", year=2015, kind=R),
 "nbk2024": dict(title="Қазақстан Республикасы Ұлттық қорының активтері: айлық деректер", year=2024, url="https://nationalbank.kz/kz/page/ulttyq-qor-aktivteri", kind=W),
}
# chicago-author-date: author (a braced body by its name), else title; year; title.  Latin names
# before Cyrillic ones (code point order); the Cyrillic first letters (Б Ж Қ) are chosen so that
# the Kazakh alphabet gives the same order.
TY_ORDER = ["corden1982", "esanov2001", "frankel2012", "imf2014", "kalyuzhnova2008", "kalyuzhnova2011", "pomfret2005",
            "ross2012", "sachs2001", "bayzhanov2017", "zhaksybekov2020", "butjetkodeks2008", "nbk2015", "nbk2024"]
put("typst", "ulttyq-qor-kk", {
 "about": "An invented Kazakh (Cyrillic) article on resource economics and public finance (the National Fund of the Republic of Kazakhstan, the guaranteed transfer and the Budget Code, the 2015 tenge float, the Dutch disease) in Typst: #set document/page/text(lang: \"kk\")/par/heading, a centred title block with #super affiliation marks, @key, @key[б. 829–833], @key[7-тарау], @key[23-бап], two @key side by side (two pairs), #cite(<key>, form: \"prose\"), a bare #cite(<key>) and #cite(<key>, supplement: [б. 31]) in a #figure caption (two pairs on its line), a labelled table <tab-qor> referred to by @tab-qor (a cross reference, no citation), #bibliography(\"refs.bib\", title: \"Әдебиеттер\", style: \"chicago-author-date\"). refs.bib (biblatex, one field a line): real works with data as remembered (Sachs and Warner 2001, Corden and Neary 1982, Ross 2012, Esanov, Raiser and Buiter's EBRD Working Paper 65 of 2001, Frankel's HKS working paper RWP12-014, the IMF's 2014 Article IV staff report as Country Report 14/242 (number as remembered), Kalyuzhnova 2008 and 2011 (DOI as remembered), Pomfret 2005 (DOI as remembered), the Budget Code of 4 December 2008 No. 95-IV at adilet.zan.kz (address as remembered)). Invented: the authors Aigerim Sultanbekova and Nurlan Beisenov and their affiliations, Bayzhanov and Zhumabayeva's article in the KazNU Bulletin (DOI 10.99999/...), Zhaksybekov's thesis (host dspace.kaznu.example.org), the National Bank's 2015 financial stability report title as given, the monthly National Fund page (an invented path on the real host nationalbank.kz) and its version 2024-03, the figures in the table. Every entry is cited; clean.",
 "document": "qor.typ", "reader": "typst", "clean": True,
 "notes": ty,
 "literature": [ty[k] for k in TY_ORDER],
})

# ---- pandoc: Romansh, tourism economics of Graubünden, refs.bib, csl chicago-author-date.csl, lang rm ----
pd = {
 "bak2023": dict(title="Tourismus Benchmarking Graubünden 2022: Die Tourismusdestinationen im internationalen Vergleich", year=2023, kind=R),
 "bieger2010": dict(authors=["Bieger"], title="Tourismuslehre – Ein Grundriss", year=2010, kind=B),
 "are2021": dict(title="Wirkungsanalyse Zweitwohnungsgesetz: Schlussbericht", year=2021, kind=R),
 "bfs2024": dict(title="Beherbergungsstatistik (HESTA): Logiernächte nach Kanton und Herkunftsland", year=2024, url="https://www.bfs.admin.ch/bfs/de/home/statistiken/tourismus/hesta.html", kind=W),
 "zwg2015": dict(title="Bundesgesetz über Zweitwohnungen (Zweitwohnungsgesetz, ZWG) vom 20. März 2015", year=2015, url="https://www.fedlex.admin.ch/eli/cc/2016/8/de", kind=R),
 "caduff2021": dict(authors=["Caduff"], title="Ils pendicularas pitschnas en Surselva: Finanziaziun publica ed effects regiunals", year=2021, url="https://doc.unifr.example.org/masters/caduff-2021", kind=T),
 "cathomen2018": dict(authors=["Cathomen", "Bezzola"], title="Las abitaziuns secundaras ed il martgà da lavur en Engiadina Bassa", year=2018, doi="10.99999/annalas.131.2018.77", kind=A),
 "derungs2019": dict(authors=["Derungs"], title="Cura ch'il runal sa ferma: las pendicularas en la crisa", year=2019, url="https://www.quotidiana.example.net/2019/11/12/pendicularas-crisa", kind=A),
 "hilber2020": dict(authors=["Hilber", "Schöni"], title="On the Economic Impacts of Constraining Second Home Investments", year=2020, doi="10.1016/j.jue.2020.103266", kind=A),
 "laesser2013": dict(authors=["Laesser", "Beritelli"], title="St. Gallen Consensus on Destination Management", year=2013, doi="10.1016/j.jdmm.2013.01.003", kind=A),
 "regierung2020": dict(title="Regierungsprogramm und Finanzplan 2021–2024", year=2020, kind=R),
 "rhb2023": dict(title="Geschäftsbericht 2022", year=2023, kind=R),
 "tscharner2016": dict(authors=["Tscharner"], title="Bergbahnen als Standortfaktor im alpinen Tourismus", year=2016, kind=CH),
 "plaz2013": dict(authors=["Plaz", "Schmid"], title="Strukturwandel im Bündner Tourismus: Ursachen, Folgen und Handlungsfelder", year=2013, kind=B),
}
# chicago-author-date.csl (not in the folder), lang rm: author (a body by its name), else title; year; title.
PD_ORDER = ["bak2023", "bieger2010", "are2021", "bfs2024", "zwg2015", "caduff2021", "cathomen2018", "derungs2019",
            "hilber2020", "laesser2013", "plaz2013", "regierung2020", "rhb2023", "tscharner2016"]
put("pandoc", "turissem-rm", {
 "about": "An invented Romansh (Rumantsch Grischun) article on the regional and tourism economics of Graubünden (the Second Homes Act of 2015, overnight stays, mountain railways and the Rhaetian Railway, cantonal finances) in Pandoc Markdown: YAML header with title, two authors with affiliations, date, lang: rm, abstract, keywords, bibliography: refs.bib (biblatex), csl: chicago-author-date.csl (not in the folder), link-citations; citations [@key, p. 11--19], [@a, p. 24; cf. @b, chap. 3], narrative @key and @key [p. 4--6], [@key, art. 6--7], suppressed-author [-@key, p. 52], [@a, chap. 4; @b,] wrapped over two lines (the second key on the next line), [@a; @b], three cells of a pipe table's source column, one inline note ^[...] opening on one line and holding a citation on its next line (the note a pair ^1 at the line where it opens, the citation a pair of its own), a 'Bibliografia {-}' heading with ::: {#refs}. refs.bib: real works and bodies with data as remembered (BAK Economics' benchmarking report for Graubünden (title and year as remembered), Bieger's Tourismuslehre 3rd ed. 2010, the ARE's Wirkungsanalyse Zweitwohnungsgesetz 2021, the BFS HESTA statistics (path as remembered; version 2024-02 invented), the Zweitwohnungsgesetz of 20 March 2015, SR 702 (fedlex address as remembered), Hilber and Schöni 2020 (DOI as remembered), Laesser and Beritelli 2013 (DOI as remembered), the cantonal government programme 2021–2024, the Rhaetian Railway's annual report 2022, the Schweizer Jahrbuch für Tourismus 2015/2016 and its editors (not keyed)). Invented: the authors Seraina Casutt and Andri Vital, Gion Caduff's master thesis (host doc.unifr.example.org), Ursina Cathomen and Men Bezzola's article in the real journal Annalas da la Societad Retorumantscha (DOI 10.99999/...), Flurina Derungs's La Quotidiana piece (host quotidiana.example.net), Reto Tscharner's chapter, Patrik Plaz and Stefan Schmid's book as titled, the figures in the table. Every entry is cited; clean.",
 "document": "turissem.md", "reader": "pandoc-markdown", "clean": True,
 "notes": pd,
 "literature": [pd[k] for k in PD_ORDER],
})

# ---- supmarkdown: English financial history and central banking, <sup>n</sup>, numbered ## References (Vancouver) ----
sm = [
 dict(authors=["Thomas", "Dimsdale"], title="A millennium of macroeconomic data for the UK", year=2017, url="https://www.bankofengland.co.uk/statistics/research-datasets", kind=W),
 dict(authors=["Reinhart", "Rogoff"], title="This time is different: eight centuries of financial folly", year=2009, kind=B),
 dict(authors=["Friedman", "Schwartz"], title="A monetary history of the United States, 1867–1960", year=1963, kind=B),
 dict(authors=["Bordo"], title="The lender of last resort: alternative views and historical experience", year=1990, kind=A),
 dict(authors=["Bagehot"], title="Lombard Street: a description of the money market", year=1873, kind=B),
 dict(authors=["Schularick", "Taylor"], title="Credit booms gone bust: monetary policy, leverage cycles, and financial crises, 1870–2008", year=2012, doi="10.1257/aer.102.2.1029", kind=A),
 dict(title="Market yield on U.S. Treasury securities at 10-year constant maturity", year=2024, url="https://fred.stlouisfed.org/series/DGS10", kind=W),
 dict(authors=["Jordà", "Schularick", "Taylor"], title="Macrofinancial history and the new business cycle facts", year=2017, doi="10.1086/690241", kind=A),
 dict(authors=["Kindleberger", "Aliber"], title="Manias, panics and crashes: a history of financial crises", year=2015, kind=B),
 dict(authors=["Hollis-Marsh"], title="Discount window lending in the Bank of England's weekly returns, 1890–1914", year=2024, url="https://www.bankofengland.example.org/working-paper/2024/discount-window-lending", kind=R),
 dict(authors=["Eichengreen"], title="Golden fetters: the gold standard and the Great Depression, 1919–1939", year=1992, kind=B),
 dict(authors=["Bernanke"], title="Nonmonetary effects of the financial crisis in the propagation of the Great Depression", year=1983, kind=A),
 dict(authors=["Adeyemi-Clarke"], title="Central bank balance sheets and the interwar gold exchange standard", year=2019, url="https://etheses.lse.example.org/4127/", kind=T),
 dict(authors=["Varga"], title="Bank rate and the London money market before 1914", year=2016, kind=CH),
 dict(authors=["Goodhart"], title="The Basel Committee on Banking Supervision: a history of the early years, 1974–1997", year=2011, doi="10.1017/CBO9780511996238", kind=B),
 dict(title="Basel III: a global regulatory framework for more resilient banks and banking systems", year=2010, url="https://www.bis.org/publ/bcbs189.htm", kind=R),
 dict(authors=["Capie"], title="The Bank of England: 1950s to 1979", year=2010, kind=B),
 dict(authors=["Pellow"], title="The Bank's long memory: three centuries of data go online", year=2015, url="https://www.ft.example.net/content/bank-long-memory", kind=A),
]
put("supmarkdown", "boe-history-en", {
 "about": "An invented English working paper on financial history and central banking (the Bank of England's long-run dataset and the lender of last resort before 1914, Bagehot's rule, the interwar gold standard, Basel) in Markdown with <sup>n</sup> note numbers (comma lists one pair per number; three pairs in three cells of a table's source column) and a numbered '## References' list in Vancouver form, as a working draft pastes it. Real works with data as remembered: Thomas and Dimsdale's A millennium of macroeconomic data for the UK, version 3.1, 2017 (the version not part of the title), Reinhart and Rogoff 2009, Friedman and Schwartz 1963, Bordo 1990 in the Richmond Fed's Economic Review, Bagehot 1873, Schularick and Taylor 2012 in the AER, the FRED series DGS10 (Board of Governors a body, not keyed), Jordà, Schularick and Taylor 2017 in the NBER Macroeconomics Annual (DOI as remembered), Kindleberger and Aliber 2015 (7th ed.), Eichengreen 1992, Bernanke 1983, the Oxford Handbook of Banking and Financial History 2016 edited by Cassis, Grossman and Schenk (editors not keyed), Goodhart 2011 (DOI as remembered), BCBS 189 Basel III 2010 (the Committee a body, not keyed), Capie 2010. Invented: the author Martin O'Driscoll-Weir and the University of Carrowmore, E. Hollis-Marsh's Staff Working Paper No. 1099 (host bankofengland.example.org), T. Adeyemi-Clarke's thesis (host etheses.lse.example.org), L. Varga's chapter in the real handbook, R. Pellow's Financial Times piece (host ft.example.net), the figures in the text. Planted defect: <sup>19</sup> in the last paragraph cites a number with no entry in the list of 18: missing-literature-entry at its line, the citation keyed as a pair with no note.",
 "document": "lender.md", "reader": "sup-markdown", "clean": True,
 "notes": {str(i + 1): e for i, e in enumerate(sm)},
 "literature": [dict(number=i + 1, **e) for i, e in enumerate(sm)],
})

# ---- asciidoc: Indonesian Islamic finance and microfinance, <<key>>, [bibliography] ----
ad = {
 "antonio2001": dict(authors=["Antonio"], title="Bank Syariah: Dari Teori ke Praktik", year=2001, kind=B),
 "bi2023": dict(title="Kajian Ekonomi dan Keuangan Syariah Indonesia 2022", year=2023, kind=R),
 "beck2013": dict(authors=["Beck", "Demirgüç-Kunt", "Merrouche"], title="Islamic vs. Conventional Banking: Business Model, Efficiency and Stability", year=2013, doi="10.1016/j.jbankfin.2012.09.016", kind=A),
 "dsn2000a": dict(title="Fatwa DSN-MUI Nomor 04/DSN-MUI/IV/2000 tentang Murabahah", year=2000, kind=R),
 "dsn2000b": dict(title="Fatwa DSN-MUI Nomor 07/DSN-MUI/IV/2000 tentang Pembiayaan Mudharabah (Qiradh)", year=2000, kind=R),
 "hidayat2022": dict(authors=["Hidayat"], title="BMT di Tengah Gempuran Pinjaman Daring", year=2022, url="https://www.kompas.example.net/baca/ekonomi/2022/03/14/bmt-pinjaman-daring", kind=A),
 "karim2004": dict(authors=["Karim"], title="Bank Islam: Analisis Fiqih dan Keuangan", year=2004, kind=B),
 "nurhayati2019": dict(authors=["Nurhayati"], title="Kinerja Keuangan Baitul Maal wa Tamwil di Jawa Tengah, 2012–2017", year=2019, url="https://eprints.walisongo.example.org/10244/", kind=T),
 "obaidullah2008": dict(authors=["Obaidullah"], title="Introduction to Islamic Microfinance", year=2008, kind=B),
 "ojk2015": dict(title="Peraturan Otoritas Jasa Keuangan Nomor 61/POJK.05/2015 tentang Perubahan atas Peraturan Otoritas Jasa Keuangan Nomor 13/POJK.05/2014 tentang Penyelenggaraan Usaha Lembaga Keuangan Mikro", year=2015, kind=R),
 "ojk2024": dict(title="Statistik Perbankan Syariah Desember 2023", year=2024, url="https://ojk.go.id/id/kanal/syariah/data-dan-statistik/statistik-perbankan-syariah/Default.aspx", kind=W),
 "pratama2021": dict(authors=["Pratama", "Lestari"], title="Pembiayaan Mudarabah dan Risiko Pembiayaan Bermasalah pada BMT di Yogyakarta", year=2021, doi="10.99999/jesi.v11i2.2021.145", kind=A),
 "uu2008": dict(title="Undang-Undang Nomor 21 Tahun 2008 tentang Perbankan Syariah", year=2008, kind=R),
 "uu2013": dict(title="Undang-Undang Nomor 1 Tahun 2013 tentang Lembaga Keuangan Mikro", year=2013, kind=R),
 "sakai2010": dict(authors=["Sakai"], title="Growing Together in Partnership: Women's Views of the Business Practices of an Islamic Savings and Credit Cooperative (Baitul Maal Wat Tamwil) in Central Java, Indonesia", year=2010, doi="10.1016/j.wsif.2010.02.019", kind=A),
 "seibel2008": dict(authors=["Seibel"], title="Islamic Microfinance in Indonesia: The Challenge of Institutional Diversity, Regulation, and Supervision", year=2008, doi="10.1355/SJ23-1D", kind=A),
 "wahyudi2015": dict(authors=["Wahyudi"], title="Koperasi Syariah dan BMT sebagai Lembaga Keuangan Mikro", year=2015, kind=CH),
}
AD_ORDER = list(ad)  # the printed list's order: alphabetical by the first name printed, then year, then title
put("asciidoc", "bmt-syariah-id", {
 "about": "An invented Indonesian article on Islamic finance and microfinance (Law 21/2008 on Sharia banking, Law 1/2013 and the OJK regulation on microfinance institutions, DSN-MUI fatwas on murabahah and mudharabah, OJK Sharia banking statistics, Baitul Maal wa Tamwil cooperatives) in AsciiDoc: a header with author line (host feb.example.ac.id) and attributes, an [abstract] block, <<key>> and <<key,hlm. 25–31>>/<<key,Pasal 1 angka 7>>/<<key,Tabel 1.1>> citations, grouped <<a>>; <<b>> (two pairs), a sentence wrapped over two lines with a citation on each, a section anchor [[kerangka]] referred to by <<kerangka>> (no citation), an AsciiDoc table whose source column cites (one cell two pairs), and a [bibliography] section 'Daftar Pustaka' with one alphabetical list in Indonesian author-date form (persons inverted first, then uninverted after ', dan'; bodies by name; laws under Republik Indonesia). Real works with data as remembered: Antonio 2001, Beck, Demirgüç-Kunt and Merrouche 2013 (DOI as remembered), the DSN-MUI fatwas 04 and 07 of 2000, Karim 2004 (edition as remembered), Obaidullah 2008, POJK 61/POJK.05/2015 (number and title as remembered), OJK's Statistik Perbankan Syariah (address as remembered), Law 21/2008 (State Gazette 2008 No. 94) and Law 1/2013 (State Gazette number as remembered), Sakai 2010 (DOI as remembered), Seibel 2008 (DOI as remembered), Bank Indonesia's Kajian Ekonomi dan Keuangan Syariah Indonesia (year as remembered). Invented: the author Rahmawati Saputri, Ahmad Hidayat's Kompas piece (host kompas.example.net), Siti Nurhayati's master thesis (host eprints.walisongo.example.org), Rizky Pratama and Dewi Lestari's article and its journal (DOI 10.99999/...), Imam Wahyudi's chapter in the invented volume edited by Muhammad Firdaus (editor not keyed), the figures in the text. Planted defect: [[[obaidullah2008]]] is cited nowhere: uncited-literature-entry at its line (in the literature, not in the notes).",
 "document": "bmt.adoc", "reader": "asciidoc", "clean": True,
 "notes": {k: v for k, v in ad.items() if k != "obaidullah2008"},
 "literature": [ad[k] for k in AD_ORDER],
})

# ---- markdown-links: Gujarati dairy cooperatives, inline links, further-reading list (APA) ----
ml = [
 dict(title="ગુજરાત સહકારી મંડળીઓ અધિનિયમ, ૧૯૬૧", year=1961, url="https://gujaratindia.example.org/acts/cooperative-societies-act-1961.pdf", kind=R),
 dict(authors=["ચૌધરી"], title="ઉત્તર ગુજરાતના જિલ્લા દૂધ સંઘોની કાર્યક્ષમતાનો તુલનાત્મક અભ્યાસ", year=2016, url="https://shodhganga.example.org/handle/10603/118842", kind=T),
 dict(authors=["દેસાઈ"], title="દૂધના ભાવ અને નાના પશુપાલકો", year=2021, url="https://www.gujaratsamachar.example.net/news/2021/11/26/dudh-bhav", kind=A),
 dict(authors=["પટેલ"], title="ગામની દૂધ મંડળીઓમાં મહિલાઓની ભાગીદારી", year=2018, doi="10.99999/sahkar.2018.12.3.22", kind=A),
 dict(authors=["મહેતા"], title="દૂધ ખરીદ ભાવની ફોર્મ્યુલા: ચરબી અને એસએનએફ", year=2020, doi="10.99999/epw.2020.55.18.41", kind=A),
 dict(authors=["Alderman"], title="Cooperative dairy development in Karnataka, India: An assessment", year=1987, url="https://www.ifpri.org/publication/cooperative-dairy-development-karnataka-india", kind=R),
 dict(authors=["Basu", "Chakraborty"], title="Land, labor, and rural development: Analyzing participation in India's village dairy cooperatives", year=2008, doi="10.1080/00330120801985661", kind=A),
 dict(authors=["Cunningham"], title="Rural and urban linkages: Operation Flood's role in India's dairy development", year=2009, url="https://www.ifpri.org/publication/rural-and-urban-linkages-operation-floods-role-indias-dairy-development", kind=R),
 dict(title="20th Livestock Census–2019: All India report", year=2019, url="https://dahd.nic.in/sites/default/filess/20th%20Livestock%20census-2019%20All%20India%20Report.pdf", kind=R),
 dict(authors=["Doornbos", "van Dorsten", "Mitra", "Terhal"], title="Dairy aid and development: India's Operation Flood", year=1990, url="https://www.sagepub.example.net/dairy-aid-and-development", kind=B),
 dict(title="Organisation", year=2024, url="https://amul.com/m/organisation", kind=W),
 dict(authors=["Heredia"], title="The Amul India story", year=1997, url="https://archive.example.org/details/amul-india-story-1997", kind=B),
 dict(authors=["Kurien"], title="I too had a dream", year=2005, url="https://www.rolibooks.example.net/i-too-had-a-dream", kind=B),
 dict(title="Genesis", url="https://www.nddb.coop/about/genesis", kind=W),
 dict(title="Annual report 2022–23", year=2023, url="https://www.nddb.coop/sites/default/files/annual-report-2022-23.pdf", kind=R),
 dict(authors=["Scholten"], title="India's white revolution: Operation Flood, food aid and development", year=2010, url="https://www.bloomsbury.example.net/scholten-india-white-revolution", kind=B),
]
put("markdown-links", "dudh-sahkar-gu", {
 "about": "An invented Gujarati (Gujarati script) heritage-site article on cooperative and dairy economics (the Anand pattern and Amul, Verghese Kurien, the NDDB and Operation Flood, the Gujarat Cooperative Societies Act 1961, the 20th Livestock Census) citing by inline [text](http...) links only, with relative navigation and footer links and a '#vanchan' anchor link (no citations), a pipe table with links in its source column, and an unnumbered '## વધુ વાંચન' list in APA form with <...> addresses: Gujarati-script entries first in the Gujarati alphabet's order (which the code points follow), then Latin-script ones; each body link to a list address is a pair labelled by that entry's position (repeated links too). Real works and bodies with data as remembered: the Gujarat Cooperative Societies Act 1961 (its Gujarati title and act number as remembered; the government a body, not keyed), Alderman 1987 (IFPRI Research Report 64) and Cunningham 2009 (IFPRI Discussion Paper 00924) with their IFPRI pages (paths as remembered), Basu and Chakraborty 2008 in The Professional Geographer (DOI as remembered), the 20th Livestock Census All India report 2019 (address as remembered; the department a body), Doornbos, van Dorsten, Mitra and Terhal 1990, the GCMMF's page at amul.com (path as remembered), Heredia 1997, Kurien 2005, the NDDB's Genesis page (undated) and annual report 2022–23 (paths as remembered), Scholten 2010. Invented: the author Hetal Trivedi, K. Chaudhari's doctoral thesis (host shodhganga.example.org), M. Desai's Gujarat Samachar piece (host gujaratsamachar.example.net), R. Patel's article in a journal 'Sahkar' and S. Mehta's EPW article in Gujarati (DOIs 10.99999/...), the publishers' pages on example hosts (rolibooks.example.net, archive.example.org, sagepub.example.net, bloomsbury.example.net). Every entry is linked; clean.",
 "document": "dudh.md", "reader": "markdown-links", "clean": True,
 "notes": {str(i + 1): e for i, e in enumerate(ml)},
 "literature": ml,
})
