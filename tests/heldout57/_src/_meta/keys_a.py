"""Writes the meta.json of heldout57 half A's documents (latex, html, plaintext, org, bibtex).
Round 57's theme: environment, climate and the earth sciences -- fieldwork, data and official
assessment.  Labels and lines come from the ⟦label⟧ annotations in the sources, checked on the
built files by check_a.py; fields are given here by hand.  Conventions: see ../../README.md,
"Half A".  In short: journal and newspaper articles and a software paper in JOSS `article`;
books, an edited volume and a printed map sheet `book`; IPCC chapters and SPMs, chapters in
edited volumes, conference papers `chapter`; assessment and agency reports, working papers,
UNFCCC decisions, treaties, EU directives, national laws, court decisions and standards
`report`; datasets, station data, R packages, software and web pages `web`; theses `thesis`.
Corporate authors, issuing bodies and editors are not keyed.  Then:
  .venv/bin/python tests/corpus_build/build.py tests/heldout57 hintereisferner-de caudal-ecologico-es myrjord-karbon-no loss-damage-org natura2000-bibliotheek
  python3 tests/heldout57/_src/_meta/check_a.py"""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
B, A, R, CH, W, T, U, C, P = "book", "article", "report", "chapter", "web", "thesis", "unknown", "commentary", "patent"


def put(fmt, name, meta, file="meta.json"):
    p = os.path.join(HERE, "..", fmt, name, file)
    open(p, "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")


# ---- latex: German glaciology article, natbib + plainnat, one \input section, literatur.bib ----
tx = {
 "cogley2011": dict(authors=["Cogley", "Hock", "Rasmussen", "Arendt", "Bauder", "Braithwaite", "Jansson", "Kaser", "Möller", "Nicholson", "Zemp"], title="Glossary of Glacier Mass Balance and Related Terms", year=2011, kind=R),
 "farinotti2019": dict(authors=["Farinotti", "Huss", "Fürst", "Landmann", "Machguth", "Maussion", "Pandit"], title="A consensus estimate for the ice thickness distribution of all glaciers on Earth", year=2019, doi="10.1038/s41561-019-0300-3", kind=A),
 "fischer2010": dict(authors=["Fischer"], title="Glaciers and climate change: Interpretation of 50 years of direct mass balance of Hintereisferner", year=2010, doi="10.1016/j.gloplacha.2009.11.014", kind=A),
 "foxkemper2021": dict(authors=["Fox-Kemper", "Hewitt", "Xiao"], title="Ocean, Cryosphere and Sea Level Change", year=2021, doi="10.1017/9781009157896.011", kind=CH),
 "geosphere2024": dict(title="Klimadaten der Station Vent, Tageswerte", url="https://data.hub.geosphere.at/dataset/klima-v2-1d", kind=W),
 "haller2023": dict(authors=["Haller", "Brandl"], title="Ablationspegel und Schneeschächte am Hintereisferner, Haushaltsjahre 2001–2023", year=2023, doi="10.99999/PANGAEA.954321", kind=W),
 "hock2019": dict(authors=["Hock", "Rasul", "Adler", "Cáceres", "Gruber", "Hirabayashi", "Jackson", "Kääb", "Kang", "Kutuzov", "Milner", "Molau", "Morin", "Orlove", "Steltzer"], title="High Mountain Areas", year=2019, doi="10.1017/9781009157964.004", kind=CH),
 "hugonnet2021": dict(authors=["Hugonnet", "McNabb", "Berthier", "Menounos", "Nuth", "Girod", "Farinotti", "Huss", "Dussaillant", "Brun", "Kääb"], title="Accelerated global glacier mass loss in the early twenty-first century", year=2021, doi="10.1038/s41586-021-03436-z", kind=A),
 "huss2013": dict(authors=["Huss"], title="Density assumptions for converting geodetic glacier volume change to mass change", year=2013, doi="10.5194/tc-7-877-2013", kind=A),
 "klug2018": dict(authors=["Klug", "Bollmann", "Galos", "Nicholson", "Prinz", "Rieg", "Sailer", "Stötter", "Kaser"], title="Geodetic reanalysis of annual glaciological mass balances (2001–2011) of Hintereisferner, Austria", year=2018, doi="10.5194/tc-12-833-2018", kind=A),
 "kofler2022": dict(authors=["Kofler"], title="Bodenradar im Firngebiet des Hintereisferners: Kalibrierung der Winterbilanz-Sondierungen", year=2022, kind=CH),
 "lieb2023": dict(authors=["Lieb", "Kellerer-Pirklbauer"], title="Gletscherbericht 2021/2022. Sammelbericht über die Gletschermessungen des Österreichischen Alpenvereins im Jahre 2022", year=2023, kind=A),
 "oerlemans2005": dict(authors=["Oerlemans"], title="Extracting a Climate Signal from 169 Glacier Records", year=2005, doi="10.1126/science.1107046", kind=A),
 "pichler2022": dict(authors=["Pichler"], title="Firndichte und Firnverdichtung am Hintereisferner 2015–2021", year=2022, kind=T),
 "rcore2023": dict(title="R: A Language and Environment for Statistical Computing", year=2023, url="https://www.R-project.org/", kind=W),
 "rgi2017": dict(title="Randolph Glacier Inventory – A Dataset of Global Glacier Outlines", year=2017, doi="10.7265/4m1f-gd79", kind=W),
 "wgms2021": dict(title="Fluctuations of Glaciers Database", year=2021, doi="10.5904/wgms-fog-2021-05", kind=W),
 "zemp2019": dict(authors=["Zemp", "Huss", "Thibert", "Eckert", "McNabb", "Huber", "Barandun", "Machguth", "Nussbaumer", "Gärtner-Roer", "Thomson", "Paul", "Maussion", "Kutuzov", "Cogley"], title="Global glacier mass changes and their contributions to sea-level rise from 1961 to 2016", year=2019, doi="10.1038/s41586-019-1071-0", kind=A),
}
put("latex", "hintereisferner-de", {
 "about": "An invented German glaciology manuscript (glaciological vs geodetic mass balance of Hintereisferner, Ötztal Alps, 2001-2023) in LaTeX: article class, babel ngerman, siunitx, natbib round author-year with \\citep, \\citet, \\citep[S.~134--137]{k}, \\citep[vgl.][]{a,b}, \\citep{a,b}, a corporate \\citet{wgms2021}, a booktabs table with \\ref, and the methods section in abschnitte/methoden.tex by \\input (its citations keyed at their lines in that file); \\bibliographystyle{plainnat} with literatur.bib (IPCC SROCC and AR6 WG I chapters, Nature/Cryosphere articles, a UNESCO-IHP glossary, WGMS/RGI/PANGAEA datasets, a GeoSphere Austria station-data page, a workshop paper, a Masterarbeit, R). The literature is the cited entries in plainnat order (by the sorted author-year label); the one uncited .bib entry (paul2004) is not printed and not keyed. Invented: the authors and their institute, the example.org addresses, Haller and Brandl 2023 (DOI 10.99999), Kofler 2022, Pichler 2022, the numbers of the table. Real works with data as the writer remembered them. Planted: \\citet{kuhn1981} has no .bib entry (missing-literature-entry).",
 "document": "main.tex", "reader": "latex", "clean": True,
 "notes": tx,
 "literature": list(tx.values()),
})

