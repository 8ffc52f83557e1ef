"""A paper in a conference's proceedings is a chapter (tests/corpus/README.md, "Kinds of
sources": conference papers in proceedings or at a named conference are ``chapter``).

Computer-science and engineering lists write the host after the title with "In": ``In
_Proceedings of the 40th International Conference on Software Engineering (ICSE '18)_, pp.
433–444``, ``In: Proc. 12th Workshop on …``, ``In _2019 12th IEEE Conference on Software
Testing (ICST)_, pp. 312–322``; Italian ``In Atti del convegno …``, French ``In Actes du
colloque …``, German ``In: Tagungsband der …``, Portuguese ``In: Anais do …``.  Read with no
journal, such an entry comes out as an article (a preprint named beside it), a book or
nothing; :func:`proceedings_chapter` makes it a chapter.  A journal named "Proceedings"
(``Proceedings of the National Academy of Sciences``, ``Proceedings of the IEEE``, ``Proc.
R. Soc. B``) with a volume stays an article.
"""

from __future__ import annotations

from dataclasses import replace

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind

__all__ = ["proceedings_chapter"]

# the host after the title: "In", "In:", "in:", emphasis may open it
_HOST = lazy_compile(
    r"(?:^|[.,]\s)[Ii]n:?\s[*_]?(?P<host>"
    # proceedings by name, in the languages that write them so
    r"(?:Proceedings|Proc\.|Atti\s(?:del|della|dei)|Actes\s(?:du|de)|Tagungsband|Anais\s(?:do|da)"
    r"|Actas\s(?:del|de)|Sborník|Materiały\skonferencji|Trudy|Труды)(?!\w)"
    # or an event named by its kind, with its year or ordinal before it ("2019 12th IEEE
    # Conference on …", "14th International Symposium on …")
    r"|(?:(?:19|20)\d\d\s)?(?:\d{1,2}(?:st|nd|rd|th)\s)?(?:[A-Z][\w/&-]*\s){0,4}"
    r"(?:Conference|Symposium|Workshop|Congress|Convegno|Congresso|Congreso|Colloque"
    r"|Konferenz|Tagung)\b)"
)
# journals called proceedings, with a volume
_JOURNAL = lazy_compile(
    r"^(?:Proceedings\sof\sthe\s(?:National\sAcademy|Royal\sSociety|IEEE[\s*_,]|American"
    r"\sMathematical|Nutrition\sSociety|Physical\sSociety|Linnean)|Proc\.\s(?:Natl|Nat\.|R\.|IEEE[\s*_,]))"
)
_TAKEN = (RefKind.ARTICLE, RefKind.BOOK, RefKind.UNKNOWN, RefKind.WEB)


def proceedings_chapter(ref: Reference) -> Reference:
    """``ref`` as a chapter when, after its title, it names a conference's proceedings or a
    conference with "In"; otherwise unchanged."""
    if ref.kind not in _TAKEN or not ref.title:
        return ref
    raw, title = " ".join(ref.raw.split()), " ".join(ref.title.split())
    at = raw.find(title)
    if at < 0:
        return ref
    m = _HOST.search(raw, at + len(title))
    if m is None or _JOURNAL.match(m.group("host") + raw[m.end() : m.end() + 40]):
        return ref
    return replace(ref, kind=RefKind.CHAPTER)
