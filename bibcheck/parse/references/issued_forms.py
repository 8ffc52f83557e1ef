"""What a body issues, named by the element after the title: a statistics office's press
release, a numbered UN document, a code of ethics (its ``report``); another body's press
release, a statistics table or a database (``web``)::

    Instituto Nacional de Estadística (2024). *Índice de Precios …*. Nota de prensa, 21 de
        febrero de 2024. Madrid: INE.                                      -> report
    Statistics Office (2023). Title. Press release. https://…              -> report
    Ministero della Salute (2022). Title. Comunicato stampa n. 12. https://… -> web
    UN Committee on … (1991). *General Comment No. 4: …*. UN Doc. E/1992/23.  -> report
    American Sociological Association. (2018). *Code of ethics*. American Sociological
        Association. https://…                                             -> report
    Eurostat (2023). *Housing cost overburden rate …* [ilc_lvho07c]. Table, accessed 4
        October 2024. https://…                                            -> web
    OECD (2024). *HC1.2 Housing costs over income*. OECD Affordable Housing Database.
        https://…                                                          -> web

The corpus conventions file a statistics office's releases (a statistics bulletin), a body's
UN documents and agency reports as ``report``; a press release is otherwise the body's web
page (:mod:`.news_page`), and a statistics table, a database's indicator and a dataset are
``web``.  The cue is
an element of its own after the title (a sentence, or the host it was read as): the words
inside a title (``Press releases and the news``, a book) are no such element.  Only a work
read as a book, an article with no volume or pages, a web page or of no kind is relabelled.
"""

from __future__ import annotations

import dataclasses
import re

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references.statistics_office import statistics_release

__all__ = ["issued_form"]

# a press release as the element after the title, in the languages lists are written in
_PRESS_RELEASE = lazy_compile(
    r"^(?:\[)?(?:Press\s(?:release|statement)|News\srelease|Media\srelease|Nota\sde\sprensa"
    r"|Comunicado\sde\sprensa|Communiqué\sde\spresse|Comunicato\sstampa|Pressemitteilung"
    r"|Pressemeldung|Persbericht|Komunikat\sprasowy|Nota\sà\simprensa|Pressmeddelande"
    r"|Tiedote|Tiskov[áa]\szpr[áa]va"
    # (Maltese "Ħarġa tal-Aħbarijiet" (news release), "Stqarrija għall-Istampa" (press))
    r"|Ħarġa\stal-Aħbarijiet|Stqarrija\sgħall-Istampa"
    # (Korean "보도자료", Japanese "報道発表資料", "プレスリリース", Chinese "新闻稿", "新聞稿")
    r"|보도자료|報道発表(?:資料)?|プレスリリース|新闻稿|新聞稿)\b",
    re.IGNORECASE,
)
# a UN document's symbol: "UN Doc. E/1992/23", "U.N. Doc. A/HRC/31/54", "UN Doc
# CCPR/C/21/Rev.1"
_UN_DOCUMENT = lazy_compile(r"\bU\.?\s?N\.?\sDoc\.?\s[A-Z]{1,6}(?:/[\w.]+)+")
# a statistics table or a database as the element after the title: "Table", "Data table",
# "Tabla", "Tableau", "Tabelle", "Tabela"; "OECD Affordable Housing Database", "Base de
# datos …", "Datenbank …", "Banca dati …"
_TABLE = lazy_compile(
    r"^(?:\[[\w./-]{2,40}\]\.?\s)?(?:(?:Data|Statistical)\s)?(?:Table|Tabla|Tableau|Tabelle|Tabela"
    r"|Tabel|Taula)\b(?=[.,;]|\s(?:\d|accessed|retrieved|consultad|abgerufen|consulté))",
    re.IGNORECASE,
)
_DATABASE = lazy_compile(
    r"^(?:[\w&'’.-]+\s){0,6}(?:Database|Data\s?base|Data\sExplorer|Data\sPortal)\.?$"
    r"|^(?:Base\sde\sdatos|Base\sde\sdonnées|Banca\sdati|Datenbank|Databank|Baza\sdanych)\b",
    re.IGNORECASE,
)
# a body's code of ethics or conduct as the whole title: "Code of ethics", "Code of Ethics
# of the …", "Ethical Guidelines for …", "Código de ética", "Code de déontologie",
# "Codice etico", "Ethikkodex", "Kodeks etyki …", "Gedragscode …"
_ETHICS_CODE = lazy_compile(
    r"^(?:(?:Professional|Ethical|Revised)\s)?(?:Code\sof\s(?:Ethics|Conduct|Professional"
    r"\s(?:Ethics|Conduct)|Ethics\sand\sConduct)|Ethical\s(?:Guidelines|Principles|Code)"
    r"|Statement\sof\s(?:Ethical\s)?Practice|C[óo]digo\s(?:de\s)?[ée]tic[oa]|C[óo]digo"
    r"\sdeontol[óo]gico|Code\sde\sd[ée]ontologie|Code\sd['’][ée]thique|Codice\s(?:etico"
    r"|deontologico)|Ethik-?[Kk]odex|Ethische\sLeitlinien|Kodeks\setyki|Gedragscode"
    r"|Ethische\scode)(?:\s(?:of|for|des|der|de|del|della|dla|van|voor)\s[^.:;]{1,80})?$",
    re.IGNORECASE,
)
_RELABELLED = frozenset({RefKind.BOOK, RefKind.UNKNOWN, RefKind.WEB, RefKind.ARTICLE})


