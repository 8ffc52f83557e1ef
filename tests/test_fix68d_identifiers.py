"""Identifiers in the link rows medical reference lists end with, and RIS's type-dependent
tags (fix68d).

1. Entries copied from PubMed or a journal's page end with a row of ids or buttons
   (``PMID: …; PMCID: PMC….``, ``[PubMed: …]``, ``Article  PubMed  Google Scholar``,
   ``[DOI] [PMC free article] [PubMed] [Google Scholar]``, ``Epub 2018 Nov 5.``): every
   reader (HTML, Markdown, plain text, PDF text, DOCX) fills ``pmid``/``pmcid``/``doi``
   from the row, keeps the cited link as the ``url``, never a Google Scholar search, and
   no button's word is a title or a journal.
2. RIS's ``C1``–``C8``, ``M3``/``L3``/``N1`` DOIs and ``LK`` read per record type as
   EndNote, Zotero and Mendeley write them; the others set aside with their meaning; the
   RIS export writes back what was read.
"""

from __future__ import annotations

import io
import zipfile
from datetime import date
from xml.sax.saxutils import escape

import pytest

from bibcheck.export.ris import works_to_ris
from bibcheck.export.works import Work
from bibcheck.manuscript import parse_bytes
from bibcheck.model import Reference, RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.parse.references.identifiers import Identifiers, identifiers_in
from bibcheck.parse.references.link_row import without_link_row
from bibcheck.parse.references.lookup_links import is_lookup
from bibcheck.parse.references.ris import records
from bibcheck.parse.references.ris import to_reference as ris_reference
from bibcheck.readers.risfile import read_at

# ---------------------------------------------------------------------------
# 1a. the pieces: labels, links, rows
# ---------------------------------------------------------------------------

_ENTREZ = (
    "http://www.ncbi.nlm.nih.gov/entrez/query.fcgi?cmd=Retrieve&db=PubMed"
    "&dopt=Abstract&list_uids=27712345"
)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # NIH author manuscripts: "[PubMed: …]" and "[PubMed Central: PMC…]"
        ("Title. Diabetes Care. 2019;42:401-8. [PubMed: 30612345] [PubMed Central: PMC6401234]",
         Identifiers(pmid="30612345", pmcid="PMC6401234")),
        ("Title. Gut. 2014;63:1-9. PubMed：24312345", Identifiers(pmid="24312345")),
        # Springer's and Nature's "PubMed" button: Entrez's list_uids
        (f"Title. Nature 1, 2 (2016). <{_ENTREZ}>", Identifiers(pmid="27712345")),
        # PMC's page of the work looked up by its PMID
        ("Title. <https://www.ncbi.nlm.nih.gov/pmc/articles/pmid/27712345/>",
         Identifiers(pmid="27712345")),
        ("Title. <https://pmc.ncbi.nlm.nih.gov/articles/pmid/27712345/>",
         Identifiers(pmid="27712345")),
        # "PubMed" and a year without the label's colon: no id; the labelled one is
        ("A PubMed 2019 search found 12 trials [PubMed: 30612345].",
         Identifiers(pmid="30612345")),
    ],
)  # fmt: skip
def test_pubmed_labels_and_links(text: str, want: Identifiers) -> None:
    assert identifiers_in(text) == want


@pytest.mark.parametrize(
    ("url", "lookup"),
    [
        ("https://scholar.google.com/scholar_lookup?title=Salt+and+stroke&author=R+Novak", True),
        ("http://scholar.google.com/scholar?q=Global+pollinator+declines", True),
        ("https://scholar.google.de/scholar_lookup?journal=Gut&volume=63", True),
        ("https://www.ncbi.nlm.nih.gov/pubmed/?term=Novak+R%5BAuthor%5D", True),
        ("https://pubmed.ncbi.nlm.nih.gov/?term=salt+stroke", True),
        ("https://search.crossref.org/?q=salt+stroke", True),
        # the index itself, a record of the work: no search
        ("https://scholar.google.com/", False),
        ("https://pubmed.ncbi.nlm.nih.gov/28765432/", False),
        ("https://www.ncbi.nlm.nih.gov/pmc/articles/PMC5712345/", False),
        ("https://doi.org/10.1161/STROKEAHA.117.017001", False),
    ],
)
def test_lookup_links(url: str, lookup: bool) -> None:
    assert is_lookup(url) is lookup


