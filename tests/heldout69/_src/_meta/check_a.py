"""Checks heldout69 half A's built documents against their keys (the writer's own script, adapted
from heldout67's check_a.py to this round's five documents: latex, html, plaintext, org, bibtex).  Run after keys_a.py and
build.py.  No annotation left in a built file, no line count changed; every citation pair present at
its line and in order; every note and literature entry's fields equal to (or, for printed lists,
found whole in) the source entry; list orders; planted defects at their lines; a rebuild of\nthe sources into a scratch copy gives the same files and keys.

    /work/main/.venv/bin/python tests/heldout69/_src/_meta/check_a.py
"""
import html as htmlmod
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "_src"
bad = []
MINE = {"latex": "stharrig-kostituzzjonali-mt", "html": "drejtesia-te-mitur-sq", "plaintext": "dna-database-review-en",
        "org": "bizkaiko-forua-eu", "bibtex": "dereito-civil-galego-gl"}


def ok(cond, msg):
    if not cond:
        bad.append(msg)


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).casefold()


def load(fmt):
    name = MINE[fmt]
    key = json.loads((ROOT / fmt / f"{name}.key.json").read_text(encoding="utf-8"))
    folder = SRC / fmt / name
    for p in folder.rglob("*"):
        if p.is_dir() or p.name == "meta.json":
            continue
        rel = p.relative_to(folder)
        built = (ROOT / fmt / name / rel).read_text(encoding="utf-8")
        src = p.read_text(encoding="utf-8")
        ok("⟦" not in built and "⟧" not in built, f"{fmt}: annotation left in {rel}")
        ok(built.count("\n") == src.count("\n"), f"{fmt}: line count changed in {rel}")
        ok(re.sub(r"⟦[^⟦⟧]*⟧", "", src) == built, f"{fmt}: {rel} differs from its source beyond annotations")
    return key, ROOT / fmt / name


def pairs_eq(fmt, got, key):
    want = [tuple(p) for p in key["citations"]]
    ok(got == want, f"{fmt}: pairs differ\n  got  {got}\n  want {want}")


# ---------------- .bib ----------------
ACC = {"v": "\u030c", "'": "\u0301", '"': "\u0308", "`": "\u0300", "^": "\u0302", "~": "\u0303", "c": "\u0327"}


def detex(s):
    s = re.sub(r"\{\\([v'\"`^~c])\{?(\w)\}?\}", lambda m: unicodedata.normalize("NFC", m.group(2) + ACC[m.group(1)]), s)
    s = re.sub(r"\\([v'\"`^~c])\{?(\w)\}?", lambda m: unicodedata.normalize("NFC", m.group(2) + ACC[m.group(1)]), s)
    s = re.sub(r"\\(?:emph|textit)\{([^{}]*)\}", r"\1", s)
    s = s.replace("--", "–").replace("\\&", "&").replace("\\_", "_").replace("~", " ")
    return re.sub(r"\s+", " ", s.replace("{", "").replace("}", "")).strip()


def bib_entries(text):
    out = []
    for m in re.finditer(r"^@(\w+)\{([^,\s]+),\n(.*?)^\}", text, flags=re.S | re.M):
        if m.group(1).lower() in ("string", "comment", "preamble"):
            continue
        f = {}
        for x in re.finditer(r"^\s*(\w+)\s*=\s*(?:\{(.*)\}|(\w+)),?\s*$", m.group(3), flags=re.M):
            f[x.group(1).lower()] = x.group(2) if x.group(2) is not None else "~" + x.group(3)
        out.append((m.group(2), m.group(1).lower(), f))
    return out


KINDS = {"book": "book", "collection": "book", "article": "article", "incollection": "chapter",
         "inproceedings": "chapter", "inreference": "chapter", "legislation": "report", "jurisdiction": "report", "report": "report",
         "techreport": "report", "phdthesis": "thesis", "mastersthesis": "thesis", "thesis": "thesis",
         "dataset": "web", "online": "web", "misc": "web", "software": "web", "manual": "web",
         "unpublished": "unknown"}


def names(field):
    return [n.strip() for n in re.split(r"\s+and\s+", field)]


def fams(author):
    """Keyed family names: none for a braced corporate author or a list ending in 'others'."""
    if author.startswith("{") or "others" in names(author):
        return None
    return [detex(n.split(",")[0]) for n in names(author)]


