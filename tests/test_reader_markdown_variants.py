"""sup-markdown variants and the markdown-links reader (fixtures written for the tests)."""

from __future__ import annotations

import pytest

from bibcheck.manuscript import parse_bytes
from bibcheck.model import AnomalyCode, ParsedDocument
from bibcheck.readers import reader_for
from bibcheck.readers.mdlinks import read as read_links
from bibcheck.readers.supmarkdown import read as read_sup


def parse(text: str, name: str = "post.md") -> ParsedDocument:
    return parse_bytes(text.encode(), name)


NOTES = "\n---\n\n<sup>1</sup> Smith J. Ports. - 2001.\n\n<sup>2</sup> Doe A. Canals. - 2002.\n"


@pytest.mark.parametrize(
    ("marker", "labels"),
    [
        pytest.param("<sup>1</sup>", ["1"], id="plain"),
        pytest.param("<sup>[1]</sup>", ["1"], id="bracketed"),
        pytest.param("<sup>1,2</sup>", ["1", "2"], id="list"),
        pytest.param("<sup>[1](#fn1)</sup>", ["1"], id="md-link"),
        pytest.param("<sup>[\\[1\\]](#cite-note-1)</sup>", ["1"], id="wikipedia-copy"),
        pytest.param('<sup><a href="#fn1">1</a></sup>', ["1"], id="html-link"),
        pytest.param("<sup>[1][3]</sup>", ["1", "3"], id="adjacent-brackets"),
        pytest.param("<sup>[1], [3]</sup>", ["1", "3"], id="brackets-and-comma"),
        pytest.param("<sup>[1]–[3]</sup>", ["1", "2", "3"], id="bracketed-range"),
        pytest.param("<sup>\\[1\\]\\[3\\]</sup>", ["1", "3"], id="escaped-brackets"),
    ],
)
def test_sup_marker_forms(marker: str, labels: list[str]) -> None:
    doc = read_sup(f"# T\n\nA claim here{marker}. Another<sup>2</sup>.\n{NOTES}")
    assert [m.label for m in doc.markers] == [*labels, "2"]


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        pytest.param("There are 2<sup>256</sup> values<sup>1</sup>.", ["1"], id="power-of-two"),
        pytest.param("About 10<sup>6</sup> rows a day<sup>1</sup>.", ["1"], id="power-of-ten"),
        pytest.param("It grows as *n*<sup>2</sup><sup>1</sup>.", ["1"], id="variable"),
        pytest.param("Area (a+b)<sup>2</sup> is known<sup>1</sup>.", ["1"], id="bracket"),
        pytest.param("Some 40 m<sup>3</sup> a day<sup>1</sup>.", ["1"], id="unit"),
        pytest.param("Some 40 м<sup>3</sup> в день<sup>1</sup>.", ["1"], id="cyrillic-unit"),
        pytest.param("It rose in 2019<sup>1</sup>.", ["1"], id="marker-after-a-year"),
        pytest.param("Price 4.80<sup>[1]</sup> a litre.", ["1"], id="bracketed-after-a-number"),
    ],
)
def test_powers_are_not_markers(text: str, labels: list[str]) -> None:
    doc = read_sup(f"# T\n\n{text} More<sup>2</sup>.\n{NOTES}")
    assert [m.label for m in doc.markers] == [*labels, "2"]


def test_sup_in_code_and_front_matter_is_not_read() -> None:
    text = (
        "---\ntitle: My post\n---\n\nA claim<sup>1</sup>.\n\n```\nx<sup>2</sup>\n```\n\n"
        "Second<sup>2</sup>.\n" + NOTES
    )
    doc = parse(text)
    assert doc.title == "My post"
    assert [(m.label, m.line) for f in doc.footnotes for m in f.markers] == [("1", 5), ("2", 11)]


def test_bracketed_sup_markers_cite_a_numbered_reference_list() -> None:
    text = (
        "# Cold chains\n\nFood is lost early.<sup>[1]</sup> Trucks fail.<sup>[2]</sup> "
        "Again<sup>[1]</sup>.\n\n## References\n\n"
        "1. Kitinoja, L. 2013. Use of Cold Chains. Davis: PEF.\n"
        "2. Patel, R., and S. Mehta. “Reefer Trucks in India.” Journal of Cold Chains 7, "
        "no. 2 (2021): 55–71.\n"
    )
    doc = parse(text)
    assert doc.reader == "sup-markdown"
    assert [(f.label, len(f.markers)) for f in doc.footnotes] == [("1", 2), ("2", 1)]
    assert doc.footnotes[1].reference.title == "Reefer Trucks in India"
    assert not [a for a in doc.anomalies if a.code is AnomalyCode.LITERATURE_UNCITED]


