"""fix63i: a PDF text whose list is keyed ``[Bac78]`` / ``[Weber 1922]`` and cited by its
keys beside page footnotes: the pdf-text reader reads both citation systems."""

from __future__ import annotations

import pytest

from bibcheck.readers import pdftext

_BODY1 = """Programs That Stay Simple

1 Introduction
Most of the cost of a system lies in keeping it running, as Brooks argued
long ago [Bro86]. Backus made a similar point about the style of programs
in his lecture [Bac78], and later work went further.1 Several authors took
the idea up again [Mos05, Hal09] and tied it to the cost of state.

The relational view [Cod70, section 2] keeps the data apart from the logic,
a point made often [Dat04; Cod70].

1 A remark at the foot of the page about maintenance budgets.
"""
_BODY2 = """2 State
State is the main source of trouble in large programs [Mos05, p. 12]. Some
treat it as a matter of discipline alone,2 others as a matter of language
design [Hal09]. A long survey of the field [Kel98] gives many cases.

2 See the second chapter for the exact numbers.
"""
_ALPHA = """References
[Bac78] John Backus. Can programming be liberated from the von Neumann style?
Communications of the ACM, 21(8):613-641, 1978.
[Bro86] Frederick Brooks. No silver bullet. Information Processing, 1986.
[Cod70] Edgar Codd. A relational model of data for large shared data banks.
Communications of the ACM, 13(6):377-387, 1970.
[Dat04] Chris Date. An Introduction to Database Systems. Addison-Wesley, 2004.
[Hal09] Stuart Halloway. Programming Clojure. Pragmatic Bookshelf, 2009.
[Kel98] Richard Kelsey. Revised report on the algorithmic language. 1998.
[Mos05] Ben Moseley. Out of the tar pit. Unpublished manuscript, 2005.
"""
_DE_BODY = """Die Sprache der Verwaltung

1 Einleitung
Die Akten der Behörden folgen eigenen Regeln, wie schon früh gezeigt wurde
[Weber 1922]. Spätere Arbeiten haben das bestätigt [Luhmann 1964; Weber 1922],
andere widersprechen.1 Eine Übersicht gibt [Schmidt und Berg, 2001, S. 14].

1 Eine Bemerkung am Fuß der Seite über die Quellenlage der Archive.
"""
_DE_BODY2 = """2 Befunde
Die Formulare änderten sich kaum [Luhmann 1964]. Dagegen wurden die Register
oft neu geordnet,2 wie die Studie von [Schmidt und Berg, 2001] im Einzelnen
darlegt.

2 Vgl. dazu das zweite Kapitel dieser Arbeit.
"""
_DE_REFS = """Literatur
[Luhmann 1964] Niklas Luhmann. Funktionen und Folgen formaler Organisation.
Berlin: Duncker & Humblot, 1964.
[Schmidt und Berg, 2001] Anna Schmidt und Karl Berg. Akten und Register. Köln, 2001.
[Weber 1922] Max Weber. Wirtschaft und Gesellschaft. Tübingen: Mohr, 1922.
"""


def _pdf(*pages: str) -> str:
    return "".join(f"{page}\n{n}\n\f" for n, page in enumerate(pages, 1))


@pytest.mark.parametrize(
    ("text", "cited", "notes"),
    [
        (
            _pdf(_BODY1, _BODY2, _ALPHA),
            ["[Bro86]", "[Bac78]", "[Mos05]", "[Hal09]", "[Cod70]", "[Dat04]", "[Cod70]"],
            ["1", "2"],
        ),
        (
            _pdf(_DE_BODY, _DE_BODY2, _DE_REFS),
            ["[Weber 1922]", "[Luhmann 1964]", "[Weber 1922]", "[Schmidt und Berg, 2001]"],
            ["1", "2"],
        ),
    ],
)
def test_keyed_list_beside_footnotes(text: str, cited: list[str], notes: list[str]) -> None:
    doc = pdftext.read(text)
    labels = [m.label for m in doc.markers]
    assert [lab for lab in labels if lab.startswith("[")][: len(cited)] == cited
    assert [lab for lab in labels if not lab.startswith("[")] == notes
    listed = {e.label for e in doc.literature}
    assert {c[1:-1] for c in cited} <= listed
    # every keyed citation has its note, tied to the entry it cites
    tied = {n.label for n in doc.footnotes}
    assert {*cited, *notes} <= tied
