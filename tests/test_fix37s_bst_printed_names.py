"""The printed shape of BibTeX's plain/unsrt/alpha styles as pybtex (sphinxcontrib-bibtex,
Jupyter Book) writes it: full names in natural order, initials without their periods
("Tove E Lind", "K Ola Berg", "D V Moe"), ". Title. Journal, vol(num):pages, Month year.";
an issue number inside "vol(num)" is never a year.  Entries written for these tests."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode
from bibcheck.parse.references import parse_reference
from bibcheck.readers.common import without_navigation


@pytest.mark.parametrize(
    ("text", "authors", "title", "year"),
    [
        pytest.param(
            "Tove Lind, Ola Berg, and Siv Moe. Counting herons at dusk. *Bird Notes*, "
            "14(6217):201–219, March 2016.",
            ("Tove Lind", "Ola Berg", "Siv Moe"), "Counting herons at dusk", 2016,
            id="three-names-issue-like-year",
        ),
        pytest.param(
            "Tove E Lind, K Ola Berg, Siv van der Moe, and Per R J Holm. Heron roosts in "
            "winter. Bird Notes, 8(4410):33–40, 2011.",
            ("Tove E Lind", "K Ola Berg", "Siv van der Moe", "Per R J Holm"),
            "Heron roosts in winter", 2011, id="bare-initials-plain",
        ),
        pytest.param(
            "D V Moe. A note on weighting tests. *J. Field Stat.*, 24(8):1836–1841, August 2011.",
            ("D V Moe",), "A note on weighting tests", 2011, id="initials-only-given",
        ),
        pytest.param(
            "Ada K Ruiz and Ben Okafor. Silt in estuaries. *Coastal Letters*, 3:1–9, 2018.",
            ("Ada K Ruiz", "Ben Okafor"), "Silt in estuaries", 2018, id="two-names-no-issue",
        ),
        pytest.param(
            "Ada K Ruiz, Ben Okafor, and Lea M Sand. Silt budgets. In *Proceedings of the Delta "
            "Meeting*, pages 10–19. Dale Press, Leeds, 2020.",
            ("Ada K Ruiz", "Ben Okafor", "Lea M Sand"), "Silt budgets", 2020, id="proceedings",
        ),
        pytest.param(
            "Ada K Ruiz, Ben Okafor, and Lea M Sand. *Estuaries and Their Silt*. Dale Press, "
            "Leeds, 2 edition, 2019.",
            ("Ada K Ruiz", "Ben Okafor", "Lea M Sand"), "Estuaries and Their Silt", 2019,
            id="book",
        ),
    ],
)  # fmt: skip
def test_printed_bst_entry(text: str, authors: tuple[str, ...], title: str, year: int) -> None:
    ref = parse_reference(text, [1], detect_styles=True)
    assert ref.authors == authors
    assert ref.title == title
    assert ref.year == year
    assert not [a for a in ref.anomalies if a.code is AnomalyCode.YEAR_MALFORMED]


@pytest.mark.parametrize(
    ("text", "volume", "issue", "host"),
    [
        ("Tove Lind, Ola Berg, and Siv Moe. Heron counts. *Bird Notes*, 14(6217):201–219, 2016.",
         "14", "6217", "Bird Notes"),
        ("Tove Lind. Heron counts at dusk. Bird Notes, 14(2):201–219, May 2016.", "14", "2", "Bird Notes"),
    ],
)  # fmt: skip
def test_issue_in_volume_is_no_year(text: str, volume: str, issue: str, host: str) -> None:
    ref = parse_reference(text, [1], detect_styles=True)
    assert (ref.volume, ref.issue, ref.host) == (volume, issue, host)


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Tove Lind, “Counting Herons,” *Bird Notes* 14 (2016): 201.", 2016),
        ("Tove Lind, *Counting Herons* (Leeds: Dale Press, 2016), 45.", 2016),
        ("Tove Lind and Ola Berg, *Counting Herons* (Leeds: Dale Press, 1999), 4.", 1999),
    ],
)
def test_chicago_notes_keep_their_facts(text: str, year: int) -> None:
    ref = parse_reference(text, [1], detect_styles=True)
    assert ref.year == year
    assert ref.authors[0] == "Tove Lind"


_ENTRY_1 = (
    "Tove E Lind, K Ola Berg, and Siv Moe. Counting herons at dusk. <em>Bird Notes</em>, "
    "14(6217):201–219, March 2016."
)
_ENTRY_2 = "D V Moe and Per Holm. Heron roosts. <em>Bird Notes</em>, 9:1–8, 2012."

_DL_PAGE = f"""<!DOCTYPE html>
<html><body><nav class="bd-links"><p class="caption">Chapters</p>
<ul class="nav bd-sidenav">
 <li class="toctree-l1">
  <a class="reference internal" href="intro.html">
   Introduction
  </a>
 </li>
 <li class="toctree-l1 current active">
  <a class="current reference internal" href="#">
   References
  </a>
 </li>
