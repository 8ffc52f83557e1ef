"""Notes and bibliographies of the humanities styles (Chicago, German, French, Bluebook) in
the languages and shapes real manuscripts use (fixtures written for these tests)."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.commentary import bibliographic
from bibcheck.parse.references.repeat import Repeat, find_repeats


def _note(text: str):  # type: ignore[no-untyped-def]
    return parse_reference(text, [1], detect_styles=True, note=True)


# "and" in Malay, Indonesian, Tagalog; a one-word name inside a list of names
AND_WORDS = [
    (
        'Budi Santoso, Sutrisno, dan Dewi Lestari, "Tanah Ulayat di Sumatra Barat", '
        "*Jurnal Agraria* 7, no. 2 (2015): 40-61.",
        ("Budi Santoso", "Sutrisno", "Dewi Lestari"),
        "Tanah Ulayat di Sumatra Barat",
        RefKind.ARTICLE,
    ),
    (
        "Ahmad Fauzi dan Rina Hartati, *Sejarah Desa Pesisir* (Surabaya: Airlangga, 2010), "
        "hlm. 14.",
        ("Ahmad Fauzi", "Rina Hartati"),
        "Sejarah Desa Pesisir",
        RefKind.BOOK,
    ),
    (
        "Jose Dizon at Maria Reyes, *Kasaysayan ng Bayan* (Manila: Anvil, 1999), 22.",
        ("Jose Dizon", "Maria Reyes"),
        "Kasaysayan ng Bayan",
        RefKind.BOOK,
    ),
    (
        'Nur Hidayah, Parman, Sukarni, dan Eko Prasetyo, "Hak Komunal", *Jurnal Hukum* 3, '
        "no. 1 (2019): 1-20.",
        ("Nur Hidayah", "Parman", "Sukarni", "Eko Prasetyo"),
        "Hak Komunal",
        RefKind.ARTICLE,
    ),
]


@pytest.mark.parametrize(
    ("text", "authors", "title", "kind"),
    AND_WORDS,
    ids=["dan-mononym", "dan-two", "tagalog-at", "two-mononyms"],
)
def test_and_in_malay_indonesian_tagalog_notes(
    text: str, authors: tuple[str, ...], title: str, kind: RefKind
) -> None:
    ref = _note(text)
    assert (ref.authors, ref.title, ref.kind) == (authors, title, kind)


# initials written close together after a given name
GLUED = [
    (
        "Siti R.A. Wulandari, *Hukum Tanah Adat* (Bandung: Alumni, 2004), hlm. 9.",
        ("Siti R.A. Wulandari",),
        "Hukum Tanah Adat",
    ),
    (
        "Thomas J.K. Marlowe, *Parish and Manor* (London: Methuen, 1961), 88.",
        ("Thomas J.K. Marlowe",),
        "Parish and Manor",
    ),
    (
        "Anna B.-C. Lindt, *Die Weser* (Bremen: Temmen, 1995), 3.",
        ("Anna B.-C. Lindt",),
        "Die Weser",
    ),
]


@pytest.mark.parametrize(("text", "authors", "title"), GLUED, ids=["two", "english", "hyphen"])
def test_glued_initials_after_a_given_name(text: str, authors: tuple[str, ...], title: str) -> None:
    ref = _note(text)
    assert (ref.authors, ref.title, ref.kind) == (authors, title, RefKind.BOOK)


# "Ibid." set in italics, as Latin words often are
ITALIC_IBID = [
    ("*Ibid.*, hlm. 117.", "117"),
    ("_Ibid._, 45.", "45"),
    ("*Ibid*., p. 3.", "3"),
    ("*Ebd.*, S. 12.", "12"),
]


@pytest.mark.parametrize(
    ("text", "locator"), ITALIC_IBID, ids=["stars", "underscores", "period-outside", "ebd"]
)
def test_an_italic_ibid_repeats_the_previous_note(text: str, locator: str) -> None:
    notes = ["Karl Brand, *Zollbuch* (Stade: Pape, 1931), 4.", text]
    assert bibliographic(text)
    assert find_repeats(notes, ["1", "2"])[-1] == Repeat("ibid", 0, locator)
