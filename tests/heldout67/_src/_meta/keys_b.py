"""Writes the meta.json of heldout67 half B's documents (rmarkdown, docx, odt, pdftext, mediawiki).
Round 80's theme for half B: astronomy and space science.  Labels and lines come from the
⟦label⟧ annotations in the sources (for the odt, from its {fn:…} footnotes); fields are given here
by hand.  Conventions: ../../HALF_B.md.  Then:
  .venv/bin/python tests/corpus_build/build.py tests/heldout67 wasp12-ttv-en srt-sole-it sao-choi-vi
  .venv/bin/python tests/corpus_build/build_docx.py tests/heldout67 carte-du-ciel-fr
  .venv/bin/python tests/heldout67/_src/_meta/build_odt_b.py
  python3 tests/heldout67/_src/_meta/check_b.py"""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
B, A, C, R, CH, W, T, U, P = "book", "article", "commentary", "report", "chapter", "web", "thesis", "unknown", "patent"


def put(fmt, name, meta):
    p = os.path.join(HERE, "..", fmt, name, "meta.json")
    open(p, "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")


# ---- rmarkdown: English exoplanet photometry (TESS transit timing of WASP-12b), R Markdown + BibTeX, csl: american-astronomical-society ----
rm = {
 "agol2005": dict(authors=["Agol", "Steffen", "Sari", "Clarkson"], title="On detecting terrestrial planets with timing of giant planet transits", year=2005, doi="10.1111/j.1365-2966.2005.08922.x", kind=A),
 "astropy2022": dict(title="The Astropy Project: Sustaining and Growing a Community-oriented Open-source Project and the Latest Major Release (v5.0) of the Core Package", year=2022, doi="10.3847/1538-4357/ac7c74", kind=A),
 "foremanmackey2013": dict(authors=["Foreman-Mackey", "Hogg", "Lang", "Goodman"], title="emcee: The MCMC Hammer", year=2013, doi="10.1086/670067", kind=A),
 "gaia2023": dict(authors=["Collaboration", "Vallenari"], title="Gaia Data Release 3: Summary of the content and survey properties", year=2023, doi="10.1051/0004-6361/202243940", kind=A),
 "halvorsen2025": dict(authors=["Halvorsen", "Castellanos-Pryce"], title="A homogeneous transit-timing catalogue of hot Jupiters from TESS Cycles 1–6", year=2025, kind=A),
 "holman2005": dict(authors=["Holman", "Murray"], title="The Use of Transit Timing to Detect Terrestrial-Mass Extrasolar Planets", year=2005, doi="10.1126/science.1107822", kind=A),
 "ivshina2022": dict(authors=["Ivshina", "Winn"], title="TESS Transit Timing of Hundreds of Hot Jupiters", year=2022, doi="10.3847/1538-4365/ac545b", kind=A),
 "jenkins2016": dict(authors=["Jenkins", "Twicken", "McCauliff"], title="The TESS science processing operations center", year=2016, doi="10.1117/12.2233418", kind=CH),
 "kreidberg2015": dict(authors=["Kreidberg"], title="batman: BAsic Transit Model cAlculatioN in Python", year=2015, doi="10.1086/683602", kind=A),
 "lightkurve2018": dict(title="Lightkurve: Kepler and TESS time series analysis in Python", year=2018, url="https://ascl.net/1812.013", kind=W),
 "maciejewski2016": dict(authors=["Maciejewski", "Dimitrov", "Fernández"], title="Departure from the constant-period ephemeris for the transiting exoplanet WASP-12 b", year=2016, doi="10.1051/0004-6361/201628312", kind=A),
 "mandel2002": dict(authors=["Mandel", "Agol"], title="Analytic Light Curves for Planetary Transit Searches", year=2002, doi="10.1086/345520", kind=A),
 "mast_spoc": dict(title="TESS Light Curves – All Sectors", year=2021, doi="10.17909/t9-nmc8-f686", kind=W),
 "nea_pscomppars": dict(title="Planetary Systems Composite Parameters", url="https://exoplanetarchive.ipac.caltech.edu/cgi-bin/TblView/nph-tblView?app=ExoTbls&config=PSCompPars", kind=W),
 "okonkwo2024": dict(authors=["Okonkwo-Lindahl"], title="Orbital decay and apsidal precession of close-in giant planets from two decades of transit times", year=2024, kind=T),
 "ricker2015": dict(authors=["Ricker", "Winn", "Vanderspek", "Latham"], title="Transiting Exoplanet Survey Satellite (TESS)", year=2015, doi="10.1117/1.JATIS.1.1.014003", kind=A),
 "stassun2019": dict(authors=["Stassun", "Oelkers", "Paegert"], title="The Revised TESS Input Catalog and Candidate Target List", year=2019, doi="10.3847/1538-3881/ab3467", kind=A),
 "yee2020": dict(authors=["Yee", "Winn", "Knutson"], title="The Orbit of WASP-12b Is Decaying", year=2020, doi="10.3847/2041-8213/ab5c16", kind=A),
}
RM_ORDER = list(rm)  # written in the AAS style's order: first author's family name or the braced corporate name, year, title
put("rmarkdown", "wasp12-ttv-en", {
 "about": "An invented English exoplanet-photometry paper (six years of TESS transit times of the hot Jupiter WASP-12b, fitted with orbital-decay and apsidal-precession models) as an R Markdown document (`.Rmd`, `bookdown::html_document2`) with `bibliography: references.bib` and `csl: american-astronomical-society.csl` (the AAS author–date style, not in the folder; its list sorted by author, year): YAML with two authors, a setup chunk and a figure chunk (bookdown's `\\@ref(fig:ephem-fit)` is no citation), `[@a; see also @b]`, `[@a; @b]`, `[cf. @a; @b, ch. 5]`, `[@key, sec. 3]`, `[@key, table 2]`, `[@key, accessed 14 September 2025]`, `[@key, 2--4]`, `[-@key, sec. 5.3]`, narrative `@key` and `@key [sec. 4]`, BibTeX types `@article`, `@inproceedings`, `@software`, `@dataset`, `@online`, `@phdthesis`, corporate authors in braces (`{Astropy Collaboration}`, `{Gaia Collaboration}` with Vallenari and `others`, `{Lightkurve Collaboration}`, `{Mikulski Archive for Space Telescopes}`, `{NASA Exoplanet Archive}`), `::: {#refs}`. Real works cited with data as remembered (Agol et al. 2005, Astropy Collaboration 2022, Foreman-Mackey et al. 2013, Gaia DR3 summary 2023, Holman & Murray 2005, Ivshina & Winn 2022, Jenkins et al. 2016 SPIE 9913, Kreidberg 2015, Lightkurve ascl:1812.013 and its version 2.4.2, Maciejewski et al. 2016, Mandel & Agol 2002, the MAST TESS light-curve DOI, the NASA Exoplanet Archive PSCompPars table, Ricker et al. 2015, Stassun et al. 2019, Yee et al. 2020, Baluev et al. 2019; author lists cut with `others` where not remembered; DOIs remembered, not looked up). Invented: the authors Rosalind Achterberg-Nwosu and Tomás Castellanos-Pryce, the University of Halsey Point, the arXiv preprint by Halvorsen and Castellanos-Pryce (arXiv:2506.99871), Okonkwo-Lindahl's PhD thesis, every result. Planted: `@baluev2019` (cited once, `[@yee2020; see also @baluev2019]`) has no entry in references.bib: `missing-literature-entry` at its line.",
 "document": "wasp12-ttv.Rmd", "reader": "pandoc-markdown", "clean": True,
 "notes": {k: rm[k] for k in RM_ORDER},
 "literature": [rm[k] for k in RM_ORDER],
})

