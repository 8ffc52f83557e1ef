"""A page titled as the reference citing it says needs no soft-404 probe (issue 12,
round 69).

:func:`~bibcheck.net.cited_title.shows_cited_title` decides it (table-driven below, in
several languages and title layouts); the engine takes the titles from the source of
URLs (``cited`` of :func:`~bibcheck.check.engine.check_urls`, in one process and across
worker processes), and ``bibcheck check`` reads them from the stored references.  Real
loopback servers: a probe is a request whose path holds ``bibcheck-``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from sqlite_utils import Database

from bibcheck.check.engine import CheckRunSummary, check_urls
from bibcheck.check.run import run_check
from bibcheck.check.settings import CheckSettings
from bibcheck.config import Settings
from bibcheck.model import LinkCheck
from bibcheck.model import LinkStatus as S
from bibcheck.net.cited_title import shows_cited_title
from tests.netserver import SiteServer, on_hosts, work_title

CITED = "On the Regional Cooperation of Research Institutions"
URL = "https://journal.example/articles/2021/117"


@pytest.mark.parametrize(
    ("page_title", "url", "cited", "shown"),
    [
        # the title, alone or as one part of the page's title
        (CITED, URL, [CITED], True),
        (f"{CITED} | Journal of Regional Studies", URL, [CITED], True),
        (f"Journal of Regional Studies - {CITED}", URL, [CITED], True),
        (f"{CITED} \u2014 Journal", URL, [CITED], True),
        (f"Journal \u00bb Archive \u00bb {CITED}", URL, [CITED], True),
        (f"{CITED} :: Journal", URL, [CITED], True),
        # case, punctuation and compatibility forms folded
        ("ON THE REGIONAL COOPERATION, OF RESEARCH INSTITUTIONS | Journal", URL, [CITED], True),
        ("\uff2f\uff4e the Regional Cooperation of Research Institutions", URL, [CITED], True),
        # punctuation the cited title spells otherwise, or a title with a separator of its own
        (f"{CITED}. | Journal", URL, [CITED], True),
        ("On the regional cooperation of research institutions -- Journal", URL, [CITED], True),
        (
            "Cities and Rivers - A Regional History of Trade | Press",
            URL,
            ["Cities and Rivers - A Regional History of Trade"],
            True,
        ),
        # one of several references' titles is enough
        (f"{CITED} | Journal", URL, ["Another Work Entirely Cited Elsewhere", CITED], True),
        # other languages and scripts
        (
            "О сотрудничестве научных учреждений региона — Вестник",
            "https://vestnik.example/archive/2019/4",
            ["О сотрудничестве научных учреждений региона"],
            True,
        ),
        (
            "Die Zusammenarbeit regionaler Forschungsinstitute · Zeitschrift",
            "https://zeitschrift.example/heft/12",
            ["Die Zusammenarbeit regionaler Forschungsinstitute"],
            True,
        ),
        (
            "La coopération des instituts de recherche régionaux | Revue",
            "https://revue.example/numero/8",
            ["La coopération des instituts de recherche régionaux"],
            True,
        ),
        # not shown: another title, or the cited one only inside a longer part
        ("Catchall portal", URL, [CITED], False),
        (f"Search results for {CITED}", URL, [CITED], False),
        (f"{CITED} and Other Essays | Journal", URL, [CITED], False),
        ("On the Regional Cooperation of Research Institution", URL, [CITED], False),
        (None, URL, [CITED], False),
        ("", URL, [CITED], False),
        (CITED, URL, [], False),
        # not specific enough to name one work: a site's or a section's name
        ("Annual Report | Ministry", URL, ["Annual Report"], False),
        ("The Guardian", URL, ["The Guardian"], False),
        ("News of the Day", URL, ["News of the Day"], False),
        ("Новости дня — Портал", URL, ["Новости дня"], False),
        # spelt in the URL: a page built from the path asked for proves nothing
        (
            f"{CITED} | Portal",
            "https://portal.example/on-the-regional-cooperation-of-research-institutions",
            [CITED],
            False,
        ),
        (
            f"{CITED} | Portal",
            "https://portal.example/find?q=On%20the%20Regional%20Cooperation%20of%20"
            "Research%20Institutions",
            [CITED],
            False,
        ),
    ],
)
def test_shows_cited_title(page_title: str | None, url: str, cited: list[str], shown: bool) -> None:
    assert shows_cited_title(page_title, url, cited) is shown


@pytest.mark.parametrize(
    ("asked", "shown"),
    [
        ("https://portal.example/old/17", True),
        # redirected from a slug of the title: the page may have echoed it
        ("https://portal.example/on-the-regional-cooperation-of-research-institutions", False),
    ],
)
def test_the_url_asked_for_counts_too(asked: str, shown: bool) -> None:
    final = "https://portal.example/works/17"
    assert shows_cited_title(f"{CITED} | Portal", final, [CITED], asked=asked) is shown


# --------------------------------------------------------------------------
# the engine: no probe for a page titled as cited, the probe as before otherwise
# --------------------------------------------------------------------------

HOSTS = ("w0.bench.test", "w1.bench.test", "w2.bench.test", "catchall.bench.test")


@pytest.fixture
def http_backend() -> str:
    return "curl"


def run(
    urls: list[str], settings: CheckSettings, cited: dict[str, tuple[str, ...]]
) -> tuple[dict[str, LinkCheck], CheckRunSummary]:
    results: dict[str, LinkCheck] = {}
    titles: dict[str, tuple[str, ...]] = {}

    def source() -> Iterator[str]:  # the titles go in as each URL is yielded
        for url in urls:
            if url in cited:
                titles[url] = cited[url]
            yield url

    def keep(result: LinkCheck) -> None:
        results[result.url] = result

    summary = check_urls(
        source(), settings, on_result=keep, expected=len(urls), hosts=len(HOSTS), cited=titles
    )
    assert not titles  # every title taken out as its URL was read
    return results, summary


def probes(server: SiteServer) -> list[str]:
    return [p for _m, _h, p in server.stats.log if "bibcheck-" in p]


@pytest.mark.parametrize("processes", [1, 2])
@pytest.mark.parametrize(
    ("titled", "expected_probes"),
    [
        ("all", 0),  # every page titled as cited: no probe at all
        ("none", 3),  # no title cited: one probe per host and shape, as before
        ("wrong", 3),  # titles cited that the pages do not show: the probes as before
        ("half", 3),  # a host's untitled pages still need its probe
    ],
)
def test_probes_sent_only_for_pages_not_titled_as_cited(
    net_settings: CheckSettings,
    http_server: SiteServer,
    processes: int,
    titled: str,
    expected_probes: int,
) -> None:
    settings = on_hosts(net_settings, HOSTS, processes=processes, soft404_probe=True)
    names = [f"n{i}-{processes}-{titled}" for i in range(6)]
    urls = [http_server.url(f"/w/{n}", HOSTS[i % 3]) for i, n in enumerate(names)]
    cited: dict[str, tuple[str, ...]] = {}
    for i, (url, name) in enumerate(zip(urls, names, strict=True)):
        if titled == "all" or (titled == "half" and i < 3):
            cited[url] = (work_title(name),)
        elif titled == "wrong":
            cited[url] = (work_title(name + "-other") + " Revisited",)
    http_server.stats.reset()
    results, summary = run(urls, settings, cited)
    assert {r.status for r in results.values()} == {S.ALIVE}
    assert len(probes(http_server)) == expected_probes == summary.probes_sent
    assert summary.probes_titled == (len(cited) if titled in ("all", "half") else 0)


@pytest.mark.parametrize("processes", [1, 2])
def test_a_catchall_site_is_still_found_whatever_title_is_cited(
    net_settings: CheckSettings, http_server: SiteServer, processes: int
) -> None:
    settings = on_hosts(net_settings, HOSTS, processes=processes, soft404_probe=True)
    urls = [http_server.url(f"/w/gone-{processes}-{i}", "catchall.bench.test") for i in range(3)]
    cited = {u: (work_title(f"gone-{processes}-{i}"),) for i, u in enumerate(urls)}
    http_server.stats.reset()
    results, summary = run(urls, settings, cited)
    assert {r.status for r in results.values()} == {S.SOFT_404}
    assert summary.probes_titled == 0
    assert len(probes(http_server)) == 1


# --------------------------------------------------------------------------
# bibcheck check: the titles come from the stored references
# --------------------------------------------------------------------------

T0 = datetime(2026, 12, 5, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("titles", "expected_probes"),
    [
        (lambda name: [work_title(name)], 0),
        (lambda name: [work_title(name), "A Second Reference of Another Title"], 0),
        (lambda name: [], 1),
        (lambda name: ["A Title This Page Does Not Show At All"], 1),
    ],
    ids=["titled", "one-of-two", "untitled", "other-title"],
)
def test_check_run_reads_the_cited_titles_from_the_store(
    db: Database,
    net_settings: CheckSettings,
    http_server: SiteServer,
    titles: object,
    expected_probes: int,
) -> None:
    assert callable(titles)
    names = [f"stored-{expected_probes}-{i}-{len(titles('x'))}" for i in range(4)]
    urls = [http_server.url(f"/w/{n}") for n in names]
    db.execute("pragma foreign_keys = off")
    db.table("urls").insert_all({"url": u, "host": "", "key": u} for u in urls)
    refs = [(f"r{i}-{k}", u, t) for i, (u, n) in enumerate(zip(urls, names, strict=True))
            for k, t in enumerate([*titles(n), None])]  # fmt: skip
    db.table("references").insert_all({"id": r, "title": t} for r, _u, t in refs)
    db.table("reference_urls").insert_all({"reference_id": r, "url": u} for r, u, _t in refs)
    http_server.stats.reset()
    check = dataclasses.replace(net_settings, soft404_probe=True)
    report = run_check(db, Settings(check=check), clock=lambda: T0)
    assert report.summary.by_status == {S.ALIVE: 4}
    assert len(probes(http_server)) == expected_probes
    assert report.summary.probes_titled == (4 if expected_probes == 0 else 0)
