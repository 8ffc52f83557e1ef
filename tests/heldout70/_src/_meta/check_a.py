"""Checks heldout70 half A's built documents against their keys (run after keys_a.py and build.py).
No annotation left in a built file, no line count changed; every citation pair present at its line
and in order; every note and literature entry's fields present in the source entry; list orders.
The helpers (fold .. sortkey, entry_has, printed_families, authors_eq, rebuild_same) follow
heldout66's and heldout68's check_a.py; the per-document checks are this round's."""
import json, os, re, sys, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
SRC = os.path.join(ROOT, "_src")
bad = []


def fail(doc, msg):
    bad.append(f"{doc}: {msg}")


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).casefold()


def norm(s):
    s = re.sub(r"[„“”\"]", "", s)
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


def families(author):
    if author.startswith("{"):
        return None  # corporate
    names = [a.strip() for a in author.split(" and ")]
    if "others" in names:
        return "others"
    return [n.split(",")[0].strip().strip("{}") for n in names]


KIND = {"article": "article", "book": "book", "incollection": "chapter", "report": "report", "techreport": "report",
        "legislation": "report", "inproceedings": "chapter", "thesis": "thesis", "phdthesis": "thesis", "online": "web", "misc": "web",
        "dataset": "web", "software": "web", "manual": "web"}


def check_bib_fields(name, k, e, want):
    got = {"title": bibtext(e.get("title", "")), "kind": KIND[e["_type"]]}
    if "year" in e:
        got["year"] = int(e["year"])
    for f in ("doi", "url"):
        if f in e:
            got[f] = e[f]
    fam = families(e.get("author", "{x}"))
    if isinstance(fam, list):
        got["authors"] = fam
    for f in set(got) | set(want):
        if got.get(f) != want.get(f):
            fail(name, f"{k}.{f}: bib {got.get(f)!r} key {want.get(f)!r}")


def sortkey(e, demote=False):
    a = e.get("author") or e.get("editor")
    if a:
        fam = families(a)
        names = [bibtext(a)] if fam is None else [n for n in [x.strip() for x in a.split(" and ")] if n != "others"]
        if demote:  # Typst (hayagriva) sorts a lower-case particle after the given names
            names = [re.sub(r"^(?:[a-z]+ )+", "", n) for n in names]
        first = [fold(bibtext(n)) for n in names]
    else:
        first = [fold(bibtext(e["title"]))]
    return (first, int(e.get("year", 0)), fold(bibtext(e.get("title", ""))))


def citekeys_order(key, order_keys, bib, demote=False):
    return sorted(order_keys, key=lambda k: sortkey(bib[k], demote))


ALPHA = {"fo": "aábcdðefghiíjklmnoópqrstuúvwxyýzæø"}


def georgian_order(name, order, bib):
    """Latin names before Mkhedruli ones; Mkhedruli in the Georgian alphabet (its code points)."""
    geo = "აბგდევზთიკლმნოპჟრსტუფქღყშჩცძწჭხჯჰ"
    def gk(k):
        e = bib[k]
        a = bibtext(e.get("author") or e.get("editor") or e["title"]).casefold()
        return ([(1, geo.index(c)) if c in geo else (0, ord(c)) for c in a if c.isalpha() or c == " "], int(e.get("year", 0)))
    nat = sorted(order, key=gk)
    if nat != order:
        fail(name, f"Georgian alphabet gives another order: {nat}")


def national_order(name, order, bib, lang):
    """The list sorted in the document's language's alphabet (round 80, convention 1) must be
    the same as the base-letter order computed above: keys are written so that the two agree."""
    alpha = ALPHA[lang]
    def nk(k):
        e = bib[k]
        a = bibtext(e.get("author") or e.get("editor") or e["title"]).casefold()
        return ([alpha.index(c) if c in alpha else (-1 if not c.isalpha() else 99) for c in a],
                int(e.get("year", 0)))
    nat = sorted(order, key=nk)
    if nat != order:
        fail(name, f"{lang} alphabet gives another order: {nat}")


