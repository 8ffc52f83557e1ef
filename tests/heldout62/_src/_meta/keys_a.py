"""Writes the meta.json of heldout62 half A's documents (typst, pandoc, supmarkdown, asciidoc,
markdown-links).  Round 62's theme: agriculture, food and nutrition science; philosophy and
ethics.  Half A: agriculture and food, one sub-field per document (agronomy field trials,
nutrition epidemiology, food safety and regulation, agricultural economics, food history).
Labels and lines come from the ⟦label⟧ annotations in the sources, checked on the built files by
check_a.py; fields are given here by hand.  Conventions: see ../../README.md, "Half A".  In
short: journal and newspaper articles `article`; monographs, cookbooks and a monograph volume of
an agency's series `book`; chapters, conference papers and abstracts `chapter`; laws,
regulations, standards and codes of practice, ministry and agency reports, official statistics,
an extension leaflet, a cultivar list `report`; datasets, software and web pages `web`; theses
`thesis`; patents `patent`.  Corporate authors, issuing bodies and editors are not keyed.
Then:
  /work/main/.venv/bin/python tests/corpus_build/build.py tests/heldout62 nitrogen-splits-en ultraprocessados-pt aflatoksin-incir-tr cooperativas-olivar-es ntomata-istoria-el
  python3 tests/heldout62/_src/_meta/check_a.py"""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
B, A, R, CH, W, T, U, C, P = "book", "article", "report", "chapter", "web", "thesis", "unknown", "commentary", "patent"


def put(fmt, name, meta, file="meta.json"):
    p = os.path.join(HERE, "..", fmt, name, file)
    open(p, "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")


# ---- typst: English agronomy field trial (nitrogen splits in winter wheat), refs.bib, style apa ----
ty = {
 "ahdb2023rb209": dict(title="Nutrient Management Guide (RB209). Section 4: Arable Crops", year=2023, url="https://ahdb.org.uk/knowledge-library/rb209-section-4-arable-crops", kind=R),
 "ahdb2024rl": dict(title="Recommended Lists for Cereals and Oilseeds 2024/25", year=2024, kind=R),
 "bates2015": dict(authors=["Bates", "Mächler", "Bolker", "Walker"], title="Fitting Linear Mixed-Effects Models Using lme4", year=2015, doi="10.18637/jss.v067.i01", kind=A),
 "cassman2002": dict(authors=["Cassman", "Dobermann", "Walters"], title="Agroecosystems, Nitrogen-Use Efficiency, and Nitrogen Management", year=2002, doi="10.1579/0044-7447-31.2.132", kind=A),
 "nitrates1991": dict(title="Council Directive 91/676/EEC of 12 December 1991 concerning the protection of waters against pollution caused by nitrates from agricultural sources", year=1991, kind=R),
 "defra2024": dict(title="Agriculture in the United Kingdom 2023", year=2024, url="https://www.gov.uk/government/statistics/agriculture-in-the-united-kingdom-2023", kind=R),
 "faostat": dict(title="FAOSTAT: Crops and Livestock Products", url="https://www.fao.org/faostat/en/#data/QCL", kind=W),
 "goulding2008": dict(authors=["Goulding", "Jarvis", "Whitmore"], title="Optimizing Nutrient Management for Farm Systems", year=2008, doi="10.1098/rstb.2007.2177", kind=A),
 "hawkesford2014": dict(authors=["Hawkesford"], title="Reducing the Reliance on Nitrogen Fertilizer for Wheat Production", year=2014, doi="10.1016/j.jcs.2013.12.001", kind=A),
 "johnston2018": dict(authors=["Johnston", "Poulton"], title="The Role of Phosphorus in Crop Production and Soil Fertility: 150 Years of Field Experiments at Rothamsted, United Kingdom", year=2018, doi="10.1111/ejss.12521", kind=A),
 "ladha2005": dict(authors=["Ladha", "Pathak", "Krupnik", "Six", "van Kessel"], title="Efficiency of Fertilizer Nitrogen in Cereal Production: Retrospects and Prospects", year=2005, doi="10.1016/S0065-2113(05)87003-8", kind=A),
 "okafor2021": dict(authors=["Okafor"], title="Split Nitrogen Timing and Grain Protein in Winter Wheat on Heavy Clay Soils", year=2021, kind=T),
 "pemberton2023": dict(authors=["Pemberton", "Okafor"], title="Canopy NDVI as a Guide to the Third Nitrogen Split in Winter Wheat", year=2023, kind=CH),
 "pemberton2025": dict(authors=["Pemberton", "Okafor"], title="Grain Yield and Protein of Winter Wheat under Five Nitrogen Rates, Hallam Moor Trial 2016–2024", year=2025, doi="10.99999/dryad.h4llam01", kind=W),
 "raun1999": dict(authors=["Raun", "Johnson"], title="Improving Nitrogen Use Efficiency for Cereal Production", year=1999, doi="10.2134/agronj1999.00021962009100030001x", kind=A),
 "sylvester2009": dict(authors=["Sylvester-Bradley", "Kindred"], title="Analysing Nitrogen Responses of Cereals to Prioritize Routes to the Improvement of Nitrogen Use Efficiency", year=2009, doi="10.1093/jxb/erp116", kind=A),
 "zadoks1974": dict(authors=["Zadoks", "Chang", "Konzak"], title="A Decimal Code for the Growth Stages of Cereals", year=1974, doi="10.1111/j.1365-3180.1974.tb01084.x", kind=A),
}
# apa: author (corporate by name; none: title), then year, then title
TY_ORDER = ["ahdb2023rb209", "ahdb2024rl", "bates2015", "cassman2002", "nitrates1991", "defra2024", "faostat",
            "goulding2008", "hawkesford2014", "johnston2018", "ladha2005", "okafor2021", "pemberton2023",
            "pemberton2025", "raun1999", "sylvester2009", "zadoks1974"]
