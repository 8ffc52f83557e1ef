"""Checks heldout63 half A's built documents against their keys (the writer's own script,
after heldout62's check_a.py, rewritten for this half's formats).

    python3 tests/heldout63/_src/_meta/check_a.py [format ...]
"""
import html as htmlmod
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
bad = []
MINE = {"latex": "giro-gazzetta-it", "html": "west-pier-en", "plaintext": "holmenkollen-no",
        "org": "paris-1924-fr", "bibtex": "clubes-futebol-pt"}
ONLY = sys.argv[1:] or list(MINE)


def key(fmt):
    return json.loads((ROOT / fmt / f"{MINE[fmt]}.key.json").read_text(encoding="utf-8"))


def ok(cond, msg):
    if not cond:
        bad.append(msg)


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).casefold()


def tnorm(s):
    s = s.replace("--", "–").replace("\\&", "&")
    return re.sub(r"\s+", " ", s.replace("{", "").replace("}", "")).strip()


def bib_entries(text):
    """[(key, type, fields, line of the @)] of a .bib written one field a line (macros kept as ~name)."""
    out = []
    for m in re.finditer(r"^@(\w+)\{([\w-]+),\n(.*?)^\}", text, flags=re.S | re.M):
        f = {}
        for x in re.finditer(r"^\s*(\w+)\s*=\s*(?:\{(.*)\}|(\w+)),?\s*$", m.group(3), flags=re.M):
            f[x.group(1).lower()] = x.group(2) if x.group(2) is not None else "~" + x.group(3)
        out.append((m.group(2), m.group(1).lower(), f, text[: m.start()].count("\n") + 1))
    return out


def fams(author):
    return [n.strip().split(",")[0].strip() for n in re.split(r"\s+and\s+", author)]


def year_of(f):
    y = f.get("year") or (f.get("date") or "")[:4]
    return int(y) if y else None


def bare_doi(d):
    return re.sub(r"^(https?://(dx\.)?doi\.org/|doi:)", "", d) if d else None


KINDS = {"book": "book", "collection": "book", "article": "article", "incollection": "chapter",
         "legislation": "report", "report": "report", "phdthesis": "thesis", "thesis": "thesis",
         "dataset": "web", "online": "web", "unpublished": "unknown"}


def check_bib_fields(fmt, ents, notes):
    for c, typ, f, _ in ents:
        e = notes[c]
        t = tnorm(f["title"]) + (": " + tnorm(f["subtitle"]) if "subtitle" in f else "")
        ok(t == e.get("title"), f"{fmt} title {c}: {t!r} != {e.get('title')!r}")
        ok(e.get("year") == year_of(f), f"{fmt} year {c}")
        ok(e.get("doi") == bare_doi(f.get("doi")), f"{fmt} doi {c}")
        ok(e.get("url") == f.get("url"), f"{fmt} url {c}")
        corporate = f.get("author", "").startswith("{")
        ok(e.get("authors", []) == ([] if corporate or "author" not in f else fams(f["author"])), f"{fmt} authors {c}")
        ok(e["kind"] == KINDS[typ], f"{fmt} kind {c}")


def sortname(f):
    """Name (author, else editor; a braced corporate author by its name), else title (accents, case off)."""
    who = f.get("author") or f.get("editor")
    if who:
        return " ".join(fold(n).strip("{} ").replace(",", "") for n in re.split(r"\s+and\s+", who))
    return fold(tnorm(f["title"]))


def check_common():
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


check_common()
CITE = re.compile(r"\\(?:paren|text|auto|foot)?cite\*?(?:\[[^\]]*\]){0,2}\{([^}]*)\}")