def _after_title(ref: Reference, text: str) -> str:
    """What ``text`` holds after the title (its closing marks and stop skipped)."""
    if not ref.title:
        return ""
    flat = " ".join(text.split())
    at = flat.find(ref.title)
    if at < 0:
        return ""
    return flat[at + len(ref.title) :].lstrip("*_”\"' ").lstrip(".").lstrip()


def _kind(ref: Reference, text: str) -> RefKind | None:
    after = _after_title(ref, text)
    host = (ref.host or "").strip(" *_.")
    if _PRESS_RELEASE.match(after) or _PRESS_RELEASE.match(host):
        return RefKind.REPORT if statistics_release(ref) else RefKind.WEB
    if _UN_DOCUMENT.search(after):
        return RefKind.REPORT
    if ref.title and _ETHICS_CODE.match(ref.title.strip(" .*_")) and len(ref.authors) == 1:
        author = ref.authors[0].strip(" .,*_")
        if "," not in author:  # (a body, no person's inverted name)
            return RefKind.REPORT
    if ref.url and (_TABLE.match(after) or _DATABASE.match(_sentence(after))):
        return RefKind.WEB
    return None


def _sentence(text: str) -> str:
    """The first sentence of ``text`` (to its full stop before a space or an address)."""
    m = re.match(r"(.+?)\.(?:\s|$)", text)
    return m.group(1) if m else text


def issued_form(ref: Reference, text: str) -> Reference:
    """``ref`` of the kind the element after its title names (see the module); ``ref``
    itself otherwise."""
    if ref.kind not in _RELABELLED:
        return ref
    host = (ref.host or "").strip(" *_.")
    if host and _PRESS_RELEASE.match(host):
        # ("Title. Nota de prensa, 21 de febrero de 2024.": the release's date, no volume)
        released = RefKind.REPORT if statistics_release(ref) else RefKind.WEB
        return dataclasses.replace(
            ref, kind=released, host=None, volume=None, issue=None, pages=None
        )
    if ref.kind is RefKind.ARTICLE and (ref.volume or ref.pages or ref.issue):
        return ref
    kind = _kind(ref, text)
    if kind is None or kind is ref.kind:
        return ref
    return dataclasses.replace(ref, kind=kind)
