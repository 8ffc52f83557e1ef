"""Checks heldout58 half B's built documents against their keys (the writer's own script).
    python3 tests/heldout58/_src/_meta/check_b.py"""
import json, os, re, sys, zipfile, unicodedata
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
bad = []


def load(fmt, name):
    key = json.load(open(os.path.join(ROOT, fmt, f"{name}.key.json"), encoding="utf-8"))
    return key, os.path.join(ROOT, fmt, key["document"])


def same(what, got, key):
    want = sorted((str(l), n) for l, n in key["citations"])
    got = sorted((str(l), n) for l, n in got)
    if got != want:
        bad.append(f"{what}: pairs differ\n  only found: {sorted(set(got) - set(want))}\n  only keyed: {sorted(set(want) - set(got))}")


def fold(s):
    s = unicodedata.normalize("NFKD", s.replace("–", "-").replace("—", "-").replace("’", "'"))
    return re.sub(r"\s+", " ", "".join(c for c in s if not unicodedata.combining(c))).casefold()


def holds(what, text, e, author_start=False):
    """the entry text holds the key's title, year, DOI/URL and first author"""
    t = fold(text)
    if "title" in e and fold(e["title"]) not in t:
        bad.append(f"{what}: title {e['title']!r} not in {text[:120]!r}")
    if "year" in e and str(e["year"]) not in text:
        bad.append(f"{what}: year {e['year']} not in {text[:120]!r}")
    for f in ("doi", "url"):
        if f in e and e[f] not in text:
            bad.append(f"{what}: {f} {e[f]} not in {text[:160]!r}")
    if "authors" in e:
        ok = t.startswith(fold(e["authors"][0])) if author_start else fold(e["authors"][0]) in t
        if not ok:
            bad.append(f"{what}: author {e['authors'][0]} not in {text[:80]!r}")


# no annotation left anywhere (zip parts of .docx included)
for dp, _, fs in os.walk(ROOT):
    if "_src" in dp or dp == ROOT:  # README.md / HALF_B.md describe the annotations
        continue
    for f in fs:
        p = os.path.join(dp, f)
        if f.endswith(".docx"):
            z = zipfile.ZipFile(p)
            texts = [z.read(n).decode("utf-8", "replace") for n in z.namelist()]
        else:
            texts = [open(p, encoding="utf-8").read()]
        if any("⟦" in t or "⟧" in t for t in texts):
            bad.append(f"annotation left in {p}")

# ---- rst ----
key, doc = load("rst", "williams-tube-en")
lines = open(doc, encoding="utf-8").read().split("\n")
got, fn, entries = [], 0, []
for i, l in enumerate(lines, 1):
    m = re.match(r"\.\. \[([^\]]+)\]", l)
    if m:
        if m.group(1) != "#":
            entries.append([m.group(1), i, l[m.end():]])
        continue
    if entries and l.startswith("   "):
        entries[-1][2] += " " + l.strip()
        continue
    for m in re.finditer(r"\[([A-Za-z0-9#]+)\]_", l):
        if m.group(1) == "#":
            fn += 1
            got.append((str(fn), i))
        else:
            got.append((m.group(1), i))
same("rst", got, key)
labels = [e[0] for e in entries]
cited = {l for l, _ in got}
assert cited - set(labels) - {"1", "2"} == {"Lav80"}, cited - set(labels)
assert set(labels) <= cited, set(labels) - cited
assert [d["line"] for d in key["defects"]] == [n for l, n in got if l == "Lav80"]
assert set(key["notes"]) == cited - {"Lav80"}
assert len(entries) == len(key["literature"]) == 17
for (lab, i, text), e in zip(entries, key["literature"]):
    assert key["notes"][lab] == e, lab
    holds(f"rst {lab}", text.replace("\u00a0", " "), e)
assert labels == sorted(labels, key=str.casefold), labels

# ---- latex ----
key, doc = load("latex", "ponts-suspendus-fr")
tex = open(doc, encoding="utf-8").read().split("\n")
got = []
pat = re.compile(r"\\(?:paren|text|auto|foot)?cite\*?(?:\[[^\]]*\]){0,2}\{([^}]*)\}")
for i, l in enumerate(tex, 1):
    for m in pat.finditer(l):
        got += [(k.strip(), i) for k in m.group(1).split(",")]
