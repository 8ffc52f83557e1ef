"""Shared helper: write meta.json from a head dict and a list of entries (label, fields)."""
import json, sys
def write(path, head, entries, numbered=True, lit=True):
    notes = {}
    litl = []
    for i, (label, f) in enumerate(entries):
        notes[str(label)] = f
        if lit:
            e = {"number": int(label)} if numbered else {}
            e.update(f)
            litl.append(e)
    meta = dict(head)
    meta["notes"] = notes
    if lit:
        meta["literature"] = litl
    open(path, "w", encoding="utf-8").write(json.dumps(meta, ensure_ascii=False, indent=1) + "\n")
