"""Fix 66d: reference-entry shapes whose fields were misread.

- a venue whose name ends in "!" (``In Onward! 2019. ACM.``, bare ``Onward! 2019.``): the
  host, the title whole (:mod:`bibcheck.parse.references.proceedings_kind`, the sentence
  splitter of :mod:`bibcheck.parse.references.generic`, Chicago's chapter);
- a series between the title and the imprint or after the publisher (``Boethius. Great
  Medieval Thinkers. Oxford: OUP.``, ``Stuttgart: Ulmer (UTB 1591).``, ``Titel (UTB
  1591).``): neither the place nor the title;
- a chapter's proceedings wrapped over two lines of a PDF's text, read whole
  (:mod:`bibcheck.parse.references.chapter_host`);
- SIAM's and Harvard's ``Title, in Proceedings …, pp. 3–9``: host and pages off the title
  (:mod:`bibcheck.parse.references.proceedings_tail`);
- Chicago author-date ``Orwell, George. 1949. 1984. London: …``: the number is the title;
- a release's version (``Version 1.1.0, 2023``, ``v2.3.1 (2021)``): no year, host or volume;
- bodies as authors (statistics offices, think tanks named for a house) and a series
  sentence that names a paper's genre (``Chatham House Research Paper``): a report
  (:mod:`bibcheck.parse.references.series_report`), the imprint after a body's title
  (:mod:`bibcheck.parse.references.trailing_imprint`);
- Polish and Danish reversed guillemets ``»Tytuł«`` around titles and journals.

Own fixtures, in the shapes real lists have.
"""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.corporate import is_organisation


def _read(text: str, note: bool = False):  # type: ignore[no-untyped-def]
    return parse_reference(text, [1, 2], note=note, detect_styles=not note)


# (text, title, host, kind)
VENUES = [
    (
        'Lind, B. 2019. "Reflections on Live Coding." In Onward! 2019. ACM.',
        "Reflections on Live Coding",
        "Onward! 2019",
        RefKind.CHAPTER,
    ),
    (
        'Keller, A. 2020. "Gedanken zum Programmieren." In: Onward! 2020. ACM.',
        "Gedanken zum Programmieren",
        "Onward! 2020",
        RefKind.CHAPTER,
    ),
    (
        "Berit Lind. 2019. Reflections on live coding. In Onward! 2019. ACM, New York, NY, "
        "USA, 12–20.",
        "Reflections on live coding",
        "Onward! 2019",
        RefKind.CHAPTER,
    ),
    (
        "Berit Lind. Reflections on live coding. Onward! 2019.",
        "Reflections on live coding",
        "Onward! 2019",
        RefKind.CHAPTER,
    ),
    # a meeting named in capitals, its publisher after the full stop
    (
        'Lind, B. 2019. "Reflections on Live Coding." In SPLASH 2019. ACM.',
        "Reflections on Live Coding",
        "SPLASH 2019",
        RefKind.CHAPTER,
    ),
]


@pytest.mark.parametrize(("text", "title", "host", "kind"), VENUES)
def test_exclaimed_venue_is_the_host(text: str, title: str, host: str, kind: RefKind) -> None:
    ref = _read(text)
    assert (ref.title, ref.host, ref.kind) == (title, host, kind)


# (text, title, place, publisher)
SERIES = [
    (
        "Marenbon, J. 2003. Boethius. Great Medieval Thinkers. Oxford: OUP.",
        "Boethius",
        "Oxford",
        "OUP",
    ),
    (
        "Marenbon, John. Boethius. Great Medieval Thinkers. Oxford: Oxford University Press, 2003.",
        "Boethius",
        "Oxford",
        "Oxford University Press",
    ),
    (
        "Weber, H. 2005. Pflanzenökologie. Stuttgart: Ulmer (UTB 1591).",
        "Pflanzenökologie",
        "Stuttgart",
        "Ulmer",
    ),
    (
        "Weber, H. 2005. Pflanzenökologie. Stuttgart: Ulmer (Sammlung Göschen).",
        "Pflanzenökologie",
        "Stuttgart",
        "Ulmer",
    ),
    (
        "Weber, H. (2005). Pflanzenökologie (UTB 1591). Stuttgart: Ulmer.",
        "Pflanzenökologie",
        "Stuttgart",
        "Ulmer",
    ),
    (
        "Dupont, J. (2001). Les villes médiévales (Que sais-je ? 1234). Paris : PUF.",
        "Les villes médiévales",
        "Paris",
        "PUF",
    ),
    (
        "Dupont, J. 2001. Les villes. Paris : PUF (Que sais-je ? 1234).",
        "Les villes",
        "Paris",
        "PUF",
    ),
]


