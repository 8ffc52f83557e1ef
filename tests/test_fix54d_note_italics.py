"""Fix round 54, helper d: a discursive note's title is the cited work's, in every reader.

* Word, HTML and LaTeX notes are read with their italics marked (``*Title*``) by one shared
  function (:mod:`bibcheck.parse.references.italic_note`): the title an italic run gives
  is kept (``*Broadcast*, Network (date) ("quote")``, ``Smith, *Title* (2019), 4``), a
  signal set in italics (``*See*``) is no title, a note of commentary stays commentary,
  an italic journal or gazette after a whole title is the container, not the title;
* the sentence a note opens with is no author (``Edward's fall is told by Stow, *Annales*``
  → Stow), and in a note without italics no title either
  (:mod:`bibcheck.parse.references.prose_author`);
* ``Id.``, ``supra note n`` and ``Ibid.`` still resolve to the earlier note.

Own fixtures, written in the patterns legal and humanities notes use.
"""

from __future__ import annotations

import html
import io
import re
import zipfile
from collections.abc import Callable

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import RefKind
from bibcheck.parse.references.italic_note import (
    italic_reference,
    swallowed_names,
    without_signal_marks,
)
from bibcheck.parse.references.prose_author import author_in_prose, work_after_prose
from tests.test_regex_growth import assert_linear

# (note with its italics as *…*, the title, the year, the first author or None)
Case = tuple[str, str | None, int | None, str | None]

NOTES: list[Case] = [
    (
        "*Morning Address of Governor Ruth Ames*, Radio Nine (Apr. 2, 2015)"
        ' ("We will not close the harbour, whatever the board decides").',
        "Morning Address of Governor Ruth Ames",
        2015,
        None,
    ),
    (
        "*Whether a County Clerk May Be Removed Mid-Term*, 27 Op. Bd. Legal Couns. 88, 90"
        " (2003) [hereinafter *Clerk Removal Op.*].",
        "Whether a County Clerk May Be Removed Mid-Term",
        2003,
        None,
    ),
    (
        "All Webster quotations follow *The Collected Plays of John Webster*, ed. Peter Lane"
        " (Oxford: Clarendon, 1984).",
        "The Collected Plays of John Webster",
        1984,
        None,
    ),
    ("Edward's fall is narrated by Stow, *Annales* (1592), 334.", "Annales", 1592, "Stow"),
    (
        "The siege is told from Hall, *The Union of the Noble Houses* (1548), fol. 12.",
        "The Union of the Noble Houses",
        1548,
        "Hall",
    ),
    (
        "*See* Ruth Dane & Owen Pike, *Fear and Loss: Data Breaches as Injury*, 80 Harb."
        " L. Rev. 611, 620 (2016).",
        "Fear and Loss: Data Breaches as Injury",
        2016,
        "Ruth Dane",
    ),
    # the ordinary note does not change
    ("Greaves, *Country Houses of Kent* (2019), 4.", "Country Houses of Kent", 2019, "Greaves"),
    # negative: an italic gazette after the act's whole title is its container
    (
        "City Council. Notice on the Use of Public Parks in Winter. *Official Gazette of"
        " the City*, No. 12, 2019, pp. 4–6.",
        "Notice on the Use of Public Parks in Winter",
        2019,
        "City Council",
    ),
    # negative: commentary naming a catalogue in italics stays commentary
    (
        "The titles are listed in Appendix C. Their spellings have been checked against"
        " the *National Union Catalog*.",
        None,
        None,
        None,
    ),
]


def _latex(notes: list[str]) -> tuple[bytes, str]:
    def tex(note: str) -> str:
        note = note.replace("&", r"\&").replace("§", r"\S{}")
        return re.sub(r"\*([^*]+)\*", r"\\emph{\1}", note)

    body = "".join(f"Sentence {i}.\\footnote{{{tex(n)}}}\n" for i, n in enumerate(notes, 1))
    return f"\\documentclass{{article}}\n\\begin{{document}}\n{body}\\end{{document}}\n".encode(), (
        "notes.tex"
    )


def _html(notes: list[str]) -> tuple[bytes, str]:
    body = "".join(
        f'<p>Sentence {i}.<a href="#fn{i}" class="footnote-ref" id="fnref{i}"><sup>{i}</sup>'
        "</a></p>\n"
        for i in range(1, len(notes) + 1)
    )
    items = "".join(
        f'<li id="fn{i}"><p>'
        + re.sub(r"\*([^*]+)\*", r"<em>\1</em>", html.escape(n, quote=False))
        + f' <a href="#fnref{i}" class="footnote-back">↩</a></p></li>\n'
        for i, n in enumerate(notes, 1)
    )
    page = (
        f"<html><head><title>Notes</title></head><body>{body}"
        f'<section class="footnotes"><hr/><ol>{items}</ol></section></body></html>'
    )
    return page.encode(), "notes.html"


