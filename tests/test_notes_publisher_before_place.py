"""Fix 37n/37x: a South Slavic note names the publisher between the title and the place and
year (``Презиме И., Наслов, Издавач, Место година``); a publisher's name with no word saying
so is no part of the title when a South Slavic place follows it (a German note's last
segment before its place is its title's: "…, Speicher und Höfe, Lüneburg 2005").  Own
fixtures."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.places import publisher_before_place
from tests.test_regex_growth import assert_linear


@pytest.mark.parametrize(
    ("text", "title", "publisher"),
    [
        (
            "Јовановић Д., Српски млинови, Просвета, Београд 2003, стр. 12.",
            "Српски млинови",
            "Просвета",
        ),
        (
            "Jovanović D., Mlinovi na Dunavu, Nolit, Beograd 2003, str. 12.",
            "Mlinovi na Dunavu",
            "Nolit",
        ),
        ("Д. Јовановић, Српски млинови, Нолит, Нови Сад 2003.", "Српски млинови", "Нолит"),
        (
            "Kralj M., Stari mlini, Mladinska knjiga, Ljubljana 2004.",
            "Stari mlini",
            "Mladinska knjiga",
        ),
        (
            "M. Kralj, Stari mlini ob Savi, Logos, Zagreb 2004, str. 7.",
            "Stari mlini ob Savi",
            "Logos",
        ),
    ],
    ids=["cyrillic", "latin", "initials-first", "slovenian", "croatian"],
)
@pytest.mark.parametrize("detect", [False, True], ids=["plain", "detected"])
def test_publisher_before_place(text: str, title: str, publisher: str, detect: bool) -> None:
    ref = parse_reference(text, (1,), note=True, detect_styles=detect)
    assert (ref.title, ref.publisher) == (title, publisher)


@pytest.mark.parametrize(
    ("title", "place"),
    [
        ("Mlinovi na Dunavu, Beograd", "Novi Sad"),  # two places
        ("Mlinovi, Nolit", "Beograd"),  # a title of one word
        ("Mlinovi na Dunavu, knjiga druga", "Beograd"),  # the title's own words
        ("Mlinovi na Dunavu, Nolit", "Mlinarevo"),  # no known place
        ("Alte Mühlen an der Elbe, Speicher und Höfe", "Lüneburg"),  # a German place
        ("Stare młyny nad Wisłą, Spichrze", "Kraków"),  # a Polish place
    ],
    ids=["two-places", "short", "lower-case", "unknown-place", "german", "polish"],
)
def test_no_publisher_split(title: str, place: str) -> None:
    assert publisher_before_place(title, place) is None


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Hans Weber, Alte Mühlen an der Elbe, Speicher und Höfe, Lüneburg 2005, S. 12.",
            "Alte Mühlen an der Elbe, Speicher und Höfe",
        ),
        (
            "Vgl. Jan Kowal, Stare młyny nad Wisłą, Spichrze i Składy, Kraków 2005, s. 12.",
            "Stare młyny nad Wisłą, Spichrze i Składy",
        ),
    ],
    ids=["german", "polish"],
)
@pytest.mark.parametrize("detect", [False, True], ids=["plain", "detected"])
def test_title_kept_before_other_places(text: str, title: str, detect: bool) -> None:
    assert parse_reference(text, (1,), note=True, detect_styles=detect).title == title


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "Naslov knjige, " + "Ab " * (n // 3), id="words"),
        pytest.param(lambda n: "Naslov, " * (n // 8), id="commas"),
    ],
)
def test_publisher_before_place_is_linear(line: Callable[[int], str]) -> None:
    assert_linear(lambda text: publisher_before_place(text, "Beograd"), line)
