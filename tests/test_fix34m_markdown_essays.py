"""MLA 9 and APA essays written in Markdown: ``# Title``, author-page or author-date
citations, a ``## Works Cited`` / ``# References`` / ``**Works Cited**`` list of hanging
entries apart by blank lines, some led by a title (``"Title."``, ``*Title*.``), titles in
``*italics*``, ``---.`` for a repeated author, addresses bare or ``<autolinked>``.

With no links the plain-text reader reads them (as it reads such an essay as text); with
links that name the list's works the markdown-links reader does, and reads the MLA or
author-date citations as well.  Every essay and entry here is written for these tests.
"""

from __future__ import annotations

import textwrap

import pytest

from bibcheck.manuscript import ParsedDocument, parse_bytes
from bibcheck.readers.mla import mla_index, mla_shaped


def doc(text: str) -> str:
    return textwrap.dedent(text).lstrip("\n")


def read(text: str, name: str = "essay.md", reader: str | None = None) -> ParsedDocument:
    return parse_bytes(text.encode(), f"/tmp/fix34m/{name}", reader)


def cited(m: ParsedDocument) -> set[tuple[str, int]]:
    return {(mk.label, mk.line) for fn in m.footnotes for mk in fn.markers}


MLA = doc(
    """
    # Lighthouses After the Keepers

    The last keepers left the towers in the 1980s (Halloran, *Keepers' Years* 23). Automation was sold as
    safety (Brandt and Okafor 140-42), though crews doubted it ("Dark Towers" 2). Halloran's
    later book returned to the question (Halloran, *Empty Lamp* 9), and the coast guard's
    own records agree (*Beacon Ledger* 31).

    Local memory keeps the towers alive (Sørlie). The lamp room became a museum (Vance 77).

    {heading}

    "Dark Towers: The End of the Keepers." *Maritime Review Online*, 4 May 2018,
        <https://maritimereview.example.org/dark-towers>. Accessed 9 Jan. 2024.

    *Beacon Ledger: Records of the Northern Lights Board, 1950-1990*. Edited by Iona Reid,
    Harbour Archive Press, 2011.

    Brandt, Ulrike, and Samuel Okafor. *Automating the Coast*. Seafarer Books, 2009.

    Halloran, Maeve. *The Keepers' Years*. Northlight UP, 2001.

    ---. *The Empty Lamp*. Northlight UP, 2014.

    Sørlie, Kari. "Towers That Remember." *Coastal Heritage*, vol. 7, no. 2, 2020, pp. 14-29,
    https://coastalheritage.example.net/7-2/sorlie.

    Vance, Theo. *From Lamp to Museum*. Pier Press, 2016.
    """
)
# (entry number, line): a short title tells one author's two works apart, in emphasis or
# not; a title-led entry is cited by its first words, quoted or in emphasis
MLA_CITED = {
    ("4", 3),
    ("3", 4),
    ("1", 4),
    ("5", 5),
    ("2", 6),
    ("6", 8),
    ("7", 8),
}


@pytest.mark.parametrize("heading", ["## Works Cited", "# Works Cited", "**Works Cited**"])
def test_mla_markdown_essay_reads_every_citation_and_entry(heading: str) -> None:
    m = read(MLA.replace("{heading}", heading))
    assert m.reader == "plain-text"
    assert cited(m) == MLA_CITED
    assert len(m.literature) == 7  # no title-led entry merged into the one above
    refs = [e.reference for e in m.literature]
    assert [r.year for r in refs] == [2018, 2011, 2009, 2001, 2014, 2020, 2016]
    assert refs[0].title == "Dark Towers: The End of the Keepers"
    assert refs[0].url == "https://maritimereview.example.org/dark-towers"
    assert refs[1].title == "Beacon Ledger: Records of the Northern Lights Board, 1950-1990"
    assert refs[3].title == "The Keepers' Years"  # the Markdown emphasis is no part of it
    assert refs[4].authors == refs[3].authors  # "---." is the author above
    assert refs[5].url == "https://coastalheritage.example.net/7-2/sorlie"
    assert not any("*" in (r.title or "") for r in refs)
    codes = {a.code.value for a in m.all_anomalies()}
    assert "literature-uncited" not in codes


def test_mla_markdown_essay_with_links_reads_the_mla_citations() -> None:
    """Links to the list's works make it the markdown-links reader's: it reads the list's
    paragraphs as entries and the author-page citations too (a link's words in a citation
    are read as words)."""
    text = MLA.replace("{heading}", "## Works Cited")
    text = text.replace(
        "(Sørlie)",
        "([Sørlie](https://coastalheritage.example.net/7-2/sorlie))",
    ).replace(
        "though crews doubted it",
        "though [crews doubted it](https://maritimereview.example.org/dark-towers)",
    )
    m = read(text)
    assert m.reader == "markdown-links"
    assert {label for label, _ in cited(m)} == {label for label, _ in MLA_CITED}
    assert len(m.literature) == 7
    assert m.literature[3].reference.title == "The Keepers' Years"
    codes = {a.code.value for a in m.all_anomalies()}
    assert "link-not-cited" not in codes  # the <autolinked> address is the entry's
    assert "literature-uncited" not in codes


