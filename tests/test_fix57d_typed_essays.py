"""Fix 57d: Pandoc Markdown, R Markdown and Quarto essays that cite a hand-typed list by
author and year (YAML header, ``#`` headings, ``*emphasis*``, no ``[@key]``, no .bib) are
read by the pandoc-markdown reader, with the plain-text reader's author-date reading
(:mod:`bibcheck.readers.mdtyped`); the list's Markdown shapes (bullets, a fenced or HTML
div around it, hard breaks, ``———.`` dashes, hanging indents) are read as entries; and a
Pandoc citation group holding balanced brackets (``[@a, table [2]; @b]``) is no group
"never closed".  Own fixtures, in English, Dutch, German and Spanish."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode
from bibcheck.readers.mdtyped import blank_front_matter, front_title, unbulleted, wraps_list
from bibcheck.readers.pandoc import _BRACKET
from bibcheck.readers.pandocopen import unclosed_openings
from bibcheck.readers.registry import choose
from tests.test_regex_growth import assert_linear

# --------------------------------------------------------------------------
# Nested brackets in a Pandoc citation group
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "unclosed"),
    [
        ("Stored [@a, table [2]; @b] here.", []),
        ("Stored [see @a, fig. [3a]] and [@b].", []),
        ("Stored [@a, [x [y]] z].", []),
        ("Stored [@a, table [2];\n@b, p. 4].", []),
        # still unclosed: another group opens first, or nothing balances the "["
        ("Stored [@a; @b and more text [@c].", [(0, 7, 29)]),
        ("Stored [@a, fig. [3a] and on.", [(0, 7, 17)]),
        ("Stored [@a [x] [@b] and on.", [(0, 7, 11)]),
        ("Stored [@a, [x]\n\nnext [y]].", [(0, 7, 12)]),
    ],
)
def test_nested_brackets_close_a_group(text: str, unclosed: list[tuple[int, int, int]]) -> None:
    assert [(u.line, u.column, u.end) for u in unclosed_openings(text)] == unclosed


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("x [@a, table [2]; @b] y", "@a, table [2]; @b"),
        ("x [see @a, fig. [3a]] y", "see @a, fig. [3a]"),
        ("x [@a; @b] y", "@a; @b"),
        ("x [text [@a]](url) y", "@a"),  # the inner group only: the outer is a link
    ],
)
def test_bracket_takes_one_level_of_nested_brackets(text: str, body: str) -> None:
    assert [m.group("body") for m in _BRACKET.finditer(text)] == [body]


def test_bracket_linear() -> None:
    assert_linear(lambda t: list(_BRACKET.finditer(t)), lambda n: "[@a, [x] " * (n // 9))
    assert_linear(lambda t: list(_BRACKET.finditer(t)), lambda n: "[x [@a [" * (n // 8))


BIB = (
    "@book{okafor2011, author={Okafor, Ngozi}, title={Soil Carbon}, year={2011},"
    " publisher={Quay}}\n"
    "@article{lind2013, author={Lind, Per}, title={Roots}, journal={Soil J}, year={2013}}\n"
)


def test_group_with_bracketed_locator_reads_both_keys(tmp_path: Path) -> None:
    (tmp_path / "refs.bib").write_text(BIB, encoding="utf-8")
    path = tmp_path / "soil.md"
    path.write_text(
        "---\ntitle: Soils\nbibliography: refs.bib\n---\n\n"
        "Carbon is stored [@okafor2011, table [2]; @lind2013].\n",
        encoding="utf-8",
    )
    doc = parse_file(path)
    assert [(n.label, n.line) for n in doc.footnotes] == [("okafor2011", 6), ("lind2013", 6)]
    assert not [a for a in doc.all_anomalies() if a.code is AnomalyCode.DOCUMENT_DAMAGED]


# --------------------------------------------------------------------------
# The list's Markdown shapes
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lines", "plain"),
    [
        (
            ["- Text (A 2001).", "# References", "- Abel, A. 2001. *T*.", "  Place: P."],
            ["- Text (A 2001).", "# References", "Abel, A. 2001. *T*.", "  Place: P."],
        ),
        (
            ["## Literatuur", "* Prak, M. 2002. *G*.", "+ ———. 2005. *D*."],
            ["## Literatuur", "Prak, M. 2002. *G*.", "———. 2005. *D*."],
        ),
        (
            ["# Literatur", "", "::: {.hanging-indent}", "Vogt, H. 2006. *M*.", ":::"],
            ["# Literatur", "", "", "Vogt, H. 2006. *M*.", ""],
        ),
        (
            ["# Bibliografía", '<div style="text-indent: -2em">', "Ruiz, A. 2004.\\", "</div>"],
            ["# Bibliografía", "", "Ruiz, A. 2004.", ""],
        ),
        (["# Notes", "- A note."], ["# Notes", "- A note."]),  # no literature heading
    ],
)
def test_unbulleted(lines: list[str], plain: list[str]) -> None:
    assert unbulleted(lines) == plain


@pytest.mark.parametrize(
    ("line", "wraps"),
    [
        ("::: {.hanging-indent}", True),
        ("::: {#refs .references .csl-bib-body}", True),
        (":::: hangingindent", True),
        (":::", True),
        ('<div style="padding-left: 2em; text-indent: -2em">', True),
        ("</div>", True),
        ("::: {.appendix}", False),  # a div of its own: it ends the list
        ('<div class="figure">', False),
        ("Hartley, D. 2001. *Tolls*.", False),
    ],
)
def test_wraps_list(line: str, wraps: bool) -> None:
    assert wraps_list(line) is wraps


@pytest.mark.parametrize(
    ("text", "blanked", "end", "title"),
    [
        ("---\ntitle: 'A  T'\nlang: nl\n---\n# H\n", "\n\n\n\n# H\n", 4, "A T"),
        ("---\nauthor: X\n...\nText\n", "\n\n\nText\n", 3, None),
        ("# H\n\nText\n", "# H\n\nText\n", 0, None),
    ],
)
def test_front_matter_blanked(text: str, blanked: str, end: int, title: str | None) -> None:
    assert blank_front_matter(text) == (blanked, end)
    assert front_title(text) == title


# --------------------------------------------------------------------------
# Whole essays
# --------------------------------------------------------------------------

EN = """---
title: "Rivers and Towns"
author: "A. Writer"
date: 2024-03-01
---

