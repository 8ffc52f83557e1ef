"""Writes the meta.json of heldout64 half A's documents (typst, pandoc, supmarkdown, asciidoc,
markdown-links).  Round 64's theme: oceanography and fisheries; theatre and performance history.
Half A: oceanography and fisheries, one sub-field per document (physical oceanography, fish stock
assessment, marine ecology, fisheries history, aquaculture).  Labels and lines come from the
⟦label⟧ annotations in the sources, checked on the built files by check_a.py; fields are given
here by hand.  Conventions: see ../../README.md, "Half A".  In short: journal articles `article`;
monographs and an FAO flagship report typed @book `book`; chapters
`chapter`; laws, regulations, court judgments, ICES reports and advice, institute and agency
reports, a toolbox guide by its makers, cruise reports, ocean atlases, management plans `report`; datasets, data products,
software and web pages `web`; theses `thesis`; archival items (a ship's log) `unknown` with no
title and no year.  Corporate authors, issuing bodies and editors are not keyed; author lists
ending in "and others" are not keyed.  Then:
  /work/main/.venv/bin/python tests/corpus_build/build.py tests/heldout64 irminger-argo-en merluza-evaluacion-es aalegraes-habitat-da thorskastrid-saga-is mexilon-bateas-gl
  python3 tests/heldout64/_src/_meta/check_a.py"""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
B, A, R, CH, W, T, U = "book", "article", "report", "chapter", "web", "thesis", "unknown"


def put(fmt, name, meta, file="meta.json"):
    p = os.path.join(HERE, "..", fmt, name, file)
    open(p, "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")


