"""Vancouver entries seen on health pages (fix66j): a publisher between the journal and
the year, a newspaper's article dated by its day, an entry that is only names."""

from __future__ import annotations

from typing import Any

import pytest

from bibcheck.model import AnomalyCode, RefKind
from bibcheck.parse.references import parse_reference

ARTICLE = RefKind.ARTICLE


def _parsed(text: str) -> Any:
    return parse_reference(text, (1,), detect_styles=True)


@pytest.mark.parametrize(
    ("text", "host", "publisher", "year", "volume", "issue", "pages"),
    [
        pytest.param(
            "Haverford T, Min J. Spectral methods in relaxometry. *Prog Nucl Magn Reson "
            "Spectrosc*. Elsevier B.V.; 2013;72:1-20.",
            "Prog Nucl Magn Reson Spectrosc",
            "Elsevier B.V.",
            2013,
            "72",
            None,
            "1-20",
            id="italic-journal-elsevier",
        ),
        pytest.param(
            "Quist AB. Fibre and the gut. Nutrients. MDPI AG; 2020;12(3):801-12.",
            "Nutrients",
            "MDPI AG",
            2020,
            "12",
            "3",
            "801-12",
            id="plain-journal-mdpi-issue",
        ),
        pytest.param(
            "Ramos E, Holt P. Spine density in mice. J. Neurosci. Society for Neuroscience; "
            "2005 Mar;25(4):123-30.",
            "J. Neurosci",
            "Society for Neuroscience",
            2005,
            "25",
            "4",
            "123-30",
            id="dotted-journal-society-month",
        ),
    ],
)
def test_publisher_between_journal_and_year(
    text: str,
    host: str,
    publisher: str,
    year: int,
    volume: str,
    issue: str | None,
    pages: str,
) -> None:
    ref = _parsed(text)
    assert ref.kind is ARTICLE
    assert (ref.host, ref.publisher, ref.year) == (host, publisher, year)
    assert (ref.volume, ref.issue, ref.pages) == (volume, issue, pages)


@pytest.mark.parametrize(
    ("text", "host"),
    [
        pytest.param(
            "Campbell D. Hospital waiting lists reach a record. *The Guardian*. 19 May 2024.",
            "The Guardian",
            id="en-day-month-year",
        ),
        pytest.param(
            "Dupont M. Les urgences sous tension. *Le Monde*. 3 mai 2024.",
            "Le Monde",
            id="fr",
        ),
        pytest.param(
            "Weber K. Kliniken am Limit. Süddeutsche Zeitung. 4. Mai 2024.",
            "Süddeutsche Zeitung",
            id="de-dotted-day",
        ),
        pytest.param(
            "García L. Las urgencias colapsan. *El País*. 5 de mayo de 2024.",
            "El País",
            id="es-de-month-de",
        ),
    ],
)
def test_newspaper_dated_by_day_is_an_article(text: str, host: str) -> None:
    ref = _parsed(text)
    assert ref.kind is ARTICLE
    assert ref.host == host
    assert ref.year == 2024
    assert not [a for a in ref.anomalies if a.code is AnomalyCode.YEAR_MALFORMED]


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        pytest.param(
            "D. M. Wolk, J. E. Rosenblatt, and K. Lee.",
            ("D. M. Wolk", "J. E. Rosenblatt", "K. Lee"),
            id="initials-first-and",
        ),
        pytest.param(
            "Wolk DM, Rosenblatt JE, Lee K.",
            ("Wolk DM", "Rosenblatt JE", "Lee K"),
            id="vancouver-names",
        ),
        pytest.param(
            "Wolk, D. M., Rosenblatt, J. E. & Lee, K.",
            ("Wolk, D. M.", "Rosenblatt, J. E.", "Lee, K."),
            id="inverted-ampersand",
        ),
        pytest.param(
            "Wolk DM, Lee K, et al.",
            ("Wolk DM", "Lee K"),
            id="vancouver-et-al",
        ),
    ],
)
def test_names_alone_are_said(text: str, authors: tuple[str, ...]) -> None:
    ref = _parsed(text)
    assert ref.authors == authors
    assert ref.title is None
    unparsed = [a for a in ref.anomalies if a.code is AnomalyCode.REFERENCE_UNPARSED]
    assert unparsed and "only names" in unparsed[0].message and unparsed[0].line == 1
