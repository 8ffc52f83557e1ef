"""Checks heldout57 half A's built documents against their keys (the writer's own script).

    python3 tests/heldout57/_src/_meta/check_a.py
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
bad = []
MINE = {"latex": "hintereisferner-de", "html": "caudal-ecologico-es", "plaintext": "myrjord-karbon-no",
        "org": "loss-damage-org", "bibtex": "natura2000-bibliotheek"}


def key(fmt):
    return json.loads((ROOT / fmt / f"{MINE[fmt]}.key.json").read_text(encoding="utf-8"))


def ok(cond, msg):
    if not cond:
        bad.append(msg)


def norm(s):
    """TeX/BibTeX title or HTML text to plain comparable text."""
    s = s.replace("{\\\"a}", "ä").replace("{\\\"o}", "ö").replace("{\\\"u}", "ü").replace("{\\\"O}", "Ö")
    s = s.replace("---", "—").replace("--", "–").replace("\\&", "&").replace("~", " ")
    s = s.replace("{", "").replace("}", "").replace("&amp;", "&")
    return re.sub(r"\s+", " ", s).strip()


def bib_entries(path):
    """(type, key, fields, first line) of each entry of a .bib, @String/@Comment left out."""
    text = path.read_text(encoding="utf-8")
    out = []
    for m in re.finditer(r"^@(\w+)\{([^,\n]+),\n(.*?)^\}", text, flags=re.S | re.M):
        if m.group(1).lower() in ("string", "comment", "preamble"):
            continue
        fields = {}
        for f in re.finditer(r"^\s*(\w+)\s*=\s*(\{.*\}|\w+),?\s*$", m.group(3), flags=re.M):
            v = f.group(2)
            fields[f.group(1).lower()] = v[1:-1] if v.startswith("{") else v
        line = text[: m.start()].count("\n") + 1
        out.append((m.group(1).lower(), m.group(2), fields, line))
    return out


def family(name):
    name = name.strip()
    if name.startswith("{") and name.endswith("}"):
        return name[1:-1]
    return name.split(",")[0].strip() if "," in name else name.split()[-1]


# no annotation left in any built file of this half
for fmt, name in MINE.items():
    for p in list((ROOT / fmt / name).rglob("*")) + [ROOT / fmt / f"{name}.key.json"]:
        if p.is_file() and not p.name.endswith(".key.json"):
            ok("⟦" not in p.read_text(encoding="utf-8"), f"annotation left in {p}")
        ok(p.exists(), f"missing {p}")

# ---- latex: every \cite*{…} key at its line (main.tex, then abschnitte/methoden.tex) ----
k = key("latex")
base = ROOT / "latex" / MINE["latex"]
got = []
for f in ("main.tex", "abschnitte/methoden.tex"):
    for i, l in enumerate((base / f).read_text(encoding="utf-8").split("\n"), 1):
        for m in re.finditer(r"\\cite[a-z]*\*?(?:\[[^\]]*\])*\{([^}]+)\}", l):
            got += [[c.strip(), i] for c in m.group(1).split(",")]
ok(got == k["citations"], f"latex pairs {got} != {k['citations']}")
ents = {e[1]: e for e in bib_entries(base / "literatur.bib")}
cited = [c for c, _ in got]
ok(set(cited) - set(ents) == {"kuhn1981"}, f"latex keys without entry {set(cited) - set(ents)}")
ok(set(ents) - set(cited) == {"paul2004"}, f"latex uncited {set(ents) - set(cited)}")
ok(set(k["notes"]) == set(cited) - {"kuhn1981"}, "latex notes are the cited entries")
ok(k["defects"] == [{"kind": "missing-literature-entry", "line": 45}] and "kuhn1981" in (base / "main.tex").read_text().split("\n")[44], "latex defect")


def sortify(s):
    s = unicodedata.normalize("NFKD", norm(s)).encode("ascii", "ignore").decode()
    s = s.replace("-", " ")
    return re.sub(r"[^a-z0-9 ]", "", s.lower())


def plainnat_label(f):
    names = [n.strip() for n in re.split(r"\s+and\s+", f["author"])]
    fam = [family(n) for n in names]
    if len(fam) > 2 or (len(fam) == 2 and fam[1] == "others"):
        short = fam[0] + " et al."
    elif len(fam) == 2:
        short = fam[0] + " and " + fam[1]
    else:
        short = fam[0]
    return sortify(short + "(" + f.get("year", ""))


order = sorted(set(cited) - {"kuhn1981"}, key=lambda c: plainnat_label(ents[c][2]))
ok([k["notes"][c] for c in order] == k["literature"], f"latex literature order {order}")
for c in order:
    f = ents[c][2]
    e = k["notes"][c]
    ok(norm(f["title"]) == e["title"], f"latex title {c}: {norm(f['title'])} != {e['title']}")
    ok(str(e.get("year", "")) == f.get("year", ""), f"latex year {c}")
    ok(e.get("doi") == f.get("doi"), f"latex doi {c}")
    if e.get("authors"):
        fams = [norm(family(n)) for n in re.split(r"\s+and\s+", f["author"]) if n.strip() != "others"]
        fams = [x.replace("\\'a", "á").replace("\\'i", "í") for x in fams]
        ok(fams == e["authors"], f"latex authors {c}: {fams}")
    else:
        ok(f["author"].startswith("{"), f"latex corporate {c}")

# ---- html: [n] inside <a class="cita">, ranges expanded, list ids ----
k = key("html")
lines = (ROOT / "html" / MINE["html"] / "caudal-ecologico.html").read_text(encoding="utf-8").split("\n")
got = []
for i, l in enumerate(lines, 1):
    for m in re.finditer(r'<a class="cita" href="#ref-(\d+)">\[([^\]]+)\]</a>', l):
        nums = []
        for part in m.group(2).split(","):
            part = part.strip()
            if re.fullmatch(r"\d+[–-]\d+", part):
                a, b = map(int, re.split(r"[–-]", part))
                nums += list(range(a, b + 1))
            elif part.isdigit():
                nums.append(int(part))
        ok(nums[0] == int(m.group(1)), f"html href {m.group(0)}")
        got += [[str(n), i] for n in nums]
ok(got == k["citations"], f"html pairs {got} != {k['citations']}")
first = []
for n, _ in got:
    if n not in first:
        first.append(n)
ok(first == [str(i) for i in range(1, 20)], f"html first-citation order {first}")
lis = [(i, l) for i, l in enumerate(lines, 1) if re.search(r'<li id="ref-\d+">', l)]
ok(len(lis) == 19 == len(k["literature"]), "html list 19")
for (i, l), e in zip(lis, k["literature"]):
    n = int(re.search(r'id="ref-(\d+)"', l).group(1))
    ok(n == e["number"], f"html number {n}")
    txt = re.sub(r"<[^>]+>", "", l).replace("&amp;", "&")
    ok(e["title"] in txt, f"html title {e['title'][:40]}")
    for a in e.get("authors", []):
        ok(a in txt, f"html author {a}")
    ok(str(e.get("year", "")) in txt, f"html year {n}")
    for fld in ("doi", "url"):
        if e.get(fld):
            ok(e[fld] in l, f"html {fld} {n}")
    ok(k["notes"][str(n)] == {x: y for x, y in e.items() if x != "number"}, f"html note {n}")
ok("<a href=\"http" not in "\n".join(lines[: lis[0][0] - 1]).split("<footer")[0], "html no body links")

# ---- plaintext: author-date citations by position; alphabetical list ----
k = key("plaintext")
lines = (ROOT / "plaintext" / MINE["plaintext"] / "myr-notat.txt").read_text(encoding="utf-8").split("\n")
ref = lines.index("REFERANSER")
end = lines.index("--")
starts = [i for i in range(ref + 1, end) if re.match(r"^[A-ZÆØÅ]", lines[i])]
heads = [re.match(r"^([^,.]+)", lines[i]).group(1) for i in starts]
ok(len(starts) == 15 == len(k["literature"]), f"plaintext entries {len(starts)}")
ok(heads == sorted(heads, key=str.lower), f"plaintext list order {heads}")
for i, e in zip(starts, k["literature"]):
    block = lines[i]
    j = i + 1
    while j < len(lines) and lines[j].startswith("    "):
        block += " " + lines[j].strip()
        j += 1
    if e.get("authors"):
        ok(block.startswith(e["authors"][0]), f"plaintext entry {block[:30]}")
    ok(str(e.get("year", "u.å.")) in block, f"plaintext year {block[:30]}")
    t = e["title"]
    ok(t.lower() in block.lower(), f"plaintext title {t[:40]} / {block[:80]}")
    for fld in ("doi", "url"):
        if e.get(fld):
            ok(e[fld] in block, f"plaintext {fld} {block[:30]}")
body = "\n".join(lines[:ref])
pat = []
for n, (h, e) in enumerate(zip(heads, k["literature"]), 1):
    y = str(e.get("year", "u.å."))
    pat.append((n, re.compile(r"(?i)\b" + re.escape(h) + r"(?:\s+(?:mfl\.|(?:&|og)\s+\w+))?,?\s+\(?" + re.escape(y))))
found = []
for n, p in pat:
    for m in p.finditer(body):
        found.append([str(n), body[: m.start()].count("\n") + 1])
found.sort(key=lambda x: (x[1], body.split("\n")[x[1] - 1].find(heads[int(x[0]) - 1])))
ok(sorted(found, key=lambda x: x[1]) == sorted(k["citations"], key=lambda x: x[1]), f"plaintext pairs {found} != {k['citations']}")
ok({c for c, _ in k["citations"]} == {str(i) for i in range(1, 16)} - {"12"}, "plaintext cited all but 12")
ok(set(k["notes"]) == {str(i) for i in range(1, 16)} - {"12"}, "plaintext notes")
ok(k["defects"] == [{"kind": "uncited-literature-entry", "line": starts[11] + 1}], f"plaintext defect {k['defects']}")

# ---- org: @keys inside [cite…:…] outside :noexport:, Chicago author-date order ----
k = key("org")
base = ROOT / "org" / MINE["org"]
lines = (base / "frld-contributions.org").read_text(encoding="utf-8").split("\n")
got, skip = [], False
for i, l in enumerate(lines, 1):
    if l.startswith("* "):
        skip = ":noexport:" in l
    if skip:
        continue
    for m in re.finditer(r"\[cite[^:\]]*:([^\]]*)\]", l):
        got += [[c, i] for c in re.findall(r"@([\w-]+)", m.group(1))]
ok(got == k["citations"], f"org pairs {got} != {k['citations']}")
ents = {e[1]: e for e in bib_entries(base / "frld.bib")}
ok({c for c, _ in got} == set(ents) == set(k["notes"]), "org every entry cited, all in .bib")


def chicago(c):
    f = ents[c][2]
    who = f.get("author") or f.get("editor")
    return (sortify(family(re.split(r"\s+and\s+", who)[0])), f.get("year", ""))


order = sorted(ents, key=chicago)
ok([k["notes"][c] for c in order] == k["literature"], f"org literature order {order}")
for c, (_, _, f, _) in ents.items():
    e = k["notes"][c]
    ok(norm(f["title"]).replace("\\'", "'") == e["title"], f"org title {c}: {norm(f['title'])}")
    ok(str(e.get("year", "")) == f.get("year", ""), f"org year {c}")
    ok(e.get("doi") == f.get("doi") and e.get("url") == f.get("url"), f"org doi/url {c}")
    if e.get("authors"):
        fams = [family(n) for n in re.split(r"\s+and\s+", f["author"]) if n.strip() != "others"]
        ok(fams == e["authors"], f"org authors {c}: {fams}")

# ---- bibtex: every entry in file order; the defect's line ----
k = key("bibtex")
path = ROOT / "bibtex" / MINE["bibtex"] / "natuurrecht.bib"
ents = bib_entries(path)
ok(len(ents) == len(k["literature"]) == 21, f"bibtex entries {len(ents)}")
ok(k["citations"] == [] and "notes" not in k, "bibtex no pairs, no notes")
for (typ, c, f, _), e in zip(ents, k["literature"]):
    t = norm(f["title"]) + (": " + norm(f["subtitle"]) if "subtitle" in f else "")
    ok(t == e["title"], f"bibtex title {c}: {t}")
    y = (f.get("date") or f.get("year") or "")[:4]
    if "crossref" in f:
        y = dict((x[1], x[2]) for x in ents)[f["crossref"]]["date"][:4]
    ok(str(e.get("year", "")) == y, f"bibtex year {c}")
    ok(e.get("url") == f.get("url"), f"bibtex url {c}")
    if c != "trouwborst2011":
        ok(e.get("doi") == f.get("doi"), f"bibtex doi {c}")
    if e.get("authors"):
        ok([family(n) if "," in n else n for n in re.split(r"\s+and\s+", f["author"])] == e["authors"], f"bibtex authors {c}")
    else:
        ok(not f.get("author") or f["author"].startswith("{"), f"bibtex corporate {c}")
bl = path.read_text(encoding="utf-8").split("\n")
d = k["defects"]
ok(len(d) == 1 and d[0]["kind"] == "malformed-field" and "doi" in bl[d[0]["line"] - 1]
   and "/" not in bl[d[0]["line"] - 1], f"bibtex defect {d}")
ok("doi" not in k["literature"][7], "bibtex malformed DOI not keyed")

print("\n".join(bad) if bad else "all checks passed")
sys.exit(1 if bad else 0)
