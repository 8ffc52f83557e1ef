"""Italian legal and humanities notes (and their Spanish and Portuguese neighbours).

``L. Ferrante, P. Galli, Il processo riparativo, Edizioni Lumen, Bologna 2021, pp. 41 ss.``:
names by their initials, the title, the publisher, the place and the year with no comma
between them; articles ``in Rivista, 12 (2008), 3``; chapters ``in X (a cura di), Volume``;
statutes and decisions by their date; a body's document keeps the number in parentheses of
its designation. Read with and without style detection (every reader) and from plain text
or with the title marked ``*…*``. (:mod:`bibcheck.parse.references.italian_notes`)
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.commentary import citation_start
from bibcheck.parse.references.italian_notes import CIT_SHORT, parse
from bibcheck.parse.references.repeat import find_repeats
from bibcheck.parse.references.shared import clean
from tests.test_regex_growth import assert_linear

B, A, C, R, U = RefKind.BOOK, RefKind.ARTICLE, RefKind.CHAPTER, RefKind.REPORT, RefKind.UNKNOWN

# (note, authors, title, year, kind, other fields)
CASES = [
    pytest.param(
        "V. per tutti L. Ferrante, P. Galli, Il processo riparativo, Edizioni Lumen, "
        "Bologna 2021, pp. 41 ss.",
        ("L. Ferrante", "P. Galli"),
        "Il processo riparativo",
        2021,
        B,
        {"publisher": "Edizioni Lumen", "place": "Bologna", "pages": "41"},
        id="book-lead-in-per-tutti",
    ),
    pytest.param(
        "A. Moretti, Vittime, autori e comunità, Il Mulino, Bologna 2019.",
        ("A. Moretti",),
        "Vittime, autori e comunità",
        2019,
        B,
        {"publisher": "Il Mulino"},
        id="book-title-with-comma",
    ),
    pytest.param(
        "G. Neri, La città, il porto e il mare, Genova 1990.",
        ("G. Neri",),
        "La città, il porto e il mare",
        1990,
        B,
        {"publisher": None, "place": "Genova"},
        id="book-no-publisher-prose-segment-kept",
    ),
    pytest.param(
        "V. anche T. Landi, La sanzione mite. Studi e prospettive, 2a ed., Pacini, Pisa 2016.",
        ("T. Landi",),
        "La sanzione mite. Studi e prospettive",
        2016,
        B,
        {"publisher": "Pacini"},
        id="book-edition-not-title",
    ),
    pytest.param(
        "V. Rossi, La pena, Giuffrè, Milano 2001.",
        ("V. Rossi",),
        "La pena",
        2001,
        B,
        {},
        id="initial-v-is-no-lead-in",
    ),
    pytest.param(
        "R. Conti, La pena come dialogo, in Rivista di diritto penale comparato, 12 (2008), 3, "
        "pp. 211-240.",
        ("R. Conti",),
        "La pena come dialogo",
        2008,
        A,
        {"host": "Rivista di diritto penale comparato", "volume": "12", "issue": "3"},
        id="article-volume-year",
    ),
    pytest.param(
        "Cfr. R. CONTI, *La pena come dialogo*, in «Rassegna penitenziaria», 2016, n. 2, "
        "pp. 45-67.",
        ("R. CONTI",),
        "La pena come dialogo",
        2016,
        A,
        {"host": "Rassegna penitenziaria", "issue": "2", "pages": "45-67"},
        id="article-marked-guillemets-small-caps",
    ),
    pytest.param(
        "S. Greco, Mediare dopo il reato, in T. Villa, M. De Santis (a cura di), Manuale di "
        "mediazione, Carocci, Roma 2012, pp. 90-118.",
        ("S. Greco",),
        "Mediare dopo il reato",
        2012,
        C,
        {"host": "Manuale di mediazione", "pages": "90-118"},
        id="chapter-a-cura-di",
    ),
    pytest.param(
        "D.lgs. 4 marzo 2015, n. 28, Disposizioni in materia di tenuità del fatto, in G.U. "
        "n. 64 del 18 marzo 2015.",
        (),
        "Disposizioni in materia di tenuità del fatto",
        2015,
        R,  # (legislation and case law are reports: the corpus kind conventions)
        {},
        id="decree-title-after-number",
    ),
    pytest.param(
        "D.P.R. 12 maggio 1999, n. 301, Regolamento sulle visite nei centri di mediazione, art. 4.",
        (),
        "Regolamento sulle visite nei centri di mediazione",
        1999,
        R,  # (legislation and case law are reports: the corpus kind conventions)
        {},
        id="dpr-title-before-article",
    ),
    pytest.param(
        "L. 14 aprile 2019, n. 33.",
        (),
        None,
        2019,
        R,  # (legislation and case law are reports: the corpus kind conventions)
        {},
        id="statute-without-title",
    ),
    pytest.param(
        "Corte cost., sent. 5 aprile 2019, n. 77, in Giur. cost., 2019, pp. 1987 ss.",
        (),
        None,
        2019,
        R,  # (legislation and case law are reports: the corpus kind conventions)
        {},
        id="decision-page-no-year",
    ),
    pytest.param(
        "Cass. civ., Sez. III, 9 novembre 2021, n. 32611, in Foro it., 2022, I, c. 1405.",
        (),
        None,
        2021,
        R,  # (a court decision: a report, as above; round 63's legal_kind reads its court)
        {},
        id="decision-year-not-report-year",
    ),
    pytest.param(
        "Comitato dei Ministri, Recommendation Rec(2006)8 on assistance to crime victims, "
        "14 giugno 2006.",
        ("Comitato dei Ministri",),
        "Recommendation Rec(2006)8 on assistance to crime victims",
        2006,
        R,  # (a body's recommendation under its designation: a report, as the corpus's kinds
        # make a body's guidelines and standards; round 76's body_standard reads it so)
        {},
        id="body-designation-keeps-parentheses",
    ),
    pytest.param(
        "Osservatorio nazionale sulla pena, Relazione annuale sui programmi, Roma 2023; v. "
        "anche G. Neri, Il carcere aperto, Sellerio, Palermo 2020.",
        ("Osservatorio nazionale sulla pena",),
        "Relazione annuale sui programmi",
        2023,
        None,
        {},
        id="several-works-first",
    ),
    pytest.param(
        "ISTAT, Annuario delle statistiche giudiziarie, 3rd ed., Istituto nazionale di "
        "statistica, Roma 2021.",
        ("ISTAT",),
        "Annuario delle statistiche giudiziarie",
        2021,
        None,
        {"publisher": "Istituto nazionale di statistica"},
        id="acronym-body-edition",
    ),
    # Spanish and Portuguese notes of the same tradition
    pytest.param(
        "Vid. M. Ortega, La justicia restaurativa en España, Tirant lo Blanch, Valencia 2018, "
        "pp. 45 y ss.",
        ("M. Ortega",),
        "La justicia restaurativa en España",
        2018,
        B,
        {"publisher": "Tirant lo Blanch", "place": "Valencia", "pages": "45"},
        id="es-book-y-ss",
    ),
    pytest.param(
        "Cfr. J. L. Ramos Díaz, Víctimas y proceso, en Revista Penal, 21 (2014), pp. 120-145.",
        ("Ramos Díaz, J. L.",),  # (an Iberian name of two family names, inverted)
        "Víctimas y proceso",
        2014,
        A,
        {"host": "Revista Penal", "volume": "21", "pages": "120-145"},
        id="es-article-en",
    ),
    pytest.param(
        "Ley 9/2017, de 3 de mayo, de mediación en asuntos penales, BOE núm. 105.",
        (),
        "Ley 9/2017, de 3 de mayo, de mediación en asuntos penales",  # (as the BOE titles it)
        2017,
        R,  # (legislation and case law are reports: the corpus kind conventions)
        {},
        id="es-statute",
    ),
    pytest.param(
        "Cfr. C. Amaral, Justiça restaurativa e processo penal, Almedina, Coimbra 2020, "
        "p. 33 e ss.",
        ("C. Amaral",),
        "Justiça restaurativa e processo penal",
        2020,
        B,
        {"publisher": "Almedina", "pages": "33"},
        id="pt-book-e-ss",
    ),
    pytest.param(
        "Lei n.º 14/2011, de 8 de abril, que aprova o regime de apoio às vítimas, art. 3.º.",
        (),
        "que aprova o regime de apoio às vítimas",
        2011,
        R,  # (fix65h: a Portuguese statute is legislation too, a report by the conventions)
        {},
        id="pt-statute",
    ),
]


@pytest.mark.parametrize("detect", [True, False], ids=["styles", "notes-only"])
@pytest.mark.parametrize(("note", "authors", "title", "year", "kind", "more"), CASES)
def test_note_fields(
    note: str,
    authors: tuple[str, ...],
    title: str | None,
    year: int,
    kind: RefKind | None,
    more: dict[str, str | None],
    detect: bool,
) -> None:
    ref = parse_reference(note, [1], detect_styles=detect, note=True)
    assert ref.style == "italian"
    assert (ref.authors, ref.title, ref.year) == (authors, title, year)
    if kind is not None:
        assert ref.kind is kind
    for name, want in more.items():
        assert getattr(ref, name) == want, name


# Not this tradition: read by their own parsers
NOT_ITALIAN = [
    "H. Müller, Die Stadt im Wandel, Köln 1988, S. 45.",
    "John Smith, The Port of Leith (New York: Norton, 2010), 45.",
    "Smith, J. (2019). Harbours and trade. Journal of Ports, 4(2), 10-20.",
    "Ibidem, pp. 34-41.",
    "Rossi, Bianchi, op. cit., p. 9.",
]


@pytest.mark.parametrize("note", NOT_ITALIAN, ids=[f"other{i}" for i in range(len(NOT_ITALIAN))])
def test_other_traditions_left_alone(note: str) -> None:
    assert parse(clean(note)) is None


def test_cit_short_notes_repeat_the_full_note() -> None:
    texts = [
        "Comitato dei Ministri, Recommendation Rec(2006)8 on assistance to crime victims, "
        "14 giugno 2006.",
        "A. Moretti, Vittime, autori e comunità, Il Mulino, Bologna 2019.",
        "Comitato dei Ministri, Recommendation Rec(2006)8, cit., punto 4.",
        "Cfr. Moretti, Vittime, cit., pp. 12 ss.",
        "Moretti, *Vittime, autori e comunità*, cit.",
    ]
    found = find_repeats(texts)
    assert [r.target if r else None for r in found] == [None, None, 0, 1, 1]


@pytest.mark.parametrize(
    "line",
    [
        lambda n: "A. " * (n // 3),
        lambda n: "M. Rossi, " + "Titolo, " * (n // 8) + "Milano 2020",
        lambda n: "Cass. pen., " + "Sez. V, " * (n // 8),
        lambda n: "D.lgs. 4 marzo 2015, n. 28, " + "a, " * (n // 3),
        lambda n: "Rossi, " + "x" * n + " cit., p. 4",
        lambda n: "M. Rossi, Titolo, in " + "Rivista " * (n // 8) + ", 12 (2008)",
        lambda n: "Comitato, " * (n // 10) + "Titolo, 14 giugno 2006",
        lambda n: "V. anche " * (n // 9) + "A. Rossi",
        lambda n: "Roma 2023; " * (n // 11),
    ],
)
def test_long_lines_parse_in_linear_time(line: Callable[[int], str]) -> None:
    """(the parser and the short-note pattern; the repeat resolver around them is checked
    with its own tests)"""

    def read(text: str) -> object:
        parse(text)
        CIT_SHORT.match(text)
        return citation_start(text)

    assert_linear(read, line)
