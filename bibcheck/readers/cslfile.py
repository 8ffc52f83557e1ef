"""Reader for a CSL-JSON, CSL-YAML or Hayagriva file given alone: a document of references.

``bibcheck ingest refs.json`` stores every item as a literature entry (numbered 1..N in
file order, each at the line of its ``id``) and no footnotes, as ``ingest refs.bib``
does for BibTeX (:mod:`bibcheck.readers.bibtex`), so its URLs, DOIs and duplicates are
checked and reported like a manuscript's.  The items are read as a bibliography a
manuscript names is (:func:`bibcheck.readers.bibsource.data_entries`): each carries a
ready :class:`~bibcheck.model.Reference`.

What fits: a JSON array of records (or ``{"items": [...]}``) whose records have an
``id`` and a CSL field (``type``, ``title``, ``author``, ``issued`` ...); a YAML file
(``.yaml``/``.yml``) with a ``references:`` list of such records, or a Hayagriva
mapping of keys to entries.  Anything else (a notebook, a package manifest, a config
file) is no bibliography and fits not at all.  An item without ``id`` or that is no
record is a ``bibliography-unreadable`` anomaly; the other items are kept.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import PurePath
from typing import Any

import yaml

from bibcheck.errors import InputError
from bibcheck.model import RawDocument, RawNote
from bibcheck.parse.references.bibtex import duplicate_works
from bibcheck.readers.bibsource import data_entries
from bibcheck.readers.bibtex import reference_list
from bibcheck.readers.cff import cff_refusal, is_cff
from bibcheck.readers.hayagriva import is_hayagriva
from bibcheck.readers.registry import Reader, register

NAME = "csl-json"
_JSON = (".json",)
_YAML = (".yaml", ".yml")
# CSL item fields that a record of another kind of JSON hardly has all of: with ``id``,
# one of them makes a record a CSL item
_CSL_FIELDS = frozenset(
    {"type", "title", "author", "editor", "issued", "container-title", "DOI", "URL", "ISBN"}
)
_FIT = 0.95
_MAX_CHARS = 50 * 1024 * 1024


def csl_items(data: object) -> bool:
    """Is ``data`` (parsed JSON or YAML) a list of CSL items: records, each with an ``id``
    and at least one CSL field?"""
    if isinstance(data, Mapping) and isinstance(data.get("items"), list):
        data = data["items"]
    if not isinstance(data, list) or not data:
        return False
    return all(
        isinstance(item, Mapping) and "id" in item and bool(_CSL_FIELDS & set(map(str, item)))
        for item in data
    )


def _parsed(text: str, yaml_text: bool) -> Any:
    """The text as JSON (``yaml_text``: YAML), or None when it is neither."""
    if len(text) > _MAX_CHARS:
        return None
    try:
        if yaml_text:
            return yaml.safe_load(text)
        if not text.lstrip().startswith(("[", "{")):
            return None
        return json.loads(text)
    except (ValueError, yaml.YAMLError):
        return None


def fits(data: object, yaml_text: bool) -> bool:
    """Is ``data`` a CSL-JSON array (``yaml_text``: a CSL-YAML ``references:`` list or a
    Hayagriva mapping)?"""
    if not yaml_text:
        return csl_items(data)
    if isinstance(data, Mapping) and "references" in data:
        return csl_items(data["references"])
    return is_hayagriva(data)


def _is_yaml(path: str) -> bool:
    return PurePath(path).suffix.lower() in _YAML


def score(text: str) -> float:
    """Fits a CSL-JSON array of items (the text alone: YAML needs its extension)."""
    return _FIT if fits(_parsed(text, False), False) else 0.0


def score_at(text: str, path: str) -> float:
    """Fits a CSL-JSON file, or a ``.yaml``/``.yml`` file of CSL-YAML or Hayagriva."""
    yaml_text = _is_yaml(path)
    return _FIT if fits(_parsed(text, yaml_text), yaml_text) else 0.0


def read(text: str) -> RawDocument:
    """A CSL-JSON text's items as literature entries."""
    return read_at(text, "")


def read_at(text: str, path: str) -> RawDocument:
    """The file's items as literature entries, numbered in file order."""
    if is_cff(path, text):
        raise InputError(cff_refusal(path))
    yaml_text = _is_yaml(path)
    if not yaml_text and _parsed(text, False) is None and isinstance(_parsed(text, True), dict):
        yaml_text = True  # YAML given to the CSL-JSON reader: read (and judged) as YAML
    bib = data_entries(text, PurePath(path).name or "the file", yaml_text)
    notes = [
        RawNote(
            str(number), entry.text, entry.line, entry.end_line, entry.line_starts, entry.reference
        )
        for number, entry in enumerate(bib.entries.values(), start=1)
    ]
    return reference_list(NAME, notes, [*bib.anomalies, *duplicate_works(notes)])


READER = register(Reader(NAME, _JSON + _YAML, score, read, read_at=read_at, score_at=score_at))
