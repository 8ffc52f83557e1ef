"""Checks heldout63 half B's built documents against their keys (the writer's own script).
    python3 tests/heldout63/_src/_meta/check_b.py"""
import json, os, re, sys, zipfile, unicodedata, html as H
import xml.etree.ElementTree as ET
from collections import Counter
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
SRC = os.path.join(ROOT, "_src")
MINE = {"rmarkdown/holderness-shoreline-en", "docx/urmesstisch-de", "odt/pomistni-jmena-cs", "pdftext/salpausselka-fi", "mediawiki/atlas-maior-nl"}
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
    s = unicodedata.normalize("NFKD", str(s).replace("–", "-").replace("—", "-").replace("’", "'").replace("\u00a0", " "))
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


# ---- no annotation left in any built file of this half (docx/odt parts and keys included); line counts kept ----
for part in MINE:
    fmt, name = part.split("/")
    paths = [os.path.join(ROOT, fmt, f"{name}.key.json")]
    d = os.path.join(ROOT, fmt, name)
    if fmt in ("docx", "odt"):
        paths.append(os.path.join(ROOT, fmt, f"{name}.{fmt}"))
    else:
        paths += [os.path.join(dp, f) for dp, _, fs in os.walk(d) for f in fs]
    for p in paths:
        if p.endswith((".docx", ".odt")):
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

# ---- rmarkdown (Quarto + CSL-JSON, no csl:) ----
key, doc = load("rmarkdown", "holderness-shoreline-en")
lines = open(doc, encoding="utf-8").read().split("\n")
yend = lines.index("---", 1)
yaml = "\n".join(lines[:yend])
assert "bibliography: references.json" in yaml and "csl:" not in yaml
got, chunk = [], False
for i, l in enumerate(lines, 1):
    if i <= yend + 1:
        continue
    if l.startswith("```"):
        chunk = not chunk
        continue
    if chunk:
        continue
    for m in re.finditer(r"(?<![\w@])-?@([A-Za-z][\w]*)", l):
        if not m.group(1).startswith(("sec-", "fig-")) and not re.match(r"(sec|fig)-", l[m.start(1):]):
            got.append((m.group(1), i))
same("rmarkdown", got, key)
csl = json.load(open(os.path.join(os.path.dirname(doc), "references.json"), encoding="utf-8"))
ids = [e["id"] for e in csl]
cited = {k for k, _ in got}
if set(ids) != cited - {"brampton1992"}:
    bad.append(f"rmarkdown: cited vs entries {set(ids) ^ cited}")
bl = [n for k, n in got if k == "brampton1992"]
if key["defects"] != [{"kind": "missing-literature-entry", "line": bl[0]}] or len(bl) != 1 or "brampton1992" in key["notes"]:
    bad.append(f"rmarkdown defect {key['defects']} {bl}")
KIND = {"article-journal": "article", "book": "book", "map": "book", "report": "report", "dataset": "web", "software": "web", "standard": "report", "legislation": "report"}
sortkeys = {}
for e in csl:
    want = {}
    fams = [a["family"] for a in e["author"] if "family" in a]
    if fams:
        want["authors"] = fams
    want["title"] = e["title"]
    want["year"] = e["issued"]["date-parts"][0][0]
    if "DOI" in e:
        want["doi"] = e["DOI"]
    if "URL" in e:
        want["url"] = e["URL"]
    want["kind"] = KIND[e["type"]]
    k = key["notes"].get(e["id"])
    if k != want:
        bad.append(f"rmarkdown {e['id']}: key {k} != entry {want}")
    first = e["author"][0].get("family") or e["author"][0]["literal"]
    sortkeys[e["id"]] = (fold(first), want["year"], fold(want["title"]))
order = sorted(ids, key=lambda k: sortkeys[k])
if list(key["notes"]) != order or key["literature"] != [key["notes"][k] for k in order]:
    bad.append(f"rmarkdown literature order: {order}")