# ---- html: Spanish river-hydrology report page, Vancouver numbers [n] into a Referencias <ol> ----
hs = [
 dict(title="Directiva 2000/60/CE del Parlamento Europeo y del Consejo, de 23 de octubre de 2000, por la que se establece un marco comunitario de actuación en el ámbito de la política de aguas", year=2000, kind=R),
 dict(title="Real Decreto 907/2007, de 6 de julio, por el que se aprueba el Reglamento de la Planificación Hidrológica", year=2007, kind=R),
 dict(title="Orden ARM/2656/2008, de 10 de septiembre, por la que se aprueba la instrucción de planificación hidrológica", year=2008, kind=R),
 dict(authors=["Poff", "Allan", "Bain", "Karr", "Prestegaard", "Richter"], title="The natural flow regime: a paradigm for river conservation and restoration", year=1997, doi="10.2307/1313099", kind=A),
 dict(authors=["Arthington", "Bunn", "Poff", "Naiman"], title="The challenge of providing environmental flow rules to sustain river ecosystems", year=2006, doi="10.1890/1051-0761(2006)016[1311:TCOPEF]2.0.CO;2", kind=A),
 dict(authors=["Richter", "Baumgartner", "Powell", "Braun"], title="A method for assessing hydrologic alteration within ecosystems", year=1996, doi="10.1046/j.1523-1739.1996.10041163.x", kind=A),
 dict(authors=["Tharme"], title="A global perspective on environmental flow assessment: emerging trends in the development and application of environmental flow methodologies for rivers", year=2003, doi="10.1002/rra.736", kind=A),
 dict(title="European waters: assessment of status and pressures 2018", year=2018, doi="10.2800/303664", kind=R),
 dict(title="Real Decreto 35/2023, de 24 de enero, por el que se aprueba la revisión de los planes hidrológicos de las demarcaciones hidrográficas del Cantábrico Occidental, Guadalquivir, Ceuta, Melilla, Segura y Júcar, y de la parte española de las demarcaciones hidrográficas del Cantábrico Oriental, Miño-Sil, Duero, Tajo, Guadiana y Ebro", year=2023, kind=R),
 dict(title="Sentencia n.º 309/2019, de 11 de marzo", year=2019, kind=R),
 dict(title="Anuario de Aforos 2019-2020", year=2022, url="https://ceh.cedex.es/anuarioaforos/default.asp", kind=W),
 dict(title="Boletín hidrológico semanal", url="https://www.miteco.gob.es/es/agua/temas/evaluacion-de-los-recursos-hidricos/boletin-hidrologico.html", kind=W),
 dict(title="Hydrometry — Measurement of liquid flow in open channels — Velocity-area methods using point velocity measurements", year=2021, kind=R),
 dict(authors=["Navarro Ruiz", "Ferrer Polo"], title="Series diarias de caudal reconstruidas para el Tajo en Aranjuez y Toledo, 1950–2022", year=2022, doi="10.99999/zenodo.7712034", kind=W),
 dict(authors=["Zambrano-Bigiarini"], title="hydroTSM: Time Series Management, Analysis and Interpolation for Hydrological Modelling", year=2020, url="https://CRAN.R-project.org/package=hydroTSM", kind=W),
 dict(title="Mapa Topográfico Nacional de España 1:50.000", year=2019, kind=B),
 dict(authors=["Martín Aguado"], title="El Tajo pasa por Aranjuez con menos agua que nunca en agosto", year=2023, url="https://www.lavozdelaribera.example.net/aranjuez/tajo-minimo-agosto-2023", kind=A),
 dict(authors=["Garrido Ortega"], title="Respuesta de las comunidades de macroinvertebrados al régimen de caudales en el Tajo medio", year=2021, kind=T),
 dict(authors=["Ferrer Polo", "Navarro Ruiz"], title="Caudales generadores y mínimos en el Tajo medio: una evaluación con indicadores de alteración hidrológica", year=2022, kind=CH),
]
put("html", "caudal-ecologico-es", {
 "about": "An invented Spanish river-hydrology / water-policy report page (ecological flows of the middle Tagus at Aranjuez and Toledo in the 2023 low-flow season) of an invented observatory (observatorio-tajo.example.org): head meta tags, site navigation and footer links (no citations), sections, a figure whose caption cites, an ordered list of recommendations citing, Vancouver-style numbered citations as <a href=\"#ref-n\">[n]</a> (a range [5–7], pairs [11, 12] and [4, 7], a locator [8, p. 54]) and a Referencias <ol> of 19 entries in order of first citation: the EU Water Framework Directive, two Reales Decretos and an Orden, a Supreme Court judgment, articles (a SICI DOI with brackets and a semicolon as a doi.org link), an EEA Report, CEDEX gauging yearbook and MITECO bulletin online, ISO 748:2021, a Zenodo dataset, an R package, an IGN map sheet, a newspaper article, a doctoral thesis and a conference paper. Notes by number are the list's entries; the literature is the list (number given). Invented: the observatory, its authors, their dataset (DOI 10.99999) and conference paper, the thesis, the newspaper and its address (example.net), the figures; the judgment's number and date and the CEDEX/MITECO addresses are as the writer remembered them and may not match the real records. Real works with data as remembered.",
 "document": "caudal-ecologico.html", "reader": "html", "clean": True,
 "notes": {str(i + 1): e for i, e in enumerate(hs)},
 "literature": [dict(number=i + 1, **e) for i, e in enumerate(hs)],
})

