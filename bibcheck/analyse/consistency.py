"""Findings derived from the anomalies recorded at ingest.

Ingest records every defect it finds as an :class:`~bibcheck.model.Anomaly`;
most of them are worth an editor's attention, some are repairs that need no
action (URLs joined across lines, escapes removed, page artifacts skipped,
encodings guessed) and give no finding.  The table :data:`ANOMALY_FINDINGS`
is the whole mapping, with the severity and the fix for each code.

``footnote-literature-mismatch`` gathers every ``literature-*-differs``
anomaly of one footnote into one finding (plus a heading author spelled
differently, which ingest does not record).  A URL difference that is a small
edit is left to ``near-duplicate-url``, so one defect is never reported twice.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from bibcheck.analyse.common import finding
from bibcheck.analyse.duplicates import near_duplicate
from bibcheck.lazyre import lazy_compile
from bibcheck.model import (
    Anomaly,
    AnomalyCode,
    Finding,
    FindingKind,
    Footnote,
    LiteratureEntry,
    ParsedDocument,
    Reference,
    Severity,
)
from bibcheck.parse.matching import ITEM_OF
from bibcheck.parse.names import family_names, name_words, same_families, same_family

A = AnomalyCode
E, W, INFO = Severity.ERROR, Severity.WARNING, Severity.INFO


@dataclass(frozen=True, slots=True)
class Rule:
    kind: FindingKind
    severity: Severity
    suggestion: str


ANOMALY_FINDINGS: dict[AnomalyCode, Rule] = {
    A.LITERATURE_UNCITED: Rule(
        FindingKind.UNCITED_LITERATURE_ENTRY,
        INFO,
        "cite the work in a footnote or drop it from the list",
    ),
    A.LITERATURE_MISSING: Rule(
        FindingKind.MISSING_LITERATURE_ENTRY, W, "add the work to the literature list"
    ),
    A.NO_LITERATURE_LIST: Rule(
        FindingKind.MISSING_LITERATURE_ENTRY,
        INFO,
        "add a literature list if the publisher's style asks for one",
    ),
    A.MARKER_WITHOUT_DEFINITION: Rule(
        FindingKind.FOOTNOTE_NUMBERING, E, "write the missing footnote or remove the marker"
    ),
    A.DEFINITION_WITHOUT_MARKER: Rule(
        FindingKind.FOOTNOTE_NUMBERING, E, "put the marker back in the text or remove the footnote"
    ),
    A.DUPLICATE_DEFINITION: Rule(
        FindingKind.FOOTNOTE_NUMBERING, E, "renumber the footnotes so each number is defined once"
    ),
    A.DUPLICATE_MARKER: Rule(
        FindingKind.FOOTNOTE_NUMBERING, W, "check that the same footnote is meant at both places"
    ),
    A.NUMBERING_GAP: Rule(FindingKind.FOOTNOTE_NUMBERING, W, "renumber the footnotes without gaps"),
    A.NUMBERING_OUT_OF_ORDER: Rule(
        FindingKind.FOOTNOTE_NUMBERING, W, "renumber the footnotes in reading order"
    ),
    A.LITERATURE_NUMBERING: Rule(
        FindingKind.LITERATURE_NUMBERING, W, "renumber the literature list consecutively"
    ),
    A.LITERATURE_DUPLICATE_NUMBER: Rule(
        FindingKind.LITERATURE_NUMBERING, W, "give each literature entry its own number"
    ),
    A.LITERATURE_DUPLICATE_ENTRY: Rule(
        FindingKind.DUPLICATE_CITATION, W, "keep one entry for the work and cite it everywhere"
    ),
    A.LOST_MARKER: Rule(
        FindingKind.LOST_MARKER,
        W,
        "restore the footnote marker where the placeholder stands; delete the placeholder",
    ),
    A.MARKER_DISPLACED: Rule(
        FindingKind.LOST_MARKER,
        W,
        "move the marker to where the placeholder stands; delete the placeholder",
    ),
    A.YEAR_MALFORMED: Rule(FindingKind.MALFORMED_FIELD, W, "write the full year"),
    A.ACCESS_DATE_INVALID: Rule(
        FindingKind.MALFORMED_FIELD, W, "write the access date as DD.MM.YYYY"
    ),
    A.URL_INVALID: Rule(FindingKind.MALFORMED_FIELD, W, "correct the URL"),
    A.DOI_INVALID: Rule(FindingKind.MALFORMED_FIELD, W, "correct the DOI: it reads 10.NNNN/suffix"),
    A.IDENTIFIER_MALFORMED: Rule(
        FindingKind.MALFORMED_FIELD, W, "correct the identifier in the citation key"
    ),
    # (info: the ISBN is left out of the entry's fields and said, not a defect of the
    # citation itself; a registry check of the work goes by its other fields)
    A.ISBN_INVALID: Rule(
        FindingKind.MALFORMED_FIELD,
        INFO,
        "check the ISBN against the book: its check digit does not match its digits",
    ),
    A.URL_MISSING: Rule(FindingKind.MALFORMED_FIELD, W, "add the URL of the electronic resource"),
    A.URL_LINK_TEXT_DIFFERS: Rule(
        FindingKind.MALFORMED_FIELD, W, "make the printed URL and the link target the same"
    ),
    A.URL_MIXED_SCRIPT: Rule(FindingKind.MALFORMED_FIELD, W, "retype the word in Latin letters"),
    A.DOCUMENT_DAMAGED: Rule(
        FindingKind.MALFORMED_FIELD,
        W,
        "repair or re-export the document; some of it could not be read",
    ),
    A.BIBLIOGRAPHY_UNREADABLE: Rule(
        FindingKind.MISSING_LITERATURE_ENTRY, W, "make the named .bib file available and valid"
    ),
    A.BIBLIOGRAPHY_SUBSTITUTED: Rule(
        FindingKind.COVERAGE_GAP,
        INFO,
        "ship the .bib with the manuscript to check its entries as written",
    ),
    A.REPEAT_NOTE_UNRESOLVED: Rule(
        FindingKind.MALFORMED_FIELD,
        W,
        "write the full reference (nothing earlier for it to repeat)",
    ),
    A.REFERENCE_UNPARSED: Rule(
        FindingKind.MALFORMED_FIELD, INFO, "check that the reference follows the house style"
    ),
    # coverage (issue 11): what was not read is reported, never passed over
    A.CITATION_KEY_MISSING: Rule(
        FindingKind.MISSING_LITERATURE_ENTRY,
        E,
        "add an entry with this key to the bibliography, or correct the key",
    ),
    A.CITATION_PLACEHOLDER: Rule(
        FindingKind.COVERAGE_GAP,
        INFO,
        "cite the work meant here, or take the placeholder out before submission",
    ),
    A.CITATION_AMBIGUOUS: Rule(
        FindingKind.FOOTNOTE_LITERATURE_MISMATCH,
        W,
        "add a short title to tell the author's works apart: (Petroski, Invention 45)",
    ),
    A.CITATION_TEXT_EDITED: Rule(
        FindingKind.FOOTNOTE_LITERATURE_MISMATCH,
        W,
        "let the citation manager refresh the citation, or make the edit in the manager "
        "(a prefix, suffix or locator) so that the next refresh keeps it",
    ),
    A.CITATION_KEY_CASE: Rule(
        FindingKind.MALFORMED_FIELD,
        W,
        "write the key as the bibliography spells it: biber (biblatex's default backend) "
        "matches keys exactly and would not find the entry",
    ),
    A.CITATION_KEY_UNMARKED: Rule(
        FindingKind.MALFORMED_FIELD,
        W,
        "write the key with its '@': Pandoc prints a bare key as text and cites nothing by it",
    ),
    A.UNREAD_REGION: Rule(
        FindingKind.COVERAGE_GAP,
        W,
        "check this part by hand, or try another --reader (see the message)",
    ),
    A.INCLUDE_UNREADABLE: Rule(
        FindingKind.COVERAGE_GAP, W, "make the included file available so its citations are checked"
    ),
    A.INCLUDE_OPTIONAL_ABSENT: Rule(
        FindingKind.COVERAGE_GAP,
        INFO,
        "nothing to do: the document includes this file only when it exists",
    ),
    A.INCLUDE_PREAMBLE_ABSENT: Rule(
        FindingKind.COVERAGE_GAP,
        INFO,
        "nothing to do unless the file sets up the bibliography or citation commands "
        "(then add it to the project)",
    ),
    A.XREF_UNRESOLVED: Rule(
        FindingKind.COVERAGE_GAP,
        INFO,
        "point the cross reference at an existing section, figure or anchor id (Asciidoctor "
        "prints an unresolved one as [id]; Typst stops with an error)",
    ),
    A.BIBLIOGRAPHY_PROJECT_WIDE: Rule(
        FindingKind.COVERAGE_GAP,
        INFO,
        "nothing to do: the page prints only the entries its filter selects (by default "
        "those the project's pages cite), and every entry of the .bib files was checked "
        "(`:all:` prints them all)",
    ),
    A.LINK_NOT_CITED: Rule(
        FindingKind.COVERAGE_GAP,
        INFO,
        "add the linked work to the reference list if the link supports a claim",
    ),
    A.READER_UNCERTAIN: Rule(
        FindingKind.COVERAGE_GAP, W, "check the coverage line; force the right reader with --reader"
    ),
    A.DUPLICATE_FIELD: Rule(FindingKind.MALFORMED_FIELD, W, "keep one value of the repeated field"),
    A.STRING_UNDEFINED: Rule(
        FindingKind.MALFORMED_FIELD,
        W,
        "define the macro with @string (or name the .bib that defines it first), or brace "
        "the value if it is text",
    ),
    A.FIELD_NAME_MISSPELLED: Rule(
        FindingKind.MALFORMED_FIELD, W, "correct the field name: BibTeX ignores unknown fields"
    ),
    A.TITLE_MISSING: Rule(
        FindingKind.MALFORMED_FIELD,
        W,
        "give the entry its title (title; booktitle or maintitle for a whole book or "
        "proceedings; chapter for a part)",
    ),
    A.DUPLICATE_FIELD_SAME: Rule(
        FindingKind.MALFORMED_FIELD,
        INFO,
        "write each field once (biber warns about every repeat; no value is lost)",
    ),
    A.NAME_MALFORMED: Rule(
        FindingKind.MALFORMED_FIELD,
        W,
        "write each name as 'Family, Given' (no comma after it) and separate names with 'and'",
    ),
    A.BIBLIOGRAPHY_UNCITED_DEFECTS: Rule(
        FindingKind.MALFORMED_FIELD,
        INFO,
        "correct these entries in the .bib itself: this document does not cite them",
    ),
}
"""Anomaly code -> finding kind, severity and fix.  Codes not listed are repairs."""

_MISMATCH_FIELDS = {
    A.LITERATURE_URL_DIFFERS: "URL",
    A.LITERATURE_TITLE_DIFFERS: "title",
    A.LITERATURE_YEAR_DIFFERS: "year",
    A.LITERATURE_PAGES_DIFFER: "pages",
    A.LITERATURE_WEAK_MATCH: "weak match",
}


def anomaly_findings(doc: ParsedDocument, covered_lines: Collection[int] = ()) -> list[Finding]:
    """Findings for the anomalies in :data:`ANOMALY_FINDINGS` and the mismatch family.

    ``covered_lines``: lines already reported as near-duplicate URLs; a
    mixed-script URL there is not reported again as a malformed field.
    """
    found: list[Finding] = []
    anomalies = doc.all_anomalies()
    cause, keys = _unread_bibliography(doc, anomalies)
    folded = {id(a) for a in keys}
    for anomaly in anomalies:
        rule = ANOMALY_FINDINGS.get(anomaly.code)
        if rule is None or id(anomaly) in folded:
            continue
        if anomaly.code is A.URL_MIXED_SCRIPT and anomaly.line in covered_lines:
            continue
        if anomaly is cause and keys:
            found.append(_folded(doc, anomaly, keys))
            continue
        found.append(_from_anomaly(doc, anomaly, rule))
    return found + mismatch_findings(doc)


_FOLDED_KEYS_SHOWN = 12


def _unread_bibliography(
    doc: ParsedDocument, anomalies: list[Anomaly]
) -> tuple[Anomaly | None, list[Anomaly]]:
    """The one bibliography problem that every key with no entry follows from, and those
    keys' anomalies: none of the document's works could be looked up (no bibliography
    named, or none of the named ones read: no entry at all), so each key missing is that
    problem, not a defect of its own.  (None, []) when some bibliography was read."""
    cause = next((a for a in anomalies if a.code is A.BIBLIOGRAPHY_UNREADABLE), None)
    if cause is None or doc.literature or any(f.entries for f in doc.bibliographies):
        return None, []
    keys = [a for a in anomalies if a.code is A.CITATION_KEY_MISSING]
    return (cause, keys) if keys else (None, [])


def _folded(doc: ParsedDocument, cause: Anomaly, keys: list[Anomaly]) -> Finding:
    """One error for a bibliography that could not be read, listing the keys it leaves
    with no entry (with every line citing them)."""
    names = [repr(a.footnote) for a in keys if a.footnote]
    shown = ", ".join(names[:_FOLDED_KEYS_SHOWN])
    if len(names) > _FOLDED_KEYS_SHOWN:
        shown += f" and {len(names) - _FOLDED_KEYS_SHOWN} more"
    lines: list[int | None] = [cause.line]
    for key in keys:
        lines += _lines(doc, key)
    rule = ANOMALY_FINDINGS[A.BIBLIOGRAPHY_UNREADABLE]
    return finding(
        rule.kind,
        E,
        f"{cause.message} (keys with no entry: {shown})",
        doc=doc,
        suggestion="name the bibliography (or make the named file readable): then each "
        "citation can be checked",
        footnotes=[a.footnote for a in keys if a.footnote],
        literature=[],
        lines=lines,
        evidence=[
            ("anomaly", cause.code.value),
            *(("anomaly", a.code.value) for a in keys[:1]),
        ],
    )


def _from_anomaly(doc: ParsedDocument, anomaly: Anomaly, rule: Rule) -> Finding:
    suggestion = rule.suggestion
    if anomaly.code is A.YEAR_MALFORMED:
        suggestion = _year_hint(doc, anomaly.line) or suggestion
    if anomaly.code is A.ACCESS_DATE_INVALID:
        suggestion = _date_hint(_style_of(doc, anomaly))
    return finding(
        rule.kind,
        rule.severity,
        anomaly.message,
        doc=doc,
        suggestion=suggestion,
        footnotes=[anomaly.footnote] if anomaly.footnote else [],
        literature=[anomaly.literature_entry] if anomaly.literature_entry is not None else [],
        lines=_lines(doc, anomaly),
        evidence=[("anomaly", anomaly.code.value)],
    )


def _lines(doc: ParsedDocument, anomaly: Anomaly) -> list[int | None]:
    """Every line the anomaly concerns (:func:`finding` sorts them).

    A key with no entry is cited wherever a marker carries it (a ``[@TODO]``
    placeholder left at several places): every place is listed, from the anomaly's
    own lines and from the markers carrying its label, with no note or with the note
    the anomaly belongs to (so a document rebuilt from the store, whose anomalies keep
    their first line only, lists them too).
    """
    lines: list[int | None] = [anomaly.line, *anomaly.lines]
    label = anomaly.footnote
    if anomaly.code in (A.CITATION_KEY_MISSING, A.CITATION_AMBIGUOUS) and label is not None:
        lines += [m.line for m in doc.stray_markers if m.label == label]
        lines += [m.line for fn in doc.footnotes if fn.label == label for m in fn.markers]
    return lines


def _style_of(doc: ParsedDocument, anomaly: Anomaly) -> str | None:
    """The citation style of the reference an anomaly belongs to."""
    for fn in doc.footnotes:
        if anomaly.footnote is not None and fn.label == anomaly.footnote:
            return fn.reference.style
    for entry in doc.literature:
        if anomaly.literature_entry is not None and entry.number == anomaly.literature_entry:
            return entry.reference.style
    return None


def _date_hint(style: str | None) -> str:
    """Advice in the document's own style: GOST writes DD.MM.YYYY, BibTeX ISO 8601."""
    if style == "gost":
        return "write the access date as DD.MM.YYYY"
    if style == "bibtex":
        return "write the date as YYYY-MM-DD (ISO 8601, as biblatex's urldate expects)"
    return "write the access date as a real calendar date"


