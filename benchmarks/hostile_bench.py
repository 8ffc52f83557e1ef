"""Hostile inputs at 1x, 2x, 4x and 8x size: CPU time, peak memory, exit code.

Each case runs in a fresh process (``python -m bibcheck`` or a small driver), so
its peak resident memory is its own.  A stage is linear when 8x the input costs
about 8x the time (not 64x); the targets of issue 15 are every case under 10 s
and 1 GB, exit 0, 1 or 2 (never 3), and no byte of a refused database changed.

    python benchmarks/hostile_bench.py [--scales 1,2,4,8] [--only NAME]

Prints one line per case and size, then one verdict line per case; exits 1 when
a target is missed.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
)
MB = 1024 * 1024
TIME_LIMIT, MEMORY_LIMIT = 10.0, 1024.0  # seconds, MB

# A driver run in the child: runs argv as bibcheck, prints CPU seconds, peak MB, exit code.
DRIVER = """
import resource, sys, time
sys.argv = ["bibcheck", *sys.argv[1:]]
from bibcheck.cli import main
start = time.process_time()
code = main(sys.argv[1:])
cpu = time.process_time() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
try:  # the high-water mark of this process alone (ru_maxrss may count the parent's pages)
    status = open("/proc/self/status").read()
    peak = int(status.split("VmHWM:")[1].split()[0]) / 1024
except (OSError, IndexError, ValueError):
    pass
