"""Checks heldout74 half A's built documents against their keys (run after keys_a.py and build.py).
No annotation left in a built file, no line count changed; every citation pair present at its line
and in order; every note and literature entry's fields present in the source entry; list orders;
rebuilding changes nothing.  The helpers follow heldout72's check_a.py (copied and edited); the
per-document checks are this round's."""
import json, os, re, sys, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
SRC = os.path.join(ROOT, "_src")
bad = []


def fail(doc, msg):
    bad.append(f"{doc}: {msg}")


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c) or "\u0a00" <= c <= "\u0a7f").casefold()


def norm(s):
    s = re.sub(r"[„“”\"«»]", "", s)
    return re.sub(r"\s+", " ", s.replace("*", "").replace("_", "").replace("\\", "")).strip().casefold()


def load(fmt, name):
    key = json.load(open(os.path.join(ROOT, fmt, name + ".key.json"), encoding="utf-8"))
    doc = os.path.join(ROOT, fmt, key["document"])
    folder = os.path.join(SRC, fmt, name)
    for f in os.listdir(folder):
        if f == "meta.json":
            continue
        built = open(os.path.join(ROOT, fmt, name, f), encoding="utf-8").read()
        src = open(os.path.join(folder, f), encoding="utf-8").read()
        if "⟦" in built or "⟧" in built:
            fail(name, f"annotation left in {f}")
        if built.count("\n") != src.count("\n"):
            fail(name, f"line count changed in {f}")
        if re.sub(r"⟦[^⟧]*⟧", "", src) != built:
            fail(name, f"built {f} is not its source without annotations")
    return key, open(doc, encoding="utf-8").read().split("\n")


def pairs_eq(name, got, key):
    want = [tuple(p) for p in key["citations"]]
    if got != want:
        fail(name, f"pairs differ:\n  got  {got}\n  want {want}")


# ---------- bib parsing (simple: one field a line) ----------
def parse_bib(path):
    out, cur = {}, None
    for line in open(path, encoding="utf-8"):
        m = re.match(r"@(\w+)\{([^,]+),", line)
        if m:
            cur = out[m.group(2)] = {"_type": m.group(1).lower()}
            continue
        m = re.match(r"\s+(\w+) = \{(.*)\},?\s*$", line)
        if m and cur is not None:
            cur[m.group(1)] = m.group(2)
    return out


def bibtext(s):
    s = re.sub(r"\\textit\{([^}]*)\}", r"\1", s)
    return s.replace("{", "").replace("}", "").replace("--", "–").replace("\\_", "_").replace("\\&", "&")


def bibyear(e):
    y = e.get("year") or e.get("date", "")[:4]
    return int(y) if y else 0


def families(author):
    if author.startswith("{"):
        return None  # corporate
    names = [a.strip() for a in author.split(" and ")]
    if not all("," in n for n in names):
        raise ValueError(f"uninverted name in {author!r}")
    return [n.split(",")[0].strip().strip("{}") for n in names]


KIND = {"article": "article", "book": "book", "incollection": "chapter", "report": "report", "techreport": "report",
        "inproceedings": "chapter", "thesis": "thesis", "phdthesis": "thesis", "mastersthesis": "thesis",
        "online": "web", "misc": "web", "dataset": "web", "unpublished": "unknown"}


def check_bib_fields(name, k, e, want):
    got = {"title": bibtext(e.get("title", "")), "kind": KIND[e["_type"]]}
    if bibyear(e):
        got["year"] = bibyear(e)
    for f in ("doi", "url"):
        if f in e:
            got[f] = e[f]
    fam = families(e.get("author", "{x}"))
    if isinstance(fam, list):
        got["authors"] = fam
    for f in set(got) | set(want):
        if got.get(f) != want.get(f):
            fail(name, f"{k}.{f}: bib {got.get(f)!r} key {want.get(f)!r}")
    if re.search(r"\b[Vv]ersion\b|\d+\.\d+$", want.get("title", "")) and "version" in e:
        fail(name, f"{k}: a version keyed as part of the title")
    if "version" in e and e["version"] in want.get("title", ""):
        fail(name, f"{k}: the version keyed in the title")
    if "editor" in e and any(x.split(",")[0].strip() in want.get("authors", []) for x in e["editor"].split(" and ")):
        fail(name, f"{k}: an editor keyed as author")


def sortkey(e):
    a = e.get("author")
    first = [fold(bibtext(n.strip())) for n in a.split(" and ")] if a else [fold(bibtext(e["title"]))]
    return (first, bibyear(e), fold(bibtext(e.get("title", ""))))


