"""A wiki note's language mark written by hand: ``(en) Title…``.

Wikipedias mark a source in another language with a template before it (French
``{{en}}`` or ``{{Langue|en}}``, shown as "(en)"); the reader drops the template, which
is no part of the citation.  Editors also type what the template shows, the ISO 639-1
code in parentheses at the note's start: ``<ref>(en) Support note, Doc ID 24.</ref>``.
That mark is dropped the same way, so that it is not read as the start of a title or
an author's name.  Only a code of the standard's list counts: ``(ed)``, ``(sic)`` or a
year in parentheses are kept.
"""

from __future__ import annotations

from bibcheck.lazyre import lazy_compile

__all__ = ["without_language_mark"]

# ISO 639-1
_CODES = frozenset(
    """aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs
    cu cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he
    hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr
    ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng
    nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk
    sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz
    ve vi vo wa wo xh yi yo za zh zu""".split()
)
_MARK = lazy_compile(r"\A[ \t]*\((?P<code>[a-z]{2})\)[ \t\xa0]*(?=\S)")


def without_language_mark(text: str) -> str:
    """``text`` without the ``(xx)`` language mark it starts with, if the code is one."""
    m = _MARK.match(text)
    if m is None or m.group("code") not in _CODES:
        return text
    return text[m.end() :]
