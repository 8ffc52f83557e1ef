"""Checks half B's built documents against their keys (the writer's own script, run after the
builds): every keyed line holds its marker; every cited label has a note but the planted
missing one; every note is cited but the planted uncited entry; no annotation is left; the .bib
keys are the keyed literature; the ODT has as many text:note as keyed footnotes."""
import json, re, sys, zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
bad = []


def key(fmt, name):
    return json.loads((ROOT / fmt / f"{name}.key.json").read_text(encoding="utf-8"))


def lines(path):
    t = path.read_text(encoding="utf-8")
    if "⟦" in t or "⟧" in t:
        bad.append(f"{path}: annotation left")
    return t.split("\n")


def check(fmt, name, doc, has_marker, planted_missing=(), planted_uncited=()):
    k = key(fmt, name)
    L = lines(ROOT / fmt / doc)
    for lab, n in k["citations"]:
        if not has_marker(L[n - 1], lab):
            bad.append(f"{fmt}/{name}: line {n} lacks marker {lab}: {L[n-1]!r}")
    cited = {lab for lab, _ in k["citations"]}
    for lab in cited - set(k["notes"]) - set(planted_missing):
        bad.append(f"{fmt}/{name}: cited {lab} has no note")
    for lab in set(k["notes"]) - cited - set(planted_uncited):
        bad.append(f"{fmt}/{name}: note {lab} uncited")
    return k, L


def latex_marker(line, lab):
    return any(lab in [x.strip() for x in m.split(",")]
               for m in re.findall(r"\\cite(?:t|p|alp)(?:\[[^\]]*\])*\{([^}]*)\}", line))


k, L = check("latex", "recomendacao-federada-pt", "recomendacao-federada-pt/artigo.tex", latex_marker,
             planted_missing=["oliveira2022"])
bib = (ROOT / "latex/recomendacao-federada-pt/referencias.bib").read_text(encoding="utf-8")
if set(re.findall(r"@\w+\{([^,]+),", bib)) != set(k["notes"]) - {"oliveira2022"}:
    bad.append("latex: bib keys differ from notes")

check("org", "slam-notebook", "slam-notebook/slam-notebook.org",
      lambda line, lab: re.search(r"\[cite:[^\]]*@" + re.escape(lab) + r"(?=[;\]\s])", line))
k = key("org", "slam-notebook")
bib = (ROOT / "org/slam-notebook/references.bib").read_text(encoding="utf-8")
if re.findall(r"@\w+\{([^,]+),", bib) != list(k["notes"]):
    bad.append("org: bib keys not in first-citation order")
first = []
for lab, _ in k["citations"]:
    if lab not in first:
        first.append(lab)
if first != list(k["notes"]):
    bad.append("org: notes not in first-citation order")

check("html", "quic-fingerprint", "quic-fingerprint/quic-fingerprint.html",
      lambda line, lab: f'href="#ref-{lab}">[{lab}' in line
      or any(int(a) < int(lab) < int(b) for a, b in re.findall(r'\[(\d+)\]</a>–<a href="#ref-\d+">\[(\d+)\]', line)),
      planted_uncited=["20"])
k, L = check("pdftext", "napiecie-pv-pl", "napiecie-pv-pl/napiecie-pv-pl.txt",
             lambda line, lab: re.search(r"\[" + lab + r"[\],]", line)
             or any(int(a) <= int(lab) <= int(b) for a, b in re.findall(r"\[(\d+)\]–\[(\d+)\]", line)))
entries = [int(m) for l in L for m in re.findall(r"^\[(\d+)\] ", l)]
if entries != list(range(1, 18)):
    bad.append(f"pdftext entries {entries}")

# odt: text:note count and order
z = zipfile.ZipFile(ROOT / "odt/verifica-sismica-it.odt")
xml = z.read("content.xml").decode()
cits = re.findall(r"<text:note-citation>(\d+)</text:note-citation>", xml)
k = key("odt", "verifica-sismica-it")
if cits != [c[0] for c in k["citations"]] or set(cits) != set(k["notes"]):
    bad.append(f"odt notes {cits}")
if "⟦" in xml:
    bad.append("odt annotation left")

for d in [("latex", "recomendacao-federada-pt"), ("org", "slam-notebook"), ("html", "quic-fingerprint"),
          ("pdftext", "napiecie-pv-pl"), ("odt", "verifica-sismica-it")]:
    k = key(*d)
    print(d[1], "pairs", len(k["citations"]), "notes", len(k["notes"]), "lit", len(k.get("literature", [])),
          "defects", k.get("defects"))
print("\n".join(bad) or "all checks pass")
sys.exit(1 if bad else 0)