same("latex", got, key)
bib = open(os.path.join(os.path.dirname(doc), "ponts.bib"), encoding="utf-8").read()
ents = re.findall(r"^@(\w+)\{([\w-]+),(.*?)^\}", bib, re.M | re.S)
assert {k for _, k, _ in ents} == {k for k, _ in got} == set(key["notes"])


def field(body, f):
    m = re.search(rf"^\s*{f}\s*=\s*\{{(.*)\}},?\s*$", body, re.M)
    return m.group(1) if m else None


def clean(t):
    return t.replace("{", "").replace("}", "").replace("---", "—").replace("--", "–")


sk = {}
for typ, k, b in ents:
    n = key["notes"][k]
    assert clean(field(b, "title")) == n["title"], (k, field(b, "title"))
    y = field(b, "year") or (field(b, "date") or "")[:4] or None
    assert (int(y) if y else None) == n.get("year"), k
    for f in ("doi", "url"):
        assert field(b, f) == n.get(f), (k, f)
    a = field(b, "author")
    fams = [x.split(",")[0].strip() for x in a.split(" and ")] if a else []
    assert fams == n.get("authors", []), (k, fams)
    sk[k] = (fold(fams[0] if fams else clean(field(b, "title"))), y or "", fold(clean(field(b, "title"))))
assert sorted(sk, key=sk.get) == list(key["notes"]), sorted(sk, key=sk.get)
assert [key["notes"][k] for k in key["notes"]] == key["literature"]

# ---- html ----
key, doc = load("html", "napoli-portici-it")
lines = open(doc, encoding="utf-8").read().split("\n")
got, lis = [], {}
for i, l in enumerate(lines, 1):
    m = re.match(r'<li id="rif(\d+)">(.*)</li>', l)
    if m:
        lis[int(m.group(1))] = (i, re.sub(r"<[^>]+>", "", m.group(2)).replace("&amp;", "&"))
        continue
    for g in re.finditer(r"\[(<a href=\"#rif\d+\">\d+</a>(?:(?:, |–)<a href=\"#rif\d+\">\d+</a>)*)(?:, pp?\. [\d–]+)?\]", l):
        s = g.group(1)
        for r in re.finditer(r'<a href="#rif(\d+)">(\d+)</a>–<a href="#rif(\d+)">(\d+)</a>', s):
            assert r.group(1) == r.group(2) and r.group(3) == r.group(4)
        nums = [int(x) for x in re.findall(r'<a href="#rif(\d+)">\1</a>', s)]
        assert len(nums) == len(re.findall(r"<a ", s)), s
        if "–" in s:
            nums = list(range(nums[0], nums[1] + 1))
        got += [(str(n), i) for n in nums]
same("html", got, key)
assert len(re.findall(r'href="#rif', "\n".join(lines))) == sum(len(re.findall(r'href="#rif', l)) for l in lines)
first = []
for l, _ in sorted(got, key=lambda x: x[1]):
    if int(l) not in first:
        first.append(int(l))
assert first == list(range(1, 19)), first
assert sorted(lis) == list(range(1, 19))
for n, e in enumerate(key["literature"], 1):
    assert e["number"] == n and key["notes"][str(n)] == {k: v for k, v in e.items() if k != "number"}
    holds(f"html [{n}]", lis[n][1], e, author_start=True)
assert [d["line"] for d in key["defects"]] == [lis[16][0]] and "doi:10.99999qst" in lis[16][1]
assert all("title" not in e or "doi" in e or "doi:" not in lis[n][1] for n, e in enumerate(key["literature"], 1) if n != 16)

