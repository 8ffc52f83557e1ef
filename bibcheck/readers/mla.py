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

An entry that repeats the author of the one above (``---. Title.``) is that author's too.
An entry led by no person's name, a corporate author (``World Health Organization.``) or
a title (``"Narrative Medicine."``, an anonymous work), is cited by the words it starts
with, in full or shortened, a leading article dropped: ``(World Health Organization
12)``, ``("Narrative Medicine")``, ``(Global Burden 4)``.  A parenthesis shaped as an
author and a page whose name heads no entry at all, ``(Whitlock 45)``, is returned
apart by :func:`scan_all` (a work the list lacks), and so is one whose author heads
several entries with no short title to tell which (``(Petroski 45)`` beside two works of
Petroski's: MLA asks for ``(Petroski, *Invention* 45)``); :func:`uncited_anomaly` says
which of the two it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Anomaly, AnomalyCode
from bibcheck.parse.references.quote_pairs import EN_CLOSINGS, EN_DOUBLE, EN_OPENINGS
from bibcheck.parse.references.same_author import repeats_author, without_dash

_CAP = r"[A-ZÀ-ÖØ-Þ]"
_ROLE = (
    r"(?:editor|translator|director|compiler|performer|narrator|creator|host|adapter"
    r"|illustrator|curator|conductor|producer|composer|librettist|photographer|speaker"
    r"|interviewer|choreographer|designer|artist)s?"
)
_NAME = rf"{_CAP}[\w'’-]+"
# "Botting, Fred.", "Gilbert, Sandra M., and Susan Gubar.", "Brooks, Peter." -- the head
# of an entry: the family name, a comma, given names (one word of two letters at least)
_HEAD = lazy_compile(
    rf"^\s*(?P<family>{_NAME}(?:\s+{_NAME})?),\s+(?P<given>{_CAP}[\w'’-]+(?:\s+{_CAP}[\w'’.-]*)*)"
    # a generational suffix after the given names: "Harris, Charles E., Jr., et al.",
    # "King, Martin Luther, Jr. Title", "Ford, Henry, II."
    rf"(?:,\s+(?:Jr|Sr)\.(?=,)|,\s+(?:Jr|Sr)(?=\.)|,\s+(?:II|III|IV)(?=[.,]))?"
    # (a co-author's given names and initials: "Dana", "J.", never a sentence's end: "Cole.")
    rf"(?P<rest>(?:,?\s+(?:and|&)\s+(?:{_CAP}(?:\.|[\w'’-]*)\s+)*{_NAME}|,\s+et\s+al)?)"
    # MLA 9's role after the names: "Cracknell, Carrie, director.", "Hall, Edith, et al.,
    # editors.", "Mastronarde, Donald J., editor."
    rf"(?:\.?,\s+{_ROLE})?\.\s"
)
_SECOND = lazy_compile(rf"(?:and|&)\s+(?:{_CAP}(?:\.|[\w'’-]*)\s+)*(?P<family>{_NAME})$")
# APA, Harvard and Chicago author-date put the year after the names: "Lowe, J. (2019)."
_YEAR_AFTER = lazy_compile(r"^\s*\(?(?:1[5-9]|20)\d{2}[a-z]?\)?[.,]")
_SIGNAL = lazy_compile(r"^(?:qtd\.\s+in|see\s+also|see|cf\.|also|e\.g\.,?|esp\.)\s+", re.I)
_PAGE = r"(?:\d{1,5}|[ivxlcdm]{1,8})"
# a Bekker or Stephanus page, column and line of an ancient text: "1454b1", "514a", "1454a37"
_COLUMN = r"(?:\d{1,4}[a-e]\d{0,2})"
_SPAN = (
    rf"(?:{_COLUMN}(?:\s*[-–]\s*(?:{_COLUMN}|[a-e]?\d{{1,2}}))?"
    rf"|{_PAGE}(?:\s*[-–]\s*{_PAGE})?(?:\.\d{{1,4}}(?:[-–]\d{{1,4}})?)*)"
)
_LOCATOR = (
    rf"(?:(?:pp?\.|pars?\.|paras?\.|chs?\.|secs?\.|ll?\.|lines?|sc\.|vol\.)\s*)?"
    # MLA's volume and page: "(Euripides, Fabulae 1: 135)", "(Gibbon 3: 212-14)"
    rf"(?:\d{{1,2}}:\s*)?{_SPAN}"
    rf"(?:\s*,\s*{_PAGE}(?:\s*[-–]\s*{_PAGE})?)*"
)
_PART = lazy_compile(
    rf"^(?P<first>{_NAME})(?:,?\s+(?:and|&)\s+(?P<second>{_NAME})|\s+et\s+al\.)?"
    rf"(?:,\s+(?P<title>[^,;\d][^,;]{{0,60}}?))?(?:,?\s+(?P<loc>{_LOCATOR}))?$"
)
_BARE = lazy_compile(rf"^\s*{_LOCATOR}\s*$")
# pages from and to: a page range cites mid-sentence too, where "(1) the first" counts
_RANGE = lazy_compile(r"^\s*\d{1,5}\s*[-–]\s*\d{1,5}\s*$")
_YEARLIKE = lazy_compile(r"^\s*(?:1[5-9]|20)\d{2}\s*$")
_PAREN = lazy_compile(r"\(([^()]{1,160})\)")
# a page alone must end its clause: "(38)." "(224)," -- "(1) the first" is a list
_CLAUSE_END = lazy_compile(r"\s*(?:[.,;:!?”\"’]|$)")
OPEN_PAREN = lazy_compile(r"\([^()]{0,80}$")
# a page alone at a line's end, the next line a new sentence: "(77)" / "The"
_LINE_END = lazy_compile(r"[ \t]*\n[ \t]*(?:[A-Z“\"‘]|$)")
# what an entry led by no person starts with: a title in quotes, or words up to a full stop
_LEAD = lazy_compile(
    rf"^\s*[{EN_OPENINGS}]([^{EN_DOUBLE}]{{1,150}})[{EN_CLOSINGS}]|^\s*([^.?!]{{1,150}}?)[.?!](?:\s|"
    rf""
    rf"$)"
)
# a title that leads an entry, in quotes or Markdown emphasis: '"Title." ', '*Title*. '
_TITLE_LEAD = lazy_compile(
    rf"^\s*(?:[{EN_OPENINGS}][^{EN_DOUBLE}]{{1,150}}[{EN_CLOSINGS}]|"
    rf"(?P<em>[*_]{{1,2}})[^*_]{{1,150}}(?P=em))[.,]?\s"
)
# an author known by one name, or a one-word title, then the title: "Euripides. Medea."
_ONE_NAME = lazy_compile(rf"^\s*{_CAP}[\w'’-]+\.\s")
_ARTICLE = frozenset({"a", "an", "the"})
_CAP_START = lazy_compile(rf"^[{EN_OPENINGS}*_]?{_CAP}")
# a part of a parenthesis that names something (an author, a title) and a place in it
_NAMED_PLACE = lazy_compile(rf"^(?P<name>[^\d;]{{1,100}}?)(?:,?\s+(?P<loc>{_LOCATOR}))?$")
# capitalised words before a number that are no author: "(Figure 3)", "(March 12)"
_NOT_AUTHORS = frozenset(
    """figure fig table chapter chap part section sec act scene book canto appendix vol
    volume page line lines note plate item no art article box folder map psalm sonnet
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec week day year phase stage step level
    grade class group type case model version issue series exhibit room route""".split()
)


@dataclass(frozen=True, slots=True)
class MlaIndex:
    """Who heads which entry: family name -> labels; (first, second) -> labels; and
    each entry's title words (a short title tells one author's works apart)."""

    firsts: dict[str, tuple[str, ...]] = field(default_factory=dict)
    pairs: dict[tuple[str, str], tuple[str, ...]] = field(default_factory=dict)
    titles: dict[str, frozenset[str]] = field(default_factory=dict)
    # an entry led by no person: the words it starts with (corporate author or title)
    leads: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # the words each entry's title starts with (after its author): "(Poetics 1454b1)"
    title_leads: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.firsts or self.leads)


