"""fix60j: one module (:mod:`bibcheck.readers.cjklistparts`) owns the words and enumerators
of CJK bibliography part headings; the PDF reader's test (a line inside a list) and the
other readers' (a heading anywhere) keep their scopes.  Headings written for these tests."""

from __future__ import annotations

import pytest

from bibcheck.readers import cjklist, cjklistparts, pdftext
from bibcheck.readers.cjklistparts import cjk_part_heading, is_cjk_list_part, without_enumerator


@pytest.mark.parametrize(
    ("text", "in_list", "anywhere"),
    [
        ("一、近人论著", True, True),
        ("（二）日文资料", True, True),
        ("2. 研究文献", True, True),  # "研究" a qualifier for both now
        ("二、研究论著", True, True),
        ("3. 학위논문", True, True),
        ("外文文献", True, True),
        ("网络", True, False),  # a part's name alone in a list; no heading by itself
        ("（三）英文", True, False),
        ("研究の方法", True, False),  # in a list any few words with a kind word
        ("四、其他", True, False),  # an enumerator in a list: any few words
        ("(a) 原始图像", False, False),  # a figure's panel, no part
        ("近代港湾の労働組織", False, False),  # a title's line: "近代" names no part alone
        ("北京大学", False, False),
        ("1. 서론", True, False),
        ("第1節 史料", False, False),
        ("Ⅲ. 단행본", False, True),  # Roman numerals: headings only
    ],
)
def test_part_heading_scopes(text: str, in_list: bool, anywhere: bool) -> None:
    assert cjk_part_heading(text) is in_list
    assert is_cjk_list_part(text) is anywhere


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("（一）中文", "中文"),
        ("1、史料", "史料"),
        ("Ⅱ. 학위논문", "학위논문"),
        ("가. 국내 논문", "국내 논문"),
        ("一次史料", "一次史料"),
    ],
)
def test_without_enumerator(text: str, words: str) -> None:
    assert without_enumerator(text) == words


def test_one_owner() -> None:
    # (fix61a: cjklist re-exports it no more; the PDF reader imports it from its owner)
    assert not hasattr(cjklist, "cjk_part_heading")
    assert pdftext.cjk_part_heading is cjklistparts.cjk_part_heading