@pytest.mark.parametrize(("text", "title", "place", "publisher"), SERIES)
def test_series_is_neither_title_nor_place(
    text: str, title: str, place: str, publisher: str
) -> None:
    ref = _read(text)
    assert (ref.title, ref.place, ref.publisher, ref.kind) == (
        title,
        place,
        publisher,
        RefKind.BOOK,
    )


# (text, title, host, pages)
PROCEEDINGS = [
    # a PDF's lines: the venue wrapped, joined into one host
    (
        "A. Lind and B. Okafor. Fast cuts in graphs. In: Proc. 45th Symp. on Fundamentals of Comp.\n"
        "Science (FOCS), pp. 12–20, 2004.",
        "Fast cuts in graphs",
        "Proc. 45th Symp. on Fundamentals of Comp. Science (FOCS)",
        "12–20",
    ),
    (
        "A. Lind and B. Okafor. Fast cuts in graphs. In: Proc. 45th Symp. on Fundamentals of Computer\n"
        "Science (FOCS), pp. 12–20, 2004.",
        "Fast cuts in graphs",
        "Proc. 45th Symp. on Fundamentals of Computer Science (FOCS)",
        "12–20",
    ),
    (
        "A. Schmidt. Schnelle Schnitte. In: Tagungsband 12. Symp. über Theoretische\n"
        "Informatik (STACS), S. 12–20, 2004.",
        "Schnelle Schnitte",
        "Tagungsband 12. Symp. über Theoretische Informatik (STACS)",
        "12–20",
    ),
    # SIAM and Harvard: the proceedings after the title's comma
    (
        "Lind, B. (2004). Fast cuts in graphs, in Proceedings of the 45th Symposium on "
        "Foundations of Computer Science, pp. 3–9.",
        "Fast cuts in graphs",
        "Proceedings of the 45th Symposium on Foundations of Computer Science",
        "3–9",
    ),
    (
        "B. LIND (2004), Fast cuts in graphs, in Proceedings of the 45th Symposium on "
        "Foundations of Computer Science, pp. 3–9.",
        "Fast cuts in graphs",
        "Proceedings of the 45th Symposium on Foundations of Computer Science",
        "3–9",
    ),
    (
        "Lind, B. 2004. Fast cuts in graphs, in Proceedings of the 45th Symposium on "
        "Foundations of Computer Science, pp. 3–9.",
        "Fast cuts in graphs",
        "Proceedings of the 45th Symposium on Foundations of Computer Science",
        "3–9",
    ),
    (
        'Lind, B. 2019. "Reflections on Live Coding." In Proceedings of the Conference on '
        "Programming, 12–20. New York: ACM.",
        "Reflections on Live Coding",
        "Proceedings of the Conference on Programming",
        "12–20",
    ),
]


@pytest.mark.parametrize(("text", "title", "host", "pages"), PROCEEDINGS)
def test_proceedings_are_the_host(text: str, title: str, host: str, pages: str) -> None:
    ref = _read(text)
    assert (ref.title, ref.host, ref.pages, ref.kind) == (title, host, pages, RefKind.CHAPTER)


# (text, title, year, place)
NUMBER_TITLES = [
    ("Orwell, George. 1949. 1984. London: Secker & Warburg.", "1984", 1949, "London"),
    ("Orwell, George. 1949. 1984. Paris: Gallimard.", "1984", 1949, "Paris"),
    ("Bolaño, Roberto. 2004. 2666. Barcelona: Anagrama.", "2666", 2004, "Barcelona"),
    ("Lind, Berit. 2005. 1848. Paris: Seuil.", "1848", 2005, "Paris"),
]


@pytest.mark.parametrize(("text", "title", "year", "place"), NUMBER_TITLES)
def test_number_after_the_year_is_the_title(text: str, title: str, year: int, place: str) -> None:
    ref = _read(text)
    assert (ref.title, ref.year, ref.place, ref.kind) == (title, year, place, RefKind.BOOK)


# (text, title, year)
RELEASES = [
    (
        "Lind, B. qtools: Quantile tools. v2.3.1 (2021). Zenodo. https://doi.org/10.5281/zenodo.123",
        "qtools: Quantile tools",
        2021,
    ),
    (
        'B. Lind, "qtools: Quantile tools," v2.3.1 (2021). [Online]. Available: https://github.com/x/qtools',
        "qtools: Quantile tools",
        2021,
    ),
    (
        "Lind, B. (2021). qtools (v2.3.1). Zenodo. https://doi.org/10.5281/zenodo.123",
        "qtools",
        2021,
    ),
    (
        "Lind, B. qtools: Quantile tools, Version 1.1.0, 2023. https://github.com/x/qtools",
        "qtools: Quantile tools, Version 1.1.0",
        2023,
    ),
    (
        "Rossi, M. tsclust: clustering, versione 0.9.2 (2023). https://cran.r-project.org/package=tsclust",
        "tsclust: clustering, versione 0.9.2",
        2023,
    ),
]


