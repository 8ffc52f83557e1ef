"""The comma-year form of philosophy bibliographies (``Surname, Given, Year, Title, Place:
Publisher.``), its repeated-author en dashes, and the author-date citations of such lists
(``(Kant 1781 [1998: A51])``, ``Ayer (1936: ch. 6)``).  Fixtures written for these tests."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.same_author import with_repeated_authors
from bibcheck.readers.authoryear import author_years, line_mentions


@pytest.mark.parametrize(
    ("entry", "authors", "year", "title", "kind", "container"),
    [
        pytest.param(
            "Ryle, Gilbert, 1949, The Concept of Mind, London: Hutchinson.",
            ("Ryle, Gilbert",), 1949, "The Concept of Mind", RefKind.BOOK, None,
            id="book",
        ),
        pytest.param(
            "Anscombe, G. E. M., 1957, Intention: A Study, Oxford: Basil Blackwell.",
            ("Anscombe, G. E. M.",), 1957, "Intention: A Study", RefKind.BOOK, None,
            id="three-initials-title-colon",
        ),
        pytest.param(
            "Dretske, Fred I., 1981, Knowledge and the Flow of Information, Cambridge, MA: "
            "MIT Press.",
            ("Dretske, Fred I.",), 1981, "Knowledge and the Flow of Information",
            RefKind.BOOK, None,
            id="place-with-state",
        ),
        pytest.param(
            "Kant, Immanuel, 1781 [1998], Critique of Pure Reason, Paul Guyer and Allen W. "
            "Wood (eds.), Cambridge: Cambridge University Press.",
            ("Kant, Immanuel",), 1998, "Critique of Pure Reason", RefKind.BOOK, None,
            id="original-and-edition-year-editors",
        ),
        pytest.param(
            "Austin, J. L., 1962, How to Do Things with Words, 2nd edition, Oxford: "
            "Clarendon Press.",
            ("Austin, J. L.",), 1962, "How to Do Things with Words", RefKind.BOOK, None,
            id="edition",
        ),
        pytest.param(
            "Evans, Gareth and John McDowell (eds.), 1976, Truth and Meaning, Oxford: "
            "Clarendon Press.",
            ("Evans, Gareth", "John McDowell"), 1976, "Truth and Meaning", RefKind.BOOK,
            None,
            id="two-editors",
        ),
        pytest.param(
            "Grice, H. Paul, 1957, “Meaning”, The Philosophical Review, 66(3): 377–388.",
            ("Grice, H. Paul",), 1957, "Meaning", RefKind.ARTICLE, "The Philosophical Review",
            id="article",
        ),
        pytest.param(
            "Quine, W. V. O., 1951, “Two Dogmas of Empiricism”, Philosophical Review, 60: "
            "20–43.",
            ("Quine, W. V. O.",), 1951, "Two Dogmas of Empiricism", RefKind.ARTICLE,
            "Philosophical Review",
            id="article-no-issue",
        ),
        pytest.param(
            "Kripke, Saul A., 1979, “A Puzzle about Belief”, in Meaning and Use, Avishai "
            "Margalit (ed.), (Studies in Linguistics 3), Dordrecht: Reidel, 239–283.",
            ("Kripke, Saul A.",), 1979, "A Puzzle about Belief", RefKind.CHAPTER,
            "Meaning and Use",
            id="chapter-series",
        ),
    ],
)  # fmt: skip
def test_comma_year_entries(
    entry: str,
    authors: tuple[str, ...],
    year: int,
    title: str,
    kind: RefKind,
    container: str | None,
) -> None:
    ref = parse_reference(entry, (1,), detect_styles=True)
    assert (ref.authors, ref.year, ref.title, ref.kind) == (authors, year, title, kind)
    assert ref.host == container
    assert ref.anomalies == ()


@pytest.mark.parametrize(
    "dash",
    [pytest.param("–––", id="three-en-dashes"), pytest.param("– – –", id="spaced-en-dashes")],
)
def test_en_dash_repeats_the_author(dash: str) -> None:
    texts = [
        "Ryle, Gilbert, 1949, The Concept of Mind, London: Hutchinson.",
        f"{dash}, 1954, Dilemmas, Cambridge: Cambridge University Press.",
    ]
    refs = with_repeated_authors([parse_reference(t, (1,), detect_styles=True) for t in texts])
    assert (refs[1].authors, refs[1].year, refs[1].title) == (
        ("Ryle, Gilbert",),
        1954,
        "Dilemmas",
    )
    assert refs[1].anomalies == ()


_ENTRIES = [
    ("1", "Kant, Immanuel, 1781 [1998], Critique of Pure Reason, Cambridge: CUP."),
    ("2", "Ayer, A. J., 1936, Language, Truth and Logic, London: Gollancz."),
    ("3", "–––, 1956, The Problem of Knowledge, London: Macmillan."),
    ("4", "Ryle, Gilbert, 1949, The Concept of Mind, London: Hutchinson."),
]


@pytest.mark.parametrize(
    ("line", "labels"),
    [
        pytest.param("as Kant held (Kant 1781 [1998: A51]).", ["1"], id="edition-locator"),
        pytest.param("see Kant (1781 [1998]) on this", ["1"], id="narrative-edition"),
        pytest.param("argued (Ayer 1936: ch. 6) that", ["2"], id="colon-chapter"),
        pytest.param("Ayer (1936: sec. 2) argued", ["2"], id="narrative-colon-section"),
        pytest.param("(Ryle 1949; Ayer 1936: ch. 6)", ["4", "2"], id="second-of-two"),
        pytest.param("as before (Ayer 1936, 1956)", ["2", "3"], id="dash-entry-second-year"),
        pytest.param("(Ayer 1956: ch. 2)", ["3"], id="dash-entry-chapter"),
    ],
)
def test_comma_year_citations(line: str, labels: list[str]) -> None:
    found = line_mentions(line, "", author_years(_ENTRIES))
    assert [label for _, _, label in found] == labels


_PAGE = """<html><body><div id="article">
<h1>Other Minds</h1>
<p>Knowledge of other minds was long thought to rest on analogy (Ryle 1949: ch. 1).</p>
<h2>Bibliography</h2>
<ul>
<li>Ryle, Gilbert, 1949, <em>The Concept of Mind</em>, London: Hutchinson.</li>
</ul>
{section}
</div></body></html>
"""


@pytest.mark.parametrize(
    ("section", "unmatched"),
    [
        pytest.param(
            '<div><h2 id="Oth">Other Internet Resources</h2><ul><li><a href='
            '"https://papers.example.org/minds">Other minds</a>, a bibliography.</li></ul></div>',
            0,
            id="other-internet-resources",
        ),
        pytest.param(
            '<h2>Academic Tools</h2><table><tr><td><a href="https://tools.example.net/cite">'
            "How to cite this entry</a></td></tr></table>",
            0,
            id="academic-tools-table",
        ),
        pytest.param(
            '<div class="mw-heading"><h2>External links</h2><span>[edit]</span></div>'
            '<ul><li><a href="https://society.example.com/">A society</a></li></ul>',
            0,
            id="wrapped-heading",
        ),
        pytest.param(
            '<h2>Afterword</h2><p>More in <a href="https://blog.example.com/x">a post</a>.</p>',
            1,
            id="prose-section-still-counted",
        ),
        pytest.param(
            '<h2>External links</h2><ul><li><a href="https://a.example.com/">A</a></li></ul>'
            '<h2>Afterword</h2><p>More in <a href="https://blog.example.com/x">a post</a>.</p>',
            1,
            id="section-ends-at-next-heading",
        ),
    ],
)
def test_resource_lists_are_no_body_links(section: str, unmatched: int) -> None:
    doc = parse_bytes(_PAGE.format(section=section).encode(), "minds.html")
    gaps = [a.message for a in doc.all_anomalies() if "link(s) to other sites" in a.message]
    assert gaps == ([] if not unmatched else [gaps[0]])
    if unmatched:
        assert gaps[0].startswith(f"{unmatched} link(s)")
