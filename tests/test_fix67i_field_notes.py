"""fix67i: the footnotes of fieldwork and history writing -- the author's field records and
interviews, unsigned newspaper articles with the paper's edition, a translation's own year,
an Italian act by its heading, state offices' statistical annuals, parliamentary papers,
locators named in full in author-date citations, Italian articled family names."""

from __future__ import annotations

import pytest

import bibcheck.manuscript  # noqa: F401  (the parsers' modules in their import order)
from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.bodydata import body_record
from bibcheck.parse.references.chicago import unsigned_news
from bibcheck.parse.references.corporate import is_organisation
from bibcheck.parse.references.field_records import field_record
from bibcheck.parse.references.italic_note import italic_reference
from bibcheck.parse.references.original_edition import cited_edition_year
from bibcheck.readers.authoryear import author_years, mentions


def _note(marked: str):
    plain = marked.replace("*", "")
    return italic_reference(plain, marked, (1,), note=True, detect_styles=True, title_run=True)


# ---- the author's field records and interviews: commentary -----------------------------
FIELD_RECORDS = [
    "Diario di campo dell'autore, Agordo, settembre 2018.",
    "Field notes, Sheffield, 12 October 2020.",
    "Carnet de terrain de l'autrice, Roubaix, novembre 2016.",
    "Feldtagebuch der Verfasserin, Linz, August 2015.",
    "Veldnotities van de auteur, Zwolle, april 2019.",
    "Notatki terenowe autorki, Lublin, maj 2019.",
    "Interview met een buurtwerker, Tilburg, 6 juni 2020.",
    "Alle namen zijn gefingeerd. Bijvoorbeeld: interview met een tolk (‘J.’), Den Haag, "
    "2 maart 2021.",
    "All respondents are anonymised. For example: interview with a bus driver ('Mr. P.'), "
    "Bristol, 4 May 2019.",
    "Tutti i nomi sono di fantasia. Ad esempio: intervista a una badante, Treviso, 5 aprile 2018.",
    'A shop steward (pseudonym "Kees") described the strike only once the recorder was '
    "off; interview and fieldnotes, Eindhoven, 8 February 2021, notebook 2.",
]


@pytest.mark.parametrize("text", FIELD_RECORDS)
def test_field_record_is_commentary(text: str) -> None:
    assert field_record(text)
    assert _note(text).kind is RefKind.COMMENTARY


NOT_FIELD_RECORDS = [
    # the record's word inside a book's title
    "Emerson, Fretz and Shaw, Writing Ethnographic Fieldnotes, 2011, p. 4.",
    # a published interview: its periodical in italics
    "Interview with a former minister, *Le Monde*, 3 May 2010, p. 2.",
    # a book about field notes, with its imprint
    "Roger Sanjek, ed., Fieldnotes, Ithaca: Cornell University Press, 1990.",
]


@pytest.mark.parametrize("text", NOT_FIELD_RECORDS)
def test_no_field_record(text: str) -> None:
    assert not field_record(text)


# ---- an unsigned newspaper article, the paper's edition named --------------------------
NEWS = [
    "«Chiusa la miniera di Valle», *Il Giornale di Vicenza*, ed. di Schio, 12 maggio 1961, p. 3.",
    "“Mill Strike Ends,” *Detroit Free Press*, late edition, March 3, 1951, 4.",
    "« La mine ferme », *La Voix du Nord*, éd. de Lens, 4 mars 1962, p. 2.",
    "„Zeche geschlossen“, *Westfälische Rundschau*, Ausgabe Dortmund, 5. März 1963, S. 3.",
]


@pytest.mark.parametrize("text", NEWS)
def test_unsigned_news_with_edition(text: str) -> None:
    assert unsigned_news(text)
    assert _note(text).kind is RefKind.ARTICLE


# ---- the year of the edition cited, not its original's ---------------------------------
EDITIONS = [
    (
        "Norbert Elias, *Il processo di civilizzazione*, Bologna, il Mulino, 1988 (ed. or. "
        "Basel, Haus zum Falken, 1939), p. 77.",
        1988,
    ),
    (
        "Elias, Norbert, *Il processo di civilizzazione*, Bologna, il Mulino, 1988 (ed. or. 1939).",
        1988,
    ),
    ("Marcel Mauss, *Essai sur le don*, Paris, PUF, 2007 (éd. originale 1925), p. 12.", 2007),
    (
        "Georg Simmel, *Soziologie*, Frankfurt am Main, Suhrkamp, 1992 (Orig.-Ausg. 1908), S. 40.",
        1992,
    ),
    (
        "W. E. B. Du Bois, *The Philadelphia Negro* (Philadelphia: University of Pennsylvania "
        "Press, 1996 (first published 1899)), 33.",
        1996,
    ),
    ("Max Weber, *The City* (New York: Free Press, 1966 [orig. 1921]), 45.", 1966),
    (
        "Émile Durkheim, *La división del trabajo social*, Madrid, Akal, 2001 (edición original 1893), p. 20.",
        2001,
    ),
]