@pytest.mark.parametrize(
    ("heading", "references", "as_literature"),
    [
        ("## Notes", "", True),
        ("**Endnotes**", "", True),
        ("## Примечания", "", True),
        ("## Anmerkungen", "", True),
        (
            "## Notes",
            "\n## References\n\n1. Kitinoja, L. 2013. Use of Cold Chains. Davis: PEF.\n",
            False,
        ),
    ],
    ids=["notes", "bold-endnotes", "russian", "german", "notes-beside-references"],
)
def test_numbered_notes_under_a_notes_heading(
    heading: str, references: str, as_literature: bool
) -> None:
    """Converted briefs: <sup>[n]</sup> markers, the notes a numbered list under a Notes
    heading (no definitions); a number may be cited again."""
    text = (
        "# Thirsty cities\n\nMost lack safe water.<sup>[1]</sup> Supply is intermittent."
        "<sup>[2]</sup>\n\n| Price per m<sup>3</sup> | 4.80<sup>[1]</sup> |\n\n"
        f"{heading}\n\n"
        "1. Kumpel, E., and K. L. Nelson. “Intermittent Water Supply.” Environmental Science "
        "& Technology 50, no. 2 (2016): 542–553.\n"
        "2. Authors' calculation from household survey data.\n"
        f"{references}"
    )
    doc = parse(text)
    assert doc.reader == "sup-markdown"
    cited = sorted((m.label, m.line) for f in doc.footnotes for m in f.markers)
    assert cited == [("1", 3), ("1", 5), ("2", 3)]
    duplicate = [a for a in doc.all_anomalies() if a.code is AnomalyCode.DUPLICATE_MARKER]
    # cited by number, a list entry may be cited again; an endnote is cited once
    assert bool(duplicate) is not as_literature
    if as_literature:
        assert [e.label for e in doc.literature] == ["1", "2"]
        assert doc.literature[0].reference.year == 2016
    else:
        assert [e.label for e in doc.literature] == ["1"]
        assert [f.label for f in doc.footnotes] == ["1", "2"]


def test_byline_superscripts_point_at_affiliations_not_notes() -> None:
    text = (
        "# Rewetting peatlands\n\n"
        "Anna Virtanen<sup>1</sup>, Jonas Eriksson<sup>1,2</sup> & Liam Byrne<sup>2*</sup>\n\n"
        "<sup>1</sup>Natural Resources Institute Finland, Helsinki. <sup>2</sup>School of "
        "Biology, University College Dublin. <sup>*</sup>e-mail: liam@example.org\n\n"
        "Drained peatlands emit carbon<sup>1,2</sup>. Rewetting restores methane "
        "production<sup>3</sup>.\n\n## References\n\n"
        "1. Leifeld, J. & Menichetti, L. Peatlands in mitigation. *Nat. Commun.* **9**, 1071 "
        "(2018).\n2. Wilson, D. et al. Emission factors. *Mires Peat* **17**, 4 (2016).\n"
        "3. Günther, A. et al. Prompt rewetting. *Nat. Commun.* **11**, 1644 (2020).\n"
    )
    doc = parse(text)
    cited = sorted((m.label, m.line) for f in doc.footnotes for m in f.markers)
    assert cited == [("1", 7), ("2", 7), ("3", 7)]
    assert [e.reference.year for e in doc.literature] == [2018, 2016, 2020]


@pytest.mark.parametrize(
    ("names", "affiliations"),
    [
        (
            "**김서연<sup>1</sup>, 박준호<sup>2</sup>, 이하은<sup>1</sup>**",
            "<sup>1</sup> 서울대학교 간호대학, <sup>2</sup> 충남대학교 의과대학 예방의학교실",
        ),
        (
            "**山田花子<sup>1</sup>, 佐藤一郎<sup>2</sup>**",
            "<sup>1</sup> 東京大学医学部, <sup>2</sup> 国立長寿医療研究センター研究所",
        ),
        (
            "**Kovács Anna<sup>1</sup>, Nagy Péter<sup>2</sup>**",
            "<sup>1</sup> Semmelweis Egyetem, Budapest; <sup>2</sup> Országos Kórház",
        ),
    ],
    ids=["korean", "japanese", "hungarian"],
)
def test_byline_affiliations_in_other_languages(names: str, affiliations: str) -> None:
    text = (
        f"# 근감소증\n\n{names}\n\n{affiliations}\n\n## Methods\n\n"
        "근육량은 사지골격근량 지수(ASM/height<sup>2</sup>, kg/m<sup>2</sup>)로 측정하였다.<sup>1</sup>"
        " 이질성은 I<sup>2</sup> 통계량으로 평가하였다.<sup>2</sup>\n\n## 참고문헌\n\n"
        "1. Cruz-Jentoft AJ, Sayer AA. Sarcopenia. Lancet. 2019;393(10191):2636-46.\n"
        "2. 김미경, 정혜선. 한국 노인의 근감소증 유병률. 대한노인병학회지. 2015;19(3):142-50.\n"
    )
    doc = parse(text)
    cited = sorted((m.label, m.line) for f in doc.footnotes for m in f.markers)
    assert cited == [("1", 9), ("2", 9)]
    assert [e.reference.year for e in doc.literature] == [2019, 2015]
    assert not [a for a in doc.all_anomalies() if "marker" in a.code.value]


