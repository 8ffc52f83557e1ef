"""Checks heldout62 half A's built documents against their keys (the writer's own script).

    python3 tests/heldout62/_src/_meta/check_a.py [format ...]
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
bad = []
MINE = {"typst": "nitrogen-splits-en", "pandoc": "ultraprocessados-pt", "supmarkdown": "aflatoksin-incir-tr",
        "asciidoc": "cooperativas-olivar-es", "markdown-links": "ntomata-istoria-el"}
ONLY = sys.argv[1:] or list(MINE)


def key(fmt):
    return json.loads((ROOT / fmt / f"{MINE[fmt]}.key.json").read_text(encoding="utf-8"))


def ok(cond, msg):
    if not cond:
        bad.append(msg)


def fold(s):
    """Sort form: accents off, case folded (Greek letters kept, their accents off)."""
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).casefold()


def tnorm(s):
    s = s.replace("--", "–").replace("\\&", "&")
    return re.sub(r"\s+", " ", s.replace("{", "").replace("}", "")).strip()


def plain(s):
    """Markdown/AsciiDoc emphasis and « » “ ” quotation marks off."""
    s = re.sub(r"(?<!\w)[*_]+|[*_]+(?!\w)", "", s)
    return s.replace("«", "").replace("»", "")


def bib_entries(text):
    """{key: (type, fields, line of the @)} of a .bib written one field a line."""
    ents = {}
    for m in re.finditer(r"^@(\w+)\{([\w-]+),\n(.*?)^\}", text, flags=re.S | re.M):
        f = {x.group(1).lower(): x.group(2) for x in re.finditer(r"^\s*(\w+)\s*=\s*\{(.*)\},?\s*$", m.group(3), flags=re.M)}
        ents[m.group(2)] = (m.group(1).lower(), f, text[: m.start()].count("\n") + 1)
    return ents


def fams(author):
    return [n.strip().split(",")[0].strip() for n in re.split(r"\s+and\s+", author)]


def year_of(f):
    y = f.get("year") or (f.get("date") or "")[:4]
    return int(y) if y else None


def check_entry_text(fmt, n, txt, e):
    """Every keyed field of a printed entry is in its text."""
    if "title" in e:
        ok(e["title"] in plain(txt), f"{fmt} title {n}: {txt}")
    for a in e.get("authors", []):
        ok(a in txt, f"{fmt} author {n} {a}")
    if "year" in e:
        ok(str(e["year"]) in txt, f"{fmt} year {n}")
    else:
        ok(not re.search(r"\((1[89]|20)\d\d\)|\b(1[89]|20)\d\d[.;]", txt.split("http")[0].replace("2025.", "")) or "erişim" in txt or "Consultado" in txt or "Πρόσβαση" in txt, f"{fmt} a year printed in {n}")
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

# ---- typst: @key / #cite(<key>) at their lines; refs.bib; apa order ----
if "typst" in ONLY:
    k = key("typst")
    base = ROOT / "typst" / MINE["typst"]
    lines = (base / "article.typ").read_text(encoding="utf-8").split("\n")
    got = []
    for i, l in enumerate(lines, 1):
        hits = [(m.start(), m.group(1)) for m in re.finditer(r"(?<![\w.])@([A-Za-z][\w-]*)", l)]
        hits += [(m.start(), m.group(1)) for m in re.finditer(r"#cite\(<([\w-]+)>", l)]
        got += [[c, i] for _, c in sorted(hits) if c != "tab-trial"]
    ok(got == k["citations"], f"typst pairs {got} != {k['citations']}")
    ok(any("@tab-trial" in l for l in lines) and any("<tab-trial>" in l for l in lines), "typst cross reference")
    ents = bib_entries((base / "refs.bib").read_text(encoding="utf-8"))
    cited = {c for c, _ in got}
    ok(cited == set(ents) == set(k["notes"]), f"typst cited/entries {cited ^ set(ents)}")
    kinds = {"book": "book", "article": "article", "inproceedings": "chapter", "legislation": "report",
             "report": "report", "phdthesis": "thesis", "dataset": "web", "online": "web"}
    for c, (typ, f, _) in ents.items():
        e = k["notes"][c]
        t = tnorm(f["title"]) + (": " + tnorm(f["subtitle"]) if "subtitle" in f else "")
        ok(t == e["title"], f"typst title {c}: {t}")
        ok(e.get("year") == year_of(f), f"typst year {c}")
        ok(e.get("doi") == f.get("doi") and e.get("url") == f.get("url"), f"typst doi/url {c}")
        corporate = f.get("author", "").startswith("{")
        ok(e.get("authors", []) == ([] if corporate or "author" not in f else fams(f["author"])), f"typst authors {c}")
        ok(e["kind"] == kinds[typ], f"typst kind {c}")

    def apa(c):
        f = ents[c][1]
        who = f.get("author")
        names = " ".join(fold(n).strip("{} ") for n in re.split(r"\s+and\s+", who)) if who else fold(tnorm(f["title"]))
        return (names.replace(",", ""), year_of(f) or 0, fold(tnorm(f["title"])))

    order = sorted(ents, key=apa)
    ok([k["notes"][c] for c in order] == k["literature"], f"typst apa order {order}")
    ok('#bibliography("refs.bib", title: "References", style: "apa")' in lines, "typst bibliography line")
    ok(k["defects"] == [], "typst no defects")

# ---- pandoc: @key/-@key after the YAML header, ^n per ^[ ; refs.json; ABNT order ----
if "pandoc" in ONLY:
    k = key("pandoc")
    base = ROOT / "pandoc" / MINE["pandoc"]
    lines = (base / "artigo.md").read_text(encoding="utf-8").split("\n")
    end = lines.index("---", 1)
    got, n_inline = [], 0
    for i, l in enumerate(lines[end + 1:], end + 2):
        hits = [(m.start(), m.group(1)) for m in re.finditer(r"(?<![\w])-?@([A-Za-z][\w-]*)", l)]
        for m in re.finditer(r"\^\[", l):
            n_inline += 1
            hits.append((m.start(), f"^{n_inline}"))
        got += [[c, i] for _, c in sorted(hits)]
    ok(got == k["citations"], f"pandoc pairs {got} != {k['citations']}")
    ok(n_inline == 1, "pandoc one inline note")
    refs = {r["id"]: r for r in json.loads((base / "refs.json").read_text(encoding="utf-8"))}
    cited = {c for c, _ in got if not c.startswith("^")}
    ok(cited - set(refs) == {"popkin2012"} and set(refs) - cited == set(), f"pandoc cited/entries {cited ^ set(refs)}")
    ok(set(k["notes"]) == set(refs), "pandoc notes are the entries")
    miss = [ln for c, ln in got if c == "popkin2012"]
    ok(len(miss) == 1 and k["defects"] == [{"kind": "missing-literature-entry", "line": miss[0]}], f"pandoc defect {k['defects']}")
    kinds = {"book": "book", "article-journal": "article", "legislation": "report", "report": "report", "standard": "report",
             "dataset": "web", "thesis": "thesis", "paper-conference": "chapter", "webpage": "web"}
    for c, r in refs.items():
        e = k["notes"][c]
        ok(r["title"] == e["title"], f"pandoc title {c}")
        ok(e.get("year") == (r["issued"]["date-parts"][0][0] if "issued" in r else None), f"pandoc year {c}")
        ok(e.get("doi") == r.get("DOI") and e.get("url") == r.get("URL"), f"pandoc doi/url {c}")
        ok(e.get("authors", []) == [a["family"] for a in r.get("author", []) if "family" in a], f"pandoc authors {c}")
        ok(e["kind"] == kinds[r["type"]], f"pandoc kind {c}")

    def abnt(c):
        r = refs[c]
        who = " ".join(fold(a.get("family") or a.get("literal")) + " " + fold(a.get("given", "")) for a in r.get("author", []))
        return (who.strip() or fold(r["title"]), r.get("issued", {"date-parts": [[0]]})["date-parts"][0][0])

    order = sorted(refs, key=abnt)
    ok([k["notes"][c] for c in order] == k["literature"], f"pandoc ABNT order {order}")
    head = "\n".join(lines[:end])
    ok("bibliography: refs.json" in head and "csl: associacao-brasileira-de-normas-tecnicas.csl" in head, "pandoc YAML")

# ---- supmarkdown: <sup>n[,n|-n]</sup> above ## Kaynaklar; a numbered list 1-20 ----
if "supmarkdown" in ONLY:
    k = key("supmarkdown")
    lines = (ROOT / "supmarkdown" / MINE["supmarkdown"] / "aflatoksin-incir.md").read_text(encoding="utf-8").split("\n")
    at = lines.index("## Kaynaklar")
    got = []
    for i, l in enumerate(lines[:at], 1):
        for m in re.finditer(r"<sup>([^<]+)</sup>", l):
            for part in m.group(1).split(","):
                a, _, b = part.strip().partition("-")
                got += [[str(n), i] for n in range(int(a), int(b or a) + 1)]
    ok(got == k["citations"], f"supmarkdown pairs {got} != {k['citations']}")
    firsts = []
    for c, _ in got:
        if c not in firsts:
            firsts.append(c)
    ok(firsts == [str(n) for n in range(1, 21)], f"supmarkdown first citations in order 1-20 {firsts}")
    ok(sum(l.count("<sup") for l in lines) == 24 and not any("](http" in l for l in lines), "supmarkdown no other <sup>, no links")
    entries = []
    for i, l in enumerate(lines[at + 1:], at + 2):
        m = re.match(r"^(\d+)\. (.*)", l)
        if m:
            entries.append([int(m.group(1)), i, m.group(2)])
    ok([n for n, _, _ in entries] == list(range(1, 21)) and len(k["literature"]) == 20, "supmarkdown 20 entries")
    for (n, i, txt), e in zip(entries, k["literature"]):
        ok(e["number"] == n and k["notes"][str(n)] == {x: y for x, y in e.items() if x != "number"}, f"supmarkdown note {n}")
        check_entry_text("supmarkdown", n, txt, e)
    ok(k["defects"] == [], "supmarkdown no defects")

# ---- asciidoc: <<key>> of [[[key]]]s, footnote:[ numbered; [bibliography] in list order ----
if "asciidoc" in ONLY:
    k = key("asciidoc")
    lines = (ROOT / "asciidoc" / MINE["asciidoc"] / "cooperativas-olivar.adoc").read_text(encoding="utf-8").split("\n")
    at = lines.index("[bibliography]")
    ents = []
    for i, l in enumerate(lines[at:], at + 1):
        m = re.match(r"^\* \[\[\[([\w-]+)\]\]\] (.*)", l)
        if m:
            ents.append((m.group(1), i, m.group(2)))
    keys = [c for c, _, _ in ents]
    got, n_fn, xrefs = [], 0, []
    for i, l in enumerate(lines[:at], 1):
        hits = []
        for m in re.finditer(r"<<([\w-]+)(?:,[^>]*)?>>", l):
            if m.group(1) in keys:
                hits.append((m.start(), m.group(1)))
            else:
                xrefs.append(m.group(1))
        for m in re.finditer(r"footnote:\[", l):
            n_fn += 1
            hits.append((m.start(), str(n_fn)))
        got += [[c, i] for _, c in sorted(hits)]
    ok(got == k["citations"], f"asciidoc pairs {got} != {k['citations']}")
    ok(n_fn == 1 and all(x.startswith("sec-") for x in xrefs) and xrefs, f"asciidoc footnotes/xrefs {n_fn} {xrefs}")
    cited = {c for c, _ in got if not c.isdigit()}
    ok(set(keys) - cited == {"zambrana1987"} and cited <= set(keys), f"asciidoc cited/entries {set(keys) ^ cited}")
    ok(set(k["notes"]) == cited, "asciidoc notes are the cited entries")
    ok(len(k["literature"]) == len(ents) == 17, "asciidoc 17 entries")
    for (c, i, txt), e in zip(ents, k["literature"]):
        ok(c == "zambrana1987" or k["notes"][c] == e, f"asciidoc note {c}")
        check_entry_text("asciidoc", c, txt, e)
        if e.get("doi"):
            ok(f"https://doi.org/{e['doi']}." in txt, f"asciidoc doi form {c}")
    firsts = [fold(plain(t)).split(". ")[0] for _, _, t in ents]
    ok(firsts == sorted(firsts), f"asciidoc list alphabetical {firsts}")
    w = [i for c, i, _ in ents if c == "zambrana1987"]
    ok(k["defects"] == [{"kind": "uncited-literature-entry", "line": w[0]}], f"asciidoc defect {k['defects']}")

# ---- markdown-links: ](http…) links above ## Πηγές labelled by the entry with that address ----
if "markdown-links" in ONLY:
    k = key("markdown-links")
    lines = (ROOT / "markdown-links" / MINE["markdown-links"] / "ntomata.md").read_text(encoding="utf-8").split("\n")
    at = lines.index("## Πηγές")
    ents = []
    for i, l in enumerate(lines[at + 1:], at + 2):
        if l.startswith("- "):
            m = re.search(r"<(https?://[^>]+)>\s*$", l)
            ok(m is not None, f"markdown-links entry address {i}")
            ents.append((m.group(1), l[2:]))
    addr = [a for a, _ in ents]
    link = re.compile(r"\]\((https?://(?:[^()\s]|\([^()\s]*\))+)\)")
    got = []
    for i, l in enumerate(lines[:at], 1):
        for m in link.finditer(l):
            ok(m.group(1) in addr, f"markdown-links link not in list {m.group(1)}")
            if m.group(1) in addr:
                got.append([str(addr.index(m.group(1)) + 1), i])
        ok(l.count("](http") == len(link.findall(l)), f"markdown-links unparsed link {i}")
    ok(got == k["citations"], f"markdown-links pairs {got} != {k['citations']}")
    ok({c for c, _ in got} == {str(n) for n in range(1, len(ents) + 1)}, "markdown-links every entry linked")
    ok(not any("](http" in l for l in lines[at:]), "markdown-links no link in or after the list")
    ok(len(ents) == len(k["literature"]) == 13 and k["notes"] == {str(i + 1): e for i, e in enumerate(k["literature"])}, "markdown-links 13 entries")
    for n, ((a, txt), e) in enumerate(zip(ents, k["literature"]), 1):
        check_entry_text("markdown-links", n, txt, e)
        ok(("https://doi.org/" + e["doi"] == a and "url" not in e) if e.get("doi") else e.get("url") == a, f"markdown-links address {n}")
    firsts = [fold(plain(t)).strip("«» ").split(". ")[0] for _, t in ents]
    greek = [f for f in firsts if re.match(r"[\u0370-\u03ff]", f)]
    latin = [f for f in firsts if not re.match(r"[\u0370-\u03ff]", f)]
    ok(firsts == greek + latin and greek == sorted(greek) and latin == sorted(latin), f"markdown-links list order {firsts}")
    ok(k["defects"] == [], "markdown-links no defects")

print("\n".join(bad) if bad else "all checks passed")
sys.exit(1 if bad else 0)
