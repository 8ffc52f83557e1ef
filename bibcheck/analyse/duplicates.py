"""Duplicate citations and near-duplicate URLs.

* ``duplicate-citation`` -- the same work written out in full by several footnotes (same
  literature entry, else the same normalised URL, else the same title; a book
  cited at different pages is one work): **info**, one finding per work, since
  citing a source twice is normal, but a style may want the repeats short.  Notes that
  cite by key (``\\footcite``, ``[@key]``: the citation processor shortens the repeats)
  and short forms of a fuller note of the work (``Ibid.``, ``Smith, Trade, 46``) are
  not counted: a note-style thesis cites one work in many notes by design.  Two
  literature entries for one work (same
  normalised URL, same DOI and title, or same title and year -- a full date counts
  as its year -- unless the entries say they are different works: another kind, entry
  type or month, :mod:`bibcheck.parse.references.sameness`) are a
  **warning**: the list should name each work once.  Entries of
  different lists that each restart their numbering (labelled ``<part>.<n>``: the
  reports of an open peer-review page, each with its own list) are no such defect:
  each list is complete in itself (**info**); so are entries that carry one citation key
  (one ``.bib`` record that biblatex prints in the list of each reference section citing it).
* ``near-duplicate-url`` -- addresses that are almost the same: the same
  resource written differently (``www.``, http/https, trailing slash,
  tracking parameters -- equal :func:`~bibcheck.urls.normalise_key`; not a page and a
  section of it, ``wal.html`` and ``wal.html#checkpoint``, written alike), or keys
  that differ by a small edit once Cyrillic letters are transliterated and
  ``_``/``-`` unified (a one-letter typo, ``kрупnyh`` for ``krupnyh``): at most
  one edit per 25 characters, on paths of at least 20 characters.  Edits
  confined to digits are *not* near duplicates: ``content/10714`` and
  ``content/10746`` are different pages, and neither are short paths
  (``/a``, ``/b``).  **Warning**, one finding per group of
  variants, naming the variant that answers when link verdicts are known.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from difflib import SequenceMatcher
from urllib.parse import unquote

from rapidfuzz.distance import Levenshtein

from bibcheck.analyse.common import Citations, citations_by_url, finding, plural, where
from bibcheck.lazyre import lazy_compile
from bibcheck.model import (
    Finding,
    FindingKind,
    Footnote,
    LiteratureEntry,
    ParsedDocument,
    Reference,
    Severity,
)
from bibcheck.parse.citelabel import CITE_LABEL
from bibcheck.parse.matching import DESIGNATION
from bibcheck.parse.names import family_name, same_family
from bibcheck.parse.references.archival import archival_source
from bibcheck.parse.references.repeat import find_repeats
from bibcheck.parse.references.sameness import other_works, pages_apart
from bibcheck.store.links import OK, LinkState
from bibcheck.text import distinct_titles, title_key, transliterate
from bibcheck.urls import mixed_script_words, normalise_key

SAME_RESOURCE = "the same address written differently (scheme, www., trailing slash or tracking)"


def fold(url: str) -> str:
    """Comparison form: normalised key, unescaped, Cyrillic transliterated, ``_`` as ``-``."""
    return transliterate(unquote(normalise_key(url)).lower()).lower().replace("_", "-")


MIN_PATH = 20  # shorter paths ("/a", "/dead") differ by design, not by typos


def _edit_limit(a: str, b: str) -> int:
    """Edits allowed between two folded keys: one per 25 characters, at least one."""
    return max(1, min(len(a), len(b)) // 25)


def _only_digits_differ(a: str, b: str) -> bool:
    """True when every edit between ``a`` and ``b`` changes digits only (another id)."""
    opcodes = SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    changed = [a[i1:i2] + b[j1:j2] for op, i1, i2, j1, j2 in opcodes if op != "equal"]
    return bool(changed) and all(c.isdigit() for c in changed)


def _defragment(url: str) -> str:
    return url.split("#", 1)[0]


def near_duplicate(a: str, b: str) -> str | None:
    """Why URLs ``a`` and ``b`` look like variants of one address, or None."""
    if a == b or _defragment(a) == _defragment(b):
        return None  # "page.html" and "page.html#section": one page, another place on it
    if normalise_key(a) == normalise_key(b):
        return SAME_RESOURCE
    fa, fb = fold(a), fold(b)
    (host_a, _, path_a), (host_b, _, path_b) = fa.partition("/"), fb.partition("/")
    if host_a != host_b or min(len(path_a), len(path_b)) < MIN_PATH:
        return None
    distance = Levenshtein.distance(fa, fb, score_cutoff=_edit_limit(fa, fb))
    if distance > _edit_limit(fa, fb) or _only_digits_differ(fa, fb):
        return None
    mixed = mixed_script_words(unquote(a)) + mixed_script_words(unquote(b))
    if mixed:
        return f"Cyrillic letters inside the Latin word {mixed[0]!r}"
    if distance == 0:
        return "the same address except for '_' and '-' or the script of some letters"
    return f"differ by {plural(distance, 'character')}"


# --------------------------------------------------------------------------
# near-duplicate URLs
# --------------------------------------------------------------------------


def near_duplicate_findings(doc: ParsedDocument, states: Mapping[str, LinkState]) -> list[Finding]:
    """One warning per group of URL variants cited in the document."""
    cites = citations_by_url(doc)
    groups, reasons = _variant_groups(sorted(cites))
    return [_near_finding(doc, g, reasons, cites, states) for g in groups]


def _variant_groups(urls: Sequence[str]) -> tuple[list[list[str]], dict[frozenset[str], str]]:
    """Cluster URLs that are pairwise near duplicates (union-find over near pairs)."""
    parent = {u: u for u in urls}

    def root(u: str) -> str:
        while parent[u] != u:
            parent[u] = parent[parent[u]]
            u = parent[u]
        return u

    reasons: dict[frozenset[str], str] = {}
    by_host: dict[str, list[tuple[str, str]]] = {}
    for url in urls:
        folded = fold(url)
        by_host.setdefault(folded.split("/", 1)[0], []).append((folded, url))
    for items in by_host.values():
        items.sort(key=lambda item: (len(item[0]), item[1]))
        for i, (fa, a) in enumerate(items):
            for fb, b in items[i + 1 :]:
                if len(fb) - len(fa) > _edit_limit(fa, fb):
                    break
                reason = near_duplicate(a, b)
                if reason:
                    reasons[frozenset((a, b))] = reason
                    parent[root(a)] = root(b)
    clusters: dict[str, list[str]] = {}
    for url in urls:
        clusters.setdefault(root(url), []).append(url)
    groups = sorted((sorted(g) for g in clusters.values() if len(g) > 1), key=lambda g: g[0])
    return groups, reasons


def _near_finding(
    doc: ParsedDocument,
    group: list[str],
    reasons: dict[frozenset[str], str],
    cites: Mapping[str, Citations],
    states: Mapping[str, LinkState],
) -> Finding:
    variants = "; ".join(f"{url} ({where(cites[url], ', ')})" for url in group)
    why = sorted({r for pair, r in reasons.items() if pair <= set(group)})
    message = f"{len(group)} variants of one address: {variants} -- {'; '.join(why)}"
    total = Citations()
    for url in group:
        total = total.merged(cites[url])
    evidence: list[tuple[str, object]] = [("reason", "; ".join(why))]
    evidence += [(f"verdict {url}", states[url].label) for url in group if url in states]
    return finding(
        FindingKind.NEAR_DUPLICATE_URL,
        Severity.WARNING,
        message,
        doc=doc,
        suggestion=_which_works(group, states),
        cites=total,
        urls=group,
        evidence=evidence,
    )


def _which_works(group: list[str], states: Mapping[str, LinkState]) -> str:
    known = {u: states[u] for u in group if u in states}
    working = [u for u, s in known.items() if s.latest.status in OK]
    if not known:
        return (
            "decide which variant is right and use it everywhere "
            "(bibcheck check shows which answers)"
        )
    if len(working) == 1:
        others = ", ".join(
            f"{u} is {known[u].label}" for u in group if u != working[0] and u in known
        )
        return f"use {working[0]}, which answers" + (f" ({others})" if others else "")
    if working:
        return f"{plural(len(working), 'variant')} answer: use one of them everywhere"
    return "no variant answers: find the correct address and use it everywhere"


# --------------------------------------------------------------------------
# duplicate citations
# --------------------------------------------------------------------------


def _url_key(url: str) -> str:
    """The address of a work: its normalised form, and its fragment if it has one
    (``/data/#lodes`` and ``/data/#qwi`` are two datasets described on one page)."""
    fragment = url.partition("#")[2].strip()
    return normalise_key(url) + (f"#{fragment}" if fragment else "")


def _work_key(fn: Footnote) -> tuple[str, str] | None:
    ref = fn.reference
    if fn.literature is not None:
        return ("literature", str(fn.literature.number))
    if ref.url:
        return ("url", _url_key(ref.url))
    key = title_key(ref.title)
    return ("title", key) if key else None


def duplicate_citation_findings(doc: ParsedDocument) -> list[Finding]:
    """Works cited by several footnotes (info) and listed twice in the literature (warning)."""
    groups: dict[tuple[str, str], list[Footnote]] = {}
    for fn in doc.footnotes:
        key = _work_key(fn)
        if key is not None:
            groups.setdefault(key, []).append(fn)
    cited = [_written_out(_apart(fns)) for fns in groups.values()]
    found = [_repeat_finding(doc, fns) for fns in cited if len(fns) > 1]
    return found + _literature_duplicates(doc)


def _apart(fns: list[Footnote]) -> list[Footnote]:
    """The footnotes of a work less each note that holds another's citation of it: a
    Pandoc, Org or AsciiDoc note whose text cites the work by key (``[^2]: … in @key``)
    is that citation, not a second one (the key's own citations are counted by it)."""

    def holds(note: Footnote, other: Footnote) -> bool:
        ref, by_key = note.reference, other.literature
        return (
            other is not note
            and by_key is not None
            and by_key.method == "key"
            and any(ref.line <= m.line <= ref.end_line for m in other.markers)
        )

    return [fn for fn in fns if not any(holds(fn, other) for other in fns)]


SHORT_FORM = 0.6  # a note at most this share of the fullest note's length is its short form
NAMED = 0.5  # share of the title's words a note's own text must hold to write the work out


def _names_the_work(fn: Footnote) -> bool:
    """Does the note's own text name the work (most of its title's words, else its URL)?
    A citation by key (``\\footcite[98]{lee2001}``), an ``Ibid.`` that took the
    work's reference from elsewhere or a standard's designation alone does not."""
    ref = fn.reference
    if fn.literature is not None and fn.literature.method == DESIGNATION:
        return False  # "ДСТУ 4808:2007. С. 7.": a standard cited short, by its designation
    if fn.literature is not None and fn.literature.method == CITE_LABEL:
        return False  # "Decker, F., Koalitionsaussagen, 2009, S. 140.": the label the list prints
    words = title_key(ref.title).split()
    if words:
        own = set(title_key(ref.raw).split())
        return sum(w in own for w in words) >= NAMED * len(words)
    written = [u for u in (ref.url, ref.url_raw) if u]
    return not written or any(u in ref.raw for u in written)


def _written_out(fns: list[Footnote]) -> list[Footnote]:
    """The notes of a work that write it out by hand in full, the ones a style may want
    shortened: not a citation by key (``\\footcite{key}``, ``[@key]``, a Zotero field:
    the citation processor prints the repeats short itself, biblatex's "ibid.", CSL's
    subsequent form), nor a short form of another note of the work (``Ibid., 47``,
    ``Smith, Book of Trade, 46``: already what the style asks for)."""
    by_hand = [
        fn
        for fn in fns
        if (fn.literature is None or fn.literature.method != "key") and _names_the_work(fn)
    ]
    if len(by_hand) < 2:
        return by_hand
    size = {id(fn): len(" ".join(fn.reference.raw.split())) for fn in by_hand}
    longest = max(size.values())
    return [fn for fn in by_hand if size[id(fn)] > SHORT_FORM * longest]


def _repeat_finding(doc: ParsedDocument, fns: list[Footnote]) -> Finding:
    labels = [fn.label for fn in fns]
    ref = fns[0].reference
    title = ref.title or ref.url or ref.raw[:80]
    pages = [fn.reference.pages for fn in fns if fn.reference.pages]
    message = f"footnotes {', '.join(labels)} cite the same work: {title!r}"
    if len(set(pages)) > 1:
        message += f" (pages {', '.join(pages)})"
    lit = [fn.literature.number for fn in fns if fn.literature is not None]
    return finding(
        FindingKind.DUPLICATE_CITATION,
        Severity.INFO,
        message,
        doc=doc,
        suggestion="nothing to fix if intended; repeated citations may use the short form "
        "(Ibid. / Op. cit.) your style asks for",
        footnotes=labels,
        literature=lit,
        lines=[fn.reference.line for fn in fns],
        urls=[fn.reference.url for fn in fns if fn.reference.url],
        evidence=[("pages", ", ".join(pages) or None)],
    )


def _literature_duplicates(doc: ParsedDocument) -> list[Finding]:
    """Entries that list one work twice: the same address, the same archival text,
    or the same title and year where the entries' addresses, authors and publishers do not
    say two works (a publisher's second record of a work, without the DOI of the first, is
    the same work; "Introduction", 2000, by two authors is two works)."""
    groups: dict[tuple[str, ...], list[int]] = {}
    titled: dict[tuple[str, ...], list[LiteratureEntry]] = {}
    lines: dict[int, int] = {}
    for entry in doc.literature:
        ref = entry.reference
        lines[entry.number] = entry.line
        if ref.doi and title_key(ref.title):
            # the same DOI and title, whatever the addresses (a library's second import of a
            # work: the DOI's address and the publisher's page); not the DOI alone: a chapter
            # may carry its book's, inherited through a crossref
            groups.setdefault(("doi", ref.doi.lower(), title_key(ref.title)), []).append(
                entry.number
            )
        if ref.url:
            groups.setdefault(("url", _url_key(ref.url)), []).append(entry.number)
            if title_key(ref.title):
                titled.setdefault((title_key(ref.title), _year_of(ref)), []).append(entry)
        elif archival_source(ref.raw):
            # an archive's collections share its name, which the parser may take for the
            # title ("Cheshire Record Office (CRO), Chester. DDX 382, …" and "… QAR 2/1,
            # …"): the same collection is the same text
            groups.setdefault(("archival", title_key(ref.raw)), []).append(entry.number)
        elif title_key(ref.title):
            dated = (title_key(ref.title), _year_of(ref))
            groups.setdefault(("title", *dated), []).append(entry.number)
            titled.setdefault(dated, []).append(entry)
    for key, entries in titled.items():
        addressed = [e for e in entries if e.reference.url]
        bare = [e for e in entries if not e.reference.url]
        if len(addressed) == 1 and bare and all(_same_work(addressed[0], e) for e in bare):
            # (the entries without an address are grouped by title already: join them)
            groups.setdefault(("title", *key), []).append(addressed[0].number)
    by_number = {entry.number: entry for entry in doc.literature}
    for key in [k for k in groups if k[0] == "title"]:
        # one title and year, different authors or publishers: works that share a generic
        # title ("Introduction", 2000), not one work listed twice
        alike = _by_work([by_number[n] for n in groups.pop(key)])
        for i, same_work in enumerate(alike):
            groups[(*key, str(i))] = [e.number for e in same_work]
    years = {entry.number: entry.reference.year for entry in doc.literature}
    titles = {entry.number: entry.reference.title for entry in doc.literature}
    shared: list[list[int]] = []  # one address, works of different titles
    for key in [k for k in groups if k[0] in ("url", "doi")]:
        numbers = groups.pop(key)
        works = _by_title(numbers, titles) if key[0] == "url" else [numbers]
        if len(works) > 1:
            shared.append(sorted(numbers))
        for i, work in enumerate(works):
            for edition, printing in enumerate(_editions(work, years)):
                for part, numbers_of_part in enumerate(_parts(printing, by_number)):
                    groups[(*key, str(i), str(edition), str(part))] = numbers_of_part
    found = []
    reported: set[frozenset[int]] = set()
    parts = {entry.number: _list_part(entry.label) for entry in doc.literature}
    labels = {entry.number: entry.label for entry in doc.literature}
    repeats = (
        _repeat_entries(doc.literature)
        if any(len(set(numbers)) > 1 for numbers in groups.values())
        else frozenset()
    )
    for key, numbers in sorted(groups.items(), key=lambda kv: sorted(kv[1])):
        numbers = sorted(set(numbers) - repeats)
        if len(numbers) < 2 or any(frozenset(numbers) <= seen for seen in reported):
            continue
        reported.add(frozenset(numbers))
        same = {"url": "address", "doi": "DOI and title", "archival": "text"}.get(
            key[0], "title and year"
        )
        lists = [parts[n] for n in numbers]
        apart = None not in lists and len(set(lists)) == len(lists)
        apart = apart or _one_record(labels[n] for n in numbers)
        found.append(
            finding(
                FindingKind.DUPLICATE_CITATION,
                Severity.INFO if apart else Severity.WARNING,
                f"literature entries {', '.join(map(str, numbers))} list the same work "
                f"(same {same})"
                + (" in lists of their own, each complete in itself" if apart else ""),
                doc=doc,
                suggestion="nothing to fix: each list names its own works"
                if apart
                else "keep one entry and point every footnote at it",
                literature=numbers,
                lines=[lines[n] for n in numbers],
                evidence=[("same", same)],
            )
        )
    found += [_shared_address(doc, numbers, lines) for numbers in shared]
    return found


def _repeat_entries(entries: Sequence[LiteratureEntry]) -> frozenset[int]:
    """The numbers of a notes list's entries that repeat an earlier one on purpose ("Ibid.,
    45.", "Там же. С. 145.", "Smith, op. cit., p. 3"): a repeat names its work again, as
    notes do, and is never the work listed twice."""
    found = find_repeats([entry.reference.raw for entry in entries])
    return frozenset(entry.number for entry, rep in zip(entries, found, strict=True) if rep)


def _by_title(numbers: list[int], titles: Mapping[int, str | None]) -> list[list[int]]:
    """Entries of one address grouped into works by their titles: three manuals of one
    project, each giving the project's home page, are three works; the same title respelled
    or cut short is one.  An entry without a title goes with the first work."""
    works: list[list[int]] = []
    untitled: list[int] = []
    for number in numbers:
        if not title_key(titles.get(number)):
            untitled.append(number)
            continue
        for work in works:
            if not any(distinct_titles(titles[n], titles[number]) for n in work):
                work.append(number)
                break
        else:
            works.append([number])
    if not works:
        return [untitled]
    works[0] = sorted(works[0] + untitled)
    return works


def _shared_address(doc: ParsedDocument, numbers: list[int], lines: Mapping[int, int]) -> Finding:
    url = next(e.reference.url for e in doc.literature if e.number == numbers[0])
    return finding(
        FindingKind.DUPLICATE_CITATION,
        Severity.INFO,
        f"literature entries {', '.join(map(str, numbers))} give one address ({url}) "
        "for works of different titles: a site's address, not a page of each work",
        doc=doc,
        suggestion="nothing to fix if the site is where each work is found; an address of "
        "each work's own (its page or file) lets a reader reach it directly",
        literature=numbers,
        lines=[lines[n] for n in numbers],
        evidence=[("same", "address, different titles")],
    )


_DATE = lazy_compile(r"(\d{4})-\d{1,2}(?:-\d{1,2})?")


def _year_of(ref: Reference) -> str:
    """The year an entry is dated, as written: a full date ("2009-5-29", a manager's CSL
    date) is its year, as a printed "2009" is."""
    raw = (ref.year_raw or "").strip()
    m = _DATE.fullmatch(raw)
    return m.group(1) if m else raw


_PART_LABEL = lazy_compile(r"(\d{1,4})\.\d{1,4}")


def _one_record(labels: Iterable[str]) -> bool:
    """Entries that all carry one citation key are one record of the bibliography printed
    in several lists (biblatex's reference sections, each listing what it cites), not a
    work written out twice; a number written twice is no key."""
    found = set(labels)
    return len(found) == 1 and not next(iter(found)).strip("[]().").isdigit() and bool(found - {""})


def _list_part(label: str) -> str | None:
    """The list an entry labelled ``<part>.<n>`` is in (lists whose numbering restarts)."""
    m = _PART_LABEL.fullmatch(label)
    return m.group(1) if m else None


def _editions(numbers: list[int], years: Mapping[int, int | None]) -> list[list[int]]:
    """Entries of one address split by their year: one landing page serves several
    editions of a work (an encyclopedia's 1996 and 2012 editions), which are not the
    same work listed twice.  An entry with no year goes with the first year's."""
    by_year: dict[int | None, list[int]] = {}
    for number in numbers:
        by_year.setdefault(years.get(number), []).append(number)
    undated = by_year.pop(None, [])
    if not by_year:
        return [undated]
    groups = list(by_year.values())
    groups[0] = sorted(groups[0] + undated)
    return groups


def _parts(numbers: list[int], by_number: Mapping[int, LiteratureEntry]) -> list[list[int]]:
    """Entries of one address or DOI split by the pages they give: two chapters of one
    book (pp. 61–63 and pp. 65–70) under the book's address are two entries, no
    duplicate.  An entry joins the first group none of whose pages are apart from its."""
    parts: list[list[int]] = []
    for number in numbers:
        pages = by_number[number].reference.pages
        for part in parts:
            if not any(pages_apart(pages, by_number[n].reference.pages) for n in part):
                part.append(number)
                break
        else:
            parts.append([number])
    return parts


def _by_work(entries: list[LiteratureEntry]) -> list[list[LiteratureEntry]]:
    """Entries of one title and year grouped into works: an entry joins the first group
    each of whose entries names the same work (:func:`_same_work`)."""
    works: list[list[LiteratureEntry]] = []
    for entry in entries:
        for work in works:
            if all(_same_work(entry, other) for other in work):
                work.append(entry)
                break
        else:
            works.append([entry])
    return works


def _same_work(a: LiteratureEntry, b: LiteratureEntry) -> bool:
    """Entries of one title and year name one work unless their DOIs differ or their first
    authors' family names do (an entry that names nobody agrees with any); entries that
    both name nobody, unless their publishers differ."""
    if a.reference.doi and b.reference.doi and a.reference.doi.lower() != b.reference.doi.lower():
        return False
    if other_works(a.reference, b.reference):
        return False  # a paper and a talk of its title, at different venues or dates
    first_a, first_b = a.reference.authors[:1], b.reference.authors[:1]
    if not first_a and not first_b:
        # works by nobody named ("Annual Report", 2020) are told apart by their publishers
        # (with no word in common: "Springer" and "Springer-Verlag" agree); a publisher's
        # second record of a named work may name another imprint
        publishers = [set(title_key(r.publisher).split()) for r in (a.reference, b.reference)]
        return not all(publishers) or bool(publishers[0] & publishers[1])
    if not first_a or not first_b:
        return True
    return same_family(family_name(first_a[0]), family_name(first_b[0]))
