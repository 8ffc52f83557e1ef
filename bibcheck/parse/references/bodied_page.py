"""A body's page in an NLM (Vancouver) list, its name read as the title.

NLM writes a web page by the body that publishes it, then the page's title with its
medium designator: ``Ferrovie Nord Milano. Storia della linea [Internet]. 3 ottobre
2019. Disponibile su: …``, ``Câmara Municipal do Porto. O Bolhão [Internet]. Disponível
em: …``, ``Consejo Superior de Deportes. Memoria anual [Internet]. …``.  A body's name the
parser does not know as one (no "Organization", "Ministry" in it) is taken for the title,
and the page's real title lost.  When the title read is the entry's first sentence, written
as a name (capitalised words, the small words of names between them), and a sentence
closed by the designator follows it, the name is the author and that sentence the title.
"""

from __future__ import annotations

import dataclasses

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference

__all__ = ["body_page"]

_DESIGNATED = lazy_compile(
    r"^(?P<body>[^\W\d_][^.\[\]]{2,120}?)\.\s(?P<title>[^\W_][^\[\]]{2,300}?)\s?"
    r"\[(?i:internet|online|on-line|en\slínea|em\slinha|en\sligne|online-Ressource)\]"
)
_WORD = lazy_compile(r"[^\W\d_][^\W_]*(?:['’-][^\W\d_]+)*")
# the lower-case words between the capitalised words of a body's name
_SMALL = frozenset(
    "de da do das dos del della delle dello dei degli di du des la le el of the and for y e i "
    "et und für zu zur der für van von".split()
)


def body_page(ref: Reference) -> Reference:
    """``ref`` with the body as its author and the designated sentence as its title, when
    the title read is the body's name (see the module)."""
    if ref.authors or not ref.title:
        return ref
    found = _DESIGNATED.match(" ".join(ref.raw.split()))
    if found is None or found.group("body").strip() != ref.title.strip(" ."):
        return ref
    words = _WORD.findall(found.group("body"))
    if len(words) < 2 or not all(w[0].isupper() or w in _SMALL for w in words):
        return ref
    return dataclasses.replace(
        ref, authors=(found.group("body").strip(),), title=found.group("title").strip(" .")
    )
