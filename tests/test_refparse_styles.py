"""Citation-style parsers (APA, Chicago, IEEE/Vancouver, Harvard) and repeat notes.

The reference table lives in tests/fixtures/style_references.json, shared with
benchmarks/style_accuracy.py (which also reports a held-out table).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from bibcheck.model import AnomalyCode as C
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.repeat import Repeat, find_repeats
from bibcheck.parse.references.styles import detect_fields
from bibcheck.urls import extract_urls

CASES = json.loads(
    (Path(__file__).parent / "fixtures" / "style_references.json").read_text(encoding="utf-8")
)


@pytest.mark.parametrize("case", CASES, ids=[f"{c['style']}-{i}" for i, c in enumerate(CASES)])
def test_style_fields(case: dict[str, Any]) -> None:
    ref = parse_reference(case["text"], (1,), detect_styles=True)
    assert ref.style == case["style"]
    assert ref.raw == case["text"]
    fields = detect_fields(extract_urls(case["text"], (1,)).rest)
    for name, expected in case["expected"].items():
        if name in ("volume", "issue"):
            got: object = getattr(fields, name)
        elif name == "authors":
            got = list(ref.authors)
        elif name == "kind":
            got = ref.kind.value
        else:
            got = getattr(ref, name)
        assert got == expected, name
    assert [a.code.value for a in ref.anomalies] == case.get("anomalies", [])


def test_detection_is_off_by_default() -> None:
    # (APA's own head, "Smith, J. (2020).", is read in any reader since fix 53d: a
    # footnote in APA keeps its journal; Vancouver's shape is read with detection only)
    text = "Smith J, Lee K. Trade and growth in Asia. J Trade. 2020;3(2):1-10."
    assert parse_reference(text, (1,)).style == "generic"
    assert parse_reference(text, (1,), detect_styles=True).style == "vancouver"
    assert parse_reference(text, (1,)).style == "generic"


def test_gost_stays_gost_with_detection() -> None:
    text = "Иванов, И. И. История города / И. И. Иванов. - М. : Наука, 2019. - 256 с."
    assert parse_reference(text, (1,), detect_styles=True).style == "gost"


def test_style_without_title_is_kept_raw_with_an_anomaly() -> None:
    ref = parse_reference("Smith, J. (2020). ", (1,), detect_styles=True)
    assert ref.title is None
    assert C.REFERENCE_UNPARSED in {a.code for a in ref.anomalies}


# ---------------------------------------------------------------- repeat notes

NOTES = [
    "John Smith, The Book of Trade (New York: Norton, 2015), 45.",  # 0
    "Ibid., 46.",  # 1 -> 0
    "Jane Doe, “Ports and Power,” Journal of Stuff 12, no. 3 (2018): 47.",  # 2
    "Smith, Book of Trade, 50.",  # 3 -> 0
    "Ibid.",  # 4 -> 0 (through 3)
    "Doe, “Ports and Power,” 49.",  # 5 -> 2
    "Иванов И.И. История города. М.: Наука, 2019. 256 с.",  # 6
    "Там же. С. 12.",  # 7 -> 6
    "Иванов И.И. Указ. соч. С. 5.",  # 8 -> 6
    "Petrov, op. cit., 9.",  # 9 -> none
    "Brown, Harbours, 2010.",  # 10: has a year: a full (if short) note
]


def test_find_repeats() -> None:
    found = find_repeats(NOTES)
    assert found == [
        None,
        Repeat("ibid", 0, "46"),
        None,
        Repeat("short", 0, "50"),
        Repeat("ibid", 0, None),
        Repeat("short", 2, "49"),
        None,
        Repeat("ibid", 6, "12"),
        Repeat("op-cit", 6, "5"),
        Repeat("op-cit", None, "9"),
        None,
    ]


@pytest.mark.parametrize(
    "repeat",
    [
        pytest.param("Пашкова В. С. Зазнач. праця. С. 6.", id="ukrainian-zaznach"),
        pytest.param("Пашкова В. С. Вказ. праця. С. 6.", id="ukrainian-vkaz"),
        pytest.param("Пашкова В. С. Цит. праця. С. 6.", id="ukrainian-tsyt"),
        pytest.param("Пашкова, dz. cyt., 6.", id="polish-dz-cyt"),
        pytest.param("Пашкова, ob. cit., p. 6.", id="portuguese-ob-cit"),
    ],
)
def test_op_cit_in_other_languages(repeat: str) -> None:
    full = "Пашкова В. С. Бібліотеки в умовах війни. Київ : Академперіодика, 2022. 120 с."
    assert find_repeats([full, repeat]) == [None, Repeat("op-cit", 0, "6")]


def test_ibid_first_is_unresolved() -> None:
    assert find_repeats(["Ibid., 3.", "Smith, A Book, 4."]) == [Repeat("ibid", None, "3"), None]


def test_repeat_resolution_in_a_document() -> None:
    from bibcheck.manuscript import parse_bytes

    text = "A claim[^1]. Another[^2]. A third[^3].\n\n[^1]: Ibid., 3.\n[^2]: John Smith, The Book of Trade (New York: Norton, 2015), 45.\n[^3]: Ibid., 46.\n"
    doc = parse_bytes(text.encode(), "r.md")
    first, second, third = doc.footnotes
    assert C.REPEAT_NOTE_UNRESOLVED in {a.code for a in doc.anomalies if a.footnote == "1"}
    assert (third.reference.raw, third.reference.title, third.reference.pages) == (
        "Ibid., 46.",
        second.reference.title,
        "46",
    )


def test_chicago_author_date_is_read_not_flagged() -> None:
    """Chicago author-date (the year after the authors) used to be flagged as misread
    here; it is now read (issue 11), so its fields are asserted instead."""
    from bibcheck.model import AnomalyCode
    from bibcheck.parse.references import parse_reference

    text = "Smith, John. 2018. Trade and Growth. Chicago: University of Chicago Press."
    ref = parse_reference(text, (1,), detect_styles=True)
    assert (ref.style, ref.authors, ref.title, ref.year) == (
        "chicago",
        ("Smith, John",),
        "Trade and Growth",
        2018,
    )
    assert (ref.place, ref.publisher) == ("Chicago", "University of Chicago Press")
    assert AnomalyCode.REFERENCE_UNPARSED not in {a.code for a in ref.anomalies}


@pytest.mark.parametrize(
    "text",
    [
        "Brown, T. 2017, Trade economics, 2nd edn, Oxford University Press, Oxford.",
    ],
)
def test_a_misread_reference_is_flagged_not_silently_wrong(text: str) -> None:
    """Where the style's fields do not fit, say so rather than guess quietly."""
    from bibcheck.model import AnomalyCode
    from bibcheck.parse.references import parse_reference

    ref = parse_reference(text, (1,), detect_styles=True)
    assert ref.title != "2018"
    assert AnomalyCode.REFERENCE_UNPARSED in {a.code for a in ref.anomalies}


