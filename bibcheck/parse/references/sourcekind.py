"""Kinds of sources that are neither articles nor trade books, decided from an entry's fields
once it is read, whatever style it was read in (the corpus conventions: ``tests/corpus/
README.md``, kinds of sources that are not articles or books):

* **a public body's own publication** -- a ministry, an agency, an authority, a standards
  body … is the author (``Çevre, Şehircilik ve İklim
  Değişikliği Bakanlığı. Kentsel Dönüşüm Stratejik Planı 2019-2023. Ankara, 2019.``,
  ``Kementerian Kesehatan RI. 2019. Title. Jakarta: Kemenkes RI.``), the work is read as a
  book or of no kind, no ISBN is given and no press publishes it: a ``report``.  A
  publisher's imprint (``Press``, ``Verlag``, ``Yayınları``, ``Penerbit`` …) keeps it a book.
* **legislation** -- a statute, decree or regulation by its designation and number
  (``Real Decreto 102/2011, de 28 de enero, …``, ``Peraturan Menteri Kesehatan … Nomor 28
  Tahun 2019 tentang …``, ``6306 sayılı … Kanun``: :func:`.civil_law.legal_source`) as the
  entry or its title, or a treaty by its title, a body's (``UNESCO. Convention on …``:
  :mod:`.treaty_title`): a ``report``.
* **a method a body numbers** after the body's name (``U.S. Environmental Protection
  Agency. Method 445.0: In vitro determination …. Revision 1.2. Cincinnati, OH: EPA;
  1997.``): the body is the author, the method's sentence the title, and the work a
  ``report`` (a standard).
* **what a public body issues, as its publisher** -- guidelines, a strategy, estimates
  … that a ministry, office, treasury, statistical office or intergovernmental organisation
  publishes (``Title: Guidelines. Geneva: World Health Organization; 2021.``:
  :mod:`.publicpublisher`): a ``report``.
* **a body's publication it prints itself** (``Institut … (IQWiG). Title. Köln: IQWiG;
  2023.``: :mod:`.own_imprint`): a ``report``.
* **a research institute's own publication** (``Title. Institute for Futures Studies.``,
  no edition): a ``report``, as a body's is.
* **a think tank's or an NGO's paper** (``Title (Policy Exchange 2019)``, ``Santa Monica,
  CA: RAND Corporation``, ``Paris, Fondation Jean-Jaurès``) and no press, ISBN or edition:
  a ``report`` (:mod:`.thinktank`, where the rule that keeps a press's book a book is set
  down).
* **a paper in an edited volume**, the editors named Vancouver's way (``In: van der Walt S,
  Millman J, editors. Proceedings of …; 2010. p. 56-61.``), read with no kind: a ``chapter``
  in that volume.
* **slides and code** in a journal's place (``“Lecture 9: …,” CS 201 lecture slides,
  Spring 2024.``; ``“listsort.txt,” CPython source tree, 2002. Available:
  https://github.com/…``): an unpublished slide deck or a repository's file is ``web``, not
  an article -- only with no volume, issue or pages.
"""

from __future__ import annotations

import dataclasses
from urllib.parse import urlsplit

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references import role_marks
from bibcheck.parse.references.act_commentary import about_act
from bibcheck.parse.references.civil_law import legal_source
from bibcheck.parse.references.publicpublisher import EDITION, body_issued
from bibcheck.parse.references.reportkind import public_body
from bibcheck.parse.references.shared import has_publisher_word
from bibcheck.parse.references.thinktank import think_tank_issued
from bibcheck.parse.references.treaty_title import adopted_treaty, treaty_maker, treaty_titled

__all__ = ["method_titled", "source_kind"]

# a publisher's imprint in the languages a body's publication may be cited in, besides the
# English and German words of :func:`.shared.has_publisher_word`: Turkish "Yayınları",
# "Yayıncılık", "Yayınevi", "Kitabevi"; Indonesian "Penerbit"; Romance "Editorial",
# "Éditions", "Edizioni", "Editora"; Polish "Wydawnictwo"; Dutch "Uitgeverij"
_IMPRINT = lazy_compile(
    r"(?i:yayın(?:ları|cılık|evi)|kitabevi|penerbit|editorial|[ée]ditions|edizioni|editora"
    r"|wydawnictwo|uitgeverij|nakladatelství|kiadó)"
)
_ISBN = lazy_compile(r"\bISBN\b")


