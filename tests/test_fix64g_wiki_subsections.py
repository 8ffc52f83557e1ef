"""MediaWiki: a literature section split into subsections (editions / studies), and a
list of citation templates followed by another heading or by category links."""

from __future__ import annotations

import pytest

from bibcheck.readers.mediawiki import read


def _cite(last: str, year: str, title: str, extra: str = "") -> str:
    return f"* {{{{cite book |last={last} |first=A. |title={title} |year={year}{extra}}}}}\n"


def _page(sources: str, notes: str) -> str:
    return (
        "'''Someone''' was a writer.{{sfn|Roth|1990|p=3}} More text."
        f"{notes}\n\n== References ==\n{{{{reflist}}}}\n\n{sources}"
    )


_SUBSECTIONS = [
    # (the sources part of the page, extra sfn notes, the titles the list reads)
    (  # English: editions then studies, each in refbegin/refend, then categories
        "== Sources ==\n=== Editions and translations ===\n{{refbegin}}\n"
        "* {{cite book |author=Auctor |editor-last=Roth |editor-first=B. |title=Opera"
        " |year=1990 |ref={{sfnref|Roth|1990}}}}\n"
        + _cite("Stein", "1991", "Opera minora")
        + "{{refend}}\n\n=== Studies ===\n{{refbegin}}\n"
        + _cite("Berg", "2001", "A study")
        + _cite("Wald", "2003", "Another study")
        + "{{refend}}\n\n[[Category:Writers]]\n[[Category:People]]\n",
        "{{sfn|Berg|2001|p=5}}",
        ["Opera", "Opera minora", "A study", "Another study"],
    ),
    (  # German: Literatur with Quellen and Darstellungen
        "== Literatur ==\n=== Ausgaben ===\n"
        + _cite("Roth", "1990", "Werke")
        + _cite("Stein", "1992", "Briefe")
        + "\n=== Darstellungen ===\n"
        + _cite("Berg", "2001", "Leben und Werk")
        + "\n[[Kategorie:Autor]]\n",
        "",
        ["Werke", "Briefe", "Leben und Werk"],
    ),
    (  # French: Bibliographie with primary and secondary sources, four levels deep
        "== Bibliographie ==\n=== Sources ===\n==== Éditions ====\n"
        + _cite("Roth", "1990", "Œuvres")
        + "==== Traductions ====\n"
        + _cite("Stein", "1993", "Traités")
        + "=== Études ===\n"
        + _cite("Berg", "2001", "Une étude")
        + "\n[[Catégorie:Écrivain]]\n",
        "",
        ["Œuvres", "Traités", "Une étude"],
    ),
]


@pytest.mark.parametrize(("sources", "notes", "titles"), _SUBSECTIONS)
def test_subsections_of_a_literature_section_are_read(
    sources: str, notes: str, titles: list[str]
) -> None:
    doc = read(_page(sources, notes))
    got = [e.reference.title for e in doc.literature if e.reference is not None]
    assert got == titles


def test_section_after_the_list_ends_it() -> None:
    """A subsection that is prose (an unrelated topic) is no literature."""
    sources = (
        "== Sources ==\n=== Editions ===\n"
        + _cite("Roth", "1990", "Opera")
        + "=== Legacy ===\nHe was remembered in many later poems and in a school named"
        " after him, which still teaches his works to young readers every year.\n"
    )
    doc = read(_page(sources, ""))
    assert [e.reference.title for e in doc.literature if e.reference] == ["Opera"]


_SOURCES_LISTS = [
    # (heading in a language whose name bibcheck need not know, what follows the list)
    ("== Fontes e estudos ==", "\n[[Categoria:Escritores]]\n"),
    ("== Kaynakça listesi ==", "\n[[Kategori:Yazarlar]]\n"),
    ("== Works drawn on ==", "\n== External links ==\n* [https://x.example.net Site]\n"),
]


@pytest.mark.parametrize(("heading", "after"), _SOURCES_LISTS)
def test_sources_list_before_categories_or_a_heading(heading: str, after: str) -> None:
    """A list of citation templates the short citations point at is the literature
    whatever its heading, also when category links or another heading follow it."""
    sources = (
        f"{heading}\n{{{{refbegin}}}}\n"
        + _cite("Roth", "1990", "Opera")
        + _cite("Berg", "2001", "A study")
        + "{{refend}}\n"
        + after
    )
    doc = read(_page(sources, "{{sfn|Berg|2001|p=5}}"))
    assert [e.reference.title for e in doc.literature if e.reference] == ["Opera", "A study"]
