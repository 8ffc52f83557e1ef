"""MLA author-page citations of a Works Cited list in running text.

MLA 9 cites by the family name that heads an entry and a page, with no year:
``(Shelley 112)``, ``(Mellor 45; Botting 4)``, ``(qtd. in Mellor 52)``, ``(see also
Botting 101-03)``, ``(Gilbert and Gubar 213)``, ``(Lepore)`` (a web source has no page),
``(Shelley, Frankenstein 45)`` (a short title when one author has two works), and a page
alone, ``(38)``, when the sentence has named the author ("As Mellor puts it … (38)").
Read only where the list is MLA-shaped (:func:`mla_shaped`: ``Surname, Given. Title.
Publisher, Year.``, the year not after the names as in APA, Harvard or Chicago
author-date) and the text has no author-date citation: then a parenthesised number in
plain prose is no citation unless an author of the list was named before it in the same
paragraph, and never a year (``(1818)``), a percentage or a phrase (``(see chapter 3)``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

_CAP = r"[A-ZÀ-ÖØ-Þ]"
_NAME = rf"{_CAP}[\w'’-]+"
# "Botting, Fred.", "Gilbert, Sandra M., and Susan Gubar.", "Brooks, Peter." -- the head
# of an entry: the family name, a comma, given names (one word of two letters at least)
_HEAD = re.compile(
    rf"^\s*(?P<family>{_NAME}(?:\s+{_NAME})?),\s+(?P<given>{_CAP}[\w'’-]+(?:\s+{_CAP}[\w'’.-]*)*)"
    # (a co-author's given names and initials: "Dana", "J.", never a sentence's end: "Cole.")
    rf"(?P<rest>(?:,?\s+(?:and|&)\s+(?:{_CAP}(?:\.|[\w'’-]*)\s+)*{_NAME}|,\s+et\s+al)?)\.\s"
)
_SECOND = re.compile(rf"(?:and|&)\s+(?:{_CAP}(?:\.|[\w'’-]*)\s+)*(?P<family>{_NAME})$")
# APA, Harvard and Chicago author-date put the year after the names: "Lowe, J. (2019)."
_YEAR_AFTER = re.compile(r"^\s*\(?(?:1[5-9]|20)\d{2}[a-z]?\)?[.,]")
_SIGNAL = re.compile(r"^(?:qtd\.\s+in|see\s+also|see|cf\.|also|e\.g\.,?|esp\.)\s+", re.I)
_PAGE = r"(?:\d{1,5}|[ivxlcdm]{1,8})"
_LOCATOR = (
    rf"(?:(?:pp?\.|pars?\.|paras?\.|chs?\.|secs?\.|ll?\.|lines?|sc\.|vol\.)\s*)?"
    rf"(?:{_PAGE}(?:\s*[-–]\s*{_PAGE})?(?:\.\d{{1,4}}(?:[-–]\d{{1,4}})?)*)"
    rf"(?:\s*,\s*{_PAGE}(?:\s*[-–]\s*{_PAGE})?)*"
)
_PART = re.compile(
    rf"^(?P<first>{_NAME})(?:,?\s+(?:and|&)\s+(?P<second>{_NAME})|\s+et\s+al\.)?"
    rf"(?:,\s+(?P<title>[^,;\d][^,;]{{0,60}}?))?(?:,?\s+(?P<loc>{_LOCATOR}))?$"
)
_BARE = re.compile(rf"^\s*{_LOCATOR}\s*$")
_YEARLIKE = re.compile(r"^\s*(?:1[5-9]|20)\d{2}\s*$")
_PAREN = re.compile(r"\(([^()]{1,160})\)")
# a page alone must end its clause: "(38)." "(224)," -- "(1) the first" is a list
_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?”\"’]|$)")
OPEN_PAREN = re.compile(r"\([^()]{0,80}$")


@dataclass(frozen=True, slots=True)
class MlaIndex:
    """Who heads which entry: family name -> labels; (first, second) -> labels; and
    each entry's title words (a short title tells one author's works apart)."""

    firsts: dict[str, tuple[str, ...]] = field(default_factory=dict)
    pairs: dict[tuple[str, str], tuple[str, ...]] = field(default_factory=dict)
    titles: dict[str, frozenset[str]] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.firsts)


def _words(text: str) -> frozenset[str]:
    return frozenset(w.lower() for w in re.findall(r"\w{3,}", text))


def mla_shaped(entries: Iterable[tuple[str, str]]) -> bool:
    """Are two thirds of the entries (two at least) MLA's ``Surname, Given. Title.``
    with no year right after the names?"""
    texts = [" ".join(text.split()) for _, text in entries]
    shaped = 0
    for text in texts:
        head = _HEAD.match(text)
        if head and not _YEAR_AFTER.match(text[head.end() :]):
            shaped += 1
    return shaped >= 2 and shaped * 3 >= len(texts) * 2


def mla_index(entries: Iterable[tuple[str, str]]) -> MlaIndex:
    """The index of an MLA-shaped list's entries, ``(label, plain text)`` pairs."""
    firsts: dict[str, list[str]] = {}
    pairs: dict[tuple[str, str], list[str]] = {}
    titles: dict[str, frozenset[str]] = {}
    for label, text in entries:
        flat = " ".join(text.split())
        head = _HEAD.match(flat)
        if not head:
            continue
        first = head["family"].split()[-1]
        firsts.setdefault(first, []).append(label)
        second = _SECOND.search(head["rest"].strip(" ,"))
        if second:
            pairs.setdefault((first, second["family"]), []).append(label)
        titles[label] = _words(flat[head.end() :][:120])
    return MlaIndex(
        {k: tuple(v) for k, v in firsts.items()},
        {k: tuple(v) for k, v in pairs.items()},
        titles,
    )


