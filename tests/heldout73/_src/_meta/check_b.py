"""Checks every keyed line of heldout73 half B on the built files (the writer's own script).
    python3 tests/heldout73/_src/_meta/check_b.py [--no-rebuild]     (from the repository root)
Exits 1 and prints each problem if anything disagrees.  Conventions: ../../HALF_B.md."""
import hashlib, json, re, subprocess, sys, unicodedata, zipfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]          # tests/heldout73
REPO = ROOT.parents[1]
SRC = ROOT / "_src"
PROBLEMS = []
MARK = re.compile(r"⟦([^⟧]*)⟧")


def bad(doc, msg):
    PROBLEMS.append(f"{doc}: {msg}")


def key(fmt, name):
    return json.loads((ROOT / fmt / f"{name}.key.json").read_text(encoding="utf-8"))


DEVA = str.maketrans("०१२३४५६७८९", "0123456789")


def ascii_digits(s):
    return s.translate(DEVA)


def sq(s):
    """Squashed text: NFC, Devanagari digits as ASCII, case folded, no whitespace, dashes or asterisks."""
    s = ascii_digits(unicodedata.normalize("NFC", s)).replace("İ", "i").replace("’", "'").casefold()
    return re.sub(r"[\s\-‐–—\u00ad*]", "", s)


ACT = re.compile(r"\bAct\b|ऐन|संविधान|Code of the Philippines|Convention \(|Convention on|Charter of")


def holds(doc, where, text, e):
    text = ascii_digits(text)
    t = sq(text)
    for f in ("title", "doi", "url"):
        if f in e and sq(e[f]) not in t:
            bad(doc, f"{where}: {f} {e[f]!r} not in {text[:90]!r}")
    if e.get("kind") == "report" and re.search(r",\s*[\d०-९]{4}$", e["title"]):
        bad(doc, f"{where}: a statute's year after a comma keyed in its title {e['title']!r}")
    if re.search(r"дыс\.|канд\.|тесис|tesis masteral|शोधप्रबन्ध", e.get("title", "")):
        bad(doc, f"{where}: a thesis designation keyed in the title {e['title']!r}")
    dated = re.sub(r"(huling na-access noong|हेरिएको मिति:|дата звароту:)[^)]*", "", text)
    if "year" in e and not re.search(r"(?<!\d)%s(?!\d)" % e["year"], dated):
        bad(doc, f"{where}: year {e['year']} not in {text[:90]!r}")
    if "year" not in e and e.get("kind") != "web":
        bad(doc, f"{where}: no year keyed for a {e.get('kind')}")
    for a in e.get("authors", []):
        if sq(a) not in t or not re.search(r"(?<![\w-])%s(?![\w-])" % re.escape(a), unicodedata.normalize("NFC", text)):
            bad(doc, f"{where}: author {a!r} not in {text[:90]!r}")
        if re.search(r"\b(?:van der|van|von|de|da|der|dos|dela|del) " + re.escape(a) + r"\b", text):
            bad(doc, f"{where}: author {a!r} is keyed without the particle printed before it")
    if e.get("kind") == "report" and ACT.search(e["title"]) and ascii_digits(e["title"])[:8] in text:
        # legislation and treaties: the year is the enactment's or signature's, the first AD year
        # printed from the name on (a Bikram Sambat year is the one marked वि.सं. or followed by (सन्)
        rest = text[text.index(ascii_digits(e["title"])[:8]):]
        rest = re.sub(r"वि\.सं\.\s*\d{4}|\d{4}\*?\s*\(सन्|\d{4}/\d+/\d+", "", rest)
        yrs = re.findall(r"(?<![\d/])(1[5-9]\d\d|20\d\d)(?![\d/])", rest)
        if yrs[:1] != [str(e.get("year"))]:
            bad(doc, f"{where}: act keyed {e.get('year')}, enacted {yrs[:1]}")
    if "doi" not in e and re.search(r"\b10\.\d{4,5}/", text):
        bad(doc, f"{where}: a DOI is printed but none keyed")
    if "url" not in e and "doi" not in e and re.search(r"https?://", text):
        bad(doc, f"{where}: a URL is printed but none keyed")


def same_text(doc, src, built):
    b = built.read_text(encoding="utf-8")
    if MARK.sub("", src.read_text(encoding="utf-8")) != b:
        bad(doc, f"{built.name} is not its source without the annotations")
    if "⟦" in b or "⟧" in b:
        bad(doc, f"annotation left in {built.name}")
    return b.split("\n")


