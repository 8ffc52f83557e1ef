"""Fix 47h: an HTML page's reference list found by its shape under its last heading, in a
language no list of headings holds (:mod:`bibcheck.readers.shapedlist`, as docx and odt
read it); entry-shaped paragraphs there not read as a list are an anomaly.  Own text."""

from __future__ import annotations

import pytest

from bibcheck.readers import html

_BODY = (
    "<p>Utafiti wa Mwangi (2015) na Ochieng (2018) unaonyesha kuwa mtama hustawi vizuri "
    "katika maeneo kame. Kwa mujibu wa Barasa (2012), wakulima hupanda mapema.</p>"
)
_NOTE = "<p>Tazama<sup><a href='#fn1'>1</a></sup>.</p><p id='fn1'>Maelezo ya mwandishi.</p>"
_ENTRIES = (
    "Barasa, P. (2012). Mtama katika Afrika Mashariki. Nairobi: Jomo Press.",
    "Mwangi, K. (2015). Mavuno ya mtama. Arusha: Mkuki na Nyota.",
    "Ochieng, L. (2018). Kilimo na mvua. Kampala: Fountain Publishers.",
)


def _page(heading: str, entries: tuple[str, ...], *, tag: str = "p", body: str = _BODY) -> str:
    if tag == "li":
        listed = "<ul>" + "".join(f"<li>{e}</li>" for e in entries) + "</ul>"
    else:
        listed = "".join(f"<{tag}>{e}</{tag}>" for e in entries)
    return (
        "<html><body><article><h1>Kilimo cha mtama</h1>\n"
        f"{body}\n<h2>{heading}</h2>\n{listed}\n</article></body></html>"
    )


@pytest.mark.parametrize(
    ("page", "count"),
    [
        (_page("Marejeo", _ENTRIES), 3),  # Swahili
        (_page("Manazarta", _ENTRIES, tag="li"), 3),  # Hausa
        (_page("Pukyukuna", _ENTRIES, tag="div"), 3),  # Quechua
        (_page("Marejeo", _ENTRIES).replace("\n", ""), 3),  # one line of HTML
    ],
)
def test_entries_under_an_unknown_heading_are_read(page: str, count: int) -> None:
    doc = html.read(page)
    assert len(doc.literature) == count
    assert doc.literature[0].text.startswith("Barasa")


def test_prose_after_a_last_heading_is_no_list() -> None:
    prose = (
        "Wakulima wa Mwangi walipanda mtama mwaka 2015 na mavuno yalikuwa mazuri sana.",
        "Barasa alisema mwaka 2012 kwamba mvua ilichelewa katika eneo lote la kaskazini.",
        "Ochieng aliongeza mwaka 2018 kwamba bei ya mbegu ilipanda kwa kiasi kikubwa.",
    )
    doc = html.read(_page("Hitimisho", prose, body=_BODY + _NOTE))
    assert not doc.literature
    assert not any("Hitimisho" in a.message for a in doc.anomalies)
