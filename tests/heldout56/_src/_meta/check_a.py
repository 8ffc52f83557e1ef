"""Checks heldout56 half A's built documents against their keys (the writer's own script).

    python3 tests/heldout56/_src/_meta/check_a.py
"""
import json
import re
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
bad = []


def key(fmt, name):
    return json.loads((ROOT / fmt / f"{name}.key.json").read_text(encoding="utf-8"))


def ok(cond, msg):
    if not cond:
        bad.append(msg)


# no annotation left anywhere (XML parts of the packages included)
for p in ROOT.glob("*/**/*"):
    if "_src" in p.parts or p.is_dir() or p.name.endswith(".key.json"):
        continue
    if p.suffix in (".docx", ".odt"):
        with zipfile.ZipFile(p) as z:
            for n in z.namelist():
                ok("⟦" not in z.read(n).decode("utf-8", "replace"), f"annotation left in {p}:{n}")
    else:
        ok("⟦" not in p.read_text(encoding="utf-8"), f"annotation left in {p}")

# ---- docx: footnote references at the keyed body paragraphs, numbered in order ----
k = key("docx", "cyprian-busse-de")
with zipfile.ZipFile(ROOT / "docx" / k["document"]) as z:
    doc = z.read("word/document.xml").decode()
    fns = z.read("word/footnotes.xml").decode()
body = doc.split("<w:body>")[1]
got = []
for i, para in enumerate(re.findall(r"<w:p[ >].*?</w:p>", body), 1):
    for _ in re.findall(r"<w:footnoteReference ", para):
        got.append([str(len(got) + 1), i])
