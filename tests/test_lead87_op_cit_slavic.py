"""The Slavic phrases for "the work cited" are one list (``patterns.OP_CIT_SLAVIC``) read the
same by the op. cit. reader, the numbered-lead repeat and the commentary test: a Polish
"dz. cyt." note is a citation, not commentary, and a Bulgarian "нав. съч." or an
"указ. соч" written without its full stop repeats the note it shortens."""

from __future__ import annotations

import re

import pytest

from bibcheck.parse.references.commentary import bibliographic
from bibcheck.parse.references.lead_repeat import repeated_lead
from bibcheck.parse.references.patterns import OP_CIT_SLAVIC

_PHRASE = re.compile(rf"^(?:{OP_CIT_SLAVIC})$", re.I)


@pytest.mark.parametrize(
    "phrase",
    [
        "указ. соч",
        "Указ. соч",
        "цит. соч",
        "указ. раб",
        "цит. съч",
        "нав. дело",
        "нав. съч",
        "nav. djelo",
        "nav. delo",
        "nav. dj",
        "зазнач. праця",
        "Вказ. праця",
        "цит. праця",
        "Цыт. праца",
        "пазн. праца",
        "пазн. твор",
        "dz. cyt",
        "dz.cyt",
    ],
)
def test_phrase_in_the_shared_list(phrase: str) -> None:
    assert _PHRASE.match(phrase)


@pytest.mark.parametrize("phrase", ["op. cit", "ibid", "цит. по", "указ. в", "dz. zb"])
def test_other_words_are_not_in_it(phrase: str) -> None:
    assert _PHRASE.match(phrase) is None


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        # (a lead-in and the phrase alone: a citation's repeat, not a remark)
        ("Zob. Kowalski, dz. cyt.", True),
        ("Por. Nowak, dz. cyt.", True),
        ("Вж. Петров, нав. съч.", True),
        # (a remark with none of the phrases stays commentary)
        ("Zob. też uwagi w rozdziale drugim.", False),
    ],
)
def test_commentary_reads_the_phrases(note: str, expected: bool) -> None:
    assert bibliographic(note) is expected


_FULL = ["Иванов И. И. История края 2. М.: Наука, 1998. 300 с."]


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        ("Иванов И. И. История края 2, указ. соч., с. 5", 0),
        ("Иванов И. И. История края 2, указ. соч, с. 5", 0),
        ("Иванов И. И. История края 2, нав. съч., с. 5", 0),
        ("Иванов И. И. История края 2, dz. cyt., s. 5", 0),
        # (no phrase: not a repeat by its lead)
        ("Иванов И. И. История края 2, с. 5", None),
    ],
)
def test_numbered_lead_repeat(note: str, expected: int | None) -> None:
    assert repeated_lead(note, _FULL) == expected
