"""The verify stage end to end, against fake registries on loopback (HTTP and HTTPS)."""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlite_utils import Database

from bibcheck.analyse import analyse
from bibcheck.export.json import build_export
from bibcheck.manuscript import parse_bytes
from bibcheck.model import (
    ArchiveLookup,
    ArchiveOutcome,
    LinkCheck,
    LinkStatus,
    Verification,
    VerifyAspect,
    VerifyVerdict,
)
from bibcheck.store import open_db
from bibcheck.store.archives import save_lookup
from bibcheck.store.documents import save_document
from bibcheck.store.links import save_check, start_run
from bibcheck.store.verifications import load_verifications
from bibcheck.verify import run_verify
from bibcheck.verify.settings import VerifySettings
from tests.conftest_verify import verify_settings_for
from tests.netserver import Certs
from tests.registryserver import (
    CROSSREF_HOST,
    CSL_TYPE,
    DATA_HOST,
    DOI_HOST,
    OPENALEX_HOST,
    RegistryServer,
    article_page,
    crossref_record,
    csl_record,
    openalex_record,
    update_entry,
)

T0 = datetime(2024, 6, 1, 12, 0, tzinfo=UTC)


def store(db: Database, notes: list[str], body: str = "", name: str = "paper.md") -> str:
    """Store a manuscript whose footnote n (1-based) is ``notes[n - 1]``; return its id."""
    text = body or " ".join(f"Claim number {i}.[^{i}]" for i in range(1, len(notes) + 1))
    md = (
        "# Paper\n\n"
        + text
        + "\n\n"
        + "\n".join(f"[^{i}]: {note}" for i, note in enumerate(notes, start=1))
    )
    doc = parse_bytes(md.encode(), name)
    save_document(db, doc, size=len(md), now=T0)
    return doc.id


def by_footnote(db: Database, aspect: VerifyAspect) -> dict[str, Verification]:
    return {v.footnote or "": v for v in load_verifications(db) if v.aspect is aspect}


def verdicts(db: Database, aspect: VerifyAspect) -> dict[str, VerifyVerdict]:
    return {k: v.verdict for k, v in by_footnote(db, aspect).items()}


def alive(db: Database, *urls: str) -> None:
    run_id = start_run(db, {}, "test", T0)
    for url in urls:
        save_check(db, run_id, LinkCheck(url, LinkStatus.ALIVE, T0, http_status=200))


# --------------------------------------------------------------------------
# a small world of registered works
# --------------------------------------------------------------------------

SMITH = crossref_record(
    "10.1234/jsp.2019.045", "Cooperation in research networks",
    [("Smith", "John A."), ("Jones", "Bob")], 2019, "Journal of Science Policy", "12", "3",
    "45-60",
)  # fmt: skip
PETROV = crossref_record(
    "10.1234/ab.2018.7", "Soil bacteria of the tundra", [("Petrov", "Ivan")], 2018,
    "Arctic Biology", "4", "1", "1-9",
)  # fmt: skip
IVANOV = crossref_record(
    "10.5678/ve.2019.3", "Экономика кооперации в регионах", [("Иванов", "Иван")], 2019,
    "Вопросы экономики", "7", "3", "45-60",
)  # fmt: skip
ZENODO = "10.5281/zenodo.777"


def world(server: RegistryServer) -> None:
    registry = server.registry
    for record in (SMITH, PETROV, IVANOV):
        registry.add_crossref(record)
    registry.csl[ZENODO] = csl_record(
        ZENODO, "Survey data on rural cooperatives", [("Novak", "Eva")], 2021, "Zenodo",
        kind="dataset",
    )  # fmt: skip
    registry.openalex.append(
        openalex_record(
            None, "Trust and reciprocity in village cooperatives", ["Maria Garcia"], 2016,
            "Rural Sociology Review", "30", "2", "201", "230", work_id="W9",
        )
    )  # fmt: skip


