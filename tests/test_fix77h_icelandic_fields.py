"""fix77h: what Icelandic author-date lists print after a quoted title.

* the access phrase ``Sótt 3. mars 2024 af https://…`` (also ``Skoðað …``): no host, no
  part of the title (:mod:`bibcheck.parse.references.fields`);
* a thesis's designation after the closing mark „…“ (``MA-ritgerð, Háskóli X``): a thesis
  (:mod:`bibcheck.parse.references.thesis`);
* a genre word after it (``Talnagrunnur``, a statistics office's database; ``Gagnasafn``,
  a data set): a ``web`` source (:mod:`bibcheck.parse.references.genre_after`).

All examples are invented.
"""

from __future__ import annotations

import datetime

import pytest

from bibcheck.model import RefKind, ThesisType
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.fields import find_access_date
from bibcheck.parse.references.thesis import designation


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("„Titill.“ Sótt 3. mars 2024 af https://example.is/a", datetime.date(2024, 3, 3)),
        ("„Titill.“ Skoðað 14. október 2021.", datetime.date(2021, 10, 14)),
        ("„Titill.“ Sótt þann 1. febrúar 2020 af https://example.is/b", datetime.date(2020, 2, 1)),
    ],
)
def test_icelandic_access_date(text: str, day: datetime.date) -> None:
    found = find_access_date(text)
    assert found is not None
    assert found.value == day


def test_icelandic_access_phrase_takes_its_from_word() -> None:
    text = "„Titill.“ Sótt 3. mars 2024 af https://example.is/a"
    found = find_access_date(text)
    assert found is not None
    assert text[found.end :].strip() == "https://example.is/a"


def test_sott_as_a_noun_is_no_access_label() -> None:
    # ("sótt" is also a disease: a label only before its date)
    assert find_access_date("Sótt og dauði á Íslandi 1550–1700. Reykjavík: Hólar, 2009.") is None


# (entry, title, kind, host, url)
PAGES = [
    (
        "Veðurstofa Íslands. 2023. „Úrkoma í Reykjavík 1920–2022.“ Talnagrunnur. "
        "Sótt 5. maí 2024 af https://example.is/talnagrunnur/urkoma.",
        "Úrkoma í Reykjavík 1920–2022",
        RefKind.WEB,
        None,
        "https://example.is/talnagrunnur/urkoma",
    ),
    (
        "Fiskistofa. 2022. „Landanir eftir höfnum 2010–2021.“ Gagnasafn. "
        "Sótt 2. júní 2023 af https://example.is/gogn/landanir.",
        "Landanir eftir höfnum 2010–2021",
        RefKind.WEB,
        None,
        "https://example.is/gogn/landanir",
    ),
    (
        "Landhelgisgæslan. 2021. „Saga varðskipanna.“ Sótt 9. apríl 2024 af "
        "https://example.is/saga-vardskipa.",
        "Saga varðskipanna",
        RefKind.WEB,
        None,
        "https://example.is/saga-vardskipa",
    ),
]


@pytest.mark.parametrize(("text", "title", "kind", "host", "url"), PAGES)
def test_icelandic_web_entries(
    text: str, title: str, kind: RefKind, host: str | None, url: str
) -> None:
    ref = parse_reference(text, (1,), detect_styles=True)
    assert ref.title == title
    assert ref.kind is kind
    assert ref.host == host
    assert ref.url == url


THESES = [
    (
        "Helga Þorsteinsdóttir. 2016. „Kaupfélögin og sjávarþorpin 1920–1950.“ MA-ritgerð, "
        "Háskóli Íslands. https://example.org/handle/1946/12345.",
        ("Helga Þorsteinsdóttir",),
        "Kaupfélögin og sjávarþorpin 1920–1950",
        ThesisType.MASTERS,
    ),
    (
        "Ari Þ. Bjarnason. 2012. „Vitar og vitaverðir.“ BA-ritgerð, Háskóli Íslands.",
        ("Ari Þ. Bjarnason",),
        "Vitar og vitaverðir",
        ThesisType.OTHER,
    ),
    (
        "Bjarnason, Ari. 2020. „Hafnir og heimili.“ Doktorsritgerð, Háskóli Íslands.",
        ("Bjarnason, Ari",),
        "Hafnir og heimili",
        ThesisType.DOCTORAL,
    ),
]


@pytest.mark.parametrize(("text", "authors", "title", "degree"), THESES)
def test_icelandic_theses(
    text: str, authors: tuple[str, ...], title: str, degree: ThesisType
) -> None:
    ref = parse_reference(text, (1,), detect_styles=True)
    assert ref.authors == authors
    assert ref.title == title
    assert ref.kind is RefKind.THESIS
    assert ref.thesis_type is degree


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("„Vitar.“ MA-ritgerð, Háskóli Íslands.", "MA-ritgerð"),
        ("„Vitar“ Dissertation, Universität Wien.", "Dissertation"),
    ],
)
def test_designation_after_german_icelandic_closing_mark(text: str, said: str) -> None:
    found = designation(text)
    assert found is not None
    assert found.text == said
