"""Build a held-out corpus (tests/heldout2, heldout3, heldout4 ...) from its annotated sources.

Each document has a folder ``_src/<format>/<name>/`` holding its files, annotated, and a
``meta.json`` with the rest of its key (reader, clean, notes, literature, options, about).

Annotations are written by hand next to each citation while writing the document:
``⟦label⟧`` (or ``⟦a|b⟧`` for a marker citing several notes) marks a citation on that line,
``⟦!kind⟧`` a defect planted on that line (kind: a FindingKind value, e.g. ``malformed-field``).  They are removed from the written file (nothing
else changes, so line numbers are those of the file) and become the key's ``citations`` and
``defects``.  Files are written in the encoding ``meta.json`` gives them (default UTF-8).

``meta.json`` fields besides the key's own: ``flat`` (write the files straight into the format
folder instead of a folder of their own), ``encoding`` ({file: codec}), ``newline``
({file: "\\r\\n"}).  Word documents (``_src/docx``) and PDF-to-text documents
made from LaTeX (``_src/pdftext/*`` with a ``tex`` source) have builders of their own
(build_docx.py, build_pdftext.py); hand-shaped PDF-to-text documents are built here.

    .venv/bin/python tests/corpus_build/build.py tests/heldout4 [format|name ...]
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

NOTE = re.compile(r"⟦([^⟦⟧]*)⟧")


def strip(text: str) -> tuple[str, list[tuple[str, int]], list[tuple[str, int]]]:
    """The text without annotations, its citations and its defects (label/kind, line)."""
    cites: list[tuple[str, int]] = []
    defects: list[tuple[str, int]] = []
    lines = text.split("\n")
    for i, line in enumerate(lines):
        for m in NOTE.finditer(line):
            for item in m.group(1).split("|"):
                item = item.strip()
                if not item:
                    raise ValueError(f"empty annotation at line {i + 1}: {line!r}")
                if item.startswith("!"):
                    defects.append((item[1:], i + 1))
                else:
                    cites.append((item, i + 1))
        lines[i] = NOTE.sub("", line)
    return "\n".join(lines), cites, defects


def key_for(
    meta: dict[str, Any], cites: list[tuple[str, int]], defects: list[tuple[str, int]]
) -> dict[str, Any]:
    key: dict[str, Any] = {}
    for name in ("about", "document", "reader", "reader_not", "options", "clean"):
        if name in meta:
            key[name] = meta[name]
    key["citations"] = [[label, line] for label, line in cites]
    for name in ("notes", "literature"):
        if name in meta:
            key[name] = meta[name]
    key["defects"] = [{"kind": k, "line": n} for k, n in defects] + meta.get("defects", [])
    for name in ("expect_error", "error_ok", "error_mentions", "only_reader"):
        if name in meta:
            key[name] = meta[name]
    return key


def dump(key: dict[str, Any]) -> str:
    """The key as JSON, one citation pair, note or entry a line (readable diffs)."""
    out = ["{"]
    items = list(key.items())
    for i, (name, value) in enumerate(items):
        comma = "," if i < len(items) - 1 else ""
        if name in ("citations", "literature", "defects") and value:
            rows = [json.dumps(v, ensure_ascii=False) for v in value]
            out.append(f" {json.dumps(name)}: [")
            out += [f"  {r}," for r in rows[:-1]] + [f"  {rows[-1]}", f" ]{comma}"]
        elif name == "notes" and value:
            rows = [
                f"{json.dumps(k, ensure_ascii=False)}: {json.dumps(v, ensure_ascii=False)}"
                for k, v in value.items()
            ]
            out.append(' "notes": {')
            out += [f"  {r}," for r in rows[:-1]] + [f"  {rows[-1]}", f" }}{comma}"]
        else:
            out.append(f" {json.dumps(name)}: {json.dumps(value, ensure_ascii=False)}{comma}")
    out.append("}")
    text = "\n".join(out) + "\n"
    json.loads(text)
    return text


def build_one(folder: Path) -> Path:
    fmt, name = folder.parent.name, folder.name
    out = folder.parents[2]  # <corpus>/_src/<format>/<name>
    meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    base = out / fmt if meta.get("flat") else out / fmt / name
    cites: list[tuple[str, int]] = []
    defects: list[tuple[str, int]] = []
    doc_first = sorted(folder.rglob("*"), key=lambda p: (p.name != Path(meta["document"]).name, p))
    for path in doc_first:
        if path.is_dir() or path.name == "meta.json":
            continue
        rel = path.relative_to(folder).as_posix()
        text, c, d = strip(path.read_text(encoding="utf-8"))
        cites += c
        defects += d
        newline = meta.get("newline", {}).get(rel, "\n")
        data = text.replace("\n", newline).encode(meta.get("encoding", {}).get(rel, "utf-8"))
        target = base / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    if "document" not in meta:
        raise ValueError(f"{folder}: meta.json must name the document")
    if not meta.get("flat"):
        meta["document"] = f"{name}/{meta['document']}"
    key = key_for(meta, cites, defects)
    key_path = out / fmt / f"{name}.key.json"
    key_path.write_text(dump(key), encoding="utf-8")
    return key_path


def main() -> None:
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    corpus, only = Path(sys.argv[1]).resolve(), set(sys.argv[2:])
    for meta in sorted((corpus / "_src").glob("*/*/meta.json")):
        folder = meta.parent
        special = json.loads(meta.read_text(encoding="utf-8")).get("tex") is not None
        if folder.parent.name == "docx" or special:
            continue  # built by build_docx.py / build_pdftext.py
        if only and folder.name not in only and folder.parent.name not in only:
            continue
        print(build_one(folder).relative_to(corpus))


if __name__ == "__main__":
    main()
