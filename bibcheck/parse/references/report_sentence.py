"""A report's genre and number, a sentence of its own closing the title.

Vancouver (NLM) and the lists in its manner write a numbered report's designation as a
sentence between the title and the imprint, in the language of the list::

    Title. Research report no. 12. Oxford: Institute; 2019.
    Titlu. Raport de cercetare nr. 1/2024. Cluj-Napoca: Institutul; 2024.
    Titel. Forschungsbericht Nr. 7. Berlin: Institut; 2020.
    Titre. Rapport de recherche n° 2021-03. Paris: Centre; 2021.
    Título. Informe técnico núm. 4. Madrid: Instituto; 2018.

A parser that reads the title to the imprint keeps the designation in it.  The sentence --
a report's genre word (a report, a research or technical report, a working paper, in the
languages of the lists), the number word (``no.``, ``nr.``, ``Nr.``, ``n°``, ``núm.``,
``č.``) and the number -- is no part of the title: the number is the report's ``number``,
and the work is a report (the corpus conventions: a work its series calls a report is a
``report``).  The number word is required: a title's own last sentence may name a report
("… The Final Report"), never with its number.
"""

from __future__ import annotations

import dataclasses

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind

__all__ = [
    "designation_number",
    "report_after_title",
    "report_sentence",
    "without_report_sentence",
]

_GENRE = (
    r"(?:(?:Research|Technical|Project|Internal|Final|Interim|Progress|Evaluation)\sreport"
    r"|Report|(?:Working|Discussion|Occasional|Research)\spaper"
    r"|Raport(?:\s(?:de\scercetare|tehnic|științific|final|intermediar|badawczy))?"
    r"|Rapport(?:\s(?:de\srecherche|technique|final|intermédiaire))?"
    r"|Document\sde\stravail|Cahier\sde\srecherche"
    r"|Forschungsbericht|Arbeitsbericht|Technischer\sBericht|Bericht|Arbeitspapier"
    r"|Diskussionspapier|Rapporto(?:\s(?:tecnico|di\sricerca))?"
    r"|Informe(?:\s(?:técnico|de\sinvestigación))?|Documento\sde\strabajo"
    r"|Relatório(?:\s(?:técnico|de\spesquisa))?|Texto\spara\sdiscussão"
    r"|(?:Onderzoeks)?rapport|Výzkumná\szpráva|Zpráva"
    # Slovak, Polish, Slovene, Croatian/Serbian/Bosnian
    r"|(?:Výskumná|Technická|Záverečná|Výročná)\sspráva|Správa|Sprawozdanie"
    r"|Poro[čc]ilo|Izvje[šs][ćc]e|Izve[šs]taj|Izvje[šs]taj)"
)
_NUMBER_WORD = r"(?:nr|no|n|núm|num|nº|n°|n\.º|č|br|št)"
# the number, after a letter prefix of one or two parts ("LM 2/2025", "NRL-LM 2/2025")
_NUMBER = r"(?P<number>(?:[A-Z]{1,6}(?:-[A-Z]{1,6})?[-\s]?)?\d[\w./-]{0,20}?)"
_SENTENCE = lazy_compile(rf"\.\s(?i:{_GENRE})\s(?i:{_NUMBER_WORD})\.?:?\s?{_NUMBER}\.?$")
# ... the same sentence on its own, as a parser that splits the sentences holds it
_ALONE = lazy_compile(rf"(?i:{_GENRE})\s(?i:{_NUMBER_WORD})\.?:?\s?{_NUMBER}\.?")
# ... the same sentence right after the title, in the entry's text: "Title. Správa č. 2/2025.
# Place : Publisher", the number closed by the sentence's full stop
_AFTER = lazy_compile(rf"\.\s(?i:{_GENRE})\s(?i:{_NUMBER_WORD})\.?:?\s?{_NUMBER}(?:\.\s|\.?$)")
# the kinds a report read to its imprint may have been given
_RELABELLED = frozenset({RefKind.UNKNOWN, RefKind.BOOK})
# the designation's words read as an article's journal ("Správa č": its number the issue's)
_GENRE_HOST = lazy_compile(rf"(?i:{_GENRE})(?:\s(?i:{_NUMBER_WORD})\.?)?")


def without_report_sentence(title: str) -> tuple[str, str] | None:
    """(the title, the report's number) when ``title`` closes with a numbered report's
    designation sentence; else None."""
    m = _SENTENCE.search(title)
    if m is None:
        return None
    head = title[: m.start()].strip()
    if len(head) < 3:
        return None
    return head, m.group("number")


def designation_number(sentence: str) -> str | None:
    """The report's number when ``sentence`` is a numbered report's designation alone
    (``Research report no. 12.``, ``Report No. 4/2019``, ``Rapport nr 7``), else None (a
    series named without its genre word, ``SCI P354.``, is no report's designation)."""
    m = _ALONE.fullmatch(sentence.strip())
    return None if m is None else m.group("number")


def report_sentence(ref: Reference) -> Reference:
    """``ref`` without the numbered report's designation closing its title, a report with
    that number; unchanged when its title closes with none."""
    if not ref.title or ref.host is not None:
        return ref
    split = without_report_sentence(ref.title)
    if split is None:
        return ref
    kind = RefKind.REPORT if ref.kind in _RELABELLED else ref.kind
    return dataclasses.replace(ref, title=split[0], kind=kind, number=ref.number or split[1])


def report_after_title(ref: Reference) -> Reference:
    """``ref`` a report with its number when its entry's text has a numbered report's
    designation as the sentence right after its title ("NOVÁK, J. 2024. Title. Správa č.
    LM-3/2024. Žilina : Ústav, 2024.", "Body. 2020. Title. Report No. AB-CD 7/2020.
    London: Body."), read as a book, as nothing, or as an article in a journal named by
    the designation's words ("Správa č"); unchanged otherwise (a title's own sentence
    naming a report, "… Final Report. Oxford: …", carries no number)."""
    if not ref.title:
        return ref
    article = (
        ref.kind is RefKind.ARTICLE and bool(ref.host) and _GENRE_HOST.fullmatch(ref.host or "")
    )
    if ref.kind not in _RELABELLED and not article:
        return ref
    flat = " ".join(ref.raw.split())
    at = flat.find(ref.title)
    if at < 0:
        return ref
    m = _AFTER.match(flat, at + len(ref.title))
    if m is None:
        return ref
    if article:
        ref = dataclasses.replace(ref, host=None, volume=None, issue=None, pages=None)
    return dataclasses.replace(ref, kind=RefKind.REPORT, number=ref.number or m.group("number"))
