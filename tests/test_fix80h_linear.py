"""Linear-time guards for the round-80 patterns over note text (fix80h): the comma-form name
lead with cut given names, the heading split with initials opening the title, the second
place of an imprint, an archive's quoted document, a quoted act subject, the approved-by
designation, the Greek ibidem."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.parse.references import colon_imprint, gost_sources
from bibcheck.parse.references.acts import act
from bibcheck.parse.references.fields import split_heading_authors
from bibcheck.parse.references.gost_acts import gost_act
from bibcheck.parse.references.repeat import find_repeats
from bibcheck.parse.references.several import work_spans
from tests.test_regex_growth import assert_linear

_LINES: list[Callable[[int], str]] = [
    lambda n: "Χρ. " * (n // 4),
    lambda n: "Ch.Th." * (n // 6),
    lambda n: "Иванов И. И. " * (n // 13),
    lambda n: "А. " * (n // 3),
    lambda n: " ; М. : Наука" * (n // 13),
    lambda n: "М. : Наука ; " * (n // 13),
    lambda n: "Ф. 1. Оп. 2. Д. 3 «" * (n // 20),
    lambda n: "Ν. 1/1930, «" * (n // 12),
    lambda n: " : утв. постановлением " * (n // 24),
    lambda n: "Στο ίδιο " * (n // 9),
]


@pytest.mark.parametrize("line", _LINES)
def test_linear_name_lead(line: Callable[[int], str]) -> None:
    assert_linear(lambda t: colon_imprint.parse(t + ", Τίτλος, Αθήνα: Κέδρος, 1999"), line)


@pytest.mark.parametrize("line", _LINES)
def test_linear_heading(line: Callable[[int], str]) -> None:
    assert_linear(lambda t: split_heading_authors(t + " Название", single=True), line)


@pytest.mark.parametrize("line", _LINES)
def test_linear_second_place(line: Callable[[int], str]) -> None:
    assert_linear(lambda t: work_spans(t + ", 2001. — С. 4."), line)


@pytest.mark.parametrize("line", _LINES)
def test_linear_archive_document(line: Callable[[int], str]) -> None:
    assert_linear(lambda t: gost_sources.archive_document("ГАРФ. Ф. 1. Оп. 2. Д. 3 «" + t), line)


@pytest.mark.parametrize("line", _LINES)
def test_linear_acts(line: Callable[[int], str]) -> None:
    assert_linear(lambda t: (act("Ν. 4/1930, «" + t), gost_act(t)), line)


@pytest.mark.parametrize("line", _LINES)
def test_linear_greek_ibidem(line: Callable[[int], str]) -> None:
    assert_linear(lambda t: find_repeats(["Α. Β, Τίτλος, Αθήνα: Κέδρος, 1999.", t]), line)
