"""Author-date citations with "et al." and "and" in the writer's language (one definition,
:mod:`bibcheck.parse.coauthors`, for the readers' mentions and the notes' prose): Indonesian
"(Wibowo dkk., 2018)", "Santoso dan Rahayu (2017)", Turkish "Yıldız vd. (2020)", Polish
"Nowak i in. (2016)", Czech "Dvořák a kol. (2015)", Vietnamese "Trần và cs. (2021)",
Ukrainian "Іваненко та ін. (2019)", ...  Own fixtures, table-driven."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.model import LiteratureEntry
from bibcheck.parse.matching import LiteratureIndex
from bibcheck.parse.references import parse_reference
from bibcheck.readers.authoryear import author_years, line_mentions
from bibcheck.readers.html import read as read_html
from tests.test_regex_growth import assert_linear

ENTRIES = [
    ("1", "Wibowo, H., Lestiani, M., & Gunadi, T. (2018). Karbon biru lamun. Jurnal Kelautan."),
    ("2", "Santoso, E., & Rahayu, S. (2017). Tutupan lamun di Banten. Jurnal Kelautan, 5, 1–9."),
    ("3", "Yıldız, A., Kaya, B., & Demir, C. (2020). Kıyı ekolojisi. Ankara: Nobel."),
    ("4", "Nowak, J., Wójcik, P., & Mazur, K. (2016). Ekologia łąk. Warszawa: PWN."),
    ("5", "Dvořák, P., Svoboda, J., & Černý, M. (2015). Ekologie mokřadů. Praha: Academia."),
    ("6", "Trần, V. B., Lê, T. H., & Đỗ, M. (2021). Sinh thái rừng ngập mặn. Hà Nội: NXB."),
    ("7", "Іваненко, О., Петренко, Л., & Коваль, Т. (2019). Екологія. Київ: Наукова думка."),
    ("8", "Łukasik, R., & Źródło, A. (2014). Torfowiska. Kraków: UJ."),
    ("9", "Szabó, G., Kovács, A., & Tóth, B. (2012). Vizes élőhelyek. Budapest: Akadémiai."),
    ("10", "Horvat, I., Babić, M., & Perić, N. (2011). Močvare. Zagreb: Školska knjiga."),
    ("11", "García, L., Ruiz, M., & Pérez, A. (2010). Humedales. Madrid: CSIC."),
    ("12", "Virtanen, M., Korhonen, J., & Mäkinen, S. (2013). Suot. Helsinki: Gaudeamus."),
]


@pytest.mark.parametrize(
    ("line", "labels"),
    [
        ("karbon di sedimen (Wibowo dkk., 2018; Santoso & Rahayu, 2017).", ["1", "2"]),
        ("Menurut Wibowo dkk. (2018), tutupan lamun menurun.", ["1"]),
        ("seperti dicatat (Wibowo dkk, 2018, hlm. 4) sebelumnya", ["1"]),
        ("Menurut Santoso dan Rahayu (2017), lamun menurun.", ["2"]),
        ("(Santoso dan Rahayu, 2017)", ["2"]),
        ("Yıldız vd. (2020) kıyıları inceledi; (Yıldız ve ark., 2020).", ["3", "3"]),
        ("jak pokazują Nowak i in. (2016) oraz (Nowak i wsp., 2016)", ["4", "4"]),
        ("podle Dvořák a kol. (2015) a (Dvořák et al., 2015)", ["5", "5"]),
        ("theo Trần và cs. (2021) và (Trần và nnk., 2021)", ["6", "6"]),
        ("за даними Іваненко та ін. (2019)", ["7"]),
        ("Łukasik i Źródło (2014) opisali", ["8"]),
        ("Szabó és mtsai (2012) szerint", ["9"]),
        ("prema Horvat i sur. (2011)", ["10"]),
        ("según García y cols. (2010)", ["11"]),
        ("Virtanen ym. (2013) mukaan", ["12"]),
        # a joining word that is an ordinary word of the sentence: the name after it cites
        ("Wie in Wibowo (2018) gezeigt", ["1"]),
        ("Laut Angaben und Santoso (2017)", ["2"]),
        # the right words with a year no entry has: nothing
        ("Wibowo dkk. (2016) dan Nowak i in. (2019)", []),
    ],
    ids=[
        "id-dkk-parenthetical",
        "id-dkk-narrative",
        "id-dkk-no-stop-locator",
        "id-dan-narrative",
        "id-dan-parenthetical",
        "tr-vd-ve-ark",
        "pl-i-in-i-wsp",
        "cs-a-kol",
        "vi-va-cs-nnk",
        "uk-ta-in",
        "pl-two-names-extended-latin",
        "hu-es-mtsai",
        "hr-i-sur",
        "es-y-cols",
        "fi-ym",
        "joining-word-in-sentence",
        "und-in-sentence",
        "wrong-years",
    ],
)
def test_et_al_words(line: str, labels: list[str]) -> None:
    found = line_mentions(line, "", author_years(ENTRIES))
    assert [label for _, _, label in found] == labels


def test_mention_starts_at_the_first_name() -> None:
    found = line_mentions("Menurut Santoso dan Rahayu (2017), x", "", author_years(ENTRIES))
    assert found == [(0, 33, "2")]


@pytest.mark.parametrize(
    ("note", "numbers"),
    [
        ("Lihat Wibowo dkk. (2018) untuk data karbon.", [1]),
        ("Por. Nowak i in. 2016, s. 12.", [4]),
        ("Viz Dvořák a kol. (2015), s. 40.", [5]),
        ("Bkz. Yıldız vd. 2020.", [3]),
    ],
    ids=["id", "pl", "cs", "tr"],
)
def test_note_prose_mentions(note: str, numbers: list[int]) -> None:
    entries = [
        LiteratureEntry(int(label), k + 1, parse_reference(text, [0]))
        for k, (label, text) in enumerate(ENTRIES)
    ]
    assert LiteratureIndex(entries).mentioned(note) == numbers


PAGE = """<html><head><title>Artikel</title></head><body><article>
<h1>Dinamika padang lamun</h1>
<p>Padang lamun menyimpan karbon (Wibowo dkk., 2018; Hartono, 2020).
Menurut Santoso dan Rahayu (2017), tutupan lamun menurun;
Wibowo dkk. (2018) mencatat hal yang sama.</p>
<h2>Daftar Pustaka</h2>
<p>Hartono, B. (2020). Ekologi pesisir tropis. Penerbit Andalas.</p>
<p>Santoso, E., &amp; Rahayu, S. (2017). Tutupan lamun. Jurnal Kelautan, 5(1), 1–9.</p>
<p>Wibowo, H., Lestiani, M., &amp; Gunadi, T. (2018). Karbon biru. Jurnal Kelautan, 9(3), 20–28.</p>
</article></body></html>"""


def test_html_page_in_indonesian() -> None:
    doc = read_html(PAGE)
    assert sorted((m.label, m.line) for m in doc.markers) == [
        ("1", 3),
        ("2", 4),
        ("3", 3),
        ("3", 5),
    ]


@pytest.mark.parametrize(
    "line",
    [
        lambda n: "Wibowo dkk. " * (n // 12),
        lambda n: "Aa dan Bb dan " * (n // 14),
        lambda n: "(Santoso i Santoso i " * (n // 21),
        lambda n: "Wibowo " * (n // 7),
    ],
)
def test_long_lines_are_linear(line: Callable[[int], str]) -> None:
    index = author_years(ENTRIES)
    assert_linear(lambda text: line_mentions(text, "", index), line)
