"""Word's "Save as Plain Text" with notes: ``[n]`` markers where the notes are called, a
line of underscores, the notes ``[n] text`` one paragraph a line, and a bibliography
under its heading with one entry a line.  The plain-text reader reads the notes as
notes and the list as the literature, in any language.  Text written for these tests."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.readers.plaintext import score
from bibcheck.readers.wordnotes import word_notes

_DOC = """{chapter}
{intro}

{p1}.[1] {p2}.[2]
{p3}.[3] {p4}.[4]

________________
[1] J. Smith, A History of Courts (Clarendon 2001) 12.
[2] ibid. 14.
[3] R. Brown, 'Delay in Civil Cases' (2019) 12 Law Review 45, 50.
{note4}

{heading}
Brown R., 'Delay in Civil Cases' (2018) 12 Law Review 45.
Smith J., A History of Courts (Clarendon 2001).
"""

_LANGUAGES = {
    "en": ("CHAPTER 2", "Courts and delay", "The right is old", "It was narrowed",
           "Brown disagrees", "The courts follow him", "[4] See the table below.",
           "BIBLIOGRAPHY"),
    "de": ("KAPITEL 2", "Gerichte und Verzögerung", "Das Recht ist alt",
           "Es wurde eingeschränkt", "Brown widerspricht", "Die Gerichte folgen ihm",
           "[4] Siehe die Tabelle unten.", "Literaturverzeichnis"),
    "ru": ("ГЛАВА 2", "Суды и волокита", "Это право старое", "Его сузили",
           "Браун не согласен", "Суды следуют ему", "[4] См. таблицу ниже.",
           "Список литературы"),
    "mt": ("KAPITOLU 2", "Il-qrati u d-dewmien", "Id-dritt huwa antik", "Ġie ristrett",
           "Brown ma jaqbilx", "Il-qrati jsegwuh", "[4] Ara t-tabella hawn taħt.",
           "BIBLJOGRAFIJA"),
}  # fmt: skip


def _text(lang: str) -> str:
    chapter, intro, p1, p2, p3, p4, note4, heading = _LANGUAGES[lang]
    return _DOC.format(
        chapter=chapter, intro=intro, p1=p1, p2=p2, p3=p3, p4=p4, note4=note4, heading=heading
    )


@pytest.mark.parametrize("lang", sorted(_LANGUAGES))
def test_word_notes_are_read_as_notes_with_the_list(lang: str) -> None:
    doc = parse_bytes(_text(lang).encode(), f"chapter-{lang}.txt")
    assert doc.reader == "plain-text"
    assert sorted((m.label, m.line) for f in doc.footnotes for m in f.markers) == [
        ("1", 4),
        ("2", 4),
        ("3", 5),
        ("4", 5),
    ]
    assert [f.number for f in doc.footnotes] == [1, 2, 3, 4]
    assert len(doc.literature) == 2
    assert doc.literature[0].line == 14


@pytest.mark.parametrize(
    ("lines", "notes", "entries"),
    [
        pytest.param(["a.[1] b.[2]", "_" * 16, "[1] One.", "[2] Two."], 2, 0, id="no-list"),
        pytest.param(
            ["a.[1] b.[2]", "", "_" * 20, "[1] One.", "more of one", "[2] Two.", "",
             "Bibliography", "X, Y (2001).", "", "Z, W (2002)."],
            2, 2, id="continued-note-and-list",
        ),
        pytest.param(["a.[1]", "_" * 16, "[1] One."], None, 0, id="one-note"),
        pytest.param(["a.[1] b.[2]", "_" * 16, "[2] Two.", "[1] One."], None, 0, id="not-from-1"),
        pytest.param(["a.[1] b.[2]", "_____", "[1] One.", "[2] Two."], None, 0, id="short-blank"),
        pytest.param(["a [1] b [2]", "[1] One.", "[2] Two."], None, 0, id="no-separator"),
    ],
)  # fmt: skip
def test_word_notes_shape(lines: list[str], notes: int | None, entries: int) -> None:
    found = word_notes(lines)
    if notes is None:
        assert found is None
        return
    assert found is not None
    assert len(found.notes) == notes
    assert len(found.literature) == entries


def test_uncalled_notes_do_not_fit() -> None:
    # notes under a separator that the text above never calls: no Word notes
    assert score("Text with no calls.\n" + "_" * 16 + "\n[1] One.\n[2] Two.\n") == 0.0
