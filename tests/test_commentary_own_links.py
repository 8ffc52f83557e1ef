"""A note of prose whose only link points at the author's own material ("the full table is
in the `technical report <…>`_", "wording in our codebook <…>") is commentary, like "see the
Supporting Information"; a link to anyone else's page stays a citation (table-driven)."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.commentary import citation_start, own_link_note
from tests.test_regex_growth import assert_linear


@pytest.mark.parametrize(
    ("text", "commentary"),
    [
        pytest.param(
            "Excluded: refusals, language barriers and non-contacts. The full breakdown is in "
            "the technical report <https://lab.example.org/panel/technical-report.pdf>.",
            True,
            id="own-technical-report",
        ),
        pytest.param(
            "Item wording follows the pilot; see our codebook <https://osf.example/k3x9/>.",
            True,
            id="own-codebook",
        ),
        pytest.param(
            "The interview schedule is printed in the online appendix\n"
            "<https://journal.example.org/suppl/appendix-b.pdf>.",
            True,
            id="online-appendix-over-two-lines",
        ),
        pytest.param(
            "Hypotheses were fixed in advance in the project's pre-registration "
            "<https://osf.example/prereg/77/>.",
            True,
            id="own-preregistration",
        ),
        # a work named, or someone else's page: a citation
        pytest.param(
            "The caseload figures are from the ministry's statistics page "
            "<https://justice.example.gov/stats/civil>.",
            False,
            id="another-body's-page",
        ),
        pytest.param(
            "See the technical report by Moreau (2020) <https://inst.example.fr/rt-12.pdf>.",
            False,
            id="someone-else's-report",
        ),
        pytest.param(
            "Court Statistics Unit, *Civil Caseloads 2019*, technical report "
            "<https://stats.example.gov/tr.pdf>.",
            False,
            id="titled-report",
        ),
    ],
)
def test_a_link_to_own_material_is_commentary(text: str, commentary: bool) -> None:
    assert citation_start(text)[1] is commentary
    kind = parse_reference(text, (1,), detect_styles=True, note=True).kind
    assert (kind is RefKind.COMMENTARY) is commentary


def test_own_link_is_linear_on_a_long_note() -> None:
    assert_linear(
        own_link_note,
        lambda n: "the full technical " * (n // 40) + "report <https://x.example/" + "a" * (n // 2),
    )
