"""fix66b: one standard's designation pattern, the union of what the rules read before."""

from __future__ import annotations

import pytest

from bibcheck.parse.references.standard_designation import (
    opens_with_designation,
    standard_designation,
)
from bibcheck.parse.references.standardkind import designation_titled

# every designation reportkind's or standard_kind's own pattern accepted, and a few neither
# did (ITU-T G.711, CEI 64-8): the shared pattern accepts them all
_DESIGNATIONS = [
    "ISO/IEC 27001:2022",
    "IEEE Std 802.11-2020",
    "EN 1992-1-1",
    "DIN 820-2",
    "UNI EN ISO 9001",
    "ASTM D638-14",
    "3GPP TS 38.300",
    "ITU-T G.711",
    "GB/T 7714-2015",
    "JIS X 0208",
    "NF Z 44-005",
    "BS 5950",
    "CEI 64-8",
    "ETSI EN 301 549",
    "ETSI EN 301 549 V3.2.1",
    "ANSI/IEEE Std 1003.1-1988",
    "SAE J1939",
    "NZS 3101",
    "ASME Y14.5-2018",
    "ISO 9001:2015/Amd 1",
    "BS EN 1992-1-1:2004+A1:2014",
    "PN-EN 50160:2023-09",
    "CNR-DT 200 R1/2013",
    "UNI/TR 11552:2014",
    "ABNT NBR 6023:2018",
    "AS 1170.2:2011",
    "ГОСТ Р 7.0.100-2018",
    "ČSN EN 1990",
    "ÖNORM B 1600",
    "DSTU 8302:2015",
    "SNI 1726:2019",
]


@pytest.mark.parametrize("text", _DESIGNATIONS)
def test_designation_alone(text: str) -> None:
    assert standard_designation(text)
    assert standard_designation(f"{text}.")


@pytest.mark.parametrize("text", [d for d in _DESIGNATIONS if not d.startswith("AS ")])
def test_designation_opens_a_number_or_title(text: str) -> None:
    assert opens_with_designation(text)
    assert opens_with_designation(f"{{{text}}}: Title of the standard")


@pytest.mark.parametrize(
    "title",
    [
        "ITU-T G.711: Pulse code modulation of voice frequencies",
        "CEI 64-8: Impianti elettrici utilizzatori",
        "3GPP TS 38.300: NR and NG-RAN overall description",
        "UNI/TR 11552:2014: Opere di ingegneria civile",
    ],
)
def test_title_opening_with_a_designation(title: str) -> None:
    assert designation_titled(title)


@pytest.mark.parametrize(
    "text",
    [
        "SN 1987A",  # a supernova, no Swiss standard
        "SN 1987A: ten years after",
        "RFC 9110",  # an Internet standard's series, read by its own rule
        "ISBN 978-0-8330-1234-5",  # a book's number
        "SSRN 3867764",  # a working paper's number
        "DSM 5",  # a manual's name
        "Annual Report 2019",
        "ISO 9001 Explained",
        "AS 1170.2 in practice",
    ],
)
def test_not_a_designation(text: str) -> None:
    assert not standard_designation(text)
    assert not designation_titled(text)
    if not text.startswith("ISO"):
        assert not opens_with_designation(text)
