"""``bibcheck ingest DIR --distributed``: manuscripts parsed on the workers.

One job per file.  A job names the file by its absolute path and carries
its SHA-256: every worker must see the same file at the same path (a shared
mount), and a worker that finds other bytes there (the file changed, or is
another file on that machine) fails the job instead of storing the wrong
document.  A file no reader understands fails its job with the reason
(``bibcheck status`` lists it); storing a document twice stores it once.
"""

from __future__ import annotations

import asyncio
import hashlib
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path

import procrastinate

from bibcheck.errors import InputError
from bibcheck.fleet.jobs import INGEST, blueprint, context_of
from bibcheck.manuscript import parse_file
from bibcheck.model import LinkPolicy
from bibcheck.store.documents import save_document

__all__ = ["enqueue_ingest", "ingest_file", "manuscripts"]

SKIP_SUFFIXES = {".db", ".db-wal", ".db-shm", ".pyc", ".png", ".jpg", ".jpeg", ".gif", ".zip"}


def manuscripts(paths: Iterable[Path]) -> list[Path]:
    """The files named, and the files under the directories named (hidden ones left out)."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            for sub in sorted(path.rglob("*")):
                rel = sub.relative_to(path).parts
                if sub.is_file() and not any(p.startswith(".") for p in rel):
                    if sub.suffix.lower() not in SKIP_SUFFIXES:
                        found.append(sub.resolve())
        else:
            found.append(path.resolve())
    return found


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def enqueue_ingest(
    app: procrastinate.App,
    files: Sequence[Path],
    *,
    reader: str | None,
    bibliography: Sequence[Path],
    links: str,
) -> list[int]:
    """Queue one parse job per file; returns the job ids."""
    jobs = []
    for path in files:
        try:
            digest = _digest(path.read_bytes())
        except OSError as exc:
            raise InputError(f"{path}: cannot read ({exc.strerror})") from None
        jobs.append(
            {
                "path": str(path),
                "sha256": digest,
                "reader": reader,
                "bibliography": [str(b.resolve()) for b in bibliography],
                "links": links,
            }
        )
    if not jobs:
        return []
    return ingest_file.batch_defer(*jobs)  # type: ignore[arg-type]


@blueprint.task(name="ingest_file", queue=INGEST, pass_context=True)
async def ingest_file(
    job: procrastinate.JobContext,
    path: str,
    sha256: str,
    reader: str | None,
    bibliography: list[str],
    links: str,
) -> str:
    ctx = context_of(job)
    data = Path(path).read_bytes()
    if _digest(data) != sha256:
        raise InputError(
            f"{path}: not the file that was queued (its content differs on this worker); "
            "every worker must see the manuscripts at the same path"
        )
    doc = await asyncio.to_thread(parse_file, path, reader, bibliography, links=LinkPolicy(links))
    result = await ctx.db(save_document, doc, size=len(data), now=datetime.now(UTC))
    state = "stored" if result.stored else "unchanged"
    return f"{state}: {path}: {len(doc.footnotes)} footnotes, {len(doc.literature)} entries"
