"""The writer's own check of heldout54 half B's built files against their keys (no bibcheck)."""
import json, re, zipfile
from pathlib import Path

C = Path(__file__).resolve().parents[2]
bad = []


def ok(cond, msg):
    if not cond:
        bad.append(msg)


def key(fmt, name):
    return json.loads((C / fmt / f"{name}.key.json").read_text(encoding="utf-8"))


# no annotation left anywhere
for p in C.glob("*/**/*"):
    if "_src" in p.parts or p.is_dir():
        continue
    if p.suffix in (".docx", ".odt"):
        with zipfile.ZipFile(p) as z:
            for n in z.namelist():
                ok("⟦" not in z.read(n).decode("utf-8", "replace"), f"annotation left in {p}:{n}")
    elif not p.name.endswith(".key.json"):
        ok("⟦" not in p.read_text(encoding="utf-8"), f"annotation left in {p}")

# rst
k = key("rst", "harrow-letters-tei")
lines = (C / "rst/harrow-letters-tei/encoding_rationale.rst").read_text(encoding="utf-8").split("\n")
found, entries = [], []
for i, l in enumerate(lines, 1):
    m = re.match(r"\.\. \[(\w+)\]", l)
    if m:
        entries.append(m.group(1))
        continue
    found += [[x, i] for x in re.findall(r"\[(\w+)\]_", l)]
ok(found == k["citations"], f"rst pairs {found} != {k['citations']}")
ok(entries == sorted(entries, key=str.lower), "rst entries not alphabetical")
ok(len(entries) == len(k["literature"]), "rst literature count")
ok({c for c, _ in found} - set(entries) == {"Renear2004"}, "rst missing set")
ok(set(entries) <= {c for c, _ in found}, "rst uncited entry")
ok(set(k["notes"]) == set(entries), "rst notes")
ok(k["defects"] == [{"kind": "missing-literature-entry", "line": [i for c, i in found if c == "Renear2004"][0]}], "rst defect")
for e, lit in zip(entries, k["literature"]):
    ok(k["notes"][e] == lit, f"rst note {e}")

# markdown-links
k = key("markdown-links", "janacek-rukopisy-cs")
lines = (C / "markdown-links/janacek-rukopisy-cs/janacek-rukopisy.md").read_text(encoding="utf-8").split("\n")
cut = lines.index("## Zdroje a další čtení")
urls = [re.search(r"\]\((\S+)\)\.", l).group(1) for l in lines[cut + 1:] if l.startswith("- ")]
found = []
for i, l in enumerate(lines[:cut], 1):
    for u in re.findall(r"\]\((\S+?)\)(?=[\s.,;:]|$)", l):
        ok(u in urls, f"md link not in list: {u}")
        found.append([str(urls.index(u) + 1), i])
ok(found == k["citations"], f"md pairs {found} != {k['citations']}")
ok({int(c) for c, _ in found} == set(range(1, len(urls) + 1)), "md uncited entry")
for n, u in enumerate(urls, 1):
    lit = k["literature"][n - 1]
    ok(lit.get("url") == u or (lit.get("doi") and u.endswith(lit["doi"])), f"md entry {n} address")

# pdftext
k = key("pdftext", "takemitsu-eiga-ja")
lines = (C / "pdftext/takemitsu-eiga-ja/takemitsu-eiga.txt").read_text(encoding="utf-8").split("\n")
notes_at = [l.split(" ", 1)[0] for l in lines if re.match(r"\d+ \S", l)]
ok(notes_at == [str(i) for i in range(1, 19)], f"pdf notes {notes_at}")
for lab, ln in k["citations"]:
    ok(re.search(r"[^\d]" + lab + r"[、。]", lines[ln - 1]), f"pdf marker {lab} not on line {ln}: {lines[ln - 1]}")
ok([c for c, _ in k["citations"]] == [str(i) for i in range(1, 19)], "pdf labels")
ok(set(k["notes"]) == {str(i) for i in range(1, 19)}, "pdf notes keys")

# docx
k = key("docx", "medea-stage-en")
with zipfile.ZipFile(C / "docx/medea-stage.docx") as z:
    doc = z.read("word/document.xml").decode()
body = doc.split("<w:body>")[1]
paras = re.findall(r"<w:p[ >].*?</w:p>", body)
text = [re.sub(r"<[^>]+>", "", p) for p in paras]
fnpar = [i + 1 for i, p in enumerate(paras) for _ in re.findall("w:footnoteReference", p)]
fnkey = [ln for c, ln in k["citations"] if not c.startswith("[")]
ok(fnpar == fnkey, f"docx footnotes {fnpar} != {fnkey}")
wc = text.index("Works Cited")
lit = text[wc + 1:]
ok(len(lit) == len(k["literature"]) == 14, "docx literature count")
ok(lit == sorted(lit, key=lambda s: re.sub(r"[^a-z ]", "", s.lower())), "docx Works Cited order")
cited = set()
for c, ln in k["citations"]:
    if c.startswith("["):
        n = int(c[1:-1])
        cited.add(n)
        head = re.split(r"[.,]", lit[n - 1])[0]
        t = k["literature"][n - 1]
        word = (t.get("authors") or [t["title"].split()[0]])[0]
        ok(word in text[ln - 1] or head in text[ln - 1], f"docx [{n}] {word} not in paragraph {ln}")
        ok("(" in text[ln - 1], f"docx paragraph {ln} has no parenthesis")
ok(set(range(1, 15)) - cited == {14}, f"docx uncited {set(range(1, 15)) - cited}")
ok(k["defects"] == [{"kind": "uncited-literature-entry", "line": wc + 1 + 14}], f"docx defect {k['defects']} vs {wc + 15}")

# odt
k = key("odt", "josefa-obidos-pt")
with zipfile.ZipFile(C / "odt/josefa-obidos-pt.odt") as z:
    xml = z.read("content.xml").decode()
bodyx = xml.split("<office:text>")[1]
# paragraphs outside notes: remove notes first, then count text:p / text:h
flat = re.sub(r"<text:note .*?</text:note>", "<NOTE/>", bodyx, flags=re.S)
paras = re.findall(r"<text:(?:p|h)\b[^>]*>.*?</text:(?:p|h)>", flat, flags=re.S)
found = []
n = 0
for i, p in enumerate(paras, 1):
    for _ in re.findall("<NOTE/>", p):
        n += 1
        found.append([str(n), i])
ok(found == k["citations"], f"odt pairs {found} != {k['citations']}")
ok(set(k["notes"]) == {str(i) for i in range(1, 21)}, "odt notes")
tx = [re.sub(r"<[^>]+>", "", p) for p in paras]
bib = tx.index("Bibliografia")
ok(len(tx) - bib - 1 == len(k["literature"]) == 7, "odt literature count")

print("\n".join(bad) or "all checks passed")
