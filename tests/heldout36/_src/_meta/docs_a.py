"""The two Word documents of heldout36 half A, as data for build_docx36.py (their keys too)."""
import json

A, B, CH, R, W, C, T = "article", "book", "chapter", "report", "web", "commentary", "thesis"

# ---------------------------------------------------------------- 1. Zotero, APA 7th, English
ZUSER = "http://zotero.org/users/8812034/items/"
Z = {  # item key -> (zotero id, CSL itemData without id)
 "7QKD2M4A": (412, {"type": "article-journal", "title": "The energetic basis of the urban heat island", "container-title": "Quarterly Journal of the Royal Meteorological Society", "page": "1-24", "volume": "108", "issue": "455", "source": "Wiley Online Library", "DOI": "10.1002/qj.49710845502", "ISSN": "1477-870X", "author": [{"family": "Oke", "given": "T. R."}], "issued": {"date-parts": [["1982"]]}}),
 "XB3N9PRE": (415, {"type": "article-journal", "title": "Urban greening to cool towns and cities: A systematic review of the empirical evidence", "container-title": "Landscape and Urban Planning", "page": "147-155", "volume": "97", "issue": "3", "journalAbbreviation": "Landsc. Urban Plan.", "DOI": "10.1016/j.landurbplan.2010.05.006", "author": [{"family": "Bowler", "given": "Diana E."}, {"family": "Buyung-Ali", "given": "Lisette"}, {"family": "Knight", "given": "Teri M."}, {"family": "Pullin", "given": "Andrew S."}], "issued": {"date-parts": [["2010", 9, 15]]}}),
 "M2HF8TQW": (419, {"type": "article-journal", "title": "Local climate zones for urban temperature studies", "container-title": "Bulletin of the American Meteorological Society", "page": "1879-1900", "volume": "93", "issue": "12", "DOI": "10.1175/BAMS-D-11-00019.1", "author": [{"family": "Stewart", "given": "I. D."}, {"family": "Oke", "given": "T. R."}], "issued": {"date-parts": [["2012", 12]]}}),
 "P9VJ4C2S": (423, {"type": "article-journal", "title": "Scale-dependent interactions between tree canopy cover and impervious surfaces reduce daytime urban heat during summer", "container-title": "Proceedings of the National Academy of Sciences", "page": "7575-7580", "volume": "116", "issue": "15", "DOI": "10.1073/pnas.1817561116", "PMID": "30910972", "author": [{"family": "Ziter", "given": "Carly D."}, {"family": "Pedersen", "given": "Eric J."}, {"family": "Kucharik", "given": "Christopher J."}, {"family": "Turner", "given": "Monica G."}], "issued": {"date-parts": [["2019", 4, 9]]}}),
 "K4TRW8ZN": (427, {"type": "article-journal", "title": "Declining urban and community tree cover in the United States", "container-title": "Urban Forestry & Urban Greening", "page": "32-55", "volume": "32", "DOI": "10.1016/j.ufug.2018.03.006", "author": [{"family": "Nowak", "given": "David J."}, {"family": "Greenfield", "given": "Eric J."}], "issued": {"date-parts": [["2018", 5, 1]]}}),
 "E8CZ6GUB": (430, {"type": "article-journal", "title": "Cooling the cities – A review of reflective and green roof mitigation technologies to fight heat island and improve comfort in urban environments", "container-title": "Solar Energy", "page": "682-703", "volume": "103", "DOI": "10.1016/j.solener.2012.07.003", "author": [{"family": "Santamouris", "given": "M."}], "issued": {"date-parts": [["2014", 5, 1]]}}),
 "H6WQ2LXA": (436, {"type": "report", "title": "Street tree inventory of the Riverside district, 2019–2020", "publisher": "Municipal Urban Forestry Office", "publisher-place": "Easton, PA", "number": "21-07", "genre": "Technical report", "author": [{"family": "Harlow", "given": "Jenna M."}, {"family": "Okafor", "given": "Chidi"}], "issued": {"date-parts": [["2021"]]}}),
 "R3DS7YKF": (441, {"type": "article-journal", "title": "The city and urban heat islands: A review of strategies to mitigate adverse effects", "container-title": "Renewable and Sustainable Energy Reviews", "page": "749-758", "volume": "25", "DOI": "10.1016/j.rser.2013.05.057", "author": [{"family": "Gago", "given": "E. J."}, {"family": "Roldan", "given": "J."}, {"family": "Pacheco-Torres", "given": "R."}, {"family": "Ordóñez", "given": "J."}], "issued": {"date-parts": [["2013", 9, 1]]}}),
 "N5AB9EJC": (444, {"type": "article-journal", "title": "Adapting cities for climate change: The role of the green infrastructure", "container-title": "Built Environment", "page": "115-133", "volume": "33", "issue": "1", "DOI": "10.2148/benv.33.1.115", "author": [{"family": "Gill", "given": "S. E."}, {"family": "Handley", "given": "J. F."}, {"family": "Ennos", "given": "A. R."}, {"family": "Pauleit", "given": "S."}], "issued": {"date-parts": [["2007"]]}}),
 "U2LM5HVD": (450, {"type": "webpage", "title": "Using trees and vegetation to reduce heat islands", "container-title": "Heat Island Effect", "URL": "https://www.epa.gov/heatislands/using-trees-and-vegetation-reduce-heat-islands", "author": [{"literal": "U.S. Environmental Protection Agency"}], "accessed": {"date-parts": [["2024", 2, 26]]}, "issued": {"date-parts": [["2023", 6, 7]]}}),
}

