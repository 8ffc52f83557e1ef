"""Author names of notes and entries (fix39a): family names alone joined by slashes or "and",
the Irish particles of a family name, prefixed hyphenated parts, and the work an ``Ibid.``, a
``supra`` after a full work repeats."""

from __future__ import annotations

import pytest

from bibcheck.parse.names import family_name
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.namelist import surname_list
from bibcheck.parse.references.repeat import Repeat, find_repeats


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param("Hartmann/Özdemir", ("Hartmann", "Özdemir"), id="slash"),
        pytest.param("Keller / Brandt / Vogt", ("Keller", "Brandt", "Vogt"), id="three-spaced"),
        pytest.param("Ruiz Gómez/Vidal Soler", ("Ruiz Gómez", "Vidal Soler"), id="two-words"),
        pytest.param("Okafor and Lindgren", ("Okafor", "Lindgren"), id="and"),
        pytest.param("Moreau et Lefèvre", ("Moreau", "Lefèvre"), id="french-et"),
        pytest.param("Ortega y Gasset", None, id="spanish-y-one-name"),
        pytest.param("World Health Organization", None, id="body"),
    ],
)
def test_surname_list(text: str, names: tuple[str, ...] | None) -> None:
    assert surname_list(text) == names


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        pytest.param("Vgl. Hartmann/Özdemir (2019), S. 12–14.", ("Hartmann", "Özdemir"), id="de"),
        pytest.param("Okafor and Lindgren (2021), p. 8.", ("Okafor", "Lindgren"), id="en"),
        pytest.param(
            "Keller/Brandt (2015). Stadt und Land. Berlin: Metropol.",
            ("Keller", "Brandt"),
            id="entry",
        ),
        pytest.param(
            "Lloyd-MacKenzie, Fiona, and Tomás R. Healy. 2021. “Harbour Rents.” Journal of"
            " Maritime Law 12: 44–61.",
            ("Lloyd-MacKenzie, Fiona", "Tomás R. Healy"),
            id="hyphen-prefix",
        ),
    ],
)
def test_authors(text: str, authors: tuple[str, ...]) -> None:
    ref = parse_reference(text, (1,), detect_styles=True, note=True)
    assert ref.authors == authors


@pytest.mark.parametrize(
    ("name", "family"),
    [
        pytest.param("Siobhán Nic Lochlainn", "nic lochlainn", id="nic"),
        pytest.param("C Ó Briain", "ó briain", id="oscola-o"),
        pytest.param("Séamus Mac Giolla", "mac giolla", id="mac"),
        pytest.param("Éadaoin Ní Mhurchú", "ní mhurchú", id="ni"),
        pytest.param("Ó Briain, C.", "ó briain", id="inverted"),
    ],
)
def test_family_name_keeps_particle(name: str, family: str) -> None:
    assert family_name(name) == family


def test_ibid_after_a_short_note_keeps_its_author() -> None:
    texts = [
        "Patent no. 512, 1820. See Margit Olsen, “Clocks and Bells,” Horology 4 (2009): 1–20.",
        "Olsen, “Clocks and Bells,” 7.",
        "Ibid., 9.",
    ]
    found = find_repeats(texts)
    assert found[2] is not None and found[2].target == 0
    assert found[2].author == found[1].author == "Olsen" if found[1] else False


def test_supra_after_a_full_work_is_no_repeat() -> None:
    texts = [
        "Jane Holt, The Law of Moorings 4 (2010).",
        "See Omar Said, Tides and Tolls 12–15 (2001); Holt, supra note 1, at 9.",
        "Holt, supra note 1, at 11.",
    ]
    found = find_repeats(texts, ["1", "2", "3"])
    assert found[1] is None
    assert found[2] == Repeat("supra", 0, "11")