# ---- latex ----
if "latex" in ONLY:
    k = key("latex")
    base = ROOT / "latex" / MINE["latex"]
    got = []
    for fn in ("articolo.tex", "sezioni/stampa.tex"):
        for i, l in enumerate((base / fn).read_text(encoding="utf-8").split("\n"), 1):
            l = re.sub(r"(?<!\\)%.*", "", l)
            for m in CITE.finditer(l):
                got += [[c.strip(), i] for c in m.group(1).split(",")]
            ok(not re.search(r"\\(?:foot|full|smart|supcite|cite[a-z])", l) or "\\textcite" in l or "\\parencite" in l, f"latex other command {fn}:{i}")
    ok(got == k["citations"], f"latex pairs {got} != {k['citations']}")
    ents = bib_entries((base / "bibliografia.bib").read_text(encoding="utf-8"))
    keys = [c for c, *_ in ents]
    cited = {c for c, _ in got}
    ok(cited - set(keys) == {"colombo1910"} and set(keys) <= cited, f"latex cited/entries {cited ^ set(keys)}")
    ok(set(k["notes"]) == set(keys), "latex notes = entries")
    check_bib_fields("latex", ents, k["notes"])
    F = {c: f for c, _, f, _ in ents}
    order = sorted(keys, key=lambda c: (sortname(F[c]), year_of(F[c]) or 0, fold(tnorm(F[c]["title"]))))
    ok([k["notes"][c] for c in order] == k["literature"], f"latex nyt order {order}")
    miss = [ln for c, ln in got if c == "colombo1910"]
    ok(k["defects"] == [{"kind": "missing-literature-entry", "line": miss[0]}], "latex defect")
    ok("\\printbibliography[title={Riferimenti bibliografici}]" in (base / "articolo.tex").read_text(encoding="utf-8"), "latex printbibliography")
    ok("\\input{sezioni/stampa}" in (base / "articolo.tex").read_text(encoding="utf-8"), "latex input")

# ---- html ----
if "html" in ONLY:
    k = key("html")
    text = (ROOT / "html" / MINE["html"] / "day-trippers.html").read_text(encoding="utf-8")
    lines = text.split("\n")
    notes_at = next(i for i, l in enumerate(lines) if '<section class="notes">' in l)
    got = []
    for i, l in enumerate(lines[:notes_at], 1):
        got += [[m.group(1), i] for m in re.finditer(r'<sup class="fn"><a href="#fn(\d+)" id="fnref\1">\1</a></sup>', l)]
        ok(l.count("<sup") == len(re.findall(r'<sup class="fn">', l)), f"html other sup {i}")
    ok(got == k["citations"], f"html pairs {got} != {k['citations']}")
    ok([c for c, _ in got] == [str(n) for n in range(1, 24)], "html numbering")
    body = "\n".join(lines[:notes_at])
    body = body[body.index("<main>"):]
    ok(not re.search(r'href="https?:', body), "html outside link in body")
    lis = dict(re.findall(r'<li id="fn(\d+)">(.*?)</li>', text))
    ok(sorted(lis, key=int) == list(k["notes"]) == [str(n) for n in range(1, 24)], "html notes list")
    for n, e in k["notes"].items():
        raw = re.sub(r"<[^>]+>", "", htmlmod.unescape(lis[n])).replace("“", "").replace("”", "")
        if raw.startswith("Ibid."):
            ok(e == k["notes"][str(int(n) - 1)], f"html ibid {n}")
            continue
        if n in ("12", "23"):
            full = k["notes"]["11" if n == "12" else "1"]
            ok(e == full and raw.split(",")[0] in "".join(full["authors"]) and raw.split(",")[1].strip().rstrip(",") in full["title"], f"html short note {n}")
            continue
        if "title" in e:
            ok(re.search(r"(^|, )" + re.escape(e["title"]) + r"(,| \(|\.)", raw), f"html title {n}: {raw}")
        for a in e.get("authors", []):
            ok(a in raw, f"html author {n}")
        if "year" in e:
            ok(str(e["year"]) in raw, f"html year {n}")
        if e.get("doi"):
            ok(e["doi"] in raw, f"html doi {n}")
        ok(("url" in e) == ("https://www" in raw and "doi.org" not in raw), f"html url presence {n}")
        if e.get("url"):
            ok(e["url"] + "." in raw, f"html url {n}")
    ok(k["literature"] == [] and k["defects"] == [], "html literature/defects")