print("BENCH", f"{cpu:.3f}", f"{peak:.1f}", int(code), file=sys.stderr)
"""


def run_bibcheck(args: list[str], cwd: Path, timeout: float = 120) -> tuple[float, float, int]:
    try:
        done = subprocess.run(
            [sys.executable, "-c", DRIVER, *args],
            cwd=cwd,
            capture_output=True,
            text=True,
            timeout=timeout,
            stdin=subprocess.DEVNULL,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
    except subprocess.TimeoutExpired:
        return timeout, 0.0, -1
    line = next((x for x in done.stderr.splitlines() if x.startswith("BENCH")), None)
    if line is None:
        return 0.0, 0.0, 3  # crashed before reporting: counts as a bug
    _, cpu, peak, code = line.split()
    return float(cpu), float(peak), int(code)


# --------------------------------------------------------------------------
# inputs, each a function of the scale
# --------------------------------------------------------------------------


def plain_text_single_newlines(scale: int, where: Path) -> list[str]:
    """40 KB x scale of plain text, single newlines only, 100 citations (issue: 11 s at 1x)."""
    lines, size, i = [], 0, 0
    every = max(1, (40_000 * scale // 60) // 100)
    while size < 40_000 * scale:
        line = f"Trade between the two regions grew by {i % 97} percent that year."
        if i % every == 0:
            line = line[:-1] + f" [{i // every % 100 + 1}]."
        lines.append(line)
        size += len(line) + 1
        i += 1
    refs = "\n".join(f"[{n}] Author A. Title number {n}. 2020." for n in range(1, 101))
    path = where / "single.txt"
    path.write_text("Title\n\n" + "\n".join(lines) + "\n\nReferences\n\n" + refs + "\n")
    return ["ingest", "--db", "b.db", str(path)]


def long_paragraph(unit: str) -> Callable[[int, Path], list[str]]:
    def make(scale: int, where: Path) -> list[str]:
        run = (unit * (40_000 * scale // len(unit) + 1))[: 40_000 * scale]
        text = f"# T\n\nBody{run} end[^1].\n\n[^1]: {run}\n\n## References\n\n1. {run}\n"
        path = where / "para.md"
        path.write_text(text, encoding="utf-8")
        return ["ingest", "--db", "b.db", str(path)]

    make.__doc__ = f"40 KB x scale of {unit!r} in the body, a note and the list"
    return make


def _docx(document: str, members: int = 0, member_mb: int = 0) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", document)
        for i in range(members):
            with archive.open(f"media/unrelated{i}.bin", "w") as member:
                for _ in range(member_mb):
                    member.write(bytes(MB))
    return buffer.getvalue()


def docx_nested(scale: int, where: Path) -> list[str]:
    """1,000 x scale nested <w:ins> (issue: RecursionError at 1,000)."""
    depth = 1000 * scale
    inner = "<w:ins>" * depth + "<w:r><w:t>Deep.</w:t></w:r>" + "</w:ins>" * depth
    path = where / "nested.docx"
    path.write_bytes(_docx(f"<w:document {NS}><w:body><w:p>{inner}</w:p></w:body></w:document>"))
    return ["ingest", "--db", "b.db", str(path)]


def docx_empty_paragraphs(scale: int, where: Path) -> list[str]:
    """7.5 MB x scale of empty paragraphs (issue: 63 MB became 4.3 GB; 60 MB at 8x)."""
    count = 15 * MB * scale // 12
    body = "<w:p/>" * count + "<w:p><w:r><w:t>End.</w:t></w:r></w:p>"
    path = where / "empty.docx"
    path.write_bytes(_docx(f"<w:document {NS}><w:body>{body}</w:body></w:document>"))
    return ["ingest", "--db", "b.db", str(path)]


def docx_unrelated_members(scale: int, where: Path) -> list[str]:
    """3 x scale unrelated members of 60 MB (issue: 25 of them reached 1.65 GB)."""
    body = "<w:p><w:r><w:t>Text.</w:t></w:r></w:p>"
    data = _docx(f"<w:document {NS}><w:body>{body}</w:body></w:document>", 3 * scale, 60)
    path = where / "members.docx"
    path.write_bytes(data)
    return ["ingest", "--db", "b.db", str(path)]


def report_footnotes(scale: int, where: Path) -> list[str]:
    """2,500 x scale footnotes citing one URL, then `report` (issue: 65 s at 20,000)."""
    n = 2500 * scale
    body = "\n\n".join(f"Claim {i} stated here[^{i}]." for i in range(1, n + 1))
    notes = "\n".join(
        f"[^{i}]: Author A. Title. 2020. https://example.org/same" for i in range(1, n + 1)
    )
    path = where / "many.md"
    path.write_text(f"# Many\n\n{body}\n\n{notes}\n")
    done = subprocess.run(
        [sys.executable, "-m", "bibcheck", "ingest", "--db", "b.db", str(path)],
        cwd=where,
        capture_output=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert done.returncode == 0, done.stderr
    return ["report", "--db", "b.db", "-o", "out", "--fail-on", "never"]


def bib_entries(scale: int, where: Path) -> list[str]:
    """1,250 x scale .bib entries with LaTeX in names and titles (issue: 12.5 s at 10,000)."""
    entries = [
        f'@article{{k{i},\n  author = {{M{{\\"u}}ller, Hans and Doe, Jane}},\n'
        f"  title = {{On \\emph{{things}} {i}}},\n  journal = {{J. Stud.}},\n"
        f"  year = {{{2000 + i % 24}}},\n  pages = {{{i}--{i + 9}}},\n"
        f"  doi = {{10.1234/s.{i}}},\n  url = {{https://example.org/p/{i}}},\n}}\n"
        for i in range(1250 * scale)
    ]
    path = where / "refs.bib"
    path.write_text("".join(entries), encoding="utf-8")
    return ["ingest", "--db", "b.db", str(path)]


CASES: dict[str, Callable[[int, Path], list[str]]] = {
    "claims-single-newlines": plain_text_single_newlines,
    **{
        f"paragraph-{name}": long_paragraph(unit)
        for name, unit in {
            "period-space": ". ",
            "spaces": " ",
            "bracket": "[",
            "link-opening": "[a](",
            "guillemet": "«",
            "initial": "A. ",
            "ibid": "Ibid. ",
            "russian-page": "С. 1-",
        }.items()
    },
    "docx-nested-ins": docx_nested,
    "docx-empty-paragraphs": docx_empty_paragraphs,
    "docx-unrelated-members": docx_unrelated_members,
    "report-footnotes": report_footnotes,
    "bib-entries": bib_entries,
}


# --------------------------------------------------------------------------
# refusals: exit code, time, and the bytes of the file
# --------------------------------------------------------------------------


def refusals(where: Path) -> list[tuple[str, tuple[float, float, int], bool]]:
    """(case, (cpu, peak, exit), unchanged) for files bibcheck must refuse."""
    out: list[tuple[str, tuple[float, float, int], bool]] = []
    if os.path.exists("/dev/zero"):
        out.append(
            ("ingest /dev/zero", run_bibcheck(["ingest", "--db", "z.db", "/dev/zero"], where), True)
        )
    if hasattr(os, "mkfifo"):
        os.mkfifo(where / "pipe.md")
        out.append(
            ("ingest a FIFO", run_bibcheck(["ingest", "--db", "f.db", "pipe.md"], where, 30), True)
        )
    foreign = where / "foreign.db"
    conn = sqlite3.connect(foreign)
    conn.execute("create table notes (body text)")
    conn.execute("insert into notes values ('mine')")
    conn.commit()
    conn.close()
    (where / "d.md").write_text("Text[^1].\n\n[^1]: A. Title. 2020. https://example.org/x\n")
    for args in (["show"], ["report", "-o", "out"], ["export", "bibtex"], ["ingest", "d.md"]):
        before = hashlib.sha256(foreign.read_bytes()).hexdigest()
        result = run_bibcheck([args[0], "--db", "foreign.db", *args[1:]], where)
        unchanged = hashlib.sha256(foreign.read_bytes()).hexdigest() == before
        out.append((f"{args[0]} on a foreign database", result, unchanged))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scales", default="1,2,4,8")
    parser.add_argument("--only", default="")
    args = parser.parse_args()
    scales = [int(s) for s in args.scales.split(",")]
    failed = False
    print(f"{'case':32} {'scale':>5} {'cpu s':>8} {'peak MB':>8} {'exit':>4}")
    verdicts = []
    for name, make in CASES.items():
        if args.only and args.only not in name:
            continue
        times: list[float] = []
        for scale in scales:
            with tempfile.TemporaryDirectory() as tmp:
                where = Path(tmp)
                cpu, peak, code = run_bibcheck(make(scale, where), where)
            times.append(cpu)
            bad = code not in (0, 1, 2) or cpu > TIME_LIMIT or peak > MEMORY_LIMIT
            failed = failed or bad
            print(
                f"{name:32} {scale:>5} {cpu:>8.2f} {peak:>8.0f} {code:>4}"
                + ("  MISSED" if bad else "")
            )
        growth = times[-1] / max(times[0], 0.05) / (scales[-1] / scales[0])
        linear = growth < 2.5 or times[-1] < 1.0
        failed = failed or not linear
        verdicts.append(
            f"{name:32} {scales[-1]}x size: {growth:.2f} x linear"
            + ("" if linear else "  SUPER-LINEAR")
        )
    print()
    print("\n".join(verdicts))
    if not args.only:
        print()
        with tempfile.TemporaryDirectory() as tmp:
            for case, (cpu, peak, code), unchanged in refusals(Path(tmp)):
                ok = code == 2 and unchanged and cpu < TIME_LIMIT
                failed = failed or not ok
                state = "unchanged" if unchanged else "CHANGED"
                print(
                    f"{case:36} exit {code}  {cpu:.2f} s  {peak:.0f} MB  file {state}"
                    + ("" if ok else "  MISSED")
                )
    print(json.dumps({"targets_met": not failed}))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
