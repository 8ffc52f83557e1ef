"""Worst-case time of reference parsing on long author lists (catastrophic backtracking).

bibcheck reads untrusted documents, and physics and medicine papers list 30 to 300
authors.  A name-list regex whose names (or the gaps between them) can be read in two
ways takes time that doubles with every author when the rest of the entry does not
match.  For each common shape of a name list (Vancouver ``Surname AB``, initials first
``A.B. Surname`` and ``A. B. Surname``, inverted ``Surname, A. B.``, ``;``-separated,
``and``-joined, GOST ``Surname A. B.``, natural given names, with ``et al.``) and
each length (8, 30, 100, 300 authors) it prints the CPU seconds of

* ``parse``: :func:`bibcheck.parse.references.parse_reference` with style detection,
  the slowest over several title/year tails (Elsevier, Vancouver, APA, German);
* ``ingest``: :func:`bibcheck.manuscript.parse_bytes` of a small generated Markdown
  document that cites three such entries from its numbered reference list.

A case is stopped after ``--limit`` CPU seconds (printed as ``>LIMIT``) and the
shape's longer lists are skipped.

    .venv/bin/python benchmarks/parse_worst_case.py [--sizes 8,30,100,300] [--limit 5]
"""

from __future__ import annotations

import argparse
import signal
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import FrameType

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bibcheck.manuscript import parse_bytes  # noqa: E402
from bibcheck.parse.references import parse_reference  # noqa: E402

# name format ({a}, {b}: initials; {s}: a surname) and the separator between names
SHAPES = {
    "vancouver": ("{s} {a}{b}", ", "),
    "initials-first": ("{a}.{b}. {s}", ", "),
    "initials-first-space": ("{a}. {b}. {s}", ", "),
    "inverted-initials": ("{s}, {a}.{b}.", ", "),
    "inverted-initials-space": ("{s}, {a}. {b}.", ", "),
    "semicolon": ("{s}, {a}. {b}.", "; "),
    "and": ("{a}. {s}", " and "),
    "ampersand": ("{s}, {a}.", " & "),
    "slash": ("{s}, {a}.", " / "),
    "gost": ("{s} {a}. {b}.", ", "),
    "natural": ("{a}lan {s}", ", "),
    "natural-initial": ("{a}lan {b}. {s}", ", "),
    "inverted-given": ("{s}, {a}lan", ", "),
}
TAILS = (
    ", Ordered growth of layered crystals, Chem. Rev. 112 (2012) 673-674.",
    ". Ordered growth of layered crystals. Chem Rev. 2012;112:673-4.",
    " (2012). Ordered growth of layered crystals. Chemical Reviews, 112, 673-674.",
    ": Ordered growth of layered crystals. Leipzig 2012.",
    ", et al. Ordered growth of layered crystals. Chem Rev. 2012;112:673-4.",
    ", and Quentin Rowe. Ordered growth of layered crystals. Chem. Rev. 112 (2012).",
)


class _Stopped(Exception):
    pass


def _stop(_signum: int, _frame: FrameType | None) -> None:
    raise _Stopped


def names(n: int, shape: str) -> str:
    """``n`` distinct names of ``shape`` joined by its separator."""
    fmt, sep = SHAPES[shape]
    out = []
    for i in range(n):
        a, b = chr(65 + i % 26), chr(66 + i % 20)
        surname = "Kovalen" + chr(97 + i % 26) + chr(97 + i // 26 % 26) + "ko"
        out.append(fmt.format(a=a, b=b, s=surname))
    return sep.join(out)


def document(n: int, shape: str) -> bytes:
    """A Markdown document citing three ``n``-author entries of ``shape``."""
    lines = ["# Generated paper", "", "Layered crystals grow in order [1], [2], [3].", ""]
    lines += ["## References", ""]
    for i, tail in enumerate(TAILS[:3], start=1):
        lines += [f"{i}. {names(n, shape)}{tail}", ""]
    return "\n".join(lines).encode()


def cpu(call: Callable[[], object], limit: float) -> float | None:
    """CPU seconds of ``call()``, None when it is stopped at ``limit``."""
    start = time.process_time()
    signal.setitimer(signal.ITIMER_VIRTUAL, limit)
    try:
        call()
    except _Stopped:
        return None
    finally:
        signal.setitimer(signal.ITIMER_VIRTUAL, 0)
    return time.process_time() - start


def _fmt(seconds: float | None, limit: float) -> str:
    return f">{limit:g}" if seconds is None else f"{seconds:.3f}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="8,30,100,300")
    ap.add_argument("--limit", type=float, default=5.0, help="CPU seconds per case")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    signal.signal(signal.SIGVTALRM, _stop)
    parse_bytes(document(2, "vancouver"), "warm-up.md")  # imports, regex compilation
    print(f"{'shape':<26}{'authors':>8}{'parse s':>10}{'ingest s':>10}")
    worst = 0.0
    for shape in SHAPES:
        for n in sizes:
            parse: float | None = 0.0
            for tail in TAILS:
                text = names(n, shape) + tail
                took = cpu(
                    lambda text=text: parse_reference(text, [1], detect_styles=True), args.limit
                )
                parse = None if took is None or parse is None else max(parse, took)
                if parse is None:
                    break
            data = document(n, shape)
            ingest = cpu(lambda data=data: parse_bytes(data, "generated.md"), args.limit)
            print(f"{shape:<26}{n:>8}{_fmt(parse, args.limit):>10}{_fmt(ingest, args.limit):>10}")
            sys.stdout.flush()
            if parse is None or ingest is None:
                worst = float("inf")
                break
            worst = max(worst, parse, ingest)
    print(f"worst: {_fmt(None if worst == float('inf') else worst, args.limit)} CPU s")


if __name__ == "__main__":
    main()
