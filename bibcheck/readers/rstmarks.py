"""Marks that only reStructuredText makes, which Markdown's setext titles never do.

A page whose titles are underlined with ``=`` and ``-`` alone (``Title\\n=====``) may be
Markdown as well as reStructuredText: the underlines are no evidence.  These are:

* an explicit markup line: a directive or comment (``.. note::``, ``.. x``, ``..``);
* a title underlined with another character than ``=`` or ``-``, or overlined as well;
* an interpreted text role (``:ref:`methods```, ``:doc:`maps```, ``:math:`x```, written
  ``:ref:`` and blanks where the text's code spans are masked);
* a footnote or citation reference (``[#]_``, ``[1]_``, ``[Lee2001]_``);
* a field list (``:author: …`` then ``:date: …``), or a document's docinfo field on its
  first line.

:func:`rst_only` says whether a text holds one of them (each pattern anchored or bounded:
linear in the text).
"""

from __future__ import annotations

import re

from bibcheck.lazyre import lazy_compile

__all__ = ["rst_only"]

_EXPLICIT_OR_ADORNED = lazy_compile(
    r"^\.\.(?:[ \t]|$)|^\S[^\n]*\n([~^\"'`#*+])\1{2,}[ \t]*$"
    r"|^([=\-~^\"'`#*+])\2{2,}[ \t]*\n[^\n]+\n\2{3,}[ \t]*$",
    re.M,
)
# ":ref:`x`", ":py:func:`f`"; masked, ":ref:" then the blanked span
_ROLE = lazy_compile(r"(?<![\w:`]):(?:[a-z][\w-]{0,20}:)?[a-z][\w.+-]{0,30}:(?=`|[ ]{3})")
_REFERENCE = lazy_compile(r"\[(?:\#[\w.:+-]*|\*|\d+|[^\W_][\w.:+-]*)\]_(?![\w])")
# ":author: Ana Lee", ":date:" (a field's name and its body, or none)
_FIELD = r":[^\W_][\w .-]{0,40}:(?:[ \t]+\S[^\n]*)?"
_FIELDS = lazy_compile(rf"^{_FIELD}\n[ \t]*{_FIELD}$", re.M)
_FIRST_FIELD = lazy_compile(rf"\A\ufeff?(?:[ \t]*\n)*{_FIELD}$", re.M)


def rst_only(text: str) -> bool:
    """Does ``text`` hold a mark only reStructuredText makes (see the module)?"""
    return any(
        p.search(text) is not None
        for p in (_EXPLICIT_OR_ADORNED, _ROLE, _REFERENCE, _FIELDS, _FIRST_FIELD)
    )
