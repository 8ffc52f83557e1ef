"""Near-duplicate URLs and duplicate citations (table-driven)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bibcheck.analyse.duplicates import (
    SAME_RESOURCE,
    _by_work,
    _year_of,
    duplicate_citation_findings,
    near_duplicate,
    near_duplicate_findings,
)
from bibcheck.manuscript import parse_bytes
from bibcheck.model import LinkCheck, LinkStatus, LiteratureEntry, Reference, Severity
from bibcheck.store.links import LinkState

BELTA = "https://www.belta.by/economics/view/belarus-i-kitaj-dogovorilis-o-realizatsii-krupnyh-proektov-576096-2023/"


@pytest.mark.parametrize(
    ("a", "b", "why"),
    [
        (BELTA, BELTA.replace("krupnyh", "kрупnyh"), "Cyrillic letters inside the Latin word"),
        (BELTA, BELTA.replace("dogovorilis", "dogovoriis"), "differ by 1 character"),
        (BELTA, BELTA.replace("https://www.", "http://"), SAME_RESOURCE),
        (BELTA, BELTA.rstrip("/"), SAME_RESOURCE),
        (BELTA, BELTA + "?utm_source=x", SAME_RESOURCE),
        (
            "https://pravo.by/document/?guid=12551&p0=101600046&p1=1",
            "https://pravo.by/document/?guid=12551&p0=I01600046&p1=1",
            "differ by 1 character",
        ),
        # different ids, short paths, other hosts, big edits: not near duplicates
        (
            "http://www.government.by/ru/content/10714",
            "http://www.government.by/ru/content/10746",
            None,
        ),
        ("https://example.org/dead", "https://example.org/old", None),
        ("https://example.org/a", "https://example.org/b", None),
        (BELTA, BELTA.replace("www.belta.by", "www.sb.by"), None),
        (BELTA, BELTA.replace("krupnyh-proektov", "novyh-zavodov"), None),
        (BELTA, BELTA, None),
    ],
)
def test_near_duplicate(a: str, b: str, why: str | None) -> None:
    found = near_duplicate(a, b)
    if why is None:
        assert found is None
    else:
        assert found is not None and found.startswith(why)


def doc_with(fn_url: str, lit_url: str) -> object:
    text = (
        "# T\n\nClaim.[^1]\n\n"
        f"[^1]: Some page [Electronic resource]. - 2023. - URL: <{fn_url}>\n\n"
        "## References\n\n"
        f"1. Some page [Electronic resource]. - 2023. - URL: <{lit_url}>\n"
    )
    return parse_bytes(text.encode(), "d.md")


def test_near_duplicate_names_the_variant_that_works() -> None:
    typo = BELTA.replace("dogovorilis", "dogovoriis")
    doc = doc_with(typo, BELTA)
    t = datetime(2024, 1, 1, tzinfo=UTC)
    states = {
        BELTA: LinkState(BELTA, LinkCheck(BELTA, LinkStatus.ALIVE, t), 1, None, False),
        typo: LinkState(typo, LinkCheck(typo, LinkStatus.DEAD, t), 2, t, True),
    }
    (f,) = near_duplicate_findings(doc, states)  # type: ignore[arg-type]
    assert (f.kind, f.severity) == ("near-duplicate-url", Severity.WARNING)
    assert f.footnotes == ("1",) and f.literature_entries == (1,)
    assert f.suggestion.startswith(f"use {BELTA}, which answers")
    assert f"{typo} is dead" in f.suggestion


def test_near_duplicate_without_verdicts_says_how_to_find_out() -> None:
    (f,) = near_duplicate_findings(doc_with(BELTA.replace("krupnyh", "kрупnyh"), BELTA), {})  # type: ignore[arg-type]
    assert "bibcheck check" in f.suggestion


BOOK = "Zalesky, B. The Route of Interaction / B. Zalesky. - LAP, 2023. - P. {}."


def test_same_book_different_pages_is_one_info_per_work() -> None:
    text = (
        "# T\n\nA.[^1] B.[^2] C.[^3]\n\n"
        f"[^1]: {BOOK.format(65)}\n\n[^2]: Other [Electronic resource]. - 2020. - URL: <https://x.org/other-page-of-site>\n\n"
        f"[^3]: {BOOK.format(19)}\n\n"
        "## References\n\n1. Zalesky, B. The Route of Interaction / B. Zalesky. - LAP, 2023. - 112 p.\n"
        "2. Other [Electronic resource]. - 2020. - URL: <https://x.org/other-page-of-site>\n"
    )
    found = duplicate_citation_findings(parse_bytes(text.encode(), "d.md"))
    assert [(f.kind, f.severity, f.footnotes) for f in found] == [
        ("duplicate-citation", Severity.INFO, ("1", "3"))
    ]
    assert "pages 65, 19" in found[0].message


def test_duplicate_literature_entries_are_a_warning() -> None:
    text = (
        "# T\n\nA.[^1]\n\n[^1]: Page [Electronic resource]. - 2020. - URL: <https://x.org/some-long-page>\n\n"
        "## References\n\n1. Page [Electronic resource]. - 2020. - URL: <https://x.org/some-long-page>\n"
        "2. Page again [Electronic resource]. - 2020. - URL: <http://www.x.org/some-long-page/>\n"
    )
    found = duplicate_citation_findings(parse_bytes(text.encode(), "d.md"))
    assert [(f.severity, f.literature_entries) for f in found] == [(Severity.WARNING, (1, 2))]


@pytest.mark.parametrize(
    ("a", "b", "why"),
    [
        ("https://docs.example.org/locks.html", "https://docs.example.org/locks.html#timeouts",
         None),
        ("https://docs.example.org/api.html#open", "https://docs.example.org/api.html#close",
         None),
        # another spelling besides the section is still a variant
        ("http://docs.example.org/locks.html#a", "https://docs.example.org/locks.html#b",
         SAME_RESOURCE),
    ],
)  # fmt: skip
def test_sections_of_one_page_are_not_variants(a: str, b: str, why: str | None) -> None:
    assert near_duplicate(a, b) == why


@pytest.mark.parametrize(
    ("first", "second", "title", "duplicates"),
    [
        # two datasets documented on one page, each entry naming its section: two works
        ("https://stats.example.gov/data/#flows", "https://stats.example.gov/data/#wages",
         "Wages data", []),
        ("https://stats.example.gov/data/#flows", "https://stats.example.gov/data/#flows",
         "Flows data", [(1, 2)]),
        # the same address written differently is still one work
        ("https://stats.example.gov/data/#flows", "http://www.stats.example.gov/data#flows",
         "Flows data", [(1, 2)]),
        ("https://stats.example.gov/data/", "http://stats.example.gov/data", "Flows data",
         [(1, 2)]),
        # the page of both, no section named, each entry with its own title: two works
        # (fix round 31: one address is no duplicate when the titles clearly differ)
        ("https://stats.example.gov/data/", "http://stats.example.gov/data", "Wages data", []),
    ],
    ids=["two-sections", "same-section", "same-section-respelled", "no-section",
         "no-section-two-titles"],
)  # fmt: skip
def test_entries_on_sections_of_one_page_are_two_works(
    first: str, second: str, title: str, duplicates: list[tuple[int, int]]
) -> None:
    text = (
        "# T\n\nA.[^1] B.[^2]\n\n[^1]: Flows data. 2023. <https://stats.example.gov/data/#flows>\n\n"
        "[^2]: Wages data. 2023. <https://stats.example.gov/data/#wages>\n\n"
        f"## References\n\n1. Flows data. 2023. URL: <{first}>\n"
        f"2. {title}. 2023. URL: <{second}>\n"
    )
    found = duplicate_citation_findings(parse_bytes(text.encode(), "d.md"))
    warned = [f.literature_entries for f in found if f.severity is Severity.WARNING]
    assert warned == duplicates


@pytest.mark.parametrize(
    ("years", "warned"),
    [
        ((1996, 2012), []),  # two editions behind one landing page
        ((2012, 2012), [(1, 2)]),  # the same edition twice
        ((1996, None), [(1, 2)]),  # an undated copy goes with the dated one
        ((None, None), [(1, 2)]),
    ],
    ids=["two-editions", "same-year", "one-undated", "both-undated"],
)
def test_entries_of_one_address_are_one_work_per_year(
    years: tuple[int | None, int | None], warned: list[tuple[int, int]]
) -> None:
    def entry(year: int | None, edition: str) -> str:
        dated = f" |year={year}" if year else ""
        return (
            "* {{cite book |last=Lindqvist |first=M. |title=Handbook of Coastal Terms"
            f" |edition={edition}{dated} |publisher=Halden |url=https://ref.example.net/browse/coastal}}}}\n"
        )

    text = (
        "'''Dunes''' move.<ref>{{harvnb|Lindqvist|1996|p=4}}</ref>\n\n"
        "== Notes ==\n{{reflist}}\n\n== Sources ==\n"
        + entry(years[0], "First")
        + entry(years[1], "Second")
    )
    found = duplicate_citation_findings(parse_bytes(text.encode(), "dunes.wiki"))
    assert [f.literature_entries for f in found if f.severity is Severity.WARNING] == warned


def test_a_citation_of_one_edition_links_to_that_edition() -> None:
    """Two editions share a landing URL: a short citation of the later edition is tied to
    the later entry (by its year), not to the first entry with that address."""
    text = (
        "'''Dunes''' move.<ref>{{harvnb|Lindqvist|1996|p=4}}</ref>"
        " They were remapped.<ref>{{harvnb|Lindqvist|2012|p=9}}</ref>\n\n"
        "== Notes ==\n{{reflist}}\n\n== Sources ==\n"
        "* {{cite book |last=Lindqvist |first=M. |title=Handbook of Coastal Terms |edition=First"
        " |year=1996 |url=https://ref.example.net/browse/coastal}}\n"
        "* {{cite book |last=Lindqvist |first=M. |title=Handbook of Coastal Terms |edition=Second"
        " |year=2012 |url=https://ref.example.net/browse/coastal}}\n"
    )
    doc = parse_bytes(text.encode(), "dunes.wiki")
    tied = {fn.label: fn.literature.number for fn in doc.footnotes if fn.literature is not None}
    assert tied == {"1": 1, "2": 2}
    assert not [a for a in doc.all_anomalies() if a.code.value == "literature-year-differs"]


_LISTED = (
    "Nadia Haddad, Piotr Lis, and Erin Walsh. 2020. Reruns of Data Science Notebooks at Scale. "
    "In *Proceedings of the 17th Conference on Mining Software Repositories* (Seoul, Republic "
    "of Korea) *(MSR ’20)*. ACM, New York, NY, USA, 12–22. https://doi.org/10.1145/3379597.3387401"
)


@pytest.mark.parametrize(
    ("second", "duplicates"),
    [
        # a publisher's second record of the work: initials, other capitals, no DOI
        (
            "N. Haddad, P. Lis, and E. Walsh. 2020. Reruns of data science notebooks at "
            "scale. In *Proceedings of MSR 2020* (Seoul) *(MSR ’20)*. IEEE Press, 12–22.",
            [(1, 2)],
        ),
        # the same record with its URL written differently: one finding, not two
        (_LISTED.replace("https://doi.org/", "http://doi.org/"), [(1, 2)]),
        # the same title and year by other people: another work
        (
            "Marta Quinn and Rui Sato. 2020. Reruns of Data Science Notebooks at Scale. "
            "*Journal of Open Research* 4, 2 (2020), 1–9.",
            [],
        ),
        # the same title and year, another DOI written without its address: two works
        (
            "Nadia Haddad, Piotr Lis, and Erin Walsh. 2020. Reruns of Data Science Notebooks "
            "at Scale. Zenodo. doi:10.5281/zenodo.3712001",
            [],
        ),
        # the same title and year, each with an address of its own: two works
        (
            "Nadia Haddad, Piotr Lis, and Erin Walsh. 2020. Reruns of Data Science Notebooks "
            "at Scale. Zenodo. https://doi.org/10.5281/zenodo.3712000",
            [],
        ),
        # each with an address of its own, but the same DOI and title: one work listed twice
        (
            "Nadia Haddad, Piotr Lis, and Erin Walsh. 2020. Reruns of data science notebooks at "
            "scale. In *Proceedings of MSR 2020*. ACM, 12–22. doi:10.1145/3379597.3387401. "
            "https://dl.example.org/doi/abs/3379597.3387401",
            [(1, 2)],
        ),
        # the same DOI under another title (a chapter with its book's DOI): another work
        (
            "Nadia Haddad. 2020. Notebooks in the wild: a second look. In *Proceedings of MSR "
            "2020*. ACM, 30–40. doi:10.1145/3379597.3387401. "
            "https://dl.example.org/doi/abs/3379597.3387402",
            [],
        ),
    ],
    ids=[
        "record-without-doi",
        "respelled-url",
        "other-authors",
        "other-doi",
        "other-address",
        "same-doi-other-address",
        "same-doi-other-title",
    ],
)
def test_entry_repeated_without_its_address(second: str, duplicates: list[tuple[int, int]]) -> None:
    text = f"# T\n\nA [1]. B [2].\n\n## References\n\n1. {_LISTED}\n2. {second}\n"
    found = duplicate_citation_findings(parse_bytes(text.encode(), "d.md"))
    warned = [f.literature_entries for f in found if f.severity is Severity.WARNING]
    assert warned == duplicates


@pytest.mark.parametrize(
    ("year_raw", "year"),
    [
        ("2009-5-29", "2009"),  # a manager's CSL date
        ("2011-03", "2011"),
        ("2011", "2011"),
        ("2011/2012", "2011/2012"),  # not a date: as written
        ("n.d.", "n.d."),
        (None, ""),
        ("2011-" + "1" * 10_000, "2011-" + "1" * 10_000),
    ],
)
def test_an_entry_is_dated_by_its_year(year_raw: str | None, year: str) -> None:
    ref = Reference(raw="x", line=1, end_line=1, year_raw=year_raw)
    assert _year_of(ref) == year


@pytest.mark.parametrize(
    ("first", "second", "duplicates"),
    [
        # a generic title and year by other authors: two works
        (
            "Lind, Ola. *Introduction*. Berlin: Nordverlag, 2000.",
            "Marsh, Tom. *Introduction*. London: Sandpiper, 2000.",
            [],
        ),
        # the same author, the same title and year: one work listed twice
        (
            "Lind, Ola. *Introduction*. Berlin: Nordverlag, 2000.",
            "Lind, O. *Introduction*. Berlin: Nordverlag, 2000.",
            [(1, 2)],
        ),
        # bodies as authors
        ("Harbour Trust. *Annual Report*. 2019.", "Rail Board. *Annual Report*. 2019.", []),
    ],
    ids=["other-authors", "same-author", "other-bodies"],
)
def test_one_title_and_year_by_others_is_another_work(
    first: str, second: str, duplicates: list[tuple[int, int]]
) -> None:
    text = f"# T\n\nA [1]. B [2].\n\n## References\n\n1. {first}\n2. {second}\n"
    found = duplicate_citation_findings(parse_bytes(text.encode(), "d.md"))
    assert [f.literature_entries for f in found if f.severity is Severity.WARNING] == duplicates


@pytest.mark.parametrize(
    ("publishers", "works"),
    [
        (("Harbour Trust", "Rail Board"), [[1], [2]]),
        (("Springer", "Springer-Verlag"), [[1, 2]]),
        (("Harbour Trust", None), [[1, 2]]),
    ],
)
def test_works_by_nobody_named_are_told_apart_by_publisher(
    publishers: tuple[str | None, str | None], works: list[list[int]]
) -> None:
    entries = [
        LiteratureEntry(
            n + 1,
            n + 1,
            Reference(raw="x", line=1, end_line=1, title="Annual Report", publisher=p),
        )
        for n, p in enumerate(publishers)
    ]
    assert [[e.number for e in work] for work in _by_work(entries)] == works
