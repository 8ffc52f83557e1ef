"""The word for "and" between names in the languages that write it with no comma before it
(round 79): Turkish ``ve`` ("Kaya, A. ve Demir, B."), and in a Chicago entry the last name
after ``y``, ``e``, ``und``, ``et``, ``i``, ``ve`` with no comma ("García, Juan y Pedro
López."), as Nordic ``och``/``og`` were read already.  Two bodies joined by ``ve``/``og``
are two authors when the later one closes with its body word ("Sağlık Bakanlığı",
"Helsedirektoratet"); a title's ``ve`` (``Tarih ve Toplum``) and an English body's own
``and`` ("Department of Health and Human Services") stay whole.
"""

from __future__ import annotations

import pytest

from bibcheck.parse.references import generic, parse_reference
from tests.test_regex_growth import assert_linear


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        # two bodies, Turkish, the later closing with its possessive body word
        (
            "Türk Kardiyoloji Derneği ve Sağlık Bakanlığı. (2018). Kalp yetersizliği rehberi. "
            "Ankara.",
            ("Türk Kardiyoloji Derneği", "Sağlık Bakanlığı"),
        ),
        (
            "Ankara Üniversitesi ve Türkiye Bilimler Akademisi Vakfı. (2016). Bilim raporu. Ankara.",
            ("Ankara Üniversitesi", "Türkiye Bilimler Akademisi Vakfı"),
        ),
        # a German and a Nordic body of one compound word
        (
            "Bundesministerium für Umwelt und Umweltbundesamt. (2017). Leitfaden. Berlin.",
            ("Bundesministerium für Umwelt", "Umweltbundesamt"),
        ),
        (
            "Folkehelseinstituttet og Helsedirektoratet. (2015). Veileder for skolehelse. Oslo.",
            ("Folkehelseinstituttet", "Helsedirektoratet"),
        ),
        # names in capitals joined by "ve" / "og"
        (
            "KAYA, M. ve ÖZTÜRK, S. Kent tarihi. İstanbul: Yapı Kredi, 2009.",
            ("KAYA, M", "ÖZTÜRK, S"),
        ),
        (
            "BERGE, T. og LUNDE, H. Fjorden i vest. Bergen: Fagbokforlaget, 2013.",
            ("BERGE, T", "LUNDE, H"),
        ),
        # Chicago: the first name inverted, the last after the word for "and", no comma
        (
            "Öztürk, Selin ve Murat Kaya. Kent ve bellek. İstanbul: İletişim, 2014.",
            ("Öztürk, Selin", "Murat Kaya"),
        ),
        (
            "Navarro, Lucía y Tomás Herrera. Puertos del sur. Sevilla: Renacimiento, 2004.",
            ("Navarro, Lucía", "Tomás Herrera"),
        ),
        (
            "Ferri, Giulia e Marco Sala. Le valli alpine. Torino: Einaudi, 1999.",
            ("Ferri, Giulia", "Marco Sala"),
        ),
        (
            "Brandt, Jonas und Lena Vogt. Die Hanse. Lübeck: Schmidt-Römhild, 2008.",
            ("Brandt, Jonas", "Lena Vogt"),
        ),
        # near misses: a title's "ve", an English body's own "and", one author
        (
            "Kaya, Murat. Tarih ve Toplum. İstanbul: İletişim, 2010.",
            ("Kaya, Murat",),
        ),
        (
            "Navarro, Lucía. Mineros y mercaderes. Sevilla: Renacimiento, 2004.",
            ("Navarro, Lucía",),
        ),
        (
            "Department of Health and Human Services. (2019). Annual guide. Washington, DC.",
            ("Department of Health and Human Services",),
        ),
        (
            "Ministry of Health and Social Services. (2016). Health plan. Windhoek.",
            ("Ministry of Health and Social Services",),
        ),
        (
            "KAYA, M. Tarih ve toplum. İstanbul: Yapı Kredi, 2009.",
            ("KAYA, M",),
        ),
        # one body whose name lists its matters with a comma and "ve": no person inverted
        (
            "Aile, Çalışma ve Sosyal Hizmetler Bakanlığı. Ulusal Strateji 2014-2018. Ankara, 2014.",
            ("Aile, Çalışma ve Sosyal Hizmetler Bakanlığı",),
        ),
    ],
)
def test_names_joined_by_and(text: str, authors: tuple[str, ...]) -> None:
    assert parse_reference(text, [1], detect_styles=True).authors == authors


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        # a full note, the names in natural order joined by "ve" / "og": no lead-in
        (
            "Selin Öztürk ve Murat Kaya, Kent ve bellek, İstanbul: İletişim, 2014, s. 45.",
            ("Selin Öztürk", "Murat Kaya"),
        ),
        (
            "Ingrid Berge og Tor Lunde, Fjorden, Bergen: Fagbokforlaget, 2013, s. 8.",
            ("Ingrid Berge", "Tor Lunde"),
        ),
        # near miss: a lead-in in prose still hands over to the name after it
        (
            "Ayrıntılar için bakınız Selin Öztürk, Kent ve bellek, İstanbul: İletişim, 2014.",
            ("Selin Öztürk",),
        ),
    ],
)
def test_note_names_joined_by_and(text: str, authors: tuple[str, ...]) -> None:
    assert parse_reference(text, [1], detect_styles=True, note=True).authors == authors


def test_bodies_split_linear() -> None:
    assert_linear(generic.bodies, lambda n: "Sağlık Bakanlığı ve " * (n // 20) + "Kurumu")
