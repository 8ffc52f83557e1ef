"""Checks heldout61 half A's built documents against their keys (the writer's own script).

    python3 tests/heldout61/_src/_meta/check_a.py [format ...]
"""
import html as htmllib
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
bad = []
MINE = {"latex": "casse-risparmio-it", "html": "hull-timber-en", "plaintext": "sagverk-loner-sv",
        "org": "tiszantul-gabona-hu", "bibtex": "textil-arxius-ca"}
ONLY = sys.argv[1:] or list(MINE)


def key(fmt):
    return json.loads((ROOT / fmt / f"{MINE[fmt]}.key.json").read_text(encoding="utf-8"))


def ok(cond, msg):
    if not cond:
        bad.append(msg)


def fold(s):
    """Sort form: accents off, case folded."""
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().casefold()


def tnorm(s):
    s = s.replace("--", "–").replace("\\&", "&")
    return re.sub(r"\s+", " ", s.replace("{", "").replace("}", "")).strip()


def bib_entries(text):
    """[(key, type, fields, line of the @, {field: line})] of a .bib written one field a line, in file order."""
    ents = []
    for m in re.finditer(r"^@(\w+)\{([\w-]+),\n(.*?)^\}", text, flags=re.S | re.M):
        if m.group(1).lower() in ("string", "comment", "preamble"):
            continue
        start = text[: m.start()].count("\n") + 1
        f, at = {}, {}
        for j, l in enumerate(m.group(3).split("\n")):
            x = re.match(r"^\s*(\w+)\s*=\s*(?:\{(.*)\}|(\w+)),?\s*$", l)
            if x:
                f[x.group(1).lower()] = x.group(2) if x.group(2) is not None else "@" + x.group(3)
                at[x.group(1).lower()] = start + 1 + j
        ents.append((m.group(2), m.group(1).lower(), f, start, at))
    return ents


def fams(author):
    return [n.strip().split(",")[0].strip() for n in re.split(r"\s+and\s+", author)]


def year_of(f):
    y = f.get("year") or (f.get("date") or "")[:4]
    return int(y) if y else None


def title_of(f):
    return tnorm(f["title"]) + (": " + tnorm(f["subtitle"]) if "subtitle" in f else "")


KINDS = {"book": "book", "collection": "book", "article": "article", "report": "report", "legislation": "report",
         "unpublished": "unknown", "thesis": "thesis", "phdthesis": "thesis", "dataset": "web", "online": "web",
         "incollection": "chapter", "inbook": "chapter"}


def check_bib_entry(fmt, c, typ, f, e):
    ok(title_of(f) == e.get("title"), f"{fmt} title {c}: {title_of(f)}")
    ok(e.get("year") == year_of(f), f"{fmt} year {c}")
    ok(e.get("doi") == f.get("doi") and e.get("url") == f.get("url"), f"{fmt} doi/url {c}")
    corporate = f.get("author", "").startswith("{")
    ok(e.get("authors", []) == ([] if corporate or "author" not in f else fams(f["author"])), f"{fmt} authors {c}")
    ok(e["kind"] == KINDS[typ], f"{fmt} kind {c}")


def check_entry_text(fmt, n, txt, e):
    """Every keyed field of a printed entry is in its text."""
    if "title" in e:
        ok(e["title"] in txt, f"{fmt} title {n}: {txt}")
    for a in e.get("authors", []):
        ok(a in txt, f"{fmt} author {n} {a}")
    if "year" in e:
        ok(str(e["year"]) in txt, f"{fmt} year {n}")
    if e.get("doi"):
        ok(e["doi"] in txt, f"{fmt} doi {n}")
    if e.get("url"):
        ok(e["url"] in txt, f"{fmt} url {n}")


# no annotation left in any built file of this half; every source file built; line counts kept
for fmt, name in MINE.items():
    if fmt not in ONLY:
        continue
    src = ROOT / "_src" / fmt / name
    for s in src.rglob("*"):
        if s.is_file() and s.name != "meta.json":
            p = ROOT / fmt / name / s.relative_to(src)
            ok(p.exists(), f"missing {p}")
            if p.exists():
                t = p.read_text(encoding="utf-8")
                ok("⟦" not in t and "⟧" not in t, f"annotation left in {p}")
                ok(t.count("\n") == s.read_text(encoding="utf-8").count("\n"), f"line count changed {p}")
    ok(key(fmt)["clean"] is True, f"{fmt} clean")

