"""Half B's own check of heldout53: every keyed line holds its markers, on the built files."""
import json, re, sys, zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
bad = []


def key(fmt, name):
    return json.loads((ROOT / fmt / f"{name}.key.json").read_text(encoding="utf-8"))


def pairs(k):
    return sorted((str(a), int(b)) for a, b in k["citations"])


def no_annot(path):
    if "⟦" in path.read_text(encoding="utf-8", errors="replace"):
        bad.append(f"annotation left in {path}")


def first_word(entry):
    return entry.get("authors", [None])[0]


def authordate(fmt, name, doc, head, prefix=""):
    """Author–date: at each keyed line, the first author's name (or a given word) and the year."""
    k = key(fmt, name)
    lines = doc.split("\n") if isinstance(doc, str) else doc
    words = {1 + i: w for i, w in enumerate(head)}
    for lab, line in pairs(k):
        if not lab.startswith(prefix) or (prefix and not lab.startswith("[")):
            continue
        n = int(lab.strip("[]"))
        e = k["literature"][n - 1]
        text = lines[line - 1]
        if words[n] not in text or str(e["year"] if n not in (1,) or name != "segregacja-szkolna-pl" else 2011) not in text:
            bad.append(f"{fmt}/{name}: line {line} lacks {words[n]!r}/{e['year']}: {text[:80]!r}")
    cited = {int(l.strip("[]")) for l, _ in k["citations"] if l.strip("[]").isdigit() and (not prefix or l.startswith("["))}
    return k, cited


# plaintext
p = ROOT / "plaintext/segregacja-szkolna-pl/raport-segregacja.txt"
no_annot(p)
t = p.read_text(encoding="utf-8")
head = ["Bourdieu", "Coleman", "Dolat", "Domański", "GUS", "Kowalczyk-Nowak", "Kwieciński", "Nowicka", "OECD", "OECD", "Prawo oświatowe", "Putnam", "Sawiński", "Szafraniec", "Коваленко"]
k, cited = authordate("plaintext", "segregacja-szkolna-pl", t.split("\n")[: t.split("\n").index("BIBLIOGRAFIA")], head)
if cited != set(range(1, 16)) - {7}:
    bad.append(f"plaintext cited {sorted(cited)}")
lst = t.split("BIBLIOGRAFIA")[1]
starts = [l for l in lst.split("\n") if l and not l.startswith(" ")]
if len(starts) != 15 or [s.split()[0].rstrip(",") for s in starts] != [h.split()[0].rstrip("a") if False else s.split()[0].rstrip(",") for s in starts]:
    bad.append("plaintext list")
for s, h in zip(starts, head):
    if not s.startswith(h.split()[0][:4]):
        bad.append(f"plaintext entry {s[:30]} vs {h}")
if starts != sorted(starts[:-1], key=lambda x: x) + starts[-1:]:
    print("note: plaintext order by Python sort differs (Polish letters):", [s[:12] for s in starts])
d = k["defects"]
if d != [{"kind": "uncited-literature-entry", "line": t.split("\n").index(next(l for l in t.split("\n") if l.startswith("Kwieciński"))) + 1}]:
    bad.append(f"plaintext defects {d}")

# asciidoc
p = ROOT / "asciidoc/interviewing-fieldwork/ch04-interviewing.adoc"
no_annot(p)
lines = p.read_text(encoding="utf-8").split("\n")
k = key("asciidoc", "interviewing-fieldwork")
bib = re.findall(r"\[\[\[(\w+)\]\]\]", "\n".join(lines))
got, fn = [], 0
for i, l in enumerate(lines, 1):
    if "[[[" in l:
        continue
    for m in re.finditer(r"footnote:\[|<<([\w-]+)[,>]", l):
        if m.group(0) == "footnote:[":
            fn += 1
            got.append((str(fn), i))
        elif not m.group(1).startswith("sec-"):
            got.append((m.group(1), i))
if sorted(got) != pairs(k):
    bad.append(f"asciidoc pairs differ: {sorted(set(got) ^ set(pairs(k)))}")
if bib != sorted(bib) or [e["title"] for e in k["literature"]] != [k["notes"][b]["title"] for b in bib]:
    bad.append("asciidoc bibliography order")
