"""Statutes cited by their chapter in a revision of the laws (Malta, Cyprus, Hong Kong,
Kenya, Nigeria), constitutions by their article, cases whose parties are joined by "vs", and
OSCOLA-like lists whose initials carry stops."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.parse.references import legal, parse_reference
from bibcheck.parse.references.legal import cites_authority
from tests.test_regex_growth import assert_linear

Line = Callable[[int], str]


@pytest.mark.parametrize(
    ("text", "title", "year"),
    [
        (
            "Code of Organization and Civil Procedure, Cap. 12 of the Laws of Malta, art. 173.",
            "Code of Organization and Civil Procedure",
            None,
        ),
        ("Kodiċi Kriminali, Kap. 9 tal-Liġijiet ta' Malta, art. 41.", "Kodiċi Kriminali", None),
        (
            "European Convention Act, Cap. 319 of the Laws of Malta (Act XIV of 1987), s 4.",
            "European Convention Act",
            1987,
        ),
        (
            "Att dwar l-Ippjanar, Kap. 552 tal-Liġijiet ta' Malta (Att VII tal-2016).",
            "Att dwar l-Ippjanar",
            2016,
        ),
        ("Employment Ordinance (Cap. 57), s 32.", "Employment Ordinance", None),
        ("Penal Code, Cap. 63 Laws of Kenya, s 203.", "Penal Code", None),
        ("Criminal Code Act, Cap. C38 LFN 2004, s 316.", "Criminal Code Act", None),
        ("Contract Law, Cap. 149, s 10.", "Contract Law", None),
        ("Constitution of Malta, Article 39(2).", "Constitution of Malta", None),
        ("Kostituzzjoni ta' Malta, Artikolu 46.", "Kostituzzjoni ta' Malta", None),
        ("Constitución Española, art. 24.", "Constitución Española", None),
        (
            "Costituzione della Repubblica Italiana, art. 111.",
            "Costituzione della Repubblica Italiana",
            None,
        ),
        ("Bunreacht na hÉireann, Airteagal 40.3.", "Bunreacht na hÉireann", None),
        (
            "Kushtetuta e Republikës së Shqipërisë, neni 42.",
            "Kushtetuta e Republikës së Shqipërisë",
            None,
        ),
    ],
)
def test_chaptered_statutes_and_constitutions(text: str, title: str, year: int | None) -> None:
    assert cites_authority(text)
    ref = parse_reference(text, [1], detect_styles=True, note=True)
    assert (ref.title, ref.year, ref.authors) == (title, year, ())


@pytest.mark.parametrize(
    "text",
    [
        # a book's chapter is no statute's
        "M. Rossi, Storia del diritto, Cap. 3.",
        "Jane Smith, The History of Law, Chapter 4.",
        "Brown, A Study of Malta, Cap. 2, p. 14.",
        # a title with "vs" and no court
        "Nature vs Nurture, Oxford 2010.",
        # a constitution discussed in prose
        "The Constitution was amended in 1974, see Article 2.",
    ],
)
def test_not_authorities(text: str) -> None:
    assert not cites_authority(text)


@pytest.mark.parametrize(
    ("text", "year"),
    [
        (
            "Dr Mario Grech et vs Kummissarju tal-Pulizija, Qorti Kostituzzjonali, 5 ta' Ottubru "
            "2018, para. 22.",
            2018,
        ),
        ("Spiteri vs Awtorita tal-Ippjanar, Qorti tal-Appell, 12 ta' Mejju 2015.", 2015),
        ("People vs. Santos, G.R. No. 201234, March 5, 2018.", 2018),
        ("Reyes vs. Court of Appeals, G.R. No. 110207, July 11, 1996.", 1996),
    ],
)
def test_vs_cases(text: str, year: int) -> None:
    assert cites_authority(text)
    ref = parse_reference(text, [1], detect_styles=True, note=True)
    assert ref.year == year
    assert " vs" in (ref.title or "")


@pytest.mark.parametrize(
    ("text", "authors", "title"),
    [
        (
            "Harris D., O'Boyle M., Bates E. u Buckley C., Law of the Sea (4th edn, OUP 2018).",
            ("Harris D.", "O'Boyle M.", "Bates E.", "Buckley C."),
            "Law of the Sea",
        ),
        (
            "Mifsud J.J. and Zammit A., Maltese Civil Law (Kite Group 2020).",
            ("Mifsud J.J.", "Zammit A."),
            "Maltese Civil Law",
        ),
        (
            "Breatnach P. agus Walsh S., Dlí na hÉireann (Cois Life 2011).",
            ("Breatnach P.", "Walsh S."),
            "Dlí na hÉireann",
        ),
    ],
)
def test_oscola_initials_with_stops(text: str, authors: tuple[str, ...], title: str) -> None:
    ref = parse_reference(text, [1], detect_styles=True)
    assert ref.authors == authors
    assert ref.title == title


def test_oscola_article_initials_with_stops() -> None:
    text = "Camilleri P., 'Id-dritt tal-proprjetà' (2017) 28 Id-Dritt 101."
    ref = parse_reference(text, [1], detect_styles=True)
    assert ref.kind.value == "article"
    assert ref.authors == ("Camilleri P.",)
    assert ref.year == 2017


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "Act, Cap. 12 " * (n // 13), id="chapters"),
        pytest.param(lambda n: "Kap. 1 (Att " * (n // 12), id="unclosed-acts"),
        pytest.param(lambda n: "Constitution " * (n // 13), id="constitutions"),
        pytest.param(lambda n: "A vs B, Court " * (n // 14), id="vs-parties"),
        pytest.param(lambda n: "Harris D., " * (n // 11), id="dotted-initials"),
        pytest.param(lambda n: "Harris J.J.J.J." * (n // 15), id="initial-runs"),
    ],
)
def test_new_legal_shapes_are_linear(line: Line) -> None:
    assert_linear(legal.chaptered, line)
    assert_linear(legal.case_name, line)
    assert_linear(legal.parse, line)
