"""fix73g: an act printed in an official gazette, cited in a Vancouver article's shape, is a
``report`` (:mod:`.gazette_acts`); its title as read, the gazette cut from it."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference

_CASES = [
    # (entry, title)
    (
        "Real orden de 2 de mayo de 1890 disponiendo la vacunación obligatoria. Gaceta de"
        " Madrid. 1890 may 4;(124):381.",
        "Real orden de 2 de mayo de 1890 disponiendo la vacunación obligatoria",
    ),
    (
        "Real orden circular de 9 de agosto de 1884 sobre cordones sanitarios. Gaceta de"
        " Madrid. 1884 ago 11;(224):455.",
        "Real orden circular de 9 de agosto de 1884 sobre cordones sanitarios",
    ),
    (
        "Real decreto de 7 de marzo de 1903 sobre la inspección de aguas. Gaceta de Madrid."
        " 1903 mar 9;(68):921.",
        "Real decreto de 7 de marzo de 1903 sobre la inspección de aguas",
    ),
]


@pytest.mark.parametrize(("text", "title"), _CASES)
def test_gazette_act_is_report(text: str, title: str) -> None:
    ref = parse_reference(text, [1], detect_styles=True)
    assert (ref.title, ref.kind) == (title, RefKind.REPORT)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # an act's name in an article's title, in a journal that is no gazette
        (
            "Moreno P. Real orden de 2 de mayo de 1890: una lectura. Asclepio. 2011;63(1):45-60.",
            RefKind.ARTICLE,
        ),
        # a gazette named, the title no act's
        (
            "Ruiz L. La Gaceta de Madrid y la prensa médica. Med Hist. 1999;19(3):20-31.",
            RefKind.ARTICLE,
        ),
    ],
)
def test_not_gazette_acts(text: str, kind: RefKind) -> None:
    assert parse_reference(text, [1], detect_styles=True).kind is kind
