"""Vancouver lists in the Nordic languages, Finnish and Dutch (fix75g): a chapter "I:" /
"Teoksessa:" its editors' book, a volume's designation after the title, a body heading an
entry whose imprint is the place and year alone or a page seen on a date."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference


def _parse(text: str):  # type: ignore[no-untyped-def]
    return parse_reference(text, [0], detect_styles=True)


# (entry, title, kind, pages)
CHAPTERS = [
    # Swedish: "I:", the editors closed by "red."
    (
        "Holmberg A. Hamnarbetarnas löner 1880-1914. I: Sandberg L, Ek M, red. Svensk "
        "arbetarhistoria. Lund: Arkiv förlag; 2004. s. 101-130.",
        "Hamnarbetarnas löner 1880-1914",
        RefKind.CHAPTER,
        "101-130",
    ),
    # Swedish: one editor, "redaktör"
    (
        "Strand E. Flottningen i Ljusnan. I: Nordin K, redaktör. Skogen och älven. Umeå: "
        "Boréa; 2011. s. 45-60.",
        "Flottningen i Ljusnan",
        RefKind.CHAPTER,
        "45-60",
    ),
    # Danish: "I:", "red."
    (
        "Kjær P. Havnens arbejdere. I: Lund B, Friis H, red. Dansk søfart 1850-1914. "
        "Odense: Syddansk Universitetsforlag; 2008. s. 211-240.",
        "Havnens arbejdere",
        RefKind.CHAPTER,
        "211-240",
    ),
    # Danish: "redaktører"
    (
        "Holm T. Tømmerhandel i Aalborg. I: Berg A, Krogh S, redaktører. Limfjordens "
        "handel. Aalborg: Aalborg Universitetsforlag; 1999. s. 33-58.",
        "Tømmerhandel i Aalborg",
        RefKind.CHAPTER,
        "33-58",
    ),
    # Norwegian: "I:", the editors' mark in parentheses
    (
        "Aas K. Sagbruk på Østlandet. I: Vik O (red.). Norsk industrihistorie. Oslo: "
        "Universitetsforlaget; 2015. s. 88-97.",
        "Sagbruk på Østlandet",
        RefKind.CHAPTER,
        "88-97",
    ),
    # Finnish: "Teoksessa:", "toim."
    (
        "Laine J. Sahateollisuuden palkat. Teoksessa: Mäkinen P, toim. Suomen "
        "taloushistoria. Helsinki: Otava; 2003. s. 12-34.",
        "Sahateollisuuden palkat",
        RefKind.CHAPTER,
        "12-34",
    ),
    # Finnish: "Teoksessa" without the colon
    (
        "Koski R. Metsätyön historia. Teoksessa Niemi A, Salo T, toim. Metsä ja mies. "
        "Jyväskylä: Atena; 2010. s. 5-21.",
        "Metsätyön historia",
        RefKind.CHAPTER,
        "5-21",
    ),
    # Dutch: "In:", "red."
    (
        "Bakker W. Loonvorming in de Zaanstreek. In: de Wit H, red. Arbeid en industrie. "
        "Amsterdam: Aksant; 2006. p. 77-95.",
        "Loonvorming in de Zaanstreek",
        RefKind.CHAPTER,
        "77-95",
    ),
]


@pytest.mark.parametrize(("text", "title", "kind", "pages"), CHAPTERS)
def test_chapter_in_native_word(text: str, title: str, kind: RefKind, pages: str) -> None:
    ref = _parse(text)
    assert (ref.title, ref.kind, ref.pages) == (title, kind, pages)


# (entry, title, year, kind)
VOLUMES = [
    (
        "Lind A, Berg K. Trävaruexportens historia. Del 2. Stockholm: Norstedts; 1948.",
        "Trävaruexportens historia",
        1948,
        RefKind.BOOK,
    ),
    (
        "Olsen H. Norges skogbruk 1800-1900. Bind 3. Oslo: Aschehoug; 1962.",
        "Norges skogbruk 1800-1900",
        1962,
        RefKind.BOOK,
    ),
    (
        "Grant R, Ellis M. Wages in the northern ports 1850-1913. Part 2. London: Methuen; "
        "1931. (Studies in Economic History; 4).",
        "Wages in the northern ports 1850-1913",
        1931,
        RefKind.BOOK,
    ),
    (
        "Parry D. Textbook of marine engineering. Vol. 2. Glasgow: Brown; 1925.",
        "Textbook of marine engineering",
        1925,
        RefKind.BOOK,
    ),
]


@pytest.mark.parametrize(("text", "title", "year", "kind"), VOLUMES)
def test_volume_designation_no_part_of_title(
    text: str, title: str, year: int, kind: RefKind
) -> None:
    ref = _parse(text)
    assert (ref.title, ref.year, ref.kind) == (title, year, kind)


# (entry, author, title, year, kind)
BODIES = [
    (
        "Statistiska centralbyrån. Bergshantering år 1895. Stockholm; 1896. (Bidrag till "
        "Sveriges officiella statistik; E).",
        "Statistiska centralbyrån",
        "Bergshantering år 1895",
        1896,
        RefKind.BOOK,
    ),
    (
        "Board of Agriculture. Agricultural returns for Great Britain 1875. London; 1876.",
        "Board of Agriculture",
        "Agricultural returns for Great Britain 1875",
        1876,
        None,  # (a body's returns: the kind as the body rules file it)
    ),
    (
        "Danmarks Statistik. Historisk statistik for Danmark [Internet]. København: "
        "Danmarks Statistik [citeret 2024 feb 12]. Tilgængelig fra: "
        "https://www.dst.dk/historisk-statistik",
        "Danmarks Statistik",
        "Historisk statistik for Danmark",
        None,
        RefKind.WEB,
    ),
    (
        "Norges Bank. Historisk monetær statistikk [Internet]. Oslo: Norges Bank [sitert "
        "2023 okt 1]. Tilgjengelig fra: https://www.norges-bank.no/historisk",
        "Norges Bank",
        "Historisk monetær statistikk",
        None,
        RefKind.WEB,
    ),
]


@pytest.mark.parametrize(("text", "author", "title", "year", "kind"), BODIES)
def test_body_heading_entry(
    text: str, author: str, title: str, year: int | None, kind: RefKind | None
) -> None:
    ref = _parse(text)
    assert (ref.authors, ref.title) == ((author,), title)
    if year is not None:
        assert ref.year == year
    if kind is not None:
        assert ref.kind is kind


# guards: a real article stays an article; a volume's Roman numeral before a colon is no
# "I:"; an authorless title sentence is no body
GUARDS = [
    (
        "Holm K, Berg L. Sågverksarbetarnas löner. Scand Econ Hist Rev. 2001;12:3-4.",
        "Sågverksarbetarnas löner",
        RefKind.ARTICLE,
    ),
    (
        "Nyberg T. Strejkerna vid kusten. Historisk tidskrift. 2016;136(3):421-48.",
        "Strejkerna vid kusten",
        RefKind.ARTICLE,
    ),
    (
        "Lund P. Industrins historia. Stockholm: Prisma; 1990.",
        "Industrins historia",
        RefKind.BOOK,
    ),
]


@pytest.mark.parametrize(("text", "title", "kind"), GUARDS)
def test_guards(text: str, title: str, kind: RefKind) -> None:
    ref = _parse(text)
    assert (ref.title, ref.kind) == (title, kind)


REWRITES = [
    ("Titel. I: Berg K, red. Bok. Lund: X; 2001.", "Titel. In: Berg K, red. Bok. Lund: X; 2001."),
    ("Otsikko. Teoksessa: Niemi A, toim. Kirja.", "Otsikko. In: Niemi A, toim. Kirja."),
    # a volume's numeral: no editors after it
    ("Historia. Vol. I: The early years. Oslo: X; 2001.", None),
    ("Historia. Del I: Medeltiden. Lund: X; 1990.", None),
]


@pytest.mark.parametrize(("text", "want"), REWRITES)
def test_english_in(text: str, want: str | None) -> None:
    from bibcheck.parse.references.native_in import english_in

    assert english_in(text) == (want if want is not None else text)


@pytest.mark.parametrize(
    ("sentence", "want"),
    [("Part 2.", True), ("Del II.", True), ("Bd. 3", True), ("Part of the story.", False)],
)
def test_volume_statement(sentence: str, want: bool) -> None:
    from bibcheck.parse.references.vancouver import volume_statement

    assert volume_statement(sentence) is want


def test_body_head_shapes() -> None:
    from bibcheck.parse.references.vancouver_body import body_head

    head = body_head("Kommerskontoret. Fabriksstatistik 1880. Malmö; 1881. (Serie; B).")
    assert head is not None
    assert (head.org, head.place) == ("Kommerskontoret", "Malmö")
    # (a first sentence of more than six words is a title, not a body)
    assert body_head("A history of the timber trade in the north. Notes. Lund; 1990.") is None
    # (the full imprint "Place: Publisher; year" is the IEEE/Vancouver parser's own)
    assert body_head("Kommerskontoret. Fabriksstatistik 1880. Malmö: Kontoret; 1881.") is None
