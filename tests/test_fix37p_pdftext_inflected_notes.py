"""Author-date PDF text: a list over a page break with the page's notes inside it,
inflected names, citations inside symbol notes, a later part of a parenthesis no entry
names.

* A reference list that goes on over a page break has that page's symbol notes between
  its parts: the notes are cut out of the list, and the list resumes on the next page.
* ``Nicolás eta Barrosok (2004, 17)``, ``Etxeberriaren (2015, 33)``, Finnish
  ``Lehtolle (2011)``, Hungarian ``Szabónál (2009)``, Turkish ``Yılmaz'ın (2015)``: a
  name with a case ending cites the entry whose author it starts with, never another
  author (``Rossi`` is not ``Ross``'s); Basque ``eta`` (and) and ``eta beste`` (et al.).
* A citation inside a symbol note (``† … Okafor (1994, 201–215).``) is a citation of its
  own; the note is commentary, by the names and year it cites.
* ``(Lowe 2019; Laín Entralgo 1989, 112)``: the later part names no entry's author.
* An OT1 accented i (``Ellacur\\u0131\\u0301a``) is the letter í: the entry it starts is
  an entry, the citation naming it a citation.
"""

from __future__ import annotations

import pytest

from bibcheck.model import AnomalyCode, RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.readers import pdftext
from bibcheck.readers.authoryear import author_years, first_mention, list_names, spans, unlisted
from bibcheck.readers.ot1 import composed_accents

ENTRIES = [
    ("1", "Etxeberria, Miren. 2015. “Izenburua.” Aldizkaria 15 (2): 33–58."),
    ("2", "Nicolás, Juan, eta Óscar Barroso, arg. 2004. Liburua. Granada: Comares."),
    ("3", "Lehto, Anna. 2011. Kirja. Helsinki: Otava."),
    ("4", "Szabó, Péter. 2009. Könyv. Budapest: Osiris."),
    ("5", "Yılmaz, Ayşe. 2015. Kitap. İstanbul: İletişim."),
    ("6", "Ross, Alan. 2019. A book. London: Verso."),
    ("7", "Martin, Paul. 2018. Another book. Paris: Seuil."),
    ("8", "Heidegger, Martin. 1927. Sein und Zeit. Halle: Niemeyer."),
    ("9", "Garmendia, Unai, Ane Larrea eta Jon Urkiza. 2020. Liburu bat. Bilbo: UEU."),
]


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        # Basque: ergative after "eta", genitive, comitative, a hyphen before the ending
        ("Nicolás eta Barrosok (2004, 17) dioenez", ["2"]),
        ("Etxeberriaren (2015, 40–44) irakurketa", ["1"]),
        ("Etxeberriarekin (2015) bat nator", ["1"]),
        ("Heidegger-ek (1927, 12) dio", ["8"]),
        ("(Garmendia eta beste 2020, 88)", ["9"]),
        ("(Garmendia eta beste\n2020, 88)", ["9"]),
        ("(Garmendia eta Larrea 2020)", ["9"]),
        # Finnish, Hungarian, Turkish
        ("Lehtolle (2011) tämä oli selvää", ["3"]),
        ("Szabónál (2009, 14) olvasható", ["4"]),
        ("Yılmaz'ın (2015) çalışması", ["5"]),
        # a section sign as the locator
        ("(Heidegger 1927, § 2)", ["8"]),
        # never another family name: no case ending, the wrong year, another name
        ("Rossi (2019) argues", []),
        ("Martinez (2018) argues", []),
        ("Etxeberriaren (2016) irakurketa", []),
        ("Lehtonen (2011) shows", []),
    ],
)
def test_inflected_mentions(text: str, labels: list[str]) -> None:
    assert [label for _, _, label in spans(text, author_years(ENTRIES))] == labels


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("ikus Garmendia et al. (2020, 92) lanean", ("9", ("Garmendia",), "2020")),
        ("see Nicolás eta Barroso (2004)", ("2", ("Nicolás", "Barroso"), "2004")),
        ("(Heidegger 1927, § 2)", ("8", ("Heidegger",), "1927")),
        ("no citation here (1999)", None),
    ],
)
def test_first_mention(text: str, mention: tuple[str, tuple[str, ...], str] | None) -> None:
    assert first_mention(text, author_years(ENTRIES)) == mention


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("(Etxeberria 2015; Laín Entralgo 1989, 112)", ["Laín"]),
        ("(Lehto 2011; Virtanen 2003)", ["Virtanen"]),
        ("(Szabó 2009; Kovács 2001; Lehto 2011)", ["Kovács"]),
        ("(Lehto 2011; Szabó 2009, 14)", []),  # listed
        ("in Vancouver; London 2012 was bigger", []),  # no citation's end after the year
    ],
)
def test_unlisted_later_part(text: str, names: list[str]) -> None:
    listed = list_names(text for _, text in ENTRIES)
    assert [name for _, _, name in unlisted(text, listed)] == names