# ---------- typst ----------
def typst():
    name = "zmna-ka"
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
    if not any('lang: "ka"' in l for l in lines):
        fail(name, "lang not ka")
    bib = parse_bib(os.path.join(ROOT, "typst", name, "refs.bib"))
    cited = {l for l, _ in got}
    if cited != set(bib):
        fail(name, f"cited vs bib: {cited ^ set(bib)}")
    for k, e in bib.items():
        check_bib_fields(name, k, e, key["notes"][k])
    if set(key["notes"]) != set(bib):
        fail(name, "notes keys")
    if key["defects"]:
        fail(name, "defects in a clean document")
    order = citekeys_order(key, list(bib), bib, demote=True)
    if [key["notes"][k] for k in order] != key["literature"]:
        fail(name, f"literature order: computed {order}")
    georgian_order(name, order, bib)


# ---------- pandoc ----------
def pandoc():
    name = "ordabok-fo"
    key, lines = load("pandoc", name)
    end = [i for i, l in enumerate(lines) if l == "---"][1]
    if "csl: chicago-author-date.csl" not in lines[:end] or "lang: fo" not in lines[:end]:
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
    bib = parse_bib(os.path.join(ROOT, "pandoc", name, "refs.bib"))
    cited = {l for l, _ in got if not l.startswith("^")}
    if cited != set(bib):
        fail(name, f"cited vs bib: {cited ^ set(bib)}")
    if key["defects"]:
        fail(name, "defects in a clean document")
    for k, e in bib.items():
        check_bib_fields(name, k, e, key["notes"][k])
    if set(key["notes"]) != set(bib):
        fail(name, "notes keys")
    order = citekeys_order(key, list(bib), bib)
    if [key["notes"][k] for k in order] != key["literature"]:
        fail(name, f"literature order: computed {order}")
    national_order(name, order, bib, "fo")


# ---------- list-entry field check ----------
CUES = {
 "en": {"thesis": r"\[PhD thesis\]", "chapter": r"\bIn: [A-Z]"},
 "lb": {"thesis": r"Doktoraarbecht|Masteraarbecht", "chapter": r"\bAn: "},
 "hy": {"thesis": r"\[Թեկնածուական ատենախոսություն|\[Doctoral dissertation", "chapter": r"\bIn [A-Z]\. .*\(Ed"},
}


def entry_has(name, where, text, want, lang):
    t = norm(text)
    if "title" in want:
        nt = norm(want["title"])
        at = t.find(nt)
        after = t[at + len(nt):at + len(nt) + 2] if at >= 0 else ""
        before = t[at - 2:at] if at > 1 else ""
        if at < 0 or before not in (". ", "] ") or not (after[:1] in (".", "?") or after in (" [", " (")):
            fail(name, f"{where}: title {want['title']!r} not in entry as a whole")
        if re.search(r"\b[Vv]ersion\b|útgáva \d|ვერსია", want["title"]):
            fail(name, f"{where}: a version keyed as part of the title")
    else:
        if want.get("kind") != "unknown":
            fail(name, f"{where}: no title keyed")
    if "year" in want and not re.search(r"(?<!\d)%d(?!\d)" % want["year"], text):
        fail(name, f"{where}: year {want['year']} not in entry")
    for a in want.get("authors", []):
        if not re.search(r"(?<!\w)" + re.escape(a.casefold()) + r"(?!\w)", text.casefold()):
            fail(name, f"{where}: author {a} not in entry")
    if "doi" in want and want["doi"] not in text:
        fail(name, f"{where}: doi not in entry")
    if "url" in want and want["url"] not in text:
        fail(name, f"{where}: url not in entry")
    cues = dict(CUES[lang])
    cues["unknown"] = r"^(?!.*\b(1[5-9]|20)\d\d\b)"
    # kinds a printed cue decides: a programme book, a law or a body's survey, a dated web story
    # kinds a printed cue decides: a law or regulation in the Mémorial, a dataset or software,
    # an online resource with an access date, a dated newspaper piece
    cues["report:law"] = r"Mémorial A n°|\]\]\] (Ministère|Règlement grand-ducal|Loi) "
    cues["web:data"] = r"\[(dataset|Data set|Computer software|Internet)\]"
    cues["web:accessed"] = r"Gekuckt den|Retrieved .* from|Վերցված է"
    cues["article:dated"] = r"\(\d{4}, [^\d)]+ \d+\)"
    for kind, cue in cues.items():
        if bool(re.search(cue, text)) != (want.get("kind") == kind.split(":")[0]) and (
                ":" not in kind or re.search(cue, text)):
            fail(name, f"{where}: kind {want.get('kind')} against the entry's {kind} cue")
    if "doi" in want and re.search(r"\d+\s*\(\d+\)|;\d+\(\d+\)|\*\d+\*", text) and want.get("kind") != "article":
        fail(name, f"{where}: a journal's volume and DOI but kind {want.get('kind')}")
    if "doi" not in want and re.search(r"10\.\d{4,}/", text):
        fail(name, f"{where}: a DOI in the entry not keyed")
    if "url" not in want and "doi" not in want and re.search(r"https?://", text):
        fail(name, f"{where}: an address in the entry not keyed")


