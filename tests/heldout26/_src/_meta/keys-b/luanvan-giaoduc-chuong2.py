import json
notes={
"black1998":dict(authors=["Black","Wiliam"],title="Assessment and Classroom Learning",year=1998,doi="10.1080/0969595980050102",kind="article"),
"hattie2007":dict(authors=["Hattie","Timperley"],title="The Power of Feedback",year=2007,doi="10.3102/003465430298487",kind="article"),
"zimmerman2002":dict(authors=["Zimmerman"],title="Becoming a Self-Regulated Learner: An Overview",year=2002,doi="10.1207/s15430421tip4102_2",kind="article"),
"vygotsky1978":dict(authors=["Vygotsky"],title="Mind in Society: The Development of Higher Psychological Processes",year=1978,kind="book"),
"bgddt2018":dict(title="Chương trình giáo dục phổ thông: Chương trình tổng thể",year=2018,kind="report"),
"nguyen2019":dict(authors=["Nguyễn"],title="Đánh giá năng lực tự học của học sinh trung học cơ sở trong dạy học theo dự án",year=2019,kind="thesis"),
"le2020":dict(authors=["Lê","Phạm"],title="Thực trạng đánh giá bằng nhận xét ở trường tiểu học và trung học cơ sở các tỉnh miền núi phía Bắc",year=2020,kind="article"),
"oecd2016":dict(title="PISA 2015 Results (Volume I): Excellence and Equity in Education",year=2016,doi="10.1787/9789264266490-en",kind="report"),
"bgddt2021web":dict(title="Thông tư 22/2021/TT-BGDĐT quy định về đánh giá học sinh trung học cơ sở và học sinh trung học phổ thông",year=2021,url="https://moet.gov.vn/van-ban/vanban/Pages/chi-tiet-van-ban.aspx?ItemID=1444",kind="web"),
}
cites=[("black1998",28),("hattie2007",32),("black1998",33),("hattie2007",33),("zimmerman2002",36),("vygotsky1978",37),("bgddt2018",41),("nguyen2019",42),("nguyen2019",44),("le2020",44),("oecd2016",51),("bgddt2021web",52),("black1998",56),("hattie2007",63),("bgddt2018",69),("le2020",71),("nguyen2019",71)]
key=dict(document="luanvan-giaoduc-chuong2/luanvan.tex",reader="latex",clean=True,
about="An invented chapter 2 (theoretical background on assessment for learning) of a Vietnamese master's thesis in education, XeLaTeX + fontspec + babel vietnamese, biblatex style=apa with biber: \\textcite, \\parencite, \\parencites[tr.~9--10]{a}[xem thêm][]{b} (one pair per key), \\autocite, \\autocite[tr.~12]{k}, \\textcite[tr.~86]{k}, \\parencite[dựa theo][]{k} inside a \\caption, \\parencite in a booktabs table cell, a commented-out \\parencite (line 48, not a citation; its key worldbank2020 is in the .bib, uncited), \\include commented out. tailieu.bib in Better BibLaTeX's shape: Vietnamese persons stored two-field, family name first as Zotero users do ('Nguyễn, Thị Minh Hằng', keyed by the family name), braced corporate authors (Bộ Giáo dục và Đào tạo, OECD, World Bank: not keyed), @thesis with type = {phdthesis}, @report with type = {Thông tư} and number, @online with urldate, langid, date = {1998-03}. Invented: the thesis, Nguyễn 2019 (thesis), Lê & Phạm 2020 (the journal is real), the moet.gov.vn URL's ItemID. Other works real, data as remembered. Clean.",
citations=[list(c) for c in cites],notes=notes)
open("latex/luanvan-giaoduc-chuong2.key.json","w").write(json.dumps(key,ensure_ascii=False,indent=1)+"\n")