@pytest.mark.parametrize(
    ("text", "authors", "title"),
    [
        (
            "Garmendia, Unai, Ane Larrea eta Jon Urkiza. 2020. Euskal liburu bat. Bilbo: UEU.",
            ["Garmendia", "Larrea", "Urkiza"],
            "Euskal liburu bat",
        ),
        (
            "Nicolás, Juan, eta Óscar Barroso, arg. 2004. Balance y perspectivas. Granada: "
            "Comares.",
            ["Nicolás", "Barroso"],
            "Balance y perspectivas",
        ),
        (
            "Lehto, Anna, toim. 2011. Suomalainen kirja. Helsinki: Otava.",
            ["Lehto"],
            "Suomalainen kirja",
        ),
    ],
)
def test_chicago_basque_names(text: str, authors: list[str], title: str) -> None:
    ref = parse_reference(text, [1], detect_styles=True)
    assert [a.split(",")[0].split()[-1] for a in ref.authors] == authors
    assert ref.title == title


# pdftotext of an a5 article: the list starts on page 1 and goes on over the break, the
# page's symbol notes printed between its parts (a Finnish text, then a Basque one)
FINNISH = """\
Metsien historia
Anna Virta∗

Metsät muuttuivat nopeasti (Lehto 2011, 45). Tätä korostaa myös Szabó
(2009, 12), ja Ross (2019) toistaa saman.† Lehtolle (2011, 50) tämä oli
selvää.

Tulokset ovat yhteneväisiä (Heidegger 1927, § 2; Lehto 2011, 9).‡
Kirjallisuus
Heidegger, Martin. 1927. Sein und Zeit. Halle: Niemeyer.
Lehto, Anna. 2011. Metsien kirja. Helsinki: Otava.
∗ Helsingin yliopisto, historian laitos.
† Ks. myös Szabó (2009, 30–33), joka käsittelee samaa aineistoa.
‡ Taulukko on laadittu kirjoittajan aineistosta.
\f
Ross, Alan. 2019. A history of forests. London: Verso.
Szabó, Péter. 2009. Erdők története. Budapest: Osiris.
"""


def test_list_over_page_break_with_notes() -> None:
    doc = pdftext.read(FINNISH)
    heads = [e.text.split(",")[0] for e in doc.literature]
    assert heads == ["Heidegger", "Lehto", "Ross", "Szabó"]
    assert not any("Helsingin" in e.text or "Taulukko" in e.text for e in doc.literature)
    notes = {n.label: n for n in doc.footnotes if not n.label.isdigit()}
    assert set(notes) == {"∗", "†", "‡"}
    marks = sorted((m.line, m.label) for m in doc.markers)
    # ("Szabó" / "(2009, 12)" where it starts; "Lehtolle (2011, 50)"; "§ 2"; the note's own)
    assert marks == [
        (2, "∗"),
        (4, "2"),
        (4, "4"),
        (5, "2"),
        (5, "3"),
        (5, "†"),
        (8, "1"),
        (8, "2"),
        (8, "‡"),
        (13, "4"),
    ]
    dagger = notes["†"].reference
    assert dagger is not None and dagger.kind is RefKind.COMMENTARY
    assert dagger.authors == ("Szabó",) and dagger.year == 2009


BASQUE = """\
Izenburua
Lehenengo atala: Etxeberriaren (2015, 33) irakurketa eta Nicolás eta
Barrosok (2004, 17) bildutakoak; ikus ere (Etxeberria 2015; Laı́n Entralgo
1989, 112) eta (Ellacurı́a 1991, 42).∗

Bibliografia
Ellacurı́a, Ignacio. 1991. Filosofı́a de la realidad histórica. Madril: Trotta.
Etxeberria, Miren. 2015. “Izenburua.” Aldizkaria 15 (2): 33–58.
∗ Iruzkin bat, aipamenik gabe.
\f
Nicolás, Juan, eta Óscar Barroso, arg. 2004. Liburua. Granada: Comares.
"""


def test_basque_document() -> None:
    doc = pdftext.read(BASQUE)
    assert [e.text.split(",")[0] for e in doc.literature] == ["Ellacuría", "Etxeberria", "Nicolás"]
    marks = sorted((m.line, m.label) for m in doc.markers)
    # (the genitive and the ergative at line 2, where "Nicolás eta" starts)
    assert marks == [(2, "2"), (2, "3"), (3, "2"), (4, "1"), (4, "∗")]
    missing = [a for a in doc.anomalies if a.code is AnomalyCode.CITATION_KEY_MISSING]
    assert [(a.footnote, a.line) for a in missing] == [("Laín", 3)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Ellacur\u0131\u0301a", "Ellacuría"),
        ("para\u0131\u0302t", "paraît"),
        ("\u0131lık", "\u0131lık"),  # a Turkish dotless i with no accent: kept
        ("Pe\u0301rez", "Pérez"),  # other accents composed too (fix37a)
    ],
)
def test_dotless_accented(text: str, want: str) -> None:
    assert composed_accents(text) == want
