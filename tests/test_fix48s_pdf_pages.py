"""Session 48, fix helper s: PDF-to-text with form feeds between pages.

* an author-date paper through ``pdftotext``, its pages split by form feeds, is read as
  pdf-text (without them, as plain text);
* a refusal counts the entries under a References heading written one under another with
  no blank line (as ``pdftotext`` gives them), not its paragraphs.
"""

from __future__ import annotations

import pytest

from bibcheck.readers import choose
from bibcheck.readers.evidence import citation_evidence, describe

PAGES = [
    "Tides in small harbours\nB. Author\n\n1. Introduction\nTidal range in enclosed basins "
    "was first modelled by Harris (1958), whose\nestimates were later revised for shallow "
    "inlets (Okafor & Lind, 2004).\nSilting changes the picture over decades (Vance, 1999)."
    "\n\nPage 1 of 3\n",
    "2. Methods\nWe follow the gauge protocol of Okafor and Lind (2004) at six sites and\n"
    "compare the readings with the archive series kept since 1950 (Harris, 1958).\nEach "
    "gauge was read at slack water, as Vance (1999) recommends.\n\nPage 2 of 3\n",
    "3. Results\nThe range fell at four of the six sites, as the silting model predicts\n"
    "(Vance, 1999); two sites kept their range (cf. Okafor & Lind, 2004).\nReferences\n"
    "Harris, R. T. (1958). Tides of enclosed basins. Journal of Coastal Studies,\n4(2), "
    "11–29.\nOkafor, N. C., & Lind, P. (2004). Shallow inlets and their gauges. Estuary\n"
    "Notes, 19, 201–224.\nVance, S. (1999). Silting in small harbours. Marine Works "
    "Quarterly, 7(1),\n1–18.\n\nPage 3 of 3\n",
]


@pytest.mark.parametrize(
    ("separator", "reader"),
    [pytest.param("\f", "pdf-text", id="form-feeds"), pytest.param("\n", "plain-text", id="none")],
)
def test_author_date_pages(separator: str, reader: str) -> None:
    assert choose("paper.txt", separator.join(PAGES)).reader.name == reader


@pytest.mark.parametrize(
    ("listing", "said"),
    [
        pytest.param(
            "Harris, R. T. (1958). Tides.\nJournal, 4, 1–9.\nOkafor, N. C., & Lind, P. (2004). "
            "Inlets.\nVance, S. (1999). Silting.\n",
            "with 3 entries under it",
            id="entries-no-blank-line",
        ),
        pytest.param(
            "Harris, R. T. (1958). Tides of enclosed basins.\n\nOkafor, N. C. (2004). Shallow "
            "inlets.\n",
            "with 2 paragraphs under it",
            id="one-per-paragraph",
        ),
        pytest.param(
            "Some closing remarks on tides\nand on the harbours we saw.\n",
            "with 1 paragraph under it",
            id="prose",
        ),
    ],
)
def test_refusal_counts_entries(listing: str, said: str) -> None:
    text = "Body text about tides and harbours.\n\nReferences\n" + listing
    assert said in describe(citation_evidence(text))
