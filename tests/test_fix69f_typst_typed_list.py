"""Typst papers citing a hand-typed reference list by author and year (no ``@key``, no
``#bibliography``): the list under ``= References`` or ``#heading(...)[References]``,
often in a ``#block[...]`` with a hanging indent.  Before round 69 the Typst reading
found nothing and the document was refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.readers.typsttyped import plain_lines

PREAMBLE = '#set page(paper: "a4")\n#set text(lang: "{lang}")\n\n'

# (language, body, list heading as written, entries, cited (first author, line) pairs)
CASES = [
    (
        "en",
        "= Introduction\n\n"
        "Harbour ledgers were studied by *Lind and Berg (2004)* and later (Moreau 2017).\n\n"
        "The tides matter too (Okafor, Lind, and Ruiz 2021; Moreau 2017).\n",
        "= References",
        [
            "Lind, T. and Berg, K. (2004). Ledgers of the harbour. _Journal of Examples_ 1(2):3–9.",
            "Moreau, P. (2017). Wages and tides. In _Proc. 3rd Workshop on Examples_.",
            "Okafor, A., Lind, T., and Ruiz, M. (2021). Risk at work. _Review of Examples_ 4:1–20.",
        ],
        [("Lind", 6), ("Moreau", 6), ("Moreau", 8), ("Okafor", 8)],
    ),
    (
        "de",
        "= Einleitung\n\nWie Lind (2004) zeigt, wachsen die Häfen (Moreau 2017). "
        "Anders Okafor (2021).\n",
        "#heading(numbering: none)[Literatur]",
        [
            "Lind, T. (2004). _Hafenbücher_. Beispielverlag.",
            "Moreau, P. (2017). Löhne und Gezeiten. _Zeitschrift für Beispiele_ 3:1–9.",
            "Okafor, A. (2021). Risiko bei der Arbeit. _Beispielrevue_ 4:1–20.",
        ],
        [("Lind", 6), ("Moreau", 6), ("Okafor", 6)],
    ),
    (
        "es",
        "= Introducción\n\nSegún Lind (2004), los puertos crecen (Moreau 2017; Okafor 2021).\n",
        "#heading(numbering: none)[Referencias]\n\n#block[\n  #set par(hanging-indent: 1.4em)",
        [
            "Lind, T. (2004). _Libros del puerto_. Editorial Ejemplo.",
            "Moreau, P. (2017). Salarios y mareas. _Revista de Ejemplos_ 3:1–9.",
            "Okafor, A. (2021). Riesgo laboral. _Revista de Pruebas_ 4:1–20.",
        ],
        [("Lind", 6), ("Moreau", 6), ("Okafor", 6)],
    ),
]


@pytest.mark.parametrize(
    ("lang", "body", "heading", "entries", "cited"), CASES, ids=["en", "de-call", "es-block"]
)
def test_typed_list_is_read(
    tmp_path: Path,
    lang: str,
    body: str,
    heading: str,
    entries: list[str],
    cited: list[tuple[str, int]],
) -> None:
    closing = "\n]\n" if "#block[" in heading else "\n"
    text = (
        PREAMBLE.format(lang=lang) + body + "\n" + heading + "\n\n" + "\n\n".join(entries) + closing
    )
    path = tmp_path / "paper.typ"
    path.write_text(text, encoding="utf-8")
    doc = parse_file(path)
    assert doc.reader == "typst"
    assert len(doc.literature) == len(entries)
    found = sorted(
        (
            fn.reference.authors[0].split(",")[0] if fn.reference and fn.reference.authors else "",
            m.line,
        )
        for fn in doc.footnotes
        for m in fn.markers
    )
    assert found == sorted(cited)


@pytest.mark.parametrize(
    ("shown", "raw", "want"),
    [
        (["= References"], ["= References"], ["# References"]),
        (["== Data sources"], ["== Data sources"], ["## Data sources"]),
        (
            ["                         Bibliography "],
            ["#heading(numbering: none)[Bibliography]"],
            ["# Bibliography"],
        ),
        (["a = b in text"], ["a = b in text"], ["a = b in text"]),
        (["         "], ["#heading(level: 2)[]"], ["         "]),
    ],
    ids=["level-1", "level-2", "call", "equals-in-text", "empty-call"],
)
def test_plain_lines(shown: list[str], raw: list[str], want: list[str]) -> None:
    assert plain_lines(shown, raw) == want


def test_keyed_document_is_not_read_as_typed(tmp_path: Path) -> None:
    """A document citing by key keeps its keyed reading (no typed-list reading over it)."""
    (tmp_path / "refs.bib").write_text(
        "@book{lind2004, author = {Lind, Tova}, title = {Ledgers}, "
        "publisher = {Example Press}, year = {2004}}\n",
        encoding="utf-8",
    )
    path = tmp_path / "paper.typ"
    path.write_text(
        '= Intro\n\nAs shown @lind2004.\n\n#bibliography("refs.bib")\n', encoding="utf-8"
    )
    doc = parse_file(path)
    assert [fn.label for fn in doc.footnotes] == ["lind2004"]
