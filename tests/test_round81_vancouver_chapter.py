"""NLM's (Vancouver) chapters and one-name entries with a short title (round 81).

Two readings of Vancouver lists were wrong on main:

- a chapter, ``Title. In: Vogelstein B, Kinzler KW, editors. Book. New York: McGraw-Hill;
  2002. p. 93-113.``, kept no book: the editors and their role became the publisher, "In"
  the place, the book's title was lost (:mod:`bibcheck.parse.references.vancouver_chapter`);
- one name with one initial, then a one-word title or a title joined by "und", "y", "og"
  (``Meier T. Hafen. Berlin: Springer; 2017.``, ``Meier T. Häfen und Werften. J Hist.
  2017;…``) was read as a name written given name first (``Meier T. Hafen``) or as two names
  joined by "und", the imprint left as the title: what follows now decides it
  (:mod:`bibcheck.parse.references.vancouver_tail`).
"""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.vancouver_chapter import chapter_in
from bibcheck.parse.references.vancouver_dotted import dotted_list, dotted_names
from bibcheck.parse.references.vancouver_tail import title_then_tail
from tests.growth import growth


def _read(text: str) -> dict[str, object]:
    ref = parse_reference(text, [0], detect_styles=True)
    return {
        "authors": ref.authors,
        "title": ref.title,
        "host": ref.host,
        "editors": ref.editors,
        "place": ref.place,
        "publisher": ref.publisher,
        "year": ref.year,
        "pages": ref.pages,
        "kind": ref.kind,
    }


_CHAPTERS = [
    (
        "Okonkwo AE, Lindahl P. Grain storage losses in humid climates. In: Varga M, "
        "Duarte RS, editors. Post-harvest science. New York: Academic Press; 2014. p. 211-38.",
        ("Okonkwo AE", "Lindahl P"),
        "Grain storage losses in humid climates",
        "Post-harvest science",
        ("Varga M", "Duarte RS"),
        ("New York", "Academic Press", 2014, "211-38"),
    ),
    (
        # one editor, NLM's singular role
        "Tamm K. Choir festivals. In: Rebane L, editor. Singing nations. Tartu: Ilmamaa; 2009. "
        "p. 17-40.",
        ("Tamm K",),
        "Choir festivals",
        "Singing nations",
        ("Rebane L",),
        ("Tartu", "Ilmamaa", 2009, "17-40"),
    ),
    (
        # an edition statement after the book's title; the place with its state's code
        "Hollis RJ. Hepatic clearance. In: Marsh DW, Quint A, Abara O, editors. Principles of "
        "drug disposition. 4th ed. Boston (MA): Fenwick Medical; 2020. p. 5-19.",
        ("Hollis RJ",),
        "Hepatic clearance",
        "Principles of drug disposition",
        ("Marsh DW", "Quint A", "Abara O"),
        ("Boston (MA)", "Fenwick Medical", 2020, "5-19"),
    ),
    (
        # Norwegian: "I:", "redaktører", "3. utg.", "s."
        "Aas K. Jordsmonn og avling. I: Lie P, Nes O, redaktører. Norsk jordbruk. 3. utg. "
        "Oslo: Landbruksforlaget; 2016. s. 44-61.",
        ("Aas K",),
        "Jordsmonn og avling",
        "Norsk jordbruk",
        ("Lie P", "Nes O"),
        ("Oslo", "Landbruksforlaget", 2016, "44-61"),
    ),
    (
        # German "In:" with "Hrsg." and "S."; a title with a subtitle after a colon
        "Meier T, Roth K. Häfen und Werften: eine Geschichte. In: Lang P, Hrsg. Küsten. Kiel: "
        "Wachholtz; 2011. S. 3-9.",
        ("Meier T", "Roth K"),
        "Häfen und Werften: eine Geschichte",
        "Küsten",
        ("Lang P",),
        ("Kiel", "Wachholtz", 2011, "3-9"),
    ),
    (
        # no pages; Polish "W:" and "redaktor"
        "Nowak J. Ochrona gleb. W: Zieliński A, redaktor. Gleboznawstwo. Warszawa: PWN; 2019.",
        ("Nowak J",),
        "Ochrona gleb",
        "Gleboznawstwo",
        ("Zieliński A",),
        ("Warszawa", "PWN", 2019, None),
    ),
    (
        # one name, a one-word title before "In:"
        "Okafor B. Yams. In: Duarte RS, editor. Tropical roots. Ibadan: Spectrum; 2012. p. 1-12.",
        ("Okafor B",),
        "Yams",
        "Tropical roots",
        ("Duarte RS",),
        ("Ibadan", "Spectrum", 2012, "1-12"),
    ),
]


