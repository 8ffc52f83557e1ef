"""Citation targets a Sphinx page cites from the other pages of its project.

docutils citations are global in a Sphinx project: a chapter may cite ``[Box1970]_``
whose target ``.. [Box1970] …`` stands on another page, most often the book's
bibliography page (Sphinx links them; sphinxcontrib-bibtex is not involved).  When a
page cites labels it does not define and a ``conf.py`` stands beside it or above it
(the project's root, as for ``bibtex_bibfiles``), the project's other ``.rst`` pages are
read: in path order, hidden folders, ``_build`` and the folders and pages matching
``exclude_patterns`` left out, at most :data:`MAX_FILES` pages and :data:`MAX_BYTES` in
all.  What one page defines and cites is read by the caller (the rst reader's own scan).

The pages that define a label the document cites are its literature: all their citation
targets, with their own lines (lines of that page, as for a ``.bib`` file).  The labels
the other pages cite are kept too: an entry of a shared bibliography page that this page
does not cite is cited by another page, not uncited.  A bound reached is said (a
``limit-reached`` anomaly), and then no entry can be known uncited.
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from bibcheck.errors import InputError
from bibcheck.model import Anomaly, AnomalyCode, RawNote
from bibcheck.readers.decode import read_regular_file
from bibcheck.readers.rstautodoc import autodoc_names, module_file, source_cites
from bibcheck.readers.sphinxconf import conf_setting

__all__ = ["MAX_BYTES", "MAX_FILES", "Page", "ProjectTargets", "find_conf", "project_targets"]

MAX_FILES = 400  # pages read at most
MAX_BYTES = 20 * 1024 * 1024  # bytes read at most, all pages together
MAX_FOLDERS = 2000  # folders walked at most
MAX_LEVELS = 3  # folders above the page's own where conf.py is looked for
_PAGE_BYTES = 5 * 1024 * 1024
_SUFFIXES = (".rst", ".rest")
_SKIPPED_FOLDERS = frozenset({"_build", "node_modules", "__pycache__", "site-packages"})


@dataclass(frozen=True, slots=True)
class Page:
    """What one page holds for the lookup."""

    targets: tuple[RawNote, ...]  # its citation targets (labels as written, its own lines)
    cited: frozenset[str]  # the citation labels it cites, case-folded


@dataclass(frozen=True, slots=True)
class ProjectTargets:
    """The targets found for the labels a page cites without defining them."""

    found: dict[str, RawNote]  # case-folded label -> its target
    # the pages holding a found target: name relative to the document's folder, all targets
    pages: list[tuple[str, tuple[RawNote, ...]]]
    cited: frozenset[str]  # labels the other pages read cite, case-folded
    complete: bool  # every page of the project was read
    anomalies: list[Anomaly]


def find_conf(folder: Path) -> Path | None:
    """The Sphinx ``conf.py`` in ``folder`` or in one of the :data:`MAX_LEVELS` above it."""
    for candidate in [folder, *list(folder.parents)[:MAX_LEVELS]]:
        conf = candidate / "conf.py"
        if conf.is_file():
            return conf
    return None


def project_targets(
    document: Path,
    wanted: dict[str, tuple[str, int]],
    read_page: Callable[[str], Page],
) -> ProjectTargets | None:
    """Look the citation labels ``wanted`` (case-folded label -> label as cited, line of
    its first citation) up in the other pages of the document's Sphinx project; None
    when the document is in no Sphinx project."""
    folder = document.resolve().parent
    conf = find_conf(folder)
    if conf is None:
        return None
    root = conf.parent
    found: dict[str, RawNote] = {}
    pages: list[tuple[str, tuple[RawNote, ...]]] = []
    cited: set[str] = set()
    read_files = 0
    read_bytes = 0
    skipped: list[str] = []
    stopped = False
    documented = _own_autodoc(document)
    for path in _pages(root, _exclude_patterns(conf), document.resolve()):
        if path is None:  # too many folders
            stopped = True
            break
        try:
            size = path.stat().st_size
        except OSError:
            skipped.append(path.name)
            continue
        if read_files >= MAX_FILES or read_bytes + size > MAX_BYTES:
            stopped = True
            break
        try:
            data = read_regular_file(path, _PAGE_BYTES)
        except InputError:
            skipped.append(path.name)
            continue
        read_files += 1
        read_bytes += len(data)
        page_text = data.decode("utf-8", "replace")
        documented |= autodoc_names(page_text)
        page = read_page(page_text)
        cited.update(page.cited)
        name = os.path.relpath(path, folder)
        targets = tuple(replace(t, file=name) for t in page.targets)  # lines of that page
        holds = False
        for target in targets:
            key = target.label.casefold()
            if key in wanted and key not in found:
                found[key] = target
                holds = True
        if holds:
            pages.append((name, targets))
    unfound = [wanted[k] for k in wanted if k not in found]
    anomalies = []
    if stopped or (skipped and unfound):
        anomalies.append(_bound(conf, folder, read_files, stopped, skipped, unfound))
    modules = _ModuleCites()
    if not stopped:
        modules = _module_cites(documented, [root, *list(root.parents)[:MAX_LEVELS]])
        cited.update(modules.cited)
        if modules.unread:
            anomalies.append(_modules_unread(modules.unread))
    complete = not stopped and not skipped and not modules.unread
    return ProjectTargets(found, pages, frozenset(cited), complete, anomalies)


@dataclass(slots=True)
class _ModuleCites:
    """What the Python modules documented by autodoc cite."""

    cited: set[str] = field(default_factory=set)  # labels, case-folded
    unread: list[str] = field(default_factory=list)  # names whose module was not read


def _own_autodoc(document: Path) -> set[str]:
    """The names the document's own autodoc directives document."""
    try:
        data = read_regular_file(document, _PAGE_BYTES)
    except InputError:
        return set()
    return set(autodoc_names(data.decode("utf-8", "replace")))


