"""fix73g: a collection's span of years is part of its title (:mod:`.collection_span`)."""

from __future__ import annotations

import pytest

from bibcheck.parse.references import parse_reference


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "County Library, Temperance handbills, 1850–1890, digitised collection,"
            " https://lib.example.org/collections/temperance (accessed 2 May 2024).",
            "Temperance handbills, 1850–1890",
        ),
        (
            "Town Archive, Strike committee minutes, 1911–1913, box 4, folder 2.",
            "Strike committee minutes, 1911–1913",
        ),
        (
            "Hartwell Public Library, Union banners, 1880–1930, online collection,"
            " https://work.example.org/banners (accessed 3 June 2024).",
            "Union banners, 1880–1930",
        ),
    ],
)
def test_span_kept(text: str, title: str) -> None:
    assert parse_reference(text, [1], detect_styles=True, note=True).title == title


def test_book_with_span_as_before() -> None:
    text = "Jane Roe, Cholera and the Parish, 1825–1865 (Oxford: Clarendon, 1993), 14."
    ref = parse_reference(text, [1], detect_styles=True, note=True)
    assert (ref.title, ref.year) == ("Cholera and the Parish, 1825–1865", 1993)