put("typst", "nitrogen-splits-en", {
 "about": "An invented English agronomy field-trial paper (two-way against three-way splits of fertiliser nitrogen in winter wheat on a heavy clay, eight seasons at an invented Hallam Moor Experimental Farm) in Typst: #set document/page/text/par/heading, a centred title block with #super affiliation marks, @key, two @key side by side (two pairs), @key[p. 118], #cite(<key>, supplement: [pp. 12--19]), #cite(<key>, form: \"prose\"), a bare #cite(<key>), a #figure table whose caption cites in prose form, a labelled table referred to by @tab-trial (a cross reference, no citation), #bibliography(\"refs.bib\", title: \"References\", style: \"apa\"). refs.bib (biblatex, one field a line): real works (Cassman et al. 2002 Ambio, Ladha et al. 2005 Advances in Agronomy, Raun and Johnson 1999 Agronomy Journal, Zadoks et al. 1974, Hawkesford 2014, Goulding et al. 2008, Johnston and Poulton 2018, Sylvester-Bradley and Kindred 2009, Bates et al. 2015 lme4, the Nitrates Directive 91/676/EEC as @legislation, Defra's Agriculture in the United Kingdom 2023, AHDB's RB209 section 4 and Recommended Lists 2024/25 as @report, FAOSTAT as @online with urldate only) with data as remembered; invented: the trial, the farm, the University of Northmoor, the persons Rhys A. Pemberton and Chiamaka N. Okafor and their thesis (okafor2021), conference abstract (pemberton2023) and Dryad dataset (pemberton2025, DOI 10.99999/dryad.h4llam01); the AHDB RB209 URL's path is invented. Every entry is cited.",
 "document": "article.typ", "reader": "typst", "clean": True,
 "notes": ty,
 "literature": [ty[k] for k in TY_ORDER],
})