@pytest.mark.parametrize(
    ("rest", "want"),
    [
        ("Potts SG. Title. Trends Ecol Evol 25, 345–353 (2010). Article  CAS  PubMed  "
         "PubMed Central  Google Scholar", "Potts SG. Title. Trends Ecol Evol 25, 345–353 (2010)."),
        ("Smith J. Title. Circulation. 2015;131:e29–322. PubMed | Google Scholar | Crossref",
         "Smith J. Title. Circulation. 2015;131:e29–322."),
        ("Smith J. Title. BMJ. 2016;352:i12. [PubMed] [Google Scholar] [CrossRef]",
         "Smith J. Title. BMJ. 2016;352:i12."),
        ("Smith J. Title. Lancet. 2019;1:2-3. Web of Science® Google Scholar",
         "Smith J. Title. Lancet. 2019;1:2-3."),
        # PubMed's e-publication date: cut when the printed issue's year stays
        ("Baker L. Title. Age Ageing. 2019;48(2):201-8. Epub 2018 Nov 5.",
         "Baker L. Title. Age Ageing. 2019;48(2):201-8."),
        ("Baker L. Title. PLoS One. 2020;15(1):e0227. eCollection 2020.",
         "Baker L. Title. PLoS One. 2020;15(1):e0227."),
        ("Baker L. Title. Lancet. 2023;401:1-9. [Epub ahead of print]",
         "Baker L. Title. Lancet. 2023;401:1-9."),
        # the row's words alone, no index among them: the entry's own ("Abstract")
        ("Baker L. Proceedings of the congress. 2019. Abstract",
         "Baker L. Proceedings of the congress. 2019. Abstract"),
        # a title that names an index is no row (it is followed by the rest of the entry)
        ("Baker L. Google Scholar as a source. J Doc. 2019;75:1-9.",
         "Baker L. Google Scholar as a source. J Doc. 2019;75:1-9."),
        # the e-publication date alone: the only year, kept
        ("Baker L. Title. Lancet. Epub 2023 Mar 2.", "Baker L. Title. Lancet. Epub 2023 Mar 2."),
    ],
)  # fmt: skip
def test_without_link_row(rest: str, want: str) -> None:
    assert without_link_row(rest) == want


@pytest.mark.parametrize(
    ("text", "title", "host", "year"),
    [
        # Nature's style with Springer's buttons copied after it
        ("Potts, S. G. et al. Global pollinator declines: trends, impacts and drivers. "
         "Trends Ecol. Evol. 25, 345–353 (2010). Article PubMed Google Scholar",
         "Global pollinator declines: trends, impacts and drivers", "Trends Ecol. Evol.", 2010),
        ("Potts, S. G. et al. Global pollinator declines: trends, impacts and drivers. "
         "Trends Ecol. Evol. 25, 345–353 (2010). [PubMed] [Google Scholar] [CrossRef]",
         "Global pollinator declines: trends, impacts and drivers", "Trends Ecol. Evol.", 2010),
        # a Markdown copy of PMC's buttons: the Scholar search is no url
        ("Lindgren A, Saito K. Vitamin D and falls. Age Ageing. 2018;47(2):201-8. "
         "[Google Scholar](https://scholar.google.com/scholar_lookup?title=Vitamin+D)",
         "Vitamin D and falls", "Age Ageing", 2018),
    ],
)  # fmt: skip
def test_row_words_are_no_fields(text: str, title: str, host: str, year: int) -> None:
    ref = parse_reference(text, (1,), detect_styles=True)
    assert (ref.title, ref.host, ref.year, ref.url) == (title, host, year, None)
    assert ref.kind is RefKind.ARTICLE


def test_epub_year_is_not_the_year_without_style_detection() -> None:
    text = "Baker L, Cole M. Falls in care homes. Age Ageing. 2019;48(2):201-8. Epub 2018 Nov 5."
    assert parse_reference(text, (1,), detect_styles=False).year == 2019


# ---------------------------------------------------------------------------
# 1b. every reader
# ---------------------------------------------------------------------------

_PUBMED = "https://pubmed.ncbi.nlm.nih.gov/29112233/"
_PMC = "https://www.ncbi.nlm.nih.gov/pmc/articles/PMC5712345/"
_SCHOLAR = "https://scholar.google.com/scholar_lookup?journal=Age+Ageing&title=Vitamin+D"
_DOI = "https://doi.org/10.1016/j.tree.2010.01.007"

