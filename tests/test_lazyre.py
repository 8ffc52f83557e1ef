"""Patterns compiled on first use (bibcheck.lazyre): they match as re's do, compile only
when used, and importing the command line compiles few of the parsers' patterns."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from bibcheck.lazyre import LazyPattern, Regex, lazy_compile

ROOT = Path(__file__).resolve().parent.parent

Call = Callable[[Regex], Any]


def _groups(m: re.Match[str] | None) -> object:
    return None if m is None else (m.span(), m.groups(), m.groupdict())


CASES: list[tuple[str, int, str, Call]] = [
    (r"(?P<y>\d{4})", 0, "search", lambda p: _groups(p.search("in 1999 and 2001"))),
    (r"(?P<y>\d{4})", 0, "search-pos", lambda p: _groups(p.search("in 1999 and 2001", 5))),
    (r"\d+", 0, "search-endpos", lambda p: _groups(p.search("ab 12345", 0, 5))),
    (r"ab", re.I, "match-flags", lambda p: _groups(p.match("ABc"))),
    (r"ab", 0, "match-none", lambda p: _groups(p.match("xab"))),
    (r"a.c", re.S, "fullmatch-dotall", lambda p: _groups(p.fullmatch("a\nc"))),
    (r"(\w)(\d)", 0, "finditer", lambda p: [_groups(m) for m in p.finditer("a1 b2 c3")]),
    (r"(\w)(\d)", 0, "findall", lambda p: p.findall("a1 b2 c3")),
    (r"[,;]\s*", 0, "split", lambda p: p.split("a, b;c", 1)),
    (r"(\d)", 0, "sub-template", lambda p: p.sub(r"<\1>", "a1b22", 2)),
    (r"\d", 0, "sub-callable", lambda p: p.sub(lambda m: str(int(m[0]) * 2), "a1b4")),
    (r"\d", 0, "subn", lambda p: p.subn("#", "1a2")),
    (r"^x$", re.M, "multiline", lambda p: p.findall("x\ny\nx")),
    (r"(?P<a>.)(?P<b>.)", 0, "groups", lambda p: (p.groups, dict(p.groupindex))),
    (r"a", re.I | re.M, "flags", lambda p: p.flags),
]


@pytest.mark.parametrize(
    ("source", "flags", "call"), [pytest.param(s, f, c, id=i) for s, f, i, c in CASES]
)
def test_a_lazy_pattern_answers_as_a_compiled_one(source: str, flags: int, call: Call) -> None:
    assert call(lazy_compile(source, flags)) == call(re.compile(source, flags))


def test_it_compiles_on_first_use_not_before() -> None:
    broken = lazy_compile(r"(unclosed")  # re.compile would raise here
    assert broken.pattern == "(unclosed"
    with pytest.raises(re.error):
        broken.search("x")


def test_it_compiles_once() -> None:
    lazy = lazy_compile(r"\d+")
    assert lazy.compiled is lazy.compiled
    found = lazy.search("a12")
    assert found is not None and found.re is lazy.compiled


@pytest.mark.parametrize(
    ("given", "flags", "source", "expected_flags"),
    [
        pytest.param(re.compile("ab", re.I), 0, "ab", re.compile("ab", re.I).flags, id="compiled"),
        pytest.param(lazy_compile("ab", re.I), 0, "ab", re.compile("ab", re.I).flags, id="lazy"),
        pytest.param(lazy_compile("ab"), re.M, "ab", re.compile("ab", re.M).flags, id="lazy+flag"),
        pytest.param("ab", re.S, "ab", re.compile("ab", re.S).flags, id="string"),
    ],
)
def test_a_pattern_given_is_taken_with_its_flags(
    given: str | Regex, flags: int, source: str, expected_flags: int
) -> None:
    lazy = lazy_compile(given, flags)
    assert isinstance(lazy, LazyPattern)
    assert (lazy.pattern, lazy.flags) == (source, expected_flags)


def test_patterns_join_by_their_source_without_compiling() -> None:
    year = lazy_compile(r"\d{4}")
    both = lazy_compile(rf"\({year.pattern}\)")
    assert both.fullmatch("(2020)") is not None


_COUNT_COMPILES = """
import json, re, sys
compiled = []
original = re.compile
def counting(pattern, flags=0):
    caller = sys._getframe(1)
    if caller.f_code.co_filename.endswith("lazyre.py"):
        caller = caller.f_back.f_back
    name = caller.f_code.co_filename
    if "/bibcheck/" in name and "site-packages" not in name:
        compiled.append(name.rsplit("/bibcheck/", 1)[1] + ":" + str(caller.f_lineno))
    return original(pattern, flags)
re.compile = counting
import bibcheck.cli
print(json.dumps(compiled))
"""


def test_importing_the_command_line_compiles_few_of_the_parsers_patterns() -> None:
    """Before patterns were compiled lazily, ``import bibcheck.cli`` compiled some 2,400 of
    bibcheck's patterns (five seconds of CPU, paid by ``--help``, ``check`` and every fleet
    worker).  What is left are a few small tables built at import."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run(
        [sys.executable, "-c", _COUNT_COMPILES],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        check=True,
        timeout=300,
    )
    compiled: list[str] = json.loads(out.stdout.strip().splitlines()[-1])
    assert len(compiled) <= 150, f"{len(compiled)} patterns compiled at import: {compiled[:40]}"
