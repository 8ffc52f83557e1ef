"""Repeat notes in the Nordic, Baltic and South Slavic languages ("Sama heimild, 5.",
"Turpat, 12. lpp.", "Ten pat, p. 4.", "Prav tam, str. 9.", "Smst., s. 3") repeat the note
before and are no commentary; the same words inside prose are no repeat."""

from __future__ import annotations

import pytest

from bibcheck.parse.references.commentary import bibliographic
from bibcheck.parse.references.repeat import find_repeats

_FULL = "Guðrún Jónsdóttir, Saga prentlistar (Reykjavík: Mál og menning, 1998), 40."


@pytest.mark.parametrize(
    ("note", "locator"),
    [
        pytest.param("Sama heimild, 44–46.", "44–46", id="is-sama-heimild"),
        pytest.param("Sama rit, bls. 12.", "12", id="is-sama-rit"),
        pytest.param("Á sama stað, 7.", "7", id="is-a-sama-stad"),
        pytest.param("Sama stað, s. 8.", "8", id="fo-sama-stad"),
        pytest.param("Smst., s. 19.", "19", id="da-smst"),
        pytest.param("Samme sted, s. 21.", "21", id="no-samme-sted"),
        pytest.param("Sama, s. 30.", "30", id="fi-sama"),
        pytest.param("Emt., s. 31.", "31", id="fi-emt"),
        pytest.param("Samas, lk 55.", "55", id="et-samas"),
        pytest.param("Turpat, 12. lpp.", "12", id="lv-turpat"),
        pytest.param("Ten pat, p. 4.", "4", id="lt-ten-pat"),
        pytest.param("Prav tam, str. 9.", "9", id="sl-prav-tam"),
        pytest.param("Isto, str. 3.", "3", id="hr-isto"),
        pytest.param("Исто, стр. 6.", "6", id="sr-isto"),
        pytest.param("Uo., 14.", "14", id="hu-uo"),
    ],
)
def test_repeat_words_repeat_the_note_before(note: str, locator: str) -> None:
    rep = find_repeats([_FULL, note])[1]
    assert rep is not None
    assert (rep.kind, rep.target, rep.locator) == ("ibid", 0, locator)
    assert bibliographic(note)


@pytest.mark.parametrize(
    "note",
    [
        pytest.param("Samas on selge, et allikad on puudulikud.", id="et-samas-prose"),
        pytest.param("Sama asia on todettu muualla.", id="fi-sama-prose"),
        pytest.param("Dito Montiel, A Guide to Recognizing Your Saints (2006), 3.", id="name-dito"),
    ],
)
def test_the_words_in_prose_are_no_repeat(note: str) -> None:
    rep = find_repeats([_FULL, note])[1]
    assert rep is None or rep.kind != "ibid"


@pytest.mark.parametrize(
    "note",
    [
        pytest.param("Virtanen, mts. 45.", id="fi-mts"),
        pytest.param("Heckscher, a.a., s. 112.", id="sv-aa"),
    ],
)
def test_op_cit_words_repeat_an_author(note: str) -> None:
    full = "Eli F. Heckscher, Sveriges ekonomiska historia (Stockholm: Bonnier, 1935), 3."
    other = "Pekka Virtanen, Suomen historia (Helsinki: Otava, 1990), 10."
    rep = find_repeats([full, other, note])[2]
    assert rep is not None
    assert bibliographic(note)


@pytest.mark.parametrize(
    "note",
    [
        pytest.param(
            "Syntetos A. A., Babai Z. Supply chain forecasting // EJOR. – 2016. – Vol. 252.",
            id="initials-a-a",
        ),
        pytest.param("Moore, Mt. Athos and Its Monks (London: Murray, 1901), 3.", id="mt-place"),
    ],
)
def test_initials_are_no_op_cit(note: str) -> None:
    full = "Eli F. Heckscher, Sveriges ekonomiska historia (Stockholm: Bonnier, 1935), 3."
    assert find_repeats([full, note])[1] is None