def _words(text: str) -> frozenset[str]:
    return frozenset(w.lower() for w in re.findall(r"\w{3,}", text))


def _lead_words(text: str) -> tuple[str, ...]:
    """The words ``text`` starts with, lower case, a leading article dropped."""
    words = [w.lower() for w in re.findall(r"[^\W_][\w'’-]*", text)]
    return tuple(words[1:] if words[:1] and words[0] in _ARTICLE else words)


def mla_shaped(entries: Iterable[tuple[str, str]]) -> bool:
    """Are two thirds of the entries (two at least) MLA's ``Surname, Given. Title.``
    with no year right after the names (an entry repeating the author above with
    ``---.`` counts as its author's)?  Entries led by a title in quotes or emphasis, or by
    one word (an author known by one name: ``Euripides. Medea.``), count neither way."""
    texts = [" ".join(text.split()) for _, text in entries]
    shaped = 0
    titled = 0  # led by a title in quotes or emphasis: any style's anonymous work
    named = False  # the entry above is shaped
    for text in texts:
        head = _HEAD.match(text)
        if head and not _YEAR_AFTER.match(text[head.end() :]):
            shaped += 1
            named = True
        elif named and repeats_author(text) and not _YEAR_AFTER.match(without_dash(text)):
            shaped += 1
        else:
            named = False
            lead = _TITLE_LEAD.match(text) or _ONE_NAME.match(text)
            titled += bool(lead and not _YEAR_AFTER.match(text[lead.end() :]))
    return shaped >= 2 and shaped * 3 >= (len(texts) - titled) * 2


