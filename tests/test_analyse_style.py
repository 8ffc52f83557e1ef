"""GOST style lint: table-driven, one reference per row."""

from __future__ import annotations

import pytest

from bibcheck.analyse.style import (
    check_access_date,
    check_author_responsibility,
    check_designation,
    check_page_abbreviation,
    lint_reference,
)
from bibcheck.model import Reference
from bibcheck.parse.references import parse_reference


def ref(raw: str) -> Reference:
    return parse_reference(raw, [1])


SHUMILIN = (
    "Shumilin, A. Forecast to 2040 / A. Shumilin // [Electronic resource]. - 2020. - "
    "URL: <https://www.belta.by/interview/view/prognoz-7168/>"
)


@pytest.mark.parametrize(
    ("raw", "rule"),
    [
        ("Political relations [Electronic resource]. - 2023. - URL: <https://x.by/a/>", True),
        (
            "Political relations [Electronic resource]. - 2023. - URL: <https://x.by/a/> "
            "(accessed: 12.03.2023).",
            False,
        ),
        (
            "Политические отношения [Электронный ресурс]. - 2023. - URL: <https://x.by/a/> "
            "(дата обращения: 12.03.2023).",
            False,
        ),
        ("Zalesky, B. The Route / B. Zalesky. - LAP, 2023. - 112 c.", False),  # print book
    ],
)
def test_access_date(raw: str, rule: bool) -> None:
    assert (check_access_date(ref(raw)) is not None) is rule


def test_access_date_suggestion_follows_the_language() -> None:
    ru = check_access_date(ref("Новости [Электронный ресурс]. - 2023. - URL: <https://x.by/a/>"))
    assert ru is not None and "дата обращения" in ru.suggestion


@pytest.mark.parametrize(
    ("raw", "where"),
    [
        (SHUMILIN, "after '//'"),
        ("Title / A. Author [Electronic resource]. - 2020. - URL: <https://x.by/a>", "after '/'"),
        ("Title [Electronic resource] / A. Author. - 2020. - URL: <https://x.by/a>", None),
        ("Political relations [Electronic resource]. - 2023. - URL: <https://x.by/a/>", None),
    ],
)
def test_designation_placement(raw: str, where: str | None) -> None:
    problem = check_designation(ref(raw))
    assert (problem.message if problem else None) == (
        None
        if where is None
        else f"'[Electronic resource]' stands {where}; GOST puts it right after the title"
    )


def test_designation_fix_is_spelled_out() -> None:
    problem = check_designation(ref(SHUMILIN))
    assert problem is not None
    assert problem.suggestion == (
        "write: Shumilin, A. Forecast to 2040 [Electronic resource] / A. Shumilin. - 2020. - URL: …"
    )


@pytest.mark.parametrize(
    ("raw", "fix"),
    [
        ("Zalesky, B. The Route / B. Zalesky. - LAP, 2023. - C. 65.", "write 'P. 65'"),
        ("Zalesky, B. The Route / B. Zalesky. - LAP, 2023. - 112 c.", "write '112 p.'"),
        ("Zalesky, B. The Route / B. Zalesky. - LAP, 2023. - P. 65.", None),
        ("Залесский, Б. Путь / Б. Залесский. - Минск, 2023. - С. 65.", None),  # Cyrillic С
        (
            "Залесский, Б. Путь / Б. Залесский. - Минск, 2023. - C. 65.",
            "write 'С. 65' (Cyrillic letter)",
        ),
        ("Vitamin C. 5 facts / A. B. - 2020. - P. 3.", None),  # "C. 5" in the title
    ],
)
def test_page_abbreviation(raw: str, fix: str | None) -> None:
    problem = check_page_abbreviation(ref(raw))
    assert (problem.suggestion if problem else None) == fix


@pytest.mark.parametrize(
    ("raw", "flagged"),
    [
        ("Zalesky, B. The Route / B. Zaleskii. - LAP, 2023. - 112 p.", True),
        ("Zalesky, B. The Route / B. Zalesky. - LAP, 2023. - 112 p.", False),
        ("Zalesky, B. The Route / ed. by J. Smith. - LAP, 2023. - 112 p.", False),
        ("Zalesky, B. The Route / B. Zalesky, J. Smith. - LAP, 2023. - 112 p.", False),
        ("Muñoz-Sabater, J. ERA5-Land / J. Muñoz-Sabater, E. Dutra. - 2021. - P. 1.", False),
        ("Muñoz-Sabater, J. ERA5-Land / J. Munoz-Sabatier. - 2021. - P. 1.", True),
    ],
)
def test_author_responsibility(raw: str, flagged: bool) -> None:
    assert (check_author_responsibility(ref(raw)) is not None) is flagged


def test_only_gost_references_are_linted() -> None:
    apa = ref("Smith, J. (2021). Regional trade. Journal of Trade, 12(3), 45-67. C. 5")
    assert apa.style != "gost"
    assert lint_reference(apa) == []


