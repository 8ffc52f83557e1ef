import json
A, B, W = "article", "book", "web"
evans = dict(authors=["Evans"], title="Tod in Hamburg", year=1990, kind=B)
notes = {
 "1": evans,
 "2": dict(authors=["Briese"], title="Angst in den Zeiten der Cholera", year=2003, kind=B),
 "3": dict(authors=["Vögele"], title="Urban Mortality Change in England and Germany, 1870–1913", year=1998, kind=B),
 "4": dict(authors=["Brüggemann"], title="Die Gängeviertel und die Cholera", year=2017, url="https://www.hamburg.de/geschichte/gaengeviertel-1892", kind=W),
 "5": dict(authors=["Koch"], title="Die Cholera in Deutschland während des Winters 1892 bis 1893", year=1893, kind=A),
 "6": evans,
 "7": dict(authors=["Gaffky"], title="Amtlicher Bericht über die Choleraepidemie 1892 in Hamburg", year=1895, kind=A),
 "8": dict(title="Geschichte der Wasserkunst Elbinsel Kaltehofe", url="https://www.wasserkunst-hamburg.de/geschichte.html", kind=W),
 "9": dict(authors=["von Pettenkofer"], title="Über die Cholera von 1892 in Hamburg und über Schutzmaßregeln", year=1893, kind=A),
 "10": dict(authors=["Gradmann"], title="Krankheit im Labor", year=2005, kind=B),
 "11": dict(authors=["Evans"], title="Epidemics and Revolutions: Cholera in Nineteenth-Century Europe", year=1988, doi="10.1093/past/120.1.123", kind=A),
 "12": dict(authors=["Kessler"], title="Die Hamburger Cholera und der Streit um den Kommabazillus", year=1992, url="https://www.aerzteblatt.de/archiv/cholera-hamburg-1892"),
 "13": dict(title="Gesetz, betreffend die Bekämpfung gemeingefährlicher Krankheiten vom 30. Juni 1900", year=1900, url="https://www.gesetze-im-internet.de/reichsseuchengesetz_1900"),
 "14": dict(authors=["Dettke"], title="Die asiatische Hydra", year=1995, kind=B),
}
lit = [
 dict(authors=["Evans"], title="Death in Hamburg", year=1987, kind=B),
 dict(authors=["Briese"], title="Angst in den Zeiten der Cholera", year=2003, kind=B),
 dict(authors=["Baldwin"], title="Contagion and the State in Europe, 1830–1930", year=1999, kind=B),
 dict(title="Stadt, Krankheit und Tod", year=2000, kind=B),
]
meta = {
 "about": "A German Wikipedia-style article written for the corpus on the 1892 Hamburg cholera epidemic: {{Infobox Epidemie}}, {{Literatur}} (Autor, Titel, TitelErg, Sammelwerk, Band, Nummer, Verlag, Ort, Datum, Seiten, DOI, Sprache) and {{Internetquelle}} (autor, url, titel, werk, hrsg, datum, abruf) inside <ref>, named refs reused with <ref name=\"…\" /> (evans four times, koch1893, pettenkofer1893, gradmann), two refs back to back after one sentence, a short-form note (Evans: ''Tod in Hamburg.'' 1990, S. 386.) keyed with the fields of the work it repeats (note 1), a 'Vgl. auch' note, a wikitable of weekly case counts, a Literatur list of four {{Literatur}} entries not cited by ref (one edited volume with Hrsg=, keyed without authors), Weblinks with {{Commonscat}}, <references /> and categories. Notes numbered as MediaWiki prints them (order of first use; a reused name keeps its number). Invented: note 4 (Hanna Brüggemann, hamburg.de page), note 12 (Martina Kessler, Deutsches Ärzteblatt page), the URLs of notes 8 and 13 (gesetze-im-internet.de does not host the 1900 law); note 7 (Gaffky's report) and the weekly figures are as remembered or invented; other works real with their data as remembered (pages may differ). The statute keyed without authors and kind; notes 12 (a journal's web archive page) without kind. Clean.",
 "document": "artikel.wiki",
 "reader": "mediawiki",
 "clean": True,
 "notes": notes,
 "literature": lit,
}
open(__import__("os").path.join(__import__("os").path.dirname(__file__), "../mediawiki/cholera-hamburg-1892-de/meta.json"), "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")
