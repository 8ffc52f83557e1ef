"""A body cited by the abbreviation the running text defines for it.

``the Intergovernmental Panel on Climate Change (hereafter IPCC) … (IPCC, 2021)``, ``World
Health Organization (WHO) … (WHO 2019)``, ``(Bundesamt für Statistik [BFS], 2020) … (BFS,
2021)``, ``Organisation de coopération et de développement économiques (ci-après « OCDE »)``:
the abbreviation cites the entry the body's name heads, in every author-date reader (html,
pdf/plain text, docx, odt, Markdown) through :func:`with_defined`; an abbreviation whose
letters are not the name's, or defined for two bodies, is none.
"""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode, ParsedDocument
from bibcheck.readers.authoryear import (
    author_years,
    defined_abbreviations,
    list_names,
    spans,
    unlisted,
    with_defined,
)
from tests.test_docx_mla import build, p

BODIES = [
    "Amt für Umwelt und Energie",
    "Agence nationale de sécurité sanitaire",
    "Instituto Nacional de Estadística",
    "Norwegian Institute of Public Health",
    "Centraal Bureau voor de Statistiek",
    "Istituto Superiore di Sanità",
]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("laut dem Amt für Umwelt und Energie (AUE) steigt", {"AUE": BODIES[0]}),
        ("vom Amt für Umwelt und Energie (im Folgenden: AUE)", {"AUE": BODIES[0]}),
        ("(Amt für Umwelt und Energie [AUE], 2019)", {"AUE": BODIES[0]}),
        ("l’Agence nationale de sécurité sanitaire (ci-après « ANSES »)", {"ANSES": BODIES[1]}),
        ("el Instituto Nacional de Estadística (en adelante, INE)", {"INE": BODIES[2]}),
        ("the Norwegian Institute of Public Health (hereafter NIPH)", {"NIPH": BODIES[3]}),
        ("the Norwegian Institute of Public Health (NIPH, 2020)", {"NIPH": BODIES[3]}),
        ("el Instituto Nacional de Estadística (INE 2020, 14)", {"INE": BODIES[2]}),
        ("het Centraal Bureau voor de Statistiek (hierna: CBS)", {"CBS": BODIES[4]}),
        ("l'Istituto Superiore di Sanità (di seguito ISS)", {"ISS": BODIES[5]}),
        ("the norwegian institute of public\nhealth (NIPH)", {"NIPH": BODIES[3]}),
        # the letters are not the name's, or do not start it: no definition
        ("the Norwegian Institute of Public Health (WHO)", {}),
        ("the Norwegian Institute of Public Health (IPH)", {}),
        # another name before the parenthesis, the body's only the end of a longer word
        ("the Institute of Public Health (IPH)", {}),
        ("das Oberamt für Umwelt und Energie (AUE)", {}),
        ("the Norwegian Institute of Public Health (see Table 2)", {}),
        # one abbreviation for two bodies: neither
        (
            "Amt für Umwelt und Energie (AE) and Agence nationale de sécurité sanitaire (AE)",
            {},
        ),
    ],
)
def test_defined_abbreviations(text: str, found: dict[str, str]) -> None:
    assert defined_abbreviations(text, BODIES) == found


ENTRIES = [
    ("1", "Intergovernmental Panel on Climate Change. (2021). Climate change 2021. Geneva."),
    ("2", "Bundesamt für Statistik. (2021). Bevölkerungsbewegung. Neuchâtel."),
    ("3", "Organisation de coopération et de développement économiques. (2019). Panorama."),
    ("4", "Okoye, C. (2018). Rainfall and yields. Journal of Dry Lands, 4(1), 3–9."),
]


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("the Intergovernmental Panel on Climate Change (hereafter IPCC) … (IPCC, 2021)", ["1"]),
        ("(Bundesamt für Statistik [BFS], 2021) und später (BFS, 2021, S. 4)", ["2", "2"]),
        ("Bundesamt für Statistik (im Folgenden: BFS) … BFS (2021) zeigt", ["2"]),
        (
            "l’Organisation de coopération et de développement économiques (ci-après « OCDE »)"
            " … (OCDE, 2019; Okoye, 2018)",
            ["3", "4"],
        ),
        ("(BFS, 2021)", []),  # never defined: no entry
        ("the Intergovernmental Panel on Climate Change (hereafter IPCC) … (IPCC, 2020)", []),
    ],
)
def test_defined_abbreviation_mentions(text: str, labels: list[str]) -> None:
    index = with_defined(author_years(ENTRIES), text)
    assert [label for _, _, label in spans(text, index)] == labels