NOTES = [
    # 1 verified by DOI
    "Smith J. A., Jones B. Cooperation in research networks // Journal of Science Policy. "
    "2019. Vol. 12, № 3. P. 45–60. DOI: 10.1234/jsp.2019.045",
    # 2 miscited: wrong year and volume
    "Smith J. A., Jones B. Cooperation in research networks // Journal of Science Policy. "
    "2015. Vol. 14, № 3. P. 45–60. DOI: 10.1234/jsp.2019.045",
    # 3 identifier conflict: a real DOI, another work
    "Brown K. Quantum effects in bee colonies // Journal of Apiculture. 2020. Vol. 3, № 1. "
    "P. 5–17. DOI: 10.1234/ab.2018.7",
    # 4 verified without DOI through Crossref's bibliographic search
    "Иванов И. И. Экономика кооперации в регионах // Вопросы экономики. 2019. Т. 7, № 3. С. 45–60.",
    # 5 verified without DOI, only OpenAlex has it
    "Garcia M. Trust and reciprocity in village cooperatives // Rural Sociology Review. 2016. "
    "Vol. 30, № 2. P. 201–230.",
    # 6 fabricated: nothing anywhere
    "Whitfield R. Neural lattice theory of cooperative markets // Journal of Economic "
    "Dynamics. 2020. Vol. 8, № 2. P. 100–120.",
    # 7 fabricated DOI: not registered with any agency
    "Whitfield R. Cooperative lattices revisited // Journal of Economic Dynamics. 2021. "
    "Vol. 9, № 1. P. 1–20. DOI: 10.9999/jed.2021.001",
    # 8 a book no registry has
    "Петров П. П. История кооперации. М.: Наука, 2005. 320 с.",
    # 9 a DataCite DOI: resolved by the handle API, read as CSL-JSON
    "Novak E. Survey data on rural cooperatives. Zenodo, 2021. DOI: 10.5281/zenodo.777",
    # 10 a law
    "Федеральный закон от 19.06.1992 № 3085-1 «О потребительской кооперации» // Собрание "
    "законодательства РФ. 1992.",
]


@pytest.fixture
def db() -> Database:
    return open_db(memory=True)


def test_every_identity_verdict(registry: RegistryServer, db: Database) -> None:
    world(registry)
    store(db, NOTES)
    report = run_verify(db, verify_settings_for(registry), clock=lambda: T0)
    got = verdicts(db, VerifyAspect.IDENTITY)
    assert got == {
        "1": VerifyVerdict.VERIFIED,
        "2": VerifyVerdict.MISCITED,
        "3": VerifyVerdict.IDENTIFIER_CONFLICT,
        "4": VerifyVerdict.VERIFIED,
        "5": VerifyVerdict.VERIFIED,
        "6": VerifyVerdict.NOT_FOUND,
        "7": VerifyVerdict.NOT_FOUND,
        "8": VerifyVerdict.UNVERIFIABLE,
        "9": VerifyVerdict.VERIFIED,
        "10": VerifyVerdict.UNVERIFIABLE,
    }
    rows = by_footnote(db, VerifyAspect.IDENTITY)
    assert {d[0] for d in rows["2"].differences} == {"year", "volume"}
    assert ("year", "2015", "2019") in rows["2"].differences
    assert "Soil bacteria" in rows["3"].detail
    assert rows["5"].source == "openalex" and rows["9"].source == "doi"
    assert not any(v.degraded for v in rows.values())
    # the request plan: one Crossref batch for the DOIs, one search per DOI-less article or
    # book (and for the DOI that names another work), OpenAlex only where Crossref found
    # nothing, the DOI system only for DOIs Crossref does not hold, then one batch each
    # for notices and OpenAlex's retraction flags
    assert report.requests == {"crossref": 8, "doi": 3, "openalex": 4}
    # the DOI system was asked only for DOIs Crossref does not hold; never a landing page
    handles = [e.path for e in registry.requests(DOI_HOST) if e.path.startswith("/api/")]
    assert sorted(handles) == [
        "/api/handles/10.5281/zenodo.777",
        "/api/handles/10.9999/jed.2021.001",
    ]
    assert [e.accept for e in registry.requests(DATA_HOST)] == [CSL_TYPE]
    assert registry.requests("publisher.test") == []


def test_rerun_asks_nothing_and_stores_nothing(registry: RegistryServer, db: Database) -> None:
    world(registry)
    store(db, NOTES)
    settings = verify_settings_for(registry)
    first = run_verify(db, settings, clock=lambda: T0)
    before = [dataclasses.astuple(v) for v in load_verifications(db)]
    sent = len(registry.requests())
    again = run_verify(db, settings, clock=lambda: datetime(2024, 6, 2, tzinfo=UTC))
    assert first.stored > 0 and again.stored == 0
    assert again.requests == {} and len(registry.requests()) == sent
    assert [dataclasses.astuple(v) for v in load_verifications(db)] == before
    refreshed = run_verify(db, settings, refresh=True, clock=lambda: T0)
    assert refreshed.api_requests > 0 and refreshed.stored == 0


