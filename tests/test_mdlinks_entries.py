"""Markdown articles that cite by links: reference-list entries whose linked words are the
title (Nature's "*et al.*", an organisation as author, "(Publisher, year)" after the link),
and social-media profile links, which cite nothing.  Written for the tests in the patterns
of Notion/Jekyll/Hugo exports."""

from __future__ import annotations

import pytest

from bibcheck.readers.links import PROFILE_URL, is_chrome
from bibcheck.readers.mdlinks import read as read_links

_BODY = "# Floods\n\nRiver floods rose [1]. Coasts too [2].\n\n## Sources\n\n"


@pytest.mark.parametrize(
    ("entry", "title", "authors"),
    [
        pytest.param(
            "1. Okafor, T. *et al.* [Flood losses in the Niger delta, 1990–2020]"
            "(https://doi.org/10.1000/fl.1). *Nat. Clim. Change* **12**, 101–109 (2022).",
            "Flood losses in the Niger delta, 1990–2020",
            ("Okafor, T.",),
            id="nature-et-al-emphasised",
        ),
        pytest.param(
            "1. Lindqvist, M. _et al._ [Storm surges on the Baltic coast]"
            "(https://doi.org/10.1000/ss.2). _Sci. Adv._ **8**, eabc123 (2021).",
            "Storm surges on the Baltic coast",
            ("Lindqvist, M.",),
            id="underscore-emphasis",
        ),
        pytest.param(
            "1. Environment Agency. [National assessment of flood risk in England 2024]"
            "(https://www.example.gov.uk/flood-risk-2024). Agency report (2024).",
            "National assessment of flood risk in England 2024",
            ("Environment Agency",),
            id="organisation-then-linked-title",
        ),
        pytest.param(
            "1. UNDRR. [Global assessment report on disaster risk reduction]"
            "(https://www.example.org/gar) (United Nations, 2022).",
            "Global assessment report on disaster risk reduction",
            None,
            id="publisher-and-year-in-parentheses",
        ),
        pytest.param(
            "1. Hoang, L. [Delta subsidence and floods](https://doi.org/10.1000/ds.3) "
            "[Data set] (2020).",
            "Delta subsidence and floods",
            None,
            id="bracketed-description-after-link",
        ),
    ],
)
def test_linked_words_are_the_title(
    entry: str, title: str, authors: tuple[str, ...] | None
) -> None:
    doc = read_links(
        _BODY + entry + "\n2. Kim, J. Coastal defences. *Coast. Eng.* **3**, 1 (2019).\n"
    )
    ref = doc.literature[0].reference
    assert ref is not None
    assert ref.title == title
    if authors is not None:
        assert ref.authors == authors


def test_a_link_around_a_doi_or_pdf_is_no_title() -> None:
    entry = (
        "1. Okafor, T. Flood losses in the delta. *Water Res.* **4**, 9–12 (2022). "
        "[doi:10.1000/fl.1](https://doi.org/10.1000/fl.1) [PDF](https://example.org/fl.pdf)\n"
    )
    doc = read_links(_BODY + entry)
    ref = doc.literature[0].reference
    assert ref is not None
    assert ref.title == "Flood losses in the delta"


@pytest.mark.parametrize(
    ("url", "profile"),
    [
        ("https://medium.com/@ayu.lestari", True),
        ("https://twitter.com/ayu_lestari", True),
        ("https://x.com/ayu_lestari/", True),
        ("https://www.linkedin.com/in/ayu-lestari-1a2b/", True),
        ("https://mastodon.social/@ayu", True),
        ("https://bsky.app/profile/ayu.bsky.social", True),
        ("https://www.youtube.com/@gempa-channel", True),
        ("https://twitter.com/ayu_lestari/status/1712345678", False),
        ("https://medium.com/@ayu.lestari/peta-gempa-2017-5f1e2d", False),
        ("https://x.com/search?q=gempa", False),
        ("https://www.instagram.com/p/Cx1abc/", False),
        ("https://www.youtube.com/watch?v=abc", False),
        ("https://github.com/ayu", False),
        ("https://example.org/reports/@2023/summary", False),
    ],
)
def test_profile_addresses(url: str, profile: bool) -> None:
    assert bool(PROFILE_URL.match(url)) is profile
    assert is_chrome(url, "Medium") is profile


_POST = """---
title: Peta gempa baru
---

# Peta gempa baru

Peta bahaya gempa 2017 diterbitkan oleh [PuSGeN](https://pusgen.example.id/peta-2017).
Ringkasannya ada di [utas ini](https://twitter.com/ayu_lestari/status/1712345678).

---

*Tulisan ini juga terbit di [Medium](https://medium.com/@ayu.lestari). Diskusi lewat [Twitter](https://twitter.com/ayu_lestari) atau [surel](mailto:ayu@example.id).*
"""


def test_footer_profile_links_cite_nothing() -> None:
    doc = read_links(_POST)
    assert [(m.label, m.line) for m in doc.markers] == [("L1", 7), ("L2", 8)]
