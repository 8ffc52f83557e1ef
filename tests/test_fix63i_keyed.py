"""fix63i: a list keyed ``[Bac78]`` / ``[Duda and Hart, 1973]`` cited by its keys beside
page footnotes, in text from a PDF (:mod:`bibcheck.readers.pdfkeyed`)."""

from __future__ import annotations

import pytest

from bibcheck.readers.notecites import boxing
from bibcheck.readers.pdfkeyed import KeyedCites, entry_key, keyed_entries


@pytest.mark.parametrize(
    ("line", "key"),
    [
        ("[Bac78] John W. Backus. Can programming be liberated", "Bac78"),
        ("[BKK+86] Daniel G. Bobrow, Ken Kahn, Gregor Kiczales", "BKK+86"),
        ("[AFM+ 95] Zena M. Ariola, Matthias Felleisen", "AFM+ 95"),
        ("[Ada93]    Stephen Adams. Efficient sets", "Ada93"),
        ("[Duda and Hart, 1973] Duda, R. and Hart, P. (1973). Pattern", "Duda and Hart, 1973"),
        ("[Müller 2004] Müller, K. Die Sprache der Akten. Berlin", "Müller 2004"),
        ("[12] A. Author. A numbered entry, 2001.", None),
        ("[Online] Available at the address below", None),
        ("[Bac78]", None),  # a key alone: no entry's text on the line
    ],
)
def test_entry_key(line: str, key: str | None) -> None:
    assert entry_key(line) == key


def test_keyed_entries_needs_every_entry_keyed() -> None:
    assert keyed_entries(["Bac78", "Bro86"], ["[Bac78] J. Backus.", "[Bro86] F. Brooks."])
    assert not keyed_entries(["Bac78", "2"], ["[Bac78] J. Backus.", "2. F. Brooks."])
    assert not keyed_entries([], [])


_LABELS = ["Bac78", "Bro86", "Cod70", "Dat04", "Scheirer and Slaney, 1997", "Duda and Hart, 1973"]


@pytest.mark.parametrize(
    ("line", "following", "keys"),
    [
        ("as Brooks said [Bro86] long ago", "", [["Bro86"]]),
        ("two works [Bac78, Cod70] agree", "", [["Bac78", "Cod70"]]),
        ("with a locator [Cod70, section 2.1] and", "", [["Cod70"]]),
        ("a semicolon [Dat04; Bac78] here", "", [["Dat04", "Bac78"]]),
        ("a page [Dat04, p. xxiv] there", "", [["Dat04"]]),
        ("named keys [Duda and Hart, 1973] read", "", [["Duda and Hart, 1973"]]),
        # a citation broken over the line end: read where it starts
        (
            "music features [Scheirer and",
            "Slaney, 1997] were used",
            [["Scheirer and Slaney, 1997"]],
        ),
        ("the start of it [Dij72,", "EWD340] and more", []),  # (no entry Dij72)
        ("an unknown key [Zzz99] is none", "", []),
        ("a number [3] is none", "", []),
    ],
)
def test_keyed_cites(line: str, following: str, keys: list[list[str]]) -> None:
    found = KeyedCites.of(_LABELS).cites(line, following)
    assert [k for _, _, k in found] == keys
    assert all(end <= len(line) for _, end, _ in found)


def test_wrapped_citation_marks_at_line_end() -> None:
    marked = KeyedCites.of(_LABELS).mark("features [Scheirer and", "Slaney, 1997] were")
    assert marked == f"features \x00{boxing('Scheirer and Slaney, 1997')}\x00"
