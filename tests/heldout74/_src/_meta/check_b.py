"""Checks heldout74 half B's built documents against their keys (the writer's own checks).
Run after keys_b.py and the builders:  python3 tests/heldout74/_src/_meta/check_b.py"""
import json, os, re, sys, zipfile, subprocess, tempfile, shutil, unicodedata
from collections import Counter
from html import unescape

ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
SRC = os.path.join(ROOT, "_src")
bad = []
DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")


def fail(msg):
    bad.append(msg)


def key(fmt, name):
    return json.load(open(os.path.join(ROOT, fmt, name + ".key.json"), encoding="utf-8"))


def norm(s):
    s = unicodedata.normalize("NFC", s).translate(DIGITS).replace("’", "'").replace("\u00a0", " ").replace("*", "")
    return re.sub(r"\s+", " ", s).strip().casefold()


ACCESS = (r"accessed [^.]*\d{4}|\(ප්‍රවේශ වූයේ [^)]*\)|\(የተጎበኘው [^)]*\)|ಸಂದರ್ಶಿಸಿದ ದಿನಾಂಕ [\d.]+")
RANGE = r"(1[3-9]|20)\d\d–(1[3-9]|20)?\d\d"
YEAR = r"(?<![\d/.–-])(1[3-9]|20)\d\d(?![\d/–])"


def holds(text, e, where, first_author=False):
    t = norm(text)
    for f in ("title", "doi", "url"):
        if f in e and norm(e[f]) not in t:
            fail(f"{where}: {f} {e[f]!r} not in {text[:160]!r}")
    rest = t.replace(norm(e["title"]), " ") if "title" in e else t
    rest = re.sub(ACCESS, " ", rest)
    for f in ("url", "doi"):
        if f in e:
            rest = rest.replace(norm(e[f]), " ")
    if "year" in e:
        in_title = re.search(r"(?<![\d/–])" + str(e["year"]) + r"(?![–\d])", e.get("title", ""))
        if not re.search(r"(?<![\d/–])" + str(e["year"]) + r"(?![\d–])", t if in_title else rest):
            fail(f"{where}: year {e['year']} not in {text[:160]!r} (outside title and access date)")
    else:
        r2 = re.sub(RANGE, " ", rest)
        if re.search(YEAR, r2):
            fail(f"{where}: a year is printed but none keyed: {text[:160]!r}")
    for a in e.get("authors", []):
        if norm(a) not in t:
            fail(f"{where}: author {a} not in {text[:160]!r}")
    if first_author and e.get("authors") and not re.sub(r"^\d+\. ", "", t).lstrip("«“\"").startswith(norm(e["authors"][0])):
        fail(f"{where}: does not start with {e['authors'][0]}")
    if "doi" not in e and re.search(r"(doi\.org/|doi:\s?|DOI:\s?)10\.", text):
        fail(f"{where}: DOI printed but not keyed")
    if "url" not in e and "doi" not in e and "http" in text:
        fail(f"{where}: URL printed but not keyed")


def persons(text, e, where, head=None):
    """A Chicago or Persian list entry names as many persons before its title as the key has authors
    (one comma or ، per person with the serial comma; `ed.`/`eds.` heads are editors, keyed none)."""
    head = re.split(r"[*“«\"]", text if head is None else head, 1)[0]
    n = 0 if re.search(r"\beds?\.", head) else head.count(",") + head.count("،")
    if n != len(e.get("authors", [])):
        fail(f"{where}: {n} persons before the title, {len(e.get('authors', []))} keyed: {text[:60]!r}")


LOC = r"(vol\.|p\.|pp\.|පි\.|ገጽ|ಪುಟ|\d)"


def names_work(text, e, where):
    t = norm(text)
    segs = [norm(x.strip(" “”«»\"*.።")) for x in re.split(r"[,،፣]", text)]
    if e.get("authors"):
        ok = norm(e["authors"][0]) in t
    else:
        ok = norm(" ".join(e["title"].split()[:3])) in t or any(len(x) >= 8 and x in norm(e["title"]) for x in segs)
    for x in segs:  # every other segment of a short note (its short title) is part of the keyed title
        if len(x) < 8 or re.match(LOC, x) or any(norm(a) == x for a in e.get("authors", [])):
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
        for a in e.get("authors", []):
            if " " in a and a not in MULTIWORD:
                fail(f"{where}: author {a!r} is more than a family name")
        if e.get("kind") == "report" and re.search(r", \d{4}$", e.get("title", "")):
            fail(f"{where}: a statute's year after a comma kept in its title {e['title']!r}")
        if e.get("kind") not in ("book", "article", "report", "chapter", "web", "thesis", "unknown"):
            fail(f"{where}: kind {e.get('kind')}")