def mla_index(entries: Iterable[tuple[str, str]]) -> MlaIndex:
    """The index of an MLA-shaped list's entries, ``(label, plain text)`` pairs."""
    firsts: dict[str, list[str]] = {}
    pairs: dict[tuple[str, str], list[str]] = {}
    titles: dict[str, frozenset[str]] = {}
    leads: dict[str, tuple[str, ...]] = {}
    title_leads: dict[str, tuple[str, ...]] = {}
    above: tuple[str, str | None] | None = None  # the names of the entry above
    for label, text in entries:
        flat = " ".join(text.split())
        head = _HEAD.match(flat)
        if head:
            second = _SECOND.search(head["rest"].strip(" ,"))
            above = (head["family"].split()[-1], second["family"] if second else None)
            rest = flat[head.end() :]
        elif above is not None and repeats_author(flat):  # "---. Title."
            rest = without_dash(flat)
        else:
            above = None
            lead = _LEAD.match(flat)
            if lead:
                leads[label] = _lead_words(lead[1] or lead[2])
                # (a one-word lead may be an author known by one name: "Euripides. Medea.")
                titles[label] = _words(flat[lead.end() :][:120])
                title_leads[label] = _title_lead(flat[lead.end() :])
            continue
        title_leads[label] = _title_lead(rest)
        first, other = above
        firsts.setdefault(first, []).append(label)
        if other:
            pairs.setdefault((first, other), []).append(label)
        titles[label] = _words(rest[:120])
    return MlaIndex(
        {k: tuple(v) for k, v in firsts.items()},
        {k: tuple(v) for k, v in pairs.items()},
        titles,
        leads,
        title_leads,
    )


def _title_lead(rest: str) -> tuple[str, ...]:
    """The words of the title that starts ``rest`` (an entry after its author)."""
    lead = _LEAD.match(rest)
    return _lead_words(lead[1] or lead[2]) if lead else ()


def _one(index: MlaIndex, first: str, second: str | None, title: str | None) -> str | None:
    labels = _heads(index, first, second) or _one_name(index, first, second)
    if not second and len(labels) > 1:
        # "(Teal 31)" cites the work of Teal alone, not "Teal, John, and Mildred Teal"
        paired = {label for both in index.pairs.values() for label in both}
        labels = tuple(label for label in labels if label not in paired) or labels
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


Span = tuple[int, int, str]  # (start, end, entry label or the unlisted name)


def scan(text: str, index: MlaIndex, last: str | None) -> tuple[list[Span], str | None]:
    """``(start, end, label)`` of each MLA citation in ``text``, and the entry named
    last (a page alone after it cites it): ``last`` is the one named before ``text`` in
    its paragraph."""
    found, _, last = scan_all(text, index, last)
    return found, last


