"""LibreOffice's native bibliography: the works its ``text:bibliography-mark`` fields carry.

Writer's Insert > Table of Contents and Index > Bibliography Entry puts the whole record
in the mark's attributes (``text:identifier="Mayer2019" text:bibliography-type="article"
text:author="Mayer, Anna; Brandt, Jonas" text:title=… text:year="2019" text:journal=…
text:url=…``); the mark's visible text is the short form the document shows (``[Mayer2019]``
or ``[1]``), and the generated ``text:bibliography`` index renders every record once.
Pure functions: attributes in, a CSL-JSON item out.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from bibcheck.lazyre import lazy_compile

__all__ = ["ODF_TYPES", "mark_item", "people"]

# text:bibliography-type -> CSL type (the ODF list is BibTeX's, plus www, email, custom1-5)
ODF_TYPES = {
    "article": "article-journal",
    "journal": "article-journal",
    "book": "book",
    "booklet": "book",
    "proceedings": "book",
    "inbook": "chapter",
    "incollection": "chapter",
    "conference": "paper-conference",
    "inproceedings": "paper-conference",
    "manual": "report",
    "techreport": "report",
    "mastersthesis": "thesis",
    "phdthesis": "thesis",
    "unpublished": "manuscript",
    "www": "webpage",
    "email": "personal_communication",
}
_FIELDS = {  # ODF attribute -> CSL variable
    "title": "title",
    "volume": "volume",
    "number": "issue",
    "pages": "page",
    "publisher": "publisher",
    "address": "publisher-place",
    "url": "URL",
    "isbn": "ISBN",
    "issn": "ISSN",
    "edition": "edition",
    "series": "collection-title",
    "note": "note",
    "doi": "DOI",  # LibreOffice 7.x writes no DOI field; custom fields may be named so
}
_MAX_FIELD = 2000  # characters of one attribute kept
# "Mayer, Anna; Brandt, Jonas", "Mayer, A. and Brandt, J.", "Anna Mayer & Jonas Brandt"
# (a separator starts where a space run starts: tried from inside a run, \s* would
# rescan the run at every position of it, quadratic on a long one)
_SEPARATOR = lazy_compile(r"(?<!\s)(?:\s*;\s*|\s+(?:and|und|et|&)\s+)", re.I)
_YEAR = lazy_compile(r"\b(1[5-9]\d\d|20\d\d)\b")


def people(text: str) -> list[dict[str, str]]:
    """The persons of an author or editor field as CSL names (``family``/``given`` when
    written ``Family, Given``, else the name as written)."""
    found: list[dict[str, str]] = []
    for part in _SEPARATOR.split(text[:_MAX_FIELD]):
        name = " ".join(part.split()).strip(" ,")
        if not name:
            continue
        family, comma, given = name.partition(",")
        if comma and family.strip() and given.strip() and "," not in given:
            found.append({"family": family.strip(), "given": given.strip()})
        else:
            found.append({"literal": name})
    return found


def mark_item(attrs: Mapping[str, str], key: str) -> dict[str, Any]:
    """The work of a bibliography mark (its attributes by local name) as a CSL item."""
    kind = attrs.get("bibliography-type", "").strip().lower()
    item: dict[str, Any] = {"id": key, "type": ODF_TYPES.get(kind, "document")}
    for name, variable in _FIELDS.items():
        value = " ".join(attrs.get(name, "")[:_MAX_FIELD].split())
        if value:
            item[variable] = value
    container = attrs.get("journal") or attrs.get("booktitle")
    if container and container.strip():
        item["container-title"] = " ".join(container[:_MAX_FIELD].split())
    for name, variable in (("author", "author"), ("editor", "editor")):
        names = people(attrs.get(name, ""))
        if names:
            item[variable] = names
    if "publisher" not in item:
        for name in ("institution", "school", "organizations"):
            value = " ".join(attrs.get(name, "")[:_MAX_FIELD].split())
            if value:
                item["publisher"] = value
                break
    m = _YEAR.search(attrs.get("year", "")[:100])
    if m:
        item["issued"] = {"date-parts": [[int(m.group(1))]]}
    return item
