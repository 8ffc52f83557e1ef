"""NLM's scores, recordings and films: the credits after the title and the label's number
(round 81, heldout68's English opera list).

*Citing Medicine* names the people who edited, conducted, directed or performed a work in a
sentence of its own after the title (``Title [CD]. Ensemble; Name A, conductor. Place:
Label; 2001. ABC 123.``): no part of the title (:mod:`.credit_sentence`); the medium in
brackets (``[CD]``, ``[LP]``, ``[sound recording]``, ``[video recording]``, ``[motion
picture]``, ``[score]``) none either, and a recording or a film is ``web`` by the corpus
conventions; the label's catalogue number after the imprint (``OA 1011 D``) is no year.
"""

from __future__ import annotations

import functools

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.credit_sentence import catalogue_number, credits
from tests.growth import growth

_READ = functools.partial(parse_reference, line_starts=[0], detect_styles=True)


@pytest.mark.parametrize(
    ("text", "title", "year", "kind"),
    [
        (
            "Puccini G. Tosca [DVD]. Orchestra of the Royal Opera House; Pappano A, "
            "conductor; Kent J, director. London: Opus Arte; 2011. OA 1052 D.",
            "Tosca",
            2011,
            RefKind.WEB,
        ),
        (
            "Bach JS. Mass in B minor [CD]. Collegium Vocale Gent; Herreweghe P, conductor. "
            "Ghent: Phi; 2012. LPH 002.",
            "Mass in B minor",
            2012,
            RefKind.WEB,
        ),
        (
            "Britten B. Peter Grimes [video recording]. Royal Opera House; Albery T, director. "
            "London: Opus Arte; 2009.",
            "Peter Grimes",
            2009,
            RefKind.WEB,
        ),
        (
            "Mozart WA. Don Giovanni [LP]. Philharmonia Orchestra; Giulini CM, conductor. "
            "London: EMI; 1961. SAN 253.",
            "Don Giovanni",
            1961,
            RefKind.WEB,
        ),
        (
            "Bizet G. Carmen [sound recording]. Wiener Philharmoniker; Karajan H, conductor; "
            "Price L, performer. Hamburg: Deutsche Grammophon; 1963. 445 720-2.",
            "Carmen",
            1963,
            RefKind.WEB,
        ),
        (
            "Verdi G. Otello: dramma lirico [score]. Parker R, editor. Milan: Ricordi; 2001.",
            "Otello: dramma lirico",
            2001,
            RefKind.BOOK,
        ),
        (
            "Gluck CW. Orfeo ed Euridice: azione teatrale. Croll G, editor. Kassel: "
            "Bärenreiter; 1963. BA 2282.",
            "Orfeo ed Euridice: azione teatrale",
            1963,
            RefKind.BOOK,
        ),
        (
            "Dumas A. The three musketeers. Pevear R, translator. New York: Viking; 2006.",
            "The three musketeers",
            2006,
            RefKind.BOOK,
        ),
        (
            "Handel GF. Messiah. Burrows D, arranger. London: Novello; 1987.",
            "Messiah",
            1987,
            RefKind.BOOK,
        ),
        (
            "Ibsen H. Gengangere: et familiedrama. Berg K, Lund E, redaktører. Oslo: "
            "Gyldendal; 1999.",
            "Gengangere: et familiedrama",
            1999,
            RefKind.BOOK,
        ),
    ],
    ids=[
        "dvd-two-roles",
        "cd",
        "video-recording",
        "lp",
        "sound-recording-performer",
        "score-editor",
        "edition-editor-plate",
        "translator",
        "arranger",
        "norwegian-editors",
    ],
)
def test_credits_and_medium_are_no_part_of_the_title(
    text: str, title: str, year: int, kind: RefKind
) -> None:
    ref = _READ(text)
    assert ref.title == title
    assert ref.year == year
    assert ref.kind is kind


def test_editors_after_the_title_are_the_editions() -> None:
    ref = _READ("Verdi G. Otello: dramma lirico. Parker R, Smith K, editors. Milan: Ricordi; 2001.")
    assert ref.authors == ("Verdi G",)
    assert ref.editors == ("Parker R", "Smith K")


