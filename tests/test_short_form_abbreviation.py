"""One-word short forms (``Hereafter cited as CT``) and short notes citing catalogue items."""

from __future__ import annotations

import pytest

from bibcheck.parse.references.repeat import find_repeats
from bibcheck.parse.references.short_forms import defined_short_forms, short_form_used

_DEFINING = [
    "Görres-Gesellschaft, ed., Acta Synodi (Freiburg: Herder, 1905), 1–40. Hereafter cited as AS.",
    "Heinrich Volkmar, Urkundenbuch der Stadt Celle, Bd. 2, Celle 1888 (im Folgenden: UBC).",
    "Jean Morel, Registres du Parlement (Paris: Picard, 1899) (ci-après : RP).",
    "West Riding Archive, Wakefield (hereafter WRA), QS 1/4.",
    "Ann Bell, The Papers (London: Hale, 1950). Hereafter Papers.",
]


def test_defined_abbreviations() -> None:
    forms = defined_short_forms(_DEFINING)
    assert {f: i for f, i in forms.items() if " " not in f} == {"AS": 0, "UBC": 1, "RP": 2}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("AS 4:212–215.", (0, "212–215")),
        ("AS 7/2:45; cf. Jedin, History, 2:9.", (0, "45")),
        ("UBC, Nr. 17.", (1, "17")),
        # (the page cited, after its word, not the volume before it: round 87)
        ("RP 3, p. 44.", (2, "44")),
        ("Bishop Otto to the Chapter, 4 May 1545, in AS 10:398–399.", (0, "398–399")),
        ("AS scans are rare in 1540.", None),
        ("ASV, Segr. Stato 4.", None),
        ("WRA, QS 1/5.", None),
        ("Papers 4.", None),
    ],
    ids=[
        "volume-and-page",
        "volume-part",
        "german-number",
        "french-page",
        "printed-in",
        "a-word-not-a-citation",
        "another-abbreviation",
        "archive-abbreviation",
        "one-word-not-an-abbreviation",
    ],
)
def test_abbreviation_cited(text: str, expected: tuple[int, str] | None) -> None:
    notes = [*_DEFINING, text]
    found = find_repeats(notes)[-1]
    if expected is None:
        assert found is None or found.kind != "short" or found.target not in (0, 1, 2)
    else:
        assert found is not None and (found.target, found.locator) == expected


def test_used_only_after_definition() -> None:
    forms = defined_short_forms(["x", *_DEFINING])
    assert short_form_used("AS 4:212.", forms, 1) is None


@pytest.mark.parametrize(
    ("texts", "target"),
    [
        (
            [
                "Ruth Hale, Catalogue of Printed Psalters (Geneva: Droz, 1980), no. 12.",
                "Hale, Catalogue, nos. 40–45; Emil Roth, Die Messe (Bonn: Hanstein, 1970), 3.",
            ],
            0,
        ),
        (
            [
                "Ruth Hale, Catalogue of Printed Psalters (Geneva: Droz, 1980).",
                "Hale, Catalogue, no. 7.",
            ],
            0,
        ),
    ],
    ids=["nos-then-another-work", "no"],
)
def test_short_note_with_catalogue_number(texts: list[str], target: int) -> None:
    found = find_repeats(texts)[-1]
    assert found is not None and found.target == target
