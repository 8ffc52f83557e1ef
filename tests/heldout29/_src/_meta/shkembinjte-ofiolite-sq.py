import json, os
A, B, CH, W = "article", "book", "chapter", "web"
C = dict(kind="commentary")
rs = dict(authors=["Robertson", "Shallo"], title="Mesozoic–Tertiary tectonic evolution of Albania in its regional Eastern Mediterranean context", year=2000, kind=A)
dfs = dict(authors=["Dilek", "Furnes", "Shallo"], title="Suprasubduction zone ophiolite formation along the periphery of Mesozoic Gondwana", year=2007, kind=A)
xh = dict(authors=["Xhomo"], title="Gjeologjia e Shqipërisë", year=2002, kind=B)
sd = dict(authors=["Shallo", "Dilek"], title="Development of the ideas on the origin of Albanian ophiolites", year=2003, kind=CH)
sgs = dict(title="Harta gjeologjike e Shqipërisë 1:200 000", url="https://www.geoalb.gov.al/", kind=W)
notes = {"1": C, "2": rs, "3": rs, "4": dfs, "5": xh, "6": C, "7": sd, "8": dfs, "9": sgs, "10": sgs}
lit = [dict(dfs, doi="10.1016/j.gr.2006.10.003"), rs, sd,
       dict(title="Harta gjeologjike e Shqipërisë 1:200 000, versioni dixhital", year=2021, url="https://www.geoalb.gov.al/"),
       dict(xh, authors=["Xhomo", "Kodra", "Xhafa", "Shallo"], title="Gjeologjia e Shqipërisë: teksti shpjegues i hartës gjeologjike 1:200 000")]
meta = {
 "about": "An invented Albanian geology paper on the Mirdita ophiolites as GOOGLE DOCS exports it (File > Download > Web page (.html)): ONE line, no newline (so every citation is at line 1), a <style> block with class rules c1…c18, class-heavy spans, a 'title' paragraph, h1 headings with h.* ids, footnote markers <sup class=\"c12\"><a href=\"#ftnt1\" id=\"ftnt_ref1\">[1]</a></sup>, the footnotes after an <hr> as <div><p><a href=\"#ftnt_ref1\" id=\"ftnt1\">[1]</a><span>&nbsp;…</span></p></div>, links wrapped in Google's redirect (https://www.google.com/url?q=…&sa=D&source=editors&ust=…&usg=…), a 4x3 table with caption, and a 'Literatura' of 5 APA-like paragraphs (hanging indent class). Notes: 1 author note (commentary, with an e-mail), 2 first full citation (Robertson & Shallo 2000), 3 'Po aty, f. 215.' (ibid.; keyed with the repeated work), 4 'Shih Dilek, Y., Furnes, H. & Shallo, M. (2007). …' (shih = see), 5 'Xhomo, A. et al. (2002). Gjeologjia e Shqipërisë. …' (authors keyed: the first named), 6 commentary, 7 a chapter in a GSA Special Paper ('Në: … (red.)' = In: … (eds.)), 8 'Dilek et al., vep. e cit., f. 462.' (op. cit.; keyed with the repeated work), 9 the Albanian Geological Survey's digital map with its link (corporate author not keyed), 10 'Po aty.' (keyed with note 9's work). Invented: the authors, their e-mail, the congress, the table's areas, the 2021 digital-map entry and the exact Geological Survey page; Xhomo et al. 2002 is real as remembered but its full author list is longer (4 names given). Real works with data as remembered (DOI of Dilek et al. 2007 may differ). Clean.",
 "document": "shkembinjte-ofiolite-sq.html",
 "reader": "html",
 "flat": True,
 "clean": True,
 "notes": notes,
 "literature": lit,
}
p = os.path.join(os.path.dirname(__file__), "../html/shkembinjte-ofiolite-sq/meta.json")
open(p, "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")
