"""fix71h: EU acts in the languages of their citation, court decisions listed under their court
or by case number and parties, a standard after its issuing body, a map's sheet, a numbered
series after a comma, a dataset's genre word, Italian list entries (a chapter, a paper in a
meeting's proceedings, a newspaper's article), a ministry's decree, the Commission's document
number, an online newspaper in Vancouver, and BibTeX data products and treaties.

Every example is written for this file in the shapes these sources are cited in."""

from __future__ import annotations

import pytest

from bibcheck.bibfile import read_bib
from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.bibtex import to_reference
from bibcheck.parse.references.fields import find_access_date


def _read(text: str, note: bool = False) -> tuple[str | None, RefKind, int | None]:
    ref = parse_reference(text, [1], detect_styles=True, note=note)
    return ref.title, ref.kind, ref.year


# (text, note, title, kind, year)
CASES = [
    # EU acts: the whole official title, its date and subject clause included, a report
    (
        "Directiva 2008/50/CE del Parlamento Europeo y del Consejo, de 21 de mayo de 2008,"
        " relativa a la calidad del aire ambiente y a una atmósfera más limpia en Europa."
        " Diario Oficial de la Unión Europea. 2008;L 152:1–44.",
        False,
        "Directiva 2008/50/CE del Parlamento Europeo y del Consejo, de 21 de mayo de 2008,"
        " relativa a la calidad del aire ambiente y a una atmósfera más limpia en Europa",
        RefKind.REPORT,
        2008,
    ),
    (
        "Direttiva 2007/60/CE del Parlamento europeo e del Consiglio, del 23 ottobre 2007,"
        " relativa alla valutazione e alla gestione dei rischi di alluvioni, GUUE L 288 del"
        " 6 novembre 2007.",
        False,
        "Direttiva 2007/60/CE del Parlamento europeo e del Consiglio, del 23 ottobre 2007,"
        " relativa alla valutazione e alla gestione dei rischi di alluvioni",
        RefKind.REPORT,
        2007,
    ),
    (
        "Direttiva 2006/118/CE del Parlamento europeo e del Consiglio, del 12 dicembre 2006,"
        " che istituisce norme per la protezione delle acque sotterranee, in GUUE L 372 del"
        " 27 dicembre 2006, p. 19 ss., spec. art. 3.",
        True,
        "Direttiva 2006/118/CE del Parlamento europeo e del Consiglio, del 12 dicembre 2006,"
        " che istituisce norme per la protezione delle acque sotterranee",
        RefKind.REPORT,
        2006,
    ),
    (
        "Europaparlamentets och rådets direktiv 2008/56/EG av den 17 juni 2008 om"
        " upprättande av en ram för gemenskapens åtgärder när det gäller havsmiljöpolitik."
        " EUT L 164, 25.6.2008, s. 19–40.",
        False,
        "Europaparlamentets och rådets direktiv 2008/56/EG av den 17 juni 2008 om"
        " upprättande av en ram för gemenskapens åtgärder när det gäller havsmiljöpolitik",
        RefKind.REPORT,
        2008,
    ),
    (
        "Europaparlamentets och rådets direktiv 2006/7/EG av den 15 februari 2006 om"
        " förvaltning av badvattenkvaliteten, EUT L 64, 4.3.2006, s. 37–51.",
        True,
        "Europaparlamentets och rådets direktiv 2006/7/EG av den 15 februari 2006 om"
        " förvaltning av badvattenkvaliteten",
        RefKind.REPORT,
        2006,
    ),
    (
        "Regulamento (UE) 2020/852 do Parlamento Europeu e do Conselho, de 18 de junho de"
        " 2020, relativo ao estabelecimento de um regime para a promoção do investimento"
        " sustentável. JO L 198 de 22.6.2020.",
        False,
        "Regulamento (UE) 2020/852 do Parlamento Europeu e do Conselho, de 18 de junho de"
        " 2020, relativo ao estabelecimento de um regime para a promoção do investimento"
        " sustentável",
        RefKind.REPORT,
        2020,
    ),
    # a decision listed under its court, its heading the title (Vancouver)
    (
        "Tribunal Constitucional, Pleno. Sentencia n.º 45/2021, de 3 de marzo (recurso"
        " 1234/2019). Madrid: BOE; 2021.",
        False,
        "Sentencia n.º 45/2021, de 3 de marzo",
        RefKind.REPORT,
        2021,
    ),
    (
        "Audiencia Nacional, Sala de lo Contencioso-Administrativo, Sección 1.ª. Sentencia"
        " 210/2018, de 14 de junio. Madrid: CENDOJ; 2018.",
        False,
        "Sentencia 210/2018, de 14 de junio",
        RefKind.REPORT,
        2018,
    ),
    # the Court of Justice named out, the case number before the parties
    (
        "Corte di giustizia UE, 4 maggio 2016, causa C-346/14, Commissione europea c."
        " Repubblica d'Austria, ECLI:EU:C:2016:322.",
        False,
        "Commissione europea c. Repubblica d'Austria",
        RefKind.REPORT,
        2016,
    ),
    # a standard after its issuing body: the designation no part of the title
    (
        "International Organization for Standardization. ISO 14046:2014. Environmental"
        " management — Water footprint — Principles, requirements and guidelines. Ginebra:"
        " ISO; 2014.",
        False,
        "Environmental management — Water footprint — Principles, requirements and guidelines",
        RefKind.REPORT,
        2014,
    ),
    # a map sheet after the series title
    (
        "Instituto Geológico y Minero. Mapa Geológico de España 1:50.000. Hoja 559, Madrid"
        " [mapa]. Madrid: IGME; 1990.",
        False,
        "Mapa Geológico de España 1:50.000",
        RefKind.BOOK,
        1990,
    ),
    # a numbered series after a comma, a report
    (
        "Istituto Superiore, Qualità delle acque sotterranee: sintesi nazionale, Rapporti"
        " 280/2018, Roma, 2018.",
        False,
        "Qualità delle acque sotterranee: sintesi nazionale",
        RefKind.REPORT,
        2018,
    ),
    (
        "European Environment Agency, Air quality in Europe 2020, EEA Report n. 9/2020,"
        " Luxembourg, 2020.",
        False,
        "Air quality in Europe 2020",
        RefKind.REPORT,
        2020,
    ),
    # a dataset's genre word after the title, a body heading the entry
    (
        "ARPA Piemonte, Livelli idrometrici orari, stazione Po a Torino, dataset,"
        " https://dati.example.org/po-torino.",
        False,
        "Livelli idrometrici orari, stazione Po a Torino",
        RefKind.WEB,
        None,
    ),
    # Italian list entries, the names family first: a chapter, a meeting's paper, news
    (
        "Verdi P., Le acque sotterranee, in L. Neri (a cura di), Manuale di diritto"
        " ambientale, 3ª ed., Milano, Giuffrè, 2019, p. 101-140.",
        False,
        "Le acque sotterranee",
        RefKind.CHAPTER,
        2019,
    ),
    (
        "Neri L., Conti R., Portate minime e habitat fluviali: uno studio sul Ticino, in Atti"
        " del XXXVI Convegno nazionale di Idraulica, Ancona, 2018, p. 55-58.",
        False,
        "Portate minime e habitat fluviali: uno studio sul Ticino",
        RefKind.CHAPTER,
        2018,
    ),
    (
        "Galli F., Alluvione, il Reno rompe gli argini, in La Stampa, 3 maggio 2023, p. 9.",
        False,
        "Alluvione, il Reno rompe gli argini",
        RefKind.ARTICLE,
        2023,
    ),
    (
        "F. Galli, *Alluvione, il Reno rompe gli argini*, in *La Stampa*, 3 maggio 2023, p. 9.",
        True,
        "Alluvione, il Reno rompe gli argini",
        RefKind.ARTICLE,
        2023,
    ),
    # a ministry's decree: its own title after the number
    (
        "Decreto direttoriale del Ministero della salute 5 marzo 2019, n. 12/DGPRE, Linee"
        " guida per la sorveglianza delle acque di balneazione.",
        False,
        "Linee guida per la sorveglianza delle acque di balneazione",
        RefKind.REPORT,
        2019,
    ),
    # the Commission's document number closing the title
    (
        "Commissione europea, Relazione sull'attuazione della direttiva sulle acque di"
        " balneazione, COM(2021) 45 final, Bruxelles, 2021.",
        False,
        "Relazione sull'attuazione della direttiva sulle acque di balneazione",
        RefKind.REPORT,
        2021,
    ),
    # a chapter cited with the quoted title's comma after its closing mark (Swedish notes)
    (
        "Karl Berg, ”Timmer och vatten: flottningen i Umeälven”, i *Rapporter från det 5:e"
        " skogshistoriska mötet* (Umeå, 2010), s. 11–19.",
        True,
        "Timmer och vatten: flottningen i Umeälven",
        RefKind.CHAPTER,
        2010,
    ),
    # a newspaper online in Vancouver, a double surname
    (
        "Ruiz Gómez A. El embalse de Entrepeñas baja al once por ciento. Diario del Henares"
        " [Internet]. 12 sep 2022 [citado 15 sep 2022]. Disponible en:"
        " https://www.diariohenares.example.net/embalse",
        False,
        "El embalse de Entrepeñas baja al once por ciento",
        RefKind.ARTICLE,
        2022,
    ),
]


