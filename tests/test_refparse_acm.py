"""ACM Reference Format entries (acmart's ``ACM-Reference-Format.bst``), as the ACM Digital
Library, PDF text and Markdown lists print them: names in natural order joined by commas,
"and" before the last, the year as a sentence of its own, the title sentence, then the
proceedings (``In *Proceedings …* (VENUE '19). Publisher, Place, pages.``), the journal
(``*ACM Trans. …* 12, 3, Article 4 (2019), 1–25.``) or the book's publisher.  Fixture
entries written for the tests (invented works and people)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import acm, parse_reference
from tests.test_regex_growth import assert_linear


@pytest.mark.parametrize(
    ("text", "authors", "title", "year", "kind"),
    [
        pytest.param(
            "Maria Okonkwo and Lars Feldt. 2019. Fast Sketches for Skewed Streams. In "
            "*Proceedings of the 2019 International Conference on Management of Data* "
            "(Amsterdam, Netherlands) *(SIGMOD ’19)*. Association for Computing Machinery, "
            "New York, NY, USA, 112–125. https://doi.org/10.1145/3299869.3300101",
            ("Maria Okonkwo", "Lars Feldt"),
            "Fast Sketches for Skewed Streams",
            2019,
            RefKind.CHAPTER,
            id="two-authors-proceedings",
        ),
        pytest.param(
            "Priya Raman, Tomás Ibarra, and Helen O’Connell. 2021. Testing the Untestable: "
            "Property Checks for Data Pipelines. In Proceedings of the 43rd International "
            "Conference on Software Engineering (Madrid, Spain) (ICSE ’21). IEEE Press, "
            "1044–1055.",
            ("Priya Raman", "Tomás Ibarra", "Helen O’Connell"),
            "Testing the Untestable: Property Checks for Data Pipelines",
            2021,
            RefKind.CHAPTER,
            id="three-authors-unmarked-proceedings",
        ),
        pytest.param(
            "Wen-Hui Zhao, Ada B. Kowalczyk, Jean-Marc Vidal, Sun-Hee Park, Omar T. El Amin, "
            "Kofi Mensah, and R. J. van der Berg. 2017. Lineage Capture at Scale. *ACM "
            "Transactions on Database Systems* 42, 3, Article 17 (Aug. 2017), 1–38. "
            "https://doi.org/10.1145/3093999",
            (
                "Wen-Hui Zhao",
                "Ada B. Kowalczyk",
                "Jean-Marc Vidal",
                "Sun-Hee Park",
                "Omar T. El Amin",
                "Kofi Mensah",
                "R. J. van der Berg",
            ),
            "Lineage Capture at Scale",
            2017,
            RefKind.ARTICLE,
            id="seven-authors-journal-article-number",
        ),
        pytest.param(
            "K. L. Ostrowski, D. Haddad, and P. Nwosu. 2012. Replaying Provenance Traces. ACM "
            "Trans. Softw. Eng. Methodol. 21, 4 (2012), 1–25.",
            ("K. L. Ostrowski", "D. Haddad", "P. Nwosu"),
            "Replaying Provenance Traces",
            2012,
            RefKind.ARTICLE,
            id="initials-unmarked-journal",
        ),
        pytest.param(
            "Grace Whitfield. 2020. Why Notebooks Break. *Communications of the ACM* 63, 2 "
            "(2020), 30–32.",
            ("Grace Whitfield",),
            "Why Notebooks Break",
            2020,
            RefKind.ARTICLE,
            id="one-author-journal",
        ),
        pytest.param(
            "Joan M. Castellví. 2015. Research Data in Practice. *Data Quarterly* 8 (2015), e204.",
            ("Joan M. Castellví",),
            "Research Data in Practice",
            2015,
            RefKind.ARTICLE,
            id="middle-initial-no-issue",
        ),
        pytest.param(
            "Ines Duarte, Marek Zielinski, Yuki Tanaka, Ola Hansen, Priscilla Aboagye, "
            "Daniel Costa, et al. 2018. A Survey of Workflow Systems. *Future Generation "
            "Computer Systems* 89 (2018), 1–17.",
            (
                "Ines Duarte",
                "Marek Zielinski",
                "Yuki Tanaka",
                "Ola Hansen",
                "Priscilla Aboagye",
                "Daniel Costa",
            ),
            "A Survey of Workflow Systems",
            2018,
            RefKind.ARTICLE,
            id="et-al",
        ),
        pytest.param(
            "Hanna Lindqvist and Rafael Moreno Díaz. 2014. *Designing Data Systems*. Morgan "
            "Kaufmann, San Francisco, CA, USA.",
            ("Hanna Lindqvist", "Rafael Moreno Díaz"),
            "Designing Data Systems",
            2014,
            RefKind.BOOK,
            id="book",
        ),
        pytest.param(
            "Theo Marchetti and Anneke de Vries. 2016. Shared Notebooks for Teaching. In "
            "*Open Tools in Education*, S. Patel and M. Ruiz (Eds.). Springer, Cham, 45–60.",
            ("Theo Marchetti", "Anneke de Vries"),
            "Shared Notebooks for Teaching",
            2016,
            RefKind.CHAPTER,
            id="chapter-in-edited-volume",
        ),
        pytest.param(
            "Lena Brandt, Kwame Asante, and Ravi Shankar. 2023. How Do Analysts Rerun Code? "
            "*Empirical Software Engineering* 28, 5 (2023), 101.",
            ("Lena Brandt", "Kwame Asante", "Ravi Shankar"),
            "How Do Analysts Rerun Code?",
            2023,
            RefKind.ARTICLE,
            id="question-title",
        ),
        pytest.param(
            "Aiko Mori. 2018. *Provenance for Interactive Analysis*. Ph. D. Dissertation. "
            "University of Tsukuba, Tsukuba, Japan.",
            ("Aiko Mori",),
            "Provenance for Interactive Analysis",
            2018,
            RefKind.THESIS,  # (a book before session 34)
            id="thesis",
        ),
        pytest.param(
            "Felix Brandl, Jr. and Nora Quist. 2011. Checkpointing Long Analyses. Technical "
            "Report TR-2011-07. Institute of Data Engineering, Graz, Austria.",
            ("Felix Brandl, Jr.", "Nora Quist"),
            "Checkpointing Long Analyses",
            2011,
            RefKind.REPORT,
            id="report-and-generation",
        ),
    ],
)
@pytest.mark.parametrize("detect_styles", [True, False], ids=["styled", "markdown"])
def test_acm_entries(
    text: str,
    authors: tuple[str, ...],
    title: str,
    year: int,
    kind: RefKind,
    detect_styles: bool,
) -> None:
    ref = parse_reference(text, (1,), detect_styles=detect_styles)
    assert ref.authors == authors
    assert ref.title == title
    assert ref.year == year
    assert ref.kind is kind


def test_acm_journal_fields() -> None:
    ref = parse_reference(
        "Ana Petrova and Colm Byrne. 2019. Sampling Join Results. *ACM Trans. Database Syst.* "
        "44, 3, Article 12 (June 2019), 1–25. https://doi.org/10.1145/3323211",
        (1,),
        detect_styles=True,
    )
    assert (ref.host, ref.volume, ref.issue, ref.pages) == (
        "ACM Trans. Database Syst.",
        "44",
        "3",
        "1–25",
    )
    assert ref.doi == "10.1145/3323211"


@pytest.mark.parametrize(
    ("text", "publisher"),
    [
        (
            "Aiko Mori. 2018. *Provenance*. Ph. D. Dissertation. University of Tsukuba, Japan.",
            "University of Tsukuba",
        ),
        (
            "Lena Brandt and Kwame Asante. 2021. Rerun Everything. In *Proceedings of the ACM "
            "Conference on Reproducibility* (Rennes, France) *(ACM REP ’21)*. Association for "
            "Computing Machinery, New York, NY, USA, 1–12.",
            "Association for Computing Machinery",
        ),
    ],
    ids=["thesis", "proceedings"],
)
def test_acm_publisher(text: str, publisher: str) -> None:
    ref = parse_reference(text, (1,), detect_styles=True)
    # a thesis's university is its institution, never its publisher (session 34)
    assert (ref.institution if ref.kind is RefKind.THESIS else ref.publisher) == publisher
    if ref.kind is RefKind.THESIS:
        assert ref.publisher is None


@pytest.mark.parametrize(
    "text",
    [
        # Chicago author-date: the first author inverted
        "Shugart, Matthew Søberg, and John M. Carey. 1992. *Presidents and Assemblies*. "
        "Cambridge: Cambridge University Press.",
        # Harvard without parentheses: names inverted with initials
        "Smith, J. and Doe, K. 2010. Title of the work. London: Penguin.",
    ],
)
def test_not_acm(text: str) -> None:
    ref = parse_reference(text, (1,), detect_styles=True)
    assert ref.style != "acm"


@pytest.mark.parametrize(
    "line",
    [
        lambda n: (
            ", ".join(f"Given{i} Family{i}" for i in range(n // 40))
            + ". 2019. "
            + "Word " * (n // 10)
        ),
        lambda n: "Ada Byron. 2019. Title. " + "*Journal* 12, " * (n // 14),
        lambda n: "Ada Byron, " * (n // 11) + "2019.",
        lambda n: "Ada Byron. 2019. Title. In " + "(a" * (n // 2),
        lambda n: "Ada Byron. 2019. Title. " + "1 (" * (n // 3),
        lambda n: "A. " * (n // 3) + "2019. x",
    ],
    ids=["names", "journals", "no-year", "brackets", "numbers", "initials"],
)
def test_long_line_is_linear(line: Callable[[int], str]) -> None:
    assert_linear(acm.parse, line)
