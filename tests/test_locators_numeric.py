"""A place in the cited work after a reference number, ``[n, <locator>]``, in the
languages bibcheck reads: the bracket is a citation of ``n`` (and of any number after a
``;``), whatever the locator word, its case, its dot and its spacing."""

from __future__ import annotations

import pytest

from bibcheck.readers.plaintext import numeric_citations, read


@pytest.mark.parametrize(
    ("bracket", "labels"),
    [
        pytest.param("[2, p. 17]", ["2"], id="en-page"),
        pytest.param("[2, pp. 17–19]", ["2"], id="en-pages"),
        pytest.param("[2, Ch. 4]", ["2"], id="en-chapter"),
        pytest.param("[2, Sec. 2.5]", ["2"], id="en-section"),
        pytest.param("[2, vol. 3]", ["2"], id="en-volume"),
        pytest.param("[4, п. 5.2]", ["4"], id="ru-clause"),
        pytest.param("[4, пп. 3.1–3.4]", ["4"], id="ru-clauses"),
        pytest.param("[4, разд. 6]", ["4"], id="ru-part"),
        pytest.param("[4, ч. 1]", ["4"], id="ru-chast"),
        pytest.param("[4, т. 2, с. 88]", ["4"], id="ru-tome-and-page"),
        pytest.param("[4, рис. 3]", ["4"], id="ru-figure"),
        pytest.param("[6, розд. 2]", ["6"], id="uk-section"),
        pytest.param("[3, s. 21]", ["3"], id="pl-page"),
        pytest.param("[3, s. 51–53; 8]", ["3", "8"], id="pl-page-then-number"),
        pytest.param("[3, ss. 4–9]", ["3"], id="pl-pages"),
        pytest.param("[3, str. 14]", ["3"], id="pl-str"),
        pytest.param("[3, rozdz. 2]", ["3"], id="pl-chapter"),
        pytest.param("[5, S. 203 f.]", ["5"], id="de-seite-f"),
        pytest.param("[5, S. 203ff.]", ["5"], id="de-seite-ff"),
        pytest.param("[5, Kap. 7]", ["5"], id="de-kapitel"),
        pytest.param("[5, Abb. 2]", ["5"], id="de-abbildung"),
        pytest.param("[5, Bd. 2]", ["5"], id="de-band"),
        pytest.param("[7, chap. III]", ["7"], id="fr-chapitre-roman"),
        pytest.param("[7, t. 2]", ["7"], id="fr-tome"),
        pytest.param("[7, art. 12]", ["7"], id="fr-article"),
        pytest.param("[9, pág. 40]", ["9"], id="es-pagina"),
        pytest.param("[9, cap. 2]", ["9"], id="es-it-capitolo"),
        pytest.param("[9, pagg. 11–13]", ["9"], id="it-pagine"),
        pytest.param("[1, fol. 12v]", ["1"], id="folio"),
        pytest.param("[1, №\u00a07]", ["1"], id="numero-sign"),
        pytest.param("[1,\u00a0p.\u00a045]", ["1"], id="no-break-spaces"),
        pytest.param("[1, p.~45--47]", ["1"], id="latex-tilde-and-dashes"),
        pytest.param("[1, P. 45]", ["1"], id="capital-p"),
        pytest.param("[1, 4]", ["1", "4"], id="two-numbers"),
        pytest.param("[1–3]", ["1", "2", "3"], id="range"),
    ],
)
def test_locator_after_number(bracket: str, labels: list[str]) -> None:
    found = numeric_citations(f"as shown {bracket}.")
    assert [(start, labels_) for start, _, labels_ in found] == [(9, labels)]
    assert found[0][1] == 9 + len(bracket)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("array [i, p. 2]", id="not-a-number"),
        # (a short abbreviation with a full stop is a place in any language, "[1, х. 2]"
        # Mongolian, fix 44p; a word the grammar does not know, without one, is none)
        pytest.param("the set [1, x 2]", id="unknown-word-without-dot"),
        pytest.param("see [Smith, p. 4]", id="name-not-number"),
    ],
)
def test_not_a_numeric_citation(text: str) -> None:
    assert numeric_citations(text) == []


def test_locators_read_as_citations_of_the_list() -> None:
    text = (
        "Wykład 3\n\nKapela grała w katedrze [1, s. 12], a potem na zamku\n"
        "[1, s. 30–31; 2]. Inne źródła [2, str. 5].\n\nBibliografia\n\n"
        "1. Nowak J., Kapela zamkowa, Kraków 1970.\n"
        "2. Kowal A., Muzyka dworu, Warszawa 1985.\n"
    )
    got = [(m.label, m.line) for m in read(text).markers]
    assert got == [("1", 3), ("1", 4), ("2", 4), ("2", 4)]
