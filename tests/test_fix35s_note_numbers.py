"""Note numbers in any script's digits, and HTML lists of notes kept in Markdown/MDX.

A note's number is a number whatever script writes it (Persian ``۳``, Arabic-Indic ``٣``,
Devanagari ``३``): markers and definitions are labelled in ASCII digits by every reader,
so ``<sup>۳</sup>`` cites the note ``3.`` defines.  A Markdown or MDX page may keep its
notes as an HTML list (hand-written ``<ol><li id="fn-1">``, remark-gfm's ``<section
class="footnotes">``, Pandoc's and Python-Markdown's footnote blocks): the sup-markdown
reader reads it as the markers' definitions.  Own texts, in the patterns those tools write.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.manuscript import ascii_labels, parse_bytes
from bibcheck.model import RawDocument, RawMarker, RawNote
from bibcheck.readers.common import expand_labels
from bibcheck.readers.mdnotelist import rewrite
from bibcheck.readers.mdxsyntax import blank_non_prose
from bibcheck.text import ascii_digits
from tests.test_regex_growth import assert_linear


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("۳", "3"),  # Persian
        ("٣", "3"),  # Arabic-Indic
        ("३", "3"),  # Devanagari
        ("১২", "12"),  # Bengali
        ("３", "3"),  # full width
        ("۱۳۹۲", "1392"),
        ("12", "12"),
        ("x²", "x²"),  # a superscript digit is no decimal digit: left
        ("fn-۲", "fn-2"),
    ],
)
def test_ascii_digits(text: str, expected: str) -> None:
    assert ascii_digits(text) == expected


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("۲", ["2"]),
        ("۲،۳", ["2", "3"]),
        ("۲, ۳", ["2", "3"]),
        ("٤-٦", ["4", "5", "6"]),
        ("7", ["7"]),
    ],
)
def test_expand_labels_in_any_digits(label: str, expected: list[str]) -> None:
    assert expand_labels(label) == expected


def test_ascii_labels_leaves_citation_keys() -> None:
    raw = RawDocument(
        reader="x",
        title=None,
        blocks=(),
        markers=(RawMarker("۲", 1, 1, 0, 0), RawMarker("١٢", 2, 1, 0, 0)),
        footnotes=(RawNote("۲", "A note.", 3, 3), RawNote("١٢", "Key.", 4, 4, key=True)),
        literature=(),
        anomalies=(),
    )
    done = ascii_labels(raw)
    assert [m.label for m in done.markers] == ["2", "١٢"]
    assert [n.label for n in done.footnotes] == ["2", "١٢"]


# --- markers and definitions in other scripts' digits, in several readers ---------------

ARABIC_FOOTNOTES = """# الضوء

ينتقل الضوء في خطوط مستقيمة<sup>١</sup>. وقد عرف قانون الانعكاس قديما<sup>2</sup>.

---
<sup>١</sup> Karin Lindqvist, *The Geometry of Sight* (Uppsala: Norden Press, 2004), 12.
<sup>٢</sup> Emeka Okafor, "Mirrors and Method," *Journal of Optical History* 12, no. 3 (2011): 45–67.
"""

HINDI_LIST = """# प्रकाश

प्रकाश सीधी रेखा में चलता है<sup>१</sup>। परावर्तन का नियम भी ज्ञात था<sup>२</sup>।

## संदर्भ

१. Lindqvist, Karin (2004). *The Geometry of Sight*. Uppsala: Norden Press.
२. Okafor, Emeka (2011). "Mirrors and Method". *Journal of Optical History* 12 (3): 45–67.
"""

PERSIAN_PANDOC = """# نور

نور در خط راست حرکت می‌کند.[^۱] او همچنین دربارهٔ بازتاب نوشت.[^۲]

[^۱]: Karin Lindqvist, *The Geometry of Sight* (Uppsala: Norden Press, 2004), 12.
[^۲]: Emeka Okafor, "Mirrors and Method," *Journal of Optical History* 12, no. 3 (2011): 45–67.
"""


PERSIAN_PLAIN_MIXED = """نور و بینایی

ابن هیثم نشان داد که نور از اشیا به چشم می‌رسد [۱]. کمال‌الدین فارسی رنگین‌کمان را توضیح داد [2].
این دو پژوهش به هم پیوسته‌اند [۱، ۲].

منابع

