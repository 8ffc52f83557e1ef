"""A Markdown page citing by inline links whose reading list is written as entries
(APA and its neighbours) has that list read as further reading, its body's links kept as
its citations (fix59b)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode

BODY = """# Notes on {topic}

A cache helps when reads repeat; [this post](https://example.org/{topic}/basics) explains
why, and [the vendor's manual](https://docs.example.net/{topic}/manual) shows the commands.

{head}

"""

ENTRIES = (
    "Arvidsson, K. M. (1994). Working sets revisited. *Journal of Systems Lore*, 12(3), "
    "101–117. https://doi.org/10.1234/jsl.1994.0012",
    "Bellweather, T., & Quist, R. (2008). *Replacement policies in practice* (2nd ed.). "
    "Harbour Press.",
    "Castellanos, L. (2019). Tiered memory for small servers. In M. Ode (Ed.), *Systems "
    "at the margin* (pp. 45–67). Fenwick University Press.",
)
YEARS = [1994, 2008, 2019]


def _page(tmp_path: Path, head: str, marker: str, topic: str = "caching") -> Path:
    items = "\n".join(
        (f"{k}." if marker == "1." else marker) + " " + entry for k, entry in enumerate(ENTRIES, 1)
    )
    path = tmp_path / f"{topic}.md"
    path.write_text(BODY.format(topic=topic, head=head) + items + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "head",
    [
        "## Further reading",
        "## Reading list",
        "## Suggested readings",
        "### Recommended reading",
        "**Further reading**",
        "## Lectures complémentaires",
        "## Weiterführende Literatur",
    ],
)
@pytest.mark.parametrize("marker", ["-", "*", "1."])
def test_reading_list_read(tmp_path: Path, head: str, marker: str) -> None:
    doc = parse_file(_page(tmp_path, head, marker))
    assert doc.reader == "markdown-links"
    assert [f.label for f in doc.footnotes] == ["L1", "L2"]
    assert [e.reference.year for e in doc.literature] == YEARS
    assert [e.reference.authors[0] for e in doc.literature] == [
        "Arvidsson, K. M.",
        "Bellweather, T.",
        "Castellanos, L.",
    ]
    codes = {a.code for a in doc.all_anomalies()} - {AnomalyCode.READER_UNCERTAIN}
    # no unread region, no uncited entry, no link "missing" from a list of works
    assert codes == set()


def test_entry_fields(tmp_path: Path) -> None:
    doc = parse_file(_page(tmp_path, "## Reading list", "-"))
    first, second, third = (e.reference for e in doc.literature)
    assert (first.title, first.doi) == ("Working sets revisited", "10.1234/jsl.1994.0012")
    assert second.title == "Replacement policies in practice"
    assert third.title == "Tiered memory for small servers"


CITED = """# Notes on paging

Working sets came back into fashion {cite}, and
[a later survey](https://example.org/survey) agrees.

## Reading list

{m1} Arvidsson, K. M. (1994). Working sets revisited. *Journal of Systems Lore*, 12(3), 101–117.
{m2} Bellweather, T., & Quist, R. (2008). *Replacement policies in practice*. Harbour Press.
"""


def test_a_list_the_body_cites_is_its_reference_list(tmp_path: Path) -> None:
    """Cited author-date or by number, the list is the reference list: the citation is its
    entry's, and the other link is no citation of a listed work (as under ## References)."""
    path = tmp_path / "paging.md"
    for cite, m1, m2 in (("(Arvidsson, 1994)", "-", "-"), ("[1]", "1.", "2.")):
        path.write_text(CITED.format(cite=cite, m1=m1, m2=m2), encoding="utf-8")
        doc = parse_file(path, reader="markdown-links")
        assert [e.reference.year for e in doc.literature] == [1994, 2008]
        assert [(f.label, f.line) for f in doc.footnotes] == [("1", 8)]
        assert [(a.code, a.line) for a in doc.all_anomalies()] == [(AnomalyCode.LINK_NOT_CITED, 4)]


LINKS_ONLY = """# Notes on paging

The [kernel docs](https://docs.example.net/paging) and
[a later survey](https://example.org/survey) explain it.

## Reading list

- [Why pages fault](https://example.org/faults) — an interview
- [Memory, explained](https://example.org/memory) — a video
"""


def test_a_reading_list_of_links_stays_links(tmp_path: Path) -> None:
    """A reading list of links with a word each is no list of works: its links are read
    as the body's are, no entry made of them."""
    path = tmp_path / "links.md"
    path.write_text(LINKS_ONLY, encoding="utf-8")
    doc = parse_file(path)
    assert doc.literature == ()
    assert [f.label for f in doc.footnotes] == ["L1", "L2", "L3", "L4"]


BOTH = """# Notes on paging

Working sets came back into fashion (Arvidsson, 1994), as
[a later survey](https://example.org/survey) agrees.

## References

- Arvidsson, K. M. (1994). Working sets revisited. *Journal of Systems Lore*, 12(3), 101–117.

## Reading list

- Bellweather, T., & Quist, R. (2008). *Replacement policies in practice*. Harbour Press.
- Castellanos, L. (2019). *Systems at the margin*. Fenwick University Press.
"""


def test_a_reference_list_heading_wins(tmp_path: Path) -> None:
    """A further-reading heading named only by the wider vocabulary is the list only where
    no heading names a reference list: "## References" is the list here."""
    path = tmp_path / "both.md"
    path.write_text(BOTH, encoding="utf-8")
    doc = parse_file(path, reader="markdown-links")
    assert doc.literature[0].line == 8
    assert [f.label for f in doc.footnotes] == ["1"]