def test_a_defined_abbreviation_is_no_unlisted_author() -> None:
    text = "Bundesamt für Statistik (BFS) … (BFS, 2021; Mbeki, 2020)"
    listed = list_names((e for _, e in ENTRIES), text)
    assert [name for _, _, name in unlisted(text, listed)] == ["Mbeki"]
    assert [name for _, _, name in unlisted(text, list_names(e for _, e in ENTRIES))] == [
        "BFS",
        "Mbeki",
    ]


def test_an_abbreviation_the_index_has_keeps_its_entry() -> None:
    entries = [*ENTRIES, ("5", "IPCC. (2021). Summary for policymakers. Geneva.")]
    index = author_years(entries)
    text = "Intergovernmental Panel on Climate Change (IPCC)"
    assert with_defined(index, text)[("IPCC", "2021")] == index[("IPCC", "2021")]


# --------------------------------------------------------------------------
# whole documents
# --------------------------------------------------------------------------

TEXT = """\
{h1}Trockenheit und Ernte

Der Weltklimarat, das Intergovernmental Panel on Climate Change (hereafter IPCC), warnt vor
längeren Dürren. Nach dem Bundesamt für Statistik (im Folgenden: BFS) sank die Ernte.
Die Trockenheit nimmt zu (IPCC, 2021, S. 12), die Erträge fallen (BFS, 2020; Okoye, 2018).
Die Organisation de coopération et de développement économiques (ci-après « OCDE ») rechnet
ähnlich (OCDE, 2019).

{h2}Literatur

Bundesamt für Statistik. (2020). Landwirtschaftliche Strukturerhebung. Neuchâtel.

Intergovernmental Panel on Climate Change. (2021). Climate change 2021: The physical
science basis. Cambridge University Press.

Okoye, C. (2018). Rainfall and yields. Journal of Dry Lands, 4(1), 3–9.

Organisation de coopération et de développement économiques. (2019). Perspectives
agricoles. Paris.
"""


def _labels(doc: ParsedDocument) -> set[str]:
    return {m.label for fn in doc.footnotes for m in fn.markers}


def _check(doc: ParsedDocument) -> None:
    assert _labels(doc) == {"1", "2", "3", "4"}
    codes = {a.code for a in doc.all_anomalies()}
    assert AnomalyCode.CITATION_KEY_MISSING not in codes
    assert AnomalyCode.LITERATURE_UNCITED not in codes


@pytest.mark.parametrize(("name", "h1", "h2"), [("paper.txt", "", ""), ("paper.md", "# ", "## ")])
def test_defined_abbreviations_in_text(name: str, h1: str, h2: str) -> None:
    _check(parse_bytes(TEXT.format(h1=h1, h2=h2).encode(), name))


def _paragraphs() -> list[str]:
    text = TEXT.format(h1="", h2="")
    return [" ".join(p.split()) for p in text.split("\n\n") if p.strip()]


def test_defined_abbreviations_in_html() -> None:
    body = "".join(f"<h2>{p}</h2>" if p == "Literatur" else f"<p>{p}</p>" for p in _paragraphs())
    page = f'<html lang="de"><head><title>t</title></head><body>{body}</body></html>'
    _check(parse_bytes(page.encode(), "paper.html"))


def test_defined_abbreviations_in_docx() -> None:
    _check(parse_bytes(build([p(x) for x in _paragraphs()]), "paper.docx"))


def test_defined_abbreviations_in_odt() -> None:
    from tests.test_reader_odt import odt

    body = "".join(
        f"<text:h text:outline-level='1'>{p}</text:h>"
        if p == "Literatur"
        else f"<text:p>{p}</text:p>"
        for p in _paragraphs()
    )
    _check(parse_bytes(odt(body), "paper.odt"))
