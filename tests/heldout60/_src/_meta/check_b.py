"""Checks heldout60 half B's built documents against their keys (the writer's own script).
    python3 tests/heldout60/_src/_meta/check_b.py"""
import json, os, re, sys, zipfile, unicodedata
from collections import Counter
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
SRC = os.path.join(ROOT, "_src")
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


def holds(what, text, e, author_start=False, all_authors=False, title=True):
    """the text holds the key's title, year, DOI/URL and first (or every) author"""
    t = fold(text)
    if title and "title" in e and fold(e["title"]) not in t:
        bad.append(f"{what}: title {e['title']!r} not in {text[:160]!r}")
    if "year" in e and str(e["year"]) not in text:
        bad.append(f"{what}: year {e['year']} not in {text[:160]!r}")
    for f in ("doi", "url"):
        if f in e and e[f] not in text:
            bad.append(f"{what}: {f} {e[f]} not in {text[:220]!r}")
    if "authors" in e:
        ok = t.startswith(fold(e["authors"][0])) if author_start else fold(e["authors"][0]) in t
        if all_authors:
            ok = ok and all(fold(a) in t for a in e["authors"])
        if not ok:
            bad.append(f"{what}: authors {e['authors']} not in {text[:100]!r}")


# ---- no annotation left anywhere (docx parts included); line counts kept ----
for dp, _, fs in os.walk(ROOT):
    if "_src" in dp or dp == ROOT:
        continue
    for f in fs:
        p = os.path.join(dp, f)
        if f.endswith(".docx"):
            z = zipfile.ZipFile(p)
            texts = [z.read(n).decode("utf-8", "replace") for n in z.namelist()]
        else:
            texts = [open(p, encoding="utf-8").read()]
            rel = os.path.relpath(p, ROOT).split(os.sep)
            if len(rel) >= 3 and not f.endswith(".key.json"):
                src = os.path.join(SRC, *rel)
                if open(src, encoding="utf-8").read().count("\n") != texts[0].count("\n"):
                    bad.append(f"line count changed: {p}")
        if any("⟦" in t or "⟧" in t for t in texts):
            bad.append(f"annotation left in {p}")

# ---- latex (AASTeX, natbib, aasjournal.bst) ----
key, doc = load("latex", "ruvida-lightcurve-en")
folder = os.path.dirname(doc)
got = []
for fn in ("ruvida.tex", "sections/observations.tex"):
    for i, l in enumerate(open(os.path.join(folder, fn), encoding="utf-8").read().split("\n"), 1):
        l = re.sub(r"(?<!\\)%.*", "", l)
        for m in re.finditer(r"\\(cite\w*)\*?((?:\[[^\]]*\])*)\{([^}]*)\}", l):
            assert m.group(1) in ("citet", "citep"), m.group(0)
            for k in m.group(3).split(","):
                got.append((k.strip(), i))
same("latex", got, key)
assert "\\bibliographystyle{aasjournal}" in open(doc, encoding="utf-8").read()
ACC = {"'": "\u0301", "`": "\u0300", '"': "\u0308", "^": "\u0302", "~": "\u0303", "v": "\u030c", "H": "\u030b", "c": "\u0327"}


def detex(s):
    s = s.replace("\\i", "i")
    s = re.sub(r"\\([\'`\"^~vHc])\{?\s*([A-Za-z])\}?", lambda m: unicodedata.normalize("NFC", m.group(2) + ACC[m.group(1)]), s)
    s = s.replace("--", "–").replace("~", " ").replace("\\#", "#")
    return re.sub(r"\s+", " ", s.replace("{", "").replace("}", "")).strip()


bib = open(os.path.join(folder, "ruvida.bib"), encoding="utf-8").read()
entries = []
for m in re.finditer(r"@(\w+)\{([^,]+),\n(.*?)\n\}", bib, re.S):
    fields = {}
    for f in re.finditer(r"^\s*(\w+) = (?:\{(.*)\}|\"(.*)\"|(\d+)),?$", m.group(3), re.M):
        fields[f.group(1).lower()] = f.group(2) if f.group(2) is not None else (f.group(3) if f.group(3) is not None else f.group(4))
    entries.append((m.group(1).lower(), m.group(2), fields))
