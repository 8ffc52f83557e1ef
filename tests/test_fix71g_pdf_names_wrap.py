"""A hanging-indent author-date list whose names fill the first line (fix 71g).

APA lists converted by ``pdftotext -layout`` keep each entry's hanging indent.  When the
names fill the first line (``…, Roemmich, D., et al.`` or ``… & Lund, M. G.``), the year
opens the indented next line (``    (2020). Title …``): that is the same entry going on, not
a repeated author's next work (which follows a finished entry).  Own fixtures.
"""

from __future__ import annotations

import pytest

from bibcheck.readers import pdftext
from bibcheck.readers.linewrap import url_continues

_PAGE = """\
Ocean Letters                 FIELD ET AL.                         1 of 2

Warm water lingered on the shelf (Abbot et al., 2019; Birch & Lund, 2017) and under
the thermocline (Carver et al., 2021; Dunmore, 2015; Dunmore, 2016).
Ocean Letters                 FIELD ET AL.                         2 of 2
\fOcean Letters                 10.99999/ol.2024.1

References
Abbot, R., Quill, S. T., Varga, P., Nakamura, H., Osei, K., Lindqvist, J., et al.
    (2019). Shelf seas in a warming climate. Ocean Letters, 12, 1-9.
    https://doi.org/10.99999/ol.2019.1
Birch, A. B., Hollis, C. D., Mwangi, E. F., Petrov, G. H., & Lund, M. G.
    (2017). Bottom temperature records from moorings. Shelf Science, 4(2), 20-31.
Carver, T., Ndlovu, S., Ferreira, L. M., Okonkwo, C., Sato, Y., Brennan, P., et al.
    (2021). Stratification and heat. Journal of Seas, 88, 100-118.
Dunmore, E. (2015). Marine heat events. Coastal Press.
    (2016). Marine heat events revisited. Coastal Press.
"""


@pytest.mark.parametrize(
    ("label", "start", "year"),
    [
        ("1", "Abbot, R.", "(2019)"),
        ("2", "Birch, A. B.", "(2017)"),
        ("3", "Carver, T.", "(2021)"),
        ("4", "Dunmore, E. (2015)", "(2015)"),
        ("5", "(2016)", "(2016)"),
    ],
)
def test_entries(label: str, start: str, year: str) -> None:
    doc = pdftext.read(_PAGE)
    entries = {e.label: e.text for e in doc.literature}
    assert len(entries) == 5
    assert entries[label].startswith(start)
    assert year in entries[label]


def test_citations_find_their_entries() -> None:
    doc = pdftext.read(_PAGE)
    assert [m.label for m in doc.markers] == ["1", "2", "3", "4", "5"]


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Wong, A. P. S., Riser, S. C., et al.", True),
        ("Wong, A. P. S., Riser, S. C., et al.,", True),
        ("Birch, A. B., Hollis, C. D., & Lund, M. G.", True),
        ("Dunmore, E. (2015). Marine heat events. Coastal Press.", False),
        ("    https://doi.org/10.99999/ol.2019.1", False),
    ],
)
def test_names_end(line: str, want: bool) -> None:
    assert pdftext._names_end(line) is want


@pytest.mark.parametrize(
    ("line", "following", "want"),
    [
        # a bare host at the line's end, its path on the next line
        ("Bangor University. https://research.example.org", "/theses/hale-2022", True),
        ("Retrieved from https://www.example.net", "/2023/06/22/warm-seas/", True),
        # no path after the slash: no address's rest
        ("Retrieved from https://www.example.net", "/ 2019", False),
        # a new address on the next line
        ("See https://www.example.net", "https://www.example.org/x", False),
    ],
)
def test_host_then_path(line: str, following: str, want: bool) -> None:
    assert url_continues(line, following) is want
