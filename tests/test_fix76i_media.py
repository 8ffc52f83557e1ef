"""Films, broadcasts and a guidebook's title in notes and lists (fix76i).

* Chicago's film note, ``*Title*, directed by Name (Place: Studio, Year), film.``: the
  title, the director as author, the imprint's year, ``web`` (:mod:`.imprinted_film`);
* a broadcast cited with the station's number (``BBC Radio 4``) and its medium after the
  date: the number is the station's, no volume, and the broadcast ``web``
  (:mod:`.media_kind`);
* a bracketed description of a broadcast or a film in the list's language
  (``[radiooverføring]``, ``[Fernsehsendung]``, ``[émission de radio]``): ``web``
  (:mod:`.broadcast_words`, :mod:`.described`);
* a title-case subtitle after a colon that opens with "Handbook" is the title's own, no
  GOST genre designation (``: handbook`` in lower case is one) (:mod:`.genre`).

Own examples, written in those shapes.
"""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.imprinted_film import imprinted_film


def _read(text: str, *, note: bool) -> tuple[RefKind, str | None, int | None, tuple[str, ...]]:
    ref = parse_reference(text, [0], detect_styles=True, note=note)
    return ref.kind, ref.title, ref.year, ref.authors


@pytest.mark.parametrize(
    ("text", "title", "director", "year"),
    [
        (
            "*Night Train*, directed by Anna Weller (Berlin: Nordfilm, 1961), film.",
            "Night Train",
            "Anna Weller",
            1961,
        ),
        (
            "Night Train, directed by Anna Weller (Berlin: Nordfilm, 1961), film.",
            "Night Train",
            "Anna Weller",
            1961,
        ),
        (
            "*The Harbour Lights*, directed by Tom Reid (1958; London: Archive Video, 2004), DVD.",
            "The Harbour Lights",
            "Tom Reid",
            2004,
        ),
        (
            "*Le Port*, réalisé par Jeanne Morel (Paris : Films du Quai, 1955), film.",
            "Le Port",
            "Jeanne Morel",
            1955,
        ),
        (
            "*Il porto d'inverno*, regia di Marco Sala (Roma: Lux Film, 1952).",
            "Il porto d'inverno",
            "Marco Sala",
            1952,
        ),
        (
            "*Die Mole*, Regie: Karl Brandt (München: Isar-Film, 1957), Spielfilm.",
            "Die Mole",
            "Karl Brandt",
            1957,
        ),
    ],
    ids=["en-italic", "en-plain", "en-reissue-dvd", "fr", "it", "de"],
)
def test_film_note_with_imprint(text: str, title: str, director: str, year: int) -> None:
    film = imprinted_film(text)
    assert film is not None
    assert (film.title, film.director, film.year) == (title, director, year)
    for note in (True, False):
        kind, got_title, got_year, authors = _read(text, note=note)
        assert (kind, got_title, got_year, authors) == (RefKind.WEB, title, year, (director,))


@pytest.mark.parametrize(
    "text",
    [
        # a book edited, not a film directed
        "*Harbour Towns*, edited by Anna Weller (Berlin: Nordverlag, 1961), 45.",
        # a book's translator
        "*Night Train*, translated by Anna Weller (Berlin: Nordverlag, 1961), 12.",
        # a credit with more after the imprint than a medium
        "*Night Train*, directed by Anna Weller (Berlin: Nordfilm, 1961), reviewed in *Sight*.",
    ],
    ids=["edited-book", "translated-book", "more-after"],
)
def test_no_film_note(text: str) -> None:
    assert imprinted_film(text) is None


@pytest.mark.parametrize(
    ("text", "title", "host", "year"),
    [
        (
            "“Voices of the Quay,” BBC Radio 4, June 2, 1996, radio broadcast, "
            "https://www.example.org/programmes/voices.",
            "Voices of the Quay",
            "BBC Radio 4",
            1996,
        ),
        (
            "“The Last Ferry,” Channel 4, May 3, 2001, television broadcast.",
            "The Last Ferry",
            "Channel 4",
            2001,
        ),
    ],
    ids=["radio-4", "channel-4"],
)
def test_station_number_is_no_volume(text: str, title: str, host: str, year: int) -> None:
    ref = parse_reference(text, [0], detect_styles=True, note=True)
    assert (ref.kind, ref.title, ref.host, ref.year, ref.volume) == (
        RefKind.WEB,
        title,
        host,
        year,
        None,
    )


@pytest.mark.parametrize(
    ("text", "title", "year"),
    [
        ("Fiskeværet i vinter [radiooverføring]. Bergen: NRK; 1958.", "Fiskeværet i vinter", 1958),
        ("Fiskeværet i vinter [fjernsynsprogram]. Oslo: NRK; 1966.", "Fiskeværet i vinter", 1966),
        ("Hamnen om natten [TV-program]. Stockholm: SVT; 1971.", "Hamnen om natten", 1971),
        ("Havnen ved nat [radioudsendelse]. København: DR; 1949.", "Havnen ved nat", 1949),
        ("Der Hafen bei Nacht [Fernsehsendung]. Mainz: ZDF; 1978.", "Der Hafen bei Nacht", 1978),
        ("Le port la nuit [émission de radio]. Paris : ORTF ; 1965.", "Le port la nuit", 1965),
        ("El puerto de noche [programa de televisión]. Madrid: TVE; 1981.", "El puerto de noche", 1981),
        ("Satama yöllä [radio-ohjelma]. Helsinki: Yleisradio; 1960.", "Satama yöllä", 1960),
        ("Moreau L. The harbour at night [Radio broadcast]. London: BBC; 1952.", "The harbour at night", 1952),
        ("Havna om natta [dokumentarfilm]. Oslo: Norsk Film; 1963.", "Havna om natta", 1963),
    ],
    ids=["no-radio", "no-tv", "sv-tv", "da-radio", "de-tv", "fr-radio", "es-tv", "fi-radio",
         "en-radio", "no-documentary"],
)  # fmt: skip
def test_bracketed_broadcast_is_web(text: str, title: str, year: int) -> None:
    kind, got_title, got_year, _ = _read(text, note=False)
    assert (kind, got_title, got_year) == (RefKind.WEB, title, year)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Karl Lindqvist, *Norway: Handbook for Travellers*, 3rd ed. (Leipzig: Lindqvist, "
            "1899), 12.",
            "Norway: Handbook for Travellers",
        ),
        (
            "Karl Lindqvist, Norway: Handbook for Travellers, 3rd ed. (Leipzig: Lindqvist, "
            "1899), 12.",
            "Norway: Handbook for Travellers",
        ),
        (
            "Mary Dunn, *Sailing: Textbook of Coastal Navigation* (London: Coles, 1931), 7.",
            "Sailing: Textbook of Coastal Navigation",
        ),
    ],
    ids=["guidebook-italic", "guidebook-plain", "textbook-subtitle"],
)
def test_title_case_subtitle_stays(text: str, title: str) -> None:
    kind, got_title, _, _ = _read(text, note=True)
    assert (kind, got_title) == (RefKind.BOOK, title)


def test_gost_lower_case_designation_still_cut() -> None:
    """(guard, passes on main) GOST's lower-case ``: handbook`` is still no part of the title."""
    kind, title, _, _ = _read(
        "Berg K. Coastal pilotage : handbook. Bergen : Fagbok, 2011. 200 p.", note=False
    )
    assert (kind, title) == (RefKind.BOOK, "Coastal pilotage")