assert len(entries) == bib.count("\n@") + 1 == 27, len(entries)
ids = [k for _, k, _ in entries]
assert set(ids) == {k for k, _ in got}, set(ids) ^ {k for k, _ in got}
KIND = {"article": "article", "incollection": "chapter", "inproceedings": "chapter", "misc": "web", "software": "web"}
sortkeys = {}
for typ, k, f in entries:
    fams, corporate = [], False
    for a in re.split(r"\s+and\s+", f["author"]):
        a = a.strip()
        if "," not in a:
            corporate = True
            continue
        fams.append(detex(a.split(",")[0]))
    want = {"title": detex(f["title"]), "year": int(f["year"]), "kind": KIND[typ]}
    if not corporate:
        want["authors"] = fams
    for x in ("doi", "url"):
        if x in f:
            want[x] = f[x]
    if key["notes"].get(k) != want:
        bad.append(f"latex {k}: key {key['notes'].get(k)} != bib {want}")
    purified = " ".join(fold(detex(re.split(r",", a.strip())[0])).replace("-", " ") for a in re.split(r"\s+and\s+", f["author"]))
    sortkeys[k] = (re.sub(r"[^a-z ]", "", purified), int(f["year"]), fold(detex(f["title"])))
order = sorted(ids, key=lambda k: sortkeys[k])
if key["literature"] != [key["notes"][k] for k in order]:
    bad.append(f"latex literature order: {order}")

# ---- rst ----
key, doc = load("rst", "hyades-gaia-en")
lines = open(doc, encoding="utf-8").read().split("\n")
got, auto, defs, cur = [], 0, {}, None
for i, l in enumerate(lines, 1):
    m = re.match(r"\.\. \[([^\]]+)\] ?(.*)", l)
    if m:
        cur = [m.group(1), i, m.group(2)]
        defs.setdefault(m.group(1), []).append(cur)
        continue
    if cur and l.startswith("   "):
        cur[2] += " " + l.strip()
        continue
    cur = None
    for m in re.finditer(r"\[([^\]\s]+)\]_", l):
        if m.group(1) == "#":
            auto += 1
            got.append((str(auto), i))
        else:
            got.append((m.group(1), i))
same("rst", got, key)
foot = defs.pop("#")
assert len(foot) == 2 == auto
cites = [d for d in defs]
cited = {k for k, _ in got} - {"1", "2"}
assert cited <= set(defs), cited - set(defs)
assert set(defs) - cited == {"Hanson1975"}
assert key["defects"] == [{"kind": "uncited-literature-entry", "line": defs["Hanson1975"][0][1]}], key["defects"]
assert [e for e in key["literature"]] == [key["notes"].get(k, None) or e for k, e in zip(defs, key["literature"])]
assert len(key["literature"]) == len(defs) == 18
for (lab, d), e in zip(defs.items(), key["literature"]):
    text = d[0][2].replace("&", "&")
    holds(f"rst {lab}", re.sub(r"\*", "", text), e, author_start="authors" in e, all_authors=True)
    if lab != "Hanson1975":
        assert key["notes"][lab] == e, lab
assert set(key["notes"]) == (set(defs) - {"Hanson1975"}) | {"1", "2"}
holds("rst footnote 1", foot[0][2], key["notes"]["1"], all_authors=True)
holds("rst footnote 2", foot[1][2], key["notes"]["2"], all_authors=True)