@pytest.mark.parametrize(("text", "note", "title", "kind", "year"), CASES)
def test_fields(text: str, note: bool, title: str, kind: RefKind, year: int | None) -> None:
    assert _read(text, note) == (title, kind, year)


# guards (pass on main too): a "Sheet" closing a title that is no map's, an EU act in English
GUARDS = [
    (
        "Lee K. Accounting for carbon. Sheet 3, balance sheets. London: Verso; 2011.",
        "Accounting for carbon. Sheet 3, balance sheets",
    ),
    (
        "Directive 2000/60/EC of the European Parliament and of the Council of 23 October 2000"
        " establishing a framework for Community action in the field of water policy. OJ L 327,"
        " 22.12.2000, p. 1–73.",
        "Directive 2000/60/EC of the European Parliament and of the Council of 23 October 2000"
        " establishing a framework for Community action in the field of water policy",
    ),
]


@pytest.mark.parametrize(("text", "title"), GUARDS)
def test_guards(text: str, title: str) -> None:
    assert parse_reference(text, [1], detect_styles=True).title == title


def test_italian_access_date_is_no_year() -> None:
    ref = parse_reference(
        "Regione Emilia-Romagna, *Piano di tutela delle acque. Relazione generale*, Bologna,"
        " 2020, p. 12, https://ambiente.example.org/pta (ultimo accesso 5 febbraio 2024).",
        [1],
        detect_styles=True,
        note=True,
    )
    assert (ref.title, ref.year) == ("Piano di tutela delle acque. Relazione generale", 2020)