# Introduction

River ports grew where tolls were low (Hartley 2001, 45). Later work qualified this view
(Moreno and Patel 2015) and placed the ports in wider networks.

# Argument

Hartley (2001, 80–82) saw the toll as decisive. *Harbour Lives* describes the
workers instead (Okonkwo 2010, 12). The same author returned to the theme later
(Okonkwo 2018).

# References

- Hartley, Dorothy. 2001. *Tolls and Towns on the Severn*. Bristol: Quay Press.
- Moreno, Luis, and Ravi Patel. 2015. "Inland Ports Revisited." *Journal of Transport
  History* 36 (2): 150–72.
- Okonkwo, Ada. 2010. *Harbour Lives*. Lagos: Coast Books.
- ———. 2018. *Docks and Unions*. Lagos: Coast Books.
"""
EN_CITES = [("1", 9), ("1", 14), ("2", 10), ("3", 15), ("4", 16)]
EN_LIST = [
    ("1", 20, 2001, "Tolls and Towns on the Severn"),
    ("2", 21, 2015, "Inland Ports Revisited"),
    ("3", 23, 2010, "Harbour Lives"),
    ("4", 24, 2018, "Docks and Unions"),
]

DE = """---
title: "Zünfte und Märkte"
author: "B. Schreiber"
lang: de-DE
---

# Einleitung

Die Zünfte regelten den Zugang zum Markt (Keller 1998, 33–40). Vogt hat das später
differenziert (Vogt 2006, 101), und zwar mit neuen Quellen aus Nürnberg (Vogt 2011, 7).

# Befund

Keller (1998, 120) spricht von einem „geschlossenen System“. Dagegen stehen die Zahlen
bei Brandt und Lorenz (2013, 55–60).

# Literatur

