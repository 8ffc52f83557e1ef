"""fix67e: bodies' documents -- a public author publishing under its initials, its manuals,
surveys and consultations (reports); German guidelines named before their subject (reports);
a body's press release or news page (web); a compound's own hyphen at a line end."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.readers.linewrap import Hyphen, line_end_hyphen


def _parsed(text: str) -> tuple[RefKind, str | None]:
    ref = parse_reference(text, [1], detect_styles=True)
    return ref.kind, ref.title


# a public body as the author, its initials the publisher, a title naming what it issues
@pytest.mark.parametrize(
    "text",
    [
        "World Health Organization. *WHO manual on salt reduction in community settings*."
        " Geneva: WHO; 2021.",
        "World Health Organization. Handbook for integrated vector management. Geneva: WHO; 2012.",
        "Organización Mundial de la Salud. Manual sobre políticas de impuestos a las bebidas"
        " azucaradas. Ginebra: OMS; 2022.",
        "Organização Mundial da Saúde. Manual de vigilância da tuberculose. Genebra: OMS; 2021.",
        "Office for Health Improvement and Disparities; Food Standards Agency. *National Diet"
        " and Nutrition Survey: years 9 to 11 of the rolling programme*. London: OHID; 2020.",
        "World Health Organization (2011). *Dengue: Guidelines for Patient Care in the Region"
        "*. Geneva: WHO.",
    ],
)
def test_body_publishing_under_its_initials_is_report(text: str) -> None:
    assert _parsed(text)[0] is RefKind.REPORT


# a public publisher's consultation paper
@pytest.mark.parametrize(
    "text",
    [
        "HM Treasury. *Sugary drinks duty: consultation on the treatment of dairy-based"
        " drinks*. London: HM Treasury; 2024.",
        "HM Revenue & Customs. Plastic Packaging Tax: consultation on chemical recycling."
        " London: HM Treasury; 2023.",
    ],
)
def test_consultation_is_report(text: str) -> None:
    assert _parsed(text)[0] is RefKind.REPORT


# a body's publication whose title names no genre stays a book (guards)
@pytest.mark.parametrize(
    "text",
    [
        "World Health Organization. Reducing stunting in children: equity considerations."
        " Geneva: WHO; 2018.",
        "Scientific Advisory Committee on Nutrition. *Carbohydrates and Health*. London: TSO;"
        " 2015.",
    ],
)
def test_untitled_genre_stays_book(text: str) -> None:
    assert _parsed(text)[0] is RefKind.BOOK


# German guidelines named before the subject they cover, by bodies with their initials
@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Bundesärztekammer (BÄK), Kassenärztliche Bundesvereinigung (KBV),"
            " Arbeitsgemeinschaft der Wissenschaftlichen Medizinischen Fachgesellschaften"
            " (AWMF). Nationale VersorgungsLeitlinie Chronische Herzinsuffizienz –"
            " Langfassung. Version 4.0. 2023. AWMF-Register-Nr. nvl-006.",
            "Nationale VersorgungsLeitlinie Chronische Herzinsuffizienz – Langfassung",
        ),
        (
            "Bundesärztekammer (BÄK), Kassenärztliche Bundesvereinigung (KBV),"
            " Arbeitsgemeinschaft der Wissenschaftlichen Medizinischen Fachgesellschaften"
            " (AWMF). Nationale VersorgungsLeitlinie Asthma – Kurzfassung. Version 5.0. 2024.",
            "Nationale VersorgungsLeitlinie Asthma – Kurzfassung",
        ),
        (
            "Bundesärztekammer (BÄK), Kassenärztliche Bundesvereinigung (KBV),"
            " Arbeitsgemeinschaft der Wissenschaftlichen Medizinischen Fachgesellschaften"
            " (AWMF). Nationale VersorgungsLeitlinie Chronische KHK – Langfassung, 6. Auflage."
            " Version 1. 2022.",
            "Nationale VersorgungsLeitlinie Chronische KHK – Langfassung",
        ),
        (
            "Deutsche Krebsgesellschaft (DKG), Deutsche Krebshilfe (DKH). S3-Leitlinie"
            " Magenkarzinom – Langversion. Version 2.0. 2019.",
            "S3-Leitlinie Magenkarzinom – Langversion",
        ),
    ],
)
def test_german_guideline_heading_its_subject_is_report(text: str, title: str) -> None:
    assert _parsed(text) == (RefKind.REPORT, title)


# a body's press release or news story: a web page, its label no part of its title
@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "HM Treasury. *Sugary drinks duty: what changes in April*. London: HM Treasury;"
            " 2025. https://www.gov.uk/government/news/sugary-drinks-duty-what-changes",
            "Sugary drinks duty: what changes in April",
        ),
        (
            "Department of Health and Social Care. Press release: Calorie labels on menus come"
            " into force. London: DHSC; 2022. https://www.gov.uk/government/news/calorie-labels",
            "Calorie labels on menus come into force",
        ),
        (
            "Bundesministerium für Gesundheit. Neue Regeln für Apps auf Rezept."
            " Pressemitteilung. Berlin: BMG; 2023."
            " https://www.bundesgesundheitsministerium.de/presse/pressemitteilungen/apps",
            "Neue Regeln für Apps auf Rezept",
        ),
        (
            "Ministerio de Sanidad. Sanidad aprueba el calendario de vacunación para 2025. Nota"
            " de prensa. Madrid; 2024. https://www.sanidad.gob.es/gabinete/notasPrensa.do?id=7",
            "Sanidad aprueba el calendario de vacunación para 2025",
        ),
        (
            "Ministério da Saúde. Ministério amplia a vacinação contra a dengue. Comunicado de"
            " imprensa. Brasília: MS; 2024. https://www.gov.br/saude/pt-br/assuntos/noticias/x",
            "Ministério amplia a vacinação contra a dengue",
        ),
        (
            "Ministère de la Santé. Lancement de la campagne de vaccination contre la grippe."
            " Communiqué de presse. Paris : Ministère de la Santé ; 2023.",
            "Lancement de la campagne de vaccination contre la grippe",
        ),
        (
            "Kementerian Kesehatan RI. Pemerintah percepat penurunan stunting. Siaran pers."
            " Jakarta: Kemenkes; 2023. https://sehatnegeriku.kemkes.go.id/baca/rilis-media/1",
            "Pemerintah percepat penurunan stunting",
        ),
    ],
)
def test_body_news_page_is_web(text: str, title: str) -> None:
    assert _parsed(text) == (RefKind.WEB, title)


# guards: a newspaper's article and a body's report keep their kinds
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Campbell D. Ministers weigh a levy on milkshakes. *The Guardian*. 19 May 2024."
            " https://www.theguardian.com/news/2024/may/19/levy-milkshakes",
            RefKind.ARTICLE,
        ),
        (
            "Public Health England. Sugar reduction: report on progress between 2015 and 2019."
            " London: PHE; 2020. https://www.gov.uk/government/publications/sugar-reduction",
            RefKind.REPORT,
        ),
    ],
)
def test_news_path_guards(text: str, kind: RefKind) -> None:
    assert _parsed(text)[0] is kind


# a compound's own hyphen at a typeset line's end, and a typesetter's break after the same
# elements
@pytest.mark.parametrize(
    ("line", "following", "kind"),
    [
        ("evidence from a cross-", "sectional survey indicate", Hyphen.HARD),
        ("based on self-", "reported intake", Hyphen.HARD),
        ("child well-", "being in rural districts", Hyphen.HARD),
        ("the drug's half-", "life in plasma", Hyphen.HARD),
        ("respiratory and all-", "cause mortality", Hyphen.HARD),
        ("at the road cross-", "ing of the valley", Hyphen.SOFT),
        ("a self-", "less devotion", Hyphen.SOFT),
        ("the use of anti-", "biotics in children", Hyphen.SOFT),
    ],
)
def test_compound_hyphen_at_line_end(line: str, following: str, kind: Hyphen) -> None:
    assert line_end_hyphen(line, following) is kind


# an edition after a comma: no part of the title, in other languages
@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Ministerio de Sanidad. Guía de práctica clínica sobre diabetes tipo 2, 2. edición."
            " Madrid: Ministerio de Sanidad; 2023.",
            "Guía de práctica clínica sobre diabetes tipo 2",
        ),
        (
            "Sağlık Bakanlığı. Evde sağlık hizmetleri uygulama rehberi, 2. baskı. Ankara:"
            " Sağlık Bakanlığı; 2021.",
            "Evde sağlık hizmetleri uygulama rehberi",
        ),
    ],
)
def test_edition_after_comma(text: str, title: str) -> None:
    assert _parsed(text)[1] == title