_W = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
)
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _runs(note: str) -> str:
    runs = []
    for k, part in enumerate(note.split("*")):
        if part:
            style = "<w:rPr><w:i/></w:rPr>" if k % 2 else ""
            text = html.escape(part, quote=False)
            runs.append(f'<w:r>{style}<w:t xml:space="preserve">{text}</w:t></w:r>')
    return "".join(runs)


def _docx(notes: list[str]) -> tuple[bytes, str]:
    body = "".join(
        f'<w:p><w:r><w:t xml:space="preserve">Sentence {i}.</w:t></w:r><w:r><w:rPr>'
        f'<w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="{i}"/>'
        "</w:r></w:p>"
        for i in range(1, len(notes) + 1)
    )
    notes_xml = "".join(
        f'<w:footnote w:id="{i}"><w:p><w:r><w:footnoteRef/></w:r>'
        f'<w:r><w:t xml:space="preserve"> </w:t></w:r>{_runs(n)}</w:p></w:footnote>'
        for i, n in enumerate(notes, 1)
    )

    def rels(rid: str, kind: str, target: str) -> str:
        return (
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="{rid}" Type="{_REL}/{kind}" Target="{target}"/></Relationships>'
        )

    parts = {
        "[Content_Types].xml": (
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'
        ),
        "_rels/.rels": rels("rId1", "officeDocument", "word/document.xml"),
        "word/document.xml": f"<w:document {_W}><w:body>{body}</w:body></w:document>",
        "word/footnotes.xml": f"<w:footnotes {_W}>{notes_xml}</w:footnotes>",
        "word/_rels/document.xml.rels": rels("rIdF", "footnotes", "footnotes.xml"),
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, xml in parts.items():
            archive.writestr(name, '<?xml version="1.0" encoding="UTF-8"?>' + xml)
    return buffer.getvalue(), "notes.docx"


def _markdown(notes: list[str]) -> tuple[bytes, str]:
    body = "\n".join(f"Sentence {i}.[^{i}]" for i in range(1, len(notes) + 1))
    defs = "\n".join(f"[^{i}]: {n}" for i, n in enumerate(notes, 1))
    return f"# Notes\n\n{body}\n\n{defs}\n".encode(), "notes.md"


FORMATS = [
    pytest.param(_latex, id="latex"),
    pytest.param(_html, id="html"),
    pytest.param(_docx, id="docx"),
    pytest.param(_markdown, id="markdown"),
]


# Markdown notes are parsed from their source, marks and all, by the Markdown family's own
# path: a signal set in italics or a term in a commentary note is still read as a title there
# (left for another round)
_MARKDOWN_OPEN = ("*See* Ruth Dane", "The titles are listed")


@pytest.mark.parametrize("render", FORMATS)
@pytest.mark.parametrize("case", [pytest.param(c, id=c[0][:40]) for c in NOTES])
def test_note_fields_in_every_reader(
    render: Callable[[list[str]], tuple[bytes, str]], case: Case
) -> None:
    text, title, year, author = case
    if render is _markdown and text.startswith(_MARKDOWN_OPEN):
        pytest.xfail("Markdown notes keep their own reading (see _MARKDOWN_OPEN)")
    # (a plain first note, so that a document of one commentary note is still read)
    data, path = render(["Ann Roe, *The Salt Roads* (London: Verso, 2004), 12.", text])
    ref = parse_bytes(data, path).footnotes[1].reference
    assert (ref.title, ref.year, ref.authors[0] if ref.authors else None) == (
        title,
        year,
        author,
    )
    if render is not _markdown:  # (a Markdown note's text is its source, marks and all)
        assert "*" not in ref.raw


@pytest.mark.parametrize("render", FORMATS[:3])
def test_short_forms_still_resolve(render: Callable[[list[str]], tuple[bytes, str]]) -> None:
    notes = [
        "*See, e.g.*, Ann Roe, *The Salt Roads* (London: Verso, 2004), 12.",
        "Greaves, *Country Houses of Kent* (2019), 4.",
        "*Id.* at 5.",
        "Roe, *supra* note 1, at 7.",
        "Ibid.",
    ]
    data, path = render(notes)
    titles = [fn.reference.title for fn in parse_bytes(data, path).footnotes]
    assert titles == [
        "The Salt Roads",
        "Country Houses of Kent",
        "Country Houses of Kent",
        "The Salt Roads",
        "The Salt Roads",
    ]


@pytest.mark.parametrize(
    ("plain_note", "title", "author"),
    [
        pytest.param(
            "Edward's fall is narrated by Stow, Annales (1592), 334.",
            "Annales",
            "Stow",
            id="sentence-by-name",
        ),
        pytest.param(
            "The quarrel is retold by Holt, Chronicle of the Marches (1590), 2:110.",
            "Chronicle of the Marches",
            "Holt",
            id="sentence-by-name-long-title",
        ),
        pytest.param(
            "Ann Roe, The Harbour Trade (London: Verso, 2004), 12.",
            "The Harbour Trade",
            "Ann Roe",
            id="ordinary-note-unchanged",
        ),
    ],
)
def test_unmarked_note_after_prose(plain_note: str, title: str, author: str) -> None:
    data, path = _markdown(["Ann Roe, *The Salt Roads* (London: Verso, 2004), 12.", plain_note])
    ref = parse_bytes(data, path).footnotes[1].reference
    assert (ref.title, ref.authors[:1]) == (title, (author,))


@pytest.mark.parametrize(
    ("author", "expected"),
    [
        pytest.param("Edward's fall is narrated by Stow", "Stow", id="narrated-by"),
        pytest.param("The scene is taken from Jean de Lery", "Jean de Lery", id="particle"),
        pytest.param("This view has since been abandoned", "", id="sentence-no-name"),
        pytest.param("Ministry of the Interior", None, id="body-no"),
        pytest.param("Jean de la Fontaine", None, id="particles-no"),
        pytest.param("Office of the High Commissioner for Refugees", None, id="office-no"),
        pytest.param("Daniel J. Solove", None, id="name-no"),
    ],
)
def test_author_in_prose(author: str, expected: str | None) -> None:
    assert author_in_prose(author) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Richard's deposition is glossed by Holt, Chronicles (1577), 2:1105.",
            ("Holt", "Chronicles"),
            id="glossed-by",
        ),
        pytest.param("Ann Roe, The Harbour Trade (2004), 12.", None, id="note-no"),
        pytest.param(
            "Report of the Board in 2019 by Lane, Harbours, 4.", None, id="digits-in-prose-no"
        ),
        pytest.param("Published by Verso, London, 2004.", None, id="short-prose-no"),
    ],
)
def test_work_after_prose(text: str, expected: tuple[str, str] | None) -> None:
    assert work_after_prose(text) == expected


