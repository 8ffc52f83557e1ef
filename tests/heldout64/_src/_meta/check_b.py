"""Checks heldout64 half B's built documents against their keys (the writer's own checks).
Run after keys_b.py and the builders:  python3 tests/heldout64/_src/_meta/check_b.py"""
import json, os, re, sys, zipfile, subprocess, tempfile, shutil, unicodedata
from collections import Counter
from html import unescape

ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
SRC = os.path.join(ROOT, "_src")
bad = []


def fail(msg):
    bad.append(msg)


def key(fmt, name):
    return json.load(open(os.path.join(ROOT, fmt, name + ".key.json"), encoding="utf-8"))


def norm(s):
    s = unicodedata.normalize("NFC", s).replace("’", "'").replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).strip().casefold()


def holds(text, e, where, first_author=False):
    t = norm(text)
    for f in ("title", "doi", "url"):
        if f in e and norm(e[f]) not in t:
            fail(f"{where}: {f} {e[f]!r} not in {text[:120]!r}")
    if "year" in e and str(e["year"]) not in text:
        fail(f"{where}: year {e['year']} not in {text[:120]!r}")
    for a in e.get("authors", []):
        if norm(a) not in t:
            fail(f"{where}: author {a} not in {text[:120]!r}")
    if first_author and e.get("authors") and not t.startswith(norm(e["authors"][0])):
        fail(f"{where}: does not start with {e['authors'][0]}")
    if "doi" not in e and "doi.org/10." in text and "10.99999." not in text:
        fail(f"{where}: DOI printed but not keyed")


def same_pairs(got, k, where):
    want = Counter(tuple(c) for c in k["citations"])
    got = Counter(got)
    if got != want:
        fail(f"{where}: pairs differ: missing {sorted((want - got).elements())}, extra {sorted((got - want).elements())}")


# ---- every built file: no annotation left, line counts unchanged ----
for dirpath, _, files in os.walk(ROOT):
    if "/_src" in dirpath or dirpath.endswith("_src"):
        continue
    for f in files:
        p = os.path.join(dirpath, f)
        if f.endswith(".docx"):
            with zipfile.ZipFile(p) as z:
                for n in z.namelist():
                    if "⟦" in z.read(n).decode("utf-8"):
                        fail(f"annotation left in {f}:{n}")
        elif f.endswith((".rst", ".tex", ".bib", ".html", ".txt", ".json")):
            if "⟦" in open(p, encoding="utf-8").read():
                fail(f"annotation left in {p}")
for fmt, name, files in [("rst", "blackfriars-candles-en", ["blackfriars-candles.rst"]),
                         ("latex", "singspiel-zensur-de", ["zauberfloete.tex", "sections/zensur.tex", "wieden.bib"]),
                         ("html", "dockteater-sv", ["tradar-och-tillstand.html"]),
                         ("pdftext", "direccio-escena-ca", ["direccio-escena.txt"])]:
    for f in files:
        a = open(os.path.join(SRC, fmt, name, f), encoding="utf-8").read()
        b = open(os.path.join(ROOT, fmt, name, f), encoding="utf-8").read()
        if a.count("\n") != b.count("\n") or re.sub(r"⟦[^⟧]*⟧", "", a) != b:
            fail(f"{fmt}/{name}/{f}: built file is not the source without annotations")

# ---- rst ----
k = key("rst", "blackfriars-candles-en")
lines = open(os.path.join(ROOT, "rst", "blackfriars-candles-en", "blackfriars-candles.rst"), encoding="utf-8").read().split("\n")
got, fn, entries, cur = [], 0, [], None
for i, l in enumerate(lines, 1):
    m = re.match(r"\.\. \[([^\]]+)\] (.*)", l)
    if m:
        cur = [m.group(1), m.group(2)]
        entries.append(cur)
        continue
    if cur and l.startswith("   "):
        cur[1] += " " + l.strip()
        continue
    cur = None
    for m in re.finditer(r"\[([#A-Za-z][\w.-]*)\]_", l):
        if m.group(1) == "#":
            fn += 1
            got.append((str(fn), i))
        else:
            got.append((m.group(1), i))
