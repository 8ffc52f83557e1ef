"""Hugo's ``cite`` shortcode (Hugo Cite and the themes that copy it), read as Pandoc's.

A Hugo page cites by key with a shortcode, its keys matching the ``id`` of entries of a
CSL-JSON bibliography:

* ``{{< cite "Faure1909" >}}``, ``{{< cite Faure1909 >}}``: one key, quoted or not (a
  quoted key may hold spaces, ``"Lessig 2002"``);
* ``{{< cite "Faure1909;Goody1978" "20;22-23" >}}``: several keys joined by ``;``, then
  the pages cited; a key written ``-Faure1909`` is cited without its author's name;
* ``{{< cite key="Faure1909" pages="304" >}}``: the same with named parameters.

A ``cite`` shortcode naming no key (``{{< cite page="/publication/x" >}}``, a publication
card of a theme) cites no bibliography entry and is left alone, and so is the escaped
form a page uses to show the shortcode, ``{{</* cite "x" */>}}``.

The bibliography, as Hugo Cite finds it: the file the page's front matter names
(``bibFile: path/bib.json``, relative to the Hugo project's folder), the one a
``{{< bibliography "path" >}}`` or ``{{< bibliography src="path" >}}`` shortcode names,
else the page bundle's CSL-JSON files with ``bib`` in their name, beside the page.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from bibcheck.lazyre import lazy_compile
from bibcheck.readers.bibsource import Source

__all__ = ["cite_count", "cite_keys", "hugo_sources", "rewrite"]

# the shortcode: its arguments up to ">}}" (quoted strings may hold ">"), one line
_CITE = lazy_compile(
    r"\{\{<[ \t]*cite[ \t]+(?P<args>(?:\"[^\"\n]*\"|`[^`\n]*`|[^\"`>\n]|>(?!\}\}))*+)>\}\}"
)
_ARG = lazy_compile(
    r"(?P<name>\w+)[ \t]*=[ \t]*(?:\"(?P<nq>[^\"]*)\"|`(?P<nr>[^`]*)`|(?P<nb>[^\s\"`]+))"
    r"|\"(?P<q>[^\"]*)\"|`(?P<r>[^`]*)`|(?P<b>[^\s\"`]+)"
)
_BIBLIOGRAPHY = lazy_compile(
    r"\{\{<[ \t]*bibliography[ \t]+(?:src[ \t]*=[ \t]*)?[\"`](?P<name>[^\"`\n]+)[\"`]"
)
_FRONT = lazy_compile(r"\A(?:---|\+\+\+)[ \t]*\n(?P<body>.*?)\n(?:---|\+\+\+)[ \t]*$", re.S | re.M)
_BIB_FILE = lazy_compile(
    r"^[ \t]*bibFile[ \t]*[:=][ \t]*[\"']?(?P<name>[^\"'\n#]+?)[\"']?[ \t]*(?:#.*)?$", re.M
)
# a Hugo project's configuration file, in the project's folder
_CONFIGS = tuple(
    f"{stem}.{suffix}" for stem in ("hugo", "config") for suffix in ("toml", "yaml", "yml", "json")
)
_PROJECT_DEPTH = 6  # parent folders searched for the project's configuration


def _args(body: str) -> tuple[list[str], dict[str, str]]:
    """A shortcode's positional and named arguments."""
    positional: list[str] = []
    named: dict[str, str] = {}
    for m in _ARG.finditer(body):
        if m.group("name"):
            value = m.group("nq") if m.group("nq") is not None else m.group("nr")
            named[m.group("name").lower()] = value if value is not None else m.group("nb") or ""
        else:
            value = m.group("q") if m.group("q") is not None else m.group("r")
            positional.append(value if value is not None else m.group("b") or "")
    return positional, named


def cite_keys(body: str) -> list[str]:
    """The keys a ``cite`` shortcode's arguments name: ``"a;-b" "12;4"`` -> a, b."""
    positional, named = _args(body)
    if named:
        value = named.get("key", "")
    else:
        value = positional[0] if positional else ""
    keys = (k.strip() for k in value.split(";"))
    return [k[1:].strip() if k.startswith("-") else k for k in keys if k.strip("- ")]


def cite_count(text: str) -> int:
    """Shortcodes citing a key, for reader choice."""
    if "cite" not in text:
        return 0
    return sum(1 for m in _CITE.finditer(text) if cite_keys(m.group("args")))


def rewrite(text: str, citation: Callable[[list[str], str], str]) -> str:
    """``text`` with each ``cite`` shortcode naming keys replaced by ``citation(keys,
    written)`` (the caller's form of a citation); one naming no key is kept as written."""
    if "cite" not in text:
        return text
    return _CITE.sub(lambda m: citation(cite_keys(m.group("args")), m.group(0)), text)


def hugo_sources(text: str, path: str) -> list[Source]:
    """The bibliographies a Hugo page citing with the shortcode names, as Hugo Cite finds
    them: its front matter's ``bibFile``, a ``bibliography`` shortcode's file, else the
    ``*bib*.json`` files of its bundle."""
    if not path:
        return []
    page = Path(path).parent
    root = _project(page)
    named: list[tuple[str, int]] = []
    front = _FRONT.match(text)
    if front:
        for m in _BIB_FILE.finditer(front.group("body")):
            named.append((m.group("name").strip(), _line(text, front.start("body") + m.start())))
    for m in _BIBLIOGRAPHY.finditer(text):
        named.append((m.group("name").strip(), _line(text, m.start())))
    found: list[Source] = []
    for name, line in named:
        if re.match(r"(?i)https?://", name) or any(s.name == name for s in found):
            continue  # (a URL is fetched by Hugo at build time: nothing to read here)
        relative = name.lstrip("/")
        folder = next((f for f in (root, page) if (f / relative).is_file()), root)
        found.append(Source(relative, folder, line))
    if found or not page.is_dir():
        return found
    bundle = sorted(
        p for p in page.iterdir() if p.suffix.lower() == ".json" and "bib" in p.name.lower()
    )
    return [Source(p.name, page, None) for p in bundle if p.is_file()]


def _project(page: Path) -> Path:
    """The Hugo project's folder: the nearest holding Hugo's configuration, else the
    page's own."""
    for folder in [page, *list(page.resolve().parents)[:_PROJECT_DEPTH]]:
        if any((folder / name).is_file() for name in _CONFIGS):
            return folder
    return page


def _line(text: str, at: int) -> int:
    return text.count("\n", 0, at) + 1