MULTIWORD = {"ሰላማዊት ታደሰ", "ሃይሉ ተሰማ", "ዮናስ ገብረ መድኅን", "Bahru Zewde"}  # Ethiopian names, whole and uninverted


def cue(text, e, where):
    """The kind a list entry's or a first note's own words call for, where they are plain."""
    c = None
    if re.search(r"PhD diss\.|නිබන්ධනය|ማሟያ ጽሑፍ|ಮಹಾಪ್ರಬಂಧ", text):
        c = "thesis"
    elif re.search(r"\bIn \*|\(ಸಂ\.\)|አርታኢ", text):
        c = "chapter"
    elif re.search(r"Zenodo|\[Data set\]|Accessed|ප්‍රවේශ වූයේ|የተጎበኘው|ಸಂದರ್ಶಿಸಿದ ದಿನಾಂಕ", text):
        c = "web"
    elif re.search(r"ලිපිගොනු අංක|ፋይል ቁ\.|ಕಡತ ಸಂಖ್ಯೆ", text):
        c = "unknown"
    elif re.search(r"Act\b|Regulations|අංක \d+ දරන|ಅಧಿನಿಯಮ|መመሪያ|\bv\. ", text):
        c = "report"
    if c and e.get("kind") != c:
        fail(f"{where}: kind {e.get('kind')} but the text says {c}: {text[:80]!r}")


def notes_with_repeats(k, texts, where, ibid, short):
    seen = []
    if sorted(k["notes"], key=int) != sorted(texts, key=int):
        fail(f"{where}: keyed notes {sorted(k['notes'], key=int)} are not the document's {sorted(texts, key=int)}")
        return
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
            cue(t, want, f"{where} note {n}")
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
DOCS = [("rst", "acwr-rugby-en", ["load-report.rst"]),
        ("latex", "ere-idaraya-yo", ["ere-idaraya.tex", "ori/ere-ije.tex", "ere.bib"]),
        ("html", "kriket-si", ["lanka-kriket.html"]),
        ("pdftext", "kambala-kn", ["desi-kridegalu.txt"])]
for fmt, name, files in DOCS + [("docx", "runners-am", ["body.txt"])]:
    for f in files:
        a = open(os.path.join(SRC, fmt, name, f), encoding="utf-8").read()
        if fmt == "docx":
            continue
        b = open(os.path.join(ROOT, fmt, name, f), encoding="utf-8").read()
        if a.count("\n") != b.count("\n") or re.sub(r"⟦[^⟧]*⟧", "", a) != b:
            fail(f"{fmt}/{name}/{f}: built file is not the source without annotations")
    k = key(fmt, name)
    clean_key(k, fmt)
    src_meta = json.load(open(os.path.join(SRC, fmt, name, "meta.json"), encoding="utf-8"))
    for f in ("notes", "literature", "clean", "about", "reader"):
        if k.get(f) != src_meta.get(f):
            fail(f"{fmt}/{name}: key's {f} is not meta.json's")

srt = lambda x: unicodedata.normalize("NFD", norm(x)).encode("ascii", "ignore").decode()

# ---- rst ----
k = key("rst", "acwr-rugby-en")
if k["defects"]:
    fail("rst: defects")
lines = open(os.path.join(ROOT, "rst", "acwr-rugby-en", "load-report.rst"), encoding="utf-8").read().split("\n")
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
if len(lit) != len(k["literature"]) or len(lit) != 15:
    fail("rst: literature length")
for (lab, text, _), want in zip(lit, k["literature"]):
    holds(text, want, f"rst [{lab}]", first_author=True)
    persons(text, want, f"rst [{lab}]")
    cue(text, want, f"rst [{lab}]")
    if k["notes"].get(lab) != want:
        fail(f"rst: note {lab} is not its entry")
if [srt(e[1]) for e in lit] != sorted(srt(e[1]) for e in lit):
    fail("rst: references not alphabetical")
cited = {g[0] for g in got}
if cited != {e[0] for e in lit} | {"1"} or set(k["notes"]) != cited:
    fail(f"rst: cited labels, entries and notes differ {cited ^ set(k['notes'])}")
