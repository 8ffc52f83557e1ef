"""Session 43 (fix43b): a volume written after a book's imprint ("Place: Publisher, 2000,
vol. 1, p. 214") is the volume of a multi-volume book, no journal's; an early printed
book's imprint year (1450..1499) is a year, a number of these digits elsewhere is not.
Own fixtures."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.generic import without_imprint_volume
from tests.test_regex_growth import assert_linear


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # NP 405 / ISO 690 notes: the volume after the imprint is the book's
        (
            "FERREIRA, Rui Manuel – Hospitais e confrarias: Braga (1600–\n1700). "
            "Porto: Afrontamento, 2004, vol. 2, p. 88.",
            RefKind.BOOK,
        ),
        ("COSTA, Ana – Crónica da vila. Lisboa: Colibri, 1998, vol. 1.", RefKind.BOOK),
        ("Brown, T. A Survey of Wool. Leeds: Moor Press, 1911, Vol. III, p. 40.", RefKind.BOOK),
        ("Петров П. П. Летопись. М.: Наука, 1987, т. 2, с. 14.", RefKind.BOOK),
        # a journal's volume follows the journal's name: an article still
        (
            "COSTA, Ana – O título do artigo. Revista de Estudos. Vol. 12 (2009), p. 5-19.",
            RefKind.ARTICLE,
        ),
        ("Brown, T. Wool prices. Journal of Trade, vol. 3, 1911, p. 5-10.", RefKind.ARTICLE),
    ],
)
def test_a_volume_after_the_imprint_is_the_books(text: str, kind: RefKind) -> None:
    ref = parse_reference(text, [1] * (text.count("\n") + 1), detect_styles=True, note=True)
    assert ref.kind is kind


@pytest.mark.parametrize(
    ("text", "out"),
    [
        ("Porto: Afrontamento, 2004, vol. 2, p. 88", "Porto: Afrontamento, 2004, p. 88"),
        ("X. Leeds: Moor, 1911, Vol. IV.", "X. Leeds: Moor, 1911."),
        ("Journal of Trade, vol. 3, 1911, p. 5", "Journal of Trade, vol. 3, 1911, p. 5"),
        ("Revista. Vol. 12 (2009), p. 5", "Revista. Vol. 12 (2009), p. 5"),
    ],
)
def test_without_imprint_volume(text: str, out: str) -> None:
    assert without_imprint_volume(text) == out


@pytest.mark.parametrize(
    ("text", "year"),
    [
        # an incunable's imprint, after a place and a printer or in parentheses
        ("*De re aedificatoria*, Florentiae: Nicolaus Laurentii, 1485.", 1485),
        ("*Opera agricolationum*, ed. P. Rossi (Bononiae 1494).", 1494),
        ("*Opera agricolationum*, ed. P. Rossi (Bononiae 1494); cf. A. Bell, loc. cit.", 1494),
        ("Hartmann Schedel, *Liber chronicarum* (Nuremberg: Koberger, 1493).", 1493),
        # a later year stays the year; a page or a number of these digits is no year
        ("*De re aedificatoria*, Florentiae: Nicolaus Laurentii, 1512.", 1512),
        ("Brown, T. A Survey of Wool. Leeds: Moor Press, 1911, p. 1472.", 1911),
        ("Item no. 1472 in the inventory of the chapter library.", None),
    ],
)
def test_an_early_printed_books_imprint_year(text: str, year: int | None) -> None:
    assert parse_reference(text, [1], detect_styles=True, note=True).year == year


@pytest.mark.parametrize("unit", ["(Ab ", ": a", ". Ab: c", ", 1st e", "(St. Ab, 1900–1901"])
def test_early_imprint_and_imprint_volume_are_linear(unit: str) -> None:
    head, tail = {": a": ("", ", 1472"), ". Ab: c": ("", ", 2000, vol")}.get(unit, ("", ""))
    head = "Ab, C. D., " if unit == ", 1st e" else head

    def read(text: str) -> object:
        parse_reference(text, [1], note=True)
        return without_imprint_volume(text)

    assert_linear(read, lambda n: (head + unit * n + tail)[:n])


@pytest.mark.parametrize(
    ("text", "year"),
    [
        # a series or a work in parts cited with a place alone and the years it ran: its first
        ("The returns printed yearly in Jahrbuch der Sternwarte (Wien, 1851–1890), 4.", 1851),
        ("Bulletin de la Société (St. Étienne, 1902–1911).", 1902),
        # a span that is no imprint's is the date the work gives: its last year
        ("Report on the harvests, 1990–2000.", 2000),
    ],
)
def test_a_place_and_span_in_parentheses_is_dated_by_its_first_year(text: str, year: int) -> None:
    assert parse_reference(text, [1], detect_styles=True, note=True).year == year


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # inverted names, commas between the parts: the title runs to the book's edition
        (
            "Okafor, N. C. (ed.), Brewing: Malt, Hops and\nYeast, 4th ed., Springer, Cham,\n2015.",
            "Brewing: Malt, Hops and Yeast",
        ),
        (
            "Lind, P., Ships, Sails and Rigging, 2nd edn, Brill, Leiden, 1998.",
            "Ships, Sails and Rigging",
        ),
        # a chapter's host with an edition: the chapter's title is still the first part
        (
            "Lind, P., Masts, in: Berg, K. (Ed.), Ships, Sails, 2nd ed., Brill, 1998, pp. 3-9.",
            "Masts",
        ),
    ],
)
def test_a_title_runs_to_its_books_edition(text: str, title: str) -> None:
    ref = parse_reference(text, [1] * (text.count("\n") + 1), detect_styles=True)
    assert ref.title == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a newspaper cited over an issue's date or a run of months: its name is the title
        ("Dublin Evening Post, June–August 1832.", "Dublin Evening Post"),
        ("Kölnische Zeitung, 3.–5. Mai 1849.", "Kölnische Zeitung"),
        ("Dublin Evening Post, 14 June 1832.", "Dublin Evening Post"),
    ],
)
def test_a_periodicals_date_is_no_part_of_its_title(text: str, title: str) -> None:
    assert parse_reference(text, [1], detect_styles=True).title == title
