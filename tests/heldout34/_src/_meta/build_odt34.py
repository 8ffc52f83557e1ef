"""Builds heldout34's .odt documents with tests/corpus_build/build_odt.py's Doc (unchanged),
writing into tests/heldout34/odt instead of tests/corpus/odt.

    PYTHONPATH=. .venv/bin/python tests/heldout34/_src/_meta/build_odt34.py
"""
import json, sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]  # tests/heldout34
sys.path.insert(0, str(ROOT.parent / "corpus_build"))
import build_odt  # noqa: E402

build_odt.OUT = ROOT / "odt"
build_odt.OUT.mkdir(exist_ok=True)
for meta_path in sorted((ROOT / "_src" / "odt").glob("*/meta.json")):
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    lines = (meta_path.parent / "body.txt").read_text(encoding="utf-8").rstrip("\n").split("\n")
    build_odt.Doc(meta_path.parent.name, meta, lines).write()
    print("wrote", build_odt.OUT / meta_path.parent.name)