# (entry text, pmid, pmcid, doi, url, title, host, year)
_TEXT_ENTRIES = [
    ("Adams J, Brook K. Sleep and insulin in adolescents. Diabetes Care. 2019;42(3):401-8. "
     "[PubMed: 30612345] [PubMed Central: PMC6401234]",
     "30612345", "PMC6401234", None, None, "Sleep and insulin in adolescents", 2019),
    ("Baker L, Cole M. Falls in care homes. Age Ageing. 2019;48(2):201-8. "
     "doi: 10.1093/ageing/afy123. Epub 2018 Nov 5. PMID: 30412345; PMCID: PMC6401299.",
     "30412345", "PMC6401299", "10.1093/ageing/afy123", None, "Falls in care homes", 2019),
    ("Potts, S. G. et al. Global pollinator declines: trends, impacts and drivers. "
     "Trends Ecol. Evol. 25, 345–353 (2010). Article PubMed Google Scholar",
     None, None, None, None, "Global pollinator declines: trends, impacts and drivers", 2010),
]  # fmt: skip
_BODY = "Sleep matters [1]. Falls happen [2]. Bees decline [3]."


def _refs(data: bytes, name: str, reader: str | None = None) -> list[Reference]:
    doc = parse_bytes(data, name, reader)
    refs = [e.reference for e in doc.literature if e.reference is not None]
    return refs or [fn.reference for fn in doc.footnotes if fn.reference is not None]


def _listed(head: str, numbered: str) -> str:
    lines = [f"{n}. {e[0]}" for n, e in enumerate(_TEXT_ENTRIES, start=1)]
    return f"{head}\n\n{_BODY}\n\n{numbered}\n\n" + "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    ("name", "text", "reader"),
    [
        ("paper.md", _listed("# Paper", "## References"), None),
        ("paper.txt", _listed("Paper", "References"), None),
        ("paper.txt", _listed("Paper", "References"), "pdf-text"),
    ],
)
def test_text_readers_fill_the_ids(name: str, text: str, reader: str | None) -> None:
    refs = _refs(text.encode(), name, reader)
    got = [(r.pmid, r.pmcid, r.doi, r.url, r.title, r.year) for r in refs]
    assert got == [e[1:] for e in _TEXT_ENTRIES]


_MD_LINKED = (
    "# Paper\n\nBones thin [1]. Guts vary [2].\n\n## References\n\n"
    "1. Jones K, Park S. Bone loss in astronauts. Bone. 2013;55:1-9. "
    f"[[PMC free article]({_PMC})] [[PubMed]({_PUBMED})] [[Google Scholar]({_SCHOLAR})]\n"
    "2. Ito K, Mori T. Gut flora in the elderly. Gut. 2014;63:1-9. "
    "[PubMed](https://pubmed.ncbi.nlm.nih.gov/24312345/) "
    "[Google Scholar](https://scholar.google.com/scholar_lookup?title=Gut+flora) "
    "[CrossRef](https://doi.org/10.1136/gutjnl-2013-305432)\n"
)


def test_markdown_buttons_scholar_never_the_url() -> None:
    first, second = _refs(_MD_LINKED.encode(), "paper.md")
    assert (first.pmid, first.pmcid, first.url) == ("29112233", "PMC5712345", _PMC)
    assert first.links == (_PUBMED,)
    assert (second.pmid, second.doi) == ("24312345", "10.1136/gutjnl-2013-305432")
    assert second.url == "https://doi.org/10.1136/gutjnl-2013-305432"
    for ref in (first, second):
        assert not any("scholar" in u for u in (ref.url or "", *ref.links))
        assert "Scholar" not in (ref.title or "") and "PubMed" not in (ref.host or "")