# ---- docx ----
key, doc = load("docx", "urmesstisch-de")
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
    if t.startswith("Ebd."):
        if e != key["notes"][str(n - 1)]:
            bad.append(f"docx note {n}: Ebd. not keyed as note {n - 1}")
        continue
    m = re.search(r"\(wie Anm\. (\d+)\)", t)
    if m:
        if e != key["notes"][m.group(1)]:
            bad.append(f"docx note {n}: (wie Anm. {m.group(1)}) not keyed as that note")
        if "authors" in e and not t.startswith(e["authors"][0]):
            bad.append(f"docx note {n}: short note does not start with {e['authors'][0]}")
        if "Kart. N 729" not in t and "authors" in e and fold(t.split(":")[1].split("(")[0].strip()) not in fold(e["title"]):
            bad.append(f"docx note {n}: short title not in {e['title']}")
        continue
    if e == {"kind": "unknown"}:
        if "Kart. N 729, Bl. 2246" not in t:
            bad.append(f"docx note {n}: archival sheet")
        continue
    holds(f"docx note {n}", t, e)
    if "doi" not in e and re.search(r"10\.\d{4,}/", t):
        bad.append(f"docx note {n}: a DOI printed but not keyed")
start = next(i for i, t in enumerate(texts) if t == "Quellen und Literatur" and styles[i] == "Heading1")
lit = [t for i, t in enumerate(texts) if i > start and styles[i] == "Bibliography"]
heads = [t for i, t in enumerate(texts) if i > start and styles[i] == "Heading2"]
assert heads == ["Karten", "Rechtsvorschriften", "Literatur", "Online-Ressourcen und Geodaten"], heads
assert all(styles[i] in ("Bibliography", "Heading2") for i in range(start + 1, len(texts))), styles[start:]
if len(lit) != len(key["literature"]):
    bad.append(f"docx: {len(lit)} entries, {len(key['literature'])} keyed")
for t, e in zip(lit, key["literature"]):
    if e == {"kind": "unknown"}:
        if "Kart. N 729, Bl. 2246" not in t:
            bad.append("docx list: archival sheet")
        continue
    holds(f"docx entry {t[:30]!r}", t, e, author_start="authors" in e)
for e in key["notes"].values():
    if e not in key["literature"]:
        bad.append(f"docx: note work not in the list: {e}")
for e in key["literature"]:
    if e not in key["notes"].values():
        bad.append(f"docx: list entry never in a note: {e}")

# ---- odt ----
key, doc = load("odt", "pomistni-jmena-cs")
z = zipfile.ZipFile(doc)
assert z.namelist()[0] == "mimetype"
root = ET.fromstring(z.read("content.xml"))
TX = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
OB = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"


def alltext(el, skip_notes=True):
    out = [el.text or ""]
    for c in el:
        if not (skip_notes and c.tag == TX + "note"):
            if c.tag == TX + "s":
                out.append(" " * int(c.get(TX + "c", "1")))
            else:
                out.append(alltext(c, skip_notes))
        out.append(c.tail or "")
    return "".join(out)


bodyel = root.find(f"{OB}body/{OB}text")
paras, got, onotes = [], [], {}
def walk(el):
    for c in el:
        if c.tag in (TX + "p", TX + "h"):
            paras.append((c.tag, alltext(c)))
            for nt in c.iter(TX + "note"):
                lab = nt.find(TX + "note-citation").text
                got.append((lab, len(paras)))
                onotes[lab] = " ".join(alltext(p, False) for p in nt.find(TX + "note-body"))
        elif c.tag != TX + "note":
            walk(c)
walk(bodyel)
assert [int(l) for l, _ in got] == list(range(1, 20)), got
same("odt", got, key)
for n in range(1, 20):
    t, e = onotes[str(n)], key["notes"][str(n)]
    if t.startswith("Tamtéž"):
        if e != key["notes"][str(n - 1)]:
            bad.append(f"odt note {n}: Tamtéž not keyed as note {n - 1}")
    elif "c. d." in t:
        first = [k for k in range(1, n) if key["notes"][str(k)] == e and "c. d." not in onotes[str(k)] and not onotes[str(k)].startswith("Tamtéž")]
        if not first or not fold(t).startswith(fold(e["authors"][0])):
            bad.append(f"odt note {n}: c. d. note {t!r} vs {e}")
    elif e == {"kind": "unknown"}:
        if not re.search(r"(sign\. CO 7412-1|inv\. č\. 4128)", t):
            bad.append(f"odt note {n}: archival map")
    else:
        holds(f"odt note {n}", t, e, author_start="authors" in e)
        if "doi" not in e and re.search(r"10\.\d{4,}/", t):
            bad.append(f"odt note {n}: a DOI printed but not keyed")
