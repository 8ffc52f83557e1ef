"""Checks half A's built documents against their keys (the writer's own check; no bibcheck code).
    python3 tests/heldout50/_src/_meta/check_a.py"""
import json, re, sys, zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
bad = []


def key(fmt, name):
    return json.loads((ROOT / fmt / f"{name}.key.json").read_text(encoding="utf-8"))


def lines(fmt, name, doc):
    return (ROOT / fmt / name / doc).read_text(encoding="utf-8").split("\n")


def common(fmt, name, k, planted=()):
    for lab, _ in k["citations"]:
        if lab not in k.get("notes", {}) and lab not in planted:
            bad.append(f"{fmt}/{name}: {lab} has no note")
    cited = {lab for lab, _ in k["citations"]}
    for lab in k.get("notes", {}):
        if lab not in cited:
            bad.append(f"{fmt}/{name}: note {lab} uncited")


# latex: \footcite(s) numbered in order; \parencite by key
k = key("latex", "friedensordnung-de")
L = lines("latex", "friedensordnung-de", "kapitel2.tex")
n = 0
foot = {}
for i, line in enumerate(L, 1):
    for m in re.finditer(r"\\(footcites?|parencite)(?:\[[^\]]*\])*\{([^}]*)\}", line):
        if m.group(1).startswith("footcite"):
            n += 1
            foot[(str(n), i)] = m.group(2)
        else:
            foot[(m.group(2), i)] = m.group(2)
want = {(l, ln) for l, ln in k["citations"]}
if want != set(foot):
    bad.append(f"latex: {sorted(want ^ set(foot))}")
bib = (ROOT / "latex/friedensordnung-de/dissertation.bib").read_text(encoding="utf-8")
keys = set(re.findall(r"@\w+\{([^,]+),", bib))
for (lab, ln), bk in foot.items():
    if bk not in keys and bk != "wolf2016":
        bad.append(f"latex: {bk} not in bib")
common("latex", "friedensordnung-de", k, planted={"11"})
assert k["defects"] == [{"kind": "missing-literature-entry", "line": [ln for l, ln in k["citations"] if l == "11"][0]}]

# typst / asciidoc: the keyed line holds the key as a citation
for fmt, name, doc, pat in [("typst", "thucydides-funeral", "thucydides-funeral.typ", r"(?:@{0}\b|<{0}>)"),
                            ("asciidoc", "psalter-catalogue", "psalter-catalogue.adoc", r"<<{0}(?:,|>>)")]:
    k = key(fmt, name)
    L = lines(fmt, name, doc)
    for lab, ln in k["citations"]:
        if not re.search(pat.format(re.escape(lab)), L[ln - 1]):
            bad.append(f"{fmt}: {lab} not at line {ln}")
    found = set()
    for i, line in enumerate(L, 1):
        for m in re.finditer(r"@([a-z]+\d{4})\b|<([a-z]+\d{4})>|<<([\w-]+)", line):
            found.add((next(g for g in m.groups() if g), i))
    if found != {tuple(c) for c in k["citations"]}:
        bad.append(f"{fmt}: {sorted(found ^ {tuple(c) for c in k['citations']})}")
    common(fmt, name, k)
k = key("asciidoc", "psalter-catalogue")
L = lines("asciidoc", "psalter-catalogue", "psalter-catalogue.adoc")
assert "[[[cockerell1907]]]" in L[k["defects"][0]["line"] - 1], k["defects"]
entries = [re.search(r"\[\[\[([\w-]+)\]\]\]", l).group(1) for l in L if "[[[" in l]
assert len(entries) == len(k["literature"]) == 14

# mediawiki: notes numbered in order of first use; sfn with the same args and named refs reused
k = key("mediawiki", "macrobius")
L = lines("mediawiki", "macrobius", "macrobius.wiki")
seen, got = [], set()
for i, line in enumerate(L, 1):
    for m in re.finditer(r"\{\{sfn\|([^}]*)\}\}|<ref name=\"(\w+)\"\s*/>|<ref(?: name=\"(\w+)\")?>(.*?)</ref>", line):
        ident = m.group(1) or m.group(2) or m.group(3) or m.group(4)
        if ident not in seen:
            seen.append(ident)
        got.add((str(seen.index(ident) + 1), i))
if got != {tuple(c) for c in k["citations"]}:
    bad.append(f"mediawiki: {sorted(got ^ {tuple(c) for c in k['citations']})}")
common("mediawiki", "macrobius", k)

# odt: footnotes in content.xml = notes; no annotation
z = zipfile.ZipFile(ROOT / "odt/getijdenboek-nl.odt")
xml = z.read("content.xml").decode()
k = key("odt", "getijdenboek-nl")
nfn = len(re.findall(r"<text:note ", xml))
if nfn != len(k["notes"]) or "⟦" in xml:
    bad.append(f"odt: {nfn} notes")
common("odt", "getijdenboek-nl", k)

# no annotation left in any built file
for p in ROOT.rglob("*"):
    if "_src" in p.parts or p.is_dir() or p.suffix == ".odt":
        continue
    if "⟦" in p.read_text(encoding="utf-8") and not p.name.endswith(".key.json"):
        bad.append(f"annotation left in {p}")
print("\n".join(bad) or "all checks passed")
sys.exit(1 if bad else 0)
