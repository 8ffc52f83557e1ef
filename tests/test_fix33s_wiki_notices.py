"""MediaWiki: a maintenance or notice template standing in a reference section
(``{{参照方法|date=…|section=1}}``, ``{{Belege fehlen|Datum=…}}``) describes no work: it
has no title, URL or author, only dates, flags or nothing.  It is not a literature entry,
in any language's Wikipedia; a citation template or a list item beside it still is."""

from __future__ import annotations

import pytest

from bibcheck.parse.references.wikicite import is_notice
from bibcheck.readers.mediawiki import read


@pytest.mark.parametrize(
    ("name", "named", "positional", "expected"),
    [
        ("参照方法", {"date": "2017年3月4日 (土) 09:12 (UTC)", "section": "1"}, [], True),
        ("出典の明記", {"date": "2019年5月"}, [], True),
        ("belege fehlen", {"datum": "7. März 2018"}, [], True),
        ("sources à lier", {"date": "juin 2021"}, [], True),
        ("referencias adicionales", {"fecha": "mayo de 2015"}, [], True),
        ("sem fontes", {"data": "novembro de 2020"}, [], True),
        ("нет ссылок", {"дата": "12 апреля 2016"}, [], True),
        ("refimprove", {"date": "May 2014", "small": "yes"}, [], True),
        ("未完成", {}, [], True),
        ("F", {}, ["2"], True),
        # works, or templates that carry one
        ("cite web", {"url": "https://example.org/a", "title": "A page"}, [], False),
        ("literatur", {"autor": "Wenz, Ute", "titel": "Flussufer", "jahr": "2004"}, [], False),
        ("lien web", {"titre": "Les digues", "date": "2020"}, [], False),
        ("isbn", {}, ["978-3-16-148410-0"], False),
        ("lang", {}, ["en", "The Long Shore of the Delta"], False),
        ("webarchive", {"url": "https://web.archive.org/x", "date": "2012-01-01"}, [], False),
        ("harvnb", {}, ["Ortiz", "2003"], False),
    ],
)  # fmt: skip
def test_is_notice(name: str, named: dict[str, str], positional: list[str], expected: bool) -> None:
    assert is_notice(name, named, positional) is expected


@pytest.mark.parametrize(
    ("heading", "notice"),
    [
        ("参考文献", "{{参照方法|date=2017年3月4日 (土) 09:12 (UTC)|section=1}}"),
        ("参考文献", "{{出典の明記|date=2019年5月}}"),
        ("Literatur", "{{Belege fehlen|Datum=7. März 2018}}"),
        ("Bibliographie", "{{Sources à lier|date=juin 2021}}"),
        ("Bibliografía", "{{Referencias adicionales|fecha=mayo de 2015}}"),
        ("Литература", "{{Нет ссылок|дата=12 апреля 2016}}"),
        ("参考资料", "{{More footnotes|date=2014年6月}}"),
        ("References", "{{Refimprove section|date=May 2014}}"),
    ],
    ids=["ja-method", "ja-sources", "de", "fr", "es", "ru", "zh", "en-section"],
)
def test_a_notice_in_a_reference_section_is_no_entry(heading: str, notice: str) -> None:
    text = (
        "The '''delta''' floods often.<ref>{{cite web |url=https://example.org/f "
        "|title=Flood record |publisher=Example |access-date=2016-03-21}}</ref>\n\n"
        "== Notes ==\n{{Reflist}}\n\n"
        f"== {heading} ==\n{notice}\n"
        "* [https://example.org/archive Delta survey archive 1994-1995]\n"
    )
    doc = read(text)
    assert [(n.line, n.text.split(" <")[0]) for n in doc.literature] == [
        (8, "Delta survey archive 1994-1995")
    ]