hs = [i for i, (tag, t) in enumerate(paras) if tag == TX + "h" and t == "Prameny a literatura"]
assert len(hs) == 1
rest = paras[hs[0] + 1:]
sub = [t for tag, t in rest if tag == TX + "h"]
assert sub == ["Archivní prameny", "Literatura", "Normy a právní předpisy", "Elektronické zdroje"], sub
lit = [t for tag, t in rest if tag == TX + "p"]
if len(lit) != len(key["literature"]):
    bad.append(f"odt: {len(lit)} entries, {len(key['literature'])} keyed")
for t, e in zip(lit, key["literature"]):
    if e == {"kind": "unknown"}:
        continue
    holds(f"odt entry {t[:30]!r}", t, e, author_start="authors" in e)
arch = [t for t, e in zip(lit, key["literature"]) if e == {"kind": "unknown"}]
if len(arch) != 2 or not arch[0].startswith("Národní archiv") or not arch[1].startswith("Ústřední archiv"):
    bad.append(f"odt archival entries {arch}")
for e in key["notes"].values():
    if e not in key["literature"]:
        bad.append(f"odt: note work not in the list: {e}")

# ---- pdftext ----
key, doc = load("pdftext", "salpausselka-fi")
raw = open(doc, encoding="utf-8").read()
lines = raw.split("\n")
clean = []
for l in lines:
    s = l.lstrip("\f")
    furniture = re.fullmatch(r"\d+ TERRA 136: 2 \(2024\)|Laine & Virtanen: Jäätikön reunan vetäytyminen Salpausselkien välillä \d+", s)
    clean.append("" if furniture else s)
li = clean.index("Lähteet")
ents = []
HEADS = r"[A-ZÄÖ][\w’'-]+, [A-Z]\.|GTK \(|Maanmittaus\w+ \(|SFS-EN ISO 14688-1 \("
for i in range(li + 1, len(clean)):
    l = clean[i]
    if not l:
        continue
    if re.match(HEADS, l) and not (ents and ents[-1].endswith("Teoksessa")):  # a chapter's editors continue it
        ents.append(l)
    else:
        prev = ents[-1]
        if re.search(r"[a-zäö]-$", prev) and l[0].islower():
            ents[-1] = prev[:-1] + l
        elif prev.endswith("/"):
            ents[-1] = prev + l
        else:
            ents[-1] = prev + " " + l
if len(ents) != len(key["literature"]) or key["literature"] != list(key["notes"].values()):
    bad.append(f"pdftext: {len(ents)} entries")
heads = []
for n, (t, e) in enumerate(zip(ents, key["literature"]), 1):
    holds(f"pdftext entry {n}", t, e, author_start="authors" in e)
    names = re.findall(r"(?:^|&\s|,\s)([A-ZÄÖ][\w-]+), [A-ZØ]\.", t.split(" (")[0])
    if names != e.get("authors", []):
        bad.append(f"pdftext entry {n}: printed names {names} != {e.get('authors')}")
    head = t.split(" (")[0].split(",")[0]
    heads.append((fold(head), e["year"]))
if heads != sorted(heads):
    bad.append(f"pdftext Lähteet not alphabetical {heads}")
# body citations: a name form (Finnish genitive included) then a year, lines joined; the pair at the name's line
FORMS = {1: r"Ahola & Mäkelä", 2: r"Donner", 3: r"GTK", 4: r"Hughes ym\.", 5: r"Johansson(?:in)? ym\.", 6: r"Maanmittaushallitus",
         7: r"Maanmittauslaitos", 8: r"Rainio", 9: r"Saarnisto & Saarinen", 10: r"Sauramon?", 11: r"SFS-EN ISO 14688-1",
         12: r"Stroeven ym\.", 13: r"Tikkasen ja Oksasen", 14: r"Virtanen"}
flat, where = "", []
for i in range(li):
    l = clean[i]
    if flat and not flat.endswith("-"):
        flat += " "
        where.append(i)
    elif flat.endswith("-") and l[:1].islower():
        flat = flat[:-1]
        where.pop()
    flat += l
    where += [i + 1] * len(l)
assert len(flat) == len(where)
got = []
body_start = flat.index("1. Johdanto")
for n, form in FORMS.items():
    for m in re.finditer(r"(?<![\w-])(" + form + r")(?: \(| )(\d{4})\b", flat):
        if m.start() > body_start:
            if int(m.group(2)) != key["notes"][str(n)]["year"]:
                bad.append(f"pdftext: {m.group(0)} year")
            got.append((str(n), where[m.start()]))
