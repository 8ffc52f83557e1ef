"""Patent documents cited by number, and engineering lists of inverted names with
initials before a comma-separated title (``Surname, I. I., Surname, I., Title, Journal 50
(2007) 1-9``), read with and without citation-style detection.  Entries written for these
tests in the shapes patent specifications and search reports use."""

from __future__ import annotations

import pytest

from bibcheck.export.bibtex import entry_type
from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference, patent


@pytest.mark.parametrize(
    ("text", "number", "authors", "title", "year"),
    [
        pytest.param(
            "US 8,305,112 B2 (Moreau, P. et al.), Valve seat with a ceramic insert, 6 Nov 2012.",
            "US 8,305,112 B2",
            ("Moreau, P.",),
            "Valve seat with a ceramic insert",
            2012,
            id="us-granted-inventors-et-al",
        ),
        pytest.param(
            "EP 2 881 409 A1 (Nordvik Pumps AS), Impeller with a replaceable wear ring,"
            " 10 June 2015",
            "EP 2 881 409 A1",
            ("Nordvik Pumps AS",),
            "Impeller with a replaceable wear ring",
            2015,
            id="ep-application-applicant",
        ),
        pytest.param(
            "WO 2020/114455 A1 (Achterberg, L.; Fischer, R.): Sensor housing for"
            " submerged use. 11.06.2020",
            "WO 2020/114455 A1",
            ("Achterberg, L.", "Fischer, R."),
            "Sensor housing for submerged use",
            2020,
            id="wo-colon-two-inventors-dotted-date",
        ),
        pytest.param(
            "DE 10 2018 117 602 A1 (Kessel Armaturen GmbH), Absperrklappe mit Dichtring,"
            " 23.01.2020.",
            "DE 10 2018 117 602 A1",
            ("Kessel Armaturen GmbH",),
            "Absperrklappe mit Dichtring",
            2020,
            id="de-spaced-number",
        ),
        pytest.param(
            "JP 2015-208831 A, Flow meter with a heated film, 2015-11-24",
            "JP 2015-208831 A",
            (),
            "Flow meter with a heated film",
            2015,
            id="jp-no-applicant-iso-date",
        ),
        pytest.param(
            "U.S. Patent No. 6,123,987 (Albright), Pipe coupling, 2000.",
            "U.S. Patent No. 6,123,987",
            ("Albright",),
            "Pipe coupling",
            2000,
            id="us-patent-no",
        ),
        pytest.param(
            "CN 109876543 A (Huadong Valve Co.), Butterfly valve, 18 June 2019",
            "CN 109876543 A",
            ("Huadong Valve Co.",),
            "Butterfly valve",
            2019,
            id="cn-unspaced",
        ),
    ],
)
def test_patent_entries(
    text: str, number: str, authors: tuple[str, ...], title: str, year: int
) -> None:
    for detect in (False, True):
        ref = parse_reference(text, [3], detect_styles=detect)
        assert ref.kind is RefKind.PATENT
        assert (ref.issue, ref.authors, ref.title, ref.year) == (number, authors, title, year)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("CA 2019, Wildfire outlook for the prairies, Ottawa.", id="author-year"),
        pytest.param("US EPA, Drinking water standards, 2018.", id="agency"),
        pytest.param("Smith, J., US 9,412,875 B2 as prior art, 2019.", id="number-not-first"),
    ],
)
def test_not_patents(text: str) -> None:
    assert not patent.recognised(text)
    assert parse_reference(text, [1], detect_styles=True).kind is not RefKind.PATENT


def test_patent_entry_types() -> None:
    ref = parse_reference("EP 2 881 409 A1 (Nordvik Pumps AS), Impeller, 2015", [1])
    assert entry_type(ref, "biblatex") == "patent"
    assert entry_type(ref, "bibtex") == "misc"


@pytest.mark.parametrize(
    ("text", "authors", "title", "year"),
    [
        pytest.param(
            "Varga, K. L., Obi, N., Heat flux sensing in stirred vessels, Chemical"
            " Engineering Science 61 (2006) 112–120.",
            ("Varga, K. L.", "Obi, N."),
            "Heat flux sensing in stirred vessels",
            2006,
            id="journal-volume-before-year",
        ),
        pytest.param(
            "Brandt, H. J., Osei, K. A., Principles of Process Control, Springer, Berlin, 2011.",
            ("Brandt, H. J.", "Osei, K. A."),
            "Principles of Process Control",
            2011,
            id="first-name-two-initials",
        ),
        pytest.param(
            "Lund, T., Introduction to Pump Hydraulics, 3rd ed., Wiley, Chichester, 2004.",
            ("Lund, T.",),
            "Introduction to Pump Hydraulics",
            2004,
            id="one-name",
        ),
        pytest.param(
            "Okonkwo, B. C. (ed.), Membrane Processes in Food Engineering, CRC Press,"
            " Boca Raton, 2016.",
            ("Okonkwo, B. C.",),
            "Membrane Processes in Food Engineering",
            2016,
            id="editor-mark-comma",
        ),
        pytest.param(
            "Okonkwo, B. C. (Ed.). Membrane Processes in Food Engineering. CRC Press,"
            " Boca Raton, 2016.",
            ("Okonkwo, B. C.",),
            "Membrane Processes in Food Engineering",
            2016,
            id="editor-mark-period",
        ),
        pytest.param(
            "Ruiz, A., Hale, D. (eds.), Fouling Mitigation in Practice, Elsevier, Amsterdam, 2019.",
            ("Ruiz, A.", "Hale, D."),
            "Fouling Mitigation in Practice",
            2019,
            id="two-editors",
        ),
    ],
)
def test_inverted_names_with_initials_then_a_comma_title(
    text: str, authors: tuple[str, ...], title: str, year: int
) -> None:
    for detect in (False, True):
        ref = parse_reference(text, [1], detect_styles=detect)
        assert (ref.authors, ref.title, ref.year) == (authors, title, year), detect


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        pytest.param(
            "Lindqvist, M. (2019). Water governance in small towns. Journal of Rural"
            " Studies 68, 1–9.",
            ("Lindqvist, M.",),
            id="apa",
        ),
    ],
)
def test_names_kept_before_a_parenthesised_year(text: str, authors: tuple[str, ...]) -> None:
    assert parse_reference(text, [1], detect_styles=True).authors == authors
