"""fix77b: whole entries whose editors' marks the readers now take from ``role_marks``.

Heads and hosts with marks of languages each reader did not know before (this file's own
examples, in the shapes these styles print): a Vancouver chapter's host editors after ``I:``
(:mod:`bibcheck.parse.references.native_in`), a Vancouver book headed by its editors with
the mark bare after a comma, and an organisation that edited a report, its mark before the
year (:mod:`bibcheck.parse.references.body_dated`).
"""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference


@pytest.mark.parametrize("mark", [", szerk.", ", Hrsg.", " (toim.)"])
def test_vancouver_chapter_host_editors(mark: str) -> None:
    ref = parse_reference(
        f"Lindgren A. Kapitlets titel. I: Berg K, Holm L{mark}. Bokens titel. Lund: Förlag; "
        "2019. s. 12-30.",
        (1,),
        detect_styles=True,
    )
    assert (ref.authors, ref.title, ref.kind) == (
        ("Lindgren A",),
        "Kapitlets titel",
        RefKind.CHAPTER,
    )


@pytest.mark.parametrize("mark", ["szerk.", "toim.", "Hg."])
def test_vancouver_book_headed_by_its_editors(mark: str) -> None:
    ref = parse_reference(
        f"Pagon RA, Adam MP, {mark} GeneReviews. Seattle: University of Washington; 1993.",
        (1,),
        detect_styles=True,
    )
    assert (ref.authors, ref.title) == (("Pagon RA", "Adam MP"), "GeneReviews")


@pytest.mark.parametrize("mark", ["(szerk.)", "(toim.)", "(útg.)"])
def test_organisation_that_edited_a_report(mark: str) -> None:
    ref = parse_reference(
        f"Statistisches Bundesamt {mark} (2021). Bevölkerung und Erwerbstätigkeit. Wiesbaden.",
        (1,),
        detect_styles=True,
    )
    assert (ref.authors, ref.title, ref.kind) == (
        ("Statistisches Bundesamt",),
        "Bevölkerung und Erwerbstätigkeit",
        RefKind.REPORT,
    )
