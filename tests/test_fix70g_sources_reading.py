"""fix70g: a Markdown post's "Sources and further reading" list its links cite; pdftotext
running heads with their folio apart; an address broken before its dot; SBL author-date
entries ("Surname, I. Given. Year.", "Pages X–Y in Book")."""

from __future__ import annotations

import pytest

from bibcheck.model import RefKind
from bibcheck.parse.references import parse_reference
from bibcheck.readers import mdlinks
from bibcheck.readers.linewrap import url_continues
from bibcheck.readers.pdftext import page_artifacts

# --- Markdown: a list under a heading naming sources and further reading -----------------

_POST = """\
---
title: "{title}"
---

[Home](/) · [Archive](/archive/)

# {title}

{para1} [{t1}](https://archive.example.org/details/item-one-1901) {para2}
[{t2}](https://catalogue.example.net/record/MS-42/1) {para3}
[{t3}](https://doi.org/10.5555/xyz-2019-0042) {para4}
[{t1b}](https://archive.example.org/details/item-one-1901) {para5}
[{t4}](https://registers.example.edu/) {para6} [{t5}](https://texts.example.org/Psalms.22)
[{t6}](https://catalogue.example.net/record/VIS/1).

## {heading}

{group1}

* National Library of Wales, MS 42: Register of baptisms, Bala. Digital Collections. <https://catalogue.example.net/record/MS-42/1>
* Diocesan Record Office, Visitation returns. Online catalogue. <https://catalogue.example.net/record/VIS/1>
* *Psalm 22*, with translation. Open Texts. <https://texts.example.org/Psalms.22>
* Parish Registers Project. Example University. <https://registers.example.edu/>

{group2}

* Example Society. *A Calendar of Letters*. 1901. <https://archive.example.org/details/item-one-1901>
* Novak, Jana. "Reading Registers Together." *Archival Quarterly* 12 (2019): 45–67. <https://doi.org/10.5555/xyz-2019-0042>

---

*Subscribe at [our page](https://news.example.com/subscribe).*
"""

_POSTS = [
    dict(
        title="Registers and letters in the reading room",
        para1="The letters are printed in",
        t1="the society's calendar",
        para2="and the register is",
        t2="MS 42",
        para3="in the catalogue. Joins are discussed by",
        t3="Jana Novak",
        para4="recently. See also",
        t1b="the calendar's index",
        para5="for names.",
        t4="The registers project",
        para6="describes the parish books; compare",
        t5="the psalm",
        t6="and the visitations",
        heading="Sources and further reading",
        group1="Manuscripts and texts",
        group2="Further reading",
    ),
    dict(
        title="Register und Briefe im Lesesaal",
        para1="Die Briefe sind gedruckt im",
        t1="Kalender der Gesellschaft",
        para2="und das Register ist",
        t2="MS 42",
        para3="im Katalog. Über Zuordnungen schreibt",
        t3="Jana Novak",
        para4="neuerdings. Siehe auch",
        t1b="das Register des Kalenders",
        para5="für Namen.",
        t4="Das Registerprojekt",
        para6="beschreibt die Kirchenbücher; vergleiche",
        t5="den Psalm",
        t6="und die Visitationen",
        heading="Quellen und weiterführende Literatur",
        group1="Handschriften und Texte",
        group2="Zum Weiterlesen",
    ),
    dict(
        title="Registri e lettere in sala di lettura",
        para1="Le lettere sono stampate nel",
        t1="calendario della società",
        para2="e il registro è",
        t2="MS 42",
        para3="nel catalogo. Delle ricomposizioni scrive",
        t3="Jana Novak",
        para4="di recente. Si veda anche",
        t1b="l'indice del calendario",
        para5="per i nomi.",
        t4="Il progetto dei registri",
        para6="descrive i libri parrocchiali; si confronti",
        t5="il salmo",
        t6="e le visite pastorali",
        heading="Fonti e letture consigliate",
        group1="Manoscritti e testi",
        group2="Per approfondire",
    ),
]


@pytest.mark.parametrize("post", _POSTS, ids=[p["heading"] for p in _POSTS])
def test_links_cite_the_entries_of_a_sources_and_reading_list(post: dict[str, str]) -> None:
    doc = mdlinks.read(_POST.format(**post))
    # each body link is labelled by the position of the entry holding its address
    assert [(m.label, m.line) for m in doc.markers] == [
        ("5", 9),
        ("1", 10),
        ("6", 11),
        ("5", 12),
        ("4", 13),
        ("3", 13),
        ("2", 14),
    ]
    assert len(doc.literature) == 6
    first = doc.literature[5].reference
    assert first is not None and first.title == "Reading Registers Together"


