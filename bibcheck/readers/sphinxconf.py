"""A Sphinx ``conf.py`` read as text, with the files it runs from its folder.

Sphinx runs ``conf.py`` as Python; bibcheck never runs it, it reads the settings it needs
(``bibtex_bibfiles``, ``exclude_patterns``) from its text.  Large projects split their
configuration over several files that ``conf.py`` runs: ``exec`` of each file of a
``conf/`` folder, ``exec(open("settings.py").read())``, ``runpy.run_path(...)``, ``from
conf_parts import *``.  Those files are read too, as text, in the order ``conf.py``
names them (at most :data:`MAX_FILES` files, :data:`MAX_DEPTH` steps from ``conf.py``,
only files inside ``conf.py``'s folder):

* a module imported by name (``import x``, ``from x import *``, ``from .x import y``)
  whose file is ``x.py`` or ``x/__init__.py`` in that folder;
* in a file that runs other files (``exec``, ``run_path``, ``exec_module``,
  ``execfile``), each string naming a ``.py`` file there, a folder there (its ``.py``
  files in name order: ``os.listdir`` of ``"conf"``) or a glob pattern (``"conf/*.py"``).

A setting is taken from the first file read that sets it (``conf.py`` first).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from bibcheck.errors import InputError
from bibcheck.lazyre import lazy_compile
from bibcheck.readers.decode import read_regular_file

__all__ = [
    "MAX_DEPTH",
    "MAX_FILES",
    "ConfSetting",
    "conf_setting",
    "conf_string",
    "followed",
    "lone_bib",
    "setting_string",
]

MAX_FILES = 40  # files read at most, conf.py included
MAX_DEPTH = 2  # steps from conf.py (conf.py -> helper module -> the files it runs)
_CONF_BYTES = 1024 * 1024

_IMPORT = lazy_compile(
    r"^[ \t]*(?:from[ \t]+\.?(?P<from>[A-Za-z_]\w*)|import[ \t]+(?P<imp>[A-Za-z_]\w*))", re.M
)
_RUNS = lazy_compile(r"\b(?:exec|execfile|run_path|exec_module|spec_from_file_location)\s*\(")
_STRING = lazy_compile(r"[rR]?(?P<q>[\"'])(?P<value>[^\"'\n\\]{1,200})(?P=q)")
_COMMENT = lazy_compile(r"#[^\n]*")


@dataclass(frozen=True, slots=True)
class ConfSetting:
    """A list setting and the file that sets it."""

    values: list[str]
    where: Path  # conf.py, or the file conf.py runs that sets it


def followed(text: str) -> tuple[list[str], list[str]]:
    """What a configuration file's text names for reading: the modules it imports (first
    name of each), and -- when it runs files -- the strings it holds that may name files,
    folders or glob patterns (in the order written)."""
    code = _COMMENT.sub("", text)
    modules = [m.group("from") or m.group("imp") for m in _IMPORT.finditer(code)]
    strings = [m.group("value") for m in _STRING.finditer(code)] if _RUNS.search(code) else []
    return modules, strings


def _inside(path: Path, root: Path) -> bool:
    try:
        path.resolve().relative_to(root)
    except ValueError:
        return False
    return True


def _named_files(folder: Path, root: Path, modules: list[str], strings: list[str]) -> list[Path]:
    """The files of ``root`` that ``modules`` and ``strings`` name, relative to ``folder``."""
    found: list[Path] = []
    for module in modules:
        for candidate in (folder / f"{module}.py", folder / module / "__init__.py"):
            if candidate.is_file():
                found.append(candidate)
                break
    for value in strings:
        value = value.strip()
        if not value or value.startswith(("/", "~")) or "\x00" in value:
            continue
        if any(c in value for c in "*?["):
            if value.endswith(".py"):
                found += sorted(p for p in folder.glob(value) if p.is_file())
            continue
        candidate = folder / value
        if value.endswith(".py") and candidate.is_file():
            found.append(candidate)
        elif candidate.is_dir() and candidate.resolve() != root:
            found += sorted(p for p in candidate.glob("*.py") if p.is_file())
    return [p for p in found if _inside(p, root)]


def _read(path: Path) -> str | None:
    try:  # a regular file only, size checked while reading
        return read_regular_file(path, _CONF_BYTES).decode("utf-8", "replace")
    except InputError:
        return None


def conf_texts(conf: Path) -> list[tuple[Path, str]]:
    """``conf.py``'s text, then the texts of the files it runs (see the module doc)."""
    root = conf.parent.resolve()
    out: list[tuple[Path, str]] = []
    seen: set[Path] = set()
    queue: list[tuple[Path, int]] = [(conf, 0)]
    while queue and len(out) < MAX_FILES:
        path, depth = queue.pop(0)
        key = path.resolve()
        if key in seen:
            continue
        seen.add(key)
        text = _read(path)
        if text is None:
            continue
        out.append((path, text))
        if depth < MAX_DEPTH:
            modules, strings = followed(text)
            named = _named_files(conf.parent, root, modules, strings)
            queue += [(p, depth + 1) for p in named]
    return out


def setting_list(text: str, setting: str) -> list[str] | None:
    """The strings of a list setting in a configuration file's text (``bibtex_bibfiles =
    ["refs.bib"]``); None when the text does not set it."""
    found = re.search(rf"\b{re.escape(setting)}\s*=\s*[\[(]([^\])]*)[\])]", text)
    if found is None:
        return None
    return re.findall(r"[\"']([^\"']+)[\"']", found.group(1))


def setting_string(text: str, setting: str) -> str | None:
    """The string a configuration file's text sets ``setting`` to (``bibtex_default_style
    = "unsrt"``); None when the text does not set it so."""
    code = _COMMENT.sub("", text)
    found = re.search(
        rf"^[ \t]*{re.escape(setting)}[ \t]*=[ \t]*[rR]?[\"']([^\"'\n]{{1,200}})[\"']", code, re.M
    )
    return found.group(1).strip() if found else None


def conf_string(conf: Path, setting: str) -> str | None:
    """A string setting of ``conf.py`` or of a file it runs; None when none sets it."""
    for _, text in conf_texts(conf):
        value = setting_string(text, setting)
        if value is not None:
            return value
    return None


def conf_setting(conf: Path, setting: str) -> ConfSetting | None:
    """A list setting of ``conf.py`` or of a file it runs; None when none sets it."""
    for path, text in conf_texts(conf):
        values = setting_list(text, setting)
        if values is not None:
            return ConfSetting(values, path)
    return None


def lone_bib(conf: Path) -> Path | None:
    """The one ``.bib`` file in ``conf.py``'s folder, if there is exactly one."""
    try:
        bibs = [p for p in conf.parent.glob("*.bib") if p.is_file()]
    except OSError:
        return None
    return bibs[0] if len(bibs) == 1 else None
