"""Legal, official and archival notes across languages (round 63, fix h): court decisions
cited by their court's abbreviation and date (Italian and French national courts), an
authority's act by number and date, an Italian "v., per tutti," lead-in, an interview the
author held, Romance "in Journal, year, n." after ``Family I.`` names, article numbers
that are no years, a French case repeated by name ("préc."), a note number used again after
its work's name, OSCOLA pen names in quotes, {{cite court}}'s parties, pdftotext page
breaks glued to running heads, Bluebook books in capitals, congressional documents and
newspaper articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode, RawMarker, RawNote, RefKind, TextBlock
from bibcheck.parse.references import court_dated, parse_reference
from bibcheck.parse.references.case_short import case_named, named_case_note
from bibcheck.parse.references.civil_law import legal_source
from bibcheck.parse.references.commentary import fieldwork_year
from bibcheck.parse.references.initials_after import parse as initials_after
from bibcheck.parse.references.wikicite import CiteTemplate, cite_reference
from bibcheck.readers.named_again import named_again
from bibcheck.readers.pdftext import _split_lines


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Cons. Stato, Ad. plen., 4 marzo 2021, n. 7.", 2021),
        (
            "Cons. Stato, sez. IV, 12 gennaio 2018, n. 150, e Cons. Stato, sez. VI, 3 luglio 2018.",
            2018,
        ),
        ("Corte cost., sent. 14 novembre 2017, n. 235.", 2017),
        ("Cass. civ., sez. un., 9 aprile 2008, n. 9148.", 2008),
        ("T.A.R. Lazio, sez. III, 8 giugno 2015, n. 8023.", 2015),
        ("CGUE, Grande Sezione, 8 aprile 2014, causa C-293/12, Digital Rights.", 2014),
        ("Cass. civ. 2e, 5 janv. 1956, *Martin*, D. 1957.261.", 1956),
        ("Req., 19 juill. 1870, *Dupuis*, S. 1871.1.9.", 1870),
        ("Cass. ch. réunies, 2 déc. 1941, *Franck*, DP 1942.25.", 1941),
        ("CE, Ass., 27 oct. 1995, *Commune de Morsang-sur-Orge*.", 1995),
        ("CA Lyon, 7 mai 2009, n° 08/01234.", 2009),
    ],
)
def test_national_courts_by_abbreviation_and_date(text: str, year: int) -> None:
    fields = court_dated.parse(text)
    assert fields is not None
    assert fields.year.year == year
    assert fields.kind is RefKind.REPORT


@pytest.mark.parametrize(
    "text",
    [
        "Garante privacy, Linee guida in materia di trasparenza, delibera n. 243 del 15 maggio 2014.",
        "CNIL, Recommandation sur les cookies, délibération n° 2020-092 du 17 septembre 2020.",
        "Ministerio del Interior, Instrucción sobre archivos, Resolución núm. 12 de 4 de mayo de 2011.",
        "Landesregierung, Richtlinie zur Aktenführung, Beschluss Nr. 17 vom 3. Mai 2019.",
    ],
)
def test_authority_act_by_number_and_date_is_a_legal_source(text: str) -> None:
    assert legal_source(text)


@pytest.mark.parametrize(
    ("text", "author", "title"),
    [
        (
            "Sul punto v., per tutti, A. Sandulli, Il procedimento amministrativo, Milano, "
            "Giuffrè, 1959, p. 12.",
            "Sandulli",
            "Il procedimento amministrativo",
        ),
        (
            "Sul tema v., da ultimo, M. Clarich, Manuale di diritto amministrativo, Bologna, "
            "il Mulino, 2019, p. 40.",
            "Clarich",
            "Manuale di diritto amministrativo",
        ),
    ],
)
def test_italian_lead_in_with_comma(text: str, author: str, title: str) -> None:
    ref = parse_reference(text, [1], note=True)
    assert any(author in a for a in ref.authors)
    assert ref.title == title


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Intervista dell'autrice con un funzionario comunale, Bari, 12 aprile 2024.", 2024),
        ("Entretien de l'auteur avec une greffière, Lyon, 3 mai 2022.", 2022),
        ("Interview by the author with a retired clerk, Leeds, 9 March 2021.", 2021),
        ("Entrevista de la autora con una archivera, Sevilla, 5 de junio de 2023.", 2023),
    ],
)
def test_interview_the_author_held_is_commentary_with_its_year(text: str, year: int) -> None:
    assert fieldwork_year(text) == year
    ref = parse_reference(text, [1], note=True)
    assert ref.kind is RefKind.COMMENTARY
    assert ref.year == year


@pytest.mark.parametrize(
    ("text", "author", "title", "journal"),
    [
        (
            "Rossi M.-L., La tutela (effettiva) dei dati, in Diritto pubblico, 2019, n. 3, "
            "p. 701 ss.",
            "Rossi M.-L.",
            "La tutela (effettiva) dei dati",
            "Diritto pubblico",
        ),
        (
            "Bianchi A., Trasparenza e (nuovi) obblighi, in federalismi.it, 2018, n. 14.",
            "Bianchi A.",
            "Trasparenza e (nuovi) obblighi",
            "federalismi.it",
        ),
        (
            "Durand J.-P., La faute (lourde) du service, dans Revue du droit public, 2011, n° 4, "
            "p. 3-20.",
            "Durand J.-P.",
            "La faute (lourde) du service",
            "Revue du droit public",
        ),
    ],
)
def test_family_initials_then_in_journal(text: str, author: str, title: str, journal: str) -> None:
    fields = initials_after(text)
    assert fields is not None
    assert fields.authors == (author,)
    assert fields.title == title
    assert fields.container == journal


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Ministère de la Justice, *Avant-projet de réforme*, 29 avril 2016, art. 1245.", 2016),
        ("Bundesministerium der Justiz, *Referentenentwurf*, 5. Mai 2020, Art. 1244.", 2020),
        ("Ministero della giustizia, *Schema di decreto*, 7 giugno 2021, art. 1227.", 2021),
    ],
)
def test_article_number_is_no_year(text: str, year: int) -> None:
    ref = parse_reference(text, [1], note=True)
    assert ref.year == year
    assert not [a for a in ref.anomalies if a.code is AnomalyCode.YEAR_MALFORMED]


@pytest.mark.parametrize(
    ("note", "name"),
    [
        ("Arrêt *Blanco*, préc.", "Blanco"),
        ("*Perruche*, précité, p. 4.", "Perruche"),
        ("Sentenza *Costa*, cit.", "Costa"),
        ("Sentencia «Prestige», cit.", "Prestige"),
    ],
)
def test_case_named_again(note: str, name: str) -> None:
    found = case_named(note)
    assert found is not None and found[0] == name
    texts = ["Cass. civ., 1 mars 1950, *Autre*.", f"T. confl., 8 févr. 1873, *{name}*.", note]
    texts[1] = texts[1].replace("*", "«", 1).replace("*", "»", 1) if "«" in note else texts[1]
    assert named_case_note(texts, 2, name) == 1


def test_case_repeated_by_name_takes_the_year_of_its_note(tmp_path: Path) -> None:
    path = tmp_path / "arret.md"
    path.write_text(
        "# Billet\n\nL'arrêt fonde la matière[^1]. Un auteur le commente[^2]. La solution"
        " demeure[^3].\n\n"
        "[^1]: Cass. civ., 21 nov. 1911, *Compagnie générale transatlantique*, D. 1913.1.249.\n"
        "[^2]: J. Dupont, *La responsabilité contractuelle*, Paris, Dalloz, 1950, p. 3.\n"
        "[^3]: Arrêt *Compagnie générale transatlantique*, préc.\n",
        encoding="utf-8",
    )
    doc = parse_file(path)
    third = next(fn for fn in doc.footnotes if fn.label == "3")
    assert third.reference.year == 1911


def _marker(label: str, block: int, offset: int) -> RawMarker:
    return RawMarker(label, 1, 0, block, offset)


@pytest.mark.parametrize(
    ("body", "again_at", "expected"),
    [
        # the repeated number right after the case's name: a citation again
        ("Le mot de l'arrêt Blanco", 24, True),
        # ... a number typed twice, naming nothing of note 1's work: a defect
        ("Le mot de la doctrine", 21, False),
    ],
)
def test_named_again(body: str, again_at: int, expected: bool) -> None:
    first = "La décision fonde la matière"
    blocks = [
        TextBlock(first, ((0, 1),)),
        TextBlock("Un auteur le dit", ((0, 2),)),
        TextBlock(body, ((0, 3),)),
    ]
    markers = [_marker("1", 0, len(first)), _marker("2", 1, 16), _marker("1", 2, again_at)]
    notes = [
        RawNote("1", "T. confl., 8 févr. 1873, *Blanco*.", 9, 9),
        RawNote("2", "J. Dupont, *Traité*, Paris, 1950.", 10, 10),
    ]
    assert named_again(markers, notes, blocks) is expected


@pytest.mark.parametrize(
    ("text", "author", "title"),
    [
        (
            "'Junius', 'The Crown and the Dissolution', The Times (London, 4 June 1924) 8.",
            "Junius",
            "The Crown and the Dissolution",
        ),
        (
            "‘Historicus’, ‘Prerogative and Parliament’, The Guardian (London, 1 March 1974) 10.",
            "Historicus",
            "Prerogative and Parliament",
        ),
    ],
)
def test_oscola_pen_name_in_quotes(text: str, author: str, title: str) -> None:
    ref = parse_reference(text, [1])
    assert ref.authors == (author,)
    assert ref.title == title


def test_cite_court_litigants_are_the_title() -> None:
    params = {
        "litigants": "Entick v Carrington",
        "vol": "19",
        "reporter": "St Tr",
        "opinion": "1029",
        "court": "Court of Common Pleas",
        "year": "1765",
    }
    lines = dict.fromkeys(params, 3)
    ref = cite_reference(CiteTemplate("cite court", params, lines, "{{cite court}}", 3, 3))
    assert ref.title == "Entick v Carrington"


def test_note_end_glued_to_next_running_head() -> None:
    text = "body line\n7 Smith, supra note 3, at 12.\f2024] SHORT TITLE 205\nNext page body\n"
    lines, pages = _split_lines(text)
    assert lines[1] == "7 Smith, supra note 3, at 12."
    assert pages[1] == 0 and pages[2] == 1


@pytest.mark.parametrize(
    ("text", "title", "kind"),
    [
        (
            "ADRIAN L. VERMEULE, LAW'S ABNEGATION: FROM LAW'S EMPIRE TO THE ADMINISTRATIVE STATE "
            "44 (2016).",
            "LAW'S ABNEGATION: FROM LAW'S EMPIRE TO THE ADMINISTRATIVE STATE",
            RefKind.BOOK,
        ),
        (
            "KENNETH C. DAVIS, DISCRETIONARY JUSTICE: A PRELIMINARY INQUIRY 4 (1969).",
            "DISCRETIONARY JUSTICE: A PRELIMINARY INQUIRY",
            RefKind.BOOK,
        ),
    ],
)
def test_bluebook_capitals_book(text: str, title: str, kind: RefKind) -> None:
    ref = parse_reference(text, [1], note=True, detect_styles=True)
    assert ref.title == title
    assert ref.kind is kind


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "ATT'Y GEN.'S COMM. ON RECORDS, INTERIM REPORT, H.R. Doc. No. 80-12, at 4 (1947).",
            "INTERIM REPORT",
        ),
        (
            "U.S. DEP'T OF JUST., ANNUAL REPORT ON RECORDS, S. Rep. No. 81-300, at 7 (1950).",
            "ANNUAL REPORT ON RECORDS",
        ),
        (
            "Jane Roe, Agencies After the Ruling, Part One, WASH. POST, Mar. 3, 2025, at A4.",
            "Agencies After the Ruling, Part One",
        ),
        (
            "John Doe, Courts, Agencies, and the Long Road Back, Wall St. J., Oct. 9, 2024, at B1.",
            "Courts, Agencies, and the Long Road Back",
        ),
    ],
)
def test_bluebook_documents_and_newspapers(text: str, title: str) -> None:
    ref = parse_reference(text, [1], note=True, detect_styles=True)
    assert ref.title == title


def test_decisions_and_acts_need_no_literature_entry(tmp_path: Path) -> None:
    path = tmp_path / "saggio.md"
    path.write_text(
        "# Saggio\n\nLa giurisprudenza è divisa[^1]. L'autorità ha fissato criteri[^2]. La"
        " dottrina lo nota[^3].\n\n"
        "[^1]: Cfr. Cons. Stato, sez. IV, 12 gennaio 2018, n. 150.\n"
        "[^2]: Garante privacy, *Linee guida in materia di trasparenza*, delibera n. 243 del"
        " 15 maggio 2014.\n"
        "[^3]: G. Verdi, *La trasparenza*, Milano, Giuffrè, 2015, p. 3.\n\n"
        "## Bibliografia\n\n"
        "Verdi G., *La trasparenza*, Milano, Giuffrè, 2015.\n",
        encoding="utf-8",
    )
    doc = parse_file(path)
    missing = [a for a in doc.all_anomalies() if a.code is AnomalyCode.LITERATURE_MISSING]
    assert missing == []
