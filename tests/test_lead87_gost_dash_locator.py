"""A GOST short note parts its areas with a dash, as its full note does: "Іваноў І. І. Цыт.
праца. — С. 12." cites page 12 of the work note 1 cites (the dash before "С." was read as the
start of a second work, and the page lost); of "Т. 2. — С. 47" the page is 47, not the
volume. A dash before a name still starts another work."""

from __future__ import annotations

import pytest

from bibcheck.parse.references.repeat import find_repeats

_FULL = "Іваноў І. І. Гісторыя Полацка. Мінск : Навука, 1998. 300 с."
_OTHER = "Петров П. П. Очерки истории. М. : Наука, 2001. 200 с."


@pytest.mark.parametrize(
    ("note", "locator"),
    [
        ("Іваноў І. І. Цыт. праца. — С. 12.", "12"),
        ("Іваноў І. І. Цыт. праца. – С. 12–14.", "12–14"),
        ("Іваноў І. І. Указ. соч. — Т. 2. — С. 47.", "47"),
        ("Іваноў І. І. Вказ. праця. — С. 5.", "5"),
        ("Іваноў І. І. Цыт. праца. С. 14.", "14"),
        ("Іваноў І. І. Цыт. праца, с. 16.", "16"),
        ("Іваноў І. І. Op. cit. — P. 9.", "9"),
        ("Іваноў І. І. Op. cit., vol. 2, p. 14.", "14"),
    ],
)
def test_op_cit_keeps_its_page(note: str, locator: str) -> None:
    found = find_repeats([_FULL, _OTHER, note])[2]
    assert found is not None
    assert (found.kind, found.target, found.locator) == ("op-cit", 0, locator)


def test_ibid_page_after_volume() -> None:
    found = find_repeats([_FULL, "Там же. — Т. 2. — С. 8."])[1]
    assert found is not None
    assert (found.kind, found.target, found.locator) == ("ibid", 0, "8")


def test_dash_before_a_name_still_parts_two_works() -> None:
    # (the note's first work is what it repeats: Петров's, not Іваноў's)
    found = find_repeats([_FULL, _OTHER, "Петров П. П. Указ. соч. С. 3. — В. Іваноў. Цыт. праца."])[
        2
    ]
    assert found is not None
    assert (found.target, found.locator) == (1, "3")