_cid = iter(["Xk2p9QmL", "bR7TvE1c", "a91sDfGh", "Qw3eRtYu", "ZmN8bV4x", "pL0kJh6G", "tY5uI2oP", "cV9bN1mQ", "wE4rT7yU", "hJ3kL8zX", "nM2bV5cX", "gF6dS1aQ", "rT8yU3iO", "kL7jH2gF"])


def zot(parts, text):
    """A Zotero citation field: parts = [(itemkey, locator or None)], text = the rendered citation."""
    items = []
    for key, loc in parts:
        zid, data = Z[key]
        item = {"id": zid, "uris": [ZUSER + key], "itemData": dict({"id": zid}, **data)}
        if loc:
            item["locator"] = loc
            item["label"] = "page"
        items.append(item)
    payload = {"citationID": next(_cid), "properties": {"formattedCitation": text, "plainCitation": text, "noteIndex": 0}, "citationItems": items, "schema": "https://github.com/citation-style-language/schema/raw/master/csl-citation.json"}
    instr = " ADDIN ZOTERO_ITEM CSL_CITATION " + json.dumps(payload, ensure_ascii=False, separators=(",", ":")) + " "
    return [("fld", instr, [text]), ("cite", ["zotero:" + k for k, _ in parts])]


def P(*segs, style=None):
    out = []
    for s in segs:
        if isinstance(s, list):
            out.extend(s)
        else:
            out.append(s)
    return (style, out)


