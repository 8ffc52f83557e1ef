"""Writes meta.json of integriteit-hbo-nwo: the Zotero field data (CSL-JSON as Zotero 6
stores it in ADDIN ZOTERO_ITEM CSL_CITATION fields) and the key's notes and literature."""
import json
from pathlib import Path

USER = "http://zotero.org/users/7730412/items/"


def a(*names):
    out = []
    for n in names:
        if "|" in n:
            fam, giv = n.split("|")
            if fam.startswith(("ter ", "de ", "van ")):
                part, fam = fam.split(" ", 1)
                out.append({"family": fam, "given": giv, "non-dropping-particle": part})
            else:
                out.append({"family": fam, "given": giv})
        else:
            out.append({"literal": n})
    return out


# item key: (zotero id, CSL item data)
ITEMS = {
    "3RJ8XK2T": (412, {"type": "article-journal", "title": "How Many Scientists Fabricate and Falsify Research? A Systematic Review and Meta-Analysis of Survey Data", "container-title": "PLoS ONE", "volume": "4", "issue": "5", "page": "e5738", "DOI": "10.1371/journal.pone.0005738", "author": a("Fanelli|Daniele"), "issued": {"date-parts": [["2009", 5, 29]]}}),
    "H2M6PZ4C": (418, {"type": "article-journal", "title": "Prevalence of questionable research practices, research misconduct and their potential explanatory factors: A survey among academic researchers in The Netherlands", "container-title": "PLOS ONE", "volume": "17", "issue": "2", "page": "e0263023", "DOI": "10.1371/journal.pone.0263023", "author": a("Gopalakrishna|Gowri", "ter Riet|Gerben", "Vink|Gerko", "Stoop|Ineke", "Wicherts|Jelte M.", "Bouter|Lex M."), "issued": {"date-parts": [["2022", 2, 16]]}}),
    "P8T3WL5R": (405, {"type": "article-journal", "title": "Measuring the Prevalence of Questionable Research Practices With Incentives for Truth Telling", "container-title": "Psychological Science", "volume": "23", "issue": "5", "page": "524-532", "DOI": "10.1177/0956797611430953", "author": a("John|Leslie K.", "Loewenstein|George", "Prelec|Drazen"), "issued": {"date-parts": [["2012", 5]]}}),
    "Q4ZK7N2B": (399, {"type": "article-journal", "title": "Scientists behaving badly", "container-title": "Nature", "volume": "435", "issue": "7043", "page": "737-738", "DOI": "10.1038/435737a", "author": a("Martinson|Brian C.", "Anderson|Melissa S.", "de Vries|Raymond"), "issued": {"date-parts": [["2005", 6]]}}),
    "C6XR3J8D": (431, {"type": "article-journal", "title": "Perceived publication pressure in Amsterdam: Survey of all disciplinary fields and academic ranks", "container-title": "PLOS ONE", "volume": "14", "issue": "6", "page": "e0217931", "DOI": "10.1371/journal.pone.0217931", "author": a("Haven|Tamarinde L.", "Bouter|Lex M.", "Smulders|Yvo M.", "Tijdink|Joeri K."), "issued": {"date-parts": [["2019", 6, 19]]}}),
    "T7B2FQ9M": (440, {"type": "report", "title": "Nederlandse gedragscode wetenschappelijke integriteit", "publisher": "DANS", "DOI": "10.17026/dans-2cj-nvwu", "author": a("KNAW, NFU, NWO, TO2-federatie, Vereniging Hogescholen & VSNU"), "issued": {"date-parts": [["2018"]]}, "language": "nl"}),
    "M3W8KD5V": (441, {"type": "report", "title": "The European Code of Conduct for Research Integrity: Revised Edition 2023", "publisher": "ALLEA", "publisher-place": "Berlin", "DOI": "10.26356/ECOC", "author": a("ALLEA"), "issued": {"date-parts": [["2023"]]}}),
    "Z5N9HT2Q": (447, {"type": "article-journal", "title": "The Hong Kong Principles for assessing researchers: Fostering research integrity", "container-title": "PLOS Biology", "volume": "18", "issue": "7", "page": "e3000737", "DOI": "10.1371/journal.pbio.3000737", "author": a("Moher|David", "Bouter|Lex", "Kleinert|Sabine", "Glasziou|Paul", "Sham|Mai Har", "Barbour|Virginia", "Coriat|Anne-Marie", "Foeger|Nicole", "Dirnagl|Ulrich"), "issued": {"date-parts": [["2020", 7, 16]]}}),
    "W8K3PD6S": (388, {"type": "book", "title": "The sociology of science: Theoretical and empirical investigations", "publisher": "University of Chicago Press", "publisher-place": "Chicago", "author": a("Merton|Robert K."), "issued": {"date-parts": [["1973"]]}}),
    "B4Q9WN3H": (402, {"type": "article-journal", "title": "Normative dissonance in science: Results from a national survey of U.S. scientists", "container-title": "Journal of Empirical Research on Human Research Ethics", "volume": "2", "issue": "4", "page": "3-14", "DOI": "10.1525/jer.2007.2.4.3", "author": a("Anderson|Melissa S.", "Martinson|Brian C.", "De Vries|Raymond"), "issued": {"date-parts": [["2007", 12]]}}),
    "R9C5VX2K": (376, {"type": "article-journal", "title": "Using thematic analysis in psychology", "container-title": "Qualitative Research in Psychology", "volume": "3", "issue": "2", "page": "77-101", "DOI": "10.1191/1478088706qp063oa", "author": a("Braun|Virginia", "Clarke|Victoria"), "issued": {"date-parts": [["2006", 1]]}}),
    "J6T2MB8P": (452, {"type": "article-journal", "title": "Bibliometrics: The Leiden Manifesto for research metrics", "container-title": "Nature", "volume": "520", "issue": "7548", "page": "429-431", "DOI": "10.1038/520429a", "author": a("Hicks|Diana", "Wouters|Paul", "Waltman|Ludo", "de Rijcke|Sarah", "Rafols|Ismael"), "issued": {"date-parts": [["2015", 4]]}}),
    "X3H8LQ6N": (433, {"type": "article-journal", "title": "Publication pressure and scientific misconduct in medical scientists", "container-title": "Journal of Empirical Research on Human Research Ethics", "volume": "9", "issue": "5", "page": "64-71", "DOI": "10.1177/1556264614552421", "author": a("Tijdink|Joeri K.", "Verbeke|Reinout", "Smulders|Yvo M."), "issued": {"date-parts": [["2014", 12]]}}),
    "D7M2RZ4W": (395, {"type": "article-journal", "title": "Fostering integrity in research: Definitions, current knowledge, and future directions", "container-title": "Science and Engineering Ethics", "volume": "12", "issue": "1", "page": "53-74", "DOI": "10.1007/PL00022268", "author": a("Steneck|Nicholas H."), "issued": {"date-parts": [["2006", 3]]}}),
    "L5P8VA3G": (460, {"type": "article-journal", "title": "Integriteit in praktijkgericht onderzoek: een verkenning onder lectoren", "container-title": "Tijdschrift voor Hoger Onderwijs", "volume": "41", "issue": "2", "page": "55-72", "author": a("van Dalen|Sanne", "Koster|Marijke"), "issued": {"date-parts": [["2023"]]}, "language": "nl"}),
    # the same PLoS ONE paper imported a second time (from the publisher's RIS): Zotero
    # tells the two apart as 2009a / 2009b
    "V9D4NQ7E": (471, {"type": "article-journal", "title": "How many scientists fabricate and falsify research? A systematic review and meta-analysis of survey data", "container-title": "PLOS ONE", "volume": "4", "issue": "5", "page": "e5738", "DOI": "10.1371/journal.pone.0005738", "URL": "https://journals.plos.org/plosone/article?id=10.1371/journal.pone.0005738", "author": a("Fanelli|Daniele"), "issued": {"date-parts": [["2009"]]}}),
}

