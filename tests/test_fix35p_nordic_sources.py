"""A Scandinavian (and German, Finnish, English) history chapter's notes and its list of
sources and literature.

* A note's title ends before the volume it cites of a larger work (``…, bd. 3 av
  Arbeiderbevegelsens historie``, ``…, vol. 3 of A History of …``) and before a count of
  volumes (``…, 4 bd.``, ``…, 3 vols.``).
* A list entry's editor is marked after the name in the list's language (``Eide, Martin,
  red.``, ``Schmidt, Hans, Hrsg.``); the title follows the mark.
* An ordinal number written with a full stop (``i det 20. århundre``, ``im 19.
  Jahrhundert``, ``2. painos``) ends no sentence; a title with "!" or "?" inside goes on
  when a capitalised sentence and then the book's facts follow.
* Sub-lists of unprinted (archival) sources and newspapers belong to the list: an
  archive's name in one word (``Riksarkivet``, ``Landsarkivet``, ``Kansallisarkisto``)
  and its boxes (``boks 5``, ``volym 12``) mark an archival source, matched to the entry
  of its archive; a newspaper article (headline, kind of piece, newspaper, date) is an
  issue of the newspaper the list names as a whole.

Own text throughout (invented works, people and archives).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.archival import archival_source
from bibcheck.parse.references.generic import split_sentences
from bibcheck.parse.references.unlisted import newspaper_entry, newspaper_issue, newspaper_named
from bibcheck.readers.common import LITERATURE_WORDS
from bibcheck.readers.listheads import is_list_part_heading
from tests.test_regex_growth import assert_linear


@pytest.mark.parametrize(
    ("note", "title"),
    [
        (
            "Ola Dal, Mellom to kriger, 1919–1939, bd. 4 av Fiskarnes historie i Norge "
            "(Bergen: Vestlandsforlaget, 1988), s. 14.",
            "Mellom to kriger, 1919–1939",
        ),
        (
            "Ola Dal, *Mellom to kriger*, bd. 4 av *Fiskarnes historie* (Bergen: Vest, 1988), s. 14.",
            "Mellom to kriger",
        ),
        (
            "Inger Holm, Byen vokser, bind 2 af Købstadens historie (Aarhus: Univers, 1977), 31.",
            "Byen vokser",
        ),
        (
            "Sven Ek, Skogens folk, band 3 av Norrlands historia (Umeå: Norrbok, 1969), s. 8.",
            "Skogens folk",
        ),
        (
            "Ann Roe, The Canal Age, vol. 2 of A History of Inland Trade (Leeds: Dale, 1981), 40.",
            "The Canal Age",
        ),
        (
            "Eva Roth, Die Gilden, Bd. 2 von Geschichte der Hanse (Lübeck: Nord, 1990), 12.",
            "Die Gilden",
        ),
        (
            "Martin Vik, red., Norsk fiskerihistorie 1800–2000, 3 bd. (Oslo: Fagbok, 2001), 2:15.",
            "Norsk fiskerihistorie 1800–2000",
        ),
        (
            "Olle Berg, Sveriges kyrkor, 8 band (Stockholm: Verbum, 1998), 12.",
            "Sveriges kyrkor",
        ),
        ("Jan Nowak, Dzieje portu, 3 vols. (Gdańsk: Morskie, 1990), 12.", "Dzieje portu"),
        # a title's own comma and number stay
        (
            "Per Lie, Havet, 1800–1900 (Oslo: Tiden, 1990), s. 4.",
            "Havet, 1800–1900",
        ),
    ],
    ids=[
        "nb-bd-av",
        "nb-italic",
        "da-bind-af",
        "sv-band-av",
        "en-vol-of",
        "de-bd-von",
        "nb-count-bd",
        "sv-count-band",
        "en-count-vols",
        "title-comma",
    ],
)
def test_note_title_ends_before_the_volume(note: str, title: str) -> None:
    ref = parse_reference(note, (1,), note=True)
    assert ref.title == title


@pytest.mark.parametrize(
    ("entry", "authors", "title"),
    [
        (
            "Vik, Martin, red. Norsk fiskerihistorie 1800–2000. 3 bd. Oslo: Fagbok, 2001.",
            ("Vik, Martin",),
            "Norsk fiskerihistorie 1800–2000",
        ),
        (
            "Berg, Olle, red. Sveriges kyrkor. Stockholm: Verbum, 1998.",
            ("Berg, Olle",),
            "Sveriges kyrkor",
        ),
        (
            "Roth, Eva, Hrsg. Die Hanse im 15. Jahrhundert. Lübeck: Nord, 1990.",
            ("Roth, Eva",),
            "Die Hanse im 15. Jahrhundert",
        ),
        (
            "Lind, Kaja. Fisket och staten i det 19. århundradet. Lund: Arkiv, 2003.",
            ("Lind, Kaja",),
            "Fisket och staten i det 19. århundradet",
        ),
        (
            "Dvořák, Petr. Přístavy ve 20. století. Praha: Academia, 2004.",
            ("Dvořák, Petr",),
            "Přístavy ve 20. století",
        ),
        (
            "Dal, Ola. Hei – hei! Radioen på landet 1925–1950. Bergen: Vest, 1979.",
            ("Dal, Ola",),
            "Hei – hei! Radioen på landet 1925–1950",
        ),
        (
            "Roe, Ann. Why Wait? The Politics of Delay. London: Dale, 2001.",
            ("Roe, Ann",),
            "Why Wait? The Politics of Delay",
        ),
    ],
    ids=["nb-red", "sv-red", "de-hrsg-ordinal", "sv-ordinal", "cs-ordinal", "bang", "question"],
)
def test_list_entry_fields(entry: str, authors: tuple[str, ...], title: str) -> None:
    ref = parse_reference(entry, (1,), detect_styles=True)
    assert (ref.authors, ref.title) == (authors, title)


def test_question_then_a_journal_is_no_longer_title() -> None:
    # "Why Wait?" then the journal: no book's facts follow, the title ends at "?"
    ref = parse_reference(
        "Roe, Ann. Why Wait? Journal of Delay 12 (2001): 3–4.", (1,), detect_styles=True
    )
    assert ref.title == "Why Wait?"


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("Norge i det 20. århundre. Oslo: Pax, 2005.", 2),
        ("Die Stadt im 19. Jahrhundert. Berlin: Nord, 1990.", 2),
        ("Suomen historia. 2. painos. Helsinki: Otava, 2001.", 4),
        ("Město ve 20. století. Praha: Academia, 2004.", 2),
        ("Budapest a 20. század elején. Budapest: Osiris, 1999.", 2),
        # sentence ends after a number
        ("Studies in Trade 14. London: Dale, 1990.", 2),
        ("Papers of the society 4. London: Dale, 1990.", 2),
        ("As shown in note 12. The rest follows.", 2),
        ("Proceedings of the meeting 3. Springer, 2001.", 2),
        ("Acme analysis software: version 12. College Park, MD: Acme; 2020.", 2),
        ("Zünfte am Ende des 18. Jahrhunderts und danach. Berlin: Nord, 1990.", 2),
    ],
    ids=[
        "nb",
        "de",
        "fi-edition",
        "cs",
        "hu",
        "series",
        "lower-series",
        "prose",
        "publisher",
        "version-place",
        "de-goes-on",
    ],
)
def test_ordinal_numbers_end_no_sentence(text: str, sentences: int) -> None:
    assert len(split_sentences(text)) == sentences


@pytest.mark.parametrize(
    ("text", "archival"),
    [
        ("Riksarkivet (RA), RA/S-2201 Handelsdepartementet, boks 12, mappe «Sild».", True),
        ("Landsarkivet i Lund, Malmö hamndirektion, volym 7.", True),
        ("Rigsarkivet, Handelsministeriet, 2. kontor, pakke 14.", True),
        ("Kansallisarkisto, Kauppa- ja teollisuusministeriö, laatikko 5.", True),
        ("Stadsarchief Rotterdam, toegang 12, doos 8.", True),
        ("Statsarkivet i Bergen, SAB/A-1001 Fiskeridirektøren, eske 3.", True),
        # books about archives are books
        ("Ola Dal, Arkivets historie (Oslo: Tiden, 1990), 4.", False),
        ("Per Lie, Riksarkivet og staten, bd. 2 (Oslo: Tiden, 1990), s. 5.", False),
    ],
)
def test_archives_named_in_one_word(text: str, archival: bool) -> None:
    assert archival_source(text) is archival


@pytest.mark.parametrize(
    ("text", "paper"),
    [
        ("«Fisket svikter», leder, Bergens Tidende, 4. mars 1931, s. 2.", "Bergens Tidende"),
        ("„Der Hafen“, Leitartikel, Hamburger Echo, 12. März 1927, S. 1.", "Hamburger Echo"),
        ("Ann Roe, “Docks Idle Again,” Leeds Mercury, May 3, 1926, 4.", "Leeds Mercury"),
        ("“Sillen uteblir”, Dagens Nyheter, 4 maj 1925, s. 3.", "Dagens Nyheter"),
        ("See *Arbeiderbladet*, 2. januar 1930, s. 1.", "Arbeiderbladet"),
    ],
    ids=["nb-leder", "de-leitartikel", "en-chicago", "sv-headline", "lead-in"],
)
def test_newspaper_article_is_an_issue(text: str, paper: str) -> None:
    assert newspaper_issue(text)
    assert newspaper_named(text) == paper


@pytest.mark.parametrize(
    "text",
    [
        "Ann Roe, “Docks,” Journal of Trade 12, no. 3 (1992): 4.",
        "Ola Dal, «Sildefisket», i Havet, red. Per Lie (Oslo: Tiden, 1990), 4.",
    ],
)
def test_articles_of_journals_and_books_are_no_issues(text: str) -> None:
    assert not newspaper_issue(text)


@pytest.mark.parametrize(
    ("entry", "paper"),
    [
        ("Bergens Tidende (Bergen), 1929–1932.", "Bergens Tidende"),
        ("*Hamburger Echo* (Hamburg), 1925–1927.", "Hamburger Echo"),
        ("Dagens Nyheter, 1925.", "Dagens Nyheter"),
        ("Leeds Mercury, 1920–26.", "Leeds Mercury"),
        ("Dal, Ola. Havet. Oslo: Tiden, 1990.", None),
        ("Roe, Ann, 1990.", None),
    ],
)
def test_newspaper_named_as_a_whole_in_the_list(entry: str, paper: str | None) -> None:
    assert newspaper_entry(entry) == paper


@pytest.mark.parametrize(
    "heading",
    [
        "Aviser",
        "Tidningar",
        "Zeitungen",
        "Arkivkilder",
        "Otryckta källor",
        "Utrykte kilder",
        "Painamattomat lähteet",
        "Journaux",
    ],
)
def test_sub_list_headings(heading: str) -> None:
    assert is_list_part_heading(heading)


@pytest.mark.parametrize(
    "heading", ["kilder og litteratur", "käll- och litteraturförteckning", "litteraturfortegnelse"]
)
def test_list_headings_of_sources_and_literature(heading: str) -> None:
    assert heading in LITERATURE_WORDS


_SWEDISH = """Kapitel 3
Hamnarbetarna och strejken 1931
Hamnarbetarnas förbund växte snabbt under 1920-talet.1 Konflikten i Göteborg
blev en vändpunkt för hela rörelsen.2 Stadens tidningar skrev om saken varje dag.3
Polisens rapporter finns bevarade i länsstyrelsens arkiv.4 Frågan har behandlats
också i den nordiska forskningen.5 Strejkens följder märktes länge.6
1

