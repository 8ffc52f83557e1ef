"""A list label alone on its line (``37.``, ``[12]``) whose entry pdftotext printed a word
to a line, blank lines between: the label joins the entry's first word (fix63j)."""

from __future__ import annotations

import pytest

from bibcheck.readers.hanginglabels import rejoin_labels
from bibcheck.readers.pdftext import read


def _spread(text: str) -> list[str]:
    """``text`` a word to a line, a blank line after each."""
    return [x for word in text.split() for x in (word, "")]


_QUIST = "Quist A. Planning granaries in dry regions. Harbour Press; 1979."
_ALBERS = "Albers K. Getreidespeicher im Dorf. Zeitschrift für Agrargeschichte. 2004;18:45-67."
_ARCE = "Arce L. Los graneros del pueblo: un estudio de campo. Síntesis; 2003."


@pytest.mark.parametrize(
    ("before", "label", "words", "after", "first"),
    [
        (
            "36. Okafor N. Harvest and storage. J Agric Hist. 2001;12:45-60.",
            "37.",
            _QUIST,
            "38. Soto LM. Keeping grain dry. Food Stores. 2015;9:310-331.",
            "37. Quist",
        ),
        (
            "[11] Brenner U. Gruppenarbeit. Waxmann; 2012.",
            "[12]",
            _ALBERS,
            "[13] Dietrich H. Speicher und Ernte. Beltz; 1998.",
            "[12] Albers",
        ),
        (
            "4. Benítez M. Equipos y cosechas. Graó; 2010.",
            "5.",
            _ARCE,
            "6. Cano P. La cosecha en el aula. Morata; 1995.",
            "5. Arce",
        ),
    ],
    ids=["dot-en", "bracket-de", "dot-es"],
)
def test_lone_label_joins_words_printed_one_to_a_line(
    before: str, label: str, words: str, after: str, first: str
) -> None:
    lines = [before, "", label, "", *_spread(words), after]
    out = [line for line in rejoin_labels(lines) if line.strip()]
    assert out[:2] == [before, first]
    assert out[-1] == after


_DOC = """\
Grain stores in dry regions

Village granaries kept grain for two years [1]. Their walls were of mud brick [2], and their
floors raised on stones [3]. Later stores used metal bins [4].

References

1. Okafor N, Lind E. Harvest and storage of grain in village granaries. J Agric Hist. 2001;12:45-60.

2. Havel RT. The measurement of moisture in stored grain. Northbridge: Northbridge Press; 1931.

3.

{spread}
4. Soto LM, Reyes J. Keeping grain dry: a field study. Food Stores. 2015;9:310-331.
"""


def test_numbered_list_keeps_the_entry() -> None:
    doc = read(_DOC.format(spread="\n".join(_spread(_QUIST))))
    labels = [note.label for note in doc.literature]
    assert labels == ["1", "2", "3", "4"]
    assert " ".join(doc.literature[2].text.split()) == _QUIST
