"""Writes the meta.json of heldout57 half B's documents (rmarkdown, docx, odt, pdftext, mediawiki).
Round 57's theme: environment, climate and the earth sciences — fieldwork, data and official
assessment.  Labels and lines come from the ⟦label⟧ annotations in the sources (for the odt, from
its {fn:…} footnotes); fields are given here by hand.  Conventions: see ../../HALF_B.md.  Then:
  .venv/bin/python tests/corpus_build/build.py tests/heldout57 pm25-admissions-en shelf-heatwaves-en pieniny-geologia-pl
  .venv/bin/python tests/corpus_build/build_docx.py tests/heldout57 flottleder-sv
  .venv/bin/python tests/heldout57/_src/_meta/build_odt_b.py
  python3 tests/heldout57/_src/_meta/check_b.py"""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
B, A, C, R, CH, W, T, U = "book", "article", "commentary", "report", "chapter", "web", "thesis", "unknown"


def put(fmt, name, meta):
    p = os.path.join(HERE, "..", fmt, name, "meta.json")
    open(p, "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")


# ---- rmarkdown: English air-quality-and-health report (bookdown), references.bib, default Chicago author-date ----
rm = {
 "bhaskaran2013": dict(authors=["Bhaskaran", "Gasparrini", "Hajat", "Smeeth", "Armstrong"], title="Time Series Regression Studies in Environmental Epidemiology", year=2013, doi="10.1093/ije/dyt092", kind=A),
 "carslaw2012": dict(authors=["Carslaw", "Ropkins"], title="openair — An R Package for Air Quality Data Analysis", year=2012, doi="10.1016/j.envsoft.2011.09.008", kind=A),
 "openair2024": dict(authors=["Carslaw", "Ropkins"], title="openair: Tools for the Analysis of Air Pollution Data", year=2024, url="https://CRAN.R-project.org/package=openair", kind=W),
 "defra2019": dict(title="Clean Air Strategy 2019", year=2019, url="https://www.gov.uk/government/publications/clean-air-strategy-2019", kind=R),
 "directive2008": dict(title="Directive 2008/50/EC of the European Parliament and of the Council of 21 May 2008 on Ambient Air Quality and Cleaner Air for Europe", year=2008, url="https://eur-lex.europa.eu/eli/dir/2008/50/oj", kind=R),
 "dockery1993": dict(authors=["Dockery", "Pope", "Xu", "Spengler", "Ware", "Fay", "Ferris", "Speizer"], title="An Association between Air Pollution and Mortality in Six U.S. Cities", year=1993, doi="10.1056/NEJM199312093292401", kind=A),
 "eea2022": dict(title="Air Quality in Europe 2022", year=2022, url="https://www.eea.europa.eu/publications/air-quality-in-europe-2022", kind=R),
 "gasparrini2011": dict(authors=["Gasparrini"], title="Distributed Lag Linear and Non-Linear Models in R: The Package dlnm", year=2011, doi="10.18637/jss.v043.i08", kind=A),
 "hallam2022": dict(authors=["Hallam", "Okonkwo"], title="Calibrating Low-Cost Particle Sensors against Reference Monitors in a Coastal Conurbation", year=2022, kind=CH),
 "iso7708": dict(title="Air Quality — Particle Size Fraction Definitions for Health-Related Sampling", year=1995, kind=R),
 "liu2019": dict(authors=["Liu", "Chen", "Sera"], title="Ambient Particulate Air Pollution and Daily Mortality in 652 Cities", year=2019, doi="10.1056/NEJMoa1817364", kind=A),
 "marsh2021": dict(authors=["Marsh"], title="Wood Smoke, Winter Inversions and Urban Air in Northern England, 2008–2019", year=2021, url="https://theses.northumbria.example.org/id/eprint/4471", kind=T),
 "okonkwo2023": dict(authors=["Okonkwo", "Hallam"], title="Hourly PM2.5 at Urban Background Sites and Calibrated Low-Cost Sensors, Tyneside, 2015–2022", year=2023, doi="10.99999/zenodo.7741208", kind=W),
 "pope2006": dict(authors=["Pope", "Dockery"], title="Health Effects of Fine Particulate Air Pollution: Lines that Connect", year=2006, doi="10.1080/10473289.2006.10464485", kind=A),
 "pryce2023": dict(authors=["Pryce"], title="Smoke Alert as Tyneside Records Its Dirtiest January Air in a Decade", year=2023, url="https://www.tynecourier.example.net/news/2023/01/27/smoke-alert-january-air", kind=A),
 "rcore2024": dict(title="R: A Language and Environment for Statistical Computing", year=2024, url="https://www.R-project.org/", kind=W),
 "who2021": dict(title="WHO Global Air Quality Guidelines: Particulate Matter (PM2.5 and PM10), Ozone, Nitrogen Dioxide, Sulfur Dioxide and Carbon Monoxide", year=2021, kind=R),
}
RM_ORDER = list(rm)  # references.bib and this dict are written in Chicago author-date order
put("rmarkdown", "pm25-admissions-en", {
 "about": "An invented English environmental-epidemiology report (winter PM2.5 episodes and emergency respiratory admissions on Tyneside, 2015–2022) in R Markdown for bookdown::html_document2: YAML header naming `references.bib`, R chunks (library calls, openair's polarPlot, a dlnm cross-basis; no citations), a bookdown cross reference `\\@ref(fig:polar)` (no citation), `[@a; @b]`, `[@key, 41–46]`, `[@key, ch. 3]`, `[@key, Annex XIV]`, `@key [1190–92]`, `[cf. @key, 77]`, `[see @key, 91]`, `[@a; -@b, 52]`, PM~2.5~ subscripts, a `# References {-}` heading over `<div id=\"refs\">`. references.bib: real articles (Dockery et al. 1993, Pope & Dockery 2006, Liu et al. 2019, Bhaskaran et al. 2013, Gasparrini 2011, Carslaw & Ropkins 2012) with data as remembered, the WHO 2021 guidelines, EEA report, Directive 2008/50/EC, Defra's Clean Air Strategy 2019, ISO 7708:1995, R and the openair package; invented: the authors Hallam and Okonkwo and their conference paper and Zenodo dataset (DOI 10.99999/zenodo.7741208), Marsh's thesis and its host theses.northumbria.example.org, the Tyne Courier article by Pryce (host tynecourier.example.net), all figures. Planted: `[@ostro2004]` has no .bib entry (missing-literature-entry).",
 "document": "admissions.Rmd", "reader": "pandoc-markdown", "clean": True,
 "notes": {k: rm[k] for k in RM_ORDER},
 "literature": [rm[k] for k in RM_ORDER],
})

