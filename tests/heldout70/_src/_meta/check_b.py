"""Checks heldout70 half B's built documents against their keys (the writer's own checks).
Run after keys_b.py and the builders:  python3 tests/heldout70/_src/_meta/check_b.py"""
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


ACCESS = r"accessed [^.]*\d{4}|accesat la [^.]*\d{4}|\(பார்வையிட்ட நாள்: [^)]*\)|\(дата звернення: [^)]*\)"
RANGE = r"(1[5-9]|20)\d\d–(1[5-9]|20)?\d\d"


def holds(text, e, where, first_author=False):
    t = norm(text)
    for f in ("title", "doi", "url"):
        if f in e and norm(e[f]) not in t:
            fail(f"{where}: {f} {e[f]!r} not in {text[:160]!r}")
    rest = t.replace(norm(e["title"]), " ") if "title" in e else t
    rest = re.sub(ACCESS, " ", rest)
    if "url" in e:
        rest = rest.replace(norm(e["url"]), " ")
    if "year" in e:
        in_title = re.search(r"(?<![\d/–])" + str(e["year"]) + r"(?![–\d])", e.get("title", ""))
        # the year standing alone: not the first or last year of a date range
        if not re.search(r"(?<![\d/–])" + str(e["year"]) + r"(?![\d–])", t if in_title else rest):
            fail(f"{where}: year {e['year']} not in {text[:160]!r} (outside title and access date)")
    else:
        r2 = re.sub(RANGE + r"|спр\. \d+|dosar \d+", " ", rest)
        if re.search(r"(?<![\d/.-])(1[5-9]|20)\d\d(?![\d/])", r2):
            fail(f"{where}: a year is printed but none keyed: {text[:160]!r}")
    for a in e.get("authors", []):
        if norm(a) not in t:
            fail(f"{where}: author {a} not in {text[:160]!r}")
    if first_author and e.get("authors") and not re.sub(r"^\d+\. ", "", t).startswith(norm(e["authors"][0])):
        fail(f"{where}: does not start with {e['authors'][0]}")
    if "doi" not in e and re.search(r"(doi\.org/|doi:\s?|DOI:\s?)10\.", text):
        fail(f"{where}: DOI printed but not keyed")
    if "url" not in e and "doi" not in e and "http" in text:
        fail(f"{where}: URL printed but not keyed")


def names_work(text, e, where):
    t = norm(text)
    if e.get("authors"):
        ok = norm(e["authors"][0]) in t
    else:
        segs = [norm(x.strip(" “”„\"*.")) for x in text.split(",")]
        ok = norm(" ".join(e["title"].split()[:3])) in t or any(len(x) >= 8 and x in norm(e["title"]) for x in segs)
    # every other segment of the short note (a short title) is part of the keyed title
    for seg in text.split(","):
        x = norm(seg.strip(" “”„\"*."))
        if len(x) < 8 or re.match(r"(vol\.|p\.|art\.|f\.|ப\.|ст\.|с\.)", x) or "முற்குறிப்பிட்ட" in x or any(norm(a) == x for a in e.get("authors", [])):
            continue
        if x not in norm(e["title"]):
            ok = False
    if not ok:
        fail(f"{where}: short note {text[:80]!r} does not name its work")


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
        if "url" in e and not re.match(r"https?://", e["url"]):
            fail(f"{where}: url {e['url']}")
        if e.get("kind") not in ("book", "article", "report", "chapter", "web", "thesis", "unknown"):
            fail(f"{where}: kind {e.get('kind')}")


def notes_with_repeats(k, texts, where, ibid, short):
    seen = []
    for n in sorted(k["notes"], key=int):
        want, t = k["notes"][n], texts[n]
        if ibid(t):
            if want != k["notes"][str(int(n) - 1)]:
                fail(f"{where}: ibid note {n} not keyed as note {int(n) - 1}")
        elif want in seen:
            if not short(t):
                fail(f"{where}: note {n} repeats a work but is not a short note")
            names_work(t, want, f"{where} note {n}")
        else:
            if short(t):
                fail(f"{where}: note {n} is a short note of a work not cited before")
            holds(t, want, f"{where} note {n}")
        seen.append(want)


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
        elif f.endswith((".rst", ".tex", ".bib", ".html", ".txt", ".json")) and "⟦" in open(p, encoding="utf-8").read():
            fail(f"annotation left in {p}")