Lars Ekvall, Hamnens uppgång, band 2 av Svensk hamnhistoria (Stockholm: Tiden,
1991), s. 40.
2
Ibid., s. 52.
3
«Strejken utvidgas», ledare, Västkustens Dagblad, 14 maj 1931, s. 2.
4
Landsarkivet i Göteborg (GLA), Länsstyrelsens kansli, volym 12.
5
Kari Niemelä, red., Satamatyöläiset 1900–1940, 3 band (Helsinki: Otava, 1999),
2:77.
6
Eva Lindqvist, Vem bestämmer? Makten i hamnen 1900–1940 (Lund: Arkiv, 2003), s. 9.

21

Käll- och litteraturförteckning
Otryckta källor
Landsarkivet i Göteborg (GLA). Länsstyrelsens kansli, volym 12.

Tidningar
Västkustens Dagblad, 1930–1932.

Litteratur
Ekvall, Lars. Hamnens uppgång. Band 2 av Svensk hamnhistoria. Stockholm:
Tiden, 1991.
Lindqvist, Eva. Vem bestämmer? Makten i hamnen 1900–1940. Lund: Arkiv, 2003.
Niemelä, Kari, red. Satamatyöläiset 1900–1940. 3 band. Helsinki: Otava,
1999.
"""

_NORWEGIAN = """Kapittel 4
Sildefisket og staten, 1918–1930
Sildefisket sviktet flere år på rad etter krigen.1 Statens svar var først og fremst
lånegarantier til rederiene.2 Avisene på Vestlandet fulgte saken tett.3 Departementets
egne papirer viser hvor uenige embetsmennene var.4 Fiskernes organisasjoner vokste
raskt i de samme årene.5
1

