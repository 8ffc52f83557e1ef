"""Checks heldout66 half B's built documents against their keys (the writer's own checks).
Run after keys_b.py and the builders:  python3 tests/heldout66/_src/_meta/check_b.py"""
import json, os, re, sys, zipfile, subprocess, tempfile, shutil, unicodedata, hashlib
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
            fail(f"{where}: {f} {e[f]!r} not in {text[:140]!r}")
    if "year" in e and str(e["year"]) not in text:
        fail(f"{where}: year {e['year']} not in {text[:140]!r}")
    for a in e.get("authors", []):
        if norm(a) not in t and not (re.match(r"(von|van|de|den|der) ", a) and norm(a.split()[-1]) in t and norm(a.rsplit(" ", 1)[0]) in t):
            fail(f"{where}: author {a} not in {text[:140]!r}")
    if first_author and e.get("authors") and not t.startswith(norm(e["authors"][0])):
        fail(f"{where}: does not start with {e['authors'][0]}")
    if "doi" not in e and re.search(r"doi(\.org/|:)10\.", text):
        fail(f"{where}: DOI printed but not keyed")
    if "url" not in e and "doi" not in e and "http" in text:
        fail(f"{where}: URL printed but not keyed")


def same_pairs(got, k, where):
    want = Counter(tuple(c) for c in k["citations"])
    got = Counter(got)
    if got != want:
        fail(f"{where}: pairs differ: missing {sorted((want - got).elements())}, extra {sorted((got - want).elements())}")


def clean_key(k, where):
    if k.get("clean") is not True:
        fail(f"{where}: clean is not true")
    for e in list(k["notes"].values()) + k["literature"]:
        if "doi" in e and "url" in e:
            fail(f"{where}: both doi and url in {e}")
        if "doi" in e and not re.match(r"10\.\d{4,5}/\S+$", e["doi"]):
            fail(f"{where}: doi {e['doi']}")


# ---- every built file: no annotation left, built text = source without annotations ----
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
DOCS = [("rst", "btb-surveillance-en", ["btb-surveillance.rst"]),
        ("latex", "eficiencia-porcino-es", ["eficiencia.tex", "secciones/resultados.tex", "porcino.bib"]),
        ("html", "ekinokokki-fi", ["yksi-terveys-ekinokokki.html"]),
        ("pdftext", "antibiotica-gezelschapsdieren-nl", ["antibiotica-gezelschapsdieren.txt"])]
for fmt, name, files in DOCS:
    for f in files:
        a = open(os.path.join(SRC, fmt, name, f), encoding="utf-8").read()
        b = open(os.path.join(ROOT, fmt, name, f), encoding="utf-8").read()
        if a.count("\n") != b.count("\n") or re.sub(r"⟦[^⟧]*⟧", "", a) != b:
            fail(f"{fmt}/{name}/{f}: built file is not the source without annotations")
    k = key(fmt, name)
    src_meta = json.load(open(os.path.join(SRC, fmt, name, "meta.json"), encoding="utf-8"))
    for f in ("notes", "literature", "clean", "about"):
        if k.get(f) != src_meta.get(f):
            fail(f"{fmt}/{name}: key's {f} is not meta.json's")

# ---- rst ----
k = key("rst", "btb-surveillance-en")
clean_key(k, "rst")
if k["defects"]:
    fail("rst: defects")
lines = open(os.path.join(ROOT, "rst", "btb-surveillance-en", "btb-surveillance.rst"), encoding="utf-8").read().split("\n")
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
    for m in re.finditer(r"\[([#\w.-]+)\]_", l):
        if m.group(1) == "#":
            fn += 1
            got.append((str(fn), i))
        else:
            got.append((m.group(1), i))
same_pairs(got, k, "rst")
lit = [e for e in entries if e[0] != "#"]
if len(lit) != len(k["literature"]) or len(lit) != 16:
    fail("rst: literature length")