# ---- typst: English physical oceanography (Irminger Sea warming from Argo), refs.bib, style american-meteorological-society ----
ty = {
 "argo2000": dict(title="Argo Float Data and Metadata from Global Data Assembly Centre (Argo GDAC)", year=2000, doi="10.17882/42182", kind=W),
 "deboyer2004": dict(authors=["de Boyer Montégut", "Madec", "Fischer", "Lazar", "Iudicone"], title="Mixed Layer Depth over the Global Ocean: An Examination of Profile Data and a Profile-Based Climatology", year=2004, doi="10.1029/2004JC002378", kind=A),
 "dejong2016": dict(authors=["de Jong", "de Steur"], title="Strong Winter Cooling over the Irminger Sea in Winter 2014–2015, Exceptional Deep Convection, and the Emergence of Anomalously Low SST", year=2016, doi="10.1002/2016GL069596", kind=A),
 "cmems2023glorys": dict(title="Global Ocean Physics Reanalysis (GLOBAL_MULTIYEAR_PHY_001_030)", year=2023, doi="10.48670/moi-00021", kind=W),
 "gsw2023": dict(authors=["Firing", "Barker", "McDougall"], title="GSW-Python: The Python Implementation of the Gibbs SeaWater Oceanographic Toolbox of TEOS-10", year=2023, url="https://github.com/TEOS-10/GSW-Python", kind=W),
 "hersbach2020": dict(title="The ERA5 Global Reanalysis", year=2020, doi="10.1002/qj.3803", kind=A),
 "holliday2020": dict(authors=["Holliday", "Bersch", "Berx", "Chafik", "Cunningham", "Florindo-López", "Hátún", "Johns", "Josey", "Larsen", "Mulet", "Oltmanns", "Reverdin", "Rossby", "Thierry", "Valdimarsson", "Yashayaev"], title="Ocean Circulation Causes the Largest Freshening Event for 120 Years in Eastern Subpolar North Atlantic", year=2020, doi="10.1038/s41467-020-14474-y", kind=A),
 "holte2009": dict(authors=["Holte", "Talley"], title="A New Algorithm for Finding Mixed Layer Depths with Applications to Argo Data and Subantarctic Mode Water Formation", year=2009, doi="10.1175/2009JTECHO543.1", kind=A),
 "ices2024advice": dict(title="Beaked Redfish (Sebastes mentella) in ICES Subarea 14 and NAFO Subareas 1+2, Deep Pelagic Stock", year=2024, doi="10.99999/ices.advice.2024.reb.2127.dp", kind=R),
 "locarnini2018": dict(authors=["Locarnini", "Mishonov", "Baranova", "Boyer", "Zweng", "Garcia", "Reagan", "Seidov", "Weathers", "Paver", "Smolyar"], title="World Ocean Atlas 2018, Volume 1: Temperature", year=2018, kind=R),
 "lozier2019": dict(title="A Sea Change in Our View of Overturning in the Subpolar North Atlantic", year=2019, doi="10.1126/science.aau6592", kind=A),
 "mcdougall2011": dict(authors=["McDougall", "Barker"], title="Getting Started with TEOS-10 and the Gibbs Seawater (GSW) Oceanographic Toolbox", year=2011, kind=R),
 "penhallow2023cruise": dict(authors=["Penhallow", "Strand", "Quiller"], title="RV Skarvur Cruise SK23-05: Irminger Sea Repeat Section, 2–27 June 2023", year=2023, url="https://kol.example.org/reports/cruise/SK23-05.pdf", kind=R),
 "strand2021thesis": dict(authors=["Strand"], title="Heat Content and Convection in the Subpolar North Atlantic from Profiling Floats, 2000–2019", year=2021, kind=T),
 "strand2024data": dict(authors=["Strand", "Penhallow"], title="Bottle Salinity and CTD Profiles from Six Occupations of the Irminger Sea Repeat Section, 2012–2023", year=2024, doi="10.99999/PANGAEA.961204", kind=W),
 "vage2009": dict(authors=["Våge", "Pickart", "Thierry", "Reverdin", "Lee", "Petrie", "Agnew", "Wong", "Ribergaard"], title="Surprising Return of Deep Convection to the Subpolar North Atlantic Ocean in Winter 2007–2008", year=2009, doi="10.1038/ngeo382", kind=A),
 "wong2020": dict(title="Argo Data 1999–2019: Two Million Temperature-Salinity Profiles and Subsurface Velocity Observations from a Global Array of Profiling Floats", year=2020, doi="10.3389/fmars.2020.00700", kind=A),
 "yashayaev2017": dict(authors=["Yashayaev", "Loder"], title="Further Intensification of Deep Convection in the Labrador Sea in 2016", year=2017, doi="10.1002/2016GL071668", kind=A),
 "zweng2018": dict(authors=["Zweng", "Reagan", "Seidov", "Boyer", "Locarnini", "Garcia", "Mishonov", "Baranova", "Weathers", "Paver", "Smolyar"], title="World Ocean Atlas 2018, Volume 2: Salinity", year=2018, kind=R),
}
# AMS (author-date): author (corporate by name), year, title. Key corrected by the lead in round 77:
# Typst (hayagriva) sorts a lower-case particle after the given names whatever the style says
# (the style itself has demote-non-dropping-particle="sort-only"), so de Boyer Montégut under B
# and de Jong under J, after ICES (README "Key corrections").
TY_ORDER = ["argo2000", "deboyer2004", "cmems2023glorys", "gsw2023", "hersbach2020", "holliday2020",
            "holte2009", "ices2024advice", "dejong2016", "locarnini2018", "lozier2019", "mcdougall2011", "penhallow2023cruise",
            "strand2021thesis", "strand2024data", "vage2009", "wong2020", "yashayaev2017", "zweng2018"]
put("typst", "irminger-argo-en", {
 "about": "An invented English physical-oceanography paper (warming and salinification of the intermediate layer of the Irminger Sea, 2000-2024, from Argo profiles and six occupations of a repeat section, and winter mixed-layer depths) in Typst: #set document/page/text/par/heading, a centred title block with #super affiliation marks, @key, two @key side by side (two pairs), @key[p. 518], @key[fig. 3], @key[pp. 4--9], #cite(<key>, form: \"prose\") (once in running text, once in a #figure caption), a bare #cite(<key>), #cite(<key>, supplement: [...]), narrative @key, a labelled table <tab-mld> referred to by @tab-mld (a cross reference, no citation), #bibliography(\"refs.bib\", title: \"References\", style: \"american-meteorological-society\"). refs.bib (biblatex, one field a line): real works with data as remembered (Våge et al. 2009 Nature Geoscience, de Jong and de Steur 2016 GRL, Yashayaev and Loder 2017 GRL, Lozier et al. 2019 Science, Holliday et al. 2020 Nature Communications, Wong et al. 2020 Frontiers in Marine Science, the Argo GDAC data at SEANOE, World Ocean Atlas 2018 vols 1-2 as @report, Hersbach et al. 2020 ERA5, the Copernicus GLOBAL_MULTIYEAR_PHY_001_030 product as @online, McDougall and Barker 2011 TEOS-10 guide as @report (the toolbox makers' own guide: report), GSW-Python 3.6.17 as @online, Holte and Talley 2009, de Boyer Montégut et al. 2004); the author lists of Hersbach 2020, Lozier 2019 and Wong 2020 are cut with 'and others' (their authors not keyed). Invented: the persons Hallveig Strand, Owen M. Penhallow and Bryn Quiller, the Institute of Northern Seas, the Kirkwall Ocean Laboratory, the University of Porthleven, RV Skarvur and RV Meridian Star and their cruises, the cruise report (host kol.example.org), the thesis (strand2021thesis), the PANGAEA dataset (DOI 10.99999/PANGAEA.961204), the DOI 10.99999/ices.advice.2024.reb.2127.dp of the real-titled ICES redfish advice, and all figures. Every entry is cited.",
 "document": "article.typ", "reader": "typst", "clean": True,
 "notes": ty,
 "literature": [ty[k] for k in TY_ORDER],
})

