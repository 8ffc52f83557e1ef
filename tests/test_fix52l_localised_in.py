"""Fix 52l: APA chapters in translations whose "In" has no colon (Spanish and Catalan
"En", Portuguese "Em", French "Dans"): the book, its pages and publisher go to their
fields, not into ``publisher``.  Without a colon the word opens a chapter only when
editors or a page range follow.  Own fixtures."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.apa import parse
from tests.test_regex_growth import assert_linear

CHAPTERS = [
    pytest.param(
        "Gómez, L., y Ruiz, P. (2014). Redes de migración rural. En Estudios de población"
        " regional (pp. 41-66). Ediciones del Sur.",
        ("Estudios de población regional", "41-66", "Ediciones del Sur"),
        id="es-en-no-editors",
    ),
    pytest.param(
        "Torres, A. (2019). Flujos laborales. En M. Díaz, R. Vega, y C. Sanz (Eds.), Mercados"
        " de trabajo en América Latina (pp. 120-145). Fondo Editorial.",
        ("Mercados de trabajo en América Latina", "120-145", "Fondo Editorial"),
        id="es-en-editors",
    ),
    pytest.param(
        "Lefèvre, C. (2011). Les villes moyennes. Dans S. Girard (Éd.), Géographie urbaine"
        " (pp. 9-30). Armand Colin.",
        ("Géographie urbaine", "9-30", "Armand Colin"),
        id="fr-dans",
    ),
    pytest.param(
        "Costa, R. (2008). A cidade e o campo. Em F. Lima (Org.), Território e sociedade"
        " (pp. 77-98). Editora Atlas.",
        ("Território e sociedade", "77-98", "Editora Atlas"),
        id="pt-em",
    ),
    pytest.param(
        "Vidal, M. (2001). La costa. En J. Puig (Ed.), Geografia de Catalunya (págs. 12-40)."
        " Barcelona Editorial.",
        ("Geografia de Catalunya", "12-40", "Barcelona Editorial"),
        id="pags-label",
    ),
    pytest.param(
        "Braun, T. (2013). Pendler im Umland. In H. Vogel (Hrsg.), Stadtregionen (S. 101–118)."
        " Steiner.",
        ("Stadtregionen", "101–118", "Steiner"),
        id="de-in-seiten",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CHAPTERS)
def test_a_localised_in_opens_a_chapter(text: str, expected: tuple[str, str, str]) -> None:
    ref = parse_reference(text, [1], detect_styles=True)
    assert ref.kind is RefKind.CHAPTER
    assert (ref.host, ref.pages, ref.publisher) == expected


NOT_CHAPTERS = [
    pytest.param(
        "Ortega, J. (2005). Migración interna. En busca de trabajo. Editorial Norte.",
        id="es-subtitle-opening-with-en",
    ),
    pytest.param(
        "Moreau, P. (1999). Voyages. Dans la ville. Éditions du Port.",
        id="fr-subtitle-opening-with-dans",
    ),
]


@pytest.mark.parametrize("text", NOT_CHAPTERS)
def test_the_word_alone_opens_no_chapter(text: str) -> None:
    fields = parse(text)
    assert fields is not None and not fields.chapter


Line = Callable[[int], str]
LINES = [
    pytest.param(lambda n: "En " + "a" * (n - 3), id="en-long-word"),
    pytest.param(lambda n: "En " + "ab " * (n // 3), id="en-words"),
    pytest.param(lambda n: "Dans " + "(pp. " * (n // 5), id="dans-unclosed-pages"),
    pytest.param(lambda n: "Em " + "(Org.) " * (n // 7), id="em-editors-marks"),
]


@pytest.mark.parametrize("line", LINES)
def test_localised_in_is_linear(line: Line) -> None:
    assert_linear(lambda text: parse(f"Doe, J. (2001). Title. {text}"), line)
