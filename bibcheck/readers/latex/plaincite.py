"""Citations of a citeproc list written as plain text (Pandoc/Quarto without
``link-citations``).

Pandoc writes the reference list as a ``CSLReferences`` environment with an anchor per
entry (``\\bibitem[\\citeproctext]{ref-key}``, ``\\hypertarget{ref-key}{}``) whatever the
options; only ``link-citations`` makes the citations in the body links to them
(``\\citeproc{ref-key}{..}``, ``\\hyperlink{ref-key}{..}``).  Without it a citation is the
text citeproc rendered: ``(Okafor and Lind 2020; Brandt 2019a)``, ``Brandt (2019, 14)``,
or a number of the list, ``{[}3{]}`` or ``\\textsuperscript{3}``.  Such text is tied to
the entries as for any author-date or numbered text: author-date by the shared matcher
(:mod:`bibcheck.readers.authoryear`: a family name heading one entry with a year it has),
numbers by the number each entry carries in the list (``\\CSLLeftMargin{[3] }``, ``3.``).
A document that has any citation link is cited by its links only.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from bibcheck.lazyre import lazy_compile
from bibcheck.readers.authoryear import AuthorYears, author_years, spans
from bibcheck.readers.latex.convert import Cited, Converter, NumberedList, Sink
from bibcheck.readers.latex.lists import Item

# an entry's own number at its start: "[3] ...", "3. ...", "3) ..."
_NUMBER = lazy_compile(r"\s*(?:\[(\d{1,4})\]|(\d{1,4})[.)])(?=\s)")
# a citation link to a citeproc entry anywhere in the body
_LINKED = lazy_compile(r"\\(?:citeproc|hyperlink)\s*\{\s*ref-")


@dataclass(frozen=True, slots=True)
class PlainList:
    """A citeproc list whose citations are plain text: its numbers (a numeric style) or
    its (family name, year) pairs (an author-date style), each to the entry's key."""

    numbers: dict[int, str] = field(default_factory=dict)
    by_author: AuthorYears = field(default_factory=dict)
    bracketed: bool = True  # the list's numbers are in brackets ("[3]"), not "3."


def entry_number(text: str) -> int | None:
    """The number an entry of a numbered list starts with (``[3]``, ``3.``, ``3)``)."""
    m = _NUMBER.match(text)
    return int(m.group(1) or m.group(2)) if m else None


def plain_list(text: str, start: int, stop: int, items: list[Item]) -> PlainList | None:
    """The citeproc list among ``items`` when the body between ``start`` and ``stop``
    links no citation to it; None otherwise."""
    generated = [it for it in items if it.generated]
    if not generated or _LINKED.search(text, start, stop):
        return None
    numbers = {entry_number(it.text): it.label for it in generated}
    if None not in numbers and len(numbers) == len(generated):
        bracketed = all(it.text.lstrip().startswith("[") for it in generated)
        return PlainList({n: k for n, k in numbers.items() if n is not None}, {}, bracketed)
    return PlainList({}, author_years((it.label, it.text) for it in generated))


def prepare(converter: Converter, plain: PlainList) -> None:
    """Before the body is read: a numeric list's numbers are citations (``[3]``, and a
    superscript where the list's numbers are not bracketed, as superscript styles print)."""
    if plain.numbers and converter.numbered is None:
        converter.numbered = NumberedList(set(plain.numbers), {})
        converter.superscript_numbers = not plain.bracketed


def tie(converter: Converter, plain: PlainList) -> None:
    """After the body is read: its number markers and author-date mentions become
    citations of the entries' keys."""
    for sink in converter.blocks:
        if plain.numbers:
            _renumber(converter, sink, plain.numbers)
        elif plain.by_author and not sink.heading:
            _mentions(converter, sink, plain.by_author)


def _renumber(converter: Converter, sink: Sink, numbers: dict[int, str]) -> None:
    labels = {f"[{n}]": key for n, key in numbers.items()}
    marked = []
    for label, line, column, offset, file in sink.markers:
        key = labels.get(label)
        if key is not None:
            converter.cited.setdefault(key, Cited(line, label, file))
        marked.append((key or label, line, column, offset, file))
    sink.markers = marked


def _mentions(converter: Converter, sink: Sink, by_author: AuthorYears) -> None:
    text = sink.text()
    found = []
    for start, end, key in spans(text, by_author):
        line = _line_at(sink, start)
        found.append((key, line, 0, end, ""))
        converter.cited.setdefault(key, Cited(line, " ".join(text[start:end].split()), ""))
    if found:
        sink.markers = sorted([*sink.markers, *found], key=lambda m: m[3])


def _line_at(sink: Sink, offset: int) -> int:
    """The source line of the sink's text at ``offset``."""
    line = sink.pieces[0][1] if sink.pieces else 1
    for at, piece_line in sink.pieces:
        if at > offset:
            break
        line = piece_line
    return line
