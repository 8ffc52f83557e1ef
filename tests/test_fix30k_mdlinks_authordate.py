"""Wiki pages, READMEs and blog posts that cite author-date against an unnumbered APA-style
list (``- Author, A. (Year). Title. *Journal*, 1(2), 3–4. [doi](url)``) under a References
heading in the writer's language: mentions plain (``Okafor (2021)``, ``(Haddad & Lind,
2019)``) or wrapped in a link (``[Okafor, 2021](url)``, ``[Müller (2019)](url)``) cite the
entry they name, keyed by its position; the ``[doi]``/``[PDF]``/``[code]`` links of the
entries are no citations; a link that names no entry is what it was.  Own fixtures, written
in the pattern (GitLab/GitHub wikis, READMEs, Jekyll/Hugo blogs, DMPs)."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode, RefKind
from bibcheck.readers.common import is_literature_heading
from bibcheck.readers.mdlinks import read as read_links
from bibcheck.readers.mdlinks import score
from tests.test_regex_growth import assert_linear

README = """\
# tidewatch

[![build](https://img.shields.io/badge/build-passing-green)](https://ci.example.org/tidewatch)

Tidewatch estimates tidal harmonics from gauge records. The method follows
[Okafor et al., 2021](https://example.org/blog/okafor-harmonics) and is tuned with the
bias correction of [Haddad and Lind (2019)](https://doi.org/10.1000/coast.2019.7).
See the [install guide](docs/install.md) and the [pandas](https://pandas.pydata.org/) docs.

Gauge gaps are filled as Whitcombe (2020, ch. 4) suggests (see also Okafor et al., 2021).

## References

- Haddad, R., & Lind, E. (2019). Bias in tide gauge records. *Journal of Coastal Research*, 35(2), 101–118. [doi](https://doi.org/10.1000/coast.2019.7)
- Okafor, N., Brandt, L., & Ruiz, P. (2021). Harmonic analysis of short records. *Ocean Modelling*, 160, 101770. [doi](https://doi.org/10.1000/om.2021.160)
- Whitcombe, A. (2020). *Tides: A Practical Guide*. Coastal Press. [publisher](https://press.example.org/tides)
"""


def test_readme_author_date_against_apa_list() -> None:
    doc = read_links(README)
    assert [(m.label, m.line) for m in doc.markers] == [("2", 6), ("1", 7), ("3", 10), ("2", 10)]
    refs = [e.reference for e in doc.literature]
    assert [(r.authors[0], r.year, r.doi) for r in refs if r is not None] == [
        ("Haddad, R.", 2019, "10.1000/coast.2019.7"),
        ("Okafor, N.", 2021, "10.1000/om.2021.160"),
        ("Whitcombe, A.", 2020, None),
    ]
    assert refs[0] is not None and refs[0].title == "Bias in tide gauge records"
    assert refs[0].kind is RefKind.ARTICLE
    assert refs[2] is not None and refs[2].kind is RefKind.BOOK
    # the pandas link names no entry: not a citation, and said so
    assert [a.line for a in doc.anomalies if a.code is AnomalyCode.LINK_NOT_CITED] == [8]


BLOG = """\
---
title: "Warum Labordaten verloren gehen"
---

Viele Datensätze überleben das Projekt nicht (Müller 2019). Die Gründe hat
[Müller (2019)](https://blog.example.de/mueller-labordaten) schon früh beschrieben, und
Schneider u. a. (2021, Kap. 3) ergänzen sie um die Kosten.
Eine Checkliste gibt es bei [Schneider u. a.](https://doi.org/10.1000/dmp.2021.3).

## Literatur

- Müller, H. (2019). Datenverlust im Labor. *Zeitschrift für Laborpraxis*, 12(4), 33–41. [doi](https://doi.org/10.1000/zlp.2019.12)
- Schneider, A., Wolf, T., & Yılmaz, E. (2021). *Datenmanagement in der Forschung*. Springer. [doi](https://doi.org/10.1000/dmp.2021.3)
"""


def test_german_blog_author_date_plain_and_linked() -> None:
    doc = read_links(BLOG)
    assert [(m.label, m.line) for m in doc.markers] == [("1", 5), ("1", 6), ("2", 7), ("2", 8)]
    assert doc.literature_heading_line == 10
    # the link to a blog post that names Müller (2019) cites the entry: nothing unmatched
    assert not [a for a in doc.anomalies if a.code is AnomalyCode.LINK_NOT_CITED]


ENTRY_LINKS = """\
# Notas del seminario

El modelo se ajusta como en García y Ortiz (2018), con los datos abiertos de
[Ramos, 2022](https://example.net/ramos-dataset-announcement).

## Bibliografía

- García, L., & Ortiz, M. (2018). Modelos de lluvia en cuencas pequeñas. *Revista de Hidrología*, 3(1), 1–9. [PDF](https://example.net/garcia2018.pdf) [código](https://github.com/example/lluvia)
- Ramos, P. (2022). Registros pluviométricos de Castilla, 1950–2020 [Data set]. Zenodo. [doi](https://doi.org/10.5281/zenodo.0000001) [code](https://github.com/example/pluvio)
"""


def test_entry_links_are_no_citations() -> None:
    doc = read_links(ENTRY_LINKS)
    assert [(m.label, m.line) for m in doc.markers] == [("1", 3), ("2", 4)]
    refs = [e.reference for e in doc.literature]
    assert refs[1] is not None and refs[1].doi == "10.5281/zenodo.0000001"
    assert refs[0] is not None and refs[0].title == "Modelos de lluvia en cuencas pequeñas"
    assert not [a for a in doc.anomalies if a.code is AnomalyCode.LINK_NOT_CITED]


def test_author_date_list_doc_is_read_by_this_reader() -> None:
    # no body link goes to an entry's address: the mentions of its entries make it fit
    doc = parse_bytes(ENTRY_LINKS.encode(), "notas.md")
    assert doc.reader == "markdown-links"
    assert sorted(m.line for f in doc.footnotes for m in f.markers) == [3, 4]


def test_links_without_a_list_are_link_citations() -> None:
    text = (
        "# Notes\n\nThe survey by [Okafor, 2021](https://example.org/okafor) and the\n"
        "[dataset](https://example.org/data) agree; Haddad (2019) does not.\n"
    )
    doc = read_links(text)
    assert [(m.label, m.line) for m in doc.markers] == [("L1", 3), ("L2", 4)]
    assert not doc.literature


def test_numbered_list_unchanged() -> None:
    text = (
        "# Tides\n\nHarmonics are stable [1], biased [2] and Okafor (2021) agrees.\n\n"
        "## References\n\n"
        "[1] N. Okafor. [Harmonic analysis](https://doi.org/10.1000/om.1). 2021.\n"
        "[2] R. Haddad. [Bias in gauges](https://doi.org/10.1000/cr.2). 2019.\n"
    )
    doc = read_links(text)
    # "[1]" and "Okafor (2021)" cite one entry in one sentence: one marker
    assert [(m.label, m.line) for m in doc.markers] == [("1", 3), ("2", 3)]


@pytest.mark.parametrize(
    "heading",
    ["## Referenties", "## Referentielijst", "## Literatuurverwijzingen", "## Literatur",
     "## Referenzen", "## Literaturangaben", "## Bibliografía", "## Referencer"],
)  # fmt: skip
def test_list_headings(heading: str) -> None:
    assert is_literature_heading(heading)
    body = "Zie [Okafor (2021)](https://doi.org/10.1000/om.2021.160) en Haddad (2019)."
    text = f"# Plan\n\n{body}\n\n{heading}\n\n" + README.split("## References\n\n")[1]
    assert score(text) >= 0.8
    assert [(m.label, m.line) for m in read_links(text).markers] == [("2", 3), ("1", 3)]


def test_malformed_doi_link_in_an_entry_is_reported() -> None:
    text = (
        "# Plan\n\nWe follow Okafor (2021).\n\n## Referenties\n\n"
        "- Okafor, N. (2021). Harmonic analysis. *Ocean Modelling*, 160, 1. "
        "[doi](https://doi.org/10,1000/om.2021.160)\n"
    )
    doc = parse_bytes(text.encode(), "plan.md", reader="markdown-links")
    found = [a for a in doc.all_anomalies() if a.code is AnomalyCode.DOI_INVALID]
    # (on the entry, and on the note that is the same entry)
    assert {a.line for a in found} == {7}
    assert "comma" in found[0].message
    assert doc.literature[0].reference.doi is None


def test_long_linked_line_is_linear() -> None:
    entries = README.split("## References\n\n")[1]
    assert_linear(
        lambda line: read_links(f"# T\n\n{line}\n\n## References\n\n" + entries),
        lambda n: (
            "See [Okafor, 2021](https://example.org/x). " * (n // 86) + "(Okafor u. a. " * (n // 28)
        ),
    )
