"""Discursive notes of humanities, legal and policy writing, and the link notes of blogs.

* a note that opens with sentences of commentary and then cites (``... For example, see:
  Name, *Title*, ...``) is read from the citation; a note citing several works joined by
  ``;`` gives its first work's fields, and each work is looked up in the literature list;
* a list entry ``Last, First, Second Name, and Third Name, *Title,* Place: Publisher, Year.``
  (the names end with a comma, the title's comma inside the emphasis) has its authors;
* in a blog's notes, prose before a link is no author, a linked word stays in the text, and
  every URL of a note is a link to check (stored, reported, archived).

Every text here was written for these tests, in the shapes such documents have.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bibcheck.analyse.common import citations_by_url
from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode, RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.discursive import after_lead_in_prose, mended_semicolons
from bibcheck.parse.references.inverted_names import parse as parse_inverted
from bibcheck.parse.references.prose_links import names_before_link
from bibcheck.parse.references.several import work_spans
from bibcheck.store import open_db
from bibcheck.store.documents import load_document, save_document
from bibcheck.urls import extract_urls
from tests.test_regex_growth import assert_linear

# --- notes: sentences of prose, then a lead-in, then the citation ---------------------------

LEAD_INS = [
    pytest.param(
        "Our reading departs from earlier surveys of the canal system as a whole. For "
        "example, see: Maria Lind, *Locks and Levels: A Social History*, Leeds: Tideway "
        "Press, 1998.",
        "Maria Lind",
        "Locks and Levels: A Social History",
        1998,
        id="for-example-see-colon",
    ),
    pytest.param(
        "Harbour guilds have attracted steady interest. Their records were long ignored. "
        "See: Omar Haddad, *The Dockside Guilds*, Bristol: Quay Books, 2011.",
        "Omar Haddad",
        "The Dockside Guilds",
        2011,
        id="two-sentences-see-colon",
    ),
    pytest.param(
        "The tolls were contested from the outset. On this, see Ruth Okafor, *Paying the "
        "Bridge*, Durham: Weir Press, 2007.",
        "Ruth Okafor",
        "Paying the Bridge",
        2007,
        id="on-this-see",
    ),
    pytest.param(
        "Few historians have asked who kept the ledgers! See also Pia Sund, *Clerks of the "
        "Coast*, Hull: Estuary Press, 2015.",
        "Pia Sund",
        "Clerks of the Coast",
        2015,
        id="exclamation-see-also",
    ),
    # a law-review note: a sentence of argument, then a Bluebook signal
    pytest.param(
        "The rule has drawn criticism from several quarters. See, e.g., Ann Roe, *Harbour "
        "Liens Revisited*, 12 Coastal L. Rev. 45, 52 (2001).",
        "Ann Roe",
        "Harbour Liens Revisited",
        2001,
        id="law-review-see-eg",
    ),
]


@pytest.mark.parametrize(("text", "author", "title", "year"), LEAD_INS)
def test_lead_in_prose_is_no_field(text: str, author: str, title: str, year: int) -> None:
    start = after_lead_in_prose(text)
    assert text[start:].startswith(author)
    ref = parse_reference(text, (1,), note=True)
    assert ref.title == title
    assert ref.year == year
    assert ref.authors[:1] == (author,)
    assert ref.raw == text


NOT_LEAD_INS = [
    # the note cites before the sentence that hands over: no lead-in to its first work
    pytest.param("Lind, *Locks and Levels*, 12. See also Sund, *Clerks*, 4.", id="cites-first"),
    # prose only: commentary, no citation
    pytest.param("The ledgers were kept in pencil. Some are lost.", id="prose-only"),
    # a name opens the note, and no lead-in follows
    pytest.param("Maria Lind, *Locks and Levels*, Leeds: Tideway Press, 1998.", id="plain"),
]


@pytest.mark.parametrize("text", NOT_LEAD_INS)
def test_no_lead_in_prose(text: str) -> None:
    assert after_lead_in_prose(text) == 0


# --- list entries: inverted first author, the others in order, italic title ---------------

ENTRIES = [
    pytest.param(
        "Lind, Maria, Omar Haddad, and Pia Sund, *1999 Canal Freight Survey: Barges, Locks, "
        "and Tolls,* Leeds: Tideway Institute, 1999.",
        ("Lind, Maria", "Omar Haddad", "Pia Sund"),
        "1999 Canal Freight Survey: Barges, Locks, and Tolls",
        1999,
        id="three-names-comma-title-comma-inside",
    ),
    pytest.param(
        "Okafor, Ruth et al (eds). *Bridges and Tolls*. Durham: Weir Press, 2007.",
        ("Okafor, Ruth",),
        "Bridges and Tolls",
        2007,
        id="et-al-eds-no-point",
    ),
    pytest.param(
        "Okafor, Ruth et al. (eds). *Tolls Contested*, Durham: Weir Press, 2009.",
        ("Okafor, Ruth",),
        "Tolls Contested",
        2009,
        id="et-al-eds",
    ),
    pytest.param(
        "Sund, Pia and Jon Berg. *Who Kept the Ledgers? Clerks of the Coast*, Hull: "
        "Estuary Press, 2015.",
        ("Sund, Pia", "Jon Berg"),
        "Who Kept the Ledgers? Clerks of the Coast",
        2015,
        id="two-names-question-title",
    ),
    # (a variant: underscores for the italics, initials for the given name)
    pytest.param(
        "Haddad, O. M., Lena Roth, and Ivo Maas, _Dock Labour, 1890-1930,_ Bristol: Quay "
        "Books, 2012.",
        ("Haddad, O. M.", "Lena Roth", "Ivo Maas"),
        "Dock Labour, 1890-1930",
        2012,
        id="underscore-initials",
    ),
]


@pytest.mark.parametrize(("text", "authors", "title", "year"), ENTRIES)
def test_inverted_names_then_italic_title(
    text: str, authors: tuple[str, ...], title: str, year: int
) -> None:
    ref = parse_reference(text, (1,))
    assert (ref.authors, ref.title, ref.year) == (authors, title, year)
    assert ref.kind is not RefKind.UNKNOWN


@pytest.mark.parametrize(
    "text",
    [
        # an article: journal and numbers are left to the other parsers
        "Lind, Maria, *Canal Review* 31 (2014): 185-199.",
        # no year in the facts
        "Lind, Maria, *Locks and Levels*, Leeds: Tideway Press.",
        # a short note: a surname alone, no "et al."
        "Lind, *Locks and Levels*, Leeds: Tideway Press, 1998.",
    ],
)
def test_inverted_names_refuses_other_shapes(text: str) -> None:
    assert parse_inverted(text) is None


# --- several works in one note, a semicolon mistyped for a colon ---------------------------


def test_mended_semicolon_keeps_offsets() -> None:
    text = "A Lind, *Locks*, Leeds; Tideway Press, 1998; O Haddad, *Guilds*, Bristol: Quay, 2011."
    mended = mended_semicolons(text)
    assert len(mended) == len(text)
    assert "Leeds: Tideway" in mended
    assert "1998; O Haddad" in mended  # (between two works: kept)


ESSAY = """\
# Canals and their keepers

