"""A GOST entry with a URL and no ``[Электронный ресурс]`` is asked for the designation
whatever word its head opens with: a body named "Electronic …" or "Электротехнический …" is
not a designation. A bracketed designation, however misspelled or transliterated
(``[Elektronnyj resurs]``), is left to the spelling check and not reported as missing too."""

from __future__ import annotations

import pytest

from bibcheck.analyse.style import check_designation_missing
from bibcheck.parse.references import parse_reference

URL = "URL: https://grid.example.org/{0} (дата обращения: 01.02.2023)."


@pytest.mark.parametrize(
    ("raw", "missing"),
    [
        # a head that opens with an "electr-" word is no designation
        (f"Electronic Frontier Foundation. Доклад о свободе. – 2020. – {URL.format(1)}", True),
        (f"Электротехнический институт. Отчёт за 2019 год. – 2020. – {URL.format(2)}", True),
        (f"Elektrownia Bełchatów. Raport roczny. – 2021. – {URL.format(3)}", True),
        (f"Electrochemistry letters / ред. И. И. Иванов. – 2018. – {URL.format(4)}", True),
        # no electr- word at all: asked as before
        (f"Иванов И. И. Сети. – 2019. – {URL.format(5)}", True),
        # designations written (correct, misspelled, transliterated): not "missing"
        (f"Иванов И. И. Сети [Электронный ресурс]. – 2019. – {URL.format(6)}", False),
        (f"Иванов И. И. Сети [Электроный ресурс]. – 2019. – {URL.format(7)}", False),
        (f"Ivanov I. I. Seti [Elektronnyj resurs]. – 2019. – {URL.format(8)}", False),
        (f"Ivanov I. I. Networks [Electronic resourse]. – 2019. – {URL.format(9)}", False),
        (f"Іванов І. І. Мережі [Електронний ресурс]. – 2019. – {URL.format(10)}", False),
        # no URL: nothing to designate
        ("Иванов И. И. Сети. – М. : Наука, 2019. – 200 с.", False),
    ],
)
def test_designation_missing(raw: str, missing: bool) -> None:
    assert (check_designation_missing(parse_reference(raw, [1])) is not None) is missing
