"""A notes or reference list written as paragraphs with typed labels (fix 65l).

``[2] Pérez, R. …`` under a Notes heading, read as paragraphs: the label is the entry's
number and comes off the text before the entry is parsed (left in, "[2] Pérez, R." was
read as a title and the authors were lost).  Own fixtures, in English, Spanish and German.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.readers.common import read_paragraph_list


@pytest.mark.parametrize(
    ("text", "labels", "texts"),
    [
        (
            "[1] Hale, Ruth. *The Salt Roads*. Leeds: Northgate, 2014.\n\n"
            "[2] Orme, Dan. “Tolls and Bridges.” *Transport History* 9 (2011): 4–19.",
            ["1", "2"],
            [
                "Hale, Ruth. *The Salt Roads*. Leeds: Northgate, 2014.",
                "Orme, Dan. “Tolls and Bridges.” *Transport History* 9 (2011): 4–19.",
            ],
        ),
        (
            # a number skipped is kept, a lettered one too
            "[3] García, Ana. *Historia del campo*. Sevilla: Arco, 2011.\n\n"
            "[3a] Pérez, R. «La tierra». *Revista Agraria* 14 (2004): 55–78.\n\n"
            "[5] Ruiz, Marta. *El latifundio*. Madrid: Alianza, 1999.",
            ["3", "3a", "5"],
            [
                "García, Ana. *Historia del campo*. Sevilla: Arco, 2011.",
                "Pérez, R. «La tierra». *Revista Agraria* 14 (2004): 55–78.",
                "Ruiz, Marta. *El latifundio*. Madrid: Alianza, 1999.",
            ],
        ),
        (
            "(1) Müller, Karl: Kohle und Stahl. Essen: Klartext, 2005.\n"
            "(2) Weber, Hans: Die Ruhr. Berlin: Suhrkamp, 1998.",
            ["1", "2"],
            [
                "Müller, Karl: Kohle und Stahl. Essen: Klartext, 2005.",
                "Weber, Hans: Die Ruhr. Berlin: Suhrkamp, 1998.",
            ],
        ),
        (
            "^1^ Hale, Ruth. *The Salt Roads*. Leeds: Northgate, 2014.\n\n"
            "^2^ Orme, Dan. *Bridges*. York: Ridings, 2011.",
            ["1", "2"],
            [
                "Hale, Ruth. *The Salt Roads*. Leeds: Northgate, 2014.",
                "Orme, Dan. *Bridges*. York: Ridings, 2011.",
            ],
        ),
        (
            "<sup>1</sup> Schneider, Eva: Arbeiterviertel. Köln: Emons, 2010.\n\n"
            "<sup>2</sup> Weber, Hans: Die Ruhr. Berlin: Suhrkamp, 1998.",
            ["1", "2"],
            [
                "Schneider, Eva: Arbeiterviertel. Köln: Emons, 2010.",
                "Weber, Hans: Die Ruhr. Berlin: Suhrkamp, 1998.",
            ],
        ),
    ],
)
def test_label_off_paragraph_entries(text: str, labels: list[str], texts: list[str]) -> None:
    notes = read_paragraph_list(text.split("\n"), 0, set())
    assert [n.label for n in notes] == labels
    assert [n.text for n in notes] == texts


_ES = """# La reforma agraria en el sur

El proceso comenzó en la posguerra{m1} y se aceleró después{m2}. Otros lo discuten{m3}.

## {heading}

[1] García, Ana. *Historia del campo andaluz*. Sevilla: Editorial Universidad, 2011.

[2] Pérez, R. «La tierra y sus dueños». *Revista de Historia Agraria* 14 (2004): 55–78.

[3] Martínez López, José. *Latifundio y poder*. Madrid: Alianza, 1999.
"""

_DE = """# Die Industrialisierung im Ruhrgebiet

Die Zechen wuchsen rasch{m1} und die Städte mit ihnen{m2}. Dazu kritisch{m3}.

## {heading}

[1] Müller, Karl: Kohle und Stahl. Essen: Klartext, 2005.
[2] Schneider, Eva: Arbeiterviertel im Wandel. In: Zeitschrift für Stadtgeschichte 12 (2010), S. 33–51.
[3] Weber, Hans: Die Ruhr. Berlin: Suhrkamp, 1998.
"""

_EN = """# Salt roads of the north

Packhorses carried salt inland{m1}, tolls paid for the bridges{m2}, and the trade declined{m3}.

## {heading}

[1] Hale, Ruth. *The Salt Roads of Northern England*. Leeds: Northgate Press, 2014.

[2] Orme, Daniel. “Tolls and Bridges on the Pennine Routes.” *Journal of Transport History* 9, no. 2 (2011): 4–19.

[3] Baxter, Sue. *Packhorse Trails*. York: Ridings Books, 2008.
"""

_SUP = {"m1": "<sup>1</sup>", "m2": "<sup>2</sup>", "m3": "<sup>3</sup>"}
_CARET = {"m1": "^1^", "m2": "^2^", "m3": "^3^"}

_ES_AUTHORS = ["García, Ana", "Pérez, R", "Martínez López, José"]
_DE_AUTHORS = ["Müller, Karl", "Schneider, Eva", "Weber, Hans"]
_EN_AUTHORS = ["Hale, Ruth", "Orme, Daniel", "Baxter, Sue"]


@pytest.mark.parametrize(
    ("template", "heading", "markers", "authors"),
    [
        (_ES, "Notas", _SUP, _ES_AUTHORS),
        (_ES, "Notas", _CARET, _ES_AUTHORS),
        (_ES, "Bibliografía", _SUP, _ES_AUTHORS),
        (_DE, "Anmerkungen", _SUP, _DE_AUTHORS),
        (_DE, "Anmerkungen", _CARET, _DE_AUTHORS),
        (_DE, "Literatur", _CARET, _DE_AUTHORS),
        (_EN, "Notes", _SUP, _EN_AUTHORS),
        (_EN, "Notes", _CARET, _EN_AUTHORS),
        (_EN, "References", _SUP, _EN_AUTHORS),
    ],
)
def test_sup_markdown_notes_entries(
    tmp_path: Path, template: str, heading: str, markers: dict[str, str], authors: list[str]
) -> None:
    path = tmp_path / "essay.md"
    path.write_text(template.format(heading=heading, **markers), encoding="utf-8")
    doc = parse_file(path)
    assert doc.reader == "sup-markdown"
    assert [e.number for e in doc.literature] == [1, 2, 3]
    refs = [e.reference for e in doc.literature]
    assert [r.authors[0].rstrip(".") if r.authors else None for r in refs] == authors
    assert all(r.title and not r.title.startswith("[") for r in refs)
    assert all(not r.raw.startswith("[") for r in refs)
