"""Fix 57j: author lists written family name first with the initials after it, parted by
commas, the title after a comma ("comma style"), in the languages that write them.

* ``Family I.J., Family I. et al., Title, Journal 12, 3–9 (2019).`` and the "et al." of the
  list's language (``i in.``, ``a kol.``, ``i dr.``, ``e altri``): every name read, the
  title no name;
* ``Family I., Family I. (2005), Title, Publisher, Place.`` (the year after the names);
* a body's article in a Polish list (``Team, Title, „Journal” 2019, t. 3``), a book's
  publisher before its place, a numeric date after the title;
* the OSCOLA and Bluebook book shapes refuse a "title" that opens with more names
  (``Chapekis, A., Bestvater, S., …``): the first name is no sole author.

Every fixture is written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references import legal, parse_reference
from bibcheck.parse.references.initials_after import parse as initials_after
from bibcheck.parse.references.names_lead import names_lead
from bibcheck.parse.references.polish_plain import parse as polish_plain
from bibcheck.parse.references.title_date import without_date
from tests.test_regex_growth import assert_linear


def _entry(text: str) -> Reference:
    return parse_reference(text, [1], detect_styles=True)


def _note(text: str) -> Reference:
    return parse_reference(text, [1], note=True)


# --- names at the head of a "title" ----------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "lead"),
    [
        ("J., Harlow, P., Ostrova, M. & Quint, D. What the archive kept", True),
        ("Harlow, P., Ostrova, M. & Quint, D. What the archive kept", True),
        ("Ostrova M., Quint D. et al., Cold dust in young discs", True),
        ("Wiśniak T. i in., Pomiary pyłu", True),
        ("Dvořáková L. a kol., Vývoj krajiny", True),
        ("Petrov P.P. i dr., Metody analiza", True),
        ("The Law of Easements", False),
        ("Human Rights, A Reader", False),
        ("A. Lincoln, Collected Speeches", False),
        ("U.S., Foreign Policy since 1945", False),
        ("Trade and Empire", False),
    ],
)
def test_names_lead(title: str, lead: bool) -> None:
    assert names_lead(title) is lead


# --- the comma-style entry ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "authors", "title", "year", "container", "publisher"),
    [
        pytest.param(
            "Ostrova M.K., Quint D., Harlow P. et al., Cold dust in the discs of young stars, "
            "Astronomy Letters 41, 112–119 (2015).",
            ("Ostrova M.K.", "Quint D.", "Harlow P."),
            "Cold dust in the discs of young stars",
            2015,
            "Astronomy Letters",
            None,
            id="english-et-al",
        ),
        pytest.param(
            "Ferri G., Lupo A., Sala R. e altri, Misure di rumore, in banda larga, Il Giornale "
            "di Fisica 58 (2017) 201–214.",
            ("Ferri G.", "Lupo A.", "Sala R."),
            "Misure di rumore, in banda larga",
            2017,
            "Il Giornale di Fisica",
            None,
            id="italian-e-altri-year-before-pages",
        ),
        pytest.param(
            "Zielińska K., Bąk T. (2008), Rozwój lokalny w praktyce, Wydawnictwo Akademickie, "
            "Lublin.",
            ("Zielińska K.", "Bąk T."),
            "Rozwój lokalny w praktyce",
            2008,
            None,
            "Wydawnictwo Akademickie",
            id="polish-year-after-names",
        ),
        pytest.param(
            "Orlov V.N., Belov S.A., Teoriya uprugosti, Nauka, Moskva 1999, ISBN "
            "978-5-02-000000-1.",
            ("Orlov V.N.", "Belov S.A."),
            "Teoriya uprugosti",
            1999,
            None,
            "Nauka",
            id="russian-translit-book",
        ),
        pytest.param(
            "Harlow P., Tidewater towns, Lantern Press, Bristol 2012.",
            ("Harlow P.",),
            "Tidewater towns",
            2012,
            None,
            "Lantern Press",
            id="one-name-book",
        ),
    ],
)
def test_initials_after(
    body: str,
    authors: tuple[str, ...],
    title: str,
    year: int,
    container: str | None,
    publisher: str | None,
) -> None:
    fields = initials_after(body)
    assert fields is not None
    assert fields.authors == authors
    assert fields.title == title
    assert fields.year.year == year
    assert fields.container == container
    assert fields.publisher == publisher


@pytest.mark.parametrize(
    "body",
    [
        "Harlow P., Tidewater towns.",  # no tail of this shape
        "Harlow, P., Tidewater towns, Lantern Press, Bristol 2012.",  # inverted with a comma
        "P. Harlow, Tidewater towns, Lantern Press, Bristol 2012.",  # initials first
        "Harlow P. (2012). Tidewater towns. Lantern Press.",  # APA's full stops
    ],
)
def test_initials_after_refuses(body: str) -> None:
    assert initials_after(body) is None


@pytest.mark.parametrize(
    ("text", "authors", "title", "year", "kind"),
    [
        pytest.param(
            "Wiśniak T., Kuś A., Ostrova M. i in., Pomiary pyłu w dyskach młodych gwiazd, "
            "„Postępy Fizyki” 2016, t. 67, s. 20–31.",
            ("Wiśniak T.", "Kuś A.", "Ostrova M."),
            "Pomiary pyłu w dyskach młodych gwiazd",
            2016,
            RefKind.ARTICLE,
            id="polish-i-in",
        ),
        pytest.param(
            "Dvořáková L., Král P. a kol., Vývoj krajiny Šumavy, „Geografie” 2011, roč. 116, "
            "č. 2, s. 150–171.",
            ("Dvořáková L.", "Král P."),
            "Vývoj krajiny Šumavy",
            2011,
            RefKind.ARTICLE,
            id="czech-a-kol",
        ),
        pytest.param(
            "Petrov P.P., Orlov V.N. i dr., Metody analiza dannykh, «Vestnik Fiziki», 2019, t. 5, "
            "s. 10–20.",
            ("Petrov P.P.", "Orlov V.N."),
            "Metody analiza dannykh",
            2019,
            RefKind.ARTICLE,
            id="russian-translit-guillemets",
        ),
        pytest.param(
            "Quint D., Harlow P., Ostrova M. et al., Cold dust in the discs of young stars, "
            "Astronomy Letters 41, 112–119 (2015).",
            ("Quint D.", "Harlow P.", "Ostrova M."),
            "Cold dust in the discs of young stars",
            2015,
            RefKind.ARTICLE,
            id="english",
        ),
        pytest.param(
            "Nowicki J., Tetmajer A. (2005), Gospodarka regionalna, Wydawnictwo Naukowe, Poznań.",
            ("Nowicki J.", "Tetmajer A."),
            "Gospodarka regionalna",
            2005,
            RefKind.BOOK,
            id="polish-harvardish",
        ),
        pytest.param(
            "Harlow P., Tidewater Towns: A History of the Coast, Lantern Press, Bristol 2012, "
            "ISBN 978-0-00-000000-2.",
            ("Harlow P.",),
            "Tidewater Towns: A History of the Coast",
            2012,
            RefKind.BOOK,
            id="publisher-before-place",
        ),
    ],
)
def test_whole_entry(
    text: str, authors: tuple[str, ...], title: str, year: int, kind: RefKind
) -> None:
    for ref in (_entry(text), _note(text)):
        assert ref.authors == authors
        assert ref.title == title
        assert ref.year == year
        assert ref.kind is kind


# --- a body's article, a date after the title ------------------------------------------------


def test_body_article_polish() -> None:
    fields = polish_plain(
        "Zespół Badań Komet, Historia naturalna komet, „Postępy Astronomii” 2020, t. 4, s. 53–57."
    )
    assert fields is not None
    assert fields.authors == ("Zespół Badań Komet",)
    assert fields.title == "Historia naturalna komet"
    assert fields.container == "Postępy Astronomii"
    assert fields.year.year == 2020
    assert (fields.volume, fields.pages) == ("4", "53–57")


@pytest.mark.parametrize(
    ("title", "cleaned", "year"),
    [
        ("Biuletyn nr 12: Kometa C/2021 A1, 03.01.2021", "Biuletyn nr 12: Kometa C/2021 A1", 2021),
        ("Zpráva o stavu, 1. 3. 2020", "Zpráva o stavu", 2020),
        ("Status report, 2019-09-11", "Status report", 2019),
        ("Report 11.09", "Report 11.09", None),  # no year: no date
        ("Rules, 31.13.2019", "Rules, 31.13.2019", None),  # no month 13
    ],
)
def test_without_date(title: str, cleaned: str, year: int | None) -> None:
    ref = without_date(Reference(raw=title, line=1, end_line=1, title=title))
    assert ref.title == cleaned
    assert ref.year == year


def test_without_date_keeps_another_year() -> None:
    ref = Reference(
        raw="x", line=1, end_line=1, title="Minutes, 11.09.2019", year=2020, year_raw="2020"
    )
    assert without_date(ref).title == "Minutes, 11.09.2019"


# --- OSCOLA's book shape refuses a title that opens with more names ------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Harlow, P., Ostrova, M., Quint, D. & Vale, T. What the archive kept (Lantern Press, "
        "2022).",
        "Harlow, P., Ostrova, M. and Vale, T. What the archive kept (Lantern Press, 2022).",
    ],
)
def test_legal_book_refuses_name_lists(body: str) -> None:
    fields = legal.parse(body)
    assert fields is None or len(fields.authors) > 1


@pytest.mark.parametrize(
    ("body", "authors", "title"),
    [
        (
            "Pryce J and Vance E, The Law of Things (3rd edn, Lantern 2020)",
            ("Pryce J", "Vance E"),
            "The Law of Things",
        ),
        ("Harlow P., Coastal Rights (Lantern Press 2019)", ("Harlow P.",), "Coastal Rights"),
    ],
)
def test_legal_book_still_read(body: str, authors: tuple[str, ...], title: str) -> None:
    fields = legal.parse(body)
    assert fields is not None
    assert fields.authors == authors
    assert fields.title == title


def test_apa_list_with_link_keeps_every_name(tmp_path: Path) -> None:
    doc = tmp_path / "audit.md"
    doc.write_text(
        "# Audit\n\nPages vanish.[^1]\n\n"
        "[^1]: Harlow, A., Ostrova, S., Quint, E. & Vale, G. [When pages vanish]"
        "(https://example.org/research/2023/when-pages-vanish/) (Lantern Research Centre, "
        "2023).\n",
        encoding="utf-8",
    )
    ref = parse_file(doc).footnotes[0].reference
    assert ref.authors == ("Harlow, A.", "Ostrova, S.", "Quint, E.", "Vale, G.")
    assert ref.title == "When pages vanish"
    assert ref.year == 2023


def test_polish_notes_document(tmp_path: Path) -> None:
    doc = tmp_path / "kometa.md"
    doc.write_text(
        "# Komety\n\nPył jest zimny<sup>1</sup>, a kometa szybka<sup>2</sup>.\n\n"
        "## Przypisy\n\n"
        "1. Wiśniak T., Kuś A., Ostrova M. i in., Pomiary pyłu w dyskach młodych gwiazd, "
        "„Postępy Fizyki” 2016, t. 67, s. 20–31.\n"
        "2. Centrum Małych Planet, Biuletyn nr 12: Kometa C/2021 A1, 03.01.2021, "
        "https://example.org/biuletyn/12 (dostęp: 3.03.2025).\n",
        encoding="utf-8",
    )
    refs = [e.reference for e in parse_file(doc).literature]
    assert [r.authors for r in refs[:1]] == [("Wiśniak T.", "Kuś A.", "Ostrova M.")]
    assert [r.title for r in refs] == [
        "Pomiary pyłu w dyskach młodych gwiazd",
        "Biuletyn nr 12: Kometa C/2021 A1",
    ]
    assert [r.year for r in refs] == [2016, 2021]


@pytest.mark.parametrize(
    ("call", "line"),
    [
        (initials_after, lambda n: "Harlow P., " * (n // 11) + "Title"),
        (initials_after, lambda n: "Harlow P., " + "Ab, " * (n // 4) + "Cd 1"),
        (initials_after, lambda n: "Harlow P., " + "Ab 12, " * (n // 7) + "x"),
        (names_lead, lambda n: "Harlow P. " * (n // 10)),
        (polish_plain, lambda n: "Zespół, " + "ab, " * (n // 4) + "„x"),
        (
            lambda t: without_date(Reference(raw=t, line=1, end_line=1, title=t)),
            lambda n: "Ab, 1.1" * (n // 7),
        ),
    ],
)
def test_linear(call: Callable[[str], object], line: Callable[[int], str]) -> None:
    assert_linear(call, line)
