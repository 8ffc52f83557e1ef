"""Round 71 (fix71c): German, Italian and Spanish note shapes of humanities texts.

* a repeat note citing a page with the parallel page of another edition in parentheses
  (``Ebd. 16 (229).``) reads no year out of the parentheses;
* a list entry headed by its editors written family name first with their mark (``Rossi M.
  (a cura di), Titolo, Editore, Città 2001.``), the place of publication with a particle
  (``Città del Vaticano``);
* an article whose journal is named after ``in`` with its volume and year in parentheses
  (``«Titolo», in Rivista 12 (2004), 33–58``) is no chapter;
* a name signed with a second family name's initial (``C.J. Errázuriz M.``).
"""

from __future__ import annotations

import pytest

from bibcheck.model import (
    AnomalyCode,
    Footnote,
    ParsedDocument,
    RefKind,
)
from bibcheck.parse.names import family_name
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.parallel_pages import parallel_pages
from bibcheck.parse.references.repeat import resolve_repeat_notes
from bibcheck.parse.references.titled_cit import titled_cit
from bibcheck.parse.references.volume_year_host import JournalVolume, journal_volume


@pytest.mark.parametrize(
    ("locator", "expected"),
    [
        ("16 (229).", True),
        ("36 (241 f.).", True),
        ("S. 52 (310 ff.)", True),
        ("12,3 (88-89).", True),
        ("p. 40 (112 ss.).", True),
        ("7 (1999).", True),  # a page shape: the repeat's year is its work's anyway
        ("16.", False),
        ("S. 16 und 18.", False),
        ("fol. 5v.", False),
        ("16 (Anm. 4).", False),
        ("(1999), 16.", False),
    ],
)
def test_parallel_pages(locator: str, expected: bool) -> None:
    assert parallel_pages(locator) is expected


def _notes(*texts: str) -> ParsedDocument:
    footnotes = tuple(
        Footnote(str(i), i, i, parse_reference(text, (i,), detect_styles=True, note=True))
        for i, text in enumerate(texts, 1)
    )
    return ParsedDocument("x", "x", "docx", None, "utf-8", footnotes, (), ())


@pytest.mark.parametrize(
    "repeat",
    ["Ebd. 18 (233).", "Ebd., 41 (250).", "Ibid. 7 (131).", "Ebenda 9 (114)."],
)
def test_ibid_with_parallel_page_has_no_year_anomaly(repeat: str) -> None:
    first = "Otto Adler, Die Bußlehre der afrikanischen Väter, Bonn 1961, 120–180."
    doc = resolve_repeat_notes(_notes(first, repeat))
    second = doc.footnotes[1].reference
    assert (second.title, second.year) == ("Die Bußlehre der afrikanischen Väter", 1961)
    assert AnomalyCode.YEAR_MALFORMED not in {a.code for a in second.anomalies}


@pytest.mark.parametrize(
    ("text", "authors", "title", "publisher", "place", "year"),
    [
        (
            "Bianchi L.M. (a cura di), Atti del sinodo diocesano di Pavia, Morcelliana,"
            " Brescia 1987.",
            ("Bianchi L.M.",),
            "Atti del sinodo diocesano di Pavia",
            "Morcelliana",
            "Brescia",
            1987,
        ),
        (
            "Ferri G., Sala A. (a cura di), Lessico di teologia pastorale, Edizioni Dehoniane,"
            " Bologna 2011.",
            ("Ferri G.", "Sala A."),
            "Lessico di teologia pastorale",
            "Edizioni Dehoniane",
            "Bologna",
            2011,
        ),
        (
            "Marchand P. (dir.), Dictionnaire des conciles, Éditions du Cerf, Paris 2003.",
            ("Marchand P.",),
            "Dictionnaire des conciles",
            "Éditions du Cerf",
            "Paris",
            2003,
        ),
        (
            "Lopes R. (org.), Igreja e sociedade no Brasil, Vozes, Rio de Janeiro 2014.",
            ("Lopes R.",),
            "Igreja e sociedade no Brasil",
            "Vozes",
            "Rio de Janeiro",
            2014,
        ),
        (
            "Conti F., Il diritto dei sacramenti, Lateran University Press, Città del"
            " Vaticano 2008.",
            ("Conti F.",),
            "Il diritto dei sacramenti",
            "Lateran University Press",
            "Città del Vaticano",
            2008,
        ),
    ],
)
def test_editors_first_entry(
    text: str, authors: tuple[str, ...], title: str, publisher: str, place: str, year: int
) -> None:
    ref = parse_reference(text, (0,), detect_styles=True)
    assert (ref.authors, ref.title, ref.publisher, ref.place, ref.year, ref.kind) == (
        authors,
        title,
        publisher,
        place,
        year,
        RefKind.BOOK,
    )


@pytest.mark.parametrize(
    ("host", "expected"),
    [
        (
            "Rivista di storia della Chiesa 12 (2004)",
            JournalVolume("Rivista di storia della Chiesa", "12", None),
        ),
        ("«Apollinaris» 77/3 (2004)", JournalVolume("Apollinaris", "77", "3")),
        ("ZKG 98 (1987)", JournalVolume("ZKG", "98", None)),
        (
            "Revue d'histoire ecclésiastique XCII (1997)",
            JournalVolume("Revue d'histoire ecclésiastique", "XCII", None),
        ),
        ("Studi in onore di Mario Rossi", None),
        ("Storia della Chiesa, vol. 3 (1990)", None),
        ("Handbook of Things (2019)", None),
    ],
)
def test_journal_volume(host: str, expected: JournalVolume | None) -> None:
    assert journal_volume(host) == expected


