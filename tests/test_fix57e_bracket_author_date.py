"""Fix 57e (5): author-date citations in square brackets (ABNT as many Word and ODT
documents write it: ``[SILVA, 2010]``, ``[SILVA; SOUZA, 2015, p. 3]``, ``[COSTA, 2012,
2014]``) cite the list as their parenthesised forms do.

Own fixtures: an invented Brazilian paper on a harbour's books.
"""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode
from bibcheck.readers.authoryear import author_years, spans
from tests.test_reader_odt import odt

REFS = [
    "SILVA, João. O porto e seus livros. São Paulo: Ática, 2010.",
    "SOUZA, Maria. Os escrivães do porto. Rio de Janeiro: Record, 2015.",
    "COSTA, Pedro. Marés do comércio. Recife: Editora Universitária, 2012.",
    "COSTA, Pedro. Cais e guindastes. Recife: Editora Universitária, 2014.",
]
INDEX = author_years((str(k), r) for k, r in enumerate(REFS, 1))

SPANS = {
    "registros [SILVA, 2010].": ["1"],
    "registros (SILVA, 2010).": ["1"],
    "escrivães [SOUZA, 2015, p. 3].": ["2"],
    "escrivães [SILVA; SOUZA, 2015, p. 3].": ["2"],
    # (no comma: SIAM's, AMS's and ACM's author-year brackets, "[Yao 1993]", cite so too:
    # fix64k)
    "marés [COSTA 2012].": ["3"],
    "ver [SILVA, 2010](https://example.org/silva).": [],  # (a Markdown link's text)
    "marés [SILVA, 2010; COSTA, 2012].": ["1", "3"],
    "cais [COSTA, 2012, 2014].": ["3", "4"],
    # no work of the list, and a bracket that is no citation
    "registros [SILVA, 2011].": [],
    "o ano [2010] da reforma": [],
}


@pytest.mark.parametrize(("text", "want"), SPANS.items())
def test_bracketed_mentions(text: str, want: list[str]) -> None:
    assert [label for _, _, label in spans(text, INDEX)] == want


@pytest.mark.parametrize(
    "cites",
    [
        ["[SILVA, 2010]", "[SOUZA, 2015, p. 3]", "[COSTA, 2012]", "[COSTA, 2014]"],
        ["[SILVA, 2010]", "[SILVA; SOUZA, 2015, p. 3]", "[COSTA, 2012, 2014]", ""],
    ],
)
def test_odt_bracketed_citations_tie_to_the_list(cites: list[str]) -> None:
    body = "<text:h text:outline-level='1'>Os livros do porto</text:h>"
    sentences = ["Os livros foram lidos", "Os escrivães", "As marés", "Os cais"]
    body += "".join(f"<text:p>{s} {c}.</text:p>" for s, c in zip(sentences, cites, strict=True))
    body += "<text:h text:outline-level='1'>Referências</text:h>"
    body += "".join(f"<text:p>{r}</text:p>" for r in REFS)
    parsed = parse_bytes(odt(body), "paper.odt")
    cited = sorted({f.literature.number for f in parsed.footnotes if f.literature is not None})
    assert cited == [1, 2, 3, 4]
    assert not [a for a in parsed.anomalies if a.code is AnomalyCode.LITERATURE_UNCITED]
