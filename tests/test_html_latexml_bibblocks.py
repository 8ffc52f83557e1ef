"""HTML: LaTeXML (arXiv HTML) bibliography entries read by their ``ltx_bibblock``s.

Each entry is written for the test in the shape LaTeXML gives a ``.bbl`` made by one
BibTeX style: a label in ``span.ltx_tag_bibitem`` (author-year ``plainnat``, numeric
``plain``/``unsrt``, ``alpha``, ``elsarticle-num``), then one block per ``\\newblock``:
names, title, venue.  An author-year label is no part of the entry's text; the title is
the second block, the kind the venue block's first words (a journal in italics with its
volume, ``In`` proceedings, a technical report, a publisher after an italic title).
"""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import RefKind
from bibcheck.readers.html import read


def item(n: int, tag: str, *blocks: str) -> str:
    spans = "\n".join(f'<span class="ltx_bibblock">{b}\n</span>' for b in blocks)
    return (
        f'<li class="ltx_bibitem" id="bib.bib{n}">\n'
        f'<span class="ltx_tag ltx_role_refnum ltx_tag_bibitem">{tag}</span>\n{spans}\n</li>'
    )


def em(text: str, n: int = 1) -> str:
    return f'<em class="ltx_emph ltx_font_italic" id="bib.bib{n}.1.1">{text}</em>'


def page(entry: str, shown: str) -> bytes:
    return f"""<!DOCTYPE html>
<html lang="en"><head><title>Modes</title></head><body>
<article class="ltx_document">
<section class="ltx_section" id="S1"><h2 class="ltx_title">1 Introduction</h2>
<div class="ltx_para"><p class="ltx_p">As shown before <cite class="ltx_cite ltx_citemacro_citep">(<a
class="ltx_ref" href="#bib.bib1" title="">{shown}</a>)</cite>.</p></div>
</section>
<section class="ltx_bibliography" id="bib"><h2 class="ltx_title">References</h2>
<ul class="ltx_biblist">
{entry}
</ul></section></article></body></html>
""".encode()


# (entry, in-text link text, authors, title, kind)
CASES = {
    "plainnat-book": (
        item(1, "Orsini (1961)", "Marta Orsini.", f"{em('Psalm Tones of the North')}.",
             "Harbour Press, Leeds, 1961."),
        "Orsini, 1961",
        ("Marta Orsini",),
        "Psalm Tones of the North",
        RefKind.BOOK,
    ),
    "plainnat-article-three-authors": (
        item(1, "Tallis et al. (2018)", "Ana Tallis, Rui Brandão, and Peter J. Morley.",
             "Cadence detection in office antiphons.",
             f"{em('Journal of Chant Studies')}, 14(3):201–219, 2018."),
        "Tallis et al., 2018",
        ("Ana Tallis", "Rui Brandão", "Peter J. Morley"),
        "Cadence detection in office antiphons",
        RefKind.ARTICLE,
    ),
    "plainnat-proceedings": (
        item(1, "Kerr and Abbas (2021)", "Lena Kerr and Omar Abbas.",
             "Neume alignment with dynamic programming.",
             f"In {em('Proceedings of the Workshop on Early Music Data')}, pages 12–19, "
             "Lisbon, 2021."),
        "Kerr and Abbas, 2021",
        ("Lena Kerr", "Omar Abbas"),
        "Neume alignment with dynamic programming",
        RefKind.CHAPTER,
    ),
    "plainnat-technical-report": (
        item(1, "Mbeki and Stroud (2020b)", "Thandi Mbeki and Alan Stroud.",
             "A dataset of sequence melismas.", "Technical report, University of Durham, 2020b.",
             'URL <a class="ltx_ref ltx_url" href="https://repo.example.ac.uk/melismas/">'
             "https://repo.example.ac.uk/melismas/</a>."),
        "Mbeki and Stroud, 2020b",
        ("Thandi Mbeki", "Alan Stroud"),
        "A dataset of sequence melismas",
        RefKind.REPORT,
    ),
    "plain-numeric": (
        item(1, "[1]", "Yusuf Demir and Clara Voss.", "Tonal centres in Byzantine chant.",
             f"{em('Acta Musicologica Nova')}, 7(1):33–50, 2016."),
        "1",
        ("Yusuf Demir", "Clara Voss"),
        "Tonal centres in Byzantine chant",
        RefKind.ARTICLE,
    ),
    "dotted-number-label": (
        item(1, "1.", "Sofia Lindqvist and Jonas Berg.", "Hexachords in practice.",
             f"{em('Music Theory Spectrum Nordic')}, 3(2):88–104, 2012."),
        "1",
        ("Sofia Lindqvist", "Jonas Berg"),
        "Hexachords in practice",
        RefKind.ARTICLE,
    ),
    "alpha-label": (
        item(1, "[Hal09]", "Ingrid Halvorsen.", f"{em('Sequences and Tropes')}.",
             "Nordic Academic Press, Oslo, 2009."),
        "Hal09",
        ("Ingrid Halvorsen",),
        "Sequences and Tropes",
        RefKind.BOOK,
    ),
    "elsarticle-num-commas": (
        item(1, "[1]", "P. Quint, M. Osei,", "Melodic formulas in Ambrosian chant,",
             f"{em('Early Music Review')} 22 (4) (2013) 310–327."),
        "1",
        ("P. Quint", "M. Osei"),
        "Melodic formulas in Ambrosian chant",
        RefKind.ARTICLE,
    ),
}  # fmt: skip


def _family(name: str) -> str:
    return name.split(",")[0].split()[-1] if "," not in name else name.split(",")[0]


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_latexml_entry_fields(case: str) -> None:
    entry, shown, authors, title, kind = CASES[case]
    doc = parse_bytes(page(entry, shown), "paper.html")
    assert len(doc.literature) == 1
    ref = doc.literature[0].reference
    assert [_family(a) for a in ref.authors] == [_family(a) for a in authors]
    assert ref.title == title
    assert ref.kind is kind


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_author_year_label_is_not_entry_text(case: str) -> None:
    entry, shown, *_ = CASES[case]
    doc = read(page(entry, shown).decode())
    (listed,) = doc.literature
    names = entry.split('<span class="ltx_bibblock">')[1].split("\n")[0]
    assert listed.text.startswith(names)  # the names block first, no "Orsini (1961)"
    assert listed.label == "1"
