"""Report designations in more languages: a title that opens with the word for "report"
(Somali ``Warbixinta``, Indonesian ``Laporan``, Turkish ``Raporu`` closing it, Swahili
``Ripoti``, Arabic ``تقرير``) or closes with an agency's review genre (``…: A Desk
Study``, ``Desk Review``) names a report; the same words inside a title do not."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        pytest.param(
            "Hawd Water Agency (2018). *Warbixinta biyaha dhulka hoostiisa ee gobolka "
            "Togdheer*. Burco.",
            RefKind.REPORT,
            id="somali-warbixinta",
        ),
        pytest.param(
            "UNDP (2009). *Land Degradation in the Coastal Plain: A Desk Study*. Nairobi: "
            "United Nations Development Programme.",
            RefKind.REPORT,
            id="desk-study",
        ),
        pytest.param(
            "Dinas Kehutanan (2017). *Laporan tahunan hutan lindung Gunung Merapi*. "
            "Yogyakarta: Dinas Kehutanan.",
            RefKind.REPORT,
            id="indonesian-laporan",
        ),
        pytest.param(
            "Orman Genel Müdürlüğü (2020). *Ege bölgesi orman yangınları raporu*. Ankara.",
            RefKind.REPORT,
            id="turkish-raporu",
        ),
        pytest.param(
            "Mwangi, J. (2015). *Ripoti ya hali ya maji safi Pwani*. Dodoma: Wizara ya Maji.",
            RefKind.REPORT,
            id="swahili-ripoti",
        ),
        pytest.param(
            "Axmed, C. (2016). *Sheekooyinka warbixinta iyo dhaqanka*. Muqdisho: Daarta Buugaagta.",
            RefKind.BOOK,
            id="word-inside-title-is-no-cue",
        ),
    ],
)
def test_report_designations(text: str, kind: RefKind) -> None:
    assert parse_reference(text, (1,)).kind is kind