def test_mla_markdown_forced_markdown_links_reads_the_same() -> None:
    m = read(MLA.replace("{heading}", "## Works Cited"), reader="markdown-links")
    assert {label for label, _ in cited(m)} == {label for label, _ in MLA_CITED}
    assert len(m.literature) == 7


APA = doc(
    """
    # Night Shifts and Memory

    Nurses on rotating shifts recall fewer details (Ferreira & Lund, 2019, p. 4). Earlier
    diary studies found the same (Marsh, 2015), and a review widened the claim (Abiodun et
    al., 2021, pp. 88–90). As Ferreira and Lund
    (2019) note, the effect fades with rest. A health agency summed it up
    (National Sleep Council, 2020).

    ## References

    Abiodun, T., Kerr, S., & Yamada, R. (2021). Shift work and episodic memory: A review.
        *Sleep Medicine Reviews*, *58*, 80–95. https://doi.org/10.1016/j.smrv.2021.101490

    Ferreira, L., & Lund, P. (2019). Recall after night duty. *Journal of Nursing Research*,
        *12*(3), 1–9.

    Marsh, G. (2015). *Diaries of the night ward*. Ward Press.

    National Sleep Council. (2020). *Shift work and health*. <https://sleepcouncil.example.org/shift>
    """
)


@pytest.mark.parametrize(
    ("change", "reader"),
    [
        ((), "plain-text"),
        # a link whose words are the citation, to an address the list gives <autolinked>
        (
            (
                "(Marsh, 2015)",
                "([Marsh, 2015](https://wardpress.example.com/diaries))",
                "Ward Press.",
                "Ward Press. <https://wardpress.example.com/diaries>",
            ),
            "markdown-links",
        ),
    ],
)
def test_apa_markdown_essay(change: tuple[str, ...], reader: str) -> None:
    text = APA
    for old, new in zip(change[::2], change[1::2], strict=True):
        text = text.replace(old, new)
    m = read(text)
    assert m.reader == reader
    by_label = {fn.label: sorted(mk.line for mk in fn.markers) for fn in m.footnotes}
    # "As Ferreira and Lund" / "(2019) note": a mention over a line end counts
    assert by_label == {"1": [4], "2": [3, 5], "3": [4], "4": [7]}
    refs = [e.reference for e in m.literature]
    assert [r.year for r in refs] == [2021, 2019, 2015, 2020]
    assert refs[2].title == "Diaries of the night ward"
    assert refs[3].url == "https://sleepcouncil.example.org/shift"


@pytest.mark.parametrize(
    ("entries", "shaped"),
    [
        # title-led entries are any style's anonymous works: they neither make nor spoil
        # an MLA list
        (
            [
                "Aaltonen, Mia. *North Winds*. Boreal UP, 2010.",
                '"Ice Roads." *Arctic Daily*, 2 Feb. 2021.',
                "*Snow Atlas*. Edited by Jon Berg, Frost Press, 2012.",
                '"Thaw." *Polar Notes*, 2019, pp. 3-4.',
                "Berg, Jon. *The Long Dark*. Frost Press, 2008.",
            ],
            True,
        ),
        # an APA list (the year after the names) is no MLA list, titles or not
        (
            [
                "Aaltonen, M. (2010). *North winds*. Boreal UP.",
                "*Snow atlas*. (2012). Frost Press.",
                "Berg, J. (2008). *The long dark*. Frost Press.",
            ],
            False,
        ),
        (['"Ice Roads." *Arctic Daily*, 2021.', "Berg, Jon. *The Long Dark*. Frost, 2008."], False),
    ],
)
def test_mla_shape_with_title_led_entries(entries: list[str], shaped: bool) -> None:
    assert mla_shaped([(str(k), e) for k, e in enumerate(entries, 1)]) is shaped


def test_one_name_cites_the_authors_own_work_not_the_pair() -> None:
    """``(Teal 31)`` cites the work of Teal alone when the list also has one by Teal and
    a co-author (cited ``(Teal and Reyes 4)``)."""
    from bibcheck.readers.mla import scan

    index = mla_index(
        [
            ("1", "Teal, Rowan. *Marsh Light*. Fen Press, 2001."),
            ("2", "Teal, Rowan, and Ada Reyes. *Tide Tables*. Fen Press, 2007."),
        ]
    )
    found, _ = scan("Salt (Teal 31) and tide (Teal and Reyes 4).", index, None)
    assert [label for _, _, label in found] == ["1", "2"]


@pytest.mark.parametrize("reader", ["plain-text", "markdown-links"])
def test_mla_author_page_citation_of_no_entry_is_said(reader: str) -> None:
    """``(Whitcombe 12)`` names no entry of the Works Cited list: a missing entry, never
    passed over, whichever reader reads the essay."""
    text = MLA.replace("{heading}", "## Works Cited").replace(
        "(Vance 77).", "(Vance 77). Keepers wrote diaries (Whitcombe 12)."
    )
    m = read(text, reader=reader)
    missing = [a for a in m.all_anomalies() if a.code.value == "citation-key-missing"]
    assert [(a.footnote, a.line) for a in missing] == [("Whitcombe", 8)]
