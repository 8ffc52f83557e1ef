"""Author-date groups typed with commas, ``&``-joined names and years of the same authors.

``(Okafor & Lind 2002, Berg 2010, Ruiz et al. 2016)`` (Chicago author-date's group with
commas for semicolons) was read as its last mention only; ``(Okafor, Lind, & Berg 2019,
2020a)`` lost the years after the first; ``Lind and Berg (2013 & 2014)`` cited nothing."""

from __future__ import annotations

import pytest

from bibcheck.readers.authoryear import author_years, spans

ENTRIES = [
    ("1", 'Okafor, T. and Lind, S. 2002. "Who pays for water?" Town Finance 31: 210-233.'),
    ("2", 'Berg, H. 2010. "Harbour towns." Journal of Coastal History 12(2): 40-58.'),
    ("3", 'Ruiz, M., Vidal, C., and Soto, A. 2016. "Ports and pumps." Maritime Economy 18.'),
    ("4", 'Okafor, T., Lind, S., and Berg, H. 2019. "Wells in the delta." River Studies 4.'),
    ("5", 'Okafor, T., Lind, S., and Berg, H. 2020a. "Wells again." River Studies 5.'),
    ("6", 'Lind, S. and Berg, H. 2013. "Cisterns." Urban Water Review 7: 1-22.'),
    ("7", 'Lind, S., and H. Berg. 2014. "Pumps." Urban Water Review 8: 3-9.'),
    ("8", 'Moreau, P. 2011. "Puits et citernes." Revue urbaine 3: 4-9.'),
    ("9", 'Moreau, P. 2015. "Les ports." Revue urbaine 7: 1-8.'),
    ("10", 'Ruiz, M. y Soto, A. 2004. "El agua en la ciudad." Estudios Marítimos 9: 101-118.'),
]

CASES = [
    ("sources (Okafor & Lind 2002, Berg 2010, Ruiz et al. 2016).", ["1", "2", "3"]),
    ("(Berg 2010, Okafor and Lind 2002)", ["2", "1"]),
    ("wells (Okafor, Lind, & Berg 2019, 2020a; Moreau 2011).", ["4", "5", "8"]),
    ("the Lind and Berg (2013 & 2014) surveys", ["6", "7"]),
    ("selon Moreau (2011 et 2015), les puits", ["8", "9"]),
    ("(Moreau 2011 and 2015)", ["8", "9"]),
    ("fuentes (Ruiz y Soto 2004, Moreau 2015, Berg 2010).", ["10", "9", "2"]),
]


@pytest.mark.parametrize(
    ("text", "want"),
    CASES,
    ids=["commas", "commas-and", "all-named-years", "and-years", "et-years", "and-years-2", "es"],
)
def test_group_mentions(text: str, want: list[str]) -> None:
    index = author_years(ENTRIES)
    assert [label for _, _, label in spans(text, index)] == want
