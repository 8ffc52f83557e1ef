"""A doi.org address whose DOI is malformed (``https://doi.org/10,1371/…``: a comma for the
prefix's dot; the slash lost) is reported as the reference's malformed DOI, in any style
and reader; a good address, a short DOI or another host is not.  Own fixtures."""

from __future__ import annotations

import pytest

from bibcheck.model import AnomalyCode
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.doilabel import malformed_resolver_doi
from tests.test_regex_growth import assert_linear


@pytest.mark.parametrize(
    ("url", "written"),
    [
        ("https://doi.org/10,1000/xyz.2015.7", "10,1000/xyz.2015.7"),
        ("https://dx.doi.org/10.1021ed047p12", "10.1021ed047p12"),
        ("http://www.doi.org/10.12/short", "10.12/short"),
        ("https://doi.org/10.1000/xyz.2015.7", None),
        ("https://doi.org/10/bx7k", None),
        ("https://doi.org/10.1000%2Fxyz", None),
        ("https://example.org/10,1000/xyz", None),
        ("https://doi.org/", None),
    ],
    ids=["comma", "slash-lost", "short-prefix", "valid", "short-doi", "encoded", "host", "bare"],
)
def test_malformed_resolver_doi(url: str, written: str | None) -> None:
    found = malformed_resolver_doi(url)
    assert (found.written if found else None) == written


@pytest.mark.parametrize(
    "text",
    [
        "Okafor, N. (2015). Tide records. *Coastal Notes*, 3(2), 5–9. https://doi.org/10,1000/cn.2015.3",
        "N. Okafor, “Tide records,” *Coastal Notes*, vol. 3, pp. 5–9, 2015, "
        "doi: 10.1000/x. [Online]. Available: https://doi.org/10,1000/cn.2015.3",
        "Okafor N. Tide records. Coastal Notes. 2015;3:5-9. https://doi.org/10,1000/cn.2015.3",
    ],
    ids=["apa", "ieee-doi-elsewhere", "vancouver"],
)
def test_reference_reports_it(text: str) -> None:
    ref = parse_reference(text, (4,), detect_styles=True)
    found = [a for a in ref.anomalies if a.code is AnomalyCode.DOI_INVALID]
    if "doi: 10.1000/x" in text:
        assert ref.doi == "10.1000/x" and not found  # the written DOI is the reference's
    else:
        assert [a.line for a in found] == [4]
        assert ref.doi is None


def test_long_address_is_linear() -> None:
    assert_linear(malformed_resolver_doi, lambda n: "https://doi.org/10," + "1" * n)
    assert_linear(
        lambda text: parse_reference(text, (1,)),
        lambda n: "Okafor, N. (2015). T. https://doi.org/10," + "x/" * (n // 2),
    )