# every "(… year" in the body is one of the found pairs
allyears = [m for m in re.finditer(r"\b(1[89]\d\d|20[0-2]\d)\b[,;).]", flat[body_start:])]
same("pdftext", got, key)
if {l for l, _ in got} != set(key["notes"]):
    bad.append("pdftext: an entry not cited")
if len(allyears) != len(got):
    bad.append(f"pdftext: {len(allyears)} years closing a citation, {len(got)} pairs")

# ---- mediawiki ----
key, doc = load("mediawiki", "atlas-maior-nl")
text = open(doc, encoding="utf-8").read()
lines = text.split("\n")
end = lines.index("== Literatuur ==")
TOK = re.compile(r"<ref name=\"([^\"]+)\" />|<ref(?: name=\"([^\"]+)\")?>(.*?)</ref>|\{\{sfn\|([^}]*)\}\}")
num, seen, got, ntext = 0, {}, [], {}
for i, l in enumerate(lines[:end], 1):
    for m in TOK.finditer(l):
        if m.group(1):
            k = ("name", m.group(1))
            body = None
        elif m.group(4) is not None:
            k = ("sfn", m.group(4))
            body = "sfn|" + m.group(4)
        else:
            k = ("name", m.group(2)) if m.group(2) else ("ref", i, m.start())
            body = m.group(3)
        if k not in seen:
            num += 1
            seen[k] = num
            ntext[str(num)] = body
        got.append((str(seen[k]), i))
same("mediawiki", got, key)
litlines = [l for l in lines[end + 1:] if l.startswith("* {{Citeer boek")]


def params(t):
    return dict(p.split("=", 1) for p in t.strip("{}").split("|")[1:] if "=" in p)


lit = [params(l[2:]) for l in litlines]
if len(lit) != len(key["literature"]):
    bad.append("mediawiki literature count")
for p, e in zip(lit, key["literature"]):
    want = dict(authors=[p["achternaam"]], title=p["titel"], year=int(p["jaar"]), kind="book")
    if want != e or p.get("ref") != "harv":
        bad.append(f"mediawiki Literatuur {p} != {e}")


def resolve(args):
    a = [x for x in args.split("|") if "=" not in x]
    hits = [e for p, e in zip(lit, key["literature"]) if [p["achternaam"], p["jaar"]] == a]
    return hits


for n, body in ntext.items():
    e = key["notes"][n]
    if body.startswith("sfn|"):
        h = resolve(body[4:])
        if len(h) != 1 or h[0] != e:
            bad.append(f"mediawiki note {n}: sfn {body} not keyed as its entry")
        continue
    hv = re.search(r"\{\{Harvnb\|([^}]*)\}\}", body)
    if hv:
        h = resolve(hv.group(1))
        if len(h) != 1 or h[0] != e:
            bad.append(f"mediawiki note {n}: Harvnb not keyed as its entry")
        continue
    if body.startswith("{{"):
        p = params(body)
        want = {}
        fams = [p[k] for k in ("achternaam", "last", "last1", "last2") if k in p]
        if "auteur" in p:
            fams.append(p["auteur"].split()[-1])
        if fams:
            want["authors"] = fams
        want["title"] = p.get("titel", p.get("title"))
        y = p.get("jaar", p.get("year", p.get("datum")))
        if y:
            want["year"] = int(y)
        u = p.get("url", "")
        if u.startswith("https://doi.org/"):
            want["doi"] = u[len("https://doi.org/"):]
        elif u:
            want["url"] = u
        if "/" in p.get("doi", ""):
            want["doi"] = p["doi"]
        want["kind"] = {"Citeer boek": "book", "Cite journal": "article", "Citeer web": "web", "Cite conference": "chapter"}[body[2:].split("|")[0]]
        if want != e:
            bad.append(f"mediawiki note {n}: {want} != {e}")
    else:
        holds(f"mediawiki note {n}", H.unescape(body).replace("''", ""), e)
dl = [i for i, l in enumerate(lines, 1) if "doi=10.99999.imago" in l]
if key["defects"] != [{"kind": "malformed-field", "line": dl[0]}] or "doi" in key["notes"]["9"]:
    bad.append(f"mediawiki defect {key['defects']} {dl}")

print("\n".join(bad) if bad else "all checks passed")
sys.exit(1 if bad else 0)