# ---- pandoc: Spanish fish stock assessment (southern hake), refs.bib (biblatex), csl ices-journal-of-marine-science ----
pd = {
 "casey1995": dict(authors=["Casey", "Pereiro"], title="European hake (M. merluccius) in the North-east Atlantic", year=1995, kind=CH),
 "ices2023wgbie": dict(title="Working Group for the Bay of Biscay and the Iberian Waters Ecoregion (WGBIE)", year=2023, doi="10.99999/ices.pub.23541168", kind=R),
 "ices2024hke": dict(title="Hake (Merluccius merluccius) in divisions 8.c and 9.a, Southern stock (Cantabrian Sea and Atlantic Iberian waters)", year=2024, url="https://ices-library.example.org/advice/2024/hke.27.8c9a", kind=R),
 "ue2013": dict(title="Reglamento (UE) n.º 1380/2013 del Parlamento Europeo y del Consejo, de 11 de diciembre de 2013, sobre la política pesquera común", year=2013, url="https://eur-lex.europa.eu/eli/reg/2013/1380/oj", kind=R),
 "ue2019": dict(title="Reglamento (UE) 2019/472 del Parlamento Europeo y del Consejo, de 19 de marzo de 2019, por el que se establece un plan plurianual para las poblaciones capturadas en las aguas occidentales y aguas adyacentes", year=2019, url="https://eur-lex.europa.eu/eli/reg/2019/472/oj", kind=R),
 "ley2023": dict(title="Ley 5/2023, de 17 de marzo, de Pesca Sostenible e Investigación Pesquera", year=2023, url="https://www.boe.es/eli/es/l/2023/03/17/5", kind=R),
 "zubeldia2024tesis": dict(authors=["Zubeldia Arrieta"], title="La gestión de las pesquerías demersales del Cantábrico tras la reforma de la Política Pesquera Común", year=2024, url="https://addi.example.org/handle/10810/70213", kind=T),
 "pineiro2003": dict(authors=["Piñeiro", "Saínza"], title="Age estimation, growth and maturity of the European hake (Merluccius merluccius (Linnaeus, 1758)) from Iberian Atlantic waters", year=2003, doi="10.1016/S1054-3139(03)00086-9", kind=A),
 "methot2013": dict(authors=["Methot", "Wetzel"], title="Stock synthesis: A biological and statistical framework for fish stock assessment and fishery management", year=2013, doi="10.1016/j.fishres.2012.10.012", kind=A),
 "nielsen2014": dict(authors=["Nielsen", "Berg"], title="Estimation of time-varying selectivity in stock assessments using state-space models", year=2014, doi="10.1016/j.fishres.2014.01.014", kind=A),
 "mohn1999": dict(authors=["Mohn"], title="The retrospective problem in sequential population analysis: An investigation using cod fishery and simulated data", year=1999, doi="10.1006/jmsc.1999.0481", kind=A),
 "hurtado2015": dict(authors=["Hurtado-Ferro", "Szuwalski", "Valero", "Anderson", "Cunningham", "Johnson", "Licandeo", "McGilliard", "Monnahan", "Muradian", "Ono", "Vert-Pre", "Whitten", "Punt"], title="Looking in the rear-view mirror: bias and retrospective patterns in integrated, age-structured stock assessment models", year=2015, doi="10.1093/icesjms/fsu198", kind=A),
 "otero2024campana": dict(authors=["Otero Varela", "Ferreiro Lamas", "Zubeldia Arrieta"], title="Informe de la campaña DEMERSALES 1023 a bordo del B/O Miguel Oliver (18 de septiembre – 24 de octubre de 2023)", year=2024, kind=R),
 "otero2025datos": dict(authors=["Otero Varela", "Zubeldia Arrieta"], title="Matrices de entrada para la evaluación de la merluza sur, 1982–2023", year=2025, doi="10.99999/zenodo.14872211", kind=W),
 "sam2024": dict(authors=["Nielsen", "Berg"], title="stockassessment: State-Space Assessment Model", year=2024, url="https://github.com/fishfollower/SAM", kind=W),
 "r2024": dict(title="R: A Language and Environment for Statistical Computing", year=2024, url="https://www.R-project.org/", kind=W),
 "hilborn1992": dict(authors=["Hilborn", "Walters"], title="Quantitative Fisheries Stock Assessment: Choice, Dynamics and Uncertainty", year=1992, kind=B),
 "fao2024": dict(title="El estado mundial de la pesca y la acuicultura 2024. La transformación azul en acción", year=2024, doi="10.4060/cd0683es", kind=B),
}
# ices-journal-of-marine-science.csl (not in the folder), author-date: author (corporate by name; none: title), year
PD_ORDER = ["casey1995", "fao2024", "hilborn1992", "hurtado2015", "ices2023wgbie", "ices2024hke", "ley2023", "methot2013",
            "mohn1999", "nielsen2014", "sam2024", "otero2024campana", "otero2025datos", "pineiro2003", "r2024",
            "ue2019", "ue2013", "zubeldia2024tesis"]
