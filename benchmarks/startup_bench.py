"""Start-up cost of the command line: CPU seconds to import ``bibcheck.cli`` and to run
``bibcheck --help``, each in a fresh interpreter (the median of several runs), and how many
of bibcheck's regular expressions were compiled by the import.

    python benchmarks/startup_bench.py [--runs 5]

Every command and every fleet worker pays this before doing any work.  Byte-code caching
matters: run once first (or leave PYTHONDONTWRITEBYTECODE unset) so the figures are the
warm ones a user sees.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_COUNT = (
    "import re, sys\n"
    "n = [0]\n"
    "orig = re.compile\n"
    "def c(*args, **kwargs):\n"
    "    n[0] += 1\n"
    "    return orig(*args, **kwargs)\n"
    "re.compile = c\n"
    "import bibcheck.cli\n"
    "print(n[0])\n"
)


def _child_cpu(argv: list[str], root: Path = ROOT) -> tuple[float, str]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = str(root)
    out = subprocess.run(argv, capture_output=True, text=True, env=env, cwd=root, check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return cpu, out.stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--root", type=Path, default=ROOT, help="the checkout to measure")
    args = parser.parse_args()
    py, root = sys.executable, args.root.resolve()
    _child_cpu([py, "-c", "import bibcheck.cli"], root)  # writes the byte-code cache
    imports = [_child_cpu([py, "-c", "import bibcheck.cli"], root)[0] for _ in range(args.runs)]
    helps = [_child_cpu([py, "-m", "bibcheck", "--help"], root)[0] for _ in range(args.runs)]
    compiled = int(_child_cpu([py, "-c", _COUNT], root)[1].strip().splitlines()[-1])
    print(f"import bibcheck.cli   {statistics.median(imports):6.2f} s CPU (median of {args.runs})")
    print(f"bibcheck --help       {statistics.median(helps):6.2f} s CPU (median of {args.runs})")
    print(f"patterns compiled at import: {compiled}")


if __name__ == "__main__":
    main()
