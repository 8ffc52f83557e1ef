"""Fix 56b: entries and notes in the shapes of Hungarian, Czech/Slovak, Swedish and EU
documents, and the lists they are looked up in.

* family name first, initials after, a comma between names and a colon before the title
  (``Kiss A., Tóth B.: Cím.``, ``… (2019): Cím``, a married name ``G.-Nagy``); a year
  written as an ordinal (``a 1998. évi``) ends no sentence; ``Publisher, Place, Year`` after
  the title (``Kiadó, Budapest, 2016``) is the imprint;
* Swedish ``i`` before a chapter's book, ``red.`` its editors; an official inquiry's
  designation (``SOU 1962:14``) is no part of the title; a file in a Nordic archive
  (``Riksarkivet, …, vol. 7``, ``SE/RA/…``) is an archival source;
* a note pointing to a body's web page or data portal, when the list holds that body's
  work, lacks no entry;
* a note citing an act by the designation that opens its long title is that entry;
* LaTeX: a key cited outside every reference section that prints a list, and in no
  section, is printed in no list.

Every fixture is written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode, Reference, RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.archival import archival_file
from bibcheck.parse.references.generic import split_sentences
from bibcheck.parse.references.inquiry_series import without_series_designation
from bibcheck.parse.references.listedbody import body_names, names_listed_body
from bibcheck.parse.references.reportkind import titled_report
from bibcheck.parse.titleprefix import designated_prefix
from bibcheck.text import title_key
from tests.test_regex_growth import assert_linear


def _entry(text: str) -> Reference:
    return parse_reference(text, [1], detect_styles=True)


def _note(text: str) -> Reference:
    return parse_reference(text, [1], detect_styles=True, note=True)


# --- family name first, initials after, a colon before the title ---------------------------


@pytest.mark.parametrize(
    ("text", "authors", "title"),
    [
        pytest.param(
            "Kiss A., Tóth B.: A dunai árvizek története. Vízügyi Közlemények, 1999, 81 (2), "
            "201–219.",
            ("Kiss A.", "Tóth B."),
            "A dunai árvizek története",
            id="two-names-comma",
        ),
        pytest.param(
            "Szabó Gy., Molnár E., G.-Nagy Zs., Farkas P.: Talajerózió a Mecsekben. Földrajzi "
            "Értesítő, 2004, 53, 45–60.",
            ("Szabó Gy.", "Molnár E.", "G.-Nagy Zs.", "Farkas P."),
            "Talajerózió a Mecsekben",
            id="four-names-married-name",
        ),
        pytest.param(
            "Kiss A., Tóth B. (2016): A tiszai gátak. Akadémiai Kiadó, Budapest.",
            ("Kiss A.", "Tóth B."),
            "A tiszai gátak",
            id="year-before-colon",
        ),
        pytest.param(
            "Dvořák K., Procházka M.: Lesy jižních Čech. Academia, Praha, 2008.",
            ("Dvořák K.", "Procházka M."),
            "Lesy jižních Čech",
            id="czech-same-shape",
        ),
        pytest.param(
            "Horváth L.: A magyar tavak 1998. évi vízállása. Hidrológiai Tájékoztató, 2000, "
            "12, 3–9.",
            ("Horváth L.",),
            "A magyar tavak 1998. évi vízállása",
            id="year-as-ordinal",
        ),
        # (negatives: an inverted name with its given name and initial is one person; a
        # name in natural order before a title with a colon is one author)
        pytest.param(
            "Lindqvist, Anna M.: Kirche und Staat im Norden, Frankfurt a. M. 2001.",
            ("Lindqvist, Anna M.",),
            "Kirche und Staat im Norden",
            id="inverted-given-initial-one-name",
        ),
        pytest.param(
            "Markus Krajewski, Paper Machines: About Cards and Catalogs (Cambridge, MA: MIT "
            "Press, 2011).",
            ("Markus Krajewski",),
            "Paper Machines: About Cards and Catalogs",
            id="natural-order-not-joined",
        ),
    ],
)
def test_family_first_names_before_colon(text: str, authors: tuple[str, ...], title: str) -> None:
    ref = _entry(text)
    assert ref.authors == authors
    assert ref.title == title


@pytest.mark.parametrize(
    ("text", "publisher", "kind"),
    [
        pytest.param(
            "Fekete J.: A Bakony erdei. Mezőgazda Kiadó, Budapest, 2016.",
            "Mezőgazda Kiadó",
            RefKind.BOOK,
            id="publisher-place-year",
        ),
        pytest.param(
            "Fekete J.: A Bakony erdei. Mezőgazda Kiadó, Budapest, 2016, 88.",
            "Mezőgazda Kiadó",
            RefKind.BOOK,
            id="then-a-cited-page",
        ),
        # (negative: a journal, its volume and pages after the year, is no imprint)
        pytest.param(
            "Fekete J.: A Bakony erdei. Erdészeti Lapok, Melléklet, 2016, 151, 12–19.",
            None,
            RefKind.ARTICLE,
            id="journal-not-imprint",
        ),
    ],
)
def test_publisher_place_year(text: str, publisher: str | None, kind: RefKind) -> None:
    ref = _entry(text)
    assert ref.title == "A Bakony erdei"
    assert ref.publisher == publisher
    assert ref.kind is kind


@pytest.mark.parametrize(
    ("text", "authors", "title"),
    [
        pytest.param(
            "Központi Statisztikai Hivatal: Népszámlálás 2011, 3. kötet. KSH, Budapest, 2013.",
            ("Központi Statisztikai Hivatal",),
            "Népszámlálás 2011, 3. kötet",
            id="body-colon-title",
        ),
        # (negative: an initial and a name, then a sentence's end, is no body's name)
        pytest.param(
            "A. Berg. Schools and Teachers: A Study of Rural Towns. Teachers Press, Boston, 1990.",
            ("A. Berg",),
            "Schools and Teachers: A Study of Rural Towns",
            id="person-then-title-with-colon",
        ),
    ],
)
def test_organisation_with_publisher_place_year(
    text: str, authors: tuple[str, ...], title: str
) -> None:
    ref = _entry(text)
    assert ref.authors == authors
    assert ref.title == title


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        pytest.param("A tó 2003. évi aszálya. Folyóirat", 2, id="hungarian-year-word"),
        pytest.param("Az 1956. októberi napok. Kiadó", 2, id="hungarian-month"),
        pytest.param("Likums 2004. gada redakcijā. Rīga", 2, id="latvian-year-word"),
        # (negatives: a year then a sentence, a capital after the year)
        pytest.param("A history of lakes, 2003. Évi Press", 2, id="capital-after"),
        pytest.param("Lakes of Europe 2003. evidence of change", 2, id="other-lower-word"),
    ],
)
def test_year_as_ordinal(text: str, parts: int) -> None:
    sentences = split_sentences(text)
    assert len(sentences) == parts
    if "évi" in text or "októberi" in text or "gada" in text:
        assert sentences[0].endswith(("aszálya.", "napok.", "redakcijā."))


# --- Swedish and Nordic --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "container"),
    [
        pytest.param(
            "Karin Lund, ”Folkskolans lärare”, i Skolans historia: En antologi, red. Per Berg "
            "(Lund: Gleerups, 1995), s. 40–61.",
            RefKind.CHAPTER,
            "Skolans historia: En antologi",
            id="i-then-book-red",
        ),
        pytest.param(
            "Karin Lund, ”Folkskolans lärare”, i: Per Berg (red.), Skolans historia (Lund: "
            "Gleerups, 1995), s. 40–61.",
            RefKind.CHAPTER,
            "Skolans historia",
            id="i-colon-editors-first",
        ),
        # (negative: a capital "I" with no colon is a volume's numeral, not "in")
        pytest.param(
            'Karin Lund, "Folkskolans lärare," I (1995): 40–61.',
            RefKind.ARTICLE,
            None,
            id="roman-one-not-in",
        ),
    ],
)
def test_swedish_chapter(text: str, kind: RefKind, container: str | None) -> None:
    ref = _note(text)
    assert ref.kind is kind
    assert ref.title == "Folkskolans lärare"
    if container is not None:
        assert ref.host is None or container in (ref.host or "")


@pytest.mark.parametrize(
    ("text", "title", "kind"),
    [
        pytest.param(
            "SOU 1962:14, Förslag till ny skollag (Stockholm, 1962), s. 20.",
            "Förslag till ny skollag",
            RefKind.REPORT,
            id="sou-comma",
        ),
        pytest.param(
            "NOU 2005:3 Fra stykkevis til helt. Oslo, 2005.",
            "Fra stykkevis til helt",
            RefKind.REPORT,
            id="nou-space",
        ),
    ],
)
def test_inquiry_designation_no_title(text: str, title: str, kind: RefKind) -> None:
    ref = _note(text)
    assert ref.title == title
    assert ref.kind is kind


@pytest.mark.parametrize(
    ("title", "kept"),
    [
        pytest.param("SOU 1962:14, s. 20", True, id="designation-alone"),
        pytest.param("Sourcebook 1962: essays", True, id="look-alike-word"),
        pytest.param("Ds 2019:12. Ny lag om skolväsendet", False, id="ds-stop"),
    ],
)
def test_inquiry_designation_rule(title: str, kept: bool) -> None:
    ref = Reference(raw=title, line=1, end_line=1, title=title)
    assert (without_series_designation(ref).title == title) is kept


@pytest.mark.parametrize(
    ("text", "archival"),
    [
        pytest.param(
            "Riksarkivet, Stockholm, Ecklesiastikdepartementet, vol. 7.", True, id="ra-vol"
        ),
        pytest.param("Landsarkivet i Vadstena, Skolrådet, vol. B 2.", True, id="landsarkiv-vol"),
        pytest.param("KrA, Arméstaben, SE/KrA/0001/12, vol. 3.", True, id="reference-code"),
        # (negatives: a journal named "Arkiv …" and a journal's volume)
        pytest.param("Arkiv för nordisk filologi, vol. 12, s. 45–67.", False, id="arkiv-journal"),
        pytest.param("Scandia, Lund, vol. 12, s. 3.", False, id="journal-volume"),
    ],
)
def test_nordic_archive_file(text: str, archival: bool) -> None:
    assert archival_file(text) is archival


# --- a body's web page or data portal ------------------------------------------------------

_BODY_ENTRY = _entry(
    "Statistiska centralbyrån (2020). Befolkningens utbildning 2019. Stockholm: Enheten för "
    "utbildningsstatistik."
)
_PERSON_ENTRY = _entry("Lund, Karin (2020). Befolkningens utbildning. Stockholm: Gleerups.")


@pytest.mark.parametrize(
    ("note", "entries", "accounted"),
    [
        pytest.param(
            "Tabellerna finns i databasen hos Enheten för utbildningsstatistik: "
            "https://example.org/statistik/ (hämtad 3 maj 2023).",
            (_BODY_ENTRY,),
            True,
            id="publisher-of-body-entry",
        ),
        pytest.param(
            "Statistiska centralbyrån, Statistikdatabasen, https://example.org/sdb/ (hämtad "
            "3 maj 2023).",
            (_BODY_ENTRY,),
            True,
            id="author-of-body-entry",
        ),
        # (negatives: a person's entry names no body; a page the note's body is not listed)
        pytest.param(
            "Gleerups förlag, katalog, https://example.org/katalog/ (hämtad 3 maj 2023).",
            (_PERSON_ENTRY,),
            False,
            id="person-entry-publisher",
        ),
        pytest.param(
            "Skolverket, Statistik, https://example.org/skolverket/ (hämtad 3 maj 2023).",
            (_BODY_ENTRY,),
            False,
            id="other-body",
        ),
    ],
)
def test_body_portal(note: str, entries: tuple[Reference, ...], accounted: bool) -> None:
    ref = _note(note)
    assert ref.kind is RefKind.WEB
    assert names_listed_body(ref, body_names(entries)) is accounted


# --- an act cited by the designation that opens its long title ------------------------------

_ACTS = [
    "Regulation (EU) 2019/1020 of the European Parliament and of the Council of 20 June 2019 "
    "on market surveillance",
    "Regulation (EU) 2019/1009 of the European Parliament and of the Council of 5 June 2019 "
    "laying down rules on fertilising products",
    "Market Surveillance in Practice",
]


@pytest.mark.parametrize(
    ("short", "index"),
    [
        pytest.param("Regulation (EU) 2019/1020", 0, id="designation"),
        pytest.param("Regulation (EU) 2019/1009", 1, id="other-designation"),
        # (negatives: a number that opens no title at a word's end; no number; two titles)
        pytest.param("Regulation (EU) 2019/10", None, id="number-cut"),
        pytest.param("Market Surveillance", None, id="no-number"),
        pytest.param("Regulation (EU) 2019", None, id="opens-two"),
    ],
)
def test_designated_prefix(short: str, index: int | None) -> None:
    assert designated_prefix(title_key(short), [title_key(t) for t in _ACTS]) == index


def test_eu_act_title_ends_at_its_sentence() -> None:
    ref = _entry(
        "Regulation (EU) 2019/1020 of the European Parliament and of the Council of 20 June "
        "2019 on market surveillance. *Official Journal of the European Union*, L 169, 25 June "
        "2019."
    )
    assert ref.title == (
        "Regulation (EU) 2019/1020 of the European Parliament and of the Council of 20 June "
        "2019 on market surveillance"
    )


def test_designation_note_takes_the_listed_act(tmp_path: Path) -> None:
    doc = tmp_path / "brief.md"
    doc.write_text(
        "# Brief\n\nMarkets are watched.[^1] Products are labelled.[^2]\n\n"
        "[^1]: Regulation (EU) 2019/1020, Art. 4.\n"
        "[^2]: Market Surveillance in Practice, p. 4.\n\n"
        "# References\n\n"
        f"{_ACTS[0]}. *Official Journal of the European Union*, L 169, 25 June 2019.\n\n"
        f"{_ACTS[1]}. *Official Journal of the European Union*, L 170, 25 June 2019.\n\n"
        f"Meyer, A. (2021) *{_ACTS[2]}*. Berlin: Beuth.\n",
        encoding="utf-8",
    )
    parsed = parse_file(doc)
    first = parsed.footnotes[0]
    assert first.literature is not None and first.literature.number == 1
    assert first.reference.title == _ACTS[0]
    assert not any(a.code is AnomalyCode.LITERATURE_MISSING for a in parsed.anomalies)


# --- LaTeX: a key cited outside every list-printing reference section -----------------------

_BIB = r"""
@book{ek1990, author = {Ek, Lars}, title = {Skolan och staten}, year = {1990},
  publisher = {Liber}}
