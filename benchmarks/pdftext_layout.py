"""The PDF-text reader's page layout and reading order: how often each is built, and how
long scoring and reading take, per multi-page ``pdftotext`` text of the corpora.

For every ``.txt`` under ``tests/corpus*/pdftext`` and ``tests/heldout*/pdftext`` with a
page break (a form feed), prints: its pages, the best of ``--runs`` times of
:func:`bibcheck.readers.pdftext.score` and :func:`bibcheck.readers.pdftext.read` (ms), and
how many times one score and one read built the page layout (``_layout``) and the reading
order (``reading_order``); then the totals.

    python benchmarks/pdftext_layout.py [--runs 3] [--limit N] [FILE ...]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bibcheck.readers import pdftext  # noqa: E402


def _texts(limit: int | None) -> list[Path]:
    found = sorted(
        path
        for pattern in ("corpus*/pdftext/*.txt", "heldout*/pdftext/*.txt")
        for path in (ROOT / "tests").glob(pattern)
        if "\f" in path.read_text(encoding="utf-8", errors="replace")
    )
    return found[:limit] if limit else found


def _counting(calls: Counter[str]) -> None:
    """Count the calls of the reader's layout and reading-order builders."""
    for name in ("_layout", "reading_order"):
        original = getattr(pdftext, name)

        def wrapper(*args: Any, _f: Callable[..., Any] = original, _n: str = name) -> Any:
            calls[_n] += 1
            return _f(*args)

        setattr(pdftext, name, wrapper)


def _best(run: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()
    paths = args.files or _texts(args.limit)
    calls: Counter[str] = Counter()
    _counting(calls)
    total_score = total_read = 0.0
    print(f"{'document':58} {'pages':>5} {'score ms':>9} {'read ms':>8}  layouts  orders")
    for path in paths:
        text = path.read_text(encoding="utf-8", errors="replace")
        calls.clear()
        pdftext.score(text)
        score_calls = (calls["_layout"], calls["reading_order"])
        calls.clear()
        pdftext.read(text)
        read_calls = (calls["_layout"], calls["reading_order"])
        score_ms = _best(lambda text=text: pdftext.score(text), args.runs)
        read_ms = _best(lambda text=text: pdftext.read(text), args.runs)
        total_score += score_ms
        total_read += read_ms
        name = str(path.relative_to(ROOT / "tests")) if path.is_relative_to(ROOT) else str(path)
        print(
            f"{name[-58:]:58} {text.count(chr(12)) + 1:>5} {score_ms:>9.1f} {read_ms:>8.1f}"
            f"  {score_calls[0]}+{read_calls[0]:<5} {score_calls[1]}+{read_calls[1]}"
        )
    print(f"{f'total ({len(paths)} texts)':58} {'':>5} {total_score:>9.1f} {total_read:>8.1f}")


if __name__ == "__main__":
    main()
