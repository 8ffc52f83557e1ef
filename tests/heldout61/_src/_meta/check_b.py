"""Checks heldout61 half B's built documents against their keys (the writer's own script).
    python3 tests/heldout61/_src/_meta/check_b.py"""
import json, os, re, sys, zipfile, unicodedata
import xml.etree.ElementTree as ET
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


def holds(what, text, e, author_start=False, all_authors=True, title=True):
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


# ---- no annotation left anywhere (docx/odt parts included); line counts kept ----
for dp, _, fs in os.walk(ROOT):
    if "_src" in dp or dp == ROOT:
        continue
    for f in fs:
        p = os.path.join(dp, f)
        if f.endswith((".docx", ".odt")):
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

# ---- rmarkdown (R Markdown + references.bib, pandoc's default Chicago author-date) ----
key, doc = load("rmarkdown", "hypar-shells-en")
folder = os.path.dirname(doc)
lines = open(doc, encoding="utf-8").read().split("\n")
assert lines[0] == "---"
yaml_end = lines.index("---", 1) + 1
assert "bibliography: references.bib" in lines[:yaml_end] and not any(l.startswith("csl:") for l in lines[:yaml_end])
got, chunk = [], False
for i, l in enumerate(lines, 1):
    if i <= yaml_end:
        continue
    if l.startswith("```"):
        chunk = not chunk
        continue
    if chunk:
        continue
    for m in re.finditer(r"(?<![\w\\])-?@([A-Za-z][\w:.-]*\w)", l):
        got.append((m.group(1), i))
same("rmarkdown", got, key)
ACC = {"'": "\u0301", "`": "\u0300", '"': "\u0308", "^": "\u0302", "~": "\u0303", "v": "\u030c", "c": "\u0327"}


def detex(s):
    s = re.sub(r"\{\\([\'`\"^~vc])\{?\s*([A-Za-z])\}?\}", lambda m: unicodedata.normalize("NFC", m.group(2) + ACC[m.group(1)]), s)
    s = s.replace("--", "–").replace("\\&", "&")
    return re.sub(r"\s+", " ", s.replace("{", "").replace("}", "")).strip()


bib = open(os.path.join(folder, "references.bib"), encoding="utf-8").read()
entries = []
for m in re.finditer(r"@(\w+)\{([^,]+),\n(.*?)\n\}", bib, re.S):
    fields = {f.group(1).lower(): f.group(2) for f in re.finditer(r"^\s*(\w+)\s*= \{(.*)\},?$", m.group(3), re.M)}
    entries.append((m.group(1).lower(), m.group(2), fields))
assert len(entries) == bib.count("\n@") + 1 == 22, len(entries)
ids = [k for _, k, _ in entries]
cited = {k for k, _ in got}
assert set(ids) == cited - {"draper1960"}, set(ids) ^ cited
assert "draper1960" not in key["notes"]
dl = [n for k, n in got if k == "draper1960"]
assert key["defects"] == [{"kind": "missing-literature-entry", "line": dl[0]}] and len(dl) == 1, key["defects"]
KIND = {"article": "article", "book": "book", "incollection": "chapter", "inproceedings": "chapter", "online": "web",
        "dataset": "web", "software": "web", "standard": "report", "phdthesis": "thesis", "unpublished": "unknown"}
sortkeys = {}
for typ, k, f in entries:
    fams, corporate = [], None
    for a in re.split(r"\s+and\s+", f["author"]):
        if a.startswith("{"):
            corporate = a.strip("{}")
        else:
            fams.append(detex(a.split(",")[0]))
    want = {"title": detex(f["title"]), "year": int(f["year"]), "kind": KIND[typ]}
    if fams:
        want = {"authors": fams, **want}
    for x in ("doi", "url"):
        if x in f:
            want[x] = f[x]
    if key["notes"].get(k) != want:
        bad.append(f"rmarkdown {k}: key {key['notes'].get(k)} != bib {want}")
    sortkeys[k] = (fold(corporate or fams[0]), int(f["year"]), fold(want["title"]))
order = sorted(ids, key=lambda k: sortkeys[k])
if key["literature"] != [key["notes"][k] for k in order]:
    bad.append(f"rmarkdown literature order: {order}")

