"""Worst-case time of every module-level regex of the readers and parsers on adversarial lines.

bibcheck reads untrusted documents, and a regex whose quantified parts can share a run of
characters in many ways (``\\s*(?:...\\s*...)\\s*$``, ``(?:\\w+\\s?)*``) takes time that
grows with the square, the cube or worse of the run's length when the match finally fails.
For each compiled pattern found at module level in ``bibcheck.readers`` and
``bibcheck.parse`` (also inside module-level tuples, lists and dicts), this script builds
adversarial lines from the pattern itself: for every quantified part, a long run of what the
part accepts (one sample per alternative of its body, and the single characters of its
classes), once on its own and once after the text that leads up to the part, followed by a
character that makes the match fail (``\\x00``, a newline, or the end of the line).  Each
line is matched the way the code uses the pattern (``match``/``fullmatch`` when the source
only calls those, otherwise every match of ``finditer``, which covers ``search``, ``sub``
and ``findall``).

Every line is first timed at ``--size`` characters; the slow ones are timed again at twice
and four times that, and the growth exponent is printed (1: linear, 2: quadratic, ...).
A probe is stopped after ``--limit`` CPU seconds (printed as ``>LIMIT``).

    .venv/bin/python benchmarks/regex_worst_case.py [--size 2000] [--top 25] [--limit 0.5]
    .venv/bin/python benchmarks/regex_worst_case.py --only slides     # modules matching
"""

from __future__ import annotations

import argparse
import importlib
import math
import pkgutil
import re
import signal
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# the regex parser's tree (private modules of the standard library, untyped)
C: Any = importlib.import_module("re._constants")
P: Any = importlib.import_module("re._parser")

PACKAGES = ("bibcheck.readers", "bibcheck.parse")
FAIL = ("\x00", "\n", "")
CATEGORY_SAMPLES = {
    C.CATEGORY_DIGIT: "1",
    C.CATEGORY_NOT_DIGIT: "a",
    C.CATEGORY_SPACE: " ",
    C.CATEGORY_NOT_SPACE: "a",
    C.CATEGORY_WORD: "a",
    C.CATEGORY_NOT_WORD: " ",
    C.CATEGORY_LINEBREAK: "\n",
    C.CATEGORY_NOT_LINEBREAK: "a",
    C.CATEGORY_UNI_DIGIT: "1",
    C.CATEGORY_UNI_NOT_DIGIT: "a",
    C.CATEGORY_UNI_SPACE: " ",
    C.CATEGORY_UNI_NOT_SPACE: "a",
    C.CATEGORY_UNI_WORD: "a",
    C.CATEGORY_UNI_NOT_WORD: " ",
    C.CATEGORY_UNI_LINEBREAK: "\n",
    C.CATEGORY_UNI_NOT_LINEBREAK: "a",
}
REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)
OTHER = "a A1 .,-(/:&"  # tried for a negated class: the first one the class accepts


class _Stopped(Exception):
    pass


def _stop(_signum: int, _frame: FrameType | None) -> None:
    raise _Stopped


@dataclass(frozen=True)
class Found:
    """One compiled pattern and where it lives."""

    where: str
    pattern: re.Pattern[str]
    methods: frozenset[str]


def _class_chars(items: list[tuple[Any, Any]]) -> list[str]:
    """A few characters an ``[...]`` class accepts (or, negated, some it does not exclude)."""
    negate = bool(items) and items[0][0] is C.NEGATE
    if negate:
        test = re.compile(P_to_str(items))
        return [c for c in OTHER if test.match(c)][:2]
    out: list[str] = []
    for op, av in items:
        if op is C.LITERAL:
            out.append(chr(av))
        elif op is C.RANGE:
            out.append(chr(av[0]))
        elif op is C.CATEGORY:
            out.append(CATEGORY_SAMPLES.get(av, "a"))
    return out[:4]