def _year_hint(doc: ParsedDocument, line: int | None) -> str | None:
    entries = {e.number: e for e in doc.literature}
    for fn in doc.footnotes:
        if fn.reference.line == line and fn.literature and fn.literature.number in entries:
            year = entries[fn.literature.number].reference.year_raw
            if year and year.isdigit():
                return f"write the full year (literature entry {fn.literature.number} has {year})"
    return None


# --------------------------------------------------------------------------
# footnote <-> literature entry
# --------------------------------------------------------------------------


def mismatch_findings(doc: ParsedDocument) -> list[Finding]:
    """One finding per footnote that disagrees with its literature entry."""
    entries = {e.number: e for e in doc.literature}
    by_label = {fn.label: fn for fn in doc.footnotes}
    notes: dict[tuple[str, int], list[Anomaly]] = {}
    for anomaly in doc.all_anomalies():
        if anomaly.code in _MISMATCH_FIELDS and anomaly.footnote and anomaly.literature_entry:
            notes.setdefault((anomaly.footnote, anomaly.literature_entry), []).append(anomaly)
    shortened = _shortened_forms(doc, entries)
    for fn in doc.footnotes:
        if fn.literature and _author_differs(fn, _tied_entry(doc, fn, entries), shortened):
            notes.setdefault((fn.label, fn.literature.number), [])
    found = []
    for (label, number), anomalies in notes.items():
        footnote = by_label.get(label)
        entry = entries.get(number) if footnote is None else _tied_entry(doc, footnote, entries)
        if footnote is None or entry is None:
            continue
        item = _mismatch(doc, footnote, entry, anomalies, shortened)
        if item is not None:
            found.append(item)
    return found


