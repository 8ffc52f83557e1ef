"""fix68i: author lists joined by "and" in Czech, Slovak, Finnish, Romanian … and a
manuscript's shelfmark in parentheses after its title.

* ``Simeone, Nigel, John Tyrrell a Alena Němcová (1997).``: the first name inverted, the
  others natural, the last after the language's "and" (Czech and Slovak ``a``, Finnish and
  Estonian ``ja``, Lithuanian ``ir``, Romanian ``și``): three people, not one.
* ``[Zápisník z Luhačovic (Mus. rkp. 1 J 37)](url)``: the library's shelfmark is no part of
  the title, and the work is the manuscript (``unknown``) unless a publisher printed it.

Every entry was written for these tests."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.shelfmark_title import title_without_shelfmark
from bibcheck.readers.mdlinks import read

_NAMES = [
    # (entry, authors)
    (
        "Dvořák, Petr, Jana Malá a Karel Veselý (2004). Dějiny české hudby. Praha: Academia.",
        ("Dvořák, Petr", "Jana Malá", "Karel Veselý"),
    ),
    (
        "Kováč, Ján a Mária Horváthová (2011). Slovenská ľudová pieseň. Bratislava: Veda.",
        ("Kováč, Ján", "Mária Horváthová"),
    ),
    (
        "Virtanen, Matti, Liisa Korhonen ja Pekka Mäkinen (2010). Suomen musiikin historia. "
        "Helsinki: WSOY.",
        ("Virtanen, Matti", "Liisa Korhonen", "Pekka Mäkinen"),
    ),
    (
        "Popescu, Ion și Maria Ionescu (2005). Istoria muzicii românești. București: Editura "
        "Muzicală.",
        ("Popescu, Ion", "Maria Ionescu"),
    ),
    (
        "Kazlauskas, Jonas ir Rūta Petrauskienė (2015). Lietuvių liaudies dainos. Vilnius: Vaga.",
        ("Kazlauskas, Jonas", "Rūta Petrauskienė"),
    ),
    # the Chicago author-date order, the year after a full stop
    (
        "Novák, Jan a Petr Svoboda. 1997. Opera v Brně. Brno: Host.",
        ("Novák, Jan", "Petr Svoboda"),
    ),
    (
        "Tamm, Kadri ja Mart Kask. 2008. Eesti koorimuusika. Tallinn: Varrak.",
        ("Tamm, Kadri", "Mart Kask"),
    ),
]


@pytest.mark.parametrize(("text", "authors"), _NAMES)
def test_names_joined_by_the_languages_and(text: str, authors: tuple[str, ...]) -> None:
    assert parse_reference(text, [0], detect_styles=True).authors == authors


_SHELFMARKS = [
    # (title as linked, title)
    ("Zápisník z Luhačovic (Mus. rkp. 1 J 37)", "Zápisník z Luhačovic"),
    ("Skizzenbuch zur Pastorale (Mus.ms. autogr. Beethoven 12)", "Skizzenbuch zur Pastorale"),
    ("Book of Hours of Joanna (MS Add. 18851)", "Book of Hours of Joanna"),
    ("Psałterz floriański (Rps BN 8002 III)", "Psałterz floriański"),
    ("Getijdenboek van Maria van Gelre (Hs. 135 E 19)", "Getijdenboek van Maria van Gelre"),
    ("Vita Karoli Magni (Cod. Vindob. 529)", "Vita Karoli Magni"),
    ("Recueil de chansons (ms. fr. 12744)", "Recueil de chansons"),
]


@pytest.mark.parametrize(("linked", "title"), _SHELFMARKS)
def test_shelfmark_is_no_part_of_the_title(linked: str, title: str) -> None:
    assert title_without_shelfmark(linked) == title


_LISTS = [
    # (a reading list's entry, title)
    (
        "- Janáček, Leoš (1906). [Sešit nápěvků (Mus. rkp. 2 K 14)](https://kramerius.example.org/"
        "uuid/1). Digitalizát, Kramerius.",
        "Sešit nápěvků",
    ),
    (
        "- Beethoven, Ludwig van (1808). [Skizzenbuch (Mus.ms. autogr. Beethoven 12)]"
        "(https://digital.example.org/werk/12). Digitalisat, Staatsbibliothek.",
        "Skizzenbuch",
    ),
    (
        "- Chopin, Fryderyk (1838). [Preludia op. 28 (Rps Mus. 93)](https://polona.example.org/"
        "item/7). Polona.",
        "Preludia op. 28",
    ),
]


@pytest.mark.parametrize(("entry", "title"), _LISTS)
def test_linked_manuscript_in_a_reading_list(entry: str, title: str) -> None:
    text = (
        "# Novinky\n\nNové skeny najdete [zde](" + entry.split("](", 1)[1].split(")", 1)[0]
        + ").\n\n## Zdroje\n\n" + entry + "\n"
    )  # fmt: skip
    doc = read(text)
    [ref] = [e.reference for e in doc.literature]
    assert (ref.title, ref.kind) == (title, RefKind.UNKNOWN)
