import json
A="article"
notes={
"1":dict(year=2017),
"3":dict(kind="commentary"),
"kemendikbud2019siaran":dict(title="Sistem Zonasi Mempercepat Pemerataan Pendidikan yang Berkualitas",year=2019,url="https://www.kemdikbud.go.id/main/blog/2019/06/sistem-zonasi-mempercepat-pemerataan-pendidikan-yang-berkualitas",kind="web"),
"burgess2015":dict(authors=["Burgess","Greaves","Vignoles","Wilson"],title="What Parents Want: School Preferences and School Choice",year=2015,doi="10.1111/ecoj.12153",kind=A),
"wulandari2021":dict(authors=["Wulandari","Hidayat"],title="Dampak Sistem Zonasi PPDB terhadap Pemerataan Mutu Sekolah Menengah di Kota Yogyakarta",year=2021,kind=A),
"suryadarma2006":dict(authors=["Suryadarma","Suryahadi","Sumarto","Rogers"],title="Improving Student Performance in Public Primary Schools in Developing Countries: Evidence from Indonesia",year=2006,doi="10.1080/09645290600854110",kind=A),
"pradhan2014":dict(authors=["Pradhan","Suryadarma","Beatty","Wong","Gaduh","Alisjahbana","Artha"],title="Improving Educational Quality through Enhancing Community Participation: Results from a Randomized Field Experiment in Indonesia",year=2014,doi="10.1257/app.6.2.105",kind=A),
"worldbank2020":dict(title="The Promise of Education in Indonesia",year=2020,doi="10.1596/34807",kind="report"),
"rosser2018":dict(authors=["Rosser"],title="Beyond Access: Making Indonesia's Education System Work",year=2018,kind="report"),
"pratama2020":dict(authors=["Pratama"],title="Sistem Zonasi dan Segregasi Sosial di Sekolah Menengah Pertama Negeri Kota Yogyakarta",year=2020,kind="thesis"),
}
cites=[("1",17),("kemendikbud2019siaran",19),("burgess2015",21),("wulandari2021",21),("suryadarma2006",24),("pradhan2014",26),("^1",26),("worldbank2020",27),("2",31),("rosser2018",32),("pratama2020",48),("^2",49),("worldbank2020",51),("rosser2018",55),("suryadarma2006",55),("3",56),("wulandari2021",63),("suryadarma2006",77)]
key=dict(document="kebijakan-zonasi/kebijakan-zonasi.md",reader="pandoc-markdown",clean=True,
about="An invented Indonesian education-policy brief (draft 3) on the school zoning system (sistem zonasi) in new-student admission (PPDB), Pandoc Markdown: YAML with lang: id-ID, bibliography: references.bib, csl: apa-id.csl (not shipped), link-citations; [@k], [@a; @b, hlm. 150], narrative @k, @k [bab 3], [@k, hlm. 12], [bandingkan @k] in the appendix after the refs div; three [^n] footnotes (1: a ministerial regulation written out, keyed by year only; 2: two regulations named plus a citation @wulandari2021 inside the note, line 63, no fields keyed for the note; 3: commentary) and two inline notes ^[...] (^1 at line 26 citing @worldbank2020 on line 27; ^2 at line 49 naming a property site by autolink, not keyed with fields); '::: {#refs}' div under a 'Daftar Pustaka' heading placed BEFORE 'Lampiran A' (appendix), a pipe table with caption {#tbl:kuota}, an HTML comment holding [@dapodik2023] (line 43, not a citation). references.bib: @article, @online with month/urldate and braced corporate author, @thesis type Tesis magister, @report (Lowy Institute Analysis; World Bank corporate, not keyed). Invented: the brief, its authors, interviews, table figures, Wulandari & Hidayat 2021 and its journal volume, Pratama 2020, the kemdikbud URL slug. Other works real, data as remembered. Clean.",
citations=[list(c) for c in cites],notes=notes)
open("pandoc/kebijakan-zonasi.key.json","w").write(json.dumps(key,ensure_ascii=False,indent=1)+"\n")
