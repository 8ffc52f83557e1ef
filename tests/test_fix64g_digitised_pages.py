"""The web page of a manuscript's digitised copy, cited by its quoted title, address and
access date, is a web page (the manuscript cited by shelfmark stays unknown: the corpus
documents keep it so)."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.unpublished_kind import archival_kind

_PAGES = [
    # (entry, title)
    (
        'British Library. "Add MS 12345: A Psalter from Norfolk." *Digitised Manuscripts*. '
        "https://www.bl.example.net/manuscripts/add_ms_12345. Accessed 4 March 2024.",
        "Add MS 12345: A Psalter from Norfolk",
    ),
    (
        "Bodleian Library. “MS Douce 321: A Book of Hours.” Digital Bodleian. "
        "https://digital.bodleian.example.net/objects/douce321. Accessed 9 June 2023.",
        "MS Douce 321: A Book of Hours",
    ),
    (
        "British Library. « Add MS 12345 : un psautier de Norwich. » Manuscrits numérisés. "
        "https://www.bl.example.net/manuscripts/add_ms_12345. Consulté le 3 mars 2024.",
        "Add MS 12345 : un psautier de Norwich",
    ),
    (
        "British Library. „Egerton MS 3456: Ein Psalter aus Norfolk.“ Digitalisierte "
        "Handschriften. https://www.bl.example.net/eg_ms_3456. Abgerufen am 5. Mai 2023.",
        "Egerton MS 3456: Ein Psalter aus Norfolk",
    ),
]


@pytest.mark.parametrize(("text", "title"), _PAGES)
def test_digitised_copy_is_web(text: str, title: str) -> None:
    ref = parse_reference(text, (1,))
    assert (ref.kind, ref.title) == (RefKind.WEB, title)
    assert archival_kind(ref, text).kind is RefKind.WEB