@pytest.mark.parametrize(("text", "year"), EDITIONS)
def test_cited_edition_year(text: str, year: int) -> None:
    assert _note(text).year == year


def test_cited_edition_year_leaves_a_single_year() -> None:
    assert cited_edition_year("Paris, Minuit, 1979, p. 4.", "1979") is None
    assert cited_edition_year("Berkeley, [1922] 1978.", "1922") == "1978"


# ---- an Italian act by its heading, its subject in lower case ---------------------------
ACTS = [
    (
        "Legge 8 luglio 1904, n. 320, sul lavoro delle donne e dei fanciulli, in Gazzetta "
        "Ufficiale del Regno d'Italia, 12 luglio 1904, n. 162.",
        "Legge 8 luglio 1904, n. 320, sul lavoro delle donne e dei fanciulli",
    ),
    (
        "L. 6 marzo 1998, n. 40, recante disciplina dell'immigrazione, in G.U. n. 59 del 12 "
        "marzo 1998.",
        "L. 6 marzo 1998, n. 40, recante disciplina dell'immigrazione",
    ),
    (
        "D.P.R. 31 agosto 1999, n. 394, concernente il regolamento di attuazione, art. 5.",
        "D.P.R. 31 agosto 1999, n. 394, concernente il regolamento di attuazione",
    ),
]


@pytest.mark.parametrize(("text", "title"), ACTS)
def test_italian_act_heading(text: str, title: str) -> None:
    ref = parse_reference(text, (1,), detect_styles=True, note=True)
    assert ref.title == title
    assert ref.kind is RefKind.REPORT


# ---- a state office's statistical annual: a body's record ------------------------------
@pytest.mark.parametrize(
    "name",
    [
        "Commissariato generale dell'emigrazione",
        "Commissariat général au Plan",
        "Comisaría General de Emigración",
        "Direzione generale della statistica",
        "Dirección General de Estadística",
        "Ufficio centrale di statistica",
    ],
)
def test_state_office_is_organisation(name: str) -> None:
    assert is_organisation(name)


def test_office_annual_is_body_record() -> None:
    ref = _note(
        "Direzione generale della statistica, *Annuario statistico italiano 1905–1907*, Roma, "
        "Tipografia nazionale, 1908, p. 112."
    )
    assert body_record(ref)


# ---- parliamentary papers: reports ---------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Kamerstukken II 2017/18, 29279, nr. 412, p. 5.",
        "Zie Kamerstukken I 2016/17, 34 309, D, p. 2.",
        "Prop. 2017/18:105, s. 34.",
        "Handelingen II 2018/19, nr. 45, p. 12.",
        "Parl. St. Kamer 2019-20, nr. 55-1234/1, p. 4.",
        "Prop. 54 L (2019–2020), s. 12.",
    ],
)
def test_parliamentary_paper_is_report(text: str) -> None:
    assert parse_reference(text, (1,), detect_styles=True, note=True).kind is RefKind.REPORT


# ---- Italian articled family names --------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "author"),
    [
        (
            "Dal Lago, Anna, «Le cooperative di consumo», in Piero Bassi (a cura di), "
            "*Economie di valle*, Belluno, Tarantola, 2011, pp. 41–66.",
            "Dal Lago, Anna",
        ),
        (
            "Della Torre, Marco, «Emigrare dal Friuli», in *Storie di confine*, a cura di Ada "
            "Neri, Udine, Forum, 2008, pp. 9–30.",
            "Della Torre, Marco",
        ),
    ],
)
def test_italian_articled_names_head_a_chapter(text: str, author: str) -> None:
    ref = parse_reference(text, (1,), detect_styles=True)  # (a bibliography's entry)
    assert ref.authors == (author,)
    assert ref.kind is RefKind.CHAPTER


# ---- author-date locators named in full in the writer's language -----------------------
@pytest.mark.parametrize(
    "text",
    [
        "zoals eerder betoogd (Hendriks, 2018, hoofdstuk 4; Maas, 2016).",
        "wie gezeigt (Hendriks, 2018, Kapitel 4; Maas, 2016).",
        "comme on l'a vu (Hendriks, 2018, chapitre 4 ; Maas, 2016).",
        "como se ha visto (Hendriks, 2018, capítulo 4; Maas, 2016).",
        "come si è visto (Hendriks, 2018, capitolo 4; Maas, 2016).",
    ],
)
def test_locator_word_in_full(text: str) -> None:
    index = author_years(
        [
            ("1", "Hendriks, P. (2018). Grenzen van het recht. Boom."),
            ("2", "Maas, K. (2016). Titel."),
        ]
    )
    assert {label for _, label in mentions(text, index)} == {"1", "2"}
