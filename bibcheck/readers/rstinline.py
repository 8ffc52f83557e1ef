"""reStructuredText inline markup -> events (text, markers, citations, links).

One left-to-right scan of a paragraph (its lines joined by ``\\n``) with a
single pattern; every alternative is anchored on a start character and uses
possessive repetition or a bounded class, so the scan is linear in the
paragraph's length.  What is recognised (docutils' rules, simplified):

* inline literals ````code```` and the ``math`` role: text, never markers;
* footnote and citation references ``[1]_``, ``[#]_``, ``[#label]_``,
  ``[*]_``, ``[CIT2002]_`` (preceded by a space, an opening bracket or quote,
  or an escaped space ``\\ ``, as docutils requires);
* Sphinx citation roles (sphinxcontrib-bibtex ``:cite:p:`a,b```,
  ``:footcite:`k```, natbib-like ``:citep:``): one citation per key;
* hyperlink references: embedded URIs ```text <https://…>`_`` (or ``__``),
  named ```phrase`_`` / ``word_`` and anonymous ``__`` references (resolved
  later against the targets), and standalone URLs;
* other roles keep their text (``:pep:`8``` -> "PEP 8", ``:ref:`Title <x>```
  -> "Title"), emphasis and substitution references lose their markup,
  backslash escapes are removed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from bibcheck.lazyre import lazy_compile


def _punctuation_class() -> str:
    """The non-ASCII characters docutils accepts before an inline markup start besides
    the ASCII ones: openers, initial and final quotes, dashes and other punctuation
    (Unicode categories Ps, Pi, Pf, Pd, Po: the ideographic comma and full stop ``、``
    ``。``, ``「``, ``«``, ``—``), as character-class ranges."""
    chars = [
        c
        for c in range(0x80, 0x10000)
        if unicodedata.category(chr(c)) in ("Ps", "Pi", "Pf", "Pd", "Po")
    ]
    ranges: list[str] = []
    start = prev = chars[0]
    for c in [*chars[1:], -1]:
        if c != prev + 1:
            ranges.append(f"\\u{start:04x}" + (f"-\\u{prev:04x}" if prev > start else ""))
            start = c
        prev = c
    return "".join(ranges)


# Text before an inline markup start: start of text, whitespace or an opening mark (or a
# non-ASCII punctuation mark: "、:cite:t:`key`" is a citation, as docutils reads it).
_BEFORE = rf"(?<![^\s\-:/'\"<(\[{{{_punctuation_class()}])"
# Interpreted text up to its closing backtick; an escaped one (``\```) is part of the text
# (docutils: ``:rst:`:cite:p:\`key\``` shows ``:cite:p:`key```, one role, no citation), and
# so is one followed by a letter or digit, which cannot end inline markup (at most two such:
# unbounded, a line of "`a`a`a" would be rescanned to its end from every backtick).
_PLAIN_TICKED = r"(?:[^`\\]++|\\.)*+"
_TICKED = rf"{_PLAIN_TICKED}(?:`(?=[^\W_]){_PLAIN_TICKED}){{0,2}}+"
_INLINE = lazy_compile(
    r"(?P<lit>``(?:[^`]|`(?!`))++``)"
    # (a role right after another's closing backtick: ":cite:`a`:cite:`b`," cites both)
    rf"|(?:{_BEFORE}|(?<=`)):(?P<role>[A-Za-z][\w.+-]*+(?::[A-Za-z][\w.+-]*+)*+):`(?P<rbody>{_TICKED})`"
    r"|_`(?P<itarget>[^`]*+)`"
    rf"|`(?P<body>{_TICKED})`(?P<suffix>__?(?![\w])|:[A-Za-z][\w.+-]*+(?::[A-Za-z][\w.+-]*+)*+:)?"
    rf"|{_BEFORE}\[(?P<fn>\#[\w.:+-]*+|\*|\d++|[^\W_][\w.:+-]*+)\]_(?![\w])"
    r"|(?<![\w/])(?P<url>(?:https?|ftp)://[^\s<>`\"]++)"
    # A word reference starts where a word starts, never after an inner connector ("a-b"):
    # a failed try from the word's start would otherwise be repeated at every hyphen.
    rf"|{_BEFORE}(?<![^\W_][-._+:])(?P<word>[^\W_](?:[^\W_]|[-._+:](?=[^\W_]))*+)"
    r"(?P<wus>__?)(?![\w])"
    r"|\|(?P<sub>[^\s|][^|\n]*+)\|(?:__?)?"
    r"|\*\*(?P<strong>[^*]++)\*\*"
    r"|(?<![\w*])\*(?P<em>[^*\s][^*]*+)\*"
    r"|\\(?P<esc>.)",
    re.S,
)
_TRAILING = ".,;:!?)'\"]}>"
CITE_ROLES = frozenset(
    "cite citep citet citealp citealt citeauthor citeyear footcite footcitep footcitet".split()
)
_LITERAL_ROLES = frozenset({"math", "m", "code", "literal", "samp", "kbd", "file"})
_SUPERSCRIPT_ROLES = frozenset({"sup", "superscript"})


@dataclass(frozen=True, slots=True)
class Text:
    start: int
    value: str
    verbatim: bool  # value is the source span itself (may hold line breaks)
    emphasis: bool = False  # *emphasis* (a reference's italic title: the parsers use it)
    # the text of a ``:sup:`` / ``:superscript:`` role (``days.\ :sup:`1,12```: an AMA or
    # Vancouver citation of a numbered list, or an exponent, an ordinal's suffix)
    superscript: bool = False


@dataclass(frozen=True, slots=True)
class FootnoteRef:
    start: int
    label: str  # as written: "1", "#", "#name", "*", "CIT2002"


@dataclass(frozen=True, slots=True)
class Cite:
    start: int
    keys: tuple[str, ...]
    # ``:footcite:`` (and its ``:p:``/``:t:``/``:ps:``/``:ts:`` forms): sphinxcontrib-bibtex
    # prints each cited work as an auto-numbered footnote
    foot: bool = False


@dataclass(frozen=True, slots=True)
class Link:
    """A hyperlink reference; ``uri`` for an embedded or standalone URI, else a name."""

    start: int
    text: str
    uri: str | None
    name: str | None  # a named reference (normalised), resolved against the targets
    anonymous: bool


Event = Text | FootnoteRef | Cite | Link


def normalise_name(name: str) -> str:
    """Reference names compare case-folded with whitespace collapsed (docutils)."""
    return " ".join(name.replace("\\", "").split()).lower()


def events(text: str) -> Iterator[Event]:
    """The inline events of a paragraph, in order."""
    pos = 0
    for m in _INLINE.finditer(text):
        if m.start() > pos:
            yield Text(pos, text[pos : m.start()], True)
        pos = m.end()
        kind = m.lastgroup
        if m.group("url") is not None:
            url = m.group("url")
            cut = len(url.rstrip(_TRAILING))
            if cut < len(url):
                pos = m.start() + cut  # trailing punctuation is text again
                url = url[:cut]
            yield Text(m.start(), url, False)
            yield Link(m.start(), url, url, None, False)
            continue
        if m.group("fn") is not None:
            yield FootnoteRef(m.start(), m.group("fn"))
            continue
        if m.group("role") is not None:
            yield from _role(m.start(), m.group("role"), m.group("rbody"))
            continue
        if m.group("body") is not None:
            yield from _span(m.start(), m.group("body"), m.group("suffix") or "")
            continue
        if m.group("word") is not None:
            word = m.group("word")
            yield Text(m.start(), word, False)
            anonymous = m.group("wus") == "__"
            yield Link(m.start(), word, None, normalise_name(word), anonymous)
            continue
        value = m.group(kind or "esc") if kind != "lit" else m.group(0)[2:-2]
        if kind == "esc":
            value = "" if value in " \n" else value
        elif kind in ("strong", "em"):
            value = _inner_text(value)
        yield Text(m.start(), value, False, emphasis=kind == "em")
    if pos < len(text):
        yield Text(pos, text[pos:], True)


def _inner_text(value: str) -> str:
    """The text of emphasis or strong emphasis, its inline markup read (``**On
    :math:`k`-anonymity**`` -> "On k-anonymity"); nothing in it is a marker or a link of
    its own.  (docutils nests no markup: it prints the role as written, but the author
    meant its text, and a title compared with a catalogue's wants the words.)"""
    if "`" not in value and "\\" not in value:
        return value
    return "".join(e.value for e in events(value) if isinstance(e, Text))


def _role(start: int, role: str, body: str) -> Iterator[Event]:
    base = role.partition(":")[0]
    if base in CITE_ROLES:
        bare = re.sub(r"\{[^}]*\}", "", body)  # {pre}key{post} notes
        keys = tuple(k.strip() for k in bare.split(",") if k.strip())
        if keys:
            yield Cite(start, keys, foot=base.startswith("foot"))
        return
    if role in _LITERAL_ROLES:
        yield Text(start, _unescape(body), False)
        return
    if role.lower() in _SUPERSCRIPT_ROLES:
        yield Text(start, _unescape(body), False, superscript=True)
        return
    if role.lower() == "pep":
        yield Text(start, f"PEP {body}", False)
        return
    if role.lower() == "rfc":
        yield Text(start, f"RFC {body}", False)
        return
    yield Text(start, _role_text(body), False)


def _role_text(body: str) -> str:
    """``Title <target>`` -> ``Title``; ``~mod.func`` -> ``func``; ``!x`` -> ``x``."""
    body = _unescape(body)
    if body.rstrip().endswith(">") and "<" in body:
        shown = body[: body.rfind("<")].strip()
        if shown:
            return shown
        body = body[body.rfind("<") + 1 : body.rstrip().rfind(">")]
    body = body.lstrip("!")
    if body.startswith("~"):
        body = body[1:].rsplit(".", 1)[-1]
    return body


def _unescape(text: str) -> str:
    """Backslash escapes removed (an escaped space or line break is nothing)."""
    if "\\" not in text:
        return text
    return re.sub(r"\\(.)", lambda m: "" if m.group(1) in " \n" else m.group(1), text, flags=re.S)


def _span(start: int, body: str, suffix: str) -> Iterator[Event]:
    if suffix.startswith(":"):
        yield from _role(start, suffix.strip(":"), body)
        return
    body = _unescape(body)
    if not suffix:
        yield Text(start, body, False)  # interpreted text in the default role
        return
    anonymous = suffix == "__"
    stripped = body.rstrip()
    if stripped.endswith(">") and "<" in stripped:
        at = stripped.rfind("<")
        shown = " ".join(stripped[:at].split())
        target = "".join(stripped[at + 1 : -1].split())  # whitespace in a URI is dropped
        if target.endswith("_") and "://" not in target:
            name = normalise_name(target[:-1].strip("`"))
            yield Text(start, shown or target[:-1], False)
            yield Link(start, shown, None, name, False)
            return
        yield Text(start, shown or target, False)
        yield Link(start, shown, target, None, anonymous)
        return
    shown = " ".join(body.split())
    yield Text(start, shown, False)
    yield Link(start, shown, None, normalise_name(body), anonymous)


def embedded_targets(text: str) -> Iterator[tuple[str, str]]:
    """``(name, uri)`` of each ```text <uri>`_`` (single underscore: it names a target)."""
    for m in re.finditer(r"`([^`<]*+)<([^`<>]*+)>`_(?!_)", text):
        name, uri = m.group(1).strip(), "".join(m.group(2).split())
        if name and uri and not (uri.endswith("_") and "://" not in uri):
            yield normalise_name(name), uri
