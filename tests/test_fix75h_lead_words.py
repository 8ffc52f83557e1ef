"""A note's own lead words before a narrative author-date citation are not the author (fix75h).

A note reports a finding and names its source by author and year after words that say whose
finding it is: "According to Smith et al. (2010, p. 5), …", "Selon Dupont et al. (2010)",
"Laut Müller u. a. (2010, S. 5)", "Secondo Rossi (2010)", "Según García et al. (2010)",
"Volgens De Vries e.a. (2010)", "Według Kowalskiego i in. (2010, s. 5)", "Podle Nováka a
kol. (2010)", "По данным Ивановой и др. (2010, с. 12)", or puts a noun between its "see" and
the name ("См. работу Ивановой и др. (2010)").  The author is the name alone, as written
(declined names are never made nominative), without the "and others"; a body's name loses
the lower-case article with the words ("According to the World Bank (2010)").

Fixed: the words were read into the author ("According to Smith", "Według Kowalskiego",
"По данным Ивановой и др", "работу Ивановой и др"); a capitalised particle of a name stays
("Volgens De Vries", "Selon La Fontaine", "According to Da Silva").  Guards (pass on main
too: "Cf. Smith (2010)", "Smith et al. (2010, p. 5) show this" and those marked below): a
given name that is a lead word in another language stays when no narrative citation follows ("Secondo Pia, *Title*, Torino 1898"); "See" as a surname
("See, K. (2010).") and "Cf." inside a title stay; German "Nach" opening prose is no lead.
"""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import Reference
from tests.fix75b_packages import PACKAGES

_BODY = (
    "The history of hospitals is not simple, and their archives are many. A study of the "
    "account books shows that care was the work of guilds and of the town."
)


def _markdown_note(note: str) -> Reference:
    text = f"# Hospitals\n\n{_BODY}[^1]\n\n[^1]: {note}\n"
    doc = parse_bytes(text.encode(), "hospitals.md")
    assert len(doc.footnotes) == 1
    return doc.footnotes[0].reference


# (note, authors, year): the name alone after the note's lead words, as written
_LEAD_WORDS = [
    # English
    ("According to Smith et al. (2010, p. 5), the guilds ran the hospitals.", ("Smith",), 2010),
    ("According to Hartley (1998), the town paid the nurses.", ("Hartley",), 1998),
    ("According to O’Brien (2004, p. 17), the wards were small.", ("O’Brien",), 2004),
    ("According to Smith et al. (2010, p. 5).", ("Smith",), 2010),
    ("Cf. Smith (2010).", ("Smith",), 2010),
    # French
    (
        "Selon Dupont et al. (2010, p. 3), les hôpitaux étaient tenus par les confréries.",
        ("Dupont",),
        2010,
    ),
    ("D’après Lefèvre (2007, p. 9), la ville payait les soins.", ("Lefèvre",), 2007),
    # German
    (
        "Laut Müller u. a. (2010, S. 5) wurden die Spitäler von Bruderschaften geführt.",
        ("Müller",),
        2010,
    ),
    ("Nach Schröder (2003, S. 41) zahlte die Stadt die Pfleger.", ("Schröder",), 2003),
    ("Gemäß Becker (2012) waren die Säle klein.", ("Becker",), 2012),
    # Italian
    ("Secondo Rossi (2010), gli ospedali erano gestiti dalle confraternite.", ("Rossi",), 2010),
    ("Secondo Bianchi et al. (2016, p. 22), la città pagava le cure.", ("Bianchi",), 2016),
    # Spanish, Portuguese
    (
        "Según García et al. (2010), los hospitales eran gestionados por cofradías.",
        ("García",),
        2010,
    ),
    (
        "De acuerdo con Fernández (2001, p. 8), la ciudad pagaba a los enfermeros.",
        ("Fernández",),
        2001,
    ),
    (
        "Segundo Oliveira et al. (2015), os hospitais eram geridos pelas confrarias.",
        ("Oliveira",),
        2015,
    ),
    # Dutch (a capitalised particle is the name's)
    ("Volgens De Vries e.a. (2010) werden de gasthuizen door gilden beheerd.", ("De Vries",), 2010),
    ("Volgens Jansen (2009, p. 12) betaalde de stad de verpleging.", ("Jansen",), 2009),
    # Polish (declined names as written)
    ("Według Kowalskiego i in. (2010, s. 5) szpitale prowadziły bractwa.", ("Kowalskiego",), 2010),
    ("Według Nowak (2014, s. 30) miasto płaciło za opiekę.", ("Nowak",), 2014),
    (
        "Za Wiśniewskim i in. (2011, s. 7) przyjmuję, że szpitale były miejskie.",
        ("Wiśniewskim",),
        2011,
    ),
    # Czech, Slovak
    ("Podle Nováka a kol. (2010, s. 5) byly špitály spravovány bratrstvy.", ("Nováka",), 2010),
    ("Podľa Horvátha (2013) mesto platilo ošetrovateľov.", ("Horvátha",), 2013),
    # Russian (declined names as written; "и др." dropped)
    (
        "По данным Ивановой и др. (2010, с. 12) больницы содержались братствами.",
        ("Ивановой",),
        2010,
    ),
    ("Согласно Петрову и др. (2015), больницы содержались городом.", ("Петрову",), 2015),
    ("По мнению Сидорова (2008, с. 3), больницы были малы.", ("Сидорова",), 2008),
    ("См. работу Ивановой и др. (2010, с. 12).", ("Ивановой",), 2010),
    ("См. статью Петрова (2015, с. 4).", ("Петрова",), 2015),
    # a body named with its article: the article goes with the words
    ("According to the World Bank (2010), poverty fell.", ("World Bank",), 2010),
    ("Secondo la Banca d’Italia (2015), la povertà è calata.", ("Banca d’Italia",), 2015),
    # a capitalised particle or article of a name stays, the lead words go
    ("Selon La Fontaine (1668), la cigale chantait.", ("La Fontaine",), 1668),
    ("According to Da Silva (2012), the guilds ran the hospitals.", ("Da Silva",), 2012),
    ("Smith et al. (2010, p. 5) show this.", ("Smith",), 2010),
    # a family name with its particles in small letters, after a lead word or none
    ("See Van der Berg (2011, p. 4).", ("Van der Berg",), 2011),
    ("Volgens van der Berg (2011, p. 4) beheerden gilden de gasthuizen.", ("van der Berg",), 2011),
    (
        "According to Van den Abeele (2004), the guilds ran the hospitals.",
        ("Van den Abeele",),
        2004,
    ),
    ("Selon De la Cruz (1999, p. 2), la ville payait les soins.", ("De la Cruz",), 1999),
    ("van den Heuvel (2008, p. 3).", ("van den Heuvel",), 2008),
]