def _one(index: MlaIndex, first: str, second: str | None, title: str | None) -> str | None:
    labels = index.pairs.get((first, second), ()) if second else index.firsts.get(first, ())
    if title and len(labels) > 1:
        words = _words(title)
        labels = tuple(lab for lab in labels if words and words <= index.titles.get(lab, set()))
    return labels[0] if len(labels) == 1 else None


def _named(text: str, index: MlaIndex) -> list[tuple[int, str | None]]:
    """(end offset, label or None when ambiguous) of each author of the list named in
    ``text``: "Mellor", "Gilbert and Gubar", "Shelley’s"."""
    found: list[tuple[int, str | None]] = []
    for m in re.finditer(
        rf"(?<![\w.])(?P<first>{_NAME})(?:\s+(?:and|&)\s+(?P<second>{_NAME}))?", text
    ):
        first = m["first"].removesuffix("’s").removesuffix("'s")
        if first not in index.firsts:
            continue
        second = m["second"]
        if second and (first, second) in index.pairs:
            found.append((m.end(), _one(index, first, second, None)))
        else:
            found.append((m.end("first"), _one(index, first, None, None)))
    return found


def scan(
    text: str, index: MlaIndex, last: str | None
) -> tuple[list[tuple[int, int, str]], str | None]:
    """``(start, end, label)`` of each MLA citation in ``text``, and the entry named
    last (a page alone after it cites it): ``last`` is the one named before ``text`` in
    its paragraph."""
    if not index:
        return [], last
    events: list[tuple[int, int, str | None, bool]] = [
        (end, end, label, False) for end, label in _named(text, index)
    ]
    for m in _PAREN.finditer(text):
        events.append((m.start(), m.end(), None, True))
    events.sort(key=lambda e: (e[0], not e[3]))
    found: list[tuple[int, int, str]] = []
    skip_to = 0
    for start, end, label, paren in events:
        if not paren:
            if start > skip_to:
                last = label
            continue
        inner = text[start + 1 : end - 1]
        cited = _parenthetical(inner, index)
        if cited:
            found.extend((start, end, lab) for lab in cited)
            last = cited[-1] if len(cited) == 1 else None
        elif (
            last
            and _BARE.match(inner)
            and not _YEARLIKE.match(inner)
            and _CLAUSE_END.match(text, end)
        ):
            found.append((start, end, last))
        skip_to = end
    return found, last


def _parenthetical(inner: str, index: MlaIndex) -> list[str]:
    """The entries a parenthesis cites, or none when a part of it is no citation."""
    labels = []
    for part in inner.split(";"):
        part = _SIGNAL.sub("", " ".join(part.split()))
        m = _PART.match(part)
        if not m:
            return []
        label = _one(index, m["first"], m["second"], m["title"])
        if label is None:
            return []
        labels.append(label)
    return labels
