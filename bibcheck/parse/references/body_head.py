"""A corporate body's name heading an entry: one grammar for every rule that reads one.

Lists and notes in every language head a body's work with the body's name, its
abbreviation in parentheses perhaps, then the year or the title::

    Statistisk sentralbyrå. 1980. Boligtelling 1975. Oslo: SSB.            (:mod:`.body_year`)
    Rijksdienst voor het Cultureel Erfgoed 2019. Titel. …                  (:mod:`.bare_year`)
    Ministère de l'Agriculture, de l'Alimentation et de la Forêt (MAAF). 2014. Titre.
                                                                            (:mod:`.comma_body`)
    Council of Europe (CoE), *Guidelines on …*, CoE, Strasbourg 2019.      (:mod:`.guideline_note`)

The name is the same wherever it stands: :data:`NAME`, words of letters (an apostrophe,
a hyphen or an ampersand inside them: ``l'Agriculture``, ``Sosiaali-``, ``AT&T``; no digit,
no full stop), the first a capital's, joined by single spaces or ``&``; :data:`COMMA_NAME`,
such names parted by commas (a ministry's remits: ``Ministerio de Agricultura, Pesca y
Alimentación``), for the rules that tell a body's comma from a person's ``Family, Given``
(:mod:`.comma_body`, :mod:`.guideline_note`); :data:`ABBREVIATION`, the acronym in
parentheses after it (``(CoE)``, ``(MAAF)``).  :func:`capitalised` says whether each word
of a name is a capital's but for the small words of the languages (:data:`SMALL_WORDS`:
``Rijksdienst voor het Cultureel Erfgoed``, ``Ministero della Salute``, ``Ministerstvo pro
místní rozvoj`` is not one), for a head with nothing but a space between the name and
what follows (:mod:`.bare_year`).  What follows the name -- the year, a comma, the title --
is each rule's own.
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references.patterns import U

__all__ = ["ABBREVIATION", "COMMA_NAME", "NAME", "SMALL_WORDS", "capitalised"]

# the small words between the capitalised words of a body's name, in the languages cited
SMALL_WORDS: frozenset[str] = frozenset(
    {
        # English
        *("of", "for", "the", "and", "on", "in"),
        # German
        *("für", "und", "der", "die", "das", "des", "den", "zur", "zum"),
        # Dutch and Afrikaans
        *("van", "voor", "het", "de", "der", "den", "en"),
        # Scandinavian
        *("og", "och", "för", "for", "i", "af", "av", "til", "till"),
        # Romance: French, Spanish, Portuguese, Italian, Catalan, Romanian
        *("de", "des", "du", "la", "le", "les", "et", "aux", "à"),
        *("y", "del", "el", "los", "las", "para"),
        *("e", "do", "da", "dos", "das", "na", "no"),
        *("della", "delle", "dello", "dei", "degli", "di", "per", "ed", "al", "il"),
        *("și", "pentru"),
        # Finnish, Estonian; Polish, Czech, Slovak, Slovene, Croatian; Hungarian
        *("ja", "ning"),
        *("w", "z", "ze", "pro", "pre", "za", "a", "in", "za"),
        *("és",),
        # Maltese
        *("ta'", "ta’", "u"),
    }
)

# a word of a body's name: letters, an apostrophe, a hyphen or an ampersand inside, a
# hyphen closing a word joined to the next ("Sosiaali- ja terveysministeriö", "Bundes- und
# Landesamt"); no digit, no full stop; Maltese "ta'" (of), its vowel elided before a
# space, closed by its apostrophe ("Gvern ta' Malta", "Università ta' Malta")
WORD = r"[^\W\d_]+(?:[-'’&][^\W\d_]+)*(?:-|(?<=\bta)['’](?=\s))?"
# the name: a capital's word, then up to eleven words after a space or an ampersand
NAME = rf"(?=[{U}]){WORD}(?:\s(?:&\s)?{WORD}){{0,11}}"
# names parted by commas (a body's remits): the later parts open with any word
COMMA_NAME = rf"{NAME}(?:,\s{WORD}(?:\s(?:&\s)?{WORD}){{0,11}}){{0,4}}"
# the body's acronym in parentheses after its name: " (CoE)", " (MAAF)", " (ΕΛΣΤΑΤ)"
ABBREVIATION = r"\s\((?P<abbr>[^\W\d_]{2,12})\)"

_ELIDED = lazy_compile(rf"^[dlDL]['’](?=[{U}])")


def capitalised(name: str) -> bool:
    """Is each word of ``name`` a capital's (two letters or more; an elided article before
    it, ``l'Agriculture``) but for :data:`SMALL_WORDS`, no more than two of them in a row,
    the name opening and closing with a capital's word?"""
    words = name.replace(" & ", " ").split()
    if not words:
        return False
    run = 0
    for at, word in enumerate(words):
        if word in SMALL_WORDS and 0 < at < len(words) - 1:
            run += 1
            if run > 2:
                return False
            continue
        run = 0
        bare = _ELIDED.sub("", word)
        if len(bare) < 2 or not bare[0].isupper():
            return False
    return True
