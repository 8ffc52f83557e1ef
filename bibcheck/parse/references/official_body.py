"""Documents an official body issues, cited as typed entries with no publisher.

A church's teaching office and a state's administration publish their documents under the
body's own name, often on the body's website: a Vatican congregation's or dicastery's
instruction, an ecumenical council's constitution, a synod's final document, a conference of
bishops' pastoral letter, an international theological commission's study, a ministry's
guideline.  A ``.bib`` file files them as ``@misc`` or ``@online`` with the body as a braced
author (``author = {{Comissão Teológica Internacional}}``), a CSL-JSON file as a ``document``
or ``webpage`` with the body as a ``literal`` name.  The corpus conventions file such a
document as a ``report`` -- an official document, not a web page, even when its address is
given (``tests/corpus/README.md``, kinds of sources that are not articles or books).

The body is the author: a church body (a congregation, dicastery, pontifical council or
commission, an ecumenical, plenary or provincial council, a synod, a conference of bishops)
in the languages theology is written in; a public body (a ministry, an agency, a
commission: :func:`.reportkind.public_body`) only when the title names a report
(:func:`.reportkind.titled_report`), guidelines or a church document's genre -- a
ministry's web page about a service, an agency's data set (``CORINE Land Cover 2018``, an
office's ``Bundestagswahl 2021: Ergebnisse …``) stays a web page.

A church's own law -- its church order, constitution or statute -- is its legislation, a
``report`` too (tests/heldout70/HALF_B.md: the PKN's church order, the Romanian Orthodox
Church's Statute): an entry whose title names such a law (:data:`_CHURCH_LAW`: ``Kerkorde en
ordinanties …``, ``Kirchenordnung``, ``Grundordnung``, ``Church Order``, ``Book of Church
Order``, ``Constitution``, ``Statutul …``, ``Kyrkoordning``) by a church as its one author
(``author = {{Protestantse Kerk in Nederland}}``) or, with no author, a title naming the
church too (``Statutul pentru organizarea și funcționarea Bisericii Ortodoxe Române``).  A
church's other documents (``Mission-shaped Church`` by ``{{Church of England}}``) and a
state's constitution with no church named (``The Constitution of the Roman Republic``) are
left.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references import guideline_words
from bibcheck.parse.references.reportkind import public_body, titled_report

__all__ = ["CHURCH_LAW_WORDS", "CHURCH_WORDS", "church_body", "church_law", "official_document"]

# a church's teaching or governing body, in English, Latin, the Romance languages, German,
# Dutch, Polish and Czech
_CHURCH_BODY = lazy_compile(
    r"\b(?:Congregation|Congregatio|Congregação|Congregación|Congregazione|Congrégation"
    r"|Kongregation|Congregatie|Kongregacja|Kongregace"
    r"|Dicastery|Dicasterium|Dicastério|Dicasterio|Dicastero|Dicastère|Dikasterium"
    r"|Dykasteria|Dikasterie"
    # a council: the ecumenical ones by their see or number, a pontifical council
    r"|(?:Ecumenical|Vatican|Plenary|Provincial|Pontifical)\sCouncil|Council\sof\s[A-Z]"
    r"|Conc[íi]lio|Concile|Concilium|Konzil|Concilie|Sobór|Koncil"
    r"|Pontif[íi]ci[oa]\sCons[ei]lho|Pontificio\sConsiglio|Conseil\spontifical"
    r"|Päpstliche[rs]?\s(?:Rat|Kommission)|Pontifical\sCommission|Pontifícia\sComissão"
    r"|Pontificia\sCommissione|Pontificia\sComisión|Commission\spontificale"
    r"|(?:International\s)?Theological\sCommission|Biblical\sCommission"
    r"|Commission\s(?:théologique|biblique)|Comiss[ãa]o\s(?:Teológica|Bíblica)"
    r"|Comisión\s(?:Teológica|Bíblica)|Commissione\s(?:Teologica|Biblica)"
    r"|Internationale\sTheologenkommission"
    # a synod, a conference of bishops
    r"|Synod|Synodus|Sínodo|Sinodo|Synode|Synodalversammlung"
    r"|Bishops['’]?\sConference|Conference\sof\s(?:Catholic\s)?Bishops"
    r"|Conferência\sEpiscopal|Conferencia\sEpiscopal|Conferenza\sEpiscopale"
    r"|Conférence\s(?:épiscopale|des\sévêques)|Bischofskonferenz|Bisschoppenconferentie"
    r"|Konferencja\sEpiskopatu|Biskupská\skonference"
    r"|Holy\sSee|Santa\sSé|Santa\sSede|Saint-Siège|Heiliger\sStuhl)\b",
    re.IGNORECASE,
)
# the genres of an official body's documents: a church's constitution, decree, declaration,
# instruction, encyclical, apostolic exhortation or letter, pastoral letter, final document;
# any body's guidelines
_DOCUMENT_GENRE = lazy_compile(
    r"\b(?:Constitu(?:tion|ição|ción|zione)|Konstitution|Decre(?:e|to|t)|Dekret"
    r"|Declara(?:tion|ção|ción)|Dichiarazione|Erklärung|Instru(?:ction|ção|cción)|Istruzione"
    r"|Instruktion|Encyclical|Enc[íi]clica|Enciclica|Encyclique|Enzyklika"
    r"|Apostolic\s(?:Exhortation|Letter)|Exortação\sapostólica|Exhortación\sapostólica"
    r"|Esortazione\sapostolica|Exhortation\sapostolique|Apostolisches\sSchreiben"
    r"|Pastoral\sLetter|Carta\spastoral|Lettera\spastorale|Lettre\spastorale|Hirtenbrief"
    r"|Final\sDocument|Documento\sfinal[e]?|Document\sfinal|Abschlussdokument"
    rf"|{guideline_words.alternation(guideline_words.GUIDELINES)})\b",
    re.IGNORECASE,
)


# a church by its name's word, in the languages theology is written in: "Protestantse Kerk in
# Nederland", "Gereformeerde Kerken", "Evangelische Kirche in Deutschland", "Landeskirche",
# "Christian Reformed Church", "Église réformée", "Iglesia Evangélica", "Chiesa valdese",
# "Igreja Presbiteriana", "Kościół Ewangelicko-Augsburski", "Biserica Ortodoxă Română"
# (its genitive "Bisericii"), "Svenska kyrkan", "Den Norske Kirke", "Suomen evankelis-
# luterilainen kirkko", "Církev", "Egyház", "Церква", "Церковь"
CHURCH_WORDS = (
    r"Church(?:es)?|Kerk(?:en)?|Kirche|Kirchen|[A-ZÄÖÜ][a-zäöüß]{2,20}kirchen?"
    r"|[ÉE]glises?|Iglesias?|Chiesa|Chiese|Igrejas?|Kości[oó][łl]a?|Biseric(?:a|ii|ilor)"
    r"|Patriarhiei|Mitropoliei|C[ií]rk[e]?v(?:e|i)?|Kyrka(?:n)?|Kirke(?:n)?|Kirkko|Egyház"
    r"|Церкв[аи]|Церкві|Церковь|Crkva"
)
_CHURCH = lazy_compile(rf"\b(?:{CHURCH_WORDS})\b", re.IGNORECASE)
# the names of a church's own law: its church order, constitution, statute, ordinances, in
# those languages ("Kerkorde", "Kirchenordnung", "Grundordnung", "Kirchenverfassung", "Church
# Order", "Book of Church Order", "Book of Discipline", "Constitution", "Statute", "Statutul",
# "Statuto", "Estatuto", "Règlement ecclésiastique", "Kyrkoordning", "Kirkeordning",
# "Kirkkolaki", "Устав", "Статут")
CHURCH_LAW_WORDS = (
    r"Kerkorde|Kerkenordening|Kirchenordnung(?:en)?|Grundordnung|Kirchenverfassung|Verfassung"
    r"|Church\sOrder|Book\sof\sChurch\sOrder|Book\sof\sDiscipline|Constitutions?|Canons"
    r"|Statut(?:e|es|ele|ul|ului|o|os|s)?|Estatutos?|Regulamentul|Règlement\secclésiastique"
    r"|Discipline\secclésiastique|Kyrkoordning(?:en)?|Kirkeordning(?:en)?|Kirkkolaki"
    r"|Kirkkojärjestys|Ordinanties|Ordinances|Устав|Статут"
)
_CHURCH_LAW = lazy_compile(rf"\b(?:{CHURCH_LAW_WORDS})\b", re.IGNORECASE)


def church_law(names: Sequence[str], title: str | None) -> bool:
    """Is an entry by ``names`` (as written, braces gone) titled ``title`` a church's own law:
    its title a church law's (:data:`_CHURCH_LAW`), its one author a church, or no author and
    the title naming the church (``Kerkorde en ordinanties van de Protestantse Kerk in
    Nederland``)?"""
    if not title or _CHURCH_LAW.search(title) is None:
        return False
    if not names:
        return _CHURCH.search(title) is not None
    return len(names) == 1 and "," not in names[0] and _CHURCH.search(names[0]) is not None


def church_body(name: str) -> bool:
    """Does ``name`` name a church's teaching or governing body (a congregation, a council,
    a synod, a conference of bishops ...: :data:`_CHURCH_BODY`)?"""
    return _CHURCH_BODY.search(name) is not None


def official_document(authors: Sequence[str], title: str | None) -> bool:
    """Is a typed entry of no published kind by ``authors`` titled ``title`` an official
    body's document: a church's own law (:func:`church_law`), its one author a church body,
    or a public body whose title names a report, guidelines or a church document's genre?"""
    names = [" ".join(re.sub(r"[{}]", "", a).split()) for a in authors if a.strip()]
    if church_law(names, title):
        return True  # (a church's order, constitution or statute: its legislation)
    if len(names) != 1 or "," in names[0]:
        return False
    name = names[0]
    if church_body(name):
        return True
    if not public_body(name) or not title:
        return False
    return titled_report(title) or _DOCUMENT_GENRE.search(title) is not None