put("pandoc", "merluza-evaluacion-es", {
 "about": "An invented Spanish fish-stock-assessment article (the southern stock of European hake in ICES divisions 8.c and 9.a: Stock Synthesis against the state-space model SAM, 1982-2023, Mohn's rho and trawl selectivity) in Pandoc Markdown: YAML header with title, two authors with affiliations, date, lang: es-ES, abstract, keywords, bibliography: refs.bib (biblatex), csl: ices-journal-of-marine-science.csl (not in the folder), link-citations; citations [@key], [@key, p. 132], [@key, pp. 90-94], [@a; @b], [@a; véase también @b, art. 4], narrative @key and @key [cap. 11], suppressed-author [-@key, p. 211], one inline note ^[...] opening after a citation and holding a narrative citation on its next line (the note a pair ^1 at the line where it opens, the citation a pair of its own at its line), four citations in a pipe table's source column, a 'Referencias {-}' heading with ::: {#refs}. refs.bib: real works with data as remembered (Casey and Pereiro 1995 chapter, the ICES WGBIE 2023 report and the 2024 hke.27.8c9a advice, Regulation (EU) 1380/2013 and 2019/472 and Ley 5/2023 as @legislation, Piñeiro and Saínza 2003, Methot and Wetzel 2013, Nielsen and Berg 2014, Mohn 1999, Hurtado-Ferro et al. 2015, the SAM package stockassessment as @software, R 2024 as @manual (as R's citation() gives it; a software team's program: web), Hilborn and Walters 1992, FAO SOFIA 2024 in Spanish). Invented: the persons Lucía Otero Varela, Iñaki Zubeldia Arrieta and Xoán Ferreiro Lamas, the Centro de Investigaciones Pesqueras de Ribadeo, the Estación Marina de Getaria, the Universidad del Cantábrico Oriental and its thesis (host addi.example.org), the DEMERSALES 1023 cruise report, the Zenodo dataset (DOI 10.99999/zenodo.14872211), the DOI 10.99999/ices.pub.23541168 of the WGBIE report, the advice's URL (host ices-library.example.org), the SAM version and all figures. Planted: [@punzon2019] in the table cites a key with no refs.bib entry: missing-literature-entry at its line (the citation keyed as a pair, no note); every entry is cited.",
 "document": "evaluacion.md", "reader": "pandoc-markdown", "clean": True,
 "notes": pd,
 "literature": [pd[k] for k in PD_ORDER],
})

