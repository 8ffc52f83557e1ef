"""fix79p: a Dutch act printed by its full official title, the subject after its date and
a comma opened by "houdende" or "tot" and closed by the short title in parentheses (``Wet
van 4 juni 2013, houdende regels over … (Wet bodemzorg). Stb. 2013, 210.``), is titled by
all of it, up to the gazette's sentence; an act cited by its date alone, and the subjects
of other languages, as before."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.parse.references import parse_reference
from tests.test_regex_growth import assert_linear


@pytest.mark.parametrize(
    ("entry", "title", "year"),
    [
        (
            "Wet van 4 juni 2013, houdende regels over de bescherming van bodem en water"
            " (Wet bodemzorg). Stb. 2013, 210.",
            "Wet van 4 juni 2013, houdende regels over de bescherming van bodem en water"
            " (Wet bodemzorg)",
            2013,
        ),
        (
            "Besluit van 8 maart 2016, houdende regels over het houden van bijen (Besluit"
            " bijenhouders). Stb. 2016, 77.",
            "Besluit van 8 maart 2016, houdende regels over het houden van bijen (Besluit"
            " bijenhouders)",
            2016,
        ),
        (
            "Besluit van 1 juli 2018, tot wijziging van het Besluit bijenhouders. Stb. 2018, 5.",
            "Besluit van 1 juli 2018, tot wijziging van het Besluit bijenhouders",
            2018,
        ),
        (
            "Wet van 9 mei 2012, houdende regels over het beheer van dijken.",
            "Wet van 9 mei 2012, houdende regels over het beheer van dijken",
            2012,
        ),
        # near misses, as before: the date alone; a French act's subject
        ("Wet van 9 mei 2012. Stb. 2012, 40.", "Wet van 9 mei 2012", 2012),
        (
            "Loi du 2 mai 1930 sur la protection des sites. JORF 4 mai 1930.",
            "Loi du 2 mai 1930 sur la protection des sites",
            1930,
        ),
    ],
)
def test_dutch_act_titled_with_its_subject(entry: str, title: str, year: int) -> None:
    ref = parse_reference(entry, (1,), detect_styles=True)
    assert (ref.title, ref.year) == (title, year)


@pytest.mark.parametrize(
    "text",
    [
        lambda n: "Wet van 9 mei 2012, houdende " + "a. " * (n // 3),
        lambda n: "Wet van 9 mei 2012, tot " + "(Wet x). Stb " * (n // 13),
    ],
)
def test_linear(text: Callable[[int], str]) -> None:
    assert_linear(lambda s: parse_reference(s, (1,), detect_styles=True), text)
