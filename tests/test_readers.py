"""Readers: the registry and the syntax of each manuscript flavour."""

from __future__ import annotations

import textwrap

import pytest

from bibcheck.errors import InputError
from bibcheck.model import AnomalyCode as C
from bibcheck.model import RawDocument
from bibcheck.readers import get_reader, reader_for
from bibcheck.readers.common import find_artifacts, is_incomplete, is_literature_heading
from bibcheck.readers.pandoc import read as read_pandoc
from bibcheck.readers.supmarkdown import read as read_sup


def sup(text: str) -> RawDocument:
    return read_sup(textwrap.dedent(text).lstrip("\n"))


def codes(doc: RawDocument) -> list[C]:
    return [a.code for a in doc.anomalies]


def claim_text(doc: RawDocument, label: str) -> str:
    m = next(m for m in doc.markers if m.label == label)
    return doc.blocks[m.block].text[: m.offset]


# ---------------------------------------------------------------- registry


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Body<sup>1</sup>.\n\n---\n\n<sup>1</sup> A ref.\n", "sup-markdown"),
        ("Body[^1].\n\n[^1]: A ref.\n", "pandoc-markdown"),
        ("Body[^a] and more.\n\n[^a]: Ref\n    continued.\n", "pandoc-markdown"),
    ],
)
def test_reader_chosen_by_content(text: str, name: str) -> None:
    assert reader_for("any.txt", text).name == name


def test_no_reader_fits_plain_prose() -> None:
    with pytest.raises(InputError, match="no reader recognises"):
        reader_for("notes.md", "Just prose without any notes.\n")


def test_unknown_reader_name() -> None:
    with pytest.raises(InputError, match="unknown reader"):
        get_reader("docx-someday")


# ---------------------------------------------------------------- sup-markdown


def test_definitions_after_rule_and_markers_in_body() -> None:
    doc = sup(
        """
        Text "quoted claim here"<sup>1</sup>. More text<sup>2</sup>.

        ---

        <sup>1</sup> First ref [Electronic resource]. - 2020. - URL: <https://a.org/1>

        <sup>2</sup> Second ref. - 2021.
        """
    )
    assert [(n.label, n.line) for n in doc.footnotes] == [("1", 5), ("2", 7)]
    assert [(m.label, m.line) for m in doc.markers] == [("1", 1), ("2", 1)]
    assert doc.anomalies == ()


def test_definition_continued_in_the_next_footnote_block() -> None:
    doc = sup(
        """
        Claim one<sup>1</sup>. Claim two<sup>2</sup>. Claim three<sup>3</sup>.

        ---

        <sup>1</sup> Ref one. - 2023. - URL:

        Body text resumes here and goes on as prose for a while after the footnote block.

        ---

        <https://example.org/rest-of-ref-one/>

        <sup>2</sup> Ref two. - 2023.
        """
    )
    one = doc.footnotes[0]
    assert one.text.endswith("URL:\n<https://example.org/rest-of-ref-one/>")
    assert one.line_starts == (5, 11)
    assert C.DEFINITION_CONTINUED in codes(doc)
    assert [n.label for n in doc.footnotes] == ["1", "2"]


def test_definition_without_a_rule_before_it() -> None:
    doc = sup(
        """
        Mongolia is a partner<sup>45</sup>.

        1) first point of a list;

        <sup>45</sup> Mongolia [Electronic resource]. - 2022. - URL: <https://export.by/mongolia>

        - 2) second point of the list;
        """
    )
    assert [n.label for n in doc.footnotes] == ["45"]
    assert all("export.by" not in b.text for b in doc.blocks)


def test_paragraph_starting_with_glued_marker_is_body_not_definition() -> None:
    doc = sup(
        """
        Earlier sentence<sup>9</sup>.

        <sup>10</sup>At the meeting it became known that the project was accepted for funding xml-ph-0000@dee In addition, more.

        ---

        <sup>9</sup> Ref nine.

        <sup>10</sup> Ref ten.
        """
    )
    assert [n.label for n in doc.footnotes] == ["9", "10"]
    ten = next(m for m in doc.markers if m.label == "10")
    assert ten.displaced_from == 3
    assert claim_text(doc, "10").endswith("accepted for funding")
    assert "xml-ph" not in doc.blocks[ten.block].text
    assert C.MARKER_DISPLACED in codes(doc)


def test_lost_marker_placeholder() -> None:
    doc = sup(
        """
        A sentence with a lost note "quoted words here" xml-ph-0.

        Another<sup>1</sup>.

        ---

        <sup>1</sup> Ref.
        """
    )
    lost = [a for a in doc.anomalies if a.code is C.LOST_MARKER]
    assert [(a.line, "xml-ph-0" in a.message) for a in lost] == [(1, True)]


