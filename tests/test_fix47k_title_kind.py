"""Fix 47k: a title's own parts are not an author or a name's given part.

- a long title goes on after its comma as a description of the work ("…, Translated
  Faithfully into English"): an authorless note, not "Organisation, Title";
- "Body, Title: subtitle in lower case" is no "Surname, Given: Title" (a title opens with a
  capital or a name of its own);
- an element naming the document's genre ("Technical guide", "Final report") after the
  title ends it, the publisher next: a report.
Own fixtures, in the shapes real documents use."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import chicago, elsevier, generic, german, parse_reference
from tests.test_regex_growth import assert_linear


@pytest.mark.parametrize(
    ("text", "authors", "title"),
    [
        pytest.param(
            "The Holy Bible, Conteyning the Old Testament and the New (London: Robert "
            "Barker, 1611), sig. A3r.",
            (),
            "The Holy Bible, Conteyning the Old Testament and the New",
            id="conteyning",
        ),
        pytest.param(
            "The Booke of Psalmes, Translated Faithfully into English Metre (Amsterdam: "
            "Giles Thorp, 1612), 14.",
            (),
            "The Booke of Psalmes, Translated Faithfully into English Metre",
            id="translated-faithfully",
        ),
        pytest.param(
            "The Psalter of David, Newly Corrected and Amended (London: John Day, 1570), 8.",
            (),
            "The Psalter of David, Newly Corrected and Amended",
            id="newly-corrected",
        ),
        pytest.param(
            "La Sainte Bible, Traduite sur les textes originaux (Paris: Cerf, 1956), 12.",
            (),
            "La Sainte Bible, Traduite sur les textes originaux",
            id="french-traduite",
        ),
        # (an organisation before a title of its own stays the author)
        pytest.param(
            "Department for Transport, Newly Licensed Drivers (London: DfT, 2012), 3.",
            ("Department for Transport",),
            "Newly Licensed Drivers",
            id="org-newly-not-participle",
        ),
    ],
)
def test_title_goes_on_after_comma(text: str, authors: tuple[str, ...], title: str) -> None:
    ref = parse_reference(text, [1], detect_styles=True, note=True)
    assert (ref.authors, ref.title) == (authors, title)


@pytest.mark.parametrize(
    ("text", "authors", "title", "kind"),
    [
        pytest.param(
            "Cerema, Pedestrian bridges: dynamic design of light decks, Technical guide, "
            "Cerema, Lyon, 2014.",
            ("Cerema",),
            "Pedestrian bridges: dynamic design of light decks",
            RefKind.REPORT,
            id="body-technical-guide",
        ),
        pytest.param(
            "ProBridge, Monitoring of timber decks: final findings, Final report, ProBridge "
            "consortium, 2016.",
            ("ProBridge",),
            "Monitoring of timber decks: final findings",
            RefKind.REPORT,
            id="body-final-report",
        ),
    ],
)
def test_body_then_lowercase_subtitle(
    text: str, authors: tuple[str, ...], title: str, kind: RefKind
) -> None:
    ref = parse_reference(text, [1], detect_styles=True)
    assert (ref.authors, ref.title, ref.kind) == (authors, title, kind)


@pytest.mark.parametrize(
    ("text", "authors", "title"),
    [
        # (a title may open with a name of its own, in lower case with a digit or a capital)
        pytest.param(
            "Weber, K.; Lang, P.: arc7 – Leitfaden für Softwaredokumentation. 2021.",
            ("Weber, K.", "Lang, P."),
            "arc7 – Leitfaden für Softwaredokumentation",
            id="brand-title",
        ),
        pytest.param(
            "Müller, Hans: Geschichte der Stadt. Berlin: Beispielverlag, 2001.",
            ("Müller, Hans",),
            "Geschichte der Stadt",
            id="german",
        ),
    ],
)
def test_german_shape_kept(text: str, authors: tuple[str, ...], title: str) -> None:
    fields = german.parse(text)
    assert fields is not None
    assert (fields.authors, fields.title) == (authors, title)


def test_german_shape_refuses_lowercase_subtitle() -> None:
    assert german.parse("Cerema, Bridges: dynamic design of decks, Cerema, Lyon, 2014.") is None


Line = Callable[[int], str]


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "The Bible, " + "Newly " * (n // 6), id="adverbs"),
        pytest.param(lambda n: "The Bible, Translated " + "a" * n, id="long-word"),
    ],
)
def test_title_goes_on_is_linear(line: Line) -> None:
    assert_linear(chicago.parse_note, line)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "Body, Given: " + "a" * n, id="lowercase-word"),
        pytest.param(lambda n: "Body, Given: " + "ab " * (n // 3), id="words"),
    ],
)
def test_german_shape_is_linear(line: Line) -> None:
    assert_linear(german.parse, line)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(
            lambda n: "Body, Title, " + "Technical guide, " * (n // 17) + "2014", id="genres"
        ),
    ],
)
def test_genre_element_is_linear(line: Line) -> None:
    assert_linear(lambda text: elsevier.numbered(("Body",), text), line)


@pytest.mark.parametrize(
    ("text", "authors", "title"),
    [
        pytest.param(
            "ecoinvent. *Methodology of the Life Cycle Inventory Database*; ecoinvent Report "
            "1; ecoinvent Centre: Dübendorf, Switzerland, 2007.",
            ("ecoinvent",),
            "Methodology of the Life Cycle Inventory Database",
            id="lowercase-body-italic-title",
        ),
    ],
)
def test_lowercase_body_before_marked_title(
    text: str, authors: tuple[str, ...], title: str
) -> None:
    ref = parse_reference(text, [1], detect_styles=True)
    assert (ref.authors, ref.title) == (authors, title)


def test_lowercase_sentence_before_plain_title_is_no_body() -> None:
    # (only a marked title makes a lower-case first sentence a body's name)
    assert generic._org_first("see also. Guidelines for Bridges; Lausanne, 2005.") is None
