"""Legal notes the round-63 sweep left (fix k): statutes, decrees and orders cited by their
number in common-law and mixed jurisdictions, a person's title before a name inside a
title ("Letter from Atty. …"), a paper filed in a case dated by its own date, and an
"Id." after a note that was not understood."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode, RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.legal_kind import legal_source
from bibcheck.parse.references.numbered_acts import numbered_act


@pytest.mark.parametrize(
    "text",
    [
        "An Act Protecting Personal Data in Information Systems, Republic Act No. 10173, § 3.",
        "Rep. Act No. 9262, sec. 5 (2004).",
        "R.A. No. 11232, art. 4.",
        "Commonwealth Act No. 141, sec. 48.",
        "Presidential Decree No. 1529, sec. 14.",
        "Executive Order No. 292, bk. IV, tit. III.",
        "Infrastructure Investment and Jobs Act, Pub. L. No. 117-58, § 70001.",
        "Exec. Order No. 14110, § 4.",
        "Data Protection Act, Act No. 24 of 2012, s 3.",
        "Personal Data (Privacy) Ordinance (Cap. 486), s 2.",
        "City of Manila, Ordinance No. 8027, sec. 1.",
        "Batas Pambansa Blg. 22, sec. 1.",
    ],
)
def test_statute_by_number_is_a_legal_source(text: str) -> None:
    assert numbered_act(text)
    assert legal_source(text)
    assert parse_reference(text, [0], note=True).kind is RefKind.REPORT


@pytest.mark.parametrize(
    "text",
    [
        "M. Rossi, *Storia del diritto*, Bologna, Il Mulino, 2001, cap. 3.",
        "J. Smith, *A History of Law* (Oxford 2001), ch. 4.",
        "A. Brown, 'The Act and its Critics' (2010) 12 Law Q 4.",
    ],
)
def test_no_statute_number(text: str) -> None:
    assert not numbered_act(text)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "Letter from Atty. GVS, Director IV, Enforcement Office, National Privacy"
            " Commission, to TLL, Secretary (14 January 2019).",
            "Letter from Atty. GVS",
        ),
        (
            "Letter from Hon. Maria Cruz, Secretary of Justice, to the Commission (3 March 2020).",
            "Letter from Hon. Maria Cruz",
        ),
        (
            "Memorandum from Lt. Col. Reyes to the Chief of Staff (5 May 2018).",
            "Memorandum from Lt. Col. Reyes",
        ),
        (
            "Statement of Sen. Jones on the Budget, 12 April 2017.",
            "Statement of Sen. Jones",
        ),
        (
            "Testimony of Gov. Ann Lee before the Committee on Finance, 4 June 2015.",
            "Testimony of Gov. Ann Lee",
        ),
    ],
)
def test_title_before_a_name_ends_no_title(text: str, start: str) -> None:
    ref = parse_reference(text, [0], note=True)
    assert ref.title is not None and ref.title.startswith(start)


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Order, 23 February 2021, in *In re: Passport Breach*, NPC SS 19-001 (NTC 2019).", 2021),
        (
            "Supplemental Fact-Finding Report, 17 September 2021, at 3, in *In re: Passport"
            " Breach*, NPC SS 19-001 (NTC 2019).",
            2021,
        ),
        ("Brief for the Respondent, March 3, 2020, in Smith v. Jones, No. 19-123 (2019).", 2020),
        ("Ordonnance, 3 mars 2021, dans l'affaire n° 19-001 (2019).", 2021),
    ],
)
def test_filed_paper_takes_its_own_date(text: str, year: int) -> None:
    ref = parse_reference(text, [0], note=True)
    assert ref.year == year
    assert ref.kind is RefKind.REPORT


def test_letter_printed_in_a_volume_keeps_the_volume_year() -> None:
    ref = parse_reference(
        "Kellogg to Houghton, 23 June 1928, in Papers Relating to the Foreign Relations of the"
        " United States, 1928, vol. 1 (Washington, DC: Government Printing Office, 1942), 90.",
        [0],
        note=True,
    )
    assert ref.year == 1942


def test_id_after_a_note_not_understood(tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_text(
        "# Notes\n\nA claim[^1]. Another[^2]. A third[^3].\n\n"
        "[^1]: Root, Randal, Module 06 Notes, 11, Module 6, IT 130: Foundations Of Databases,"
        " University of Washington 2021\n"
        "[^2]: Id.\n"
        "[^3]: Id. at 12\n",
        encoding="utf-8",
    )
    doc = parse_file(path)
    unresolved = [a for a in doc.all_anomalies() if a.code is AnomalyCode.REPEAT_NOTE_UNRESOLVED]
    assert unresolved, "the Ids are reported"
    for anomaly in unresolved:
        assert "no earlier note" not in anomaly.message
        assert "not understood" in anomaly.message