for (lab, text), want in zip(lit, k["literature"]):
    t = text.replace("*", "").replace("\\ ", "")
    holds(t, want, f"rst [{lab}]", first_author=True)
    if k["notes"].get(lab) != want:
        fail(f"rst: note {lab} is not its entry")
cited = {g[0] for g in got}
for lab, _ in lit:
    if lab not in cited:
        fail(f"rst: {lab} uncited")
if set(k["notes"]) != {e[0] for e in lit} | {"1", "2"}:
    fail("rst: notes are not the entries and the two footnotes")
fns = [e[1].replace("*", "") for e in entries if e[0] == "#"]
holds(fns[0], k["notes"]["1"], "rst footnote 1")
holds(fns[1], k["notes"]["2"], "rst footnote 2", first_author=True)
try:
    import docutils.core
    d = docutils.core.publish_doctree("\n".join(lines), settings_overrides={"report_level": 5, "halt_level": 5})
    nc = len(d.traverse(lambda n: n.tagname == "citation_reference")) + len(d.traverse(lambda n: n.tagname == "footnote_reference"))
    if nc != len(k["citations"]) or d.traverse(lambda n: n.tagname == "system_message"):
        fail(f"rst: docutils finds {nc} references or system messages")
except ImportError:
    pass

# ---- latex ----
k = key("latex", "eficiencia-porcino-es")
clean_key(k, "latex")
base = os.path.join(ROOT, "latex", "eficiencia-porcino-es")
got, lines_of = [], {}
for f in ("eficiencia.tex", "secciones/resultados.tex"):
    for i, l in enumerate(open(os.path.join(base, f), encoding="utf-8").read().split("\n"), 1):
        l = re.sub(r"(?<!\\)%.*", "", l)
        if re.search(r"\\(no)?cite(?!t\b|p\b)[a-z]*\*?[\[{]", l):
            fail(f"latex: other cite command at {f}:{i}")
        for m in re.finditer(r"\\cite[tp](?:\[[^\]]*\]){0,2}\{([^}]*)\}", l):
            for x in m.group(1).split(","):
                got.append((x.strip(), i))
                lines_of.setdefault(x.strip(), []).append((f, i))
same_pairs(got, k, "latex")
main = open(os.path.join(base, "eficiencia.tex"), encoding="utf-8").read()
for s in ("\\input{secciones/resultados}", "\\bibliographystyle{plainnat}", "\\bibliography{porcino}"):
    if s not in main:
        fail(f"latex: {s} missing")
bib = open(os.path.join(base, "porcino.bib"), encoding="utf-8").read()
ents = {}
for m in re.finditer(r"@(\w+)\{(\w+),(.*?)\n\}", bib, re.S):
    fields = {}
    for a, b in re.findall(r"^\s*(\w+)\s*=\s*\{(.*)\},?\s*$", m.group(3), re.M):
        fields[a.lower()] = b
    ents[m.group(2)] = (m.group(1).lower(), fields)
KIND = {"book": "book", "article": "article", "incollection": "chapter", "phdthesis": "thesis"}
ACC = {"{\\'\\i}": "í", "{\\'a}": "á", "{\\'e}": "é", "{\\'o}": "ó", "{\\'u}": "ú", "{\\~n}": "ñ", "{\\~a}": "ã", "{\\`e}": "è", "{\\'E}": "É"}
def tex(s):
    for a, b in ACC.items():
        s = s.replace(a, b)
    s = s.replace("--", "–").replace("~", " ")
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
    kind = KIND.get(typ) or ("report" if re.match(r"(Real Decreto|Reglamento)", tex(f["title"])) else "web")
    if kind != want["kind"]:
        fail(f"latex {lab}: kind {kind} != {want['kind']}")
    fam = [] if "author" not in f or f["author"].startswith("{") else [tex(a.split(",")[0].strip()) for a in f["author"].split(" and ")]
    if fam != want.get("authors", []):
        fail(f"latex {lab}: authors {fam} != {want.get('authors')}")
if set(ents) != set(k["notes"]):
    fail("latex: .bib entries and notes differ")
