"""The PDF-text reader builds a text's page layout and reading order once (fix63d).

:func:`bibcheck.readers.pdftext.score` and :func:`~bibcheck.readers.pdftext.read` look
for two-column pages first (which takes the page layout and the reading order), then
analyse the text: the analysis uses that layout again when the text it analyses is the
same (no accent to compose), and the numbered-list check works out the reading order
only where it needs it (not for a footnoted text that cites by a few brackets).  The
results are the same as when each step built its own.  Fixtures are made up.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest

from bibcheck.readers import pdftext

_SEASONS = ("spring", "summer", "autumn", "winter", "first week", "last month")
_PLACES = ("guild hall", "quay", "customs house", "market cross", "town gate", "chapel")
_AUTHORS = ("Maren Holt", "Ivar Sand", "Tove Lund", "Erik Dahl", "Sigrid Aas", "Nils Berg")


def _footnoted(pages: int, brackets: bool = False) -> str:
    """A text of ``pages`` pages, each with two footnotes tied to glued markers (and
    bracketed numbers in the body, if asked)."""
    out: list[str] = []
    for p in range(pages):
        a, b = 2 * p + 1, 2 * p + 2
        cite = f" as [{p + 1}], [{p + 2}] show" if brackets else ""
        out.append(
            "\n".join(
                [
                    "Harbour Dues and the Guild",
                    "",
                    f"The dues were raised in the {_SEASONS[p]} of {1700 + 7 * p}.{a} Merchants",
                    f"protested at the {_PLACES[p]}{cite} and the council gave way.{b}",
                    f"Nothing more was heard of the {_PLACES[-1 - p]} dispute.",
                    "",
                    f"{a} {_AUTHORS[p]}, Dues and Tolls (Bergen: Vestland, {1990 + p}), {10 + p}.",
                    f"{b} {_AUTHORS[-1 - p]}, The {_PLACES[p].title()} (Oslo: Norli, {2000 + p}), {20 + p}.",
                    "",
                    f"{p + 1}",
                ]
            )
        )
    return "\f".join(out) + "\n"


def _counted(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    calls: Counter[str] = Counter()
    for name in ("_layout", "reading_order"):
        original = getattr(pdftext, name)

        def wrapper(*args: Any, _f: Callable[..., Any] = original, _n: str = name) -> Any:
            calls[_n] += 1
            return _f(*args)

        monkeypatch.setattr(pdftext, name, wrapper)
    return calls


@pytest.mark.parametrize(
    ("text", "call", "alone"),
    [
        (_footnoted(3), pdftext.score, pdftext._score),
        (_footnoted(3), pdftext.read, pdftext._read),
        (_footnoted(5), pdftext.score, pdftext._score),
        (_footnoted(5), pdftext.read, pdftext._read),
        (_footnoted(4, brackets=True), pdftext.score, pdftext._score),
        (_footnoted(4, brackets=True), pdftext.read, pdftext._read),
    ],
)
def test_layout_and_order_built_once(
    monkeypatch: pytest.MonkeyPatch,
    text: str,
    call: Callable[[str], object],
    alone: Callable[[str], object],
) -> None:
    # (the same result as the analysis building its own layout: a text in one column)
    expected = alone(text)
    calls = _counted(monkeypatch)
    assert call(text) == expected
    assert calls["_layout"] == 1
    assert calls["reading_order"] == 1


@pytest.mark.parametrize("pages", [2, 3, 6])
def test_footnotes_read(monkeypatch: pytest.MonkeyPatch, pages: int) -> None:
    text = _footnoted(pages)
    calls = _counted(monkeypatch)
    assert pdftext.score(text) == pytest.approx(0.85)
    assert len(pdftext.read(text).footnotes) == 2 * pages
    assert calls["_layout"] == 2  # one each


@pytest.mark.parametrize("pages", [3, 4])
def test_footnotes_with_few_brackets_need_no_reading_order(
    monkeypatch: pytest.MonkeyPatch, pages: int
) -> None:
    # tied notes outnumber half the bracketed numbers, which are at least five: no
    # superscript-cited list (that one never has brackets), so no reading order either
    found = pdftext._analyse(_footnoted(pages, brackets=True).replace("\f", "\n"))
    assert pdftext._tied(found) >= 2
    assert pdftext._BRACKETS_MIN <= pdftext._bracket_citations(found) <= 2 * pdftext._tied(found)
    calls = _counted(monkeypatch)
    assert pdftext._numeric(found) is None
    assert calls["reading_order"] == 0
