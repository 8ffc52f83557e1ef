"""The body's citations of a word-processor document (DOCX, ODT), once its paragraphs,
notes and reference list are read.

Word and LibreOffice documents are read into paragraphs (a location is a paragraph's
number, see :mod:`bibcheck.readers.docx`).  What the body cites once the notes, the
citation manager's fields and the list are known is the same for both formats, and
decided here:

* bracketed numbers of a numbered list (``[1; 2]``, ``[3, с. 45]``, ``[6–8]``), or the
  numbers a citation manager printed (``by_number``);
* Vancouver numbers in parentheses (``(1)``, ``(2, 3)``);
* superscript numbers typed in the text (``adults.¹ Anaemia²,³``), after the front matter;
* author-date mentions (``(Ng 2020)``) and MLA author-page citations of the list.

A document that cites with notes, or by key through fields, keeps those; bracketed
numbers it also has are an ``unread-region``, as is a list no citation was read of.
A document with notes that also cites its list by name and year in the body ("(Berg
2004)" beside a footnote) reads both: those citations, and the notes' own ("See Berg
(2004)"), cite the list's entries as ``[n]`` and the notes keep their numbers, as the
plain-text and PDF-text readers label them beside notes.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Protocol, TypeVar
from xml.etree import ElementTree as ET

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Anomaly, AnomalyCode, BibliographyFile, RawMarker, RawNote, TextBlock
from bibcheck.parse.numbering import literature_numbering
from bibcheck.readers import partentry
from bibcheck.readers.authoryear import (
    AuthorYears,
    author_years,
    dated_heads,
    listed_names,
    unlisted_anomaly,
    unlisted_lines,
    with_defined,
)
from bibcheck.readers.bodypara import Paragraph as BodyParagraph
from bibcheck.readers.cellcites import cells_after_list, para_citations
from bibcheck.readers.common import cited_entry_notes, is_literature_heading
from bibcheck.readers.docxcite import Citations, PandocKeys, resolve_all
from bibcheck.readers.docxfields import FieldMark
from bibcheck.readers.docxparts import entries_above, part_heading
from bibcheck.readers.docxsup import superscript_citations
from bibcheck.readers.entrysplit import continues_entry
from bibcheck.readers.fewerdated import fewer_dated
from bibcheck.readers.frontmatter import front_matter
from bibcheck.readers.lettered import LETTER, base, follows, is_lettered
from bibcheck.readers.lettered import label as lettered_label
from bibcheck.readers.listclose import entry_as_heading, in_table
from bibcheck.readers.listlike import Heading, unread_list_headings
from bibcheck.readers.listscope import (
    SectionHead,
    in_appendix_list,
    is_further_reading_heading,
    scoped_entries,
)
from bibcheck.readers.mla import (
    MlaIndex,
    mla_index,
    mla_paragraphs,
    mla_shaped,
    uncited_anomaly,
)
from bibcheck.readers.mla import scan_all as mla_scan_all
from bibcheck.readers.namednumber import first_authors, named_numbers
from bibcheck.readers.notecites import boxing, note_citations, read_label
from bibcheck.readers.parennum import (
    cites_in_parentheses,
    paren_citations,
    unread_in_parentheses,
    vancouver_numbers,
)
from bibcheck.readers.plaintext import MARKER as NUMERIC
from bibcheck.readers.plaintext import numeric_citations, unlisted_numbers
from bibcheck.readers.printedlist import printed_works
from bibcheck.readers.proseentry import running_prose
from bibcheck.readers.uncited import uncited_list
from bibcheck.readers.wordlists import (
    chapter_lists,
    ends_list,
    in_chapter_lists,
    part_of,
    run_sections,
    run_start,
)
from bibcheck.readers.wordnumbered import numbers_beside_notes
from bibcheck.readers.wordtyped import typed_beside_fields
from bibcheck.urls import normalise_key, shortened_display

__all__ = [
    "MANUAL_NUMBER",
    "BodyCites",
    "Paragraph",
    "cite_body",
    "ends_list",
    "keyed_markers",
    "literature_entries",
    "literature_heading",
    "read_citations",
    "unread_part",
    "blanked",
    "cites_and_links",
    "cut_tail",
    "document_title",
    "link_text",
    "package_anomalies",
    "merged_literature",
]

# "[12] ", "12. ", "12) " and ACS's "(12) " (not a year: "(1998) Title" is no number)
MANUAL_NUMBER = lazy_compile(r"^\s*(?:\[(\d{1,5})\]|(\d{1,5})[.)]|\((\d{1,3})\))\s+")
# an entry lettered in revision, typed: "[3a] …", "3a. …" (:mod:`bibcheck.readers.lettered`)
_LETTERED_NUMBER = lazy_compile(rf"^\s*(?:\[(\d{{1,5}}{LETTER})\]|(\d{{1,5}}{LETTER})[.)])\s+")


class Paragraph(BodyParagraph, Protocol):
    """A body paragraph of a word-processor document (its number, text and whether it
    is a heading, :class:`~bibcheck.readers.bodypara.Paragraph`), and more."""

    @property
    def level(self) -> int | None: ...  # a heading's level (1 = top), when known

    @property
    def sups(self) -> list[tuple[int, int]]: ...  # superscript text (start, end)

    @property
    def emphasised(self) -> bool: ...  # wholly in italics or bold

    @property
    def list_number(self) -> int | None: ...  # the automatic list number, if any

    def linked_text(self) -> tuple[str, list[str]]: ...  # with link targets, and link notes


P = TypeVar("P", bound=Paragraph)


def literature_heading(paras: Sequence[Paragraph]) -> int | None:
    """Index of the last paragraph that is a literature heading (the TOC may name it too),
    or of the first of the lists that run back to back up to it ("Works Cited", "Works
    Consulted": :mod:`bibcheck.readers.wordlists`)."""
    found = None
    for i, para in enumerate(paras):
        if found is not None and ends_list(para, paras[found]):
            inside = None  # past the list: a later literature heading is a list of its own
        else:
            inside = found
        text = para.text.strip()
        if text and len(text) < 80 and is_literature_heading(f"# {text}"):
            if column_after_list(paras, found, i):
                continue
            if inside is None or (not para.heading and not entries_above(paras[inside + 1 : i])):
                found = i
            # (a plain "Literatur" after entries under the heading names the list's next part)
            # else a sub-heading of the list ("Источники" under "Список литературы")
    if found is None:  # a further-reading list alone is the list (scoped as reading)
        found = reading_heading(paras)
    return None if found is None else run_start(paras, found)


def column_after_list(paras: Sequence[Paragraph], found: int | None, i: int) -> bool:
    """Is ``paras[i]``, a table cell named like a literature heading, a table's column
    ("Reference", "Source" over the works a table compares) after the list's own heading
    outside any table?  Journals ask for the tables after the references: such a cell
    is no heading of the list."""
    return found is not None and in_table(paras[i]) and not in_table(paras[found])


def reading_heading(paras: Sequence[Paragraph]) -> int | None:
    """Index of the last heading paragraph (in a heading style, or wholly emphasised)
    that names a further-reading list (``Further reading``, ``Weiterführende Literatur``,
    ``Lecturas recomendadas``: :func:`is_further_reading_heading`) with a paragraph of
    text under it, or None."""
    found = None
    for i, para in enumerate(paras):
        text = para.text.strip()
        if not (para.heading or para.emphasised) or not 0 < len(text) < 80:
            continue
        if is_further_reading_heading(text) and any(p.text.strip() for p in paras[i + 1 : i + 3]):
            found = i
    return found


def literature_entries(
    paras: Sequence[P], heading: int, rendered: Callable[[P, str], bool] | None = None
) -> tuple[list[RawNote], list[Anomaly]]:
    """The entries under the literature heading; ``rendered(para, text)``: is the paragraph
    a citation manager's rendering of a work its fields already gave (left out)?"""
    notes: list[RawNote] = []
    anomalies: list[Anomaly] = []
    numbers: list[tuple[int | None, int]] = []
    parted = _under_parts(paras, heading)
    for para, text, link_notes in _with_labels(_list_paragraphs(paras, heading)):
        if rendered is not None and rendered(para, text):
            continue  # a manager's rendering of a work read from its fields
        auto = para.list_number
        m = None if auto is not None else MANUAL_NUMBER.match(text)
        lettered = None if auto is not None or m else _LETTERED_NUMBER.match(text)
        if (
            lettered
            and notes
            and follows(
                notes[-1].label, printed := lettered_label(lettered.group(1) or lettered.group(2))
            )
        ):
            # (an entry lettered in revision, "[3a]" after "[3]": no gap, no disorder)
            text = text[lettered.end() :]
            anomalies.extend(_link_anomalies(link_notes, para.number, printed))
            notes.append(RawNote(printed, text, para.number, para.number, (para.number,)))
            continue
        typed = int(next(g for g in m.groups() if g)) if m else None
        number = auto if auto is not None else typed
        if number is None and notes and continues_entry(notes[-1].text, text):
            notes[-1] = _continued(notes[-1], text, para.number)  # the rest of an entry
            anomalies.extend(_link_anomalies(link_notes, para.number, notes[-1].label))
            continue
        if number is None and running_prose(para.text):
            # (under a part's heading, an archive's item without a year opens with a name)
            if para.number not in parted or not partentry.named_entry(text):
                continue  # sentences about the list (how to cite, a note on it): no entry
        label = str(number) if number is not None else str(len(notes) + 1)
        if m:
            text = text[m.end() :]
        numbers.append((number, para.number))
        anomalies.extend(_link_anomalies(link_notes, para.number, label))
        notes.append(RawNote(label, text, para.number, para.number, (para.number,)))
    return notes, [*literature_numbering(numbers, unit="paragraphs"), *anomalies]


def _under_parts(paras: Sequence[P], heading: int) -> set[int]:
    """The numbers of the list's paragraphs that stand under a heading of one of its parts
    ("Fontes de arquivo", "Primary sources", "*Manuscripts*")."""
    out: set[int] = set()
    for start, end in run_sections(paras, heading):
        parted = False
        for k in range(start + 1, end):
            para = paras[k]
            if para.heading and not entry_as_heading(paras, k):
                parted = True
            elif not para.heading and part_heading(para.emphasised, para.text):
                parted = True
            elif parted:
                out.add(para.number)
    return out


_Item = tuple[P, str, list[str]]  # a paragraph of the list, its text (links written in), notes


def _list_paragraphs(paras: Sequence[P], heading: int) -> Iterator[_Item[P]]:
    """The paragraphs with text under the literature heading, up to the list's end (its
    sub-headings left out: "Primary sources", "*Manuscripts*" in italics), and those of
    the lists that follow it back to back ("Works Consulted" after "Works Cited")."""
    for start, end in run_sections(paras, heading):
        for k in range(start + 1, end):
            para = paras[k]
            if para.heading and entry_as_heading(paras, k):
                pass  # an entry set in a heading style by a slip: an entry
            elif para.heading or part_heading(para.emphasised, para.text):
                continue
            text, link_notes = para.linked_text()
            if text.strip():
                yield para, text.strip(), link_notes


# a paragraph that is only an entry's label: "[12]", "12.", "(12)", "[Bar00]" (not a year
# alone: "2019." over the works of that year is a heading of the list's part)
_LABEL_ONLY = lazy_compile(r"\[\d{1,5}\]|\d{1,3}[.)]|\(\d{1,3}\)|\[[^\W_][\w.+:-]{0,15}\]")


def _with_labels(items: Iterator[_Item[P]]) -> Iterator[_Item[P]]:
    """The list's paragraphs with a label written in a paragraph of its own joined to the
    entry after it: Word renders a numeric style's list (IEEE, ISO 690 numeric) as a
    table, the label ``[1]`` in one cell and the entry in the next, or as a label
    paragraph and an entry paragraph.  A label followed by another label, a numbered
    paragraph or nothing stays as it is."""
    held: _Item[P] | None = None
    for item in items:
        para, text, link_notes = item
        alone = para.list_number is None and _LABEL_ONLY.fullmatch(text) is not None
        if held is not None:
            if not alone and para.list_number is None and not MANUAL_NUMBER.match(text):
                yield para, f"{held[1]} {text}", [*held[2], *link_notes]
                held = None
                continue
            yield held
            held = None
        if alone:
            held = item
        else:
            yield item
    if held is not None:
        yield held


def _continued(entry: RawNote, text: str, line: int) -> RawNote:
    """``entry`` with the paragraph ``text`` (at ``line``) that holds the rest of it."""
    starts = entry.line_starts or (entry.line,)
    return replace(entry, text=f"{entry.text}\n{text}", end_line=line, line_starts=(*starts, line))


def _link_anomalies(link_notes: list[str], line: int, label: str) -> list[Anomaly]:
    return [
        Anomaly(AnomalyCode.URL_LINK_TEXT_DIFFERS, msg, line, literature_entry=base(label))
        for msg in link_notes
    ]


def blanked(text: str, fields: Sequence[FieldMark]) -> str:
    """``text`` with the citation fields' results blanked (no bracketed number or key in a
    manager's rendered citation is read again)."""
    chars = list(text)
    for mark in fields:
        chars[mark.start : mark.end] = " " * (mark.end - mark.start)
    return "".join(chars)


def package_anomalies(problems: Sequence[str], what: str) -> list[Anomaly]:
    """What went wrong reading a ZIP package (damage, parts over a size cap), as anomalies."""
    return [
        Anomaly(
            AnomalyCode.LIMIT_REACHED
            if "inflates beyond" in p or "too large" in p
            else AnomalyCode.DOCUMENT_DAMAGED,
            f"{what}: {p}",
        )
        for p in problems
    ]


def cites_and_links(text: str) -> int:
    """How many bracketed citations and web addresses ``text`` holds."""
    return len(NUMERIC.findall(text)) + len(re.findall(r"(?:https?://|www\.)\S", text))


def unread_part(name: str, count: int) -> list[Anomaly]:
    """The ``unread-region`` of parts not read (comments, headers, footers) holding
    ``count`` citations or links; none when they hold none."""
    if not count:
        return []
    return [
        Anomaly(
            AnomalyCode.UNREAD_REGION,
            f"the {name} of this document hold {count} citation(s) or link(s); "
            f"{name} are not read, so they were not checked",
            None,
        )
    ]


def cut_tail(parts: list[str], length: int, start: int) -> str:
    """Remove from ``parts`` (a text kept as pieces, ``length`` characters in all) the text
    from ``start`` on and return it, walking back over the last pieces only (a paragraph of
    many links stays linear)."""
    keep = length
    i = len(parts)
    while i > 0 and keep > start:
        i -= 1
        keep -= len(parts[i])
    tail = "".join(parts[i:])
    del parts[i:]
    if start > keep:
        parts.append(tail[: start - keep])
    return tail[start - keep :]


def document_title(title: ET.Element | None, paras: Sequence[Paragraph]) -> str | None:
    """The document's title: its metadata's (``dc:title``), else its first heading's text."""
    if title is not None and (title.text or "").strip():
        return (title.text or "").strip()
    return next((p.text.strip() for p in paras if p.heading and p.text.strip()), None)


def link_text(visible: str, target: str) -> tuple[str, str | None]:
    """How a link is written into a note's or an entry's text (the target kept for the URL
    parser), and a note when the visible text is another address than the target."""
    if not re.match(r"(?:https?|ftp)://", target, re.I):
        return visible, None
    shown = visible.strip()
    if re.match(r"(?:https?|ftp)://", shown, re.I):
        return f"[{_escape(shown)}]({target})", None  # the URL parser compares the two
    if re.match(r"www\.\S+$", shown, re.I):
        note = None
        if normalise_key("http://" + shown) != normalise_key(target) and not (
            shortened_display(shown, target)
        ):
            note = f"link text {shown!r} differs from its target {target!r}; the target is used"
        return f"[{_escape(shown)}]({target})", note
    return (f"{visible} <{target}>" if shown else f"<{target}>"), None


def _escape(label: str) -> str:
    return label.replace("[", "\\[").replace("]", "\\]")


def merged_literature(
    works: list[RawNote], written: list[RawNote], shown: dict[str, int]
) -> list[RawNote]:
    """The store's works and the entries written out of it, in the order the rendered list
    shows them (works it does not show after it, in the store's order); a written entry is
    numbered by its place."""
    if not works:
        return written
    if not shown:
        merged = [*works, *written]
    else:
        last = max([*shown.values(), *(e.line for e in written)]) + 1
        place = {id(e): shown.get(e.label, last + k) for k, e in enumerate(works)}
        place.update({id(e): e.line for e in written})
        merged = sorted([*works, *written], key=lambda e: place[id(e)])
    mine = {id(e) for e in written}
    return [replace(e, label=str(k)) if id(e) in mine else e for k, e in enumerate(merged, 1)]


def keyed_markers(
    blocks: list[TextBlock], markers: list[RawMarker], cited: list[tuple[int, int, str]]
) -> tuple[list[TextBlock], list[RawMarker]]:
    """The body's markers with a marker per work cited by a field or key, in order."""
    block_of = {b.pieces[0][1]: k for k, b in enumerate(blocks) if b.pieces}
    out = list(markers)
    for line, offset, key in cited:
        if line not in block_of:
            block_of[line] = len(blocks)
            blocks.append(TextBlock("", ((0, line),)))
        out.append(RawMarker(key, line, offset + 1, block_of[line], offset))
    out.sort(key=lambda m: (m.line, m.column))
    return blocks, out


@dataclass(slots=True)
class BodyCites:
    """What the body cites: its blocks and markers, the notes (a numbered list's cited
    entries as notes), the list, the anomalies, and whether markers repeat by design."""

    blocks: list[TextBlock]
    markers: list[RawMarker]
    notes: list[RawNote]
    literature: list[RawNote]
    anomalies: list[Anomaly]
    reusable: bool = False
    partial: bool = False  # the list holds only the works cited by key from --bibliography
    bibliographies: tuple[BibliographyFile, ...] = ()


def cite_body(
    body: Sequence[P],
    plain: Sequence[P],
    found: BodyCites,
    *,
    noted: bool,
    cited: list[tuple[int, int, str]],
    cite_notes: list[RawNote],
    citations: Citations,
    by_number: bool,
    heading_line: int | None,
    parts: Sequence[int] = (),
    reading: bool = False,
) -> BodyCites:
    """The citations of the body (``found``: the blocks, markers and notes of the document's
    notes, its list; ``plain``: the body with citation fields blanked; ``noted``: the
    document cites with notes; ``cited``: (line, offset, key) of works cited by key;
    ``parts``: the heading lines of a list per chapter, whose numbers a chapter's
    citations name as ``<part>.<n>``; ``reading``: the list is headed as further reading)."""
    blocks, markers, notes = found.blocks, found.markers, found.notes
    literature, anomalies = found.literature, list(found.anomalies)
    # (a list that letters an entry added in revision, "[3a]", is cited so)
    lettered = any(is_lettered(e.label) for e in literature)
    anchors = noted
    numeric = (
        not anchors and bool(literature) and (by_number or (not cited and _cites_by_number(plain)))
    )
    # Vancouver typed or converted to plain text: "(1)", "(2, 3)" cite the numbered list
    front = _front_matter(body)  # title block, byline, affiliations: no citations there
    in_parens = (
        not numeric
        and not anchors
        and not cited
        and cites_in_parentheses([p.text for p in plain if p.number not in front], len(literature))
    )
    # superscript numbers typed in the text ("adults.¹ Anaemia²,³"), after the author lines
    in_sups = (
        not numeric
        and not in_parens
        and not anchors
        and not cited
        and _cites_by_superscript(body, front, len(literature), lettered)
    )
    # author-date text ("(Cengiz et al. 2019; Manning 2021)", "Dickens and Manning (2004,
    # C97)") typed, or printed by pandoc --citeproc or a manager "converted to plain text"
    named: AuthorYears = {}
    listed = literature
    dated = 0  # author-date citations read
    if not (numeric or in_parens or in_sups or anchors or cited) and literature:
        # (an author-date citation names its work, never an entry's number: entries whose
        # typed numbers repeat are told apart by their place in the list)
        placed = by_place(literature)
        named = with_defined(
            author_years((e.label, e.text) for e in placed), "\n".join(p.text for p in plain)
        )
        dated = sum(1 for p in plain for _ in para_citations(p, named))
        if not dated:
            named = {}
        else:
            literature = placed
    # MLA author-page text ("(Shelley 112)", "(Mellor 45; Botting 4)", "(38)" after the
    # author is named) citing an MLA-shaped Works Cited list
    mla = MlaIndex()
    if not (numeric or in_parens or in_sups or anchors or cited) and listed:
        entries = [(e.label, e.text) for e in listed]
        mla = mla_index(entries) if mla_shaped(entries) else MlaIndex()
        # (an MLA list's text names a title's year once, "Koon et al., 2011": the
        # author-page citations around it are the text's system, the one reading more)
        if named and mla and not fewer_dated(dated, _mla_count(plain, mla)):
            mla = MlaIndex()
        elif mla:
            named, literature = {}, listed
    uncited: dict[str, int] = {}  # "(Whitlock 45)" of no single entry: its first paragraph

    def mla_finder(para: P) -> _Found:
        found, missing, _ = mla_scan_all(para.text, mla, None)
        for _, _, name in missing:
            uncited.setdefault(name, para.number)
        return [(end, end, [lab]) for _, end, lab in found]

    if numeric or in_parens or in_sups or named or mla:  # "[1; 2]", "(3)", "⁴", "(Ng 2020)"
        size = len(literature)
        finder = (
            (lambda para: [(end, end, [lab]) for end, lab in para_citations(para, named)])
            if named
            else mla_finder
            if mla
            else (lambda para: [] if para.number in front else paren_citations(para.text, size))
            if in_parens
            else (lambda para: _superscripts(para, front, size, lettered))
            if in_sups
            else (lambda para: numeric_citations(para.text, lettered=lettered))
        )
        if numeric or in_parens or in_sups:  # "DerSimonian & Laird 19 proposed" typed plain
            finder = _with_named_numbers(finder, literature, front)
        blocks, markers = _numeric_body(body, citations.spans, finder)
        if parts:  # "[4]" in chapter 1 names entry 4 of chapter 1's list: "1.4"
            markers = [replace(m, label=f"{part_of(parts, m.line)}.{m.label}") for m in markers]
        anomalies += [uncited_anomaly(name, line, mla) for name, line in uncited.items()]
        if named:  # "(Okafor et al., 2006)" of an author no entry names: a missing entry
            paragraphs = [(p.number, p.text) for p in plain if p.number not in front]
            anomalies += unlisted_lines(paragraphs, (e.text for e in literature))
        notes = cited_entry_notes(markers, literature, at_citation=True)
        anomalies.extend(unlisted_numbers(markers, literature))  # "(14)" of 13 entries
        if by_number:
            literature, notes, tie_anomalies = citations.printed_works(literature, notes)
            anomalies.extend(tie_anomalies)
        if cited:  # fields that cite by key beside the numbers
            blocks, markers = keyed_markers(blocks, markers, cited)
            notes.extend(cite_notes)
    elif anchors and by_number and literature:  # "[190]" printed by fields beside notes
        paragraphs = [(p.number, p.text) for p in plain if p.number not in front]
        numbered = numbers_beside_notes(paragraphs, blocks, markers, citations.spans, literature)
        markers = numbered.markers
        notes = [*notes, *numbered.notes]
        anomalies.extend(numbered.anomalies)
        if cited:  # fields that cite by key beside the numbers
            blocks, markers = keyed_markers(blocks, markers, cited)
            notes.extend(cite_notes)
    else:
        how = "Word notes" if anchors else "citation fields or keys" if cited else ""
        anomalies.extend(_unread_numbers(plain, literature, how))
        if cited and literature:  # "Ormrod (2008)" typed for an entry added by hand
            paragraphs = [(p.number, p.text) for p in plain if p.number not in front]
            cells = {p.number for p in plain if in_table(p)}
            markers, typed = typed_beside_fields(paragraphs, blocks, markers, literature, cells)
            notes = [*notes, *typed]
        if anchors and not cited and literature:  # "(Berg 2004)" beside the notes
            here = BodyCites(blocks, markers, notes, literature, [])
            beside = _beside_notes(plain, front, here)
            if beside is here:  # "(Cusk 74)", "(Euripides, Medea 1078-79)" beside the notes
                beside = _mla_beside_notes(plain, front, here)
            blocks, markers, notes = beside.blocks, beside.markers, beside.notes
            anomalies.extend(beside.anomalies)
        if not how and literature:  # "(1)", "(2, 3)" that did not read as Vancouver
            paragraphs = [(p.number, p.text) for p in plain if p.number not in front]
            anomalies.extend(unread_in_parentheses(paragraphs, len(literature)))
            anomalies.extend(_unread_superscripts(body, front, len(literature)))
    if (
        literature
        and not markers
        and all(a.code is not AnomalyCode.UNREAD_REGION for a in anomalies)
    ):
        # a list and not one citation read: never "nothing to check" in silence
        paragraphs = [(p.number, p.text) for p in plain]
        anomalies.extend(uncited_list(paragraphs, len(literature), heading_line, reading=reading))
    reusable = numeric or in_parens or in_sups or bool(named) or bool(mla)
    return BodyCites(blocks, markers, notes, literature, anomalies, reusable)


def _with_named_numbers(
    finder: Callable[[P], _Found], literature: Sequence[RawNote], front: set[int]
) -> Callable[[P], _Found]:
    """``finder`` and the numbers typed after the names of the entries' first authors
    (:mod:`bibcheck.readers.namednumber`) where ``finder`` found none."""
    authors = first_authors({e.label: e.text for e in literature})

    def found(para: P) -> _Found:
        read = finder(para)
        if para.number in front:
            return read
        more = [
            c
            for c in named_numbers(para.text, authors)
            if not any(c[0] < end and start < c[1] for start, end, _ in read)
        ]
        return sorted([*read, *more]) if more else read

    return found


def _beside_notes(plain: Sequence[P], front: set[int], found: BodyCites) -> BodyCites:
    """The body's and the notes' author-date citations of the list (``found``: the body's
    blocks and note markers, the notes, the list) when the body cites it by name and year
    at least once (a table cell of bare citations counts: :mod:`.cellcites`) and the list
    is an author-date one (:func:`dated_heads`): each cites its
    entry as ``[n]``, so that the notes keep their numbers; else ``found`` as it is.  A
    note that cites a work so is commentary (:mod:`bibcheck.readers.notecites`); an author
    no entry names is said."""
    literature = found.literature
    if not dated_heads(e.text for e in literature):
        return found  # a notes-and-bibliography list: its notes cite, not names and years
    entries = ((boxing(e.label), e.text) for e in literature)
    document = "\n".join(p.text for p in plain)
    index = with_defined(author_years(entries), document)
    block_of = {b.pieces[0][1]: k for k, b in enumerate(found.blocks) if b.pieces}
    # (a title block stands above a section's heading: with none, the short paragraphs
    # above the list are the body, "Flow rose (Okafor, 2014).")
    titled = front if any(p.heading for p in plain) else set()
    cited = [
        (p, end, label)
        for p in plain
        if p.number in block_of  # (each paragraph with text has its block)
        # (the title block cites nothing: "… of the observatory (1870-1925)"
        # names the span the paper studies)
        and p.number not in titled
        # (a table cell of bare citations, "Müller et al. 2008" in a "Source" column, cites
        # as a parenthesis does: the list is an author-date one, the cell nothing but names
        # and years of its entries)
        for end, label in para_citations(p, index)
    ]
    # (the notes alone citing the list by name and year are not read so in Word and ODT:
    # their notes stay notes, each with the work it names)
    if not cited:
        return found
    markers = [
        *found.markers,
        *(RawMarker(label, p.number, end + 1, block_of[p.number], end) for p, end, label in cited),
    ]
    listed = listed_names((e.text for e in literature), document)
    # (a note a citation manager's field gave its work keeps that work)
    in_notes = note_citations(
        [n for n in found.notes if n.reference is None], index, listed, len(found.blocks)
    )
    read = iter(in_notes.notes)
    notes = [n if n.reference is not None else next(read) for n in found.notes]
    markers.sort(key=lambda m: (m.line, m.column))
    markers.extend(in_notes.markers)  # (each note's after the body's, at its anchor's line)
    markers = [replace(m, label=read_label(m.label)) for m in markers]
    boxed = [replace(e, label=f"[{e.label}]") for e in literature]
    listed_cites = [m for m in markers if m.label.startswith("[")]
    notes.extend(cited_entry_notes(listed_cites, boxed, at_citation=True))
    paragraphs = [(p.number, p.text) for p in plain if p.number not in front]
    anomalies = [
        *unlisted_lines(paragraphs, (e.text for e in literature)),
        *(unlisted_anomaly(name, line) for name, line in in_notes.unnamed),
    ]
    blocks = [*found.blocks, *in_notes.blocks]
    return BodyCites(blocks, markers, notes, literature, anomalies)


def _mla_beside_notes(plain: Sequence[P], front: set[int], found: BodyCites) -> BodyCites:
    """The body's MLA citations (:mod:`bibcheck.readers.mla`) of an MLA-shaped Works Cited
    list beside the document's own notes: each cites its entry as ``[n]``, so that the
    notes keep their numbers (as :func:`_beside_notes` for author-date); else ``found``."""
    literature = found.literature
    entries = [(e.label, e.text) for e in literature]
    if not mla_shaped(entries):
        return found
    index = mla_index(entries)
    block_of = {b.pieces[0][1]: k for k, b in enumerate(found.blocks) if b.pieces}
    paragraphs = [(p.number, p.text) for p in plain if p.number in block_of]
    cited, unlisted = mla_paragraphs([(n, text) for n, text in paragraphs if n not in front], index)
    if not cited:
        return found
    markers = [
        *found.markers,
        *(RawMarker(f"[{label}]", n, end + 1, block_of[n], end) for n, end, label in cited),
    ]
    markers.sort(key=lambda m: (m.line, m.column))
    boxed = [replace(e, label=f"[{e.label}]") for e in literature]
    listed = [m for m in markers if m.label.startswith("[")]
    notes = [*found.notes, *cited_entry_notes(listed, boxed, at_citation=True)]
    anomalies = [uncited_anomaly(name, line, index) for name, line in unlisted]
    return BodyCites(found.blocks, markers, notes, literature, anomalies)


def read_citations(
    paras: Sequence[P],
    lit_at: int | None,
    plain: Sequence[P],
    citations: Citations,
    found: BodyCites,
    bibliography_field: Callable[[], set[int]],
    bibliography: Sequence[str],
) -> BodyCites:
    """What a word-processor document cites, once its paragraphs and notes are read.

    ``paras``: every body paragraph; ``lit_at``: the index of the list's heading in them;
    ``plain``: the body's paragraphs (those before the list) with the citation fields'
    results blanked; ``found``: the blocks, markers and notes of the document's own notes
    (the literature is read here); ``bibliography_field()``: the paragraph numbers inside
    a citation manager's rendered list; ``bibliography``: ``--bibliography`` files.
    """
    body = paras if lit_at is None else paras[:lit_at]
    blocks, markers, notes = found.blocks, found.markers, found.notes
    anomalies = list(found.anomalies)
    noted = bool(found.markers)  # the document cites with notes of its own
    # a numbered list closing each chapter, numbering restarting: a list per part
    parts = [] if lit_at is None or noted else chapter_lists(paras, lit_at)
    if parts:
        listed = {paras[k].number for k in in_chapter_lists(paras, parts[:-1])}
        body = [p for p in body if p.number not in listed]
        plain = [p for p in plain if p.number not in listed]
    # a numeric style ("[1]", "[4]–[6]" printed by the fields, a numbered list): the fields
    # cite by the numbers the reader sees, and the printed list is the literature (Word's
    # notes would take the same numbers: with them the fields stay citations by key, unless
    # no work stands behind the fields, as behind LibreOffice's: the numbers are all there is)
    by_number = (
        bool(citations.printed)
        and lit_at is not None
        and (not noted or not any(k in citations.items for c in citations.printed for k in c.keys))
    )
    if by_number:
        citations.by_number()
    # the rendered list of a citation manager (BIBLIOGRAPHY, ZOTERO_BIBL …) holds the works
    # the fields cite: they are read from the fields, not again from the list
    # (a store's list printed with no citation field too: its works are read from the store)
    in_field = (
        bibliography_field() if (citations.fields or citations.store) and not by_number else set()
    )
    shown: dict[str, int] = {}  # key -> the paragraph of the rendered list that shows it

    def rendered(para: Paragraph, text: str) -> bool:
        # an entry of the field that renders no work of the store (an item added to the
        # list by hand, or one the manager lists uncited) is read as written
        key = citations.rendered_work(text, shown) if para.number in in_field else None
        if key is not None:
            shown.setdefault(key, para.number)
        return key is not None

    literature: list[RawNote] = []
    lit_anomalies: list[Anomaly] = []
    if parts:
        literature, lit_anomalies = _part_entries(paras, parts, rendered)
    elif lit_at is not None:
        literature, lit_anomalies = literature_entries(paras, lit_at, rendered)
        for k in appendix_lists(paras, lit_at):  # an appendix's own list, after the list
            entries, _ = literature_entries(paras, k, rendered)
            literature += [
                replace(e, label=str(len(literature) + n)) for n, e in enumerate(entries, 1)
            ]
    keys = PandocKeys()
    keys.read([(p.number, p.text) for p in plain if "@" in p.text], bool(bibliography))
    # the stored works nobody cites and no rendered entry shows are no entries (a
    # template's source store, a manager's list that prints its own works, not Word's)
    citations.keep_used([*keys.cites.first, *shown])
    first_line = paras[lit_at].number if lit_at is not None else 1
    cite_notes, cite_literature, cite_anomalies, cited, bib_files = resolve_all(
        citations, keys, bibliography, {n.label for n in notes}, first_line
    )
    anomalies.extend([*citations.finish(), *cite_anomalies])
    if cited and not by_number:
        blocks, markers = keyed_markers(blocks, markers, cited)
        notes.extend(cite_notes)
    if by_number:  # the printed list, and the works cited by key (another field) after it
        keyed = {key for _, _, key in cited}
        literature = [*literature, *(e for e in cite_literature if e.label in keyed)]
    else:
        if cite_literature and literature:
            # the printed list beside the bibliography file's works: one work, not two
            printed = printed_works(literature, cite_literature)
            for k, key in printed.items():
                shown.setdefault(key, literature[k].line)
            literature = [e for k, e in enumerate(literature) if k not in printed]
        if cite_literature and literature:
            renumbered = (
                AnomalyCode.LITERATURE_NUMBERING,
                AnomalyCode.LITERATURE_DUPLICATE_NUMBER,
            )
            lit_anomalies = [a for a in lit_anomalies if a.code not in renumbered]
        literature = merged_literature(cite_literature, literature, shown)
    anomalies.extend(lit_anomalies)
    if lit_at is not None and not parts:
        # a table after the list citing bare ("Lowe et al., 2019" in its "Source" column)
        end = run_sections(paras, lit_at)[-1][1]
        tail = cells_after_list(paras, end, {e.line for e in literature})
        body, plain = [*body, *tail], [*plain, *tail]
        blocks = [*blocks, *(TextBlock(p.text, ((0, p.number),)) for p in tail)]
    read = cite_body(
        body,
        plain,
        BodyCites(blocks, markers, notes, literature, anomalies),
        noted=noted,
        cited=cited,
        cite_notes=cite_notes,
        citations=citations,
        by_number=by_number,
        heading_line=paras[lit_at].number if lit_at is not None else None,
        parts=[paras[k].number for k in parts],
        reading=lit_at is not None and is_further_reading_heading(paras[lit_at].text),
    )
    literature, anomalies = read.literature, read.anomalies
    # a heading named like a list ("Bibliography of Printed Works") over entries not read
    outline = [Heading(p.number, p.text, (p.level or 0) if p.heading else None) for p in paras]
    anomalies.extend(unread_list_headings(outline, {e.line for e in literature}))
    # further-reading and appendix lists (by the heading paragraphs above them)
    heads = [SectionHead(h.line, h.level, h.text) for h in outline if h.level is not None]
    heads += _part_heads(paras, lit_at)
    read.literature = list(scoped_entries(literature, heads))
    read.partial = bool(keys.count and bibliography)
    read.bibliographies = bib_files
    return read


def _part_heads(paras: Sequence[Paragraph], lit_at: int | None) -> list[SectionHead]:
    """The paragraphs after the list's heading that head a part of it without a heading
    style (``*Further reading*`` in italics or bold): headings below every styled one."""
    if lit_at is None:
        return []
    return [
        SectionHead(p.number, _BELOW_STYLED, p.text.strip())
        for p in paras[lit_at + 1 :]
        if not p.heading and part_heading(p.emphasised, p.text)
    ]


_BELOW_STYLED = 10  # (Word's heading levels go to 9)


def appendix_lists(paras: Sequence[Paragraph], lit_at: int) -> list[int]:
    """The headings (indexes) of the appendices' own lists after the list headed at
    ``lit_at`` (``Appendix B`` → ``References``: :mod:`bibcheck.readers.listscope`)."""
    end = run_sections(paras, lit_at)[-1][1]
    heads = [SectionHead(p.number, p.level or 0, p.text) for p in paras if p.heading]
    return [
        k
        for k in range(end, len(paras))
        if paras[k].heading
        and is_literature_heading(f"# {paras[k].text.strip()}")
        and in_appendix_list(paras[k].number, heads)
    ]


def by_place(literature: list[RawNote]) -> list[RawNote]:
    """``literature`` labelled by place (1, 2, …) when its labels repeat (a typed numbering
    that restarts or repeats a number), else as it is."""
    labels = [e.label for e in literature]
    if len(set(labels)) == len(labels):
        return literature
    return [replace(e, label=str(k)) for k, e in enumerate(literature, 1)]


def _part_entries(
    paras: Sequence[P], parts: Sequence[int], rendered: Callable[[P, str], bool]
) -> tuple[list[RawNote], list[Anomaly]]:
    """The entries of each chapter's list in turn, labelled ``<part>.<n>``."""
    literature: list[RawNote] = []
    anomalies: list[Anomaly] = []
    for k, heading in enumerate(parts, 1):
        entries, found = literature_entries(paras, heading, rendered)
        literature.extend(replace(e, label=f"{k}.{e.label}") for e in entries)
        anomalies.extend(found)
    return literature, anomalies


def _cites_by_number(paras: Sequence[P]) -> bool:
    return any(NUMERIC.search(para.text) for para in paras)


_Found = list[tuple[int, int, list[str]]]  # (start, end, numbers) of each citation


def _mla_count(plain: Sequence[Paragraph], mla: MlaIndex) -> int:
    """The MLA author-page citations the paragraphs ``plain`` hold."""
    return sum(len(mla_scan_all(p.text, mla, None)[0]) for p in plain)


def _cites_by_superscript(
    paras: Sequence[P], front: set[int], size: int, lettered: bool = False
) -> bool:
    found = (
        labels for para in paras for _, _, labels in _superscripts(para, front, size, lettered)
    )
    return size > 0 and vancouver_numbers(found, size)


def _front_matter(paras: Sequence[P]) -> set[int]:
    """The paragraph numbers of the front matter (title block, byline, affiliations: their
    numbers are affiliation marks; :mod:`bibcheck.readers.frontmatter`), found once."""
    found = front_matter([(p.text, p.heading) for p in paras])
    return {paras[k].number for k in found}


def _superscripts(para: Paragraph, front: set[int], size: int, lettered: bool = False) -> _Found:
    """The superscript numbers of a paragraph that may cite the list (none in the front
    matter, ``front``: the author lines' affiliation marks); ``lettered``: the list letters
    an entry added in revision (``³ᵃ`` set as a superscript "3a" cites it)."""
    if not para.sups or para.number in front:
        return []
    return superscript_citations(para.text, para.sups, size, lettered=lettered)


def _unread_superscripts(paras: Sequence[P], front: set[int], size: int) -> list[Anomaly]:
    """Superscript numbers that may cite the list but did not read as its citations."""
    found = [(p.number, c) for p in paras for c in _superscripts(p, front, size)]
    if len({n for _, (_, _, labels) in found for n in labels}) < 2:
        return []
    line, (start, end, _) = found[0]
    shown = next(p.text[start:end] for p in paras if p.number == line)
    return [
        Anomaly(
            AnomalyCode.UNREAD_REGION,
            f"{len(found)} superscript numbers in the body ({shown.strip()} …) may cite the "
            "numbered reference list but do not read as its citations; they were not checked",
            line,
        )
    ]


def _numeric_body(
    paras: Sequence[P],
    fields: dict[int, list[tuple[int, int, list[str]]]] | None = None,
    finder: Callable[[P], _Found] | None = None,
) -> tuple[list[TextBlock], list[RawMarker]]:
    """Blocks with the bracketed numbers taken out, and a marker for each number;
    ``fields``: per paragraph, the citation fields that print numbers ((start, end,
    numbers): "¹" or "[4]–[6]" as the field says), read instead of the text they cover;
    ``finder``: the citations of a paragraph (the bracketed numbers when not given)."""
    blocks: list[TextBlock] = []
    markers: list[RawMarker] = []
    for para in paras:
        if not para.text.strip():
            continue
        index = len(blocks)
        text = ""
        pos = 0
        spans = (fields or {}).get(para.number, [])
        typed = [
            c
            for c in (numeric_citations(para.text) if finder is None else finder(para))
            if not any(c[0] < end and start < c[1] for start, end, _ in spans)
        ]
        for start, end, labels in sorted([*typed, *spans]):
            text += para.text[pos:start]
            markers.extend(RawMarker(n, para.number, start + 1, index, len(text)) for n in labels)
            pos = end
        text += para.text[pos:]
        blocks.append(TextBlock(text, ((0, para.number),)))
    return blocks, markers


def _unread_numbers(paras: Sequence[P], literature: list[RawNote], how: str) -> list[Anomaly]:
    """Bracketed numbers that were not read as citations: say so (``how``: what the
    document cites with instead, "" when nothing)."""
    found = [(para.number, m) for para in paras for m in NUMERIC.finditer(para.text)]
    if not found:
        return []
    if how and literature:
        why = f"the document cites with {how}, so its bracketed numbers were not read"
    elif not literature:
        why = "no numbered reference list (References, Литература …) was found for them"
    else:
        return []
    first, m = found[0]
    return [
        Anomaly(
            AnomalyCode.UNREAD_REGION,
            f"{len(found)} numeric citations in the body ({m.group(0)} …): {why}; "
            "they were not checked",
            first,
        )
    ]
