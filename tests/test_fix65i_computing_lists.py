"""fix65i: computing papers' reference lists in the shapes a sweep of real papers showed
misread -- Nature's shape with the initials first (Science's order, the list closed by its own
full stop), a journal or conference abbreviated in italics with only a year, and a venue
named bare with its year after "In" (``In CHI 2020``, ``In Onward! 2019``).  Every entry here
was written for these tests (invented people and works)."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference

# (entry, authors, title, kind)
_NATURE_GIVEN_FIRST = [
    # the whole list, initials first, closed by a full stop; NeurIPS abbreviated: a chapter
    (
        "R. Okafor, T. Lindqvist, M. A. Haddad, Ł. Wiśniewski. Sparse routers for small"
        " transformers. Adv. Neural Inf. Process. Syst. 36, 1201–1213 (2023).",
        ("R. Okafor", "T. Lindqvist", "M. A. Haddad", "Ł. Wiśniewski"),
        "Sparse routers for small transformers",
        RefKind.CHAPTER,
    ),
    # a journal: an article
    (
        "P. Moreau, K. Tanaka. Learned indexes for streaming joins. Nature 611, 44–49 (2022).",
        ("P. Moreau", "K. Tanaka"),
        "Learned indexes for streaming joins",
        RefKind.ARTICLE,
    ),
    # "and" before the last name
    (
        "S. Brandt and J.-P. Lemaire. Fault trees for swarm robots. Sci. Robot. 8, eadf1234"
        " (2023).",
        ("S. Brandt", "J.-P. Lemaire"),
        "Fault trees for swarm robots",
        RefKind.ARTICLE,
    ),
    # "et al." after the first name
    (
        "H. Castellanos et al. Cache-aware graph partitioning at scale. Commun. ACM 66,"
        " 88–97 (2023).",
        ("H. Castellanos",),
        "Cache-aware graph partitioning at scale",
        RefKind.ARTICLE,
    ),
    # a single author
    (
        "D. Ferreira. Quantised attention on microcontrollers. Nat. Electron. 5, 310–318 (2022).",
        ("D. Ferreira",),
        "Quantised attention on microcontrollers",
        RefKind.ARTICLE,
    ),
]


@pytest.mark.parametrize(("entry", "authors", "title", "kind"), _NATURE_GIVEN_FIRST)
def test_nature_shape_with_initials_first(
    entry: str, authors: tuple[str, ...], title: str, kind: RefKind
) -> None:
    ref = parse_reference(entry, [1], detect_styles=True)
    assert tuple(ref.authors) == authors
    assert ref.title == title
    assert ref.kind is kind


# (entry, title, host, kind): the venue abbreviated in italics, a year and no volume
_ITALIC_VENUE_NO_VOLUME = [
    (
        "Okafor, R., Haddad, M. A. & Lindqvist, T. Diffusion for tabular data."
        " *Adv. Neural Inf. Process. Syst.* (2024).",
        "Diffusion for tabular data",
        "Adv. Neural Inf. Process. Syst.",
        RefKind.CHAPTER,
    ),
    (
        "Moreau, P. & Tanaka, K. Implicit samplers revisited. *Int. Conf. Learn. Represent.*"
        " (2023).",
        "Implicit samplers revisited",
        "Int. Conf. Learn. Represent.",
        RefKind.CHAPTER,
    ),
    # a journal's article online before its issue: an article
    (
        "Brandt, S. et al. Protein folding on a budget. *Nat. Methods* (2025).",
        "Protein folding on a budget",
        "Nat. Methods",
        RefKind.ARTICLE,
    ),
]


@pytest.mark.parametrize(("entry", "title", "host", "kind"), _ITALIC_VENUE_NO_VOLUME)
def test_italic_venue_with_only_a_year(entry: str, title: str, host: str, kind: RefKind) -> None:
    ref = parse_reference(entry, [1], detect_styles=True)
    assert ref.title == title
    assert ref.host == host
    assert ref.kind is kind


# a venue named bare with its year after "In": a paper at that event, a chapter
_NAMED_EVENT = [
    "K. Osei, L. Marchetti. Live previews for spreadsheet macros. In Onward! 2021.",
    "M. Lindgren and A. Costa. Typing on round watches. In CHI 2022, pp. 1–14.",
    "J. Abara, P. Silva, T. Ng. Depth from defocus in the wild. In CVPR 2019.",
    "R. Haddad. Tail latency in serverless queues. In Middleware 2024, 310–325.",
]


@pytest.mark.parametrize("entry", _NAMED_EVENT)
def test_event_with_its_year_after_in_is_a_chapter(entry: str) -> None:
    ref = parse_reference(entry, [1], detect_styles=True)
    assert ref.kind is RefKind.CHAPTER
    assert ref.title is not None and not ref.title.startswith("In")


# not an event: "In press", a month, a journal's name with "of" (left as they were read)
_NOT_AN_EVENT = [
    "K. Osei. Live previews for spreadsheet macros. J. Vis. Lang. Comput. In Press 2021.",
    "M. Lindgren. Typing on round watches. Interactions. In March 2022.",
]


@pytest.mark.parametrize("entry", _NOT_AN_EVENT)
def test_press_or_month_after_in_is_no_event(entry: str) -> None:
    ref = parse_reference(entry, [1], detect_styles=True)
    assert ref.kind is not RefKind.CHAPTER


# (entry, authors, title, volume, pages): Nature's shape with the volume alone or the pages
# alone (a paper online before its issue), the names parted by commas only
_VOLUME_OR_PAGES_ALONE = [
    (
        "Okafor, R., Lindqvist, T. Probing encoders with synthetic grammars. Adv. Neural Inf."
        " Process. Syst. 35 (2022).",
        ("Okafor, R.", "Lindqvist, T."),
        "Probing encoders with synthetic grammars",
        "35",
        None,
    ),
    (
        "Haddad, M. A., Moreau, P., Tanaka, K. Energy budgets of edge inference. Nat. Mach."
        " Intell., 1–12 (2024).",
        ("Haddad, M. A.", "Moreau, P.", "Tanaka, K."),
        "Energy budgets of edge inference",
        None,
        "1–12",
    ),
]


@pytest.mark.parametrize(("entry", "authors", "title", "volume", "pages"), _VOLUME_OR_PAGES_ALONE)
def test_nature_shape_with_volume_or_pages_alone(
    entry: str, authors: tuple[str, ...], title: str, volume: str | None, pages: str | None
) -> None:
    ref = parse_reference(entry, [1], detect_styles=True)
    assert tuple(ref.authors) == authors
    assert ref.title == title
    assert ref.volume == volume
    assert ref.pages == pages


# a family name with "Vander" joined to its capital ("VanderPlas") inside an IEEE list
_VANDER = [
    (
        "K. Osei, J. VanderMolen, and L. Marchetti, “Notebook linting at scale,” in Proc."
        " IEEE/ACM Int. Conf. Softw. Eng. (ICSE), 2023, pp. 1–12.",
        ("K. Osei", "J. VanderMolen", "L. Marchetti"),
        "Notebook linting at scale",
    ),
]


@pytest.mark.parametrize(("entry", "authors", "title"), _VANDER)
def test_vander_family_name_in_a_list(entry: str, authors: tuple[str, ...], title: str) -> None:
    ref = parse_reference(entry, [1], detect_styles=True)
    assert tuple(ref.authors) == authors
    assert ref.title == title


# a journal named after an event's kind, in italics after the title's full stop, stays a
# journal (regression guard for the italic venue read above)
_JOURNAL_NAMED_LIKE_AN_EVENT = [
    "Marchetti, L. (1994). Dockyard voices. *History Workshop Journal*, 38(1), 12–30.",
    "Osei, K. (2011). Notes on panels. *Symposium Quarterly*, 7, 1–9.",
]


@pytest.mark.parametrize("entry", _JOURNAL_NAMED_LIKE_AN_EVENT)
def test_journal_named_like_an_event_stays_an_article(entry: str) -> None:
    ref = parse_reference(entry, [1], detect_styles=True)
    assert ref.kind is RefKind.ARTICLE
