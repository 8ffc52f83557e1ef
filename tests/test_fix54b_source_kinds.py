"""Fix 54b: kinds of sources that are not articles or trade books, decided from an entry's
fields whatever style it was read in (:mod:`bibcheck.parse.references.sourcekind`, the
public bodies of :mod:`.reportkind`, APA's bracketed descriptions of :mod:`.described`,
BibTeX ``@misc`` slides of :mod:`.bibresource`, acts of :mod:`.civil_law`), a course note's
closing genre word (:mod:`.course_notes`) and a speaker named before a quoted title
(:mod:`.lead_person`).  Own fixtures, each rule with look-alikes it must not take."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.model import Reference, RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.bibresource import resource_kind
from bibcheck.parse.references.civil_law import legal_source
from bibcheck.parse.references.course_notes import without_notes_genre
from bibcheck.parse.references.lead_person import lead_person
from bibcheck.parse.references.polish_notes import polish_note
from bibcheck.parse.references.reportkind import public_body
from bibcheck.parse.references.sourcekind import method_titled, source_kind
from tests.test_regex_growth import assert_linear


def _read(text: str, *, note: bool = False, detect: bool = True) -> Reference:
    return parse_reference(text, (1,), detect_styles=detect, note=note)


# -- whole entries: the kind the pipeline gives ------------------------------------------

KINDS = [
    # a ministry's plan, no publisher: a report (Turkish, Spanish, Indonesian, French)
    pytest.param(
        "Enerji ve Tabii Kaynaklar Bakanlığı. Ulusal Enerji Planı 2022-2035. Ankara, 2022.",
        RefKind.REPORT,
        id="turkish-ministry-plan",
    ),
    pytest.param(
        "Ministerio de Transportes. Plan de movilidad sostenible 2030. Madrid, 2021.",
        RefKind.REPORT,
        id="spanish-ministry-plan",
    ),
    pytest.param(
        "Kementerian Pertanian RI. 2020. Statistik Pertanian Tahunan. Jakarta: Kementan RI.",
        RefKind.REPORT,
        id="indonesian-ministry-unpressed",
    ),
    # ... but a ministry's work a press publishes, or with an ISBN, stays a book
    pytest.param(
        "Ministerio de Cultura. Historia de los museos. Madrid: Editorial Síntesis, 2004.",
        RefKind.BOOK,
        id="ministry-with-press-stays-book",
    ),
    pytest.param(
        "Smith, J. (2015). Oceans and climate. Cambridge University Press.",
        RefKind.BOOK,
        id="university-press-book",
    ),
    # a standards body's numbered standard: a report
    pytest.param(
        "Badan Standardisasi Nasional. 2006. SNI 01-2354-2006: Cara Uji Kimia Produk Perikanan."
        " Jakarta: BSN.",
        RefKind.REPORT,
        id="sni-standard",
    ),
    # a research institute publishes it: a report; a university press: a book
    pytest.param(
        "Berg, K., & Lund, P. (1998). Housing and health in the Nordic cities. Institute for"
        " Urban Research.",
        RefKind.REPORT,
        id="institute-publisher",
    ),
    pytest.param(
        "Berg, K., & Lund, P. (1998). Housing and health in the Nordic cities. Oxford"
        " University Press.",
        RefKind.BOOK,
        id="press-publisher-stays-book",
    ),
    # a centre, an institute "of" a science, or a work with an edition: a book
    pytest.param(
        "Ruiz, A. (1970). Dialects of the river towns. Center for Language Research.",
        RefKind.BOOK,
        id="center-publisher-stays-book",
    ),
    pytest.param(
        "Hale S, Ito M. Field Guide to Reef Fishes. 3rd ed. Darwin: Northern Institute of"
        " Marine Science; 2004.",
        RefKind.BOOK,
        id="institute-of-with-edition-stays-book",
    ),
    pytest.param(
        "Hale S, Ito M. Field Guide to Reef Fishes. 3rd ed. Darwin: Institute for Reef"
        " Studies; 2004.",
        RefKind.BOOK,
        id="institute-for-with-edition-stays-book",
    ),
    # APA's bracketed descriptions: slides and a chatbot are web
    pytest.param(
        "Okafor, L. (2023). Week 2: Sampling designs [Lecture slides]. STAT200, Moodle.",
        RefKind.WEB,
        id="apa-lecture-slides",
    ),
    pytest.param(
        "Anthropic. (2024). Claude (Mar 4 version) [Large language model]. https://claude.ai/",
        RefKind.WEB,
        id="apa-language-model",
    ),
    # a paper in a journal keeps its kind
    pytest.param(
        "Okafor, L. (2023). Sampling designs for slides of tissue. Journal of Histology, 4(2),"
        " 11-19.",
        RefKind.ARTICLE,
        id="article-about-slides-stays-article",
    ),
    # IEEE: slides or code in a journal's place are web; a journal stays an article
    pytest.param(
        'K. Osei, "Lecture 4: Hash tables," CS 150 lecture slides, Fall 2022.',
        RefKind.WEB,
        id="ieee-lecture-slides",
    ),
    pytest.param(
        'M. Ruiz, "README.md," ToolKit source tree, 2021. Available:'
        " https://github.com/example/toolkit/blob/main/README.md",
        RefKind.WEB,
        id="ieee-github-file",
    ),
    pytest.param(
        'K. Osei, "Hash tables revisited," IEEE Trans. Comput., vol. 12, no. 3, pp. 1-9, 2022.',
        RefKind.ARTICLE,
        id="ieee-journal-stays-article",
    ),
]


@pytest.mark.parametrize(("text", "kind"), KINDS)
def test_kind_of_entry(text: str, kind: RefKind) -> None:
    assert _read(text).kind is kind


# -- acts --------------------------------------------------------------------------------

ACTS = [
    ("5393 sayılı Belediye Kanunu, Resmî Gazete, 13.07.2005, Sayı: 25874.", True),
    ("3194 sayılı İmar Kanunu.", True),
    ("Kanun Tarihi Üzerine Bir Deneme, İstanbul: İletişim Yayınları, 2010.", False),
    ("Aydın, 2010 sayılı nüfus verileriyle", False),
]


@pytest.mark.parametrize(("text", "law"), ACTS)
def test_turkish_act_is_legal_source(text: str, law: bool) -> None:
    assert legal_source(text) is law


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Real Decreto 1073/2002, de 18 de octubre, sobre calidad del aire.", RefKind.REPORT),
        (
            "Kementerian Lingkungan Hidup. 2010. Peraturan Menteri Lingkungan Hidup Nomor 12"
            " Tahun 2010 tentang Pelaksanaan Pengendalian Pencemaran Udara. Jakarta: KLH.",
            RefKind.REPORT,
        ),
        # a commentary on an act a press publishes is a book
        (
            "García, P. Comentario a la Ley 40/2015. Madrid: Editorial Civitas, 2016.",
            RefKind.BOOK,
        ),
    ],
)
def test_act_is_report(text: str, kind: RefKind) -> None:
    assert _read(text).kind is kind


# -- a body's numbered method --------------------------------------------------------------


def _ref(**fields: object) -> Reference:
    return Reference(raw=str(fields.pop("raw", "x")), line=1, end_line=1, **fields)  # type: ignore[arg-type]


def test_method_after_body_is_the_title() -> None:
    rest = (
        "U.S. Geological Survey. Method 1630: Methyl mercury in water by distillation. Rev. 2."
        " Reston, VA: USGS; 2001."
    )
    read = _ref(raw=rest, kind=RefKind.BOOK, title="U.S. Geological Survey")
    got = method_titled(read, rest)
    assert got.title == "Method 1630: Methyl mercury in water by distillation"
    assert got.authors == ("U.S. Geological Survey",)
    assert got.kind is RefKind.REPORT


@pytest.mark.parametrize(
    "rest",
    [
        # a person, not a body, before the "method"
        "Jones Smith. Method 12: A novel. London: Faber; 2001.",
        # a body, but no numbered method after it
        "U.S. Geological Survey. Methods of water analysis. Reston, VA: USGS; 2001.",
    ],
)
def test_method_look_alikes_keep_their_title(rest: str) -> None:
    head = rest.split(". ")[0]
    read = _ref(raw=rest, kind=RefKind.BOOK, title=head)
    assert method_titled(read, rest) == read


def test_method_entry_read_whole() -> None:
    ref = _read(
        "U.S. Environmental Protection Agency. Method 1664: N-hexane extractable material by"
        " extraction and gravimetry. Revision B. Washington, DC: EPA; 2010."
    )
    assert ref.title == ("Method 1664: N-hexane extractable material by extraction and gravimetry")
    assert ref.kind is RefKind.REPORT


# -- public bodies ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "body"),
    [
        ("Sağlık Bakanlığı", True),
        ("Strateji ve Bütçe Başkanlığı", True),
        ("Kementerian Kesehatan RI", True),
        ("Badan Pusat Statistik", True),
        # (an intergovernmental organisation publishes books too: no public body here)
        ("World Health Organization", False),
        ("Deutsches Institut für Normung", True),
        ("Badan Rosa", False),  # (a person's name)
        ("Metis Yayınları", False),
        ("University of Leeds", False),
    ],
)
def test_public_body(name: str, body: bool) -> None:
    assert public_body(name) is body


def test_internet_page_of_a_body_stays_web() -> None:
    # NLM's "[Internet]": a body's online document is a page of its site, even when its
    # title names a strategy or guidelines
    ref = _read(
        "World Health Organization. Road safety strategy for cities [Internet]. Geneva: WHO;"
        " 2021 [cited 2024 Jan 5]. Available from: https://www.who.int/example/road-safety"
    )
    assert ref.kind is RefKind.WEB


def test_source_kind_leaves_articles_and_theses() -> None:
    for kind in (RefKind.ARTICLE, RefKind.THESIS, RefKind.CHAPTER):
        ref = _ref(kind=kind, title="Plan", authors=("Sağlık Bakanlığı",))
        assert source_kind(ref) == ref


def test_vancouver_edited_volume_is_chapter() -> None:
    text = (
        "Lee K. Fast joins in Python. In: Park S, Novak J, editors. Proceedings of the 3rd"
        " Data Conference; 2015. p. 10-18."
    )
    ref = _ref(raw=text, kind=RefKind.UNKNOWN, title="Fast joins in Python")
    got = source_kind(ref)
    assert got.kind is RefKind.CHAPTER
    assert got.host == "Proceedings of the 3rd Data Conference"
    # (no editors named: no volume to be a chapter of)
    plain = _ref(raw="Lee K. Fast joins. In: Park S. Notes; 2015.", kind=RefKind.UNKNOWN)
    assert source_kind(plain) == plain


# -- BibTeX @misc slides -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("entry_type", "fields", "kind"),
    [
        ("misc", {"howpublished": "Lecture slides, Data Mining, TU Delft"}, RefKind.WEB),
        ("unpublished", {"note": "Slide deck, keynote at a workshop"}, RefKind.WEB),
        ("misc", {"howpublished": "Lecture notes, Data Mining, TU Delft"}, None),
        ("book", {"howpublished": "Lecture slides"}, None),
    ],
)
def test_bibtex_slides(entry_type: str, fields: dict[str, str], kind: RefKind | None) -> None:
    assert resource_kind(entry_type, fields) is kind


# -- Polish-tradition notes with a Turkish imprint -------------------------------------------


def test_turkish_imprint_in_italic_note_is_a_book() -> None:
    text = (
        "Orhan Demir, *Kent ve Toplum*, çev. Ali Kaya, İstanbul: İletişim Yayınları, 2011, s. 40."
    )
    plain = text.replace("*", "")
    got = polish_note(text, _read(plain, note=True))
    assert got is not None
    assert got.kind is RefKind.BOOK
    assert got.publisher == "İletişim Yayınları"


def test_turkish_thesis_in_italic_note_stays_thesis() -> None:
    text = (
        "Ayşe Kurt, *Mahalle ve Bellek*, Yayımlanmamış Yüksek Lisans Tezi, Ankara"
        " Üniversitesi, Ankara, 2019, s. 12."
    )
    got = polish_note(text, _read(text.replace("*", ""), note=True))
    assert got is not None
    assert got.kind is RefKind.THESIS


# -- a course note's genre word ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "text", "want"),
    [
        (
            "KMP 201 Yapı Statiği ders notları",
            "Ali Veli, KMP 201 Yapı Statiği ders notları, 3. hafta, ODTÜ, 2021.",
            "KMP 201 Yapı Statiği",
        ),
        (
            "Thermodynamik I Vorlesungsskript",
            "A. Weber, Thermodynamik I Vorlesungsskript, Kap. 3, TU Wien, 2021.",
            "Thermodynamik I",
        ),
        (
            "Real Analysis lecture notes",
            "P. Lee, Real Analysis lecture notes, week 5, 2020.",
            "Real Analysis",
        ),
        # the genre opening the title, or the title ending the note: kept
        (
            "Lecture notes on topology",
            "P. Lee, Lecture notes on topology, week 5, 2020.",
            "Lecture notes on topology",
        ),
        (
            "Statistical Physics lecture notes",
            "P. Lee, Statistical Physics lecture notes.",
            "Statistical Physics lecture notes",
        ),
        # one word before the genre: no course named
        ("Physik Skript", "A. Weber, Physik Skript, 2021.", "Physik Skript"),
    ],
)
def test_course_notes_genre(title: str, text: str, want: str) -> None:
    ref = _ref(raw=text, title=title)
    assert without_notes_genre(ref, text).title == want


# -- a speaker before a quoted title -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "title", "authors"),
    [
        (
            'Prof. K. Mensah, URB 210 Lecture 3 "Green roofs", slides, 2022 (on Moodle)',
            "Green roofs",
            ("K. Mensah",),
        ),
        (
            'Dr. Eva Lindgren, "Street trees", guest lecture, 2021',
            "Street trees",
            ("Eva Lindgren",),
        ),
        # a body before the quoted title: no person
        ('United Nations, "Urban heat", 2020', "Urban heat", ()),
        # two capitalised words with no academic title: no person
        ('Green Cities, "Urban heat", 2020', "Urban heat", ()),
        # the title not quoted after the name
        ("Prof. K. Mensah, Green roofs, 2022", "Green roofs", ()),
    ],
)
def test_lead_person(text: str, title: str, authors: tuple[str, ...]) -> None:
    assert lead_person(_ref(raw=text, title=title), text).authors == authors


# -- linear on long and hostile lines ---------------------------------------------------------

Line = Callable[[int], str]
LINES = [
    pytest.param(lambda n: "a" * n, id="one-long-word"),
    pytest.param(lambda n: "ab " * (n // 3), id="short-words"),
    pytest.param(lambda n: ". In: " + "Ab, " * ((n - 6) // 4), id="editors-unclosed"),
    pytest.param(lambda n: "E. " * (n // 3), id="initials"),
    pytest.param(lambda n: "3 sayılı " * (n // 9), id="sayili"),
    pytest.param(lambda n: "Agency. Method 1: " + "x " * ((n - 18) // 2), id="method-run"),
]


@pytest.mark.parametrize("line", LINES)
def test_source_kind_is_linear(line: Line) -> None:
    assert_linear(lambda text: source_kind(_ref(raw=text, kind=RefKind.UNKNOWN, title="T")), line)


@pytest.mark.parametrize("line", LINES)
def test_legal_source_is_linear(line: Line) -> None:
    assert_linear(legal_source, line)


@pytest.mark.parametrize("line", LINES)
def test_method_and_notes_and_person_are_linear(line: Line) -> None:
    def call(text: str) -> object:
        ref = _ref(raw=text, kind=RefKind.BOOK, title="Agency")
        method_titled(ref, "Agency. " + text)
        without_notes_genre(_ref(raw=text, title=text[:200] + " ders notları"), text)
        return lead_person(_ref(raw=text, title="x"), "Prof. " + text)

    assert_linear(call, line)