def _pressed(ref: Reference) -> bool:
    """Is the work a publisher's -- an imprint named, or an ISBN given?"""
    if _ISBN.search(ref.raw) is not None:
        return True
    publisher = ref.publisher or ""
    return has_publisher_word(publisher) or _IMPRINT.search(publisher) is not None


def _body_publication(ref: Reference) -> bool:
    """A public body is the (first) author of a work read as a book or of no kind, with a
    title, no host, and no press publishing it."""
    return (
        ref.kind in (RefKind.BOOK, RefKind.UNKNOWN)
        and bool(ref.title)
        and ref.host is None
        and bool(ref.authors)
        and public_body(ref.authors[0])
        and not _pressed(ref)
    )


def _legislation(ref: Reference) -> bool:
    """The entry, or its title, cites a statute, decree or regulation (and no press
    publishes it: a commentary on a statute is a book; nor do people write it: a person's
    work titled after an act, ``Ley 40/2015 en la práctica``, is theirs)."""
    if ref.kind not in (RefKind.BOOK, RefKind.UNKNOWN) or _pressed(ref):
        return False
    if legal_source(ref.raw):
        return True
    if about_act(ref.title or "", ref.authors):
        # ("García, J. (2018). Ley 40/2015 en la práctica. Madrid: Tecnos.": a person's work
        # titled after the act, no gazette in it: :mod:`.act_commentary`)
        return False
    return (
        (bool(ref.title) and legal_source(ref.title or ""))
        # ("UNESCO. Convention on the Protection of …. Paris: UNESCO; 2001.": a treaty
        # by its title, a body's or no author: :mod:`.treaty_title`)
        or (treaty_titled(ref.title or "") and all(treaty_maker(author) for author in ref.authors))
    )


# the container of a paper that names slides or a code repository, not a journal
_SLIDES_OR_CODE = lazy_compile(
    r"(?i:\b(?:(?:lecture|course|class|presentation|seminar|conference)\s)?slides?\b"
    r"|\bslide\s(?:deck|set)\b|\bvorlesungsfolien\b|\bfoliensatz\b|\bdiapositivas\b"
    r"|\bdiapositives\b|\bsource\s(?:tree|code)\b|\bcode\srepository\b)"
)
_CODE_HOSTS = ("github.com", "gitlab.com", "bitbucket.org", "codeberg.org", "sourceforge.net")


def _code_host(url: str | None) -> bool:
    try:
        host = (urlsplit((url or "").strip()).hostname or "").lower()
    except ValueError:
        return False
    return any(host == h or host.endswith("." + h) for h in _CODE_HOSTS)


def _slides_or_code(ref: Reference) -> bool:
    """An "article" with no volume, issue or pages whose container names slides or source
    code, or whose address is a code-hosting site's."""
    volume = None if ref.volume == ref.year_raw else ref.volume
    if ref.kind is not RefKind.ARTICLE or volume or ref.issue or ref.pages or ref.doi:
        return False
    return bool(ref.host and _SLIDES_OR_CODE.search(ref.host)) or _code_host(ref.url)


# a research institute named for what it studies, as the publisher: "Institute for Futures
# Studies", "Institute for Fiscal Studies", "Institut für Sozialforschung" (a press of one
# keeps the book: "Institute for X Press"; an institute "of" a science or a country, and a
# centre, publish books as well as reports: "Australian Institute of Marine Science",
# "Center for Applied Linguistics")
_INSTITUTE = lazy_compile(
    r"^(?:The\s)?(?:Institute|Institut|Instituto|Istituto)"
    r"\s(?:for|für|per|para|pour)\s[^,;:()]{2,80}$"
)


