"""Retractions in every shape, concerns, corrections (never retractions), preprints."""

from __future__ import annotations

from typing import Any

import pytest

from bibcheck.model import VerifyVerdict
from bibcheck.verify.status import status_of, version_of
from bibcheck.verify.works import Work, crossref_work, openalex_work
from tests.registryserver import crossref_record, openalex_record, update_entry

DOI = "10.1/study"


def work(**changes: Any) -> Work:
    record = crossref_record(DOI, changes.pop("title", "A study of things"), **changes)
    found = crossref_work(record)
    assert found is not None
    return found


def notice(kind: str, label: str, target: str = DOI, doi: str = "10.1/notice") -> Work:
    found = crossref_work(
        crossref_record(doi, f"{label}: A study of things",
                        update_to=[update_entry(target, kind, label)])
    )  # fmt: skip
    assert found is not None
    return found


@pytest.mark.parametrize(
    ("subject", "notices", "openalex", "verdict"),
    [
        (work(updated_by=[update_entry("10.1/n", "retraction", "Retraction")]), [], None,
         VerifyVerdict.RETRACTED),
        (work(updated_by=[update_entry("10.1/n", "retraction", "Retraction",
                                       source="retraction-watch")]), [], None,
         VerifyVerdict.RETRACTED),
        (work(updated_by=[update_entry("10.1/n", "withdrawal", "Withdrawal")]), [], None,
         VerifyVerdict.RETRACTED),
        (work(updated_by=[update_entry("10.1/n", "removal", "Removal")]), [], None,
         VerifyVerdict.RETRACTED),
        (work(updated_by=[update_entry("10.1/n", "partial_retraction", "Partial retraction")]),
         [], None, VerifyVerdict.RETRACTED),
        (work(), [notice("retraction", "Retraction")], None, VerifyVerdict.RETRACTED),
        (work(title="RETRACTED: A study of things"), [], None, VerifyVerdict.RETRACTED),
        (work(title="Retracted article: A study of things"), [], None, VerifyVerdict.RETRACTED),
        (work(title="[Retracted] A study of things"), [], None, VerifyVerdict.RETRACTED),
        (work(title="WITHDRAWN: A study of things"), [], None, VerifyVerdict.RETRACTED),
        (work(), [], openalex_work(openalex_record(DOI, "A study", is_retracted=True)),
         VerifyVerdict.RETRACTED),
        (work(updated_by=[update_entry("10.1/n", "expression_of_concern",
                                       "Expression of concern")]), [], None,
         VerifyVerdict.CONCERN),
        (work(), [notice("expression_of_concern", "Expression of concern")], None,
         VerifyVerdict.CONCERN),
        (work(updated_by=[update_entry("10.1/n", "correction", "Correction")]), [], None,
         VerifyVerdict.CORRECTED),
        (work(updated_by=[update_entry("10.1/n", "erratum", "Erratum")]), [], None,
         VerifyVerdict.CORRECTED),
        (work(), [notice("corrigendum", "Corrigendum")], None, VerifyVerdict.CORRECTED),
        (work(updated_by=[update_entry("10.1/n", "correction", "Correction"),
                          update_entry("10.1/m", "retraction", "Retraction")]), [], None,
         VerifyVerdict.RETRACTED),
        (work(), [notice("retraction", "Retraction", target="10.1/another")], None,
         VerifyVerdict.CURRENT),
        (work(title="Retracted bodies of water"), [], None, VerifyVerdict.CURRENT),
        (work(updated_by=[update_entry("10.1/n", "new_version", "New version")]), [], None,
         VerifyVerdict.CURRENT),
        (work(), [], openalex_work(openalex_record(DOI, "A study")), VerifyVerdict.CURRENT),
    ],
    ids=["updated-by-publisher", "updated-by-retraction-watch", "withdrawal", "removal",
         "partial-retraction", "update-to-on-notice", "title-retracted-colon",
         "title-retracted-article", "title-bracketed", "title-withdrawn", "openalex-flag",
         "concern-on-work", "concern-on-notice", "correction-only", "erratum-only",
         "corrigendum-on-notice", "correction-and-retraction", "notice-for-another-work",
         "retracted-as-a-word", "new-version", "openalex-not-retracted"],
)  # fmt: skip
def test_status(
    subject: Work, notices: list[Work], openalex: Work | None, verdict: VerifyVerdict
) -> None:
    assert status_of(subject, notices, openalex).verdict is verdict


def test_a_work_found_in_openalex_carries_its_own_flag() -> None:
    found = openalex_work(openalex_record(None, "A study", is_retracted=True))
    assert found is not None
    assert status_of(found).verdict is VerifyVerdict.RETRACTED


def test_reinstatement_after_a_retraction_cancels_it() -> None:
    reinstated = work(
        updated_by=[
            update_entry("10.1/n", "retraction", "Retraction", year=2019),
            update_entry("10.1/r", "reinstatement", "Reinstatement", year=2022),
        ]
    )
    assert status_of(reinstated).verdict is VerifyVerdict.CURRENT


def test_status_names_the_notice() -> None:
    status = status_of(work(), [notice("retraction", "Retraction")])
    assert status.notices == ("10.1/notice",)
    assert "10.1/notice" in status.detail and "2021" in status.detail


def test_preprint_with_published_version() -> None:
    preprint = crossref_work(
        crossref_record(
            "10.31234/osf.io/abcd", "A preprint", kind="posted-content", subtype="preprint",
            relation={"is-preprint-of": [{"id-type": "doi", "id": "10.1037/pub0001",
                                          "asserted-by": "subject"}]},
        )
    )  # fmt: skip
    assert preprint is not None
    assert version_of(preprint) == (VerifyVerdict.PREPRINT_PUBLISHED, ("10.1037/pub0001",))
    assert version_of(work()) is None