trees = [
 P("Street trees and the cooling of residential blocks: evidence from a mid-sized river city", style="Title"),
 P("Running head: STREET TREES AND BLOCK COOLING"),
 P("Marisol Ventura¹, Owen T. Blackwood², and Priya Raghunathan¹"),
 P("¹ Department of Geography and Environmental Science, Lehigh Valley State University; ² Center for Urban Ecology, Easton, PA"),
 P("Abstract", style="Heading1"),
 P("Summer heat is unevenly distributed within cities, and tree canopy is one of the few levers a municipality can pull block by block. We combined a municipal street tree inventory with 42 fixed air-temperature loggers and mobile transects to estimate how much canopy cover at the block scale lowers afternoon air temperature. Blocks in the top canopy quartile were 1.8 °C cooler at 15:00 than blocks in the bottom quartile, with the effect strongest where impervious cover exceeded 60%."),
 P("Keywords: urban heat island; street trees; canopy cover; microclimate; green infrastructure"),
 P("1. Introduction", style="Heading1"),
 P("The urban heat island is the best documented climatic effect of cities ", zot([("7QKD2M4A", None)], "(Oke, 1982)"), ". Its magnitude depends on urban form, materials, anthropogenic heat and, to a large extent, on how much of the surface is vegetated. Classifications such as the local climate zones ", zot([("M2HF8TQW", None)], "(Stewart & Oke, 2012)"), " made it possible to compare neighbourhoods across cities, but decisions about where to plant are made at a much finer grain than a climate zone."),
 P("Reviews of greening interventions agree that parks and trees cool their surroundings, though the evidence is uneven and heavily weighted towards single parks ", zot([("XB3N9PRE", None), ("R3DS7YKF", None)], "(Bowler et al., 2010; Gago et al., 2013)"), ". Street trees differ from parks: they are distributed, they shade pavement and façades directly, and they are the part of the urban forest that is most often lost to construction and disease. National estimates show a steady decline in urban tree cover ", zot([("K4TRW8ZN", None)], "(Nowak & Greenfield, 2018)"), ", and local inventories confirm the pattern in older districts ", zot([("H6WQ2LXA", None)], "(Harlow & Okafor, 2021)"), "."),
 P("Canopy does not act alone. Ziter et al. ", zot([("P9VJ4C2S", None)], "(2019)"), " showed that the cooling effect of canopy rises non-linearly once cover passes roughly 40% of a block, and that it interacts with impervious surface. Engineering alternatives such as reflective and green roofs ", zot([("E8CZ6GUB", None)], "(Santamouris, 2014)"), " work on a different part of the energy balance and are often discussed as substitutes for trees, although planning guidance treats them as complements ", zot([("N5AB9EJC", None), ("U2LM5HVD", None)], "(Gill et al., 2007; U.S. Environmental Protection Agency, 2023)"), "."),
 P("2. Study area and data", style="Heading1"),
 P("The study city lies at the confluence of two rivers and has about 110,000 inhabitants. The Riverside district was laid out between 1880 and 1925 on a regular grid; its street trees were inventoried in 2019 and 2020, recording species, trunk diameter and crown width for 6,214 trees ", zot([("H6WQ2LXA", "14")], "(Harlow & Okafor, 2021, p. 14)"), ". We converted crown widths to canopy polygons and intersected them with 212 block faces."),
 P("Forty-two loggers (HOBO MX2301) were mounted at 3 m on lamp posts, shielded and logging every ten minutes from 1 June to 31 August 2022. Mobile transects on seven clear, calm afternoons added 1.2 million georeferenced readings. Impervious cover came from the county's 2021 land-cover raster."),
 P("3. Methods", style="Heading1"),
 P("We fitted mixed-effects models of 15:00 air temperature with block canopy cover, impervious cover, their interaction, distance to the river and sky view factor as fixed effects and logger as a random effect. The local climate zone of each block ", zot([("M2HF8TQW", None)], "(Stewart & Oke, 2012)"), " was included as a covariate in a sensitivity analysis."),
 P("4. Results", style="Heading1"),
 P("Canopy cover ranged from 2% to 71% of block area. The coolest blocks were the tree-lined residential streets north of the rail line; the warmest were the parking-dominated blocks along the commercial corridor. Each additional 10% of canopy lowered 15:00 air temperature by 0.34 °C (95% CI 0.25–0.43), and the slope was steeper where impervious cover exceeded 60%, in line with Ziter et al. ", zot([("P9VJ4C2S", None)], "(2019)"), "."),
 P("5. Discussion", style="Heading1"),
 P("Our block-scale estimate is smaller than the park cooling effects summarised by Bowler et al. ", zot([("XB3N9PRE", None)], "(2010)"), " but comparable to the street-level figures reported in reviews of mitigation strategies ", zot([("R3DS7YKF", None), ("E8CZ6GUB", None)], "(Gago et al., 2013; Santamouris, 2014)"), ". Because the district has lost canopy since the inventory, the present cooling service is probably lower than our model implies; the city's planting programme follows federal guidance on siting trees for heat relief ", zot([("U2LM5HVD", None)], "(U.S. Environmental Protection Agency, 2023)"), "."),
 P("6. Conclusion", style="Heading1"),
 P("Street trees cool residential blocks measurably, and most where pavement dominates. Planting priorities based on block-scale canopy and imperviousness would direct trees where their cooling value is highest."),
 P("References", style="Heading1"),
]
zbib_instr = ' ADDIN ZOTERO_BIBL {"uncited":[],"omitted":[],"custom":[]} CSL_BIBLIOGRAPHY '
zbib = [
 ["Bowler, D. E., Buyung-Ali, L., Knight, T. M., & Pullin, A. S. (2010). Urban greening to cool towns and cities: A systematic review of the empirical evidence. ", ("i", "Landscape and Urban Planning"), ", ", ("i", "97"), "(3), 147–155. https://doi.org/10.1016/j.landurbplan.2010.05.006"],
 ["Gago, E. J., Roldan, J., Pacheco-Torres, R., & Ordóñez, J. (2013). The city and urban heat islands: A review of strategies to mitigate adverse effects. ", ("i", "Renewable and Sustainable Energy Reviews"), ", ", ("i", "25"), ", 749–758. https://doi.org/10.1016/j.rser.2013.05.057"],
 ["Gill, S. E., Handley, J. F., Ennos, A. R., & Pauleit, S. (2007). Adapting cities for climate change: The role of the green infrastructure. ", ("i", "Built Environment"), ", ", ("i", "33"), "(1), 115–133. https://doi.org/10.2148/benv.33.1.115"],
 ["Harlow, J. M., & Okafor, C. (2021). ", ("i", "Street tree inventory of the Riverside district, 2019–2020"), " (Technical report 21-07). Municipal Urban Forestry Office."],
 ["Nowak, D. J., & Greenfield, E. J. (2018). Declining urban and community tree cover in the United States. ", ("i", "Urban Forestry & Urban Greening"), ", ", ("i", "32"), ", 32–55. https://doi.org/10.1016/j.ufug.2018.03.006"],
 ["Oke, T. R. (1982). The energetic basis of the urban heat island. ", ("i", "Quarterly Journal of the Royal Meteorological Society"), ", ", ("i", "108"), "(455), 1–24. https://doi.org/10.1002/qj.49710845502"],
 ["Santamouris, M. (2014). Cooling the cities – A review of reflective and green roof mitigation technologies to fight heat island and improve comfort in urban environments. ", ("i", "Solar Energy"), ", ", ("i", "103"), ", 682–703. https://doi.org/10.1016/j.solener.2012.07.003"],
 ["Stewart, I. D., & Oke, T. R. (2012). Local climate zones for urban temperature studies. ", ("i", "Bulletin of the American Meteorological Society"), ", ", ("i", "93"), "(12), 1879–1900. https://doi.org/10.1175/BAMS-D-11-00019.1"],
 ["U.S. Environmental Protection Agency. (2023, June 7). ", ("i", "Using trees and vegetation to reduce heat islands"), ". Heat Island Effect. https://www.epa.gov/heatislands/using-trees-and-vegetation-reduce-heat-islands"],
 ["Ziter, C. D., Pedersen, E. J., Kucharik, C. J., & Turner, M. G. (2019). Scale-dependent interactions between tree canopy cover and impervious surfaces reduce daytime urban heat during summer. ", ("i", "Proceedings of the National Academy of Sciences"), ", ", ("i", "116"), "(15), 7575–7580. https://doi.org/10.1073/pnas.1817561116"],
]
for i, entry in enumerate(zbib):
    segs = ([("fbeg", zbib_instr)] if i == 0 else []) + entry + ([("fend",)] if i == len(zbib) - 1 else [])
    trees.append(("Bibliography", segs))
