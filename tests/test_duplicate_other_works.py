"""Entries of one title and year are different works when both say, differently, what
kind of work they are, where or when they appeared; a group of duplicates is one finding."""

from __future__ import annotations

import pytest

from bibcheck.analyse import analyse_document
from bibcheck.manuscript import parse_bytes
from bibcheck.model import FindingKind, Reference, RefKind
from bibcheck.parse.references.sameness import other_works
from bibcheck.readers.bibtex import read


def ref(raw: str = "", **fields: object) -> Reference:
    return Reference(raw=raw, line=1, end_line=1, title="Sluice Gates", year=2018, **fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("a", "b", "other"),
    [
        (ref(), ref(), False),
        (ref(kind=RefKind.BOOK), ref(kind=RefKind.ARTICLE), True),
        (ref(kind=RefKind.BOOK), ref(kind=RefKind.UNKNOWN), False),  # one says nothing
        (ref(kind=RefKind.WEB), ref(kind=RefKind.ARTICLE), False),  # a web record of it
        (ref("@inproceedings{a,"), ref("@unpublished{b,"), True),
        (ref("@inproceedings{a,"), ref("@conference{b,"), False),
        (ref("@online{a,"), ref("@misc{b,"), False),
        (ref(host="Fen Studies"), ref(host="River Notes"), False),  # hosts: not compared
        (ref(host="Fen Studies"), ref(host="Fen studies."), False),
        (ref(host="Fen Studies"), ref(), False),
        (ref(year_raw="2018-03"), ref(year_raw="2018-11"), True),
        (ref(year_raw="2018-03"), ref(year_raw="2018"), False),
        (ref(year_raw="2018-03-02"), ref(year_raw="2018-03"), False),
        (ref(place="Hull"), ref(place="Ely"), False),  # places: not compared
        (ref(place="Hull"), ref(place="hull"), False),
    ],
)
def test_other_works(a: Reference, b: Reference, other: bool) -> None:
    assert other_works(a, b) is other
    assert other_works(b, a) is other


@pytest.mark.parametrize(
    ("bib", "pairs"),
    [
        (  # a paper and two talks of its title: three works
            "@inproceedings{p, author={Moss, Ann}, title={Weirs}, booktitle={Proc. Fen}, "
            "year={2018}}\n@unpublished{t1, author={Moss, Ann}, title={Weirs}, "
            "date={2018-03}, location={Hull}}\n@unpublished{t2, author={Moss, Ann}, "
            "title={Weirs}, date={2018-10}, location={Ely}}\n",
            0,
        ),
        (  # one article entered twice, once bare
            "@article{a, author={Moss, Ann}, title={Weirs}, journal={Fen Studies}, "
            "year={2018}}\n@article{b, author={Moss, Ann}, title={Weirs}, year={2018}}\n",
            1,
        ),
    ],
)
def test_bib_duplicates(bib: str, pairs: int) -> None:
    raw = read(bib)
    assert len([a for a in raw.anomalies if "same title and year" in a.message]) == pairs


def test_a_group_is_one_finding() -> None:
    bib = "".join(
        f"@book{{k{n}, author={{Moss, Ann}}, title={{Weirs}}, year={{2018}}}}\n" for n in range(3)
    )
    doc = parse_bytes(bib.encode(), "refs.bib")
    found = [f for f in analyse_document(doc, {}, {}) if f.kind is FindingKind.DUPLICATE_CITATION]
    assert [tuple(f.lines) for f in found] == [(1, 2, 3)]
