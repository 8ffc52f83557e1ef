"""Fix 53b: SIAM's numbered entries (LaTeXML's bibliography, a PDF's text) read as articles
and books; author-date short notes naming several authors with commas, followed by a remark,
or by the work's link; Italian acts by their abbreviations (no list entry expected); report
titles of the Romance languages; an APA title's second sentence before the imprint; an
observatory's report; a book's extent ("48 p.") is no journal's volume.  Own fixtures."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode, ParsedDocument, RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.author_date_notes import leading_author_date, short_author_date
from bibcheck.parse.references.civil_law import legal_source
from bibcheck.parse.references.reportkind import observatory_work, titled_report, web_report
from bibcheck.parse.references.siam import book_imprint, journal
from tests.test_regex_growth import assert_linear

Line = Callable[[int], str]


def _ref(text: str) -> tuple[RefKind, str | None, str | None, int | None]:
    ref = parse_reference(text, [1], detect_styles=True)
    return ref.kind, ref.title, ref.host, ref.year


# --- SIAM -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "title", "host", "year"),
    [
        # an article, its italic title marked
        (
            "P. Lind and Q. Ruiz, *Sketched preconditioners for tall least squares problems*,"
            " SIAM J. Matrix Anal. Appl., 44 (2023), pp. A101–A130.",
            RefKind.ARTICLE,
            "Sketched preconditioners for tall least squares problems",
            "SIAM J. Matrix Anal. Appl.",
            2023,
        ),
        # the same, its italics lost (a PDF's text): the journal's segment ends the title
        (
            "P. Lind, Q. Ruiz, and T. Oko, Randomized orthogonalization in low precision,"
            " Numer. Math., 151 (2022), pp. 77–104.",
            RefKind.ARTICLE,
            "Randomized orthogonalization in low precision",
            "Numer. Math.",
            2022,
        ),
        # a book: the publisher, its place and state, the edition
        (
            "T. Oko, *Matrix Functions in Practice*, SIAM, Philadelphia, PA, third ed., 2019.",
            RefKind.BOOK,
            "Matrix Functions in Practice",
            None,
            2019,
        ),
    ],
)
def test_siam_entries(text: str, kind: RefKind, title: str, host: str | None, year: int) -> None:
    assert _ref(text) == (kind, title, host, year)


def test_siam_lettered_pages_are_no_year() -> None:
    ref = parse_reference(
        "A. Berg, *Mixed precision Krylov methods*, SIAM J. Sci. Comput., 41 (2019),"
        " pp. A3111–A3139.",
        [1],
        detect_styles=True,
    )
    assert ref.year == 2019
    assert not any(a.code is AnomalyCode.YEAR_MALFORMED for a in ref.anomalies)


@pytest.mark.parametrize(
    "tail",
    [
        ", 12 (2001), pp. 4–9.",  # no journal named
        ", Journal of Things, vol. 12, 2001.",  # IEEE's volume mark: no SIAM shape
        ", Springer 12 (2001) 4–9.",  # Elsevier's: no comma before the volume
    ],
)
def test_not_siam_journal(tail: str) -> None:
    assert journal(tail) is None


@pytest.mark.parametrize(
    "tail",
    [
        ", SIAM, 2002.",  # no place
        ", Oxford: Clarendon Press, 1990.",  # a colon: another style's imprint
        ", Numer. Math., 151 (2022), pp. 77–104.",  # an article
    ],
)
def test_not_siam_book(tail: str) -> None:
    assert book_imprint(tail) is None


# --- author-date short notes ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names", "year"),
    [
        ("Moretti, Sala e Conti (2019), p. 8.", ("Moretti", "Sala", "Conti"), 2019),
        ("Ortiz, Vega y Ramos (2018).", ("Ortiz", "Vega", "Ramos"), 2018),
        ("Vgl. Krause, Lenz und Stein (2011), S. 5.", ("Krause", "Lenz", "Stein"), 2011),
        # the work's link after the note
        (
            "Centro Studi Lavoro (2022), [www.csl.example.it](https://www.csl.example.it/r22).",
            ("Centro Studi Lavoro",),
            2022,
        ),
        ("Fondation Orme (2020), https://orme.example.org/etude.", ("Fondation Orme",), 2020),
    ],
)
def test_short_notes_with_several_names_or_a_link(
    text: str, names: tuple[str, ...], year: int
) -> None:
    cite = short_author_date(text)
    assert cite is not None
    assert (cite.names, cite.year) == (names, year)


@pytest.mark.parametrize(
    "text",
    [
        "Moretti, L. (2019). Il lavoro agile. Bologna: Il Mulino.",  # inverted names: a reference
        "Moretti, Il lavoro agile (2019), p. 8.",  # a short title, no names
        "Centro Studi Lavoro (2022), Rapporto, https://www.csl.example.it/r22.",
    ],
)
def test_not_short_notes(text: str) -> None:
    assert short_author_date(text) is None


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Sala et al. (2017). Il campione comprende imprese del Nord: cfr. ivi, p. 4.", ("Sala",)),
        ("Vega y Ramos (2018). Los datos son de la encuesta de 2016.", ("Vega", "Ramos")),
    ],
)
def test_leading_short_note_then_remark(text: str, names: tuple[str, ...]) -> None:
    cite = leading_author_date(text)
    assert cite is not None and cite.names == names


@pytest.mark.parametrize(
    "text",
    [
        "Moretti, L. e Sala, P. (2019). Il lavoro agile. Bologna: Il Mulino.",  # initials
        "Sala et al. (2017), p. 4.",  # nothing after it: the whole note (short_author_date)
        "Sala et al. (2017), Il campione, p. 4.",  # no sentence ends after the year
    ],
)
def test_no_leading_short_note(text: str) -> None:
    assert leading_author_date(text) is None


_ITALIAN = """# Lavoro agile