[1] Karin Lindqvist, The Geometry of Sight (Uppsala: Norden Press, 2004).
[۲] Emeka Okafor, "Mirrors and Method," Journal of Optical History 12, no. 3 (2011): 45–67.
"""


@pytest.mark.parametrize(
    ("text", "name", "reader"),
    [
        (PERSIAN_PLAIN_MIXED, "fa.txt", "plain-text"),
        (ARABIC_FOOTNOTES, "ar.md", "sup-markdown"),
        (HINDI_LIST, "hi.md", "sup-markdown"),
        (PERSIAN_PANDOC, "fa.md", "pandoc-markdown"),
    ],
    ids=[
        "persian-plain-mixed",
        "arabic-footnotes-mixed-digits",
        "devanagari-list",
        "persian-pandoc",
    ],
)
def test_note_numbers_in_other_digits_are_numbers(text: str, name: str, reader: str) -> None:
    doc = parse_bytes(text.encode(), name)
    assert doc.reader == reader
    assert [fn.label for fn in doc.footnotes] == ["1", "2"]
    cited = [m.label for fn in doc.footnotes for m in fn.markers]
    assert cited == (["1", "1", "2", "2"] if "،" in text else ["1", "2"])
    assert [fn.reference.title for fn in doc.footnotes if fn.reference] == [
        "The Geometry of Sight",
        "Mirrors and Method",
    ]
    assert not doc.stray_markers
    assert not [a for a in doc.all_anomalies() if a.code.value.startswith("footnote")]


# --- HTML lists of notes in Markdown ---------------------------------------------------


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (  # hand-written MDX list under its own heading, items on their lines
            [
                'Claim<sup><a href="#fn-2">۲</a></sup>.',
                "## Sources",
                '<ol className="footnotes">',
                '  <li id="fn-1">Doe, J. (2020). <em>Title</em>. Press.</li>',
                '  <li id="fn-2">Roe, K. (2019). Paper. <a href="https://doi.org/10.1/x">doi</a></li>',
                "</ol>",
            ],
            [
                'Claim<sup><a href="#fn-2">۲</a></sup>.',
                "## Sources",
                "",
                "1. Doe, J. (2020). *Title*. Press.",
                "2. Roe, K. (2019). Paper. [doi](https://doi.org/10.1/x)",
                "",
            ],
        ),
        (  # remark-gfm: container, its own <h2>, <p> lines, back links left out
            [
                'A<sup><a href="#user-content-fn-1" id="user-content-fnref-1">1</a></sup>.',
                '<section data-footnotes class="footnotes"><h2 id="footnote-label">Footnotes</h2>',
                "<ol>",
                '<li id="user-content-fn-1">',
                '<p>Lee, A. (2001). Book. <a href="#user-content-fnref-1" class="data-footnote-backref">↩</a></p>',
                "</li>",
                "</ol>",
                "</section>",
            ],
            [
                'A<sup><a href="#user-content-fn-1" id="user-content-fnref-1">1</a></sup>.',
                "",
                "",
                "## Footnotes",
                "1. Lee, A. (2001). Book.",
                "",
                "",
                "",
            ],
        ),
        (  # Python-Markdown: <div class="footnote"><hr />, entity back link, no heading
            [
                'B<sup id="fnref:1"><a class="footnote-ref" href="#fn:1">1</a></sup>.',
                "",
                '<div class="footnote">',
                "<hr />",
                "<ol>",
                '<li id="fn:1">',
                '<p>Kim, S. (2010). Atlas.&#160;<a class="footnote-backref" href="#fnref:1">&#8617;</a></p>',
                "</li>",
                "</ol>",
                "</div>",
            ],
            [
                'B<sup id="fnref:1"><a class="footnote-ref" href="#fn:1">1</a></sup>.',
                "",
                "",
                "",
                "",
                "## Notes",
                "1. Kim, S. (2010). Atlas.",
                "",
                "",
                "",
            ],
        ),
        (  # one line holding the list: the second item takes the next free line
            [
                'C<sup><a href="#fn1">1</a></sup><sup><a href="#fn2">2</a></sup>',
                "## Notes",
                '<div class="footnotes"><ol><li id="fn1">One.</li><li id="fn2">Two.</li></ol>',
                "</div>",
            ],
            [
                'C<sup><a href="#fn1">1</a></sup><sup><a href="#fn2">2</a></sup>',
                "## Notes",
                "1. One.",
                "2. Two.",
            ],
        ),
        (  # items carrying the marker's id ("fnref-N"), the markers pointing at them
            [
                'D<sup><a href="#fnref-2">2</a></sup>',
                "## Footnotes",
                "<ol>",
                '<li id="fnref-1">First.</li>',
                '<li id="fnref-2">Second.</li>',
                "</ol>",
            ],
            [
                'D<sup><a href="#fnref-2">2</a></sup>',
                "## Footnotes",
                "",
                "1. First.",
                "2. Second.",
                "",
            ],
        ),
        (  # a whole HTML page is the HTML reader's: left alone
            ["<html><body>", '<ol class="footnotes"><li id="fn1">One.</li></ol>', "</body></html>"],
            ["<html><body>", '<ol class="footnotes"><li id="fn1">One.</li></ol>', "</body></html>"],
        ),
        (  # a list of steps, no anchor to it, no footnotes container: left alone
            ["<ol>", '<li id="fn-1">Open the box.</li>', "</ol>"],
            ["<ol>", '<li id="fn-1">Open the box.</li>', "</ol>"],
        ),
        (  # a reference list of ref- ids is the link reader's (mdhtml): left alone
            ['x<a href="#ref-1">[1]</a>', "<ol>", '<li id="ref-1">Doe.</li>', "</ol>"],
            ['x<a href="#ref-1">[1]</a>', "<ol>", '<li id="ref-1">Doe.</li>', "</ol>"],
        ),
        (  # not closed: left as written
            ['x<sup><a href="#fn1">1</a></sup>', "<ol>", '<li id="fn1">Doe.'],
            ['x<sup><a href="#fn1">1</a></sup>', "<ol>", '<li id="fn1">Doe.'],
        ),
    ],
    ids=[
        "mdx-hand-written",
        "remark-gfm",
        "python-markdown",
        "one-line",
        "fnref-ids",
        "html-page",
        "steps",
        "refs",
        "open",
    ],
)
def test_rewrite_note_lists(lines: list[str], expected: list[str]) -> None:
    assert rewrite(lines).lines == expected


PERSIAN_MDX = """---
id: abrisham
title: جادهٔ ابریشم
sidebar_position: 2
---

