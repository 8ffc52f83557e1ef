"""Chicago bibliography entries: two given names before the title, a generation after the
given names, an editor's ``ed.`` after initials, and the year of a work that appeared over
several years."""

from __future__ import annotations

import pytest

from bibcheck.parse.references import parse_reference


@pytest.mark.parametrize(
    ("text", "authors", "title", "year"),
    [
        (
            "Hartley, Anne Louise. Weather Lore in Wessex, 1700–1850. Oxford: Clarendon "
            "Press, 1977.",
            ("Hartley, Anne Louise",),
            "Weather Lore in Wessex, 1700–1850",
            1977,
        ),
        (
            "Marsh, George Perkins Oliver. The Harbour Towns.\nBoston: Little, Brown, 1902.",
            ("Marsh, George Perkins Oliver",),
            "The Harbour Towns",
            1902,
        ),
        (
            "Carter, Thomas B., Jr. Grain Prices in Kansas, 1870–1900: A Study. Lawrence: "
            "University Press of Kansas, 1981.",
            ("Carter, Thomas B., Jr",),
            "Grain Prices in Kansas, 1870–1900: A Study",
            1981,
        ),
        (
            "Van Aken, P. L., ed. Lettres des nonces. Louvain: Peeters, 1994.",
            ("Van Aken, P. L",),
            "Lettres des nonces",
            1994,
        ),
        (
            "Rossi, Carlo. Storia della Chiesa. 4 voll. Roma: Studium, 1950–1955.",
            ("Rossi, Carlo",),
            "Storia della Chiesa",
            1950,
        ),
        (
            "Acta Synodalia: Documenta collecta. 12 vols. Città del Vaticano: Typis "
            "Polyglottis, 1970–1999.",
            (),
            "Acta Synodalia: Documenta collecta",
            1970,
        ),
    ],
    ids=[
        "two-given",
        "three-given",
        "jr",
        "initials-ed",
        "volumes-over-years",
        "anonymous-over-years",
    ],
)
def test_chicago_bibliography(text: str, authors: tuple[str, ...], title: str, year: int) -> None:
    ref = parse_reference(text, [1, 2], detect_styles=True)
    assert (ref.authors, ref.title, ref.year) == (authors, title, year)
