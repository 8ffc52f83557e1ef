"""An Org headline that names the literature list, in any language the list vocabularies
know, or a qualified part of it ("Primary Sources", "Prentaðar heimildir"), holds the
literature when no .bib file is named: a plain list or paragraphs, Org italics read as
the reference parser reads them."""

from __future__ import annotations

import pytest

from bibcheck.readers import org

_BODY = """#+TITLE: Test
#+LANGUAGE: xx

* Intro

Text with a note.[fn:1]

* {heading}
:PROPERTIES:
:UNNUMBERED: t
:END:

{entries}

* Notes

[fn:1] Anna Berg, /A Study of Things/ (Oslo: Samlaget, 2004), 3.
"""
_LIST = """- Berg, Anna. /A Study of Things/. Oslo: Samlaget, 2004.
- Dahl, Ole. /Another Study/. Bergen: Fagbok, 2011."""
_PARAS = """Berg, Anna. /A Study of Things/. Oslo: Samlaget, 2004.

Dahl, Ole. /Another Study/. Bergen: Fagbok, 2011."""


@pytest.mark.parametrize(
    "heading",
    [
        "Heimildir",  # Icelandic
        "Heimildaskrá",
        "Keldur",  # Faroese
        "Kasutatud kirjandus",  # Estonian
        "Izmantotie avoti",  # Latvian
        "Lähteet",  # Finnish
        "Kilder",  # Danish, Norwegian
        "Källor",  # Swedish
        "Literatura",
        "Bibliografía",
        "Литература",
        "Primary Sources",  # a qualified part
        "Prentaðar heimildir",
    ],
)
@pytest.mark.parametrize("entries", [_LIST, _PARAS], ids=["list", "paragraphs"])
def test_named_headline_holds_the_literature(heading: str, entries: str) -> None:
    raw = org.read(_BODY.format(heading=heading, entries=entries))
    assert [n.text.split(".")[0] for n in raw.literature] == ["Berg, Anna", "Dahl, Ole"]
    assert "*A Study of Things*" in raw.literature[0].text


@pytest.mark.parametrize("heading", ["Sources of the famine", "Primary education", "Heim"])
def test_other_headlines_hold_no_literature(heading: str) -> None:
    raw = org.read(_BODY.format(heading=heading, entries=_LIST))
    assert raw.literature == ()