missing = {g[0] for g in got} - set(ents)
if missing != {"garciarubio2020"} or [(d["kind"], d["line"]) for d in k["defects"]] != [("missing-literature-entry", i) for _, i in lines_of["garciarubio2020"]] or lines_of["garciarubio2020"][0][0] != "secciones/resultados.tex":
    fail(f"latex: missing keys {missing} / defect line")
if not {g[0] for g in got} >= set(ents):
    fail("latex: uncited entry")
tmp = tempfile.mkdtemp()
try:
    shutil.copytree(base, os.path.join(tmp, "d"))
    d = os.path.join(tmp, "d")
    subprocess.run(["pdflatex", "-interaction=nonstopmode", "eficiencia.tex"], cwd=d, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    subprocess.run(["bibtex", "eficiencia"], cwd=d, stdout=subprocess.DEVNULL)
    order = re.findall(r"\\bibitem\[[^\]]*\]\{(\w+)\}", open(os.path.join(d, "eficiencia.bbl"), encoding="utf-8").read().replace("\n", " "))
    if order != list(k["notes"]) or [k["notes"][o] for o in order] != k["literature"]:
        fail(f"latex: .bbl order {order}")
finally:
    shutil.rmtree(tmp)

# ---- html ----
k = key("html", "ekinokokki-fi")
clean_key(k, "html")
lines = open(os.path.join(ROOT, "html", "ekinokokki-fi", "yksi-terveys-ekinokokki.html"), encoding="utf-8").read().split("\n")
got, notes, nsup = [], {}, 0
for i, l in enumerate(lines, 1):
    nsup += l.count("<sup")
    for m in re.finditer(r'<sup class="viite"><a href="#viite-(\d+)" id="paluu-(\d+)">(\d+)</a></sup>', l):
        if not m.group(1) == m.group(2) == m.group(3):
            fail(f"html: call numbers differ at {i}")
        got.append((m.group(1), i))
    m = re.match(r'<li id="viite-(\d+)">(.*)</li>$', l)
    if m:
        notes[m.group(1)] = (i, unescape(re.sub(r"<[^>]+>", "", m.group(2))))
same_pairs(got, k, "html")
N = len(k["notes"])
if [g[0] for g in got] != [str(n) for n in range(1, N + 1)] or nsup != N or sorted(notes, key=int) != [str(n) for n in range(1, N + 1)]:
    fail("html: calls or notes not numbered 1-N once in order")
defect_lines = []
for n, want in k["notes"].items():
    line, text = notes[n]
    if text.startswith("Sama,"):
        if want != k["notes"][str(int(n) - 1)]:
            fail(f"html: Sama note {n} not keyed as note before")
        continue
    if ", mt.," in text:
        earlier = [m for m in range(1, int(n)) if k["notes"][str(m)] == want and ", mt.," not in notes[str(m)][1]]
        if not earlier or not text.startswith(notes[str(earlier[0])][1].split(".")[0].split(",")[0].split(" ")[0]):
            fail(f"html: mt. note {n} not keyed as its work")
        continue
    if "10.99999." in text:
        defect_lines.append(line)
        t2 = re.sub(r"https://doi\.org/10\.99999\.\S+", "", text)
        holds(t2, want, f"html note {n}")
        continue
    holds(text, want, f"html note {n}")
if [(d["kind"], d["line"]) for d in k["defects"]] != [("malformed-field", l) for l in defect_lines] or len(defect_lines) != 1:
    fail(f"html: defect line {defect_lines} {k['defects']}")
if k["literature"] != []:
    fail("html: literature")

# ---- docx ----
k = key("docx", "tierseuchen-hannover-de")
clean_key(k, "docx")
if k["defects"]:
    fail("docx: defects")
with zipfile.ZipFile(os.path.join(ROOT, "docx", "tierseuchen-hannover-de.docx")) as z:
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
N = len(k["notes"])
if seq != [str(n) for n in range(1, N + 1)]:
    fail(f"docx: footnote ids {seq}")
for n, want in k["notes"].items():
    t = fnotes[n]
    m = re.search(r"\(wie Anm\. (\d+)\)", t)
    if t.startswith("Ebd."):
        if want != k["notes"][str(int(n) - 1)]:
            fail(f"docx: Ebd. note {n}")
    elif m:
        if want != k["notes"][m.group(1)]:
            fail(f"docx: short note {n} not keyed as note {m.group(1)}")
        if want.get("authors") and norm(want["authors"][0]) not in norm(t):
            fail(f"docx: short note {n} lacks its author")
    else:
        holds(t, want, f"docx note {n}")
bibl = [text_of(p) for p in paras if 'w:val="Bibliography"' in p]
if len(bibl) != len(k["literature"]):
    fail("docx: literature length")
for t, want in zip(bibl, k["literature"]):
    holds(t, want, "docx bibliography")
    if want.get("authors"):
        a0 = want["authors"][0]
        head = t.split(":")[0]
        if not (t.startswith(a0) or (a0.startswith("von ") and head.startswith(a0.split()[-1]) and a0.split(" ", 1)[0] in head)):
            fail(f"docx bibliography: {t[:40]!r} does not start with {a0}")
for want in k["notes"].values():
    if want not in k["literature"]:
        fail(f"docx: note work not in bibliography {want}")
groups, cur = [], None
for p in paras:
    if 'w:val="Heading2"' in p:
        cur = []
        groups.append(cur)
    elif 'w:val="Bibliography"' in p:
        cur.append(text_of(p))
fold = lambda x: unicodedata.normalize("NFD", norm(x)).encode("ascii", "ignore").decode()
for g in groups:
    if g and [fold(x) for x in g] != sorted(fold(x) for x in g):
        fail(f"docx: group not alphabetical {g[0][:30]}")

# ---- pdftext ----
k = key("pdftext", "antibiotica-gezelschapsdieren-nl")
clean_key(k, "pdftext")
if k["defects"]:
    fail("pdftext: defects")
raw = open(os.path.join(ROOT, "pdftext", "antibiotica-gezelschapsdieren-nl", "antibiotica-gezelschapsdieren.txt"), encoding="utf-8").read()
lines = raw.split("\n")
clean = [("" if re.match(r"\f?(ANTIBIOTICAGEBRUIK BIJ HOND EN KAT +\d+|\d+ +TIJDSCHRIFT VOOR DIERGENEESKUNDE \| 2026 \| nr\. 11)$", l) else l.lstrip("\f")) for l in lines]
if raw.count("\f") != 2 or sum(1 for l in clean if l == "") < 1:
    fail("pdftext: pages")
bi = clean.index("LITERATUUR")
entries = []
for l in clean[bi + 1:]:
    if not l.strip():
        continue
    if l.startswith("    "):
        prev = entries[-1]
        s = l.strip()
        if prev.endswith("/") or re.search(r"(\.|-)$", prev) and "http" in prev.split(" ")[-1]:
            entries[-1] = prev + s
        elif prev.endswith("-") and s[:1].islower():
            entries[-1] = prev[:-1] + s
        else:
            entries[-1] = prev + " " + s
    else:
        entries.append(l.strip())
if len(entries) != len(k["literature"]):
    fail(f"pdftext: {len(entries)} entries")
def dutch_inverted(a):  # `Berg J van den` for `van den Berg`
    m = re.match(r"((?:van den|van der|van|de|den|der) )(.+)$", a)
    return (m.group(2), m.group(1).strip()) if m else (a, "")
for n, (t, want) in enumerate(zip(entries, k["literature"]), 1):
    t2 = re.sub(r"(\d{4})[ab];", r"\1;", t)
    holds(t2, want, f"pdftext entry {n}")
    if want.get("authors"):
        fam, part = dutch_inverted(want["authors"][0])
        if not t.startswith(fam) or (part and not re.match(re.escape(fam) + r" [A-Z]+ " + part, t)):
            fail(f"pdftext entry {n}: does not start with {want['authors'][0]}")
    if k["notes"][str(n)] != want:
        fail(f"pdftext note {n}")
heads = [re.split(r"[.,]| [A-Z]{1,4}[ ,.]", t)[0] for t in entries]
if [fold(h) for h in heads] != sorted(fold(h) for h in heads):
    fail(f"pdftext: not alphabetical {heads}")
# citation names: the entry's first family name, or the corporate head printed in the text
CITE = {1: "Van den Berg en Oosterhuis-de Wit", 2: "Budde en McCluskey", 3: "Dijkstra-Veldhuis", 4: "Dijkstra-Veldhuis en Sanders", 5: "European Medicines Agency",
        6: "Hopman", 7: "Hopman", 8: "KNMvD", 9: "MARAN", 10: "SDa", 11: "Speksnijder", 12: "Verordening (EU) 2019/6", 13: "Weese", 14: "Wet dieren"}
YEAR = {n: str(e["year"]) + {6: "a", 7: "b"}.get(n, "") for n, e in enumerate(k["literature"], 1)}
body = "\n".join(clean[:bi])
got = []
for n, name in CITE.items():
    if n == 3:
        name_re = r"Dijkstra-Veldhuis(?! en)"
    else:
        name_re = r"\s+".join("(?:-\n)?".join(re.escape(c) for c in w) for w in name.split())
    for m in re.finditer(name_re + r"(?: et al\.)?(?:,\s+| \()" + YEAR[n] + r"(?![\d])", body):
        got.append((str(n), body.count("\n", 0, m.start()) + 1))
same_pairs(got, k, "pdftext")
yl = [body.count("\n", 0, m.start()) + 1 for m in re.finditer(r"(?<![–\d-])(19|20)\d\d[ab]?(?=[;,)])", body)]
non = [y for y in yl if y != 1]  # the journal head
if len(non) != len(got):
    fail(f"pdftext: {len(non)} citation-like years in the body, {len(got)} pairs")
if {g[0] for g in got} != {str(n) for n in range(1, len(entries) + 1)}:
    fail("pdftext: uncited entry")

# ---- rebuild (in a copy) changes nothing ----
BUILD = os.path.abspath(os.path.join(ROOT, "..", "corpus_build"))
PY = os.environ.get("PYTHON", "/work/main/.venv/bin/python")
if os.path.exists(PY):
    tmp = tempfile.mkdtemp()
    try:
        copy = os.path.join(tmp, "heldout66")
        shutil.copytree(ROOT, copy)
        subprocess.run([sys.executable, os.path.join(copy, "_src", "_meta", "keys_b.py")], check=True)
        subprocess.run([PY, os.path.join(BUILD, "build.py"), copy, "btb-surveillance-en", "eficiencia-porcino-es", "ekinokokki-fi", "antibiotica-gezelschapsdieren-nl"], check=True, stdout=subprocess.DEVNULL)
        subprocess.run([PY, os.path.join(BUILD, "build_docx.py"), copy, "tierseuchen-hannover-de"], check=True, stdout=subprocess.DEVNULL)
        for dirpath, _, files in os.walk(ROOT):
            for f in files:
                a = os.path.join(dirpath, f)
                b = os.path.join(copy, os.path.relpath(a, ROOT))
                if f.endswith(".docx"):
                    za, zb = zipfile.ZipFile(a), zipfile.ZipFile(b)
                    if sorted(za.namelist()) != sorted(zb.namelist()) or any(za.read(n) != zb.read(n) for n in za.namelist()):
                        fail(f"rebuild changes {os.path.relpath(a, ROOT)}")
                elif open(a, "rb").read() != open(b, "rb").read():
                    fail(f"rebuild changes {os.path.relpath(a, ROOT)}")
    finally:
        shutil.rmtree(tmp)
else:
    fail("no builder python: rebuild not checked")

print("\n".join(bad) if bad else "all checks passed")
sys.exit(1 if bad else 0)