# ---- pandoc: Portuguese nutrition epidemiology (ultra-processed foods), refs.json (CSL-JSON), ABNT ----
pd = {
 "brasil2014": dict(title="Guia alimentar para a população brasileira", year=2014, kind=B),
 "vigitel2023": dict(title="Vigitel Brasil 2023: vigilância de fatores de risco e proteção para doenças crônicas por inquérito telefônico", year=2023, kind=R),
 "anvisa2020": dict(title="Resolução da Diretoria Colegiada – RDC nº 429, de 8 de outubro de 2020: dispõe sobre a rotulagem nutricional dos alimentos embalados", year=2020, kind=R),
 "ibge2020": dict(title="Pesquisa de orçamentos familiares 2017-2018: análise do consumo alimentar pessoal no Brasil", year=2020, kind=R),
 "monteiro2019": dict(authors=["Monteiro", "Cannon", "Levy", "Moubarac", "Louzada", "Rauber", "Khandpur", "Cediel", "Neri", "Martinez-Steele", "Baraldi", "Jaime"], title="Ultra-processed foods: what they are and how to identify them", year=2019, doi="10.1017/S1368980018003762", kind=A),
 "louzada2015": dict(authors=["Louzada", "Martins", "Canella", "Baraldi", "Levy", "Claro", "Moubarac", "Cannon", "Monteiro"], title="Alimentos ultraprocessados e perfil nutricional da dieta no Brasil", year=2015, doi="10.1590/S0034-8910.2015049006132", kind=A),
 "hu2002": dict(authors=["Hu"], title="Dietary pattern analysis: a new direction in nutritional epidemiology", year=2002, doi="10.1097/00041433-200202000-00002", kind=A),
 "willett2013": dict(authors=["Willett"], title="Nutritional epidemiology", year=2013, kind=B),
 "lane2024": dict(authors=["Lane", "Gamage", "Du", "Ashtree", "McGuinness", "Gauci", "Baker", "Lawrence", "Rebholz", "Srour", "Touvier", "Jacka", "O'Neil", "Segasby", "Marx"], title="Ultra-processed food exposure and adverse health outcomes: umbrella review of epidemiological meta-analyses", year=2024, doi="10.1136/bmj-2023-077310", kind=A),
 "carvalho2023": dict(authors=["Carvalho", "Duarte", "Nogueira"], title="Consumo de ultraprocessados e incidência de diabetes tipo 2 em adultos do Vale do Jequitinhonha: coorte de dez anos", year=2023, doi="10.99999/0102-311XPT123422", kind=A),
 "carvalho2022": dict(authors=["Carvalho", "Duarte"], title="Validação de um questionário curto de frequência de consumo de ultraprocessados", year=2022, kind=CH),
 "duarte2024": dict(authors=["Duarte", "Nogueira"], title="Recordatórios alimentares de 24 horas da coorte Vale do Jequitinhonha, 2012-2022", year=2024, doi="10.99999/zenodo.11223344", kind=W),
 "nogueira2020": dict(authors=["Nogueira"], title="Padrões alimentares e obesidade em adultos do Vale do Jequitinhonha", year=2020, url="https://repositorio.ufaj.example.org/handle/ufaj/2871", kind=T),
 "who2003": dict(title="Diet, nutrition and the prevention of chronic diseases: report of a joint WHO/FAO expert consultation", year=2003, kind=R),
 "faostat": dict(title="FAOSTAT: food balances (2010-)", url="https://www.fao.org/faostat/en/#data/FBS", kind=W),
 "taco2011": dict(title="Tabela brasileira de composição de alimentos – TACO", year=2011, kind=B),
 "codex2021": dict(title="Guidelines on nutrition labelling", year=2021, kind=R),
}
# associacao-brasileira-de-normas-tecnicas.csl (not in the folder): author (literal names as written), then year
PD_ORDER = ["anvisa2020", "brasil2014", "vigitel2023", "carvalho2022", "carvalho2023", "codex2021", "duarte2024",
            "faostat", "hu2002", "ibge2020", "lane2024", "louzada2015", "monteiro2019", "nogueira2020",
            "taco2011", "willett2013", "who2003"]
