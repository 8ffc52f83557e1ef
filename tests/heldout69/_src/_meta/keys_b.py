"""Writes the meta.json of heldout69 half B's documents (rmarkdown, docx, odt, pdftext, mediawiki).
Round 82's theme for half B: sport and exercise science.  Labels and lines come from the
⟦label⟧ annotations in the sources (for the odt, from its {fn:…} footnotes); fields are given here
by hand.  Conventions: ../../HALF_B.md.  Then:
  .venv/bin/python tests/corpus_build/build.py tests/heldout69 heat-crossover-en jaakiekko-vammat-fi riadha-kenya-sw
  .venv/bin/python tests/corpus_build/build_docx.py tests/heldout69 futebol-brasil-pt
  .venv/bin/python tests/heldout69/_src/_meta/build_odt_b.py
  python3 tests/heldout69/_src/_meta/check_b.py"""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
B, A, R, CH, W, T, U = "book", "article", "report", "chapter", "web", "thesis", "unknown"


def put(fmt, name, meta):
    p = os.path.join(HERE, "..", fmt, name, "meta.json")
    open(p, "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")


# ---- rmarkdown: English exercise physiology (heat acclimation crossover trial), R Markdown + BibTeX, csl: apa ----
rm = {
 "acsm2021": dict(title="ACSM's Guidelines for Exercise Testing and Prescription", year=2021, kind=B),
 "banister1991": dict(authors=["Banister"], title="Modeling Elite Athletic Performance", year=1991, kind=CH),
 "bassett2000": dict(authors=["Bassett", "Howley"], title="Limiting factors for maximum oxygen uptake and determinants of endurance performance", year=2000, doi="10.1097/00005768-200001000-00012", kind=A),
 "bates2015": dict(authors=["Bates", "Mächler", "Bolker", "Walker"], title="Fitting Linear Mixed-Effects Models Using lme4", year=2015, doi="10.18637/jss.v067.i01", kind=A),
 "foster2001": dict(authors=["Foster", "Florhaug", "Franklin"], title="A New Approach to Monitoring Exercise Training", year=2001, kind=A),
 "kuznetsova2017": dict(authors=["Kuznetsova", "Brockhoff", "Christensen"], title="lmerTest Package: Tests in Linear Mixed Effects Models", year=2017, doi="10.18637/jss.v082.i13", kind=A),
 "lenth2024": dict(authors=["Lenth"], title="emmeans: Estimated Marginal Means, aka Least-Squares Means", year=2024, url="https://CRAN.R-project.org/package=emmeans", kind=W),
 "lindqvist2023": dict(authors=["Lindqvist-Adeyemi"], title="Plasma volume, haemoglobin mass and the thermal strain of endurance athletes", year=2023, kind=T),
 "lorenzo2010": dict(authors=["Lorenzo", "Halliwill", "Sawka", "Minson"], title="Heat acclimation improves exercise performance", year=2010, doi="10.1152/japplphysiol.00495.2010", kind=A),
 "midgley2007": dict(authors=["Midgley", "McNaughton", "Polman", "Marchant"], title="Criteria for Determination of Maximal Oxygen Uptake: A Brief Critique and Recommendations for Future Research", year=2007, doi="10.2165/00007256-200737120-00002", kind=A),
 "okafor2025": dict(authors=["Okafor-Brandt", "Sæther"], title="Controlled hyperthermia crossover trial: breath-by-breath gas exchange and blood data", year=2025, doi="10.99999/zenodo.14402217", kind=W),
 "periard2015": dict(authors=["Périard", "Racinais", "Sawka"], title="Adaptations and mechanisms of human heat acclimation: Applications for competitive athletes and sports", year=2015, doi="10.1111/sms.12408", kind=A),
 "r2024": dict(title="R: A Language and Environment for Statistical Computing", year=2024, url="https://www.R-project.org/", kind=W),
 "sawka2011": dict(authors=["Sawka", "Leon", "Montain", "Sonna"], title="Integrated physiological mechanisms of exercise performance, adaptation, and maladaptation to heat stress", year=2011, doi="10.1002/cphy.c100082", kind=A),
 "senn2002": dict(authors=["Senn"], title="Cross-over Trials in Clinical Research", year=2002, doi="10.1002/0470854596", kind=B),
 "tyler2016": dict(authors=["Tyler", "Reeve", "Hodges", "Cheung"], title="The Effects of Heat Adaptation on Physiology, Perception and Exercise Performance in the Heat: A Meta-Analysis", year=2016, doi="10.1007/s40279-016-0538-5", kind=A),
 "wickham2016": dict(authors=["Wickham"], title="ggplot2: Elegant Graphics for Data Analysis", year=2016, doi="10.1007/978-3-319-24277-4", kind=B),
}
RM_ORDER = list(rm)  # APA's order: first author's family name or the braced corporate name, year
put("rmarkdown", "heat-crossover-en", {
 "about": "An invented English exercise-physiology paper (a randomised two-period crossover trial of five days of controlled hyperthermia and the maximal oxygen uptake of trained cyclists in cool and hot tests) as an R Markdown document (`.Rmd`, `html_document`) with `bibliography: references.bib` and `csl: apa.csl` (APA author–date, not in the folder; its list sorted by author, year): YAML with two authors, a setup chunk loading lme4, lmerTest, emmeans and ggplot2 and a model chunk, `[@a; see also @b]`, `[@a; @b, pp. 1901--1905]`, `[cf. @key, pp. 408--410]`, `[@key, p. 1712]`, `[@key, ch. 3]`, `[@key, table 2]`, `[@key, sec. 4.2]`, `[@key, version 1.10.0]`, `[-@key]`, narrative `@key` and `@key [ch. 3]`, three keys in one sentence on one line, BibTeX types `@article`, `@book`, `@incollection`, `@manual` (R and emmeans), `@dataset`, `@phdthesis`, braced corporate authors (`{American College of Sports Medicine}`, `{R Core Team}`), LaTeX accents (`M{\\\"a}chler`, `P{\\'e}riard`, `S{\\ae}ther`), `others`, `::: {#refs}`. Real works cited with data as remembered (ACSM's Guidelines 11th ed. 2021, Banister 1991 in MacDougall, Wenger & Green, Bassett & Howley 2000, Bates et al. 2015, Foster et al. 2001, Kuznetsova et al. 2017, Lenth's emmeans 1.10.0, Lorenzo et al. 2010, Midgley et al. 2007, Périard, Racinais & Sawka 2015, R 2024, Sawka et al. 2011, Senn 2002, Tyler et al. 2016, Wickham 2016, Garrett et al. 2011; DOIs remembered, not looked up). Invented: the authors Hannah Okafor-Brandt and Sindre Sæther, the trial and every result, the Zenodo dataset and its DOI 10.99999/zenodo.14402217, Lindqvist-Adeyemi's PhD thesis and the University of Northmoor. Planted: `@garrett2011` (cited once) has no entry in references.bib: `missing-literature-entry` at its line.",
 "document": "heat-crossover.Rmd", "reader": "pandoc-markdown", "clean": True,
 "notes": {k: rm[k] for k in RM_ORDER},
 "literature": [rm[k] for k in RM_ORDER],
})

