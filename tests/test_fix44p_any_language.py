"""Fix 44p: a numbered reference list under a heading in any language, and a page (or
other place) abbreviation in any language or script inside a numeric bracket citation.
Own texts (Swahili, Hausa, Icelandic, Kinyarwanda-like, Mongolian, Hungarian, Czech)."""

from __future__ import annotations

import re

import pytest

import bibcheck.pipeline  # noqa: F401  (registers the readers)
from bibcheck.readers import pdfnumeric, pdftext, plaintext
from bibcheck.readers.plaintext import numeric_citations
from bibcheck.readers.registry import choose, get_reader
from bibcheck.readers.tailheading import tail_heading
from tests.test_regex_growth import assert_linear


def _cited(line: str) -> list[str]:
    return [n for _, _, ns in numeric_citations(line) for n in ns]


_SWAHILI = """Ripoti ya maji safi

Utangulizi
Upatikanaji wa maji safi umeongezeka vijijini [1]. Hata hivyo visima vingi
hukauka wakati wa kiangazi [2,3], na gharama za ukarabati ni kubwa [4–5].
Mradi wa mwaka 2019 ulionyesha matokeo mazuri [3].

Marejeo
[1] Mwakalinga J. Maji na afya vijijini. Dar es Salaam: Mkuki; 2018.
[2] Otieno P, Wanjiru M. Groundwater in East Africa. J Hydrol. 2020;12:44-51.
doi:10.1000/jh.2020.12
[3] Mushi A. Ukarabati wa visima. Dodoma: Wizara ya Maji; 2021.
[4] Njoroge K. Rural water costs. Water Policy. 2017;9(2):101-9.
[5] UNICEF. Progress on drinking water 2000-2022. New York: UNICEF; 2023.

3
"""

_HAUSA_DOTTED = """Rahoto kan noman gyada

Manoma da yawa sun rasa amfanin gona saboda fari [1]. Binciken da aka yi a
Kano ya nuna canji [2], kuma sabbin iri sun fi jurewa [3; 4].

Manazarta
1. Bello M. Noman gyada a Arewa. Kano: Gidan Dabino; 2016.
2. Sani A, Usman B. Drought and groundnut yields. Afr J Agric. 2019;14:220-8.
3. Garba H. Sabbin iri. Zaria: ABU Press; 2021.
4. Ibrahim T. Seed varieties for the Sahel. Field Crops Res. 2022;276:108-15.
"""

_ICELANDIC_PAGES = """Skýrsla um jökla

Jöklar landsins hafa hopað hratt síðustu áratugi [1, bls. 12]. Mælingar sýna
að Sólheimajökull hefur styst um kílómetra [2] og að leysingin eykst [3, s. 40–44].

Heimildir
[1] Björnsson H. Jöklar á Íslandi. Reykjavík: Opna; 2009.
[2] Sigurðsson O. Variations of termini of glaciers. Jökull. 2005;55:163-70.
[3] Jóhannesson T. Glacier changes. Reykjavík: Veðurstofa Íslands; 2020.
"""


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        pytest.param(_SWAHILI, "Marejeo", id="sw-bracketed-page-number-after"),
        pytest.param(_HAUSA_DOTTED, "Manazarta", id="ha-dotted"),
        pytest.param(_ICELANDIC_PAGES, "Heimildir", id="is-with-pages"),
    ],
)
def test_list_under_unknown_heading_found(text: str, heading: str) -> None:
    lines = text.splitlines()
    at = tail_heading(lines, _cited)
    assert at is not None and lines[at] == heading


def _swap(text: str, old: str, new: str) -> str:
    assert old in text
    return text.replace(old, new)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            _swap(_SWAHILI, "Marejeo\n", "Hizi ni kazi zilizotajwa.\n"),
            id="sentence-above-list",
        ),
        pytest.param(
            re.sub(r" ?\[\d[^\]\n]*\]", "", _SWAHILI.split("Marejeo")[0])
            + "Marejeo"
            + _SWAHILI.split("Marejeo")[1],
            id="nothing-cited",
        ),
        pytest.param(
            _SWAHILI + "\n".join(["Maelezo zaidi ya mradi yanafuata hapa."] * 10),
            id="list-not-at-end",
        ),
        pytest.param(_swap(_SWAHILI, "[3] Mushi", "[7] Mushi"), id="numbers-out-of-sequence"),
        pytest.param(
            """Mapendekezo

Tunapendekeza hatua tatu [1] na ufuatiliaji [2].

Hatua
1. Kukarabati visima vyote vya kijiji.
2. Kufundisha mafundi wa maji.
3. Kuanzisha kamati ya maji.
""",
            id="steps-not-works",
        ),
        pytest.param(_swap(_HAUSA_DOTTED, "[3; 4]", "[13; 14; 15; 16; 17]"), id="cites-past-end"),
    ],
)
def test_no_list_under_unknown_heading(text: str) -> None:
    assert tail_heading(text.splitlines(), _cited) is None


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        pytest.param(_SWAHILI, {"1", "2", "3", "4", "5"}, id="sw"),
        pytest.param(_HAUSA_DOTTED, {"1", "2", "3", "4"}, id="ha"),
        pytest.param(_ICELANDIC_PAGES, {"1", "2", "3"}, id="is"),
        pytest.param(_SWAHILI.replace("\n3\n", "\n\f"), {"1", "2", "3", "4", "5"}, id="pages"),
    ],
)
def test_chosen_and_read_as_plain_text(text: str, cited: set[str]) -> None:
    choice = choose("report.txt", text)
    assert choice.reader.name == plaintext.NAME
    doc = choice.reader.read(text)
    assert {m.label for m in doc.markers} == cited
    assert len(doc.literature) == max(int(n) for n in cited)


