"""Fix 51g: short author-date notes resolved to the list entry they name (any reader with
notes and a list), static-site pages' reference lists under a heading with a permalink
mark, and Italian (Romance, German) note conventions: the journal in guillemets without
"in", an archive's document after its fonds and marks, a page named inside a sentence, and
the same-author pronoun (``Id.``, ``Ead.``, ``Ders.``) that is no ibidem.  Own fixtures."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode, ParsedDocument
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.archival import archival_item
from bibcheck.parse.references.author_date_notes import short_author_date
from bibcheck.parse.references.generic import authors_and_title
from bibcheck.parse.references.page_phrase import page_title
from bibcheck.parse.references.pronoun_notes import same_author_work
from tests.test_regex_growth import assert_linear

# --- the shape of a short author-date note --------------------------------------------


@pytest.mark.parametrize(
    ("text", "names", "year", "place"),
    [
        ("Hartono 2011, hlm. 14.", ("Hartono",), 2011, "hlm. 14"),  # Indonesian
        ("Ismail 2008, hlm. 3–5.", ("Ismail",), 2008, "hlm. 3–5"),  # Malay
        ("Lange 1997, S. 45 f.", ("Lange",), 1997, "S. 45 f."),  # German
        ("Ortega 1985, pág. 112.", ("Ortega",), 1985, "pág. 112"),  # Spanish
        ("Bassi 2016, p. 9.", ("Bassi",), 2016, "p. 9"),  # Italian
        ("van der Meer 2004, blz. 77.", ("van der Meer",), 2004, "blz. 77"),  # Dutch
        ("Aydın 2019, s. 201.", ("Aydın",), 2019, "s. 201"),  # Turkish
        ("Nowak i Wiśniewski 2012, s. 8.", ("Nowak", "Wiśniewski"), 2012, "s. 8"),  # Polish
        ("Hartono dan Putri 2015, 44.", ("Hartono", "Putri"), 2015, "44"),
        ("Lange et al. 1997: 12.", ("Lange",), 1997, "12"),
        ("Marsden 1783, jil. 2, hlm. 30–31.", ("Marsden",), 1783, "jil. 2, hlm. 30–31"),
        ("Lange 1997b.", ("Lange",), 1997, None),
        ("Vgl. Lange 1997, S. 3.", ("Lange",), 1997, "S. 3"),  # a lead-in
        ("Badan Pusat Statistik 2020.", ("Badan Pusat Statistik",), 2020, None),
    ],
)
def test_short_author_date_shapes(
    text: str, names: tuple[str, ...], year: int, place: str | None
) -> None:
    cite = short_author_date(text)
    assert cite is not None
    assert (cite.names, cite.year, cite.place) == (names, year, place)


@pytest.mark.parametrize(
    "text",
    [
        # a full note that merely begins with an author and a year
        "Hartono 2011, Sejarah pelabuhan di Jawa, Yogyakarta, Ombak, hlm. 14.",
        "Hartono, Budi. 2011. Sejarah Pelabuhan. Yogyakarta: Ombak.",
        # commentary that mentions a year
        "Musim kemarau 1877 juga tercatat di laporan residen, tetapi tanpa angka.",
        "Ibid., hlm. 15.",
    ],
)
def test_not_short_author_date(text: str) -> None:
    assert short_author_date(text) is None


def _doc(text: str, name: str = "notes.md") -> ParsedDocument:
    return parse_bytes(text.encode(), f"/tmp/{name}")


_INDONESIAN = """# Pelabuhan

Kalimat pertama.[^1] Kalimat kedua.[^2] Kalimat ketiga.[^3] Kalimat keempat.[^4]
Kalimat kelima.[^5]

[^1]: Hartono 2011, hlm. 14.
[^2]: Ibid., hlm. 16.
[^3]: Lange 1997b, hlm. 8.
[^4]: Badan Pusat Statistik 2020.
[^5]: Lange 1997, hlm. 2.

## Daftar Pustaka

Badan Pusat Statistik. 2020. "Statistik Pelabuhan Perikanan." Diakses 2 Mei 2021. https://www.bps.go.id/publication/pelabuhan-perikanan.

Hartono, Budi. 2011. *Sejarah Pelabuhan di Pantai Utara Jawa*. Yogyakarta: Ombak.

Lange, Erika. 1997a. "Harbour Towns of the Java Sea." *Journal of Maritime History* 12 (2): 101–130.

Lange, Erika. 1997b. "Shipping Registers of Semarang." *Asian Archives Review* 4: 33–50.

