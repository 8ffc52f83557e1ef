"""Fix 50h: article pages of journal platforms and repositories (OJS, DSpace, EPrints,
Janeway) -- the reference list under the article's heading in any language, in paragraphs
or a class-styled list, with the platform's sidebar, "How to cite" box, licence and
related items after it; author-date citations of it, names with a prefix glued on (Nguni
``uCele``, ``kuka-Makwanyane``; Irish ``nGallchóir``); the platform's furniture no
citation and no entry.  Own text, in the patterns such pages write."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from bs4 import BeautifulSoup
from bs4.element import Tag

from bibcheck.errors import InputError
from bibcheck.parse.references import gost, parse_reference
from bibcheck.readers import html
from bibcheck.readers.authoryear import author_years, prefixed_name, spans
from bibcheck.readers.htmlfurniture import is_tool_link
from tests.test_regex_growth import assert_linear

# -- the article, in an invented Xhosa-like text; its list as paragraphs or items --------

_BODY = (
    "<p>Izifundo zikaNdlovu (2016) zibonisa ukuba umhlaba uyatshintsha (Botha 2011: 12). "
    "Njengoba uMaseko (2019) esitsho, abalimi bayasokola (Ndlovu 2016; Botha 2011).</p>"
)
_ENTRIES = (
    "Botha, A. 2011. <em>Umhlaba nomthetho</em>. Cape Town: Juta.",
    "Maseko, T. 2019. Abalimi basemaphandleni. <em>Journal of Rural Law</em> 7(2): 44–60.",
    "Ndlovu, S. &amp; Zulu, P. 2016. <em>Ilizwe lethu</em>. Pretoria: Van Schaik.",
)
_SIDEBAR = (
    "<div class='entry_details'><div class='item citation'><h2>How to Cite</h2>"
    "<div class='csl-bib-body'><div class='csl-entry'>Mkhize, L. (2022). Umhlaba "
    "wethu namhlanje. <i>Ijenali</i>, 3(1), 1–20. https://doi.org/10.5555/ij.v3i1.77"
    "</div></div><a href='https://ij.example.ac.za/citation/ris?id=77'>RIS</a></div>"
    "<div class='item copyright'><h2>License</h2><a rel='license' "
    "href='https://creativecommons.org/licenses/by/4.0/'>CC BY 4.0</a></div></div>"
)
_HEAD = (
    "<head><meta name='citation_title' content='Umhlaba wethu namhlanje'>"
    "<meta name='DC.Identifier.DOI' content='10.5555/ij.v3i1.77'>"
    "<meta name='citation_pdf_url' content='https://ij.example.ac.za/article/77/pdf'></head>"
)


def _page(heading: str, listed: str, after: str = _SIDEBAR) -> str:
    return (
        f"<html>{_HEAD}<body><header class='site-header'><a href='https://ij.example.ac.za/'>"
        "Ijenali</a></header><div class='pkp_structure_content has_sidebar'><article>"
        f"<h1>Umhlaba wethu namhlanje</h1><h2>Intshayelelo</h2>{_BODY}"
        f"<h2>{heading}</h2>{listed}{after}</article></div>"
        "<footer><p>© Ijenali</p></footer></body></html>"
    )


_PARAS = "".join(f"<p>{e}</p>" for e in _ENTRIES)
_HANGING = "<ul class='hanging'>" + "".join(f"<li>{e}</li>" for e in _ENTRIES) + "</ul>"
_UNSORTED = "".join(f"<p>{e}</p>" for e in reversed(_ENTRIES))


@pytest.mark.parametrize(
    "page",
    [
        _page("Iimbekiselo", _PARAS),  # paragraphs, platform furniture after them
        _page("Ngā Rauemi", _HANGING),  # a class-styled list
        _page("Metswedi", _PARAS, after=_SIDEBAR + "<h3>Related items</h3><ul><li>x</li></ul>"),
    ],
)
def test_a_list_under_the_articles_heading_before_the_platforms_furniture(page: str) -> None:
    doc = html.read(page)
    assert [e.text.split(",")[0] for e in doc.literature] == ["Botha", "Maseko", "Ndlovu"]
    # "(Botha 2011: 12)", "zikaNdlovu (2016)", "uMaseko (2019)", "(Ndlovu 2016; Botha 2011)"
    assert sorted(m.label for m in doc.markers) == ["1", "1", "2", "3", "3"]
    # the "How to cite" entry of the page itself is no entry, its links no citation
    assert not any("Mkhize" in e.text for e in doc.literature)
    assert not any("ij.example.ac.za" in n.text for n in doc.link_notes)


def test_a_list_out_of_order_is_told_not_read() -> None:
    # (nothing else to read on the page: the refusal says what was not read -- not the
    # page's own "How to cite" entry)
    with pytest.raises(InputError) as refused:
        html.read(_page("Iimbekiselo", _UNSORTED))
    assert "'Iimbekiselo' holds 3 items" in str(refused.value)
    assert "csl-bib-body" not in str(refused.value)


def test_a_sorted_list_in_the_sidebar_is_no_reference_list() -> None:
    related = (
        "<div class='pkp_structure_sidebar'><h2>Izinto ezihambelanayo</h2>" + _PARAS + "</div>"
    )
    page = _page(
        "Isiphelo",
        "<p>Sigqibe apha (<a href='https://stats.example.org/land'>iinkcukacha</a>).</p>",
    )
    page = page.replace("<footer><p>", related + "<footer><h2>Qhagamshelana</h2><p>")
    doc = html.read(page)
    assert not doc.literature


def test_a_named_list_of_other_works_is_still_read() -> None:
    listed = (
        "<div class='csl-bib-body'>"
        + "".join(f"<div class='csl-entry'>{e}</div>" for e in _ENTRIES)
        + "</div>"
    )
    page = f"<html>{_HEAD}<body><article><h1>Umhlaba</h1>{_BODY}{listed}</article></body></html>"
    doc = html.read(page)
    assert len(doc.literature) == 3


# -- a prefix glued to a cited name --------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "stem"),
    [
        ("uCele", "Cele"),
        ("kaBennett", "Bennett"),
        ("ngokukaBennett", "Bennett"),
        ("kuka-Makwanyane", "Makwanyane"),
        ("lika-Dlamini", "Dlamini"),
        ("nGallchóir", "Gallchóir"),
        ("hÉireann", "Éireann"),
        # no prefix: the word as it is
        ("Cele", None),
        ("McDonald", None),
        ("van", None),
        ("ukuthi", None),
        ("u-", None),
    ],
)
def test_prefixed_name(word: str, stem: str | None) -> None:
    assert prefixed_name(word) == stem


_INDEX = author_years(
    [
        ("1", "Cele, N. 2020. Ubufakazi. Obiter 41(2): 233–250."),
        ("2", "Makwanyane, T. 1995. Title. Juta."),
    ]
)


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("Njengoba uCele (2020: 241) ephawula, izinkantolo ziyasokola.", ["1"]),
        ("Ngemva kuka-Makwanyane (1995) izinto zashintsha.", ["2"]),
        ("Njengoba uCele (2019) ephawula", []),  # another year: no entry
        ("Njengoba uMolefe (2020) ephawula", []),  # no listed name after the prefix
        ("the iPhone (2020) sold well", []),
    ],
)
def test_a_prefixed_name_cites_its_entry(text: str, labels: list[str]) -> None:
    assert [label for _, _, label in spans(text, _INDEX)] == labels


# -- an author-date entry with an edition is no GOST -----------------------------------------


@pytest.mark.parametrize(
    ("text", "dashless"),
    [
        ("Naudé, P. 2010. Ubuntu and law. 2nd ed. Durban: LexisNexis.", False),
        ("Smit, D. (ed). 2018. Legal pluralism. 5th ed. Durban: LexisNexis.", False),
        ("Smit, D. (2018). Legal pluralism. 5th ed. Durban: LexisNexis.", False),
        # GOST without area dashes: still GOST
        ("Иванов И. И. Название книги. 2-е изд. Москва : Наука, 2020. 200 с.", True),
        ("Petrov, I. I. Title of a book. 2nd ed. Moscow: Nauka, 2020.", True),
    ],
)
def test_a_year_after_the_names_is_author_date(text: str, dashless: bool) -> None:
    assert gost.looks_dashless(text) is dashless


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Smit, D. (ed). 2018. Legal Pluralism in Southern Africa. 5th ed. Durban: LexisNexis.",
            "Legal Pluralism in Southern Africa",
        ),
        (
            "Naudé, P. W. 2010. Ubuntu and the Law. 2nd ed. Cape Town: Juta.",
            "Ubuntu and the Law",
        ),
    ],
)
def test_an_author_date_book_with_an_edition_keeps_its_title(text: str, title: str) -> None:
    assert parse_reference(text, [1], detect_styles=True).title == title


@pytest.mark.parametrize(
    ("text", "authors", "title"),
    [
        # a single initial "C." before the year: no command paper "C. 2018"
        (
            "Rautenbach, C. 2018. Legal Pluralism in South Africa. Durban: LexisNexis.",
            ("Rautenbach, C.",),
            "Legal Pluralism in South Africa",
        ),
        # command papers: still read as such
        (
            "Report of the Royal Commission on Labour, C. 7421 (London: HMSO, 1894).",
            (),
            "Report of the Royal Commission on Labour",
        ),
        ("Education, Cmnd 3703, 1968.", (), "Education"),
    ],
)
def test_an_initial_c_and_a_year_is_no_command_paper(
    text: str, authors: tuple[str, ...], title: str
) -> None:
    ref = parse_reference(text, [1], detect_styles=True)
    assert (ref.authors, ref.title) == (authors, title)


# -- the platform's buttons ---------------------------------------------------------------


def _linking(links: str) -> str:
    return (
        f"<html>{_HEAD}<body><header><a href='https://ij.example.ac.za/'>Ijenali</a></header>"
        f"<article><h1>Umhlaba</h1><p>Bona ingxelo {links} ngomhlaba.</p></article>"
        "</body></html>"
    )


@pytest.mark.parametrize(
    ("links", "cited"),
    [
        ("<a href='https://ij.example.ac.za/article/77/pdf'>Download PDF (1.4 MB)</a>", []),
        ("<a href='https://ij.example.ac.za/article/view/77/80'>PDF</a>", []),
        ("<a href='https://doi.org/10.5555/ij.v3i1.77'>doi</a>", []),
        # another site's report, shown as "PDF": a citation
        (
            "<a href='https://stats.example.org/report-2020.pdf'>PDF</a>",
            ["https://stats.example.org/report-2020.pdf"],
        ),
        (
            "<a href='https://stats.example.org/land'>land statistics</a>",
            ["https://stats.example.org/land"],
        ),
    ],
)
def test_platform_buttons_are_no_link_citations(links: str, cited: list[str]) -> None:
    doc = html.read(_linking(links + " <a href='https://other.example.net/x'>x</a>"))
    got = [n.reference.url for n in doc.link_notes if n.reference is not None]
    assert got == [*cited, "https://other.example.net/x"]


# -- the new patterns stay linear on long and hostile lines --------------------------------

_LINES = [
    pytest.param(lambda n: "a" * n, id="one-long-word"),
    pytest.param(lambda n: "ab " * (n // 3), id="short-words"),
    pytest.param(lambda n: "uka-" * (n // 4), id="prefixes"),
    pytest.param(lambda n: "u" + "C" * (n - 1), id="capitals"),
    pytest.param(lambda n: "(ed). " * (n // 6), id="roles"),
    pytest.param(lambda n: "Smith, A. 2010. " * (n // 16), id="entries"),
    pytest.param(lambda n: "download full text " * (n // 19), id="buttons"),
]


@pytest.mark.parametrize("line", _LINES)
def test_new_patterns_are_linear(line: Callable[[int], str]) -> None:
    assert_linear(prefixed_name, line)
    assert_linear(gost.looks_dashless, line)
    assert_linear(lambda text: is_tool_link(_anchor(text)), line)
    assert_linear(lambda text: spans(f"{text} uCele (2020)", _INDEX), line)


def _anchor(text: str) -> Tag:
    a = BeautifulSoup(f"<a href='/x'>{text}</a>", "html.parser").a
    assert isinstance(a, Tag)
    return a