Oddvar Strand, Krise og kontroll, 1918–1930, bd. 2 av Fiskerinæringens historie
(Bergen: Vestlandsforlaget, 1992), s. 61.
2
Ibid., s. 70–72.
3
«Silden uteblir igjen», leder, Vestlandsposten, 9. februar 1925, s. 1.
4
Statsarkivet i Bergen (SAB), SAB/A-1001 Fiskeridirektøren, boks 7, mappe «Lån».
5
Tove Lunde, red., Fiskarlaget 100 år, 2 bd. (Bergen: Fagbok, 2019), 1:45.

Kilder og litteratur
Arkivkilder
Statsarkivet i Bergen (SAB). SAB/A-1001 Fiskeridirektøren, boks 7.

Aviser
Vestlandsposten (Bergen), 1924–1926.

Litteratur
Lunde, Tove, red. Fiskarlaget 100 år. 2 bd. Bergen: Fagbok, 2019.
Strand, Oddvar. Krise og kontroll, 1918–1930. Bd. 2 av Fiskerinæringens historie.
Bergen: Vestlandsforlaget, 1992.
"""


@pytest.mark.parametrize(
    ("text", "entries", "methods"),
    [
        (_SWEDISH, 5, ["title", "title", "issue", "call-number", "title", "title"]),
        (_NORWEGIAN, 4, ["title", "title", "issue", "call-number", "title"]),
    ],
    ids=["swedish", "norwegian"],
)
def test_every_note_tied_to_its_entry(
    tmp_path: Path, text: str, entries: int, methods: list[str]
) -> None:
    path = tmp_path / "kapittel.txt"
    path.write_text(text, encoding="utf-8")
    doc = parse_file(path)
    assert doc.reader == "pdf-text"
    assert len(doc.literature) == entries
    assert [fn.literature.method if fn.literature else None for fn in doc.footnotes] == methods
    assert not [
        a
        for a in doc.all_anomalies()
        if a.code in (AnomalyCode.LITERATURE_MISSING, AnomalyCode.LITERATURE_UNCITED)
    ]
    assert not [a for a in doc.all_anomalies() if a.code.value.startswith("literature-")]


@pytest.mark.parametrize(
    ("call", "line"),
    [
        pytest.param(split_sentences, lambda n: "i det 2. " * (n // 9), id="ordinals"),
        pytest.param(split_sentences, lambda n: "ab 1. " + "x" * n + ". ", id="long-word"),
        pytest.param(archival_source, lambda n: "a" * n + "arkivex, boks 5", id="compound"),
        pytest.param(newspaper_issue, lambda n: "«" + "a, " * (n // 3) + "», x, ", id="headline"),
        pytest.param(newspaper_entry, lambda n: "Ab (Oslo), " + "1923, " * (n // 6), id="entry"),
    ],
)
def test_linear(call: object, line: object) -> None:
    assert_linear(call, line)  # type: ignore[arg-type]
