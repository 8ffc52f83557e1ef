"""Start-up: a command loads only the libraries it uses (fix63l).

Each case runs in a fresh interpreter (``sys.modules`` of this test process is shared
with every other test), runs one command or imports one module, and prints the heavy
third-party packages that were loaded.  The network client (aiohttp), the PostgreSQL
driver and the job queue belong to ``check``, ``archive``, ``verify``, ``run`` and the
fleet commands only; sqlite-utils to commands that open a database; Jinja to the HTML
report; the readers (BeautifulSoup) to commands that read or list documents.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

NETWORK = ("aiohttp", "yarl", "httpx", "requests", "psycopg", "procrastinate")
DATABASE = ("sqlite_utils",)
HTML_REPORT = ("jinja2",)
READERS = ("bs4", "lxml", "charset_normalizer")
WATCHED = NETWORK + DATABASE + HTML_REPORT + READERS

_CHILD = """
import json, sys
{body}
print(json.dumps(sorted({{m.split(".")[0] for m in sys.modules}} & set({watched!r}))))
"""


def _loaded(body: str, cwd: Path | None = None) -> tuple[list[str], str]:
    """The watched packages loaded by ``body`` in a fresh interpreter, and its output."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("BIBCHECK_DB", None)
    done = subprocess.run(
        [sys.executable, "-c", _CHILD.format(body=body, watched=WATCHED)],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    *shown, last = done.stdout.rstrip("\n").split("\n")
    return json.loads(last), "\n".join(shown)


def _main(argv: list[str]) -> str:
    """A child body running the command line, exiting on a non-zero code."""
    return (
        "from bibcheck.cli import main\n"
        f"code = main({argv!r})\n"
        "if code:\n    sys.exit(f'exit code {code}')"
    )


# (arguments, packages that must not be loaded, words the output must show)
HELP_CASES = [
    (["--help"], WATCHED, "Usage: bibcheck"),
    (["ingest", "--help"], WATCHED, "--reader"),
    (["show", "--help"], WATCHED, "--archives"),
    (["check", "--help"], WATCHED, "--per-host"),
    (["archive", "--help"], WATCHED, "--all"),
    (["verify", "--help"], WATCHED, "--mailto"),
    (["report", "--help"], WATCHED, "--fail-on"),
    (["run", "--help"], WATCHED, "--no-check"),
    (["export", "--help"], WATCHED, "bibtex"),
    (["export", "json", "--help"], WATCHED, "--output"),
    (["export", "bibtex", "--help"], WATCHED, "--output"),
    (["export", "csl-json", "--help"], WATCHED, "--output"),
    (["export", "ris", "--help"], WATCHED, "--output"),
    (["db", "--help"], WATCHED, "copy"),
    (["db", "copy", "--help"], WATCHED, "Usage"),
    (["worker", "--help"], WATCHED, "Usage"),
    (["status", "--help"], WATCHED, "Usage"),
    (["readers"], NETWORK + DATABASE + HTML_REPORT, "plain"),
]


@pytest.mark.parametrize(
    ("argv", "absent", "shown"), HELP_CASES, ids=[" ".join(case[0]) for case in HELP_CASES]
)
def test_command_runs_without_unused_libraries(
    argv: list[str], absent: tuple[str, ...], shown: str
) -> None:
    loaded, output = _loaded(_main(argv))
    assert shown in output
    assert not set(loaded) & set(absent), loaded


TWO_ENTRIES = (
    "Notes on field trials\n\n"
    "Yields rose on terraced plots [1]. Later trials disagree [2].\n\n"
    "References\n\n"
    "1. Adeyemi, K. and Ruiz, P. (2014). Terrace farming. Field Crops Research, 160, 12-20.\n"
    "2. Lindqvist, M. (2021). Trial design revisited. Agronomy Journal, 113, 401-415.\n"
)


@pytest.mark.parametrize(
    ("argv", "absent", "present"),
    [
        (["ingest", "two.txt", "--db", "t.db"], NETWORK + HTML_REPORT, ("sqlite_utils",)),
        (["report", "--db", "t.db", "--format", "md,json"], NETWORK + HTML_REPORT, ()),
        (["export", "json", "--db", "t.db"], NETWORK + HTML_REPORT, ()),
        (["show", "--db", "t.db"], NETWORK + HTML_REPORT, ()),
    ],
    ids=["ingest", "report", "export", "show"],
)
def test_offline_commands_leave_the_network_client_unloaded(
    tmp_path: Path, argv: list[str], absent: tuple[str, ...], present: tuple[str, ...]
) -> None:
    (tmp_path / "two.txt").write_text(TWO_ENTRIES, encoding="utf-8")
    if argv[0] != "ingest":  # a stored document to read back
        _loaded(_main(["ingest", "two.txt", "--db", "t.db"]), cwd=tmp_path)
    loaded, output = _loaded(_main(argv), cwd=tmp_path)
    assert not set(loaded) & set(absent), loaded
    assert set(present) <= set(loaded), loaded
    if argv[0] == "export":
        assert "Lindqvist" in output


# (module imported, packages it must not load)
MODULE_CASES = [
    ("bibcheck.archive.settings", NETWORK),
    ("bibcheck.verify.settings", NETWORK),
    ("bibcheck.config", NETWORK + DATABASE),
    ("bibcheck.store", DATABASE + NETWORK),
    ("bibcheck.pipeline", NETWORK + HTML_REPORT),
    ("bibcheck.report", NETWORK + HTML_REPORT),
    ("bibcheck.cli", WATCHED),
]


@pytest.mark.parametrize(("module", "absent"), MODULE_CASES, ids=[m for m, _ in MODULE_CASES])
def test_module_import_is_light(module: str, absent: tuple[str, ...]) -> None:
    loaded, _ = _loaded(f"import {module}")
    assert not set(loaded) & set(absent), loaded


@pytest.mark.parametrize("package", ["bibcheck.archive", "bibcheck.verify"])
def test_lazy_package_names_resolve_to_their_objects(package: str) -> None:
    """Importing the package loads no HTTP client; every public name still resolves to
    the object itself (never a submodule of the same name), after the submodules loaded."""
    body = (
        f"import importlib, pkgutil, types, {package} as pkg\n"
        "before = sorted({m.split('.')[0] for m in sys.modules} & {'aiohttp'})\n"
        "for info in pkgutil.iter_modules(pkg.__path__):\n"
        "    importlib.import_module(f'{pkg.__name__}.{info.name}')\n"
        "for name in pkg.__all__:\n"
        "    value = getattr(pkg, name)\n"
        "    assert not isinstance(value, types.ModuleType), name\n"
        "    home = getattr(pkg, '_HOMES', {}).get(name)\n"
        "    if home is not None:\n"
        "        assert value is getattr(sys.modules[f'{pkg.__name__}.{home}'], name), name\n"
        "try:\n    pkg.no_such_name\nexcept AttributeError:\n    pass\n"
        "else:\n    sys.exit('no AttributeError')\n"
        "print(json.dumps(before))"
    )
    _, output = _loaded(body)
    assert json.loads(output) == []
