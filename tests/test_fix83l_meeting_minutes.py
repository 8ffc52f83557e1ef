"""Round 83 (fix83l): a body's minutes of one meeting cited in a note by the record's own
italic title with the meeting's date (``Society, *Minutes of the board, 2 May 2023*, item
3.``) are a ``report`` of the meeting's year, the date part of the title, in the languages
such notes are written in; a run of minutes over years, minutes an archive keeps, minutes a
book prints and titles that only hold a date are left.  Every example is invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.parse.references import meeting_minutes as mm
from bibcheck.parse.references import parse_reference
from tests.test_regex_growth import assert_linear


def _note(text: str):  # type: ignore[no-untyped-def]
    return parse_reference(text, (1,), note=True)


@pytest.mark.parametrize(
    ("text", "title", "year"),
    [
        ("Our decision follows Lowfield Heritage Project, *Minutes of the steering group, "
         "9 October 2023*, item 2.", "Minutes of the steering group, 9 October 2023", 2023),
        ("Fenwick Rowing Club, *Minutes of the general committee, 4 May 2021*, item 7.",
         "Minutes of the general committee, 4 May 2021", 2021),
        ("Stichting Beekdal, *Notulen van de bestuursvergadering van 12 maart 2020*, punt 3.",
         "Notulen van de bestuursvergadering van 12 maart 2020", 2020),
        ("Förderverein Altstadt, *Protokoll der Mitgliederversammlung vom 8. Juni 2018*, "
         "TOP 4.", "Protokoll der Mitgliederversammlung vom 8. Juni 2018", 2018),
        ("Amicale des anciens, *Procès-verbal de l'assemblée générale du 14 avril 2022*, "
         "p. 3.", "Procès-verbal de l'assemblée générale du 14 avril 2022", 2022),
        ("Peña cultural, *Acta de la asamblea del 2 de marzo de 2019*, punto 5.",
         "Acta de la asamblea del 2 de marzo de 2019", 2019),
    ],
)  # fmt: skip
def test_minutes_of_one_meeting(text: str, title: str, year: int) -> None:
    ref = _note(text)
    assert (ref.kind.value, ref.title, ref.year) == ("report", title, year)
    assert not [a for a in ref.anomalies if a.code.value == "reference-unparsed"]


@pytest.mark.parametrize(
    ("text", "kind", "year"),
    [
        # a run of minutes over years; minutes kept in an archive (an archival item)
        ("Fenwick Rowing Club, *Minutes of the general committee, 1890–1895*.", "unknown",
         None),
        ("Fenwick Rowing Club, *Minutes of the general committee, 4 May 1891*, Fenwick "
         "Archives, box 3, folder 9.", "unknown", None),
        ("Associação Atlética Serrana, *Ata da reunião da diretoria, 3 mar. 1952*. Acervo "
         "do Clube, Museu Municipal, cx. 2, pasta 5.", "unknown", None),
        # minutes printed in a book: the book's
        ("Fenwick Rowing Club, *Minutes of the general committee, 4 May 1891*. Leeds: Moor "
         "Press, 1990.", "book", 1990),
        # a title holding a date that opens with no minutes' word
        ("Hugh Tarrant, *The Flood of 4 May 1891*, p. 9.", "unknown", 1891),
        # minutes with no date of a meeting: the year printed after the title stays
        ("Fenwick Rowing Club, *Minutes of the Annual General Meeting*, 2019.", "unknown",
         2019),
    ],
)  # fmt: skip
def test_left_as_read(text: str, kind: str, year: int | None) -> None:
    ref = _note(text)
    assert (ref.kind.value, ref.year) == (kind, year)


@pytest.mark.parametrize(
    ("title", "year"),
    [
        ("Minutes of the board, 14 March 2024", "2024"),
        ("Minutes of the board, March 14, 2024", "2024"),
        ("Notulen van 3 mei 2019", "2019"),
        ("Minutes of the board, 14 Marsh 2024", None),  # no month's word
        ("Minutes of 3 May 2019 and 4 June 2019", None),  # two meetings
    ],
)
def test_meeting_year(title: str, year: str | None) -> None:
    assert mm._meeting_year(title) == year


@pytest.mark.parametrize(
    ("call", "line"),
    [
        pytest.param(lambda t: list(mm._DATE.finditer(t)), lambda n: "1 ab " * (n // 5),
                     id="date"),
        pytest.param(lambda t: list(mm._DATE.finditer(t)), lambda n: "Ab 1, " * (n // 6),
                     id="date-us"),
        pytest.param(lambda t: mm._SPAN.search(t), lambda n: "1999 " * (n // 5), id="span"),
        pytest.param(lambda t: mm._KEPT.search(t), lambda n: "archi " * (n // 6), id="kept"),
        pytest.param(lambda t: mm._italic_with_date("Minutes of", "*Minutes of" + t),
                     lambda n: " a" * (n // 2), id="italic"),
    ],
)  # fmt: skip
def test_linear(call: Callable[[str], object], line: Callable[[int], str]) -> None:
    assert_linear(call, line)
