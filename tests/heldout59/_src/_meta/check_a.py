"""Checks heldout59 half A's built documents against their keys (the writer's own script).

    python3 tests/heldout59/_src/_meta/check_a.py
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
bad = []
MINE = {"latex": "leichen-anatomie-de", "html": "pocken-impfung-en", "plaintext": "colera-valencia-es",
        "org": "sygepleje-diakonisse-da", "bibtex": "lekarnictvi-knihovna-cs"}
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
    """{key: (type, fields, line of the @)} of a .bib written one field a line."""
    ents = {}
    for m in re.finditer(r"^@(\w+)\{([\w-]+),\n(.*?)^\}", text, flags=re.S | re.M):
        f = {x.group(1).lower(): x.group(2) for x in re.finditer(r"^\s*(\w+)\s*=\s*\{(.*)\},?\s*$", m.group(3), flags=re.M)}
        ents[m.group(2)] = (m.group(1).lower(), f, text[: m.start()].count("\n") + 1)
    return ents


def fams(author):
    out = []
    for n in re.split(r"\s+and\s+", author):
        n = n.strip()
        out.append(n[1:-1] if n.startswith("{") else n.split(",")[0].strip())
    return out


def year_of(f):
    y = f.get("year") or (f.get("date") or "")[:4]
    return int(y) if y else None


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

# ---- latex: \parencite/\textcite keys at their lines (main file, then the \input file) ----
if "latex" in ONLY:
    k = key("latex")
    base = ROOT / "latex" / MINE["latex"]
    got = []
    for f in ("anatomie.tex", "kapitel/register.tex"):
        for i, l in enumerate((base / f).read_text(encoding="utf-8").split("\n"), 1):
            if l.lstrip().startswith("%"):
                continue
            for m in re.finditer(r"\\(?:paren|text|auto)cite(?:\[[^\]]*\]){0,2}\{([^}]*)\}", l):
                got += [[c.strip(), i] for c in m.group(1).split(",")]
            ok(not re.search(r"\\(?:foot|full|cite|nocite)[a-z]*\{", re.sub(r"\\(?:paren|text|auto)cite", "", l)) or "\\citeauthor" in l,
               f"latex other cite command at {f}:{i}")
    ok(got == k["citations"], f"latex pairs {got} != {k['citations']}")
    ok("\\input{kapitel/register}" in (base / "anatomie.tex").read_text(encoding="utf-8"), "latex input")
    ents = bib_entries((base / "anatomie.bib").read_text(encoding="utf-8"))
    cited = {c for c, _ in got}
    ok(cited == set(ents) == set(k["notes"]), f"latex cited/entries {cited ^ set(ents)}")
    kinds = {"book": "book", "article": "article", "dataset": "web", "thesis": "thesis", "inproceedings": "chapter",
             "legislation": "report", "unpublished": "unknown", "online": "web"}
    for c, (typ, f, _) in ents.items():
        e = k["notes"][c]
        ok(tnorm(f["title"]) == e["title"], f"latex title {c}: {tnorm(f['title'])}")
        ok(e.get("year") == year_of(f), f"latex year {c}")
        ok(e.get("doi") == f.get("doi") and e.get("url") == f.get("url"), f"latex doi/url {c}")
        ok(e.get("authors", []) == (fams(f["author"]) if "author" in f else []), f"latex authors {c}")
        ok(e["kind"] == kinds[typ], f"latex kind {c}")

    def nyt(c):
        f = ents[c][1]
        names = " ".join(fold(n) for n in re.split(r"\s+and\s+", f["author"])) if "author" in f else fold(tnorm(f["title"]))
        return (names.replace(",", ""), year_of(f) or 9999, fold(tnorm(f["title"])))

    order = sorted(ents, key=nyt)
    ok([k["notes"][c] for c in order] == k["literature"], f"latex nyt order {order}")
    ok(k["defects"] == [], "latex no defects")

# ---- html: <sup class="fn"><a href="#fnN" id="fnrefN">N</a></sup> at their lines; Notes <ol> ----
if "html" in ONLY:
    import html as htmlmod
    k = key("html")
    lines = (ROOT / "html" / MINE["html"] / "leicester-1885.html").read_text(encoding="utf-8").split("\n")
    notes_at = next(i for i, l in enumerate(lines) if 'class="footnotes"' in l)
    got = []
    for i, l in enumerate(lines[:notes_at], 1):
        for m in re.finditer(r'<sup class="fn"><a href="#fn(\d+)" id="fnref(\d+)">(\d+)</a></sup>', l):
            ok(m.group(1) == m.group(2) == m.group(3), f"html marker {m.group(0)}")
            got.append([m.group(3), i])
    ok(got == k["citations"], f"html pairs {got} != {k['citations']}")
    ok([c for c, _ in got] == [str(n) for n in range(1, 25)], "html markers 1-24 once each in order")
    ok(sum(l.count("<sup") for l in lines[:notes_at]) == 24, "html no other <sup>")
    body = "\n".join(lines[:notes_at])
    ok(not re.search(r'<a href="https?://', body.split("<main>")[1]), "html no outside link in the post body")
    items = {}
    for l in lines[notes_at:]:
        m = re.match(r'\s*<li id="fn(\d+)">(.*)<a href="#fnref(\d+)" class="back"', l)
        if m:
            ok(m.group(1) == m.group(3), f"html back-link {m.group(1)}")
            items[m.group(1)] = htmlmod.unescape(re.sub(r"<[^>]+>", "", m.group(2)))
    ok(list(items) == [str(n) for n in range(1, 25)] and set(items) == set(k["notes"]), "html 24 notes")
    last_full = None
    for n, txt in items.items():
        e = k["notes"][n]
        if txt.startswith("Ibid."):
            ok(e == k["notes"][last_full], f"html ibid {n} = {last_full}")
            continue
        short = re.match(r"^(\w+), ([^,(]+), [\d–]+\.\s*$", txt)
        if short:
            full = [m for m in items if int(m) < int(n) and k["notes"][m].get("title", "").startswith(short.group(2))
                    and short.group(1) in k["notes"][m].get("authors", [])]
            ok(len(full) == 1 and e == k["notes"][full[0]], f"html short note {n} = {full}")
            continue
        last_full = n
        if "title" in e:
            ok(e["title"] in txt, f"html title {n}")
        for a in e.get("authors", []):
            ok(a in txt, f"html author {n} {a}")
        if "year" in e:
            ok(str(e["year"]) in txt, f"html year {n}")
        else:
            ok("accessed" in txt or e["kind"] == "unknown", f"html no year {n}")
        if e.get("doi"):
            ok(("doi:" + e["doi"]) in txt or ("https://doi.org/" + e["doi"]) in txt, f"html doi {n}")
        if e.get("url"):
            ok(e["url"] in txt, f"html url {n}")
    ok(k["literature"] == [] and k["defects"] == [], "html no literature, no defects")

# ---- plaintext: [n], [n, p. …], [a-b] above REFERENCIAS; numbered entries with hanging wraps ----
if "plaintext" in ONLY:
    k = key("plaintext")
    lines = (ROOT / "plaintext" / MINE["plaintext"] / "informe-colera-1885.txt").read_text(encoding="utf-8").split("\n")
    ref = lines.index("REFERENCIAS")
    got = []
    for i, l in enumerate(lines[:ref], 1):
        for m in re.finditer(r"\[(\d[^\]]*)\]", l):
            for part in m.group(1).split(","):
                part = part.strip()
                if re.fullmatch(r"\d+-\d+", part):
                    a, b = map(int, part.split("-"))
                    got += [[str(x), i] for x in range(a, b + 1)]
                elif part.isdigit():
                    got.append([part, i])
                else:
                    ok(re.match(r"(p|cap)\. ", part), f"plaintext locator {part}")
    ok(got == k["citations"], f"plaintext pairs {got} != {k['citations']}")
    first = []
    for c, _ in got:
        if c not in first:
            first.append(c)
    ok(first == [str(i) for i in range(1, 19)], f"plaintext first-citation order {first}")
    entries = []
    for i, l in enumerate(lines[ref + 1:], ref + 2):
        m = re.match(r"^(\d+)\. (.*)", l)
        if m:
            entries.append([int(m.group(1)), i, m.group(2)])
        elif l.startswith("    ") and entries:
            entries[-1][2] += " " + l.strip()
    ok([n for n, _, _ in entries] == list(range(1, 20)) and len(k["literature"]) == 19, "plaintext 19 entries")
    for (n, i, txt), e in zip(entries, k["literature"]):
        ok(e["number"] == n, f"plaintext number {n}")
        if "title" in e:
            ok(e["title"] in txt, f"plaintext title {n}: {txt}")
        for a in e.get("authors", []):
            ok(a + " " in txt, f"plaintext author {n} {a}")
        if "year" in e:
            ok(str(e["year"]) in txt, f"plaintext year {n}")
        if e.get("doi"):
            ok(("doi: " + e["doi"]) in txt or ("https://doi.org/" + e["doi"]) in txt, f"plaintext doi {n}")
        if e.get("url"):
            ok(e["url"] in txt, f"plaintext url {n}")
        if n <= 18:
            ok(k["notes"][str(n)] == {x: y for x, y in e.items() if x != "number"}, f"plaintext note {n}")
    ok("19" not in k["notes"] and "19" not in first, "plaintext 19 uncited")
    ok(k["defects"] == [{"kind": "uncited-literature-entry", "line": entries[18][1]}], f"plaintext defect {k['defects']}")

# ---- org: @keys inside [cite…:…] outside the :noexport: subtree; sygepleje.bib; APA order ----
if "org" in ONLY:
    k = key("org")
    base = ROOT / "org" / MINE["org"]
    lines = (base / "diakonisser.org").read_text(encoding="utf-8").split("\n")
    got, skip = [], False
    for i, l in enumerate(lines, 1):
        if l.startswith("* "):
            skip = ":noexport:" in l
        if skip:
            ok("[cite" not in l, f"org cite in noexport {i}")
            continue
        for m in re.finditer(r"\[cite(?:/[a-z]+)?:([^\]]*)\]", l):
            got += [[c, i] for c in re.findall(r"@([\w-]+)", m.group(1))]
    ok(got == k["citations"], f"org pairs {got} != {k['citations']}")
    ents = bib_entries((base / "sygepleje.bib").read_text(encoding="utf-8"))
    cited = {c for c, _ in got}
    ok(cited - set(ents) == {"tscherning1899"} and set(ents) - cited == set(), f"org cited/entries {cited ^ set(ents)}")
    ok(set(k["notes"]) == set(ents), "org notes are the entries")
    miss = [ln for c, ln in got if c == "tscherning1899"]
    ok(len(miss) == 1 and k["defects"] == [{"kind": "missing-literature-entry", "line": miss[0]}], f"org defect {k['defects']}")
    kinds = {"book": "book", "article": "article", "dataset": "web", "phdthesis": "thesis", "inproceedings": "chapter",
             "legislation": "report", "unpublished": "unknown", "online": "web", "report": "report", "inreference": "chapter"}

    def unTeX(s):
        return s.replace('{\\"u}', "ü")

    for c, (typ, f, _) in ents.items():
        e = k["notes"][c]
        ok(tnorm(f["title"]) == e["title"], f"org title {c}: {tnorm(f['title'])}")
        ok(e.get("year") == year_of(f), f"org year {c}")
        ok(e.get("doi") == f.get("doi") and e.get("url") == f.get("url"), f"org doi/url {c}")
        corporate = f.get("author", "").startswith("{")
        ok(e.get("authors", []) == ([] if corporate or "author" not in f else [unTeX(a) for a in fams(f["author"])]), f"org authors {c}")
        ok(e["kind"] == kinds[typ], f"org kind {c}")

    def apa(c):
        f = ents[c][1]
        who = " ".join(fold(unTeX(n)).replace(",", "").strip("{}") for n in re.split(r"\s+and\s+", f["author"])) if "author" in f else fold(tnorm(f["title"]))
        return (who, year_of(f) or 0, fold(tnorm(f["title"])))

    order = sorted(ents, key=apa)
    ok([k["notes"][c] for c in order] == k["literature"], f"org APA order {order}")
    ok("#+print_bibliography:" in lines and "#+bibliography: sygepleje.bib" in lines, "org bibliography lines")

# ---- bibtex: every entry in file order; the slash-less DOI at its line ----
if "bibtex" in ONLY:
    k = key("bibtex")
    text = (ROOT / "bibtex" / MINE["bibtex"] / "dejiny-lekarnictvi.bib").read_text(encoding="utf-8")
    ents = bib_entries(text)
    ok(len(ents) == len(k["literature"]) == 20, f"bibtex 20 entries ({len(ents)})")
    ok(len(re.findall(r"^@", text, flags=re.M)) == 23, "bibtex 20 entries + 2 @String + 1 @Comment")
    kinds = {"book": "book", "collection": "book", "legislation": "report", "article": "article", "inproceedings": "chapter",
             "thesis": "thesis", "dataset": "web", "inreference": "chapter", "report": "report", "unpublished": "unknown",
             "online": "web"}
    bad_doi = []
    for (c, (typ, f, _)), e in zip(ents.items(), k["literature"]):
        t = tnorm(f["title"]) + (": " + tnorm(f["subtitle"]) if "subtitle" in f else "")
        ok(t == e["title"], f"bibtex title {c}: {t}")
        ok(e.get("year") == year_of(f), f"bibtex year {c}")
        ok(e.get("url") == f.get("url"), f"bibtex url {c}")
        if f.get("doi") and "/" not in f["doi"]:
            bad_doi.append(c)
            ok("doi" not in e, f"bibtex malformed doi not keyed {c}")
        else:
            ok(e.get("doi") == f.get("doi"), f"bibtex doi {c}")
        ok(e.get("authors", []) == (fams(f["author"]) if "author" in f else []), f"bibtex authors {c}")
        ok(e["kind"] == kinds[typ], f"bibtex kind {c}")
    lines = text.split("\n")
    doi_lines = [i for i, l in enumerate(lines, 1) if re.match(r"\s*doi\s*=\s*\{10\.\d+[^/]*\}", l)]
    ok(bad_doi == ["vlcek2020"] and k["defects"] == [{"kind": "malformed-field", "line": doi_lines[0]}] and len(doi_lines) == 1,
       f"bibtex defect {k['defects']} {doi_lines}")
    ok(k["citations"] == [] and "notes" not in k, "bibtex no pairs, no notes")

print("\n".join(bad) if bad else "all checks passed")
sys.exit(1 if bad else 0)
