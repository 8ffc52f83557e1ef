"""Field-level accuracy of the reference parsers per style (APA, Chicago, IEEE, Vancouver,
Harvard, Bluebook, GOST, generic).

Runs :func:`bibcheck.parse.references.parse_reference` with style detection on over
the reference tables in ``tests/fixtures/``:

* ``style_references.json`` -- the cases the parsers were written against
  (also asserted by ``tests/test_refparse_styles.py``);
* ``style_references_heldout.json`` -- references written separately and never
  tuned against, which is the fairer figure (round 2 added Bluebook, GOST with and
  without area dashes, names-first "generic" entries, chapters and web pages; they
  were scored as first written, and a miss stays a miss).

For each style it prints, per field, correct / expected and the style
detection rate.  Volume and issue have no field in ``Reference`` yet and are
read from the parser's intermediate fields.

    .venv/bin/python benchmarks/style_accuracy.py
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bibcheck.parse.references import parse_reference  # noqa: E402
from bibcheck.parse.references.styles import detect_fields  # noqa: E402
from bibcheck.urls import extract_urls  # noqa: E402

FIELDS = ("authors", "year", "title", "host", "volume", "issue", "pages", "publisher", "place",
          "doi", "url", "kind")  # fmt: skip


def value(case: dict[str, Any], name: str) -> object:
    """What the parser produced for one field of one case."""
    text = case["text"]
    if name in ("volume", "issue"):
        fields = detect_fields(extract_urls(text, (1,)).rest)
        return getattr(fields, name) if fields else None
    got = getattr(parse_reference(text, (1,), detect_styles=True), name)
    if name == "authors":
        return list(got)
    if name == "kind":
        return got.value
    return got


def score(cases: list[dict[str, Any]]) -> dict[str, dict[str, list[int]]]:
    """style -> field -> [correct, expected]."""
    table: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    for case in cases:
        style = case["style"]
        ref = parse_reference(case["text"], (1,), detect_styles=True)
        table[style]["(style detected)"][0] += ref.style == style
        table[style]["(style detected)"][1] += 1
        for name, expected in case["expected"].items():
            table[style][name][0] += value(case, name) == expected
            table[style][name][1] += 1
    return table


def report(title: str, cases: list[dict[str, Any]]) -> None:
    table = score(cases)
    print(f"\n{title}: {len(cases)} references")
    print(f"{'style':10} {'field':18} {'correct':>8} {'of':>4} {'accuracy':>9}")
    for style in sorted(table):
        total = [0, 0]
        for name in ("(style detected)", *FIELDS):
            if name not in table[style]:
                continue
            ok, n = table[style][name]
            print(f"{style:10} {name:18} {ok:8d} {n:4d} {ok / n:9.0%}")
            if name != "(style detected)":
                total[0] += ok
                total[1] += n
        print(
            f"{style:10} {'ALL FIELDS':18} {total[0]:8d} {total[1]:4d} {total[0] / total[1]:9.0%}"
        )


def main() -> None:
    for name, title in (
        ("style_references.json", "Development cases"),
        ("style_references_heldout.json", "Held-out cases"),
    ):
        cases = json.loads((ROOT / "tests" / "fixtures" / name).read_text(encoding="utf-8"))
        report(title, cases)


if __name__ == "__main__":
    main()
