"""A reference list kept in a file beside the document: a hint, never a silent read.

A chapter of a thesis or a book often has no list of its own: the list is in a file of its
own in the same folder (``Literatur.md``, ``Anhang_Literatur.md``, ``references.md``,
``bibliography.tex``) or in a ``.bib`` database nothing the document names.  When nothing
was found, ``no-literature-list`` (or the refusal of a document whose keys have no entry)
names such a file and says how to check against it: ``--bibliography FILE`` for a
database of keys, a run of its own for a list written as text (which ``--bibliography``
does not read).  The file is never read for the document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Anomaly, AnomalyCode

# A database of citation keys that --bibliography reads
_DATABASES = frozenset({".bib"})
# CSL-JSON / CSL-YAML: a database only when its name says it is a list
_NAMED_DATABASES = frozenset({".json", ".yaml", ".yml"})
# A reference list written as text (a document of its own)
_TEXT = frozenset(
    {".md", ".markdown", ".txt", ".rst", ".org", ".adoc", ".tex", ".html", ".htm", ".docx", ".odt"}
)
# Words a list's file is named by, in the languages of the corpora and their neighbours
# (each a word start: "literaturverzeichnis", "references", "bibliografia", "quellen")
_LIST_WORD = lazy_compile(
    r"(?:^|[\s_.\-])(?:literat|bibliog|referen|références|refs?(?:$|[\s_.\-])|quellen|sources"
    r"|works[\s_\-]?cited|riferiment|webograph|sitograph|schrifttum|litteratur|kirjallisuus"
    r"|littérat|список|литератур|参考文献|文献)",
    re.IGNORECASE,
)
SHOWN = 3  # files named in a hint


@dataclass(frozen=True, slots=True)
class SiblingLists:
    """The files beside a document that may hold its list: key databases and text lists."""

    databases: tuple[str, ...]
    texts: tuple[str, ...]

    def __bool__(self) -> bool:
        return bool(self.databases or self.texts)


def list_named(stem: str) -> bool:
    """Is a file's name (without its suffix) one a reference list is kept under?"""
    return _LIST_WORD.search(stem[:200]) is not None


def sibling_lists(path: str) -> SiblingLists:
    """The files in ``path``'s folder (``path`` itself left out) that may hold its list:
    every ``.bib``, and text or CSL files named as a list."""
    own = Path(path)
    try:  # only a document read from a file has a folder (not bytes given a name)
        if not own.is_file():
            return SiblingLists((), ())
        files = sorted(p for p in own.parent.iterdir() if p.is_file() and p.name != own.name)
    except OSError:  # a name too long for the file system, an unreadable folder
        return SiblingLists((), ())
    databases = [
        p.name
        for p in files
        if p.suffix.lower() in _DATABASES
        or (p.suffix.lower() in _NAMED_DATABASES and list_named(p.stem))
    ]
    texts = [p.name for p in files if p.suffix.lower() in _TEXT and list_named(p.stem)]
    return SiblingLists(tuple(databases), tuple(texts))


def _names(names: tuple[str, ...]) -> str:
    shown = ", ".join(names[:SHOWN])
    return shown + (f" and {len(names) - SHOWN} more" if len(names) > SHOWN else "")


def sibling_hint(found: SiblingLists, takes_bibliography: bool) -> str:
    """The sentence a ``no-literature-list`` message ends with ("" when nothing is beside
    the document): the files named, and how to check the document against each kind."""
    parts: list[str] = []
    if found.databases and takes_bibliography:
        first = found.databases[0]
        parts.append(
            f"{_names(found.databases)} next to this file may be its bibliography: pass "
            f"--bibliography {first} to check the citations against it"
        )
    elif found.databases:
        parts.append(f"{_names(found.databases)} next to this file may be its bibliography")
    if found.texts:
        first = found.texts[0]
        parts.append(
            f"{_names(found.texts)} next to this file may hold its reference list, which was "
            f"not read for it (--bibliography reads .bib and CSL files, not a list written "
            f"as text): check it as a document of its own (bibcheck ingest {first}), or "
            "check the main file that includes both"
        )
    return "; ".join(parts)


def with_sibling_hint(
    anomalies: tuple[Anomaly, ...], path: str, takes_bibliography: bool
) -> tuple[Anomaly, ...]:
    """``anomalies`` with each ``no-literature-list`` message ending with the hint of
    :func:`sibling_hint` when a file beside ``path`` may hold the list."""
    if not any(a.code is AnomalyCode.NO_LITERATURE_LIST for a in anomalies):
        return anomalies
    hint = sibling_hint(sibling_lists(path), takes_bibliography)
    if not hint:
        return anomalies
    return tuple(
        replace(a, message=f"{a.message}; {hint}")
        if a.code is AnomalyCode.NO_LITERATURE_LIST
        else a
        for a in anomalies
    )
