"""List endings by captions whose number comes first or is glued to the label: Hungarian
``2. táblázat`` and ``3. ábra``, Finnish ``Taulukko 2`` and ``Kuvio 3``, Japanese ``表2``
and ``図3``, Chinese ``表 2`` and ``图 3``, Korean ``표 2``, ``<표 2>`` and ``[그림 3]``.  Set
right after a reference list (a caption carries a year and names enough to pass for one
more entry), the caption ends the list in Word, OpenDocument, HTML and PDF text; the
same words run on into a sentence (``2. táblázat adatai alapján``, ``表2に示すように``)
are no caption.

The packages are built here as in tests/test_fix63m_captions_cells.py; the text is
written for the test.
"""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import ParsedDocument
from bibcheck.readers import pdftext
from bibcheck.readers.listafter import ends_list
from tests.test_docx_citation_fields import heading, parse
from tests.test_fix63m_captions_cells import odt
from tests.test_reader_docx import p, t


@pytest.mark.parametrize(
    "caption",
    [
        "2. táblázat: A minta jellemzői megyénként, 2019",
        "3. ábra. A települések népessége 1990 és 2020 között",
        "2. TÁBLÁZAT A minta jellemzői",
        "1. kép – A gyár épülete 1912-ben",
        "2. táblázat",
        "Taulukko 2. Aineiston kuvaus",
        "Kuvio 3 Vastaajien ikäjakauma",
        "Kuva 1: Tehdasalue vuonna 1950",
        "Taulukko 2",
        "表2　調査対象者の属性",
        "表2-1 調査の概要",
        "図3：分析の枠組み",
        "表 2 样本的描述性统计",
        "图 3 研究框架",
        "表2",
        "표 2. 연구 대상의 특성",
        "<표 2> 연구 대상의 특성",
        "[그림 3] 연구 모형",
        "그림 3 연구 모형",
    ],
)
def test_number_first_or_glued_caption_ends_the_list(caption: str) -> None:
    assert ends_list(caption)


@pytest.mark.parametrize(
    "line",
    [
        "2. táblázat adatai alapján Kovács (2019) szerint",  # a sentence
        "2. Ábrahám, K. (2010): A falu története. Budapest: Osiris.",  # an entry
        "2. táblázat, 3. ábra",
        "表2に示すように、回答者の多くは",
        "表2显示了样本的分布",
        "表 2, 3 和 4",
        "표 2는 연구 대상의 특성을 보여준다",
        "Taulukko 2 osoittaa, että",
    ],
)
def test_the_label_run_into_a_sentence_is_no_caption(line: str) -> None:
    """(Guards, true on main as well: the new labels stop short of sentences.)"""
    assert not ends_list(line)


# (heading, entries citing years, a caption that passes for an entry)
LISTS = {
    "hu": (
        "Irodalom",
        [
            "Kovács, J. (2015): A magyar falu átalakulása. Budapest: Osiris Kiadó.",
            "Nagy, P. (2019): Vidéki települések népessége. Szociológiai Szemle, 29(2), 4–21.",
            "Szabó, E. (2008): Birtokviszonyok a két háború között. Budapest: Gondolat.",
        ],
        "2. táblázat: Kovács, Nagy és Szabó mintái, 1990–2019, Budapest",
    ),
    "hu-fig": (
        "Felhasznált irodalom",
        [
            "Kovács, J. (2015): A magyar falu átalakulása. Budapest: Osiris Kiadó.",
            "Nagy, P. (2019): Vidéki települések népessége. Szociológiai Szemle, 29(2), 4–21.",
            "Szabó, E. (2008): Birtokviszonyok a két háború között. Budapest: Gondolat.",
        ],
        "3. ábra. Szabó, E. (2008) adatai, Budapest, 1990–2019",
    ),
    "fi": (
        "Lähteet",
        [
            "Virtanen, M. (2016). Kuntien talous. Helsinki: Gaudeamus.",
            "Korhonen, A. (2019). Maaseudun väestö. Yhteiskuntapolitiikka, 84(3), 211–225.",
            "Mäkinen, T. (2011). Kaupunkien kasvu. Tampere: Vastapaino.",
        ],
        "Taulukko 2. Virtanen, Korhonen ja Mäkinen, aineistot 1990–2019, Helsinki",
    ),
    "ja": (
        "参考文献",
        [
            "山田太郎（2015）『地方都市の変容』東京：岩波書店。",
            "佐藤花子（2019）「農村人口の推移」『社会学評論』70(2)，45–60。",
            "鈴木一郎（2008）『戦後日本の土地制度』京都：ミネルヴァ書房。",
        ],
        "表2　山田（2015）・佐藤（2019）の調査対象者の属性，1990–2019年",
    ),
    "zh": (
        "参考文献",
        [
            "王明. 城市化与乡村社会[M]. 北京: 社会科学文献出版社, 2015.",
            "李华. 农村人口流动研究[J]. 社会学研究, 2019, 34(2): 45-60.",
            "张伟. 土地制度的变迁[M]. 上海: 上海人民出版社, 2008.",
        ],
        "表 2 王明（2015）与李华（2019）的样本描述, 1990-2019",
    ),
    "ko": (
        "참고문헌",
        [
            "김철수 (2015). 지방 도시의 변화. 서울: 한울아카데미.",
            "박민수 (2008). 토지 제도의 변천. 서울: 나남.",
            "이영희 (2019). 농촌 인구의 추이. 한국사회학, 53(2), 45-60.",
        ],
        "<표 2> 김철수 (2015), 이영희 (2019)의 연구 대상, 1990-2019",
    ),
}


