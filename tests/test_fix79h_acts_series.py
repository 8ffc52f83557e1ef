"""Round 79 (fix79h): Nordic acts by name and number, Finnish EU acts, English EU subjects
with lists, APA designations after a title, report series after a Vancouver title, and
hyphenated names before a native "et al." (``ym.``, ``u. a.``, ``m.fl.``).

Invented examples in the shapes of tests/heldout66 (html Finnish, rst English), with
near-misses that must read as before.
"""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import apa, ieee, parse_reference
from bibcheck.parse.references.acts import act
from bibcheck.parse.references.legal import _named_in_sentence
from bibcheck.parse.references.native_et_al import english_others
from bibcheck.parse.references.nordic_acts import named_act
from tests.worksteps import counted


def _read(text: str, note: bool = True):  # type: ignore[no-untyped-def]
    return parse_reference(text, [0], detect_styles=True, note=note)


# -- Finnish and Swedish acts by their own name and number ------------------------------


@pytest.mark.parametrize(
    ("text", "title", "year"),
    [
        ("Eläinsuojelulaki 247/1996.", "Eläinsuojelulaki", 1996),
        ("Tartuntatautilaki (1227/2016), 12 §.", "Tartuntatautilaki", 2016),
        ("Lääkelaki 395/1987.", "Lääkelaki", 1987),
        ("Djurskyddslag (2018:1192).", "Djurskyddslag", 2018),
        ("Miljöbalken (1998:808).", "Miljöbalken", 1998),
        (
            "Laki eläinlääkärinammatin harjoittamisesta 29/2000.",
            "Laki eläinlääkärinammatin harjoittamisesta",
            2000,
        ),
    ],
)
def test_named_nordic_act(text: str, title: str, year: int) -> None:
    ref = _read(text)
    assert (ref.title, ref.year, ref.kind) == (title, year, RefKind.REPORT)


@pytest.mark.parametrize(
    "text",
    [
        "Kaavoituslaki 2000.",  # no number: a year alone
        "Virtanen A. Eläinlaki ja sen historia. Helsinki: Otava; 2001.",
        "Lainsäädäntö 12/2019.",  # no act's kind at its end
    ],
)
def test_named_nordic_act_near_misses(text: str) -> None:
    assert named_act(text) is None


def test_swedish_kind_first_act_unchanged() -> None:
    ref = _read("Lag (2018:218) om kompletterande bestämmelser till EU:s förordning.")
    assert ref.title == "Lag (2018:218) om kompletterande bestämmelser till EU:s förordning"
    assert ref.year == 2018


# -- EU acts in Finnish ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "title", "year"),
    [
        (
            "Komission delegoitu asetus (EU) 2019/412, annettu 4 päivänä joulukuuta 2018, "
            "eläinten tunnistamista koskevien vaatimusten täydentämisestä. EUVL L 73, "
            "15.3.2019, s. 2–9.",
            "Komission delegoitu asetus (EU) 2019/412, annettu 4 päivänä joulukuuta 2018, "
            "eläinten tunnistamista koskevien vaatimusten täydentämisestä",
            2019,
        ),
        (
            "Neuvoston direktiivi 92/65/ETY, annettu 13 päivänä heinäkuuta 1992, "
            "eläinten kaupan eläinlääkintävaatimuksista. EYVL L 268, 14.9.1992, s. 54.",
            "Neuvoston direktiivi 92/65/ETY, annettu 13 päivänä heinäkuuta 1992, "
            "eläinten kaupan eläinlääkintävaatimuksista",
            1992,
        ),
        (
            "Komission täytäntöönpanoasetus (EU) 2021/632. EUVL L 132, 19.4.2021.",
            "Komission täytäntöönpanoasetus (EU) 2021/632",
            2021,
        ),
    ],
)
def test_finnish_eu_act(text: str, title: str, year: int) -> None:
    ref = _read(text)
    assert (ref.title, ref.year, ref.kind) == (title, year, RefKind.REPORT)


