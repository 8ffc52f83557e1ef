"""Checks heldout73 half A's built documents against their keys (the writer's own script, adapted
from heldout71's check_a.py to this round's five documents: latex, html, plaintext, org, bibtex).
Run after keys_a.py and build.py.  No annotation left in a built file, no line count changed, each
built file its source without annotations; every citation pair present at its line and in order;
every note and literature entry's fields equal to (for .bib files) or found whole in (for printed
notes and lists) the source; list orders; planted defects at their lines; a rebuild of the sources
into a scratch copy gives the same files and keys.

    /work/main/.venv/bin/python tests/heldout73/_src/_meta/check_a.py
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
MINE = {"latex": "uzum-pambiq-az", "html": "cheruvulu-rythu-te", "plaintext": "food-security-stats-en",
        "org": "labour-douar-breizh-br", "bibtex": "noma-arewa-ha"}


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
def detex(s):
    s = re.sub(r"\\(?:emph|textit|url)\{([^{}]*)\}", r"\1", s)
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
         "inproceedings": "chapter", "legislation": "report", "report": "report", "techreport": "report",
         "phdthesis": "thesis", "mastersthesis": "thesis", "thesis": "thesis",
         "dataset": "web", "online": "web", "misc": "web", "unpublished": "unknown"}
KIND_BY_KEY = {"landuse1978": "report"}  # an act kept as @Misc (see the README)


def names(field):
    return [n.strip() for n in re.split(r"\s+and\s+", field)]


def fams(author):
    """Keyed family names: none for a braced corporate author."""
    if author.startswith("{"):
        return None
    return [detex(n.split(",")[0]) for n in names(author)]


def want_of(k, typ, f):
    w = {"title": detex(f["title"]), "kind": KIND_BY_KEY.get(k, KINDS[typ])}
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


def same_fields(a, b):
    """Equal up to the order of the dict's keys."""
    return a is not None and b is not None and json.dumps(a, sort_keys=True) == json.dumps(b, sort_keys=True)


# ---------------- latex ----------------
CITE = re.compile(r"\\(?:text|paren|auto)?cite\*?((?:\[[^\]]*\]){0,2}\{[^}]*\})")


def latex():
    key, d = load("latex")
    files = {}
    for fn in ("uzumculuk.tex", "bolmeler/pambiq.tex"):
        out = []
        for i, line in enumerate((d / fn).read_text(encoding="utf-8").split("\n"), 1):
            line = re.sub(r"(?<!\\)%.*", "", line)
            for m in CITE.finditer(line):
                ks = re.search(r"\{([^}]*)\}$", m.group(1)).group(1)
                out += [(k.strip(), i) for k in ks.split(",")]
            ok("cite" not in CITE.sub("", line), f"latex: unparsed cite at {fn}:{i}")
            if "\\input" in line:
                out.append(("\\input", i))
                ok("\\input{bolmeler/pambiq}" in line, f"latex: odd \\input at {i}")
        files[fn] = out
    main, inp = files["uzumculuk.tex"], files["bolmeler/pambiq.tex"]
    ok(len([x for x in main if x[0] == "\\input"]) == 1, "latex: one \\input")
    got = [x for x in main if x[0] != "\\input"] + inp
    pairs_eq("latex", got, key)
    j = [x[0] for x in main].index("\\input")
    reading = [x[0] for x in main[:j] + inp + main[j + 1:]]
    ents = bib_entries((d / "edebiyyat.bib").read_text(encoding="utf-8"))
    keys = [k for k, _, _ in ents]
    ok(set(reading) - set(keys) == {"rzayev2009"} and not set(keys) - set(reading), f"latex: cited vs bib {set(reading) ^ set(keys)}")
    ok(key["defects"] == [{"kind": "missing-literature-entry", "line": i} for k, i in inp + main if k == "rzayev2009"]
       and len(key["defects"]) == 1, "latex: defect")
    ok("rzayev2009" not in key["notes"], "latex: the missing key has a note")
    ok(set(key["notes"]) == set(keys), "latex: notes keys")
    for k, typ, f in ents:
        ok(same_fields(want_of(k, typ, f), key["notes"].get(k)), f"latex {k}: bib {want_of(k, typ, f)} != key {key['notes'].get(k)}")
    order = []
    for k in reading:
        if k not in order and k in keys:
            order.append(k)
    tex = (d / "uzumculuk.tex").read_text(encoding="utf-8")
    ok("sorting=none" in tex and "\\printbibliography" in tex and "numeric" in tex, "latex: style")
    ok([key["notes"][k] for k in order] == key["literature"], f"latex: literature order, computed {order}")