def test_pdf_text_reads_the_list_too() -> None:
    """The pdf-text reader's own numbered-list reading finds the list under the same
    heading (``--reader pdf-text``)."""
    text = _SWAHILI.replace("\n3\n", "\n\f")
    assert pdftext.score(text) > 0
    doc = get_reader(pdftext.NAME).read(text)
    assert {m.label for m in doc.markers} == {"1", "2", "3", "4", "5"}


@pytest.mark.parametrize(
    ("bracket", "labels"),
    [
        pytest.param("[1, х. 23]", ["1"], id="mn-khuudas"),
        pytest.param("[1, х. 87; 4, с. 118]", ["1", "4"], id="mn-ru-two-works"),
        pytest.param("[7, old. 5–7]", ["7"], id="hu-oldal-range"),
        pytest.param("[2, sv. 3]", ["2"], id="cs-svazek"),
        pytest.param("[3, бет. 12]", ["3"], id="kk-bet"),
        pytest.param("[4, str. 8]", ["4"], id="pl-hr-strona"),
        pytest.param("[6, o. 12-14]", ["6"], id="hu-o"),
        pytest.param("[5, Bd. 2, S. 7]", ["5"], id="de-band-seite"),
        pytest.param("[8, ε. 31]", ["8"], id="el-abbreviation"),
    ],
)
def test_any_abbreviation_is_a_place(bracket: str, labels: list[str]) -> None:
    found = numeric_citations(f"ишлэл {bracket}.")
    assert [(s, e - s, ls) for s, e, ls in found] == [(6, len(bracket), labels)]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("[1, х.]", id="abbreviation-without-number"),
        pytest.param("[1, хуудас 23]", id="long-word-without-dot"),
        pytest.param("[1, Fig]", id="word-alone"),
        pytest.param("[1, abcde. 4]", id="five-letters"),
    ],
)
def test_not_a_place(text: str) -> None:
    assert numeric_citations(text) == []


def test_abbreviation_place_is_linear() -> None:
    assert_linear(lambda text: plaintext.MARKER.search(text), lambda n: "[1, х. 2" * (n // 8))
    assert_linear(lambda text: plaintext.MARKER.search(text), lambda n: "[1" + ", ab. 3" * (n // 7))


def test_tail_heading_is_linear() -> None:
    assert_linear(
        lambda text: tail_heading(text.splitlines(), _cited),
        lambda n: "Marejeo\n[1] A 2020.\n" * (n // 20),
    )


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        pytest.param("мөн [1, х. 23] гэж", [["1"]], id="mn"),
        pytest.param("[1, х. 87; 4, с. 118]", [["1", "4"]], id="mn-ru"),
        pytest.param("as [2, p. 7] and [3, pp. 8–9]", [["2"], ["3"]], id="en"),
        pytest.param("[5, old. 12], [6]–[8]", [["5"], ["6", "7", "8"]], id="hu-then-range"),
        pytest.param("[2,3] [4–6]", [["2", "3"], ["4", "5", "6"]], id="no-place"),
        pytest.param("[1, abcde. 4] [2019] [0003]", [], id="no-citation"),
    ],
)
def test_pdf_text_list_citations_with_places(text: str, numbers: list[list[str]]) -> None:
    """The pdf-text reader's numbered-list citations know the same places."""
    assert [ns for _, _, ns in pdfnumeric.citations(text)] == numbers


def test_pdf_text_place_is_linear() -> None:
    assert_linear(lambda text: pdfnumeric.citations(text), lambda n: "[1, х. 2" * (n // 8))
