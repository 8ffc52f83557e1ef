"""fix77i: a short note is the earlier full note holding every word of its short title,
before a later note (a co-author's other work) holding most of them
(bibcheck/parse/references/repeat.py, _by_surname)."""

from __future__ import annotations

import pytest

from bibcheck.parse.references.repeat import find_repeats

CASES = [
    # the author's own book first, then a book she wrote with another: the short title's
    # every word is the first one's
    (
        [
            "Anna Berg, *The Theatre of Cruelty in London 1900–1950* (Leeds: Peepal, 2001), 3.",
            "Karl Ohm and Anna Berg, *The Theatre of Riots in London* (Leeds: Peepal, 2006), 4.",
            "Berg, *Theatre of Cruelty in London*, 9.",
        ],
        0,
    ),
    (
        [
            "Anna Berg, *Censorship of the London Stage* (London: Methuen, 2001), 3.",
            "Karl Ohm and Anna Berg, with Lea Fox, *A Stage Regretted: London Censorship* "
            "(London: Faber, 2006), 4.",
            "Mark Lee, *Other Things* (Leeds: Peepal, 2010), 5.",
            "Berg, *Censorship of the London Stage*, 98.",
        ],
        0,
    ),
    # guards (pass on main): the latest note holding every word still wins; a short title
    # no note holds whole goes to the latest holding most
    (
        [
            "Anna Berg, *The Theatre of Cruelty* (London: Methuen, 2001), 3.",
            "Anna Berg, *Cruelty in the Theatre* (London: Faber, 2006), 4.",
            "Berg, *Theatre*, 9.",
        ],
        1,
    ),
    (
        [
            "Anna Berg, *The Theatre of Cruelty in London* (Leeds: Peepal, 2001), 3.",
            "Anna Berg, *Theatre and Riot in London* (Leeds: Peepal, 2006), 4.",
            "Berg, *Theatre in London Today*, 9.",
        ],
        1,
    ),
]


@pytest.mark.parametrize(("texts", "target"), CASES)
def test_short_note_target(texts: list[str], target: int) -> None:
    found = find_repeats(texts)
    last = found[-1]
    assert last is not None
    assert last.kind == "short"
    assert last.target == target
