"""Corpus lines with one of their segments repeated: a fuzz for work that grows too fast.

A pattern whose parts can share a run of text in many ways takes time that grows with
the square of the run, or exponentially, when the match finally fails; the growth checks
of single patterns (tests/test_regex_growth*.py) find it only for the texts someone
thought of.  Real lines with a piece of themselves repeated reach the shapes the readers
meet: a note whose author list, imprint or run of years repeats goes through the same
patterns again and again, and twice as many repeats must cost about twice the work.
Twice, round 79 and 80 found a pattern this way that took exponential time
(``series``'s ``des``, ``title_first``'s family names).

:func:`corpus_lines` gives the lines of every corpus document that look like a
reference (a year, 40 to 300 characters); :func:`segments` the pieces a line is repeated
by (one from its middle, its last); :func:`growth` the work of reading a line with a
segment repeated ``big`` times over the work with it repeated ``small`` times, counted in
steps (tests/worksteps.py), or None when the bigger text ran past the step limit.
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from bibcheck.parse.references import parse_reference
from tests.growth import FLOOR
from tests.worksteps import steps

ROOT = Path(__file__).resolve().parent
_SUFFIXES = (".md", ".txt", ".tex", ".bib", ".html", ".htm", ".rst", ".org", ".wiki", ".adoc")
_SUFFIXES += (".typ", ".Rmd", ".qmd", ".markdown", ".mediawiki", ".json")
_YEAR = re.compile(r"\d{4}")
_CUT = re.compile(r"(?<=[,.;:]) ")
_SHORTEST, _LONGEST = 40, 300


@dataclass(frozen=True, slots=True)
class Line:
    """A line of a corpus document: its ``text`` and where it is (``place``, for a test id)."""

    text: str
    place: str

    @property
    def digest(self) -> str:
        """A stable hash of the text: a sample taken by it stays the same as corpora grow."""
        return hashlib.sha1(self.text.encode()).hexdigest()


def _documents() -> Iterator[Path]:
    for root in sorted(ROOT.glob("corpus*")) + sorted(ROOT.glob("heldout*")):
        if root.is_dir() and root.name != "corpus_build":
            for path in sorted(root.rglob("*")):
                if path.suffix in _SUFFIXES and path.name not in ("meta.json", "README.md"):
                    if not path.name.endswith(".key.json") and "_src" not in path.parts:
                        yield path


def corpus_lines() -> list[Line]:
    """Every distinct corpus line that looks like a reference, in a stable order."""
    seen: dict[str, Line] = {}
    for path in _documents():
        try:
            text = path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue
        for number, raw in enumerate(text.splitlines(), 1):
            line = raw.strip()
            if _SHORTEST < len(line) < _LONGEST and _YEAR.search(line) and line not in seen:
                seen[line] = Line(line, f"{path.relative_to(ROOT)}:{number}")
    return sorted(seen.values(), key=lambda line: line.digest)


def segments(text: str) -> tuple[str, ...]:
    """The pieces ``text`` is repeated by: the middle one and the last of its pieces cut
    after punctuation (``"A, B. C."`` → ``("B.", "C.")``), each once."""
    parts = [part for part in _CUT.split(text) if part]
    return tuple(dict.fromkeys((parts[len(parts) // 2], parts[-1])))


def repeated(text: str, segment: str, times: int) -> str:
    """``text`` with ``segment`` repeated ``times`` times after it."""
    return f"{text} " + f"{segment} " * times


def growth(text: str, segment: str, note: bool, small: int, big: int, limit: int) -> float | None:
    """The steps of reading ``text`` with ``segment`` repeated ``big`` times over those with it
    repeated ``small`` times (as a note when ``note``, else as a list entry); None when the
    bigger text ran past ``limit`` steps."""
    read = functools.partial(parse_reference, line_starts=[0], note=note)
    few = steps(read, repeated(text, segment, small), limit=limit)
    many = steps(read, repeated(text, segment, big), limit=limit)
    if many is None:
        return None
    return many / max(few or limit, FLOOR)