# ---- plaintext: Norwegian soil-science memo pasted into an e-mail, APA 7 author-date, Referanser ----
pl = [
 dict(authors=["Berge"], title="Karbontap fra drenert myr under dyrket mark i Trøndelag", year=2019, kind=T),
 dict(authors=["Frolking", "Talbot", "Jones", "Treat", "Kauffman", "Tuittila", "Roulet"], title="Peatlands in the Earth's 21st century climate system", year=2011, doi="10.1139/a11-014", kind=A),
 dict(authors=["Hijmans"], title="terra: Spatial data analysis", year=2023, url="https://CRAN.R-project.org/package=terra", kind=W),
 dict(authors=["Hjelle", "Ruud"], title="Torvdybde og karbonlager i myr ved planlagte næringsarealer i Nordre Follo", year=2021, kind=R),
 dict(title="2013 supplement to the 2006 IPCC guidelines for national greenhouse gas inventories: Wetlands", year=2014, kind=R),
 dict(authors=["Joosten", "Clarke"], title="Wise use of mires and peatlands: Background and principles including a framework for decision-making", year=2002, kind=B),
 dict(authors=["Leifeld", "Menichetti"], title="The underappreciated potential of peatlands in global climate change mitigation strategies", year=2018, doi="10.1038/s41467-018-03406-6", kind=A),
 dict(authors=["Lunde", "Bakken"], title="Torvdybdemålinger, Holtebekk, Nordre Follo 2023", year=2023, doi="10.99999/dryad.h70rxwdq4", kind=W),
 dict(title="Klimakur 2030: Tiltak og virkemidler mot 2030", year=2020, url="https://www.miljodirektoratet.no/klimakur", kind=R),
 dict(title="Lov om forvaltning av naturens mangfold", year=2009, url="https://lovdata.no/lov/2009-06-19-100", kind=R),
 dict(title="AR5 arealressurskart", url="https://kilden.nibio.no", kind=W),
 dict(authors=["Page", "Baird"], title="Peatlands and global change: Response and resilience", year=2016, doi="10.1146/annurev-environ-110615-085520", kind=A),
 dict(authors=["Rønning"], title="Georadar for kartlegging av torvdybde i planprosesser", year=2022, kind=CH),
 dict(authors=["Sandvik"], title="Myra som forsvant under lagerhallen", year=2023, url="https://www.follobladet.example.net/nyheter/myra-som-forsvant", kind=A),
 dict(title="Geoteknisk undersøkelse og prøving - Identifisering og klassifisering av jord - Del 1: Identifisering og beskrivelse", year=2018, kind=R),
]
put("plaintext", "myrjord-karbon-no", {
 "about": "An invented Norwegian soil-science memo (peat depth, carbon stock and emissions of building on a mire in a zoning plan, Nordre Follo) pasted into an e-mail: mail header lines with addresses, greeting and signature, a notat header between rules of '=', numbered sections, a plain-text table, APA 7 author-date citations in Norwegian ('&' in parentheses, 'og' in narrative citations, 'mfl.', 'u.å.', 's.', 'kap.', 'jf.', a law cited as 'naturmangfoldloven (2009, §§ 8-12)', corporate authors, one parenthesis of two works wrapped over two lines, one citation wrapped after the author) and an alphabetical REFERANSER list with four-space hanging wraps. Author-date citations cite the list by the entry's position n. Invented: the firm, its people, the municipality's and firm's addresses (example.org/.net), the plan and place names Holtebekk, Hjelle and Ruud 2021 (the NIBIO report number), Lunde and Bakken 2023 (DOI 10.99999), Berge 2019, Rønning 2022, Sandvik 2023 and the newspaper Follobladet. Real works with data as the writer remembered them (the Miljødirektoratet and Lovdata addresses may differ). Planted: Page and Baird 2016 (entry 12) is cited nowhere.",
 "document": "myr-notat.txt", "reader": "plain-text", "clean": True,
 "notes": {str(i + 1): e for i, e in enumerate(pl) if i != 11},
 "literature": pl,
})