@book{berg1995, author = {Berg, Per}, title = {Skolans historia}, year = {1995},
  publisher = {Gleerups}}
@book{holm2001, author = {Holm, Eva}, title = {Lärarna}, year = {2001}, publisher = {Natur}}
"""


@pytest.mark.parametrize(
    ("front", "flagged"),
    [
        pytest.param(r"Earlier work \parencite{holm2001}.", {"holm2001"}, id="front-only"),
        # (negative: a key the front matter shares with a chapter is printed there)
        pytest.param(r"Earlier work \parencite{ek1990}.", set(), id="also-in-chapter"),
    ],
)
def test_key_outside_refsections(tmp_path: Path, front: str, flagged: set[str]) -> None:
    (tmp_path / "refs.bib").write_text(_BIB, encoding="utf-8")
    main = tmp_path / "thesis.tex"
    main.write_text(
        "\\documentclass{report}\n"
        "\\usepackage[style=authoryear,refsection=chapter]{biblatex}\n"
        "\\addbibresource{refs.bib}\n\\begin{document}\n"
        f"\\begin{{abstract}}\n{front}\n\\end{{abstract}}\n"
        "\\chapter{Ett}\nSchools \\parencite{ek1990}.\n\\printbibliography\n"
        "\\chapter{Två}\nTeachers \\parencite{berg1995}.\n\\printbibliography\n"
        "\\end{document}\n",
        encoding="utf-8",
    )
    parsed = parse_file(main)
    missing = {a.footnote for a in parsed.anomalies if a.code is AnomalyCode.LITERATURE_MISSING}
    assert missing == flagged
    assert [e.reference.title for e in parsed.literature] == [
        "Skolan och staten",
        "Skolans historia",
    ]


# --- linear on long lines ------------------------------------------------------------------

Line = Callable[[int], str]

LINES = [
    pytest.param(lambda n: "a" * n, id="one-long-word"),
    pytest.param(lambda n: "Kiss A., " * (n // 9), id="names-no-colon"),
    pytest.param(lambda n: "Ab Cd. " * (n // 7), id="capital-sentences"),
    pytest.param(lambda n: "Riksarkivet " * (n // 12), id="archive-words"),
    pytest.param(lambda n: "2003. " * (n // 6), id="years-stops"),
    pytest.param(lambda n: "SOU 1962:14 " * (n // 12), id="designations"),
]


@pytest.mark.parametrize("line", LINES)
def test_entry_parse_is_linear(line: Line) -> None:
    assert_linear(lambda text: parse_reference(text + ": Cím.", [1], detect_styles=True), line)


@pytest.mark.parametrize("line", LINES)
def test_archival_file_is_linear(line: Line) -> None:
    assert_linear(lambda text: archival_file(text + ", vol. 3"), line)


@pytest.mark.parametrize("line", LINES)
def test_split_sentences_is_linear(line: Line) -> None:
    assert_linear(split_sentences, line)


@pytest.mark.parametrize("line", LINES)
def test_designated_prefix_is_linear(line: Line) -> None:
    assert_linear(lambda text: designated_prefix(title_key(text), [title_key(text)]), line)


# --- a journal named with a colon; reports named by their subtitle --------------------------


@pytest.mark.parametrize(
    ("text", "host"),
    [
        pytest.param(
            "Kiss A.: Algák a Velencei-tóban. Societas Internationalis Limnologiae: Acta, 2001, "
            "27 (4), 1811–1815.",
            "Societas Internationalis Limnologiae: Acta",
            id="society-colon-journal",
        ),
        # (negative: a place and a publisher before the numbers are no journal)
        pytest.param(
            "Kiss, A. Algák a Velencei-tóban. London: Routledge, 2001, 27 (4), 1811–1815.",
            None,
            id="place-publisher",
        ),
    ],
)
def test_colon_in_journal_name(text: str, host: str | None) -> None:
    assert _entry(text).host == host


@pytest.mark.parametrize(
    ("title", "report"),
    [
        pytest.param("Encuesta de hábitos lectores 2019: principales resultados", True, id="es"),
        pytest.param("Mikrozensus 2019: Ergebnisse", True, id="de"),
        # (negatives: results that are not the whole subtitle; a survey's textbook)
        pytest.param("Survey methods: results and lessons", False, id="results-and-more"),
        pytest.param("Survey Research: A Practical Guide", False, id="textbook"),
    ],
)
def test_report_by_subtitle(title: str, report: bool) -> None:
    assert titled_report(title) is report


@pytest.mark.parametrize("line", LINES)
def test_titled_report_is_linear(line: Line) -> None:
    assert_linear(lambda text: titled_report(f"Survey {text}: main results"), line)


@pytest.mark.parametrize("line", LINES)
def test_body_portal_is_linear(line: Line) -> None:
    names = body_names([_BODY_ENTRY])
    assert_linear(
        lambda text: names_listed_body(
            Reference(raw=text, line=1, end_line=1, kind=RefKind.WEB), names
        ),
        line,
    )
