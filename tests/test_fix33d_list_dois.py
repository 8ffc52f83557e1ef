"""A DOI label followed by a broken DOI (``doi:10,1128/x``: a comma for the prefix's dot;
``doi: 10.1128 /x``: a space in it; ``DOI 10.1128x``: the slash lost) is reported as
``doi-invalid`` (a ``malformed-field`` finding) in a reference list's entry of every
reader, once, at the entry -- not only in notes and LaTeX bibliographies.  Fixtures
written for this test."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.analyse import analyse_document
from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode, FindingKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.doilabel import malformed_dois
from tests.test_reader_docx import build_docx, p, t
from tests.test_regex_growth import assert_linear


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Rev. 2011;8(2):40-52. doi:10,1093/ije.dyr012. PMID: 2145566", ["10,1093/ije.dyr012"]),
        ("Rev. 2011;8(2):40-52. doi: 10.1093 /ije.dyr012.", ["10.1093 /ije.dyr012"]),
        ("Rev. 2011;8(2):40-52. DOI: 10.1093/ ije.dyr012", ["10.1093/ ije.dyr012"]),
        ("Rev. 2011;8(2):40-52. DOI 10.1093ije.dyr012", ["10.1093ije.dyr012"]),
        # a whole DOI before a space is kept alone (and is no defect)
        ("Rev. 2011;8(2):40-52. doi:10.1093/ije.dyr012 /erratum", []),
        ("Rev. 2011;8(2):40-52. doi: 10.1093/ije.dyr012. Epub 2011 Mar 3.", []),
    ],
    ids=["comma", "space-before-slash", "space-after-slash", "slash-lost", "whole", "valid"],
)
def test_broken_doi_shapes(text: str, written: list[str]) -> None:
    assert [d.written for d in malformed_dois(text)] == written


def test_a_space_is_said() -> None:
    (found,) = malformed_dois("Title. 2011. doi: 10.1093 /ije.dyr012.")
    assert "space" in found.problem


@pytest.mark.parametrize(
    "text",
    [
        "Ortega L, Baines P. Tick-borne fever in herders. Vet Rec. 2014;175(9):221-226. "
        "doi:10,1136/vr.102345",
        "Ortega, L., & Baines, P. (2014). Tick-borne fever in herders. Veterinary Record, "
        "175(9), 221–226. doi: 10.1136 /vr.102345",
        "Ortega, Luis/Baines, Paul: Tick-borne fever in herders, in: Veterinary Record 175 "
        "(2014), S. 221–226, DOI 10.1136vr.102345.",
    ],
    ids=["ama", "apa-space", "german-slash-lost"],
)
def test_list_entry_reports_it(text: str) -> None:
    ref = parse_reference(text, [4], detect_styles=True)
    assert [a.code for a in ref.anomalies] == [AnomalyCode.DOI_INVALID]
    assert ref.doi is None


MARKDOWN = """# Fever in herders

Cases rose in spring [1] and fell by autumn [2].

## References

1. Ortega L, Baines P. Tick-borne fever in herders. Vet Rec. 2014;175(9):221-226. doi:10,1136/vr.102345
2. Quist M. Seasonal ticks. Parasitol Today. 2016;3(2):11-19. doi:10.1016/pt.2016.02
"""

PLAIN = """Fever in herders

Cases rose in spring [1] and fell by autumn [2].

References

[1] Ortega L, Baines P. Tick-borne fever in herders. Vet Rec. 2014;175(9):221-226. doi: 10.1136 /vr.102345
[2] Quist M. Seasonal ticks. Parasitol Today. 2016;3(2):11-19. doi:10.1016/pt.2016.02
"""

HTML = """<!DOCTYPE html><html><head><title>Fever in herders</title></head><body>
<h1>Fever in herders</h1>
<p>Cases rose in spring [1] and fell by autumn [2].</p>
<h2>References</h2>
<ol>
<li>Ortega L, Baines P. Tick-borne fever in herders. Vet Rec. 2014;175(9):221-226. DOI 10.1136vr.102345</li>
<li>Quist M. Seasonal ticks. Parasitol Today. 2016;3(2):11-19. doi:10.1016/pt.2016.02</li>
</ol>
</body></html>
"""


@pytest.mark.parametrize(
    ("source", "name", "line"),
    [
        (MARKDOWN, "fever.md", 7),
        (PLAIN, "fever.txt", 7),
        (HTML, "fever.html", 6),
        # (a resolver's address with a comma: the entry reports it, not its number's note)
        (PLAIN.replace("doi: 10.1136 /vr", "https://doi.org/10,1136/vr"), "fever.txt", 7),
    ],
    ids=["markdown", "plain-text", "html", "resolver-address"],
)
def test_reported_once_in_every_reader(source: str, name: str, line: int) -> None:
    doc = parse_bytes(source.encode(), name)
    found = [f for f in analyse_document(doc, {}, {}) if f.kind is FindingKind.MALFORMED_FIELD]
    assert [f.lines for f in found] == [(line,)]


def test_reported_once_in_word() -> None:
    body = [
        p(t("Fever in herders"), style="Title"),  # 1
        p(t("Cases rose in spring [1] and fell by autumn [2].")),  # 2
        p(t("References"), style="Heading1"),  # 3
        p(
            t(
                "1. Ortega L, Baines P. Tick-borne fever in herders. Vet Rec. "
                "2014;175(9):221-226. doi:10,1136/vr.102345"
            )
        ),  # 4
        p(t("2. Quist M. Seasonal ticks. Parasitol Today. 2016;3(2):11-19.")),  # 5
    ]
    doc = parse_bytes(build_docx(body, footnotes=None), "fever.docx")
    found = [f for f in analyse_document(doc, {}, {}) if f.kind is FindingKind.MALFORMED_FIELD]
    assert [f.lines for f in found] == [(4,)]


@pytest.mark.parametrize(
    "line",
    [
        lambda n: "doi " * (n // 4),
        lambda n: "doi:10," + "1" * n,
        lambda n: "doi: 10.1 " * (n // 10),
        lambda n: "doi 10./ " * (n // 9),
    ],
)
def test_label_pattern_stays_linear(line: Callable[[int], str]) -> None:
    assert_linear(lambda text: list(malformed_dois(text)), line)