DOCS = [("rst", "ca-minuscules-en", ["release-notes.rst"]),
        ("latex", "dordt-afscheiding-nl", ["gereformeerd.tex", "hoofdstukken/dordt.tex", "gereformeerd.bib"]),
        ("html", "tevaram-koyil-ta", ["tevaram-thalangal.html"]),
        ("pdftext", "ugcc-lviv-uk", ["ugcc-psevdosobor.txt"])]
for fmt, name, files in DOCS + [("docx", "patriarhie-ro", [])]:
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
k = key("rst", "ca-minuscules-en")
clean_key(k, "rst")
if k["defects"]:
    fail("rst: defects")
lines = open(os.path.join(ROOT, "rst", "ca-minuscules-en", "release-notes.rst"), encoding="utf-8").read().split("\n")
got, fn, entries, cur = [], 0, [], None
for i, l in enumerate(lines, 1):
    m = re.match(r"\.\. \[([^\]]+)\] (.*)", l)
    if m:
        cur = [m.group(1), m.group(2), i]
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
if len(lit) != len(k["literature"]) or len(lit) != 21:
    fail("rst: literature length")
for (lab, text, _), want in zip(lit, k["literature"]):
    t = text.replace("*", "").replace("\\ ", "")
    holds(t, want, f"rst [{lab}]", first_author=True)
    if k["notes"].get(lab) != want:
        fail(f"rst: note {lab} is not its entry")
srt = lambda x: unicodedata.normalize("NFD", norm(x.lstrip("*"))).encode("ascii", "ignore").decode()
if [srt(e[1]) for e in lit] != sorted(srt(e[1]) for e in lit):
    fail("rst: references not alphabetical")
cited = {g[0] for g in got}
if cited != {e[0] for e in lit} | {"1"} or set(k["notes"]) != cited:
    fail(f"rst: cited labels, entries and notes differ {cited ^ set(k['notes'])}")
fns = [e[1].replace("*", "") for e in entries if e[0] == "#"]
if len(fns) != 1:
    fail("rst: footnotes")
holds(fns[0], k["notes"]["1"], "rst footnote 1")
try:
    import docutils.core
    d = docutils.core.publish_doctree("\n".join(lines), settings_overrides={"report_level": 5, "halt_level": 5})
    nc = len(d.traverse(lambda n: n.tagname == "citation_reference")) + len(d.traverse(lambda n: n.tagname == "footnote_reference"))
    if nc != len(k["citations"]) or d.traverse(lambda n: n.tagname == "system_message") or len(d.traverse(lambda n: n.tagname == "citation")) != 21:
        fail(f"rst: docutils finds {nc} references or system messages")
except ImportError:
    fail("rst: no docutils")

# ---- latex ----
k = key("latex", "dordt-afscheiding-nl")
clean_key(k, "latex")
base = os.path.join(ROOT, "latex", "dordt-afscheiding-nl")
main = open(os.path.join(base, "gereformeerd.tex"), encoding="utf-8").read()
for s in ("\\input{hoofdstukken/dordt}", "style=verbose-trad2", "useprefix=false", "\\addbibresource{gereformeerd.bib}", "\\printbibliography"):
    if s not in main:
        fail(f"latex: {s} missing")
bib = open(os.path.join(base, "gereformeerd.bib"), encoding="utf-8").read()
ents = {}
for m in re.finditer(r"@(\w+)\{(\w+),(.*?)\n\}", bib, re.S):
    fields = {}
    for a, b in re.findall(r"^\s*(\w+)\s*=\s*\{(.*)\},?\s*$", m.group(3), re.M):
        fields[a.lower()] = b
    ents[m.group(2)] = (m.group(1).lower(), fields)
