"""Fix 53l: German term papers through pdftotext and Turkish Word theses.

* a note marker glued after a closing German quote (``Stadtsprache“4``, ``»Wort«4``);
* the names joined by slashes of a name-year mention (``Berg/Lind/Ott (2004)``);
* German author-date list books: the title runs to the imprint (``Name, Vorname (2016):
  Titel. Untertitel. Ort: Verlag.``); a lecture's note names its course only;
* Turkish notes and lists: ``a.g.e.`` / ``a.g.m.`` repeat notes, ``Çev.`` (translator) no
  part of a title, ``C. 12, S. 3`` numbering after a quoted article title, a ministry
  named with commas, ``Yayımlanmamış Yüksek Lisans Tezi``, a gazette's dotted date.

Fixtures written for these tests (invented people and works)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.repeat import find_repeats
from bibcheck.readers import pdftext
from bibcheck.readers.authoryear import author_years, first_mention
from tests.test_regex_growth import assert_linear


def _entry(text: str) -> tuple[tuple[str, ...], str | None, int | None, RefKind]:
    ref = parse_reference(text, [1], detect_styles=True)
    return ref.authors, ref.title, ref.year, ref.kind


# --- the marker after a closing quote -------------------------------------------------


@pytest.mark.parametrize(
    ("line", "numbers"),
    [
        ("die Vorlesung „Stadtsprache“4 und eine Umfrage", ["4"]),
        ("das Wort »krass«12 gilt als veraltet", ["12"]),
        ("der Ausdruck »lit«, 7 Belege", []),  # (a space: a count, no marker)
        ("the film “12 Angry Men” was shown", []),  # an opening quote: no marker
        ("Er sagte: «9 Uhr» sei zu früh", []),  # French opening guillemet
    ],
)
def test_marker_glued_after_a_closing_quote(line: str, numbers: list[str]) -> None:
    assert [m.group(1) for m in pdftext._GLUED.finditer(line)] == numbers


# --- notes alone cite an author-date list ----------------------------------------------

PAGE_ONE = """\
      1 Einleitung

      Die Stadtsprache wird seit langem untersucht.1 Sie folgt eigenen Regeln und
      Moden.2 Die Vorlesung „Stadtsprache“3 gab den Anstoß zu dieser Arbeit, und die
      Beispiele stammen aus einer eigenen Sammlung von Aufnahmen im Stadtteil.4

      ──────────────────
      1 Vgl. Brandt (2016), S. 3–9.
      2 Ebd., S. 40.
      3 Lorenz, Katrin: Stadtsprache, Vorlesung SoSe 2022, Universität Kassel, Folie 4.
      4 Die Aufnahmen wurden mit Einverständnis der Sprecher gemacht.

                                                      1
\f
      2 Befunde

      Die Befunde decken sich mit älteren Studien.5 Neue Wörter kommen vor allem aus
      dem Englischen.6

      Literaturverzeichnis

      Brandt, Olaf (2016): Sprache der Stadt. Eine Einführung. 3. Aufl. Kassel: Nordhafen.
      Lorenz, Katrin (2022): Stadtsprache. Vorlesungsfolien, Universität Kassel.
      Pohl, Regina (2009): Wörter im Wandel. Studien zur Entlehnung. Hamm: Weißdorn.

      ──────────────────
      5 Pohl (2009), S. 77, und Brandt (2016), S. 12.
      6 Hier ist die Sammlung noch klein.

                                                      2
"""


def test_quote_glued_marker_in_a_document() -> None:
    """Note 3's marker stands after the closing quote: every note has its marker (the
    notes' own name-year citations of the list, labelled ``[n]``: tests/test_fix54a_*)."""
    doc = pdftext.read(PAGE_ONE)
    numbers = sorted({m.label for m in doc.markers if m.label.isdigit()}, key=int)
    assert numbers == ["1", "2", "3", "4", "5", "6"]
    assert [m.line for m in doc.markers if m.label == "3"] == [4]


# --- German author-date list and notes --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "authors", "title"),
    [
        (
            "Brandt, Olaf (2016): Sprache der Stadt. Eine Einführung. 3. Aufl. Kassel: Nordhafen.",
            ("Brandt, Olaf",),
            "Sprache der Stadt. Eine Einführung",
        ),
        (
            "Pohl, Regina/Kern, Udo (2009): Wörter im Wandel. Studien. Hamm, Wien: Weißdorn.",
            ("Pohl, Regina", "Kern, Udo"),
            "Wörter im Wandel. Studien",
        ),
        (
            "Pohl, Regina (2009): Wörter. Neue Studien. Frankfurt am Main: Weißdorn (Reihe 4).",
            ("Pohl, Regina",),
            "Wörter. Neue Studien",
        ),
        # a chapter: the host's imprint is no end of the title
        (
            "Pohl, Regina (2009): Das Lehnwort. In: Kern, Udo (Hg.): Wörter. Hamm: Weißdorn, "
            "S. 12–30.",
            ("Pohl, Regina",),
            "Das Lehnwort",
        ),
        # a lecture's note: the course's title, not the lecture's designation
        (
            "Lorenz, Katrin: Stadtsprache, Vorlesung SoSe 2022, Universität Kassel, Folie 4.",
            ("Lorenz, Katrin",),
            "Stadtsprache",
        ),
        ("Lorenz, Katrin: Das Seminar, Kassel 2001.", ("Lorenz, Katrin",), "Das Seminar"),
    ],
)
def test_german_titles(text: str, authors: tuple[str, ...], title: str) -> None:
    got = _entry(text)
    assert (got[0], got[1]) == (authors, title)