ok(got == k["citations"], f"docx pairs {got} != key {k['citations']}")
ok(sorted(k["notes"], key=int) == [str(i) for i in range(1, 26)], "docx notes 1-25")
nfoot = len(re.findall(r'<w:footnote w:id="[1-9]', fns))
ok(nfoot == 25, f"docx footnotes {nfoot}")
paras = re.findall(r"<w:p[ >].*?</w:p>", body)
text = ["".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", p)) for p in paras]
start = text.index("Literatur") + 1
start_q = text.index("Ungedruckte Quellen") + 1
lit_paras = [t for t in text[start_q:] if t and t not in ("Gedruckte Quellen", "Literatur")]
ok(len(lit_paras) == len(k["literature"]) == 19, f"docx literature {len(lit_paras)}")
for t, e in zip(lit_paras, k["literature"]):
    if e.get("authors"):
        ok(t.startswith(e["authors"][0]), f"docx entry {t[:40]} vs {e['authors']}")
    if e.get("title"):
        ok(e["title"] in t, f"docx entry title {e['title'][:40]} not in {t[:60]}")

# ---- odt: text:note per paragraph, numbered in order; Bibliografia 15 paragraphs ----
k = key("odt", "amoris-divorziati-it")
with zipfile.ZipFile(ROOT / "odt" / k["document"]) as z:
    content = z.read("content.xml").decode()
bodyx = content.split("<office:text>")[1]
got, n = [], 0
flat = re.sub(r"<text:note .*?</text:note>", "<NOTE/>", bodyx, flags=re.S)
for i, para in enumerate(re.findall(r"<text:(?:p|h)[ >].*?</text:(?:p|h)>", flat), 1):
    for _ in para.split("<NOTE/>")[1:]:
        n += 1
        got.append([str(n), i])
ok(got == k["citations"], f"odt pairs {got} != {k['citations']}")
ok(len(k["notes"]) == 22 and len(k["literature"]) == 15, "odt counts")
paras = re.findall(r"<text:(?:p|h)[ >].*?</text:(?:p|h)>", flat)
ptext = [re.sub(r"<[^>]+>", "", p) for p in paras]
i0 = ptext.index("Bibliografia")
lit = [t for t in ptext[i0 + 1:] if t not in ("Fonti", "Studi")]
ok(len(lit) == 15, f"odt bibliografia {len(lit)}")
for t, e in zip(lit, k["literature"]):
    ok(e["title"].replace("'", "&apos;") in t or e["title"] in t.replace("&apos;", "'"), f"odt entry {e['title'][:40]} not in {t[:60]}")

# ---- pdftext: author-date pairs name their entry's author and year on the line (or the next) ----
k = key("pdftext", "olive-romans-en")
lines = (ROOT / "pdftext" / k["document"]).read_text(encoding="utf-8").split("\n")
wc = lines.index("Works Cited")
for label, line in k["citations"]:
    e = k["literature"][int(label) - 1]
    two = lines[line - 1] + " " + lines[line]
    ok(line < wc and e["authors"][0] in lines[line - 1] and str(e["year"]) in two,
       f"pdftext pair {label} at {line}: {lines[line - 1]}")
cited = {int(l) for l, _ in k["citations"]}
ok(cited == set(range(1, 16)) - {2}, f"pdftext cited {sorted(cited)}")
# each author-date citation in the body is keyed (count "Name Year" and "Name\nYear" occurrences)
body = "\n".join(lines[:wc])
found = 0
for e in k["literature"]:
    found += len(re.findall(re.escape(e["authors"][0]) + r"\s+" + str(e["year"]), body))
ok(found == len(k["citations"]), f"pdftext author-year occurrences {found} vs pairs {len(k['citations'])}")
entries = [i for i in range(wc + 1, len(lines)) if re.match(r"^[A-ZÄÖÜ][^ ]+, [A-Z]", lines[i])]
ok(len(entries) == 15, f"pdftext entries {len(entries)}")
ok(lines[k["defects"][0]["line"] - 1].startswith("Das, A. Andrew"), "pdftext defect line")
for i, e in zip(entries, k["literature"]):
    ok(lines[i].startswith(e["authors"][0]), f"pdftext entry order {lines[i][:30]}")

# ---- rst: pairs are exactly the [Label]_ outside the entries ----
k = key("rst", "hymnal-corpus-tei")
lines = (ROOT / "rst" / k["document"]).read_text(encoding="utf-8").split("\n")
got = []
for i, l in enumerate(lines, 1):
    if l.startswith(".. ["):
        continue
    got += [[m, i] for m in re.findall(r"\[([A-Za-z][\w.-]*)\]_", l)]
ok(got == k["citations"], f"rst pairs {got} != {k['citations']}")
labels = [re.match(r"\.\. \[([^\]]+)\]", l).group(1) for l in lines if l.startswith(".. [")]
ok(labels == list(k["notes"]), f"rst entries {labels}")
ok(labels == sorted(labels, key=str.lower), "rst entries alphabetical")
ok({l for l, _ in got} - set(labels) == {"Temperley1998"}, "rst missing only Temperley1998")
ok(set(labels) <= {l for l, _ in got}, "rst every entry cited")
ok("[Temperley1998]_" in lines[k["defects"][0]["line"] - 1], "rst defect line")

# ---- markdown-links: body links to list addresses, by position ----
k = key("markdown-links", "genizah-fragments-en")
lines = (ROOT / "markdown-links" / k["document"]).read_text(encoding="utf-8").split("\n")
src = lines.index("## Sources and further reading")
urls = [re.search(r"<(https?://[^>]+)>", l).group(1) for l in lines[src:] if l.startswith("* ")]
ok(urls == [e.get("url") or "https://doi.org/" + e["doi"] for e in k["literature"]], "md list urls")
got = []
for i, l in enumerate(lines[:src], 1):
    for u in re.findall(r"\]\((https?://[^)]+)\)", l):
        got.append([str(urls.index(u) + 1), i])
ok(got == k["citations"], f"md pairs {got} != {k['citations']}")
ok({int(l) for l, _ in got} == set(range(1, 12)), "md every entry cited")

print("\n".join(bad) if bad else "all checks passed")
sys.exit(1 if bad else 0)
