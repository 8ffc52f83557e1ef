"""fix73e: a sound recording whose citation names the performers and the conductor before the
label and catalogue number, and the medium after the year, is ``web`` (recordings are web by
the corpus conventions, as CSL ``song`` and biblatex ``@audio``); books keep their kind."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference


@pytest.mark.parametrize(
    ("text", "note", "kind"),
    [
        pytest.param("Marc-Antoine Charpentier, *Te Deum*, Les Arts Florissants, dir. William "
                     "Christie, Erato 2292-45475-2, 1989, disque compact.", True, RefKind.WEB,
                     id="note-label-after-conductor"),
        pytest.param("CHARPENTIER, Marc-Antoine, *Te Deum*, Les Arts Florissants, dir. William "
                     "Christie, Harmonia Mundi HMC 901298, 1989, disque compact.", False,
                     RefKind.WEB, id="entry-label-after-conductor"),
        pytest.param("RAMEAU, Jean-Philippe, *Les Indes galantes*, Les Musiciens du Louvre, "
                     "dir. Marc Minkowski, Paris, 2003, CD.", False, RefKind.WEB,
                     id="medium-after-year"),
        pytest.param("Handel, George Frideric. *Messiah*. The English Concert, conducted by "
                     "Trevor Pinnock. Archiv Produktion 423 630-2, 1988, compact disc.", False,
                     RefKind.WEB, id="chicago-recording"),
        pytest.param("DUPONT, Pierre, *Histoire du disque*, Paris, Fayard, 2001.", False,
                     RefKind.BOOK, id="book-about-records"),
        pytest.param("Brown, Lee. *Sound and Label*. New York: Columbia University Press, 1995.",
                     False, RefKind.BOOK, id="press-named-like-a-label"),
        pytest.param("Anne Morel, *Les labels français*, Paris, Decca, 1999.", True,
                     RefKind.BOOK, id="label-without-number"),
    ],
)  # fmt: skip
def test_recording_kind(text: str, note: bool, kind: RefKind) -> None:
    assert parse_reference(text, [1], note=note).kind is kind