The canal trade grew quickly.[^1] Its guilds were many.[^2] Freight is counted.[^3]

## References

Haddad, Omar. *The Dockside Guilds*. Bristol: Quay Books, 2011.

Lind, Maria. *Locks and Levels: A Social History*. Leeds: Tideway Press, 1998.

Lind, Maria et al (eds). *Barge Crews*, Leeds: Tideway Press, 2003.

Lind, Maria et al. (eds). *Barge Owners*, Leeds: Tideway Press, 2005.

Lind, Maria, Omar Haddad, and Pia Sund, *1999 Canal Freight Survey: Barges, Locks, and
Tolls,* Leeds: Tideway Institute, 1999.

Sund, Pia et al. *2004 Canal Freight Survey*, Leeds: Tideway Institute, 2004

[^1]: Our reading departs from earlier surveys of the canal system as a
    whole. For example, see: Maria Lind, *Locks and Levels: A Social
    History*, Leeds: Tideway Press, 1998.

[^2]: Guild records have drawn a run of careful studies of crews and
    owners alike. See: Omar Haddad, *The Dockside Guilds*, Bristol: Quay
    Books, 2011; Maria Lind et al. (eds), *Barge Crews*, Leeds: Tideway
    Press, 2003; Lind et al (eds), *Barge Owners*, Leeds; Tideway Press,
    2005; Pia Sund et al, *2004 Canal Freight Survey*, Leeds: Tideway
    Institute, 2004.

