"""Accents a PDF converter kept apart from their letters, composed (fix37a).

pdflatex with OT1 fonts sets an accent over its letter; pdftotext writes the two apart: a
spacing accent before or after the letter (``Garc´ıa``, ``M¨uller``, ``c¸``), a combining
accent after it (``gre\\u0301ve``), an accent over a dotless i (``Ellacur\\u0131\\u0301a``).
The pdf-text and plain-text readers read each as the one letter meant, where a real
alphabet has it; names, titles and citations then match their list's entries.

A claim is also compared with its own note as written: a title cut wrongly out of the
note (a series title taken for the publisher) no longer makes the note look moved.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.analyse.claim_source import claim_findings
from bibcheck.manuscript import parse_bytes
from bibcheck.model import RawDocument
from bibcheck.readers import pdftext, plaintext
from bibcheck.readers.ot1 import composed_accents, ot1_glyphs
from tests.test_regex_growth import assert_linear


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # Spanish, accent first (TeX's order) and after the letter
        ("Mart´ınez L´opez, Espa˜na y la revoluci´on", "Martínez López, España y la revolución"),
        ("la econom´ıa rural de Castilla, Nu˜nez", "la economía rural de Castilla, Nuñez"),
        ("Sa´nchez y Alca´zar, la regio´n esta´ allı´", "Sánchez y Alcázar, la región está allí"),
        # French
        ("l’´Ecole fran¸caise d´ej`a o`u No¨el", "l’École française déjà où Noël"),
        ("na¨ıve, ˆetre, pa ˆte", "naïve, être, pa ˆte"),
        # German
        ("M¨uller, ¨Uber die Sch¨onheit der Stra¨sse", "Müller, Über die Schönheit der Strässe"),
        # Portuguese
        ("S˜ao Paulo, a¸c˜ao e informa¸c˜oes p´ublicas", "São Paulo, ação e informações públicas"),
        # Czech
        ("ˇCesk´a republika, Dvoˇr´ak, ˇZiˇzkov, p˚uvod", "Česká republika, Dvořák, Žižkov, původ"),
        # Basque (Spanish names, ñ)
        ("Ibarretxe eta Ma˜neru, Iru˜nea, Ellacur´ıa", "Ibarretxe eta Mañeru, Iruñea, Ellacuría"),
        # Turkish: cedilla, breve, diaeresis; a bare dotless i stays
        ("Atat¨urk, ¸Sahin, G¨ok¸cen, Erdo˘gan, Kılı¸c", "Atatürk, Şahin, Gökçen, Erdoğan, Kılıç"),
        # Hungarian double acute, Polish acute on a consonant
        ("Erd˝os P´al, Ko´sciuszko", "Erdős Pál, Kościuszko"),
        # combining accents after the letter, and after a dotless i
        (
            "gre\u0301gorien, para\u0131\u0302t, Ellacur\u0131\u0301a",
            "grégorien, paraît, Ellacuría",
        ),
    ],
    ids=[
        "es",
        "es-tilde",
        "es-after",
        "fr",
        "fr-circumflex",
        "de",
        "pt",
        "cs",
        "eu",
        "tr",
        "hu-pl",
        "combining",
    ],
)
def test_split_accents_composed(text: str, want: str) -> None:
    assert composed_accents(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "Kılıç, ılık su",  # Turkish dotless i, no accent
        "valid for x¯ and f´(x), a^2 and n~m",  # no letter of an alphabet: kept
        "café and résumé, O´Brien, don´t, l´homme",  # a typed text: ´ is an apostrophe
        "it´s John´s, don´t ask O´Neill",  # apostrophes only
        "run `make` and `test` here",  # backticks quote code
        "Altın´ın Kılıç´ı",  # a Turkish suffix after an apostrophe
        "x ˜ y and a ¨ b",  # accents between spaces
    ],
    ids=["turkish", "math", "typed", "apostrophes", "code", "turkish-suffix", "spaced"],
)
def test_no_split_accent_kept_as_it_was(text: str) -> None:
    assert composed_accents(text) == text


def test_ot1_glyphs_compose_spacing_accents_too() -> None:
    assert ot1_glyphs("≪Les ´el`eves≫, M¨unchen") == "«Les élèves», München"


AUTHOR_DATE = """\
Introducci´on
La historia agraria de Castilla cambi´o con M¨uller (2001, 14) y con Garc´ıa
(1998). Otros autores (Sch¨on 2010, 33) lo niegan.

