"""fix57h: one DOI through any resolver host is one address (body link to list entry)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.urls import normalise_key


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        (
            "http://dx.doi.org/10.1016/j.x.2019.04.002",
            "https://doi.org/10.1016/j.x.2019.04.002",
            True,
        ),
        ("https://www.doi.org/10.5555/ABC.12", "https://doi.org/10.5555/abc.12", True),
        ("https://dx.doi.org/10.1093/ref/Q7", "http://doi.org/10.1093/ref/q7/", True),
        (
            "https://doi.org/10.1016/j.x.2019.04.002",
            "https://doi.org/10.1016/j.x.2019.04.003",
            False,
        ),
        # only the resolver's paths lose their case, not other sites'
        ("https://example.org/Reports/A", "https://example.org/reports/a", False),
        ("https://notdoi.org/10.1/x", "https://doi.org/10.1/x", False),
    ],
)
def test_resolver_hosts_are_one(a: str, b: str, same: bool) -> None:
    assert (normalise_key(a) == normalise_key(b)) is same


_POST = """\
# What the archive lost

Earlier work found [most links decay within a decade](http://dx.doi.org/10.5555/decay.2019.7),
and [a later survey agreed](https://www.example.org/surveys/links-2021) [2].

## References

1. Okafor, T. & Lind, B. [Link decay in newsroom archives](https://doi.org/10.5555/decay.2019.7). *Journal of Web Records* **3**, 11–20 (2019).
2. Marsh, E. [Links in 2021](https://www.example.org/surveys/links-2021). *Web Notes* (2021).
"""


def test_dx_doi_body_link_cites_entry_listed_by_doi_org(tmp_path: Path) -> None:
    path = tmp_path / "post.md"
    path.write_text(_POST, encoding="utf-8")
    doc = parse_file(str(path))
    pairs = {(m.label, m.line) for fn in doc.footnotes for m in fn.markers}
    assert pairs == {("1", 3), ("2", 4)}
