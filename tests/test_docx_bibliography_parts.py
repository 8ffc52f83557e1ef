"""A bibliography divided by sub-headings ("Primary sources" / "Secondary sources", Thai theses'
"ภาษาไทย" / "ภาษาอังกฤษ" under "บรรณานุกรม") is one list: the sub-headings are no entries and do
not end it; a heading of the same level as the bibliography's ends it, unless it names a part
of a list ("Primary sources" set in the bibliography heading's own style)."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from tests.test_reader_docx import build_docx, note, p, ref, t

_ENTRIES = [
    "Chanthai, Somsak. Canals of the Plain. Bangkok: River Press, 1998.",
    "Wongsa, Malee. Rice and Water. Chiang Mai: North Books, 2004.",
    "Hart, Ellen. Delta Villages. London: Fenwick, 1987.",
    "Ross, Peter. Irrigation and the State. Leiden: Marsh, 2011.",
]


def _body(heading: str, parts: tuple[str, str], level: str, after: str) -> list[str]:
    return [
        p(t("Introduction"), style="Heading1"),
        p(t("Canals were dug across the plain."), ref(1), t(" Rice followed."), ref(2)),
        p(t(heading), style="Heading1"),
        p(t(parts[0]), style=level),
        p(t(_ENTRIES[0])),
        p(t(_ENTRIES[1])),
        p(t(parts[1]), style=level),
        p(t(_ENTRIES[2])),
        p(t(_ENTRIES[3])),
        p(t(after), style="Heading1"),
        p(t("Interview questions used in the field.")),
    ]


_NOTES = [note(1, t("Chanthai, Canals of the Plain, 12.")), note(2, t("Hart, Delta Villages, 40."))]


@pytest.mark.parametrize(
    ("heading", "parts", "level", "after"),
    [
        pytest.param("บรรณานุกรม", ("ภาษาไทย", "ภาษาอังกฤษ"), "Heading2", "ภาคผนวก", id="th"),
        pytest.param(
            "Bibliography", ("Primary sources", "Secondary sources"), "Heading2", "Appendix",
            id="en",
        ),
        pytest.param(
            "Список литературы", ("Источники", "Исследования"), "Heading3", "Приложение",
            id="ru-level-3",
        ),
    ],
)  # fmt: skip
def test_sub_headings_inside_one_list(
    heading: str, parts: tuple[str, str], level: str, after: str
) -> None:
    data = build_docx(body=_body(heading, parts, level, after), footnotes=_NOTES)
    doc = parse_bytes(data, "thesis.docx")
    assert [e.reference.raw if e.reference else None for e in doc.literature] == _ENTRIES


def test_same_level_heading_ends_the_list() -> None:
    # (headings that name no part of a list: chapters after an empty "Bibliography")
    body = _body("Bibliography", ("Canals of the plain", "Village life"), "Heading1", "x")
    doc = parse_bytes(build_docx(body=body, footnotes=_NOTES), "thesis.docx")
    assert [e.reference.raw if e.reference else None for e in doc.literature] == []


def test_same_level_part_names_go_on_with_the_list() -> None:
    # (parts named as parts of a list, set in the list heading's own style: fix60h)
    body = _body("Bibliography", ("Primary sources", "Secondary sources"), "Heading1", "x")
    doc = parse_bytes(build_docx(body=body, footnotes=_NOTES), "thesis.docx")
    assert [e.reference.raw if e.reference else None for e in doc.literature] == _ENTRIES
