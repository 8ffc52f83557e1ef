"""Reader choice at the boundary: a foreign reader beating the file's own by exactly the
margin does not win on its raw score (fix59b)."""

from __future__ import annotations

import re

import pytest

from bibcheck.model import RawDocument
from bibcheck.readers import registry
from bibcheck.readers.registry import MARGIN, Reader, choose

# Each constructed document says how well each fake reader fits it: "home=0.48 away=0.63".
_FIT = re.compile(r"(\w+)=([0-9.]+)")


def _reader(name: str, ext: str) -> Reader:
    def score(text: str) -> float:
        return float(dict(_FIT.findall(text)).get(name, "0"))

    def read(text: str) -> RawDocument:
        return RawDocument(name, None, (), (), (), ())

    return Reader(name, (ext,), score, read)


@pytest.fixture
def fakes(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = {r.name: r for r in (_reader("home", ".hm"), _reader("away", ".aw"))}
    monkeypatch.setattr(registry, "_REGISTRY", fake)
    listed = {name: registry.Entry(name, r.extensions) for name, r in fake.items()}
    monkeypatch.setattr(registry, "_ENTRIES", listed)


@pytest.mark.parametrize(
    ("home", "away", "path", "winner"),
    [
        # exactly the margin: the file's own reader (0.48 - 0.15 is not 0.33 in binary)
        (0.33, 0.48, "doc.hm", "home"),
        (0.5, 0.65, "doc.hm", "home"),
        (0.65, 0.8, "doc.hm", "home"),
        (0.8, 0.95, "doc.hm", "home"),
        # the other way round: a ".aw" file is the away reader's own
        (0.8, 0.65, "doc.aw", "away"),
        (0.65, 0.8, "doc.aw", "away"),
        # beyond the margin the foreign reader wins
        (0.5, 0.66, "doc.hm", "away"),
        (0.33, 0.49, "doc.hm", "away"),
        # within it the file's own wins
        (0.5, 0.6, "doc.hm", "home"),
        # the own reader too weak to count: raw scores decide
        (0.2, 0.35, "doc.hm", "away"),
        # no extension claims the file: raw scores decide, even within the margin
        (0.5, 0.6, "doc.txt", "away"),
    ],
)
@pytest.mark.usefixtures("fakes")
def test_margin_boundary(home: float, away: float, path: str, winner: str) -> None:
    text = f"home={home} away={away}\n"
    choice = choose(path, text)
    assert choice.reader.name == winner
    assert choice.runner_up == ({"home", "away"} - {winner}).pop()


@pytest.mark.usefixtures("fakes")
def test_tie_is_uncertain() -> None:
    """At the boundary the own reader wins and the choice says a reader fits about as well."""
    choice = choose("doc.hm", "home=0.5 away=0.65\n")
    assert (choice.reader.name, choice.confidence) == ("home", 0.5)
    assert choice.runner_up_score == pytest.approx(0.5 + MARGIN)
    assert choice.uncertain
