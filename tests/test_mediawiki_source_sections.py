"""MediaWiki: a section named like a reference list that holds running text with notes.

"== Sources ==" / "== Fuentes ==" / "== Källor ==" is often a body section (about the
sources of a language, a text, a period): a paragraph holding ``<ref>`` tags there is
body text, its notes numbered where they stand, not after the body as if they were
defined in the reference list.  The list items of a real bibliography section still are
literature entries.
"""

from __future__ import annotations

import pytest

from bibcheck.readers.mediawiki import read

CITE = "{{cite book |last=%s |first=A. |title=%s |publisher=P |year=%d}}"


def _ref(name: str, last: str, title: str, year: int) -> str:
    return f'<ref name="{name}">' + CITE % (last, title, year) + "</ref>"


@pytest.mark.parametrize(
    ("heading", "biblio"),
    [
        ("Sources", "Bibliography"),
        ("Fuentes", "Bibliografía"),
        ("Källor", "Litteratur"),
        ("Quellen", "Literatur"),
    ],
    ids=["en", "es", "sv", "de"],
)
def test_running_text_under_a_sources_heading_is_body(heading: str, biblio: str) -> None:
    text = (
        "The '''dialect''' was spoken in the south."
        + _ref("a", "Abel", "First work", 1990)
        + "\n\n"
        + f"== {heading} ==\n"
        + "Few texts survive, mostly short verses."
        + _ref("b", "Baker", "Second work", 1991)
        + " Their reading is hard."
        + _ref("c", "Cole", "Third work", 1992)
        + '<ref name="a" />\n\n'
        + "Later glosses add words.<ref>"
        + CITE % ("Dunn", "Fourth work", 1993)
        + "\n</ref> Some are doubtful.<ref>"
        + CITE % ("Eads", "Fifth work", 1994)
        + "</ref>\n\n"
        + "== Phonology ==\n"
        + "Initial clusters were kept."
        + _ref("f", "Ford", "Sixth work", 1995)
        + "\n\n"
        + "== References ==\n{{reflist}}\n\n"
        + f"== {biblio} ==\n"
        + "* "
        + CITE % ("Gale", "Seventh work", 1996)
        + "\n"
    )
    doc = read(text)
    assert [(m.label, m.line) for m in doc.markers] == [
        ("1", 1),
        ("2", 4),
        ("3", 4),
        ("1", 4),
        ("4", 6),
        ("5", 7),
        ("6", 10),
    ]
    titles = {n.label: n.reference.title for n in doc.footnotes if n.reference is not None}
    assert titles["2"] == "Second work" and titles["6"] == "Sixth work"
    assert [n.reference.title for n in doc.literature if n.reference is not None] == [
        "Seventh work"
    ]
