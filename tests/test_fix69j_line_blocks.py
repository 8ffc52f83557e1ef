"""A hand-typed reference list whose entries go on in Pandoc line blocks.

``Author, A. 2002. "Title."`` then ``|     *Journal* 46(5): 100-120.`` (a blank line
between, often): before round 69 each ``|`` line was an entry of its own (no names,
cited by nothing) in R Markdown, Quarto and plain Markdown alike.  Invented entries, in
English and Spanish; a line block of verse or an address in the body is no list."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode as C

FRONT = '---\ntitle: "Harbour towns"\nauthor: "A. Writer"\n{extra}---\n\n'

EN_BODY = (
    "# Introduction\n\n"
    "Towns drew on many sources (Okafor & Lind 2002, Berg 2010, Ruiz et al. 2016).\n"
    "Later work measured wells (Okafor, Lind, & Berg 2019, 2020a) and Moreau (2011).\n"
    "Berg (2010) disagreed, and Ruiz et al. (2016) left the matter open.\n\n"
)
EN_LIST = (
    "# References\n\n"
    'Berg, H. 2010. "Harbour towns and their water."\n\n'
    "|     *Journal of Coastal History* 12(2): 40-58.\n\n"
    'Moreau, P. 2011. "Wells, cisterns and the urban poor: a survey of\n\n'
    '|       port cities, 1750–1850." *Urban Water Review* 7(1): \n\n'
    "|       1–22.\n\n"
    'Okafor, T. and Lind, S. 2002. "Who pays for water?"\n\n'
    "|     *Review of Town Finance* 31: 210-233.\n\n"
    'Okafor, T., Lind, S., and Berg, H. 2019. "Wells in the delta."\n\n'
    "|     *River Studies* 4: 1-19.\n\n"
    'Okafor, T., Lind, S., and Berg, H. 2020a. "Measuring the wells again:\n\n'
    '|     a second survey." *River Studies* 5: 20-41.\n\n'
    'Ruiz, M., Vidal, C., and Soto, A. 2016. "Ports and pumps."\n\n'
    "|     *Maritime Economy* 18 (3): 99-120.\n"
)
EN_CITED = {"Berg 2010", "Moreau 2011", "Okafor 2002", "Okafor 2019", "Okafor 2020", "Ruiz 2016"}

ES_BODY = (
    "# Introducción\n\n"
    "Las ciudades usaban varias fuentes (Ruiz y Soto 2004, Vidal 2011, Prado et al. 2015).\n"
    "Según Vidal (2011), el agua escaseaba; Prado et al. (2015) lo confirman.\n\n"
)
ES_LIST = (
    "# Bibliografía\n\n"
    'Prado, L., Ruiz, M. y Soto, A. 2015. "Bombas y aljibes en los puertos."\n\n'
    "| *Revista de Historia Urbana* 22 (1): 5-30.\n\n"
    'Ruiz, M. y Soto, A. 2004. "El agua en la ciudad portuaria."\n\n'
    "|\u00a0\u00a0\u00a0\u00a0*Estudios Marítimos* 9: 101-118.\n\n"
    'Vidal, C. 2011. "Pozos, cisternas y pobreza urbana:\n\n'
    '|     un estudio de los puertos." *Anuario de Historia* 14: 40-62.\n'
)
ES_CITED = {"Prado 2015", "Ruiz 2004", "Vidal 2011"}

NOTES_BODY = (
    "# Introduction\n\n"
    "Towns drew on many sources (Okafor & Lind 2002; Berg 2010).[^1]\n"
    "Berg (2010) disagreed, and Okafor & Lind (2002) left the matter open.\n\n"
    "[^1]: The sources are listed at the end.\n\n"
)
NOTES_LIST = (
    "# References\n\n"
    'Berg, H. 2010. "Harbour towns and their water."\n\n'
    "|     *Journal of Coastal History* 12(2): 40-58.\n\n"
    'Okafor, T. and Lind, S. 2002. "Who pays for water?"\n\n'
    "|     *Review of Town Finance* 31: 210-233.\n"
)
VERSE = (
    "| The tide comes in at Harbour Street,\n"
    "|     and leaves the wells of Berg 2010 dry;\n"
    "| Okafor, T. walked there in 2002.\n\n"
    "Letters went to:\n\n"
    "| Water Office\n| 12 Quay Road\n| Port Town 2002\n\n"
)

# (file name, text, entries, cited "Name year")
DOCUMENTS = [
    ("paper.Rmd", FRONT.format(extra="output: pdf_document\n") + EN_BODY + EN_LIST, 6, EN_CITED),
    ("paper.qmd", FRONT.format(extra="lang: es\n") + ES_BODY + ES_LIST, 3, ES_CITED),
    ("paper.md", EN_BODY + EN_LIST, 6, EN_CITED),
    ("notes.md", FRONT.format(extra="") + NOTES_BODY + NOTES_LIST, 2, {"Berg 2010", "Okafor 2002"}),
    ("verse.md", FRONT.format(extra="") + NOTES_BODY + VERSE + NOTES_LIST, 2, {"Berg 2010"}),
]


def _cited(path: Path) -> tuple[int, set[str], list[str], list[str]]:
    doc = parse_file(path)
    cited = {
        f"{fn.reference.authors[0].split(',')[0]} {fn.reference.year}"
        for fn in doc.footnotes
        if fn.reference.authors and fn.reference.year
    }
    raws = [e.reference.raw for e in doc.literature]
    unread = [a.message for a in doc.all_anomalies() if a.code is C.UNREAD_REGION]
    return len(doc.literature), cited, raws, unread


@pytest.mark.parametrize(
    ("name", "text", "entries", "cited"),
    DOCUMENTS,
    ids=["rmarkdown-en", "quarto-es-nbsp", "plain-markdown", "pandoc-notes", "verse-in-body"],
)
def test_line_block_continuations_join_their_entry(
    tmp_path: Path, name: str, text: str, entries: int, cited: set[str]
) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    count, found, raws, unread = _cited(path)
    assert count == entries
    assert not any(raw.lstrip().startswith("|") for raw in raws)
    assert cited <= found
    assert unread == []


def test_verse_in_body_is_no_entry(tmp_path: Path) -> None:
    path = tmp_path / "verse.md"
    path.write_text(FRONT.format(extra="") + NOTES_BODY + VERSE + NOTES_LIST, encoding="utf-8")
    _, _, raws, _ = _cited(path)
    assert not any("Harbour Street" in r or "Quay Road" in r for r in raws)
    assert [r.split(",")[0] for r in raws] == ["Berg", "Okafor"]


@pytest.mark.parametrize(
    ("lines", "want"),
    [
        (  # a hanging indent after the bar, a blank line between: the blanks move after
            ["# R", "", "Lind, S. 2002. Title.", "", "|     *Journal* 4: 1-9.", "", "Ott, A."],
            ["# R", "", "Lind, S. 2002. Title.", "    *Journal* 4: 1-9.", "", "", "Ott, A."],
        ),
        (  # one space after the bar, after an entry's own line: its continuation
            ["# R", "Lind, S. 2002. Title.", "", "| *Journal* 4: 1-9."],
            ["# R", "Lind, S. 2002. Title.", "    *Journal* 4: 1-9.", ""],
        ),
        (  # non-breaking spaces for the indent
            ["# R", "Lind, S. 2002. Title.", "|\u00a0\u00a0\u00a0Journal 4."],
            ["# R", "Lind, S. 2002. Title.", "    Journal 4."],
        ),
        (  # a list typed wholly as line blocks: each bar line with no indent an entry
            ["# R", "| Lind, S. 2002. Title.", "| Ott, A. 2003. Title."],
            ["# R", "Lind, S. 2002. Title.", "Ott, A. 2003. Title."],
        ),
        (  # the next heading ends the list: a verse under it is left alone
            ["# R", "Lind, S. 2002.", "|    Journal.", "# Poem", "| a line", "|     more"],
            ["# R", "Lind, S. 2002.", "    Journal.", "# Poem", "| a line", "|     more"],
        ),
    ],
    ids=["hanging-blank", "one-space", "nbsp", "all-bars", "next-heading"],
)
def test_joined_line_blocks(lines: list[str], want: list[str]) -> None:
    from bibcheck.readers.lineblocks import joined_line_blocks  # (new in round 69)

    assert joined_line_blocks(lines, 1) == want
    assert len(want) == len(lines)