def test_glued_marker_without_placeholder_stays_and_is_flagged() -> None:
    doc = sup(
        """
        Previous paragraph ends here.

        <sup>1</sup>Next paragraph begins with a glued marker.

        ---

        <sup>1</sup> Ref.
        """
    )
    assert C.MARKER_GLUED in codes(doc)
    assert doc.markers[0].offset == 0


def test_paragraph_joined_across_footnote_block_and_artifact() -> None:
    doc = sup(
        """
        FOR AUTHOR USE ONLY

        FOR AUTHOR USE ONLY

        It was said that "the network of technoparks

        ---

        <sup>0</sup> Ref zero.

        FOR AUTHOR USE ONLY

        covers all regional centers"<sup>11</sup> . There were more.

        ---

        <sup>11</sup> Ref.
        """
    )
    marker = next(m for m in doc.markers if m.label == "11")
    block = doc.blocks[marker.block]
    assert block.text.startswith('It was said that "the network of technoparks covers')
    assert block.line_at(0) == 5 and block.line_at(marker.offset) == 13
    assert C.ARTIFACT_LINE in codes(doc)


def test_paragraph_not_joined_after_sentence_end() -> None:
    doc = sup(
        """
        First paragraph ends.

        Second paragraph<sup>1</sup>.

        ---

        <sup>1</sup> Ref.
        """
    )
    assert [b.text for b in doc.blocks] == ["First paragraph ends.", "Second paragraph."]


def test_markdown_emphasis_and_escapes_removed_from_body() -> None:
    doc = sup(
        """
        The **Republic** exported \\$500 million of *goods*<sup>1</sup>.

        ---

        <sup>1</sup> Ref.
        """
    )
    assert doc.blocks[0].text == "The Republic exported $500 million of goods."


LITERATURE = """
Body<sup>1</sup>.

---

<sup>1</sup> Ref.

## {heading}

1. First entry [Electronic resource]. - 2023. - URL: <https://a.org/1>
2. Second entry [Electronic resource]. -

2023. - URL: <https://a.org/2>

3. Third entry [Electronic resource]. - 2023. - URL: <https://a.org/third->

[rest/](#)

FOR AUTHOR USE ONLY

4. Fourth entry. - 2020.

FOR AUTHOR USE ONLY

**More
Books!**

FOR AUTHOR USE ONLY
"""


@pytest.mark.parametrize(
    "heading", ["Literature", "References", "Bibliography", "Список литературы", "**Literature**"]
)
def test_literature_list(heading: str) -> None:
    doc = read_sup(LITERATURE.format(heading=heading))
    assert [n.label for n in doc.literature] == ["1", "2", "3", "4"]
    second, third = doc.literature[1], doc.literature[2]
    assert second.text.endswith("-\n2023. - URL: <https://a.org/2>")
    assert second.line_starts == (11, 13)
    assert third.text.endswith("\n[rest/](#)")
    assert doc.literature[3].text == "4. Fourth entry. - 2020."[3:]
    assert doc.literature_heading_line == 8


def test_literature_numbering_anomalies() -> None:
    doc = read_sup("x<sup>1</sup>\n\n---\n\n<sup>1</sup> R\n\n## References\n\n1. A\n3. B\n3. C\n")
    assert [a.code for a in doc.anomalies] == [
        C.LITERATURE_NUMBERING,
        C.LITERATURE_DUPLICATE_NUMBER,
    ]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("## Literature", True),
        ("# References:", True),
        ("### 5. Bibliography", True),
        ("**Список литературы**", True),
        ("## Литература", True),
        ("Literature .....	89", False),
        ("## Literature review of trade", False),
        ("Literature", False),
    ],
)
def test_is_literature_heading(line: str, expected: bool) -> None:
    assert is_literature_heading(line) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Title [Electronic resource]. - 2023. - URL:", True),
        ("Title [Electronic resource]. -", True),
        ("URL: <https://a.org/x-", True),
        ("URL: <https://a.org/x>", False),
        ("Zalesky, B. Book. - 2023. - 112 c.", False),
    ],
)
def test_is_incomplete(text: str, expected: bool) -> None:
    assert is_incomplete(text) is expected


def test_artifacts_need_repetition() -> None:
    lines = [
        "FOR AUTHOR USE ONLY",
        "x",
        "FOR AUTHOR USE ONLY",
        "## Head",
        "FOR AUTHOR USE ONLY",
        "## Head",
        "## Head",
        "Once",
    ]
    assert find_artifacts(lines) == {0, 2, 4}


