"""Checks heldout56 half B's built documents against their keys (the writer's own script).
    python3 tests/heldout56/_src/_meta/check_b.py"""
import json, os, re, sys
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
bad = []


def load(fmt, name):
    key = json.load(open(os.path.join(ROOT, fmt, f"{name}.key.json"), encoding="utf-8"))
    lines = open(os.path.join(ROOT, fmt, key["document"]), encoding="utf-8").read().split("\n")
    return key, lines


def pairs(key):
    return sorted((str(l), n) for l, n in key["citations"])


def same(what, got, key):
    want = pairs(key)
    got = sorted(got)
    if got != want:
        bad.append(f"{what}: pairs differ\n  only found: {sorted(set(got) - set(want))}\n  only keyed: {sorted(set(want) - set(got))}")


# no annotation left anywhere
for dp, _, fs in os.walk(ROOT):
    if "_src" in dp:
        continue
    for f in fs:
        if f.endswith(".md") and dp == ROOT:
            continue
        if "⟦" in open(os.path.join(dp, f), encoding="utf-8").read():
            bad.append(f"annotation left in {dp}/{f}")

# typst
key, lines = load("typst", "pratique-dominicale-fr")
yml = open(os.path.join(ROOT, "typst", "pratique-dominicale-fr", "sources.yml"), encoding="utf-8").read()
ykeys = re.findall(r"^([\w-]+):$", yml, re.M)
got = []
for i, l in enumerate(lines, 1):
    for m in re.finditer(r"@([\w-]+)|#cite\(<([\w-]+)>", l):
        k = (m.group(1) or m.group(2)).rstrip("-")
        if k.startswith("tab:") or k == "tab":
            continue
        got.append((k, i))
same("typst", got, key)
assert all(k in ykeys for k, _ in got), "typst: key not in yml"
assert set(ykeys) == {k for k, _ in got}, "typst: uncited yml entry"
assert len(key["literature"]) == len(ykeys)

# pandoc
key, lines = load("pandoc", "qumran-isaie-en")
bib = open(os.path.join(ROOT, "pandoc", "qumran-isaie-en", "refs.bib"), encoding="utf-8").read()
bkeys = re.findall(r"^@\w+\{([\w-]+),", bib, re.M)
end = lines.index("---", 1)
got = []
for i, l in enumerate(lines, 1):
    if i <= end + 1:
        continue
    for m in re.finditer(r"@([\w-]+)", l):
        got.append((m.group(1).rstrip("-"), i))
    for m in re.finditer(r"\[\^(\d+)\](?!:)", l):
        got.append((m.group(1), i))
same("pandoc", got, key)
cited = {k for k, _ in got if not k.isdigit()}
assert cited - set(bkeys) == {"fabry2019"}, cited - set(bkeys)
assert set(bkeys) <= cited
assert [d["line"] for d in key["defects"]] == [n for k, n in got if k == "fabry2019"]
assert [k for k in bkeys] == list(key["notes"]), "pandoc: bib order vs key"

# supmarkdown
key, lines = load("supmarkdown", "missao-angola-pt")
got = []
notes_at = lines.index("## Notas")
for i, l in enumerate(lines, 1):
    if i > notes_at:
        continue
    for m in re.finditer(r"<sup>([\d,]+)</sup>", l):
        got += [(n, i) for n in m.group(1).split(",")]
same("supmarkdown", got, key)
nums = [int(re.match(r"(\d+)\. ", l).group(1)) for l in lines[notes_at:] if re.match(r"\d+\. ", l)]
first = []
for n, _ in sorted(got, key=lambda x: (x[1], int(x[0]))):
    if int(n) not in first:
        first.append(int(n))
assert first == list(range(1, 23)), first
assert nums == list(range(1, 23))

# mediawiki
key, lines = load("mediawiki", "concile-constance-fr")
got, names, sfns, n = [], {}, {}, 0
pat = re.compile(r"<ref name=\"(\w+)\"\s*/>|<ref(?: name=\"(\w+)\")?>|\{\{sfn\|([^}]*)\}\}")
bibl_at = next(i for i, l in enumerate(lines, 1) if l.startswith("== Bibliographie"))
for i, l in enumerate(lines, 1):
    if i >= bibl_at:
        break
    for m in pat.finditer(l):
        if m.group(1):
            got.append((str(names[m.group(1)]), i))
        elif m.group(3) is not None:
            if m.group(3) in sfns:
                got.append((str(sfns[m.group(3)]), i))
            else:
                n += 1
                sfns[m.group(3)] = n
                got.append((str(n), i))
        else:
            n += 1
            if m.group(2):
                names[m.group(2)] = n
            got.append((str(n), i))
same("mediawiki", got, key)
assert n == len(key["notes"]) == 17
bibl = [l for l in lines[bibl_at:] if l.startswith("* {{Ouvrage")]
assert len(bibl) == len(key["literature"]) == 6
for s, num in sfns.items():
    a, y = s.split("|")[:2]
    hits = [b for b in bibl if a in b and f"année={y}" in b]
    assert len(hits) == 1, (s, hits)
    assert key["notes"][str(num)]["authors"] == [a] and key["notes"][str(num)]["year"] == int(y), s

# asciidoc
key, lines = load("asciidoc", "synody-polskie-pl")
got = []
bib_at = lines.index("[bibliography]")
for i, l in enumerate(lines, 1):
    if i > bib_at:
        continue
    for m in re.finditer(r"<<([\w-]+)(?:,[^>]*)?>>|xref:([\w-]+)\[", l):
        got.append((m.group(1) or m.group(2), i))
same("asciidoc", got, key)
anchors = [(m.group(1), i) for i, l in enumerate(lines, 1) for m in re.finditer(r"\[\[\[([\w-]+)\]\]\]", l)]
assert [a for a, _ in anchors if a != "Tazbir1967"] == list(key["notes"]), "asciidoc: list order vs key"
uncited = [(a, i) for a, i in anchors if a not in {k for k, _ in got}]
assert uncited == [("Tazbir1967", d["line"]) for d in key["defects"]], uncited
assert {k for k, _ in got} <= {a for a, _ in anchors}
assert len(key["literature"]) == len(anchors) == 15

for b in bad:
    print(b)
print("OK" if not bad else f"{len(bad)} problem(s)")
for fmt, name in [("typst", "pratique-dominicale-fr"), ("pandoc", "qumran-isaie-en"), ("supmarkdown", "missao-angola-pt"),
                  ("mediawiki", "concile-constance-fr"), ("asciidoc", "synody-polskie-pl")]:
    k, _ = load(fmt, name)
    print(f"{fmt}/{name}: {len(k['citations'])} pairs, {len(k.get('notes', {}))} notes, {len(k.get('literature', []))} entries, defects {k['defects']}")
sys.exit(1 if bad else 0)
