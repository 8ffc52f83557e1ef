"""A heading named like a list must hold a list; further reading is never uncited.

``===Literature===`` in a long article is often a content section about a country's
writers, paragraphs of running prose: no reference list.  ``Further reading``, ``Works
consulted``, ``Bibliografía consultada`` list works the text need not cite: their
entries are never ``literature-uncited``.  Fixtures are written here, results by hand.
"""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode as C
from bibcheck.readers.apparatus import is_prose_line, is_reading_heading, prose_section
from tests.test_regex_growth import assert_linear

CITE = "{{cite book |last=%s |first=A. |title=%s |publisher=P |year=%d}}"
PROSE = (
    "The poetry of the valley is mostly written in the local dialect, and the "
    "[[Lyric poetry|lyric]] tradition reaches back to the songs that shepherds sang in the "
    "summer pastures; many of these were written down only in the nineteenth century, when "
    "collectors from the capital travelled through the villages and printed what they heard."
)


def page(section: str, body: str, reading: str = "Further reading") -> str:
    return (
        "'''Veltria''' is a region in the mountains.<ref>"
        + CITE % ("Abel", "A history of Veltria", 1990)
        + "</ref>\n\n"
        + f"=={section}==\n"
        + body
        + "\n\n==Music==\nFolk songs are sung at weddings.<ref>"
        + CITE % ("Baker", "Songs of the valleys", 2004)
        + "</ref>\n\n==References==\n{{reflist}}\n\n"
        + f"=={reading}==\n* "
        + CITE % ("Cole", "Mountain peoples", 2011)
        + "\n* "
        + CITE % ("Dunn", "Roads over the pass", 1999)
        + "\n"
    )


def read(text: str) -> tuple[list[str], list[C]]:
    doc = parse_bytes(text.encode(), "Veltria.wiki")
    titles = [e.reference.title or e.reference.raw for e in doc.literature]
    return titles, [a.code for a in doc.all_anomalies()]


@pytest.mark.parametrize(
    ("section", "body", "entries"),
    [
        # a content section about literature: prose, no list
        ("Literature", "{{Main|Veltrian literature}}\n" + PROSE + "\n\n" + PROSE, 2),
        ("History of the literature", PROSE, 2),
        # negative: a real list under "Literature" stays the page's literature
        ("Literature", "* " + CITE % ("Eads", "Old ballads", 1987), 3),
        # negative: a short entry written as free text stays an entry
        ("Bibliography", "Eads, A. ''Old ballads''. Veltria: P, 1987.", 3),
    ],
)
def test_prose_under_a_list_heading_is_no_list(section: str, body: str, entries: int) -> None:
    titles, codes = read(page(section, body))
    assert len(titles) == entries
    assert not any(PROSE[:30] in t for t in titles)


@pytest.mark.parametrize(
    ("reading", "uncited"),
    [
        ("Further reading", 0),
        ("Works consulted", 0),
        ("Bibliografía consultada", 0),
        ("Weiterführende Literatur", 0),
        # negative: a plain bibliography's works are expected to be cited
        ("Bibliography", 2),
    ],
)
def test_reading_lists_are_never_uncited(reading: str, uncited: int) -> None:
    _, codes = read(page("Literature", PROSE, reading))
    assert codes.count(C.LITERATURE_UNCITED) == uncited


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Further reading", True),
        ("== Further Reading ==", True),
        ("Works consulted", True),
        ("Bibliografía consultada", True),
        ("Lecturas complementarias", True),
        ("Дополнительная литература", True),
        ("Pour en savoir plus", True),
        ("References", False),
        ("Bibliography", False),
        ("Works cited", False),
        ("Selected bibliography", False),
    ],
)
def test_is_reading_heading(text: str, expected: bool) -> None:
    assert is_reading_heading(text) is expected


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        ([(False, PROSE)], True),
        ([(False, "{{Main|X}}"), (False, PROSE)], True),
        ([(True, "* " + PROSE)], False),  # a list item: a list, however long
        ([(False, "Eads, A. ''Old ballads''. Veltria: P, 1987.")], False),
        # an APA entry of many authors: long, but names and a title, no running text
        (
            [
                (
                    False,
                    "Okafor, C., Lindqvist, E., Brandt, H. J., Yamada, K., Ortiz, R., Quispe, "
                    "H., Amadi, R., Kowalczyk, T., Wibowo, S., Lindahl, M., Tauber, L., & "
                    "Zukowski, A. (2016). Natriuretic Peptides in Chronic Kidney Disease: A "
                    "Multicentre Cohort Study of Renal Function. Kidney International, 89(1), "
                    "101–112. https://doi.org/10.1016/j.kint.2016.01.001",
                )
            ],
            False,
        ),
    ],
)
def test_prose_section(lines: list[tuple[bool, str]], expected: bool) -> None:
    assert prose_section(lines) is expected


@pytest.mark.parametrize(
    "line",
    [
        lambda n: "[[a|" * (n // 8) + "word " * (n // 10),
        lambda n: "{{" * (n // 6) + "'' " * (n // 6) + "<" * (n // 6),
        lambda n: "[[" * (n // 2),
    ],
)
def test_prose_line_is_linear(line: object) -> None:
    assert callable(line)
    assert_linear(is_prose_line, line)