_BODY = {
    "参考文献": "先行研究（山田 2015；佐藤 2019；鈴木 2008）を参照。",
    "참고문헌": "선행 연구(김철수, 2015; 이영희, 2019; 박민수, 2008)를 참조.",
}


def _cited(heading_text: str, entries: list[str]) -> str:
    if heading_text in _BODY:
        return (
            _BODY[heading_text]
            if "山田" in entries[0] or "김" in entries[0]
            else ("已有研究[1-3]讨论了这一问题。")
        )
    names = ", ".join(f"{e.split(',')[0]} ({e.split('(')[1][:4]})" for e in entries)
    return f"Ezt korábban leírták: {names}."


def _raw(doc: ParsedDocument) -> list[str]:
    return [(e.reference.raw if e.reference else e.text)[:8] for e in doc.literature]


# the readers where the caption passed for an entry before (elsewhere it was left out by
# other marks already)
WORD = ["fi", "hu", "hu-fig", "ja", "zh"]
PDF = ["fi", "ja"]


@pytest.mark.parametrize("key", WORD)
def test_word_caption_after_the_list(key: str) -> None:
    head, entries, caption = LISTS[key]
    body = [
        p(t(_cited(head, entries))),
        heading(head),
        *(p(t(e)) for e in entries),
        p(t(caption)),
        p(t("Forrás: saját szerkesztés, 2020.")),
    ]
    assert _raw(parse(body)) == [e[:8] for e in entries]


@pytest.mark.parametrize("key", sorted(LISTS))
def test_odt_caption_after_the_list(key: str) -> None:
    head, entries, caption = LISTS[key]
    doc = odt([_cited(head, entries), f"# {head}", *entries, caption, "Forrás: 2020."])
    assert _raw(doc) == [e[:8] for e in entries]


@pytest.mark.parametrize("key", sorted(LISTS))
def test_html_caption_after_the_list(key: str) -> None:
    head, entries, caption = LISTS[key]
    html = (
        f"<html><body><h1>Falu</h1><p>{_cited(head, entries)}</p><h2>{head}</h2>"
        + "".join(f"<p>{e}</p>" for e in entries)
        + f"<p>{caption}</p><table><tr><td>Budapest</td><td>1990</td></tr></table>"
        "</body></html>"
    )
    doc = parse_bytes(html.encode(), "manuscript.html")
    assert _raw(doc) == [e[:8] for e in entries]


@pytest.mark.parametrize("key", PDF)
def test_pdf_text_caption_after_the_list(key: str) -> None:
    head, entries, caption = LISTS[key]
    text = (
        f"Falu\n\n{_cited(head, entries)}\n\n{head}\n\n"
        + "".join(f"{e}\n" for e in entries)
        + f"{caption}\nBudapest 1990 2000 2010\n"
    )
    doc = pdftext.read(text)
    assert _raw(doc) == [e[:8] for e in entries]
