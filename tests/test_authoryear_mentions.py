"""Author-date mentions of a reference list's entries (table-driven)."""

from __future__ import annotations

import pytest

from bibcheck.readers.authoryear import author_years, line_mentions

ENTRIES = [
    ("1", "Okafor, N., Brandt, L., & Ruiz, P. (2006). Shift work and alertness. Sleep, 12, 3-9."),
    ("2", "Whitcombe, A. (2021). Nurses' rest breaks. Journal of Care, 4, 1-10."),
    ("3", "Haddad, R., & Lind, E. (2019a). Napping on night shifts. Work, 2, 5-8."),
    ("4", "Haddad, R., & Lind, E. (2019b). Light at night. Work, 2, 9-12."),
    ("5", "hooks, b. (1994). Teaching to transgress. Routledge."),
]


@pytest.mark.parametrize(
    ("line", "following", "found"),
    [
        ("Breaks help (Whitcombe, 2021).", "", [(0, 28, "2")]),
        (
            "Alertness falls (Okafor et al., 2006; Whitcombe, 2021).",
            "",
            [(0, 36, "1"), (0, 53, "2")],
        ),
        ("a page locator (Okafor et al., 2006, p. 4) counts", "", [(0, 35, "1")]),
        ("narrative: Haddad and Lind (2019a) argued", "", [(0, 34, "3")]),
        ("the letter tells works apart (Haddad & Lind, 2019b)", "", [(0, 50, "4")]),
        # wrapped after the names: one mention, on the line where it starts, its marker
        # after the year on the next line
        ("as shown before (Okafor et al.,", "2006) and since", [(1, 4, "1")]),
        # a name hyphenated at the line end
        ("similar gains were reported by Whit-", "combe (2021) in a ward", [(1, 12, "2")]),
        # a mention that starts on the next line is that line's
        ("as shown before", "(Whitcombe, 2021) and", []),
        # an author who writes her name in lower case, as her entry does
        ("as hooks (1994) argued", "", [(0, 15, "5")]),
        # a name with a year no entry has, or a year alone: no mention
        ("(Whitcombe, 2020) and (2021)", "", []),
        ("In Paris (2006) nothing is cited", "", []),
    ],
    ids=[
        "parenthetical",
        "two-in-one",
        "page-locator",
        "narrative",
        "letter-suffix",
        "wrapped",
        "hyphenated-name",
        "starts-next-line",
        "lower-case-name",
        "wrong-year",
        "no-entry",
    ],
)
def test_line_mentions(line: str, following: str, found: list[tuple[int, int, str]]) -> None:
    assert line_mentions(line, following, author_years(ENTRIES)) == found


def test_a_name_and_year_two_entries_share_cites_neither() -> None:
    # the same first author and year without a letter: ambiguous, never guessed
    index = author_years([("1", "Ng, T. (2020). One. A."), ("2", "Ng, T. (2020). Two. B.")])
    assert line_mentions("(Ng, 2020)", "", index) == []
