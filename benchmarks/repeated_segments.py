"""Work of reading corpus lines with one of their segments repeated: a fuzz for patterns
whose work grows faster than the text.

Every reference-like line of the corpora (tests/repeated_segments.py: a year, 40 to 300
characters; ``--every N`` takes one line in N by its hash) is read as a note and as a list
entry with its middle and its last segment repeated ``--few`` and ``--many`` times; the
work is counted in steps (tests/worksteps.py), the same on every run.  It prints the
number of lines and readings, the growth of the work (many repeats over few: linear work
grows at most ``many/few`` times) at the median, the 99th percentile and the most, the
readings that ran past ``--limit`` steps, and the ``--top`` readings that grew the most.

    .venv/bin/python benchmarks/repeated_segments.py [--every 1] [--few 4] [--many 16]
        [--limit 300000] [--top 15]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bibcheck.parse.references import parse_reference  # noqa: E402
from tests.repeated_segments import corpus_lines, growth, segments  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--every", type=int, default=1, help="one line in N (by its hash)")
    parser.add_argument("--few", type=int, default=4)
    parser.add_argument("--many", type=int, default=16)
    parser.add_argument("--limit", type=int, default=300_000, help="steps of one reading")
    parser.add_argument("--top", type=int, default=15)
    args = parser.parse_args(argv)
    lines = [line for line in corpus_lines() if int(line.digest, 16) % args.every == 0]
    for note in (False, True):
        parse_reference("Smith J. Title. Journal 2019;1:2.", [0], note=note)
    started = time.perf_counter()
    grown: list[tuple[float, str, str, str]] = []
    past: list[tuple[str, str, str]] = []
    for line in lines:
        for segment in segments(line.text):
            for note in (False, True):
                mode = "note" if note else "list"
                found = growth(line.text, segment, note, args.few, args.many, args.limit)
                if found is None:
                    past.append((mode, line.place, segment))
                else:
                    grown.append((found, mode, line.place, segment))
    seconds = time.perf_counter() - started
    ratios = sorted(found for found, *_ in grown)
    print(f"lines {len(lines)}  readings {len(grown) + len(past)}  seconds {seconds:.1f}")
    if ratios:
        p99 = ratios[min(len(ratios) - 1, int(len(ratios) * 0.99))]
        print(
            f"growth x{args.many}/x{args.few}: median {statistics.median(ratios):.2f}  "
            f"p99 {p99:.2f}  most {ratios[-1]:.2f}  (linear: at most {args.many / args.few:.0f})"
        )
    print(f"past {args.limit} steps: {len(past)}")
    for mode, place, segment in past:
        print(f"  PAST  {mode}  {place}  {segment!r}")
    for found, mode, place, segment in sorted(grown, reverse=True)[: args.top]:
        print(f"  {found:6.2f}  {mode}  {place}  {segment[:60]!r}")
    return 1 if past else 0


if __name__ == "__main__":
    raise SystemExit(main())
