"""A body's web resource in a German note (:mod:`.german_web`): a school or a university as
the body, and the subtitle after the title's first sentence part of the title."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.german_web import body_headed
from tests.test_regex_growth import assert_linear

BODY_WEB = [
    (
        "Kunsthochschule Kassel: Werkstätten. Ein Rundgang durch die Druckerei, "
        "https://werkstatt.example.org/druck (abgerufen am 4. März 2024).",
        ("Kunsthochschule Kassel",),
        "Werkstätten. Ein Rundgang durch die Druckerei",
    ),
    (
        "Universität Rostock: Hafenbilder. Die Sammlung der Fotografien 1890–1930, "
        "https://hafen.example.org/ (Zugriff: 12.01.2024).",
        ("Universität Rostock",),
        "Hafenbilder. Die Sammlung der Fotografien 1890–1930",
    ),
    (
        "Stiftung Tierärztliche Lehranstalt: Pferdeheilkunde. Zur Geschichte eines Fachs, "
        "<https://pferde.example.org/> (aufgerufen am 2.2.2024).",
        ("Stiftung Tierärztliche Lehranstalt",),
        "Pferdeheilkunde. Zur Geschichte eines Fachs",
    ),
    # near-misses, read as before: a portal's name after the title, no subtitle
    (
        "Universitätsbibliothek Rostock: Hafenbilder. Digitale Sammlungen, "
        "https://hafen.example.org/ (Zugriff: 12.01.2024).",
        ("Universitätsbibliothek Rostock",),
        "Hafenbilder",
    ),
    (
        "Landesamt für Denkmalpflege: Hafenbilder, Datenlizenz Deutschland – Version 2.0, "
        "https://hafen.example.org/ (Zugriff: 12.01.2024).",
        ("Landesamt für Denkmalpflege",),
        "Hafenbilder",
    ),
]


@pytest.mark.parametrize("note", [False, True])
@pytest.mark.parametrize(("text", "authors", "title"), BODY_WEB)
def test_body_web_title(text: str, authors: tuple[str, ...], title: str, note: bool) -> None:
    ref = parse_reference(text, [0], detect_styles=True, note=note)
    assert (ref.authors, ref.title, ref.kind) == (authors, title, RefKind.WEB)


def _headed(text: str) -> object:
    return body_headed(parse_reference(text, [0]), text)


@pytest.mark.parametrize(
    ("call", "line"),
    [
        (
            _headed,
            lambda n: "Universität X: Titel. Eine " + "Aus " * (n // 4) + "(Zugriff: 1.1.2024)",
        ),
        (
            _headed,
            lambda n: (
                "Universität X: Titel. Die " + "a, " * (n // 3) + "https x (Zugriff: 1.1.2024)"
            ),
        ),
    ],
)
def test_linear(call: Callable[[str], object], line: Callable[[int], str]) -> None:
    assert_linear(call, line)
