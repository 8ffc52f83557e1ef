"""Builds heldout73 half B's OpenDocument article with tests/corpus_build/build_odt.py
(`build_corpus`: its `Doc` unchanged, from _src/odt/<name>/body.txt and meta.json, written by
keys_b.py).  Writes tests/heldout73/odt/<name>.odt and <name>.key.json.  The same as

    .venv/bin/python tests/corpus_build/build_odt.py tests/heldout73 statut-vkl-be
"""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]  # tests/heldout73
sys.path.insert(0, str(ROOT.parent / "corpus_build"))
import build_odt  # noqa: E402

if __name__ == "__main__":
    build_odt.build_corpus(ROOT, ["statut-vkl-be"])