# ---- docx: French history of astronomy (the Carte du Ciel at the Paris Observatory), footnotes + grouped Bibliographie ----
decret = dict(title="Décret du 30 janvier 1854 relatif à l'organisation de l'Observatoire impérial de Paris", year=1854, kind=R)
lequeux = dict(authors=["Lequeux"], title="Le Verrier : savant magnifique et détesté", year=2009, kind=B)
leverrier = dict(authors=["Le Verrier"], title="Sur la planète qui produit les anomalies observées dans le mouvement d'Uranus. Détermination de sa masse, de son orbite et de sa position actuelle", year=1846, kind=A)
aubin = dict(authors=["Aubin"], title="The fading star of the Paris Observatory in the nineteenth century: astronomers' urban culture of circulation and observation", year=2003, kind=A)
mouchez = dict(authors=["Mouchez"], title="La photographie astronomique à l'Observatoire de Paris et la Carte du Ciel", year=1887, kind=B)
lamy = dict(title="La Carte du Ciel : histoire et actualité d'un projet scientifique international", year=2008, kind=B)
quemener = dict(authors=["Quéméner-Diallo"], title="Un instrument pour dix-huit observatoires : la lunette des frères Henry", year=2008, kind=CH)
archive = dict(title="Correspondance avec les observatoires participants, 1889-1895", kind=U)
chinnici = dict(authors=["Chinnici"], title="La Carte du Ciel : correspondance inédite conservée dans les archives de l'Observatoire de Paris", year=1999, kind=B)
tisserand = dict(authors=["Tisserand"], title="Rapport annuel sur l'état de l'Observatoire de Paris pour l'année 1892", year=1893, kind=R)
ranaivo = dict(authors=["Ranaivo-Marchal"], title="Mesurer les plaques : les bureaux de mesure de la Carte du Ciel et leurs calculatrices, 1891-1914", year=2021, doi="10.99999/00218286211023417", kind=A)
nguyen = dict(authors=["Nguyen-Tallec"], title="L'Observatoire de Paris sous Mouchez et Tisserand (1878-1896) : photographie, personnel et administration", year=2018, kind=T)
plaques = dict(title="Les plaques de la Carte du Ciel numérisées", url="https://patrimoine-astro.example.org/carte-du-ciel/plaques", kind=W)
urban = dict(authors=["Urban", "Corbin", "Wycoff"], title="The AC 2000: The Astrographic Catalogue on the System Defined by the Hipparcos Catalogue", year=1998, kind=A)
dx_notes = [decret, lequeux, leverrier, leverrier, aubin, mouchez, lamy, quemener, archive, chinnici, mouchez, tisserand, ranaivo, ranaivo, lequeux, nguyen, plaques, aubin, lamy, urban]
assert len(dx_notes) == 20
put("docx", "carte-du-ciel-fr", {
 "about": "An invented French history-of-astronomy article (the Paris Observatory from Le Verrier's reorganisation of 1854 to the Carte du Ciel's measuring bureaux, 1854–1914) in Word: title and byline paragraphs, Heading 1/2 sections, 20 footnotes in French humanities style (full first notes `Prénom Nom, *Titre*, Lieu, Éditeur, année, p.`, articles in « », a decree by its heading, an archival file by repository, fonds and carton, `Ibid., p. 436.`, `Ibid., p. 312.`, `Mouchez, op. cit., p. 23.`, `Lequeux, op. cit., p. 214.`, `Aubin, art. cité, p. 92.`, `Lamy (dir.), op. cit., p. 5.`, a DOI as `https://doi.org/…` in a note and `doi:…` in the list, a bibcode in a note, a web page with `consulté le`), a table with note 13 in its first data row's third cell, and a `Bibliographie` in four Heading 2 groups (Sources manuscrites; Sources imprimées; Études; Ressources en ligne), each alphabetical, entries `Nom Prénom, …`. Real works cited with data as remembered (the decree of 30 January 1854 — its heading and Bulletin des lois number reconstructed, not looked up —, Lequeux 2009, Le Verrier's Comptes rendus note of 1846, Aubin 2003 in Osiris, Mouchez 1887, Lamy's edited volume of 2008, Chinnici 1999, Tisserand's annual report for 1892, Urban, Corbin and Wycoff 1998 in AJ). Invented: the author Pauline Ferrand-Okafor, carton CC 14 and its title, Quéméner-Diallo's chapter, Ranaivo-Marchal's JHA article and its DOI 10.99999/00218286211023417, Nguyen-Tallec's thesis, the web page on patrimoine-astro.example.org, the table's figures.",
 "document": "carte-du-ciel-fr.docx", "reader": "docx", "clean": True, "lang": "fr-FR",
 "title": "Des plaques aux catalogues", "creator": "Pauline Ferrand-Okafor",
 "notes": {str(i + 1): e for i, e in enumerate(dx_notes)},
 "literature": [archive, decret, leverrier, mouchez, tisserand, aubin, chinnici, lamy, lequeux, nguyen, quemener, ranaivo, urban, plaques],
})