@pytest.mark.parametrize(
    ("text", "raw"),
    [
        ("Titolo, https://x.example.org (ultimo accesso 5 febbraio 2024).", "5 febbraio 2024"),
        ("Título, https://x.example.org (último acceso el 3 de marzo de 2023).", None),
    ],
)
def test_italian_access_label(text: str, raw: str | None) -> None:
    found = find_access_date(text)
    assert found is not None
    if raw is not None:
        assert found.raw == raw


BIB = [
    # a data product under its own DOI, no publisher: web
    (
        r"""@misc{a, author = {{Glacier Survey}}, title = {Alpine Glacier Length Database},
  howpublished = {Glacier Survey Office, Innsbruck}, year = {2022},
  doi = {10.99999/gs-2022-01}}""",
        RefKind.WEB,
    ),
    (
        r"""@misc{b, author = {{Ice Consortium}}, title = {Global Lake Ice Inventory},
  howpublished = {Polar Data Centre, Tromsø}, version = {2.0}, year = {2019},
  doi = {10.99999/lakeice-2}}""",
        RefKind.WEB,
    ),
    # a treaty by its entry into force: a report
    (
        r"""@misc{c, author = {{United Nations}}, title = {Minamata Convention on Mercury},
  year = {2013}, howpublished = {Adopted 10 October 2013, entered into force 16 August 2017},
  url = {https://treaties.example.org/minamata.pdf}}""",
        RefKind.REPORT,
    ),
]


@pytest.mark.parametrize(("entry", "kind"), BIB)
def test_bib_kind(entry: str, kind: RefKind) -> None:
    records, _ = read_bib(entry)
    assert to_reference(records[0]).kind is kind


def test_bib_misc_with_publisher_keeps_its_kind() -> None:
    # (a body's report in a series keeps what the parser made of it: no data product)
    records, _ = read_bib(
        r"""@misc{d, author = {{Water Agency}}, title = {Groundwater Database Report 2020},
  publisher = {Water Agency}, number = {12}, year = {2020}, doi = {10.99999/wa-12}}"""
    )
    assert to_reference(records[0]).kind is not RefKind.WEB
