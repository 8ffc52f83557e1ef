"""fix76j: a body's name and a year heading the entry: a standard's designation after the
year is no title (the standard a report), a body's name in lower case after its first word
is the author, and the year is the one after the name, whatever year the title carries."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import (
    body_year,
    designation_after_year,
    lowercase_body,
    parse_reference,
)

# (entry, author, year, title, kind)
_CASES = [
    (
        "International Organization for Standardization. 2015. ISO 14001:2015 Environmental"
        " management systems — Requirements. Geneva: ISO.",
        "International Organization for Standardization",
        2015,
        "Environmental management systems — Requirements",
        RefKind.REPORT,
    ),
    (
        "Deutsches Institut für Normung. 2012. DIN EN 1993-1-8:2010-12 Eurocode 3: Bemessung"
        " von Stahlbauten. Berlin: Beuth.",
        "Deutsches Institut für Normung",
        2012,
        "Eurocode 3: Bemessung von Stahlbauten",
        RefKind.REPORT,
    ),
    (
        "CEN (2002) EN 1990:2002 Eurocode: Basis of structural design. Brussels: CEN.",
        "CEN",
        2002,
        "Eurocode: Basis of structural design",
        RefKind.REPORT,
    ),
    (
        "Codex Alimentarius Commission. 2011. CXG 2-1985 Guidelines on nutrition labelling."
        " Rome: FAO/WHO.",
        "Codex Alimentarius Commission",
        2011,
        "Guidelines on nutrition labelling",
        RefKind.REPORT,
    ),
    (
        "Suomen Standardisoimisliitto. 2016. SFS-EN ISO 14001:2015 Ympäristöjärjestelmät."
        " Helsinki: SFS.",
        "Suomen Standardisoimisliitto",
        2016,
        "Ympäristöjärjestelmät",
        RefKind.REPORT,
    ),
    (
        "Polski Komitet Normalizacyjny. 2010. PN-EN 1992-1-1:2008 Eurokod 2: Projektowanie"
        " konstrukcji z betonu. Warszawa: PKN.",
        "Polski Komitet Normalizacyjny",
        2010,
        "Eurokod 2: Projektowanie konstrukcji z betonu",
        RefKind.REPORT,
    ),
    (
        "British Standards Institution. 2019. BS 8500-1:2015. Concrete — Complementary"
        " British Standard. London: BSI.",
        "British Standards Institution",
        2019,
        "Concrete — Complementary British Standard",
        RefKind.REPORT,
    ),
    # a body's name in lower case after its first word, the title carrying a year
    (
        "Statistisk sentralbyrå. 1980. Boligtelling 1975. Oslo: SSB.",
        "Statistisk sentralbyrå",
        1980,
        "Boligtelling 1975",
        None,
    ),
    (
        "Instituto nacional de estadística. 2019. Censo agrario 2009. Madrid: INE.",
        "Instituto nacional de estadística",
        2019,
        "Censo agrario 2009",
        None,
    ),
    (
        "Istituto nazionale di statistica. 2014. Censimento generale 2011. Roma: Istat.",
        "Istituto nazionale di statistica",
        2014,
        "Censimento generale 2011",
        None,
    ),
    (
        "Office fédéral de la statistique. 2003. Recensement fédéral 2000. Neuchâtel: OFS.",
        "Office fédéral de la statistique",
        2003,
        "Recensement fédéral 2000",
        None,
    ),
    # a comma-less body, the title in italics carrying a year
    (
        "Ministerio de Sanidad y Consumo. 2008. *Informe anual 2007*. Madrid: Ministerio.",
        "Ministerio de Sanidad y Consumo",
        2008,
        "Informe anual 2007",
        None,
    ),
]


@pytest.mark.parametrize(("text", "author", "year", "title", "kind"), _CASES)
@pytest.mark.parametrize("detect", [True, False])
def test_body_year_head(
    text: str, author: str, year: int, title: str, kind: RefKind | None, detect: bool
) -> None:
    ref = parse_reference(text, [0], detect_styles=detect)
    assert ref.authors == (author,)
    assert ref.year == year
    assert ref.title == title
    assert ref.raw == text  # (the designation kept in the entry's text)
    if kind is not None:
        assert ref.kind is kind


# heads that are no body's: a person's initials, a year in the title only
@pytest.mark.parametrize(
    "text",
    [
        "Smith JA. 2020. Cohort study 1990. Lancet.",
        "Berg K. 1999. Title. Oslo.",
        "Jansen, P. 1996. Titel. Zwolle.",
        "Title of the work 2020 and more.",
    ],
)
def test_no_head(text: str) -> None:
    found = body_year.head(text)
    assert found is None or not lowercase_body.named_body(found)


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("ISO. 2018. ISO 31000:2018 Risk management. Geneva.", "Risk management. Geneva."),
        ("CEN (2004) EN 1998-1:2004 Eurocode 8. Brussels.", "Eurocode 8. Brussels."),
        (
            "Codex Alimentarius Commission. 1997. CAC/GL 21-1997 Principles. Rome.",
            "Principles. Rome.",
        ),
        ("ISO. 2018. Risk management 2018. Geneva.", None),
        ("ISO. 2018. ISO 31000:2018.", None),
        # (a colon after the designation: the title's opening, kept)
        ("Badan Standar Nasional. 2001. SNI 19-6728-2001: Penyusunan neraca. Jakarta.", None),
    ],
)
def test_without_designation(text: str, rest: str | None) -> None:
    found = body_year.head(text)
    assert found is not None
    assert designation_after_year.without_designation(found) == rest


@pytest.mark.parametrize(
    ("body", "named"),
    [
        ("Statistisk sentralbyrå", True),
        ("Conseil oléicole international", True),
        ("Istituto nazionale di statistica", True),
        ("Jan de Vries", False),
        ("Maria Rossi", False),
    ],
)
def test_named_body(body: str, named: bool) -> None:
    assert lowercase_body.named_body(body_year.BodyYear(body, "2020", "Title.")) is named


# a case cited with its year in parentheses and its report after it: no body's publication
@pytest.mark.parametrize(
    "text",
    [
        "Federal Trade Commission v Acme Holdings Pty Ltd (2019) 265 FCR 12.",
        "Commission nationale de l'informatique. 2019. 265 FCR 12.",
    ],
)
def test_case_no_body(text: str) -> None:
    found = body_year.head(text)
    assert found is not None
    assert not lowercase_body.named_body(found)
