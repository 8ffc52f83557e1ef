"""MLA 9 text in Word and OpenDocument beside the document's own notes, and the MLA shapes
of humanities Works Cited lists: author only ``(Quill)``, author and page, a page alone
after the author is named, an author known by one name with a short title and line or
Bekker numbers ``(Sophocles, Antigone 450-57)``, ``(Rhetoric 1356a2-4)``, a volume and
page ``(Sophocles, Fragments 2: 88)``, a film or an anonymous work by its title
``(Nightfall)``; roles after the names (``Rowe, Clara, et al., editors.``, ``Tarn, Edwin,
director.``), a series after an edition's facts and a film listed under its title.  Every
text is written for this test."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode as C
from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.readers.mla import mla_index, mla_shaped, scan_all
from tests.test_wordbody_author_date_with_notes import _docx, _odt

ENTRIES = (
    "Aristotle. Rhetoric. Translated by Mara Quell, Lantern UP, 2009. Lantern Classics 12.",
    "Marsh, Irene. The Chorus in Exile. Greyfield UP, 2016.",
    "Nightfall at Thebes. Directed by Tomas Lund, Northlight Pictures, 1971.",
    "Quill, Adam. “Antigone at the Annex.” The Evening Ledger, 3 May 2019.",
    "Rowe, Clara, et al., editors. Tragedy on Tour. Kestrel Books, 2005.",
    "Sophocles. Antigone. Translated by Peter Vane, Harbor Books, 2011.",
    "Sophocles. Fragments. Edited by Ilse Dorn, vol. 2, Fenwick Press, 1998.",
    "Tarn, Edwin, director. Antigone. By Sophocles, Lyric Stage, Bristol, 12 March 2018.",
)
DOC = (
    "Antigone on Tour",
    (
        "Aristotle faulted such endings (Rhetoric 1356a2–4), and Sophocles gives the heroine "
        "her own law (Sophocles, Antigone 450–57).",
        "The fragments add little (Sophocles, Fragments 2: 88).",
    ),
    ("Lyric Stage archive, Bristol, prompt book, 2018.", "Conversation with the director."),
    "Marsh reads the chorus as exiles (45). Reviewers agreed (Quill), and the film ends in "
    "the rain (Nightfall). Histories of touring (Rowe et al. 12–19) and the Bristol staging "
    "(Tarn) say the same.",
    "Marsh’s account of the chorus (44–46) is the fullest.",
    "Works Cited",
    ENTRIES,
)
# notes by number; the list's entries as [n] (their place), at their paragraph
WANT = [
    ("1", 2), ("2", 2), ("[1]", 2), ("[6]", 2), ("[7]", 2),
    ("3", 3), ("[2]", 3), ("[4]", 3), ("[3]", 3), ("[5]", 3), ("[8]", 3),
]  # fmt: skip


@pytest.mark.parametrize("fmt", ["docx", "odt"])
@pytest.mark.parametrize("kind", ["footnote", "endnote"])
def test_mla_citations_beside_notes(fmt: str, kind: str) -> None:
    data = _docx(DOC, kind) if fmt == "docx" else _odt(DOC, kind)
    got = parse_bytes(data, f"essay.{fmt}")
    cites = sorted((fn.label, m.line) for fn in got.footnotes for m in fn.markers)
    assert cites == sorted(WANT)
    notes = {fn.label: fn.reference for fn in got.footnotes}
    assert notes["[6]"].title == "Antigone" and notes["[7]"].title == "Fragments"
    codes = {a.code for a in got.all_anomalies()}
    assert not {C.LITERATURE_UNCITED, C.CITATION_KEY_MISSING, C.UNREAD_REGION} & codes


# (parenthesis with what the sentence says before it, the entry it cites: its number)
PARENS = [
    pytest.param("Reviewers agreed (Quill).", "4", id="author-only"),
    pytest.param("The chorus is in exile (Marsh 45).", "2", id="author-page"),
    pytest.param("Marsh reads it so (45).", "2", id="page-after-name"),
    pytest.param("Marsh’s reading (44–46) holds.", "2", id="range-mid-sentence"),
    pytest.param("Her law (Sophocles, Antigone 450–57).", "6", id="one-name-title-lines"),
    pytest.param("A fragment (Sophocles, Fragments 2: 88).", "7", id="volume-page"),
    pytest.param("Aristotle says so (Rhetoric 1356a2–4).", "1", id="bekker-title-alone"),
    pytest.param("As he puts it (Rhetoric 1358b).", "1", id="bekker-column"),
    pytest.param("The film ends so (Nightfall).", "3", id="film-by-title"),
    pytest.param("On tour (Rowe et al. 12–19).", "5", id="editors-et-al"),
    pytest.param("The staging (Tarn).", "8", id="director-role"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "label"), PARENS)
def test_mla_parentheticals(text: str, label: str) -> None:
    entries = [(str(i), e) for i, e in enumerate(ENTRIES, 1)]
    assert mla_shaped(entries)
    found, missing, _ = scan_all(text, mla_index(entries), None)
    assert [lab for _, _, lab in found] == [label] and not missing


# (entry, kind, authors, title, year; a film's director its author in MLA's comma form as
# in the full-stop form, fix70d)
# (editors are kept as the entry's names, as every editors' head is read:
# bibcheck.parse.references.role_marks, tests/test_fix76b_role_marks.py)
REFS = [
    pytest.param("Rowe, Clara, et al., editors. Tragedy on Tour. Kestrel Books, 2005.",
                 RefKind.BOOK, ("Rowe, Clara",), "Tragedy on Tour", 2005,
                 id="editors-as-names"),
    pytest.param("Dunmore, Alan G., editor. Seneca: Phaedra. Hollin UP, 2012.",
                 RefKind.BOOK, ("Dunmore, Alan G",), "Seneca: Phaedra", 2012,
                 id="editor-initial"),
    pytest.param("Tarn, Edwin, director. Antigone. By Sophocles, Lyric Stage, Bristol, "
                 "12 March 2018.", RefKind.UNKNOWN, ("Tarn, Edwin",), "Antigone", 2018,
                 id="director-is-author"),
    pytest.param("Aristotle. Rhetoric. Translated by Mara Quell, Lantern UP, 2009. Lantern "
                 "Classics 12.", RefKind.BOOK, ("Aristotle",), "Rhetoric", 2009,
                 id="edition-with-series"),
    pytest.param("Sophocles. Fragments. Edited by Ilse Dorn, vol. 2, Fenwick Press, 1998. "
                 "Fenwick Classical Texts.", RefKind.BOOK, ("Sophocles",), "Fragments", 1998,
                 id="edition-with-unnumbered-series"),
    pytest.param("Nightfall at Thebes. Directed by Tomas Lund, Northlight Pictures, 1971.",
                 RefKind.WEB, ("Tomas Lund",), "Nightfall at Thebes", 1971, id="film-en"),
    pytest.param("Die Nacht vor Theben. Regie: Lena Brandt, Nordlicht Film, 1974.",
                 RefKind.WEB, ("Lena Brandt",), "Die Nacht vor Theben", 1974, id="film-de"),
    pytest.param("La notte di Tebe. Regia di Paolo Serra, Luce Nord, 1966.",
                 RefKind.WEB, ("Paolo Serra",), "La notte di Tebe", 1966, id="film-it"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "authors", "title", "year"), REFS)
def test_mla_entries(
    text: str, kind: RefKind, authors: tuple[str, ...], title: str, year: int
) -> None:
    ref = parse_reference(text, (1,), detect_styles=True)
    assert (ref.kind, ref.authors, ref.title, ref.year) == (kind, authors, title, year)
