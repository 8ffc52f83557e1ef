"""Lead-ins and commentary in French, Spanish and German notes (issue 11, heldout11 15-16, 25).

* An adverb between the lead-in and the name, no commas: ``Voir en dernier lieu Martin,
  « Titre », 12.``, ``Vgl. zuletzt Roth, …``, ``See most recently Hale, …``.
* A date in French or Spanish prose is no cited year: ``… lors du colloque de Rouen en
  2018.`` is commentary.
* ``dazu`` after a primary source hands over to the citation: ``1QS V, 1–3; dazu Name, …``.
"""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.commentary import citation_start


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        ("Voir en dernier lieu Morel, « Fondeurs et paroisses », 44-46.", "Morel, «"),
        ("Voir notamment Claire Aubert, *Les cloches de Normandie* (Rouen : Clocher, 2008).",
         "Claire Aubert"),
        ("Vgl. zuletzt Petra Roth, *Der Hafen von Lübeck* (Kiel: Wachholtz, 2017), 33.",
         "Petra Roth"),
        ("See most recently Ann Hale, *Tidal Mills* (London: Verso, 2015), 9.", "Ann Hale"),
        ("Véase sobre todo Luis Ferrer, *La grana* (Madrid: Cátedra, 1990), 12.", "Luis Ferrer"),
        (
            "11QT XXIX, 8–10; dazu Hanna Roth, „Der neue Tempel“, *RevQ* 30 (2018): 5–20, "
            "hier 9.",
            "Hanna Roth",
        ),
    ],
    ids=["fr-en-dernier-lieu", "fr-notamment", "de-zuletzt", "en-most-recently",
         "es-sobre-todo", "de-dazu-after-source"],
)  # fmt: skip
def test_citation_starts_after_the_lead_in(text: str, cited: str) -> None:
    start, commentary = citation_start(text)
    assert not commentary
    assert text[start:].startswith(cited)


@pytest.mark.parametrize(
    "text",
    [
        "Nous reprenons ici une remarque faite lors du colloque de Rouen en 2018.",
        "Agradezco esta observación a los asistentes al seminario de Sevilla en 2021.",
        "Je remercie les archivistes, qui m’ont ouvert ce fonds dès 2015.",
    ],
    ids=["fr-en", "es-en", "fr-des"],
)
def test_prose_with_a_date_is_commentary(text: str) -> None:
    assert parse_reference(text, [1], detect_styles=True, note=True).kind is RefKind.COMMENTARY


def test_source_then_dazu_reads_the_citation() -> None:
    text = "11QT XXIX, 8–10; dazu Hanna Roth, „Der neue Tempel“, *RevQ* 30 (2018): 5–20, hier 9."
    ref = parse_reference(text, [1], detect_styles=True, note=True)
    assert ref.title == "Der neue Tempel"
    assert ref.authors == ("Hanna Roth",)
    assert ref.year == 2018