def alpha_order(name, order, bib, alpha, label):
    """Latin names first (code points), then the document's own script in its alphabet's order."""
    def nk(k):
        e = bib[k]
        a = bibtext(e.get("author") or e["title"]).casefold()
        return ([(1, alpha.index(c)) if c in alpha else (0, ord(c)) for c in a if c.isalpha() or c == " "],
                bibyear(e), bibtext(e["title"]).casefold())
    nat = sorted(order, key=nk)
    if nat != order:
        fail(name, f"{label} alphabet gives another order: {nat}")


MN = "абвгдеёжзийклмноөпрстуүфхцчшщъыьэюя"
IS = "aábdðeéfghiíjklmnoóprstuúvxyýþæö"


def check_bib_doc(name, key, bib, got, alpha, label):
    cited = {l for l, _ in got if not l.startswith("^")}
    if cited != set(bib):
        fail(name, f"cited vs bib: {cited ^ set(bib)}")
    if set(key["notes"]) != set(bib):
        fail(name, "notes keys")
    for k, e in bib.items():
        if k in key["notes"]:
            check_bib_fields(name, k, e, key["notes"][k])
    if key["defects"]:
        fail(name, "defects in a clean document")
    order = sorted(bib, key=lambda k: sortkey(bib[k]))
    if [key["notes"].get(k) for k in order] != key["literature"]:
        fail(name, f"literature order: computed {order}")
    alpha_order(name, order, bib, alpha, label)
    return order


# ---------- typst ----------
def typst():
    name = "tomorzam-mn"
    key, lines = load("typst", name)
    got = []
    for i, line in enumerate(lines, 1):
        for m in re.finditer(r"(?<![\w.])@([A-Za-z][\w-]*)|#cite\(<([^>]+)>", line):
            lab = m.group(1) or m.group(2)
            if lab.startswith("tab-"):
                continue
            got.append((lab, i))
    pairs_eq(name, got, key)
    if not any('style: "chicago-author-date"' in l for l in lines):
        fail(name, "style not named")
    if not any('lang: "mn"' in l for l in lines):
        fail(name, "lang not mn")
    if not any("<tab-achaa>" in l for l in lines) or not any("(@tab-achaa)" in l for l in lines):
        fail(name, "table label or its reference lost")
    bib = parse_bib(os.path.join(ROOT, "typst", name, "refs.bib"))
    check_bib_doc(name, key, bib, got, MN, "Mongolian")


# ---------- pandoc ----------
def pandoc():
    name = "flug-is"
    key, lines = load("pandoc", name)
    end = [i for i, l in enumerate(lines) if l == "---"][1]
    if "csl: chicago-author-date.csl" not in lines[:end] or "lang: is" not in lines[:end]:
        fail(name, "csl or lang not named")
    got, n = [], 0
    for i, line in enumerate(lines, 1):
        if i <= end + 1:
            continue
        for m in re.finditer(r"(?<![\w.])-?@([A-Za-z][\w-]*)|\^\[", line):
            if m.group(0) == "^[":
                n += 1
                got.append((f"^{n}", i))
            else:
                got.append((m.group(1), i))
    pairs_eq(name, got, key)
    if n != 1:
        fail(name, "one inline note expected")
    bib = parse_bib(os.path.join(ROOT, "pandoc", name, "refs.bib"))
    check_bib_doc(name, key, bib, got, IS, "Icelandic")  # folded order = the Icelandic alphabet's


# ---------- list-entry field check ----------
CUES = {
 "en": {"thesis": r"\[PhD thesis\]", "chapter": r"\bIn: [A-Z0-9]", "unknown": r"^\d+\. [A-Z][\w ]+ Archives\. ",
        "report:wp": r"Working Paper No\.|^\d+\. (World Health Organization|Transport for London)\. |^\d+\. [A-Z][\w ]+ Act \d{4}",
        "web:data": r"\[(dataset|Internet)\]", "article:journal": r";\d+\(\d+\):|\. \d{4} [A-Z][a-z]{2} \d+\."},
 "mt": {"thesis": r"Teżi", "chapter": r"\bF' _", "unknown": r"\]\]\] Arkivji ",
        "report:law": r"\]\]\] (Gvern ta' Malta|Unjoni Ewropea|UNCTAD|Uffiċċju Nazzjonali tal-Istatistika|Transport Malta)\. \d{4}\. _",
        "web:acc": r"Aċċessat ", "article:journal": r"_ \d+ \(\d+\): |_, \d+ (ta' )?[A-Z][a-z]+ \d{4}\."},
 "pa": {"thesis": r"\[ਪੀਐਚ\.ਡੀ\. ਥੀਸਿਸ", "chapter": r"\bIn [A-Z]\. .*\(Ed", "unknown": r"\[Archival file\]",
        "report:paper": r"ਐਕਟ ਨੰ\.|Programme guidelines|Road accidents in India",
        "web:acc": r"Retrieved .* from", "article:journal": r"\*, \*\d+\*(\(\d+\))?, |\(\d{4}, [^)]+\)"},
}


