"""APA entries written in Norwegian, Danish, Swedish or Polish (fix 71g).

The editors after a title are "(T. Berg & K. Dahl, Red.)" (German "Hg.", French "Éds."):
no part of the title.  A chapter's host is led by "I" (no colon, as English "In"), its
pages by "s.": "I E. Nilsen (Red.), Bok (s. 14–18). Forlag."  Own fixtures.
"""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference


@pytest.mark.parametrize(
    ("text", "title", "kind"),
    [
        (
            "Nordal, S. (2016). Veileder for vannprøver (T. Berg & K. Dahl, Red.). Fagbok.",
            "Veileder for vannprøver",
            RefKind.BOOK,
        ),
        (
            "Holm, A. (2011). Jordbunden i Danmark (P. Lund, red.). Gyldendal.",
            "Jordbunden i Danmark",
            RefKind.BOOK,
        ),
        (
            "Weber, H. (2005). Böden im Wandel (K. Maier, Hg.). Springer.",
            "Böden im Wandel",
            RefKind.BOOK,
        ),
        (
            "Berg, K. (2022). Georadar i myr. I E. Nilsen (Red.), Fagdag for jord og myr "
            "2022: Sammendrag (s. 14-18). Norsk jordforening.",
            "Georadar i myr",
            RefKind.CHAPTER,
        ),
        (
            "Lind, E. (2019). Torv och klimat. I M. Ek & J. Sund (Red.), Myrar i Sverige "
            "(s. 101-120). Naturvårdsverket.",
            "Torv och klimat",
            RefKind.CHAPTER,
        ),
        # an English title that opens with "I" is no chapter's host
        ("Berg, K. (2022). I walked the mires. Fagbok.", "I walked the mires", RefKind.BOOK),
    ],
)
def test_local_editor_and_chapter_words(text: str, title: str, kind: RefKind) -> None:
    ref = parse_reference(text, [1], detect_styles=True)
    assert (ref.title, ref.kind) == (title, kind)


def test_chapter_pages() -> None:
    text = (
        "Lind, E. (2019). Torv och klimat. I M. Ek & J. Sund (Red.), Myrar i Sverige "
        "(s. 101-120). Naturvårdsverket."
    )
    ref = parse_reference(text, [1], detect_styles=True)
    assert ref.pages == "101-120"