Bibliograf´ıa
Garc´ıa, Ana. 1998. La tierra y el cr´edito. Madrid: C´atedra.
M¨uller, Hans. 2001. Agrargeschichte Kastiliens. M¨unchen: Beck.
Sch¨on, Eva. 2010. Kredit und Ernte. K¨oln: B¨ohlau.
"""


@pytest.mark.parametrize("read", [pdftext.read, plaintext.read], ids=["pdftext", "plaintext"])
def test_author_date_citations_with_split_accents_cite_their_entries(
    read: Callable[[str], RawDocument],
) -> None:
    doc = read(AUTHOR_DATE)
    assert [e.text.split(",")[0] for e in doc.literature] == ["García", "Müller", "Schön"]
    assert sorted((m.line, m.label) for m in doc.markers) == [(2, "1"), (2, "2"), (3, "3")]


NOTES = """\
El cr´edito rural de Le´on creci´o deprisa.1 Otros lo niegan.2

1

Ana Ru´ız Gil, ≪Graneros y usura en Le´on≫, Revista Agraria, 14 (1999), pp. 3–19.
2

Pedro S´aez, La pol´ıtica del trigo, Madrid, C´atedra, 1988.
\f"""


def test_pdftext_notes_have_their_accents_composed() -> None:
    doc = pdftext.read(NOTES)
    texts = {n.label: n.text for n in doc.footnotes}
    assert "«Graneros y usura en León»" in texts["1"]
    assert "La política del trigo" in texts["2"]


CLAIMS = [
    "the first volume of the Dairy Atlas appeared in 1889",
    "the tractor plant opened an assembly line for agricultural machinery in Uzbekistan",
    "the potash producer signed a fertilizer supply contract with an Indian company",
]
SOURCES = [
    # (a series title, then a subtitle the parser takes for the title's start)
    "Dairy Atlas. Principal herds of cattle, goat, sheep, buffalo, published in photographic "
    "facsimiles, t. I, Minsk, Imprimerie Saint-Pierre, 1889.",
    "Tractor plant opens assembly line for agricultural machinery in Uzbekistan. 2023.",
    "Dairy Atlas, t. II and III, 1891-1892.",
]


def test_a_title_cut_wrongly_out_of_its_note_is_no_shift() -> None:
    body = " ".join(f"It was reported that {c}.[^{i + 1}]" for i, c in enumerate(CLAIMS))
    notes = "\n\n".join(f"[^{i + 1}]: {t}" for i, t in enumerate(SOURCES))
    doc = parse_bytes(f"# T\n\n{body}\n\n{notes}\n".encode(), "d.md")
    assert claim_findings(doc) == []


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "a´" * (n // 2), id="accent-after-each"),
        pytest.param(lambda n: "´a" * (n // 2), id="accent-before-each"),
        pytest.param(lambda n: "n´t " * (n // 4), id="apostrophes"),
        pytest.param(lambda n: "ı" * n + "´ı", id="long-dotless-word"),
        pytest.param(lambda n: "e\u0301\u0302" * (n // 3), id="combining"),
        pytest.param(lambda n: "ab´" * (n // 6) + "é" * (n // 2), id="typed"),
    ],
)
def test_composing_accents_is_linear(line: Callable[[int], str]) -> None:
    assert_linear(composed_accents, line)