# ---- docx: Brazilian Portuguese sport history and sociology (the 1950 World Cup), ABNT footnotes + Referências ----
perdigao = dict(authors=["Perdigão"], title="Anatomia de uma derrota: 16 de julho de 1950 – Brasil x Uruguai", year=2000, kind=B)
moraes = dict(authors=["Moraes Neto"], title="Dossiê 50: os onze jogadores revelam os segredos da maior tragédia do futebol brasileiro", year=2000, kind=B)
mario = dict(authors=["Rodrigues Filho"], title="O negro no futebol brasileiro", year=2003, kind=B)
soares = dict(authors=["Soares"], title="História e a invenção de tradições no campo do futebol", year=1999, kind=A)
helal = dict(authors=["Helal", "Soares", "Lovisolo"], title="A invenção do país do futebol: mídia, raça e idolatria", year=2001, kind=B)
dl1941 = dict(title="Estabelece as bases de organização dos desportos em todo o país", year=1941, kind=R)
pereira = dict(authors=["Pereira"], title="Footballmania: uma história social do futebol no Rio de Janeiro, 1902-1938", year=2000, kind=B)
damatta = dict(title="Universo do futebol: esporte e sociedade brasileira", year=1982, kind=B)
guedes = dict(authors=["Guedes"], title="O futebol brasileiro: instituição zero", year=1977, kind=T)
lei1998 = dict(title="Institui normas gerais sobre desporto e dá outras providências", year=1998, url="https://www.planalto.gov.br/ccivil_03/leis/l9615consol.htm", kind=R)
jornal = dict(title="O Brasil chorou no Maracanã", year=1950, kind=A)
ata = dict(title="Ata da reunião do Conselho Técnico de Futebol, 20 jul. 1950", year=1950, kind=U)
azevedo = dict(authors=["Azevedo-Nkosi"], title="Torcidas, rádio e nação: a Copa de 1950 nas páginas esportivas cariocas", year=2022, doi="10.99999/rbce.2022.0044", kind=A)
franco = dict(authors=["Franco Júnior"], title="A dança dos deuses: futebol, sociedade, cultura", year=2007, kind=B)
elias = dict(authors=["Elias", "Dunning"], title="A busca da excitação", year=1992, kind=B)
cbf = dict(title="História da seleção brasileira", url="https://memoria-cbf.example.org/selecao/historia", kind=W)
dx_notes = [perdigao, moraes, mario, soares, helal, dl1941, pereira, damatta, guedes, lei1998, jornal, mario, ata, azevedo, azevedo, moraes, franco, elias, cbf, helal]
assert len(dx_notes) == 20
put("docx", "futebol-brasil-pt", {
 "about": "An invented Brazilian Portuguese sport-history and sport-sociology article (the 1950 World Cup defeat, the Estado Novo's sport legislation and the press, 1941–1958) in Word: title, byline and affiliation paragraphs, Heading 1 sections, 20 footnotes in ABNT NBR 6023/10520 style (family names in capitals, `RODRIGUES FILHO, Mário`, `MORAES NETO`, `FRANCO JÚNIOR`, titles in italics with subtitles after a colon, `(org.)`, an article in Estudos Históricos, a dissertação, the Decreto-Lei nº 3.199/1941 and the Lei nº 9.615/1998 under `BRASIL.` with their ementas, a newspaper item entered by its first word in capitals, an archival ata of the CBD under its corporate name, a DOI as `DOI: https://doi.org/…`, `Disponível em: … Acesso em: …`, `Ibid., p. 7.`, `RODRIGUES FILHO, op. cit., p. 294.`, `MORAES NETO, op. cit., p. 41.`, `HELAL; SOARES; LOVISOLO, op. cit., p. 45-60.`, `Cf.` before a full note) and an alphabetical `Referências` of 16 entries (Bibliography style), keyed in that order. Two footnotes share a body paragraph in three places. Real works cited with data as remembered (Perdigão 2000, Moraes Neto 2000, Mário Filho's O negro no futebol brasileiro 4th ed. 2003, Soares 1999 in Estudos Históricos, Helal, Soares & Lovisolo 2001, the Decreto-Lei 3.199 of 1941, Pereira 2000, DaMatta's Universo do futebol 1982, Guedes's dissertation 1977, the Lei 9.615 of 1998 and its Planalto URL, Franco Júnior 2007, Elias & Dunning's A busca da excitação 1992; editions, pages and dates remembered, not looked up). Invented: the author Renata Albuquerque-Mbeki and her university, the Jornal dos Sports headline of 17 July 1950, the CBD ata and its box and folder in the Museu do Futebol, Azevedo-Nkosi's RBCE article and its DOI 10.99999/rbce.2022.0044, the CBF page on memoria-cbf.example.org.",
 "document": "futebol-brasil-pt.docx", "reader": "docx", "clean": True, "lang": "pt-BR",
 "title": "O Maracanazo e a invenção do país do futebol", "creator": "Renata Albuquerque-Mbeki",
 "notes": {str(i + 1): e for i, e in enumerate(dx_notes)},
 "literature": [azevedo, dl1941, lei1998, ata, cbf, damatta, elias, franco, guedes, helal, moraes, jornal, perdigao, pereira, mario, soares],
})

