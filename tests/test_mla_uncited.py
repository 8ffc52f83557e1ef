"""MLA author-page citations that name no single entry are said, in every reader.

``(Whitlock 45)`` of an author no Works Cited entry has cites a work the list lacks
(``citation-key-missing``); ``(Petroski 45)`` beside two entries headed by Petroski, with
no short title, cites one of them and nobody can tell which (``citation-ambiguous``: MLA
asks for ``(Petroski, Invention 45)``).  Neither may vanish: the plain-text, Markdown,
HTML and Word readers all report both with their lines.  Every essay and entry here is
written for these tests.
"""

from __future__ import annotations

import textwrap

import pytest

from bibcheck.analyse import analyse_document
from bibcheck.manuscript import ParsedDocument, parse_bytes
from bibcheck.model import AnomalyCode, FindingKind
from bibcheck.parse.coverage import coverage
from bibcheck.readers.mla import mla_index, scan_all, uncited_anomaly
from tests.test_docx_mla import build, p

ENTRIES = [
    ("1", "Petroski, Henry. To Engineer Is Human. St. Martin's Press, 1985."),
    ("2", "---. The Evolution of Useful Things. Knopf, 1992."),
    ("3", "Teal, John, and Mildred Teal. Life and Death of the Salt Marsh. Little, 1969."),
    ("4", "Teal, John, and Mildred Teal. The Sargasso Sea. Little, 1975."),
    ("5", "Vaughan, Diane. The Challenger Launch Decision. U of Chicago P, 1996."),
]
INDEX = mla_index(ENTRIES)


@pytest.mark.parametrize(
    ("text", "labels", "apart"),
    [
        # one author, two works, no short title: neither entry, said apart
        ("Failure teaches (Petroski 45).", [], ["Petroski"]),
        ("Failure teaches (Petroski).", [], ["Petroski"]),
        # the short title tells them apart
        ("Failure teaches (Petroski, To Engineer 45).", ["1"], []),
        ("Forks evolved (Petroski, Evolution 12-14).", ["2"], []),
        # a pair heading two entries
        ("Marshes (Teal and Teal 31).", [], ["Teal and Teal"]),
        ("Marshes (Teal and Teal, Salt Marsh 31).", ["3"], []),
        # one author, one work: cited
        ("Normalised deviance (Vaughan 409).", ["5"], []),
        # an author the list lacks
        ("A lost source (Whitlock 45).", [], ["Whitlock"]),
        ("Mixed (Vaughan 3; Petroski 9).", ["5"], ["Petroski"]),
        # a phrase after the name is no short title of a page citation: nothing
        ("A comma (Petroski, for instance).", [], []),
    ],
)
def test_scan_all(text: str, labels: list[str], apart: list[str]) -> None:
    found, missing, _ = scan_all(text, INDEX, None)
    assert [label for _, _, label in found] == labels
    assert [name for _, _, name in missing] == apart


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Petroski", AnomalyCode.CITATION_AMBIGUOUS),
        ("Teal and Teal", AnomalyCode.CITATION_AMBIGUOUS),
        ("Whitlock", AnomalyCode.CITATION_KEY_MISSING),
        ("Hale and Rusk", AnomalyCode.CITATION_KEY_MISSING),
    ],
)
def test_uncited_anomaly(name: str, code: AnomalyCode) -> None:
    anomaly = uncited_anomaly(name, 7, INDEX)
    assert (anomaly.code, anomaly.line, anomaly.footnote) == (code, 7, name)


ESSAY = textwrap.dedent(
    """\
    Jordan Ames

    Professor Lind

    ENGR 2100

    3 March 2025

    Learning from Failure

    Engineers learn most from what breaks (Petroski, To Engineer 21). A bridge that
    stands teaches little; one that falls teaches a generation (Petroski 45). The
    shuttle disaster was a case of normalised deviance (Vaughan 409).

    Works Cited

    Petroski, Henry. To Engineer Is Human. St. Martin's Press, 1985.

    ---. The Evolution of Useful Things. Knopf, 1992.

    Vaughan, Diane. The Challenger Launch Decision. U of Chicago P, 1996.
    """
)
AMBIGUOUS_LINE = 12  # "(Petroski 45)"


def _said(m: ParsedDocument) -> list[tuple[AnomalyCode, int | None, str | None]]:
    wanted = {AnomalyCode.CITATION_AMBIGUOUS, AnomalyCode.CITATION_KEY_MISSING}
    return [(a.code, a.line, a.footnote) for a in m.all_anomalies() if a.code in wanted]


def _check(m: ParsedDocument, line: int) -> None:
    assert _said(m) == [(AnomalyCode.CITATION_AMBIGUOUS, line, "Petroski")]
    findings = [
        f for f in analyse_document(m, {}, {}) if "Petroski" in f.message and f.lines == (line,)
    ]
    assert [f.kind for f in findings] == [FindingKind.FOOTNOTE_LITERATURE_MISMATCH]
    assert "short title" in findings[0].suggestion
    assert coverage(m).not_read.get("citation-ambiguous") == 1


def test_plain_text_essay() -> None:
    m = parse_bytes(ESSAY.encode(), "/tmp/essay.txt")
    assert m.reader == "plain-text"
    _check(m, AMBIGUOUS_LINE)


def test_markdown_essay_with_links() -> None:
    text = (
        ESSAY.replace("Works Cited", "## Works Cited")
        .replace("1996.", "1996, <https://press.example.edu/challenger>.")
        .replace(
            "normalised deviance", "[normalised deviance](https://press.example.edu/challenger)"
        )
    )
    m = parse_bytes(text.encode(), "/tmp/essay.md")
    assert m.reader == "markdown-links"
    _check(m, AMBIGUOUS_LINE)


def test_html_essay() -> None:
    paragraphs = [part for part in ESSAY.split("\n\n") if part.strip()]
    html = (
        "<html><body>\n" + "\n".join(f"<p>{part}</p>" for part in paragraphs) + "\n</body></html>"
    )
    line = 1 + html.split("(Petroski 45)")[0].count("\n")
    m = parse_bytes(html.encode(), "/tmp/essay.html")
    assert m.reader == "html"
    _check(m, line)


def test_word_essay() -> None:
    paragraphs = [part for part in ESSAY.split("\n\n") if part.strip()]
    number = 1 + next(i for i, p in enumerate(paragraphs) if "(Petroski 45)" in p)
    m = parse_bytes(build([p(" ".join(text.split())) for text in paragraphs]), "/tmp/essay.docx")
    assert m.reader == "docx"
    _check(m, number)
