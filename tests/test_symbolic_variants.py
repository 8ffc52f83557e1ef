"""Symbolic-label lists as other tools write them: Markdown bullets (``* **[RFC2119]** ...``),
PDF-to-text with the labels alone at the margin and section numbers split from their
headings, and labels of the list's kind that the list does not hold (``[RFC9999]``)."""

from __future__ import annotations

import textwrap

import pytest

from bibcheck.analyse import analyse_document
from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode, FindingKind, ParsedDocument
from bibcheck.readers.symbolic import symbolic_list, unlisted_labels


def cites(doc: ParsedDocument) -> list[tuple[str, int]]:
    found = [(m.label, m.line) for fn in doc.footnotes for m in fn.markers]
    return sorted(found + [(m.label, m.line) for m in doc.stray_markers], key=lambda c: c[::-1])


MARKDOWN = textwrap.dedent(
    """\
    ---
    title: Retry policy
    tags: [retry, http]
    ---

    # Retry policy

    Idempotent requests are retried as [RFC7231] allows ([RFC7231], Section 4.2.2),
    with backoff in the manner of [JBE19] and the terms of [RFC2119] [RFC8174].
    A `Retry-After` value [RFC4711] is honoured.

    - [x] retry `GET`
    - [ ] retry `POST`

    ```yaml
    retry: [GET, HEAD]
    ```

    ## References

    ### Normative References

    {b} {o}[RFC2119]{o} Bradner, S., "Key words for use in RFCs to Indicate Requirement
      Levels", BCP 14, RFC 2119, March 1997.
    {b} {o}[RFC7231]{o} Fielding, R., Ed. and J. Reschke, Ed., "Hypertext Transfer
      Protocol (HTTP/1.1): Semantics and Content", RFC 7231, June 2014.
    {b} {o}[RFC8174]{o} Leiba, B., "Ambiguity of Uppercase vs Lowercase in RFC 2119 Key
      Words", BCP 14, RFC 8174, May 2017.

    ### Informative References

    {b} {o}[JBE19]{o} Jarvis, P., Bell, T., and R. Ekwueme, "Backoff Under Load",
      Proceedings of a Workshop on Retries, pp. 1-9, 2019.
    """
)


@pytest.mark.parametrize(
    ("bullet", "bold"),
    [("*", "**"), ("-", ""), ("+", "__"), ("*", "")],
    ids=["star-bold", "dash-plain", "plus-underscore-bold", "star-plain"],
)
def test_markdown_bullet_lists_of_labels(bullet: str, bold: str) -> None:
    text = MARKDOWN.format(b=bullet, o=bold)
    doc = parse_bytes(text.encode(), "retry.md")
    assert doc.reader == "plain-text"
    assert [e.label for e in doc.literature] == ["RFC2119", "RFC7231", "RFC8174", "JBE19"]
    assert cites(doc) == [
        ("RFC7231", 8),
        ("RFC7231", 8),
        ("JBE19", 9),
        ("RFC2119", 9),
        ("RFC8174", 9),
        ("RFC4711", 10),  # a citation of a work missing from the list
    ]
    first = doc.literature[0].reference
    assert first.title == "Key words for use in RFCs to Indicate Requirement Levels"
    assert first.year == 1997
    # [RFC4711] is an RFC label the list does not hold: a work missing from the list
    missing = [a for a in doc.anomalies if a.code is AnomalyCode.CITATION_KEY_MISSING]
    assert [(a.footnote, a.line) for a in missing] == [("RFC4711", 10)]
    kinds = {(f.kind, f.lines) for f in analyse_document(doc, {}, {})}
    assert (FindingKind.MISSING_LITERATURE_ENTRY, (10,)) in kinds