put("pandoc", "ultraprocessados-pt", {
 "about": "An invented Portuguese (Brazilian) nutrition-epidemiology article (the share of ultra-processed foods in the energy intake of adults of an invented rural cohort in the Vale do Jequitinhonha, Minas Gerais, 2012-2022, and dietary patterns by factor analysis) in Pandoc Markdown: YAML header with title, subtitle, two authors with affiliations, date, lang: pt-BR, abstract, keywords, bibliography: refs.json (CSL-JSON), csl: associacao-brasileira-de-normas-tecnicas.csl (not in the folder), link-citations; citations [@key], [@key, p. 49], [@key, p. 31-35], [@a; @b], narrative @key and @key [cap. 12], [ver @key, tab. 3], suppressed-author [-@key, p. 5], one inline note ^[…] holding a narrative citation (the note a pair ^1 at the line where it opens, the citation a pair of its own), two citations in a pipe table's source column, a 'Referências {-}' heading with ::: {#refs}. refs.json: real works (Monteiro et al. 2019, Louzada et al. 2015, Hu 2002, Willett 2013, Lane et al. 2024 BMJ, the Guia alimentar 2014, Vigitel 2023, POF 2017-2018, ANVISA RDC 429/2020 as legislation, WHO TRS 916, FAOSTAT food balances as a webpage without a date, TACO 4th ed., Codex CXG 2-1985 as a standard) with data as remembered; invented: the cohort, the Universidade Federal do Alto Jequitinhonha, the persons Carvalho, Duarte and Nogueira and their article (carvalho2023, DOI 10.99999/0102-311XPT123422), congress abstract (carvalho2022), Zenodo dataset (duarte2024, DOI 10.99999/zenodo.11223344) and thesis (nogueira2020, host repositorio.ufaj.example.org). Planted: [-@popkin2012, p. 5] cites a key with no refs.json entry: missing-literature-entry at its line; every entry is cited.",
 "document": "artigo.md", "reader": "pandoc-markdown", "clean": True,
 "notes": pd,
 "literature": [pd[k] for k in PD_ORDER],
})

# ---- supmarkdown: Turkish food safety and regulation (aflatoxin in dried figs), <sup>n</sup>, numbered ## Kaynaklar ----
sm = [
 dict(authors=["Kabak"], title="Aflatoxins in hazelnuts and dried figs: occurrence and exposure assessment", year=2016, doi="10.1016/j.foodchem.2016.04.141", kind=A),
 dict(title="Bitkisel Üretim İstatistikleri, 2023", year=2023, url="https://data.tuik.gov.tr/Bulten/Index?p=Bitkisel-Uretim-Istatistikleri-2023-49535", kind=R),
 dict(title="FAOSTAT: Crops and livestock products", url="https://www.fao.org/faostat/en/#data/QCL", kind=W),
 dict(title="Chemical agents and related occupations", year=2012, kind=B),
 dict(authors=["Marin", "Ramos", "Cano-Sancho", "Sanchis"], title="Mycotoxins: occurrence, toxicology, and exposure assessment", year=2013, doi="10.1016/j.fct.2013.07.047", kind=A),
 dict(authors=["Pitt", "Hocking"], title="Fungi and food spoilage", year=2009, kind=B),
 dict(authors=["Yılmaz", "Karaca"], title="Kuru incirde aflatoksin B1 ve toplam aflatoksin düzeyleri: Aydın ili 2018-2022 verileri", year=2023, doi="10.99999/gida.2023.512", kind=A),
 dict(title="Risk assessment of aflatoxins in food", year=2020, doi="10.2903/j.efsa.2020.6040", kind=A),
 dict(title="Türk Gıda Kodeksi Bulaşanlar Yönetmeliği", year=2023, kind=R),
 dict(title="Commission Regulation (EU) 2023/915 of 25 April 2023 on maximum levels for certain contaminants in food and repealing Regulation (EC) No 1881/2006", year=2023, kind=R),
 dict(title="General standard for contaminants and toxins in food and feed", year=2019, kind=R),
 dict(title="Code of practice for the prevention and reduction of aflatoxin contamination in dried figs", year=2008, kind=R),
 dict(title="RASFF Window", url="https://webgate.ec.europa.eu/rasff-window/screen/search", kind=W),
 dict(title="Gıda denetim faaliyetleri 2022 yılı raporu", year=2023, kind=R),
 dict(title="Kuru incirde aflatoksin oluşumunu önlemek için hasat ve kurutma önerileri", year=2020, kind=R),
 dict(authors=["Karaca"], title="Kuru incir işletmelerinde aflatoksin kontrolünde kritik kontrol noktalarının belirlenmesi", year=2019, kind=T),
 dict(authors=["Demir", "Şahin"], title="Kuru incirlerin UV floresans ile ayıklanmasına yönelik bir sıralama makinesi", year=2021, kind=P),
 dict(authors=["Şahin", "Demir"], title="Fındıkta aflatoksinin hiperspektral görüntüleme ile tahribatsız tespiti", year=2022, kind=CH),
 dict(authors=["Yılmaz", "Karaca"], title="Aflatoxin B1 measurements in dried figs, Aydın 2018-2022", year=2023, doi="10.99999/zenodo.8765432", kind=W),
 dict(authors=["Bui-Klimke", "Wu"], title="Ochratoxin A and human health risk: a review of the evidence", year=2015, doi="10.1080/10408398.2012.724480", kind=A),
]
put("supmarkdown", "aflatoksin-incir-tr", {
 "about": "An invented Turkish food-safety review (aflatoxin in dried figs: Turkish and EU maximum levels, Codex standards, RASFF border rejections and measures from harvest to export, with results of samples from Aydın 2018-2022) in Markdown with Vancouver-style <sup>n</sup> markers numbered by first citation (repeats keep their number; <sup>5,6</sup>, <sup>8,11</sup> and <sup>7,15,16</sup> one pair per number; two in a pipe table's source column), Unicode superscript affiliation marks ¹ ² in the byline (no citations), and a numbered '## Kaynaklar' list of 20 Vancouver entries (Turkish conventions: 'Erişim adresi', 'erişim tarihi', '[İnternet]', '[doktora tezi]', 'İçinde:', 'buluş sahipleri'). Real works with data as remembered: Kabak 2016 Food Chemistry, TÜİK's crop production bulletin 2023, FAOSTAT, IARC Monographs vol. 100F, Marin et al. 2013, Pitt and Hocking 2009, the EFSA CONTAM opinion 2020, the Türk Gıda Kodeksi Bulaşanlar Yönetmeliği (2023), Commission Regulation (EU) 2023/915, Codex CXS 193-1995 and CXC 65-2008, the RASFF Window, Bui-Klimke and Wu 2015. Invented: the persons Ayşe Yılmaz, Hakan Karaca, M. Demir, E. Şahin, the Menderes laboratory and firm, their article in Gıda (DOI 10.99999/gida.2023.512), Zenodo dataset (DOI 10.99999/zenodo.8765432), thesis, patent TR 2019/12345 B and congress abstract, the ministry's 2022 inspection report and the Ege institute's farmer leaflet No. 42, and the sample figures. Notes are the entries by number; the list is the literature (number given).",
 "document": "aflatoksin-incir.md", "reader": "sup-markdown", "clean": True,
 "notes": {str(i + 1): e for i, e in enumerate(sm)},
 "literature": [dict(number=i + 1, **e) for i, e in enumerate(sm)],
})