same_pairs(got, k, "rst")
labs = [e[0] for e in entries if e[0] != "#"]
lit = [e for e in entries if e[0] != "#"]
if len(lit) != len(k["literature"]):
    fail("rst: literature length")
for (lab, text), want in zip(lit, k["literature"]):
    t = text.replace("*", "").replace("\\ ", "")
    holds(t, want, f"rst [{lab}]", first_author=True)
    if k["notes"][lab] != want:
        fail(f"rst: note {lab} is not its entry")
cited = {g[0] for g in got}
for lab in labs:
    if lab not in cited:
        fail(f"rst: {lab} uncited")
fns = [e[1].replace("*", "") for e in entries if e[0] == "#"]
holds(fns[0], k["notes"]["1"], "rst footnote 1")
holds(fns[1], k["notes"]["2"], "rst footnote 2")

# ---- latex ----
k = key("latex", "singspiel-zensur-de")
base = os.path.join(ROOT, "latex", "singspiel-zensur-de")
got = []
for f in ("zauberfloete.tex", "sections/zensur.tex"):
    for i, l in enumerate(open(os.path.join(base, f), encoding="utf-8").read().split("\n"), 1):
        l = re.sub(r"(?<!\\)%.*", "", l)
        if re.search(r"\\cite(?!t\b|p\b)[a-z]*\*?[\[{]", l):
            fail(f"latex: other cite command at {f}:{i}")
        for m in re.finditer(r"\\cite[tp](?:\[[^\]]*\]){0,2}\{([^}]*)\}", l):
            got += [(x.strip(), i) for x in m.group(1).split(",")]
same_pairs(got, k, "latex")
main = open(os.path.join(base, "zauberfloete.tex"), encoding="utf-8").read()
for s in ("\\input{sections/zensur}", "\\bibliographystyle{plainnat}", "\\bibliography{wieden}"):
    if s not in main:
        fail(f"latex: {s} missing")
bib = open(os.path.join(base, "wieden.bib"), encoding="utf-8").read()
ents = {}
for m in re.finditer(r"@(\w+)\{(\w+),(.*?)\n\}", bib, re.S):
    fields = dict((a.lower(), b) for a, b in re.findall(r"(\w+)\s*=\s*\{(.*?)\},?\s*$", m.group(3), re.M))
    ents[m.group(2)] = (m.group(1).lower(), fields)
KIND = {"book": "book", "article": "article", "incollection": "chapter", "phdthesis": "thesis", "misc": "unknown", "online": "web"}
def tex(s):
    s = s.replace("{\\ss}", "ß").replace("--", "–")
    s = re.sub(r"\\emph\{([^}]*)\}", r"\1", s)
    return s.replace("{", "").replace("}", "")
for lab, want in k["notes"].items():
    if lab not in ents:
        fail(f"latex: {lab} keyed but not in .bib")
        continue
    typ, f = ents[lab]
    if tex(f["title"]) != want["title"]:
        fail(f"latex {lab}: title {tex(f['title'])!r} != {want['title']!r}")
    if int(f["year"]) != want["year"] or f.get("doi") != want.get("doi") or f.get("url") != want.get("url"):
        fail(f"latex {lab}: year/doi/url")
    if KIND[typ] != want["kind"]:
        fail(f"latex {lab}: kind {KIND[typ]} != {want['kind']}")
    fam = [] if "author" not in f or f["author"].startswith("{") else [a.split(",")[0].strip() for a in f["author"].split(" and ")]
    if fam != want.get("authors", []):
        fail(f"latex {lab}: authors {fam} != {want.get('authors')}")
if set(ents) != set(k["notes"]):
    fail("latex: .bib entries and notes differ")