Brandt, Eva, und Jonas Lorenz. 2013. *Handwerk in der Stadt, 1500–1700*.
    Göttingen: Wallstein.

Keller, Martin. 1998. *Zunft und Obrigkeit: Studien zur städtischen Ordnung*.
    München: Beck.

Vogt, Helga. 2006. *Märkte im Wandel*. Stuttgart: Steiner.

———. 2011. „Nürnberger Marktordnungen neu gelesen.“ *Zeitschrift für Stadtgeschichte*
    14: 1–22.
"""
DE_CITES = [("1", 15), ("2", 9), ("2", 14), ("3", 10), ("4", 10)]
DE_LIST = [
    ("1", 19, 2013, "Handwerk in der Stadt, 1500–1700"),
    ("2", 22, 1998, "Zunft und Obrigkeit: Studien zur städtischen Ordnung"),
    ("3", 25, 2006, "Märkte im Wandel"),
    ("4", 27, 2011, "Nürnberger Marktordnungen neu gelesen"),
]

ES = """---
title: "Puertos y aduanas"
author: "C. Autora"
lang: es
---

# Introducción

Los puertos del Caribe dependían de la aduana (Ruiz 2004, 15). La tesis de
Ruiz fue discutida por Salas (2012, 88–90) y luego por Ortega y Vidal (2019).

# Discusión

Según Salas (2012, 140), el contrabando era la norma. Ruiz (2004, 201) no lo niega.

# Bibliografía

::: {.hanging-indent}
Ortega, Marta, y Pablo Vidal. 2019. «Aduanas coloniales». *Revista de Indias* 79 (2): 301–30.

Ruiz, Andrés. 2004. *El comercio del Caribe, 1700–1800*. Sevilla: Universidad de Sevilla.

Salas, Inés. 2012. *Contrabando y Estado*. Madrid: Marcial Pons.
:::
"""
ES_CITES = [("1", 10), ("2", 9), ("2", 14), ("3", 10), ("3", 14)]
ES_LIST = [
    ("1", 19, 2019, "Aduanas coloniales"),
    ("2", 21, 2004, "El comercio del Caribe, 1700–1800"),
    ("3", 23, 2012, "Contrabando y Estado"),
]

NL = """---
title: "Dijken en waterschappen"
author: "D. Schrijver"
lang: nl
format: html
---

```{r}
#| echo: false
x <- c(1, 2)
```

# Inleiding

De waterschappen waren vroeg democratisch (Bosch 2009, 45). Dat beeld is later
genuanceerd (Kramer 2014, 12–18), onder meer door Bosch (2009, 60) zelf.

# Literatuur

Bosch, Petra. 2009. *Vissen in veenmeren*.\\
Kramer, Eline. 2014. *Water en macht*. Amsterdam: Prometheus.
"""
NL_CITES = [("1", 15), ("1", 16), ("2", 16)]
NL_LIST = [("1", 20, 2009, "Vissen in veenmeren"), ("2", 21, 2014, "Water en macht")]

CASES = [
    ("en.md", EN, "Rivers and Towns", EN_CITES, EN_LIST),
    ("en.Rmd", EN, "Rivers and Towns", EN_CITES, EN_LIST),
    ("de.md", DE, "Zünfte und Märkte", DE_CITES, DE_LIST),
    ("es.md", ES, "Puertos y aduanas", ES_CITES, ES_LIST),
    ("nl.qmd", NL, "Dijken en waterschappen", NL_CITES, NL_LIST),
]


@pytest.mark.parametrize(("name", "text", "title", "cites", "entries"), CASES)
def test_typed_essay(
    tmp_path: Path,
    name: str,
    text: str,
    title: str,
    cites: list[tuple[str, int]],
    entries: list[tuple[str, int, int, str]],
) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    choice = choose(path, text)
    assert choice.reader.name == "pandoc-markdown" and not choice.uncertain
    doc = parse_file(path)
    assert doc.reader == "pandoc-markdown"
    assert doc.title == title
    found = sorted((n.label, m.line) for n in doc.footnotes for m in n.markers)
    assert found == cites
    assert [
        (e.label, e.line, e.reference.year, e.reference.title) for e in doc.literature
    ] == entries
    assert not [
        a
        for a in doc.all_anomalies()
        if a.code in (AnomalyCode.READER_UNCERTAIN, AnomalyCode.UNREAD_REGION)
    ]


def test_without_front_matter_stays_plain_text(tmp_path: Path) -> None:
    """A Markdown file with no YAML header is no Pandoc document by this rule."""
    text = DE.split("---\n", 2)[2]
    path = tmp_path / "de.md"
    path.write_text(text, encoding="utf-8")
    assert choose(path, text).reader.name == "plain-text"


def test_numbered_list_is_not_typed(tmp_path: Path) -> None:
    """A numbered list cited by number is the plain-text reading's numbered one, not an
    author-date essay's (the front matter does not make it one)."""
    text = (
        "---\ntitle: T\n---\n\n# Intro\n\nPorts grew [1]. Tolls fell [2].\n\n# References\n\n"
        "1. Hartley, D. 2001. *Tolls*. Bristol: Quay.\n2. Moreno, L. 2015. *Ports*. Lima: Sur.\n"
    )
    path = tmp_path / "n.md"
    path.write_text(text, encoding="utf-8")
    doc = parse_file(path)
    assert sorted((n.label, n.line) for n in doc.footnotes) == [("1", 7), ("2", 7)]