# ---- odt: Russian space history (the Soviet crewed lunar programme), GOST footnotes + numbered Список литературы ----
o1964 = dict(title="О работах по исследованию Луны и космического пространства", year=1964, kind=R)
kamanin = dict(authors=["Каманин"], title="Скрытый космос. Книга вторая. 1964–1966 гг.", year=1997, kind=B)
chertok = dict(authors=["Черток"], title="Ракеты и люди. Лунная гонка", year=1999, kind=B)
siddiqi = dict(authors=["Siddiqi"], title="Challenge to Apollo: The Soviet Union and the Space Race, 1945–1974", year=2000, kind=B)
rgae = dict(title="Переписка с ОКБ-1 по лунному комплексу Л3", year=1965, kind=U)
vetrov = dict(authors=["Ветров"], title="С. П. Королёв и космонавтика. Первые шаги", year=1994, kind=B)
lebedeva = dict(authors=["Лебедева-Штольц"], title="Лунный посадочный корабль ЛК: документы ОКБ-1 1964–1970 гг.", year=2021, doi="10.99999/vietmag.2021.3.512", kind=A)
mishin = dict(authors=["Мишин"], title="Почему мы не слетали на Луну?", year=1990, kind=B)
oganesyan = dict(authors=["Оганесян-Бурков"], title="Н1-Л3 и проблема резервирования двигательных установок", year=2023, kind=CH)
afanasyev = dict(authors=["Афанасьев"], title="Неизвестные корабли", year=1991, kind=B)
harvey = dict(authors=["Harvey"], title="Soviet and Russian Lunar Exploration", year=2007, kind=B)
shiryaev = dict(authors=["Ширяев-Нгуен"], title="Советская лунная программа в решениях партийно-государственного руководства, 1959–1976 гг.", year=2016, kind=T)
zakon = dict(title="О космической деятельности", year=1993, kind=R)
gosprog = dict(title="Государственная программа Российской Федерации «Космическая деятельность России»", year=2014, kind=R)
luna25 = dict(title="Луна-25", url="https://lunnaya-programma.example.org/luna-25", kind=W)
od_notes = [o1964, kamanin, chertok, chertok, siddiqi, rgae, vetrov, lebedeva, mishin, oganesyan, chertok, afanasyev, harvey, shiryaev, shiryaev, zakon, gosprog, luna25, siddiqi, kamanin]
assert len(od_notes) == 20
put("odt", "luna-programma-ru", {
 "about": "An invented Russian space-history article (the decree of 3 August 1964 and the fate of the Soviet crewed lunar programme, N1-L3) in LibreOffice: title, author and affiliation paragraphs, headings, 20 footnotes (text:note footnote) in GOST R 7.0.5-2008 style (`Черток Б. Е. Ракеты и люди. … — М. : Машиностроение, 1999. — С. 245.`, `Там же. — С. 251.`, `Черток Б. Е. Указ. соч. — С. 300.`, `Siddiqi A. A. Op. cit. — P. 655.`, `Каманин Н. П. Указ. соч. — С. 87.`, a decree, a law and a state programme headed by their titles, an archival file `РГАЭ. Ф. 298. Оп. 1. Д. 3521 «…». 1965. Л. 12–15.`, a conference abstract `//` in a collection, a candidate's dissertation `дис. … канд. ист. наук`, a DOI, a web page with `(дата обращения: …)`), note 10 in a table cell, and a numbered (`text:list`) `Список литературы` of 15 items, Cyrillic alphabetical then Latin. Real works cited with data as remembered (Chertok's Ракеты и люди. Лунная гонка 1999, Kamanin's Скрытый космос book 2 1997, Siddiqi's Challenge to Apollo 2000, Vetrov 1994, Mishin 1990 and Afanasyev 1991 in the Znanie series — their series numbers as remembered —, Harvey 2007, the 1964 decree No. 655-268, the 1993 law No. 5663-1, the 2014 state programme No. 306, the four N1 launches). Invented: the author Д. А. Ковальчук-Мирзоян, the file РГАЭ ф. 298 оп. 1 д. 3521 and its title, Лебедева-Штольц's article and its DOI 10.99999/vietmag.2021.3.512, Оганесян-Бурков's abstract, Ширяев-Нгуен's dissertation, the Луна-25 page on lunnaya-programma.example.org.",
 "document": "luna-programma-ru.odt", "reader": "odt", "clean": True,
 "title": "Решение, которого не было",
 "notes": {str(i + 1): e for i, e in enumerate(od_notes)},
 "literature": [afanasyev, vetrov, gosprog, kamanin, lebedeva, luna25, mishin, zakon, o1964, oganesyan, rgae, chertok, shiryaev, harvey, siddiqi],
 "defects": [],
})

