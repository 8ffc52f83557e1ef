"""Bodies' names holding "and", statistical yearbooks, archival files and interviews
(written for this test, in the shapes real lists and notes have):

* a public body's name joining its remits by the word for "and" of its language
  ("Direcção-Geral de Obras Públicas e Serviços Hidráulicos", "Ministerio de Trabajo,
  Migraciones y Seguridad Social", "Servei d'Estudis i Planificació", "Department of Lands
  and Survey") is one author; two people's names (natural order or by initials) and two
  bodies stay apart (:mod:`bibcheck.parse.references.body_name`);
* a body's statistics or yearbook ("Estatística agrícola do anno de 1905", "Statistical
  Abstract for …", "Statistisches Jahrbuch …", "Anuario estadístico …", "Rocznik …") is
  its report; a person's book on statistics, a body's textbook, stay books
  (:mod:`bibcheck.parse.references.statistical_yearbook`);
* an archival file by its collection's code with a lettered item ("ABC/DEF/B12") or its
  inventory number ("n.º inv. FOT-0412"): unknown, not a remark; a name and the first year
  of a span in it ("letters of A to B. Lee, 1931–1934") cites no listed work by that name;
* an interview the author holds the recording of ("Gravação na posse do autor"): commentary,
  in a list as in a note.
"""

from __future__ import annotations

import pytest

from bibcheck.model import LiteratureEntry, RefKind
from bibcheck.parse.matching import LiteratureIndex
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.chicago import _who
from bibcheck.parse.references.shared import split_people

R, B, U, C = RefKind.REPORT, RefKind.BOOK, RefKind.UNKNOWN, RefKind.COMMENTARY

# (a name, the authors split_people reads in it)
SPLITS = [
    # one body, its remits joined (pt, es, it, ca, fr, en)
    (
        "Direcção-Geral de Obras Públicas e Serviços Hidráulicos",
        ("Direcção-Geral de Obras Públicas e Serviços Hidráulicos",),
    ),
    ("Direção-Geral do Território e Urbanismo", ("Direção-Geral do Território e Urbanismo",)),
    (
        "Ministerio de Trabajo, Migraciones y Seguridad Social",
        ("Ministerio de Trabajo, Migraciones y Seguridad Social",),
    ),
    ("Secretaría de Comunicaciones y Transportes", ("Secretaría de Comunicaciones y Transportes",)),
    (
        "Servicio de Estudios e Investigación Agraria",
        ("Servicio de Estudios e Investigación Agraria",),
    ),
    (
        "Ministero delle Infrastrutture e dei Trasporti",
        ("Ministero delle Infrastrutture e dei Trasporti",),
    ),
    (
        "Istituto per la Ricerca e la Protezione Ambientale e per i Servizi Idrici",
        ("Istituto per la Ricerca e la Protezione Ambientale e per i Servizi Idrici",),
    ),
    ("Servei d'Estudis i Planificació", ("Servei d'Estudis i Planificació",)),
    ("Departament de Territori i Sostenibilitat", ("Departament de Territori i Sostenibilitat",)),
    (
        "Ministère de l'Équipement et des Transports",
        ("Ministère de l'Équipement et des Transports",),
    ),
    ("Department of Lands and Survey", ("Department of Lands and Survey",)),
    ("Ministry of Fisheries and Marine Resources", ("Ministry of Fisheries and Marine Resources",)),
    (
        "Ministry of Transport, Housing and Local Works",
        ("Ministry of Transport, Housing and Local Works",),
    ),
    (
        "National Institute of Oceanography and Fisheries",
        ("National Institute of Oceanography and Fisheries",),
    ),
    # two people's names, by initials or in natural order
    ("Rita Lopes e Nuno Barata", ("Rita Lopes", "Nuno Barata")),
    ("Elena Soler y Pablo Marín", ("Elena Soler", "Pablo Marín")),
    ("Jordi Vives i Marta Roig", ("Jordi Vives", "Marta Roig")),
    ("M. Ferrer Soto y A. Blasco Ruiz", ("M. Ferrer Soto", "A. Blasco Ruiz")),
    ("Anne Moreau et Paul Girard", ("Anne Moreau", "Paul Girard")),
    ("John Carter and Robert Service", ("John Carter", "Robert Service")),
    # two bodies, or a body and a person by initials
    (
        "Ministry of Health and World Health Organization",
        ("Ministry of Health", "World Health Organization"),
    ),
    ("Department of Finance and IMF", ("Department of Finance", "IMF")),
    (
        "Ministry of Culture and British Council",
        ("Ministry of Culture", "British Council"),
    ),
    ("Instituto Hidrográfico and J. Moura", ("Instituto Hidrográfico", "J. Moura")),
    ("Ministry of Trade; Ministry of Labour", ("Ministry of Trade", "Ministry of Labour")),
]