@pytest.mark.parametrize(("note", "authors", "year"), _LEAD_WORDS)
def test_markdown_note_author_without_lead_words(
    note: str, authors: tuple[str, ...], year: int
) -> None:
    ref = _markdown_note(note)
    assert ref.authors == authors
    assert ref.year == year


# (note, authors, title): notes whose first word is a name or a title's, not a lead word
# (guards: pass on main too)
_NAMES = [
    # "Secondo" is a given name here: no narrative citation follows
    (
        "Secondo Pia, *La Sindone fotografata*, Torino 1898, p. 4.",
        ("Secondo Pia",),
        "La Sindone fotografata",
    ),
    # "See" is a surname; "Cf." inside a title
    (
        "See, K. (2010). Hospitals in history. London: Routledge.",
        ("See, K.",),
        "Hospitals in history",
    ),
    (
        "Smith, J. (2010). Cf. the guilds of York. London: Routledge.",
        ("Smith, J.",),
        "Cf. the guilds of York",
    ),
]


@pytest.mark.parametrize(("note", "authors", "title"), _NAMES)
def test_name_that_looks_like_a_lead_word_stays(
    note: str, authors: tuple[str, ...], title: str
) -> None:
    ref = _markdown_note(note)
    assert ref.authors == authors
    assert ref.title == title


def test_german_prose_opening_with_nach_names_no_author() -> None:
    # (guard, passes on main: "Nach dem Krieg" is prose, no lead word before a name)
    ref = _markdown_note("Nach dem Krieg wurden die Spitäler 1950 geschlossen.")
    assert ref.authors == ()


_GERMAN_BODY = (
    "Die Geschichte der Spitäler ist nicht einfach, und ihre Archive sind zahlreich. Die "
    "Rechnungsbücher zeigen, dass die Pflege das Werk der Bruderschaften und der Stadt war."
)


@pytest.mark.parametrize(
    ("note", "authors", "year"),
    [
        (
            "Laut Müller u. a. (2010, S. 5) wurden die Spitäler von Bruderschaften geführt.",
            ("Müller",),
            2010,
        ),
        ("According to Smith et al. (2010, p. 5), the guilds ran the hospitals.", ("Smith",), 2010),
    ],
)
@pytest.mark.parametrize("package", ["docx", "odt"])
def test_package_note_author_without_lead_words(
    package: str, note: str, authors: tuple[str, ...], year: int
) -> None:
    data, path = PACKAGES[package](_GERMAN_BODY if note.startswith("Laut") else _BODY, [note])
    doc = parse_bytes(data, path)
    assert len(doc.footnotes) == 1
    ref = doc.footnotes[0].reference
    assert ref.authors == authors
    assert ref.year == year
