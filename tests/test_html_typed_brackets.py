"""HTML: typed bracket citations of a numbered list on a page that has footnotes too.

Word processors' HTML exports (LibreOffice's ``sdfootnote`` anchors, Word's "Web Page"
``_ftn`` links, a ``doc-noteref`` of other converters) keep the author's footnotes as
links, while the citations of the numbered reference list are plain typed text: DSTU/GOST
``[1, с. 45]``, ``[6, p. 112; 7]``, ranges ``[2–4]``, IEEE ``[3], [5]``, one wrapped over
two source lines by the exporter (counted on the line where it starts).  Both are read:
the notes keep their numbers, the entries are cited as ``[n]``.  A list that is not
numbered (``ul``, alphabetical) is not cited by typed numbers.
"""

from __future__ import annotations

import pytest

from bibcheck.readers.html import read

LIBREOFFICE_NOTE = (
    '<a class="sdfootnoteanc" name="sdfootnote{n}anc" href="#sdfootnote{n}sym"><sup>{n}</sup></a>'
)
WORD_NOTE = (
    '<a style=\'mso-footnote-id:ftn{n}\' href="#_ftn{n}" name="_ftnref{n}" title="">'
    "<span class=MsoFootnoteReference><span class=MsoFootnoteReference>[{n}]</span></span></a>"
)
LIBREOFFICE_NOTES = """<div id="sdfootnote1"><p class="sdfootnote-western"><a class="sdfootnotesym"
name="sdfootnote1sym" href="#sdfootnote1anc">1</a>Записи зроблено влітку.</p></div>
<div id="sdfootnote2"><p class="sdfootnote-western"><a class="sdfootnotesym"
name="sdfootnote2sym" href="#sdfootnote2anc">2</a>Наголос не позначено.</p></div>"""
WORD_NOTES = """<div style='mso-element:footnote-list'><div style='mso-element:footnote' id=ftn1>
<p class=MsoFootnoteText><a style='mso-footnote-id:ftn1' href="#_ftnref1" name="_ftn1"
title="">[1]</a> Field notes were kept in pencil.</p></div>
<div style='mso-element:footnote' id=ftn2><p class=MsoFootnoteText><a
style='mso-footnote-id:ftn2' href="#_ftnref2" name="_ftn2" title="">[2]</a> Weights are
given in grams.</p></div></div>"""
ENTRIES = [
    "Коваль П. С. Говірки долини. Львів : Світ, 2009. 210 с.",
    "Мельник О. Лексика сплаву. <i>Діалектологічний бюлетень</i>. 2014. № 3. С. 5–19.",
    "Rowan K. Valley dialects. Oxford : Clarendon Press, 2011. 300 p.",
    "Сидоренко Т. Атлас говорів. Київ : Наук. думка, 2016. 150 с.",
    "Hale D., Ormond J. Compounds in contact. Leiden : Brill, 2019. 188 p.",
    "Бондар В. Словник говірки. Ужгород : Ліра, 2020. 402 с.",
    "Tamm E. Rivers and words. London : Arcadia, 2005. 96 p.",
]


def page(body: str, notes: str, listed: str = "ol") -> str:
    items = "\n".join(f'<li><p class="western">{e}</p></li>' for e in ENTRIES)
    return (
        '<!DOCTYPE html>\n<html>\n<head><meta name="generator" content="LibreOffice 7.5"/>'
        "</head>\n<body>\n"
        f"{body}\n"
        f'<h2 class="western">Список використаних джерел</h2>\n<{listed}>\n{items}\n</{listed}>\n'
        f"{notes}\n</body>\n</html>\n"
    )


def line_of(html: str, needle: str) -> int:
    return next(k for k, line in enumerate(html.splitlines(), start=1) if needle in line)


LO = LIBREOFFICE_NOTE.format
WO = WORD_NOTE.format

