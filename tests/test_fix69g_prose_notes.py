"""Footnotes of a web page that cite the Literatur list by author and date (fix 69g,
:mod:`bibcheck.parse.references.author_date_notes`): a note whose prose recalls an entry's
title but names another way (``…; siehe Statistisches Landesamt (2019).``) takes the entry of
the name and year, not a loose title match, and prose before it that reads as a name and a
year (``… der Gesamtrechnungen 2019;``) does not hide it; a short form (``Keller und Amrein
(2018), S. 4.``) takes the fields of its ``Keller, T. und S. Amrein (2018): …`` entry.

Own fixtures, invented names and titles.
"""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes

_NOTES = [
    "Die Revisionen folgen aus der Generalrevision der Gesamtrechnungen 2019; siehe "
    "Statistisches Landesamt (2019).",
    "Keller und Amrein (2018), S. 4.",
    "Los datos proceden de la revisión de las cuentas 2020; véase Instituto Regional de "
    "Estadística (2021).",
    "Moreno, Díaz y Vidal (2020), pp. 3–5.",
]
_ENTRIES = [
    "Instituto Regional de Estadística (2021): Revisión 2020 de las cuentas regionales: "
    "métodos y resultados, Sevilla.",
    "Keller, T. und S. Amrein (2018): Zinsen und Kredite, Arbeitspapier Nr. 12/2018.",
    "Moreno, L., P. Díaz y J. Vidal (2020): Crédito y vivienda, Documentos de Trabajo n.º 2011.",
    "Statistisches Landesamt (2019): Generalrevision 2019 der Gesamtrechnungen: Ergebnisse "
    "und Methoden, Wiesbaden.",
]


def _page() -> bytes:
    marks = " ".join(
        f'Satz {n}.<sup><a href="#fn{n}" id="fnref{n}">{n}</a></sup>' for n in range(1, 5)
    )
    notes = "\n".join(
        f'<li id="fn{n}">{text} <a href="#fnref{n}">↩︎</a></li>' for n, text in enumerate(_NOTES, 1)
    )
    entries = "\n".join(f"<li>{e}</li>" for e in _ENTRIES)
    return (
        '<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Blog</title>'
        f"</head><body><article><h1>Revisionen</h1><p>{marks}</p><h2>Fußnoten</h2>"
        f"<ol>\n{notes}\n</ol><h2>Literatur</h2><ul>\n{entries}\n</ul></article></body></html>"
    ).encode()


@pytest.mark.parametrize(
    ("label", "entry", "title"),
    [
        ("1", 4, "Generalrevision 2019 der Gesamtrechnungen: Ergebnisse und Methoden"),
        ("2", 2, "Zinsen und Kredite"),
        ("3", 1, "Revisión 2020 de las cuentas regionales: métodos y resultados"),
        ("4", 3, "Crédito y vivienda"),
    ],
)
def test_note_takes_named_entry(label: str, entry: int, title: str) -> None:
    doc = parse_bytes(_page(), "blog.html")
    note = next(fn for fn in doc.footnotes if fn.label == label)
    assert note.literature is not None
    assert (note.literature.number, note.literature.method) == (entry, "author-year")
    assert note.reference.title == title
