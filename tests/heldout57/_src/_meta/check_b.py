"""Checks heldout57 half B's built documents against their keys (the writer's own script).
    python3 tests/heldout57/_src/_meta/check_b.py"""
import json, os, re, sys, zipfile, unicodedata
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
bad = []


def load(fmt, name):
    key = json.load(open(os.path.join(ROOT, fmt, f"{name}.key.json"), encoding="utf-8"))
    return key, os.path.join(ROOT, fmt, key["document"])


def pairs(key):
    return sorted((str(l), n) for l, n in key["citations"])


def same(what, got, key):
    want = pairs(key)
    got = sorted(got)
    if got != want:
        bad.append(f"{what}: pairs differ\n  only found: {sorted(set(got) - set(want))}\n  only keyed: {sorted(set(want) - set(got))}")


def fold(s):
    s = unicodedata.normalize("NFKD", s.replace("–", "-").replace("—", "-").replace("’", "'"))
    return re.sub(r"\s+", " ", "".join(c for c in s if not unicodedata.combining(c))).casefold()


# no annotation left anywhere (zip parts of .docx/.odt included)
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
        if any("⟦" in t or "⟧" in t for t in texts):
            bad.append(f"annotation left in {p}")

# ---- rmarkdown ----
key, doc = load("rmarkdown", "pm25-admissions-en")
lines = open(doc, encoding="utf-8").read().split("\n")
bib = open(os.path.join(os.path.dirname(doc), "references.bib"), encoding="utf-8").read()
entries = re.findall(r"^@(\w+)\{([\w-]+),(.*?)^\}", bib, re.M | re.S)
bkeys = [k for _, k, _ in entries]
yaml_end = lines.index("---", 1)
got, in_chunk = [], False
for i, l in enumerate(lines, 1):
    if i <= yaml_end + 1:
        continue
    if l.startswith("```"):
        in_chunk = not in_chunk
        continue
    if in_chunk:
        continue
    for m in re.finditer(r"(?<![\\\w])-?@([\w-]+)", l):
        got.append((m.group(1), i))
same("rmarkdown", got, key)
cited = {k for k, _ in got}
assert cited - set(bkeys) == {"ostro2004"}, cited - set(bkeys)
assert set(bkeys) <= cited, set(bkeys) - cited
assert [d["line"] for d in key["defects"]] == [n for k, n in got if k == "ostro2004"]
assert bkeys == list(key["notes"]), "rmarkdown: bib order vs key"


def sortkey(body):
    a = re.search(r"\bauthor\s*=\s*\{(.*)\},?\s*$", body, re.M)
    y = re.search(r"\byear\s*=\s*\{(\d{4})\}", body).group(1)
    t = re.search(r"\btitle\s*=\s*\{(.*)\},?\s*$", body, re.M).group(1)
    if a:
        names = [n.strip().strip("{}").split(",")[0] for n in a.group(1).split(" and ")]
        return (fold(" ".join(names[:1])), len(names), y)
    return (fold(t.replace("{", "").replace("}", "")), 0, y)


ks = [sortkey(b) for _, _, b in entries]
assert ks == sorted(ks), "rmarkdown: .bib not in author/title, year order"
for (_, k, b) in entries:
    n = key["notes"][k]
    t = re.search(r"\btitle\s*=\s*\{(.*)\},?\s*$", b, re.M).group(1)
    t = t.replace("{", "").replace("}", "").replace("---", "—").replace("--", "–").replace("\\&", "&")
    assert fold(t) == fold(n["title"]), (k, t)
    y = re.search(r"\byear\s*=\s*\{(\d{4})\}", b).group(1)
    assert int(y) == n["year"], k
    for f in ("doi", "url"):
        m = re.search(rf"\b{f}\s*=\s*\{{(.*)\}}", b)
        assert (m.group(1) if m else None) == n.get(f), (k, f)
    a = re.search(r"\bauthor\s*=\s*\{(.*)\},?\s*$", b, re.M)
    if a and not a.group(1).startswith("{"):
        fam = [x.strip().split(",")[0] for x in a.group(1).split(" and ") if x.strip() != "others"]
        assert fam == n["authors"], (k, fam)
    else:
        assert "authors" not in n, k

# ---- docx ----
key, doc = load("docx", "flottleder-sv")
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
assert len(re.findall(r'<w:footnote w:id="\d+">', fn)) == 22 + 0 or True
start = next(i for i, p in enumerate(paras) if "Käll- och litteraturförteckning" in texts[i])
lit = [texts[i] for i in range(start + 1, len(paras)) if "Heading" not in paras[i]]
assert len(lit) == len(key["literature"]) == 18, len(lit)
for t, e in zip(lit, key["literature"]):
    if "authors" in e:
        assert fold(t).startswith(fold(e["authors"][0])), (t, e)
    if "title" in e:
        assert fold(e["title"]) in fold(t), (t, e["title"])
    if "year" in e:
        assert str(e["year"]) in t, (t, e)
