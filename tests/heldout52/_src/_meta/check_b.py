"""Half B's own check of heldout52's built documents against their keys (no bibcheck code)."""
import json, re, sys
from collections import Counter
from pathlib import Path
ROOT = Path(__file__).resolve().parents[2]
bad = []


def expand(s):
    out = []
    for part in re.split(r"\s*,\s*", s.strip()):
        m = re.fullmatch(r"(\d+)\s*[-–]\s*(\d+)", part)
        if m:
            out += [str(i) for i in range(int(m.group(1)), int(m.group(2)) + 1)]
        elif part.isdigit():
            out.append(part)
    return out


def markers(fmt, line):
    if fmt == "latex":
        return [k.strip() for m in re.finditer(r"\\cite[pt]?\*?(?:\[[^\]]*\])*\{([^}]*)\}", line) for k in m.group(1).split(",")]
    if fmt == "typst":
        hits = [(m.start(), m.group(1)) for m in re.finditer(r"(?<![\w.])@([A-Za-z][\w-]*[\w])", line)]
        hits += [(m.start(), m.group(1)) for m in re.finditer(r"#cite\(<([^>]+)>", line)]
        return [k for _, k in sorted(hits)]
    if fmt == "html":
        out = []
        for m in re.finditer(r"<sup>(.*?)</sup>", line):
            inner = m.group(1)
            if "href" not in inner:
                continue
            txt = re.sub(r"<[^>]+>", "", inner)
            nums = expand(txt)
            for n in re.findall(r'href="#ref-(\d+)">(\d+)<', inner):
                if n[0] != n[1]: bad.append(("html href/text", line))
            out += nums
        return out
    if fmt == "pdftext":
        return [n for m in re.finditer(r"\((\d+(?:\s*[,–-]\s*\d+)*)\)", line) for n in expand(m.group(1))]
    if fmt == "supmarkdown":
        return [n for m in re.finditer(r"<sup>([\d,\s–-]+)</sup>", line) for n in expand(m.group(1))]


for key_path in sorted(ROOT.glob("*/*.key.json")):
    fmt = key_path.parent.name
    key = json.loads(key_path.read_text(encoding="utf-8"))
    doc = key_path.parent / key["document"]
    text = doc.read_text(encoding="utf-8")
    for f in doc.parent.rglob("*"):
        if f.is_file() and "⟦" in f.read_text(encoding="utf-8"):
            bad.append(("annotation left", f))
    lines = text.split("\n")
    keyed = Counter((lab, ln) for lab, ln in key["citations"])
    found = Counter()
    skip_from = None
    for i, line in enumerate(lines, 1):
        if fmt == "pdftext" and line.startswith("DAFTAR PUSTAKA"):
            break
        if fmt == "supmarkdown" and line.startswith("## Notes"):
            break
        if fmt == "html" and 'id="references"' in line:
            break
        if fmt == "typst" and (line.startswith("#set") or line.startswith("#bibliography") or line.startswith("//")):
            continue
        if fmt == "pdftext" and re.match(r"^\d+$|^\d+ Majalah|^Vol\.", line):
            continue
        for lab in markers(fmt, line):
            found[(lab, i)] += 1
    if keyed != found:
        bad.append((key_path.name, "keyed-not-found", keyed - found, "found-not-keyed", found - keyed))
    cited = {lab for lab, _ in key["citations"]}
    notes = set(key.get("notes", {}))
    planted = {d["kind"]: d["line"] for d in key["defects"]}
    if cited - notes:
        print(key_path.name, "cited without note:", cited - notes, "defects:", planted)
    if notes - cited:
        bad.append((key_path.name, "uncited notes", notes - cited))
    # literature vs the document's list
    if fmt in ("latex", "typst"):
        bib = next(p for p in doc.parent.glob("*.bib"))
        bkeys = re.findall(r"^@\w+\{([^,]+),", bib.read_text(encoding="utf-8"), re.M)
        if bkeys != list(key["notes"]):
            bad.append((key_path.name, "bib order", bkeys, list(key["notes"])))
        firsts = []
        for lab, _ in key["citations"]:
            if lab in bkeys and lab not in firsts: firsts.append(lab)
        if firsts != bkeys:
            bad.append((key_path.name, "first-citation order", firsts))
    else:
        nums = [e["number"] for e in key["literature"]]
        if nums != list(range(1, len(nums) + 1)):
            bad.append((key_path.name, "numbers", nums))
        for e in key["literature"]:
            t = re.sub(r"\s+", " ", text)
            t = t.replace("- ", "-") if fmt == "pdftext" else t
            if e["title"] not in t:
                bad.append((key_path.name, "title not in text", e["number"], e["title"][:60]))
        firsts = []
        for lab, _ in key["citations"]:
            if lab not in firsts: firsts.append(lab)
        if [int(x) for x in firsts] != sorted(int(x) for x in firsts):
            bad.append((key_path.name, "not in first-citation order", firsts))
    for kind, ln in planted.items():
        print(key_path.name, kind, ln, "|", lines[ln - 1][:90])
    print(key_path.name, "pairs", len(key["citations"]), "notes", len(notes), "entries", len(key["literature"]))
print("PROBLEMS:" if bad else "all checks passed")
for b in bad:
    print(" ", b)
sys.exit(1 if bad else 0)
