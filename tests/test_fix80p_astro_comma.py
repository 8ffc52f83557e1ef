"""fix80p: the astronomy journals' comma form of a reference list (A&A, MNRAS, ApJ and the
journals, theses and reports in every language that follow them)::

    Okoro T. A., Lind B., et al. 2019, A survey of faint dwarfs, Astronomy & Astrophysics, 621, A12

names with their initials after them (a comma after the family name or none), ``et al.``,
the bare year (or ``s.d.``/``n.d.``), then the title, the journal, the volume and the page
or article number; a proceedings paper ``…, in Book, Proc. SPIE, 12182, 121820X``; a report
or a thesis by its genre after the title; a body as author, first or alone.  Read by
:mod:`bibcheck.parse.references.astro_comma`; the shapes of the other comma and year styles
(``Smith, A. B., 2011: Title``, ``Nearing, G., 2021. Title.``, ``Meech K.J. et al., Title,
Nature 552, 378 (2017)``) are read as before.
"""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import astro_comma, parse_reference
from tests.worksteps import work


def _read(text: str):  # type: ignore[no-untyped-def]
    return parse_reference(text, [1], detect_styles=True)


# (entry, authors, title, year, container, volume, pages, kind)
ENTRIES = [
    pytest.param(
        "Okoro T. A., Lindqvist B., Ruiz M., et al. 2019, A survey of faint dwarf galaxies "
        "in the Local Volume, Astronomy & Astrophysics, 621, A12, doi:10.9999/aa.2019.12",
        ("Okoro T. A.", "Lindqvist B.", "Ruiz M."),
        "A survey of faint dwarf galaxies in the Local Volume",
        2019,
        "Astronomy & Astrophysics",
        "621",
        "A12",
        RefKind.ARTICLE,
        id="en-et-al-article-number",
    ),
    pytest.param(
        "Okoro, T. A., & Lindqvist, B. 2019, Tidal streams, dwarfs, and the halo, ApJ, 870, 4",
        ("Okoro, T. A.", "Lindqvist, B."),
        "Tidal streams, dwarfs, and the halo",
        2019,
        "ApJ",
        "870",
        "4",
        RefKind.ARTICLE,
        id="en-comma-after-family-ampersand",
    ),
    pytest.param(
        "Ferrante G. L. 1987, Emissione radio delle macchie solari, Memorie della Società "
        "Astronomica Italiana, 58, 211–230",
        ("Ferrante G. L.",),
        "Emissione radio delle macchie solari",
        1987,
        "Memorie della Società Astronomica Italiana",
        "58",
        "211–230",
        RefKind.ARTICLE,
        id="it-pages",
    ),
    pytest.param(
        "Robles-Iturbe P., Salgado C. 2016, Cúmulos abiertos del disco, Revista Mexicana "
        "de Astronomía y Astrofísica, 52, 33–47",
        ("Robles-Iturbe P.", "Salgado C."),
        "Cúmulos abiertos del disco",
        2016,
        "Revista Mexicana de Astronomía y Astrofísica",
        "52",
        "33–47",
        RefKind.ARTICLE,
        id="es-hyphenated-family",
    ),
    pytest.param(
        "Lefort J.-P., Marchal A. 2011, Les éruptions du Soleil calme, Astronomy & "
        "Astrophysics, 530, L9",
        ("Lefort J.-P.", "Marchal A."),
        "Les éruptions du Soleil calme",
        2011,
        "Astronomy & Astrophysics",
        "530",
        "L9",
        RefKind.ARTICLE,
        id="fr-hyphenated-initials-letter",
    ),
    pytest.param(
        "Okoro T. A. 2019, MNRAS, 488, 2588",
        ("Okoro T. A.",),
        None,
        2019,
        "MNRAS",
        "488",
        "2588",
        RefKind.ARTICLE,
        id="en-titleless",
    ),
    pytest.param(
        "Pirastu E., Melis C. 2021, Calibrating a dual-feed receiver on the Moon, in Telescopes "
        "and Instrumentation VIII, Proc. SPIE, 11445, 114452Q, doi:10.9999/12.5550001",
        ("Pirastu E.", "Melis C."),
        "Calibrating a dual-feed receiver on the Moon",
        2021,
        "Telescopes and Instrumentation VIII",
        "11445",
        "114452Q",
        RefKind.CHAPTER,
        id="en-proceedings-in-book",
    ),
    pytest.param(
        "Planck Collaboration, Aubert N., Cano R., et al. 2020, Cosmological parameters "
        "revisited, Astronomy & Astrophysics, 641, A6",
        ("Planck Collaboration", "Aubert N.", "Cano R."),
        "Cosmological parameters revisited",
        2020,
        "Astronomy & Astrophysics",
        "641",
        "A6",
        RefKind.ARTICLE,
        id="en-body-first",
    ),
]


@pytest.mark.parametrize(
    ("text", "authors", "title", "year", "container", "volume", "pages", "kind"), ENTRIES
)
def test_astronomy_comma_entries(
    text: str,
    authors: tuple[str, ...],
    title: str | None,
    year: int,
    container: str,
    volume: str,
    pages: str,
    kind: RefKind,
) -> None:
    ref = _read(text)
    assert ref.authors == authors
    assert ref.title == title
    assert ref.year == year
    assert ref.volume == volume
    assert ref.pages == pages
    assert ref.kind == kind
    fields = astro_comma.parse(text)
    assert fields is not None and fields.container == container


