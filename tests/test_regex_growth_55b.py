"""Fix 55b: the letter, case-name, title-spill, preprint and software readings stay linear
on long and hostile lines (``assert_linear`` of tests/test_regex_growth.py).  Own fixtures."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.model import Reference, RefKind
from bibcheck.parse.references import french_notes
from bibcheck.parse.references.letters import letter_in_edition
from bibcheck.parse.references.preprints import preprint_article
from bibcheck.parse.references.software import software_web
from bibcheck.parse.references.textcase import case_name_in, named_in_text
from bibcheck.parse.references.title_spill import imprint_from_title, subtitle_from_host
from tests.test_regex_growth import assert_linear

Line = Callable[[int], str]

LINES = [
    pytest.param(lambda n: "a" * n, id="one-long-word"),
    pytest.param(lambda n: "Ab " * (n // 3), id="capital-words"),
    pytest.param(lambda n: "Anna Berg, lettre à " + "Paul " * ((n - 20) // 5), id="letter-open"),
    pytest.param(lambda n: "Ab an " * (n // 6), id="bare-an"),
    pytest.param(lambda n: "12 mai 1850, " * (n // 13), id="dates"),
    pytest.param(lambda n: "Ab v. " * (n // 6), id="versus-run"),
    pytest.param(lambda n: "12 F.3d " * (n // 8), id="reporter-like"),
    pytest.param(lambda n: "(Ab: " * (n // 5), id="open-imprints"),
    pytest.param(lambda n: "word. " * (n // 6), id="sentences"),
    pytest.param(lambda n: "Ab (dir.), " * (n // 11), id="editor-marks"),
]


def _ref(text: str, kind: RefKind) -> Reference:
    return Reference(raw=text, line=1, end_line=1, kind=kind, title=text, host=text)


@pytest.mark.parametrize("line", LINES)
def test_letter_in_edition_is_linear(line: Line) -> None:
    assert_linear(letter_in_edition, line)


@pytest.mark.parametrize("line", LINES)
def test_case_name_is_linear(line: Line) -> None:
    assert_linear(case_name_in, line)
    assert_linear(lambda t: named_in_text(Reference(raw=t, line=1, end_line=1), [t]), line)


@pytest.mark.parametrize("line", LINES)
def test_title_spill_is_linear(line: Line) -> None:
    assert_linear(lambda t: imprint_from_title(_ref(t + ")", RefKind.UNKNOWN)), line)
    assert_linear(lambda t: subtitle_from_host(_ref(t, RefKind.ARTICLE)), line)


@pytest.mark.parametrize("line", LINES)
def test_kinds_are_linear(line: Line) -> None:
    assert_linear(lambda t: preprint_article(_ref(t, RefKind.BOOK)), line)
    assert_linear(lambda t: software_web(_ref(t, RefKind.BOOK)), line)


@pytest.mark.parametrize("line", LINES)
def test_french_notes_are_linear(line: Line) -> None:
    assert_linear(lambda t: french_notes.parse(t[:1400] + ", Paris, Seuil, 1990."), line)
