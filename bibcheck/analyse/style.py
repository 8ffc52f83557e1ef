"""``style-lint``: what the GOST reference style requires and an entry lacks or gets wrong.

Pure checks on one :class:`~bibcheck.model.Reference` (its ``raw`` text and
parsed fields), each returning :class:`StyleProblem` values; only references
parsed as GOST are linted.  The rules (GOST 7.1-2003, GOST R 7.0.5-2008):

* ``access-date``: an electronic resource (``[Electronic resource]`` or a URL)
  needs the date it was accessed: ``(accessed: 12.03.2023)`` /
  ``(дата обращения: 12.03.2023)``.  A document usually omits it everywhere,
  so all such references of a document make **one** finding.
* ``designation-placement``: the general material designation
  ``[Electronic resource]`` follows the title proper, before ``/`` (statement of
  responsibility) and ``//`` (host item) -- not after them.
* ``page-abbreviation``: a Latin ``C.``/``c.`` where the page abbreviation is
  meant: Cyrillic ``С.``/``с.`` in a Russian reference, ``P.``/``p.`` in an
  English one (``C. 65`` -> ``P. 65``, ``112 c.`` -> ``112 p.``).
* ``designation-spelling``: the designation misspelled (``[Электроный ресурс]``) or
  not closed (``[Электронный ресурс``);
* ``designation-missing``: an electronic resource (a URL) without the designation,
  in a document whose other electronic resources have it (style advice follows the
  document's own style: GOST 7.0.100-2018's ``Текст : электронный`` needs none, and
  neither does a Ukrainian reference: DSTU 8302:2015 makes it optional);
* ``url-dash``: ``URL:`` without the area dash before it (``. – URL:``) -- asked only
  where the reference or most of the document writes area dashes: GOST R 7.0.5-2008
  lets notes replace ``. – `` with ``. `` throughout;
* ``author-responsibility``: the heading author and the statement of
  responsibility name the same person, so they must spell the name the same
  way (``Zalesky, B.`` vs ``/ B. Zaleskii``).

All are **warnings**: the citation still leads to the work, but the
reference is not publishable as written.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from rapidfuzz import fuzz

from bibcheck.analyse.common import finding, plural
from bibcheck.lazyre import lazy_compile
from bibcheck.model import Finding, FindingKind, ParsedDocument, Reference, RefKind, Severity
from bibcheck.parse.references import gost_media, medium_designator
from bibcheck.parse.references.fields import doi_from_url

_UKRAINIAN = lazy_compile(r"[іїєґІЇЄҐ]")
_LATIN_PAGE = lazy_compile(r"(?:(?<=\s)|^)C\.\s?\d[\d–-]*")  # "C. 65" (Latin C)
_LATIN_COUNT = lazy_compile(r"\d+\s?c\.(?=\s|$)")  # "112 c." (Latin c)
_PAGE_WORD = {"ru": ("С", "с"), "en": ("P", "p")}  # (pages, page count); Cyrillic for ru
_AREA = lazy_compile(r"\.\s?[-–—]\s")  # ". - " area separator
_URL_AREA = lazy_compile(r"\s[-–—]\s(?:URL|Режим доступа)\s*:", re.I)
_NAME_WORD = lazy_compile(r"[^\W\d_][^\W\d_'’]+(?:-[^\W\d_][^\W\d_'’]+)*")  # Muñoz-Sabater


@dataclass(frozen=True, slots=True)
class StyleProblem:
    rule: str
    message: str
    suggestion: str
    offset: int | None = None  # where in the raw text the problem is, when known


def lint_reference(ref: Reference) -> list[StyleProblem]:
    """Every GOST problem of one reference (none for other styles)."""
    if ref.style != "gost":
        return []
    problems = [
        check_access_date(ref),
        check_designation(ref),
        check_designation_spelling(ref),
        check_url_dash(ref),
        check_page_abbreviation(ref),
        check_author_responsibility(ref),
    ]
    return [p for p in problems if p is not None]


_CANONICAL = (
    "электронный ресурс",
    "electronic resource",
    "електронний ресурс",
    "электронны рэсурс",
    # the designation as the languages of Central Asia write it: Kazakh, Kyrgyz, Uzbek (both
    # scripts), Turkmen
    "электрондық ресурс",
    "электрондук ресурс",
    "электрон ресурс",
    "elektron resurs",
    "elektron çeşme",
)
_BRACKETED = lazy_compile(r"\[\s*([^\[\]]{4,40}?)\s*(\]|(?=\s[-–—/:.]\s)|(?=\s//)|$)")
_DESIGNATION_WORD = lazy_compile(r"^(?:электр|електр|electr|elektr)", re.I)
# a designation written in brackets, however misspelled ("[Електронний ресурс]",
# "[Elektronnyj resurs]", "[Электроный ресурс"): a title word ("Electronic Journal")
# is not one
_BRACKETED_DESIGNATION = lazy_compile(r"\[\s*(?:электр|електр|electr|elektr)", re.I)


def check_designation_spelling(ref: Reference) -> StyleProblem | None:
    """``[Электроный ресурс]``, ``[Electronic resourse]``, ``[Электронный ресурс``:
    the designation misspelled or left unclosed.  A designation wrapped over two lines
    (``[Электронный⏎ресурс]``) is read as one."""
    # one character for each whitespace run, so offsets stay those of the raw text
    flat = re.sub(r"\s", " ", ref.raw)
    for m in _BRACKETED.finditer(flat):
        inner = re.sub(r"\s+", " ", m.group(1)).strip().rstrip(".,;:").strip()
        if not _DESIGNATION_WORD.match(inner):
            continue
        closed = m.group(2) == "]"
        exact = inner.lower() in _CANONICAL
        if exact and closed:
            continue
        best = max(_CANONICAL, key=lambda c: fuzz.ratio(inner.lower(), c))
        if fuzz.ratio(inner.lower(), best) < 75:
            continue
        wanted = "[" + best[0].upper() + best[1:] + "]"  # the form it is closest to
        what = "is not closed" if exact else "is misspelled"
        return StyleProblem(
            "designation-spelling",
            f"the designation '[{inner}{']' if closed else ''}' {what}",
            f"write {wanted}",
            m.start(),
        )
    return None


_URL_LABEL = lazy_compile(r"(?:^|(?<=\s))(?:URL|Режим доступа)\s?:", re.M)


def check_url_dash(ref: Reference) -> StyleProblem | None:
    """``URL:`` opens an area of its own, so a dash (``. – URL:``) must come before it."""
    for m in _URL_LABEL.finditer(ref.raw):
        before = ref.raw[: m.start()].rstrip()
        if not before or before[-1] in "-–—":
            continue
        return StyleProblem(
            "url-dash",
            f"'{m.group(0)}' without the area dash before it",
            f"write '. – {m.group(0)}' (GOST separates the electronic address area with a dash)",
            m.start(),
        )
    return None


def check_designation_missing(ref: Reference, content_area: str = "") -> StyleProblem | None:
    """An electronic resource with no ``[Electronic resource]`` (GOST R 7.0.5-2008) -- or,
    where the document writes GOST 7.0.100-2018's content area (``content_area``, as the
    document writes it: ``Текст : электронный``), with none."""
    if not ref.url or ref.electronic:
        return None
    if gost_media.designates_electronic(ref.raw):
        return None  # GOST 7.0.100-2018 writes "Текст : электронный" instead
    if content_area:
        return StyleProblem(
            "designation-missing",
            f"electronic resource without the content area '{content_area}'",
            f"end the entry with '. – {content_area}.', as the other electronic resources do",
        )
    if _UKRAINIAN.search(ref.raw):
        return None  # Ukrainian DSTU 8302:2015 makes the designation optional
    if _BRACKETED_DESIGNATION.search(ref.raw):
        return None  # written, but misspelled: check_designation_spelling says so
    wanted = "[Электронный ресурс]" if ref.language == "ru" else "[Electronic resource]"
    return StyleProblem(
        "designation-missing",
        "electronic resource without the designation " + wanted,
        f"add {wanted} after the title, as the other electronic resources have it",
    )


def check_access_date(ref: Reference) -> StyleProblem | None:
    if not (ref.electronic or ref.url) or ref.access_date or ref.access_date_raw:
        return None
    if not ref.electronic and ref.url and _hyperlinked(ref.raw, ref.url):
        return None  # a Markdown/HTML link on the title: no written electronic-address area
    if not ref.electronic and ref.url and _only_doi_links(ref.raw, ref.url):
        return None  # a DOI is an identifier: its resolver's address needs no access date
    example = "(дата обращения: ДД.ММ.ГГГГ)" if ref.language == "ru" else "(accessed: DD.MM.YYYY)"
    return StyleProblem(
        "access-date",
        "electronic resource without an access date",
        f"add the date the page was consulted after the URL: {example}",
    )


_ADDRESS = lazy_compile(r"https?://[^\s<>\"'{}]+")


def _only_doi_links(raw: str, url: str) -> bool:
    """Are all the addresses written (``url`` among them) a DOI resolver's
    (``https://doi.org/10.…``)?"""
    written = _ADDRESS.findall(raw) or [url]
    return all(doi_from_url(address) is not None for address in [url, *written])


def _hyperlinked(raw: str, url: str) -> bool:
    """Is ``url`` only the target of a link (``[Title](url)``, ``href="url"``)?"""
    written = raw.count(url)
    linked = len(re.findall(r"(?:\]\(\s*<?|href=[\"'])" + re.escape(url), raw))
    return written > 0 and linked == written


def check_designation(ref: Reference) -> StyleProblem | None:
    match = medium_designator.electronic_designation(ref.raw)
    if match is None:
        return None
    before = ref.raw[: match.start()]
    after_host = " // " in before or before.rstrip().endswith("//")
    after_resp = " / " in before
    area = _AREA.search(before)
    if not (after_host or after_resp or area):
        return None
    where = "after '//'" if after_host else "after '/'" if after_resp else "after the title area"
    return StyleProblem(
        "designation-placement",
        f"'{match.group(0)}' stands {where}; GOST puts it right after the title",
        _designation_fix(ref.raw, match) or f"move '{match.group(0)}' to directly after the title",
    )


def _designation_fix(raw: str, match: re.Match[str]) -> str | None:
    """``T / A // [Electronic resource]. - 2020`` -> ``T [Electronic resource] / A. - 2020``."""
    head = raw[: match.start()].rstrip()
    if head.endswith("//"):
        head = head[:-2].rstrip()
    if " // " in head or " / " not in head:
        return None
    title, resp = head.split(" / ", 1)
    tail = raw[match.end() :]
    url_at = _URL_AREA.search(tail)
    if url_at is not None:
        tail = tail[: url_at.start()] + " - URL: …"
    return f"write: {title} {match.group(0)} / {resp.rstrip('.')}{tail}"


def check_page_abbreviation(ref: Reference) -> StyleProblem | None:
    areas = _AREA.split(ref.raw, maxsplit=1)
    if len(areas) < 2:
        return None
    tail = areas[1]
    page = _LATIN_PAGE.search(tail)
    count = _LATIN_COUNT.search(tail)
    if page is None and count is None:
        return None
    found = page or count
    assert found is not None
    written = found.group(0).strip()
    letter = "C" if page else "c"
    if ref.language in _PAGE_WORD:
        wanted = _PAGE_WORD[ref.language][0 if page else 1]
        fix = f"write {found.group(0).strip().replace(letter, wanted)!r}"
        if ref.language == "ru":
            fix += " (Cyrillic letter)"
    else:
        fix = "write Cyrillic 'С.'/'с.' in a Russian reference, 'P.'/'p.' in an English one"
    return StyleProblem(
        "page-abbreviation",
        f"Latin {written!r} used as the page abbreviation",
        fix,
    )


def check_author_responsibility(ref: Reference) -> StyleProblem | None:
    if not ref.authors or not ref.responsibility:
        return None
    # "Zalesky, B." and "Лещенко Н. П." (GOST heading, no comma): the family name first
    surname = re.split(r"[,\s]", ref.authors[0].strip())[0]
    words = _NAME_WORD.findall(ref.responsibility)
    if not surname or any(w.lower() == surname.lower() for w in words):
        return None
    close = [w for w in words if len(w) > 2 and fuzz.ratio(w.lower(), surname.lower()) >= 70]
    if not close:
        return None  # other people (editors, translators): nothing to compare
    return StyleProblem(
        "author-responsibility",
        f"heading author {ref.authors[0]!r} and the statement of responsibility "
        f"'/ {ref.responsibility}' spell the name differently ({surname} vs {close[0]})",
        "spell the author's name the same way in both places",
    )


# --------------------------------------------------------------------------
# findings
# --------------------------------------------------------------------------


def style_findings(doc: ParsedDocument) -> list[Finding]:
    """Per-reference findings, with the systematic access-date rule merged per document."""
    found: list[Finding] = []
    missing_dates: list[tuple[str | None, int | None, int, StyleProblem]] = []
    refs: list[tuple[str | None, int | None, Reference]] = [
        (fn.label, None, fn.reference) for fn in doc.footnotes
    ] + [(None, e.number, e.reference) for e in doc.literature]
    # Style advice follows the document: the designation is asked for only where
    # the document writes it for other electronic resources.
    designates = any(r.style == "gost" and r.electronic for _, _, r in refs)
    if not _gost_document(refs):
        return []  # an IEEE or APA paper with one reference that looks GOST: no GOST advice
    dashed = _dashed_document(refs)
    copies = _entry_copies(doc)
    content_area = _content_area(refs)
    for label, number, ref in refs:
        if label in copies:
            continue  # a numbered citation's note is its entry: the entry says it once
        problems = lint_reference(ref)
        if designates and ref.style == "gost":
            missing = check_designation_missing(ref, content_area)
            if missing is not None:
                problems.append(missing)
        for problem in problems:
            if problem.rule == "url-dash" and not dashed and not _AREA.search(ref.raw):
                continue  # no area dashes anywhere: notes may drop them (GOST R 7.0.5-2008)
            if problem.rule == "access-date":
                missing_dates.append((label, number, ref.line, problem))
                continue
            where = f"footnote {label}" if label else f"literature entry {number}"
            found.append(
                finding(
                    FindingKind.STYLE_LINT,
                    Severity.WARNING,
                    f"{where}: {problem.message}",
                    doc=doc,
                    suggestion=problem.suggestion,
                    footnotes=[label] if label else [],
                    literature=[number] if number is not None else [],
                    lines=_lines(ref, problem),
                    urls=[ref.url] if ref.url else [],
                    evidence=[("rule", problem.rule)],
                )
            )
    if missing_dates:
        found.append(_access_dates(doc, missing_dates))
    return found


def _content_area(refs: list[tuple[str | None, int | None, Reference]]) -> str:
    """GOST 7.0.100-2018's content area as the document writes it for most of its electronic
    resources (``Текст : электронный``), or "" where most write a designation in brackets."""
    electronic = [r.raw for _, _, r in refs if r.electronic]
    areas = [a for raw in electronic if (a := gost_media.electronic_area(raw)) is not None]
    bracketed = sum(1 for raw in electronic if medium_designator.electronic_designation(raw))
    if len(areas) <= bracketed:
        return ""
    return Counter(areas).most_common(1)[0][0]  # the most written; the first of equals


def _entry_copies(doc: ParsedDocument) -> set[str]:
    """The labels of the notes that are the literature entry they cite by its number, the
    entry's text read again at the citation (``[10]`` in a numbered document), not a note of
    their own: a footnote written out at its own line (the sample's ``<sup>11</sup> Shumilin,
    A. …`` above the list's same entry) is linted where it stands, as the entry is."""
    listed = {e.number: e.reference.raw for e in doc.literature}
    return {
        fn.label
        for fn in doc.footnotes
        if fn.literature is not None
        and fn.literature.method == "number"
        and listed.get(fn.literature.number) == fn.reference.raw
        and any(marker.line == fn.line for marker in fn.markers)
    }


def _lines(ref: Reference, problem: StyleProblem) -> list[int]:
    """The reference's first line, and the line of the problem when it is another."""
    if problem.offset is None:
        return [ref.line]
    at = min(ref.line + ref.raw.count("\n", 0, problem.offset), ref.end_line)
    return [ref.line] if at == ref.line else [ref.line, at]


def _dashed_document(refs: list[tuple[str | None, int | None, Reference]]) -> bool:
    """Does the document separate GOST areas with dashes (``. – 2020. – URL:``)?  GOST R
    7.0.5-2008 lets notes replace ``. – `` with ``. ``; a document that does so throughout
    is not asked for the dash before ``URL:``."""
    gost = [r for _, _, r in refs if r.style == "gost" and r.kind is not RefKind.COMMENTARY]
    return sum(1 for r in gost if _AREA.search(r.raw)) * 2 > len(gost)


def _gost_document(refs: list[tuple[str | None, int | None, Reference]]) -> bool:
    """Does the document write GOST? At least a third of its styled references do."""
    styled = [r for _, _, r in refs if r.kind is not RefKind.COMMENTARY and r.style != "generic"]
    gost = sum(1 for r in styled if r.style == "gost")
    return gost > 0 and gost >= len(styled) / 3


def _access_dates(
    doc: ParsedDocument, items: list[tuple[str | None, int | None, int, StyleProblem]]
) -> Finding:
    labels = [label for label, _, _, _ in items if label]
    numbers = [n for _, n, _, _ in items if n is not None]
    entries = plural(len(numbers), "literature entry", "literature entries")
    message = (
        f"{plural(len(items), 'electronic resource')} without an access date "
        f"({plural(len(labels), 'footnote')}, {entries})"
    )
    return finding(
        FindingKind.STYLE_LINT,
        Severity.WARNING,
        message,
        doc=doc,
        suggestion=items[0][3].suggestion,
        footnotes=labels,
        literature=numbers,
        lines=[line for _, _, line, _ in items],
        evidence=[("rule", "access-date")],
    )
