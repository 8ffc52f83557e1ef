"""A language corpus, a database or a reference work named as online: a data set, no book.

Corpus linguists cite a corpus by its name, often with its version or release, and the body
that distributes it::

    The British National Corpus, version 3 (BNC XML Edition). 2007. Distributed by
        Bodleian Libraries, University of Oxford. URL: http://www.natcorp.ox.ac.uk/
    Křen, M. et al. (2020). *Czech National Corpus – SYN2020*. Prague: Institute of the
        Czech National Corpus. https://www.korpus.cz
    Narodowy Korpus Języka Polskiego [Internet]. Warszawa: PWN; 2012 [cited …]. Available
        from: http://nkjp.pl

and NLM (Vancouver) lists a dictionary or a database online under its name with
``[Internet]``, the body that keeps it as its "publisher"::

    Oxford English Dictionary Online [Internet]. Oxford: Oxford University Press; 2000
        [cited …]. Available from: https://www.oed.com/
    McSparran F, editor. Middle English Compendium [Internet]. Ann Arbor: University of
        Michigan Library; 2018 [cited …]. Available from: https://…

The corpus conventions file data sets, corpora and databases as ``web`` (tests/corpus/README.md,
"Kinds of sources").  :func:`corpus_title` is a title that names a corpus -- its last word
the corpus's (``British National Corpus``, ``Dictionary of Old English Corpus``, a version, an
abbreviation or a release after it: ``, version 3``, ``(COCA)``, ``– SYN2020``), a national
corpus in the languages' word orders (``Národní korpus``, ``Национальный корпус русского
языка``, ``Արևելահայերենի ազգային կորպուս``, ``ქართული ენის ეროვნული კორპუსი``) or ``Corpus
of …``/``Corpus del …``; a book about corpora (``Corpus linguistics: method, theory and
practice``, ``Exploring the British National Corpus with SARA``) names none.
:func:`online_title` is one that names the resource as online or as a database (``Grove Music
Online``, ``… en ligne``, ``X Database``, ``X Compendium``) or a corpus.

A printed corpus stays a book: the general rule (:func:`corpus_kind`) wants an address, an
access date, ``[Internet]`` or "distributed by", and no DOI, ISBN, volume, pages, host or
publishing house (``Corpus of Anglo-Saxon Stone Sculpture. Vol. 1. Oxford: OUP; 1984``).
"""

from __future__ import annotations

import dataclasses
import re

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind

__all__ = ["corpus_kind", "corpus_title", "online_title"]

