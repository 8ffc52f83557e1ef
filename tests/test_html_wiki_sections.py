"""MediaWiki pages saved as HTML: a section of the text whose heading names a kind of
list ("Literature" of a country, "Sources" of a history) is text, not a reference list;
grouped notes ``[n 1]``, ``[note 2]`` keep their whole label; a source cited only from
an explanatory note is cited; the table of contents' link to "Footnotes" is no note.
Pages written for this test."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import ParsedDocument


def _sup(group: str, n: int, target: str) -> str:
    shown = f"{group} {n}" if group else str(n)
    return (
        f'<sup id="cite_ref-{target}-0" class="reference">'
        f'<a href="#cite_note-{target}">[{shown}]</a></sup>'
    )


def _note(target: str, text: str) -> str:
    return (
        f'<li id="cite_note-{target}"><span class="mw-cite-backlink">'
        f'<a href="#cite_ref-{target}-0">^</a></span> '
        f'<span class="reference-text">{text}</span></li>'
    )


def _source(n: int, author: str, title: str, year: int) -> str:
    return _note(
        f"s{n}-{n}",
        f'<cite class="citation book">{author} ({year}). <i>{title}</i>. Halden Press.</cite>',
    )


def _page(section: str, body: str, group: str = "n", toc: bool = False) -> str:
    contents = (
        '<div id="toc"><ul><li><a href="#History"><span class="tocnumber">1</span>'
        ' <span class="toctext">History</span></a></li><li><a href="#Footnotes">'
        '<span class="tocnumber">2</span> <span class="toctext">Footnotes</span></a>'
        "</li></ul></div>\n"
        if toc
        else ""
    )
    return (
        "<!DOCTYPE html><html><head><title>Marrowby - Wikipedia</title></head><body>\n"
        '<div class="mw-parser-output">\n'
        f"{contents}"
        '<h2><span class="mw-headline" id="History">History</span></h2>\n'
        "<p>The valley was farmed for a thousand years."
        f"{_sup(group, 1, 'g1-7')}{_sup('', 1, 's1-1')}</p>\n"
        f'<h2><span class="mw-headline" id="Culture">Culture</span></h2>\n'
        f'<h3><span class="mw-headline" id="X">{section}</span></h3>\n'
        f"{body}\n"
        '<h2><span class="mw-headline" id="Footnotes">Footnotes</span></h2>\n'
        '<div class="reflist"><ol class="references">\n'
        + _note("g1-7", f"Some chronicles give a later date.{_sup('', 3, 's3-3')}")
        + "\n"
        + _note("g2-8", "The poems were recited, not written down.")
        + "\n</ol></div>\n"
        '<h2><span class="mw-headline" id="Citations">Citations</span></h2>\n'
        '<div class="reflist"><ol class="references">\n'
        + _source(1, "Aldane, P.", "A History of Marrowby", 2004)
        + "\n"
        + _source(2, "Corrin, T.", "Songs of the Valley", 1998)
        + "\n"
        + _source(3, "Efford, M.", "Chronicles Reconsidered", 2012)
        + "\n</ol></div>\n</div></body></html>\n"
    )


_PROSE = (
    "<p>Writers of the valley first printed its old poems in local papers, and a "
    f"national literature followed much later.{_sup('n', 2, 'g2-8')}{_sup('', 2, 's2-2')}</p>"
)
_HATNOTE = (
    '<div role="note" class="hatnote">Main article: '
    '<a href="/wiki/Marrowby_literature">Marrowby literature</a></div>'
)
_TWO_PARAGRAPHS = (
    "<p>Novels about farming life were popular in the last century, and some are still "
    f"read in schools.{_sup('', 2, 's2-2')}</p>\n"
    "<p>Poetry has a longer history here, and the festival of verse is held every "
    f"spring.{_sup('n', 2, 'g2-8')}</p>"
)


def _parse(html: str) -> ParsedDocument:
    return parse_bytes(html.encode(), "marrowby.html")


def _codes(doc: ParsedDocument) -> list[str]:
    return [a.code.value for a in doc.anomalies]


@pytest.mark.parametrize(
    ("section", "body"),
    [
        pytest.param("Literature", _PROSE, id="literature-prose"),
        pytest.param("Literature", _HATNOTE + "\n" + _PROSE, id="literature-hatnote"),
        pytest.param("Literature", _TWO_PARAGRAPHS, id="literature-two-paragraphs"),
        pytest.param("Sources", _PROSE, id="sources-prose"),
        pytest.param("Bibliography", _HATNOTE + "\n" + _TWO_PARAGRAPHS, id="bibliography-prose"),
    ],
)
def test_a_section_of_cited_prose_is_text_not_a_reference_list(section: str, body: str) -> None:
    doc = _parse(_page(section, body))
    assert len(doc.literature) == 0
    marked = {f.label: len(f.markers) for f in doc.footnotes}
    assert marked == {"n 1": 1, "n 2": 1, "1": 1, "2": 1, "3": 1}
    assert _codes(doc) == []


@pytest.mark.parametrize(
    ("body", "count"),
    [
        pytest.param(
            "<ul><li>Aldane, P. (2004). <i>Valley Verse</i>. Halden Press.</li>"
            "<li>Corrin, T. (1998). <i>Farm Novels</i>. Halden Press.</li></ul>",
            2,
            id="list-of-works",
        ),
        pytest.param(
            "<p>Aldane, P. (2004). <i>Valley Verse</i>. Halden Press.</p>"
            "<p>Corrin, T. (1998). <i>Farm Novels</i>. Halden Press.</p>"
            "<p>Efford, M. (2012). <i>Old Poems</i>. Halden Press.</p>",
            3,
            id="paragraphs-of-works",
        ),
    ],
)
def test_a_literature_section_of_works_stays_the_literature(body: str, count: int) -> None:
    doc = _parse(_page("Literature", body + "\n" + _PROSE.replace("<p>", "<p>Also: ", 1)))
    assert len(doc.literature) >= count


@pytest.mark.parametrize("group", ["n", "note", "Note", "nb", "lower"])
def test_grouped_notes_keep_group_and_number(group: str) -> None:
    body = _PROSE.replace("[n 2]", f"[{group} 2]")
    doc = _parse(_page("Literature", body, group=group))
    labels = sorted(f.label for f in doc.footnotes)
    assert labels == sorted(["1", "2", "3", f"{group} 1", f"{group} 2"])
    assert all(len(f.markers) == 1 for f in doc.footnotes)
    assert "duplicate-definition" not in _codes(doc)


def test_a_source_cited_only_from_a_note_is_cited() -> None:
    doc = _parse(_page("Literature", _PROSE))
    three = next(f for f in doc.footnotes if f.label == "3")
    note = next(f for f in doc.footnotes if f.label == "n 1")
    assert [m.line for m in three.markers] == [note.line]
    assert "definition-without-marker" not in _codes(doc)


def test_the_contents_link_to_the_footnotes_section_is_no_note() -> None:
    doc = _parse(_page("Literature", _PROSE, toc=True))
    assert sorted(f.label for f in doc.footnotes) == ["1", "2", "3", "n 1", "n 2"]
    assert _codes(doc) == []