# -- English EU acts: a listing subject, the APA year after the title --------------------


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Commission Implementing Regulation (EU) 2021/520 of 24 March 2021 laying down "
            "rules as regards the identification, registration, and traceability of kept "
            "terrestrial animals. (2021). *Official Journal of the European Union*, L 104, 39–52.",
            "Commission Implementing Regulation (EU) 2021/520 of 24 March 2021 laying down "
            "rules as regards the identification, registration, and traceability of kept "
            "terrestrial animals",
        ),
        (
            "Regulation (EU) 2019/4 of the European Parliament and of the Council of 11 "
            "December 2018 on the manufacture of medicated feed. (2019). *Official Journal "
            "of the European Union*, L 4, 1–23.",
            "Regulation (EU) 2019/4 of the European Parliament and of the Council of 11 "
            "December 2018 on the manufacture of medicated feed",
        ),
        # (near-misses: a journal, a page, an amendment after the comma stay out)
        (
            "Directive 2000/54/EC of the European Parliament and of the Council on the "
            "protection of workers, OJ L 262, 17.10.2000, p. 21–45.",
            "Directive 2000/54/EC of the European Parliament and of the Council on the "
            "protection of workers",
        ),
        (
            "Council Directive 96/23/EC of 29 April 1996 on measures to monitor certain "
            "substances, as amended by Regulation (EU) 2017/625 and Regulation X.",
            "Council Directive 96/23/EC of 29 April 1996 on measures to monitor certain substances",
        ),
    ],
)
def test_english_eu_act_title(text: str, title: str) -> None:
    found = act(text)
    assert found is not None
    assert found[0] == title


# -- APA: a question or chapter number after the title -----------------------------------


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "EFSA Panel on Plant Health. (2019). Scientific opinion on the pest "
            "categorisation of a beetle (Question No EFSA-Q-2018-00123). *EFSA Journal*, "
            "*17*(3), 5601.",
            "Scientific opinion on the pest categorisation of a beetle",
        ),
        (
            "World Organisation for Animal Health. (2021). Avian influenza (Chapter 3.3.4). "
            "In *Manual of diagnostic tests* (9th ed.). WOAH.",
            "Avian influenza",
        ),
        # (near-miss: a topic's code in parentheses stays)
        (
            "Doe, J. (2021). Outbreaks of avian influenza (H5N1). *Avian Diseases*, *65*(2), "
            "10–19.",
            "Outbreaks of avian influenza (H5N1)",
        ),
        (
            "Roe, K. (2020). Reading the novel's closing pages (Chapter and verse). *Novel "
            "Studies*, *12*(1), 3–9.",
            "Reading the novel's closing pages (Chapter and verse)",
        ),
    ],
)
def test_apa_designation_after_title(text: str, title: str) -> None:
    assert _read(text, note=False).title == title


# -- Vancouver: a report series between the title and the imprint ------------------------


@pytest.mark.parametrize(
    ("text", "title", "kind"),
    [
        (
            "Ruokavirasto. Salmonellavalvonta 2020–2024: vuosiraportti. Ruokaviraston "
            "julkaisuja 4/2025. Helsinki: Ruokavirasto; 2025.",
            "Salmonellavalvonta 2020–2024: vuosiraportti",
            RefKind.REPORT,
        ),
        (
            "Statens veterinärmedicinska anstalt. Övervakning av zoonoser i Sverige. SVA:s "
            "rapportserie 12/2019. Uppsala: SVA; 2019.",
            "Övervakning av zoonoser i Sverige",
            RefKind.REPORT,
        ),
        (
            "European Medicines Agency. Sales of veterinary antimicrobials in 2015. Sixth "
            "ESVAC report (EMA/184855/2017). London: EMA; 2017.",
            "Sales of veterinary antimicrobials in 2015",
            RefKind.REPORT,
        ),
    ],
)
def test_vancouver_report_series(text: str, title: str, kind: RefKind) -> None:
    ref = _read(text)
    assert (ref.title, ref.kind) == (title, kind)


def test_vancouver_book_without_series_unchanged() -> None:
    ref = _read("Virtanen A. Koirien sairaudet. 2. painos. Helsinki: Otava; 2019.")
    assert ref.kind is not RefKind.REPORT


# -- hyphenated names before "ym.", "u. a.", "m.fl." ------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lahti E, Pitkä-Aho M, Rinne K, ym. Otsikko. J 2020;1:2.", "Rinne K, et al. Otsikko"),
        ("Weber-Ruhl H, Kaiser T, u. a. Titel. J 2020;1:2.", "Kaiser T, et al. Titel"),
        ("Berg-Olsen K, Ek A, m.fl. Titel. J 2020;1:2.", "Ek A, et al. Titel"),
        ("Abd-el Malik S, Roe K, ym. Title. J 2020;1:2.", "Roe K, et al. Title"),
    ],
)
def test_hyphenated_names_before_native_et_al(text: str, expected: str) -> None:
    assert expected in english_others(text)