trees.append(P("Data availability: logger series and transect data are deposited at the university repository (doi pending). The authors declare no competing interests."))

def f(key, title, year, kind=A, doi=None, authors=None):
    d = {"authors": authors, "title": title, "year": year}
    if doi:
        d["doi"] = doi
    if kind:
        d["kind"] = kind
    return {k: v for k, v in d.items() if v is not None}

tz = {
 "XB3N9PRE": f("XB3N9PRE", "Urban greening to cool towns and cities: A systematic review of the empirical evidence", 2010, doi="10.1016/j.landurbplan.2010.05.006", authors=["Bowler", "Buyung-Ali", "Knight", "Pullin"]),
 "R3DS7YKF": f("", "The city and urban heat islands: A review of strategies to mitigate adverse effects", 2013, doi="10.1016/j.rser.2013.05.057", authors=["Gago", "Roldan", "Pacheco-Torres", "Ordóñez"]),
 "N5AB9EJC": f("", "Adapting cities for climate change: The role of the green infrastructure", 2007, doi="10.2148/benv.33.1.115", authors=["Gill", "Handley", "Ennos", "Pauleit"]),
 "H6WQ2LXA": f("", "Street tree inventory of the Riverside district, 2019–2020", 2021, kind=R, authors=["Harlow", "Okafor"]),
 "K4TRW8ZN": f("", "Declining urban and community tree cover in the United States", 2018, doi="10.1016/j.ufug.2018.03.006", authors=["Nowak", "Greenfield"]),
 "7QKD2M4A": f("", "The energetic basis of the urban heat island", 1982, doi="10.1002/qj.49710845502", authors=["Oke"]),
 "E8CZ6GUB": f("", "Cooling the cities – A review of reflective and green roof mitigation technologies to fight heat island and improve comfort in urban environments", 2014, doi="10.1016/j.solener.2012.07.003", authors=["Santamouris"]),
 "M2HF8TQW": f("", "Local climate zones for urban temperature studies", 2012, doi="10.1175/BAMS-D-11-00019.1", authors=["Stewart", "Oke"]),
 "U2LM5HVD": dict(title="Using trees and vegetation to reduce heat islands", year=2023, url="https://www.epa.gov/heatislands/using-trees-and-vegetation-reduce-heat-islands", kind=W),
 "P9VJ4C2S": f("", "Scale-dependent interactions between tree canopy cover and impervious surfaces reduce daytime urban heat during summer", 2019, doi="10.1073/pnas.1817561116", authors=["Ziter", "Pedersen", "Kucharik", "Turner"]),
}
trees_meta = {
 "about": "An invented English journal manuscript (urban climate: street-tree canopy and block-scale cooling in an invented mid-sized river city) as Word saves a document cited with the Zotero Word plugin in APA 7th: title block with a running head, author affiliations with superscript digits, keywords, numbered Heading 1 sections; every citation a complex field ' ADDIN ZOTERO_ITEM CSL_CITATION {json} ' (citationID, properties with formattedCitation/plainCitation/noteIndex 0, citationItems with id, uris http://zotero.org/users/8812034/items/KEY and full CSL itemData, schema), its instruction text split over 255-character runs as Word does, docProps/custom.xml with the plugin's ZOTERO_PREF_1 (APA style URI, fieldType Field), its result the rendered citation ('(Oke, 1982)', narrative '(2019)' after 'Ziter et al.', three fields citing two works ('(Bowler et al., 2010; Gago et al., 2013)'), one page locator '(Harlow & Okafor, 2021, p. 14)' with locator/label in the JSON); the list is the ' ADDIN ZOTERO_BIBL {\"uncited\":[],\"omitted\":[],\"custom\":[]} CSL_BIBLIOGRAPHY ' field spanning ten 'Bibliography' paragraphs (APA, alphabetical, DOIs as https://doi.org/ URLs), followed by a data-availability paragraph. Labels 'zotero:ITEMKEY' (the key of the item's Zotero URI), one pair per work of a field, at the field's paragraph; lines are body paragraph numbers. Literature: the ten works in printed (alphabetical) order. Corporate author (U.S. EPA) not keyed. Invented: the paper, authors, university, city, loggers and results, the Zotero user id and item keys, Harlow & Okafor 2021 (report). Real with data as remembered: Oke 1982, Bowler et al. 2010, Stewart & Oke 2012, Ziter et al. 2019, Nowak & Greenfield 2018, Santamouris 2014, Gago et al. 2013, Gill et al. 2007 (its DOI as remembered), the EPA page (date as given). Clean.",
 "document": "street-trees.docx", "reader": "docx", "clean": True,
  "custom": [("ZOTERO_PREF_1", '<data data-version="3" zotero-version="6.0.36"><session id="q7LmX2aB"/><style id="http://www.zotero.org/styles/apa" locale="en-US" hasBibliography="1" bibliographyStyleHasBeenSet="1"/><prefs><pref name="fieldType" value="Field"/><pref name="automaticJournalAbbreviations" value="true"/></prefs></data>')],
 "title": "Street trees and the cooling of residential blocks", "creator": "Marisol Ventura", "lang": "en-US",
 "notes": {"zotero:" + k: v for k, v in tz.items()},
 "literature": [dict(number=i + 1, **tz[k]) for i, k in enumerate(["XB3N9PRE", "R3DS7YKF", "N5AB9EJC", "H6WQ2LXA", "K4TRW8ZN", "7QKD2M4A", "E8CZ6GUB", "M2HF8TQW", "U2LM5HVD", "P9VJ4C2S"])],
}