# ---- supmarkdown: Danish marine ecology (eelgrass transplantation in Horsens Fjord), <sup>n</sup>, numbered ## Litteratur ----
sm = [
 dict(authors=["Duarte"], title="Seagrass depth limits", year=1991, doi="10.1016/0304-3770(91)90081-F", kind=A),
 dict(authors=["Orth", "Carruthers", "Dennison", "Duarte", "Fourqurean", "Heck"], title="A global crisis for seagrass ecosystems", year=2006, doi="10.1641/0006-3568(2006)56[987:AGCFSE]2.0.CO;2", kind=A),
 dict(authors=["Fourqurean", "Duarte", "Kennedy", "Marbà", "Holmer", "Mateo"], title="Seagrass ecosystems as a globally significant carbon stock", year=2012, doi="10.1038/ngeo1477", kind=A),
 dict(authors=["Boström", "Baden", "Bockelmann", "Dromph", "Fredriksen", "Gustafsson"], title="Distribution, structure and function of Nordic eelgrass (Zostera marina) ecosystems: implications for coastal management and conservation", year=2014, doi="10.1002/aqc.2424", kind=A),
 dict(authors=["Krause-Jensen", "Carstensen", "Nielsen", "Dalsgaard", "Christensen", "Fossing"], title="Sea bottom characteristics affect depth limits of eelgrass Zostera marina", year=2011, doi="10.3354/meps09026", kind=A),
 dict(authors=["Riemann", "Carstensen", "Dahl", "Fossing", "Hansen", "Jakobsen"], title="Recovery of Danish coastal ecosystems after reductions in nutrient loading: a holistic ecosystem approach", year=2016, doi="10.1007/s12237-015-9980-0", kind=A),
 dict(title="Europa-Parlamentets og Rådets direktiv 2000/60/EF af 23. oktober 2000 om fastlæggelse af en ramme for Fællesskabets vandpolitiske foranstaltninger", year=2000, kind=R),
 dict(title="Vandområdeplan 2021–2027 for Vandområdedistrikt Jylland og Fyn", year=2023, kind=R),
 dict(title="Marine områder 2021. NOVANA", year=2023, kind=R),
 dict(title="ODA – Overfladevandsdatabasen", year=2024, url="https://odaforalle.au.dk", kind=W),
 dict(authors=["Brandt-Holm", "Kjærgaard", "Lund-Iversen"], title="Togtrapport R/V Aurora, togt AU2023-11, Horsens Fjord og det sydlige Kattegat, 4.–8. september 2023", year=2023, kind=R),
 dict(title="Baltic Sea Physics Reanalysis (BALTICSEA_MULTIYEAR_PHY_003_011)", year=2023, doi="10.48670/moi-00013", kind=W),
 dict(authors=["Brandt-Holm"], title="Sediment og lys som barrierer for genetablering af ålegræs i danske fjorde", year=2022, kind=T),
 dict(authors=["Kjærgaard", "Brandt-Holm"], title="Overlevelse af udplantet ålegræs i Horsens Fjord 2017–2023", year=2024, doi="10.99999/fof.2024.130.045", kind=A),
 dict(authors=["Kjærgaard", "Brandt-Holm", "Lund-Iversen"], title="Shoot density and biomass of transplanted Zostera marina in Horsens Fjord, Denmark, 2017–2023", year=2024, doi="10.99999/PANGAEA.958812", kind=W),
 dict(authors=["Kuusemäe", "Rasmussen", "Canal-Vergés", "Flindt"], title="Modelling stressors on the eelgrass recovery process in two Danish estuaries", year=2016, doi="10.1016/j.ecolmodel.2016.04.008", kind=A),
 dict(authors=["Orth", "Lefcheck", "McGlathery", "Aoki", "Luckenbach", "Moore"], title="Restoration of seagrass habitat leads to rapid recovery of coastal ecosystem services", year=2020, doi="10.1126/sciadv.abc6434", kind=A),
]
put("supmarkdown", "aalegraes-habitat-da", {
 "about": "An invented Danish marine-ecology article (survival of transplanted eelgrass Zostera marina in seven plots in Horsens Fjord, 2017-2023, against sediment organic content and light) in Markdown with Vancouver <sup>n</sup> markers numbered by first citation (repeats keep their number; <sup>5,6</sup>, <sup>4,6</sup>, <sup>1,3,5</sup> and the range <sup>8–10</sup> one pair per number; three in a pipe table's source column, one of them <sup>14,15</sup>), Unicode superscript affiliation marks ¹ ² in the byline (no citations), and a numbered '## Litteratur' list of 17 Vancouver entries (Danish conventions: 'redaktør', '[internet]', '[citeret ...]', 'Tilgængelig fra:', '[ph.d.-afhandling]', '[datasæt]'; DOIs written 'doi:10...', 'DOI: 10...' and 'https://doi.org/10...', one with brackets and a semicolon: the BioScience SICI DOI). Real works with data as remembered: Duarte 1991, Orth et al. 2006, Fourqurean et al. 2012, Boström et al. 2014, Krause-Jensen et al. 2011, Riemann et al. 2016, the Water Framework Directive 2000/60/EC in Danish, the Vandområdeplan 2021-2027 for Jylland og Fyn, DCE's Marine områder 2021 (report number as remembered), the ODA database, the Copernicus BALTICSEA_MULTIYEAR_PHY_003_011 product, Kuusemäe et al. 2016, Orth et al. 2020 Science Advances. Invented: the persons Mette Kjærgaard, Søren Brandt-Holm and P. Lund-Iversen, the Syddansk Havuniversitet and its Institut for Kystøkologi, the Fjordcentret Juelsminde, the R/V Aurora cruise AU2023-11 report, the thesis, the Flora og Fauna article (DOI 10.99999/fof.2024.130.045), the PANGAEA dataset (DOI 10.99999/PANGAEA.958812) and all figures. Notes are the entries by number; the list is the literature (number given).",
 "document": "aalegraes.md", "reader": "sup-markdown", "clean": True,
 "notes": {str(i + 1): e for i, e in enumerate(sm)},
 "literature": [dict(number=i + 1, **e) for i, e in enumerate(sm)],
})