_HTML = (
    "<html><body><h1>Paper</h1><p>Bees <a href='#r1'>1</a>. Falls <a href='#r2'>2</a>. "
    "Hips <a href='#r3'>3</a>.</p><h2>References</h2><ol>"
    "<li id='r1'>Potts, S. G. et al. Global pollinator declines: trends, impacts and drivers. "
    f"Trends Ecol. Evol. 25, 345–353 (2010). <a href='{_DOI}'>Article</a> "
    f"<a href='{escape(_ENTREZ)}'>PubMed</a> "
    "<a href='http://www.ncbi.nlm.nih.gov/pmc/articles/PMC2812345'>PubMed Central</a> "
    "<a href='http://scholar.google.com/scholar_lookup?&amp;title=Global'>Google Scholar</a>"
    "</li><li id='r2'>Lindgren A, Saito K. Vitamin D and falls in care homes. Age Ageing. "
    f"2018;47(2):201-8. [<a href='{_PMC}'>PMC free article</a>] [<a href='{_PUBMED}'>PubMed"
    f"</a>] [<a href='{escape(_SCHOLAR)}'>Google Scholar</a>]</li>"
    "<li id='r3'>Cole M. Hip fractures in winter. Bone. 2012;50:1-9. "
    "<a href='https://scholar.google.com/scholar_lookup?title=Hip'>Google Scholar</a></li>"
    "</ol></body></html>"
)


def test_html_buttons() -> None:
    potts, lindgren, cole = _refs(_HTML.encode(), "paper.html")
    assert (potts.pmid, potts.pmcid, potts.doi, potts.url) == (
        "27712345", "PMC2812345", "10.1016/j.tree.2010.01.007", _DOI
    )  # fmt: skip
    assert potts.kind is RefKind.ARTICLE  # (a PubMed record is no sign of a web page)
    assert (lindgren.pmid, lindgren.pmcid, lindgren.url) == ("29112233", "PMC5712345", _PMC)
    assert (cole.url, cole.links, cole.title) == (None, (), "Hip fractures in winter")


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG = "http://schemas.openxmlformats.org/package/2006"


