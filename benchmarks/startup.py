"""Start-up cost of a small parse: wall and CPU seconds of ``import bibcheck``, of the
command line's import, and of a first and a second ``parse_file`` of small documents of
several formats, each in a fresh interpreter (the median of several runs); how many
regular expressions the first parse compiled from their source, and the CPU time that took.

    python benchmarks/startup.py [--runs 5] [--root CHECKOUT] [--cache cold,warm,off]
                                 [--warm-from DIR]

``--cache`` says how the compiled-pattern cache (:mod:`bibcheck.regexcache`) starts:
``cold`` an empty directory for every run (a first process on a machine), ``warm`` a
directory an earlier process filled (``--warm-from DIR``: a copy of DIR's files, e.g. a
cache grown by the test suite and the corpus scorer, before the filling runs), ``off`` no
cache; the warm cache's files, their size and the programs they hold are printed, and
every run says the CPU seconds spent reading the cache (``load``: in the import and the
first parse) and the wall and CPU seconds of its whole process (``process``: with the
start and the writing at exit).  A checkout without the cache
(``--root`` of an older one) ignores it: every mode is then its "off".  Byte-code is
cached (``PYTHONDONTWRITEBYTECODE`` unset, one run first), as a user's installation has
it.  The documents are written by this script to a temporary directory: a two-entry
plain text, a short Markdown with footnotes, a short LaTeX file with its ``.bib``, a
short HTML page.  Runs under ``nice -n -5`` where that is allowed; the load average is
printed.
"""

from __future__ import annotations

import argparse
import functools
import json
import marshal
import os
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent

DOCUMENTS = {
    "two.txt": (
        "Notes on river sediments\n\n"
        "Sediment transport in braided rivers has been studied at length [1]. Recent flume\n"
        "work extends the earlier results [2].\n\nReferences\n\n"
        "1. Miller, A. B. and Chen, L. (2011). Braided river dynamics. Journal of Hydrology,"
        " 402(3), 145-160.\n"
        "2. Okafor, N. (2019). Flume experiments on gravel bars. Water Resources Research, 55,"
        " 2201-2219.\n"
    ),
    "notes.md": (
        "# Harbour towns\n\nThe harbour grew quickly after 1850.[^1] Trade records confirm"
        " the pattern.[^2]\n\n"
        "[^1]: Jane Walker, *Ports and Profit* (London: Harbour Press, 2004), 33.\n"
        '[^2]: Tomas Reyes, "Customs Ledgers of the North Sea," *Maritime History Review* 12'
        " (1998): 101–19.\n"
    ),
    "paper.tex": (
        "\\documentclass{article}\n\\begin{document}\n"
        "Glaciers retreat faster than predicted \\cite{lund2015}. Models disagree"
        " \\cite{park2020}.\n\\bibliographystyle{plain}\n\\bibliography{paper}\n\\end{document}\n"
    ),
    "paper.bib": (
        "@article{lund2015,\n  author = {Lund, Erik and Holm, Sara},\n"
        "  title = {Glacier retreat in western Norway},\n  journal = {Journal of Glaciology},\n"
        "  year = {2015},\n  volume = {61},\n  pages = {10--22}\n}\n"
        "@book{park2020,\n  author = {Park, Jiwon},\n  title = {Ice Sheet Models},\n"
        "  publisher = {Polar Books},\n  year = {2020}\n}\n"
    ),
    "page.html": (
        "<!DOCTYPE html>\n<html><head><title>Bees</title></head><body>\n<h1>Urban bees</h1>\n"
        "<p>Urban gardens support wild bees (Smith 2010). Roof gardens less so (Ito 2018).</p>\n"
        "<h2>References</h2>\n<ul>\n"
        "<li>Smith, J. (2010). Bees in the city. <i>Urban Ecology</i>, 4, 1-9.</li>\n"
        "<li>Ito, K. (2018). Roof gardens and pollinators. <i>Ecological Letters</i>, 21,"
        " 55-60.</li>\n</ul>\n</body></html>\n"
    ),
}
PARSED = ("two.txt", "notes.md", "paper.tex", "page.html")

# The child: times the import, then two parses of one file; counts and times the patterns
# compiled from their source (re's parser and code generator, whichever path calls them).
_CHILD = """
import json, re, sys, time
from re import _compiler, _parser
spent = [0.0, 0]
def timed(fn, counts):
    def wrapper(*args, **kwargs):
        start = time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            spent[0] += time.process_time() - start
            spent[1] += counts
    return wrapper
_parser.parse = timed(_parser.parse, 1)
_compiler._code = timed(_compiler._code, 0)
loading = [0.0]
def load_timed(fn):
    def wrapper(*args, **kwargs):
        start = time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            loading[0] += time.process_time() - start
    return wrapper
try:  # the cache's reads: the whole file (fix round 63) or one program (fix round 64)
    from bibcheck import regexcache
    cls = regexcache.ProgramCache
    for name in ("_load", "_fetch"):
        if hasattr(cls, name):
            setattr(cls, name, load_timed(getattr(cls, name)))
except ImportError:
    pass
def clock():
    return time.perf_counter(), time.process_time()
def since(start):
    now = clock()
    return now[0] - start[0], now[1] - start[1]
out = {}
start = clock()
__import__(sys.argv[1])
out["import"] = since(start)
if len(sys.argv) > 2:
    from bibcheck.manuscript import parse_file
    for run in ("first", "second"):
        spent[:] = [0.0, 0]
        start = clock()
        parse_file(sys.argv[2])
        out[run] = since(start)
        out[run + "_compiled"] = spent[1]
        out[run + "_compiling"] = spent[0]
        out[run + "_loading"] = loading[0]  # (the import's reads, then the parse's)
print(json.dumps(out))
"""


