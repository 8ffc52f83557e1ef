"""The files an Org ``#+BIBLIOGRAPHY:`` keyword names.

Two Org exporters read the keyword, each in its own way:

* org-cite (Org 9.5 and later): ``#+bibliography: refs.bib`` -- a file, written with
  its extension, one keyword a file (``"My refs.bib"`` quoted when its name has spaces);
  A name with spaces written without quotes (``#+bibliography: My refs.bib``) is one
  file too: the value ends with the file's extension, its first word has none;
* ox-bibtex (Org's older contrib exporter): ``#+BIBLIOGRAPHY: refs plain limit:t`` --
  the files without ``.bib``, comma-separated, then the BibTeX style, then options
  (``limit:t``, ``option:-d``).

:func:`keyword_files` returns the files: the first word (each of its comma-separated
names, ``.bib`` added where no extension is written), and every later word that is a
bibliography file by its extension; a style name (``plain``, ``alpha``) and an option
(``limit:t``) are no files.
"""

from __future__ import annotations

import shlex
from pathlib import PurePath

from bibcheck.lazyre import lazy_compile

__all__ = ["keyword_files", "one_name"]

# the extensions a bibliography file is written with in org-cite (BibTeX, CSL-JSON, YAML)
_BIB_SUFFIXES = frozenset({".bib", ".bibtex", ".biblatex", ".json", ".yaml", ".yml"})
# an ox-bibtex option: "limit:t", "option:-d", "option:-nobibsource" (no drive "C:\refs")
_OPTION = lazy_compile(r"[A-Za-z][\w-]++:(?![\\/])\S*+")


def _words(value: str) -> list[str]:
    try:
        return shlex.split(value)
    except ValueError:  # an unclosed quote: the words as written
        return value.split()


def _with_suffix(name: str) -> str:
    return name if PurePath(name).suffix else name + ".bib"


def one_name(value: str) -> str | None:
    """The one file an org-cite keyword names with spaces in its name and no quotes
    (``#+bibliography: My refs.bib``, ``Literatur Kapitel 2.json``): the whole value ends
    with a bibliography file's extension and its first word has none (so it is no list of
    files, ``a.bib b.bib``, nor ox-bibtex's ``refs plain``); else None."""
    text = value.strip()
    if not text or text[0] in "\"'" or "," in text or len(text.split()) < 2:
        return None
    first = text.split()[0]
    if PurePath(text).suffix.lower() not in _BIB_SUFFIXES or PurePath(first).suffix:
        return None
    return None if _OPTION.fullmatch(first) else text


def keyword_files(value: str) -> list[str]:
    """The bibliography files the value of a ``#+BIBLIOGRAPHY:`` keyword names."""
    words = _words(value.strip())
    if not words:
        return []
    whole = one_name(value)
    if whole is not None:
        return [whole]
    first, rest = words[0], words[1:]
    if _OPTION.fullmatch(first):
        return []
    files = [_with_suffix(n.strip()) for n in first.split(",") if n.strip()]
    files += [w for w in rest if PurePath(w).suffix.lower() in _BIB_SUFFIXES]
    return files