@pytest.mark.parametrize(
    "lines",
    [
        ["[Knu98]", "Knuth, D. E., TAOCP 3, 1998.", "[Bir67]", "Birkhoff, G., Lattices, 1967."],
        [
            "[Knu98]",
            "",
            "Knuth, D. E., TAOCP 3, 1998.",
            "",
            "[Bir67]",
            "",
            "Birkhoff, G.,",
            "1967.",
        ],
        ["[Knu98] Knuth, D. E.,", "TAOCP 3, 1998.", "[Bir67] Birkhoff, G.,", "Lattices, 1967."],
        ["[Knu98]", "    Knuth, D. E., TAOCP 3,", "", "    1998.", "[Bir67] Birkhoff, G., 1967."],
    ],
    ids=["label-lines", "blank-after-label", "margin-continuation", "hanging-indent"],
)
def test_entry_text_after_its_label(lines: list[str]) -> None:
    found = symbolic_list(["References", "", *lines, "", "Index", "Knuth 3"], range(1, 20))
    assert found is not None
    assert found.labels() == ["Knu98", "Bir67"]
    assert [e.text.split("\n")[0][:4] for e in found.entries] == ["Knut", "Birk"]
    assert "Index" not in found.entries[-1].text


def test_task_list_boxes_are_no_entries() -> None:
    lines = ["References", "", "- [x] done", "- [ ] open", "- [y] later"]
    assert symbolic_list(lines, range(1, 6)) is None


PDFTEXT = (
    "Draft                Cache Hints\n"
    "\n"
    "1\n"
    "\n"
    "Introduction\n"
    "\n"
    "Caches [RFC9111] may keep hints; see Section 4 of [RFC9110] and the\n"
    "registry policy [RFC8126]. Earlier work [I-D.example-hints] and the web\n"
    "platform [W3C.REC-hints-20200101] differ.\n"
    "\n"
    "Lund & Ortiz\n"
    "\n"
    "[Page 1]\n"
    "\fDraft                Cache Hints\n"
    "\n"
    "2\n"
    "\n"
    "References\n"
    "\n"
    "2.1\n"
    "\n"
    "Normative References\n"
    "\n"
    "[RFC9110]\n"
    "Fielding, R., Ed., Nottingham, M., Ed., and J. Reschke, Ed., “HTTP Semantics”,\n"
    "STD 97, RFC 9110, June 2022.\n"
    "[RFC9111]\n"
    "Fielding, R., Ed., Nottingham, M., Ed., and J. Reschke, Ed., “HTTP Caching”,\n"
    "STD 98, RFC 9111, June 2022.\n"
    "\n"
    "2.2\n"
    "\n"
    "Informative References\n"
    "\n"
    "[I-D.example-hints]\n"
    "Lund, A., “Cache Hints”, Work in Progress, Internet-Draft, draft-example-hints-00,\n"
    "2 May 2024, https:\n"
    "//datatracker.ietf.org/doc/html/draft-example-hints-00.\n"
    "[RFC8126]\n"
    "Cotton, M., Leiba, B., and T. Narten, “Guidelines for Writing an IANA\n"
    "Considerations Section in RFCs”, BCP 26, RFC 8126, June 2017.\n"
    "Lund & Ortiz\n"
    "\n"
    "[Page 2]\n"
    "\fDraft                Cache Hints\n"
    "\n"
    "[RFC7234]\n"
    "Fielding, R., Ed., Nottingham, M., Ed., and J. Reschke, Ed., “HTTP/1.1: Caching”,\n"
    "RFC 7234, June 2014.\n"
    "[W3C.REC-hints-20200101]\n"
    "Ortiz, B., “Hints”, W3C Recommendation REC-hints-20200101, 1 January 2020.\n"
    "\n"
    "Authors’ Addresses\n"
    "Ana Lund\n"
    "Email: ana@example.org\n"
    "Lund & Ortiz\n"
    "\n"
    "[Page 3]\n"
)