def P_to_str(items: list[tuple[Any, Any]]) -> str:  # noqa: N802
    """The class back as regex text (enough for the negated classes we sample)."""
    parts = []
    for op, av in items:
        if op is C.NEGATE:
            parts.append("^")
        elif op is C.LITERAL:
            parts.append(re.escape(chr(av)))
        elif op is C.RANGE:
            parts.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is C.CATEGORY:
            parts.append(
                {
                    C.CATEGORY_DIGIT: r"\d",
                    C.CATEGORY_NOT_DIGIT: r"\D",
                    C.CATEGORY_SPACE: r"\s",
                    C.CATEGORY_NOT_SPACE: r"\S",
                    C.CATEGORY_WORD: r"\w",
                    C.CATEGORY_NOT_WORD: r"\W",
                }.get(av, r"\w")
            )
    return "[" + "".join(parts) + "]"


def samples(seq: Any, limit: int = 4) -> list[str]:
    """Up to ``limit`` short strings the sub-pattern ``seq`` matches (roughly: lookarounds
    and anchors are ignored), one per alternative where it has several."""
    results = [""]
    for op, av in seq:
        options: list[str]
        if op is C.LITERAL:
            options = [chr(av)]
        elif op is C.NOT_LITERAL:
            options = [next((c for c in "a " if ord(c) != av), "b")]
        elif op is C.ANY:
            options = ["a"]
        elif op is C.IN:
            options = _class_chars(av)[:2] or ["a"]
        elif op is C.BRANCH:
            options = [s for branch in av[1] for s in samples(branch, 2)][:limit]
        elif op in (C.SUBPATTERN, C.ATOMIC_GROUP):
            options = samples(av[-1], limit)
        elif op in REPEATS:
            low = av[0]
            body = samples(av[2], limit)
            options = [b * max(low, 1) for b in body] if av[1] else [b * low for b in body]
        else:  # AT, ASSERT, ASSERT_NOT, GROUPREF, ...
            options = [""]
        options = options or [""]
        results = [r + o for r in results for o in options][:limit]
    return results


def runs(seq: Any, prefix: str = "") -> Iterator[tuple[str, list[str]]]:
    """(text leading up to it, samples of its body) for every quantified part of ``seq``."""
    for op, av in seq:
        if op in REPEATS and (av[1] is C.MAXREPEAT or av[1] > 1):
            body = av[2]
            units = samples(body)
            for sub_op, sub_av in body:
                if sub_op is C.IN:
                    units.extend(_class_chars(sub_av))
            yield prefix, [u for u in dict.fromkeys(units) if u]
            yield from runs(body, prefix)
        elif op is C.BRANCH:
            for branch in av[1]:
                yield from runs(branch, prefix)
        elif op in (C.SUBPATTERN, C.ATOMIC_GROUP):
            yield from runs(av[-1], prefix)
        elif op in (C.ASSERT, C.ASSERT_NOT):
            yield from runs(av[1], prefix)
        prefix += (samples([(op, av)], 1) or [""])[0]


