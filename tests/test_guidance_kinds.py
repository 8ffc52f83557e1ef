"""A regulator's guidance for industry, and bodies' guidelines online, are reports
(bibcheck.parse.references.guideline_kind; kinds as tests/corpus/README.md files them)."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.guideline_kind import guideline_designation


@pytest.mark.parametrize(
    ("title", "designates"),
    [
        ("Dissolution testing of tablets: guidance for industry", True),
        ("Dissolution Testing of Tablets: Draft Guidance for Industry and FDA Staff", True),
        ("Guidance for Industry: Stability Testing of New Drug Products", True),
        # a phrase about guidance, no genre's name
        ("How regulators write guidance for industry associations today", False),
        ("Guidance for parents of young swimmers", False),
    ],
)
def test_guidance_designation(title: str, designates: bool) -> None:
    assert guideline_designation(title) is designates


@pytest.mark.parametrize(
    ("entry", "kind"),
    [
        # bodies' guidance read as a web page because of its URL: their report
        (
            "U.S. Food and Drug Administration, Center for Drug Evaluation and Research. "
            "Dissolution testing of tablets: guidance for industry. Silver Spring, MD: FDA; "
            "2019. https://www.fda.gov/media/000000/download",
            RefKind.REPORT,
        ),
        (
            "Danish Society of Cardiology, Danish Society of Nephrology. Hypertension in "
            "chronic kidney disease: national clinical guideline. Copenhagen: DSC; 2022. "
            "https://example.org/guidelines/htn-ckd",
            RefKind.REPORT,
        ),
        # a person's page about guidelines stays a web page
        (
            "Okafor A. Reading a clinical practice guideline. 2021. "
            "https://example.org/blog/reading-guidelines",
            RefKind.WEB,
        ),
    ],
)
def test_guidance_online_is_a_report(entry: str, kind: RefKind) -> None:
    assert parse_reference(entry, [1], detect_styles=True).kind is kind