# ---- html ----
key, doc = load("html", "meridienne-paris-fr")
lines = open(doc, encoding="utf-8").read().split("\n")
got, notes = [], {}
for i, l in enumerate(lines, 1):
    if l.startswith("<li id=\"note-"):
        n = re.match(r'<li id="note-(\d+)">(.*)</li>$', l)
        notes[n.group(1)] = (i, re.sub(r"<[^>]+>", "", n.group(2)).replace("&amp;", "&"))
        continue
    for m in re.finditer(r'<sup class="appel"><a href="#note-(\d+)" id="appel-(\d+)">(\d+)</a></sup>', l):
        assert m.group(1) == m.group(2) == m.group(3)
        got.append((m.group(1), i))
    for m in re.finditer(r"<sup[^>]*>(.*?)</sup>", l):
        assert "appel" in m.group(0) or m.group(1) == "e", m.group(0)
assert [int(n) for n, _ in got] == list(range(1, 22)), got
same("html", got, key)
assert list(notes) == [str(i) for i in range(1, 22)] and list(key["notes"]) == list(notes)
assert key["literature"] == []
for n, e in key["notes"].items():
    line, t = notes[n]
    if t.startswith("Ibid."):
        assert key["notes"][str(int(n) - 1)] == e, n
    elif "op. cit." in t:
        holds(f"html note {n}", t, {"authors": e["authors"]}, author_start=True)
        assert fold(e["title"]).startswith(fold(t.split(", ")[1])), n
    else:
        holds(f"html note {n}", t.replace("https://doi.org/", "DOI "), {**e, **({"doi": e["doi"]} if "doi" in e else {})}, all_authors=True)
        if "doi" not in e:
            assert "doi" not in t.lower() or n == "15", n
assert key["defects"] == [{"kind": "malformed-field", "line": notes["15"][0]}] and "10.99999.jha.2019.0117" in notes["15"][1]

