import json, os
abm = dict(title="Climate Variability, Extremes and Change in the Western Tropical Pacific: New Science and Updated Country Reports", year=2014, kind="report")
bar = dict(authors=["Barnett", "Campbell"], title="Climate Change and Small Island States: Power, Knowledge and the South Pacific", year=2010, kind="book")
ipcc = dict(title="Climate Change 2021: The Physical Science Basis. Contribution of Working Group I to the Sixth Assessment Report of the Intergovernmental Panel on Climate Change", year=2021, kind="report", doi="10.1017/9781009157896")
mim = dict(authors=["Mimura"], title="Vulnerability of island countries in the South Pacific to sea level rise and climate change", year=1999, kind="article", doi="10.3354/cr012137")
spr = dict(title="Samoa: coastal subsidence after the 2009 tsunami", year=2022, kind="web", url="https://www.sprep.org/news/samoa-coastal-subsidence-2009")
C = dict(kind="commentary")
meta = {
 "about": "An invented Samoan climate-science report (sea-level rise at Apia) in Typst with a Hayagriva refs.yml beside it: '@key' citations, '#cite(<key>, supplement: [p. 139])', '#cite(<key>, form: \"prose\")' inside a footnote, '@abm2014[pp. 45–47]' inside a footnote, four '#footnote[...]' (an author note and a terminology note, both commentary; two 'see' notes whose only content is a citation, keyed as the note's pair with no fields, their citations as pairs of their own), a numbered equation '<eq-trend>', a figure '<fig-1>' and table '<tab-1>' referenced by '@fig-1', '@eq-trend', '@tab-1' (no citations), inline maths '$r approx 6$', a '//' comment, a #link, and '#bibliography(\"refs.yml\", style: \"apa\")' over 5 Hayagriva entries (report, book, report, article with parent periodical, web); the list keyed in order of FIRST CITATION (heldout30 convention for lists printed from .bib/CSL/Hayagriva data; key correction in README.md), although APA prints it sorted. Corporate authors (IPCC, BoM/CSIRO, SPREP) not keyed. Invented: the author, the Apia trend figures, the SPREP page and its URL. Real works with data as remembered: IPCC 2021 WG I (CUP, DOI as remembered), Australian Bureau of Meteorology & CSIRO 2014 (PACCSAP), Barnett & Campbell 2010 (Earthscan), Mimura 1999 (Climate Research 12). Barnett 2010 cited twice on line 46 is one pair. Clean.",
 "document": "main.typ",
 "reader": "typst",
 "clean": True,
 "notes": {"1": C, "2": C, "abm2014": abm, "barnett2010": bar, "ipcc2021": ipcc, "mimura1999": mim, "sprep2022": spr},
 "literature": [ipcc, mim, abm, spr, bar],
}
p = os.path.join(os.path.dirname(__file__), "../typst/suasuaga-tau-sm/meta.json")
open(p, "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")