def _docx(paragraphs: list[list[str | tuple[str, str]]]) -> bytes:
    """A Word file of ``paragraphs``, each runs of text and (text, address) hyperlinks."""
    targets: list[str] = []
    body = ""
    for parts in paragraphs:
        inner = ""
        for part in parts:
            if isinstance(part, tuple):
                targets.append(part[1])
                run = f'<w:r><w:t xml:space="preserve">{escape(part[0])}</w:t></w:r>'
                inner += f'<w:hyperlink r:id="rL{len(targets)}">{run}</w:hyperlink>'
            else:
                inner += f'<w:r><w:t xml:space="preserve">{escape(part)}</w:t></w:r>'
        body += f"<w:p>{inner}</w:p>"
    rels = "".join(
        f'<Relationship Id="rL{i}" Type="{_R}/hyperlink" Target="{escape(u)}" '
        'TargetMode="External"/>'
        for i, u in enumerate(targets, start=1)
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr(
            "[Content_Types].xml",
            f'<?xml version="1.0"?><Types xmlns="{_PKG}/content-types"><Default '
            'Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/vnd.'
            'openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        )
        z.writestr(
            "_rels/.rels",
            f'<?xml version="1.0"?><Relationships xmlns="{_PKG}/relationships">'
            f'<Relationship Id="rId1" Type="{_R}/officeDocument" Target="word/document.xml"/>'
            "</Relationships>",
        )
        z.writestr(
            "word/_rels/document.xml.rels",
            f'<?xml version="1.0"?><Relationships xmlns="{_PKG}/relationships">{rels}'
            "</Relationships>",
        )
        z.writestr(
            "word/document.xml",
            f'<?xml version="1.0"?><w:document xmlns:w="{_W}" xmlns:r="{_R}"><w:body>{body}'
            "</w:body></w:document>",
        )
    return buf.getvalue()


def test_docx_buttons() -> None:
    data = _docx(
        [
            ["Falls happen [1]. Salt matters [2]. Bees decline [3]."],
            ["References"],
            ["1. Lindgren A, Saito K. Vitamin D and falls in care homes. Age Ageing. "
             "2018;47(2):201-8. [", ("PMC free article", _PMC), "] [", ("PubMed", _PUBMED),
             "] [", ("Google Scholar", _SCHOLAR), "]"],
            ["2. Novak R, Ahmed S. Salt and stroke in rural cohorts. Stroke. 2017;48(9):2401-7. ",
             ("Google Scholar", "https://scholar.google.com/scholar_lookup?title=Salt")],
            ["3. Potts, S. G. et al. Global pollinator declines: trends, impacts and drivers. "
             "Trends Ecol. Evol. 25, 345–353 (2010). ", ("Article", _DOI), " ",
             ("PubMed", _ENTREZ), " ", ("Google Scholar", "http://scholar.google.com/scholar?q=x")],
        ]
    )  # fmt: skip
    lindgren, novak, potts = _refs(data, "paper.docx")
    assert (lindgren.pmid, lindgren.pmcid, lindgren.url) == ("29112233", "PMC5712345", _PMC)
    assert lindgren.links == (_PUBMED,)
    assert (novak.url, novak.links) == (None, ())
    assert (potts.pmid, potts.doi, potts.url) == ("27712345", "10.1016/j.tree.2010.01.007", _DOI)
    assert (potts.title, potts.host, potts.kind) == (
        "Global pollinator declines: trends, impacts and drivers",
        "Trends Ecol. Evol.",
        RefKind.ARTICLE,
    )


# ---------------------------------------------------------------------------
# 2. RIS: the type-dependent tags
# ---------------------------------------------------------------------------


def _ris(kind: str, *lines: str) -> str:
    return "\n".join([f"TY  - {kind}", *lines, "ER  - ", ""])


def _one(text: str) -> Reference:
    doc = read_at(text, "refs.ris")
    assert len(doc.literature) == 1
    ref = doc.literature[0].reference
    assert ref is not None
    return ref


@pytest.mark.parametrize(
    ("kind", "lines", "want"),
    [
        # a journal article's article number (C7) in the pages' place
        ("JOUR", ("TI  - T", "C7  - e0213456"), {"pages": "e0213456"}),
        ("JOUR", ("TI  - T", "SP  - 11", "EP  - 19", "C7  - e0213456", "M3  - 10.5555/q1"),
         {"pages": "11-19", "doi": "10.5555/q1"}),
        ("EJOUR", ("TI  - T", "C7  - 102345"), {"pages": "102345"}),
        # PMCIDs where each type keeps them: JOUR C2, EJOUR C3, EBOOK/ECHAP C7
        ("EJOUR", ("TI  - T", "C3  - PMC6543210"), {"pmcid": "PMC6543210"}),
        ("EBOOK", ("TI  - T", "C7  - PMC6543210"), {"pmcid": "PMC6543210", "pages": None}),
        ("ECHAP", ("TI  - T", "C7  - PMC6543210"), {"pmcid": "PMC6543210"}),
        # a JOUR's C1 is a legal note, C6 a NIHMSID: no field
        ("JOUR", ("TI  - T", "C1  - Retracted in 2021", "C6  - NIHMS1234567",
                  "LK  - https://example.org/x"),
         {"pmcid": None, "place": None, "title": "T", "url": "https://example.org/x"}),
        # a conference: C1 where the proceedings were published, CY where it met; C3 the
        # proceedings' title when no T2 names them
        ("CONF", ("TI  - T", "C1  - Cham", "CY  - Lisbon", "C3  - Proc. of the Workshop"),
         {"place": "Cham", "host": "Proc. of the Workshop"}),
        ("CPAPER", ("TI  - T", "T2  - Proc. A", "C1  - New York, NY"),
         {"place": "New York, NY", "host": "Proc. A"}),
        ("CONF", ("TI  - T", "T2  - Proc. B", "C3  - Proc. C", "C1  - Cham"),
         {"host": "Proc. B", "place": "Cham"}),
        # a web page's or e-journal's date cited (C2) is the access date when no Y2 is
        ("ELEC", ("TI  - T", "UR  - https://example.org/p", "C1  - 2021", "C2  - 2021/03/03/"),
         {"access_date": date(2021, 3, 3)}),
        ("ELEC", ("TI  - T", "LK  - https://example.org/p", "Y2  - 2022/01/02/",
                  "C2  - 2021/03/03/"),
         {"access_date": date(2022, 1, 2), "url": "https://example.org/p"}),
        # a newspaper's issue (C2); a book's title prefix (C3)
        ("NEWS", ("TI  - T", "C1  - Opinion", "C2  - 41022"), {"issue": "41022"}),
        ("BOOK", ("TI  - Art of War", "C3  - The"), {"title": "The Art of War"}),
        ("CHAP", ("TI  - Art of War", "C3  - Pt. 2:", "C1  - 3"), {"title": "Pt. 2: Art of War"}),
        # DOIs written elsewhere than DO: M3 (older EndNote, ScienceDirect), L3, a note
        ("JOUR", ("TI  - T", "M3  - doi: 10.1016/j.x.2019.01.002"),
         {"doi": "10.1016/j.x.2019.01.002"}),
        ("JOUR", ("TI  - T", "M3  - Journal Article", "L3  - https://doi.org/10.5555/abc"),
         {"doi": "10.5555/abc"}),
        ("JOUR", ("TI  - T", "N1  - Export date: 2020. doi: 10.5555/xyz."), {"doi": "10.5555/xyz"}),
        ("JOUR", ("TI  - T", "DO  - 10.5555/own", "M3  - 10.5555/other", "C7  - e12"),
         {"doi": "10.5555/own", "pages": "e12"}),
        # EndNote's website link (LK) and a PDF online (L1)
        ("JOUR", ("TI  - T", "LK  - https://example.org/article"),
         {"url": "https://example.org/article"}),
        ("JOUR", ("TI  - T", "UR  - https://example.org/a", "LK  - https://example.org/b",
                  "L1  - https://example.org/a.pdf", "L1  - internal-pdf://a.pdf"),
         {"url": "https://example.org/a",
          "links": ("https://example.org/b", "https://example.org/a.pdf")}),
    ],
)  # fmt: skip
def test_type_dependent_tags(kind: str, lines: tuple[str, ...], want: dict[str, object]) -> None:
    ref = _one(_ris(kind, *lines))
    assert {name: getattr(ref, name) for name in want} == want


@pytest.mark.parametrize(
    ("kind", "lines", "ignored"),
    [
        ("JOUR", ("C1  - Note", "C6  - NIHMS1", "C2  - PMC1234567", "AN  - 31234567",
                  "DB  - PubMed", "M3  - Journal Article"),
         (("C1", "legal note"), ("C6", "NIHMSID"), ("DB", "name of database"),
          ("M3", "type of work"))),
        ("JOUR", ("AN  - WOS:000123", "DB  - Web of Science"),
         (("AN", "accession number"), ("DB", "name of database"))),
        ("CHAP", ("C1  - 3", "C4  - Roe, R.", "C5  - Paperback"),
         (("C1", "section"), ("C4", "reviewer"), ("C5", "packaging method"))),
        ("GEN", ("C8  - something",), (("C8", "custom 8"),)),
    ],
)  # fmt: skip
def test_tags_set_aside_with_their_meaning_and_no_noise(
    kind: str, lines: tuple[str, ...], ignored: tuple[tuple[str, str], ...]
) -> None:
    text = _ris(kind, "TI  - T", *lines)
    found = records(text)
    assert found.records[0].ignored() == ignored
    assert not read_at(text, "refs.ris").anomalies


# ---------------------------------------------------------------------------
# 2b. the RIS export writes back what was read
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (_ris("JOUR", "AU  - Okafor, Chidi", "TI  - Sleep and insulin", "T2  - BMC Endocr Disord",
              "PY  - 2019", "VL  - 18", "C7  - e0213456", "AN  - 31234567", "DB  - PubMed",
              "C2  - PMC6543210", "M3  - doi: 10.1186/s12902-019-0412-7",
              "UR  - https://example.org/sleep",
              "LK  - https://pubmed.ncbi.nlm.nih.gov/31234567/"),
         {"pages": "e0213456", "pmid": "31234567", "pmcid": "PMC6543210",
          "doi": "10.1186/s12902-019-0412-7", "url": "https://example.org/sleep",
          "links": ("https://pubmed.ncbi.nlm.nih.gov/31234567/",)}),
        (_ris("CONF", "AU  - Vidal, Ines", "TI  - Karst springs", "C3  - Proc. of Karst Days",
              "C1  - Cham", "CY  - Lisbon", "PY  - 2012"),
         {"host": "Proc. of Karst Days", "place": "Cham"}),
        (_ris("ELEC", "TI  - Salt facts", "UR  - https://example.org/salt",
              "C2  - 2021/03/03/", "PY  - 2020"),
         {"access_date": date(2021, 3, 3), "url": "https://example.org/salt"}),
        (_ris("NEWS", "TI  - Floods return", "T2  - The Daily", "C2  - 41022", "PY  - 2019"),
         {"issue": "41022", "host": "The Daily"}),
        (_ris("BOOK", "AU  - Sun, Tzu", "TI  - Art of War", "C3  - The", "PY  - 1910"),
         {"title": "The Art of War"}),
        (_ris("JOUR", "TI  - Two sites", "UR  - https://example.org/a",
              "UR  - https://example.org/b", "L2  - https://example.org/c"),
         {"url": "https://example.org/a",
          "links": ("https://example.org/b", "https://example.org/c")}),
    ],
)  # fmt: skip
def test_ris_round_trip(text: str, want: dict[str, object]) -> None:
    """Read, exported, read again: what the record's tags gave is kept."""
    first = ris_reference(records(text).records[0])
    work = Work("k", first, (), urldate=first.access_date)
    again = ris_reference(records(works_to_ris([work])).records[0])
    assert {n: getattr(first, n) for n in want} == want
    assert {n: getattr(again, n) for n in want} == want


