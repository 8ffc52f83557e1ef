"""fix74a: one list of statute designations (:data:`.legal_words.STATUTES`), read by the
gazette acts too; one multilingual "software or data set" designator
(:mod:`.release_words`), read by version_host, described, medium and bibresource.

Examples are written for this test in the shapes the lists use; none is copied from a
corpus document."""

from __future__ import annotations

import pytest

from bibcheck.model import Reference, RefKind
from bibcheck.parse.references import acts, gazette_acts, parse_reference, release_words
from bibcheck.parse.references.bibresource import resource_kind
from bibcheck.parse.references.civil_law import legal_source
from bibcheck.parse.references.described import described_medium
from bibcheck.parse.references.headed_act import act_heading
from bibcheck.parse.references.medium import without_medium
from bibcheck.parse.references.version_host import release_version_off_title

# --- part 1: the statute designations -------------------------------------------------

# (title, raw after the title) -> a gazette's act: report, title kept
_GAZETTE_ACTS = [
    # Spanish, the Crown's word before a lower-case designation
    ("Real decreto de 14 de junio de 1901 sobre los pósitos", "Gaceta de Madrid. 1901;(167):3."),
    ("Real orden de 3 de abril de 1899 sobre escuelas", "Gaceta de Madrid. 1899;(95):12."),
    # a Spanish resolution, circular, instruction and regulation
    (
        "Resolución de 12 de marzo de 1998 de la Dirección General",
        "Boletín Oficial del Estado. 1998;(70).",
    ),
    ("Circular 4/2017, de 27 de noviembre, del Banco", "Boletín Oficial del Estado. 2017;(296)."),
    ("Instrucción de 20 de mayo de 1920 para la sanidad", "Gaceta de Madrid. 1920;(141):77."),
    ("Reglamento de 8 de julio de 1911 de policía minera", "Gaceta de Madrid. 1911;(190):5."),
    # Portuguese: an ordinance, an old royal charter
    ("Portaria n.º 12/2015, de 20 de janeiro", "Diário da República. 2015;(13):4."),
    ("Alvará de 10 de março de 1791 sobre os boticários", "Diário do Governo. 1791;(2):1."),
    # Italian: a royal decree
    ("Regio Decreto 27 luglio 1934 sulle leggi sanitarie", "Gazzetta Ufficiale. 1934;(186)."),
    # Catalan: the Crown's decree, an order, a resolution
    ("Reial decret de 5 de maig de 1900 sobre l'escola", "Diari Oficial. 1900;(12):2."),
    ("Ordre de 3 de maig de 2010 per la qual es regula", "Diari Oficial. 2010;(5623)."),
    ("Resolució de 9 de juny de 2019 per la qual s'aprova", "Diari Oficial. 2019;(7890)."),
    # French: a ministerial order
    ("Arrêté du 3 mai 2001 relatif aux piscines", "Journal officiel. 2001;(104):7020."),
]


@pytest.mark.parametrize(("title", "after"), _GAZETTE_ACTS)
def test_gazette_act_from_shared_statutes(title: str, after: str) -> None:
    raw = f"{title}. {after}"
    ref = Reference(raw=raw, line=1, end_line=1, kind=RefKind.ARTICLE, title=title)
    got = gazette_acts.gazette_act(ref)
    assert (got.kind, got.title) == (RefKind.REPORT, title)


# (an act's name in an article's title; a title opening with a word no designation)
@pytest.mark.parametrize(
    ("title", "after"),
    [
        ("Circular economy in 12/2019 reports", "Revista de Economía. 2020;12(3):4."),
        ("Regio e nazione nel 1934", "Gazzetta Ufficiale. 1934;(186)."),
        ("Lag 3/2019 in emergency response", "Diário da República. 2019;(3)."),
    ],
)
def test_not_a_gazette_act(title: str, after: str) -> None:
    raw = f"{title}. {after}"
    ref = Reference(raw=raw, line=1, end_line=1, kind=RefKind.ARTICLE, title=title)
    assert gazette_acts.gazette_act(ref).kind is RefKind.ARTICLE


