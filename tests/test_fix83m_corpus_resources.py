"""Round 83 (fix83m): a corpus, a database or a resource named as online is a data set.

A corpus cited by its name (its version, release or abbreviation after it) and served online
or distributed by a body, and an NLM ``[Internet]`` entry whose name calls it online, a
database, a compendium or a corpus, are ``web`` (tests/corpus/README.md, "Kinds of
sources": data sets and databases).  A book about corpora, a printed corpus volume and an
online book of no such name stay books.  Every example is invented.
"""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.corpus_resource import corpus_title, online_title
from tests.growth import growth

WEB = [
    pytest.param(
        "Scots Syntax Atlas Online [Internet]. Glasgow: University of Glasgow; 2019 [cited "
        "2025 Jan 4]. Available from: https://ssa.example.org/",
        "Scots Syntax Atlas Online",
        id="nlm-online-name",
    ),
    pytest.param(
        "Weber K, editor. Early Welsh Compendium [Internet]. Aberystwyth: National Library "
        "of Wales; 2016 [cited 2025 Feb 1]. Available from: https://ewc.example.org/",
        "Early Welsh Compendium",
        id="nlm-edited-compendium",
    ),
    pytest.param(
        "Lakeland Place-Name Database [Internet]. Lancaster: Lancaster University; 2021 "
        "[cited 2025 Feb 1]. Available from: https://lpd.example.org/",
        "Lakeland Place-Name Database",
        id="nlm-database",
    ),
    pytest.param(
        "Dictionnaire du moyen français en ligne [Internet]. Nancy: ATILF; 2015 [cité le 3 "
        "févr. 2025]. Disponible sur : https://dmf.example.org/",
        "Dictionnaire du moyen français en ligne",
        id="nlm-french-en-ligne",
    ),
    pytest.param(
        "Orrin P. The Northumbrian Speech Corpus (NSC) [Internet]. Durham: Durham University; "
        "2011 [cited 2025 Mar 2]. Available from: https://nsc.example.org/",
        "The Northumbrian Speech Corpus (NSC)",
        id="nlm-corpus-with-publisher",
    ),
    pytest.param(
        "The Welsh National Corpus, version 2 (WNC TEI Edition). 2019. Distributed by "
        "Cardiff University on behalf of the WNC Team. URL: http://wnc.example.org/",
        "The Welsh National Corpus, version 2 (WNC TEI Edition)",
        id="distributed-with-version",
    ),
    pytest.param(
        "Novotná, J., & Dvořák, P. (2021). *Slovak Spoken Corpus – ORAL2021*. Bratislava: "
        "Institute of Linguistics. https://korpus.example.sk/oral2021",
        "Slovak Spoken Corpus – ORAL2021",
        id="apa-release",
    ),
    pytest.param(
        "Národní korpus slovenštiny [online]. Bratislava: Jazykovedný ústav; 2022 [cit. "
        "2025-02-01]. Dostupné z: https://nks.example.sk/",
        "Národní korpus slovenštiny",
        id="slavic-national-corpus",
    ),
]


@pytest.mark.parametrize(("text", "title"), WEB)
def test_corpus_or_online_resource_is_web(text: str, title: str) -> None:
    ref = parse_reference(text, (1,), detect_styles=True)
    assert ref.kind is RefKind.WEB
    assert ref.title == title


BOOKS = [
    pytest.param(
        "Holt R, Maddox J. Corpus stylistics: a practical guide [Internet]. Leeds: Leeds "
        "University Press; 2014 [cited 2025 Jan 4]. Available from: https://x.example.org/",
        id="book-about-corpora-online",
    ),
    pytest.param(
        "Corpus of Medieval Bell Inscriptions. Vol. 2. Oxford: Clarendon Press; 1991.",
        id="printed-corpus-volume",
    ),
    pytest.param(
        "Harbour rules and tide tables [Internet]. Hull: Harbour Board; 2019 [cited 2024 "
        "Mar 2]. Available from: https://tides.example.org/",
        id="online-book-no-such-name",
    ),
    pytest.param(
        "Peel, A. (2017). *The Ossianic Corpus*. Edinburgh University Press.",
        id="book-titled-corpus-printed",
    ),
    pytest.param(
        "Peel, A. (2017). *The Ossianic Corpus*. Edinburgh University Press. "
        "https://www.example.org/ossian",
        id="book-titled-corpus-by-a-press-with-link",
    ),
    pytest.param(
        "Barlow, M. (2019). *Exploring the Welsh National Corpus with WordTree*. Cardiff: Seren.",
        id="book-on-a-corpus",
    ),
    pytest.param(
        "Nowak, A. (2015). *Narodowy korpus języka kaszubskiego*. Gdańsk: Wydawnictwo "
        "Uniwersytetu Gdańskiego. https://www.example.pl/nkjk",
        id="printed-national-corpus-by-a-house",
    ),
]


@pytest.mark.parametrize("text", BOOKS)
def test_books_stay_books(text: str) -> None:
    assert parse_reference(text, (1,), detect_styles=True).kind is RefKind.BOOK


@pytest.mark.parametrize(
    ("title", "corpus", "online"),
    [
        ("British Spoken Corpus", True, True),
        ("Corpus of Early Scottish Letters", True, True),
        ("Национальный корпус белорусского языка", True, True),
        ("Արևմտահայերենի ազգային կորպուս", True, True),
        ("ქართული ენის ეროვნული კორპუსი", True, True),
        ("Irish Music Online", False, True),
        ("Corpus linguistics and the law", False, False),
        ("Corpus Christi plays of York", False, False),
        ("The online self", False, False),
        ("A compendium of Welsh verse forms", False, False),
    ],
)
def test_titles(title: str, corpus: bool, online: bool) -> None:
    assert corpus_title(title) is corpus
    assert online_title(title) is online


@pytest.mark.parametrize("unit", ["Corpus ", "corpus (a) ", ", version 1", " – AB12", "x corpus "])
def test_linear(unit: str) -> None:
    assert growth(lambda n: corpus_title(unit * n + "!"), 200, 800) < 6
    assert growth(lambda n: online_title(unit * n + "!"), 200, 800) < 6
