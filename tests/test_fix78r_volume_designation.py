"""fix78r: a volume's or part's designation between a Vancouver title and its imprint.

NLM and the lists in its manner write the volume cited (or the span of a set) as a
sentence of its own after the title: ``Vol. I-II.``, ``Vols. 1–3.``, Romanian ``Tomul I,
Partea I: A-B.``, German ``Band 2, Teil 1.``, Hungarian ``2. kötet.``.  It is no part of
the title, nor of the place before the publisher.  (The examples are this file's own.)
"""

from __future__ import annotations

import pytest

from bibcheck.parse.references import parse_reference

_SENTENCES = [
    ("Vol. I-II.", True),
    ("Vols. 1–3.", True),
    ("Vol. 2", True),
    ("Tomul I, Partea I: A-B.", True),
    ("Tomul II, Partea a", False),
    ("Volumul 3.", True),
    ("Partea II.", True),
    ("Band 2, Teil 1.", True),
    ("Tome III.", True),
    ("Tom 4.", True),
    ("Díl 2.", True),
    ("2. kötet.", True),
    ("Vol. 2, Part 1: K-L.", True),
    ("Volume of essays.", False),
    ("Part of the story.", False),
    ("Band aid and bandage.", False),
]


@pytest.mark.parametrize(("sentence", "found"), _SENTENCES)
def test_volume_designation(sentence: str, found: bool) -> None:
    # (imported here: the module is new, so on main each case fails on its own)
    from bibcheck.parse.references.volume_designation import volume_designation

    assert volume_designation(sentence) is found


# (entry, authors, title, place, publisher, year)
_ENTRIES = [
    (
        "Vasilescu T. Cronica orașelor de câmpie în secolele XVII și XVIII. Vol. I-II. "
        "București: Editura Exemplu; 1921.",
        ("Vasilescu T",),
        "Cronica orașelor de câmpie în secolele XVII și XVIII",
        "București",
        "Editura Exemplu",
        1921,
    ),
    (
        "Societatea Filologică. Glosarul graiurilor de munte. Tomul II, Partea I: C-D. "
        "Iași: Tipografia Model; 1931.",
        ("Societatea Filologică",),
        "Glosarul graiurilor de munte",
        "Iași",
        "Tipografia Model",
        1931,
    ),
    (
        "Brandt H. Geschichte der Hansestädte. Band 2, Teil 1. Leipzig: Beispielverlag; 1902.",
        ("Brandt H",),
        "Geschichte der Hansestädte",
        "Leipzig",
        "Beispielverlag",
        1902,
    ),
    (
        "Moreau J. Histoire des ports atlantiques. Vol. III. Paris: Éditions Modèle; 1936.",
        ("Moreau J",),
        "Histoire des ports atlantiques",
        "Paris",
        "Éditions Modèle",
        1936,
    ),
    (
        "Kovács P. A magyar városok története. 2. kötet. Budapest: Példa Kiadó; 1964.",
        ("Kovács P",),
        "A magyar városok története",
        "Budapest",
        "Példa Kiadó",
        1964,
    ),
]


@pytest.mark.parametrize(("entry", "authors", "title", "place", "publisher", "year"), _ENTRIES)
def test_vancouver_volume_is_no_title_and_no_place(
    entry: str, authors: tuple[str, ...], title: str, place: str, publisher: str, year: int
) -> None:
    ref = parse_reference(entry, (1,), detect_styles=True)
    assert (ref.authors, ref.title, ref.place, ref.publisher, ref.year) == (
        authors,
        title,
        place,
        publisher,
        year,
    )