def test_the_cache_expires(registry: RegistryServer, db: Database) -> None:
    world(registry)
    store(db, NOTES[:1])
    settings = verify_settings_for(registry)
    run_verify(db, settings, clock=lambda: T0)
    sent = len(registry.requests(CROSSREF_HOST))
    run_verify(db, settings, clock=lambda: datetime(2024, 8, 1, tzinfo=UTC))
    assert len(registry.requests(CROSSREF_HOST)) > sent


def test_retractions_in_every_shape_over_https(
    registry_tls: RegistryServer, registry_certs: tuple[Certs, Path], db: Database
) -> None:
    registry = registry_tls.registry
    notes = []
    cases = {
        "publisher": dict(updated_by=[update_entry("10.7/n1", "retraction", "Retraction")]),
        "watch": dict(updated_by=[update_entry("10.7/n2", "retraction", "Retraction",
                                               source="retraction-watch")]),
        "notice": {},
        "title": {},
        "openalex": {},
        "withdrawn": dict(updated_by=[update_entry("10.7/n3", "withdrawal", "Withdrawal")]),
        "corrected": dict(updated_by=[update_entry("10.7/n4", "correction", "Correction")]),
        "concern": dict(updated_by=[update_entry("10.7/n5", "expression_of_concern",
                                                 "Expression of concern")]),
        "clean": {},
    }  # fmt: skip
    for i, (name, extra) in enumerate(cases.items(), start=1):
        doi = f"10.7/{name}"
        title = f"Study number {i} of {name} cooperatives in highland villages"
        shown = f"RETRACTED: {title}" if name == "title" else title
        registry.add_crossref(
            crossref_record(doi, shown, [("Kovacs", "Anna")], 2015, "Village Studies", str(i),
                            "1", f"{i}1-{i}9", **extra)  # type: ignore[arg-type]
        )  # fmt: skip
        notes.append(
            f"Kovacs A. {title} // Village Studies. 2015. Vol. {i}, № 1. P. {i}1–{i}9. DOI: {doi}"
        )
    registry.add_crossref(
        crossref_record("10.7/notice-of-retraction", "Retraction notice",
                        update_to=[update_entry("10.7/notice", "retraction", "Retraction")])
    )  # fmt: skip
    registry.openalex.append(openalex_record("10.7/openalex", "Study", is_retracted=True))
    store(db, notes)
    settings = verify_settings_for(registry_tls, registry_certs[1])
    run_verify(db, settings, clock=lambda: T0)
    assert verdicts(db, VerifyAspect.IDENTITY) == {
        str(i): VerifyVerdict.VERIFIED for i in range(1, len(cases) + 1)
    }
    got = verdicts(db, VerifyAspect.STATUS)
    expected = [VerifyVerdict.RETRACTED] * 6 + [
        VerifyVerdict.CORRECTED,
        VerifyVerdict.CONCERN,
        VerifyVerdict.CURRENT,
    ]
    assert got == {str(i): v for i, v in enumerate(expected, start=1)}
    notice = by_footnote(db, VerifyAspect.STATUS)["3"]
    assert notice.suggestion == "10.7/notice-of-retraction"
    kinds = {f.kind.value: f for f in analyse(db)}
    assert kinds["retracted-source"].severity.value == "error"
    assert kinds["corrected-source"].severity.value == "info"
    assert "source-under-concern" in kinds


def test_a_retraction_the_claim_mentions_is_info(registry: RegistryServer, db: Database) -> None:
    registry.registry.add_crossref(
        crossref_record("10.7/r", "A retracted study of village cooperatives in the hills",
                        [("Kovacs", "Anna")], 2015, "Village Studies", "1", "1", "1-9",
                        updated_by=[update_entry("10.7/n", "retraction", "Retraction")])
    )  # fmt: skip
    note = ("Kovacs A. A retracted study of village cooperatives in the hills // Village "
            "Studies. 2015. Vol. 1, № 1. P. 1–9. DOI: 10.7/r")  # fmt: skip
    store(db, [note], body="The study was later retracted by the journal.[^1]")
    run_verify(db, verify_settings_for(registry), clock=lambda: T0)
    (found,) = [f for f in analyse(db) if f.kind.value == "retracted-source"]
    assert found.severity.value == "info"


