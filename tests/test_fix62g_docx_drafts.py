"""A copy-edited Word draft with Chicago notes and a bibliography: notes that cite only a
statute are no missing entries; a corporate author's report is read with its title; a
bibliography entry deleted under Track Changes is gone, an inserted one is there, and a
comment suggesting a citation is no citation."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode, RefKind
from bibcheck.parse.references import parse_reference
from tests.test_docx_tracked_changes import build, dt, note, p, ref, t, wrap

BODY = [
    p(t("Detention before trial is common."), ref(1)),
    p(t("The statute has barely changed."), ref(2)),
    p(t("Hearsay rules were reformed."), ref(3)),
    p(t("French law went further."), ref(4)),
    p(t("Conditions on remand are poor."), ref(5)),
    p(wrap("del", dt("Older work agreed."), rev=901), wrap("del", ref(6), rev=902)),
    p(t("Bibliography")),
    p(t("Brook, Ada. Tides of Custody. Leiden: Brill, 2009.")),
    p(
        '<w:pPr><w:rPr><w:del w:id="903" w:author="Ed" w:date="2026-01-01T00:00:00Z"/>'
        "</w:rPr></w:pPr>",
        wrap("del", dt("Gale, Tom. Ports and Prisons. London: Verso, 1990."), rev=904),
    ),
    p(
        t("Office of the Prisons Ombudsman for Northland. Annual Report 2024–25. "),
        t("Northtown: Ombudsman Press, 2025."),
    ),
    p(wrap("ins", t("Quint, Lena. Remand Courts. Bristol: Policy Press, 2021."), rev=905)),
]
FEET = [
    note(1, "Ada Brook, Tides of Custody (Leiden: Brill, 2009), 12."),
    note(2, "Bail Act 1976, s. 4 and sch. 1, pt. 1."),
    note(3, "Criminal Justice Act 2003, s. 114(1)(d)."),
    note(4, "Loi n° 2019-222 du 23 mars 2019 de programmation pour la justice, art. 54."),
    note(
        5,
        "Office of the Prisons Ombudsman for Northland, Annual Report 2024–25 "
        "(Northtown: Ombudsman Press, 2025), 27.",
    ),
    note(6, "Tom Gale, Ports and Prisons (London: Verso, 1990), 3.", state="del"),
]


@pytest.fixture(scope="module")
def doc():  # type: ignore[no-untyped-def]
    return parse_bytes(build(BODY, FEET), "draft.docx")


def test_deleted_entry_gone_inserted_entry_read(doc) -> None:  # type: ignore[no-untyped-def]
    raws = [e.reference.raw for e in doc.literature]
    assert len(raws) == 3
    assert not any("Gale" in r for r in raws)
    assert "Quint" in raws[-1]


def test_statute_notes_are_no_missing_entries(doc) -> None:  # type: ignore[no-untyped-def]
    missing = [a.footnote for a in doc.anomalies if a.code is AnomalyCode.LITERATURE_MISSING]
    assert missing == []
    assert [f.label for f in doc.footnotes] == ["1", "2", "3", "4", "5"]


def test_corporate_report_entry(doc) -> None:  # type: ignore[no-untyped-def]
    entry = doc.literature[1].reference
    assert entry.authors == ("Office of the Prisons Ombudsman for Northland",)
    assert entry.title == "Annual Report 2024–25"
    assert entry.kind is RefKind.REPORT


@pytest.mark.parametrize(
    ("text", "author", "title", "kind"),
    [
        (
            "HM Inspectorate of Probation. Annual Inspection 2023. Manchester: HMI, 2023.",
            "HM Inspectorate of Probation",
            "Annual Inspection 2023",
            RefKind.REPORT,
        ),
        (
            "Chief Inspector of Schools for Northland. Annual Report 2022–23. Northtown: "
            "Schools Inspectorate, 2023.",
            "Chief Inspector of Schools for Northland",
            "Annual Report 2022–23",
            RefKind.REPORT,
        ),
        (
            "Energy Regulator of Westland. Market Review 2021. Westport: ERW, 2022.",
            "Energy Regulator of Westland",
            "Market Review 2021",
            None,
        ),
        (
            "Marsh, Lydia. The Inspector Calls Again. London: Faber, 1994.",
            "Marsh, Lydia",
            "The Inspector Calls Again",
            RefKind.BOOK,
        ),
    ],
)
def test_inspectorates_as_authors(text: str, author: str, title: str, kind: RefKind | None) -> None:
    ref_ = parse_reference(text, (1,))
    assert ref_.authors == (author,)
    assert ref_.title == title
    if kind is not None:
        assert ref_.kind is kind
