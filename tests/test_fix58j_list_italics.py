"""Fix round 58, helper j: a Word reference list is read with its italics, as Word notes are.

* each list entry's paragraph is walked with its italic runs marked, the marks cut to the
  entry's own text (:mod:`bibcheck.readers.listitalic`), and the entry is parsed with
  them (``*Journal*`` after a plain title: an article; ``*Title*.`` first: a book);
* APA's article in press or published online first names its journal in italics and no
  volume: ``Title. *Journal*.`` is an article (:mod:`bibcheck.parse.references.apa`).

Own fixtures, written in the patterns APA, Harvard and Chicago lists use.
"""

from __future__ import annotations

import html
import io
import re
import zipfile

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.readers.italicmarks import ITALIC_CLOSE as C
from bibcheck.readers.italicmarks import ITALIC_OPEN as O
from bibcheck.readers.listitalic import entry_marked, part_marked

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


@pytest.mark.parametrize(
    ("part", "paragraph", "want"),
    [
        (
            "Doe, J. (2020). Title. Journal.",
            f"Doe, J. (2020). Title. {O}Journal{C}.",
            "Doe, J. (2020). Title. *Journal*.",
        ),
        # a typed number cut off the entry's front
        ("Roe, B. *x*", "3. Roe, B. *x*", "Roe, B. *x*"),
        (
            "Roe, B. (2019). Book title. Press.",
            f"12. Roe, B. (2019). {O}Book title{C}. Press.",
            "Roe, B. (2019). *Book title*. Press.",
        ),
        # a run open over the part's end, a space kept outside the marks
        ("Lee, K. 2018. On rivers", f"Lee, K. 2018. {O}On rivers {C}", "Lee, K. 2018. *On rivers*"),
        # a label paragraph joined in front
        ("[4] Ng, A. Atlas.", f"Ng, A. {O}Atlas{C}.", "[4] Ng, A. *Atlas*."),
        # not the paragraph's text
        ("Something else.", f"Ng, A. {O}Atlas{C}.", None),
    ],
)
def test_part_marked(part: str, paragraph: str, want: str | None) -> None:
    assert part_marked(part, paragraph) == want


@pytest.mark.parametrize(
    ("text", "paragraphs", "want"),
    [
        ("A. *T*.", ["A. *T*."], ""),  # no italics seen
        ("A. T.", [f"A. {O}T{C}."], "A. *T*."),
        ("A. T.\nhttps://x.org/1", [f"A. {O}T{C}.", "https://x.org/1"], "A. *T*.\nhttps://x.org/1"),
        ("A. T.", [f"A. {O}T{C}.", "more"], ""),  # parts and paragraphs differ
        ("A. T.", [f"B. {O}T{C}."], ""),  # not found: read plain
    ],
)
def test_entry_marked(text: str, paragraphs: list[str], want: str) -> None:
    assert entry_marked(text, paragraphs) == want


@pytest.mark.parametrize(
    ("text", "kind", "title", "container"),
    [
        (
            "Varga, L., & Holm, E. (in press). Quiet rooms and loud corridors: Noise in"
            " secondary schools. *Journal of School Acoustics*.",
            RefKind.ARTICLE,
            "Quiet rooms and loud corridors: Noise in secondary schools",
            "Journal of School Acoustics",
        ),
        (
            "Okafor, N. (2024). Tides of the delta. *Coastal Letters*. Advance online"
            " publication. https://doi.org/10.1234/cl.2024.77",
            RefKind.ARTICLE,
            "Tides of the delta",
            "Coastal Letters",
        ),
        # an italic title first: a book, the publisher upright
        (
            "Okafor, N. (2021). *Tides of the delta*. Riverside Press.",
            RefKind.BOOK,
            "Tides of the delta",
            None,
        ),
        # the publisher upright after a plain title: not a journal
        (
            "Okafor, N. (2021). Tides of the delta. Riverside Press.",
            RefKind.BOOK,
            "Tides of the delta",
            None,
        ),
    ],
)
def test_apa_italic_venue(text: str, kind: RefKind, title: str, container: str | None) -> None:
    ref = parse_reference(text, (1,))
    assert (ref.kind, ref.title, ref.host) == (kind, title, container)


def _runs(entry: str) -> str:
    """Word runs of ``entry``, its ``*…*`` set in italics."""
    out = []
    for k, piece in enumerate(re.split(r"\*", entry)):
        if not piece:
            continue
        props = "<w:rPr><w:i/></w:rPr>" if k % 2 else ""
        out.append(f'<w:r>{props}<w:t xml:space="preserve">{html.escape(piece)}</w:t></w:r>')
    return "".join(out)


