"""Round 80 (fix80m): an appendix or annex by its letter inside a numeric bracket
(``[1, app. B]``, ``[2, Annex C]``, ``[3, Anh. A]``); a treaty cited as a body's book
(``UNESCO. Convention on …. Paris: UNESCO; 2001.``) a report; a chart's number that looks
like a year (``Admiralty chart 2021: …``) no edition year of a body's report; a thesis in a
wiki citation template (``{{Chú thích luận văn}}``, ``degree=``).  Examples invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference, reportkind, treaty_title
from bibcheck.parse.references.wikicite import CiteTemplate, cite_reference
from bibcheck.readers import places
from bibcheck.readers.plaintext import read
from tests.test_regex_growth import assert_linear

_LIST = """

REFERENCES

[1]  Marsh P. Moorings of the inner sound. Bristol: Harbour Press; 2004.
[2]  Kettle R. Tides and tackle. Leeds: North Press; 2008.
[3]  Pane S. Glass floats. York: Fen Press; 2011.
"""


@pytest.mark.parametrize(
    ("sentence", "labels"),
    [
        pytest.param("The plan [1, app. B] lists the buoys.", ["1"], id="app-dot"),
        pytest.param("The plan [2, Appendix C] lists them.", ["2"], id="appendix-word"),
        pytest.param("As set out in [3, annex A], the rules hold.", ["3"], id="annex"),
        pytest.param("Wie [1, Anh. B] zeigt, gilt das.", ["1"], id="german-anh"),
        pytest.param("Voir [2, annexe D] pour le détail.", ["2"], id="french-annexe"),
        pytest.param("Se [3, bilaga A] för listan.", ["3"], id="swedish-bilaga"),
        pytest.param("Zie [1, bijlage B] voor de lijst.", ["1"], id="dutch-bijlage"),
        pytest.param("The table [2, app. B.3] gives it.", ["2"], id="appendix-part"),
        pytest.param("Both [1, app. B; 3, p. 4] say so.", ["1", "3"], id="with-a-page"),
        # near misses: a word, no letter, after the appendix word; an ordinary page
        pytest.param("A note [1, app. Bob] stays out.", [], id="word-not-letter"),
        pytest.param("A page [2, p. 12] still counts.", ["2"], id="page-unchanged"),
    ],
)
def test_an_appendix_letter_is_a_place(sentence: str, labels: list[str]) -> None:
    doc = read("Moorings\n\n" + sentence + "\n" + _LIST)
    assert [m.label for m in doc.markers] == labels


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        pytest.param(
            "UNESCO. Convention on the Protection of Salt Marshes. Paris: UNESCO; 2003.",
            RefKind.REPORT, id="unesco-convention",
        ),
        pytest.param(
            "Council of Europe. European Convention on the Keeping of Lighthouses. "
            "Strasbourg: Council of Europe; 1991.",
            RefKind.REPORT, id="council-of-europe",
        ),
        pytest.param(
            "United Nations. Agreement on the Care of Drifting Buoys. New York: United "
            "Nations; 1988.",
            RefKind.REPORT, id="un-agreement",
        ),
        pytest.param(
            "Nations Unies. Convention sur les phares et balises. Genève: Nations Unies; 1977.",
            RefKind.REPORT, id="french-convention",
        ),
        pytest.param(
            "Nordiska rådet. Nordisk konvention om fyrväsendet. Stockholm: Nordiska rådet; 1962.",
            RefKind.REPORT, id="swedish-konvention",
        ),
        pytest.param(
            "IMO. International Convention for the Marking of Wrecks. London: IMO; 1985.",
            RefKind.REPORT, id="acronym-body",
        ),
        # near misses: a person's commentary, a person's book with the word, a press
        pytest.param(
            "Hale J. The Convention on Lighthouse Keepers: a commentary. Oxford: Oxford "
            "University Press; 2019.",
            RefKind.BOOK, id="commentary-by-a-person",
        ),
        pytest.param(
            "Finch M. Convention on the shore: essays. London: Gull Books; 2015.",
            RefKind.BOOK, id="person-title-with-the-word",
        ),
        pytest.param(
            "Harbour Office. Admiralty chart 2031: approaches to the inner sound. Taunton: "
            "HO; 2018.",
            RefKind.BOOK, id="chart-number",
        ),
        pytest.param(
            "Statens kartverk. Sjøkort 1766: Indre farvann. Hønefoss: Kartverket; 2017.",
            RefKind.BOOK, id="norwegian-sjokort",
        ),
        # near misses: a body's yearly edition and its road map stay reports
        pytest.param(
            "Harbour Agency. Harbour statistics 2021: annual figures. Leeds: Harbour Agency; "
            "2022.",
            RefKind.REPORT, id="edition-year-stays",
        ),
        pytest.param(
            "Harbour Agency. Road map 2030: the ports we want. Leeds: Harbour Agency; 2021.",
            RefKind.REPORT, id="road-map-stays",
        ),
    ],
)  # fmt: skip
def test_treaties_and_charts(text: str, kind: RefKind) -> None:
    assert parse_reference(text, [0], detect_styles=True).kind is kind


def _template(name: str, params: dict[str, str]) -> CiteTemplate:
    return CiteTemplate(name, params, dict.fromkeys(params, 3), "{{...}}", 3, 3)


@pytest.mark.parametrize(
    ("name", "params", "kind"),
    [
        pytest.param(
            "chú thích luận văn",
            {"last": "Trần", "first": "Văn An", "title": "Khảo sát sao biến quang",
             "degree": "Thạc sĩ", "publisher": "Đại học Huế", "year": "2011"},
            RefKind.THESIS, id="vi-luan-van",
        ),
        pytest.param(
            "chú thích luận án",
            {"last": "Phạm", "first": "Thu", "title": "Quỹ đạo sao chổi",
             "publisher": "Đại học Đà Nẵng", "year": "2015"},
            RefKind.THESIS, id="vi-luan-an",
        ),
        pytest.param(
            "cita tesis",
            {"apellido": "Ruiz", "nombre": "Ana", "título": "Cometas del siglo XIX",
             "editorial": "Universidad de Sevilla", "año": "2009"},
            RefKind.THESIS, id="es-cita-tesis",
        ),
        pytest.param(
            "chú thích",
            {"last": "Lý", "first": "Minh", "title": "Bụi sao chổi", "degree": "Tiến sĩ",
             "publisher": "Đại học Cần Thơ", "year": "2018"},
            RefKind.THESIS, id="generic-with-degree",
        ),
        pytest.param(
            "cite book",
            {"last": "Rowe", "first": "T.", "title": "Comet dust", "degree": "PhD",
             "publisher": "University of Leeds", "year": "2001"},
            RefKind.THESIS, id="book-with-degree",
        ),
        # near misses: a book template without a degree, a Vietnamese book template
        pytest.param(
            "cite book",
            {"last": "Rowe", "first": "T.", "title": "Comet dust",
             "publisher": "Comet Press", "year": "2001"},
            RefKind.BOOK, id="book-stays",
        ),
        pytest.param(
            "chú thích sách",
            {"last": "Đỗ", "first": "Hà", "title": "Bầu trời đêm", "publisher": "Nxb Trẻ",
             "year": "2005"},
            RefKind.BOOK, id="vi-book-stays",
        ),
    ],
)  # fmt: skip
def test_wiki_thesis_templates(name: str, params: dict[str, str], kind: RefKind) -> None:
    assert cite_reference(_template(name, params)).kind is kind


@pytest.mark.parametrize(
    ("call", "line"),
    [
        pytest.param(
            lambda t: treaty_title.treaty_titled(t), lambda n: "Aa " * (n // 3), id="treaty-words"
        ),
        pytest.param(
            lambda t: treaty_title.treaty_titled(t), lambda n: "A" * n, id="treaty-one-word"
        ),
        pytest.param(
            lambda t: reportkind.body_genre(t), lambda n: "chart " * (n // 6) + "2021",
            id="chart-words",
        ),
        pytest.param(
            lambda t: read("T\n\n[1, app. " + t + "]\n" + _LIST), lambda n: "B." * (n // 2),
            id="appendix-letters",
        ),
        pytest.param(
            lambda t: __import__("re").search(places.LOCATOR, t), lambda n: ", app " * (n // 6),
            id="appendix-words",
        ),
    ],
)  # fmt: skip
def test_linear(call: Callable[[str], object], line: Callable[[int], str]) -> None:
    assert_linear(call, line)
