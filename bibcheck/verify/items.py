"""What the verify stage verifies: one :class:`Item` per reference of a document (pure).

Every footnote and every literature entry is an item, with the quotations
its markers support (claims of kind ``quote``).  Footnotes that are
commentary (no bibliographic content) are left out.  Verification keys are
derived from the document, the reference's place and text, the aspect and
its subject, so the same data always gives the same keys.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from bibcheck.model import ClaimKind, ParsedDocument, Reference, RefKind, VerifyAspect
from bibcheck.urls import host_key

__all__ = ["Item", "items_of", "verification_key", "web_url"]


@dataclass(frozen=True, slots=True)
class Item:
    document: str
    origin: str  # footnote | literature
    seq: int  # position among the document's footnotes / literature entries
    ref: Reference
    footnote: str | None = None
    literature_entry: int | None = None
    quotes: tuple[str, ...] = ()

    @property
    def line(self) -> int:
        return self.ref.line


def items_of(doc: ParsedDocument) -> list[Item]:
    out = []
    for seq, fn in enumerate(doc.footnotes):
        if fn.reference.kind is RefKind.COMMENTARY:
            continue
        quotes = tuple(
            dict.fromkeys(
                m.claim.text
                for m in fn.markers
                if m.claim is not None and m.claim.kind is ClaimKind.QUOTE and m.claim.text
            )
        )
        out.append(Item(doc.id, "footnote", seq, fn.reference, footnote=fn.label, quotes=quotes))
    for seq, entry in enumerate(doc.literature):
        if entry.reference.kind is RefKind.COMMENTARY:
            continue
        out.append(Item(doc.id, "literature", seq, entry.reference, literature_entry=entry.number))
    return out


def verification_key(item: Item, aspect: VerifyAspect, subject: str = "") -> str:
    parts = [item.document, item.origin, str(item.seq), item.ref.raw, aspect.value, subject]
    return hashlib.sha1("\x1f".join(parts).encode()).hexdigest()[:24]


_DOI_HOSTS = frozenset({"doi.org", "dx.doi.org", "www.doi.org"})


def web_url(ref: Reference) -> str | None:
    """The reference's web address when it is a page to look at (not a DOI link)."""
    if not ref.url or host_key(ref.url) in _DOI_HOSTS:
        return None
    return ref.url
