"""German humanities notes (round 79): a commentary cited at its margin number after the
imprint, and a lead-in before a name that a colon or a slash follows."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from tests.test_regex_growth import assert_linear

# a commentary or handbook cited at its margin number ("Rn.", "Rdnr.", "Rz."), perhaps after
# its introduction or a section, instead of a page (:data:`.german.PLACE_PUBLISHER_YEAR`)
MARGIN_NUMBER = [
    (
        "Jana Roth/Paul Winter: *Jagdrecht. Kommentar*, 2. Aufl., Köln: Heymanns 2019, "
        "Einf. Rn. 4–9.",
        ("Jana Roth", "Paul Winter"),
        "Jagdrecht. Kommentar",
        2019,
    ),
    (
        "Jana Roth: *Jagdrecht. Kommentar*, Köln: Heymanns 2019, § 12 Rn. 3.",
        ("Jana Roth",),
        "Jagdrecht. Kommentar",
        2019,
    ),
    (
        "Jana Roth/Paul Winter: *Fischereirecht. Handbuch*, Köln: Heymanns 2019, Rdnr. 31.",
        ("Jana Roth", "Paul Winter"),
        "Fischereirecht. Handbuch",
        2019,
    ),
    (
        "Jana Roth: *Fischereirecht. Handbuch*, Köln: Heymanns 2019, Einl. Rz. 7.",
        ("Jana Roth",),
        "Fischereirecht. Handbuch",
        2019,
    ),
    (
        "Jana Roth: *Fischereirecht. Handbuch*, Köln: Heymanns 2019, Art. 5 Rdn. 2.",
        ("Jana Roth",),
        "Fischereirecht. Handbuch",
        2019,
    ),
    # near-misses, read as before: a page, no pinpoint
    (
        "Jana Roth/Paul Winter: *Jagdrecht. Kommentar*, Köln: Heymanns 2019, S. 4.",
        ("Jana Roth", "Paul Winter"),
        "Jagdrecht. Kommentar",
        2019,
    ),
    (
        "Jana Roth: *Jagdrecht. Kommentar*, Köln: Heymanns 2019.",
        ("Jana Roth",),
        "Jagdrecht. Kommentar",
        2019,
    ),
]


@pytest.mark.parametrize(("text", "authors", "title", "year"), MARGIN_NUMBER)
def test_margin_number_after_imprint(
    text: str, authors: tuple[str, ...], title: str, year: int
) -> None:
    ref = parse_reference(text, [0], detect_styles=True, note=True)
    assert (ref.authors, ref.title, ref.year, ref.kind) == (authors, title, year, RefKind.BOOK)


# a lead-in (an adverb, a clause of prose) before a name in natural order that a colon or a
# slash and the next name follow (:func:`.commentary._named_lead`)
LEAD_BEFORE_COLON = [
    (
        "Grundlegend dazu Paul Winter: *Die Landwirtschaft im Wandel*, Kassel: Bärenreiter "
        "1971, hier S. 12–30.",
        ("Paul Winter",),
        "Die Landwirtschaft im Wandel",
    ),
    (
        "So etwa Jana Roth/Paul Winter: *Die Landwirtschaft im Wandel*, Kassel: Bärenreiter "
        "1971, S. 3.",
        ("Jana Roth", "Paul Winter"),
        "Die Landwirtschaft im Wandel",
    ),
    (
        "Zur Gründung ausführlich Jana Roth: *Die Landwirtschaft im Wandel*, Kassel: "
        "Bärenreiter 1971.",
        ("Jana Roth",),
        "Die Landwirtschaft im Wandel",
    ),
    (
        "Eingehend Jana Roth: *Die Landwirtschaft im Wandel*, Kassel: Bärenreiter 1971.",
        ("Jana Roth",),
        "Die Landwirtschaft im Wandel",
    ),
    (
        "Ausführlich Jana Roth / Paul Winter: *Die Landwirtschaft im Wandel*, Kassel: "
        "Bärenreiter 1971.",
        ("Jana Roth", "Paul Winter"),
        "Die Landwirtschaft im Wandel",
    ),
    # near-miss, read as before: the name opens the note
    (
        "Jana Roth: *Die Landwirtschaft im Wandel*, Kassel: Bärenreiter 1971.",
        ("Jana Roth",),
        "Die Landwirtschaft im Wandel",
    ),
]


@pytest.mark.parametrize(("text", "authors", "title"), LEAD_BEFORE_COLON)
def test_lead_in_before_colon_name(text: str, authors: tuple[str, ...], title: str) -> None:
    ref = parse_reference(text, [0], detect_styles=True, note=True)
    assert (ref.authors, ref.title, ref.kind) == (authors, title, RefKind.BOOK)


# a title whose words before its colon are a title's, not a name ("Letters of John Adams")
TITLE_BEFORE_COLON = [
    "Letters of John Adams: A Selection, Boston: Little 1968.",
    "The Papers of Thomas Jefferson: Main Series, Princeton: Princeton University Press 1968.",
]


@pytest.mark.parametrize("text", TITLE_BEFORE_COLON)
def test_title_before_colon_no_author(text: str) -> None:
    ref = parse_reference(text, [0], detect_styles=True, note=True)
    assert ref.authors == ()


# an inverted name whose particle of two words follows the given name, alone or joined by a
# slash (:data:`.german._PARTICLE`)
INVERTED_PARTICLE = [
    (
        "Bergen, Hanna von den/Roth, Jana: Die Pferdezucht im Wandel, Kassel: Bärenreiter 1971.",
        ("Bergen, Hanna von den", "Roth, Jana"),
        "Die Pferdezucht im Wandel",
    ),
    (
        "Bergen, Hanna von den: Die Pferdezucht im Wandel, Kassel: Bärenreiter 1971.",
        ("Bergen, Hanna von den",),
        "Die Pferdezucht im Wandel",
    ),
    (
        "Roth, Jana / Bergen, Hanna von den: Die Pferdezucht im Wandel, Kassel: Bärenreiter 1971.",
        ("Roth, Jana", "Bergen, Hanna von den"),
        "Die Pferdezucht im Wandel",
    ),
    (
        "Velde, Pieter van het: De paardenfokkerij, Utrecht: Spectrum 1971.",
        ("van het Velde, Pieter",),
        "De paardenfokkerij",
    ),
    # near-misses, read as before: a particle of one word, of the Dutch "van den"
    (
        "Bergen, Hanna von/Roth, Jana: Die Pferdezucht im Wandel, Kassel: Bärenreiter 1971.",
        ("Bergen, Hanna von", "Roth, Jana"),
        "Die Pferdezucht im Wandel",
    ),
    (
        "Berg, Jan van den: De paardenfokkerij, Utrecht: Spectrum 1971.",
        ("Berg, Jan van den",),
        "De paardenfokkerij",
    ),
]


@pytest.mark.parametrize("note", [False, True])
@pytest.mark.parametrize(("text", "authors", "title"), INVERTED_PARTICLE)
def test_inverted_name_particle_after(
    text: str, authors: tuple[str, ...], title: str, note: bool
) -> None:
    ref = parse_reference(text, [0], detect_styles=True, note=note)
    assert (ref.authors, ref.title, ref.kind) == (authors, title, RefKind.BOOK)


@pytest.mark.parametrize(
    ("call", "line"),
    [
        # a run of names joined by slashes before no colon
        (
            lambda s: parse_reference(s, [0], detect_styles=True, note=True),
            lambda n: "Grundlegend dazu " + "Eva Lang/" * (n // 9) + "x",
        ),
        # a run of margin numbers after an imprint
        (
            lambda s: parse_reference(s, [0], detect_styles=True, note=True),
            lambda n: "Eva Lang: *Titel*, Köln: Heymanns 2019, " + "Einf. Rn. 1, " * (n // 13),
        ),
        # a run of particles after an inverted name
        (
            lambda s: parse_reference(s, [0], detect_styles=True),
            lambda n: "Bergen, Hanna" + " von den" * (n // 8) + "/Roth, Jana: x",
        ),
    ],
)
def test_linear(call: Callable[[str], object], line: Callable[[int], str]) -> None:
    assert_linear(call, line)
