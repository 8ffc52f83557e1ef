"""Checks every keyed line of heldout67 half B on the built files (the writer's own script).
    python3 tests/heldout67/_src/_meta/check_b.py        (from the repository root)
Exits 1 and prints each problem if anything disagrees.  Conventions: ../../HALF_B.md."""
import hashlib, json, re, subprocess, sys, unicodedata, zipfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]          # tests/heldout67
REPO = ROOT.parents[1]
SRC = ROOT / "_src"
PROBLEMS = []
MARK = re.compile(r"⟦([^⟧]*)⟧")


def bad(doc, msg):
    PROBLEMS.append(f"{doc}: {msg}")


def key(fmt, name):
    return json.loads((ROOT / fmt / f"{name}.key.json").read_text(encoding="utf-8"))


def sq(s):
    """Squashed text: NFC, case folded, no whitespace, hyphens, dashes or soft breaks."""
    s = unicodedata.normalize("NFC", s).casefold()
    return re.sub(r"[\s\-‐–—\u00ad]", "", s)


def holds(doc, where, text, entry, authors=True):
    t = sq(text)
    for f in ("title", "doi", "url"):
        if f in entry and sq(entry[f]) not in t:
            bad(doc, f"{where}: {f} {entry[f]!r} not in {text[:90]!r}")
    if "year" in entry and str(entry["year"]) not in text:
        bad(doc, f"{where}: year {entry['year']} not in {text[:90]!r}")
    if authors:
        for a in entry.get("authors", []):
            if sq(a) not in t:
                bad(doc, f"{where}: author {a!r} not in {text[:90]!r}")
    if "doi" not in entry and re.search(r"\b10\.\d{4,5}/", text):
        bad(doc, f"{where}: a DOI is printed but none keyed")


def pairs_from_source(path):
    out = []
    for i, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
        for m in MARK.finditer(line):
            out += [(x.strip(), i) for x in m.group(1).split("|") if not x.strip().startswith("!")]
    return out


def same_text(doc, src, built):
    s = MARK.sub("", src.read_text(encoding="utf-8"))
    b = built.read_text(encoding="utf-8")
    if s != b:
        bad(doc, f"{built.name} is not its source without the annotations")
    if "⟦" in b or "⟧" in b:
        bad(doc, f"annotation left in {built.name}")


