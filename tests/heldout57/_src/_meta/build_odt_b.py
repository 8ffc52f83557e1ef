"""Builds heldout57 half B's OpenDocument chapter with tests/corpus_build/build_odt.py's Doc,
unchanged (its own main writes only tests/corpus/odt).  Source: _src/odt/<name>/body.txt (one
body paragraph a line, footnotes {fn:...} numbered by the builder, each a citation at its body
paragraph) and meta.json (written by keys_b.py).  Writes tests/heldout57/odt/<name>.odt and
<name>.key.json (with the key's `document`).

    .venv/bin/python tests/heldout57/_src/_meta/build_odt_b.py
"""
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]  # tests/heldout57
sys.path.insert(0, str(ROOT.parent / "corpus_build"))
import build_odt  # noqa: E402
from build import dump  # noqa: E402

NAMES = ["deflusso-ecologico-it"]


def main() -> None:
    build_odt.OUT = ROOT / "odt"
    build_odt.OUT.mkdir(parents=True, exist_ok=True)
    for name in NAMES:
        folder = ROOT / "_src" / "odt" / name
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
        lines = [l for l in (folder / "body.txt").read_text(encoding="utf-8").split("\n") if l]
        doc = build_odt.Doc(name, meta, lines)
        doc.write()
        key_path = build_odt.OUT / f"{name}.key.json"
        key = json.loads(key_path.read_text(encoding="utf-8"))
        out = {"about": key.pop("about"), "document": meta["document"]}
        out.update(key)
        out.setdefault("defects", [])
        key_path.write_text(dump(out), encoding="utf-8")
        print(key_path.relative_to(ROOT))


if __name__ == "__main__":
    main()