# ---- docx ----
key, doc = load("docx", "mina-sao-domingos-pt")
z = zipfile.ZipFile(doc)
body = z.read("word/document.xml").decode()
paras = re.findall(r"<w:p>.*?</w:p>", body.split("<w:body>")[1])
got, texts = [], []
for i, p in enumerate(paras, 1):
    for m in re.finditer(r'<w:footnoteReference w:id="(\d+)"/>', p):
        got.append((m.group(1), i))
    texts.append("".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", p)))
assert [int(l) for l, _ in got] == list(range(1, 23)), got
same("docx", got, key)
fn = z.read("word/footnotes.xml").decode()
notes_xml = re.findall(r'<w:footnote w:id="(\d+)">(.*?)</w:footnote>', fn, re.S)
ntext = {i: "".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", x)).replace("&amp;", "&") for i, x in notes_xml}
for n, e in key["notes"].items():
    t = fold(ntext[n]).strip()
    if t.startswith("ibidem"):
        continue
    if "authors" in e:
        assert fold(e["authors"][0]) in t, (n, t)
    if "title" in e and "op. cit." not in t:
        assert fold(e["title"])[:14] in t, (n, t, e["title"])
    if "year" in e and "op. cit." not in t and not re.search(r", \d+\.$", t) or n in ("1", "8", "16"):
        if "year" in e:
            assert str(e["year"]) in t, (n, t)
start = next(i for i, x in enumerate(texts) if x == "Fontes e bibliografia")
lit = [texts[i].replace("&amp;", "&") for i in range(start + 1, len(paras)) if "Heading" not in paras[i]]
assert all('w:val="Bibliography"' in paras[i] for i in range(start + 1, len(paras)) if "Heading" not in paras[i])
assert len(lit) == len(key["literature"]) == 18, len(lit)
for t, e in zip(lit, key["literature"]):
    holds("docx list", t, e, author_start=True)

# ---- pdftext ----
key, doc = load("pdftext", "gota-kanal-sv")
lines = open(doc, encoding="utf-8").read().split("\n")
ref_at = lines.index("Referenser")
ents, cur = [], None
for i, l in enumerate(lines[ref_at + 1:], ref_at + 2):
    if not l.strip() or l.startswith(("POLHEM", "\f")):
        continue
    if not l.startswith(" "):
        cur = [i, l]
        ents.append(cur)
    else:
        cur[1] += ("" if cur[1].endswith("/") else " ") + l.strip()
assert len(ents) == len(key["literature"]) == 17, len(ents)
heads = []
SV = str.maketrans({"å": "{", "ä": "|", "ö": "}"})
for n, ((i, t), e) in enumerate(zip(ents, key["literature"]), 1):
    head = t.split(" (")[0]
    y = re.search(r"\((\d{4}|u\.å\.)\)", t).group(1)
    heads.append((head.split(",")[0], y))
    assert key["notes"][str(n)] == e
    assert (int(y) if y.isdigit() else None) == e.get("year"), (t, e)
    if "authors" in e:
        fams = re.findall(r"(?:^|, |& )([A-ZÅÄÖ][\w-]*), (?:[A-Z]\. ?)+", head + " ")
        assert fams == e["authors"], (fams, e["authors"])
    holds(f"pdftext entry {n}", t, e, author_start=True)
fk = [fold(h).translate(SV) if not h.startswith("Å") else "{" + fold(h[1:]) for h, _ in heads]
assert fk == sorted(fk), fk
body = "\n".join(lines[:ref_at])
names = sorted({h for h, _ in heads}, key=len, reverse=True)
pat = re.compile(r"(" + "|".join(map(re.escape, names)) + r")(?: \u27e6[^\u27e7]*\u27e7)?(?:\s*& \w+)?(?:\s+\(|\s+)(\d{4}|u\.å\.)")
got = []
for m in pat.finditer(body):
    line = body.count("\n", 0, m.start()) + 1
    pos = heads.index((m.group(1), m.group(2))) + 1
    got.append((str(pos), line))
same("pdftext", got, key)
assert {int(l) for l, _ in got} == set(range(1, 18))

for b in bad:
    print(b)
print("OK" if not bad else f"{len(bad)} problem(s)")
for fmt, name in [("rst", "williams-tube-en"), ("latex", "ponts-suspendus-fr"), ("html", "napoli-portici-it"),
                  ("docx", "mina-sao-domingos-pt"), ("pdftext", "gota-kanal-sv")]:
    k, _ = load(fmt, name)
    print(f"{fmt}/{name}: {len(k['citations'])} pairs, {len(k.get('notes', {}))} notes, {len(k.get('literature', []))} entries, defects {k['defects']}")
sys.exit(1 if bad else 0)