def scan_all(
    text: str, index: MlaIndex, last: str | None
) -> tuple[list[Span], list[Span], str | None]:
    """:func:`scan`'s citations, and apart ``(start, end, name)`` of each author-page
    citation whose author heads no entry of the list (``(Whitlock 45)``)."""
    if not index:
        return [], [], last
    events: list[tuple[int, int, str | None, bool]] = [
        (end, end, label, False) for end, label in _named(text, index)
    ]
    for m in _PAREN.finditer(text):
        events.append((m.start(), m.end(), None, True))
    events.sort(key=lambda e: (e[0], not e[3]))
    found: list[Span] = []
    unlisted: list[Span] = []
    skip_to = 0
    for start, end, label, paren in events:
        if not paren:
            if start > skip_to:
                last = label
            continue
        inner = text[start + 1 : end - 1]
        cited, missing = _parenthetical(inner, index, last)
        if cited or missing:
            found.extend((start, end, lab) for lab in cited)
            unlisted.extend((start, end, name) for name in missing)
            last = cited[-1] if len(cited) == 1 and not missing else None
        elif (
            last
            and _BARE.match(inner)
            and not _YEARLIKE.match(inner)
            and (
                _CLAUSE_END.match(text, end)
                or _LINE_END.match(text, end)
                or _RANGE.match(inner)  # "Foley's reading … (243-71) helps to explain"
            )
        ):
            found.append((start, end, last))
        skip_to = end
    return found, unlisted, last


def mla_paragraphs(
    paragraphs: Iterable[tuple[int, str]], index: MlaIndex
) -> tuple[list[tuple[int, int, str]], list[tuple[str, int]]]:
    """The MLA citations of each ``(number, text)`` paragraph as ``(number, end offset,
    label)`` (a page alone cites the entry named last in its paragraph), and the names
    cited by author and page that head no single entry, each with its first paragraph."""
    found: list[tuple[int, int, str]] = []
    unlisted: dict[str, int] = {}
    for number, text in paragraphs:
        cites, missing, _ = scan_all(text, index, None)
        found.extend((number, end, label) for _, end, label in cites)
        for _, _, name in missing:
            unlisted.setdefault(name, number)
    return found, list(unlisted.items())


def line_cites(
    line: str, following: str, index: MlaIndex, last: str | None
) -> tuple[list[tuple[int, int, str]], list[tuple[int, int, str]], str | None]:
    """The citations that start on ``line`` of a text read line by line, as
    ``(row, offset, label)``: ``row`` 0 if the citation ends on ``line`` (``offset``
    there), 1 if it ends on the ``following`` line ("(Hawkins" / "61-66)"), ``offset``
    in that line; the author-page citations of names no entry has, the same way; and
    the entry named last when the line ends.  ``following`` is the next line of the
    same paragraph ("" at a paragraph's end)."""
    base = len(line) + 1
    text = f"{line}\n{following[:200]}"
    found, unlisted, _ = scan_all(text, index, last)

    def rows(spans: list[Span]) -> list[tuple[int, int, str]]:
        return [
            (0, end, label) if end <= len(line) else (1, end - base, label)
            for start, end, label in spans
            if start < len(line)
        ]

    here, missing = rows(found), rows(unlisted)
    _, _, last = scan_all(line, index, last)
    over = [label for row, _, label in here if row == 1]
    missing_over = any(row == 1 for row, _, _ in missing)
    if over or missing_over:  # a citation over the line end names the entry last
        last = over[0] if len(over) == 1 and not missing_over else None
    return here, missing, last


_PartCite = tuple[str | None, str | None]  # (entry label, unlisted name)


def _parenthetical(
    inner: str, index: MlaIndex, last: str | None = None
) -> tuple[list[str], list[str]]:
    """The entries a parenthesis cites and the names of authors it cites that head no
    entry; both empty when a part of it is no citation."""
    labels: list[str] = []
    missing: list[str] = []
    for part in inner.split(";"):
        part = _SIGNAL.sub("", " ".join(part.split()))
        label, name = _part(part, index, last)
        if label is not None:
            labels.append(label)
        elif name is not None:
            missing.append(name)
        else:
            return [], []
    return labels, missing


