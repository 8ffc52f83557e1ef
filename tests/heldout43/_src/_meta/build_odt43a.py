"""Builds heldout43 half A's LibreOffice document (odt/balmis-vacuna-es.odt and its key) with the
corpus ODT builder (tests/corpus_build/build_odt.py: its markup, its package layout), writing into
tests/heldout43/odt instead of tests/corpus/odt.  Footnote labels and paragraph numbers are the
builder's; fields are given by hand below.

    .venv/bin/python tests/heldout43/_src/_meta/build_odt43a.py
"""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]  # tests/
sys.path.insert(0, str(ROOT / "corpus_build"))
import build_odt  # noqa: E402

build_odt.OUT = ROOT / "heldout43" / "odt"
B, A, C, R, CH, W, T, U = "book", "article", "commentary", "report", "chapter", "web", "thesis", "unknown"

# the works (fields as keyed)
ramirez = dict(authors=["Ramírez Martín"], title="La salud del Imperio. La Real Expedición Filantrópica de la Vacuna", year=2002, kind=B)
balaguer = dict(authors=["Balaguer Perigüell", "Ballester Añón"], title="En el nombre de los niños. Real Expedición Filantrópica de la Vacuna (1803-1806)", year=2003, kind=B)
mark = dict(authors=["Mark", "Rigau-Pérez"], title="The World's First Immunization Campaign: The Spanish Smallpox Vaccine Expedition, 1803-1813", year=2009, doi="10.1353/bhm.0.0173", kind=A)
franco = dict(authors=["Franco-Paredes", "Lammoglia", "Santos-Preciado"], title="The Spanish Royal Philanthropic Expedition to Bring Smallpox Vaccination to the New World and Asia in the 19th Century", year=2005, doi="10.1086/496930", kind=A)
jenner = dict(authors=["Jenner"], title="An Inquiry into the Causes and Effects of the Variolae Vaccinae", year=1798, url="https://wellcomecollection.org/works/ad3kpc7n", kind=B)
moreau = dict(authors=["Moreau de la Sarthe"], title="Tratado histórico y práctico de la vacuna", year=1803, url="http://bdh-rd.bne.es/viewer.vm?id=0000052431&page=1", kind=B)
smith = dict(authors=["Smith"], title="The \"Real Expedición Marítima de la Vacuna\" in New Spain and Guatemala", year=1974, doi="10.2307/1006317", kind=A)
smith_note = smith | {"url": "https://www.jstor.org/stable/1006317"}
olague = dict(authors=["Olagüe de Ros", "Astrain Gallart"], title="¡Salvad a los niños! Los primeros pasos de la vacunación antivariólica en España (1799-1805)", year=2004, doi="10.3989/asclepio.2004.v56.i1.1", kind=A)
tuells = dict(authors=["Tuells", "Ramírez Martín"], title="Balmis et variola", year=2003, kind=B)
agi = dict(url="http://pares.mcu.es/ParesBusquedas20/catalogo/description/1921843", kind=U)
gazeta = dict(year=1806, url="https://www.boe.es/datos/pdfs/BOE//1806/083/A00890-00891.pdf", kind=A)
who = dict(title="The global eradication of smallpox: final report of the Global Commission for the Certification of Smallpox Eradication", year=1980, url="https://iris.who.int/handle/10665/39253", kind=R)
aguirre = dict(authors=["Aguirre Marco"], title="La vacuna en Galicia antes y después de la Expedición de Balmis", year=2019, url="http://hdl.handle.net/10261/187342", kind=T)