def _docx(body: list[str], heading: str, entries: list[str]) -> bytes:
    paras = [
        f'<w:p><w:r><w:t xml:space="preserve">{html.escape(t)}</w:t></w:r></w:p>' for t in body
    ]
    paras.append(
        f'<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>{heading}</w:t></w:r></w:p>'
    )
    paras.extend(f"<w:p>{_runs(e)}</w:p>" for e in entries)
    rels = (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="word/document.xml"/>'
        "</Relationships>"
    )
    parts = {
        "[Content_Types].xml": (
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'
        ),
        "_rels/.rels": rels,
        "word/document.xml": f"<w:document {_W}><w:body>{''.join(paras)}</w:body></w:document>",
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, xml in parts.items():
            archive.writestr(name, '<?xml version="1.0" encoding="UTF-8"?>' + xml)
    return buffer.getvalue()


_APA = [
    "Abbot, R., & Lund, S. (in press). Recess length and afternoon attention in primary"
    " pupils. *Journal of Classroom Studies*.",
    "Berg, T. (2019). *Schools that listen: A handbook for new teachers*. Harbour Books.",
    "Cruz, M. (2020). Mentoring in the first year. In P. Dale & F. Ek (Eds.), *Beginning"
    " teachers* (pp. 45–67). Northgate Press.",
    "Dunn, A. (2018). Workload and sleep among teachers. *Teaching Review*, *12*(3), 201–219.",
    "Evans Research Institute. (2022). *Staff turnover in rural schools* (Report No. 7)."
    " Evans Research Institute.",
]
_APA_WANT = [
    (RefKind.ARTICLE, "Recess length and afternoon attention in primary pupils"),
    (RefKind.BOOK, "Schools that listen: A handbook for new teachers"),
    (RefKind.CHAPTER, "Mentoring in the first year"),
    (RefKind.ARTICLE, "Workload and sleep among teachers"),
    (RefKind.REPORT, "Staff turnover in rural schools"),
]
_APA_BODY = [
    "Short breaks help (Abbot & Lund, in press), as handbooks say (Berg, 2019). Mentors"
    " matter (Cruz, 2020), workload too (Dunn, 2018), and staff leave (Evans Research"
    " Institute, 2022)."
]


def test_apa_list_in_word() -> None:
    doc = parse_bytes(_docx(_APA_BODY, "References", _APA), "apa.docx")
    got = [(e.reference.kind, e.reference.title) for e in doc.literature]
    assert got == _APA_WANT
    assert doc.literature[0].reference.host == "Journal of Classroom Studies"
    assert doc.literature[2].reference.host == "Beginning teachers"


def test_apa_list_without_italics_reads_plain() -> None:
    """The same list typed with no italics: the article in press is read as before."""
    plain = [e.replace("*", "") for e in _APA]
    doc = parse_bytes(_docx(_APA_BODY, "References", plain), "apa.docx")
    assert doc.literature[0].reference.kind is RefKind.BOOK  # (nothing tells it apart)
    assert doc.literature[0].reference.raw == plain[0]


def test_harvard_list_in_word() -> None:
    entries = [
        "Holm, E. (2017) Noise and learning. *Acoustics in Education*, 9(2), pp. 14–29.",
        "Lind, P. (2015) *Quiet schools*. 2nd edn. London: Fenwick.",
    ]
    body = ["Noise harms learning (Holm, 2017; Lind, 2015)."]
    doc = parse_bytes(_docx(body, "Reference list", entries), "harvard.docx")
    got = [(e.reference.kind, e.reference.title, e.reference.host) for e in doc.literature]
    assert got == [
        (RefKind.ARTICLE, "Noise and learning", "Acoustics in Education"),
        (RefKind.BOOK, "Quiet schools", None),
    ]


def test_chicago_list_in_word() -> None:
    entries = [
        'Marsh, Helen. "Salt and Silver." *Journal of Coastal History* 14, no. 2 (2016): 33–58.',
        "Pryce, Owen. *The Harbour Towns*. Cardiff: Tide Press, 2012.",
    ]
    body = ["Harbours grew (Marsh 2016; Pryce 2012)."]
    doc = parse_bytes(_docx(body, "Bibliography", entries), "chicago.docx")
    got = [(e.reference.kind, e.reference.title, e.reference.host) for e in doc.literature]
    assert got == [
        (RefKind.ARTICLE, "Salt and Silver", "Journal of Coastal History"),
        (RefKind.BOOK, "The Harbour Towns", None),
    ]


def test_abnt_list_keeps_the_subtitle() -> None:
    """ABNT sets only the main title in italics: the subtitle after it stays the title's,
    though the marked reading would end the title at an abbreviation ("n.º")."""
    entries = [
        "SOUZA, M. Lima. *Direito digital*: comentários à Lei n.º 12.965/2014. São Paulo:"
        " Atlas, 2019.",
        "TAVARES, R. *Privacidade e dados*. Rio de Janeiro: Forense, 2021.",
    ]
    body = ["A lei mudou o cenário (SOUZA, 2019; TAVARES, 2021)."]
    doc = parse_bytes(_docx(body, "Referências", entries), "abnt.docx")
    got = [(e.reference.kind, e.reference.title) for e in doc.literature]
    assert got == [
        (RefKind.BOOK, "Direito digital: comentários à Lei n.º 12.965/2014"),
        (RefKind.BOOK, "Privacidade e dados"),
    ]
