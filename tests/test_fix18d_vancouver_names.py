"""Vancouver entries with two-word family names, a title that asks a question before its
subtitle, and an update year in parentheses after the publication year
(:mod:`bibcheck.parse.references.ieee`)."""

from __future__ import annotations

import pytest

from bibcheck.parse.references import parse_reference


def _parse(text: str):  # type: ignore[no-untyped-def]
    return parse_reference(text, (1,), detect_styles=True)


@pytest.mark.parametrize(
    ("text", "authors", "title", "journal"),
    [
        (
            "Lindqvist P, Berg Madsen T, Aho E. Early mobilisation after hip surgery: a "
            "register study. Acta Orthop. 2019;90(4):311-7.",
            ("Lindqvist P", "Berg Madsen T", "Aho E"),
            "Early mobilisation after hip surgery: a register study",
            "Acta Orthop",
        ),
        (
            "García Márquez AL, Pereira Santos JM, Ortega R. Sodium intake in school meals. "
            "Nutr Hosp. 2020;37(2):201-9.",
            ("García Márquez AL", "Pereira Santos JM", "Ortega R"),
            "Sodium intake in school meals",
            "Nutr Hosp",
        ),
        (
            "Holt K, Nygaard Vik S, Strand Lie M, Dahl O. Sleep and shift work in nurses. "
            "Scand J Work Environ Health. 2021;47(5):360-8.",
            ("Holt K", "Nygaard Vik S", "Strand Lie M", "Dahl O"),
            "Sleep and shift work in nurses",
            "Scand J Work Environ Health",
        ),
        (
            "Okafor C, Bell RD. Should we screen all adults for diabetes? A decision "
            "analysis. BMJ Open. 2017;7(3):e012345.",
            ("Okafor C", "Bell RD"),
            "Should we screen all adults for diabetes? A decision analysis",
            "BMJ Open",
        ),
        (
            "Tan W, Ruiz M. Does exercise prevent falls? Results of a pooled cohort "
            "analysis. Age Ageing. 2015;44(1):12-8.",
            ("Tan W", "Ruiz M"),
            "Does exercise prevent falls? Results of a pooled cohort analysis",
            "Age Ageing",
        ),
        (
            # a question title followed straight by its journal stays as it is
            "Tan W, Ruiz M. Does exercise prevent falls? Age Ageing. 2015;44(1):12-8.",
            ("Tan W", "Ruiz M"),
            "Does exercise prevent falls?",
            "Age Ageing",
        ),
    ],
    ids=["nordic", "spanish", "four-people", "question-subtitle", "question-results", "question"],
)
def test_vancouver_article(text: str, authors: tuple[str, ...], title: str, journal: str) -> None:
    ref = _parse(text)
    assert ref.style == "vancouver"
    assert ref.authors == authors
    assert ref.title == title
    assert ref.host == journal


@pytest.mark.parametrize(
    ("text", "year", "publisher"),
    [
        (
            "Scottish Intercollegiate Guidelines Network. Management of chronic pain. "
            "Edinburgh: SIGN; 2013 (updated 2019).",
            2013,
            "SIGN",
        ),
        (
            "Royal College of Nursing. Pressure ulcer care. London: RCN; 2014 (last updated "
            "2022 Mar).",
            2014,
            "RCN",
        ),
        (
            "World Health Organization. Guidelines on hand hygiene in health care. Geneva: "
            "WHO; 2009 (reprinted 2015).",
            2009,
            "WHO",
        ),
        (
            "Agency for Clinical Care. Stroke rehabilitation. Sydney: ACC; 2018 [updated "
            "2021 Jul 8; cited 2024 Feb 3].",
            2018,
            "ACC",
        ),
    ],
    ids=["updated", "last-updated", "reprinted", "bracketed"],
)
def test_update_year_is_no_publication_year(text: str, year: int, publisher: str) -> None:
    ref = _parse(text)
    assert ref.style == "vancouver"
    assert ref.year == year
    assert ref.publisher == publisher


def test_one_two_word_name_alone_is_no_vancouver_list() -> None:
    # an abbreviated organisation ("Nat'l Housing L. Proj.") is no family name of two words
    ref = _parse("Nat’l Housing L. Proj., Eviction Records and Tenant Screening 12 (2020).")
    assert ref.style != "vancouver"
    assert ref.title == "Eviction Records and Tenant Screening"
    assert ref.year == 2020
