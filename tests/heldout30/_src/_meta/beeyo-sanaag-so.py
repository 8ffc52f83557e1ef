import json, os
B, A, W, R = "book", "article", "web", "report"
lit = [
 dict(number=1, authors=["Muchiri"], title="Climate of Somalia", year=2007, kind=R, url="https://www.faoswalim.org/resources/site_files/W-01%20Climate%20of%20Somalia.pdf"),
 dict(number=2, authors=["DeCarlo", "Ali", "Ceroni"], title="Ecological and economic sustainability of non-timber forest products in post-conflict recovery: a case study of the frankincense (Boswellia spp.) resin harvesting in Somaliland", year=2020, kind=A, doi="10.3390/su12093578"),
 dict(number=3, title="The State of the Environment in Somalia: A Desk Study", year=2005, kind=R),
 dict(number=4, title="Dhuxusha iyo xaalufinta dhirta: \"Buuraheennii way qaawanaadeen\"", year=2021, kind=W, url="https://www.bbc.com/somali/war-12345678"),
 dict(number=5, authors=["Thulin"], title="The Genus Boswellia (Burseraceae): The Frankincense Trees", year=2020, kind=B),
 dict(number=6, title="Warbixinta xaaladda dhirta beeyada ee gobolka Sanaag", year=2021, kind=R),
 dict(number=7, authors=["Bongers", "Groenendijk", "Bekele"], title="Frankincense in peril", year=2019, kind=A, doi="10.1038/s41893-019-0322-2"),
]
notes = {str(e["number"]): {k: v for k, v in e.items() if k != "number"} for e in lit}
notes["8"] = {}
meta = {
 "about": "An invented Somali ecology post on frankincense (Boswellia) trees in the Sanaag mountains, exported from Medium to Markdown (front matter with canonical_url and slug, CDN images with italic caption lines, a blockquote pull quote, a horizontal rule before the list and the footer): markers <sup>[1]</sup> … <sup>[7]</sup> (1 twice), one '<sup>2,3</sup>' (two pairs), into a numbered '### Tixraacyo' of 7 APA-like entries mixing Somali and English titles and bare URLs; superscripts that are no markers: 'km<sup>2</sup>' and '10<sup>3</sup>'; rainfall in mm; links to an earlier post, Medium and share links that cite nothing. Corporate authors (UNEP, BBC Somali, the ministry) not keyed. Invented: the author, the post and its URLs, the BBC Somali article and its URL, the ministry report, the figures. Real works with data as remembered: Muchiri 2007 (FAO-SWALIM W-01; the URL is a guess), DeCarlo, Ali & Ceroni 2020 (Sustainability), UNEP 2005 desk study, Thulin 2020, Bongers et al. 2019 (Nature Sustainability). Planted: '<sup>[8]</sup>' (line 31) cites a number the 7-entry list does not have: missing-literature-entry at line 31 (keyed as a citation of 8 with no fields).",
 "document": "beeyo-sanaag-so.md",
 "flat": True,
 "reader": "sup-markdown",
 "reader_not": ["markdown-links"],
 "clean": True,
 "notes": notes,
 "literature": lit,
}
p = os.path.join(os.path.dirname(__file__), "../supmarkdown/beeyo-sanaag-so/meta.json")
open(p, "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")
