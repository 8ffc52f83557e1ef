import json, os
A, B, W = "article", "book", "web"
up = dict(authors=["Upreti"], title="An overview of the stratigraphy and tectonics of the Nepal Himalaya", year=1999, kind=A, doi="10.1016/S1367-9120(99)00047-4")
ha = dict(authors=["Hagen"], title="Nepal: The Kingdom in the Himalayas", year=1961, kind=B)
co = dict(authors=["Colchen", "Le Fort", "Pêcher"], title="Annapurna – Manaslu – Ganesh Himal: notice de la carte géologique au 1/200.000e", year=1986, kind=B)
ga = dict(authors=["Gansser"], title="Geology of the Himalayas", year=1964, kind=B)
notes = {"1": up, "2": ha,
         "3": dict(title="Kali Gandaki River", url="https://www.britannica.com/place/Kali-Gandaki-River", kind=W),
         "4": co, "5": dict(kind="commentary"), "6": ga,
         "7": dict(authors=["Godin"], title="Structural evolution of the Tethyan sedimentary sequence in the Annapurna area, central Nepal Himalaya", year=2003, kind=A),
         "8": dict(title="Kali Gandaki 'A' Hydropower Station", url="https://www.nea.org.np/", kind=W),
         "9": dict(title="कालीगण्डकीमा बाढी, बेनी–जोमसोम सडक अवरुद्ध", year=2079, url="https://ekantipur.com/news/2022/07/01/kaligandaki-badhi", kind=W),
         "10": ha}
meta = {
 "about": "An invented Nepali (Devanagari) Wikipedia-style article on the Kali Gandaki river and gorge, with its geology: {{Infobox river}} with Nepali values and {{convert}}, {{coord|…|display=title}}, Devanagari digits in the text (८,१६७ मिटर, ६३० किलोमिटर, २०७९ सालको), English {{cite journal}}/{{cite web}} with Nepali titles and values, access-date in Devanagari digits ISO form (२०२३-०४-१२) and a Bikram Sambat date (|date=२०७९ असार १७ |access-date=२०७९ साउन २; the year keyed as written, 2079, like heldout28's Buddhist-era years), a named ref reused 3× (upreti) and 2× on one line (nea, one pair), a commentary ref (5) holding wikilinks, {{sfn}} short notes (Hagen 1961 p=78 and p=80 are two notes; Gansser 1964 p=112 twice is one note, MediaWiki merges identical sfn), a 'स्रोत' list of three {{cite book}} (keyed as literature; sfn notes keyed with the fields of the book they point to), {{reflist}}, a wikitable, an HTML comment naming a work (not a citation), external links, navbox, categories. Notes numbered as MediaWiki prints them (order of first use). Invented: the Kantipur article (title, date, URL), the NEA page title, the table, the hydropower and flood details. Real works with data as remembered (Upreti 1999 and its DOI, Godin 2003, Gansser 1964, Colchen, Le Fort & Pêcher 1986, Hagen 1961). Clean.",
 "document": "kali-gandaki-ne.wiki",
 "reader": "mediawiki",
 "flat": True,
 "clean": True,
 "notes": notes,
 "literature": [co, ga, ha],
}
p = os.path.join(os.path.dirname(__file__), "../mediawiki/kali-gandaki-ne/meta.json")
open(p, "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")