def no_marks_in_zip(doc, path):
    z = zipfile.ZipFile(path)
    for part in z.namelist():
        if "⟦" in z.read(part).decode("utf-8", "replace"):
            bad(doc, f"annotation left in {part}")
    return z


def repeats(doc, notes, texts, is_ibid, is_opcit, starts_ok, opcit_head=None):
    """Ibid. = the previous note's work; op. cit. = the first full note holding its head."""
    full = {}
    for n, text in texts.items():
        e = notes[n]
        if is_ibid(text):
            if e != notes[str(int(n) - 1)]:
                bad(doc, f"note {n}: ibid. keyed otherwise than note {int(n) - 1}")
            continue
        if is_opcit(text):
            head = sq(opcit_head(text) if opcit_head else re.split(r"[,;،]", text.strip())[0])
            firsts = [m for m, t in full.items() if sq(t).startswith(head) or head in sq(t)[:len(head) + 12]]
            if not firsts or notes[firsts[0]] != e:
                bad(doc, f"note {n}: op. cit. keyed as {e['title'][:30]!r}, first full note of {head!r} is {firsts[:1]}")
            continue
        holds(doc, f"note {n}", text, e)
        if not starts_ok(text, e):
            bad(doc, f"note {n} does not start as its key's first author or title: {text[:40]!r}")
        full[n] = text


# ---------------------------------------------------------------- rmarkdown
def latex(s):
    return s.replace('{\\"a}', "ä").replace('{\\"u}', "ü").replace("{\\'e}", "é")


def bibtitle(s):
    s = s.replace("``", "“").replace("''", "”")
    return re.sub(r"[{}]", "", s).replace("--", "–").replace("\\&", "&")


def fold(s):
    return unicodedata.normalize("NFD", s).encode("ascii", "ignore").decode().casefold()


def rmarkdown():
    doc, name = "rmarkdown/docket-dissent-en", "docket-dissent-en"
    k = key("rmarkdown", name)
    lines = same_text(doc, SRC / "rmarkdown" / name / "docket-dissent.Rmd",
                      ROOT / "rmarkdown" / name / "docket-dissent.Rmd")
    if "csl: chicago-author-date.csl" not in lines or "bibliography: references.bib" not in lines:
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
    if len(found) < 18:
        bad(doc, f"only {len(found)} pairs")
    bib = (ROOT / "rmarkdown" / name / "references.bib").read_text(encoding="utf-8")
    if MARK.search(bib):
        bad(doc, "annotation left in references.bib")
    entries = {}
    for m in re.finditer(r"@(\w+)\{([^,]+),\n(.*?)\n\}", bib, re.S):
        fields = dict(re.findall(r"^\s*(\w+)\s*=\s*\{(.*)\},?\s*$", m.group(3), re.M))
        entries[m.group(2)] = (m.group(1).lower(), fields)
    if len(entries) != bib.count("\n@") + bib.startswith("@"):
        bad(doc, "a .bib entry was not read")
    cited = [c for c, _ in found]
    missing = sorted(set(cited) - set(entries))
    if missing != ["owens2012"] or cited.count("owens2012") != 1:
        bad(doc, f"cited keys without entry: {missing}")
    if set(entries) - set(cited):
        bad(doc, f"uncited entries: {sorted(set(entries) - set(cited))}")
    gl = [ln for c, ln in found if c == "owens2012"]
    if [(d["kind"], d["line"]) for d in k["defects"]] != [("missing-literature-entry", gl[0] if gl else 0)]:
        bad(doc, f"defects {k['defects']} (owens2012 at {gl})")
    kinds = {"article": "article", "book": "book", "incollection": "chapter", "manual": "web",
             "dataset": "web", "phdthesis": "thesis", "techreport": "report", "misc": "report"}
    if list(k["notes"]) != list(entries):
        bad(doc, "notes are not the .bib entries in the .bib's order")
    for ck, (typ, f) in entries.items():
        e = k["notes"].get(ck)
        if e is None:
            continue
        if e["title"] != bibtitle(f["title"]):
            bad(doc, f"{ck}: title {e['title']!r} != {bibtitle(f['title'])!r}")
        if str(e.get("year", "")) != f.get("year", ""):
            bad(doc, f"{ck}: year {e.get('year')} != {f.get('year')}")
        for fld in ("doi", "url"):
            if e.get(fld) != f.get(fld):
                bad(doc, f"{ck}: {fld} {e.get(fld)} != {f.get(fld)}")
        if e["kind"] != kinds[typ]:
            bad(doc, f"{ck}: kind {e['kind']} for @{typ}")
        if typ == "misc" and not re.fullmatch(r"\d+ U\.S\. \d+", f.get("howpublished", "")):
            bad(doc, f"{ck}: a @misc that is not a U.S. Reports opinion")
        names = [a.strip() for a in f.get("author", "").split(" and ") if a.strip() not in ("others", "")]
        fam = [latex(a.split(",")[0]) for a in names if not a.startswith("{")]
        if e.get("authors", []) != fam:
            bad(doc, f"{ck}: authors {e.get('authors')} != {fam}")
        if "version" in f and f["version"] in e["title"]:
            bad(doc, f"{ck}: a release's version in its title")

    def sortkey(ck):  # chicago-author-date: all names in sort order, then date; no author: the title
        typ, f = entries[ck]
        if "author" in f:
            names = [fold(latex(a).strip("{} ").split(",")[0]) for a in f["author"].split(" and ")]
        else:
            names = [fold(bibtitle(f["title"]))]
        return (names, f["year"])
    want = [k["notes"][c] for c in sorted(entries, key=sortkey)]
    if k["literature"] != want:
        bad(doc, f"literature order: key {[e['title'][:15] for e in k['literature']]}")