@pytest.mark.parametrize(("text", "title", "year"), RELEASES)
def test_version_is_no_year_host_or_title(text: str, title: str, year: int) -> None:
    ref = _read(text)
    assert (ref.title, ref.year, ref.host, ref.volume, ref.kind) == (
        title,
        year,
        None,
        None,
        RefKind.WEB,
    )


ORGANISATIONS = [
    "Statistics Sweden",
    "Statistics Netherlands",
    "Statistics New Zealand",
    "Statistik Austria",
    "Chatham House",
    "Freedom House",
]


@pytest.mark.parametrize("name", ORGANISATIONS)
def test_body_names(name: str) -> None:
    assert is_organisation(name)


# (text, kind, place, publisher)
BODY_WORKS = [
    (
        "Chatham House. 2018. Energy security in Europe. Chatham House Research Paper. London: "
        "Chatham House.",
        RefKind.REPORT,
        "London",
        "Chatham House",
    ),
    (
        "Lind, B. 2018. Energy security in Europe. Chatham House Research Paper. London: Chatham House.",
        RefKind.REPORT,
        "London",
        "Chatham House",
    ),
    (
        "Lind, B. 2018. Energy futures. Foundation report. Seattle: Gates Foundation.",
        RefKind.REPORT,
        "Seattle",
        "Gates Foundation",
    ),
    (
        "Statistics Sweden. 2020. Population statistics 2019. Stockholm: Statistics Sweden.",
        RefKind.REPORT,
        "Stockholm",
        "Statistics Sweden",
    ),
    (
        "Robert Koch-Institut (2020): Gesundheit in Deutschland. Berlin: RKI.",
        RefKind.BOOK,
        "Berlin",
        "RKI",
    ),
    ("Umweltbundesamt (2020): Daten zur Umwelt. Dessau: UBA.", RefKind.BOOK, "Dessau", "UBA"),
]


@pytest.mark.parametrize(("text", "kind", "place", "publisher"), BODY_WORKS)
def test_body_works(text: str, kind: RefKind, place: str, publisher: str) -> None:
    ref = _read(text)
    assert (ref.kind, ref.place, ref.publisher) == (kind, place, publisher)


# (text, note, title, host, volume, year)
GUILLEMETS = [
    (
        "J. Kowalski, »Miasta i wsie«, »Przegląd Historyczny« 2010, t. 12, nr 3, s. 45–60.",
        True,
        "Miasta i wsie",
        "Przegląd Historyczny",
        "12",
        2010,
    ),
    (
        "J. Kowalski, »Miasta i wsie«, »Przegląd Historyczny« 2010, t. 12, nr 3, s. 45–60.",
        False,
        "Miasta i wsie",
        "Przegląd Historyczny",
        "12",
        2010,
    ),
    (
        "Kowalski J., Miasta i wsie, »Przegląd Historyczny« 2010, t. 12, nr 3, s. 45–60.",
        False,
        "Miasta i wsie",
        "Przegląd Historyczny",
        "12",
        2010,
    ),
    (
        "Kowalski, J. 2010. »Miasta i wsie«. »Przegląd Historyczny« 12 (3): 45–60.",
        False,
        "Miasta i wsie",
        "Przegląd Historyczny",
        "12",
        2010,
    ),
    (
        "Jensen, P. (2010). »Byen og landet«. »Historisk Tidsskrift«, 12(3), 45–60.",
        False,
        "Byen og landet",
        "Historisk Tidsskrift",
        "12",
        2010,
    ),
    (
        "Kowalski, J. 2010. „Miasta i wsie”. „Przegląd Historyczny” 12 (3): 45–60.",
        False,
        "Miasta i wsie",
        "Przegląd Historyczny",
        "12",
        2010,
    ),
]


@pytest.mark.parametrize(("text", "note", "title", "host", "volume", "year"), GUILLEMETS)
def test_reversed_guillemets_quote(
    text: str, note: bool, title: str, host: str, volume: str, year: int
) -> None:
    ref = _read(text, note)
    assert (ref.title, ref.host, ref.volume, ref.year, ref.kind) == (
        title,
        host,
        volume,
        year,
        RefKind.ARTICLE,
    )