# ---- docx ----
key, doc = load("docx", "sichtbeton-kirche-de")
z = zipfile.ZipFile(doc)
body = z.read("word/document.xml").decode()
paras = re.findall(r"<w:p>.*?</w:p>", body.split("<w:body>")[1])
got, texts = [], []
for i, p in enumerate(paras, 1):
    for m in re.finditer(r'<w:footnoteReference w:id="(\d+)"/>', p):
        got.append((m.group(1), i))
    texts.append("".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", p)).replace("&amp;", "&"))
assert [int(l) for l, _ in got] == list(range(1, 23)), got
same("docx", got, key)
fn = z.read("word/footnotes.xml").decode()
ntext = {i: "".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", x)).replace("&amp;", "&")
         for i, x in re.findall(r'<w:footnote w:id="(\d+)">(.*?)</w:footnote>', fn, re.S)}
for n, e in key["notes"].items():
    t = ntext[n].strip()
    if t.startswith("Ebd."):
        assert key["notes"][str(int(n) - 1)] == e, n
        continue
    m = re.search(r"\(wie Anm\. (\d+)\)", t)
    if m:
        assert key["notes"][m.group(1)] == e, n
        if "authors" in e:
            holds(f"docx note {n}", t, {"authors": e["authors"]}, author_start=True)
            frag = t.split(": ", 1)[1].split(" (wie")[0] if ": " in t else t.split(", ", 1)[1].split(" (wie")[0]
            assert fold(frag).split()[0] in fold(e["title"]), (n, frag)
        continue
    if e == dict(kind="unknown"):
        assert re.search(r"(Inv\.-Nr\.|Rep\.)", t), n
        continue
    holds(f"docx note {n}", t, e)
    if "doi" not in e:
        assert "doi" not in t.lower(), n
start = texts.index("Quellen und Literatur")
lit = [(texts[i], paras[i]) for i in range(start + 1, len(paras)) if "Heading" not in paras[i]]
assert all('w:val="Bibliography"' in p for _, p in lit)
assert len(lit) == len(key["literature"]) == 18, len(lit)
for (t, _), e in zip(lit, key["literature"]):
    holds("docx list", t, e, author_start=True)
    if e == dict(kind="unknown"):
        assert re.search(r"(Inv\.-Nr\.|Rep\.)", t), t
    if "doi" not in e:
        assert "doi" not in t.lower(), t
assert sum(1 for p in paras if "Heading2" in p) == 4
for n, e in key["notes"].items():  # every note's work is in the list
    assert e in key["literature"], n

# ---- odt ----
key, doc = load("odt", "ensanche-cerda-es")
z = zipfile.ZipFile(doc)
assert z.namelist()[0] == "mimetype"
root = ET.fromstring(z.read("content.xml"))
T = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
paras, got, notes = [], [], {}


def walk(el):
    for ch in el:
        if ch.tag in (T + "p", T + "h"):
            paras.append(ch)
            for note in ch.iter(T + "note"):
                num = note.find(T + "note-citation").text
                got.append((num, len(paras)))
                notes[num] = "".join(note.find(T + "note-body").itertext())
        else:
            walk(ch)


walk(root.find("{urn:oasis:names:tc:opendocument:xmlns:office:1.0}body"))
assert [int(l) for l, _ in got] == list(range(1, 24)), got
same("odt", got, key)


def ptext(p):
    out = []
    def rec(e):
        if e.tag == T + "note":
            out.append(e.tail or "")
            return
        out.append(e.text or "")
        for c in e:
            rec(c)
        if e is not p:
            out.append(e.tail or "")
    rec(p)
    return "".join(out)


for n, e in key["notes"].items():
    t = notes[n].strip()
    if t.startswith("Ibid."):
        assert key["notes"][str(int(n) - 1)] == e, n
        continue
    if "op. cit." in t:
        holds(f"odt note {n}", t, {"authors": e["authors"]}, author_start=True)
        frag = t.split(", ")[1]
        assert fold(e["title"]).startswith(fold(frag)), (n, frag)
        continue
    if e == dict(kind="unknown"):
        assert "inv." in t, n
        continue
    holds(f"odt note {n}", t, e)
    if "doi" not in e:
        assert "doi" not in t.lower(), n
ptexts = [ptext(p) for p in paras]
start = ptexts.index("Fuentes y bibliografía")
lit = [(ptexts[i], paras[i]) for i in range(start + 1, len(paras)) if paras[i].tag == T + "p"]
assert sum(1 for p in paras[start + 1:] if p.tag == T + "h") == 3
assert len(lit) == len(key["literature"]) == 19, len(lit)
for (t, _), e in zip(lit, key["literature"]):
    holds("odt list", t, e, author_start=True)
    if "doi" not in e:
        assert "doi" not in t.lower(), t
for n, e in key["notes"].items():
    assert e in key["literature"], n

# ---- pdftext ----
key, doc = load("pdftext", "hallehuis-twente-nl")
lines = open(doc, encoding="utf-8").read().split("\n")
lit_at = lines.index("Literatuur")
start = re.compile(r"^(?:[A-Z][\w-]+(?: van [A-Z]\w+)?, [A-Z]\.|Kadaster 1832\.|NEN 2011\.|RCE z\.j\.)")
ents = []
for i, l in enumerate(lines[lit_at + 1:], lit_at + 2):
    if l.startswith("\f"):
        break
    if not l:
        continue
    if start.match(l):
        ents.append([i, l])
    else:
        prev = ents[-1][1]
        if prev.endswith("-") and l[:1].islower():
            ents[-1][1] = prev[:-1] + l
        elif prev.endswith(("/", "hisgis.")):
            ents[-1][1] = prev + l
        else:
            ents[-1][1] = prev + " " + l
assert len(ents) == len(key["literature"]) == 13, len(ents)
heads = []
for n, ((i, t), e) in enumerate(zip(ents, key["literature"]), 1):
    m = re.match(r"(.*?) ?(\d{4}(?=\.)|z\.j\.)\.? (.*)", t)
    head, y = m.group(1), m.group(2)
    assert key["notes"][str(n)] == e
    assert (int(y) if y.isdigit() else None) == e.get("year"), (t, e)
    fams = re.findall(r"(?:^|& )(?:[A-Z]\.(?:[A-Z]\.)? )?([A-Z][\w-]+(?: van [A-Z]\w+)?)(?:, (?:[A-Z]\.)+)?", head)
    if "(red.)" in head or "," not in head and "&" not in head:
        assert "authors" not in e, (head, e)
    else:
        assert fams == e["authors"], (fams, e)
    holds(f"pdftext entry {n}", t, e)
    if "doi" not in e:
        assert "doi.org" not in t, t
    heads.append((fams[0] if fams else head.split(",")[0].replace(" (red.)", ""), y))
hk = [fold(h) for h, _ in heads]
assert hk == sorted(hk), heads
chars, where = [], []
for i, l in enumerate(lines[:lit_at], 1):
    if l.startswith("\f"):
        l = ""
    if chars and chars[-1] == "-" and where[-1] == i - 1 and l[:1].islower():
        chars.pop(); where.pop()
    else:
        chars.append(" "); where.append(i)
    chars.extend(l); where.extend([i] * len(l))
text = "".join(chars)
names = sorted({h for h, _ in heads}, key=len, reverse=True)
pat = re.compile(r"(?<!\w)(" + "|".join(map(re.escape, names)) + r")(?!\w)(?:\s+&\s+[A-Z]\w+)?\s+\(?(\d{4}|z\.j\.)((?:, \d{4})*)")
got = []
for m in pat.finditer(text):
    for y in [m.group(2)] + re.findall(r"\d{4}", m.group(3)):
        got.append((str(heads.index((m.group(1), y)) + 1), where[m.start()]))
same("pdftext", got, key)
assert {int(l) for l, _ in got} == set(range(1, 14))

# ---- mediawiki ----
key, doc = load("mediawiki", "sorensen-landskab-da")
lines = open(doc, encoding="utf-8").read().split("\n")
end = lines.index("== Referencer ==")
tok = re.compile(r'<ref name="([^"]+)"\s*/>|<ref(?: name="([^"]+)")?>(.*?)</ref>|\{\{sfn\|([^}]*)\}\}')
num, byname, bysfn, got, content = 0, {}, {}, [], {}
for i, l in enumerate(lines[:end], 1):
    for m in tok.finditer(l):
        if m.group(1):
            got.append((byname[m.group(1)], i))
            continue
        if m.group(4) is not None:
            if m.group(4) not in bysfn:
                num += 1
                bysfn[m.group(4)] = str(num)
                content[str(num)] = ("sfn", m.group(4), i)
            got.append((bysfn[m.group(4)], i))
            continue
        num += 1
        if m.group(2):
            byname[m.group(2)] = str(num)
        content[str(num)] = ("ref", m.group(3), i)
        got.append((str(num), i))
same("mediawiki", got, key)
assert list(key["notes"]) == [str(i) for i in range(1, num + 1)]


def params(t):
    t = re.sub(r"^\s*\*?\s*\{\{[^|]+\|", "", t).rstrip("}").rstrip()
    return dict(p.split("=", 1) for p in t.split("|") if "=" in p)


litl = [l for l in lines[lines.index("== Litteratur =="):] if l.startswith("* {{Cite book")]
assert len(litl) == len(key["literature"]) == 5
lit = []
for l, e in zip(litl, key["literature"]):
    p = params(l)
    fams = [p[k] for k in ("last", "last1", "last2") if k in p]
    want = {"authors": fams, "title": p["title"], "year": int(p["year"]), "kind": "book"}
    if want != e:
        bad.append(f"mediawiki Litteratur: {want} != {e}")
    lit.append((fams, p["year"], e))


def resolve(args):
    pos = [a for a in args.split("|") if "=" not in a]
    hits = [e for f, y, e in lit if f == pos[:-1] and y == pos[-1]]
    assert len(hits) == 1, args
    return hits[0]


malformed = []
for n, (kind, t, i) in content.items():
    e = key["notes"][n]
    if kind == "sfn":
        assert resolve(t) == e, n
        continue
    h = re.search(r"\{\{Harvnb\|([^}]*)\}\}", t)
    if h:
        assert resolve(h.group(1)) == e, n
        continue
    if "{{" not in t:
        if e == dict(kind="unknown"):
            assert "reg.nr." in t
        else:
            holds(f"mediawiki ref {n}", t, e)
        continue
    p = params(t)
    title = p.get("titel", p.get("title"))
    assert fold(title) == fold(e["title"]), (n, title)
    y = p.get("år", p.get("year"))
    assert (int(y) if y else None) == e.get("year"), n
    url = p.get("url")
    if url and url.startswith("https://doi.org/"):
        assert e.get("doi") == url[len("https://doi.org/"):] and "url" not in e, n
    else:
        assert e.get("url") == url, n
    if "doi" in p:
        if re.match(r"10\.\d{4,9}/", p["doi"]):
            assert e.get("doi") == p["doi"], n
        else:
            assert "doi" not in e, n
            malformed.append({"kind": "malformed-field", "line": i})
    elif not (url or "").startswith("https://doi.org/"):
        assert "doi" not in e, n
    auth = p.get("forfatter")
    fams = [a.split()[-1] for a in re.split(r" og |, ", auth)] if auth else [p[k] for k in ("last",) if k in p]
    assert fams == e.get("authors", []), (n, fams)
assert key["defects"] == malformed and len(malformed) == 1, (key["defects"], malformed)

for b in bad:
    print(b)
print("OK" if not bad else f"{len(bad)} problem(s)")
tot = 0
for fmt, name in [("rmarkdown", "hypar-shells-en"), ("docx", "sichtbeton-kirche-de"), ("odt", "ensanche-cerda-es"),
                  ("pdftext", "hallehuis-twente-nl"), ("mediawiki", "sorensen-landskab-da")]:
    k, _ = load(fmt, name)
    tot += len(k["citations"])
    print(f"{fmt}/{name}: {len(k['citations'])} pairs, {len(k.get('notes', {}))} notes, {len(k.get('literature', []))} entries, defects {k['defects']}")
print("pairs", tot)
sys.exit(1 if bad else 0)
