import json, os
B, A, W = "book", "article", "web"
lit = [
 dict(number=1, authors=["Исаков"], title="Саразм: к вопросу становления раннеземледельческой культуры Зеравшанской долины", year=1991, kind=B),
 dict(number=2, title="Proto-urban site of Sarazm", year=2010, url="https://whc.unesco.org/en/list/1141", kind=W),
 dict(number=3, authors=["Lyonnet"], title="Sarazm (Tadjikistan): céramiques (Chalcolithique et Bronze ancien)", year=1996, kind=B),
 dict(number=4, authors=["Кузьмина"], title="Древнейшие скотоводы от Урала до Тянь-Шаня", year=1986, kind=B),
 dict(number=5, authors=["Исаков", "Раззоқов"], title="Сафоли Саразм ва таснифоти он", year=2015, kind=A),
 dict(number=6, authors=["Besenval", "Isakov"], title="Sarazm et les débuts du peuplement agricole dans la région de Samarkand", year=1989, kind=A),
 dict(number=7, authors=["Шарипов"], title="Сафолҳои энеолитии Осиёи Миёна", year=2012, kind=B),
 dict(number=8, authors=["Масимов"], title="Керамика Намазга II", year=1976, kind=A),
 dict(number=9, authors=["Kenoyer"], title="Ancient Cities of the Indus Valley Civilization", year=1998, kind=B),
 dict(number=10, authors=["Назаров", "Ҳакимов"], title="Таҳлили спектралии ашёи мисии Саразм", year=2019, kind=A),
 dict(number=11, authors=["Раззоқов"], title="Саразм ва фарҳангҳои ҳамсоя", year=2016, kind=B),
]
notes = {str(e["number"]): {k: v for k, v in e.items() if k != "number"} for e in lit if e["number"] != 11}
cites = [(1,11),(2,11),(3,13),(4,13),(5,15),(6,16),(5,21),(7,21),(8,43),(3,44),(9,44),(1,47),(10,48)]
meta = {
 "about": "An invented Tajik (Cyrillic: ғ ӣ қ ӯ ҳ ҷ) archaeology paper on excavation area 9 of Sarazm (Zarafshan valley), pdflatex (T2A, cm-super 10 pt only, so every text is 10 pt; ӣ/ӯ declared as \\=\\cyri/\\=\\cyru; a4, twoside, first page 41) + pdftotext: title block, abstract and keywords, running heads ('Ҳ. Назаров. Саразм: …' on the odd first page, 'Паёми Донишгоҳи миллии Тоҷикистон. 2021. № 4' on the even page, printed mid-list), page numbers 41/42 in the flow, a table of finds broken into cells by the converter with caption 'Ҷадвали 1: …', a figure caption 'Расми 1: …', GOST numbered citations '[1]', '[3; 4]', '[5, с. 45]', '[5, с. 60–62; 7]', '[3; 9, p. 118]', '[1, с. 88]', 'дар [10]', and an 'Адабиёт' of 11 GOST entries (Russian, Tajik, French and English; '// Журнал. – 2015. – № 3. – С. 40–66.'; a UNESCO web page with URL and 'дата обращения'). Invented: the author Ҳ. Назаров, the area-9 finds and table, entries 5, 7, 8, 10, 11 (and the journals' issues of 5, 10). Real works with data as remembered: Isakov 1991 (Dushanbe: Donish), the UNESCO listing of Sarazm (2010, list no. 1141), Lyonnet 1996 (MMAFAC 7), Kuz'mina 1986, Besenval & Isakov 1989 (Arts asiatiques 44), Kenoyer 1998. Citations read off the converted text with grep -n (reader plain-text, as heldout29's numbered pdftext key). Planted: entry 11 (Раззоқов 2016, line 74) is cited nowhere: uncited-literature-entry at line 74.",
 "document": "sarazm-tg.txt",
 "reader": "plain-text",
 "tex": "sarazm-tg.tex",
 "marker_macro": "nofootnotehere",
 "extra_citations": [[str(a), b] for a, b in cites],
 "clean": True,
 "notes": notes,
 "literature": lit,
 "defects": [{"kind": "uncited-literature-entry", "line": 74}],
}
p = os.path.join(os.path.dirname(__file__), "../pdftext/sarazm-tg/meta.json")
open(p, "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")