def printed_families(style, text):
    """The family names an entry prints before its title, by the list's style."""
    if style == "vancouver":  # persons end with their initials; else a body (none keyed)
        seg = re.sub(r"^\d+\. ", "", text).split(". ")[0]
        parts = [a.strip() for a in seg.split(", ")]
        if not all(re.search(r" [A-Z]+$", a) for a in parts):
            return []
        return [re.sub(r" [A-Z]+$", "", a) for a in parts]
    if style == "lb":  # first person inverted, the next uninverted after "an"; "Hrsg." an editor; else a body
        seg = re.sub(r"^\* \[\[\[[^\]]+\]\]\] ", "", text).split(". ")[0]
        if seg.endswith(", Hrsg"):
            return []
        parts = seg.split(" an ")
        if ", " not in parts[0] or any(", " in a for a in parts[1:]) or len(parts[0].split(", ")) != 2:
            return []
        if not all(w[:1].isupper() for w in parts[0].split(", ")[1].split()):
            return []  # a body's name with a comma (a ministry), not "Family, Given"
        return [parts[0].split(", ")[0]] + [a.split(" ")[-1] for a in parts[1:]]
    if style == "apa":
        seg = text[2:].split(" (")[0]
        return re.findall(r"([^\W\d_][^\s,]*), (?:[^\W\d_]\.[ -]?)+", seg)
    raise ValueError(style)


def authors_eq(name, where, style, text, want):
    got = printed_families(style, text)
    if [fold(a) for a in got] != [fold(a) for a in want.get("authors", [])]:
        fail(name, f"{where}: printed authors {got} key {want.get('authors')}")


# ---------- supmarkdown ----------
def supmarkdown():
    name = "oed-corpus-en"
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
    if first != [str(x) for x in range(1, 18)]:
        fail(name, f"first-citation order {first}")
    entries = [(i, l) for i, l in enumerate(lines, 1) if i > head and re.match(r"\d+\. ", l)]
    if len(entries) != len(key["literature"]) or len(entries) != 18:
        fail(name, "entry count")
    for (i, e), want in zip(entries, key["literature"]):
        if int(e.split(".")[0]) != want["number"]:
            fail(name, f"number {want['number']}")
        entry_has(name, f"entry {want['number']}", e, want, "en")
        authors_eq(name, f"entry {want['number']}", "vancouver", e, want)
        note = key["notes"].get(str(want["number"]))
        if want["number"] <= 17 and note != {k: v for k, v in want.items() if k != "number"}:
            fail(name, f"note {want['number']} differs from entry")
    if set(key["notes"]) != {str(x) for x in range(1, 18)}:
        fail(name, "notes keys")
    if key["defects"] != [{"kind": "uncited-literature-entry", "line": entries[17][0]}]:
        fail(name, f"defect: {key['defects']} vs entry 18 at line {entries[17][0]}")


