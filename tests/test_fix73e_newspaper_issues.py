"""fix73e: two issues or more of one month of a periodical cited together ("3 et 10 avril
1752", "6, 13 and 20 May 1851") are issues of it: an article kind, the paper its title, and
a note citing them needs no list entry."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.unlisted import newspaper_issue, newspaper_issue_title


@pytest.mark.parametrize(
    ("text", "note", "title"),
    [
        pytest.param("*Journal de Paris*, 4 et 11 mars 1787, en ligne sur Gallica, "
                     "https://gallica.example.org/ark:/1/xyz (consulté le 2 mai 2023).", False,
                     "Journal de Paris", id="entry-two-days-online"),
        pytest.param("*Journal de Paris*, 4 et 11 mars 1787, p. 290.", True, "Journal de Paris",
                     id="note-two-days"),
        pytest.param("*The Examiner*, 6, 13 and 20 May 1851, p. 3.", True, "The Examiner",
                     id="three-days"),
        pytest.param("*Journal de Paris*, 4 mars 1787, p. 290.", True, "Journal de Paris",
                     id="one-day-as-before"),
    ],
)  # fmt: skip
def test_issues_of_a_month(text: str, note: bool, title: str) -> None:
    ref = parse_reference(text, [1], note=note)
    assert (ref.kind, ref.title) == (RefKind.ARTICLE, title)
    assert newspaper_issue_title(text) == title


@pytest.mark.parametrize(
    ("text", "issue"),
    [
        ("*Journal de Paris*, 4 et 11 mars 1787, p. 290.", True),
        ("Marie Dubois, *Le Paris de 1787*, Paris, Belin, 2001, p. 4 et 11.", False),
    ],
)
def test_newspaper_issue(text: str, issue: bool) -> None:
    assert newspaper_issue(text) is issue
