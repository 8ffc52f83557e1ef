"""MediaWiki pages of other Wikipedias: nested note templates ({{Refnest}}, {{efn2}}) with
quoted groups, and citation templates with localised names and parameters (Hungarian,
Finnish, Korean, Czech, Turkish, Vietnamese, Bulgarian, Romanian, Polish, Indonesian ...).
Snippets written for the tests in the patterns of those Wikipedias' articles."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import ParsedDocument, Reference, RefKind


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
