"""Builds half A's OpenDocument chapter of heldout53 with the shared tests/corpus_build/build_odt.py
(its Doc class and markup, unchanged), writing into tests/heldout53/odt instead of tests/corpus/odt.
The source is _src/odt/<name>/body.txt (one body paragraph a line, build_odt's markup; footnotes
{fn:...} numbered by the builder, each a citation at its body paragraph) and meta.json (written by
keys_a.py).  Run from the repository root:
    .venv/bin/python tests/heldout53/_src/_meta/build_odt_a.py"""
import json, sys
from pathlib import Path
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT.parents[0] / "corpus_build"))
import build_odt  # noqa: E402

build_odt.OUT = ROOT / "odt"
build_odt.OUT.mkdir(parents=True, exist_ok=True)
for name in ["emigrazione-veneta-it"]:
    src = ROOT / "_src" / "odt" / name
    lines = [l for l in (src / "body.txt").read_text(encoding="utf-8").split("\n") if l.strip()]
    meta = json.loads((src / "meta.json").read_text(encoding="utf-8"))
    doc = build_odt.Doc(name, meta, lines)
    doc.write()
    print(f"wrote {build_odt.OUT / name}.odt, {len(doc.cites)} pairs")
