"""A standard cited by its designation first, then its title (the normative references of
standards bodies' and committees' reports): the designation -- ISO, IEC, EN, DIN, BS,
ANSI, IEEE Std, NIST SP / IR, ETSI, ITU-T Rec. -- is the standard's number; its title is
what follows, in italics or to the end of its sentence, after a comma, a period or a
colon.  The work is a report (as a standard cited title first is); nothing else is
touched (:func:`bibcheck.parse.references.italic_titled.leading_standard`)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.italic_titled import leading_standard
from bibcheck.readers.asciidoc import read
from tests.test_regex_growth import assert_linear

CASES = [
    # (text, title, year)
    (
        "ISO/IEC 27050-1:2019. *Information technology — Electronic discovery — Part 1: "
        "Overview and concepts*. Geneva: ISO, 2019.",
        "Information technology — Electronic discovery — Part 1: Overview and concepts",
        2019,
    ),
    (
        "ISO 15489-1:2016, *Information and documentation — Records management — Part 1: "
        "Concepts and principles*. Geneva: ISO, 2016.",
        "Information and documentation — Records management — Part 1: Concepts and principles",
        2016,
    ),
    (
        "ISO/IEC 17025:2017. General requirements for the competence of testing and "
        "calibration laboratories. Geneva: ISO, 2017.",
        "General requirements for the competence of testing and calibration laboratories",
        2017,
    ),
    (
        "IEEE Std 1012-2016. *IEEE Standard for System, Software, and Hardware Verification "
        "and Validation*. New York: IEEE, 2017.",
        "IEEE Standard for System, Software, and Hardware Verification and Validation",
        2017,
    ),
    (
        "NIST SP 800-92. *Guide to Computer Security Log Management*. Gaithersburg, MD: "
        "National Institute of Standards and Technology, 2006.",
        "Guide to Computer Security Log Management",
        2006,
    ),
    (
        "NIST Special Publication 800-72, Guidelines on PDA Forensics, 2004.",
        "Guidelines on PDA Forensics",
        2004,
    ),
    (
        "NISTIR 7387. *Cell Phone Forensic Tools: An Overview and Analysis Update*. 2007.",
        "Cell Phone Forensic Tools: An Overview and Analysis Update",
        2007,
    ),
    (
        "NIST IR 8006: *NIST Cloud Computing Forensic Science Challenges*, 2020.",
        "NIST Cloud Computing Forensic Science Challenges",
        2020,
    ),
    (
        "ETSI TS 119 312 V1.4.3. *Electronic Signatures and Infrastructures (ESI); "
        "Cryptographic Suites*. Sophia Antipolis: ETSI, 2023.",
        "Electronic Signatures and Infrastructures (ESI); Cryptographic Suites",
        2023,
    ),
    (
        "ITU-T Rec. X.1252. *Baseline identity management terms and definitions*. Geneva: "
        "ITU, 2021.",
        "Baseline identity management terms and definitions",
        2021,
    ),
    (
        "BS 10008-1:2020. *Evidential weight and legal admissibility of electronic "
        "information — Specification*. London: BSI, 2020.",
        "Evidential weight and legal admissibility of electronic information — Specification",
        2020,
    ),
    (
        "DIN EN 16247-1:2022-10, *Energieaudits — Teil 1: Allgemeine Anforderungen*. "
        "Berlin: DIN Media, 2022.",
        "Energieaudits — Teil 1: Allgemeine Anforderungen",
        2022,
    ),
    (
        "ANSI/ASIS PSC.1-2012. *Management System for Quality of Private Security Company "
        "Operations*. Alexandria, VA: ASIS International, 2012.",
        "Management System for Quality of Private Security Company Operations",
        2012,
    ),
]


@pytest.mark.parametrize("detect", [True, False], ids=["styles", "generic"])
@pytest.mark.parametrize(("text", "title", "year"), CASES)
def test_designation_then_title(text: str, title: str, year: int, detect: bool) -> None:
    ref = parse_reference(text, (1,), detect_styles=detect)
    assert (ref.title, ref.authors, ref.year) == (title, (), year)
    assert ref.kind is RefKind.REPORT


@pytest.mark.parametrize(
    "text",
    [
        "ISO 2019. Annual review of the central secretariat. Geneva.",  # a body and a year
        "IEEE 2021, *Strategic plan*.",
        "ISO/IEC 27037:2012, 2012.",  # nothing after the designation but facts
        "Isom, K. *Standards in court*. 2019.",
        "NIST. *Guide to Forensic Tools*. 2014.",  # the body as author, no number
    ],
)
def test_not_a_designation_first(text: str) -> None:
    assert leading_standard(text) is None


def test_other_title_left_alone() -> None:
    # a title read by a style parser that is not the designation is not replaced
    ref = parse_reference(
        "Ayers, R., *Mobile Device Forensics*, NIST SP 800-101r1, 2014.", (1,), detect_styles=True
    )
    assert ref.title == "Mobile Device Forensics"


REPORT_ADOC = """\
= Archiving Court Recordings
Records Standards Panel

== Scope

Recordings are kept as records <<ISO15489>> and hashed on receipt <<SP800-92>>.

[bibliography]
== Normative references

* [[[ISO15489, ISO 15489-1:2016]]] ISO 15489-1:2016, _Information and documentation — Records
management — Part 1: Concepts and principles_. Geneva: ISO, 2016.
* [[[SP800-92]]] NIST SP 800-92. _Guide to Computer Security Log Management_. 2006.
"""


def test_asciidoc_standards_report() -> None:
    doc = read(REPORT_ADOC)
    refs = {n.label: n.reference for n in doc.footnotes if n.reference is not None}
    assert refs["ISO15489"].title == (
        "Information and documentation — Records management — Part 1: Concepts and principles"
    )
    assert refs["SP800-92"].title == "Guide to Computer Security Log Management"
    assert {r.kind for r in refs.values()} == {RefKind.REPORT}


@pytest.mark.parametrize(
    "text",
    [
        lambda n: "ISO " + "1" * n + ". Title",
        lambda n: "ISO/IEC " * (n // 8) + "1. Title",
        lambda n: "ISO 1" + ".1" * (n // 2) + ", Title",
        lambda n: "ETSI EN 1" + " 123" * (n // 4) + " Title",
        lambda n: "ISO 1, _" + "a" * n,
    ],
)
def test_long_designations_are_linear(text: Callable[[int], str]) -> None:
    assert_linear(leading_standard, text)
    # (the whole parse is slower, but reads it without a failure)
    parse_reference(text(10_000), (1,), detect_styles=True)