lines = [
    "Entre el pus y la caridad: la Real Expedición Filantrópica de la Vacuna y la construcción de una red sanitaria imperial (1803-1810)",
    "Lucía Ferrándiz Ocaña",
    "Departamento de Historia de la Ciencia, Universidad de Alicante (texto de trabajo, versión 3)",
    "Resumen: Este artículo revisa la historiografía de la expedición dirigida por Francisco Xavier de Balmis y propone leerla no como una hazaña aislada, sino como el primer intento de organizar desde un Estado una red de conservación y distribución de la vacuna. Se presta atención especial a las fuentes digitalizadas, cuya localización ha cambiado varias veces en las dos últimas décadas.",
    "# Introducción",
    "El 30 de noviembre de 1803 salió del puerto de La Coruña la corbeta María Pita con veintidós niños expósitos a bordo. La vacuna contra la viruela viajaba en sus brazos: se inoculaba a dos niños cada nueve o diez días para mantener viva la linfa durante la travesía.{fn:S. M. Ramírez Martín, {it:La salud del Imperio. La Real Expedición Filantrópica de la Vacuna}, Madrid, Doce Calles, 2002, pp. 67-71.} La imagen se ha repetido tanto que corre el riesgo de ocultar lo que la expedición tuvo de empresa administrativa, y no solo de proeza médica.{fn:E. Balaguer Perigüell y R. Ballester Añón, {it:En el nombre de los niños. Real Expedición Filantrópica de la Vacuna (1803-1806)}, Madrid, Asociación Española de Pediatría, 2003, p. 12.}",
    "La historiografía en lengua inglesa ha insistido en su carácter pionero como campaña de inmunización masiva.{fn:C. Mark y J. G. Rigau-Pérez, «The World's First Immunization Campaign: The Spanish Smallpox Vaccine Expedition, 1803-1813», {it:Bulletin of the History of Medicine}, 83, 1 (2009), pp. 63-94, https://doi.org/10.1353/bhm.0.0173.} La medicina clínica la recuerda a menudo en artículos conmemorativos, que suelen repetir los mismos datos.{fn:C. Franco-Paredes, L. Lammoglia y J. I. Santos-Preciado, «The Spanish Royal Philanthropic Expedition to Bring Smallpox Vaccination to the New World and Asia in the 19th Century», {it:Clinical Infectious Diseases}, 41, 9 (2005), pp. 1285-1289, DOI: 10.1086/496930. PMID: 16206103.}",
    "# La vacuna antes de Balmis",
    "La noticia del descubrimiento de Edward Jenner llegó a España con pocos años de retraso.{fn:E. Jenner, {it:An Inquiry into the Causes and Effects of the Variolae Vaccinae}, Londres, Sampson Low, 1798. Ejemplar digitalizado en {link:https://wellcomecollection.org/works/ad3kpc7n|Wellcome Collection} (consultado el 3 de marzo de 2025).} Los primeros ensayos en Cataluña y Navarra, estudiados por Olagüe de Ros y Astrain, muestran una circulación de la linfa entre médicos particulares, sin intervención de la Corona.{fn:G. Olagüe de Ros y M. Astrain Gallart, «¡Salvad a los niños! Los primeros pasos de la vacunación antivariólica en España (1799-1805)», {it:Asclepio}, 56, 1 (2004), pp. 7-31, doi:10.3989/asclepio.2004.v56.i1.1.} El propio Balmis tradujo en 1803 el tratado de Moreau de la Sarthe, que sirvió de manual a los vacunadores de la expedición.{fn:J.-L. Moreau de la Sarthe, {it:Tratado histórico y práctico de la vacuna}, trad. de F. X. de Balmis, Madrid, Imprenta Real, 1803. Biblioteca Digital Hispánica, http://bdh-rd.bne.es/viewer.vm?id=0000052431&page=1 [fecha de consulta: 3 de marzo de 2025].}",
    "En Galicia, la vacuna se practicaba ya en 1801 en el Hospital de la Caridad de La Coruña, lo que explica en parte la elección del puerto de salida.{fn:M. Aguirre Marco, {it:La vacuna en Galicia antes y después de la Expedición de Balmis}, tesis doctoral, Universidad de Santiago de Compostela, 2019, disponible en http://hdl.handle.net/10261/187342.}",
    "# Una red, no un viaje",
    "La documentación del Archivo General de Indias permite seguir cómo se crearon Juntas de Vacuna en cada ciudad por la que pasaba la expedición, con reglamentos que fijaban quién debía conservar el fluido y cómo debía registrarse a los vacunados.{fn:Archivo General de Indias (AGI), Indiferente General, 1558-A, «Expediente sobre la expedición de la vacuna». Descripción en PARES: http://pares.mcu.es/ParesBusquedas20/catalogo/description/1921843, consultado el 3 de marzo de 2025.} Michael M. Smith fue el primero en reconstruir ese proceso para Nueva España y Guatemala.{fn:M. M. Smith, «The \"Real Expedición Marítima de la Vacuna\" in New Spain and Guatemala», {it:Transactions of the American Philosophical Society}, 64, 1 (1974), pp. 1-74, https://www.jstor.org/stable/1006317, doi: 10.2307/1006317.}",
    "Ramírez Martín ha mostrado que las Juntas fueron el verdadero legado de la expedición, y que muchas siguieron funcionando después de 1810, aunque con recursos cada vez más escasos.{fn:Ramírez Martín, {it:La salud del Imperio}, op. cit., pp. 245-260.} La misma autora, junto con José Tuells, subraya el papel de Isabel Zendal, rectora de la Casa de Expósitos de La Coruña, que cuidó de los niños durante todo el viaje.{fn:J. Tuells y S. M. Ramírez Martín, {it:Balmis et variola}, Valencia, Generalitat Valenciana, 2003, pp. 88-95.}",
    "# El regreso y la memoria",
    "Cuando Balmis volvió a Madrid en 1806, la {it:Gazeta de Madrid} anunció el éxito de la empresa en términos triunfales.{fn:{it:Gazeta de Madrid}, núm. 83, 14 de octubre de 1806, pp. 890-891. Disponible en la colección histórica del BOE: https://www.boe.es/datos/pdfs/BOE//1806/083/A00890-00891.pdf (consultado el 4 de marzo de 2025).} Casi dos siglos después, la Organización Mundial de la Salud citaría la expedición en el informe que certificó la erradicación de la viruela.{fn:Organización Mundial de la Salud, {it:The global eradication of smallpox: final report of the Global Commission for the Certification of Smallpox Eradication}, Ginebra, OMS, 1980, https://iris.who.int/handle/10665/39253.}",
    "La pandemia de COVID-19 devolvió la expedición a la prensa y a los discursos oficiales, que a menudo la convirtieron en precedente de las campañas de vacunación actuales.{fn:Sobre este uso público del pasado véase Mark y Rigau-Pérez, «The World's First Immunization Campaign», op. cit., pp. 90-94.} Conviene recordar, sin embargo, que el modelo de Balmis descansaba sobre el cuerpo de niños sin familia, cuyo consentimiento nadie pidió.{fn:Balaguer Perigüell y Ballester Añón, {it:En el nombre de los niños}, op. cit., pp. 41-44.}",
    "# Bibliografía",
    "Aguirre Marco, M. (2019). {it:La vacuna en Galicia antes y después de la Expedición de Balmis}. Tesis doctoral, Universidad de Santiago de Compostela. http://hdl.handle.net/10261/187342",
    "Balaguer Perigüell, E. y Ballester Añón, R. (2003). {it:En el nombre de los niños. Real Expedición Filantrópica de la Vacuna (1803-1806)}. Madrid: Asociación Española de Pediatría.",
    "Franco-Paredes, C., Lammoglia, L. y Santos-Preciado, J. I. (2005). The Spanish Royal Philanthropic Expedition to Bring Smallpox Vaccination to the New World and Asia in the 19th Century. {it:Clinical Infectious Diseases}, 41(9), 1285-1289. https://doi.org/10.1086/496930",
    "Jenner, E. (1798). {it:An Inquiry into the Causes and Effects of the Variolae Vaccinae}. Londres: Sampson Low.",
    "Mark, C. y Rigau-Pérez, J. G. (2009). The World's First Immunization Campaign: The Spanish Smallpox Vaccine Expedition, 1803-1813. {it:Bulletin of the History of Medicine}, 83(1), 63-94. https://doi.org/10.1353/bhm.0.0173",
    "Moreau de la Sarthe, J.-L. (1803). {it:Tratado histórico y práctico de la vacuna} (F. X. de Balmis, trad.). Madrid: Imprenta Real.",
    "Olagüe de Ros, G. y Astrain Gallart, M. (2004). ¡Salvad a los niños! Los primeros pasos de la vacunación antivariólica en España (1799-1805). {it:Asclepio}, 56(1), 7-31. https://doi.org/10.3989/asclepio.2004.v56.i1.1",
    "Ramírez Martín, S. M. (2002). {it:La salud del Imperio. La Real Expedición Filantrópica de la Vacuna}. Madrid: Doce Calles.",
    "Smith, M. M. (1974). The \"Real Expedición Marítima de la Vacuna\" in New Spain and Guatemala. {it:Transactions of the American Philosophical Society}, 64(1), 1-74. https://doi.org/10.2307/1006317",
    "Tuells, J. y Ramírez Martín, S. M. (2003). {it:Balmis et variola}. Valencia: Generalitat Valenciana.",
]

