"""ACS/MDPI references, natbib/ACL-style initials-first lists ending in a period, and names
in scripts beyond Latin-1 (Ł, Č, Ş, Ő)."""

from __future__ import annotations

import pytest

from bibcheck.parse.references import parse_reference


@pytest.mark.parametrize(
    ("text", "authors", "title", "year", "extra"),
    [
        (
            "Basner, M.; Babisch, W.; Davis, A. Auditory and non-auditory effects of noise on "
            "health. Lancet 2014, 383, 1325–1332.",
            ("Basner, M.", "Babisch, W.", "Davis, A."),
            "Auditory and non-auditory effects of noise on health",
            2014,
            {"host": "Lancet", "volume": "383", "pages": "1325–1332"},
        ),
        (
            "Miedema, H.M.E.; Vos, H. Associations between sleep disturbance and noise. Behav. "
            "Sleep Med. 2007, 5(1), 1–20.",
            ("Miedema, H.M.E.", "Vos, H."),
            "Associations between sleep disturbance and noise",
            2007,
            {"host": "Behav. Sleep Med", "volume": "5", "issue": "1", "pages": "1–20"},
        ),
        (
            "Pirrera, S.; De Valck, E.; Cluydts, R. Nocturnal road traffic noise: A review. "
            "Environ. Int. 2010, 36, 492–498.",
            ("Pirrera, S.", "De Valck, E.", "Cluydts, R."),
            "Nocturnal road traffic noise: A review",
            2010,
            {"volume": "36"},
        ),
        (
            "Kim, S.; Lee, J. Noise Control Handbook; Springer: Berlin, Germany, 2015.",
            ("Kim, S.", "Lee, J."),
            "Noise Control Handbook",
            2015,
            {"publisher": "Springer", "place": "Berlin, Germany"},
        ),
    ],
    ids=["journal", "issue", "particle", "book"],
)
def test_acs_references(
    text: str, authors: tuple[str, ...], title: str, year: int, extra: dict[str, str]
) -> None:
    ref = parse_reference(text, (1,), detect_styles=True)
    assert (ref.style, ref.authors, ref.title, ref.year) == ("acs", authors, title, year)
    for name, value in extra.items():
        assert getattr(ref, name) == value, name


@pytest.mark.parametrize(
    ("text", "authors", "title"),
    [
        (
            "A. Vaswani, N. Shazeer, A. N. Gomez, Ł. Kaiser, and I. Polosukhin. Attention is all "
            "you need. Advances in Neural Information Processing Systems, 30, 2017.",
            ("A. Vaswani", "N. Shazeer", "A. N. Gomez", "Ł. Kaiser", "I. Polosukhin"),
            "Attention is all you need",
        ),
        (
            "I. Beltagy, M. E. Peters, and A. Cohan. Longformer: the long-document transformer. "
            "arXiv preprint arXiv:2004.05150, 2020.",
            ("I. Beltagy", "M. E. Peters", "A. Cohan"),
            "Longformer: the long-document transformer",
        ),
        (
            "M. Zaheer, G. Guruganesh, K. A. Dubey, et al.. Big Bird: transformers for longer "
            "sequences. NeurIPS, 33:17283–17297, 2020.",
            ("M. Zaheer", "G. Guruganesh", "K. A. Dubey"),
            "Big Bird: transformers for longer sequences",
        ),
        (
            "J. Smith and A. B. Doe, “Title of paper,” IEEE Trans. X, vol. 3, no. 2, pp. 1–10, "
            "Mar. 2020.",
            ("J. Smith", "A. B. Doe"),
            "Title of paper",
        ),
    ],
    ids=["polish-initial", "and-before-last", "et-al-double-period", "ieee-still-ieee"],
)
def test_initials_first_lists(text: str, authors: tuple[str, ...], title: str) -> None:
    ref = parse_reference(text, (1,), detect_styles=True)
    assert (ref.authors, ref.title) == (authors, title)


def test_other_shapes_are_not_acs() -> None:
    for text in (
        "Smith, J., & Doe, A. (2020). Trade routes. Journal of Trade, 3(1), 1–9.",
        "Smith, J. Trade Routes. London: Routledge, 2010.",
        "Seibel, Wolfgang: Verwaltete Illusionen, Frankfurt a. M. 2005.",
    ):
        assert parse_reference(text, (1,), detect_styles=True).style != "acs", text


@pytest.mark.parametrize(
    ("text", "authors", "title", "year", "extra"),
    [
        (
            "Leifeld, J. & Menichetti, L. The underappreciated potential of peatlands. "
            "*Nat. Commun.* **9**, 1071 (2018).",
            ("Leifeld, J.", "Menichetti, L."),
            "The underappreciated potential of peatlands",
            2018,
            {"host": "Nat. Commun.", "volume": "9", "pages": "1071"},
        ),
        (
            "Tanneberger, F. et al. How peatlands can help. Adv. Sustain. Syst. 5, 2000146 (2021).",
            ("Tanneberger, F.",),
            "How peatlands can help",
            2021,
            {"host": "Adv. Sustain. Syst.", "volume": "5"},
        ),
        (
            "Wichtmann, W., Schröder, C. & Joosten, H. (eds) *Paludiculture — Productive Use of "
            "Wet Peatlands* (Schweizerbart, 2016).",
            ("Wichtmann, W.", "Schröder, C.", "Joosten, H."),
            "Paludiculture — Productive Use of Wet Peatlands",
            2016,
            {"publisher": "Schweizerbart"},
        ),
    ],
    ids=["article-markdown", "et-al-plain", "edited-book"],
)
def test_nature_references(
    text: str, authors: tuple[str, ...], title: str, year: int, extra: dict[str, str]
) -> None:
    ref = parse_reference(text, (1,), detect_styles=True)
    assert (ref.style, ref.authors, ref.title, ref.year) == ("nature", authors, title, year)
    for name, value in extra.items():
        assert getattr(ref, name) == value, name