# ---- docx: Swedish environmental history (timber floating in Vindelälven), footnotes + source/literature list ----
torn = dict(authors=["Törnlund", "Östlund"], title="Floating timber in northern Sweden: The construction of floatways and transformation of rivers", year=2002, kind=A)
vatt = dict(title="Vattenlag", year=1918, kind=R)
hla = dict(kind=U)
nils = dict(authors=["Nilsson"], title="Forecasting environmental responses to restoration of rivers used as log floatways: An interdisciplinary challenge", year=2005, doi="10.1007/s10021-005-0030-9", kind=A)
karta = dict(year=1912, kind=B)
foto = dict(title="Rensningslag vid Gunnarnsforsen", year=1911, kind=U)
lind = dict(authors=["Lindqvist"], title="Älven som arbetsplats: flottare, rensning och vattenrätt i Ångermanälven 1880–1960", year=2016, kind=T)
sorl = dict(authors=["Sörlin"], title="Framtidslandet: debatten om Norrland och naturresurserna under det industriella genombrottet", year=1988, kind=B)
sou = dict(title="Flottledernas avveckling: betänkande av flottledsutredningen", year=1977, kind=R)
intv = dict(kind=C)
mb = dict(title="Miljöbalk", year=1998, kind=R)
vdir = dict(title="Europaparlamentets och rådets direktiv 2000/60/EG av den 23 oktober 2000 om upprättande av en ram för gemenskapens åtgärder på vattenpolitikens område", year=2000, kind=R)
hav = dict(title="Restaurering av flottledspåverkade vattendrag: en vägledning", year=2019, kind=R)
lst = dict(title="Vindelälven – restaurering efter flottningen", url="https://www.lansstyrelsen-ac.example.org/natur/vindelalven-restaurering", kind=W)
hass = dict(authors=["Hasselquist"], title="Time for recovery of riparian plants in restored northern Swedish streams: A chronosequence study", year=2015, doi="10.1890/14-1102.1", kind=A)
smhi = dict(url="https://vattenwebb.smhi.se/station/", kind=W)
ren = dict(authors=["Renöfält", "Holmgren"], title="Inventering av flottledsrester i Vindelälvens biflöden 2016–2018", year=2019, doi="10.99999/zenodo.3345120", kind=W)
sand = dict(authors=["Sandström"], title="Memory of the floatways: Oral history from the Pite River", year=2013, kind=CH)
dx_notes = [torn, vatt, hla, nils, karta, foto, lind, torn, torn, sorl, sorl, sou, intv, mb, vdir, hav, lst, hass, smhi, ren, lind, sand]
assert len(dx_notes) == 22
put("docx", "flottleder-sv", {
 "about": "An invented Swedish environmental-history article (timber floating in Vindelälven and its tributaries, 1880–2020: clearing, abandonment, restoration and memory) in Word: title, byline, Heading 1/2 sections, 22 footnotes in Swedish humanities style (full first notes, short notes, `A.a.`, `Ibid.`; a journal article, the 1918 Water Act and the Environmental Code by SFS number, an archival file of the Landsarkivet i Härnösand by series and volume, a Generalstab map sheet, a museum photograph, a dissertation, an SOU report, an interview, the Water Framework Directive in Swedish, an agency report, a county board web page, SMHI station data, a Zenodo dataset, a conference paper, DOIs as `doi:` and https://doi.org links) and a Käll- och litteraturförteckning in four groups. Real works (Törnlund & Östlund 2002, Nilsson et al. 2005, Hasselquist et al. 2015, Sörlin 1988, the laws and the directive) with data as remembered; invented: the author Karin Ekholm, the archival file and its series, the museum's inventory number and photograph, the map's sheet details, Lindqvist's dissertation, SOU 1977:34's title, HaV-rapport 2019:14, the county board page and its host lansstyrelsen-ac.example.org, the SMHI station number, the Renöfält & Holmgren dataset (DOI 10.99999/zenodo.3345120), Sandström's paper, the interview and all statements.",
 "document": "flottleder-sv.docx", "reader": "docx", "clean": True, "lang": "sv-SE",
 "title": "Flottledernas efterliv", "creator": "Karin Ekholm",
 "notes": {str(i + 1): e for i, e in enumerate(dx_notes)},
 "literature": [hla, foto, intv, vdir, sou, hav, karta, mb, vatt, lst, ren, smhi, hass, lind, nils, sand, sorl, torn],
})

