"""Benchmark of the verify stage on a generated, labelled corpus served by fake registries.

:mod:`verify_corpus` generates (from a seed) registered works, notices, pages and
manuscripts citing them in several styles, English and Russian, each
reference labelled with what a correct verifier must say.  A local server
(tests/registryserver.py) plays Crossref, the DOI proxy, OpenAlex, news sites
and a web archive, speaking their real JSON formats and sending Crossref's
rate-limit headers (50 requests per 1 s).  The benchmark stores the
manuscripts, marks the live pages alive and the archived copies found (as the
check and archive stages would), runs ``bibcheck verify`` and prints, against
the targets of issue 13:

* fabrication recall and the false ``not_found`` rate (on every real work);
* identifier-conflict recall;
* retraction recall per shape, and corrections called retractions;
* page-title mismatch precision and recall (swapped pairs included);
* quotation error (changed or missing) precision and recall;
* miscitation precision and recall, and how many correct references verified;
* API requests per reference, and the requests of a warm re-run (0 expected).

Run from the repository root::

    .venv/bin/python benchmarks/verify_bench.py            # the default corpus (seed 13)
    .venv/bin/python benchmarks/verify_bench.py --seed 7 --scale 2
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
for path in (ROOT, ROOT / "benchmarks"):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

from verify_corpus import Case, build  # noqa: E402

from bibcheck.model import (  # noqa: E402
    ArchiveLookup,
    ArchiveOutcome,
    Claim,
    ClaimKind,
    Footnote,
    LinkCheck,
    LinkStatus,
    LiteratureEntry,
    Marker,
    ParsedDocument,
    Verification,
    VerifyAspect,
    VerifyVerdict,
)
from bibcheck.net.settings import NetSettings  # noqa: E402
from bibcheck.parse.references import parse_reference  # noqa: E402
from bibcheck.store import open_db  # noqa: E402
from bibcheck.store.archives import save_lookup  # noqa: E402
from bibcheck.store.documents import save_document  # noqa: E402
from bibcheck.store.links import save_check, start_run  # noqa: E402
from bibcheck.store.verifications import load_verifications  # noqa: E402
from bibcheck.verify import VerifySettings, run_verify  # noqa: E402
from tests.registryserver import (  # noqa: E402
    CROSSREF_HOST,
    DOI_HOST,
    OPENALEX_HOST,
    REGISTRY_HOSTS,
    RegistryServer,
)

T0 = datetime(2024, 6, 1, 12, 0, tzinfo=UTC)


def documents(corpus: list[list[Case]]) -> list[tuple[ParsedDocument, dict[str, Case]]]:
    """One parsed document per list of cases: references in footnotes (and, for one in
    five, in the literature list), quotations as the claims of their markers."""
    out = []
    for n, cases in enumerate(corpus):
        footnotes, literature, where = [], [], {}
        line = 10
        for i, case in enumerate(cases, start=1):
            ref = parse_reference(case.raw, [line], detect_styles=True)
            if i % 5 == 0 and not case.url:
                literature.append(LiteratureEntry(len(literature) + 1, line, ref))
                where[f"#{len(literature)}"] = case
            else:
                kind = ClaimKind.QUOTE if case.quote else ClaimKind.SENTENCE
                claim = Claim(case.quote or f"A claim supported by source {i}.", kind, 3)
                marker = Marker(str(i), 3, 1, claim)
                footnotes.append(Footnote(str(i), i, line, ref, (marker,)))
                where[str(i)] = case
            line += 2
        digest = hashlib.sha256(f"bench-{n}".encode()).hexdigest()
        doc = ParsedDocument(
            digest,
            f"bench-{n}.md",
            "bench",
            f"Bench {n}",
            "utf-8",
            tuple(footnotes),
            tuple(literature),
        )
        out.append((doc, where))
    return out


def settings_for(server: RegistryServer) -> VerifySettings:
    net = NetSettings(
        timeout=10.0,
        retries=2,
        backoff=0.05,
        resolve={h: "127.0.0.1" for h in REGISTRY_HOSTS},
        allow_hosts=frozenset(REGISTRY_HOSTS),
    )
    return VerifySettings(
        net=net,
        crossref_url=server.url(CROSSREF_HOST, "").rstrip("/"),
        doi_handle_url=server.url(DOI_HOST, "/api/handles/"),
        doi_content_url=server.url(DOI_HOST, "/"),
        openalex_url=server.url(OPENALEX_HOST, "").rstrip("/"),
        mailto="bench@example.org",
        api_min_interval=0.0,
        page_interval=0.0,
    )


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


def score(positive: bool, predicted: bool, s: Score) -> None:
    if positive and predicted:
        s.tp += 1
    elif predicted:
        s.fp += 1
    elif positive:
        s.fn += 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--scale", type=int, default=1, help="corpus size multiplier")
    parser.add_argument("--show", type=int, default=8, help="errors shown per class")
    args = parser.parse_args()

    server = RegistryServer().start()
    try:
        corpus = build(server, seed=args.seed, scale=args.scale)
        docs = documents(corpus.cases)
        db = open_db(memory=True)
        for doc, _where in docs:
            save_document(db, doc, size=0, now=T0)
        run_id = start_run(db, {}, "bench", T0)
        for case in corpus.all_cases:
            if case.url and case.live:
                save_check(db, run_id, LinkCheck(case.url, LinkStatus.ALIVE, T0, http_status=200))
            if case.snapshot:
                save_lookup(
                    db,
                    ArchiveLookup(
                        case.url or "",
                        ArchiveOutcome.FOUND,
                        T0,
                        snapshot_url=case.snapshot,
                        snapshot_timestamp=case.snapshot_ts,
                        target_date=date(2019, 3, 15),
                        verified=True,
                    ),
                )
        settings = settings_for(server)
        started = time.monotonic()
        report = run_verify(db, settings, clock=lambda: T0)
        cold = time.monotonic() - started
        warm = run_verify(db, settings, clock=lambda: T0)
        results = evaluate(docs, load_verifications(db), args.show)
    finally:
        server.stop()

    n = len(corpus.all_cases)
    langs = Counter(c.lang for c in corpus.all_cases)
    styles = Counter(c.style for c in corpus.all_cases)
    print(
        f"corpus: {n} references in {len(docs)} manuscripts (seed {args.seed}); "
        f"{dict(langs)}; styles {dict(sorted(styles.items()))}"
    )
    print(
        f"cold run: {cold:.1f} s, API requests {report.requests} = {report.api_requests} "
        f"({report.api_requests / n:.2f} per reference; target <= 1.5), "
        f"{report.page_requests} page requests"
    )
    print(
        f"warm re-run: API requests {warm.api_requests}, page requests {warm.page_requests}, "
        f"results changed {warm.stored} (all 0 expected)"
    )
    print()
    for line in results:
        print(line)
    return 0


def evaluate(
    docs: list[tuple[ParsedDocument, dict[str, Case]]],
    rows: list[Verification],
    show: int,
) -> list[str]:
    found: dict[tuple[str, str, VerifyAspect], list[Verification]] = defaultdict(list)
    for v in rows:
        place = v.footnote if v.footnote is not None else f"#{v.literature_entry}"
        found[(v.document, place, v.aspect)].append(v)

    def one(doc: ParsedDocument, place: str, aspect: VerifyAspect) -> Verification | None:
        got = found.get((doc.id, place, aspect))
        return got[0] if got else None

    fabrication, conflict, miscited, mismatch, quotes = (Score() for _ in range(5))
    false_not_found = real = 0
    verified_ok = verified_total = 0
    shapes: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    corrections_as_retractions = retractions_degraded = 0
    preprint = [0, 0]
    swapped_pairs = 0
    confusion: Counter[tuple[str, str]] = Counter()
    errors: dict[str, list[str]] = defaultdict(list)

    def note(kind: str, case: Case, got: str) -> None:
        if len(errors[kind]) < show:
            errors[kind].append(f"    [{case.group}] expected {got}: {case.raw[:150]}")

    for doc, where in docs:
        for place, case in where.items():
            identity = one(doc, place, VerifyAspect.IDENTITY)
            verdict = identity.verdict.value if identity else "none"
            confusion[(case.identity, verdict)] += 1
            is_fab = case.identity == "not_found"
            said_nf = verdict == VerifyVerdict.NOT_FOUND.value
            score(is_fab, said_nf, fabrication)
            if is_fab and not said_nf:
                note("fabrication missed", case, f"not_found, got {verdict}")
            if not is_fab:
                real += 1
                if said_nf:
                    false_not_found += 1
                    note("false not_found", case, f"{case.identity}, got not_found")
            score(
                case.identity == "identifier_conflict", verdict == "identifier_conflict", conflict
            )
            if case.identity == "identifier_conflict" and verdict != "identifier_conflict":
                note("conflict missed", case, f"identifier_conflict, got {verdict}")
            score(case.identity == "miscited", verdict == "miscited", miscited)
            if (case.identity == "miscited") != (verdict == "miscited"):
                note("miscited", case, f"{case.identity}, got {verdict}")
            if case.identity == "verified":
                verified_total += 1
                verified_ok += verdict == "verified"
                if verdict != "verified":
                    note("verified", case, f"verified, got {verdict}")
            status = one(doc, place, VerifyAspect.STATUS)
            got_status = status.verdict.value if status else "none"
            if case.status == "retracted":
                shapes[case.shape or "?"][1] += 1
                shapes[case.shape or "?"][0] += got_status == "retracted"
                if got_status != "retracted":
                    note("retraction missed", case, f"retracted, got {got_status}")
            elif case.status in ("corrected", "expression_of_concern") and case.shape:
                shapes[case.shape][1] += 1
                shapes[case.shape][0] += got_status == case.status
                corrections_as_retractions += got_status == "retracted"
            if got_status == "retracted" and case.status != "retracted":
                retractions_degraded += 1
                note("retraction wrongly", case, f"{case.status}, got retracted")
            if case.version:
                version = one(doc, place, VerifyAspect.VERSION)
                preprint[1] += 1
                preprint[0] += bool(version and version.verdict.value == case.version)
            if case.page:
                page = one(doc, place, VerifyAspect.PAGE)
                got_page = page.verdict.value if page else "none"
                positive = case.page in ("mismatch", "swapped")
                predicted = got_page == "page_mismatch"
                score(positive, predicted, mismatch)
                if positive != predicted:
                    note("page", case, f"{case.page}, got {got_page}")
                if case.page == "swapped" and page and "swapped_with" in dict(page.evidence):
                    swapped_pairs += 1
            if case.quote_label:
                quote = one(doc, place, VerifyAspect.QUOTATION)
                got_quote = quote.verdict.value if quote else "none"
                positive = case.quote_label in ("changed", "not_found")
                predicted = got_quote in ("quote_changed", "quote_not_found")
                score(positive, predicted, quotes)
                if positive != predicted:
                    note("quotation", case, f"{case.quote_label}, got {got_quote}: {case.quote}")

    def line(name: str, value: float, target: str, ok: bool) -> str:
        return f"  {name:<46} {value:7.3f}   target {target:<10} {'ok' if ok else 'MISSED'}"

    fnr = false_not_found / real if real else 0.0
    out = ["targets (issue 13):"]
    out.append(
        line("fabrication recall", fabrication.recall, ">= 0.95", fabrication.recall >= 0.95)
    )
    out.append(line("false not_found rate (of real works)", fnr, "<= 0.01", fnr <= 0.01))
    out.append(
        line("identifier-conflict recall", conflict.recall, ">= 0.95", conflict.recall >= 0.95)
    )
    for shape, (ok, total) in sorted(shapes.items()):
        want = 1.0
        out.append(
            line(
                f"status recall: {shape} ({ok}/{total})",
                ok / total if total else 1.0,
                "= 1.00",
                ok == total and want == 1.0,
            )
        )
    out.append(
        line(
            "corrections or concerns called retractions",
            corrections_as_retractions,
            "= 0",
            corrections_as_retractions == 0,
        )
    )
    out.append(
        line(
            "any non-retraction called retracted",
            retractions_degraded,
            "= 0",
            retractions_degraded == 0,
        )
    )
    out.append(
        line(
            "page-title mismatch precision",
            mismatch.precision,
            ">= 0.95",
            mismatch.precision >= 0.95,
        )
    )
    out.append(line("page-title mismatch recall", mismatch.recall, "(none)", True))
    out.append(
        line("quotation error precision", quotes.precision, ">= 0.95", quotes.precision >= 0.95)
    )
    out.append(line("quotation error recall", quotes.recall, ">= 0.95", quotes.recall >= 0.95))
    out.append("other figures:")
    out.append(line("fabrication precision", fabrication.precision, "(none)", True))
    out.append(line("identifier-conflict precision", conflict.precision, "(none)", True))
    out.append(line("miscitation precision", miscited.precision, "(none)", True))
    out.append(line("miscitation recall", miscited.recall, "(none)", True))
    out.append(
        line(
            f"correct references verified ({verified_ok}/{verified_total})",
            verified_ok / verified_total if verified_total else 1.0,
            "(none)",
            True,
        )
    )
    out.append(
        line(
            f"preprints with the published version ({preprint[0]}/{preprint[1]})",
            preprint[0] / preprint[1] if preprint[1] else 1.0,
            "(none)",
            True,
        )
    )
    out.append(f"  swapped references recognised as swapped: {swapped_pairs}")
    out.append("identity verdicts (expected -> got):")
    for (expected, got), count in sorted(confusion.items()):
        out.append(f"  {expected:<20} -> {got:<20} {count}")
    for kind, lines in sorted(errors.items()):
        out.append(f"errors: {kind}")
        out.extend(lines)
    return out


if __name__ == "__main__":
    raise SystemExit(main())