# ---------------------------------------------------------------- rmarkdown
def rmarkdown():
    doc, name = "rmarkdown/wasp12-ttv-en", "wasp12-ttv-en"
    k = key("rmarkdown", name)
    src = SRC / "rmarkdown" / name / "wasp12-ttv.Rmd"
    built = ROOT / "rmarkdown" / name / "wasp12-ttv.Rmd"
    same_text(doc, src, built)
    lines = built.read_text(encoding="utf-8").split("\n")
    if "csl: american-astronomical-society.csl" not in lines or "bibliography: references.bib" not in lines:
        bad(doc, "YAML does not name the csl or the bib")
    found, in_yaml, in_chunk = [], False, False
    for i, line in enumerate(lines, 1):
        if i == 1 and line == "---":
            in_yaml = True
            continue
        if in_yaml:
            in_yaml = line != "---"
            continue
        if line.startswith("```"):
            in_chunk = not in_chunk
            continue
        if in_chunk:
            continue
        for m in re.finditer(r"(?<![\w\\])-?@([A-Za-z][\w:-]*\w)", line):
            found.append([m.group(1), i])
    if found != k["citations"]:
        bad(doc, f"pairs {found} != key {k['citations']}")
    bib = (ROOT / "rmarkdown" / name / "references.bib").read_text(encoding="utf-8")
    entries = {}
    for m in re.finditer(r"@(\w+)\{([^,]+),\n(.*?)\n\}", bib, re.S):
        fields = dict(re.findall(r"^\s*(\w+)\s*=\s*\{(.*)\},?\s*$", m.group(3), re.M))
        entries[m.group(2)] = (m.group(1).lower(), fields)
    cited = {c for c, _ in found}
    missing = sorted(cited - set(entries))
    if missing != ["baluev2019"]:
        bad(doc, f"cited keys without entry: {missing}")
    if set(entries) - cited:
        bad(doc, f"uncited entries: {sorted(set(entries) - cited)}")
    dl = [(d["kind"], d["line"]) for d in k["defects"]]
    bl = [ln for c, ln in found if c == "baluev2019"]
    if dl != [("missing-literature-entry", bl[0])] or len(bl) != 1:
        bad(doc, f"defects {dl} (baluev2019 at {bl})")
    kinds = {"article": "article", "inproceedings": "chapter", "software": "web", "dataset": "web",
             "online": "web", "phdthesis": "thesis", "book": "book", "techreport": "report"}
    if list(k["notes"]) != list(entries):
        bad(doc, "notes are not the .bib entries in the .bib's order")
    for ck, (typ, f) in entries.items():
        e = k["notes"].get(ck)
        if e is None:
            continue
        title = re.sub(r"[{}]", "", f["title"]).replace("--", "–").replace("\\&", "&")
        if e["title"] != title:
            bad(doc, f"{ck}: title {e['title']!r} != {title!r}")
        if str(e.get("year", "")) != f.get("year", ""):
            bad(doc, f"{ck}: year {e.get('year')} != {f.get('year')}")
        for fld in ("doi", "url"):
            if e.get(fld) != f.get(fld):
                bad(doc, f"{ck}: {fld} {e.get(fld)} != {f.get(fld)}")
        if e["kind"] != kinds[typ]:
            bad(doc, f"{ck}: kind {e['kind']} for @{typ}")
        # a braced group beside named persons is an author, by its last word (round 80's key
        # correction, as heldout52's and heldout19's); a group alone is not keyed
        names = [a.strip() for a in f["author"].split(" and ") if a.strip() != "others"]
        persons = [a for a in names if not a.startswith("{")]
        fam = []
        for a in names if persons else []:
            if a.startswith("{"):
                fam.append(a.strip("{} ").split()[-1])
                continue
            fam.append(a.split(",")[0].replace("{\\'a}", "á"))
        if e.get("authors", []) != fam:
            bad(doc, f"{ck}: authors {e.get('authors')} != {fam}")
    # AAS list order: first author's family name or the corporate name, then year, then title
    def sortkey(ck):
        typ, f = entries[ck]
        first = f["author"].split(" and ")[0].strip("{} ")
        return (sq(first.split(",")[0]), f.get("year", "9999"), sq(f["title"]))
    order = sorted(entries, key=sortkey)
    lit = k["literature"]
    want = [k["notes"][c] for c in order]
    if lit != want:
        bad(doc, f"literature order: key {[e['title'][:20] for e in lit]} != {[c for c in order]}")


# ---------------------------------------------------------------- docx
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def ptext(p):
    return "".join(t.text or "" for t in p.iter(W + "t"))


def check_notes(doc, notes, texts, first_word):
    """Full notes hold their key's fields; Ibid. the previous note's work; op. cit. the first full
    note of the name it starts with."""
    full = {}
    for n, text in texts.items():
        e = notes[n]
        low = text.strip().casefold()
        if low.startswith(("ibid", "там же")):
            if e != notes[str(int(n) - 1)]:
                bad(doc, f"note {n}: Ibid. keyed as another work than note {int(n) - 1}")
            continue
        if re.search(r"op\. cit\.|art\. cité|указ\. соч\.", low):
            head = sq(re.split(r"[ ,]", text.strip())[0])
            firsts = [m for m, t in full.items() if head in sq(t)[:40]]
            if not firsts or notes[firsts[0]] != e:
                bad(doc, f"note {n}: op. cit. keyed as {e['title'][:30]!r}, first note of {head!r} is {firsts[:1]}")
            continue
        holds(doc, f"note {n}", text, e)
        if e.get("authors") and not sq(text).startswith(sq(first_word(e))):
            bad(doc, f"note {n} does not start with {first_word(e)!r}")
        full[n] = text


