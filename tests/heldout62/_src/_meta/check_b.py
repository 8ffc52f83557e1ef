"""Checks heldout62 half B's built documents against their keys (the writer's own script).
    python3 tests/heldout62/_src/_meta/check_b.py"""
import json, os, re, sys, zipfile, unicodedata, html as H
from collections import Counter
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
SRC = os.path.join(ROOT, "_src")
MINE = {"latex/akrasia-protagoras-en", "rst/underdetermination-en", "html/zgoda-swiadoma-pl", "docx/cogito-at-fr", "pdftext/leiblichkeit-nl"}
bad = []


def load(fmt, name):
    key = json.load(open(os.path.join(ROOT, fmt, f"{name}.key.json"), encoding="utf-8"))
    return key, os.path.join(ROOT, fmt, key["document"])


def same(what, got, key):
    want = Counter((str(l), n) for l, n in key["citations"])
    got = Counter((str(l), n) for l, n in got)
    if got != want:
        bad.append(f"{what}: pairs differ\n  only found: {sorted((got - want).elements())}\n  only keyed: {sorted((want - got).elements())}")


def fold(s):
    s = unicodedata.normalize("NFKD", s.replace("–", "-").replace("—", "-").replace("’", "'").replace("\u00a0", " "))
    return re.sub(r"\s+", " ", "".join(c for c in s if not unicodedata.combining(c))).casefold()


def holds(what, text, e, author_start=False, title=True):
    """the text holds the key's title, year, DOI/URL and every author (the first at its start)"""
    t = fold(text)
    if title and "title" in e and fold(e["title"]) not in t:
        bad.append(f"{what}: title {e['title']!r} not in {text[:200]!r}")
    if "year" in e and str(e["year"]) not in text:
        bad.append(f"{what}: year {e['year']} not in {text[:160]!r}")
    for f in ("doi", "url"):
        if f in e and e[f] not in text:
            bad.append(f"{what}: {f} {e[f]} not in {text[:260]!r}")
    if "authors" in e:
        ok = all(fold(a) in t for a in e["authors"])
        if author_start:
            ok = ok and t.startswith(fold(e["authors"][0]))
        if not ok:
            bad.append(f"{what}: authors {e['authors']} not in {text[:100]!r}")


# ---- no annotation left in any built file of this half (docx parts and keys included); line counts kept ----
for part in MINE:
    fmt, name = part.split("/")
    paths = [os.path.join(ROOT, fmt, f"{name}.key.json")]
    d = os.path.join(ROOT, fmt, name)
    if fmt == "docx":
        paths.append(os.path.join(ROOT, fmt, f"{name}.docx"))
    else:
        paths += [os.path.join(dp, f) for dp, _, fs in os.walk(d) for f in fs]
    for p in paths:
        if p.endswith(".docx"):
            z = zipfile.ZipFile(p)
            texts = [z.read(n).decode("utf-8", "replace") for n in z.namelist()]
        else:
            texts = [open(p, encoding="utf-8").read()]
            if not p.endswith(".key.json"):
                src = os.path.join(SRC, fmt, name, os.path.relpath(p, d))
                if open(src, encoding="utf-8").read().count("\n") != texts[0].count("\n"):
                    bad.append(f"line count changed: {p}")
        if any("⟦" in t or "⟧" in t for t in texts):
            bad.append(f"annotation left in {p}")

# ---- latex (natbib + plainnat; sections/protagoras.tex by \input) ----
key, doc = load("latex", "akrasia-protagoras-en")
folder = os.path.dirname(doc)
got = []
for f in ("akrasia.tex", "sections/protagoras.tex"):
    for i, l in enumerate(open(os.path.join(folder, f), encoding="utf-8").read().split("\n"), 1):
        l = re.sub(r"(?<!\\)%.*", "", l)
        if re.search(r"\\[a-zA-Z]*cite(?![tp]\b)[a-zA-Z]*", l.replace("\\citet", "").replace("\\citep", "")):
            bad.append(f"latex: another cite command at {f}:{i}")
        for m in re.finditer(r"\\cite[tp]\*?(?:\[[^\]]*\])*\{([^}]*)\}", l):
            got += [(k.strip(), i) for k in m.group(1).split(",")]
