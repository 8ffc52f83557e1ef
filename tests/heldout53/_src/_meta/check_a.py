"""Half A's own check of heldout53 (run from the repository root after building): every keyed
pair is where the built file has its marker, and nothing else is a marker; every cited label has
a note except the planted one; no annotation is left in a built file; list orders match."""
import json, re, zipfile
from pathlib import Path
ROOT = Path("tests/heldout53")
bad = []


def key(fmt, name):
    return json.loads((ROOT / fmt / f"{name}.key.json").read_text(encoding="utf-8"))


def compare(name, found, k, missing=(), uncited=()):
    want = [tuple(p) for p in k["citations"]]
    if sorted(found) != sorted(want):
        bad.append((name, "pairs differ", sorted(set(found) - set(want)), sorted(set(want) - set(found))))
    for lab, _ in want:
        if lab not in k["notes"] and lab not in missing:
            bad.append((name, "no note", lab))
    for lab in k["notes"]:
        if lab not in {l for l, _ in want}:
            bad.append((name, "uncited note", lab))
    print(f"{name}: {len(want)} pairs, {len(k['notes'])} notes, {len(k['literature'])} entries, defects {k['defects']}")


for p in ROOT.rglob("*"):
    if p.is_file() and "_src" not in p.parts and p.suffix != ".odt" and p.parent != ROOT and "⟦" in p.read_text(encoding="utf-8"):
        bad.append((str(p), "annotation left"))


def bibkeys(path):
    return re.findall(r"^@(?!Comment)\w+\{([^,]+),", path.read_text(encoding="utf-8"), re.M)


# rmarkdown: pandoc @keys outside the YAML header and code chunks
k = key("rmarkdown", "confianza-victimizacion-es")
d = ROOT / "rmarkdown/confianza-victimizacion-es"
lines = (d / "confianza.Rmd").read_text(encoding="utf-8").split("\n")
bib = bibkeys(d / "referencias.bib")
found, yaml, code = [], 0, False
for i, l in enumerate(lines, 1):
    if l.strip() == "---" and yaml < 2:
        yaml += 1
        continue
    if yaml < 2:
        continue
    if l.startswith("```"):
        code = not code
        continue
    if code:
        continue
    found += [(m, i) for m in re.findall(r"(?<![\w.])-?@([A-Za-z][\w:-]*)", l)]
compare("rmarkdown", found, k, missing=("dammert2012",))
if sorted(bib) != sorted(k["notes"]) or len(k["literature"]) != len(bib):
    bad.append(("rmarkdown", "bib/notes differ", sorted(set(bib) ^ set(k["notes"]))))
if "dammert2012" in bib or k["defects"] != [{"kind": "missing-literature-entry", "line": next(i for l, i in found if l == "dammert2012")}]:
    bad.append(("rmarkdown", "planted defect"))

# org: org-cite keys
k = key("org", "tutoring-attendance-org")
d = ROOT / "org/tutoring-attendance-org"
found = []
for i, l in enumerate((d / "tutoring-attendance.org").read_text(encoding="utf-8").split("\n"), 1):
    for m in re.finditer(r"\[cite[^:\]]*:([^\]]*)\]", l):
        found += [(x, i) for x in re.findall(r"@([\w-]+)", m.group(1))]
compare("org", found, k)
bib = bibkeys(d / "tutoring.bib")
if sorted(bib) != sorted(k["notes"]) or len(k["literature"]) != len(bib):
    bad.append(("org", "bib/notes differ"))

# rst: [Label]_ outside the entries; entries in order
k = key("rst", "rent-cap-policy-rst")
lines = (ROOT / "rst/rent-cap-policy-rst/rent_reference_index.rst").read_text(encoding="utf-8").split("\n")
found, entries = [], []
for i, l in enumerate(lines, 1):
    m = re.match(r"^\.\. \[([A-Za-z0-9]+)\]", l)
    if m:
        entries.append((m.group(1), i))
    else:
        found += [(x, i) for x in re.findall(r"\[([A-Za-z0-9]+)\]_", l)]
compare("rst", found, k)
labs = [e for e, _ in entries]
if len(labs) != len(k["literature"]) or labs != sorted(labs, key=str.lower):
    bad.append(("rst", "entry order", labs))
unc = [e for e in labs if e not in {l for l, _ in found}]
if unc != ["Arundel2017"] or k["defects"] != [{"kind": "uncited-literature-entry", "line": dict(entries)["Arundel2017"]}]:
    bad.append(("rst", "planted", unc, k["defects"]))

# bibtex: no citations, every entry in file order
k = key("bibtex", "sociologia-biblio-es")
bib = bibkeys(ROOT / "bibtex/sociologia-biblio-es/migraciones.bib")
print(f"bibtex: {len(bib)} entries in the file, {len(k['literature'])} keyed, {len(k['citations'])} pairs")
if len(bib) != len(k["literature"]) or k["citations"] or k["notes"]:
    bad.append(("bibtex", "entries"))

# odt: body paragraphs (text:p/text:h outside notes) holding a text:note, numbered in order
k = key("odt", "emigrazione-veneta-it")
xml = zipfile.ZipFile(ROOT / "odt/emigrazione-veneta-it.odt").read("content.xml").decode("utf-8")
if "⟦" in xml:
    bad.append(("odt", "annotation left"))
body = re.sub(r"<text:note .*?</text:note>", "<NOTE/>", xml, flags=re.S)
paras = re.findall(r"<text:(?:p|h)\b[^>]*>(.*?)</text:(?:p|h)>", body, re.S)
found, n = [], 0
for i, p in enumerate(paras, 1):
    for _ in range(p.count("<NOTE/>")):
        n += 1
        found.append((str(n), i))
compare("odt", found, k)
print(f"odt: {len(paras)} body paragraphs; last: {re.sub('<[^>]+>', '', paras[-1])[:40]}")

print("BAD:", bad if bad else "none")