def docx():
    doc, name = "docx/carte-du-ciel-fr", "carte-du-ciel-fr"
    k = key("docx", name)
    z = zipfile.ZipFile(ROOT / "docx" / f"{name}.docx")
    for part in z.namelist():
        if "⟦" in z.read(part).decode("utf-8", "replace"):
            bad(doc, f"annotation left in {part}")
    body = ET.fromstring(z.read("word/document.xml")).find(W + "body")
    paras = list(body.iter(W + "p"))
    pairs, bibl = [], []
    for i, p in enumerate(paras, 1):
        for r in p.iter(W + "footnoteReference"):
            pairs.append([str(len(pairs) + 1), i])
        st = p.find(f"{W}pPr/{W}pStyle")
        if st is not None and st.get(W + "val") == "Bibliography":
            bibl.append(ptext(p))
    if pairs != k["citations"]:
        bad(doc, f"pairs {pairs} != key {k['citations']}")
    fn = ET.fromstring(z.read("word/footnotes.xml"))
    texts = {}
    for f in fn.findall(W + "footnote"):
        if int(f.get(W + "id")) >= 1:
            texts[str(len(texts) + 1)] = " ".join(ptext(p) for p in f.iter(W + "p"))
    if list(texts) != list(k["notes"]):
        bad(doc, "notes numbered otherwise")
    first = lambda e: e["authors"][0].split()[0] if False else _given_first(e)
    check_notes(doc, k["notes"], texts, first)
    check_list(doc, k, bibl)
    # groups alphabetical: split at Heading 2 under "Bibliographie"
    groups, cur, started = [], None, False
    for p in paras:
        st = p.find(f"{W}pPr/{W}pStyle")
        s = st.get(W + "val") if st is not None else ""
        if s == "Heading1" and ptext(p) == "Bibliographie":
            started = True
        elif started and s == "Heading2":
            cur = []
            groups.append(cur)
        elif started and s == "Bibliography":
            cur.append(sq(ptext(p)))
    for g in groups:
        if g != sorted(g):
            bad(doc, f"a Bibliographie group is not alphabetical: {[x[:12] for x in g]}")


GIVEN_FIRST = {}


def _given_first(e):
    return GIVEN_FIRST.get(e["authors"][0], "")


def check_list(doc, k, paras):
    lit = k["literature"]
    if len(paras) != len(lit):
        bad(doc, f"{len(paras)} list entries, {len(lit)} keyed")
    for i, (t, e) in enumerate(zip(paras, lit), 1):
        holds(doc, f"entry {i}", t, e)
        if e.get("authors") and not sq(t).startswith(sq(e["authors"][0])):
            bad(doc, f"entry {i} does not start with {e['authors'][0]!r}")
    works = [json.dumps(e, sort_keys=True) for e in lit]
    for n, e in k["notes"].items():
        same = [w for w in lit if w["title"] == e["title"]]
        if not same:
            bad(doc, f"note {n}'s work is not in the list")


# ---------------------------------------------------------------- odt
O = {"text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
     "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0"}
T = "{%s}" % O["text"]


def otext(el, skip_notes=True):
    out = [el.text or ""]
    for c in el:
        if skip_notes and c.tag == T + "note":
            pass
        elif c.tag == T + "s":
            out.append(" ")
        else:
            out.append(otext(c, skip_notes))
        out.append(c.tail or "")
    return "".join(out)


