"""Builds heldout54 half B's OpenDocument chapter with tests/corpus_build/build_odt.py's Doc,
unchanged (that builder's own main writes only tests/corpus/odt): the source is
_src/odt/<name>/body.txt (one body paragraph a line, build_odt's markup; `{fn:…}` footnotes are
numbered by the builder and are pairs at their paragraph), the key fields _src/odt/<name>/meta.json
(written by keys_b.py).  Output: tests/heldout54/odt/<name>.odt and <name>.key.json.

    .venv/bin/python tests/heldout54/_src/_meta/build_odt_b.py"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parents[1]
sys.path.insert(0, str(CORPUS.parent / "corpus_build"))
import build_odt  # noqa: E402

build_odt.OUT = CORPUS / "odt"

for name in ("josefa-obidos-pt",):
    src = CORPUS / "_src" / "odt" / name
    meta = json.loads((src / "meta.json").read_text(encoding="utf-8"))
    lines = (src / "body.txt").read_text(encoding="utf-8").rstrip("\n").split("\n")
    build_odt.OUT.mkdir(parents=True, exist_ok=True)
    build_odt.Doc(name, meta, lines).write()
    print(f"wrote {build_odt.OUT / name}.odt")
