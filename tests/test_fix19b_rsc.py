"""Fix 19b: RSC (chemistry) references read whole, and a labelled DOI typed without its
slash refused and cut rather than left in the text."""

from __future__ import annotations

import pytest

from bibcheck.model import AnomalyCode, RefKind
from bibcheck.parse.references import parse_reference, rsc


def _parse(text: str):  # type: ignore[no-untyped-def]
    return parse_reference(text, (1,), detect_styles=True)


@pytest.mark.parametrize(
    ("text", "authors", "title", "host", "volume", "pages"),
    [
        (
            "K. L. Brandt, Spectrophotometric study of a dye, J. Chem. Educ., 1971, 48, 602.",
            ("K. L. Brandt",),
            "Spectrophotometric study of a dye",
            "J. Chem. Educ.",
            "48",
            "602",
        ),
        (
            "M. Ito, R. van Dam and S. Quist, Kinetics, revisited, Phys. Chem. Chem. Phys., "
            "2019, 21, 1120–1131.",
            ("M. Ito", "R. van Dam", "S. Quist"),
            "Kinetics, revisited",
            "Phys. Chem. Chem. Phys.",
            "21",
            "1120–1131",
        ),
        (
            "A. Osei and T. Lin, Fading of dyes in base, Dalton Trans., 2008, 12(4), 455-460.",
            ("A. Osei", "T. Lin"),
            "Fading of dyes in base",
            "Dalton Trans.",
            "12",
            "455-460",
        ),
    ],
    ids=["one-author", "three-authors-comma-title", "issue"],
)
def test_rsc_article(
    text: str, authors: tuple[str, ...], title: str, host: str, volume: str, pages: str
) -> None:
    ref = _parse(text)
    # (the journal's final period may be kept or not)
    assert (
        ref.kind,
        ref.authors,
        ref.title,
        (ref.host or "").rstrip("."),
        ref.volume,
        ref.pages,
    ) == (
        RefKind.ARTICLE,
        authors,
        title,
        host.rstrip("."),
        volume,
        pages,
    )


@pytest.mark.parametrize(
    ("text", "authors", "title", "publisher", "place"),
    [
        (
            "R. J. Silbey and A. Berg, Physical Chemistry for Engineers, 4th edn., J. Wiley, "
            "Hoboken, 2004.",
            ("R. J. Silbey", "A. Berg"),
            "Physical Chemistry for Engineers",
            "J. Wiley",
            "Hoboken",
        ),
        (
            "T. Moreau, Kinetics and Mechanism, 3rd edn., McGraw-Hill, New York, 1981.",
            ("T. Moreau",),
            "Kinetics and Mechanism",
            "McGraw-Hill",
            "New York",
        ),
        (
            "L. Pham, Data Reduction: A Guide, Harbour Science Books, Mill Valley, CA, 2001.",
            ("L. Pham",),
            "Data Reduction: A Guide",
            "Harbour Science Books",
            "Mill Valley, CA",
        ),
        (
            "S. Nakamura and E. de Vries (eds.), Handbook of Dyes, Royal Society of Chemistry, "
            "Cambridge, 2010.",
            ("S. Nakamura", "E. de Vries"),
            "Handbook of Dyes",
            "Royal Society of Chemistry",
            "Cambridge",
        ),
    ],
    ids=["edition-initial-publisher", "edition-hyphen-publisher", "state", "editors"],
)
def test_rsc_book(
    text: str, authors: tuple[str, ...], title: str, publisher: str, place: str
) -> None:
    ref = _parse(text)
    assert (ref.kind, ref.authors, ref.title, ref.publisher, ref.place) == (
        RefKind.BOOK,
        authors,
        title,
        publisher,
        place,
    )


@pytest.mark.parametrize(
    "body",
    [
        "J. Smith, Title of Book, 2nd ed. New York, NY, USA: Wiley, 2010.",  # IEEE
        "A.B. Lund, C. Dey, Title, Constr. Build. Mater. 65 (2014) 201–217.",  # Elsevier
        "Smith, J.; Doe, A. Title. J. Am. Chem. Soc. 2010, 132, 1-10.",  # ACS
        "A. Author, Chapter, in Book, ed. B. Editor, Wiley, London, 2010, pp. 1-10.",
        "C. Dale, Notes, Sub, Part Two, Leeds, 2001.",  # nothing says book
        "K.T. Moss, Ice lenses in silt, SR 77-4, Snow Research Lab, Hanover, NH, 1977.",
        "B. Lund, Ballast wear, Licentiate thesis, Lulea University Press, Lulea, 2011.",
    ],
    ids=[
        "ieee-book",
        "elsevier",
        "acs",
        "chapter-pages",
        "no-sign-of-a-book",
        "report-number",
        "thesis",
    ],
)
def test_not_rsc(body: str) -> None:
    assert rsc.parse(body) is None


def test_a_labelled_doi_without_its_slash_is_refused_and_cut() -> None:
    ref = _parse("P. Ruiz, Absorbance, J. Chem. Educ., 1959, 36, 120. DOI: 10.1021ed036p120.")
    assert (ref.kind, ref.host, ref.pages, ref.doi) == (
        RefKind.ARTICLE,
        "J. Chem. Educ.",
        "120",
        None,
    )
    assert [a.code for a in ref.anomalies] == [AnomalyCode.DOI_INVALID]