# citation name: (citationID, visible text, [(item key, locator)])
CITES = {
    "c1": ("Yt2kQm9r", "(Fanelli, 2009a; Gopalakrishna e.a., 2022)", [("3RJ8XK2T", ""), ("H2M6PZ4C", "")]),
    "c2": ("pA7xN3vd", "(Steneck, 2006)", [("D7M2RZ4W", "")]),
    "c3": ("sE4wJ8hc", "(KNAW e.a., 2018)", [("T7B2FQ9M", "")]),
    "c4": ("Lq9dR2zk", "(ALLEA, 2023)", [("M3W8KD5V", "")]),
    "c5": ("bN6tF1xa", "(Merton, 1973, p. 270)", [("W8K3PD6S", "270")]),
    "c6": ("Hr3vK7pm", "(Anderson e.a., 2007; Martinson e.a., 2005)", [("B4Q9WN3H", ""), ("Q4ZK7N2B", "")]),
    "c7": ("Wc8yT4ne", "(John e.a., 2012)", [("P8T3WL5R", "")]),
    "c8": ("Zg5mA9qs", "(Fanelli, 2009a, p. 4)", [("3RJ8XK2T", "4")]),
    "c9": ("Mu2pX6lb", "(Gopalakrishna e.a., 2022)", [("H2M6PZ4C", "")]),
    "c10": ("Dk7sV3rj", "(Haven e.a., 2019; Tijdink e.a., 2014)", [("C6XR3J8D", ""), ("X3H8LQ6N", "")]),
    "c11": ("Qe1nB8wy", "(van Dalen & Koster, 2023)", [("L5P8VA3G", "")]),
    "c12": ("Fj4hC7ut", "(Hicks e.a., 2015; Moher e.a., 2020)", [("J6T2MB8P", ""), ("Z5N9HT2Q", "")]),
    "c13": ("Ro6gL2kd", "(Braun & Clarke, 2006)", [("R9C5VX2K", "")]),
    "c14": ("Ta9cW5mf", "(Fanelli, 2009b)", [("V9D4NQ7E", "")]),
    "c15": ("Vn3jS8qh", "(Haven e.a., 2019, p. 7)", [("C6XR3J8D", "7")]),
    "c16": ("Ib5rY2gx", "(Moher e.a., 2020)", [("Z5N9HT2Q", "")]),
    "c17": ("Gs8kP4vo", "(KNAW e.a., 2018, p. 13)", [("T7B2FQ9M", "13")]),
    "c18": ("Ew2zD9ni", "(Gopalakrishna e.a., 2022; Haven e.a., 2019)", [("H2M6PZ4C", ""), ("C6XR3J8D", "")]),
}