# ---- latex: \parencite/\textcite/\footcite/\autocite keys at their lines (main file, then the \input file) ----
if "latex" in ONLY:
    k = key("latex")
    base = ROOT / "latex" / MINE["latex"]
    cite = re.compile(r"\\(?:paren|text|foot|auto)cite(?:\[[^\]]*\]){0,2}\{([^}]*)\}")
    got = []
    for f in ("articolo.tex", "sezioni/depositi.tex"):
        for i, l in enumerate((base / f).read_text(encoding="utf-8").split("\n"), 1):
            code = re.sub(r"(?<!\\)%.*", "", l)
            ok(not re.search(r"\\\w*cite\w*", re.sub(cite, "", code)), f"latex other cite command {f}:{i}")
            for m in cite.finditer(code):
                got += [[c.strip(), i] for c in m.group(1).split(",")]
    # key correction (lead, round 75): the one \footcite is keyed by its printed number
    printed = {"corriere1926": "1"}
    label = lambda c: printed.get(c, c)  # noqa: E731
    ok([[label(c), i] for c, i in got] == k["citations"], f"latex pairs {got} != {k['citations']}")
    main = (base / "articolo.tex").read_text(encoding="utf-8")
    ok("\\input{sezioni/depositi}" in main and "\\addbibresource{bibliografia.bib}" in main and "style=authoryear" in main, "latex preamble")
    ents = {c: (t, f) for c, t, f, _, _ in bib_entries((base / "bibliografia.bib").read_text(encoding="utf-8"))}
    cited = {c for c, _ in got}
    ok(cited - set(ents) == {"einaudi1927"} and set(ents) - cited == set(), f"latex cited/entries {cited ^ set(ents)}")
    ok(set(k["notes"]) == {label(c) for c in ents}, "latex notes are the entries")
    for c, (typ, f) in ents.items():
        check_bib_entry("latex", c, typ, f, k["notes"][label(c)])

    def nyt(c):
        f = ents[c][1]
        who = f.get("author") or f.get("editor")
        name = " ".join(fold(n).strip("{} ").replace(",", "") for n in re.split(r"\s+and\s+", who)) if who else fold(tnorm(f["title"]))
        return (name, year_of(f) or 0, fold(title_of(f)))

    order = sorted(ents, key=nyt)
    ok([k["notes"][label(c)] for c in order] == k["literature"], f"latex nyt order {order}")
    miss = [ln for c, ln in got if c == "einaudi1927"]
    ok(len(miss) == 1 and k["defects"] == [{"kind": "missing-literature-entry", "line": miss[0]}], f"latex defect {k['defects']}")

# ---- html: <sup class="fn"> markers before the notes; <li id="fnN"> notes; no literature ----
if "html" in ONLY:
    k = key("html")
    lines = (ROOT / "html" / MINE["html"] / "bills-of-entry.html").read_text(encoding="utf-8").split("\n")
    at = next(i for i, l in enumerate(lines) if '<section class="notes">' in l)
    got = []
    for i, l in enumerate(lines[:at], 1):
        for m in re.finditer(r'<sup class="fn"><a href="#fn(\d+)" id="fnref(\d+)">(\d+)</a></sup>', l):
            ok(m.group(1) == m.group(2) == m.group(3), f"html marker {i}")
            got.append([m.group(1), i])
        ok(l.count("<sup") == len(re.findall(r'<sup class="fn">', l)), f"html other sup {i}")
    ok(got == k["citations"], f"html pairs {got} != {k['citations']}")
    ok([c for c, _ in got] == [str(n) for n in range(1, 23)], "html markers 1-22 once each in order")
    body = "\n".join(lines[:at])
    art = body[body.index("<article"):]
    ok(not re.search(r'href="https?://', art), "html no outside link in the post body")
    notes = []
    for l in lines[at:]:
        m = re.match(r'<li id="fn(\d+)">(.*) <a href="#fnref(\d+)" class="back">↩</a></li>$', l)
        if m:
            ok(m.group(1) == m.group(3), f"html note ids {m.group(1)}")
            notes.append((m.group(1), htmllib.unescape(re.sub(r"<[^>]+>", "", m.group(2)))))
    ok([n for n, _ in notes] == [str(n) for n in range(1, 23)] and set(k["notes"]) == {n for n, _ in notes}, "html 22 notes")
    ok(k["literature"] == [] and k["defects"] == [], "html no literature, no defects")
    prev = None
    for n, txt in notes:
        e = k["notes"][n]
        if txt.startswith("Ibid"):
            ok(e == k["notes"][prev], f"html ibid {n}")
            continue
        short = re.match(r"^([^,“]+), “([^”]+),”", txt)
        if short and not re.search(r"\(\d{4}\)|\d{4}\)|Zenodo|diss\.", txt):
            full = [m for m, t in notes if int(m) < int(n) and k["notes"][m].get("title", "").startswith(short.group(2))]
            ok(len(full) == 1 and e == k["notes"][full[0]], f"html short note {n}")
            prev = n
            continue
        prev = n
        check_entry_text("html", n, txt, e)
        if e["kind"] == "unknown":
            ok(set(e) == {"kind"} and re.search(r"[A-Z]{2,}/|C DPD", txt), f"html archival {n}")

