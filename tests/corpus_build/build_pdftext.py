"""Build the pdftext documents of a held-out corpus (tests/heldout2, heldout3, heldout4 ...) by a real conversion.

Each ``_src/pdftext/<name>/`` holds a LaTeX source written for the corpus and a
``meta.json``.  The source is compiled with ``pdflatex`` (twice) and converted with
``pdftotext`` (``-layout`` when ``meta["layout"]``); the text is the document and the
LaTeX source is copied to ``pdftext/src/``.

The key's citations are the note markers as the converter printed them: for note n the
builder looks, from the previous marker on, for the word that precedes ``\\footnote`` in
the source immediately followed by n (``ground.4``).  ``meta["marker_lines"]`` gives the
line by hand for markers the converter moved or split (found by reading the text); every
other marker must be found, or the build stops.

    .venv/bin/python tests/corpus_build/build_pdftext.py tests/heldout4 [name...]
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build import dump  # noqa: E402  (the shared key writer)

_ACCENTS = {
    '"': "\u0308",
    "'": "\u0301",
    "`": "\u0300",
    "^": "\u0302",
    "~": "\u0303",
    "c": "\u0327",
}

_TEX_TEXT = [
    (r"\\(?:emph|textit|textsc|sct|textbf|textup)\{", ""),
    (r"\\S~?", "§ "),
    (r"\\&", "&"),
    (r"``", "“"),
    (r"''", "”"),
    (r"`", "‘"),
    (r"'", "’"),
    (r"---", "—"),
    (r"--", "–"),
    (r"~", " "),
    (r"[{}]", ""),
]


def _plain(word: str) -> str:
    word = re.sub(
        r"\\([\"'`^~c])\{?([A-Za-z])\}?",
        lambda m: unicodedata.normalize("NFC", m.group(2) + _ACCENTS[m.group(1)]),
        word,
    )
    word = word.replace("\\ss", "ß").replace("\\aa", "å").replace("\\o", "ø")
    for pattern, repl in _TEX_TEXT:
        word = re.sub(pattern, repl, word)
    return word


def anchors(tex: str, macro: str = "footnote") -> list[str]:
    """The word printed just before each note marker (``\\footnote{`` or a macro), in order."""
    out = []
    for m in re.finditer(r"(\S+?)\\" + macro + r"\{", tex):
        word = _plain(m.group(1))
        word = word.split("\\")[-1] if "\\" in word else word
        out.append(word)
    return out


def convert(tex_path: Path, layout: bool) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        shutil.copy(tex_path, work / "doc.tex")
        for _ in range(2):
            subprocess.run(
                ["pdflatex", "-interaction=nonstopmode", "doc.tex"],
                cwd=work,
                stdout=subprocess.DEVNULL,
                check=False,
            )
        args = ["pdftotext", "-enc", "UTF-8"] + (["-layout"] if layout else [])
        subprocess.run([*args, "doc.pdf", "doc.txt"], cwd=work, check=True)
        return (work / "doc.txt").read_text(encoding="utf-8")


def locate(
    text: str, words: list[str], manual: dict[str, int], prefix: str = ""
) -> list[tuple[str, int]]:
    found: list[tuple[str, int]] = []
    # pdftotext writes accents composed by TeX as base letter + combining mark; compare in
    # NFC (line numbers are unchanged: normalisation never touches a newline)
    text = unicodedata.normalize("NFC", text)
    pos = 0
    missing = []
    for n, word in enumerate(words, 1):
        label = str(n)
        if label in manual:
            found.append((prefix + label, manual[label]))
            continue
        pattern = re.compile(re.escape(word) + label + r"(?!\d)")
        m = pattern.search(text, pos)
        if m is None:
            missing.append(f"{label} after {word!r}")
            continue
        pos = m.end()
        found.append((prefix + label, text.count("\n", 0, m.end() - 1) + 1))
    if missing:
        raise SystemExit("markers not found (give marker_lines): " + "; ".join(missing))
    return found


def build(folder: Path) -> Path:
    out = folder.parents[2] / "pdftext"  # <corpus>/_src/pdftext/<name>
    meta: dict[str, Any] = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    tex_path = folder / meta["tex"]
    text = convert(tex_path, bool(meta.get("layout")))
    out.mkdir(parents=True, exist_ok=True)
    (out / "src").mkdir(exist_ok=True)
    (out / meta["document"]).write_text(text, encoding="utf-8")
    shutil.copy(tex_path, out / "src" / tex_path.name)
    words = anchors(tex_path.read_text(encoding="utf-8"), meta.get("marker_macro", "footnote"))
    # (a note series that restarts, e.g. per chapter, is keyed "k.n": "label_prefix" gives
    # the located markers their series' prefix, the other series come in extra_citations)
    cites = locate(text, words, meta.get("marker_lines", {}), meta.get("label_prefix", ""))
    cites += [(str(c[0]), int(c[1])) for c in meta.get("extra_citations", [])]
    key: dict[str, Any] = {
        k: meta[k] for k in ("about", "document", "reader", "clean") if k in meta
    }
    key["citations"] = [[label, line] for label, line in cites]
    for name in ("notes", "literature", "defects"):
        if name in meta:
            key[name] = meta[name]
    key_path = out / f"{folder.name}.key.json"
    key_path.write_text(dump(key), encoding="utf-8")
    return key_path


def main() -> None:
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    corpus, only = Path(sys.argv[1]).resolve(), set(sys.argv[2:])
    for meta in sorted((corpus / "_src" / "pdftext").glob("*/meta.json")):
        if only and meta.parent.name not in only:
            continue
        print(build(meta.parent).relative_to(corpus))


if __name__ == "__main__":
    main()