def _tied_entry(
    doc: ParsedDocument, fn: Footnote, entries: dict[int, LiteratureEntry]
) -> LiteratureEntry | None:
    """The entry a footnote is tied to: the one at its match's place in the list when that
    is known (two lists that each number from 1, an Arabic and an English one, repeat
    numbers), else the one of its number."""
    match = fn.literature
    if match is None:
        return None
    if (
        0 <= match.index < len(doc.literature)
        and doc.literature[match.index].number == match.number
    ):
        return doc.literature[match.index]
    return entries.get(match.number)


def _full_year(year_raw: str | None) -> bool:
    return bool(year_raw) and len(year_raw or "") == 4 and (year_raw or "").isdigit()


def _shortened_forms(
    doc: ParsedDocument, entries: dict[int, LiteratureEntry]
) -> frozenset[tuple[tuple[str, ...], int]]:
    """The names of notes that shorten their entry's authors with "et al.", with the entry's
    number: a repeat of such a note ("Ibid., 299." after "Larson et al., op. cit., 298.")
    carries its names without its "et al." and is shortened the same way."""
    found: set[tuple[tuple[str, ...], int]] = set()
    for fn in doc.footnotes:
        entry = _tied_entry(doc, fn, entries)
        if entry is None or not fn.reference.authors or not entry.reference.authors:
            continue
        ours, theirs = family_names(fn.reference.authors), family_names(entry.reference.authors)
        if _shortened(fn.reference, ours, theirs):
            found.add((tuple(fn.reference.authors), entry.number))
    return frozenset(found)


