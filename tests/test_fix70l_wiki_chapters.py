"""A chapter named in a wiki's chapter template, or a contribution in a collection, is the
work, the book its container: French ``{{Chapitre|titre chapitre=…|titre ouvrage=…}}``,
German ``{{Literatur|Titel=…|Sammelwerk=…|Verlag=…}}``.  Two notes citing different
chapters of one collection cite two works (no "same work" finding).  Before, {{Chapitre}} was
not read at all and both notes read as the book.

Changed in round 72 (fix72b, the lead's decision): a chapter of a book its one author (or
the same authors) wrote, with no editors, is cited as the book, as a page of it is, in every
language's book template alike -- French ``{{Ouvrage|titre=…|titre chapitre=…}}``, Italian
``{{Cita libro|titolo=…|capitolo=…}}`` and Spanish ``{{Cita libro|título=…|capítulo=…}}``
as English ``{{cite book|title=…|chapter=…}}`` (tests/test_fix39n_wiki_chapter_of_own_book.py).
Those three cases, Ilona Varga's own book, now read as the book (kind book, no host) and the
two notes as one work cited at two places, the "same work" (info) finding English gives;
before, they read as two chapters.  Own fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.analyse import analyse_document
from bibcheck.manuscript import parse_file
from bibcheck.model import RefKind

FR = (
    "Le delta a changé<ref>{{Ouvrage|prénom1=Ilona|nom1=Varga|titre=Les rivières de la "
    "plaine|titre chapitre={a}|éditeur=Presses du Delta|lieu=Szeged|année=2004|passage=41}}"
    "</ref>. Les marchés ont suivi<ref>{{Ouvrage|prénom1=Ilona|nom1=Varga|titre=Les rivières "
    "de la plaine|titre chapitre={b}|éditeur=Presses du Delta|lieu=Szeged|année=2004|"
    "passage=88}}</ref>.\n\n== Notes et références ==\n<references />\n"
)
FR_CHAPITRE = (
    "Les ponts aussi<ref>{{Chapitre|prénom1=Kwame|nom1=Osei|titre chapitre={a}|titre "
    "ouvrage=Les eaux de l'Ouest|éditeur=Éditions du Port|année=2011|passage=12}}</ref>. Et "
    "les bacs<ref>{{Chapitre|prénom1=Kwame|nom1=Osei|titre chapitre={b}|titre ouvrage=Les "
    "eaux de l'Ouest|éditeur=Éditions du Port|année=2011|passage=30}}</ref>.\n\n"
    "== Notes et références ==\n<references />\n"
)
IT = (
    "Il delta si spostò.<ref>{{{{Cita libro|nome=Ilona|cognome=Varga|titolo=I fiumi della "
    "pianura|capitolo={a}|editore=Delta|città=Szeged|anno=2004|p=41}}}}</ref> I mercati "
    "seguirono.<ref>{{{{Cita libro|nome=Ilona|cognome=Varga|titolo=I fiumi della pianura|"
    "capitolo={b}|editore=Delta|città=Szeged|anno=2004|p=88}}}}</ref>\n\n== Note ==\n"
    "<references />\n"
)
ES = (
    "El delta se desplazó.<ref>{{{{Cita libro|nombre=Ilona|apellidos=Varga|título=Los ríos "
    "de la llanura|capítulo={a}|editorial=Delta|ubicación=Szeged|año=2004|página=41}}}}</ref>"
    " Los mercados siguieron.<ref>{{{{Cita libro|nombre=Ilona|apellidos=Varga|título=Los "
    "ríos de la llanura|capitulo={b}|editorial=Delta|ubicación=Szeged|año=2004|página=88}}}}"
    "</ref>\n\n== Referencias ==\n<references />\n"
)
DE = (
    "Das Delta verschob sich.<ref>{{{{Literatur |Autor=Ilona Varga |Titel={a} |Sammelwerk="
    "Die Flüsse der Ebene |Verlag=Delta Verlag |Ort=Szeged |Jahr=2004 |Seiten=41}}}}</ref> "
    "Die Märkte folgten.<ref>{{{{Literatur |Autor=Ilona Varga |Titel={b} |Sammelwerk=Die "
    "Flüsse der Ebene |Verlag=Delta Verlag |Ort=Szeged |Jahr=2004 |Seiten=88}}}}</ref>\n\n"
    "== Einzelnachweise ==\n<references />\n"
)


def _fill(page: str, a: str, b: str) -> str:
    if page in (FR, FR_CHAPITRE):  # (written with single braces: no format escapes)
        return page.replace("{a}", a).replace("{b}", b)
    return page.format(a=a, b=b)


CASES = [
    ("fr Chapitre", FR_CHAPITRE, "Ponts de pierre", "Bacs et passeurs", "Les eaux de l'Ouest"),
    ("de Literatur", DE, "Die erste Verlagerung", "Schwimmende Märkte", "Die Flüsse der Ebene"),
]  # fmt: skip
# (one author's own book, no editors: the book is the work, its chapters places in it)
OWN_BOOK_CASES = [
    ("fr Ouvrage", FR, "Le premier déplacement", "Les marchés flottants", "Les rivières de la plaine"),
    ("it Cita libro", IT, "Il primo spostamento", "I mercati galleggianti", "I fiumi della pianura"),
    ("es Cita libro", ES, "El primer desplazamiento", "Los mercados flotantes", "Los ríos de la llanura"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("page", "a", "b", "book"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_the_chapter_is_the_work(tmp_path: Path, page: str, a: str, b: str, book: str) -> None:
    path = tmp_path / "article.wiki"
    path.write_text(_fill(page, a, b), encoding="utf-8")
    doc = parse_file(path)
    refs = [f.reference for f in doc.footnotes]
    assert [(r.title, r.host, r.kind) for r in refs] == [
        (a, book, RefKind.CHAPTER),
        (b, book, RefKind.CHAPTER),
    ]
    same = [f for f in analyse_document(doc, {}, {}) if "same work" in f.message]
    assert same == []


@pytest.mark.parametrize(
    ("page", "a", "b", "book"),
    [c[1:] for c in OWN_BOOK_CASES],
    ids=[c[0] for c in OWN_BOOK_CASES],
)
def test_one_authors_book_is_the_work(tmp_path: Path, page: str, a: str, b: str, book: str) -> None:
    path = tmp_path / "article.wiki"
    path.write_text(_fill(page, a, b), encoding="utf-8")
    doc = parse_file(path)
    refs = [f.reference for f in doc.footnotes]
    assert [(r.title, r.host, r.kind) for r in refs] == [
        (book, None, RefKind.BOOK),
        (book, None, RefKind.BOOK),
    ]
    same = [f for f in analyse_document(doc, {}, {}) if "same work" in f.message]
    assert [f.footnotes for f in same] == [("1", "2")]