@pytest.mark.parametrize(("name", "want"), SPLITS, ids=[s[0][:40] for s in SPLITS])
def test_split_people(name: str, want: tuple[str, ...]) -> None:
    assert split_people(name) == want


@pytest.mark.parametrize(
    ("name", "want"),
    [
        (
            "Secretaría de Comunicaciones y Transportes",
            ("Secretaría de Comunicaciones y Transportes",),
        ),
        (
            "Servicio de Estudios e Investigación Agraria",
            ("Servicio de Estudios e Investigación Agraria",),
        ),
        ("Rita Lopes e Nuno Barata", ("Rita Lopes", "Nuno Barata")),
    ],
)
def test_note_authors(name: str, want: tuple[str, ...]) -> None:
    assert _who(name) == want


# (text, note?, authors, kind, title); None: not asserted
FIELDS = [
    # a body's name with "e" / "and" before a statistics title, in a list and in a note
    (
        "Direcção-Geral de Obras Públicas e Serviços Hidráulicos. *Estatística agrícola do anno"
        " de 1905*. Lisboa: Imprensa Nacional, 1906.",
        False,
        ("Direcção-Geral de Obras Públicas e Serviços Hidráulicos",),
        R,
        "Estatística agrícola do anno de 1905",
    ),
    (
        "Direcção-Geral de Obras Públicas e Serviços Hidráulicos, *Estatística agrícola do anno"
        " de 1905* (Lisboa: Imprensa Nacional, 1906), 33–35.",
        True,
        ("Direcção-Geral de Obras Públicas e Serviços Hidráulicos",),
        R,
        "Estatística agrícola do anno de 1905",
    ),
    (
        "Department of Lands and Survey, *Annual Report 1962* (Wellington: Government Printer,"
        " 1962), 8.",
        True,
        ("Department of Lands and Survey",),
        R,
        None,
    ),
    # statistics and yearbooks by bodies (de, en, es, pl, sv, fr, it)
    (
        "Kaiserliches Statistisches Amt. *Statistisches Jahrbuch für das Deutsche Reich 1895*."
        " Berlin: Puttkammer & Mühlbrecht, 1895.",
        False,
        ("Kaiserliches Statistisches Amt",),
        R,
        None,
    ),
    (
        "Board of Trade. *Statistical Abstract for the United Kingdom 1905*. London: HMSO, 1906.",
        False,
        ("Board of Trade",),
        R,
        "Statistical Abstract for the United Kingdom 1905",
    ),
    (
        "Dirección General de Minas. *Estadística minera de España 1908*. Madrid: Sucesores de"
        " Rivadeneyra, 1909.",
        False,
        ("Dirección General de Minas",),
        R,
        None,
    ),
    (
        "Dirección General de Minas, *Estadística minera de España 1908* (Madrid: Sucesores de"
        " Rivadeneyra, 1909), 14.",
        True,
        ("Dirección General de Minas",),
        R,
        None,
    ),
    (
        "Główny Urząd Statystyczny. *Rocznik statystyczny 1928*. Warszawa: GUS, 1929.",
        False,
        ("Główny Urząd Statystyczny",),
        R,
        None,
    ),
    (
        "Statistiska centralbyrån. *Statistisk årsbok för Sverige 1932*. Stockholm: SCB, 1932.",
        False,
        ("Statistiska centralbyrån",),
        R,
        None,
    ),
    (
        "Ministère des Travaux publics. *Statistique de l'industrie minérale 1904*. Paris:"
        " Imprimerie nationale, 1906.",
        False,
        ("Ministère des Travaux publics",),
        R,
        None,
    ),
    (
        "Ministero di Agricoltura, Industria e Commercio. *Annuario statistico italiano 1892*."
        " Roma: Tipografia Nazionale, 1893.",
        False,
        ("Ministero di Agricoltura, Industria e Commercio",),
        R,
        None,
    ),
    (
        "Ministry of Agriculture, Fisheries and Food. *Agricultural Statistics 1975*. London:"
        " HMSO, 1976.",
        False,
        ("Ministry of Agriculture, Fisheries and Food",),
        R,
        "Agricultural Statistics 1975",
    ),
    # (a plain title after the comma: no remit of the body's)
    (
        "Ministry of Health, Annual Report and Accounts. London: HMSO, 1976.",
        False,
        ("Ministry of Health",),
        R,
        "Annual Report and Accounts",
    ),
    # guards: a body's textbook, a person's book on statistics, a body's manual stay books
    (
        "Royal Statistical Society. *Statistics for Engineers*. London: RSS, 1950.",
        False,
        None,
        B,
        None,
    ),
    (
        "Hartmann, Leonie. *Statistics of Extremes in Hydrology*. Berlin: Springer, 2001.",
        False,
        None,
        B,
        None,
    ),
    (
        "American Dental Association. *Diagnostic and Statistical Guide to Oral Disease*."
        " 2nd ed. Chicago: ADA, 2004.",
        False,
        None,
        B,
        None,
    ),
    # an archival file by a lettered item or an inventory number; an interview the author keeps
    (
        "Arquivo Distrital de Évora, Fundo fotográfico, n.º inv. FOT-0412.",
        True,
        None,
        U,
        None,
    ),
    (
        "Arxiu Municipal de Girona, Fons gràfic, núm. inv. 2231.",
        True,
        None,
        U,
        None,
    ),
    (
        "Entrevista a A. R., antiga operária. Barreiro, 3 de junho de 2019. Gravação na posse"
        " da autora.",
        False,
        None,
        C,
        None,
    ),
    (
        "Entrevista a J. P., antiguo minero. Linares, 5 de mayo de 2018. Grabación en poder de"
        " la autora.",
        False,
        None,
        C,
        None,
    ),
    (
        "Interview with L. K., retired engineer. Leeds, 2 May 2021. Recording in the author's"
        " possession.",
        False,
        None,
        C,
        None,
    ),
]