_BLOCKS = (
    "<html><body><h1>Paper</h1><p>Bees <a href='#r1'>1</a>. Falls <a href='#r2'>2</a>.</p>"
    "<h2>References</h2><ol class='references'>"
    # PLOS's ul.reflinks: the PubMed/NCBI button in a block of its own
    "<li id='r1'>Potts SG, Biesmeijer JC. Global pollinator declines. Trends Ecol Evol. "
    "2010;25(6):345–353. <ul class='reflinks'><li><a href='https://doi.org/10.1016/j.tree.2010."
    "01.007'>View Article</a></li><li><a href='http://www.ncbi.nlm.nih.gov/pubmed/20188434'>"
    "PubMed/NCBI</a></li><li><a href='http://scholar.google.com/scholar?q=Global'>Google "
    "Scholar</a></li></ul></li>"
    # a page saved from PMC: its own links relative to its site
    "<li id='r2'>Baker L, Cole M. Falls in care homes. Age Ageing. 2019;48(2):201-8. "
    "<div class='ref-links'>[<a href='/articles/PMC6401234/'>PMC free article</a>] "
    "[<a href='/pubmed/30412345'>PubMed</a>] "
    "[<a href='https://scholar.google.com/scholar_lookup?title=Falls'>Google Scholar</a>]"
    "</div></li></ol></body></html>"
)


