"""Turn ``⁅…⁆`` in the built .docx documents of heldout19 into Word superscript runs.

build_docx.py (not changed for this round) has no markup for a superscript run in the
body, which is how Word saves a Vancouver/ACS citation number typed with Ctrl+Shift+=
(``<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:t>1-3</w:t></w:r>``).  The
sources write such a number ``⁅1-3⁆``; after build_docx.py this script splits every run
holding one into text / superscript / text runs (same run properties plus
``w:vertAlign``).  Paragraphs are unchanged, so the keys' lines stay right; the zip
entries keep their dates, so rebuilding gives the same bytes.

    .venv/bin/python tests/corpus_build/build_docx.py tests/heldout19
    .venv/bin/python tests/heldout19/_tools/superscript_runs.py tests/heldout19
"""

from __future__ import annotations

import re
import sys
import zipfile
from pathlib import Path

RUN = re.compile(r"<w:r>(?:<w:rPr>(.*?)</w:rPr>)?<w:t xml:space=\"preserve\">(.*?)</w:t></w:r>")
SUP = re.compile(r"⁅([^⁆]*)⁆")
PARTS = ("word/document.xml", "word/footnotes.xml", "word/endnotes.xml")


def _run(props: str, text: str) -> str:
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{text}</w:t></w:r>'


def _split(match: re.Match[str]) -> str:
    props = match.group(1) or ""
    text = match.group(2)
    if "⁅" not in text:
        return match.group(0)
    out: list[str] = []
    pos = 0
    for sup in SUP.finditer(text):
        if sup.start() > pos:
            out.append(_run(props, text[pos : sup.start()]))
        out.append(_run(props + '<w:vertAlign w:val="superscript"/>', sup.group(1)))
        pos = sup.end()
    if pos < len(text):
        out.append(_run(props, text[pos:]))
    return "".join(out)


def rewrite(path: Path) -> None:
    with zipfile.ZipFile(path) as zin:
        items = [(info, zin.read(info.filename)) for info in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info, data in items:
            if info.filename in PARTS:
                xml = RUN.sub(_split, data.decode("utf-8"))
                if "⁅" in xml or "⁆" in xml:
                    raise SystemExit(f"{path}: unconverted superscript mark in {info.filename}")
                data = xml.encode("utf-8")
            zout.writestr(info, data)


def main(root: str) -> None:
    for path in sorted((Path(root) / "docx").glob("*.docx")):
        rewrite(path)
        print(path)


if __name__ == "__main__":
    main(sys.argv[1])
