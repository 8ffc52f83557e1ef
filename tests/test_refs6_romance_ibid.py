"""Romance ibidem forms (ibídem, ídem, idem, ivi, ib.) repeat the note before, also when a PDF
converter wrote the accented i as a dotless i with a combining accent."""

from __future__ import annotations

import pytest

from bibcheck.parse.references.repeat import find_repeats

_FULL = "Marta Puig, Les confraries d’ofici (Girona: Curbet, 2004), 77."


@pytest.mark.parametrize(
    ("note", "kind", "locator"),
    [
        pytest.param("Ibídem, 81–84.", "ibid", "81–84", id="ibidem-accent"),
        pytest.param("Ibı\u0301dem, 90.", "ibid", "90", id="ibidem-dotless-combining"),
        pytest.param("Ídem, p. 12.", "ibid", "12", id="idem-spanish"),
        pytest.param("Idem, 15.", "ibid", "15", id="idem-latin"),
        pytest.param("Ivi, p. 33.", "ibid", "33", id="ivi-italian"),
        pytest.param("Ib., 7.", "ibid", "7", id="ib"),
        pytest.param("Ibíd., 5.", "ibid", "5", id="ibid-accent"),
    ],
)
def test_romance_ibid_resolves(note: str, kind: str, locator: str) -> None:
    found = find_repeats([_FULL, note])
    rep = found[1]
    assert rep is not None
    assert (rep.kind, rep.target, rep.locator) == (kind, 0, locator)


@pytest.mark.parametrize(
    "note",
    [
        pytest.param("Ib Spang Olsen, Tegninger (København: Gyldendal, 1979), 3.", id="name-ib"),
        pytest.param("Ivi Kask, Eesti rahvakunst (Tallinn: Kunst, 1985), 12.", id="name-ivi"),
        pytest.param("Idema, Wilt, The Orphan of Zhao (Seattle: UWP, 2015), 4.", id="name-idema"),
    ],
)
def test_given_names_are_no_ibid(note: str) -> None:
    assert find_repeats([_FULL, note])[1] is None


@pytest.mark.parametrize(
    ("full", "short"),
    [
        pytest.param(
            "Jonas Mu\u0308ller, Kabel und Krieg (Berlin: Ch. Links, 2011), 40.",
            "Müller, Kabel und Krieg, 95.",
            id="short-note-composed-author",
        ),
        pytest.param(
            "HORÁK, P. Nájem bytu. Praha : Leges, 2015.",
            "k tomu srov. HORA\u0301K, op. cit., s. 12.",
            id="op-cit-decomposed-author",
        ),
    ],
)
def test_decomposed_letters_do_not_hide_the_author(full: str, short: str) -> None:
    rep = find_repeats([full, short])[1]
    assert rep is not None
    assert rep.target == 0
