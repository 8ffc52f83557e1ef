"""Fix 53h: sources that are not journal articles, filed by the corpus conventions (the last
section of tests/corpus/README.md) in every reader: typed ``.bib`` entries, printed entries
(standards, specifications, ABNT event papers, APA descriptions), MediaWiki templates, a
Sphinx page's ``.. [Label]`` reference list.  Own fixtures, written in the shapes real
documents use; each rule has a look-alike it must not take."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.bibfile import read_bib
from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.bibtex import to_reference
from bibcheck.parse.references.described import described_kind
from bibcheck.parse.references.standardkind import designation_titled, names_specification_series
from bibcheck.parse.references.wikicite import CiteTemplate, cite_reference
from bibcheck.readers import rst
from bibcheck.readers.evidence import PANDOC_CITATION
from tests.test_regex_growth import assert_linear

# ---------------------------------------------------------------------------
# .bib entries: datasets, software, preprints, deposits
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("entry", "kind", "url_missing"),
    [
        # a dataset with a DOI and no URL: web, and no "web entry without URL"
        ("@dataset{d, author={Ng, Ana}, title={Trap counts}, year={2021},"
         " publisher={Dryad}, doi={10.5061/dryad.abc123}}", RefKind.WEB, False),
        ("@software{s, author={{Core Team}}, title={Stats: a language}, year={2022},"
         " version={4.2}}", RefKind.WEB, False),
        # a preprint by its server: @unpublished naming bioRxiv, @misc with an arXiv eprint
        ("@unpublished{p, author={Lee, Bo}, title={Moth phenology}, year={2020},"
         " note={bioRxiv preprint}}", RefKind.ARTICLE, False),
        ("@misc{a, author={Roe, Kim}, title={Sparse models}, year={2019},"
         " eprint={1901.00001}, eprinttype={arxiv}}", RefKind.ARTICLE, False),
        ("@unpublished{q, author={Lee, Bo}, title={Moth phenology}, year={2020},"
         " doi={10.1101/2020.01.02.123456}}", RefKind.ARTICLE, False),
        # a @misc deposited on Zenodo: web
        ("@misc{z, author={Ng, Ana}, title={Trap photos}, year={2021},"
         " howpublished={Zenodo}, doi={10.5281/zenodo.123}}", RefKind.WEB, False),
        # look-alikes: an unpublished manuscript, a PubMed eprint, a plain @misc
        ("@unpublished{m, author={Lee, Bo}, title={Field notes}, year={1998},"
         " note={Unpublished manuscript}}", RefKind.UNKNOWN, False),
        ("@misc{e, author={Roe, Kim}, title={Sparse models}, year={2019},"
         " eprint={12345}, eprinttype={pubmed}}", RefKind.UNKNOWN, False),
        ("@online{o, author={Roe, Kim}, title={A page}, year={2019}}", RefKind.WEB, True),
    ],
)  # fmt: skip
def test_bib_resource_kinds(entry: str, kind: RefKind, url_missing: bool) -> None:
    (record,), _ = read_bib(entry + "\n")
    ref = to_reference(record)
    assert ref.kind is kind
    assert any(a.code.value == "url-missing" for a in ref.anomalies) is url_missing


# ---------------------------------------------------------------------------
# printed standards and specifications
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "standard"),
    [
        ("NBR 6023: informação e documentação: referências", True),
        ("ISO/IEC 27001:2022: Information security management systems", True),
        ("EN 303 645 V2.1.1: Cyber security for consumer IoT", True),
        ("IEEE Std 754-2019 (Revision of IEEE 754-2008): Floating-point arithmetic", True),
        ("DIN 1505-2", True),
        ("ISO 9001:2015 Explained", False),  # a book about a standard
        ("English 101: a primer", False),
        ("Enzymes in 3 steps", False),
    ],
)
def test_designation_titled(title: str, standard: bool) -> None:
    assert designation_titled(title) is standard


@pytest.mark.parametrize(
    ("text", "series"),
    [
        ("A. Roe, Title of the spec. W3C Recommendation, 3 May 2021.", True),
        ("Title. W3C Working Group Note, 2019.", True),
        ('K. Lee, "Some protocol", RFC 9999, DOI 10.17487/RFC9999, May 2026.', True),
        ('K. Lee, "Some protocol", Internet-Draft draft-lee-x-00, 2025.', True),
        ("Roe, A. Recommendations for better cooking. Oxford: OUP, 2001.", False),
        ("Roe, A. Notes on the W3C and its history. Boston: MIT Press, 2001.", False),
    ],
)
def test_names_specification_series(text: str, series: bool) -> None:
    assert names_specification_series(text, None) is series


@pytest.mark.parametrize(
    ("text", "kind", "title"),
    [
        ("SOCIEDADE BRASILEIRA DE NORMAS. NBR 1234: ensaios de tração. Rio de Janeiro:"
         " SBN, 2019.", RefKind.REPORT, "NBR 1234: ensaios de tração"),
        ("W3C. Accessible Rich Internet Applications (WAI-ARIA) 1.2. W3C Recommendation,"
         " 6 jun. 2023. Disponível em: https://www.w3.org/TR/wai-aria-1.2/.", RefKind.REPORT,
         "Accessible Rich Internet Applications (WAI-ARIA) 1.2"),
        # ABNT paper in an event's proceedings, "In" in italics as Markdown writes it
        ("SOUZA, J.; LIMA, R. Um estudo de caso. *In*: SIMPÓSIO BRASILEIRO DE REDES, 12.,"
         " 2019, Recife. Anais [...]. Porto Alegre: SBC, 2019. p. 10-20.", RefKind.CHAPTER,
         "Um estudo de caso"),
        # look-alike: a book whose title names a standard, then words
        ("SOUZA, J. ISO 9001 na prática. São Paulo: Atlas, 2015.", RefKind.BOOK,
         "ISO 9001 na prática"),
    ],
)  # fmt: skip
def test_printed_standards_and_events(text: str, kind: RefKind, title: str) -> None:
    ref = parse_reference(text, [1])
    assert (ref.kind, ref.title) == (kind, title)


@pytest.mark.parametrize(
    ("text", "authors", "title"),
    [
        # the RFC series' editor mark after a name
        ('J. Roe, Ed. and K. Lee, "A Protocol for Things", RFC 9999, May 2026.',
         ("J. Roe", "K. Lee"), "A Protocol for Things"),
        ('J. Roe, Ed., K. Lee, Ed., and M. Poe, Ed., "Things", STD 99, RFC 9998, May 2026.',
         ("J. Roe", "K. Lee", "M. Poe"), "Things"),
        # an organisation, then its work's italic title
        ("Example.org, *fastparse* (version 1.2) [software], 2022. https://github.com/ex/fp",
         ("Example.org",), "fastparse"),
    ],
)  # fmt: skip
def test_names_before_titles(text: str, authors: tuple[str, ...], title: str) -> None:
    ref = parse_reference(text, [1], detect_styles=True, note=True)
    assert (ref.authors, ref.title) == (authors, title)


# ---------------------------------------------------------------------------
# APA descriptions
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Doe, J. (2020, 3 mai). *Réparer un magnétophone* [Vidéo]. YouTube."
         " https://www.youtube.com/watch?v=abc", RefKind.WEB),
        ("Roe, K. (hôte). (2021, 2 mars). Le son analogique (n° 12) [Épisode de podcast]."
         " Dans *Ondes*. https://ondes.example/12", RefKind.WEB),
        ("Ondes Libres. (2022). *Voix d'ici* (saison 2) [Podcast]. https://ondes.example/",
         RefKind.WEB),
        ("Audio Society. (2015). *Guidelines for tape transfer* (AS-TC 12, 2nd ed.)."
         " Audio Society. https://audio.example/tc12", RefKind.REPORT),
        ("Broadcasters Union. (2010). *Specification of a file format* (Tech 1234)."
         " Broadcasters Union.", RefKind.REPORT),
        ("Metadata Board. (2019). *Metadata Terms*. Metadata Initiative. Consulté le"
         " 2 avril 2024, à l'adresse https://meta.example/terms/", RefKind.WEB),
        # look-alikes: an edition, a book with no retrieval date, a journal's video article
        ("Doe, J. (2019). *A history of tape* (2nd ed.). Focal Press.", RefKind.BOOK),
        ("Doe, J. (2019). *A history of tape*. Focal Press. https://doi.org/10.1234/tape",
         RefKind.BOOK),
    ],
)  # fmt: skip
def test_apa_descriptions(text: str, kind: RefKind) -> None:
    assert parse_reference(text, [1]).kind is kind


def test_a_video_article_keeps_its_journal() -> None:
    ref = parse_reference(
        "Doe, J. (2019). Culturing cells [Video]. *Journal of Methods*, *12*(3), e123.", [1]
    )
    assert described_kind(ref, False, False).kind is ref.kind


@pytest.mark.parametrize(
    ("year", "expected"),
    [("(s. d.)", None), ("(n.d.)", None), ("(s. f.)", None), ("(2019)", 2019)],
)
def test_apa_undated(year: str, expected: int | None) -> None:
    ref = parse_reference(f"SOCIETY. {year}. *Member pages*. https://society.example/", [1])
    assert ref.year == expected
    assert not any(a.code.value == "year-malformed" for a in ref.anomalies)


# ---------------------------------------------------------------------------
# MediaWiki templates
# ---------------------------------------------------------------------------


def _template(name: str, **params: str) -> CiteTemplate:
    values = {k.replace("_", "-"): v for k, v in params.items()}
    return CiteTemplate(name, values, {k: 3 for k in values}, "{{...}}", 3, 3)


@pytest.mark.parametrize(
    ("template", "kind", "authors", "year"),
    [
        (_template("cite patent", country="US", number="1234567", title="Rotary pump",
                   inventor1_last="Hale", inventor1_first="Ida", inventor2_last="Moss",
                   inventor2_first="Tom", gdate="1921-03-01"),
         RefKind.PATENT, ("Hale, Ida", "Moss, Tom"), 1921),
        (_template("cite patent", country="GB", number="190112345", title="Float gear",
                   invent1="Ada Pike", pubdate="1902-05-05", fdate="1901-06-01"),
         RefKind.PATENT, ("Ada Pike",), 1902),
        (_template("cite av media", people="Marsh, Lee (director); Pike, Ada (presenter)",
                   title="Fen Waters", medium="Television documentary", date="2010-01-02"),
         RefKind.WEB, ("Marsh, Lee", "Pike, Ada"), 2010),
        # look-alike: a book with a people-like parameter is still a book by its author
        (_template("cite book", last="Roe", first="Kim", title="Fens", year="1999",
                   publisher="Fen Press"),
         RefKind.BOOK, ("Roe, Kim",), 1999),
    ],
)  # fmt: skip
def test_wiki_templates(
    template: CiteTemplate, kind: RefKind, authors: tuple[str, ...], year: int
) -> None:
    ref = cite_reference(template)
    assert (ref.kind, ref.authors, ref.year) == (kind, authors, year)


def test_a_broadcast_needs_no_url() -> None:
    ref = cite_reference(_template("cite av media", title="Fen Waters", date="2010"))
    assert not any(a.code.value == "url-missing" for a in ref.anomalies)
    web = cite_reference(_template("cite web", title="Fen Waters", date="2010"))
    assert any(a.code.value == "url-missing" for a in web.anomalies)


# ---------------------------------------------------------------------------
# a Sphinx page's References section of docutils citations
# ---------------------------------------------------------------------------

_SPHINX_PAGE = """\
Parsing
=======

