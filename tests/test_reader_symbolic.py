"""Plain text cited by symbolic labels: IETF-style [RFC2119] lists, BibTeX alpha [Knu84]."""

from __future__ import annotations

import textwrap

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import ParsedDocument
from bibcheck.parse.references import parse_reference
from bibcheck.readers.common import is_literature_heading
from bibcheck.readers.symbolic import is_heading, marker_pattern, split_labels, symbolic_list

DRAFT = textwrap.dedent(
    """\
    Internet-Draft           Stale Answer Reporting               March 2024

    Table of Contents

       1.  Introduction  . . . . . . . . . . . . . . . . . . . . . . .   2
       2.  References  . . . . . . . . . . . . . . . . . . . . . . . .   3

    1.  Introduction

       Serving stale data [RFC8767] improves availability, as resolvers
       such as BIND [BIND9-ARM] show.  The key words are used as in BCP 14
       [RFC2119] [RFC8174].  The text in [brackets] and [Page 2] is no
       citation; [RFC9999] cites a work the list does not hold.

    Salonen                  Expires 9 September 2024                [Page 1]

    Internet-Draft           Stale Answer Reporting               March 2024

    2.  References

    2.1.  Normative References

       [RFC2119]  Bradner, S., "Key words for use in RFCs to Indicate
                  Requirement Levels", BCP 14, RFC 2119,
                  DOI 10.17487/RFC2119, March 1997,
                  <https://www.rfc-editor.org/info/rfc2119>.

       [RFC8174]  Leiba, B., "Ambiguity of Uppercase vs Lowercase in RFC
                  2119 Key Words", BCP 14, RFC 8174, May 2017.

       [RFC8767]  Lawrence, D., Kumari, W., and P. Sood, "Serving Stale Data
                  to Improve DNS Resiliency", RFC 8767, March 2020.

    2.2.  Informative References

       [BIND9-ARM]
                  Internet Systems Consortium, "BIND 9 Administrator
                  Reference Manual", 2023,
                  <https://bind9.readthedocs.io/en/latest/>.

    Authors' Addresses

       Aino Salonen
       Email: aino@example.net
    """
)


def cites(doc: ParsedDocument) -> list[tuple[str, int]]:
    found = [(m.label, m.line) for fn in doc.footnotes for m in fn.markers]
    return sorted(found + [(m.label, m.line) for m in doc.stray_markers], key=lambda c: c[::-1])


def test_ietf_draft_is_read_by_its_labels() -> None:
    doc = parse_bytes(DRAFT.encode(), "draft.txt")
    assert doc.reader == "plain-text"
    assert cites(doc) == [
        ("RFC8767", 10),
        ("BIND9-ARM", 11),
        ("RFC2119", 12),
        ("RFC8174", 12),
        ("RFC9999", 13),  # (of a work missing from the list)
    ]
    assert [e.label for e in doc.literature] == ["RFC2119", "RFC8174", "RFC8767", "BIND9-ARM"]
    first = doc.literature[0].reference
    assert (first.title, first.year, first.doi) == (
        "Key words for use in RFCs to Indicate Requirement Levels",
        1997,
        "10.17487/rfc2119",
    )
    assert first.line == 23
    arm = doc.literature[3].reference
    assert arm.url == "https://bind9.readthedocs.io/en/latest/"
    assert arm.line == 37  # the label stands alone on 36; the text starts below it


def test_alpha_style_paper() -> None:
    text = textwrap.dedent(
        """\
        Sorting is old [Knu98, p. 5]; so are lattices [Bir67; Knu98].

        References

        [Bir67] Birkhoff, G. Lattice Theory. AMS, 1967.
        [Knu98] Knuth, D. E. The Art of Computer Programming, vol. 3. Addison-Wesley, 1998.
        """
    )
    doc = parse_bytes(text.encode(), "paper.txt")
    assert cites(doc) == [("Bir67", 1), ("Knu98", 1), ("Knu98", 1)]
    assert [e.reference.year for e in doc.literature] == [1967, 1998]


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("5.  References", True),
        ("5.2.  Informative References", True),
        ("Normative References", True),
        ("A.1. References", True),
        ("5.  References  . . . . . . . . . .   4", False),  # the table of contents
        ("References to this function are rare and the text goes on", False),
    ],
    ids=["numbered", "sub-numbered", "normative", "appendix", "toc", "sentence"],
)
def test_reference_headings(line: str, want: bool) -> None:
    assert is_heading(line) is want


def test_common_heading_vocabulary_takes_numbered_subsections() -> None:
    assert is_literature_heading("# 5.2. Informative References")
    assert not is_literature_heading("# 5.2. Informative Remarks")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("[A1]", [["A1"]]),
        ("[A1, B-2]", [["A1", "B-2"]]),
        ("[A1; B-2]", [["A1", "B-2"]]),
        ("[A1, p. 5]", [["A1"]]),
        ("[A1][B-2]", [["A1"], ["B-2"]]),
        ("[A1x]", []),  # not a label of the list
        ("[A]", []),
    ],
    ids=["one", "comma", "semicolon", "locator", "side-by-side", "longer", "other"],
)
def test_marker_pattern_cites_only_the_lists_labels(text: str, want: list[list[str]]) -> None:
    pattern = marker_pattern(["A1", "B-2"])
    assert [split_labels(m.group("label")) for m in pattern.finditer(text)] == want


def test_one_entry_is_no_list_and_numbers_are_left_to_the_numeric_reader() -> None:
    one = ["References", "", "[Knu98] Knuth, D. E. TAOCP. 1998."]
    assert symbolic_list(one, range(1, 4)) is None
    numeric = ["References", "", "[1] Knuth, D. E. TAOCP. 1998.", "[2] Birkhoff, G. 1967."]
    assert symbolic_list(numeric, range(1, 5)) is None


@pytest.mark.parametrize(
    ("text", "authors", "title"),
    [
        (
            'Bradner, S., "Key words for use in RFCs to Indicate Requirement Levels", BCP 14, '
            "RFC 2119, DOI 10.17487/RFC2119, March 1997.",
            ("Bradner, S.",),
            "Key words for use in RFCs to Indicate Requirement Levels",
        ),
        (
            'Damas, J., Graff, M., and P. Vixie, "Extension Mechanisms for DNS (EDNS(0))", '
            "STD 75, RFC 6891, April 2013.",
            ("Damas, J.", "Graff, M.", "P. Vixie"),
            "Extension Mechanisms for DNS (EDNS(0))",
        ),
        (
            'Hoffman, P., Ed., "Guidelines for Writing Protocol Specifications", RFC 9999, 2024.',
            ("Hoffman, P.",),
            "Guidelines for Writing Protocol Specifications",
        ),
    ],
    ids=["one-author", "three-authors-last-natural", "editor"],
)
def test_rfc_style_entries_give_their_authors(
    text: str, authors: tuple[str, ...], title: str
) -> None:
    ref = parse_reference(text, (1,), detect_styles=True)
    assert (ref.authors, ref.title) == (authors, title)
