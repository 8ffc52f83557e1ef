"""Session 48, fix helper s: in PDF-to-text, a number set after a formula's math letters
(Unicode's Mathematical Alphanumeric Symbols, as PDFs give a formula's italics) is the
formula's index, never a footnote marker; a number glued to an ordinary word still is."""

from __future__ import annotations

import pytest

from bibcheck.readers.pdftext import _candidates


@pytest.mark.parametrize(
    ("line", "values"),
    [
        pytest.param("= 𝛼1 𝛽𝑘𝑙,1", [], id="index-after-comma"),
        pytest.param("(𝜆1 −𝜆̃1 )𝑦1 (𝑢(𝑛) )", [], id="indices-with-accent"),
        pytest.param("where 𝜎2 is the variance", [], id="math-letter"),
        pytest.param("as the survey showed.3 Later work", [3], id="glued-after-stop"),
        pytest.param("the harbour registers4 list them", [4], id="glued-after-word"),
        pytest.param("Greek θ and the ratio φ3 of the sides", [3], id="plain-greek-kept"),
    ],
)  # fmt: skip
def test_math_index_is_no_marker(line: str, values: list[int]) -> None:
    assert [c.value for c in _candidates(line, 0, 0)] == values
