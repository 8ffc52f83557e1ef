"""A note hands over to its source after a clause of prose (fix12e).

The lead-in before the author: a clause ending in the preposition that hands over ("offered
by", "die Dissertation von", "nach ... bei"), an adverb after "So," ("So, for example,"), a
topic with "Zur"/"Für" before "vgl.", a clause after a semicolon ("...; for a fuller view
see"), and a second hand-over verb ("come from the tables printed in").
"""

from __future__ import annotations

import pytest

from bibcheck.parse.references.commentary import citation_start

CASES = [
    (
        "Eine Ausnahme bildet die ungedruckte Dissertation von Anna Weber, *Das Zollwesen*, "
        "Bremen 2004, S. 17.",
        "Anna Weber, *Das Zollwesen*",
    ),
    (
        "Einen Überblick gibt die Studie von Peter Hansen, *Der Heringshandel*, Kiel 1987, S. 9.",
        "Peter Hansen, *Der Heringshandel*",
    ),
    (
        "Zahlen nach den Tabellen bei Karl Brandt, *Zollregister*, Lübeck 1962, S. 40.",
        "Karl Brandt, *Zollregister*",
    ),
    (
        "The reading of the tariff question offered by Mary Clarke, *Free Trade and Its Enemies* "
        "(London: Longman, 1979), 88.",
        "Mary Clarke, *Free Trade",
    ),
    (
        "The argument is pressed hardest by Thomas Reed, *The Bishops* (Leeds: Northern Press, "
        "1995), 14.",
        "Thomas Reed, *The Bishops*",
    ),
    (
        "For the statutes I use the edition of P. L. Grant, *Statuta synodalia* (Rome: Herder, "
        "1968), 5.",
        "P. L. Grant, *Statuta",
    ),
    (
        "La thèse est défendue chez Jean Moreau, *Les Conciles* (Paris: Cerf, 1971), 33.",
        "Jean Moreau, *Les Conciles*",
    ),
    (
        "So, for example, Hermann von Kessel, *The Popes and the Press* (London: Burns, 1931), 7.",
        "Hermann von Kessel,",
    ),
    (
        "Zur Chronologie vgl. Lena Vogt, *Die Ratslisten*, Rostock 2011, S. 3.",
        "Lena Vogt, *Die Ratslisten*",
    ),
    (
        "Über die Pfannen vgl. Otto Kranz, *Sülzbetrieb*, Celle 1930, S. 8.",
        "Otto Kranz, *Sülzbetrieb*",
    ),
    (
        "Optimistic readings are rare; for a more careful view see Ruth Palmer, *Preaching in "
        "Print* (Oxford: Clarendon Press, 2008), 61.",
        "Ruth Palmer, *Preaching",
    ),
    (
        "My prices come from the market returns printed annually in *Bulletin of the Board of "
        "Trade* (London, 1850–1890).",
        "*Bulletin of the Board",
    ),
    (
        "The rainfall series is derived from the registers published monthly in *Weather "
        "Review of the Observatory* (Madras, 1880–1900).",
        "*Weather Review",
    ),
]


@pytest.mark.parametrize(("note", "starts"), CASES, ids=[f"case{i}" for i in range(len(CASES))])
def test_citation_starts_after_the_hand_over(note: str, starts: str) -> None:
    start, commentary = citation_start(note)
    assert not commentary
    assert note[start:].startswith(starts)


# Titles before a name keep their start: no clause of prose hands over.
KEPT = [
    "Letters of John Adams, ed. Charles Adams (Boston: Little, 1841), 2:34.",
    "Report of the Select Committee, Henry Ward, chair (London: HMSO, 1861), 4.",
    "Poems by John Clare, ed. Eric Robinson (Oxford: Clarendon Press, 1984), 12.",
]


@pytest.mark.parametrize("note", KEPT, ids=[f"kept{i}" for i in range(len(KEPT))])
def test_a_title_before_a_name_is_no_lead_in(note: str) -> None:
    assert citation_start(note) == (0, False)


# A note that sends the reader to another place of the same text cites no work.
INTERNAL = [
    "See below, p. 88.",
    "See above, chap. 3.",
    "Siehe unten S. 201–204.",
    "Vgl. oben Kap. 2.",
    "Voir ci-dessous, p. 14.",
    "Véase más abajo, p. 31.",
    "См. ниже, с. 40.",
]


@pytest.mark.parametrize("note", INTERNAL, ids=[f"internal{i}" for i in range(len(INTERNAL))])
def test_a_cross_reference_within_the_text_is_commentary(note: str) -> None:
    assert citation_start(note) == (0, True)


def test_a_work_cited_below_its_author_is_still_a_citation() -> None:
    note = "See Smith, below, p. 4, and Anna Kerr, *Harbours* (Leith: Smith, 1930), 2."
    assert citation_start(note)[1] is False


LATER_START = [
    (
        "Vgl. schon oben Anm. 12. Grundlegend Peter Lund, *Die Hanse*, Kiel 1999, S. 40.",
        "Peter Lund, *Die Hanse*",
    ),
    (
        "See already above, n. 4. On the ports see Anna Kerr, *Harbours* (Leith: Smith, 1930), 2.",
        "Anna Kerr, *Harbours*",
    ),
    ("Vgl. dazu Lund, *Die Hanse*, Bd. 1, S. 22 f.", "Lund, *Die Hanse*"),
    ("Siehe hierzu Lund, *Die Hanse*, S. 9.", "Lund, *Die Hanse*"),
    (
        "Compare the very different weight given to each cause by Lund, *Hanse*, 20–24.",
        "Lund, *Hanse*",
    ),
]


@pytest.mark.parametrize(
    ("note", "starts"), LATER_START, ids=[f"later{i}" for i in range(len(LATER_START))]
)
def test_citation_starts_after_a_cross_reference_or_a_long_lead_in(note: str, starts: str) -> None:
    start, commentary = citation_start(note)
    assert not commentary
    assert note[start:].startswith(starts)


TOPIC_NAMES = [
    (
        "Vgl. für Wismar Jürgen Lenz, *Die Saline in Wismar*, in: Hansische Studien 7 (1990), "
        "S. 7–29.",
        "Jürgen Lenz, *Die Saline",
    ),
    (
        "See for Kent John Smith, *Hops and Hop-Pickers* (London: Dent, 1920), 4.",
        "John Smith, *Hops",
    ),
]


@pytest.mark.parametrize(("note", "starts"), TOPIC_NAMES, ids=["vgl-fuer", "see-for"])
def test_a_topic_named_before_the_author(note: str, starts: str) -> None:
    start, commentary = citation_start(note)
    assert not commentary
    assert note[start:].startswith(starts)