# --------------------------------------------------------------------------
# issue 11: designation spelling, missing designation, URL dash; advice in the
# document's own style
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "flagged"),
    [
        ("Порты [Электроный ресурс]. – 2022. – URL: https://x.by/a (дата обращения: 1.02.2023).",
         "misspelled"),
        ("Ports [Electronic resourse]. – 2022. – URL: https://x.by/a (accessed: 1.02.2023).",
         "misspelled"),
        ("Порты [Электронный ресурс. – 2022. – URL: https://x.by/a (дата обращения: 1.02.2023).",
         "not closed"),
        ("Порты [Электронный ресурс]. – 2022. – URL: https://x.by/a (дата обращения: 1.02.2023).",
         None),
        ("Порты [Текст] / И. Иванов. – М. : Наука, 2020. – 100 с.", None),
    ],
)  # fmt: skip
def test_designation_spelling(raw: str, flagged: str | None) -> None:
    from bibcheck.analyse.style import check_designation_spelling

    problem = check_designation_spelling(ref(raw))
    assert (problem.message.split("' ")[-1].split()[-1] if problem else None) == (
        flagged.split()[-1] if flagged else None
    )


@pytest.mark.parametrize(
    ("raw", "flagged"),
    [
        ("Ports [Electronic resource]. – 2022. URL: https://x.by/a (accessed: 01.02.2023).", True),
        ("Ports [Electronic resource]. – 2022. –\nURL: https://x.by/a (accessed: 01.02.2023).",
         False),
        ("Ports [Electronic resource]. - 2022. - URL: https://x.by/a (accessed: 01.02.2023).",
         False),
        ("Порты [Электронный ресурс]. – 2022. Режим доступа: https://x.by/a.", True),
    ],
)  # fmt: skip
def test_url_dash(raw: str, flagged: bool) -> None:
    from bibcheck.analyse.style import check_url_dash

    assert (check_url_dash(ref(raw)) is not None) is flagged


def _doc(*notes: str) -> str:
    markers = " ".join(f"Claim {i}<sup>{i}</sup>." for i in range(1, len(notes) + 1))
    defs = "\n\n".join(f"<sup>{i}</sup> {n}" for i, n in enumerate(notes, start=1))
    return f"# T\n\n{markers}\n\n---\n\n{defs}\n"


def _rules(text: str) -> list[tuple[str, str]]:
    from bibcheck.analyse.style import style_findings
    from bibcheck.manuscript import parse_bytes

    doc = parse_bytes(text.encode(), "d.md")
    return [(f.footnotes[0] if f.footnotes else "", dict(f.evidence)["rule"])
            for f in style_findings(doc)]  # fmt: skip


ELECTRONIC = "Ports [Electronic resource]. - 2022. - URL: https://x.by/a (accessed: 01.02.2023)."
UNDESIGNATED = "Canals. - 2021. - URL: https://x.by/b (accessed: 01.02.2023)."


def test_missing_designation_only_where_the_document_uses_it() -> None:
    assert _rules(_doc(ELECTRONIC, UNDESIGNATED)) == [("2", "designation-missing")]
    assert _rules(_doc(UNDESIGNATED, UNDESIGNATED.replace("/b", "/c"))) == []
    modern = "Canals. – Текст : электронный // Ports. – 2021. – URL: https://x.by/b (дата обращения: 01.02.2023)."
    assert _rules(_doc(ELECTRONIC, modern)) == []


def test_hyperlinked_title_needs_no_access_date() -> None:
    from bibcheck.analyse.style import check_access_date

    linked = "Andoni A., Indyk P. [Approximate search](https://arxiv.example/abs/1) // ICM. – 2018."
    assert check_access_date(ref(linked)) is None
    written = (
        "Andoni A., Indyk P. Approximate search // ICM. – 2018. – URL: https://arxiv.example/abs/1"
    )
    assert check_access_date(ref(written)) is not None


@pytest.mark.parametrize(
    ("style", "advice"),
    [("gost", "DD.MM.YYYY"), ("bibtex", "YYYY-MM-DD"), ("apa", "real calendar date")],
)
def test_date_advice_follows_the_reference_style(style: str, advice: str) -> None:
    from bibcheck.analyse.consistency import _date_hint

    assert advice in _date_hint(style)


def test_no_gost_advice_in_a_document_that_does_not_write_gost() -> None:
    from bibcheck.analyse.style import style_findings
    from bibcheck.manuscript import parse_bytes

    ieee = [
        'A. Rivera and T. Okafor, "Firm capacity on island grids," IEEE Trans. Power Syst., '
        "vol. 35, no. 2, pp. 1021-1030, 2020.",
        'K. Tanaka, "Fuel savings from storage," Renew. Energy, vol. 171, pp. 88-97, 2021.',
        'M. Costa, "Flow batteries in service," J. Power Sources, vol. 480, 2020.',
        "Grid survey. - 2022. - URL: https://wien.example.org/survey",  # looks GOST, no date
    ]
    body = "A claim [1], [2], [3] and [4].\n\nReferences\n\n"
    text = body + "\n".join(f"[{i}] {r}" for i, r in enumerate(ieee, start=1)) + "\n"
    doc = parse_bytes(text.encode(), "paper.txt")
    assert doc.literature[3].reference.style == "gost"
    assert style_findings(doc) == []