LIST_POST = """---
title: "Consensus"
---

Read [the Paxos paper](https://example.org/paxos.pdf) first. Raft is easier [2].
The [etcd docs](https://etcd.example.io/docs) help too.

## References

[1] L. Lamport. ["The part-time parliament"](https://example.org/paxos.pdf). TOCS 1998.
[2] D. Ongaro and J. Ousterhout. ["In search of an understandable consensus algorithm"](https://example.org/raft.pdf). USENIX ATC 2014.
"""


def test_links_cite_list_entries_by_url() -> None:
    doc = parse(LIST_POST)
    assert (doc.reader, doc.title) == ("markdown-links", "Consensus")
    assert [(m.label, m.line) for f in doc.footnotes for m in f.markers] == [("1", 5), ("2", 5)]
    raft = doc.literature[1].reference
    assert (raft.title, raft.year, raft.authors) == (
        "In search of an understandable consensus algorithm",
        2014,
        ("D. Ongaro", "J. Ousterhout"),
    )
    unread = [a for a in doc.anomalies if a.code is AnomalyCode.LINK_NOT_CITED]
    assert [(a.line, "1 inline link" in a.message) for a in unread] == [(6, True)]


def test_a_link_whose_text_wraps_cites_where_it_starts() -> None:
    text = LIST_POST.replace(
        "Raft is easier [2].",
        "Raft is easier, as the [consensus\nalgorithm paper](https://example.org/raft.pdf) shows.",
    )
    doc = parse(text)
    assert [(m.label, m.line) for f in doc.footnotes for m in f.markers] == [("1", 5), ("2", 5)]


def test_an_entry_that_opens_with_its_link_is_titled_by_it() -> None:
    text = (
        "# Logs\n\nWe moved logs to [the benchmark](https://example.org/bench) and [the "
        "engine](https://example.org/engine).\n\n## Sources\n\n"
        "1. [ClickHouse vs. Elasticsearch: The Benchmark](https://example.org/bench) — "
        "ClickHouse Inc., 2022.\n"
        "2. [Движок MergeTree](https://example.org/engine) — документация ClickHouse.\n"
    )
    doc = parse(text)
    assert doc.reader == "markdown-links"
    assert [(e.reference.title, e.reference.year) for e in doc.literature] == [
        ("ClickHouse vs. Elasticsearch: The Benchmark", 2022),
        ("Движок MergeTree", None),
    ]


def test_claim_is_the_sentence_around_the_link() -> None:
    doc = parse(LIST_POST)
    claim = doc.footnotes[0].markers[0].claim
    assert claim is not None and claim.text == "Read the Paxos paper first."


def test_link_only_post() -> None:
    text = (
        '+++\ntitle = "Slow web"\n+++\n\nPages weigh [2 MB](https://archive.example.org/r) '
        "now. See ![chart](/img/a.png), [about](/about) and `[x](https://code.example)`.\n\n"
        "As [the archive](https://archive.example.org/r/) says, it [grows](https://b.example)."
    )
    doc = read_links(text)
    # Links that cite their sentence are labelled L1, L2 ... in every reader.
    assert [(m.label, m.line) for m in doc.markers] == [("L1", 5), ("L1", 7), ("L2", 7)]
    assert [n.text for n in doc.footnotes] == [
        "[2 MB](https://archive.example.org/r)",
        "[grows](https://b.example)",
    ]
    assert reader_for("post.md", text).name == "markdown-links"


def test_footnoted_markdown_is_not_a_link_article() -> None:
    text = "A claim[^1] with [a link](https://a.example) and [another](https://b.example).\n\n"
    assert reader_for("post.md", text + "[^1]: Smith, Book, 2001.\n").name == "pandoc-markdown"


# ---------------------------------------------------------------- markdown-links: chrome links


