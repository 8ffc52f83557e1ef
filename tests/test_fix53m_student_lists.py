"""Fix 53m: shapes of student reference lists pasted from several tools.

* An author-date citation with a slide (or paragraph, line) locator is a citation:
  APA's ``(Okoro, 2022, slide 9)``, German ``Folie``, Spanish ``diapositiva``.
* APA's entry of a reference work with no author (``Title. (2024). In Wikipedia. URL``):
  the head is the title, the work after "In" its container, no author.
* A Vancouver series statement between the title and the imprint (``… Working Paper 7
  (Urban Series). Place: Publisher; year.``) is not part of the title.
* Author-date names joined by Indonesian ``dan`` (``Hart, B.J. dan Lowe, C.D. 2004.``):
  a particle after the initials (``da``) is a whole word, never the start of ``dan``.
* Vancouver initials with a hyphen (``Kang S-W``, ``Roux J-P``) end a name.

Own fixtures, in the shapes real lists use; each rule with a look-alike it must not take.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.parse.references import apa, ieee
from bibcheck.parse.references.chicago import parse as chicago_parse
from bibcheck.parse.references.styles import detect_fields
from bibcheck.readers.authoryear import author_years, line_mentions
from tests.test_regex_growth import assert_linear

ENTRIES = [
    ("1", "Okoro, T. (2022). Week 5: Measuring deprivation [Lecture slides]. Moodle."),
    ("2", "Brandt, L., & Ruiz, P. (2019). Neighbourhoods and health. Routledge."),
]


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("as shown in class (Okoro, 2022, slide 9).", [(0, 30, "1")]),
        ("see the lecture (Okoro, 2022, slides 9–11)", [(0, 28, "1")]),
        ("vgl. (Okoro, 2022, Folie 4)", [(0, 17, "1")]),
        ("véase (Okoro, 2022, diapositiva 12)", [(0, 18, "1")]),
        ("(Brandt & Ruiz, 2019, paragraph 3)", [(0, 20, "2")]),
        # negatives: a word that is no locator, a year no entry has
        ("(Okoro, 2022, slideshow 9)", []),
        ("(Okoro, 2021, slide 9)", []),
    ],
)
def test_slide_locator(line: str, found: list[tuple[int, int, str]]) -> None:
    assert line_mentions(line, "", author_years(ENTRIES)) == found


@pytest.mark.parametrize(
    ("body", "authors", "title", "container"),
    [
        (
            "Urban heat island. (2023, March 3). In Wikipedia. Retrieved May 1, 2023, from",
            (),
            "Urban heat island",
            "Wikipedia",
        ),
        ("Photosynthesis. (2021). In *Encyclopaedia Britannica*.", (), "Photosynthesis", None),
        ("Gentrification. (n.d.). In Merriam-Webster.com dictionary.", (), "Gentrification", None),
        ("Isla de calor. (2022). En Wikipedia, la enciclopedia libre.", (), "Isla de calor", None),
        # negatives: a person's entry keeps its author and title; a title that begins "In"
        ("Okoro, T. (2021). Heat. In Wikipedia.", ("Okoro, T.",), "Heat", None),
        ("Lee, K. (2003). In search of shade. Verso.", ("Lee, K.",), "In search of shade", None),
        # ... and a chapter's editors and pages after "In" are no reference work
        (
            "Heat stress. (2019). In A. Roe (Ed.), Urban climates (pp. 4–9). Wiley.",
            ("Heat stress",),
            None,
            None,
        ),
    ],
)
def test_apa_reference_work(
    body: str, authors: tuple[str, ...], title: str | None, container: str | None
) -> None:
    fields = apa.parse(body)
    assert fields is not None
    assert fields.authors == authors
    if title is not None:
        assert fields.title == title
    if container is not None:
        assert fields.container == container


@pytest.mark.parametrize(
    ("body", "title"),
    [
        (
            "Roe A, Lind E. A framework for healthy cities. Healthy Cities Working Paper 7 "
            "(Policy and Practice). Geneva: World Health Organization; 2012.",
            "A framework for healthy cities",
        ),
        (
            "Roe A. Heat in towns. Report Series 12. Oslo: Met Institute; 2010.",
            "Heat in towns",
        ),
        # negative: a subtitle sentence with no series number stays in the title
        (
            "Roe A. Heat in towns. A guide for planners and engineers. Oslo: Met Institute; 2010.",
            "Heat in towns. A guide for planners and engineers",
        ),
    ],
)
def test_vancouver_series_statement(body: str, title: str) -> None:
    fields = detect_fields(body)
    assert fields is not None
    assert fields.title == title


@pytest.mark.parametrize(
    ("body", "authors"),
    [
        (
            "Hart, B.J. dan Lowe, C.D. 2004. Kimia Analitik. Bandung: ITB Press.",
            ("Hart, B.J.", "Lowe, C.D."),
        ),
        (
            "Hart, B.J., Lowe, C.D. dan Sari, N. 2004. Kimia Analitik. Bandung: ITB Press.",
            ("Hart, B.J.", "Lowe, C.D.", "Sari, N."),
        ),
        # negative: a Portuguese particle after the given name stays with it
        ("Costa, Rui da. 2004. Química. Lisboa: Presença.", ("Costa, Rui da",)),
    ],
)
def test_indonesian_dan(body: str, authors: tuple[str, ...]) -> None:
    fields = chicago_parse(body)
    assert fields is not None
    assert fields.authors == authors


@pytest.mark.parametrize(
    ("body", "authors"),
    [
        (
            "Lund KE, Kang S-W. Phone optics for field assays. Lab Chip. 2018;18(2):201-9.",
            ("Lund KE", "Kang S-W"),
        ),
        (
            "Roux J-P, Morel A. Les îlots de chaleur. Presse Med. 2011;40(3):1-5.",
            ("Roux J-P", "Morel A"),
        ),
        # negative: plain initials unchanged
        ("Lund KE, Kang SW. Phone optics. Lab Chip. 2018;18(2):201-9.", ("Lund KE", "Kang SW")),
    ],
)
def test_vancouver_hyphenated_initials(body: str, authors: tuple[str, ...]) -> None:
    fields = ieee.parse(body)
    assert fields is not None
    assert fields.authors == authors


@pytest.mark.parametrize(
    ("call", "line"),
    [
        (apa.parse, lambda n: "Heat. (2020). In " + "Wiki pedia " * (n // 11) + "."),
        (apa.parse, lambda n: "Heat. (2020). In " + "x." * (n // 2)),
        (ieee.parse, lambda n: "Lund KE, " + "Kang S-W-" * (n // 9) + ". Title. J. 2018;1:1."),
        (
            detect_fields,
            lambda n: (
                "Roe A. Heat. " + "Healthy of the " * (n // 15) + "Paper 7 (x). Oslo: M; 2010."
            ),
        ),
        (
            chicago_parse,
            lambda n: "Hart, B.J. " + "dan " * (n // 4) + "Lowe, C.D. 2004. Title. X: Y.",
        ),
    ],
)
def test_growth_linear(call: Callable[[str], object], line: Callable[[int], str]) -> None:
    assert_linear(call, line)
