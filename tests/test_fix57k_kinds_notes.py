"""Fix 57k: kinds and titles of notes and entries; a note's own link beside a key.

1. Romance-language notes write a book's imprint after its title with commas (``Autor,
   *Título*, Madrid, Editorial, 2003, p. 12.``): the place, the publisher and the year end
   the title, and the work is a book -- a report when it says so -- even when a link to a
   digitised copy follows (:mod:`bibcheck.parse.references.printed_imprint`).
2. A book linked to a digitised library's viewer (Google Books, HathiTrust, BDH, Gallica,
   the Internet Archive) is a book; a work that calls itself an internal report after its
   title is a report, its link notwithstanding.
3. An entry that gives an ISSN, PMID or PMCID and a journal's volume(issue) is an article
   (:mod:`bibcheck.parse.references.serials`); a post of a site named a blog is a web page.
4. An Org footnote citing a key and giving a link of its own: the link fills the entry's
   missing URL, never replaces the entry's own (:mod:`bibcheck.readers.noteurl`).

Own fixtures: invented works on river ports, mills and lighthouses.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.printed_imprint import comma_imprint
from bibcheck.parse.references.reportkind import designated_report
from bibcheck.parse.references.serials import serial_identified
from bibcheck.parse.references.shared import online_medium
from bibcheck.readers.noteurl import note_link
from tests.test_regex_growth import assert_linear

# ------------------------------------------------------------------ the pure functions


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (", Madrid, Editorial Trotta, 2003, p. 12.", ("Madrid", "Editorial Trotta", "2003")),
        (", Torino, Einaudi, 1987.", ("Torino", "Einaudi", "1987")),
        (", Rio de Janeiro, Editora Fiocruz, 2005", ("Rio de Janeiro", "Editora Fiocruz", "2005")),
        (", Ginebra, OMS, 1980, https://x.example/1", ("Ginebra", "OMS", "1980")),
        (", 2003, p. 12.", None),  # a year alone
        (", Madrid, 2003.", None),  # a place and a year, no publisher
        (", vol. 3, Madrid, 2003.", None),
    ],
)
def test_comma_imprint(text: str, want: tuple[str, str, str] | None) -> None:
    found = comma_imprint(text)
    assert (found[1:] if found else None) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Harbour Studies, 12(3), 45-67. ISSN 1234-5679.", True),
        ("Mill Rev. 2019;8(2):101-9. PMID: 31234567.", True),
        ("Coast Health, 4(1), e0123. PMCID: PMC7654321", True),
        ("Harbour Studies, 12(3), 45-67.", False),  # no identifier
        ("Lighthouses. London: Quay Press. ISSN 1234-5679.", False),  # no volume(issue)
        ("Series 12(3), 45-67. ISSN 1234-5679. ISBN 978-0-00-000000-0.", False),  # a book
    ],
)
def test_serial_identified(text: str, want: bool) -> None:
    assert serial_identified(text) is want


@pytest.mark.parametrize(
    ("container", "want"),
    [
        ("Google Testing Blog", True),
        ("The Quayside Weblog", True),
        ("Mill Notes (blog)", True),
        ("Journal of Blog Studies", False),
        ("Harbour History Review", False),
    ],
)
def test_site_named_a_blog(container: str, want: bool) -> None:
    assert online_medium(container) is want


@pytest.mark.parametrize(
    ("text", "title", "want"),
    [
        (
            "Ops group, _Red Builds_, internal report TR-2023-11, <https://wiki.example/x>",
            "Red Builds",
            True,
        ),
        ("Mill team, Pump failures, Internal memorandum, 2021.", "Pump failures", True),
        # the words in the title only
        (
            "A. Reed, Internal reports in firms, Quay Press, 2020.",
            "Internal reports in firms",
            False,
        ),
    ],
)
def test_internal_report_designated(text: str, title: str, want: bool) -> None:
    assert designated_report(text, title) is want


@pytest.mark.parametrize(
    ("text", "doi", "want"),
    [
        (
            "See cite:k; see also https://docs.example.org/plots.html (accessed 2025).",
            None,
            "https://docs.example.org/plots.html",
        ),
        ("As in cite:k, https://doi.org/10.1000/xyz.", "10.1000/xyz", None),  # the entry's DOI
        ("cite:k; https://a.example/1 and https://b.example/2", None, None),  # which one?
        ("As shown in cite:k.", None, None),
    ],
)
def test_note_link(text: str, doi: str | None, want: str | None) -> None:
    found = note_link(text, doi)
    assert (found.url if found else None) == want


# ------------------------------------------------------------------ whole references

_NOTES = [
    # Spanish: the imprint after the title, a full stop inside the title
    (
        "E. Llorente y M. Vidal, El puerto fluvial. Mercaderes y barqueros (1750-1800), "
        "Sevilla, Ediciones del Río, 2004, p. 31.",
        RefKind.BOOK,
        "El puerto fluvial. Mercaderes y barqueros (1750-1800)",
    ),
    # Italian, read up to the year by the style parser
    (
        "G. Ferri, I mulini del Po, Ferrara, Tipografia Estense, 1911, pp. 4-9.",
        RefKind.BOOK,
        "I mulini del Po",
    ),
    # Portuguese, a digitised copy's link after the imprint
    (
        "J. Lobo, Faróis da costa portuguesa, Lisboa, Imprensa Nacional, 1888. Exemplar "
        "digitalizado em <https://purl.example.pt/1234> (consultado em 3 de março de 2025).",
        RefKind.BOOK,
        "Faróis da costa portuguesa",
    ),
    # a body's report with its repository link
    (
        "Comisión Fluvial, Los puertos del Guadalquivir: informe final de la Comisión de "
        "Puertos, Sevilla, CFG, 1979, https://repo.example.es/handle/1/2.",
        RefKind.REPORT,
        "Los puertos del Guadalquivir: informe final de la Comisión de Puertos",
    ),
]


@pytest.mark.parametrize(("text", "kind", "title"), _NOTES)
def test_comma_imprint_notes(text: str, kind: RefKind, title: str) -> None:
    ref = parse_reference(text, [1], detect_styles=True, note=True)
    assert (ref.kind, ref.title) == (kind, title)


def test_quoted_title_is_no_book() -> None:
    # an article's quoted title, then its journal: no imprint read
    ref = parse_reference(
        "A. Reed, «Los barqueros del río», Revista de Historia Fluvial, 12, 3 (2004), pp. 5-9.",
        [1],
        detect_styles=True,
        note=True,
    )
    assert ref.kind is RefKind.ARTICLE


@pytest.mark.parametrize(
    "url",
    [
        "https://books.google.es/books?id=AbCdEf12345C",
        "https://babel.hathitrust.org/cgi/pt?id=uc1.b1234567",
        "http://bdh-rd.bne.es/viewer.vm?id=0000012345&page=1",
        "https://gallica.bnf.fr/ark:/12148/bpt6k1234567",
        "https://archive.org/details/farolesdelacosta00lobo",
    ],
)
def test_viewer_book(url: str) -> None:
    ref = parse_reference(
        f"J. Lobo, Faroles de la costa, trad. de P. Ruiz, 1888. Ejemplar digital, {url}.",
        [1],
        detect_styles=True,
        note=True,
    )
    assert ref.kind is RefKind.BOOK


def test_other_link_stays_web() -> None:
    ref = parse_reference(
        "J. Lobo, Faroles de la costa, 1888, https://www.example.org/faroles.html.",
        [1],
        detect_styles=True,
        note=True,
    )
    assert ref.kind is not RefKind.BOOK


@pytest.mark.parametrize(
    "text",
    [
        "Reed, A. and Hale, B. (2007) Closing the harbour gap: ports in rural Wales. Maritime "
        "Policy, 31(6-7), 359-373. ISSN 0308-5961. https://doi.org/10.1000/mp.2007.1",
        "Hale, B. (2021) Mill workers and their clinics: a survey. Mill Health Open, 5(4), "
        "mho21X101562. PMID: 34000001.",
    ],
)
def test_serial_articles(text: str) -> None:
    assert parse_reference(text, [1], detect_styles=True).kind is RefKind.ARTICLE


def test_blog_post_note() -> None:
    ref = parse_reference(
        'Ann Reed, "Flaky Pumps and How We Fixed Them", Quayside Engineering Blog, 27 May '
        "2016, https://blog.example.com/2016/05/flaky-pumps.html (accessed 3 March 2024).",
        [1],
        detect_styles=True,
        note=True,
    )
    assert ref.kind is RefKind.WEB


def test_internal_report_note() -> None:
    ref = parse_reference(
        "Pump Operations group, _Cost of a Dry Dock_, internal report PO-2022-04, "
        "<https://wiki.example.org/PO-2022-04>.",
        [1],
        detect_styles=True,
        note=True,
    )
    assert ref.kind is RefKind.REPORT


def test_imprint_linear() -> None:
    assert_linear(comma_imprint, lambda n: ", Madrid" + " Madrid" * (n // 7))


# ------------------------------------------------------------------ Org notes

_BIB = """@article{reed2020ports,
  author = {Reed, Ann},
  title = {River ports and their ledgers},
  journal = {Harbour History Review},
  volume = {4}, number = {2}, pages = {1--20}, year = {2020}
}
@article{hale2019mills,
  author = {Hale, Ben},
  title = {Mills of the lower valley},
  journal = {Mill Studies},
  volume = {9}, pages = {5--9}, year = {2019},
  url = {https://millstudies.example/9/5}
}
"""


def _org(tmp_path: Path, note: str) -> Path:
    (tmp_path / "refs.bib").write_text(_BIB, encoding="utf-8")
    path = tmp_path / "notes.org"
    path.write_text(
        "#+TITLE: Ports\n\nThe ledgers were kept by hand.[fn:1]\n\n"
        f"* Footnotes\n\n[fn:1] {note}\n\nbibliography:refs.bib\n",
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize(
    ("note", "want"),
    [
        (
            "As argued in cite:reed2020ports; see also https://ledgers.example.org/scan.html "
            "(accessed 2025-09-30).",
            "https://ledgers.example.org/scan.html",
        ),
        # the entry's own URL kept
        (
            "As argued in cite:hale2019mills; see also https://ledgers.example.org/scan.html.",
            "https://millstudies.example/9/5",
        ),
        ("As argued in cite:reed2020ports.", None),
    ],
)
def test_org_note_link(tmp_path: Path, note: str, want: str | None) -> None:
    doc = parse_file(_org(tmp_path, note))
    notes = [n for n in doc.footnotes if n.label == "1"]
    assert len(notes) == 1
    assert notes[0].reference is not None
    assert notes[0].reference.url == want


# ------------------------------------------------------------------ APA: a subtitle's years


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Llorente, E. y Vidal, M. (2004). El puerto fluvial. Mercaderes y barqueros "
            "(1750-1800). Sevilla: Ediciones del Río.",
            "El puerto fluvial. Mercaderes y barqueros (1750-1800)",
        ),
        (
            "Reed, A. (2003). The harbour. River trade on the Severn (1750–1820). London: "
            "Quay Press.",
            "The harbour. River trade on the Severn (1750–1820)",
        ),
        ("Reed, A. (2003). The harbour (2nd ed.). London: Quay Press.", "The harbour"),
    ],
)
def test_apa_subtitle_with_years(text: str, title: str) -> None:
    ref = parse_reference(text, [1], detect_styles=True)
    assert (ref.kind, ref.title, ref.place) == (
        RefKind.BOOK,
        title,
        "Sevilla" if "Sevilla" in text else "London",
    )
