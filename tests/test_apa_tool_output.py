"""APA 7 entries as citeproc and reference managers write them (italics marked ``*…*`` by
the HTML and Markdown readers), and organisations as authors in author-date and note
styles.  Entries written for these tests."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference


@pytest.mark.parametrize(
    ("text", "kind", "title", "host", "volume", "pages", "publisher"),
    [
        pytest.param(
            "Bell, A. (2018). Tidal ponds and mills. *Journal of Coastal History*, *134*, "
            "12–29. https://doi.org/10.1234/jch.2018.04",
            RefKind.ARTICLE, "Tidal ponds and mills", "Journal of Coastal History", "134",
            "12–29", None, id="article-italic-volume",
        ),
        pytest.param(
            "Cole, I., & Dunn, M. (2021). Root turnover under trees. *Geoderma*, *402*(3), "
            "115312.",
            RefKind.ARTICLE, "Root turnover under trees", "Geoderma", "402", "115312", None,
            id="article-issue",
        ),
        pytest.param(
            "Ruiz, P., & Soto, L. (2023). *Salarios en la región andina* (Documento de "
            "trabajo N.º 45). Organización Regional del Trabajo.",
            RefKind.REPORT, "Salarios en la región andina", None, None, None,
            "Organización Regional del Trabajo", id="report-documento-de-trabajo",
        ),
        pytest.param(
            "Hale, L. (2020). *Sampling soil carbon: A practical guide* (Technical Report "
            "No. 12). Institute for Soils.",
            RefKind.REPORT, "Sampling soil carbon: A practical guide", None, None, None,
            "Institute for Soils", id="report-technical",
        ),
        pytest.param(
            "Morel, J. (2019). *La mesure des crues* (Rapport n° 7). Office des eaux.",
            RefKind.REPORT, "La mesure des crues", None, None, None, "Office des eaux",
            id="report-rapport",
        ),
        pytest.param(
            "Bell, A. (2019). *Tidal mills* (2nd ed.). Dale.",
            RefKind.BOOK, "Tidal mills", None, None, None, "Dale", id="book-edition",
        ),
    ],
)  # fmt: skip
def test_apa_kinds(
    text: str,
    kind: RefKind,
    title: str,
    host: str | None,
    volume: str | None,
    pages: str | None,
    publisher: str | None,
) -> None:
    ref = parse_reference(text, (1,), detect_styles=True)
    assert ref.style == "apa"
    got = (ref.kind, ref.title, ref.host, ref.volume, ref.pages, ref.publisher)
    assert got == (kind, title, host, volume, pages, publisher)


@pytest.mark.parametrize(
    ("text", "authors", "title"),
    [
        pytest.param(
            "Q Core Team. 2022. *Q: A Language for Computing*. Vienna: Q Foundation.",
            ("Q Core Team",), "Q: A Language for Computing", id="author-date-team",
        ),
        pytest.param(
            "J Development Team. 2021. *J Manual*. Oslo: J Society.",
            ("J Development Team",), "J Manual", id="author-date-development-team",
        ),
        pytest.param(
            "Lakes Valley Authority, *Annual Report of the Lakes Valley Authority, 1971* "
            "(Kendal: LVA, 1971).",
            ("Lakes Valley Authority",), "Annual Report of the Lakes Valley Authority, 1971",
            id="note-italic-title-names-the-body",
        ),
        pytest.param(
            "European Commission, Joint Research Centre, Soil Atlas of Europe (Luxembourg: "
            "Publications Office, 2005).",
            ("European Commission", "Joint Research Centre"), "Soil Atlas of Europe",
            id="unit-of-the-first-kept",
        ),
    ],
)  # fmt: skip
def test_corporate_authors(text: str, authors: tuple[str, ...], title: str) -> None:
    ref = parse_reference(text, (1,), detect_styles=True)
    assert (ref.authors, ref.title) == (authors, title)


def test_apa_italic_journal_with_comma() -> None:
    ref = parse_reference(
        "Brun, A., & Koffi, E. (2017). Carbon under alley crops. *Agriculture, Forests & "
        "Soils*, *236*(2), 243–255. https://doi.org/10.1234/afs.2016.12",
        (1,),
        detect_styles=True,
    )
    got = (ref.kind, ref.host, ref.volume, ref.issue, ref.pages)
    assert got == (RefKind.ARTICLE, "Agriculture, Forests & Soils", "236", "2", "243–255")