def _part(part: str, index: MlaIndex, last: str | None = None) -> _PartCite:
    """The entry one part of a parenthesis cites, or the name of an author it cites whom
    no entry has (``Whitlock 45``), or neither."""
    m = _PART.match(part)
    if m:
        label = _one(index, m["first"], m["second"], m["title"])
        if label is not None:
            return label, None
    by_lead = _by_lead(part, index) or _by_title(part, index, last)
    if by_lead is not None:
        return by_lead, None
    second = f" and {m['second']}" if m and m["second"] else ""
    if m and m["loc"] and _unlisted(m, index):
        return None, f"{m['first']}{second}"
    if m and (m["loc"] or not m["title"]) and len(_heads(index, m["first"], m["second"])) > 1:
        return None, f"{m['first']}{second}"  # which of the author's works is unknown
    return None, None


def _one_name(index: MlaIndex, first: str, second: str | None) -> tuple[str, ...]:
    """The entries led by the one word ``first``: an author known by one name
    ("Euripides. *Medea*. Translated by …", cited "(Euripides, Medea 1078-79)")."""
    if second:
        return ()
    return tuple(label for label, lead in index.leads.items() if lead == (first.lower(),))


def _heads(index: MlaIndex, first: str, second: str | None = None) -> tuple[str, ...]:
    """The entries ``first`` (with ``second``: the pair) heads."""
    return index.pairs.get((first, second), ()) if second else index.firsts.get(first, ())


def _named_heads(index: MlaIndex, name: str) -> tuple[str, ...]:
    """The entries a name :func:`scan_all` returned apart ("Teal", "Teal and Teal") heads."""
    first, _, second = name.partition(" and ")
    return _heads(index, first, second or None)


def ambiguous(name: str, index: MlaIndex) -> bool:
    """Does ``name``, cited by author and page, head several entries of the list?"""
    return len(_named_heads(index, name)) > 1


def uncited_anomaly(name: str, line: int, index: MlaIndex) -> Anomaly:
    """The anomaly of an author-page citation :func:`scan_all` returned apart: its author
    heads no entry (a work the list lacks), or several with no short title to tell which
    (``(Petroski 45)`` beside two works of Petroski's)."""
    heads = len(_named_heads(index, name))
    if heads > 1:
        return Anomaly(
            AnomalyCode.CITATION_AMBIGUOUS,
            f"{name!r} is cited by author and page, but {heads} entries of the Works Cited "
            "list are headed by that name and no short title says which is meant",
            line,
            footnote=name,
        )
    return Anomaly(
        AnomalyCode.CITATION_KEY_MISSING,
        f"{name!r} is cited by author and page but heads no entry of the Works Cited list",
        line,
        footnote=name,
    )


def _by_lead(part: str, index: MlaIndex) -> str | None:
    """The one entry led by no person whose first words ``part`` gives (before a page):
    ``World Health Organization 12``, ``"Narrative Medicine"``, ``Global Burden 4``."""
    m = _NAMED_PLACE.match(part) if index.leads else None
    words = _lead_words(m["name"]) if m else ()
    if not words:
        return None
    hits = [label for label, lead in index.leads.items() if lead[: len(words)] == words]
    return hits[0] if len(hits) == 1 else None


def _by_title(part: str, index: MlaIndex, last: str | None) -> str | None:
    """The entry a short title alone cites (before a locator), its author named in the
    sentence or the title one work's only: "(Poetics 1454b1-2)" after "Aristotle found",
    "(Female Acts 243)".  Several works so titled: the one whose author was named last."""
    m = _NAMED_PLACE.match(part) if index.title_leads else None
    if m is None or not _CAP_START.match(m["name"]):
        return None
    words = _lead_words(m["name"])
    if not words or words[0] in _NOT_AUTHORS:
        return None
    hits = [label for label, lead in index.title_leads.items() if lead[: len(words)] == words]
    if len(hits) > 1 and last in hits:
        return last
    return hits[0] if len(hits) == 1 else None


def _unlisted(m: re.Match[str], index: MlaIndex) -> bool:
    """Is an author-page part's author (``Whitlock 45``, ``Ames and Roe 3``) in no entry:
    neither heading one nor among the words an entry led by no person starts with?  A
    word that is no author (``Figure 3``, ``March 12``) or an acronym is none."""
    names = [m["first"], *([m["second"]] if m["second"] else [])]
    lead_words = {w for lead in index.leads.values() for w in lead}
    return not any(
        name in index.firsts
        or name.lower() in _NOT_AUTHORS
        or name.lower() in lead_words
        or name.isupper()
        for name in names
    )