# ---- pdftext: Italian solar radio astronomy (K-band solar maps with the Sardinia Radio Telescope), author–date, Bibliografia ----
pt = [
 dict(authors=["Bolli", "Orlati", "Stringhetti"], title="Sardinia Radio Telescope: General Description, Technical Commissioning and First Light", year=2015, doi="10.1142/S2251171715500087", kind=A),
 dict(title="Riordino dell'Istituto nazionale di astrofisica (INAF)", year=2003, kind=R),
 dict(authors=["Dulk"], title="Radio emission from the sun and stars", year=1985, doi="10.1146/annurev.aa.23.090185.001125", kind=A),
 dict(title="Sardinia Radio Telescope: stato dei ricevitori", url="https://srt-ricevitori.example.org/stato", kind=W),
 dict(authors=["Murgia-Esposito", "Cherchi"], title="Baseline subtraction for On-The-Fly solar maps at the Sardinia Radio Telescope", year=2022, doi="10.99999/12.2627791", kind=CH),
 dict(authors=["Nindos"], title="Incoherent Solar Radio Emission", year=2020, doi="10.3389/fspas.2020.00057", kind=A),
 dict(authors=["Pellizzoni", "Righini", "Murtas"], title="Solar Observations with Single-Dish INAF Radio Telescopes: Continuum Imaging in the 18–26 GHz Range", year=2022, kind=A),
 dict(authors=["Pesnell", "Thompson", "Chamberlin"], title="The Solar Dynamics Observatory (SDO)", year=2012, doi="10.1007/s11207-011-9841-3", kind=A),
 dict(authors=["Prandoni", "Murgia", "Tarchi"], title="The Sardinia Radio Telescope. From a technological project to a radio observatory", year=2017, doi="10.1051/0004-6361/201630243", kind=A),
 dict(authors=["Sanna-Ferraris", "Ôrtu", "Deiana-Quaye"], title="Calibrazione in flusso del ricevitore multifeed in banda K per osservazioni solari", year=2023, kind=R),
 dict(authors=["Scherrer", "Schou", "Bush"], title="The Helioseismic and Magnetic Imager (HMI) Investigation for the Solar Dynamics Observatory (SDO)", year=2012, doi="10.1007/s11207-011-9834-2", kind=A),
 dict(authors=["Selhorst", "Silva", "Costa"], title="Solar atmospheric model with spicules applied to radio observation", year=2005, doi="10.1051/0004-6361:20042043", kind=A),
 dict(authors=["Shibasaki", "Alissandrakis", "Pohjolainen"], title="Radio Emission of the Quiet Sun and Active Regions (Invited Review)", year=2011, doi="10.1007/s11207-011-9788-x", kind=A),
 dict(authors=["Community", "Mumford", "Freij"], title="The SunPy Project: Open Source Development and Status of the Version 1.0 Core Package", year=2020, doi="10.3847/1538-4357/ab4f7a", kind=A),
 dict(authors=["Tolu-Bachis"], title="Modello del fascio e del lobo laterale del Sardinia Radio Telescope per sorgenti estese", year=2021, kind=T),
 dict(authors=["White", "Kundu"], title="Radio observations of gyroresonance emission from coronal magnetic fields", year=1997, doi="10.1023/A:1004975528106", kind=A),
]
put("pdftext", "srt-sole-it", {
 "about": "An invented Italian solar radio-astronomy article (K-band, 18–26 GHz, full-disc solar maps with the Sardinia Radio Telescope in 2022–2024, compared with SDO/HMI magnetograms) as pdftotext (no -layout) gives the four pages of a Giornale di Astronomia article: journal head with the article's own (invented) DOI, title, authors with affiliation numbers, Sommario, numbered sections, form feeds, running heads with page numbers, words hyphenated at line ends, a text table whose row cites, author–date citations in A&A manner (`(Dulk 1985; White & Kundu` ⏎ `1997)`, `(Bolli` ⏎ `et al. 2015)`, `Prandoni et al. (2017)`, `Tolu-Bachis (2021, cap. 3)`, `(Pellizzoni et al. 2022, tab. 4)`, `(INAF-OAC s.d.)`, `(Decreto legislativo 4 giugno 2003, n. 138)`, `(White & Kun-` ⏎ `du 1997; …)`), and an alphabetical Bibliografia of 16 entries with indented continuation lines (a URL wrapped after `/`). Real works cited with data as remembered (Bolli et al. 2015, the d.lgs. 138/2003, Dulk 1985, Nindos 2020, Pellizzoni et al. 2022 — year, volume and title as remembered, no DOI —, Pesnell et al. 2012, Prandoni et al. 2017, Scherrer et al. 2012, Selhorst et al. 2005, Shibasaki et al. 2011, the SunPy Community 2020, White & Kundu 1997). Invented: the authors Giulia Porcu-Lindner, Efisio Carta and Marta Zedda-Okoye, the article and its DOI 10.99999/gda.2025.51.2.14, the INAF-OAC page on srt-ricevitori.example.org, Murgia-Esposito & Cherchi's SPIE paper and its DOI 10.99999/12.2627791, Sanna-Ferraris et al.'s technical report n. 112, Tolu-Bachis's thesis, every measurement.",
 "document": "srt-sole.txt", "reader": "pdf-text", "clean": True,
 "notes": {str(i + 1): e for i, e in enumerate(pt)},
 "literature": pt,
})