# ---------------------------------------------------------------- docx
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def ptext(p):
    return "".join(t.text or "" for t in p.iter(W + "t"))


def first_group(t):
    return re.split(r"[,،]", t)[0]


def docx():
    doc, name = "docx/muluki-ain-ne", "muluki-ain-ne"
    k = key("docx", name)
    z = no_marks_in_zip(doc, ROOT / "docx" / f"{name}.docx")
    body = ET.fromstring(z.read("word/document.xml")).find(W + "body")
    paras = list(body.iter(W + "p"))
    pairs, bibl, bpara, group = [], {"ne": [], "en": []}, [], None
    for i, p in enumerate(paras, 1):
        for r in p.iter(W + "footnoteReference"):
            pairs.append([str(len(pairs) + 1), i])
        st = p.find(f"{W}pPr/{W}pStyle")
        sid = st.get(W + "val") if st is not None else None
        if sid == "Heading2":
            group = "ne" if ptext(p) == "नेपाली" else "en" if ptext(p) == "अंग्रेजी" else None
        if sid == "Bibliography":
            if group is None:
                bad(doc, f"paragraph {i}: a Bibliography entry outside the two groups")
            else:
                bibl[group].append(ptext(p))
                bpara.append(i)
    if pairs != k["citations"] or [p[0] for p in pairs] != [str(i) for i in range(1, 21)]:
        bad(doc, f"pairs {pairs} != key {k['citations']}")
    texts = {}
    for f in ET.fromstring(z.read("word/footnotes.xml")).findall(W + "footnote"):
        if int(f.get(W + "id")) >= 1:
            texts[str(len(texts) + 1)] = " ".join(ptext(p) for p in f.iter(W + "p")).strip()
    if list(texts) != list(k["notes"]) or len(texts) != len(pairs):
        bad(doc, "notes numbered otherwise")
    heads = ("नेपाल कानून आयोग", "राष्ट्रिय अभिलेखालय")

    def starts(text, e):  # notes: given name first, the family name in the first name group
        if e.get("authors"):
            return sq(e["authors"][0]) in sq(first_group(text))
        return text.lstrip("*").startswith(e["title"]) or text.startswith(heads)

    def estarts(text, e):  # entries: the family name first
        if e.get("authors"):
            return text.startswith(e["authors"][0] + ",")
        return text.lstrip("*").startswith(e["title"]) or text.startswith(heads)
    repeats(doc, k["notes"], texts, lambda t: t.startswith("ऐजन"), lambda t: "पूर्ववत्" in t, starts)
    for n, t in texts.items():  # a decision with its date: keyed by the AD year of the decision
        m = re.search(r"निर्णय मिति [^\[]*\[सन् (\d{4})\]", ascii_digits(t))
        if m and k["notes"][n].get("year") != int(m.group(1)):
            bad(doc, f"note {n}: decided {m.group(1)}, keyed {k['notes'][n].get('year')}")
    allb = bibl["ne"] + bibl["en"]
    lit = k["literature"]
    if len(allb) != len(lit):
        bad(doc, f"{len(allb)} सन्दर्भ सामग्री entries, {len(lit)} keyed")
    for i, (t, e) in enumerate(zip(allb, lit), 1):
        holds(doc, f"entry {i}", t, e)
        if not estarts(t, e):
            bad(doc, f"entry {i} does not start as keyed: {t[:40]!r}")
    ne = [t.lstrip("*") for t in bibl["ne"]]
    if ne != sorted(ne):
        bad(doc, "Nepali sources not in Devanagari order")
    en = [fold(re.sub(r"[^\w ]", "", t)) for t in bibl["en"]]
    if en != sorted(en):
        bad(doc, "English sources not alphabetical")
    if any(re.search(r"[A-Za-z]{3}", t[:12]) for t in bibl["ne"]) or any(re.search(r"[\u0900-\u097f]", t) for t in bibl["en"]):
        bad(doc, "an entry in the wrong script group")
    for n, e in k["notes"].items():
        if e not in lit:
            bad(doc, f"note {n}'s work is not in the सन्दर्भ सामग्री")
    uncited = [bpara[i] for i, e in enumerate(lit) if e not in k["notes"].values()]
    if [(d["kind"], d["line"]) for d in k["defects"]] != [("uncited-literature-entry", p) for p in uncited] or len(uncited) != 1:
        bad(doc, f"defects {k['defects']}; uncited entries at paragraphs {uncited}")


