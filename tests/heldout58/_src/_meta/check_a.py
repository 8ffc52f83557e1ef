"""Checks heldout58 half A's built documents against their keys (the writer's own script).

    python3 tests/heldout58/_src/_meta/check_a.py
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
bad = []
MINE = {"typst": "ae-aussprache-de", "pandoc": "literally-bnc-en", "supmarkdown": "ceceo-huelva-es",
        "asciidoc": "kaweyo-archive-en", "markdown-links": "woordenboek-online-nl"}


def key(fmt):
    return json.loads((ROOT / fmt / f"{MINE[fmt]}.key.json").read_text(encoding="utf-8"))


def ok(cond, msg):
    if not cond:
        bad.append(msg)


def fold(s):
    """Sort form: accents off, case folded."""
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().casefold()


def doi_of(url):
    m = re.match(r"https?://(?:dx\.)?doi\.org/(.+)$", url)
    return m.group(1) if m else None


# no annotation left in any built file of this half; every source file built
for fmt, name in MINE.items():
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

# ---- typst: @key / #cite(<key>) at their lines; quellen.bib; APA order ----
k = key("typst")
base = ROOT / "typst" / MINE["typst"]
lines = (base / "aufsatz.typ").read_text(encoding="utf-8").split("\n")
got = []
for i, l in enumerate(lines, 1):
    if l.lstrip().startswith("//") or l.startswith("#set document"):
        continue
    for m in re.finditer(r"#cite\(<([\w-]+)>|(?<![\w.])@([A-Za-z][\w-]*)", l):
        c = m.group(1) or m.group(2)
        if c.startswith("tab-"):
            continue  # a cross reference to the table
        got.append([c, i])
ok(got == k["citations"], f"typst pairs {got} != {k['citations']}")
ok("<tab-distanz>" in "\n".join(lines) and "@tab-distanz" in "\n".join(lines), "typst cross reference present")
bib = (base / "quellen.bib").read_text(encoding="utf-8")
ents = {}
for m in re.finditer(r"^@(\w+)\{([\w-]+),\n(.*?)^\}", bib, flags=re.S | re.M):
    f = {x.group(1).lower(): x.group(2) for x in re.finditer(r"^\s*(\w+)\s*=\s*\{(.*)\},?\s*$", m.group(3), flags=re.M)}
    ents[m.group(2)] = (m.group(1).lower(), f)
cited = {c for c, _ in got}
ok(cited == set(ents) == set(k["notes"]), f"typst cited/entries/notes {cited ^ set(ents)}")


def tnorm(s):
    s = s.replace("--", "–").replace("\\&", "&")
    return re.sub(r"\s+", " ", s.replace("{", "").replace("}", "")).strip()


def fams(author):
    out = []
    for n in re.split(r"\s+and\s+", author):
        n = n.strip()
        out.append(n[1:-1] if n.startswith("{") else n.split(",")[0].strip())
    return out


for c, (typ, f) in ents.items():
    e = k["notes"][c]
    ok(tnorm(f["title"]) == e["title"], f"typst title {c}: {tnorm(f['title'])}")
    ok(str(e.get("year", "")) == f.get("year", ""), f"typst year {c}")
    ok(e.get("doi") == f.get("doi") and e.get("url") == f.get("url"), f"typst doi/url {c}")
    corporate = f["author"].startswith("{")
    ok(e.get("authors", []) == ([] if corporate else fams(f["author"])), f"typst authors {c}")
    kinds = {"article": "article", "book": "book", "software": "web", "dataset": "web", "online": "web",
             "phdthesis": "thesis", "inproceedings": "chapter"}
    ok(e["kind"] == kinds[typ], f"typst kind {c}")
apa = sorted(ents, key=lambda c: (fold(fams(ents[c][1]["author"])[0]), ents[c][1].get("year", "9999"), fold(tnorm(ents[c][1]["title"]))))
ok([k["notes"][c] for c in apa] == k["literature"], f"typst APA order {apa}")
ok(k["defects"] == [], "typst no defects")
ok('#bibliography("quellen.bib", title: "Literatur", style: "apa")' in lines, "typst bibliography call")

# ---- pandoc: @keys after the YAML header, inline notes ^n at the line where they open ----
k = key("pandoc")
base = ROOT / "pandoc" / MINE["pandoc"]
lines = (base / "literally.md").read_text(encoding="utf-8").split("\n")
yaml_end = lines.index("---", 1)
got, n = [], 0
for i, l in enumerate(lines, 1):
    if i <= yaml_end + 1:
        ok("@" not in l or i > yaml_end, f"pandoc @ in YAML line {i}")
        continue
    for m in re.finditer(r"\^\[|(?<![\w.])-?@([\w-]+)", l):
        if m.group(0) == "^[":
            n += 1
            got.append([f"^{n}", i])
        else:
            got.append([m.group(1), i])
ok(got == k["citations"], f"pandoc pairs {got} != {k['citations']}")
refs = {r["id"]: r for r in json.loads((base / "refs.json").read_text(encoding="utf-8"))}
cited = {c for c, _ in got if not c.startswith("^")}
ok(cited - set(refs) == {"nevalainen2008"}, f"pandoc keys without entry {cited - set(refs)}")
ok(set(refs) - cited == set(), f"pandoc uncited {set(refs) - cited}")
ok(set(k["notes"]) == set(refs), "pandoc notes are the refs")
nev = [ln for c, ln in got if c == "nevalainen2008"]
ok(k["defects"] == [{"kind": "missing-literature-entry", "line": nev[0]}] and len(nev) == 1, f"pandoc defect {k['defects']}")
csl_kind = {"software": "web", "book": "book", "dataset": "web", "article-journal": "article", "thesis": "thesis",
            "entry-dictionary": "chapter"}
for c, r in refs.items():
    e = k["notes"][c]
    ok(r["title"] == e["title"], f"pandoc title {c}")
    y = r.get("issued", {}).get("date-parts", [[None]])[0][0]
    ok(e.get("year") == y, f"pandoc year {c}")
    ok(e.get("doi") == r.get("DOI") and e.get("url") == r.get("URL"), f"pandoc doi/url {c}")
    persons = [a["family"] for a in r.get("author", []) if "family" in a]
    ok(e.get("authors", []) == persons, f"pandoc authors {c}")
    ok(e["kind"] == csl_kind[r["type"]], f"pandoc kind {c}")


def csl_sort(c):
    r = refs[c]
    a = r.get("author")
    who = (a[0].get("family") or a[0].get("literal")) if a else r["title"]
    return (fold(who), r.get("issued", {}).get("date-parts", [[0]])[0][0] or 0)


order = sorted(refs, key=csl_sort)
ok([k["notes"][c] for c in order] == k["literature"], f"pandoc order {order}")
ok(any(l.startswith("bibliography: refs.json") for l in lines[:yaml_end]), "pandoc YAML bibliography")

# ---- supmarkdown: numbers in <sup>…</sup>, ranges expanded; numbered Referencias ----
k = key("supmarkdown")
lines = (ROOT / "supmarkdown" / MINE["supmarkdown"] / "ceceo-huelva.md").read_text(encoding="utf-8").split("\n")
ref = lines.index("## Referencias")
got = []
for i, l in enumerate(lines[:ref], 1):
    for m in re.finditer(r"<sup>([^<]+)</sup>", l):
        for part in m.group(1).split(","):
            if re.fullmatch(r"\d+[–-]\d+", part.strip()):
                a, b = map(int, re.split(r"[–-]", part.strip()))
                got += [[str(x), i] for x in range(a, b + 1)]
            else:
                got.append([part.strip(), i])
ok(got == k["citations"], f"supmarkdown pairs {got} != {k['citations']}")
first = []
for c, _ in got:
    if c not in first:
        first.append(c)
ok(first == [str(i) for i in range(1, 18)], f"supmarkdown first-citation order {first}")
items = [(i, l) for i, l in enumerate(lines, 1) if i > ref and re.match(r"^\d+\. ", l)]
ok(len(items) == 18 == len(k["literature"]), "supmarkdown 18 entries")
for (i, l), e in zip(items, k["literature"]):
    num = int(l.split(".")[0])
    ok(num == e["number"], f"supmarkdown number {num}")
    txt = l.replace("*", "")
    ok(e["title"] in txt, f"supmarkdown title {num}")
    for a in e.get("authors", []):
        ok(a + "," in txt, f"supmarkdown author {a}")
    ok(f"({e['year']}" in txt, f"supmarkdown year {num}")
    if e.get("doi"):
        ok("https://doi.org/" + e["doi"] in txt, f"supmarkdown doi {num}")
    if e.get("url"):
        ok(e["url"] in txt, f"supmarkdown url {num}")
    if num <= 17:
        ok(k["notes"][str(num)] == {x: y for x, y in e.items() if x != "number"}, f"supmarkdown note {num}")
ok("18" not in k["notes"] and "18" not in first, "supmarkdown 18 uncited")
ok(k["defects"] == [{"kind": "uncited-literature-entry", "line": items[17][0]}], f"supmarkdown defect {k['defects']}")

# ---- asciidoc: <<key>> / <<key,…>> of bibliography anchors, footnote:[ numbered; list order ----
k = key("asciidoc")
lines = (ROOT / "asciidoc" / MINE["asciidoc"] / "kaweyo-corpus-guide.adoc").read_text(encoding="utf-8").split("\n")
bibl = lines.index("[bibliography]")
ids = [(i, re.match(r"^\* \[\[\[([\w-]+)\]\]\]", l).group(1), l) for i, l in enumerate(lines, 1)
       if i > bibl and l.startswith("* [[[")]
anchors = {a for _, a, _ in ids}
got, n = [], 0
for i, l in enumerate(lines[:bibl], 1):
    for m in re.finditer(r"footnote:\[|<<([\w-]+)(?:,[^>]*)?>>", l):
        if m.group(0) == "footnote:[":
            n += 1
            got.append([str(n), i])
        elif m.group(1) in anchors:
            got.append([m.group(1), i])
        else:
            ok(m.group(1).startswith("sec-"), f"asciidoc unknown xref {m.group(1)}")
ok(sorted(got, key=lambda x: x[1]) == sorted(k["citations"], key=lambda x: x[1]) and len(got) == len(k["citations"]),
   f"asciidoc pairs {got} != {k['citations']}")
ok({c for c, _ in got if not c.isdigit()} == anchors == set(k["notes"]), "asciidoc every entry cited")
ok([a for _, a, _ in ids] == list(k["notes"]), "asciidoc list order")
ok([k["notes"][a] for _, a, _ in ids] == k["literature"], "asciidoc literature")
heads = [fold(re.split(r"[,.( ]", re.sub(r"^\* \[\[\[[\w-]+\]\]\] ", "", l))[0]) for _, _, l in ids]
ok(heads == sorted(heads), f"asciidoc alphabetical {heads}")
for _, a, l in ids:
    e = k["notes"][a]
    txt = l.replace("_", "")
    ok(e["title"] in txt, f"asciidoc title {a}")
    for au in e.get("authors", []):
        ok(au in txt, f"asciidoc author {au}")
    ok(str(e["year"]) in txt, f"asciidoc year {a}")
    if e.get("doi"):
        ok("https://doi.org/" + e["doi"] in txt, f"asciidoc doi {a}")
    if e.get("url"):
        ok(e["url"] in txt, f"asciidoc url {a}")
ok(k["defects"] == [], "asciidoc no defects")

# ---- markdown-links: body links ](http…) by the position of the Bronnen entry holding the address ----
k = key("markdown-links")
lines = (ROOT / "markdown-links" / MINE["markdown-links"] / "woordenboek-online.md").read_text(encoding="utf-8").split("\n")
src = lines.index("## Bronnen")
entries = [(i, l) for i, l in enumerate(lines, 1) if i > src and l.startswith("- ")]
addr = [re.search(r"<(https?://[^>]+)>", l).group(1) for _, l in entries]
ok(len(entries) == 14 == len(k["literature"]), "markdown-links 14 entries")
got = []
for i, l in enumerate(lines[:src], 1):
    for m in re.finditer(r"\]\((https?://[^)\s]+)\)", l):
        ok(m.group(1) in addr, f"markdown-links body link not in Bronnen {m.group(1)}")
        if m.group(1) in addr:
            got.append([str(addr.index(m.group(1)) + 1, ), i])
ok(got == k["citations"], f"markdown-links pairs {got} != {k['citations']}")
ok({c for c, _ in got} == {str(i) for i in range(1, 15)}, "markdown-links every entry cited")
ok(all("](http" not in l for l in lines[src:]), "markdown-links no links in the list or footer")
for (i, l), e, a in zip(entries, k["literature"], addr):
    txt = l.replace("*", "")
    ok(e["title"] in txt, f"markdown-links title {e['title'][:30]}")
    for au in e.get("authors", []):
        ok(au in txt, f"markdown-links author {au}")
    if "year" in e:
        ok(f"({e['year']}" in txt, f"markdown-links year {e['year']}")
    else:
        ok("geraadpleegd" in txt and not re.search(r"\(\d{4}", txt), f"markdown-links no year {e['title']}")
    if doi_of(a):
        ok(e.get("doi") == doi_of(a) and "url" not in e, f"markdown-links doi {a}")
    else:
        ok(e.get("url") == a and "doi" not in e, f"markdown-links url {a}")
ok(k["notes"] == {str(i + 1): e for i, e in enumerate(k["literature"])}, "markdown-links notes by position")
ok(k["defects"] == [], "markdown-links no defects")

print("\n".join(bad) if bad else "all checks passed")
sys.exit(1 if bad else 0)