fns = [e[1] for e in entries if e[0] == "#"]
if len(fns) != 1:
    fail("rst: footnotes")
else:
    holds(fns[0], k["notes"]["1"], "rst footnote 1")
    if set(k["notes"]["1"]) != {"title", "year", "kind"}:
        fail("rst footnote 1: a committee's decision has no author, DOI or URL")
try:
    import docutils.core
    d = docutils.core.publish_doctree("\n".join(lines), settings_overrides={"report_level": 5, "halt_level": 5})
    nc = len(d.traverse(lambda n: n.tagname == "citation_reference")) + len(d.traverse(lambda n: n.tagname == "footnote_reference"))
    if nc != len(k["citations"]) or d.traverse(lambda n: n.tagname == "system_message") or len(d.traverse(lambda n: n.tagname == "citation")) != 15:
        fail(f"rst: docutils finds {nc} references or system messages")
except ImportError:
    fail("rst: no docutils")

# ---- latex ----
k = key("latex", "ere-idaraya-yo")
base = os.path.join(ROOT, "latex", "ere-idaraya-yo")
main = open(os.path.join(base, "ere-idaraya.tex"), encoding="utf-8").read()
for s in ("\\input{ori/ere-ije}", "style=authoryear", "\\addbibresource{ere.bib}", "\\printbibliography"):
    if s not in main:
        fail(f"latex: {s} missing")
bib = open(os.path.join(base, "ere.bib"), encoding="utf-8").read()
ents = {}
for m in re.finditer(r"@(\w+)\{(\w+),(.*?)\n\}", bib, re.S):
    fields = {}
    for a, b in re.findall(r"^\s*(\w+)\s*=\s*\{(.*)\},?\s*$", m.group(3), re.M):
        fields[a.lower()] = b
    ents[m.group(2)] = (m.group(1).lower(), fields)
if len(ents) != bib.count("@"):
    fail("latex: a .bib entry not parsed")
got, cited, missing = [], [], []
def scan(f):
    for i, l in enumerate(open(os.path.join(base, f), encoding="utf-8").read().split("\n"), 1):
        l = re.sub(r"(?<!\\)%.*", "", l)
        if f == "ere-idaraya.tex" and "\\input{ori/ere-ije}" in l:
            scan("ori/ere-ije.tex")
        for m in re.finditer(r"\\(\w*cite\w*)\*?", l):
            if m.group(1) not in ("parencite", "textcite"):
                fail(f"latex: other cite command {m.group(1)} at {f}:{i}")
        for m in re.finditer(r"\\(?:paren|text)cite(?:\[[^\]]*\]){0,2}\{([^}]*)\}", l):
            for x in (y.strip() for y in m.group(1).split(",")):
                got.append((x, i))
                if x in ents:
                    cited.append(x)
                else:
                    missing.append((x, f, i))
scan("ere-idaraya.tex")
same_pairs(got, k, "latex")
if missing != [("okpara1989", "ere-idaraya.tex", d["line"]) for d in k["defects"]] or [d["kind"] for d in k["defects"]] != ["missing-literature-entry"]:
    fail(f"latex: missing {missing} / defects {k['defects']}")
if "okpara1989" in k["notes"]:
    fail("latex: the missing entry has a note")
KIND = {"book": "book", "collection": "book", "article": "article", "incollection": "chapter", "thesis": "thesis", "misc": "report", "report": "report", "online": "web"}
tex = lambda s: s.replace("--", "–").replace("~", " ").replace("\\&", "&").replace("{", "").replace("}", "")
fams = lambda s: [a.split(",")[0].strip() for a in s.split(" and ")]
if set(k["notes"]) != set(ents) or set(cited) != set(ents):
    fail(f"latex: notes, .bib entries and cited keys differ {set(k['notes']) ^ set(ents)} {set(cited) ^ set(ents)}")
for lab, (typ, f) in ents.items():
    want = k["notes"].get(lab, {})
    if tex(f["title"]) != want.get("title"):
        fail(f"latex {lab}: title {tex(f['title'])!r} != {want.get('title')!r}")
    if (int(f["year"]) if "year" in f else None) != want.get("year") or f.get("doi") != want.get("doi") or f.get("url") != want.get("url"):
        fail(f"latex {lab}: year/doi/url")
    if KIND[typ] != want.get("kind"):
        fail(f"latex {lab}: kind {KIND[typ]} != {want.get('kind')}")
    fam = [] if "author" not in f or f["author"].startswith("{") else fams(f["author"])
    if fam != want.get("authors", []):
        fail(f"latex {lab}: authors {fam} != {want.get('authors')}")