# ---------------------------------------------------------------- odt
O = {"text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
     "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0"}
T = "{%s}" % O["text"]
BE = "абвгдеёжзійклмнопрстуўфхцчшыьэюя"


def otext(el):
    out = [el.text or ""]
    for c in el:
        if c.tag == T + "note":
            pass
        elif c.tag == T + "s":
            out.append(" ")
        else:
            out.append(otext(c))
        out.append(c.tail or "")
    return "".join(out)


def bekey(s):
    s = s.lower()
    if s[:1] in BE:
        return (0, [BE.index(ch) for ch in s if ch in BE])
    return (1, [ord(ch) for ch in s if ch.isalpha()])


def odt():
    doc, name = "odt/statut-vkl-be", "statut-vkl-be"
    k = key("odt", name)
    z = no_marks_in_zip(doc, ROOT / "odt" / f"{name}.odt")
    text_el = ET.fromstring(z.read("content.xml")).find("office:body/office:text", O)
    inner = set()
    for n in text_el.iter(T + "note"):
        inner.update(id(p) for p in n.iter(T + "p"))
    paras = [p for p in text_el.iter() if p.tag in (T + "p", T + "h") and id(p) not in inner]
    pairs, texts = [], {}
    for i, p in enumerate(paras, 1):
        for n in p.iter(T + "note"):
            lab = n.find(T + "note-citation").text
            pairs.append([lab, i])
            texts[lab] = " ".join(otext(q) for q in n.find(T + "note-body").iter(T + "p"))
    if pairs != k["citations"] or [p[0] for p in pairs] != [str(i) for i in range(1, 20)]:
        bad(doc, f"pairs {pairs} != key {k['citations']}")

    def starts(text, e):  # GOST: the family name opens the note, or the title
        if e.get("authors"):
            return text.startswith(e["authors"][0] + " ")
        return text.startswith(e["title"])
    repeats(doc, k["notes"], texts, lambda t: t.startswith("Тамсама"),
            lambda t: "Цыт. праца" in t or "Op. cit." in t, starts,
            opcit_head=lambda t: re.split(r" Цыт\. праца| Op\. cit\.", t)[0])
    heads = [i for i, p in enumerate(paras) if p.tag == T + "h" and otext(p) == "Літаратура"]
    items = [otext(p) for p in paras[heads[0] + 1:]] if heads else []
    lit = k["literature"]
    if len(items) != len(lit):
        bad(doc, f"{len(items)} Літаратура paragraphs, {len(lit)} keyed")
    for i, (t, e) in enumerate(zip(items, lit), 1):
        holds(doc, f"entry {i}", t, e)
        if not starts(t, e):
            bad(doc, f"entry {i} does not start as keyed: {t[:40]!r}")
    if [bekey(t) for t in items] != sorted(bekey(t) for t in items):
        bad(doc, "Літаратура not in Belarusian alphabetical order (Cyrillic, then Latin)")
    for n, e in k["notes"].items():
        if e not in lit:
            bad(doc, f"note {n}'s work is not in the Літаратура")
    for e in lit:
        if e not in k["notes"].values():
            bad(doc, f"entry {e['title'][:30]!r} is cited by no note")
    if k["defects"]:
        bad(doc, "defects keyed in a clean document")


