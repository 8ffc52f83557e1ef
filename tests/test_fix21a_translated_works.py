"""Fix 21 A1: translated, reprinted and multi-volume works in APA -- citations with the
original's date before a slash (``(Weil, 1947/2002, p. 12)``), the translator or editor
of the text after the title (``(J. Doe, Trans.)``), an edited multi-volume work listed
under its range of years (``Doe, J. (Ed.). (1971–1974).``)."""

from __future__ import annotations

import pytest

from bibcheck.model import AnomalyCode, RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.readers.authoryear import author_years, spans
from bibcheck.readers.docx import read_bytes
from tests.test_reader_docx import build_docx, p, t

# APA 7 entries of invented translations and reprints
ENTRIES = [
    (
        "1",
        "Aubertin, C. (2003). Habit and the city (R. Lindqvist, Trans.). Harbour Press. "
        "(Original work published 1961)",
    ),
    (
        "2",
        "Aubertin, C. (1998). Les villes qui se souviennent. Éditions du Pont. "
        "(Original work published 1958)",
    ),
    ("3", "Brisco, T. (2017). Walking archives. Quayside Books."),
    (
        "4",
        "Delacroix-Wren, M. (Ed.). (1978–1981). Places of return (H. Ostby, Ed.; "
        "P. Lamb, Trans.; Vols. 1–4). Meridian University Press. "
        "(Original work published 1969–1975)",
    ),
    ("5", "Fennimore, G. (2010). Streets remembered. Lantern."),
]


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("as habit shapes the city (Aubertin, 1961/2003, p. 41).", ["1"]),
        ("the French edition (Aubertin, 1958/1998) restores the cut", ["2"]),
        ("Aubertin (1961/2003) argued that", ["1"]),
        ("as Aubertin (1958/1998, pp. 12–14) shows", ["2"]),
        ("both (Aubertin, 1961/2003; Brisco, 2017)", ["1", "3"]),
        ("a multi-volume work (Delacroix-Wren, 1969–1975/1978–1981, Vol. 2, pp. ix–xii)", ["4"]),
        ("Delacroix-Wren (1969–1975/1978–1981) gathered", ["4"]),
        ("the volumes (Delacroix-Wren, 1978–1981) appeared", ["4"]),
        # traps: a date no entry has, a ratio of years in prose, another author's years
        ("(Aubertin, 1961/2009)", []),
        ("Fennimore (1961/2003) is no translation", []),
    ],
    ids=[
        "parens-page",
        "parens-bare",
        "narrative",
        "narrative-pages",
        "with-another",
        "multi-volume-ranges",
        "multi-volume-narrative",
        "range-alone",
        "wrong-later-date",
        "other-author",
    ],
)
def test_two_date_citations_cite_their_entry(text: str, labels: list[str]) -> None:
    assert [label for _, _, label in spans(text, author_years(ENTRIES))] == labels


def test_two_date_citations_in_word_leave_no_entry_uncited() -> None:
    paras = [
        p(t("Cities That Remember"), style="Title"),
        p(t("Introduction"), style="Heading1"),
        p(t("Habit shapes the city (Aubertin, 1961/2003, p. 41); Aubertin (1958/1998) ")),
        p(t("restores the cut. Brisco (2017) walks; Fennimore (2010) remembers.")),
        p(t("The volumes (Delacroix-Wren, 1969–1975/1978–1981, Vol. 1) collect them.")),
        p(t("References"), style="Heading1"),
        *(p(t(text), style="Bibliography") for _, text in ENTRIES),
    ]
    raw = read_bytes(build_docx(paras, footnotes=None), "translated.docx")
    assert sorted({m.label for m in raw.markers}) == ["1", "2", "3", "4", "5"]
    assert not [a for a in raw.anomalies if a.code is AnomalyCode.UNCITED_LITERATURE_ENTRY]


