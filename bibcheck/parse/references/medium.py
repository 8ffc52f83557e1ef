"""NLM/Vancouver medium designators and a software version after the title: no part of it::

    R Core Team. R: a language and environment for statistical computing [Internet].
        Version 4.3.1. Vienna: R Foundation; 2023. Available from: https://…
    Jones A. GeoTool [software]. Version 2.1. Oslo: Geo Inc.; 2020.
    Smith J. Modelling rivers [dissertation]. Leeds: University of Leeds; 2015.
    Brown B. Atlas of anatomy [CD-ROM]. London: Mosby; 1998.
    Central Bank. Policy rate, monthly [PRATE01] [Internet]. Oslo: Central Bank; 2024 […].

The designator in square brackets right after the title says what the work is (online,
software, a thesis, a disc); a ``Version 4.3.1`` element of its own after it is the
edition of the software, and so is one with the year after it in parentheses, the way
physics lists print software (``Title, version 2.3.1 (2024), Zenodo``: version, year and
repository cut off).  A version written inside the title (``Title, version 3``,
``AMQP Version 1.0``) is the title's and is kept.  An ``[Internet]`` work of no other kind with
an address after ``Available from:`` and no host is a web work (a book stays a book: NLM
writes a book online with ``[Internet]`` too).  A data set's designator may also close the
title in parentheses (``Hourly readings, winter 2025 (dataset)``): no part of it either; nor
is a data series' code in brackets before the designator (``Policy rate [PRATE01]
[Internet]``).
"""

from __future__ import annotations

import dataclasses
import re

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references import corpus_resource, release_words

__all__ = ["without_medium"]

# a data set, as APA and the lists of other languages designate it: "[Data set]", "[Datensatz]",
# "[Jeu de données]", "[Conjunto de datos]", "[Set di dati]", "[Dataset]"
# (:data:`.release_words.DATA_SET`)
_DATA_SET = release_words.DATA_SET
# a thesis in the Vancouver lists of other languages: Portuguese "dissertação", "tese",
# Spanish "tesis", French "thèse", Italian "tesi", German "Dissertation"
_THESIS_WORD = r"(?:disserta[çc][ãa]o|tese|tesis|th[èe]se|tesi|Dissertation|Masterarbeit)"
# the designators NLM lists, and their usual spellings in other languages' lists
_DESIGNATOR = (
    r"(?:Internet|Online|on-?line|en\slínea|em\slinha|en\sligne|"
    r"(?:database|homepage|monograph|blog|serial)\son\sthe\sInternet|"
    # (software and code in the lists' languages, :data:`.release_words.SOFTWARE` and
    # :data:`.release_words.CODE`: "[software]", "[logiciel]", "[programvara]", "[code]")
    rf"{release_words.SOFTWARE}|(?:computer\s)?program|software\spackage|R\spackage|"
    rf"{release_words.CODE}|"
    r"(?:doctoral\s|master['’]s\s|bachelor['’]s\s)?(?:dissertation|thesis)|"
    # (the lists of other languages: "[dissertação]", "[tese]", "[tesis doctoral]", "[thèse]")
    rf"{_THESIS_WORD}(?:\s[^\W\d_]{{2,12}}){{0,2}}|"
    r"CD-?ROM|DVD(?:-?ROM)?|disc|disk|videocassette|video|audio\srecording|podcast|map|"
    # (a recording, a film or printed music as NLM designates it: "[sound recording]",
    # "[CD]", "[LP]", "[video recording]", "[motion picture]", "[score]"; APA's "[Album]")
    r"CD|LP|Blu-ray|(?:sound|video)\s?recording|motion\spicture|score|album|"
    # (... and as GOST lists and their languages designate it: "[Audio]", "[Audio CD]",
    # Russian "[Звукозапись]", "[Видеозапись]", "[Ноты]", Uzbek "[Audioyozuv]",
    # "[Videoyozuv]", Kazakh "[Дыбыстық жазба]")
    r"audio(?:\s(?:CD|cassette))?|Звукозапись|Видеозапись|Аудиозапись|Ноты"
    r"|audioyozuv|videoyozuv|Дыбыстық\sжазба|"
    # (a map in the lists of other languages: "[carta]", "[mapa]", "[carte]", "[Karte]")
    r"carta(?:\sgeografica|\stopografica)?|mapa|carte|Karte|kaart|"
    rf"{_DATA_SET}|preprint)"
)
# (a map's scale may follow its designator as an element of its own: "[carta]. Scala 1:25
# 000", "[mapa]. Escala 1:50 000", "[map]. Scale 1:63,360", "[carte]. Échelle 1/80 000")
_SCALE = (
    r"(?:\.\s(?:Scale|Scala|Escala|[ÉE]chelle|Maßstab|Schaal|Skala)"
    r"\s1\s?[:/]\s?\d[\d\s.,]{0,12}\d)?"
)
_AT_END = lazy_compile(rf"\s?\[{_DESIGNATOR}\]{_SCALE}$", re.IGNORECASE)
# "… [software]. Version 4.3.1": the version as its own element after the designator
# ... and a data set's designator in parentheses, as blogs and reports write it: "Hourly
# readings, winter 2025 (dataset)" (only a data set's: "Title (video)" may be a title's)
_DATA_SET_AT_END = lazy_compile(rf"\s?\({_DATA_SET}\)$", re.IGNORECASE)
_VERSION_AFTER = lazy_compile(
    rf"\[{_DESIGNATOR}\]\.\s(?P<version>(?:Version|Ver\.|v\.)\s?\d[\w.-]{{0,20}})\.",
    re.IGNORECASE,
)
# "moirebands: continuum models, version 2.3.1 (2024), Zenodo": the physics lists' software
# (APS, AIP): the version, the year in parentheses and the repository or publisher after the
# title, each an element of its own (a title's own version has no year after it)
_VERSION_YEAR_TAIL = lazy_compile(
    r",\s(?:version|ver\.|v\.?)\s?\d[\w.-]{0,20}\s\((?:1[6-9]|20)\d\d\)"
    r"(?:,\s[^\W\d_][^,()]{0,80})?$",
    re.IGNORECASE,
)
# "… 2019-2020 [microdata], version 3.0", "… [software], v. 2.1": a release's version after
# its designator and a comma closing the title, the release's own element (round 73's
# convention: a release's version is no part of its title)
_RELEASE_VERSION_AT_END = lazy_compile(
    rf"(?P<designator>\[(?:{_DATA_SET}|{release_words.SOFTWARE}|{release_words.CODE})\]),\s"
    r"(?:version|versión|versão|versione|ver\.|v\.)\s?\d[\w.-]{0,20}$",
    re.IGNORECASE,
)
_THESIS = lazy_compile(
    rf"\[(?:[\w'’]+\s)?(?:dissertation|thesis|{_THESIS_WORD}(?:\s[^\W\d_]{{2,12}}){{0,2}})\]",
    re.IGNORECASE,
)
# a data series' or an indicator's code in brackets after its title, before the designator
# ("Market yield on … [DGS10] [Internet]", "Unemployment rate [UNRATE] [dataset]", "GDP
# (current US$) [NY.GDP.MKTP.CD] [Internet]"): capitals, digits, dots, hyphens, underscores
_SERIES_CODE = lazy_compile(r"\s\[[A-Z][A-Z0-9._-]{2,30}+\]$")
_DESIGNATOR_NEXT = lazy_compile(rf"\s?\[{_DESIGNATOR}\]", re.IGNORECASE)
_INTERNET = lazy_compile(r"\[Internet\]", re.IGNORECASE)
_AVAILABLE = lazy_compile(r"\bAvailable\s(?:from|at):", re.IGNORECASE)
# the date a homepage or a database was last updated, which NLM gives beside the date it was
# seen and an online book has none of ("2024 [updated 2024 May 3; cited …]", "Place: Body;
# updated 2024 [cited …]"), in the lists' languages
_UPDATED = lazy_compile(
    r"(?:\[|[;,]\s)(?:last\s)?(?:updated|actualizado|atualizado|mis\sà\sjour|aktualisiert"
    r"|oppdatert|uppdaterad|opdateret|bijgewerkt|päivitetty|aggiornato)\s(?:1[6-9]|20)\d\d\b",
    re.IGNORECASE,
)