# ---- asciidoc: Spanish agricultural economics (olive-oil price transmission, cooperatives), <<key>>, [bibliography] ----
ad = [
 ("aica", dict(title="Información de mercados: aceite de oliva y aceituna de mesa", url="https://www.aica.gob.es/informacion-de-mercados/aceite-de-oliva", kind=W)),
 ("coi2022", dict(title="Norma comercial aplicable a los aceites de oliva y los aceites de orujo de oliva", year=2022, kind=R)),
 ("engle1987", dict(authors=["Engle", "Granger"], title="Co-integration and error correction: representation, estimation, and testing", year=1987, doi="10.2307/1913236", kind=A)),
 ("gallego2020", dict(authors=["Gallego Simón"], title="Las almazaras cooperativas ante la Ley de la cadena alimentaria", year=2020, kind=CH)),
 ("garcia2021", dict(authors=["García Lozano"], title="Estructura de costes y rentabilidad del olivar tradicional de secano en la provincia de Jaén", year=2021, url="https://repositorio.olivar.example.org/handle/10953/1234", kind=T)),
 ("junta", dict(title="Observatorio de Precios y Mercados: aceite de oliva", url="https://www.juntadeandalucia.es/agriculturaypesca/observatorio/aceite", kind=W)),
 ("ley2013", dict(title="Ley 12/2013, de 2 de agosto, de medidas para mejorar el funcionamiento de la cadena alimentaria", year=2013, url="https://www.boe.es/eli/es/l/2013/08/02/12/con", kind=R)),
 ("meyer2004", dict(authors=["Meyer", "von Cramon-Taubadel"], title="Asymmetric price transmission: a survey", year=2004, doi="10.1111/j.1477-9552.2004.tb00116.x", kind=A)),
 ("mili2006", dict(authors=["Mili"], title="Olive oil marketing on non-traditional markets: prospects and strategies", year=2006, kind=A)),
 ("mapa2023", dict(title="Anuario de Estadística 2022", year=2023, kind=R)),
 ("moral2019", dict(authors=["Moral Pajares", "Gallego Simón"], title="La concentración de la oferta en las cooperativas oleícolas de Jaén", year=2019, doi="10.99999/ciriec.95.14507", kind=A)),
 ("ortega2023", dict(authors=["Ortega Ruiz"], title="Transmisión asimétrica de precios en la cadena del aceite de oliva: un modelo de umbral", year=2023, kind=CH)),
 ("ortega2025", dict(authors=["Ortega Ruiz", "García Lozano"], title="Precios en origen del aceite de oliva virgen extra en Jaén, 2010-2024 (serie semanal)", year=2025, doi="10.99999/zenodo.14500321", kind=W)),
 ("reglamento2022", dict(title="Reglamento Delegado (UE) 2022/2104 de la Comisión, de 29 de julio de 2022, por el que se completa el Reglamento (UE) n.º 1308/2013 del Parlamento Europeo y del Consejo en lo que respecta a las normas de comercialización del aceite de oliva", year=2022, kind=R)),
 ("sanz2005", dict(authors=["Sanz Cañada", "Macías Vázquez"], title="Quality certification, institutions and innovation in local agro-food systems: Protected designations of origin of olive oil in Spain", year=2005, doi="10.1016/j.jrurstud.2005.10.001", kind=A)),
 ("vilar2018", dict(authors=["Vilar Hernández", "Pereira"], title="La olivicultura internacional: difusión histórica, análisis estratégico y visión descriptiva", year=2018, kind=B)),
 ("zambrana1987", dict(authors=["Zambrana Pineda"], title="Crisis y modernización del olivar español, 1870-1930", year=1987, kind=B)),
]
put("asciidoc", "cooperativas-olivar-es", {
 "about": "An invented Spanish agricultural-economics article (asymmetric transmission of extra-virgin olive-oil prices from origin markets in Jaén to consumers, 2010-2024, and the part of the cooperative mills) in AsciiDoc: document header with two authors (one e-mail address at an invented host), revision line and attributes, an [abstract], section anchors [[sec-…]] referred to by <<sec-datos>>/<<sec-resultados>> (cross references, no citations), <<key>> and <<key,p. 612>>/<<key,cap. 4>>/<<key,pp. 212-213>>, one footnote:[…] (a pair 1 at the line where it opens) holding a <<key>> (a pair of its own at its line), a table whose source column cites in three cells, and a [bibliography] of 17 entries (* [[[key]]] …, author-date, Spanish: «» article titles, 'y' between authors, 'En … (dir.)', 'Tesis doctoral', '[conjunto de datos]', 'Consultado el …') in alphabetical order. Real works with data as remembered: Engle and Granger 1987, Meyer and von Cramon-Taubadel 2004, Mili 2006, Sanz Cañada and Macías Vázquez 2005, Vilar Hernández and Pereira 2018, Zambrana 1987, the COI trade standard, Ley 12/2013, Delegated Regulation (EU) 2022/2104, MAPA's Anuario 2022, AICA's and the Junta de Andalucía's market pages (their paths invented). Invented: the persons Alicia Ortega Ruiz, Manuel García Lozano, E. Moral Pajares, V. Gallego Simón, their article (DOI 10.99999/ciriec.95.14507), chapter, congress paper, thesis (host repositorio.olivar.example.org) and Zenodo dataset (DOI 10.99999/zenodo.14500321), and all figures. Planted: Zambrana Pineda 1987 is cited nowhere: uncited-literature-entry at its entry's line.",
 "document": "cooperativas-olivar.adoc", "reader": "asciidoc", "clean": True,
 "notes": {k: e for k, e in ad if k != "zambrana1987"},
 "literature": [e for _, e in ad],
})

