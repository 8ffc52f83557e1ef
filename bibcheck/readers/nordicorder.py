"""The letters a Nordic language files after Z, for sorting a printed list in its order.

A list printed by a CSL processor or by biber sorts its names and titles by the collation of
the document's language: Pandoc's citeproc by ``lang:`` (``Citeproc.Unicode.comp``: the
Unicode Collation Algorithm tailored for the locale), biber by the language babel or
polyglossia set (``sortlocale``), Emacs's citeproc-el by the writer's locale, for which an
Org document's ``#+language:`` stands.  Most languages sort an accented letter with its base
letter (German ``ä`` as ``a``, ``ö`` as ``o``: the root order :func:`.listorder.fold`
gives).  The Nordic ones file their own letters after ``z`` (CLDR's tailorings):

* Danish and Norwegian (``da``, ``nb``, ``nn``, ``no``): ``æ`` (and ``ä``), ``ø`` (and
  ``ö``), ``å`` (and ``aa``, as the old spelling writes it: ``Aabenraa`` under Å);
* Swedish and Finnish (``sv``, ``fi``): ``å``, ``ä`` (and ``æ``), ``ö`` (and ``ø``).

:func:`tailored` rewrites a folded text's letters into three letters that sort after ``z``
in that order (``ý``, ``þ``, ``ÿ``); :func:`kept` names the letters :func:`.listorder.fold`
must leave as they are for it.  Any other language (and none) keeps the root order.
"""

from __future__ import annotations

__all__ = ["kept", "language", "tailored"]

# the three places after "z", in order
_FIRST, _SECOND, _THIRD = "ý", "þ", "ÿ"
_DANISH = {"æ": _FIRST, "ä": _FIRST, "ø": _SECOND, "ö": _SECOND, "å": _THIRD, "aa": _THIRD}
_SWEDISH = {"å": _FIRST, "ä": _SECOND, "æ": _SECOND, "ö": _THIRD, "ø": _THIRD}
_TABLES: dict[str, dict[str, str]] = {
    "da": _DANISH,
    "nb": _DANISH,
    "nn": _DANISH,
    "no": _DANISH,
    "sv": _SWEDISH,
    "fi": _SWEDISH,
}


def language(tag: str | None) -> str:
    """The language of a BCP 47 tag or a locale name (``da-DK``, ``sv_SE``, ``nb``, ``da``)
    whose order this module knows, else ``""``; also babel's names (``danish``,
    ``norsk``, ``nynorsk``, ``swedish``, ``finnish``)."""
    if not tag:
        return ""
    head = tag.strip().replace("_", "-").split("-")[0].casefold()
    head = _BABEL.get(head, head)
    return head if head in _TABLES else ""


_BABEL = {
    "danish": "da",
    "norsk": "nb",
    "norwegian": "nb",
    "nynorsk": "nn",
    "bokmal": "nb",
    "swedish": "sv",
    "finnish": "fi",
}


def kept(lang: str) -> frozenset[str]:
    """The letters of ``lang`` that keep their own place (empty: the root order)."""
    table = _TABLES.get(lang)
    return frozenset(k for k in table if len(k) == 1) if table else frozenset()


def tailored(folded: str, lang: str) -> str:
    """``folded`` (lower case, the letters of :func:`kept` left in it) with those letters
    as ``lang`` files them after ``z``: Danish ``"ørsted"`` -> ``"þrsted"``, ``"aabenraa"``
    -> ``"ÿbenrÿ"``; Swedish ``"åkesson"`` -> ``"ýkesson"``."""
    table = _TABLES.get(lang)
    if not table:
        return folded
    if "aa" in table:
        folded = folded.replace("aa", table["aa"])
    return "".join(table.get(c, c) for c in folded)