DOCS = [("street-trees", trees, trees_meta)]

# ---------------------------------------------------------------- 2. EndNote, Chicago notes, German
DBID = "v2d0sxf9yz5w0ie5t0yvat9ht2wpx9vwxt5a"
EN = {  # recnum -> (ref-type name, number, authors, title, secondary title, year, extra xml)
 23: ("Book", 6, ["Evans, Richard J."], "Death in Hamburg: Society and Politics in the Cholera Years 1830–1910", None, "1987", "<pub-location>Oxford</pub-location><publisher>Clarendon Press</publisher>"),
 31: ("Journal Article", 17, ["Koch, Robert"], "Die Cholera in Deutschland während des Winters 1892 bis 1893", "Zeitschrift für Hygiene und Infektionskrankheiten", "1893", "<pages>89-165</pages><volume>15</volume>"),
 17: ("Book", 6, ["Vögele, Jörg"], "Sozialgeschichte städtischer Gesundheitsverhältnisse während der Urbanisierung", None, "2001", "<pub-location>Berlin</pub-location><publisher>Duncker &amp; Humblot</publisher>"),
 40: ("Book", 6, ["Münch, Ragnhild"], "Gesundheitswesen im 18. und 19. Jahrhundert: Das Berliner Beispiel", None, "1995", "<pub-location>Berlin</pub-location><publisher>Akademie Verlag</publisher>"),
 52: ("Journal Article", 17, ["Brandt, Helene"], "Sandfiltration und Stadtpolitik: Die Hamburger Filtrationsanlage auf Kaltehofe 1890–1893", "Zeitschrift des Vereins für Hamburgische Geschichte", "2018", "<pages>77-112</pages><volume>104</volume>"),
 12: ("Journal Article", 17, ["Hardy, Anne"], "Cholera, Quarantine and the English Preventive System, 1850–1895", "Medical History", "1993", "<pages>250-269</pages><volume>37</volume><number>3</number><electronic-resource-num>10.1017/S0025727300058464</electronic-resource-num>"),
 8: ("Book", 6, ["Barnes, David S."], "The Great Stink of Paris and the Nineteenth-Century Struggle against Filth and Germs", None, "2006", "<pub-location>Baltimore</pub-location><publisher>Johns Hopkins University Press</publisher>"),
 61: ("Web Page", 12, [], "Geschichte der Filtrieranlage", "Wasserkunst Elbinsel Kaltehofe", None, "<urls><related-urls><url>https://www.wasserkunst-hamburg.de/kaltehofe/geschichte</url></related-urls></urls><access-date>12.02.2024</access-date>"),
}


