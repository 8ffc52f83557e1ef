"""Documents of the Church's magisterium, councils and curia, and its law (pure functions).

Theology and canon law cite the documents a council, a pope or a curial body issued by the
body, the document's genre and its name, then where it is printed (the ``AAS`` volume, the
``DH`` paragraphs)::

    Zweites Vatikanisches Konzil, Dogmatische Konstitution über die göttliche
        Offenbarung Dei Verbum 10, in: AAS 58 (1966), 817–836.
    Benedetto XVI, Lettera enciclica Spe salvi (30 novembre 2007), n. 12, in AAS 99.
    Second Vatican Council, Decree on Ecumenism: Unitatis Redintegratio (1964).
    Konzil von Trient, Sessio VI (13. Januar 1547), Decretum de iustificatione (DH 1520).
    Congregazione per il Clero, Istruzione sulla parrocchia (20 luglio 2020), in AAS 112.
    Code of Canon Law, Latin-English edition, Washington 1983, can. 1055.

Such a document is church legislation or a document issued by a body: a ``report``
(tests/corpus/README.md's kinds), never the article or book its ``in: AAS`` or imprint
suggests.  Its title is its incipit when it has one (``Lumen gentium``, the genre words and
the section cited no part of it), else its own name after the council's session (``Sessio
XIV`` no part of it); the Code is ``Codex Iuris Canonici`` (the promulgation formula no
part).  :func:`church_document` reads a parsed reference so.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind

__all__ = ["ChurchDocument", "church_document", "document_name"]

# the bodies that issue such documents, in German, Italian, English, French, Spanish, Latin
# and Polish: a council ("Zweites Vatikanisches Konzil", "Konzil von Trient", "Concilio
# Vaticano II", "Second Vatican Council", "Concile de Trente", "Concilium Tridentinum",
# "Sobór Watykański II"), a synod ("Sinodo dei Vescovi", "Bischofssynode"), a curial
# congregation, dicastery or pontifical council, a bishops' conference
_BODY = lazy_compile(
    r"^(?:(?:Zweites|Erstes|Drittes|Viertes|Fünftes)\s[A-ZÄÖÜ]\w+\s)?"
    r"(?:Konzil|Concilio|Concilium|Council|Concile|Concilo|Sobór|Sinodo|Synod|Synode"
    r"|Bischofssynode|Synodus|Kongregation|Congregazione|Congregatio|Congregation"
    r"|Congrégation|Dikasterium|Dicastero|Dicastery|Dicastère|Pontificio\sConsiglio"
    r"|Päpstlicher\sRat|Pontifical\sCouncil|Conseil\spontifical|Pontificium\sConsilium"
    r"|Pontificia\sCommissione|Päpstliche\sKommission|Pontifical\sCommission"
    r"|Deutsche\sBischofskonferenz|Conferenza\sEpiscopale|Episcopal\sConference"
    r"|(?:Second|First|Third|Fourth|Fifth)\s(?:Vatican|Lateran)\sCouncil"
    r"|Council\sof\s[A-Z]\w+|Concile\s(?:de|du)\s\w+)\b"
)
# the genre words before a document's incipit that only the magisterium uses: an
# encyclical, an apostolic exhortation, letter or constitution, a conciliar dogmatic or
# pastoral constitution, a motu proprio
_OWN_GENRE = (
    r"(?:Dogmatische|Pastorale|Apostolische)\sKonstitution|Enzyklika"
    r"|(?:Nachsynodales\s)?Apostolisches\s(?:Schreiben|Mahnschreiben)"
    r"|Lettera\s(?:enciclica|apostolica)|Esortazione\sapostolica(?:\spost-?sinodale)?"
    r"|Costituzione\s(?:dogmatica|pastorale|apostolica)"
    r"|(?:Post-?synodal\s)?(?:Encyclical|Apostolic)\s(?:Letter|Exhortation|Constitution)"
    r"|Encyclical|(?:Dogmatic|Pastoral)\sConstitution"
    r"|Lettre\s(?:encyclique|apostolique)|Exhortation\sapostolique(?:\spost-?synodale)?"
    r"|Constitution\s(?:dogmatique|pastorale|apostolique)|Encyclique"
    r"|Carta\s(?:encíclica|apostólica)|Exhortación\sapostólica(?:\spostsinodal)?"
    r"|Constitución\s(?:dogmática|pastoral|apostólica)|Encíclica"
    r"|Litterae\s(?:encyclicae|apostolicae)|Adhortatio\sapostolica(?:\spost-?synodalis)?"
    r"|Constitutio\s(?:dogmatica|pastoralis|apostolica)|Motu\sproprio"
    r"|Encyklika|Adhortacja\sapostolska|Konstytucja\s(?:dogmatyczna|duszpasterska)"
)
# genre words other writers use too ("Declaration", "Decree"): a church document's only
# after a church body
_SHARED_GENRE = (
    r"Konstitution|Erklärung|Dekret|Bulle|Decreto|Dichiarazione|Costituzione|Bolla"
    r"|Decree|Declaration|Constitution|Bull|Décret|Déclaration|Decretum|Declaratio"
    r"|Constitutio|Deklaracja|Dekret"
)
# the incipit after the genre (and words describing the document: "über die Kirche", "on
# the Relation of the Church to Non-Christian Religions:"): its first two Latin words
# ("Lumen gentium", "Nostra Aetate", "Laudato si'", "Gaudium et spes"), then the section
# cited ("11", "n. 84"), the date in parentheses, or the end of the document's part
_INCIPIT = r"(?P<incipit>[A-Z][a-zæœ]+\s(?:et\s)?[A-Za-zæœ]+['’]?)"
_AFTER_INCIPIT = r"(?=\s?\(|\s?[,;]|\s\d|\s(?:n|nn|Nr|no|§)\.?\s?\d|\.?\s*$|\.\s)"
_DESCRIBED = r"[\s,:]+(?:\S+\s+){0,12}?"
_OWN_INCIPIT = lazy_compile(
    rf"(?:^|[,:.]\s)(?:{_OWN_GENRE})\b{_DESCRIBED}{_INCIPIT}{_AFTER_INCIPIT}"
)
_SHARED_INCIPIT = lazy_compile(
    rf"(?:^|[,:.]\s)(?:{_SHARED_GENRE})\b{_DESCRIBED}{_INCIPIT}{_AFTER_INCIPIT}"
)
# a council's session before the decree's name: "Sessio XIV", "Sess. XXIV", "Session VI",
# "Sessione XXIV", "Sitzung 14", with its date in parentheses perhaps
_SESSION = r"(?:Sessio|Sess\.|Session|Sessione|Sesión|Sitzung|Sesja)\s(?:[IVXLC]+|\d{1,2})\b"
_SESSION_TITLE = lazy_compile(
    rf"{_SESSION}(?:\s\([^()]*\))?\s?[,:]\s(?P<title>[^\W\d_][^,;()]*?)"
    r"\s?(?=\(|,|;|\.\s|\.?\s*$)"
)
# the codes of canon law, in the languages cited (the Latin Code, the Eastern Code)
_CODE = lazy_compile(
    r"^(?P<code>Codex\sIuris\sCanonici|Codex\sCanonum\sEcclesiarum\sOrientalium"
    r"|Code\sof\sCanon\sLaw|Codice\sdi\sdiritto\scanonico|Code\sde\sdroit\scanonique"
    r"|Código\sde\sDerecho\sCanónico|Kodeks\sPrawa\sKanonicznego"
    r"|Codex\sdes\skanonischen\sRechtes)\b"
)
# what marks a body's text as its official document: the date it was given ("(14 settembre
# 1994)", "vom 24. Juni 2000", "of 1 October 1986"), the official printing ("AAS 86",
# "Acta Apostolicae Sedis", "DH 1797", "Enchiridion Vaticanum"), the Holy See's site
_OFFICIAL = lazy_compile(
    r"\b\d{1,2}\.?\s[^\W\d_]{3,10}\s(?:1[5-9]|20)\d\d\b|\bAAS\s\d|Acta\sApostolicae\sSedis"
    r"|\bDH\s\d|\bEV\s\d|Enchiridion\sVaticanum|vatican\.va|Communicationes\s\d"
)
# the body's own name runs to the first comma or colon, in a few words
_BODY_END = lazy_compile(r"^[^,:;.()\d]{0,80}[,:]\s")
# the document's own title after the body: to its date in parentheses, the ", in" of where
# it is printed, the section cited or its address; an assembly of the body ("XIV Assemblea
# Generale Ordinaria, ") first is the body's, no part of the title
_OWN_TITLE = lazy_compile(
    r"^(?:[IVXLC]+\.?\s(?:Assemblea|Assembly|Generalversammlung|Ordentliche|Assemblée|Asamblea)"
    r"[^,;:()]*,\s)?(?P<title>[^\W\d_][^()]*?)"
    r"(?=\s\(|,\s(?:in|In|en|w|dans)\b:?|,\s(?:nn?|can|cap|art|Nr|no)\.\s?\d|,\s§|,\shttps?:"
    r"|,\s(?:AAS|DH)\s\d|\.?\s*$)"
)
# a note's lead-in before the document ("Vgl.", "Cfr.", "See")
_LEAD_IN = lazy_compile(r"^(?:Vgl\.|Cfr\.|Cf\.|See|Voir|Siehe|Zit\.\snach)\s")


@dataclass(frozen=True, slots=True)
class ChurchDocument:
    """A church document as cited: its name (None when the citation gives it no name of its
    own shape) and the body that issued it, as written (None when no body leads)."""

    name: str | None
    body: str | None


def _body(text: str) -> str | None:
    """The issuing body leading ``text`` (to its comma or colon), or None."""
    head = _BODY.match(text)
    if head is None:
        return None
    after = _BODY_END.match(text[head.end() :])
    if after is None:
        return None
    return text[: head.end() + after.end()].rstrip(" ,:")


def document_name(text: str) -> ChurchDocument | None:
    """The church document ``text`` cites (its incipit, its decree's name after the session,
    the Code's name, a body's document's own title), or None when it cites none."""
    text = _LEAD_IN.sub("", text.strip())
    body = _body(text)
    code = _CODE.match(text)
    if code is not None:
        return ChurchDocument(code.group("code"), body)
    session = _SESSION_TITLE.search(text) if body else None
    if session is not None:
        return ChurchDocument(session.group("title").strip(), body)
    own = _OWN_INCIPIT.search(text)
    if own is None and body:
        own = _SHARED_INCIPIT.search(text)
    if own is not None:
        return ChurchDocument(own.group("incipit"), body)
    if body is None or _OFFICIAL.search(text) is None or text[len(body) :][:1] != ",":
        # (a body's own title after a comma: "Concilium Tridentinum: Diariorum … collectio"
        # is an edition's title, the body its first words)
        return None
    titled = _OWN_TITLE.match(text[len(body) :].lstrip(" ,:"))
    if titled is not None and " " in titled.group("title"):
        return ChurchDocument(titled.group("title"), body)
    return ChurchDocument(None, body)


def church_document(ref: Reference, text: str) -> Reference:
    """``ref`` read from ``text`` as the church document it cites: a ``report`` titled by its
    incipit, its decree's name or the Code's name (else as read), the body that issued it
    its author; ``ref`` unchanged when ``text`` cites no such document."""
    document = document_name(text)
    if document is None:
        return ref
    title = document.name if document.name is not None else ref.title
    if title is None:
        return ref
    authors = (document.body,) if document.body is not None else ref.authors
    return dataclasses.replace(ref, kind=RefKind.REPORT, title=title, authors=authors)
