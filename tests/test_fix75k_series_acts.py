"""fix75k: a series statement after the title (``Title. Name of the Series, Vol. 77.``,
``Title. Üretici Broşürü No. 12.``) is the series, no part of the title; an EU act whose
subject names another act's number (``… repealing Regulation (EC) No 123/2010.``) ends its
title at that sentence, the Official Journal after it no title either."""

from __future__ import annotations

import pytest

from bibcheck.parse.references import parse_reference

SERIES = [
    # (entry, title, series)
    (
        "International Agency for Research on Cancer. Some industrial chemicals. IARC "
        "Monographs on the Evaluation of Carcinogenic Risks to Humans, Vol. 77. Lyon: IARC; 2000.",
        "Some industrial chemicals",
        "IARC Monographs on the Evaluation of Carcinogenic Risks to Humans 77",
    ),
    (
        "Karadeniz Tarımsal Araştırma Enstitüsü. Fındıkta hasat önerileri. Üretici Broşürü "
        "No. 12. Samsun: KTAE; 2018.",
        "Fındıkta hasat önerileri",
        "Üretici Broşürü 12",
    ),
    (
        "World Health Organization. Evaluation of certain contaminants in food. WHO Technical "
        "Report Series, No. 1002. Geneva: WHO; 2017.",
        "Evaluation of certain contaminants in food",
        None,
    ),
    (
        "Bundesamt für Naturschutz. Moore in Deutschland. Naturschutz und Biologische "
        "Vielfalt, Heft 45. Bonn: BfN; 2019.",
        "Moore in Deutschland",
        None,
    ),
]


@pytest.mark.parametrize("detect", [True, False])
@pytest.mark.parametrize(("text", "title", "series"), SERIES)
def test_series_after_title(text: str, title: str, series: str | None, detect: bool) -> None:
    ref = parse_reference(text, [1], detect_styles=detect)
    assert ref.title == title
    if series is not None and detect:
        assert ref.series == series


GUARDS = [
    # a title with a number that is no series' (pass on main)
    ("Lee K. Symphony No. 5 and its reception. London: Faber; 2001.", "Symphony No. 5"),
    ("Ortiz M. Coastal erosion in Bay No. 7 since 1990. Lima: Costa; 2015.", "Coastal erosion"),
]


@pytest.mark.parametrize(("text", "start"), GUARDS)
def test_numbered_title_is_kept(text: str, start: str) -> None:
    ref = parse_reference(text, [1], detect_styles=True)
    assert (ref.title or "").startswith(start)
    assert ref.series is None


ACTS = [
    (
        "Commission Regulation (EU) 2021/1234 of 3 May 2021 on limits for nitrates in food and "
        "repealing Regulation (EC) No 123/2010. Official Journal of the European Union. "
        "2021;L 210:5-9.",
        "Commission Regulation (EU) 2021/1234 of 3 May 2021 on limits for nitrates in food and "
        "repealing Regulation (EC) No 123/2010",
    ),
    (
        "European Commission. Commission Regulation (EU) 2022/55 of 1 March 2022 amending "
        "Regulation (EU) No 10/2011. Off J Eur Union. 2022;L 9:1-4.",
        "Commission Regulation (EU) 2022/55 of 1 March 2022 amending Regulation (EU) No 10/2011",
    ),
]


@pytest.mark.parametrize("detect", [True, False])
@pytest.mark.parametrize(("text", "title"), ACTS)
def test_eu_act_title_kept_whole(text: str, title: str, detect: bool) -> None:
    assert parse_reference(text, [1], detect_styles=detect).title == title
