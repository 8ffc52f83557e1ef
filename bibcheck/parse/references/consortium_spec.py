"""A technical specification a standards consortium publishes: a ``report``.

Digital-humanities and web documents cite the specifications of the bodies that keep a
standard -- a consortium, a working group, a task force -- under the specification's name,
often with its editors first and the body after the title::

    Appleby, Michael, Tom Crane, …, eds. *IIIF Presentation API 3.0*. International Image
        Interoperability Framework Consortium, 2020. https://iiif.io/api/presentation/3.0/.
    Open Geospatial Consortium. *OGC API - Features - Part 1: Core*. Version 1.0. 2019.
    World Wide Web Consortium. *Web Annotation Data Model*. W3C Recommendation. 2017.

The corpus conventions file standards and the technical specifications of standards
bodies as ``report`` (tests/corpus/README.md: W3C recommendations, IETF RFCs).  A work is
one when a standards body's name stands in it outside the title (a name closing with
``Consortium`` and its cognates, ``Working Group``, ``Task Force``, ``W3C``), its title
names a specification (``API``, ``Specification``, ``Standard``, ``Protocol``, ``Data
Model``, ``Schema`` and the like) or carries a version number (``3.0``) or a version
statement follows it (``Version 1.1.``), and it was read
as a web page, a book or of no kind, with no journal, volume, ISBN or press's imprint.
"""

from __future__ import annotations

import dataclasses

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references.shared import has_publisher_word

__all__ = ["consortium_specification", "standards_body_named"]

_BODY = lazy_compile(
    r"(?<![^\W\d_])(?:Consortium|Konsortium|Consorzio|Consorcio|Consórcio|Konsorcjum"
    r"|Working\sGroup|Task\sForce|Arbeitsgruppe|W3C|IETF)(?![^\W\d_])"
)
_SPEC = lazy_compile(
    r"(?<![^\W\d_])(?:API|Specifications?|Spezifikation|Spécification|Especificaci[óo]n"
    r"|Specifica|Specyfikacja|Standard|Norm|Protocol|Protokoll|Protocole|Data\sModel|Schema"
    r"|Vocabulary|Recommendation|Profile|Format)(?![^\W\d_])"
    r"|(?<![\w.])\d{1,2}\.\d{1,2}(?:\.\d{1,3})?(?![\w.]*\d)",
)
# a version statement of its own after the title: "Version 1.1.", "Version 15.0.0,"
_VERSION = lazy_compile(
    r"(?<![^\W\d_])(?:Version|Versione|Versión|Versão|Wersja)\s\d{1,3}(?:\.\d{1,3}){1,2}"
)
_ISBN = lazy_compile(r"\bISBN\b")
_READ_AS = (RefKind.WEB, RefKind.BOOK, RefKind.UNKNOWN)


def _outside_title(ref: Reference) -> str:
    rest = " ".join(ref.raw.split())
    if ref.title:
        rest = rest.replace(" ".join(ref.title.split()), " ")
    return rest


def standards_body_named(ref: Reference) -> bool:
    """Does a standards body's name stand in ``ref`` outside its title?"""
    return _BODY.search(_outside_title(ref)) is not None


def _specified(ref: Reference) -> bool:
    """Does ``ref``'s title name a specification, or a version statement follow it?"""
    return bool(ref.title) and (
        _SPEC.search(ref.title or "") is not None
        or _VERSION.search(_outside_title(ref)) is not None
    )


def consortium_specification(ref: Reference) -> Reference:
    """``ref`` a ``report`` when it is a standards body's technical specification (see
    the module)."""
    if (
        ref.kind not in _READ_AS
        or not ref.title
        or ref.host
        or ref.volume
        or ref.issue
        or _ISBN.search(ref.raw) is not None
        or (ref.publisher and has_publisher_word(ref.publisher))
        or not _specified(ref)
        or not standards_body_named(ref)
    ):
        return ref
    return dataclasses.replace(ref, kind=RefKind.REPORT)
