"""Fix 52i: IETF RFCs and Internet-Drafts as plain text whose form feeds were lost (a copy
from a mailing list or a web page): the page footers (``[Page n]``) and running heads are
page furniture, and the symbolic reference list is read across them
(:mod:`bibcheck.readers.ietfpages`).  Own fixtures, in xml2rfc's text layout."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.readers import plaintext
from bibcheck.readers.ietfpages import footer_lines, footer_page, paginated
from tests.test_regex_growth import assert_linear

DRAFT_FOOT = "Quist & Abara            Expires 2 March 2028                  [Page {n}]"
DRAFT_HEAD = "Internet-Draft            Parcel Relay Extensions          August 2027"
RFC_FOOT = "Quist & Abara                Standards Track                  [Page {n}]"
RFC_HEAD = "RFC 9876                  Parcel Relay Extensions          August 2027"

PAGE_1 = """Network Working Group                                         L. Quist
Internet-Draft                                            Harbour Labs
Intended status: Informational                                 T. Abara
Expires: 2 March 2028                                      30 August 2027


                       Parcel Relay Extensions
                     draft-quist-parcel-relay-03

Abstract

   This memo extends the parcel relay of [RFC7001] with signed receipts
   as proposed in [I-D.abara-receipts].
"""

PAGE_2 = """1.  Terminology

   The key words in this document are to be interpreted as described in
   BCP 14 [RFC2119] [RFC8174].  Relay paths are as in [RFC7001].

2.  References

2.1.  Normative References

   [RFC2119]  Bradner, S., "Key words for use in RFCs to Indicate
              Requirement Levels", BCP 14, RFC 2119,
              DOI 10.17487/RFC2119, March 1997,
"""

PAGE_3 = """              <https://www.rfc-editor.org/info/rfc2119>.

   [RFC7001]  Morrow, K., "The Parcel Relay Protocol", RFC 7001,
              DOI 10.17487/RFC7001, June 2013,
              <https://www.rfc-editor.org/info/rfc7001>.

   [RFC8174]  Leiba, B., "Ambiguity of Uppercase vs Lowercase in RFC
              2119 Key Words", BCP 14, RFC 8174, DOI 10.17487/RFC8174,
              May 2017, <https://www.rfc-editor.org/info/rfc8174>.

2.2.  Informative References

   [I-D.abara-receipts]
              Abara, T., "Signed Receipts for Parcel Relays", Work in
              Progress, Internet-Draft, draft-abara-receipts-01, 4 May
              2027.

Authors' Addresses

   Lena Quist
   Harbour Labs
