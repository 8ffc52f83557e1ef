"""fix76f: a Finnish author-date article as pdftotext (no ``-layout``) gives it (own
examples): the list's lines that go on with the entry above (a chapter's host wrapped
after ``Teoksessa`` / ``In:``, the editors' names with ``(toim.):`` and no year, an
imprint ``Publisher, Place.`` alone); a journal's running heads with one space before the
folio (``214 FENNIA 199: 2 (2021)``, ``Authors: Short title 215``); Finnish cases of cited
names (``Niemisen``, ``Lindqvistin``, ``Kosken``) in a document known to be Finnish."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import RefKind
from bibcheck.parse.references import doclanguage, parse_reference
from bibcheck.readers import pdftext
from bibcheck.readers.authoryear import author_years, list_names, spans, unlisted
from bibcheck.readers.bodylanguage import text_language
from bibcheck.readers.finnish_cases import nominatives
from bibcheck.readers.hostwrap import goes_on, imprint_alone
from bibcheck.readers.journalheads import head_folio

GOES_ON = [
    # the host word ends the line above: the editors' names that follow are the host's
    pytest.param(
        "Berg, K. (2011). Järvien synty. Teoksessa",
        "Lind, A., Moss, P. & Kivi, J. (toim.): Järvien kirja, 12–30. Otava, Helsinki.",
        True,
        id="fi-teoksessa-above",
    ),
    pytest.param(
        "Berg, K. (2011). Sjöarnas uppkomst. I:",
        "Lind, A. & Moss, P. (red.): Sjöarnas bok. Stockholm.",
        True,
        id="sv-i-colon-above",
    ),
    pytest.param(
        "Stone, R. (1998). Rivers of the plain. In",
        "Hale, T. & Moor, S. (eds.), Plains, 3–9. London.",
        True,
        id="en-in-above",
    ),
    # the line opens with the host word and names, under a finished line
    pytest.param(
        "Berg, K. (2011). Järvien synty.",
        "Teoksessa Lind, A. & Moss, P. (toim.): Järvien kirja, 12–30. Helsinki.",
        True,
        id="fi-teoksessa-opens",
    ),
    pytest.param(
        "Stone, R. (1998). Rivers of the plain.",
        "In: Hale, T. (ed.) Plains of the North. London.",
        True,
        id="en-in-colon-opens",
    ),
    pytest.param(
        "Stone, R. (1998). Rivers of the plain.",
        "In Hale, T. & Moor, S. (eds.), Plains, 3–9. London.",
        True,
        id="en-in-names-opens",
    ),
    pytest.param(
        "Morel, J. (2004). Les lacs.",
        "Dans J. Morel (dir.), Les eaux de France. Paris.",
        True,
        id="fr-dans-opens",
    ),
    # the editors' names, their mark, a colon and no year, under an unfinished line
    pytest.param(
        "Korhonen, T. (2015). Soiden synty, luku 3",
        "Lind, A. & Moss, P. (toim.): Suokirja. Gaudeamus, Helsinki.",
        True,
        id="editors-undated-under-unfinished",
    ),
    # entries of their own
    pytest.param(
        "Korhonen, T. (2015). Soiden synty. Gaudeamus, Helsinki.",
        "Lind, A. & Moss, P. (toim.): Suokirja. Gaudeamus, Helsinki.",
        False,
        id="editors-head-after-finished",
    ),
    pytest.param(
        "Korhonen, T. (2015). Soiden synty, luku 3",
        "Lind, A. & Moss, P. (toim.) (2014). Suokirja. Gaudeamus, Helsinki.",
        False,
        id="editors-dated-head",
    ),
    pytest.param(
        "Hale, T. (1999). Plains. London University Press.",
        "Inkinen, P. (2001). Tundra. Otava, Helsinki.",
        False,
        id="name-starting-in",
    ),
    pytest.param(
        "Hale, T. (1999). Plains. London University Press.",
        "In Search of Lost Lakes (2003). Film. Yle, Helsinki.",
        False,
        id="title-starting-in",
    ),
    pytest.param(
        "Hale, T. (1999). Plains. London University Press.",
        "In Memoriam JFK (1964). Film. Pathé, London.",
        False,
        id="title-in-then-capitals",
    ),
]


@pytest.mark.parametrize(("prev", "line", "want"), GOES_ON)
def test_goes_on(prev: str, line: str, want: bool) -> None:
    assert goes_on(prev, line) is want


IMPRINTS = [
    pytest.param(
        "Tilastokeskus, Helsinki.",
        "Tilastokeskus (2019). Väestörakenne 2018.",
        True,
        id="body-as-its-own-publisher",
    ),
    pytest.param("Springer, Berlin.", "Hale, T. (1999). Plains.", True, id="publisher-word"),
    pytest.param("Academic Press, London.", "Hale, T. (1999). Plains.", True, id="press-two-words"),
    # a person's name whose given name is a city's
    pytest.param(
        "Reagan, Nancy.",
        "Reagan, Ronald. An American Life. New York: Simon, 1990.",
        False,
        id="person-head-repeated",
    ),
    pytest.param(
        "Nightingale, Florence.", "Hale, T. (1999). Plains.", False, id="person-given-city"
    ),
    pytest.param(
        "Tilastokeskus, Kuopio.",
        "Tilastokeskus (2019). Väestörakenne 2018.",
        False,
        id="unknown-place",
    ),
]


@pytest.mark.parametrize(("line", "head", "want"), IMPRINTS)
def test_imprint_alone(line: str, head: str, want: bool) -> None:
    assert imprint_alone(line, head) is want


FOLIOS = [
    pytest.param("214 FENNIA 199: 2 (2021)", 214, id="journal-issue-lead"),
    pytest.param("Fennia 199(2) (2021) 215", 215, id="journal-issue-tail"),
    pytest.param(
        "Korhonen & Lind: Soiden synty Pohjois-Karjalan vaaroilla ja laaksoissa 215",
        215,
        id="authors-short-title-long",
    ),
    pytest.param("38 Berg et al.: Tidal marshes of the north", 38, id="authors-et-al-lead"),
    pytest.param("12 Smith (2020).", None, id="note-lead"),
    pytest.param("See Smith (2020) 45", None, id="note-tail"),
    pytest.param("Table 3 shows the counts of 1990", None, id="prose"),
]


@pytest.mark.parametrize(("line", "want"), FOLIOS)
def test_head_folio(line: str, want: int | None) -> None:
    assert head_folio(line) == want


NOMINATIVES = [
    pytest.param("Niemisen", "Nieminen", id="nen-genitive"),
    pytest.param("Niemiselle", "Nieminen", id="nen-allative"),
    pytest.param("Lappalaisesta", "Lappalainen", id="nen-elative"),
    pytest.param("Lindqvistin", "Lindqvist", id="consonant-genitive"),
    pytest.param("Smithille", "Smith", id="consonant-allative"),
    pytest.param("Brownia", "Brown", id="consonant-partitive"),
    pytest.param("Kosken", "Koski", id="i-name-genitive"),
    pytest.param("Niemellä", "Niemi", id="i-name-adessive"),
    pytest.param("Sauramon", "Sauramo", id="vowel-genitive"),
]


@pytest.mark.parametrize(("word", "want"), NOMINATIVES)
def test_nominatives(word: str, want: str) -> None:
    assert want in nominatives(word)


@pytest.mark.parametrize("word", ["Lind", "Berg", "Oja", "Kin"])
def test_no_nominative(word: str) -> None:
    assert nominatives(word) == ()


ENTRIES = [
    ("1", "Nieminen, M. & Korhonen, T. (2015). Soiden synty. Gaudeamus, Helsinki."),
    ("2", "Lindqvist, P., Berg, K. & Lind, A. (2011). Jäätiköityminen. Elsevier, Amsterdam."),
    ("3", "Koski, J. (1998). Harjujen kerrostuminen. Fennia 176: 1–20."),
    ("4", "Smith, R. (2004). Eskers of the north. Boreas 33: 5–19."),
]

FINNISH_CITED = [
    pytest.param("Niemisen ja Korhosen (2015) mukaan suot", "1", id="two-nen-genitives"),
    pytest.param("tukee Lindqvistin ym. (2011) käsitystä", "2", id="consonant-et-al"),
    pytest.param("Kosken (1998) tulkinta", "3", id="i-name"),
    pytest.param("kuten Smithillä (2004) on", "4", id="consonant-adessive"),
]


@pytest.mark.parametrize(("text", "label"), FINNISH_CITED)
def test_finnish_cases_cite(text: str, label: str) -> None:
    index = author_years(ENTRIES)
    with doclanguage.written_in("fi"):
        assert [got for _, _, got in spans(text, index)] == [label]


@pytest.mark.parametrize("text", ["Niemisen ja Korhosen (2015) mukaan", "Kosken (1998) tulkinta"])
def test_not_finnish_not_declined(text: str) -> None:
    """(the stem changes are read in a document known to be Finnish only)"""
    assert list(spans(text, author_years(ENTRIES))) == []


def test_finnish_case_is_no_missing_entry() -> None:
    listed = list_names(text for _, text in ENTRIES)
    text = "Niemisen ja Korhosen (2015) sekä Lindqvistin ym. (2011) mukaan; Nurmisen ym. (2019)"
    with doclanguage.written_in("fi"):
        assert [name for _, _, name in unlisted(text, listed)] == ["Nurmisen"]


@pytest.mark.parametrize(
    "entry",
    [
        "Tilastokeskus (2021). Ruutuaineisto 1 km [paikkatietoaineisto]. Versio 2021. "
        "https://example.fi/lataus. Viitattu 2.2.2024.",
        "Metsäkeskus (2022). Metsävaratiedot [paikkatietoaineisto]. https://example.fi/mv.",
    ],
)
def test_geospatial_data_set_is_web(entry: str) -> None:
    ref = parse_reference(entry, [0], detect_styles=True)
    assert ref.kind is RefKind.WEB
    assert ref.title is not None and "[" not in ref.title


def test_finnish_body_language() -> None:
    text = (
        "Tarkastelemme alueen soita ja niiden kehitystä, jota on tutkittu vain vähän. "
        "Suot ovat syntyneet vasta jääkauden jälkeen, kun maa oli kohonnut, ja niiden "
        "kasvu on ollut nopeaa. Tämä tukee käsitystä, että turve kertyi myös kylminä "
        "kausina, mutta tulos on alustava eikä sitä ole vielä verrattu muihin alueisiin, "
        "joiden suot ovat nuorempia kuin täällä."
    )
    assert text_language(text) == "fi"


_DOCUMENT = """\
AAPA 12: 3 (2021) • TUTKIMUS