def _module_cites(names: set[str], roots: Sequence[Path]) -> _ModuleCites:
    """The citation labels the modules of the autodoc ``names`` cite, the modules
    looked for under ``roots``; at most :data:`MAX_FILES` modules and :data:`MAX_BYTES`."""
    out = _ModuleCites()
    files: dict[Path, list[str]] = {}
    for name in sorted(names):
        path = module_file(name, roots)
        if path is None:
            out.unread.append(name)
        else:
            files.setdefault(path.resolve(), []).append(name)
    budget = MAX_BYTES
    for count, (path, documented) in enumerate(sorted(files.items())):
        try:
            if count >= MAX_FILES or path.stat().st_size > budget:
                out.unread.extend(documented)
                continue
            data = read_regular_file(path, _PAGE_BYTES)
        except (OSError, InputError):
            out.unread.extend(documented)
            continue
        budget -= len(data)
        out.cited |= source_cites(data.decode("utf-8", "replace"))
    return out


def _modules_unread(names: Sequence[str]) -> Anomaly:
    """The ``limit-reached`` note of documented modules whose source was not read."""
    shown = ", ".join(names[:3]) + (" …" if len(names) > 3 else "")
    return Anomaly(
        AnomalyCode.LIMIT_REACHED,
        f"{len(names)} name{'s' if len(names) != 1 else ''} the Sphinx project documents "
        f"with autodoc ({shown}) could not be found as Python source: their docstrings "
        "may cite entries of the project's bibliography, so no entry is called uncited",
    )


def _bound(
    conf: Path,
    folder: Path,
    read_files: int,
    stopped: bool,
    skipped: Sequence[str],
    unfound: Sequence[tuple[str, int]],
) -> Anomaly:
    where = os.path.relpath(conf, folder)
    if stopped:
        said = (
            f"the Sphinx project of {where} has more pages than bibcheck reads for citation"
            f" targets ({MAX_FILES} pages, {MAX_BYTES // (1024 * 1024)} MB, {MAX_FOLDERS}"
            f" folders): {read_files}"
            " were read"
        )
    else:
        said = f"{len(skipped)} pages of the Sphinx project of {where} could not be read"
        said += f" ({', '.join(skipped[:3])}{' …' if len(skipped) > 3 else ''})"
    if unfound:
        labels = ", ".join(label for label, _ in unfound[:5])
        said += (
            f"; {len(unfound)} cited labels ({labels}{' …' if len(unfound) > 5 else ''})"
            " were not found and may be defined in the pages not read"
        )
    else:
        said += "; entries this page does not cite may be cited by the pages not read"
    return Anomaly(AnomalyCode.LIMIT_REACHED, said, unfound[0][1] if unfound else None)


def conf_list(conf: Path, setting: str) -> list[str] | None:
    """The strings of a list setting of a Sphinx ``conf.py`` or of a file it runs
    (``exclude_patterns = ["_build", "drafts/*"]``; :mod:`~bibcheck.readers.sphinxconf`);
    None when no such file can be read or sets it."""
    found = conf_setting(conf, setting)
    return None if found is None else found.values


def _exclude_patterns(conf: Path) -> list[str]:
    """conf.py's ``exclude_patterns`` (``["_build", "drafts/*"]``)."""
    return conf_list(conf, "exclude_patterns") or []


def _excluded(relative: str, patterns: Sequence[str]) -> bool:
    return any(fnmatch.fnmatchcase(relative, p) for p in patterns)


def _pages(root: Path, patterns: Sequence[str], document: Path) -> Iterator[Path | None]:
    """The project's pages in path order (folders depth first, names sorted); None after
    :data:`MAX_FOLDERS` folders."""
    for walked, (here, folders, files) in enumerate(os.walk(root)):
        if walked >= MAX_FOLDERS:
            yield None
            return
        base = Path(here)
        relative = base.relative_to(root).as_posix()
        prefix = "" if relative == "." else relative + "/"
        folders[:] = sorted(
            f
            for f in folders
            if not f.startswith(".")
            and f not in _SKIPPED_FOLDERS
            and not _excluded(prefix + f, patterns)
        )
        for name in sorted(files):
            if not name.endswith(_SUFFIXES) or _excluded(prefix + name, patterns):
                continue
            path = base / name
            if path.resolve() != document:
                yield path
