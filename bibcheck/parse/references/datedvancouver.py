"""Vancouver names with the year as a sentence of its own after them.

eLife, Genetics, G3, Plant Cell, Development and the reviewers who copy their lists write
the names the Vancouver way (family name, initials without points), then the year, the
title, and the journal with ``volume:pages`` (or an article number)::

    Okafor C, Brandt J. 2019. Title of the paper. Journal of Plant Clocks 12:101–118.
    Ishikawa R, Novak P, et al. 2021. Title. Plant Physiology 185(4):e2104.
    Lindqvist A. 2012. Title of the Book. Oxford: Clarendon Press.

:func:`dated` reads what follows the names (``2019. Title …``): the year, the title
sentence(s) up to the journal, or the place and publisher of a book.
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile
from bibcheck.model import RefKind
from bibcheck.parse.references.generic import split_sentences
from bibcheck.parse.references.shared import Fields, place_publisher, year_of

__all__ = ["dated"]

# the year sentence right after the names: "2019. ", "2019a. " (or none: "n.d. ")
_YEAR = lazy_compile(r"^(?P<year>(?:1[5-9]|20)\d\d[a-z]?|n\.\s?d)\.\s+(?=\S)")
# "Journal of Plant Clocks 12:101–118", "Genome Biology 9:R130", "eLife 9:e55555",
# "Plant Physiology 185(4):e2104", "Journal of the Society: Series B 57:289–300" (no
# period inside the journal's name: the title's sentences stay apart from it)
_JOURNAL = lazy_compile(
    r"^(?P<journal>(?:[^.;:()]|:\s){2,200}?)\s(?P<vol>\d{1,5})(?:\s?\((?P<iss>[^()]{1,12})\))?"
    r":\s?(?P<pages>\w{1,12}(?:\s?[–—-]\s?\w{1,12})?)\.?$"
)
_MOST_SENTENCES = 12


def dated(authors: tuple[str, ...], after: str) -> Fields | None:
    """The fields of ``after`` (what follows the names), or None when it does not start with
    the year as a sentence of its own."""
    year = _YEAR.match(after)
    if year is None:
        return None
    sentences = split_sentences(after[year.end() :].strip())[:_MOST_SENTENCES]
    if not sentences:
        return None
    fields = Fields("vancouver", authors, year=year_of(year.group("year")))
    for k in range(1, len(sentences)):
        journal = _JOURNAL.match(" ".join(sentences[k:]).strip())
        if journal is not None:
            return Fields(
                fields.style,
                authors,
                title=" ".join(sentences[:k]).rstrip("."),
                year=fields.year,
                container=journal.group("journal").strip(),
                volume=journal.group("vol"),
                issue=journal.group("iss"),
                pages=journal.group("pages"),
                kind=RefKind.ARTICLE,
            )
    title = sentences[0].rstrip(".")
    place, publisher = place_publisher(" ".join(sentences[1:]).strip(" ."))
    return Fields(
        fields.style,
        authors,
        title=title,
        year=fields.year,
        place=place,
        publisher=publisher,
        book=publisher is not None,
    )