# --- pdftotext: a running head with its folio apart at a page's top ----------------------

_PAGE = "Body text of the article goes on here, line {n}, with words and more words.\n"
_HEADS = [
    (
        "212                JOURNAL OF BIBLICAL STUDIES 14 (2025)",
        "  OKONJO: ROOT AND REMNANT     213",
    ),
    ("88              REVUE D'HISTOIRE ECCLÉSIASTIQUE 119 (2024)", "  MARTIN : LES SYNODES     89"),
    ("40             ZEITSCHRIFT FÜR KIRCHENGESCHICHTE 133 (2022)", "  WEBER: DIE BUSSE     41"),
]


@pytest.mark.parametrize(("even", "odd"), _HEADS)
def test_running_head_with_folio_apart_is_an_artifact(even: str, odd: str) -> None:
    pages = []
    for k, head in enumerate(
        ["", even, odd, even.replace(even.split()[0], str(int(even.split()[0]) + 2), 1)]
    ):
        body = "".join(_PAGE.format(n=f"{k}.{j}") for j in range(8))
        pages.append((head + "\n\n" if head else "") + body)
    text = "\f".join(pages)
    lines, artifacts = page_artifacts(text)
    heads = {i for i, line in enumerate(lines) if line.strip() in (even.strip(),) or "(20" in line}
    assert heads and heads <= artifacts


# --- an address broken before its dot --------------------------------------------------


@pytest.mark.parametrize(
    ("line", "following", "joined"),
    [
        ("NTS 67:412–29. https://doi.org/10.5555/nts.2021", ".017.", True),
        ("JSNT 30:289–318. https://doi.org/10.5555/jsnt.2008", ".0301.", True),
        ("Verfügbar unter https://example.org/berichte/synode-2019", ".pdf.", True),
        ("https://doi.org/10.5555/abc", "_def.", True),
    ],
)
def test_address_broken_before_a_dot(line: str, following: str, joined: bool) -> None:
    assert url_continues(line, following) is joined


# --- SBL author-date entries -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "author", "title"),
    [
        (
            "Das, A. Andrew. 2007. Solving the Romans Debate. Minneapolis: Fortress.",
            "Das, A. Andrew",
            "Solving the Romans Debate",
        ),
        (
            "Wagner, J. Ross. 2002. Heralds of the Good News: Isaiah and Paul. Leiden: Brill.",
            "Wagner, J. Ross",
            "Heralds of the Good News: Isaiah and Paul",
        ),
        (
            "Moreau, J. Pierre. 2011. Les conciles de Gaule. Paris: Cerf.",
            "Moreau, J. Pierre",
            "Les conciles de Gaule",
        ),
    ],
)
def test_initial_then_given_name_then_year(text: str, author: str, title: str) -> None:
    ref = parse_reference(text, [1], detect_styles=True)
    assert ref.authors[:1] == (author,)
    assert ref.title == title


@pytest.mark.parametrize(
    ("text", "host", "pages", "volume"),
    [
        (
            'Davies, W. D. 1984. "Paul and Israel." Pages 123–52 in Jewish and Pauline Studies. '
            "Philadelphia: Fortress.",
            "Jewish and Pauline Studies",
            "123–52",
            None,
        ),
        (
            'Wright, N. T. 2002. "The Letter to the Romans." Pages 393–770 in vol. 10 of The New '
            "Interpreter's Bible. Edited by Leander E. Keck. Nashville: Abingdon.",
            "The New Interpreter's Bible",
            "393–770",
            "10",
        ),
        (
            'Berger, Klaus. 1990. "Die Gemeinde." Seiten 45–67 in Studien zum Römerbrief. '
            "Tübingen: Mohr Siebeck.",
            "Studien zum Römerbrief",
            "45–67",
            None,
        ),
        (
            'Lee, Ann. "Remnant and Root." Pages 12–20 in Essays in Honor of J. D. G. Dunn. '
            "Grand Rapids: Eerdmans, 2009.",
            "Essays in Honor of J. D. G. Dunn",
            "12–20",
            None,
        ),
    ],
)
def test_pages_in_book_is_a_chapter(text: str, host: str, pages: str, volume: str | None) -> None:
    ref = parse_reference(text, [1], detect_styles=True)
    assert ref.kind is RefKind.CHAPTER
    assert (ref.host, ref.pages, ref.volume) == (host, pages, volume)