# the widened list widens the parsers that share it: an act with its year
@pytest.mark.parametrize(
    ("body", "year"),
    [
        ("Portaria n.º 35/2016, de 17 de fevereiro", "2016"),
        ("Erlass vom 12. März 2019 über die Beihilfen", "2019"),
        ("Reglamento 3/2005, de 4 de abril", "2005"),
        ("Regio Decreto 16 marzo 1942, n. 262", "1942"),
    ],
)
def test_act_year_from_shared_statutes(body: str, year: str) -> None:
    got = acts.act(body)
    assert got is not None and got[1] == year


@pytest.mark.parametrize(
    ("note", "legal"),
    [
        ("Portaria n.º 35/2016, de 17 de fevereiro, art. 3.", True),
        ("Instrucción 2/2020, de 3 de marzo, punto 4.", True),
        ("Erlass vom 12. März 2019, Abschnitt 2.", True),
        # a book about a statute stays literature
        ('Silva, "Comentário à Portaria n.º 35/2016" (Lisboa: Almedina, 2018), 12.', False),
    ],
)
def test_legal_source_from_shared_statutes(note: str, legal: bool) -> None:
    assert legal_source(note) is legal


def test_headed_act_heading_from_shared_statutes() -> None:
    heading = act_heading("Portaria n.º 35/2016, de 17 de fevereiro, sobre as escolas. DR, n.º 34.")
    assert heading == "Portaria n.º 35/2016, de 17 de fevereiro, sobre as escolas"


# read whole: the widened list must not cut an act's title at its date when a gazette
# follows (the subject restored as read), nor run a title named in words into the place
# and date of its next sentence
@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Real Decreto de 9 de abril de 1905 sobre las escuelas rurales. Gaceta de Madrid."
            " 1905 abr 11;(101):140.",
            "Real Decreto de 9 de abril de 1905 sobre las escuelas rurales",
        ),
        (
            "Reial decret de 5 de maig de 1900 sobre les escoles. Diari Oficial. 1900;(12):2.",
            "Reial decret de 5 de maig de 1900 sobre les escoles",
        ),
        (
            "Regio decreto sulle bonifiche delle paludi. Torino, 2 marzo 1862. In: Raccolta"
            " degli atti del governo, anno 1862. Torino: Stamperia reale; 1862.",
            "Regio decreto sulle bonifiche delle paludi",
        ),
        (
            "Orden sobre el alumbrado de las calles. Sevilla, 4 de mayo de 1851. En: Colección"
            " de órdenes, tomo 2. Sevilla: Imprenta Real; 1852.",
            "Orden sobre el alumbrado de las calles",
        ),
    ],
)
def test_act_title_as_read(text: str, title: str) -> None:
    ref = parse_reference(text, [1], detect_styles=True)
    assert (ref.title, ref.kind) == (title, RefKind.REPORT)


# --- part 2: software or a data set --------------------------------------------------

_DESCRIBED = [
    # English, APA and NLM
    ("Okafor A. Riverflow (Version 2.1) [Computer software]. 2024.", True),
    ("Okafor A. Riverflow [Software]. 2024.", True),
    ("Okafor A. Hourly gauges [Data set]. 2024.", True),
    ("Okafor A. Hourly gauges [Dataset]. 2024.", True),
    ("Okafor A. Riverflow. Version 2.1 [software]. 2024.", True),
    ("Okafor A. Riverflow [Code]. 2024.", True),
    ("Okafor A. Riverflow [Source code]. 2024.", True),
    ("Okafor A. Hourly gauges [Data set and codebook]. 2024.", True),
    # German, French, Spanish, Portuguese, Italian, Swedish, Polish, Korean
    ("Müller J. Pegelstände [Datensatz]. 2023.", True),
    ("Dupont M. Niveaux des crues [Jeu de données]. 2022.", True),
    ("Dupont M. Crueval [Logiciel]. 2022.", True),
    ("García L. Caudales diarios [Conjunto de datos]. 2021.", True),
    ("Souza R. Vazões diárias [Conjunto de dados]. 2021.", True),
    ("Rossi M. Portate giornaliere [Set di dati]. 2020.", True),
    ("Lind K. Flödesmodell [Programvara]. 2020.", True),
    ("Nowak P. Przepływy dobowe [Zbiór danych]. 2019.", True),
    ("김민수. 하천 유량 [데이터 세트]. 2019.", True),
    # the phrase as an element of its own
    ("Okafor A. Riverflow. Computer program. Lagos; 2024.", True),
    # negatives: "code" and "data" as words of a title; a translated title in brackets
    ("Roth M. The Code of Hammurabi. Oxford; 1998.", False),
    ("Boyd D. Data and Society. New York; 2016.", False),
    ("Nowak P. Kodeks Hammurabiego [The Code of Hammurabi]. Kraków; 2001.", False),
    ("Lee S. A data set of river flows. Hydrol Data. 2020;3:1-9.", False),
    ("Klein T. Software engineering in practice. Berlin; 2018.", False),
]


