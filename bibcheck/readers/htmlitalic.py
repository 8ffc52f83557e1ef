"""Italics in HTML notes, passed to the reference parsers as Markdown marks them.

A title set in italics is the strongest sign of where a title starts and ends; the
parsers read it as ``*Title*`` (as in Markdown, reStructuredText, AsciiDoc and Org
notes).  HTML writes italics as ``<i>``/``<em>``, as an inline style
(``style="font-style:italic"``, Word and LibreOffice exports), or as a class whose rule
in the page's ``<style>`` says so (Google Docs: ``.c7{font-style:italic}`` and
``<span class="c7">``).

While a note's text is collected, italics are bracketed by two private-use characters;
:func:`finish` turns them into ``*``: runs split by the converter
(``<span class="c7">XIX</span><span class="c7 c9">e</span><span class="c7"> siècle</span>``)
are one run, spaces move outside the marks, empty runs vanish.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup
from bs4.element import Tag

from bibcheck.lazyre import lazy_compile

OPEN = "\ue000"
CLOSE = "\ue001"
# a link's text in an entry, which may be its title (:func:`linked_title`)
LINK_OPEN = "\ue002"
LINK_CLOSE = "\ue003"
_TAGS = frozenset({"i", "em"})
# ".c7{…font-style:italic…}": a rule naming one class (the form converters write)
_RULE = lazy_compile(r"\.(?P<name>[\w-]+)\s*\{(?P<body>[^{}]*)\}")
_ITALIC = lazy_compile(r"font-style\s*:\s*(?:italic|oblique)\b", re.I)
_NORMAL = lazy_compile(r"font-style\s*:\s*normal\b", re.I)
_NAMED_ITALIC = lazy_compile(r"^(?!not-|non-|no-)(?:[\w-]*[-_])?italics?(?:$|[-_])", re.I)


def italic_classes(soup: BeautifulSoup) -> frozenset[str]:
    """Classes the page's style sheets set in italics (``.c12{font-style:italic}``)."""
    found: set[str] = set()
    for style in soup.find_all("style"):
        css = style.get_text()
        for m in _RULE.finditer(css):
            if _ITALIC.search(m.group("body")):
                found.add(m.group("name"))
    return frozenset(found)


def is_italic(tag: Tag, classes: frozenset[str]) -> bool:
    """Is ``tag`` an italic run (``<i>``, ``<em>``, an italic style or class)?"""
    if tag.name in _TAGS:
        return True
    style = str(tag.get("style") or "")
    if _ITALIC.search(style):
        return True
    if _NORMAL.search(style):
        return False
    names: list[str] = [str(c) for c in tag.get_attribute_list("class") or [] if c]
    # (a class named for italics: MDPI's "html-italic", Bootstrap's "fst-italic" and
    # "font-italic", Tailwind's "italic": the style sheet is often not in the page)
    return any(c in classes or _NAMED_ITALIC.search(c) for c in names if c)


# Italics that are no title: citation signals and Latin abbreviations (Bluebook "*See*",
# "*Cf.*", "*Id.*"; "*ibid.*", "*et al.*", "*supra*", "*vgl.*") ...
_NO_TITLE = frozenset(
    """see,see also,see generally,see e.g.,see, e.g.,cf,but see,but cf,e.g,i.e,accord,contra,
    compare,with,and,id,ibid,ibidem,idem,eadem,et al,supra,infra,passim,op. cit,loc. cit,
    sic,vgl,vgl. auch,siehe,s,s. auch,a.a.o,ebd,ebenda,dies,ders,voir,voir aussi,v,
    cit,ob. cit,ídem,íbid,vid,véase,cfr,ivi,ibíd,ead""".replace("\n", "").split(",")
)
# ... and an author's name in the lead of a note, as German and Austrian legal writing
# sets it ("*Heri*, Climate Change before ...", "*Calliess/Ruffert*, EUV/AEUV"): one word
# before a comma, the title follows in roman.
_LEAD_NAME = lazy_compile(f"^(\\W{{0,3}}){OPEN}([^\\s{OPEN}{CLOSE}]+){CLOSE}(?=,)")
_RUN = lazy_compile(f"{OPEN}([^{OPEN}{CLOSE}]*){CLOSE}")


def _keep(m: re.Match[str]) -> str:
    inner = m.group(1)
    word = " ".join(inner.split()).strip(" .,;:").lower()
    return inner if word in _NO_TITLE or len(word) < 2 else f"*{inner}*"


def finish(text: str) -> str:
    """Text with italic runs bracketed by :data:`OPEN`/:data:`CLOSE` -> ``*run*``."""
    text = text.replace(CLOSE + OPEN, "")  # one run split in spans
    text = re.sub(f"{OPEN}(\\s*){CLOSE}", r"\1", text)  # an empty run
    text = re.sub(f"{OPEN}(\\s+)", rf"\1{OPEN}", text)
    text = re.sub(f"(\\s+){CLOSE}", rf"{CLOSE}\1", text)
    text = _LEAD_NAME.sub(r"\1\2", text.lstrip())
    return _RUN.sub(_keep, text).replace(OPEN, "").replace(CLOSE, "")


_LINKED = lazy_compile(f"{LINK_OPEN}([^{LINK_OPEN}{LINK_CLOSE}]*){LINK_CLOSE}")
_QUOTED = lazy_compile(r"^\W*[\"'“”‘’«»„‚]")
_LEAD_END = lazy_compile(r"[^\W\d_][.)\]]*[,:;.]\s*$")


def linked_title(text: str) -> str:
    """Text with its one linked run as the title (marked as italics) when the link's text
    is the title of an entry that sets none in italics: ``Owen, R. and Pritchard, E.,
    <a href="https://doi.org/…">Title</a>, Journal (2024)``, a news site's "Sources" box and
    a blog's reference list write the authors (or the organisation), then the linked title,
    then the venue.  The link bounds the title where the punctuation cannot (an ``and``
    between the authors, a title with commas).  An entry with italics of its own, with
    several links, a link before any author, or a one-word link text keeps its text as
    it is.  The link marks (:data:`LINK_OPEN`, :data:`LINK_CLOSE`) are taken out."""
    runs = list(_LINKED.finditer(text))
    if len(runs) == 1 and OPEN not in text:
        run = runs[0]
        inner = run.group(1).rstrip()
        shown = inner.rstrip(".,;: ")
        if (
            _LEAD_END.search(text[: run.start()])
            and len(shown.split()) >= 2
            and not _QUOTED.match(shown)  # quotation marks bound it already
        ):
            tail = f"{inner[len(shown) :]}{run.group(1)[len(inner) :]}"
            text = f"{text[: run.start()]}{OPEN}{shown}{CLOSE}{tail}{text[run.end() :]}"
    return text.replace(LINK_OPEN, "").replace(LINK_CLOSE, "")