Soiden synty Pohjois-Karjalan vaaroilla

MATTI KIVI JA ANNA LEHTO

Tiivistelmä
Tarkastelemme alueen soita ja niiden kehitystä, jota on tutkittu vain vähän.

1. Johdanto

Suot ovat syntyneet vasta jääkauden jälkeen, kun maa oli kohonnut (Koski 1998). Niemisen
ja Korhosen (2015) mukaan kasvu on ollut nopeaa, mutta tulos on alustava eikä sitä ole
vielä verrattu muihin alueisiin (Tilastokeskus 2019). Tämä tukee Lindqvistin ym. (2011)
käsitystä, että turve kertyi myös kylminä kausina (Smith 2004, 12–14), joiden suot ovat
nuorempia kuin täällä.

\f44 AAPA 12: 3 (2021)

Aineistona käytettiin kartoitusta, jossa suot rajattiin ilmakuvilta ja niiden syvyydet
mitattiin kairaamalla (Berg 2010). Kairauksia tehtiin kaikkiaan 310, ja niiden tulokset
ovat samaa suuruusluokkaa kuin Smithillä (2004) ja Kosken (1998) aineistossa (Hale
2003; Nieminen & Korhonen 2015). Tulos on alustava eikä sitä ole vielä verrattu muihin.

