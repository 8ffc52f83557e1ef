"""The writer's own check of heldout55 half B's built files against their keys (no bibcheck)."""
import json, re, zipfile
from pathlib import Path

C = Path(__file__).resolve().parents[2]
bad = []


def ok(cond, msg):
    if not cond:
        bad.append(msg)


def key(fmt, name):
    return json.loads((C / fmt / f"{name}.key.json").read_text(encoding="utf-8"))


MINE = ["plaintext/zinsweitergabe-referee-en", "latex/blindleistung-pv-de", "pdftext/mosty-zespolone-pl",
        "html/kreditluecke-blog-de", "docx/gagye-buchae"]
for m in MINE:
    for p in list(C.glob(m + "*")) + list(C.glob(m + "/*")):
        if p.is_dir():
            continue
        if p.suffix == ".docx":
            with zipfile.ZipFile(p) as z:
                for n in z.namelist():
                    ok("⟦" not in z.read(n).decode("utf-8", "replace"), f"annotation left in {p}:{n}")
        else:
            ok("⟦" not in p.read_text(encoding="utf-8"), f"annotation left in {p}")

# latex: pairs are exactly the \cite keys, literature in first-citation order, one key without entry
k = key("latex", "blindleistung-pv-de")
tex = (C / "latex/blindleistung-pv-de/beitrag.tex").read_text(encoding="utf-8").split("\n")
bib = (C / "latex/blindleistung-pv-de/literatur.bib").read_text(encoding="utf-8")
entries = re.findall(r"^@\w+\{([^,]+),", bib, re.M)
found = []
for i, l in enumerate(tex, 1):
    for m in re.finditer(r"\\cite(?:\[[^\]]*\])?\{([^}]*)\}", l):
        found += [[x.strip(), i] for x in m.group(1).split(",")]
ok(found == k["citations"], f"latex pairs {found} != {k['citations']}")
first = []
for c, _ in found:
    if c not in first and c in entries:
        first.append(c)
ok({c for c, _ in found} - set(entries) == {"schlabbach2009"}, "latex missing set")
ok(set(entries) == set(first), "latex uncited .bib entry")
ok(len(k["literature"]) == len(first), "latex literature count")
for c, lit in zip(first, k["literature"]):
    ok(k["notes"][c] == lit, f"latex order/note {c}")
ok(k["defects"] == [{"kind": "missing-literature-entry", "line": [i for c, i in found if c == "schlabbach2009"][0]}], "latex defect")

# plaintext: pairs [n] on lines naming the nth entry's first author and year; one uncited entry
k = key("plaintext", "zinsweitergabe-referee-en")
lines = (C / "plaintext/zinsweitergabe-referee-en/referee_report_MPR-2026-0417.txt").read_text(encoding="utf-8").split("\n")
cut = lines.index("REFERENCES")
heads = [(i + 1, l) for i, l in enumerate(lines) if i > cut and re.match(r"[A-Z]", l) and "(" in l]
ok(len(heads) == len(k["literature"]) == 19, f"plaintext entries {len(heads)}")
for lab, ln in k["citations"]:
    n = int(lab.strip("[]"))
    head = heads[n - 1][1]
    name = head.split(",")[0].split(" (")[0]
    yr = re.search(r"\((\d{4})\)", head).group(1)
    ok(name.split()[0] in lines[ln - 1] or name in lines[ln - 1] or name.split()[-1] in lines[ln - 1], f"plain {lab} name {name} not on {ln}")
    ok(yr in lines[ln - 1] or yr in lines[ln - 2] or yr in lines[ln], f"plain {lab} year {yr} near {ln}")
    ok(ln < cut, "plain pair in list")
cited = {int(l.strip("[]")) for l, _ in k["citations"]}
ok(set(range(1, 20)) - cited == {17}, f"plain uncited {set(range(1, 20)) - cited}")
ok(heads[16][1].startswith("Schnabel") and k["defects"] == [{"kind": "uncited-literature-entry", "line": heads[16][0]}], "plain defect")
ok(set(k["notes"]) == {f"[{n}]" for n in cited}, "plain notes")