def want_of(typ, f):
    w = {"title": detex(f["title"]), "kind": KINDS[typ]}
    y = f.get("year") or (f.get("date") or "")[:4]
    if y:
        w["year"] = int(y)
    if "doi" in f:
        w["doi"] = re.sub(r"^(https?://(dx\.)?doi\.org/|doi:)", "", f["doi"])
    if "url" in f:
        w["url"] = f["url"]
    a = fams(f["author"]) if "author" in f else None
    if a:
        w["authors"] = a
    return w


def check_bib(fmt, ents, notes):
    for k, typ, f in ents:
        w = want_of(typ, f)
        ok(w == notes.get(k), f"{fmt} {k}: bib {w} != key {notes.get(k)}")


# ---------------- latex ----------------
CITE = re.compile(r"\\(?:foot|text|paren|auto)?cites?\*?((?:(?:\[[^\]]*\]){0,2}\{[^}]*\})+)")
ONE = re.compile(r"(?:\[[^\]]*\]){0,2}\{([^}]*)\}")


def tx_want(k, d):
    """The fields a .bib entry gives (want_of), by its key."""
    for kk, typ, f in bib_entries((d / "bibljografija.bib").read_text(encoding="utf-8")):
        if kk == k:
            return want_of(typ, f)
    return None


def latex():
    key, d = load("latex")
    files = {}
    for fn in ("stharrig.tex", "taqsimiet/ombudsman.tex"):
        out = []
        for i, line in enumerate((d / fn).read_text(encoding="utf-8").split("\n"), 1):
            line = re.sub(r"(?<!\\)%.*", "", line)
            for m in CITE.finditer(line):
                # round 82 (fix82l): every command prints one footnote (verbose-trad2: \textcite too);
                # ("#", first key, line) marks it, its keys follow for the reading order
                ks = [k.strip() for mm in ONE.finditer(m.group(1)) for k in mm.group(1).split(",")]
                out.append(("#", ks[0], i))
                out += [(k, i) for k in ks]
            ok("cite" not in CITE.sub("", line), f"latex: unparsed cite at {fn}:{i}")
            out.append(("\\input", i) if "\\input{taqsimiet/ombudsman}" in line else None)
        files[fn] = [x for x in out if x]
    main = files["stharrig.tex"]
    inp = files["taqsimiet/ombudsman.tex"]
    ok(len([x for x in main if x[0] == "\\input"]) == 1, "latex: one \\input")
    # reading order: the \input file where it stands
    j = [x[0] for x in main].index("\\input")
    flow = main[:j] + inp + main[j + 1:]
    feet = [x for x in flow if x[0] == "#"]
    num = {id(x): str(n) for n, x in enumerate(feet, 1)}
    got = [(num[id(x)], x[2]) for x in main if x[0] == "#"] + [(num[id(x)], x[2]) for x in inp if x[0] == "#"]
    pairs_eq("latex", got, key)
    ok(key["notes"] == {num[id(x)]: tx_want(x[1], d) for x in feet},
       "latex: the notes are not each footnote's first cited entry")
    reading = [x[0] for x in flow if x[0] not in ("#", "\\input")]
    ents = bib_entries((d / "bibljografija.bib").read_text(encoding="utf-8"))
    keys = [k for k, _, _ in ents]
    ok(set(reading) == set(keys), f"latex: cited vs bib {set(reading) ^ set(keys)}")
    order = []
    for k in reading:
        if k not in order:
            order.append(k)
    tex = (d / "stharrig.tex").read_text(encoding="utf-8")
    ok("sorting=none" in tex and "\\printbibliography" in tex, "latex: style")
    ok([tx_want(k, d) for k in order] == key["literature"], f"latex: literature order, computed {order}")
    ok(key["defects"] == [], "latex defects")


# ---------------- html ----------------
def visible(s):
    s = re.sub(r"<[^>]+>", "", s)
    return re.sub(r"\s+", " ", htmlmod.unescape(s).replace("↩", "")).strip()


