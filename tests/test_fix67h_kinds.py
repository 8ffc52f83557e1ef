"""fix67h: the kinds of what bodies issue (statistics offices, ministries, press releases, UN
documents, codes of ethics, tables and databases, preregistrations), the author's own
fieldwork sources."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference

# (entry, kind)
_KINDS = [
    # a statistics office, by its initials or its name, publishing its own work
    (
        "GUS (2021). Ludność według województw [Population of the regions]. Warszawa: Główny"
        " Urząd Statystyczny.",
        RefKind.REPORT,
    ),
    (
        "CBS (2021). Jaarrapport integratie. Den Haag: Centraal Bureau voor de Statistiek.",
        RefKind.REPORT,
    ),
    (
        "Statistik Austria (2020). Migration und Integration. Wien: Statistik Austria.",
        RefKind.REPORT,
    ),
    # a survey round's results by its acronym and year
    (
        "OECD (2023). PISA 2022 Results (Volume I): The State of Learning. Paris: OECD Publishing.",
        RefKind.REPORT,
    ),
    # a periodic statistics release by its title
    (
        "Institut Català del Sòl (2023). Estadística de fiances de lloguer: segon semestre"
        " 2023. Generalitat de Catalunya. https://habitatge.example.net/fiances",
        RefKind.REPORT,
    ),
    # a press release after the title
    (
        "Instituto Nacional de Estadística (2023). *Encuesta de Población Activa. Primer"
        " trimestre 2023*. Nota de prensa, 27 de abril de 2023. Madrid: INE.",
        RefKind.REPORT,
    ),
    (
        "Istituto Nazionale di Statistica (2022). *Indicatori demografici. Anno 2021*."
        " Comunicato stampa, 8 aprile 2022. Roma: Istat.",
        RefKind.REPORT,
    ),
    # ... another body's press release is its web page (news_page), in every language
    (
        "Ministero della Salute (2022). *Nuove regole per i vaccini*. Comunicato stampa,"
        " 8 aprile 2022. https://salute.example.net/comunicati/12",
        RefKind.WEB,
    ),
    (
        "Ministerio de Vivienda (2023). *Aprobada la ley de vivienda*. Nota de prensa,"
        " 25 de mayo de 2023. https://vivienda.example.net/prensa/7",
        RefKind.WEB,
    ),
    # a UN document by its symbol
    (
        "UN Committee on Economic, Social and Cultural Rights (1997). *Forced evictions and"
        " the right to housing*. UN Doc. E/1998/22.",
        RefKind.REPORT,
    ),
    # a body's code of ethics
    (
        "Deutsche Gesellschaft für Soziologie. (2017). *Ethik-Kodex*. Deutsche Gesellschaft für"
        " Soziologie. https://soziologie.example.net/ethik",
        RefKind.REPORT,
    ),
    (
        "British Sociological Association. (2017). *Statement of ethical practice*. British"
        " Sociological Association. https://bsa.example.net/ethics",
        RefKind.REPORT,
    ),
    # a statistics table or a database indicator online
    (
        "Eurostat (2022). *Population on 1 January by age and sex* [demo_pjan]. Table, accessed"
        " 2 May 2023. https://ec.europa.eu/eurostat/databrowser/view/demo_pjan/default/table",
        RefKind.WEB,
    ),
    (
        "OECD (2023). *PH3.1 Public spending on housing allowances*. OECD Affordable Housing"
        " Database. https://www.oecd.example.net/housing/data/",
        RefKind.WEB,
    ),
    # a preregistration
    (
        "Mensah, A., & de Vries, L. (2021). *Remittances and return intentions* [Preregistration]."
        " OSF. https://doi.org/10.99999/osf.io/abcde",
        RefKind.WEB,
    ),
    # an inspectorate's work its ministry publishes
    (
        "Ispettorato nazionale del lavoro (2021). *Vigilanza nel settore agricolo: Esiti dei"
        " controlli*. Roma: Ministero del Lavoro e delle Politiche Sociali.",
        RefKind.REPORT,
    ),
    (
        "Inspection générale de l'administration (2019). *Le contrôle des centres de"
        " rétention administrative*. Paris: Ministère de l'Intérieur.",
        RefKind.REPORT,
    ),
]


@pytest.mark.parametrize(("text", "kind"), _KINDS)
def test_kind_of_what_bodies_issue(text: str, kind: RefKind) -> None:
    assert parse_reference(text, [0], detect_styles=True).kind is kind


# the author's own interviews and fieldnotes, cited by genre, place and date in a note
_FIELDWORK = [
    "A former seasonal worker described the hostel as a barracks; interview, Belluno,"
    " 12 March 2019.",
    "Fieldnotes, Accra, 3 June 2019, notebook 2.",
    "Une ancienne ouvrière l'a dit sans détour ; entretien, Lyon, 3 mai 2021.",
    "Interview and fieldnotes, Rotterdam, 14 March 2022.",
    "Intervista, Belluno, 3 maggio 2019, registrazione 4.",
    "Wywiad, Łódź, 3 maja 2021.",
]


@pytest.mark.parametrize("text", _FIELDWORK)
def test_fieldwork_note_is_commentary(text: str) -> None:
    assert parse_reference(text, [0], note=True).kind is RefKind.COMMENTARY
