"""One table of the words naming a body's guidelines, standards, recommendations and codes
(bibcheck.parse.references.guideline_words): the rule reading a title that opens with one
(body_standard) and those reading one anywhere in a title (guideline_note, reportkind,
official_body) take their words from it, so a word one knows every one knows."""

from __future__ import annotations

import re

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import guideline_words, parse_reference

_WORDS = [word for word, _, _ in guideline_words.GUIDELINE_WORDS]
_ANYWHERE = [word for word, _, anywhere in guideline_words.GUIDELINE_WORDS if anywhere]
_OPENING_ONLY = [word for word, _, anywhere in guideline_words.GUIDELINE_WORDS if not anywhere]


def test_the_table_names_its_languages_once_per_word() -> None:
    assert len(_WORDS) == len(set(_WORDS))
    assert all(langs.strip() for _, langs, _ in guideline_words.GUIDELINE_WORDS)
    assert set(guideline_words.GUIDELINES) <= set(_WORDS)


@pytest.mark.parametrize("built", [guideline_words.OPENING, guideline_words.ANYWHERE])
def test_the_patterns_are_sorted_by_a_total_key(built: str) -> None:
    words = [w.replace(r"\s", " ") for w in built.split("|")]
    assert words == sorted(words, key=lambda w: (-len(w), w))


@pytest.mark.parametrize("word", _WORDS)
def test_every_word_opens_a_title(word: str) -> None:
    title = f"{word.upper()} for the sampling of water"
    assert re.match(rf"(?:{guideline_words.OPENING})\b", title, re.IGNORECASE)


@pytest.mark.parametrize("word", _ANYWHERE)
def test_a_word_named_anywhere(word: str) -> None:
    title = f"National {word.lower()} on the sampling of water"
    assert re.search(rf"\b(?:{guideline_words.ANYWHERE})\b", title, re.IGNORECASE)


@pytest.mark.parametrize("word", _OPENING_ONLY)
def test_a_norm_word_is_an_everyday_word_inside_a_title(word: str) -> None:
    title = f"Die {word} und ihre Ausnahme"
    assert not re.search(rf"\b(?:{guideline_words.ANYWHERE})\b", title, re.IGNORECASE)


# a body's guidelines or recommendations cited in a note, the body before the title: its
# report, the body its author (guideline_note), in the languages the table holds
NOTES = [
    (
        "Ministero della Salute (MdS), *Raccomandazione per la prevenzione delle cadute*,"
        " MdS, Roma 2011, p. 5.",
        "Ministero della Salute",
    ),
    (
        "Haute Autorité de santé (HAS), *Recommandation de bonne pratique sur la dénutrition*,"
        " HAS, Saint-Denis 2019, p. 12.",
        "Haute Autorité de santé",
    ),
    (
        "World Health Organization (WHO), *Code of hygienic practice for milk*, WHO, Geneva"
        " 2004, p. 3.",
        "World Health Organization",
    ),
    (
        "Österreichisches Bundesministerium für Gesundheit (BMG), *Empfehlung zur"
        " Händehygiene*, BMG, Wien 2013, S. 2.",
        "Österreichisches Bundesministerium für Gesundheit",
    ),
    (
        "Ministerstvo zdravotnictví České republiky (MZČR), *Směrnice pro hygienu v"
        " nemocnicích*, MZČR, Praha 2018, s. 4.",
        "Ministerstvo zdravotnictví České republiky",
    ),
    (
        "Organización Mundial de la Salud (OMS), *Recomendación sobre la alimentación del"
        " lactante*, OMS, Ginebra 2017, p. 3.",
        "Organización Mundial de la Salud",
    ),
    (
        "Consejo General de Colegios Farmacéuticos (CGCF), *Recomendaciones sobre la"
        " dispensación*, CGCF, Madrid 2016, p. 2.",
        "Consejo General de Colegios Farmacéuticos",
    ),
    (  # guard: read so before
        "Ministério da Saúde (MS), *Diretrizes para o cuidado*, MS, Brasília 2013, p. 10.",
        "Ministério da Saúde",
    ),
]


@pytest.mark.parametrize(("note", "author"), NOTES)
def test_a_body_s_guidance_in_a_note_is_its_report(note: str, author: str) -> None:
    ref = parse_reference(note, [1], detect_styles=True, note=True)
    assert ref.kind is RefKind.REPORT
    assert ref.authors == (author,)


# a body's book whose title holds a norm word inside it: no guideline (guard)
@pytest.mark.parametrize(
    "note",
    [
        "Istituto Nazionale di Statistica (ISTAT), *La norma e la prassi nelle statistiche*,"
        " ISTAT, Roma 2012, p. 9.",
    ],
)
def test_a_norm_word_inside_a_note_s_title(note: str) -> None:
    assert parse_reference(note, [1], detect_styles=True, note=True).kind is not RefKind.REPORT


# a body's recommendations by its document number, title first (body_standard)
def test_a_body_s_recommendations_by_number() -> None:
    ref = parse_reference(
        "Conseil Oléicole International. 2020. *Recommandations sur la qualité des huiles*."
        " COI/T.20/Doc. 15. Madrid: COI.",
        [1],
    )
    assert (ref.kind, ref.title) == (RefKind.REPORT, "Recommandations sur la qualité des huiles")
