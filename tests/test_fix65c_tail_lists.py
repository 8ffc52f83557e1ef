"""fix65c: a list run into one paragraph ("References: A; B; C") and a list with no heading
at the end of a plain text are read, on their own lines."""

from __future__ import annotations

import pytest

from bibcheck.readers import plaintext

_BODIES = {
    "en": (
        "On cooperation\n\n"
        "Cooperation evolves among kin (Hamilton 1964) and among strangers (Axelrod 1984).\n"
        "Reputation matters too (Nowak 2005).\n"
    ),
    "de": (
        "Über Kooperation\n\n"
        "Kooperation entsteht unter Verwandten (Hamilton 1964) und unter Fremden\n"
        "(Axelrod 1984). Auch der Ruf zählt (Nowak 2005).\n"
    ),
}
_ENTRIES = [
    "Axelrod, R. (1984). The Evolution of Cooperation. New York: Basic Books",
    "Hamilton, W. D. (1964). The genetical evolution of social behaviour. Journal of "
    "Theoretical Biology 7, 1-16",
    "Nowak, M. A. (2005). Evolution of indirect reciprocity. Nature 437, 1291-1298",
]


@pytest.mark.parametrize(
    ("body", "heading"),
    [
        pytest.param("en", "References", id="en-references"),
        pytest.param("en", "**References**", id="en-bold"),
        pytest.param("de", "Literatur", id="de-literatur"),
        pytest.param("de", "Literaturverzeichnis", id="de-verzeichnis"),
    ],
)
def test_semicolon_paragraph_is_a_list(body: str, heading: str) -> None:
    text = _BODIES[body] + "\n" + f"{heading}: " + "; ".join(_ENTRIES) + ".\n"
    last = text.count("\n")  # the paragraph's line
    raw = plaintext.read(text)
    assert [n.text.split(",")[0] for n in raw.literature] == ["Axelrod", "Hamilton", "Nowak"]
    assert {n.line for n in raw.literature} == {last}
    assert len(raw.markers) == 3
    assert plaintext.score(text) > 0


def test_semicolon_paragraph_wrapped_keeps_each_entry_line() -> None:
    text = _BODIES["en"] + "\nReferences: " + _ENTRIES[0] + ";\n" + "; ".join(_ENTRIES[1:]) + ".\n"
    first = text.count("\n") - 1
    raw = plaintext.read(text)
    assert [n.line for n in raw.literature] == [first, first + 1, first + 1]


@pytest.mark.parametrize(
    ("body", "separator"),
    [
        pytest.param("en", "\n", id="en-one-a-line"),
        pytest.param("en", "\n\n", id="en-spaced"),
        pytest.param("de", "\n", id="de-one-a-line"),
    ],
)
def test_headless_list_at_the_end_is_read(body: str, separator: str) -> None:
    text = _BODIES[body] + "\n" + separator.join(e + "." for e in _ENTRIES) + "\n"
    raw = plaintext.read(text)
    assert [n.text.split(",")[0] for n in raw.literature] == ["Axelrod", "Hamilton", "Nowak"]
    first = _BODIES[body].count("\n") + 2
    assert raw.literature[0].line == first
    assert len(raw.markers) == 3
