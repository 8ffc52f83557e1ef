"""MediaWiki pages of other Wikipedias: nested note templates ({{Refnest}}, {{efn2}}) with
quoted groups, and citation templates with localised names and parameters (Hungarian,
Finnish, Korean, Czech, Turkish, Vietnamese, Bulgarian, Romanian, Polish, Indonesian ...).
Snippets written for the tests in the patterns of those Wikipedias' articles."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode, ParsedDocument, Reference, RefKind
from bibcheck.parse.references.wikicite import (
    CiteTemplate,
    cite_reference,
    is_cite_template,
    looks_like_citation,
)


def read(text: str) -> ParsedDocument:
    return parse_bytes(text.encode(), "page.wiki")


def markers(doc: ParsedDocument) -> list[tuple[str, int]]:
    found = [(m.label, m.line) for f in doc.footnotes for m in f.markers]
    return sorted(found, key=lambda x: (x[1], x[0]))


def note_ref(doc: ParsedDocument, label: str) -> Reference:
    ref = next(f for f in doc.footnotes if f.label == label).reference
    assert ref is not None
    return ref


# --------------------------------------------------------------------------
# nested note templates
# --------------------------------------------------------------------------

_JA_PAGE = """'''灯台山'''は海岸段丘の上にある山である<ref>{{Cite web|和書|url=https://example.jp/a|title=灯台山の地形|publisher=市教育委員会|accessdate=2022-03-01}}</ref>。
山頂には石碑があり{{%s|%s|石碑の建立年については諸説ある。}}、参拝者が多い<ref>{{Cite book|和書|author=森田一郎|title=海辺の山々|publisher=海風社|year=2001}}</ref>。
麓の集落は漁業で栄えた{{%s|%s|集落名は明治期に改められた。}}。

== 脚注 ==
=== 注釈 ===
{{%s|%s}}
=== 出典 ===
{{Reflist}}
"""


@pytest.mark.parametrize(
    ("template", "group", "listed", "list_group", "want"),
    [
        pytest.param("Refnest", 'group="注"', "Notelist", 'group="注"', "注", id="refnest-quoted"),
        pytest.param("Refnest", "group=注", "Notelist", "group=注", "注", id="refnest-bare"),
        pytest.param("refnest", "group='n'", "notelist", "group='n'", "n", id="single-quotes"),
        pytest.param("Refn", 'group="note"', "Reflist", 'group="note"', "note", id="refn-quoted"),
        pytest.param("Efn2", "lang=ja", "Notelist2", "", "注", id="efn2"),
    ],
)
def test_nested_note_templates_with_groups(
    template: str, group: str, listed: str, list_group: str, want: str
) -> None:
    doc = read(_JA_PAGE % (template, group, template, group, listed, list_group))
    want_markers = [("1", 1), (f"{want} 1", 2), ("2", 2), (f"{want} 2", 3)]
    assert markers(doc) == sorted(want_markers, key=lambda x: (x[1], x[0]))
    assert note_ref(doc, f"{want} 1").kind is RefKind.COMMENTARY
    assert note_ref(doc, f"{want} 2").kind is RefKind.COMMENTARY
    assert note_ref(doc, "2").title == "海辺の山々"


# --------------------------------------------------------------------------
# localised citation templates
# --------------------------------------------------------------------------


def cite(name: str, params: dict[str, str]) -> Reference:
    return cite_reference(CiteTemplate(name, params, dict.fromkeys(params, 3), "{{…}}", 3, 3))


_FIELDS = ("kind", "title", "host", "year", "url", "publisher", "place", "pages", "volume")


@pytest.mark.parametrize(
    ("name", "params", "expected"),
    [
        pytest.param(
            "hivatkozás/könyv",
            {"vezetéknév": "Kertész", "keresztnév": "Ilona", "cím": "A dunai hajózás",
             "kiadó": "Akadémiai", "hely": "Budapest", "év": "1984", "oldal": "12–19"},
            {"kind": RefKind.BOOK, "title": "A dunai hajózás", "year": 1984,
             "publisher": "Akadémiai", "place": "Budapest", "pages": "12–19",
             "authors": ("Kertész, Ilona",)},
            id="hu-book",
        ),
        pytest.param(
            "hivatkozás/folyóirat",
            {"szerző": "Takács Béla; Fodor Anna", "cím": "Malmok a Rábán",
             "folyóirat": "Vasi Szemle", "kötet": "41", "év": "1987"},
            {"kind": RefKind.ARTICLE, "title": "Malmok a Rábán", "host": "Vasi Szemle",
             "volume": "41", "year": 1987, "authors": ("Takács, Béla", "Fodor, Anna")},
            id="hu-journal-family-name-first",
        ),
        pytest.param(
            "hivatkozás/web",
            {"url": "https://example.hu/malmok", "cím": "Vízimalmok", "elérés": "2020-05-02"},
            {"kind": RefKind.WEB, "title": "Vízimalmok", "url": "https://example.hu/malmok"},
            id="hu-web",
        ),
        pytest.param(
            "kirjaviite",
            {"tekijä": "Matti Lahtinen", "nimeke": "Saariston laivat", "julkaisija": "Otava",
             "vuosi": "1999", "sivut": "40–44"},
            {"kind": RefKind.BOOK, "title": "Saariston laivat", "publisher": "Otava",
             "year": 1999, "pages": "40–44", "authors": ("Matti Lahtinen",)},
            id="fi-book",
        ),
        pytest.param(
            "verkkoviite",
            {"osoite": "https://example.fi/laivat", "nimeke": "Laivaluettelo",
             "viitattu": "19.2.2021"},
            {"kind": RefKind.WEB, "title": "Laivaluettelo", "url": "https://example.fi/laivat"},
            id="fi-web",
        ),
        pytest.param(
            "서적 인용",
            {"성": "박", "이름": "지훈", "제목": "한강의 나루터", "출판사": "민음사", "연도": "2008"},
            {"kind": RefKind.BOOK, "title": "한강의 나루터", "publisher": "민음사", "year": 2008,
             "authors": ("박, 지훈",)},
            id="ko-book",
        ),
        pytest.param(
            "웹 인용",
            {"url": "https://example.kr/a", "제목": "나루터 목록", "웹사이트": "문화재청"},
            {"kind": RefKind.WEB, "title": "나루터 목록", "host": "문화재청"},
            id="ko-web",
        ),
        pytest.param(
            "citace monografie",
            {"příjmení": "Dvořák", "jméno": "Karel", "titul": "Vltavské mlýny",
             "vydavatel": "Academia", "místo": "Praha", "rok": "2003"},
            {"kind": RefKind.BOOK, "title": "Vltavské mlýny", "publisher": "Academia",
             "place": "Praha", "year": 2003, "authors": ("Dvořák, Karel",)},
            id="cs-book",
        ),
        pytest.param(
            "kitap kaynağı",
            {"soyadı": "Yıldız", "ad": "Emre", "başlık": "Boğaz vapurları", "yayıncı": "İletişim",
             "yıl": "2012", "sayfa": "88"},
            {"kind": RefKind.BOOK, "title": "Boğaz vapurları", "publisher": "İletişim",
             "year": 2012, "pages": "88", "authors": ("Yıldız, Emre",)},
            id="tr-book",
        ),
        pytest.param(
            "chú thích tạp chí",
            {"họ": "Trần", "tên": "Minh", "tiêu đề": "Bến đò sông Hồng", "tạp chí": "Xưa và Nay",
             "năm": "2015", "số": "12"},
            {"kind": RefKind.ARTICLE, "title": "Bến đò sông Hồng", "host": "Xưa và Nay",
             "year": 2015, "authors": ("Trần, Minh",)},
            id="vi-journal",
        ),
        pytest.param(
            "цитат книга",
            {"фамилия": "Петров", "име": "Иван", "заглавие": "Дунавските пристанища",
             "издател": "Просвета", "година": "1976"},
            {"kind": RefKind.BOOK, "title": "Дунавските пристанища", "publisher": "Просвета",
             "year": 1976, "authors": ("Петров, Иван",)},
            id="bg-book",
        ),
        pytest.param(
            "citat carte",
            {"nume": "Popescu", "prenume": "Ana", "titlu": "Porturile dunărene",
             "editură": "Polirom", "an": "2010"},
            {"kind": RefKind.BOOK, "title": "Porturile dunărene", "publisher": "Polirom",
             "year": 2010, "authors": ("Popescu, Ana",)},
            id="ro-book",
        ),
        pytest.param(
            "cytuj książkę",
            {"nazwisko": "Nowak", "imię": "Jan", "tytuł": "Młyny nad Wartą", "wydawca": "PWN",
             "rok": "1995"},
            {"kind": RefKind.BOOK, "title": "Młyny nad Wartą", "year": 1995,
             "authors": ("Nowak, Jan",)},
            id="pl-book",
        ),
        pytest.param(
            "citation",
            {"cognom": "Puig", "nom": "Marta", "títol": "Molins", "any": "2001",
             "title": "Molins del Ter"},
            {"authors": ("Puig, Marta",), "title": "Molins del Ter"},
            id="ca-cognom-before-french-nom",
        ),
    ],
)  # fmt: skip
def test_localised_citation_templates(
    name: str, params: dict[str, str], expected: dict[str, object]
) -> None:
    assert is_cite_template(name)
    ref = cite(name, params)
    for field in (*_FIELDS, "authors"):
        if field in expected:
            assert getattr(ref, field) == expected[field], field
    assert not ref.anomalies


@pytest.mark.parametrize(
    ("name", "params", "cites"),
    [
        pytest.param("forrás", {"cím": "Malmok", "év": "1990"}, True, id="title-and-year"),
        pytest.param(
            "lähde", {"nimeke": "Laivat", "osoite": "https://example.fi"}, True, id="title-url"
        ),
        pytest.param("source", {"title": "X", "author": "Y"}, True, id="title-and-author"),
        pytest.param("source", {"title": "X"}, False, id="title-alone"),
        pytest.param("source", {"url": "https://e.example", "year": "2001"}, False, id="no-title"),
        pytest.param("source", {"title": "X", "year": " "}, False, id="empty-value"),
        pytest.param(
            "infobox river", {"title": "Rába", "date": "1900"}, False, id="infobox-is-not"
        ),
        pytest.param("quote", {"text": "…", "title": "T", "author": "A"}, False, id="quote"),
        pytest.param(
            "webarchive", {"url": "https://web.archive.org/x", "title": "T", "date": "2020"},
            False, id="archive-link",
        ),
    ],
)  # fmt: skip
def test_unknown_templates_by_their_parameters(
    name: str, params: dict[str, str], cites: bool
) -> None:
    assert looks_like_citation(name, params) is cites


@pytest.mark.parametrize(
    ("param", "value", "flagged"),
    [
        pytest.param("accessdate", "2023年8月14日", False, id="ja-date"),
        pytest.param("확인날짜", "2020년 1월 5일", False, id="ko-date"),
        pytest.param("ngày truy cập", "ngày 1 tháng 5 năm 2007", False, id="vi-date"),
        pytest.param("elérés", "2021. november 3.", False, id="hu-worded-date"),
        pytest.param("erişimtarihi", "19 Şubat 2024", False, id="tr-worded-date"),
        pytest.param("access-date", "2023年2月30日", True, id="no-such-day"),
        pytest.param("access-date", "Marhc 3, 2021", True, id="english-misspelt-month"),
    ],
)
def test_localised_access_dates(param: str, value: str, flagged: bool) -> None:
    ref = cite("cite web", {"url": "https://e.example/a", "title": "T", param: value})
    codes = [a.code for a in ref.anomalies]
    assert (AnomalyCode.ACCESS_DATE_INVALID in codes) is flagged


_HU_PAGE = """A malom 1850-ben épült.<ref>{{Hivatkozás/Könyv |szerző=Kertész Ilona |cím=A dunai hajózás |kiadó=Akadémiai |év=1984}}</ref> Később bővítették.<ref>{{Forrás |cím=Malomkönyv |év=1990 |kiadó=Helikon}}</ref>

== Jegyzetek ==
{{jegyzetek}}

== Források ==
* {{Hivatkozás/Könyv |vezetéknév=Takács |keresztnév=Béla |cím=Malmok a Rábán |év=1987}}
* {{Lähde |nimeke=Saariston laivat |vuosi=1999}}
"""


def test_localised_templates_in_notes_and_the_reference_list() -> None:
    doc = read(_HU_PAGE)
    assert note_ref(doc, "1").title == "A dunai hajózás"
    assert note_ref(doc, "1").authors == ("Kertész, Ilona",)
    assert note_ref(doc, "2").title == "Malomkönyv"
    assert note_ref(doc, "2").year == 1990
    titles = [e.reference.title for e in doc.literature if e.reference is not None]
    assert titles == ["Malmok a Rábán", "Saariston laivat"]