# (entry, authors, title, year, kind): the genre after the title, no journal
GENRES = [
    pytest.param(
        "Cossu M., Piras A. 2022, Mappe solari in banda Q, con note sul puntamento, Rapporto "
        "tecnico IRA n. 57, Istituto di Radioastronomia",
        ("Cossu M.", "Piras A."),
        "Mappe solari in banda Q, con note sul puntamento",
        2022,
        RefKind.REPORT,
        id="it-report-comma-in-title",
    ),
    pytest.param(
        "Atzeni R. 2019, Un modello del lobo per sorgenti estese, Tesi di dottorato, "
        "Università degli Studi di Sassari",
        ("Atzeni R.",),
        "Un modello del lobo per sorgenti estese",
        2019,
        RefKind.THESIS,
        id="it-thesis",
    ),
    pytest.param(
        "Hale D. K. 2014, Beam models for extended sources, PhD thesis, University of Leeds",
        ("Hale D. K.",),
        "Beam models for extended sources",
        2014,
        RefKind.THESIS,
        id="en-thesis",
    ),
]


@pytest.mark.parametrize(("text", "authors", "title", "year", "kind"), GENRES)
def test_reports_and_theses(
    text: str, authors: tuple[str, ...], title: str, year: int, kind: RefKind
) -> None:
    ref = _read(text)
    assert (ref.authors, ref.title, ref.year, ref.kind) == (authors, title, year, kind)


def test_in_a_note_too() -> None:
    """The shape is distinctive: a reader that reads no list styles (Markdown's notes)
    reads it too."""
    ref = parse_reference(
        "Ferrante G. L. 1987, Emissione radio delle macchie solari, Memorie della Società "
        "Astronomica Italiana, 58, 211–230",
        [1],
        note=True,
    )
    assert (ref.authors, ref.title, ref.year, ref.volume) == (
        ("Ferrante G. L.",),
        "Emissione radio delle macchie solari",
        1987,
        "58",
    )


def test_a_body_without_date() -> None:
    """``IRA-CNR s.d., Title, address (consultato …)``: the body's page, no year."""
    ref = _read(
        "IRA-CNR s.d., Stato dei ricevitori di Medicina, https://ricevitori.example.org/medicina "
        "(consultato il 3 marzo 2024)"
    )
    assert ref.title == "Stato dei ricevitori di Medicina"
    assert ref.year is None
    assert ref.kind == RefKind.WEB


# the other styles' entries: read by their own parsers, as before
OTHERS = [
    pytest.param(
        "Smith, A. B., 2011: Storm tracks over the North Atlantic. J. Atmos. Sci., 68, 1–9.",
        id="ams-year-colon",
    ),
    pytest.param(
        "Nearing, G., Kratzert, F., 2021. Title of the work. Water Resour. Res. 57, 1–9.",
        id="elsevier-year-period",
    ),
    pytest.param(
        "Meech K.J., Weryk R., Micheli M. et al., A brief visit, Nature 552, 378–381 (2017).",
        id="physics-initials-after",
    ),
    pytest.param(
        "Kowalski J., Nowak A. (2005), Tytuł książki, Wydawnictwo Naukowe, Warszawa.",
        id="polish-year-in-parentheses",
    ),
    pytest.param("Иванов И. И. Название книги. – М.: Наука, 2015. – 200 с.", id="gost"),
    pytest.param("ESA 2021 was a good year, for the mission and its team.", id="prose"),
    # (the Stanford Encyclopedia's book: the names, a comma, the year, the imprint)
    pytest.param(
        "Okafor, C. A. J., 1994, Trust and Its Limits, Oxford: Clarendon Press.", id="sep-book"
    ),
    # (a short citation of a page, in a note: no title)
    pytest.param("Okoro T. A. 2019, p. 45.", id="page-locator"),
    pytest.param("Okoro T. A., Lind B. 2019, cap. 3, tab. 4.", id="chapter-locator"),
]


@pytest.mark.parametrize("text", OTHERS)
def test_other_styles_are_not_claimed(text: str) -> None:
    assert astro_comma.parse(text) is None
    assert _read(text).style != "astro-comma"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Okoro T. A., Lind B., et al. 2019, A survey of faint", True),
        ("Okoro, T. A. 2019, A survey of faint", True),
        ("Ferrante G. L. s.d., Note sul", True),
        ("ESA 2021, Gaia data release", False),  # a body alone: a wrapped line may start so
        ("Okoro T. A. (2019). A survey", False),  # APA's year in parentheses
        ("Okoro T. A., Lind B., A survey of faint", False),  # no year after the names
    ],
)
def test_person_head(line: str, expected: bool) -> None:
    assert astro_comma.person_head(line) is expected


# the steps an ordinary entry takes are a few thousand; a quadratic or worse pattern runs to
# millions on these
LIMIT = 400_000


@pytest.mark.parametrize(
    "text",
    [
        "Okoro T. A. B. C., " * 60 + "x",
        "Okoro " + "T. " * 300 + "x",
        "Okoro T. A. 2019, " + ", " * 2000 + "x",
        "Okoro T. A. 2019, " + "Title, " * 400 + "Journal, 12",
        "Aa " * 300 + "Collaboration 2019, x",
    ],
    ids=["names", "initials", "commas", "parts", "body-words"],
)
def test_linear_astro_comma(text: str) -> None:
    astro_comma.parse("Okoro T. A. 2019, Title, Journal, 1, 2")  # patterns compiled, uncounted
    assert work(astro_comma.parse, text, limit=LIMIT) is not None
