"""Kinds left in heldout52/53 (fix 68a), each as a general shape, in several languages.

* A newspaper whose name says no paper (``한겨레``, ``Le Monde``, ``El País``, ``朝日``), cited
  in an APA entry dated by its day with no italics: its article's address (an article's
  folder or page, or a news desk's section with the day it ran) makes it the paper's
  article (:mod:`bibcheck.parse.references.newsaddress`); a blog's dated post, a public
  body's news page and a site named as its author stay web pages.
* A survey's yearly edition (``… product survey 2023``, ``Encuesta … 2021``,
  ``Verbraucherumfrage … 2023``): the title names its genre, a report
  (:func:`bibcheck.parse.references.reportkind.survey_edition`; NLM's ``[Internet]``
  makes it a page of the organisation's site).
* A head of government's chancellery as the publisher (``Kancelaria Prezesa Rady
  Ministrów``, ``Bayerische Staatskanzlei``, ``Chancellery of the Prime Minister``) is a
  public body: its yearly edition is its report, as a ministry's
  (:func:`bibcheck.parse.references.publicpublisher.public_publisher`); a law firm's
  ``Kancelaria`` is none.

Own fixtures, invented titles and addresses.
"""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.newsaddress import news_article_address
from bibcheck.parse.references.publicpublisher import public_publisher
from bibcheck.parse.references.reportkind import survey_edition

ARTICLE, WEB, REPORT, BOOK = RefKind.ARTICLE, RefKind.WEB, RefKind.REPORT, RefKind.BOOK


@pytest.mark.parametrize(
    ("entry", "kind", "host"),
    [
        pytest.param(
            "김민지 (2022, 3월 10일). [20대 표심은 어디로 갔나](https://www.hani.example.net/"
            "politics/election/2022/03/10/youth-vote.html). 한겨레.",
            ARTICLE,
            "한겨레",
            id="ko-desk-and-day",
        ),
        pytest.param(
            "이수진 (2023, 5월 4일). 물가 상승의 그늘. 한겨레. https://www.hani.example.net/arti/"
            "economy/1090123.html",
            ARTICLE,
            "한겨레",
            id="ko-arti-folder",
        ),
        pytest.param(
            "박지훈 (2023, 5월 4일). 지역 언론의 위기. 미디어오늘. https://www.mediatoday.example/"
            "news/articleView.html?idxno=310000",
            ARTICLE,
            "미디어오늘",
            id="ko-articleview-idxno",
        ),
        pytest.param(
            "佐藤花子 (2021, 5月 3日). 地方選挙の行方. 朝日. https://www.asahi.example.jp/"
            "articles/ASP5300XYZ.html",
            ARTICLE,
            "朝日",
            id="ja-articles-folder",
        ),
        pytest.param(
            "Dupont, M. (2022, 12 mars). La réforme divise les syndicats. Le Monde. "
            "https://www.lemonde.example.fr/politique/article/2022/03/12/la-reforme_61.html",
            ARTICLE,
            "Le Monde",
            id="fr-article-folder",
        ),
        pytest.param(
            "Pérez, L. (2023, 4 de mayo). Los alquileres vuelven a subir. El País. "
            "https://elpais.example.com/economia/2023-05-04/los-alquileres.html",
            ARTICLE,
            "El País",
            id="es-desk-and-day",
        ),
        pytest.param(
            "Kowalska, A. (2023, 4 maja). Szkoły w małych miastach. Rzeczpospolita. "
            "https://www.rp.example.pl/polityka/20230504/szkoly-w-malych-miastach",
            ARTICLE,
            "Rzeczpospolita",
            id="pl-desk-and-compact-day",
        ),
        pytest.param(
            "Schmidt, K. (2023, 4. Mai). Die Mieten steigen weiter. Der Standard. "
            "https://www.derstandard.example.at/wirtschaft/2023/05/04/mieten",
            ARTICLE,
            "Der Standard",
            id="de-desk-and-day",
        ),
        pytest.param(
            "Jones, A. (2022, March 10). Turnout fell among young men. The Independent. "
            "https://www.independent.example.co.uk/news/uk/politics/2022/03/10/turnout",
            ARTICLE,
            "The Independent",
            id="en-desk-and-day",
        ),
    ],
)
def test_paper_named_without_paper_word(entry: str, kind: RefKind, host: str) -> None:
    ref = parse_reference(entry, [0])
    assert ref.kind is kind
    assert ref.host == host


