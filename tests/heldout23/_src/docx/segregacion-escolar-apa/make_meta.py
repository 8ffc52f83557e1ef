import json
A, B, R = "article", "book", "report"
U = "http://zotero.org/users/8817345/items/"
def a(*names):
    return [dict(family=f, given=g) for f, g in names]
items = {
 "3HBNVZ8E": dict(type="article-journal", title="Magnitud de la segregación escolar por nivel socioeconómico en España y sus comunidades autónomas y comparación con los países de la Unión Europea", **{"container-title": "RASE. Revista de Sociología de la Educación"}, volume="11", issue="1", page="37-58", DOI="10.7203/RASE.11.1.10129", language="es", author=a(("Murillo", "F. Javier"), ("Martínez-Garrido", "Cynthia")), issued={"date-parts": [["2018"]]}),
 "B2EHM7KQ": dict(type="report", title="PISA 2018 results (Volume II): Where all students can succeed", publisher="OECD Publishing", **{"publisher-place": "París"}, DOI="10.1787/b5fd1b8f-en", author=[{"literal": "OCDE"}], issued={"date-parts": [["2019"]]}),
 "H7UVD4NC": dict(type="book", title="Understanding school segregation: Patterns, causes and consequences of spatial inequalities in education", publisher="Bloomsbury Academic", **{"publisher-place": "Londres"}, editor=a(("Bonal", "Xavier"), ("Bellei", "Cristián")), issued={"date-parts": [["2018"]]}),
 "W9DTR2CF": dict(type="article-journal", title="Socioeconomic school segregation in a market-oriented educational system. The case of Chile", **{"container-title": "Journal of Education Policy"}, volume="29", issue="2", page="217-241", DOI="10.1080/02680939.2013.806995", author=a(("Valenzuela", "Juan Pablo"), ("Bellei", "Cristián"), ("de los Ríos", "Danae")), issued={"date-parts": [["2014", 3, 4]]}),
 "T6YFQ9JH": dict(type="legislation", title="Ley Orgánica 3/2020, de 29 de diciembre, por la que se modifica la Ley Orgánica 2/2006, de 3 de mayo, de Educación", **{"container-title": "Boletín Oficial del Estado"}, volume="340", page="122868-122953", issued={"date-parts": [["2020", 12, 30]]}),
 "Z4NGW3VT": dict(type="report", title="Mézclate conmigo: De la segregación socioeconómica a la educación inclusiva", publisher="Save the Children España", **{"publisher-place": "Madrid"}, URL="https://www.savethechildren.es/publicaciones/mezclate-conmigo", author=[{"literal": "Save the Children"}], issued={"date-parts": [["2018"]]}),
 "P5LJ6SYU": dict(type="book", title="La reproducción: Elementos para una teoría del sistema de enseñanza", publisher="Laia", **{"publisher-place": "Barcelona"}, author=a(("Bourdieu", "Pierre"), ("Passeron", "Jean-Claude")), issued={"date-parts": [["1977"]]}),
 "R8CKX5PD": dict(type="book", title="Class strategies and the education market: The middle classes and social advantage", publisher="RoutledgeFalmer", **{"publisher-place": "Londres"}, author=a(("Ball", "Stephen J.")), issued={"date-parts": [["2003"]]}),
 "K7QX2M4A": dict(type="article-journal", title="Familias, información y elección de centro: Un estudio cualitativo en tres distritos de Madrid", **{"container-title": "Revista Complutense de Educación"}, volume="30", issue="1", page="1-19", author=a(("García Rubio", "María"), ("López Sanz", "Ramón")), issued={"date-parts": [["2019"]]}),
 "Q2RPL8GX": dict(type="webpage", title="Estadísticas de la educación", **{"container-title": "Ministerio de Educación y Formación Profesional"}, URL="https://www.educacionfpydeportes.gob.es/servicios-al-ciudadano/estadisticas.html", author=[{"literal": "Ministerio de Educación y Formación Profesional"}], accessed={"date-parts": [["2024", 2, 12]]}),
 "M3SAE2WB": dict(type="article-journal", title="A methodological analysis of segregation indexes", **{"container-title": "American Sociological Review"}, volume="20", issue="2", page="210-217", DOI="10.2307/2088328", author=a(("Duncan", "Otis Dudley"), ("Duncan", "Beverly")), issued={"date-parts": [["1955"]]}),
}
ids = {k: 1000 + i * 7 for i, k in enumerate(items)}
cites = {  # name: (formatted, [(key, locator, extra)])
 "c1": ("(Murillo y Martínez-Garrido, 2018)", [("3HBNVZ8E", None, {})]),
 "c2": ("(OCDE, 2019, p. 52)", [("B2EHM7KQ", "52", {})]),
 "c3": ("(Bonal y Bellei, 2018; Valenzuela et al., 2014)", [("H7UVD4NC", None, {}), ("W9DTR2CF", None, {})]),
 "c4": ("(Valenzuela et al., 2014, pp. 230–232)", [("W9DTR2CF", "230-232", {})]),
 "c5": ("(Ley Orgánica 3/2020, 2020)", [("T6YFQ9JH", None, {})]),
 "c6": ("(Save the Children, 2018)", [("Z4NGW3VT", None, {})]),
 "c7": ("(Bourdieu y Passeron, 1977)", [("P5LJ6SYU", None, {})]),
 "c8": ("(Ball, 2003, pp. 55–61)", [("R8CKX5PD", "55-61", {})]),
 "c9": ("(García Rubio y López Sanz, 2019, p. 4)", [("K7QX2M4A", "4", {})]),
 "c10": ("(2019)", [("K7QX2M4A", None, {"suppress-author": True})]),
 "c11": ("(p. 11)", [("K7QX2M4A", "11", {"suppress-author": True})]),
 "c12": ("(Ministerio de Educación y Formación Profesional, s.f.)", [("Q2RPL8GX", None, {})]),
 "c13": ("(Duncan y Duncan, 1955)", [("M3SAE2WB", None, {})]),
 "c14": ("(Murillo y Martínez-Garrido, 2018, p. 50)", [("3HBNVZ8E", "50", {})]),
 "c15": ("(véase también Ball, 2003; García Rubio y López Sanz, 2019)", [("R8CKX5PD", None, {"prefix": "véase también"}), ("K7QX2M4A", None, {})]),
 "c16": ("(Bonal y Bellei, 2018, p. 12)", [("H7UVD4NC", "12", {})]),
}
zotero = {}
for n, (name, (fmt, its)) in enumerate(cites.items()):
    ci = []
    for key, loc, extra in its:
        d = dict(id=ids[key], uris=[U + key], itemData=dict(id=ids[key], **items[key]))
        if loc:
            d["locator"] = loc
            d["label"] = "page"
        d.update(extra)
        ci.append(d)
    zotero[name] = {"citationID": f"a{1000 + n * 37:x}q{n}k", "properties": {"formattedCitation": fmt, "plainCitation": fmt, "noteIndex": 0}, "citationItems": ci, "schema": "https://github.com/citation-style-language/schema/raw/master/csl-citation.json"}
