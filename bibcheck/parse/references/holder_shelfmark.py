"""A document cited by the museum or record centre that holds it and its reference there.

British and Commonwealth notes cite a document kept by a museum, a local history or record
centre, or a library's collections the way they cite one in a record office: a description
of the document (what it is, its number, its date or span), then the holder's name, then
the holder's reference, closing the note::

    Port of Leith, register of ships, 1820–1840, Leith Heritage Centre, LHC/RS/3/1–4.
    Customs letter book, 1790–1795, Aberdeen Maritime Museum, ABDMS/CL/12.
    Smith and Sons, shipbrokers, day books, 1850–1870, Tyne and Wear Archives, DF.SMI/2/1.

Such a document is unpublished: ``unknown`` by the corpus conventions (tests/corpus/README.md:
archival files), however the parsers read its description (an article of a journal called
"Hull Bill of Entry", a company's report).  :func:`.archival.REPOSITORY` knows archives and
libraries by name anywhere in a note; museums and centres also publish (a museum's
catalogue, a centre's report), so here the holder counts only at the end, with a reference
in the form holders write it: letters, then parts parted by slashes (``LHC/RS/3/1–4``, ``C
DPD/3/1–14``, ``DF.SMI/2/1``, ``T 118/1/2``) -- no publisher's imprint or page is written so.
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile

__all__ = ["held_document"]

# the holder's word closing its name: a museum, a (history, heritage, record) centre, a
# collection, an archive, a library, a record office
_HOLDER = (
    r"(?:Museum|Museums|Centre|Center|Collections?|Archives?|Library|Record\sOffice"
    r"|Records\sOffice)"
)
# its name: up to seven capitalised words and the small words between them
_NAME = rf"(?:[A-Z][\w'’&.-]*\s(?:(?:of|and|for|the|&)\s)?){{1,7}}{_HOLDER}"
# the reference: letters (one group of them may stand apart: "C DPD"), then parts after
# slashes, the last a number or a range
# (a class's letters and number before the slashes: "T 118/1/2", "FO 371/12345")
_REFERENCE = (
    r"(?:[A-Z]{1,3}\s)?[A-Z][A-Z.]{0,9}(?:\s\d{1,5})?(?:/[\w.]{1,12}){1,5}"
    r"(?:\s?[–-]\s?\d{1,5})?"
)
_CLOSING = lazy_compile(rf",\s{_NAME}(?:,\s[A-Z][\w'’-]+)?,\s{_REFERENCE}\.?\s*$")


def held_document(text: str) -> bool:
    """Does ``text`` (a note or an entry) close with the holder of the document it cites and
    the holder's reference (see the module)?"""
    return _CLOSING.search(" ".join(text.split())) is not None
