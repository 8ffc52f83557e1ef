"""Checks heldout65 half B's built documents against their keys (the writer's own checks).
Run after keys_b.py and the builders:  python3 tests/heldout65/_src/_meta/check_b.py"""
import json, os, re, sys, zipfile, unicodedata
import xml.etree.ElementTree as ET
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
    s = unicodedata.normalize("NFC", s).replace("’", "'").replace("\u00a0", " ").replace("--", "–")
    return re.sub(r"\s+", " ", s).strip().casefold()


def holds(text, e, where, first_author=False):
    t = norm(text)
    for f in ("title", "doi", "url"):
        if f in e and norm(e[f]) not in t:
            fail(f"{where}: {f} {e[f]!r} not in {text[:140]!r}")
    if "year" in e and str(e["year"]) not in text:
        fail(f"{where}: year {e['year']} not in {text[:140]!r}")
    for a in e.get("authors", []):
        if norm(a) not in t:
            fail(f"{where}: author {a} not in {text[:140]!r}")
    if first_author and e.get("authors") and not t.startswith(norm(e["authors"][0])):
        fail(f"{where}: does not start with {e['authors'][0]}")
    if "doi" not in e and re.search(r"\b10\.\d{4,5}/", text):
        fail(f"{where}: DOI printed but not keyed")


def same_pairs(got, k, where):
    want = Counter(tuple(c) for c in k["citations"])
    got = Counter(got)
    if got != want:
        fail(f"{where}: pairs differ: missing {sorted((want - got).elements())}, extra {sorted((got - want).elements())}")


# ---- every built file: no annotation left; text files are their sources without annotations ----
for dirpath, _, files in os.walk(ROOT):
    if "/_src" in dirpath or dirpath.endswith("_src"):
        continue
    for f in files:
        p = os.path.join(dirpath, f)
        if f.endswith((".docx", ".odt")):
            with zipfile.ZipFile(p) as z:
                for n in z.namelist():
                    if "⟦" in z.read(n).decode("utf-8"):
                        fail(f"annotation left in {f}:{n}")
        elif not f.endswith(".md") and "⟦" in open(p, encoding="utf-8").read():
            fail(f"annotation left in {p}")
for fmt, name, files in [("rmarkdown", "rsv-sentinel-en", ["rsv-sentinel.Rmd", "references.bib"]),
                         ("pdftext", "yapay-tas-silikozu-tr", ["yapay-tas-silikozu.txt"]),
                         ("mediawiki", "flu-1918-hindia-belanda-id", ["flu-1918-hindia-belanda.wiki"])]:
    for f in files:
        a = open(os.path.join(SRC, fmt, name, f), encoding="utf-8").read()
        b = open(os.path.join(ROOT, fmt, name, f), encoding="utf-8").read()
        if a.count("\n") != b.count("\n") or re.sub(r"⟦[^⟧]*⟧", "", a) != b:
            fail(f"{fmt}/{name}/{f}: built file is not the source without annotations")

# ---- rmarkdown ----
k = key("rmarkdown", "rsv-sentinel-en")
base = os.path.join(ROOT, "rmarkdown", "rsv-sentinel-en")
lines = open(os.path.join(base, "rsv-sentinel.Rmd"), encoding="utf-8").read().split("\n")
if lines[0] != "---" or "bibliography: references.bib" not in lines[: lines.index("---", 1)] or any(l.startswith("csl:") for l in lines):
    fail("rmarkdown: YAML")
got, chunk = [], False
for i, l in enumerate(lines, 1):
    if i <= lines.index("---", 1) + 1:
        continue
    if l.startswith("```"):
        chunk = not chunk
        continue
    if chunk:
        continue
    for m in re.finditer(r"(?<![\w\\@])-?@([A-Za-z][\w:-]*)", l):
        got.append((m.group(1), i))
same_pairs(got, k, "rmarkdown")
bib = open(os.path.join(base, "references.bib"), encoding="utf-8").read()
ents = {}
for m in re.finditer(r"@(\w+)\{([\w:-]+),(.*?)\n\}", bib, re.S):
    fields = dict((a.lower(), b) for a, b in re.findall(r"(\w+)\s*=\s*\{(.*?)\},?\s*$", m.group(3), re.M))
    ents[m.group(2)] = (m.group(1).lower(), fields)
KIND = {"article": "article", "book": "book", "techreport": "report", "report": "report", "online": "web",
        "dataset": "web", "software": "web", "phdthesis": "thesis"}
