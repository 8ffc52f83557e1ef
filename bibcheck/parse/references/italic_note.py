"""A note or entry read with its italics marked (``*Title*``), as every reader that sees them.

A title set in italics is the strongest sign of where a title starts and ends: in a
discursive note (``Edward's fall is told by Stow, *Annales* (1592), 334``), a broadcast
(``*Press Conference of Senator Ann Holt*, Channel 7 (Aug. 4, 2018) ("…")``), an ordinary
short note (``Smith, *Title of the Book* (2019), 4``).  The readers that know a note's
italics (HTML, Word, LaTeX) give the parsers its text with them marked as Markdown marks
them; the reading with the marks is kept when the parser took the title from them, else the
note is read from its plain text (a mark left in a field: ``BRASIL. Ministério da Saúde.
*Diretrizes …``), also when the marked reading took the names of a style whose journal is
in italics for the title (``Evandt, J.; Oftedal, B. A population-based study. *Sleep*
2017``) -- unless the title it took is an italic run itself, which no name is --, and
when the italic run it took for the title is the container the plain reading read (the
periodical an essay appeared in: ``[Author], *The Weekly*, no. 100 (1754)``).  When both
readings give the same title, a reader that trusts its marks whole (HTML) keeps the marked
reading; the others keep the plain one, with what the marks settled (:func:`same_title`).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from bibcheck.model import Reference, RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.note_title import ITALIC, corrected_note, italic_runs
from bibcheck.parse.references.polish_notes import VOLUME_TITLE
from bibcheck.parse.references.prose_author import author_in_prose
from bibcheck.parse.references.run_dated import run_before_date

__all__ = ["is_run", "italic_reference", "same_title", "swallowed_names", "without_signal_marks"]

# the space French sets before a colon, semicolon, question or exclamation mark ("Titre :
# sous-titre"), which the title read closes up ("Titre: sous-titre")
_SPACE_BEFORE = re.compile(r"\s+(?=[:;?!])")


def is_run(run: str, title: str | None) -> bool:
    """Is ``title`` (as read) the italic ``run``, its French spacing closed up or not?"""
    return title is not None and (
        run == title or _SPACE_BEFORE.sub("", run) == _SPACE_BEFORE.sub("", title)
    )


def italic_reference(
    plain: str,
    marked: str,
    line_starts: Sequence[int],
    *,
    note: bool,
    detect_styles: bool = True,
    title_run: bool = False,
    keep_same: bool = False,
) -> Reference:
    """The reference of the note (or entry) ``plain``, read from ``marked`` (its text with
    its italics as ``*…*``) when the marks gave its title (see the module doc);
    ``title_run``: only when the title read is an italic run itself, and with the same
    title from both readings the plain one (Word, LaTeX); ``keep_same``: with the same
    title from both readings, the marked one when an italic run is its container (a list
    entry's italics tell its kind: ``Title. *Journal*.`` an article)."""
    starts = tuple(line_starts)
    ref_plain = parse_reference(plain or " ", starts, detect_styles=detect_styles, note=note)
    if "*" not in marked or ref_plain.kind is RefKind.COMMENTARY:
        return ref_plain  # (commentary: a term in italics is no work's title)
    unmarked = without_signal_marks(marked)
    ref = parse_reference(unmarked, starts, detect_styles=detect_styles, note=note)
    if _term_in_quoted(ref_plain.title, ref.title, unmarked):
        return ref_plain  # (the quoted title holds the term: it is the work's own)
    if ref.title == ref_plain.title:  # (the marks gave no other title)
        if not title_run and ref.kind is not RefKind.UNKNOWN:
            # (a reader that trusts its marks whole, as HTML's: the marked reading)
            return dataclasses.replace(ref, raw=plain)
        if keep_same and ref.host and any(run == ref.host for _, run in italic_runs(unmarked)):
            # (the italics named the container: "Title. *Journal*." is an article)
            return dataclasses.replace(ref, raw=plain)
        same = same_title(ref_plain, ref)
        return corrected_note(same, marked) if note else same
    run = run_before_date(ref.title)
    if run is not None and (ref_plain.title or "").startswith(run):
        # ("BaFin (2022): *Allgemeinverfügung …* vom 31. Januar 2022": the ruling's date after
        # its italic title no part of it, :mod:`.run_dated`)
        return dataclasses.replace(ref_plain, title=run)
    if (
        any("*" in f for f in (ref.title or "", *ref.authors))
        or _container_of_plain(ref_plain, ref)
        or swallowed_names(ref, ref_plain, unmarked)
        or (title_run and not any(is_run(run, ref.title) for _, run in italic_runs(unmarked)))
        or (
            _container_after(ref_plain.title, ref.title, unmarked)
            and not _coauthor_as_title(ref_plain.title, ref)
        )
        or _volume_after(ref_plain.title, ref.title, unmarked)
    ):
        return corrected_note(ref_plain, marked) if note else ref_plain
    return dataclasses.replace(ref, raw=plain)


def same_title(plain: Reference, marked: Reference) -> Reference:
    """The reading kept when the marks gave the title the plain text gave: the plain
    reading, unless the marked one understood the rest better -- it knew the kind the
    plain reading did not (an italic journal after a quoted title: an article; an italic
    book title before its imprint: a book) -- and with the marked year when the plain
    reading took its year from inside the title ("*History of the Guild, 1273-1836*
    (Madrid, 1936)")."""
    if plain.kind is RefKind.UNKNOWN and marked.kind is not RefKind.UNKNOWN:
        return dataclasses.replace(marked, raw=plain.raw)
    if _year_in_title(plain) and marked.year is not None and not _year_in_title(marked):
        return dataclasses.replace(plain, year=marked.year, year_raw=marked.year_raw)
    return plain


def _year_in_title(ref: Reference) -> bool:
    """Is the year of ``ref`` one end of a period its title names ("…, 1273-1836")?  (A
    year the title merely holds is often the work's own: "Consumer Act 2010".)"""
    if not ref.year_raw or not ref.title:
        return False
    year = re.escape(ref.year_raw)
    return re.search(rf"\d{{3}}\s?[-–—]\s?{year}|{year}\s?[-–—]\s?\d{{2}}", ref.title) is not None


def _container_of_plain(plain: Reference, marked: Reference) -> bool:
    """Is the title the marks gave the container the plain reading read (the journal or
    periodical an essay, a letter or an article appeared in: "[Author], *The Weekly*, no.
    100 (1754)")?"""
    return bool(plain.host and marked.title and plain.host.strip(" .,") == marked.title)


def _term_in_quoted(title: str | None, run: str | None, marked: str) -> bool:
    """Is the italic ``run`` a term inside the quoted title ``title`` read from the plain
    text ("“The Original Placement of the *Hereford Map*,” *Imago* 56")?"""
    if not title or not run or run == title or run not in title:
        return False
    text = marked.replace("*", "")
    at = text.find(title)
    return at > 0 and text[at - 1] in "\"“‘«„'"


def _container_after(title: str | None, run: str | None, marked: str) -> bool:
    """Is the italic ``run`` the container of the work titled ``title`` (read from the
    plain text): the title, no sentence of prose, stands whole before it ("Office. Title
    of the Notice. *Official Journal*, C 350, 2017")?"""
    if not title or not run:
        return False
    text = marked.replace("*", "")
    title_at, run_at = text.find(title), text.find(run)
    if title_at < 0 or run_at < 0 or title_at + len(title) > run_at:
        return False
    return author_in_prose(title) is None  # (a sentence before the run is no title)


def _coauthor_as_title(title: str | None, marked: Reference) -> bool:
    """Is the plain reading's ``title`` a co-author the marked reading read among the
    authors ("Asha Rao, Vikram Sen, *Title*": the plain text took "Vikram Sen" for the
    title, the marks show where the names end), no container before the italic title?"""
    return bool(title) and len(marked.authors) >= 2 and title in marked.authors[1:]


def _volume_after(title: str | None, run: str | None, marked: str) -> bool:
    """Is the italic ``run`` a multi-volume work's name, its volume's number and the
    volume's own italic title after it, all of which the plain reading's ``title`` holds
    ("*Dzieje miasta*, t. 2: *1793–1945*, red. …": one title, the work's and the
    volume's)?"""
    if not title or not run or title == run or not title.startswith(run):
        return False
    at = marked.find(f"*{run}*")
    return at >= 0 and VOLUME_TITLE.match(marked[at + len(run) + 2 :]) is not None


def without_signal_marks(marked: str) -> str:
    """``marked`` with the marks dropped around italic runs that are no title: a signal
    (``*See*``, ``*Cf.*``), ``*Id.*``, ``*supra*``, a Latin phrase -- the Bluebook sets
    them in italics, and a parser would read them as a title."""
    return ITALIC.sub(
        lambda m: m.group("run") if not italic_runs(m.group(0)) else m.group(0), marked
    )


def swallowed_names(marked: Reference, plain: Reference, text: str = "") -> bool:
    """Did the reading with italics marked take names for the title that the plain reading
    read as authors ("Evandt, J.; Oftedal, B. A population-based study. *Sleep* 2017": a
    style whose journal is in italics, which the plain text is recognised by)?  Not when
    the title taken is one of the italic runs of ``text`` (the marked text): a title set
    in italics holds no names of the note's authors."""
    if len(plain.authors) <= len(marked.authors) or not plain.authors:
        return False
    first = plain.authors[0].split(",")[0].strip()
    if not first or first not in (marked.title or ""):
        return False
    return not any(is_run(run, marked.title) for _, run in italic_runs(text))