# ---- odt: Italian environmental law chapter (ecological flow), footnotes + Bibliografia ----
dir_it = dict(title="Direttiva 2000/60/CE del Parlamento europeo e del Consiglio, del 23 ottobre 2000, che istituisce un quadro per l'azione comunitaria in materia di acque", year=2000, kind=R)
dlgs = dict(title="Norme in materia ambientale", year=2006, kind=R)
della = dict(authors=["Dell'Anno"], title="Diritto dell'ambiente", year=2018, kind=B)
eea = dict(title="European waters: assessment of status and pressures 2018", year=2018, kind=R)
com = dict(title="Relazione della Commissione al Parlamento europeo e al Consiglio sull'attuazione della direttiva quadro sulle acque (2000/60/CE) e della direttiva sulle alluvioni (2007/60/CE)", year=2019, kind=R)
cgue = dict(title="Bund für Umwelt und Naturschutz Deutschland c. Bundesrepublik Deutschland", year=2015, kind=R)
dd = dict(title="Linee guida per l'aggiornamento dei metodi di determinazione del deflusso minimo vitale al fine di garantire il mantenimento, nei corsi d'acqua, del deflusso ecologico a sostegno del raggiungimento degli obiettivi di qualità definiti ai sensi della Direttiva 2000/60/CE", year=2017, kind=R)
cc = dict(year=2009, kind=R)
po = dict(title="Piano di gestione del distretto idrografico del fiume Po. Terzo ciclo 2021-2027. Relazione generale", year=2021, url="https://pdgpo.adbpo.example.net/relazione-generale", kind=R)
ispra = dict(title="Stato ecologico dei corsi d'acqua: analisi dei dati del secondo ciclo di monitoraggio", year=2022, kind=R)
ferr = dict(authors=["Ferraresi"], title="Il deflusso ecologico tra pianificazione di distretto e concessioni idroelettriche", year=2020, kind=A)
lug = dict(authors=["Lugaresi"], title="Le acque", year=2021, kind=CH)
bian = dict(authors=["Bianchi", "Guidotti"], title="Deflusso ecologico e idroelettrico alpino: evidenze dal monitoraggio in Valtellina", year=2022, kind=CH)
arpa = dict(title="Portate medie giornaliere, stazione idrometrica Adda a Fuentes", url="https://www.dati.lombardia.example.net/d/adda-fuentes-portate", kind=W)
iso = dict(title="Sistemi di gestione ambientale – Requisiti e guida per l'uso", year=2015, kind=R)
march = dict(authors=["Marchetti"], title="Siccità, il Po ai minimi da settant'anni", year=2022, kind=A)
pag = dict(authors=["Pagani"], title="La tutela quantitativa delle acque superficiali nel diritto dell'Unione europea", year=2019, kind=T)
od_notes = [dir_it, dlgs, della, eea, com, cgue, cgue, dd, cc, po, ispra, ferr, ferr, lug, bian, arpa, arpa, iso, march, della, pag, pag]
assert len(od_notes) == 22
put("odt", "deflusso-ecologico-it", {
 "about": "An invented Italian environmental-law book chapter (ecological flow between the Water Framework Directive, the district management plans and hydropower concessions) in LibreOffice: headings, 22 footnotes (text:note footnote) in Italian legal style (the directive with its GUCE reference, the D.lgs. 152/2006, a CJEU judgment by case number and ECLI, a Constitutional Court judgment by number only, a ministerial decree, the Po district plan online, EEA and ISPRA reports, a Commission report COM(2019) 95, a journal article, a chapter in an edited handbook `a cura di`, a conference paper, an ARPA open dataset, UNI EN ISO 14001:2015, a newspaper article, a doctoral thesis, `Ivi`, `Ibidem`, `cit.`) and a Bibliografia in two groups. Real works (the directive, the D.lgs., C-461/13, Corte cost. 246/2009, D.D. 30/STA 2017, EEA Report 7/2018, COM(2019) 95, ISO 14001, Dell'Anno's handbook) with data as remembered; invented: Ferraresi's article, Lugaresi's chapter as cited, the Bianchi & Guidotti paper, ISPRA Rapporti 371/2022's title, Marchetti's newspaper article, Pagani's thesis, the hosts pdgpo.adbpo.example.net and dati.lombardia.example.net, all page numbers and statements.",
 "document": "deflusso-ecologico-it.odt", "reader": "odt", "clean": True,
 "title": "Il deflusso ecologico tra direttiva quadro e concessioni di derivazione",
 "notes": {str(i + 1): e for i, e in enumerate(od_notes)},
 "literature": [po, com, cc, cgue, dd, dir_it, dlgs, eea, ispra, iso, arpa, bian, della, ferr, lug, march, pag],
 "defects": [],
})

