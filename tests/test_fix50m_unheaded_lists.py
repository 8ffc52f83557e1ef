"""Fix 50m: Markdown posts whose notes or reference list has no heading (blog and newsletter
platforms: Substack, Ghost, Hugo, Jekyll), with the platform's buttons below the list.

Own fixtures, written in the shapes those platforms export."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.readers.mdfurniture import furniture, furniture_start
from bibcheck.readers.mdlastlist import LastList, last_list
from bibcheck.readers.mdlinks import read as read_links
from bibcheck.readers.mdtail import shaped_tail
from bibcheck.readers.slugmatch import slug_entry, title_words
from bibcheck.readers.supmarkdown import read as read_sup
from tests.test_regex_growth import assert_linear

# ---- furniture: a line of buttons, known by its links' addresses or a button's words ----


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # Substack's share and comment buttons (words in any language beside them)
        (
            "[Share](https://x.substack.com/p/post?utm_source=substack&action=share) · "
            "[Leave a comment](https://x.substack.com/p/post/comments)",
            True,
        ),
        (
            "*Gawanya:* [Facebook](https://www.facebook.com/sharer/sharer.php?u=https://a.b/p/) · "
            "[X](https://twitter.com/intent/tweet?url=https://a.b/p/)",
            True,
        ),
        (
            "[Jiandikishe](https://mailchi.mp/blog/jarida) · [@blogi](https://twitter.com/blogi)",
            True,
        ),
        ("Subscribe now", True),
        ("**Share this post**", True),
        # negatives: a link to a work, a sentence with a share link in it, a list item
        ("[The 2019 survey](https://example.org/reports/2019-survey)", False),
        (
            "Ngiyabonga kubo bonke abasize ngalolu cwaningo futhi abangisizile ukuqoqa "
            "imininingwane yonke: [yabelana](https://wa.me/?text=x)",
            False,
        ),
        ("3. [@author](https://twitter.com/author)", False),
        ("Thanks for reading, see you next week.", False),
    ],
)
def test_furniture(paragraph: str, expected: bool) -> None:
    assert furniture(paragraph) is expected


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["1. A", "", "[Share](https://t.me/share/url?url=x)", ""], 1),
        (["1. A", "", "Subscribe now", "", "[Comments](https://a.substack.com/p/x/comments)"], 1),
        (["1. A", "", "A closing sentence of the post.", ""], 3),  # no furniture: the end
        # a line of buttons glued under the last item is the item's paragraph: left alone
        (["1. A", "[Share](https://t.me/share/url?url=x)"], 2),
    ],
)
def test_furniture_start(lines: list[str], expected: int) -> None:
    assert furniture_start(lines) == expected


# ---- the numbered list that ends a post, no heading over it ----


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            ["Body.<sup>1</sup>", "", "***", "", "1. First note.", "2. Second note,", "   on.", ""],
            LastList(2, (1, 2), True),
        ),
        (
            ["Body.", "", "1. Note one.", "", "2. Note two.", "", "[Share](https://wa.me/?text=x)"],
            LastList(1, (1, 2), False),
        ),
        # negatives: a heading over the list (found by its heading), prose after the list,
        # a list glued to the paragraph above it, no list at the end
        (["Body.", "", "## Notes", "", "1. A.", "2. B."], None),
        (["Body.", "", "---", "", "1. A.", "2. B.", "", "That is all for this week."], None),
        (["Body text:", "1. A.", "2. B."], None),
        (["Body.", "", "- A.", "- B."], None),
    ],
)
def test_last_list(lines: list[str], expected: LastList | None) -> None:
    assert last_list(lines) == expected


# ---- sup-markdown: unheaded notes after a rule, buttons below ----

_SUBSTACK = """# Maji ya mvua

Mvua ya mwaka jana ilikuwa chache kuliko kawaida.<sup>1</sup> Wakulima walipanda mapema<sup>2,3</sup>.

Utafiti mmoja ulionyesha tofauti kubwa kati ya vijiji.<sup>4</sup> Tena tazama<sup>3</sup>.<sup>5</sup>

