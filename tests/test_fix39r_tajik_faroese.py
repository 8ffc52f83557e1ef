"""Plain text in two languages the readers did not know: a Tajik (Cyrillic) paper cited by
GOST numbers under "Адабиёт", and a Faroese author-date paper with its "Bókmentir".

* The list headings of Tajik ("Адабиёт", "Адабиёти истифодашуда", "Рӯйхати адабиёт") and
  Faroese ("Bókmentir", "Tilvísingar") are literature headings; so Nordic neighbours
  ("Kjelder", "Referansar").
* "and others" in Faroese ("o.o.", og onnur) and Icelandic ("o.fl.", og fleiri) joins an
  author-date citation's first name, as "et al." does.
* An author-date list entry names a co-author with an abbreviated given name ("Chr.
  Holm", "Th. Vang") and a Faroese by-name of place ("Jógvan í Dal Hansen"), a family name
  with a Nordic particle ("Ólavur av Gjógv").
* When no reader fits, the message counts numeric citations with a semicolon or a place
  in the work in the list's language: "[3; 4]", "[5, с. 45]", "[9, p. 118]".

Own text throughout (invented works and people).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.chicago import parse as chicago_parse
from bibcheck.readers.authoryear import author_years, line_mentions
from bibcheck.readers.common import is_literature_heading
from bibcheck.readers.evidence import citation_evidence
from tests.test_regex_growth import assert_linear


@pytest.mark.parametrize(
    ("heading", "literature"),
    [
        ("Адабиёт", True),
        ("Адабиёти истифодашуда", True),
        ("Рӯйхати адабиёт", True),
        ("Сарчашмаҳо", True),
        ("Bókmentir", True),
        ("Tilvísingar", True),
        ("Kjelder", True),
        ("Referansar", True),
        ("Bókmenntir", True),
        # (not every word of the languages)
        ("Хулоса", False),
        ("Niðurstøða", False),
    ],
)
def test_headings(heading: str, literature: bool) -> None:
    assert is_literature_heading(f"# {heading}") is literature


ENTRIES = [
    ("1", "Dalsgaard, Anna, Pól Olsen & Rói Niclasen. 2011. Orð og bending. Tórshavn: Sprotin."),
    ("2", "Gunnarsson, Björn, Ása Jónsdóttir & Páll Einarsson. 2008. Sagnir. Reykjavík: Mál."),
    ("3", "Niclasen, Rói. 1999. Málførini. Tórshavn: Sprotin."),
]


@pytest.mark.parametrize(
    ("line", "labels"),
    [
        ("sum víst er (Dalsgaard o.o. 2011: 12).", ["1"]),
        ("Dalsgaard o.o. (2011) siga", ["1"]),
        ("(sí Dalsgaard o. o. 2011; Niclasen 1999)", ["1", "3"]),
        ("eins og Gunnarsson o.fl. (2008) sýna", ["2"]),
        ("(Gunnarsson og fl. 2008: 40)", ["2"]),
        # the words with a year no entry has: nothing
        ("Dalsgaard o.o. (2015)", []),
    ],
    ids=["fo-parenthetical", "fo-narrative", "fo-see-spaced", "is-ofl", "is-og-fl", "wrong-year"],
)
def test_nordic_et_al(line: str, labels: list[str]) -> None:
    found = line_mentions(line, "", author_years(ENTRIES))
    assert [label for _, _, label in found] == labels


@pytest.mark.parametrize(
    ("entry", "authors", "title"),
    [
        (
            "Holm, K. J. & Chr. Vang. 1972. Ordbog over øerne. København: Gad.",
            ("Holm, K. J.", "Chr. Vang"),
            "Ordbog over øerne",
        ),
        (
            "Berg, Lisa & Th. Dahl. 1988. Stedsnavn i nord. Oslo: Samlaget.",
            ("Berg, Lisa", "Th. Dahl"),
            "Stedsnavn i nord",
        ),
        (
            "Olsen, Pól, Jógvan í Dal Hansen & Eyð Joensen. 2015. Málið í dag. Tórshavn: Sprotin.",
            ("Olsen, Pól", "Jógvan í Dal Hansen", "Eyð Joensen"),
            "Málið í dag",
        ),
        (
            "Joensen, Eyð & Ólavur av Gjógv. 2003. Bygdarnøvn. Tórshavn: Sprotin.",
            ("Joensen, Eyð", "Ólavur av Gjógv"),
            "Bygdarnøvn",
        ),
        # (unchanged: natural-order names with a Romance particle, initials only)
        (
            "Smith, John, Mary Jones & Ann de Lee. 2004. A grammar of things. Oxford: Blackwell.",
            ("Smith, John", "Mary Jones", "Ann de Lee"),
            "A grammar of things",
        ),
        (
            "Smith, J. A. & M. Jones. 2004. A grammar of things. Oxford: Blackwell.",
            ("Smith, J. A.", "M. Jones"),
            "A grammar of things",
        ),
    ],
    ids=["chr", "th", "by-name", "particle-av", "romance-particle", "initials"],
)
def test_author_date_entries(entry: str, authors: tuple[str, ...], title: str) -> None:
    ref = parse_reference(entry, [1], detect_styles=True)
    assert ref.authors == authors
    assert ref.title == title


_TAJIK = """Ҳ. Раҳимов. Ҳафриёти Панҷрӯд