@pytest.mark.parametrize(
    ("text", "authors", "title", "year", "host"),
    [
        (
            'Kumpel, E. & Nelson, K. L., "Intermittent water supply: prevalence and quality," '
            "*Environmental Science & Technology* 50, no. 2 (2016): 542–553.",
            ("Kumpel, E.", "Nelson, K. L."),
            "Intermittent water supply: prevalence and quality",
            2016,
            "Environmental Science & Technology",
        ),
        (
            'Wutich, A. et al., "Water insecurity in the Global North and South," *WIREs Water* '
            "7 (2020): e1484.",
            ("Wutich, A.",),
            "Water insecurity in the Global North and South",
            2020,
            "WIREs Water",
        ),
        (
            "Heymans, C., Eales, K. & Franceys, R., *The Limits of Prepaid Water* (Washington, "
            "DC: World Bank, 2014).",
            ("Heymans, C.", "Eales, K.", "Franceys, R."),
            "The Limits of Prepaid Water",
            2014,
            None,
        ),
    ],
    ids=["quoted-article", "et-al", "italic-book"],
)
def test_chicago_notes_with_inverted_initials(
    text: str, authors: tuple[str, ...], title: str, year: int, host: str | None
) -> None:
    ref = parse_reference(text, (1,), detect_styles=True)
    assert (ref.style, ref.authors, ref.title, ref.year, ref.host) == (
        "chicago",
        authors,
        title,
        year,
        host,
    )


@pytest.mark.parametrize(
    ("text", "title", "year", "publisher"),
    [
        (
            "Jacques Bernard, Navires et gens de mer à Bordeaux (vers 1400–vers 1550), 3 vols. "
            "(Paris: SEVPEN, 1968), 2:415.",
            "Navires et gens de mer à Bordeaux (vers 1400–vers 1550)",
            1968,
            "SEVPEN",
        ),
        (
            "Jean-Claude Hocquet, Le Sel et la fortune de Venise, 2 vols. (Lille: Université de "
            "Lille, 1978–79), 1:210.",
            "Le Sel et la fortune de Venise",
            1978,
            "Université de Lille",
        ),
    ],
    ids=["parentheses-in-the-title", "volumes-after-the-title"],
)
def test_chicago_notes_of_multivolume_works(
    text: str, title: str, year: int, publisher: str
) -> None:
    ref = parse_reference(text, (1,), detect_styles=True, note=True)
    assert (ref.style, ref.title, ref.year, ref.publisher) == ("chicago", title, year, publisher)


@pytest.mark.parametrize(
    ("text", "authors", "title", "year"),
    [
        (
            "The older view is represented by Johan Schreiner, Hanseatene og Norge (Oslo: "
            "Dybwad, 1941), 12.",
            ("Johan Schreiner",),
            "Hanseatene og Norge",
            1941,
        ),
        (
            "A similar conclusion for the London Steelyard is reached by T. H. Lloyd, England "
            "and the German Hanse, 1157–1611 (Cambridge: Cambridge University Press, 1991), 220.",
            ("T. H. Lloyd",),
            "England and the German Hanse, 1157–1611",
            1991,
        ),
    ],
    ids=["represented-by", "reached-by-initials"],
)
def test_a_passive_clause_hands_over_to_the_note(
    text: str, authors: tuple[str, ...], title: str, year: int
) -> None:
    ref = parse_reference(text, (1,), detect_styles=True, note=True)
    assert (ref.style, ref.authors, ref.title, ref.year) == ("chicago", authors, title, year)


@pytest.mark.parametrize(
    ("text", "year", "flagged"),
    [
        (
            "E. Strubell and A. McCallum, “Energy and Policy,” in Proc. ACL, Florence, Italy, "
            "2019, pp. 3645–3650, doi: 10.18653/v1/P19-1355.",
            2019,
            False,
        ),
        ("D. Patterson et al., “Carbon Emissions,” 2021, arXiv:2104.10350.", 2021, False),
        ("J. Smith, “Title,” in Proc. Y, 1998–1999.", 1999, False),
        ("J. Smith, “Title,” J. X, vol. 3, pp. 1–10, 2109.", None, True),
    ],
    ids=["page-range", "arxiv-id", "year-range", "typo-still-flagged"],
)
def test_ieee_year_is_no_page_or_identifier(text: str, year: int | None, flagged: bool) -> None:
    ref = parse_reference(text, (1,), detect_styles=True)
    assert ref.year == year
    assert any(a.code.value == "year-malformed" for a in ref.anomalies) is flagged