# ---- plaintext ----
if "plaintext" in ONLY:
    k = key("plaintext")
    lines = (ROOT / "plaintext" / MINE["plaintext"] / "notat-holmenkollen.txt").read_text(encoding="utf-8").split("\n")
    lit = lines.index("LITTERATUR")
    got = []
    for i, l in enumerate(lines[:lit], 1):
        for m in re.finditer(r"\[([\d ,\-–]+)(?:, (?:s|tabell)\. [^\]]*)?\]", l):
            for part in m.group(1).split(","):
                part = part.strip()
                if "-" in part:
                    a, b = map(int, part.split("-"))
                    got += [[str(x), i] for x in range(a, b + 1)]
                else:
                    got += [[part, i]]
        ok(len(re.findall(r"\[\d", l)) == len(re.findall(r"\[([\d ,\-–]+)(?:, (?:s|tabell)\. [^\]]*)?\]", l)), f"plaintext bracket unread {i}")
    ok(got == k["citations"], f"plaintext pairs {got} != {k['citations']}")
    first = []
    for c, _ in got:
        if c not in first:
            first.append(c)
    ok(first == [str(n) for n in range(1, 18)], f"plaintext first-cited order {first}")
    ents, starts = {}, {}
    cur = None
    for i, l in enumerate(lines[lit + 1:], lit + 2):
        m = re.match(r"^(\d+)\. (.*)", l)
        if m:
            cur = int(m.group(1))
            ents[cur], starts[cur] = m.group(2), i
        elif cur and l.strip():
            ents[cur] += (" " if not ents[cur].endswith("-") or ents[cur][-2].isdigit() else "") + l.strip()
    ok(list(ents) == list(range(1, 19)), "plaintext entries 1-18")
    for e in k["literature"]:
        n = e["number"]
        t = ents[n]
        if "title" in e:
            ok(re.search(r"(^|\. )" + re.escape(e["title"]) + r"(\.| \[)", t), f"plaintext title {n}: {t}")
        for a in e.get("authors", []):
            ok(t.startswith(a) or f", {a} " in t or f"{a} " in t, f"plaintext author {n}")
        if "year" in e:
            ok(str(e["year"]) in t, f"plaintext year {n}")
        else:
            ok(not re.search(r";\s*(1[89]|20)\d\d\.", t), f"plaintext no year {n}")
        if e.get("doi"):
            ok("doi:" + e["doi"] in t, f"plaintext doi {n}")
        else:
            ok("doi:" not in t, f"plaintext no doi {n}")
        if e.get("url"):
            ok(t.endswith(e["url"]), f"plaintext url {n}")
    ok(k["notes"] == {str(e["number"]): {x: y for x, y in e.items() if x != "number"} for e in k["literature"][:17]}, "plaintext notes = entries 1-17")
    ok(k["defects"] == [{"kind": "uncited-literature-entry", "line": starts[18]}], "plaintext defect")
    ok(not any(c == "18" for c, _ in got), "plaintext 18 uncited")

# ---- org ----
if "org" in ONLY:
    k = key("org")
    base = ROOT / "org" / MINE["org"]
    lines = (base / "jeux-1924.org").read_text(encoding="utf-8").split("\n")
    got, noexport = [], False
    for i, l in enumerate(lines, 1):
        if l.startswith("* "):
            noexport = ":noexport:" in l
        for m in re.finditer(r"\[cite(?:/\w+)?:([^\]]*)\]", l):
            ok(not noexport, f"org cite in noexport {i}")
            got += [[c, i] for c in re.findall(r"@([\w-]+)", m.group(1))]
        ok(l.count("[cite") == len(re.findall(r"\[cite(?:/\w+)?:([^\]]*)\]", l)), f"org unread cite {i}")
    ok(got == k["citations"], f"org pairs {got} != {k['citations']}")
    ents = bib_entries((base / "bibliographie.bib").read_text(encoding="utf-8"))
    keys = [c for c, *_ in ents]
    ok({c for c, _ in got} == set(keys) == set(k["notes"]), "org cited = entries = notes")
    check_bib_fields("org", ents, k["notes"])
    F = {c: f for c, _, f, _ in ents}
    order = sorted(keys, key=lambda c: (sortname(F[c]), year_of(F[c]) or 0, fold(tnorm(F[c]["title"]))))
    ok([k["notes"][c] for c in order] == k["literature"], f"org chicago order {order}")
    ok("#+cite_export: csl chicago-author-date.csl" in lines and "#+print_bibliography:" in lines, "org export lines")
    ok(k["defects"] == [], "org defects")

# ---- bibtex ----
if "bibtex" in ONLY:
    k = key("bibtex")
    text = (ROOT / "bibtex" / MINE["bibtex"] / "futebol-clubes.bib").read_text(encoding="utf-8")
    ents = [e for e in bib_entries(text) if e[1] != "string"]
    ok(len(ents) == len(k["literature"]) == len(re.findall(r"^@(?!string)", text, flags=re.M)), "bibtex entry count")
    notes = {c: e for (c, *_), e in zip(ents, k["literature"])}
    check_bib_fields("bibtex", ents, notes)
    ok(k["citations"] == [] and "notes" not in k and k["defects"] == [], "bibtex no pairs/notes/defects")

print("\n".join(bad) if bad else "all checks passed", f"({len(bad)} problems)")
sys.exit(1 if bad else 0)
