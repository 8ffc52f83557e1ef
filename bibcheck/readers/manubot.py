"""Manubot's self-identifying citation keys, its tags and its manual references.

A Manubot manuscript (Pandoc Markdown built by ``manubot process``) cites a work by an
identifier that names it: ``[@doi:10.1038/nature12373]``, ``[@pubmed:26158728]``
(``pmid:``), ``[@pmc:PMC4304851]`` (``pmcid:``), ``[@arxiv:1407.3561v1]``,
``[@isbn:9780262517638]``, ``[@wikidata:Q50051684]``, ``[@url:https://…]`` or the bare
address ``[@https://…]``; Manubot fetches the work's data at build time.  Such a key is
its own reference here: a :class:`~bibcheck.model.Reference` with the DOI or the address
set and the kind the identifier tells.  A key that names a scheme but holds no identifier
of its shape (``@doi:foo``) is a malformed identifier, not a missing entry.

A tag (``[@deep-review]``) is an alias defined by a link reference definition
(``[@deep-review]: doi:10.1098/rsif.2017.0387``) or a row of ``citation-tags.tsv``
(``tag<TAB>citation``).  Manual references (CSL-JSON, CSL-YAML or BibTeX in
``manual-references*.json``, ``.yaml``, ``.bib``) lie beside the manuscript or in its
``content/`` folder.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Anomaly, AnomalyCode, Reference, RefKind
from bibcheck.parse.references.fields import doi_problem
from bibcheck.parse.references.identifiers import Identifiers, identifiers_of_fields
from bibcheck.text import editor_lines

__all__ = [
    "Identifier",
    "alias_definitions",
    "identify",
    "is_self_identifying",
    "manual_reference_files",
    "tags_file_aliases",
]

# scheme -> the canonical scheme (Manubot's synonyms)
_SCHEMES = {
    "doi": "doi",
    "pubmed": "pubmed",
    "pmid": "pubmed",
    "pmc": "pmc",
    "pmcid": "pmc",
    "arxiv": "arxiv",
    "isbn": "isbn",
    "wikidata": "wikidata",
    "url": "url",
    "http": "url",
    "https": "url",
}
_SCHEME = lazy_compile(r"(?P<scheme>[A-Za-z]+):(?P<id>\S*)")
_PMID = lazy_compile(r"[1-9]\d{0,8}")
_PMC = lazy_compile(r"PMC\d{1,9}", re.I)
# arXiv: "1407.3561", "1407.3561v1" (since 2007) or "hep-th/9901001v2" (before)
_ARXIV = lazy_compile(r"(?:\d{4}\.\d{4,5}|[a-z]+(?:-[a-z]+)*(?:\.[A-Z]{2})?/\d{7})(?:v\d+)?")
_ISBN_CHARS = lazy_compile(r"[\dXx-]{10,17}")
_WIKIDATA = lazy_compile(r"Q[1-9]\d*")
_URL = lazy_compile(r"https?://(?P<host>[^\s/?#]+)(?:[/?#]\S*)?", re.I)
# "[@tag]: doi:10.1/x" (a link reference definition whose label is a citation key)
_ALIAS = lazy_compile(r"^[ \t]{0,3}\[@(?P<tag>[^\[\]\s]+)\]:[ \t]*(?P<target>\S+)[ \t]*$")
_MANUAL = ("manual-references*.json", "manual-references*.yaml", "manual-references*.yml")
_MANUAL_BIB = "manual-references*.bib"


@dataclass(frozen=True, slots=True)
class Identifier:
    """A self-identifying key read: its scheme and identifier, or what is wrong with it."""

    scheme: str  # canonical: doi, pubmed, pmc, arxiv, isbn, wikidata, url
    value: str
    problem: str | None = None  # why the identifier cannot be one of its scheme


def _scheme(key: str) -> tuple[str, str] | None:
    m = _SCHEME.fullmatch(key)
    if m is None:
        return None
    scheme = _SCHEMES.get(m.group("scheme").lower())
    if scheme is None:
        return None
    if scheme == "url" and m.group("scheme").lower() != "url":
        return scheme, key  # the bare address: the key is the URL
    return scheme, m.group("id")


def is_self_identifying(key: str) -> bool:
    """Whether ``key`` names one of Manubot's identifier schemes (well formed or not)."""
    return _scheme(key) is not None


def _isbn_ok(value: str) -> bool:
    digits = value.replace("-", "").upper()
    if len(digits) == 10 and digits[:9].isdigit() and (digits[9].isdigit() or digits[9] == "X"):
        total = sum((10 - i) * (10 if c == "X" else int(c)) for i, c in enumerate(digits))
        return total % 11 == 0
    if len(digits) == 13 and digits.isdigit():
        total = sum((1 if i % 2 == 0 else 3) * int(c) for i, c in enumerate(digits))
        return total % 10 == 0
    return False


def _url_ok(value: str) -> bool:
    m = _URL.fullmatch(value)
    return m is not None and "." in m.group("host").strip(".")


