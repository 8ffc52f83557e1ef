"""Checks heldout55 half A's built documents against their keys (the writer's own script).
  .venv/bin/python tests/heldout55/_src/_meta/check_a.py"""
import json, re, sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
bad = []


def key(fmt, name):
    return json.loads((ROOT / fmt / f"{name}.key.json").read_text(encoding="utf-8"))


def bibkeys(path):
    text = path.read_text(encoding="utf-8")
    return [m.group(2) for m in re.finditer(r"^@(\w+)\{([^,\s]+),", text, re.M) if m.group(1).lower() != "string"]


def same(name, got, want):
    got, want = [tuple(x) for x in got], [tuple(x) for x in want]
    if sorted(got) != sorted(want):
        bad.append(f"{name}: pairs differ\n  only built: {sorted(set(got) - set(want))}\n  only key: {sorted(set(want) - set(got))}")


def norm(t):
    return re.sub(r"[^\w]+", "", t.lower())


# no annotation left anywhere
for p in ROOT.rglob("*"):
    if p.is_file() and "_src" not in p.parts and p.name not in ("README.md", "HALF_B.md") and "⟦" in p.read_text(encoding="utf-8"):
        bad.append(f"annotation left in {p}")

# rmarkdown
k = key("rmarkdown", "inflacion-energia-es")
lines = (ROOT / "rmarkdown/inflacion-energia-es/inflacion.Rmd").read_text(encoding="utf-8").split("\n")
got, yaml, chunk = [], 0, False
for i, l in enumerate(lines, 1):
    if l == "---":
        yaml += 1
        continue
    if yaml < 2:
        continue
    if l.startswith("```"):
        chunk = not chunk
        continue
    if chunk:
        continue
    got += [[m.group(1), i] for m in re.finditer(r"(?<![\w.\\])-?@([A-Za-z][\w:-]*\w)", l)]
same("rmarkdown", got, k["citations"])
bib = bibkeys(ROOT / "rmarkdown/inflacion-energia-es/referencias.bib")
cited = {c for c, _ in got}
assert cited - set(bib) == {"arce2023"}, cited - set(bib)
assert set(bib) <= cited and len(bib) == len(k["literature"]) == 18
assert k["defects"] == [{"kind": "missing-literature-entry", "line": [n for c, n in got if c == "arce2023"][0]}]
assert set(k["notes"]) == set(bib)

# org
k = key("org", "gfm-weak-grid-org")
lines = (ROOT / "org/gfm-weak-grid-org/gfm-weak-grid.org").read_text(encoding="utf-8").split("\n")
got = []
for i, l in enumerate(lines, 1):
    for m in re.finditer(r"\[cite(?:/[\w/]+)?:([^\]]*)\]", l):
        got += [[c, i] for c in re.findall(r"@([\w:-]+\w)", m.group(1))]
same("org", got, k["citations"])
bib = bibkeys(ROOT / "org/gfm-weak-grid-org/gfm.bib")
first = list(dict.fromkeys(c for c, _ in got))
assert set(first) == set(bib) == set(k["notes"])
assert [k["notes"][c]["title"] for c in first] == [e["title"] for e in k["literature"]], "org list order"

# asciidoc
k = key("asciidoc", "ontwerpnota-kademuur-nl")
lines = (ROOT / "asciidoc/ontwerpnota-kademuur-nl/ontwerpnota.adoc").read_text(encoding="utf-8").split("\n")
got, anchors = [], []
for i, l in enumerate(lines, 1):
    m = re.match(r"\* \[\[\[([^\],]+)\]\]\]", l)
    if m:
        anchors.append(m.group(1))
        continue
    got += [[c, i] for c in re.findall(r"<<([^,>]+)(?:,[^>]*)?>>", l)]
    got += [[c, i] for c in re.findall(r"xref:([\w-]+)\[", l)]
same("asciidoc", got, k["citations"])
assert set(c for c, _ in got) == set(anchors) == set(k["notes"])
assert [k["notes"][a]["title"] for a in anchors] == [e["title"] for e in k["literature"]], "adoc list order"
assert anchors == sorted(anchors, key=str.lower), anchors

# mediawiki: notes numbered in order of first use, named refs reused, sfn each its own
k = key("mediawiki", "wisselbank-amsterdam-en")
lines = (ROOT / "mediawiki/wisselbank-amsterdam-en/wisselbank.wiki").read_text(encoding="utf-8").split("\n")
got, names, sfns, n = [], {}, {}, 0
tok = re.compile(r'<ref name="([^"]+)"\s*/>|<ref(?: name="([^"]+)")?>|\{\{sfn\|([^}]*)\}\}')
for i, l in enumerate(lines, 1):
    if l.startswith("== Sources"):
        break
    for m in tok.finditer(l):
        if m.group(1):
            got.append([str(names[m.group(1)]), i])
        elif m.group(3) is not None:
            if m.group(3) in sfns:
                got.append([str(sfns[m.group(3)]), i])
            else:
                n += 1; sfns[m.group(3)] = n; got.append([str(n), i])
        else:
            n += 1
            if m.group(2):
                names[m.group(2)] = n
            got.append([str(n), i])
same("mediawiki", got, k["citations"])
assert set(k["notes"]) == {str(j) for j in range(1, n + 1)}
src = [l for l in lines if l.startswith("* {{cite")]
assert len(src) == len(k["literature"]) == 6
for l, e in zip(src, k["literature"]):
    assert norm(e["title"]) in norm(l), (e["title"], l[:80])
# every sfn resolves to a Sources entry with its authors and year
for s, num in sfns.items():
    parts = [p for p in s.split("|") if "=" not in p]
    e = k["notes"][str(num)]
    assert parts[:-1] == e["authors"] and int(parts[-1]) == e["year"] and e in k["literature"], (s, e)

# bibtex
k = key("bibtex", "dnb-research-library")
path = ROOT / "bibtex/dnb-research-library/payments-monetary.bib"
text = path.read_text(encoding="utf-8")
bib = bibkeys(path)
assert k["citations"] == [] and "notes" not in k and len(bib) == len(k["literature"]) == 24
titles = re.findall(r"^\s*title\s*=\s*\{(.*)\},?\s*$", text, re.M)
for t, e in zip(titles, k["literature"]):
    tt = t.replace("---", "—").replace("--", "–").replace("``", "“").replace("''", "”").replace("{", "").replace("}", "")
    assert norm(tt) == norm(e["title"]), (t, e["title"])
d = k["defects"]
assert len(d) == 1 and d[0]["kind"] == "malformed-field"
assert "doi" in text.split("\n")[d[0]["line"] - 1] and "/" not in text.split("\n")[d[0]["line"] - 1]

# exactly two planted defects in the half
tot = sum(len(key(f, n)["defects"]) for f, n in [("rmarkdown", "inflacion-energia-es"), ("org", "gfm-weak-grid-org"),
          ("asciidoc", "ontwerpnota-kademuur-nl"), ("mediawiki", "wisselbank-amsterdam-en"), ("bibtex", "dnb-research-library")])
assert tot == 2, tot

print("\n".join(bad) if bad else "all checks passed")
sys.exit(1 if bad else 0)
