"""Reference lists cited by symbolic labels: ``[RFC2119]``, ``[Knu84]``, ``[BIND9-ARM]``.

IETF RFCs and Internet-Drafts, and papers typeset with BibTeX's ``alpha`` style, cite
by a label that names the entry rather than numbers it.  The list stands under a
References heading (numbered sub-headings such as ``5.1.  Normative References`` /
``5.2.  Informative References`` continue it); each entry starts with its label in
brackets at the left margin (at most eight spaces in), followed by its text or alone
on its line with the text on the lines below, indented deeper:

.. code-block:: text

   [RFC2119]  Bradner, S., "Key words for use in RFCs to Indicate
              Requirement Levels", BCP 14, RFC 2119, March 1997.

   [BIND9-ARM]
              Internet Systems Consortium, "BIND 9 Administrator
              Reference Manual", 2024.

The list ends at a line back at the margin that is neither an entry nor a
reference heading (``Authors' Addresses``).  A citation is a bracket holding one or
more of the list's own labels (``[RFC2119] [RFC8174]``, ``[Knu84, p. 5]``,
``[Knu84; Lam86]``): text in brackets that is no label of the list is no citation.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from bibcheck.lazyre import Regex, lazy_compile
from bibcheck.model import RawNote
from bibcheck.readers.common import is_literature_heading
from bibcheck.readers.namedkeys import NAMED_KEY, SPACED_ALPHA

# (Markdown: a bullet, bold ``**[RFC2119]**``; not a link definition ``[RFC2119]: https://``)
# (a page break may stand before the label; a label may name its entry by authors and
# year, "[Duda and Hart, 1973]", see :mod:`bibcheck.readers.namedkeys`)
ITEM = lazy_compile(
    r"^\f*(?P<indent>[ \t]{0,8})(?:(?P<bullet>[*+-])[ \t]+)?(?P<bold>\*\*|__)?"
    rf"\[(?P<key>{SPACED_ALPHA}|[A-Za-z][\w.+:/&-]{{0,40}}|{NAMED_KEY})\](?P=bold)?"
    r"(?:[ \t]+(?P<text>\S.*?))?\s*$"
)
# a Markdown definition (Pandoc, kramdown, PHP Markdown Extra): "[RFC2119]" / ":   Bradner"
_DEFINITION = lazy_compile(r"^[ \t]{0,3}[:~][ \t]+(?=\S)")
# a section number split from its heading by the converter ("6.1" / "Normative References")
_BARE_NUMBER = lazy_compile(r"^\s*+(?:\d{1,2}(?:\.\d{1,2})*+\.?|[A-Z]\.(?:\d++\.?)*+)\s*+$")
# a bracketed token in the text: a label, perhaps one the list does not hold
_TOKEN = lazy_compile(r"\[(?P<key>[A-Za-z][\w.+:/&-]{1,40})\]")
_LOOKAHEAD = 12  # non-blank lines after the heading where the first entry must stand
_MIN_ENTRIES = 2
_SECTION_NUMBER = lazy_compile(r"^(?:\d{1,2}(?:\.\d{1,2})*+\.?|[A-Z]\.(?:\d++\.?)*+)\s+")
# a table of contents line: four leader dots (of any more) then a page number at the end
# (four, not "four or more": a run of dots tried from each of its dots cost its square)
_LEADER_DOTS = lazy_compile(r"(?:\.\s?){4}\s*+\d*+\s*$")


@dataclass(frozen=True, slots=True)
class SymbolicList:
    """The list: its heading's index, the entries, and the index after its last line."""

    heading: int
    entries: tuple[RawNote, ...]
    end: int
    # labels of a column of labels set apart from their texts (``[Knu84]`` / ``[KP81]``
    # / texts: which text is whose was not told, :mod:`bibcheck.readers.keycolumn`),
    # with their lines: their entries are not read
    apart: tuple[tuple[str, int], ...] = ()

    def labels(self) -> list[str]:
        return [e.label for e in self.entries]

    def cited_labels(self) -> list[str]:
        """The labels the text may cite the list by: its entries' and those set apart."""
        return [*self.labels(), *(key for key, _ in self.apart)]


