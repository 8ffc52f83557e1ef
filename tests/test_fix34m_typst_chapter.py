"""A Typst chapter with no ``#`` directive at all (text, ``= headings`` and ``@key``
references), read alone: it is Typst when a bibliography holds what it cites -- one given
with ``--bibliography``, or a ``.bib``/``.yml`` next to it (the main file that includes
the chapter names it).  Text whose ``@word`` cites no entry of any bibliography (a
Markdown note's ``@user`` mentions) is not taken for Typst.  Every text here is written
for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.errors import InputError
from bibcheck.manuscript import parse_file

CHAPTER = """\
= Sediment Transport

Rivers move more sediment in floods than on all other days @kondolf1997. Braided
channels do too @ashworth2015, though gravel behaves differently @church2006.

== Dams

A dam traps most of the load above it @kondolf1997.
"""
BIB = """\
@article{kondolf1997, author={Kondolf, G. Mathias}, title={Hungry Water}, journal={Environmental Management}, year={1997}}
@article{ashworth2015, author={Ashworth, Philip and Lewin, John}, title={Big Rivers}, journal={Earth-Science Reviews}, year={2015}}
@article{church2006, author={Church, Michael}, title={Bed Material Transport}, journal={Annual Review of Earth and Planetary Sciences}, year={2006}}
"""
HAYAGRIVA = """\
kondolf1997:
  type: article
  title: Hungry Water
  author: Kondolf, G. Mathias
  date: 1997
ashworth2015:
  type: article
  title: Big Rivers
  author: [Ashworth, Philip, Lewin, John]
  date: 2015
church2006:
  type: article
  title: Bed Material Transport
  author: Church, Michael
  date: 2006
"""
MENTIONS = """\
= Release notes

Thanks @alice and @bob for the review; ping @carol when the build breaks.
"""


@pytest.mark.parametrize(
    ("name", "text", "beside", "given", "cited"),
    [
        ("chapter2.typ", CHAPTER, {"refs.bib": BIB}, None, 3),
        ("chapter2.typ", CHAPTER, {"refs.yml": HAYAGRIVA}, None, 3),
        ("chapter2.typ", CHAPTER, {}, BIB, 3),  # --bibliography elsewhere
        # Typst headings and no Markdown: a chapter saved with another extension
        ("chapter2.txt", CHAPTER, {"refs.bib": BIB}, None, 3),
        ("chapter2.typ", CHAPTER, {}, None, None),  # no bibliography: refused, as before
        # @user mentions cite no entry: no Typst, whatever the folder holds
        ("notes.md", MENTIONS, {"refs.bib": BIB}, None, None),
        ("notes.typ", MENTIONS, {"refs.bib": BIB}, None, None),
    ],
)
def test_typst_chapter_without_directives(
    tmp_path: Path,
    name: str,
    text: str,
    beside: dict[str, str],
    given: str | None,
    cited: int | None,
) -> None:
    (tmp_path / "chapter").mkdir()
    path = tmp_path / "chapter" / name
    path.write_text(text, encoding="utf-8")
    for file, content in beside.items():
        (tmp_path / "chapter" / file).write_text(content, encoding="utf-8")
    bibs = []
    if given is not None:
        (tmp_path / "shared.bib").write_text(given, encoding="utf-8")
        bibs = [tmp_path / "shared.bib"]
    if cited is None:
        try:
            m = parse_file(path, bibliography=bibs)
        except InputError:
            return  # refused
        assert m.reader != "typst"
        return
    m = parse_file(path, bibliography=bibs)
    assert m.reader == "typst"
    assert len(m.footnotes) == cited
    assert all(fn.reference.title for fn in m.footnotes)
    assert {a.code.value for a in m.all_anomalies()}.isdisjoint({"citation-key-missing"})
