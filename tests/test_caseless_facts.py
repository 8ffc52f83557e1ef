"""The comma facts after a caseless note's title: a book's place, publisher and year, a
chapter's host, an article's journal and volume."""

from __future__ import annotations

import pytest

from bibcheck.parse.references.caseless_facts import TailFacts, tail_facts


@pytest.mark.parametrize(
    ("tail", "want"),
    [
        pytest.param(", חיפה: פרדס, 1987, עמ' 40.",
                     TailFacts("1987", "חיפה", "פרדס"), id="book"),
        pytest.param(", כרך ב, תל אביב: עם עובד, 1976.",
                     TailFacts("1976", "תל אביב", "עם עובד", volume="ב"), id="volume-two-word-place"),
        pytest.param(", ج 2, بيروت: دار صادر, 1968, ص 5.",
                     TailFacts("1968", "بيروت", "دار صادر", volume="2"), id="arabic-volume"),
        pytest.param(", בתוך: *ספר השרון*, תל אביב: עם עובד, 1976, עמ' 12.",
                     TailFacts("1976", "תל אביב", "עם עובד", "ספר השרון", chapter=True),
                     id="hebrew-in"),
        pytest.param(", در: *مجموعه مقالات*, تهران: نی, 1380.",
                     TailFacts("1380", "تهران", "نی", "مجموعه مقالات", chapter=True),
                     id="persian-in"),
        pytest.param(", *אופקים* 41 (1995), עמ' 5.",
                     TailFacts("1995", container="אופקים", volume="41"), id="journal"),
        pytest.param(", *مجلة المؤرخ* 12, ع 3 (1999), ص 7.",
                     TailFacts("1999", container="مجلة المؤرخ", volume="12", issue="3"),
                     id="journal-issue"),
        pytest.param(", 2017.", None, id="year-only"),
        pytest.param(", ראו שם דיון נוסף.", None, id="prose"),
    ],
)  # fmt: skip
def test_tail_facts(tail: str, want: TailFacts | None) -> None:
    assert tail_facts(tail) == want