# pdftext: every label's number printed on its line, first citation order, list 1..18
k = key("pdftext", "mosty-zespolone-pl")
lines = (C / "pdftext/mosty-zespolone-pl/mosty-zespolone.txt").read_text(encoding="utf-8").split("\n")
cut = lines.index("LITERATURA")
for lab, ln in k["citations"]:
    l = lines[ln - 1]
    rng = [(int(a), int(b)) for a, b in re.findall(r"\[(\d+)\]–\[(\d+)\]", l)]
    ok(re.search(r"\[" + lab + r"[\],]", l) or any(a <= int(lab) <= b for a, b in rng), f"pdf {lab} not on {ln}: {l}")
firsts = []
for lab, _ in k["citations"]:
    if lab not in firsts:
        firsts.append(lab)
ok(firsts == [str(i) for i in range(1, 19)], f"pdf order {firsts}")
nums = [int(m.group(1)) for l in lines[cut:] for m in [re.match(r"\[(\d+)\] ", l)] if m]
ok(nums == list(range(1, 19)), f"pdf list {nums}")
ok(len(k["literature"]) == 18 and all(e["number"] == i + 1 for i, e in enumerate(k["literature"])), "pdf lit")

# html: pairs are exactly the fnref markers and the two citing body links, in order
k = key("html", "kreditluecke-blog-de")
lines = (C / "html/kreditluecke-blog-de/kreditluecke.html").read_text(encoding="utf-8").split("\n")
found = []
for i, l in enumerate(lines, 1):
    for m in re.finditer(r'id="fnref(\d+)"|href="(https://(?:data\.bis\.org|www\.ifsf\.example\.net)[^"]*)"', l):
        if m.group(1):
            found.append([m.group(1), i])
        else:
            found.append(["L1" if "bis.org" in m.group(2) else "L2", i])
            ok(k["notes"][found[-1][0]]["url"] == m.group(2), "html link url")
ok(found == k["citations"], f"html pairs {found} != {k['citations']}")
fns = [m for l in lines for m in re.findall(r'<li id="fn(\d+)"', l)]
ok(fns == [str(i) for i in range(1, 15)], "html footnotes")
lit = [l for l in lines if l.startswith("<li>")]
ok(len(lit) == len(k["literature"]) == 13, "html literature count")
for l, e in zip(lit, k["literature"]):
    ok(str(e["year"]) in l, f"html lit year {e['year']}")

# docx: footnote references at keyed paragraphs; [n] pairs' paragraphs name the entry and its year
k = key("docx", "gagye-buchae-ko")
with zipfile.ZipFile(C / "docx/gagye-buchae.docx") as z:
    doc = z.read("word/document.xml").decode()
body = doc.split("<w:body>")[1]
paras = re.findall(r"<w:p[ >].*?</w:p>", body)
texts = ["".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", p)) for p in paras]
fnp = [i + 1 for i, p in enumerate(paras) for _ in re.findall(r"<w:footnoteReference ", p)]
ok(fnp == [ln for lab, ln in k["citations"] if not lab.startswith("[")], f"docx footnotes {fnp}")
start = texts.index("참고문헌")
refs = texts[start + 1:start + 14]
ok(len(refs) == 13 == len(k["literature"]), "docx refs")
for lab, ln in k["citations"]:
    if lab.startswith("["):
        e = refs[int(lab.strip("[]")) - 1]
        head = re.split(r"[,(]", e)[0].split("·")[0]
        ok(head in texts[ln - 1] and str(k["literature"][int(lab.strip("[]")) - 1]["year"]) in texts[ln - 1], f"docx {lab} ({head}) not at {ln}")
ok({int(l.strip("[]")) for l, _ in k["citations"] if l.startswith("[")} == set(range(1, 14)), "docx uncited")
ok(k["defects"] == [], "docx defects")

print("\n".join(bad) if bad else "all checks passed")
