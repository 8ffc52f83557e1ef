"""A titled piece printed inside the work the note before cites: ``in ibid.``, ``同上``.

A note may cite a piece of its own -- liner notes, a preface, an essay in a catalogue --
inside the work the note before it cited, the container named by the repeat word:

* ``長木誠司「解説」、同上、ブックレット、4–9頁。`` (Japanese: the piece in 「」, then
  ``同上`` / ``同前`` / ``前掲書``; Chinese ``张三〈序言〉，载同上，第4–9页``; Korean
  ``김민수, 「해설」, 같은 책, 4–9쪽``);
* ``Smith, "Notes," in ibid., 4–9.``, ``Müller, „Vorwort“, in: ebd., S. 4–9.``,
  ``Dupont, « Préface », dans ibid., p. 4-9.``, ``Rossi, «Nota», in ivi, pp. 4-9.``,
  ``Silva, "Prefácio", em ibidem, p. 4-9.``.

The note cites the piece (its own author and title), a chapter of the earlier note's work
(whose year, publisher and place it shares; the work is the piece's host).
:func:`piece_in_repeat` reads the piece; :func:`with_pieces_in_repeats` resolves each such
note against the nearest earlier note that cites a work.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from bibcheck.lazyre import lazy_compile
from bibcheck.model import AnomalyCode, Footnote, ParsedDocument, Reference, RefKind
from bibcheck.parse.references.commentary import strip_lead_in

__all__ = ["Piece", "piece_in_repeat", "with_pieces_in_repeats"]


@dataclass(frozen=True)
class Piece:
    """A titled piece in the work the note before cites."""

    author: str
    title: str
    pages: str | None


_CJK_NAME = r"[\u3005\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af・·\s]{2,16}?"
_CJK_IBID = r"同上|同前|同右|前掲書?|前揭书?|前揭書|위의\s?책|같은\s?책"
_CJK = lazy_compile(
    rf"^(?P<author>{_CJK_NAME})\s?[：:、,，]?\s?[「〈“](?P<title>[^」〉”『《]{{1,120}})[」〉”]"
    rf"\s?[、,，]?\s?(?:(?:收入|收於|收录于|载于|載於|载|載|見|见|所収)\s?)?"
    rf"(?P<ibid>{_CJK_IBID})(?:書|书)?(?:所収|所收)?(?![\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af])"
    r"(?P<rest>.*)$",
    flags=0,
)
_WESTERN = lazy_compile(
    r"^(?P<author>[^\d\"“”„«»‘’]{2,80}?)[,.]\s"
    r"[\"“„«‘]\s?(?P<title>[^\"“”„«»]{1,200}?)[,.]?\s?[\"”“»’][,.]?\s"
    r"(?:in:?|en|dans|em|w:?|v:?|i:?)\s"
    r"(?P<ibid>ibid\.?|ibidem|ebd\.?|ebenda|ivi|ibíd\.?|ibíd)(?![\w])(?P<rest>.*)$",
    flags=0x2,  # re.IGNORECASE
)
_PAGES = lazy_compile(r"(?<![\d.])(\d{1,5}(?:\s?[-–—]\s?\d{1,5})?)(?![\d])")


def piece_in_repeat(text: str) -> Piece | None:
    """The piece a note cites inside the work of the note before (module doc), or None."""
    bare = strip_lead_in(text.strip()).strip()
    match = _CJK.match(bare) or _WESTERN.match(bare)
    if match is None:
        return None
    author = match.group("author").strip(" ,.、，")
    title = match.group("title").strip(" ,.")
    if not author or not title:
        return None
    pages = _PAGES.search(match.group("rest"))
    return Piece(author, title, pages.group(1).replace(" ", "") if pages else None)


def with_pieces_in_repeats(doc: ParsedDocument) -> ParsedDocument:
    """``doc`` with each note citing a piece in the work of the note before it read as a
    chapter of that work (module doc); a note with no earlier note citing a work is left
    as it was."""
    footnotes = list(doc.footnotes)
    # the work each piece is in: a second piece "in ibid." after one is in the same work
    hosts: dict[int, Reference] = {}
    for i, fn in enumerate(footnotes):
        piece = piece_in_repeat(fn.reference.raw)
        if piece is None:
            continue
        before = _work_before(footnotes, i, hosts)
        if before is None:
            continue
        hosts[i] = before
        footnotes[i] = _in_work(fn, before, piece)
    return replace(doc, footnotes=tuple(footnotes)) if hosts else doc


def _work_before(
    footnotes: Sequence[Footnote], i: int, hosts: dict[int, Reference]
) -> Reference | None:
    """The reference of the work the nearest note before the ``i``-th cites (a piece's
    note: the work the piece is in)."""
    for j in range(i - 1, -1, -1):
        if j in hosts:
            return hosts[j]
        ref = footnotes[j].reference
        if ref.kind is not RefKind.COMMENTARY and ref.title:
            return ref
    return None


def _in_work(fn: Footnote, work: Reference, piece: Piece) -> Footnote:
    own = fn.reference
    keep = tuple(a for a in own.anomalies if a.code is not AnomalyCode.REFERENCE_UNPARSED)
    ref = replace(
        work,
        raw=own.raw,
        line=own.line,
        end_line=own.end_line,
        kind=RefKind.CHAPTER,
        authors=(piece.author,),
        title=piece.title,
        host=work.title,
        pages=piece.pages,
        anomalies=keep,
    )
    return replace(fn, reference=ref)