def sortname(f):  # nyt: author, else editor, else title; punctuation and spaces ignored, accents folded
    who = f.get("author") or f.get("editor") or f["title"]
    who = " ".join(fams(tex(who))) if not who.startswith("{") else tex(who)
    return re.sub(r"[^a-z0-9]", "", unicodedata.normalize("NFD", who.casefold()).encode("ascii", "ignore").decode())
want_order = sorted(ents, key=lambda x: (sortname(ents[x][1]), ents[x][1].get("year", "9999"), norm(tex(ents[x][1]["title"]))))
if want_order != list(k["notes"]) or [k["notes"][x] for x in want_order] != k["literature"]:
    fail(f"latex: literature not in nyt order {want_order}")

# ---- html ----
k = key("html", "kriket-si")
if k["defects"] or k["literature"] != []:
    fail("html: defects or literature")
lines = open(os.path.join(ROOT, "html", "kriket-si", "lanka-kriket.html"), encoding="utf-8").read().split("\n")
got, notes, nsup = [], {}, 0
for i, l in enumerate(lines, 1):
    nsup += l.count("<sup")
    for m in re.finditer(r'<sup id="ref-(\d+)"><a href="#fn-(\d+)">(\d+)</a></sup>', l):
        if not m.group(1) == m.group(2) == m.group(3):
            fail(f"html: call numbers differ at {i}")
        got.append((m.group(1), i))
    m = re.match(r'<li id="fn-(\d+)">(.*) <a href="#ref-(\d+)">↩</a></li>$', l)
    if m:
        if m.group(1) != m.group(3):
            fail(f"html: back link of note {m.group(1)}")
        notes[m.group(1)] = unescape(re.sub(r"<[^>]+>", "", m.group(2)))
same_pairs(got, k, "html")
N = len(k["notes"])
if N != 18 or [g[0] for g in got] != [str(n) for n in range(1, N + 1)] or nsup != N or sorted(notes, key=int) != [str(n) for n in range(1, N + 1)]:
    fail("html: calls or notes not numbered 1-N once in order")
short_si = lambda t: len(t) < 70 and "http" not in t and "doi" not in t and re.search(r",”? (පි\. )?\d+(–\d+)?\.$", t) is not None and not t.startswith("එම") and not re.search(YEAR, norm(t))
for n, t in notes.items():
    m = re.match(r"\d{4} අංක \d+ දරන ([^,]+),", t)
    if m and k["notes"][n].get("title") != m.group(1):
        fail(f"html note {n}: the law's title is {m.group(1)!r}")
notes_with_repeats(k, notes, "html", lambda t: t.startswith("එම කෘතිය,"), short_si)

# ---- docx ----
k = key("docx", "runners-am")
with zipfile.ZipFile(os.path.join(ROOT, "docx", "runners-am.docx")) as z:
    docxml = z.read("word/document.xml").decode("utf-8")
    fnxml = z.read("word/footnotes.xml").decode("utf-8")