"""


def _draft(foot: str, head: str, feed: str) -> str:
    """Three pages; ``feed`` stands where xml2rfc writes its form feed line."""
    pages = [PAGE_1, PAGE_2, PAGE_3]
    out: list[str] = []
    for n, page in enumerate(pages, 1):
        if n > 1:
            out.append(head + "\n\n")
        out.append(page)
        out.append("\n\n" + foot.format(n=n) + "\n")
        if n < len(pages):
            out.append(feed)
    return "".join(out)


LABELS = ["RFC2119", "RFC7001", "RFC8174", "I-D.abara-receipts"]


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        pytest.param(_draft(DRAFT_FOOT, DRAFT_HEAD, ""), LABELS, id="draft-feeds-dropped"),
        pytest.param(_draft(DRAFT_FOOT, DRAFT_HEAD, "\n"), LABELS, id="draft-feed-as-blank"),
        pytest.param(_draft(RFC_FOOT, RFC_HEAD, ""), LABELS, id="rfc-feeds-dropped"),
        pytest.param(_draft(DRAFT_FOOT, DRAFT_HEAD, "\f\n"), LABELS, id="draft-with-feeds"),
    ],
)
def test_symbolic_list_read_across_pages(text: str, labels: list[str]) -> None:
    assert plaintext.score(text) > 0
    doc = plaintext.read(text)
    assert [n.label for n in doc.literature] == labels
    cited = {m.label for m in doc.markers}
    assert cited == set(labels)
    assert not [a for a in doc.anomalies if a.code.value == "citation-key-missing"]
    # (the entry broken over the page keeps its address, the furniture is no text)
    first = doc.literature[0].text
    assert "rfc-editor.org/info/rfc2119" in first
    assert "Expires" not in first and "Internet-Draft" not in first
    assert not any("Page" in n.text for n in doc.literature)


@pytest.mark.parametrize(
    ("line", "page"),
    [
        ("Quist & Abara            Expires 2 March 2028                  [Page 4]", 4),
        ("Quist, et al.                Standards Track                  [Page 12]", 12),
        ("Quist & Abara            Expires 2 March 2028                  [Page 4]  ", 4),
        # (negatives: prose ending so, an indented line, no gap, no number)
        ("   see the table of contents                                  [Page 4]", None),
        ("The figure is on the next page [Page 4]", None),
        ("[Page 4]", None),
        ("Quist & Abara            Expires 2 March 2028                  [Page iv]", None),
        ("Quist & Abara            Expires 2 March 2028                  [Pages 4]", None),
    ],
)
def test_footer_page(line: str, page: int | None) -> None:
    assert footer_page(line) == page


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["a", DRAFT_FOOT.format(n=1), "b", DRAFT_FOOT.format(n=2)], [1, 3]),
        # (one such line is no page series)
        (["a", "Notes written down      for later          [Page 4]", "b"], []),
        # (numbers that do not grow are no page series)
        ([DRAFT_FOOT.format(n=3), "b", DRAFT_FOOT.format(n=2)], []),
    ],
)
def test_footer_lines(lines: list[str], expected: list[int]) -> None:
    assert footer_lines(lines) == expected


def test_one_page_like_line_left_alone() -> None:
    text = "Minutes of the meeting\n\nItem one was agreed.      Carried over     [Page 4]\n"
    assert paginated(text) == text


def test_paginated_keeps_line_count() -> None:
    text = _draft(DRAFT_FOOT, DRAFT_HEAD, "")
    out = paginated(text)
    assert out.count("\n") == text.count("\n")
    assert out.count("\f") == 3  # (one after each footer)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: " " * n + "[Page 4]", id="spaces"),
        pytest.param(lambda n: "a  " * (n // 3) + "[Page 4]", id="gaps"),
        pytest.param(lambda n: "[Page " * (n // 6) + "4]", id="opens"),
    ],
)
def test_footer_page_is_linear(line: Callable[[int], str]) -> None:
    assert_linear(footer_page, line)


def _unindented(text: str) -> str:
    """The draft as pdftotext prints xml2rfc's PDF: no indentation, gaps as one space."""
    lines = text.split("\n")
    return "\n".join(
        ("\f" if line.startswith("\f") else "") + " ".join(line.split()) for line in lines
    )


def test_entry_read_across_a_page_turn_when_indent_is_lost() -> None:
    text = _unindented(_draft(DRAFT_FOOT, DRAFT_HEAD, "\f"))
    doc = plaintext.read(text)
    assert [n.label for n in doc.literature] == LABELS
    first = doc.literature[0].text
    assert first.startswith("Bradner, S.") and first.endswith("rfc2119>.")
    assert "Internet-Draft" not in first and "[Page" not in first


def test_finished_entry_ends_the_list_at_a_page_turn() -> None:
    # (the last entry ends with its full stop; prose at the margin on the next page is no
    # part of it)
    tail = "\n\n" + DRAFT_FOOT.format(n=4) + "\n\f" + DRAFT_HEAD + "\n\nAcknowledgements go here.\n"
    text = _unindented(
        _draft(DRAFT_FOOT, DRAFT_HEAD, "\f").replace("Authors' Addresses", "") + tail
    )
    doc = plaintext.read(text)
    last = doc.literature[-1]
    assert last.label == "I-D.abara-receipts"
    assert "Acknowledgements" not in last.text
