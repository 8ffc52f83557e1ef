"""fix73f: a Scandinavian translator's or editor's statement after an APA title, a Scandinavian
"I" before a reference work, a recording described in brackets, an object's inventory number
after its title, an address broken after a slash (own examples)."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.urls import extract_urls


def _parse(text: str):  # type: ignore[no-untyped-def]
    return parse_reference(text, [0], detect_styles=True)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Berg, A. (1988). Songs of the northern valleys (K. Dahl & P. Holm, övers.). "
            "Nordic Folk Review, 7, 11–30.",
            "Songs of the northern valleys",
        ),
        (
            "Strand, L. (1971). Tabulatura nova (H. Ek, utg.; faksimil av utg. Lübeck 1624). "
            "Gehrmans.",
            "Tabulatura nova",
        ),
        (
            "Moe, T. (2002). Hardingfela i bygdene (S. Lie, overs.). Samlaget.",
            "Hardingfela i bygdene",
        ),
        (
            "Krogh, J. (1999). Viser fra Fyn (M. Holm, udg.). Gyldendal.",
            "Viser fra Fyn",
        ),
    ],
)
def test_scandinavian_role_statement_is_no_part_of_the_title(text: str, title: str) -> None:
    assert _parse(text).title == title


@pytest.mark.parametrize(
    ("text", "kind", "host"),
    [
        (
            "Dahl, K. (2015). Langeleik. I Store norske leksikon. Kunnskapsforlaget.",
            RefKind.CHAPTER,
            "Store norske leksikon",
        ),
        (
            "Berg, K. (2010). Folkdans. I Nationalencyklopedin. Bokförlaget Bra Böcker.",
            RefKind.CHAPTER,
            "Nationalencyklopedin",
        ),
    ],
)
def test_scandinavian_i_before_a_reference_work_is_a_chapter(
    text: str, kind: RefKind, host: str
) -> None:
    ref = _parse(text)
    assert (ref.kind, ref.host) == (kind, host)


def test_a_title_going_on_in_small_letters_after_i_is_no_host() -> None:
    ref = _parse("Berg, K. (2010). Folkdans. I skuggan av kriget. Bonniers.")
    assert ref.kind is not RefKind.CHAPTER


@pytest.mark.parametrize(
    "text",
    [
        "Nilsson, O. (1981). Polskor från Rättvik [LP]. Sonet SLP 2411.",
        "Holm, P. (2004). Spelmanslåtar [CD]. Drone DROCD 031.",
        "Larsen, M. (2019). Fjord songs [Album]. Kirkelig Kulturverksted.",
        "Ek, A. (1965). Brudmarsch [Ljudinspelning]. Svenskt visarkiv.",
    ],
)
def test_bracketed_recording_is_web(text: str) -> None:
    assert _parse(text).kind is RefKind.WEB


def test_cd_rom_is_no_recording() -> None:
    assert _parse("Doe, J. (1998). Atlas of rivers [CD-ROM]. Mapworks.").kind is not RefKind.WEB


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Stadsmuseet. (u.å.). Luta från Bologna (inv.nr MI 54). Hämtad 2 maj 2023 från "
            "https://samling.example.org/objekt/MI54",
            "Luta från Bologna",
        ),
        (
            "City Museum. (n.d.). Spinet by Hans Ruckers (inv. no. 4471). Retrieved May 2, "
            "2023, from https://collection.example.org/object/4471",
            "Spinet by Hans Ruckers",
        ),
        (
            "Landesmuseum. (o. J.). Pokal aus Nürnberg (Inv.-Nr. KG 1123). Abgerufen am "
            "2. Mai 2023 von https://sammlung.example.de/objekt/KG1123",
            "Pokal aus Nürnberg",
        ),
        (
            "Town Museum. (n.d.). Harp (acc. no. 1989.44). Retrieved May 2, 2023, from "
            "https://museum.example.org/harp",
            "Harp",
        ),
    ],
)
def test_inventory_number_is_no_part_of_the_title(text: str, title: str) -> None:
    assert _parse(text).title == title


@pytest.mark.parametrize(
    ("text", "url"),
    [
        (
            "Museum. (n.d.). Lute. Retrieved from https://collection.example.org/objects/\nB1234",
            "https://collection.example.org/objects/B1234",
        ),
        (
            "Archive. (n.d.). Letter. Retrieved from https://archive.example.org/items/\n"
            "letter-17.html.",
            "https://archive.example.org/items/letter-17.html",
        ),
        # a line with more words on it is the entry's, not the address's; so is a year alone
        (
            "Museum. Lute. https://collection.example.org/objects/\n2023.",
            "https://collection.example.org/objects/",
        ),
        # a line with more words on it is the entry's, not the address's
        (
            "Museum. (n.d.). Lute. https://collection.example.org/objects/\nAccessed 2 May 2023.",
            "https://collection.example.org/objects/",
        ),
    ],
)
def test_address_broken_after_a_slash(text: str, url: str) -> None:
    found = extract_urls(text, [0])
    assert [u.url for u in found.urls] == [url]
