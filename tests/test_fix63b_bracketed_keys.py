"""Reference lists labelled by bracketed keys, as pdftotext gives back older ACL/AAAI
(``named``) and BibTeX ``alpha`` papers: ``[Okafor et al.2014]``, ``[Lindqvist and Moreau,
2011]``, ``[Tanaka 2019]``, ``[BHK+ 95]`` (a space set in after ``+``), a label after a
page break (``\\f[Ram88]``) and an appendix of numbered points after the list."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import ParsedDocument
from bibcheck.readers.namedkeys import named_key


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tanaka 2019", True),
        ("Okafor et al.2014", True),  # natbib named: no space after "al."
        ("Okafor et al., 2014", True),
        ("Okafor et al. 2014", True),
        ("Lindqvist and Moreau, 2011", True),
        ("Lindqvist & Moreau 2011b", True),
        ("Haddad, Brennan, and Sato, 2008", True),
        ("van der Linden, 2003", True),
        ("O'Hara 1999", True),
        ("Kowalczyk-Nowak 2016", True),
        ("Weber und Schulz, 2018", True),
        ("Петрова и Смирнов, 2015", True),
        ("see 2019", False),  # no capital: words, not names
        ("Page 2", False),
        ("RFC2119", False),
        ("Knu84", False),
        ("Tanaka, 2019, p. 5", False),
        ("1", False),
    ],
)
def test_named_key(text: str, expected: bool) -> None:
    assert named_key(text) is expected


def _doc(text: str) -> ParsedDocument:
    return parse_bytes(text.encode(), "paper.txt")


def _cited(doc: ParsedDocument) -> set[tuple[str, str]]:
    """(citation label, the entry label it is linked to)."""
    by_number = {e.number: e.label for e in doc.literature}
    return {
        (m.label, by_number[fn.literature.number] if fn.literature else "")
        for fn in doc.footnotes
        for m in fn.markers
    }


# author-year labels, with pdftotext's page break (a form feed before a page's first line)
NAMED_RAW = (
    "Sequence models were first given attention by [Okafor et al.2014] and later\n"
    "replaced recurrence entirely [Lindqvist and Moreau, 2011; Tanaka 2019].\n"
    "Earlier surveys [Haddad, Brennan, and Sato, 2008] compared both.\n"
    "Decoding follows [Tanaka 2019] closely.\n"
    "\n"
    "References\n"
    "[Haddad, Brennan, and Sato, 2008] Haddad, R., Brennan, K., and Sato, M. (2008).\n"
    "A survey of alignment. Journal of Language Systems, 12:1-20.\n"
    "[Lindqvist and Moreau, 2011] Lindqvist, P. and Moreau, C. (2011). Attention\n"
    "without recurrence. In Proceedings of the Workshop on Models, pages 5-9.\n"
    "3\n"
    "\f[Okafor et al.2014] Nkem Okafor, Ji-woo Park, and Lena Braun. 2014. Joint\n"
    "learning to align and translate. arXiv preprint arXiv:1409.0000.\n"
    "[Tanaka 2019] Aiko Tanaka. 2019. Beam search revisited. Computational\n"
    "Linguistics, 45(2):301-330.\n"
)
# the same list as -layout prints it: continuation lines indented, blank lines between
NAMED_LAYOUT = (
    "Sequence models were first given attention by [Okafor et al., 2014] and\n"
    "later replaced recurrence [Lindqvist and Moreau, 2011, Tanaka, 2019].\n"
    "Earlier surveys [Haddad, Brennan, and Sato, 2008] compared both.\n"
    "\n"
    "References\n"
    "[Haddad, Brennan, and Sato, 2008] Haddad, R., Brennan, K., and Sato, M.\n"
    "   (2008). A survey of alignment. Journal of Language Systems, 12:1-20.\n"
    "\n"
    "[Lindqvist and Moreau, 2011] Lindqvist, P. and Moreau, C. (2011). Attention\n"
    "   without recurrence. In Proceedings of the Workshop on Models, pages 5-9.\n"
    "\n"
    "[Okafor et al., 2014] Okafor, N., Park, J., and Braun, L. (2014). Joint\n"
    "   learning to align and translate. arXiv preprint arXiv:1409.0000.\n"
    "\n"
    "[Tanaka, 2019] Tanaka, A. (2019). Beam search revisited. Computational\n"
    "   Linguistics, 45(2):301-330.\n"
)
# German, AAAI-like: "und", labels with commas cited two to a bracket
NAMED_GERMAN = (
    "Die Methode folgt [Weber und Schulz, 2018] und wurde\n"
    "von [Brandt, 2020; Weber und Schulz, 2018] erweitert.\n"
    "\f\n"
    "Literatur\n"
    "[Brandt, 2020] Brandt, L. (2020). Verfahren der Textanalyse. Berlin: Verlag.\n"
    "[Weber und Schulz, 2018] Weber, H. und Schulz, J. (2018). Korpora und Modelle.\n"
    "Zeitschrift für Sprache, 7:11-30.\n"
)


@pytest.mark.parametrize(
    ("text", "labels", "cited"),
    [
        (
            NAMED_RAW,
            [
                "Haddad, Brennan, and Sato, 2008",
                "Lindqvist and Moreau, 2011",
                "Okafor et al.2014",
                "Tanaka 2019",
            ],
            {
                ("Okafor et al.2014", "Okafor et al.2014"),
                ("Lindqvist and Moreau, 2011", "Lindqvist and Moreau, 2011"),
                ("Tanaka 2019", "Tanaka 2019"),
                ("Haddad, Brennan, and Sato, 2008", "Haddad, Brennan, and Sato, 2008"),
            },
        ),
        (
            NAMED_LAYOUT,
            [
                "Haddad, Brennan, and Sato, 2008",
                "Lindqvist and Moreau, 2011",
                "Okafor et al., 2014",
                "Tanaka, 2019",
            ],
            {
                ("Okafor et al., 2014", "Okafor et al., 2014"),
                ("Lindqvist and Moreau, 2011", "Lindqvist and Moreau, 2011"),
                ("Tanaka, 2019", "Tanaka, 2019"),
                ("Haddad, Brennan, and Sato, 2008", "Haddad, Brennan, and Sato, 2008"),
            },
        ),
        (
            NAMED_GERMAN,
            ["Brandt, 2020", "Weber und Schulz, 2018"],
            {
                ("Weber und Schulz, 2018", "Weber und Schulz, 2018"),
                ("Brandt, 2020", "Brandt, 2020"),
            },
        ),
    ],
)
def test_named_labels_are_a_keyed_list(
    text: str, labels: list[str], cited: set[tuple[str, str]]
) -> None:
    doc = _doc(text)
    assert [e.label for e in doc.literature] == labels
    assert _cited(doc) == cited


# BibTeX alpha: "[BHK+ 95]" as pdftotext spaces it, a label after a page break alone on
# its line, and an appendix of numbered points after the list (no "[n]" cites them)
ALPHA = (
    "Good practice is surveyed in [BHK+ 95] and [Ram88, Wes01]; see also [Wes01].\n"
    "\n"
    "References\n"
    "[BHK+ 95] R. Barrow, D. Holm, and P. Kerr. Reporting computational tests.\n"
    "Journal of Heuristics, 1(1):9-32, 1995.\n"
    "\n"
    "12\n"
    "\n"
    "\f[Ram88]\n"
    "\n"
    "S. Ramirez. Tools for experiments. Technical report, 1988.\n"
    "\n"
    "[Wes01]\n"
    "\n"
    "T. Westergaard. Statistics for algorithm designers. SIAM, 2001.\n"
    "\n"
    "Appendix\n"
    "Pitfalls\n"
    "1. Testing on too few instances.\n"
    "2. Tuning the code instead of the algorithm.\n"
    "3. Losing the data.\n"
)


def test_alpha_labels_spaced_and_after_a_page_break() -> None:
    doc = _doc(ALPHA)
    assert [e.label for e in doc.literature] == ["BHK+ 95", "Ram88", "Wes01"]
    assert _cited(doc) == {("BHK+ 95", "BHK+ 95"), ("Ram88", "Ram88"), ("Wes01", "Wes01")}
