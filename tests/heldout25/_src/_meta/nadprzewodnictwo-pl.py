import json, os
A, B, W = "article", "book", "web"
onnes = dict(authors=["Kamerlingh Onnes"], title="The resistance of pure mercury at helium temperatures", year=1911, kind=A)
bcs = dict(authors=["Bardeen", "Cooper", "Schrieffer"], title="Theory of Superconductivity", year=1957, doi="10.1103/PhysRev.108.1175", kind=A)
meissner = dict(authors=["Meissner", "Ochsenfeld"], title="Ein neuer Effekt bei Eintritt der Supraleitfähigkeit", year=1933, doi="10.1007/BF01504252", kind=A)
gl = dict(authors=["Ginzburg", "Landau"], title="К теории сверхпроводимости", year=1950, kind=A)
abr = dict(authors=["Abrikosow"], title="On the magnetic properties of superconductors of the second group", year=1957, kind=A)
nobel = dict(title="The Nobel Prize in Physics 1972", url="https://www.nobelprize.org/prizes/physics/1972/summary/", kind=W)
bednorz = dict(authors=["Bednorz", "Müller"], title="Possible high Tc superconductivity in the Ba−La−Cu−O system", year=1986, doi="10.1007/BF01303701", kind=A)
tinkham = dict(authors=["Tinkham"], title="Introduction to Superconductivity", year=1996, kind=B)
kittel = dict(authors=["Kittel"], title="Wstęp do fizyki ciała stałego", year=1999, kind=B)
cern = dict(title="Pulling together: Superconducting electromagnets", url="https://home.cern/science/engineering/pulling-together-superconducting-electromagnets", kind=W)
lit = [dict(authors=["Wróblewski"], title="Historia fizyki. Od czasów najdawniejszych do współczesności", year=2006, kind=B),
       dict(authors=["Buckel", "Kleiner"], title="Supraleitung. Grundlagen und Anwendungen", year=2013, kind=B),
       dict(authors=["de Gennes"], title="Superconductivity of Metals and Alloys", year=1966, kind=B)]
meta = {
 "about": "An invented Polish Wikipedia-style article on superconductivity (Nadprzewodnictwo): an infobox template, {{Cytuj pismo}} / {{Cytuj książkę}} / {{Cytuj stronę}} with Polish parameter names (autor with several names comma-separated, tytuł, czasopismo, wolumin, numer, strony, data, doi, wydawca, miejsce, wydanie, isbn, tłumacz, opublikowany, data dostępu, język) in <ref>, named refs reused (onnes, bcs, meissner, tinkham), two refs back to back, a {{r|tinkham}} reuse, an HTML comment mentioning 'Wu i in. 1987' (no citation), <math>, a wikitable, {{Przypisy}}, a Bibliografia of three uncited {{Cytuj książkę}}, an external link in Linki zewnętrzne (no citation), categories. All works are real with data as remembered (the Onnes title is the short form of the Leiden Communication; page numbers and ISBNs may differ); the Polish prose is written for this corpus. Notes by the number MediaWiki prints (order of first use, reused names keep their number). Title of note 7 keyed as the template gives it with the <sub> markup dropped.",
 "document": "nadprzewodnictwo-pl.wiki",
 "reader": "mediawiki",
 "flat": True,
 "clean": True,
 "notes": {"1": onnes, "2": bcs, "3": meissner, "4": gl, "5": abr, "6": nobel, "7": bednorz, "8": tinkham, "9": kittel, "10": cern},
 "literature": lit,
}
p = os.path.join(os.path.dirname(__file__), "../mediawiki/nadprzewodnictwo-pl/meta.json")
open(p, "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")