got, order, missing, foot = [], [], [], []
def scan(f):
    for i, l in enumerate(open(os.path.join(base, f), encoding="utf-8").read().split("\n"), 1):
        l = re.sub(r"(?<!\\)%.*", "", l)
        if f == "gereformeerd.tex" and "\\input{hoofdstukken/dordt}" in l:
            scan("hoofdstukken/dordt.tex")
            continue
        for m in re.finditer(r"\\(\w*cite\w*)\*?", l):
            if m.group(1) not in ("autocite", "footcite"):
                fail(f"latex: other cite command {m.group(1)} at {f}:{i}")
        for m in re.finditer(r"\\(?:auto|foot)cite(?:\[[^\]]*\]){0,2}\{([^}]*)\}", l):
            # round 83 (fix83l): each command prints one footnote (autocite=footnote), labelled by its
            # number in reading order, its note the first key's entry (none if that key has no entry)
            ks = [x.strip() for x in m.group(1).split(",")]
            foot.append(ks[0] if ks[0] in ents else None)
            got.append((str(len(foot)), i))
            for x in ks:
                if x not in ents:
                    missing.append((x, f, i))
                    continue
                if x not in order:
                    order.append(x)
scan("gereformeerd.tex")
same_pairs(got, k, "latex")
if [(f, i) for _, f, i in missing] != [("gereformeerd.tex", d["line"]) for d in k["defects"]] or [d["kind"] for d in k["defects"]] != ["missing-literature-entry"] or [x for x, _, _ in missing] != ["kuyper1898"]:
    fail(f"latex: missing {missing} / defects {k['defects']}")
KIND = {"book": "book", "article": "article", "incollection": "chapter", "thesis": "thesis", "misc": "report", "online": "web", "report": "report"}
def tex(s):
    return s.replace("--", "–").replace("~", " ").replace("\\&", "&").replace("{", "").replace("}", "")
def fams(s):
    return [a.split(",")[0].strip() for a in s.split(" and ")]
if set(k["notes"]) != {str(n) for n, x in enumerate(foot, 1) if x is not None}:
    fail("latex: the notes are not the footnotes that cite an entry")
bykey = {}
for lab, want in k["notes"].items():
    lab = foot[int(lab) - 1] if lab.isdigit() and 0 < int(lab) <= len(foot) else None
    if lab not in ents:
        fail(f"latex: note keyed but its footnote cites no .bib entry")
        continue
    if bykey.setdefault(lab, want) != want:
        fail(f"latex {lab}: two notes citing it keyed differently")
    typ, f = ents[lab]
    if tex(f["title"]) != want["title"]:
        fail(f"latex {lab}: title {tex(f['title'])!r} != {want['title']!r}")
    if (int(f["year"]) if "year" in f else None) != want.get("year") or f.get("doi") != want.get("doi") or f.get("url") != want.get("url"):
        fail(f"latex {lab}: year/doi/url")
    if KIND[typ] != want["kind"]:
        fail(f"latex {lab}: kind {KIND[typ]} != {want['kind']}")
    fam = [] if "author" not in f or f["author"].startswith("{") else fams(f["author"])
    if fam != want.get("authors", []):
        fail(f"latex {lab}: authors {fam} != {want.get('authors')}")
if set(ents) != set(bykey) or set(order) != set(ents):
    fail(f"latex: .bib entries, notes and cited keys differ {set(ents) ^ set(order)}")
def sortname(f):  # biblatex nyt with useprefix=false: the particle (lower-case words) not sorted on
    who = f.get("author") or f.get("editor")
    if not who:
        return norm(tex(f["title"]))
    if who.startswith("{"):
        return norm(tex(who))
    return " ".join(norm(re.sub(r"^([a-z' ]+ )+", "", n).replace("'t ", "")) for n in fams(who))
want_order = sorted(ents, key=lambda x: (sortname(ents[x][1]), ents[x][1].get("year", "9999"), norm(tex(ents[x][1]["title"]))))
if [bykey[x] for x in want_order] != k["literature"]:
    fail(f"latex: literature not in biber's nyt order {want_order}")

# ---- html ----
k = key("html", "tevaram-koyil-ta")
clean_key(k, "html")
if k["defects"]:
    fail("html: defects")
