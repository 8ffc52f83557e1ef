"""A reference-list entry that still opens with its symbolic label.

The RFC Editor's style (Internet-Drafts, RFCs, kramdown-rfc and xml2rfc output) and
BibTeX's ``alpha`` style label an entry by a bracketed name rather than a number:
``[RFC8264] Saint-Andre, P. and M. Blanchet, "PRECIS Framework: …", RFC 8264, …``,
``[I-D.ietf-httpbis-semantics]``, ``[W3C.REC-xml]``, ``[Knu84] D. E. Knuth, …``. A reader
that leaves the label in the entry's text (a PDF's text, a plain list) hands it over with
the entry; :func:`label_blanked` writes it as spaces of its length, so that the names after
it are read as the names (and every position and line stays where it was). A bracket that
holds words (``[Samuel Johnson], *Title*``: an attributed author) or a number (``[12]``,
read by the numbered styles) is no such label.
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile

__all__ = ["label_blanked"]

# a label: a letter, then letters, digits and the marks of document names (no spaces),
# with a digit or an inner mark in it ("RFC8264", "Knu84", "I-D.ietf-x", "W3C.REC-xml",
# "ISO8601"); then spaces and a capital (the names) or a quotation mark (a title)
_LABEL = lazy_compile(
    r"^\[(?=[A-Za-z][\w.+:/-]{1,60}\])(?=[^\]]*[\d.:-])[A-Za-z][\w.+:/-]{1,60}\]"
    r"(?=\s+(?:[A-ZÀ-ÖØ-Þ]|\"|“))"
)


def label_blanked(text: str) -> str:
    """``text`` with a symbolic label that opens it written as spaces (``[RFC2119]  Bradner,
    S., …`` -> ``           Bradner, S., …``); ``text`` itself when it has none."""
    m = _LABEL.match(text)
    return text if m is None else " " * m.end() + text[m.end() :]
