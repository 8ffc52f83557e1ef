"""A newspaper's article of no kind read: the paper and the issue's day after the title.

An unsigned report in a newspaper is cited by its headline, the paper and the day:
``«A greve dos ferroviários». *Diário de Notícias*, 3 de maio de 1911.``, ``Strada
ferrata da Milano a Monza. Gazzetta di Milano. 18 agosto 1840;(230):2.``, ``"Ouverture
du chemin de fer". *Le Temps*, 4 mai 1871.``, ``«La huelga de Riotinto». *El Imparcial*,
6 de febrero de 1888.``  With no author and no volume, no parser gives it a kind.  What
follows its title is a paper's name and a day's date
(:func:`~bibcheck.parse.references.dated_paper.paper_issue`, after a full stop or, as
Chicago's bibliographies write it, a comma): the work is an article of that paper.
"""

from __future__ import annotations

import dataclasses

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references.dated_paper import paper_issue
from bibcheck.parse.references.title_end import after_title

__all__ = ["paper_article"]

# the title's closing marks and stop before the paper: "». ", "”, ", ". "
_LEAD = lazy_compile(r"^[\s»”\"’'*_]*[.,]?\s*")
# the paper's name then a comma before the day's date ("O Século, 9 de março de 1912")
_COMMA_DATE = lazy_compile(
    r"^(?P<paper>[^,.;:()\d]{2,80}?),\s(?=(?:\d{1,2}\.?\s|[^\W\d_]{3,10}\.?\s\d))"
)


def paper_article(ref: Reference) -> Reference:
    """``ref`` an ``article`` of the paper named after its title with a day's date, when no
    kind was read (see the module); as it is otherwise."""
    if ref.kind is not RefKind.UNKNOWN or not ref.title or ref.host:
        return ref
    after = after_title(ref.raw, ref.title)
    if after is None:
        return ref
    after = _LEAD.sub("", after, count=1).strip()
    issue = paper_issue(after) or paper_issue(_COMMA_DATE.sub(r"\g<paper>. ", after, count=1))
    if issue is None:
        return ref
    return dataclasses.replace(ref, kind=RefKind.ARTICLE, host=issue.paper)
