"""fix81r: Baltic acts, the Union's acts in Lithuanian, Latvian and Estonian, and their
registers and gazettes are legal sources, ``report`` (tests/corpus/README.md, kinds of
sources that are not articles or books) -- in .bib ``@misc`` entries by their title or
``howpublished``, and in notes.  A ``@misc`` web page or data set about a law, and an
article, stay as read.  Every case is invented for this file (acts, numbers and pages).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.bibfile import read_bib
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.baltic_acts import baltic_act
from bibcheck.parse.references.bibtex import to_reference as bib_reference
from tests.test_regex_growth import assert_linear


def _bib_kind(fields: str) -> str:
    (record,), _ = read_bib("@misc{k, " + fields + "}\n")
    return bib_reference(record).kind.value


# (the @misc entry's fields, what it is)
ACTS = [
    # Lithuanian: a law by its title, a government resolution, a minister's order, EU acts
    ("title = {Lietuvos Respublikos augalų apsaugos įstatymas}, year = {2002}", "lt-law"),
    (
        "title = {Lietuvos Respublikos pašarų įstatymas}, howpublished = {Nr. IX-1234},"
        " year = {2003}",
        "lt-law-numbered",
    ),
    (
        "title = {Lietuvos Respublikos Vyriausybės nutarimas Nr. 712 „Dėl dirvožemio"
        " apsaugos“}, year = {2011}",
        "lt-resolution",
    ),
    (
        "title = {Žemės ūkio ministro įsakymas Nr. 3D-418 dėl sėklų sertifikavimo}, year = {2016}",
        "lt-order",
    ),
    (
        "title = {2017 m. kovo 15 d. Europos Parlamento ir Tarybos reglamentas (ES) 2017/625"
        " dėl oficialios kontrolės}, year = {2017}",
        "lt-eu-regulation-date-first",
    ),
    (
        "title = {Tarybos direktyva 91/676/EEB dėl vandenų apsaugos}, year = {1991}",
        "lt-eu-directive",
    ),
    (
        "title = {Dėl sėklų kontrolės tvarkos}, howpublished = {Teisės aktų registras,"
        " Nr. 2021-05678}, year = {2021}",
        "lt-register",
    ),
    (
        "title = {Dėl trąšų naudojimo}, howpublished = {Valstybės žinios, 2001, Nr. 12-345},"
        " year = {2001}",
        "lt-gazette",
    ),
    (
        "title = {Dėl pašarų kontrolės}, howpublished = {OL L 95, 2017-04-07, p. 1--142},"
        " year = {2017}",
        "lt-oj-abbreviation",
    ),
    # Latvian: a law, the Cabinet's regulations, an EU regulation, the gazette
    ("title = {Augu aizsardzības likums}, year = {1998}", "lv-law"),
    (
        "title = {Ministru kabineta noteikumi Nr. 512 „Sēklu aprites kārtība“}, year = {2019}",
        "lv-cabinet-regulations",
    ),
    (
        "title = {Eiropas Parlamenta un Padomes Regula (ES) 2017/625 par oficiālajām"
        " kontrolēm}, year = {2017}",
        "lv-eu-regulation",
    ),
    (
        "title = {Par mēslošanas līdzekļiem}, howpublished = {Latvijas Vēstnesis, 2014,"
        " nr. 88}, year = {2014}",
        "lv-gazette",
    ),
    (
        "title = {Par barības kontroli}, howpublished = {OV L 95, 7.4.2017., 1.--142. lpp.},"
        " year = {2017}",
        "lv-oj-abbreviation",
    ),
    # Estonian: a law (a compound), a minister's regulation, an EU regulation, the gazette
    ("title = {Taimekaitseseadus}, year = {2004}", "et-law-compound"),
    (
        "title = {Maaeluministri määrus nr 31 „Seemne sertifitseerimise kord“}, year = {2020}",
        "et-regulation",
    ),
    (
        "title = {Euroopa Parlamendi ja nõukogu määrus (EL) 2017/625 ametliku kontrolli"
        " kohta}, year = {2017}",
        "et-eu-regulation",
    ),
    (
        "title = {Väetiste seadus}, howpublished = {RT I, 15.03.2021, 8}, year = {2021}",
        "et-riigi-teataja-abbreviation",
    ),
    (
        "title = {Sööda kontrolli kord}, howpublished = {ELT L 95, 7.4.2017, lk 1--142},"
        " year = {2017}",
        "et-oj-abbreviation",
    ),
    # the Union's Official Journal by its Finnish, Slovak and Hungarian abbreviations
    (
        "title = {Rehuvalvonta}, howpublished = {EUVL L 95, 7.4.2017, s. 1--142}, year = {2017}",
        "fi-oj-abbreviation",
    ),
    (
        "title = {Úradné kontroly}, howpublished = {Ú. v. EÚ L 95, 7.4.2017, s. 1--142},"
        " year = {2017}",
        "sk-oj-abbreviation",
    ),
    (
        "title = {Hatósági ellenőrzések}, howpublished = {HL L 95, 2017.4.7., 1--142. o.},"
        " year = {2017}",
        "hu-oj-abbreviation",
    ),
]


@pytest.mark.parametrize("fields", [f for f, _ in ACTS], ids=[i for _, i in ACTS])
def test_misc_acts_are_reports(fields: str) -> None:
    assert _bib_kind(fields) == "report"


@pytest.mark.parametrize(
    "fields",
    [f + ", url = {https://e-seimas.example.net/act/1}" for f, _ in ACTS[:3]],
    ids=[i + "-online" for _, i in ACTS[:3]],
)
def test_misc_acts_online_are_reports(fields: str) -> None:
    assert _bib_kind(fields) == "report"


# @misc entries that are no act: a web page or a data set about a law, a guide, terms of
# use (what main reads them as, unchanged)
NOT_ACTS = [
    (
        "title = {Seemneseaduse muudatused lihtsas keeles}, url = {https://uudised.example.org/a},"
        " year = {2022}",
        "web",
        "et-page-about-law",
    ),
    (
        "title = {Kāpēc likums neaizsargā sēklas?}, url = {https://blogs.example.org/b},"
        " year = {2021}",
        "web",
        "lv-question-page",
    ),
    (
        "title = {Noteikumi un nosacījumi}, url = {https://veikals.example.net/n}, year = {2020}",
        "web",
        "lv-terms-of-use",
    ),
    (
        "title = {Darbo kodeksas: komentaras praktikams}, url = {https://teise.example.net/k},"
        " year = {2019}",
        "web",
        "lt-commentary-page",
    ),
    (
        "title = {Sėklų sertifikavimo duomenys 2015--2023}, url = {https://data.example.org/s},"
        " year = {2024}",
        "web",
        "lt-data-set",
    ),
    (
        "title = {Įstatymų leidybos istorija Lietuvoje}, year = {2010}",
        "unknown",
        "lt-history-title",
    ),
]


@pytest.mark.parametrize(
    ("fields", "kind"), [(f, k) for f, k, _ in NOT_ACTS], ids=[i for _, _, i in NOT_ACTS]
)
def test_misc_that_is_no_act_stays(fields: str, kind: str) -> None:
    assert _bib_kind(fields) == kind


def test_an_article_about_a_law_stays_an_article() -> None:
    (record,), _ = read_bib(
        "@article{a, author = {Petraitis, Jonas}, title = {Naujasis sėklininkystės"
        " įstatymas}, journal = {Teisės žurnalas}, year = {2024}, volume = {5}}\n"
    )
    assert bib_reference(record).kind.value == "article"


# notes citing the same acts: a report
NOTES = [
    "Vyriausybės nutarimas Nr. 712 „Dėl dirvožemio apsaugos“, TAR, 2011-05432.",
    "Europos Parlamento ir Tarybos reglamentas (ES) 2017/625, OL L 95, 2017-04-07, p. 1–142.",
    "Ministru kabineta noteikumi Nr. 230, Latvijas Vēstnesī 2018, nr. 71.",
    "Maaeluministri määrus nr 12, RT I, 04.02.2020, 3.",
]


@pytest.mark.parametrize("text", NOTES)
def test_notes_citing_acts_are_reports(text: str) -> None:
    assert parse_reference(text, [0], detect_styles=True, note=True).kind.value == "report"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Lietuvos Respublikos sėklininkystės įstatymas", True),
        ("Krimināllikums", True),
        ("Karistusseadustik.", True),
        ("Seimo nutarimas Nr. XIV-12", True),
        ("Šis likums, kas pieņemts pagājušajā gadā", False),
        ("Tas ir mūsu likums un mūsu tiesības", False),
        ("sprendimas priimtas 2018 metais", False),
        ("OL apie 150 puslapių", False),
    ],
)
def test_baltic_act(text: str, found: bool) -> None:
    assert baltic_act(text) is found


_LINES: list[Callable[[int], str]] = [
    lambda n: "a" * n,
    lambda n: "įstatymas " * (n // 10),
    lambda n: "Ministru kabineta noteikumi " * (n // 28),
    lambda n: "reglamentas (ES) " * (n // 17),
    lambda n: "direktyva 91/676/" * (n // 17),
    lambda n: "Teisės aktų " * (n // 12),
    lambda n: "OL L " * (n // 5),
    lambda n: ("x" * 59 + "likums ") * (n // 66),
]


@pytest.mark.parametrize("line", _LINES)
def test_linear(line: Callable[[int], str]) -> None:
    assert_linear(baltic_act, line)
