"""fix66a gap 5: a Markdown README citing with ``\\cite{key}`` the entries of its own
fenced ```bibtex block has that block as its bibliography; a block nothing cites is a
code sample, never a bibliography."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file

BLOCK = """@article{marsh2019tides,
  author = {Marsh, Ada},
  title = {Cheap loggers for tide gauges},
  journal = {Journal of Coastal Instruments},
  year = {2019}
}
@misc{lind2021firmware,
  author = {Lind, Oskar},
  title = {Firmware for field sensors},
  year = {2021},
  url = {https://example.org/firmware}
}
"""


def _readme(cites: str, fence: str, heading: str) -> str:
    return (
        "# tidekit\n\nA toolkit for tide-gauge data. If you use it, please cite the method "
        f"{cites}.\n\n## {heading}\n\n{fence}\n{BLOCK}```\n"
    )


CASES = [
    (r"\cite{marsh2019tides} and \cite{lind2021firmware}", "```bibtex", "Citation"),
    (r"\citep{marsh2019tides,lind2021firmware}", "```bib", "Zitieren"),
    (r"\cite{marsh2019tides}, \citet{lind2021firmware}", "```bibtex", "Cómo citar"),
]


@pytest.mark.parametrize(("cites", "fence", "heading"), CASES)
def test_cited_block_is_the_bibliography(
    tmp_path: Path, cites: str, fence: str, heading: str
) -> None:
    path = tmp_path / "README.md"
    path.write_text(_readme(cites, fence, heading), encoding="utf-8")
    doc = parse_file(path)
    titles = sorted(e.reference.title or "" for e in doc.literature)
    assert titles == ["Cheap loggers for tide gauges", "Firmware for field sensors"]
    assert [e.line for e in doc.literature] == [8, 14]  # (the block's own lines in the README)
    assert all(fn.literature is not None for fn in doc.footnotes)


def test_uncited_block_is_no_bibliography(tmp_path: Path) -> None:
    path = tmp_path / "README.md"
    path.write_text(_readme(r"\cite{other2020}", "```bibtex", "Citation"), encoding="utf-8")
    doc = parse_file(path)
    assert not doc.literature