# --- Turkish notes and lists ------------------------------------------------------------


def test_turkish_repeat_notes() -> None:
    notes = [
        "Ayşe Demir, *Kent ve Toplum*, İstanbul: İletişim, 2010, s. 5.",
        "a.g.e., s. 9.",
        "Mehmet Kara, “Göç ve Mahalle”, *Toplum*, C. 3, S. 2, 2011, s. 4-9.",
        "Demir, a.g.e., s. 12.",
        "Kara, a.g.m., s. 7.",
        "A. G. Evans, *Harbours*, London, 1990.",  # initials, no repeat
        "A.g.e., s. 3.",
    ]
    found = [(r.kind, r.target) if r else None for r in find_repeats(notes)]
    assert found == [
        None,
        ("ibid", 0),
        None,
        ("op-cit", 0),
        ("op-cit", 2),
        None,
        ("ibid", 5),
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "KARA, Ahmet. Göç ve Kent. Çev. Ali Yurt. İstanbul: Ayrıntı, 2001.",
            (("KARA, Ahmet",), "Göç ve Kent", 2001, RefKind.BOOK),
        ),
        # "Çevre" (environment) opens a title: no translator
        (
            "KARA, Ahmet. Çevre ve Kent. İstanbul: Ayrıntı, 2001.",
            (("KARA, Ahmet",), "Çevre ve Kent", 2001, RefKind.BOOK),
        ),
        (
            "Mehmet Kara, “Göç ve Mahalle”, Toplum, C. 3, S. 2, 2011, s. 4-9.",
            (("Mehmet Kara",), "Göç ve Mahalle", 2011, RefKind.ARTICLE),
        ),
        # a command paper "C. 4402" stays one
        (
            "Report of the Commission on Housing, C. 4402 (London: HMSO, 1885), 12.",
            ((), "Report of the Commission on Housing", 1885, RefKind.REPORT),
        ),
        (
            "Sağlık, Eğitim ve Spor Bakanlığı. Ulusal Eylem Planı 2020-2024. Ankara, 2020.",
            (("Sağlık, Eğitim ve Spor Bakanlığı",), "Ulusal Eylem Planı 2020-2024", 2020, None),
        ),
        # a person inverted: the comma is no body's
        (
            "Smith, John. The Ministry. London: Verso, 2001.",
            (("Smith, John",), "The Ministry", 2001, RefKind.BOOK),
        ),
        (
            "Kaya, Ali. Göç ve Aidiyet. Yayımlanmamış Yüksek Lisans Tezi. İstanbul: Marmara "
            "Üniversitesi, 2019.",
            (("Kaya, Ali",), "Göç ve Aidiyet", 2019, RefKind.THESIS),
        ),
        (
            "Kaya, Ali. Tezin Yazımı. İstanbul: Nobel, 2019.",
            (("Kaya, Ali",), "Tezin Yazımı", 2019, RefKind.BOOK),
        ),
        # a law by its gazette's date: the year of the day
        (
            "5393 sayılı Belediye Kanunu. Resmî Gazete, 13.07.2005, Sayı: 25874.",
            ((), "5393 sayılı Belediye Kanunu", 2005, None),
        ),
        # a version number's dots are no date
        ("Kentsel Atlas. Sürüm 3.12.2019.1.", ((), "Kentsel Atlas", None, None)),
    ],
)
def test_turkish_entries(
    text: str, want: tuple[tuple[str, ...], str | None, int | None, RefKind | None]
) -> None:
    authors, title, year, kind = _entry(text)
    assert (authors, title, year) == want[:3]
    if want[3] is not None:
        assert kind is want[3]


# --- growth ----------------------------------------------------------------------------

Line = Callable[[int], str]
LINES = [
    pytest.param(lambda n: "a" * n, id="one-long-word"),
    pytest.param(lambda n: "Ab. " * (n // 4), id="sentences"),
    pytest.param(lambda n: "Berlin, " * (n // 8), id="places"),
    pytest.param(lambda n: "1.2." * (n // 4), id="dots-and-digits"),
    pytest.param(lambda n: "x“1" * (n // 3), id="quote-digits"),
    pytest.param(lambda n: "a.g." * (n // 4), id="repeat-letters"),
]


@pytest.mark.parametrize("line", LINES)
def test_new_shapes_stay_linear(line: Line) -> None:
    assert_linear(lambda text: list(pdftext._GLUED.finditer(text)), line)
    assert_linear(lambda text: _entry(f"Pohl, Regina (2009): {text}. Hamm: Weißdorn."), line)
    assert_linear(lambda text: _entry(f"Kara, Ali. {text}. Ankara, 2001."), line)


@pytest.mark.parametrize(
    ("note", "want"),
    [
        # the primary work of "zit. nach" by all its slashed names
        (
            "Berg/Lind/Ott (2004), S. 41, zit. nach Ott (2010), S. 2.",
            ("1", ("Berg", "Lind", "Ott")),
        ),
        ("Vgl. Ott (2010), S. 2.", ("2", ("Ott",))),
        ("Siehe Kap. 2/Ott (2010).", ("2", ("Ott",))),  # a number before the slash: no name
    ],
)
def test_slashed_names_of_a_mention(note: str, want: tuple[str, tuple[str, ...]]) -> None:
    index = author_years(
        [
            ("1", "Berg, Anna/Lind, Bo/Ott, Carl (2004): Titel. Ort: Verlag."),
            ("2", "Ott, Carl (2010): Anderes. Ort: Verlag."),
        ]
    )
    found = first_mention(note, index)
    assert found is not None and found[:2] == want