def entry_has(name, where, text, want, lang):
    t = norm(text)
    nt = norm(want.get("title", "\0"))
    at = t.find(nt)
    after = t[at + len(nt):at + len(nt) + 2] if at >= 0 else ""
    before = t[at - 2:at] if at > 1 else ""
    if at < 0 or before not in (". ", "] ", ") ", ": ") or not (after[:1] in (".", "?", ",") or after in (" [", " (")):
        fail(name, f"{where}: title {want.get('title')!r} not in entry as a whole")
    if re.search(r"\b[Vv]ersion\b", want.get("title", "")):
        fail(name, f"{where}: a version keyed as part of the title")
    years = re.findall(r"(?<![\d/.])(1[6-9]\d\d|20\d\d)(?![\d/])", text)
    if "year" in want:
        if str(want["year"]) not in years:
            fail(name, f"{where}: year {want['year']} not in entry")
    elif "n.d." not in text:
        fail(name, f"{where}: no year keyed but the entry is dated")
    for a in want.get("authors", []):
        if not re.search(r"(?<!\w)" + re.escape(a.casefold()) + r"(?![\w\u0a00-\u0a7f])", text.casefold()):
            fail(name, f"{where}: author {a} not in entry")
    # addresses and DOIs as whole tokens (a sentence-final dot or comma is no part of them)
    addrs = [re.sub(r"[.,]$", "", u) for u in re.findall(r"https?://[^\s<>]+", text)]
    dois = [re.sub(r"[.,]$", "", d) for d in re.findall(r"doi:\s?(\S+)", text)]
    dois += [a[len("https://doi.org/"):] for a in addrs if a.startswith("https://doi.org/")]
    if "doi" in want and want["doi"] not in dois:
        fail(name, f"{where}: doi not in entry")
    if "url" in want and want["url"] not in addrs:
        fail(name, f"{where}: url not in entry")
    if "doi" in want and "url" in want:
        fail(name, f"{where}: both doi and url keyed")
    for kind, cue in CUES[lang].items():
        hit = bool(re.search(cue, text))
        if ":" in kind:
            if hit and want.get("kind") != kind.split(":")[0]:
                fail(name, f"{where}: kind {want.get('kind')} against the entry's {kind} cue")
        elif hit != (want.get("kind") == kind):
            fail(name, f"{where}: kind {want.get('kind')} against the entry's {kind} cue")
    if want.get("kind") not in ("article", "book", "chapter", "report", "web", "thesis", "unknown"):
        fail(name, f"{where}: kind {want.get('kind')}")
    if "doi" not in want and re.search(r"10\.\d{4,}/", text):
        fail(name, f"{where}: a DOI in the entry not keyed")
    if "url" not in want and "doi" not in want and re.search(r"https?://", text):
        fail(name, f"{where}: an address in the entry not keyed")


def printed_families(style, text):
    """The family names an entry prints before its title, by the list's style."""
    if style == "vancouver":  # persons end with their initials; else a body (none keyed)
        seg = re.sub(r"^\d+\. ", "", text).split(". ")[0]
        parts = [a.strip() for a in seg.split(", ")]
        if not all(re.search(r" [A-ZÀ-Þ]+$", a) for a in parts):
            return []
        return [re.sub(r" [A-ZÀ-Þ]+$", "", a) for a in parts]
    if style == "mt":  # first person inverted, the others uninverted after ", " / ", u "; a body has no comma
        seg = re.match(r"\* \[\[\[[^\]]+\]\]\] (.*?)\. \d{4}\.", text).group(1)
        if ", " not in seg:
            return []
        fam, rest = seg.split(", ", 1)
        others = re.split(r",? u |, ", rest)[1:]
        return [fam] + [o.split(" ")[-1] for o in others]
    if style == "apa":
        seg = text[2:].split(" (")[0]
        return re.findall(r"((?:[a-z]+ )*[^\W\d_][^\s,]*), (?:[^\s,.()&]+\.[ -]?)+", seg)
    raise ValueError(style)


