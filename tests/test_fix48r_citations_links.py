"""docutils citations as the literature list beside a note apparatus (whatever title, or
none, stands over them), emphasised titles holding slashes, autolinks as link citations and
newsletter sign-up links as no citations.  Fixtures written for this test."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibcheck.analyse import analyse_document
from bibcheck.manuscript import parse_file
from bibcheck.model import AnomalyCode, FindingKind
from bibcheck.parse.references import parse_reference
from bibcheck.readers.links import CHROME_URL
from bibcheck.readers.mdlinks import autolinks_as_links
from bibcheck.readers.mdlinks import read as read_links
from bibcheck.readers.rst import read as read_rst

BODY = """Umiliki wa ardhi
================

Sheria ya mwaka 1999 ilibadilisha umiliki [#]_, kama Mushi anavyoeleza
[Mushi2005]_ na Okello [Okello2012]_.

.. [#] *Sheria ya Ardhi ya Vijiji Na. 5/1999*, Dodoma, 1999.
"""

ENTRIES = """.. [Mushi2005] Mushi, Asha. 2005. *Ardhi na jamii vijijini*. Dar es Salaam : Mkuki.
.. [Okello2012] Okello, John. 2012. *Land and law in East Africa*. Nairobi : Zed.
"""


@pytest.mark.parametrize(
    "between",
    [
        "\nVitabu\n======\n\n",  # a title in the document's language
        "\nReferences\n==========\n\n",
        "\n.. rubric:: Marejeo\n\n",
        "\n",  # no title at all: the definitions end the document
    ],
    ids=["foreign-title", "references", "rubric", "untitled"],
)
def test_citation_definitions_beside_footnotes_are_the_list(between: str) -> None:
    doc = read_rst(BODY + between + ENTRIES)
    assert [n.text.split(".")[0] for n in doc.literature] == ["Mushi, Asha", "Okello, John"]
    assert [m.label for m in doc.markers] == ["1", "Mushi2005", "Okello2012"]
    assert {"1", "Mushi2005", "Okello2012"} <= {n.label for n in doc.footnotes}


def test_citations_alone_stay_the_notes() -> None:
    """No footnotes: the citations are the notes, read once (a PEP's ``[c-api]_``)."""
    doc = read_rst(BODY.replace("[#]_", "").split(".. [#]")[0] + "\nVitabu\n======\n\n" + ENTRIES)
    assert not doc.literature
    assert [n.label for n in doc.footnotes] == ["Mushi2005", "Okello2012"]


def test_an_uncited_citation_definition_is_an_uncited_entry(tmp_path: Path) -> None:
    page = tmp_path / "ardhi.rst"
    page.write_text(
        BODY.replace(" na Okello [Okello2012]_", "") + "\nVitabu\n======\n\n" + ENTRIES,
        encoding="utf-8",
    )
    doc = parse_file(page)
    assert len(doc.literature) == 2
    kinds = [f.kind for f in analyse_document(doc, {}, {})]
    assert kinds.count(FindingKind.UNCITED_LITERATURE_ENTRY) == 1
    assert FindingKind.MISSING_LITERATURE_ENTRY not in kinds
    codes = [a.code for a in doc.all_anomalies()]
    assert AnomalyCode.NO_LITERATURE_LIST not in codes


@pytest.mark.parametrize(
    ("text", "title", "year"),
    [
        (
            "*Sheria ya Ardhi Na. 5/1999 kuhusu vijiji*, Dodoma, 1999.",
            "Sheria ya Ardhi Na. 5/1999 kuhusu vijiji",
            1999,
        ),
        (
            "*Arrêté 45/PM/SG portant code rural du Niger*, Niamey, 2004.",
            "Arrêté 45/PM/SG portant code rural du Niger",
            2004,
        ),
        (
            "_Arrêté 45/PM/SG portant code rural du Niger_, Niamey, 2004.",
            "Arrêté 45/PM/SG portant code rural du Niger",
            2004,
        ),
        (
            "/Arrêté 45/PM/SG portant code rural du Niger/, Niamey, 2004.",
            "Arrêté 45/PM/SG portant code rural du Niger",
            2004,
        ),
        ("_Ley n_o 7 de aguas y riegos_, Lima, 2010.", "Ley n_o 7 de aguas y riegos", 2010),
        ("/Orders on water and land/, Lima, 2010.", "Orders on water and land", 2010),
    ],
    ids=[
        "star-slashes",
        "star-many-slashes",
        "underscore-slashes",
        "org-slashes",
        "inner-underscore",
        "org-plain",
    ],
)
def test_an_emphasised_title_ends_at_its_own_mark(text: str, title: str, year: int) -> None:
    ref = parse_reference(text, [1], detect_styles=True, note=True)
    assert ref.title == title
    assert ref.year == year


@pytest.mark.parametrize(
    ("definition", "title"),
    [
        (
            "*Arrêté 45/PM/SG portant code rural*, Niamey, 2004.",
            "Arrêté 45/PM/SG portant code rural",
        ),
        (
            "*Arrêté 45/PM/SG\n   portant code rural*, Niamey, 2004.",
            "Arrêté 45/PM/SG portant code rural",
        ),
        (
            "`Arrêté 45/PM/SG portant code rural <https://example.org/a>`_, 2004.",
            "Arrêté 45/PM/SG portant code rural",
        ),
        (
            ":title:`Arrêté 45 portant code rural du Niger`. Niamey, 2004.",
            "Arrêté 45 portant code rural du Niger",
        ),
    ],
    ids=["emphasis", "emphasis-wrapped", "link", "interpreted"],
)
def test_rst_note_fields_carry_no_markup(definition: str, title: str) -> None:
    doc = read_rst(f"Haki\n====\n\nSheria [#]_.\n\n.. [#] {definition}\n")
    (note,) = doc.footnotes
    assert "`" not in note.text and ":title:" not in note.text
    ref = parse_reference(
        note.text, [1] * (note.text.count("\n") + 1), detect_styles=True, note=True
    )
    assert ref.title == title
    assert ref.year == 2004


@pytest.mark.parametrize(
    ("url", "chrome"),
    [
        ("https://mailchi.mp/shamba-blog/jiunge", True),
        ("http://eepurl.com/hQx1b", True),
        ("https://shamba.us7.list-manage.com/subscribe?u=4a&id=9c", True),
        ("https://tinyletter.com/shamba", True),
        ("https://buttondown.email/shamba", True),
        ("https://shamba.ck.page/jiunge", True),
        ("https://shamba.example.org/subscribe", True),
        ("https://shamba.example.org/sw/newsletter/", True),
        ("https://shamba.example.org/signup?from=footer", True),
        ("https://tinyletter.com/shamba/letters/toleo-3", False),
        ("https://buttondown.email/shamba/archive/toleo-4", False),
        ("https://shamba.example.org/newsletter/2021-05", False),
        ("https://shamba.example.org/habari/subscribers-grow", False),
        ("https://papers.example.org/newsletter-design.pdf", False),
    ],
)
def test_sign_up_addresses_are_chrome(url: str, chrome: bool) -> None:
    assert bool(CHROME_URL.match(url)) is chrome


@pytest.mark.parametrize(
    ("line", "written"),
    [
        (
            "see <https://a.example.org/r/1>, too",
            "see [https://a.example.org/r/1](https://a.example.org/r/1), too",
        ),
        (
            "a [link](<https://a.example.org/r/1>) stays",
            "a [link](<https://a.example.org/r/1>) stays",
        ),
        ("mail <mailto:x@example.org>", "mail <mailto:x@example.org>"),
        ("no address here", "no address here"),
    ],
    ids=["autolink", "angle-destination", "mailto", "none"],
)
def test_autolinks_as_links(line: str, written: str) -> None:
    assert autolinks_as_links(line) == written


POST = """---
title: "Bei ya mahindi"
---

Bei ilipanda mara mbili mwaka 2017 kwa mujibu wa ripoti ya FAO
<https://www.fao.example.org/giews/country/ken/2017>, kama [Wanjiru (2019)](https://journal.example.org/a/42)
alivyoonyesha.

**Jiunge na jarida letu:** [bonyeza hapa](https://mailchi.mp/shamba-blog/jiunge) ·
[barua pepe](https://shamba.example.org/sw/newsletter/)
"""


def test_autolinks_cite_and_sign_up_links_do_not() -> None:
    doc = read_links(POST)
    assert [m.label for m in doc.markers] == ["L1", "L2"]
    urls = [n.text for n in doc.footnotes]
    assert any("fao.example.org/giews" in u for u in urls)
    assert any("journal.example.org" in u for u in urls)
    assert not any("mailchi.mp" in u or "newsletter" in u for u in urls)


@pytest.mark.parametrize(
    ("name", "text"),
    [
        (
            "haki.org",
            "#+TITLE: Haki\n\nSheria ilibadilika[fn:1].\n\n* Footnotes\n"
            "[fn:1] /Arrêté 45/PM/SG portant code rural du Niger/, Niamey, 2004.\n",
        ),
        (
            "haki.adoc",
            "= Haki\n\nSheria ilibadilika.footnote:[_Arrêté 45/PM/SG portant code rural du"
            " Niger_, Niamey, 2004.]\n",
        ),
    ],
    ids=["org", "asciidoc"],
)
def test_lightweight_markup_titles_with_slashes(tmp_path: Path, name: str, text: str) -> None:
    page = tmp_path / name
    page.write_text(text, encoding="utf-8")
    (note,) = parse_file(page).footnotes
    assert note.reference is not None
    assert note.reference.title == "Arrêté 45/PM/SG portant code rural du Niger"
    assert note.reference.year == 2004
