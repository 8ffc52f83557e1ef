"""Albanian acts (round 82): a law, a decision of the Council of Ministers, an instruction, a
decree or a regulation by its designation and number ("Ligji nr. 52/2019", "Ligj nr. 8331,
datë 21.4.1998") is an act (``report``), titled by its designation with its date and its
quoted subject ("Ligji nr. 8331, datë 21.4.1998, «Për …»"); a later note repeats it by its
designation and "vep. e cit." / "vepra e cituar" (and, in the Balkans' other languages, by
"ό.π.", "цит.", "nav. dj."), the number with no year telling the act too.  Invented examples."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.act_repeat import repeated_act
from bibcheck.parse.references.civil_law import legal_source
from bibcheck.parse.references.repeat import find_repeats
from tests.growth import growth


def _note(text: str) -> object:
    return parse_reference(text, [0], note=True, detect_styles=True)


@pytest.mark.parametrize(
    ("text", "title", "year"),
    [
        (
            "Ligji nr. 52/2019, «Për mbrojtjen e dëshmitarëve», Fletorja Zyrtare nr. 120, 2019.",
            "Ligji nr. 52/2019, «Për mbrojtjen e dëshmitarëve»",
            2019,
        ),
        # (a number with no year: the date set off by commas is the act's, kept before its
        # subject)
        (
            "Ligj nr. 8331, datë 21.4.1998, «Për ekzekutimin e vendimeve penale», neni 4.",
            "Ligj nr. 8331, datë 21.4.1998, «Për ekzekutimin e vendimeve penale»",
            1998,
        ),
        (
            "Vendimi i Këshillit të Ministrave nr. 301, datë 14.5.2014, «Për rregullat e "
            "ndërmjetësimit».",
            "Vendimi i Këshillit të Ministrave nr. 301, datë 14.5.2014, «Për rregullat e "
            "ndërmjetësimit»",
            2014,
        ),
        # (the month in words; the subject quoted with no comma before it)
        (
            "Udhëzimi nr. 9, datë 3 shkurt 2016 “Për regjistrin e të miturve”, neni 2.",
            "Udhëzimi nr. 9, datë 3 shkurt 2016 “Për regjistrin e të miturve”",
            2016,
        ),
        # (a number with its year, then the date before the subject)
        (
            "Rregullore nr. 4/2021, datë 12 mars 2021, «Për funksionimin e qendrave».",
            "Rregullore nr. 4/2021, datë 12 mars 2021, «Për funksionimin e qendrave»",
            2021,
        ),
        (
            'Ligji nr. 97/2016, datë 6.10.2016, "Për organizimin e pushtetit gjyqësor".',
            'Ligji nr. 97/2016, datë 6.10.2016, "Për organizimin e pushtetit gjyqësor"',
            2016,
        ),
        # (a Greek law's quoted title with no comma before it: the same shape)
        (
            "Ν. 3512/2006 «Για την προστασία των ανηλίκων», ΦΕΚ Α΄ 232/2006.",
            "Ν. 3512/2006 «Για την προστασία των ανηλίκων»",
            2006,
        ),
    ],
)
def test_albanian_act(text: str, title: str, year: int) -> None:
    ref = _note(text)
    assert ref.kind is RefKind.REPORT  # type: ignore[attr-defined]
    assert ref.title == title  # type: ignore[attr-defined]
    assert ref.year == year  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # (near-misses: a decree with no subject drops its trailing date, as before)
        ("Real Decreto 411/2031, de 3 de mayo de 2031, art. 4.", "Real Decreto 411/2031"),
    ],
)
def test_trailing_date_still_dropped(text: str, title: str) -> None:
    from bibcheck.parse.references.acts import act

    found = act(text)
    assert found is not None and found[0] == title


@pytest.mark.parametrize(
    ("text", "legal"),
    [
        # an act with its own quoted subject is a legal source, no literature about one
        ("Ligji nr. 52/2019, «Për mbrojtjen e dëshmitarëve», Fletorja Zyrtare nr. 120.", True),
        ("Ν. 3512/2006, «Για την προστασία των ανηλίκων».", True),
        ("Gazeta Zyrtare e Republikës së Kosovës, nr. 14, 2019.", True),
        # (near-misses: an article about an act, its title quoted; prose)
        ("A. Hoxha, «Ligji nr. 52/2019 dhe dëshmitarët», Jeta Juridike, 2020.", False),
        ("Vendimi i gjykatës u kritikua gjerësisht në shtyp.", False),
    ],
)
def test_legal_source(text: str, legal: bool) -> None:
    assert legal_source(text) is legal


_LAW_A = "Ligji nr. 8331, datë 21.4.1998, «Për ekzekutimin e vendimeve penale», neni 4."
_LAW_B = "Ligji nr. 52/2019, «Për mbrojtjen e dëshmitarëve», Fletorja Zyrtare nr. 120, 2019."
_ARTICLE = "B. Leka, “Drejtësia dhe fëmijët”, Studime Juridike, vol. 12, nr. 4, 2021, f. 5–20."
_GREEK = "Ν. 3512/2006, «Για την προστασία των ανηλίκων», ΦΕΚ Α΄ 232/2006."


def _legal(text: str) -> bool:
    return text.startswith(("Ligji", "Ν."))


@pytest.mark.parametrize(
    ("text", "earlier", "target"),
    [
        # by the designation and a number with no year
        ("Ligji nr. 8331, vep. e cit., neni 7.", [_LAW_A, _LAW_B, _ARTICLE], 0),
        ("Ligji nr. 52/2019, vepra e cituar, neni 3.", [_LAW_A, _LAW_B, _ARTICLE], 1),
        ("Ligji nr. 8331, vep. cit., neni 7.", [_LAW_A, _LAW_B], 0),
        ("Ν. 3512/2006, ό.π., άρθρο 4.", [_GREEK, _ARTICLE], 0),
        ("Ν. 3512/2006, о.п., άρθρο 4.", [_GREEK], None),  # (Cyrillic "о.п.": no Greek word)
        # (near-misses: another number; an issue's number after a volume; no word saying it
        # was cited)
        ("Ligji nr. 8332, vep. e cit., neni 7.", [_LAW_A, _LAW_B], None),
        ("Leka, vep. e cit., nr. 4.", [_LAW_A, _ARTICLE], None),
        ("Ligji nr. 8331, neni 7.", [_LAW_A, _LAW_B], None),
    ],
)
def test_repeated_act(text: str, earlier: list[str], target: int | None) -> None:
    assert repeated_act(text, earlier, _legal) == target


def test_repeats_among_notes() -> None:
    found = find_repeats(
        [
            _LAW_B,
            _LAW_A,
            "Po aty, neni 9.",
            "Ligji nr. 52/2019, vep. e cit., neni 3.",
            "Ligji nr. 8331, vep. e cit., neni 12.",
        ]
    )
    assert [rep.target if rep is not None else None for rep in found] == [None, None, 1, 0, 1]


@pytest.mark.parametrize("unit", ["Ligji nr. 1, ", "«Për ", "datë 1.2.2003, ", "nr. 5 "])
def test_linear(unit: str) -> None:
    assert growth(lambda n: _note("Ligji nr. 7, " + unit * n + " 2003."), 100, 400) < 6
    assert (
        growth(lambda n: repeated_act(unit * n + " vep. e cit.", [unit * n], _legal), 100, 400) < 6
    )