# ---------------- printed notes and entries ----------------
def has_fields(fmt, where, text, want):
    t = text
    if "title" in want:
        i = t.find(want["title"])
        after = t[i + len(want["title"]):i + len(want["title"]) + 1] if i >= 0 else ""
        before = t[max(i - 2, 0):i] if i > 0 else ""
        ok(i >= 0 and after in (".", ",", "", " ", "»", "”", "'", '"') and (before in ("", ", ", ". ", ") ") or before[-1:] in ("«", "“", "'", '"')),
           f"{fmt} {where}: title {want['title']!r} not whole")
        if i >= 0 and after == " ":
            ok(t[i + len(want["title"]):].lstrip()[:1] in ("[", "("), f"{fmt} {where}: title not ended")
    if "year" in want:  # outside the title, a whole number (an act's title may end with it)
        y = str(want["year"])
        u = t.replace(want.get("title", "\0"), " ")
        outside = re.findall(r"(?<![\d./-])(1[5-9]\d\d|20\d\d)(?![\d./-]\d)", u)
        ok(y in outside or (not outside and want.get("title", "").endswith(" " + y)),
           f"{fmt} {where}: year {y} (a whole number outside the title, not inside an identifier; the title's closing year only if none)")
    elif fmt == "plaintext" and "n.d." not in t and where.startswith("entry"):
        ok(False, f"{fmt} {where}: no year keyed but the entry is dated")
    for a in want.get("authors", []):
        ok(re.search(r"(?<![\w-])" + re.escape(a) + r"(?![\w-])", t), f"{fmt} {where}: author {a}")
    for f in ("doi", "url"):  # whole: not followed by more of an identifier
        if f in want:
            ok(re.search(re.escape(want[f]) + r"(?![\w/-]|\.\w)", t), f"{fmt} {where}: {f} not whole")
    for m in re.finditer(r"(?:doi:|doi\.org/|DOI: )\s*(10\.[^\s,;]+?)(?=[.,;]?(?:\s|$))", t):
        ok(m.group(1) == want.get("doi"), f"{fmt} {where}: DOI {m.group(1)} not keyed")


# Bodies and editors printed before a title where no author is keyed (corporate authors, issuing
# bodies and editors are not keyed): a note or entry whose work has no keyed author may have only
# one of these before its title, and one with keyed authors has them all before its title.
UNKEYED = {"ICRISAT", "తెలంగాణ ప్రభుత్వం, వ్యవసాయ, సహకార శాఖ", "తెలంగాణ ప్రభుత్వం, నీటిపారుదల శాఖ", "NABARD",
           "ఆంధ్రప్రదేశ్ ప్రభుత్వం", "D. Narasimha Reddy and Srijit Mishra (eds.)", "Government of Telangana, Planning Department",
           "FAO, IFAD, UNICEF, WFP and WHO", "FAO", "Codex Alimentarius Commission", "IPC Global Partners",
           "National Statistical Office of Malawi", "USDA Agricultural Research Service", "World Food Programme"}


def before_title(fmt, where, text, want):
    i = text.find(want.get("title", "\0"))
    if i < 0:
        return
    pre = text[:i].rstrip(" ,'\"“«").strip()
    pre = re.sub(r"\s*\((?:19|20)\d\d\)$", "", pre)  # an author-date entry's year
    if "authors" in want:
        ok(pre and all(a in pre for a in want["authors"]), f"{fmt} {where}: authors not before the title")
    else:
        ok(pre == "" or pre in UNKEYED, f"{fmt} {where}: {pre!r} before the title but no author keyed")


def spans(raw):
    """The titles a note prints: <em> spans and double-quoted spans of its visible text."""
    return set(visible(m) for m in re.findall(r"<em>(.*?)</em>", raw)) | set(re.findall(r'"([^"]*)"', visible(raw)))


# ---------------- html ----------------
def visible(s):
    s = re.sub(r"<[^>]+>", "", s)
    return re.sub(r"\s+", " ", htmlmod.unescape(s).replace("↩", "")).strip()


