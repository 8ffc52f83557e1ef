"""Every reader numbers lines as an editor does: a form feed (PDF-to-text starts each page
with one) or a Unicode line separator inside a line ends no line, so the line of every
footnote, reference entry, marker and anomaly is the file's ``\\n`` line."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file

# Each document: the reader, the file name, and the text.  Every line holding a token
# named in TOKENS is where a footnote, an entry or a marker must be found.  "\f" opens a
# page and "\u2028" splits a sentence, both before and between the things read.
FF, LS = "\f", "\u2028"
TOKENS = ("Marlowe", "Quennell", "Ashdown")

DOCS = [
    (
        "plain-text",
        "paper.txt",
        f"Intro{LS}duction\n\nThe harbour was rebuilt [1].\n{FF}Page two{LS}text here.\n"
        "A lantern was lit [2] and a gate opened [3].\n\nReferences\n\n"
        "[1] Marlowe, A. (2001). Harbours of the north. Oxford: Clarendon.\n"
        f"{FF}[2] Quennell, B. (2003). Lanterns{LS} and lights. London: Faber.\n"
        "[3] Ashdown, C. (2005). Gates and walls. Leeds: Moor Press.\n",
    ),
    (
        "plain-text-pages",
        "paper.txt",
        f"Intro{LS}duction\n\nThe harbour was rebuilt [1].\n\n1\n{FF}Page two{LS}text here.\n"
        f"A lantern was lit [2] and a gate opened [3].\n\n2\n{FF}References\n\n"
        "[1] Marlowe, A. (2001). Harbours of the north. Oxford: Clarendon.\n"
        f"[2] Quennell, B. (2003). Lanterns{LS} and lights. London: Faber.\n"
        "[3] Ashdown, C. (2005). Gates and walls. Leeds: Moor Press.\n\n3\n",
    ),
    (
        "pandoc-markdown",
        "paper.md",
        f"# Intro{LS}duction\n\nThe harbour was rebuilt.[^1]\n{FF}\nA lantern{LS} was lit.[^2]\n"
        "A gate opened.[^3]\n\n"
        "[^1]: Marlowe, A. Harbours of the north. Oxford: Clarendon, 2001.\n"
        f"{FF}\n[^2]: Quennell, B. Lanterns{LS} and lights. London: Faber, 2003.\n"
        "[^3]: Ashdown, C. Gates and walls. Leeds: Moor Press, 2005.\n",
    ),
    (
        "rst",
        "paper.rst",
        f"Intro{LS}duction\n============\n\nThe harbour was rebuilt [#]_.\n{FF}\n"
        f"A lantern{LS} was lit [#]_. A gate opened [#]_.\n\n"
        ".. [#] Marlowe, A. Harbours of the north. Oxford: Clarendon, 2001.\n"
        f"{FF}\n.. [#] Quennell, B. Lanterns{LS} and lights. London: Faber, 2003.\n"
        ".. [#] Ashdown, C. Gates and walls. Leeds: Moor Press, 2005.\n",
    ),
    (
        "org",
        "paper.org",
        f"* Intro{LS}duction\n\nThe harbour was rebuilt.[fn:1]\n{FF}\n"
        f"A lantern{LS} was lit.[fn:2] A gate opened.[fn:3]\n\n* Footnotes\n\n"
        "[fn:1] Marlowe, A. Harbours of the north. Oxford: Clarendon, 2001.\n"
        f"{FF}\n[fn:2] Quennell, B. Lanterns{LS} and lights. London: Faber, 2003.\n"
        "[fn:3] Ashdown, C. Gates and walls. Leeds: Moor Press, 2005.\n",
    ),
    (
        "asciidoc",
        "paper.adoc",
        f"= Intro{LS}duction\n\nThe harbour was rebuilt <<marlowe>>.\n{FF}\n"
        f"A lantern{LS} was lit <<quennell>>. A gate opened <<ashdown>>.\n\n"
        "[bibliography]\n== References\n\n"
        "* [[[marlowe]]] Marlowe, A. Harbours of the north. Oxford: Clarendon, 2001.\n"
        f"{FF}\n* [[[quennell]]] Quennell, B. Lanterns{LS} and lights. London: Faber, 2003.\n"
        "* [[[ashdown]]] Ashdown, C. Gates and walls. Leeds: Moor Press, 2005.\n",
    ),
    (
        "typst",
        "paper.typ",
        f"= Intro{LS}duction\n\nThe harbour was rebuilt"
        "#footnote[Marlowe, A. Harbours of the north. Oxford: Clarendon, 2001.].\n"
        f"{FF}\nA lantern{LS} was lit"
        f"#footnote[Quennell, B. Lanterns{LS} and lights. London: Faber, 2003.].\n"
        f"{FF}A gate opened#footnote[Ashdown, C. Gates and walls. Leeds: Moor Press, 2005.].\n",
    ),
    (
        "mediawiki",
        "paper.wiki",
        f"== Intro{LS}duction ==\n\nThe harbour was rebuilt."
        "<ref>{{cite book |last=Marlowe |first=A. |title=Harbours of the north |year=2001}}</ref>\n"
        f"{FF}\nA lantern{LS} was lit."
        "<ref>{{cite book |last=Quennell |first=B. |title=Lanterns |year=2003}}</ref>\n"
        f"{FF}A gate opened."
        "<ref>{{cite book |last=Ashdown |first=C. |title=Gates and walls |year=2005}}</ref>\n\n"
        "== References ==\n{{reflist}}\n",
    ),
    (
        "html",
        "paper.html",
        f"<html><body>\n<h1>Intro{LS}duction</h1>\n<p>The harbour was rebuilt [1].</p>\n{FF}\n"
        f"<p>A lantern{LS} was lit [2]. A gate opened [3].</p>\n<h2>References</h2>\n<ol>\n"
        "<li>Marlowe, A. (2001). Harbours of the north. Oxford: Clarendon.</li>\n"
        f"{FF}\n<li>Quennell, B. (2003). Lanterns{LS} and lights. London: Faber.</li>\n"
        "<li>Ashdown, C. (2005). Gates and walls. Leeds: Moor Press.</li>\n</ol>\n</body></html>\n",
    ),
    (
        "latex",
        "paper.tex",
        "\\documentclass{article}\n\\begin{document}\n"
        f"Intro{LS}duction. The harbour was rebuilt~\\cite{{marlowe}}.\n{FF}\n"
        f"A lantern{LS} was lit~\\cite{{quennell}}. A gate opened~\\cite{{ashdown}}.\n"
        "\\begin{thebibliography}{9}\n"
        "\\bibitem{marlowe} Marlowe, A. Harbours of the north. Oxford: Clarendon, 2001.\n"
        f"{FF}\n\\bibitem{{quennell}} Quennell, B. Lanterns{LS} and lights. London: Faber, 2003.\n"
        "\\bibitem{ashdown} Ashdown, C. Gates and walls. Leeds: Moor Press, 2005.\n"
        "\\end{thebibliography}\n\\end{document}\n",
    ),
]


@pytest.mark.parametrize(("reader", "name", "text"), DOCS, ids=[d[0] for d in DOCS])
def test_lines_are_newline_lines(tmp_path: Path, reader: str, name: str, text: str) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    doc = parse_file(path, reader.removesuffix("-pages"))
    lines = text.split("\n")
    total = text.count("\n")

    def token_line(raw: str) -> int | None:
        token = next((t for t in TOKENS if t in raw), None)
        hits = [n for n, line in enumerate(lines, 1) if token and token in line]
        return hits[-1] if hits else None

    entries = [(e.line, e.reference.raw) for e in doc.literature if not e.file]
    for line, raw in entries:
        assert line == token_line(raw), (line, raw)
    notes = [f for f in doc.footnotes if not f.file]
    assert len(entries) + len(notes) >= 3, (doc.footnotes, doc.literature)
    for note in notes:  # a note's definition, or the citation that is the note
        line = lines[note.line - 1]
        assert note.line == token_line(note.reference.raw) or note.label in line, note
        for m in note.markers:
            assert m.file or m.claim.text.split()[-1] in lines[m.line - 1], m
    assert all(a.line is None or a.line <= total for a in doc.all_anomalies())
