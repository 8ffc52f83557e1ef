"""Report cues: a genre word in the title or a report number make a work a report; an issuing
body alone does not."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.reportkind import titled_report
from tests.test_regex_growth import assert_linear


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        pytest.param(
            "Harbour Board of Wellport, *Annual Report for the Year 1931* "
            "(Wellport: Harbour Board, 1932), 4.",
            RefKind.REPORT,
            id="annual-report-title",
        ),
        pytest.param(
            "Karl Umlauf, Jahresbericht der Königlichen Sternwarte für 1888 (Kiel, 1889), 3–7.",
            RefKind.REPORT,
            id="german-jahresbericht",
        ),
        pytest.param(
            "Rapport sur l'état des routes du département (Lyon: Imprimerie Perrin, 1843).",
            RefKind.REPORT,
            id="french-rapport",
        ),
        pytest.param(
            "Mara Quist, *Seasonal Freight Flows in Small Ports*, Working Paper No. 17 "
            "(Halden: Coastal Studies Unit, 2011), 9.",
            RefKind.REPORT,
            id="working-paper-number",
        ),
        pytest.param(
            "Northfield Water Company, *2021 Supply Adequacy Plan*, Docket No. 40112 "
            "(Northfield Utilities Commission, June 3, 2021), 12.",
            RefKind.REPORT,
            id="docket-number",
        ),
        pytest.param(
            "Dana Orr, *Cooling Loads in Mid-Size Offices*, PNNL/BT-2210 "
            "(Richland, WA: Pacific Northwest Laboratory, 2004), 5.",
            RefKind.REPORT,
            id="agency-code",
        ),
        pytest.param(
            "National Seed Testing Institute, *Germination Trials of Winter Barley* "
            "(Ames, IA: NSTI, 1998), 22.",
            RefKind.BOOK,
            id="issuing-body-alone-is-no-cue",
        ),
        pytest.param(
            "Annales de l'Observatoire magnétique de Toulon (Toulon, 1901–1910).",
            RefKind.REPORT,
            id="annals-of-an-observatory",
        ),
        # a study's findings, named in the title or its subtitle: a research report
        pytest.param(
            "Okafor, N. (2017). *Paying for Legal Help: Findings from the Civil Needs Panel "
            "Study*. Institute for Justice Research.",
            RefKind.REPORT,
            id="apa-findings-from-a-study",
        ),
        pytest.param(
            "Lina Park, *Results of the 2019 Tenant Survey* (Boston: Housing Lab, 2020), 7.",
            RefKind.REPORT,
            id="results-of-a-survey",
        ),
        pytest.param(
            "Marta Ruiz and Colm Byrne, *Key Findings from a National Evaluation of School "
            "Meals* (Dublin: Nutrition Unit, 2015), 12.",
            RefKind.REPORT,
            id="key-findings-of-an-evaluation",
        ),
        pytest.param(
            "Helen Varga, *Findings: Essays on Rivers and Memory* "
            "(Oxford: Oxford University Press, 2012), 40.",
            RefKind.BOOK,
            id="findings-as-a-book-title",
        ),
        pytest.param(
            "Sam Ode, “Findings from the Harbour Cohort Study,” *Port Health* 14, no. 2 "
            "(2016): 1–9.",
            RefKind.ARTICLE,
            id="article-with-findings-title",
        ),
        # books stay books
        pytest.param(
            "Helen Varga, *Rivers of Trade: Merchants on the Danube* "
            "(Oxford: Oxford University Press, 2012), 40.",
            RefKind.BOOK,
            id="book",
        ),
        pytest.param(
            "Royal Horticultural Society, *Pruning Fruit Trees* (London: Dorling Kindersley "
            "Publishing, 2009), 3.",
            RefKind.BOOK,
            id="society-with-a-publisher",
        ),
        pytest.param(
            "Lena Moor, “Report Cards and Their Critics,” *School Review* 14, no. 2 (1906): 1–9.",
            RefKind.ARTICLE,
            id="article-titled-report",
        ),
    ],
)
def test_report_kind(text: str, kind: RefKind) -> None:
    assert parse_reference(text, [1], detect_styles=True, note=True).kind is kind


def test_findings_cue_is_linear_on_a_long_title() -> None:
    assert not titled_report(": Findings from the " * 500)  # 10,000 characters
    assert_linear(titled_report, lambda n: ": Findings from the " * (n // 20))