def test_html_button_blocks_keep_the_records() -> None:
    potts, baker = _refs(_BLOCKS.encode(), "paper.html")
    assert (potts.pmid, potts.doi, potts.url) == ("20188434", "10.1016/j.tree.2010.01.007",
                                                  "https://doi.org/10.1016/j.tree.2010.01.007")  # fmt: skip
    assert potts.links == ("http://www.ncbi.nlm.nih.gov/pubmed/20188434",)
    assert (baker.pmid, baker.pmcid) == ("30412345", "PMC6401234")
    assert baker.url == "https://pmc.ncbi.nlm.nih.gov/articles/PMC6401234/"
    assert baker.links == ("https://pubmed.ncbi.nlm.nih.gov/30412345/",)
    assert (baker.title, baker.host) == ("Falls in care homes", "Age Ageing")


@pytest.mark.parametrize(
    ("href", "shown", "want"),
    [
        ("/articles/PMC6401234/", "PMC free article", "https://pmc.ncbi.nlm.nih.gov/articles/PMC6401234/"),
        ("/pmc/articles/PMC6401234", "PubMed Central", "https://pmc.ncbi.nlm.nih.gov/articles/PMC6401234/"),
        ("/pubmed/30412345", "PubMed", "https://pubmed.ncbi.nlm.nih.gov/30412345/"),
        ("https://pubmed.ncbi.nlm.nih.gov/30412345/", "PubMed", "https://pubmed.ncbi.nlm.nih.gov/30412345/"),
        # a relative path whose button names no registry; a PubMed search; another site
        ("/articles/PMC6401234/", "Article", None),
        ("https://pubmed.ncbi.nlm.nih.gov/?term=falls", "PubMed", None),
        ("https://doi.org/10.5555/x", "CrossRef", None),
    ],
)  # fmt: skip
def test_registry_address(href: str, shown: str, want: str | None) -> None:
    from bibcheck.readers.htmlregistry import registry_address

    assert registry_address(href, shown) == want