# ---- org: English climate-policy working notes, org-cite + csl chicago-author-date, frld.bib ----
og = {
 "arelbundock2018": dict(authors=["Arel-Bundock", "Enevoldsen", "Yetman"], title="countrycode: An R package to convert country names and country codes", year=2018, doi="10.21105/joss.00848", kind=A),
 "boyd2021": dict(authors=["Boyd", "Chaffin", "Dorkenoo"], title="Loss and damage from climate change: A new climate justice agenda", year=2021, doi="10.1016/j.oneear.2021.09.015", kind=A),
 "calliari2019": dict(authors=["Calliari", "Surminski", "Mysiak"], title="The Politics of (and Behind) the UNFCCC's Loss and Damage Mechanism", year=2019, doi="10.1007/978-3-319-72026-5_6", kind=CH),
 "harvey2023": dict(authors=["Harvey"], title="Cop28: loss and damage fund agreed on first day of talks", year=2023, url="https://www.theguardian.com/environment/2023/nov/30/cop28-loss-and-damage-fund-agreed", kind=A),
 "huq2013": dict(authors=["Huq", "Roberts", "Fenton"], title="Loss and damage", year=2013, doi="10.1038/nclimate2026", kind=A),
 "ipcc2022": dict(title="Summary for Policymakers", year=2022, doi="10.1017/9781009325844.001", kind=CH),
 "ipcc2023": dict(title="Climate Change 2023: Synthesis Report. Contribution of Working Groups I, II and III to the Sixth Assessment Report of the Intergovernmental Panel on Climate Change", year=2023, doi="10.59327/IPCC/AR6-9789291691647", kind=R),
 "iso14091": dict(title="Adaptation to climate change – Guidelines on vulnerability, impacts and risk assessment", year=2021, kind=R),
 "mechler2019": dict(title="Loss and Damage from Climate Change: Concepts, Methods and Policy Options", year=2019, doi="10.1007/978-3-319-72026-5", kind=B),
 "mensah2023": dict(authors=["Mensah"], title="The Warsaw Mechanism in Practice: Negotiating Loss and Damage, 2013–2022", year=2023, kind=T),
 "okonkwo2024": dict(authors=["Okonkwo", "Lindqvist"], title="Who Pays? Contribution Bases for the Fund for Responding to Loss and Damage", year=2024, doi="10.99999/ncfi.wp.2403", kind=R),
 "tanaka2023": dict(authors=["Tanaka"], title="Parametric insurance pools and the new loss and damage fund: complements or substitutes?", year=2023, kind=CH),
 "unfccc2013": dict(title="Warsaw International Mechanism for Loss and Damage associated with Climate Change Impacts", year=2013, kind=R),
 "unfccc2023": dict(title="Operationalization of the new funding arrangements, including a fund, for responding to loss and damage referred to in paragraphs 2–3 of decisions 2/CP.27 and 2/CMA.4", year=2023, kind=R),
 "un2015": dict(title="Paris Agreement", year=2015, url="https://unfccc.int/sites/default/files/english_paris_agreement.pdf", kind=R),
 "wri2024": dict(title="Climate Watch Historical GHG Emissions", url="https://www.climatewatchdata.org/ghg-emissions", kind=W),
}
put("org", "loss-damage-org", {
 "about": "Invented English climate-policy working notes (contribution bases for the UN Fund for responding to Loss and Damage) in Org mode with org-cite: #+bibliography: frld.bib, #+cite_export: csl chicago-author-date.csl, a :noexport: status subtree holding a [cite:@key] (no citation), [cite:@key locator], [cite:@a; @b pp. ...], [cite/t:@key], [cite/t:@key sec. 3], [cite:see @a pp. ...; @b], a #+caption: citing, a table, and #+print_bibliography:. The .bib holds the Paris Agreement, two UNFCCC COP decisions, an IPCC WG II SPM and the AR6 Synthesis Report, articles, a JOSS software paper, a chapter and its edited volume, ISO 14091 as @standard, a working paper, a newspaper article, a WRI Climate Watch data page, a conference paper and a thesis. The literature is the cited entries in chicago-author-date order (author, an edited book by its editor, corporate authors by their names; year). Invented: the author, Okonkwo and Lindqvist 2024 and their institute (DOI 10.99999), Tanaka 2023, Mensah 2023, the table's shares. Real works with data as the writer remembered them (the Guardian address and title may differ from the real ones).",
 "document": "frld-contributions.org", "reader": "org", "clean": True,
 "notes": og,
 "literature": [og[k] for k in sorted(og, key=lambda k: ["arelbundock2018", "boyd2021", "calliari2019", "harvey2023", "huq2013", "ipcc2022", "ipcc2023", "iso14091", "mechler2019", "mensah2023", "okonkwo2024", "tanaka2023", "unfccc2013", "unfccc2023", "un2015", "wri2024"].index(k))],
})

