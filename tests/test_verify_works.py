"""Registry JSON (Crossref, OpenAlex, CSL-JSON) -> Work: the real shapes, and odd input."""

from __future__ import annotations

from typing import Any

import pytest

from bibcheck.verify.works import (
    Update,
    crossref_work,
    csl_work,
    date_year,
    normalise_doi,
    openalex_work,
)
from tests.registryserver import (
    crossref_record,
    csl_record,
    openalex_record,
    update_entry,
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("10.1234/ABC.def", "10.1234/abc.def"),
        ("https://doi.org/10.1234/x(1)", "10.1234/x(1)"),
        ("http://dx.doi.org/10.1/Y", "10.1/y"),
        ("doi: 10.5/z ", "10.5/z"),
        ("", ""),
        (None, ""),
    ],
    ids=["case", "https-url", "dx-url", "doi-prefix", "empty", "none"],
)
def test_normalise_doi(raw: str | None, expected: str) -> None:
    assert normalise_doi(raw) == expected


@pytest.mark.parametrize(
    ("value", "year"),
    [
        ({"date-parts": [[2019, 3, 1]]}, 2019),
        ({"date-parts": [[2019]]}, 2019),
        ({"date-parts": [[None]]}, None),
        ({"date-parts": [["2020", "1"]]}, 2020),
        ({"date-parts": []}, None),
        ("2019", None),
        (None, None),
    ],
    ids=["full", "year-only", "null", "strings", "empty", "not-an-object", "none"],
)
def test_date_year(value: Any, year: int | None) -> None:
    assert date_year(value) == year


def test_crossref_work_reads_the_fields_we_compare() -> None:
    record = crossref_record(
        "10.1234/JSP.2019.045",
        "Cooperation in <i>research</i> networks",
        [("Smith", "John A."), ("Jones", "Bob")],
        2019,
        "Journal of Science Policy",
        "12",
        "3",
        "45-60",
        subtitle="A case study",
        short_container="J. Sci. Policy",
        print_year=2020,
        online_year=2019,
    )
    work = crossref_work(record)
    assert work is not None
    assert work.doi == "10.1234/jsp.2019.045"
    assert work.title == "Cooperation in research networks"
    assert "Cooperation in research networks: A case study" in work.titles
    assert work.authors[0] == ("Smith", "John A.")
    assert work.years == (2019, 2020)
    assert work.containers == ("Journal of Science Policy", "J. Sci. Policy")
    assert (work.volume, work.issue, work.pages) == ("12", "3", "45-60")
    assert work.score == 1.0 and not work.is_preprint


def test_crossref_updated_by_from_publisher_and_retraction_watch() -> None:
    record = crossref_record(
        "10.1/a",
        "A study",
        updated_by=[
            update_entry("10.1/notice", "retraction", "Retraction"),
            update_entry("10.1/a", "Expression of Concern", "Expression of concern",
                         source="retraction-watch"),
        ],
    )  # fmt: skip
    work = crossref_work(record)
    assert work is not None
    assert work.updates == (
        Update("10.1/notice", "retraction", "Retraction", "publisher", "2021-07-26"),
        Update("10.1/a", "expression_of_concern", "Expression of concern", "retraction-watch",
               "2021-07-26"),
    )  # fmt: skip


def test_crossref_notice_update_to_names_its_target() -> None:
    notice = crossref_record(
        "10.1/notice", "Retraction notice to: A study",
        update_to=[update_entry("10.1/A", "retraction", "Retraction")],
    )  # fmt: skip
    work = crossref_work(notice)
    assert work is not None
    assert [(u.notice, u.target, u.type) for u in work.update_to] == [
        ("10.1/notice", "10.1/a", "retraction")
    ]


def test_crossref_preprint_relation() -> None:
    record = crossref_record(
        "10.31234/osf.io/abc",
        "A preprint",
        kind="posted-content",
        subtype="preprint",
        relation={"is-preprint-of": [{"id-type": "doi", "id": "10.1037/PUB123",
                                      "asserted-by": "subject"}]},
    )  # fmt: skip
    work = crossref_work(record)
    assert work is not None and work.is_preprint
    assert work.preprint_of == ("10.1037/pub123",)


def test_openalex_work() -> None:
    record = openalex_record(
        "10.1/x", "Title here", ["John A. Smith"], 2019, "Journal", "12", "3", "45", "60",
        is_retracted=True,
    )  # fmt: skip
    work = openalex_work(record)
    assert work is not None
    assert work.doi == "10.1/x" and work.retracted_flag
    assert work.authors == (("", "John A. Smith"),)
    assert (work.pages, work.volume, work.containers) == ("45-60", "12", ("Journal",))


@pytest.mark.parametrize(
    "container",
    ["Journal of Things", ["Journal of Things"]],
    ids=["string", "list"],
)
def test_csl_work_container_string_or_list(container: Any) -> None:
    record = csl_record("10.5281/zenodo.1", "Data set", [("Lee", "A.")], 2021)
    record["container-title"] = container
    work = csl_work(record)
    assert work is not None
    assert work.containers == ("Journal of Things",) and work.source == "doi"


@pytest.mark.parametrize(
    "record",
    [None, [], "text", {"title": 5, "author": "x", "issued": "2019", "DOI": None}],
    ids=["none", "list", "string", "wrong-types"],
)
def test_odd_input_never_raises(record: Any) -> None:
    for parse in (crossref_work, openalex_work, csl_work):
        work = parse(record)
        assert work is None or work.titles == ()
