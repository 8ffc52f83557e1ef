"""HTML pages whose bibliography is a citeproc ``div.csl-bib-body`` (Pandoc 3 with
``--citeproc``: ``role="list"``/``role="listitem"``; Pandoc 2: ``role="doc-bibliography"``;
citeproc-js and Zotero's "Create Bibliography": no role, numbered spans perhaps) under a
heading in any language or none: every entry is read, also those the text's
``<span class="citation" data-cites>`` point at, and a ``———.`` entry has the authors of
the one before.  A caseless-script entry with inverted names, a quoted title and an italic
journal is an article.  Pages and entries written for the tests in those patterns."""

from __future__ import annotations

import pytest

from bibcheck.analyse import analyse_document
from bibcheck.manuscript import parse_bytes
from bibcheck.model import FindingKind, RefKind
from bibcheck.parse.references import parse_reference

# (key, entry HTML, authors after the repeated-author rule, year)
_LATIN = [
    (
        "okafor2003",
        "Okafor, Chidi. 2003. <em>Harbours of the Bight</em>. Ibadan: Lantern.",
        ("Okafor, Chidi",),
        2003,
    ),
    (
        "okafor2011",
        "———. 2011. “Tide Tables as Archives.” <em>Coastal History</em> 7 (1): 40–58.",
        ("Okafor, Chidi",),
        2011,
    ),
    (
        "okafor2019",
        "---. 2019. <em>Salt and Ledger</em>. Accra: Sankofa Books.",
        ("Okafor, Chidi",),
        2019,
    ),
    (
        "vance2015",
        "Vance, Ilse. 2015. <em>Ports Without Cranes</em>. Leiden: Brill.",
        ("Vance, Ilse",),
        2015,
    ),
]
_CYRILLIC = [
    (
        "sokolova2004",
        "Соколова, Вера. 2004. <em>Северные промыслы</em>. Архангельск: Поморье.",
        ("Соколова, Вера",),
        2004,
    ),
    (
        "sokolova2012",
        "———. 2012. <em>Карбасы и шняки</em>. Мурманск: Полярная звезда.",
        ("Соколова, Вера",),
        2012,
    ),
    (
        "gromov2018",
        "Громов, Пётр. 2018. <em>Беломорские тони</em>. Петрозаводск: Карелия.",
        ("Громов, Пётр",),
        2018,
    ),
]
_ARABIC_SCRIPT = [
    (
        "qadiri2007",
        "قادىرى، نۇرگۈل. 2007. <em>دېھقانچىلىق تارىخى</em>. قەشقەر: قەشقەر نەشرىياتى.",
        ("قادىرى، نۇرگۈل",),
        2007,
    ),
    (
        "qadiri2014",
        "——. 2014. <em>سۇ ۋە يەر</em>. ئۈرۈمچى: مىللەتلەر نەشرىياتى.",
        ("قادىرى، نۇرگۈل",),
        2014,
    ),
    (
        "hoshur2016",
        "Hoshur, Emet. 2016. <em>Oasis Irrigation</em>. Almaty: Steppe Press.",
        ("Hoshur, Emet",),
        2016,
    ),
]


def _entries(rows: list[tuple[str, str, tuple[str, ...], int]], role: bool, spans: bool) -> str:
    out = []
    for i, (key, entry, _, _) in enumerate(rows, start=1):
        attrs = f'id="ref-{key}" class="csl-entry"' + (' role="listitem"' if role else "")
        body = (
            f'<div class="csl-left-margin">{i}. </div><div class="csl-right-inline">{entry}</div>'
            if spans
            else entry
        )
        out.append(f"<div {attrs}>\n{body}\n</div>")
    return "\n".join(out)


def _page(
    rows: list[tuple[str, str, tuple[str, ...], int]],
    heading: str,
    opening: str,
    *,
    role: bool = True,
    spans: bool = False,
    rtl: bool = False,
) -> str:
    cites = " ".join(
        f'<span class="citation" data-cites="{key}">(<a href="#ref-{key}" '
        f'role="doc-biblioref">{year}</a>)</span>'
        for key, _, _, year in rows[:-1]  # the last entry is listed, not cited
    )
    direction = ' dir="rtl"' if rtl else ""
    return (
        f'<!DOCTYPE html><html lang="x"{direction}><head><meta charset="utf-8">'
        "<title>T</title></head><body>"
        f"<p>A sentence of the text {cites}.</p>\n"
        f"{heading}\n{opening}\n{_entries(rows, role, spans)}\n</div></body></html>"
    )