@pytest.mark.parametrize(
    ("line", "cited"),
    [
        pytest.param("[View in browser](https://news.example.com/issues/9)", False, id="view"),
        pytest.param("[Unsubscribe](https://mail.example.net/u?id=1)", False, id="unsubscribe"),
        pytest.param("[Открыть в браузере](https://news.example.com/9)", False, id="ru-view"),
        pytest.param(
            "[Share](https://twitter.com/intent/tweet?url=https://a.example)", False, id="share"
        ),
        pytest.param("[post](https://www.facebook.com/sharer/sharer.php?u=x)", False, id="sharer"),
        pytest.param(
            "[![build](https://img.example.io/badge.svg)](https://ci.example.org/r)",
            False,
            id="badge",
        ),
        pytest.param("[our archive](https://news.example.com/archive)", False, id="own-site"),
        pytest.param("[the survey](https://stats.example.org/2023)", True, id="source"),
    ],
)
def test_chrome_links_are_not_citations(line: str, cited: bool) -> None:
    text = (
        "---\ntitle: Issue 9\nurl: https://news.example.com/issues/9\n---\n\n"
        f"Rents rose [in the report](https://data.example.org/rents). {line}\n\n"
        "Fares fell, says [the authority](https://transit.example.gov/fares).\n"
    )
    doc = read_links(text)
    urls = [n.reference.url for n in doc.footnotes if n.reference is not None]
    assert len(urls) == (3 if cited else 2)
    assert [m.label for m in doc.markers] == [
        "L1",
        *(["L2"] if cited else []),
        "L" + str(3 if cited else 2),
    ]


def test_hosts_of_chrome_links_are_the_documents_own() -> None:
    text = (
        "*Sent on Friday. [View in browser](https://weekly.example.com/112)*\n\n"
        "Bus fares are capped, after a [trial](https://transit.example.gov/trial).\n\n"
        "---\n\nYou subscribed at [weekly.example.com](https://weekly.example.com/).\n"
    )
    doc = read_links(text)
    assert [(m.label, m.line) for m in doc.markers] == [("L1", 3)]


# ---------------------------------------------------------------- markdown-links: [n] markers

REFS = """

## References

[1] A. Author. ["First"](https://a.example/1). 2019.
[2] B. Johnson, C. Douze. ["Second"](https://a.example/2). 2019.
[3] C. Chen. ["Third"](https://a.example/3). 2017.
[4] D. Chen. ["Fourth"](https://a.example/4). 2017.
[5] E. Lee. ["Fifth"](https://a.example/5). 2021.
"""


@pytest.mark.parametrize(
    ("line", "labels"),
    [
        pytest.param("Models look facts up [1, 2].", ["1", "2"], id="list"),
        pytest.param("Models look facts up [2][3].", ["2", "3"], id="adjacent"),
        pytest.param("Models look facts up [1-3].", ["1", "2", "3"], id="range"),
        pytest.param("Models look facts up [1–2, 5].", ["1", "2", "5"], id="range-and-one"),
        pytest.param("Models look facts up [1], [5].", ["1", "5"], id="separate"),
        pytest.param("Models look facts up [see][5].\n\n[5]: https://x.example", [], id="ref-link"),
        pytest.param("Arrays x[1] and [2](https://b.example) are not.", [], id="not-markers"),
        pytest.param("Retrieval helps (Johnson et al. 2019).", ["2"], id="author-year"),
        pytest.param("Lee (2021) agrees.", ["5"], id="author-paren-year"),
        pytest.param("Both (Chen 2017) wrote it.", [], id="ambiguous-author-year"),
    ],
)
def test_numbered_and_author_year_citations(line: str, labels: list[str]) -> None:
    doc = read_links("# Retrieval\n\n" + line + REFS)
    assert [m.label for m in doc.markers if m.line == 3] == labels


def test_address_lines_beside_an_affiliation_are_addresses_too() -> None:
    text = (
        "# Renovacija\n\n**Rūta Jankauskienė<sup>1</sup>, Mindaugas Petrauskas<sup>2</sup>**\n\n"
        "<sup>1</sup> Kauno technologijos universitetas\n<sup>2</sup> UAB „Kauno energija“\n\n"
        "## Įvadas\n\nApkrova sumažėjo.<sup>1</sup> Pagal STR 2.01.02:2016<sup>2</sup>.\n\n"
        "## Literatūra\n\n1. Jonaitis P. Šilumos tiekimas. Kaunas: Technologija; 2019.\n"
        "2. STR 2.01.02:2016. Pastatų energinio naudingumo projektavimas. Vilnius; 2016.\n"
    )
    doc = parse(text)
    cited = sorted((m.label, m.line) for f in doc.footnotes for m in f.markers)
    assert cited == [("1", 10), ("2", 10)]  # the second after a standard's year
    assert [e.reference.year for e in doc.literature] == [2019, 2016]