def lines(pattern: re.Pattern[str], size: int) -> Iterator[tuple[str, str]]:
    """(description, adversarial line of about ``size`` characters)."""
    seen: set[str] = set()
    for prefix, units in runs(P.parse(pattern.pattern, pattern.flags)):
        for unit in units[:6]:
            for lead in dict.fromkeys(("", prefix)):
                for fail in FAIL:
                    key = f"{lead!r}+{unit!r}*n+{fail!r}"
                    if key in seen:
                        continue
                    seen.add(key)
                    count = max(1, (size - len(lead)) // len(unit))
                    yield key, lead + unit * count + fail


def timed(call: Callable[[], object], limit: float) -> float | None:
    """CPU seconds of ``call``, or None when it ran past ``limit``."""
    start = time.process_time()
    signal.setitimer(signal.ITIMER_VIRTUAL, limit)
    try:
        call()
    except _Stopped:
        return None
    finally:
        signal.setitimer(signal.ITIMER_VIRTUAL, 0)
    return time.process_time() - start


def runner(found: Found, text: str) -> Callable[[], object]:
    pattern = found.pattern
    if found.methods and found.methods <= {"match", "fullmatch"}:
        method = pattern.fullmatch if found.methods == {"fullmatch"} else pattern.match
        return lambda: method(text)
    return lambda: sum(1 for _ in pattern.finditer(text))


def _methods(source: str, name: str) -> frozenset[str]:
    return frozenset(re.findall(rf"\b{re.escape(name)}\.(\w+)\(", source))


def collect(only: str | None) -> list[Found]:
    """Every compiled ``str`` pattern at module level (or one level into a container)."""
    out: dict[tuple[str, int], Found] = {}
    for package_name in PACKAGES:
        package = importlib.import_module(package_name)
        for info in pkgutil.walk_packages(package.__path__, package_name + "."):
            if only and only not in info.name:
                continue
            module = importlib.import_module(info.name)
            try:
                source = Path(module.__file__ or "").read_text(encoding="utf-8")
            except OSError:
                source = ""
            for name, value in vars(module).items():
                values: list[tuple[str, object]] = [(name, value)]
                if isinstance(value, dict):
                    values = [(f"{name}[{k!r}]", v) for k, v in value.items()]
                elif isinstance(value, tuple | list | frozenset):
                    values = [(f"{name}[{i}]", v) for i, v in enumerate(value)]
                for label, item in values:
                    if isinstance(item, re.Pattern) and isinstance(item.pattern, str):
                        key = (item.pattern, item.flags)
                        if key not in out:
                            methods = _methods(source, name) if label == name else frozenset()
                            out[key] = Found(f"{info.name}:{label}", item, methods)
    return list(out.values())


@dataclass
class Result:
    found: Found
    line: str
    seconds: float | None
    exponent: float | None = None


def _fmt(seconds: float | None, limit: float) -> str:
    return f">{limit:g}" if seconds is None else f"{seconds:.4f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=int, default=2000, help="characters of a probe line")
    parser.add_argument("--top", type=int, default=25, help="how many of the slowest to print")
    parser.add_argument("--limit", type=float, default=0.5, help="CPU seconds before a stop")
    parser.add_argument("--slow", type=float, default=0.005, help="seconds that get regrown")
    parser.add_argument("--only", help="only modules whose name contains this")
    args = parser.parse_args()
    signal.signal(signal.SIGVTALRM, _stop)
    patterns = collect(args.only)
    started = time.process_time()
    worst: list[Result] = []
    probes = 0
    for found in patterns:
        best: Result | None = None
        try:
            probe_lines = list(lines(found.pattern, args.size))
        except (re.error, RecursionError, TypeError, ValueError):
            continue
        for desc, text in probe_lines:
            probes += 1
            seconds = timed(runner(found, text), args.limit)
            slower = best is not None and best.seconds is not None
            if best is None or slower and (seconds is None or seconds > (best.seconds or 0)):
                best = Result(found, desc, seconds)
            if seconds is None:  # past the limit: this pattern is found out
                break
        if best is not None:
            worst.append(best)
            if best.seconds is None or best.seconds >= args.slow:  # as found, for long runs
                print(f"slow: {_fmt(best.seconds, args.limit)} {found.where}", file=sys.stderr)
    worst.sort(key=lambda r: -(r.seconds if r.seconds is not None else math.inf))
    for result in worst[: args.top]:
        if result.seconds is not None and result.seconds < args.slow:
            continue
        by_size = {}
        for factor in (0.5, 1, 2):
            size = int(args.size * factor)
            text = dict(lines(result.found.pattern, size))[result.line]
            by_size[size] = timed(runner(result.found, text), args.limit)
        small, big = by_size[args.size // 2], by_size[args.size * 2]
        if small and big and small > 1e-4:
            result.exponent = math.log(big / small, 4)
    print(
        f"{len(patterns)} patterns, {probes} probe lines of {args.size} characters, "
        f"{time.process_time() - started:.1f} CPU s"
    )
    print(f"{'seconds':>9} {'growth':>6}  pattern (where) / worst line")
    for result in worst[: args.top]:
        growth = "" if result.exponent is None else f"n^{result.exponent:.1f}"
        print(f"{_fmt(result.seconds, args.limit):>9} {growth:>6}  {result.found.where}")
        print(f"{'':>17}{result.found.pattern.pattern[:100]!r}")
        print(f"{'':>17}{result.line[:100]}")


if __name__ == "__main__":
    main()