# ---- asciidoc: Icelandic fisheries history (the 50-mile limit and the second cod war), <<key>>, [bibliography] ----
ad = [
 ("aegir1972", dict(kind=U)),
 ("einarsson2021", dict(authors=["Einarsson"], title="Varðskipin og togvíraklippurnar: tækni og spuni í öðru þorskastríðinu", year=2021, doi="10.99999/saga.2021.59.1.88", kind=A)),
 ("gudni2004", dict(authors=["Jóhannesson"], title="How ‘cod war’ came: the origins of the Anglo-Icelandic fisheries dispute, 1958–61", year=2004, doi="10.1111/j.1468-2281.2004.00222.x", kind=A)),
 ("gudni2006", dict(authors=["Jóhannesson"], title="Þorskastríðin þrjú: Saga landhelgismálsins 1948–1976", year=2006, kind=B)),
 ("hafro1975", dict(title="Ástand nytjastofna á Íslandsmiðum og aflahorfur 1976", year=1975, kind=R)),
 ("hafro2024", dict(title="Þorskur – Gadus morhua. Ráðgjöf 2024/2025", year=2024, url="https://www.hafogvatn.is/is/radgjof/thorskur-2024", kind=W)),
 ("hagstofa2024", dict(title="Afli eftir tegundum og veiðisvæðum 1905–2023", year=2024, url="https://px.hagstofa.is/pxis/pxweb/is/Atvinnuvegir/SJA01101.px", kind=W)),
 ("hannes1982", dict(authors=["Jónsson"], title="Friends in Conflict: The Anglo-Icelandic Cod Wars and the Law of the Sea", year=1982, kind=B)),
 ("icj1974", dict(title="Fisheries Jurisdiction (United Kingdom of Great Britain and Northern Ireland v. Iceland), Merits, Judgment", year=1974, kind=R)),
 ("ingimundarson2003", dict(authors=["Ingimundarson"], title="A Western Cold War: The Crisis in Iceland’s Relations with Britain, the United States, and NATO, 1971–74", year=2003, kind=A)),
 ("jon2002", dict(authors=["Þór"], title="Sjósókn og sjávarfang: Saga sjávarútvegs á Íslandi", year=2002, kind=B)),
 ("kurlansky1997", dict(authors=["Kurlansky"], title="Cod: A Biography of the Fish That Changed the World", year=1997, kind=B)),
 ("log1948", dict(title="Lög nr. 44/1948 um vísindalega verndun fiskimiða landgrunnsins", year=1948, kind=R)),
 ("log1990", dict(title="Lög nr. 38/1990 um stjórn fiskveiða", year=1990, url="https://www.althingi.is/lagas/nuna/1990038.html", kind=R)),
 ("reglugerd1972", dict(title="Reglugerð nr. 189/1972 um fiskveiðilandhelgi Íslands", year=1972, kind=R)),
 ("steinsson2016", dict(authors=["Steinsson"], title="The Cod Wars: A Re-analysis", year=2016, doi="10.1080/09662839.2016.1160376", kind=A)),
 ("thordis2019", dict(authors=["Ólafsdóttir"], title="Togaraútgerð á Ísafirði 1950–1975", year=2019, url="https://skemman.example.org/handle/1946/33120", kind=T)),
]
put("asciidoc", "thorskastrid-saga-is", {
 "about": "An invented Icelandic fisheries-history article (the extension of Iceland's fishing limit to 50 miles in 1972, the warp cutters of the coast-guard vessels and the second cod war, 1971-1973) in AsciiDoc: document header with two authors (one e-mail address at an invented host), revision line and attributes (:lang: is, :toc:, :sectnums:), an [abstract], section anchors [[...]] of which one is referred to by <<heimildir>> (a cross reference, no citation), <<key>> and <<key,bls. 101>>/<<key,bls. 548–551>>/<<key,3. b., bls. 112>>, two footnote:[...] (pairs 1 and 2 at the lines where they open), each holding a <<key>> (a pair of its own at its line), a table whose source column cites in three cells, and a [bibliography] '== Heimildaskrá' of 17 entries (* [[[key]]] ..., Chicago author-date in Icelandic: Icelanders under their given names and not inverted (Guðni Th. Jóhannesson, Hannes Jónsson, Jón Þ. Þór, Þórdís Ólafsdóttir), foreigners and Icelanders writing abroad inverted, „...“ article titles, 'Sótt ... af' for access dates, 'MA-ritgerð'), the archival ship's log first, then alphabetical by first word. Keyed family names of Icelanders: the patronymic or last name (Jóhannesson, Jónsson, Þór, Ólafsdóttir, Einarsson). Real works with data as remembered: Guðni Th. Jóhannesson 2004 (Historical Research) and 2006, Hannes Jónsson 1982, Ingimundarson 2003 (Diplomacy & Statecraft, no DOI given), Jón Þ. Þór 2002, Kurlansky 1997, Steinsson 2016 (European Security), Hafrannsóknastofnun's 1975 'black report' (series and number as remembered), the ICJ judgment of 1974, Lög 44/1948, Lög 38/1990, the 1972 regulation (its number as remembered), Hagstofa's catch table (its path invented), the MFRI cod advice page (its path invented). Invented: the persons Þórdís Ólafsdóttir and Kári Einarsson, the shelf mark of the Ægir log in the Þjóðskjalasafn (an archival item: kind unknown, no title, no year), Einarsson's article in Saga (DOI 10.99999/saga.2021.59.1.88), Þórdís's MA thesis at an invented Háskóli Vestfjarða (host skemman.example.org), and all counts. Planted: Kurlansky 1997 is cited nowhere: uncited-literature-entry at its entry's line.",
 "document": "landhelgi.adoc", "reader": "asciidoc", "clean": True,
 "notes": {k: e for k, e in ad if k != "kurlansky1997"},
 "literature": [e for _, e in ad],
})