[^3]: Maria Lind, Omar Haddad, and Pia Sund, *1999 Canal Freight Survey:
    Barges, Locks, and Tolls,* Leeds: Tideway Institute, 1999, p. 4.
"""


def test_chicago_essay_notes_match_the_list() -> None:
    doc = parse_bytes(ESSAY.encode(), "canals.md")
    codes = [a.code for a in doc.anomalies]
    assert AnomalyCode.LITERATURE_MISSING not in codes
    assert AnomalyCode.LITERATURE_UNCITED not in codes
    assert AnomalyCode.LITERATURE_YEAR_DIFFERS not in codes
    linked = {fn.label: fn.literature.number if fn.literature else None for fn in doc.footnotes}
    assert linked == {"1": 2, "2": 1, "3": 5}
    two = doc.footnotes[1].reference
    assert (two.authors, two.title, two.year) == (("Omar Haddad",), "The Dockside Guilds", 2011)


def test_four_works_are_four_spans() -> None:
    note = ESSAY.split("[^2]: ", 1)[1].split("[^3]")[0]
    assert len(work_spans(note)) == 4


LAW_NOTE = """\
# Liens at sea

The rule is old.[^1] Courts keep it.[^2]

[^1]: The rule has drawn criticism from several quarters. See, e.g., Ann Roe, *Harbour
    Liens Revisited*, 12 Coastal L. Rev. 45, 52 (2001); Tim Wu & Jo Chen, *Salvage and
    Sovereignty*, 88 Tide L.J. 301 (2015).

[^2]: Courts have not followed that criticism. See Marsh v. Dock Co., 412 F.3d 77, 80
    (2d Cir. 2005); cf. Ann Roe, *Liens at Sea*, 14 Coastal L. Rev. 9 (2003).
