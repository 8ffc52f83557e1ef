"""Typst: ``#footnote(expr)`` whose body is an expression, not a content block (fix65d, item 3).

Typst's ``footnote(body, numbering: ..)`` takes any content as its body: a call
(``cite(<key>)``, ``emph[...]``, ``link("...")[...]``) or a sum of content
(``[See ] + cite(<key>)``).  The body is a footnote, and a citation in it is a citation of
its own, as in ``#footnote[...]``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file

_BIB = """@article{okafor2018,
  author = {Okafor, Ngozi and Haddad, Amal},
  title = {Rivers of the delta},
  journal = {Journal of Hydrology},
  year = {2018}
}
@book{lindqvist1999,
  author = {Lindqvist, Tove},
  title = {Harbour towns of the north},
  publisher = {Nordic Press},
  year = {1999}
}
"""


@pytest.mark.parametrize(
    ("call", "key", "words"),
    [
        ("#footnote(cite(<okafor2018>))", "okafor2018", ""),
        ("#footnote([See ] + cite(<okafor2018>))", "okafor2018", "See"),
        ("#footnote([Vgl. ] + cite(<lindqvist1999>) + [, S. 12.])", "lindqvist1999", "Vgl."),
        ('#footnote(cite(<okafor2018>, supplement: [p. 4]), numbering: "*")', "okafor2018", ""),
        ("#footnote(\n  [Voir ] + cite(<lindqvist1999>)\n)", "lindqvist1999", "Voir"),
        ('#footnote(cite(label("okafor2018")))', "okafor2018", ""),
    ],
)
def test_expression_footnote_cites(tmp_path: Path, call: str, key: str, words: str) -> None:
    (tmp_path / "refs.bib").write_text(_BIB, encoding="utf-8")
    path = tmp_path / "paper.typ"
    path.write_text(
        "= Deltas\n\nThe delta is sinking." + call + " More follows.\n\n"
        '#bibliography("refs.bib")\n',
        encoding="utf-8",
    )
    doc = parse_file(path)
    notes = [fn for fn in doc.footnotes if fn.label == "1"]
    assert notes, [fn.label for fn in doc.footnotes]
    assert any(fn.label == key for fn in doc.footnotes)
    assert notes[0].line in (3, 4)  # (the call's line, or its body's)
    assert words in notes[0].reference.raw


@pytest.mark.parametrize(
    ("call", "title"),
    [
        ("#footnote(emph[Coastal Atlas of Norway, 2019])", "Coastal Atlas of Norway"),
        (
            '#footnote(link("https://www.example.org/atlas")[Coastal Atlas, 2019])',
            "Coastal Atlas",
        ),
        ('#footnote(strong[Atlas der Küsten], numbering: "a")', "Atlas der Küsten"),
        ('#footnote([Atlas ] + emph[des côtes], numbering: "1")', "Atlas des côtes"),
    ],
)
def test_expression_footnote_text(tmp_path: Path, call: str, title: str) -> None:
    path = tmp_path / "paper.typ"
    path.write_text(
        '= Coasts\n\n#set page(paper: "a4")\nThe coast erodes.' + call + " More.\n",
        encoding="utf-8",
    )
    doc = parse_file(path)
    assert [fn.label for fn in doc.footnotes] == ["1"]
    assert title in " ".join(doc.footnotes[0].reference.raw.split())