same("latex", got, key)
main = open(doc, encoding="utf-8").read()
assert "\\input{sections/protagoras}" in main and "\\bibliographystyle{plainnat}" in main and "\\bibliography{akrasia}" in main
ACC = {"'": "\u0301", "`": "\u0300", '"': "\u0308", "^": "\u0302", "~": "\u0303", "v": "\u030c", "c": "\u0327"}


def detex(s):
    s = re.sub(r"\{\\([\'`\"^~vc])\{?\s*([A-Za-z])\}?\}", lambda m: unicodedata.normalize("NFC", m.group(2) + ACC[m.group(1)]), s)
    s = s.replace("--", "–").replace("\\&", "&")
    return re.sub(r"\s+", " ", s.replace("{", "").replace("}", "")).strip()


bib = open(os.path.join(folder, "akrasia.bib"), encoding="utf-8").read()
entries = []
for m in re.finditer(r"@(\w+)\{([^,]+),\n(.*?)\n\}", bib, re.S):
    fields = {f.group(1).lower(): f.group(2) for f in re.finditer(r"^\s*(\w+)\s*= \{(.*)\},?$", m.group(3), re.M)}
    entries.append((m.group(1).lower(), m.group(2), fields))
assert len(entries) == bib.count("\n@") == 17, len(entries)
ids = [k for _, k, _ in entries]
cited = {k for k, _ in got}
if set(ids) != cited - {"price1995"}:
    bad.append(f"latex: cited vs bib {set(ids) ^ cited}")
pl = [n for k, n in got if k == "price1995"]
if key["defects"] != [{"kind": "missing-literature-entry", "line": pl[0]}] or len(pl) != 1 or "price1995" in key["notes"]:
    bad.append(f"latex defect {key['defects']} {pl}")
KIND = {"article": "article", "book": "book", "incollection": "chapter", "phdthesis": "thesis"}
sortkeys = {}
for typ, k, f in entries:
    fams = [detex(a.split(",")[0]) for a in re.split(r"\s+and\s+", f["author"])]
    want = {"authors": fams, "title": detex(f["title"]), "year": int(f["year"])}
    for x in ("doi", "url"):
        if x in f:
            want[x] = f[x]
    want["kind"] = KIND[typ]
    if key["notes"].get(k) != want:
        bad.append(f"latex {k}: key {key['notes'].get(k)} != bib {want}")
    sortkeys[k] = (" ".join(fold(a) for a in fams), int(f["year"]), fold(want["title"]))
order = sorted(ids, key=lambda k: sortkeys[k])
if key["literature"] != [key["notes"][k] for k in order]:
    bad.append(f"latex literature order: {order}")
if list(key["notes"]) != order:
    bad.append("latex notes not in printed order")

# ---- rst ----
key, doc = load("rst", "underdetermination-en")
lines = open(doc, encoding="utf-8").read().split("\n")
got, fn = [], 0
for i, l in enumerate(lines, 1):
    if l.startswith(".. ["):
        continue
    for m in re.finditer(r"\[(#|[A-Za-z]\w*)\]_", l):
        if m.group(1) == "#":
            fn += 1
            got.append((str(fn), i))
        else:
            got.append((m.group(1), i))
same("rst", got, key)
defs, cur = [], None
for i, l in enumerate(lines, 1):
    m = re.match(r"\.\. \[(#|[A-Za-z]\w*)\] (.*)", l)
    if m:
        cur = [m.group(1), m.group(2), i]
        defs.append(cur)
    elif cur and l.startswith("   "):
        cur[1] += " " + l.strip()
    else:
        cur = None
cits = [d for d in defs if d[0] != "#"]
foots = [d for d in defs if d[0] == "#"]
labels = [d[0] for d in cits]
if labels != [k for k in key["notes"] if not k.isdigit()]:
    bad.append(f"rst entry labels/order: {labels}")
if key["literature"] != [key["notes"][k] for k in labels]:
    bad.append("rst literature is not the entries in document order")
for lab, text, _ in cits:
    holds(f"rst [{lab}]", text, key["notes"][lab], author_start="authors" in key["notes"][lab])
if set(labels) != {k for k, _ in got if not k.isdigit()}:
    bad.append(f"rst: cited vs entries {set(labels) ^ {k for k, _ in got}}")