# ---- pdftext: English oceanography article (AGU author–date), alphabetical References ----
pt = [
 dict(title="Argo float data and metadata from Global Data Assembly Centre (Argo GDAC)", year=2023, doi="10.17882/42182", kind=W),
 dict(authors=["Chen", "Marlowe", "Tranter"], title="Stratification and the surface signature of marine heatwaves on the Celtic Sea shelf", year=2021, doi="10.99999/2021JC017455", kind=A),
 dict(title="Atlantic-European North West Shelf-Ocean Physics Reanalysis", year=2022, doi="10.48670/moi-00059", kind=W),
 dict(authors=["Fox-Kemper", "Hewitt", "Xiao", "Aðalgeirsdóttir", "Drijfhout", "Edwards"], title="Ocean, cryosphere and sea level change", year=2021, doi="10.1017/9781009157896.011", kind=CH),
 dict(authors=["Frölicher", "Fischer", "Gruber"], title="Marine heatwaves under global warming", year=2018, doi="10.1038/s41586-018-0383-9", kind=A),
 dict(authors=["Hersbach", "Bell", "Berrisford", "Hirahara", "Horányi", "Muñoz-Sabater"], title="The ERA5 global reanalysis", year=2020, doi="10.1002/qj.3803", kind=A),
 dict(authors=["Hobday", "Alexander", "Perkins", "Smale", "Straub", "Oliver"], title="A hierarchical approach to defining marine heatwaves", year=2016, doi="10.1016/j.pocean.2015.12.014", kind=A),
 dict(authors=["Holbrook", "Scannell", "Sen Gupta", "Benthuysen", "Feng", "Oliver"], title="A global assessment of marine heatwaves and their drivers", year=2019, doi="10.1038/s41467-019-10206-z", kind=A),
 dict(authors=["Huang", "Liu", "Banzon", "Freeman", "Graham", "Hankins"], title="Improvements of the Daily Optimum Interpolation Sea Surface Temperature (DOISST) Version 2.1", year=2021, doi="10.1175/JCLI-D-20-0166.1", kind=A),
 dict(title="IPCC special report on the ocean and cryosphere in a changing climate", year=2019, doi="10.1017/9781009157964", kind=R),
 dict(title="Unusually warm seas around the UK and Ireland", year=2023, url="https://blog.metoffice.example.net/2023/06/22/unusually-warm-seas/", kind=W),
 dict(authors=["Oliver", "Donat", "Burrows", "Moore", "Smale", "Alexander"], title="Longer and more frequent marine heatwaves over the past century", year=2018, doi="10.1038/s41467-018-03732-9", kind=A),
 dict(authors=["Pennington"], title="Subsurface expression of marine heatwaves on a seasonally stratified shelf", year=2022, url="https://research.bangor.example.org/theses/pennington-2022", kind=T),
 dict(authors=["Reynolds", "Smith", "Liu", "Chelton", "Casey", "Schlax"], title="Daily high-resolution-blended analyses for sea surface temperature", year=2007, doi="10.1175/2007JCLI1824.1", kind=A),
 dict(authors=["Schlegel", "Smit"], title="heatwaveR: A central algorithm for the detection of heatwaves and cold-spells", year=2018, doi="10.21105/joss.00821", kind=A),
 dict(authors=["Smale", "Wernberg", "Oliver", "Thomsen", "Harvey", "Straub"], title="Marine heatwaves threaten global biodiversity and the provision of ecosystem services", year=2019, doi="10.1038/s41558-019-0412-1", kind=A),
 dict(authors=["Wong", "Wijffels", "Riser", "Pouliquen", "Hosoda", "Roemmich"], title="Argo data 1999–2019: Two million temperature-salinity profiles and subsurface velocity observations from a global array of profiling floats", year=2020, doi="10.3389/fmars.2020.00700", kind=A),
]
UNCITED = 14
put("pdftext", "shelf-heatwaves-en", {
 "about": "An invented English physical-oceanography article (surface and bottom-reaching marine heatwaves on the northwest European shelf, 1982–2023) as pdftotext gives an AGU journal page (JGR Oceans): side column with Key Points, correspondence and the article's own suggested citation (no citation pairs), title block, Abstract and Plain Language Summary, running heads with the article's DOI and `PENROSE ET AL.` / `n of 4` footers, form feeds, a word hyphenated at a line end, AGU author–date citations `(Hobday et al., 2016)`, `Frölicher et al. (2018)`, `(Fox-Kemper et al., 2021, p. 1228)`, `(IPCC, 2019, chap. 5)`, `(Argo, ⏎2023)` wrapped over lines, corporate authors (Argo, E.U. Copernicus Marine Service Information, IPCC, Met Office), an Open Research section, and an alphabetical References list with hanging indents and `et al.` after six authors, DOIs as https://doi.org links (one wrapped at a line end). Real works (Hobday 2016, Oliver 2018, Frölicher 2018, Holbrook 2019, Huang 2021, Hersbach 2020, Smale 2019, Schlegel & Smit 2018, Wong 2020, Reynolds 2007, IPCC SROCC 2019, AR6 WG I ch. 9, the Argo and CMEMS DOIs) with data as remembered; invented: the authors Penrose, Abiodun and Kerr, the article and its DOI 10.99999/2023JC019912, the Shelf Seas Observatory, Chen et al. 2021 (DOI 10.99999/2021JC017455), the Met Office page and its host blog.metoffice.example.net, Pennington's thesis and its host research.bangor.example.org, all results. Planted: Reynolds et al. (2007) is cited nowhere (uncited-literature-entry at its first line).",
 "document": "shelf-heatwaves.txt", "reader": "pdf-text", "clean": True,
 "notes": {str(i + 1): e for i, e in enumerate(pt) if i + 1 != UNCITED},
 "literature": pt,
})

