"""LaTeX reader on hostile and large inputs: time and peak memory at 1x, 2x, 4x and 8x.

Each case of ``tests/test_latex_linear.py`` (one \\cite with many keys, unclosed
footnotes and options, nesting, macros, lists ...) is read at four sizes, and one
case is ingested whole (reader, fields, claims, linking); linear growth shows as time
and memory doubling with the size.  The same .bib named by several documents
is parsed once (``parses`` column of the last case).

    .venv/bin/python benchmarks/latex_bench.py [--base 2000]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import bibcheck.bibfile  # noqa: E402
from bibcheck.manuscript import parse_bytes, parse_file  # noqa: E402
from bibcheck.readers.latex import read_at  # noqa: E402
from tests.test_latex_linear import CASES, one_cite_many_keys  # noqa: E402


def measure(run: Callable[[], object]) -> tuple[float, float]:
    """(seconds, peak MiB) of one run."""
    tracemalloc.start()
    start = time.perf_counter()
    try:
        run()
    finally:
        elapsed = time.perf_counter() - start
        peak = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
    return elapsed, peak


def row(name: str, sizes: list[int], make: Callable[[int], Callable[[], object]]) -> None:
    cells = []
    for n in sizes:
        seconds, peak = measure(make(n))
        cells.append(f"{n:>7} {seconds:7.2f}s {peak:8.1f}MiB")
    print(f"{name:<30}" + " | ".join(cells))


def shared_bib(n: int) -> Callable[[], object]:
    """n manuscripts naming the same 2,000-entry .bib (three times each)."""
    folder = Path(tempfile.mkdtemp())
    entries = "".join(
        f"@article{{k{i}, author={{Author, A{i}}}, title={{Title {i}}}, year=2020}}\n"
        for i in range(2000)
    )
    (folder / "shared.bib").write_text(entries)
    for d in range(n):
        (folder / f"m{d}.tex").write_text(
            "\\bibliography{shared,shared}\n\\addbibresource{shared.bib}\n\\begin{document}\n"
            + " ".join(f"Claim \\cite{{k{i}}}." for i in range(0, 2000, 50))
            + "\n\\end{document}\n"
        )

    def run() -> None:
        bibcheck.bibfile._CACHE.clear()
        for d in range(n):
            parse_file(folder / f"m{d}.tex")

    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--base", type=int, default=1000, help="size at 1x (default 1000)")
    args = parser.parse_args()
    print("reader only (bibcheck.readers.latex.read_at):")
    for name, make, _ in CASES:
        sizes = [args.base * k for k in (1, 2, 4, 8)]
        row(name, sizes, lambda n, make=make: lambda: read_at(make(n), ""))
    # Whole ingest: many markers in one paragraph also time the claim finder
    # (bibcheck.parse.claim_text), which is not the reader's.
    print("whole ingest (parse_bytes):")
    sizes = [args.base * k for k in (1, 2, 4, 8)]
    parse_bytes(one_cite_many_keys(1).encode(), "warm-up.tex")
    row(
        "one-cite-many-keys",
        sizes,
        lambda n: lambda: parse_bytes(one_cite_many_keys(n).encode(), "x.tex"),
    )
    row("50,000 keys in one \\cite", [50_000], lambda n: lambda: read_at(one_cite_many_keys(n), ""))
    calls = [0]
    real = bibcheck.bibfile.parse_string

    def counting(*a: object, **k: object) -> object:
        calls[0] += 1
        return real(*a, **k)  # type: ignore[arg-type]

    bibcheck.bibfile.parse_string = counting  # type: ignore[assignment]
    row("documents sharing a .bib", [1, 2, 4, 8], shared_bib)
    bibcheck.bibfile.parse_string = real
    print(f"    .bib parses over all four runs: {calls[0]} (one per run)")


if __name__ == "__main__":
    main()
