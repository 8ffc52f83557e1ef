"""Write the keys of heldout35 half B (all plain-text documents, written directly).

Labels and fields are written by hand; lines are looked up by marker text (the n-th line
holding it) so that they match the files.  Run from anywhere:
    python3 tests/heldout35/_src/_meta/keys_b.py
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(HERE.parents[0] / "corpus_build"))
from build import dump  # noqa: E402


def L(path: str, text: str, n: int = 1) -> int:
    seen = 0
    for i, line in enumerate((HERE / path).read_text(encoding="utf-8").splitlines(), 1):
        if text in line:
            seen += 1
            if seen == n:
                return i
    raise KeyError((path, text, n))


def W(kind, title, year, authors=None, **kw):
    d = {"title": title, "year": year} if year else {"title": title}
    if authors:
        d["authors"] = authors
    if kind:
        d["kind"] = kind
    d.update(kw)
    return d


def write(path, key):
    (HERE / path).write_text(dump(key), encoding="utf-8")
    print("wrote", path, len(key["citations"]), "pairs")


COMM = {"kind": "commentary"}


def notes_for(cits, table):
    return {k: table[k] for k in dict.fromkeys(k for k, _ in cits)}


# 1. rst/namazu-hv-ja ---------------------------------------------------------------
# Sphinx page with sphinxcontrib-bibtex.  :footcite: footnotes are numbered by docutils in
# the order it meets footcite roles (first use of a key) and `.. [#]` definitions: the two
# footcite keys (lines 12, 27) come first, the page's two `.. [#]` definitions stand at the
# end of the page, so they are 3 and 4 although their markers (lines 15, 73) come earlier.
M = "rst/namazu-hv-ja/docs/source/theory.rst"
T = {
    "1": W("article", "A method for dynamic characteristics estimation of subsurface using microtremor on the ground surface",
           1989, ["Nakamura"]),
    "2": W("report", "Guidelines for the implementation of the H/V spectral ratio technique on ambient vibrations: "
           "measurements, processing and interpretation", 2004),
    "3": COMM,
    "4": {"url": "https://github.com/namazu-dev/namazu/issues/118", "kind": "web"},
    "bard1999": W("chapter", "Microtremor measurements: a tool for site effect estimation?", 1999, ["Bard"]),
    "fah2001": W("article", "A theoretical investigation of average H/V ratios", 2001, ["Fäh", "Kind", "Giardini"],
                 doi="10.1046/j.0956-540x.2001.01406.x"),
    "arai2004": W("article", "S-wave velocity profiling by inversion of microtremor H/V spectrum", 2004,
                  ["Arai", "Tokimatsu"], doi="10.1785/0120030028"),
    "krischer2015": W("article", "ObsPy: a bridge for seismology into the scientific Python ecosystem", 2015,
                      ["Krischer", "Megies", "Barsch", "Beyreuther", "Lecocq", "Caudron", "Wassermann"],
                      doi="10.1088/1749-4699/8/1/014003"),
    "welch1967": W("article", "The use of fast Fourier transform for the estimation of power spectra: a method based on "
                   "time averaging over short, modified periodograms", 1967, ["Welch"], doi="10.1109/TAU.1967.1161901"),
    "konno1998": W("article", "Ground-motion characteristics estimated from spectral ratio between horizontal and vertical "
                   "components of microtremor", 1998, ["Konno", "Ohmachi"], doi="10.1785/BSSA0880010228"),
    "okada2003": W("book", "The Microtremor Survey Method", 2003, ["Okada"], doi="10.1190/1.9781560801740"),
}
cits = [
    ["1", L(M, ":footcite:`nakamura1989`", 1)],
    ["3", L(M, "解釈が分かれている\\ [#]_")],
    ["bard1999", L(M, ":cite:t:`bard1999`")],
    ["fah2001", L(M, ":cite:p:`fah2001,arai2004`")],
    ["arai2004", L(M, ":cite:p:`fah2001,arai2004`")],
    ["2", L(M, ":footcite:`sesame2004`", 1)],
    ["krischer2015", L(M, ":cite:p:`krischer2015`")],
    ["welch1967", L(M, "Welch 法 :cite:p:`welch1967`")],
    ["konno1998", L(M, ":cite:t:`konno1998`", 1)],
    ["konno1998", L(M, ":cite:t:`konno1998`", 2)],
    ["4", L(M, "変更した\\ [#]_")],
    ["2", L(M, ":footcite:`sesame2004`", 2)],
    ["fah2001", L(M, "低い値の解釈は :cite:p:`fah2001`")],
    ["1", L(M, ":footcite:`nakamura1989`", 2)],
    ["arai2004", L(M, ":cite:t:`arai2004`")],
    ["okada2003", L(M, ":cite:p:`okada2003`")],
]
write("rst/namazu-hv-ja.key.json", {
    "about": "Invented Japanese Sphinx theory page of an invented microtremor H/V toolkit 'namazu' (project, "
             "code, defaults, GitHub issue 118 and its URL are invented). Real works as remembered: Nakamura 1989, "
             "Konno & Ohmachi 1998, SESAME 2004, Bard 1999, Welch 1967, Krischer et al. 2015, Arai & Tokimatsu 2004, "
             "Okada 2003, Fäh et al. 2001 (lachet1994 only in an rst comment, not in the .bib). conf.py names "
             "references.bib and unsrt; literature = the :cite: keys as `.. bibliography::` prints them (unsrt: "
             "order of first citation); footcite-only keys are footnotes, not in that list.",
    "document": "namazu-hv-ja/docs/source/theory.rst",
    "reader": "rst",
    "clean": True,
    "citations": cits,
    "notes": notes_for(cits, T),
    "literature": [T[k] for k in ("bard1999", "fah2001", "arai2004", "krischer2015", "welch1967", "konno1998",
                                  "okada2003")],
})