def bibfam(a):
    if a.startswith("{"):
        return []
    return [x.split(",")[0].strip() for x in a.split(" and ") if x.strip() != "others"]
def sortname(f):
    # citeproc's key for the `contributors` macro: the whole name list rendered family-first,
    # split into words at spaces, commas and apostrophes and compared word by word (a list
    # that is the start of a longer one sorts first)
    a = f["author"]
    names = [a.strip("{}")] if a.startswith("{") else [x for x in a.split(" and ") if x.strip() != "others"]
    return tuple(w for w in re.split(r"[\s,'’]+", " ".join(names).casefold()) if w)
for lab, want in k["notes"].items():
    typ, f = ents[lab]
    t = f["title"].replace("--", "–").replace("{", "").replace("}", "")
    if t != want["title"]:
        fail(f"rmarkdown {lab}: title {t!r}")
    if (int(f["year"]) if "year" in f else None) != want.get("year") or f.get("doi") != want.get("doi") or f.get("url") != want.get("url"):
        fail(f"rmarkdown {lab}: year/doi/url")
    if KIND[typ] != want["kind"]:
        fail(f"rmarkdown {lab}: kind")
    if bibfam(f["author"]) != want.get("authors", []):
        fail(f"rmarkdown {lab}: authors {bibfam(f['author'])}")
if set(ents) != set(k["notes"]):
    fail("rmarkdown: entries and notes differ")
cited = {g[0] for g in got}
if cited - set(ents) != {"teirlinck2019"} or [d["line"] for d in k["defects"]] != [dict(got)["teirlinck2019"]] or [g[0] for g in got].count("teirlinck2019") != 1:
    fail("rmarkdown: defect")
if not cited >= set(ents):
    fail(f"rmarkdown: uncited {set(ents) - cited}")
order = sorted(ents, key=lambda x: (sortname(ents[x][1]), int(ents[x][1].get("year", 9999)), ents[x][1]["title"].casefold()))
if order != list(k["notes"]) or [k["notes"][o] for o in order] != k["literature"]:
    fail(f"rmarkdown: order {order}")

# ---- docx ----
k = key("docx", "obligation-vaccinale-fr")
with zipfile.ZipFile(os.path.join(ROOT, "docx", "obligation-vaccinale-fr.docx")) as z:
    docxml = z.read("word/document.xml").decode("utf-8")
    fnxml = z.read("word/footnotes.xml").decode("utf-8")