def odt():
    doc, name = "odt/luna-programma-ru", "luna-programma-ru"
    k = key("odt", name)
    z = zipfile.ZipFile(ROOT / "odt" / f"{name}.odt")
    for part in z.namelist():
        if "⟦" in z.read(part).decode("utf-8", "replace"):
            bad(doc, f"annotation left in {part}")
    root = ET.fromstring(z.read("content.xml"))
    text_el = root.find("office:body/office:text", O)
    paras = [p for p in text_el.iter() if p.tag in (T + "p", T + "h")]
    inner = set()
    for n in text_el.iter(T + "note"):
        inner.update(id(p) for p in n.iter(T + "p"))
    paras = [p for p in paras if id(p) not in inner]
    pairs, texts = [], {}
    for i, p in enumerate(paras, 1):
        for n in p.iter(T + "note"):
            lab = n.find(T + "note-citation").text
            pairs.append([lab, i])
            texts[lab] = " ".join(otext(q) for q in n.find(T + "note-body").iter(T + "p"))
    if pairs != k["citations"] or [p[0] for p in pairs] != [str(i) for i in range(1, 21)]:
        bad(doc, f"pairs {pairs} != key {k['citations']}")
    check_notes(doc, k["notes"], texts, lambda e: e["authors"][0])
    heads = [i for i, p in enumerate(paras) if p.tag == T + "h" and otext(p) == "Список литературы"]
    items = [otext(p) for p in paras[heads[0] + 1:]] if heads else []
    check_list(doc, k, items)
    wk = lambda t: unicodedata.normalize("NFC", t).casefold().replace("ё", "е").replace("-", " ")
    cyr = [wk(t) for t in items if re.match(r"[А-Яа-яЁё]", t)]
    lat = [wk(t) for t in items if re.match(r"[A-Za-z]", t)]
    if cyr != sorted(cyr) or lat != sorted(lat) or [wk(t) for t in items] != cyr + lat:
        bad(doc, "Список литературы is not Cyrillic-alphabetical then Latin-alphabetical")


# ---------------------------------------------------------------- pdftext
def pdftext():
    doc, name = "pdftext/srt-sole-it", "srt-sole-it"
    k = key("pdftext", name)
    src = SRC / "pdftext" / name / "srt-sole.txt"
    built = ROOT / "pdftext" / name / "srt-sole.txt"
    same_text(doc, src, built)
    lines = built.read_text(encoding="utf-8").split("\n")
    start = lines.index("Bibliografia")
    entries = []
    for line in lines[start + 1:]:
        line = line.replace("\f", "")
        if not line.strip() or re.match(r"^\S.*\s{10,}\d+$", line):
            continue
        if line.startswith("  "):
            prev = entries[-1]
            joiner = "" if prev.endswith(("/", "-")) else " "
            entries[-1] = (prev[:-1] if prev.endswith("-") and not prev.endswith("/") else prev) + joiner + line.strip()
        else:
            entries.append(line)
    lit = k["literature"]
    if len(entries) != len(lit):
        bad(doc, f"{len(entries)} entries, {len(lit)} keyed")
    for i, (t, e) in enumerate(zip(entries, lit), 1):
        holds(doc, f"entry {i}", t, e)
        if k["notes"][str(i)] != e:
            bad(doc, f"note {i} is not entry {i}")
        if e.get("url") and e["url"] not in t:
            bad(doc, f"entry {i}: url not rejoined as keyed")
    heads = [sq(re.split(r"\s\d{4}|\ss\.d\.|,", t)[0]) for t in entries]
    if heads != sorted(heads):
        bad(doc, f"Bibliografia not alphabetical: {heads}")
    # citation forms in the body: (name, year) per entry, written out
    forms = {1: ("Bolli", "2015"), 2: ("Decreto legislativo 4 giugno", "2003"), 3: ("Dulk", "1985"),
             4: ("INAF-OAC s.d.", ""), 5: ("Murgia-Esposito", "2022"), 6: ("Nindos", "2020"),
             7: ("Pellizzoni", "2022"), 8: ("Pesnell", "2012"), 9: ("Prandoni", "2017"),
             10: ("Sanna-Ferraris", "2023"), 11: ("Scherrer", "2012"), 12: ("Selhorst", "2005"),
             13: ("Shibasaki", "2011"), 14: ("SunPy Community", "2020"), 15: ("Tolu-Bachis", "2021"),
             16: ("White", "1997")}
    found = []
    for i, line in enumerate(lines[:start], 1):
        if re.match(r"^\S.*\s{10,}\d+$", line.replace("\f", "")) or re.match(r"^\f?\d+\s{10,}", line) or i <= 2:
            continue
        hits = []
        for n, (nm, yr) in forms.items():
            for m in re.finditer(re.escape(nm), line):
                rest = line[m.end():] + " " + (lines[i] if i < len(lines) else "")
                if yr and yr not in rest[:40]:
                    continue
                hits.append((m.start(), n))
        found += [[str(n), i] for _, n in sorted(hits)]
    want = [c for c in k["citations"]]
    if sorted(map(tuple, found)) != sorted(map(tuple, want)):
        bad(doc, f"pairs {found} != key {want}")
    if {int(c[0]) for c in want} != set(range(1, len(lit) + 1)):
        bad(doc, "not every entry cited")
    # every year closing a citation-like group in the body is one keyed citation's year
    intro = lines.index("1. Introduzione")
    for i, line in enumerate(lines[:start], 1):
        if i <= intro or re.match(r"^\f?\d+\s{10,}", line):
            continue
        for m in re.finditer(r"\b(19|20)\d\d\b(?=[;:),])", line):
            ok = any(int(c[1]) in (i, i - 1) and forms[int(c[0])][1] == m.group(0) for c in want)
            if not ok and i > 2:
                bad(doc, f"line {i}: year {m.group(0)} closes a citation-like group and is keyed to none")
    if k["defects"]:
        bad(doc, "defects keyed in a clean document")


