"""fix76a: kinds of institutional publications -- a body's standard by its document number
(:mod:`.body_standard`), a body's guidelines cited in a note (:mod:`.guideline_note`), a
statistics office by its syllabic short name (:mod:`.office_acronym`), a volume of a series
of monographs (:mod:`.monograph_series`); a statistics title's own year before a Vancouver
imprint (:mod:`.title_year`) and Turkish Vancouver's "Erişim adresi:"."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference

STANDARDS = [
    # (entry, title): a body's standard or guideline by its document number, a report
    (
        "International Olive Council. 2019. *Trade standard applying to olive oils and olive"
        " pomace oils*. COI/T.15/NC No 3/Rev. 14. Madrid: IOC.",
        "Trade standard applying to olive oils and olive pomace oils",
    ),
    (
        "Conseil Oléicole International. 2021. _Norme commerciale applicable aux huiles"
        " d'olive_. COI/T.15/NC n° 3/Rév. 17. Madrid: COI.",
        "Norme commerciale applicable aux huiles d'olive",
    ),
    (
        "Codex Alimentarius Commission. 1997. *Guidelines for the establishment and"
        " application of microbiological criteria*. CAC/GL 21-1997. Rome: FAO/WHO.",
        "Guidelines for the establishment and application of microbiological criteria",
    ),
    (
        "Comisión del Codex Alimentarius. 2003. *Código de prácticas para prevenir la"
        " contaminación por patulina*. CXC 50-2003. Roma: FAO/OMS.",
        "Código de prácticas para prevenir la contaminación por patulina",
    ),
]


@pytest.mark.parametrize(("text", "title"), STANDARDS)
def test_a_body_s_standard_by_its_number_is_a_report(text: str, title: str) -> None:
    ref = parse_reference(text, [1])
    assert ref.title == title
    assert ref.kind is RefKind.REPORT


BOOKS = [
    # a body's book titled with the word, no document number: a book (guard)
    "Consejo Oleícola Internacional. 2015. *La norma y la excepción*. Madrid: Editorial Tecnos.",
]


@pytest.mark.parametrize("text", BOOKS)
def test_a_body_s_book_without_a_number_stays_a_book(text: str) -> None:
    assert parse_reference(text, [1]).kind is RefKind.BOOK


GUIDELINE_NOTES = [
    # (note, author, title)
    (
        "European Medicines Agency (EMA), *Guideline on good pharmacovigilance practices*,"
        " EMA, London 2017, s. 5.",
        "European Medicines Agency",
        "Guideline on good pharmacovigilance practices",
    ),
    (
        "Council of Europe (CoE), *Guidelines on the protection of individuals with regard to"
        " the processing of personal data*, CoE, Strasbourg 2019, wytyczna 4.",
        "Council of Europe",
        "Guidelines on the protection of individuals with regard to the processing of"
        " personal data",
    ),
]


ARCHIVE_NOTES = [
    # an archive's file of letters closing with its years names no body's genre (guard)
    "National Library of Scotland, Haldane family archive, MS 20105, letters of A. B. Haldane"
    " to C. D. Lorimer, 1921–1922.",
]


@pytest.mark.parametrize("text", ARCHIVE_NOTES)
def test_an_archive_s_letters_are_no_guidelines(text: str) -> None:
    ref = parse_reference(text, [1], detect_styles=True, note=True)
    assert ref.kind is not RefKind.REPORT


@pytest.mark.parametrize(("text", "author", "title"), GUIDELINE_NOTES)
def test_a_body_s_guidelines_in_a_note_are_its_report(text: str, author: str, title: str) -> None:
    ref = parse_reference(text, [1], detect_styles=True, note=True)
    assert ref.title == title
    assert ref.authors == (author,)
    assert ref.kind is RefKind.REPORT


STATISTICS_TITLES = [
    # (entry, title, kind): the year closing a statistics title before an imprint dating
    # the entry is the title's; Turkish "Erişim adresi:" is Vancouver's "Available from:"
    (
        "Türkiye İstatistik Kurumu. Hayvansal Üretim İstatistikleri, 2022. TÜİK Haber Bülteni"
        " Sayı 49712. Ankara: TÜİK; 2022. Erişim adresi: https://data.tuik.gov.tr/Bulten/"
        "Index?p=Hayvansal-Uretim-2022-49712",
        "Hayvansal Üretim İstatistikleri, 2022",
        RefKind.REPORT,
    ),
    (
        "Office for National Statistics. Family spending in the UK, 2021. Statistical"
        " Bulletin No 14. Newport: ONS; 2021.",
        "Family spending in the UK, 2021",
        RefKind.REPORT,
    ),
    (
        "Tarım ve Orman Bakanlığı. Kuru meyve denetim raporu. Ankara: TOB; 2021. Erişim"
        " adresi: https://www.tarimorman.gov.tr/rapor.pdf",
        "Kuru meyve denetim raporu",
        RefKind.REPORT,
    ),
]


@pytest.mark.parametrize(("text", "title", "kind"), STATISTICS_TITLES)
def test_a_statistics_title_keeps_its_year(text: str, title: str, kind: RefKind) -> None:
    ref = parse_reference(text, [1], detect_styles=True)
    assert ref.title == title
    assert ref.kind is kind


OFFICES = [
    # (entry): a statistics office by its short name of syllables, its own release a report
    "ΕΛΣΤΑΤ. (2022). *Απογραφή Γεωργίας και Κτηνοτροφίας 2020*. Πειραιάς: Ελληνική"
    " Στατιστική Αρχή.",
    "ΚΥΣΤΑΤ. (2021). *Στατιστική Επετηρίδα 2020*. Λευκωσία: Κυπριακή Στατιστική Υπηρεσία.",
    "TÜİK. (2023). *Tarımsal Göstergeler 2022*. Ankara: Türkiye İstatistik Kurumu.",
]


@pytest.mark.parametrize("text", OFFICES)
def test_a_statistics_office_by_its_syllables(text: str) -> None:
    assert parse_reference(text, [1], detect_styles=True).kind is RefKind.REPORT


@pytest.mark.parametrize(
    ("short", "name", "want"),
    [
        ("ΕΛΣΤΑΤ", "Ελληνική Στατιστική Αρχή", True),
        ("TÜİK", "Türkiye İstatistik Kurumu", True),
        ("Destatis", "Deutsches Statistisches Bundesamt", True),
        ("Istat", "Istituto nazionale di statistica", True),
        ("GUS", "Główny Urząd Statystyczny", True),
        ("ABC", "Ελληνική Στατιστική Αρχή", False),
        ("Sta", "Statistics Office", False),
        ("ELS", "Ελληνική Στατιστική Αρχή", False),
        ("Smith", "Statistics Office", False),
    ],
)
def test_syllabic(short: str, name: str, want: bool) -> None:
    from bibcheck.parse.references.office_acronym import syllabic

    assert syllabic(short, name) is want


MONOGRAPHS = [
    # (entry, title): a volume of a body's series of monographs, a book
    (
        "International Agency for Research on Cancer. Some aromatic amines and related"
        " compounds. IARC Monographs on the Evaluation of Carcinogenic Risks to Humans,"
        " Vol. 127. Lyon: IARC; 2021.",
        "Some aromatic amines and related compounds",
    ),
    (
        "World Health Organization. WHO monographs on selected medicinal plants, Vol. 3."
        " Geneva: WHO; 2007.",
        "WHO monographs on selected medicinal plants",
    ),
]


@pytest.mark.parametrize(("text", "title"), MONOGRAPHS)
def test_a_volume_of_monographs_is_a_book(text: str, title: str) -> None:
    ref = parse_reference(text, [1], detect_styles=True)
    assert ref.title == title
    assert ref.kind is RefKind.BOOK


REPORTS = [
    # a body's report without a series of monographs stays a report (guard)
    "International Agency for Research on Cancer. World cancer report 2020. Lyon: IARC; 2020.",
]


@pytest.mark.parametrize("text", REPORTS)
def test_a_body_s_report_stays_one(text: str) -> None:
    assert parse_reference(text, [1], detect_styles=True).kind is RefKind.REPORT