def is_heading(line: str) -> bool:
    """A reference heading on a line of its own (``5.  References``, ``References``)."""
    text = _SECTION_NUMBER.sub("", line.strip().lstrip("#").strip())
    return bool(
        text
        and len(text) < 60
        and not _LEADER_DOTS.search(text)
        and is_literature_heading(f"# {text}")
    )


def symbolic_list(
    lines: Sequence[str], numbers: Sequence[int], artifacts: Collection[int] = ()
) -> SymbolicList | None:
    """The first list of bracketed labels under a reference heading, if any.

    ``numbers[i]`` is the source line of ``lines[i]``; lines in ``artifacts`` (running
    heads, page footers) are skipped."""
    for h, line in enumerate(lines):
        if not is_heading(line):
            continue
        found = _read_list(lines, numbers, h, artifacts)
        if found is not None:
            return found
    return None


def _item(line: str) -> re.Match[str] | None:
    """The entry ``line`` starts, if any (a task-list box ``- [x]`` is none)."""
    m = ITEM.match(line)
    if m is None or (m.group("bullet") and len(m.group("key")) < 2):
        return None
    return m


def _read_list(
    lines: Sequence[str], numbers: Sequence[int], h: int, artifacts: Collection[int]
) -> SymbolicList | None:
    # key, indent, parts, their lines, and the label's own line
    entries: list[tuple[str, int, list[str], list[int], int]] = []
    seen = 0
    end = len(lines)
    apart = False  # a blank line since the last line of the entry above
    turned = False  # a page turned since then (its footer and running head skipped)
    for i in range(h + 1, len(lines)):
        line = lines[i]
        if i in artifacts:
            turned = True
            continue
        if not line.strip():
            apart = True
            continue
        if turned and entries and _unfinished(entries[-1][2]):
            apart = False  # the blank lines were the page's foot and head, not a gap
        if apart and entries and _unfinished(entries[-1][2]) and line.lstrip()[:1].islower():
            apart = False  # a column's break inside an entry: "… of the ACM SIGPLAN" / "" /
            # "language design and implementation, …" goes on with it
        turned = False
        m = _item(line)
        if m:
            text = m.group("text")
            entries.append(
                (
                    m.group("key"),
                    len(m.group("indent").expandtabs()),
                    [text] if text else [],
                    [numbers[i]] if text else [],
                    numbers[i],
                )
            )
            apart = False
            continue
        definition = _DEFINITION.match(line)
        if entries and definition:  # the text of the label above, blank line or none
            entries[-1][2].append(line[definition.end() :].strip())
            entries[-1][3].append(numbers[i])
            apart = False
            continue
        indent = len(line) - len(line.lstrip())
        deeper = bool(entries) and indent > entries[-1][1]
        if not deeper and (is_heading(line) or _BARE_NUMBER.match(line)):
            apart = True
            continue  # "5.2.  Informative References", "6.2" / "Informative References"
        # the entry goes on on a line indented deeper, or (converted from PDF, where the
        # indent is lost) on any line of its own block, or after a label with no text yet
        if entries and (deeper or not apart or not entries[-1][2]):
            entries[-1][2].append(line.strip())
            entries[-1][3].append(numbers[i])
            apart = False
            continue
        if entries:
            end = i
            break
        seen += 1
        if seen > _LOOKAHEAD:
            return None
    column = _label_column(entries)
    notes = tuple(
        RawNote(key, "\n".join(parts), at, found[-1], tuple(found))
        for k, (key, _indent, parts, found, at) in enumerate(entries)
        if parts and k not in column
    )
    labels_apart = tuple((entries[k][0], entries[k][4]) for k in sorted(column))
    if len(notes) + len(labels_apart) < _MIN_ENTRIES:
        return None
    return SymbolicList(h, notes, end, labels_apart)