def authors_eq(name, where, style, text, want):
    got = printed_families(style, text)
    if [fold(a) for a in got] != [fold(a) for a in want.get("authors", [])]:
        fail(name, f"{where}: printed authors {got} key {want.get('authors')}")


# ---------- supmarkdown ----------
def supmarkdown():
    name = "transit-safety-en"
    key, lines = load("supmarkdown", name)
    head = lines.index("## References")
    got = []
    for i, line in enumerate(lines[:head], 1):
        for m in re.finditer(r"<sup>([^<]+)</sup>", line):
            for part in m.group(1).split(","):
                got.append((part.strip(), i))
    pairs_eq(name, got, key)
    first = []
    for l, _ in got:
        if l not in first:
            first.append(l)
    if first != [str(x) for x in range(1, 20)]:
        fail(name, f"first-citation order {first}")
    entries = [(i, l) for i, l in enumerate(lines, 1) if i > head and re.match(r"\d+\. ", l)]
    if len(entries) != len(key["literature"]) or len(entries) != 20:
        fail(name, "entry count")
    cited = {l for l, _ in got}
    for (i, e), want in zip(entries, key["literature"]):
        num = want["number"]
        if int(e.split(".")[0]) != num:
            fail(name, f"number {num}")
        entry_has(name, f"entry {num}", e, want, "en")
        authors_eq(name, f"entry {num}", "vancouver", e, want)
        plain = {k: v for k, v in want.items() if k != "number"}
        if str(num) in cited and key["notes"].get(str(num)) != plain:
            fail(name, f"note {num} differs from entry")
        if str(num) not in cited and str(num) in key["notes"]:
            fail(name, f"uncited entry {num} keyed as a note")
    if set(key["notes"]) != {str(x) for x in range(1, 20)} or cited != set(key["notes"]):
        fail(name, "notes keys")
    unc = [i for (i, e) in entries if e.split(".")[0] not in cited]
    if key["defects"] != [{"kind": "uncited-literature-entry", "line": x} for x in unc] or len(unc) != 1:
        fail(name, f"defect: {key['defects']} vs uncited entries at {unc}")


# ---------- asciidoc ----------
def asciidoc():
    name = "portijiet-mt"
    key, lines = load("asciidoc", name)
    entries = [(i, l) for i, l in enumerate(lines, 1) if l.startswith("* [[[")]
    keys = [re.match(r"\* \[\[\[([^\]]+)\]\]\]", l).group(1) for _, l in entries]
    anchors = set(re.findall(r"^\[\[([^\]]+)\]\]$", "\n".join(lines), re.M))
    if anchors != {"qafas"}:
        fail(name, "section anchor lost")
    if not any(":lang: mt" == l for l in lines):
        fail(name, "lang not mt")
    got = []
    for i, line in enumerate(lines, 1):
        if line.startswith("* [[["):
            continue
        if "footnote:" in line:
            fail(name, "a footnote (none keyed)")
        for m in re.finditer(r"<<([^>,]+)(?:,[^>]*)?>>", line):
            if m.group(1) not in anchors:
                got.append((m.group(1), i))
    pairs_eq(name, got, key)
    cited = {l for l, _ in got}
    if set(keys) - cited or cited - set(keys) != {"mifsud2021"}:
        fail(name, "cited vs entries")
    mline = [i for l, i in got if l not in keys]
    if key["defects"] != [{"kind": "missing-literature-entry", "line": x} for x in mline] or len(mline) != 1:
        fail(name, "defect line")
    if len(keys) != len(key["literature"]):
        fail(name, "entry count")
    for (i, l), k, want in zip(entries, keys, key["literature"]):
        entry_has(name, k, l, want, "mt")
        if str(want.get("year")) != re.match(r".*?\. (\d{4})\.", l).group(1):
            fail(name, f"{k}: printed year and key differ")
        authors_eq(name, k, "mt", l, want)
        if key["notes"].get(k) != want:
            fail(name, f"note {k} differs")
    if set(key["notes"]) != set(keys):
        fail(name, "notes keys")
    def lk(l):
        t = re.sub(r"^\* \[\[\[[^\]]+\]\]\] ", "", l)
        head, year, title = re.match(r"(.*?)\. (\d{4})\. (.*)", t).groups()
        return ([c for c in fold(head) if c.isalnum() or c == " "], year, fold(title))
    if [lk(l) for i, l in entries] != sorted(lk(l) for i, l in entries):
        fail(name, "printed list not in alphabetical order")


