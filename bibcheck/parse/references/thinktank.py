"""A think tank as a work's publisher: what a person writes for it is its report.

Two conventions meet here.  The corpus keys a policy institute's paper as a
``report`` (tests/heldout49/HALF_B.md: "a Policy Exchange paper" is a report, though nothing
in its entry says "Report"), and a book a press publishes as a ``book``, whoever stands
behind the press (tests/test_fix59c_public_publisher.py: ``Washington, DC: Brookings
Institution Press``; tests/test_fix38k_kinds.py: ``(Leeds: RWC, 2019)``, a body's own
acronym as the imprint, and ``(Denver, CO: Quell Press, 2011)``).  The rule that keeps both:

* the **publisher** names a think tank by the general words such bodies call themselves
  by -- a policy body (``Policy Exchange``, ``Institute for Public Policy Research``,
  ``Centre for Policy Studies``), an endowment (``Carnegie Endowment for International
  Peace``), an "Institution" or a research "Corporation" (``Brookings Institution``,
  ``Hoover Institution``, ``RAND Corporation``), a "think tank" -- and
* **no press publishes it**: no ``Press``, ``Publishing``, ``Verlag``, ``Éditions``,
  ``Editorial``, university or other imprint word in the publisher, no ISBN and no edition
  statement in the entry (a monograph by a press, ``Brookings Institution Press``, ``Verlag
  Bertelsmann Stiftung``, stays a book) -- and
* **a person wrote it** for the body: a body's own work under its own imprint (``Policy
  Exchange, *Title* (London: Policy Exchange, 2018)``, tests/test_fix64c_kinds.py; ``Regional
  Water Council, *Title* (Leeds: RWC, 2019)``) stays the book earlier rounds read;

then a work read as a book, with no host, is the body's ``report`` -- unless the style
states the type itself (GB/T 7714's ``[M]``, a monograph, ``[R]``, a report).

A numbered series or a genre word (``Research Report RR-2145``, ``Policy Brief``,
``Working Paper``) makes it a report already (:mod:`.reportkind`), whoever publishes it.
A body known only by a proper name with no such word (``Chatham House``, ``Bruegel``) is
not read: the rule lists no particular bodies, and such papers are cited with their
series (``Research Paper``) in practice.  Nor is a foundation by that word alone
(``Bertelsmann Stiftung``, ``Fondation Jean-Jaurès``, ``Fundación …``): foundations
publish monographs as well as papers (``Lisboa: Fundação Calouste Gulbenkian, 1995``, a
historian's book, tests/test_refparse_caps.py), so a foundation's paper is a report by its
genre or series (``Working Paper``, ``Policy Brief``, ``Report``: :mod:`.reportkind`).
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references.publicpublisher import EDITION
from bibcheck.parse.references.shared import has_publisher_word

__all__ = ["think_tank", "think_tank_issued"]

# the words a think tank is named by (never a foundation's alone: see the module; nor
# "Policies", the field an observatory or a journal names: "European Observatory on Health
# Systems and Policies")
_THINK_TANK = lazy_compile(r"\b(?:Policy|Think[-\s]?Tank|Endowment|Institution|Corporation)\b")
# a publishing house's words besides :func:`.shared.has_publisher_word`'s ("Press",
# "Publishing", "Verlag", "University"): the Romance, Polish, Dutch, Nordic and Russian ones
_IMPRINT = lazy_compile(
    r"(?i:editorial|editora|editore|[ée]ditions?|ediciones|edições|edizioni|wydawnictwo|uitgeverij|forlag"
    r"|förlag|издательство|kustannus|presses|college)"
)
# the place before the publisher, when it was read with it: "Santa Monica, CA: "
_PLACE = lazy_compile(r"^[^:;]{1,40}:\s")
_ISBN = lazy_compile(r"\bISBN\b")
# the styles that print a work's type (GB/T 7714's "[M]" a monograph, "[R]" a report): the
# kind they state is kept
_TYPED = ("gbt",)


def think_tank(publisher: str | None) -> bool:
    """Does ``publisher`` name a think tank (see the module) and no press?"""
    if not publisher:
        return False
    name = _PLACE.sub("", " ".join(publisher.split()).strip(" .,;*_"))
    if not name or has_publisher_word(name) or _IMPRINT.search(name):
        return False
    return _THINK_TANK.search(name) is not None


def think_tank_issued(ref: Reference) -> bool:
    """A work read as a book, with a title and no host, that a person wrote and a think
    tank publishes, with no ISBN and no edition: the body's report."""
    return (
        ref.kind is RefKind.BOOK
        and ref.style not in _TYPED
        and bool(ref.title)
        and ref.host is None
        and think_tank(ref.publisher)
        and bool(ref.authors)
        and not any(think_tank(a) or a == ref.publisher for a in ref.authors)
        and _ISBN.search(ref.raw) is None
        and EDITION.search(ref.raw) is None
    )
