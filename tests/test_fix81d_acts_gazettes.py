"""Round 81 (fix81d): acts numbered "60 van 1989", gazettes, shelf marks.

* an act's title cut before its year ("Wet op Wyn 12 van", "Liquor Act 60 of") is no
  body's name, so a note citing the act is no author-date mention of its entry, and a
  particle alone before a year ("van 1990") is no author the list lacks;
* a South African gazette ("Staatskoerant 51234", "Government Gazette 51234") closes a
  regulation's title as the other named gazettes do;
* a treaty titled before the official journal that printed it: the journal no title;
* an archive's file titled after its shelf mark's colon ("MS 88, lêer 3: Briewe …").

Invented examples (Afrikaans, English, Dutch, German), with near-misses that keep their
reading."""

from __future__ import annotations

import pytest

from bibcheck.model import RawNote, RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.gazette_titled import gazette_titled
from bibcheck.parse.references.italic_note import italic_reference
from bibcheck.parse.references.shelfmark_colon import shelfmark_titled
from bibcheck.readers.authoryear import author_years, corporate_name, unlisted_lines
from bibcheck.readers.notecites import note_citations
from tests.test_regex_growth import assert_linear


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("Wet op Wynprodukte 12 van", None),
        ("Liquor Products Amendment Act 32 of", None),
        ("Gesetz über den Weinbau 7 von", None),
        ("Lov om vinavl 9 af", None),
        # (near-misses: bodies keep their names)
        ("World Bank", "World Bank"),
        ("Statistisk sentralbyrå", "Statistisk sentralbyrå"),
        ("Landbounavorsingsraad van", "Landbounavorsingsraad van"),
        ("Banco de España", "Banco de España"),
    ],
)
def test_act_head_is_no_body(head: str, expected: str | None) -> None:
    assert corporate_name(head) == expected


_ENTRIES = [
    "Van Wyk, P. & Botha, J. 2004. Grondtipes van die Boland. Pretoria: Van Schaik.",
    "Wet op Wynprodukte 12 van 1990. 1990. Pretoria: Staatsdrukker.",
    "Liquor Act 60 of 1991. 1991. Cape Town: Government Printer.",
    "Botha, J. 2010. Wingerde van die Kaap. Kaapstad: Tafelberg.",
]


@pytest.mark.parametrize(
    ("note", "cites"),
    [
        ("Wet op Wynprodukte 12 van 1990, art. 4.", False),
        ("Liquor Act 60 of 1991, s. 9.", False),
        # (near-miss: an author-date mention in a note still cites its entry)
        ("Sien Van Wyk en Botha (2004), 12.", True),
    ],
)
def test_note_naming_an_act_is_no_mention(note: str, cites: bool) -> None:
    index = author_years([(str(i + 1), t) for i, t in enumerate(_ENTRIES)])
    raw = RawNote("1", note, 3, 3, (3,))
    found = note_citations([raw], index, frozenset(), 0)
    assert bool(found.markers) is cites


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Die wet is later gewysig (Wet op Wynprodukte 12 van 1990, art. 4).", []),
        ("Das Gesetz (Gesetz Nr. 5 von 1990, § 2) gilt.", []),
        # (near-miss: the listed author of another year is still said)
        ("Soos Botha (1999) toon, is die grond arm.", ["'Botha (1999)'"]),
    ],
)
def test_particle_alone_is_no_author(text: str, named: list[str]) -> None:
    found = unlisted_lines([(5, text)], _ENTRIES)
    assert [a.message.split(" is cited")[0] for a in found] == named


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Regulasies kragtens die Wet op Wynprodukte, 1990: Oesskema, Staatskoerant 51234, "
            "3 Maart 2021, reg. 4(1).",
            "Regulasies kragtens die Wet op Wynprodukte, 1990: Oesskema",
        ),
        (
            "Regulations under the Liquor Act, 1991: Harvest Scheme, Government Gazette 51234, "
            "3 March 2021, reg. 4(1).",
            "Regulations under the Liquor Act, 1991: Harvest Scheme",
        ),
    ],
)
def test_gazette_closes_regulation_title(text: str, title: str) -> None:
    ref = parse_reference(text, (1,), detect_styles=True, note=True)
    assert (ref.title, ref.kind) == (title, RefKind.REPORT)


