"""German, Austrian and Swiss legal footnotes (:mod:`bibcheck.parse.references.german_law`),
read the same in every format: a law-journal page in HTML, Markdown ``[^n]`` notes and a
Word-like plain note text.  Every line is written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode, Reference, RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.german_law import lead_in_end, parse, recognised
from tests.test_regex_growth import assert_linear

# (note, authors, title, year, host, kind)
NOTES = [
    # an article: names, title, journal abbreviation, year, first page, the pinpoint
    ("Brandt, Vorratsdaten im Wandel, NVwZ 2021, 877 (879).",
     ("Brandt",), "Vorratsdaten im Wandel", 2021, "NVwZ", RefKind.ARTICLE),
    ("Keller/Ostrowski, Die Rasterfahndung neu gedacht, DÖV 2019, 410, 412.",
     ("Keller", "Ostrowski"), "Die Rasterfahndung neu gedacht", 2019, "DÖV", RefKind.ARTICLE),
    ("Vgl. Hagemann, Algorithmen im Gefahrenvorfeld, JZ 2020, 1101 ff.",
     ("Hagemann",), "Algorithmen im Gefahrenvorfeld", 2020, "JZ", RefKind.ARTICLE),
    ("So auch Riedel, Profilbildung durch die Polizei, ZRP 2018, 33 (36); anders Voss, "
     "Sicherheit, 2017, S. 12.",
     ("Riedel",), "Profilbildung durch die Polizei", 2018, "ZRP", RefKind.ARTICLE),
    # a journal by its volume, with the year in parentheses
    ("Ebenso Albers, Die Schwelle der Gefahr, Der Staat 58 (2019), 201 (214).",
     ("Albers",), "Die Schwelle der Gefahr", 2019, "Der Staat", RefKind.ARTICLE),
    ("Hornung, G., Grundrechte im Verbund, JZ 2022, 861 (866).",
     ("Hornung, G.",), "Grundrechte im Verbund", 2022, "JZ", RefKind.ARTICLE),
    # the short form: no title
    ("Krit. Thalheim, NJW 2022, 1450.", ("Thalheim",), None, 2022, "NJW", RefKind.ARTICLE),
    # Austrian and Swiss journals
    ("S. a. Kurz, Die Beweisverwertung im Strafverfahren, ÖJZ 2020, 512 (515).",
     ("Kurz",), "Die Beweisverwertung im Strafverfahren", 2020, "ÖJZ", RefKind.ARTICLE),
    ("Huber, Videoüberwachung im öffentlichen Raum, AJP 2021, 1290.",
     ("Huber",), "Videoüberwachung im öffentlichen Raum", 2021, "AJP", RefKind.ARTICLE),
    # a chapter of an edited book or commentary: the chapter has no title of its own
    ("Petri, in: Lisken/Denninger (Hrsg.), Handbuch des Polizeirechts, 6. Aufl. 2018, "
     "Kap. G Rn. 88.",
     ("Petri",), None, 2018, "Handbuch des Polizeirechts", RefKind.CHAPTER),
    ("Wagner, in: MüKoBGB, 8. Aufl. 2020, § 823 Rn. 5.",
     ("Wagner",), None, 2020, "MüKoBGB", RefKind.CHAPTER),
    ("Di Fabio, in: Dürig/Herzog/Scholz, GG, Art. 2 Abs. 1 Rn. 173 (Stand: Juli 2021).",
     ("Di Fabio",), None, 2021, "GG", RefKind.CHAPTER),
    # a book, the page or the margin number cited
    ("Lindner, Polizeiliche Datenverarbeitung, 2019, S. 87.",
     ("Lindner",), "Polizeiliche Datenverarbeitung", 2019, None, RefKind.BOOK),
    ("Vgl. Schenke/Graulich, Sicherheitsrecht des Bundes, 3. Aufl. 2024, § 14 Rn. 9.",
     ("Schenke", "Graulich"), "Sicherheitsrecht des Bundes", 2024, None, RefKind.BOOK),
    # court decisions: the year of their date, not of the docket
    ("BGH, Beschl. v. 7.11.2019 – 3 StR 401/19, NStZ 2020, 221.",
     (), "BGH, Beschl. v. 7.11.2019 – 3 StR 401/19", 2019, None, None),
    ("BVerwG, Urteil vom 14. März 2018 – 6 C 12/17.",
     (), "BVerwG, Urteil vom 14. März 2018 – 6 C 12/17", 2018, None, None),
    ("OLG Hamm, Urt. v. 3.5.2016 – I-4 U 12/15.", (), None, 2016, None, None),
    ("OGH 12.3.2019, 4 Ob 12/19k.", (), "OGH 12.3.2019, 4 Ob 12/19k", 2019, None, None),
    ("BGH NJW 2017, 2005 (2007).", (), None, 2017, "NJW", None),
    # the Swiss Federal Court's reports: volume 145 is 2019
    ("BGE 145 I 73 E. 3.2.", (), None, 2019, None, None),
    # a body's report printed as a parliament's paper
    ("BfDI, 31. Tätigkeitsbericht zum Datenschutz 2022, BT-Drs. 20/5700, S. 41.",
     ("BfDI",), "31. Tätigkeitsbericht zum Datenschutz 2022", 2022, None, RefKind.REPORT),
]  # fmt: skip


def _note(text: str) -> Reference:
    return parse_reference(text, [1], detect_styles=True, note=True)


@pytest.mark.parametrize(("text", "authors", "title", "year", "host", "kind"), NOTES)
@pytest.mark.parametrize("styles", [True, False], ids=["styles", "markdown"])
def test_german_legal_note_fields(
    text: str,
    authors: tuple[str, ...],
    title: str | None,
    year: int,
    host: str | None,
    kind: RefKind | None,
    styles: bool,
) -> None:
    ref = parse_reference(text, [1], detect_styles=styles, note=True)
    assert ref.authors == authors
    if title is not None or authors:
        assert ref.title == title
    assert ref.year == year
    if host is not None:
        assert ref.host == host
    if kind is not None:
        assert ref.kind is kind
    assert ref.kind is not RefKind.COMMENTARY
    # the page in parentheses is never a year
    assert not [a for a in ref.anomalies if a.code is AnomalyCode.YEAR_MALFORMED]


@pytest.mark.parametrize(
    "text",
    [
        "BVerfGE 120, 274 (302).",
        "Vgl. BVerfGE 65, 1 (43).",
        "§ 20k BKAG.",
        "§§ 48, 49 VwVfG.",
        "Art. 9 Abs. 1 DSGVO.",
        "Art. 20a Grundgesetz.",
        "§ 23 Abs. 6 PolG NRW.",
        "BT-Drs. 19/1234, S. 5.",
        "LT-Drs. BW 16/2741, S. 12.",
        "BVerfG, Beschl. v. 10.11.2020 – 1 BvR 3214/15.",
    ],
)
def test_legal_sources_are_citations_not_commentary(text: str) -> None:
    assert recognised(text)
    assert _note(text).kind is not RefKind.COMMENTARY


@pytest.mark.parametrize(
    "text",
    [
        "Die Autorin dankt den Gutachtern für ihre Hinweise.",
        "So sieht es auch die Praxis.",
        "John Smith, The Long Title, 2020.",
        "Smith, John. *A Book of Harbours*. London: Penguin, 2001, 4.",
        "Vgl. Anhang 2 und oben Anm. 24.",
        "Vgl. Art. 3 und unten Abschnitt 4.",
        "Brown, Anna. Silt and Steam. Oxford: Clarendon, 1999, 7.",
    ],
)
def test_prose_and_other_styles_are_not_german_legal(text: str) -> None:
    assert not recognised(text)
    assert parse(text) is None


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("Vgl. Golla, X", "Golla, X"),
        ("So auch Golla, X", "Golla, X"),
        ("Ebenso Golla, X", "Golla, X"),
        ("S. a. Golla, X", "Golla, X"),
        ("Krit. Golla, X", "Golla, X"),
        ("a.A. Golla, X", "Golla, X"),
        ("Zur Lage in Sachsen s. Golla, X", "Golla, X"),
        ("Golla, X", "Golla, X"),
        ("S. 12 f.", "S. 12 f."),
    ],
)
def test_lead_ins(text: str, rest: str) -> None:
    assert text[lead_in_end(text) :] == rest


@pytest.mark.parametrize(
    "line",
    [
        lambda n: "Golla, " + "Titel " * (n // 6) + ", NJW",
        lambda n: "A/" * (n // 2),
        lambda n: "BVerfG, Urt. v. " + "1." * (n // 2),
        lambda n: "Vgl. " * (n // 5),
        lambda n: "Golla, in: " + "A/" * (n // 2),
    ],
)
def test_long_line_parses_in_linear_time(line: Callable[[int], str]) -> None:
    assert_linear(lambda text: (recognised(text), parse(text)), line)


# ---------------------------------------------------------------- documents, three formats

_NOTES = [
    "BVerfG, Urt. v. 20.4.2016 – 1 BvR 966/09, BVerfGE 141, 220 Rn. 90.",
    "BVerfG, a.a.O. (Fn. 1), Rn. 94.",
    "Ebd., Rn. 97.",
    "Vgl. Brandt, Vorratsdaten im Wandel, NVwZ 2021, 877 (879); Lindner, Polizeiliche "
    "Datenverarbeitung, 2019, S. 87.",
    "Krit. Keller/Ostrowski, Die Rasterfahndung neu gedacht, DÖV 2019, 410; a.A. Voss, "
    "ZRP 2020, 55.",
    "So auch Brandt, a.a.O. (Fn. 4), S. 881.",
    "Voss, aaO (Fn. 5), 57 f.",
]
# (authors, year) of each note, repeats with the work they repeat
_WANT = [
    ((), 2016),
    ((), 2016),
    ((), 2016),
    (("Brandt",), 2021),
    (("Keller", "Ostrowski"), 2019),
    (("Brandt",), 2021),
    (("Voss",), 2020),
]


def _html() -> bytes:
    markers = "".join(
        f'Satz {n}.<sup><a href="#fn{n}" id="fnref{n}">{n}</a></sup> ' for n in range(1, 8)
    )
    notes = "".join(
        f'<li id="fn{n}">{t} <a href="#fnref{n}">↩</a></li>' for n, t in enumerate(_NOTES, 1)
    )
    return (
        '<!doctype html><html lang="de"><body><article><h1>Aufsatz</h1>\n'
        f"<p>{markers}</p>\n<section><h2>Anmerkungen</h2><ol>{notes}</ol></section>"
        "</article></body></html>\n"
    ).encode()


def _markdown() -> bytes:
    body = " ".join(f"Satz {n}.[^{n}]" for n in range(1, 8))
    notes = "\n".join(f"[^{n}]: {t}" for n, t in enumerate(_NOTES, 1))
    return f"# Aufsatz\n\n{body}\n\n{notes}\n".encode()


@pytest.mark.parametrize(
    ("data", "name"),
    [(_html(), "aufsatz.html"), (_markdown(), "aufsatz.md")],
    ids=["html", "markdown"],
)
def test_german_notes_in_documents(data: bytes, name: str) -> None:
    doc = parse_bytes(data, name)
    got = [(fn.reference.authors, fn.reference.year) for fn in doc.footnotes]
    assert got == _WANT


@pytest.mark.parametrize(
    ("text", "authors", "year"),
    [
        # a Word note's text, its lines as the reader joins them
        ("Vgl. nur Brandt, Vorratsdaten im\nWandel, NVwZ 2021, 877 (879).", ("Brandt",), 2021),
        ("Petri, in: Lisken/Denninger (Hrsg.),\nHandbuch des Polizeirechts, 6. Aufl. 2018,\n"
         "Kap. G Rn. 88.", ("Petri",), 2018),
        ("OGH 12.3.2019,\n4 Ob 12/19k.", (), 2019),
    ],
)  # fmt: skip
def test_note_text_over_lines(text: str, authors: tuple[str, ...], year: int) -> None:
    lines = list(range(10, 10 + text.count("\n") + 1))
    ref = parse_reference(text, lines, detect_styles=True, note=True)
    assert (ref.authors, ref.year) == (authors, year)
    assert (ref.line, ref.end_line) == (lines[0], lines[-1])


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("Lenz, Titel, DÖV 2024, 590,\ndoi:10,17104/0012-1096-2024-590.", 2),
        ("Lenz, Titel, DÖV 2024, 590, DOI: 10.1021ed039p333.", 1),
        ("Smith J. Title. J Chem Educ. 1962;39:333. doi:10,1021/ed039p333", 1),
    ],
)
def test_labelled_doi_that_no_doi_can_be_is_malformed(text: str, line: int) -> None:
    ref = parse_reference(text, list(range(1, text.count("\n") + 2)), note=True)
    bad = [a for a in ref.anomalies if a.code is AnomalyCode.DOI_INVALID]
    assert [a.line for a in bad] == [line]
    assert ref.doi is None


def test_a_good_doi_is_no_anomaly() -> None:
    ref = _note("Lenz, Titel, DÖV 2024, 590, doi:10.17104/0012-1096-2024-590.")
    assert ref.doi == "10.17104/0012-1096-2024-590"
    assert not [a for a in ref.anomalies if a.code is AnomalyCode.DOI_INVALID]


_REPEATS = [
    "Hagemann, Algorithmen im Gefahrenvorfeld, JZ 2020, 1101.",
    "Vgl. Riedel, Profilbildung, ZRP 2018, 33.",
    "So auch Hagemann, aaO, S. 1104.",
    "Riedel (o. Fn. 2), 35.",
    "Riedel, aaO (oben Fn. 2), 36.",
    "Hagemann (s. o. Fn. 1), 1102.",
    "Ebd., 1103.",
]


def test_german_repeat_forms() -> None:
    from bibcheck.parse.references.repeat import find_repeats

    found = find_repeats(_REPEATS, [str(n) for n in range(1, len(_REPEATS) + 1)])
    assert [(r.target, r.locator) if r else None for r in found] == [
        None,
        None,
        (0, "1104"),
        (1, "35"),
        (1, "36"),
        (0, "1102"),
        (0, "1103"),
    ]
