"""fix67b: Markdown and reStructuredText lists that were refused or mis-read.

1. A Markdown list bulleted and numbered as well (``* 1. Author, Title``, ``- [2] Author``):
   the number is the item's label, not its text, and the ``*`` lines are no Org headings
   in a document that is Markdown (``#`` headings, ``[x](y)`` links, no ``#+`` keyword).
2. reStructuredText titled with ``=`` and ``-`` underlines alone, whose rst evidence is a
   role (``:ref:``), a field list or a typed ``[1]`` list: read as rst, not refused.
3. An entry that opens with its title in bold and names its authors after it
   (``1. **Title**. Ana García, Luis Pérez. Venue, 2022.``).

Every document here is written for these tests.
"""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.parse.references import parse_reference

# ---------------------------------------------------------------------------
# 1. bulleted and numbered Markdown lists
# ---------------------------------------------------------------------------

_SOIL_EN = """\
# Soil carbon in grasslands

Grassland soils store much carbon. The [field data](https://example.org/data) are kept
by the survey.

## Further reading

* 1. Conant, R. T., Paustian, K., Grassland management and soil carbon. Ecological Applications, 11(2), 343-355, 2001.
* 2. Jones, M. B., Donnelly, A., Carbon sequestration in temperate grassland. New Phytologist, 164(3), 423-439, 2004.
"""

_SOIL_DE = """\
# Bodenkohlenstoff im Grünland

Grünlandböden speichern viel Kohlenstoff. Die [Messdaten](https://example.de/daten)
liegen im Landesarchiv.

## Literatur

- [1] Schulze, Ernst-Detlef: Biologie der Pflanzen. Stuttgart: Thieme, 2002.
- [2] Wolf, Andrea: Grünland und Klima. Bonn: Bundesamt für Naturschutz, 2010.
"""

_LANDSCAPE_IT = """\
# Il paesaggio agrario

Il paesaggio agrario italiano ha una lunga storia. Vedi il
[catalogo](https://example.it/catalogo) della biblioteca.

## Letture consigliate

* 1. Sereni, Emilio, Storia del paesaggio agrario italiano, Bari, Laterza, 1961.
* 2. Bevilacqua, Piero, Storia dell'agricoltura italiana, Venezia, Marsilio, 1989.
"""

_RIVERS_FR = """\
# La ville et l'eau

Les fleuves ont façonné les villes européennes [1]. Voir aussi le
[portail des archives](https://example.fr/archives) et les travaux cités [2].

## Références

* 1. Dupont, Marie, Les villes et leurs fleuves, Paris, Presses universitaires, 2003.
* 2. Martin, Jean, Histoire des ponts de Paris, Paris, Gallimard, 1997.
"""

_MEMORY_ES = """\
# La memoria histórica

La memoria colectiva se construye en el espacio público [1].

## Notas de trabajo

Los archivos municipales guardan las actas [2].

## Bibliografía

* 1) García, Ana, La memoria de la ciudad, Madrid, Alianza Editorial, 2008.
* 2) López, Carlos, Espacios del recuerdo, Barcelona, Anagrama, 2015.
"""


@pytest.mark.parametrize(
    ("path", "text", "titles", "first_author"),
    [
        (
            "soil.md",
            _SOIL_EN,
            ("Grassland management and soil carbon", "Carbon sequestration in temperate"),
            "Conant",
        ),
        (
            "soil.txt",
            _SOIL_EN,
            ("Grassland management and soil carbon", "Carbon sequestration in temperate"),
            "Conant",
        ),
        ("boden.md", _SOIL_DE, ("Biologie der Pflanzen", "Grünland und Klima"), "Schulze"),
        (
            "paesaggio.md",
            _LANDSCAPE_IT,
            ("Storia del paesaggio agrario italiano", "Storia dell'agricoltura italiana"),
            "Sereni",
        ),
    ],
)
def test_numbered_bullets_read(
    path: str, text: str, titles: tuple[str, ...], first_author: str
) -> None:
    doc = parse_bytes(text.encode(), path)
    got = [e.reference.title or "" for e in doc.literature]
    assert len(got) == len(titles)
    for title, want in zip(got, titles, strict=True):
        assert title.startswith(want)
    assert doc.literature[0].reference.authors
    assert doc.literature[0].reference.authors[0].startswith(first_author)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("1. Oke, T. R., The energetic basis", ("1", "Oke, T. R., The energetic basis")),
        ("[12] Lee, K. Title.", ("12", "Lee, K. Title.")),
        ("3) García, Ana, La memoria", ("3", "García, Ana, La memoria")),
        ("2019. Title of a paper. Journal.", None),  # works listed by year: the year stays
        ("[2021] Talk at the workshop.", None),
        ("Oke, T. R., 1982.", None),
    ],
)
def test_inner_label(text: str, want: tuple[str, str] | None) -> None:
    from bibcheck.readers.bulletlabels import inner_label

    assert inner_label(text) == want