def _label_column(entries: Sequence[tuple[str, int, list[str], list[int], int]]) -> set[int]:
    """The entries (their positions) of columns of labels set apart from their texts: two
    labels or more one under another with no text, the last one's text starting on a
    line below it (it took the texts of all); a lone label with no text before an entry
    whose text stands beside its label is none."""
    column: set[int] = set()
    k = 0
    while k < len(entries):
        if entries[k][2]:
            k += 1
            continue
        j = k
        while j < len(entries) and not entries[j][2]:
            j += 1
        last = j < len(entries) and entries[j][3][0] != entries[j][4]
        run = range(k, j + 1 if last else j)
        if len(run) >= 2:
            column.update(run)
        k = j + 1
    return column


def _unfinished(parts: Sequence[str]) -> bool:
    """Does an entry's text so far stop short of its end (an IETF entry ends with a full
    stop: ``..., <https://www.rfc-editor.org/info/rfc2119>.``)?"""
    return bool(parts) and not parts[-1].rstrip().endswith(".")


def marker_pattern(labels: Sequence[str]) -> Regex:
    """Brackets citing labels of the list: ``[A]``, ``[A, B]``, ``[A; B]``, ``[A, p. 5]``;
    the ``label`` group holds the labels (split them with :func:`split_labels`)."""
    names = "|".join(re.escape(k) for k in sorted(set(labels), key=len, reverse=True))
    one = rf"(?:{names})(?![\w.+:/&-])"
    return re.compile(rf"\[(?P<label>{one}(?:\s*[,;]\s*{one})*)(?:,\s*[^\[\]\n]{{1,40}})?\]")


def split_labels(label: str, known: Sequence[str] = ()) -> list[str]:
    """The labels a citation's ``label`` group holds: the ``known`` labels of the list in
    it, in order (a label may hold a comma, ``Duda and Hart, 1973``), else its parts
    between commas and semicolons."""
    if known and any("," in k for k in known):
        names = "|".join(re.escape(k) for k in sorted(set(known), key=len, reverse=True))
        found = [m.group(0) for m in re.finditer(rf"(?:{names})(?![\w.+:/&-])", label)]
        if found:
            return found
    return [part.strip() for part in re.split(r"[,;]", label) if part.strip()]


def _shape(label: str) -> str:
    """A label's shape: letters, digits and marks as classes (``RFC9111`` and ``MDFK97``
    are ``A9``, ``Knu84`` is ``Aa9``, ``I-D.ietf-x`` is ``A-A.a-a``)."""
    classes = re.sub(r"[A-Z]+", "A", re.sub(r"[a-z]+", "a", re.sub(r"\d+", "9", label)))
    return classes


def _prefix(label: str) -> str:
    """The letters a label starts with, up to a digit or mark: ``RFC``, ``I``, ``W3C`` -> ``W``."""
    m = re.match(r"[A-Za-z]+", label)
    return m.group(0) if m else ""


def unlisted_labels(lines: Sequence[str], labels: Sequence[str]) -> list[tuple[str, int, int]]:
    """Bracketed labels in ``lines`` that the list does not hold but that are labels of its
    kind (``[RFC8246]`` beside ``[RFC9111]``, ``[I-D.ietf-x]`` beside ``[I-D.ietf-y]``,
    ``[ABC99]`` beside ``[MDFK97]``): a citation of a work missing from the list, as
    ``(label, line index, column)``.  A label of that kind has a digit or a dot and shares
    its opening letters (two at least) or its shape with a label of the list; ``[x]``,
    ``[Page 2]``, ``[brackets]`` are none."""
    listed = set(labels)
    prefixes = {_prefix(k) for k in listed if len(_prefix(k)) >= 2}
    shapes = {_shape(k) for k in listed if re.search(r"[\d.]", k)}
    found: list[tuple[str, int, int]] = []
    for i, line in enumerate(lines):
        for m in _TOKEN.finditer(line):
            key = m.group("key")
            if key in listed or not re.search(r"[\d.]", key) or len(key) < 3:
                continue
            if _prefix(key) in prefixes or _shape(key) in shapes:
                found.append((key, i, m.start()))
    return found
