"""An organisation's publication with its place of publication: a ``report``, no web page.

An agency's or a company's statistical or technical publication, cited online in IEEE's
manner, prints where it was published between its title and its year: ``Agencja Rynku
Energii S.A., „Moc zainstalowana OZE – stan na 31.12.2023”, Warszawa, Polska, 2024.
[Online]. Available: …``, ``Swedish Energy Agency, “Energy in Sweden 2023,” Stockholm,
Sweden, 2023. [Online].``, ``Istituto Nazionale di Statistica, «Censimento …», Roma, 2022.
[Online].``  With no site's name and an address, the entry reads as a web page; a web page
has no place of publication.  :func:`placed_publication` makes it a ``report`` -- the
corpus conventions' kind of an organisation's publications that are no articles or books
(tests/corpus/README.md) -- when

* it was read as ``web``, with no host, publisher (but the country), volume, issue or
  pages (or as an article or a page whose "journal" or site is that place: ``“Energy in
  Sweden 2023,” Stockholm, Sweden, 2023.``);
* no author was read, or every author is an organisation (a person's paper online with a
  place is left as read);
* right after its title come a known place of publication (:func:`.places.is_place`),
  perhaps its country, and the year, closing the element: ``, Warszawa, Polska, 2024.``
"""

from __future__ import annotations

import dataclasses

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references.corporate import is_organisation
from bibcheck.parse.references.places import is_place

__all__ = ["placed_publication", "place_after_title"]

# after the title and its closing mark: ", Place[, Country], 2024." (or "Place 2024")
_PLACE_YEAR = lazy_compile(
    r"^\s*(?:[”“\"»«'’*_]*\s*,|,[”“\"»«'’]+)\s*(?P<place>[^\W\d_][^,.\d]{1,40}?)"
    r"(?:,\s*(?P<country>[^\W\d_][^,.\d]{1,40}?))?"
    r",?\s(?:1[5-9]|20)\d\d(?:\.|,?\s*\[|$)"
)


def place_after_title(raw: str, title: str) -> tuple[str, ...]:
    """The known place and the country after it that follow ``title`` in ``raw`` before
    the year (``("Warszawa", "Polska")``), or ``()``."""
    raw, title = " ".join(raw.split()), " ".join(title.split())
    at = raw.find(title)
    if at < 0:
        return ()
    m = _PLACE_YEAR.match(raw[at + len(title) :])
    if m is None or not is_place(m.group("place").strip()):
        return ()
    return tuple(x.strip() for x in m.group("place", "country") if x)


def placed_publication(ref: Reference) -> Reference:
    """``ref`` a ``report`` when it is an organisation's publication with its place (see
    the module)."""
    place_host = ref.kind in (RefKind.ARTICLE, RefKind.WEB) and _place_named(ref.host)
    if (
        not (ref.kind is RefKind.WEB or place_host)
        or not ref.title
        or (ref.host and not place_host)
        or ref.volume not in (None, ref.year_raw)
        or ref.issue
        or ref.pages
        or not all(is_organisation(name) for name in ref.authors)
    ):
        return ref
    placed = place_after_title(ref.raw, ref.title)
    # (the country after the place read as the publisher: "Warszawa, Polska, 2024")
    if not placed or (ref.publisher and ref.publisher.strip(" .,") not in placed):
        return ref
    # (a "volume" that is the year is the place's date read as a journal's numbering)
    return dataclasses.replace(ref, kind=RefKind.REPORT, host=None, volume=None)


def _place_named(host: str | None) -> bool:
    """Is ``host`` a place, perhaps with its country ("Stockholm, Sweden")?"""
    return bool(host) and is_place((host or "").split(",")[0].strip(" .*_"))
