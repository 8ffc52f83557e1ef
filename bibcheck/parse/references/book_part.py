"""A work in several books or volumes cited by one of them: the work's title, a full stop,
then the part's name and its own title after a colon.  German philosophy and classics write
the part's ordinal and word ("Ideen zu … Philosophie. Zweites Buch: Untersuchungen zur …",
"Erster Teil:", "Dritter Band:"), others the word and its number ("Band 2:", "Teil II:",
"Book II:", "Part 3:", "Volume 2:", "Deel 1:", "Tome II :", "Tomo I:", "Libro II:").

The sentence splitter ends the title at the work's full stop; the part and its own title
belong to the title (the entry cites that book), so the two sentences are one title when
more follows them (the imprint).
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references.volume_words import Reading, alternation, words

__all__ = ["with_book_part"]

_ROMAN_OR_NUMBER = r"(?:[IVXLC]{1,6}|\d{1,2})"
# the words (:mod:`.volume_words`): after an ordinal, its language's; else as printed
_GERMAN = alternation(words(Reading.AFTER_ORDINAL, language="de"))
_DUTCH = alternation(words(Reading.AFTER_ORDINAL, language="nl"))
_WORD = alternation(words(Reading.BOOK_PART), with_period=True)
_PART = lazy_compile(
    # "Zweites Buch", "Erster Teil", "Dritter Band", Dutch "Tweede deel", "Eerste boek"
    r"(?:(?:Erste[rs]?|Zweite[rs]?|Dritte[rs]?|Vierte[rs]?|Fünfte[rs]?|Sechste[rs]?"
    rf"|Siebente[rs]?|Siebte[rs]?|Achte[rs]?|Neunte[rs]?|Zehnte[rs]?)\s{_GERMAN}"
    rf"|(?:Eerste|Tweede|Derde|Vierde|Vijfde)\s{_DUTCH}"
    # the word and its number: "Band 2", "Teil II", "Book II", "Part 3", "Volume 2", "Tome II"
    rf"|{_WORD}\s{_ROMAN_OR_NUMBER})"
    # then a colon and the part's own title, a capital first
    r"\s?:\s(?=[^\W\d_])\S.{2,}"
)
# the work's title ends with a word (not an initial: "J. Smith.")
_TITLE_END = lazy_compile(r"[^\W\d_]{2,}[)\]]?\.?$")


def with_book_part(sentences: list[str]) -> list[str]:
    """``sentences`` (a title's first, then the rest of the entry) with the work's title and
    a second sentence that names one of its books and that book's title joined, when more
    follows them (see the module's description); else unchanged."""
    if len(sentences) < 3 or "*" in sentences[0]:
        return sentences
    first, second = sentences[0].strip(), sentences[1].strip()
    if not _TITLE_END.search(first) or not _PART.fullmatch(second):
        return sentences
    stop = "" if first.endswith(".") else "."
    return [f"{first}{stop} {second}", *sentences[2:]]