def _institute_issued(ref: Reference) -> bool:
    """A book-shaped work a research institute publishes, no press, ISBN or edition: its
    report (``Dahlgren, G., & Whitehead, M. (1991). Title. Institute for Futures
    Studies.``)."""
    publisher = " ".join((ref.publisher or "").split()).strip(" .,")
    return (
        ref.kind is RefKind.BOOK
        and ref.host is None
        and _INSTITUTE.match(publisher) is not None
        and not _pressed(ref)
        and EDITION.search(ref.raw) is None
    )


# a paper in an edited volume, as Vancouver and its neighbours write it after the title:
# "In: van der Walt S, Millman J, editors. Proceedings of …; 2010. p. 56-61.", "In: Doe A,
# editor. Book. …", "En: Pérez J, editores. …", "Dans : Dupont A, éditeurs. …"
_IN_EDITED = lazy_compile(
    r"\.\s(?:In|En|Em|Dans|W|V|U|I)\s?:\s[^;:]{1,300}?,\s"
    rf"(?:editors?|editor\(s\)|editores|editoras?|éditeurs?|redaktorzy|{role_marks.alternation(role_marks.ABBREVIATED)})\."
    r"\s(?P<book>[^.;]{3,300})"
)


def _edited_volume(ref: Reference) -> str | None:
    """The volume an unknown-kind work is a paper in, when the text names its editors
    Vancouver's way (``In: Names, editors. Book; Year.``), else None."""
    if ref.kind is not RefKind.UNKNOWN or ref.host is not None:
        return None
    m = _IN_EDITED.search(" ".join(ref.raw.split()))
    return m.group("book").strip() if m is not None else None


def source_kind(ref: Reference) -> Reference:
    """``ref`` with the kind its fields give it (see the module), else as it is."""
    if (
        _legislation(ref)
        or _body_publication(ref)
        or _institute_issued(ref)
        or body_issued(ref)
        or think_tank_issued(ref)
    ):
        return dataclasses.replace(ref, kind=RefKind.REPORT)
    if (
        ref.kind is RefKind.ARTICLE
        and ref.issue is None
        and ref.pages is None
        and all(treaty_maker(author) for author in ref.authors)
        and adopted_treaty(ref.raw, ref.title)
    ):
        # ("United Nations, “Convention on …”, adopted 20 November 1989, art. 40": no
        # journal's article, the adoption read as its journal and the day as its volume)
        return dataclasses.replace(ref, kind=RefKind.REPORT, host=None, volume=None)
    if _slides_or_code(ref):
        return dataclasses.replace(ref, kind=RefKind.WEB)
    volume = _edited_volume(ref)
    if volume is not None:
        return dataclasses.replace(ref, kind=RefKind.CHAPTER, host=volume)
    return ref


# "Method 445.0", "EPA Method 1664", "Standard Method 2540 D", "Test Method 8", the method
# numbered after the body; its title runs to the sentence's end
_METHOD = lazy_compile(
    r"(?:^|\.\s)(?P<title>(?:[A-Z]{2,6}\s)?(?:Standard\s|Test\s|Reference\s)?"
    r"(?:Method|Methode|Método|Méthode|Metodo)\s\d[\w.-]{0,12}+"
    r"(?::\s|,\s|\s[-–—]\s)[^\s.][^.]{2,400}?)(?=\.\s|\.?$)"
)


def method_titled(ref: Reference, rest: str) -> Reference:
    """A body's numbered method cited after the body's name, whose name was read as the
    title (``Agency. Method 445.0: Title. Revision 1.2. Place: Body; 1997.``): the body the
    author, the method's sentence the title, the work a report."""
    if ref.kind not in (RefKind.BOOK, RefKind.UNKNOWN) or ref.authors or not ref.title:
        return ref
    body = ref.title.strip(" .")
    flat = " ".join(rest.split())
    if not flat.startswith(body) or not public_body(body):
        return ref
    m = _METHOD.match(flat, len(body))
    if m is None:
        return ref
    return dataclasses.replace(
        ref, authors=(body,), title=m.group("title").strip(), kind=RefKind.REPORT
    )
