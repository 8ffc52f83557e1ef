"""A note that cites a statute, then in a sentence of its own (opened by a lead-in) a work
of the literature list: the statute is no work a list of literature holds and the work is
listed, so the note lacks no entry and the entry is cited."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode
from bibcheck.parse.references.civil_law import legal_source
from bibcheck.parse.references.commentary import opens_with_lead_in
from bibcheck.parse.references.several import work_spans

STATUTE = (
    "Decret de Nova Planta de la Reial Audiència de Mallorca (28 de novembre de 1715), art. 9."
)
WORK = "Vegeu Pere Roig, Els batles reials (Palma: Lleonard Muntaner, 2003), 41."


@pytest.mark.parametrize(
    ("text", "works"),
    [
        (f"{STATUTE} {WORK}", [STATUTE[:-1], WORK]),
        (f"{STATUTE}\n{WORK}", [STATUTE[:-1], WORK]),
        (
            "Act of Settlement (12 June 1701), s. 3. See Ann Roe, The Crown (London: Arrow, "
            "1999), 12.",
            [
                "Act of Settlement (12 June 1701), s. 3",
                "See Ann Roe, The Crown (London: Arrow, 1999), 12.",
            ],
        ),
        # one work: an initial before the lead-in's word, a sentence with no citation before it
        ("Roe, A. See Also: Essays (London: Arrow, 1999), 12.", []),
        (f"Aquesta qüestió es tracta més avall. {WORK}", []),
    ],
    ids=["space", "line-break", "english", "initial", "prose-first"],
)
def test_sentence_with_lead_in_is_a_work(text: str, works: list[str]) -> None:
    assert [text[a:b] for a, b in work_spans(text)] == works


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        (WORK, True),
        ("      " + WORK, True),
        ("\n  See Ann Roe, The Crown (London: Arrow, 1999), 12.", True),
        ("   Pere Roig, Els batles reials (Palma: Lleonard Muntaner, 2003), 41.", False),
    ],
    ids=["plain", "spaces", "line-break", "none"],
)
def test_lead_in_after_blank_space(text: str, lead: bool) -> None:
    assert opens_with_lead_in(text) is lead


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (STATUTE, True),
        ("Ley de Enjuiciamiento Civil (7 de enero de 2000), art. 5.", True),
        ("Llei de la Generalitat sobre els ports (3 de juny de 1998).", True),
        ("Decret i societat (Barcelona: Curial, 1988), 45.", False),
    ],
    ids=["decree", "ley", "llei", "book"],
)
def test_statute_named_then_dated(text: str, source: bool) -> None:
    assert legal_source(text) is source


DOC = f"""# Capítol

Els batles van perdre poder.[^1] El rei en va nomenar de nous.[^2]

[^1]: {STATUTE} {WORK}
[^2]: Joan Serra, La Mallorca borbònica (Palma: Moll, 1991), 77.

## Bibliografia

Roig, Pere. Els batles reials. Palma: Lleonard Muntaner, 2003.

Serra, Joan. La Mallorca borbònica. Palma: Moll, 1991.
"""


def test_statute_then_listed_work_lacks_no_entry() -> None:
    doc = parse_bytes(DOC.encode(), "capitol.md")
    codes = [a.code for a in doc.all_anomalies()]
    assert AnomalyCode.LITERATURE_MISSING not in codes
    assert AnomalyCode.LITERATURE_UNCITED not in codes
