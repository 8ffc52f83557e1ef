"""A link shown by its host, or by its beginning cut with an ellipsis, is no defect.

Word and web notes often show a long address shortly: ``www.example.org`` linked to
``https://www.example.org/files/report-2020.pdf``, or ``example.org/files/…``.  That is
the same address displayed shortly, not a link text that differs from its target; another
host, or another path, still is (:func:`bibcheck.urls.shortened_display`).
"""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode as C
from bibcheck.urls import extract_urls, shortened_display
from tests.test_reader_docx import build_docx, link, note, p, ref, t

TARGET = "https://www.archivio-esempio.it/documenti/relazione_2020%20finale.pdf"


@pytest.mark.parametrize(
    ("label", "shortened"),
    [
        pytest.param("www.archivio-esempio.it", True, id="host"),
        pytest.param("archivio-esempio.it", True, id="host-without-www"),
        pytest.param("https://www.archivio-esempio.it/", True, id="host-with-scheme"),
        pytest.param("WWW.Archivio-Esempio.it", True, id="host-in-capitals"),
        pytest.param("www.archivio-esempio.it/documenti/…", True, id="ellipsis"),
        pytest.param("www.archivio-esempio.it/documenti/relazione_2020 fin...", True, id="dots"),
        pytest.param("www.archivio-esempio.it/documenti", False, id="another-page"),
        pytest.param("www.archivio-esempio.it/altro/…", False, id="another-path-cut"),
        pytest.param("www.altro-archivio.it", False, id="another-host"),
        pytest.param("archivio-esempio.it.example.com", False, id="host-inside-another"),
        pytest.param("", False, id="empty"),
        pytest.param("the report", False, id="words"),
    ],
)
def test_shortened_display(label: str, shortened: bool) -> None:
    assert shortened_display(label, TARGET) is shortened


def test_markdown_link_shown_by_its_host() -> None:
    found = extract_urls(f"Relazione, [https://www.archivio-esempio.it]({TARGET}).", (1,))
    assert [u.url for u in found.urls] == [TARGET]
    assert not found.anomalies
    other = extract_urls(f"Relazione, [https://www.altro.it/x]({TARGET}).", (1,))
    assert {a.code for a in other.anomalies} == {C.URL_LINK_TEXT_DIFFERS}


def test_word_note_link_shown_by_its_host() -> None:
    body = [p(t("Title"), style="Title"), p(t("Il rapporto lo conferma."), ref(1), ref(2))]
    notes = [
        note(
            1,
            t("Banca Mondiale, Relazione annuale, Roma 2021, "),
            link("rIdF2", "www.worldbank.org"),
            t("."),
        ),
        note(
            2,
            t("Banca Mondiale, Relazione, Roma 2021, "),
            link("rIdF2", "www.worldbank.org/rapporto"),
            t("."),
        ),
    ]
    doc = parse_bytes(build_docx(body=body, footnotes=notes), "rapporto.docx")
    differs = [a.footnote for a in doc.all_anomalies() if a.code is C.URL_LINK_TEXT_DIFFERS]
    assert differs == ["2"]
