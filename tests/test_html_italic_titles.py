"""HTML: italic titles passed to the reference parsers, however the page sets italics.

``<em>``/``<i>``, an inline ``style="font-style:italic"`` (Word, LibreOffice) and a class
the page's style sheet sets in italics (Google Docs: ``.c7{font-style:italic}``) all mark
where a title starts and ends; the note's own text stays plain.  Citation signals
(``<i>See</i>``, ``<i>Id.</i>``, ``<em>et al.</em>``) and an author's name set in italics
before a comma (German legal notes: ``<i>Heri</i>, Title``) are no titles.
"""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from bibcheck.readers.html import read
from bibcheck.readers.htmlitalic import CLOSE, OPEN, finish, is_italic

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


# A journal page (MDPI's markup) whose style sheet is not in the page: its classes say italic.
JOURNAL = """<html><body><div class="html-body"><p>Noise at night [<a href="#B1">1</a>] and
insomnia [<a href="#B2">2</a>].</p></div>
<div class="html-back"><h2>References</h2><ol>
<li id="B1"><span class="html-x">{b1}</span></li>
<li id="B2"><span class="html-x">{b2}</span></li></ol></div></body></html>"""


@pytest.mark.parametrize(
    ("entry", "authors", "title"),
    [
        pytest.param(
            'Norwegian Environment Agency <span class="html-italic">Road Traffic Noise in '
            "Norway</span>; NEA: Oslo, Norway, 2019.",
            ("Norwegian Environment Agency",),
            "Road Traffic Noise in Norway",
            id="organisation-then-italic-title",
        ),
        pytest.param(
            "Lund, K.; Berg, A.; Dahl Moen, T. Night noise and sleep onset in adolescents. "
            '<span class="html-italic">Sleep Med.</span> <b>2019</b>, '
            '<span class="html-italic">61</span>, 33–41.',
            ("Lund, K.", "Berg, A.", "Dahl Moen, T."),
            "Night noise and sleep onset in adolescents",
            id="italic-journal-names-kept",
        ),
        pytest.param(
            'Lund, K. <span class="fst-italic">Noise and the City</span>; Polity: Cambridge, '
            "UK, 2018.",
            ("Lund, K.",),
            "Noise and the City",
            id="bootstrap-class",
        ),
    ],
)
def test_classes_named_italic_mark_titles(entry: str, authors: tuple[str, ...], title: str) -> None:
    other = "Berg, A. <span class='html-italic'>Quiet Streets</span>; Verso: London, UK, 2001."
    doc = read(JOURNAL.replace("{b1}", entry).replace("{b2}", other))
    ref = doc.literature[0].reference
    assert ref is not None
    assert ref.authors == authors
    assert ref.title == title
    assert "*" not in ref.raw


@pytest.mark.parametrize(
    ("classes", "italic"),
    [
        ("html-italic", True),
        ("fst-italic", True),
        ("font-italic text-muted", True),
        ("italic", True),
        ("italics", True),
        ("not-italic", False),
        ("non-italic", False),
        ("italicize-off", False),
        ("html-x", False),
    ],
)
def test_a_class_named_for_italics(classes: str, italic: bool) -> None:
    tag = BeautifulSoup(f'<span class="{classes}">x</span>', "html.parser").span
    assert tag is not None
    assert is_italic(tag, frozenset()) is italic
