"""Fix 54e: superscript citations in reStructuredText (``:sup:``/``:superscript:`` citing a
hand-numbered AMA/Vancouver list) and in sup-markdown (author lines, superscripts between
CJK words and in a closing remark under a rule), and the kinds of Nature-style entries
(CJK authors, preprints, data citations).  Own fixtures, written in the shapes Sphinx
pages, docutils articles and Jekyll/Hugo posts have."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bibcheck.model import AnomalyCode, RefKind
from bibcheck.parse.references import nature, parse_reference
from bibcheck.readers import rst, supmarkdown
from bibcheck.readers.authorline import is_author_line
from bibcheck.readers.rstsup import superscript_labels
from tests.test_regex_growth import assert_linear

# --------------------------------------------------------------------------
# reStructuredText
# --------------------------------------------------------------------------

_AMA_LIST = """
References
==========

1. Okafor CN, Lindqvist B. Early mobilisation after hip fracture surgery. *Age Ageing*.
   2018;47(3):401-408. doi:10.1093/ageing/afx001
2. Marchetti R, Ibarra L, Chen Y, et al. Delirium in older inpatients: a cohort study.
   *BMJ Open*. 2020;10(2):e031234. doi:10.1136/bmjopen-2019-031234
3. Svensson K. Falls prevention in hospital wards. *Lancet*. 2016;388(10047):1012-1020.
4. World Health Organization. Global report on falls prevention in older age. WHO; 2007.
"""

# a Sphinx guideline page: superscripts after the stop, a range, a table cell, an admonition
_SPHINX_PAGE = (
    """.. _falls-policy:

Falls Prevention Policy
=======================

.. note::

   This policy follows the WHO report.\\ :sup:`4`

Patients should walk on the first day after surgery.\\ :sup:`1,3` Delirium doubles the
risk,\\ :sup:`1-3` and screening is required.\\ :sup:`2`

.. list-table:: Risk factors
   :header-rows: 1

   * - Factor
     - Relative risk\\ :sup:`3`
"""
    + _AMA_LIST
)

# a docutils article: the long role name, a superscript mid-sentence before a semicolon
_DOCUTILS_ARTICLE = (
    """==========================
Ward Falls: A Short Review
==========================

:Author: A. Reviewer

Early mobilisation helps\\ :superscript:`1`; screening for delirium does too.\\ :superscript:`2,4`
"""
    + _AMA_LIST
)

# look-alikes: an ordinal's suffix, units' powers, a power of ten, an isotope
_LOOKALIKES = (
    """Ward Data
=========

The 1\\ :sup:`st` audit covered 120 m\\ :sup:`2` of ward floor and 10\\ :sup:`6` steps;
the :sup:`13`\\ C label was used once.  Falls fell by a third.\\ :sup:`3`
"""
    + _AMA_LIST
)


def _rst_markers(text: str) -> list[tuple[str, int]]:
    doc = rst.read(text)
    return [(m.label, m.line) for m in doc.markers]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            _SPHINX_PAGE,
            [
                ("4", 8),
                ("1", 10),
                ("3", 10),
                ("1", 11),
                ("2", 11),
                ("3", 11),
                ("2", 11),
                ("3", 17),
            ],
            id="sphinx-page",
        ),
        pytest.param(
            _DOCUTILS_ARTICLE,
            [("1", 7), ("2", 7), ("4", 7)],
            id="docutils-superscript-role",
        ),
        # (only the last is a citation: ordinal, unit, power of ten and isotope are not)
        pytest.param(_LOOKALIKES, [("3", 5)], id="lookalikes"),
    ],
)
def test_rst_superscripts_cite_the_numbered_list(
    text: str, expected: list[tuple[str, int]]
) -> None:
    assert _rst_markers(text) == expected


def test_rst_superscript_citations_make_notes_and_find_the_uncited_entry() -> None:
    doc = rst.read(_DOCUTILS_ARTICLE)
    assert sorted(n.label for n in doc.footnotes) == ["1", "2", "4"]
    assert [n.label for n in doc.literature] == ["1", "2", "3", "4"]
    assert not [a for a in doc.anomalies if a.code is AnomalyCode.UNREAD_REGION]


_BULLETED = """Notes on falls
==============

Walking early helps.\\ :sup:`1` Screening too.\\ :sup:`2`

References
==========

- Okafor CN, Lindqvist B. Early mobilisation after hip fracture surgery. *Age Ageing*. 2018.
- Svensson K. Falls prevention in hospital wards. *Lancet*. 2016;388(10047):1012-1020.
"""

_FOOTNOTED = """Notes on falls
==============

