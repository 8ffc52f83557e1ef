"""Fix 53g: Spanish (and Romance) legal notes with the names in capitals before a colon,
court decisions cited by court and date or number, acts repeated by their number with
"cit.", and Polish history notes (``Cytat za:``, works in volumes cited by title, reprints
with their own imprint).  Own fixtures, written in the shapes such notes take."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.model import Reference, RefKind
from bibcheck.parse.references import court_dated, parse_reference
from bibcheck.parse.references.act_repeat import repeated_act
from bibcheck.parse.references.caps_colon import parse as caps_colon
from bibcheck.parse.references.polish_titled import reprint_year, titled
from bibcheck.parse.references.repeat import find_repeats
from tests.test_regex_growth import assert_linear


def _note(text: str) -> Reference:
    return parse_reference(text, (1,), detect_styles=True, note=True)


# ---- names in capitals before a colon ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "authors", "title", "year", "kind"),
    [
        (
            "MARTÍNEZ ALBA, R.: *La prueba digital en el proceso civil*, Marcial Pons, Madrid,"
            " 2017, p. 88.",
            ("MARTÍNEZ ALBA, R.",),
            "La prueba digital en el proceso civil",
            2017,
            RefKind.BOOK,
        ),
        (  # plain copy: the title runs to the publisher and place before the year
            "SOLER PRATS, J. M.: Contratos electrónicos. Teoría y práctica, Aranzadi, Cizur"
            " Menor, 2021, pp. 14-20.",
            ("SOLER PRATS, J. M.",),
            "Contratos electrónicos. Teoría y práctica",
            2021,
            RefKind.BOOK,
        ),
        (
            "VIDAL ROCA, M.: «La responsabilidad de los buscadores», *Revista de Derecho"
            " Privado*, núm. 4, 2019, pp. 33-61.",
            ("VIDAL ROCA, M.",),
            "La responsabilidad de los buscadores",
            2019,
            RefKind.ARTICLE,
        ),
        (
            "ORTEGA LUNA, P.: «El consentimiento», en SANZ MOLL, T. (dir.): *Manual de datos"
            " personales*, Tecnos, Madrid, 2020, pp. 101-130.",
            ("ORTEGA LUNA, P.",),
            "El consentimiento",
            2020,
            RefKind.CHAPTER,
        ),
        (
            "BELTRÁN, A. y CUENCA, F.: *Historia de la prensa*, Síntesis, Madrid, 2012.",
            ("BELTRÁN, A.", "CUENCA, F."),
            "Historia de la prensa",
            2012,
            RefKind.BOOK,
        ),
        (  # Italian: the initials with no comma
            "BRUNI M., FERRARI L.: *Il processo telematico*, Giappichelli, Torino, 2016.",
            ("BRUNI M.", "FERRARI L."),
            "Il processo telematico",
            2016,
            RefKind.BOOK,
        ),
        (  # a newspaper's article, dated by its day
            "SALAS, C.: «Los archivos de la memoria», *La Vanguardia*, 3 de mayo de 2018.",
            ("SALAS, C.",),
            "Los archivos de la memoria",
            2018,
            RefKind.ARTICLE,
        ),
        (  # Portuguese, the given names written out
            "NUNES, Ana Rita: «Direito ao esquecimento», *Revista de Direito*, n.º 12, 2018,"
            " pp. 5-30.",
            ("NUNES, Ana Rita",),
            "Direito ao esquecimento",
            2018,
            RefKind.ARTICLE,
        ),
        (  # the names closed by a comma, not a colon
            "GARCÍA MORENO, Lucía, «Hemerotecas digitales», *Revista de Derecho*, vol. 40,"
            " 2020, pp. 211-240.",
            ("GARCÍA MORENO, Lucía",),
            "Hemerotecas digitales",
            2020,
            RefKind.ARTICLE,
        ),
        (  # Italian, plain: the place and the year with no comma between them
            "ROSSI M., Il diritto all'oblio, Giuffrè, Milano 2018, p. 45.",
            ("ROSSI M.",),
            "Il diritto all'oblio",
            2018,
            RefKind.BOOK,
        ),
        (  # Italian "in" before a journal (only numbers after it): an article
            "ROSSI M.: «La memoria della rete», in *Rivista di diritto civile*, 2019, n. 3,"
            " pp. 12-30.",
            ("ROSSI M.",),
            "La memoria della rete",
            2019,
            RefKind.ARTICLE,
        ),
        (  # ... but a book's volume, its publisher after it: a chapter
            "PÉREZ, J.: «La tutela», en *Estudios de Derecho*, vol. 2, Tecnos, Madrid, 2019,"
            " pp. 5-30.",
            ("PÉREZ, J.",),
            "La tutela",
            2019,
            RefKind.CHAPTER,
        ),
        (  # a public body's own yearly account, issued under its initials: a report
            "AGENCIA CATALANA DE PROTECCIÓN DE DATOS: *Memoria 2020*, ACPD, Barcelona, 2021.",
            ("AGENCIA CATALANA DE PROTECCIÓN DE DATOS",),
            "Memoria 2020",
            2021,
            RefKind.REPORT,
        ),
    ],
)
def test_capitals_before_colon(
    text: str, authors: tuple[str, ...], title: str, year: int, kind: RefKind
) -> None:
    ref = _note(text)
    assert ref.style == "caps-colon"
    assert ref.authors == authors
    assert ref.title == title
    assert ref.year == year
    assert ref.kind is kind


@pytest.mark.parametrize(
    "text",
    [
        "ISO 9001: Quality management systems, ISO, Geneva, 2015.",  # a designation
        "NOTE: this section draws on field notes.",  # one word in capitals
        "García, L.: «Título», Revista, núm. 3, 2020.",  # mixed case: the German reader's
        "UNESCO: *World Report*, Paris, 2010.",  # one body's acronym
        "LUX, M., SUNEGA, P. Bydlení a trh. Praha : SLON, 2010.",  # ČSN: a full stop
        "SOUZA, Carla. Durabilidade. São Paulo: Pini, 2010.",  # ABNT: a full stop
    ],
)
def test_not_capitals_before_colon(text: str) -> None:
    assert caps_colon(text) is None


# ---- court decisions by court and date or number -------------------------------------


@pytest.mark.parametrize(
    ("text", "year", "title"),
    [
        (
            "STEDH de 12 de enero de 2021, *Pérez c. España*, demanda núm. 1234/18.",
            2021,
            "Pérez c. España",
        ),
        ("SAP Sevilla 210/2017, de 9 de mayo.", 2017, None),
        ("ATC 40/2020, de 11 de mayo, FJ 3.", 2020, None),
        ("STS (Sala de lo Penal) 77/2016, de 10 de febrero.", 2016, None),
        ("Sentencia del Tribunal Supremo de 2 de febrero de 2011.", 2011, None),
        ("CJUE, 8 avril 2014, Digital Rights Ireland, aff. C-293/12.", 2014, None),
        (
            "Corte EDU, 4 dicembre 2008, S. e Marper c. Regno Unito, ric. n. 30562/04.",
            2008,
            "S. e Marper c. Regno Unito",
        ),
    ],
)
def test_court_decisions(text: str, year: int, title: str | None) -> None:
    ref = _note(text)
    assert ref.kind is RefKind.REPORT  # case law, as tests/corpus/README.md files it
    assert ref.year == year
    assert ref.title == title
    assert court_dated.recognised(text)


@pytest.mark.parametrize(
    "text",
    [
        "STS de la página 3 de mayo.",  # no date's year, no number
        "Sentencia polémica de 3 de mayo de 2010.",  # no court named
        "STS 12 de la calle Mayor.",
        "STABLE, J.: *Title*, Editorial, Madrid, 2010.",
    ],
)
def test_not_court_decisions(text: str) -> None:
    assert court_dated.parse(text) is None


# ---- an act repeated by its number ----------------------------------------------------

_ACT = (
    "Ley 34/2002, de 11 de julio, de servicios de la sociedad de la información, BOE núm. 166,"
    " de 12 de julio de 2002."
)


def _legal(text: str) -> bool:
    return text.startswith(("Ley", "STC"))


@pytest.mark.parametrize(
    ("text", "earlier", "target"),
    [
        ("Art. 16 de la Ley 34/2002, cit.", [_ACT, "Un comentario."], 0),
        ("STC 31/2010, ya citada, FJ 4.", ["STC 31/2010, de 28 de junio.", _ACT], 0),
        ("Art. 16 de la Ley 34/2002.", [_ACT], None),  # no word saying it was cited
        ("Art. 5 de la Ley 10/1998, cit.", [_ACT], None),  # another act
        ("Pérez, 34/2002, cit.", ["Pérez, *Libro 34/2002*, Madrid, 2004."], None),  # no act
    ],
)
def test_repeated_act(text: str, earlier: list[str], target: int | None) -> None:
    assert repeated_act(text, earlier, _legal) == target


def test_act_repeat_resolved_among_notes() -> None:
    found = find_repeats(
        [_ACT, "Sobre esto, véase el apartado II.", "Art. 16 de la Ley 34/2002, cit."]
    )
    rep = found[2]
    assert rep is not None and rep.kind == "act" and rep.target == 0


# ---- Polish notes ---------------------------------------------------------------------


def test_quoted_from_links_the_work() -> None:
    texts = [
        "A. Nowicka, Miasto i wystawa. Studium, „Przegląd Historyczny” 2010, t. 101, nr 2,"
        " s. 201–220.",
        "Cytat za: Nowicka, Miasto i wystawa…, s. 44. Dalej nie cytuję.",
    ]
    rep = find_repeats(texts)[1]
    assert rep is not None and rep.target == 0


def test_quoted_from_is_no_lead_in_of_prose() -> None:
    assert _note("Cytat za długi, by go przytoczyć w całości.").kind is RefKind.COMMENTARY


@pytest.mark.parametrize(
    ("text", "authors", "title", "year"),
    [
        (
            "Historia Krakowa, t. 3: Wiek XIX, cz. 1, red. J. Nowak, Kraków 1979, s. 12–20.",
            (),
            "Historia Krakowa, t. 3: Wiek XIX, cz. 1",
            1979,
        ),
        (
            "Przewodnik po Lwowie, Lwów 1925 (reprint: Kraków 2004), s. 3.",
            (),
            "Przewodnik po Lwowie",
            2004,
        ),
        (
            "K. Zielińska, Dzieje szkoły, Toruń 1936 (przedruk: Toruń 1990), s. 7.",
            ("K. Zielińska",),
            "Dzieje szkoły",
            1990,
        ),
        # a name with initials is no title
        ("E. Wolska, Wystawa, Poznań 1929, s. 5.", ("E. Wolska",), "Wystawa", 1929),
    ],
)
def test_polish_titles_and_reprints(
    text: str, authors: tuple[str, ...], title: str, year: int
) -> None:
    ref = _note(text)
    assert ref.authors == authors
    assert ref.title == title
    assert ref.year == year
    assert ref.kind is RefKind.BOOK


@pytest.mark.parametrize(
    ("after", "year"),
    [
        (" (reprint: Poznań 2009), s. 9.", "2009"),
        (" (przedruk 1985).", "1985"),
        (" (oprac. J. Nowak), s. 3.", None),  # no reprint
    ],
)
def test_reprint_year(after: str, year: str | None) -> None:
    assert reprint_year(after) == year


def test_reprint_without_imprint_keeps_original_year() -> None:
    # (a reprinting with no imprint of its own is the same edition: its first year)
    ref = _note("Hans Meier: Geschichte der Stadt, Berlin 1929 (Nachdr. 1970).")
    assert ref.year == 1929


def test_titled_needs_the_tradition() -> None:
    assert titled("Gazeta Wyborcza, Warszawa 2005.") is None  # no volume, no Slavic sign
    assert titled("History of the Town, London 1931, p. 4.") is None


# ---- linear on long lines --------------------------------------------------------------

Line = Callable[[int], str]

LINES = [
    pytest.param(lambda n: "A" * n, id="one-capital-word"),
    pytest.param(lambda n: "ABC " * (n // 4), id="capital-words"),
    pytest.param(lambda n: "ABC, A. y " * (n // 10), id="names-no-colon"),
    pytest.param(lambda n: "STS " * (n // 4), id="court-words"),
    pytest.param(lambda n: "12/2020, " * (n // 9), id="numbers"),
    pytest.param(lambda n: "Tytuł, t. 1: " * (n // 13), id="volumes"),
    pytest.param(lambda n: "«" * n, id="open-quotes"),
]


@pytest.mark.parametrize("line", LINES)
@pytest.mark.parametrize(
    "call",
    [
        pytest.param(caps_colon, id="caps-colon"),
        pytest.param(court_dated.parse, id="court"),
        pytest.param(titled, id="polish-titled"),
        pytest.param(lambda t: repeated_act(t[:300] + " cit.", [t], _legal), id="act-repeat"),
    ],
)
def test_new_parsers_are_linear(call: Callable[[str], object], line: Line) -> None:
    assert_linear(call, line)
