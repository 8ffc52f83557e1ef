"""Polish, Czech and Slovak humanities notes read with their italics
(:mod:`bibcheck.parse.references.polish_notes`), and Word notes whose italic runs the
docx reader keeps for them (:mod:`bibcheck.readers.italicmarks`)."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.polish_notes import polish_note
from bibcheck.readers.italicmarks import ITALIC_CLOSE as C
from bibcheck.readers.italicmarks import ITALIC_OPEN as O
from bibcheck.readers.italicmarks import emphasis
from tests.test_reader_docx import build_docx, note, p, ref, t


def read(italic: str) -> Reference | None:
    plain = italic.replace("*", "")
    return polish_note(italic, parse_reference(plain, (1,), detect_styles=True, note=True))


@pytest.mark.parametrize(
    ("text", "kind", "title", "authors", "year", "host"),
    [
        (
            "M. Kowal, P. Nowak, *Osadnictwo olęderskie na Kujawach*, „Kwartalnik "
            "Historyczny” 2019, t. 126, z. 3, s. 401–420.",
            RefKind.ARTICLE,
            "Osadnictwo olęderskie na Kujawach",
            ("M. Kowal", "P. Nowak"),
            2019,
            "Kwartalnik Historyczny",
        ),
        (
            "A. Lis, *Szkoła, której już nie ma*, „Gazeta Wyborcza”, 3.02.2021.",
            RefKind.ARTICLE,
            "Szkoła, której już nie ma",
            ("A. Lis",),
            2021,
            "Gazeta Wyborcza",
        ),
        (
            "K. Wiśniewska, *Rzemiosło w małym mieście. Studium przypadku*, Kraków: "
            "Towarzystwo im. Jana Długosza 2015, s. 12–14.",
            RefKind.BOOK,
            "Rzemiosło w małym mieście. Studium przypadku",
            ("K. Wiśniewska",),
            2015,
            None,
        ),
        (
            "GUS, *Ludność – stan i struktura w 2020 r.*, Warszawa 2021.",
            RefKind.BOOK,
            "Ludność – stan i struktura w 2020 r.",
            ("GUS",),
            2021,
            None,
        ),
        (
            "Zob. Starostwo Powiatowe w Łęczycy, *Strategia rozwoju powiatu*, Łęczyca 2017.",
            RefKind.BOOK,
            "Strategia rozwoju powiatu",
            ("Starostwo Powiatowe w Łęczycy",),
            2017,
            None,
        ),
        (
            "J. Mazur, *Młyny nad Wartą*, [w:] *Gospodarka wiejska w XIX wieku*, red. A. Bąk, "
            "Lublin: Wydawnictwo UMCS 2018, s. 55–78.",
            RefKind.CHAPTER,
            "Młyny nad Wartą",
            ("J. Mazur",),
            2018,
            "Gospodarka wiejska w XIX wieku",
        ),
        (
            "P. Dvořák, *Cechy v raném novověku*, „Český časopis historický” 2016, roč. 114, "
            "č. 2, s. 300–330.",
            RefKind.ARTICLE,
            "Cechy v raném novověku",
            ("P. Dvořák",),
            2016,
            "Český časopis historický",
        ),
    ],
    ids=[
        "article",
        "newspaper",
        "book-publisher",
        "dash-in-title",
        "body-lead-in",
        "chapter",
        "czech-article",
    ],
)
def test_polish_and_czech_notes(
    text: str,
    kind: RefKind,
    title: str,
    authors: tuple[str, ...],
    year: int,
    host: str | None,
) -> None:
    found = read(text)
    assert found is not None
    assert (found.kind, found.title, found.authors, found.year, found.host) == (
        kind,
        title,
        authors,
        year,
        host,
    )


@pytest.mark.parametrize(
    ("text", "year"),
    [
        (
            "Ustawa z dnia 7 lipca 1994 r. o zagospodarowaniu przestrzennym (Dz.U. 1994 nr 89).",
            1994,
        ),
        (
            "Rozporządzenie Ministra Infrastruktury z dnia 3 marca 2020 r. w sprawie rozkładów jazdy.",
            2020,
        ),
        ("Zákon č. 128/2000 Sb., o obcích.", 2000),
    ],
    ids=["ustawa", "rozporzadzenie", "zakon"],
)
def test_statutes_get_their_year(text: str, year: int) -> None:
    found = read(text)
    assert found is not None and found.year == year and found.kind is not RefKind.COMMENTARY


@pytest.mark.parametrize(
    "text",
    [
        "J. Smith, *The Wool Trade*, London: Macmillan, 1990, 45.",  # English: not read here
        "Tamże, s. 21.",
        "Dane za rok 2023 obejmują stan na 30 września.",
    ],
    ids=["english", "ibid", "commentary"],
)
def test_other_notes_are_left_alone(text: str) -> None:
    assert read(text) is None


@pytest.mark.parametrize(
    ("marked", "want"),
    [
        (f"A. Lis, {O}Tytuł{C}{O} dalszy{C}, Kraków 2020", "A. Lis, *Tytuł dalszy*, Kraków 2020"),
        (f"A. Lis, {O}Tytuł, {C}Kraków 2020", "A. Lis, *Tytuł*, Kraków 2020"),
        (f"A. Lis,{O} Tytuł{C} , Kraków", "A. Lis, *Tytuł* , Kraków"),
        (f"A. Lis, {O} {C}Kraków", "A. Lis,  Kraków"),
        (f"A. Lis, {O}Tytuł", "A. Lis, Tytuł"),
    ],
    ids=["split-runs", "comma-outside", "spaces-outside", "empty", "unclosed"],
)
def test_italic_runs_as_emphasis(marked: str, want: str) -> None:
    assert emphasis(marked) == want


def i(text: str) -> str:
    return f'<w:r><w:rPr><w:i/></w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>'


def test_word_note_in_polish_reads_its_italic_title() -> None:
    body = [p(t("Kolej wąskotorowa zniknęła w 1991 r."), ref(1), t("."))]
    notes = [
        note(
            1,
            t("M. Kowal, "),
            i("Koleje "),
            i("wąskotorowe – "),
            i("historia"),
            t(", „Przegląd Komunikacyjny” 2012, t. 8, z. 1, s. 5–19."),
        )
    ]
    doc = parse_bytes(build_docx(body=body, footnotes=notes), "kolej.docx")
    found = doc.footnotes[0].reference
    assert found.raw.startswith("M. Kowal, Koleje wąskotorowe – historia, „")  # text as written
    assert (found.kind, found.title, found.host, found.year) == (
        RefKind.ARTICLE,
        "Koleje wąskotorowe – historia",
        "Przegląd Komunikacyjny",
        2012,
    )