# ---- mediawiki: Polish Wikipedia-style article on the Pieniny Klippen Belt ----
b1977 = dict(authors=["Birkenmajer"], title="Jurassic and Cretaceous lithostratigraphic units of the Pieniny Klippen Belt, Carpathians, Poland", year=1977, kind=A)
b1979 = dict(authors=["Birkenmajer"], title="Przewodnik geologiczny po pienińskim pasie skałkowym", year=1979, kind=B)
ksi = dict(authors=["Książkiewicz"], title="Budowa geologiczna Polski", year=1972, kind=B)
osz = dict(authors=["Oszczypko", "Oszczypko-Clowes"], title="The Paleogene and Early Neogene stages in the evolution of the Pieniny Klippen Belt", year=2010, doi="10.99999/pg.2010.58.7.601", kind=A)
plas = dict(authors=["Plašienka"], title="Continuity and episodicity in the early Alpine tectonic evolution of the Western Carpathians: How large-scale processes are expressed by the orogenic architecture and rock record data", year=2018, doi="10.1029/2017TC004779", kind=A)
jur = dict(authors=["Jurewicz"], title="Geodynamic evolution of the Tatra Mts. and the Pieniny Klippen Belt (Western Carpathians): problems and comments", year=2005, kind=A)
muz = dict(kind=U)
mapa = dict(authors=["Gołębiowska", "Nowicki"], title="Szczegółowa mapa geologiczna Polski 1:50 000. Arkusz Szczawnica", year=2015, kind=B)
cbdg = dict(title="Centralna Baza Danych Geologicznych", url="https://cbdgportal.pgi.gov.pl/", kind=W)
news = dict(authors=["Zając"], title="Osuwisko zamknęło drogę 969 w Krościenku", year=2021, url="https://gazetakrakowska.example.net/osuwisko-kroscienko-droga-969/ar/c1-2021", kind=A)
thes = dict(authors=["Wiśniewska"], title="Osuwiska w strefie pienińskiego pasa skałkowego między Czorsztynem a Szczawnicą", year=2019, kind=T)
ppn = dict(title="Historia Parku", url="https://www.pieninypn.example.net/historia-parku", kind=W)
ust = dict(title="Ustawa z dnia 16 kwietnia 2004 r. o ochronie przyrody", year=2004, kind=R)
krob = dict(authors=["Krobicki", "Golonka"], title="Pieniny Klippen Belt: Czorsztyn – Sromowce – Szczawnica", year=2010, kind=CH)
mw_notes = [b1979, ksi, b1977, b1977, b1979, jur, plas, osz, b1979, muz, mapa, cbdg, news, thes, ppn, ust, krob]
assert len(mw_notes) == 17
put("mediawiki", "pieniny-geologia-pl", {
 "about": "An invented Polish Wikipedia-style article on the Pieniny Klippen Belt (geology, andesites, mapping, landslides, protection) in wikitext: `{{Inne znaczenia}}`, an infobox, sections, `{{Odn|Nazwisko|Rok|s=…}}` short notes (the Polish counterpart of `{{sfn}}`) resolving to a Bibliografia of five `{{Cytuj pismo}}`/`{{Cytuj książkę}}` entries with `odn=tak`, `<ref>` notes with `{{Cytuj pismo}}`, `{{Cytuj książkę}}` (a map sheet; a chapter by `rozdział=`), `{{Cytuj stronę}}`, `{{Cytuj}}` (a doctoral thesis), a plain-text act of parliament and a museum specimen, named refs reused (`Jurewicz`, `PPN`), `{{Przypisy}}`, external links, navboxes and categories. Pairs by the number the page prints. Real works (Birkenmajer 1977 and 1979, Książkiewicz 1972, Plašienka 2018, Jurewicz 2005, the 2004 nature-conservation act, the CBDG portal) with data as remembered; invented: Oszczypko & Oszczypko-Clowes 2010 as cited (DOI 10.99999/pg.2010.58.7.601), the museum specimen number, the map sheet's authors Gołębiowska and Nowicki, the Gazeta Krakowska story by Zając and its host gazetakrakowska.example.net, Wiśniewska's thesis, Krobicki & Golonka's guide chapter as cited, the park's host pieninypn.example.net, and the article text.",
 "document": "pieninski-pas.wiki", "reader": "mediawiki", "clean": True,
 "notes": {str(i + 1): e for i, e in enumerate(mw_notes)},
 "literature": [b1977, b1979, ksi, osz, plas],
})
