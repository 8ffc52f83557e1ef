"""A newspaper's article in IEEE's comma style, the paper named with its city in
parentheses and the issue's full date after it, also when it is read online::

    "Title" [Translation], Dainik Jagran (Varanasi), 14 Nov. 2022. [Online]. Available: …
    R. Iyer, "Title," The Hindu (Chennai), Mar. 3, 2019, p. 4.
    "Title". Daily Jang (Karachi), 18 October 1998, p. 1.   (a list's entry: a full stop)

The paper with its city and a day's date is a periodical's issue: the work is an article of
it (a site's page names no city of the site: ``Site (blog)``, ``Letter (newsletter)`` name
a medium, :func:`~bibcheck.parse.references.shared.online_medium`), its host the paper.
"""

from __future__ import annotations

import dataclasses

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references.legal_words import NAMED_GAZETTES
from bibcheck.parse.references.quote_pairs import EN_CLOSINGS, EN_DOUBLE, EN_OPENINGS
from bibcheck.parse.references.shared import online_medium

__all__ = ["newspaper_article"]

_MONTH = r"[^\W\d_]{3,9}\.?"
_YEAR = r"(?:1[6-9]|20)\d\d"
_DAY = rf"(?:\d{{1,2}}\s{_MONTH}\s{_YEAR}|{_MONTH}\s\d{{1,2}},\s{_YEAR})(?!\d)"
# an official gazette is no newspaper: an act printed in it is legislation
_GAZETTE = lazy_compile(
    rf"\b(?:{NAMED_GAZETTES}|Diário\sOficial|Diario\sOficial|Boletín\sOficial)\b"
)
_ARTICLE = lazy_compile(
    rf"^(?:[^{EN_DOUBLE}]{{2,160}}?,\s)?[{EN_OPENINGS}][^{EN_DOUBLE}]{{3,300}}[{EN_CLOSINGS}](?:\s"
    rf"?\[[^\[\]]{{3,300}}\])?[,.]?\s"
    r"(?P<paper>[^\W\d_][^,()\[\]\"“”\d]{1,60}?)\s\([^\W\d_][^()\d,]{1,40}\),\s"
    rf"{_DAY}"
)


# ABNT's newspaper article, signed or entered by its title: the paper after the title's full
# stop, its city, perhaps its year and number or section, the page, then the day's date ("O
# JOGO do século. Gazeta do Povo, Curitiba, p. 3, 9 jun. 1962.", "SILVA, Ana. Título. Folha
# da Tarde, Porto Alegre, ano 4, n. 101, p. 12, 3 mar. 1971.", Spanish and Italian lists
# likewise: "El Sol, Madrid, p. 5, 2 ene. 1931")
_ABNT_PAPER = lazy_compile(
    r"\.\s(?P<paper>[^\W\d_][^.,;:()\[\]\d]{1,60}?),\s[^\W\d_][^.,;()\d]{1,40}?,\s"
    r"(?:[^,;]{1,30},\s){0,3}?(?:p|pág|pag|s)\.\s?[A-Z]?\d{1,4}(?:[–-][A-Z]?\d{1,4})?,\s"
    rf"\d{{1,2}}º?\s{_MONTH}\s{_YEAR}\.?$"
)


def newspaper_article(ref: Reference, rest: str) -> Reference:
    """``ref`` as the newspaper article ``rest`` is (see the module, and ABNT's form,
    :data:`_ABNT_PAPER`), else as it is."""
    if ref.kind not in (RefKind.WEB, RefKind.UNKNOWN):
        return ref
    abnt = _ABNT_PAPER.search(rest.strip())
    if abnt is not None and _GAZETTE.search(abnt.group("paper")) is None:
        return dataclasses.replace(ref, kind=RefKind.ARTICLE, host=ref.host or abnt["paper"])
    m = _ARTICLE.match(rest)
    if m is None:
        return ref
    paper = rest[m.start("paper") : rest.index(")", m.end("paper")) + 1]
    if online_medium(paper):  # "Site (blog)", "Letter (newsletter)": a site's page, no city
        return ref
    return dataclasses.replace(ref, kind=RefKind.ARTICLE, host=ref.host or paper)