assert len(foots) == 2 and fn == 2
holds("rst footnote 1", foots[0][1], key["notes"]["1"])
holds("rst footnote 2", foots[1][1], key["notes"]["2"])
if key["defects"] != []:
    bad.append("rst defects")

# ---- html ----
key, doc = load("html", "zgoda-swiadoma-pl")
text = open(doc, encoding="utf-8").read()
lines = text.split("\n")
got = []
for i, l in enumerate(lines, 1):
    if "<li id=" in l:
        continue
    for m in re.finditer(r'<sup class="przypis"><a href="#przypis-(\d+)" id="odsylacz-\1">\1</a></sup>', l):
        got.append((m.group(1), i))
    if len(re.findall("<sup", l)) != len(re.findall('<sup class="przypis">', l)):
        bad.append(f"html: other <sup> at {i}")
assert [int(l) for l, _ in got] == list(range(1, 21)), got
same("html", got, key)
lis = {}
for i, l in enumerate(lines, 1):
    m = re.match(r'<li id="przypis-(\d+)">(.*)</li>$', l)
    if m:
        lis[m.group(1)] = (re.sub(r"<[^>]+>", "", H.unescape(m.group(2))), i)
assert list(lis) == [str(n) for n in range(1, 21)]
REPEAT = {"4": ("Tamże", None), "9": ("dz. cyt.", "Autonomy and Trust"), "19": ("dz. cyt.", "Rethinking Informed Consent")}
for n, (t, i) in lis.items():
    e = key["notes"][n]
    if n in REPEAT:
        word, start = REPEAT[n]
        prev = key["notes"][str(int(n) - 1)] if word == "Tamże" else None
        if word not in t or (start and (start not in t or not all(a in t for a in e["authors"]))) or (prev and prev != e):
            bad.append(f"html note {n}: repeat not as keyed: {t[:80]}")
        if word == "dz. cyt." and not any(v == e and k != n and k not in REPEAT for k, v in key["notes"].items()):
            bad.append(f"html note {n}: keyed work has no full note")
        continue
    holds(f"html note {n}", t, e)
    if "doi" not in e and re.search(r"10\.\d{4,}/", t):
        bad.append(f"html note {n}: a DOI printed but not keyed")
dl = [i for n, (t, i) in lis.items() if "10.99999.bioe" in t]
if key["defects"] != [{"kind": "malformed-field", "line": dl[0]}] or "doi" in key["notes"]["17"]:
    bad.append(f"html defect {key['defects']} {dl}")
if key["literature"] != []:
    bad.append("html literature")