def html():
    key, d = load("html")
    lines = (d / "cheruvulu.html").read_text(encoding="utf-8").split("\n")
    head = [i for i, l in enumerate(lines) if l.strip() == "<h2>వివరణలు, ఆధారాలు</h2>"][0]
    got = []
    for i, line in enumerate(lines[:head], 1):
        ok(line.count("<sup") == len(re.findall(r"<sup[^>]*>(.*?)</sup>", line)), f"html: unparsed sup at {i}")
        for m in re.finditer(r"<sup[^>]*>(.*?)</sup>", line):
            mm = re.fullmatch(r'<a href="#nota-(\d+)" id="ref-(\d+)">(\d+)</a>', m.group(1))
            ok(mm and mm.group(1) == mm.group(2) == mm.group(3), f"html: odd sup at {i}")
            got.append((mm.group(3), i))
    pairs_eq("html", got, key)
    N = 19
    ok([l for l, _ in got] == [str(n) for n in range(1, N + 1)], "html: markers not 1-19 once each")
    ok(list(key["notes"]) == [str(n) for n in range(1, N + 1)], "html: notes keys")
    notes, raws = {}, {}
    for line in lines[head:]:
        m = re.match(r'\s*<li id="nota-(\d+)">(.*)</li>$', line)
        if m:
            notes[m.group(1)] = visible(m.group(2))
            raws[m.group(1)] = m.group(2)
    ok(list(notes) == [str(n) for n in range(1, N + 1)], "html: notes not 1-19")
    same = {"4": "3", "10": "5", "16": "15", "19": "8"}
    for n, text in notes.items():
        want = key["notes"][n]
        if n in same:
            ok(want == key["notes"][same[n]], f"html note {n} not keyed as note {same[n]}")
            ok((text.startswith("అదే, ") or "పూర్వోక్త" in text) and len(text) < 40, f"html note {n} is not a repeat")
            if "పూర్వోక్త" in text:
                ok(text.split(",")[0] in want.get("authors", []) or text.split(",")[0] in notes[same[n]],
                   f"html note {n}: its name is not note {same[n]}'s")
        else:
            ok("అదే" not in text and "పూర్వోక్త" not in text, f"html note {n}: a repeat keyed in full")
            has_fields("html", f"note {n}", text, want)
            ok(want.get("title") in spans(raws[n]), f"html note {n}: title is not a whole <em> or quoted span")
            before_title("html", f"note {n}", text, want)
    ok(key["literature"] == [] and key["defects"] == [], "html literature/defects")


# ---------------- plaintext ----------------
def plaintext():
    key, d = load("plaintext")
    lines = (d / "fsn-methods-note.txt").read_text(encoding="utf-8").split("\n")
    nh, bh = lines.index("NOTES"), lines.index("REFERENCES")
    got = []
    for i, line in enumerate(lines[:nh], 1):
        for m in re.finditer(r"\[([^\]]*)\]", line):
            ok(re.fullmatch(r"\d+", m.group(1)), f"plaintext: odd bracket at {i}")
            got.append((m.group(1), i))
    pairs_eq("plaintext", got, key)
    ok([l for l, _ in got] == [str(n) for n in range(1, 21)], "plaintext: markers not 1-20 once each")
    notes = {}
    for i, line in enumerate(lines[nh + 1:bh], nh + 2):
        m = re.match(r"(\d+)\. (.*)", line)
        if m:
            notes[m.group(1)] = m.group(2)
            cur = m.group(1)
        elif line.startswith("   ") and notes:
            notes[cur] += " " + line.strip()
        else:
            ok(not line.strip(), f"plaintext: stray note line {i}")
    ok(list(notes) == [str(n) for n in range(1, 21)] == list(key["notes"]), "plaintext: notes 1-20")
    same = {"4": "3", "14": "3", "19": "5", "20": "6"}
    for n, text in notes.items():
        want = key["notes"][n]
        if n in same:
            ok(want == key["notes"][same[n]], f"plaintext note {n} not keyed as note {same[n]}")
            ok(len(text) < 75, f"plaintext note {n} is not short")
            if not text.startswith("Ibid."):
                head = text.split(",")[0].split()[0]
                ok(head in notes[same[n]], f"plaintext note {n}: its name is not note {same[n]}'s")
        else:
            ok(len(text) > 40, f"plaintext note {n}: a short note keyed in full")
            has_fields("plaintext", f"note {n}", text, want)
            before_title("plaintext", f"note {n}", text, want)
    entries, starts = [], []
    for i, line in enumerate(lines[bh + 1:], bh + 2):
        if not line.strip():
            continue
        if line.startswith("    "):
            entries[-1] += " " + line.strip()
        else:
            entries.append(line.strip())
            starts.append(i)
    ok(len(entries) == len(key["literature"]) == 17, f"plaintext: {len(entries)} entries")
    for n, (text, want) in enumerate(zip(entries, key["literature"])):
        has_fields("plaintext", f"entry {n + 1}", text, want)
        before_title("plaintext", f"entry {n + 1}", text, want)
    ok([fold(e) for e in entries] == sorted(fold(e) for e in entries), "plaintext: bibliography not alphabetical")
    noted = [key["notes"][n] for n in notes]
    unc = [(i, w) for i, w in zip(starts, key["literature"]) if w not in noted]
    ok(all(w in key["literature"] for w in noted), "plaintext: a note's work not in the bibliography")
    ok(key["defects"] == [{"kind": "uncited-literature-entry", "line": i} for i, _ in unc] and len(unc) == 1,
       f"plaintext: defect {unc}")


