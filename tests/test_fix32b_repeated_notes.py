"""``duplicate-citation`` counts only the notes that write a work out by hand (fix round
32, P4): citations by key (``\\footcite``, ``[@key]``) and short forms / ``Ibid.`` of a
fuller note are the normal way to cite one work in many notes."""

from __future__ import annotations

import pytest

from bibcheck.analyse.duplicates import duplicate_citation_findings
from bibcheck.manuscript import parse_bytes

FULL = "Hartmann, K. The Ledger of Small Harbours / K. Hartmann. - Brill, 2016. - P. {}."
CHICAGO = "Mara Quint, *Coastal Trade and Its Ledgers* (Leiden: Brill, 2011), {}."
LIST = (
    "\n\n## References\n\n"
    "1. Hartmann, K. The Ledger of Small Harbours / K. Hartmann. - Brill, 2016. - 240 p.\n"
    "2. Quint, Mara. Coastal Trade and Its Ledgers. Leiden: Brill, 2011.\n"
)


def _markdown(notes: list[str]) -> bytes:
    body = " ".join(f"Claim {i}.[^{i}]" for i in range(1, len(notes) + 1))
    defs = "\n\n".join(f"[^{i}]: {n}" for i, n in enumerate(notes, start=1))
    return f"# T\n\n{body}\n\n{defs}{LIST}".encode()


# (the notes, in order; the footnotes the info names, () for no info)
MARKDOWN_CASES = [
    # the full reference written out twice: the style may want the second short
    ([FULL.format(12), FULL.format(40)], ("1", "2")),
    ([CHICAGO.format(3), CHICAGO.format(77)], ("1", "2")),
    # a full note, then short forms of it: what note styles ask for
    ([CHICAGO.format(3), "Quint, *Coastal Trade*, 9.", "Quint, *Coastal Trade*, 15."], ()),
    ([CHICAGO.format(3), "Ibid., 4."], ()),
    ([FULL.format(12), "Ibid. P. 13."], ()),
    # two full notes and a short one: the info names the full ones
    ([CHICAGO.format(3), "Quint, *Coastal Trade*, 9.", CHICAGO.format(50)], ("1", "3")),
]


@pytest.mark.parametrize(("notes", "named"), MARKDOWN_CASES)
def test_notes_written_out(notes: list[str], named: tuple[str, ...]) -> None:
    found = duplicate_citation_findings(parse_bytes(_markdown(notes), "d.md"))
    repeats = [f.footnotes for f in found if f.kind == "duplicate-citation"]
    assert repeats == ([named] if named else [])


LATEX = r"""\documentclass{article}
\begin{filecontents}{refs.bib}
@book{quint2011, author={Mara Quint}, title={Coastal Trade and Its Ledgers},
  publisher={Brill}, year=2011}
\end{filecontents}
\usepackage[style=verbose-ibid]{biblatex}
\addbibresource{refs.bib}
\begin{document}
One\footcite[3]{quint2011}. Two\footcite[9]{quint2011}. Three\footcite{quint2011}.
Four\autocite[12]{quint2011}.
\printbibliography
\end{document}
"""

PANDOC = """---
references:
- id: quint2011
  type: book
  title: Coastal Trade and Its Ledgers
  author: [{family: Quint, given: Mara}]
  issued: {date-parts: [[2011]]}
---

One.^[@quint2011, 3] Two.^[See @quint2011, 9.] Three [@quint2011, 12].
"""


@pytest.mark.parametrize(("text", "name"), [(LATEX, "thesis.tex"), (PANDOC, "notes.md")])
def test_citations_by_key_are_no_repeat(text: str, name: str) -> None:
    doc = parse_bytes(text.encode(), name)
    assert len(doc.footnotes) >= 3
    assert [f for f in duplicate_citation_findings(doc) if f.kind == "duplicate-citation"] == []
