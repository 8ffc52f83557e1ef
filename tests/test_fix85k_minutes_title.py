"""A meeting's minutes cited in roman: the title closes with the meeting's date (fix85k).

``Minutes of the board, 2 June 2021, item 4. Internal document, not public.``: the item,
the page or the comment after the date is no part of the minutes' title; and a roman
``Minutes of the board, 2 June 2021.`` whose date a parser cut off as the publication's
gets it back, as an italic title did (:mod:`.meeting_minutes`).

Own examples; near-misses keep their readings.
"""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference


@pytest.mark.parametrize(
    ("text", "title", "year"),
    [
        (
            "Minutes of the programme committee, 11 May 2025, item 6. Internal paper of the "
            "society, not circulated.",
            "Minutes of the programme committee, 11 May 2025",
            2025,
        ),
        (
            "Minutes of the programme committee, 11 May 2025, p. 3.",
            "Minutes of the programme committee, 11 May 2025",
            2025,
        ),
        (
            "Minutes of the programme committee, 11 May 2025.",
            "Minutes of the programme committee, 11 May 2025",
            2025,
        ),
        (
            "Protokoll der Sitzung des Beirats, 4. Juni 2023, TOP 2. Nicht veröffentlicht.",
            "Protokoll der Sitzung des Beirats, 4. Juni 2023",
            2023,
        ),
        (
            "Notulen van de bestuursvergadering van 8 april 2022, punt 3. Intern stuk.",
            "Notulen van de bestuursvergadering van 8 april 2022",
            2022,
        ),
    ],
)
def test_minutes_title_closes_at_date(text: str, title: str, year: int) -> None:
    ref = parse_reference(text, [0], detect_styles=True, note=True)
    assert ref.kind is RefKind.REPORT
    assert ref.title == title
    assert ref.year == year


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a span of meetings: no one meeting
        ("Minutes of the programme committee, 1901–1910, item 4. Bound volume.", None),
    ],
)
def test_near_misses_not_minutes_report(text: str, kind: RefKind | None) -> None:
    ref = parse_reference(text, [0], detect_styles=True, note=True)
    assert ref.kind is not RefKind.REPORT


def test_minutes_kept_in_archive_after_date() -> None:
    # (the archive and box after the date, no longer inside the title: an archival item,
    # unknown, as the module says of minutes an archive keeps -- main read it report)
    text = "Minutes of the programme committee, 11 May 2025, Town Archives, box 9."
    assert parse_reference(text, [0], detect_styles=True, note=True).kind is RefKind.UNKNOWN