# ---- markdown-links: Galician aquaculture blog post (mussel rafts and biotoxin closures), inline links, ## Fontes ----
ml = [
 dict(authors=["Álvarez-Salgado", "Labarta", "Fernández-Reiriz", "Figueiras", "Rosón", "Piedracoba", "Filgueira", "Cabanas"], title="Renewal time and the impact of harmful algal blooms on the extensive mussel raft culture of the Iberian coastal upwelling system (SW Europe)", year=2008, doi="10.1016/j.hal.2008.04.007", kind=A),
 dict(authors=["Blanco", "Fernández", "Míguez", "Moroño"], title="Okadaic acid depuration in the mussel Mytilus galloprovincialis: one- and two-compartment models and the effect of environmental conditions", year=1999, doi="10.3354/meps176153", kind=A),
 dict(title="Anuario de pesca 2023", year=2024, url="https://www.pescadegalicia.gal/publicacions/anuario-2023/anuario_pesca_2023.pdf", kind=R),
 dict(title="Atlantic-Iberian Biscay Irish Ocean Physics Analysis and Forecast (IBI_ANALYSISFORECAST_PHY_005_001)", year=2024, doi="10.48670/moi-00027", kind=W),
 dict(title="Fishery and Aquaculture Statistics: Global aquaculture production 1950–2022 (FishStatJ)", year=2024, url="https://www.fao.org/fishery/en/collection/aquaculture", kind=W),
 dict(authors=["Figueiras", "Labarta", "Fernández Reiriz"], title="Coastal upwelling, primary production and mussel growth in the Rías Baixas of Galicia", year=2002, doi="10.1023/A:1021309222459", kind=A),
 dict(title="Estado das zonas de produción de moluscos", year=2025, url="https://www.intecmar.gal/informacion/biotoxinas/estado-zonas", kind=W),
 dict(authors=["Labarta", "Fernández-Reiriz"], title="The Galician mussel industry: Innovation and changes in the last forty years", year=2019, doi="10.1016/j.ocecoaman.2018.10.012", kind=A),
 dict(title="O sector pide peches por polígonos e análises en 24 horas", year=2024, url="https://opmex.example.org/noticias/2024/peches-biotoxinas", kind=W),
 dict(title="Regulamento (CE) n.º 853/2004 do Parlamento Europeo e do Consello, do 29 de abril de 2004, polo que se establecen normas específicas de hixiene dos alimentos de orixe animal", year=2004, url="https://eur-lex.europa.eu/eli/reg/2004/853/oj", kind=R),
 dict(authors=["Rial Otero", "Vázquez Loureiro"], title="Días de peche por biotoxinas nos polígonos de bateas de Galicia, 2000–2023", year=2024, doi="10.99999/zenodo.12093344", kind=W),
 dict(authors=["Vázquez Loureiro"], title="Peches das bateas por biotoxinas na ría de Arousa, 2000–2020", year=2022, url="https://investigo.example.org/handle/11093/4512", kind=T),
 dict(authors=["Vázquez Loureiro", "Rial Otero"], title="O custo dos peches por biotoxinas para as explotacións de mexillón da ría de Arousa", year=2023, doi="10.99999/rge.2023.32.2.8841", kind=A),
]
put("markdown-links", "mexilon-bateas-gl", {
 "about": "An invented Galician aquaculture blog post (mussel raft culture in the Rías Baixas, upwelling, harmful algal blooms and the closures of production areas for biotoxins, with the author's thesis and data) in Markdown citing by inline links [texto](url) woven into sentences (author-year link texts, descriptive link texts, repeated links), navigation links at the top and subscription/privacy/back-to-top links at the foot (relative addresses or '#', no citations), and an unnumbered '## Fontes' list of 13 APA-like entries in Galician ('e' between the last two authors, '(consultado o dd/mm/aaaa)', '[tese de doutoramento]', '[conxunto de datos]') with <...> addresses, in alphabetical order. Each body link is a pair labelled by the position of the entry whose address it is. Real works with data as remembered: Álvarez-Salgado et al. 2008 Harmful Algae, Blanco et al. 1999 MEPS, Figueiras et al. 2002 Hydrobiologia, Labarta and Fernández-Reiriz 2019 Ocean & Coastal Management, Regulation (EC) 853/2004 in Galician, FAO's global aquaculture production collection, the Copernicus IBI_ANALYSISFORECAST_PHY_005_001 product, INTECMAR's page of the state of the production areas (its path invented), the Consellería do Mar's fisheries yearbook 2023 (its path on pescadegalicia.gal invented). Invented: the blog 'Ría adentro', the persons Antía Vázquez Loureiro and Brais Rial Otero, her thesis (host investigo.example.org), their article in the Revista Galega de Economía (DOI 10.99999/rge.2023.32.2.8841), the Zenodo dataset (DOI 10.99999/zenodo.12093344), the OPMEX news page (host opmex.example.org), and the figures.",
 "document": "mexilon.md", "reader": "markdown-links", "clean": True,
 "notes": {str(i + 1): e for i, e in enumerate(ml)},
 "literature": ml,
})