def _problem(scheme: str, value: str) -> str | None:
    if scheme == "doi":
        return doi_problem(value)
    checks: Mapping[str, tuple[bool, str]] = {
        "pubmed": (bool(_PMID.fullmatch(value)), "a PubMed id is a number"),
        "pmc": (bool(_PMC.fullmatch(value)), "a PMC id reads PMC and digits"),
        "arxiv": (bool(_ARXIV.fullmatch(value)), "an arXiv id reads YYMM.NNNNN (or area/NNNNNNN)"),
        "isbn": (
            bool(_ISBN_CHARS.fullmatch(value)) and _isbn_ok(value),
            "an ISBN has 10 or 13 digits and a valid check digit",
        ),
        "wikidata": (bool(_WIKIDATA.fullmatch(value)), "a Wikidata id reads Q and digits"),
        "url": (_url_ok(value), "a URL reads http(s)://host/path"),
    }
    ok, why = checks[scheme]
    return None if ok else why


def identify(key: str) -> Identifier | None:
    """The identifier a self-identifying key holds (None: the key names no scheme)."""
    found = _scheme(key)
    if found is None:
        return None
    scheme, value = found
    return Identifier(scheme, value, _problem(scheme, value))


def reference(ident: Identifier, key: str, line: int) -> Reference:
    """The reference a well-formed identifier stands for, at the citation's ``line``; a
    malformed one gives a reference with no identifier and the anomaly saying why."""
    if ident.problem is not None:
        code = {"doi": AnomalyCode.DOI_INVALID, "url": AnomalyCode.URL_INVALID}.get(
            ident.scheme, AnomalyCode.IDENTIFIER_MALFORMED
        )
        note = Anomaly(
            code, f"citation key {key!r}: {ident.value!r} refused: {ident.problem}", line
        )
        return Reference(raw=key, line=line, end_line=line, style="manubot", anomalies=(note,))
    kind, url, doi = RefKind.UNKNOWN, None, None
    value = ident.value
    # (the identifier is the work's field too: its PMID, PMCID, arXiv id or ISBN)
    named = {"pubmed": "pmid", "pmc": "pmcid", "arxiv": "arxiv", "isbn": "isbn"}
    found = (
        identifiers_of_fields({named[ident.scheme]: value})
        if ident.scheme in named
        else Identifiers()
    )
    if ident.scheme == "doi":
        doi = value.lower()
    elif ident.scheme == "pubmed":
        kind, url = RefKind.ARTICLE, f"https://pubmed.ncbi.nlm.nih.gov/{value}/"
    elif ident.scheme == "pmc":
        kind, url = RefKind.ARTICLE, f"https://www.ncbi.nlm.nih.gov/pmc/articles/{value.upper()}/"
    elif ident.scheme == "arxiv":  # a preprint: CSL's "article", read as an article
        kind, url = RefKind.ARTICLE, f"https://arxiv.org/abs/{value}"
    elif ident.scheme == "isbn":
        kind = RefKind.BOOK
    elif ident.scheme == "wikidata":
        url = f"https://www.wikidata.org/wiki/{value}"
    else:
        kind, url = RefKind.WEB, value
    return Reference(
        raw=key,
        line=line,
        end_line=line,
        kind=kind,
        style="manubot",
        url=url,
        url_raw=url,
        doi=doi,
        electronic=url is not None,
        pmid=found.pmid,
        pmcid=found.pmcid,
        isbn=found.isbn,
        arxiv=found.arxiv,
    )


def alias_definitions(lines: Iterable[str]) -> dict[str, str]:
    """Tags defined in the text: ``[@tag]: doi:10.1/x`` -> {"tag": "doi:10.1/x"}."""
    found: dict[str, str] = {}
    for line in lines:
        if "[@" not in line:
            continue
        m = _ALIAS.match(line)
        if m is not None:
            found.setdefault(m.group("tag"), m.group("target"))
    return found


def _folders(path: str) -> list[Path]:
    """The manuscript's folder and its ``content/`` folder (Manubot's layout)."""
    if not path:
        return []
    here = Path(path).parent
    return [here, here / "content"]


def tags_file_aliases(path: str) -> dict[str, str]:
    """Tags defined in ``citation-tags.tsv`` beside the manuscript or in ``content/``."""
    found: dict[str, str] = {}
    for folder in _folders(path):
        file = folder / "citation-tags.tsv"
        try:
            if not file.is_file() or file.stat().st_size > 5_000_000:
                continue
            text = file.read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        for row in editor_lines(text):
            cells = [c.strip() for c in row.split("\t")]
            if len(cells) >= 2 and cells[0] and cells[1] and cells[0] != "tag":
                found.setdefault(cells[0], cells[1])
    return found


def manual_reference_files(path: str) -> list[Path]:
    """Manubot's manual references beside the manuscript or in its ``content/`` folder."""
    found: list[Path] = []
    for folder in _folders(path):
        try:
            if not folder.is_dir():
                continue
            for pattern in (*_MANUAL, _MANUAL_BIB):
                found.extend(sorted(p for p in folder.glob(pattern) if p.is_file()))
        except OSError:
            continue
    return found


def alias_target(key: str, aliases: Mapping[str, str], known: Sequence[str] = ()) -> str | None:
    """What a tag stands for, following a chain of tags (at most a few steps)."""
    seen = {key}
    target = aliases.get(key)
    while target is not None and target in aliases and target not in known:
        if target in seen:
            return None
        seen.add(target)
        target = aliases[target]
    return target
