"""Answers to the reviewers after a reference list are no entries (fix65b).

A revised manuscript converted from PDF may carry, after its References and no heading
between, the authors' answers to the reviewers: short paragraphs (``Reviewer #1: …``,
``changed``, ``added the following text to Section 2:``) that start as no entry does.
The list ends where its entries stop having an entry's shape.  Fixtures are made up.
"""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.readers.pdftext import entry_start

_BODY = """Tidal Marsh Recovery after Restoration

Coastal wetlands store carbon quickly (Okafor, 2006) and lose it when drained
(Lindqvist and Berg, 2011). Restored plots recover part of the store within decades
(Marsh et al., 2014; Ruiz, 2015), faster where tidal range is large (Tanaka, 2019).
Burial rates match natural plots after about twenty years (Varga and Kiss, 2020).

1
\f"""

_LIST = """References

Lindqvist, P., Berg, M., 2011. Drained marshes and carbon loss. Coastal Research 12,
40-51.
Marsh, T., Ortega, L., Sato, K., 2014. Restored wetlands compared. Wetland Science 9,
11-19.
Okafor, N., 2006. Salt marsh carbon stores. Estuaries 4, 1-9.
Ruiz, A., 2015. Cores and isotopes in restored marshes. Sediments 3, 4-6.
Tanaka, Y., 2019. Tidal range and burial. Journal of Coasts 5, 2-8.
Varga, E., Kiss, J., 2020. Twenty years of restoration in the tidal marshes of the
lower Danube. Marsh Ecology 7, 33-47.

2
\f"""

_ANSWERS = {
    "en": """Response to reviewers, revision 2; March 3, 2022

Reviewer #1: I thank the authors for a careful revision of the manuscript.
I have only a few minor comments:
1. page 3. The sampling design could be described in a few more lines.
added two sentences to Section 2
2. page 5. The second paragraph repeats the first.
changed
""",
    "de": """Antwort an die Gutachter, zweite Fassung

Gutachter 1: Die Überarbeitung ist gelungen, die Methode ist jetzt klar.
nur noch kleine Anmerkungen zu Abschnitt 3 und zur Abbildung 2.
geändert, der Absatz wurde gekürzt
in Abschnitt 4 wurde ein Satz ergänzt.
""",
    "fr": """Réponse aux rapporteurs

Rapporteur 2 : les auteurs ont répondu à la plupart des remarques.
quelques points restent à préciser dans la discussion.
corrigé, le paragraphe a été réécrit
ajouté une phrase à la fin de la section 3.
""",
}


@pytest.mark.parametrize("language", sorted(_ANSWERS))
def test_answers_after_the_list_are_no_entries(language: str) -> None:
    text = _BODY + _LIST + _ANSWERS[language]
    doc = parse_bytes(text.encode(), "revised.txt")
    assert doc.reader == "pdf-text"
    heads = [e.reference.authors[0].split(",")[0] for e in doc.literature if e.reference.authors]
    assert len(doc.literature) == 6
    assert heads == ["Lindqvist", "Marsh", "Okafor", "Ruiz", "Tanaka", "Varga"]


@pytest.mark.parametrize(
    ("firsts", "kept"),
    [
        (  # two shapeless paragraphs after six entries: cut
            [
                "Lindqvist, P., 2011. Title.",
                "Marsh, T., 2014. Title.",
                "Okafor, N., 2006. Title.",
                "Ruiz, A., 2015. Title.",
                "Reviewer #1: I thank the authors.",
                "changed",
            ],
            4,
        ),
        (  # a lower-case word and a comma, but no year: no entry's shape
            [
                "Lindqvist, P., 2011. Title.",
                "Marsh, T., 2014. Title.",
                "Okafor, N., 2006. Title.",
                "Ruiz, A., 2015. Title.",
                "*Revision notes",
                "addressed, the text is now in italics",
                "changed",
            ],
            4,
        ),
    ],
)
def test_list_length(firsts: list[str], kept: int) -> None:
    from bibcheck.readers.shapelesstail import list_length  # (new in fix65b)

    assert list_length(firsts, entry_start) == kept