# ---- docx ----
key, doc = load("docx", "cogito-at-fr")
z = zipfile.ZipFile(doc)
body = z.read("word/document.xml").decode()
paras = re.findall(r"<w:p>.*?</w:p>|<w:p .*?</w:p>", body.split("<w:body>")[1])
got, texts, styles = [], [], []
for i, p in enumerate(paras, 1):
    for m in re.finditer(r'<w:footnoteReference w:id="(\d+)"/>', p):
        got.append((m.group(1), i))
    texts.append(H.unescape("".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", p))))
    s = re.search(r'<w:pStyle w:val="([^"]+)"/>', p)
    styles.append(s.group(1) if s else None)
assert [int(l) for l, _ in got] == list(range(1, 23)), got
same("docx", got, key)
fnx = z.read("word/footnotes.xml").decode()
notes = {}
for m in re.finditer(r'<w:footnote w:id="(\d+)">(.*?)</w:footnote>', fnx, re.S):
    notes[m.group(1)] = H.unescape("".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", m.group(2)))).strip()
assert [n for n in notes if int(n) > 0] == [str(n) for n in range(1, 23)], list(notes)
for n in range(1, 23):
    t, e = notes[str(n)], key["notes"][str(n)]
    if t.startswith("Ibid."):
        if e != key["notes"][str(n - 1)]:
            bad.append(f"docx note {n}: Ibid. not keyed as note {n - 1}")
    elif re.search(r"\bAT [IVX]+(-1)?, \d+\.$", t) and "Œuvres" not in t:
        if e != key["notes"]["1"]:
            bad.append(f"docx note {n}: AT short note not keyed as the edition")
    elif "op. cit." in t or "art. cit." in t:
        if not (t.startswith(e["authors"][0]) and fold(e["title"])[:18] in fold(t)):
            bad.append(f"docx note {n}: short note {t[:60]!r} vs {e}")
    else:
        holds(f"docx note {n}", t, e)
start = next(i for i, t in enumerate(texts) if t == "Bibliographie" and styles[i] == "Heading1")
lit = [t for i, t in enumerate(texts) if i > start and styles[i] == "Bibliography"]
heads = [t for i, t in enumerate(texts) if i > start and styles[i] == "Heading2"]
assert heads == ["Sources", "Études", "Ressources en ligne"], heads
assert all(styles[i] in ("Bibliography", "Heading2") for i in range(start + 1, len(texts))), styles[start:]
if len(lit) != len(key["literature"]):
    bad.append(f"docx: {len(lit)} entries, {len(key['literature'])} keyed")
for t, e in zip(lit, key["literature"]):
    holds(f"docx entry {t[:30]!r}", t, e, author_start="authors" in e)
for e in key["notes"].values():
    if e not in key["literature"]:
        bad.append(f"docx: note work not in the list: {e}")

# ---- pdftext ----
key, doc = load("pdftext", "leiblichkeit-nl")
raw = open(doc, encoding="utf-8").read()
lines = raw.split("\n")
HEAD = {"BAKKER – HET LICHAAM DAT ZICH AANDIENT", "TIJDSCHRIFT VOOR FILOSOFIE 86 (2024)"}
clean = []
for l in lines:
    s = l.lstrip("\f")
    clean.append("" if (s in HEAD or re.fullmatch(r"\d{3}", s)) else s)
li = clean.index("Literatuur")
ents = []
for i in range(li + 1, len(clean)):
    l = clean[i]
    if not l:
        continue
    if re.match(r"[A-Z][\w’'-]+, [A-Z]\.(?: [A-Z]\.)*,? .*\(\d{4}\)\.", l):
        ents.append(l)
    else:
        prev = ents[-1]
        if re.search(r"[a-zäöü]-$", prev) and l[0].islower():
            ents[-1] = prev[:-1] + l
        elif prev.endswith(("https://", "/")):
            ents[-1] = prev + l
        else:
            ents[-1] = prev + " " + l
if len(ents) != len(key["literature"]) or key["literature"] != list(key["notes"].values()):
    bad.append(f"pdftext: {len(ents)} entries")
fams = []
for n, (t, e) in enumerate(zip(ents, key["literature"]), 1):
    holds(f"pdftext entry {n}", t, e, author_start=True)
    names = re.findall(r"(?:^|&\s|,\s)([A-Z][\w-]+), [A-Z]\.", t.split(" (")[0])
    if names != e["authors"]:
        bad.append(f"pdftext entry {n}: printed names {names} != {e['authors']}")
    fams.append((" ".join(fold(a) for a in e["authors"]), e["year"]))
if fams != sorted(fams):
    bad.append("pdftext Literatuur not alphabetical")
# body citations: Name (& Name) then a year, joined across line ends; the pair at the name's line
lab = {(e["authors"][0], e["year"]): str(n) for n, e in enumerate(key["literature"], 1)}
flat, where = "", []
for i in range(li):
    l = clean[i]
    if flat.endswith("-") and l[:1].isupper():
        pass  # a hyphenated name (Merleau-Ponty) joined as it is
    elif flat and not flat.endswith("-"):
        flat += " "
        where.append(i)
    flat += l
    where += [i + 1] * len(l)
got = []
names = sorted({a for a, _ in lab}, key=len, reverse=True)
for m in re.finditer(r"\b(" + "|".join(re.escape(a) for a in names) + r")(?: & [A-Z]\w+)? \(?(\d{4})\b", flat):
    k = (m.group(1), int(m.group(2)))
    if k in lab:
        got.append((lab[k], where[m.start()]))
    elif m.start() > flat.index("1. Inleiding"):
        bad.append(f"pdftext: {k} cites no entry")
got = [g for g in got if g[1] > 16]  # the title block and Samenvatting hold no citation
same("pdftext", got, key)
if {l for l, _ in got} != set(key["notes"]):
    bad.append("pdftext: an entry not cited")

print("\n".join(bad) if bad else "all checks passed")
sys.exit(1 if bad else 0)
