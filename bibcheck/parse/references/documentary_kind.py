"""The kind of two sources of official and diplomatic history cited like books.

* **A volume of a documentary edition**: the diplomatic papers a state publishes in series
  (``Foreign Relations of the United States, 1961–1963, vol. X (Washington, DC: GPO, 1997),
  doc. 123``, ``FRUS, 1961–1963, vol. X, doc. 123``, ``Documents diplomatiques français,
  1932–1939, 1re série, t. II (Paris: Imprimerie nationale, 1966)``, ``Akten zur
  Auswärtigen Politik der Bundesrepublik Deutschland 1963, Bd. 1, München 1994, Dok. 45``,
  ``Documents on British Foreign Policy``, ``I documenti diplomatici italiani``,
  ``Documentos diplomáticos españoles``), a letter printed in one (``Kellogg to Houghton,
  23 June 1928, in Papers Relating to the Foreign Relations of the United States, 1928 …``).
  tests/heldout49/HALF_B.md keys such a volume as a ``book`` by its title (the series' name
  and the years it covers, as printed) and its year of publication: the years of the
  series' title are no date of the work, and the letter's writer is no author.
* **A government body's own publication**: a department's or a ministry's manual cited by
  the body and a title with no person named and no publisher, an edition or a date in its
  place (``Cabinet Office, *The Cabinet Manual* (1st edn, 2011)``, ``HM Treasury, *The
  Green Book* (2022 edn)``) is its ``report`` (HALF_B.md: the Cabinet Manual).  A body's
  work with a publisher's imprint, its own included (``Regional Water Council, *Title*
  (Leeds: RWC, 2019)``), stays the ``book`` earlier rounds decided it is
  (tests/test_fix38k_kinds.py, tests/test_fix59c_public_publisher.py), unless its title or
  series names a report (read elsewhere).
"""

from __future__ import annotations

import dataclasses

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind

__all__ = ["body_publication", "documentary_volume", "edition_volume"]

# the series' names, in full and by their usual abbreviations
_SERIES = (
    r"(?:(?:Papers\sRelating\sto\s(?:the\s)?)?Foreign\sRelations\sof\sthe\sUnited\sStates|FRUS"
    r"|Documents\sdiplomatiques\s(?:fran[çc]ais|suisses)|DDF|DDS"
    r"|Akten\szur\s(?:Ausw[äa]rtigen|deutschen\sausw[äa]rtigen)\sPolitik(?:\sder\sBundesrepublik"
    r"\sDeutschland)?|AAPD|ADAP"
    r"|Documents\son\s(?:British|Irish|Australian|Canadian)\s(?:Foreign|External|Policy)"
    r"(?:\s(?:Policy|Relations|Overseas))?|DBFP|DBPO|DIFP|DCER"
    r"|British\sDocuments\son\sForeign\sAffairs|BDFA"
    r"|I\sdocumenti\sdiplomatici\sitaliani|Documenti\sdiplomatici\sitaliani|DDI"
    r"|Documentos\sdiplom[áa]ticos\sespa[ñn]oles)"
)
# the volume cited: the series at the start, or after "in", "in:", "dans", "en"
_VOLUME = lazy_compile(rf"(?:^|,\s(?:in:?|dans|en|em)\s)\*?(?P<title>{_SERIES}\b[^()]*)")
# where the volume's title ends: its volume, part, document or page, or its imprint
_TITLE_END = lazy_compile(
    r",?\s(?:vol|t|Bd|Band|Teilbd|tome|tomo|no|nr|Nr|n°|doc|Dok|Doc|pp?|S|ser|série|serie"
    r"|part|Part|Teil)\.?\s|,\s\d+(?:st|nd|rd|th|re|e)\s(?:ser|série|serie)|\*|\(|,\s[A-Z][a-z]+\s(?:1[89]|20)\d\d\b"
)
# the year the volume was published: in its imprint, "(Washington, DC: GPO, 1997)",
# "München 1994", "(Paris: Imprimerie nationale, 1966)"
_IMPRINT_YEAR = lazy_compile(
    r"\([^()]*?(?::|,)\s?[^()]*?(?P<y1>(?:1[89]|20)\d\d)\)|,\s[A-Z][a-zä-ü]+\s(?P<y2>(?:1[89]|20)\d\d)\b"
)


