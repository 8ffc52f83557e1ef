"""Checks half A's built documents against their keys (the writer's own check; no bibcheck code).
    python3 tests/heldout51/_src/_meta/check_a.py"""
import json, re, sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
bad = []


def key(fmt, name):
    return json.loads((ROOT / fmt / f"{name}.key.json").read_text(encoding="utf-8"))


def text(fmt, name, doc):
    return (ROOT / fmt / name / doc).read_text(encoding="utf-8")


def pairs(k):
    return {tuple(c) for c in k["citations"]}


def common(fmt, name, k, planted=()):
    for lab, _ in k["citations"]:
        if lab not in k.get("notes", {}) and lab not in planted:
            bad.append(f"{fmt}/{name}: {lab} has no note")
    cited = {lab for lab, _ in k["citations"]}
    for lab in k.get("notes", {}):
        if lab not in cited:
            bad.append(f"{fmt}/{name}: note {lab} uncited")
    if len(k["citations"]) != len(pairs(k)):
        bad.append(f"{fmt}/{name}: repeated pair")


# rmarkdown: every pandoc citation key (@key not preceded by a word character) at its line
k = key("rmarkdown", "bicimad-calor-es")
T = text("rmarkdown", "bicimad-calor-es", "informe.Rmd")
body = T.split("\n")
found, fence = set(), False
for i, line in enumerate(body, 1):
    if line.startswith("```"):
        fence = not fence
        continue
    if fence or i < 16:
        continue
    for m in re.finditer(r"(?<![\w.\\])-?@([A-Za-z][\w]*)", line):
        found.add((m.group(1), i))
if found != pairs(k):
    bad.append(f"rmarkdown: {sorted(found ^ pairs(k))}")
bib = text("rmarkdown", "bicimad-calor-es", "referencias.bib")
bkeys = re.findall(r"@\w+\{([^,]+),", bib)
if set(bkeys) != set(k["notes"]) or len(bkeys) != len(k["literature"]):
    bad.append("rmarkdown: bib keys differ from notes")
common("rmarkdown", "bicimad-calor-es", k, planted={"faghih2017"})
d = k["defects"]
if d != [{"kind": "missing-literature-entry", "line": d[0]["line"]}] or "@faghih2017" not in body[d[0]["line"] - 1]:
    bad.append(f"rmarkdown defect {d}")

# bibtex: no citations, one literature item per entry, in file order
k = key("bibtex", "edge-inference-thesis")
bib = text("bibtex", "edge-inference-thesis", "thesis.bib")
entries = re.findall(r"^@(\w+)\{([^,]+),", bib, re.M)
if k["citations"] or k["defects"] or len(entries) != len(k["literature"]) != 17:
    bad.append(f"bibtex: {len(entries)} entries")
years = [int(re.search(r"year = \{(\d{4})\}", chunk).group(1)) for chunk in bib.split("\n@")[1:]]
if years != [e["year"] for e in k["literature"]]:
    bad.append(f"bibtex years {years}")

# supmarkdown: the numbers in <sup>…</sup> at their lines
k = key("supmarkdown", "http3-migracion-ko")
L = text("supmarkdown", "http3-migracion-ko", "design-note.md").split("\n")
found = set()
for i, line in enumerate(L, 1):
    for m in re.finditer(r"<sup>([^<]*)</sup>", line):
        for n in re.split(r"[,\s]+", m.group(1)):
            found.add((n, i))
if found != pairs(k):
    bad.append(f"supmarkdown: {sorted(found ^ pairs(k))}")
items = [l for l in L if re.match(r"\d+\. ", l)]
items = items[-16:]
if [int(l.split(".")[0]) for l in items] != list(range(1, 17)) or len(k["literature"]) != 16:
    bad.append("supmarkdown: list")
common("supmarkdown", "http3-migracion-ko", k)

# markdown-links: every body link's URL is entry n's URL; keyed at the line where the link starts
k = key("markdown-links", "crdt-editor-notes")
T = text("markdown-links", "crdt-editor-notes", "crdt-editor-notes.md")
head, refs = T.split("\n## References\n")
urls = {}
for line in refs.strip().split("\n"):
    m = re.match(r"(\d+)\. .*?\]\((\S+?)\)", line)
    urls[m.group(2)] = m.group(1)
found = set()
for m in re.finditer(r"\[([^\]]+)\]\((\S+?)\)", head):
    ln = head[: m.start()].count("\n") + 1
    if m.group(2) not in urls:
        bad.append(f"markdown-links: body link {m.group(2)} not in list")
        continue
    found.add((urls[m.group(2)], ln))
if found != pairs(k):
    bad.append(f"markdown-links: {sorted(found ^ pairs(k))}")
for n, e in k["notes"].items():
    u = e.get("url") or "https://doi.org/" + e["doi"]
    if urls.get(u) != n:
        bad.append(f"markdown-links: note {n} url {u}")
common("markdown-links", "crdt-editor-notes", k)

# rst: [Lab]_ citations and [#]_ footnotes (numbered in order) at their lines
k = key("rst", "navegacion-hospital-es")
L = text("rst", "navegacion-hospital-es", "navegacion.rst").split("\n")
found, n = set(), 0
for i, line in enumerate(L, 1):
    if line.startswith(".. ["):
        continue
    for m in re.finditer(r"\[([#\w]+)\]_", line):
        if m.group(1) == "#":
            n += 1
            found.add((str(n), i))
        else:
            found.add((m.group(1), i))
if found != pairs(k):
    bad.append(f"rst: {sorted(found ^ pairs(k))}")
labels = [re.match(r"\.\. \[(\w+)\]", l).group(1) for l in L if re.match(r"\.\. \[\w+\]", l)]
if len(labels) != len(k["literature"]) or sum(1 for l in L if l.startswith(".. [#]")) != 3:
    bad.append("rst: entries")
common("rst", "navegacion-hospital-es", k, )
d = k["defects"]
if d != [{"kind": "uncited-literature-entry", "line": d[0]["line"]}] or not L[d[0]["line"] - 1].startswith(".. [Kum11]"):
    bad.append(f"rst defect {d}")

# no annotation left in any built file
for p in ROOT.rglob("*"):
    if "_src" in p.parts or p.is_dir() or p.name.endswith(".key.json") or p.suffix == ".md" and p.parent == ROOT:
        continue
    if "⟦" in p.read_text(encoding="utf-8"):
        bad.append(f"annotation left in {p}")
print("\n".join(bad) or "all checks passed")
sys.exit(1 if bad else 0)