\fKivi & Lehto: Soiden synty Pohjois-Karjalan vaaroilla 45

Lähteet

Berg, K. (2010). Suon kasvu. Teoksessa
Lind, A., Moss, P. & Oja, J. (toim.): Suokirja, 12–30. Gaudeamus, Helsinki.
Hale, T. (2003). Peat of the plains.
In Moor, S. & Stone, R. (eds.), Northern Mires, 40–52. Academic Press, London.
Koski, J. (1998). Harjujen kerrostuminen. Fennia 176: 1–20.
Lindqvist, P., Berg, K. & Lind, A. (2011). Jäätiköityminen. Elsevier, Amsterdam.
Nieminen, M. & Korhonen, T. (2015). Soiden synty. Gaudeamus, Helsinki.
Smith, R. (2004). Eskers of the north. Boreas 33: 5–19.
Tilastokeskus (2019). Väestörakenne 2018.
Tilastokeskus, Helsinki.
"""


def test_finnish_article(tmp_path: Path) -> None:
    path = tmp_path / "suot.txt"
    path.write_text(_DOCUMENT, encoding="utf-8")
    doc = parse_file(path)
    assert doc.reader == pdftext.NAME
    heads = [e.reference.raw.split(" (", 1)[0] for e in doc.literature]
    assert heads == [
        "Berg, K.",
        "Hale, T.",
        "Koski, J.",
        "Lindqvist, P., Berg, K. & Lind, A.",
        "Nieminen, M. & Korhonen, T.",
        "Smith, R.",
        "Tilastokeskus",
    ]
    cited = sorted(
        (m.line, f.reference.raw.split(",", 1)[0].split(" (", 1)[0])
        for f in doc.footnotes
        for m in f.markers
    )
    assert cited == [
        (12, "Koski"),
        (12, "Nieminen"),  # "Niemisen" / "ja Korhosen (2015)"
        (14, "Lindqvist"),  # "Lindqvistin ym. (2011)"
        (14, "Tilastokeskus"),
        (15, "Smith"),
        (21, "Berg"),
        (22, "Hale"),  # "(Hale" / "2003;"
        (22, "Koski"),  # "Kosken (1998)"
        (22, "Smith"),  # "Smithillä (2004)"
        (23, "Nieminen"),
    ]
    # (the running heads are the pages' furniture, no text)
    assert sum("page artifact" in a.message for a in doc.all_anomalies()) == 2
    missing = [
        a for a in doc.all_anomalies() if "Niemisen" in a.message or "Lindqvistin" in a.message
    ]
    assert missing == []
