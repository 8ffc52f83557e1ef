"""fix57h: an archived copy is no work's url nor title; a SICI DOI wrapped before its <…>."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.archived import original_of, own_and_copy, without_lead_in
from bibcheck.readers.linewrap import sici_continues, url_continues

_WB = "https://web.archive.org/web/20210301120000/"


@pytest.mark.parametrize(
    ("url", "want"),
    [
        (_WB + "https://example.org/a/b?c=1", "https://example.org/a/b?c=1"),
        ("https://web.archive.org/web/2019id_/example.org/page", "http://example.org/page"),
        ("https://web.archive.org/save", None),
        ("https://archive.ph/AbCd1", None),
        ("https://example.org/web/2019/x", None),
    ],
)
def test_original_of(url: str, want: str | None) -> None:
    assert original_of(url) == want


@pytest.mark.parametrize(
    ("urls", "want"),
    [
        ([_WB + "https://example.org/a"], ("https://example.org/a", _WB + "https://example.org/a")),
        (
            [_WB + "https://example.org/a", "https://example.org/a"],
            ("https://example.org/a", _WB + "https://example.org/a"),
        ),
        (["https://example.org/a", "https://example.org/b"], (None, None)),
        (["https://web.archive.org/save"], (None, None)),  # an archive's own page is the work
    ],
)
def test_own_and_copy(urls: list[str], want: tuple[str | None, str | None]) -> None:
    assert own_and_copy(urls) == want


@pytest.mark.parametrize(
    ("rest", "want"),
    [
        ("Title (2016), archived at  , accessed 2 May 2024.", "Title (2016), accessed 2 May 2024."),
        ("Title. Archived from the original on 4 June 2020 at  (retrieved)", "Title. (retrieved)"),
        ("Tytuł, 2019; kopia archiwalna:  ", "Tytuł, 2019"),
        ("Título, archivado desde el original el 3 de marzo de 2020  ", "Título"),
        (
            "The archived papers of the society  , 2010.",
            "The archived papers of the society, 2010.",
        ),
    ],
)
def test_without_lead_in(rest: str, want: str) -> None:
    assert " ".join(without_lead_in(rest).split()).replace(" ,", ",").replace(" .", ".") == want


def test_entry_fields_with_archived_copy() -> None:
    text = (
        "Borough Council. Local plan consultation, maps (2018), archived at <"
        + _WB
        + "https://plans.borough.example/consult?id=7>, accessed 1 May 2024. "
        "https://plans.borough.example/consult?id=7#maps"
    )
    ref = parse_reference(text, (1,), detect_styles=True)
    assert ref.title == "Local plan consultation, maps"
    assert ref.url == "https://plans.borough.example/consult?id=7#maps"
    assert ref.archive_url == _WB + "https://plans.borough.example/consult?id=7"


def test_wikipedia_style_archived_from_the_original() -> None:
    text = (
        "Village Halls Trust (2017) Halls online: a survey. Archived from the original on "
        "2 March 2019 at " + _WB + "https://vht.example.org.uk/halls-online (retrieved 4 May 2024)."
    )
    ref = parse_reference(text, (1,), detect_styles=True)
    assert ref.url == "https://vht.example.org.uk/halls-online"
    assert ref.archive_url == _WB + "https://vht.example.org.uk/halls-online"
    assert ref.title == "Halls online: a survey"


@pytest.mark.parametrize(
    ("line", "following", "want"),
    [
        (
            "x, 211-229. doi:10.1002/(SICI)1097-4571(199903)",
            "    50:3<264::AID-ASI8>3.0.CO;2-J",
            True,
        ),
        ("doi:10.1002/(SICI)1097-4571(199903)50:3", "<264::AID-ASI8>3.0.CO;2-J.", True),
        ("doi:10.1002/(SICI)1097-4571(199903)", "    Accessed 3 May 2024.", False),
        (
            "doi:10.1002/(SICI)1097-4571(199903)50:3<264::AID-ASI8>3.0.CO;2-J",
            "  14:3<1::A>3",
            False,
        ),
        ("doi:10.1016/S0743-0167(02)00068-2", "    14:3<211::AID-X>3.0.CO;2-K", False),
    ],
)
def test_sici_continues(line: str, following: str, want: bool) -> None:
    tail = line.rsplit(None, 1)[-1].split("doi:")[-1]
    assert sici_continues(tail, following) is want
    assert url_continues(line, following) is want


_BRIEF = """\
A BRIEF ON TELECOTTAGES

Telecottages were studied early [1] and their networks mapped [2].

REFERENCES

[1] Marwood, P. and Tull, E. (1999) Rural telecentres and the information economy.
    Journal of Rural Information Studies, 50(3), 264-279. doi:10.1002/(SICI)1097-4571(199903)
    50:3<264::AID-ASI8>3.0.CO;2-J
[2] Village Halls Trust (2017) Halls online: a survey. Archived from the original on
    2 March 2019 at https://web.archive.org/web/20190302101010/https://
    vht.example.org.uk/halls-online (retrieved 4 May 2024).
"""


def test_brief_reads_sici_doi_and_original_url(tmp_path: Path) -> None:
    path = tmp_path / "brief.txt"
    path.write_text(_BRIEF, encoding="utf-8")
    doc = parse_file(str(path))
    first, second = (e.reference for e in doc.literature)
    assert first.doi == "10.1002/(sici)1097-4571(199903)50:3<264::aid-asi8>3.0.co;2-j"
    assert second.url == "https://vht.example.org.uk/halls-online"
    assert (
        second.archive_url
        == "https://web.archive.org/web/20190302101010/https://vht.example.org.uk/halls-online"
    )