# ---- odt: Turkish physical education and sport pedagogy (the 2018 MEB curriculum), footnotes + Kaynakça ----
kanun = dict(title="Gençlik ve Spor Genel Müdürlüğünün Teşkilat ve Görevleri Hakkında Kanun", year=1986, kind=R)
karahan = dict(authors=["Karahan"], title="Türkiye'de Beden Eğitiminin Tarihi, 1908–1980", year=2015, kind=B)
meb_ilk = dict(title="Beden Eğitimi ve Oyun Dersi Öğretim Programı (İlkokul 1, 2, 3 ve 4. Sınıflar)", year=2018, kind=R)
meb_orta = dict(title="Beden Eğitimi ve Spor Dersi Öğretim Programı (Ortaokul ve İmam Hatip Ortaokulu 5, 6, 7 ve 8. Sınıflar)", year=2018, kind=R)
hardman = dict(authors=["Hardman", "Marshall"], title="World-wide Survey of School Physical Education: Final Report", year=2014, kind=R)
yonetmelik = dict(title="Okul Öncesi Eğitim ve İlköğretim Kurumları Yönetmeliği", year=2014, kind=R)
siedentop = dict(authors=["Siedentop", "Hastie", "van der Mars"], title="Complete Guide to Sport Education", year=2011, kind=B)
metzler = dict(authors=["Metzler"], title="Instructional Models for Physical Education", year=2011, kind=B)
mosston = dict(authors=["Mosston", "Ashworth"], title="Teaching Physical Education", year=2002, kind=B)
kirk = dict(authors=["Kirk"], title="Physical Education Futures", year=2010, kind=B)
demirci = dict(authors=["Demirci-Özkan", "Uluğ"], title="İlkokulda Oyun Temelli Beden Eğitimi Derslerinin Öğrencilerin Temel Hareket Becerilerine Etkisi", year=2021, doi="10.99999/sbd.2021.32.4.05", kind=A)
yok = dict(title="Beden Eğitimi ve Spor Öğretmenliği Lisans Programı", year=2018, kind=R)
ozturk = dict(authors=["Öztürk-Lindgren"], title="Öğretmen Adaylarının Okul Deneyiminde Beden Eğitimi Dersi Gözlemleri", year=2020, kind=CH)
yildirim = dict(authors=["Yıldırım-Aksoy"], title="Ortaokul Beden Eğitimi ve Spor Öğretmenlerinin Öğretim Programını Uygulama Düzeyleri", year=2019, kind=T)
mufredat = dict(title="Öğretim Programları", url="https://mufredat.meb.gov.tr/Programlar.aspx", kind=W)
od_notes = [kanun, karahan, meb_ilk, meb_orta, meb_orta, hardman, yonetmelik, siedentop, metzler, mosston, kirk, demirci, siedentop, yok, ozturk, yildirim, yildirim, mufredat, kirk, karahan]
assert len(od_notes) == 20
put("odt", "beden-egitimi-tr", {
 "about": "An invented Turkish physical-education and sport-pedagogy article (how lower-secondary PE teachers carry out the Ministry of National Education's 2018 curriculum; school sport and teacher training) in LibreOffice: title, author and affiliation paragraphs, headings, 20 footnotes (text:note footnote) in the Turkish Chicago/ISNAD-like manner (`Ad Soyad, Eser (Yer: Yayınevi, Yıl), sayfa.`, `ve` between authors, `vd.`, `2. bs.`, `içinde, ed.`, `Doktora tezi`, a YÖK Ulusal Tez Merkezi number, a law and two regulations headed by their titles with Resmî Gazete date and issue, the MEB curricula under the Ministry's name, `erişim` with a date, `Aynı eser, 14.` and `Aynı eser, 91.` for ibid., `Siedentop vd., a.g.e., 45.`, `Kirk, a.g.e., 97.`, `Karahan, a.g.e., 201.` for op. cit.), note 4 in the last cell of a table's data row, and an unnumbered `Kaynakça` of 15 paragraphs in Turkish alphabetical order (`Okul` before `Öztürk`, `Yıldırım` before `Yükseköğretim`; the Ministry's three works by title), keyed in that order. Real works cited with data as remembered (Law No. 3289 of 1986 and its Resmî Gazete issue, the MEB primary and lower-secondary PE curricula of 2018, the 2014 regulation on pre-school and primary institutions — date and issue as remembered —, Hardman & Marshall's UNESCO survey 2014, Siedentop, Hastie & van der Mars 2011, Metzler 2011, Mosston & Ashworth 2002, Kirk 2010, YÖK's 2018 teacher-education programme, the mufredat.meb.gov.tr page). Invented: the author Gökçe Tanrıverdi-Oyelaran and her university, Karahan's history and Kuzey Yayınları, Demirci-Özkan & Uluğ's Spor Bilimleri Dergisi article and its DOI 10.99999/sbd.2021.32.4.05, Öztürk-Lindgren's chapter and Tunç's edited volume, Yıldırım-Aksoy's thesis and its number 556712, the table's figures.",
 "document": "beden-egitimi-tr.odt", "reader": "odt", "clean": True,
 "title": "Programdan Sahaya",
 "notes": {str(i + 1): e for i, e in enumerate(od_notes)},
 "literature": [demirci, kanun, hardman, karahan, kirk, metzler, meb_ilk, meb_orta, mufredat, mosston, yonetmelik, ozturk, siedentop, yildirim, yok],
 "defects": [],
})

