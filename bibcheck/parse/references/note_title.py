"""The title of a typed note is the cited work's formatted title, never the prose around it.

Legal (Bluebook) and humanities (Chicago, MLA) notes put explanatory prose before the
citation and quotations or short-form tags after it::

    *Title of the Conference*, Network (July 27, 2016) ("I think it would be …").
    *A Governor's Immunity from Suit*, 12 Op. O.L.C. 222 (2001) (OLC Op.).
    In *Jones v. United States*, 564 U.S. 1, 8 (2011), the Court held …
    All quotations are from *The Complete Works*, ed. J. Smith (Boston, 1974).

A title read from a parenthetical that follows the citation (a quotation, an explanation
``(relying on …)``, a short-form tag ``(OLC Op.)``, ``[hereinafter …]``) is the note's
commentary, not its work's title: the work is the italic run before it, the case the
citation starts with, or the head of a ``Title, 12 Reporter 222 (Year)`` citation; with
none of these the note keeps no title.  A case name read with the prose that introduces
it (``In Jones v. United States``, ``The Court's decision in Brown v. Board``) is the
case's name alone.  When the note marks a title in italics (``*Title*``) and the title read
is the prose around it, the italic run is the title.

A code section's, article's or paragraph's number (``18 U.S.C. § 1512``, ``Art. 1998``,
``para. 2001``) is no year.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references.legal import case_name
from bibcheck.parse.references.prose_author import author_in_prose, work_after_prose
from bibcheck.parse.references.reviews import review_title

__all__ = ["ITALIC", "corrected_note", "italic_runs", "provision_number", "title_in_parenthetical"]

# the signals that open a citation (Bluebook 1.2), italic or not, with their commas
_SIGNAL = (
    r"(?:[Ss]ee,?\s(?:also|generally)\s|[Ss]ee,?\se\.g\.,?\s|[Bb]ut\s(?:see|cf\.),?\s"
    r"|[Ss]ee\s|[Cc]f\.,?\s|[Cc]ompare\s|[Aa]ccord\s|[Ee]\.g\.,\s|[Cc]ontra\s)"
)
_LEADING_SIGNALS = lazy_compile(rf"^(?:{_SIGNAL})+")
# an italic run as Markdown, reStructuredText and the readers' italics mark it
ITALIC = lazy_compile(r"(?<![*\w])\*(?![\s*])(?P<run>[^*\n]{1,300}?)(?<![\s*])\*(?![*\w])")
# italic words that are no title: signals, "id.", "supra", Latin phrases, "et al."
_NO_TITLE = lazy_compile(
    r"(?:[Ss]ee|also|e\.g\.|[Cc]f\.|[Cc]ompare|with|and|[Aa]ccord|[Bb]ut|[Cc]ontra|[Ii]d\."
    r"|[Ii]bid\.?|supra|infra|inter\salia|et\sal\.?|i\.e\.|sic|passim|et\sseq\.|[Ss]ee\salso"
    r"|[Hh]ereinafter|[Aa]nd\scompare|[Ss]ee\sgenerally)[\s,.;:]*",
    re.I,
)
# what a parenthetical after a citation opens with when it is commentary: a quotation
# (after a speaker's name: "(Trump: “…”)"), an explanation in lower case ("(quoting …)",
# "(relying on …)"), "hereinafter"
_COMMENTARY_OPEN = lazy_compile(
    r"(?:[A-Z][\w.’'-]{0,30}:\s)?[\"“‘'`]|[a-z]|\[?[Hh]ereinafter\b|[Ee]mphasis\b|[Ii]nternal\s"
)
# a case name introduced by prose: "In Jones v. United States", "the decision in Brown v.
# Board" (not "In re Grand Jury", which is the case's own name)
_CASE_IN_PROSE = lazy_compile(
    r"^(?:[^()\[\]]{0,200}?\s)?(?:[Ii]n|[Ss]ee|[Cc]f\.|[Uu]nder|[Ff]ollowing|[Cc]iting)\s"
    r"(?P<case>(?!re\s)[A-Z][\w.’'&-]*(?:\s[\w.,’'&-]+){0,12}?\sv\.\s[A-Z].*)$"
)
# the head of a citation to a reported document: "Title, 24 Op. O.L.C. 222 (2000)",
# "Title, 110 J. Crim. L. & Criminology 719 (2020)"; or to a broadcast, a post: "Title,
# Network (July 8, 2015)" (one comma piece before the source, which may be no author)
_HEADED = lazy_compile(
    r"^(?P<head>[A-Z][^,()\[\];]{2,250}?),\s"
    r"(?:\d{1,4}\s[A-Z][^,()\[\];]{0,60}?\s\d{1,6}\b|[A-Z][^,()\[\];]{0,60}?\s\()"
)
# a pin cite left at the title's end: ", at 29 & n.13", ", at 4–5"
_PIN = lazy_compile(r",\sat\s\d[\d\s&n.,–-]{0,30}$")
# an author's name closing the prose before a work's title: "…, and Altick,", "see Hale,"
_NAME_BEFORE = lazy_compile(
    r"(?:^|,\s|\b(?:and|see|See|cf\.|also)\s)(?P<name>[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){0,3}),$"
)
# the words of an English sentence that a title in title case does not have: the prose a
# humanities note opens with ("All quotations are cited from …")
_SENTENCE_WORD = lazy_compile(r"\b(?:are|is|was|were|cited|quoted|quotations|see)\b")
_YEAR_AT = lazy_compile(r"(?<![\d.,])(?:1[5-9]|20)\d\d(?![\d])")
# the number of a provision: "§ 1512", "§§ 1981-1983", "¶ 2001", "Art. 1998", "para. 1999",
# "sec. 2001", "Section 1983", "U.S.C. 1512"
# (not the "S." of a place on the Saale before its year: "Halle a. S. 1901")
_PROVISION = lazy_compile(
    r"(?:§§?|¶¶?|\b(?:[Aa]rts?|[Pp]aras?|[Ss]ecs?|(?<!\ba\.\s)(?<!\ba\.)[Ss]s?|U\.S\.C(?:\.A)?)\."
    r"|\b(?:[Ss]ection"
    r"|[Aa]rticle|[Pp]aragraph)s?)\s?$"
)


# an issuing office, as the Bluebook abbreviates its last word (T6): "Contra Costa Cnty.
# Dist. Att'y's Off.", "U.S. Dep't of Just.", "Fed. Trade Comm'n", "Nat'l Rsch. Council"
_OFFICE = (
    r"[A-Z][^,;()\[\]]{0,120}?\s(?:Off\.|Dep['’]t(?:\sof\s[A-Z][\w.'’&\s]{0,60}?)?"
    r"|Comm['’]n|Ass['’]n|Admin\.|Agency|Bureau|Council|Bd\.|Inst\.|Auth\.|Ministry)"
)
_OFFICE_TITLE = lazy_compile(rf"^(?P<office>{_OFFICE}),\s(?P<title>[A-Z].{{3,}})$")
_OFFICE_ONLY = lazy_compile(rf"^(?P<office>{_OFFICE}),?$")
# the title after the office in the note: up to the pin cite or the date
_AFTER_OFFICE = lazy_compile(
    r"^,\s(?P<title>[A-Z][^()\[\];]{3,300}?)(?:,\s(?:at\s)?\d|\s\d{1,5}\s\(|\s\(|,\s\()"
)


def italic_runs(text: str) -> list[tuple[int, str]]:
    """The italic runs of ``text`` that may be a title (where each starts, its text
    without a leading signal), in order: signals, ``id.``, Latin phrases are none."""
    runs: list[tuple[int, str]] = []
    for m in ITALIC.finditer(text):
        run = m.group("run")
        signal = _LEADING_SIGNALS.match(run + " ")
        if signal is not None:
            run = run[min(signal.end(), len(run)) :]
        run = run.strip(" ,;:")
        if len(run) > 1 and not _NO_TITLE.fullmatch(run):
            runs.append((m.start(), run))
    return runs


def title_in_parenthetical(text: str, title: str) -> int | None:
    """Where the parenthetical (or bracket) holding ``title`` opens, when ``title`` is read
    from commentary after a citation (a quotation, an explanation, a short-form tag), or
    None."""
    plain = text.replace("*", "")
    bare = title.replace("*", "").strip()
    if not bare:
        return None
    at = plain.find(bare)
    if at <= 0:
        return None
    opened = _open_bracket(plain, at)
    if bare[0] in "([":
        opened = at if opened is None else opened
        inner_at = at + 1
    else:
        inner_at = opened + 1 if opened is not None else at
    if opened is None or not plain[:opened].strip(" \"“‘'`"):
        return None  # (the note is a parenthetical: no citation before it)
    inner = plain[inner_at:].lstrip()
    if bare[0] in "([" and _wraps(bare) and len(bare.split()) <= 5:
        return opened  # a short-form tag: "(OLC Op.)"
    return opened if _COMMENTARY_OPEN.match(inner) else None


def _open_bracket(text: str, at: int) -> int | None:
    """The innermost bracket open at ``at`` (where it opens), or None."""
    stack: list[int] = []
    for i, ch in enumerate(text[:at]):
        if ch in "([":
            stack.append(i)
        elif ch in ")]" and stack:
            stack.pop()
    return stack[-1] if stack else None


def _wraps(title: str) -> bool:
    """Does the bracket ``title`` opens with stay open to its end ("(OLC Op.)", "(relying
    on, inter alia, X (2d Cir")?"""
    depth = 0
    for i, ch in enumerate(title):
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
            if depth == 0 and i < len(title) - 1:
                return False
    return True


def _first_piece(text: str) -> str:
    """The note's first citation: up to its first semicolon outside brackets, its leading
    signals dropped."""
    plain = text.replace("*", "").strip()
    piece = plain[: _piece_end(plain)].strip()
    signal = _LEADING_SIGNALS.match(piece)
    return piece[signal.end() :] if signal is not None else piece


def _work_before(text: str, opened: int) -> str | None:
    """The title of the work cited before the parenthetical at ``opened``: the italic run
    before it, the case the note starts with, the head of ``Title, 12 Reporter 222``."""
    for start, run in italic_runs(text):
        if len(text[:start].replace("*", "")) < opened:
            return run
        break
    piece = _first_piece(text)
    case = case_name(piece)
    if case is not None:
        return case[0]
    headed = _HEADED.match(piece)
    if headed is not None and len(headed.group("head").split()) >= 2:
        return headed.group("head").strip()
    return None


def _case_alone(title: str) -> str | None:
    """The case's name when ``title`` is prose that introduces it, or None."""
    m = _CASE_IN_PROSE.match(title.replace("*", "").strip())
    return m.group("case").strip(" ,") if m is not None else None


def _italic_in_prose(text: str, title: str) -> str | None:
    """The italic run that ``title`` holds with prose before it ("All quotations are from
    *The Complete Works*"), or None."""
    bare = title.replace("*", "").strip()
    for _, run in italic_runs(text):
        if run == bare:
            return None
    plain = text.replace("*", "")
    title_at = plain.find(bare)
    for start, run in italic_runs(text):
        at = bare.find(run)
        run_at = len(text[:start].replace("*", ""))
        # (the run itself inside the title read, not its words again: "“… for
        # Organization Science,” *Organization Science* 14")
        inside = title_at >= 0 and title_at < run_at < title_at + len(bare)
        if at > 0 and len(run.split()) >= 2 and inside:
            return run
    return None


def provision_number(text: str, year: str) -> bool:
    """Is every occurrence of ``year`` in ``text`` the number of a provision (``§ 1512``,
    ``Art. 1998``)?"""
    found = False
    for m in re.finditer(rf"(?<!\d){re.escape(year)}(?!\d)", text):
        found = True
        if not _PROVISION.search(text[max(0, m.start() - 12) : m.start()]):
            return False
    return found


def _other_year(text: str) -> str | None:
    """The first year of ``text`` that is no provision's number."""
    for m in _YEAR_AT.finditer(text):
        if not _PROVISION.search(text[max(0, m.start() - 12) : m.start()]):
            return m.group(0)
    return None


def corrected_note(ref: Reference, text: str) -> Reference:
    """``ref`` (read from the note ``text``) with its title the cited work's, its year
    no provision's number and its author no sentence of the note's prose (see the module
    doc)."""
    return _prose_fields(_corrected_title(ref, text), text)


def _prose_fields(ref: Reference, text: str) -> Reference:
    """``ref`` with the author and title it read from the prose a note opens with the
    work's (:mod:`bibcheck.parse.references.prose_author`)."""
    if ref.kind is RefKind.COMMENTARY or not ref.title:
        return ref
    if ref.authors:
        name = author_in_prose(ref.authors[0])
        if name is None or ref.title in ref.authors[0]:
            return ref
        return dataclasses.replace(ref, authors=(name, *ref.authors[1:]) if name else ())
    plain = text.strip()
    if "*" in plain or not plain.startswith(ref.title):
        return ref
    work = work_after_prose(plain)
    if work is None or work[1] not in ref.title:
        return ref
    return dataclasses.replace(ref, authors=(work[0],), title=work[1])


def _corrected_title(ref: Reference, text: str) -> Reference:
    ref = _corrected_year(ref, text)
    title = ref.title
    if not title:
        return ref
    pinned = _PIN.search(title)
    if pinned is not None and pinned.start() > 3:
        title = title[: pinned.start()]
        ref = dataclasses.replace(ref, title=title)
    opened = title_in_parenthetical(text, title)
    if opened is not None:
        work = _work_before(text, opened)
        # (the work's title read as its "author": "Title, 12 Op. O.L.C. 222" is no name)
        authors = tuple(a for a in ref.authors if not work or work not in a)
        return dataclasses.replace(ref, title=work, authors=authors)
    case = _case_alone(title)
    if case is not None and case != title.replace("*", "").strip():
        return dataclasses.replace(ref, title=case)
    named = _named_italic(text, title) if not ref.authors else None
    if named is not None:
        return dataclasses.replace(ref, title=named[1], authors=(named[0],))
    office = _office_title(text, title)
    if office is not None:
        authors = ref.authors or (office[0],)
        return dataclasses.replace(ref, title=office[1], authors=authors)
    if review_title(title.replace("*", "")):
        return ref  # "review of *The Owl*, by Lena Marsh": the review's words, not prose
    run = (
        _italic_in_prose(text, title)
        or _italic_before(text, title)
        or _italic_after_prose(text, title)
    )
    if run is not None:
        authors = tuple(a for a in ref.authors if run not in a)
        return dataclasses.replace(ref, title=run, authors=authors)
    return ref


def _italic_before(text: str, title: str) -> str | None:
    """The italic run that opens the note's first citation when the title read comes after
    it unmarked ("*Title*, Network (July 8, 2015)" read as "Network"; "*Works*, ed. J.
    Smith" read as "ed. J. Smith"), or None; a quoted title read after an italic run is
    kept (it is the work's own title)."""
    runs = italic_runs(text)
    bare = title.replace("*", "").strip()
    if not runs or any(run == bare for _, run in runs):
        return None  # (the title read is set in italics: it is the work's)
    plain = text.replace("*", "")
    piece_end = _piece_end(plain)
    first_at, run = runs[0]
    run_at = len(text[:first_at].replace("*", ""))
    # (the title read where it first stands: read before the run, it is the work's own
    # title, however often it comes again -- "“Town”, *Encyclopedia*, https://…/Town")
    at = plain.find(bare)
    if run_at >= piece_end or at < run_at + len(run) or at >= piece_end or run in bare:
        return None
    if plain[:at].rstrip()[-1:] in "\"“‘'`«„":
        return None  # ("Smith, *Book*, chap. 2, “Essay”": the quoted part is its own title)
    return run


def _office_title(text: str, title: str) -> tuple[str, str] | None:
    """(the office, the document's title) when the title read is the office that issued
    the document ("Dist. Att'y's Off., Report of …, at 29 (2020)"), or None."""
    bare = title.replace("*", "").strip()
    m = _OFFICE_TITLE.match(bare)
    if m is not None:
        return m.group("office"), m.group("title").strip(" ,")
    m = _OFFICE_ONLY.match(bare)
    if m is None:
        return None
    plain = text.replace("*", "")
    at = plain.find(m.group("office"))
    after = _AFTER_OFFICE.match(plain[at + len(m.group("office")) :]) if at >= 0 else None
    return (m.group("office"), after.group("title").strip()) if after is not None else None


def _named_italic(text: str, title: str) -> tuple[str, str] | None:
    """(the author, the italic title) when the title read is prose ending in an author's
    name and the work's italic title ("chapter 1, n. 14, and Altick, *English Common
    Reader*, 217"), or None."""
    bare = title.replace("*", "").strip()
    for _, run in italic_runs(text):
        at = bare.find(run)
        if at <= 0 or len(run.split()) < 2:
            continue
        named = _NAME_BEFORE.search(bare[:at].rstrip())
        if named is not None:
            return named.group("name"), run
    return None


def _prose(words: Sequence[str]) -> bool:
    """Are ``words`` a sentence's, not a title's: four or more, half of them in lower
    case?"""
    lower = sum(1 for w in words if w[:1].islower())
    return len(words) >= 4 and 2 * lower >= len(words)


def _italic_after_prose(text: str, title: str) -> str | None:
    """The first italic run of two or more words after the prose the note opens with, when
    that prose was read as the title ("All quotations are cited from William Shakespeare.
    *The Riverside Shakespeare*. Boston, 1997."), or None."""
    bare = title.replace("*", "").strip()
    plain = text.replace("*", "").lstrip()
    runs = italic_runs(text)
    if not plain.startswith(bare) or not _prose(bare.split()) or any(r == bare for _, r in runs):
        return None
    if not _SENTENCE_WORD.search(bare):
        return None  # ("Title in sentence case. *Issuer*."; "Ley 7/2021, de …. *Boletín*")
    for _, run in runs:
        if len(run.split()) >= 2 and run not in bare:
            return run
    return None


def _piece_end(plain: str) -> int:
    """Where the note's first citation ends (its first semicolon outside brackets)."""
    depth = 0
    for i, ch in enumerate(plain):
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif ch == ";" and depth == 0:
            return i
    return len(plain)


def _corrected_year(ref: Reference, text: str) -> Reference:
    if not ref.year_raw or not provision_number(text, ref.year_raw):
        return ref
    other = _other_year(text)
    if other is None:
        return dataclasses.replace(ref, year=None, year_raw=None)
    return dataclasses.replace(ref, year=int(other), year_raw=other)
