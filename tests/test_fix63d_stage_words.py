"""One vocabulary of the stages before print, in the languages cited (fix63d).

:data:`bibcheck.parse.references.yearwords.STAGES` holds the words for a work in
preparation, submitted, under review or accepted, in English, French, Portuguese,
Spanish, Italian and German, with the words that name where it was sent.  A year's place
reads the English ones; a comma-form entry's status after its title
(:mod:`~bibcheck.parse.references.commatails`) and a Vancouver entry's status around its
journal (:mod:`~bibcheck.parse.references.pendingjournal`) read all of them, so a word
either knew is read by both.  Entries are made up.
"""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.commatails import unpublished_article


@pytest.mark.parametrize(
    "rest",
    [
        # Italian "submitted to" (the Vancouver reader knew it)
        "« Le banchine del porto di Livorno », sottoposto a Rivista di storia urbana",
        # Portuguese "under review" (the Vancouver reader knew it)
        "« Os cais do porto de Santos », em avaliação",
        "« Os cais do porto de Santos », Revista de História Urbana, em avaliação",
        # English stages with where the work was sent
        "« The quays of Antwerp », under review at Urban History",
        "« The quays of Antwerp », in revision with the Journal of Urban History",
    ],
)
def test_comma_form_status_in_any_language(rest: str) -> None:
    found = unpublished_article(rest)
    assert found is not None
    assert found[0].startswith(("Le banchine", "Os cais", "The quays"))


@pytest.mark.parametrize(
    ("text", "journal"),
    [
        # sent to a journal, in words the comma-form reader knew
        (
            "Ferreira DS. Cuidado noturno em enfermarias. Sometido a Rev Esp Salud Publica.",
            "Rev Esp Salud Publica",
        ),
        (
            "Moreau J. Les soins de nuit en chirurgie. Soumise à Rech Soins Infirm.",
            "Rech Soins Infirm",
        ),
        ("Rossi A. Turni di notte in chirurgia. Inviato a Assist Inferm Ric.", "Assist Inferm Ric"),
        ("Costa LM. Plantões noturnos. Submetida ao Rev Bras Enferm.", "Rev Bras Enferm"),
        # a stage after the journal, in any language of the vocabulary
        (
            "Okafor C, Lind E. Night shifts on surgical wards. J Adv Nurs. Under review.",
            "J Adv Nurs",
        ),
        ("Berg H. Nachtdienst auf chirurgischen Stationen. Pflege. Eingereicht.", "Pflege"),
        (
            "Moreau J. Les soins de nuit en chirurgie. Rech Soins Infirm. Soumis.",
            "Rech Soins Infirm",
        ),
        ("Ruiz P. Turnos de noche en cirugía. Enferm Clin. Aceptado.", "Enferm Clin"),
    ],
)
def test_vancouver_sent_to_journal_in_any_language(text: str, journal: str) -> None:
    ref = parse_reference(text, [0])
    assert ref.kind is RefKind.ARTICLE
    assert ref.host == journal


def test_one_vocabulary() -> None:
    from bibcheck.parse.references.yearwords import STAGE_WORDS, STAGES, sent_words

    # the year's place reads the English stages, as before; the other languages' words
    # for a work sent to a journal are the same vocabulary's
    assert STAGES[0].language == "en"
    assert STAGE_WORDS is STAGES[0].words
    assert "in preparation" not in sent_words()
    assert {"soumise", "sottoposto", "em avaliação", "eingereicht"} <= set(sent_words())
