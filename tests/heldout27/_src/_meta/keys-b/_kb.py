"""Helper for the half-B key scripts of round 27: line numbers of marker text, key writing.

The keys are written by hand below (labels, fields); only the line numbers are looked up, by
the marker text, so that an edit of a document cannot leave a stale line in its key.
"""
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]  # tests/heldout27


def finder(path):
    lines = (ROOT / path).read_text(encoding="utf-8").split("\n")

    def ln(text, nth=1):
        seen = 0
        for i, line in enumerate(lines, 1):
            if text in line:
                seen += 1
                if seen == nth:
                    return i
        raise SystemExit(f"{path}: {text!r} #{nth} not found")

    return ln


def write(path, key):
    seen = set()
    key["citations"] = [c for c in key["citations"] if not (tuple(c) in seen or seen.add(tuple(c)))]
    (ROOT / path).write_text(json.dumps(key, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
