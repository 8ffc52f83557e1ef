"""Fix 21 A1: a Pandoc, Org or AsciiDoc note whose text cites a work by key is that
citation, not a second citation of the work (no info ``duplicate-citation`` naming the
note and the key); a MediaWiki ``{{cite book}}`` with editors and no author goes by its
editors, as a .bib entry with editors alone does."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.analyse.duplicates import duplicate_citation_findings
from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode, Severity
from bibcheck.parse.references.wikicite import CiteTemplate, cite_reference
from bibcheck.readers.mediawiki import read

NOTE_BIB = """@book{varga1988,
  author = {Varga, Lili},
  title = {Ferry timetables of the Danube},
  publisher = {Corvina},
  year = {1988},
}

@article{holm2004,
  author = {Holm, Peder},
  title = {Harbour dues and their collectors},
  journal = {Maritime History Review},
  volume = {12},
  pages = {40--61},
  year = {2004},
}
"""


@pytest.mark.parametrize(
    ("name", "text", "repeated"),
    [
        (
            "footnote.md",
            "---\nbibliography: refs.bib\n---\n\nThe timetables changed yearly.[^1]\n\n"
            "[^1]: The dates are those printed in\n    @varga1988 [12--14].\n",
            [],
        ),
        (
            "inline.md",
            "---\nbibliography: refs.bib\n---\n\nDues were farmed out.^[As shown in "
            "[@holm2004, 45].]\n",
            [],
        ),
        (
            "body-and-note.md",
            "---\nbibliography: refs.bib\n---\n\nDues were farmed out [@holm2004; "
            "@varga1988].[^a]\n\n[^a]: On the collectors see @holm2004, 50.\n",
            [],
        ),
        (  # the key's repeats are one work's citations, as in the body
            "two-notes.md",
            "---\nbibliography: refs.bib\n---\n\nFirst.[^1] Second.[^2]\n\n"
            "[^1]: @varga1988 [3].\n[^2]: Again @varga1988 [9].\n",
            [],
        ),
        (  # two notes typing the work out are two citations of it
            "typed-notes.md",
            "The timetables changed.[^1] Again.[^2]\n\n"
            "[^1]: Lili Varga, *Ferry Timetables of the Danube* (Budapest: Corvina, 1988), 12.\n"
            "[^2]: Lili Varga, *Ferry Timetables of the Danube* (Budapest: Corvina, 1988), 19.\n",
            [["1", "2"]],
        ),
        (
            "note.org",
            "#+TITLE: Harbours\n\nDues were farmed out.[fn:1]\n\n* Notes\n\n"
            "[fn:1] On the collectors see [cite:@holm2004 p. 50].\n\n"
            "bibliography:refs.bib\n",
            [],
        ),
    ],
    ids=[
        "footnote",
        "inline-note",
        "cited-in-body-too",
        "two-notes",
        "typed-notes",
        "org-footnote",
    ],
)
def test_a_note_citing_by_key_is_no_second_citation(
    tmp_path: Path, name: str, text: str, repeated: list[list[str]]
) -> None:
    (tmp_path / "refs.bib").write_text(NOTE_BIB, encoding="utf-8")
    (tmp_path / name).write_text(text, encoding="utf-8")
    doc = parse_file(tmp_path / name)
    assert not [a for a in doc.anomalies if a.code is AnomalyCode.CITATION_KEY_MISSING]
    found = [f for f in duplicate_citation_findings(doc) if f.severity is Severity.INFO]
    assert [list(f.footnotes) for f in found] == repeated


# ---------------------------------------------------------------------------
# MediaWiki: an edited book with no author goes by its editors
# ---------------------------------------------------------------------------


def _template(name: str, **params: str) -> CiteTemplate:
    values = {k.replace("_", "-"): v for k, v in params.items()}
    return CiteTemplate(name, values, {k: 3 for k in values}, "{{...}}", 3, 3)


@pytest.mark.parametrize(
    ("name", "params", "people"),
    [
        (
            "cite book",
            {"editor_last": "Halvorsen", "editor_first": "Ingrid", "title": "The Fjord Sagas"},
            ("Halvorsen, Ingrid",),
        ),
        (
            "cite book",
            {
                "editor1_last": "Okonjo",
                "editor1_first": "Ada",
                "editor2_last": "Reyes",
                "editor2_first": "Tomás",
                "title": "Rivers of the Delta",
                "translator": "Jan Moss",
            },
            ("Okonjo, Ada", "Reyes, Tomás"),
        ),
        ("cite book", {"editor": "Pia Lindgren", "title": "Harbour Songs"}, ("Pia Lindgren",)),
        (
            "citation",
            {"editors": "Marek Nowak; Ewa Zielińska", "title": "Amber Roads"},
            ("Marek Nowak", "Ewa Zielińska"),
        ),
        # an author is the author; the editors of a chapter's book or an encyclopedia are no
        # authors of the chapter or the entry
        (
            "cite book",
            {"last": "Berg", "first": "Nils", "editor_last": "Dahl", "title": "Letters"},
            ("Berg, Nils",),
        ),
        (
            "cite book",
            {"editor_last": "Dahl", "chapter": "The Quay", "title": "Harbour Towns"},
            (),
        ),
        (
            "cite encyclopedia",
            {"editor_last": "Dahl", "title": "Tides", "encyclopedia": "Sea Lexicon"},
            (),
        ),
    ],
    ids=[
        "editor",
        "two-editors-translator",
        "whole-name",
        "editors-free-text",
        "author-and-editor",
        "chapter",
        "encyclopedia-entry",
    ],
)
def test_an_edited_book_is_cited_by_its_editors(
    name: str, params: dict[str, str], people: tuple[str, ...]
) -> None:
    assert cite_reference(_template(name, **params)).authors == people


def test_a_reused_editor_only_reference_in_a_page_has_its_editor() -> None:
    page = (
        'The standard edition.<ref name="fs">{{cite book |editor-last=Halvorsen '
        "|editor-first=Ingrid |title=The Fjord Sagas |translator=Jan Moss "
        '|publisher=Nordic Press |year=1998}}</ref> Again.<ref name="fs" />\n\n'
        "== References ==\n{{reflist}}\n"
    )
    doc = read(page)
    assert [n.reference.authors for n in doc.footnotes if n.reference] == [("Halvorsen, Ingrid",)]