@pytest.mark.parametrize(("text", "described"), _DESCRIBED)
def test_release_described(text: str, described: bool) -> None:
    assert release_words.release_described(text) is described


@pytest.mark.parametrize(
    ("raw", "medium"),
    [
        ("Okafor, A. (2024). *Riverflow* [Code]. https://example.org", True),
        ("Lind, K. (2020). *Flödesmodell* [Programvara]. https://example.org", True),
        ("Souza, R. (2021). *Vazões* [Conjunto de dados]. https://example.org", True),
        ("Nowak, P. (2001). *Kodeks* [The Code of Hammurabi]. Kraków: Znak.", False),
        ("Roth, M. (1998). *Rules* [Code of Hammurabi]. Oxford: Clarendon.", False),
    ],
)
def test_described_medium_reads_shared_designator(raw: str, medium: bool) -> None:
    assert described_medium(raw) is medium


@pytest.mark.parametrize(
    ("title", "bare"),
    [
        ("Riverflow [code]", "Riverflow"),
        ("Crueval [logiciel]", "Crueval"),
        ("Vazões diárias (conjunto de dados)", "Vazões diárias"),
        # a title's own bracket, no designator: kept
        ("Kodeks Hammurabiego [Code of Hammurabi]", "Kodeks Hammurabiego [Code of Hammurabi]"),
    ],
)
def test_medium_designator_cut(title: str, bare: str) -> None:
    ref = Reference(raw=f"A. {title}. 2020.", line=1, end_line=1, kind=RefKind.BOOK, title=title)
    assert without_medium(ref).title == bare


@pytest.mark.parametrize(
    ("title", "raw", "cut"),
    [
        # the type in the list's language says the work is a release: its version is cut
        (
            "Pegelmodell, Version 2.1",
            "Müller J. Pegelmodell, Version 2.1 [Datensatz]. 2023.",
            "Pegelmodell",
        ),
        ("Crueval, version 3.0", "Dupont M. Crueval, version 3.0 [Logiciel]. 2022.", "Crueval"),
        (
            "Caudales, versión 1.2",
            "García L. Caudales, versión 1.2 [Conjunto de datos]. 2021.",
            "Caudales",
        ),
        (
            "Flödesmodell, version 4.2",
            "Lind K. Flödesmodell, version 4.2 [Programvara]. 2020.",
            "Flödesmodell",
        ),
        ("Riverflow, v2.1.0", "Okafor A. Riverflow, v2.1.0 [Code]. 2024.", "Riverflow"),
        # no release's type: the version stays the title's
        (
            "Codes of practice, version 2.0",
            "Roth M. Codes of practice, version 2.0. London; 2019.",
            None,
        ),
    ],
)
def test_release_version_cut(title: str, raw: str, cut: str | None) -> None:
    ref = Reference(raw=raw, line=1, end_line=1, kind=RefKind.BOOK, title=title)
    got = release_version_off_title(ref)
    assert got.title == (cut or title)


@pytest.mark.parametrize(
    ("fields", "kind"),
    [
        ({"note": "[Conjunto de dados]"}, RefKind.WEB),
        ({"howpublished": "Datamängd, version 2"}, RefKind.WEB),
        ({"note": "Computer program"}, RefKind.WEB),
        # a note's bare "software" or "code" may be the paper's subject
        ({"note": "Code of conduct for research"}, None),
        ({"note": "Talk on software maintenance"}, None),
    ],
)
def test_bib_resource_reads_shared_data_set(fields: dict[str, str], kind: RefKind | None) -> None:
    assert resource_kind("misc", fields) is kind