The grammar follows [RFC9999]_ and the book by Roe [Roe2001]_.

References
==========

.. [RFC9999] J. Roe, Ed. and K. Lee, "A Protocol for Things", RFC 9999,
   DOI 10.17487/RFC9999, May 2026.

.. [Roe2001] K. Roe, *Grammars*. Boston: Example Press, 2001.

.. [Lee2003] K. Lee, *Parsers*. Boston: Example Press, 2003.
"""

# look-alike: a PEP-like page whose citations are defined with no References title
_PEP_PAGE = """\
Abstract
========

The C API is described in [c-api]_.

.. [c-api] Python C API reference, https://docs.python.org/3/c-api/
"""


def test_sphinx_references_section_is_the_literature() -> None:
    doc = rst.read(_SPHINX_PAGE)
    assert [e.label for e in doc.literature] == ["RFC9999", "Roe2001", "Lee2003"]
    assert {n.label for n in doc.footnotes} == {"RFC9999", "Roe2001"}


def test_citations_outside_a_references_section_are_notes_only() -> None:
    doc = rst.read(_PEP_PAGE)
    assert doc.literature == ()
    assert [n.label for n in doc.footnotes] == ["c-api"]


# ---------------------------------------------------------------------------
# a fediverse handle is no Pandoc citation
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "cites"),
    [
        ("Garnier, L. [@lgarnier@piaille.fr]. (2023). *Post* [Publication].", False),
        ("Doe [@doe@mastodon.social] wrote it.", False),
        ("As shown [@doe2020; @roe2021].", True),
        ("As shown [see @doe2020, p. 3].", True),
    ],
)
def test_fediverse_handles(text: str, cites: bool) -> None:
    assert (PANDOC_CITATION.search(text) is not None) is cites


# ---------------------------------------------------------------------------
# growth
# ---------------------------------------------------------------------------

Line = Callable[[int], str]
LINES = [
    pytest.param(lambda n: "a" * n, id="one-long-word"),
    pytest.param(lambda n: "ISO " * (n // 4), id="bodies"),
    pytest.param(lambda n: "ISO 1" + "1.1" * (n // 3), id="long-number"),
    pytest.param(lambda n: "[@a" * (n // 3), id="open-citations"),
    pytest.param(lambda n: "[Video " * (n // 7), id="open-descriptions"),
    pytest.param(lambda n: "*T* (Tech " + "A " * (n // 2), id="numbered-words"),
    pytest.param(lambda n: "In: " + "A" * (n - 4), id="event-host"),
]


@pytest.mark.parametrize("line", LINES)
def test_new_patterns_are_linear(line: Line) -> None:
    assert_linear(
        lambda text: (
            designation_titled(text),
            names_specification_series(text, None),
            PANDOC_CITATION.search(text),
            parse_reference("ROE, K. Title. " + text, [1]),
        ),
        line,
    )
