"""Annotates the pdftotext -layout output of _meta/bombus-ctmax.tex (pdflatex twice, then
`pdftotext -layout bombus-ctmax.pdf`, saved as _meta/bombus-ctmax.pdftotext.txt) with the
citation pairs found by reading it, and writes _src/pdftext/bombus-ctmax/bombus-ctmax.txt.
    python3 tests/heldout36/_src/_meta/gen_bombus.py"""
import os, re
HERE = os.path.dirname(os.path.abspath(__file__))
text = open(os.path.join(HERE, "bombus-ctmax.pdftotext.txt"), encoding="utf-8").read()
lines = text.split("\n")
# body citation markers, by line of the converted text (read by eye; checked below)
CITES = {47: [9], 54: [10], 56: [1, 2], 61: [3], 63: [4], 64: [5, 11, 12], 74: [6, 7], 80: [8],
         92: [2], 112: [1, 2], 120: [7, 8], 124: [3, 4], 128: [5, 6, 10]}
# check: every bracketed number group outside the list entries is accounted for
for i, line in enumerate(lines, 1):
    body = re.sub(r"\[\d+\] (?=[A-Z]\S+ [A-Z]+[ ,.]|R Core)", "", line)  # list entry labels
    found = [int(x) for m in re.finditer(r"\[(\d+(?:,\s?\d+)*)\]", body) for x in m.group(1).split(",")]
    assert found == CITES.get(i, []), (i, found, line)
for n, labels in CITES.items():
    lines[n - 1] += "⟦" + "|".join(f"[{k}]" for k in labels) + "⟧"
os.makedirs(os.path.join(HERE, "..", "pdftext", "bombus-ctmax"), exist_ok=True)
open(os.path.join(HERE, "..", "pdftext", "bombus-ctmax", "bombus-ctmax.txt"), "w", encoding="utf-8").write("\n".join(lines))
print(sum(len(v) for v in CITES.values()), "pairs")
