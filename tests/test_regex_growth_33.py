"""Fix round 33: the last quadratic patterns of benchmarks/regex_worst_case.py made linear.
As in tests/test_regex_growth.py (whose ``assert_linear`` this uses): for each, adversarial
lines of the scanner's kind take at most 30 times as long at 10,000 characters as at 1,000,
and a table shows the lines the pattern is for still read as before.  Own fixtures."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

import pytest

from bibcheck.parse.references import archival, inverted_names, mhra, repeat, serial, vancouver
from bibcheck.parse.references.generic import _ONE_LISTED, authors_and_title
from bibcheck.parse.references.wikicite import _local_date
from bibcheck.readers import html
from bibcheck.readers.kramdownrfc import _SECTION_OF, citation
from bibcheck.readers.latex.macros import _definitions
from bibcheck.readers.pandoc import _header_captions
from tests.test_regex_growth import assert_linear

Line = Callable[[int], str]


def _spans(pattern: re.Pattern[str]) -> Callable[[str], object]:
    return lambda text: [m.span() for m in pattern.finditer(text)]


# --- MHRA names (mhra._PERSON: a natural-order name starts a word or its first initial) ----


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "А" * n + "\n", id="cyrillic-capitals"),
        pytest.param(lambda n: "A" * n + "\x00", id="capitals"),
        pytest.param(lambda n: "aB" * (n // 2), id="camel-case"),
        pytest.param(lambda n: "Ab1" * (n // 3) + " ", id="letters-and-digits"),
        pytest.param(lambda n: "A." * (n // 2) + "x", id="initials"),
        pytest.param(lambda n: "A. " * (n // 3) + "x", id="spaced-initials"),
        pytest.param(lambda n: "A.-" * (n // 3) + "x", id="hyphened-initials"),
        pytest.param(lambda n: "van McAa'Aa-a-Aa, A-A." + "A" * n + "\x00", id="scanner"),
    ],
)
def test_mhra_person_is_linear(line: Line) -> None:
    assert_linear(_spans(mhra._PERSON), line)


@pytest.mark.parametrize(
    ("names", "people"),
    [
        ("J. M. Keynes and Joan Robinson", ("J. M. Keynes", "Joan Robinson")),
        (
            "Robinson, Joan, Piero Sraffa and L. L. Pasinetti",
            ("Robinson, Joan", "Piero Sraffa", "L. L. Pasinetti"),
        ),
        ("Ann-Marie O’Connor & R. D. Laing", ("Ann-Marie O’Connor", "R. D. Laing")),
        ("Del Vecchio, G., and others", ("Del Vecchio, G.",)),
        ("van Gennep, A.", ("van Gennep, A.",)),
        ("P.-J. Proudhon", ("P.-J. Proudhon",)),
        ("Mary O'Brien, Ruth Lee, Tom Kay", ("Mary O'Brien", "Ruth Lee", "Tom Kay")),
        ("Dunn, J. A. B., Ada Brook", ("Dunn, J. A. B.", "Ada Brook")),
        ("Lise DuBois and Karl MacLeod", ("Lise DuBois", "Karl MacLeod")),
        ("Hamilton Dock Workers Union", ("Hamilton Dock Workers Union",)),
    ],
)
def test_mhra_people_still_read(names: str, people: tuple[str, ...]) -> None:
    assert mhra._people(names) == people


# --- RFC-style lists (generic._ONE_LISTED: initials then a surname start at the first) -----


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "A. -" * (n // 4) + "\x00", id="scanner"),
        pytest.param(lambda n: "A." * (n // 2) + "x", id="initials"),
        pytest.param(lambda n: "A. " * (n // 3) + "1", id="spaced-initials"),
    ],
)
def test_one_listed_is_linear(line: Line) -> None:
    assert_linear(_spans(_ONE_LISTED), line)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "Quint, P. " + "A. " * (n // 3) + ', "Title", 2001.', id="initials"),
        pytest.param(lambda n: "Quint, P." + "A." * (n // 2) + ', "Title", 2001.', id="unspaced"),
    ],
)
def test_rfc_list_is_linear(line: Line) -> None:
    assert_linear(authors_and_title, line)


@pytest.mark.parametrize(
    ("text", "authors", "title"),
    [
        (
            'Marlow, K., Osei, T., and P. Quint, "Framing Rules for Relay Streams", RFC 9912, '
            "March 2024.",
            ("Marlow, K.", "Osei, T.", "P. Quint"),
            "Framing Rules for Relay Streams",
        ),
        (
            'Adeyemi, B., Ed., "Key Rotation in Small Networks", Work in Progress, 2023.',
            ("Adeyemi, B.",),
            "Key Rotation in Small Networks",
        ),
        (
            'Varga, L. A., and J.-P. Roux, "Timers Considered Harmful", BCP 99, 2019.',
            ("Varga, L. A.", "J.-P. Roux"),
            "Timers Considered Harmful",
        ),
        (
            'Okafor, C., Lindqvist, E. M., and D. van Aken, "A Registry of Probe Names", '
            "RFC 9990, May 2025.",
            ("Okafor, C.", "Lindqvist, E. M.", "D. van Aken"),
            "A Registry of Probe Names",
        ),
        ('Ibarra, S., "Naming Things Twice", 2021.', ("Ibarra, S.",), "Naming Things Twice"),
    ],
)
def test_rfc_lists_still_read(text: str, authors: tuple[str, ...], title: str) -> None:
    assert authors_and_title(text) == (authors, title)


# --- fonds, inventory, file of post-Soviet archives (archival._POST_SOVIET) ----------------


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "Ф. Р-" + "1" * n + "\n", id="digits"),
        pytest.param(lambda n: "Ф. 1" + "а" * n + ". x", id="letters"),
        pytest.param(lambda n: "Оп. 1" + "1-" * (n // 2) + "\x00", id="digits-and-dashes"),
    ],
)
def test_post_soviet_is_linear(line: Line) -> None:
    assert_linear(archival.archival_source, line)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("ДАХО. Ф. Р-1421. Оп. 3. Спр. 27. Арк. 5–9.", "Ф. Р-1421. Оп. 3"),
        ("ЦГА СПб. Ф. 7384. Оп. 18. Д. 1203. Л. 14об.", "Ф. 7384. Оп. 1"),
        ("НАРБ. Ф. 4п. Оп. 1. Д. 45. Л. 2.", "Ф. 4п. Оп. 1"),
        ("НАРБ, Ф. 4п, Оп. 1, Д. 45, Л. 2", None),
        ("Ед. хр. 12а. Л. 3", "Ед. хр. 12а. Л. 3"),
        ("ГАРФ. Ф. 5446. Оп. 1 доп.", "Ф. 5446. Оп. 1"),
        ("Ф.12-а Оп.4", "Ф.12-а Оп.4"),
        ("Ф. 12 — see the fonds", None),
        ("Ф. 1234567890123а. Оп. 2", "Ф. 1234567890123а. Оп. 2"),
    ],
)
def test_post_soviet_marks_still_read(text: str, found: str | None) -> None:
    m = archival._POST_SOVIET.search(text)
    assert (m.group(0) if m else None) == found
    # marks parted by commas are no match of this pattern, but an archive file all the
    # same since fix round 50 (fonds, inventory and file in order: gost_sources.py)
    parted = text.startswith("НАРБ, Ф.")
    assert archival.archival_source(text) is (found is not None or parted)


# --- Vietnamese Wikipedia dates (wikicite._VI_DATE) ----------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "ngày 1 tháng 1" + " " * n + "\x00", id="spaces"),
        pytest.param(lambda n: "ngày 1 tháng 1 năm" + " " * n + ",x", id="spaces-after-nam"),
        pytest.param(lambda n: "ngày" + " " * n + "1", id="spaces-after-ngay"),
    ],
)
def test_vietnamese_date_is_linear(line: Line) -> None:
    assert_linear(_local_date, line)


@pytest.mark.parametrize(
    ("raw", "day"),
    [
        ("ngày 14 tháng 8 năm 2023", date(2023, 8, 14)),
        ("Ngày 3 tháng 11, 2021", date(2021, 11, 3)),
        ("ngày 1 tháng 1năm 2020", date(2020, 1, 1)),
        ("ngày 5 tháng 13 năm 2020", None),
        ("ngày  7  tháng  2  năm  2019", date(2019, 2, 7)),
        ("NGÀY 9 THÁNG 9 NĂM 1999", date(1999, 9, 9)),
        ("ngày 9 tháng 9 năm , 1999", date(1999, 9, 9)),
        ("ngày 9 tháng 9", None),
    ],
)
def test_vietnamese_dates_still_read(raw: str, day: date | None) -> None:
    assert _local_date(raw) == day


# --- Vancouver "Place (ST): Publisher" (vancouver._PLACE_IN_PARENS) -------------------------


def _place_in_parens(text: str) -> tuple[str, str] | None:
    m = vancouver._PLACE_IN_PARENS.match(text)
    return (m.group("place").strip(), m.group("publisher").strip()) if m else None


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: " aa (aa) : " + " " * n + "\x00", id="scanner"),
        pytest.param(lambda n: "Leeds (UK): " + "a " * (n // 2) + ":", id="words-then-a-colon"),
        pytest.param(lambda n: "Leeds (UK):" + "\t" * n + "\n:", id="tabs"),
    ],
)
def test_place_in_parens_is_linear(line: Line) -> None:
    assert_linear(_place_in_parens, line)
    assert_linear(vancouver.vancouver_imprint, line)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        (
            "Bethesda (MD): National Library of Medicine (US); 2005",
            ("Bethesda (MD)", "National Library of Medicine (US)"),
        ),
        ("Cambridge (MA): Harbour Press, 2019", ("Cambridge (MA)", "Harbour Press")),
        ("Geneva (CH) : Lakeside Press", ("Geneva (CH)", "Lakeside Press")),
        ("London (UK):Dock Books", ("London (UK)", "Dock Books")),
        ("Oxford (UK): ", ("Oxford (UK)", "")),
        ("Springfield (IL): Pub: Two", None),
        ("Ottawa (ON): Northern Agency\n", ("Ottawa (ON)", "Northern Agency")),
        ("  Perth (WA): Swan Books ; 2010", ("Perth (WA)", "Swan Books")),
        ("Leeds (UK):   ,", ("Leeds (UK)", "")),
        ("1 Leeds (UK): X", None),
    ],
)
def test_place_in_parens_still_read(text: str, read: tuple[str, str] | None) -> None:
    assert _place_in_parens(text) == read


# --- knitr chunk headers' captions (pandoc._HEADER_CAPTION) --------------------------------


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "fig.cap =" + " " * n, id="spaces"),
        pytest.param(lambda n: "fig.cap = c(" + " " * n + "x", id="spaces-after-c"),
        pytest.param(lambda n: "```{r " + "fig.cap= " * (n // 9), id="many-options"),
    ],
)
def test_header_caption_is_linear(line: Line) -> None:
    assert_linear(_header_captions, line)


@pytest.mark.parametrize(
    ("line", "spans"),
    [
        ('```{r rain, fig.cap="Rainfall by month"}', [(21, 38)]),
        ("```{r, fig.cap = 'A \\'quoted\\' map', echo=FALSE}", [(18, 34)]),
        ('```{r fig.cap=c("First", "Second")}', [(17, 22)]),
        ('```{r tab.cap = "Counts", fig-cap="x"}', [(17, 23), (35, 36)]),
        ('```{r fig.subcap = c( "a" , "b" )}', [(23, 24)]),
        ('```{r fig.cap=paste("x")}', []),
        ('```{r tbl-cap="Means"}', [(15, 20)]),
        ('```{r prefig.cap="no"}', []),
    ],
)
def test_header_captions_still_read(line: str, spans: list[tuple[int, int]]) -> None:
    assert _header_captions(line) == spans


# --- LaTeX macro definitions (macros._NEWCOMMAND, _SPEC, _LET) -----------------------------


def _read_definitions(text: str) -> object:
    return [(kind, m.name, m.arguments, m.body) for kind, m in _definitions(text)]


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "\\newcommand" + " " * n + "\x00", id="newcommand-spaces"),
        pytest.param(lambda n: "\\renewcommand*" + " " * n + "\x00", id="starred-spaces"),
        pytest.param(lambda n: "\\NewDocumentCommand{\\x}{" + " " * n + "x}{}", id="spec-spaces"),
        pytest.param(
            lambda n: "\\NewDocumentCommand{\\x}{" + "m" * n + "}{#1}", id="many-arguments"
        ),
        pytest.param(lambda n: "\\let\\a" + " " * n + "x", id="let-spaces"),
    ],
)
def test_macro_definitions_are_linear(line: Line) -> None:
    assert_linear(_read_definitions, line)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        (
            "\\NewDocumentCommand{\\mycite}{ o m }{\\cite[#1]{#2}}",
            [("NewDocumentCommand", "mycite", ("o", "m"), "\\cite[#1]{#2}")],
        ),
        ("\\newcommand*{\\ie}{i.e.}", [("newcommand", "ie", (), "i.e.")]),
        ("\\renewcommand \\x [2]{#1-#2}", [("renewcommand", "x", ("m", "m"), "#1-#2")]),
        (
            "\\NewDocumentCommand\\foo{+m O{x}}{#1}",
            [("NewDocumentCommand", "foo", ("m", "O:x"), "#1")],
        ),
        ("\\NewDocumentCommand\\bar{r()}{#1}", []),
        ("\\let\\oldcite = \\cite", [("let", "oldcite", (), "cite")]),
        ("\\let \\a\\b", [("let", "a", (), "b")]),
        ("\\newcommand * {\\y}{why}", [("newcommand", "y", (), "why")]),
        ("\\providecommand\\z{zed}", [("providecommand", "z", (), "zed")]),
        (
            "\\NewDocumentCommand{\\s}{ s +o  m }{#3}",
            [("NewDocumentCommand", "s", ("s", "o", "m"), "#3")],
        ),
        ("\\NewDocumentCommand{\\e}{ }{empty}", [("NewDocumentCommand", "e", (), "empty")]),
    ],
)
def test_macro_definitions_still_read(text: str, read: object) -> None:
    assert _read_definitions(text) == read


# --- numeric link text in HTML (html._NUMERIC_TEXT) ----------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "[ 1 ] ," + " " * n, id="scanner"),
        pytest.param(lambda n: "1" + " " * n + "x", id="spaces-after-a-number"),
        pytest.param(lambda n: "1," + " " * n + "x", id="spaces-after-a-comma"),
    ],
)
def test_numeric_text_is_linear(line: Line) -> None:
    assert_linear(html._NUMERIC_TEXT.fullmatch, line)


@pytest.mark.parametrize(
    ("text", "numeric"),
    [
        ("[3]", True),
        ("3", True),
        ("(12)", True),
        ("1–3", True),
        ("[1, 2]", True),
        ("[1]-[3]", True),
        ("2020", True),  # (the caller tells a year apart)
        ("[ 4 ]", True),
        ("1,2,5-7", True),
        ("(1) , (2)", True),
        ("12345", False),
        ("[a]", False),
        ("1 2", False),
        ("[1]]", False),
        ("", False),
    ],
)
def test_numeric_text_still_read(text: str, numeric: bool) -> None:
    assert bool(html._NUMERIC_TEXT.fullmatch(text)) is numeric


# --- the other authors of an inverted list (inverted_names._PERSON) -------------------------


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "А" * n + "\n", id="cyrillic-capitals"),
        pytest.param(lambda n: "aB" * (n // 2), id="camel-case"),
        pytest.param(lambda n: "A-" * (n // 2) + "\x00", id="hyphens"),
        pytest.param(lambda n: "A’" * (n // 2) + "\x00", id="apostrophes"),
        pytest.param(lambda n: "A." * (n // 2) + "x", id="initials"),
        pytest.param(lambda n: "A. " * (n // 3) + "x", id="spaced-initials"),
    ],
)
def test_inverted_person_is_linear(line: Line) -> None:
    assert_linear(_spans(inverted_names._PERSON), line)


@pytest.mark.parametrize(
    ("body", "authors"),
    [
        (
            "Lee, Kim, Sam Park, and Jo Chen, *Ferry Lines,* Boston: Harbour Institute, 2007.",
            ("Lee, Kim", "Sam Park", "Jo Chen"),
        ),
        (
            "Roe, Ann, J. M. Vale and Tim Wu. *Who Runs the Port?*, Oxford: Dock Press, 2006.",
            ("Roe, Ann", "J. M. Vale", "Tim Wu"),
        ),
        (
            "Okoro, Ada, Jean-Luc Perrin, Ann M. de Vries & Bo O’Hara, *Salt Roads*. London: "
            "Quay, 2011.",
            ("Okoro, Ada", "Jean-Luc Perrin", "Ann M. de Vries", "Bo O’Hara"),
        ),
        (
            "Stone, Eli, A.B. Moss, and Cy Dunn, *Rivers*, Leeds: Mill, 1999.",
            ("Stone, Eli", "A.B. Moss", "Cy Dunn"),
        ),
        (
            "Park, Sam and Ana Lúcia Ferreira. *Portos*. Lisboa: Cais, 2014.",
            ("Park, Sam", "Ana Lúcia Ferreira"),
        ),
    ],
)
def test_inverted_lists_still_read(body: str, authors: tuple[str, ...]) -> None:
    fields = inverted_names.parse(body)
    assert fields is not None and fields.authors == authors


# --- the surname before a cross-reference's short title (repeat._NAMED_BEFORE) --------------


def _named_before(text: str) -> str | None:
    m = repeat._NAMED_BEFORE.search(text)
    return m.group("surname") if m else None


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "a" * n + "\x00", id="one-long-word"),
        pytest.param(lambda n: "a-" * (n // 2) + ", x,", id="hyphened-word"),
        pytest.param(lambda n: "Ab1" * (n // 3) + ",x", id="no-space-after-the-comma"),
        pytest.param(lambda n: "Ab, " + "b" * n, id="long-title"),
    ],
)
def test_named_before_is_linear(line: Line) -> None:
    assert_linear(_named_before, line)


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        ("vgl. Pollack, Kirche ", "Pollack"),
        ("Siehe Müller-Lüdenscheidt, Stadt und Land ", "Müller-Lüdenscheidt"),
        ("Cf. O’Neill, Essays ", "O’Neill"),
        ("Kowalski, Historia, 12, Nowak, Dzieje ", "Nowak"),
        ("Ders., Werk ", None),
        ("12Smith, Title ", "Smith"),
        ("x_Smith, Title ", "x_Smith"),
        ("'Smith, Title ", "Smith"),
        ("Smith,Title ", None),
        ("Smith, " + "t" * 81, None),
        ("a, b ", None),
        ("Ab, b\n", "Ab"),
        ("Lee-, T", "Lee-"),
        ("--, T", None),
    ],
)
def test_named_before_still_read(text: str, surname: str | None) -> None:
    assert _named_before(text) == surname


# --- kramdown-rfc "{{Section 3 of RFC9110}}" (kramdownrfc._SECTION_OF) ---------------------


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "Sections" + " " * n + "\x00", id="scanner"),
        pytest.param(lambda n: "Section" + " of" * (n // 3), id="of-of-of"),
        pytest.param(lambda n: "Table 1 of" + " " * n + "x y", id="spaces-before-the-ref"),
    ],
)
def test_section_of_is_linear(line: Line) -> None:
    assert_linear(_SECTION_OF.match, line)


@pytest.mark.parametrize(
    ("body", "cited"),
    [
        ("Section 3 of RFC9110", ("RFC9110", None)),
        ("Sections 2.1 and 4 of RFC8446", ("RFC8446", None)),
        ("Appendix A in I-D.ietf-quic-http", ("I-D.ietf-quic-http", None)),
        ("Figure 2 of RFC791", ("RFC791", None)),
        ("section  5 of  RFC2119", ("RFC2119", None)),
        ("Section of RFC1", None),
        ("Section  of RFC1", ("RFC1", None)),  # (the second space before "of")
        ("Table 1 of RFC0000=alias", ("RFC0000", "alias")),
        ("Sections 1, 2 in ?RFC7000", ("RFC7000", None)),
        ("Section\t4\tof\tRFC5321", ("RFC5321", None)),
        ("Section 3 of", None),
        ("RFC9110, Section 3", ("RFC9110", None)),
        ("Section 3 of RFC 9110", None),
    ],
)
def test_section_of_still_read(body: str, cited: tuple[str, str | None] | None) -> None:
    assert citation(body) == cited


# --- DIN 1505-2 "Journal 45 (1996)" (serial._VOLUME_YEAR; read() bounds its segments) -------


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "a" * n, id="one-long-word"),
        pytest.param(lambda n: "Ab " * (n // 3) + "1 (x)", id="words-then-no-year"),
        pytest.param(lambda n: "1 " * (n // 2) + "a 1 (1999", id="numbers-then-a-letter"),
    ],
)
def test_volume_year_is_linear(line: Line) -> None:
    assert_linear(serial._VOLUME_YEAR.match, line)


@pytest.mark.parametrize(
    ("segment", "read"),
    [
        ("Zeitschrift für Ostforschung 45 (1996)", ("Zeitschrift für Ostforschung", "45", "1996")),
        ("Archiv für Sozialgeschichte 12 (2004)", ("Archiv für Sozialgeschichte", "12", "2004")),
        ("ZfG 7 (1959)", ("ZfG", "7", "1959")),
        ("Blätter für deutsche Landesgeschichte 139/140 (2004)", None),
        ("1. Beiheft 3 (1988)", ("1. Beiheft", "3", "1988")),
        ("12 (2004)", None),
        ("Jahrbuch 2004 (2004)", ("Jahrbuch", "2004", "2004")),
        ("Historische Zeitschrift  301 (2015)", ("Historische Zeitschrift ", "301", "2015")),
        ("Revue 5 (1499)", None),
        ("Mitteilungen 45 (1996) ", None),
        ("Vjschr. 3 (2020)", ("Vjschr.", "3", "2020")),
    ],
)
def test_volume_year_still_read(segment: str, read: tuple[str, str, str] | None) -> None:
    m = serial._VOLUME_YEAR.match(segment)
    assert (m.group("host", "volume", "year") if m else None) == read
