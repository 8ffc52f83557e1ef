"""The footnote-label patterns of the readers' sniffers stay linear over a run of "[^".

A pattern reading a footnote's label as "[^" then anything but "]" scanned, from every "[^"
of a run with no "]", to the text's end: quadratic work (a plain-text list entry of 16 KB
of "[^" cost 9.6x the engine's stops of one of 4 KB).  The label holds no bracket, so the
scan now stops at the next "[": each character is read from one place.  Counted in steps
(:mod:`tests.worksteps`, one-character repeats unrolled), never timed.
"""

from __future__ import annotations

import functools
import re
from types import ModuleType

import pytest

from bibcheck.lazyre import LazyPattern
from bibcheck.readers import bibtex, evidence, mdlinks, rst
from tests.worksteps import steps, unrolled_repeats

SMALL, LARGE = 4_000, 16_000
GROWTH = 8  # 4x the text: a linear scan grows ~4x, a quadratic one ~16x
FLOOR = 20  # steps below which a ratio says nothing (a linear scan of 4 KB takes ~10)


def _run(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _source(pattern: LazyPattern | re.Pattern[str]) -> tuple[str, int]:
    if isinstance(pattern, LazyPattern):
        return pattern.pattern, pattern.compiled.flags
    return pattern.pattern, pattern.flags


def _steps(pattern: LazyPattern | re.Pattern[str], text: str) -> int:
    source, flags = _source(pattern)
    with unrolled_repeats():
        compiled = re.compile(source, flags)
        call = functools.partial(lambda p, t: list(p.finditer(t)), compiled, text)
        call()  # (compiled and warmed: only the scan is counted)
        found = steps(call, limit=100_000_000)
    assert found is not None
    return found


# (module, pattern's name, the unit of the run: "[^" openings, or lines opening "[" or
# "[^", no "]"; a real text in the same language and the label the pattern finds in it)
CASES = [
    pytest.param(rst, "_MARKDOWN", "[^", "Growth[^1].", "[^1]", id="rst-markdown-sign"),
    pytest.param(
        rst, "_MARKDOWN", "[^сн", "Рост[^сн2].", "[^сн2]", id="rst-markdown-sign-cyrillic"
    ),
    pytest.param(bibtex, "_MANUSCRIPT", "[^", "Growth[^a].", "[^a]", id="bibtex-manuscript-sign"),
    pytest.param(
        bibtex, "_MANUSCRIPT", "[^注", "増加[^注1]。", "[^注1]", id="bibtex-manuscript-sign-cjk"
    ),
    pytest.param(evidence, "_PANDOC_MARKER", "[^", "Growth[^1].", "[^1]", id="evidence-marker"),
    pytest.param(
        evidence, "_PANDOC_MARKER", "[^n", "Wachstum[^n3].", "[^n3]", id="evidence-marker-german"
    ),
    pytest.param(
        mdlinks, "_FOOTNOTE_DEFINITION", "[^a\n", "[^1]: Smith J.", "[^1]:", id="mdlinks-note-def"
    ),
    pytest.param(
        mdlinks,
        "_FOOTNOTE_DEFINITION",
        "[^Anm\n",
        "Text.\n\n[^Anm1]: Müller K.",
        "[^Anm1]:",
        id="mdlinks-note-def-german",
    ),
    pytest.param(
        mdlinks,
        "_REFERENCE_DEFINITION",
        "[a\n",
        "Text.\n\n[Smith 2020]: https://example.org/a",
        "[Smith 2020]: h",
        id="mdlinks-link-def",
    ),
    pytest.param(
        mdlinks,
        "_REFERENCE_DEFINITION",
        "[ссылка\n",
        "Текст.\n\n[Иванов\n2020]: https://example.org/a",
        "[Иванов\n2020]: h",
        id="mdlinks-link-def-over-two-lines-cyrillic",
    ),
]


@pytest.mark.parametrize(("module", "name", "unit", "text", "found"), CASES)
def test_a_run_of_unclosed_labels_is_scanned_linearly(
    module: ModuleType, name: str, unit: str, text: str, found: str
) -> None:
    pattern = getattr(module, name)
    small = _steps(pattern, _run(unit, SMALL))
    large = _steps(pattern, _run(unit, LARGE))
    assert large <= GROWTH * max(small, FLOOR), f"{small} steps at 4 KB, {large} at 16 KB"
    m = pattern.search(text)  # (a real label is still found)
    assert m is not None and m.group().lstrip() == found
