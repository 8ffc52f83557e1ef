"""An edition named by its year, its page after it in parentheses: a citation of the
list's entry of that year for the work the sentence names before::

    Mário Filho (1947, p. 43) descreve …; o mesmo trecho reaparece na edição de 1964 (p. 58).
    Weber (1920, S. 12) … in der Ausgabe von 1922 (S. 14) …
    Smith (1990, p. 3) … and again in the 1998 edition (p. 7).
    … en la edición de 2005 (pp. 40-41) …, dans l'édition de 1962 (p. 9) …

The year is no author's (the edition is the word before it), so the sentence's names are
read for it (:func:`bibcheck.readers.authoryear.spans`), a name cited with another year
too: the other edition's.  The page in parentheses is what makes it a citation (a
sentence may name an edition in passing, "the 1964 edition added two chapters").
"""

from __future__ import annotations

import re

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.years import YEAR as _YEAR

__all__ = ["EDITION_YEAR"]

# "edição", "edición", "edition", "édition", "edizione", "Ausgabe", "Auflage", "wydanie",
# "uitgave", "editie", "upplaga", "udgave", "utgave" (the case forms a sentence puts them in)
_EDITION = (
    r"(?:edi[çc][ãa]o|edici[óo]n|[ée]dition|edizione|Ausgabe|Auflage|wydani[eua]|uitgave"
    r"|editie|upplagan?|udgaven?|utgaven?)"
)
# the joining word between the edition and its year: "de", "of", "von", "del", "da",
# "z", "van", "från", "fra", or none ("Auflage 1922")
_OF = r"(?:(?:de|of|von|del|da|do|z|van|från|fra|from)\s)?"
# the page or pages: "(p. 58)", "(pp. 40-41)", "(S. 14)", "(s. 12)", "(str. 5)", "(blz. 3)"
_PAGE = r"\((?:p|pp|pág|págs|S|s|str|blz|sid|с)\.\s?\d{1,5}(?:\s?[-–]\s?\d{1,5})?\)"
EDITION_YEAR = lazy_compile(
    rf"(?<![\w-])(?:{_EDITION}\s{_OF}(?P<y1>{_YEAR})|(?P<y2>{_YEAR})\s(?:edition|ed\.))"
    rf"(?P<name>)\s{_PAGE}",
    re.I,
)
