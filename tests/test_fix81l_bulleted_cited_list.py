"""A site article's closing list of APA-like bullets, each giving its address, that the body
cites by inline links: the reference list by its shape and use, whatever its heading's
language (Welsh, Irish, Basque, Icelandic, Estonian, Lithuanian, Slovene, Afrikaans …), and
with a site footer (a rule, relative navigation links, a copyright line) after it.  Each
body link to an entry's address cites that entry, labelled by its place in the list.

Near-misses that read as before: a bulleted list of bare links (no entry's shape), a list
the body links only once, two bullets only, a list whose items give no address, a page of
plain web links with no list at all.

Texts written for these tests.
"""

from __future__ import annotations

import pytest

from bibcheck.readers import mdlinks
from tests.test_regex_growth import assert_linear

_BODY = (
    "[Cartref](../index.md) · [Straeon](../straeon/)\n\n"
    "# {title}\n\n"
    "The mill at the river's bend was rebuilt twice "
    "([Rees 2011](https://books.example.org/melin-wlan)).\n"
    "Its looms came from Lancashire, as the\n"
    "[county survey](https://archive.example.net/survey/1890) records.\n\n"
    "## {second}\n\n"
    "Later the works passed to a co-operative "
    "([Owen 2019](https://doi.org/10.99999/ex.2019.4)), and the\n"
    "[radio report](https://radio.example.com/story/55120) of its closure still circulates.\n"
    "Once more: [Rees](https://books.example.org/melin-wlan) on the looms.\n\n"
    "## {heading}\n\n"
    "{items}\n"
    "---\n\n"
    "© Safle Treftadaeth · [Cysylltu](../cysylltu.md) · [Preifatrwydd](#preifatrwydd)\n"
)
_ITEMS = (
    "- Archif y Sir. Cofnodion y felin (cyf. D/X 12/4). <https://archive.example.net/survey/1890>\n"
    "- Owen, L. (2019). Co-operative mills in the west. *Textile History Review*, *8*, 12–30. "
    "<https://doi.org/10.99999/ex.2019.4>\n"
    "- Radio Cymru. (2021, 3 Mai). *Cau'r felin wlân olaf yn y dyffryn*. <https://radio.example.com/story/55120>\n"
    "- Rees, M. (2011). *Hanes y felin wlân*. Gwasg y Dyffryn. "
    "<https://books.example.org/melin-wlan>\n"
)


def _read(heading: str, items: str = _ITEMS) -> list[tuple[str, int]]:
    text = _BODY.format(title="Y felin", second="Y gweithwyr", heading=heading, items=items)
    doc = mdlinks.read(text)
    return [(m.label, m.line) for m in doc.markers]


_CITED = [("4", 5), ("1", 7), ("2", 11), ("3", 12), ("4", 13)]


@pytest.mark.parametrize(
    "heading",
    [
        "Darllen pellach",  # Welsh: further reading
        "Tuilleadh léitheoireachta",  # Irish
        "Gehiago irakurtzeko",  # Basque
        "Frekari lestur",  # Icelandic
        "Lisalugemist",  # Estonian
        "Literatūra",  # Lithuanian
        "Viri",  # Slovene
        "Verdere leesstof",  # Afrikaans
        "Qari ulterjuri",  # Maltese
        "Da lenn muioc'h",  # Breton
    ],
)
def test_bulleted_list_cited_by_links_under_any_heading(heading: str) -> None:
    assert _read(heading) == _CITED


def test_the_lists_entries_are_the_literature() -> None:
    text = _BODY.format(
        title="Y felin", second="Y gweithwyr", heading="Darllen pellach", items=_ITEMS
    )
    doc = mdlinks.read(text)
    assert [n.label for n in doc.literature] == ["1", "2", "3", "4"]
    assert [n.line for n in doc.literature] == [17, 18, 19, 20]
    ref = doc.literature[3].reference
    assert ref is not None and ref.year == 2011 and ref.title == "Hanes y felin wlân"
    assert mdlinks.score(text) >= 0.8


def test_list_before_a_closing_section() -> None:
    # (an author's note after the list: the body's again, its odd link no entry's)
    items = _ITEMS + "\n## Am yr awdur\n\nShe writes on [her blog](https://blog.example.org/e).\n"
    assert _read("Darllen pellach", items) == _CITED


_BODY_LINKS = [("L1", 5), ("L2", 7), ("L3", 11), ("L4", 12), ("L1", 13)]


@pytest.mark.parametrize(
    ("items", "labels"),
    [
        pytest.param(  # bare links, no entry's shape: the body's links are its own (L1 …)
            "- [Y felin](https://books.example.org/melin-wlan)\n"
            "- [Arolwg](https://archive.example.net/survey/1890)\n"
            "- [Radio](https://radio.example.com/story/55120)\n",
            [*_BODY_LINKS, ("L1", 17), ("L2", 18), ("L4", 19)],
            id="bare-links",
        ),
        pytest.param(  # two entries only: too little to know it
            "- Rees, M. (2011). *Hanes y felin wlân*. <https://books.example.org/melin-wlan>\n"
            "- Radio Cymru. (2021). *Cau'r felin*. <https://radio.example.com/story/55120>\n",
            [*_BODY_LINKS, ("L1", 17), ("L4", 18)],
            id="two-items",
        ),
        pytest.param(  # entries with no address: nothing the links can point at
            "- Rees, M. (2011). *Hanes y felin wlân*. Gwasg y Dyffryn.\n"
            "- Owen, L. (2019). *Co-operative mills*. Gwasg y Bryn.\n"
            "- Pugh, T. (2004). *Gwlân a gwŷdd*. Gwasg y Llan.\n",
            _BODY_LINKS,
            id="no-addresses",
        ),
        pytest.param(  # one entry linked by the body: too little to know it
            "- Rees, M. (2011). *Hanes y felin wlân*. <https://books.example.org/melin-wlan>\n"
            "- Owen, L. (2017). *Mills*. <https://mills.example.org/a>\n"
            "- Pugh, T. (2004). *Gwlân a gwŷdd*. <https://wool.example.org/b>\n",
            [*_BODY_LINKS, ("L1", 17), ("L5", 18), ("L6", 19)],
            id="one-cited",
        ),
    ],
)
def test_near_misses_read_as_before(items: str, labels: list[tuple[str, int]]) -> None:
    # (each link a citation of its own, the list's links too, as with no list)
    assert _read("Darllen pellach", items) == labels


def test_page_of_plain_links_without_list() -> None:
    text = (
        "# Teithiau\n\n"
        "Start at the [castle](https://castle.example.org/) and walk to the\n"
        "[harbour](https://harbour.example.org/visit).\n\n"
        "## Mwy\n\n"
        "- [Timetables](https://bus.example.org/times)\n"
        "- [Weather](https://weather.example.org/coast)\n"
        "- [Tides](https://tides.example.org/2024)\n"
    )
    doc = mdlinks.read(text)
    assert [(m.label, m.line) for m in doc.markers] == [
        ("L1", 3),
        ("L2", 4),
        ("L3", 8),
        ("L4", 9),
        ("L5", 10),
    ]
    assert not doc.literature


def test_bulleted_cited_list_is_linear() -> None:
    assert_linear(
        lambda t: mdlinks._list_at(t.split("\n")),
        lambda n: (
            "[a](https://x.org/a)\n## h\n"
            + "- Rees, M. (2011). *T t*. <https://x.org/a>\n" * (n // 45)
        ),
    )