def drop(d, *names):
    return {k: v for k, v in d.items() if k not in names}

notes = {
    "1": ramirez, "2": balaguer, "3": mark, "4": franco, "5": jenner, "6": olague, "7": moreau,
    "8": aguirre, "9": agi, "10": smith_note, "11": drop(ramirez, "year"), "12": tuells,
    "13": gazeta, "14": who, "15": drop(mark, "year", "doi"), "16": drop(balaguer, "year"),
}
literature = [aguirre, balaguer, franco, drop(jenner, "url"), mark,
              drop(moreau, "url"), olague, ramirez, smith, tuells]

meta = {
    "title": "Entre el pus y la caridad: la Real Expedición Filantrópica de la Vacuna",
    "reader": "odt",
    "clean": True,
    "about": (
        "An invented Spanish history-of-medicine article (the Balmis smallpox-vaccine expedition, 1803-1810) "
        "typed in LibreOffice Writer: title, author, affiliation, abstract, Heading 1 sections, 16 footnotes in "
        "Spanish humanities style (full first notes, short notes with 'op. cit.'), and a hand-typed APA-like "
        "'Bibliografía' of plain paragraphs. Identifiers as Spanish writers type them in notes: a DOI as a "
        "resolver URL, 'DOI: 10.1086/496930. PMID: 16206103.', 'doi:10.3989/…', 'doi: 10.2307/1006317' after "
        "a JSTOR stable URL (two addresses in one note), a handle URL of a repository, a Biblioteca Digital "
        "Hispánica viewer URL with a query string and '[fecha de consulta: 3 de marzo de 2025]', 'consultado el "
        "3 de marzo de 2025' after a URL and after a comma, a link whose text ('Wellcome Collection') differs "
        "from its address, a PARES archive description (archival file: unknown), a Gazeta de Madrid issue "
        "(article; keyed by year, URL and kind only, as is the archive note by URL and kind) as a BOE PDF. The JSTOR note keys both its stable URL and its DOI. Notes keyed with the fields of the work they cite (short notes: title and "
        "authors); the DOI keyed bare; a note giving a DOI as a URL keyed with the DOI only. The literature "
        "keys the same fields as printed (Jenner and Moreau entries print no URL). Invented: the article, its "
        "author, the Aguirre Marco thesis and its handle, the Wellcome, BNE, PARES and BOE identifiers in the "
        "URLs. Real works with data as remembered (pages, DOIs and the PMID may differ in detail): the rest. "
        "Clean (half A's planted defects are in org and plaintext)."
    ),
    "notes": notes,
    "literature": literature,
}

doc = build_odt.Doc("balmis-vacuna-es", meta, lines)
build_odt.OUT.mkdir(parents=True, exist_ok=True)
doc.write()
print("wrote", build_odt.OUT / doc.name)
