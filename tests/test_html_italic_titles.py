"""HTML: italic titles passed to the reference parsers, however the page sets italics.

``<em>``/``<i>``, an inline ``style="font-style:italic"`` (Word, LibreOffice) and a class
the page's style sheet sets in italics (Google Docs: ``.c7{font-style:italic}``) all mark
where a title starts and ends; the note's own text stays plain.  Citation signals
(``<i>See</i>``, ``<i>Id.</i>``, ``<em>et al.</em>``) and an author's name set in italics
before a comma (German legal notes: ``<i>Heri</i>, Title``) are no titles.
"""

from __future__ import annotations

import pytest

from bibcheck.readers.html import read
from bibcheck.readers.htmlitalic import CLOSE, OPEN, finish

PAGE = """<html><head><style type="text/css">.c3{color:#000}.c7{font-style:italic}
.c9{vertical-align:super}.c2{font-style:normal}</style></head><body>
<p>Text of the essay<sup><a href="#ftnt1" id="ftnt_ref1">[1]</a></sup>.</p>
<hr><div><p><a href="#ftnt_ref1" id="ftnt1">[1]</a><span class="c3">&nbsp;{note}</span></p></div>
</body></html>"""


@pytest.mark.parametrize(
    ("note", "title"),
    [
        (
            'P. Baldwin, <span class="c7">Contagion and the State in Europe, 1830-1930</span>, '
            "Cambridge, Cambridge University Press, 1999.",
            "Contagion and the State in Europe, 1830-1930",
        ),
        (
            'R. Evans, <span class="c7 c3">Death in Hamburg. Society and Politics, </span>'
            '<span class="c7">1830-1910</span>, Oxford, Clarendon Press, 1987.',
            "Death in Hamburg. Society and Politics, 1830-1910",
        ),
        (
            "M. Harris, <em>The Lighthouse Keepers of Brittany, 1820-1914</em>, Rennes, "
            "Presses universitaires, 2004.",
            "The Lighthouse Keepers of Brittany, 1820-1914",
        ),
        (
            'J. Moreau, <span style="font-style: italic">La ville et la fièvre, 1830-1870</span>'
            ", Lyon, Éditions du Fleuve, 2011.",
            "La ville et la fièvre, 1830-1870",
        ),
    ],
    ids=["gdocs-class", "gdocs-split-runs", "em", "inline-style"],
)
def test_italic_title_is_the_title(note: str, title: str) -> None:
    doc = read(PAGE.replace("{note}", note))
    (parsed,) = doc.footnotes
    assert "*" not in parsed.text  # the note's own text stays plain
    assert parsed.reference is not None
    assert parsed.reference.title == title
    assert parsed.reference.raw == parsed.text


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (f"{OPEN}Title{CLOSE}{OPEN} of a {CLOSE}{OPEN}Book{CLOSE}, Paris", "*Title of a Book*, Paris"),
        (f"A, {OPEN}Book {CLOSE}, Paris{OPEN} {CLOSE}.", "A, *Book* , Paris ."),
        (f"{OPEN}Tides{CLOSE} {OPEN}and Mills{CLOSE}", "*Tides* *and Mills*"),
        (f"{OPEN}See{CLOSE} Rule, {OPEN}Airspace{CLOSE}, 95", "See Rule, *Airspace*, 95"),
        (f"{OPEN}Id.{CLOSE} at 12.", "Id. at 12."),
        (f"Smith {OPEN}et al.{CLOSE}, {OPEN}Tides{CLOSE}", "Smith et al., *Tides*"),
        (f"{OPEN}Heri{CLOSE}, Climate Change, EJIL 33", "Heri, Climate Change, EJIL 33"),
        (f"{OPEN}Calliess/Ruffert{CLOSE}, EUV/AEUV", "Calliess/Ruffert, EUV/AEUV"),
        (f"{OPEN}Vgl.{CLOSE} {OPEN}Ethik der Arbeit{CLOSE}, 3", "Vgl. *Ethik der Arbeit*, 3"),
    ],
    ids=["merged-runs", "spaces-outside", "apart", "signal", "id", "et-al", "lead-name", "lead-names", "vgl"],
)  # fmt: skip
def test_finish(text: str, want: str) -> None:
    assert finish(text) == want


@pytest.mark.parametrize(
    "note",
    [
        'BRASIL. Ministério da Saúde. <span class="c7">Diretrizes para o controle da dengue'
        "</span>. Brasília: Ministério da Saúde, 2009.",
        "PORTUGAL. Direção-Geral da Saúde. <em>Plano de contingência para a gripe</em>. "
        "Lisboa: DGS, 2012.",
    ],
    ids=["abnt-gdocs", "abnt-em"],
)
def test_no_italic_mark_is_left_in_a_field(note: str) -> None:
    (parsed,) = read(PAGE.replace("{note}", note)).footnotes
    assert parsed.reference is not None
    assert "*" not in (parsed.reference.title or "")
    assert not any("*" in a for a in parsed.reference.authors)
