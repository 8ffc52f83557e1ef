"""Fix round 37 (o): note rules for the round-28 held-out misses, every language."""

from __future__ import annotations

import pytest

from bibcheck.parse.references.commentary import citation_start


@pytest.mark.parametrize(
    ("text", "commentary"),
    [
        # an acknowledgement naming the home page of the body it thanks cites no work
        ("I thank the Marsh Library (https://www.marsh-lib.example.org) for its help.", True),
        (
            "We are grateful to the Ostrava Archive (<https://archiv.example.cz/>) in 2021–2022.",
            True,
        ),
        ("Agradezco a la Biblioteca Foral (www.biblioteca.example.es) su ayuda.", True),
        ("Ich danke dem Stadtarchiv (https://stadtarchiv.example.de) für den Zugang.", True),
        # ... but a work or a document the note points to stays a citation
        ("I thank J. Roe for pointing me to Smith, J. Title. London: Norton, 2019.", False),
        ("We thank the office for the data at https://x.example.org/data/table4.csv.", False),
    ],
)
def test_thanks_note(text: str, commentary: bool) -> None:
    assert citation_start(text)[1] is commentary


# ---- notes and entries in the languages of round 28 (own text, real documents' shapes) ----

from bibcheck.parse.references import parse_reference  # noqa: E402
from bibcheck.parse.references.acts import titled_law  # noqa: E402
from bibcheck.parse.references.civil_law import legal_source  # noqa: E402
from bibcheck.readers.common import is_literature_heading  # noqa: E402


def _note(text: str) -> tuple[tuple[str, ...], str | None, int | None, str]:
    ref = parse_reference(text, [1], note=True, detect_styles=True)
    return ref.authors, ref.title, ref.year, ref.kind.value


@pytest.mark.parametrize(
    ("text", "author", "title", "year", "kind"),
    [
        # the initials first, a comma after the family name (Cyrillic with Mongolian and
        # Kazakh letters), the place and publisher, the page as the language abbreviates it
        (
            "Б. Өлзийбаяр, Хөдөөгийн сүм хийдүүд, Улаанбаатар: Шинжлэх ухааны хэвлэл, 1995, х. 12.",
            "Б. Өлзийбаяр",
            "Хөдөөгийн сүм хийдүүд",
            1995,
            "book",
        ),
        (
            "Қ. Әбдіқадыров, Дала сәулеті, Алматы: Ғылым, 2004, б. 33.",
            "Қ. Әбдіқадыров",
            "Дала сәулеті",
            2004,
            "book",
        ),
        # ... with a place and no publisher: no GOST "С. 45" for all its "с."
        (
            "В. И. Орлов, Записки о степных монастырях, Казань, 1879, с. 101.",
            "В. И. Орлов",
            "Записки о степных монастырях",
            1879,
            "book",
        ),
        # a Latvian edition statement is no part of the title; the page after the number
        (
            "Bērziņš K. Zemes tiesību pamati. 3. papild. izd. Rīga: Tiesu nams, 2019, 41. lpp.",
            "Bērziņš K.",
            "Zemes tiesību pamati",
            2019,
            "book",
        ),
        # a name, a title and a place before a colon: no clause announcing a source
        (
            "Skat. Ozols P. Mežu īpašums un tā robežas. Rīga: Zinātne, 2008, 15. lpp.",
            "Ozols P.",
            "Mežu īpašums un tā robežas",
            2008,
            "book",
        ),
        # a Latvian article: the date the year opens, the issue, the pages number first
        (
            "Liepa D. Lauku zeme un tirgus. Jurista Vārds, 2019. gada 5. marts, nr. 9 (1067), 20.–24. lpp.",
            "Liepa D",
            "Lauku zeme un tirgus",
            2019,
            "article",
        ),
    ],
)
def test_note_fields(text: str, author: str, title: str, year: int, kind: str) -> None:
    authors, got_title, got_year, got_kind = _note(text)
    assert authors and authors[0].rstrip(".") == author.rstrip(".")
    assert (got_title, got_year, got_kind) == (title, year, kind)


@pytest.mark.parametrize(
    "repeat",
    [
        "Мөн тэнд, х. 14.",
        "Ўша жойда, 7-бет.",
        "Yenə orada, s. 12.",
        "Նույն տեղում, էջ 5։",
        "Turpat, 9. lpp.",
        "Сонда, 44-б.",
        "Долгор, дээрх бүтээл, х. 9.",
        "Әбдіқадыров, көрсетілген еңбек, б. 40.",
    ],
)
def test_repeat_notes_are_no_commentary(repeat: str) -> None:
    assert citation_start(repeat)[1] is False


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Газрын тухай хууль, 2002 оны 6 дугаар сарын 7, 12 дугаар зүйл.",
            ("Газрын тухай хууль", "2002"),
        ),
        ("Meža likums. Latvijas Vēstnesis, 2000. gada 16. marts, nr. 98.", ("Meža likums", "2000")),
        (
            "Likums „Par lauksaimniecības zemi”. Latvijas Vēstnesis, 2011, nr. 5.",
            ("Par lauksaimniecības zemi", "2011"),
        ),
        (
            "Vietos savivaldos įstatymas, 1994 m. liepos 7 d.",
            ("Vietos savivaldos įstatymas", "1994"),
        ),
        # a book about a law is no law
        ("Ozols P. Meža likums un prakse. Rīga: Zinātne, 2008.", None),
    ],
)
def test_titled_law(text: str, want: tuple[str, str] | None) -> None:
    assert titled_law(text) == want


@pytest.mark.parametrize(
    ("text", "legal"),
    [
        ("Meža likums. Latvijas Vēstnesis, 2000. gada 16. marts, nr. 98.", True),
        ("Komisijas paziņojums par X. Eiropas Savienības Oficiālais Vēstnesis, C 12, 2020.", True),
        (
            "Commission notice on Y. Official Journal of the European Union, C 350, 2017, 5–20.",
            True,
        ),
        ("Ozols P. Mežu vēsture. Rīga: Latvijas Vēstnesis, 2005.", False),
    ],
)
def test_legal_sources_no_list_holds(text: str, legal: bool) -> None:
    assert legal_source(text) is legal


@pytest.mark.parametrize(
    "heading",
    [
        "## Ном зүй",
        "## Ашигласан ном зүй",
        "## Пайдаланылған әдебиеттер",
        "## Foydalanilgan adabiyotlar",
        "## Ədəbiyyat",
        "## Մատենագիտություն",
    ],
)
def test_literature_headings(heading: str) -> None:
    assert is_literature_heading(heading)
