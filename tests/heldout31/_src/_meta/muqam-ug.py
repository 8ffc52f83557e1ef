import json, os
B, A = "book", "article"
h05 = dict(authors=["Harris"], title="Wang Luobin: Folk Song King of the Northwest or Song Thief? Copyright, Representation, and Chinese Folk Songs", year=2005, kind=A, doi="10.1177/0097700405276370")
h08 = dict(authors=["Harris"], title="The Making of a Musical Canon in Chinese Central Asia: The Uyghur Twelve Muqam", year=2008, kind=B)
h20 = dict(authors=["Harris"], title="Soundscapes of Uyghur Islam", year=2020, kind=B, doi="10.2307/j.ctv177th4h")
l08 = dict(authors=["Light"], title="Intimate Heritage: Creating Uyghur Muqam Song in Xinjiang", year=2008, kind=B)
ab10 = dict(authors=["ئابدۇرېھىم"], title="ئون ئىككى مۇقامنىڭ ئىجرا ئەنئەنىسى ۋە ئۇستاز-شاگىرت تۈزۈمى", year=2010, kind=A)
tu15 = dict(authors=["تۇردى"], title="ئۇيغۇر خەلق چالغۇلىرى", year=2015, kind=B)
meta = {
 "about": "An invented Uyghur (Arabic script, dir=rtl) musicology article on how performers learn the Twelve Muqam in mäshräp gatherings, as a Pandoc standalone HTML5 export with citeproc (author-date, link-citations): '<span class=\"citation\" data-cites=\"key\">' with role=doc-biblioref links, one two-key citation, a narrative 'Light (2008, 112–15)', a TOC nav, a site nav and footer with links that are no citations (licence, RSS, mailto), a bare archive URL in the text, a figure, a table with caption, and a '<div id=\"refs\" class=\"references csl-bib-body hanging-indent\">' of 6 csl-entry divs (4 English, 2 Uyghur; '———.' repeated author; DOIs as links). Invented: the author, the fieldwork and table, the archive site, Ä. Abdurehim's article and M. Turdi's book. Real works with data as remembered (DOIs may differ): Harris 2005 (Modern China 31(3)), Harris 2008 (Ashgate), Harris 2020 (Indiana UP), Light 2008 (LIT). Citations keyed by citation key. Planted: ref-turdi2015 (line 74) is cited nowhere: uncited-literature-entry at line 74.",
 "document": "muqam-ug.html",
 "flat": True,
 "reader": "html",
 "clean": True,
 "notes": {"harris2005": h05, "harris2008": h08, "harris2020": h20, "light2008": l08, "abdurehim2010": ab10},
 "literature": [h05, h08, h20, l08, ab10, tu15],
}
p = os.path.join(os.path.dirname(__file__), "../html/muqam-ug/meta.json")
open(p, "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")
