"""Volume and issue numbers: parsed, stored, exported."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlite_utils import Database

from bibcheck.manuscript import parse_bytes
from bibcheck.parse.references import parse_reference
from bibcheck.store.documents import load_document, save_document


@pytest.mark.parametrize(
    ("text", "styles", "volume", "issue"),
    [
        pytest.param(
            "Петров, П. Статья о чём-то / П. Петров // Вопросы экономики. - 2020. "
            "- № 5. - С. 45-47.",
            False,
            None,
            "5",
            id="gost-issue",
        ),
        pytest.param(
            "Ivanov, I. Article / I. Ivanov // Journal of Things. - 2019. - Vol. 12, "
            "No. 3. - P. 10-20.",
            False,
            "12",
            "3",
            id="gost-volume-and-issue",
        ),
        pytest.param(
            "Сидоров, С. Статья / С. Сидоров // Известия. - 2018. - Т. 7. - С. 1-9.",
            False,
            "7",
            None,
            id="gost-russian-volume",
        ),
        pytest.param(
            "Smith, J., & Doe, A. (2021). Regional trade statistics. Journal of Trade, "
            "12(3), 45–67.",
            True,
            "12",
            "3",
            id="apa",
        ),
        pytest.param(
            "A book without numbers. - Moscow : Nauka, 2020. - 240 p.",
            False,
            None,
            None,
            id="book-has-none",
        ),
    ],
)
def test_parsed(text: str, styles: bool, volume: str | None, issue: str | None) -> None:
    ref = parse_reference(text, (1,), detect_styles=styles)
    assert (ref.volume, ref.issue) == (volume, issue)


def test_stored_and_exported(db: Database) -> None:
    from bibcheck.export.bibtex import export_bibtex
    from bibcheck.export.csl import export_csl_json
    from bibcheck.export.ris import export_ris

    text = (
        "Claim<sup>1</sup>.\n\n---\n\n<sup>1</sup> Ivanov, I. Article / I. Ivanov // "
        "Journal of Things. - 2019. - Vol. 12, No. 3. - P. 10-20.\n"
    )
    doc = parse_bytes(text.encode(), "m.md")
    save_document(db, doc, size=1, now=datetime(2026, 1, 1, tzinfo=UTC))
    ref = load_document(db, doc.id).footnotes[0].reference
    assert (ref.volume, ref.issue) == ("12", "3")
    bib = export_bibtex(db)
    assert "volume = {12}" in bib and "number = {3}" in bib
    csl = export_csl_json(db)
    assert '"volume": "12"' in csl and '"issue": "3"' in csl
    ris = export_ris(db)
    assert "VL  - 12" in ris and "IS  - 3" in ris
