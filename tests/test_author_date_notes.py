"""Notes beside an author-date list: asides citing entries in prose, sources the list need
not hold, and names written in another order."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode as C
from bibcheck.model import LiteratureEntry, Reference, RefKind
from bibcheck.parse.matching import LiteratureIndex

PAPER = """\
# Mobile money and remittance fees

Fees fell where operators competed (Osei and Lind, 2016). Margins were half of the
cost (Brandt et al., 2021).[^1] The regulator licensed new entrants in 2018.[^2]

[^1]: Osei and Lind (2016) show the same for West Africa; see also Brandt et al. (2021, ch. 3).

[^2]: Central Bank of Kenya, Licensing register, 2018.

## References

Brandt, K., M. Hale and T. Roy (2021). Competition in remittance markets. Journal of
Payments 12(2), 33–58.

Osei, A. and T. Lind (2016). Mobile money and fees. Economic Letters 140, 1–4.
"""


def test_notes_beside_an_author_date_list() -> None:
    doc = parse_bytes(PAPER.encode(), "paper.md")
    codes = {(a.code, a.footnote) for a in doc.all_anomalies()}
    # note 1 cites two entries in prose: no missing entry; the note takes its first work
    # from the list (round 55, fix55f: an author-date cite opening a note's prose)
    assert (C.LITERATURE_MISSING, "1") not in codes
    first = next(f for f in doc.footnotes if f.label == "1")
    assert first.literature is not None and first.literature.number == 2
    assert first.reference.kind is RefKind.ARTICLE
    assert first.reference.title == "Mobile money and fees"
    # note 2 is a source the list, cited author-date in the body, need not hold
    assert (C.LITERATURE_MISSING, "2") not in codes
    assert not [c for c, _ in codes if c is C.LITERATURE_UNCITED]


def ref(authors: tuple[str, ...], year: int) -> Reference:
    return Reference(raw="x", line=1, end_line=1, title="T", authors=authors, year=year)


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        pytest.param("Beck and Martínez Pería (2011) show it.", [1], id="two-authors"),
        pytest.param("see Ratha et al. (2019, ch. 3).", [2], id="et-al"),
        pytest.param("Estimates of de Chaisemartin and Dupont (2020) agree.", [3], id="particle"),
        pytest.param("as in (Ratha 2019) and (Beck, 2011)", [2, 1], id="parenthesised"),
        pytest.param("Beck (2012) disagrees.", [], id="other-year"),
        pytest.param("In 2011 the law changed.", [], id="no-name"),
    ],
)  # fmt: skip
def test_author_year_mentions(text: str, numbers: list[int]) -> None:
    index = LiteratureIndex(
        [
            LiteratureEntry(1, 10, ref(("Beck, T.", "Martínez Pería, M. S."), 2011)),
            LiteratureEntry(2, 11, ref(("Ratha, D.", "De, S."), 2019)),
            LiteratureEntry(3, 12, ref(("de Chaisemartin, C.",), 2020)),
        ]
    )
    assert index.mentioned(text) == numbers
