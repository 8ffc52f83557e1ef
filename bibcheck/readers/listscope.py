"""Which part of a document a list entry belongs to, read from the headings above it.

The same rules hold whatever the format that shows the headings (Markdown, HTML, Word, ODT,
rst, Org, AsciiDoc, LaTeX, plain text):

* An entry under a further-reading heading (``Further reading``, ``Works consulted``,
  ``Weiterführende Literatur``, ``Lecturas recomendadas``, ``Pour aller plus loin``,
  ``Suggested readings``, ``Additional reading``, ``Ergänzende Literatur``), or under a
  sub-heading of one, or under such a sub-heading of the list (``References`` →
  ``Further reading``), is a work the text need not cite: it is listed on purpose
  (``nocite``), never uncited.  A citation of a work no list holds is
  still missing from the list: only the uncited finding is left out.
* An entry in an appendix (``Appendix A``, ``Anhang``, ``Annexe``, ``Apéndice``, ``Anexo``;
  a section the markup calls an appendix) that has its own list (``Appendix B`` →
  ``References``) belongs to that part, when the document has a list of its own elsewhere:
  it may be cited inside the part, but one the main text does not cite is no uncited
  entry.  The document's only list, wherever it stands, stays its list; so does a list
  whose own heading the markup puts in the appendix (Quarto's ``References`` in
  ``#quarto-appendix``).

A heading closes every open heading of its level or a lower one (a larger number); a
heading of unknown level (0) closes them all.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import Enum

from bibcheck.lazyre import lazy_compile
from bibcheck.model import RawNote
from bibcheck.readers.apparatus import is_reading_heading
from bibcheck.readers.common import is_literature_heading
from bibcheck.readers.headingkey import heading_key
from bibcheck.readers.listheads import is_qualified_list_heading
from bibcheck.textmemo import text_memo

__all__ = [
    "Part",
    "SectionHead",
    "entry_parts",
    "is_appendix_heading",
    "in_appendix_list",
    "is_further_reading_heading",
    "main_list_heading",
    "open_heads",
    "scoped_entries",
    "under_reading_heading",
]


@dataclass(frozen=True, slots=True)
class SectionHead:
    """A heading as a reader saw it: its line, level (1 = top; 0 = unknown) and text;
    ``appendix``: the markup calls its section an appendix (``[appendix]``,
    ``class="appendix"``, ``{.appendix}``)."""

    line: int
    level: int
    text: str
    appendix: bool = False


class Part(Enum):
    """The part of the document an entry belongs to."""

    MAIN = "main"  # the document's list
    READING = "reading"  # a further-reading list: need not be cited
    APPENDIX = "appendix"  # an appendix's own list


# phrases naming a further-reading list on their own (accents folded, lower case)
_PHRASES = (
    "further reading", "further readings", "reading list", "zum weiterlesen",
    "weiterlesen", "verder lezen", "pour en savoir plus", "pour aller plus loin",
    "para saber mas", "para ir mas lejos", "para ler mais", "per approfondire",
    "per saperne di piu", "lectures complementaires", "lecturas complementarias",
    "leituras complementares", "letture consigliate", "lectures conseillees",
    # "additional" / "supplementary" reading, and the German "recommended literature"
    "additional reading", "additional readings", "supplementary reading",
    "supplementary readings", "leituras adicionais", "letture aggiuntive",
    "lectures additionnelles", "lecturas adicionales", "erganzende literatur",
    "empfohlene literatur",
    "literaturempfehlungen", "literaturempfehlung", "lekturehinweise", "lektureempfehlungen",
    "bibliographie complementaire", "aanvullende literatuur",
    "ytterligare lasning", "videre lesning", "dalsza lektura", "дополнительное чтение",
)  # fmt: skip
_HEAD_WORDS = frozenset(
    {
        "reading", "readings", "literature", "literatur", "literatuur", "bibliography",
        "bibliographie", "bibliografia", "sources", "works", "texts", "lecturas",
        "leituras", "letture", "lectures", "lecture", "lectura", "leitura", "books",
        "quellen", "fuentes", "fontes", "obras", "ouvrages", "literatura", "литература",
        "литератури", "литературы",
    }
)  # fmt: skip
_JOINS = frozenset({"and", "und", "et", "y", "e", "en", "och", "og", "i", "и", "&"})
_WORD = lazy_compile(r"[^\W\d_][\w'’-]*")
_MARKS = " \t=#*:._-–—"


def _key(text: str) -> str:
    return heading_key(text, _MARKS)


@text_memo  # (asked of each short line by the plain readers: answered once)
def is_further_reading_heading(text: str) -> bool:
    """Is ``text`` (a heading's text) the name of a further-reading list: a phrase that
    names one (``Pour aller plus loin``), or a reading word with a word naming what a list
    holds (``Further reading``, ``Works consulted``, ``Suggested readings``)?  A reading
    word alone names no list: ``Further work``, ``Suggested improvements``."""
    key = _key(text)
    if not key or len(key) > 60:
        return False
    if any(key == p or key.startswith(p + " ") for p in _PHRASES):
        return True
    if not is_reading_heading(key):
        return False
    if is_qualified_list_heading(key):
        return True
    # a reading word and a list's word and nothing else ("Дополнительная литература")
    words = _WORD.findall(key)
    return (
        len(words) <= 4
        and any(w in _HEAD_WORDS for w in words)
        and all(w in _HEAD_WORDS or w in _JOINS or is_reading_heading(w) for w in words)
    )


# "Appendix", "Appendix A", "Appendix 2: Interview guide", "Anhang B – Fragebogen",
# "Annexe 1", "Apéndice I", "Anexo A", "Appendices", "Bijlage 3", "Lampiran A", "Приложение 1"
_APPENDIX = lazy_compile(
    r"(?:appendix|appendices|appendixes|anhang|anhange|annexe|annexes|annex|apendice|"
    r"apendices|anexo|anexos|appendice|appendici|allegato|allegati|bijlage|bijlagen|"
    r"bilaga|bilagor|vedlegg|bilag|liite|liitteet|lampiran|приложение|приложения|додаток|"
    r"додатки|aneks|załącznik|zalacznik|příloha|priloha)"
    r"(?:\s++(?:[a-z]|\d{1,3}|[ivx]{1,6})(?:\.\d{1,3})?)?\s*+(?:$|[:.–—-](?!\w)|\s)",
)


def is_appendix_heading(text: str) -> bool:
    """Is ``text`` (a heading's text) the heading of an appendix: an appendix word first,
    alone or with a label and a title (``Appendix B: Survey instrument``, ``Anhang``,
    ``Annexe 2 — Entretiens``)?"""
    key = _key(text)
    return 0 < len(key) <= 120 and _APPENDIX.match(key) is not None


def _is_list_heading(text: str) -> bool:
    return is_literature_heading(f"# {text}") or is_qualified_list_heading(text)


def open_heads(line: int, heads: Sequence[SectionHead]) -> list[SectionHead]:
    """The headings (in line order) whose sections hold ``line``, the outermost first."""
    stack: list[SectionHead] = []
    for head in heads:
        if head.line >= line:
            break
        while stack and (head.level == 0 or stack[-1].level >= head.level):
            stack.pop()
        stack.append(head)
    return stack


def _part(chain: Sequence[SectionHead]) -> Part:
    if any(is_further_reading_heading(h.text) for h in chain):
        return Part.READING
    for k, head in enumerate(chain):
        if (head.appendix or is_appendix_heading(head.text)) and not _is_list_heading(head.text):
            # an appendix's own list: a list heading under it (an appendix that is a list
            # of its own, "Appendix: Works consulted", is the document's back matter)
            if any(_is_list_heading(h.text) for h in chain[k + 1 :]):
                return Part.APPENDIX
    return Part.MAIN


def entry_parts(
    lines: Sequence[int], heads: Sequence[SectionHead], *, others: bool = False
) -> list[Part]:
    """The part each entry (by its first line) belongs to under ``heads``.  An
    appendix's list is the document's own when no entry is in the main part and the
    document has no list elsewhere (``others``: a ``.bib`` it cites from)."""
    ordered = sorted(heads, key=lambda h: h.line)
    parts = [_part(open_heads(line, ordered)) for line in lines]
    if not others and Part.MAIN not in parts:
        return [Part.MAIN if p is Part.APPENDIX else p for p in parts]
    return parts


def scoped_entries(
    literature: Sequence[RawNote], heads: Sequence[SectionHead]
) -> tuple[RawNote, ...]:
    """``literature`` with each entry the document itself lists under a further-reading
    heading or in an appendix's own list marked ``nocite`` (never uncited).  Entries read
    from another file (a ``.bib``) are the document's list, not scoped by its headings."""
    own = [k for k, e in enumerate(literature) if not e.file]
    if not own or not heads:
        return tuple(literature)
    lines = [literature[k].line for k in own]
    parts = entry_parts(lines, heads, others=len(own) < len(literature))
    marked = list(literature)
    for k, part in zip(own, parts, strict=True):
        if part is not Part.MAIN and not marked[k].nocite:
            marked[k] = replace(marked[k], nocite=True)
    return tuple(marked)


def in_appendix_list(line: int, heads: Sequence[SectionHead]) -> bool:
    """Is the heading at ``line`` (one of ``heads``) a list heading in an appendix's part
    (``Appendix B`` → ``References``)?"""
    chain = open_heads(line + 1, sorted(heads, key=lambda h: h.line))
    return bool(chain) and chain[-1].line == line and _part(chain) is Part.APPENDIX


def main_list_heading(
    candidates: Sequence[int], heads: Sequence[SectionHead]
) -> tuple[int | None, list[int]]:
    """Of the list headings at ``candidates`` (lines, in order), the document's list (the
    last outside an appendix) and the appendices' own lists; with no list outside an
    appendix, the last one is the document's list and none is an appendix's."""
    parts = [c for c in candidates if in_appendix_list(c, heads)]
    main = [c for c in candidates if c not in parts]
    if not main:
        return (candidates[-1] if candidates else None), []
    return main[-1], parts


def under_reading_heading(line: int, heads: Sequence[SectionHead]) -> bool:
    """Is ``line`` in a further-reading list (under such a heading or a sub-heading of
    one, :func:`is_further_reading_heading`)?"""
    chain = open_heads(line, sorted(heads, key=lambda h: h.line))
    return any(is_further_reading_heading(h.text) for h in chain)