@pytest.mark.parametrize(
    ("marked", "expected"),
    [
        pytest.param("*See* Roe, *Tides*, 4.", "See Roe, *Tides*, 4.", id="signal"),
        pytest.param("*Id.* at 4; *Cf.* *Tides*.", "Id. at 4; Cf. *Tides*.", id="id-cf"),
        pytest.param(
            "*See, e.g., Harbour Talk*, Net.", "*See, e.g., Harbour Talk*, Net.", id="kept"
        ),
        pytest.param("Roe, *supra* note 3.", "Roe, supra note 3.", id="supra"),
    ],
)
def test_without_signal_marks(marked: str, expected: str) -> None:
    assert without_signal_marks(marked) == expected


@pytest.mark.parametrize(
    ("marked", "title", "kind"),
    [
        pytest.param(
            "*Morning Address of Governor Ruth Ames*, Radio Nine (Apr. 2, 2015).",
            "Morning Address of Governor Ruth Ames",
            None,
            id="italic-title",
        ),
        pytest.param(
            "Lund, K.; Berg, T. A cohort study of night work. *Sleep* 2017, 40, 12.",
            "A cohort study of night work",
            None,
            id="italic-journal-names-kept",
        ),
        pytest.param(
            "See Ann Lowe, “The First Hanging of the *Kent Tapestry*,” *Textile History* 41,"
            " no. 2 (2010): 131–51.",
            "The First Hanging of the Kent Tapestry",
            None,
            id="italic-term-in-quoted-title-no",
        ),
        pytest.param(
            "The list is given in Appendix B. It was checked against the *Union Catalogue*.",
            None,
            RefKind.COMMENTARY,
            id="commentary-stays",
        ),
    ],
)
def test_italic_reference(marked: str, title: str | None, kind: RefKind | None) -> None:
    ref = italic_reference(marked.replace("*", ""), marked, (1,), note=True, title_run=True)
    assert ref.title == title
    if kind is not None:
        assert ref.kind is kind
    assert "*" not in ref.raw


def test_swallowed_names_not_for_an_italic_title() -> None:
    marked = "*The Complete Works of Christopher Marlowe*, ed. R. Gill (Oxford, 1987)."
    whole = italic_reference(marked.replace("*", ""), marked, (1,), note=True)
    plain = whole.__class__(marked, 1, 1, authors=("Christopher Marlowe",), title="ed. R. Gill")
    assert whole.title == "The Complete Works of Christopher Marlowe"
    assert not swallowed_names(whole, plain, marked)
    # the same reading without the marks: the names were swallowed
    assert swallowed_names(whole, plain, marked.replace("*", ""))


Line = Callable[[int], str]

LINES = [
    pytest.param(lambda n: "a" * n, id="one-long-word"),
    pytest.param(lambda n: "is told by Ames " * (n // 16), id="prose-names"),
    pytest.param(lambda n: "*See* *a* " * (n // 10), id="signals"),
    pytest.param(lambda n: "Ab Cd " * (n // 6), id="capitals"),
    pytest.param(lambda n: "is by A, " * (n // 9), id="comma-names"),
]


@pytest.mark.parametrize("line", LINES)
def test_prose_fields_are_linear(line: Line) -> None:
    assert_linear(author_in_prose, line)
    assert_linear(work_after_prose, line)
    assert_linear(without_signal_marks, line)
