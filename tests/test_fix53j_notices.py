"""Fix 53j: notices said where they belong -- a notice about a whole book once per book,
the claim of a note on a wiki list item its own item, a bare key in a Pandoc citation
group, a wiki note group that is never shown.  Own fixtures, in the shapes books, wiki
pages and Pandoc papers use."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from bibcheck.booknotices import said_once
from bibcheck.manuscript import parse_file
from bibcheck.model import Anomaly, AnomalyCode, ParsedDocument
from bibcheck.pipeline import Outcome, read_manuscripts
from bibcheck.readers.pandocgroups import unmarked_keys
from bibcheck.readers.wikigroups import unshown_groups
from tests.test_regex_growth import assert_linear

# --------------------------------------------------------------------------
# Once per book
# --------------------------------------------------------------------------

_NO_LIST = Anomaly(AnomalyCode.NO_LITERATURE_LIST, "no literature list found", None)
_AT_LINE = Anomaly(AnomalyCode.NO_LITERATURE_LIST, "cites [1], [2] but no list (line 4)", 4)
_OTHER = Anomaly(AnomalyCode.URL_INVALID, "url 'x' has no scheme", 3)


def _doc(name: str, *anomalies: Anomaly) -> ParsedDocument:
    return ParsedDocument(
        id=name, path=name, reader="r", title=None, encoding="utf-8", footnotes=(),
        literature=(), anomalies=anomalies,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("docs", "expected"),
    [
        # the same document-level notice in three chapters: said on the first only
        (
            [_doc("a", _NO_LIST), _doc("b", _NO_LIST, _OTHER), _doc("c", _NO_LIST)],
            [[AnomalyCode.NO_LITERATURE_LIST], [AnomalyCode.URL_INVALID], []],
        ),
        # negatives: a notice in one chapter only; a notice at a line (it differs per
        # chapter); a chapter's own findings
        ([_doc("a", _NO_LIST), _doc("b")], [[AnomalyCode.NO_LITERATURE_LIST], []]),
        (
            [_doc("a", _AT_LINE), _doc("b", _AT_LINE)],
            [[AnomalyCode.NO_LITERATURE_LIST], [AnomalyCode.NO_LITERATURE_LIST]],
        ),
        ([_doc("a", _OTHER), _doc("b", _OTHER)], [[AnomalyCode.URL_INVALID]] * 2),
    ],
)
def test_said_once(docs: list[ParsedDocument], expected: list[list[AnomalyCode]]) -> None:
    out = said_once(docs, "Jupyter Book")
    assert [[a.code for a in d.anomalies] for d in out] == expected


def test_said_once_says_how_many() -> None:
    out = said_once([_doc("a", _NO_LIST), _doc("b", _NO_LIST), _doc("c", _NO_LIST)], "book")
    assert "2 more files of the book" in out[0].anomalies[0].message


def test_book_chapters_share_one_notice(tmp_path: Path) -> None:
    (tmp_path / "_toc.yml").write_text(
        "format: jb-book\nroot: intro\nchapters:\n- file: one\n- file: two\n", encoding="utf-8"
    )
    (tmp_path / "intro.md").write_text("# Intro\n\nThis book describes data.\n", "utf-8")
    for name in ("one", "two"):
        (tmp_path / f"{name}.md").write_text(
            f"# {name}\n\nSee [the portal](https://example.org/{name}) and "
            f"[the archive](https://example.org/{name}/a).\n",
            "utf-8",
        )
    docs = [
        r.doc
        for r in read_manuscripts([tmp_path / "intro.md"])
        if r.outcome is Outcome.READ and r.doc is not None
    ]
    assert len(docs) == 2
    said = [a for d in docs for a in d.anomalies if a.code is AnomalyCode.NO_LITERATURE_LIST]
    assert len(said) == 1


# --------------------------------------------------------------------------
# A wiki list item's note: its claim is the item
# --------------------------------------------------------------------------


def test_wiki_note_on_list_item_claims_the_item(tmp_path: Path) -> None:
    text = (
        "'''Thing''' is a thing.<ref>{{Cite web|title=Page one|url=https://example.org/1}}</ref>\n"
        "\n== Further reading ==\n"
        "* {{Cite book|last=Stone|first=Ann|title=Stones and Walls|year=2007}}"
        "<ref>{{Cite web|title=A review|url=https://example.org/r|date=2008}}</ref>\n"
        "\n== References ==\n{{Reflist}}\n"
    )
    path = tmp_path / "thing.wiki"
    path.write_text(text, encoding="utf-8")
    doc = parse_file(str(path))
    claims = {m.line: m.claim.text if m.claim else "" for f in doc.footnotes for m in f.markers}
    assert "Stones and Walls" in claims[4]
    assert "References" not in claims[4]
    assert claims[1].startswith("Thing is a thing")  # negative: a body note keeps its sentence


# --------------------------------------------------------------------------
# Wiki note groups never shown
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('A.<ref group="test">x</ref>\n== Refs ==\n{{Reflist}}', ["test"]),
        ("A.<ref group=n>x</ref> B.<ref group=n>y</ref>\n<references/>", ["n"]),
        # negatives: the group shown by a tag, a template (any wiki's parameter name), a
        # notes-list template's default group; the default group (shown anyway)
        ('A.<ref group="n">x</ref>\n<references group="n" />', []),
        ('A.<ref group="Note">x</ref>\n{{Références|groupe="Note"}}', []),
        ('A.<ref group="lower-alpha">x</ref>\n{{Notelist}}', []),
        ('A.<ref group="nota">x</ref>\n== Notas ==\n{{Notas}}\n{{Referências|col=2}}', []),
        ("A.<ref>x</ref>\n== Notes ==", []),
    ],
)
def test_unshown_groups(text: str, expected: list[str]) -> None:
    found = unshown_groups(text)
    assert all(a.code is AnomalyCode.DOCUMENT_DAMAGED for a in found)
    assert [a.message.split('"')[1] for a in found] == expected


# --------------------------------------------------------------------------
# A bare key in a Pandoc citation group
# --------------------------------------------------------------------------

_KEYS = {"Rew90", "Rew2006", "ogc_2011"}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("@Rew90; Rew2006; @ogc_2011", ["Rew2006"]),
        ("-@Rew90; {Rew2006}", ["Rew2006"]),
        # negatives: a prefix, a locator, a word that is no key, a key inside a phrase,
        # one citation alone
        ("see @Rew90, p. 3; also @ogc_2011", []),
        ("@Rew90; chapter; @ogc_2011", []),
        ("@Rew90; compare Rew2006 with @ogc_2011", []),
        ("@Rew90 Rew2006", []),
    ],
)
def test_unmarked_keys(body: str, expected: list[str]) -> None:
    found = unmarked_keys([(7, body)], _KEYS)
    assert [a.message.split("'")[1] for a in found] == expected
    assert all(a.code is AnomalyCode.CITATION_KEY_UNMARKED and a.line == 7 for a in found)


def test_pandoc_paper_bare_key(tmp_path: Path) -> None:
    (tmp_path / "paper.bib").write_text(
        "@article{Rew90, author={Rew, R.}, title={A}, journal={J}, year={1990}}\n"
        "@misc{Rew2006, author={Rew, R.}, title={B}, year={2006}}\n",
        encoding="utf-8",
    )
    (tmp_path / "paper.md").write_text(
        "---\ntitle: P\nbibliography: paper.bib\n---\n\nA format [@Rew90; Rew2006].\n", "utf-8"
    )
    doc = parse_file(str(tmp_path / "paper.md"))
    found = [a for a in doc.all_anomalies() if a.code is AnomalyCode.CITATION_KEY_UNMARKED]
    assert [a.line for a in found] == [6]


Line = Callable[[int], str]

LINES = [
    pytest.param(lambda n: "<ref " * (n // 5), id="ref-opens"),
    pytest.param(lambda n: "<ref group=" * (n // 11), id="group-opens"),
    pytest.param(lambda n: '<references group="' + "a" * n, id="unclosed-quote"),
    pytest.param(lambda n: "|group=" * (n // 7), id="params"),
    pytest.param(lambda n: "{{notelist" * (n // 10), id="notelists"),
]


@pytest.mark.parametrize("line", LINES)
def test_unshown_groups_linear(line: Line) -> None:
    assert_linear(unshown_groups, line)