@pytest.mark.parametrize(
    ("path", "text", "first_title"),
    [
        ("fleuves.txt", _RIVERS_FR, "Les villes et leurs fleuves"),
        ("memoria.txt", _MEMORY_ES, "La memoria de la ciudad"),
    ],
)
def test_markdown_bullets_are_no_org_headings(path: str, text: str, first_title: str) -> None:
    doc = parse_bytes(text.encode(), path)
    assert doc.reader != "org"
    assert [e.label for e in doc.literature] == ["1", "2"]
    assert doc.literature[0].reference.title == first_title
    assert {fn.label for fn in doc.footnotes} == {"1", "2"}


# ---------------------------------------------------------------------------
# 2. reStructuredText titled with "=" and "-" alone
# ---------------------------------------------------------------------------

_COAST_EN = """\
Coastal erosion on the North Sea
================================

The coast retreats by about a metre a year in places. See :ref:`methods` for how it
was measured, and :doc:`maps` for the survey maps.

Methods
-------

Shoreline positions were digitised from aerial photographs.

References
----------

- Pye, K., Blott, S. J., Coastal processes and shoreline erosion. Journal of Coastal Research, 24(4), 1-12, 2008.
- Brooks, S. M., Spencer, T., Shoreline retreat on the Suffolk coast. Geomorphology, 212, 84-98, 2014.
"""

_COAST_DE = """\
Küstenschutz an der Ostsee
==========================

Die Steilküste weicht zurück; die Messung beschreibt :ref:`messung`.

Messung
-------

Die Uferlinien wurden aus Luftbildern digitalisiert.

Literatur
---------

* Schwarzer, Klaus: Küstenentwicklung der Ostsee. Kiel: Wachholtz, 2003.
* Hofstede, Jacobus: Küstenschutz in Schleswig-Holstein. Kiel: Landesamt, 2011.
"""

_LEVEES_FR = """\
:auteur: Marie Dupont
:date: 2024

Les digues de la Loire
======================

Les levées de la Loire sont anciennes [1]. Leur entretien est décrit dans les archives [2].

Bibliographie
-------------

1. Dion, Roger, Histoire des levées de la Loire, Paris, Flammarion, 1961.
2. Dacharry, Monique, Les crues de la Loire, Paris, Belin, 1996.
"""

_PORTS_IT = """\
I porti del Tirreno
===================

:autore: Luca Bianchi
:anno: 2023

I porti antichi del Tirreno sono studiati da tempo.

Bibliografia
------------

- Rossi, Paolo, I porti antichi del Tirreno, Roma, Carocci, 2001.
- Neri, Giulia, Il commercio marittimo etrusco, Firenze, Olschki, 2012.
"""


@pytest.mark.parametrize(
    ("path", "text", "first_title"),
    [
        ("coast.txt", _COAST_EN, "Coastal processes and shoreline erosion"),
        ("coast.rst", _COAST_EN, "Coastal processes and shoreline erosion"),
        ("kueste.txt", _COAST_DE, "Küstenentwicklung der Ostsee"),
        ("loire.txt", _LEVEES_FR, "Histoire des levées de la Loire"),
        ("loire.rst", _LEVEES_FR, "Histoire des levées de la Loire"),
        ("porti.rst", _PORTS_IT, "I porti antichi del Tirreno"),
    ],
)
def test_underlined_rst_read(path: str, text: str, first_title: str) -> None:
    doc = parse_bytes(text.encode(), path)
    assert doc.reader == "rst"
    assert len(doc.literature) == 2
    assert doc.literature[0].reference.title == first_title
    assert not any(a.code.name == "READER_UNCERTAIN" for a in doc.anomalies)