# ---------------------------------------------------------------- pdftext
def pdftext():
    doc, name = "pdftext/kodigo-sibil-tl", "kodigo-sibil-tl"
    k = key("pdftext", name)
    lines = same_text(doc, SRC / "pdftext" / name / "kodigo-sibil.txt",
                      ROOT / "pdftext" / name / "kodigo-sibil.txt")
    start = lines.index("I. PANIMULA")
    notes, found, cur = {}, [], None   # cur: the note being continued ("*" the affiliation)
    for i, raw in enumerate(lines[start:], start + 1):
        line = raw.replace("\f", "")
        if raw.startswith("\f") or not line.strip():
            cur = None
            continue
        m = re.match(r"^(\d{1,2}) (.*)$", line)
        if m and int(m.group(1)) == len(notes) + 1:
            cur = m.group(1)
            notes[cur] = m.group(2)
            continue
        if line.startswith("* "):
            cur = "*"
            continue
        if cur == "*":
            continue
        if cur:
            notes[cur] += ("" if notes[cur].endswith(("-", "/")) else " ") + line.strip()
            continue
        for mm in re.finditer(r"(?<=[^\s\d])(\d{1,2})(?=[\s,.;:]|$)", line):
            found.append([mm.group(1), i])
    if found != k["citations"]:
        bad(doc, f"pairs {found} != key {k['citations']}")
    if [f[0] for f in found] != [str(n) for n in range(1, len(found) + 1)] or list(notes) != list(k["notes"]):
        bad(doc, f"markers {[f[0] for f in found]}, footnotes {list(notes)}, keyed {list(k['notes'])}")

    def starts(text, e):
        text = re.sub(r"^Tingnan ang (\d+ )?", "", text)
        if e.get("authors"):
            return sq(e["authors"][0]) in sq(first_group(text))
        return text.startswith(e["title"]) or text.startswith(("Code Commission, ", "Philippine Commission on Women, "))
    full = {}
    for n, text in notes.items():
        e = k["notes"].get(n, {})
        if text.startswith("Id."):
            if e != k["notes"].get(str(int(n) - 1)):
                bad(doc, f"note {n}: Id. keyed otherwise than note {int(n) - 1}")
            continue
        m = re.search(r"^(?:Tingnan ang )?([^,]+), supra note (\d+)", text)
        if m:
            src = k["notes"].get(m.group(2))
            if e != src or m.group(2) not in full or sq(m.group(1)) not in sq(first_group(full[m.group(2)])):
                bad(doc, f"note {n}: supra note {m.group(2)} keyed otherwise")
            continue
        holds(doc, f"note {n}", text, e)
        for f in ("doi", "url"):
            if f in e and e[f] not in text:
                bad(doc, f"note {n}: {f} not rejoined as keyed")
        if not starts(text, e):
            bad(doc, f"note {n} does not start as its key's first author or title: {text[:40]!r}")
        if e.get("kind") == "report" and " v. " in e["title"] and not re.search(r"G\.R\. No\. \d+", text):
            bad(doc, f"note {n}: a decision without its G.R. No.")
        full[n] = text
    if k["literature"] or k["defects"]:
        bad(doc, "literature or defects keyed in a document with neither")


