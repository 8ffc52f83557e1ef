import json, os
B, A, W = "book", "article", "web"
hes = dict(title="Calanais Standing Stones", url="https://www.historicenvironment.scot/visit-a-place/places/calanais-standing-stones/", kind=W)
burl = dict(authors=["Burl"], title="The Stone Circles of Britain, Ireland and Brittany", year=2000, kind=B)
ponting = dict(authors=["Ponting", "Ponting"], title="The Stones Around Callanish", year=1984, kind=B)
ash = dict(authors=["Ashmore"], title="Calanais: Survey and Excavation 1979–88", year=2016, kind=B)
hawkins = dict(authors=["Hawkins"], title="Callanish, a Scottish Stonehenge", year=1965, kind=A, doi="10.1126/science.147.3654.127")
urras = dict(title="Ionad Tadhail Chalanais", url="https://www.calanais-urras.example.org/gd/ionad", kind=W)
meta = {
 "about": "An invented Scottish Gaelic Wikipedia-style article on the Calanais stone circle (Lewis): {{Infobox ancient site}} with {{coord}}, <ref name> with {{Cite web}}/{{Cite book}}/{{Cite journal}} (English parameter names as gd.wikipedia uses them; Gaelic access dates '14 Cèitean 2023'), reuse by <ref name=x />, {{Harvnb}} short refs inside <ref> pointing at a 'Leabhraichean' list of two {{Cite book}} (Ponting & Ponting 1984 at two pages = two notes; a named Harvnb ref reused), a lower-alpha group note (commentary, printed 'a', shown by {{notelist}}), a wikitable, an HTML comment holding a commented-out {{Cite book}}, {{reflist}} under 'Iomraidhean', external links (Canmore, Commonscat), a navbox, categories 'Roinn-seòrsa:' and interlanguage links. Notes keyed by the number MediaWiki prints (order of first use; the group note by its letter). Invented: the article text, the Urras nan Tursachan visitor-centre page and its example.org URL (the trust is real), the HES page title as given. Real works with data as remembered: Burl 2000 (Yale), Ponting & Ponting 1984, Ashmore 2016 (HES), Hawkins 1965 (Science 147). Clean.",
 "document": "tursachan-chalanais-gd.wiki",
 "flat": True,
 "reader": "mediawiki",
 "clean": True,
 "notes": {"1": hes, "2": burl, "3": ponting, "4": ash, "5": ponting, "6": hawkins, "7": urras, "a": dict(kind="commentary")},
 "literature": [ash, ponting],
}
p = os.path.join(os.path.dirname(__file__), "../mediawiki/tursachan-chalanais-gd/meta.json")
open(p, "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")