@pytest.mark.parametrize(
    "entry",
    [
        pytest.param(
            "Smith, J. (2022, March 10). My week in Rome. Jane's Notes. "
            "https://janesnotes.example/2022/03/10/rome/",
            id="en-blog-dated-permalink",
        ),
        pytest.param(
            "World Health Organization (2023, May 5). Statement on the meeting. World Health "
            "Organization. https://www.who.example.int/article/05-05-2023-statement",
            id="en-body-names-itself",
        ),
        pytest.param(
            "HM Treasury (2018, April 5). Levy takes effect. HM Treasury. "
            "https://www.gov.uk/government/politics/2018/04/05/levy",
            id="en-government-host",
        ),
        pytest.param(
            "Müller, K. (2023, 4. Mai). Rezept für Brot. Küchenblog. "
            "https://blog.example.de/kultur/2023/05/04/brot",
            id="de-blog-host",
        ),
    ],
)
def test_not_a_paper_stays_web(entry: str) -> None:
    ref = parse_reference(entry, [0])
    assert ref.kind is WEB
    assert ref.host is None


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.hani.example.net/arti/politics/1034567.html", True),
        ("https://www.paper.example.kr/news/articleView.html?idxno=12345", True),
        ("https://www.paper.example.kr/view.html?idxno=12345", True),
        ("https://g1.example.com/economia/noticia/2023/05/04/slug.ghtml", True),
        ("https://www.paper.example.com/2022/03/10/us/politics/slug.html", True),
        ("https://www.guardian.example.com/politics/2022/mar/10/slug", True),
        ("https://janesnotes.example/2022/03/10/rome/", False),
        ("https://www.site.example/politics/about-us", False),
        ("https://www.site.example/view.html?page=2", False),
        ("https://www.sante.gouv.fr/actualites/article/2023/05/04/x", False),
    ],
)
def test_news_article_address(url: str, expected: bool) -> None:
    assert news_article_address(f"Title. {url}") is expected


@pytest.mark.parametrize(
    ("entry", "kind"),
    [
        pytest.param(
            "Action on Salt. *Ready meals product survey 2022*. London: Queen Mary "
            "University of London; 2022.",
            REPORT,
            id="en-ngo-product-survey",
        ),
        pytest.param(
            "Fundación Ejemplo. (2022). Encuesta sobre hábitos alimentarios 2021. Madrid: "
            "Fundación Ejemplo.",
            REPORT,
            id="es-encuesta-year",
        ),
        pytest.param(
            "Verbraucherverband. (2023). Verbraucherumfrage Lebensmittel 2023. Berlin: "
            "Verbraucherverband.",
            REPORT,
            id="de-umfrage-compound",
        ),
        pytest.param(
            "Association Exemple. (2019). Enquête nationale logement 2019. Paris : "
            "Association Exemple.",
            REPORT,
            id="fr-enquete-year",
        ),
        pytest.param(
            "Smith, J. (2021). Survey methods in the 2020s. London: Sage.",
            BOOK,
            id="en-survey-methods-book",
        ),
    ],
)
def test_survey_edition_is_report(entry: str, kind: RefKind) -> None:
    assert parse_reference(entry, [0]).kind is kind


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Milkshakes and flavoured milks product survey 2023", True),
        ("Health Survey for England 2019", True),
        ("Ankieta rodziców uczniów 2023", True),
        ("Indagine sulle famiglie 2020/21", True),
        ("A Survey of London", False),
        ("Survey methods in the 2020s", False),
    ],
)
def test_titled_survey_edition(title: str, expected: bool) -> None:
    assert survey_edition(title) is expected


@pytest.mark.parametrize(
    ("publisher", "expected"),
    [
        ("Kancelaria Prezesa Rady Ministrów", True),
        ("Warszawa: Kancelaria Prezydenta RP", True),
        ("Chancellery of the Prime Minister", True),
        ("Bayerische Staatskanzlei", True),
        ("Kancelář vlády České republiky", True),
        ("Chancellerie fédérale", True),
        ("Канцелярия Президента", True),
        ("Regeringskansliet", True),
        ("Kancelaria Adwokacka Nowak", False),
    ],
)
def test_chancellery_is_public_publisher(publisher: str, expected: bool) -> None:
    assert public_publisher(publisher) is expected


@pytest.mark.parametrize(
    ("entry", "kind"),
    [
        pytest.param(
            "Nowak, K. (2012). Rodzina 2012. Warszawa: Kancelaria Prezesa Rady Ministrów.",
            REPORT,
            id="pl-chancellery-edition",
        ),
        pytest.param(
            "Huber, M. (2020). Bayern in Zahlen 2020. München: Bayerische Staatskanzlei.",
            REPORT,
            id="de-staatskanzlei-edition",
        ),
        pytest.param(
            "Kowalski, J. (2019). Prawo i praktyka 2019. Warszawa: Kancelaria Adwokacka Kowalski.",
            BOOK,
            id="pl-law-firm-stays-book",
        ),
    ],
)
def test_chancellery_edition_is_report(entry: str, kind: RefKind) -> None:
    assert parse_reference(entry, [0]).kind is kind
