"""Fix round 31 (d), P5: works that share a site's address are not one work.

A project's manuals, a standards body's standards or an institute's reports often give
only the home page as their address.  Entries of one address whose titles clearly differ
are several works (at most an info that they point at a site); the same address with the
same title respelled or cut short, or the same DOI and title, is still one work listed twice.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.analyse import analyse_document
from bibcheck.manuscript import parse_file
from bibcheck.model import FindingKind, Severity
from bibcheck.text import distinct_titles


@pytest.mark.parametrize(
    ("a", "b", "distinct"),
    [
        # two manuals of one project
        ("The Quill class: a layout for reports", "The quill-ref package: citation styles", True),
        ("O pacote quillref: estilos de citação", "O pacote quillref: tópicos da norma", True),
        ("Modelo de relatório técnico com Quill", "Modelo de artigo científico com Quill", True),
        # standards of one body: the numbers say two works
        ("NBR 6024", "NBR 14724", True),
        ("DIN 1505-2: Titelangaben von Dokumenten", "DIN 1505-3: Titelangaben", True),
        # one work written twice
        ("The Quill Class Manual", "The quill class manual.", False),
        ("The Quill class manual", "The Quill class manual: version 2 notes", False),  # cut
        ("Quill: the class manual", "The class manual Quill", False),  # reordered
        ("The Quill class manul", "The Quill class manual", False),  # a typo
        ("NBR 14724", "NBR 14724: informação e documentação", False),
        # nothing to compare
        (None, "The Quill class manual", False),
        ("", "The Quill class manual", False),
        ("The Quill class manual", "The Quill class manual", False),
        ("x" * 10_000, "y" * 10_000, True),
    ],
)
def test_distinct_titles(a: str | None, b: str, distinct: bool) -> None:
    assert distinct_titles(a, b) is distinct
    assert distinct_titles(b, a) is distinct


_SITE = "http://www.quill-tex.example.org/"
_BIB = """@manual{qclass,
  author = {Moura, Lia},
  title = {A classe quill: modelo de trabalhos acad{\\^e}micos},
  url = {%(site)s},
  year = {2018}
}
@manual{qcite,
  author = {Moura, Lia},
  title = {O pacote quillcite: estilos bibliogr{\\'a}ficos},
  url = {%(site)s},
  year = {2018}
}
@manual{qcitealf,
  author = {Moura, Lia},
  title = {O pacote quillcite: o sistema autor-data},
  url = {%(site)s},
  year = {2018}
}
%(extra)s"""

# a real duplicate: the same page and the same title written twice
_SAME_PAGE = """@online{glossa,
  author = {Ferreira, Tom},
  title = {Glossaries for the working typesetter},
  url = {https://typeset.example.net/guides/glossaries-working},
  year = {2020}
}
@misc{glossb,
  author = {Ferreira, T.},
  title = {Glossaries for the Working Typesetter},
  howpublished = {\\url{http://typeset.example.net/guides/glossaries-working/}},
  year = {2020}
}
"""
# a real duplicate: the same DOI and title, each with an address of its own
_SAME_DOI = """@article{rivera,
  author = {Rivera, Ana},
  title = {Hyphenation in small caps},
  journal = {Typeset Quarterly},
  doi = {10.5555/tq.2019.114},
  url = {https://tq.example.com/article/114},
  year = {2019}
}
@article{riverab,
  author = {Rivera, Ana},
  title = {Hyphenation in Small Caps},
  journal = {Typeset Quarterly},
  doi = {10.5555/TQ.2019.114},
  url = {https://mirror.example.edu/tq/114.pdf},
  year = {2019}
}
"""


def _findings(tmp_path: Path, extra: str, cited: str) -> list[tuple[Severity, tuple[int, ...]]]:
    (tmp_path / "refs.bib").write_text(_BIB % {"site": _SITE, "extra": extra}, encoding="utf-8")
    tex = tmp_path / "thesis.tex"
    tex.write_text(
        "\\documentclass{article}\n\\begin{document}\n"
        f"The class \\cite{{qclass}} and its package \\cite{{qcite,qcitealf}}{cited}.\n"
        "\\bibliography{refs}\n\\end{document}\n",
        encoding="utf-8",
    )
    doc = parse_file(tex)
    found = analyse_document(doc, {}, {})
    return [
        (f.severity, f.literature_entries)
        for f in found
        if f.kind is FindingKind.DUPLICATE_CITATION
    ]


@pytest.mark.parametrize(
    ("extra", "cited", "expected"),
    [
        ("", "", [(Severity.INFO, (1, 2, 3))]),
        (
            _SAME_PAGE,
            " after \\cite{glossa,glossb}",
            [(Severity.INFO, (1, 2, 3)), (Severity.WARNING, (4, 5))],
        ),
        (
            _SAME_DOI,
            " after \\cite{rivera,riverab}",
            [(Severity.INFO, (1, 2, 3)), (Severity.WARNING, (4, 5))],
        ),
        # a fourth entry of the site repeating one of the manuals: that pair is one work
        (
            "@manual{qcite2,\n  author = {Moura, Lia},\n"
            "  title = {O Pacote Quillcite: Estilos Bibliogr{\\'a}ficos},\n"
            f"  url = {{{_SITE}}},\n  year = {{2018}}\n}}\n",
            " and \\cite{qcite2}",
            [(Severity.WARNING, (2, 4)), (Severity.INFO, (1, 2, 3, 4))],
        ),
    ],
    ids=["site-of-three-manuals", "same-page-twice", "same-doi-twice", "one-manual-twice"],
)
def test_works_on_one_site_are_not_duplicates(
    tmp_path: Path, extra: str, cited: str, expected: list[tuple[Severity, tuple[int, ...]]]
) -> None:
    assert sorted(_findings(tmp_path, extra, cited)) == sorted(expected)


@pytest.mark.parametrize(
    ("extra", "flagged"),
    [
        ("", []),
        (_SAME_PAGE, ["entry 5 cites the same work as entry 4 (line 19): same URL"]),
        (_SAME_DOI, ["entry 5 cites the same work as entry 4 (line 19): same DOI"]),
    ],
    ids=["site-of-three-manuals", "same-page-twice", "same-doi-twice"],
)
def test_bib_file_entries_on_one_site(tmp_path: Path, extra: str, flagged: list[str]) -> None:
    bib = tmp_path / "refs.bib"
    bib.write_text(_BIB % {"site": _SITE, "extra": extra}, encoding="utf-8")
    doc = parse_file(bib)
    found = [a.message for a in doc.all_anomalies() if a.code.value == "literature-duplicate-entry"]
    assert found == flagged
