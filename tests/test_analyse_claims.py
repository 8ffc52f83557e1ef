"""Claim-source mismatch: flags a swapped pair, stays quiet on ordinary footnotes."""

from __future__ import annotations

import pytest

from bibcheck.analyse.claim_source import _language, claim_findings, cosine, tokens
from bibcheck.manuscript import parse_bytes
from bibcheck.model import ParsedDocument
from tests.helpers import SAMPLE

CLAIMS = [
    "the dairy exports to China doubled and milk powder shipments reached a record",
    "the tractor plant opened an assembly line for agricultural machinery in Uzbekistan",
    "students from Vietnam will study medicine at the Belarusian medical university",
    "the potash producer signed a fertilizer supply contract with an Indian company",
]
TITLES = [
    "Dairy exports to China doubled: record milk powder shipments",
    "Tractor plant opens assembly line for agricultural machinery in Uzbekistan",
    "Vietnamese students will study medicine at the Belarusian medical university",
    "Potash producer signs fertilizer supply contract with Indian company",
]


def manuscript(titles: list[str]) -> ParsedDocument:
    body = " ".join(f"It was reported that {c}.[^{i + 1}]" for i, c in enumerate(CLAIMS))
    notes = "\n\n".join(
        f"[^{i + 1}]: {t} [Electronic resource]. - 2023. - URL: <https://example.org/news/{i}>"
        for i, t in enumerate(titles)
    )
    return parse_bytes(f"# T\n\n{body}\n\n{notes}\n".encode(), "d.md")


def test_tokens_drop_stop_words_and_stem() -> None:
    assert tokens("The cooperation of the countries") == ["coopera", "country"]


def test_cosine_of_identical_texts_is_one() -> None:
    from bibcheck.analyse.claim_source import Scorer

    scorer = Scorer.fit(CLAIMS)
    v = scorer.vector(CLAIMS[0])
    assert abs(cosine(v, v) - 1.0) < 1e-9


def test_matching_footnotes_give_no_finding() -> None:
    assert claim_findings(manuscript(TITLES)) == []


def test_swapped_sources_are_flagged_with_scores() -> None:
    swapped = [TITLES[0], TITLES[2], TITLES[1], TITLES[3]]
    found = claim_findings(manuscript(swapped))
    assert sorted(f.footnotes for f in found) == [("2", "3"), ("2", "3")]
    f = found[0]
    evidence = dict(f.evidence)
    assert float(evidence["neighbour_score"]) >= 0.35 > 0.10 > float(evidence["own_score"])
    assert "shifted or swapped" in f.message


def test_sample_manuscript_has_no_claim_source_mismatch() -> None:
    from bibcheck.manuscript import parse_file

    assert claim_findings(parse_file(SAMPLE)) == []


def test_numbers_are_no_subject_words() -> None:
    assert tokens("Harbour dues rose by 3604 pounds under section 12") == [
        "harbour",
        "due",
        "rose",
        "pound",
        "section",
    ]


def test_neighbouring_claims_on_one_subject_are_no_shift() -> None:
    """Claim 2 introduces what source 3 is about, and claim 3 fits source 3 too: no swap."""
    claims = [
        "the dairy exports to China doubled and milk powder shipments reached a record",
        "the berth occupancy index of the river ports ranged from 40 to 70 percent",
        "an occupancy index above 60 percent signals congestion",
    ]
    titles = [
        "Dairy exports to China doubled: record milk powder shipments",
        "Annual statistics of inland navigation",
        "Berth occupancy index of river ports as a congestion indicator",
    ]
    body = " ".join(f"It was reported that {c}.[^{i + 1}]" for i, c in enumerate(claims))
    notes = "\n\n".join(
        f"[^{i + 1}]: {t} [Electronic resource]. - 2023. - URL: <https://example.org/n/{i}>"
        for i, t in enumerate(titles)
    )
    assert claim_findings(parse_bytes(f"# T\n\n{body}\n\n{notes}\n".encode(), "d.md")) == []


def test_entries_of_a_numbered_list_are_not_notes() -> None:
    """In "[1]"-style citing, a 'note' is list entry n: the list's order is no text order."""
    text = (
        "Title\n\n"
        "It was reported that the dairy exports to China doubled and milk powder shipments "
        "reached a record [1]. It was reported that the tractor plant opened an assembly line "
        "for agricultural machinery in Uzbekistan [2]. It was reported that the potash producer "
        "signed a fertilizer supply contract with an Indian company [3].\n\n"
        "References\n\n"
        "[1] Dairy exports to China doubled: record milk powder shipments. 2023.\n"
        "[2] Potash producer signs fertilizer supply contract with Indian company. 2023.\n"
        "[3] Tractor plant opens assembly line for agricultural machinery. 2023.\n"
    )
    doc = parse_bytes(text.encode(), "paper.txt")
    assert [f.label for f in doc.footnotes] == ["1", "2", "3"]
    assert claim_findings(doc) == []


def named_manuscript(titles: list[str]) -> ParsedDocument:
    """The swapped pair again, but the notes are named: a name cannot shift."""
    keys = ["dairy", "tractor", "students", "potash"]
    body = " ".join(f"It was reported that {c}.[^{k}]" for c, k in zip(CLAIMS, keys, strict=True))
    notes = "\n\n".join(
        f"[^{k}]: {t} [Electronic resource]. - 2023. - URL: <https://example.org/news/{i}>"
        for i, (k, t) in enumerate(zip(keys, titles, strict=True))
    )
    return parse_bytes(f"# T\n\n{body}\n\n{notes}\n".encode(), "d.md")


def inline_manuscript(titles: list[str]) -> ParsedDocument:
    """Pandoc inline notes: each note is written at its marker."""
    body = " ".join(
        f"It was reported that {c}.^[{t}. 2023. <https://example.org/news/{i}>]"
        for i, (c, t) in enumerate(zip(CLAIMS, titles, strict=True))
    )
    return parse_bytes(f"# T\n\n{body}\n".encode(), "d.md")


def test_named_and_inline_notes_cannot_be_shifted() -> None:
    swapped = [TITLES[0], TITLES[2], TITLES[1], TITLES[3]]
    assert claim_findings(manuscript(swapped)), "the numbered notes are flagged"
    assert claim_findings(named_manuscript(swapped)) == []
    assert claim_findings(inline_manuscript(swapped)) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        pytest.param("Bestimmung der Entfernung des 61sten Sterns des Schwans", "de",
                     id="german-title"),
        pytest.param("The race to measure the distance of a star was won in 1838", "en", id="en"),
        pytest.param("Histoire des ports et du commerce dans la Manche", "fr", id="french"),
        pytest.param("Fact, Fiction, and Forecast", None, id="too-few-words"),
        pytest.param("История стекольных заводов и их рабочих в Сибири", "ru", id="russian"),
    ],
)  # fmt: skip
def test_language_of_a_title_or_claim(text: str, language: str | None) -> None:
    assert _language(text) == language
