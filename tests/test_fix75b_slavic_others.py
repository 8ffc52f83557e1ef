"""A (declined) name before the Slavic "and others" in a note (fix75b).

Polish, Czech, Slovak and Russian notes close the names with their "and others" (``i in.``,
``i wsp.``, ``a kol.``, ``и др.``, or ``et al.``) and, in a sentence, decline the name
("Zob. prace Kowalskiego i in.", "Za Kowalskim i in.", "Viz Nováka a kol.", "Ивановой и
др. (2010) показано").  A citation checker keeps the name as written (never made a
nominative): the author is the name, never the "and others" nor the note's own words
before it, and the note's other fields are read.

Fixed: a Word or OpenDocument note read by its italics in the Polish tradition
(:mod:`bibcheck.parse.references.polish_notes`) kept the "and others" in the name
(``J. Kowalski i in.``), and the note's lead words ("Za", "prace") too.  Guards (pass on
main): the same notes in Markdown, and Russian notes, read right already.
"""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import Reference
from tests.fix75b_packages import PACKAGES

_BODY = {
    "pl": (
        "Historia szpitali nie jest prosta, a ich archiwa są liczne. Badanie ksiąg "
        "rachunkowych pokazuje, że opieka była dziełem bractw i miasta oraz że była to "
        "także sprawa rodzin, które przez lata dbały o jej trwanie w mieście."
    ),
    "cs": (
        "Dějiny špitálů nejsou jednoduché a jejich archivy jsou četné. Studium účetních "
        "knih ukazuje, že péče byla dílem bratrstev a města a že to byla také věc rodin, "
        "které se o ni staraly jako o svou."
    ),
    "sk": (
        "Dejiny špitálov nie sú jednoduché a ich archívy sú početné. Štúdium účtovných "
        "kníh ukazuje, že starostlivosť bola dielom bratstiev a mesta a že to bola aj vec "
        "rodín, ktoré sa o ňu starali."
    ),
    "ru": (
        "История больниц не проста, и их архивы многочисленны. Изучение счётных книг "
        "показывает, что помощь была делом братств и города, и что это было также делом "
        "семей, которые заботились о ней."
    ),
}


def _package_note(package: str, language: str, note: str) -> Reference:
    data, path = PACKAGES[package](_BODY[language], [note])
    doc = parse_bytes(data, path)
    assert len(doc.footnotes) == 1
    return doc.footnotes[0].reference


def _markdown_note(language: str, note: str) -> Reference:
    text = f"# Tekst\n\n{_BODY[language]}[^1]\n\n[^1]: {note}\n"
    doc = parse_bytes(text.encode(), "tekst.md")
    assert len(doc.footnotes) == 1
    return doc.footnotes[0].reference


# (language, note with its italics, authors, title, year, place, pages): Word and
# OpenDocument notes of the Polish tradition -- the name as written, no "and others"
_TRADITION = [
    # Polish: nominative, genitive/accusative after "Zob.", after a noun, instrumental after
    # "Za", a feminine genitive before "et al.", "i wsp."
    (
        "pl",
        "Zob. J. Kowalski i in., *Dzieje szpitala*, Warszawa 2010, s. 12.",
        ("J. Kowalski",),
        "Dzieje szpitala",
        2010,
        "Warszawa",
        "12",
    ),
    (
        "pl",
        "Zob. Kowalskiego i in., *Dzieje szpitala*, Warszawa 2010, s. 12.",
        ("Kowalskiego",),
        "Dzieje szpitala",
        2010,
        "Warszawa",
        "12",
    ),
    (
        "pl",
        "Zob. prace Kowalskiego i in., *Dzieje szpitala*, Warszawa 2010, s. 14.",
        ("Kowalskiego",),
        "Dzieje szpitala",
        2010,
        "Warszawa",
        "14",
    ),
    (
        "pl",
        "Za Kowalskim i in., *Dzieje szpitala*, Warszawa 2010, s. 21.",
        ("Kowalskim",),
        "Dzieje szpitala",
        2010,
        "Warszawa",
        "21",
    ),
    (
        "pl",
        "Por. A. Nowakowej et al., *Bractwa miejskie*, Kraków 2015, s. 3.",
        ("A. Nowakowej",),
        "Bractwa miejskie",
        2015,
        "Kraków",
        "3",
    ),
    (
        "pl",
        "A. Wiśniewska, P. Zieliński i wsp., *Opieka nad ubogimi*, Poznań 2008, s. 77.",
        ("A. Wiśniewska", "P. Zieliński"),
        "Opieka nad ubogimi",
        2008,
        "Poznań",
        "77",
    ),
    # Czech: genitive after "Viz", "Podle", instrumental feminine, nominative
    (
        "cs",
        "Viz Nováka a kol., *Dějiny špitálu*, Praha 2010, s. 12.",
        ("Nováka",),
        "Dějiny špitálu",
        2010,
        "Praha",
        "12",
    ),
    (
        "cs",
        "Podle Dvořáka a kol., *Městská bratrstva*, Brno 2003, s. 40.",
        ("Dvořáka",),
        "Městská bratrstva",
        2003,
        "Brno",
        "40",
    ),
    (
        "cs",
        "Srov. J. Novákovou a kol., *Dějiny špitálu*, Praha: Academia, 2010, s. 9.",
        ("J. Novákovou",),
        "Dějiny špitálu",
        2010,
        "Praha",
        "9",
    ),
    (
        "cs",
        "Srov. J. Novák a kol., *Dějiny špitálu*, Praha: Academia, 2010, s. 9.",
        ("J. Novák",),
        "Dějiny špitálu",
        2010,
        "Praha",
        "9",
    ),
    # Slovak: genitive after "Pozri", "Podľa", nominative feminine
    (
        "sk",
        "Pozri Kováča a kol., *Dejiny špitála*, Bratislava 2011, s. 5.",
        ("Kováča",),
        "Dejiny špitála",
        2011,
        "Bratislava",
        "5",
    ),
    (
        "sk",
        "Podľa Hudákovej a kol., *Mestské bratstvá*, Košice 2016, s. 18.",
        ("Hudákovej",),
        "Mestské bratstvá",
        2016,
        "Košice",
        "18",
    ),
    (
        "sk",
        "Pozri M. Kováčová a kol., *Dejiny špitála*, Bratislava: Veda, 2011, s. 5.",
        ("M. Kováčová",),
        "Dejiny špitála",
        2011,
        "Bratislava",
        "5",
    ),
]


