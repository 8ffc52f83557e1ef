"""Names in British and Irish notes and note-form bibliographies: editors in parentheses,
an initial before the given name, a generation after it, Irish family names of two words."""

from __future__ import annotations

import pytest

from bibcheck.parse.references import parse_reference


@pytest.mark.parametrize(
    ("text", "note", "authors", "title", "year"),
    [
        (
            "Moody, T. William, and F. Xavier Martin (eds), The Course of Irish History "
            "(Cork: Mercier Press, 1967).",
            False,
            ("Moody, T. William", "F. Xavier Martin"),
            "The Course of Irish History",
            1967,
        ),
        (
            "Lyons, F. Stewart, Ireland since the Famine (London: Fontana, 1973).",
            False,
            ("Lyons, F. Stewart",),
            "Ireland since the Famine",
            1973,
        ),
        (
            "Keller, Thomas P., Jr, Relief Works in Ulster (Belfast: Blackstaff, 1990).",
            False,
            ("Keller, Thomas P., Jr",),
            "Relief Works in Ulster",
            1990,
        ),
        (
            "Ní Bhriain, Siobhán, Workhouse Lives (Cork: Cork University Press, 2011).",
            False,
            ("Ní Bhriain, Siobhán",),
            "Workhouse Lives",
            2011,
        ),
        (
            "T. William Moody and F. Xavier Martin (eds), The Course of Irish History "
            "(Cork: Mercier Press, 1967), 12–19.",
            True,
            ("T. William Moody", "F. Xavier Martin"),
            "The Course of Irish History",
            1967,
        ),
        (
            "Ruth Hale (ed.), Parish Relief in Kerry (Tralee: Kerry Press, 1988), 44.",
            True,
            ("Ruth Hale",),
            "Parish Relief in Kerry",
            1988,
        ),
        (
            "Seán Ó Tuathail, Famine Roads (Galway: Arlen, 2004), 7.",
            True,
            ("Ó Tuathail, Seán",),
            "Famine Roads",
            2004,
        ),
    ],
    ids=[
        "inverted-initial-given-eds",
        "inverted-initial-given",
        "inverted-jr",
        "irish-inverted",
        "natural-eds",
        "natural-ed",
        "irish-natural",
    ],
)
def test_british_irish_names(
    text: str, note: bool, authors: tuple[str, ...], title: str, year: int
) -> None:
    ref = parse_reference(text, [1], detect_styles=True, note=note)
    assert (ref.authors, ref.title, ref.year) == (authors, title, year)
