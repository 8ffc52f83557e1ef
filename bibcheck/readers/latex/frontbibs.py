"""The bibliographies an R Markdown or Quarto front matter names, for LaTeX citations.

A journal template for R Markdown (rticles and the like) is written with raw LaTeX
citations -- ``\\citet{key}``, ``\\citep[e.g.,][]{a, b}`` -- which the LaTeX reader reads,
while the database is named the Pandoc way, in the YAML front matter:
``bibliography: refs.bib`` (or a list).  Pandoc hands it to natbib or biblatex, so the
keys resolve against it; read as LaTeX without it every key was "missing".  The names
count as named where the front matter's ``bibliography:`` key stands.
"""

from __future__ import annotations

import yaml

from bibcheck.lazyre import lazy_compile
from bibcheck.readers.common import front_matter_end

__all__ = ["front_matter_bibs"]

_KEY = lazy_compile(r"(?m)^bibliography[ \t]*:")


def _names(value: object) -> list[str]:
    if isinstance(value, str):
        return [value.strip()] if value.strip() else []
    if isinstance(value, list):
        return [v.strip() for v in value if isinstance(v, str) and v.strip()]
    return []


def front_matter_bibs(text: str) -> list[tuple[str, int]]:
    """(name, offset of the ``bibliography:`` key) of each file the YAML front matter at
    the top of ``text`` names; empty when there is no front matter, it names none, or it
    is no YAML that can be read (a name written as R code is no file's)."""
    lines = text.split("\n", 400)
    end = front_matter_end(lines)
    if not end:
        return []
    block_end = sum(len(line) + 1 for line in lines[:end])
    key = _KEY.search(text, 0, block_end)
    if key is None:
        return []
    try:
        data = yaml.safe_load("\n".join(lines[1 : end - 1]))
    except yaml.YAMLError:
        return []
    if not isinstance(data, dict):
        return []
    return [(n, key.start()) for n in _names(data.get("bibliography")) if "`r" not in n]
