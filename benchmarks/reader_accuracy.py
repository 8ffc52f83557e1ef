"""Reader accuracy per format on the hand-made corpus (tests/corpus, see its README).

For each format: documents, citations in the keys, citation recall and precision, reference-field
accuracy, false findings per 100 citations on clean documents, and documents that failed (refused,
wrong reader, or nothing read).  ``-v`` lists every miss.

    .venv/bin/python benchmarks/reader_accuracy.py
    .venv/bin/python benchmarks/reader_accuracy.py -v --format latex
    .venv/bin/python benchmarks/reader_accuracy.py --heldout    # documents no reader author saw
    .venv/bin/python benchmarks/reader_accuracy.py --heldout --root tests/heldout2 -v
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.corpus_score import CORPUS, HELDOUT, Score, formats, score_format  # noqa: E402

TARGETS = "targets: recall >= 0.98, precision >= 0.99, fields >= 0.95, false/100 <= 1, no failures"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--format", action="append", help="only these formats")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    parser.add_argument(
        "--heldout",
        action="store_true",
        help="score tests/heldout (documents written apart from the readers) instead",
    )
    parser.add_argument(
        "--root",
        type=Path,
        help="score the corpus in this folder (<format>/<name>.key.json), e.g. tests/heldout2",
    )
    args = parser.parse_args()
    root = HELDOUT if args.heldout else CORPUS
    if args.root is not None:
        root = args.root if args.root.is_absolute() else Path.cwd() / args.root
        if not root.is_dir():
            parser.error(f"--root {args.root}: no such folder")
    chosen = args.format or formats(root)
    header = f"{'format':<14}{'docs':>5}{'cites':>7}{'recall':>8}{'prec':>8}{'fields':>8}"
    print(header + f"{'false/100':>10}{'defects':>9}{'failed':>8}")
    total = Score()
    for fmt in chosen:
        score = score_format(fmt, root)
        total.add(score)
        _row(fmt, score)
        if args.verbose:
            for line in [*score.failures, *score.misses]:
                print(f"    {line}")
    print("-" * (len(header) + 27))
    _row("all", total)
    print(TARGETS)


def _row(name: str, s: Score) -> None:
    print(
        f"{name:<14}{s.documents:>5}{s.expected:>7}{s.recall:>8.3f}{s.precision:>8.3f}"
        f"{s.field_accuracy:>8.3f}{s.false_per_100:>10.2f}"
        f"{f'{s.defects_found}/{s.defects}':>9}{len(s.failures):>8}"
    )


if __name__ == "__main__":
    main()