def test_pdftotext_labels_alone_at_the_margin() -> None:
    doc = parse_bytes(PDFTEXT.encode(), "draft.txt")
    assert doc.reader == "plain-text"
    assert [e.label for e in doc.literature] == [
        "RFC9110",
        "RFC9111",
        "I-D.example-hints",
        "RFC8126",
        "RFC7234",
        "W3C.REC-hints-20200101",
    ]
    assert cites(doc) == [
        ("RFC9110", 7),
        ("RFC9111", 7),
        ("I-D.example-hints", 8),
        ("RFC8126", 8),
        ("W3C.REC-hints-20200101", 9),
    ]
    titles = [e.reference.title for e in doc.literature]
    assert titles[:2] == ["HTTP Semantics", "HTTP Caching"]
    assert doc.literature[-1].reference.year == 2020  # not the running head or address
    assert "Authors" not in doc.literature[-1].reference.raw
    # an address the converter broke after "https:" is joined
    assert doc.literature[2].reference.url == (
        "https://datatracker.ietf.org/doc/html/draft-example-hints-00"
    )
    # the uncited [RFC7234] is reported at its label's line, the text read from the next
    uncited = [a for a in doc.anomalies if a.code is AnomalyCode.LITERATURE_UNCITED]
    assert [a.line for a in uncited] == [47]
    assert doc.literature[4].reference.line == 48


@pytest.mark.parametrize(
    ("line", "listed", "want"),
    [
        ("as [RFC8246] says", ["RFC9111", "RFC2119"], ["RFC8246"]),
        ("see [I-D.ietf-x-y]", ["I-D.ietf-a-b", "RFC1"], ["I-D.ietf-x-y"]),
        ("found [ABC99]", ["MDFK97", "VB23"], ["ABC99"]),
        ("found [Lam86]", ["Knu84", "Bir67"], ["Lam86"]),
        ("done [x] and [Page 2]", ["RFC9111", "RFC2119"], []),
        ("text in [brackets] or [TODO]", ["RFC9111", "FETCH"], []),
        ("regex [0-9]+ and [GET, HEAD]", ["RFC9111", "RFC2119"], []),
        ("as [RFC9111] says", ["RFC9111", "RFC2119"], []),  # listed: a citation, not missing
        ("a [v2] flag", ["RFC9111", "RFC2119"], []),
    ],
    ids=[
        "rfc",
        "internet-draft",
        "alpha-upper",
        "alpha-mixed",
        "task-and-page",
        "words",
        "code",
        "listed",
        "short",
    ],
)
def test_unlisted_labels_of_the_lists_kind(line: str, listed: list[str], want: list[str]) -> None:
    assert [label for label, _, _ in unlisted_labels([line], listed)] == want


LISTS = {
    "definition-list": (
        "[RFC6585]\n"
        ':   Nottingham, M. and R. Fielding, "Additional HTTP Status Codes",\n'
        "    RFC 6585, April 2012.\n"
        "\n"
        "[Tan21]\n"
        "\n"
        ':   Tanaka, H., "Queues at the Edge", 2021.\n'
    ),
    "kramdown-definition": (
        "[RFC6585]\n"
        ': Nottingham, M. and R. Fielding, "Additional HTTP Status Codes", RFC 6585,\n'
        "  April 2012.\n"
        "\n"
        "[Tan21]\n"
        ': Tanaka, H., "Queues at the Edge", 2021.\n'
    ),
}


@pytest.mark.parametrize("name", sorted(LISTS))
def test_markdown_writers_label_lists(name: str) -> None:
    body = "Clients slow down on 429 [RFC6585] or ([RFC6585], Section 4), see [Tan21].\n"
    text = f"# Rate limits\n\n{body}\n## References\n\n{LISTS[name]}"
    doc = parse_bytes(text.encode(), "limits.md")
    assert doc.reader == "plain-text"
    assert [e.label for e in doc.literature] == ["RFC6585", "Tan21"]
    assert cites(doc) == [("RFC6585", 3), ("RFC6585", 3), ("Tan21", 3)]
    titles = [e.reference.title for e in doc.literature]
    assert titles == ["Additional HTTP Status Codes", "Queues at the Edge"]
    assert not any(e.reference.raw.startswith(":") for e in doc.literature)