def test_hyphenated_name_authors_split() -> None:
    ref = _read(
        "Oja T, Salo-Mäki L, Kivi P, ym. Otsikko tutkimuksesta. Suom Eläinlääkäril 2021;127:5-9."
    )
    assert ref.authors == ("Oja T", "Salo-Mäki L", "Kivi P")


# -- linear work on hostile text (counted in steps: tests/worksteps.py) -----------------


def _touched(text: str) -> None:
    """Every reading this round changed, on ``text``."""
    act(text)
    named_act(text)
    english_others(text)
    _named_in_sentence(text)
    ieee._V_SERIES.match(text)
    apa._DESIGNATION_AT_END.search(text)


@pytest.mark.parametrize(
    "unit",
    [
        "Komission asetus (EU) 2019/1, annettu 1 päivänä {}",
        "Regulation (EU) 2019/1 on {}and",
        "Aaaaalaki {}",
        "Laki {}12/2000",
        "Otsikko {}julkaisuja 1/2020",
        "Title {}",
        "Siles-Lucas M, {} ym. Title.",
        "The rule was amended by {} Act 2006",
    ],
)
def test_linear_touched_readings(unit: str) -> None:
    fills = ["a, b ", "1/", "abc ", "Ab ", "(Chapter 1", "Oja-Aho A, ", "x by the Y "]

    def text(n: int) -> str:
        return "".join(unit.format(f * n) for f in fills)

    small, large = counted(_touched, text(100)), counted(_touched, text(400))
    assert large <= 6 * max(small, 1)


# -- a note's sentence naming a statute: the statute's name is the title ---------------


@pytest.mark.parametrize(
    ("text", "title", "year"),
    [
        (
            "The retained Regulation was amended for Scotland by the Animal Health "
            "(Miscellaneous Amendments) (EU Exit) Regulations 2020; see below.",
            "Animal Health (Miscellaneous Amendments) (EU Exit) Regulations 2020",
            2020,
        ),
        (
            "Slaughter rules were later changed under the Welfare of Animals (Slaughter) "
            "Order 2015.",
            "Welfare of Animals (Slaughter) Order 2015",
            2015,
        ),
        # (near-misses: titles written with small words keep them)
        ("Carriage by Air Act 1961, s 1.", "Carriage by Air Act 1961", 1961),
        ("Carriage of Goods by Sea Act 1971.", "Carriage of Goods by Sea Act 1971", 1971),
        ("The Companies Act 2006, s 172.", "The Companies Act 2006", 2006),
    ],
)
def test_statute_named_in_sentence(text: str, title: str, year: int) -> None:
    ref = _read(text)
    assert (ref.title, ref.year) == (title, year)


# -- a government department "for", an animal health code: the body's report ----------


@pytest.mark.parametrize(
    ("text", "note", "kind"),
    [
        (
            "Department for Transport. (2018). *The road to zero*. DfT.",
            False,
            RefKind.REPORT,
        ),
        (
            "Department for Education. (2021). *A strategy for rural schools*. DfE.",
            False,
            RefKind.REPORT,
        ),
        (
            "World Organisation for Animal Health. Aquatic Animal Health Code. 24th ed. "
            "Paris: WOAH; 2022.",
            True,
            RefKind.REPORT,
        ),
        (
            "OIE. Terrestrial Animal Health Code. Chapter 11.4: Bovine spongiform "
            "encephalopathy. Paris: OIE; 2019.",
            True,
            RefKind.REPORT,
        ),
        # (near-misses: a person's book of the same words stays a book)
        (
            "Smith J. The Animal Health Code. New York: Doubleday; 2003.",
            True,
            RefKind.BOOK,
        ),
        (
            "Doe, J. (2018). *The road to zero*. Penguin.",
            False,
            RefKind.BOOK,
        ),
    ],
)
def test_body_report_kinds(text: str, note: bool, kind: RefKind) -> None:
    assert _read(text, note=note).kind is kind