# --------------------------------------------------------------------------
# round 2: documents that write no area dashes; a designation wrapped over lines
# --------------------------------------------------------------------------

DASHLESS = [
    "Орлов Д. Речные порты [Электронный ресурс]. 2015. URL: https://x.example/a (дата "
    "обращения: 01.02.2023).",
    "Гусева Л. П. Шлюзы // Речной транспорт. 2011. № 3. С. 40–45.",
    "Ким Ю. С. Пристани [Электронный ресурс]. 2019. URL: https://x.example/b (дата "
    "обращения: 01.02.2023).",
]
DASHED = [
    "Орлов, Д. Речные порты [Электронный ресурс]. – 2015. – URL: https://x.example/a (дата "
    "обращения: 01.02.2023).",
    "Гусева, Л. П. Шлюзы // Речной транспорт. – 2011. – № 3. – С. 40–45.",
    "Ким, Ю. С. Пристани [Электронный ресурс]. – 2019. URL: https://x.example/b (дата "
    "обращения: 01.02.2023).",
]


def test_url_dash_follows_the_documents_own_convention() -> None:
    assert [r for r in _rules(_doc(*DASHLESS)) if r[1] == "url-dash"] == []
    assert [r for r in _rules(_doc(*DASHED)) if r[1] == "url-dash"] == [("3", "url-dash")]
    odd = "Пристани [Электронный ресурс]. 2019. URL: https://x.example/c (дата обращения: 01.02.2023)."
    mixed = _doc(DASHED[0], DASHED[1], odd)
    assert [r for r in _rules(mixed) if r[1] == "url-dash"] == [("3", "url-dash")]


def test_designation_wrapped_over_two_lines_is_one() -> None:
    from bibcheck.analyse.style import check_designation_spelling

    wrapped = (
        "Порты [Электронный\n   ресурс]. – 2022. – URL: https://x.by/a (дата обращения: 1.02.2023)."
    )
    assert check_designation_spelling(ref(wrapped)) is None
    broken = (
        "Порты [Электроный\n   ресурс]. – 2022. – URL: https://x.by/a (дата обращения: 1.02.2023)."
    )
    assert check_designation_spelling(ref(broken)) is not None


def test_a_problem_on_a_continuation_line_names_that_line() -> None:
    from bibcheck.analyse.style import style_findings
    from bibcheck.manuscript import parse_bytes

    text = (
        "# T\n\nA claim.[^1] Another.[^2]\n\n"
        "[^1]: Орлов Д. Речные порты.\n    Пермь [Электроный ресурс]. – 2015. – URL:\n"
        "    https://x.example/a (дата обращения: 01.02.2023).\n"
        "[^2]: Гусева Л. П. Шлюзы // Речной транспорт. – 2011. – № 3. – С. 40–45.\n"
    )
    found = [f for f in style_findings(parse_bytes(text.encode(), "d.md"))
             if dict(f.evidence)["rule"] == "designation-spelling"]  # fmt: skip
    assert [f.lines for f in found] == [(5, 6)]


@pytest.mark.parametrize(
    ("raw", "fix"),
    [
        ("Втрати [Електронний ресурс]. – URL: https://a.ua/ (дата звернення: 12.03.2023).", None),
        (
            "Втрати [Електроний ресурс]. – URL: https://a.ua/ (дата звернення: 12.03.2023).",
            "write [Електронний ресурс]",
        ),
        (
            "Потери [Электроный ресурс]. – URL: https://a.ru/ (дата обращения: 12.03.2023).",
            "write [Электронный ресурс]",
        ),
    ],
    ids=["ukrainian-right", "ukrainian-misspelled", "russian-misspelled"],
)
def test_designation_spelling_in_its_own_language(raw: str, fix: str | None) -> None:
    from bibcheck.analyse.style import check_designation_spelling

    problem = check_designation_spelling(ref(raw))
    assert (problem.suggestion if problem else None) == fix


def test_a_ukrainian_reference_needs_no_designation() -> None:
    """DSTU 8302:2015 makes [Електронний ресурс] optional."""
    ukrainian = (
        "Про затвердження плану дій : розпорядження Кабінету Міністрів України від "
        "06.12.2019 № 1201-р. – URL: https://zakon.example.ua/1201 (дата звернення: 01.02.2023)."
    )
    designated = (
        "Стійкість до антибіотиків [Електронний ресурс]. – 2021. – URL: "
        "https://moz.example.ua/a (дата звернення: 01.02.2023)."
    )
    assert _rules(_doc(designated, ukrainian)) == []
