import json, os
B, A, C, R = "book", "article", "commentary", "report"
law = dict(title="Daýhan birleşikleri hakynda", year=2005)
law_short = dict(title="Daýhan birleşikleri hakynda")
pom06 = dict(authors=["Pomfret"], title="The Central Asian Economies since Independence", year=2006, kind=B)
pom00 = dict(authors=["Pomfret"], title="Agrarian Reform in Uzbekistan: Why Has the Chinese Model Failed?", year=2000, kind=A)
ann = dict(authors=["Annaýew"], title="Pagta önümçiliginde baha syýasaty we daýhan girdejisi", year=2018, kind=A)
wb = dict(title="Turkmenistan: Country Economic Memorandum", year=2019, kind=R, url="https://openknowledge.worldbank.org/handle/10986/31874")
notes = {"1": dict(kind=C), "2": law, "3": pom06, "4": pom06, "5": pom00, "6": dict(kind=C),
         "7": ann, "8": ann, "9": pom06, "10": wb, "11": pom00, "12": law_short}
lit = [law, ann, pom00, pom06, wb]
meta = {
 "about": "An invented Turkmen (Latin: ç ä ň ö ş ü ý ž) economics article (Word, tk-TM, footnotes) on the state cotton procurement system, Chicago/law-review notes: an author note (commentary), a statute cited by name and date ('Türkmenistanyň «Daýhan birleşikleri hakynda» Kanuny, 2005-nji ýylyň 21-nji maýy, 17-nji madda.') and its short form '«Daýhan birleşikleri hakynda» Kanun, 19-njy madda.', full first notes, 'Şol ýerde, 92.' and 'Ibid., 50.' (ibid.), short notes 'Pomfret, *Central Asian Economies*, 120.', a terminological commentary note, a World Bank report with its URL as a hyperlink, a 4×4 table and caption, an 'Edebiýat' list of 5 (the statute first). Invented: the author, Ç. Annaýew's article and the journal issue, the table's figures, the World Bank handle number (the memorandum's existence and year are as the writer remembers them, not checked). The statute title and date are given as the writer remembers them and may differ. Real works with data as remembered: Pomfret 2006 (Princeton UP); Pomfret 2000 (EDCC 48(2)). Statute keyed by its title (the law's name) and year; the short statute note by title only; the World Bank as corporate author, not keyed. Clean.",
 "document": "pagta-bazary-tk.docx",
 "reader": "docx",
 "lang": "tk-TM",
 "clean": True,
 "notes": notes,
 "literature": lit,
}
p = os.path.join(os.path.dirname(__file__), "../docx/pagta-bazary-tk/meta.json")
open(p, "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")
