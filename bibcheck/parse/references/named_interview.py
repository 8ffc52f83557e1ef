"""An interview the author held, cited under the name of the person interviewed.

Notes and lists name the person first and then say the interview was the author's own, in
the element after the name (Chicago's "interview by the author", and its equivalents in
other languages' notes and Vancouver or author-date lists)::

    Mary Lowe, interview by the author, Leeds, May 3, 2018.
    Lowe M (b. 1931). Interview with the author. Leeds, 3 May 2018.
    Hansen K (f. 1930). Intervju ved forfatteren. Bergen, 2. april 2019.
    Jean Morel, entretien avec l'auteur, Lyon, 4 mai 2017.
    Anna Berg, Interview mit der Verfasserin, Kiel, 2. Juni 2020.
    Luis Pérez, entrevista del autor, Quito, 12 de marzo de 2016.

The corpus conventions file an interview held by the author as ``commentary`` (no work to
list: tests/corpus/README.md, kinds of sources).  :func:`named_interview` tells such an
entry by the name (a few words, initials, the person's dates or role in parentheses), the
phrase that makes the interview the author's, and nothing after it that a published
interview has (a title in quotation marks or italics, a journal's numbers, an address, an
"In:"); :func:`.unpublished_kind.author_interview` knows the entries that open with the
interview itself.
"""

from __future__ import annotations

import re

from bibcheck.lazyre import lazy_compile

__all__ = ["named_interview"]

# the person: words and initials, no digit, quotation or title mark outside a parenthesis
# (the person's dates or role: "(b. 1931)", "(f. 1921)", "(former mayor)"); at most two
# elements ("Lowe, Mary", "Mary Lowe, retired fisherman")
_PERSON = r"[^\W\d_](?:[^\d,;:\[\]“”\"«»„*_()]|\([^()]{1,40}\)){0,60}?"
_LEAD = rf"^(?P<lead>{_PERSON}(?:,\s{_PERSON})?)[,.]\s"
# the interview made the author's, in the languages of the notes
_OWN_INTERVIEW = (
    r"(?:"
    # English: "interview by the author", "interview with the author", "interviewed by the
    # author", "interview conducted by the author", "in conversation with the author"
    r"(?:telephone\s|personal\s|recorded\s)?interview(?:ed)?\s(?:(?:conducted|held|recorded)\s)?"
    r"(?:by|with)\s(?:the\s)?(?:present\s)?(?:author|writer)s?"
    r"|(?:in\s)?(?:conversation|discussion)\swith\s(?:the\s)?author"
    # Norwegian, Danish, Swedish: "Intervju ved forfatteren", "Intervju med forfatteren",
    # "Interview ved forfatteren", "Intervju av författaren", "Samtal med författaren"
    r"|(?:intervju|interview|samtal|samtale)\s(?:(?:gjord|gjort|utført|utförd|foretaget"
    r"|udført)\s)?(?:ved|med|av|af)\s(?:forfatteren|författaren|forfattaren)"
    # German: "Interview mit dem Verfasser", "Interview der Verfasserin", "Gespräch mit der
    # Autorin", "Interview durch den Verfasser"
    r"|(?:interview|gespräch)\s(?:(?:mit|durch)\s)?(?:dem|der|den|des)\s"
    r"(?:Verfasser|Verfasserin|Verfassers|Autor|Autorin|Autors)"
    # French: "entretien avec l'auteur", "entretien réalisé par l'autrice", "entretien de
    # l'auteure"
    r"|(?:entretien|interview)\s(?:(?:réalisée?\s)?par|avec|de)\sl['’]aut(?:eur|eure|rice)"
    # Spanish, Portuguese: "entrevista del autor", "entrevista con la autora", "entrevista
    # realizada por el autor", "entrevista concedida ao autor", "entrevista pela autora"
    r"|entrevista\s(?:(?:realizada|concedida|hecha)\s)?(?:del|de\sla|con\sel|con\sla"
    r"|por\sel|por\sla|ao|à|pelo|pela|com\so|com\sa)\saut(?:or|ora)"
    # Italian: "intervista dell'autore", "intervista con l'autrice", "intervista rilasciata
    # all'autore", "intervista condotta dall'autrice"
    r"|intervista\s(?:(?:rilasciata|condotta|realizzata)\s)?(?:dell|con\sl|all|dall)"
    r"['’]aut(?:ore|rice)"
    # Dutch: "interview door de auteur", "gesprek met de auteur"
    r"|(?:interview|gesprek)\s(?:door|met)\sde\s(?:auteur|schrijver)"
    # Polish, Czech: "wywiad przeprowadzony przez autora", "rozmowa z autorką", "rozhovor s
    # autorem"
    r"|wywiad\s(?:przeprowadzony\s)?(?:przez|z)\saut(?:ora|orkę|orem|orką)"
    r"|rozmowa\sz\saut(?:orem|orką)|rozhovor\s(?:s\s)?aut(?:orem|orkou)"
    r")(?![^\W\d_])"
)
_NAMED = lazy_compile(_LEAD + _OWN_INTERVIEW, re.IGNORECASE)
# what a published interview has after the phrase: a quoted or italic title, a journal's
# numbers ("12(3)", ": 45–67", ";12:"), an address, an "In:" to its host
_PUBLISHED = lazy_compile(
    r"[*_“”\"«»„]|https?://|\bwww\.|\bdoi\b|\d\s?\(\d|:\s?\d+\s?[–-]\s?\d|;\s?\d+:"
    r"|\b(?:In|I|Dans|En|Em|W|V)\s?:"
)
_WORDS = 8  # at most so many words name the person (and the role)


def named_interview(text: str) -> bool:
    """Does ``text`` (a note or an entry) cite an interview the author held under the name
    of the person interviewed (see the module)?"""
    body = " ".join(text.split())
    found = _NAMED.match(body)
    if found is None:
        return False
    lead = re.sub(r"\([^()]*\)", " ", found.group("lead"))
    if len(lead.split()) > _WORDS:
        return False
    return _PUBLISHED.search(body, found.end()) is None