def test_preprint_with_a_published_version(registry: RegistryServer, db: Database) -> None:
    registry.registry.add_crossref(
        crossref_record(
            "10.31235/osf.io/x7", "Informal credit in mountain villages", [("Lopez", "Ana")],
            2020, "", kind="posted-content", subtype="preprint",
            relation={"is-preprint-of": [{"id-type": "doi", "id": "10.1016/j.jrs.2021.5",
                                          "asserted-by": "subject"}]},
        )
    )  # fmt: skip
    store(db, ["Lopez A. Informal credit in mountain villages. SocArXiv, 2020. "
               "DOI: 10.31235/osf.io/x7"])  # fmt: skip
    run_verify(db, verify_settings_for(registry), clock=lambda: T0)
    version = by_footnote(db, VerifyAspect.VERSION)["1"]
    assert version.verdict is VerifyVerdict.PREPRINT_PUBLISHED
    assert "10.1016/j.jrs.2021.5" in version.suggestion


def test_an_unreachable_registry_never_says_not_found(
    registry: RegistryServer, db: Database
) -> None:
    world(registry)
    store(db, NOTES)
    good = verify_settings_for(registry)
    run_verify(db, good, clock=lambda: T0)
    assert verdicts(db, VerifyAspect.IDENTITY)["1"] is VerifyVerdict.VERIFIED
    store(db, [NOTES[5], NOTES[6]], name="other.md")  # two fabrications, never verified yet
    closed = "http://127.0.0.1:9"  # discard port: connection refused
    offline = dataclasses.replace(
        good, crossref_url=closed, openalex_url=closed, doi_handle_url=closed + "/",
        doi_content_url=closed + "/",
    )  # fmt: skip
    report = run_verify(db, offline, refresh=True, clock=lambda: datetime(2024, 7, 1, tzinfo=UTC))
    assert report.degraded and "crossref unreachable" in report.degraded_reason
    rows = load_verifications(db)
    other = [v for v in rows if v.aspect is VerifyAspect.IDENTITY and v.line and v.degraded]
    assert other and all(v.verdict is VerifyVerdict.UNVERIFIABLE for v in other)
    assert VerifyVerdict.NOT_FOUND not in {
        v.verdict for v in rows if v.verified_at == datetime(2024, 7, 1, tzinfo=UTC)
    }
    # what was verified before is kept: a degraded run changes nothing conclusive
    assert verdicts(db, VerifyAspect.IDENTITY)["1"] is VerifyVerdict.VERIFIED
    # and it ends quickly: each API is given up after a few failures
    assert sum(report.requests.values()) <= 3 * (offline.retries + 1) * 3


def test_politeness_rate_limit_headers_and_one_in_flight(
    registry: RegistryServer, db: Database
) -> None:
    world(registry)
    registry.rate_limit = (5, "1s")  # Crossref asks for one request every 0.2 s
    registry.latency[CROSSREF_HOST] = 0.05
    store(db, [NOTES[3], NOTES[5], NOTES[7], NOTES[4], NOTES[0]])
    run_verify(db, verify_settings_for(registry), clock=lambda: T0)
    starts = [e.at for e in registry.requests(CROSSREF_HOST)]
    assert len(starts) >= 4
    gaps = [b - a for a, b in zip(starts[1:], starts[2:], strict=False)]
    # after the first answer told the client the rate (the server sees each start a few
    # milliseconds after the client's gate let it go, hence the small tolerance)
    assert min(gaps) >= 0.16 and sum(gaps) / len(gaps) >= 0.19
    assert registry.max_in_flight[CROSSREF_HOST] == 1
    assert registry.max_in_flight[OPENALEX_HOST] <= 1