# ---- pdftext: Finnish sports medicine and injury epidemiology (ice hockey injuries in national registers), Vancouver ----
pt = [
 dict(authors=["Mölsä", "Airaksinen", "Näsman", "Torstila"], title="Ice hockey injuries in Finland. A prospective epidemiologic study", year=1997, kind=A),
 dict(authors=["Tuominen", "Stuart", "Aubry", "Kannus", "Parkkari"], title="Injuries in men’s international ice hockey: a 7-year study of the International Ice Hockey Federation Adult World Championship Tournaments and Olympic Winter Games", year=2015, doi="10.1136/bjsports-2014-093688", kind=A),
 dict(authors=["van Mechelen", "Hlobil", "Kemper"], title="Incidence, severity, aetiology and prevention of sports injuries. A review of concepts", year=1992, doi="10.2165/00007256-199214020-00002", kind=A),
 dict(authors=["Parkkari", "Kujala", "Kannus"], title="Is it possible to prevent sports injuries? Review of controlled clinical trials and recommendations for future work", year=2001, doi="10.2165/00007256-200131140-00003", kind=A),
 dict(authors=["Parkkari", "Kannus", "Natri"], title="Active living and injury risk", year=2004, doi="10.1055/s-2004-819935", kind=A),
 dict(authors=["Fuller", "Ekstrand", "Junge"], title="Consensus statement on injury definitions and data collection procedures in studies of football (soccer) injuries", year=2006, doi="10.1136/bjsm.2005.025270", kind=A),
 dict(authors=["Clarsen", "Myklebust", "Bahr"], title="Development and validation of a new method for the registration of overuse injuries in sports injury epidemiology: the Oslo Sports Trauma Research Centre (OSTRC) overuse injury questionnaire", year=2013, doi="10.1136/bjsports-2012-091524", kind=A),
 dict(authors=["Bahr", "Clarsen", "Derman"], title="International Olympic Committee consensus statement: methods for recording and reporting of epidemiological data on injury and illness in sport 2020 (including STROBE Extension for Sport Injury and Illness Surveillance (STROBE-SIIS))", year=2020, doi="10.1136/bjsports-2019-101969", kind=A),
 dict(title="Liikuntalaki", year=2015, url="https://www.finlex.fi/fi/laki/ajantasa/2015/20150390", kind=R),
 dict(title="Laki urheilijan tapaturma- ja eläketurvasta", year=2009, url="https://www.finlex.fi/fi/laki/ajantasa/2009/20090276", kind=R),
 dict(title="Hoitoilmoitusrekisteri (Hilmo)", url="https://thl.fi/tilastot-ja-data/ohjeet-tietojen-toimittamiseen/hoitoilmoitusrekisteri-hilmo", kind=W),
 dict(authors=["Koskinen-Mwangi", "Heinonen"], title="Urheiluvammat Suomessa 2010–2020: rekisteritutkimus", year=2022, kind=R),
 dict(authors=["McCrory", "Meeuwisse", "Dvořák"], title="Consensus statement on concussion in sport—the 5th international conference on concussion in sport held in Berlin, October 2016", year=2017, doi="10.1136/bjsports-2017-097699", kind=A),
 dict(authors=["Emery", "Kang", "Shrier"], title="Risk of injury associated with body checking among youth ice hockey players", year=2010, doi="10.1001/jama.2010.755", kind=A),
 dict(title="IIHF Official Rule Book 2023/24", year=2023, kind=R),
 dict(authors=["Heikkilä-Osei"], title="Jääkiekkoilijoiden lonkka- ja nivusvaivat: esiintyvyys ja riskitekijät", year=2021, kind=T),
 dict(authors=["Rantanen-Diallo", "Lehtimäki", "Öhman"], title="Aivotärähdykset nuorten jääkiekossa", year=2023, doi="10.99999/lt.2023.60.2.44", kind=A),
 dict(authors=["Black", "Hagel", "Palacios-Derflingher", "Schneider", "Emery"], title="The risk of injury associated with body checking among Pee Wee ice hockey players: an evaluation of Hockey Canada’s national body checking policy change", year=2017, doi="10.1136/bjsports-2016-097392", kind=A),
 dict(authors=["Kujala", "Taimela", "Antti-Poika"], title="Acute injuries in soccer, ice hockey, volleyball, basketball, judo, and karate: analysis of national registry data", year=1995, doi="10.1136/bmj.311.7018.1465", kind=A),
]
put("pdftext", "jaakiekko-vammat-fi", {
 "about": "An invented Finnish sports-medicine and injury-epidemiology article (ice hockey injuries treated in Finland 2012–2022 from the national Care Register) as pdftotext (no -layout) gives three pages of a Liikunta & Tiede research article: journal head with the article's own (invented) DOI, title, authors with affiliation numbers, Tiivistelmä, sections, form feeds, running heads with page numbers, words hyphenated at line ends, a text table, Vancouver numbered citations in order of first citation (`[1]`, `[4,5]`, `[6–8]` three pairs, `[12, s. 9–14]`, `[15, sääntö 124]`, `[8, s. 380]`, a citation starting a line), and a numbered `Lähteet` of 19 entries with indented continuation lines, `ym.` for et al., DOIs as `doi:` and one as `https://doi.org/`, two DOIs and two URLs wrapped at a hyphen or after `/`, Finlex laws with `(luettu …)`. Real works cited with data as remembered (Mölsä et al. 1997, Tuominen et al. 2015, van Mechelen et al. 1992, Parkkari et al. 2001 and 2004, Fuller et al. 2006, Clarsen et al. 2013, Bahr et al. 2020, Liikuntalaki 390/2015, the athletes' accident and pension act 276/2009, THL's Hilmo page, McCrory et al. 2017, Emery et al. 2010, the IIHF rule book 2023/24, Black et al. 2017, Kujala et al. 1995; DOIs and URLs remembered, not looked up). Invented: the authors Aino Väisänen-Obi, Mikko Lahtela and Sanna Kivimäki-Rask and their units, the article and its DOI 10.99999/lt.2024.61.3.72, every figure, Koskinen-Mwangi & Heinonen's UKK report 14/2022, Heikkilä-Osei's dissertation, Rantanen-Diallo et al.'s Liikunta & Tiede article and its DOI 10.99999/lt.2023.60.2.44. Planted: entry 19 (Kujala et al. 1995) is never cited: `uncited-literature-entry` at the line where it starts; notes are keyed for the cited numbers 1–18 only.",
 "document": "jaakiekko-vammat.txt", "reader": "plain-text", "clean": True,
 "notes": {str(i + 1): e for i, e in enumerate(pt[:18])},
 "literature": pt,
})