# ---------------- org ----------------
def org():
    key, d = load("org")
    lines = (d / "bezhin-glas.org").read_text(encoding="utf-8").split("\n")
    got, noexport = [], False
    for i, line in enumerate(lines, 1):
        if line.startswith("* "):
            noexport = ":noexport:" in line
        for m in re.finditer(r"\[cite(?:/[\w/]+)?:([^\]]*)\]", line):
            ok(not noexport, f"org: citation in noexport at {i}")
            got += [(k, i) for k in re.findall(r"@([\w-]+)", m.group(1))]
        ok(line.count("[cite") == len(re.findall(r"\[cite(?:/[\w/]+)?:([^\]]*)\]", line)), f"org: unparsed cite at {i}")
    pairs_eq("org", got, key)
    ents = bib_entries((d / "levrlenn.bib").read_text(encoding="utf-8"))
    keys = [k for k, _, _ in ents]
    cited = {k for k, _ in got}
    ok(cited == set(keys), f"org: cited vs bib {cited ^ set(keys)}")
    ok(set(keys) == set(key["notes"]), "org: notes keys")
    ok(key["defects"] == [], "org: defects")
    for k, typ, f in ents:
        ok(same_fields(want_of(k, typ, f), key["notes"].get(k)), f"org {k}: bib {want_of(k, typ, f)} != key {key['notes'].get(k)}")

    def csl(e):
        _, _, f = e
        who = f.get("author")
        nm = ([fold(detex(who))] if who.startswith("{") else [fold(detex(n)) for n in names(who)]) if who else [fold(detex(f["title"]))]
        y = f.get("year") or (f.get("date") or "")[:4]
        return (nm, (0, y) if y else (1, ""), fold(detex(f["title"])))  # CSL: an empty key sorts last
    order = [k for k, _, _ in sorted(ents, key=csl)]
    ok([key["notes"][k] for k in order] == key["literature"], f"org: literature order, computed {order}")


# ---------------- bibtex ----------------
def bibtex():
    key, d = load("bibtex")
    text = (d / "noma-arewa.bib").read_text(encoding="utf-8")
    ents = bib_entries(text)
    ok(len(re.findall(r"^@", text, flags=re.M)) == len(ents) + 2, "bibtex: an entry not parsed")
    ok(key["citations"] == [] and "notes" not in key, "bibtex: pairs or notes")
    ok(len(ents) == len(key["literature"]) == 18, f"bibtex: {len(ents)} entries vs {len(key['literature'])}")
    for (k, typ, f), want in zip(ents, key["literature"]):
        ok(same_fields(want_of(k, typ, f), want), f"bibtex {k}: {want_of(k, typ, f)} != {want}")
    ok(key["defects"] == [], "bibtex defects")


def rebuild():
    """Build the sources again into a scratch copy: the same files and keys."""
    import shutil, subprocess, tempfile
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp) / "heldout73"
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