def test_429_with_retry_after_is_honoured(registry: RegistryServer, db: Database) -> None:
    world(registry)
    registry.throttle[CROSSREF_HOST] = 1
    registry.throttle_after[CROSSREF_HOST] = "1"
    store(db, NOTES[:1])
    run_verify(db, verify_settings_for(registry), clock=lambda: T0)
    starts = [e.at for e in registry.requests(CROSSREF_HOST)]
    assert starts[1] - starts[0] >= 0.95
    assert verdicts(db, VerifyAspect.IDENTITY)["1"] is VerifyVerdict.VERIFIED


def test_a_retry_after_beyond_the_cap_gives_up(registry: RegistryServer, db: Database) -> None:
    world(registry)
    registry.throttle[CROSSREF_HOST] = 50
    registry.throttle_after[CROSSREF_HOST] = "3600"
    store(db, NOTES[5:6])
    report = run_verify(db, verify_settings_for(registry), clock=lambda: T0)
    assert verdicts(db, VerifyAspect.IDENTITY)["1"] is VerifyVerdict.UNVERIFIABLE
    assert report.requests["crossref"] == 1 and report.elapsed_s < 5


def test_a_server_that_ignores_the_doi_filter(registry: RegistryServer, db: Database) -> None:
    registry.registry.add_crossref(crossref_record("10.1/first", "Listed before the others"))
    world(registry)
    registry.ignore_filters = True
    store(db, NOTES[:3])
    run_verify(db, verify_settings_for(registry), clock=lambda: T0)
    assert verdicts(db, VerifyAspect.IDENTITY) == {
        "1": VerifyVerdict.VERIFIED,
        "2": VerifyVerdict.MISCITED,
        "3": VerifyVerdict.IDENTIFIER_CONFLICT,
    }
    singles = [e.path for e in registry.requests(CROSSREF_HOST) if e.path.startswith("/works/")]
    assert len(singles) == 2  # asked one DOI at a time after the batch was not honoured


# --------------------------------------------------------------------------
# pages and quotations
# --------------------------------------------------------------------------


def test_pages_quotations_and_swapped_urls(registry: RegistryServer, db: Database) -> None:
    forum = registry.add_page(
        "/2023/forum",
        article_page(
            "Economic forum opens in Minsk",
            "The forum opened today.\n\nThe minister said that exports to China grew by 25 "
            "percent in 2022 and will reach five billion dollars next year.",
        ),
    )
    vaccine = registry.add_page(
        "/2023/vaccine", article_page("New vaccine approved by the regulator", "It was approved.")
    )
    dam = registry.add_page(
        "/2023/dam", article_page("River dam construction begins in the north", "Work began.")
    )
    gone = "http://news.test:1/2019/old"  # dead now; its archived copy is what counts
    snapshot = registry.add_page(
        "/web/20190301000000/http://news.test/2019/old",
        article_page(
            "Harvest festival held in Grodno",
            "Farmers said the harvest was the best in twenty years, according to officials.",
        ),
        host="archive.test",
    )
    body = (
        'The minister said that "exports to China grew by 35 percent in 2022"[^1]. '
        "A vaccine was approved.[^2] A dam was built.[^3] "
        '"Farmers said the harvest was the best in twenty years"[^4] '
        '"The forum was cancelled because of the storm warnings"[^5]'
    )
    notes = [
        f"Economic forum opens in Minsk [Electronic resource] // News. 2023. URL: {forum}",
        f"River dam construction begins in the north [Electronic resource]. 2023. URL: {vaccine}",
        f"New vaccine approved by the regulator [Electronic resource]. 2023. URL: {dam}",
        f"Harvest festival held in Grodno [Electronic resource]. 2019. URL: {gone}",
        f"Economic forum opens in Minsk [Electronic resource] // News. 2023. URL: {forum}",
    ]
    doc_id = store(db, notes, body=body)
    alive(db, forum, vaccine, dam)
    save_lookup(
        db,
        ArchiveLookup(gone, ArchiveOutcome.FOUND, T0, snapshot_url=snapshot,
                      snapshot_timestamp="20190301000000", target_date=date(2019, 3, 1),
                      verified=True),
    )  # fmt: skip
    report = run_verify(db, verify_settings_for(registry), clock=lambda: T0)
    assert report.requests == {}  # web pages only: no registry asked
    pages = verdicts(db, VerifyAspect.PAGE)
    assert pages == {
        "1": VerifyVerdict.PAGE_MATCHES,
        "2": VerifyVerdict.PAGE_MISMATCH,
        "3": VerifyVerdict.PAGE_MISMATCH,
        "4": VerifyVerdict.PAGE_MATCHES,
        "5": VerifyVerdict.PAGE_MATCHES,
    }
    assert by_footnote(db, VerifyAspect.PAGE)["4"].source == "archive"
    quotes = verdicts(db, VerifyAspect.QUOTATION)
    assert quotes == {
        "1": VerifyVerdict.QUOTE_CHANGED,
        "4": VerifyVerdict.QUOTE_FOUND,
        "5": VerifyVerdict.QUOTE_NOT_FOUND,
    }
    changed = dict(by_footnote(db, VerifyAspect.QUOTATION)["1"].evidence)
    assert "25 percent" in changed["nearest_passage"]
    findings = [f for f in analyse(db) if f.document == doc_id]
    kinds = sorted(f.kind.value for f in findings)
    assert kinds.count("swapped-urls") == 1 and "page-title-mismatch" not in kinds
    swapped = next(f for f in findings if f.kind.value == "swapped-urls")
    assert swapped.footnotes == ("2", "3") and swapped.severity.value == "error"
    assert "quotation-changed" in kinds and "quotation-not-found" in kinds
    assert registry.requests("news.test") and all(
        e.path in ("/2023/forum", "/2023/vaccine", "/2023/dam")
        for e in registry.requests("news.test")
    )
    assert len(registry.requests("news.test")) == 3  # one fetch per page, however often cited