def has_fields(fmt, where, text, want):
    t = text
    if "title" in want:
        i = t.find(want["title"])
        after = t[i + len(want["title"]):i + len(want["title"]) + 1] if i >= 0 else ""
        before = t[max(i - 2, 0):i] if i > 0 else ""
        ok(i >= 0 and after in (".", ",", "", " ", "»", "”") and (before in ("", ", ", ". ") or before[-1:] in ("«", "“")),
           f"{fmt} {where}: title {want['title']!r} not whole")
        if t.startswith("Ligji nr."):  # an act: its designation heads its title
            ok(i == 0, f"{fmt} {where}: act's title without its designation")
        if i >= 0 and after == " ":
            ok(t[i + len(want["title"]):].lstrip()[:1] in ("[", "("), f"{fmt} {where}: title not ended")
    if "year" in want:  # outside the title (an act's title may end with it), a whole number or a d.m.yyyy date
        y = str(want["year"])
        u = t.replace(want.get("title", "\0"), " ")
        ok(re.search(r"(?<![\d./-])" + y + r"(?![\d./-]\d)", u) or re.search(r"(?<![\d.])\d{1,2}\.\d{1,2}\." + y + r"(?!\d)", u)
           or want.get("title", "").endswith(" " + y)
           or re.search(r"(?<![\d.])\d{1,2}\.\d{1,2}\." + y + r"(?!\d)", want.get("title", "")),
           f"{fmt} {where}: year (a whole number or a d.m.yyyy date, not inside an identifier nor the title)")
    for a in want.get("authors", []):
        ok(re.search(r"(?<!\w)" + re.escape(a) + r"(?!\w)", t), f"{fmt} {where}: author {a}")
    for f in ("doi", "url"):  # whole: not followed by more of an identifier
        if f in want:
            ok(re.search(re.escape(want[f]) + r"(?![\w/-]|\.\w)", t), f"{fmt} {where}: {f} not whole")


def html():
    key, d = load("html")
    lines = (d / "te-miturit-ne-konflikt-me-ligjin.html").read_text(encoding="utf-8").split("\n")
    head = [i for i, l in enumerate(lines) if l.strip() == "<h2>Shënime</h2>"][0]
    got = []
    for i, line in enumerate(lines[:head], 1):
        for m in re.finditer(r"<sup[^>]*>(.*?)</sup>", line):
            mm = re.fullmatch(r'<a href="#fn(\d+)" id="ref(\d+)">(\d+)</a>', m.group(1))
            ok(mm and mm.group(1) == mm.group(2) == mm.group(3), f"html: odd sup at {i}")
            got.append((mm.group(3), i))
    pairs_eq("html", got, key)
    N = 19
    ok([l for l, _ in got] == [str(n) for n in range(1, N + 1)], "html: markers not 1-19 once each")
    ok(set(key["notes"]) == {str(n) for n in range(1, N + 1)}, "html: notes keys")
    notes = {}
    for line in lines[head:]:
        m = re.match(r'\s*<li id="fn(\d+)">(.*)</li>$', line)
        if m:
            notes[m.group(1)] = visible(m.group(2))
    ok(list(notes) == [str(n) for n in range(1, N + 1)], "html: notes not 1-19")
    same = {"3": "2", "4": "1", "13": "10", "14": "2", "15": "1", "19": "11"}
    for n, text in notes.items():
        want = key["notes"][n]
        if n in same:
            ok(want == key["notes"][same[n]], f"html note {n} not keyed as note {same[n]}")
            ok(text.startswith("Po aty") if n == "3" else ("vep. e cit." in text and len(text) < 60), f"html note {n} is not a repeat")
        else:
            ok("vep. e cit." not in text and "Po aty" not in text, f"html note {n}: a repeat keyed in full")
            has_fields("html", f"note {n}", text, want)
    ok(key["literature"] == [] and key["defects"] == [], "html literature/defects")


# ---------------- plaintext ----------------
def plaintext():
    key, d = load("plaintext")
    lines = (d / "dna-identification-review.txt").read_text(encoding="utf-8").split("\n")
    head = lines.index("REFERENCES")
    got = []
    for i, line in enumerate(lines[:head], 1):
        for m in re.finditer(r"\[([^\]]*)\]", line):
            ok(re.match(r"\d", m.group(1)), f"plaintext: odd bracket at {i}")
            for part in m.group(1).split(";"):
                for tok in part.split(","):
                    tok = tok.strip()
                    r = re.fullmatch(r"(\d+)(?:-(\d+))?", tok)
                    if not r:
                        break
                    got += [(str(n), i) for n in range(int(r.group(1)), int(r.group(2) or r.group(1)) + 1)]
    pairs_eq("plaintext", got, key)
    first = []
    for l, _ in got:
        if l not in first:
            first.append(l)
    ok(first == [str(n) for n in range(1, 18)], f"plaintext: first-citation order {first}")
    entries, starts = [], []
    for i, line in enumerate(lines[head + 1:], head + 2):
        m = re.match(r"(\d+)\.\s+(.*)", line)
        if m:
            entries.append([int(m.group(1)), m.group(2)])
            starts.append(i)
        elif entries and line.startswith("    "):
            entries[-1][1] += " " + line.strip()
        else:
            ok(not line.strip(), f"plaintext: stray line {i}")
    ok([n for n, _ in entries] == list(range(1, 19)), "plaintext: entry numbers")
    ok(len(entries) == len(key["literature"]), "plaintext: entry count")
    for (n, text), want in zip(entries, key["literature"]):
        ok(want.get("number") == n, f"plaintext: number {n}")
        w = {k: v for k, v in want.items() if k != "number"}
        has_fields("plaintext", f"entry {n}", text, w)
        if n <= 17:
            ok(key["notes"][str(n)] == w, f"plaintext: note {n} differs from entry")
    ok(set(key["notes"]) == {str(n) for n in range(1, 18)}, "plaintext: notes keys")
    ok(key["defects"] == [{"kind": "uncited-literature-entry", "line": starts[17]}], f"plaintext: defect (entry 18 at {starts[17]})")
    ok("18" not in first, "plaintext: 18 cited")