def _nice() -> list[str]:
    try:
        subprocess.run(["nice", "-n", "-5", "true"], check=True, capture_output=True)
    except (OSError, subprocess.CalledProcessError):
        return []
    probe = subprocess.run(["nice", "-n", "-5", "nice"], capture_output=True, text=True)
    return ["nice", "-n", "-5"] if probe.stdout.strip() == "-5" else []


def _child(argv: list[str], root: Path, cache: str | None) -> dict[str, Any]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = str(root)
    env["BIBCHECK_REGEX_CACHE"] = cache or "off"
    start, used = time.perf_counter(), resource.getrusage(resource.RUSAGE_CHILDREN)
    out = subprocess.run(argv, capture_output=True, text=True, env=env, cwd=root, check=True)
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - used.ru_utime - used.ru_stime
    result["process"] = (time.perf_counter() - start, cpu)
    return result


def _stored(path: Path) -> str:
    """How many programs a cache file holds (a marshal table or an SQLite store)."""
    try:
        if path.suffix == ".marshal":
            return str(len(marshal.loads(path.read_bytes())))
        if path.suffix == ".sqlite3":
            with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) as db:
                return str(db.execute("SELECT count(*) FROM programs").fetchone()[0])
    except (OSError, ValueError, EOFError, sqlite3.Error):
        return "unreadable"
    return "-"


def _describe(directory: Path) -> None:
    """The warm cache's files: size on disk and programs stored."""
    for path in sorted(directory.iterdir()) if directory.is_dir() else []:
        size = path.stat().st_size / 2**20
        print(f"  warm cache {path.name}: {size:.1f} MB, {_stored(path)} programs")


def _cache_dir(mode: str, base: Path, name: str, run: int) -> str | None:
    if mode == "off":
        return None
    if mode == "cold":  # a directory no process wrote to
        return str(base / f"cold-{name}-{run}")
    return str(base / "warm")


def _median(runs: list[dict[str, Any]], key: str, index: int | None = None) -> float:
    return float(statistics.median(r[key] if index is None else r[key][index] for r in runs))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--root", type=Path, default=ROOT, help="the checkout to measure")
    parser.add_argument("--cache", default="cold,warm", help="cold, warm, off (comma-separated)")
    parser.add_argument(
        "--warm-from", type=Path, help="a cache directory whose files start the warm cache"
    )
    args = parser.parse_args()
    root = args.root.resolve()
    nice = _nice()
    load = os.getloadavg()
    print(
        f"root {root}; load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}; cores"
        f" {os.cpu_count()}; {'nice -n -5' if nice else 'not niced (not allowed)'};"
        f" median of {args.runs} runs, each in a fresh interpreter"
    )
    py = [*nice, sys.executable, "-c", _CHILD]
    with tempfile.TemporaryDirectory(prefix="bibcheck-startup-") as tmp:
        base = Path(tmp)
        for name, text in DOCUMENTS.items():
            (base / name).write_text(text, encoding="utf-8")
        _child([*py, "bibcheck.cli"], root, None)  # byte-code written
        for module in ("bibcheck", "bibcheck.manuscript", "bibcheck.cli"):
            runs = [_child([*py, module], root, None)["import"] for _ in range(args.runs)]
            wall = statistics.median(r[0] for r in runs)
            cpu = statistics.median(r[1] for r in runs)
            print(f"import {module:<28} {wall:6.2f} s wall {cpu:6.2f} s CPU")
        print(
            f"{'parse_file':<17}{'cache':<6}{'import':>14}{'first parse':>16}"
            f"{'compiled':>10}{'compiling':>11}{'load':>7}{'second parse':>16}{'process':>15}"
        )
        for mode in args.cache.split(","):
            if mode == "warm":
                if args.warm_from is not None:
                    shutil.copytree(args.warm_from, base / "warm", dirs_exist_ok=True)
                for name in PARSED:  # fill the warm cache
                    _child([*py, "bibcheck.manuscript", str(base / name)], root, str(base / "warm"))
            for name in PARSED:
                runs = [
                    _child(
                        [*py, "bibcheck.manuscript", str(base / name)],
                        root,
                        _cache_dir(mode, base, name, i),
                    )
                    for i in range(args.runs)
                ]

                med = functools.partial(_median, runs)
                print(
                    f"{name:<17}{mode:<6}"
                    f"{med('import', 0):6.2f}/{med('import', 1):5.2f}  "
                    f"{med('first', 0):7.2f}/{med('first', 1):5.2f}  "
                    f"{med('first_compiled'):8.0f}  {med('first_compiling'):8.2f}"
                    f"{med('first_loading'):7.2f}  "
                    f"{med('second', 0):7.2f}/{med('second', 1):5.2f}"
                    f"{med('process', 0):8.2f}/{med('process', 1):5.2f}"
                )
            if mode == "warm":
                _describe(base / "warm")
    print(
        "(times: wall/CPU seconds; compiled: patterns compiled from their source by the"
        " first parse; compiling: seconds spent in that; load: CPU seconds reading the"
        " cache in the import and the first parse; process: wall/CPU seconds of the whole"
        " process, its start and exit too)"
    )


if __name__ == "__main__":
    main()