"""


def test_law_review_note_gives_its_first_work() -> None:
    doc = parse_bytes(LAW_NOTE.encode(), "liens.md")
    one, two = (fn.reference for fn in doc.footnotes)
    assert (one.authors, one.title, one.year) == (("Ann Roe",), "Harbour Liens Revisited", 2001)
    assert one.kind is RefKind.ARTICLE
    assert (two.title, two.year) == ("Marsh v. Dock Co.", 2005)


@pytest.mark.parametrize(
    ("note", "title", "year"),
    [
        pytest.param(  # the matter a work is about, then the work: the work's fields
            "Royal charter no. 112, 3 March 1702. See Ana Ruiz, “Charters and Mills,” Mill "
            "History Review 4 (2009): 11–30.",
            "Charters and Mills",
            2009,
            id="matter-then-see-work",
        ),
        pytest.param(  # an apostrophe in a co-publisher is no closing quote: no split
            "On the lists I use J. Roe, ed., Registres des livres, vol. 3, 1612, 1640 "
            "(Lyon: Presses de l’École; Paris: Droz, 1994). Numbers refer to its entries.",
            "Registres des livres",
            1994,
            id="apostrophe-in-publishers",
        ),
    ],
)
def test_first_work_is_a_work(note: str, title: str, year: int) -> None:
    doc = parse_bytes(f"A claim.[^1]\n\n[^1]: {note}\n".encode(), "n.md")
    ref = doc.footnotes[0].reference
    assert ref is not None and ref.year == year
    assert ref.title is not None and ref.title.startswith(title)


# --- blog notes: prose before links, linked words, every URL --------------------------------

LINK_NOTES = [
    pytest.param(
        "Thanks to [Lena Roth for the first sketch](https://a.example/issue/12)!",
        (),
        "Thanks to Lena Roth for the first sketch!",
        id="thanks-to",
    ),
    pytest.param(
        "Yes, you can nest [callouts inside tabs](https://b.example/t/1234).",
        (),
        "Yes, you can nest callouts inside tabs",
        id="yes-you-can",
    ),
    pytest.param(
        "With [due credit](https://c.example/LICENSE), naturally.",
        (),
        "With due credit, naturally",
        id="with",
    ),
    pytest.param(
        "There are [several](https://d.example/x) [tools](https://e.example/y) for "
        "[this](https://f.example/z).",
        (),
        "There are several tools for this",
        id="linked-words",
    ),
    # names before a linked title stay the authors
    pytest.param(
        "Berg, Jon, [Harbour Dialects of the North](https://g.example/book), Oslo, 1987.",
        ("Berg, Jon",),
        "Harbour Dialects of the North",
        id="names-then-linked-title",
    ),
]


@pytest.mark.parametrize(("text", "authors", "title"), LINK_NOTES)
def test_link_notes(text: str, authors: tuple[str, ...], title: str) -> None:
    ref = parse_reference(text, (1,), note=True)
    assert ref.authors == authors
    assert ref.title == title


@pytest.mark.parametrize(
    ("head", "names"),
    [
        ("Thanks to ", False),
        ("With ", False),
        ("I wrote about ", False),
        ("Berg, Jon, ", True),
        ("van der Berg, Jon and Ann de Vries. ", True),
        ("Magistrát města Brna, ", True),  # (an organisation, lower-case words in it)
    ],
)
def test_names_before_link(head: str, names: bool) -> None:
    assert names_before_link(head) is names


def test_one_word_label_kept_only_in_prose() -> None:
    assert extract_urls("Data are kept [here](https://a.example/x).", (1,)).rest == (
        "Data are kept here."
    )
    # (after a comma, a designation of the link: not part of the text)
    assert "online" not in extract_urls("Berg, Title, [online](https://a.example/x)", (1,)).rest


BLOG = """\
# Testing the mock

We tried several approaches.[^1] It worked.[^2]

[^1]: In fact, there are [several](https://d.example/x) [tools](https://e.example/y) for
    [this](https://f.example/z).

[^2]: Thanks to [Lena Roth](https://a.example/issue/12) and
    [Ivo Maas](https://a.example/issue/14)!
"""


def test_every_url_of_a_note_is_a_link(tmp_path: Path) -> None:
    doc = parse_bytes(BLOG.encode(), "post.md")
    one, two = (fn.reference for fn in doc.footnotes)
    assert one.url == "https://d.example/x"
    assert one.links == ("https://e.example/y", "https://f.example/z")
    assert two.links == ("https://a.example/issue/14",)
    expected = {
        "https://d.example/x",
        "https://e.example/y",
        "https://f.example/z",
        "https://a.example/issue/12",
        "https://a.example/issue/14",
    }
    assert set(citations_by_url(doc)) == expected
    db = open_db(tmp_path / "b.db")
    try:
        save_document(db, doc, size=len(BLOG), now=datetime(2026, 1, 1, tzinfo=UTC))
        stored = {r["url"] for r in db.query("select url from reference_urls")}
        assert stored == expected
        again = load_document(db, doc.id)
        assert [fn.reference.links for fn in again.footnotes] == [one.links, two.links]
        assert set(citations_by_url(again)) == expected
    finally:
        db.close()


# --- linear time on long untrusted lines ---------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        lambda n: "a. " * (n // 3),
        lambda n: "Word, " * (n // 6) + "*T*",
        lambda n: "Lind, Maria, " + "Ann Roe, " * (n // 9) + "*T*, Leeds: P, 1999.",
        lambda n: "; A B C D, 1999" * (n // 15),
        lambda n: "a [x](https://a.example/x) " * (n // 27),
    ],
)
def test_long_lines_parse_in_linear_time(line: Callable[[int], str]) -> None:
    def parse(text: str) -> object:
        after_lead_in_prose(text)
        parse_inverted(text)
        mended_semicolons(text)
        return extract_urls(text, (1,))

    assert_linear(parse, line)