# ---------------------------------------------------------------------------
# 3. a bold title first, its authors after it
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "title", "authors", "year"),
    [
        (
            "**The Case for Learned Index Structures**. Tim Kraska, Alex Beutel, Ed H. Chi,"
            " Jeffrey Dean. SIGMOD, 2018.",
            "The Case for Learned Index Structures",
            ("Tim Kraska", "Alex Beutel", "Ed H. Chi", "Jeffrey Dean"),
            2018,
        ),
        (
            "**Künstliche Intelligenz im Studium**. Anna Becker und Jonas Wolf."
            " Zeitschrift für Hochschulentwicklung, 2023.",
            "Künstliche Intelligenz im Studium",
            ("Anna Becker", "Jonas Wolf"),
            2023,
        ),
        (
            "__Traduction automatique neuronale.__ Marie Dupont, J. Martin. Revue TAL, 2021.",
            "Traduction automatique neuronale",
            ("Marie Dupont", "J. Martin"),
            2021,
        ),
        (
            "**Modelos de lenguaje y educación**. Ana García y Luis Pérez."
            " Revista de Educación, 2022.",
            "Modelos de lenguaje y educación",
            ("Ana García", "Luis Pérez"),
            2022,
        ),
        (
            "**Deep learning**. Y. LeCun, Y. Bengio, G. Hinton. Nature 521, 436-444, 2015.",
            "Deep learning",
            ("Y. LeCun", "Y. Bengio", "G. Hinton"),
            2015,
        ),
        (
            "**Il paesaggio storico**. Carlo Tosco.\nRoma, Laterza, 2009.",
            "Il paesaggio storico",
            ("Carlo Tosco",),
            2009,
        ),
    ],
)
def test_bold_title_first(text: str, title: str, authors: tuple[str, ...], year: int) -> None:
    lines = list(range(1, text.count("\n") + 2))
    ref = parse_reference(text, lines, detect_styles=True)
    assert ref.title == title
    assert ref.authors == authors
    assert ref.year == year
    assert ref.raw == text


_LEARNED_EN = """\
# Learned indexes

Learned index structures replace B-trees with models [1]. Later work made them
updatable [2].

## References

1. **The Case for Learned Index Structures**. Tim Kraska, Alex Beutel, Ed H. Chi. SIGMOD, 2018.
2. **ALEX: An Updatable Adaptive Learned Index**. Jialin Ding, Umar Farooq Minhas. SIGMOD, 2020.
"""

_LANGUAGE_ES = """\
# Modelos de lenguaje

## Lecturas recomendadas

- **Modelos de lenguaje y educación**. Ana García, Luis Pérez. Revista de Educación, 2022.
- **La traducción automática hoy**. Carlos López. Tradumàtica, 2021.
"""

_MACHINES_DE = """\
# Sprachmodelle in der Lehre

Große Sprachmodelle verändern das Schreiben an Hochschulen.

## Literatur

1. **Künstliche Intelligenz im Studium**. Anna Becker, Jonas Wolf. ZFHE, 2023.
2. **Schreiben mit Maschinen**. Petra Schneider. Hochschuldidaktik heute, 2022.
"""


@pytest.mark.parametrize(
    ("path", "text", "first", "authors"),
    [
        (
            "learned.md",
            _LEARNED_EN,
            "The Case for Learned Index Structures",
            ("Tim Kraska", "Alex Beutel", "Ed H. Chi"),
        ),
        (
            "lenguaje.md",
            _LANGUAGE_ES,
            "Modelos de lenguaje y educación",
            ("Ana García", "Luis Pérez"),
        ),
        (
            "lehre.md",
            _MACHINES_DE,
            "Künstliche Intelligenz im Studium",
            ("Anna Becker", "Jonas Wolf"),
        ),
    ],
)
def test_bold_title_lists_read(path: str, text: str, first: str, authors: tuple[str, ...]) -> None:
    doc = parse_bytes(text.encode(), path)
    assert len(doc.literature) == 2
    ref = doc.literature[0].reference
    assert ref.title == first
    assert ref.authors == authors
    assert all("**" not in (e.reference.title or "") for e in doc.literature)


# ---------------------------------------------------------------------------
# guards: shapes these rules must leave as they were (they pass on main as well)
# ---------------------------------------------------------------------------

_SETEXT_MD = """\
Harbour towns
=============

Trade grew along the coast [1], and the ports were rebuilt after 1850 [2] :warning:.

References
----------

- [1] Rossi, Paolo. I porti antichi del Tirreno. Roma: Carocci, 2001.
- [2] Neri, Giulia. Il commercio marittimo etrusco. Firenze: Olschki, 2012.
"""

_YEAR_BULLETS = """\
# Talks

The talks below are listed by year.

## Further reading

- 2019. Lee, Kim: Rivers in the city. Urban Studies 12, 1–20.
- 2021. Ortiz, Ana: Harbours and their towns. Journal of Port History 4, 33–51.
"""


@pytest.mark.parametrize("path", ["harbours.md", "harbours.txt"])
def test_setext_markdown_is_no_rst(path: str) -> None:
    doc = parse_bytes(_SETEXT_MD.encode(), path)
    assert doc.reader != "rst"
    assert [e.label for e in doc.literature] == ["1", "2"]


def test_year_bullets_keep_their_year() -> None:
    doc = parse_bytes(_YEAR_BULLETS.encode(), "talks.md")
    assert [(e.label, e.reference.year) for e in doc.literature] == [("1", 2019), ("2", 2021)]