missing = {l for l, _ in got if not l.isdigit()} - set(bib)
if missing != {"spradley1979"} or k["defects"] != [{"kind": "missing-literature-entry", "line": 27}]:
    bad.append(f"asciidoc missing {missing} {k['defects']}")

# mediawiki
p = ROOT / "mediawiki/ess-wiki/european_social_survey.wiki"
no_annot(p)
lines = p.read_text(encoding="utf-8").split("\n")
k = key("mediawiki", "ess-wiki")
got, seen, n = [], {}, 0
for i, l in enumerate(lines, 1):
    for m in re.finditer(r"<ref(?: name=\"([^\"]+)\")?\s*(/?)>|\{\{sfn\|([^}]*)\}\}", l):
        ident = ("name", m.group(1)) if m.group(1) else ("sfn", m.group(3)) if m.group(3) else None
        if ident and ident in seen:
            got.append((seen[ident], i))
            continue
        n += 1
        if ident:
            seen[ident] = str(n)
        got.append((str(n), i))
if sorted(got) != pairs(k):
    bad.append(f"mediawiki pairs differ: {sorted(set(got) ^ set(pairs(k)))}")

# markdown-links
p = ROOT / "markdown-links/idae-namseong-ko/idae-namseong.md"
no_annot(p)
t = p.read_text(encoding="utf-8")
body, lst = t.split("## 출처")
urls = [re.search(r"\]\((http[^)]+)\)", l).group(1) for l in lst.splitlines() if l.startswith("- ")]
got = [(str(urls.index(u) + 1), i) for i, l in enumerate(body.split("\n"), 1) for u in re.findall(r"\]\((http[^)]+)\)", l)]
k = key("markdown-links", "idae-namseong-ko")
if sorted(got) != pairs(k) or {l for l, _ in got} != {str(i) for i in range(1, len(urls) + 1)}:
    bad.append(f"markdown-links pairs differ: {sorted(set(got) ^ set(pairs(k)))}")
for e, u in zip(k["literature"], urls):
    if e.get("url", "https://doi.org/" + e.get("doi", "")) != u:
        bad.append(f"markdown-links url {u}")

# docx
p = ROOT / "docx/crimmigratie.docx"
z = zipfile.ZipFile(p)
xml = z.read("word/document.xml").decode()
if "⟦" in xml or "⟦" in z.read("word/footnotes.xml").decode():
    bad.append("docx annotation left")
body = xml.split("<w:body>")[1]
paras = re.findall(r"<w:p[ >].*?</w:p>", body)
texts = ["".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", q)) for q in paras]
k = key("docx", "crimmigratie-nl")
fnums, got = 0, []
for i, q in enumerate(paras, 1):
    for _ in re.findall(r"<w:footnoteReference", q):
        fnums += 1
        got.append((str(fnums), i))
want_fn = [(a, b) for a, b in pairs(k) if not a.startswith("[")]
if sorted(got) != sorted(want_fn):
    bad.append(f"docx footnotes differ {got} {want_fn}")
head = ["Bosworth", "Brouwer", "CBS", "CBS", "Engbersen", "Foucault", "Inspectie", "Kox", "Leerkes", "Stumpf", "Verhoeven", "Woude"]
ref_start = texts.index("Literatuur")
for lab, line in pairs(k):
    if lab.startswith("["):
        n = int(lab.strip("[]"))
        e = k["literature"][n - 1]
        yr = "1975/2010" if n == 6 else str(e["year"])
        if head[n - 1] not in texts[line - 1] or yr not in texts[line - 1]:
            bad.append(f"docx line {line} lacks {head[n-1]} {yr}")
entries = texts[ref_start + 1:]
entries = [e for e in entries if e]
if len(entries) != 12 or any(not e.startswith(h if h != "CBS" else "Centraal") for e, h in zip(entries, head)):
    bad.append(f"docx list {[e[:15] for e in entries]}")
if {l for l, _ in pairs(k) if l.startswith("[")} != {f"[{i}]" for i in range(1, 13)}:
    bad.append("docx: not every entry cited")

print("\n".join(bad) or "all keyed lines check out")
sys.exit(1 if bad else 0)