@pytest.mark.parametrize("package", sorted(PACKAGES))
@pytest.mark.parametrize(
    ("language", "note", "authors", "title", "year", "place", "pages"), _TRADITION
)
def test_tradition_note_name_before_others(
    package: str,
    language: str,
    note: str,
    authors: tuple[str, ...],
    title: str,
    year: int,
    place: str,
    pages: str,
) -> None:
    ref = _package_note(package, language, note)
    assert (ref.authors, ref.title, ref.year, ref.place, ref.pages) == (
        authors,
        title,
        year,
        place,
        pages,
    )


# guards (pass on main): the same shapes in a Markdown note, and Russian notes (GOST's
# "и др." after the names, a declined name in a sentence), read through any reader
_AS_BEFORE = [
    ("pl", "Zob. J. Kowalski i in., *Dzieje szpitala*, Warszawa 2010, s. 12.", ("J. Kowalski",)),
    ("pl", "Zob. Kowalskiego i in., *Dzieje szpitala*, Warszawa 2010, s. 12.", ("Kowalskiego",)),
    ("pl", "Por. A. Nowakowej et al., *Bractwa miejskie*, Kraków 2015, s. 3.", ("A. Nowakowej",)),
    (
        "pl",
        "Zob. A. Nowakowa i wsp., Bractwa miejskie, „Przegląd Historyczny” 2015, t. 106, "
        "z. 2, s. 301–320.",
        ("A. Nowakowa",),
    ),
    ("cs", "Viz Nováka a kol., *Dějiny špitálu*, Praha 2010, s. 12.", ("Nováka",)),
    (
        "cs",
        "Srov. J. Novákovou a kol., *Dějiny špitálu*, Praha: Academia, 2010.",
        ("J. Novákovou",),
    ),
    ("sk", "Pozri Kováča a kol., *Dejiny špitála*, Bratislava 2011, s. 5.", ("Kováča",)),
    ("ru", "См.: Иванова А. А. и др. История города. М.: Наука, 2010. С. 12.", ("Иванова А. А.",)),
    (
        "ru",
        "Цит. по: Петровой С. В. и др. История края. СПб.: Питер, 2005. С. 3.",
        ("Петровой С. В.",),
    ),
    ("ru", "Ивановой и др. (2010, с. 12) показано, что город рос.", ("Ивановой",)),
    (
        "ru",
        "См.: Сидоров П. П. и др. Городские больницы // Вопросы истории. 2012. № 4. С. 45–60.",
        ("Сидоров П. П.",),
    ),
]


@pytest.mark.parametrize(("language", "note", "authors"), _AS_BEFORE)
def test_markdown_note_name_before_others(
    language: str, note: str, authors: tuple[str, ...]
) -> None:
    assert _markdown_note(language, note).authors == authors


_RUSSIAN_FIELDS = [
    (
        "См.: Иванова А. А. и др. История города. М.: Наука, 2010. С. 12.",
        ("Иванова А. А.",),
        "История города",
        2010,
        "12",
    ),
    (
        "Цит. по: Петровой С. В. и др. История края. СПб.: Питер, 2005. С. 3.",
        ("Петровой С. В.",),
        "История края",
        2005,
        "3",
    ),
    (
        "См.: Сидоров П. П. и др. Городские больницы // Вопросы истории. 2012. № 4. С. 45–60.",
        ("Сидоров П. П.",),
        "Городские больницы",
        2012,
        "45–60",
    ),
]


@pytest.mark.parametrize("package", sorted(PACKAGES))
@pytest.mark.parametrize(("note", "authors", "title", "year", "pages"), _RUSSIAN_FIELDS)
def test_russian_package_note_fields(
    package: str, note: str, authors: tuple[str, ...], title: str, year: int, pages: str
) -> None:
    ref = _package_note(package, "ru", note)
    assert (ref.authors, ref.title, ref.year, ref.pages) == (authors, title, year, pages)