_PANDOC3 = '<div id="refs" class="references csl-bib-body hanging-indent" role="list">'
_PANDOC2 = '<div id="refs" class="references csl-bib-body hanging-indent" role="doc-bibliography">'
_ZOTERO = '<div class="csl-bib-body" style="line-height: 2; padding-left: 1em;">'


@pytest.mark.parametrize(
    ("rows", "heading", "opening", "role", "spans", "rtl"),
    [
        pytest.param(
            _LATIN, "<h2>References</h2>", _PANDOC3, True, False, False, id="latin-pandoc3"
        ),
        pytest.param(_LATIN, "", _PANDOC3, True, False, False, id="latin-pandoc3-no-heading"),
        pytest.param(_LATIN, "<h2>Quellen</h2>", _PANDOC2, True, False, False, id="latin-pandoc2"),
        pytest.param(_LATIN, "", _PANDOC3, True, True, False, id="latin-pandoc3-numeric-style"),
        pytest.param(_LATIN, "", _ZOTERO, False, True, False, id="latin-zotero-numbered"),
        pytest.param(
            _CYRILLIC,
            '<h2 class="unnumbered">Источники</h2>',
            _PANDOC3,
            True,
            False,
            False,
            id="cyrillic-pandoc3",
        ),
        pytest.param(_CYRILLIC, "", _ZOTERO, False, False, False, id="cyrillic-zotero"),
        pytest.param(
            _ARABIC_SCRIPT,
            "<h2>مەنبەلەر</h2>",
            _PANDOC3,
            True,
            False,
            True,
            id="arabic-rtl-pandoc3",
        ),
        pytest.param(
            _ARABIC_SCRIPT, "<h2>مەنبەلەر</h2>", _ZOTERO, False, True, True, id="arabic-rtl-zotero"
        ),
    ],
)
def test_every_csl_bib_body_entry_is_read(
    rows: list[tuple[str, str, tuple[str, ...], int]],
    heading: str,
    opening: str,
    role: bool,
    spans: bool,
    rtl: bool,
) -> None:
    page = _page(rows, heading, opening, role=role, spans=spans, rtl=rtl)
    doc = parse_bytes(page.encode(), "page.html")
    assert [e.reference.authors for e in doc.literature] == [r[2] for r in rows]
    assert [e.reference.year for e in doc.literature] == [r[3] for r in rows]
    missing = [
        f for f in analyse_document(doc, {}, {}) if f.kind is FindingKind.MISSING_LITERATURE_ENTRY
    ]
    assert missing == []


@pytest.mark.parametrize(
    ("text", "kind", "container"),
    [
        # inverted names, a quoted title, an italic journal: an article, in any caseless script
        (
            "ئوسمان، گۈلبەھرە. 2012. «قول ھۈنەرۋەنچىلىك». *مەدەنىيەت*، 3-سان: 14–29.",
            RefKind.ARTICLE,
            "مەدەنىيەت",
        ),
        (
            "رحیمی، سارا. «زبان و شهر». *فصلنامه فرهنگ*، 7 (1399): 5–20.",
            RefKind.ARTICLE,
            "فصلنامه فرهنگ",
        ),
        ('לוי, מרים. "שירה ועיר." *עיונים*, 12: 3–9.', RefKind.ARTICLE, "עיונים"),
        # ... but a body's report series in italics is no journal: a report
        (
            'כהן, ד. "סקר הסיכונים בצפון." _דו"ח המכון לחקר הסביבה_ 112/4/19, 2019.',
            RefKind.REPORT,
            None,
        ),
        # ... and a book stays a book (no quoted title)
        (
            "ئوسمان، گۈلبەھرە. 2012. قول ھۈنەرۋەنچىلىك. ئۈرۈمچى: شىنجاڭ خەلق نەشرىياتى.",
            RefKind.BOOK,
            None,
        ),
    ],
)
def test_caseless_inverted_quoted_article(text: str, kind: RefKind, container: str | None) -> None:
    ref = parse_reference(text, (1,), detect_styles=True)
    assert ref.kind is kind
    if kind is not RefKind.REPORT:
        assert ref.host == container