def en(rec, display, pages=None):
    rt, num, authors, title, sec, year, extra = EN[rec]
    auth = "".join(f"<author>{a}</author>" for a in authors)
    first = authors[0].split(",")[0] if authors else sec
    record = (f'<record><rec-number>{rec}</rec-number><foreign-keys><key app="EN" db-id="{DBID}" timestamp="17{rec:02d}3844{rec % 10}">{rec}</key></foreign-keys>'
              f'<ref-type name="{rt}">{num}</ref-type><contributors>' + (f"<authors>{auth}</authors>" if auth else "") + '</contributors>'
              f"<titles><title>{title}</title>" + (f"<secondary-title>{sec}</secondary-title>" if sec else "") + "</titles>"
              + (f"<dates><year>{year}</year></dates>" if year else "") + extra.replace("&amp;", "&amp;") + "</record>")
    disp = display.replace("<i>", '<style face="italic">').replace("</i>", "</style>")
    disp = disp.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    instr = (f" ADDIN EN.CITE <EndNote><Cite><Author>{first}</Author>" + (f"<Year>{year}</Year>" if year else "")
             + f"<RecNum>{rec}</RecNum>" + (f"<Pages>{pages}</Pages>" if pages else "") + f"<DisplayText>{disp}</DisplayText>{record}</Cite></EndNote>")
    # rendered runs: italics where <i> is
    runs, rest = [], display
    while "<i>" in rest:
        a, b = rest.split("<i>", 1)
        it, rest = b.split("</i>", 1)
        runs += ([a] if a else []) + [("i", it)]
    if rest:
        runs.append(rest)
    return [("fld", instr, runs), ("cite", [f"endnote:{rec}"])]


def fn(n, *segs, commentary=False):
    body = []
    for s in segs:
        body.extend(s if isinstance(s, list) else [s])
    return [("fn", body), ("cite", [str(n)])]