def text_of(x):
    return unescape("".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", x)))
paras = re.findall(r"<w:p>.*?</w:p>|<w:p\b[^>]*/>|<w:p\b[^>]*>.*?</w:p>", docxml.split("<w:body>")[1])
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
    elif "op. cit." in t or "art. cité" in t:
        first = t.split(",")[0].split(" et ")[0]
        earlier = [k["notes"][str(j)] for j in range(1, int(n)) if fnotes[str(j)].startswith(first) or fnotes[str(j)].split(" ")[-1] == first]
        full = [k["notes"][str(j)] for j in range(1, int(n)) if first in fnotes[str(j)] and "op. cit." not in fnotes[str(j)] and "art. cité" not in fnotes[str(j)] and not fnotes[str(j)].startswith("Ibid.")]
        if not full or full[0] != want:
            fail(f"docx: short note {n} {t!r}")
    else:
        holds(t, want, f"docx note {n}")
bibl = [text_of(p) for p in paras if 'w:val="Bibliography"' in p]
if len(bibl) != len(k["literature"]):
    fail("docx: literature length")
for t, want in zip(bibl, k["literature"]):
    holds(t, want, "docx bibliography", first_author=bool(want.get("authors")))
for want in k["notes"].values():
    if want not in k["literature"] and want["authors"][0] != "Larson":
        fail(f"docx: note work not in bibliography {want}")
heads = [text_of(p) for p in paras if 'w:val="Heading1"' in p]
if heads[-1] != "Bibliographie":
    fail("docx: heading")

# ---- odt ----
k = key("odt", "inseguranca-alimentar-pt")
NS = {"text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0", "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
      "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0"}
T = "{%s}" % NS["text"]
with zipfile.ZipFile(os.path.join(ROOT, "odt", "inseguranca-alimentar-pt.odt")) as z:
    root = ET.fromstring(z.read("content.xml"))
body = root.find("office:body/office:text", NS)
bparas = []
def walk(el):
    for ch in el:
        if ch.tag in (T + "p", T + "h"):
            bparas.append(ch)
        elif ch.tag != T + "note":
            walk(ch)
walk(body)
def ptext(el):
    out = [el.text or ""]
    for ch in el:
        if ch.tag != T + "note":
            out.append(ptext(ch))
        out.append(ch.tail or "")
    return "".join(out)
got, notes = [], {}
for i, p in enumerate(bparas, 1):
    for nt in p.iter(T + "note"):
        lab = nt.find(T + "note-citation").text
        got.append((lab, i))
        notes[lab] = " ".join("".join(x.itertext()) for x in nt.find(T + "note-body"))
same_pairs(got, k, "odt")
if [g[0] for g in got] != [str(n) for n in range(1, 19)]:
    fail("odt: note numbers")
for n, want in k["notes"].items():
    t = notes[n]
    if t.startswith("Ibid."):
        if want != k["notes"][str(int(n) - 1)]:
            fail(f"odt: Ibid. note {n}")
    elif "op. cit." in t:
        head = t.split(", op. cit.")[0]
        full = [k["notes"][str(j)] for j in range(1, int(n)) if notes[str(j)].startswith(head.split(" et al.")[0].split(";")[0]) and "op. cit." not in notes[str(j)]]
        if not full or full[0] != want:
            fail(f"odt: op. cit. note {n}")
    else:
        holds(t, want, f"odt note {n}", first_author=bool(want.get("authors")))
texts = [ptext(p) for p in bparas]
ri = texts.index("Referências")
lit = texts[ri + 1:]
if len(lit) != len(k["literature"]):
    fail("odt: literature length")
for t, want in zip(lit, k["literature"]):
    holds(t, want, "odt referência", first_author=bool(want.get("authors")))
if lit != sorted(lit, key=lambda s: unicodedata.normalize("NFD", s).encode("ascii", "ignore").decode().casefold()):
    fail("odt: Referências not alphabetical")
for want in k["notes"].values():
    if want not in k["literature"]:
        fail("odt: note work not in Referências")

# ---- pdftext ----
k = key("pdftext", "yapay-tas-silikozu-tr")
raw = open(os.path.join(ROOT, "pdftext", "yapay-tas-silikozu-tr", "yapay-tas-silikozu.txt"), encoding="utf-8").read()
lines = raw.split("\n")
clean = [("" if re.match(r"\f?(YILDIRIM-AKSOY VE ÖZKAN \d+|\d+ TÜRK İŞ SAĞLIĞI VE GÜVENLİĞİ DERGİSİ 14\(2\) \(2026\)|211)$", l) else l.lstrip("\f")) for l in lines]
bi = clean.index("Kaynakça")
entries = []
for l in clean[bi + 1:]:
    if not l.strip():
        continue
    if l.startswith("   "):
        entries[-1] += ("" if entries[-1].endswith("/") else " ") + l.strip()
    else:
        entries.append(l.strip())
if len(entries) != len(k["literature"]):
    fail(f"pdftext: {len(entries)} entries")
for n, (t, want) in enumerate(zip(entries, k["literature"]), 1):
    holds(t, want, f"pdftext entry {n}", first_author=bool(want.get("authors")))
    if k["notes"][str(n)] != want:
        fail(f"pdftext note {n}")
TR = "AaBbCcÇçDdEeFfGgĞğHhIıİiJjKkLlMmNnOoÖöPpRrSsŞşTtUuÜüVvYyZz"
def trkey(s):
    return [TR.index(c) // 2 if c in TR else 100 + ord(c) for c in s.split("(")[0]]
if [trkey(e) for e in entries] != sorted(trkey(e) for e in entries):
    fail("pdftext: Kaynakça not in Turkish alphabetical order")
body = "\n".join(clean[:bi])
W = r"[\s\S]{0,45}?"
pats = {1: r"Akgün vd\.,? \(?2008", 2: r"(Çalışma ve Sosyal Güvenlik|ÇSGB)" + W + "2013", 3: r"Demirel ve\s+Aslan,? \(?2025",
        4: r"Hoy ve Chambers,? \(?2020", 5: r"Hoy vd\.,? \(?2021", 6: r"İş Sağlığı\s+ve\s+Güvenliği\s+Kanunu, 2012",
        7: r"Kramer (vd\., |ve\s+arkadaşlarının \()2012", 8: r"León-Jiménez vd\., 2020", 9: r"Sosyal Güvenlik Kurumu \[SGK\], 2024",
        10: r"Stevenson ve Sergeant, 2024", 11: r"Türk Toraks\s+Derneği,? \(?2021", 12: r"Tüzün-Karaca(, |'nın \()2022",
        13: r"Yıldız-Ergün vd\. \(2024"}
got, ends = [], set()
for n, pat in pats.items():
    for m in re.finditer(pat, body):
        got.append((str(n), body.count("\n", 0, m.start()) + 1))
        ends.add(m.end() - 4)
same_pairs(got, k, "pdftext")
# every year closing a citation-like group (followed by ;:), ) is the year of one matched citation, but the journal head's
ys = {m.start() for m in re.finditer(r"(?<![–\d/])(19|20)\d\d(?=[;:),])", body) if body.count("\n", 0, m.start()) > 0}
if ys != ends:
    fail(f"pdftext: years not matched {sorted(body.count(chr(10), 0, x) + 1 for x in ys - ends)}, matches without year {sorted(ends - ys)}")
if {g[0] for g in got} != {str(n) for n in range(1, 14)}:
    fail("pdftext: uncited entry")

# ---- mediawiki ----
k = key("mediawiki", "flu-1918-hindia-belanda-id")
lines = open(os.path.join(ROOT, "mediawiki", "flu-1918-hindia-belanda-id", "flu-1918-hindia-belanda.wiki"), encoding="utf-8").read().split("\n")
ri = lines.index("== Referensi ==")
def tfields(t):
    return dict((a.strip(), b.strip()) for a, b in re.findall(r"\|\s*([\w-]+)\s*=([^|}]*)", t))
dp = [tfields(l) for l in lines[lines.index("== Daftar pustaka =="):] if l.startswith("* {{Cite")]
def dpwork(f):
    t = f.get("chapter", f["title"])
    return {"authors": [f[x] for x in ("last", "last1", "last2") if x in f], "title": t, "year": int(f["year"])}
seen, got, notes, num = {}, [], {}, 0
for i, l in enumerate(lines[:ri], 1):
    for m in re.finditer(r'<ref name="(\w+)" />|<ref(?: name="(\w+)")?>(.*?)</ref>|\{\{sfn\|([^}]*)\}\}', l):
        if m.group(1):
            ident = ("name", m.group(1))
        elif m.group(4):
            ident = ("sfn", m.group(4))
        else:
            ident = ("name", m.group(2)) if m.group(2) else ("ref", i, m.start())
        if ident not in seen:
            num += 1
            seen[ident] = num
            if m.group(4):
                parts = m.group(4).split("|")
                yr = [p for p in parts if re.fullmatch(r"\d{4}", p)][0]
                hits = [f for f in dp if (f.get("last") or f.get("last1") or f.get("author")) == parts[0] and f["year"] == yr]
                if len(hits) != 1:
                    fail(f"mediawiki: sfn {parts} resolves to {len(hits)}")
                notes[str(num)] = ("sfn", hits[0])
            else:
                notes[str(num)] = ("ref", tfields(m.group(3)), i)
        got.append((str(seen[ident]), i))
same_pairs(got, k, "mediawiki")
for n, want in k["notes"].items():
    if notes[n][0] == "sfn":
        f = notes[n][1]
        w = dict(want)
        if f.get("author"):
            if w.get("authors"):
                fail(f"mediawiki note {n}: corporate author keyed")
        elif w.get("authors") != [f[x] for x in ("last", "last1", "last2") if x in f]:
            fail(f"mediawiki note {n}: authors")
        if w["title"] != f.get("chapter", f["title"]) or w["year"] != int(f["year"]):
            fail(f"mediawiki note {n}: title/year")
        continue
    f, line = notes[n][1], notes[n][2]
    fam = [f[x] for x in ("last", "last1", "last2") if x in f]
    yr = f.get("year") or re.search(r"\d{4}", f.get("date", "")).group(0)
    if fam != want.get("authors", []) or f["title"] != want["title"] or int(yr) != want["year"] or f.get("url") != want.get("url"):
        fail(f"mediawiki note {n}: fields {f}")
    if "doi" in f and "/" not in f["doi"]:
        if "doi" in want or k["defects"] != [{"kind": "malformed-field", "line": line}]:
            fail("mediawiki: defect")
    elif f.get("doi") != want.get("doi"):
        fail(f"mediawiki note {n}: doi")
lit = [dpwork(f) for f in dp]
for a, want in zip(lit, k["literature"]):
    if a["title"] != want["title"] or a["year"] != want["year"] or a["authors"] != want.get("authors", []):
        fail(f"mediawiki literature {a}")
if len(lit) != len(k["literature"]) or num != len(k["notes"]):
    fail("mediawiki: counts")

print("\n".join(bad) if bad else "all checks passed")
sys.exit(1 if bad else 0)