# ---- mediawiki: Vietnamese Wikipedia-style article on a comet and its missions (1P/Halley) ----
jpl = dict(title="JPL Small-Body Database Lookup: 1P/Halley", url="https://ssd.jpl.nasa.gov/tools/sbdb_lookup.html#/?sstr=1P", kind=W)
halley = dict(authors=["Halley"], title="Astronomiae Cometicae Synopsis", year=1705, doi="10.1098/rstl.1704.0064", kind=A)
kronk = dict(authors=["Kronk"], title="Cometography: A Catalog of Comets. Volume 1: Ancient–1799", year=1999, kind=B)
steph = dict(authors=["Stephenson", "Yau"], title="Far Eastern observations of Halley's comet: 240 BC to AD 1368", year=1985, kind=A)
yeomans = dict(authors=["Yeomans", "Kiang"], title="The long-term motion of comet Halley", year=1981, doi="10.1093/mnras/197.3.633", kind=A)
ngo = dict(authors=["Ngô Sĩ Liên"], title="Đại Việt sử ký toàn thư, tập 1", year=1993, kind=B)
tran = dict(authors=["Trần Thị Diệu Linh"], title="Sao chổi trong sử liệu Việt Nam: đối chiếu với lịch thiên văn hiện đại", year=2019, kind=B)
sagdeev = dict(authors=["Sagdeev", "Szabó", "Avanesov"], title="Television observations of comet Halley from Vega spacecraft", year=1986, kind=A)
reinhard = dict(authors=["Reinhard"], title="The Giotto encounter with comet Halley", year=1986, doi="10.1038/321313a0", kind=A)
keller = dict(authors=["Keller", "Arpigny", "Barbieri"], title="First Halley Multicolour Camera imaging results from Giotto", year=1986, doi="10.1038/321320a0", kind=A)
whipple = dict(authors=["Whipple"], title="A comet model. I. The acceleration of Comet Encke", year=1950, doi="10.1086/145272", kind=A)
esa = dict(title="Giotto: tổng quan sứ mệnh", url="https://khampha-vutru.example.org/esa/giotto-tong-quan", kind=W)
news = dict(title="Đón xem sao chổi Halley trên bầu trời Hà Nội", year=1986, kind=A)
lehoang = dict(authors=["Lê-Hoàng"], title="Phân tích trắc quang ảnh chụp sao chổi Halley 1986 của các quan sát viên nghiệp dư Việt Nam", year=2004, kind=T)
nasa = dict(title="1P/Halley", url="https://science.nasa.gov/solar-system/comets/1p-halley/", kind=W)
mw_notes = [jpl, halley, kronk, steph, yeomans, ngo, tran, steph, sagdeev, reinhard, keller, whipple, esa, news, lehoang, nasa]
assert len(mw_notes) == 16
put("mediawiki", "sao-choi-vi", {
 "about": "A Vietnamese Wikipedia-style article (written for this corpus) on comet 1P/Halley, its history of observation and the 1986 Vega and Giotto encounters: an `{{Thông tin sao chổi}}` infobox, internal links, sections Lịch sử quan sát, Lần trở lại năm 1986, Lần trở lại tiếp theo, Xem thêm, Chú thích (`{{Tham khảo|30em}}`), Thư mục; `<ref>`s with vi.wikipedia's Vietnamese-named CS1 templates and English parameters (`{{Chú thích tạp chí}}`, `{{Chú thích web}}` with `access-date`, `{{Chú thích báo}}` with no author, `{{Chú thích luận văn}}`, `display-authors=etal`, a `bibcode`), four named refs reused once each (`jpl`, `halley1705`, `yeomans`, `reinhard`), `{{sfn}}` to a Thư mục of four `ref=harv` templates (`{{sfn|Kronk|1999|p=412}}` twice, one note; two Stephenson & Yau sfns with different pages, two notes; Vietnamese authors by whole name `{{sfn|Ngô Sĩ Liên|1993|p=286}}`, `{{sfn|Trần Thị Diệu Linh|2019|pp=54–61}}`). Real works cited with data as remembered (the JPL SBDB page, Halley 1705, Kronk's Cometography vol. 1, Stephenson & Yau 1985, Yeomans & Kiang 1981, the 1993 edition of the Đại Việt sử ký toàn thư, Sagdeev et al. 1986, Reinhard 1986, Keller et al. 1986, Whipple 1950, NASA's 1P/Halley page). Invented: Trần Thị Diệu Linh's book, the newspaper item in Báo Khoa học và Đời sống, Lê-Hoàng Minh Châu's master's thesis, the ESA page on khampha-vutru.example.org. Planted: note 9's `doi=10.1038.321262a0` has a dot where its slash belongs: `malformed-field` at its line (the note keyed without a DOI).",
 "document": "sao-choi-halley.wiki", "reader": "mediawiki", "clean": True,
 "notes": {str(i + 1): e for i, e in enumerate(mw_notes)},
 "literature": [kronk, ngo, steph, tran],
})
