"""A Pandoc/R Markdown/Quarto document naming a CSL style file that is not there (fix72f):
a name that is a style id, or shortens one unambiguously, sorts as that style; a name
nobody knows is taken as author-date (by author, year, title) unless it says numeric;
an anomaly says the order was assumed.  Every text here is written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import ParsedDocument
from bibcheck.readers import listorder

REFS = """\
[
 {"id": "tarn2018", "type": "article-journal", "title": "Vowel length in Faroese",
  "author": [{"family": "Tarn", "given": "Ola"}], "container-title": "Nordic Journal",
  "issued": {"date-parts": [[2018]]}},
 {"id": "bakri2011", "type": "book", "title": "Arabic dialect contact",
  "author": [{"family": "Bakri", "given": "Samira"}], "publisher": "Brill",
  "issued": {"date-parts": [[2011]]}},
 {"id": "lund2020", "type": "chapter", "title": "Prosody of questions",
  "author": [{"family": "Lund", "given": "Erik"}], "container-title": "Studies in prosody",
  "issued": {"date-parts": [[2020]]}}
]
"""
CITED = ["Vowel length in Faroese", "Arabic dialect contact", "Prosody of questions"]
BY_AUTHOR = ["Arabic dialect contact", "Prosody of questions", "Vowel length in Faroese"]

BODY = """\
# Vowels

Long vowels shorten before clusters [@tarn2018]. Contact shows the same
[@bakri2011, 40], and questions end high [@lund2020].

# References

::: {#refs}
:::
"""
CSL_BY_TITLE = """\
<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
  <info><title>House</title></info>
  <citation><layout><text variable="title"/></layout></citation>
  <bibliography>
    <sort><key variable="title"/></sort>
    <layout><text variable="title"/></layout>
  </bibliography>
</style>
"""
BY_TITLE = ["Arabic dialect contact", "Prosody of questions", "Vowel length in Faroese"]


def _parse(
    tmp_path: Path, csl: str, files: dict[str, str] | None = None, name: str = "a.md"
) -> ParsedDocument:
    (tmp_path / "refs.json").write_text(REFS, encoding="utf-8")
    for file, text in (files or {}).items():
        (tmp_path / file).write_text(text, encoding="utf-8")
    front = f"---\ntitle: Vowels\nbibliography: refs.json\ncsl: {csl}\n---\n\n"
    doc = tmp_path / name
    doc.write_text(front + BODY, encoding="utf-8")
    return parse_file(doc)


def _assumed(parsed: ParsedDocument) -> list[str]:
    return [a.message for a in parsed.anomalies if a.code == "csl-style-missing"]


@pytest.mark.parametrize(
    ("csl", "files", "want", "said"),
    [
        # a shortened name of the LSA's style id: author-date, said
        ("unified-style-linguistics.csl", {}, BY_AUTHOR, "unified-style-sheet-for-linguistics"),
        # the style ids themselves: their order, nothing to say
        ("unified-style-sheet-for-linguistics.csl", {}, BY_AUTHOR, None),
        ("apa.csl", {}, BY_AUTHOR, None),
        ("vancouver.csl", {}, CITED, None),
        ("harvard-cite-them-right", {}, BY_AUTHOR, None),
        # names nobody knows: author-date unless they say numeric; said either way
        ("department-house-style.csl", {}, BY_AUTHOR, "by author, year, title"),
        ("lab-numeric-2024.csl", {}, CITED, "in order of first citation"),
        # the file is there: its own sort, nothing assumed
        ("department-house-style.csl", {"department-house-style.csl": CSL_BY_TITLE}, BY_TITLE,
         None),
    ],
)  # fmt: skip
def test_missing_csl_order(
    tmp_path: Path, csl: str, files: dict[str, str], want: list[str], said: str | None
) -> None:
    parsed = _parse(tmp_path, csl, files)
    assert [e.reference.title for e in parsed.literature if e.reference] == want
    messages = _assumed(parsed)
    if said is None:
        assert messages == []
    else:
        assert len(messages) == 1 and said in messages[0] and csl in messages[0]


def test_rmarkdown_missing_csl(tmp_path: Path) -> None:
    parsed = _parse(tmp_path, "my-thesis-style.csl", name="ch.Rmd")
    assert [e.reference.title for e in parsed.literature if e.reference] == BY_AUTHOR
    assert len(_assumed(parsed)) == 1


@pytest.mark.parametrize(
    ("name", "want"),
    [
        ("unified-style-sheet-for-linguistics", "unified-style-sheet-for-linguistics"),
        ("unified-style-linguistics.csl", "unified-style-sheet-for-linguistics"),
        ("Unified_Style_Linguistics", "unified-style-sheet-for-linguistics"),
        ("generic-style-linguistics", "generic-style-rules-for-linguistics"),
        ("chicago-author", "chicago-author-date"),
        ("chicago", None),  # ambiguous: author-date or notes
        ("style-linguistics", None),  # the first word must be kept
        ("house-style", None),
        ("apa", "apa"),
    ],
)
def test_known_csl_id(name: str, want: str | None) -> None:
    assert listorder.known_csl_id(name) == want


@pytest.mark.parametrize(
    ("name", "numeric"),
    [
        ("unified-style-linguistics", False),
        ("unified-style-sheet-for-linguistics", False),
        ("generic-style-rules-for-linguistics", False),
        ("nature", True),
        ("house-style", None),
    ],
)
def test_numeric_style_of_known_ids(name: str, numeric: bool | None) -> None:
    assert listorder.numeric_style(name) is numeric


def test_csl_sort_of_shortened_name() -> None:
    assert listorder.csl_sort("unified-style-linguistics.csl") == listorder.BY_AUTHOR
    assert listorder.csl_sort("vancouver") == listorder.CITED