@pytest.mark.parametrize(
    ("text", "note", "authors", "kind", "title"), FIELDS, ids=[t[0][:40] for t in FIELDS]
)
def test_fields(
    text: str,
    note: bool,
    authors: tuple[str, ...] | None,
    kind: RefKind,
    title: str | None,
) -> None:
    ref = parse_reference(text, [1], note=note)
    assert ref.kind is kind
    if authors is not None:
        assert ref.authors == authors
    if title is not None:
        assert ref.title == title


def test_published_interview_stays() -> None:
    """(a published interview, in a journal: no commentary)"""
    ref = parse_reference(
        "Entrevista a Luísa Costa. *Revista de Letras* 12 (2015): 33–41.", [1], note=False
    )
    assert ref.kind is not C


ENTRIES = [
    "Lee, B. (1933). Cathode storage. Proceedings of the Radio Society, 3, 1–9.",
    "Roe, A. (1950). The drum store. London: Methuen.",
]


@pytest.mark.parametrize(
    ("note", "numbers"),
    [
        # a span's first year after a name: an archival file's dates, no citation
        ("County Record Office, D/EX/B12, letters of A. Roe to B. Lee, 1933–1936.", []),
        ("Library archive, letters to B. Lee, 1933-36.", []),
        # a year alone, or bracketed, still cites
        ("As Lee, 1933, showed, the store failed.", [1]),
        ("See Lee (1933–1934) on the store.", [1]),
        ("Compare Roe 1950 on drums.", [2]),
    ],
)
def test_mentions(note: str, numbers: list[int]) -> None:
    entries = [
        LiteratureEntry(k + 1, k + 1, parse_reference(t, [0])) for k, t in enumerate(ENTRIES)
    ]
    assert LiteratureIndex(entries).mentioned(note) == numbers