@pytest.mark.parametrize(
    ("text", "label"),
    [
        pytest.param("Ministerio de Cultura. Informe anual de archivos, Madrid, 2020, disponible "
                     "en: https://example.es/informe.pdf", "disponible", id="disponible-en"),
        pytest.param("Landesamt Kiel. Studie zu Häfen, Kiel: Landesamt, online unter: "
                     "https://example.de/studie.pdf", "unter", id="online-unter"),
        pytest.param("Landesamt Kiel. Studie zu Häfen, Kiel: Landesamt, abrufbar unter "
                     "https://example.de/studie.pdf", "unter", id="abrufbar-unter"),
    ],
)  # fmt: skip
def test_url_labels_in_other_languages_are_no_part_of_the_title(text: str, label: str) -> None:
    ref = parse_reference(text, (1,), detect_styles=True)
    assert ref.title is not None and label not in ref.title
    assert ref.url is not None and ref.url.startswith("https://example.")


def test_a_group_author_heads_a_gost_reference() -> None:
    ref = parse_reference(
        "Global Stroke Collaborators. Stroke incidence in 2019 // Lancet Neurol. – 2021. – "
        "Vol. 20. – P. 795–820.",
        (1,),
        detect_styles=True,
    )
    assert (ref.authors, ref.title, ref.year) == (
        ("Global Stroke Collaborators",),
        "Stroke incidence in 2019",
        2021,
    )


@pytest.mark.parametrize(
    ("text", "year", "host"),
    [
        pytest.param("Орлова А. Б. Крюковая нотация // Певческое искусство: Сборник статей. "
                     "СПб., 2008. Вып. 2. С. 40–52.", 2008, "Певческое искусство: Сборник статей",
                     id="place-year-in-host"),
        pytest.param("Мельник Т. Мости Києва // Вісник Київського університету. Серія "
                     "історична. 2015. Вип. 12. С. 77–90.", 2015,
                     "Вісник Київського університету. Серія історична", id="ukrainian-vyp"),
        pytest.param("Hale T. Load flow // European Power Conference (EPC). Lyon, 2017. "
                     "P. 11–19.", 2017, "European Power Conference (EPC)", id="place-year-en"),
    ],
)  # fmt: skip
def test_the_year_after_a_gost_host(text: str, year: int, host: str) -> None:
    ref = parse_reference(text, (1,), detect_styles=True)
    assert (ref.year, ref.host) == (year, host)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param("Ruiz, M., Soto, L. R., [*Salt marshes of Cádiz, Spain*](https://doi.org/"
                     "10.1000/x1), Wetlands, 2014.", "Salt marshes of Cádiz, Spain",
                     id="italic-label"),
        pytest.param("Ruiz, M. (2014). Salt marshes. Wetlands, 3, 1–9. [PDF](https://x.example/"
                     "a.pdf)", "Salt marshes", id="format-label-dropped"),
    ],
)  # fmt: skip
def test_a_markdown_link_keeps_its_title_in_the_reference(text: str, title: str) -> None:
    assert parse_reference(text, (1,), detect_styles=True).title == title