lines = open(os.path.join(ROOT, "html", "tevaram-koyil-ta", "tevaram-thalangal.html"), encoding="utf-8").read().split("\n")
got, notes, nsup = [], {}, 0
for i, l in enumerate(lines, 1):
    nsup += l.count("<sup")
    for m in re.finditer(r'<sup><a href="#kurippu-(\d+)" id="azhaippu-(\d+)">(\d+)</a></sup>', l):
        if not m.group(1) == m.group(2) == m.group(3):
            fail(f"html: call numbers differ at {i}")
        got.append((m.group(1), i))
    m = re.match(r'<li id="kurippu-(\d+)">(.*)</li>$', l)
    if m:
        notes[m.group(1)] = unescape(re.sub(r"<[^>]+>", "", m.group(2)))
same_pairs(got, k, "html")
N = len(k["notes"])
if N != 20 or [g[0] for g in got] != [str(n) for n in range(1, N + 1)] or nsup != N or sorted(notes, key=int) != [str(n) for n in range(1, N + 1)]:
    fail("html: calls or notes not numbered 1-N once in order")
short_ta = lambda t: "முற்குறிப்பிட்ட" in t or (len(t) < 70 and "http" not in t and "doi" not in t and re.search(r", (ப\. )?\d+(–\d+)?\.$", t) is not None and not t.startswith("மேலது"))
notes_with_repeats(k, notes, "html", lambda t: t.startswith("மேலது,"), short_ta)
if k["literature"] != []:
    fail("html: literature")

# ---- docx ----
k = key("docx", "patriarhie-ro")
clean_key(k, "docx")
if k["defects"]:
    fail("docx: defects")
with zipfile.ZipFile(os.path.join(ROOT, "docx", "patriarhie-ro.docx")) as z:
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
if N != 20 or seq != [str(n) for n in range(1, N + 1)]:
    fail(f"docx: footnote ids {seq}")
short_ro = lambda t: len(t) < 90 and not re.search(r"https?://|DOI:|doi:", t) and re.search(r", (p\.|art\.|f\.) \d+(–\d+)?\.$", t) is not None and not t.startswith("Ibidem") and not re.search(r"\b(1[5-9]|20)\d\d\b", t)
notes_with_repeats(k, fnotes, "docx", lambda t: t.startswith("Ibidem,"), short_ro)
groups, cur = [], None
for p in paras:
    if 'w:val="Heading2"' in p and cur is not None:
        cur = []
        groups.append(cur)
    elif 'w:val="Heading1"' in p and text_of(p) == "Bibliografie":
        cur = []
    elif 'w:val="Bibliography"' in p:
        if cur is None:
            fail("docx: Bibliography paragraph before the Bibliografie heading")
        else:
            cur.append(text_of(p))
bibl = [t for g in groups for t in g]
if len(bibl) != len(k["literature"]) or len(bibl) != 15 or [len(g) for g in groups] != [2, 4, 8, 1]:
    fail(f"docx: literature length {[len(g) for g in groups]}")
for t, want in zip(bibl, k["literature"]):
    holds(t, want, "docx bibliography", first_author=True)
    if want["kind"] == "report" and not want.get("authors") and not norm(t.lstrip("„*")).startswith(norm(want["title"])):
        fail(f"docx bibliography: act {t[:50]!r} does not start with its keyed title")
for want in k["notes"].values():
    if want not in k["literature"]:
        fail(f"docx: note work not in bibliography {want}")
for want in k["literature"]:
    if want not in k["notes"].values():
        fail(f"docx: literature entry never in a note {want}")
RO = {"ă": "a~", "â": "a~~", "î": "i~", "ș": "s~", "ş": "s~", "ț": "t~", "ţ": "t~"}
def ro(x):
    x = norm(x).lstrip("„*")
    return "".join(RO.get(c, unicodedata.normalize("NFD", c)[0]) for c in x)
def ro_key(x):  # the head before the title (author, or the act's own words), then the year: one author's works by date
    head = re.split(r"[„*]", x)[0] or x
    y = re.findall(r"\b(?:1[5-9]|20)\d\d\b", x)
    return (ro(head), y[-1] if y else "")
for g in groups:
    if [ro_key(x) for x in g] != sorted(ro_key(x) for x in g):
        fail(f"docx: group not alphabetical {g[0][:30]}")

