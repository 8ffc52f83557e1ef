"""Which identity verdict the registries' answers support; which works registries cover."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind, VerifyVerdict
from bibcheck.parse.references import parse_reference
from bibcheck.verify.identity import covered, judge_doi, judge_search, searchable
from bibcheck.verify.works import Work

SMITH = Work(
    source="crossref",
    doi="10.1234/jsp.2019.045",
    titles=("Cooperation in research networks",),
    authors=(("Smith", "John A."), ("Jones", "Bob")),
    years=(2019,),
    containers=("Journal of Science Policy",),
    volume="12",
    issue="3",
    pages="45-60",
)
IVANOV = Work(
    source="crossref",
    doi="10.5678/ve.2019.3",
    titles=("Экономика кооперации в регионах",),
    authors=(("Иванов", "Иван"),),
    years=(2019,),
    containers=("Вопросы экономики",),
    volume="7",
    issue="3",
    pages="45-60",
)
IVANOV_EN = Work(
    source="crossref",
    doi="10.5678/ve.2019.3",
    titles=("Economics of cooperation in the regions",),
    authors=(("Ivanov", "I."),),
    years=(2019,),
    containers=("Voprosy Ekonomiki",),
    volume="7",
    issue="3",
    pages="45-60",
)
OTHER = Work(
    source="crossref",
    doi="10.1234/other",
    titles=("Soil bacteria of the tundra",),
    authors=(("Petrov", "Ivan"),),
    years=(2018,),
    containers=("Arctic Biology",),
)


def ref(text: str, styles: bool = False):  # noqa: ANN201 - a Reference
    return parse_reference(text, [1], detect_styles=styles)


APA = "Smith, J. A., & Jones, B. (2019). Cooperation in research networks. Journal of Science Policy, 12(3), 45–60."
GOST = (
    "Иванов И. И. Экономика кооперации в регионах // Вопросы экономики. 2019. Т. 7, № 3. С. 45–60."
)


@pytest.mark.parametrize(
    ("text", "styles", "work", "verdict", "fields"),
    [
        (APA, True, SMITH, VerifyVerdict.VERIFIED, []),
        (APA.replace("(2019)", "(2015)"), True, SMITH, VerifyVerdict.MISCITED, ["year"]),
        (APA.replace("12(3)", "14(3)"), True, SMITH, VerifyVerdict.MISCITED, ["volume"]),
        (APA.replace("45–60", "145–160"), True, SMITH, VerifyVerdict.MISCITED, ["pages"]),
        (APA.replace("Smith, J. A., & Jones, B.", "Brown, K."), True, SMITH,
         VerifyVerdict.MISCITED, ["author"]),
        (APA, True, OTHER, VerifyVerdict.IDENTIFIER_CONFLICT, []),
        (GOST, False, IVANOV, VerifyVerdict.VERIFIED, []),
        (GOST, False, IVANOV_EN, VerifyVerdict.VERIFIED, []),
        (GOST.replace("2019", "2012"), False, IVANOV_EN, VerifyVerdict.MISCITED, ["year"]),
        (GOST, False, OTHER, VerifyVerdict.IDENTIFIER_CONFLICT, []),
    ],
    ids=["apa-verified", "apa-year", "apa-volume", "apa-pages", "apa-author", "apa-conflict",
         "gost-verified", "gost-registered-in-english", "gost-year-english-record",
         "gost-conflict"],
)  # fmt: skip
def test_judge_doi(
    text: str, styles: bool, work: Work, verdict: VerifyVerdict, fields: list[str]
) -> None:
    judged = judge_doi(ref(text, styles), work)
    assert judged.verdict is verdict
    assert [d[0] for d in judged.differences] == fields


@pytest.mark.parametrize(
    ("text", "styles", "candidates", "verdict"),
    [
        (APA, True, [OTHER, SMITH], VerifyVerdict.VERIFIED),
        (APA.replace("(2019)", "(2012)"), True, [SMITH], VerifyVerdict.MISCITED),
        (APA.replace("Cooperation in research networks", "Quantum bees"), True, [SMITH], None),
        # the very title, journal, volume and pages of a registered work: miscited, not invented
        (APA.replace("Smith, J. A., & Jones, B. (2019)", "Brown, K. (2011)"), True, [SMITH],
         VerifyVerdict.MISCITED),
        (APA.replace("Smith, J. A., & Jones, B. (2019)", "Brown, K. (2011)").replace(
            "12(3), 45–60", "3(1), 1–9").replace("Journal of Science Policy", "Bee World"), True,
         [SMITH], None),
        (GOST, False, [IVANOV], VerifyVerdict.VERIFIED),
        (GOST, False, [OTHER], None),
    ],
    ids=["second-candidate", "near-match-year", "other-title", "title-placed", "title-only",
         "gost", "gost-nothing"],
)  # fmt: skip
def test_judge_search(
    text: str, styles: bool, candidates: list[Work], verdict: VerifyVerdict | None
) -> None:
    judged = judge_search(ref(text, styles), candidates)
    assert (judged.verdict if judged else None) is verdict


def test_strict_search_wants_a_full_match() -> None:
    near = ref(APA.replace("(2019)", "(2012)"), True)
    assert judge_search(near, [SMITH], strict=True) is None


@pytest.mark.parametrize(
    ("text", "styles", "is_covered", "is_searchable"),
    [
        (APA, True, True, True),
        (GOST, False, True, True),
        ("Петров П. П. История кооперации. М.: Наука, 2005. 320 с.", False, False, True),
        ("Федеральный закон от 19.06.1992 № 3085-1 «О потребительской кооперации» // "
         "Собрание законодательства РФ. 1992.", False, False, False),
        ("Smith J. Cooperation in research networks : дис. ... канд. экон. наук. М., 2010. "
         "180 с.", False, False, False),
        ("Лукашенко встретился с губернатором [Электронный ресурс] // БелТА. 2023. URL: "
         "https://www.belta.by/president/view/x-123/ (дата обращения: 01.02.2023).", False,
         False, False),
    ],
    ids=["article", "gost-article", "book", "law", "thesis", "news-page"],
)  # fmt: skip
def test_coverage(text: str, styles: bool, is_covered: bool, is_searchable: bool) -> None:
    reference = ref(text, styles)
    assert covered(reference) is is_covered
    assert searchable(reference) is is_searchable


def test_web_kind_is_never_covered() -> None:
    reference = ref(APA, True)
    from dataclasses import replace

    assert not covered(replace(reference, kind=RefKind.WEB, doi=None))