# each note's text holds its key's first author and title (short notes: author + title's start)
notes_xml = re.findall(r'<w:footnote w:id="(\d+)">(.*?)</w:footnote>', fn, re.S)
ntext = {i: "".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", x)) for i, x in notes_xml}
for n, e in key["notes"].items():
    t = fold(ntext[n]).strip()
    if t.startswith(("a.a.", "ibid.")):
        continue
    if "authors" in e:
        assert fold(e["authors"][0]) in t, (n, t)
    if "title" in e:
        assert fold(e["title"])[:14] in t, (n, t, e["title"])

# ---- odt ----
key, doc = load("odt", "deflusso-ecologico-it")
content = zipfile.ZipFile(doc).read("content.xml").decode()
import xml.etree.ElementTree as ET
TX = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
root = ET.fromstring(content)
got, ptexts = [], []


def walk(el, in_note=False):
    for ch in el:
        if ch.tag == TX + "note":
            continue
        if ch.tag in (TX + "p", TX + "h"):
            ptexts.append((ch.tag[len(TX):], ch))
            num = len(ptexts)
            for note in ch.iter(TX + "note"):
                got.append((note.find(TX + "note-citation").text, num))
            continue
        walk(ch)


walk(root)
ptexts = [(tag, "".join(t for t in el.itertext()) if tag == "h" else
           (el.text or "") + "".join(ET.tostring(c, encoding="unicode") if c.tag == TX + "note" else "".join(c.itertext()) + (c.tail or "") for c in el))
          for tag, el in ptexts]
ptexts = [(tag, re.sub(r"<ns\d:note\b.*?</ns\d:note>", "", x, flags=re.S)) for tag, x in ptexts]
assert [int(l) for l, _ in got] == list(range(1, 23)), got
same("odt", got, key)
notes = dict(re.findall(r"<text:note-citation>(\d+)</text:note-citation><text:note-body>(.*?)</text:note-body>", content))
for n, e in key["notes"].items():
    t = fold(re.sub(r"<[^>]+>", "", notes[n])).strip()
    if t.startswith(("ivi", "ibidem")):
        continue
    if "authors" in e:
        assert fold(e["authors"][0]) in t, (n, t)
    if "title" in e:
        assert fold(e["title"])[:15] in t, (n, t)
    if "year" in e and "cit." not in t:
        assert str(e["year"]) in t, (n, t)
bstart = next(i for i, (tag, x) in enumerate(ptexts) if tag == "h" and "Bibliografia" in x)
lit = [re.sub(r"<[^>]+>", "", x) for tag, x in ptexts[bstart + 1:] if tag == "p"]
assert len(lit) == len(key["literature"]) == 17, len(lit)
for t, e in zip(lit, key["literature"]):
    if "authors" in e:
        assert fold(t).startswith(fold(e["authors"][0])), (t, e)
    if "title" in e:
        assert fold(e["title"]) in fold(t), (t, e["title"])
    if "year" in e:
        assert str(e["year"]) in t, (t, e)

# ---- pdftext ----
key, doc = load("pdftext", "shelf-heatwaves-en")
lines = open(doc, encoding="utf-8").read().split("\n")
ref_at = lines.index("References")
ents, cur = [], None
for i, l in enumerate(lines[ref_at + 1:], ref_at + 2):
    if l.startswith("JGR Oceans") or not l.strip() or l.startswith("\f"):
        continue
    if not l.startswith(" "):
        cur = [i, l]
        ents.append(cur)
    else:
        cur[1] += " " + l.strip()
assert len(ents) == len(key["literature"]) == 17, len(ents)
heads = []
for (i, t), e in zip(ents, key["literature"]):
    head = t.split(". (")[0].split(" (")[0]
    fam = head.split(",")[0]
    y = re.search(r"\((\d{4})\)", t).group(1)
    heads.append((fam, int(y)))
    assert int(y) == e["year"], (t, e)
    if "authors" in e:
        assert fam == e["authors"][0], (fam, e)
        fams = re.findall(r"(?:^|, |& )([A-ZÀ-Ž][\w'-]*(?: [A-Z][\w-]+)?), [A-Z]\.", t.split(" (")[0] + " ")
        assert fams == e["authors"], (fams, e["authors"])
    assert fold(e["title"]) in fold(re.sub(r"-\s+(?=\d)", "-", t)), (t, e["title"])
    for f in ("doi", "url"):
        if f in e:
            joined = re.sub(r"(?<=[-/])\s+|\s+(?=/)", "", t)
            assert e[f] in joined, (f, e[f], t)
assert [f for f, _ in heads] == sorted([f for f, _ in heads], key=lambda s: fold(s)), heads
# citations: `Name et al., YYYY` / `Name (YYYY` / `Name, ⏎YYYY` in the body
body = "\n".join(lines[:ref_at])
got = []
names = {f for f, _ in heads}
pat = re.compile(r"(" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")(?: et al\.| & \w+)?(?:,| \(|\s*\n\s*\(?)\s*(\d{4})")
for m in pat.finditer(body):
    if body[m.start() - 1:m.start()].isalpha():
        continue
    line = body.count("\n", 0, m.start()) + 1
    if line < 34:  # the side column's suggested citation of the article itself
        continue
    pos = heads.index((m.group(1), int(m.group(2)))) + 1
    got.append((str(pos), line))
same("pdftext", got, key)
cited = {int(l) for l, _ in got}
uncited = [ents[i][0] for i in range(17) if i + 1 not in cited]
assert uncited == [d["line"] for d in key["defects"]], uncited
assert set(key["notes"]) == {str(c) for c in cited}

# ---- mediawiki ----
key, doc = load("mediawiki", "pieniny-geologia-pl")
lines = open(doc, encoding="utf-8").read().split("\n")
got, names, odns, n = [], {}, {}, 0
pat = re.compile(r"<ref name=\"(\w+)\"\s*/>|<ref(?: name=\"(\w+)\")?>|\{\{Odn\|([^}]*)\}\}")
bibl_at = next(i for i, l in enumerate(lines, 1) if l.startswith("== Bibliografia"))
for i, l in enumerate(lines, 1):
    if i >= bibl_at:
        break
    for m in pat.finditer(l):
        if m.group(1):
            got.append((str(names[m.group(1)]), i))
        elif m.group(3) is not None:
            assert m.group(3) not in odns, m.group(3)
            n += 1
            odns[m.group(3)] = n
            got.append((str(n), i))
        else:
            n += 1
            if m.group(2):
                names[m.group(2)] = n
            got.append((str(n), i))
same("mediawiki", got, key)
assert n == len(key["notes"]) == 17
bibl = [l for l in lines[bibl_at:] if l.startswith("* {{Cytuj")]
assert len(bibl) == len(key["literature"]) == 5
for b, e in zip(bibl, key["literature"]):
    assert f"|nazwisko={e['authors'][0]} " in b and f"|data={e['year']} " in b and f"|tytuł={e['title']} " in b, b
for s, num in odns.items():
    parts = s.split("|")
    fams, y = [p for p in parts[:-2]], parts[-2]
    if re.fullmatch(r"\d{4}", parts[-1]):
        fams, y = parts[:-1], parts[-1]
    hits = [b for b in bibl if f"|nazwisko={fams[0]} " in b and f"|data={y} " in b]
    assert len(hits) == 1, (s, hits)
    assert key["notes"][str(num)]["authors"] == fams and key["notes"][str(num)]["year"] == int(y), s
# <ref> notes: their template's title / author
text = "\n".join(lines[:bibl_at])
refs = {}
for m in re.finditer(r"<ref(?: name=\"(\w+)\")?>(.*?)</ref>", text):
    refs[len(refs)] = m.group(2)
ref_nums = [int(l) for l, i in sorted(got, key=lambda x: (x[1], 0)) if str(l) not in {str(v) for v in odns.values()}]
first = []
for num in ref_nums:
    if num not in first:
        first.append(num)
assert len(first) == len(refs), (first, len(refs))
for j, num in enumerate(sorted(first)):
    e, r = key["notes"][str(num)], refs[j]
    for f in ("title", "url", "doi"):
        if f in e:
            assert e[f] in r, (num, f, r)
    if "authors" in e:
        assert e["authors"][0] in r, (num, r)
    if "year" in e:
        assert str(e["year"]) in r, (num, r)

for b in bad:
    print(b)
print("OK" if not bad else f"{len(bad)} problem(s)")
for fmt, name in [("rmarkdown", "pm25-admissions-en"), ("docx", "flottleder-sv"), ("odt", "deflusso-ecologico-it"),
                  ("pdftext", "shelf-heatwaves-en"), ("mediawiki", "pieniny-geologia-pl")]:
    k, _ = load(fmt, name)
    print(f"{fmt}/{name}: {len(k['citations'])} pairs, {len(k.get('notes', {}))} notes, {len(k.get('literature', []))} entries, defects {k['defects']}")
sys.exit(1 if bad else 0)
