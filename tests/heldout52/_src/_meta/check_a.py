"""Half A's own check of heldout52 (run from the repository root after building): every keyed
pair is where the built file has its marker, and nothing else is a marker; every cited label has
a note except the planted one; no annotation is left in a built file."""
import json, re, zipfile
from pathlib import Path
ROOT = Path("tests/heldout52")
bad = []


def key(fmt, name):
    return json.loads((ROOT / fmt / f"{name}.key.json").read_text(encoding="utf-8"))


def compare(name, found, k, missing=()):
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
    if p.is_file() and "_src" not in p.parts and p.suffix != ".docx" and p.parent != ROOT and "⟦" in p.read_text(encoding="utf-8"):
        bad.append((str(p), "annotation left"))

# pandoc
k = key("pandoc", "rsv-saison-qmd")
lines = (ROOT / "pandoc/rsv-saison-qmd/rsv-onset.qmd").read_text(encoding="utf-8").split("\n")
bib = set(re.findall(r"^@\w+\{([^,]+),", (ROOT / "pandoc/rsv-saison-qmd/references.bib").read_text(encoding="utf-8"), re.M))
found, inyaml, incode = [], False, False
for i, l in enumerate(lines, 1):
    if l.strip() == "---":
        inyaml = not inyaml if i == 1 or inyaml else inyaml
        continue
    if l.startswith("```"):
        incode = not incode
        continue
    if inyaml or incode:
        continue
    for m in re.finditer(r"(?<![\w.])-?@([\w:.-]*\w)", l):
        if m.group(1).startswith("fig-"):
            continue
        found.append((m.group(1), i))
compare("pandoc", found, k, missing={"teirlinck2021"})
print("  cited not in bib:", {f for f, _ in found} - bib, " bib not cited:", bib - {f for f, _ in found})
print("  defect line:", lines[k["defects"][0]["line"] - 1][-40:])

# mediawiki
k = key("mediawiki", "measles-mandate-wiki")
text = (ROOT / "mediawiki/measles-mandate-wiki/measles_protection_act.wiki").read_text(encoding="utf-8")
found, names, n = [], {}, 0
for i, l in enumerate(text.split("\n"), 1):
    for m in re.finditer(r'<ref(?: name="([^"]+)")?\s*(/>|>)', l):
        nm, close = m.group(1), m.group(2)
        if close == "/>":
            found.append((names[nm], i))
        else:
            n += 1
            if nm:
                names[nm] = str(n)
            found.append((str(n), i))
compare("mediawiki", found, k)

# plaintext
k = key("plaintext", "evde-bakim-tr")
lines = (ROOT / "plaintext/evde-bakim-tr/basinc-yarasi-raporu.txt").read_text(encoding="utf-8").split("\n")
end = lines.index("KAYNAKLAR")
found = []
for i, l in enumerate(lines[:end], 1):
    for m in re.finditer(r"\((\d+(?:[-,]\s?\d+)*)(?:, s\. \d+)?\)", l):
        for part in m.group(1).split(","):
            a, _, b = part.strip().partition("-")
            found += [(str(x), i) for x in range(int(a), int(b or a) + 1)]
compare("plaintext", found, k)
entries = [(int(m.group(1)), i) for i, l in enumerate(lines, 1) if i > end and (m := re.match(r"(\d+)\. ", l))]
print("  entries", [e for e, _ in entries] == list(range(1, 16)), "uncited:", {e for e, _ in entries} - {int(f) for f, _ in found})
print("  defect line:", lines[k["defects"][0]["line"] - 1][:30])

# asciidoc
k = key("asciidoc", "apixaban-tdm")
lines = (ROOT / "asciidoc/apixaban-tdm/apixaban-lcms-method.adoc").read_text(encoding="utf-8").split("\n")
keys = [m.group(1) for l in lines if (m := re.match(r"\* \[\[\[([^\]]+)\]\]\]", l))]
found = [(m.group(1), i) for i, l in enumerate(lines, 1) for m in re.finditer(r"<<([\w-]+)(?:,[^>]*)?>>", l) if m.group(1) in keys]
xrefs = {m.group(1) for l in lines for m in re.finditer(r"<<([\w-]+)(?:,[^>]*)?>>", l) if m.group(1) not in keys}
compare("asciidoc", found, k)
print("  list order == literature:", [k["notes"][x] for x in keys] == k["literature"], " other xrefs:", xrefs)

# docx
k = key("docx", "diga-evidenz-de")
with zipfile.ZipFile(ROOT / "docx/diga-evidenz.docx") as z:
    doc = z.read("word/document.xml").decode()
    fns = z.read("word/footnotes.xml").decode()
    if "⟦" in doc or "⟦" in fns:
        bad.append(("docx", "annotation left"))
body = doc.split("<w:body>")[1]
paras = re.findall(r"<w:p[ >].*?</w:p>", body)
found, n = [], 0
for i, p in enumerate(paras, 1):
    for _ in re.findall(r"<w:footnoteReference ", p):
        n += 1
        found.append((str(n), i))
compare("docx", found, k)
print("PROBLEMS:", bad if bad else "none")