Prima frase.[^1] Seconda frase.[^2] Terza frase.[^3] Quarta frase.[^4]

[^1]: Moretti, Sala e Conti (2019), p. 8.
[^2]: Sala et al. (2017). Il campione comprende imprese del Nord: cfr. ivi, p. 4.
[^3]: L. 15 luglio 2011, n. 111, art. 3.
[^4]: Centro Studi Lavoro (2022), [www.csl.example.it](https://www.csl.example.it/r22).

## Bibliografia

Centro Studi Lavoro (2022). Lavoro agile e piccole imprese. Torino: Centro Studi Lavoro.

Moretti, A., Sala, B. e Conti, C. (2019). Orari flessibili nelle imprese venete. Rivista di Economia del Lavoro, 12(3), 45-67.

Sala, B., Neri, D. e Gallo, E. (2017). Produttività e lavoro da remoto. Economia Italiana, 8(1), 11-30.
"""


def _notes(doc: ParsedDocument) -> dict[str, str]:
    return {fn.label: (fn.reference.title or "").rstrip(".") for fn in doc.footnotes}


def test_italian_short_notes_take_their_entries() -> None:
    doc = parse_bytes(_ITALIAN.encode(), "/tmp/lavoro.md")
    titles = _notes(doc)
    assert titles["1"] == "Orari flessibili nelle imprese venete"
    assert titles["2"] == "Produttività e lavoro da remoto"
    assert titles["4"] == "Lavoro agile e piccole imprese"
    missing = {a.footnote for a in doc.anomalies if a.code is AnomalyCode.LITERATURE_MISSING}
    assert missing == set()  # the law (3) is cited in notes only, by custom


# --- Italian acts -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("L. 15 luglio 2011, n. 111, art. 3.", True),
        ("l. n. 300/1970, art. 18.", True),
        ("D.M. 12 marzo 2021.", True),
        ("R.D. 16 marzo 1942, n. 262.", True),
        ("D.P.C.M. 9 marzo 2020.", True),
        ("L. Moretti, Il lavoro agile, Bologna 2019.", False),  # an initial
        ("L. 2, cap. 4.", False),  # a book's number
    ],
)
def test_italian_acts(text: str, expected: bool) -> None:
    assert legal_source(text) is expected


# --- reports ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Rapporto annuale 2022", True),
        ("Rapporto sul mercato del lavoro 2020", True),
        ("Il rapporto tra scuola e lavoro", False),  # a relation
        ("Rapporto tra generazioni", False),
    ],
)
def test_italian_report_titles(title: str, expected: bool) -> None:
    assert titled_report(title) is expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Programme Haies du Bocage : rapport final", True),
        ("Progetto Valli Alpine: rapporto finale", True),
        ("Proyecto Ríos Vivos: informe final", True),
        ("Renaturierung der Aue: Abschlussbericht", True),
        ("Le rapport final de la commission, lu par un historien", False),  # not closing
    ],
)
def test_closing_report_words(title: str, expected: bool) -> None:
    assert web_report(title) is expected


@pytest.mark.parametrize(
    ("authors", "publisher", "expected"),
    [
        (("Osservatorio Lavoro Digitale",), "Politecnico di Torino, Scuola di Gestione", True),
        (("Observatorio de Vivienda",), "Universidad de Sevilla", True),
        (("Observatorio de Vivienda",), "Editorial Tecnos", False),  # a publisher's book
        (("Instituto de Vivienda",), "Universidad de Sevilla", False),  # no observatory
    ],
)
def test_observatory_work(authors: tuple[str, ...], publisher: str | None, expected: bool) -> None:
    assert observatory_work(authors, publisher) is expected


@pytest.mark.parametrize(
    ("text", "kind", "title"),
    [
        # a title's second sentence before the imprint
        (
            "Istituto Alfa (2020). Rapporto annuale 2020. Le imprese e il territorio."
            " Roma: Istituto Alfa.",
            RefKind.REPORT,
            "Rapporto annuale 2020. Le imprese e il territorio",
        ),
        # a book's extent is no journal's volume
        (
            "Morel, A. et Petit, B. (2015). Les haies du bocage : guide de terrain."
            " Rennes : Bocage Vivant, 64 p.",
            RefKind.BOOK,
            "Les haies du bocage: guide de terrain",
        ),
        # a journal's volume stays one
        (
            "Morel, A. (2015). Les haies du bocage. Revue de Géographie, 64, 12-30.",
            RefKind.ARTICLE,
            "Les haies du bocage",
        ),
    ],
)
def test_apa_books_and_reports(text: str, kind: RefKind, title: str) -> None:
    ref = parse_reference(text, [1], detect_styles=True)
    assert (ref.kind, ref.title) == (kind, title)


def test_apa_edition_sentence_is_no_subtitle() -> None:
    ref = parse_reference(
        "Morel, A. (2015). Les haies. 2e éd. Rennes : Bocage Vivant.", [1], detect_styles=True
    )
    assert ref.title == "Les haies"


# --- linear ---------------------------------------------------------------------------

LINES = [
    pytest.param(lambda n: "a" * n, id="one-long-word"),
    pytest.param(lambda n: "Ab, " * (n // 4), id="names-commas"),
    pytest.param(lambda n: "Ab e " * (n // 5), id="names-and"),
    pytest.param(lambda n: ", A, 1 (2001)" * (n // 13), id="journal-like"),
    pytest.param(lambda n: "[" * n, id="open-brackets"),
    pytest.param(lambda n: "L. " * (n // 3), id="initials"),
    pytest.param(lambda n: ", X, Y, " * (n // 8), id="imprint-like"),
]


@pytest.mark.parametrize("line", LINES)
def test_short_author_date_is_linear(line: Line) -> None:
    assert_linear(short_author_date, line)


@pytest.mark.parametrize("line", LINES)
def test_leading_author_date_is_linear(line: Line) -> None:
    assert_linear(leading_author_date, line)


@pytest.mark.parametrize("line", LINES)
def test_siam_is_linear(line: Line) -> None:
    assert_linear(lambda text: (journal(text), book_imprint(text)), line)


@pytest.mark.parametrize("line", LINES)
def test_legal_source_is_linear(line: Line) -> None:
    assert_linear(legal_source, line)


_SPANISH = """# Prueba

Uno.[^1] Dos.[^2] Tres.[^3] Cuatro.[^4] Cinco.[^5] Seis.[^6]

[^1]: Ortiz, Vega y Ramos (2018), p. 8.
[^2]: Ibíd., p. 9.
[^3]: Vega (2020), p. 3.
[^4]: Íd., p. 5.
[^5]: Ortiz, Vega y Ramos (2018), p. 10.
[^6]: Id., ibid., p. 11.

## Bibliografía

Ortiz, A., Vega, B. y Ramos, C. (2018). Agua y ciudad en el Levante. Revista de Geografía, 12(3), 45-67.

Vega, B. (2020). Desalación y territorio. Madrid: Cátedra.
"""


def test_repeats_after_short_notes_with_several_names() -> None:
    doc = parse_bytes(_SPANISH.encode(), "/tmp/agua.md")
    titles = _notes(doc)
    first, second = "Agua y ciudad en el Levante", "Desalación y territorio"
    assert titles == {"1": first, "2": first, "3": second, "4": second, "5": first, "6": first}
    assert not any(a.code is AnomalyCode.LITERATURE_MISSING for a in doc.anomalies)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Annuario statistico italiano 2019", True),
        ("Anuario estadístico de Andalucía 2021", True),
        ("Annuaire statistique de la Suisse", True),
        ("Statistical Yearbook of the Nordic Countries 2020", True),
        ("Jahrbuch für Wirtschaftsgeschichte", False),  # a journal's yearbook, no statistics
        ("Annuario della poesia italiana", False),
    ],
)
def test_statistical_yearbooks(title: str, expected: bool) -> None:
    assert titled_report(title) is expected