@pytest.mark.parametrize(
    ("repeated", "artifact"),
    [
        ("Journal of Examples 12 (2020)", True),  # a running head
        ("17", True),  # a page number
        ("*", False),  # a list of inline code, masked: "* `key=1`" -> "*"
        ("* * *", False),  # a scene break
        ("———", False),
    ],
)
def test_artifacts_hold_a_letter_or_digit(repeated: str, artifact: bool) -> None:
    lines = ["Text one.", repeated, "Text two.", repeated, "Text three.", repeated]
    assert bool(find_artifacts(lines)) is artifact


def test_a_list_of_inline_code_is_no_page_artifact() -> None:
    text = "# Notes\n\nA claim.[^1] Invalid values:\n\n"
    text += "".join(f"* `Header: p={i}`\n" for i in range(4))
    text += "\n[^1]: Smith, J. (2020). A title. Journal 3, 1-2.\n"
    doc = read_pandoc(text)
    assert C.ARTIFACT_LINE not in codes(doc)


# ---------------------------------------------------------------- pandoc


def test_pandoc_multiline_definitions_and_list() -> None:
    doc = read_pandoc(
        textwrap.dedent(
            """
            # Title

            A claim[^a]. Another claim[^long].

            [^a]: First reference. - 2020.

            [^long]: Second reference starts here
                and continues on an indented line.

                Even a second indented paragraph.

            Body resumes.

            ## References

            - Bullet one.
            - Bullet two.
            """
        ).lstrip("\n")
    )
    assert [(n.label, n.line) for n in doc.footnotes] == [("a", 5), ("long", 7)]
    assert doc.footnotes[1].text == (
        "Second reference starts here\nand continues on an indented line.\n"
        "Even a second indented paragraph."
    )
    assert doc.footnotes[1].line_starts == (7, 8, 10)
    assert [b.text for b in doc.blocks] == [
        "Title",
        "A claim. Another claim.",
        "Body resumes.",
    ]
    assert [(n.label, n.text) for n in doc.literature] == [
        ("1", "Bullet one."),
        ("2", "Bullet two."),
    ]


def test_pandoc_ignores_code_fences() -> None:
    doc = read_pandoc("Text[^1].\n\n```\nnot[^2] a marker\n```\n\n[^1]: Ref.\n")
    assert [m.label for m in doc.markers] == ["1"]


def test_marker_with_no_text_before_it_is_recorded() -> None:
    from bibcheck.manuscript import parse_bytes

    doc = parse_bytes(b"<sup>1</sup>\n\n---\n\n<sup>1</sup> Ref. - 2020.\n", "m.md")
    assert [a.code for a in doc.all_anomalies()] == [C.NO_LITERATURE_LIST, C.CLAIM_NOT_FOUND]


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("3", ["3"]),
        ("2,3", ["2", "3"]),
        ("4-6", ["4", "5", "6"]),
        ("1, 3–4", ["1", "3", "4"]),
        ("a", ["a"]),
    ],
)
def test_marker_lists_and_ranges(label: str, expected: list[str]) -> None:
    from bibcheck.readers.common import expand_labels

    assert expand_labels(label) == expected


def test_superscript_lists_and_ordinals() -> None:
    doc = sup(
        """
        In the 20<sup>th</sup> century trade grew<sup>1,2</sup>. It fell<sup>3-4</sup>.

        ---

        <sup>1</sup> R1.

        <sup>2</sup> R2.

        <sup>3</sup> R3.

        <sup>4</sup> R4.
        """
    )
    assert [m.label for m in doc.markers] == ["1", "2", "3", "4"]
    assert doc.blocks[0].text.startswith("In the 20th century trade grew.")
    assert not [a for a in doc.anomalies if a.code is C.DEFINITION_WITHOUT_MARKER]


def test_unit_powers_are_not_footnote_markers() -> None:
    doc = sup(
        """
        The park covers 12 km<sup>2</sup> and 300 m<sup>3</sup> of water<sup>1</sup>.

        ---

        <sup>1</sup> R1.
        """
    )
    assert [m.label for m in doc.markers] == ["1"]
    assert doc.blocks[0].text == "The park covers 12 km² and 300 m³ of water."


def test_pandoc_markers_in_inline_code_or_escaped_are_text() -> None:
    doc = read_pandoc("Write `[^98]` or \\[^97] for a note, like this[^1].\n\n[^1]: Ref.\n")
    assert [m.label for m in doc.markers] == ["1"]
    assert "`[^98]`" in doc.blocks[0].text and "[^97]" in doc.blocks[0].text