Putri, Ayu. 2016. *Nelayan dan Negara*. Jakarta: Gramedia.
"""


def test_short_notes_take_their_entries() -> None:
    doc = _doc(_INDONESIAN)
    notes = {fn.label: fn for fn in doc.footnotes}
    titles = {label: (fn.reference.title or "").rstrip(".") for label, fn in notes.items()}
    assert titles["1"] == "Sejarah Pelabuhan di Pantai Utara Jawa"
    assert titles["2"] == "Sejarah Pelabuhan di Pantai Utara Jawa"  # ibid. after it
    assert titles["3"] == "Shipping Registers of Semarang"  # the year's letter
    assert titles["4"] == "Statistik Pelabuhan Perikanan"  # an organisation, whole
    assert notes["1"].reference.pages == "hlm. 14"
    assert notes["1"].reference.raw.startswith("Hartono 2011")  # its own text kept
    assert notes["3"].literature is not None and notes["3"].literature.number == 4
    # two entries of Lange 1997 and no letter: neither is chosen
    assert notes["5"].literature is None
    assert notes["5"].reference.title != "Harbour Towns of the Java Sea"
    uncited = {
        a.literature_entry for a in doc.anomalies if a.code is AnomalyCode.LITERATURE_UNCITED
    }
    assert 5 in uncited  # Putri 2016 is cited by no note
    assert 2 not in uncited and 1 not in uncited


def test_full_note_starting_with_author_year_is_its_own() -> None:
    text = _INDONESIAN.replace(
        "[^4]: Badan Pusat Statistik 2020.",
        "[^4]: Putri 2016, Nelayan dan Negara di pesisir, Jakarta, Gramedia.",
    )
    doc = _doc(text)
    note = next(fn for fn in doc.footnotes if fn.label == "4")
    assert note.reference.raw.startswith("Putri 2016, Nelayan")
    assert note.reference.pages != "hlm. 14"


# --- a static-site page: the list under a heading with its permalink ---------------------

_MKDOCS = """<!doctype html>
<html lang="id"><head><meta name="generator" content="mkdocs-1.6.0, mkdocs-material-9.5.0">
<title>Pelabuhan - Catatan</title></head>
<body>
<nav class="md-nav" aria-label="Daftar isi"><ul class="md-nav__list">
<li class="md-nav__item"><a href="#pendahuluan" class="md-nav__link">Pendahuluan</a></li>
<li class="md-nav__item"><a href="#daftar-pustaka" class="md-nav__link">Daftar Pustaka</a></li>
</ul></nav>
<article class="md-content__inner md-typeset">
<h1 id="pelabuhan">Pelabuhan<a class="headerlink" href="#pelabuhan" title="Permanent link">&para;</a></h1>
<p>Pelabuhan Semarang tumbuh pesat.<sup id="fnref:1"><a class="footnote-ref" href="#fn:1">1</a></sup>
Catatan kapal juga tersedia.<sup id="fnref:2"><a class="footnote-ref" href="#fn:2">2</a></sup></p>
<h2 id="daftar-pustaka">Daftar Pustaka<a class="headerlink" href="#daftar-pustaka" title="Permanent link">&para;</a></h2>
<ul>
<li>Hartono, Budi. 2011. <em>Sejarah Pelabuhan di Pantai Utara Jawa</em>. Yogyakarta: Ombak.</li>
<li>Lange, Erika. 1997. "Shipping Registers of Semarang." <em>Asian Archives Review</em> 4: 33–50.</li>
<li>Putri, Ayu. 2016. <em>Nelayan dan Negara</em>. Jakarta: Gramedia.</li>
</ul>
<div class="footnote"><hr /><ol>
<li id="fn:1"><p>Hartono 2011, hlm. 14.&#160;<a class="footnote-backref" href="#fnref:1">&#8617;</a></p></li>
<li id="fn:2"><p>Lange 1997, hlm. 40.&#160;<a class="footnote-backref" href="#fnref:2">&#8617;</a></p></li>
</ol></div>
</article>
<footer class="md-footer"><nav><a href="../lain/">Berikutnya</a></nav></footer>
</body></html>
"""


_PILCROW = (
    '<h2 id="daftar-pustaka">Daftar Pustaka<a class="headerlink" href="#daftar-pustaka" '
    'title="Permanent link">&para;</a></h2>'
)


@pytest.mark.parametrize(
    "heading",
    [
        pytest.param(_PILCROW, id="python-markdown-pilcrow"),
        pytest.param(
            '<h2 id="daftar-pustaka">Daftar Pustaka <a class="anchor" href="#daftar-pustaka">'
            "#</a></h2>",
            id="hugo-hash",
        ),
        pytest.param(
            '<h2 class="anchor" id="daftar-pustaka">Daftar Pustaka<a href="#daftar-pustaka" '
            'class="hash-link" aria-label="Direct link">\u200b</a></h2>',
            id="docusaurus-zero-width",
        ),
    ],
)
def test_static_site_list_under_permalinked_heading(heading: str) -> None:
    doc = _doc(_MKDOCS.replace(_PILCROW, heading), "pelabuhan.html")
    assert [e.reference.year for e in doc.literature] == [2011, 1997, 2016]
    notes = {fn.label: fn.reference for fn in doc.footnotes}
    assert notes["2"].title == "Shipping Registers of Semarang"
    uncited = [a.line for a in doc.anomalies if a.code is AnomalyCode.LITERATURE_UNCITED]
    assert uncited == [doc.literature[2].line]


def test_toc_entry_naming_the_list_is_no_list() -> None:
    # the TOC's "Daftar Pustaka" link is navigation: without the section, no list
    page = _MKDOCS.split("<h2 id=")[0] + "</article></body></html>"
    doc = _doc(page, "toc.html")
    assert doc.literature == ()


# --- Italian notes ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "title", "kind", "year"),
    [
        (
            "L. Ferri, Il contagio e la città, «Società e storia», 41 (2018), 2, pp. 201-230.",
            "Il contagio e la città",
            "article",
            2018,
        ),
        (
            "L. Ferri, P. Galli, Medici condotti nel Seicento, «Quaderni storici», 1999, n. 3,"
            " pp. 55-80.",
            "Medici condotti nel Seicento",
            "article",
            1999,
        ),
        (
            "J. Ortega, La epidemia de 1649, «Revista de Historia Moderna», XII, 1993, pp. 9-30.",
            "La epidemia de 1649",
            "article",
            1993,
        ),
        # a title really holding guillemets: a book
        (
            "L. Ferri, La parola «contagio» nel Seicento, Bologna, il Mulino, 2012, p. 45.",
            "La parola «contagio» nel Seicento",
            "book",
            2012,
        ),
        (
            "L. Ferri, Avvisi, «gazzette» e fogli volanti, Roma, Carocci, 2010.",
            "Avvisi, «gazzette» e fogli volanti",
            "book",
            2010,
        ),
    ],
)
def test_italian_journal_in_guillemets(text: str, title: str, kind: str, year: int) -> None:
    ref = parse_reference(text, (1,), note=True)
    assert (ref.title, ref.kind.value, ref.year) == (title, kind, year)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Archivio di Stato di Torino (ASTo), Sanità, mazzo 12, Ordine del magistrato di "
            "sanità ai consoli, 2 agosto 1630.",
            "Ordine del magistrato di sanità ai consoli",
        ),
        (
            "Archivio di Stato di Firenze (ASFi), Ufficiali di Sanità, b. 40, fasc. 2, Lettera"
            " del commissario di Pistoia, 1631.",
            "Lettera del commissario di Pistoia",
        ),
        (
            "Archivo Histórico Nacional, Consejos, leg. 512, Memorial de la ciudad de Sevilla,"
            " 1649.",
            "Memorial de la ciudad de Sevilla",
        ),
        # no document named: no title
        ("Archivio di Stato di Torino, Sanità, mazzo 12.", None),
    ],
)
def test_archive_document_after_fonds_and_marks(text: str, title: str | None) -> None:
    assert archival_item(text) == title


@pytest.mark.parametrize(
    ("title", "page"),
    [
        ("la scheda Il Duomo di Pavia sul sito del Comune", "Il Duomo di Pavia"),
        ("la pagina «Ospedale Maggiore» sul sito della Regione", "Ospedale Maggiore"),
        ("la ficha Hospital Real en el sitio web de la Junta", "Hospital Real"),
        ("a página Hospital de Todos-os-Santos no sítio da Câmara", "Hospital de Todos-os-Santos"),
        ("la fiche Hôtel-Dieu de Lyon sur le site de la Métropole", "Hôtel-Dieu de Lyon"),
        ("the page Plague Pits on the website of the City", "Plague Pits"),
        # no page named, or a title that is no such sentence
        ("la scheda sul sito del Comune", None),
        ("la pagina dedicata ai lazzaretti sul sito del Comune", None),
        ("Il lazzaretto sul sito archeologico", None),
        ("Ospedale Maggiore di Milano", None),
    ],
)
def test_page_named_in_a_sentence(title: str, page: str | None) -> None:
    assert page_title(title) == page


def test_web_note_titled_by_its_page() -> None:
    ref = parse_reference(
        "Si veda la scheda Il Duomo di Pavia sul sito del Comune, "
        "https://www.comune.pv.it/cultura/duomo (consultato il 4 aprile 2022).",
        (1,),
        note=True,
    )
    assert (ref.title, ref.kind.value) == ("Il Duomo di Pavia", "web")


# --- the same-author pronoun -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        (
            "Id., Medici e speziali, Roma, Carocci, 2009, p. 4.",
            "Medici e speziali, Roma, Carocci, 2009, p. 4.",
        ),
        (
            "Ead., Le levatrici, «Società e storia», 30 (2007), pp. 1-20.",
            "Le levatrici, «Società e storia», 30 (2007), pp. 1-20.",
        ),
        (
            "Ders., Die Zünfte der Stadt, München 2003, S. 45.",
            "Die Zünfte der Stadt, München 2003, S. 45.",
        ),
        # an ibidem, not another work
        ("Id., p. 50.", None),
        ("Id. at 12.", None),
        ("Idem, 45.", None),
        ("Ibid., p. 50.", None),
    ],
)
def test_same_author_work(text: str, rest: str | None) -> None:
    assert same_author_work(text) == rest


_PRONOUNS = """# Titolo