# ---- mediawiki: Swahili Wikipedia-style article on East African distance running (Iten, Kenyan and Tanzanian runners) ----
finn = dict(authors=["Finn"], title="Running with the Kenyans: Discovering the Secrets of the Fastest People on Earth", year=2012, kind=B)
oly = dict(title="Athletics at the 1968 Summer Olympics – Men's 1500 metres", url="https://matokeo-olimpiki.example.org/1968/riadha/1500m-wanaume", kind=W)
bale = dict(authors=["Bale", "Sang"], title="Kenyan Running: Movement Culture, Geography and Global Change", year=1996, kind=B)
bayi = dict(authors=["Mwakilema"], title="Bayi: siku niliyovunja rekodi ya dunia", year=2014, url="https://habari-michezo.example.org/riadha/bayi-1974", kind=A)
saltin = dict(authors=["Saltin", "Larsen", "Terrados"], title="Aerobic exercise capacity at sea level and at altitude in Kenyan boys, junior and senior runners compared with Scandinavian runners", year=1995, doi="10.1111/j.1600-0838.1995.tb00037.x", kind=A)
larsen = dict(authors=["Larsen"], title="Kenyan dominance in distance running", year=2003, doi="10.1016/S1095-6433(03)00227-7", kind=A)
onywera = dict(authors=["Onywera", "Scott", "Boit", "Pitsiladis"], title="Demographic characteristics of elite Kenyan endurance runners", year=2006, doi="10.1080/02640410500189033", kind=A)
kiprono = dict(authors=["Kiprono-Mtui"], title="Kambi za mazoezi ya riadha Iten na uchumi wa kaunti, 1990–2015", year=2018, kind=T)
sportsact = dict(title="Sports Act, 2013 (No. 25 of 2013)", year=2013, url="http://kenyalaw.org/kl/fileadmin/pdfdownloads/Acts/SportsActNo25of2013.pdf", kind=R)
kipchoge = dict(title="Eliud KIPCHOGE – Athlete Profile", url="https://worldathletics.org/athletes/kenya/eliud-kipchoge-14208194", kind=W)
rekodi = dict(title="Marathon – men – senior – all-time top list", url="https://worldathletics.org/records/all-time-toplists/road-running/marathon/outdoor/men/senior", kind=W)
chepkemoi = dict(authors=["Chepkemoi-Lindahl", "Otieno"], title="Women's participation and doping risk in Kenyan high-altitude training camps", year=2023, doi="10.99999/19406940.2023.2201147", kind=A)
aiu = dict(title="Annual Report 2023", year=2024, url="https://aiu-ripoti.example.org/annual-report-2023.pdf", kind=R)
mw_notes = [finn, oly, bale, bayi, saltin, larsen, onywera, kiprono, sportsact, kipchoge, rekodi, chepkemoi, aiu]
put("mediawiki", "riadha-kenya-sw", {
 "about": "A Swahili Wikipedia-style article (written for this corpus) on distance running in Kenya and Tanzania: an `{{Infobox sport}}`, internal links, sections Historia, Sababu za mafanikio, Iten na kambi za mazoezi, Rekodi na mafanikio ya kisasa, Tazama pia, Marejeo (`<references/>`), categories; `<ref>`s with English CS1 templates as sw.wikipedia uses them (`{{cite book}}` with `isbn` and `page`, `{{Cite web}}` with `access-date` in Swahili dates, `{{Cite news}}` with `date`, `{{cite journal}}` with `display-authors=etal`, `{{Cite thesis}}`, `{{cite report}}` with a corporate `author=`), six named refs of which `finn` is reused three times, `bale`, `onywera`, `saltin`, `wa-kipchoge` and `wa-rekodi` once each, and two refs side by side; notes numbered by first use (13 notes for 20 markers). Real works cited with data as remembered (Finn 2012, Bale & Sang 1996, Saltin et al. 1995, Larsen 2003, Onywera et al. 2006, Kenya's Sports Act 2013 and its kenyalaw.org URL, World Athletics' Kipchoge profile and marathon all-time list URLs; DOIs and URLs remembered, not looked up). Invented: the Olympic results page on matokeo-olimpiki.example.org, Mwakilema's newspaper item in Habari za Michezo, Kiprono-Mtui's MA thesis, Chepkemoi-Lindahl & Otieno's article and its DOI 10.99999/19406940.2023.2201147, the AIU annual report's URL on aiu-ripoti.example.org. The article has no bibliography section: the literature is empty.",
 "document": "mbio-masafa-marefu.wiki", "reader": "mediawiki", "clean": True,
 "notes": {str(i + 1): e for i, e in enumerate(mw_notes)},
 "literature": [],
})
