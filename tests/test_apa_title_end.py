"""APA: a title that ends in a one-letter word ("in R.", "vitamin D.", "hepatitis C.") ends
where the venue begins -- before an emphasised journal (``*Journal*``, ``_Journal_``) or a
journal with its volume and pages -- not at the next sentence (table-driven)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.apa import venue_split
from tests.test_regex_growth import assert_linear


@pytest.mark.parametrize(
    ("text", "title", "host", "kind"),
    [
        pytest.param(
            "Okonkwo, A., & Lindqvist, P. (2019). tidyflow: Reproducible Pipelines for Panel "
            "Surveys in R. *Journal of Open Research Software*, 7(2), 1–22. "
            "https://doi.org/10.5555/jors.2019.7.2",
            "tidyflow: Reproducible Pipelines for Panel Surveys in R",
            "Journal of Open Research Software",
            RefKind.ARTICLE,
            id="reST-emphasis-after-R",
        ),
        pytest.param(
            "Marsh, T. (2021). Serum levels of vitamin D. _Clinical Nutrition Letters_, 12, 40–49.",
            "Serum levels of vitamin D",
            "Clinical Nutrition Letters",
            RefKind.ARTICLE,
            id="underscore-emphasis-after-D",
        ),
        pytest.param(
            "Ferreira, L., Ng, K., & Abbas, R. (2016). Treatment uptake among adults with "
            "hepatitis C. Journal of Viral Care, 31(4), 210–218.",
            "Treatment uptake among adults with hepatitis C",
            "Journal of Viral Care",
            RefKind.ARTICLE,
            id="unmarked-journal-volume-pages",
        ),
        # a one-letter word inside the title is no end of it
        pytest.param(
            "Holm, E. (2014). Letters of John Q. Adams to his sons. *Harbour History*, 3(1), 5–19.",
            "Letters of John Q. Adams to his sons",
            "Harbour History",
            RefKind.ARTICLE,
            id="initial-inside-the-title",
        ),
        pytest.param(
            "Reyes, M. (2018). Growing *Quercus robur* from seed. *Forestry Notes*, 9, 1–4.",
            "Growing Quercus robur from seed",
            "Forestry Notes",
            RefKind.ARTICLE,
            id="emphasis-inside-the-title",
        ),
    ],
)
def test_apa_title_ends_before_the_venue(text: str, title: str, host: str, kind: RefKind) -> None:
    ref = parse_reference(text, (1,), detect_styles=True)
    assert (ref.title, ref.host, ref.kind) == (title, host, kind)


@pytest.mark.parametrize(
    "line",
    [
        lambda n: "in R. " * (n // 14) + "*" + "x" * (n // 2),
        lambda n: "in R. " * (n // 14) + "Journal of " + "x" * (n // 2),
        lambda n: "in R. *" * (n // 7),
        lambda n: "a B. Journal" + ", 1" * (n // 3),
    ],
)
def test_the_venue_is_found_in_linear_time(line: Callable[[int], str]) -> None:
    assert_linear(venue_split, line)
