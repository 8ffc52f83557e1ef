"""A book in the comma form with a colon imprint and no italics left to mark its title
(a Chicago note or entry through PDF-to-text or plain text, as theses in other languages
write their Western sources):

``Richard von Glahn, Fountain of Fortune: Money and Monetary Policy in China, 1000–1700,
Berkeley: University of California Press, 1996, pp. 48–52.``,
``Hans Roth, Geschichte der Stadt, 1500–1800, Berlin: Akademie Verlag, 1985, S. 12.``,
``Jean Lafay, Histoire des ports, Paris : Gallimard, 1975, p. 12.``,
``Αλ. Νικολάου, Τα λιμάνια του Αιγαίου, Αθήνα: Κέδρος, 1999, σ. 12.``

The names come first, the reference ends with ``, Place: Publisher, Year`` (and the pages
in a note); the title is all between, a span of years after it (``, 1000–1700``,
``, c. 1500–1800``) included.  The imprint makes it a book.
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile
from bibcheck.parse.references.commaform import NAMES, NOT_ONE_TITLE, author
from bibcheck.parse.references.patterns import U
from bibcheck.parse.references.shared import Fields, year_of
from bibcheck.parse.years import YEAR as _YEAR

# ", Berkeley: University of California Press, 1996[, pp. 48–52]." at the very end
# (", Cambridge, MA: MIT Press, 2006", ", Geneva, Switzerland: WMO, 2011" -- a city of one
# word and its state or country --, French ", Paris : Gallimard, 1975, p. 12")
_IMPRINT = lazy_compile(
    rf",\s(?P<place>[{U}][^\s,:;()\d]{{1,30}},\s[{U}][^,:;()\d]{{1,30}}?"
    rf"|[{U}][^,:;()\d]{{1,40}}?(?:,\s[A-Z]{{2}})?)\s?:\s"
    rf"(?P<pub>[^,:;()\d\s][^,:;()\d]{{1,79}}?),\s(?P<year>{_YEAR})"
    # (the page word of the note's language: Greek "σ." / "σσ.", Cyrillic "с." / "С.")
    r"(?:,\s(?:pp?|S|s|σσ?|[сС])\.\s?(?P<pages>\d+(?:\s?[–-]\s?\d+)?)(?:\s?(?:ff?|sqq?|ss|et\sseq)\.?)?)?"
    r"\.?$"
)
# what a place never holds: emphasis, or a full stop ending a word before a space (another
# element's sentence: "Dinu, Elena. Casa de piatră. București"); an abbreviation's may
# ("St. Louis", "Mt. Vernon", "N. Y.", "Washington, D.C.")
_NOT_A_PLACE = lazy_compile(r"[*_\[\]]|(?<!\bSt)(?<!\bMt)(?<!\bFt)(?<![A-Z])\.\s")
# what a book's comma-form title never holds: a host ("in Editor (ed.), Book"), a journal's
# volume, issue or date in parentheses, another sentence
_NOT_A_BOOK = lazy_compile(
    r"(?:^|,\s)(?:in|In|en|dans|in:)\s|\bvol\.|\bno\.\s?\d|\(|\)|(?<!\bc)(?<!\bca)\.\s"
)


def parse(body: str) -> Fields | None:
    """Fields of a comma-form book with a ``Place: Publisher, Year`` imprint, or None."""
    names = NAMES.match(body)
    if names is None or names.group("role") is not None:
        return None
    rest = names.group("rest")
    imprint = _IMPRINT.search(rest)
    if imprint is None or imprint.start() == 0:
        return None
    if _NOT_A_PLACE.search(imprint.group("place")):
        return None  # "Dinu, Elena. *Casa de piatră*. București": sentences, no place
    title = rest[: imprint.start()].strip(" ,")
    if not title or len(title) > 300 or NOT_ONE_TITLE.search(title) or _NOT_A_BOOK.search(title):
        return None
    return Fields(
        "comma",
        (author(names),),
        title,
        year_of(imprint.group("year")),
        pages=imprint.group("pages"),
        publisher=imprint.group("pub").strip(),
        place=imprint.group("place").strip(),
        book=True,
    )