</ul>
<ul class="nav bd-sidenav">
 <li class="toctree-l1"><a class="reference internal" href="a1.html">Appendix A</a></li>
 <li class="toctree-l1"><a class="reference internal" href="a2.html">Appendix B</a></li>
</ul>
</nav>
<main><h1>References</h1>
<dl class="citation">
<dt class="label" id="id1"><span class="brackets">1</span></dt>
<dd><p>{_ENTRY_1}</p></dd>
<dt class="label" id="id2"><span class="brackets">2</span></dt>
<dd><p>{_ENTRY_2}</p></dd>
</dl></main></body></html>
"""

_DIV_PAGE = f"""<!DOCTYPE html>
<html><body><main><section id="refs"><h1>Bibliography</h1>
<div role="list" class="citation-list">
<div class="citation" id="id1" role="doc-biblioentry">
<span class="label"><span class="fn-bracket">[</span>1<span class="fn-bracket">]</span></span>
<p>{_ENTRY_1}</p></div>
<div class="citation" id="id2" role="doc-biblioentry">
<span class="label"><span class="fn-bracket">[</span>2<span class="fn-bracket">]</span></span>
<p>{_ENTRY_2}</p></div>
</div></section></main></body></html>
"""

_PLAIN = _ENTRY_1.replace("<em>", "").replace("</em>", "")
_PLAIN_2 = _ENTRY_2.replace("<em>", "").replace("</em>", "")

_MARKDOWN = f"""# Herons

Herons roost at dusk [1] and in winter [2].

## References

1. {_PLAIN}
2. {_PLAIN_2}
"""

_TEXT = f"""Herons at dusk

Herons roost at dusk [1] and in winter [2]. We counted them for two
years along the coast.

References

[1] {_PLAIN}
[2] {_PLAIN_2}
"""


@pytest.mark.parametrize(
    ("page", "name"),
    [
        pytest.param(_DL_PAGE, "bibliography.html", id="html-dl-citation"),
        pytest.param(_DIV_PAGE, "bibliography.html", id="html-div-citation"),
        pytest.param(_MARKDOWN, "herons.md", id="markdown"),
        pytest.param(_TEXT, "herons.txt", id="plain-text"),
    ],
)
def test_readers_read_the_printed_shape(page: str, name: str) -> None:
    doc = parse_bytes(page.encode(), name)
    refs = [e.reference for e in doc.literature]
    assert [r.authors for r in refs] == [
        ("Tove E Lind", "K Ola Berg", "Siv Moe"),
        ("D V Moe", "Per Holm"),
    ]
    assert [r.title for r in refs] == ["Counting herons at dusk", "Heron roosts"]
    assert [r.year for r in refs] == [2016, 2012]
    codes = {a.code for a in doc.anomalies}
    assert AnomalyCode.YEAR_MALFORMED not in codes
    assert AnomalyCode.UNREAD_REGION not in codes  # (the sidebar's "References" is a link)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a<nav>b\nc</nav>d", "a      \n       d"),
        ("<nav class='x'><nav>in</nav>still</nav>after", " " * 39 + "after"),
        ("x</nav>y", "x</nav>y"),  # (a stray closing tag opens nothing)
        ("keep<NAV>\nopen", "keep     \n    "),  # (unclosed: blanked to the end)
        ("no navigation", "no navigation"),
    ],
)
def test_without_navigation(text: str, expected: str) -> None:
    out = without_navigation(text)
    assert out == expected
    assert len(out) == len(text)
