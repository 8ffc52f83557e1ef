"""The shared year patterns (bibcheck.parse.years): what each matches and what it does not, and
a guard that no module under ``bibcheck/`` writes one of them out again as its own copy."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from bibcheck.parse import years

ROOT = Path(__file__).resolve().parent.parent / "bibcheck"

# (constant, text, the whole text is one match of it)
_WHOLE = [
    (years.YEAR, "1500", True),
    (years.YEAR, "1687", True),
    (years.YEAR, "1999", True),
    (years.YEAR, "2000", True),
    (years.YEAR, "2099", True),
    (years.YEAR, "1499", False),
    (years.YEAR, "2100", False),
    (years.YEAR, "0999", False),
    (years.YEAR, "199", False),
    (years.YEAR, "2020a", False),
    (years.YEAR_LETTERED, "2020", True),
    (years.YEAR_LETTERED, "2020a", True),
    (years.YEAR_LETTERED, "1868b", True),
    (years.YEAR_LETTERED, "2020ab", False),
    (years.YEAR_LETTERED, "2020A", False),
    (years.YEAR_LETTERED, "1300a", False),
    (years.YEAR_BOUNDED, "1776", True),
    (years.YEAR_BOUNDED, "2100", False),
    (years.YEAR_LETTERED_BOUNDED, "2014c", True),
    (years.YEAR_LETTERED_BOUNDED, "1450c", False),
]


@pytest.mark.parametrize(("pattern", "text", "whole"), _WHOLE)
def test_whole_text(pattern: str, text: str, whole: bool) -> None:
    assert (re.fullmatch(pattern, text) is not None) is whole


# (constant, text, the years found in it)
_FOUND = [
    (years.YEAR, "pp. 1203-1250", []),
    (years.YEAR, "vol. 12 (1987), 33", ["1987"]),
    (years.YEAR, "article 219873", ["1987"]),  # unbounded: inside a longer number too
    (years.YEAR_BOUNDED, "article 219873", []),
    (years.YEAR_BOUNDED, "report no. 20114", []),
    (years.YEAR_BOUNDED, "(1999)", ["1999"]),
    (years.YEAR_BOUNDED, "1999–2001", ["1999", "2001"]),
    (years.YEAR_BOUNDED, "Spring 2021, 44", ["2021"]),
    (years.YEAR_BOUNDED, "e2015GL063", ["2015"]),  # letters are no digits: a bound is digits
    (years.YEAR_LETTERED_BOUNDED, "Smith 2011a, 2011b; Jones 1994", ["2011a", "2011b", "1994"]),
    (years.YEAR_LETTERED_BOUNDED, "no. 120119", []),
    (years.YEAR_LETTERED_BOUNDED, "2003a7", ["2003"]),
    (years.YEAR_LETTERED, "Weber 1922a: 12", ["1922a"]),
]


@pytest.mark.parametrize(("pattern", "text", "found"), _FOUND)
def test_found_in_text(pattern: str, text: str, found: list[str]) -> None:
    assert re.findall(pattern, text) == found


def test_no_group_of_their_own() -> None:
    for pattern in (years.YEAR, years.YEAR_LETTERED, years.YEAR_BOUNDED):
        assert re.compile(pattern).groups == 0
    assert re.compile(years.YEAR_LETTERED_BOUNDED).groups == 0


# The ways the copies were written: the same strings, spelled otherwise.
_SPELLINGS = {
    r"(?:1[5-9]|20)\d\d": years.YEAR,
    r"(?:1[5-9]|20)\d{2}": years.YEAR,
    r"(?:1[5-9]\d\d|20\d\d)": years.YEAR,
    r"(?:1[5-9]|20)\d\d[a-z]?": years.YEAR_LETTERED,
    r"(?:1[5-9]|20)\d{2}[a-z]?": years.YEAR_LETTERED,
    r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)": years.YEAR_BOUNDED,
    r"(?<!\d)(?:1[5-9]|20)\d{2}(?!\d)": years.YEAR_BOUNDED,
    r"(?<!\d)(?:1[5-9]\d\d|20\d\d)(?!\d)": years.YEAR_BOUNDED,
    r"(?<!\d)(?:1[5-9]|20)\d\d[a-z]?(?!\d)": years.YEAR_LETTERED_BOUNDED,
}


@pytest.mark.parametrize(("spelling", "constant"), sorted(_SPELLINGS.items()))
def test_the_spellings_are_the_constants(spelling: str, constant: str) -> None:
    """Each spelling the guard forbids matches what its constant matches (a fixed sample)."""
    samples = [
        context.format(number)
        for number in range(1400, 2200, 3)
        for context in ("{0}", "({0})", "1{0}", "{0}0", "{0}a", "{0}b,", "x{0}y", "{0}-{0}")
    ]
    for sample in samples:
        assert re.findall(spelling, sample) == re.findall(constant, sample), sample


def _literal(node: ast.expr) -> str | None:
    """The string a module-level definition writes out: ``r"..."`` or ``lazy_compile(r"...")``
    / ``re.compile(r"...")``."""
    if isinstance(node, ast.Call) and node.args:
        node = node.args[0]
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _copies() -> list[str]:
    copies = []
    for path in sorted(ROOT.rglob("*.py")):
        if path.name == "years.py" and path.parent.name == "parse":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for statement in tree.body:
            if not isinstance(statement, ast.Assign | ast.AnnAssign):
                continue
            if statement.value is None:
                continue
            text = _literal(statement.value)
            if text is not None and (text in _SPELLINGS or text in _SPELLINGS.values()):
                copies.append(f"{path.relative_to(ROOT.parent)}:{statement.lineno}")
    return copies


def test_no_module_copies_a_shared_year() -> None:
    """A module-level year pattern that is one of the shared ones is imported from
    :mod:`bibcheck.parse.years`, not written out again."""
    assert _copies() == []
