"""Every anomaly about another file names that file: an anomaly of a footnote written in
an included chapter, or of a literature entry read from a project's bibliography page or
a ``.bib``, is shown at ``file:line``; one at a line of the document itself (or outside
the note or entry it concerns) stays ``line N``."""

from __future__ import annotations

import pytest

from bibcheck.cli.commands import _where
from bibcheck.model import (
    Anomaly,
    AnomalyCode,
    Footnote,
    LiteratureEntry,
    ParsedDocument,
    Reference,
)


def _doc() -> ParsedDocument:
    return ParsedDocument(
        id="x",
        path="main.tex",
        reader="latex",
        title=None,
        encoding="utf-8",
        footnotes=(
            Footnote("1", 1, 6, Reference(raw="a", line=6, end_line=7), file="ch/intro.tex"),
            Footnote("2", 2, 30, Reference(raw="b", line=30, end_line=30)),
        ),
        literature=(
            LiteratureEntry(
                1, 104, Reference(raw="c", line=104, end_line=106), "K", "../biblio.rst"
            ),
        ),
    )


def _at(line: int | None, footnote: str | None = None, entry: int | None = None) -> Anomaly:
    return Anomaly(AnomalyCode.REFERENCE_UNPARSED, "m", line, footnote, entry)


@pytest.mark.parametrize(
    ("anomaly", "want"),
    [
        (_at(7, footnote="1"), "ch/intro.tex:7"),  # a footnote of an included chapter
        (_at(105, entry=1), "../biblio.rst:105"),  # an entry of the bibliography page
        (_at(30, footnote="2"), "line 30"),  # a footnote of the document itself
        (_at(12, footnote="1"), "line 12"),  # outside the note it concerns: the document's
        (_at(104), "line 104"),  # concerning no note or entry
        (_at(None, entry=1), "document"),
    ],
)
def test_where(anomaly: Anomaly, want: str) -> None:
    assert _where(_doc(), anomaly) == want