@pytest.mark.parametrize(
    ("text", "title", "journal", "volume", "year"),
    [
        (
            "G. Ferri, «La prassi matrimoniale nelle diocesi venete», in Rivista di teologia"
            " morale 12 (2004), 33–58.",
            "La prassi matrimoniale nelle diocesi venete",
            "Rivista di teologia morale",
            "12",
            2004,
        ),
        (
            "A. Sala, «Il foro interno dopo il Concilio», in «Apollinaris» 77 (2004), 201–230.",
            "Il foro interno dopo il Concilio",
            "Apollinaris",
            "77",
            2004,
        ),
        (
            "R. Lopes Pinto, «A disciplina penitencial», em Revista Eclesiástica 40 (1980), 12–40.",
            "A disciplina penitencial",
            "Revista Eclesiástica",
            "40",
            1980,
        ),
    ],
)
def test_article_in_journal_with_volume_and_year(
    text: str, title: str, journal: str, volume: str, year: int
) -> None:
    ref = parse_reference(text, (0,), detect_styles=True, note=True)
    assert (ref.title, ref.host, ref.volume, ref.year, ref.kind) == (
        title,
        journal,
        volume,
        year,
        RefKind.ARTICLE,
    )


def test_chapter_in_book_stays_chapter() -> None:
    text = (
        "A. Sala, «Il foro interno», in Studi in onore di Mario Ferri, Giuffrè, Milano 2004,"
        " 201–230."
    )
    assert parse_reference(text, (0,), detect_styles=True, note=True).kind is RefKind.CHAPTER


@pytest.mark.parametrize(
    ("name", "family"),
    [
        ("C.J. Errázuriz M.", "errázuriz"),
        ("J.I. Arrieta G.", "arrieta"),
        ("A. Bettetini", "bettetini"),
        ("Errázuriz M. C.J.", "errázuriz"),
        ("van Dam P.", "van dam"),
        ("Smith J.", "smith"),
    ],
)
def test_family_name_with_second_family_initial(name: str, family: str) -> None:
    assert family_name(name) == family


@pytest.mark.parametrize(
    ("text", "family", "title", "kind"),
    [
        (
            "J.I. Arrieta G., «La potestà sacramentale del vescovo», in Ius Canonicum 30 (1990),"
            " 101–130.",
            "arrieta",
            "La potestà sacramentale del vescovo",
            RefKind.ARTICLE,
        ),
        (
            "M.E. Olmos O., «El consentimiento matrimonial», in Revista Española de Derecho"
            " Canónico, 55 (1998), pp. 11–40.",
            "olmos",
            "El consentimiento matrimonial",
            RefKind.ARTICLE,
        ),
    ],
)
def test_second_family_initial_in_note(text: str, family: str, title: str, kind: RefKind) -> None:
    ref = parse_reference(text, (0,), detect_styles=True, note=True)
    assert [family_name(a) for a in ref.authors] == [family]
    assert (ref.title, ref.kind) == (title, kind)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Familiaris consortio, n. 84, cit.", ("Familiaris consortio", "n. 84")),
        ("Gaudium et spes, cit., n. 48.", ("Gaudium et spes", "n. 48")),
        ("*Evangelii gaudium*, cit.", ("Evangelii gaudium", None)),
        ("Dignitas connubii, art. 7, cit.", ("Dignitas connubii", "art. 7")),
        ("Rossi, La pena, cit., p. 4.", None),
        ("Familiaris consortio, n. 84.", None),
        ("«La pena», cit., p. 4.", None),
    ],
)
def test_titled_cit(text: str, expected: tuple[str, str | None] | None) -> None:
    assert titled_cit(text) == expected


def test_document_by_name_with_cit_resolves_to_its_full_note() -> None:
    doc = resolve_repeat_notes(
        _notes(
            "Giovanni Paolo II, Esortazione apostolica Familiaris consortio (22 novembre 1981),"
            " n. 84, in AAS 74 (1982), 81–191.",
            "G. Ferri, «La pastorale dopo Familiaris consortio», in Rivista di teologia morale"
            " 14 (1990), 5–30.",
            "Cfr. Familiaris consortio, n. 80, cit.",
        )
    )
    first, third = doc.footnotes[0].reference, doc.footnotes[2].reference
    assert (third.title, third.year, third.kind) == (first.title, 1981, first.kind)
    assert third.title == "Familiaris consortio"


def test_document_name_never_cited_in_full_stays_unresolved() -> None:
    doc = resolve_repeat_notes(
        _notes(
            "G. Ferri, «La pastorale dopo Familiaris consortio», in Rivista di teologia morale"
            " 14 (1990), 5–30.",
            "Cfr. Familiaris consortio, n. 80, cit.",
        )
    )
    assert doc.footnotes[1].reference.title != "La pastorale dopo Familiaris consortio"