# ---- docx ----
key, doc = load("docx", "merz-brera-it")
z = zipfile.ZipFile(doc)
body = z.read("word/document.xml").decode()
paras = re.findall(r"<w:p>.*?</w:p>", body.split("<w:body>")[1])
got, texts = [], []
for i, p in enumerate(paras, 1):
    for m in re.finditer(r'<w:footnoteReference w:id="(\d+)"/>', p):
        got.append((m.group(1), i))
    texts.append("".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", p)).replace("&amp;", "&"))
assert [int(l) for l, _ in got] == list(range(1, 22)), got
same("docx", got, key)
fn = z.read("word/footnotes.xml").decode()
ntext = {i: "".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", x)).replace("&amp;", "&")
         for i, x in re.findall(r'<w:footnote w:id="(\d+)">(.*?)</w:footnote>', fn, re.S)}
for n, e in key["notes"].items():
    t = ntext[n].strip()
    if t.startswith(("Ibidem", "Ivi")):
        assert key["notes"][str(int(n) - 1)] == e, n
        continue
    if "cit." in t:
        holds(f"docx note {n}", t, {"authors": e["authors"]}, author_start=True)
        frag = t.split(", ", 1)[1].split(", ")[0].strip("«» ")
        assert fold(e["title"]).startswith(fold(frag)), (n, frag)
        continue
    holds(f"docx note {n}", t, e, all_authors=True)
    if "doi" not in e:
        assert "doi" not in t.lower(), n
start = texts.index("Bibliografia")
lit = [(texts[i], paras[i]) for i in range(start + 1, len(paras)) if "Heading" not in paras[i]]
assert all('w:val="Bibliography"' in p for _, p in lit)
assert len(lit) == len(key["literature"]) == 15, len(lit)
for (t, _), e in zip(lit, key["literature"]):
    holds("docx list", t, e, author_start=True, all_authors=True)
    if "doi" not in e:
        assert "doi" not in t.lower(), t
assert sum(1 for p in paras if "Heading2" in p) == 4

# ---- pdftext ----
key, doc = load("pdftext", "rondely-cs")
lines = open(doc, encoding="utf-8").read().split("\n")
lit_at = lines.index("Literatura")
start = re.compile(r"^(?:[A-ZÁČĎÉÍŇÓŘŠŤÚŮÝŽ][\w-]+, [A-Z]\.|Stellarium 2023:|Archeologická mapa České republiky b\. r\.:)")
ents = []
for i, l in enumerate(lines[lit_at + 1:], lit_at + 2):
    if l.startswith("\f"):
        break
    if start.match(l):
        ents.append([i, l])
    else:
        prev = ents[-1][1]
        if prev.endswith("-") and l[:1].islower():
            ents[-1][1] = prev[:-1] + l
        elif prev.endswith("/"):
            ents[-1][1] = prev + l
        else:
            ents[-1][1] = prev + " " + l
assert len(ents) == len(key["literature"]) == 16, len(ents)
CZ = "aábcčdďeéěfghchiíjklmnňoópqrřsštťuúůvwxyýzž"


def czkey(s):
    s = s.casefold().replace("ch", "\x00")
    out = []
    for c in s:
        if c == "\x00":
            out.append(CZ.index("h") + 1.5)
        elif c in CZ:
            base = unicodedata.normalize("NFD", c)[0]
            out.append(CZ.index(c) if c in "čřšž" else CZ.index(base))
        else:
            out.append(-1)
    return out


heads = []
for n, ((i, t), e) in enumerate(zip(ents, key["literature"]), 1):
    head, rest = re.match(r"(.*?) ?(\d{4}|b\. r\.): (.*)", t).group(1, 3)
    y = re.match(r".*? ?(\d{4}|b\. r\.): ", t).group(1)
    assert key["notes"][str(n)] == e
    assert (int(y) if y.isdigit() else None) == e.get("year"), (t, e)
    fams = re.findall(r"([A-ZÁČĎÉÍŇÓŘŠŤÚŮÝŽ][\w-]+), (?:[A-Z]\. ?)+", head)
    if "(ed.)" in head:
        assert "authors" not in e
    elif fams:
        assert fams == e["authors"], (fams, e)
    else:
        assert "authors" not in e
    holds(f"pdftext entry {n}", t, e)
    heads.append((head.split(",")[0] if fams else head, y))
hk = [czkey(h) for h, _ in heads]
assert hk == sorted(hk), heads
# body citations: words hyphenated at line ends joined, each character keeps its line
chars, where = [], []
for i, l in enumerate(lines[:lit_at], 1):
    if l.startswith("\f") or re.fullmatch(r"\d+", l):
        l = ""
    if chars and chars[-1] == "-" and where[-1] == i - 1 and l[:1].islower():
        chars.pop(); where.pop()
    else:
        chars.append(" "); where.append(i)
    chars.extend(l); where.extend([i] * len(l))
text = "".join(chars)
alias = {h: h for h, _ in heads}
alias["Laskara"] = "Laskar"
pat = re.compile(r"(?<!\w)(" + "|".join(map(re.escape, sorted(alias, key=len, reverse=True))) + r")(?!\w)(?:\s+–\s+[A-ZŘŠ]\w+|\s+a kol\.)?\s+\(?(\d{4}|b\. r\.)")
got = []
for m in pat.finditer(text):
    got.append((str(heads.index((alias[m.group(1)], m.group(2))) + 1), where[m.start()]))
same("pdftext", got, key)
assert {int(l) for l, _ in got} == set(range(1, 17))

for b in bad:
    print(b)
print("OK" if not bad else f"{len(bad)} problem(s)")
tot = 0
for fmt, name in [("latex", "ruvida-lightcurve-en"), ("rst", "hyades-gaia-en"), ("html", "meridienne-paris-fr"),
                  ("docx", "merz-brera-it"), ("pdftext", "rondely-cs")]:
    k, _ = load(fmt, name)
    tot += len(k["citations"])
    print(f"{fmt}/{name}: {len(k['citations'])} pairs, {len(k.get('notes', {}))} notes, {len(k.get('literature', []))} entries, defects {k['defects']}")
print("pairs", tot)
sys.exit(1 if bad else 0)