def _parse(text: str):  # type: ignore[no-untyped-def]
    return parse_reference(text, (1,), detect_styles=True)


@pytest.mark.parametrize(
    ("text", "title", "kind", "publisher"),
    [
        (
            "Aubertin, C. (2003). Habit and the city (R. Lindqvist, Trans.). Harbour Press.",
            "Habit and the city",
            RefKind.BOOK,
            "Harbour Press",
        ),
        (
            "Aubertin, C. (2003). *Habit and the city* (R. Lindqvist, Trans.). Harbour Press.",
            "Habit and the city",
            RefKind.BOOK,
            "Harbour Press",
        ),
        (
            "Kessler, O. (1994). Notes from the harbour (A. N. Pike, Ed. & Trans.). Lantern. "
            "(Original work published 1931)",
            "Notes from the harbour",
            RefKind.BOOK,
            "Lantern",
        ),
        (
            "Kessler, O. (2001). Hafennotizen (B. Roth, Ed.). Verlag am Kai.",
            "Hafennotizen",
            RefKind.BOOK,
            "Verlag am Kai",
        ),
        (
            "Aubertin, C. (1990). Memory and the quay (J. P. Marsh, Trans.). "
            "*Urban Letters*, *12*, 33–51.",
            "Memory and the quay",
            RefKind.ARTICLE,
            None,
        ),
        (
            "Delacroix-Wren, M. (Ed.). (1978–1981). Places of return (H. Ostby, Ed.; "
            "P. Lamb, Trans.; Vols. 1–4). Meridian University Press. "
            "(Original work published 1969–1975)",
            "Places of return",
            RefKind.BOOK,
            "Meridian University Press",
        ),
        (
            "Delacroix-Wren, M. (Ed.). (1978–1981). *Places of return* (H. Ostby, Ed.; "
            "P. Lamb, Trans.; Vols. 1–4). Meridian University Press.",
            "Places of return",
            RefKind.BOOK,
            "Meridian University Press",
        ),
    ],
    ids=[
        "translator",
        "translator-after-italics",
        "editor-and-translator",
        "editor-of-the-text",
        "translated-article",
        "edited-multi-volume",
        "edited-multi-volume-italics",
    ],
)
def test_translator_and_editor_statements_are_no_part_of_the_title(
    text: str, title: str, kind: RefKind, publisher: str | None
) -> None:
    ref = _parse(text)
    assert ref.style == "apa"
    assert ref.title == title
    assert ref.kind is kind
    if publisher is not None:
        assert ref.publisher == publisher


def test_edited_multi_volume_work_authors_and_year() -> None:
    ref = _parse(
        "Delacroix-Wren, M. (Ed.). (1978–1981). Places of return (H. Ostby, Ed.; "
        "P. Lamb, Trans.; Vols. 1–4). Meridian University Press."
    )
    assert ref.authors == ("Delacroix-Wren, M.",)
    assert ref.year == 1978


def test_a_chapter_translator_keeps_the_chapter_pages() -> None:
    ref = _parse(
        "Kessler, O. (1970). The tide tables. In L. Marsh (Ed.), *Harbour writings* "
        "(T. Brandt, Trans.; pp. 41–58). Lantern. (Original work published 1933)"
    )
    assert ref.kind is RefKind.CHAPTER
    assert ref.title == "The tide tables"
    assert ref.pages == "41–58"


@pytest.mark.parametrize(
    "text",
    [
        "Moravec, Jana K. Printers and Censors in Bohemia (1548–1620). Prague: Karolinum, 2004.",
        "Sandor, Imre. Hymn Books of the Reformed Church (1590–1700). Debrecen: Alföldi, 1978.",
    ],
    ids=["chicago-title-years", "chicago-title-years-2"],
)
def test_a_title_closing_with_its_years_is_no_apa_date(text: str) -> None:
    ref = _parse(text)
    assert ref.style != "apa"
    assert ref.title is not None and ref.title.endswith(")")
