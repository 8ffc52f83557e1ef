"""A stand-alone literature file (a thesis's appendix "# Literatur", "# References",
"## Bibliography" followed only by entries, as paragraphs or a list) is a reference list
with no citations: read as literature entries, and the coverage line says so.  Named as
``--bibliography`` (which takes .bib / CSL-JSON / CSL-YAML databases of keys), a text
file is no database: a bibliography problem that says how to check it.  Own fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.errors import InputError
from bibcheck.manuscript import parse_bytes
from bibcheck.parse.coverage import coverage
from bibcheck.readers.bibsource import Source, load
from bibcheck.readers.supmarkdown import score

ENTRIES = [
    "Hartmann, Lea: Eine ausgedachte Stadtgeschichte, Leipzig 2012.",
    "Okoye, Ben: Another invented study, in: Journal of Examples 7 (1), 2018, pp. 4–19. "
    "Online: <https://example.net/okoye>.",
    "Varga, Ilona: A third title, Budapest 1999.",
]


@pytest.mark.parametrize("heading", ["# Literatur", "# References", "## Bibliography"])
@pytest.mark.parametrize("sep", ["\n\n", "\n\n- "], ids=["paragraphs", "list"])
def test_a_list_alone_is_read(heading: str, sep: str) -> None:
    first = "- " if sep.endswith("- ") else ""
    text = f"{heading}\n\n{first}" + sep.join(ENTRIES) + "\n"
    doc = parse_bytes(text.encode(), "anhang.md")
    assert [e.reference.year for e in doc.literature] == [2012, 2018, 1999]
    assert not doc.footnotes
    assert "a reference list only, no citations" in coverage(doc).line()


def test_prose_under_the_heading_is_no_list() -> None:
    text = "# References\n\nWe thank our readers.\n\nNothing more to say.\n"
    with pytest.raises(InputError, match="no reader recognises"):
        parse_bytes(text.encode(), "r.md")


def test_a_text_file_named_as_bibliography(tmp_path: Path) -> None:
    listed = tmp_path / "literatur.md"
    listed.write_text("# Literatur\n\n" + "\n\n".join(ENTRIES) + "\n", encoding="utf-8")
    bib = load([Source(str(listed), tmp_path, None)])
    assert [a.code.value for a in bib.anomalies] == ["bibliography-unreadable"]
    assert "ingest the list as a document of its own" in bib.anomalies[0].message


def test_a_list_after_prose_is_no_list_file() -> None:
    # an essay citing author-page style, its Works Cited as paragraphs: not a list alone
    text = (
        "# Bridges\n\nEngineers weigh risk (Hartmann 14). Codes help (Okoye 7).\n\n"
        "## References\n\n" + "\n\n".join(ENTRIES) + "\n"
    )
    assert score(text) == 0.0
