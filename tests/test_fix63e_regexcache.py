"""Compiled-pattern programs kept on disk (bibcheck.regexcache): a pattern built from a
stored program is the pattern re.compile makes, a later process parses no source, and a
damaged or switched-off cache only falls back to compiling."""

from __future__ import annotations

import gc
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from bibcheck.lazyre import LazyPattern
from bibcheck.regexcache import ProgramCache, cache_dir

ROOT = Path(__file__).resolve().parent.parent

# (source, flags): the shapes the parsers' patterns have
PATTERNS = [
    (r"(?P<surname>[A-ZÀ-ÖØ-ÞĀĂĄĆ][a-zß-öø-ÿāăąć]+),\s(?P<initials>(?:[A-Z]\.\s?)+)", 0),
    (r"(?<![\d./-])(1[5-9]\d\d|20\d\d)(?![\d/])", 0),
    (r"^\s*(?:references|bibliographie|literatur|список литературы)\s*$", re.I | re.M),
    (r"(?i)\bvol\.\s?(\d+)(?-i:[A-Z])?", 0),
    (r"(?x) \( (?P<year> \d{4} ) [a-z]? \)  # a year in parentheses", 0),
    (r"[\u3040-\u30ff\u4e00-\u9fff]+", 0),
    (r"\d+", re.A),
    (r"(?s)<sup>(.*?)</sup>", 0),
    (r"(?:Mac|Mc|O['’])?[A-Z][a-z]++(?:-[A-Z][a-z]++)?", 0),
    (r"(a)|(?P<b>b)|(?(1)c|d)", 0),
    (r"(?:" + "|".join(f"word{n}" for n in range(300)) + r")\b", 0),
]
SAMPLES = [
    "Smith, J. A. 2019",
    "REFERENCES",
    "vol. 12B",
    "(2020a)",
    "鈴木一郎",
    "٣ 42",
    "x<sup>1</sup>",
]


def _warm(directory: Path, patterns: list[tuple[str, int]]) -> None:
    cache = ProgramCache(directory)
    for source, flags in patterns:
        cache.compile(source, flags)
    cache.save()


@pytest.mark.parametrize(("source", "flags"), PATTERNS)
def test_a_stored_program_makes_the_pattern_re_compile_makes(
    tmp_path: Path, source: str, flags: int
) -> None:
    _warm(tmp_path, [(source, flags)])
    later = ProgramCache(tmp_path)
    stored = later.compile(source, flags)
    assert later.built == 0  # read from the file, not parsed
    fresh = re.compile(source, flags)
    assert stored == fresh  # (same source, flags and compiled code)
    assert (stored.flags, stored.groups, stored.groupindex) == (
        fresh.flags,
        fresh.groups,
        fresh.groupindex,
    )
    for text in SAMPLES:
        found, expected = stored.search(text), fresh.search(text)
        assert (found and (found.span(), found.groups())) == (
            expected and (expected.span(), expected.groups())
        )


def test_every_parser_pattern_is_rebuilt_unchanged(tmp_path: Path) -> None:
    """The programs of the patterns a manuscript parse can use, read back in a new cache."""
    import bibcheck.manuscript  # noqa: F401 (its import creates the readers' and parsers' patterns)

    lazy = [obj for obj in gc.get_objects() if type(obj) is LazyPattern]
    keys = sorted({(p.pattern, p._flags) for p in lazy})
    assert len(keys) > 1000
    _warm(tmp_path, keys)
    later = ProgramCache(tmp_path)
    for source, flags in keys:
        assert later.compile(source, flags) == re.compile(source, flags), source[:80]
    assert later.built == 0


@pytest.mark.parametrize(
    "damage",
    [
        b"",  # an empty file (a write cut short)
        b"\x00\x01garbage",  # not marshal data
        b"N",  # marshal data, not a table
    ],
)
def test_a_damaged_file_falls_back_to_compiling(tmp_path: Path, damage: bytes) -> None:
    cache = ProgramCache(tmp_path)
    assert cache.path is not None
    cache.path.write_bytes(damage)
    source, flags = PATTERNS[0]
    assert cache.compile(source, flags) == re.compile(source, flags)
    assert cache.built == 1
    cache.save()  # and the file is whole again
    later = ProgramCache(tmp_path)
    assert later.compile(source, flags) == re.compile(source, flags)
    assert later.built == 0


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"BIBCHECK_REGEX_CACHE": "off"}, None),
        ({"BIBCHECK_REGEX_CACHE": "0"}, None),
        ({"BIBCHECK_REGEX_CACHE": "/srv/cache/re"}, Path("/srv/cache/re")),
        ({"XDG_CACHE_HOME": "/home/u/.xdg"}, Path("/home/u/.xdg/bibcheck")),
    ],
)
def test_cache_directory(
    monkeypatch: pytest.MonkeyPatch, environ: dict[str, str], expected: Path | None
) -> None:
    monkeypatch.delenv("BIBCHECK_REGEX_CACHE", raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    for key, value in environ.items():
        monkeypatch.setenv(key, value)
    assert cache_dir() == expected


def test_switched_off_writes_nothing(tmp_path: Path) -> None:
    cache = ProgramCache(None)
    source, flags = PATTERNS[1]
    assert cache.compile(source, flags) == re.compile(source, flags)
    cache.save()
    assert list(tmp_path.iterdir()) == []


_PARSE = """
import json, sys
from re import _parser
from bibcheck.manuscript import parse_file
count = [0]
original = _parser.parse
def parse(*args, **kwargs):
    count[0] += 1
    return original(*args, **kwargs)
_parser.parse = parse
document = parse_file(sys.argv[1])
print(json.dumps({"parsed": count[0], "document": repr(document)}))
"""

DOCUMENTS = {
    "entries.txt": (
        "Coastal erosion accelerated after 1990 [1], as dune surveys show [2].\n\n"
        "References\n\n"
        "1. Haddad, R. and Lindqvist, P. (2014). Shoreline retreat on sandy coasts. Marine"
        " Geology, 355, 12-25.\n"
        "2. Moreau, C. (2021). Dune surveys with drones. Coastal Engineering, 170, 104-119.\n"
    ),
    "notes.md": (
        "# Mills\n\nThe mill closed in 1911.[^1]\n\n"
        "[^1]: Ann Price, *Water and Wheels* (Leeds: Northern Press, 1999), 212.\n"
    ),
}


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_a_later_process_parses_no_pattern_source_and_reads_the_same(
    tmp_path: Path, name: str
) -> None:
    path = tmp_path / name
    path.write_text(DOCUMENTS[name], encoding="utf-8")

    def run(cache: str) -> dict[str, object]:
        env = {**os.environ, "PYTHONPATH": str(ROOT), "BIBCHECK_REGEX_CACHE": cache}
        out = subprocess.run(
            [sys.executable, "-c", _PARSE, str(path)],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
        result: dict[str, object] = json.loads(out.stdout.strip().splitlines()[-1])
        return result

    uncached = run("off")
    first = run(str(tmp_path / "cache"))
    later = run(str(tmp_path / "cache"))
    assert uncached["document"] == first["document"] == later["document"]
    assert isinstance(uncached["parsed"], int) and isinstance(later["parsed"], int)
    # (what is left: patterns compiled outside lazy_compile, in the functions' own calls)
    assert later["parsed"] * 5 < uncached["parsed"]
