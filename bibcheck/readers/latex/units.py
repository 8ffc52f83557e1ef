"""Parts of a LaTeX document that have a bibliography of their own.

An edited volume or a thesis by publication gives each chapter its own reference list,
and a citation is resolved in the list of its own part:

* ``chapterbib``: every ``\\include``d file (and every ``\\cbinput`` one, or a ``cbunit``
  environment) is a unit, whether its list is a ``thebibliography`` written in it or
  the ``.bbl`` BibTeX wrote for it;
* ``bibunits``: a ``bibunit`` environment;
* biblatex: a ``refsection`` environment (over a ``.bib`` its keys name the same works
  everywhere; with a ``thebibliography`` written in it, its own list).

A position belongs to the innermost unit around it, or to none (the front matter of a
volume: its citations resolve in any list).  Nothing here reads text: the units are spans
of the combined source (:mod:`.source`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from bibcheck.lazyre import lazy_compile
from bibcheck.readers.latex.lists import Item
from bibcheck.readers.latex.source import Source

_CHAPTERBIB = lazy_compile(r"\\usepackage\s*(?:\[[^\]]*\])?\s*\{[^{}]*\bchapterbib\b[^{}]*\}")
_INCLUDED = lazy_compile(r"\\(?:include|cbinput)\s*\{([^{}]+)\}")
_ENVIRONMENTS = ("refsection", "bibunit", "cbunit")


@dataclass(frozen=True, slots=True)
class Unit:
    start: int
    end: int
    name: str  # as the user knows it: the file, or "refsection at line 12"


def find_units(
    src: Source, preamble: str, main: str, main_dir: Path, start: int, stop: int
) -> list[Unit]:
    """The units between ``start`` and ``stop``; ``main`` is the main file as written (its
    ``\\include`` commands), ``preamble`` the preamble (is chapterbib loaded?)."""
    units = _environments(src, start, stop)
    if _CHAPTERBIB.search(preamble):
        units.extend(_included(src, main, main_dir, start, stop))
    return sorted(units, key=lambda u: (u.start, -u.end))


def unit_of(units: Sequence[Unit], pos: int) -> Unit | None:
    """The innermost unit holding ``pos``."""
    best: Unit | None = None
    for unit in units:
        if unit.start <= pos < unit.end and (
            best is None or unit.end - unit.start < best.end - best.start
        ):
            best = unit
    return best


def _environments(src: Source, start: int, stop: int) -> list[Unit]:
    found: list[Unit] = []
    for name in _ENVIRONMENTS:
        begin = re.compile(rf"\\begin\s*\{{{name}\}}")
        end = re.compile(rf"\\end\s*\{{{name}\}}")
        pos = start
        while (m := begin.search(src.text, pos, stop)) is not None:
            close = end.search(src.text, m.end(), stop)
            finish = close.end() if close else stop
            found.append(Unit(m.start(), finish, f"{name} at line {src.line(m.start())}"))
            pos = finish
    return found


def _included(src: Source, main: str, main_dir: Path, start: int, stop: int) -> list[Unit]:
    """The spans of the ``\\include``d files (with what they ``\\input`` in turn)."""
    wanted: set[Path] = set()
    for m in _INCLUDED.finditer(main):
        name = m.group(1).strip()
        for option in (name + ".tex", name):
            try:
                wanted.add((main_dir / option).resolve())
            except OSError:
                continue
    files = {
        k
        for k, path in enumerate(src.paths)
        if k and path is not None and _resolved(path) in wanted
    }
    if not files:
        return []
    units: list[Unit] = []
    current: int | None = None
    begun = start
    pos = start
    while pos < stop:
        index = src.file_index(pos)
        if index in files and index != current:
            if current is not None:
                units.append(Unit(begun, pos, src.names[current]))
            current, begun = index, pos
        elif index == 0 and current is not None:
            units.append(Unit(begun, pos, src.names[current]))
            current = None
        nl = src.text.find("\n", pos, stop)
        pos = stop if nl < 0 else nl + 1
    if current is not None:
        units.append(Unit(begun, stop, src.names[current]))
    return units


def _resolved(path: Path) -> Path | None:
    try:
        return path.resolve()
    except OSError:
        return None


@dataclass(frozen=True, slots=True)
class Scoped:
    """The ``\\bibitem`` labels of each unit that has a list of its own: the key as written
    in the first unit that lists it, ``k.key`` in a later one (``k``: the unit's place among
    the units with a list), so entries of different chapters stay apart when their keys
    are equal (two chapters' ``rose2011`` may be two different works)."""

    labels: dict[Unit, dict[str, str]]  # unit -> key -> label
    listed: dict[str, list[str]]  # key -> names of the units listing it

    def label(self, unit: Unit | None, key: str) -> str | None:
        """The label a citation of ``key`` in ``unit`` resolves to; None when the unit has
        a list of its own that lacks the key; the key itself outside the units."""
        own = self.labels.get(unit) if unit is not None else None
        if own is None:
            return key
        return own.get(key)


def scope_items(units: Sequence[Unit], items: Sequence[Item]) -> tuple[list[Item], Scoped] | None:
    """Items labelled by their unit, when two or more units have lists of their own."""
    by_unit: dict[Unit, list[Item]] = {}
    for item in items:
        unit = unit_of(units, item.at) if item.at >= 0 else None
        if unit is not None:
            by_unit.setdefault(unit, []).append(item)
    if len(by_unit) < 2:
        return None
    order = {unit: k for k, unit in enumerate(sorted(by_unit, key=lambda u: u.start), start=1)}
    first: dict[str, Unit] = {}
    labels: dict[Unit, dict[str, str]] = {unit: {} for unit in by_unit}
    listed: dict[str, list[str]] = {}
    relabelled: list[Item] = []
    for item in items:
        unit = unit_of(units, item.at) if item.at >= 0 else None
        if unit is None:
            relabelled.append(item)
            continue
        key = item.label
        if key in labels[unit]:  # a key listed twice in one list: the first one is cited
            relabelled.append(item)
            continue
        home = first.setdefault(key, unit)
        label = key if home == unit else f"{order[unit]}.{key}"
        labels[unit][key] = label
        listed.setdefault(key, []).append(unit.name)
        relabelled.append(replace(item, label=label))
    return relabelled, Scoped(labels, listed)