@pytest.mark.parametrize(("text", "authors", "title", "host", "editors", "imprint"), _CHAPTERS)
def test_a_vancouver_chapter_keeps_its_book(
    text: str,
    authors: tuple[str, ...],
    title: str,
    host: str,
    editors: tuple[str, ...],
    imprint: tuple[str, str, int, str | None],
) -> None:
    place, publisher, year, pages = imprint
    assert _read(text) == {
        "authors": authors,
        "title": title,
        "host": host,
        "editors": editors,
        "place": place,
        "publisher": publisher,
        "year": year,
        "pages": pages,
        "kind": RefKind.CHAPTER,
    }


@pytest.mark.parametrize(
    "rest",
    [
        # near-misses: no role after the names (a proceedings volume, read as before), no
        # colon after "In", no imprint, the names with full stops (no Vancouver names)
        "In: Proceedings of the Fifth Soil Congress. Ames: ISU Press; 2003. p. 4-9.",
        "In Varga M, editor. Post-harvest science. New York: Academic Press; 2014. p. 2-3.",
        "In: Varga M, editor. Post-harvest science. 2014. p. 2-3.",
        "In: M. Varga, editor. Post-harvest science. New York: Academic Press; 2014.",
    ],
)
def test_not_nlms_chapter_shape(rest: str) -> None:
    assert chapter_in(rest) is None


_ONE_NAME = [
    # a one-word title before NLM's imprint or journal line
    ("Meier T. Hafen. Berlin: Springer; 2017.", ("Meier T",), "Hafen", None),
    ("Lindqvist A. Humle. Lund: Gleerup; 1998.", ("Lindqvist A",), "Humle", None),
    ("Meier T. Häfen. J Hist. 2017;12(3):45-67.", ("Meier T",), "Häfen", "J Hist"),
    # a title joined by another language's "and"
    (
        "Meier T. Häfen und Werften. Berlin: Springer; 2017.",
        ("Meier T",),
        "Häfen und Werften",
        None,
    ),
    (
        "Ruiz A. Olivos y viñedos. Rev Agron. 2015;8:3-11.",
        ("Ruiz A",),
        "Olivos y viñedos",
        "Rev Agron",
    ),
    # ... after names written the Vancouver way beyond doubt
    (
        "Meier T, Roth K. Häfen und Werften. J Hist. 2017;12(3):45-67.",
        ("Meier T", "Roth K"),
        "Häfen und Werften",
        "J Hist",
    ),
]


@pytest.mark.parametrize(("text", "authors", "title", "host"), _ONE_NAME)
def test_one_name_and_a_short_title(
    text: str, authors: tuple[str, ...], title: str, host: str | None
) -> None:
    found = _read(text)
    assert (found["authors"], found["title"], found["host"]) == (authors, title, host)
    assert found["year"] in (2017, 1998, 2015)


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        # near-misses: a name written given name first (BibTeX's plain style) keeps its
        # surname when a title, not the imprint, follows; names joined by "y" with their
        # editors' mark
        (
            "Nicholas J. Higham. Accuracy and Stability of Numerical Algorithms. "
            "Philadelphia: SIAM; 2002.",
            ("Nicholas J. Higham",),
        ),
        (
            "William P. Mitchell y David Guillet (eds.). Irrigation at High Altitudes. "
            "Washington: AAA; 1994.",
            ("William P. Mitchell", "David Guillet"),
        ),
    ],
)
def test_names_written_otherwise_stay(text: str, authors: tuple[str, ...]) -> None:
    assert _read(text)["authors"] == authors


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        ("Hafen. Berlin: Springer; 2017.", True),
        ("Hafen. New York (NY): Springer; 2017 [cited 2020 May 1].", True),
        ("Hafen. J Hist. 2017 Mar 3;12(3):45-67.", True),
        ("Hafen. N Engl J Med. 2017;376:45.", True),
        ("Drugs. In: Lang P, editor. Book. Kiel: Wachholtz; 2011. p. 3-9.", True),
        # a second title sentence, a publisher before a comma, nothing after
        ("Higham. Accuracy and Stability. Philadelphia: SIAM; 2002.", False),
        ("Higham. SIAM, Philadelphia, 2002.", False),
        ("Hafen.", False),
        ("Hafen. In: Lang P. Book. Kiel: Wachholtz; 2011.", False),
    ],
)
def test_title_then_tail(after: str, expected: bool) -> None:
    assert title_then_tail(after) is expected