@pytest.mark.parametrize(
    ("text", "title", "year"),
    [
        # (names with no role: a title's sentence, as read before)
        (
            "Smith J. The harbour: a history. Oxford: Clarendon; 2014.",
            "The harbour: a history",
            2014,
        ),
        # (a report's number after the imprint is no catalogue number to drop a year for)
        (
            "Smith J. Report on the orchestra. Oxford: OUP; 2014.",
            "Report on the orchestra",
            2014,
        ),
        # (a subtitle sentence with a comma, no role after it)
        (
            "Lowe R. Opera and the state. Paris, Vienna and London. London: Faber; 2003.",
            "Opera and the state. Paris, Vienna and London",
            2003,
        ),
    ],
)
def test_other_sentences_after_the_title_stay(text: str, title: str, year: int) -> None:
    ref = _READ(text)
    assert ref.title == title
    assert ref.year == year


@pytest.mark.parametrize(
    ("sentence", "editors"),
    [
        ("Les Arts Florissants; Christie W, conductor.", ()),
        ("Parker R, editor.", ("Parker R",)),
        ("Parker R, Smith K, editors.", ("Parker R", "Smith K")),
        ("Staatskapelle Dresden; Thielemann C, Dirigent.", ()),
        ("Orchestre de Paris; Dupont M, chef d'orchestre; Roy A, metteur en scène.", ()),
        ("van Elm E, translator.", ()),
        ("Rossi A, a cura di.", ("Rossi A",)),
    ],
)
def test_credit_sentences(sentence: str, editors: tuple[str, ...]) -> None:
    found = credits(sentence)
    assert found is not None
    assert found.editors == editors


@pytest.mark.parametrize(
    "sentence",
    [
        "Smith J, Jones K.",  # names with no role
        "Paris, Vienna and London.",  # a subtitle
        "London: Opus Arte; 2014.",  # an imprint
        "Opera Omnia, série IV, vol. 1.",  # a series
        "The editor.",
        "Letters to the editor, 1890-1910.",
        "Essays on style, editor.",  # a role after no person's name
    ],
)
def test_no_credit_sentences(sentence: str) -> None:
    assert credits(sentence) is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("OA 1131 D.", True),
        ("445 853-2.", True),
        ("SU 3802-2", True),
        ("CDA67500.", True),
        ("OOR IV.1.", True),
        ("8.557043", True),
        ("2014.", False),
        ("1990-2000.", False),
        ("p. 41-63.", False),
        ("London: Opus Arte; 2014.", False),
    ],
)
def test_catalogue_numbers(sentence: str, expected: bool) -> None:
    assert catalogue_number(sentence) is expected


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Atlas of the Paris stage [Internet]. Paris: Maison des sciences; updated 2023 "
            "[cited 2025 Jan 2]. Available from: https://example.org/atlas",
            RefKind.WEB,
        ),
        (
            "Stage archive online [Internet]. London: Stage Trust; c2001-2023 [updated 2023 "
            "Mar 3; cited 2025 Jan 2]. Available from: https://example.org/tao",
            RefKind.WEB,
        ),
        # (an online book says nothing of an update: a book still)
        (
            "Cancer pain relief [Internet]. Geneva: World Health Organization; 1996 [cited "
            "2025 Jan 2]. Available from: https://example.org/cpr",
            RefKind.BOOK,
        ),
    ],
)
def test_an_updated_database_is_web(text: str, kind: RefKind) -> None:
    assert _READ(text).kind is kind


@pytest.mark.parametrize(
    "make",
    [
        lambda n: (
            "Verdi G. Requiem [CD]. "
            + "Wiener Philharmoniker; Solti G, conductor; " * n
            + "London: Decca; 1967."
        ),
        lambda n: "Verdi G. Requiem. " + "Aaa Bbb, " * n + "editor. London: Decca; 1967.",
        lambda n: "Verdi G. Requiem. " + "OA 1131 D. " * n + "London: Decca; 1967.",
        lambda n: (
            "Atlas [Internet]. Paris: Body; "
            + "updated 2023; " * n
            + "[cited 2025 Jan 2]. Available from: https://example.org/a"
        ),
    ],
    ids=["credit-parts", "long-person", "catalogue-runs", "updated-runs"],
)
def test_linear_credit_and_catalogue_reading(make) -> None:  # type: ignore[no-untyped-def]
    assert growth(lambda n: _READ(make(n)), 8, 32) < 6