# ---------- markdown-links ----------
def mdlinks():
    name = "sadkan-pa"
    key, lines = load("markdown-links", name)
    head = lines.index("## ਹੋਰ ਪੜ੍ਹਨ ਲਈ")
    entries = [l for l in lines[head:] if l.startswith("- ")]
    addr = [re.search(r"<(https?://[^>]+)>", l).group(1) for l in entries]
    got = []
    for i, line in enumerate(lines[:head], 1):
        for m in re.finditer(r"\]\(([^)]+)\)", line):
            if not m.group(1).startswith("http"):
                continue
            if m.group(1) not in addr:
                fail(name, f"link without entry at {i}")
            else:
                got.append((str(addr.index(m.group(1)) + 1), i))
    pairs_eq(name, got, key)
    if {l for l, _ in got} != {str(i + 1) for i in range(len(entries))}:
        fail(name, "an entry not linked")
    if any("](http" in l for l in lines[head:]):
        fail(name, "http link in or after the list")
    if len(entries) != len(key["literature"]):
        fail(name, "entry count")
    for n, (l, a, want) in enumerate(zip(entries, addr, key["literature"]), 1):
        entry_has(name, f"entry {n}", l, want, "pa")
        authors_eq(name, f"entry {n}", "apa", l, want)
        if "doi" in want and a != "https://doi.org/" + want["doi"]:
            fail(name, f"entry {n} doi address")
        if "url" in want and a != want["url"]:
            fail(name, f"entry {n} url")
        if key["notes"][str(n)] != want:
            fail(name, f"note {n}")
        y = re.search(r"\((\d{4}|n\.d\.)", l).group(1)  # APA: the year printed after the authors
        if str(want.get("year", "n.d.")) != y:
            fail(name, f"entry {n}: printed year {y} key {want.get('year')}")
    if set(key["notes"]) != {str(i + 1) for i in range(len(entries))}:
        fail(name, "notes keys")
    gur = [l for l in entries if "\u0a00" <= l[2] <= "\u0a7f"]
    if entries[:len(gur)] != gur:
        fail(name, "Gurmukhi entries not first")
    for part in (gur, entries[len(gur):]):
        ks = []
        for l in part:
            y = re.search(r"\((\d{4}|n\.d\.)", l).group(1)
            ks.append((fold(re.split(r" \((?:\d{4}|n\.d\.)", l[2:])[0]), "" if y == "n.d." else y,
                       fold(re.sub(r"^[^)]*\)\. ", "", l[2:]))))
        if ks != sorted(ks):
            fail(name, f"list part not in alphabetical order: {[k[0][:12] for k in ks]}")
    # Gurmukhi alphabet order of the first letters equals code point order
    GU = "ੳਅੲਸਹਕਖਗਘਙਚਛਜਝਞਟਠਡਢਣਤਥਦਧਨਪਫਬਭਮਯਰਲਵੜ"
    firsts = [l[2] for l in gur]
    if sorted(firsts, key=GU.index) != firsts:
        fail(name, "Gurmukhi alphabet gives another order")
    if key["defects"]:
        fail(name, "defects in a clean document")


NAMES = ["tomorzam-mn", "flug-is", "transit-safety-en", "portijiet-mt", "sadkan-pa"]
def rebuild_same():
    """Rebuilding from the sources changes no built file."""
    import subprocess, hashlib
    def digest():
        h = {}
        for d, _, fs in os.walk(ROOT):
            if "/_src" in d or os.path.basename(d) == "_src":
                continue
            for f in fs:
                h[os.path.join(d, f)] = hashlib.sha1(open(os.path.join(d, f), "rb").read()).hexdigest()
        return h
    before = digest()
    repo = os.path.normpath(os.path.join(ROOT, "..", ".."))
    subprocess.run(["python3", os.path.join(HERE, "keys_a.py")], check=True, capture_output=True)
    subprocess.run(["/work/main/.venv/bin/python", os.path.join(repo, "tests/corpus_build/build.py"), ROOT] + NAMES,
                   check=True, cwd=repo, capture_output=True)
    after = digest()
    if before != after:
        fail("rebuild", f"changed: {[k for k in set(before) | set(after) if before.get(k) != after.get(k)]}")


for f in (typst, pandoc, supmarkdown, asciidoc, mdlinks):
    f()
if "--no-rebuild" not in sys.argv:
    rebuild_same()
print("\n".join(bad) if bad else "all half A keys check out")
sys.exit(1 if bad else 0)
