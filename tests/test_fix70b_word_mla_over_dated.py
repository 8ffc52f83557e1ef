"""fix70b: a Word text citing its MLA Works Cited list by author and page whose figure
credit names a work with its year (a self-published book: "Aldana et al., 2011") is read
as MLA, not as that one author-date citation."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.readers.fewerdated import fewer_dated
from tests.test_wordbody_author_date_with_notes import NS, _package, _rels, _w

ENTRIES = (
    "Aldana, Rosa, et al. Orbits Between Two Suns. Aldana et al., 2011.",
    "Brandt, Jonas. “Transfer Paths of Small Craft.” Journal of Orbital Studies, vol. 9, "
    "no. 2, 2004, pp. 10–31.",
    "Cuevas, Ana, and Li Wen. Tubes in Phase Space. Harbour UP, 2015.",
    "“Relay-2 Mission Pages.” Space Office, www.example.org/relay2. Accessed 3 May 2019.",
)
BODY = (
    "Fig. 2. The tube layout, from: Aldana, Rosa, et al., Orbits Between Two Suns, Aldana et "
    "al., 2011, p. 37.",
    "Low-energy paths follow tubes in phase space (Cuevas and Wen 4; Aldana et al. 262).",
    "Small craft used them first (Brandt 12–14), and a relay probe later (“Relay-2 Mission "
    "Pages”).",
    "The tubes are stable for long spans (Aldana et al. 30, 119; Brandt 20).",
)


def _docx(heading: str) -> bytes:
    paras = [
        f'<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr>{_w("Paths between suns")}</w:p>',
        *(f"<w:p>{_w(p)}</w:p>" for p in BODY),
        f'<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>{_w(heading)}</w:p>',
        *(f"<w:p>{_w(e)}</w:p>" for e in ENTRIES),
    ]
    return _package(
        {
            "word/document.xml": f"<w:document {NS}><w:body>{''.join(paras)}</w:body></w:document>",
            "_rels/.rels": _rels([("r1", "officeDocument", "word/document.xml")]),
        }
    )


@pytest.mark.parametrize("heading", ["Works Cited", "Bibliography", "Obras citadas"])
def test_mla_read_over_one_dated_mention(heading: str) -> None:
    got = parse_bytes(_docx(heading), "essay.docx")
    cited = {fn.literature.number for fn in got.footnotes if fn.literature is not None}
    assert cited >= {1, 2, 3}
    assert sum(len(fn.markers) for fn in got.footnotes) >= 5


@pytest.mark.parametrize(
    ("dated", "mla", "want"),
    [(1, 8, True), (0, 3, True), (2, 6, False), (3, 8, False), (1, 2, False), (0, 0, False)],
)
def test_fewer_dated(dated: int, mla: int, want: bool) -> None:
    assert fewer_dated(dated, mla) is want