# ---- markdown-links: Greek food-history blog post (the tomato in Greek cooking), inline links, ## Πηγές ----
ml = [
 dict(title="Αι τιμαί των λαχανικών εν τη αγορά", year=1905, url="https://efimeris.nlg.gr/ns/pdfwin_ftr.asp?c=61&id=38412", kind=A),
 dict(title="Έρευνα Οικογενειακών Προϋπολογισμών 2023", year=2024, url="https://www.statistics.gr/el/statistics/-/publication/SFA05/2023", kind=R),
 dict(authors=["Νικολάου"], title="Μαγειρική και εθνική ταυτότητα: τα βιβλία του Νικολάου Τσελεμεντέ (1910–1958)", year=2019, url="https://didaktorika.example.org/handle/10442/48211", kind=T),
 dict(authors=["Παπαδάκη"], title="Η ντομάτα στην ελληνική κουζίνα του 19ου αιώνα: μαρτυρίες από τα μαγειρικά βιβλία", year=2021, doi="10.99999/istorika.2021.74.113", kind=A),
 dict(authors=["Παπαδάκη", "Νικολάου"], title="Συνταγές με ντομάτα σε ελληνικά μαγειρικά βιβλία, 1828–1960", year=2024, doi="10.99999/zenodo.10987654", kind=W),
 dict(title="Συνοπτική διδασκαλία της μαγειρικής", year=1828, url="https://anemi.lib.uoc.gr/metadata/3/4/a/metadata-1221456789-000001.tkl", kind=B),
 dict(authors=["Τσελεμεντές"], title="Οδηγός μαγειρικής και ζαχαροπλαστικής", year=1926, url="https://anemi.lib.uoc.gr/metadata/7/b/1/metadata-1298765432-000002.tkl", kind=B),
 dict(authors=["Dalby"], title="Siren Feasts: A History of Food and Gastronomy in Greece", year=1996, url="https://www.routledge.com/Siren-Feasts-A-History-of-Food-and-Gastronomy-in-Greece/Dalby/p/book/9780415156578", kind=B),
 dict(title="FAOSTAT: Crops and livestock products", url="https://www.fao.org/faostat/en/#data/QCL", kind=W),
 dict(authors=["Hionidou"], title="Famine and Death in Occupied Greece, 1941–1944", year=2006, url="https://www.cambridge.org/core/books/famine-and-death-in-occupied-greece-19411944/", kind=B),
 dict(authors=["Keys"], title="Seven Countries: A Multivariate Analysis of Death and Coronary Heart Disease", year=1980, url="https://www.hup.harvard.edu/books/9780674497887", kind=B),
 dict(authors=["Smith"], title="The Tomato in America: Early History, Culture, and Cookery", year=1994, url="https://archive.org/details/tomatoinamericae00smit", kind=B),
 dict(authors=["Trichopoulou", "Costacou", "Bamia", "Trichopoulos"], title="Adherence to a Mediterranean diet and survival in a Greek population", year=2003, doi="10.1056/NEJMoa025039", kind=A),
]
put("markdown-links", "ntomata-istoria-el", {
 "about": "An invented Greek food-history blog post (when the tomato became Greek: the 1828 Venice cookbook, nineteenth-century cookbooks, the Athens market in 1905, Tselementes, the Occupation famine, the Seven Countries study and EPIC-Greece, today's production) in Markdown citing by inline links [κείμενο](url) woven into sentences (author-year link texts, titles in italics as link text, repeated links), navigation links at the top and newsletter/contact links at the foot (relative addresses, no citations), and an unnumbered '## Πηγές' list of 13 APA-like entries with <…> addresses, Greek-script entries first in Greek alphabetical order, then Latin-script ones alphabetically. Each body link is a pair labelled by the position of the entry whose address it is. Real works with data as remembered: Dalby 1996, Hionidou 2006, Keys 1980, Smith 1994, Trichopoulou et al. 2003 NEJM, the 1828 Συνοπτική διδασκαλία της μαγειρικής, Tselementes' Οδηγός μαγειρικής (3rd ed. 1926 as remembered), ELSTAT's household budget survey 2023, FAOSTAT; invented: the blog, the Εμπρός note of 14 July 1905 (its efimeris.nlg.gr address invented), the anemi.lib.uoc.gr, routledge.com, cambridge.org, hup.harvard.edu and archive.org paths, the persons Ε. Παπαδάκη and Γ. Νικολάου and their article (DOI 10.99999/istorika.2021.74.113), Zenodo dataset (DOI 10.99999/zenodo.10987654) and thesis (host didaktorika.example.org), and the figures.",
 "document": "ntomata.md", "reader": "markdown-links", "clean": True,
 "notes": {str(i + 1): e for i, e in enumerate(ml)},
 "literature": ml,
})