import Tabs from '@theme/Tabs';
import Map from '@site/src/components/Map';

# جادهٔ ابریشم

کاروان‌ها ابریشم را از چین به سمرقند می‌بردند<sup><a href="#fn-1">۱</a></sup>. بازرگانان سغدی
در این داد و ستد نقش اصلی داشتند<sup><a href="#fn-2">2</a></sup>.

:::note یادداشت
تاریخ‌ها میلادی‌اند.
:::

<Map region="sogdia" caption="سغد در سدهٔ هشتم" />

{/* TODO: افزودن منبع دربارهٔ Hansen 2012 */}

:::tip بیشتر بخوانید
دربارهٔ بازار سمرقند نیز نوشته‌اند<sup><a href="#fn-3">۳</a></sup>.
:::

## منابع

<ol className="footnotes" dir="rtl">
  <li id="fn-1">Whitcombe, Laura (2008). <em>Threads across the Steppe</em>. London: Caravan Books.</li>
  <li id="fn-2">Petrossian, Aram (2014). “Sogdian Merchants and Their Letters”. <em>Journal of Inner Asian Trade</em> 9 (2): 101–130.</li>
  <li id="fn-3">رضایی، بهرام (۱۳۹۵). <em>بازارهای سمرقند</em>. تهران: نشر کاروان.</li>
</ol>
"""

GFM_PAGE = """# Reading the tide tables

Harbour pilots trusted printed tables<sup><a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref="" aria-describedby="footnote-label">1</a></sup>.
The first national tables appeared in the 1830s<sup><a href="#user-content-fn-2" id="user-content-fnref-2" data-footnote-ref="" aria-describedby="footnote-label">2</a></sup>.

<section data-footnotes="" class="footnotes"><h2 class="sr-only" id="footnote-label">Footnotes</h2>
<ol>
<li id="user-content-fn-1">
<p>Varga, Ilona (2009). <em>Charts and Certainty</em>. Leiden: Meridian Books. <a href="#user-content-fnref-1" data-footnote-backref="" class="data-footnote-backref">↩</a></p>
</li>
<li id="user-content-fn-2">
<p>Hollis, Peter (2016). “Printing the Sea”. <em>Maritime History Review</em> 22 (1): 5–29. <a href="#user-content-fnref-2" data-footnote-backref="" class="data-footnote-backref">↩</a></p>
</li>
</ol>
</section>
"""

PYMD_PAGE = """# Lamp oil and lighthouses

Whale oil gave way to colza oil<sup id="fnref:1"><a class="footnote-ref" href="#fn:1">1</a></sup>, and then to paraffin<sup id="fnref:2"><a class="footnote-ref" href="#fn:2">2</a></sup>.

