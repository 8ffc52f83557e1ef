"""An act printed in an official gazette, cited with ``in:`` before the gazette, is a
``report``, not a chapter (:mod:`.gazette_chapter`)."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference

CASES = [
    (
        "Richtlinie 2000/60/EG des Europäischen Parlaments und des Rates vom 23. Oktober 2000 "
        "zur Schaffung eines Ordnungsrahmens im Bereich der Wasserpolitik, in: Amtsblatt der "
        "Europäischen Gemeinschaften L 327 vom 22.12.2000, S. 1–73.",
        RefKind.REPORT,
    ),
    (
        "Verordnung über die Landesvermessung vom 3. Mai 1911, in: Reichsgesetzblatt 1911, S. 101.",
        RefKind.REPORT,
    ),
    (
        "Gesetz über das Vermessungswesen vom 12.5.1990, in: Bundesgesetzblatt 1990 I, S. 100.",
        RefKind.REPORT,
    ),
    # a chapter about an act, in a book: a chapter
    (
        "Anna Roth: Die Wasserrahmenrichtlinie, in: Handbuch Umweltrecht, Berlin 2010, S. 3–9.",
        RefKind.CHAPTER,
    ),
    # an act printed in a book that is no gazette: left as read
    (
        "Gesetz über das Vermessungswesen vom 12. Mai 1990, in: Anna Roth (Hg.): "
        "Vermessungsrecht, Berlin 2010, S. 3–9.",
        RefKind.CHAPTER,
    ),
]


@pytest.mark.parametrize("note", [False, True])
@pytest.mark.parametrize(("text", "kind"), CASES)
def test_act_in_gazette(text: str, kind: RefKind, note: bool) -> None:
    assert parse_reference(text, [0], detect_styles=True, note=note).kind is kind