def _author_differs(
    fn: Footnote,
    entry: LiteratureEntry | None,
    shortened: frozenset[tuple[tuple[str, ...], int]] = frozenset(),
) -> bool:
    if entry is None or not fn.reference.authors or not entry.reference.authors:
        return False
    if (tuple(fn.reference.authors), entry.number) in shortened and (
        not fn.reference.title or fn.reference.title not in fn.reference.raw
    ):
        return False  # (a repeat, no title printed, of a note shortened with "et al.")
    if fn.literature is not None and fn.literature.method in ITEM_OF:
        # a document of an archive's collection, the archive named its own way (or an issue
        # of a newspaper the list names)
        return False
    ours, theirs = family_names(fn.reference.authors), family_names(entry.reference.authors)
    if same_families(ours, theirs):
        return False
    note, listed = fn.reference, entry.reference
    if _shortened(note, ours, theirs):
        return False
    if _heading_only(note, listed, ours, theirs) or _heading_only(listed, note, theirs, ours):
        return False
    # "Georg Kremnitz" in a note, "Kremnitz Georg" (French NOM Prénom) in the list: the same
    # names in another order
    return name_words(fn.reference.authors) != name_words(entry.reference.authors)


# "et al." and its equivalents after a note's names: German "u. a.", Russian "и др.",
# Ukrainian "та ін." / "і ін.", Portuguese "e outros", Indonesian "dkk.", Turkish "ve diğ.",
# Swedish "m.fl.", Vietnamese "và cs."
_ET_AL = lazy_compile(
    r"(?<!\w)(?:et\.?\s?al|u\.\s?a\.|и\s+др|та\s+ін|і\s+ін|e\s+outros|dkk|ve\s+diğ|m\.\s?fl"
    r"|và\s+cs)(?!\w)"
)


