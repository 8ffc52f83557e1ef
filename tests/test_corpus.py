"""Every format of the reader corpus meets the accuracy targets (see tests/corpus/README.md).

Per format: citation recall >= 0.98 and precision >= 0.99, reference fields >= 0.95, at most one
false finding per 100 citations on clean documents, and no document refused, misread as another
format, or read as empty.  ``benchmarks/reader_accuracy.py -v`` lists what was missed.
"""

from __future__ import annotations

import pytest

from tests.corpus_score import _same_family, _surname, formats, score_format


@pytest.mark.parametrize("fmt", formats())
def test_format_meets_targets(fmt: str) -> None:
    s = score_format(fmt)
    detail = "\n".join([*s.failures, *s.misses][:40])
    assert not s.failures, detail
    assert s.recall >= 0.98, detail
    assert s.precision >= 0.99, detail
    assert s.field_accuracy >= 0.95, detail
    assert s.false_per_100 <= 1.0, detail


@pytest.mark.parametrize(
    ("author", "family"),
    [
        ("Smith, J.", "smith"),
        ("John Smith", "smith"),
        ("Czeisler CA", "czeisler"),
        ("Pendergraft WF 3rd", "pendergraft"),
        ("Martin Luther King Jr.", "king"),
        ("D. Van Hertem", "van hertem"),
        ("Oier Lopez de Lacalle", "de lacalle"),
        ("Van Morrison", "morrison"),
        ("Noort, J. van den", "van den noort"),
        ("Santos, Tatiane Cristina Rodrigues dos", "santos"),
        ("Black C.F.", "black"),
        ("von Elm E", "von elm"),
        ("Лещенко Н. П.", "лещенко"),
        ("C.J. Errázuriz M.", "errázuriz"),
    ],
)
def test_the_scorer_reads_family_names(author: str, family: str) -> None:
    assert _surname(author) == family


@pytest.mark.parametrize(
    ("want", "author", "same"),
    [
        ("rubio piqueras", "Felipe Rubio Piqueras", True),
        ("rubio piqueras", "Rubio Piqueras, Felipe", True),
        ("piqueras", "Felipe Rubio Piqueras", True),
        ("rubio piqueras", "Piqueras, Felipe Rubio", False),
        ("rubio piqueras", "Rubio Piqueras", True),
        ("sergew hable selassie", "Sergew Hable Selassie", True),
        ("sergew hable selassie", "Hable Selassie", False),
        ("smith", "Anna Smith", True),
        ("smith", "Anna Smithers", False),
    ],
)
def test_a_compound_family_name_keyed_whole_ends_a_natural_order_name(
    want: str, author: str, same: bool
) -> None:
    assert _same_family(want, author) is same
