"""fix67h: a family name declined in a Polish, Czech or Slovak sentence cites its entry."""

from __future__ import annotations

import pytest

from bibcheck.readers.authoryear import author_years, line_mentions

# (sentence citing the work, the list's entry)
_CASES = [
    (
        "Oferta szkół jest wąska, co według Dolaty (2008, s. 112) sprzyja segregacji.",
        "Dolata, R. (2008). Szkoła i nierówności. Warszawa: Wydawnictwo Naukowe.",
    ),
    (
        "Podobne wnioski znajdziemy w pracy Domańskiego (2000) o barierach społecznych.",
        "Domański, H. (2000). Hierarchie i bariery społeczne. Warszawa: Instytut.",
    ),
    (
        "Zgadzamy się z Kowalskiej (2019) tezą o roli rodziców w wyborze szkoły.",
        "Kowalska, M. (2019). Rodzice i wybór szkoły. Kraków: Znak.",
    ),
    (
        "Za Kwiecińskim (2002) przyjmujemy, że wykluczanie ma wiele postaci.",
        "Kwieciński, Z. (2002). Wykluczanie. Toruń: Wydawnictwo Uniwersytetu.",
    ),
    (
        "Tuto myšlenku připisujeme Nowakowi (2010), který ji rozvinul.",
        "Nowak, J. (2010). Město a škola. Praha: Academia.",
    ),
]


@pytest.mark.parametrize(("sentence", "entry"), _CASES)
def test_declined_name_cites_its_entry(sentence: str, entry: str) -> None:
    index = author_years([("1", entry), ("2", "Zieliński, P. (2015). Inna praca. Łódź: Wyd.")])
    assert [label for _, _, label in line_mentions(sentence, "", index)] == ["1"]