def test_a_wrong_page_alone_is_a_title_mismatch(registry: RegistryServer, db: Database) -> None:
    page = registry.add_page(
        "/a", article_page("Weather forecast for the weekend in Brest", "Rain and wind.")
    )
    store(db, [f"Parliament passes the new budget law [Electronic resource]. 2023. URL: {page}"])
    alive(db, page)
    run_verify(db, verify_settings_for(registry), clock=lambda: T0)
    (found,) = [f for f in analyse(db) if f.kind.value == "page-title-mismatch"]
    assert found.severity.value == "warning" and found.urls == (page,)
    assert "Weather forecast" in found.message


# --------------------------------------------------------------------------
# findings, export, CLI
# --------------------------------------------------------------------------


def test_findings_and_the_json_export(registry: RegistryServer, db: Database) -> None:
    world(registry)
    store(db, NOTES)
    run_verify(db, verify_settings_for(registry), clock=lambda: T0)
    findings = {f.footnotes[0]: f for f in analyse(db) if f.kind.value in (
        "reference-not-found", "reference-miscited", "identifier-conflict")}  # fmt: skip
    assert findings["2"].kind.value == "reference-miscited"
    assert "year: cited '2015', registered '2019'" in findings["2"].message
    assert findings["3"].kind.value == "identifier-conflict"
    assert findings["3"].severity.value == "error"
    assert findings["6"].kind.value == "reference-not-found"
    assert findings["7"].kind.value == "reference-not-found"
    assert "8" not in findings and "10" not in findings  # a book and a law: unverifiable
    export = build_export(db)
    rows = export["verifications"]
    assert {r["aspect"] for r in rows} >= {"identity", "status"}
    miscited = next(r for r in rows if r["verdict"] == "miscited")
    assert {"field": "year", "cited": "2015", "registered": "2019"} in miscited["differences"]
    assert miscited["footnote"] == "2" and miscited["doi"] == "10.1234/jsp.2019.045"
    json.dumps(export)  # serialisable