Walking early helps.\\ :sup:`1` Screening too [#]_.

.. [#] Svensson K. Falls prevention in hospital wards. *Lancet*. 2016.
"""


@pytest.mark.parametrize(
    ("text", "unread"),
    [
        pytest.param(_BULLETED, True, id="bulleted-list"),
        pytest.param(_FOOTNOTED, True, id="beside-footnotes"),
        pytest.param(_LOOKALIKES, False, id="numbered-list-read"),
        # (powers only, beside a bulleted list: nothing that looks like a citation)
        pytest.param(
            _BULLETED.replace("helps.\\ :sup:`1`", "m\\ :sup:`2`").replace(
                "too.\\ :sup:`2`", "too."
            ),
            False,
            id="powers-only",
        ),
    ],
)
def test_rst_unread_superscripts_are_reported(text: str, unread: bool) -> None:
    doc = rst.read(text)
    found = [a for a in doc.anomalies if a.code is AnomalyCode.UNREAD_REGION]
    assert bool(found) is unread
    if unread:  # (the superscripts' line; only the "[#]_" footnote reference is a marker)
        assert found[0].line == 4
        assert len(doc.markers) == (1 if "[#]_" in text else 0)


@pytest.mark.parametrize(
    ("before", "shown", "after", "expected"),
    [
        ("in adults.", "1,12", "", ["1", "12"]),
        ("treatment,", "1-3", "", ["1", "2", "3"]),
        ("treatment,", "5–7", "", ["5", "6", "7"]),
        ("the CAPE trial", "7", "; do not", ["7"]),
        ("the 1", "st", "", []),
        ("area of 30 m", "2", "", []),
        ("about 10", "6", "", []),
        ("the ", "13", "C label", []),
        ("brand", "TM", "", []),
    ],
)
def test_superscript_labels(before: str, shown: str, after: str, expected: list[str]) -> None:
    assert superscript_labels(before, shown, after) == expected


# --------------------------------------------------------------------------
# sup-markdown
# --------------------------------------------------------------------------

_NATURE_LIST = """
## References

1. Lindqvist, B. & Okafor, C. N. Soil respiration in winter. *Nat. Geosci.* **12**, 10–15 (2019).
2. Marchetti, R. *et al.* Snow cover and carbon loss. *Glob. Change Biol.* **26**, 1–9 (2020).
3. Svensson, K. Frozen ground and microbes. *Nature* **530**, 100–104 (2016).
"""


def _sup_markers(text: str) -> list[tuple[str, int]]:
    return [(m.label, m.line) for m in supmarkdown.read(text).markers]


_HUGO_BYLINE = (
    """---
title: "Winter carbon"
---

Anna Virtanen<sup>1</sup>, Jonas Eriksson<sup>1,2</sup>*

Soils respire in winter<sup>1</sup>. Snow matters<sup>2,3</sup>.
"""
    + _NATURE_LIST
)

_SMALL_AFFILIATIONS = (
    """**王芳**<sup>1</sup>、**李强**<sup>2</sup>

<small><sup>1</sup>北京大学城市与环境学院；<sup>2</sup>中国科学院地理科学与资源研究所</small>

## 背景

冬季土壤仍有呼吸<sup>1</sup>，积雪的作用不可忽视<sup>2</sup>。
"""
    + _NATURE_LIST
)

_CJK_GLUED = (
    """## 结果

与热融区的观测结果<sup>3</sup>相互印证，而 EUREC<sup>4</sup>A 试验不在此列<sup>1</sup>。
"""
    + _NATURE_LIST
)

_POSTSCRIPT = (
    """## Findings

Soils respire in winter<sup>1</sup>.
"""
    + _NATURE_LIST
    + """
---

*To cite this work, please cite the preprint<sup>2</sup>.*
"""
)

# (under the rule: footnote definitions, not a closing remark)
_FOOTNOTE_BLOCK = """Soils respire in winter.<sup>1</sup> Snow matters.<sup>2</sup>

---

<sup>1</sup> B. Lindqvist, *Winter Soils*, Oslo 2019, p. 4.

<sup>2</sup> K. Svensson, *Frozen Ground*, Uppsala 2016, p. 12.
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(_HUGO_BYLINE, [("1", 7), ("2", 7), ("3", 7)], id="author-line-no-addresses"),
        pytest.param(_SMALL_AFFILIATIONS, [("1", 7), ("2", 7)], id="small-affiliations"),
        pytest.param(_CJK_GLUED, [("3", 3), ("1", 3)], id="between-cjk-words"),
        pytest.param(_POSTSCRIPT, [("1", 3), ("2", 13)], id="ruled-postscript"),
        pytest.param(_FOOTNOTE_BLOCK, [("1", 1), ("2", 1)], id="footnote-block-not-postscript"),
    ],
)
def test_sup_markdown_superscripts(text: str, expected: list[tuple[str, int]]) -> None:
    assert _sup_markers(text) == expected