@pytest.mark.parametrize(
    ("marked", "title", "authors"),
    [
        (
            "Ooreenkoms oor Handel tussen die EU en die Eilandstate, *Amptelike Tydskrif van "
            "die Europese Unie* L 77 (3 Maart 2015), 5–90.",
            "Ooreenkoms oor Handel tussen die EU en die Eilandstate",
            (),
        ),
        (
            "Partnership Agreement between the EU and the Island States, *Official Journal of "
            "the European Union* L 77 (3 March 2015), 5–90.",
            "Partnership Agreement between the EU and the Island States",
            (),
        ),
        (
            "Overeenkomst inzake handel tussen de EU en de eilandstaten, *Publicatieblad van de "
            "Europese Unie* L 77 (3 maart 2015), 5–90.",
            "Overeenkomst inzake handel tussen de EU en de eilandstaten",
            (),
        ),
    ],
)
def test_treaty_titled_before_its_journal(
    marked: str, title: str, authors: tuple[str, ...]
) -> None:
    plain = marked.replace("*", "")
    ref = italic_reference(plain, marked, (1,), note=True, title_run=True)
    assert (ref.title, ref.authors, ref.kind) == (title, authors, RefKind.REPORT)


@pytest.mark.parametrize(
    "text",
    [
        # (near-misses: a journal's name inside a longer title, an article about the journal)
        "Smit, A. 2019. The Official Journal of the European Union and its readers. "
        "Europa 3(2): 4–9.",
        "J. Smit, “Reading the Official Journal”, Europa 3, no. 2 (2019): 4–9.",
    ],
)
def test_journal_named_in_a_title_is_kept(text: str) -> None:
    ref = parse_reference(text, (1,), detect_styles=True)
    assert ref.title is not None and len(ref.title.split()) >= 4
    assert gazette_titled(ref) == ref


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Universiteit Vrystaat, Argief, Botha-versameling, MS 88, lêer 3: Briewe oor die "
            "plaas Rietvlei, 1902–1910.",
            "Briewe oor die plaas Rietvlei, 1902–1910",
        ),
        (
            "County Record Office, Estate papers, MS 45, file 3: Letters on the new mill, "
            "1890–1902.",
            "Letters on the new mill, 1890–1902",
        ),
        (
            "Regionaal Archief Zuid, Familiearchief Bos, inv. nr. 12, map 4: Brieven over de "
            "molen, 1790–1812.",
            "Brieven over de molen, 1790–1812",
        ),
        (
            "Stadtarchiv Kassel, Nachlass Weber, Best. 7, Mappe 2: Briefe an den Verleger, "
            "1880–1890.",
            "Briefe an den Verleger, 1880–1890",
        ),
    ],
)
def test_file_titled_after_shelf_mark(text: str, title: str) -> None:
    ref = parse_reference(text, (1,), detect_styles=True, note=True)
    assert (ref.title, ref.authors, ref.kind) == (title, (), RefKind.UNKNOWN)


@pytest.mark.parametrize(
    "text",
    [
        # (near-misses: a volume's or a part's number before a colon is no shelf mark)
        "Smit, A. 2001. Die geskiedenis van die Kaap, deel 2: Die latere jare. Kaapstad: Tafelberg.",
        "J. Smith, “Mills, vol. 2: The later years”, Mill History 4 (1999): 1–9.",
    ],
)
def test_volume_colon_is_no_shelf_mark(text: str) -> None:
    ref = parse_reference(text, (1,), detect_styles=True, note=True)
    assert shelfmark_titled(ref) == ref


@pytest.mark.parametrize(
    ("call", "line"),
    [
        pytest.param(
            shelfmark_titled_text := (
                lambda t: shelfmark_titled(parse_reference(t, (1,), note=True))
            ),
            lambda n: "A, " + "MS 1, " * (n // 6) + "x",
            id="shelf-marks",
        ),
        pytest.param(corporate_name, lambda n: "Wet " + "op " * (n // 3) + "12 van", id="act-head"),
        pytest.param(
            lambda t: gazette_titled(parse_reference(t, (1,), note=True)),
            lambda n: "A " * (n // 2) + ", Staatskoerant 1" + "1" * 10,
            id="gazette",
        ),
    ],
)
def test_linear(call: object, line: object) -> None:
    assert_linear(call, line)  # type: ignore[arg-type]
