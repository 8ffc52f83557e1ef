"""A public body's press release or news story: a page of its site, ``web``.

Governments and agencies publish their announcements on their sites, and lists cite them
with the body as the author, often with the imprint of its publications (``London: HM
Treasury; 2018``), so that they read as the body's book or report::

    HM Treasury. Soft Drinks Industry Levy: 12 things you should know. London: HM Treasury;
    2018. https://www.gov.uk/government/news/soft-drinks-industry-levy-12-things-you-should-know
    Department of Health and Social Care. Press release: New rules come into force. London:
    DHSC; 2022. https://www.gov.uk/government/news/…
    Bundesministerium für Gesundheit. Titel. Pressemitteilung. Berlin: BMG; 2023. https://…

The corpus conventions (``tests/corpus/README.md``: web pages are ``web``; Wikipedia's ``{{cite
press release}}`` is read so too) file such a page as ``web``.  A work read as a book, a
report or of no kind, with no journal or other host, is the body's news page when

* the entry names it one -- "Press release", "News story", "News release", German
  "Pressemitteilung", French "Communiqué de presse", Spanish "Nota de prensa", Portuguese
  "Comunicado de imprensa", Italian "Comunicato stampa", Dutch "Persbericht", Indonesian
  "Siaran pers", Turkish "Basın açıklaması" -- as a sentence of its own (Korean "보도자료",
  Japanese "報道発表", Chinese "新闻稿" anywhere), NLM's bracketed
  ``[press release]`` or the title's label (``Press release: Title``); the label is no part
  of the title;
* or its link is a page of a body's news or press section (``/government/news/``,
  ``/presse/pressemitteilungen/``, ``/actualites/``, ``/noticias/``, ``/berita/``), a public
  body its author (:func:`.publicpublisher.public_publisher`, :func:`.reportkind.public_body`)
  or the site a government's (``gov.uk``, ``*.gouv.fr``, ``*.gob.es``, ``*.go.id``), and
  its title calls it no report (``Annual report 2022``, linked from a news page, stays one).

A newspaper's article (a host: ``The Guardian``) is no body's page and keeps its kind; so
does a statistics office's release of its results, labelled a press release or not
(``Instituto Nacional de Estadística (2023). *Encuesta de Población Activa. Primer
trimestre 2023*. Nota de prensa. Madrid: INE.``, ``Istat (2022). *Indicatori demografici.
Anno 2021*. Comunicato stampa …``): a statistics release is a report
(:mod:`.statistics_office`, :func:`.reportkind.titled_report`).
"""

from __future__ import annotations

import dataclasses
import re
from urllib.parse import urlsplit

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references.publicpublisher import public_publisher
from bibcheck.parse.references.reportkind import public_body, titled_report
from bibcheck.parse.references.statistics_office import statistics_release

__all__ = ["government_host", "news_label", "news_page", "news_path", "without_news_label"]

