import json, os
W, B, A = "web", "book", "article"
lit = [
 dict(number=1, title="Ancient City of Sigiriya", url="https://whc.unesco.org/en/list/202/", kind=W),
 dict(number=2, authors=["Bandaranayake"], title="Sigiriya: City, Palace and Royal Gardens", year=2005, kind=B),
 dict(number=3, authors=["Paranavitana"], title="Sigiri Graffiti: Being Sinhalese Verses of the Eighth, Ninth and Tenth Centuries", year=1956, kind=B),
 dict(number=4, title="සංස්කෘතික ත්‍රිකෝණයේ ප්‍රවේශ ගාස්තු — 2023", url="https://www.sltda.gov.lk/si/cultural-triangle-tickets-2023", kind=W),
 dict(number=5, authors=["රණසිංහ"], title="සීගිරියට සංචාරකයින් ලක්ෂ හතරක්", year=2023, url="https://www.dinamina.lk/2023/01/12/sigiriya-sancharaka"),
 dict(number=6, title="Climate of Sri Lanka", url="https://www.meteo.gov.lk/index.php?option=com_content&view=article&id=94", kind=W),
 dict(number=7, authors=["De Silva"], title="A History of Sri Lanka", year=1981, kind=B),
]
notes = {str(e["number"]): {k: v for k, v in e.items() if k != "number"} for e in lit}
meta = {
 "about": "An invented Sinhala tourism blog post (Hugo, YAML front matter) on visiting Sigiriya: a featured image and an inline image with title, <sup>1</sup>…<sup>7</sup> markers pointing into a numbered '## මූලාශ්‍ර' list of 7 entries mixing English and Sinhala titles (UNESCO page, two English books, a Sri Lanka Tourism page in Sinhala, a Sinhala newspaper article in Dinamina with a Sinhala author name, the Meteorology department page with a query-string URL, De Silva 1981), <…> autolinks, access dates in Sinhala (ප්‍රවේශය) and English; superscripts that are NOT markers: 16,000 m<sup>2</sup> and a temperature written 33<sup>0</sup>C (a real Sri Lankan habit, beside a plain 30–34 °C); marker 2 and marker 6 each used twice within one paragraph line (one pair each); a marker inside an italic parenthesis; a pipe table of prices (USD 36, රු. 100); a blockquote tip; share links and a previous-post link (not citations). Each entry keyed as note and literature. Invented: the author, the blog, the SLTDA and Dinamina pages (titles, URLs, date), the Dinamina journalist, the Meteorology page id, the visitor and price figures. Real works with data as remembered (UNESCO list 202, Bandaranayake 2005 CCF, Paranavitana 1956, De Silva 1981). Clean.",
 "document": "sigiriya-si.md",
 "reader": "sup-markdown",
 "reader_not": ["markdown-links"],
 "flat": True,
 "clean": True,
 "notes": notes,
 "literature": lit,
}
p = os.path.join(os.path.dirname(__file__), "../supmarkdown/sigiriya-si/meta.json")
open(p, "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")