Uno.[^1] Due.[^2] Tre.[^3] Quattro.[^4] Cinque.[^5]

[^1]: L. Ferri, Il contagio e la città, Bologna, il Mulino, 2012, p. 45.
[^2]: Ivi, p. 50.
[^3]: Id., Medici condotti nel Seicento, «Quaderni storici», 1999, n. 3, pp. 55-80.
[^4]: Ibidem.
[^5]: Id., p. 60.
"""


def test_pronoun_notes_in_a_document() -> None:
    notes = {fn.label: fn.reference for fn in _doc(_PRONOUNS).footnotes}
    assert notes["2"].title == "Il contagio e la città"
    assert (notes["3"].title, notes["3"].authors) == ("Medici condotti nel Seicento", ("L. Ferri",))
    assert notes["3"].kind.value == "article"
    assert notes["4"].title == "Medici condotti nel Seicento"  # ibidem after it
    assert notes["5"].title == "Medici condotti nel Seicento"  # "Id., p. 60." repeats


# --- linear on long lines --------------------------------------------------------------

Line = Callable[[int], str]
LINES = [
    pytest.param(lambda n: "a" * n, id="one-long-word"),
    pytest.param(lambda n: "Ab " * (n // 3), id="capital-words"),
    pytest.param(lambda n: "Ab, " * (n // 4), id="commas"),
    pytest.param(lambda n: "Ab 2001, " * (n // 9), id="years"),
    pytest.param(lambda n: "p. 1, " * (n // 6), id="places"),
    pytest.param(lambda n: "la scheda Ab " * (n // 13), id="page-words"),
    pytest.param(lambda n: "Archivio Ab, b. 1, " * (n // 19), id="archive-marks"),
]


@pytest.mark.parametrize("line", LINES)
def test_short_author_date_is_linear(line: Line) -> None:
    assert_linear(short_author_date, line)


@pytest.mark.parametrize("line", LINES)
def test_page_title_is_linear(line: Line) -> None:
    assert_linear(lambda text: page_title("la scheda " + text + " sul sito del Comune"), line)


@pytest.mark.parametrize("line", LINES)
def test_archival_item_is_linear(line: Line) -> None:
    assert_linear(lambda text: archival_item("Archivio di Stato, Sanità, b. 1, " + text), line)


@pytest.mark.parametrize("line", LINES)
def test_same_author_work_is_linear(line: Line) -> None:
    assert_linear(lambda text: same_author_work("Id., " + text), line)


@pytest.mark.parametrize(
    ("text", "authors", "titled"),
    [
        ("Wirawan 2009, hlm. 7.", ("Wirawan",), False),
        ("Wirawan dan Putri 2009, jil. 2, hlm. 7–9.", ("Wirawan", "Putri"), False),
        ("Ortega 1985, pág. 112.", ("Ortega",), False),
        # a title after the year: no short note
        ("Wirawan 2009, Sejarah kota pelabuhan, hlm. 7.", None, True),
    ],
)
def test_short_note_read_alone(text: str, authors: tuple[str, ...] | None, titled: bool) -> None:
    """A short note no list entry answers is still read as its author and year."""
    ref = parse_reference(text, (1,), note=True)
    assert (ref.title is not None) == titled
    if authors is not None:
        assert ref.authors == authors


@pytest.mark.parametrize("line", LINES)
def test_author_year_note_is_linear(line: Line) -> None:
    assert_linear(lambda text: authors_and_title(text + " 2001, hlm. 4, s. 5."), line)