text_of = lambda x: unescape("".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", x)))
paras = re.findall(r"<w:p>.*?</w:p>|<w:p\b[^>]*/>|<w:p\b[^>]*>.*?</w:p>", docxml.split("<w:body>")[1])
if len(paras) != open(os.path.join(SRC, "docx", "runners-am", "body.txt"), encoding="utf-8").read().count("\n") + 1:
    fail("docx: body paragraphs are not the source's lines")
fnotes = {m.group(1): text_of(m.group(2)).strip() for m in re.finditer(r'<w:footnote w:id="(\d+)">(.*?)</w:footnote>', fnxml)}
got, seq = [], []
for i, p in enumerate(paras, 1):
    for m in re.finditer(r'<w:footnoteReference w:id="(\d+)"/>', p):
        got.append((m.group(1), i))
        seq.append(m.group(1))
same_pairs(got, k, "docx")
N = len(k["notes"])
if N != 18 or seq != [str(n) for n in range(1, N + 1)]:
    fail(f"docx: footnote ids {seq}")
short_am = lambda t: len(t) < 60 and not re.search(r"https?://|DOI:|doi:", t) and re.search(r"[,፣] (p\.|ገጽ) \d+([–-]\d+)?[.።]$", t) is not None and not t.startswith("ዝኒ") and not re.search(YEAR, norm(t))
notes_with_repeats(k, {n: t for n, t in fnotes.items() if n.isdigit() and int(n) > 0}, "docx", lambda t: t.startswith("ዝኒ ከማሁ፣"), short_am)
groups, cur, bstart, bhead = [], None, {}, {}
for i, p in enumerate(paras, 1):
    if 'w:val="Heading2"' in p and cur is not None:
        cur = []
        groups.append(cur)
    elif 'w:val="Heading1"' in p and text_of(p) == "ዋቢ መጻሕፍት":
        cur = []
    elif 'w:val="Bibliography"' in p:
        if cur is None:
            fail("docx: Bibliography paragraph before the ዋቢ መጻሕፍት heading")
        else:
            cur.append(text_of(p))
            bstart[text_of(p)] = i
            bhead[text_of(p)] = text_of(p.split("<w:i/>")[0])
bibl = [t for g in groups for t in g]
if len(bibl) != len(k["literature"]) or [len(g) for g in groups] != [7, 7]:
    fail(f"docx: literature length {[len(g) for g in groups]}")
for gi, g in enumerate(groups if len(bibl) == len(k["literature"]) else []):
    for t in g:
        want = k["literature"][bibl.index(t)]
        holds(t, want, "docx bibliography", first_author=True)
        cue(t, want, "docx bibliography")
        if gi == 1:  # Chicago author-date: an Ethiopian name stands uninverted, without a comma
            if want.get("authors") == ["Bahru Zewde"]:
                if not t.startswith("Bahru Zewde. "):
                    fail("docx: Bahru Zewde not uninverted")
            else:
                persons(t, want, "docx bibliography", bhead[t])
        else:  # Amharic: the whole name, then ።; a body or a title «…» heads the others
            head = t.split("።")[0]
            if want.get("authors") and head != " እና ".join(want["authors"]):
                fail(f"docx: Amharic head {head!r} is not the keyed authors")
            if not want.get("authors") and want["kind"] != "web" and any(w in head for w in ("ሃይሉ", "ሰላማዊት", "ዮናስ")):
                fail(f"docx: Amharic head {head!r} names a person")
uncited = [(t, w) for t, w in zip(bibl, k["literature"]) if w not in k["notes"].values()]
if not uncited or [w for _, w in uncited] != [w for w in k["literature"] if w.get("authors") == ["Hamilton"]] or \
        [(d["kind"], d["line"]) for d in k["defects"]] != [("uncited-literature-entry", bstart[uncited[0][0]])]:
    fail(f"docx: uncited entries {[t[:30] for t, _ in uncited]} / defects {k['defects']}")
for want in k["notes"].values():
    if want not in k["literature"]:
        fail(f"docx: note work not in bibliography {want}")
if [norm(x).lstrip("«") for x in groups[0]] != sorted(norm(x).lstrip("«") for x in groups[0]):
    fail("docx: Amharic group not in fidel (code point) order")
if [srt(x) for x in groups[1]] != sorted(srt(x) for x in groups[1]):
    fail("docx: Latin group not alphabetical")

# ---- pdftext ----
k = key("pdftext", "kambala-kn")
if k["defects"]:
    fail("pdftext: defects")
raw = open(os.path.join(ROOT, "pdftext", "kambala-kn", "desi-kridegalu.txt"), encoding="utf-8").read()
lines = raw.split("\n")
HEADS = r"\f(\d+ +ಕ್ರೀಡಾ ವಿಜ್ಞಾನ ಪತ್ರಿಕೆ, 13\(2\), 2026|ಶ್ರೀನಿಧಿ ಉಪಾಧ್ಯ\. ಕರ್ನಾಟಕದ ದೇಶೀ ಕ್ರೀಡೆಗಳು ಮತ್ತು ದೈಹಿಕ ಶಿಕ್ಷಣ ಪಠ್ಯಕ್ರಮ +\d+)$"
clean = [("" if re.match(HEADS, l) else l) for l in lines]
if raw.count("\f") != 3 or "\\f" in raw or sum(1 for l in lines if re.match(HEADS, l)) != 3 or any("\f" in l for l in clean):
    fail("pdftext: pages")
if [int(re.search(r"(\d+)", l.strip("\f")).group(1)) if l.startswith("\f4") else int(l.split()[-1]) for l in lines if re.match(HEADS, l)] != [46, 47, 48]:
    fail("pdftext: running-head page numbers")
bi = clean.index("ಉಲ್ಲೇಖಗಳು")
entries = []
for i, l in enumerate(clean[bi + 1:], bi + 2):
    if l.startswith("ಲೇಖನ ಸ್ವೀಕೃತಿ"):
        break
    if not l.strip():
        continue
    m = re.match(r"(\d+)\. ", l)
    if m and not l.startswith("    "):
        if int(m.group(1)) != len(entries) + 1:
            fail(f"pdftext: entry number {m.group(1)} at {i}")
        entries.append(l[m.end():].strip())
    else:
        if not l.startswith("    "):
            fail(f"pdftext: continuation not indented at {i}")
        prev, s = entries[-1], l.strip()
        entries[-1] = prev + s if prev.endswith("-") else prev + " " + s
if len(entries) != len(k["literature"]) or len(entries) != 16:
    fail(f"pdftext: {len(entries)} entries")
for n, (t, want) in enumerate(zip(entries, k["literature"]), 1):
    holds(t, want, f"pdftext entry {n}", first_author=True)
    cue(t, want, f"pdftext entry {n}")
    head = t.split(" (")[0]
    if want.get("authors") and head.count(" & ") + 1 != len(want["authors"]):
        fail(f"pdftext entry {n}: {head.count(' & ') + 1} persons before the year, {len(want['authors'])} keyed")
    if not want.get("authors") and want["kind"] != "unknown" and not re.search(r"\(Eds?\.\)", t) and not norm(t).startswith(norm(want["title"])) \
            and not re.match(r"[^.]+\. " + re.escape(want["title"]) + r"\.", t):
        fail(f"pdftext entry {n}: does not start with its keyed title (or a body, then it)")
    if want["kind"] == "report" and t.startswith(want["title"] + ",") and not re.match(re.escape(want["title"]) + r", (\(?\d{4}|.*\d{4})", t):
        fail(f"pdftext entry {n}: what follows the title is not its date")
    if want["kind"] == "unknown" and not re.search(r"\. " + re.escape(want["title"]) + r"\. ", t):
        fail(f"pdftext entry {n}: archival title not the item's")
    if re.search(r"\(Eds?\.\)", t) and want.get("authors"):
        fail(f"pdftext entry {n}: editors keyed")
    if re.search(r"\(Version [\d.]+\)", t) and "Version" in want["title"]:
        fail(f"pdftext entry {n}: version in the title")
    if "(ಪಿಎಚ್.ಡಿ." in t and want["kind"] != "thesis":
        fail(f"pdftext entry {n}: thesis not keyed thesis")
body = "\n".join(clean[:bi])
got, first = [], []
for m in re.finditer(r"\[([^\]]*)\]", body):
    for part in re.finditer(r"(?:^|;)\s*(\d+)", m.group(1)):
        got.append((part.group(1), body.count("\n", 0, m.start()) + 1))  # a wrapped group counts where it starts
        if part.group(1) not in first:
            first.append(part.group(1))
same_pairs(got, k, "pdftext")
if first != [str(n) for n in range(1, 17)]:
    fail(f"pdftext: list not in order of first citation {first}")
if set(k["notes"]) != set(first):
    fail("pdftext: notes are not the cited entries")
for n in first:
    if k["notes"].get(n) != k["literature"][int(n) - 1]:
        fail(f"pdftext note {n} is not entry {n}")

# ---- rebuild (in a copy) changes nothing ----
BUILD = os.path.abspath(os.path.join(ROOT, "..", "corpus_build"))
PY = os.environ.get("PYTHON", "/work/main/.venv/bin/python")
if os.path.exists(PY):
    tmp = tempfile.mkdtemp()
    try:
        copy = os.path.join(tmp, "heldout74")
        shutil.copytree(ROOT, copy)
        subprocess.run([sys.executable, os.path.join(copy, "_src", "_meta", "keys_b.py")], check=True)
        subprocess.run([PY, os.path.join(BUILD, "build.py"), copy, "acwr-rugby-en", "ere-idaraya-yo", "kriket-si", "kambala-kn"], check=True, stdout=subprocess.DEVNULL)
        subprocess.run([PY, os.path.join(BUILD, "build_docx.py"), copy, "runners-am"], check=True, stdout=subprocess.DEVNULL)
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