missing = {g[0] for g in got} - set(ents)
if missing != {"brauneis2001"} or [d["line"] for d in k["defects"]] != [dict(got)["brauneis2001"]]:
    fail(f"latex: missing keys {missing} / defect line")
if not {g[0] for g in got} >= set(ents):
    fail("latex: uncited entry")
tmp = tempfile.mkdtemp()
try:
    shutil.copytree(base, os.path.join(tmp, "d"))
    d = os.path.join(tmp, "d")
    subprocess.run(["pdflatex", "-interaction=nonstopmode", "zauberfloete.tex"], cwd=d, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    subprocess.run(["bibtex", "zauberfloete"], cwd=d, stdout=subprocess.DEVNULL)
    order = re.findall(r"\\bibitem\[[^\]]*\]\{(\w+)\}", open(os.path.join(d, "zauberfloete.bbl")).read().replace("\n", ""))
    if order != list(k["notes"]) or [k["notes"][o] for o in order] != k["literature"]:
        fail(f"latex: .bbl order {order}")
finally:
    shutil.rmtree(tmp)

# ---- html ----
k = key("html", "dockteater-sv")
lines = open(os.path.join(ROOT, "html", "dockteater-sv", "tradar-och-tillstand.html"), encoding="utf-8").read().split("\n")
got, notes, nsup = [], {}, 0
for i, l in enumerate(lines, 1):
    nsup += l.count("<sup")
    for m in re.finditer(r'<sup class="not"><a href="#not-(\d+)" id="ref-(\d+)">(\d+)</a></sup>', l):
        if not m.group(1) == m.group(2) == m.group(3):
            fail(f"html: call numbers differ at {i}")
        got.append((m.group(1), i))
    m = re.match(r'<li id="not-(\d+)">(.*)</li>$', l)
    if m:
        notes[m.group(1)] = (i, unescape(re.sub(r"<[^>]+>", "", m.group(2))))
same_pairs(got, k, "html")
if [g[0] for g in got] != [str(n) for n in range(1, 19)] or nsup != 18:
    fail("html: calls not numbered 1-18 once in order")
for n, want in k["notes"].items():
    line, text = notes[n]
    if re.match(r"(Ibid\.|Jfr |[A-Z][a-z]+ &amp;|McCormick & Pratasik, a\.a\.)", text) or "a.a." in text:
        short = text.replace("Jfr ", "")
        if short.startswith("Ibid."):
            if want != k["notes"][str(int(n) - 1)]:
                fail(f"html: Ibid. note {n} not keyed as note before")
        elif not norm(short).startswith(norm(want["authors"][0])):
            fail(f"html: short note {n} does not start with its author")
        continue
    holds(text, want, f"html note {n}")
    if "10.99999." in text and [d["line"] for d in k["defects"]] != [line]:
        fail("html: defect line")
if k["literature"] != []:
    fail("html: literature")

# ---- docx ----
k = key("docx", "examiner-plays-en")
with zipfile.ZipFile(os.path.join(ROOT, "docx", "examiner-plays-en.docx")) as z:
    docxml = z.read("word/document.xml").decode("utf-8")
    fnxml = z.read("word/footnotes.xml").decode("utf-8")
def text_of(x):
    return unescape("".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", x)))
paras = re.findall(r"<w:p>.*?</w:p>|<w:p\b[^>]*/>", docxml.split("<w:body>")[1])
fnotes = {m.group(1): text_of(m.group(2)).strip() for m in re.finditer(r'<w:footnote w:id="(\d+)">(.*?)</w:footnote>', fnxml)}
got, seq = [], []
for i, p in enumerate(paras, 1):
    for m in re.finditer(r'<w:footnoteReference w:id="(\d+)"/>', p):
        got.append((m.group(1), i))
        seq.append(m.group(1))
same_pairs(got, k, "docx")
if seq != [str(n) for n in range(1, 21)]:
    fail(f"docx: footnote ids {seq}")
for n, want in k["notes"].items():
    t = fnotes[n]
    if t.startswith("Ibid."):
        if want != k["notes"][str(int(n) - 1)]:
            fail(f"docx: Ibid. note {n}")
    elif re.match(r"[A-Z][\w-]+, [\"*A-Z]", t) and len(t) < 60:
        if not t.startswith(want["authors"][0]) or norm(re.sub(r"^The ", "", want["title"])[:15]) not in norm(t):
            fail(f"docx: short note {n} {t!r}")
    else:
        holds(t, want, f"docx note {n}")
bibl = [text_of(p) for p in paras if 'w:val="Bibliography"' in p]
heads = [text_of(p) for p in paras if 'w:val="Heading1"' in p]
if heads[-1] != "Bibliography" or not paras[-1] or 'Heading1' in "".join(paras[-len(bibl) - 3:]):
    fail("docx: Bibliography heading")
if len(bibl) != len(k["literature"]):
    fail("docx: literature length")
for t, want in zip(bibl, k["literature"]):
    holds(t, want, "docx bibliography", first_author=bool(want.get("authors")))
for want in k["notes"].values():
    if want not in k["literature"]:
        fail(f"docx: note work not in bibliography {want}")

# ---- pdftext ----
k = key("pdftext", "direccio-escena-ca")
raw = open(os.path.join(ROOT, "pdftext", "direccio-escena-ca", "direccio-escena.txt"), encoding="utf-8").read()
lines = raw.split("\n")
clean = [("" if re.match(r"\f?(MARTA RIBAS I OLLER \d+|\d+ ESTUDIS ESCÈNICS 51 \(2026\))$", l) else l.lstrip("\f")) for l in lines]
bi = clean.index("Bibliografia")
entries = []
for l in clean[bi + 1:]:
    if not l.strip():
        continue
    if l.startswith("   "):
        prev = entries[-1]
        entries[-1] = prev + ("" if prev.endswith("/") else " ") + l.strip()
    else:
        entries.append(l.strip())
if len(entries) != len(k["literature"]):
    fail(f"pdftext: {len(entries)} entries")
for n, (t, want) in enumerate(zip(entries, k["literature"]), 1):
    holds(t, want, f"pdftext entry {n}", first_author=bool(want.get("authors")))
    if k["notes"][str(n)] != want:
        fail(f"pdftext note {n}")
heads = [re.match(r"(.+?) \((\d{4})\)", t).groups() for t in entries]
fold = lambda x: unicodedata.normalize("NFD", norm(x)).encode("ascii", "ignore").decode()
if [fold(h[0]) for h in heads] != sorted(fold(h[0]) for h in heads):
    fail("pdftext: not alphabetical")
body = "\n".join(clean[:bi])
got = []
for n, (head, year) in enumerate(heads, 1):
    name = head.split(",")[0]
    pat = r"\s+".join("(?:-\n)?".join(re.escape(c) for c in w) for w in name.split())
    for m in re.finditer(pat + r"\s*\(?" + year, body):
        got.append((str(n), body.count("\n", 0, m.start()) + 1))
same_pairs(got, k, "pdftext")
# years not citations: the journal head (line 1), `desembre de 1976,` (18), `Fígaro de 1989,` (55)
yl = [body.count("\n", 0, m.start()) + 1 for m in re.finditer(r"(?<![–\d])(19|20)\d\d(?=[;:),])", body)]
allyears = len([y for y in yl if y not in (1, 18, 55)])
if allyears != len(got) or not {1, 18, 55} <= set(yl):
    fail(f"pdftext: {allyears} citation-like years in the body, {len(got)} pairs")
if {g[0] for g in got} != {str(n) for n in range(1, len(entries) + 1)}:
    fail("pdftext: uncited entry")

print("\n".join(bad) if bad else "all checks passed")
sys.exit(1 if bad else 0)
