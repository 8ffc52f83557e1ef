"""A format's signs that the registry reads before it loads the reader of the format.

The reader registry (:mod:`bibcheck.readers.catalogue`) lists every reader without
importing it; a reader whose module is heavy (BeautifulSoup, the office packages' XML)
is loaded only when a document may be its own.  These are the cheap tests that say so,
and the reader modules use the same ones, so that a reader is never passed over where it
would have scored: ``<body>`` or ``<p>…</p>`` is the least an HTML page has;
a DOCX file is a ZIP package with ``word/document.xml``.
"""

from __future__ import annotations

import re

from bibcheck.lazyre import lazy_compile

__all__ = [
    "HTML_HEAD",
    "HTML_SIGN",
    "MIMETYPE",
    "OFFICE_URI",
    "docx_sniff",
    "html_signs",
    "never",
    "odt_sniff",
]

# the least an HTML page has (a doctype, <html>, <body>, or a closed paragraph)
HTML_SIGN = lazy_compile(r"<!doctype\s+html|<html[\s>]|<body[\s>]|<p[\s>][^<]*</p>", re.I)
HTML_HEAD = 200_000  # how far into the text the HTML reader looks for it

MIMETYPE = b"application/vnd.oasis.opendocument.text"  # an OpenDocument text's
OFFICE_URI = b"urn:oasis:names:tc:opendocument:xmlns:office:1.0"


def html_signs(text: str) -> bool:
    """Has ``text`` (masked) the least an HTML page has within its first
    :data:`HTML_HEAD` characters?  Without it the HTML reader scores 0."""
    return HTML_SIGN.search(text[:HTML_HEAD]) is not None


def never(text: str) -> bool:
    """No text is this format's (a package read from its bytes: DOCX, OpenDocument)."""
    return False


def docx_sniff(data: bytes) -> bool:
    """A ZIP package with a ``word/document.xml`` member."""
    return data.startswith(b"PK\x03\x04") and b"word/document.xml" in data


def odt_sniff(data: bytes) -> bool:
    """An OpenDocument text: a ZIP package whose stored ``mimetype`` says so, or a flat
    XML file whose root names the OpenDocument office namespace and the text mimetype."""
    if data.startswith(b"PK\x03\x04"):
        return data[30:38] == b"mimetype" and data[38:120].startswith(MIMETYPE)
    head = data[:4096]
    return head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<") and (
        OFFICE_URI in head and MIMETYPE in head
    )