def _shortened(note: Reference, ours: list[str], theirs: list[str]) -> bool:
    """A note that names the first authors and then "et al." (``Xhomo, A. et al. (2002)``)
    against an entry that names them all: the same authors, the others left out."""
    return (
        0 < len(ours) < len(theirs)
        and same_families(ours, theirs[: len(ours)])
        and _ET_AL.search(note.raw) is not None
    )


def _heading_only(ref: Reference, other: Reference, names: list[str], others: list[str]) -> bool:
    """A reference without the statement of responsibility (as GOST R 7.0.5 lets a note be
    written) names its heading author alone: the first author of the other, a GOST
    reference that names all (``Петров С. Н. Title`` vs ``Петров, С. Н. Title / С. Н.
    Петров, К. А. Лебедев``)."""
    return (
        "gost" in (ref.style, other.style)
        and ref.responsibility is None
        and len(names) == 1
        and len(others) > 1
        and same_family(names[0], others[0])
    )


def _mismatch(
    doc: ParsedDocument,
    fn: Footnote,
    entry: LiteratureEntry,
    anomalies: list[Anomaly],
    shortened: frozenset[tuple[tuple[str, ...], int]] = frozenset(),
) -> Finding | None:
    ref, lit = fn.reference, entry.reference
    fields: list[str] = []
    details: list[tuple[str, object]] = []
    for anomaly in anomalies:
        name = _MISMATCH_FIELDS[anomaly.code]
        if name == "URL" and ref.url and lit.url and near_duplicate(ref.url, lit.url):
            continue  # a near-duplicate-url finding reports it
        if name == "year" and not (_full_year(ref.year_raw) and _full_year(lit.year_raw)):
            continue  # a malformed year is reported as malformed-field
        if name not in fields:
            fields.append(name)
        details.append((name, anomaly.message))
    if _author_differs(fn, entry, shortened):
        fields.append("author")
        details.append(("author", f"author {', '.join(ref.authors)} vs {', '.join(lit.authors)}"))
    if not fields:
        return None
    only_weak = fields == ["weak match"]
    if only_weak:
        message = f"footnote {fn.label} is tied to literature entry {entry.number} by a weak match"
    else:
        message = (
            f"footnote {fn.label} and literature entry {entry.number} disagree on "
            f"{', '.join(f for f in fields if f != 'weak match')}: "
            + "; ".join(str(text) for name, text in details if name != "weak match")
        )
    return finding(
        FindingKind.FOOTNOTE_LITERATURE_MISMATCH,
        Severity.INFO if only_weak else Severity.WARNING,
        message,
        doc=doc,
        suggestion=(
            "check that they cite the same work"
            if only_weak
            else f"make footnote {fn.label} and literature entry {entry.number} agree"
        ),
        footnotes=[fn.label],
        literature=[entry.number],
        lines=[ref.line, entry.line],
        urls=[u for u in (ref.url, lit.url) if u and "URL" in fields],
        evidence=details,
    )