# ---------------------------------------------------------------- mediawiki
def mediawiki():
    doc, name = "mediawiki/sao-choi-vi", "sao-choi-vi"
    k = key("mediawiki", name)
    src = SRC / "mediawiki" / name / "sao-choi-halley.wiki"
    built = ROOT / "mediawiki" / name / "sao-choi-halley.wiki"
    same_text(doc, src, built)
    lines = built.read_text(encoding="utf-8").split("\n")
    stop = lines.index("== Chú thích ==")
    tok = re.compile(r'<ref name="([^"]+)"\s*/>|<ref(?: name="([^"]+)")?>(.*?)</ref>|\{\{sfn\|([^}]*)\}\}')
    num, bodies, pairs = {}, {}, []
    for i, line in enumerate(lines[:stop], 1):
        for m in tok.finditer(line):
            if m.group(1):
                ident = ("name", m.group(1))
            elif m.group(4) is not None:
                ident = ("sfn", m.group(4))
            else:
                ident = ("name", m.group(2)) if m.group(2) else ("anon", m.start(), i)
            if ident not in num:
                num[ident] = str(len(num) + 1)
                bodies[num[ident]] = m.group(3) if m.group(3) is not None else m.group(4)
            pairs.append([num[ident], i])
    if pairs != k["citations"]:
        bad(doc, f"pairs {pairs} != key {k['citations']}")
    harv = [l for l in lines[stop:] if "ref=harv" in l]
    def field(t, f):
        m = re.search(r"\|\s*%s\s*=\s*([^|}]*)" % f, t)
        return m.group(1).strip() if m else None
    for n, body in bodies.items():
        e = k["notes"][n]
        if body.startswith("{{"):
            t = body
        else:  # sfn: resolve by author(s) and year to exactly one Thư mục entry
            parts = [p for p in body.split("|") if "=" not in p]
            names, yr = parts[:-1], parts[-1]
            hits = [h for h in harv if field(h, "year") == yr and all(
                nm in (field(h, "last") or "", field(h, "last1") or "", field(h, "last2") or "", field(h, "author") or "")
                for nm in names)]
            if len(hits) != 1:
                bad(doc, f"sfn note {n} resolves to {len(hits)} entries")
                continue
            t = hits[0]
        if field(t, "title") != e["title"]:
            bad(doc, f"note {n}: title {field(t, 'title')!r} != {e['title']!r}")
        yr = field(t, "year") or (field(t, "date") or "")[-4:] or None
        if (str(e["year"]) if "year" in e else None) != yr:
            bad(doc, f"note {n}: year {yr} != {e.get('year')}")
        if field(t, "url") != e.get("url"):
            bad(doc, f"note {n}: url {field(t, 'url')} != {e.get('url')}")
        d = field(t, "doi")
        if d is not None and "/" not in d:
            d = None  # the planted malformed DOI: keyed without
        if d != e.get("doi"):
            bad(doc, f"note {n}: doi {d} != {e.get('doi')}")
        fams = [field(t, f) for f in ("last", "last1", "last2", "last3", "author") if field(t, f)]
        if fams != e.get("authors", []):
            bad(doc, f"note {n}: authors {fams} != {e.get('authors')}")
    malformed = [i for i, l in enumerate(lines, 1) for d in re.findall(r"doi=([^|}\s]+)", l) if "/" not in d]
    if [(d["kind"], d["line"]) for d in k["defects"]] != [("malformed-field", x) for x in malformed] or len(malformed) != 1:
        bad(doc, f"defects {k['defects']} vs malformed DOI lines {malformed}")
    lit = []
    for h in harv:
        lit.append(h)
    if len(lit) != len(k["literature"]):
        bad(doc, "Thư mục count")
    for h, e in zip(lit, k["literature"]):
        if field(h, "title") != e["title"] or field(h, "year") != str(e["year"]):
            bad(doc, f"Thư mục entry {field(h, 'title')!r} != {e['title']!r}")
        fams = [field(h, f) for f in ("last", "last1", "last2", "author") if field(h, f)]
        if fams != e.get("authors", []):
            bad(doc, f"Thư mục authors {fams} != {e.get('authors')}")


