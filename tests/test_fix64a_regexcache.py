"""The compiled-pattern store (bibcheck.regexcache) holds only what the code fixes and stays
small: a pattern made from a document's text is never written, a module-level pattern's
source is the same in every process (not ordered by the hash seed), several processes
writing at once all land, a damaged store falls back to compiling, a bound evicts the
programs used longest ago, and a process reads only the programs it uses."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from bibcheck import regexcache
from bibcheck.regexcache import ProgramCache

ROOT = Path(__file__).resolve().parent.parent

# a module whose top-level patterns come from a fixed vocabulary, and a function that makes
# one from a document's text at run time (the shapes the readers have)
_MODULE = '''
import re
from bibcheck.lazyre import lazy_compile

WORDS = ("Literaturverzeichnis", "Bibliografia", "Références", "Список литературы")
HEADING = lazy_compile(r"^\\s*(?:" + "|".join(map(re.escape, WORDS)) + r")\\s*$", re.I | re.M)
YEAR = lazy_compile(r"\\((?P<year>1[89]\\d\\d|20\\d\\d)[a-z]?\\)")


def made_from(text):
    """A pattern built from a document's text, as a reader builds one."""
    return lazy_compile(text)
'''

_RUN = """
import json, sys
from re import _parser
parsed = []
original = _parser.parse
def parse(source, *args, **kwargs):
    parsed.append(source)
    return original(source, *args, **kwargs)
_parser.parse = parse
import {module} as m
assert m.HEADING.search("x\\nBibliografia\\n") and m.YEAR.search("(2019a)")
for source in json.loads(sys.argv[1]):
    m.made_from(source).search("Kowalczyk 2019")
print(json.dumps(parsed))
"""


def _write_module(tmp_path: Path, name: str, body: str = _MODULE) -> None:
    (tmp_path / f"{name}.py").write_text(body, encoding="utf-8")


def _env(tmp_path: Path, cache: Path, seed: str = "random") -> dict[str, str]:
    return {
        **os.environ,
        "PYTHONPATH": f"{ROOT}{os.pathsep}{tmp_path}",
        "BIBCHECK_REGEX_CACHE": str(cache),
        "PYTHONHASHSEED": seed,
    }


# patterns a reader builds from what a document says: escaped author names, a list of
# citation labels, an environment's name, a title in another script
DOCUMENT_PATTERNS = [
    re.escape("Kowalczyk-Nakamura, Zofia"),
    r"\[(?:" + "|".join(map(re.escape, ["kowalczyk2019", "nguyen_2021a", "o'brien:2020"])) + r")\]",
    r"\\end\s*+\{" + re.escape("bibliographie-annexe") + r"\}",
    re.escape("Исследование торфяных болот Карелии"),
    r"(?<![\w.])(?P<name>" + re.escape("Organisation mondiale de la santé") + r")\s\(2020\)",
    re.escape("山田太郎・鈴木花子"),
]


@pytest.mark.parametrize("source", DOCUMENT_PATTERNS)
def test_a_pattern_made_from_a_document_is_not_stored(tmp_path: Path, source: str) -> None:
    """A later process making the same patterns parses the document's again (it was not
    stored) and none of the module's (they were)."""
    _write_module(tmp_path, "vocab_doc")
    cache = tmp_path / "cache"

    def parsed() -> list[str]:
        out = subprocess.run(
            [sys.executable, "-c", _RUN.format(module="vocab_doc"), json.dumps([source])],
            env=_env(tmp_path, cache),
            capture_output=True,
            text=True,
            check=True,
            timeout=120,
        )
        sources: list[str] = json.loads(out.stdout.strip().splitlines()[-1])
        return sources

    assert source in parsed()
    assert parsed() == [source]


_SOURCES = """
import gc, importlib, json, pkgutil, sys
import bibcheck
from bibcheck.lazyre import LazyPattern
for info in pkgutil.walk_packages(bibcheck.__path__, "bibcheck."):
    if not info.name.endswith("__main__"):
        importlib.import_module(info.name)
kept = sorted({(p.pattern, p._flags) for p in gc.get_objects() if type(p) is LazyPattern})
json.dump(kept, sys.stdout)
"""


def test_every_module_level_pattern_has_one_source_whatever_the_hash_seed(
    tmp_path: Path,
) -> None:
    """A pattern joined from a set in the set's order had another source in every process
    (strings hash by a random seed), so every process stored another 93 KB program."""

    def sources(seed: str) -> set[tuple[str, int]]:
        out = subprocess.run(
            [sys.executable, "-c", _SOURCES],
            env=_env(tmp_path, tmp_path / "cache", seed),
            capture_output=True,
            text=True,
            check=True,
            timeout=300,
        )
        return {(p, f) for p, f in json.loads(out.stdout)}

    first, second = sources("1"), sources("2")
    assert len(first) > 1000
    differing = sorted(p[:80] for p, _ in first ^ second)
    assert not differing, differing


# a process of its own per module: each imports its module's patterns, uses them, waits
# for the common moment, and exits (its programs written then)
_WRITER = """
import sys, time
import {module} as m
for pattern in m.PATTERNS:
    pattern.search("x")
time.sleep(max(0.0, float(sys.argv[1]) - time.time()))
"""


def _writer_module(index: int) -> str:
    return textwrap.dedent(
        f"""
        from bibcheck.lazyre import lazy_compile
        NAMES = "|".join(f"writer{index}_{{n}}" for n in range(300))
        PATTERNS = [
            lazy_compile(r"(?:" + NAMES + r"|[A-Z][a-z]+" + str(n) + r")\\d{{4}}")
            for n in range(40)
        ]
        """
    )


_READER = """
import json, sys
from re import _parser
count = [0]
original = _parser.parse
def parse(*args, **kwargs):
    count[0] += 1
    return original(*args, **kwargs)
_parser.parse = parse
import importlib
for name in sys.argv[1:]:
    for pattern in importlib.import_module(name).PATTERNS:
        pattern.search("x")
print(json.dumps(count[0]))
"""


def test_processes_writing_at_once_all_land(tmp_path: Path) -> None:
    writers = 6
    for i in range(writers):
        _write_module(tmp_path, f"writer{i}", _writer_module(i))
    cache = tmp_path / "cache"
    moment = str(time.time() + 3.0)
    running = [
        subprocess.Popen(
            [sys.executable, "-c", _WRITER.format(module=f"writer{i}"), moment],
            env=_env(tmp_path, cache),
        )
        for i in range(writers)
    ]
    assert [p.wait(timeout=120) for p in running] == [0] * writers
    out = subprocess.run(
        [sys.executable, "-c", _READER, *(f"writer{i}" for i in range(writers))],
        env=_env(tmp_path, cache),
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    assert json.loads(out.stdout.strip().splitlines()[-1]) == 0  # every program was stored


PATTERN = r"(?P<surname>[A-ZÀ-Þ][a-zß-ÿ]+),\s(?P<initials>(?:[A-Z]\.\s?)+)\s\((?P<year>\d{4})\)"


@pytest.mark.parametrize(
    "damage",
    [
        b"",  # an empty file
        b"\x00\x01garbage" * 100,  # not a store
        b"SQLite format 3\x00" + b"\xff" * 4000,  # a store's header, then nothing readable
    ],
)
def test_a_damaged_store_falls_back_and_is_made_anew(tmp_path: Path, damage: bytes) -> None:
    cache = ProgramCache(tmp_path)
    assert cache.path is not None
    cache.path.write_bytes(damage)
    assert cache.compile(PATTERN, 0) == re.compile(PATTERN)
    cache.save()
    later = ProgramCache(tmp_path)
    assert later.compile(PATTERN, 0) == re.compile(PATTERN)
    assert later.built == 0  # read back from the new store


def test_an_unwritable_directory_falls_back(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    cache = ProgramCache(blocker / "cache")
    assert cache.compile(PATTERN, re.I) == re.compile(PATTERN, re.I)
    cache.save()  # nothing to write to, and no exception


def test_the_bound_evicts_the_programs_used_longest_ago(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Programs of patterns an older version of the code had are never used again: past
    the bound they go first, and the store stops growing."""
    rounds = [[rf"(?:round{r}_{n}|[A-Z][a-z]+)\s\(\d{{4}}\)" for n in range(30)] for r in range(6)]
    now = [1_000_000]
    monkeypatch.setattr(regexcache, "_now", lambda: now[0])
    for sources in rounds:
        now[0] += 100_000  # (a day and more apart)
        cache = ProgramCache(tmp_path, max_bytes=8_000)
        for source in sources:
            cache.compile(source, 0)
        cache.save()
        cache.close()
    last = ProgramCache(tmp_path, max_bytes=8_000)
    for source in rounds[-1]:
        assert last.compile(source, 0) == re.compile(source)
    assert last.built == 0  # the newest are kept
    first = ProgramCache(tmp_path, max_bytes=8_000)
    for source in rounds[0]:
        first.compile(source, 0)
    assert first.built == len(rounds[0])  # the oldest are gone
    assert last.path is not None
    assert last.path.stat().st_size < 20 * 4096  # (a few pages)


_READS = """
import json, sys
from bibcheck import regexcache
unmarshalled = [0]
loads = regexcache.marshal.loads
def counting(data):
    unmarshalled[0] += len(data)
    return loads(data)
regexcache.marshal.loads = counting
import {module} as m
for pattern in m.PATTERNS[: int(sys.argv[1])]:
    pattern.search("x")
print(json.dumps(unmarshalled[0]))
"""


def test_a_later_process_reads_only_the_programs_it_uses(tmp_path: Path) -> None:
    body = textwrap.dedent(
        """
        from bibcheck.lazyre import lazy_compile
        NAMES = [f"name{n}" for n in range(400)]
        PATTERNS = [
            lazy_compile(r"(?:" + "|".join(NAMES[n:] + NAMES[:n]) + r")\\s\\d{4}")
            for n in range(60)
        ]
        """
    )
    _write_module(tmp_path, "many", body)
    cache = tmp_path / "cache"
    fill = "import many\nfor p in many.PATTERNS: p.search('x')\n"
    subprocess.run([sys.executable, "-c", fill], env=_env(tmp_path, cache), check=True)

    def read(used: int) -> int:
        """The bytes of programs a process using ``used`` of the patterns unpacks."""
        out = subprocess.run(
            [sys.executable, "-c", _READS.format(module="many"), str(used)],
            env=_env(tmp_path, cache),
            capture_output=True,
            text=True,
            check=True,
            timeout=120,
        )
        count: int = json.loads(out.stdout.strip().splitlines()[-1])
        return count

    three, all_of_them = read(3), read(60)
    assert 0 < three * 10 < all_of_them  # three programs of sixty, not the whole store