def edition_volume(text: str) -> tuple[str, int | None] | None:
    """The title and year of publication of the documentary edition's volume ``text``
    cites (see the module), else None."""
    flat = " ".join(text.split())
    m = _VOLUME.search(flat)
    if m is None:
        return None
    title = m.group("title")
    end = _TITLE_END.search(title)
    title = (title[: end.start()] if end else title).strip(" ,.*")
    if not title:
        return None
    imprint = _IMPRINT_YEAR.search(flat, m.start("title"))
    year = int(imprint.group("y1") or imprint.group("y2")) if imprint else None
    return title, year


def documentary_volume(ref: Reference, text: str) -> Reference:
    """``ref`` read as the documentary edition's volume ``text`` cites, when it cites one."""
    found = edition_volume(text)
    if found is None:
        return ref
    title, year = found
    return dataclasses.replace(
        ref,
        kind=RefKind.BOOK,
        title=title,
        authors=(),
        year=year,
        year_raw=str(year) if year is not None else None,
    )


# an imprint naming a publisher: "(Washington, DC: Brookings, 2018)", "(London: HMSO, 1950)"
# an edition statement: "1st edn", "2022 edn", "2. Aufl.", "2e éd."
_EDITION = lazy_compile(r"(?i:\b(?:edn|ed|éd|aufl|edition|édition|edición))\.?$")
# a place and publisher outside brackets: "Copenhagen: WHO Regional Office for Europe."
_PLACE_PUBLISHER = lazy_compile(r"(?:^|[.,]\s)[A-Z][\w .-]{1,40}:\s[A-Z][^.,;:]{1,80}")
_PUBLISHER = lazy_compile(
    r"\([^()]*?:\s?(?P<publisher>[^(),:]{2,80}?),\s?(?:[^()]*\s)?(?:1[5-9]|20)\d\d\)"
)


# a government's department or office ("Cabinet Office", "HM Treasury", "Department for
# Education", "Ministère de la Justice", "Bundesministerium des Innern")
_GOVERNMENT = lazy_compile(
    r"\b(?:Office|Department|Ministry|Treasury|Cabinet|Minist[èe]re|Ministero|Ministerio"
    r"|Minist[ée]rio|Ministerium|Bundesministerium|Bundesamt|Staatsministerium"
    r"|Senatsverwaltung|Bundestag|Bundesrat)\b"
)


def body_publication(ref: Reference) -> Reference:
    """``ref`` as a ``report`` when it is a government body's own publication (see the
    module): the body its one author, a title, and no publisher but an edition or a date
    (a body's work from a publisher, or from the body as its publisher, "(Leeds: RWC,
    2019)", stays the book the earlier rounds read it as)."""
    if ref.kind not in (RefKind.BOOK, RefKind.UNKNOWN) or len(ref.authors) != 1:
        return ref
    if ref.host or not ref.title or (ref.publisher and not _EDITION.search(ref.publisher)):
        return ref  # (an edition read as the publisher, "1st edn", is none)
    if ref.kind is RefKind.UNKNOWN and f"*{ref.title}*" not in ref.raw:
        return ref  # (a file in an archive, unpublished: no italic title)
    body = ref.authors[0]
    if _GOVERNMENT.search(body) is None:
        return ref
    if _PUBLISHER.search(ref.raw) is not None or _PLACE_PUBLISHER.search(ref.raw):
        return ref
    return dataclasses.replace(ref, kind=RefKind.REPORT)