# (body, notes, list element, expected markers as (label, text on the marker's line))
CASES = {
    "dstu-pages-and-two-works": (
        f'<p class="western">Лексику описано [1, с. 45–52; 6], але не словотвір{LO(n=1)}.\n'
        f"Порівняйте типологію [3, p. 112; 7, p. 18]{LO(n=2)}.</p>",
        LIBREOFFICE_NOTES,
        "ol",
        [
            ("[1]", "[1, с."),
            ("[6]", "[1, с."),
            ("1", "[1, с."),
            ("[3]", "[3, p."),
            ("[7]", "[3, p."),
            ("2", "[3, p."),
        ],
    ),
    "bracket-wrapped-over-two-lines": (
        f'<p class="western">Карти{LO(n=1)} подано в атласі [4,\n\tс. 87–90], а словник{LO(n=2)} '
        "окремо\n[6].</p>",
        LIBREOFFICE_NOTES,
        "ol",
        [("1", "атласі [4,"), ("[4]", "атласі [4,"), ("2", "с. 87–90]"), ("[6]", "[6].")],
    ),
    "range-and-ieee-list": (
        f'<p class="western">Earlier surveys [2–4] and two more [5], [7] agree{LO(n=1)}.{LO(n=2)}</p>',
        LIBREOFFICE_NOTES,
        "ol",
        [
            ("[2]", "[2–4]"),
            ("[3]", "[2–4]"),
            ("[4]", "[2–4]"),
            ("[5]", "[2–4]"),
            ("[7]", "[2–4]"),
            ("1", "[2–4]"),
            ("2", "[2–4]"),
        ],
    ),  # fmt: skip
    "word-web-page-footnotes": (
        f"<p class=MsoNormal>The herd counts [2, p. 7] differ{WO(n=1)} from the\n"
        f"tax rolls [5]{WO(n=2)}.</p>",
        WORD_NOTES,
        "ol",
        [("[2]", "[2, p. 7]"), ("1", "[2, p. 7]"), ("[5]", "tax rolls"), ("2", "tax rolls")],
    ),
    "citation-split-in-language-runs": (
        f'<p class="western">Типологію описано [3, <span lang="en-GB">p. 112</span>; 7], '
        f'<span lang="en-GB">[</span>5<span lang="en-GB">]</span>{LO(n=1)}\n'
        f'і [<i>2</i>,\n<span lang="en-GB">p.\n7</span>]{LO(n=2)}.</p>',
        LIBREOFFICE_NOTES,
        "ol",
        [
            ("[3]", "описано [3,"),
            ("[7]", "описано [3,"),
            ("[5]", "описано [3,"),
            ("1", "описано [3,"),
            ("[2]", "і [<i>2"),
            ("2", "7</span>]"),
        ],
    ),
    "unnumbered-list-is-not-cited-by-number": (
        f'<p class="western">Two readings [2] and [3] of the map{LO(n=1)}{LO(n=2)}.</p>',
        LIBREOFFICE_NOTES,
        "ul",
        [("1", "Two readings"), ("2", "Two readings")],
    ),
}


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_typed_brackets_beside_footnotes(case: str) -> None:
    body, notes, listed, expected = CASES[case]
    html = page(body, notes, listed)
    doc = read(html)
    got = [(m.label, m.line) for m in doc.markers]
    want = [(label, line_of(html, needle)) for label, needle in expected]
    assert sorted(got) == sorted(want)
    cited = {label for label, _ in expected if label.startswith("[")}
    entries = {n.label for n in doc.footnotes if n.label.startswith("[")}
    assert entries == cited  # each cited entry is a note "[n]" with the entry's text
    assert {n.label for n in doc.footnotes if not n.label.startswith("[")} == {"1", "2"}
    assert len(doc.literature) == len(ENTRIES)


def test_cited_entry_note_holds_the_entry_text() -> None:
    body = f'<p class="western">Як у словнику [6, с. 12]{LO(n=1)}{LO(n=2)}.</p>'
    html = page(body, LIBREOFFICE_NOTES)
    doc = read(html)
    note = next(n for n in doc.footnotes if n.label == "[6]")
    assert note.text.startswith("Бондар В. Словник говірки.")
