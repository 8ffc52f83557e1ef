"""The LaTeX reader grows linearly with its input, whatever the input.

Each case is read at size n and 4n; the Python work done (lines executed in bibcheck,
counted with a trace function) and the peak memory (tracemalloc) must grow about 4
times, never 16 (quadratic).  No wall time is measured here: timings at 1x..8x are
printed by ``benchmarks/latex_bench.py``.
"""

from __future__ import annotations

import sys
import tracemalloc
from collections.abc import Callable
from types import FrameType
from typing import Any

import pytest

from bibcheck.readers.latex import read_at

DOC = "\\documentclass{article}\n\\begin{document}\n%s\n\\end{document}\n"


def one_cite_many_keys(n: int) -> str:
    return DOC % ("A claim \\cite{" + ",".join(f"key{i:07d}" for i in range(n)) + "}.")


def many_cites_one_paragraph(n: int) -> str:
    return DOC % " ".join(f"Claim {i} \\citep[p.~{i}]{{k{i}}}." for i in range(n))


def many_footnotes_one_paragraph(n: int) -> str:
    return DOC % " ".join(f"Claim {i}.\\footnote{{Note {i}, \\emph{{p. {i}}}.}}" for i in range(n))


def unclosed_footnotes(n: int) -> str:
    return DOC % " ".join(f"Claim {i}.\\footnote{{never closed" for i in range(n))


def unclosed_options(n: int) -> str:
    return DOC % " ".join(f"x \\cite[p. {i} and" for i in range(n))


def nested_arguments(n: int) -> str:
    return DOC % ("\\footnote{" * n + "deep \\cite{k}" + "}" * n)


def nested_braces(n: int) -> str:
    return DOC % ("{" * n + "text \\cite{k}" + "}" * n)


def numbered_list(n: int) -> str:
    body = " ".join(f"Claim [{i + 1}, с.~{i}]." for i in range(n))
    items = "\n".join(
        f"\\item Author{i} A. Title {i}. --- Minsk, 2020. --- {i} с." for i in range(n)
    )
    return DOC % (
        body
        + "\n\n\\section*{Список литературы}\n\\begin{enumerate}\n"
        + items
        + "\n\\end{enumerate}"
    )


def thebibliography(n: int) -> str:
    body = " ".join(f"Claim \\cite{{b{i}}}." for i in range(n))
    items = "\n".join(
        f"\\bibitem[A{i}(2020)]{{b{i}}} Author, A. (2020). \\emph{{Title {i}}}. City: Press."
        for i in range(n)
    )
    return DOC % (body + "\n\\begin{thebibliography}{99}\n" + items + "\n\\end{thebibliography}")


def macro_uses(n: int) -> str:
    return "\\newcommand{\\mycite}[2][]{\\citep[#1]{#2}}\n" + DOC % " ".join(
        f"Claim \\mycite[p. {i}]{{k{i}}}." for i in range(n)
    )


def comments_and_conditionals(n: int) -> str:
    return DOC % "\n".join(
        f"Live \\cite{{a{i}}} % dead \\cite{{b{i}}}\n\\iffalse \\cite{{c{i}}} \\fi"
        for i in range(n)
    )


def dollars(n: int) -> str:
    return DOC % ("Price $5 and " * n + "a claim \\cite{k}.")


CASES: list[tuple[str, Callable[[int], str], int]] = [
    ("one-cite-many-keys", one_cite_many_keys, 2000),
    ("many-cites-one-paragraph", many_cites_one_paragraph, 250),
    ("many-footnotes-one-paragraph", many_footnotes_one_paragraph, 200),
    ("unclosed-footnotes", unclosed_footnotes, 300),
    ("unclosed-options", unclosed_options, 300),
    ("nested-footnotes", nested_arguments, 200),
    ("nested-braces", nested_braces, 2000),
    ("numbered-list", numbered_list, 300),
    ("thebibliography", thebibliography, 150),
    ("macro-uses", macro_uses, 150),
    ("comments-and-conditionals", comments_and_conditionals, 200),
    ("stray-dollars", dollars, 1000),
]


def _work(text: str) -> tuple[int, int]:
    """(Python lines executed in bibcheck, peak bytes allocated) to read ``text``."""
    count = 0

    def tracer(frame: FrameType, event: str, arg: Any) -> Callable[..., Any] | None:
        nonlocal count
        if "bibcheck" not in frame.f_code.co_filename:
            return None
        if event == "line":
            count += 1
        return tracer

    tracemalloc.start()
    sys.settrace(tracer)
    try:
        read_at(text, "")
    finally:
        sys.settrace(None)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    return count, peak


@pytest.mark.parametrize(("make", "n"), [pytest.param(m, n, id=name) for name, m, n in CASES])
def test_reading_grows_linearly(make: Callable[[int], str], n: int) -> None:
    small_work, small_peak = _work(make(n))
    big_work, big_peak = _work(make(4 * n))
    assert big_work <= 6 * small_work, (small_work, big_work)
    assert big_peak <= 6 * small_peak, (small_peak, big_peak)


def test_fifty_thousand_keys_in_one_cite_stay_small() -> None:
    tracemalloc.start()
    try:
        raw = read_at(one_cite_many_keys(50_000), "")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert len(raw.markers) == 50_000
    assert peak < 2_000 * 50_000  # under 2 KB per key, not the command text (400 KB) per key
