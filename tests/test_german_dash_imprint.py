"""The DIN / geoscience author-year list: ``Names (Year): Title. – Imprint or journal``."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference

CASES = [
    pytest.param(
        "Hartwig, L.; Sommer, B. (2011): Böden und Sickerwasser im Norddeutschen Tiefland. "
        "– Göttingen: Vandenhoeck.",
        (("Hartwig, L.", "Sommer, B."), "Böden und Sickerwasser im Norddeutschen Tiefland"),
        (2011, RefKind.BOOK, None, None, None, "Göttingen", "Vandenhoeck"),
        id="book-two-authors",
    ),
    pytest.param(
        "Albrecht, C.; Weiß, D.; Kranz, O. (2008): Chloridfahnen im Buntsandstein. "
        "– Hydrogeologie aktuell 17 (2): 112–130.",
        (("Albrecht, C.", "Weiß, D.", "Kranz, O."), "Chloridfahnen im Buntsandstein"),
        (2008, RefKind.ARTICLE, "Hydrogeologie aktuell", "17", "2", None, None),
        id="article-volume-issue",
    ),
    pytest.param(
        "Okafor, N. (2019): Tracer tests in karst aquifers. – Journal of Karst Studies 88: 4021.",
        (("Okafor, N.",), "Tracer tests in karst aquifers"),
        (2019, RefKind.ARTICLE, "Journal of Karst Studies", "88", None, None, None),
        id="article-article-number",
    ),
    pytest.param(
        "Bundesanstalt für Gewässerkunde (2016): Sedimentbilanz der Elbe – Stand 2015. "
        "– Koblenz: BfG (Mitteilungen 31/2016).",
        (("Bundesanstalt für Gewässerkunde",), "Sedimentbilanz der Elbe – Stand 2015"),
        (2016, RefKind.REPORT, None, None, None, "Koblenz", "BfG"),
        id="body-numbered-series-report",
    ),
    pytest.param(
        "Geologischer Dienst Sachsen (2013): Quellkataster Erzgebirge. – Freiberg.",
        (("Geologischer Dienst Sachsen",), "Quellkataster Erzgebirge"),
        (2013, RefKind.REPORT, None, None, None, "Freiberg", None),
        id="body-place-only-report",
    ),
    pytest.param(
        "Lindqvist, E. (2005): Moorböden. – In: Haber, J. (Hrsg.): Bodenkunde im Gelände. "
        "– Heidelberg: Quelle, S. 41–58.",
        (("Lindqvist, E.",), "Moorböden"),
        (2005, RefKind.CHAPTER, "Bodenkunde im Gelände", None, None, "Heidelberg", "Quelle"),
        id="chapter-in-edited-book",
    ),
]


@pytest.mark.parametrize(("text", "head", "facts"), CASES)
def test_dash_imprint(
    text: str,
    head: tuple[tuple[str, ...], str],
    facts: tuple[int, RefKind, str | None, str | None, str | None, str | None, str | None],
) -> None:
    ref = parse_reference(text, [1], detect_styles=True)
    assert (ref.authors, ref.title) == head
    assert (ref.year, ref.kind, ref.host, ref.volume, ref.issue, ref.place, ref.publisher) == facts


def test_gost_area_dash_still_gost() -> None:
    # a GOST entry keeps its areas: no year in parentheses before a colon
    ref = parse_reference(
        "Иванов, И. И. Подземные воды. – Москва : Наука, 2010. – 200 с.", [1], detect_styles=True
    )
    assert ref.style == "gost"