hh = [
 P("Kapitel 3", style="Heading1"),
 P("Filtern statt Abwarten: Die Hamburger Wasserversorgung nach der Cholera von 1892", style="Heading1"),
 P("3.1 Ausgangslage", style="Heading2"),
 P("Als im August 1892 die Cholera in Hamburg ausbrach, starben innerhalb von zehn Wochen mehr als 8.600 Menschen. Die Epidemie traf eine Stadt, die ihr Trinkwasser noch immer ungefiltert aus der Elbe bezog, während das benachbarte preußische Altona längst über eine Sandfiltration verfügte.", fn(1, en(23, "Richard J. Evans, <i>Death in Hamburg: Society and Politics in the Cholera Years 1830–1910</i> (Oxford: Clarendon Press, 1987), 285.", "285")), " Der Kontrast zwischen beiden Städten wurde schon von den Zeitgenossen als Beweis für die Rolle des Wassers gelesen."),
 P("Robert Koch, der am 24. August in Hamburg eintraf, zog aus dem Verlauf der Epidemie entlang der Stadtgrenze weitreichende Schlüsse.", fn(2, en(31, "Robert Koch, „Die Cholera in Deutschland während des Winters 1892 bis 1893“, <i>Zeitschrift für Hygiene und Infektionskrankheiten</i> 15 (1893): 89–165.")), " Seine Deutung setzte sich in der Hamburger Bürgerschaft allerdings erst nach heftigen Auseinandersetzungen durch, in denen die Anhänger Pettenkofers noch lange Gehör fanden.", fn(3, en(23, "Evans, <i>Death in Hamburg</i>, 301–3.", "301-303"))),
 P("3.2 Stadthygiene als Verwaltungsaufgabe", style="Heading2"),
 P("Die Hamburger Debatte war kein Sonderfall, sondern Teil einer allgemeinen Verschiebung kommunaler Zuständigkeiten.", fn(4, "Zur Begrifflichkeit der zeitgenössischen Debatte („Assanierung“, „Stadtreinigung“) siehe unten, Abschnitt 3.4."), " Seit den 1870er Jahren übernahmen die großen Städte Aufgaben, die zuvor privaten Gesellschaften oder gar niemandem oblagen.", fn(5, "Vgl. ", en(17, "Jörg Vögele, <i>Sozialgeschichte städtischer Gesundheitsverhältnisse während der Urbanisierung</i> (Berlin: Duncker &amp; Humblot, 2001), 64–71; ".replace("&amp;", "&"), "64-71"), "ferner ", en(40, "Ragnhild Münch, <i>Gesundheitswesen im 18. und 19. Jahrhundert: Das Berliner Beispiel</i> (Berlin: Akademie Verlag, 1995), 108.", "108")), " Berlin hatte seine Rieselfelder, Frankfurt seine Schwemmkanalisation; Hamburg dagegen verließ sich auf die Selbstreinigungskraft des Flusses."),
 P("Dass gerade die Kosten der Filtration die Entscheidung verzögert hatten, wurde nach 1892 zum Gemeinplatz der Kritik.", fn(6, en(40, "Ebd., 112.", "112")), " Tatsächlich lag der Entwurf für eine Filtrationsanlage auf der Elbinsel Kaltehofe bereits seit Jahren vor."),
 P("3.3 Der Bau von Kaltehofe", style="Heading2"),
 P("Nach der Epidemie wurde der Bau innerhalb weniger Monate beschlossen und bis Mai 1893 abgeschlossen.", fn(7, en(52, "Helene Brandt, „Sandfiltration und Stadtpolitik: Die Hamburger Filtrationsanlage auf Kaltehofe 1890–1893“, <i>Zeitschrift des Vereins für Hamburgische Geschichte</i> 104 (2018): 81.", "81")), " Der Senat verwies in seinen Vorlagen wiederholt auf das englische Beispiel, wo die Filtration des Themsewassers seit der Jahrhundertmitte vorgeschrieben war.", fn(8, "Zum englischen Vergleichsfall, der in Hamburg aufmerksam verfolgt wurde, siehe ", en(12, "Anne Hardy, „Cholera, Quarantine and the English Preventive System, 1850–1895“, <i>Medical History</i> 37, Nr. 3 (1993): 250–69, https://doi.org/10.1017/S0025727300058464.")), " Ob die englischen Erfahrungen tatsächlich übertragbar waren, blieb unter den Ingenieuren umstritten."),
 P("Die Anlage bestand aus achtzehn Filterbecken mit einer Gesamtfläche von rund 18 Hektar. Ihre Leistungsfähigkeit wurde in den ersten Betriebsjahren laufend bakteriologisch überprüft, und die Ergebnisse wurden in der Tagespresse veröffentlicht.", fn(9, en(52, "Brandt, „Sandfiltration und Stadtpolitik“, 95.", "95"))),
 P("3.4 Geruch, Schmutz und Keime", style="Heading2"),
 P("Die Hamburger Auseinandersetzung spiegelt einen Wandel, den die Forschung auch für Paris beschrieben hat: vom Kampf gegen Gestank und Schmutz hin zur Bekämpfung unsichtbarer Erreger.", fn(10, en(8, "David S. Barnes, <i>The Great Stink of Paris and the Nineteenth-Century Struggle against Filth and Germs</i> (Baltimore: Johns Hopkins University Press, 2006), 12–15.", "12-15")), " Heute ist die Anlage auf Kaltehofe ein Museum, das diese Geschichte selbst erzählt.", fn(11, en(61, "„Geschichte der Filtrieranlage“, Wasserkunst Elbinsel Kaltehofe, zugegriffen am 12. Februar 2024, https://www.wasserkunst-hamburg.de/kaltehofe/geschichte."))),
 P("Für die weitere Untersuchung ist festzuhalten, dass die Filtration in Hamburg nicht als technische Neuerung, sondern als politisches Eingeständnis eingeführt wurde.", fn(12, en(23, "Evans, <i>Death in Hamburg</i>, 402.", "402"))),
 P("Literaturverzeichnis", style="Heading1"),
]
hh_bib = [
 "Barnes, David S. <i>The Great Stink of Paris and the Nineteenth-Century Struggle against Filth and Germs</i>. Baltimore: Johns Hopkins University Press, 2006.",
 "Brandt, Helene. „Sandfiltration und Stadtpolitik: Die Hamburger Filtrationsanlage auf Kaltehofe 1890–1893“. <i>Zeitschrift des Vereins für Hamburgische Geschichte</i> 104 (2018): 77–112.",
 "Evans, Richard J. <i>Death in Hamburg: Society and Politics in the Cholera Years 1830–1910</i>. Oxford: Clarendon Press, 1987.",
 "Hardy, Anne. „Cholera, Quarantine and the English Preventive System, 1850–1895“. <i>Medical History</i> 37, Nr. 3 (1993): 250–69. https://doi.org/10.1017/S0025727300058464.",
 "Koch, Robert. „Die Cholera in Deutschland während des Winters 1892 bis 1893“. <i>Zeitschrift für Hygiene und Infektionskrankheiten</i> 15 (1893): 89–165.",
 "Münch, Ragnhild. <i>Gesundheitswesen im 18. und 19. Jahrhundert: Das Berliner Beispiel</i>. Berlin: Akademie Verlag, 1995.",
 "Vögele, Jörg. <i>Sozialgeschichte städtischer Gesundheitsverhältnisse während der Urbanisierung</i>. Berlin: Duncker & Humblot, 2001.",
 "Wasserkunst Elbinsel Kaltehofe. „Geschichte der Filtrieranlage“. Zugegriffen am 12. Februar 2024. https://www.wasserkunst-hamburg.de/kaltehofe/geschichte.",
]


