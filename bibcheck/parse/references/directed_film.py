"""A film listed under its title with its director: ``Title. Directed by …, Studio, Year.``

MLA 9 (and the styles that follow it in other languages) lists a film under its title when
the film itself is the subject, its director in the sentence after the title and the
distributor or studio and the year last::

    Medea. Directed by Pier Paolo Pasolini, San Marco, 1969.
    Le Mépris. Réalisé par Jean-Luc Godard, Rome Paris Films, 1963.
    Der Himmel über Berlin. Regie: Wim Wenders, Road Movies, 1987.
    La strada. Regia di Federico Fellini, Ponti-De Laurentiis, 1954.
    Roma. Dirigida por Alfonso Cuarón, Espectáculos Fílmicos El Coyote, 2018.

A film is a medium (``web``, as the corpus conventions file films and videos), not the book
a title, a name and a year look like.  A stage production names a performance's full date
(``National Theatre, London, 21 July 2014``) and stays as read.
"""

from __future__ import annotations

import dataclasses

from bibcheck.lazyre import lazy_compile
from bibcheck.model import Reference, RefKind

__all__ = ["directed_film"]

_DIRECTED = lazy_compile(
    r"[.?!]\s+(?:Directed\s+by|Réalisé\s+par|Realisiert\s+von|Regie:?|Regia\s+di"
    r"|Dirigid[ao]\s+por|Dirigido\s+por|Regie\s+van|Regisseur:?)\s+[^.]+?"
    # the studio or distributor, then the year alone (no day and month: a performance)
    r",\s+[^,\d]+,\s+(?:1[89]|20)\d\d\.?\s*$"
)


def directed_film(ref: Reference) -> Reference:
    """``ref`` as a film (``web``) when it is one listed under its title with its director
    (see the module doc); else ``ref`` as it is."""
    if ref.kind not in (RefKind.BOOK, RefKind.UNKNOWN) or ref.authors or ref.host:
        return ref
    if _DIRECTED.search(" ".join(ref.raw.split())) is None:
        return ref
    return dataclasses.replace(ref, kind=RefKind.WEB)
