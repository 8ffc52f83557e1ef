import json
A,B="article","book"
lit=[
dict(authors=["Hebert","Cywinska","Ball","deWaard"],title="Biological identifications through DNA barcodes",year=2003,doi="10.1098/rspb.2002.2218",kind=A),
dict(authors=["Popescu"],title="Filogeografia speciei Bombina variegata în Carpații Orientali",year=2018,kind="thesis"),
dict(authors=["Ionescu","Stan"],title="Distribuția ursului brun (Ursus arctos) în Munții Făgăraș: o reevaluare pe baza capcanelor foto",year=2020,kind=A),
dict(title="Raport privind starea mediului în România pe anul 2020",year=2021,url="http://www.anpm.ro/ro/raport-de-mediu",kind="report"),
dict(authors=["Boia"],title="Istorie și mit în conștiința românească",year=1997,kind=B),
dict(authors=["Iorga"],title="Istoria românilor prin călători",year=1928,kind=B),
dict(authors=["Ciobanu"],title="Reforma agrară din 1921 și efectele ei demografice în Moldova de sud",year=2019,kind=A),
dict(authors=["Rahimi","Karimi","Moradi"],title="بررسی تنوع ژنتیکی گوسفندان بومی ایران با استفاده از نشانگرهای ریزماهواره",year=2021,kind=A),
dict(authors=["Tahmasebi"],title="مطالعه فلور گیاهان دارویی منطقه حفاظت‌شده ارسباران",year=2016,kind="thesis"),
dict(authors=["Zarrinkoob"],title="تاریخ مردم ایران: ایران قبل از اسلام",year=1999,kind=B),
dict(authors=["Nasr"],title="Science and Civilization in Islam",year=1968,kind=B),
dict(title="The Cambridge History of Iran: The Period from the Arab Invasion to the Saljuqs",year=1975,doi="10.1017/CHOL9780521200936",kind=B),
dict(authors=["Nasr"],title="Life sciences, alchemy and medicine",year=1975,kind="chapter"),
dict(title="Botany",year=1989,url="https://www.iranicaonline.org/articles/botany",kind="web"),
dict(authors=["Zohary","Hopf"],title="Domestication of Plants in the Old World: The Origin and Spread of Cultivated Plants in West Asia, Europe, and the Nile Valley",year=2000,kind=B),
]
key=dict(reader="bibtex",clean=True,
about="An invented JabRef 5 library (biblatex mode) of a doctoral student working across biology and history, Romanian and Persian: '% Encoding: UTF-8', an @String used as a journaltitle (prsb), capitalised entry types (@Article, @Thesis, @Report, @Book, @Collection, @InCollection, @Online) with JabRef's aligned '=' padding and trailing commas, JabRef fields groups/file/timestamp, date = {2003-02} and {2021-03}, langid (english, romanian, persian), @Thesis with type = {phdthesis} and {mathesis} (a Persian university as institution), @Report with a braced corporate author (not keyed) and urldate, @Online with urldate and organization, @Collection with an editor only (no authors keyed, kind book) and an @InCollection chapter that takes its year (and book) only through crossref = {frye1975} (keyed with year 1975), Romanian diacritics with comma below (ș, ț) and „…“ quotes, Persian titles, journal and publisher with a zero-width non-joiner, \\emph{} in titles, three @Comment{jabref-meta: …} blocks (databaseType, fileDirectory, a grouping tree with a Persian group name). 15 literature entries in file order, no citations. Invented: the library, Popescu 2018, Ionescu & Stan 2020 (the journal is real), Ciobanu 2019 (the journal is real), Rahimi et al. 2021 (journal title as remembered), Tahmasebi 2016, the ANPM URL path. Other works real, data as remembered. Planted: rahimi2021 gives pages twice (45--58 at line 96, 45--68 at line 99: a hand merge outside JabRef), malformed-field (duplicate-field) at line 99.",
citations=[],literature=lit,defects=[dict(kind="malformed-field",line=99)])
open("bibtex/biblioteca-doctorat.key.json","w").write(json.dumps(key,ensure_ascii=False,indent=1)+"\n")