def italics(s):
    runs = []
    while "<i>" in s:
        a, b = s.split("<i>", 1)
        it, s = b.split("</i>", 1)
        runs += ([a] if a else []) + [("i", it)]
    return runs + ([s] if s else [])


for i, e in enumerate(hh_bib):
    hh.append(("EndNoteBibliography", ([("fbeg", " ADDIN EN.REFLIST ")] if i == 0 else []) + italics(e) + ([("fend",)] if i == len(hh_bib) - 1 else [])))

hn = {
 8: dict(authors=["Barnes"], title="The Great Stink of Paris and the Nineteenth-Century Struggle against Filth and Germs", year=2006, kind=B),
 52: dict(authors=["Brandt"], title="Sandfiltration und Stadtpolitik: Die Hamburger Filtrationsanlage auf Kaltehofe 1890–1893", year=2018, kind=A),
 23: dict(authors=["Evans"], title="Death in Hamburg: Society and Politics in the Cholera Years 1830–1910", year=1987, kind=B),
 12: dict(authors=["Hardy"], title="Cholera, Quarantine and the English Preventive System, 1850–1895", year=1993, doi="10.1017/S0025727300058464", kind=A),
 31: dict(authors=["Koch"], title="Die Cholera in Deutschland während des Winters 1892 bis 1893", year=1893, kind=A),
 40: dict(authors=["Münch"], title="Gesundheitswesen im 18. und 19. Jahrhundert: Das Berliner Beispiel", year=1995, kind=B),
 17: dict(authors=["Vögele"], title="Sozialgeschichte städtischer Gesundheitsverhältnisse während der Urbanisierung", year=2001, kind=B),
 61: dict(title="Geschichte der Filtrieranlage", url="https://www.wasserkunst-hamburg.de/kaltehofe/geschichte", kind=W),
}
hh_notes = {str(n): {} for n in range(1, 13)}
hh_notes["4"] = dict(kind=C)
hh_notes.update({f"endnote:{r}": v for r, v in hn.items()})
hh_meta = {
 "about": "An invented German thesis chapter (history of medicine: Hamburg's water supply and the Kaltehofe sand filtration after the 1892 cholera) as Word saves a document cited with EndNote 20 in a German Chicago 17th footnote style: every citation an ' ADDIN EN.CITE <EndNote><Cite>…<RecNum>n</RecNum>…<DisplayText>…</DisplayText><record>…</record></Cite></EndNote>' complex field inside a Word footnote, its instruction text (the record with ref-type, contributors, titles, dates, pages, urls, electronic-resource-num) split over 255-character runs, its result the note text EndNote renders: full first notes, short notes ('Evans, Death in Hamburg, 301–3.'), an EndNote ibid. ('Ebd., 112.'), 'Vgl. … ; ferner …' with two fields in one footnote, a footnote with text before its field, one commentary footnote (4) with no field; the list is the ' ADDIN EN.REFLIST ' field over eight 'EndNote Bibliography' paragraphs under 'Literaturverzeichnis' (Chicago bibliography, alphabetical, a web page with 'Zugegriffen am'). Labels: footnote numbers as printed, each keyed with no fields (a note that only points to the citation it holds; 8 and 5 hold text too), footnote 4 commentary; each EN.CITE field a pair 'endnote:RECNUM' at the body paragraph of its footnote's reference. Literature: the eight records in printed order. Corporate author (the museum) not keyed, the web page has no year. Invented: the thesis, Brandt 2018, the museum page and URL, the EndNote db-id and record numbers. Real with data as remembered: Evans 1987, Koch 1893, Vögele 2001, Münch 1995, Hardy 1993 (Medical History; DOI as remembered), Barnes 2006. Clean.",
 "document": "kaltehofe-de.docx", "reader": "docx", "clean": True,
 "title": "Kapitel 3 – Filtern statt Abwarten", "creator": "Lena Hauschildt", "lang": "de-DE",
 "notes": hh_notes,
 "literature": [dict(number=i + 1, **hn[r]) for i, r in enumerate([8, 52, 23, 12, 31, 40, 17, 61])],
}
DOCS.append(("kaltehofe-de", hh, hh_meta))
