"""fix71i: Scandinavian (Swedish, Norwegian, Danish) humanities notes and source lists.

* An archival entry of a ``Otryckta källor`` / ``Utrykte kilder`` part names its archive
  (``Landsarkivet i Uppsala (ULA)``), fonds, series and volume and has no year: it is an
  entry, not a sentence about the list, even with the archive's abbreviation after its name.
* An interview the author held, ``Intervju med …`` / ``Interview med …`` / ``Samtal med …``,
  is ``commentary`` (tests/corpus/README.md: no work to list), as entry and as note.
* ``A.a., s. 99`` (anfört arbete), ``A.st.``, ``Anf. arb.``, ``Dens., s. 4`` opening a note
  repeat the work of the note before; ``Dens., *Title* (…, 2004)`` is another work of the
  same author.  ``A.A. Milne, …`` (initials) and ``Ds 2004:32`` (a report series) are none.
* A chapter in proceedings or an edited book after the Scandinavian ``i`` (notes:
  ``”Titel”, i *Bok* (Ort, 2009)``) or ``I`` (lists: ``”Titel”. I *Bok*, s. 1–9. Ort,
  2009.``) is a ``chapter`` whose title is the quoted one.

Every example was written for these tests.
"""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.archival import archival_file
from bibcheck.parse.references.pronoun_notes import same_author_work
from bibcheck.parse.references.repeat import find_repeats
from bibcheck.readers.proseentry import running_prose

# (paragraph under a list heading, is it running prose?)
_LIST_PARAGRAPHS = [
    ("Landsarkivet i Uppsala (ULA), Uppsala domkapitels arkiv, serie E III, vol. 7: brev.", False),
    ("Riksarkivet (RA), Stockholm, Kommerskollegium, ämbetsarkiv, vol. 231: skrivelser.", False),
    ("Landsarkivet i Östersund (ÖLA), Ragunda sockens arkiv, serie K 2, vol. 3.", False),
    ("Statsarkivet i Bergen (SAB), Hordaland fylkes arkiv, serie D, vol. 14: brev om flom.", False),
    # (sentences about the list stay prose)
    ("The works below are listed by archive and then by the series that hold them.", True),
    ("Källorna nedan är ordnade efter arkiv och därefter efter serie och volym i arkivet.", True),
]


@pytest.mark.parametrize(("text", "prose"), _LIST_PARAGRAPHS)
def test_archival_entry_without_year_is_no_prose(text: str, prose: bool) -> None:
    assert running_prose(text) is prose


# (an archive's file with the archive's abbreviation after its name)
_ABBREVIATED_ARCHIVES = [
    "Landsarkivet i Uppsala (ULA), Uppsala domkapitels arkiv, serie E III, vol. 7: brev.",
    "Riksarkivet (RA), Stockholm, Kommerskollegium, ämbetsarkiv, vol. 231.",
    "Landsarkivet i Östersund (ÖLA), Ragunda sockens arkiv, vol. K 2.",
]


@pytest.mark.parametrize("text", _ABBREVIATED_ARCHIVES)
def test_nordic_file_with_abbreviation(text: str) -> None:
    assert archival_file(text)


# (entry or note: an interview the author held)
_INTERVIEWS = [
    "Intervju med en tidigare sågverksarbetare, Skellefteå, 4 mars 2019.",
    "Intervju med före detta rallare, Kiruna, 9 juni 2020 (anteckningar hos författaren).",
    "Interview med en tidligere lods, Skagen, 2. juni 2018.",
    "Intervju med Per Larsen, Bodø, 14. mai 2020.",
    "Samtal med en fiskevårdare, Arvidsjaur, 3 juni 2022.",
    "Intervjuer med tre flottare, Sorsele, augusti 2017.",
]


@pytest.mark.parametrize("text", _INTERVIEWS)
@pytest.mark.parametrize("note", [False, True])
def test_scandinavian_interview_is_commentary(text: str, note: bool) -> None:
    assert parse_reference(text, [1], detect_styles=True, note=note).kind is RefKind.COMMENTARY


def test_published_interview_stays_a_work() -> None:
    # (in a magazine: its title is the interview's, the magazine its host)
    ref = parse_reference("Intervju med Astrid Lindgren. Vi 12 (1972), s. 4–7.", [1])
    assert ref.kind is RefKind.ARTICLE


# (notes, then for each: (kind, index of the note it repeats, locator) or None)
_NOTES = [
    "Erik Lind och Per Berg, ”Skogen och älven”, *Historisk tidskrift* 12 (1999), s. 5–30.",
    "A.a., s. 14.",
    "a.a. s. 16",
    "Ola Dahl, *Elva bruk* (Oslo: Gyldendal, 1980), s. 3.",
    "A.st.",
    "Anf. arb., s. 40.",
    "Anf. st., s. 5–6.",
    "Dens., s. 12.",
    "Dens., *Flottarnas värld* (Stockholm: Norstedts, 2004), s. 3.",
    "Densamma, s. 4.",
    "A.A. Milne, *Winnie-the-Pooh* (London: Methuen, 1926), s. 2.",
    "Ds 2004:32, s. 7.",
]
_WANT: list[tuple[str, int, str | None] | None] = [
    None,
    ("ibid", 0, "14"),
    ("ibid", 0, "16"),
    None,
    ("ibid", 3, None),
    ("ibid", 3, "40"),
    ("ibid", 3, "5–6"),
    ("ibid", 3, "12"),
    None,
    ("ibid", 8, "4"),
    None,
    None,
]