# ---------- asciidoc ----------
def asciidoc():
    name = "sprooch-lb"
    key, lines = load("asciidoc", name)
    entries = [(i, l) for i, l in enumerate(lines, 1) if l.startswith("* [[[")]
    keys = [re.match(r"\* \[\[\[([^\]]+)\]\]\]", l).group(1) for _, l in entries]
    anchors = set(re.findall(r"^\[\[([^\]]+)\]\]$", "\n".join(lines), re.M))
    if "gesetz" not in anchors:
        fail(name, "section anchor lost")
    got, n = [], 0
    for i, line in enumerate(lines, 1):
        if line.startswith("* [[["):
            continue
        for m in re.finditer(r"<<([^>,]+)(?:,[^>]*)?>>|footnote:\[", line):
            if m.group(0) == "footnote:[":
                n += 1
                got.append((str(n), i))
            elif m.group(1) in anchors:
                continue
            else:
                got.append((m.group(1), i))
    pairs_eq(name, got, key)
    cited = {l for l, _ in got if not l.isdigit()}
    if set(keys) - cited or cited - set(keys) != {"hoffmann1996"}:
        fail(name, "cited vs entries")
    pline = [i for l, i in got if l == "hoffmann1996"]
    if key["defects"] != [{"kind": "missing-literature-entry", "line": x} for x in pline]:
        fail(name, "defect line")
    if len(keys) != len(key["literature"]):
        fail(name, "entry count")
    for (i, l), k, want in zip(entries, keys, key["literature"]):
        entry_has(name, k, l, want, "lb")
        authors_eq(name, k, "lb", l, want)
        if key["notes"].get(k) != want:
            fail(name, f"note {k} differs")
    if set(key["notes"]) != set(keys):
        fail(name, "notes keys")
    # the printed list in alphabetical order (accents folded), then year; a single author before the same with others
    lit = [l for i, l in entries if i > lines.index("=== Gedréckt Quellen an Internetsäiten")]
    def lk(l):
        t = re.sub(r"^\* \[\[\[[^\]]+\]\]\] ", "", l)
        head, year = re.match(r"(.*?)\. (\d{4})\.", t).groups()
        return ([c for c in fold(head) if c.isalnum() or c == " "], year)
    if [lk(l) for l in lit] != sorted(lk(l) for l in lit):
        fail(name, "printed list not in alphabetical order")


# ---------- markdown-links ----------
def mdlinks():
    name = "barbar-hy"
    key, lines = load("markdown-links", name)
    head = lines.index("## Լրացուցիչ ընթերցանություն")
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
        entry_has(name, f"entry {n}", l, want, "hy")
        authors_eq(name, f"entry {n}", "apa", l, want)
        if "doi" in want and a != "https://doi.org/" + want["doi"]:
            fail(name, f"entry {n} doi address")
        if "url" in want and a != want["url"]:
            fail(name, f"entry {n} url")
        if key["notes"][str(n)] != want:
            fail(name, f"note {n}")
    # Armenian-script entries first, in the Armenian alphabet (Unicode follows it), then Latin ones
    arm = [l for l in entries if "\u0531" <= l[2] <= "\u0556"]
    if entries[:len(arm)] != arm:
        fail(name, "Armenian entries not first")
    for part in (arm, entries[len(arm):]):
        ks = [(fold(re.split(r" \(\d{4}", l[2:])[0]), re.search(r"\((\d{4})", l).group(1) if re.search(r"\((\d{4})", l) else "") for l in part]
        if ks != sorted(ks):
            fail(name, f"list part not in alphabetical order: {[k[0][:12] for k in ks]}")
    if key["defects"]:
        fail(name, "defects in a clean document")


NAMES = ["zmna-ka", "ordabok-fo", "oed-corpus-en", "sprooch-lb", "barbar-hy"]


def rebuild_same():
    """Rebuilding from the sources changes no built file."""
    import subprocess, hashlib
    def digest():
        h = {}
        for d, _, fs in os.walk(ROOT):
            if "/_src" in d:
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