# ---------------------------------------------------------------- mediawiki
def mediawiki():
    doc, name = "mediawiki/hagaj-konvencioj-eo", "hagaj-konvencioj-eo"
    k = key("mediawiki", name)
    lines = same_text(doc, SRC / "mediawiki" / name / "hagaj-konvencioj.wiki",
                      ROOT / "mediawiki" / name / "hagaj-konvencioj.wiki")
    stop = lines.index("== Referencoj ==")
    if lines[stop + 1] != "<references/>":
        bad(doc, "no <references/> under Referencoj")
    tok = re.compile(r'<ref name="([^"]+)"\s*/>|<ref(?: name="([^"]+)")?>(.*?)</ref>')
    num, bodies, pairs = {}, {}, []
    for i, line in enumerate(lines[:stop], 1):
        for m in tok.finditer(line):
            ident = m.group(1) or m.group(2) or ("anon", i, m.start())
            if ident not in num:
                if m.group(3) is None:
                    bad(doc, f"line {i}: named ref {ident} used before it is defined")
                    continue
                num[ident] = str(len(num) + 1)
                bodies[num[ident]] = m.group(3)
            elif m.group(3) is not None:
                bad(doc, f"line {i}: named ref {ident} defined twice")
            pairs.append([num[ident], i])
    if pairs != k["citations"]:
        bad(doc, f"pairs {pairs} != key {k['citations']}")
    if list(bodies) != list(k["notes"]):
        bad(doc, f"notes {list(k['notes'])} != refs {list(bodies)}")

    def field(t, *fs):
        for f in fs:
            m = re.search(r"\|\s*%s\s*=\s*([^|}]*)" % f, t)
            if m:
                return m.group(1).strip()
        return None
    kinds = {"cite book": "book", "cite web": "web", "cite news": "article", "cite journal": "article",
             "cite thesis": "thesis", "cite report": "report", "citaĵo el la reto": "web"}
    for n, body in bodies.items():
        e = k["notes"].get(n, {})
        tm = re.match(r"\{\{([^|]+)\|", body)
        if not tm:   # a plain ref: a court's decision, italic name, its reports and year
            text = body.replace("''", "")
            holds(doc, f"note {n}", text, e)
            if not text.startswith(e.get("title", "\0")) or e.get("kind") != "report":
                bad(doc, f"note {n}: plain ref keyed otherwise")
            continue
        if field(body, "title", "titolo") != e.get("title"):
            bad(doc, f"note {n}: title {field(body, 'title', 'titolo')!r} != {e.get('title')!r}")
        yr = field(body, "year") or (field(body, "date") or "")[-4:] or None
        if (int(yr) if yr else None) != e.get("year"):
            bad(doc, f"note {n}: year {yr} != {e.get('year')}")
        for f in ("url", "doi"):
            if field(body, f) != e.get(f):
                bad(doc, f"note {n}: {f} {field(body, f)} != {e.get(f)}")
        lasts = [field(body, "last")] if field(body, "last") else [field(body, f"last{j}") for j in range(1, 9) if field(body, f"last{j}")]
        if lasts != e.get("authors", []):
            bad(doc, f"note {n}: authors {lasts} != {e.get('authors')}")
        want = "report" if ACT.search(field(body, "title", "titolo") or "") else kinds[tm.group(1).strip().lower()]
        if e.get("kind") != want:
            bad(doc, f"note {n}: kind {e.get('kind')} != {want}")
    if k["literature"] != [] or k["defects"]:
        bad(doc, "literature or defects keyed in a document with neither")

# ---------------------------------------------------------------- rebuild
def digests():
    out = {}
    for p in sorted(ROOT.rglob("*")):
        if p.is_file() and (p.suffix != ".py") and any(s in p.parts for s in ("rmarkdown", "docx", "odt", "pdftext", "mediawiki")):
            out[str(p.relative_to(ROOT))] = hashlib.sha256(p.read_bytes()).hexdigest()
    return out


def rebuild():
    py = REPO / ".venv" / "bin" / "python"
    py = str(py if py.exists() else Path("/work/main/.venv/bin/python"))
    before = digests()
    cmds = [[sys.executable, str(SRC / "_meta" / "keys_b.py")],
            [py, "tests/corpus_build/build.py", str(ROOT.relative_to(REPO)), "docket-dissent-en", "kodigo-sibil-tl", "hagaj-konvencioj-eo"],
            [py, "tests/corpus_build/build_docx.py", str(ROOT.relative_to(REPO)), "muluki-ain-ne"],
            [py, str(SRC / "_meta" / "build_odt_b.py")]]
    for c in cmds:
        subprocess.run(c, cwd=REPO, check=True, capture_output=True)
    after = digests()
    for f in sorted(set(before) | set(after)):
        if before.get(f) != after.get(f):
            bad("rebuild", f"{f} changed")


if __name__ == "__main__":
    for f in (rmarkdown, docx, odt, pdftext, mediawiki):
        f()
    if "--no-rebuild" not in sys.argv:
        rebuild()
    for p in PROBLEMS:
        print(p)
    print(f"{len(PROBLEMS)} problem(s)")
    sys.exit(1 if PROBLEMS else 0)
