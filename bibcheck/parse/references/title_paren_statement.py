"""A statement of edition, original publication or translation in parentheses after the
title, no part of it.

Dutch, German, French and English author–date lists (APA's and others) put what edition
is cited, when the work first appeared and who translated it in parentheses right after
the title: ``Sein und Zeit (19e druk; oorspr. 1927).``, ``Titel (2. Aufl.; Erstausg.
1927).``, ``Title (3rd ed.; orig. publ. 1945).``, ``Titre (2e éd.; éd. orig. 1945).``,
``Fenomenologie van de waarneming (vert. D. Tiemersma & R. Vlasblom).``, ``Title (trans.
C. Smith).``, ``Titel (übers. v. A. Berg).``, ``Titre (trad. J. Dupont).``.  Each part of
such a parenthesis (parts split by ``;``) opens with the statement's word; the title is the
text before it.
"""

from __future__ import annotations

import re

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.years import YEAR as _YEAR

__all__ = ["without_statement"]

# an edition: "19e druk", "2de druk", "2nd ed.", "3rd edn", "2. Aufl.", "2e éd.", "1re éd.",
# "2.ª ed.", "herziene druk", "rev. ed.", "überarb. Aufl."
_EDITION = (
    r"(?:\d{1,2}(?:st|nd|rd|th|e|de|ste|re|er|ème|\.ª|ª|º|\.)?\s?|(?:herziene|herz\.|nieuwe"
    r"|rev\.|revised|new|überarb\.|erw\.|neue|nouvelle|éd\.\srev\.)\s)"
    r"(?:druk|dr\.|ed\.|edn\.?|edition|éd\.|édition|Aufl\.|Auflage|uitg\.|uitgave)"
    # (and the year it appeared: "19e druk 2006")
    rf"(?:\s{_YEAR})?"
)
# the first publication: "oorspr. 1927", "oorspronkelijk 1927", "orig. 1927", "orig. publ.
# 1927", "originally published 1927", "Erstausg. 1927", "urspr. 1927", "éd. orig. 1945",
# "ed. orig. 1945", "or. 1945"
_ORIGINAL = (
    r"(?:(?:oorspr\.|oorspronkelijk|orig\.|originally|original|urspr\.|ursprünglich"
    r"|Erstausg\.|Erstausgabe|Erstveröff\.|(?:éd|ed)\.\sorig\.|or\.)"
    r"(?:\s(?:publ\.|published|verschenen|uitg\.|uitgegeven|erschienen|ersch\.))?"
    rf"(?:\s(?:in|als|as|en))?\s{_YEAR})"
)
# who translated it: "vert. D. Name", "vertaald door", "trans. A. Name", "transl. by",
# "translated by", "übers. v.", "übersetzt von", "trad. J. Dupont", "traduit par", a name
# after it (a capital)
_TRANSLATOR = (
    r"(?:(?:vert\.|vertaling|vertaald\sdoor|trans\.|transl\.|translated\sby|tr\.|übers\."
    r"|übersetzt\svon|trad\.|traduit\spar|traduction|traducción\sde)(?:\s(?:by|v\.|von|de|par))?"
    r"\s[^\W\d_][^;]{1,100})"
)
_PART = lazy_compile(
    rf"(?:{_EDITION}|{_ORIGINAL})(?:,\s(?:{_EDITION}|{_ORIGINAL}))*|{_TRANSLATOR}", re.I
)
_TRAILING = lazy_compile(r"\s\((?P<inner>[^()]{3,200})\)\.?$")


def without_statement(title: str) -> str:
    """``title`` without the parenthesised edition, original-publication or translator
    statement at its end (see the module's description); ``title`` itself when it has
    none."""
    m = _TRAILING.search(title)
    if m is None or m.start() == 0:
        return title
    parts = [part.strip() for part in m.group("inner").split(";")]
    if not all(_PART.fullmatch(part) for part in parts):
        return title
    return title[: m.start()].rstrip(" ,")
