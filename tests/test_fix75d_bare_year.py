"""fix75d: the author-date list with the year bare after the names (``Jansen, P. 1996.
Titel.``), as Dutch, Flemish, Scandinavian, Afrikaans and architecture-history journals print
it: its entries parsed (:mod:`bibcheck.parse.references.bare_year`), where its entries start
in text converted from PDF (:mod:`bibcheck.readers.yearlist`), a table's source line
(:mod:`bibcheck.readers.sourceline`) and a family name of several words broken over a line
(:mod:`bibcheck.readers.familystart`).

Examples are written for this test in the shapes such lists use; none is copied from a
corpus document."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import RefKind
from bibcheck.parse.references import bare_year, parse_reference
from bibcheck.readers import yearlist
from bibcheck.readers.authoryear import author_years, line_mentions, spans

# --- the entries parsed -----------------------------------------------------------------

# (entry, authors, year, title, kind)
_ENTRIES = [
    # Dutch: the second author given first after "&"
    (
        "Vermeulen, K. & J. de Boer 2018. Schuren in de Achterhoek. Zutphen: Walburg Pers.",
        ("Vermeulen, K.", "de Boer, J."),
        2018,
        "Schuren in de Achterhoek",
        RefKind.BOOK,
    ),
    # Dutch: "en" between the names, three of them
    (
        "Kok, A., P. Smit en R. van Dam 2009. Boerderijen in Drenthe. Assen: Van Gorcum.",
        ("Kok, A.", "Smit, P.", "van Dam, R."),
        2009,
        "Boerderijen in Drenthe",
        RefKind.BOOK,
    ),
    # Dutch: a family name of three words
    (
        "Mulder van Leens, H.J. 1962. Het Groninger platteland. Groningen: Wolters.",
        ("Mulder van Leens, H.J.",),
        1962,
        "Het Groninger platteland",
        RefKind.BOOK,
    ),
    # Dutch: the particle after the initials
    (
        "Dam, R. van 1988. Kerken in Friesland. Leeuwarden: Friese Pers.",
        ("Dam, R. van",),
        1988,
        "Kerken in Friesland",
        RefKind.BOOK,
    ),
    # Dutch: an editor ("red."), kept as the entry's name (as tests/test_fix37t_* reads it)
    (
        "Kok, A. (red.) 2001. Handboek boerderijonderzoek. Utrecht: Matrijs.",
        ("Kok, A.",),
        2001,
        "Handboek boerderijonderzoek",
        RefKind.BOOK,
    ),
    # Dutch: two editors ("reds."), the second given first
    (
        "Smit, P. & R. Vos (reds.) 2015. Houten kerken. Zwolle: WBooks.",
        ("Smit, P.", "Vos, R."),
        2015,
        "Houten kerken",
        RefKind.BOOK,
    ),
    # Dutch: no date ("z.j.") after a person's name
    (
        "Bakker, T. z.j. De molens van Twente. Enschede: Van der Loeff.",
        ("Bakker, T.",),
        None,
        "De molens van Twente",
        RefKind.BOOK,
    ),
    # Dutch: a body by its abbreviation, no date, its register page online
    (
        "KNMI z.j. Klimaatatlas Nederland. https://klimaat.example.nl/atlas "
        "(geraadpleegd 3 juni 2023).",
        ("KNMI",),
        None,
        "Klimaatatlas Nederland",
        RefKind.WEB,
    ),
    # Dutch: a body by its name, dated, its map online
    (
        "Waterschap 1870. Kaart van de polders, blad 2. Historische Kaarten Drenthe. "
        "https://kaarten.example.nl/polders/2 (geraadpleegd 1 mei 2022).",
        ("Waterschap",),
        1870,
        "Kaart van de polders, blad 2",
        RefKind.WEB,
    ),
    # Danish: "og" before the second name, given first
    (
        "Hansen, J. og P. Olsen 2004. Gårde i Vestjylland. Aarhus: Aarhus Universitetsforlag.",
        ("Hansen, J.", "Olsen, P."),
        2004,
        "Gårde i Vestjylland",
        RefKind.BOOK,
    ),
    # Danish: an editor ("red.")
    (
        "Nielsen, K. (red.) 1999. Landsbyens huse. København: Gyldendal.",
        ("Nielsen, K.",),
        1999,
        "Landsbyens huse",
        RefKind.BOOK,
    ),
    # Danish: no date ("u.å.") after a body
    (
        "Slotsstyrelsen u.å. Fredede bygninger. https://fredede.example.dk (besøgt 2. marts 2024).",
        ("Slotsstyrelsen",),
        None,
        "Fredede bygninger",
        RefKind.WEB,
    ),
    # Swedish: "och" before the second name, given first
    (
        "Lind, E. och K. Berg 2012. Timmerhus i Dalarna. Stockholm: Carlsson.",
        ("Lind, E.", "Berg, K."),
        2012,
        "Timmerhus i Dalarna",
        RefKind.BOOK,
    ),
    # Norwegian: a Norwegian standard under its body, only a space after the designation
    (
        "NS 2013. NS 3940 Areal- og volumberegninger av bygninger. Oslo: Standard Norge.",
        ("NS",),
        2013,
        "Areal- og volumberegninger av bygninger",
        RefKind.REPORT,
    ),
    # German: a standard under its body
    (
        "DIN 2008. DIN 1052 Entwurf, Berechnung und Bemessung von Holzbauwerken. Berlin: Beuth.",
        ("DIN",),
        2008,
        "Entwurf, Berechnung und Bemessung von Holzbauwerken",
        RefKind.REPORT,
    ),
    # German: "Hrsg." before the year
    (
        "Weber, H. (Hrsg.) 1994. Fachwerk in Hessen. Marburg: Jonas.",
        ("Weber, H.",),
        1994,
        "Fachwerk in Hessen",
        RefKind.BOOK,
    ),
    # Afrikaans: "en" before the second name, given first with its particle
    (
        "Venter, K. en P.J. du Toit 2011. Ou Kaapse huise. Kaapstad: Tafelberg.",
        ("Venter, K.", "du Toit, P.J."),
        2011,
        "Ou Kaapse huise",
        RefKind.BOOK,
    ),
    # English: the Harvard variant without parentheses, the second name given first
    (
        "Marsh, P. & D. Carver 2007. Timber barns of Essex. Chelmsford: Essex Press.",
        ("Marsh, P.", "Carver, D."),
        2007,
        "Timber barns of Essex",
        RefKind.BOOK,
    ),
]


@pytest.mark.parametrize(("raw", "authors", "year", "title", "kind"), _ENTRIES)
def test_bare_year_entry(
    raw: str, authors: tuple[str, ...], year: int | None, title: str, kind: RefKind
) -> None:
    ref = parse_reference(raw, [1], detect_styles=True)
    assert (ref.authors, ref.year, ref.title, ref.kind) == (authors, year, title, kind)


# a simple head the parsers read as it is: left alone (None)
@pytest.mark.parametrize(
    "raw",
    [
        # (no bare-year head: APA's parentheses, a colon after the year)
        "Kok, A. (2009). Boerderijen in Drenthe. Assen: Van Gorcum.",
        "Kok, A. 2009: Boerderijen in Drenthe. Assen: Van Gorcum.",
        # (a title wrapped with its year, an imprint after it; a place; a program's release)
        "Jaarverslag 2019. Utrecht: Stichting Erfgoed.",
        "Leiden 1993. Tweede druk.",
        "Archicad 2022. Archicad GmbH, München.",
        # (an act by its name and year, nothing after it or its gazette)
        "Housing and Planning Act 2016.",
        "Erfgoedwet 2016. Staatsblad 2015, 511.",
    ],
)
def test_not_rewritten(raw: str) -> None:
    assert bare_year.bare_year(raw) is None


# a head the parsers read as it is: their reading kept (Chicago author-date's)
@pytest.mark.parametrize(
    ("raw", "authors"),
    [
        ("Kok, A. 2009. Boerderijen in Drenthe. Assen: Van Gorcum.", ("Kok, A.",)),
        (
            "Kok, A. & Smit, P. 2009. Boerderijen in Drenthe. Assen: Van Gorcum.",
            ("Kok, A.", "Smit, P."),
        ),
        ("Ruiz Gómez, A. 2016. Molinos de aceite. Jaén: Universidad de Jaén.", ("Ruiz Gómez, A.",)),
    ],
)
def test_read_as_it_is(raw: str, authors: tuple[str, ...]) -> None:
    ref = parse_reference(raw, [1], detect_styles=True)
    found = bare_year.head(raw)
    assert found is not None and bare_year.read_right(ref, found)
    assert (ref.style, ref.authors) == ("chicago", authors)


# --- where an entry starts --------------------------------------------------------------

# (line, next line, first line of the entry above) -> opens an entry (True), surely
# none (False), no say (None)
_STARTS = [
    # persons' bare-year heads
    ("Kok, A. 2009. Boerderijen in Drenthe. Assen:", "", "Jansen, P. 2001. Titel.", True),
    ("Vermeulen, K. & J. de Boer 2018. Schuren in de", "", "", True),
    ("Mulder van Leens, H.J. 1962. Het Groninger", "", "Kok, A. 2009.", True),
    ("Hansen, J. og P. Olsen 2004. Gårde i Vestjylland.", "", "", True),
    ("Lind, E. och K. Berg 2012. Timmerhus i Dalarna.", "", "", True),
    ("Weber, H. (Hrsg.) 1994. Fachwerk in Hessen.", "", "", True),
    ("Bakker, T. z.j. De molens van Twente. Enschede:", "", "", True),
    # names that run on to the next line: read over both
    ("Kok, A., P. Smit, R. van Dam &", "T. Bakker 2009. Boerderijen in Drenthe.", "", True),
    # bodies' heads, after the entry above in the list's order
    ("Kadastrale Atlas 1832. Blad 4. https://atlas.example.nl", "", "Jansen, P. 2001.", True),
    ("NEN 2011. NEN 8700 Beoordeling van bestaande bouw.", "", "Mulder, H. 1999.", True),
    ("RCE z.j. Monumentenregister. https://register.example.nl", "", "Pols, A. 2010.", True),
    ("Slotsstyrelsen u.å. Fredede bygninger.", "", "Nielsen, K. (red.) 1999.", True),
    # a word and a comma, no initials, no year: an entry's end wrapped onto the line
    ("Proefschrift, Rijksuniversiteit Groningen.", "", "Kok, A. 2009.", False),
    ("Avhandling, Lunds universitet.", "", "Lind, E. 2012.", False),
    ("Doktorgradsavhandling, NTNU.", "", "Berg, K. 2018.", False),
    ("Dissertation, Universität Bamberg.", "", "Weber, H. 1994.", False),
    # (a body's head with a comma and its year: no say)
    ("Gemeente Enschede, afdeling Erfgoed 2015. Nota.", "", "Bakker, T. 1990.", None),
    # a place and a year, a title's words wrapped: no body's head
    ("Leiden 1993. Tweede druk.", "", "Jansen, P. 2001.", None),
    ("Amsterdam 1912. Herdruk.", "", "Bakker, T. 1990.", None),
    # a body's head sorting before the entry above: a title's words
    ("Atlas 1990. Derde druk.", "", "Mulder, H. 1999.", False),
    # a name with initials but no year yet: no say
    ("Kok, A., Smit, P., Dam, R. van, Vos, K.,", "", "", None),
    # a line of a title
    ("architectuur van het platteland. Zwolle: Waanders.", "", "Kok, A. 2009.", None),
    ("In: H. Mulder (red.), Boerderijen. Zwolle:", "", "Kok, A. 2009.", None),
]


@pytest.mark.parametrize(("line", "following", "above", "opens"), _STARTS)
def test_opens_entry(line: str, following: str, above: str, opens: bool | None) -> None:
    assert yearlist.opens_entry(line, following, above) is opens


def test_year_headed_list() -> None:
    lines = [
        "Bakker, T. 1990. De molens van Twente. Enschede: Van der Loeff.",
        "Jansen, P. & K. de Vries 2001. Titel van een boek over schuren in",
        "Overijssel. Zwolle: Waanders.",
        "Kok, A. (red.) 2009. Boerderijen in Drenthe. Assen: Van Gorcum.",
        "RCE z.j. Monumentenregister. https://register.example.nl",
        "Smit, P. 2015. Houten kerken. Proefschrift, Universiteit Utrecht.",
    ]
    assert yearlist.year_headed(lines)
    # (APA's parentheses: no bare-year list)
    assert not yearlist.year_headed([line.replace(" 1990.", " (1990).") for line in lines[:2]])


# --- the source line and a family name of several words ----------------------------------

_LIST = [
    ("1", "Mulder van Leens, H.J. 1962. Het Groninger platteland."),
    ("2", "Kok, A. & P. Smit 2009. Boerderijen in Drenthe."),
    ("3", "Lind, E. 2012. Timmerhus i Dalarna."),
]


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("Bron: Kok & Smit 2009.", ["2"]),
        ("Källa: Lind 2012.", ["3"]),
        ("Source: Kok and Smit 2009; Lind 2012, 45.", ["2", "3"]),
        ("Quelle: Lind 2012.", ["3"]),
        # (a year after a name in a sentence, no source word: no mention)
        ("Het boek van Lind 2012 is kort.", []),
    ],
)
def test_source_line(text: str, labels: list[str]) -> None:
    index = author_years(_LIST)
    assert [label for _, _, label in spans(text, index)] == labels


def test_family_name_broken_over_lines() -> None:
    index = author_years(_LIST)
    found = line_mentions("zoals Mulder", "van Leens (1962, 14) al zag.", index)
    assert [(row, label) for row, _, label in found] == [(1, "1")]


# --- a whole list through the public reading -----------------------------------------------

_DOCUMENT = """\
Schuren en stalling in Drenthe
Het onderzoek naar de schuur begon laat (Kok & Smit 2009). Mulder
van Leens (1962, 14) beschreef het Groninger platteland, en Lind (2012) de
Zweedse houtbouw. Het register geeft weinig (vgl. RCE z.j.). De kaart van
1832 toont de erven (Kadastrale Atlas 1832). Voor de toetsing gold de norm
(NEN 2011).
Tabel 1 Schuren per type
type aantal
los 12
Bron: Kok & Smit 2009.
Literatuur
Kadastrale Atlas 1832. Kaart van Sleen, blad 4. Historische Kaarten Drenthe. https://atlas.
example.nl/sleen/4 (geraadpleegd 2 februari 2024).
Kok, A. & P. Smit 2009. Boerderijen in Drenthe: bouw en verbouw van het platte-
land. Assen: Van Gorcum.
Lind, E. 2012. Timmerhus i Dalarna. Stockholm: Carlsson.
Mulder van Leens, H.J. 1962. Het Groninger platteland, een studie naar de boerderij.
Proefschrift, Rijksuniversiteit Groningen.
NEN 2011. NEN 8700 Beoordeling van de constructieve veiligheid van bestaande bouw.
Delft: Nederlands Normalisatie-instituut.
RCE z.j. Monumentenregister, nummer 11111. https://register.example.nl/11111
(geraadpleegd 2 februari 2024).
"""


def test_whole_list(tmp_path: Path) -> None:
    path = tmp_path / "schuren.txt"
    path.write_text(_DOCUMENT, encoding="utf-8")
    doc = parse_file(path)
    refs = [e.reference for e in doc.literature]
    assert [(r.year, r.kind) for r in refs] == [
        (1832, RefKind.WEB),
        (2009, RefKind.BOOK),
        (2012, RefKind.BOOK),
        (1962, RefKind.THESIS),
        (2011, RefKind.REPORT),
        (None, RefKind.WEB),
    ]
    assert refs[0].url == "https://atlas.example.nl/sleen/4"
    assert refs[1].authors == ("Kok, A.", "Smit, P.")
    assert refs[1].title == "Boerderijen in Drenthe: bouw en verbouw van het platteland"
    assert refs[3].title == "Het Groninger platteland, een studie naar de boerderij"
    assert refs[4].title == "Beoordeling van de constructieve veiligheid van bestaande bouw"
    cited = sorted(
        (m.line, fn.literature.number) for fn in doc.footnotes for m in fn.markers if fn.literature
    )
    assert cited == [(2, 2), (2, 4), (3, 3), (4, 6), (5, 1), (6, 5), (10, 2)]