# the genre's name in the languages cited
_LABEL = (
    r"(?:press\srelease|news\sstory|news\srelease|media\srelease|pressemitteilung"
    r"|pressemeldung|communiqu[ée]\sde\spresse|nota\sde\sprensa|comunicado\sde\s(?:prensa"
    r"|imprensa)|comunicato\sstampa|persbericht|siaran\spers|bas[ıi]n\sa[çc][ıi]klamas[ıi])"
)
# the label as a sentence of the entry, in NLM's brackets, or opening the title
_SENTENCE = lazy_compile(rf"(?:^|[.:]\s|\[){_LABEL}(?:\]|[.,]|:\s|$)", re.IGNORECASE)
_OPENING = lazy_compile(rf"^{_LABEL}\s?:\s+(?=\S)", re.IGNORECASE)
_CLOSING = lazy_compile(rf"(?:[.:]\s|\s\[){_LABEL}\]?$", re.IGNORECASE)
# a path segment of a site's news or press section
_PATH = lazy_compile(
    r"/(?:news|newsroom|press|press[-_]?releases?|news[-_]releases?|media[-_]releases?"
    r"|presse|pressemitteilungen|pressemeldungen|actualites|communiques(?:-de-presse)?"
    r"|noticias|notas-?prensa|notasPrensa|notizie|comunicati(?:-stampa)?|nieuws"
    r"|persberichten|berita|rilis-media|siaran-pers|haberler)(?=[/.?#]|$)",
    re.IGNORECASE,
)
# a government's domain: "gov.uk", "www.cdc.gov", "sante.gouv.fr", "sanidad.gob.es",
# "kemkes.go.id", "mhlw.go.jp", "health.govt.nz", "bund.de", "europa.eu"
_GOV_HOST = lazy_compile(
    r"(?:^|\.)(?:(?:gov|gouv|gob|govt|go|gv)(?:\.[a-z]{2})?|bund\.de|europa\.eu|admin\.ch)$"
)
# the label alone, and the sentence before it in the entry (the author's sentence first)
_WHOLE = lazy_compile(_LABEL, re.IGNORECASE)
_BEFORE = lazy_compile(rf"\.\s(?P<title>[^.\s][^.]{{2,300}}?)\.\s\[?{_LABEL}\b", re.IGNORECASE)
_URL = lazy_compile(r"https?://[^\s<>\"')\]]+")


# the label in the scripts that write no space between words: Korean "보도자료", Japanese
# "報道発表資料", "プレスリリース", Chinese "新闻稿" / "新聞稿"
_CJK_LABEL = lazy_compile(r"보도자료|報道発表|プレスリリース|新闻稿|新聞稿")


def news_label(text: str) -> bool:
    """Does ``text`` name its work a press release or news story (see the module)?"""
    flat = " ".join(text.split())
    return _SENTENCE.search(flat) is not None or _CJK_LABEL.search(flat) is not None


def without_news_label(title: str) -> str:
    """``title`` without the genre's label opening or closing it (``Press release: Title``,
    ``Title. Pressemitteilung``)."""
    flat = " ".join(title.split())
    bare = _CLOSING.sub("", _OPENING.sub("", flat)).strip()
    return bare if bare and bare != flat else title


def news_path(url: str | None) -> bool:
    """Is ``url`` a page of a site's news or press section?"""
    if not url:
        return False
    return _PATH.search(urlsplit(url).path) is not None


def government_host(host: str) -> bool:
    """Is ``host`` (``www.gov.uk``, ``sante.gouv.fr``) a government's domain?"""
    return _GOV_HOST.search(host.casefold()) is not None


def _government(ref: Reference, url: str) -> bool:
    host = urlsplit(url).hostname or ""
    return (
        government_host(host)
        or any(public_publisher(name) or public_body(name) for name in ref.authors)
        or public_publisher(ref.publisher)
    )


def _label_title(title: str, text: str) -> str:
    """``title`` without its label; where the label was read as the whole title
    (``Ministério da Saúde. Title. Comunicado de imprensa. …``), the sentence before it."""
    bare = without_news_label(title)
    if _WHOLE.fullmatch(bare.strip(" .*_")) is None:
        return bare
    found = [m.group("title") for m in _BEFORE.finditer(" ".join(text.split()))]
    return found[-1].strip(" *_") if found else bare


def news_page(ref: Reference, text: str) -> Reference:
    """``ref`` a ``web`` page when it is a body's press release or news story (see the
    module), its label out of its title."""
    if ref.kind not in (RefKind.BOOK, RefKind.REPORT, RefKind.UNKNOWN) or ref.host:
        return ref
    if not ref.title or ref.volume or ref.issue:
        return ref
    if not news_label(text):
        urls = [ref.url] if ref.url else _URL.findall(text)
        linked = any(news_path(url) and _government(ref, url) for url in urls)
        if not linked or titled_report(ref.title):
            return ref
    if statistics_release(ref, without_news_label(ref.title)):
        return ref  # (a statistics office's release: its report)
    return dataclasses.replace(ref, kind=RefKind.WEB, title=_label_title(ref.title, text))