def test_footnote_block_under_a_rule_stays_footnotes() -> None:
    doc = supmarkdown.read(_FOOTNOTE_BLOCK)
    assert [n.label for n in doc.footnotes] == ["1", "2"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("**张伟**<sup>1,2</sup>、**陈静**<sup>1</sup>、**刘洋**<sup>2</sup>", True),
        ("Anna Virtanen<sup>1</sup>, Jonas Eriksson<sup>1,2</sup>*", True),
        ("J. A. Smith<sup>a</sup> and Ludwig van Beethoven<sup>b</sup>", True),
        ("Crane built.<sup>1</sup> Wheels turned.<sup>2</sup>", False),
        ("as shown before<sup>1,2</sup>. Later work<sup>3</sup>.", False),
        ("Zhang San<sup>1</sup>", False),  # (one name: nothing tells it from a cited phrase)
        ("HIV<sup>1</sup>, AIDS<sup>2</sup>", False),
        ("Smith et al.<sup>3</sup> and Jones<sup>4</sup> found", False),
    ],
)
def test_is_author_line(line: str, expected: bool) -> None:
    assert is_author_line(line) is expected


# --------------------------------------------------------------------------
# Nature-style entries
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "authors", "title"),
    [
        (
            "赵丽, 孙涛. 黄土高原土壤侵蚀的时空变化. *地理学报* **75**, 100–112 (2020).",
            RefKind.ARTICLE,
            ("赵丽", "孙涛"),
            "黄土高原土壤侵蚀的时空变化",
        ),
        (
            "吴刚, 郑敏, 何平. *中国土壤* (科学出版社, 2015).",
            RefKind.BOOK,
            ("吴刚", "郑敏", "何平"),
            "中国土壤",
        ),
        (
            "Okafor, C. N. & Lee, J. Snow and soil carbon. Preprint at "
            "https://doi.org/10.1101/2023.01.01.000001 (2023).",
            RefKind.ARTICLE,
            ("Okafor, C. N.", "Lee, J."),
            "Snow and soil carbon",
        ),
        (
            "Hao, Z. et al. Global drought records 1950–2020. *Zenodo* "
            "https://doi.org/10.5281/zenodo.1234567 (2021).",
            RefKind.WEB,
            ("Hao, Z.",),
            "Global drought records 1950–2020",
        ),
        (
            "孙涛. 青海湖流域气象观测数据集. 国家冰川冻土沙漠科学数据中心 "
            "https://doi.org/10.12072/ncdc.000001 (2022).",
            RefKind.WEB,
            ("孙涛",),
            "青海湖流域气象观测数据集",
        ),
    ],
)
def test_nature_entry_kinds(text: str, kind: RefKind, authors: tuple[str, ...], title: str) -> None:
    ref = parse_reference(text, (1,), detect_styles=True)
    assert (ref.kind, ref.title) == (kind, title)
    assert tuple(ref.authors) == authors


@pytest.mark.parametrize(
    "text",
    [
        # a journal's article online before its issue: no repository, no web kind
        "Okafor, C. N. Snow and soil carbon. *Nat Geosci* https://doi.org/10.1038/x1 (2024).",
        # GB/T 7714 with a designator: no Nature shape
        "赵丽, 孙涛. 黄土高原土壤侵蚀的时空变化[J]. 地理学报, 2020, 75(1): 100-112.",
    ],
)
def test_nature_lookalikes_are_not_web(text: str) -> None:
    assert parse_reference(text, (1,), detect_styles=True).kind is not RefKind.WEB


# --------------------------------------------------------------------------
# Growth
# --------------------------------------------------------------------------

Line = Callable[[int], str]
LINES = [
    pytest.param(lambda n: "a" * n, id="one-long-word"),
    pytest.param(lambda n: "Ab " * (n // 3), id="capital-words"),
    pytest.param(lambda n: "张伟" * (n // 2), id="cjk-run"),
    pytest.param(lambda n: "张伟, " * (n // 4), id="cjk-names"),
    pytest.param(lambda n: "A. " * (n // 3), id="initials"),
    pytest.param(lambda n: "x<sup>1</sup>" * (n // 13), id="sups"),
    pytest.param(lambda n: "Ab. " * (n // 4), id="sentences"),
]


@pytest.mark.parametrize("line", LINES)
def test_author_line_is_linear(line: Line) -> None:
    assert_linear(lambda text: is_author_line(f"{text}<sup>1</sup>, {text}<sup>2</sup>"), line)


@pytest.mark.parametrize("line", LINES)
def test_nature_data_shape_is_linear(line: Line) -> None:
    assert_linear(lambda text: nature.parse(f"张伟. {text}. Zenodo {text} (2020)."), line)


@pytest.mark.parametrize("line", LINES)
def test_superscript_labels_is_linear(line: Line) -> None:
    assert_linear(lambda text: superscript_labels(text, "1,2", text), line)