# ---------------------------------------------------------------- rebuild changes nothing
def digest():
    h = {}
    for p in sorted(ROOT.rglob("*")):
        if p.is_file() and "_src" not in p.parts[len(ROOT.parts):] and p.name != "HALF_B.md" and p.name != "README.md":
            h[str(p)] = hashlib.sha256(p.read_bytes()).hexdigest()
    for p in sorted(SRC.rglob("meta.json")):
        h[str(p)] = hashlib.sha256(p.read_bytes()).hexdigest()
    return h


def rebuild():
    py = str(REPO / ".venv/bin/python") if (REPO / ".venv/bin/python").exists() else "/work/main/.venv/bin/python"
    before = digest()
    cmds = [[sys.executable, str(SRC / "_meta/keys_b.py")],
            [py, "tests/corpus_build/build.py", "tests/heldout67", "wasp12-ttv-en", "srt-sole-it", "sao-choi-vi"],
            [py, "tests/corpus_build/build_docx.py", "tests/heldout67", "carte-du-ciel-fr"],
            [py, str(SRC / "_meta/build_odt_b.py")]]
    for c in cmds:
        subprocess.run(c, cwd=REPO, check=True, capture_output=True)
    after = digest()
    changed = [p for p in set(before) | set(after) if before.get(p) != after.get(p)]
    mine = [p for p in changed if any(s in p for s in ("wasp12", "carte-du-ciel", "luna-programma", "srt-sole", "sao-choi"))]
    if mine:
        bad("rebuild", f"changed {mine}")


GIVEN_FIRST.update({"Lequeux": "James", "Le Verrier": "Urbain", "Aubin": "David", "Mouchez": "Ernest",
                    "Quéméner-Diallo": "Marie-Hélène", "Chinnici": "Ileana", "Tisserand": "Félix",
                    "Ranaivo-Marchal": "Delphine", "Nguyen-Tallec": "Baptiste", "Urban": "Sean"})

if __name__ == "__main__":
    for f in (rmarkdown, docx, odt, pdftext, mediawiki):
        f()
    if "--no-rebuild" not in sys.argv:
        rebuild()
    for p in PROBLEMS:
        print(p)
    print(f"{len(PROBLEMS)} problem(s)")
    sys.exit(1 if PROBLEMS else 0)