def _title_without_version(title: str, raw: str) -> str:
    after = _VERSION_AFTER.search(raw)
    if after is None:
        return title
    version = after.group("version")
    for sep in (". ", ", ", " "):
        if title.endswith(sep + version):
            return title[: -len(sep + version)].rstrip(" .,")
    return title


def _series_code_off(title: str, raw: str) -> str:
    """``title`` without the data series' code closing it when ``raw`` writes the code right
    before a medium designator (``Policy rate [PRATE01] [Internet]``: ``Policy rate``)."""
    code = _SERIES_CODE.search(title)
    if code is None:
        return title
    after = raw.find(code.group(0).strip())
    if after < 0 or not _DESIGNATOR_NEXT.match(raw, after + len(code.group(0).strip())):
        return title
    return title[: code.start()]


def without_medium(ref: Reference) -> Reference:
    """``ref`` with its title freed of a trailing medium designator (a data set's in
    parentheses too) and of a version
    element after it; a ``[dissertation]`` is a thesis, an ``[Internet]`` work of no
    other kind with ``Available from:`` and no journal a web work."""
    if ref.title is None or ("[" not in ref.raw and "(" not in ref.title):
        return ref
    title = _VERSION_YEAR_TAIL.sub("", _title_without_version(ref.title, ref.raw))
    title = _RELEASE_VERSION_AT_END.sub(r"\g<designator>", title)
    title = _DATA_SET_AT_END.sub("", _series_code_off(_AT_END.sub("", title), ref.raw)).strip()
    kind = ref.kind
    if kind in (RefKind.UNKNOWN, RefKind.BOOK) and _THESIS.search(ref.raw):
        kind = RefKind.THESIS
    elif (
        (
            kind is RefKind.UNKNOWN
            # (a book online that says when it was last updated is a homepage or a database:
            # "Title [Internet]. Paris: Body; updated 2024 [cited …]. Available from: …")
            or (kind is RefKind.BOOK and _UPDATED.search(ref.raw) is not None)
            # (... and so is one its name calls online, a database or a corpus: "Oxford
            # English Dictionary Online [Internet]. Oxford: …; 2000 [cited …]", "Middle
            # English Compendium [Internet]", :mod:`.corpus_resource`)
            or (kind is RefKind.BOOK and corpus_resource.online_title(title))
        )
        and ref.host is None
        and _INTERNET.search(ref.raw)
        and _AVAILABLE.search(ref.raw)
    ):
        kind = RefKind.WEB
    if title == ref.title and kind is ref.kind:
        return ref
    return dataclasses.replace(ref, title=title or ref.title, kind=kind)
