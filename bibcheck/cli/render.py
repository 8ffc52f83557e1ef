"""Terminal rendering for the CLI (rich): progress bars and summary tables.

Only the CLI draws; the library reports progress through callbacks.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from bibcheck.store.archives import latest_lookups
from bibcheck.store.base import Store
from bibcheck.store.links import ConfirmPolicy, citing, link_states
from bibcheck.text import show_controls

if TYPE_CHECKING:  # annotations only: the network stages load with the commands that run them
    from bibcheck.archive.run import ArchiveReport
    from bibcheck.check.engine import CheckRunSummary, EngineStatus
    from bibcheck.check.run import CheckReport
    from bibcheck.verify.run import VerifyReport

ProgressCallback = Callable[[int, int], None]
HOSTS_SHOWN = 25


def plain(value: object) -> str:
    """Document, page or server text made safe for a terminal: escape sequences, other
    control characters and bidi overrides are shown as codes, never obeyed."""
    return show_controls(str(value))


def add_plain_row(table: Table, *cells: object) -> None:
    """Add a row whose cells are shown literally: document and page text may hold
    square brackets that rich would otherwise read as markup (and fail on), and
    control characters a terminal would obey (see :func:`plain`)."""
    table.add_row(*(Text(plain(cell)) for cell in cells))


@contextmanager
def progress_bar(console: Console, label: str) -> Iterator[ProgressCallback]:
    """A ``(done, total)`` callback drawing a bar on a terminal, silent otherwise."""
    if not console.is_terminal:
        yield lambda done, total: None
        return
    with Progress(
        TextColumn(label),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=True,
    ) as progress:
        task = progress.add_task(label, total=None)

        def update(done: int, total: int) -> None:
            progress.update(task, completed=done, total=total)

        yield update


class CheckProgress:
    """What ``bibcheck check`` shows while it runs: done/total, rate, ETA, hosts waiting."""

    def __init__(self, progress: Progress | None) -> None:
        self.progress = progress
        self.task = (
            progress.add_task("Checking links", total=None, rate="", eta="", waiting="")
            if progress
            else None
        )
        self.fields = {"rate": "", "eta": "", "waiting": ""}

    def done(self, done: int, total: int) -> None:
        if self.progress is not None and self.task is not None:
            self.progress.update(
                self.task,
                completed=done,
                total=total,
                rate=self.fields["rate"],
                eta=self.fields["eta"],
                waiting=self.fields["waiting"],
            )

    def status(self, status: EngineStatus) -> None:
        eta = status.eta_s
        self.fields = {
            "rate": f"{status.rate:.1f} URL/s",
            "eta": f"ETA {eta:.0f} s" if eta is not None else "",
            "waiting": f"{status.hosts_waiting} host(s) waiting on politeness",
        }
        self.done(status.done, status.total)


@contextmanager
def check_progress(console: Console) -> Iterator[CheckProgress]:
    """The link-check progress display on a terminal (silent otherwise)."""
    if not console.is_terminal:
        yield CheckProgress(None)
        return
    with Progress(
        TextColumn("Checking links"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]}"),
        TextColumn("{task.fields[eta]}"),
        TextColumn("{task.fields[waiting]}"),
        TimeElapsedColumn(),
        console=console,
        transient=True,
    ) as progress:
        yield CheckProgress(progress)


def render_check_report(console: Console, report: CheckReport) -> None:
    summary = report.summary
    console.print(
        f"{report.cited} distinct URLs cited; {report.due} due for checking "
        f"({report.excluded} excluded); {summary.checked} checked, "
        f"{report.stored} observations stored, {summary.requests_sent} requests sent "
        f"over {summary.connections_opened} connections in {summary.elapsed_s:.1f} s"
        + (f" ({summary.processes} processes)." if summary.processes > 1 else "."),
        markup=False,
    )
    probed = summary.probes_sent + summary.probes_stored
    if probed:
        console.print(
            f"Soft-404 probes: {summary.probes_sent} sent, {summary.probes_stored} answered by "
            f"samples kept from earlier runs; {report.probes_kept} samples kept.",
            markup=False,
        )
    for note in summary.notes:
        console.print(f"[bold yellow]Note:[/bold yellow] {escape(note)}.")
    if summary.degraded:
        console.print(
            "[bold red]Degraded run:[/bold red] the links could not be checked: "
            f"{escape(plain(summary.degraded_reason))}. No stored verdict was changed.",
        )
        return  # what little was seen while offline is not evidence: no tables
    if summary.by_status:
        table = Table(title="By verdict")
        table.add_column("verdict")
        table.add_column("URLs", justify="right")
        for status, n in sorted(summary.by_status.items(), key=lambda kv: (-kv[1], kv[0])):
            add_plain_row(table, status.value, str(n))
        console.print(table)
    if summary.by_host:
        table = Table(title="By host (most URLs first)")
        table.add_column("host")
        table.add_column("URLs", justify="right")
        table.add_column("verdicts")
        hosts = sorted(summary.by_host.items(), key=lambda kv: (-sum(kv[1].values()), kv[0]))
        for host, counts in hosts[:HOSTS_SHOWN]:
            verdicts = ", ".join(f"{s.value} {n}" for s, n in sorted(counts.items()))
            add_plain_row(table, host, str(sum(counts.values())), verdicts)
        console.print(table)
    render_host_stats(console, summary)


def render_host_stats(console: Console, summary: CheckRunSummary) -> None:
    """Per-host cost of the run: requests, retries, connections, politeness wait."""
    if not summary.host_stats:
        return
    table = Table(title="Requests by host (most first)")
    columns = ["host", "requests", "retries", "connections", "max in flight", "waited (s)"]
    kept = any(s.probes_stored for s in summary.host_stats.values())
    if kept:  # soft-404 probes answered by samples kept from earlier runs
        columns.append("kept probes")
    for col in columns:
        table.add_column(col, justify="left" if col == "host" else "right")
    ranked = sorted(summary.host_stats.items(), key=lambda kv: (-kv[1].requests, kv[0]))
    for host, st in ranked[:HOSTS_SHOWN]:
        add_plain_row(
            table,
            host,
            st.requests,
            st.retries,
            st.connections,
            st.max_in_flight,
            f"{st.politeness_wait_s:.1f}",
            *([st.probes_stored] if kept else []),
        )
    if len(ranked) > HOSTS_SHOWN:
        rest = ranked[HOSTS_SHOWN:]
        add_plain_row(
            table,
            f"({len(rest)} more hosts)",
            sum(s.requests for _h, s in rest),
            sum(s.retries for _h, s in rest),
            sum(s.connections for _h, s in rest),
            "",
            f"{sum(s.politeness_wait_s for _h, s in rest):.1f}",
            *([sum(s.probes_stored for _h, s in rest)] if kept else []),
        )
    console.print(table)


def render_links(console: Console, db: Store, policy: ConfirmPolicy) -> None:
    states = link_states(db, policy)
    if not states:
        console.print("No link has been checked yet: run `bibcheck check` first.")
        return
    cited = citing(db)
    counts = Counter(s.label for s in states)
    console.print(
        plain(", ".join(f"{label} {n}" for label, n in sorted(counts.items()))), markup=False
    )
    table = Table()
    for col in ("URL", "verdict", "HTTP", "reason", "checks", "first failed", "footnotes"):
        table.add_column(col, overflow="fold")
    for s in states:
        footnotes, literature = cited.get(s.url, ([], []))
        add_plain_row(
            table,
            s.url,
            s.label,
            str(s.latest.http_status or ""),
            s.latest.reason,
            str(s.observations),
            s.first_failed_at.date().isoformat() if s.first_failed_at else "",
            ", ".join(map(str, footnotes))
            + (f" (lit. {', '.join(map(str, literature))})" if literature else ""),
        )
    console.print(table)


def render_archive_report(console: Console, report: ArchiveReport) -> None:
    outcomes = ", ".join(f"{o.value} {n}" for o, n in sorted(report.by_outcome.items()))
    console.print(
        f"{report.cited} distinct URLs cited; {report.selected} selected for lookup, "
        f"{report.due} due; {outcomes or 'nothing looked up'}; {report.saved} saved, "
        f"{report.drifted} drifted; {sum(report.requests.values())} requests "
        f"in {report.elapsed_s:.1f} s.",
        markup=False,
    )
    if report.stopped:
        console.print(
            f"[bold red]Archive lookups stopped:[/bold red] {escape(plain(report.stopped))} "
            f"({report.not_looked_up} URL(s) not looked up).",
        )


def render_archives(console: Console, db: Store) -> None:
    lookups = latest_lookups(db)
    if not lookups:
        console.print("No archive lookup yet: run `bibcheck archive` first.")
        return
    table = Table()
    for col in ("URL", "outcome", "snapshot", "aimed at", "verified", "drift", "detail"):
        table.add_column(col, overflow="fold")
    for url in sorted(lookups):
        lk = lookups[url]
        drift = "" if lk.drift_score is None else f"{lk.drift_score:.2f}"
        if lk.drifted:
            drift += " drifted"
        add_plain_row(
            table,
            url,
            lk.outcome.value,
            lk.snapshot_url or "",
            lk.target_date.isoformat() if lk.target_date else "",
            "yes" if lk.verified else "no",
            drift,
            lk.detail,
        )
    console.print(table)


def render_verify_report(console: Console, report: VerifyReport) -> None:
    """What ``bibcheck verify`` did: verdicts by aspect, requests, cache, degradation."""
    requests = ", ".join(f"{api} {n}" for api, n in report.requests.items()) or "none"
    console.print(
        f"{report.references} references verified in {report.elapsed_s:.1f} s; "
        f"API requests: {requests} ({report.requests_per_reference:.2f} per reference); "
        f"{report.page_requests} page requests; {report.cache_hits} answers from the cache; "
        f"{report.stored} results stored or changed",
        markup=False,
    )
    table = Table(title="Verifications", show_lines=False)
    for col in ("aspect", "verdict", "count"):
        table.add_column(col)
    for aspect, verdicts in report.by_aspect.items():
        for verdict, n in verdicts.items():
            add_plain_row(table, aspect, verdict, n)
    if report.by_aspect:
        console.print(table)
    if report.degraded:
        reason = report.degraded_reason or "a registry or page could not be reached"
        console.print(
            f"Degraded: {reason}. Those references are marked unverifiable (never 'not found'); "
            "run `bibcheck verify` again later.",
            markup=False,
        )