# ---- bibtex: Dutch biodiversity-law library, a .bib on its own (biblatex types) ----
bb = [
 dict(title="Richtlijn 92/43/EEG van de Raad van 21 mei 1992 inzake de instandhouding van de natuurlijke habitats en de wilde flora en fauna", year=1992, kind=R),
 dict(title="Richtlijn 2009/147/EG van het Europees Parlement en de Raad van 30 november 2009 inzake het behoud van de vogelstand", year=2009, kind=R),
 dict(title="Convention on the Conservation of European Wildlife and Natural Habitats", year=1979, kind=R),
 dict(title="Wet van 16 december 2015, houdende regels ter bescherming van de natuur (Wet natuurbescherming)", year=2015, kind=R),
 dict(title="Wet van 23 maart 2016, houdende regels over het beschermen en benutten van de fysieke leefomgeving (Omgevingswet)", year=2016, kind=R),
 dict(title="Coöperatie Mobilisation for the Environment UA e.a. tegen College van gedeputeerde staten van Limburg e.a.", year=2018, kind=R),
 dict(title="Programma Aanpak Stikstof", year=2019, url="https://www.raadvanstate.nl/uitspraken/@115651/201600614-1-r2/", kind=R),
 dict(authors=["Trouwborst"], title="Conserving European Biodiversity in a Changing Climate: The Bern Convention, the EU Birds and Habitats Directives and the Adaptation of Nature to Climate Change", year=2011, kind=A),
 dict(title="Wilderness Protection in Europe: The Role of International, European and National Law", year=2016, kind=B),
 dict(title="State of nature in the EU: Results from reporting under the nature directives 2013–2018", year=2020, doi="10.2800/088178", kind=R),
 dict(title="Niet alles kan overal: Eindadvies over structurele aanpak op lange termijn", year=2020, kind=R),
 dict(authors=["de Wit", "van den Broek"], title="De passende beoordeling na het PAS: een analyse van de rechtspraak 2019–2021", year=2021, doi="10.99999/tvnr.2021.2.04", kind=A),
 dict(authors=["Visser"], title="Na de stikstofuitspraak liggen duizenden bouwprojecten stil", year=2019, url="https://www.nrc.example.net/2019/06/03/stikstofuitspraak-bouwprojecten", kind=A),
 dict(authors=["Jansen"], title="Intern en extern salderen in de vergunningpraktijk na 2019", year=2022, kind=CH),
 dict(authors=["Kuipers"], title="De gunstige staat van instandhouding als resultaatsverplichting", year=2022, kind=CH),
 dict(title="Natuur en recht na het PAS: Preadviezen voor de Vereniging voor Natuurrecht 2022", year=2022, kind=B),
 dict(authors=["van der Meulen"], title="Gunstige staat van instandhouding als juridische norm: Een onderzoek naar de doorwerking van artikel 1 Habitatrichtlijn in het Nederlandse recht", year=2020, kind=T),
 dict(title="Milieumanagementsystemen – Eisen met richtlijnen voor gebruik", year=2015, kind=R),
 dict(title="Grootschalige depositie van stikstof in Nederland (GDN), rekenjaar 2022", year=2023, doi="10.99999/rivm.gdn.2022", kind=W),
 dict(title="AERIUS Calculator", year=2023, url="https://calculator.aerius.nl", kind=W),
 dict(title="Natura 2000 Barometer", url="https://environment.ec.europa.eu/topics/nature-and-biodiversity/natura-2000_en", kind=W),
]
put("bibtex", "natura2000-bibliotheek", {
 "about": "An invented Dutch biodiversity-law research group's shared biblatex library (Natura 2000, nitrogen deposition and the PAS, the Habitats and Birds Directives): @String macros for journals and gazettes, @Legislation (two EU directives with Publicatieblad numbers, the Bern Convention, the Wet natuurbescherming and the Omgevingswet by their full headings) and @Jurisdiction entries (the CJEU's Mobilisation for the Environment judgment, the Raad van State's 2019 PAS ruling with ECLI in note), @Article (an international article, a Dutch article, a newspaper piece), @Book and @Collection by editors with subtitle, @Report (an EEA Report, an advisory committee's final advice), two crossref'd @InCollection preadviezen before their @Collection, @Thesis, @Standard (NEN-EN-ISO 14001:2015), @Dataset, @Software and @Online with urldate, biblatex date fields. No citations; the literature is every entry in file order (titles with their subtitle). Invented: the group, its members, de Wit and van den Broek 2021 and the journal Tijdschrift voor Natuurrecht (DOI 10.99999), Visser 2019 and its nrc.example.net address, the preadviezen volume, its editor and chapters (Jansen, Kuipers), van der Meulen 2020, the RIVM dataset DOI. Real works with data as the writer remembered them (the Raad van State address may differ). Planted: Trouwborst 2011's doi field has no slash (10.1111.j.1467-...): malformed-field at its line; the malformed DOI is not keyed.",
 "document": "natuurrecht.bib", "reader": "bibtex", "clean": True,
 "literature": bb,
})