def test_cli_verify_and_report(
    registry: RegistryServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from tests.helpers import run_cli
    from tests.registryserver import REGISTRY_HOSTS

    world(registry)
    monkeypatch.chdir(tmp_path)
    settings = verify_settings_for(registry)
    resolve = ", ".join(f'"{h}" = "127.0.0.1"' for h in REGISTRY_HOSTS)
    (tmp_path / "bibcheck.toml").write_text(
        f'crossref_url = "{settings.crossref_url}"\n'
        f'openalex_url = "{settings.openalex_url}"\n'
        f'doi_handle_url = "{settings.doi_handle_url}"\n'
        f'doi_content_url = "{settings.doi_content_url}"\n'
        f"verify_min_interval = 0\nretries = 1\nbackoff = 0.01\n"
        f"allow_hosts = {json.dumps(list(REGISTRY_HOSTS))}\nresolve = {{ {resolve} }}\n",
        encoding="utf-8",
    )
    paper = tmp_path / "paper.md"
    paper.write_text(
        "# Paper\n\nA claim.[^1] Another.[^2]\n\n[^1]: " + NOTES[1] + "\n[^2]: " + NOTES[5] + "\n",
        encoding="utf-8",
    )
    assert run_cli(["ingest", str(paper)], capsys)[0] == 0
    code, out, err = run_cli(["verify", "--mailto", "desk@example.org"], capsys)
    assert code == 0, err
    assert "2 references verified" in out and "miscited" in out and "not_found" in out
    assert all("mailto=desk%40example.org" in e.path for e in registry.requests(CROSSREF_HOST))
    code, out, _ = run_cli(["report", "--format", "md,json"], capsys)
    md = (tmp_path / "reports" / "paper.md").read_text(encoding="utf-8")
    assert "reference-miscited" in md and "reference-not-found" in md
    assert "Registry verification: 0 of 2 references verified, 1 miscited" in md
    report = json.loads((tmp_path / "reports" / "paper.json").read_text(encoding="utf-8"))
    assert len(report["verifications"]) >= 2
    assert report["summary"]["verify_notice"].startswith("Registry verification")


def test_settings_from_the_config_file(tmp_path: Path) -> None:
    from bibcheck.config import load_settings
    from bibcheck.errors import ConfigError

    (tmp_path / "bibcheck.toml").write_text(
        'crossref_url = "https://crossref.mirror.example"\nmailto = "a@b.example"\n'
        "verify_concurrency = 2\nverify_cache_days = 3\nverify_pages = false\n",
        encoding="utf-8",
    )
    verify: VerifySettings = load_settings(tmp_path).verify
    assert verify.crossref_url == "https://crossref.mirror.example"
    assert verify.mailto == "a@b.example" and verify.api_concurrency == 2
    assert verify.cache_ttl.days == 3 and verify.pages is False
    (tmp_path / "bibcheck.toml").write_text("verify_concurrency = 0\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="verify_concurrency"):
        load_settings(tmp_path)


def test_run_all_verifies_unless_told_not_to(registry: RegistryServer, tmp_path: Path) -> None:
    from bibcheck.config import Settings
    from bibcheck.pipeline import run_all

    world(registry)
    paper = tmp_path / "paper.md"
    paper.write_text("# P\n\nA claim.[^1]\n\n[^1]: " + NOTES[2] + "\n", encoding="utf-8")
    settings = Settings(verify=verify_settings_for(registry))
    db = open_db(tmp_path / "a.db")
    result = run_all(db, [paper], settings, out_dir=tmp_path / "r", check=False, archive=False)
    assert result.verify is not None and result.verify.references == 1
    kinds = {f.kind.value for f in result.findings}
    assert "identifier-conflict" in kinds
    assert result.exit_code == 1  # an error finding
    skipped = run_all(
        open_db(tmp_path / "b.db"), [paper], settings, out_dir=tmp_path / "r2", check=False,
        archive=False, verify=False,
    )  # fmt: skip
    assert skipped.verify is None and skipped.verify_skipped == "not asked for"
    assert {f.kind.value for f in skipped.findings} == kinds - {"identifier-conflict"}


def test_an_archived_copy_the_document_names_stands_in(
    registry: RegistryServer, db: Database
) -> None:
    snapshot = registry.add_page(
        "/web/2019/old",
        article_page("Harvest festival held in Grodno", "Farmers celebrated the harvest."),
        host="archive.test",
    )
    dead = "http://news.test:1/2019/old"
    md = f"# P\n\nA claim.[^1]\n\n[^1]: Harvest festival held in Grodno. 2019. URL: {dead}\n"
    doc = parse_bytes(md.encode(), "p.md")
    fn = doc.footnotes[0]
    named = dataclasses.replace(
        fn, reference=dataclasses.replace(fn.reference, archive_url=snapshot)
    )
    save_document(db, dataclasses.replace(doc, footnotes=(named,)), size=0, now=T0)
    run_verify(db, verify_settings_for(registry), clock=lambda: T0)
    page = by_footnote(db, VerifyAspect.PAGE)["1"]
    assert page.verdict is VerifyVerdict.PAGE_MATCHES and page.source == "archive"
