"""Lists printed with the label their notes cite (fix69l): German business schools'
biblatex styles print ``Surname, Given, Surname, Given et al. (Short title, 2012a): Title,
Place: Publisher, 2012`` and the notes ``Vgl. Surname, G., Short title, 2012a, S. 4.``.

* the names, all parted by commas, are read in pairs, and the label before the year is
  no part of the names or the title (:mod:`bibcheck.parse.references.german`);
* a note is tied to the entry whose label it writes, ``2012a`` apart from ``2012b``
  (:mod:`bibcheck.parse.citelabel`);
* in ``pdftotext -layout`` text, a list printed in groups parted by blank lines, each
  entry with its hanging indent and no full stop at its end, is one entry per flush
  line (:mod:`bibcheck.readers.pdftext`), and ``Internetquellen`` heads a part of it.
"""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode as C
from bibcheck.parse.references import parse_reference

# (entry, authors, year, title's start)
ENTRIES = [
    (
        "Vogt, Karla, Brandt, Jonas (Feldarbeit, 2014): Feldarbeit im Archiv, Köln: "
        "Rheinverlag, 2014",
        ("Vogt, Karla", "Brandt, Jonas"),
        2014,
        "Feldarbeit im Archiv",
    ),
    (
        "Lorenz, Ida (Hafenbücher, 2011): Hafenbücher der Hanse, in: Zeitschrift für "
        "Seefahrt, 12 (2011), S. 20–41",
        ("Lorenz, Ida",),
        2011,
        "Hafenbücher der Hanse",
    ),
    (
        "Hahn, Greta, Roth, Milan, Kranz, Olga et al. (Speicherstadt, 2019a): "
        "Speicherstadt und Zollkanal, 2. Aufl., Hamburg: Elbpresse, 2019",
        ("Hahn, Greta", "Roth, Milan", "Kranz, Olga"),
        2019,
        "Speicherstadt und Zollkanal",
    ),
    (
        "von Stein, Lotte, Adler, Paul (Kanäle, 2007): Kanäle und Schleusen, Berlin: "
        "Wasserbau-Verlag, 2007",
        ("von Stein, Lotte", "Adler, Paul"),
        2007,
        "Kanäle und Schleusen",
    ),
]


@pytest.mark.parametrize(("text", "authors", "year", "title"), ENTRIES)
def test_labelled_entry_fields(text: str, authors: tuple[str, ...], year: int, title: str) -> None:
    ref = parse_reference(text, (1,), detect_styles=True)
    assert ref.authors == authors
    assert ref.year == year
    assert (ref.title or "").startswith(title)


PAGE = """Die Hafenbücher sind gut erhalten.1 Die Kanäle wurden früh gebaut.2 Der Zollkanal
entstand später,3 und ein zweiter Band folgte.4 Ein Portal beschreibt die Lage.5
Das Archiv half.6



1
    Vgl. Lorenz, I., Hafenbücher, 2011, S. 22.
2
    Vgl. von Stein, L., Adler, P., Kanäle, 2007, S. 9.
3
    Vgl. Hahn, G., Roth, M., Kranz, O. et al., Speicherstadt, 2019a, S. 4.
4
    Vgl. Hahn, G., Roth, M., Kranz, O. et al., Speicherstadt, 2019b, S. 7.
5
    Vgl. Hafenamt, Lageplan, o. J.
6
    Vgl. Vogt, K., Brandt, J., Feldarbeit, 2014, S. 3.
                                             1


Literaturverzeichnis


Hahn, Greta, Roth, Milan, Kranz, Olga et al. (Speicherstadt, 2019a): Speicherstadt und
     Zollkanal, 2. Aufl., Hamburg: Elbpresse, 2019
Hahn, Greta, Roth, Milan, Kranz, Olga et al. (Speicherstadt, 2019b): Speicherstadt und
     Zollkanal. Zweiter Band, Hamburg: Elbpresse, 2019


Lorenz, Ida (Hafenbücher, 2011): Hafenbücher der Hanse, in: Zeitschrift für Seefahrt,
     12 (2011), S. 20–41


von Stein, Lotte, Adler, Paul (Kanäle, 2007): Kanäle und Schleusen, Berlin:
     Wasserbau-Verlag, 2007
Vogt, Karla, Brandt, Jonas (Feldarbeit, 2014): Feldarbeit im Archiv, Köln: Rheinverlag,
     2014
                                             2


Internetquellen


Hafenamt (Lageplan, o. J.): Lageplan der Speicher, <https://hafenamt.example.org/
     lageplan> (keine Datumsangabe) [Zugriff: 2020-03-01]
"""

# each note's entry, by its first words
TIED = {
    "1": "Lorenz, Ida",
    "2": "von Stein, Lotte",
    "3": "Hahn, Greta, Roth, Milan, Kranz, Olga et al. (Speicherstadt, 2019a)",
    "4": "Hahn, Greta, Roth, Milan, Kranz, Olga et al. (Speicherstadt, 2019b)",
    "5": "Hafenamt (Lageplan",
    "6": "Vogt, Karla",
}


@pytest.mark.parametrize("layout", [True, False], ids=["layout", "reflowed-notes"])
def test_labelled_list_in_pdf_text(layout: bool) -> None:
    text = PAGE if layout else PAGE.replace("\n    Vgl.", "\nVgl.")
    doc = parse_bytes(text.encode(), "paper.txt", reader="pdf-text")
    heads = [" ".join(e.reference.raw.split())[:80] for e in doc.literature]
    assert len(heads) == 6, heads
    by_number = {e.number: " ".join(e.reference.raw.split()) for e in doc.literature}
    for fn in doc.footnotes:
        assert fn.literature is not None, fn.label
        assert by_number[fn.literature.number].startswith(TIED[fn.label]), fn.label
    codes = {a.code for a in doc.all_anomalies()}
    assert C.LITERATURE_MISSING not in codes
    assert C.LITERATURE_UNCITED not in codes