# the word for a corpus, in the languages corpora are named in (a treebank a corpus too)
_CORPUS = (
    r"(?:corpus|korpus|korpusz|korpuss|korpusas|korpuset|корпус|корпусу|կորպուս|კორპუსი"
    r"|treebank)"
)
# what may follow a corpus's name: its abbreviation, its version, its edition, its release
# ("(BNC XML Edition)", ", version 3", ", XML Edition", " – SYN2020", " 2014", " release 4")
_TAIL = (
    r"(?:\s?\([^()]{1,40}\)|,?\s(?:version|ver\.|v\.)\s?\d[\w.]{0,10}"
    r"|,?\s(?:[A-Z]{2,8}\s)?(?:XML\s)?edition|\s[–—-]\s[A-Z\d][\w.]{1,15}|\s\d{4}"
    r"|,?\s(?:release|verze|wersja|версия)\s?[\w.]{1,10})"
)
_CORPUS_LAST = lazy_compile(rf"(?<![^\W\d_]){_CORPUS}(?:{_TAIL}){{0,3}}$", re.IGNORECASE)
# a national corpus, the adjective before the corpus's word or after it
_NATIONAL = (
    r"(?:national|nationaler|nationale|nacional|nazionale|národní|národný|narodowy"
    r"|nacionalni|nemzeti|национальный|національний|нацыянальны|ეროვნული|ազգային)"
)
_NATIONAL_CORPUS = lazy_compile(
    rf"(?<![^\W\d_]){_NATIONAL}\s{_CORPUS}(?![^\W\d_])|(?<![^\W\d_]){_CORPUS}\s{_NATIONAL}\b",
    re.IGNORECASE,
)
# "Corpus of Contemporary American English", "Corpus del Español", "Corpus do Português"
_CORPUS_OF = lazy_compile(r"^(?:The\s)?Corpus\s(?:of|del|de|do|des|di|dell['’]|van)\s")
# a resource its name calls online, or a database or a compendium by its name
_ONLINE = lazy_compile(
    r"(?<![^\W\d_])(?:online|on-line|en\sligne|en\slínea|em\slinha|database|databank"
    r"|datenbank|compendium)(?:\s?\([^()]{1,40}\))?$",
    re.IGNORECASE,
)
# a house that publishes books: its printed corpus is a book
# (in the languages' words too: "Wydawnictwo Naukowe PWN", "Nakladatelství Lidové noviny",
# "Издательство …", "Akadémiai Kiadó", "Gyldendal Forlag", "Uitgeverij …", "Edizioni …")
_PUBLISHING_HOUSE = lazy_compile(
    r"\b(?:Press|Verlag|Publish\w*|Books|Éditions|Editions|Editora|Editorial|Routledge|Brill"
    r"|Benjamins|Gruyter|Springer|Elsevier|Wiley|Academic|Wydawnictw\w*|Nakladatelstv\w*"
    r"|Vydavateľstv\w*|Издательств\w*|Видавництв\w*|Kiadó|Forlag|Förlag|Uitgeverij|Editura"
    r"|Edizioni|Editrice|Ediciones|Edições|հրատարակչություն|გამომცემლობა)\b",
    re.IGNORECASE,
)
_DISTRIBUTED = lazy_compile(
    r"\b(?:distributed\sby|distribuováno|dystrybu\w+|распространяется)\b|\[Internet\]",
    re.IGNORECASE,
)


def corpus_title(title: str | None) -> bool:
    """Does ``title`` name a corpus (see the module)?"""
    if not title:
        return False
    name = title.strip(" .*_")
    return bool(
        _CORPUS_LAST.search(name) or _NATIONAL_CORPUS.search(name) or _CORPUS_OF.match(name)
    )


def online_title(title: str | None) -> bool:
    """Does ``title`` name an online resource, a database or a corpus (``Grove Music
    Online``, ``Middle English Compendium``, ``British National Corpus``)?"""
    if not title:
        return False
    return _ONLINE.search(title.strip(" .*_")) is not None or corpus_title(title)


# a version read as the title, the corpus's name before it as the author ("The X Corpus,
# version 2 (…). 2019.")
_VERSION_FIRST = lazy_compile(r"^(?:version|ver\.|v\.)\s?\d", re.IGNORECASE)


def _name_rejoined(ref: Reference) -> Reference:
    """``ref`` titled by the corpus's whole name when the reading took the name for an
    author and the version after its comma for the title."""
    title = ref.title or ""
    if len(ref.authors) != 1 or not _VERSION_FIRST.match(title):
        return ref
    whole = f"{ref.authors[0]}, {title}"
    if whole not in ref.raw or not corpus_title(ref.authors[0]):
        return ref
    return dataclasses.replace(ref, title=whole, authors=())


def corpus_kind(ref: Reference, *, has_url: bool, accessed: bool, doi: str | None) -> Reference:
    """``ref``, a book or an unknown work that names a corpus (:func:`corpus_title`) and is
    served online (an address, an access date, ``[Internet]``, "distributed by"), as the
    data set it is: ``web``; unchanged for a printed one (see the module)."""
    if ref.kind not in (RefKind.BOOK, RefKind.UNKNOWN):
        return ref
    ref = _name_rejoined(ref)
    if not corpus_title(ref.title):
        return ref
    if doi or ref.isbn or ref.volume or ref.issue or ref.pages or ref.host or ref.edition:
        return ref
    if ref.publisher and _PUBLISHING_HOUSE.search(ref.publisher):
        return ref
    if not (has_url or accessed or _DISTRIBUTED.search(ref.raw)):
        return ref
    return dataclasses.replace(ref, kind=RefKind.WEB)
