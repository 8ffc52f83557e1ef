import json, os
B, A, CH = "book", "article", "chapter"
lit = [
 dict(number=1, authors=["Kochhar"], title="The growth of modern astronomy in India, 1651–1960", year=1991, kind=A, doi="10.1016/0083-6656(91)90021-N"),
 dict(number=2, authors=["Kochhar", "Narlikar"], title="Astronomy in India: A Perspective", year=1995, kind=B),
 dict(number=3, authors=["శర్మ"], title="భారతీయ వేధశాలల చరిత్ర", year=2004, kind=A),
 dict(number=4, authors=["రెడ్డి"], title="నిజామియా వేధశాల: ఒక శతాబ్ది", year=2008, kind=B),
 dict(number=5, authors=["Turner"], title="The Great Star Map: Being a Brief General Account of the International Project Known as the Astrographic Chart", year=1912, kind=B),
 dict(number=6, authors=["Lankford"], title="The impact of photography on astronomy", year=1984, kind=CH),
 dict(number=7, authors=["Eichhorn"], title="Astronomy of Star Positions", year=1974, kind=B),
 dict(number=8, authors=["Urban", "Corbin", "Wycoff"], title="The AC 2000: The Astrographic Catalogue on the system defined by the Hipparcos Catalogue", year=1998, kind=A, doi="10.1086/300264"),
]
notes = {str(e["number"]): {k: v for k, v in e.items() if k != "number"} for e in lit}
meta = {
 "about": "An invented Telugu history-of-astronomy article (the Nizamiah Observatory, Hyderabad, and its Astrographic Catalogue zones) as an OJS 3 HTML galley: highwire citation_* meta tags, the PKP primary navigation header, galley-meta block with the article DOI link and an ORCID link, an affiliation <sup>a</sup> link, <div class=\"article-body\"> with sections, citation links <a href=\"#refN\" class=\"xref\">[N]</a>, the range '[1]–[3]' (three pairs), '[5, 6]' split over two links, '[2], [4]', a MathML display equation, exponents 10<sup>−3</sup>, a figure with figcaption and an image link, an <ol class=\"references\"> of 8 Vancouver-style entries (English and Telugu, DOI links), download links and a footer (CC BY, OJS). A label cited twice on one line is one pair. Invented: the journal, its DOI 10.55555/tvcp.v7i2.214 and domain tvcp.example.org, the author, the Telugu works of Sharma (entry 3) and Reddy (entry 4). Real works with data as remembered (pages, DOIs may differ): Kochhar 1991 (Vistas in Astronomy), Kochhar & Narlikar 1995, Turner 1912, Lankford 1984 in Gingerich (ed.), Eichhorn 1974, Urban et al. 1998 (AJ, AC 2000). Telugu surnames keyed as written first. Clean.",
 "document": "nizamiah-te.html",
 "flat": True,
 "reader": "html",
 "clean": True,
 "notes": notes,
 "literature": lit,
}
p = os.path.join(os.path.dirname(__file__), "../html/nizamiah-te/meta.json")
open(p, "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")