Муқаддима
Ин ёдгорӣ соли 1980 кашф шудааст [1]. Тадқиқоти минбаъда [2; 3] сафолро
ба се давра ҷудо карданд [4, с. 12]. Баъдтар [2, с. 30–31; 4] санаҳо дақиқ гардиданд.
Маводи нав дар [5, p. 7] оварда шудааст.
Хулоса
Корҳо идома хоҳанд ёфт.
Адабиёт
1. Саидов А.Б. Ёдгориҳои водии Зарафшон. – Душанбе: Ирфон, 1984. – 200 с.
2. Каримов Р.Ш. Сафоли қадим // Бостоншиносӣ. – 2001. – № 2. – С. 10–40.
3. Петров И.И. Древняя керамика. – Москва: Наука, 1978. – 150 с.
4. Назарова М. Давраҳои сафол // Паём. – 2010. – № 1. – С. 5–25.
5. Brown T. Early Pottery of Central Asia. – London: Routledge, 2005. – 300 p.
"""

_FAROESE = """Bending í talmáli
Marjun Olsen

1. Inngangur
Sagnorðini broytast skjótt (Dalsgaard o.o. 2011: 12). Longu Niclasen (1999) nevnir
broytingarnar, og tær eru kendar í øðrum málum (sí Gunnarsson o.fl. 2008; Niclasen 1999).

2. Niðurstøða
Broytingarnar eru vanligar.

Bókmentir
Dalsgaard, Anna, Pól Olsen & Rói Niclasen. 2011. Orð og bending. Tórshavn: Sprotin.
Gunnarsson, Björn, Ása Jónsdóttir & Páll Einarsson. 2008. Sagnir. Reykjavík: Mál.
Niclasen, Rói. 1999. Málførini. Tórshavn: Sprotin.
"""


def test_tajik_numbered_paper(tmp_path: Path) -> None:
    path = tmp_path / "maqola.txt"
    path.write_text(_TAJIK, encoding="utf-8")
    doc = parse_file(path)
    assert doc.reader == "plain-text"
    assert len(doc.literature) == 5
    cited = sorted((fn.label, m.line) for fn in doc.footnotes for m in fn.markers)
    assert cited == [
        ("1", 4),
        ("2", 4),
        ("2", 5),
        ("3", 4),
        ("4", 5),
        ("4", 5),
        ("5", 6),
    ]


def test_faroese_author_date_paper(tmp_path: Path) -> None:
    path = tmp_path / "grein.txt"
    path.write_text(_FAROESE, encoding="utf-8")
    doc = parse_file(path)
    assert len(doc.literature) == 3
    assert [e.reference.authors[0] for e in doc.literature] == [
        "Dalsgaard, Anna",
        "Gunnarsson, Björn",
        "Niclasen, Rói",
    ]
    cited = sorted(
        (fn.literature.number if fn.literature else None, m.line)
        for fn in doc.footnotes
        for m in fn.markers
    )
    assert cited == [(1, 5), (2, 6), (3, 5), (3, 6)]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("a [1] b [2; 3] c [4, с. 12] d [2, с. 30–31; 4] e [5, p. 7]", 5),
        ("a [1, S. 10] b [2, pp. 3-4] c [6, т. 2]", 3),
        # (not a law report's year, a LaTeX option, nor a word alone after the comma)
        (r"[2019] EWHC 2214, \newcommand{\x}[1]{y}, [3, see], [1] and [2]", 2),
    ],
    ids=["tajik", "others", "not-citations"],
)
def test_evidence_counts_places(text: str, count: int) -> None:
    numeric = [e for e in citation_evidence(text) if e.what.startswith("numeric")]
    assert (numeric[0].count if numeric else 0) == count


@pytest.mark.parametrize(
    ("call", "line"),
    [
        pytest.param(
            lambda s: citation_evidence(s), lambda n: "[1, ab. 12" * (n // 10), id="evidence"
        ),
        pytest.param(
            lambda s: citation_evidence(s), lambda n: "[1; 2, с 3" * (n // 10), id="evidence-2"
        ),
        pytest.param(
            chicago_parse,
            lambda n: "Holm, K. J., " + "Chr. Th. Vang, " * (n // 15) + "x",
            id="ad-names",
        ),
        pytest.param(
            chicago_parse,
            lambda n: "Holm, Anna, " + "Jógvan í Dal í Dal Hansen, " * (n // 27) + "x",
            id="by-names",
        ),
        pytest.param(
            lambda s: line_mentions(s, "", author_years(ENTRIES)),
            lambda n: "Dalsgaard o.o. o.fl. " * (n // 21),
            id="et-al",
        ),
    ],
)
def test_linear(call: object, line: object) -> None:
    assert_linear(call, line)  # type: ignore[arg-type]