@pytest.mark.parametrize(
    "unit", ["In: A", "In: Ab, ", "In: Ab, editors. ", "x. ", "Ab B, ", "Ab: C; 2001. "]
)
def test_linear(unit: str) -> None:
    assert growth(lambda n: chapter_in(unit * n + " p. 1-2."), 200, 800) < 6
    assert growth(lambda n: title_then_tail(unit * n + " 2001;3:4."), 200, 800) < 6


# Vancouver names with full stops after the initials (:mod:`.vancouver_dotted`)
_DOTTED = [
    (
        "Okafor B., Lindahl P. and Varga M. Grain drying. J Agric Eng. 2015;3:1-9.",
        ("Okafor B", "Lindahl P", "Varga M"),
        "Grain drying",
        "J Agric Eng",
    ),
    (
        "Okafor B.A., Lindahl P.K. Grain drying. J Agric Eng. 2015;3:1-9.",
        ("Okafor BA", "Lindahl PK"),
        "Grain drying",
        "J Agric Eng",
    ),
    (
        "Okafor B. & Lindahl P. Grain drying. J Agric Eng. 2015;3:1-9.",
        ("Okafor B", "Lindahl P"),
        "Grain drying",
        "J Agric Eng",
    ),
    (
        "Novák J. A., Svoboda K.-B., van Berg P. Sušení obilí. Praha: Academia; 2015.",
        ("Novák JA", "Svoboda K-B", "van Berg P"),
        "Sušení obilí",
        None,
    ),
    (
        "Okafor BA., Lindahl PK. Grain drying. Ibadan: Spectrum; 2015.",
        ("Okafor BA", "Lindahl PK"),
        "Grain drying",
        None,
    ),
    # the year as a sentence after the names (eLife's order)
    (
        "Okafor B., Lindahl P. 2015. Grain drying. Journal of Grain 3:1-9.",
        ("Okafor B", "Lindahl P"),
        "Grain drying",
        "Journal of Grain",
    ),
    # Harvard with the year in parentheses after such names
    (
        "Okafor B., Lindahl P. and Varga M. (2015) Grain drying. Ibadan: Spectrum.",
        ("Okafor B", "Lindahl P", "Varga M"),
        "Grain drying",
        None,
    ),
    (
        "Okafor B.A. and Lindahl P.K. (2015) Grain drying. Ibadan: Spectrum.",
        ("Okafor BA", "Lindahl PK"),
        "Grain drying",
        None,
    ),
]


@pytest.mark.parametrize(("text", "authors", "title", "host"), _DOTTED)
def test_initials_with_full_stops(
    text: str, authors: tuple[str, ...], title: str, host: str | None
) -> None:
    found = _read(text)
    assert (found["authors"], found["title"], found["host"], found["year"]) == (
        authors,
        title,
        host,
        2015,
    )


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        # near-misses: APA's inverted names, NLM's bare initials, one dotted name alone
        (
            "Okafor, B., & Lindahl, P. (2015). Grain drying. Journal of Grain, 3, 1-9.",
            ("Okafor, B.", "Lindahl, P."),
        ),
        ("Okafor B, Lindahl P. Grain drying. J Agric Eng. 2015;3:1-9.", ("Okafor B", "Lindahl P")),
        ("Okafor B. Grain drying. J Agric Eng. 2015;3:1-9.", ("Okafor B",)),
    ],
)
def test_other_name_forms_stay(text: str, authors: tuple[str, ...]) -> None:
    assert _read(text)["authors"] == authors


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Smith J., Jones K. and Brown L.", ("Smith J", "Jones K", "Brown L")),
        ("Smith J.A. & Jones K.-B., et al.", ("Smith JA", "Jones K-B")),
        ("Smith J.", None),
        ("Smith, J., Jones, K.", None),
        ("Smith J, Jones K", None),
    ],
)
def test_dotted_list(text: str, expected: tuple[str, ...] | None) -> None:
    assert dotted_list(text) == expected


@pytest.mark.parametrize("unit", ["Ab C., ", "Ab C. and ", "Ab C.D.", "Ab C", "Ab C.,"])
def test_dotted_linear(unit: str) -> None:
    assert growth(lambda n: dotted_names(unit * n + " Title."), 200, 800) < 6
    assert growth(lambda n: dotted_list(unit * n + "x"), 200, 800) < 6
