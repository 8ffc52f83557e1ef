"""Session 43 (fix43b): a volume written after a book's imprint ("Place: Publisher, 2000,
vol. 1, p. 214") is the volume of a multi-volume book, no journal's; an early printed
book's imprint year (1450..1499) is a year, a number of these digits elsewhere is not.
Own fixtures."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.generic import without_imprint_volume


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


@pytest.mark.parametrize("size", [2_000, 8_000, 32_000])
def test_early_imprint_and_imprint_volume_are_linear(size: int) -> None:
    import time

    for text in ("(Ab " * size, ": a" * size + ", 1472", ". Ab: c" * size + ", 2000, vol"):
        started = time.perf_counter()
        parse_reference(text[:size], [1], note=True)
        without_imprint_volume(text[:size])
        assert time.perf_counter() - started < 5