@pytest.mark.parametrize("k", range(len(_NOTES)))
def test_scandinavian_repeats(k: int) -> None:
    rep = find_repeats(_NOTES)[k]
    got = None if rep is None else (rep.kind, rep.target, rep.locator)
    assert got == _WANT[k]


# (note, the work after the same-author pronoun, or None)
_PRONOUNS = [
    ("Dens., *Flottarnas värld* (Stockholm: Norstedts, 2004), s. 3.", True),
    ("Densamma, *Älvens folk* (Umeå: Boréa, 2011), s. 9.", True),
    ("Ds., *Skogens arbetare* (Lund: Gleerup, 1990), s. 8.", True),
    ("Dens., s. 12.", False),
    ("Ds 2004:32. Stockholm: Fritzes, 2004.", False),
]


@pytest.mark.parametrize(("text", "work"), _PRONOUNS)
def test_scandinavian_same_author_pronoun(text: str, work: bool) -> None:
    assert (same_author_work(text) is not None) is work


# (note or entry, is it a note?, its title, its host, its year)
_CHAPTERS = [
    (
        "Lena Vik, ”Forsarnas minne: Berättelser från Byskeälven”, i *Proceedings of the 4th "
        "Nordic Conference on Forest History* (Umeå, 2010), s. 33–41.",
        True,
        "Forsarnas minne: Berättelser från Byskeälven",
        "Proceedings of the 4th Nordic Conference on Forest History",
        2010,
    ),
    (
        "Per Nyström, ”Tømmer og vann”, i *Norsk skoghistorie* (Oslo, 2009), s. 40–60.",
        True,
        "Tømmer og vann",
        "Norsk skoghistorie",
        2009,
    ),
    (
        "Vik, Lena. ”Forsarnas minne: Berättelser från Byskeälven”. I *Proceedings of the 4th "
        "Nordic Conference on Forest History*, s. 33–41. Umeå, 2010.",
        False,
        "Forsarnas minne: Berättelser från Byskeälven",
        "Proceedings of the 4th Nordic Conference on Forest History",
        2010,
    ),
    (
        "Nyström, Per. ”Timmer och vatten”. I *Norrlands historia*, red. Anders Ek, s. 40–60. "
        "Umeå: Boréa, 2001.",
        False,
        "Timmer och vatten",
        "Norrlands historia",
        2001,
    ),
    (
        "Nyström, Per. ”Tømmer og vann”. I Norsk skoghistorie, red. Ola Dahl, 40–60. Oslo: "
        "Gyldendal, 2009.",
        False,
        "Tømmer og vann",
        "Norsk skoghistorie",
        2009,
    ),
]


@pytest.mark.parametrize(("text", "note", "title", "host", "year"), _CHAPTERS)
def test_scandinavian_chapter_in_host(
    text: str, note: bool, title: str, host: str, year: int
) -> None:
    ref = parse_reference(text, [1], detect_styles=True, note=note)
    assert (ref.kind, ref.title, ref.host, ref.year) == (RefKind.CHAPTER, title, host, year)


def test_article_after_quoted_title_stays_article() -> None:
    ref = parse_reference("Nyström, Per. ”Timmer och vatten”. *Scandia* 45 (2001), s. 40–60.", [1])
    assert (ref.kind, ref.title) == (RefKind.ARTICLE, "Timmer och vatten")


# (list entry with Scandinavian name joins, its authors)
_NAMES = [
    (
        "Berg, Erik och Lars Dahl. ”Skogen och älven”. *Scandia* 8 (2002), s. 85–106.",
        ("Berg, Erik", "Lars Dahl"),
    ),
    (
        "Dahl, Ola og Kari Vik. *Elva og bygda*. Oslo: Gyldendal, 1980.",
        ("Dahl, Ola", "Kari Vik"),
    ),
    (
        "Lund, Karin Elisabet och Per Olof Berg. ”Skogen och älven”. *Scandia* 8 (2002), s. 5–9.",
        ("Lund, Karin Elisabet", "Per Olof Berg"),
    ),
    ("Berg, Anna m.fl. ”Skogen och älven”. *Scandia* 8 (2002), s. 85–106.", ("Berg, Anna",)),
    # (an English "and" after a comma-less first name, as before)
    (
        "Smith, John, and Mary Jones. “Rivers”. *Water History* 3 (2011): 1–9.",
        ("Smith, John", "Mary Jones"),
    ),
]


@pytest.mark.parametrize(("text", "authors"), _NAMES)
def test_scandinavian_name_joins(text: str, authors: tuple[str, ...]) -> None:
    assert parse_reference(text, [1], detect_styles=True).authors == authors