# ---- pdftext ----
k = key("pdftext", "ugcc-lviv-uk")
clean_key(k, "pdftext")
raw = open(os.path.join(ROOT, "pdftext", "ugcc-lviv-uk", "ugcc-psevdosobor.txt"), encoding="utf-8").read()
lines = raw.split("\n")
HEADS = r"\f?(\d+ +ВІСНИК ЦЕРКОВНОЇ ІСТОРІЇ\. 2026\. № 2 \(18\)|\s*Р\. Білик\. Львівський псевдособор 1946 року\.\.\. +\d+)$"
clean = [("" if re.match(HEADS, l) else l.lstrip("\f")) for l in lines]
if raw.count("\f") != 2 or sum(1 for l in lines if re.match(HEADS, l)) != 2:
    fail("pdftext: pages")
bi = clean.index("СПИСОК ВИКОРИСТАНИХ ДЖЕРЕЛ")
entries, starts = [], []
for i, l in enumerate(clean[bi + 1:], bi + 2):
    if not l.strip():
        continue
    m = re.match(r"(\d+)\. ", l)
    if m and not l.startswith("    "):
        if int(m.group(1)) != len(entries) + 1:
            fail(f"pdftext: entry number {m.group(1)} at {i}")
        entries.append(l[m.end():].strip())
        starts.append(i)
    else:
        prev, s = entries[-1], l.strip()
        last = prev.split()[-1]
        entries[-1] = prev + s if last.startswith("http") and not last.endswith(")") else prev + " " + s
if len(entries) != len(k["literature"]) or len(entries) != 17:
    fail(f"pdftext: {len(entries)} entries")
for n, (t, want) in enumerate(zip(entries, k["literature"]), 1):
    holds(t, want, f"pdftext entry {n}", first_author=True)
    if want["kind"] in ("report", "book") and not want.get("authors") and not norm(t).startswith(norm(want["title"])):
        fail(f"pdftext entry {n}: does not start with its keyed title")
UK = "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя"
def uk(x):
    x = norm(x)
    return [UK.index(c) if c in UK else 100 + ord(c) for c in x]
cyr = [e for e in entries if e[0].lower() in UK]
lat = [e for e in entries if e[0].lower() not in UK]
if entries != cyr + lat or [uk(e[:40]) for e in cyr] != sorted(uk(e[:40]) for e in cyr) or [norm(e[:40]) for e in lat] != sorted(norm(e[:40]) for e in lat):
    fail("pdftext: list not Cyrillic alphabetical then Latin alphabetical")
body = "\n".join(clean[:bi])
got = []
for m in re.finditer(r"\[([^\]]*)\]", body):
    for part in re.finditer(r"(?:^|;)\s*(\d+)", m.group(1)):
        pos = m.start()  # a group wrapped over lines counts at the line where it starts
        got.append((part.group(1), body.count("\n", 0, pos) + 1))
same_pairs(got, k, "pdftext")
cited = {g[0] for g in got}
uncited = [n for n in range(1, len(entries) + 1) if str(n) not in cited]
if uncited != [16] or [(d["kind"], d["line"]) for d in k["defects"]] != [("uncited-literature-entry", starts[15])]:
    fail(f"pdftext: uncited {uncited} / defects {k['defects']}")
if set(k["notes"]) != cited:
    fail("pdftext: notes are not the cited entries")
for n in cited:
    if k["notes"][n] != k["literature"][int(n) - 1]:
        fail(f"pdftext note {n} is not entry {n}")

# ---- rebuild (in a copy) changes nothing ----
BUILD = os.path.abspath(os.path.join(ROOT, "..", "corpus_build"))
PY = os.environ.get("PYTHON", "/work/main/.venv/bin/python")
if os.path.exists(PY):
    tmp = tempfile.mkdtemp()
    try:
        copy = os.path.join(tmp, "heldout70")
        shutil.copytree(ROOT, copy)
        subprocess.run([sys.executable, os.path.join(copy, "_src", "_meta", "keys_b.py")], check=True)
        subprocess.run([PY, os.path.join(BUILD, "build.py"), copy, "ca-minuscules-en", "dordt-afscheiding-nl", "tevaram-koyil-ta", "ugcc-lviv-uk"], check=True, stdout=subprocess.DEVNULL)
        subprocess.run([PY, os.path.join(BUILD, "build_docx.py"), copy, "patriarhie-ro"], check=True, stdout=subprocess.DEVNULL)
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
