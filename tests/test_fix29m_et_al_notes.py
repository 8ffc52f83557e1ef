"""Chicago-like notes naming the first few authors in natural order and then ``et al.``
(``Given Surname, Given Surname, Given Surname et al., "Title," Venue (Year). URL``): every
name printed is an author, the quoted title is the title.  Bluebook's ``Author, Title (Year)``
book form must not take the names after the first for the title."""

from __future__ import annotations

import pytest

from bibcheck.parse.references import bluebook, chicago, parse_reference
from tests.test_regex_growth import assert_linear

_TAIL = '"Scaling Rules for Sparse Retrieval," arXiv:2301.01234 (2023). https://arxiv.org/abs/2301.01234'
_TITLE = "Scaling Rules for Sparse Retrieval"


@pytest.mark.parametrize(("detect_styles", "note"), [(False, False), (True, False), (True, True)])
@pytest.mark.parametrize(
    ("text", "authors", "title", "year"),
    [
        (f"Lena Marsh et al., {_TAIL}", ("Lena Marsh",), _TITLE, 2023),
        (f"Lena Marsh, Omar Haddad et al., {_TAIL}", ("Lena Marsh", "Omar Haddad"), _TITLE, 2023),
        (
            f"Lena Marsh, Omar Haddad, Priya Raman et al., {_TAIL}",
            ("Lena Marsh", "Omar Haddad", "Priya Raman"),
            _TITLE,
            2023,
        ),
        (
            f"Lena K. Marsh, Omar Haddad, Jan van der Berg, Anne-Sophie Roux-Martin et al., {_TAIL}",
            ("Lena K. Marsh", "Omar Haddad", "Jan van der Berg", "Anne-Sophie Roux-Martin"),
            _TITLE,
            2023,
        ),
        (  # a comma before "et al." and an italic venue with its volume
            'Lena Marsh, Omar Haddad, Priya Raman, et al., "Scaling Rules for Sparse Retrieval," '
            "*Journal of Retrieval Systems* 12 (2023): 40–58.",
            ("Lena Marsh", "Omar Haddad", "Priya Raman"),
            _TITLE,
            2023,
        ),
    ],
)
def test_names_then_et_al_then_quoted_title(
    text: str, authors: tuple[str, ...], title: str, year: int, detect_styles: bool, note: bool
) -> None:
    ref = parse_reference(text, [1], detect_styles=detect_styles, note=note)
    assert ref.authors == authors
    assert ref.title == title
    assert ref.year == year


def test_bluebook_article_with_et_al_still_reads() -> None:
    ref = parse_reference(
        "William E. Kovacic, Ann Roe et al., Port Charges and Judicial Review, 64 Stan. L. Rev. "
        "1187, 1201–09 (2012).",
        [1],
        detect_styles=True,
        note=True,
    )
    assert ref.authors == ("William E. Kovacic", "Ann Roe")
    assert ref.title == "Port Charges and Judicial Review"
    assert ref.year == 2012


@pytest.mark.parametrize("end", ['Omar Haddad et al, "Title," Venue (2023).', "x" * 40])
def test_new_patterns_stay_linear_on_a_long_line(end: str) -> None:
    def match_all(text: str) -> object:
        return [
            pattern.match(text)
            for pattern in (
                chicago._NOTE_AUTHOR,
                bluebook._BOOK,
                bluebook._ARTICLE,
                bluebook._NAMES_ET_AL,
            )
        ]

    # (CPU time over calibrated repetitions with the collector off, as every regex growth
    # test: a wall-clock ratio of single calls failed on a loaded machine)
    assert_linear(match_all, lambda n: "Lena Marsh, " * (n // 12) + end)
