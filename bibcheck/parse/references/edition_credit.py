"""An edition listed under its title, its editor's credit a sentence after the title.

A text edited from manuscripts, or a collection nobody wrote, is listed under its title,
and the edition's credit follows as a sentence of its own, in the language of the list::

    Codex Alpha. Critical edition, philological study and glossary by Jane Doe. …
    Codicele X. Ediție critică, studiu filologic și glosar de Ana Pop. București: …; 1981.
    Cronica Y. Ediție îngrijită de Ion Pop. Iași: …; 1999.
    Das Lied. Hg. von Karl Roth. Leipzig: …; 1870.
    La Chanson. Éd. par Jean Roy. Paris: …; 1922.
    Il Libro. A cura di Guido Neri. Genova: …; 1970.
    The Letters. Edited by James Hart. London: …; 1904.
    Kronika Z. Wyd. Anna Nowak. Warszawa: …; 1970.

A parser that reads names before the first full stop (Vancouver, NLM) takes the title for
an author and the credit for the title.  The credit -- an edition's or an editor's word
opening the sentence, the names closing it after the language's "by" (``de``, ``by``,
``von``, ``par``, ``di``, ``door``, ``av``) or straight after Polish ``Wyd.``, ``Oprac.``,
``Red.`` -- is no title: the "author" before it is the work's title, the names are its
editors, and the work has no author (the corpus conventions key an edition under its title
with its editor no author).  When the names before the credit are a person's with the title
after them (``Pop I. Poezii. Ediție îngrijită de …`` read as one "author"), the person is
the author and the rest the title.
"""

from __future__ import annotations

import dataclasses

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference
from bibcheck.parse.references.patterns import U

__all__ = ["credit_editors", "edition_credit"]

# an edition's or an editor's word opening the credit: Romanian "Ediție (critică,
# îngrijită …)", "Îngrijită", "Text stabilit"; English "Edited", "Critical edition", "Text
# established"; French "Édition", "Édité(e)", "Éd.", "Texte établi"; Italian "Edizione", "A
# cura"; Spanish "Edición", "Ed."; Portuguese "Edição"; German "Herausgegeben", "Hg.",
# "Hrsg."; Dutch "Uitgegeven", "Bezorgd"; Swedish and Danish "Utgiven", "Udgivet"
_LEAD = (
    r"(?:Edi[țţt]i[ea]|Edi[țţt]ia|Edition|Edited|Edizione|Edición|Edição|Éd(?:ition|ité|itée)"
    r"|Ed\.|Éd\.|Critical\sedition|Text(?:e|\s)?\s?(?:stabilit|établi|established)"
    r"|[ÎI]ngrijit[ăa]?|Herausgegeben|Hg\.|Hrsg\.|A\scura|Uitgegeven|Bezorgd|Utgiven|Udgivet)"
)
_BY = r"(?:de|by|von|v\.|par|di|door|av|af|da|del|przez)"
# Polish: the editor straight after "Wyd." (wydał), "Oprac." (opracował), "Red."
_POLISH = r"(?:Wyd|Oprac|Red)\."
_WORD = rf"[{U}][^\W\d_]?[\w'’-]{{0,30}}"
_NAME = rf"(?:[{U}]\.\s?){{0,3}}{_WORD}(?:\s(?:(?:de|da|di|van|von|der|le|la)\s)?{_WORD}){{0,3}}"
_AND = r"(?:,\s|\s(?:și|si|and|und|et|e|y|i|en|och|og|a|&)\s)"
_CREDIT = lazy_compile(
    # (the first "by" after the lead: the names may hold a particle, "Pieter de Graaf")
    rf"^(?:{_LEAD}(?:[\s,][^.;:()\[\]]{{0,150}}?)??\s{_BY}|{_POLISH})"
    rf"\s(?P<names>{_NAME}(?:{_AND}{_NAME}){{0,3}})\.?$"
)
# a person as Vancouver names one before the title: "Pop I", "van Elm E"
_PERSON_THEN_TITLE = lazy_compile(
    rf"^(?P<person>(?:[a-z]+\s){{0,2}}{_WORD}(?:\s{_WORD})?\s[{U}]{{1,3}})\.\s(?P<title>\S.*)$"
)
_SPLIT = lazy_compile(rf"{_AND}")
# a sentence's end inside a title read too far
_STOP = lazy_compile(r"\.\s(?=[^\W\d_])")


def credit_editors(sentence: str) -> tuple[str, ...] | None:
    """The editors an edition's credit names (``Ediție îngrijită de Ion Pop`` -> Ion Pop),
    or None when ``sentence`` is no credit."""
    m = _CREDIT.match(sentence.strip())
    if m is None:
        return None
    return tuple(n.strip() for n in _SPLIT.split(m.group("names")) if n.strip())


def _credit_closing(title: str) -> tuple[str, tuple[str, ...]] | None:
    """(the title, the editors) when ``title`` closes with an edition's credit sentence
    (``Poezii. Ediție îngrijită de Ion Pop``), else None."""
    for stop in _STOP.finditer(title):
        editors = credit_editors(title[stop.end() :])
        if editors is not None and stop.start() >= 3:
            return title[: stop.start()].strip(), editors
    return None


def edition_credit(ref: Reference) -> Reference:
    """``ref`` with the title before its edition's credit, the credit's names its editors
    (see the module); unchanged when its title is no credit."""
    if not ref.title or ref.host is not None:
        return ref
    closing = _credit_closing(ref.title) if ref.authors else None
    if closing is not None:
        # ("Pop I. Poezii. Ediție îngrijită de Ion Pop. …": the title read to the credit)
        return dataclasses.replace(ref, title=closing[0], editors=ref.editors or closing[1])
    if len(ref.authors) != 1:
        return ref
    editors = credit_editors(ref.title)
    if editors is None:
        return ref
    head = ref.authors[0].strip(" .")
    if len(head) < 3 or ref.raw.find(head) < 0 or ref.raw.find(head) > 12:
        return ref  # (the "author" read is no head of the entry's text)
    person = _PERSON_THEN_TITLE.match(head)
    authors: tuple[str, ...] = ()
    if person is not None:
        authors, head = (person.group("person"),), person.group("title").strip(" .")
    return dataclasses.replace(ref, authors=authors, title=head, editors=ref.editors or editors)