def key_fields(k, authors=None, kind=None):
    it = items[k]
    f = {}
    if authors:
        f["authors"] = authors
    f["title"] = it["title"]
    if "issued" in it:
        f["year"] = int(it["issued"]["date-parts"][0][0])
    if "DOI" in it:
        f["doi"] = it["DOI"]
    if "URL" in it:
        f["url"] = it["URL"]
    if kind:
        f["kind"] = kind
    return f
notes = {
 "zotero:3HBNVZ8E": key_fields("3HBNVZ8E", ["Murillo", "Martínez-Garrido"], A),
 "zotero:B2EHM7KQ": key_fields("B2EHM7KQ", None, R),
 "zotero:H7UVD4NC": key_fields("H7UVD4NC", None, B),
 "zotero:W9DTR2CF": key_fields("W9DTR2CF", ["Valenzuela", "Bellei", "de los Ríos"], A),
 "zotero:T6YFQ9JH": key_fields("T6YFQ9JH"),
 "zotero:Z4NGW3VT": key_fields("Z4NGW3VT", None, R),
 "zotero:P5LJ6SYU": key_fields("P5LJ6SYU", ["Bourdieu", "Passeron"], B),
 "zotero:R8CKX5PD": key_fields("R8CKX5PD", ["Ball"], B),
 "zotero:K7QX2M4A": key_fields("K7QX2M4A", ["García Rubio", "López Sanz"], A),
 "zotero:Q2RPL8GX": key_fields("Q2RPL8GX", None, "web"),
 "zotero:M3SAE2WB": key_fields("M3SAE2WB", ["Duncan", "Duncan"], A),
}
# the Referencias list as printed (ZOTERO_BIBL, APA: alphabetical); key correction after the
# first scoring: first written in order of first citation, which is no order of the document
order = ["R8CKX5PD", "H7UVD4NC", "P5LJ6SYU", "M3SAE2WB", "K7QX2M4A", "T6YFQ9JH", "Q2RPL8GX",
         "3HBNVZ8E", "B2EHM7KQ", "Z4NGW3VT", "W9DTR2CF"]
lit = [notes["zotero:" + k] for k in order]
meta = {
 "about": "An invented Spanish sociology-of-education article manuscript (authors Lucía Herrero Pardo and Daniel Ocampo Vidal, the 'Universidad de Castilla', the Madrid enrolment data, table and interviews are invented) on school choice and socioeconomic school segregation, written in Word with Zotero in APA 7 (Spanish locale): ADDIN ZOTERO_ITEM CSL_CITATION fields with full CSL-JSON itemData, uris of a Zotero user library, page locators, two works in one field, a 'véase también' prefix, suppress-author fields ('(2019)', '(p. 11)'), a corporate author (OCDE, Save the Children, a ministry web page with no date: 's.f.'), a Spanish organic law (type legislation), an edited book (editors only); the Referencias list is a ZOTERO_BIBL field over 11 Bibliography-style paragraphs ('y', 'Recuperado de', DOIs as https://doi.org/ URLs). A table with values in parentheses (no citations). Invented: García Rubio and López Sanz 2019 (Revista Complutense de Educación); other works real with their data as remembered (Murillo and Martínez-Garrido's DOI, page ranges as remembered). Citations labelled zotero:ITEMKEY, one pair per work of a field; literature is the store of works in the order of the printed Referencias list (alphabetical). Corporate authors and editors not keyed; the law without kind; the OECD and Save the Children items keyed report (CSL type report). Lines are body paragraph numbers. Clean.",
 "document": "segregacion-escolar-apa.docx",
 "reader": "docx",
 "lang": "es-ES",
 "title": "Elegir escuela en una ciudad desigual",
 "creator": "Lucía Herrero Pardo",
 "clean": True,
 "zotero": zotero,
 "notes": notes,
 "literature": lit,
}
open("meta.json", "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")