# ---------------- org ----------------
def org():
    key, d = load("org")
    lines = (d / "bizkaiko-forua.org").read_text(encoding="utf-8").split("\n")
    got, noexport = [], False
    for i, line in enumerate(lines, 1):
        if line.startswith("* "):
            noexport = ":noexport:" in line
        for m in re.finditer(r"\[cite(?:/[\w/]+)?:([^\]]*)\]", line):
            ok(not noexport, f"org: citation in noexport at {i}")
            got += [(k, i) for k in re.findall(r"@([\w-]+)", m.group(1))]
        ok(line.count("[cite") == len(re.findall(r"\[cite(?:/[\w/]+)?:([^\]]*)\]", line)), f"org: unparsed cite at {i}")
    pairs_eq("org", got, key)
    ents = bib_entries((d / "foruak.bib").read_text(encoding="utf-8"))
    keys = [k for k, _, _ in ents]
    cited = {k for k, _ in got}
    ok(cited - set(keys) == {"urrutia1999"} and not set(keys) - cited, f"org: cited vs bib {cited ^ set(keys)}")
    ok(set(keys) == set(key["notes"]), "org: notes keys")
    ok(key["defects"] == [{"kind": "missing-literature-entry", "line": i} for k, i in got if k == "urrutia1999"]
       and len(key["defects"]) == 1, "org: defect")
    check_bib("org", ents, key["notes"])

    def csl(e):
        _, _, f = e
        who = f.get("author") or f.get("editor")
        if who:
            nm = [fold(detex(who))] if who.startswith("{") else [fold(detex(n)) for n in names(who) if n != "others"]
        else:
            nm = [fold(detex(f["title"]))]
        y = f.get("year") or (f.get("date") or "")[:4]
        return (nm, y, fold(detex(f["title"])))
    order = [k for k, _, _ in sorted(ents, key=csl)]
    ok([key["notes"][k] for k in order] == key["literature"], f"org: literature order, computed {order}")


# ---------------- bibtex ----------------
def bibtex():
    key, d = load("bibtex")
    ents = bib_entries((d / "dereito-comparado.bib").read_text(encoding="utf-8"))
    ok(key["citations"] == [] and "notes" not in key, "bibtex: pairs or notes")
    ok(len(ents) == len(key["literature"]) == 18, f"bibtex: {len(ents)} entries vs {len(key['literature'])}")
    for (k, typ, f), want in zip(ents, key["literature"]):
        ok(want_of(typ, f) == want, f"bibtex {k}: {want_of(typ, f)} != {want}")
    ok(key["defects"] == [], "bibtex defects")


def rebuild():
    """Build the sources again into a scratch copy: the same files and keys."""
    import shutil, subprocess, tempfile
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp) / "heldout69"
        shutil.copytree(SRC, t / "_src")
        build = ROOT.parent / "corpus_build" / "build.py"
        subprocess.run([sys.executable, str(build), str(t), *MINE.values()], check=True, capture_output=True)
        for fmt, name in MINE.items():
            for p in list((ROOT / fmt / name).rglob("*")) + [ROOT / fmt / f"{name}.key.json"]:
                if p.is_file():
                    q = t / p.relative_to(ROOT)
                    ok(q.is_file() and q.read_bytes() == p.read_bytes(), f"rebuild: {p.relative_to(ROOT)} differs")
            n = len([p for p in (t / fmt / name).rglob("*") if p.is_file()])
            ok(n == len([p for p in (ROOT / fmt / name).rglob("*") if p.is_file()]), f"rebuild: file count {fmt}")


for fn in (latex, html, plaintext, org, bibtex, rebuild):
    fn()
print("\n".join(bad) if bad else "all half A keys check out")
sys.exit(1 if bad else 0)