zotero = {}
for name, (cid, text, items) in CITES.items():
    citems = []
    for key, loc in items:
        zid, data = ITEMS[key]
        item = {"id": zid, "uris": [USER + key], "itemData": {"id": zid, **data}}
        if loc:
            item["locator"] = loc
            item["label"] = "page"
        citems.append(item)
    zotero[name] = {
        "citationID": cid,
        "properties": {"formattedCitation": text, "plainCitation": text, "noteIndex": 0},
        "citationItems": citems,
        "schema": "https://github.com/citation-style-language/schema/raw/master/csl-citation.json",
    }

KIND = {"article-journal": "article", "book": "book", "report": "report"}


def fields(key):
    data = ITEMS[key][1]
    out = {}
    names = [p.get("family") and ((p.get("non-dropping-particle", "") + " ") .lstrip() + p["family"]) for p in data["author"]]
    if all(names):
        out["authors"] = names
    out["title"] = data["title"]
    out["year"] = int(data["issued"]["date-parts"][0][0])
    if "DOI" in data:
        out["doi"] = data["DOI"]
    out["kind"] = KIND[data["type"]]
    return out


notes = {f"zotero:{k}": fields(k) for k in ITEMS}
# the bibliography as Zotero prints it (APA 7, nl-NL), alphabetical: the document's list
ORDER = ["M3W8KD5V", "B4Q9WN3H", "R9C5VX2K", "3RJ8XK2T", "V9D4NQ7E", "H2M6PZ4C", "C6XR3J8D", "J6T2MB8P", "P8T3WL5R", "T7B2FQ9M", "Q4ZK7N2B", "W8K3PD6S", "Z5N9HT2Q", "D7M2RZ4W", "X3H8LQ6N", "L5P8VA3G"]
assert sorted(ORDER) == sorted(ITEMS)
literature = [fields(k) for k in ORDER]

meta = json.loads(Path("meta_head.json").read_text(encoding="utf-8"))
meta["notes"] = notes
meta["literature"] = literature
meta["zotero"] = zotero
Path("meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