# ---- plaintext: [n] groups above REFERENSER; numbered entries (wraps joined) ----
if "plaintext" in ONLY:
    k = key("plaintext")
    lines = (ROOT / "plaintext" / MINE["plaintext"] / "pm-sagverkslonerna.txt").read_text(encoding="utf-8").split("\n")
    at = lines.index("REFERENSER")
    got = []
    for i, l in enumerate(lines[:at], 1):
        for m in re.finditer(r"\[([^\]]+)\]", l):
            head = re.match(r"^(\d+(?:-\d+)?(?:,\s*\d+)*)(?:,\s*(?:s\.|tabell)\s.*)?$", m.group(1))
            ok(head is not None, f"plaintext bracket {i}: {m.group(0)}")
            if head:
                for part in re.split(r",\s*", head.group(1)):
                    a, _, b = part.partition("-")
                    got += [[str(x), i] for x in range(int(a), int(b or a) + 1)]
    ok(got == k["citations"], f"plaintext pairs {got} != {k['citations']}")
    firsts = []
    for c, _ in got:
        if c not in firsts:
            firsts.append(c)
    ok(firsts == [str(n) for n in range(1, 21)], f"plaintext first-citation order {firsts}")
    ents = []
    for i, l in enumerate(lines[at + 1:], at + 2):
        m = re.match(r"^(\d+)\. (.*)", l)
        if m:
            ents.append([int(m.group(1)), i, m.group(2)])
        elif l.startswith("   ") and ents:
            ents[-1][2] += " " + l.strip()
    ok([n for n, _, _ in ents] == list(range(1, 22)) and len(k["literature"]) == 21, "plaintext 21 entries")
    ok(k["notes"] == {str(n): {a: b for a, b in e.items() if a != "number"} for n, e in zip(range(1, 21), k["literature"])}, "plaintext notes are entries 1-20")
    for (n, i, txt), e in zip(ents, k["literature"]):
        ok(e["number"] == n, f"plaintext number {n}")
        check_entry_text("plaintext", n, txt, e)
        if e["kind"] == "unknown":
            ok(set(e) == {"number", "kind"} and "vol." in txt, f"plaintext archival {n}")
    ok(k["defects"] == [{"kind": "uncited-literature-entry", "line": ents[20][1]}], f"plaintext defect {k['defects']}")

# ---- org: @keys inside [cite…:…] outside :noexport:; irodalom.bib; chicago-author-date order ----
if "org" in ONLY:
    k = key("org")
    base = ROOT / "org" / MINE["org"]
    lines = (base / "gabonakonjunktura.org").read_text(encoding="utf-8").split("\n")
    got, skip = [], False
    for i, l in enumerate(lines, 1):
        if l.startswith("* "):
            skip = ":noexport:" in l
        for m in re.finditer(r"\[cite(?:/[\w/]+)?:([^\]]*)\]", l):
            ok(not skip, f"org citation in noexport {i}")
            got += [[c, i] for c in re.findall(r"@([\w-]+)", m.group(1))]
        ok(l.count("[cite") == len(re.findall(r"\[cite(?:/[\w/]+)?:", l)), f"org unparsed cite {i}")
    ok(got == k["citations"], f"org pairs {got} != {k['citations']}")
    ents = {c: (t, f) for c, t, f, _, _ in bib_entries((base / "irodalom.bib").read_text(encoding="utf-8"))}
    cited = {c for c, _ in got}
    ok(cited == set(ents) == set(k["notes"]), f"org cited/entries {cited ^ set(ents)}")
    for c, (typ, f) in ents.items():
        check_bib_entry("org", c, typ, f, k["notes"][c])

    def cad(c):
        f = ents[c][1]
        who = f.get("author", "")
        name = " ".join(fold(n).strip("{} ").replace(",", "") for n in re.split(r"\s+and\s+", who)) if who else fold(tnorm(f["title"]))
        return (name, year_of(f) or 0, fold(title_of(f)))

    order = sorted(ents, key=cad)
    ok([k["notes"][c] for c in order] == k["literature"], f"org chicago order {order}")
    ok("#+cite_export: csl chicago-author-date.csl" in lines and "#+print_bibliography:" in lines, "org export lines")
    ok(k["defects"] == [], "org no defects")

# ---- bibtex: the .bib alone; every entry in file order; the DOI without a slash ----
if "bibtex" in ONLY:
    k = key("bibtex")
    text = (ROOT / "bibtex" / MINE["bibtex"] / "arxius-empresa-textil.bib").read_text(encoding="utf-8")
    ents = bib_entries(text)
    ok(k["citations"] == [] and "notes" not in k, "bibtex no pairs, no notes")
    ok(len(ents) == len(k["literature"]) == 18, f"bibtex 18 entries {len(ents)}")
    badline = None
    for (c, typ, f, _, at), e in zip(ents, k["literature"]):
        if f.get("doi") and "/" not in f["doi"]:
            badline = at["doi"]
            f = {x: y for x, y in f.items() if x != "doi"}
        check_bib_entry("bibtex", c, typ, f, e)
    ok(k["defects"] == [{"kind": "malformed-field", "line": badline}], f"bibtex defect {k['defects']} {badline}")

print("\n".join(bad) if bad else "all checks passed")
sys.exit(1 if bad else 0)