# --------------------------------------------------------------------------
# With footnotes: the notes keep their labels, the author-date citations cite "[n]"
# --------------------------------------------------------------------------

ES_NOTED = ES.replace("(Ruiz 2004, 15).", "(Ruiz 2004, 15).[^1]").replace(
    "# Bibliografía", "[^1]: Agradezco a mis colegas sus comentarios.\n\n# Bibliografía"
)
DE_NOTED = DE.replace("(Keller 1998, 33–40).", "(Keller 1998, 33–40).[^k]").replace(
    "# Literatur", "[^k]: Vgl. auch Vogt 2006, 12–15.\n\n# Literatur"
)


@pytest.mark.parametrize(
    ("text", "cites", "years"),
    [
        (
            ES_NOTED,
            [("1", 9), ("[1]", 10), ("[2]", 9), ("[2]", 14), ("[3]", 10), ("[3]", 14)],
            {"1": None, "[1]": 2019, "[2]": 2004, "[3]": 2012},
        ),
        (
            DE_NOTED,
            [("[1]", 15), ("[2]", 9), ("[2]", 14), ("[3]", 10), ("[4]", 10), ("k", 9)],
            {"k": 2006, "[1]": 2013, "[2]": 1998, "[3]": 2006, "[4]": 2011},
        ),
    ],
)
def test_noted_essay_cites_its_list_by_author_and_year(
    tmp_path: Path, text: str, cites: list[tuple[str, int]], years: dict[str, int | None]
) -> None:
    path = tmp_path / "essay.md"
    path.write_text(text, encoding="utf-8")
    doc = parse_file(path)
    assert doc.reader == "pandoc-markdown"
    assert sorted((n.label, m.line) for n in doc.footnotes for m in n.markers) == cites
    assert {n.label: n.reference.year for n in doc.footnotes} == years
    assert not [a for a in doc.all_anomalies() if a.code is AnomalyCode.UNREAD_REGION]


def test_noted_essay_with_too_few_dated_cites_adds_none(tmp_path: Path) -> None:
    """Two author-date mentions are no author-date essay (as the plain-text reading asks
    three of two entries): the notes alone are read."""
    text = (
        "---\ntitle: T\n---\n\n# A\n\nPorts grew (Hartley 2001).[^1] Tolls fell.\n\n"
        "[^1]: Moreno and Patel 2015, 151.\n\n# References\n\n"
        "Hartley, Dorothy. 2001. *Tolls and Towns*. Bristol: Quay Press.\n\n"
        'Moreno, Luis, and Ravi Patel. 2015. "Inland Ports." *Transport History* 36: 150–72.\n'
    )
    path = tmp_path / "t.md"
    path.write_text(text, encoding="utf-8")
    doc = parse_file(path)
    assert [n.label for n in doc.footnotes] == ["1"]