[Subscribe now](https://majiblog.substack.com/subscribe?)

***

1. {n1}
2. Otieno, P. & Wafula, R. (2019). Rainfall variability in western Kenya. *Journal of Dryland Studies*, 12(3), 44–58.
3. Njoroge, K. (2021). *Mvua na Kilimo*. Nairobi: Jomo Press.
4. {n4}
5. {n5}

[Share](https://majiblog.substack.com/p/maji?action=share) · [Leave a comment](https://majiblog.substack.com/p/maji/comments)
"""
_WORK1 = "Kamau, J. (2020). Seasonal rains in Kenya. *East African Weather*, 8, 1–9."
_WORK4 = "Achieng, M. (2018). Village water surveys. *Water Policy*, 20(4), 700–712."
_ASIDE1 = "Hapa ninazungumzia mvua ya masika tu, si ya vuli."
_ASIDE4 = "Nilitembelea vijiji hivi mwenyewe mwezi wa tatu; takwimu ni zangu."


@pytest.mark.parametrize(
    ("notes", "kinds", "reusable"),
    [
        # works and an aside: a list of sources by its shape (cited again: "<sup>3</sup>")
        # (a work's entry is parsed later, by the pipeline: no reference yet)
        ((_WORK1, _WORK4, _ASIDE4), {"1": None, "5": "commentary"}, True),
        # mostly asides: no list of sources by its shape, the post's notes all the same
        ((_ASIDE1, _ASIDE4, _ASIDE1), {"1": "commentary", "4": "commentary"}, False),
    ],
)
def test_sup_markdown_unheaded_notes(
    notes: tuple[str, str, str], kinds: dict[str, str | None], reusable: bool
) -> None:
    doc = read_sup(_SUBSTACK.format(n1=notes[0], n4=notes[1], n5=notes[2]))
    assert [m.label for m in doc.markers] == ["1", "2", "3", "4", "3", "5"]
    assert [n.label for n in doc.footnotes] == ["1", "2", "3", "4", "5"]
    assert all("Share" not in n.text for n in doc.footnotes)  # the buttons are no note's
    got = {n.label: n.reference and n.reference.kind.value for n in doc.footnotes}
    assert {k: v for k, v in got.items() if k in kinds} == kinds
    assert doc.markers_reusable is reusable


_ASIDES = "1. Kwa maoni yangu tu.\n2. Hili ni jambo jingine kabisa.\n"


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        # the notes right after the last paragraph, no rule and no heading over them
        ("Body.<sup>1</sup> More.<sup>2</sup>\n\nLast words.\n\n" + _ASIDES, ["1", "2"]),
        # negatives: numbers the markers do not use (steps); a list the paragraph above
        # introduces; a list under a heading after the last marker (a section's own)
        ("Body.<sup>7</sup> More.<sup>8</sup>\n\n---\n\n1. Boil water.\n2. Add salt.\n", []),
        ("Body.<sup>1</sup> More.<sup>2</sup>\n\nWe did two things:\n\n" + _ASIDES, []),
        ("Body.<sup>1</sup> More.<sup>2</sup>\n\n## Hatua\n\nKisha.\n\n" + _ASIDES, []),
    ],
    ids=["after-last-paragraph", "other-numbers", "introduced", "section-list"],
)
def test_sup_markdown_unheaded_notes_or_body_list(text: str, labels: list[str]) -> None:
    doc = read_sup(text)
    assert [n.label for n in doc.footnotes] == labels


# ---- markdown-links: an unheaded APA list after a rule, share buttons below ----

_HUGO = """---
title: "Chapisho"
---

Bei zilipanda sana ([Mwangi & Ali, 2009](https://www.example.org/journal/2009/prices)). Tazama pia
[maelezo ya awali](/posts/old/).

Baadaye Mwangi na Ali ([2009](https://www.example.org/journal/2009/prices)) walirudia hoja hiyo,
na Ochieng alikubali ([Ochieng (2014)](https://doi.org/10.1234/abcd.5)).

---

1. Mwangi, S., & Ali, K. (2009). On the measurement of prices. *Journal of Prices*, 29(2), 353–364.
2. Ochieng, E. (2014). Dollars in rural markets. *Economics Studies*, 7(2), 45–58. https://doi.org/10.1234/abcd.5
3. Wanjiru, L. (2016). *Money and the State*. Nairobi: Acme Press.

*Share this:* [Facebook](https://www.facebook.com/sharer/sharer.php?u=https://b.co/p/) · [X](https://twitter.com/intent/tweet?url=https://b.co/p/)
"""


def test_markdown_links_unheaded_list() -> None:
    lines = _HUGO.split("\n")
    assert shaped_tail(lines) == lines.index("---", 3)
    doc = read_links(_HUGO)
    assert [n.label for n in doc.literature] == ["1", "2", "3"]
    assert "Share" not in doc.literature[-1].text
    # the second link to the address the first named link tied to entry 1 cites entry 1 too
    assert [(m.label, m.line) for m in doc.markers] == [("1", 5), ("1", 8), ("2", 9)]


def test_markdown_links_site_home_is_not_tied_to_an_entry() -> None:
    """A site's home page named once with an author and year ties no other link to it."""
    text = _HUGO.replace("https://www.example.org/journal/2009/prices", "https://www.example.org/")
    text = text.replace("[2009](https://www.example.org/)", "[site](https://www.example.org/)")
    doc = read_links(text)
    assert [(m.label, m.line) for m in doc.markers] == [("1", 5), ("2", 9)]


# ---- linear on long, hostile lines ----

Line = Callable[[int], str]
LINES = [
    pytest.param(lambda n: "[" * n, id="open-brackets"),
    pytest.param(lambda n: "](" * (n // 2), id="link-halves"),
    pytest.param(lambda n: "[a](" * (n // 4), id="links-unclosed"),
    pytest.param(lambda n: "<https://" * (n // 9), id="autolinks-unclosed"),
    pytest.param(lambda n: "![](x)" * (n // 6), id="images"),
    pytest.param(lambda n: "a " * (n // 2), id="words"),
]


@pytest.mark.parametrize("line", LINES)
def test_furniture_is_linear(line: Line) -> None:
    assert_linear(furniture, line)


@pytest.mark.parametrize("line", LINES)
def test_last_list_is_linear(line: Line) -> None:
    assert_linear(lambda text: last_list(["Body.", "", "---", "", f"1. {text}", "", text]), line)


# ---- a link whose address spells an entry's title cites that entry ----

_TITLES = {
    "1": ("zambia", "2019", "article", "consultation"),
    "2": ("rainfall", "variability", "western", "kenya"),
}


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "https://www.imf.org/en/Publications/CR/Issues/Zambia-2019-Article-IV-Consultation-42",
            "1",
        ),
        ("https://www.researchgate.net/publication/123_Rainfall_variability_in_Western_Kenya", "2"),
        # negatives: words out of order, some words missing, the title's words in the host only
        ("https://example.org/consultation/article-2019-zambia", None),
        ("https://example.org/rainfall-in-kenya", None),
        ("https://rainfall-variability-western-kenya.org/", None),
    ],
)
def test_slug_entry(url: str, expected: str | None) -> None:
    assert slug_entry(url, _TITLES) == expected


def test_title_words_need_four_words() -> None:
    found = title_words(
        [
            ("1", "Lee, A. (2019). Rainfall variability in western Kenya. *J. Dry*, 1, 2–3."),
            ("2", "Kim, B. (2020). *Maji*. Nairobi: Acme."),
        ]
    )
    assert found == {"1": ("rainfall", "variability", "western", "kenya")}


@pytest.mark.parametrize("line", LINES)
def test_slug_entry_is_linear(line: Line) -> None:
    assert_linear(lambda text: slug_entry("https://a.org/" + text, _TITLES), line)
