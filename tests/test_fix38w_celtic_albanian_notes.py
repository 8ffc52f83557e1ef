"""Notes and lists in Welsh, Irish, Albanian, Maltese, Belarusian, Nepali and Lao (fix round
38): statutes named by their designation first (``Deddf …``, ``Mesur …``, ``Acht …``),
cases known by a neutral citation or joined by a semicolon, "and" in those languages
between authors, the Welsh edition statement, lead-ins (``Gw.``, ``Shih``, ``Féach``,
``Ara``) and the words of ibid. and op. cit. (``Po aty``, ``vep. e cit.``, ``Тамсама``)."""

from __future__ import annotations

import pytest

from bibcheck.analyse.consistency import _shortened
from bibcheck.parse.names import family_names
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.commentary import thanks_note
from bibcheck.parse.references.legal import cites_authority, statute
from bibcheck.parse.references.repeat import find_repeats


@pytest.mark.parametrize(
    ("text", "title", "year"),
    [
        (
            "Deddf Addysg Uwch (Cymru) 2015, a. 4(2) ac Atodlen 2.",
            "Deddf Addysg Uwch (Cymru) 2015",
            2015,
        ),
        (
            "Mesur Teithio gan Ddysgwyr (Cymru) 2008, a. 3.",
            "Mesur Teithio gan Ddysgwyr (Cymru) 2008",
            2008,
        ),
        (
            "Rheoliadau Cynllunio Gwlad a Thref 2012.",
            "Rheoliadau Cynllunio Gwlad a Thref 2012",
            2012,
        ),
        ("Acht na Gaeltachta 2012, alt 7.", "Acht na Gaeltachta 2012", 2012),
        ("An tAcht um Chosaint Sonraí 2018, alt 2.", "An tAcht um Chosaint Sonraí 2018", 2018),
    ],
)
def test_celtic_statute(text: str, title: str, year: int) -> None:
    found = statute(text)
    assert found is not None and found[0] == title
    ref = parse_reference(text, [1], detect_styles=True, note=True)
    assert ref.title == title and ref.year == year
    assert cites_authority(text)


@pytest.mark.parametrize(
    ("text", "title", "year"),
    [
        # a reference with no parties' "v", known by its neutral citation
        (
            "Local Government Byelaws (Wales) Bill 2012 – Reference by the Attorney General "
            "for England and Wales [2012] UKSC 53, [2013] 1 AC 792, para. 12.",
            "Local Government Byelaws (Wales) Bill 2012 – Reference by the Attorney General "
            "for England and Wales",
            2012,
        ),
        ("Petition of Hollis Morrow [2021] CSIH 12, para. 8.", "Petition of Hollis Morrow", 2021),
        # joined appeals: the names before and after the semicolon
        (
            "R (Harwell) v Home Secretary; Pryce v Lord Advocate [2020] UKSC 9, [30].",
            "R (Harwell) v Home Secretary; Pryce v Lord Advocate",
            2020,
        ),
    ],
)
def test_neutral_and_joined_case(text: str, title: str, year: int) -> None:
    ref = parse_reference(text, [1], detect_styles=True, note=True)
    assert ref.title == title and ref.year == year
    assert cites_authority(text)


@pytest.mark.parametrize(
    "text",
    [
        # an article cited "[year] Journal page" is no case
        "Morrow, H., “Devolved Courts” [2019] Public Law 412.",
        "Deddfwriaeth a chyfiawnder yng Nghymru, a pholisi 2019.",
    ],
)
def test_not_an_authority(text: str) -> None:
    assert not cites_authority(text)


@pytest.mark.parametrize(
    ("text", "authors", "title", "year"),
    [
        (
            "C. Lewis a D. Prys, “Devolved Tribunals” [2011] Public Law 55, 60.",
            ("C. Lewis", "D. Prys"),
            "Devolved Tribunals",
            2011,
        ),
        (
            "Lewis, C. a Prys, D., “Devolved Tribunals” [2011] Public Law 55.",
            ("Lewis, C.", "Prys, D."),
            "Devolved Tribunals",
            2011,
        ),
        # a family name of two words, inverted, joined by Welsh "a", the title unmarked
        (
            "Lloyd Rees, G. a Prys, D., Courts of the Marches (Abertawe: Gwasg Morgannwg, 2015).",
            ("Lloyd Rees, G.", "Prys, D."),
            "Courts of the Marches",
            2015,
        ),
        (
            "G. Lloyd Rees ac E. Owen, *Courts of the Marches* (Abertawe: Gwasg Morgannwg, "
            "2015), tt. 10–12.",
            ("G. Lloyd Rees", "E. Owen"),
            "Courts of the Marches",
            2015,
        ),
        # a Welsh edition statement is no part of the title
        (
            "Prys, D., *A History of the Marcher Courts*, 3ydd arg. (Abertawe: Gwasg "
            "Morgannwg, 2018).",
            ("Prys, D.",),
            "A History of the Marcher Courts",
            2018,
        ),
    ],
)
def test_welsh_authors_and_editions(
    text: str, authors: tuple[str, ...], title: str, year: int
) -> None:
    ref = parse_reference(text, [1], detect_styles=True, note=True)
    assert ref.authors == authors
    assert ref.title == title and ref.year == year


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Gw. E. Owen, *Law in Wales* (Abertawe: Gwasg Morgannwg, 2001), t. 9.", "E. Owen"),
        (
            "Shih Gjoni, A. & Leka, B. (2015). Karst springs of the Albanian Alps. "
            "Hydrogeology Journal, 23, 101–119.",
            "Gjoni, A.",
        ),
        (
            "Féach M. Ó Néill, *Dlí na hÉireann* (Baile Átha Cliath: An Gúm, 2004), 12.",
            # (the name as written, initials first like "E. Owen" above; the particle "Ó" is
            # part of the family name: family_name gives "ó néill" for either form)
            "M. Ó Néill",
        ),
        ("Ara J. Camilleri, *Il-Liġi Maltija* (Valletta: PEG, 2010), 45.", "J. Camilleri"),
        # "Shih" and "Ara" are names too: no lead-in before a title
        ("Shih, C. (2010). Rivers of the plain. Journal of Hydrology, 3, 4–5.", "Shih, C."),
    ],
)
def test_lead_in_words(text: str, first: str) -> None:
    ref = parse_reference(text, [1], detect_styles=True, note=True)
    assert ref.authors and ref.authors[0] == first