<div class="footnote">
<hr />
<ol>
<li id="fn:1">
<p>Brandt, Sofie (1998). <em>Keepers of the Flame</em>. Bergen: Kystforlaget.&#160;<a class="footnote-backref" href="#fnref:1" title="Jump back">&#8617;</a></p>
</li>
<li id="fn:2">
<p>Quayle, Martin (2007). “Paraffin at Sea”. <em>Lighthouse Studies</em> 4: 77–90.&#160;<a class="footnote-backref" href="#fnref:2" title="Jump back">&#8617;</a></p>
</li>
</ol>
</div>
"""

HINDI_DIV = """# दूरबीन का इतिहास

पहली दूरबीन नीदरलैंड में बनी<sup><a href="#fn1">१</a></sup>। गैलीलियो ने उसे सुधारा<sup><a href="#fn2">२</a></sup>।

<div class="footnotes"><ol>
<li id="fn1">Verhoeven, Anke (2012). <i>The Spectacle Makers of Middelburg</i>. Utrecht: Lens Press.</li>
<li id="fn2">Castellani, Bruno (2005). <i>Galileo's Glass</i>. Firenze: Arno Editrice.</li>
</ol></div>
"""


@pytest.mark.parametrize(
    ("text", "name", "markers", "titles"),
    [
        (
            PERSIAN_MDX,
            "abrisham.mdx",
            [("1", 12), ("2", 13), ("3", 24)],
            [
                "Threads across the Steppe",
                "Sogdian Merchants and Their Letters",
                "بازارهای سمرقند",
            ],
        ),
        (
            GFM_PAGE,
            "tides.md",
            [("1", 3), ("2", 4)],
            ["Charts and Certainty", "Printing the Sea"],
        ),
        (
            PYMD_PAGE,
            "lamps.md",
            [("1", 3), ("2", 3)],
            ["Keepers of the Flame", "Paraffin at Sea"],
        ),
        (
            HINDI_DIV,
            "doorbeen.md",
            [("1", 3), ("2", 3)],
            ["The Spectacle Makers of Middelburg", "Galileo's Glass"],
        ),
    ],
    ids=["persian-mdx", "remark-gfm", "python-markdown", "devanagari-div"],
)
def test_html_note_lists_are_the_markers_definitions(
    text: str, name: str, markers: list[tuple[str, int]], titles: list[str]
) -> None:
    doc = parse_bytes(text.encode(), name)
    assert doc.reader == "sup-markdown"
    assert doc.reader_confidence is not None and doc.reader_confidence >= 0.8
    found = sorted((m.label, m.line) for fn in doc.footnotes for m in fn.markers)
    assert found == markers
    assert [fn.reference.title if fn.reference else None for fn in doc.footnotes] == titles
    assert not doc.stray_markers
    assert doc.all_anomalies() == []


def test_mdx_furniture_is_no_claim() -> None:
    doc = parse_bytes(PERSIAN_MDX.encode(), "abrisham.mdx")
    claims = " ".join(m.claim.text for fn in doc.footnotes for m in fn.markers if m.claim)
    for furniture in ("import", ":::", "TODO", "Hansen", "sogdia", "بیشتر بخوانید"):
        assert furniture not in claims


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("import Tabs from '@theme/Tabs';\nText.", "                               \nText."),
        ('import "./style.css"\nText.', "                    \nText."),
        ("export const meta = {a: 1};\nText.", "                           \nText."),
        (":::note Title\nInside.\n:::", "             \nInside.\n   "),
        (":::tip\nInside.\n:::", "      \nInside.\n   "),
        ("Imports from 'abroad' rose.", "Imports from 'abroad' rose."),  # prose
        ("::: {.callout}\nText.\n", "::: {.callout}\nText.\n"),  # a Pandoc div: not MDX
    ],
)
def test_blank_mdx_lines(text: str, expected: str) -> None:
    assert blank_non_prose(text) == expected


# --- linear time on adversarial lines ----------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(lambda n: "<section " + 'class="x" ' * (n // 10), id="box-attrs"),
        pytest.param(lambda n: "<a " + 'href="#' * (n // 7), id="anchor-hrefs"),
        pytest.param(lambda n: '<ol class="footnotes">' + "<li>" * (n // 4) + "</ol>", id="items"),
        pytest.param(lambda n: "import " + "a " * (n // 2), id="import"),
        pytest.param(lambda n: ":::note" + " x" * (n // 2), id="admonition"),
    ],
)
def test_patterns_are_linear(line: Callable[[int], str]) -> None:
    def run(text: str) -> object:
        return rewrite([text, text]).lines, blank_non_prose(text)

    assert_linear(run, line)