FULL = [
    "Gjoni, A. & Leka, B. (2015). Karst springs of the Albanian Alps. Hydrogeology Journal, "
    "23, 101–119.",
    "Leka, B. & Gjoni, A. (2018). Development of karst hydrology in Albania. Tirana: Botimet "
    "Toena.",
]


@pytest.mark.parametrize(
    ("note", "kind", "target"),
    [
        ("Po aty, f. 12.", "ibid", 1),
        ("Po aty.", "ibid", 1),
        ("Тамсама. С. 12.", "ibid", 1),
        ("Там жа, с. 5.", "ibid", 1),
        ("उही, पृ. ४५।", "ibid", 1),
        ("ອ້າງແລ້ວ, ໜ້າ 5.", "ibid", 1),
        ("Leka, vep. e cit., f. 30.", "op-cit", 1),
        ("Leka, vepra e cituar, f. 30.", "op-cit", 1),
        # "et al." after the name: the work whose first author it is, not a later note that
        # names the same person second
        ("Gjoni et al., vep. e cit., f. 110.", "op-cit", 0),
    ],
)
def test_repeat_words(note: str, kind: str, target: int) -> None:
    rep = find_repeats([*FULL, note])[-1]
    assert rep is not None and rep.kind == kind and rep.target == target


def test_po_aty_in_prose_is_no_repeat() -> None:
    assert find_repeats([*FULL, "Po aty u botua harta e parë gjeologjike e vendit."])[-1] is None


@pytest.mark.parametrize(
    ("text", "commentary"),
    [
        (
            "Autori për korrespondencë: b.leka@example.org. Punimi u paraqit në Konferencën e "
            "Hidrogjeologjisë, Shkodër, 2021.",
            True,
        ),
        ("Corresponding author: ann.roe@example.edu. Presented at the EGU meeting, 2019.", True),
        ("Awdur gohebu: e.owen@example.ac.uk.", True),
        # a label without an address, and a citation, are no author note
        ("Correspondence of the Earl of Powis, ed. J. Rees (Cardiff, 1930), 12.", False),
    ],
)
def test_author_note(text: str, commentary: bool) -> None:
    assert thanks_note(text) is commentary


_ENTRY = "Gjoni, A., Leka, B., Hoxha, C. & Dervishi, D. (2015). Karst springs. Tirana: Toena."


@pytest.mark.parametrize(
    ("note", "shortened"),
    [
        ("Gjoni, A. et al. (2015). Karst springs. Tirana: Toena, f. 12.", True),
        ("A. Gjoni et al., *Karst Springs* (Tirana: Toena, 2015), 12.", True),
        # no "et al.": the note names one author where the list names four
        ("Gjoni, A. (2015). Karst springs. Tirana: Toena, f. 12.", False),
        # "et al." after another first author
        ("Leka, B. et al. (2015). Karst springs. Tirana: Toena, f. 12.", False),
    ],
)
def test_et_al_note_against_full_list(note: str, shortened: bool) -> None:
    ref = parse_reference(note, [1], detect_styles=True, note=True)
    entry = parse_reference(_ENTRY, [1], detect_styles=True)
    ours, theirs = family_names(ref.authors), family_names(entry.authors)
    assert _shortened(ref, ours, theirs) is shortened


@pytest.mark.parametrize(
    ("text", "author", "title"),
    [
        # a corporate author in Welsh, Irish, Albanian; a report dated by month in its imprint
        (
            "Comisiwn y Llanw, Llanw a Moroedd Cymru (Abertawe, Mawrth 2021), para. 4.2.",
            "Comisiwn y Llanw",
            "Llanw a Moroedd Cymru",
        ),
        (
            "Tidal Commission, Tides and Seas of Wales (Swansea, 3 March 2021), para. 4.2.",
            "Tidal Commission",
            "Tides and Seas of Wales",
        ),
        (
            "An Coimisiún Pleanála, Pleananna Réigiúnacha (Baile Átha Cliath, 2020), lch 9.",
            "An Coimisiún Pleanála",
            "Pleananna Réigiúnacha",
        ),
    ],
)
def test_corporate_report_notes(text: str, author: str, title: str) -> None:
    ref = parse_reference(text, [1], detect_styles=True, note=True)
    assert ref.authors == (author,) and ref.title == title
